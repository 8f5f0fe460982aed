"""Hostile input for the feature side (hypothesis): schema, pipeline, text segments, screening.

Input classes, and how many examples hypothesis tries for each (the module constants below):

* ``N_JSON_DOCUMENT`` = 250: an arbitrary JSON-like value (None, bool, int incl. +-10**30 and
  2**64, float incl. nan/inf/-0.0, hostile text, nested lists and dicts) as the whole
  application. ``Application.model_validate`` succeeds or raises ``ValidationError``;
  ``error_details`` then gives non-empty ``field``/``reason`` strings.
* ``N_FIELD_REPLACED`` = 300: MINIMAL_APP with one field (any depth, or an unknown key) replaced
  by such a value, or removed: same property, and every error is reported under that field.
* ``N_SUBMITTED_AT`` = 100: ``submitted_at`` strings of the RFC 3339 shape (incl. non-ASCII
  digits, which the shape's ``\\d`` admits) naming possible or impossible dates and offsets:
  valid and time-zone aware, or a ``ValidationError`` on ``submitted_at`` alone.
* ``N_HOSTILE_APPS`` = 80: schema-shaped applications with hostile free text and party names
  (unicode, RTL/bidi marks, control characters, NUL, emoji, CJK, empty where allowed, exactly on
  the length bounds), 1..20 items, 0..20 consignees, counts up to 10**30 and quantities/values up
  to 1e150. About half are valid: ``prepare`` (real reference tables and screening index) and
  ``structured_matrix`` then give one finite row of the right width, every screening score is in
  [0, 1], and ``segments`` gives non-empty, stripped, control-free texts. The other half push one
  text field one character past its bound or to 10,000 characters: exactly one length error,
  naming that field.
* ``N_SPLIT`` = 300: ``split_sentences`` on arbitrary hostile text: never raises, every sentence
  non-empty, stripped and free of control/bidi characters.
* ``N_SCREEN`` = 300: ``ScreeningIndex.screen`` on arbitrary unicode names (punctuation only,
  empty after normalisation, legal forms only, RTL, CJK, hostile text) with arbitrary country and
  limit: a list of at most ``limit`` matches, best first, scores within [0, 1].
* ``N_SCREEN_LONG`` = 5: the same on 10,000-character names made of words.

Deterministic tests pin the product bugs these inputs exposed (all fixed since):
schema-valid counts above ~1.8e308 crash ``structured_matrix``; quantity x value overflow gives
an infinite feature; a well-formed control entry missing from the control list crashes
``prepare``; ``error_details`` mangles unknown keys that start with ``str``; screening a long
single-token name takes cubic time.
"""

from __future__ import annotations

import copy
import math
import random
import re
import signal
import string

import numpy as np
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from features.countries import is_country_code
from features.pipeline import STRUCTURED_NAMES, prepare, structured_matrix
from features.reference.tables import load_reference
from features.schema import Application, ConsigneeRole, EndUserType, LicenceType, error_details
from features.screening import ScreeningIndex
from features.text import _CONTROL, segments, split_sentences
from tests.conftest import MINIMAL_APP

N_JSON_DOCUMENT = 250
N_FIELD_REPLACED = 300
N_SUBMITTED_AT = 100
N_HOSTILE_APPS = 80
N_SPLIT = 300
N_SCREEN = 300
N_SCREEN_LONG = 5


