"""Sentence heads and pooling, on tiny data with the hashing stand-in encoder."""

from __future__ import annotations

import numpy as np
import pytest

from features.embedding import HashingEncoder
from features.text_heads import FLAG_CLASSES, TEXT_FEATURES, SentenceHeads, annotated_sentences, pool, pool_one, tag_to_targets

SENTENCES = [
    ("The plant makes steel pipe fittings for water utilities.", "civil", "none"),
    ("The hospital uses the scanners for routine diagnostics.", "civil", "none"),
    ("The brigade will fit the sights to its rifles.", "military", "none"),
    ("The army will mount the radios in armoured vehicles.", "military", "none"),
    ("The buyer wants to pay in cash on collection.", "neutral", "unusual_payment"),
    ("Customer offered to pay the whole invoice in cash.", "neutral", "unusual_payment"),
    ("Payment 30 days net by bank transfer.", "neutral", "none"),
    ("Delivery FCA Chicago by air freight.", "neutral", "none"),
] * 3


def _fit():
    enc = HashingEncoder(64)
    texts = [s for s, _, _ in SENTENCES]
    return enc, SentenceHeads(C=10.0, text_C=10.0).fit(enc.encode(texts), texts, [e for _, e, _ in SENTENCES], [f for _, _, f in SENTENCES])


def test_heads_learn_end_use_and_flags_on_tiny_data():
    enc, heads = _fit()
    probe = ["The customer will pay in cash.", "The army will mount the sights."]
    fl = heads.flag_proba(enc.encode(probe), probe)
    eu = heads.end_use_proba(enc.encode(probe), probe)
    assert fl.shape == (2, len(FLAG_CLASSES)) and np.allclose(fl.sum(axis=1), 1.0, atol=1e-5)
    assert FLAG_CLASSES[int(fl[0].argmax())] == "unusual_payment"
    assert eu[1, 3] > eu[1, 1]  # military above civil


def test_views_pool_geometrically_and_a_plain_average_remains_for_older_models():
    enc, heads = _fit()
    probe = ["The customer will pay in cash.", "Delivery FCA Chicago by air freight."]
    views = heads._views(enc.encode(probe), probe)
    per_view = [m.predict_proba(v) for m, v in zip(heads.flags_, views)]  # columns in classes_ order
    log_p = sum(w * np.log(p) for w, p in zip(heads.view_weights, per_view))
    expected = np.exp(log_p) / np.exp(log_p).sum(axis=1, keepdims=True)
    got = heads.flag_proba(enc.encode(probe), probe)
    present = [FLAG_CLASSES.index(c) for c in heads.flags_[0].classes_]
    assert np.allclose(got[:, present], expected, atol=1e-5)
    assert np.allclose(got.sum(axis=1), 1.0, atol=1e-5)
    absent = [j for j in range(len(FLAG_CLASSES)) if j not in present]
    assert (got[:, absent] < 1e-6).all()  # a class no view saw gets the floor, not NaN
    heads.view_weights = None
    plain = heads.flag_proba(enc.encode(probe), probe)
    assert np.allclose(plain[:, present], np.mean(per_view, axis=0), atol=1e-5)
    del heads.view_weights  # a model pickled before the parameter existed
    assert np.allclose(heads.flag_proba(enc.encode(probe), probe), plain)


def test_the_red_flag_head_reads_the_embedding_with_an_mlp_and_fits_deterministically():
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    enc, heads = _fit()
    embedding, words, chars = heads.flags_
    assert isinstance(embedding, MLPClassifier) and embedding.hidden_layer_sizes == (128,)
    assert (words.C, chars.C) == (64.0, 16.0)  # the red-flag head's own wording regularisation
    assert all(isinstance(m, LogisticRegression) for m in heads.end_use_)
    assert [m.C for m in heads.end_use_] == [10.0, 10.0, 4.0]
    probe = ["The customer will pay in cash.", "Delivery FCA Chicago by air freight."]
    _, again = _fit()
    assert np.array_equal(heads.flag_proba(enc.encode(probe), probe), again.flag_proba(enc.encode(probe), probe))
    texts = [s for s, _, _ in SENTENCES]
    plain = SentenceHeads(flag_mlp_hidden=None, flag_text_C=None, flag_char_C=None).fit(
        enc.encode(texts), texts, [e for _, e, _ in SENTENCES], [f for _, _, f in SENTENCES])
    assert all(isinstance(m, LogisticRegression) for m in plain.flags_)
    assert [m.C for m in plain.flags_] == [1.0, 16.0, 4.0]  # None: the end-use head's views


