"""Settings and keys as the service reads them (built when called, never on import)."""

from __future__ import annotations

import logging

from features.settings import TriageSettings
from serving.auth import KeyRing

log = logging.getLogger("license_triage.service")


def load_settings() -> TriageSettings:
    return TriageSettings()


def load_keyring(settings: TriageSettings) -> KeyRing:
    """Configured keys (TRIAGE_API_KEYS), else the keys file ``triage serve`` generated, else none (deny all)."""
    if settings.api_keys is not None and settings.api_keys.get_secret_value().strip():
        return KeyRing.parse(settings.api_keys.get_secret_value())
    if settings.api_keys_file.is_file():
        return KeyRing.parse(settings.api_keys_file.read_text(encoding="utf-8").strip())
    log.warning("no API keys configured (TRIAGE_API_KEYS): every protected endpoint answers 401")
    return KeyRing([])
