"""PolNeAR attribution extraction: saidwhen's quotes scored against the gold brat annotations.

The scoring is the project's reference scorer (``shared/tools/score_polnear.py``) restated with
types, and must agree with it to the last digit:

* content P/R/F1: a prediction matches a gold attribution when their contents have character IoU
  >= 0.5, whitespace and quote marks ignored; one-to-one greedy matching by best IoU per article;
* speaker accuracy: over matched pairs, the predicted source span overlaps the gold Source (both
  None counts as right); the stricter "head" variant also wants the gold Source's last word;
* end-to-end P/R/F1: content matched AND source right;
* DIRECT: gold content holding a “ ” or " mark; an unmatched prediction counts against DIRECT
  precision when its content holds or touches such a mark; predictions matched to an indirect gold
  are ignored there.

An article annotated twice counts once (its first .ann by sorted name); a split quote is one
attribution with several pieces.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from saidwhen.errors import InputError

Pieces = list[tuple[int, int]]
QUOTES = frozenset('“”"')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A gold or predicted attribution: content, source and cue as lists of (start, end) pieces."""

    content: Pieces
    source: Pieces | None
    cue: Pieces | None


def load_ann(path: Path) -> list[Attribution]:
    """The attributions of one brat ``.ann`` file (events without Content are skipped)."""
    spans: dict[str, Pieces] = {}
    events: list[list[list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if p[0].startswith("T") and len(p) >= 2:
            _, offs = p[1].split(" ", 1)
            spans[p[0]] = [(int(a), int(b)) for a, b in (x.split() for x in offs.split(";"))]
        elif p[0].startswith("E") and len(p) >= 2:
            events.append([a.split(":") for a in p[1].split()])
    out = []
    for ev in events:
        roles: dict[str, Pieces] = defaultdict(list)
        for key, tid in ev:
            base = re.sub(r"\d+$", "", key)
            if base in ("Content", "Source", "Cue"):
                roles[base] += spans[tid]
        if roles["Content"]:
            out.append(
                Attribution(sorted(roles["Content"]), sorted(roles["Source"]) or None, sorted(roles["Cue"]) or None)
            )
    return out


def load_gold(split_dir: Path) -> tuple[dict[str, str], dict[str, list[Attribution]]]:
    """Texts and gold attributions of a split (``text/``, ``attributions/``), by article stem."""
    ann_dir = split_dir / "attributions"
    if not ann_dir.is_dir() or not (split_dir / "text").is_dir():
        raise InputError(f"{split_dir}: not a PolNeAR split (want text/ and attributions/ folders)")
    texts: dict[str, str] = {}
    gold: dict[str, list[Attribution]] = {}
    for fn in sorted(os.listdir(ann_dir)):
        if not fn.endswith(".ann"):
            continue
        art = fn[:-4].rsplit("_", 1)[0]
        if art in gold:  # annotated twice: keep the first by sorted name
            continue
        with open(split_dir / "text" / f"{art}.txt", encoding="utf-8") as f:
            texts[art] = f.read()
        gold[art] = load_ann(ann_dir / fn)
    return texts, gold


def pieces(span: Any) -> Pieces | None:
    """``[s, e]``, ``[[s, e], ...]`` or None as a list of pieces."""
    if span is None:
        return None
    if len(span) == 2 and all(isinstance(x, int) for x in span):
        return [(span[0], span[1])]
    return [(int(a), int(b)) for a, b in span]


def _charset(text: str, spans: Pieces) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace() and text[i] not in QUOTES}


def _has_quote(text: str, spans: Pieces, touch: bool = False) -> bool:
    for s, e in spans:
        if touch:
            s, e = max(s - 1, 0), e + 1
        if QUOTES & set(text[s:e]):
            return True
    return False


def _overlaps(a: Pieces, b: Pieces) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _source_ok(text: str, pred: Pieces | None, gold: Pieces | None, strict: bool) -> bool:
    if gold is None:
        return pred is None
    if pred is None or not _overlaps(pred, gold):
        return False
    if not strict:
        return True
    gold_words = [w.lower() for s, e in gold for w in _WORD.findall(text[s:e])]
    pred_words = [w.lower() for s, e in pred for w in _WORD.findall(text[s:e])]
    return (gold_words[-1] if gold_words else None) in pred_words


def match(text: str, preds: Sequence[Attribution], golds: Sequence[Attribution]) -> dict[int, int]:
    """One-to-one greedy matching by best content IoU >= 0.5: ``{pred index: gold index}``."""
    pc = [_charset(text, p.content) for p in preds]
    gc = [_charset(text, g.content) for g in golds]
    cands = []
    for i, a in enumerate(pc):
        for j, b in enumerate(gc):
            inter = len(a & b)
            if inter and inter / len(a | b) >= 0.5:
                cands.append((-inter / len(a | b), i, j))
    cands.sort()
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in cands:
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    texts: dict[str, str], gold: dict[str, list[Attribution]], preds: dict[str, list[Attribution]]
) -> dict[str, dict[str, float | int]]:
    """The reference metrics for the subsets "direct" and "all"."""
    c: dict[str, dict[str, int]] = {s: defaultdict(int) for s in ("direct", "all")}
    for art, golds in gold.items():
        text, ps = texts[art], preds.get(art, [])
        g_direct = [_has_quote(text, g.content) for g in golds]
        pairs = match(text, ps, golds)
        for sub in ("direct", "all"):
            k = c[sub]
            k["n_gold"] += sum(g_direct) if sub == "direct" else len(golds)
            for i, p in enumerate(ps):
                j = pairs.get(i)
                if j is None:
                    if sub == "all" or _has_quote(text, p.content, touch=True):
                        k["n_pred"] += 1
                    continue
                if sub == "direct" and not g_direct[j]:
                    continue
                g = golds[j]
                k["n_pred"] += 1
                k["match"] += 1
                k["src_overlap"] += _source_ok(text, p.source, g.source, strict=False)
                k["src_head"] += _source_ok(text, p.source, g.source, strict=True)
                if g.cue:
                    k["cue_gold"] += 1
                    k["cue_ok"] += bool(p.cue) and _overlaps(p.cue or [], g.cue)
    res: dict[str, dict[str, float | int]] = {}
    for sub, k in c.items():
        cp, cr, cf = _prf(k["match"], k["n_pred"], k["n_gold"])
        ep, er, ef = _prf(k["src_overlap"], k["n_pred"], k["n_gold"])
        _, _, hf = _prf(k["src_head"], k["n_pred"], k["n_gold"])
        m = k["match"] or 1
        res[sub] = {
            "n_gold": k["n_gold"],
            "n_pred": k["n_pred"],
            "n_match": k["match"],
            "content_P": cp,
            "content_R": cr,
            "content_F1": cf,
            "src_acc_overlap": k["src_overlap"] / m,
            "src_acc_head": k["src_head"] / m,
            "e2e_P": ep,
            "e2e_R": er,
            "e2e_F1": ef,
            "e2e_head_F1": hf,
            "cue_acc": k["cue_ok"] / (k["cue_gold"] or 1),
        }
    return res


