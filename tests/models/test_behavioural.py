"""Behavioural tests of a trained model: invariance, direction, minimum functionality."""

from __future__ import annotations

import copy

import pytest

from features.schema import TIERS, Application

pytestmark = [pytest.mark.slow, pytest.mark.integration]

ROUTINE = {
    "application_id": "BT-1",
    "submitted_at": "2026-03-02T09:00:00Z",
    "applicant": {"name": "Granite Instruments Inc.", "country": "US", "years_exporting": 15,
                  "prior_applications": 120, "prior_violations": 0, "has_compliance_program": True},
    "items": [{"control_entry": "EAR99", "quantity": 40, "unit_value_usd": 85.0,
               "description": "Laboratory glassware: borosilicate beakers and volumetric flasks, boxed."}],
    "end_user": {"name": "Hofmann Analytik GmbH", "type": "commercial", "country": "DE"},
    "consignees": [],
    "destination_country": "DE",
    "end_use": "The glassware restocks the quality-control laboratory of a brewery in Munich, where it is used for routine wort and beer analysis.",
    "notes": "Incoterms FCA Chicago. Payment 30 days net by wire from the customer's bank. Repeat order of the same catalogue items.",
}


def _decide(champion, docs):
    return champion.model.predict_routes([Application.model_validate(d) for d in docs], champion.ctx)


def _with(doc, **changes):
    out = copy.deepcopy(doc)
    for path, value in changes.items():
        target = out
        parts = path.split("__")
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        target[parts[-1]] = value
    return out


def test_minimum_functionality_routine_case_is_low_and_streamlined(champion):
    (r,) = _decide(champion, [ROUTINE])
    assert (r["tier"], r["route"]) == ("low", "streamlined")


def test_invariance_renaming_a_commercial_end_user(champion):
    renamed = [_with(ROUTINE, end_user__name=n) for n in ("Brauerei Labor Service GmbH", "Weber Qualitätstechnik KG")]
    base, *others = _decide(champion, [ROUTINE, *renamed])
    for other in others:
        assert (other["tier"], other["route"]) == (base["tier"], base["route"])
        assert abs(other["risk_score"] - base["risk_score"]) < 0.05


def test_invariance_changing_incoterms(champion):
    variants = [_with(ROUTINE, notes=ROUTINE["notes"].replace("FCA Chicago", term)) for term in ("DAP Munich", "EXW Boston", "CIP Frankfurt")]
    base, *others = _decide(champion, [ROUTINE, *variants])
    assert all((o["tier"], o["route"]) == (base["tier"], base["route"]) for o in others)


@pytest.mark.parametrize("flag", [
    "The buyer insists on paying the full amount in cash when the goods are collected.",
    "The customer refused to say what the equipment is for or whether it will be re-exported.",
    "They asked us to mark the crates as kitchen furniture and to leave off our name and the model plates.",
])
def test_directional_adding_a_red_flag_never_lowers_the_tier(champion, flag):
    docs = [ROUTINE, _with(ROUTINE, notes=ROUTINE["notes"] + " " + flag)]
    base, flagged = _decide(champion, docs)
    assert TIERS.index(flagged["tier"]) >= TIERS.index(base["tier"])
    assert flagged["risk_score"] >= base["risk_score"] - 1e-6


@pytest.mark.parametrize("country", ["IR", "KP", "SY", "CU"])
def test_directional_embargoed_destination_always_routes_to_enforcement(champion, country):
    doc = _with(ROUTINE, destination_country=country, end_user__country=country)
    (r,) = _decide(champion, [doc])
    assert (r["tier"], r["route"]) == ("critical", "enforcement")
    assert r["guardrails"][0]["rule"] == "embargo"


def test_directional_ear99_to_3a001_for_china_raises_the_tier(champion):
    china = _with(ROUTINE, destination_country="CN", end_user__country="CN", end_user__name="Wuxi Hengda Electronics Co., Ltd.",
                  end_use="The parts go into the production line of a factory in Wuxi making industrial power supplies.")
    controlled = _with(china, items__0__control_entry="3A001.a.7",
                       items__0__description="Radiation-hardened microcircuits, 3A001.a.7, in ceramic packages.")
    low, high = _decide(champion, [china, controlled])
    assert TIERS.index(high["tier"]) > TIERS.index(low["tier"])


def test_minimum_functionality_screening_hit_goes_to_enforcement(champion):
    party = next(p for p in champion.ctx.tables.screening if p.name.upper().startswith("ROSOBORONEKSPORT"))
    doc = _with(ROUTINE, end_user__name=party.name.title(), end_user__country="RU", destination_country="RU")
    (r,) = _decide(champion, [doc])
    assert r["route"] == "enforcement" and any(g["rule"] == "screening_match" for g in r["guardrails"])


def test_minimum_functionality_explicit_weapons_programme_is_critical(champion):
    doc = _with(ROUTINE, destination_country="PK", end_user__country="PK", end_user__type="government_civil",
                end_user__name="Khan Research Directorate",
                end_use="The flasks will be used in the uranium enrichment cascade that produces weapons-grade material for the nuclear weapons programme.")
    (r,) = _decide(champion, [doc])
    assert r["tier"] in ("high", "critical") and r["route"] in ("enforcement", "interagency")