def test_pooling_counts_a_flag_anywhere_in_the_text():
    eu = np.zeros((10, 6), np.float32)
    eu[:, 0] = 1.0
    fl = np.zeros((10, len(FLAG_CLASSES)), np.float32)
    fl[:, 0] = 1.0
    fl[9] = 0.0
    fl[9, FLAG_CLASSES.index("evasive")] = 0.9
    fl[9, 0] = 0.1
    pooled = pool_one(eu, fl, np.array([True] + [False] * 9))
    feats = dict(zip(TEXT_FEATURES, pooled))
    assert feats["flag_evasive"] == np.float32(0.9) and feats["flag_top1"] == np.float32(0.9)
    assert feats["flag_sentence_top1"] == np.float32(0.9) and feats["flag_top2"] == 0.0
    both = pool(np.vstack([eu, eu]), np.vstack([fl, fl]), np.array([True] * 20), [0, 10, 20])
    assert both.shape == (2, len(TEXT_FEATURES))


def test_annotations_become_sentence_targets():
    row = {"app": {"items": [{"description": "Pumps."}]}, "annotations": {"segments": [
        {"field": "items[0].description", "text": "Pumps.", "tag": "neutral", "tid": "i1"},
        {"field": "end_use", "text": "The army uses them. In the field.", "tag": "eu:military", "tid": "t1"},
        {"field": "notes", "text": "They pay cash.", "tag": "flag:unusual_payment", "tid": "t2"}]}}
    texts, eu, fl, tids = annotated_sentences([row])
    assert texts == ["Pumps.", "The army uses them.", "In the field.", "They pay cash."]
    assert eu == ["neutral", "military", "military", "neutral"] and fl[-1] == "unusual_payment"
    assert tids == ["i1", "t1", "t1", "t2"]
    assert tag_to_targets("flag:evasive") == ("neutral", "evasive")


def test_two_distinct_flags_count_and_one_flag_twice_does_not():
    from features.text_heads import p_two_or_more

    assert p_two_or_more(np.array([0.95, 0.9, 0.0])) > 0.8
    assert p_two_or_more(np.array([0.99, 0.0, 0.0])) == 0.0
    assert abs(p_two_or_more(np.array([0.5, 0.5])) - 0.25) < 1e-9
    eu = np.zeros((2, 6), np.float32)
    eu[:, 0] = 1.0
    fl = np.zeros((2, len(FLAG_CLASSES)), np.float32)
    fl[:, FLAG_CLASSES.index("forwarder_destination")] = 0.97  # the same flag in two sentences
    fl[:, 0] = 0.03
    feats = dict(zip(TEXT_FEATURES, pool_one(eu, fl, np.array([True, False]))))
    assert feats["flag_sentence_top2"] > 0.9 and feats["flag_p_two_or_more"] < 0.01


def test_fold_groups_are_writing_rounds_when_recorded_else_templates():
    from features.text_heads import fold_group

    seg = {"text": "They pay cash.", "tid": "t2", "round": "fifth"}
    assert fold_group(seg) == "round:fifth"
    assert fold_group(seg, "template") == "t2"
    assert fold_group({"text": "Pumps.", "tid": "i1"}) == "i1"
    assert fold_group({"text": "Pumps."}) == "Pumps."
    with pytest.raises(ValueError, match="round"):
        fold_group(seg, "sentence")