def _settings(n: int):
    return settings(max_examples=n, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


TABLES = load_reference()
ENTRIES = ("EAR99", *sorted(TABLES.control_list.reasons))
COUNTRIES = tuple(sorted(c for c in {*TABLES.country_groups.groups, "HK", "MO", "AQ", "XK", "TW"} if is_country_code(c)))


@pytest.fixture(scope="module")
def index() -> ScreeningIndex:
    return ScreeningIndex.from_parties(TABLES.screening)


# -- hostile text --------------------------------------------------------------------------------
NASTY = (
    "\u202e", "\u202d\u202c", "\u200f", "\u200e", "\u2066\u2069", "\u061c", "\u200b", "\u200d", "\ufeff",
    "\x00", "\x07", "\x1b[2J", "\r", "\n", "\r\n", "\t", "\x0b\x0c", "\x85", "\x9f", "\u2028", "\u2029",
    "\u00a0", "\u3000", "\u0301\u0301\u0301", "Z\u0338\u0322\u034d", "\U0001f3f4\u200d\u2620\ufe0f",
    "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001f1e9\U0001f1ea", "\U0001d56f\U0001d58a",
    "\ufdfa", "\ufdfd", "\ufb03", "\u0130", "\u00df", "\u216b", "\u2460", "\U0010fffd", "\uffff", "\ufffd",
    "\u5317\u4eac\u534e\u4e3a\u6280\u672f\u6709\u9650\u516c\u53f8", "\u0645\u0631\u062d\u0628\u0627",
    "\u05e9\u05dc\u05d5\u05dd", "\u041c\u043e\u0441\u043a\u0432\u0430 \u041e\u041e\u041e", "Co., Ltd.",
    "Mr.", "e.g.", "...", "!!!", "?!;", "'\"", "\\", "<script>alert(1)</script>",
    "'; DROP TABLE decisions; --", "%s%n", "{0}", "${jndi:ldap://x}", "EAR99", "3A001.a.7", " ", "  ",
)
ANY_CHAR = st.characters(codec="utf-8")  # every code point but the surrogates JSON cannot carry


def hostile_text(max_size: int = 40) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(ANY_CHAR, max_size=max_size),
        st.lists(st.one_of(st.sampled_from(NASTY), st.text(ANY_CHAR, max_size=4)), max_size=10).map("".join),
        st.sampled_from(NASTY),
    )


def _stretch(fragment: str, n: int) -> str:
    fragment = fragment or "x"
    return (fragment * (n // len(fragment) + 1))[:n]


def valid_text(lo: int, hi: int) -> st.SearchStrategy[str]:
    """Hostile text within [lo, hi] characters: as drawn (cut to ``hi``, padded to ``lo``), or a
    fragment stretched to exactly ``lo`` or ``hi`` characters, or anywhere between."""
    as_drawn = hostile_text().map(lambda t: t[:hi] + "\u202e" * max(0, lo - len(t)))
    sizes = st.one_of(st.sampled_from(sorted({lo, hi})), st.integers(lo, hi))
    return st.one_of(as_drawn, st.builds(_stretch, hostile_text(12), sizes).map(lambda t: t if len(t) >= lo else "x"))


def invalid_text(lo: int, hi: int) -> st.SearchStrategy[str]:
    """Hostile text just past a bound (one over the maximum, or empty below a minimum of 1) or 10,000 long."""
    sizes = sorted({hi + 1, max(hi + 1, 10_000)} | ({lo - 1} if lo > 0 else set()))
    return st.builds(_stretch, hostile_text(12), st.sampled_from(sizes))


# -- arbitrary JSON-like values ------------------------------------------------------------------
FIELD_NAMES = ("application_id", "submitted_at", "licence_type", "applicant", "items", "end_user", "consignees",
               "destination_country", "end_use", "notes", "name", "country", "type", "role", "quantity",
               "unit_value_usd", "control_entry", "description", "address", "years_exporting")
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(),
    st.integers(-10**30, 10**30), st.sampled_from([10**30, -10**30, 2**63, -(2**63) - 1, 2**64, 10**308, 10**400]),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 5e-324]),
    hostile_text(), st.sampled_from(COUNTRIES + ("ZZ", "de", "XX")), st.sampled_from(ENTRIES[:5] + ("9E999",)),
    st.sampled_from(["2026-06-16T14:48:00Z", "2026-02-30T00:00:00Z", "individual", "commercial", "ultimate"]),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), hostile_text(12)), inner, max_size=4)),
    max_leaves=16,
)


def _check_details(error: ValidationError) -> list[dict]:
    details = error_details(error)
    assert isinstance(details, list) and details
    for d in details:
        assert isinstance(d, dict)
        assert isinstance(d["field"], str) and d["field"]
        assert isinstance(d["reason"], str) and d["reason"]
    return details


@_settings(N_JSON_DOCUMENT)
@given(document=JSON_VALUES)
def test_arbitrary_document_validates_or_raises_validation_error(document):
    try:
        Application.model_validate(document)
    except ValidationError as exc:
        _check_details(exc)


