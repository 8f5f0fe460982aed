"""Structured features from the reference tables."""

from __future__ import annotations

import copy

import pytest

from features.pipeline import STRUCTURED_NAMES, prepare, structured_matrix
from features.reference import load_reference
from features.schema import Application
from features.screening import ScreeningIndex


@pytest.fixture(scope="module")
def context():
    tables = load_reference()
    return tables, ScreeningIndex.from_parties(tables.screening)


def _feature(context, app: dict, name: str) -> float:
    tables, index = context
    row = structured_matrix(prepare([Application.model_validate(app)], tables, index), tables)[0]
    return float(row[STRUCTURED_NAMES.index(name)])


def test_human_rights_route_facts_need_a_d5_destination_and_an_item_or_police_user(context, minimal_app):
    crime_control = copy.deepcopy(minimal_app)
    crime_control.update(destination_country="VE")
    crime_control["end_user"]["country"] = "VE"
    crime_control["items"][0]["control_entry"] = "0A982"
    assert _feature(context, crime_control, "d5_crime_control_or_police") == 1.0

    police = copy.deepcopy(crime_control)
    police["items"][0]["control_entry"] = "EAR99"
    assert _feature(context, police, "d5_crime_control_or_police") == 0.0
    police["end_user"]["type"] = "police_security"
    assert _feature(context, police, "d5_crime_control_or_police") == 1.0

    elsewhere = copy.deepcopy(crime_control)
    elsewhere.update(destination_country="DE")
    elsewhere["end_user"]["country"] = "DE"
    assert _feature(context, elsewhere, "d5_crime_control_or_police") == 0.0
