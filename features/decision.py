"""The decision object: what ``triage predict`` writes and the service returns (one definition)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from features.schema import Route, Tier


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Guardrail(_Out):
    rule: str = Field(description="embargo, screening_match, critical_threshold or streamline_threshold.", examples=["embargo"])
    detail: str = Field(description="Why the rule fired, in words.")


class ScreeningResult(_Out):
    party_role: str = Field(examples=["end_user"])
    party_name: str
    matched_name: str = Field(description="The listed name or alias that matched.")
    listed_name: str = Field(description="The listed entry's primary name.")
    list: str = Field(description="Source list, e.g. SDN, EL.", examples=["EL"])
    score: float = Field(ge=0, le=1)


class Factor(_Out):
    feature: str = Field(description="Application field the factor comes from.", examples=["destination_country"])
    value: str = Field(description="The application's value for it, in words.")
    contribution: float = Field(description="Signed change in the risk (expected tier, 0 low .. 3 critical).")


class TextEvidence(_Out):
    field: str = Field(examples=["notes"])
    sentence: str
    contribution: float = Field(description="Signed change in the risk when this sentence is removed, negated.")


class SimilarCase(_Out):
    application_id: str
    tier: Tier
    route: Route
    similarity: float


class Explanation(_Out):
    summary: str = Field(description="One plain sentence a reviewer can read.")
    factors: list[Factor]
    text_evidence: list[TextEvidence]
    similar_cases: list[SimilarCase]


class ModelRef(_Out):
    name: str
    version: str | None = None
    run_id: str | None = None


class Decision(_Out):
    application_id: str
    decision_id: str
    decided_at: datetime
    risk_tier: Tier
    route: Route
    risk_score: float = Field(ge=0, le=1, description="P(high or critical) from the model, before guardrails.")
    tier_probabilities: dict[str, float]
    route_probabilities: dict[str, float]
    streamlined: bool
    guardrails: list[Guardrail]
    screening: list[ScreeningResult]
    explanation: Explanation
    model: ModelRef
    policy_version: str
