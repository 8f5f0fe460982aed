"""Name normalisation for screening: tokens, legal forms, transliteration keys."""

from __future__ import annotations

import pytest

from features.names import LEGAL, name_forms, normalize, skeleton, tokenize, vowel_class


def core(name: str) -> tuple[str, ...]:
    return tuple(t for t in normalize(name) if t != LEGAL)


def test_tokenize_folds_case_diacritics_scripts_and_punctuation() -> None:
    assert tokenize("Ölçer Dış Ticaret") == ["olcer", "dis", "ticaret"]
    assert tokenize("ТЕХНОЛОГИЯ") == ["tekhnologiia"]
    assert tokenize("TOSE'E TA'AVON") == ["tosee", "taavon"]
    assert tokenize("KISH P&I CLUB") == ["kish", "p", "and", "i", "club"]
    assert tokenize("S.A. de C.V.") == tokenize("S A de C V") == ["sa", "de", "cv"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Huawei Technologies Co., Ltd.", ("huawei", "technologies", LEGAL)),
        ("OOO Shipyard 'Zaliv'", (LEGAL, "shipyard", "zaliv")),
        ("LIMITED LIABILITY COMPANY CRYPTO PRO", (LEGAL, "crypto", "pro")),
        ("JOMADI LOGISTICS AND CARGO, S.A. DE C.V.", ("jomadi", "logistics", "cargo", LEGAL)),
        ("Ayhan Dis Ticaret Ltd. Şti.", ("ayhan", "dis", "ticaret", LEGAL)),
        ("Polmex Sp. z o.o.", ("polmex", LEGAL)),
        ("Conduit Technologies Pvt., Ltd.", ("conduit", "technologies", LEGAL)),
        ("Gulf Star FZE", ("gulf", "star", LEGAL)),
        ("Obshchestvo s Ogranichennoi Otvetstvennostyu Kordex", (LEGAL, "kordex")),
    ],
)
def test_legal_forms_at_either_end_become_one_marker(written: str, expected: tuple[str, ...]) -> None:
    assert normalize(written) == expected


def test_legal_forms_with_typos_are_still_legal_forms() -> None:
    assert core("Limited Liability Companny Bremino") == ("bremino",)
    assert core("Joint Stoc Company Avtomatika") == ("avtomatika",)
    assert core("Chengdu Spaceon Co., Lt.") == ("chengdu", "spaceon")
    assert core("Ares Shipping LDT") == ("ares", "shipping")


def test_names_that_only_look_like_legal_forms_are_kept() -> None:
    assert core("Samet Ince") == ("samet", "ince")  # not Inc
    assert core("Li Tao") == ("li", "tao")  # not ZAO/OAO
    assert core("Khine, Oo Oo") == ("khine", "oo", "oo")  # not Sp. z o.o.
    assert core("Joint Stock Company 99 Plant") == ("99", "plant")
    assert normalize("Ltd") == ("limited",)  # a lone legal word is all there is


def test_generic_abbreviations_are_canonical() -> None:
    assert core("Global Tech Intl Corp") == core("Global Technology International Corporation")
    assert core("Mfg & Trdg Co") == core("Manufacturing and Trading Company")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Khodorkovskiy", "Hodorkovsky"),
        ("Smirnoff", "Smirnov"),
        ("Philips", "Filips"),
        ("Yuriy", "Iouri"),
        ("Youssef", "Yousef"),
        ("Technologies", "Technology"),
        ("Qasem", "Kasem"),
        ("Wladimir", "Vladimir"),
    ],
)
def test_skeleton_absorbs_romanisation_variants(a: str, b: str) -> None:
    assert skeleton(tokenize(a)[0]) == skeleton(tokenize(b)[0])


@pytest.mark.parametrize(("a", "b"), [("Mohammed", "Muhammad"), ("Hossein", "Husain"), ("Osama", "Usama")])
def test_vowel_class_absorbs_vowel_romanisations(a: str, b: str) -> None:
    assert vowel_class(a.lower()) == vowel_class(b.lower())


def test_skeleton_keeps_different_names_apart() -> None:
    assert skeleton("zhang") != skeleton("yang")
    assert skeleton("hassan") != skeleton("hussein")


def test_name_forms_index_bracketed_text_both_ways() -> None:
    assert name_forms("China Unicom (Hong Kong) Limited") == [
        "China Unicom (Hong Kong) Limited",
        "China Unicom Limited",
    ]
    assert name_forms("KOLOKOL (AKA: ALDRICH AMES)")[-1] == "ALDRICH AMES"
    assert name_forms("GAZPROM") == ["GAZPROM"]


def test_garbage_normalises_to_nothing() -> None:
    assert normalize("") == ()
    assert normalize(" -- ., ") == ()
