"""Application -> features, one code path for training and serving.

``prepare`` reads each application once: its policy facts from the reference tables, the best
screening match of every party, and its text segments. ``structured_matrix`` turns the facts
into numbers; the text side (``features.text_heads``) turns segment embeddings into pooled
sentence-head scores.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from features.policy import StructuredFacts, structured_facts
from features.reference import ReferenceTables
from features.schema import Application
from features.screening import PartyHit, ScreeningIndex, best_matches
from features.text import Segment, segments

GROUPS = ("A:1", "A:5", "A:6", "B", "D:1", "D:2", "D:3", "D:4", "D:5", "E:1", "E:2")
END_USER_TYPES = ("commercial", "academic", "government_civil", "military", "police_security", "individual", "unknown")
REASONS = ("NS", "MT", "NP", "CB", "RS", "CC", "FP", "UN", "FC", "SL", "EI", "SI", "SS", "AT")
ROLES = ("intermediate", "ultimate", "freight_forwarder")


@dataclass(frozen=True)
class PreparedApplication:
    app: Application
    facts: StructuredFacts
    screening: tuple[PartyHit, ...]  # every party with its best match, whatever the score
    segments: tuple[Segment, ...]

    @property
    def max_screening_score(self) -> float:
        return max((s.score for s in self.screening), default=0.0)


def screen_application(app: Application, index: ScreeningIndex | None) -> tuple[PartyHit, ...]:
    """Best match per party (end user and consignees)."""
    if index is None:
        return tuple(PartyHit(role, name, country, None) for role, name, country in app.parties())
    return tuple(best_matches(index, app.parties()))


class UnknownControlEntry(ValueError):
    """Applications name control entries the reference control list does not hold."""

    def __init__(self, errors: list[dict[str, str]]) -> None:
        self.errors = errors  # [{"field": "[0].items[1].control_entry", "reason": ...}] (index into the batch)
        super().__init__("; ".join(f"{e['field']}: {e['reason']}" for e in errors))


def check_control_entries(apps: Sequence[Application], tables: ReferenceTables) -> None:
    """Refuse entries missing from the control list (never guess their reasons for control)."""
    errors = [
        {"field": f"[{a}].items[{i}].control_entry",
         "reason": f"{item.control_entry!r} is not on the control list (reference tables of {tables.control_list.as_of or 'this build'})"}
        for a, app in enumerate(apps) for i, item in enumerate(app.items)
        if item.control_entry not in tables.control_list
    ]
    if errors:
        raise UnknownControlEntry(errors)


def prepare(apps: Sequence[Application], tables: ReferenceTables,
            screening_index: ScreeningIndex | None) -> list[PreparedApplication]:
    """Facts, screening and text segments per application (UnknownControlEntry for unlisted codes)."""
    check_control_entries(apps, tables)
    return [
        PreparedApplication(app, structured_facts(app, tables), screen_application(app, screening_index), tuple(segments(app)))
        for app in apps
    ]


# Each structured feature with the application field it comes from (for grouped explanations).
STRUCTURED_FEATURES: tuple[tuple[str, str], ...] = (
    *((f"reason_{r}", "items.control_entry") for r in REASONS),
    ("ear99_only", "items.control_entry"),
    ("max_sensitivity", "items.control_entry"),
    ("max_concern", "destination_country"),
    ("max_item_risk", "items.control_entry"),
    ("max_interaction", "items.control_entry"),
    ("n_items", "items.control_entry"),
    ("human_rights_item", "items.control_entry"),
    ("d5_crime_control_or_police", "destination_country"),
    *((f"dest_{g}", "destination_country") for g in GROUPS),
    ("dest_no_group", "destination_country"),
    ("embargoed_party", "destination_country"),
    *((f"end_user_{t}", "end_user.type") for t in END_USER_TYPES),
    ("end_user_points", "end_user.type"),
    ("end_user_abroad", "end_user.country"),
    ("years_exporting_log", "applicant"),
    ("prior_applications_log", "applicant"),
    ("first_time_applicant", "applicant"),
    ("prior_violations", "applicant"),
    ("compliance_program", "applicant"),
    ("applicant_points", "applicant"),
    ("total_value_log10", "items.value"),
    ("value_over_1m", "items.value"),
    ("value_over_5m", "items.value"),
    *((f"consignee_{r}", "consignees") for r in ROLES),
    ("consignee_third_country", "consignees"),
    ("consignee_concern_country", "consignees"),
    ("screening_end_user", "screening"),
    ("screening_consignee_max", "screening"),
    ("base_score", "items.control_entry"),
)
STRUCTURED_NAMES = tuple(name for name, _ in STRUCTURED_FEATURES)


COUNT_CAP = 10**6  # years, applications: larger counts are the same fact for the model
VALUE_CAP = 1e15  # USD


def structured_row(p: PreparedApplication, tables: ReferenceTables) -> list[float]:
    app, f = p.app, p.facts
    reasons = {("CB" if r == "CW" else r) for rs in f.item_reasons for r in rs}
    groups = f.destination_groups
    consignee_roles = [c.role.value for c in app.consignees]
    concern_groups = {"D:1", "D:2", "D:3", "D:4", "D:5", "E:1", "E:2"}
    total = min(f.total_value_usd, VALUE_CAP)  # the schema bounds neither factor: keep the features finite
    scores_by_role = {"end_user": 0.0, "consignee": 0.0}
    for s in p.screening:
        key = "end_user" if s.role == "end_user" else "consignee"
        scores_by_role[key] = max(scores_by_role[key], s.score)
    return [
        *(float(r in reasons) for r in REASONS),
        float(all(i.control_entry == "EAR99" for i in app.items)),
        float(max(f.item_sensitivities)),
        float(max(f.item_concerns)),
        float(f.item_risk),
        float(max(r - s - c for r, s, c in zip(f.item_risks, f.item_sensitivities, f.item_concerns))),
        float(len(app.items)),
        float(f.human_rights_item),
        float(f.d5_destination and (f.human_rights_item or f.police_end_user)),  # the human-rights route's facts
        *(float(g in groups) for g in GROUPS),
        float(not groups),
        float(f.embargoed),
        *(float(app.end_user.type.value == t) for t in END_USER_TYPES),
        float(f.end_user_points),
        float(app.end_user.country != app.destination_country),
        math.log1p(min(app.applicant.years_exporting, COUNT_CAP)),
        math.log1p(min(app.applicant.prior_applications, COUNT_CAP)),
        float(f.first_time_applicant),
        float(min(app.applicant.prior_violations, 5)),
        float(app.applicant.has_compliance_program),
        float(f.applicant_points),
        math.log10(1.0 + total),
        float(total > 1_000_000),
        float(total > 5_000_000),
        *(float(consignee_roles.count(r)) for r in ROLES),
        float(any(c.country not in (app.destination_country, app.applicant.country) for c in app.consignees)),
        float(any(tables.country_groups.of(c.country) & concern_groups for c in app.consignees)),
        scores_by_role["end_user"],
        scores_by_role["consignee"],
        float(f.base_score),
    ]


def structured_matrix(prepared: Sequence[PreparedApplication], tables: ReferenceTables) -> np.ndarray:
    if not prepared:
        return np.zeros((0, len(STRUCTURED_NAMES)), dtype=np.float32)
    return np.asarray([structured_row(p, tables) for p in prepared], dtype=np.float32)
