"""The triage policy's structured facts (POLICY.md, version 2026.1) as plain functions.

These are facts of the application and the reference tables: item sensitivity, destination
concern, their interaction, embargoes, end-user and applicant points. ``label_from_facts``
turns facts (including the text facts a reviewer reads: end-use category, red flags) into
the policy's tier and route. The generator labels history with it and the rule baseline
imitates it; the triage model itself learns tier and route from labelled history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from features.reference import ReferenceTables
from features.schema import Application

POLICY_VERSION = "2026.1"

#: Crime-control and surveillance items that send a D:5 case to human-rights review.
HUMAN_RIGHTS_ITEMS = frozenset(
    {"0A503", "0A504", "0A977", "0A978", "0A979", "0A982", "1A984", "3A981", "4A005", "4D004", "5A980", "9A980"}
)
WEAPONS_REASONS = ("NS", "MT", "NP", "CB")  # CB and CW count once
#: Reason -> destination group where it meets a matching concern.
CONCERN_GROUPS = {"NS": "D:1", "NP": "D:2", "CB": "D:3", "CW": "D:3", "MT": "D:4", "RS": "D:5", "CC": "D:5"}
#: The diversion red flags of section 4, by short name.
RED_FLAGS = (
    "evasive",               # evasive about the end use or re-export
    "line_of_business",      # item does not fit the buyer's line of business
    "unusual_payment",       # cash or unusual payment for an expensive item
    "declines_service",      # declines installation, training or warranty
    "forwarder_destination", # forwarder, trading house or PO box as final destination
    "roundabout_route",      # roundabout route or unexplained transshipment
    "rush_vague_dates",      # vague delivery dates or an unexplained rush
    "unfamiliar_buyer",      # unfamiliar with the item's performance, yet insists
    "capability_excess",     # capability far beyond the stated use or destination
    "packaging_mismatch",    # packaging or labelling inconsistent with item or mode
)
LOW_CONCERN_GROUPS = frozenset({"A:1", "A:5", "A:6"})
EMBARGO_GROUPS = frozenset({"E:1", "E:2"})
END_USER_POINTS = {
    "commercial": 0,
    "academic": 0,
    "government_civil": 1,
    "individual": 1,
    "police_security": 1,
    "unknown": 1,
    "military": 2,
}
HIGH_VALUE_USD = 5_000_000
STREAMLINE_VALUE_LIMIT_USD = 1_000_000


class EndUse(str, Enum):
    """End-use categories as the policy reads them from the text."""

    civil = "civil"
    vague = "vague"
    military = "military"
    surveillance = "surveillance"
    wmd = "wmd"


END_USE_POINTS = {EndUse.civil: 0, EndUse.vague: 1, EndUse.military: 2, EndUse.surveillance: 2}


def sensitivity(reasons: tuple[str, ...] | list[str]) -> int:
    """0 for none or AT only; 1 for other reasons only; 2 for one of NS/MT/NP/CB-CW; 3 for two or more."""
    weapons = {"CB" if r == "CW" else r for r in reasons if r in ("NS", "MT", "NP", "CB", "CW")}
    if len(weapons) >= 2:
        return 3
    if weapons:
        return 2
    return 1 if any(r != "AT" for r in reasons) else 0


def concern(reasons: tuple[str, ...] | list[str], groups: frozenset[str]) -> int:
    """2 when a reason meets its matching destination group; else 0 for A:1/A:5/A:6; else 1."""
    if any(CONCERN_GROUPS.get(r) in groups for r in reasons):
        return 2
    return 0 if groups & LOW_CONCERN_GROUPS else 1


def interaction(sensitivity_points: int, concern_points: int) -> int:
    return 2 if sensitivity_points >= 2 and concern_points == 2 else 0


def item_risk(reasons: tuple[str, ...] | list[str], groups: frozenset[str]) -> int:
    s, c = sensitivity(reasons), concern(reasons, groups)
    return s + c + interaction(s, c)


def applicant_points(app: Application) -> int:
    a = app.applicant
    if a.prior_violations > 0:
        return 1
    if a.has_compliance_program and a.years_exporting >= 5:
        return -1
    return 0


@dataclass(frozen=True)
class StructuredFacts:
    """Everything the policy reads from an application's fields and the reference tables."""

    item_risks: tuple[int, ...]
    item_sensitivities: tuple[int, ...]
    item_concerns: tuple[int, ...]
    item_reasons: tuple[tuple[str, ...], ...]
    destination_groups: frozenset[str]
    embargoed_parties: tuple[str, ...]  # "destination", "end_user", "consignee:<role>" with an E:1/E:2 country
    end_user_points: int
    applicant_points: int
    total_value_usd: float
    human_rights_item: bool
    d5_destination: bool
    police_end_user: bool
    first_time_applicant: bool

    @property
    def item_risk(self) -> int:
        return max(self.item_risks)

    @property
    def value_points(self) -> int:
        return 1 if self.total_value_usd > HIGH_VALUE_USD else 0

    @property
    def base_score(self) -> int:
        """The score without the text facts (end use, red flags)."""
        return self.item_risk + self.end_user_points + self.applicant_points + self.value_points

    @property
    def embargoed(self) -> bool:
        return bool(self.embargoed_parties)


