"""Explanations from the model itself: grouped factor attributions, sentence occlusion, precedents.

Every attribution is a difference in the model's own risk (expected tier, 0 low .. 3 critical):
a group of structured features replaced by a typical training application's values, a text
field removed, or one sentence removed (its embedding is already computed, so occlusion costs
one pooled re-scoring, not a re-encoding). All perturbed rows of a batch are scored in one call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from features.pipeline import STRUCTURED_FEATURES
from features.text_heads import pool_one

if TYPE_CHECKING:  # pragma: no cover
    from models.triage import Featurized, TriageModel

MAX_OCCLUDED_SENTENCES = 60
MAX_EVIDENCE = 6
_ROUTE_WORDS = {
    "streamlined": "the streamlined lane", "standard": "standard review", "interagency": "interagency referral",
    "human_rights": "human-rights review", "enforcement": "the enforcement unit",
}


def _groups() -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for i, (_name, group) in enumerate(STRUCTURED_FEATURES):
        groups.setdefault(group, []).append(i)
    return groups


GROUPS = _groups()


def _money(value: float) -> str:
    return f"USD {value:,.0f}"


def field_value(p, group: str) -> str:
    """The application's own value for a factor group, in words."""
    app, f = p.app, p.facts
    if group == "items.control_entry":
        return "; ".join(
            f"{i.control_entry} ({', '.join(r) or 'no reasons'})" for i, r in zip(app.items, f.item_reasons)
        )
    if group == "destination_country":
        return f"{app.destination_country} ({', '.join(sorted(f.destination_groups)) or 'no country group'})"
    if group == "end_user.type":
        return app.end_user.type.value
    if group == "end_user.country":
        return app.end_user.country
    if group == "applicant":
        a = app.applicant
        return (f"{a.years_exporting} years exporting, {a.prior_applications} prior applications, "
                f"{a.prior_violations} violations, {'a' if a.has_compliance_program else 'no'} compliance programme")
    if group == "items.value":
        return _money(f.total_value_usd)
    if group == "consignees":
        return "; ".join(f"{c.role.value} in {c.country}" for c in app.consignees) or "none"
    if group == "screening":
        best = max(p.screening, key=lambda s: s.score, default=None)
        return f"best match {best.score:.2f} ({best.matched_name or 'none'})" if best else "no parties"
    return ""


def _summary(p, routed: dict, factors: list[dict], evidence: list[dict]) -> str:
    tier, route = routed["tier"], routed["route"]
    head = f"{tier.capitalize()} risk, routed to {_ROUTE_WORDS[route]}"
    fired = [g for g in routed["guardrails"] if g["rule"] in ("embargo", "screening_match")]
    if fired:
        return f"{head}: {fired[0]['detail'].rstrip('.')}."
    reasons = []
    for factor in factors[:3]:
        if factor["contribution"] > 0.05:
            reasons.append(f"{factor['feature']} ({factor['value'][:60]})")
    top_sentence = next((e for e in evidence if e["contribution"] > 0.05), None)
    if top_sentence:
        reasons.append(f"the {top_sentence['field']} sentence \"{top_sentence['sentence'][:90]}\"")
    rules = {g["rule"] for g in routed["guardrails"]}
    if "streamline_threshold" in rules:
        reasons.append("the risk of a high tier was too large for the fast lane")
    if "critical_threshold" in rules:
        reasons.append("the probability of a critical trigger was too large to skip the enforcement check")
    if not reasons:
        return f"{head}: nothing in the application raised the risk above a routine case."
    return f"{head}, mainly because of " + "; ".join(reasons) + "."


MIN_EVIDENCE = 0.005  # change in expected tier that counts as moving the risk
FALLBACK_EVIDENCE = 3


def explain_batch(model: "TriageModel", feats: "Featurized", routed: list[dict], *, explain: bool = True) -> list[dict]:
    n_struct = len(STRUCTURED_FEATURES)
    if not explain:
        return [{"summary": _summary(p, r, [], []), "factors": [], "text_evidence": [], "similar_cases": []}
                for p, r in zip(feats.prepared, routed)]
    rows, index = [], []  # perturbed feature rows and what each one removes
    for i, p in enumerate(feats.prepared):
        x = feats.X[i]
        for group, cols in GROUPS.items():
            row = x.copy()
            row[cols] = model.baseline[cols]
            rows.append(row)
            index.append((i, "group", group))
        a, b = feats.offsets[i], feats.offsets[i + 1]
        seg_fields = [s.field for s in p.segments]
        for fld in dict.fromkeys(seg_fields):
            keep = np.array([sf != fld for sf in seg_fields], dtype=bool)
            rows.append(np.concatenate([x[:n_struct], pool_one(feats.eu[a:b][keep], feats.fl[a:b][keep], feats.in_end_use[a:b][keep])]))
            index.append((i, "field", fld))
        for k in range(min(len(seg_fields), MAX_OCCLUDED_SENTENCES)):
            keep = np.ones(b - a, dtype=bool)
            keep[k] = False
            rows.append(np.concatenate([x[:n_struct], pool_one(feats.eu[a:b][keep], feats.fl[a:b][keep], feats.in_end_use[a:b][keep])]))
            index.append((i, "sentence", k))
    base = model.risk(feats.X)
    perturbed = model.risk(np.asarray(rows, dtype=np.float32)) if rows else np.zeros(0)
    factors: list[list[dict]] = [[] for _ in feats.prepared]
    evidence: list[list[dict]] = [[] for _ in feats.prepared]
    for (i, kind, key), value in zip(index, perturbed):
        p = feats.prepared[i]
        contribution = round(float(base[i] - value), 4)
        if kind == "group":
            factors[i].append({"feature": key, "value": field_value(p, key), "contribution": contribution})
        elif kind == "field":
            text = " ".join(s.text for s in p.segments if s.field == key)
            factors[i].append({"feature": key, "value": text[:160], "contribution": contribution})
        else:
            seg = p.segments[key]
            evidence[i].append({"field": seg.field, "sentence": seg.text, "contribution": contribution})
    neighbours = model.precedents.nearest(model.precedent_vectors(feats), k=3)
    out = []
    for i, p in enumerate(feats.prepared):
        fs = sorted(factors[i], key=lambda f: -abs(f["contribution"]))
        ranked = sorted(evidence[i], key=lambda e: -abs(e["contribution"]))
        # Sentences that moved the risk; when none did noticeably, still the few that moved it most.
        ev = [e for e in ranked if abs(e["contribution"]) >= MIN_EVIDENCE] or ranked[:FALLBACK_EVIDENCE]
        ev = ev[:MAX_EVIDENCE]
        similar = [
            {"application_id": model.precedents.ids[j], "tier": model.precedents.tiers[j],
             "route": model.precedents.routes[j], "similarity": round(sim, 4)}
            for j, sim in neighbours[i]
        ]
        out.append({"summary": _summary(p, routed[i], fs, ev), "factors": fs, "text_evidence": ev, "similar_cases": similar})
    return out
