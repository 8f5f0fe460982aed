"""Prometheus metrics of the service (exported on /metrics by BentoML, across workers)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def instruments():
    """Created on first use (BentoML's metrics are bound to its multiprocess registry at start)."""
    import bentoml

    decisions = bentoml.metrics.Counter(
        name="triage_decisions", documentation="Decisions returned (and stored), by route and tier.",
        labelnames=["route", "tier"],
    )
    latency = bentoml.metrics.Histogram(
        name="triage_decision_seconds", documentation="Time to decide and store, by endpoint.",
        labelnames=["endpoint"], buckets=(0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.5, 5.0, 10.0, 30.0, 60.0),
    )
    refusals = bentoml.metrics.Counter(
        name="triage_unavailable", documentation="Requests refused with 503 (no model, audit store down).",
        labelnames=["reason"],
    )
    feedback = bentoml.metrics.Counter(
        name="triage_feedback", documentation="Reviewer feedback stored, by outcome.", labelnames=["outcome"],
    )
    return {"decisions": decisions, "latency": latency, "refusals": refusals, "feedback": feedback}


def observe_decisions(decisions, endpoint: str, seconds: float) -> None:
    m = instruments()
    for d in decisions:
        m["decisions"].labels(route=d.route.value, tier=d.risk_tier.value).inc()
    m["latency"].labels(endpoint=endpoint).observe(seconds)


def observe_refusal(reason: str) -> None:
    instruments()["refusals"].labels(reason=reason).inc()


def observe_feedback(outcome: str) -> None:
    instruments()["feedback"].labels(outcome=outcome).inc()