def structured_facts(app: Application, tables: ReferenceTables) -> StructuredFacts:
    groups = tables.country_groups
    dest_groups = groups.of(app.destination_country)
    reasons = tuple(tables.control_list.reasons_for(i.control_entry) for i in app.items)
    sens = tuple(sensitivity(r) for r in reasons)
    conc = tuple(concern(r, dest_groups) for r in reasons)
    embargoed = []
    if dest_groups & EMBARGO_GROUPS:
        embargoed.append("destination")
    for role, _name, country in app.parties():
        if groups.of(country) & EMBARGO_GROUPS:
            embargoed.append(role)
    return StructuredFacts(
        item_risks=tuple(s + c + interaction(s, c) for s, c in zip(sens, conc)),
        item_sensitivities=sens,
        item_concerns=conc,
        item_reasons=reasons,
        destination_groups=dest_groups,
        embargoed_parties=tuple(embargoed),
        end_user_points=END_USER_POINTS[app.end_user.type.value],
        applicant_points=applicant_points(app),
        total_value_usd=app.total_value_usd,
        human_rights_item=any(i.control_entry.split(".")[0] in HUMAN_RIGHTS_ITEMS for i in app.items),
        d5_destination="D:5" in dest_groups,
        police_end_user=app.end_user.type.value == "police_security",
        first_time_applicant=app.applicant.prior_applications == 0,
    )


@dataclass(frozen=True)
class TextFacts:
    """What a reviewer reads from the free text."""

    end_use: EndUse
    red_flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class PolicyOutcome:
    tier: str
    route: str
    score: int | None
    triggers: tuple[str, ...] = field(default_factory=tuple)


def tier_for_score(score: int) -> str:
    return "low" if score <= 2 else "medium" if score <= 5 else "high"


def label_from_facts(facts: StructuredFacts, text: TextFacts, *, screening_hit: bool) -> PolicyOutcome:
    """The policy's tier and route for the given facts (sections 1 to 3 of POLICY.md)."""
    triggers = []
    if facts.embargoed:
        triggers.append("embargo")
    if screening_hit:
        triggers.append("screening")
    if text.end_use is EndUse.wmd:
        triggers.append("wmd_end_use")
    if len(set(text.red_flags)) >= 2:
        triggers.append("red_flags")
    if triggers:
        return PolicyOutcome("critical", "enforcement", None, tuple(triggers))
    score = facts.base_score + END_USE_POINTS[text.end_use] + (2 if text.red_flags else 0)
    tier = tier_for_score(score)
    return PolicyOutcome(tier, route_for_tier(tier, facts, text.end_use), score)


def route_for_tier(tier: str, facts: StructuredFacts, end_use: EndUse) -> str:
    """Section 3 of the policy: the route of a case of the given tier."""
    if tier == "critical":
        return "enforcement"
    if tier in ("medium", "high") and facts.d5_destination and (
        facts.human_rights_item or end_use is EndUse.surveillance or facts.police_end_user
    ):
        return "human_rights"
    if tier == "high":
        return "interagency"
    if tier == "medium":
        return "standard"
    if facts.first_time_applicant or facts.total_value_usd > STREAMLINE_VALUE_LIMIT_USD:
        return "standard"
    return "streamlined"
