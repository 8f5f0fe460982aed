"""Baselines logged beside every model: TF-IDF + logistic regression, and a keyword-rule engine.

The rule engine implements the policy the way rule-based licensing systems flag and route cases
today: exact policy arithmetic on the structured fields, screening at the model's threshold,
and keyword lists standing in for reading the text.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from features.pipeline import PreparedApplication
from features.policy import EndUse, TextFacts, label_from_facts
from features.schema import Application

END_USE_KEYWORDS = {
    EndUse.wmd: ("nuclear weapon", "nuclear explosive", "weapons-grade", "enrichment", "centrifuge cascade",
                 "reprocessing", "plutonium", "warhead", "ballistic", "missile", "rocket", "nerve agent",
                 "chemical weapon", "biological weapon", "bioweapon", "sarin", "mustard agent", "anthrax", "weaponi"),
    EndUse.military: ("military", "army", "armed forces", "ministry of defence", "ministry of defense", "navy",
                      "naval", "air force", "weapon", "munition", "combat", "armoured", "armored", "brigade",
                      "troops", "soldier", "battalion", "warship", "fighter"),
    EndUse.surveillance: ("surveillance", "intercept", "wiretap", "monitoring of", "track persons", "tracking of",
                          "protest", "dissident", "facial recognition", "crowd", "lawful interception", "spyware"),
    EndUse.vague: ("various", "general purpose", "general purposes", "not specified", "unspecified",
                   "customer project", "to be determined", "tbd", "undisclosed", "resale"),
}
FLAG_KEYWORDS = {
    "evasive": ("declined to say", "would not say", "refused to disclose", "won't say", "evasive", "re-export"),
    "line_of_business": ("line of business", "unusual for", "outside its business", "does not fit", "not their business"),
    "unusual_payment": ("cash", "crypto", "bitcoin", "third-party payment", "third party payment", "paid by another"),
    "declines_service": ("declined installation", "declined training", "no installation", "no training",
                         "waive the warranty", "declined the warranty", "without warranty", "refused installation"),
    "forwarder_destination": ("po box", "p.o. box", "post office box", "freight forwarder as", "forwarder is the"),
    "roundabout_route": ("transship", "trans-ship", "rerouted", "roundabout", "via a third country"),
    "rush_vague_dates": ("urgent", "asap", "immediately", "rush", "as soon as possible", "no fixed date", "date open"),
    "unfamiliar_buyer": ("unfamiliar", "not familiar", "did not know", "didn't know"),
    "capability_excess": ("far exceeds", "far beyond", "over-specified", "overspecified", "more than needed"),
    "packaging_mismatch": ("unmarked", "relabel", "re-label", "no labels", "plain boxes", "mislabel"),
}


def _text(app: Application) -> str:
    return " ".join([*(i.description for i in app.items), app.end_use, app.notes]).lower()


class KeywordRuleEngine:
    """Policy arithmetic on fields + keyword lists for the text."""

    def __init__(self, screening_threshold: float) -> None:
        self.screening_threshold = screening_threshold

    def text_facts(self, app: Application) -> TextFacts:
        text = _text(app)
        end_use = EndUse.civil
        for category in (EndUse.wmd, EndUse.military, EndUse.surveillance, EndUse.vague):
            if any(re.search(rf"\b{re.escape(k)}", text) for k in END_USE_KEYWORDS[category]):
                end_use = category
                break
        flags = tuple(f for f, words in FLAG_KEYWORDS.items() if any(w in text for w in words))
        return TextFacts(end_use, flags)

    def predict(self, prepared: Sequence[PreparedApplication]) -> tuple[list[str], list[str]]:
        tiers, routes = [], []
        for p in prepared:
            hit = p.max_screening_score >= self.screening_threshold
            out = label_from_facts(p.facts, self.text_facts(p.app), screening_hit=hit)
            tiers.append(out.tier)
            routes.append(out.route)
        return tiers, routes


def _document(app: Application) -> str:
    meta = [f"dest_{app.destination_country}", f"eutype_{app.end_user.type.value}",
            *(f"entry_{i.control_entry.split('.')[0]}" for i in app.items)]
    return " ".join(meta) + " " + _text(app)


class TfidfBaseline:
    """TF-IDF over text and metadata tokens + logistic regression on the joint tier/route label."""

    def fit(self, apps: Sequence[Application], tiers: Sequence[str], routes: Sequence[str]) -> "TfidfBaseline":
        self.pipeline_ = make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=200_000),
            LogisticRegression(C=4.0, max_iter=2000),
        )
        self.pipeline_.fit([_document(a) for a in apps], [f"{t}/{r}" for t, r in zip(tiers, routes)])
        return self

    def predict(self, apps: Sequence[Application]) -> tuple[list[str], list[str]]:
        joint = self.pipeline_.predict([_document(a) for a in apps]) if apps else np.array([])
        pairs = [j.split("/") for j in joint]
        return [p[0] for p in pairs], [p[1] for p in pairs]