# -- MINIMAL_APP with one field replaced -----------------------------------------------------------
PATHS = (
    ("application_id",), ("submitted_at",), ("licence_type",), ("applicant",), ("applicant", "name"),
    ("applicant", "country"), ("applicant", "years_exporting"), ("applicant", "prior_applications"),
    ("applicant", "prior_violations"), ("applicant", "has_compliance_program"), ("items",), ("items", 0),
    ("items", 0, "control_entry"), ("items", 0, "description"), ("items", 0, "quantity"),
    ("items", 0, "unit_value_usd"), ("end_user",), ("end_user", "name"), ("end_user", "type"),
    ("end_user", "country"), ("end_user", "address"), ("consignees",), ("destination_country",), ("end_use",),
    ("notes",), ("unknown_field",), ("applicant", "unknown"), ("items", 0, "unknown"), ("end_user", "unknown"),
)


def _field_path(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


@_settings(N_FIELD_REPLACED)
@given(path=st.sampled_from(PATHS), value=JSON_VALUES, remove=st.booleans())
def test_one_field_replaced_validates_or_names_that_field(path, value, remove):
    document = copy.deepcopy(MINIMAL_APP)
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    if remove:
        if isinstance(parent, list) or path[-1] in parent:
            del parent[path[-1]]
        prefix = _field_path(path if isinstance(path[-1], str) else path[:-1])
    else:
        parent[path[-1]] = value
        prefix = _field_path(path)
    try:
        Application.model_validate(document)
    except ValidationError as exc:
        for detail in _check_details(exc):
            assert detail["field"].startswith(prefix), (detail, prefix)


RFC3339_SHAPE = r"\A\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,12})?([Zz]|[+-]\d{2}:\d{2})\Z"


@st.composite
def ascii_timestamps(draw) -> str:
    y, mo, d, h, mi, s = (draw(st.integers(0, hi)) for hi in (9999, 99, 99, 99, 99, 99))
    frac = draw(st.sampled_from(["", ".0", ".999999", ".1234567890123"]))
    zone = draw(st.one_of(st.sampled_from(["Z", "z"]), st.builds("{}{:02d}:{:02d}".format, st.sampled_from("+-"),
                                                                   st.integers(0, 99), st.integers(0, 99))))
    return f"{y:04d}-{mo:02d}-{d:02d}{draw(st.sampled_from('Tt '))}{h:02d}:{mi:02d}:{s:02d}{frac}{zone}"


@_settings(N_SUBMITTED_AT)
@given(stamp=st.one_of(st.from_regex(RFC3339_SHAPE), ascii_timestamps()))
def test_rfc3339_shaped_timestamps_validate_or_raise_validation_error(stamp):
    try:
        app = Application.model_validate({**MINIMAL_APP, "submitted_at": stamp})
    except ValidationError as exc:
        assert [d["field"] for d in _check_details(exc)] == ["submitted_at"]
    else:
        assert app.submitted_at.tzinfo is not None


# -- schema-shaped applications with hostile text ------------------------------------------------------
QUANTITIES = st.one_of(st.floats(min_value=5e-324, max_value=1e150), st.integers(1, 10**15),
                       st.sampled_from([5e-324, 1e-300, 0.5, 1, 1e150]))
VALUES = st.one_of(st.floats(min_value=0.0, max_value=1e150), st.integers(0, 10**15), st.sampled_from([0, 0.0, 1e150]))
COUNTS = st.one_of(st.integers(0, 100), st.integers(0, 10**30), st.just(10**30))
#: (lo, hi) length bounds of each free-text field in the schema
BOUNDS = {"application_id": (1, 64), "name": (1, 300), "address": (0, 500), "description": (1, 4000),
          "end_use": (1, 8000), "notes": (0, 8000)}


@st.composite
def hostile_applications(draw) -> tuple[dict, str | None]:
    """(document, the text field pushed out of its length bounds, if any: about half the time one is)."""
    slots: list[tuple[dict, str, str]] = []  # (container, key, kind of text)

    def text(container: dict, key: str, kind: str) -> None:
        container[key] = draw(valid_text(*BOUNDS[kind]))
        slots.append((container, key, kind))

    def entry() -> str:
        base = draw(st.sampled_from(ENTRIES))
        return base if base == "EAR99" else base + draw(st.sampled_from(["", ".a", ".a.7", ".b.1.c"]))

    doc = {
        "submitted_at": draw(st.sampled_from(["2026-06-16T14:48:00Z", "1970-01-01T00:00:00+14:00",
                                              "9999-12-31 23:59:59.999999-23:59"])),
        "licence_type": draw(st.sampled_from([t.value for t in LicenceType])),
        "applicant": {"country": draw(st.sampled_from(COUNTRIES)), "years_exporting": draw(COUNTS),
                      "prior_applications": draw(COUNTS), "prior_violations": draw(COUNTS),
                      "has_compliance_program": draw(st.booleans())},
        "items": [{"control_entry": entry(), "quantity": draw(QUANTITIES), "unit_value_usd": draw(VALUES)}
                  for _ in range(draw(st.integers(1, 20)))],
        "end_user": {"type": draw(st.sampled_from([t.value for t in EndUserType])),
                     "country": draw(st.sampled_from(COUNTRIES))},
        "consignees": [{"role": draw(st.sampled_from([r.value for r in ConsigneeRole])),
                        "country": draw(st.sampled_from(COUNTRIES))} for _ in range(draw(st.integers(0, 20)))],
        "destination_country": draw(st.sampled_from(COUNTRIES)),
    }
    text(doc, "application_id", "application_id")
    text(doc["applicant"], "name", "name")
    for item in doc["items"]:
        text(item, "description", "description")
    text(doc["end_user"], "name", "name")
    if draw(st.booleans()):
        text(doc["end_user"], "address", "address")
    for consignee in doc["consignees"]:
        text(consignee, "name", "name")
    text(doc, "end_use", "end_use")
    text(doc, "notes", "notes")
    if not draw(st.booleans()):
        return doc, None
    kind = draw(st.sampled_from(sorted({k for _, _, k in slots})))  # each kind of field as often
    container, key, kind = draw(st.sampled_from([slot for slot in slots if slot[2] == kind]))
    container[key] = draw(invalid_text(*BOUNDS[kind]))
    return doc, key


def _check_text(texts) -> None:
    for t in texts:
        assert t and t == t.strip() and not _CONTROL.search(t), repr(t)


@_settings(N_HOSTILE_APPS)
@given(case=hostile_applications())
def test_hostile_text_applications_give_finite_features(case, index):
    document, broken = case
    event("valid application" if broken is None else f"{broken} out of its bounds")
    if broken is not None:
        with pytest.raises(ValidationError) as caught:
            Application.model_validate(document)
        [detail] = _check_details(caught.value)
        assert detail["field"].endswith(broken) and re.search(r"at (most|least) \d+ character", detail["reason"])
        return
    app = Application.model_validate(document)
    prepared = prepare([app], TABLES, index)
    matrix = structured_matrix(prepared, TABLES)
    assert matrix.shape == (1, len(STRUCTURED_NAMES))
    assert np.isfinite(matrix).all(), dict(zip(STRUCTURED_NAMES, matrix[0]))
    assert all(0.0 <= hit.score <= 1.0 for hit in prepared[0].screening)
    assert len(prepared[0].screening) == 1 + len(app.consignees)
    found = segments(app)
    assert tuple(found) == prepared[0].segments
    assert [s.index for s in found] == list(range(len(found)))
    assert {s.field for s in found} <= {f"items[{i}].description" for i in range(len(app.items))} | {"end_use", "notes"}
    _check_text(s.text for s in found)


@_settings(N_SPLIT)
@given(text=st.one_of(hostile_text(200), st.builds(_stretch, hostile_text(30), st.sampled_from([1000, 10_000]))))
def test_split_sentences_never_raises_and_yields_clean_sentences(text):
    _check_text(split_sentences(text))


# -- screening -------------------------------------------------------------------------------------
SCREEN_NAMES = st.one_of(
    hostile_text(60),
    st.text(string.punctuation + " \t\n\u00a1\u00bf\u3002\u300c\u300d\u2014\u2026", max_size=30),  # empty once normalised
    st.text(st.characters(categories=("P", "S", "Z", "C"), codec="utf-8"), max_size=30),
    st.lists(st.sampled_from(["Co.", "Ltd", "LLC", "OOO", "GmbH", "S.A. de C.V.", "the", "and", "of", "&", "Sp. z o.o."]),
             max_size=6).map(" ".join),  # legal forms and stop words only
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=30),  # CJK
    st.text(st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), max_size=30).map(lambda t: "\u202e" + t),  # RTL
    st.builds(_stretch, hostile_text(12), st.integers(0, 300)),
    st.sampled_from(["", "!!!", "...", "\u202e", "Huawei Technologies Co., Ltd.", "HUAWEI", "Al Quds", "\x00\x00"]),
)
COUNTRY_ARG = st.one_of(st.none(), st.sampled_from(COUNTRIES), hostile_text(6))


