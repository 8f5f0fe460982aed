"""TriageModel: features + sentence heads + calibrated combiner + thresholds + guardrails -> Decision.

A decision is made here and nowhere else, so ``triage predict`` and the service always agree.
The learned part predicts a joint (tier, route) class with calibrated probabilities; tier and
route probabilities are its marginals. Guardrails for the critical triggers that need no
learning (an embargoed destination or party, a screening match) override the model and are
listed in the decision; the streamlined lane is closed whenever P(high or critical) reaches the
threshold chosen on validation history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Sequence

import numpy as np

from features.decision import Decision
from features.pipeline import STRUCTURED_NAMES, PreparedApplication, prepare, structured_matrix
from features.policy import POLICY_VERSION
from features.reference import ReferenceTables
from features.schema import ROUTES, TIERS, Application
from features.text_heads import TEXT_FEATURES, SentenceHeads, pool
from models.explain import explain_batch

HIGH_TIERS = ("high", "critical")


@dataclass
class RuntimeContext:
    """What a loaded model works with: the encoder, the reference tables and the screening index."""

    encoder: Any
    tables: ReferenceTables
    screening_index: Any


@dataclass
class Precedents:
    """Training applications for nearest-precedent look-up (unit vectors, float16)."""

    ids: list[str]
    tiers: list[str]
    routes: list[str]
    vectors: np.ndarray

    def nearest(self, query: np.ndarray, k: int = 3) -> list[list[tuple[int, float]]]:
        if not len(self.ids):
            return [[] for _ in range(len(query))]
        sims = query.astype(np.float32) @ self.vectors.astype(np.float32).T
        top = np.argsort(-sims, axis=1)[:, :k]
        return [[(int(j), float(sims[i, j])) for j in row] for i, row in enumerate(top)]


@dataclass
class Featurized:
    """A batch of applications as the model sees them."""

    prepared: list[PreparedApplication]
    X: np.ndarray
    eu: np.ndarray
    fl: np.ndarray
    in_end_use: np.ndarray
    offsets: list[int]
    embeddings: np.ndarray


@dataclass
class TriageModel:
    classes: tuple[str, ...]  # joint classes "tier/route"
    heads: SentenceHeads
    combiner: Any  # predict_proba over [structured | text] features
    streamline_threshold: float
    screening_threshold: float
    reference_digests: dict[str, str]
    encoder_identity: str
    baseline: np.ndarray  # a typical training application's features, for grouped attributions
    precedents: Precedents
    precedent_scale: np.ndarray = field(default_factory=lambda: np.ones(0))
    info: dict[str, Any] = field(default_factory=dict)
    enforcement_threshold: float = 1.0  # P(critical) at or above which a case goes to enforcement

    feature_names: tuple[str, ...] = STRUCTURED_NAMES + TEXT_FEATURES

    # -- features -------------------------------------------------------------------------
    def featurize(self, apps: Sequence[Application], ctx: RuntimeContext) -> Featurized:
        prepared = prepare(apps, ctx.tables, ctx.screening_index)
        return self.featurize_prepared(prepared, ctx)

    def featurize_prepared(self, prepared: list[PreparedApplication], ctx: RuntimeContext) -> Featurized:
        texts = [s.text for p in prepared for s in p.segments]
        offsets = [0]
        for p in prepared:
            offsets.append(offsets[-1] + len(p.segments))
        embeddings = ctx.encoder.encode(texts) if texts else np.zeros((0, ctx.encoder.dim), dtype=np.float32)
        eu = self.heads.end_use_proba(embeddings, texts)
        fl = self.heads.flag_proba(embeddings, texts)
        in_end_use = np.array([s.field == "end_use" for p in prepared for s in p.segments], dtype=bool)
        text = pool(eu, fl, in_end_use, offsets)
        X = np.hstack([structured_matrix(prepared, ctx.tables), text]).astype(np.float32)
        return Featurized(prepared, X, eu, fl, in_end_use, offsets, embeddings)

    # -- probabilities --------------------------------------------------------------------
    def joint_proba(self, X: np.ndarray) -> np.ndarray:
        return self.combiner.predict_proba(X)

    def marginals(self, joint: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        tiers = np.zeros((len(joint), len(TIERS)))
        routes = np.zeros((len(joint), len(ROUTES)))
        for j, cls in enumerate(self.classes):
            tier, route = cls.split("/")
            tiers[:, TIERS.index(tier)] += joint[:, j]
            routes[:, ROUTES.index(route)] += joint[:, j]
        return tiers, routes

    def risk(self, X: np.ndarray) -> np.ndarray:
        """Expected tier (0 low .. 3 critical): the quantity explanations attribute."""
        tiers, _ = self.marginals(self.joint_proba(X))
        return tiers @ np.arange(len(TIERS), dtype=float)

    # -- decisions ------------------------------------------------------------------------
    def route_cases(self, feats: Featurized, joint: np.ndarray) -> list[dict]:
        """Tier, route and guardrails for each application (no explanation)."""
        tiers_p, routes_p = self.marginals(joint)
        out = []
        for i, p in enumerate(feats.prepared):
            risk_score = float(tiers_p[i, TIERS.index("high")] + tiers_p[i, TIERS.index("critical")])
            tier, route = self.classes[int(np.argmax(joint[i]))].split("/")
            guardrails = []
            if p.facts.embargoed:
                countries = {"destination": p.app.destination_country}
                countries.update({role: country for role, _name, country in p.app.parties()})
                where = ", ".join(f"{role.replace('consignee:', 'consignee ')} {countries[role]}" for role in p.facts.embargoed_parties)
                guardrails.append({"rule": "embargo", "detail": f"Embargoed country (group E:1/E:2): {where}."})
            for s in p.screening:
                if s.score >= self.screening_threshold:
                    guardrails.append({
                        "rule": "screening_match",
                        "detail": f"{s.role.replace('consignee:', 'consignee ')} '{s.party_name}' matches '{s.matched_name}'"
                                  f" on the {s.list} list (score {s.score:.2f}).",
                    })
            p_critical = float(tiers_p[i, TIERS.index("critical")])
            if guardrails:
                tier, route = "critical", "enforcement"
            elif route != "enforcement" and p_critical >= self.enforcement_threshold:
                tier, route = "critical", "enforcement"
                guardrails.append({
                    "rule": "critical_threshold",
                    "detail": f"P(critical) = {p_critical:.3f} reaches the enforcement threshold "
                              f"{self.enforcement_threshold:.3f}: enforcement check before review.",
                })
            elif route == "streamlined" and risk_score >= self.streamline_threshold:
                route = "standard"
                guardrails.append({
                    "rule": "streamline_threshold",
                    "detail": f"P(high or critical) = {risk_score:.3f} reaches the streamlining threshold "
                              f"{self.streamline_threshold:.3f}: full review.",
                })
            out.append({
                "tier": tier, "route": route, "risk_score": risk_score, "guardrails": guardrails,
                "tier_probabilities": {t: round(float(tiers_p[i, k]), 6) for k, t in enumerate(TIERS)},
                "route_probabilities": {r: round(float(routes_p[i, k]), 6) for k, r in enumerate(ROUTES)},
            })
        return out

    def predict_routes(self, apps: Sequence[Application], ctx: RuntimeContext) -> list[dict]:
        feats = self.featurize(apps, ctx)
        return self.route_cases(feats, self.joint_proba(feats.X))

    def decide(
        self, apps: Sequence[Application], ctx: RuntimeContext, *, model_ref: dict | None = None, explain: bool = True,
    ) -> list[Decision]:
        """Full decisions (with explanations) for a batch of validated applications."""
        if not apps:
            return []
        feats = self.featurize(apps, ctx)
        joint = self.joint_proba(feats.X)
        routed = self.route_cases(feats, joint)
        explanations = explain_batch(self, feats, routed, explain=explain)
        now = datetime.now(timezone.utc)
        ref = model_ref or {"name": self.info.get("name", "license-triage")}
        decisions = []
        for p, r, expl in zip(feats.prepared, routed, explanations):
            decisions.append(Decision(
                application_id=p.app.application_id,
                decision_id=str(uuid.uuid4()),
                decided_at=now,
                risk_tier=r["tier"],
                route=r["route"],
                risk_score=round(r["risk_score"], 6),
                tier_probabilities=r["tier_probabilities"],
                route_probabilities=r["route_probabilities"],
                streamlined=r["route"] == "streamlined",
                guardrails=r["guardrails"],
                screening=[
                    {"party_role": s.role, "party_name": s.party_name, "matched_name": s.matched_name,
                     "listed_name": s.listed_name, "list": s.list, "score": round(s.score, 4)}
                    for s in p.screening if s.score >= self.screening_threshold
                ],
                explanation=expl,
                model=ref,
                policy_version=POLICY_VERSION,
            ))
        return decisions

    def precedent_vectors(self, feats: Featurized) -> np.ndarray:
        """Unit vectors for precedent look-up: mean sentence embedding plus scaled structured facts."""
        k = len(STRUCTURED_NAMES)
        out = []
        for i, (a, b) in enumerate(zip(feats.offsets[:-1], feats.offsets[1:])):
            text = feats.embeddings[a:b].mean(axis=0) if b > a else np.zeros(feats.embeddings.shape[1])
            text = text / (np.linalg.norm(text) or 1.0)
            struct = feats.X[i, :k] / (self.precedent_scale if len(self.precedent_scale) else 1.0)
            struct = 0.6 * struct / (np.linalg.norm(struct) or 1.0)
            vec = np.concatenate([text, struct])
            out.append(vec / (np.linalg.norm(vec) or 1.0))
        return np.asarray(out, dtype=np.float32)

