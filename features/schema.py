"""The one definition of a licence application (``application.schema.json``) and its labels.

The models accept exactly the JSON schema's documents, with two deliberate refinements that a
JSON schema pattern cannot express: country codes must be *assigned* ISO 3166-1 alpha-2 codes
(``ZZ`` passes ``^[A-Z]{2}$`` but names no country), and ``submitted_at`` must be an RFC 3339
date-time with a time-zone offset.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
)

from features.countries import is_country_code

CONTROL_ENTRY_PATTERN = r"^(EAR99|[0-9][A-E][0-9]{3}([.][a-z0-9]+)*)$"
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _iso_country(code: str) -> str:
    if not is_country_code(code):
        raise ValueError(f"{code!r} is not an assigned ISO 3166-1 alpha-2 country code")
    return code


def _rfc3339(value: Any) -> Any:
    if not isinstance(value, str) or not _RFC3339.match(value):
        raise ValueError("must be an RFC 3339 date-time with a time zone, e.g. 2026-06-16T14:48:00Z")
    return value


CountryCode = Annotated[
    StrictStr,
    Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code, e.g. DE", examples=["DE"]),
    AfterValidator(_iso_country),
]
Count = Annotated[StrictInt, Field(ge=0)]
Name = Annotated[StrictStr, Field(min_length=1, max_length=300)]
Text = StrictStr
Number = Annotated[float, Strict()]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LicenceType(str, Enum):
    individual = "individual"
    global_ = "global"
    deemed_export = "deemed_export"
    temporary = "temporary"


class EndUserType(str, Enum):
    commercial = "commercial"
    academic = "academic"
    government_civil = "government_civil"
    military = "military"
    police_security = "police_security"
    individual = "individual"
    unknown = "unknown"


class ConsigneeRole(str, Enum):
    intermediate = "intermediate"
    ultimate = "ultimate"
    freight_forwarder = "freight_forwarder"


class Tier(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"


class Route(str, Enum):
    streamlined = "streamlined"
    standard = "standard"
    interagency = "interagency"
    human_rights = "human_rights"
    enforcement = "enforcement"


TIERS: tuple[str, ...] = tuple(t.value for t in Tier)
ROUTES: tuple[str, ...] = tuple(r.value for r in Route)


class Applicant(_Strict):
    name: Name = Field(description="Exporter's legal name.")
    country: CountryCode
    years_exporting: Count = 0
    prior_applications: Count = 0
    prior_violations: Count = 0
    has_compliance_program: StrictBool = False


class Item(_Strict):
    control_entry: Text = Field(
        pattern=CONTROL_ENTRY_PATTERN,
        description="Control-list entry (e.g. 3A001, 3A001.a.7) or EAR99 for an unlisted item.",
        examples=["3A001.a.7", "EAR99"],
    )
    description: Text = Field(min_length=1, max_length=4000, description="What the goods are.")
    quantity: Number = Field(gt=0, allow_inf_nan=False, description="Number of units (> 0).")
    unit_value_usd: Number = Field(ge=0, allow_inf_nan=False, description="Value per unit in USD.")

    @property
    def value_usd(self) -> float:
        return self.quantity * self.unit_value_usd


class EndUser(_Strict):
    name: Name
    type: EndUserType
    country: CountryCode
    address: Text | None = Field(default=None, max_length=500)


class Consignee(_Strict):
    name: Name
    role: ConsigneeRole
    country: CountryCode


class Application(_Strict):
    """One export-licence application as it reaches triage."""

    application_id: Text = Field(min_length=1, max_length=64, examples=["LA-0700077"])
    submitted_at: Annotated[AwareDatetime, BeforeValidator(_rfc3339)] = Field(
        description="RFC 3339 date-time with time zone.", examples=["2026-06-16T14:48:00Z"]
    )
    licence_type: LicenceType = LicenceType.individual
    applicant: Applicant
    items: list[Item] = Field(min_length=1, max_length=50)
    end_user: EndUser
    consignees: list[Consignee] = Field(default_factory=list, max_length=20)
    destination_country: CountryCode
    end_use: Text = Field(min_length=1, max_length=8000, description="Stated end use, free text.")
    notes: Text = Field(default="", max_length=8000, description="Further free text.")

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"description": "Free text lives in items[].description, end_use and notes."},
    )

    @property
    def total_value_usd(self) -> float:
        return sum(item.value_usd for item in self.items)

    def parties(self) -> list[tuple[str, str, str]]:
        """(role, name, country) of the end user and every consignee: the parties screened."""
        out = [("end_user", self.end_user.name, self.end_user.country)]
        out += [(f"consignee:{c.role.value}", c.name, c.country) for c in self.consignees]
        return out


class Label(_Strict):
    tier: Tier
    route: Route


class LabelledApplication(_Strict):
    """One row of labelled history: ``{"app": {...}, "label": {"tier", "route"}}``.

    Generated history may also carry ``annotations``: the generator's latent facts per text
    segment, used to train the sentence-level text heads. A real export has none.
    """

    app: Application
    label: Label
    annotations: dict[str, Any] | None = None


def error_details(error: ValidationError) -> list[dict[str, str]]:
    """Each validation error as ``{"field": "items[0].quantity", "reason": "..."}``."""
    out = []
    for err in error.errors(include_url=False):
        path = ""
        for part in err["loc"]:
            if isinstance(part, int):
                path += f"[{part}]"
            elif part not in ("function-after[_iso_country(), constrained-str]",):
                path += f".{part}" if path else str(part)
        path = re.sub(r"\.(function-[a-z]+\[[^\]]*\]|constrained-str|str)(?=[.\[]|$)", "", path)
        reason = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            reason = "unknown field (not in the application schema)"
        elif err["type"] == "missing":
            reason = "required field is missing"
        out.append({"field": path or "(body)", "reason": reason})
    return out
