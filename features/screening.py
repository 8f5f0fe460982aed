"""Restricted-party screening: match a party's name (and country) against the screening list.

Method (see ``docs/screening.md``):

1. Every listed name and alias is normalised (:mod:`features.names`) into tokens; each
   distinct token gets an IDF weight over all listed names, so ``Huawei`` weighs more than
   ``Technology``.
2. Candidates: each query token finds listed tokens equal to it, equal up to
   transliteration (:func:`~features.names.skeleton`, :func:`~features.names.vowel_class`)
   or within one or two edits (a deletion-neighbourhood index); their postings give
   candidate names, ranked by an estimate of the final score.
3. Scoring: the tokens of query and candidate are aligned one to one (order-free, with
   ``Al Quds``/``Alquds``-style merges); the score is the weighted share of matched tokens,
   ``sum(2 w sim) / (sum(2 w) + unmatched weights)``, where legal forms weigh little and
   count as interchangeable.
4. Country: a country the entry names raises the score, a conflicting one lowers it (it is
   a qualifier, not a filter); an entry without country, or a query without one, is neutral.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from features.names import LEGAL, name_forms, normalize, skeleton, vowel_class, vowel_key
from features.reference.tables import ListedParty, load_reference

#: A match scoring at or above this is a hit. Chosen on the tuning seed of
#: ``benchmarks/screening_eval.py`` (see docs/screening.md), never on application data.
DEFAULT_THRESHOLD: float = 0.86

LEGAL_WEIGHT = 0.5  # weight of a legal-form marker (Co., Ltd., OOO...)
COUNTRY_BONUS = 0.05  # the entry names the party's country
COUNTRY_PENALTY = 0.05  # the entry names countries, none of them the party's
_SAME_COUNTRY = {"HK": "CN", "MO": "CN"}
_SKIP_POSTINGS = 2500  # a token in more names than this retrieves none when a rarer one can
_CANDIDATES = 40  # names scored in full per query


@dataclass(frozen=True)
class ScreeningMatch:
    """One listed party matched by a name; ``score`` in [0, 1], higher is closer."""

    party_id: str
    listed_name: str
    matched_name: str
    list: str
    countries: tuple[str, ...]
    score: float
    country_consistent: bool | None


@dataclass(frozen=True)
class PartyHit:
    """An application party with its best match on the list (``match`` is None when nothing is near)."""

    role: str
    party_name: str
    party_country: str | None
    match: ScreeningMatch | None

    @property
    def score(self) -> float:
        return self.match.score if self.match else 0.0

    @property
    def party_id(self) -> str:
        return self.match.party_id if self.match else ""

    @property
    def listed_name(self) -> str:
        return self.match.listed_name if self.match else ""

    @property
    def matched_name(self) -> str:
        return self.match.matched_name if self.match else ""

    @property
    def list(self) -> str:
        return self.match.list if self.match else ""

    @property
    def countries(self) -> tuple[str, ...]:
        return self.match.countries if self.match else ()

    @property
    def country_consistent(self) -> bool | None:
        return self.match.country_consistent if self.match else None


@dataclass(frozen=True)
class _Tok:
    text: str
    skel: str
    vclass: str
    vkey: str
    weight: float


def _tok(text: str, weight: float) -> _Tok:
    return _Tok(text, skeleton(text), vowel_class(text), vowel_key(text), weight)


@lru_cache(maxsize=65536)
def _joined(a: str, b: str) -> _Tok:
    return _tok(a + b, 0.0)


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _allowed_edits(length: int) -> int:
    return 0 if length < 3 else 1 if length < 8 else 2 if length < 13 else 3


def _token_similarity(a: _Tok, b: _Tok) -> float:
    """1 equal; 0.95 equal up to transliteration; 0.92 up to o/u and e/a; else
    ``1 - d / len`` within a few edits (none for tokens under 3 letters, nor in digits),
    where edits that only change vowels count half in words of 5+ letters; else 0."""
    if a.text == b.text:
        return 1.0
    if not (a.text.isalpha() and b.text.isalpha()) and _digits(a.text) != _digits(b.text):
        return 0.0
    if a.skel == b.skel:
        return 0.95
    if a.vclass == b.vclass:
        return 0.92
    best = 0.0
    # as written (typos), and as romanised (where vowel-only edits count half)
    vowels_only = a.vkey == b.vkey and min(len(a.text), len(b.text)) >= 5  # not Euro/Aero
    for x, y, half in ((a.text, b.text, False), (a.vclass, b.vclass, vowels_only)):
        length = max(len(x), len(y))
        allowed = _allowed_edits(length)
        distance = OSA.distance(x, y, score_cutoff=allowed) if allowed else 1
        if distance <= allowed:
            best = max(best, 1.0 - (distance / 2 if half else distance) / length)
    return best


def _deletions(word: str, depth: int) -> set[str]:
    out = {word[:i] + word[i + 1 :] for i in range(len(word))}
    if depth > 1:
        out |= {w[:i] + w[i + 1 :] for w in out for i in range(len(w))}
    return out


def _name_score(
    query: Sequence[_Tok],
    q_legal: int,
    cand: Sequence[_Tok],
    c_legal: int,
    known: Sequence[dict[str, float]] | None = None,
) -> float:
    """Weighted share of aligned tokens between two normalised names (order-free).

    ``known[i]`` memoises query token ``i``'s similarities to listed tokens (by text)."""
    pairs: list[tuple[float, float, tuple[int, ...], tuple[int, ...]]] = []
    for i, q in enumerate(query):
        sims = known[i] if known is not None else None
        for j, c in enumerate(cand):
            if sims is None:
                sim = _token_similarity(q, c)
            elif (sim := sims.get(c.text)) is None:
                sim = sims[c.text] = _token_similarity(q, c)
            if sim:
                pairs.append((sim, c.weight, (i,), (j,)))
    # one token written as two (Al Quds / Alquds, Tose e / Tosee): adjacent pairs whose
    # joined length is close to a token on the other side
    for j in range(len(cand) - 1):
        a, b = cand[j], cand[j + 1]
        for i, q in enumerate(query):
            if abs(len(q.text) - len(a.text) - len(b.text)) <= 2 and q.vclass[:1] == a.vclass[:1]:
                if sim := _token_similarity(q, _joined(a.text, b.text)):
                    pairs.append((sim, a.weight + b.weight, (i,), (j, j + 1)))
    for i in range(len(query) - 1):
        a, b = query[i], query[i + 1]
        for j, c in enumerate(cand):
            if abs(len(c.text) - len(a.text) - len(b.text)) <= 2 and c.vclass[:1] == a.vclass[:1]:
                if sim := _token_similarity(_joined(a.text, b.text), c):
                    pairs.append((sim, c.weight, (i, i + 1), (j,)))
    pairs.sort(key=lambda p: (p[0], p[1]), reverse=True)
    used_q: set[int] = set()
    used_c: set[int] = set()
    matched = total = 0.0
    for sim, weight, qi, cj in pairs:
        if used_q.isdisjoint(qi) and used_c.isdisjoint(cj):
            used_q.update(qi)
            used_c.update(cj)
            matched += 2 * weight * sim
            total += 2 * weight
    if not matched:
        return 0.0
    total += sum(q.weight for i, q in enumerate(query) if i not in used_q)
    total += sum(c.weight for j, c in enumerate(cand) if j not in used_c)
    both = min(q_legal, c_legal)
    matched += 2 * LEGAL_WEIGHT * both
    total += 2 * LEGAL_WEIGHT * both + LEGAL_WEIGHT * abs(q_legal - c_legal)
    return matched / total


