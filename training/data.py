"""Read labelled history (the dev-case format) and application files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from features.schema import Application, LabelledApplication, error_details


class DataError(ValueError):
    """A history or input file has a bad line; the message names the line and the fields."""


def _lines(path: Path) -> Iterator[tuple[int, dict]]:
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{number}: not JSON ({exc.msg})") from exc


def read_history(path: str | Path) -> list[dict]:
    """Validated rows ``{"app", "label"[, "annotations"]}``; any bad row stops with its line and fields."""
    rows = []
    for number, obj in _lines(Path(path)):
        try:
            LabelledApplication.model_validate(obj)
        except ValidationError as exc:
            problems = "; ".join(f"{d['field']}: {d['reason']}" for d in error_details(exc))
            raise DataError(f"{path}:{number}: {problems}") from exc
        rows.append(obj)
    if not rows:
        raise DataError(f"{path}: no rows")
    return rows


def read_applications(path: str | Path) -> list[Application]:
    """Applications from JSONL lines that hold an application or ``{"app": ...}``."""
    apps = []
    for number, obj in _lines(Path(path)):
        body = obj.get("app", obj) if isinstance(obj, dict) else obj
        try:
            apps.append(Application.model_validate(body))
        except ValidationError as exc:
            problems = "; ".join(f"{d['field']}: {d['reason']}" for d in error_details(exc))
            raise DataError(f"{path}:{number}: {problems}") from exc
    return apps
