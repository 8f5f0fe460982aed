"""Name normalisation for restricted-party screening.

A name becomes a tuple of tokens that two spellings of the same name share:

* ASCII folding (diacritics, Cyrillic and other scripts through ``unidecode``), lower case;
* apostrophes dropped (``Tose'e`` -> ``tosee``), ``&`` -> ``and``, dotted initials joined
  (``S.A. de C.V.`` -> ``sa de cv``), other punctuation -> space, runs of single letters
  joined (``P & I`` -> ``pi``);
* a legal form at either end of the name (``Co., Ltd.``, ``OOO``, ``Sp. z o.o.``,
  ``Limited Liability Company``...) becomes one :data:`LEGAL` marker: all legal forms are
  interchangeable, and they weigh little in matching;
* a few generic words are canonicalised (``Corp`` -> ``corporation``, ``Intl`` ->
  ``international``) and stop words dropped.

:func:`skeleton`, :func:`vowel_class` and :func:`vowel_key` give coarser per-token keys
for transliteration variants (``kh/h``, ``y/i``, ``ou/u``, ``ph/f``, ``-off/-ov``; vowel
differences such as ``Mohammed/Muhammad``). Pure functions, no state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA
from unidecode import unidecode

#: The token that stands for a legal form (Co., Ltd., LLC, OOO, GmbH...).
LEGAL = "#"

_APOSTROPHES = re.compile(r"['`\u00b4\u2018\u2019\u02bc\u02bb]")
_INITIAL_DOT = re.compile(r"\b([a-z0-9])\.")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_BRACKETS = re.compile(r"[()\[\]{}]")
_BRACKETED = re.compile(r"\s*[(\[{][^)\]}]*[)\]}]\s*")
_C_SOFT = re.compile(r"c(?=[eiy])")
_C_HARD = re.compile(r"c(?!h)")
_DOUBLE = re.compile(r"([a-z])\1+")
_VOWELS = re.compile(r"[aeiou]+")
_AKA = re.compile(r"^\s*(?:a\.?k\.?a|f\.?k\.?a|also known as|formerly)\b[.:\s]*", re.I)

STOPWORDS = frozenset({"the", "and", "of", "for", "und", "et", "y", "ve"})

#: Abbreviations (and a spelling or two) of generic words -> one canonical form.
CANONICAL = {
    "corp": "corporation", "intl": "international", "tech": "technology",
    "mfg": "manufacturing", "manuf": "manufacturing", "eng": "engineering",
    "engg": "engineering", "grp": "group", "dev": "development", "bros": "brothers",
    "svc": "services", "svcs": "services", "natl": "national", "assn": "association",
    "assoc": "association", "dept": "department", "univ": "university", "inst": "institute",
    "equip": "equipment", "chem": "chemical", "pharma": "pharmaceutical",
    "pharm": "pharmaceutical", "res": "research", "mach": "machinery", "trdg": "trading",
    "mgmt": "management", "mgt": "management", "hldgs": "holdings", "hldg": "holding",
    "ctr": "center", "centre": "center", "labs": "laboratories", "lab": "laboratory",
    "sys": "systems", "telecom": "telecommunications", "sci": "scientific",
    "govt": "government", "admin": "administration", "gen": "general", "co": "company",
    "ltd": "limited", "el": "al", "ul": "al",
}

# Legal forms, written as people write them; normalised with the same tokenizer below.
_LEGAL_FORMS = """
co ltd|co., ltd.|company limited|company ltd|co limited|co|company|ltd|limited|l.t.d.|corp|
corporation|inc|incorporated|llc|l.l.c.|llp|lp|plc|pte ltd|pte|pty ltd|pty|pvt ltd|pvt|
private limited|private ltd|gmbh|gmbh & co kg|gmbh & co. kg|kg|ag|mbh|sa|s.a.|s.a. de c.v.|
s. de r.l. de c.v.|s. de r.l.|sa de cv|sociedad anonima|sociedad anonima de capital variable|
sociedad de responsabilidad limitada|de c.v.|s.r.l.|s.l.|s.a.s.|sarl|s.a.r.l.|eurl|s.p.a.|
b.v.|n.v.|ab|a/s|asa|aps|oy|oyj|k.k.|kabushiki kaisha|sdn bhd|bhd|tbk|pt|cv|ltda|cia ltda|
sp. z o.o.|sp. z o. o.|spolka z ograniczona odpowiedzialnoscia|sp. j.|sp. k.|ltd. sti.|
limited sirketi|sti|a.s.|anonim sirketi|sirketi|fze|fzco|fzc|fz llc|fz-llc|llc fz|dmcc|ooo|
zao|oao|pao|ao|tov|jsc|cjsc|ojsc|pjsc|pjs|joint stock company|joint-stock company|
closed joint stock company|open joint stock company|public joint stock company|
private joint stock company|limited liability company|limited liability partnership|
obshchestvo s ogranichennoi otvetstvennostyu|obshchestvo s ogranichennoy otvetstvennostyu|
obshestvo s ogranichennoj otvetstvennostju|aktsionernoe obshchestvo|
zakrytoe aktsionernoe obshchestvo|otkrytoe aktsionernoe obshchestvo|
publichnoe aktsionernoe obshchestvo|nepublichnoe aktsionernoe obshchestvo|
tovarystvo z obmezhenoyu vidpovidalnistyu|private|compania|kompania|companhia|compagnie|
kompaniya|kompanija|sociedad|sae|s.a.e.|w.l.l.|wll|spc|saog|psc|qpsc|ksc|kscc|
bsc|ltd co|co llc|company llc|sherkat|sherkate
"""


def fold(text: str) -> str:
    """ASCII-folded lower-case text."""
    return unidecode(text).lower()


def tokenize(text: str) -> list[str]:
    """Folded tokens of a name, before legal-form and stop-word handling."""
    text = _APOSTROPHES.sub("", fold(text)).replace("&", " and ")
    text = _INITIAL_DOT.sub(r"\1", text)
    raw = _NON_ALNUM.sub(" ", text).split()
    tokens: list[str] = []
    run: list[str] = []
    for tok in raw + [""]:  # the sentinel flushes the last run of single letters
        if len(tok) == 1 and tok.isalpha():
            run.append(tok)
            continue
        if run:
            tokens.append("".join(run))
            run = []
        if tok:
            tokens.append(tok)
    return tokens


def _legal_phrases() -> frozenset[tuple[str, ...]]:
    phrases = {tuple(tokenize(p)) for p in _LEGAL_FORMS.replace("\n", "").split("|")}
    phrases |= {tuple(CANONICAL.get(t, t) for t in p) for p in phrases}
    return frozenset(p for p in phrases if p)


_LEGAL = _legal_phrases()
_LEGAL_MAX = max(len(p) for p in _LEGAL)
_LEGAL_WORDS = frozenset(t for p in _LEGAL for t in p)
_LEGAL_LONG = tuple(sorted(t for t in _LEGAL_WORDS if len(t) >= 4))
_LEGAL_JOINED = frozenset("".join(p) for p in _LEGAL)
_LEGAL_SPACED = tuple(sorted(" ".join(p) for p in _LEGAL if len(p) == 1))
_LEGAL_BY_COUNT = {n: tuple(sorted(p for p in _LEGAL if len(p) == n)) for n in range(2, _LEGAL_MAX + 1)}
# words that are a legal form on their own, or long enough not to be a fragment (not Sp, Z, Oo)
_LEGAL_ANCHORS = frozenset(p[0] for p in _LEGAL if len(p) == 1) | frozenset(_LEGAL_LONG)
# short forms that may be mistyped at the end of a name: two letters swapped (LDT, LTDA ->
# LDTA), or one mistyped in four-letter forms and the commonest three-letter ones (KLC, FXCO)
_SHORT_FORMS = ("ltd", "llc", "jsc", "plc", "pvt", "bhd", "fze", "fzc", "fzco", "gmbh",
                "pjsc", "ojsc", "cjsc", "ltda")
_SHORT_MISTYPED = frozenset({"ltd", "llc", "fzco", "gmbh", "pjsc", "ojsc", "cjsc", "ltda"})


def _within(word: str, choices: tuple[str, ...], allowed: int) -> bool:
    return process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=allowed) is not None


def _typo_budget(text: str) -> int:
    return 1 if len(text) < 12 else 2


@lru_cache(maxsize=65536)
def _is_legal(part: tuple[str, ...], at_end: bool) -> bool:
    """A legal-form phrase, as written or with a typo: one edit in a phrase of up to 11
    letters (``Limitd``, ``Co Lt``), two in a longer one (``Limited Libaility Company``),
    against phrases of as many words and with no typo in words under four letters but the
    last. A short form alone counts as mistyped only at the end of a name, two letters
    swapped or (in the commonest forms) one changed (``LDT``, ``KLC``)."""
    joined = "".join(part)
    if part in _LEGAL or (joined in _LEGAL_JOINED and len(joined) >= 4):
        return True  # as written; S A de C V / SA de CV / SADECV (not SPK for Sp. k.)
    if len(part) == 1:
        if (_DOUBLE.sub(r"\1", joined),) in _LEGAL:
            return True  # LTDD, OOOO
        if len(joined) >= 6:
            return _within(joined, _LEGAL_SPACED, _typo_budget(joined))
        return at_end and any(  # keeping the length (``Ince`` is no ``Inc``)
            len(f) == len(joined) and OSA.distance(f, joined, score_cutoff=1) <= 1
            and (f in _SHORT_MISTYPED or sorted(f) == sorted(joined))
            for f in _SHORT_FORMS
        )
    if not any(t in _LEGAL_ANCHORS for t in part):
        return False
    budget = _typo_budget(" ".join(part))
    for phrase in _LEGAL_BY_COUNT.get(len(part), ()):  # as many words: none swallows a name's
        edits = 0
        for i, (word, legal) in enumerate(zip(part, phrase)):
            if word == legal:
                continue
            last = at_end and i == len(part) - 1
            short_end = last and len(word) in (2, 3) and len(legal) == 3  # Co Lt, Ltd Sty
            if min(len(word), len(legal)) < 4 and not short_end:
                break
            edits += OSA.distance(word, legal, score_cutoff=budget)
            if edits > budget:
                break
        else:
            return True
    return False


@lru_cache(maxsize=65536)
def _may_be_legal(token: str, at_end: bool) -> bool:
    """Whether a legal-form phrase (typos allowed) can end (or start) with ``token``."""
    if token in _LEGAL_WORDS or (_DOUBLE.sub(r"\1", token),) in _LEGAL:
        return True
    if len(token) < 4:
        return at_end and len(token) >= 2  # Lt, Ld, KLC
    if at_end and len(token) == 4:  # FXCO
        return True
    return _within(token, _LEGAL_LONG, 1 if len(token) < 8 else 2) or (
        len(token) >= 6 and _within(token, _LEGAL_SPACED, _typo_budget(token))
    )


def _strip_edge(tokens: list[str], *, at_end: bool) -> bool:
    """Remove the longest run of legal-form phrases at one end; True if any was removed."""
    removed = False
    while len(tokens) > 1 and _may_be_legal(tokens[-1] if at_end else tokens[0], at_end):
        for size in range(min(_LEGAL_MAX, len(tokens) - 1), 0, -1):
            part = tokens[-size:] if at_end else tokens[:size]
            if _is_legal(tuple(part), at_end):
                if at_end:
                    del tokens[len(tokens) - size :]
                else:
                    del tokens[:size]
                removed = True
                break
        else:
            return removed
    return removed


@lru_cache(maxsize=65536)
def normalize(name: str) -> tuple[str, ...]:
    """Match tokens of one name: legal forms at the ends -> :data:`LEGAL`, generic words
    canonical, stop words dropped. Bracketed text is kept (brackets dropped)."""
    tokens = [CANONICAL.get(t, t) for t in tokenize(_BRACKETS.sub(" ", name))]
    head = _strip_edge(tokens, at_end=False)
    tail = _strip_edge(tokens, at_end=True)
    core = [t for t in tokens if t not in STOPWORDS] or tokens
    return (LEGAL,) * head + tuple(core) + (LEGAL,) * tail


def name_forms(name: str) -> list[str]:
    """Forms of a listed name to index: as written, without bracketed text, and the
    bracketed text itself when it is an a.k.a. (``KOLOKOL (AKA: ALDRICH AMES)``)."""
    forms = [name]
    if _BRACKETED.search(name):
        forms.append(_BRACKETED.sub(" ", name).strip())
        for inner in re.findall(r"[(\[{]([^)\]}]*)[)\]}]", name):
            if _AKA.match(inner):
                forms.append(_AKA.sub("", inner).strip())
    return [f for f in forms if f]


_SKELETON_RULES = (
    ("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"),
    ("gh", "g"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("q", "k"), ("w", "v"), ("x", "ks"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("tz", "ts"), ("y", "i"),
)


@lru_cache(maxsize=262144)
def skeleton(token: str) -> str:
    """Transliteration-insensitive spelling of one token (``Khodorkovskiy`` and
    ``Hodorkovsky`` -> ``hodorkovski``; ``Technologies`` and ``Technology`` agree too)."""
    if not token.isalpha():
        return token
    s = token if not token.startswith("hs") else "ks" + token[2:]
    s = _C_HARD.sub("k", _C_SOFT.sub("s", s))
    for old, new in _SKELETON_RULES:
        s = s.replace(old, new)
    s = _DOUBLE.sub(r"\1", s)
    if token.endswith(("off", "eff")):  # Smirnoff / Smirnov
        s = s[:-1] + "v"
    if len(s) > 4:
        if s.endswith("ies"):
            s = s[:-3] + "i"
        elif s.endswith("s"):
            s = s[:-1]
        if s[-1] == "h" and s[-2] in "aeiou":
            s = s[:-1]
    return s


@lru_cache(maxsize=262144)
def vowel_class(token: str) -> str:
    """:func:`skeleton` with ``o`` as ``u`` and ``e`` as ``a``: the vowel pairs that
    romanisations swap most (``Mohammed``/``Muhammad``, ``Hossein``/``Husain``)."""
    return _DOUBLE.sub(r"\1", skeleton(token).replace("o", "u").replace("e", "a"))


@lru_cache(maxsize=262144)
def vowel_key(token: str) -> str:
    """:func:`skeleton` with every run of vowels as ``a``: equal when only vowels differ."""
    return _VOWELS.sub("a", skeleton(token))
