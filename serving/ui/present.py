"""Pure helpers for the reviewer pages: query validation, formatting, bars and evidence highlighting.

Nothing here touches the store or the request; everything is plain data in, plain data out, so the
templates stay simple and the logic is unit-testable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Mapping
from urllib.parse import urlencode

from features.schema import ROUTES, TIERS
from features.text import clean

PAGE_SIZE = 25
MAX_OFFSET = 10**9
GUARDRAIL_CHOICES = {"": None, "any": None, "yes": True, "no": False}
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_OFFSET = re.compile(r"^[0-9]{1,10}$")
_ITEM_FIELD = re.compile(r"^items\[(\d+)\]\.description$")

FEATURE_LABELS = {
    "items.control_entry": "Control entries",
    "items.value": "Total value",
    "destination_country": "Destination country",
    "end_user.type": "End-user type",
    "end_user.country": "End-user country",
    "applicant": "Applicant history",
    "consignees": "Consignees",
    "screening": "Screening",
    "end_use": "End-use text",
    "notes": "Notes text",
}
ROUTE_LABELS = {
    "streamlined": "Streamlined", "standard": "Standard", "interagency": "Interagency",
    "human_rights": "Human rights", "enforcement": "Enforcement",
}


# -- queue filters ------------------------------------------------------------------------------

@dataclass
class QueueFilters:
    """The queue's GET filters, validated; raw values are kept to re-fill the form."""

    route: str | None = None
    tier: str | None = None
    guardrail: bool | None = None
    date_from: date | None = None
    date_to: date | None = None
    offset: int = 0
    raw: dict[str, str] = field(default_factory=dict)

    def store_kwargs(self) -> dict[str, Any]:
        since = datetime.combine(self.date_from, time.min, tzinfo=timezone.utc) if self.date_from else None
        until = (datetime.combine(self.date_to + timedelta(days=1), time.min, tzinfo=timezone.utc)
                 if self.date_to else None)
        return {"route": self.route, "tier": self.tier, "guardrail": self.guardrail, "since": since,
                "until": until, "limit": PAGE_SIZE, "offset": self.offset}

    def params(self, **override: Any) -> dict[str, str]:
        """The non-empty filter parameters (as the form writes them), with overrides."""
        values = {
            "route": self.route or "",
            "tier": self.tier or "",
            "guardrail": {None: "", True: "yes", False: "no"}[self.guardrail],
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "offset": str(self.offset) if self.offset else "",
        }
        values.update({k: ("" if v is None else str(v)) for k, v in override.items()})
        if values.get("offset") == "0":
            values["offset"] = ""
        return {k: v for k, v in values.items() if v}

    def query(self, **override: Any) -> str:
        params = self.params(**override)
        return ("?" + urlencode(params)) if params else ""


def _parse_date(raw: str, label: str, errors: list[str]) -> date | None:
    if raw == "":
        return None
    if _DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    errors.append(f"{label}: {raw!r} is not a date; use the date picker or YYYY-MM-DD.")
    return None


def parse_filters(params: Mapping[str, str]) -> tuple[QueueFilters, list[str]]:
    """Validate the queue's query parameters; returns the filters and a list of error messages."""
    raw = {name: (params.get(name) or "").strip() for name in ("route", "tier", "guardrail", "from", "to", "offset")}
    f = QueueFilters(raw=raw)
    errors: list[str] = []
    if raw["route"]:
        if raw["route"] in ROUTES:
            f.route = raw["route"]
        else:
            errors.append(f"Route: {raw['route']!r} is not a route; choose one of {', '.join(ROUTES)}.")
    if raw["tier"]:
        if raw["tier"] in TIERS:
            f.tier = raw["tier"]
        else:
            errors.append(f"Tier: {raw['tier']!r} is not a risk tier; choose one of {', '.join(TIERS)}.")
    if raw["guardrail"].lower() in GUARDRAIL_CHOICES:
        f.guardrail = GUARDRAIL_CHOICES[raw["guardrail"].lower()]
    else:
        errors.append(f"Guardrail fired: {raw['guardrail']!r} is not one of any, yes, no.")
    f.date_from = _parse_date(raw["from"], "Decided from", errors)
    f.date_to = _parse_date(raw["to"], "Decided to", errors)
    if f.date_from and f.date_to and f.date_from > f.date_to:
        errors.append(f"Decided from ({f.date_from}) is after Decided to ({f.date_to}).")
    if raw["offset"]:
        if _OFFSET.fullmatch(raw["offset"]) and int(raw["offset"]) <= MAX_OFFSET:
            f.offset = int(raw["offset"])
        else:
            errors.append(f"Offset: {raw['offset'][:40]!r} is not a whole number from 0 to {MAX_OFFSET}.")
    return f, errors


