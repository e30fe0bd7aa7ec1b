"""Publication dates by source, and date mentions resolved against them."""

from __future__ import annotations

from datetime import date

import pytest

from saidwhen.ingest.clean import segment
from saidwhen.ingest.dating import find_dates, publication_date
from saidwhen.ingest.readers import text_document
from saidwhen.records import DateSource, Granularity, PublicationDate, RawDocument, Span

MON = date(2025, 12, 15)  # a Monday
FRI = date(2025, 2, 28)  # a Friday


def _pub(raw: RawDocument) -> PublicationDate:
    return publication_date(raw, segment(raw))


@pytest.mark.parametrize(
    ("raw", "value", "how", "confidence"),
    [
        (text_document(" date 2025-12-15 T\n\nBody.", "a.txt"), MON, DateSource.HEADER, 0.95),
        (RawDocument("Body.", "j:1", published=MON), MON, DateSource.METADATA, 0.9),
        (RawDocument("Body.", "j:1", url="https://x.com/2025/12/15/story.html"), MON, DateSource.URL, 0.8),
        (RawDocument("Body.", "j:1", url="https://x.com/news/20251215/story"), MON, DateSource.URL, 0.8),
        (RawDocument("Body.", "j:1", url="https://x.com/2025/13/45/bad"), None, DateSource.NONE, 0.0),
        (
            text_document("T\n\nLONDON, Dec. 15, 2025 (Reuters) - Talks went on.", "a.txt"),
            MON,
            DateSource.TEXT,
            0.5,
        ),
        (text_document("T\n\nPublished: 15 December 2025\n\nBody.", "a.txt"), MON, DateSource.TEXT, 0.5),
        (text_document("T\n\nDecember 15, 2025\n\nBody.", "a.txt"), MON, DateSource.TEXT, 0.5),
        # a full date inside a sentence dates an event, not the article
        (
            text_document("T\n\nThe treaty was signed on December 15, 2025, in Paris.", "a.txt"),
            None,
            DateSource.NONE,
            0.0,
        ),
        # a dateline below the first three body blocks is not a dateline
        (
            text_document("T\n\na\n\nb\n\nc\n\nDecember 15, 2025\n\nBody.", "a.txt"),
            None,
            DateSource.NONE,
            0.0,
        ),
        (text_document("Untitled\n\nNo dates here at all.", "a.txt"), None, DateSource.NONE, 0.0),
    ],
)
def test_dating_publication_sources(
    raw: RawDocument, value: date | None, how: DateSource, confidence: float
) -> None:
    assert (_pub(raw).value, _pub(raw).how, _pub(raw).confidence) == (value, how, confidence)


def test_dating_header_beats_url_and_text() -> None:
    raw = text_document(" date 2025-02-28 T\n\nDecember 15, 2025\n\nBody.", "a.txt")
    raw = RawDocument(**{**{f: getattr(raw, f) for f in raw.__slots__}, "url": "https://x.com/2024/01/01/a"})
    assert _pub(raw).value == FRI and _pub(raw).how is DateSource.HEADER


def test_dating_text_evidence_span() -> None:
    raw = text_document("T\n\nKYIV, 15 December 2025 — The talks resumed.", "a.txt")
    published = _pub(raw)
    assert published.evidence is not None
    assert published.evidence.of(raw.text) == "KYIV, 15 December 2025"


