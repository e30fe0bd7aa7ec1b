"""Stance of an evidence text toward a claim: supports, refutes or neutral, with a probability.

No neural NLI model loads offline here, so stance is built from structure and features
(``pair_features``): embedding similarity, lexical overlap both ways, negation and polarity
mismatch, antonyms, numbers, named things, modality, and debunking / confirming words. A small
multinomial logistic regression over those features (``FeatureStance``) was trained on SICK
(entailment -> supports, contradiction -> refutes, neutral) by ``scripts/train_stance.py``; its
weights, data record and cross-validated figures ship in ``saidwhen/data/stance.json``.

``StanceModel`` is the seam: a neural NLI model or a local LLM can replace ``FeatureStance``
later without touching retrieval or the verdict.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Sequence
from importlib import resources
from typing import Any, Protocol

from saidwhen.errors import DependencyError
from saidwhen.records import Claim, Evidence, Stance, StanceScore
from saidwhen.verify import text as tx

FEATURES = (
    "similarity",  # cosine of sentence embeddings (lexical recall stands in when unknown)
    "recall",  # share of the claim's content words in the evidence
    "precision",  # share of the evidence's content words in the claim
    "negation_mismatch",  # one side negated, the other not
    "evidence_negated",
    "antonyms",  # an antonym pair across claim and evidence
    "number_match",  # a number of the claim appears in the evidence
    "number_mismatch",  # both give numbers, none shared
    "entities_missing",  # share of the claim's names absent from the evidence
    "modality_mismatch",  # evidence hedged or conditional, claim stated as fact
    "refute_cues",  # "false", "no evidence", "hoax", "did not say" ...
    "support_cues",  # "confirmed", "true", "correct" ...
    "answer_no",  # the evidence answers a question with "No"
    "answer_yes",
)

REFUTE_CUES = re.compile(
    r"\b(?:false(?:ly)?|fake|hoax|untrue|not true|no evidence|no record|no proof|debunk\w*|misleading"
    r"|satir\w*|fabricat\w*|doctored|manipulated|photoshopped|edited|did not say|didn['’]t say|never said"
    r"|not referring|incorrect|inaccurate|baseless|unfounded|myth|rumou?r|denied|denies|no such)\b",
    re.I,
)
SUPPORT_CUES = re.compile(r"\b(?:confirm\w*|true|correct|accurate|indeed|verified|announced|official(?:ly)?)\b", re.I)
_ANSWER = re.compile(r"\?\s*[\"“]?(?P<a>yes|no)\b", re.I)


def pair_features(claim_text: str, evidence_text: str, similarity: float | None = None) -> list[float]:
    """The ``FEATURES`` vector of a (claim, evidence) pair."""
    recall = _recall(claim_text, evidence_text)
    precision = _recall(evidence_text, claim_text)
    claim_neg = tx.negation_count(claim_text) % 2
    evidence_neg = tx.negation_count(evidence_text) % 2
    claim_stems = tx.content_stems(claim_text)
    evidence_stems = tx.content_stems(evidence_text)
    claim_values = tx.number_values(claim_text)
    evidence_values = tx.number_values(evidence_text)
    names = tx.names(claim_text)
    keys = tx.keys(evidence_text)
    missing = sum(1 for n in names if not tx.name_present(n, keys)) / len(names) if names else 0.0
    claim_firm = not (tx.CONDITION.search(claim_text) or tx.HEDGE.search(claim_text))
    evidence_soft = bool(tx.CONDITION.search(evidence_text) or tx.HEDGE.search(evidence_text))
    answer = _ANSWER.search(evidence_text)
    said = answer.group("a").lower() if answer else ""
    return [
        similarity if similarity is not None else recall,
        recall,
        precision,
        float(claim_neg != evidence_neg),
        float(evidence_neg),
        float(tx.antonym_hits(claim_stems, evidence_stems) > 0),
        float(bool(claim_values & evidence_values)),
        float(bool(claim_values) and bool(evidence_values) and not claim_values & evidence_values),
        missing,
        float(claim_firm and evidence_soft),
        min(2.0, float(len(REFUTE_CUES.findall(evidence_text)))),
        min(2.0, float(len(SUPPORT_CUES.findall(evidence_text)))),
        float(said == "no"),
        float(said == "yes"),
    ]


def _recall(a: str, b: str) -> float:
    wanted = set(tx.content_stems(a))
    if not wanted:
        return 0.0
    return len(wanted & set(tx.content_stems(b))) / len(wanted)


def structural(x: Sequence[float], p: dict[str, float]) -> dict[str, float]:
    """Structure SICK cannot teach: a relevant question answered "No" / "Yes", and debunking words
    in relevant evidence, set a floor under refutes / supports."""
    f = dict(zip(FEATURES, x, strict=True))
    relevant = max(f["similarity"], f["recall"]) >= 0.3
    out = dict(p)
    if relevant and f["answer_no"]:
        out["refutes"] = max(out["refutes"], 0.75)
    elif relevant and f["answer_yes"]:
        out["supports"] = max(out["supports"], 0.75)
    elif relevant and f["refute_cues"] >= 1 and f["support_cues"] == 0:
        out["refutes"] = max(out["refutes"], 0.6)
    total = sum(out.values())
    return {k: v / total for k, v in out.items()}


class StanceModel(Protocol):
    """Scores the stance of evidence texts toward a claim. The seam for an NLI model or an LLM."""

    @property
    def name(self) -> str:
        """Model name and version, recorded in verdicts."""
        ...

    def score(
        self, claim: Claim, evidence: Sequence[Evidence], similarity: Sequence[float | None] | None = None
    ) -> list[StanceScore]:
        """One ``StanceScore`` per evidence item, in order."""
        ...


class LinearModel:
    """A multinomial logistic regression stored as JSON: standardise, then softmax(W x + b)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.features: list[str] = list(spec["features"])
        self.classes: list[str] = list(spec["classes"])
        self.mean: list[float] = list(spec["mean"])
        self.scale: list[float] = list(spec["scale"])
        self.coef: list[list[float]] = [list(row) for row in spec["coef"]]
        self.intercept: list[float] = list(spec["intercept"])
        self.version: str = str(spec.get("version", "0"))

    def probabilities(self, x: Sequence[float]) -> dict[str, float]:
        z = [(v - m) / (s or 1.0) for v, m, s in zip(x, self.mean, self.scale, strict=True)]
        logits = [
            b + sum(w * v for w, v in zip(row, z, strict=True))
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}