def page_links(f: QueueFilters, total: int, shown: int) -> dict[str, Any]:
    """'Showing X–Y of N' and the previous/next queries (None where there is no such page)."""
    first = f.offset + 1 if shown else 0
    last = f.offset + shown
    prev_q = f.query(offset=max(0, f.offset - PAGE_SIZE)) if f.offset > 0 else None
    next_q = f.query(offset=f.offset + PAGE_SIZE) if f.offset + PAGE_SIZE < total else None
    return {"first": first, "last": last, "total": total, "prev": prev_q, "next": next_q,
            "first_page": f.query(offset=0) if f.offset else None}


# -- formatting ---------------------------------------------------------------------------------

def fmt_time(value: Any) -> str:
    """An ISO date-time as 'YYYY-MM-DD HH:MM UTC' (unparseable values are shown as given)."""
    if value in (None, ""):
        return "—"
    try:
        parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def fmt_percent(value: Any) -> str:
    try:
        return f"{100 * float(value):.1f}%"
    except (TypeError, ValueError):
        return "—"


def fmt_number(value: Any, digits: int = 2) -> str:
    try:
        return f"{float(value):.{digits}f}"
    except (TypeError, ValueError):
        return "—"


def fmt_signed(value: Any, digits: int = 3) -> str:
    try:
        return f"{float(value):+.{digits}f}"
    except (TypeError, ValueError):
        return "—"


def fmt_money(value: Any) -> str:
    try:
        return f"USD {float(value):,.2f}"
    except (TypeError, ValueError):
        return "—"


def width_class(fraction: Any) -> str:
    """A CSS class 'w-0' .. 'w-100' for a bar filling ``fraction`` (0..1) of its track."""
    try:
        x = float(fraction)
    except (TypeError, ValueError):
        return "w-0"
    if x != x:  # NaN
        return "w-0"
    return f"w-{round(100 * min(1.0, max(0.0, x)))}"


def route_label(route: Any) -> str:
    return ROUTE_LABELS.get(str(route), str(route))


def field_label(name: str) -> str:
    """A reader's name for a text field or factor group ('items[0].description' -> 'Item 1 description')."""
    match = _ITEM_FIELD.match(name)
    if match:
        return f"Item {int(match.group(1)) + 1} description"
    return FEATURE_LABELS.get(name, name)


# -- decision views -------------------------------------------------------------------------------

def probability_rows(probabilities: Mapping[str, Any] | None, order: tuple[str, ...], chosen: str | None) -> list[dict]:
    """One row per class in canonical order (then any unexpected keys): label, value text, bar class."""
    probabilities = probabilities or {}
    names = list(order) + [k for k in probabilities if k not in order]
    rows = []
    for name in names:
        value = probabilities.get(name, 0.0)
        rows.append({"name": name, "label": route_label(name) if name in ROUTES else str(name).capitalize(),
                     "value": value, "text": fmt_percent(value), "bar": width_class(value),
                     "chosen": name == chosen})
    return rows


def direction(contribution: float) -> str:
    return "up" if contribution > 0 else "down" if contribution < 0 else "flat"


def marker(contribution: float) -> str:
    return {"up": "▲", "down": "▼", "flat": "●"}[direction(contribution)]


def strength(contribution: float) -> int:
    """1 (weak) .. 3 (strong) by the size of a contribution (expected tier, 0..3)."""
    size = abs(contribution)
    return 3 if size >= 0.2 else 2 if size >= 0.05 else 1


def _float(value: Any) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return 0.0
    return 0.0 if x != x else x


