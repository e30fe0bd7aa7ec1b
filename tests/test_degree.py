"""Degree: a claim saying more than the speaker did on the same scale (milder -> stronger wording)."""

from __future__ import annotations

import pytest

from saidwhen.verify.degree import overstated


@pytest.mark.parametrize(
    ("claim", "said", "scale", "milder", "stronger"),
    [
        ("Russia is on the verge of collapse", "We clearly see that they are not in good place.", "decline",
         "not in good place", "on the verge of collapse"),
        ("the economy is collapsing", "the economy is under strain", "decline", "under strain", "collapsing"),
        ("the talks produced a final peace agreement", "a lot of progress was made during the talks", "progress",
         "a lot of progress", "produced a final peace agreement"),
        ("the talks achieved a breakthrough", "the meeting was constructive", "progress", "constructive",
         "breakthrough"),
    ],
)  # fmt: skip
def test_degree_a_stronger_wording_of_a_milder_statement(
    claim: str, said: str, scale: str, milder: str, stronger: str
) -> None:
    found = overstated(claim, said)
    assert found is not None
    assert (found.scale, found.said, found.claimed) == (scale, milder, stronger)
    assert said[found.span[0] : found.span[1]] == milder


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Russia is not in good place", "We clearly see that they are not in good place."),  # the same degree
        ("Russia is on the verge of collapse", "Russia is on the verge of collapse, she said."),  # said as strongly
        ("the talks made some progress", "a peace agreement was signed"),  # milder than said: not exaggerated
        ("Russia is on the verge of collapse", "The talks made a lot of progress."),  # another scale
    ],
)
def test_degree_no_overstatement(claim: str, said: str) -> None:
    assert overstated(claim, said) is None
