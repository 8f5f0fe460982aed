"""Latency and throughput of the real service, beside the raw encoder on the same texts.

Usage (after `triage train` registered a champion in TRIAGE_HOME, default .triage):
    uv run python benchmarks/serve_latency.py [--workers 2] [--requests 200] [--batch 100] [--batches 3]

Starts `bentoml serve` on a free port (SQLite audit store in a temporary directory), then:
1. one client, sequential `POST /triage` with explanation over realistic applications -> p50/p95/p99 ms;
2. `POST /triage_batch` of --batch applications, --batches times -> applications per second;
3. in this process, the bundled sentence-transformer encoding the same applications' sentences
   (no cache) -> sentences and applications per second.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]


def applications(n: int, seed: int = 4242) -> list[dict]:
    """The demo sample first, then generated applications (history format without labels)."""
    from training.synth.generator import HistoryGenerator

    sample = [json.loads(line)["app"] for line in (REPO / "samples" / "demo_applications.jsonl").read_text().splitlines()
              if line.strip()]
    generated = [row["app"] for row in HistoryGenerator(seed, label_noise=0.0).rows(max(0, n - len(sample)))]
    return (sample + generated)[:n]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--batches", type=int, default=3)
    args = parser.parse_args()

    from features.settings import TriageSettings

    settings = TriageSettings()
    key = "bench-" + "k" * 26
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    tmp = tempfile.mkdtemp(prefix="triage-bench-")
    env = {**os.environ, "TRIAGE_HOME": str(settings.home.resolve()), "TRIAGE_API_KEYS": f"submitter:{key}",
           "TRIAGE_DATABASE_URL": f"sqlite:///{tmp}/audit.db", "TRIAGE_WORKERS": str(args.workers),
           "BENTOML_DO_NOT_TRACK": "true"}
    log = open(Path(tmp) / "server.log", "w")
    started = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "bentoml", "serve", "serving.service:LicenseTriage", "--host",
                               "127.0.0.1", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            if server.poll() is not None:
                sys.exit(f"server exited: see {log.name}")
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        ready_s = time.perf_counter() - started
        apps = applications(max(args.requests, args.batch * args.batches))
        headers = {"Authorization": f"Bearer {key}"}
        with httpx.Client(base_url=url, headers=headers, timeout=300) as client:
            for app in apps[:5]:  # warm-up
                client.post("/triage", json={"application": app}).raise_for_status()
            latencies = []
            for app in apps[:args.requests]:
                t = time.perf_counter()
                client.post("/triage", json={"application": app}).raise_for_status()
                latencies.append(1000 * (time.perf_counter() - t))
            batch_s = []
            for b in range(args.batches):
                chunk = apps[b * args.batch:(b + 1) * args.batch]
                t = time.perf_counter()
                r = client.post("/triage_batch", json={"applications": chunk})
                r.raise_for_status()
                assert len(r.json()) == len(chunk)
                batch_s.append(time.perf_counter() - t)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)

    # the raw encoder on the same texts, same machine, same run (server stopped)
    from features.embedding import SentenceEncoder
    from features.schema import Application
    from features.text import segments

    batch_apps = [Application.model_validate(a) for a in apps[:args.batch * args.batches]]
    texts = [s.text for a in batch_apps for s in segments(a)]
    encoder = SentenceEncoder(settings.embedding_model, threads=settings.torch_threads,
                              batch_size=settings.encode_batch_size)
    encoder.encode(texts[:32])
    t = time.perf_counter()
    encoder.encode(texts)
    encode_s = time.perf_counter() - t
    unique = len(set(texts))
    print(json.dumps({
        "cores": os.cpu_count(), "workers": args.workers, "server_ready_s": round(ready_s, 1),
        "triage_one_client": {"requests": len(latencies), "p50_ms": round(statistics.median(latencies), 1),
                              "p95_ms": round(percentile(latencies, 0.95), 1),
                              "p99_ms": round(percentile(latencies, 0.99), 1)},
        "triage_batch": {"batch": args.batch, "batches": args.batches,
                         "apps_per_s": round(args.batch * args.batches / sum(batch_s), 1),
                         "seconds_per_batch": [round(x, 2) for x in batch_s]},
        "raw_encoder": {"texts": len(texts), "unique_texts": unique, "seconds": round(encode_s, 2),
                        "sentences_per_s": round(unique / encode_s, 1),
                        "apps_per_s": round(len(batch_apps) / encode_s, 1)},
    }, indent=2))


if __name__ == "__main__":
    main()
