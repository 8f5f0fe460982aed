"""The pydantic application model against the JSON schema file (jsonschema as the oracle)."""

from __future__ import annotations

import copy

import jsonschema
import pytest
from pydantic import ValidationError

from features.schema import Application, LabelledApplication, error_details


def _mutate(doc: dict, path: str, value) -> dict:
    """Set (or delete, for value ``...``) the field at a dotted path with [i] indexes."""
    doc = copy.deepcopy(doc)
    parts = path.replace("[", ".").replace("]", "").split(".")
    target = doc
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    key = int(last) if last.isdigit() else last
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return doc


FULL = {
    "application_id": "LA-1",
    "submitted_at": "2026-01-02T03:04:05+01:00",
    "licence_type": "temporary",
    "applicant": {"name": "A", "country": "US", "years_exporting": 3, "prior_applications": 2,
                  "prior_violations": 0, "has_compliance_program": True},
    "items": [{"control_entry": "3A001.a.7", "description": "x", "quantity": 0.5, "unit_value_usd": 0}],
    "end_user": {"name": "B", "type": "military", "country": "PL", "address": "Warsaw"},
    "consignees": [{"name": "C", "role": "freight_forwarder", "country": "AE"}],
    "destination_country": "PL",
    "end_use": "y",
    "notes": "",
}

INVALID = [
    ("application_id", ...), ("application_id", ""), ("application_id", "x" * 65), ("application_id", 7),
    ("submitted_at", ...), ("licence_type", "permanent"), ("applicant", ...), ("applicant.name", ""),
    ("applicant.country", "us"), ("applicant.country", "USA"), ("applicant.years_exporting", -1),
    ("applicant.years_exporting", "3"), ("applicant.years_exporting", 2.5), ("applicant.prior_violations", True),
    ("applicant.has_compliance_program", "yes"), ("applicant.extra", 1), ("items", []),
    ("items", [FULL["items"][0]] * 51), ("items[0].control_entry", "3a001"), ("items[0].control_entry", "EAR-99"),
    ("items[0].control_entry", "3A01"), ("items[0].control_entry", "3A001.A"), ("items[0].control_entry", "3F001"),
    ("items[0].description", ""), ("items[0].description", "d" * 4001), ("items[0].quantity", 0),
    ("items[0].quantity", -2), ("items[0].quantity", "5"), ("items[0].unit_value_usd", -0.01),
    ("items[0].unit_value_usd", None), ("items[0].colour", "red"), ("end_user.type", "militia"),
    ("end_user.country", ...), ("end_user.address", "a" * 501), ("end_user.name", "n" * 301),
    ("consignees[0].role", "broker"), ("consignees", [FULL["consignees"][0]] * 21), ("destination_country", "P1"),
    ("end_use", ""), ("end_use", "e" * 8001), ("notes", "n" * 8001), ("notes", None), ("surprise", True),
]


@pytest.mark.parametrize("doc", [FULL, _mutate(FULL, "consignees", ...), _mutate(FULL, "notes", ...)])
def test_valid_documents_pass_both(doc, json_schema):
    jsonschema.validate(doc, json_schema)
    Application.model_validate(doc)


@pytest.mark.parametrize("path,value", INVALID, ids=[f"{p}={str(v)[:12]}" for p, v in INVALID])
def test_invalid_documents_fail_both_and_name_the_field(path, value, json_schema):
    doc = _mutate(FULL, path, value)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json_schema)
    with pytest.raises(ValidationError) as info:
        Application.model_validate(doc)
    fields = [d["field"] for d in error_details(info.value)]
    expected = path if value is not ... or "." not in path else path
    if path in ("items", "consignees") and isinstance(value, list) and value:
        expected = path
    assert any(f == expected or f.startswith(expected) for f in fields), (fields, expected)


def test_every_dev_case_validates(dev_rows):
    for row in dev_rows:
        LabelledApplication.model_validate(row)
        Application.model_validate(row["app"])


def test_dev_cases_pass_the_json_schema(dev_rows, json_schema):
    for row in dev_rows[:40]:
        jsonschema.validate(row["app"], json_schema)


def test_stricter_than_pattern_unassigned_country_code_is_refused(json_schema):
    doc = _mutate(FULL, "destination_country", "ZZ")
    jsonschema.validate(doc, json_schema)  # the pattern admits it ...
    with pytest.raises(ValidationError) as info:  # ... but ZZ names no country
        Application.model_validate(doc)
    assert error_details(info.value) == [
        {"field": "destination_country", "reason": "'ZZ' is not an assigned ISO 3166-1 alpha-2 country code"}
    ]


@pytest.mark.parametrize("bad", ["yesterday", "2026-06-16", "2026-06-16T14:48:00", 1718549280])
def test_submitted_at_must_be_a_zoned_datetime(bad):
    with pytest.raises(ValidationError) as info:
        Application.model_validate(_mutate(FULL, "submitted_at", bad))
    assert error_details(info.value)[0]["field"] == "submitted_at"


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_numbers_must_be_finite(number):
    with pytest.raises(ValidationError) as info:
        Application.model_validate(_mutate(FULL, "items[0].unit_value_usd", number))
    assert error_details(info.value)[0]["field"] == "items[0].unit_value_usd"


def test_defaults_fill_optional_fields(minimal_app):
    app = Application.model_validate(minimal_app)
    assert app.licence_type.value == "individual"
    assert app.consignees == [] and app.notes == ""
    assert app.applicant.prior_applications == 0 and app.applicant.has_compliance_program is False
    assert app.total_value_usd == pytest.approx(1200.0)


def test_errors_list_every_bad_field_with_a_reason():
    doc = _mutate(_mutate(FULL, "items[0].quantity", -1), "end_user.type", "alien")
    with pytest.raises(ValidationError) as info:
        Application.model_validate(doc)
    details = {d["field"]: d["reason"] for d in error_details(info.value)}
    assert set(details) == {"items[0].quantity", "end_user.type"}
    assert "greater than 0" in details["items[0].quantity"]
    assert "military" in details["end_user.type"]  # the reason lists the allowed values
