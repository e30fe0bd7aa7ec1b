"""Quotes and speakers on the five seed articles (loads spaCy: slow), plus negative cases."""

from __future__ import annotations

from datetime import date

import pytest

from saidwhen.analyse import analyse_article, analyse_text
from saidwhen.analyse.entities import Registry
from saidwhen.records import Analysis, Article, EntityKind, MarkerKind, Quote, QuoteKind

pytestmark = pytest.mark.slow

KALLAS = "Kaja Kallas"
ZELENSKYY = "Volodymyr Zelenskyy"
WITKOFF = "Steve Witkoff"


@pytest.fixture(scope="module")
def analyses(seed_articles: dict[str, Article]) -> dict[str, tuple[Article, Analysis]]:
    return {k: (a, analyse_article(a)) for k, a in seed_articles.items()}


def _find(analyses: dict[str, tuple[Article, Analysis]], seed: str, words: str) -> Quote:
    article, analysis = analyses[seed]
    found = sorted((q for q in analysis.quotes if words in q.text), key=lambda q: len(q.text))
    assert found, f"no quote in {seed} contains {words!r}"  # the innermost one first
    for q in found:  # offsets index the original text
        assert " ... ".join(p.of(article.text) for p in q.content) == q.text
    return found[0]


def _same_person(a: str | None, b: str) -> bool:
    return a is not None and Registry.key(a, EntityKind.PERSON) == Registry.key(b, EntityKind.PERSON)


@pytest.mark.parametrize(
    ("seed", "words", "speaker", "how"),
    [
        ("000", "only Ukrainians can decide", KALLAS, "Kallas believes that"),
        ("000", "I think what Minister Sybiha", KALLAS, "she said"),
        ("000", "He did not explain this any further", KALLAS, "she explained her vision"),
        ("000", "Putting the pressure on Russia is our policy", KALLAS, "Kallas noted"),
        ("000", "did not go into detail", KALLAS, "According to Kallas"),
        ("000", "concessions are needed from Russia", KALLAS, "the high representative expressed"),
        ("001", "Now, if this is not in question", KALLAS, "Kallas said in response to a question"),
        ("001", "assurances are insufficient", KALLAS, "she has argued"),
        ("001", "forgo NATO membership", ZELENSKYY, "Zelensky acknowledged (a transliteration variant)"),
        ("001", "solely in exchange for binding security guarantees", ZELENSKYY, "He said"),
        ("002", "no reason to offer concessions", KALLAS, "Kallas told AFP"),
        ("002", "My question is, why", KALLAS, "quote paragraph after her statement"),
        ("002", "Consider here in America", KALLAS, "she said"),
        ("002", "totally untrue", KALLAS, "Kallas called (partial quote)"),
        ("002", "That is the Russian narrative", KALLAS, "she said"),
        ("002", "the only security guarantee that works", KALLAS, "she said"),
        ("002", "Europe won't be able to assist Ukraine", KALLAS, "the official added"),
        ("002", "Russia will try to divide us", KALLAS, "Kallas said on Feb. 18"),
        ("002", "Let's not walk into their traps", KALLAS, "continued quote paragraph"),
        ("003", "Kyiv could consider abandoning its bid", ZELENSKYY, "Ukrainian President ... said"),
        ("003", "from the very beginning sought to join NATO", ZELENSKYY, "Zelenskyy told reporters"),
        ("003", "This is a compromise on our part", ZELENSKYY, ", Zelenskyy said. (no quote marks)"),
        ("003", "must be legally binding", ZELENSKYY, "The Ukrainian president stressed"),
        ("003", "he would comment officially", ZELENSKYY, "He said"),
        ("003", "lasted over five hours", WITKOFF, "an embedded post signed '— Special Envoy Steve Witkoff (@...)'"),
        ("004", "a lot of progress was made", WITKOFF, "Witkoff said"),
        ("004", "was a compromise", ZELENSKYY, "Zelenskyy said on Sunday that"),
        ("004", "From the very beginning, Ukraine’s conditions", ZELENSKYY, "he said in answer to questions"),
        ("004", "That is why today the bilateral security guarantees", ZELENSKYY, "Zelenskyy commented"),
        ("004", "And this already is a compromise on our part", ZELENSKYY, "he said"),
    ],
)
def test_quotes_seed_speakers(
    analyses: dict[str, tuple[Article, Analysis]], seed: str, words: str, speaker: str, how: str
) -> None:
    q = _find(analyses, seed, words)
    assert _same_person(q.speaker, speaker), f"{how}: got {q.speaker!r}"
    assert q.speaker_kind is EntityKind.PERSON


