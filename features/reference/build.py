"""Build the compact reference tables from official-format sources.

Reads a directory holding:

- the control list (``ccl.json``: ``entries[].eccn`` and ``reasonForControl``);
- the country groups (``country-groups.json``: named countries per group);
- the consolidated screening list, in any of: the shared snapshot (``screening-list.json``,
  compact ``n``/``a``/``s``/``c`` fields), or trade.gov's own bulk download as JSON
  (``consolidated.json``: ``results[]`` with ``name``, ``alt_names``, ``addresses[].country``,
  ``source``...) or CSV (``consolidated.csv``, the same field names, ``;``-separated lists).

Only facts are kept: codes, reasons, group memberships, names, aliases, countries, list.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from features.countries import code_for_name, is_country_code
from features.reference.tables import (
    CONTROL_LIST_FILE,
    COUNTRY_GROUPS_FILE,
    MANIFEST_FILE,
    SCREENING_LIST_FILE,
    TABLE_FILES,
)

REASON_CODES = ("NS", "MT", "NP", "CB", "CW", "RS", "CC", "SL", "EI", "FC", "UN", "SI", "SS", "AT")
#: "foreign policy" controls in the list's prose are kept as their own reason, FP.
_FOREIGN_POLICY = re.compile(r"foreign\s+policy", re.IGNORECASE)
_SCREENING_CANDIDATES = ("screening-list.json", "consolidated.json", "consolidated.csv")


def parse_reasons(text: str | None) -> tuple[str, ...]:
    """``"NS, MT NP, AT."`` -> ``("NS", "MT", "NP", "AT")``; tolerant of the list's irregular prose."""
    if not text:
        return ()
    found: list[str] = []
    if _FOREIGN_POLICY.search(text):
        text = _FOREIGN_POLICY.sub(" ", text)
        found.append("FP")
    for token in re.findall(r"\b([A-Z]{2})\s?\d?\b", text):
        if token in REASON_CODES and token not in found:
            found.append(token)
    return tuple(sorted(found, key=lambda r: (REASON_CODES + ("FP",)).index(r)))


def build_control_list(source: dict[str, Any]) -> dict[str, Any]:
    entries = {e["eccn"]: list(parse_reasons(e.get("reasonForControl"))) for e in source["entries"]}
    return {"as_of": source.get("ecfrIssueDate", ""), "entries": dict(sorted(entries.items()))}


def build_country_groups(source: dict[str, Any]) -> dict[str, Any]:
    groups: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for group, members in source["groups"].items():
        for name in members:
            code = code_for_name(name)
            groups.setdefault(code, set()).add(group)
            names.setdefault(code, name)
    return {
        "as_of": source.get("ecfrIssueDate", ""),
        "groups": {code: sorted(gs) for code, gs in sorted(groups.items())},
        "names": dict(sorted(names.items())),
    }


def _list_code(source_name: str) -> str:
    """``"Entity List (EL) - Bureau of Industry and Security"`` -> ``"EL"``."""
    match = re.search(r"\(([^()]+)\)", source_name)
    return (match.group(1) if match else source_name).strip()


def _clean_countries(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for value in values:
        code = (value or "").strip().upper()
        if len(code) == 2 and is_country_code(code) and code not in out:
            out.append(code)
    return out


def _split_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).split(";") if part.strip()]


def _party(pid: str, name: str, aliases: list[str], countries: list[str], lst: str, kind: str) -> dict:
    aliases = [a for a in dict.fromkeys(aliases) if a and a != name]
    return {"id": pid, "name": name, "aliases": aliases, "countries": countries, "list": lst, "type": kind}


def _from_snapshot(data: dict[str, Any]) -> list[dict]:
    sources = data["tables"]["sources"]
    return [
        _party(
            str(row.get("e") or i), row["n"], _split_list(row.get("a")), _clean_countries(row.get("c") or []),
            _list_code(sources[row["s"]]), row.get("t") or "",
        )
        for i, row in enumerate(data["entries"])
    ]


def _official_row(i: int, row: dict[str, Any]) -> dict:
    addresses = row.get("addresses") or []
    if isinstance(addresses, str):  # CSV: "street, city, state, postcode, CC; ..."
        countries = [part.split(",")[-1] for part in addresses.split(";")]
    else:
        countries = [a.get("country") for a in addresses if isinstance(a, dict)]
    for key in ("nationalities", "citizenships"):
        countries += _split_list(row.get(key))
    return _party(
        str(row.get("entity_number") or row.get("id") or row.get("_id") or i),
        str(row["name"]).strip(), _split_list(row.get("alt_names")), _clean_countries(countries),
        _list_code(str(row.get("source") or "")), str(row.get("type") or ""),
    )


def read_screening_source(path: Path) -> list[dict]:
    """Read a screening list in the snapshot format or trade.gov's JSON or CSV format."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [_official_row(i, row) for i, row in enumerate(csv.DictReader(handle)) if row.get("name")]
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and "fieldKey" in data and "tables" in data:
        return _from_snapshot(data)
    rows = data.get("results", data) if isinstance(data, dict) else data
    return [_official_row(i, row) for i, row in enumerate(rows) if row.get("name")]


def _find_screening(source_dir: Path) -> Path:
    for name in _SCREENING_CANDIDATES:
        if (source_dir / name).is_file():
            return source_dir / name
    raise FileNotFoundError(f"no screening list in {source_dir} (looked for {', '.join(_SCREENING_CANDIDATES)})")


def _write_json(path: Path, payload: Any) -> None:
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")


def build_reference(source_dir: Path, out_dir: Path) -> dict[str, Any]:
    """Build every table from ``source_dir`` into ``out_dir``; return the manifest written."""
    source_dir, out_dir = Path(source_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    control = build_control_list(json.loads((source_dir / "ccl.json").read_text(encoding="utf-8")))
    groups = build_country_groups(json.loads((source_dir / "country-groups.json").read_text(encoding="utf-8")))
    screening_path = _find_screening(source_dir)
    parties = read_screening_source(screening_path)
    _write_json(out_dir / CONTROL_LIST_FILE, control)
    _write_json(out_dir / COUNTRY_GROUPS_FILE, groups)
    raw = json.dumps({"source": screening_path.name, "entries": parties}, ensure_ascii=False, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(raw.encode("utf-8"))
    (out_dir / SCREENING_LIST_FILE).write_bytes(buffer.getvalue())
    manifest = {
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "control_list_as_of": control["as_of"],
        "country_groups_as_of": groups["as_of"],
        "screening_source": screening_path.name,
        "counts": {"control_entries": len(control["entries"]), "countries": len(groups["groups"]), "listed_parties": len(parties)},
        "digests": {name: hashlib.sha256((out_dir / name).read_bytes()).hexdigest() for name in TABLE_FILES},
    }
    _write_json(out_dir / MANIFEST_FILE, manifest)
    return manifest
