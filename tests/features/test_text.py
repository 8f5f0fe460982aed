"""Sentence segmentation: deterministic, abbreviation-aware, no silent truncation."""

from __future__ import annotations

from features.schema import Application
from features.text import MAX_WORDS, clean, segments, split_sentences


def test_company_abbreviations_do_not_split_sentences():
    text = "Falcon Zenith Components Ltd. will inspect the dam. Mr. Khan visited us. Payment 30 days."
    assert split_sentences(text) == [
        "Falcon Zenith Components Ltd. will inspect the dam.", "Mr. Khan visited us.", "Payment 30 days.",
    ]


def test_newlines_and_lower_case_sentences_split():
    assert split_sentences("first line\nsecond line. third one here") == ["first line", "second line.", "third one here"]


def test_control_and_bidi_characters_are_removed():
    assert clean("a\u202eb\u0000c\u200b d") == "a b c d"


def test_a_long_sentence_becomes_overlapping_chunks_not_a_truncation():
    words = [f"w{i}" for i in range(400)]
    chunks = split_sentences(" ".join(words))
    assert all(len(c.split()) <= MAX_WORDS for c in chunks)
    covered = {w for c in chunks for w in c.split()}
    assert covered == set(words)


def test_a_flag_in_the_ninth_sentence_is_its_own_segment(minimal_app):
    filler = " ".join(f"Sentence number {i} is about ordinary shipping." for i in range(8))
    minimal_app["notes"] = filler + " The buyer insists on paying in cash."
    segs = segments(Application.model_validate(minimal_app))
    notes = [s.text for s in segs if s.field == "notes"]
    assert len(notes) == 9 and notes[-1] == "The buyer insists on paying in cash."
    assert [s.field for s in segs][:2] == ["items[0].description", "end_use"]


def test_dotted_legal_forms_do_not_split_sentences():
    text = ("Polar Defence Industries S.A. de C.V. states it runs the hospital workshops. "
            "Marina Horizon Logistics Pte. Ltd. handles ocean freight. Nordhaus B.V. pays by letter of credit.")
    assert split_sentences(text) == [
        "Polar Defence Industries S.A. de C.V. states it runs the hospital workshops.",
        "Marina Horizon Logistics Pte. Ltd. handles ocean freight.",
        "Nordhaus B.V. pays by letter of credit.",
    ]
