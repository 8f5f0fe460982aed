"""Writing-style transforms applied on top of the phrase banks' own mix of styles."""

from __future__ import annotations

import random
import re

_TERSE = [
    (r"\band\b", "+"), (r"\bwith\b", "w/"), (r"\bwithout\b", "w/o"), (r"\bcustomer\b", "cust"),
    (r"\bquantity\b", "qty"), (r"\bapproximately\b", "approx"), (r"\bnumber\b", "no."), (r"\bthe\s", ""),
    (r"\bwill be\b", ""), (r"\bpieces\b", "pcs"), (r"\bequipment\b", "equip"), (r"\binformation\b", "info"),
]
_ARTICLE = re.compile(r"\b(the|a|an)\s", re.IGNORECASE)
_AGREEMENT = [(r"\bis\b", "are"), (r"\bare\b", "is"), (r"\bwill use\b", "use"), (r"\bhas\b", "have"), (r"\bdoes\b", "do")]
_KEYBOARD = "qwertyuiopasdfghjklzxcvbnm"


def _terse(rng: random.Random, text: str) -> str:
    text = text.lower()
    for pattern, repl in _TERSE:
        if rng.random() < 0.7:
            text = re.sub(pattern, repl, text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(".") if rng.random() < 0.6 else text


def _non_native(rng: random.Random, text: str) -> str:
    text = _ARTICLE.sub(lambda m: "" if rng.random() < 0.45 else m.group(0), text)
    for pattern, repl in _AGREEMENT:
        if rng.random() < 0.25:
            text = re.sub(pattern, repl, text, count=1)
    return re.sub(r"\s+", " ", text).strip()


def typo(rng: random.Random, word: str) -> str:
    """One keyboard-style error: swap, drop, double or replace a letter."""
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice(_KEYBOARD) + word[i + 1 :]


def _typos(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    for _ in range(rng.randint(1, 2)):
        j = rng.randrange(len(words))
        words[j] = typo(rng, words[j])
    return " ".join(words)


def restyle(rng: random.Random, text: str, style: str) -> str:
    """Apply ``style`` ("plain", "terse", "non_native", "typos") to one piece of text."""
    if style == "terse":
        return _terse(rng, text)
    if style == "non_native":
        return _non_native(rng, text)
    if style == "typos" and rng.random() < 0.5:
        return _typos(rng, text)
    return text