def _check_matches(matches, limit: int) -> None:
    assert isinstance(matches, list)
    assert len(matches) <= max(limit, 0)
    scores = [m.score for m in matches]
    assert all(isinstance(s, float) and 0.0 <= s <= 1.0 for s in scores), scores
    assert scores == sorted(scores, reverse=True)


@_settings(N_SCREEN)
@given(name=SCREEN_NAMES, country=COUNTRY_ARG, limit=st.one_of(st.integers(-2, 10), st.just(5)))
def test_screen_arbitrary_names(index, name, country, limit):
    _check_matches(index.screen(name, country, limit=limit), limit)


def _long_name(seed: int, alphabet: str) -> str:
    """10,000 characters of words of 1..30 characters drawn from ``alphabet``."""
    rng = random.Random(seed)
    words, size = [], 0
    while size <= 10_000:  # the join drops one space
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:10_000]


ALPHABETS = (string.ascii_letters + string.digits, "\u5317\u4eac\u534e\u4e3a\u6280\u672f\u6709\u9650\u516c\u53f8",
             "\u0645\u0631\u062d\u0628\u0627\u202e\u200f", string.punctuation, "".join(NASTY))


@_settings(N_SCREEN_LONG)
@given(seed=st.integers(0, 2**32), alphabet=st.sampled_from(ALPHABETS), country=COUNTRY_ARG)
def test_screen_ten_thousand_character_names(index, seed, alphabet, country):
    name = _long_name(seed, alphabet)
    assert len(name) == 10_000
    _check_matches(index.screen(name, country, limit=5), 5)


