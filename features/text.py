"""The free text of an application as deterministic, cleaned sentences ("segments").

The encoder's window is 256 word pieces and silently truncates, so every sentence is encoded on
its own and over-long sentences are cut into overlapping word chunks: a red flag in the ninth
sentence of the notes is its own segment.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from features.schema import Application

#: Words per chunk for an over-long sentence; ~1.4 word pieces per word keeps it under 256.
MAX_WORDS = 120
CHUNK_OVERLAP = 20
_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ABBREVIATIONS = (
    "co", "ltd", "inc", "corp", "mr", "mrs", "ms", "dr", "prof", "no", "nos", "st", "e.g", "i.e", "approx",
    "vs", "etc", "u.s", "u.k", "p.o", "ref", "fig", "jr", "sr", "dept", "est", "ca", "pvt", "bhd", "sdn", "sti",
    "mfg", "int", "intl", "qty", "pcs", "ea", "gen", "col", "lt", "capt", "maj", "gov", "min", "max", "art",
    # Legal forms written with dots: "Polar Industries S.A. de C.V. states ...", "Marina Pte. Ltd. handles ...".
    "pte", "s.a", "c.v", "s.a.s", "s.p.a", "s.r.l", "s.r.o", "s.a.r.l", "b.v", "n.v", "a.g", "k.k", "l.l.c",
    "p.l.c", "a.s", "a.o", "o.o.o", "z.o.o", "sp", "s.l", "s.c", "j.s.c", "p.t", "pty", "cia", "e.v",
)
_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[\"'(\[]?[A-Z0-9])|\n+|(?<=[.!?])\s+(?=[a-z])")


@dataclass(frozen=True)
class Segment:
    """One unit of text to encode: a sentence (or a chunk of a long one) from one field."""

    field: str
    index: int
    text: str


def clean(text: str) -> str:
    """NFKC-normalise, drop control and bidi characters, collapse spaces (newlines kept)."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\s*\n\s*", "\n", text).strip()


def _ends_with_abbreviation(piece: str) -> bool:
    match = re.search(r"(?:^|[\s(])([A-Za-z][A-Za-z.]*)\.$", piece)
    return bool(match) and match.group(1).lower().rstrip(".") in _ABBREVIATIONS


def split_sentences(text: str) -> list[str]:
    """Split cleaned text into sentences, keeping company abbreviations ("Co.", "Ltd.") intact."""
    pieces = [p.strip() for p in _SPLIT.split(clean(text)) if p and p.strip()]
    sentences: list[str] = []
    for piece in pieces:
        if sentences and (_ends_with_abbreviation(sentences[-1]) or len(sentences[-1]) < 3):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    out: list[str] = []
    for sentence in sentences:
        words = sentence.split()
        if len(words) <= MAX_WORDS:
            out.append(sentence)
            continue
        step = MAX_WORDS - CHUNK_OVERLAP
        for start in range(0, len(words) - CHUNK_OVERLAP, step):
            out.append(" ".join(words[start : start + MAX_WORDS]))
    return out


def text_fields(app: Application) -> list[tuple[str, str]]:
    """(field path, text) of every free-text field, in document order."""
    fields = [(f"items[{i}].description", item.description) for i, item in enumerate(app.items)]
    fields.append(("end_use", app.end_use))
    if app.notes:
        fields.append(("notes", app.notes))
    return fields


def segments(app: Application) -> list[Segment]:
    """Every sentence of the application's free text, tagged with its field."""
    out: list[Segment] = []
    for field, text in text_fields(app):
        for sentence in split_sentences(text):
            out.append(Segment(field=field, index=len(out), text=sentence))
    return out
