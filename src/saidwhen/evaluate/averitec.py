"""AVeriTeC with gold evidence: each claim is checked against a corpus made only of its own
question-answer evidence, through the normal pipeline (ingest -> store -> retrieve -> verify).

Each answer becomes one article, "Question? Answer." (a Boolean answer is followed by its
explanation), with the answer's ``source_url`` as source, ingested by the normal ingest
(``api.ingest_documents``: analysis and vectors included) into a fresh temporary SQLite store.
The verdict maps to AVeriTeC's labels: supported -> Supported,
refuted -> Refuted, not_enough_evidence -> Not Enough Evidence, misleading and conflicting ->
Conflicting Evidence/Cherrypicking. Writes one ``{"claim_id", "label"}`` line per claim and returns
accuracy, macro-F1 and the confusion matrix.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from saidwhen.errors import InputError, QueryError
from saidwhen.index.embed import Embedder
from saidwhen.records import RawDocument, VerdictLabel
from saidwhen.settings import Settings
from saidwhen.verify import Gathered, decide_gathered, gather
from saidwhen.verify.claims import parse_claim

LABELS = ("Supported", "Refuted", "Not Enough Evidence", "Conflicting Evidence/Cherrypicking")
TO_AVERITEC = {
    VerdictLabel.SUPPORTED: "Supported",
    VerdictLabel.REFUTED: "Refuted",
    VerdictLabel.NOT_ENOUGH_EVIDENCE: "Not Enough Evidence",
    VerdictLabel.MISLEADING: "Conflicting Evidence/Cherrypicking",
    VerdictLabel.CONFLICTING: "Conflicting Evidence/Cherrypicking",
}
FALLBACK = "Refuted"  # the label given to a claim the pipeline cannot read (counted in "unreadable")


@dataclass(frozen=True)
class Case:
    claim_id: int
    gold: str
    gathered: Gathered | None  # None when the claim has no evidence or could not be read
    readable: bool = True  # False when parse_claim refused the claim (QueryError)


def qa_documents(item: dict[str, Any]) -> list[RawDocument]:
    """One plain-text document per answer of an AVeriTeC claim: "Question? Answer. [Explanation.]"."""
    docs: list[RawDocument] = []
    for n, question in enumerate(item.get("questions") or []):
        q = " ".join(str(question.get("question") or "").split())
        if q and not q.endswith("?"):
            q += "?"
        for m, answer in enumerate(question.get("answers") or []):
            a = " ".join(str(answer.get("answer") or "").split())
            explanation = " ".join(str(answer.get("boolean_explanation") or "").split())
            if explanation:
                a = f"{a.rstrip('.')}. {explanation}"
            text = f"{q} {a}".strip()
            if not text:
                continue
            source = str(answer.get("source_url") or f"averitec:{item.get('claim_id')}:q{n}a{m}")
            docs.append(RawDocument(text=text, source=source))
    return docs


def cases(
    path: Path,
    settings: Settings,
    embedder: Embedder | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Case]:
    """Gather the evidence of every claim of an AVeriTeC JSON file, each in its own fresh store filled
    by the normal ingest (``api.ingest_documents``: clean, date, sentences, who-said-what, vectors)."""
    from saidwhen import api

    try:
        items = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read AVeriTeC file {path}: {exc}") from None
    if not isinstance(items, list):
        raise InputError(f"{path} is not an AVeriTeC file: expected a JSON list of claims")
    for n, item in enumerate(items, start=1):
        claim_id = int(item.get("claim_id", n - 1))
        gold = str(item.get("label", ""))
        try:
            claim = parse_claim(str(item.get("claim") or ""), settings=settings)
        except QueryError:
            yield Case(claim_id, gold, None, readable=False)
            continue
        with tempfile.TemporaryDirectory(prefix="saidwhen-averitec-") as tmp:
            # One process: a handful of short texts per claim is not worth a pool of workers.
            local = replace(settings, db=Path(tmp) / "claim.db", workers=1, progress=False)
            api.ingest_documents(qa_documents(item), local)
            with api.open_store(local) as store:
                found = gather(claim, store, embedder) if store.count() else None
        yield Case(claim_id, gold, found)
        if progress is not None:
            progress(n, len(items))


def predict(case: Case, settings: Settings, model: Any = True) -> str:
    """The AVeriTeC label the pipeline gives one gathered case."""
    if not case.readable:
        return FALLBACK
    if case.gathered is None:
        return "Not Enough Evidence"
    return TO_AVERITEC[decide_gathered(case.gathered, settings, model=model).label]


def scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 over the four AVeriTeC labels, per-label F1 and the confusion matrix
    (rows gold, columns predicted, in ``LABELS`` order)."""
    index = {label: i for i, label in enumerate(LABELS)}
    matrix = [[0] * len(LABELS) for _ in LABELS]
    for g, p in zip(gold, predicted, strict=True):
        matrix[index[g]][index[p]] += 1
    f1: dict[str, float] = {}
    for label, i in index.items():
        tp = matrix[i][i]
        fp = sum(matrix[r][i] for r in range(len(LABELS))) - tp
        fn = sum(matrix[i]) - tp
        f1[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    total = len(gold)
    return {
        "n": total,
        "accuracy": round(sum(matrix[i][i] for i in range(len(LABELS))) / total, 4) if total else 0.0,
        "macro_f1": round(sum(f1.values()) / len(LABELS), 4),
        "f1": {k: round(v, 4) for k, v in f1.items()},
        "labels": list(LABELS),
        "confusion": matrix,
    }


def evaluate_averitec(
    path: Path,
    out_path: Path | None,
    settings: Settings,
    embedder: Embedder | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Run the pipeline on every claim of ``path`` with its gold evidence; write predictions as
    JSON lines to ``out_path`` (if given) and return the figures (see ``scores``)."""
    from saidwhen import api

    chosen = embedder if embedder is not None else api.embedder(settings)
    gold: list[str] = []
    predicted: list[str] = []
    unreadable = 0
    lines: list[str] = []
    for case in cases(path, settings, chosen, progress):
        label = predict(case, settings)
        unreadable += not case.readable
        gold.append(case.gold)
        predicted.append(label)
        lines.append(json.dumps({"claim_id": case.claim_id, "label": label}))
    if out_path is not None:
        Path(out_path).write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    result = scores(gold, predicted)
    result["unreadable"] = unreadable
    return result


def format_scores(result: dict[str, Any]) -> str:
    """A plain-text report: accuracy, macro-F1, per-label F1 and the confusion matrix."""
    short = {
        "Supported": "S",
        "Refuted": "R",
        "Not Enough Evidence": "NEE",
        "Conflicting Evidence/Cherrypicking": "C/C",
    }
    rows = [
        f"claims {result['n']}  accuracy {result['accuracy']:.3f}  macro-F1 {result['macro_f1']:.3f}",
        "F1: " + ", ".join(f"{short[k]} {v:.3f}" for k, v in result["f1"].items()),
        "confusion (rows gold, columns predicted): " + " ".join(f"{short[k]:>5}" for k in result["labels"]),
    ]
    for label, row in zip(result["labels"], result["confusion"], strict=True):
        rows.append(f"  {short[label]:>5} " + " ".join(f"{v:>5}" for v in row))
    return "\n".join(rows)
