"""Request bodies of the service's endpoints (one definition: the gate validates with them and
BentoML builds its OpenAPI document from them)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from features.schema import Application, Route, Tier

MAX_BATCH = 500


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


EXAMPLE_APPLICATION = {
    "application_id": "APP-2026-000123",
    "submitted_at": "2026-11-18T09:12:00Z",
    "applicant": {"name": "Meridian Photonics Inc.", "country": "US", "years_exporting": 12,
                  "prior_applications": 40, "prior_violations": 0, "has_compliance_program": True},
    "items": [{"control_entry": "6A003.b.4", "description": "Uncooled thermal imaging cameras for building inspection.",
               "quantity": 20, "unit_value_usd": 4200.0}],
    "end_user": {"name": "Nordhaus Bautechnik GmbH", "type": "commercial", "country": "DE"},
    "destination_country": "DE",
    "end_use": "Thermal surveys of insulation and heating losses in residential buildings.",
}


class TriageRequest(_Body):
    application: Application = Field(description="One licence application, exactly as in application.schema.json "
                                                 "(an example: EXAMPLE_APPLICATION in serving/contracts.py, and the README).")


class TriageBatchRequest(_Body):
    applications: list[Application] = Field(
        min_length=1, max_length=MAX_BATCH,
        description=f"Up to {MAX_BATCH} applications; decisions come back in the same order.",
    )


class Outcome(str, Enum):
    approved = "approved"
    approved_with_conditions = "approved_with_conditions"
    refused = "refused"
    returned = "returned"


ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class FeedbackRequest(_Body):
    application_id: ShortText = Field(description="The application the decision was made for.",
                                      examples=["APP-2026-000123"])
    decision_id: ShortText = Field(description="The decision the reviewer is responding to.",
                                   examples=["0b4c6f0e-3f7c-4a7e-9a53-2f1f0c7f5e11"])
    reviewer: ShortText = Field(description="Who reviewed the case.", examples=["j.smith"])
    final_tier: Tier = Field(description="The tier the reviewer settled on.")
    final_route: Route = Field(description="The route the case actually took.")
    outcome: Outcome = Field(description="What became of the application.")
    comment: Annotated[str, StringConstraints(max_length=5000)] | None = Field(
        default=None, description="Free-text reasons (kept with the labelled history).",
        examples=["Re-export condition added."],
    )


class ReloadRequest(_Body):
    model_uri: Annotated[str, StringConstraints(pattern=r"^models:/[A-Za-z0-9._-]+(@[A-Za-z0-9._-]+|/[0-9]+)$")] | None = Field(
        default=None, description="Registered model to load; default: the configured alias (champion).",
        examples=["models:/license-triage@champion"],
    )


BODIES: dict[str, type[_Body]] = {
    "/triage": TriageRequest,
    "/triage_batch": TriageBatchRequest,
    "/feedback": FeedbackRequest,
    "/admin/reload": ReloadRequest,
}