SUN = date(2025, 12, 14)
# a photo caption (a line ending in a full date, then a credit) and an embedded post's byline
CAPTION = "\nLeaders meet at 10 Downing Street, in London, Britain, December 8, 2025.\nToby Melville | Reuters"
POST = "\nREADOUT FROM THE TALKS:\n— Special Envoy Steve Witkoff (@SEPeaceMissions) December 14, 2025"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 004's shape: the caption's Monday Dec 8 is the lower bound, and "said on Sunday" is after it
        ("T\nZelenskyy said on Sunday it was a compromise." + CAPTION, SUN),
        ("T\nTalks took place over the weekend." + CAPTION, date(2025, 12, 13)),
        ("T\nThey met last Monday." + CAPTION, date(2025, 12, 9)),
        ("T\nHe spoke on Sunday. A vote will be held on December 20, 2025." + CAPTION, SUN),
        # 003's shape: a post's byline, and an upcoming "Monday, December 15"
        ("T\nTalks are set to continue on Monday, December 15." + POST, SUN),
        # a post is quoted as the news happens: its byline's day, not the next Friday
        ("T\nShe spoke on Friday." + POST, SUN),
        # negative: a year or a month alone gives no day, whatever the weekdays
        ("T\nIn 2025 he said on Sunday that talks went on.", None),
        ("T\nIn December 2025 he said on Sunday that talks went on.", None),
        # negative: a full date and no weekday reference: the lower bound alone is no publication date
        ("T\nThe talks went on." + CAPTION, None),
        ("T\nThey spoke again yesterday." + CAPTION, None),
        # negative: only upcoming weekdays constrain nothing
        ("T\nTalks will resume on Monday." + CAPTION, None),
        # negative: nothing fits (an upcoming date before the Sunday; a weekday its date denies; a
        # pinned date beyond the window)
        ("T\nHe spoke on Sunday. A vote will be held on December 10, 2025." + CAPTION, None),
        ("T\nShe spoke on Tuesday, December 1." + CAPTION, None),
        ("T\nShe spoke on Monday, December 22." + CAPTION, None),
        # negative: the latest full date is in the prose, so it dates an event, not a photo or post
        ("T\nOn December 8, 2025 they met. He spoke on Sunday.", None),
        ("T\nHe spoke on Sunday. On December 10, 2025 they met." + CAPTION, None),
        # negative: the prose reports a later month than the caption, which is therefore stale
        ("T\nHe spoke on Sunday about what happened in January 2026." + CAPTION, None),
        ("T\nShe spoke on Sunday. No date is written anywhere.", None),
    ],
)
def test_dating_inferred_publication(text: str, value: date | None) -> None:
    published = _pub(text_document(text, "a.txt"))
    if value is None:
        assert (published.value, published.how, published.confidence) == (None, DateSource.NONE, 0.0)
    else:
        assert (published.value, published.how, published.confidence) == (value, DateSource.INFERRED, 0.3)


def test_dating_inferred_evidence_is_the_lower_bound() -> None:
    raw = text_document("T\nHe spoke on Sunday." + CAPTION, "a.txt")
    published = _pub(raw)
    assert published.value == SUN and published.evidence is not None
    assert published.evidence.of(raw.text) == "December 8, 2025"


def test_dating_dateline_beats_inference() -> None:
    raw = text_document("T\n\nDecember 10, 2025\n\nHe spoke on Sunday." + CAPTION, "a.txt")
    assert (_pub(raw).value, _pub(raw).how) == (date(2025, 12, 10), DateSource.TEXT)


def _one(sentence: str, published: date | None) -> list[tuple[str, date | None, Granularity, bool]]:
    found = find_dates(sentence, [Span(0, len(sentence))], published)
    for m in found:
        assert m.span.of(sentence) == m.text
    return [(m.text, m.resolved, m.granularity, m.relative) for m in found]


