"""Degree: a claim saying more than the speaker did on the same scale (milder -> stronger wording)."""

from __future__ import annotations

import pytest

from saidwhen.verify import degree as dg
from saidwhen.verify.degree import firmer, overstated


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
        ("the talks had resolved all outstanding issues", "a lot of progress was made during the talks", "progress",
         "a lot of progress", "resolved all outstanding issues"),
        # The main obstacles gone is a deal all but done.
        ("the talks cleared the biggest hurdles to a deal", "a lot of progress was made during the talks", "progress",
         "a lot of progress", "cleared the biggest hurdles"),
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
        ("the talks cleared the biggest hurdles to a deal", "the biggest hurdles were cleared"),  # said as strongly
    ],
)
def test_degree_no_overstatement(claim: str, said: str) -> None:
    assert overstated(claim, said) is None


def test_degree_said_more_firmly_or_of_one_alone() -> None:
    """"we can achieve" told as "will achieve"; "concessions are needed from Russia" told as "only Russia
    should make concessions". Not when the statement is as firm, limits it too, or "only" qualifies a
    condition ("only in exchange for")."""
    from saidwhen.verify.degree import firmer

    sure = firmer("Europe and the U.S. will achieve a lasting peace", "we can achieve a just and lasting peace")
    assert sure is not None and (sure.said, sure.claimed) == ("can", "will")
    assert firmer("Europe will achieve peace", "Europe will achieve peace") is None
    alone = firmer("only Russia should make concessions", "concessions are needed from Russia")
    assert alone is not None and alone.scale == "exclusive"
    assert firmer("only Ukrainians can decide", "only Ukrainians can decide what to give up") is None
    assert firmer("Ukraine could forgo NATO only in exchange for guarantees", "Ukraine could forgo NATO if ...") is None


def test_degree_a_slim_chance_told_as_none() -> None:
    """"zero chance" / "no chance of ever joining" for a chance "vanishingly thin" says it more strongly; a
    statement that gives no chance at all, or no chance word, is no milder wording of it."""
    said = "the chance of it joining the alliance was vanishingly thin"
    found = dg.chance_denied("Ukraine had zero chance of ever joining NATO", said)
    assert found is not None and found.said == "vanishingly thin" and found.claimed == "zero chance"
    assert dg.chance_denied("Ukraine had no chance of joining NATO", said) is not None
    never = dg.chance_denied("Ukraine never stood any chance of joining NATO", said)
    assert never is not None and never.claimed == "never stood any chance"
    assert dg.chance_denied("Ukraine had a slim chance of joining NATO", said) is None
    assert dg.chance_denied("Ukraine had zero chance", "there was no chance at all, it was thin") is None
    assert dg.chance_denied("Ukraine had zero chance", "the ice was thin") is None


def test_degree_up_to_them_to_decide_is_theirs_alone() -> None:
    """"up to Ukrainians alone to decide" says no more than "it is up to Ukrainians to decide"."""
    assert firmer("it is up to Ukrainians alone to decide", "it is up to Ukrainians to decide what to give up") is None
    assert firmer("only Ukrainians decide", "Ukrainians will be consulted") is not None


def test_degree_a_step_considered_told_as_taken() -> None:
    """"must be prepared to consider ... deploying peacekeepers" told as "must send troops" or "demanding troops
    be sent right now" says it more strongly; told as considered, it does not."""
    said = "Europe must be prepared to consider more robust measures, including discussions about deploying troops"
    found = overstated("Europe must send troops to Ukraine", said)
    assert found is not None and found.scale == "step" and found.claimed == "must send"
    assert overstated("she is demanding European troops be sent into Ukraine right now", said) is not None
    assert overstated("Europe must be prepared to consider deploying peacekeepers", said) is None
