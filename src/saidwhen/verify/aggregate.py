"""Claim-level evidence features: what all the evidence of one claim says, taken together.

``claim_features`` turns a claim and the stances of its evidence into one fixed-length vector
(``CLAIM_FEATURES``), the input of the claim-level verdict model (``data/verdict.json``, trained by
``scripts/train_verdict.py``). Every feature is a property of the evidence, not of a corpus: the
stance model's probabilities aggregated over all evidence, how much of the evidence answers a
question "No" or "Yes", says that nothing was found, carries debunking, confirming or qualifying
words, gives other numbers, dates or names than the claim, and how close it is to the claim.

A text that reads "Question? Answer." is split at its last question mark so that cue words are
read in the answer only: "Is it true that ...?" must not count as confirming.

Evidence that is not about the claim adds nothing: each per-item feature is weighted by the item's
relevance, so a corpus of unrelated texts gives (nearly) the zero vector whatever it says.

``lexical_buckets`` adds which words the answers and the claim use, hashed into a fixed number of
buckets (no vocabulary ships); ``dense_features`` adds the claim's sentence embedding and the mean
embedding of the most relevant answers (MiniLM, computed by ``verify.gather``); ``ClaimModel`` is
the model over all three (``claim_vector``).
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from saidwhen.records import Claim, StanceScore
from saidwhen.verify import text as tx
from saidwhen.verify.stance import REFUTE_CUES, SUPPORT_CUES

NO_ANSWER = re.compile(
    r"\bno (?:answer|information|evidence|results?|record|proof|data|reports?|mention)s?\b"
    r"|\bcould(?: not|n['’]t) (?:be )?(?:f(?:ind|ound)|locate|verify|confirm)"
    r"|\b(?:unanswerable|unverified|unable to (?:find|verify|confirm)|not (?:be )?(?:found|available))\b",
    re.I,
)
_QUALIFY = re.compile(
    r"\b(?:however|but|although|though|while|partly|partially|some|misleading|context|exaggerat\w*"
    r"|not (?:entirely|exactly|quite|all|only)|in part|depends|unclear|mixed|out of context|cherry-?pick\w*)\b",
    re.I,
)
_BOOLEAN = re.compile(r"^\W*(?P<a>yes|no)\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

CLAIM_FEATURES = (
    "log_count",  # log(1 + number of evidence items)
    "max_relevance",
    "mean_relevance",
    "max_supports",  # stance probabilities, maximum over relevant evidence
    "max_refutes",
    "mean_supports",  # relevance-weighted means over all evidence
    "mean_refutes",
    "answer_no",  # relevance-weighted share of evidence answering a question "No"
    "answer_yes",
    "no_answer",  # "no answer could be found", "no evidence", "could not verify"
    "refute_cues",  # "false", "fake", "hoax", "satire", "did not say" in the answer
    "support_cues",  # "confirmed", "true", "official" in the answer
    "qualified",  # "however", "but", "partly", "misleading", "out of context"
    "number_match",  # the evidence gives a number of the claim
    "number_mismatch",  # the evidence gives numbers, none of the claim's
    "year_mismatch",  # the evidence gives years, none of the claim's
    "names_missing",  # share of the claim's names absent from the evidence
    "negation_mismatch",  # one side negated, the other not
    "qa_agrees",  # a Yes/No answer that, read with its question's polarity, affirms the claim
    "qa_disagrees",  # ... or denies it (weighted by how much the question restates the claim)
)


def split_answer(text: str) -> tuple[str, str]:
    """("Question?", "answer") of a question-answer text; ("", text) when it asks nothing."""
    at = text.rfind("?")
    if at < 0 or at > len(text) - 2:
        return "", text
    return text[: at + 1], text[at + 1 :].strip(" \"“”'")


_ASKS = re.compile(
    r"^[\s(\[*•-]*(?:(?:for|in|on|at|by|to|from|since|according)\s+(?:\S+\s+){0,3}?)?"
    r"(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could"
    r"|will|would|should|shall|may|might|must)\b",
    re.I,
)


def is_question_answer(text: str) -> bool:
    """Whether ``text`` reads "Question? Answer.": it opens with a question (a wh-word or an
    auxiliary verb, perhaps after a short prepositional phrase, up to a question mark) that
    something answers."""
    question, answer = split_answer(text)
    return bool(question) and bool(answer) and bool(_ASKS.match(question))


def _years(text: str) -> set[str]:
    return set(_YEAR.findall(text))


def claim_features(
    claim: Claim, stances: Sequence[StanceScore], relevance: Callable[[Claim, StanceScore], float]
) -> list[float]:
    """The ``CLAIM_FEATURES`` vector of ``claim`` over ``stances`` (all of its evidence).
    ``relevance`` scores how much one evidence item is about the claim (0..1)."""
    if not stances:
        return [0.0] * len(CLAIM_FEATURES)
    weights = [max(0.0, min(1.0, relevance(claim, s))) for s in stances]
    total = sum(weights) or 1.0
    claim_values = tx.number_values(claim.content)
    claim_years = _years(claim.content)
    claim_names = tx.names(claim.content)
    claim_neg = tx.negation_count(claim.content) % 2

    rows: list[list[float]] = []
    for s in stances:
        question, answer = split_answer(s.evidence.text)
        boolean = _BOOLEAN.match(answer) if question else None
        said = boolean.group("a").lower() if boolean else ""
        values = tx.number_values(answer)
        years = _years(answer)
        keys = tx.keys(s.evidence.text)
        missing = sum(1 for n in claim_names if not tx.name_present(n, keys)) / len(claim_names) if claim_names else 0.0
        rows.append(
            [
                s.supports,
                s.refutes,
                float(said == "no"),
                float(said == "yes"),
                float(bool(NO_ANSWER.search(answer))),
                float(bool(REFUTE_CUES.search(answer))),
                float(bool(SUPPORT_CUES.search(answer))),
                float(bool(_QUALIFY.search(answer))),
                float(bool(claim_values & values)),
                float(bool(claim_values) and bool(values) and not claim_values & values),
                float(bool(claim_years) and bool(years) and not claim_years & years),
                missing,
                float(claim_neg != tx.negation_count(answer) % 2),
                *_qa_polarity(claim, question, said, claim_neg),
            ]
        )

    def weighted(k: int) -> float:
        return sum(r[k] * w for r, w in zip(rows, weights, strict=True)) / total

    relevant = [r for r, w in zip(rows, weights, strict=True) if w >= 0.3] or rows
    return [
        math.log1p(len(stances)),
        max(weights),
        sum(weights) / len(weights),
        max(r[0] for r in relevant),
        max(r[1] for r in relevant),
        weighted(0),
        weighted(1),
        *(weighted(k) for k in range(2, 15)),
    ]


def _qa_polarity(claim: Claim, question: str, said: str, claim_neg: int) -> tuple[float, float]:
    """(agrees, disagrees): "Has X done Y? No." denies "X did Y" and affirms "X has not done Y"; the
    weight is how much of the claim the question restates (its content-word recall)."""
    if not said:
        return 0.0, 0.0
    wanted = set(tx.content_stems(claim.content))
    restated = len(wanted & set(tx.content_stems(question))) / len(wanted) if wanted else 0.0
    same = (tx.negation_count(question) % 2) == claim_neg
    affirms = (said == "yes") == same
    return (restated, 0.0) if affirms else (0.0, restated)


# Lexical features: the words of the evidence's answers and of the claim, hashed into a fixed number
# of buckets (no vocabulary is stored, so no training text ships with the model). Digits read as one
# token: what matters is that an answer gives a number, not which one.
_WORD = re.compile(r"[a-z]+|\d+")
ANSWER_FIELD = "a"
CLAIM_FIELD = "c"


def words(text: str) -> set[str]:
    """The distinct lower-cased words of ``text`` ("<num>" for a run of digits)."""
    return {"<num>" if w.isdigit() else w for w in _WORD.findall(text.lower())}


def bucket(field: str, word: str, buckets: int) -> int:
    """The hash bucket of ``word`` in ``field`` (crc32: stable across runs and platforms)."""
    return zlib.crc32(f"{field}:{word}".encode()) % buckets


def lexical_buckets(claim: Claim, stances: Sequence[StanceScore], buckets: int) -> list[int]:
    """Indices (in ``0 .. 2 * buckets``) of the words present: answer words of the evidence first,
    then the claim's words. Each index at most once (presence, not counts)."""
    answer_words: set[str] = set()
    for s in stances:
        answer_words |= words(split_answer(s.evidence.text)[1])
    found = {bucket(ANSWER_FIELD, w, buckets) for w in answer_words}
    found |= {buckets + bucket(CLAIM_FIELD, w, buckets) for w in words(claim.content)}
    return sorted(found)


