"""Hybrid retrieval over a Store: plain-word queries, RRF fusion, aliases, the speaker's quotes first."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from fakes import MemoryStore
from saidwhen.index.search import (
    alias_variants,
    checker_statements,
    expand_query,
    follow_ons,
    is_fact_check,
    plain_words,
    reciprocal_rank_fusion,
    search,
    speaker_matches,
)
from saidwhen.records import (
    Analysis,
    Article,
    Block,
    BlockKind,
    DateSource,
    PublicationDate,
    Quote,
    QuoteKind,
    Sentence,
    Span,
)
from saidwhen.verify.claims import parse_claim


class HashEmbedder:
    """A deterministic bag-of-words embedder: enough to exercise the dense path without a model."""

    model_id = "hash-test"
    dim = 64

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, int(hashlib.md5(word.strip('.,“”"').encode()).hexdigest(), 16) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


def add(store: MemoryStore, aid: str, sentences: list[str], quotes: list[tuple[int, str]] = (), title: str = "t",
        embedder: HashEmbedder | None = None) -> None:  # fmt: skip
    text = " ".join(sentences)
    rows, at = [], 0
    for i, s in enumerate(sentences):
        rows.append(Sentence(aid, i, Span(at, at + len(s)), s))
        at += len(s) + 1
    article = Article(aid, text, f"/c/{aid}.txt", title, PublicationDate(date(2025, 12, 15), DateSource.HEADER, 1.0),
                      (Block(Span(0, len(text)), BlockKind.BODY),), outlet="Outlet")  # fmt: skip
    store.write(article, rows)
    qs = tuple(
        Quote(f"{aid}-q{n}", aid, (rows[i].span,), rows[i].text, QuoteKind.DIRECT, None, None, speaker)
        for n, (i, speaker) in enumerate(quotes)
    )
    store.write_analysis(Analysis(aid, tuple(rows), quotes=qs))
    if embedder is not None:
        store.write_vectors(aid, embedder.encode(sentences), embedder.model_id)


@pytest.fixture
def corpus() -> tuple[MemoryStore, HashEmbedder]:
    store, emb = MemoryStore(), HashEmbedder()
    add(
        store,
        "a1",
        [
            "Kallas spoke in Brussels on Monday.",
            "To illustrate that Russia does not want this peace.",
            "Putting the pressure on Russia is our policy.",
        ],
        [(1, "Kaja Kallas"), (2, "Kaja Kallas")],
        embedder=emb,
    )
    add(
        store,
        "a2",
        ["Zelenskyy said Kyiv could drop its NATO bid.", "Russia wants this peace, the Kremlin said."],
        [(0, "Volodymyr Zelenskyy"), (1, "Kremlin")],
        embedder=emb,
    )
    add(
        store,
        "fc",
        [
            "StopFake debunked the false claim.",
            "Kallas was not referring to abandoning NATO.",
            "A quote attributed to Kallas circulated.",
        ],
        embedder=emb,
    )
    add(store, "qa", ["Did Russia say it wants this peace?", "No.", "The Kremlin rejected the plan."], embedder=emb)
    return store, emb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('NEAR(Kallas Russia) "peace" * -war', "kallas russia peace war"),
        ("Kallas said Russia wants this peace.", "kallas russia wants peace"),
        ("Ukraine's NATO membership AND OR NOT", "ukraine nato membership"),
        ("***", ""),
    ],
)
def test_search_plain_words_strip_fts_syntax(text: str, expected: str) -> None:
    assert plain_words(text) == expected


def test_search_rrf_rewards_agreement() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]])
    assert max(fused, key=lambda k: fused[k]) == "b"
    assert fused["a"] == pytest.approx(1 / 61)


ALIASES = {"Volodymyr Zelenskyy": ["Zelensky", "Zelenskiy", "Volodymyr Zelensky"], "Kaja Kallas": ["Kallas"]}


@pytest.mark.parametrize(
    ("claimed", "stored", "same"),
    [
        ("Zelensky", "Volodymyr Zelenskyy", True),
        ("Zelenskiy", "Volodymyr Zelenskyy", True),
        ("Kallas", "Kaja Kallas", True),
        ("Kaja Kallas", "Kallas", True),
        ("Kallas", "Siim Kallas", True),  # a surname alone cannot tell them apart
        ("Kaja Kallas", "Siim Kallas", False),
        ("Zelenskyy", "Kaja Kallas", False),
    ],
)
def test_search_speaker_matching(claimed: str, stored: str, same: bool) -> None:
    assert speaker_matches(claimed, stored, ALIASES) is same


def test_search_alias_expansion() -> None:
    assert alias_variants("Zelensky", ALIASES)[0] == "Volodymyr Zelenskyy"
    assert "zelenskyy" in expand_query("Zelensky said peace", ALIASES).split()


def test_search_speaker_statements_first(corpus: tuple[MemoryStore, HashEmbedder]) -> None:
    store, emb = corpus
    found = search(store, parse_claim("Kallas said Russia wants this peace."), emb)
    assert found.speakers[:1] == ("Kallas",) and "Kaja Kallas" in found.speakers
    assert found.statements and all(s.speaker == "Kaja Kallas" for s in found.statements)
    assert "does not want this peace" in found.statements[0].text
    # The Kremlin's words match too: they are kept apart, for misattribution.
    assert any(o.speaker == "Kremlin" for o in found.others)
    for query in store.text_queries:
        assert '"' not in query and "*" not in query


def test_search_hits_carry_exact_spans_and_provenance(corpus: tuple[MemoryStore, HashEmbedder]) -> None:
    store, emb = corpus
    for ev in search(store, parse_claim("Russia wants this peace"), emb).sentences:
        article = store.get(ev.article_id)
        assert article is not None and ev.span.of(article.text) == ev.text
        assert ev.source == f"/c/{ev.article_id}.txt" and ev.outlet == "Outlet"


def test_search_question_is_cited_with_its_answer(corpus: tuple[MemoryStore, HashEmbedder]) -> None:
    store, emb = corpus
    hits = search(store, parse_claim("Russia wants this peace"), emb).sentences
    qa = [h for h in hits if h.article_id == "qa" and h.text.startswith("Did Russia")]
    assert qa and qa[0].text.startswith("Did Russia say it wants this peace? No.")


def test_search_flags_fact_check_articles(corpus: tuple[MemoryStore, HashEmbedder]) -> None:
    store, _ = corpus
    fc, news = store.get("fc"), store.get("a1")
    assert fc is not None and news is not None
    assert is_fact_check(fc) and not is_fact_check(news)


def test_search_without_embedder_is_lexical(corpus: tuple[MemoryStore, HashEmbedder]) -> None:
    store, _ = corpus
    found = search(store, parse_claim('Kallas said "Russia wants this peace" NEAR(x) *'), None)
    assert found.sentences and all(ev.similarity is None for ev in found.sentences)


def test_search_a_question_about_the_speakers_words_is_not_a_statement(tmp_path: Path) -> None:
    from saidwhen.analyse.pipeline import analyse_article
    from saidwhen.analyse.sentences import split_sentences
    from saidwhen.ingest import build_article
    from saidwhen.records import RawDocument
    from saidwhen.settings import Settings
    from saidwhen.store.sqlite import SQLiteStore

    store = SQLiteStore(tmp_path / "q.db")
    text = 'Did Kallas say that "Europe has abandoned Ukraine"? No. Kallas said: "Europe stands with Ukraine."\n'
    article = build_article(RawDocument(text=text, source="qa.txt"), Settings())
    sentences = split_sentences(article.text, article.body, article.id)
    store.write(article, sentences)
    store.write_analysis(analyse_article(article, sentences))
    claim = parse_claim("Kallas said Europe has abandoned Ukraine.")
    found = search(store, claim)
    texts = [ev.text for ev in found.statements]
    assert any("stands with Ukraine" in t for t in texts)
    assert not any("has abandoned" in t for t in texts), texts
    store.close()


def test_search_keeps_each_retrievers_best_hit() -> None:
    """Rank fusion favours sentences both retrievers return; a sentence only one of them can find (here:
    no stored vector) is still kept when it is that retriever's best hit."""
    store, embedder = MemoryStore(), HashEmbedder()
    generic = [f"Ukraine wants to join NATO, the alliance said in statement {i}." for i in range(30)]
    add(store, "a1", generic, embedder=embedder)
    add(store, "a2", ["Several members were resistant, including Slovakia and Hungary."])  # no vectors
    claim = parse_claim("Slovakia and Hungary resisted Ukraine joining NATO.")
    found = search(store, claim, embedder, limit=10)
    assert len(found.sentences) == 10
    assert any("Slovakia" in ev.text for ev in found.sentences)


