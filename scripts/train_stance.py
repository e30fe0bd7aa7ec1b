"""Train the stance model shipped in src/saidwhen/data/stance.json.

    .venv/bin/python scripts/train_stance.py sick [--data ../shared/data] [--out src/saidwhen/data/stance.json]

Reads SICK (../shared/data/sick/SICK.txt: premise A, hypothesis B, NEUTRAL / ENTAILMENT /
CONTRADICTION), maps ENTAILMENT -> supports, CONTRADICTION -> refutes, NEUTRAL -> neutral, computes
``saidwhen.verify.stance.pair_features(B, A, cosine(A, B))`` with the bundled MiniLM, reports 5-fold
cross-validated accuracy and macro-F1 (folds grouped by SICK's sentence-pair source so a sentence's
paraphrases do not sit on both sides), then fits on all pairs and writes the weights with a record
of the data: file, counts per label, CV figures, regularisation. Needs scikit-learn (training only;
the shipped model runs on plain Python).

The claim-level verdict model (data/verdict.json) is trained by ``scripts/train_verdict.py`` on the
AVeriTeC even half.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from saidwhen.index.embed import OnnxMiniLM  # noqa: E402
from saidwhen.verify.stance import FEATURES, pair_features  # noqa: E402

LABELS = {"ENTAILMENT": "supports", "CONTRADICTION": "refutes", "NEUTRAL": "neutral"}
CLASSES = ["supports", "refutes", "neutral"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fit_linear(x: np.ndarray, y: np.ndarray, c: float, balanced: bool) -> dict[str, object]:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced" if balanced else None)
    model.fit((x - mean) / scale, y)
    order = [list(model.classes_).index(k) for k in range(len(CLASSES))]
    return {
        "mean": mean.round(6).tolist(),
        "scale": scale.round(6).tolist(),
        "coef": model.coef_[order].round(6).tolist(),
        "intercept": model.intercept_[order].round(6).tolist(),
    }


def predict(spec: dict[str, object], x: np.ndarray) -> np.ndarray:
    mean, scale = np.array(spec["mean"]), np.array(spec["scale"])
    logits = ((x - mean) / scale) @ np.array(spec["coef"]).T + np.array(spec["intercept"])
    return logits.argmax(axis=1)


def sick(args: argparse.Namespace) -> None:
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import GroupKFold

    path = Path(args.data) / "sick" / "SICK.txt"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    texts = sorted({r["sentence_A"] for r in rows} | {r["sentence_B"] for r in rows})
    print(f"{len(rows)} pairs, {len(texts)} sentences: embedding ...", flush=True)
    vectors = OnnxMiniLM().encode(texts)
    index = {t: i for i, t in enumerate(texts)}
    x = np.array(
        [
            pair_features(
                r["sentence_B"],
                r["sentence_A"],
                float(vectors[index[r["sentence_A"]]] @ vectors[index[r["sentence_B"]]]),
            )
            for r in rows
        ]
    )
    y = np.array([CLASSES.index(LABELS[r["entailment_label"]]) for r in rows])
    groups = np.array([r["sentence_A_original"] for r in rows])  # pairs built from one source sentence
    results = {}
    for c in (0.01, 0.1, 1.0):
        for balanced in (False, True):
            pred = np.zeros_like(y)
            for train, test in GroupKFold(n_splits=5).split(x, y, groups):
                pred[test] = predict(fit_linear(x[train], y[train], c, balanced), x[test])
            results[(c, balanced)] = (accuracy_score(y, pred), f1_score(y, pred, average="macro"))
            print(
                f"C={c} balanced={balanced}: CV accuracy {results[(c, balanced)][0]:.3f}, "
                f"macro-F1 {results[(c, balanced)][1]:.3f}"
            )
    (c, balanced), (acc, f1) = max(results.items(), key=lambda kv: kv[1][1])
    spec = fit_linear(x, y, c, balanced)
    in_sample = predict(spec, x)
    record = {
        "version": "sick-1",
        "kind": "multinomial logistic regression over saidwhen.verify.stance.FEATURES",
        "features": list(FEATURES),
        "classes": CLASSES,
        **spec,
        "data": {
            "file": "shared/data/sick/SICK.txt",
            "sha256": sha256(path),
            "pairs": len(rows),
            "labels": dict(Counter(LABELS[r["entailment_label"]] for r in rows)),
            "mapping": LABELS,
            "claim": "sentence_B",
            "evidence": "sentence_A",
            "embedder": OnnxMiniLM.model_id,
        },
        "training": {
            "C": c,
            "class_weight": "balanced" if balanced else None,
            "cv": "5-fold GroupKFold by sentence_A_original",
            "cv_accuracy": round(float(acc), 4),
            "cv_macro_f1": round(float(f1), 4),
            "in_sample_accuracy": round(float(accuracy_score(y, in_sample)), 4),
            "in_sample_macro_f1": round(float(f1_score(y, in_sample, average="macro")), 4),
            "trained": date.today().isoformat(),
            "script": "scripts/train_stance.py sick",
        },
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    print(f"chose C={c} balanced={balanced}: CV accuracy {acc:.3f}, macro-F1 {f1:.3f}; wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("sick", help="train the pairwise stance model on SICK")
    p.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    p.add_argument("--out", default=str(ROOT / "src" / "saidwhen" / "data" / "stance.json"))
    args = parser.parse_args()
    sick(args)


if __name__ == "__main__":
    main()
