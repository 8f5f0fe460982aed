"""Restricted-party screening against the packaged screening list (real entries)."""

from __future__ import annotations

import random

import pytest

from features.reference.tables import ListedParty
from features.screening import (
    DEFAULT_THRESHOLD,
    PartyHit,
    ScreeningIndex,
    ScreeningMatch,
    country_consistency,
    screen_parties,
)
from training.name_variants import KINDS, near_miss, variant

# Real entries of the packaged list
TOSEE_BANK = "13145"  # TOSEE TAAVON BANK (IR), aliases BANK-E TOSE'E TA'AVON, COOPERATIVE DEVELOPMENT BANK
CRYPTO_PRO = "47550"  # LIMITED LIABILITY COMPANY CRYPTO PRO (RU), alias KRIPTO PRO OOO
HIKVISION = "30946"  # Hangzhou Hikvision Digital Technology Co., Ltd. (CN), alias Hikvision
NAQDI = "12057"  # NAQDI, Mohammad Reza (IR), alias NAGHDI, Mohammad Reza
GAO_QI = "39417"  # GAO, Qi (CN)
JOMADI = "57460"  # JOMADI LOGISTICS AND CARGO, S.A. DE C.V. (MX)
ANNINSKII = "37019"  # ANNINSKII ELEVATOR OOO (RU)
MANCHO = "2067"  # Godlove Mancho (no country)


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    return ScreeningIndex.default()


def best(index: ScreeningIndex, name: str, country: str | None = None) -> ScreeningMatch | None:
    found = index.screen(name, country, limit=1)
    return found[0] if found else None


def hit_ids(index: ScreeningIndex, name: str, country: str | None = None) -> set[str]:
    return {m.party_id for m in index.screen(name, country, limit=10) if m.score >= DEFAULT_THRESHOLD}


def test_default_index_is_cached_and_covers_the_list(index: ScreeningIndex) -> None:
    assert ScreeningIndex.default() is index
    assert len(index) == 25_921


def test_exact_listed_name_scores_one(index: ScreeningIndex) -> None:
    match = best(index, "TOSEE TAAVON BANK", "IR")
    assert match is not None
    assert (match.party_id, match.score, match.country_consistent) == (TOSEE_BANK, 1.0, True)
    assert match.listed_name == "TOSEE TAAVON BANK"
    assert match.list == "SDN" and match.countries == ("IR",)


@pytest.mark.parametrize(
    ("name", "party_id", "matched"),
    [
        ("Cooperative Development Bank", TOSEE_BANK, "COOPERATIVE DEVELOPMENT BANK"),
        ("Kripto Pro OOO", CRYPTO_PRO, "KRIPTO PRO OOO"),
        ("Hikvision", HIKVISION, "Hikvision"),
        ("Naghdi, Mohammad Reza", NAQDI, "NAGHDI, Mohammad Reza"),
    ],
)
def test_aliases_match_and_are_reported(
    index: ScreeningIndex, name: str, party_id: str, matched: str
) -> None:
    match = best(index, name)
    assert match is not None and match.party_id == party_id
    assert match.matched_name == matched
    assert match.score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("name", "country", "party_id"),
    [
        # legal suffix changed, removed, moved
        ("Crypto Pro LLC", "RU", CRYPTO_PRO),
        ("OOO Kripto Pro", None, CRYPTO_PRO),
        ("Anninskii Elevator Limited Liability Company", "RU", ANNINSKII),
        ("HANGZHOU HIKVISION DIGITAL TECHNOLOGY COMPANY LIMITED", "CN", HIKVISION),
        ("Jomadi Logistics & Cargo SA de CV", "MX", JOMADI),
        ("Jomadi Logistics and Cargo", None, JOMADI),
        # case and punctuation
        ("hangzhou hikvision digital technology co ltd", None, HIKVISION),
        ("Limited Liability Company Crypto-Pro", None, CRYPTO_PRO),
        ("Bank-e Tose e Ta avon", "IR", TOSEE_BANK),
        # word order
        ("Mohammad Reza Naqdi", "IR", NAQDI),
        ("Qi Gao", "CN", GAO_QI),
        ("Hikvision Digital Technology Hangzhou Co Ltd", None, HIKVISION),
        # one- and two-letter typos
        ("Hangzhou Hikvison Digital Technology Co., Ltd.", "CN", HIKVISION),
        ("Jomadi Logistcs and Cargo SA de CV", "MX", JOMADI),
        ("Anninskii Elevatr OOO", "RU", ANNINSKII),
        ("Toseee Taavon Bnak", None, TOSEE_BANK),
        # transliteration and diacritics
        ("Muhammad Reza Naghdi", None, NAQDI),
        ("Mohamad-Reza Nakdi", "IR", NAQDI),
        ("Anninskiy Elevator OOO", "RU", ANNINSKII),
        ("Tosée Taavon Bank", None, TOSEE_BANK),
        ("ТОСЕЕ ТААВОН БАНК", None, TOSEE_BANK),  # written in Cyrillic
    ],
)
def test_spellings_of_listed_names_are_hits(
    index: ScreeningIndex, name: str, country: str | None, party_id: str
) -> None:
    assert party_id in hit_ids(index, name, country)


