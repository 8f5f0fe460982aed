"""Bearer API keys with roles, compared in constant time; default deny.

Keys come from ``TRIAGE_API_KEYS="submitter:KEY1,reviewer:KEY2,admin:KEY3"`` (several keys per
role allowed), or from the keys file ``triage serve`` writes when none are configured. Roles are
ordered: a reviewer may do what a submitter may, an admin what a reviewer may.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import IntEnum


class Role(IntEnum):
    submitter = 1
    reviewer = 2
    admin = 3


class KeyConfigError(ValueError):
    """The API-key configuration cannot be parsed."""


@dataclass(frozen=True)
class Verdict:
    role: Role | None  # None: no valid key
    reason: str  # why it was refused ("" when a key matched)


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8")).digest()


class KeyRing:
    """Holds SHA-256 digests of the configured keys (never the keys themselves)."""

    def __init__(self, entries: list[tuple[Role, str]]) -> None:
        self._entries = [(role, _digest(key)) for role, key in entries]

    @classmethod
    def parse(cls, spec: str | None) -> "KeyRing":
        entries: list[tuple[Role, str]] = []
        for n, part in enumerate(p.strip() for p in (spec or "").split(",")):
            if not part:
                continue
            role_name, sep, key = part.partition(":")
            role_name, key = role_name.strip(), key.strip()
            if not sep or not key:
                raise KeyConfigError(f"API key entry {n + 1} is not 'role:key'")
            if role_name not in Role.__members__:
                raise KeyConfigError(f"API key entry {n + 1}: unknown role {role_name!r} (submitter, reviewer, admin)")
            if len(key) < 16:
                raise KeyConfigError(f"API key entry {n + 1} ({role_name}): keys must be at least 16 characters")
            entries.append((Role[role_name], key))
        return cls(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def identify(self, presented: str | None) -> Verdict:
        """The role of a presented key; every configured key is compared (constant time)."""
        if not self._entries:
            return Verdict(None, "no API keys are configured on this service")
        if not presented:
            return Verdict(None, "missing API key: send 'Authorization: Bearer <key>'")
        probe = _digest(presented)
        found: Role | None = None
        for role, digest in self._entries:
            if hmac.compare_digest(probe, digest) and (found is None or role > found):
                found = role
        return Verdict(found, "" if found else "unknown API key")


def bearer_token(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, else None."""
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