def test_search_follow_on_sentence_that_points_back_is_read(corpus: tuple[MemoryStore, HashEmbedder]) -> None:
    """"Several members were resistant to the idea": said right after a hit, it goes on about it."""
    store, emb = corpus
    add(store, "f1", ["The chance of Ukraine joining NATO was thin.", "Several members were resistant to the idea.",
                      "Talks continue on Monday."], embedder=emb)  # fmt: skip
    found = search(store, parse_claim("Ukraine joining NATO"), emb)
    hits = [ev for ev in found.sentences if ev.article_id == "f1" and ev.sentence_index == 0]
    assert hits
    more = follow_ons(store, hits)
    assert [ev.text for ev in more] == ["Several members were resistant to the idea."]
    assert more[0].span.of(store.get("f1").text) == more[0].text  # type: ignore[union-attr]
    assert not follow_ons(store, [ev for ev in found.sentences if ev.article_id == "a1"])


def test_search_fact_check_naming_itself_speaks_in_its_narration(corpus: tuple[MemoryStore, HashEmbedder]) -> None:
    """The fact-check "fc" names StopFake: its sentences are StopFake's; an outlet it does not name has none."""
    store, _ = corpus
    own = checker_statements(store, "StopFake", ["fc", "a1"])
    assert [ev.text for ev in own] == [
        "StopFake debunked the false claim.",
        "Kallas was not referring to abandoning NATO.",
        "A quote attributed to Kallas circulated.",
    ]
    assert {ev.speaker for ev in own} == {"StopFake"} and all(ev.fact_check for ev in own)
    assert checker_statements(store, "Reuters", ["fc", "a1"]) == ()
    # A word the fact-check merely uses ("claim") or a description is not the fact-check naming itself.
    assert checker_statements(store, "The false claim", ["fc", "a1"]) == ()
    assert checker_statements(store, "Kallas", ["fc", "a1"]) == ()


