"""Outlet from the container only; cited media from citing constructions and credit lines."""

from __future__ import annotations

import pytest

from saidwhen.ingest.clean import segment
from saidwhen.ingest.readers import text_document
from saidwhen.ingest.sources import find_sources
from saidwhen.records import RawDocument


def _sources(body: str, **meta: str) -> tuple[str | None, tuple[str, ...]]:
    raw = text_document("Headline\n\n" + body, "t.txt")
    if meta:
        raw = RawDocument(raw.text, raw.source, title=raw.title, title_span=raw.title_span, **meta)  # type: ignore[arg-type]
    return find_sources(raw, segment(raw))


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        ("The talks will go on, Orda.kz reports, citing The Guardian.", ("Orda.kz", "The Guardian")),
        ("Kallas told AFP during a visit that there was no reason.", ("AFP",)),
        ("She said so in an interview with the BBC on Friday.", ("BBC",)),
        ("She said so in an interview with Bloomberg on Friday.", ("Bloomberg",)),
        ("The deal is close, according to the Financial Times.", ("Financial Times",)),
        (
            "The Guardian reported it first; the Guardian said so again, citing the Guardian.",
            ("The Guardian",),
        ),
        ("The deal is close, according to Financial Times reporting.", ("Financial Times",)),
        ("The president will comment later, Reuters reported.", ("Reuters",)),
        ("The Kyiv Independent reported that the strike hit a school.", ("The Kyiv Independent",)),
        ("Kallas said the talks would go on, according to Kallas.", ()),  # a person, not a medium
        ("Zelenskyy told reporters the talks were hard.", ()),
        ("Witkoff wrote that progress was made.", ()),
        ("Interfax quoted an official; TASS reported the same, citing Interfax.", ("Interfax", "TASS")),
    ],
)
def test_sources_cited_in_body(body: str, cited: tuple[str, ...]) -> None:
    assert _sources(body) == (None, cited)


def test_sources_agency_credit_line() -> None:
    assert _sources("Jane Roe | AP\n\nThe minister resigned on Friday.") == (None, ("AP",))


def test_sources_credit_in_boilerplate_only_from_credit_rule() -> None:
    # a "Read more" line naming Reuters is boilerplate, and not a citation
    assert _sources("The minister resigned.\n\nRead more: Reuters reported the resignation") == (None, ())


@pytest.mark.parametrize(
    ("meta", "outlet"),
    [
        ({"url": "https://www.kyivindependent.com/2025/02/28/kallas"}, "kyivindependent.com"),
        ({"url": "https://news.example.org/a"}, "news.example.org"),
        ({"url": "https://www.reuters.com/world/x", "outlet": "Reuters"}, "Reuters"),
        ({"url": "not a url at all"}, None),
    ],
)
def test_sources_outlet_from_container(meta: dict[str, str], outlet: str | None) -> None:
    assert _sources("Body text, Reuters reported.", **meta)[0] == outlet


def test_sources_outlet_not_cited_by_itself() -> None:
    assert _sources("Body text, Reuters reported.", outlet="Reuters") == ("Reuters", ())
