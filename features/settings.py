"""Typed configuration (environment variables prefixed ``TRIAGE_``), validated when built.

Nothing happens on import: build ``TriageSettings()`` where it is needed.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MODEL_NAME = "license-triage"


class TriageSettings(BaseSettings):
    """Where the product keeps its state and which components it uses."""

    model_config = SettingsConfigDict(env_prefix="TRIAGE_", frozen=True, extra="ignore")

    home: Path = Field(default=Path(".triage"), description="Tracking DB, artefacts, caches and audit DB live here.")
    reference_dir: Path | None = Field(default=None, description="A newer reference-table build; default: packaged.")
    embedding_model: str | None = Field(
        default=None, description="Local path of the sentence-transformer; default: the bundled all-MiniLM-L6-v2."
    )
    tracking_uri: str | None = Field(default=None, description="MLflow tracking URI; default sqlite:///<home>/mlflow.db.")
    registry_uri: str | None = Field(default=None, description="MLflow registry URI; default: the tracking URI.")
    registered_model: str = Field(default=MODEL_NAME, description="Registered model name.")
    experiment: str = Field(default="license-triage", description="MLflow experiment name.")
    database_url: str | None = Field(default=None, description="Audit store; default sqlite:///<home>/audit.db.")
    api_keys: SecretStr | None = Field(
        default=None, description='Bearer keys with roles: "submitter:KEY1,reviewer:KEY2,admin:KEY3".'
    )
    torch_threads: int = Field(default=2, ge=1, le=64, description="Torch intra-op threads per process.")
    encode_batch_size: int = Field(default=32, ge=1, le=4096)
    dev_cases: Path | None = Field(
        default=None, description="Labelled evaluation cases logged with every training run, when present."
    )

    @field_validator("home")
    @classmethod
    def _expand_home(cls, value: Path) -> Path:
        return value.expanduser()

    @property
    def resolved_tracking_uri(self) -> str:
        return self.tracking_uri or f"sqlite:///{self.home.resolve() / 'mlflow.db'}"

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home.resolve() / 'audit.db'}"

    @property
    def artifact_root(self) -> Path:
        return self.home / "artifacts"

    @property
    def embedding_cache_dir(self) -> Path:
        return self.home / "cache" / "embeddings"

    def resolved_dev_cases(self) -> Path | None:
        """The dev cases to evaluate on: configured, else ``../shared/data/dev_cases.jsonl`` if present."""
        if self.dev_cases:
            return self.dev_cases
        candidate = Path.cwd().parent / "shared" / "data" / "dev_cases.jsonl"
        return candidate if candidate.is_file() else None
