"""Train the claim-level verdict model shipped in src/saidwhen/data/verdict.json.

    .venv/bin/python scripts/train_verdict.py [--data ../shared/data] [--cache DIR] [--refresh] [--dry-run]

Data: the AVeriTeC even half (../shared/data/averitec/dev_even.json, 250 claims). Each claim goes
through saidwhen's own pipeline with its gold question-answer evidence (``evaluate.averitec.cases``:
one article per answer, the normal ingest into a fresh SQLite store, retrieval, quote fidelity,
SICK stance). The model is a multinomial logistic regression over
``saidwhen.verify.aggregate.CLAIM_FEATURES``, the presence of answer words and claim words hashed
into ``--buckets`` buckets each (``aggregate.lexical_buckets``: crc32, no vocabulary is stored) and
the MiniLM embeddings of the claim and of the most relevant answers (``--dense`` wide,
``aggregate.dense_features``), all of the evidence ``verdict.decide`` weighs (``verdict.weighed``);
inference is numpy only (``aggregate.ClaimModel``).

Honest figures, nested: 5-fold StratifiedKFold by claim (``--repeats`` shuffles). In each outer fold
the regularisation C, the class weighting (and optionally a class-prior shift, ``--bias``) are chosen
by an inner 4-fold CV on the training claims only (accuracy + macro-F1), the model is fitted on the
training claims and the held-out claims are decided as ``decide`` does with that model (fact-checks
and statements on record stay rule-driven; "X said" claims reach the model only when evidence
examines the claim; no weighed evidence -> not enough evidence; which claims the model decides is
asked of ``decide`` itself). Reported: mean and sd over all outer folds. The
final model is chosen by the same inner procedure on all claims, refitted on them and written with
a record of its data and figures.

The gathered evidence is cached (pickles under ``--cache``, a temp folder by default, never in the
repo): the first run ingests ~2,100 answers claim by claim (a few minutes); later runs take ~3 min. ``--refresh``
rebuilds the cache after a change to retrieval, fidelity or stance. Needs scikit-learn (training only).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import pickle
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from saidwhen.evaluate.averitec import Case, cases, predict, scores  # noqa: E402
from saidwhen.index.embed import OnnxMiniLM  # noqa: E402
from saidwhen.settings import Settings  # noqa: E402
from saidwhen.verify.aggregate import CLAIM_FEATURES, ClaimModel, claim_vector  # noqa: E402
from saidwhen.verify.stance import FeatureStance, LinearModel  # noqa: E402
from saidwhen.verify.verdict import MODEL_CONFIDENCE, MODEL_GATE, VERDICT_CLASSES, relevance, weighed  # noqa: E402

FROM_AVERITEC = {
    "Supported": "supported",
    "Refuted": "refuted",
    "Not Enough Evidence": "not_enough_evidence",
    "Conflicting Evidence/Cherrypicking": "conflicting",
}
FROM_AVERITEC_INV = {v: k for k, v in FROM_AVERITEC.items()}
VERSION = "averitec-even-6"


class MemoEmbedder:
    """``OnnxMiniLM`` (one thread: the CPU is shared) with a dictionary memo saved to disk."""

    model_id = OnnxMiniLM.model_id
    dim = OnnxMiniLM.dim

    def __init__(self, path: Path) -> None:
        self.path = path
        self.inner = OnnxMiniLM(threads=1)
        self.memo: dict[str, np.ndarray] = pickle.loads(path.read_bytes()) if path.exists() else {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self.memo]
        if todo:
            for text, vector in zip(todo, self.inner.encode(todo), strict=True):
                self.memo[text] = vector
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.memo[t] for t in texts])

    def save(self) -> None:
        self.path.write_bytes(pickle.dumps(self.memo))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def gathered_cases(path: Path, settings: Settings, cache: Path, refresh: bool) -> list[Case]:
    """Every claim's gathered evidence, from the cache when it matches the data and stance model."""
    cache.mkdir(parents=True, exist_ok=True)
    key = f"{sha256(path)[:12]}-{FeatureStance().name}-dense-ingest"
    file = cache / f"cases-{key}.pkl"
    if file.exists() and not refresh:
        loaded: list[Case] = pickle.loads(file.read_bytes())
        return loaded
    embedder = MemoEmbedder(cache / "embeddings.pkl")
    found = list(cases(path, settings, embedder, progress=lambda n, t: print(f"\r{n}/{t}", end="", flush=True)))
    print()
    embedder.save()
    file.write_bytes(pickle.dumps(found))
    return found