def test_a_consistent_country_raises_a_conflicting_one_lowers(index: ScreeningIndex) -> None:
    name = "Anninskii Elevatr"  # a typo, so the name alone scores below 1
    none, own, other = (best(index, name, c) for c in (None, "RU", "US"))
    assert none and own and other
    assert {none.party_id, own.party_id, other.party_id} == {ANNINSKII}
    assert (none.country_consistent, own.country_consistent, other.country_consistent) == (None, True, False)
    assert other.score < none.score < own.score
    assert other.score >= DEFAULT_THRESHOLD  # a qualifier, not a filter


def test_conflicting_country_does_not_exclude_an_exact_name(index: ScreeningIndex) -> None:
    match = best(index, "ANNINSKII ELEVATOR OOO", "CN")
    assert match is not None and match.party_id == ANNINSKII
    assert match.country_consistent is False
    assert DEFAULT_THRESHOLD <= match.score < 1.0


def test_entry_without_country_is_neutral(index: ScreeningIndex) -> None:
    match = best(index, "Godlove Mancho", "US")
    assert match is not None and match.party_id == MANCHO
    assert match.country_consistent is None and match.score == 1.0


def test_country_consistency_rules() -> None:
    assert country_consistency("cn", ("CN",)) is True
    assert country_consistency("HK", ("CN",)) is True  # Hong Kong takes China's place
    assert country_consistency("US", ("CN", "IR")) is False
    assert country_consistency(None, ("CN",)) is None
    assert country_consistency("US", ()) is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Hangzhou Lantor Digital Technology Co., Ltd.", "CN"),  # Hikvision's generic words
        ("Shenzhen Hua Technology Co", "CN"),  # vs Shenzhen Huawei Technologies
        ("Tosee Sanat Bank", "IR"),
        ("Kish Star Club", "IR"),  # vs KISH P AND I CLUB
        ("Jomadi Travel and Cargo", "MX"),
        ("GAO, Ming", "CN"),
        ("Mohammad Reza Karimi", "IR"),
        ("China Trading Co", "CN"),
        ("Global Technology Ltd", None),
        ("Smith Electronics GmbH", "DE"),
    ],
)
def test_near_misses_and_generic_names_stay_below_threshold(
    index: ScreeningIndex, name: str, country: str | None
) -> None:
    match = best(index, name, country)
    assert match is None or match.score < DEFAULT_THRESHOLD


def test_generated_variants_are_found_and_near_misses_are_not(index: ScreeningIndex) -> None:
    parties = {p.id: p for p in index.parties_}
    rng = random.Random(11)
    for party_id in (TOSEE_BANK, CRYPTO_PRO, HIKVISION, NAQDI, JOMADI, ANNINSKII):
        party = parties[party_id]
        for kind in KINDS:
            written = variant(rng, party.name, kind)
            assert party_id in hit_ids(index, written, party.countries[0]), (kind, written)
        other = near_miss(rng, party.name, person=party.type == "Individual")
        assert party_id not in hit_ids(index, other, party.countries[0]), other


@pytest.mark.parametrize("name", ["", "   ", "---", "Ltd", "Co., Ltd.", "xqzv wprt", "12345"])
def test_empty_or_garbage_names_give_no_hit(index: ScreeningIndex, name: str) -> None:
    assert not hit_ids(index, name)
    assert not screen_parties(index, [("end_user", name, None)])


def test_screen_ranks_by_score_and_respects_limit(index: ScreeningIndex) -> None:
    found = index.screen("Huawei Technologies", "CN", limit=4)
    assert 0 < len(found) <= 4
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert all(0.0 <= m.score <= 1.0 for m in found)
    assert index.screen("Huawei Technologies", limit=0) == []


def test_screen_parties_reports_hits_only(index: ScreeningIndex) -> None:
    hits = screen_parties(
        index,
        [
            ("end_user", "Hangzhou Hikvision Digital Technology Co Ltd", "CN"),
            ("consignee", "Blue River Logistics GmbH", "DE"),
            ("consignee", "Kripto Pro LLC", "RU"),
        ],
    )
    assert [(h.role, h.party_id) for h in hits] == [("end_user", HIKVISION), ("consignee", CRYPTO_PRO)]
    first = hits[0]
    assert isinstance(first, PartyHit)
    assert first.party_name == "Hangzhou Hikvision Digital Technology Co Ltd" and first.party_country == "CN"
    assert first.score >= DEFAULT_THRESHOLD and first.country_consistent is True
    assert screen_parties(index, [("end_user", "Kripto Pro LLC", "RU")], threshold=1.01) == []


def test_small_index_from_parties() -> None:
    parties = [
        ListedParty("1", "Norvex Trading Co., Ltd.", ("Norvex HK",), ("HK",), "EL", "Entity"),
        ListedParty("2", "PETROV, Ivan Sergeyevich", (), ("RU",), "SDN", "Individual"),
    ]
    small = ScreeningIndex.from_parties(parties)
    assert len(small) == 2
    assert best(small, "Norvex Trading Limited", "CN").party_id == "1"  # HK entry, CN party
    assert best(small, "Ivan Sergeevich Petrov").party_id == "2"
    assert best(small, "Ivan Sergeevich Petrov").score >= DEFAULT_THRESHOLD
    assert small.screen("Acme Widgets") == []
