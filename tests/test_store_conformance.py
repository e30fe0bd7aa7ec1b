"""Conformance suite every Store backend must pass (parametrize ``store`` to add a backend)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from saidwhen.errors import SchemaError, StoreError
from saidwhen.records import (
    Analysis,
    Article,
    Block,
    BlockKind,
    DateSource,
    Entity,
    EntityKind,
    Marker,
    MarkerKind,
    PublicationDate,
    Quote,
    QuoteKind,
    Sentence,
    Span,
    content_id,
)
from saidwhen.store.sqlite import SQLiteStore, fts_query


def make_article(text: str, published: date | None = date(2025, 12, 15), source: str = "a.txt") -> Article:
    pub = PublicationDate(published, DateSource.HEADER if published else DateSource.NONE, 1.0 if published else 0.0)
    return Article(
        id=content_id(text),
        text=text,
        source=source,
        title=text.split(".")[0],
        published=pub,
        blocks=(Block(Span(0, len(text)), BlockKind.BODY),),
        outlet="Example News",
    )


def sentences_of(article: Article) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(article.text.split(". ")):
        end = start + len(part)
        out.append(Sentence(article.id, i, Span(start, end), article.text[start:end]))
        start = end + 2
    return out


@pytest.fixture(params=["sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(tmp_path / "t.db")
    yield s
    s.close()


def test_store_write_is_idempotent(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace")
    assert store.write(art, sentences_of(art)) is True
    assert store.write(art, sentences_of(art)) is False
    assert store.count() == 1
    assert list(store.ids()) == [art.id]


def test_store_roundtrips_article_exactly(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace")
    store.write(art, sentences_of(art))
    assert store.get(art.id) == art
    assert store.get(art.id[:6]) == art
    assert store.get("zzzz") is None
    assert [s.text for s in store.sentences(art.id)] == ["Kallas said this", "Russia does not want peace"]


def test_store_search_text_ranks_and_filters_by_date(store: SQLiteStore) -> None:
    old = make_article("Security guarantees were discussed. Nothing else", date(2024, 1, 1), "old.txt")
    new = make_article("Binding security guarantees for Ukraine. More talks", date(2025, 12, 14), "new.txt")
    for a in (old, new):
        store.write(a, sentences_of(a))
    hits = store.search_text("binding security guarantees")
    assert hits[0].article_id == new.id
    assert {h.article_id for h in store.search_text("guarantees", since=date(2025, 1, 1))} == {new.id}
    assert {h.article_id for h in store.search_text("guarantees", until=date(2024, 12, 31))} == {old.id}


def test_store_texts_with_gives_sentences_holding_one_word(store: SQLiteStore) -> None:
    art = make_article("Kallas spoke in Brussels. Russia does not want peace. Brussels was cold")
    store.write(art, sentences_of(art))
    assert sorted(store.texts_with("BRUSSELS")) == ["Brussels was cold", "Kallas spoke in Brussels"]
    assert store.texts_with("brussels", limit=1) in (["Brussels was cold"], ["Kallas spoke in Brussels"])
    assert store.texts_with("Strasbourg") == []
    for hostile in ('NEAR(a', '"', "two words", ""):
        assert store.texts_with(hostile) == []  # one plain word only, never FTS syntax


@pytest.mark.parametrize("hostile", ["NEAR(a b", '"', "*", "-", "a AND OR NOT", "'; DROP TABLE articles; --", "\x00"])
def test_store_search_text_survives_fts_syntax(store: SQLiteStore, hostile: str) -> None:
    art = make_article("Kallas said this. Russia does not want peace")
    store.write(art, sentences_of(art))
    store.search_text(hostile)  # must not raise
    assert store.count() == 1


def test_store_fts_query_quotes_every_word() -> None:
    assert fts_query('NEAR(kallas "nato*') == '"near" OR "kallas" OR "nato"'
    assert fts_query("  *  ") is None
    assert fts_query("Ukraine's bid, they'll say, isn't dead") == '"ukraine" OR "bid" OR "say" OR "isn" OR "dead"'


def test_store_analysis_and_quotes_filter(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace")
    store.write(art, sentences_of(art))
    q = Quote(
        id="q1",
        article_id=art.id,
        content=(Span(18, 44),),
        text="Russia does not want peace",
        kind=QuoteKind.INDIRECT,
        cue=Span(7, 11),
        source=Span(0, 6),
        speaker="Kaja Kallas",
        speaker_kind=EntityKind.PERSON,
        said_on=date(2025, 12, 15),
        published=date(2025, 12, 15),
        markers=(Marker(MarkerKind.NEGATION, Span(25, 28), "not"),),
    )
    ent = Entity("Kaja Kallas", EntityKind.PERSON, aliases=("Kallas",), roles=("EU foreign-policy chief",))
    store.write_analysis(Analysis(art.id, tuple(sentences_of(art)), quotes=(q,), entities=(ent,)))
    assert store.quotes(speaker="kaja kallas") == [q]
    assert store.quotes(speaker="Someone Else") == []
    assert store.quotes(since=date(2026, 1, 1)) == []
    assert store.entities() == [ent]
    assert store.pending_analysis(1) == []


def test_store_search_vector_finds_nearest(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace")
    store.write(art, sentences_of(art))
    vecs = np.eye(2, 4, dtype=np.float32)
    store.write_vectors(art.id, vecs, "test-model")
    hits = store.search_vector(np.array([0, 1, 0, 0], dtype=np.float32), limit=1)
    assert hits[0].sentence_index == 1 and hits[0].score == pytest.approx(1.0)
    assert store.pending_vectors("test-model") == []


def test_store_delete_removes_everything(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace")
    store.write(art, sentences_of(art))
    assert store.delete(art.id) is True
    assert store.count() == 0
    assert store.search_text("Russia") == []
    assert store.delete(art.id) is False


def test_store_refuses_foreign_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x(y)")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError):
        SQLiteStore(path)


def test_store_refuses_non_database_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError):
        SQLiteStore(path)
    assert path.read_bytes().startswith(b"this is not a database")


def test_store_failed_write_leaves_store_unchanged(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace")
    store.write(art, sentences_of(art))
    bad = make_article("Another article. With text", source="b.txt")
    broken = [*sentences_of(bad), sentences_of(bad)[0]]  # duplicate sentence index violates UNIQUE
    with pytest.raises(sqlite3.IntegrityError):
        store.write(bad, broken)
    assert store.count() == 1
    assert store.get(bad.id) is None
    assert store.integrity() == "ok"


def test_store_vectors_for_chosen_sentences_only(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace. A third sentence")
    store.write(art, sentences_of(art))
    store.write_vectors(art.id, np.array([[0, 0, 1, 0]], dtype=np.float32), "m", indices=[2])
    hits = store.search_vector(np.array([0, 0, 1, 0], dtype=np.float32), limit=5)
    assert [h.sentence_index for h in hits] == [2]
    with pytest.raises(StoreError):
        store.write_vectors(art.id, np.eye(1, 4, dtype=np.float32), "m", indices=[7])


def test_store_sentence_vectors_by_article_and_index(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace. A third sentence")
    store.write(art, sentences_of(art))
    store.write_vectors(art.id, np.eye(2, 4, dtype=np.float32), "m", indices=[0, 2])
    found = store.sentence_vectors([(art.id, 2), (art.id, 1), ("nope", 0), (art.id, 0)], "m")
    assert sorted(found) == [(art.id, 0), (art.id, 2)]  # sentence 1 has no vector
    assert found[(art.id, 2)].tolist() == [0.0, 1.0, 0.0, 0.0]
    assert store.sentence_vectors([(art.id, 0)], "another-model") == {}
    many = [(art.id, k % 3) for k in range(1000)]  # more keys than SQLite binds at once
    assert sorted(store.sentence_vectors(many, "m")) == [(art.id, 0), (art.id, 2)]


def test_store_vector_cache_follows_writes_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    first = SQLiteStore(path)
    art = make_article("Kallas said this. Russia does not want peace")
    first.write(art, sentences_of(art))
    first.write_vectors(art.id, np.eye(2, 4, dtype=np.float32), "m")
    probe = np.array([0, 1, 0, 0], dtype=np.float32)
    assert first.search_vector(probe, limit=1)[0].sentence_index == 1
    assert (tmp_path / "v.db.vectors.npy").exists()  # the sidecar a cold process will map
    first.write_vectors(art.id, np.eye(2, 4, dtype=np.float32)[::-1].copy(), "m")  # swap the two vectors
    assert first.search_vector(probe, limit=1)[0].sentence_index == 0
    first.close()
    again = SQLiteStore(path)
    assert again.search_vector(probe, limit=1)[0].sentence_index == 0
    again.delete(art.id)
    assert again.search_vector(probe, limit=1) == []
    again.close()


def test_store_quote_texts_then_whole_records(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace")
    store.write(art, sentences_of(art))
    quotes = [
        Quote(id=f"q{i}", article_id=art.id, content=(Span(18, 44),), text=f"statement {i}", kind=QuoteKind.DIRECT,
              cue=None, source=None, speaker="Kaja Kallas", said_on=date(2025, 12, 10 + i))
        for i in range(3)
    ]  # fmt: skip
    store.write_analysis(Analysis(art.id, tuple(sentences_of(art)), quotes=tuple(quotes)))
    heads = store.quote_texts("kaja kallas", since=date(2025, 12, 11))
    assert sorted(heads) == [("q1", art.id, "statement 1"), ("q2", art.id, "statement 2")]
    assert sorted(store.quotes_by_id(["q2", "q0", "nope"]), key=lambda q: q.id) == [quotes[0], quotes[2]]


def test_store_quote_heads_give_speaker_and_spans_in_stored_order(store: SQLiteStore) -> None:
    art = make_article("Kallas said this. Russia does not want peace, she said. Others agreed.")
    store.write(art, sentences_of(art))
    quotes = [
        Quote(id="late", article_id=art.id, content=(Span(18, 44), Span(56, 70)), text="a", kind=QuoteKind.DIRECT,
              cue=None, source=None, speaker="Kaja Kallas", said_on=date(2025, 12, 12)),
        Quote(id="early", article_id=art.id, content=(Span(0, 6),), text="b", kind=QuoteKind.INDIRECT,
              cue=None, source=None, speaker=None, said_on=date(2025, 12, 10)),
    ]  # fmt: skip
    store.write_analysis(Analysis(art.id, tuple(sentences_of(art)), quotes=tuple(quotes)))
    assert store.quote_heads(art.id) == [
        ("early", None, (Span(0, 6),)),
        ("late", "Kaja Kallas", (Span(18, 44), Span(56, 70))),
    ]
    assert store.quote_heads("no-such-article") == []