D, R, M, Y = Granularity.DAY, Granularity.RANGE, Granularity.MONTH, Granularity.YEAR


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("She said this on Monday in Brussels.", MON, [("Monday", MON, D, True)]),
        ("He spoke on Sunday.", MON, [("Sunday", date(2025, 12, 14), D, True)]),
        ("He spoke on Tuesday.", MON, [("Tuesday", date(2025, 12, 9), D, True)]),
        ("Talks are set to continue on Wednesday.", MON, [("Wednesday", date(2025, 12, 17), D, True)]),
        ("Talks will resume on Monday.", MON, [("Monday", MON, D, True)]),
        # a present progressive right before the day is an arrangement, not a report
        ("Talks are continuing on Monday.", date(2025, 12, 14), [("Monday", MON, D, True)]),
        (
            "The talks, which are continuing, began on Monday.",
            date(2025, 12, 14),
            [("Monday", date(2025, 12, 8), D, True)],
        ),
        ("They met last Monday.", MON, [("last Monday", date(2025, 12, 8), D, True)]),
        ("They meet next Monday.", MON, [("next Monday", date(2025, 12, 22), D, True)]),
        ("On Feb. 18 Kallas said so.", FRI, [("Feb. 18", date(2025, 2, 18), D, True)]),
        ("Kallas spoke on Dec. 14.", FRI, [("Dec. 14", date(2024, 12, 14), D, True)]),
        ("The vote is scheduled for March 3.", FRI, [("March 3", date(2025, 3, 3), D, True)]),
        ("The summit is due to open on Feb. 2.", FRI, [("Feb. 2", date(2026, 2, 2), D, True)]),
        ("“We will win,” she said on Feb. 18.", FRI, [("Feb. 18", date(2025, 2, 18), D, True)]),
        ("It ended on December 15.", MON, [("December 15", MON, D, True)]),
        ("It ended on 14 December 2025.", None, [("14 December 2025", date(2025, 12, 14), D, False)]),
        ("It ended on Dec. 14, 2025.", None, [("Dec. 14, 2025", date(2025, 12, 14), D, False)]),
        ("It ended on 2025-12-14.", None, [("2025-12-14", date(2025, 12, 14), D, False)]),
        ("Set for Monday, December 15, the talks", MON, [("Monday, December 15", MON, D, True)]),
        ("It happened in April 2022.", None, [("April 2022", date(2022, 4, 1), M, False)]),
        ("At the 2024 summit.", None, [("2024", date(2024, 1, 1), Y, False)]),
        ("the Sept. 11 attacks", FRI, [("Sept. 11", None, D, True)]),
        ("Talks took place over the weekend.", MON, [("over the weekend", date(2025, 12, 13), R, True)]),
        ("Talks took place over the weekend.", FRI, [("over the weekend", date(2025, 2, 22), R, True)]),
        ("They rested last weekend.", MON, [("last weekend", date(2025, 12, 13), R, True)]),
        ("They rested last weekend.", date(2025, 12, 14), [("last weekend", date(2025, 12, 6), R, True)]),
        ("They rest next weekend.", date(2025, 12, 13), [("next weekend", date(2025, 12, 20), R, True)]),
        ("Yesterday he resigned.", MON, [("Yesterday", date(2025, 12, 14), D, True)]),
        ("He resigned today.", MON, [("today", MON, D, True)]),
        ("He flies in tomorrow.", MON, [("tomorrow", date(2025, 12, 16), D, True)]),
        ("It rained last night.", MON, [("last night", date(2025, 12, 14), D, True)]),
        ("It was agreed last week.", FRI, [("last week", date(2025, 2, 17), R, True)]),
        ("Prices rose last month.", FRI, [("last month", date(2025, 1, 1), M, True)]),
        ("Prices rose last year.", FRI, [("last year", date(2024, 1, 1), Y, True)]),
        # an undated article: relative and year-less mentions are found but not resolved
        ("She said this on Monday.", None, [("Monday", None, D, True)]),
        ("On Feb. 18 Kallas said so.", None, [("Feb. 18", None, D, True)]),
        ("Talks took place over the weekend.", None, [("over the weekend", None, R, True)]),
        ("He resigned yesterday.", None, [("yesterday", None, D, True)]),
        # not dates
        ("He paid $2024 for 15 tickets on Feb. 30.", MON, []),
        ("Today's weekday and the weekly mayday", None, [("Today", None, D, True)]),
        ("Mayor Monroe met 20 people on the weekends.", MON, []),
        ("Unemployment hit 2023.5 points, 3,2024 votes.", MON, []),
    ],
)
def test_dating_find_dates(
    sentence: str, published: date | None, expected: list[tuple[str, date | None, Granularity, bool]]
) -> None:
    assert _one(sentence, published) == expected


def test_dating_only_inside_spans() -> None:
    text = "On Monday.\nOn Tuesday."
    found = find_dates(text, [Span(11, len(text))], MON)
    assert [m.text for m in found] == ["Tuesday"]
    assert find_dates(text, [], MON) == ()
