"""Train the claim-level verdict model shipped in src/saidwhen/data/verdict.json.

    .venv/bin/python scripts/train_verdict.py [--data ../shared/data] [--cache DIR] [--refresh] [--dry-run]

Data: the AVeriTeC even half (../shared/data/averitec/dev_even.json, 250 claims). Each claim goes
through saidwhen's own pipeline with its gold question-answer evidence (``evaluate.averitec.cases``:
one article per answer, fresh SQLite store, retrieval, quote fidelity, SICK stance). The model is a
multinomial logistic regression over ``saidwhen.verify.aggregate.CLAIM_FEATURES`` of the evidence
``verdict.decide`` weighs (``verdict.weighed``); inference is plain Python (``stance.LinearModel``).

Honest figures: 5-fold StratifiedKFold by claim (``--repeats`` shuffles). In each fold the model is
fitted on the training claims only and the held-out claims are decided by the full ``decide`` rules
with that model (attributed claims and fact-checks stay rule-driven; no weighed evidence -> not
enough evidence). Reported: accuracy and macro-F1 per fold, mean over all folds. The regularisation
(C) and class weighting are chosen by the CV mean of accuracy + macro-F1; the model is then refitted
on all claims and written with a record of its data and figures.

The gathered evidence is cached (pickles under ``--cache``, a temp folder by default, never in the
repo): the first run embeds ~2,100 texts (about a minute); later runs take seconds. ``--refresh``
rebuilds the cache after a change to retrieval, fidelity or stance. Needs scikit-learn (training only).
"""

from __future__ import annotations

import argparse
import hashlib
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
from saidwhen.verify.aggregate import CLAIM_FEATURES  # noqa: E402
from saidwhen.verify.stance import FeatureStance, LinearModel  # noqa: E402
from saidwhen.verify.verdict import VERDICT_CLASSES, aggregate_features, weighed  # noqa: E402

FROM_AVERITEC = {
    "Supported": "supported",
    "Refuted": "refuted",
    "Not Enough Evidence": "not_enough_evidence",
    "Conflicting Evidence/Cherrypicking": "conflicting",
}
VERSION = "averitec-even-2"


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
    key = f"{sha256(path)[:12]}-{FeatureStance().name}"
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


def fit(x: np.ndarray, y: np.ndarray, c: float, weighting: str) -> dict[str, Any]:
    """Standardise, fit, and return the JSON spec of a ``LinearModel`` (rows in VERDICT_CLASSES order)."""
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
        "classes": list(VERDICT_CLASSES),
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "coef": coef.round(6).tolist(),
        "intercept": intercept.round(6).tolist(),
    }


def design(found: Sequence[Case]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, mask of claims the model decides) over all cases."""
    x = np.zeros((len(found), len(CLAIM_FEATURES)))
    y = np.array([VERDICT_CLASSES.index(FROM_AVERITEC[c.gold]) for c in found])
    mask = np.zeros(len(found), dtype=bool)
    for i, case in enumerate(found):
        g = case.gathered
        if g is not None and weighed(g.claim, g.stances):
            x[i] = aggregate_features(g.claim, g.stances)
            mask[i] = True
    return x, y, mask


def cross_validate(
    found: Sequence[Case], settings: Settings, c: float, weighting: str, repeats: int
) -> tuple[list[dict[str, Any]], list[str]]:
    """Per-fold scores of the full decision with a model fitted on the other folds; also the
    first shuffle's out-of-fold predictions."""
    from sklearn.model_selection import StratifiedKFold

    x, y, mask = design(found)
    folds: list[dict[str, Any]] = []
    first: list[str] = [""] * len(found)
    for seed in range(repeats):
        for train, test in StratifiedKFold(n_splits=5, shuffle=True, random_state=seed).split(x, y):
            train = train[mask[train]]
            model = LinearModel({**fit(x[train], y[train], c, weighting), "version": "cv"})
            predicted = [predict(found[i], settings, model=model) for i in test]
            folds.append(scores([found[i].gold for i in test], predicted))
            if seed == 0:
                for i, p in zip(test, predicted, strict=True):
                    first[i] = p
    return folds, first


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--out", default=str(ROOT / "src" / "saidwhen" / "data" / "verdict.json"))
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "saidwhen-verdict-cache"))
    parser.add_argument("--refresh", action="store_true", help="rebuild the cached evidence")
    parser.add_argument("--C", type=float, nargs="+", default=[0.03, 0.1, 0.3, 1.0])
    parser.add_argument("--weighting", nargs="+", default=["none", "sqrt", "balanced"])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--dry-run", action="store_true", help="report CV figures, write nothing")
    args = parser.parse_args()

    path = Path(args.data) / "averitec" / "dev_even.json"
    settings = Settings()
    found = gathered_cases(path, settings, Path(args.cache), args.refresh)
    baseline = scores([c.gold for c in found], [predict(c, settings, model=None) for c in found])
    print(f"{len(found)} claims; rules without the model: accuracy {baseline['accuracy']:.3f}, "
          f"macro-F1 {baseline['macro_f1']:.3f}")  # fmt: skip
    results: dict[tuple[float, str], tuple[float, float, list[dict[str, Any]], list[str]]] = {}
    for c in args.C:
        for weighting in args.weighting:
            folds, first = cross_validate(found, settings, c, weighting, args.repeats)
            acc = float(np.mean([f["accuracy"] for f in folds]))
            f1 = float(np.mean([f["macro_f1"] for f in folds]))
            results[(c, weighting)] = (acc, f1, folds, first)
            print(f"C={c} weighting={weighting} CV 5-fold x {args.repeats}: accuracy {acc:.3f}, macro-F1 {f1:.3f}")
    (c, weighting), (acc, f1, folds, first) = max(results.items(), key=lambda kv: kv[1][0] + kv[1][1])
    oof = scores([k.gold for k in found], first)
    print(f"chose C={c} weighting={weighting}: CV accuracy {acc:.3f}, macro-F1 {f1:.3f}")
    print(f"out-of-fold confusion (first shuffle; rows gold, columns predicted S R NEE C/C): {oof['confusion']}")
    x, y, mask = design(found)
    spec = fit(x[mask], y[mask], c, weighting)
    final = LinearModel({**spec, "version": VERSION})
    in_sample = scores([k.gold for k in found], [predict(k, settings, model=final) for k in found])
    print(f"in-sample (fitted on all 250; NOT an estimate): accuracy {in_sample['accuracy']:.3f}, "
          f"macro-F1 {in_sample['macro_f1']:.3f}")  # fmt: skip
    if args.dry_run:
        return
    record = {
        "version": VERSION,
        "kind": "multinomial logistic regression over saidwhen.verify.aggregate.CLAIM_FEATURES",
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
            "cv": f"5-fold StratifiedKFold by claim x {args.repeats} shuffles; full decide() rules on held-out claims",
            "cv_accuracy_mean": round(acc, 4),
            "cv_macro_f1_mean": round(f1, 4),
            "cv_accuracy_folds": [f["accuracy"] for f in folds],
            "cv_macro_f1_folds": [f["macro_f1"] for f in folds],
            "cv_out_of_fold_confusion_first_shuffle": oof["confusion"],
            "grid": {f"C={k[0]} weighting={k[1]}": [round(v[0], 4), round(v[1], 4)] for k, v in results.items()},
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