def test_search_event_a_claim_names_is_dated_by_the_corpus() -> None:
    """"After the Berlin talks in December, Kallas warned ...": the talks are first reported on the day
    the article saying so appeared; the month in the event's words does not hide it."""
    from saidwhen.records import Granularity
    from saidwhen.verify import date_event

    store = MemoryStore()
    add(store, "b1", ["Zelenskyy held the Berlin talks with U.S. envoys.", "The talks lasted five hours."])
    for text in ("After the Berlin talks in December, Kallas warned that Russia will try to divide us.",
                 "This week, in reaction to the Berlin talks, Kallas said Russia will try to divide us."):  # fmt: skip
        claim = date_event(parse_claim(text), store)
        assert claim.when is not None and claim.when.granularity is Granularity.AFTER, text
        assert claim.when.resolved == date(2025, 12, 15)  # the publication date ``add`` gives
    unknown = date_event(parse_claim("After the Vilnius summit, Kallas warned that Russia will divide us."), store)
    assert unknown.when is None


def test_search_fact_check_narration_quoting_a_word_is_still_its_own(corpus: tuple[MemoryStore, HashEmbedder]) -> None:
    """"allies reaffirmed that the path is “irreversible.”": narration citing a word is the fact-check's;
    a sentence mostly in quote marks is someone's words."""
    store, _ = corpus
    add(store, "fc2", ["StopFake debunked the false claim.",
                       "At the 2024 summit, allies reaffirmed that Ukraine's path is “irreversible.”",
                       "“We will never accept any of this, not now and not ever,” the minister said."])  # fmt: skip
    own = [ev.text for ev in checker_statements(store, "StopFake", ["fc2"])]
    assert "At the 2024 summit, allies reaffirmed that Ukraine's path is “irreversible.”" in own
    assert not any("never accept" in text for text in own)