def class_weights(y: np.ndarray, how: str) -> dict[int, float] | None:
    if how == "none":
        return None
    counts = np.bincount(y, minlength=len(VERDICT_CLASSES))
    present = np.maximum(counts, 1)
    w = len(y) / (np.count_nonzero(counts) * present)
    return {k: float(w[k] if how == "balanced" else np.sqrt(w[k])) for k in range(len(VERDICT_CLASSES))}


def fit(x: np.ndarray, y: np.ndarray, c: float, weighting: str, buckets: int, dense: int) -> dict[str, Any]:
    """Standardise, fit, and return the JSON spec of a ``ClaimModel`` (rows in VERDICT_CLASSES order)."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000, class_weight=class_weights(y, weighting))
    model.fit((x - mean) / scale, y)
    coef = np.zeros((len(VERDICT_CLASSES), x.shape[1]))
    intercept = np.full(len(VERDICT_CLASSES), -30.0)  # a class absent from training is never chosen
    for row, k in enumerate(model.classes_):
        coef[k] = model.coef_[row] if len(model.classes_) > 2 else model.coef_[0] * (1 if row else -1)
        intercept[k] = model.intercept_[row] if len(model.classes_) > 2 else model.intercept_[0] * (1 if row else -1)
    return {
        "features": list(CLAIM_FEATURES),
        "buckets": buckets,
        "dense": dense,
        "classes": list(VERDICT_CLASSES),
        "mean": mean.round(5).tolist(),
        "scale": scale.round(5).tolist(),
        "coef": coef.round(5).tolist(),
        "intercept": intercept.round(5).tolist(),
    }


class _Probe(LinearModel):
    """A stand-in model that records whether ``decide`` asked it (the claim reaches the model)."""

    def __init__(self) -> None:
        empty: list[list[float]] = [[] for _ in VERDICT_CLASSES]
        zeros = [0.0] * len(VERDICT_CLASSES)
        super().__init__({"features": [], "classes": list(VERDICT_CLASSES), "mean": [], "scale": [], "coef": empty,
                          "intercept": zeros})  # fmt: skip
        self.asked = False

    def probabilities(self, x: Sequence[float]) -> dict[str, float]:
        self.asked = True
        return {k: 0.25 for k in VERDICT_CLASSES}


def design(
    found: Sequence[Case], settings: Settings, buckets: int, dense: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """(model inputs, labels, mask of the claims the model decides, the rules' label of the others).
    Whether the model decides a claim is asked of ``decide`` itself (fact-check and fidelity rules
    first, attributed claims and claims without weighed evidence never)."""
    width = len(CLAIM_FEATURES) + 2 * buckets + 2 * dense
    x = np.zeros((len(found), width))
    y = np.array([VERDICT_CLASSES.index(FROM_AVERITEC[c.gold]) for c in found])
    mask = np.zeros(len(found), dtype=bool)
    ruled: list[str] = []
    for i, case in enumerate(found):
        probe = _Probe()
        label = predict(case, settings, model=probe)
        ruled.append("" if probe.asked else label)
        g = case.gathered
        if probe.asked and g is not None:
            stances = weighed(g.claim, g.stances)
            x[i] = claim_vector(g.claim, stances, lambda c, s: relevance(c, s.evidence), buckets, g.vectors, dense)
            mask[i] = True
    return x, y, mask, ruled


def _decided(probs: np.ndarray) -> np.ndarray:
    """The labels ``decide`` gives from the model's probabilities (``MODEL_CONFIDENCE`` floor)."""
    labels = probs.argmax(axis=1)
    labels[probs.max(axis=1) < MODEL_CONFIDENCE] = VERDICT_CLASSES.index("not_enough_evidence")
    return np.asarray(labels)


def _probabilities(spec: dict[str, Any], x: np.ndarray) -> np.ndarray:
    model = ClaimModel({**spec, "version": "cv"})
    return np.array([[model.probabilities_of(row)[k] for k in VERDICT_CLASSES] for row in x])


def _objective(y: np.ndarray, predicted: np.ndarray) -> float:
    labels = [FROM_AVERITEC_INV[VERDICT_CLASSES[k]] for k in predicted]
    s = scores([FROM_AVERITEC_INV[VERDICT_CLASSES[k]] for k in y], labels)
    return float(s["accuracy"] + s["macro_f1"])


Choice = tuple[float, str, tuple[float, ...]]  # C, class weighting, log-prior shift per class


def shifted(spec: dict[str, Any], bias: Sequence[float]) -> dict[str, Any]:
    """``spec`` with ``bias`` added to its intercepts (a class-prior correction)."""
    return {**spec, "intercept": [round(b + d, 5) for b, d in zip(spec["intercept"], bias, strict=True)]}


def _biases(steps: Sequence[float]) -> list[tuple[float, ...]]:
    """Shifts for supported, not enough evidence and conflicting relative to refuted (the majority)."""
    at = {k: VERDICT_CLASSES.index(k) for k in VERDICT_CLASSES}
    out = []
    for s, n, c in itertools.product(steps, repeat=3):
        b = [0.0] * len(VERDICT_CLASSES)
        b[at["supported"]], b[at["not_enough_evidence"]], b[at["conflicting"]] = s, n, c
        out.append(tuple(b))
    return out


def choose(
    x: np.ndarray,
    y: np.ndarray,
    grid: Sequence[tuple[float, str]],
    steps: Sequence[float],
    buckets: int,
    dense: int,
    seed: int,
) -> Choice:
    """The (C, weighting, prior shift) with the best inner 4-fold CV accuracy + macro-F1 on these
    (model-decided, training) claims only: the shift is tuned on the inner out-of-fold probabilities."""
    from sklearn.model_selection import StratifiedKFold

    counts = np.bincount(y, minlength=len(VERDICT_CLASSES))
    splits = max(2, min(4, int(counts[counts > 0].min())))
    best: tuple[float, Choice] = (-1.0, (*grid[0], (0.0,) * len(VERDICT_CLASSES)))
    for c, weighting in grid:
        logp = np.zeros((len(y), len(VERDICT_CLASSES)))
        for train, test in StratifiedKFold(splits, shuffle=True, random_state=100 + seed).split(x, y):
            probs = _probabilities(fit(x[train], y[train], c, weighting, buckets, dense), x[test])
            logp[test] = np.log(np.maximum(probs, 1e-12))
        for bias in _biases(steps):
            z = logp + np.array(bias)
            p = np.exp(z - z.max(axis=1, keepdims=True))
            value = _objective(y, _decided(p / p.sum(axis=1, keepdims=True)))
            if value > best[0] + 1e-9:
                best = (value, (c, weighting, bias))
    return best[1]


def cross_validate(
    found: Sequence[Case],
    settings: Settings,
    grid: Sequence[tuple[float, str]],
    steps: Sequence[float],
    buckets: int,
    dense: int,
    repeats: int,
) -> tuple[list[dict[str, Any]], list[str], list[Choice]]:
    """Nested CV: per outer fold, (C, weighting, prior shift) chosen by inner CV on the training
    claims, the model fitted on them, the held-out claims decided as ``decide`` does (rules where the
    model is not asked). Returns per-fold scores, the first shuffle's out-of-fold labels and the
    choices made."""
    from sklearn.model_selection import StratifiedKFold

    x, y, mask, ruled = design(found, settings, buckets, dense)
    folds: list[dict[str, Any]] = []
    first: list[str] = [""] * len(found)
    chosen: list[Choice] = []
    for seed in range(repeats):
        for train, test in StratifiedKFold(n_splits=5, shuffle=True, random_state=seed).split(x, y):
            train = train[mask[train]]
            c, weighting, bias = choose(x[train], y[train], grid, steps, buckets, dense, seed)
            chosen.append((c, weighting, bias))
            spec = shifted(fit(x[train], y[train], c, weighting, buckets, dense), bias)
            modelled = test[mask[test]]
            decided = dict(zip(modelled.tolist(), _decided(_probabilities(spec, x[modelled])).tolist(), strict=True))
            predicted = [
                FROM_AVERITEC_INV[VERDICT_CLASSES[decided[i]]] if i in decided else ruled[i] for i in test.tolist()
            ]
            folds.append(scores([found[i].gold for i in test], predicted))
            if seed == 0:
                for i, p in zip(test, predicted, strict=True):
                    first[i] = p
    return folds, first, chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--out", default=str(ROOT / "src" / "saidwhen" / "data" / "verdict.json"))
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "saidwhen-verdict-cache"))
    parser.add_argument("--refresh", action="store_true", help="rebuild the cached evidence")
    parser.add_argument("--C", type=float, nargs="+", default=[0.03, 0.1, 0.3])
    parser.add_argument("--weighting", nargs="+", default=["none", "balanced"])
    parser.add_argument("--bias", type=float, nargs="+", default=[0.0], help="prior shifts tried (0 only: none)")
    parser.add_argument("--buckets", type=int, default=1024, help="hash buckets for answer words and claim words")
    parser.add_argument(
        "--dense", type=int, default=OnnxMiniLM.dim, help="embedding width of the dense features (0: none)"
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--dry-run", action="store_true", help="report CV figures, write nothing")
    args = parser.parse_args()

    path = Path(args.data) / "averitec" / "dev_even.json"
    settings = Settings()
    found = gathered_cases(path, settings, Path(args.cache), args.refresh)
    baseline = scores([c.gold for c in found], [predict(c, settings, model=None) for c in found])
    print(f"{len(found)} claims; rules without the model: accuracy {baseline['accuracy']:.3f}, "
          f"macro-F1 {baseline['macro_f1']:.3f}")  # fmt: skip
    grid = [(c, w) for c in args.C for w in args.weighting]
    folds, first, chosen = cross_validate(found, settings, grid, args.bias, args.buckets, args.dense, args.repeats)
    acc = [f["accuracy"] for f in folds]
    f1 = [f["macro_f1"] for f in folds]
    oof = scores([k.gold for k in found], first)
    print(f"nested CV 5-fold x {args.repeats} (C, weighting chosen inside each fold): accuracy "
          f"{np.mean(acc):.3f} ± {np.std(acc):.3f}, macro-F1 {np.mean(f1):.3f} ± {np.std(f1):.3f}")  # fmt: skip
    print(f"choices per fold: {dict(Counter(f'C={c} {w} shift={b}' for c, w, b in chosen))}")
    print(f"out-of-fold confusion (first shuffle; rows gold, columns predicted S R NEE C/C): {oof['confusion']}")
    x, y, mask, _ = design(found, settings, args.buckets, args.dense)
    c, weighting, bias = choose(x[mask], y[mask], grid, args.bias, args.buckets, args.dense, seed=0)
    spec = shifted(fit(x[mask], y[mask], c, weighting, args.buckets, args.dense), bias)
    final = ClaimModel({**spec, "version": VERSION})
    in_sample = scores([k.gold for k in found], [predict(k, settings, model=final) for k in found])
    print(f"final: C={c} weighting={weighting} shift={bias}; in-sample (fitted on all 250; NOT an estimate): "
          f"accuracy {in_sample['accuracy']:.3f}, macro-F1 {in_sample['macro_f1']:.3f}")  # fmt: skip
    if args.dry_run:
        return
    record = {
        "version": VERSION,
        "kind": "multinomial logistic regression over saidwhen.verify.aggregate.CLAIM_FEATURES and hashed "
        "answer / claim word presence (aggregate.lexical_buckets; crc32, no vocabulary stored) and the claim's and "
        "evidence answers' MiniLM embeddings (aggregate.dense_features)",
        **spec,
        "data": {
            "file": "shared/data/averitec/dev_even.json (AVeriTeC dev, even indices; not copied here)",
            "sha256": sha256(path),
            "claims": len(found),
            "decided_by_model": int(mask.sum()),
            "labels": dict(Counter(k.gold for k in found)),
            "evidence": "gold question-answer pairs, one article per answer, through saidwhen's pipeline",
            "embedder": OnnxMiniLM.model_id,
            "stance_model": FeatureStance().name,
        },
        "training": {
            "C": c,
            "class_weight": weighting,
            "prior_shift": list(bias),
            "prior_shift_steps": args.bias,
            "model_gate": MODEL_GATE,
            "model_confidence": MODEL_CONFIDENCE,
            "cv": f"nested: 5-fold StratifiedKFold by claim x {args.repeats} shuffles, (C, class weight, prior shift) "
            "chosen by inner 4-fold CV on the training claims; full decide() rules on held-out claims",
            "cv_grid": [f"C={k} weighting={w}" for k, w in grid],
            "cv_accuracy_mean": round(float(np.mean(acc)), 4),
            "cv_accuracy_sd": round(float(np.std(acc)), 4),
            "cv_macro_f1_mean": round(float(np.mean(f1)), 4),
            "cv_macro_f1_sd": round(float(np.std(f1)), 4),
            "cv_accuracy_folds": acc,
            "cv_macro_f1_folds": f1,
            "cv_out_of_fold_confusion_first_shuffle": oof["confusion"],
            "rules_only_accuracy": baseline["accuracy"],
            "rules_only_macro_f1": baseline["macro_f1"],
            "in_sample_accuracy": in_sample["accuracy"],
            "in_sample_macro_f1": in_sample["macro_f1"],
            "trained": date.today().isoformat(),
            "script": "scripts/train_verdict.py",
        },
    }
    out = Path(args.out)
    out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