ALLOWED_PEOPLE = {
    "000": {KALLAS},
    "001": {KALLAS, ZELENSKYY},
    "002": {KALLAS, "Donald Trump"},
    "003": {ZELENSKYY, WITKOFF},
    "004": {ZELENSKYY, WITKOFF, "Dmytro Lytvyn"},
}


@pytest.mark.parametrize("seed", sorted(ALLOWED_PEOPLE))
def test_quotes_no_quote_given_to_the_wrong_person(analyses: dict[str, tuple[Article, Analysis]], seed: str) -> None:
    people = {q.speaker for q in analyses[seed][1].quotes if q.speaker_kind is EntityKind.PERSON}
    wrong = {p for p in people if not any(_same_person(p, ok) for ok in ALLOWED_PEOPLE[seed])}
    assert not wrong


def test_quotes_full_name_not_title(analyses: dict[str, tuple[Article, Analysis]]) -> None:
    # "High Representative of the European Union for Foreign Affairs and Security Policy Kaja Kallas"
    assert _find(analyses, "000", "only Ukrainians can decide").speaker == KALLAS
    assert _find(analyses, "004", "a lot of progress was made").speaker == WITKOFF


@pytest.mark.parametrize(
    ("seed", "words", "kind"),
    [
        ("000", "Putting the pressure on Russia is our policy", QuoteKind.DIRECT),
        ("002", "totally untrue", QuoteKind.MIXED),
        ("003", "must be legally binding", QuoteKind.INDIRECT),
    ],
)
def test_quotes_kind(analyses: dict[str, tuple[Article, Analysis]], seed: str, words: str, kind: QuoteKind) -> None:
    assert _find(analyses, seed, words).kind is kind


@pytest.mark.parametrize(
    ("seed", "words", "term"),
    [
        ("004", "so-called", "special military operation"),  # scare quote
        ("001", "assurances are insufficient", "paper"),  # quoted term inside reported speech
        ("001", "no “gray zone”", "gray zone"),
    ],
)
def test_quotes_scare_quotes_and_terms_are_not_statements(
    analyses: dict[str, tuple[Article, Analysis]], seed: str, words: str, term: str
) -> None:
    article, analysis = analyses[seed]
    assert not [q for q in analysis.quotes if q.text.strip('“”"') == term]
    # the term stays inside the statement that holds it
    assert any(term in q.text and words in article.text for q in analysis.quotes)


def test_quotes_title_is_not_a_statement() -> None:
    analysis = analyse_text("Trump hosted “Saturday Night Live” in November. The ratings were high.")
    assert not [q for q in analysis.quotes if q.text.strip("“”") == "Saturday Night Live"]


def test_quotes_unbalanced_mark_keeps_the_rest() -> None:
    text = "“This never closes, she said.\n“Russia will try to divide us,” Kallas said.\nKallas said the EU is united."
    analysis = analyse_text(text)
    texts = [q.text for q in analysis.quotes]
    assert any("Russia will try to divide us" in t for t in texts)
    assert any("the EU is united" in t for t in texts)