# Dense features: the claim's sentence embedding and the mean embedding of the answers of the most
# relevant evidence (what the evidence says, read by meaning rather than by word). The vectors come
# from the embedder through ``dense_texts``; a missing vector reads as zeros.
DENSE_EVIDENCE = 12  # the answers of at most this many evidence items (most relevant first)

Vectors = Mapping[str, npt.NDArray[np.float32]]


def dense_texts(
    claim: Claim, stances: Sequence[StanceScore], relevance: Callable[[Claim, StanceScore], float]
) -> list[str]:
    """The texts whose embeddings the dense features read: the claim's content, then the answers of
    the ``DENSE_EVIDENCE`` most relevant evidence items."""
    ranked = sorted(stances, key=lambda s: -relevance(claim, s))[:DENSE_EVIDENCE]
    answers = [split_answer(s.evidence.text)[1] for s in ranked]
    return [claim.content, *(a for a in answers if a)]


def dense_features(
    claim: Claim,
    stances: Sequence[StanceScore],
    relevance: Callable[[Claim, StanceScore], float],
    vectors: Vectors,
    dim: int,
) -> npt.NDArray[np.float64]:
    """The claim's embedding followed by the mean embedding of the evidence answers (``dense_texts``)."""
    out = np.zeros(2 * dim)
    texts = dense_texts(claim, stances, relevance)
    head = vectors.get(texts[0])
    if head is not None and head.shape == (dim,):
        out[:dim] = head
    rows = [v for t in texts[1:] if (v := vectors.get(t)) is not None and v.shape == (dim,)]
    if rows:
        out[dim:] = np.mean(rows, axis=0)
    return out


