"""The rule-based sentence splitter: abbreviations, quotes, unbalanced marks, exact offsets."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from saidwhen.analyse.sentences import split_sentences
from saidwhen.records import Article, Span


def _split(text: str) -> list[str]:
    sentences = split_sentences(text, [Span(0, len(text))], "a")
    for s in sentences:
        assert s.span.of(text) == s.text
    return [s.text for s in sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
        ("U.S. President Donald Trump spoke. He left.", ["U.S. President Donald Trump spoke.", "He left."]),
        (
            "It was sent to the U.S. The reply came later.",
            ["It was sent to the U.S.", "The reply came later."],
        ),
        ("Pres. Lincoln spoke. Dr. Smith agreed.", ["Pres. Lincoln spoke.", "Dr. Smith agreed."]),
        ("After the Sept. 11 attacks he left.", ["After the Sept. 11 attacks he left."]),
        ("On Feb. 18 Kallas spoke. Then she left.", ["On Feb. 18 Kallas spoke.", "Then she left."]),
        ("J. Smith and A. B. Jones met. They talked.", ["J. Smith and A. B. Jones met.", "They talked."]),
        (
            "It was No. 5 on the list. Gen. Milley agreed.",
            ["It was No. 5 on the list.", "Gen. Milley agreed."],
        ),
        ("He came at 9 a.m. and left. Nobody saw.", ["He came at 9 a.m. and left.", "Nobody saw."]),
        ("He left at 9 a.m. The meeting began.", ["He left at 9 a.m.", "The meeting began."]),
        (
            "the alliance against Russian aggression.On Feb. 18 Kallas said",
            ["the alliance against Russian aggression.", "On Feb. 18 Kallas said"],
        ),
        ("Visit Orda.kz or kp.ru for more. Thanks.", ["Visit Orda.kz or kp.ru for more.", "Thanks."]),
        ("Prices rose 3.5 percent. Wages did not.", ["Prices rose 3.5 percent.", "Wages did not."]),
        ("e.g. this one. and this lowercase one.", ["e.g. this one. and this lowercase one."]),
        ("Wait... What happened?", ["Wait...", "What happened?"]),
        # quotes: a multi-sentence quote and its cue stay whole
        ("“One. Two. Three,” she said. Next.", ["“One. Two. Three,” she said.", "Next."]),
        ('"One. Two?" he asked. Next.', ['"One. Two?" he asked.', "Next."]),
        ("«Un. Deux,» dit-il. Fin.", ["«Un. Deux,» dit-il.", "Fin."]),
        ("“It ended.” Then he left.", ["“It ended.”", "Then he left."]),
        ('He said: "Stop. Now." Then left.', ['He said: "Stop. Now."', "Then left."]),
        ("“Outer 'inner? yes' still. quoted,” he said.", ["“Outer 'inner? yes' still. quoted,” he said."]),
        # unbalanced marks protect nothing: the rest still splits
        ("“Never closed. Second. Third.", ["“Never closed.", "Second.", "Third."]),
        ('He said "never closed. Second. Third.', ['He said "never closed.', "Second.", "Third."]),
        ("Stray close” here. Next one.", ["Stray close” here.", "Next one."]),
        ("", []),
        ("   ", []),
    ],
)
def test_sentences_split(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_sentences_spans_never_crossed() -> None:
    text = "“First para. Still quoted\n\nSecond para.” Ends."
    spans = [Span(0, 25), Span(27, len(text))]
    sentences = split_sentences(text, spans, "a")
    assert [s.text for s in sentences] == ["“First para.", "Still quoted", "Second para.”", "Ends."]
    assert [s.index for s in sentences] == [0, 1, 2, 3]
    assert all(s.article_id == "a" for s in sentences)


def test_sentences_seed_000_long_quote_is_one_sentence(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["000"]
    texts = [s.text for s in split_sentences(article.text, article.body, article.id)]
    long_quote = [t for t in texts if t.startswith("“He did not explain this any further.")]
    assert len(long_quote) == 1
    assert long_quote[0].endswith("for Ukrainian people,” she explained her vision.")
    assert texts[1] == (
        "She said this on Monday in Brussels at a press conference following the meeting of the EU Council "
        "at the level of foreign ministers."
    )
    assert len(texts) == 7


def test_sentences_seed_002_abbreviations(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["002"]
    texts = [s.text for s in split_sentences(article.text, article.body, article.id)]
    assert (
        "Kallas likened the proposed concessions to attempts to appease Al Qaeda following the Sept. 11 "
        "terrorist attacks against the U.S.." in texts
    )
    assert any(
        t.startswith("To the dismay of Ukraine and its allies in Europe, U.S. President Donald Trump")
        for t in texts
    )
    assert "On Feb. 18 Kallas said" in texts


def _check_cover(text: str, spans: tuple[Span, ...]) -> None:
    sentences = split_sentences(text, spans, "x")
    assert [s.index for s in sentences] == list(range(len(sentences)))
    joined = "".join(s.text for s in sentences)
    assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", "".join(s.of(text) for s in spans))
    for a, b in itertools.pairwise(sentences):
        assert a.span.end <= b.span.start


def test_sentences_never_drop_text_seeds(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        _check_cover(article.text, article.body)


def test_sentences_never_drop_text_polnear(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "polnear" / "train" / "text"
    paths = sorted(folder.glob("*.txt"))[:60]
    assert paths, f"no PolNeAR texts in {folder}"
    for path in paths:
        text = path.read_text(encoding="utf-8")
        spans = tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
        _check_cover(text, spans)
