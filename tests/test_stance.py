"""Stance features and the shipped SICK-trained stance model."""

from __future__ import annotations

from datetime import date

import pytest

from saidwhen.records import Evidence, Span, Stance
from saidwhen.verify.claims import parse_claim
from saidwhen.verify.stance import FEATURES, FeatureStance, LinearModel, load_linear, pair_features


def ev(text: str) -> Evidence:
    return Evidence("a1", Span(0, len(text)), text, "a1.txt", None, date(2025, 1, 1))


def feature(name: str, claim: str, evidence: str, similarity: float | None = None) -> float:
    return pair_features(claim, evidence, similarity)[FEATURES.index(name)]


@pytest.mark.parametrize(
    ("name", "claim", "evidence", "value"),
    [
        ("negation_mismatch", "Russia wants this peace", "Russia does not want this peace", 1.0),
        ("negation_mismatch", "Russia does not want peace", "Russia doesn't want peace", 0.0),
        ("negation_mismatch", "Russia wants peace", "Russia wants peace", 0.0),
        ("antonyms", "Turnout will increase", "Turnout will decrease", 1.0),
        ("antonyms", "Kyiv will join NATO", "Kyiv will abandon its bid for NATO", 1.0),
        ("antonyms", "Kyiv will join NATO", "Kyiv will join NATO", 0.0),
        ("number_match", "225,000 people died", "Deaths reached 225,000 by October", 1.0),
        ("number_mismatch", "225,000 people died", "Deaths reached 230,512 by October", 1.0),
        ("number_mismatch", "225,000 people died", "Many people died", 0.0),
        ("entities_missing", "Ukraine should join the European Union", "Ukraine should join NATO", 0.5),
        ("modality_mismatch", "Kyiv will drop its bid", "Kyiv could drop its bid if it gets guarantees", 1.0),
        ("modality_mismatch", "Kyiv could drop its bid", "Kyiv could drop its bid", 0.0),
        ("refute_cues", "Connery refused an Apple ad", "The letter is fake; it was published on a satire site", 2.0),
        ("support_cues", "Jordan joins NASCAR", "NASCAR confirmed that Jordan joins as owner", 1.0),
        ("answer_no", "The NFL is tax-exempt", "Does the NFL have tax-exempt status? No. It gave it up.", 1.0),
        ("answer_yes", "The NFL is tax-exempt", "Does the NFL have tax-exempt status? Yes.", 1.0),
        ("recall", "Russia wants this peace", "Russia does not want this peace", 1.0),
        ("similarity", "Russia wants peace", "anything", 0.0),
    ],
)
def test_stance_features(name: str, claim: str, evidence: str, value: float) -> None:
    assert feature(name, claim, evidence) == pytest.approx(value)


def test_stance_similarity_feature_uses_given_cosine() -> None:
    assert feature("similarity", "a b", "c d", similarity=0.73) == pytest.approx(0.73)


def test_stance_shipped_model_is_well_formed() -> None:
    model = load_linear("stance.json")
    assert model.features == list(FEATURES)
    assert model.classes == ["supports", "refutes", "neutral"]
    assert len(model.coef) == 3 and all(len(row) == len(FEATURES) for row in model.coef)
    assert model.spec["data"]["pairs"] == 9840
    assert model.spec["training"]["cv_accuracy"] > 0.75


@pytest.mark.parametrize(
    ("claim", "evidence", "similarity", "stance"),
    [
        (
            "Kallas said Russia wants this peace.",
            "To illustrate that Russia does not want this peace",
            0.87,
            Stance.REFUTES,
        ),
        ("A man is playing a guitar.", "A man is playing a guitar on stage.", 0.95, Stance.SUPPORTS),
        ("A man is playing a guitar.", "There is no man playing a guitar.", 0.85, Stance.REFUTES),
        ("A man is playing a guitar.", "A woman is slicing an onion.", 0.05, Stance.NEUTRAL),
    ],
)
def test_stance_model_on_clear_pairs(claim: str, evidence: str, similarity: float, stance: Stance) -> None:
    [score] = FeatureStance().score(parse_claim(claim), [ev(evidence)], [similarity])
    assert score.stance is stance
    assert score.supports + score.refutes + score.neutral == pytest.approx(1.0)
    assert score.model.startswith("feature-stance-")


def test_stance_linear_model_softmax() -> None:
    model = LinearModel(
        {
            "features": ["x"],
            "classes": ["a", "b"],
            "mean": [0.0],
            "scale": [1.0],
            "coef": [[1.0], [-1.0]],
            "intercept": [0.0, 0.0],
        }
    )
    p = model.probabilities([2.0])
    assert p["a"] > 0.95 and p["a"] + p["b"] == pytest.approx(1.0)