def test_quotes_split_quote_is_one_statement() -> None:
    text = "“We will not give up,” Kallas said, “and we will keep helping Ukraine.”"
    (q,) = [q for q in analyse_text(text).quotes if "We will not give up" in q.text]
    assert len(q.content) == 2
    assert "keep helping Ukraine" in q.text


@pytest.mark.parametrize(
    ("seed", "words", "kind", "marker"),
    [
        ("001", "forgo NATO membership", MarkerKind.HEDGE, "could"),
        ("001", "forgo NATO membership", MarkerKind.HEDGE, "in theory"),
        ("001", "forgo NATO membership", MarkerKind.CONDITION, "only under strict conditions"),
        ("001", "solely in exchange for", MarkerKind.CONDITION, "in exchange for"),
        ("003", "Kyiv could consider abandoning", MarkerKind.CONDITION, "if"),
        ("000", "He did not explain this any further", MarkerKind.NEGATION, "not"),
    ],
)
def test_quotes_markers(
    analyses: dict[str, tuple[Article, Analysis]], seed: str, words: str, kind: MarkerKind, marker: str
) -> None:
    q = _find(analyses, seed, words)
    assert (kind, marker) in {(m.kind, m.text) for m in q.markers}


@pytest.mark.parametrize(
    ("seed", "words", "insertion"),
    [
        ("000", "I think what Minister Sybiha", "[Andriy Sybiha – Foreign Minister of Ukraine]"),
        ("001", "Now, if this is not in question", "(Ukraine’s accession to NATO — ed.)"),
    ],
)
def test_quotes_editorial_insertions_marked(
    analyses: dict[str, tuple[Article, Analysis]], seed: str, words: str, insertion: str
) -> None:
    article, _ = analyses[seed]
    q = _find(analyses, seed, words)
    assert [e.of(article.text) for e in q.editorial] == [insertion]


@pytest.mark.parametrize(
    ("seed", "words", "said_on"),
    [
        # "She said this on Monday in Brussels" dates the sentence before it, and her later words.
        ("000", "only Ukrainians can decide", date(2025, 12, 15)),
        ("000", "I think what Minister Sybiha", date(2025, 12, 15)),
        ("002", "My question is, why we should give Russia", None),
        ("002", "Russia will try to divide us", date(2025, 2, 18)),
        ("002", "Let's not walk into their traps", date(2025, 2, 18)),
        # "... during the talks, which are set to continue on Monday": that Monday dates the talks.
        ("004", "a lot of progress was made", None),
        # An embedded post, dated by its signature line "— Special Envoy Steve Witkoff (@...) December 14, 2025".
        ("003", "The meeting in Berlin between President Zelenskyy", date(2025, 12, 14)),
        ("004", "From the very beginning, Ukraine’s conditions", date(2025, 12, 14)),
    ],
)
def test_quotes_date_said(
    analyses: dict[str, tuple[Article, Analysis]], seed: str, words: str, said_on: date | None
) -> None:
    assert _find(analyses, seed, words).said_on == said_on


def test_quotes_entities_registry(analyses: dict[str, tuple[Article, Analysis]]) -> None:
    names = {e.name: e for e in analyses["002"][1].entities}
    assert KALLAS in names
    assert any("foreign policy chief" in r for r in names[KALLAS].roles)
    mentions = [m for m in analyses["002"][1].mentions if m.entity == KALLAS]
    assert len(mentions) >= 5


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended late. Neither NATO nor EU leaders have issued any official statements or documents walking "
        "back that position.",
        "The talks ended late. No official has said that the deal is off.",
    ],
)
def test_quotes_a_denied_source_says_nothing(text: str) -> None:
    """001: "Neither NATO nor EU leaders have issued any official statements ...": no one said anything."""
    assert analyse_text(text).quotes == ()


def test_quotes_a_named_source_after_a_denial_still_speaks() -> None:
    analysis = analyse_text("No deal was reached. Kallas said that Europe must be prepared to do more.")
    assert [q.speaker for q in analysis.quotes] == ["Kallas"]
