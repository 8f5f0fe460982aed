"""ISO 3166-1 alpha-2 country codes and the mapping of reference-data country names to codes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Names used by the agency's reference data that ISO's own names do not match.
_NAME_OVERRIDES: dict[str, str] = {
    "bosnia & herzegovina": "BA",
    "brunei": "BN",
    "burma": "MM",
    "cape verde": "CV",
    "china (prc)": "CN",
    "congo (democratic republic of the)": "CD",
    "congo (democratic republic of)": "CD",
    "congo (republic of the)": "CG",
    "cote d'lvoire": "CI",  # sic: the source misspells Côte d'Ivoire with a lower-case L
    "cote d'ivoire": "CI",
    "gambia, the": "GM",
    "korea, north": "KP",
    "korea, south": "KR",
    "kosovo": "XK",
    "macau": "MO",
    "russia": "RU",
    "saint kitts & nevis": "KN",
    "sao tome & principe": "ST",
    "sint maarten (the dutch two-fifths of the island of saint martin)": "SX",
    "south sudan, republic of": "SS",
    "the bahamas": "BS",
    "trinidad & tobago": "TT",
    "vatican city": "VA",
    "turkiye": "TR",
    "laos": "LA",
    "iran": "IR",
    "syria": "SY",
    "taiwan": "TW",
    "vietnam": "VN",
    "moldova": "MD",
    "tanzania": "TZ",
    "bolivia": "BO",
    "venezuela": "VE",
    "micronesia, federated states of": "FM",
    "united kingdom": "GB",
    "united states": "US",
}

#: Codes outside ISO's assigned list that agencies use (Kosovo's user-assigned code).
_EXTRA_CODES: dict[str, str] = {"XK": "Kosovo"}


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", text.strip().lower())


@lru_cache(maxsize=1)
def iso_names() -> dict[str, str]:
    """Every assigned ISO 3166-1 alpha-2 code -> its common English name."""
    import pycountry

    names = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
    names.update(_EXTRA_CODES)
    return names


def is_country_code(code: str) -> bool:
    """True when ``code`` is an assigned ISO 3166-1 alpha-2 code (or XK)."""
    return code in iso_names()


def code_for_name(name: str) -> str:
    """Map a country name from the reference data to its alpha-2 code; raise KeyError if unknown."""
    folded = _fold(name)
    if folded in _NAME_OVERRIDES:
        return _NAME_OVERRIDES[folded]
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        pass
    for code, common in iso_names().items():
        if _fold(common) == folded:
            return code
    raise KeyError(f"unknown country name: {name!r}")
