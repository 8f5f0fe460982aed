"""End-to-end training time on this machine: N generated applications, cold and warm embedding cache.

Usage: uv run python benchmarks/train_time.py --n 5000 --n 20000
Each N trains twice in a fresh TRIAGE_HOME: first with an empty embedding cache (cold), then
again with the cache the first run filled (warm). Prints one JSON line per run.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, action="append", required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    from features.settings import TriageSettings
    from training.train import train_and_register

    for n in args.n:
        with tempfile.TemporaryDirectory() as home:
            for cache in ("cold", "warm"):
                settings = TriageSettings(home=home)
                started = time.perf_counter()
                result = train_and_register(settings, n=n, seed=args.seed, say=lambda m: None)
                print(json.dumps({
                    "n": n, "cache": cache, "seconds": round(time.perf_counter() - started, 1),
                    "unique_sentences": result["timings"]["unique_sentences"],
                    "encode_seconds": round(result["timings"]["encode_s"], 1),
                    "heads_seconds": round(result["timings"]["heads_s"], 1),
                    "cores": os.cpu_count(), "val_route_acc": round(result["validation"]["route_acc"], 4),
                    "dev": {k: round(v, 4) for k, v in (result["dev"] or {}).items()},
                }), flush=True)


if __name__ == "__main__":
    main()