def claim_vector(
    claim: Claim,
    stances: Sequence[StanceScore],
    relevance: Callable[[Claim, StanceScore], float],
    buckets: int,
    vectors: Vectors | None = None,
    dense: int = 0,
) -> npt.NDArray[np.float64]:
    """``claim_features``, then ``2 * buckets`` word-presence indicators (``lexical_buckets``), then
    ``2 * dense`` embedding values (``dense_features``; zeros without ``vectors``)."""
    x = np.zeros(len(CLAIM_FEATURES) + 2 * buckets + 2 * dense)
    x[: len(CLAIM_FEATURES)] = claim_features(claim, stances, relevance)
    if buckets:
        x[[len(CLAIM_FEATURES) + k for k in lexical_buckets(claim, stances, buckets)]] = 1.0
    if dense:
        x[len(CLAIM_FEATURES) + 2 * buckets :] = dense_features(claim, stances, relevance, vectors or {}, dense)
    return x


class ClaimModel:
    """The claim-level verdict model (``data/verdict.json``): a multinomial logistic regression over
    ``CLAIM_FEATURES``, hashed answer and claim words (``lexical_buckets``) and, when the spec has
    ``dense`` > 0, the claim's and the answers' embeddings (``dense_features``), standardised, then
    softmax(W x + b). Inference is numpy only."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.features: list[str] = list(spec["features"])
        if self.features != list(CLAIM_FEATURES):
            raise ValueError("verdict model spec: trained on other features than CLAIM_FEATURES")
        self.buckets: int = int(spec.get("buckets", 0))
        self.dense: int = int(spec.get("dense", 0))
        self.classes: list[str] = list(spec["classes"])
        self.version: str = str(spec.get("version", "0"))
        width = len(self.features) + 2 * self.buckets + 2 * self.dense
        self.mean = np.asarray(spec["mean"], dtype=np.float64)
        self.scale = np.asarray(spec["scale"], dtype=np.float64)
        self.scale[self.scale == 0] = 1.0
        self.coef = np.asarray(spec["coef"], dtype=np.float64)
        self.intercept = np.asarray(spec["intercept"], dtype=np.float64)
        if self.mean.shape != (width,) or self.coef.shape != (len(self.classes), width):
            raise ValueError(f"verdict model spec: expected {width} weights per class")

    def vector(
        self,
        claim: Claim,
        stances: Sequence[StanceScore],
        relevance: Callable[[Claim, StanceScore], float],
        vectors: Vectors | None = None,
    ) -> npt.NDArray[np.float64]:
        """The model's input for ``claim`` over ``stances`` (unstandardised)."""
        return claim_vector(claim, stances, relevance, self.buckets, vectors, self.dense)

    def probabilities_of(self, x: npt.NDArray[np.float64]) -> dict[str, float]:
        logits = self.coef @ ((x - self.mean) / self.scale) + self.intercept
        exp = np.exp(logits - logits.max())
        return {c: float(e) for c, e in zip(self.classes, exp / exp.sum(), strict=True)}

    def claim_probabilities(
        self,
        claim: Claim,
        stances: Sequence[StanceScore],
        relevance: Callable[[Claim, StanceScore], float],
        vectors: Vectors | None = None,
    ) -> dict[str, float]:
        """The probability of each verdict class for ``claim`` given ``stances`` (and the embeddings
        of ``dense_texts``, for a model with dense features)."""
        return self.probabilities_of(self.vector(claim, stances, relevance, vectors))