def load_linear(resource: str) -> LinearModel:
    """A ``LinearModel`` shipped in ``saidwhen/data``; a missing file raises ``DependencyError``."""
    try:
        raw = resources.files("saidwhen").joinpath("data", resource).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        raise DependencyError(
            f"the bundled model saidwhen/data/{resource} is missing; reinstall saidwhen or rebuild it "
            "with scripts/train_stance.py"
        ) from None
    return LinearModel(json.loads(raw))


class FeatureStance:
    """Stance from ``pair_features`` and the SICK-trained weights in ``data/stance.json`` (lazy)."""

    resource = "stance.json"

    def __init__(self, model: LinearModel | None = None) -> None:
        self._model = model
        self._lock = threading.Lock()

    @property
    def model(self) -> LinearModel:
        with self._lock:
            if self._model is None:
                self._model = load_linear(self.resource)
            return self._model

    @property
    def name(self) -> str:
        return f"feature-stance-{self.model.version}"

    def score(
        self, claim: Claim, evidence: Sequence[Evidence], similarity: Sequence[float | None] | None = None
    ) -> list[StanceScore]:
        """Stance of each evidence text toward the claim's content (``similarity`` per item, optional)."""
        sims = list(similarity) if similarity is not None else [ev.similarity for ev in evidence]
        out: list[StanceScore] = []
        for ev, sim in zip(evidence, sims, strict=True):
            x = pair_features(claim.content, ev.text, sim)
            p = structural(x, self.model.probabilities(x))
            if tx.reports_claim(ev.text):
                # "Posts circulated a quote claiming that X" is where X appears, not evidence for X.
                p = {**p, "neutral": p["neutral"] + p["supports"], "supports": 0.0}
            probs = {
                Stance.SUPPORTS: p["supports"],
                Stance.REFUTES: p["refutes"],
                Stance.NEUTRAL: p["neutral"],
            }
            stance = max(probs, key=lambda s: probs[s])
            out.append(
                StanceScore(
                    ev,
                    stance,
                    probs[stance],
                    probs[Stance.SUPPORTS],
                    probs[Stance.REFUTES],
                    probs[Stance.NEUTRAL],
                    self.name,
                )
            )
        return out
