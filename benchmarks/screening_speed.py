"""Speed of restricted-party screening: index build time, then milliseconds per application.

An application has four parties (end user and three consignees): about one in ten is a
variant of a listed name, the rest generated company and person names, each with a country
half of the time. Timed warm (the index's token cache kept, as in a running service) and
cold (emptied before each application). Prints a JSON summary.

    .venv/bin/python benchmarks/screening_speed.py [--applications 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time

from features.reference.tables import load_reference
from features.screening import ScreeningIndex, screen_parties
from training.name_variants import random_company, random_person, variant

COUNTRIES = ("CN", "RU", "IR", "AE", "TR", "IN", "US", "DE", "GB", "HK", "SG", "MY")


def _party(rng: random.Random, listed: tuple) -> tuple[str, str | None]:
    if rng.random() < 0.1:
        entry = rng.choice(listed)
        return variant(rng, entry.name), (entry.countries[0] if entry.countries else None)
    name = random_company(rng) if rng.random() < 0.7 else random_person(rng)
    return name, (rng.choice(COUNTRIES) if rng.random() < 0.5 else None)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    parties = load_reference().screening
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    index = ScreeningIndex.from_parties(parties)
    build_s = time.perf_counter() - started

    rng = random.Random(args.seed)
    applications = []
    for _ in range(args.applications):
        roles = ("end_user", "consignee", "consignee", "consignee")
        applications.append([(role, *_party(rng, parties)) for role in roles])
    for app in applications[:20]:  # warm-up: first calls fill per-process caches
        screen_parties(index, app)

    results, hits = {}, 0
    for mode in ("warm", "cold"):  # cold: the index's token cache emptied before each one
        timings = []
        for app in applications:
            if mode == "cold":
                index.clear_cache()
            started = time.perf_counter()
            found = screen_parties(index, app)
            timings.append(1000 * (time.perf_counter() - started))
            hits += len(found) if mode == "warm" else 0
        timings.sort()
        results[mode] = {
            "p50": round(statistics.median(timings), 2),
            "p99": round(timings[int(0.99 * (len(timings) - 1))], 2),
            "mean": round(statistics.fmean(timings), 2),
            "max": round(timings[-1], 2),
        }
    summary = {
        "list_entries": len(parties),
        "reference_load_s": round(load_s, 2),
        "index_build_s": round(build_s, 2),
        "applications": len(applications),
        "parties_per_application": 4,
        "ms_per_application": results,
        "parties_hit": hits,
    }
    print(json.dumps(summary, indent=1))
    return summary


if __name__ == "__main__":
    main()