def predictions(rows: Iterable[dict[str, Any]]) -> dict[str, list[Attribution]]:
    """``quotes --raw`` rows grouped by article."""
    out: dict[str, list[Attribution]] = defaultdict(list)
    for r in rows:
        content = pieces(r["content"])
        if content:
            out[r["article"]].append(Attribution(content, pieces(r.get("source")), pieces(r.get("cue"))))
    return out


def evaluate_polnear(split_dir: Path, pred_out: Path | None = None, workers: int | None = None) -> dict[str, Any]:
    """Run ``quotes --raw`` over ``split_dir/text`` and score it; optionally write the JSONL predictions."""
    from saidwhen.analyse import raw_quotes

    texts, gold = load_gold(split_dir)
    files = [split_dir / "text" / f"{a}.txt" for a in gold]
    rows = list(raw_quotes(files, workers=workers))
    if pred_out is not None:
        with open(pred_out, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)
    result: dict[str, Any] = dict(score(texts, gold, predictions(rows)))
    result["articles"] = len(gold)
    result["gold"] = sum(map(len, gold.values()))
    return result


COLUMNS = (
    "n_gold",
    "n_pred",
    "n_match",
    "content_P",
    "content_R",
    "content_F1",
    "src_acc_overlap",
    "src_acc_head",
    "e2e_P",
    "e2e_R",
    "e2e_F1",
    "e2e_head_F1",
    "cue_acc",
)


def format_scores(result: dict[str, Any]) -> str:
    """The reference scorer's table."""
    lines = [
        f"# {result['articles']} articles, {result['gold']} gold attributions",
        "subset  " + " ".join(f"{c:>15}" for c in COLUMNS),
    ]
    for sub in ("direct", "all"):
        r = result[sub]
        lines.append(
            f"{sub:7} " + " ".join(f"{r[c]:>15}" if isinstance(r[c], int) else f"{r[c]:>15.3f}" for c in COLUMNS)
        )
    return "\n".join(lines)