def country_consistency(country: str | None, countries: Sequence[str]) -> bool | None:
    """True/False when both sides name a country; None (neutral) otherwise."""
    if not country or not countries:
        return None
    code = country.strip().upper()
    code = _SAME_COUNTRY.get(code, code)
    return any(_SAME_COUNTRY.get(c, c) == code for c in countries)


class ScreeningIndex:
    """Index of listed names for fast fuzzy screening; build with :meth:`from_parties`."""

    def __init__(self, parties: Sequence[ListedParty]) -> None:
        self.parties_ = tuple(parties)
        self._forms: list[tuple[tuple[int, ...], int]] = []  # (token ids, legal markers)
        self._sources: list[list[tuple[int, str]]] = []  # (party index, name as written)
        vocab: dict[str, int] = {}
        seen: dict[tuple[str, ...], int] = {}
        for p_idx, party in enumerate(self.parties_):
            for written in dict.fromkeys(f for n in (party.name, *party.aliases) for f in name_forms(n)):
                tokens = normalize(written)
                core = tuple(t for t in tokens if t != LEGAL)
                if not core:
                    continue
                form = seen.get(tokens)
                if form is None:
                    form = seen[tokens] = len(self._forms)
                    ids = tuple(vocab.setdefault(t, len(vocab)) for t in core)
                    self._forms.append((ids, len(tokens) - len(core)))
                    self._sources.append([])
                if all(p != p_idx for p, _ in self._sources[form]):
                    self._sources[form].append((p_idx, written))
        self._vocab = vocab
        postings: list[list[int]] = [[] for _ in vocab]
        for f_idx, (ids, _) in enumerate(self._forms):
            for t in set(ids):
                postings[t].append(f_idx)
        n = len(self._forms)
        self._postings = postings
        self._unknown_weight = math.log(n + 1) + 1.0
        self._toks = [_tok(t, math.log((n + 1) / (len(postings[i]) + 1)) + 1.0) for t, i in vocab.items()]
        self._form_weights = [sum(self._toks[t].weight for t in ids) for ids, _ in self._forms]
        self._longest_token = max((len(t.text) for t in self._toks), default=0)
        # fuzzy keys -> token ids: skeleton, vowel key; text and vowel class, and each of
        # them minus one letter (a query looks up its own forms minus one or two letters)
        keys: dict[str, list[int]] = defaultdict(list)
        for t_idx, tok in enumerate(self._toks):
            keys[tok.skel].append(t_idx)
            keys["~" + tok.vkey].append(t_idx)
            for form in {tok.text, tok.vclass}:
                keys[form].append(t_idx)
                if len(form) >= 4 and not tok.text.isdigit():
                    for d in _deletions(form, 1):
                        keys[d].append(t_idx)
        self._keys = dict(keys)
        # adjacent pairs written as one token elsewhere (Al Quds / Alquds)
        self._pair_postings: dict[str, list[int]] = defaultdict(list)
        for f_idx, (ids, _) in enumerate(self._forms):
            for a, b in zip(ids, ids[1:]):
                if min(len(self._toks[a].text), len(self._toks[b].text)) <= 3:
                    self._pair_postings[skeleton(self._toks[a].text + self._toks[b].text)].append(f_idx)
        self._similar_cache: dict[str, dict[int, float]] = {}

    @classmethod
    def from_parties(cls, parties: Sequence[ListedParty]) -> ScreeningIndex:
        return cls(parties)

    @classmethod
    def default(cls) -> ScreeningIndex:
        """The index of the packaged screening list, built once per process."""
        return _default_index()

    def __len__(self) -> int:
        return len(self.parties_)

    def clear_cache(self) -> None:
        """Forget the memoised token look-ups (they speed up names that share words)."""
        self._similar_cache.clear()

    def _query_tokens(self, name: str) -> tuple[list[_Tok], int]:
        tokens = normalize(name)
        core = [t for t in tokens if t != LEGAL]
        out = []
        for t in core:
            t_idx = self._vocab.get(t)
            out.append(self._toks[t_idx] if t_idx is not None else _tok(t, self._unknown_weight))
        return out, len(tokens) - len(core)

    def _similar_tokens(self, q: _Tok) -> dict[int, float]:
        """Listed tokens similar to ``q`` (token id -> similarity); cached per token."""
        cached = self._similar_cache.get(q.text)
        if cached is not None:
            return cached
        lookups = {q.skel, "~" + q.vkey}
        for form in {q.text, q.vclass}:
            lookups.add(form)
            # Deletion neighbours only where a listed token could be that close: a very long word
            # would otherwise cost cubic time (and can match nothing by deletion anyway).
            if 4 <= len(form) <= self._longest_token + 2 and not q.text.isdigit():
                lookups |= _deletions(form, 2 if len(form) >= 8 else 1)
        found: set[int] = set()
        for key in lookups:
            found.update(self._keys.get(key, ()))
        out = {}
        for t_idx in found:
            if sim := _token_similarity(q, self._toks[t_idx]):
                out[t_idx] = sim
        if len(self._similar_cache) > 50_000:
            self._similar_cache.clear()
        self._similar_cache[q.text] = out
        return out

    def _candidates(self, query: list[_Tok], similar: list[dict[int, float]]) -> list[int]:
        sizes = [sum(len(self._postings[t]) for t in m) for m in similar]
        rare = any(0 < s <= _SKIP_POSTINGS for s in sizes)
        bound: dict[int, float] = defaultdict(float)
        for matches, size in zip(similar, sizes):
            if rare and size > _SKIP_POSTINGS:
                continue
            best: dict[int, float] = {}
            for t_idx, sim in matches.items():
                gain = sim * self._toks[t_idx].weight
                for f_idx in self._postings[t_idx]:
                    if best.get(f_idx, 0.0) < gain:
                        best[f_idx] = gain
            for f_idx, gain in best.items():
                bound[f_idx] += gain
        for a, b in zip(query, query[1:]):
            for f_idx in self._pair_postings.get(skeleton(a.text + b.text), ()):
                bound[f_idx] += a.weight + b.weight
        q_weight = sum(q.weight for q in query)
        weights = self._form_weights
        ranked = [(gain / (q_weight + weights[f]), f) for f, gain in bound.items()]
        return [f for _, f in heapq.nlargest(_CANDIDATES, ranked)]

    def screen(self, name: str, country: str | None = None, *, limit: int = 5) -> list[ScreeningMatch]:
        """Listed parties closest to ``name``, best first (at most ``limit``, score > 0)."""
        query, q_legal = self._query_tokens(name or "")
        if not query or limit <= 0:
            return []
        similar = [self._similar_tokens(q) for q in query]
        known = [{self._toks[t].text: sim for t, sim in m.items()} for m in similar]
        best: dict[int, tuple[float, str]] = {}
        for f_idx in self._candidates(query, similar):
            ids, c_legal = self._forms[f_idx]
            score = _name_score(query, q_legal, [self._toks[t] for t in ids], c_legal, known)
            if score <= 0:
                continue
            for p_idx, written in self._sources[f_idx]:
                if score > best.get(p_idx, (0.0, ""))[0]:
                    best[p_idx] = (score, written)
        matches = []
        for p_idx, (score, written) in best.items():
            party = self.parties_[p_idx]
            consistent = country_consistency(country, party.countries)
            if consistent is True:
                score = min(1.0, score + COUNTRY_BONUS)
            elif consistent is False:
                score = max(0.0, score - COUNTRY_PENALTY)
            matches.append(
                ScreeningMatch(
                    party_id=party.id,
                    listed_name=party.name,
                    matched_name=written,
                    list=party.list,
                    countries=party.countries,
                    score=round(score, 4),
                    country_consistent=consistent,
                )
            )
        matches.sort(key=lambda m: (-m.score, m.party_id))
        return matches[:limit]


@lru_cache(maxsize=1)
def _default_index() -> ScreeningIndex:
    return ScreeningIndex.from_parties(load_reference().screening)


def best_matches(index: ScreeningIndex, parties: Iterable[tuple[str, str, str | None]]) -> list[PartyHit]:
    """Every ``(role, name, country)`` party with its best match, whatever the score."""
    out = []
    for role, name, country in parties:
        found = index.screen(name, country, limit=1)
        out.append(PartyHit(role=role, party_name=name, party_country=country, match=found[0] if found else None))
    return out


def screen_parties(
    index: ScreeningIndex,
    parties: Iterable[tuple[str, str, str | None]],
    threshold: float = DEFAULT_THRESHOLD,
) -> list[PartyHit]:
    """Hits among ``(role, name, country)`` parties: best match at or above ``threshold``."""
    return [hit for hit in best_matches(index, parties) if hit.match and hit.score >= threshold]
