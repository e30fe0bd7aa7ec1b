"""Claim-level evidence features (verify/aggregate.py) read from question-answer and plain evidence."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from saidwhen.records import Claim, StanceScore
from saidwhen.verify import verdict_model
from saidwhen.verify.aggregate import (
    ANSWER_FIELD,
    CLAIM_FEATURES,
    CLAIM_FIELD,
    ClaimModel,
    bucket,
    claim_features,
    dense_features,
    dense_texts,
    is_question_answer,
    lexical_buckets,
    split_answer,
    words,
)
from saidwhen.verify.claims import parse_claim
from saidwhen.verify.verdict import VERDICT_CLASSES
from test_verdict import ev, st


def features(claim: Claim, stances: list[StanceScore], relevance: float = 1.0) -> dict[str, float]:
    return dict(zip(CLAIM_FEATURES, claim_features(claim, stances, lambda c, s: relevance), strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Did it rain? No. The sky was clear.", ("Did it rain?", "No. The sky was clear.")),
        ("It rained on Monday.", ("", "It rained on Monday.")),
        ("Is it true?", ("", "Is it true?")),
    ],
)
def test_aggregate_split_answer(text: str, expected: tuple[str, str]) -> None:
    assert split_answer(text) == expected


@pytest.mark.parametrize(
    ("claim", "evidence", "agrees", "disagrees"),
    [
        ("The EU listed the NDF as a terrorist group.", "Has the EU listed the NDF as a terrorist group? No. Not on the list.", 0, 1),  # noqa: E501
        ("The EU has not listed the NDF as a terrorist group.", "Has the EU listed the NDF as a terrorist group? No. Not on the list.", 1, 0),  # noqa: E501
        ("The EU listed the NDF as a terrorist group.", "Has the EU listed the NDF as a terrorist group? Yes. It is on the list.", 1, 0),  # noqa: E501
        ("The EU listed the NDF as a terrorist group.", "The EU has a list of terrorist groups.", 0, 0),
    ],
)  # fmt: skip
def test_aggregate_yes_no_answers_read_with_question_polarity(
    claim: str, evidence: str, agrees: int, disagrees: int
) -> None:
    f = features(parse_claim(claim), [st(ev(evidence), 0.2, 0.2)])
    assert (f["qa_agrees"] > 0.5, f["qa_disagrees"] > 0.5) == (bool(agrees), bool(disagrees))


def test_aggregate_cues_are_read_in_the_answer_only() -> None:
    claim = parse_claim("The vaccine contains microchips.")
    asked = features(
        claim, [st(ev("Is it true or false that the vaccine contains microchips? It contains water."), 0.2, 0.2)]
    )
    assert asked["refute_cues"] == 0.0 and asked["support_cues"] == 0.0
    denied = features(claim, [st(ev("Does the vaccine contain microchips? This claim is false, a hoax."), 0.2, 0.2)])
    assert denied["refute_cues"] == 1.0
    nothing = features(claim, [st(ev("Does the vaccine contain microchips? No answer could be found."), 0.2, 0.2)])
    assert nothing["no_answer"] == 1.0


def test_aggregate_numbers_and_years() -> None:
    claim = parse_claim("Iowa got 40 percent of its power from wind in 2019.")
    same = features(claim, [st(ev("How much power did Iowa get from wind in 2019? 40 percent."), 0.5, 0.1)])
    other = features(claim, [st(ev("How much power did Iowa get from wind? 12 percent in 2015."), 0.5, 0.1)])
    assert same["number_match"] == 1.0 and same["number_mismatch"] == 0.0
    assert other["number_mismatch"] == 1.0 and other["year_mismatch"] == 1.0


def test_aggregate_irrelevant_evidence_weighs_nothing() -> None:
    claim = parse_claim("The city of Springfield banned plastic bags in 2019.")
    loud = [st(ev("Did it happen? No. This is false, a hoax; no evidence was found."), 0.0, 0.9)]
    f = features(claim, loud, relevance=0.0)
    weighted = ("mean_supports", "mean_refutes", "answer_no", "no_answer", "refute_cues", "qa_disagrees")
    assert all(f[name] == 0.0 for name in weighted)
    assert claim_features(claim, [], lambda c, s: 1.0) == [0.0] * len(CLAIM_FEATURES)


# Hashed lexical features and the ClaimModel (data/verdict.json).
def test_aggregate_words_fold_digits_and_case() -> None:
    assert words("No, 45,000 jobs were NOT lost.") == {"no", "<num>", "jobs", "were", "not", "lost"}


def test_aggregate_lexical_buckets_read_answers_and_claim_apart() -> None:
    claim = parse_claim("The city banned plastic bags.")
    qa = ev("Did the city ban plastic bags? No, it never did.", sim=0.8)
    found = lexical_buckets(claim, [st(qa, 0.1, 0.1)], 64)
    # Answer words only (not the question's), then the claim's words offset by the bucket count.
    answer = {bucket(ANSWER_FIELD, w, 64) for w in ("no", "it", "never", "did")}
    said = {64 + bucket(CLAIM_FIELD, w, 64) for w in ("the", "city", "banned", "plastic", "bags")}
    assert set(found) == answer | said
    assert found == lexical_buckets(claim, [st(qa, 0.1, 0.1)], 64)  # stable (crc32, not hash())


def test_aggregate_claim_model_reads_hashed_words() -> None:
    claim = parse_claim("The city banned plastic bags.")
    no = ev("Did the city ban plastic bags? No, it never did.", sim=0.8)
    width = len(CLAIM_FEATURES) + 2 * 64
    coef = [[0.0] * width for _ in VERDICT_CLASSES]
    coef[VERDICT_CLASSES.index("refuted")][len(CLAIM_FEATURES) + bucket(ANSWER_FIELD, "never", 64)] = 5.0
    model = ClaimModel({"features": list(CLAIM_FEATURES), "buckets": 64, "classes": list(VERDICT_CLASSES),
                        "mean": [0.0] * width, "scale": [1.0] * width, "coef": coef,
                        "intercept": [0.0] * len(VERDICT_CLASSES)})  # fmt: skip
    probs = model.claim_probabilities(claim, [st(no, 0.1, 0.1)], lambda c, s: 1.0)
    assert max(probs, key=lambda k: probs[k]) == "refuted" and probs["refuted"] > 0.9
    assert abs(sum(probs.values()) - 1.0) < 1e-9


def test_aggregate_claim_model_refuses_a_spec_of_other_shape() -> None:
    spec = {"features": list(CLAIM_FEATURES), "buckets": 8, "classes": list(VERDICT_CLASSES),
            "mean": [0.0] * len(CLAIM_FEATURES), "scale": [1.0] * len(CLAIM_FEATURES),
            "coef": [[0.0] * len(CLAIM_FEATURES) for _ in VERDICT_CLASSES], "intercept": [0.0] * 4}  # fmt: skip
    with pytest.raises(ValueError, match="weights per class"):
        ClaimModel(spec)
    with pytest.raises(ValueError, match="other features"):
        ClaimModel({**spec, "features": ["x"]})


def test_aggregate_shipped_model_is_small_and_recorded() -> None:
    model = verdict_model()
    assert model is not None and model.buckets <= 2048
    size = resources.files("saidwhen").joinpath("data", "verdict.json").read_bytes()
    assert len(size) < 1_000_000
    assert model.spec["data"]["claims"] == 250 and "cv_accuracy_mean" in model.spec["training"]


def test_aggregate_dense_features_read_the_claim_and_the_most_relevant_answers() -> None:
    claim = parse_claim("The city banned plastic bags.")
    near = ev("Did the city ban plastic bags? No, it never did.", sim=0.9)
    far = ev("Did the council meet? Yes.", sim=0.3)
    stances = [st(far, 0.1, 0.1), st(near, 0.1, 0.1)]
    by_sim = {near.text: 0.9, far.text: 0.3}
    texts = dense_texts(claim, stances, lambda c, s: by_sim[s.evidence.text])
    assert texts == [claim.content, "No, it never did.", "Yes."]  # the claim, then answers by relevance
    vectors = {claim.content: np.array([1.0, 0, 0, 0]), "No, it never did.": np.array([0, 1.0, 0, 0]),
               "Yes.": np.array([0, 0, 1.0, 0])}  # fmt: skip
    x = dense_features(claim, stances, lambda c, s: 1.0, vectors, 4)
    assert x.tolist() == [1.0, 0, 0, 0, 0, 0.5, 0.5, 0]  # claim vector, then the mean of the answers
    assert not dense_features(claim, stances, lambda c, s: 1.0, {}, 4).any()  # no vectors: zeros

    width = len(CLAIM_FEATURES) + 2 * 8 + 2 * 4
    coef = [[0.0] * width for _ in VERDICT_CLASSES]
    coef[VERDICT_CLASSES.index("refuted")][len(CLAIM_FEATURES) + 16 + 4 + 1] = 12.0  # the "No" answer's axis
    model = ClaimModel({"features": list(CLAIM_FEATURES), "buckets": 8, "dense": 4, "classes": list(VERDICT_CLASSES),
                        "mean": [0.0] * width, "scale": [1.0] * width, "coef": coef,
                        "intercept": [0.0] * len(VERDICT_CLASSES)})  # fmt: skip
    with_vectors = model.claim_probabilities(claim, stances, lambda c, s: 1.0, vectors)
    without = model.claim_probabilities(claim, stances, lambda c, s: 1.0)
    assert with_vectors["refuted"] > 0.9 and abs(without["refuted"] - 0.25) < 1e-9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Did it rain? No. The sky was clear.", True),
        ("For how many years did Nigeria have military rule? 29 years.", True),
        ("According to the CDC, how many died? About 200.", True),
        ("He said what? Nobody knows.", False),  # a quoted or rhetorical question inside news text
        ('"Why would we do that?" she asked reporters.', False),
        ("Is it true?", False),  # nothing answers it
        ("It rained on Monday.", False),
    ],
)
def test_aggregate_question_answer_form(text: str, expected: bool) -> None:
    assert is_question_answer(text) is expected
