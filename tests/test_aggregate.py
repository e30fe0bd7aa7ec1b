"""Claim-level evidence features (verify/aggregate.py) read from question-answer and plain evidence."""

from __future__ import annotations

import pytest

from saidwhen.records import Claim, StanceScore
from saidwhen.verify.aggregate import CLAIM_FEATURES, claim_features, split_answer
from saidwhen.verify.claims import parse_claim
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
    asked = features(claim, [st(ev("Is it true or false that the vaccine contains microchips? It contains water."), 0.2, 0.2)])  # noqa: E501
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
