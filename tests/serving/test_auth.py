"""API keys and roles: parsing, identification, default deny."""

from __future__ import annotations

import stat

import pytest

from features.settings import ensure_keys_file, keys_by_role
from serving.auth import KeyConfigError, KeyRing, Role, bearer_token

SUB, REV, ADM = "s" * 20, "r" * 20, "a" * 20


def ring() -> KeyRing:
    return KeyRing.parse(f"submitter:{SUB}, reviewer:{REV},admin:{ADM}")


def test_each_key_has_its_role():
    keys = ring()
    assert keys.identify(SUB).role is Role.submitter
    assert keys.identify(REV).role is Role.reviewer
    assert keys.identify(ADM).role is Role.admin
    assert Role.submitter < Role.reviewer < Role.admin


@pytest.mark.parametrize("presented", [None, "", "x" * 20, SUB + " ", SUB[:-1]])
def test_unknown_or_missing_keys_have_no_role(presented):
    verdict = ring().identify(presented)
    assert verdict.role is None and verdict.reason


def test_no_configured_keys_denies_everything():
    verdict = KeyRing.parse(None).identify(SUB)
    assert verdict.role is None and "no API keys" in verdict.reason


@pytest.mark.parametrize("spec, fragment", [
    ("submitter", "role:key"), ("boss:" + "k" * 20, "unknown role"), ("reviewer:short", "16 characters"),
])
def test_bad_configuration_is_refused_with_the_reason(spec, fragment):
    with pytest.raises(KeyConfigError, match=fragment):
        KeyRing.parse(spec)


def test_the_ring_does_not_hold_keys_in_clear():
    keys = ring()
    assert SUB not in repr(vars(keys)) and REV not in repr(vars(keys))


@pytest.mark.parametrize("header, token", [
    ("Bearer abc", "abc"), ("bearer  abc ", "abc"), ("Basic abc", None), ("Bearer", None), (None, None), ("abc", None),
])
def test_bearer_header(header, token):
    assert bearer_token(header) == token


def test_generated_keys_file_is_private_and_reused(tmp_path):
    path = tmp_path / "home" / "api_keys"
    spec = ensure_keys_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert ensure_keys_file(path) == spec
    keys = keys_by_role(spec)
    assert set(keys) == {"submitter", "reviewer", "admin"}
    assert KeyRing.parse(spec).identify(keys["reviewer"]).role is Role.reviewer
