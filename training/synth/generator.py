"""Synthetic labelled history: realistic applications labelled by the policy from latent facts.

Each application is drawn from latent facts first — destination, end-user type, end-use
category, red flags, a screening hit — then written out as free text from independent phrase
banks in several styles, and labelled by ``features.policy.label_from_facts``. Rows have the
dev-case format ``{"app", "label"}`` plus ``annotations``: the latent facts and the tag of
every text segment, which train the sentence-level text heads.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from features.policy import (
    HUMAN_RIGHTS_ITEMS,
    EndUse,
    TextFacts,
    label_from_facts,
    route_for_tier,
    structured_facts,
    tier_for_score,
)
from features.reference import ReferenceTables, load_reference
from features.schema import Application
from training.name_variants import near_miss, variant
from training.synth import parties
from training.synth.phrases import END_USE, ITEMS, NEUTRAL, RED_FLAGS, WRITING_ROUND
from training.synth.style import restyle

END_USER_TYPES = {
    "commercial": 0.44, "academic": 0.10, "government_civil": 0.12, "military": 0.10,
    "police_security": 0.09, "individual": 0.05, "unknown": 0.10,
}
#: P(end-use category | end-user type).
END_USE_GIVEN_TYPE = {
    "commercial": {"civil": 0.74, "vague": 0.13, "military": 0.05, "surveillance": 0.04, "wmd": 0.04},
    "academic": {"civil": 0.76, "vague": 0.07, "military": 0.06, "surveillance": 0.04, "wmd": 0.07},
    "government_civil": {"civil": 0.72, "vague": 0.08, "military": 0.05, "surveillance": 0.10, "wmd": 0.05},
    "military": {"civil": 0.18, "vague": 0.12, "military": 0.60, "surveillance": 0.04, "wmd": 0.06},
    "police_security": {"civil": 0.16, "vague": 0.12, "military": 0.06, "surveillance": 0.62, "wmd": 0.04},
    "individual": {"civil": 0.55, "vague": 0.28, "military": 0.07, "surveillance": 0.05, "wmd": 0.05},
    "unknown": {"civil": 0.42, "vague": 0.36, "military": 0.08, "surveillance": 0.06, "wmd": 0.08},
}
CIVIL_THEMES_FOR = {"police_security": ("telecommunications", "transport", "medical", "education")}
ORG_KIND = {"civil": "manufacturer", "vague": "trading", "military": "engineering", "surveillance": "engineering", "wmd": "lab"}
FLAG_COUNT = {0: 0.78, 1: 0.14, 2: 0.06, 3: 0.02}
GENERIC_ITEM_WORDS = ("the equipment", "the goods", "the units", "these items", "the items", "the system")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
#: Share of non-WMD line items drawn from the crime-control entries whatever the end use.
CRIME_CONTROL_SHARE = 0.04
#: Share of red flags told in two separate pieces of text (two templates of the same flag).
REPEATED_FLAG_SHARE = 0.3
INCOTERMS = ("EXW", "FCA", "FOB", "CPT", "CIP", "DAP", "DDP", "CIF")


def template_id(template: str) -> str:
    """Stable id of a phrase-bank template (text heads are cross-fitted by template)."""
    return hashlib.blake2b(template.encode("utf-8"), digest_size=6).hexdigest()


def _weighted(rng: random.Random, weights: dict) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    low, high = max(low, 1e-3), max(high, low * 1.0001)
    return math.exp(rng.uniform(math.log(low), math.log(high)))


@dataclass
class _Catalogue:
    """Control entries of the item bank grouped by what makes them likely for a given end use."""

    tables: ReferenceTables

    @cached_property
    def entries(self) -> list[str]:
        return [e for e in ITEMS if e in self.tables.control_list]

    def _where(self, predicate) -> list[str]:
        return [e for e in self.entries if e != "EAR99" and predicate(self.tables.control_list.reasons_for(e), e)]

    @cached_property
    def pools(self) -> dict[str, list[str]]:
        return {
            "wmd": self._where(lambda r, e: bool({"NP", "MT", "CB", "CW"} & set(r))),
            "military": self._where(lambda r, e: "NS" in r or e[2] == "5" or e.startswith("0A6")),
            "surveillance": self._where(lambda r, e: e in HUMAN_RIGHTS_ITEMS or e[:2] in ("5A", "5D", "6A", "4A", "4D")),
            "dual": self._where(lambda r, e: bool(set(r) - {"AT"})),
            "low": self._where(lambda r, e: set(r) <= {"AT"}),
            "crime_control": self._where(lambda r, e: e in HUMAN_RIGHTS_ITEMS),
        }

    def pick(self, rng: random.Random, end_use: str) -> str:
        roll = rng.random()
        if end_use in ("wmd", "military", "surveillance") and roll < 0.65 and self.pools[end_use]:
            return rng.choice(self.pools[end_use])
        if end_use != "wmd" and roll >= 1.0 - CRIME_CONTROL_SHARE and self.pools["crime_control"]:
            # Crime-control items also go to civil buyers (sporting optics, private security, forensic
            # labs): the human-rights route then rests on the item and destination, not on the text.
            return rng.choice(self.pools["crime_control"])
        if roll < 0.30:
            return "EAR99"
        if roll < 0.45 and self.pools["low"]:
            return rng.choice(self.pools["low"])
        return rng.choice(self.pools["dual"] or self.entries)


class HistoryGenerator:
    """Deterministic for a seed: row ``i`` depends only on ``(seed, i)``."""

    def __init__(self, seed: int = 0, *, label_noise: float = 0.03, screening_rate: float = 0.04,
                 tables: ReferenceTables | None = None) -> None:
        self.seed = seed
        self.label_noise = label_noise
        self.screening_rate = screening_rate
        self.tables = tables or load_reference()
        self.catalogue = _Catalogue(self.tables)
        self._countries()

    def _countries(self) -> None:
        groups = self.tables.country_groups
        known = [c for c in groups.groups if c in parties.CITIES and c != "US"]
        self.embargoed = [c for c in known if groups.of(c) & {"E:1", "E:2"}]
        self.concern = [c for c in known if groups.of(c) & {"D:1", "D:2", "D:3", "D:4", "D:5"} and c not in self.embargoed]
        self.allied = [c for c in known if groups.of(c) & {"A:1", "A:5", "A:6"} and c not in self.concern]
        self.other = [c for c in known if c not in self.embargoed + self.concern + self.allied]
        self.concern.append("HK")
        self.arms_embargoed = [c for c in self.concern if "D:5" in groups.of(c)]
        self.listed = [p for p in self.tables.screening if p.type in ("Entity", "") and len(p.name) < 90]
        self.listed_people = [p for p in self.tables.screening if p.type == "Individual" and len(p.name) < 60]

    def _destination(self, rng: random.Random, eu_type: str, end_use: str) -> str:
        if (eu_type == "police_security" or end_use == "surveillance") and rng.random() < 0.45:
            return rng.choice(self.arms_embargoed)  # D:5: where human-rights review applies
        pool = _weighted(rng, {"allied": 0.36, "other": 0.22, "concern": 0.37, "embargoed": 0.05})
        return rng.choice(getattr(self, pool))

    def __iter__(self) -> Iterator[dict]:
        i = 0
        while True:
            yield self.row(i)
            i += 1

    def rows(self, n: int) -> Iterator[dict]:
        for i in range(n):
            yield self.row(i)

    def row(self, index: int) -> dict:
        rng = random.Random(f"{self.seed}:{index}")
        return _Draft(self, rng, index).build()


class _Draft:
    """One application being written."""

    def __init__(self, gen: HistoryGenerator, rng: random.Random, index: int) -> None:
        self.gen, self.rng, self.index = gen, rng, index
        self.segments: list[dict] = []
        self.n_items = 0

    # -- latent facts ---------------------------------------------------------------------
    def build(self) -> dict:
        rng, gen = self.rng, self.gen
        eu_type = _weighted(rng, END_USER_TYPES)
        end_use = _weighted(rng, END_USE_GIVEN_TYPE[eu_type])
        dest = gen._destination(rng, eu_type, end_use)
        n_flags = int(_weighted(rng, FLAG_COUNT if end_use != "vague" else {0: 0.6, 1: 0.22, 2: 0.13, 3: 0.05}))
        flags = rng.sample(sorted(RED_FLAGS), n_flags)
        hit = rng.random() < gen.screening_rate
        listed = None
        if hit:
            listed = rng.choice(gen.listed_people if eu_type == "individual" and gen.listed_people else gen.listed)
            if listed.countries and rng.random() < 0.8 and listed.countries[0] in parties.CITIES:
                dest = listed.countries[0]
        eu_country = dest if rng.random() < 0.9 else rng.choice(gen.allied + gen.other + gen.concern)
        self.dest, self.eu_type, self.end_use, self.flags = dest, eu_type, end_use, flags
        self.eu_name = parties.organisation_name(rng, eu_country, eu_type)
        if eu_type == "commercial" or eu_type == "unknown":
            self.eu_name = parties.company_name(rng, eu_country, ORG_KIND[end_use])
        elif rng.random() < 0.03:
            self.eu_name = near_miss(rng, rng.choice(gen.listed).name)  # shares words with a listed party
        consignees = self._consignees(rng, dest, "forwarder_destination" in flags)
        hit_role = None
        if listed is not None:
            listed_name = rng.choice((listed.name, *listed.aliases)) if listed.aliases and rng.random() < 0.3 else listed.name
            written = variant(rng, listed_name)
            if consignees and rng.random() < 0.3:
                target = rng.randrange(len(consignees))
                consignees[target]["name"] = written
                if listed.countries:
                    consignees[target]["country"] = listed.countries[0] if listed.countries[0] in parties.CITIES else consignees[target]["country"]
                hit_role = "consignee"
            else:
                self.eu_name, hit_role = written, "end_user"
                if listed.countries and listed.countries[0] in parties.CITIES and rng.random() < 0.85:
                    eu_country = listed.countries[0]
        self.slots = self._slots(rng, dest, consignees)
        items = [self._item(rng) for _ in range(_weighted(rng, {1: 0.68, 2: 0.22, 3: 0.10}))]
        self._scale_values(rng, items)
        end_use_text = self._end_use_text(rng)
        notes_text = self._notes_text(rng)
        app = {
            "application_id": f"SYN-{self.gen.seed}-{self.index:07d}",
            "submitted_at": f"20{rng.randint(22, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                            f"{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}:00Z",
            "licence_type": _weighted(rng, {"individual": 0.8, "global": 0.08, "deemed_export": 0.06, "temporary": 0.06}),
            "applicant": self._applicant(rng),
            "items": items,
            "end_user": {"name": self.eu_name, "type": eu_type, "country": eu_country},
            "consignees": consignees,
            "destination_country": dest,
            "end_use": end_use_text,
            "notes": notes_text,
        }
        if rng.random() < 0.25:
            app["end_user"]["address"] = f"{rng.randint(1, 400)} {rng.choice(('Industrial Road', 'Avenue', 'Street', 'Zone B'))}, {self.slots['city']}"
        model = Application.model_validate(app)
        facts = structured_facts(model, self.gen.tables)
        outcome = label_from_facts(facts, TextFacts(EndUse(end_use), tuple(flags)), screening_hit=hit)
        tier, route, noisy = outcome.tier, outcome.route, False
        if tier != "critical" and rng.random() < self.gen.label_noise:
            shifted = outcome.score + rng.choice((-3, 3))
            tier = tier_for_score(shifted)
            route = route_for_tier(tier, facts, EndUse(end_use))
            noisy = (tier, route) != (outcome.tier, outcome.route)
        return {
            "app": model.model_dump(mode="json", exclude_none=True),
            "label": {"tier": tier, "route": route},
            "annotations": {
                "end_use": end_use, "red_flags": flags, "screening_hit": hit_role,
                "listed_party": listed.id if listed else None, "noisy_label": noisy, "segments": self.segments,
            },
        }

    # -- parties and values ---------------------------------------------------------------
    def _consignees(self, rng: random.Random, dest: str, forwarder_flag: bool) -> list[dict]:
        n = int(_weighted(rng, {0: 0.55, 1: 0.30, 2: 0.12, 3: 0.03}))
        if forwarder_flag and n == 0 and rng.random() < 0.5:
            n = 1
        out = []
        for _ in range(n):
            role = _weighted(rng, {"intermediate": 0.45, "freight_forwarder": 0.35, "ultimate": 0.20})
            hub, _city = rng.choice(parties.HUB_CITIES)
            country = dest if role == "ultimate" or rng.random() < 0.3 else hub
            if role == "freight_forwarder":
                name = parties.forwarder_name(rng, country)
            else:
                name = parties.company_name(rng, country, rng.choice(("trading", "distributor", "engineering")))
            out.append({"name": name, "role": role, "country": country})
        return out

    def _applicant(self, rng: random.Random) -> dict:
        years = rng.choice((0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40))
        prior = 0 if years == 0 or rng.random() < 0.08 else int(_log_uniform(rng, 1, 40 * years + 2))
        return {
            "name": parties.applicant_name(rng),
            "country": "US" if rng.random() < 0.85 else rng.choice(("GB", "DE", "JP", "CA", "FR", "NL")),
            "years_exporting": years,
            "prior_applications": prior,
            "prior_violations": (rng.choice((1, 1, 2, 3)) if rng.random() < 0.06 else 0),
            "has_compliance_program": rng.random() < (0.65 if years >= 5 else 0.25),
        }

    def _item(self, rng: random.Random) -> dict:
        entry = self.gen.catalogue.pick(rng, self.end_use)
        spec = ITEMS[entry]
        if entry == "EAR99" and spec.get("variants"):
            spec = {**spec, **rng.choice(spec["variants"])}
        qty_low, qty_high = spec["qty"]
        qty = max(1, int(round(_log_uniform(rng, qty_low, qty_high))))
        unit_low, unit_high = spec["unit_value"]
        unit = round(_log_uniform(rng, unit_low, unit_high), 2)
        brand = parties.brand_word(rng)
        template = rng.choice(spec["descriptions"])
        description = template.format(qty=qty, brand=brand)
        self.segments.append({"field": f"items[{self.n_items}].description", "text": description, "tag": "neutral",
                              "tid": template_id(template)})
        self.n_items += 1
        suffix = rng.choice(spec.get("suffixes") or [""]) if entry != "EAR99" else ""
        self.nouns = getattr(self, "nouns", []) + [spec.get("noun", "goods")]
        return {"control_entry": entry + suffix, "description": description, "quantity": qty, "unit_value_usd": unit}

    def _scale_values(self, rng: random.Random, items: list[dict]) -> None:
        roll = rng.random()
        target = 1.2e6 if roll < 0.05 else 6e6 if roll < 0.08 else None
        if target:
            total = sum(i["quantity"] * i["unit_value_usd"] for i in items)
            if total < target:
                items[0]["unit_value_usd"] = round(items[0]["unit_value_usd"] * target * rng.uniform(1.05, 3.0) / max(total, 1), 2)

    # -- text -----------------------------------------------------------------------------
    def _slots(self, rng: random.Random, dest: str, consignees: list[dict]) -> dict:
        hub_country, hub_city = rng.choice(parties.HUB_CITIES)
        forwarders = [c["name"] for c in consignees if c["role"] == "freight_forwarder"]
        third = rng.choice([c for c in parties.COUNTRY_NAMES if c != dest])
        return {
            "eu": self.eu_name,
            "eu_short": parties.short_name(self.eu_name),
            "city": rng.choice(parties.CITIES.get(dest, ["the capital"])),
            "country": parties.COUNTRY_NAMES.get(dest, dest),
            "forwarder": forwarders[0] if forwarders else parties.forwarder_name(rng, hub_country),
            "third_country": parties.COUNTRY_NAMES[third],
            "hub_city": hub_city,
            "po": f"{rng.choice(('PO', 'SO', 'Contract', 'Order', 'Ref.'))} {rng.choice('ABCDEFGHKLMNPRSTVX')}{rng.choice('ABCDEFGHKLMNPRSTVX')}-{rng.randint(100, 99999)}",
            "incoterm": f"{rng.choice(INCOTERMS)} {rng.choice(parties.CITIES.get(dest, ['destination']))}",
            "month": rng.choice(MONTHS),
            "year": str(rng.randint(2024, 2027)),
        }

    def _fill(self, template: str) -> str:
        noun = getattr(self, "nouns", ["goods"])[0]
        item = f"the {noun}" if self.rng.random() < 0.7 else self.rng.choice(GENERIC_ITEM_WORDS)
        return template.format(item=item, **self.slots)

    def _piece(self, field: str, template: str, tag: str, style: str) -> str:
        text = restyle(self.rng, self._fill(template), style).strip()
        if text and text[-1] not in ".!?":
            text += "."
        self.segments.append({"field": field, "text": text, "tag": tag, "tid": template_id(template),
                              "round": WRITING_ROUND.get(template, "")})
        return text

    def _end_use_text(self, rng: random.Random) -> str:
        self.style = _weighted(rng, {"plain": 0.5, "terse": 0.15, "non_native": 0.15, "typos": 0.2})
        themes = END_USE[self.end_use]
        if self.end_use == "civil" and self.eu_type in CIVIL_THEMES_FOR:
            theme = rng.choice(CIVIL_THEMES_FOR[self.eu_type])
        elif self.end_use == "wmd":
            kind = rng.choice(("nuclear", "chemical", "biological", "missile"))
            theme = f"{kind}_{'indirect' if rng.random() < 0.65 else 'plain'}"
        elif self.end_use in ("military", "surveillance"):
            theme = "indirect" if rng.random() < 0.55 else "plain"
        else:
            theme = rng.choice(sorted(themes))
        pieces = [(rng.choice(themes[theme]), f"eu:{self.end_use}")]
        if self.end_use in ("military", "surveillance", "wmd") and rng.random() < 0.2:
            # A civil purpose beside the risky one does not cancel it: the policy reads the whole text.
            civil = END_USE["civil"][rng.choice(sorted(END_USE["civil"]))]
            pieces.insert(rng.randrange(2), (rng.choice(civil), "eu:civil"))
        if rng.random() < 0.3:
            extra = rng.choice(themes[theme])
            if extra != pieces[0][0]:
                pieces.append((extra, f"eu:{self.end_use}"))
        self.flag_pieces = []
        for f in self.flags:
            # Writers often tell one flag twice (the context, then the tell, or a follow-up note): still one flag.
            told = rng.sample(RED_FLAGS[f], 2 if rng.random() < REPEATED_FLAG_SHARE else 1)
            self.flag_pieces += [(t, f"flag:{f}") for t in told]
        rng.shuffle(self.flag_pieces)
        while self.flag_pieces and rng.random() < 0.3:
            pieces.append(self.flag_pieces.pop())
        return " ".join(self._piece("end_use", t, tag, self.style) for t, tag in pieces)

    def _notes_text(self, rng: random.Random) -> str:
        n_neutral = int(_weighted(rng, {0: 0.1, 1: 0.3, 2: 0.35, 3: 0.2, 4: 0.05}))
        topics = rng.sample(sorted(NEUTRAL), min(n_neutral, len(NEUTRAL)))
        pieces = [(rng.choice(NEUTRAL[t]), "neutral") for t in topics] + self.flag_pieces
        rng.shuffle(pieces)
        return " ".join(self._piece("notes", t, tag, self.style) for t, tag in pieces)


def generate_rows(n: int, seed: int = 0, **kwargs) -> list[dict]:
    return list(HistoryGenerator(seed, **kwargs).rows(n))


def strip_annotations(row: dict) -> dict:
    return {"app": row["app"], "label": row["label"]}


_WS = re.compile(r"\s+")
