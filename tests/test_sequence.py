"""Claims about the order of events (verify/sequence.py): the two events and their order read from the
claim, each event dated from the sentences that report it, and the order checked against the dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pytest

from saidwhen.records import DateMention, Evidence, Granularity, Span
from saidwhen.verify.sequence import Dated, Order, Relation, date_of, in_order, parse_order, span_of


@pytest.mark.parametrize(
    ("claim", "first", "second", "relation"),
    [
        # "A after B": B came first; the words that only say A happened are not part of the event.
        ("The London meeting with Starmer took place after the Berlin talks with Witkoff.",
         "the Berlin talks with Witkoff", "The London meeting with Starmer", Relation.BEFORE),
        ("Zelensky met Starmer in London only after the Berlin talks had ended.",
         "the Berlin talks", "Zelensky met Starmer in London", Relation.BEFORE),
        ("Kallas gave her comments on NATO before the Berlin talks had started.",
         "Kallas gave her comments on NATO", "the Berlin talks", Relation.BEFORE),
        ("After the Berlin talks ended, Zelensky met Starmer in London.",
         "the Berlin talks", "Zelensky met Starmer in London", Relation.BEFORE),
        ("Kallas spoke in Brussels on the same Monday that the Berlin talks were due to resume.",
         "Kallas spoke in Brussels", "the Berlin talks were due to resume", Relation.SAME_DAY),
    ],
)  # fmt: skip
def test_parse_order_reads_the_two_events_and_their_order(
    claim: str, first: str, second: str, relation: Relation
) -> None:
    assert parse_order(claim) == Order(first, second, relation)


@pytest.mark.parametrize(
    "claim",
    [
        'Kallas: "there is no reason to offer concessions before talks begin" and more.',  # inside quoted words
        "All 27 ministers attended the Brussels meeting after which Kallas spoke.",  # a relative clause
        "Kallas said Russia does not want this peace.",  # no order at all
        "Ukraine, after that.",  # no second event
    ],
)
def test_parse_order_none_when_the_claim_orders_no_events(claim: str) -> None:
    assert parse_order(claim) is None


def test_span_of_covers_the_days_a_mention_names() -> None:
    def mention(text: str, day: date, granularity: Granularity) -> DateMention:
        return DateMention(Span(0, len(text)), text, day, granularity, relative=False)

    assert span_of(mention("December 8, 2025", date(2025, 12, 8), Granularity.DAY)) == (date(2025, 12, 8),) * 2
    weekend = mention("over the weekend", date(2025, 12, 13), Granularity.RANGE)
    assert span_of(weekend) == (date(2025, 12, 13), date(2025, 12, 14))
    month = mention("in February 2024", date(2024, 2, 1), Granularity.MONTH)
    assert span_of(month) == (date(2024, 2, 1), date(2024, 2, 29))
    assert span_of(mention("2022", date(2022, 1, 1), Granularity.YEAR)) == (date(2022, 1, 1), date(2022, 12, 31))
    assert span_of(mention("after the talks", date(2025, 12, 14), Granularity.AFTER)) is None


def _dated(lo: date, hi: date) -> Dated:
    text = "x"
    return Dated("x", lo, hi, Evidence("a", Span(0, 1), text, "a.txt", None, None), "dated")


D8, D13, D14, D15 = (date(2025, 12, d) for d in (8, 13, 14, 15))


def test_in_order_decides_only_when_the_days_do_not_overlap() -> None:
    before = Order("a", "b", Relation.BEFORE)
    assert in_order(before, _dated(D8, D8), _dated(D13, D14)) is True
    assert in_order(before, _dated(D15, D15), _dated(D13, D14)) is False
    assert in_order(before, _dated(D14, D14), _dated(D13, D14)) is None  # the same weekend
    same = Order("a", "b", Relation.SAME_DAY)
    assert in_order(same, _dated(D15, D15), _dated(D15, D15)) is True
    assert in_order(same, _dated(D8, D8), _dated(D15, D15)) is False
    assert in_order(same, _dated(D14, D14), _dated(D13, D14)) is None


def _ev(
    text: str,
    article: str = "a1",
    speaker: str | None = None,
    said: date | None = None,
    published: date | None = D14,
    context: str = "",
) -> Evidence:
    return Evidence(article, Span(0, len(text)), text, f"/c/{article}.txt", None, published, speaker=speaker,
                    said_on=said, context=context or text)  # fmt: skip


def _dates(found: dict[str, list[tuple[str, date, Granularity]]]) -> Callable[[Evidence], Sequence[DateMention]]:
    """A ``dates_in`` reading the date mentions of each evidence text from ``found``."""

    def dates_in(ev: Evidence) -> Sequence[DateMention]:
        return [DateMention(Span(0, 1), t, d, g, relative=False) for t, d, g in found.get(ev.text, [])]

    return dates_in


LONDON = "Zelenskyy meets Starmer, Macron and Merz at 10 Downing Street, in London, December 8, 2025."
BERLIN = "Zelenskyy held five hours of talks with Witkoff and Kushner in Berlin over the weekend."
DATES = {LONDON: [("December 8, 2025", D8, Granularity.DAY)], BERLIN: [("over the weekend", D13, Granularity.RANGE)]}


def test_date_of_reads_the_date_the_reporting_sentence_gives() -> None:
    dates_in = _dates(DATES)
    london = date_of(
        "Zelensky's meeting with Starmer, Macron and Merz in London",
        ["Zelensky", "Starmer", "Macron", "Merz", "London"],
        [_ev(BERLIN), _ev(LONDON)],
        dates_in,
    )
    assert london is not None and (london.lo, london.hi, london.how, london.whole) == (D8, D8, "dated", True)
    assert london.evidence.text == LONDON
    berlin = date_of(
        "his weekend talks with Witkoff and Kushner in Berlin",
        ["Witkoff", "Kushner", "Berlin"],
        [_ev(LONDON), _ev(BERLIN)],
        dates_in,
    )
    assert berlin is not None and (berlin.lo, berlin.hi) == (D13, D14)


def test_date_of_a_statement_is_the_day_its_speaker_said_it() -> None:
    quote = _ev(
        '"Russia will try to divide us," Kallas said following the talks in Saudi Arabia.',
        speaker="Kaja Kallas",
        said=date(2025, 2, 18),
        published=date(2025, 2, 28),
    )
    dated = date_of(
        "Kallas's warning that Russia would try to divide us",
        ["Kallas", "Russia"],
        [quote],
        _dates({}),
        speaker="Kallas",
    )
    assert dated is not None and (dated.lo, dated.hi, dated.how) == (date(2025, 2, 18),) * 2 + ("said",)
    # Someone else's words the sentence reports are no date for her statement.
    other = date_of(
        "Kallas's warning that Russia would try to divide us",
        ["Kallas", "Russia"],
        [_ev(quote.text, speaker="Steve Witkoff", said=date(2025, 2, 18))],
        _dates({}),
        speaker="Kallas",
    )
    assert other is None


def test_date_of_narrows_by_overlapping_sentences_and_ignores_other_events() -> None:
    undated = _ev("Zelenskyy held talks with Witkoff and Kushner in Berlin.", "a2", published=D14)
    month = "During talks with Witkoff and Kushner in Berlin in December 2025, Zelensky said more."
    earlier = "Zelenskyy held talks with Witkoff and Kushner in Berlin in February."
    dates_in = _dates({month: [("December 2025", date(2025, 12, 1), Granularity.MONTH)],
                       earlier: [("February", date(2025, 2, 1), Granularity.MONTH)]})  # fmt: skip
    dated = date_of(
        "talks with Witkoff and Kushner in Berlin",
        ["Witkoff", "Kushner", "Berlin"],
        [undated, _ev(month), _ev(earlier)],
        dates_in,
    )
    # December (the first dated hit), no later than the 14th when it was reported; February is another meeting.
    assert dated is not None and (dated.lo, dated.hi) == (date(2025, 12, 1), D14)


def test_date_of_needs_the_phrases_figures_and_what_is_due() -> None:
    dates_in = _dates(DATES | {"Talks with Witkoff are set to continue on Monday.": [("Monday", D15, Granularity.DAY)]})
    # "the next meeting, in January 2026" is not the meeting of December 8.
    assert (
        date_of(
            "Zelensky's meeting with Starmer, Macron and Merz in January 2026",
            ["Zelensky", "Starmer", "Macron", "Merz"],
            [_ev(LONDON)],
            dates_in,
        )
        is None
    )
    # What is due is the resuming, not the talks of the weekend.
    resume = date_of(
        "the talks with Witkoff and Kushner in Berlin were due to resume",
        [],
        [_ev(BERLIN), _ev("Talks with Witkoff are set to continue on Monday.")],
        dates_in,
    )
    assert resume is not None and (resume.lo, resume.hi) == (D15, D15)
