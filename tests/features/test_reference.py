"""Reference-table build (both screening-list formats) and lookups."""

from __future__ import annotations

import csv
import json

import pytest

from features.countries import code_for_name
from features.reference import load_reference
from features.reference.build import build_reference, parse_reasons, read_screening_source
from features.reference.tables import base_entry
from tests.conftest import SHARED


@pytest.mark.parametrize(
    "text,expected",
    [("NS, MT NP, AT", ("NS", "MT", "NP", "AT")), ("CC 1", ("CC",)), ("CW, AT.", ("CW", "AT")),
     ("AT, RS, foreign policy", ("RS", "AT", "FP")), ("MT and AT", ("MT", "AT")), (None, ())],
)
def test_reasons_parse_the_lists_irregular_prose(text, expected):
    assert parse_reasons(text) == expected


@pytest.mark.parametrize("name,code", [("China (PRC)", "CN"), ("Burma", "MM"), ("Korea, North", "KP"),
                                       ("Türkiye", "TR"), ("Cote d'lvoire", "CI"), ("Germany", "DE")])
def test_country_names_map_to_codes(name, code):
    assert code_for_name(name) == code


def test_packaged_tables_load():
    tables = load_reference()
    assert len(tables.control_list.reasons) == 633
    assert len(tables.screening) == 25921
    assert tables.country_groups.of("HK") == tables.country_groups.of("CN")
    assert {"E:1"} <= tables.country_groups.of("IR") and "E:2" in tables.country_groups.of("CU")
    assert "D:5" not in tables.country_groups.of("MO")  # Macau is not D:5
    assert set(tables.digests) == {"control_list.json", "country_groups.json", "screening_list.json.gz"}
    assert base_entry("3A001.a.7") == "3A001"


def test_packaged_tables_match_a_fresh_build_from_the_shared_snapshot(tmp_path):
    if not (SHARED / "reference" / "ccl.json").is_file():
        pytest.skip("shared reference snapshot not present")
    build_reference(SHARED / "reference", tmp_path)
    fresh = load_reference(tmp_path)
    assert fresh.digests == load_reference().digests


OFFICIAL_ROWS = [
    {"name": "Rosoboronexport OAO", "alt_names": ["ROSOBORONEKSPORT", "Rosoboronexport JSC"],
     "addresses": [{"address": "27 Stromynka", "city": "Moscow", "country": "RU"}],
     "source": "Specially Designated Nationals (SDN) - Treasury Department", "type": "Entity", "entity_number": "1"},
    {"name": "Beihang University", "alt_names": None, "addresses": [{"country": "CN"}, {"country": "CN"}],
     "source": "Entity List (EL) - Bureau of Industry and Security", "type": "Entity", "id": "x2"},
]


def test_reads_the_official_json_format(tmp_path):
    path = tmp_path / "consolidated.json"
    path.write_text(json.dumps({"total": 2, "results": OFFICIAL_ROWS}))
    parties = read_screening_source(path)
    assert parties[0]["name"] == "Rosoboronexport OAO" and parties[0]["list"] == "SDN"
    assert parties[0]["aliases"] == ["ROSOBORONEKSPORT", "Rosoboronexport JSC"] and parties[0]["countries"] == ["RU"]
    assert parties[1]["countries"] == ["CN"] and parties[1]["list"] == "EL"


def test_reads_the_official_csv_format(tmp_path):
    path = tmp_path / "consolidated.csv"
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["_id", "source", "entity_number", "type", "name", "addresses", "alt_names"])
        writer.writeheader()
        writer.writerow({"_id": "a", "source": OFFICIAL_ROWS[0]["source"], "entity_number": "1", "type": "Entity",
                         "name": "Rosoboronexport OAO", "addresses": "27 Stromynka, Moscow, , , RU",
                         "alt_names": "ROSOBORONEKSPORT; Rosoboronexport JSC"})
    parties = read_screening_source(path)
    assert parties == [{"id": "1", "name": "Rosoboronexport OAO", "aliases": ["ROSOBORONEKSPORT", "Rosoboronexport JSC"],
                        "countries": ["RU"], "list": "SDN", "type": "Entity"}]


def test_build_from_an_official_download_directory(tmp_path):
    if not (SHARED / "reference" / "ccl.json").is_file():
        pytest.skip("shared reference snapshot not present")
    src = tmp_path / "src"
    src.mkdir()
    for name in ("ccl.json", "country-groups.json"):
        (src / name).write_bytes((SHARED / "reference" / name).read_bytes())
    (src / "consolidated.json").write_text(json.dumps({"results": OFFICIAL_ROWS}))
    manifest = build_reference(src, tmp_path / "out")
    assert manifest["counts"]["listed_parties"] == 2 and manifest["screening_source"] == "consolidated.json"
    assert load_reference(tmp_path / "out").screening[0].list == "SDN"
