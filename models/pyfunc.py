"""The MLflow pyfunc wrapper: one logged model carrying the whole TriageModel directory.

MLflow loads pickled code: load models only from the configured registry, never from a path
or URI supplied by a request.
"""

from __future__ import annotations

import json
from typing import Any

import mlflow.pyfunc

from features.schema import Application

ARTIFACT_KEY = "triage_model"


class TriagePyfunc(mlflow.pyfunc.PythonModel):
    """``predict`` takes applications (dicts, JSON strings, or a DataFrame column ``application``)."""

    def load_context(self, context) -> None:
        from models.store import build_runtime, load_model

        self.model = load_model(context.artifacts[ARTIFACT_KEY])
        self.ctx = build_runtime(self.model)

    def predict(self, context, model_input: Any, params: dict | None = None) -> list[dict]:
        records = _records(model_input)
        apps = [Application.model_validate(r) for r in records]
        decisions = self.model.decide(apps, self.ctx, model_ref=(params or {}).get("model_ref"))
        return [d.model_dump(mode="json") for d in decisions]


def _records(model_input: Any) -> list[dict]:
    if hasattr(model_input, "to_dict") and hasattr(model_input, "columns"):
        column = "application" if "application" in model_input.columns else model_input.columns[0]
        values = list(model_input[column])
    elif isinstance(model_input, dict):
        values = [model_input]
    else:
        values = list(model_input)
    return [json.loads(v) if isinstance(v, str) else v for v in values]