def factor_rows(factors: list[dict] | None) -> list[dict]:
    """Factor contributions scaled to the largest one: each bar fills part of its half of the chart."""
    factors = factors or []
    scale = max((abs(_float(f.get("contribution"))) for f in factors), default=0.0) or 1.0
    rows = []
    for f in factors:
        c = _float(f.get("contribution"))
        rows.append({"feature": str(f.get("feature", "")), "label": field_label(str(f.get("feature", ""))),
                     "value": str(f.get("value", "")), "contribution": c, "text": fmt_signed(c),
                     "direction": direction(c), "marker": marker(c), "bar": width_class(abs(c) / scale)})
    return rows


def evidence_view(evidence: dict, number: int) -> dict:
    c = _float(evidence.get("contribution"))
    effect = "raises" if c > 0 else "lowers" if c < 0 else "does not change"
    return {"number": number, "field": str(evidence.get("field", "")), "label": field_label(str(evidence.get("field", ""))),
            "sentence": str(evidence.get("sentence", "")), "contribution": c, "text": fmt_signed(c),
            "direction": direction(c), "marker": marker(c), "strength": strength(c),
            "title": f"{effect.capitalize()} the risk: {fmt_signed(c)} (expected tier)", "effect": effect}


def text_fields(application: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field path, text) of the free text as submitted: item descriptions, end use, notes."""
    out = []
    for i, item in enumerate(application.get("items") or []):
        if isinstance(item, Mapping) and item.get("description"):
            out.append((f"items[{i}].description", str(item["description"])))
    if application.get("end_use"):
        out.append(("end_use", str(application["end_use"])))
    if application.get("notes"):
        out.append(("notes", str(application["notes"])))
    return out


def highlighted_text(application: Mapping[str, Any], evidence: list[dict] | None) -> tuple[list[dict], list[dict]]:
    """The free text split into plain and highlighted pieces, plus evidence that could not be placed.

    Evidence sentences are cleaned sentences of a field (``features.text``), so each is looked up in
    the field's cleaned text; the first occurrence not already highlighted is marked.
    """
    views = [evidence_view(e, n) for n, e in enumerate(evidence or [], start=1) if isinstance(e, Mapping)]
    placed: set[int] = set()
    blocks = []
    for name, raw in text_fields(application):
        text = clean(raw)
        spans: list[tuple[int, int, dict]] = []
        for view in views:
            if view["field"] != name or view["number"] in placed or not view["sentence"]:
                continue
            start = text.find(view["sentence"])
            while start >= 0 and any(start < e and start + len(view["sentence"]) > s for s, e, _ in spans):
                start = text.find(view["sentence"], start + 1)
            if start >= 0:
                spans.append((start, start + len(view["sentence"]), view))
                placed.add(view["number"])
        spans.sort(key=lambda s: s[0])
        pieces, at = [], 0
        for start, end, view in spans:
            if start > at:
                pieces.append({"text": text[at:start], "evidence": None})
            pieces.append({"text": text[start:end], "evidence": view})
            at = end
        if at < len(text):
            pieces.append({"text": text[at:], "evidence": None})
        blocks.append({"field": name, "label": field_label(name), "pieces": pieces,
                       "highlighted": len(spans)})
    unplaced = [v for v in views if v["number"] not in placed]
    return blocks, unplaced


def item_rows(application: Mapping[str, Any]) -> list[dict]:
    rows = []
    for i, item in enumerate(application.get("items") or [], start=1):
        if not isinstance(item, Mapping):
            continue
        quantity, unit = _float(item.get("quantity")), _float(item.get("unit_value_usd"))
        rows.append({"number": i, "control_entry": str(item.get("control_entry", "")),
                     "description": str(item.get("description", "")), "quantity": f"{quantity:g}",
                     "unit_value": fmt_money(unit), "line_value": fmt_money(quantity * unit)})
    return rows


def total_value(application: Mapping[str, Any]) -> str:
    total = 0.0
    for item in application.get("items") or []:
        if isinstance(item, Mapping):
            total += _float(item.get("quantity")) * _float(item.get("unit_value_usd"))
    return fmt_money(total)
