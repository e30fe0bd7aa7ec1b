"""The ingest stage end to end on the five real seeds: titles, dates, boilerplate, offsets, sources."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from saidwhen.ingest import build_article, iter_documents
from saidwhen.records import Article, BlockKind, DateSource, Granularity, RawDocument, content_id
from saidwhen.settings import Settings

TITLES = {
    # 000: the rest of the " date YYYY-MM-DD" header line
    "000": "Kallas on possibility of Ukraine leaving NATO: It’s up to Ukrainians to decide what they are "
    "willing to give up to have peace",
    # 001: no header, so by the rule the first line is the title (here a standfirst sentence)
    "001": "Kallas was not referring to abandoning Ukraine’s NATO aspirations, but rather to interim "
    "security arrangements to protect the country pending accession or in the event of a frozen conflict.",
    # 002: the header's rest is a production note, which is boilerplate, not a headline
    "002": None,
    "003": "Zelenskyy Signals Ukraine Could Forego NATO Membership in Exchange for Security Guarantees",
    "004": "Ukraine gives up joining NATO in bid to shift the dial in peace talks",
}

BOILERPLATE = [
    ("001", "Screenshot – kp.ru", "image credit"),
    ("002", "This audio is created with AI assistance", "production note"),
    ("003", "Photo: website of the President of Ukraine", "image credit"),
    ("003", "Latest news", "link list"),
    ("003", "- Kcell Receives Certification for Information Security", "link list"),
    ("003", "— Special Envoy Steve Witkoff (@SEPeaceMissions) December 14, 2025", "embedded post"),
    ("003", "pic.twitter.com/G7breh5Gab", "embedded post"),
    ("004", "Toby Melville | Reuters", "agency credit"),
    ("004", "Read More: Ukraine gives up", "call to action"),
]


def test_ingest_all_seeds_build(seed_articles: dict[str, Article]) -> None:
    assert len(seed_articles) == 5
    for article in seed_articles.values():
        assert article.id == content_id(article.text)
        assert article.body, article.source
        assert len(article.analysed_text()) > 500


@pytest.mark.parametrize(("seed", "title"), sorted(TITLES.items()))
def test_ingest_seed_titles(seed_articles: dict[str, Article], seed: str, title: str | None) -> None:
    assert seed_articles[seed].title == title


@pytest.mark.parametrize(
    ("seed", "value", "how"),
    [
        ("000", date(2025, 12, 15), DateSource.HEADER),
        ("002", date(2025, 2, 28), DateSource.HEADER),
        ("001", None, DateSource.NONE),
        # 003 and 004: inferred from a tweet's / a photo's full date and the weekdays (see dating.py)
        ("003", date(2025, 12, 14), DateSource.INFERRED),
        ("004", date(2025, 12, 14), DateSource.INFERRED),
    ],
)
def test_ingest_seed_publication_dates(
    seed_articles: dict[str, Article], seed: str, value: date | None, how: DateSource
) -> None:
    published = seed_articles[seed].published
    assert (published.value, published.how) == (value, how)
    assert (published.confidence > 0) == (value is not None)


@pytest.mark.parametrize(("seed", "needle", "reason"), BOILERPLATE)
def test_ingest_seed_boilerplate_dropped(
    seed_articles: dict[str, Article], seed: str, needle: str, reason: str
) -> None:
    article = seed_articles[seed]
    assert needle in article.text
    assert needle not in article.analysed_text()
    (block,) = [b for b in article.blocks if needle in b.span.of(article.text)]
    assert (block.kind, block.reason) == (BlockKind.BOILERPLATE, reason)


def test_ingest_seed_caption_kept_for_analysis(seed_articles: dict[str, Article]) -> None:
    # seed 004's photo caption states a fact (who met whom in London on December 8): analysed, but
    # its date is still no dateline (the publication date stays inferred from "on Sunday")
    article = seed_articles["004"]
    needle = "at 10 Downing Street, in London, Britain, December 8, 2025."
    (block,) = [b for b in article.blocks if needle in b.span.of(article.text)]
    assert (block.kind, block.reason) == (BlockKind.CAPTION, "photo caption")
    assert needle in article.analysed_text()
    assert any(m.resolved == date(2025, 12, 8) for m in article.dates)
    assert article.published.value == date(2025, 12, 14)


@pytest.mark.parametrize(
    "needle",
    [
        "READOUT FROM U.S.-UKRAINE TALKS IN BERLIN, GERMANY:",
        "Jared Kushner, and delegations from the United States and Ukraine lasted over five hours.",
    ],
)
def test_ingest_seed_embedded_post_kept_for_analysis(seed_articles: dict[str, Article], needle: str) -> None:
    # seed 003 embeds Witkoff's post (its signature line between its two lines): its words are analysed (they
    # state how long the Berlin meeting lasted), its signature and picture link are not, and its date is no dateline
    article = seed_articles["003"]
    (block,) = [b for b in article.blocks if needle in b.span.of(article.text)]
    assert (block.kind, block.reason) == (BlockKind.POST, "embedded post")
    assert needle in article.analysed_text()
    assert "pic.twitter.com" not in article.analysed_text()
    assert article.published.how is DateSource.INFERRED  # from the full date and the weekdays, as before


@pytest.mark.parametrize(
    ("seed", "needle"),
    [
        ("004", "Reuters reported."),  # a body paragraph naming an agency stays
        ("003", "Orda.kz reports, citing The Guardian."),
        ("002", "in an interview with AFP published on Feb. 27."),
        ("001", "StopFake has previously debunked"),
        ("003", "Kyiv’s neutral status and a constitutional commitment"),
    ],
)
def test_ingest_seed_body_kept(seed_articles: dict[str, Article], seed: str, needle: str) -> None:
    assert needle in seed_articles[seed].analysed_text()


@pytest.mark.parametrize(
    ("seed", "text", "resolved", "granularity"),
    [
        ("000", "Monday", date(2025, 12, 15), Granularity.DAY),  # "on Monday", published Mon 2025-12-15
        ("002", "Feb. 18", date(2025, 2, 18), Granularity.DAY),  # "On Feb. 18", published 2025-02-28
        ("002", "Feb. 27", date(2025, 2, 27), Granularity.DAY),
        ("002", "Sept. 11", None, Granularity.DAY),  # "the Sept. 11 terrorist attacks": an event of any year
        # 004 inferred Sun 2025-12-14: "said on Sunday", "in a WhatsApp chat on Sunday"
        ("004", "over the weekend", date(2025, 12, 13), Granularity.RANGE),
        ("004", "Sunday", date(2025, 12, 14), Granularity.DAY),
        ("004", "Monday", date(2025, 12, 15), Granularity.DAY),  # "set to continue", "are continuing"
        ("003", "Monday, December 15", date(2025, 12, 15), Granularity.DAY),
        ("003", "April 2022", date(2022, 4, 1), Granularity.MONTH),
        ("001", "December 2025", date(2025, 12, 1), Granularity.MONTH),
        ("001", "2024", date(2024, 1, 1), Granularity.YEAR),
    ],
)
def test_ingest_seed_dates_resolved(
    seed_articles: dict[str, Article], seed: str, text: str, resolved: date | None, granularity: Granularity
) -> None:
    article = seed_articles[seed]
    found = [m for m in article.dates if m.text == text]
    assert found, [m.text for m in article.dates]
    for mention in found:
        assert (mention.resolved, mention.granularity) == (resolved, granularity)
        assert mention.span.of(article.text) == mention.text


def test_ingest_seed_002_both_feb_18_mentions(seed_articles: dict[str, Article]) -> None:
    article = seed_articles["002"]
    feb18 = [m for m in article.dates if m.text == "Feb. 18"]
    # "...aggression.On Feb. 18 Kallas said" and "“Russia will try ...,” Kallas said on Feb. 18": the
    # "will" inside the quote must not make the second one a future date.
    assert [m.resolved for m in feb18] == [date(2025, 2, 18), date(2025, 2, 18)]


def test_ingest_seed_offsets_exact(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        previous_end = 0
        for block in article.blocks:
            assert block.span.start >= previous_end
            assert block.span.of(article.text) == block.span.of(article.text).strip()
            assert article.text[previous_end : block.span.start].strip() == ""
            previous_end = block.span.end
        assert article.text[previous_end:].strip() == ""
        for mention in article.dates:
            assert mention.span.of(article.text) == mention.text
        evidence, value = article.published.evidence, article.published.value
        if evidence is not None and article.published.how is DateSource.HEADER:
            assert value is not None and evidence.of(article.text) == value.isoformat()


@pytest.mark.parametrize(("seed", "evidence"), [("003", "December 14, 2025"), ("004", "December 8, 2025")])
def test_ingest_seed_inferred_evidence(seed_articles: dict[str, Article], seed: str, evidence: str) -> None:
    published = seed_articles[seed].published
    assert published.evidence is not None
    assert published.evidence.of(seed_articles[seed].text) == evidence
    assert published.confidence < 0.5  # weaker than any date read directly


@pytest.mark.parametrize(
    ("seed", "cited"),
    [
        ("000", ()),
        ("001", ()),
        ("002", ("AFP",)),
        ("003", ("Orda.kz", "The Guardian")),
        ("004", ("Reuters",)),
    ],
)
def test_ingest_seed_sources(seed_articles: dict[str, Article], seed: str, cited: tuple[str, ...]) -> None:
    article = seed_articles[seed]
    assert article.outlet is None  # plain files carry no URL or outlet metadata
    assert article.cited_sources == cited


def test_ingest_jsonl_article_metadata(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    record = {
        "text": "Kallas said on Monday that talks would go on, Reuters reported.",
        "title": "Kallas on talks",
        "date": "2025-12-15T08:00:00Z",
        "url": "https://www.example.com/news/kallas",
    }
    path.write_text(json.dumps(record) + "\n")
    (raw,) = iter_documents([path], Settings())
    assert isinstance(raw, RawDocument)
    article = build_article(raw, Settings())
    assert article.title == "Kallas on talks"
    assert (article.published.value, article.published.how) == (date(2025, 12, 15), DateSource.METADATA)
    assert article.outlet == "example.com"
    assert article.cited_sources == ("Reuters",)
    assert [(m.text, m.resolved) for m in article.dates] == [("Monday", date(2025, 12, 15))]
    assert article.analysed_text() == record["text"]


def test_ingest_same_text_same_id(seed_raws: dict[str, RawDocument]) -> None:
    raw = seed_raws["000"]
    again = RawDocument(raw.text, "elsewhere.txt")
    assert build_article(raw, Settings()).id == build_article(again, Settings()).id
