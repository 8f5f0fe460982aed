"""How well the sentence heads read red flags phrased by writers they never learned from.

Usage: uv run python benchmarks/head_generalisation.py [--n 10000] [--seed 0] [--drop ROUND ...]
                                                       [--view-weights mean | E,W,C] [--C E,W,C]
                                                       [--flag-mlp UNITS | none]

The phrase banks were written in independent rounds (``training/synth/phrases``: the first banks,
``*_more``, ``*_extra``, ``*_fourth``, ``*_fifth``, ``*_sixth``, ``*_seventh``), each by other hands. This holds out
one round at a time: the heads learn from the annotated sentences of generated history whose
templates come from the other rounds (plus untemplated item descriptions), and are scored on the
held-out round's sentences, which is as close as generated data comes to unseen real phrasing.
``--drop`` removes a round from the corpus altogether (to measure what adding it buys the others).
``--view-weights`` pools the heads' three views otherwise than the default (``mean``: their plain average;
``E,W,C``: geometric weights of the embedding, word and character views). ``--C`` sets the red-flag head's
views' logistic-regression C (the embedding's is used only with ``--flag-mlp none``; default:
``SentenceHeads``'s own). ``--flag-mlp`` sets the hidden units of the red-flag head's MLP embedding view
(``none``: a logistic regression, as before 2026-12-07's fifth session).

Prints one JSON line per held-out round and a mean: per red flag one-vs-rest average precision
and AUC (mean over the ten flags), recall at 0.5 of flag sentences, "some flag" AP (any flag
against none), and the share of the round's flag-free sentences with some flag above 0.5 (null
for a round that wrote only red flags; its AP is then among flag sentences alone).
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np


def _scores(heads, emb, texts, flags) -> dict:
    from sklearn.metrics import average_precision_score, roc_auc_score

    from features.text_heads import FLAG_CLASSES

    p = heads.flag_proba(emb, texts)
    flags = np.asarray(flags)
    ap, auc = [], []
    for j, f in enumerate(FLAG_CLASSES[1:], start=1):
        y = flags == f
        if y.any() and not y.all():
            ap.append(average_precision_score(y, p[:, j]))
            auc.append(roc_auc_score(y, p[:, j]))
    some = 1.0 - p[:, 0]
    flagged = flags != "none"
    own = p[np.arange(len(flags)), [FLAG_CLASSES.index(f) for f in flags]]
    return {
        "flag_ap": round(float(np.mean(ap)), 4), "flag_auc": round(float(np.mean(auc)), 4),
        "recall_at_half": round(float(np.mean(own[flagged] > 0.5)), 4),
        "some_flag_ap": round(float(average_precision_score(flagged, some)), 4),
        "false_flag_share": round(float(np.mean(p[~flagged, 1:].max(axis=1) > 0.5)), 4) if (~flagged).any() else None,
        "flag_sentences": int(flagged.sum()), "other_sentences": int((~flagged).sum()),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--drop", action="append", default=[])
    parser.add_argument("--view-weights", default=None)
    parser.add_argument("--C", default=None, help="E,W,C: the red-flag head's embedding, word and character views' C")
    parser.add_argument("--flag-mlp", default=None, help="hidden units of the red-flag head's embedding MLP, or none")
    args = parser.parse_args()
    head_params = {} if args.view_weights is None else {
        "view_weights": None if args.view_weights == "mean" else tuple(float(w) for w in args.view_weights.split(","))}
    if args.C is not None:
        head_params.update(zip(("C", "flag_text_C", "flag_char_C"), (float(c) for c in args.C.split(","))))
    if args.flag_mlp is not None:
        head_params["flag_mlp_hidden"] = None if args.flag_mlp == "none" else int(args.flag_mlp)

    from features.settings import TriageSettings
    from features.text_heads import SentenceHeads, annotated_sentences
    from features.reference import load_reference
    from training.synth.generator import HistoryGenerator
    from training.synth.phrases import WRITING_ROUND
    from training.train import runtime

    settings = TriageSettings()
    rows = list(HistoryGenerator(args.seed, tables=load_reference(settings.reference_dir)).rows(args.n))
    texts, eu, flags, groups = annotated_sentences(rows, by="round")
    rounds = np.asarray([g.removeprefix("round:") if g.startswith("round:") else "" for g in groups])
    keep = ~np.isin(rounds, args.drop)
    # one row per distinct (sentence, end use, flag, round), as the heads themselves fit
    seen: dict[tuple, int] = {}
    for i in np.flatnonzero(keep):
        seen.setdefault((texts[i], eu[i], flags[i], rounds[i]), i)
    idx = np.asarray(sorted(seen.values()))
    texts = [texts[i] for i in idx]
    eu, flags, rounds = np.asarray(eu)[idx], np.asarray(flags)[idx], rounds[idx]

    ctx = runtime(settings)
    unique = list(dict.fromkeys(texts))
    vectors = ctx.encoder.encode(unique)
    at = {t: i for i, t in enumerate(unique)}
    emb = vectors[[at[t] for t in texts]]

    results = []
    for held in [r for r in dict.fromkeys(WRITING_ROUND.values()) if r in set(rounds)]:
        train, test = rounds != held, rounds == held
        if not (flags[test] != "none").any():
            continue
        started = time.perf_counter()
        heads = SentenceHeads(**head_params).fit(emb[train], [texts[i] for i in np.flatnonzero(train)], eu[train], flags[train])
        row = {"held_out": held, "dropped": args.drop, "n": args.n, "seed": args.seed, "view_weights": heads.view_weights,
               "flag_C": [heads.C, heads.flag_text_C, heads.flag_char_C], "flag_mlp": heads.flag_mlp_hidden,
               **_scores(heads, emb[test], [texts[i] for i in np.flatnonzero(test)], flags[test]),
               "fit_seconds": round(time.perf_counter() - started, 1)}
        results.append(row)
        print(json.dumps(row), flush=True)
    keys = ("flag_ap", "flag_auc", "recall_at_half", "some_flag_ap", "false_flag_share")
    print(json.dumps({"held_out": "mean", "dropped": args.drop,
                      **{k: round(float(np.mean([r[k] for r in results if r[k] is not None])), 4) for k in keys}}))


if __name__ == "__main__":
    main()
