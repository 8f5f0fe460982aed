"""Embedding cache keyed by encoder identity and text hash; the real encoder loads offline."""

from __future__ import annotations

import numpy as np
import pytest

from features.embedding import EmbeddingCache, HashingEncoder, SentenceEncoder, model_identity


def test_cache_round_trip_and_isolation_between_encoders(tmp_path):
    cache = EmbeddingCache(tmp_path)
    vec = np.arange(4, dtype=np.float32)
    cache.put_many("enc-a", {"k1": vec})
    assert np.array_equal(cache.get_many("enc-a", ["k1", "k2"])["k1"], vec)
    assert cache.get_many("enc-b", ["k1"]) == {}


def test_hashing_encoder_is_deterministic_and_normalised():
    enc = HashingEncoder(32)
    a, b = enc.encode(["cash payment offered", "cash payment offered"])
    assert np.allclose(a, b) and np.isclose(np.linalg.norm(a), 1.0)


@pytest.mark.slow
def test_real_encoder_encodes_each_unique_sentence_once_and_reuses_the_cache(tmp_path):
    enc = SentenceEncoder(cache_dir=tmp_path, threads=2)
    texts = ["The buyer offered to pay in cash.", "Delivery FCA Chicago.", "The buyer offered to pay in cash."]
    first = enc.encode(texts)
    assert first.shape == (3, 384) and enc.encoded_count == 2
    assert np.allclose(first[0], first[2]) and np.isclose(np.linalg.norm(first[1]), 1.0, atol=1e-4)
    again = SentenceEncoder(cache_dir=tmp_path, threads=2)
    second = again.encode(texts)
    assert again.encoded_count == 0 and again._model is None  # all from the cache: the network never loaded
    assert np.allclose(first, second)
    similar = enc.encode(["The customer wants to pay cash.", "Wire transfer after delivery."])
    assert float(first[0] @ similar[0]) > float(first[0] @ similar[1])


def test_identity_changes_with_the_weights(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "model.safetensors").write_bytes(b"one")
    first = model_identity(tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"two")
    assert model_identity(tmp_path) != first


@pytest.mark.slow
def test_a_sentence_vector_does_not_depend_on_what_it_was_encoded_with():
    """Bit for bit: alone, or among sentences of other lengths and in other batch positions."""
    enc = SentenceEncoder(threads=2)
    target = "Payment will be made in cash on collection."
    others = [f"Delivery FCA Rotterdam, order {i}." for i in range(11)] + [
        "The consignee is a freight forwarder in Dubai.", "Spare parts for an existing line.",
        "The customer asked us not to mention the final destination on the invoice or the packing list.",
    ]
    alone = enc.encode([target])[0]
    among = enc.encode(others[:7] + [target] + others[7:])[7]
    assert np.array_equal(alone, among)
