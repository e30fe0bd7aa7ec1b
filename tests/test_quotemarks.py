"""Quote regions without a parser: marks, unbalanced quotes, statements vs scare quotes, editorial notes."""

from __future__ import annotations

import pytest

from saidwhen.analyse.quotemarks import RegionIndex, editorial_insertions, find_regions, looks_like_statement
from saidwhen.records import Span


def _inner(text: str) -> list[str]:
    return [r.inner.of(text) for r in find_regions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Yes, we will,” she said.", ["Yes, we will,"]),
        ('"Straight quotes," he said, "work too."', ["Straight quotes,", "work too."]),
        ("''This works for Trump,'' said Kevin Madden.", ["This works for Trump,"]),
        ("« Nous verrons », dit-il.", ["Nous verrons"]),
        ("Multi. “One. Two. Three,” he said.", ["One. Two. Three,"]),
    ],
)
def test_quotemarks_finds_regions(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_quotemarks_unbalanced_mark_stops_at_paragraph_end() -> None:
    text = "“An open quote that never closes.\nThe next paragraph is plain text.\n“And another,” he said."
    regions = find_regions(text)
    assert [r.closed for r in regions] == [False, True]
    assert regions[0].end == text.index("\n")  # never swallows the rest of the article
    assert regions[1].inner.of(text) == "And another,"


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Russia launched its so-called “special military operation” in 2022.", False),  # scare quote
        ("He hosted “Saturday Night Live” twice.", False),  # title
        ("She has argued that “paper” assurances are insufficient.", False),  # quoted term
        ("Kallas called these claims “totally untrue.”", True),  # partial quote with an end: a statement
        ("“Russia will try to divide us,” Kallas said.", True),
        ("“That is the Russian narrative that we should not buy,” she said.", True),
    ],
)
def test_quotemarks_statement_or_not(text: str, statement: bool) -> None:
    (region,) = find_regions(text)
    assert looks_like_statement(text, region) is statement


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“I think what Minister Sybiha [Andriy Sybiha – Foreign Minister of Ukraine] , of course,",
            ["[Andriy Sybiha – Foreign Minister of Ukraine]"],
        ),
        (
            "“Now, if this is not in question (Ukraine’s accession to NATO — ed.), or",
            ["(Ukraine’s accession to NATO — ed.)"],
        ),
        ("“No insertion here (just a remark), really,” he said.", []),
    ],
)
def test_quotemarks_editorial_insertions(text: str, expected: list[str]) -> None:
    assert [s.of(text) for s in editorial_insertions(text, Span(0, len(text)))] == expected


def test_quotemarks_region_index_lookup() -> None:
    text = "A “b c” d “e f” g"
    index = RegionIndex(find_regions(text))
    assert index.at(text.index("b")) is not None
    assert index.at(text.index("d")) is None
    assert len(index.overlapping(0, len(text))) == 2