# -- product bugs, pinned ----------------------------------------------------------------------------
def _features(document: dict) -> np.ndarray:
    app = Application.model_validate(document)  # the schema accepts it
    return structured_matrix(prepare([app], TABLES, None), TABLES)


def test_huge_count_gives_finite_features():
    document = copy.deepcopy(MINIMAL_APP)
    document["applicant"]["years_exporting"] = 10**400
    assert np.isfinite(_features(document)).all()


def test_huge_quantity_times_value_gives_finite_features():
    document = copy.deepcopy(MINIMAL_APP)
    document["items"][0].update(quantity=1e200, unit_value_usd=1e200)
    assert np.isfinite(_features(document)).all()


def test_well_formed_unlisted_control_entry_is_refused_by_field():
    from features.pipeline import UnknownControlEntry

    document = copy.deepcopy(MINIMAL_APP)
    document["items"][0]["control_entry"] = "9E999"
    assert "9E999" not in TABLES.control_list.reasons
    with pytest.raises(UnknownControlEntry) as caught:
        _features(document)
    assert caught.value.errors[0]["field"] == "[0].items[0].control_entry"
    assert "not on the control list" in caught.value.errors[0]["reason"]


def test_unknown_key_starting_with_str_is_named_as_sent():
    document = copy.deepcopy(MINIMAL_APP)
    document["end_user"]["street"] = "Hauptstr. 1"
    with pytest.raises(ValidationError) as caught:
        Application.model_validate(document)
    assert [d["field"] for d in error_details(caught.value)] == ["end_user.street"]


class _Budget(Exception):
    pass


def test_screen_long_single_token_name_is_fast(index):
    rng = random.Random(7)
    name = "".join(rng.choice(string.ascii_lowercase) for _ in range(1_500))

    def expire(signum, frame):
        raise _Budget("screen() of a 1,500-letter token took over 0.3 s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    try:
        _check_matches(index.screen(name, None, limit=5), 5)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
