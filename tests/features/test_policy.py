"""Policy facts on known cases (POLICY.md section 2) and the label function (sections 1 and 3)."""

from __future__ import annotations

import pytest

from features.policy import (
    EndUse,
    TextFacts,
    concern,
    interaction,
    item_risk,
    label_from_facts,
    sensitivity,
    structured_facts,
)
from features.reference import load_reference
from features.schema import Application


@pytest.fixture(scope="module")
def tables():
    return load_reference()


@pytest.mark.parametrize(
    "entry,country,sens,conc,inter",
    [
        ("3A001", "CN", 3, 2, 2),   # NS+MT+NP; NS meets D:1 -> 7
        ("1C351", "IN", 2, 0, 0),   # CB/CW count once; India is in A:1
        ("EAR99", "DE", 0, 0, 0),
        ("0A982", "VE", 1, 2, 0),   # CC only -> 1; CC meets D:5
        ("3A090", "HK", 1, 2, 0),   # Hong Kong takes China's groups: RS meets D:5
        ("5A002", "BR", 2, 1, 0),   # NS; Brazil in no D group and not in A:1/A:5/A:6
        ("3A001.a.7", "CN", 3, 2, 2),  # a paragraph takes its entry's reasons
    ],
)
def test_item_facts_on_known_cases(tables, entry, country, sens, conc, inter):
    reasons = tables.control_list.reasons_for(entry)
    groups = tables.country_groups.of(country)
    assert sensitivity(reasons) == sens
    assert concern(reasons, groups) == conc
    assert interaction(sens, conc) == inter
    assert item_risk(reasons, groups) == sens + conc + inter


@pytest.mark.parametrize(
    "reasons,expected",
    [((), 0), (("AT",), 0), (("RS", "AT"), 1), (("FP",), 1), (("NS",), 2), (("CB", "CW"), 2), (("NS", "MT"), 3)],
)
def test_sensitivity_levels(reasons, expected):
    assert sensitivity(reasons) == expected


def test_unknown_entry_is_an_error_not_unlisted(tables):
    with pytest.raises(KeyError):
        tables.control_list.reasons_for("2C001")


def _facts(tables, app_dict):
    return structured_facts(Application.model_validate(app_dict), tables)


def test_embargoed_destination_or_party_is_critical(tables, minimal_app):
    minimal_app["destination_country"] = "IR"
    facts = _facts(tables, minimal_app)
    assert facts.embargoed_parties == ("destination",)
    out = label_from_facts(facts, TextFacts(EndUse.civil), screening_hit=False)
    assert (out.tier, out.route) == ("critical", "enforcement")
    minimal_app["destination_country"] = "DE"
    minimal_app["consignees"] = [{"name": "X", "role": "intermediate", "country": "CU"}]
    assert _facts(tables, minimal_app).embargoed_parties == ("consignee:intermediate",)


def test_routine_case_is_low_and_streamlined_only_for_known_applicants(tables, minimal_app):
    minimal_app["applicant"].update(prior_applications=12, years_exporting=6, has_compliance_program=True)
    facts = _facts(tables, minimal_app)
    assert facts.base_score == -1
    assert label_from_facts(facts, TextFacts(EndUse.civil), screening_hit=False).route == "streamlined"
    minimal_app["applicant"]["prior_applications"] = 0
    out = label_from_facts(_facts(tables, minimal_app), TextFacts(EndUse.civil), screening_hit=False)
    assert (out.tier, out.route) == ("low", "standard")


def test_one_red_flag_adds_two_two_flags_are_critical(tables, minimal_app):
    minimal_app["applicant"]["prior_applications"] = 5
    facts = _facts(tables, minimal_app)
    one = label_from_facts(facts, TextFacts(EndUse.vague, ("evasive",)), screening_hit=False)
    assert one.score == facts.base_score + 1 + 2 and one.tier == "medium"
    two = label_from_facts(facts, TextFacts(EndUse.civil, ("evasive", "unusual_payment")), screening_hit=False)
    assert two.tier == "critical" and "red_flags" in two.triggers


def test_wmd_end_use_and_screening_hit_are_critical(tables, minimal_app):
    facts = _facts(tables, minimal_app)
    assert label_from_facts(facts, TextFacts(EndUse.wmd), screening_hit=False).route == "enforcement"
    assert label_from_facts(facts, TextFacts(EndUse.civil), screening_hit=True).tier == "critical"


def test_d5_surveillance_goes_to_human_rights(tables, minimal_app):
    minimal_app.update(destination_country="VE")
    minimal_app["end_user"].update(type="police_security", country="VE")
    minimal_app["items"][0]["control_entry"] = "0A982"
    facts = _facts(tables, minimal_app)
    assert facts.human_rights_item and facts.d5_destination and facts.police_end_user
    out = label_from_facts(facts, TextFacts(EndUse.surveillance), screening_hit=False)
    assert out.tier == "high" and out.route == "human_rights"


def test_high_value_adds_a_point(tables, minimal_app):
    base = _facts(tables, minimal_app).base_score
    minimal_app["items"][0]["unit_value_usd"] = 600_000.0  # 10 x 600k = 6M
    assert _facts(tables, minimal_app).base_score == base + 1
