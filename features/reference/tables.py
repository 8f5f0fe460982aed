"""Load the compact reference tables that ``triage reference build`` writes.

The tables are facts derived from the official sources (codes, reasons, group memberships,
listed names): see ``features/reference/build.py``. The packaged copy lives in
``features/reference/data``; ``TRIAGE_REFERENCE_DIR`` points the product at a newer build.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

CONTROL_LIST_FILE = "control_list.json"
COUNTRY_GROUPS_FILE = "country_groups.json"
SCREENING_LIST_FILE = "screening_list.json.gz"
MANIFEST_FILE = "manifest.json"
TABLE_FILES = (CONTROL_LIST_FILE, COUNTRY_GROUPS_FILE, SCREENING_LIST_FILE)

_ENTRY_RE = re.compile(r"^(EAR99|[0-9][A-E][0-9]{3})((?:[.][a-z0-9]+)*)$")


def default_reference_dir() -> Path:
    """The reference tables shipped with the package."""
    return Path(__file__).resolve().parent / "data"


def base_entry(control_entry: str) -> str:
    """``3A001.a.7`` -> ``3A001``; ``EAR99`` -> ``EAR99``. Raises ValueError on a malformed code."""
    match = _ENTRY_RE.match(control_entry)
    if not match:
        raise ValueError(f"not a control-list entry: {control_entry!r}")
    return match.group(1)


@dataclass(frozen=True)
class ControlList:
    """Control-list entry -> reasons for control."""

    reasons: dict[str, tuple[str, ...]]
    as_of: str = ""

    def reasons_for(self, control_entry: str) -> tuple[str, ...]:
        """Reasons for control of an entry; a paragraph suffix takes its entry's reasons.

        ``EAR99`` has none. An entry missing from the list raises KeyError: an unknown code is
        not silently treated as unlisted.
        """
        entry = base_entry(control_entry)
        if entry == "EAR99":
            return ()
        return self.reasons[entry]

    def __contains__(self, control_entry: str) -> bool:
        try:
            entry = base_entry(control_entry)
        except ValueError:
            return False
        return entry == "EAR99" or entry in self.reasons


@dataclass(frozen=True)
class CountryGroups:
    """ISO alpha-2 code -> country groups (A:1 ... E:2). Hong Kong takes China's groups."""

    groups: dict[str, frozenset[str]]
    names: dict[str, str]
    as_of: str = ""

    def of(self, country: str) -> frozenset[str]:
        """Groups of a country; a country in no group (or unknown) has none."""
        if country == "HK":
            country = "CN"
        return self.groups.get(country, frozenset())

    def members(self, group: str) -> frozenset[str]:
        return frozenset(c for c, gs in self.groups.items() if group in gs)


@dataclass(frozen=True)
class ListedParty:
    """One restricted party from the consolidated screening list."""

    id: str
    name: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]
    list: str
    type: str = ""


@dataclass(frozen=True)
class ReferenceTables:
    """All reference tables with the digests that identify the build."""

    control_list: ControlList
    country_groups: CountryGroups
    screening: tuple[ListedParty, ...]
    digests: dict[str, str] = field(default_factory=dict)
    directory: str = ""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_screening(path: Path) -> tuple[ListedParty, ...]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = json.load(handle)["entries"]
    return tuple(
        ListedParty(
            id=row["id"],
            name=row["name"],
            aliases=tuple(row.get("aliases", ())),
            countries=tuple(row.get("countries", ())),
            list=row["list"],
            type=row.get("type", ""),
        )
        for row in rows
    )


@lru_cache(maxsize=4)
def _load(directory: str) -> ReferenceTables:
    root = Path(directory)
    missing = [name for name in TABLE_FILES if not (root / name).is_file()]
    if missing:
        raise FileNotFoundError(
            f"reference tables missing in {root}: {', '.join(missing)} "
            "(build them with `triage reference build --from DIR`)"
        )
    control = json.loads((root / CONTROL_LIST_FILE).read_text(encoding="utf-8"))
    groups = json.loads((root / COUNTRY_GROUPS_FILE).read_text(encoding="utf-8"))
    return ReferenceTables(
        control_list=ControlList(
            reasons={k: tuple(v) for k, v in control["entries"].items()},
            as_of=control.get("as_of", ""),
        ),
        country_groups=CountryGroups(
            groups={k: frozenset(v) for k, v in groups["groups"].items()},
            names=dict(groups.get("names", {})),
            as_of=groups.get("as_of", ""),
        ),
        screening=_read_screening(root / SCREENING_LIST_FILE),
        digests={name: _sha256(root / name) for name in TABLE_FILES},
        directory=str(root),
    )


def load_reference(directory: str | Path | None = None) -> ReferenceTables:
    """Load (once per directory) the reference tables; ``None`` means the packaged build."""
    return _load(str(Path(directory) if directory else default_reference_dir()))
