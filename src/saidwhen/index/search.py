"""Hybrid retrieval for a claim: BM25 and dense sentence hits fused by reciprocal rank, plus the
claimed speaker's own statements first.

Written against the ``Store`` protocol only. The text query handed to ``store.search_text`` is plain
words (FTS operators and punctuation stripped here too, whatever the store does). Names are expanded
with their aliases ("Zelensky" = "Zelenskyy"), given by the caller as a mapping from a canonical
name to its other spellings.

Every hit becomes an ``Evidence`` record with its article's provenance and an exact span. A sentence
that is a question is cited with its answer (and an answer with its question), so that "Did X say
Y? No." reads as one piece of evidence.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

import numpy as np

from saidwhen.index.embed import Embedder
from saidwhen.records import Article, BlockKind, Claim, Evidence, Quote, QuoteKind, SearchHit, Sentence, Span
from saidwhen.store.base import Store, Vector
from saidwhen.verify import text as tx
from saidwhen.verify.stance import REFUTE_CUES

RRF_K = 60
_FTS_OPERATORS = frozenset({"and", "or", "not", "near"})
Aliases = Mapping[str, Sequence[str]]
K = TypeVar("K", bound=Hashable)

# Words an article uses when it checks or debunks a claim, in lower-cased text (searched case-sensitively: three
# times faster than a case-blind search). Two different cues make a fact-check.
FACT_CHECK_CUES = re.compile(
    r"\b(?:fact[- ]?check\w*|debunk\w*|false(?:ly)? (?:claim|attributed|quote)\w*|fake news|hoax"
    r"|did not say|didn['’]t say|never said|was not referring|wasn['’]t referring|not referring"
    r"|(?:quote|words?|claims?) attributed to|distort\w*|taken out of context|misleading|disinformation"
    r"|no evidence|misquot\w*|fabricat\w*|stopfake|snopes|politifact|full fact|circulated)\b"
)


@dataclass(frozen=True)
class Retrieval:
    """What retrieval found for a claim, each list best first."""

    statements: tuple[Evidence, ...]  # the claimed speaker's own statements (empty if unattributed)
    others: tuple[Evidence, ...]  # statements by other speakers that match the claim's content
    sentences: tuple[Evidence, ...]  # fused BM25 + dense sentence hits
    speakers: tuple[str, ...] = ()  # the stored speaker names the claimed speaker resolved to
    # Fact-check articles among the hits, read whole: their title and every sentence that reports a
    # claim (an appearance) or gives a finding ("was not referring to", "false", "did not say").
    fact_checks: tuple[Evidence, ...] = ()
    # With ``follow``: the sentences right after the hits that point back to them (``follow_ons``).
    follow_ons: tuple[Evidence, ...] = ()


def plain_words(text: str, limit: int = 32) -> str:
    """``text`` reduced to plain lower-case content words: no quotes, operators, ``*``, ``-`` or brackets."""
    kept: list[str] = []
    for word in tx.words(text):
        w = word.strip("'’").replace("'", " ").replace("’", " ")
        for piece in w.split():
            if piece in tx.STOPWORDS or piece in _FTS_OPERATORS or len(piece) < 2:
                continue
            if piece not in kept:
                kept.append(piece)
    return " ".join(kept[:limit])


def alias_variants(name: str, aliases: Aliases) -> tuple[str, ...]:
    """``name`` and every spelling the alias table links to it, canonical name first when known."""
    key = {tx.name_key(p) for p in name.split()}
    found: list[str] = []
    for canonical, others in aliases.items():
        spellings = (canonical, *others)
        for spelling in spellings:
            parts = {tx.name_key(p) for p in spelling.split()}
            if spelling.lower() == name.lower() or (parts and key <= parts) or (key and parts <= key):
                for s in spellings:
                    if s not in found:
                        found.append(s)
                break
    if name not in found:
        found.append(name)
    return tuple(found)


def expand_query(text: str, aliases: Aliases) -> str:
    """Plain words of ``text`` plus the aliases of the names in it."""
    extra: list[str] = []
    for name in tx.names(text):
        for variant in alias_variants(name, aliases):
            if variant != name:
                extra.append(variant)
    return plain_words(" ".join([text, *extra]), limit=48)


def reciprocal_rank_fusion(rankings: Iterable[Sequence[K]], k: int = RRF_K) -> dict[K, float]:
    """Fused scores: ``sum(1 / (k + rank))`` over the rankings an item appears in (rank from 1)."""
    scores: dict[K, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return scores


def speaker_matches(claimed: str, stored: str, aliases: Aliases) -> bool:
    """Whether a stored speaker name is the claimed one: same name, an alias, or the same surname."""
    if stored.lower() == claimed.lower():
        return True
    variants = alias_variants(claimed, aliases)
    if any(stored.lower() == v.lower() for v in variants):
        return True
    stored_keys = [tx.name_key(p) for p in stored.split()]
    # Spelling-tolerant subset match on the name as claimed (not on its aliases: "Kallas" is an
    # alias of Kaja Kallas, yet Siim Kallas is someone else).
    for variant in (claimed,):
        parts = [tx.name_key(p) for p in variant.split()]
        # "Kallas" matches "Kaja Kallas"; "Kaja Kallas" matches "Kallas"; surnames must agree.
        if (
            parts
            and stored_keys
            and parts[-1] == stored_keys[-1]
            and (set(parts) <= set(stored_keys) or set(stored_keys) <= set(parts))
        ):
            return True
    return False


class _Cache:
    """Articles, sentences and quotes read during one retrieval, each read once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.articles: dict[str, Article | None] = {}
        self.sentences: dict[str, tuple[Sentence, ...]] = {}
        self.heads: dict[str, list[tuple[str, str | None, tuple[Span, ...]]]] = {}
        self.quotes: dict[str, Quote | None] = {}
        self.checks: dict[str, bool] = {}

    def is_fact_check(self, article: Article) -> bool:
        if article.id not in self.checks:
            self.checks[article.id] = is_fact_check(article)
        return self.checks[article.id]

    def article(self, article_id: str) -> Article | None:
        if article_id not in self.articles:
            self.articles[article_id] = self.store.get(article_id)
        return self.articles[article_id]

    def sentences_of(self, article_id: str) -> tuple[Sentence, ...]:
        if article_id not in self.sentences:
            self.sentences[article_id] = self.store.sentences(article_id)
        return self.sentences[article_id]

    def heads_of(self, article_id: str) -> list[tuple[str, str | None, tuple[Span, ...]]]:
        """(id, speaker, content spans) of the article's quotes: whole records are read only when used."""
        if article_id not in self.heads:
            self.heads[article_id] = self.store.quote_heads(article_id)
        return self.heads[article_id]

    def quote(self, quote_id: str) -> Quote | None:
        if quote_id not in self.quotes:  # a quote of several sentences is asked for once per sentence hit
            self.quotes[quote_id] = next(iter(self.store.quotes_by_id([quote_id])), None)
        return self.quotes[quote_id]


_FACT_CHECKS: dict[str, bool] = {}  # article id (derived from its content) -> is_fact_check, per process
_FACT_CHECKS_MAX = 200_000


def is_fact_check(article: Article) -> bool:
    """An article that reads as a fact-check: at least two different debunking cues. Remembered per
    process by article id, which is derived from the article's content."""
    known = _FACT_CHECKS.get(article.id)
    if known is None:
        head = f"{article.title or ''}\n{article.text[:6000]}".lower()
        cues: set[str] = set()
        for m in FACT_CHECK_CUES.finditer(head):
            cues.add(m.group(0))
            if len(cues) >= 2:
                break
        known = len(cues) >= 2
        if len(_FACT_CHECKS) >= _FACT_CHECKS_MAX:
            _FACT_CHECKS.clear()
        _FACT_CHECKS[article.id] = known
    return known


def search(
    store: Store,
    claim: Claim,
    embedder: Embedder | None = None,
    aliases: Aliases | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 20,
    max_statements: int = 30,
    follow: bool = False,
) -> Retrieval:
    """Retrieve evidence for ``claim``: the speaker's statements, other speakers' matching
    statements, and fused sentence hits (with ``follow``, also the sentences that go on about them:
    ``follow_ons``). ``embedder`` None means BM25 only."""
    table: Aliases = aliases or {}
    cache = _Cache(store)
    content = claim.content
    query_text = content if claim.speaker is None else f"{claim.speaker} {content}"
    text_hits = store.search_text(expand_query(query_text, table), since=since, until=until, limit=limit * 2)
    vector = embedder.encode([content])[0] if embedder is not None else None
    dense_hits = (
        store.search_vector(vector, since=since, until=until, limit=limit * 2)
        if vector is not None and np.any(vector)
        else []
    )
    similarity = {(h.article_id, h.sentence_index): h.score for h in dense_hits}
    fused = reciprocal_rank_fusion(
        [
            [(h.article_id, h.sentence_index) for h in text_hits],
            [(h.article_id, h.sentence_index) for h in dense_hits],
        ]
    )
    by_key: dict[tuple[str, int], SearchHit] = {}
    for h in (*text_hits, *dense_hits):
        by_key.setdefault((h.article_id, h.sentence_index), h)
    ranked = sorted(fused, key=lambda key: -fused[key])[:limit]
    # Each retriever's best hits are kept: rank fusion favours sentences both lists hold, and a sentence
    # without a stored vector (or with words the embedding misses) can only be in one.
    best = [(h.article_id, h.sentence_index) for hits in (text_hits, dense_hits) for h in hits[:_KEEP_BEST]]
    missing = [key for key in dict.fromkeys(best) if key not in ranked]
    if missing:
        ranked = ranked[: max(0, limit - len(missing))] + missing
    sentences = tuple(_sentence_evidence(cache, by_key[key], fused[key], similarity.get(key)) for key in ranked)

    fact_checks = _fact_check_evidence(cache, [h.article_id for h in (*text_hits, *dense_hits)], similarity)
    statements: list[Evidence] = []
    others: list[Evidence] = []
    speakers: list[str] = []
    if claim.speaker is not None:
        names = _stored_speakers(cache, claim.speaker, table, [h.article_id for h in (*text_hits, *dense_hits)])
        speakers = names
        heads: dict[str, tuple[str, str]] = {}
        for name in names:
            for qid, aid, text in store.quote_texts(name, since=since, until=until):
                heads.setdefault(qid, (aid, text))
        hit_articles = {h.article_id for h in (*text_hits, *dense_hits)}
        chosen = _preselect(heads, claim, hit_articles, 3 * max_statements)
        for quote in sorted(store.quotes_by_id(chosen), key=lambda q: chosen.index(q.id)):
            ev = _quote_evidence(cache, quote, similarity)
            if ev is not None:
                statements.append(ev)
        statements = _rank_statements(statements, claim, embedder, max_statements, store, vector)
        # Statements by someone else among the hits: the raw material for "misattributed"; and the
        # sentences that hold the words the claim quotes (three or more), wherever they rank.
        quoting = [
            h
            for q in claim.quoted
            if len(q.split()) >= 3
            for h in store.search_text(expand_query(q, table), since=since, until=until, limit=5)
            if (h.article_id, h.sentence_index) not in fused
        ]
        extra = tuple(
            _sentence_evidence(cache, h, 0.0, similarity.get((h.article_id, h.sentence_index))) for h in quoting
        )
        for ev in (*sentences, *extra):
            if ev.speaker is not None and not speaker_matches(claim.speaker, ev.speaker, table):
                others.append(ev)
    more = tuple(_follow_ons(cache, sentences)) if follow else ()
    return Retrieval(tuple(statements), tuple(others), sentences, tuple(speakers), fact_checks, more)


_MAX_FACT_CHECK_ITEMS = 12
_KEEP_BEST = 3  # the top hits of each retriever always among the fused results


def _fact_check_evidence(
    cache: _Cache, hit_articles: Iterable[str], similarity: Mapping[tuple[str, int], float]
) -> tuple[Evidence, ...]:
    """The title and the appearance / finding sentences of every fact-check article among the hits."""
    out: list[Evidence] = []
    for article_id in dict.fromkeys(hit_articles):
        article = cache.article(article_id)
        if article is None or not cache.is_fact_check(article):
            continue
        items: list[Evidence] = []
        title = next((b.span for b in article.blocks if b.kind is BlockKind.TITLE), None)
        if title is not None and title.of(article.text).strip():
            items.append(_plain_evidence(article, title, None, None, title.of(article.text)))
        for sentence in cache.sentences_of(article_id):
            text = sentence.text
            if (
                tx.reports_claim(text)
                or tx.OUT_OF_CONTEXT.search(text)
                or tx.NEVER_SAID.search(text)
                or REFUTE_CUES.search(text)
            ):
                near = " ".join(s.text for s in cache.sentences_of(article_id) if abs(s.index - sentence.index) <= 1)
                items.append(
                    _plain_evidence(
                        article, sentence.span, sentence.index, similarity.get((article_id, sentence.index)), near
                    )
                )
        out.extend(items[:_MAX_FACT_CHECK_ITEMS])
    return tuple(out)


def _plain_evidence(
    article: Article, span: Span, index: int | None, similarity: float | None, context: str
) -> Evidence:
    text = span.of(article.text)
    return Evidence(
        article_id=article.id,
        span=span,
        text=text,
        source=article.source,
        outlet=article.outlet,
        published=article.published.value,
        title=article.title,
        sentence_index=index,
        markers=tx.markers(text, span.start),
        similarity=similarity,
        fact_check=True,
        context=context,
    )


def _stored_speakers(cache: _Cache, claimed: str, aliases: Aliases, hit_articles: Iterable[str]) -> list[str]:
    """Stored speaker names that the claimed speaker refers to: aliases first, then names seen on the
    quotes of the articles the search hit (so "Kallas" finds "Kaja Kallas" with no alias table)."""
    names = list(alias_variants(claimed, aliases))
    for article_id in dict.fromkeys(hit_articles):
        for _, speaker, _ in cache.heads_of(article_id):
            if speaker and speaker not in names and speaker_matches(claimed, speaker, aliases):
                names.append(speaker)
    return names


_WORDS = re.compile(r"\w+")


def _preselect(heads: dict[str, tuple[str, str]], claim: Claim, hit_articles: set[str], keep: int) -> list[str]:
    """Ids of a speaker's ``keep`` likeliest quotes by word overlap with the claim (quotes in articles
    the search hit first), chosen from (article id, text) alone: a speaker quoted thousands of times
    must not cost thousands of record reads per check."""
    if len(heads) <= keep:
        return list(heads)
    # Five-letter word prefixes: a crude stem, but cheap enough for thousands of quotes.
    claim_keys = {w[:5] for w in _WORDS.findall(claim.content.lower()) if len(w) > 3}

    def likely(qid: str) -> tuple[bool, float]:
        article_id, text = heads[qid]
        shared = len(claim_keys & {w[:5] for w in _WORDS.findall(text.lower())}) / max(1, len(claim_keys))
        return (article_id in hit_articles and shared > 0, shared)

    return sorted(heads, key=likely, reverse=True)[:keep]


def _rank_statements(
    statements: list[Evidence],
    claim: Claim,
    embedder: Embedder | None,
    keep: int,
    store: Store | None = None,
    vector: Vector | None = None,
) -> list[Evidence]:
    """Best statements first: lexical overlap to pre-select, then embedding similarity (from the
    vector stored for the statement's sentence when there is one, else embedded now)."""
    claim_stems = set(tx.content_stems(claim.content))

    def overlap(ev: Evidence) -> float:
        stems = set(tx.content_stems(ev.text))
        return len(claim_stems & stems) / max(1, len(claim_stems))

    statements.sort(key=lambda ev: -(max(overlap(ev), ev.similarity or 0.0)))
    chosen = statements[:keep]
    if embedder is not None and chosen:
        missing = [i for i, ev in enumerate(chosen) if ev.similarity is None]
        if missing and store is not None and vector is not None:
            keys = [(chosen[i].article_id, chosen[i].sentence_index) for i in missing]
            stored = store.sentence_vectors([(a, k) for a, k in keys if k is not None], embedder.model_id)
            for i, (aid, index) in zip(missing, keys, strict=True):
                found = stored.get((aid, index)) if index is not None else None
                if found is not None:
                    chosen[i] = replace(chosen[i], similarity=float(np.asarray(vector) @ found))
            missing = [i for i in missing if chosen[i].similarity is None]
        if missing:
            vectors = embedder.encode([claim.content, *(chosen[i].text for i in missing)])
            for row, i in enumerate(missing, start=1):
                chosen[i] = replace(chosen[i], similarity=float(vectors[0] @ vectors[row]))
    chosen.sort(
        key=lambda ev: -(0.5 * overlap(ev) + 0.5 * (ev.similarity if ev.similarity is not None else overlap(ev)))
    )
    return [replace(ev, score=0.5 * overlap(ev) + 0.5 * (ev.similarity or 0.0)) for ev in chosen]


def _quote_evidence(cache: _Cache, quote: Quote, similarity: Mapping[tuple[str, int], float]) -> Evidence | None:
    article = cache.article(quote.article_id)
    if article is None or not quote.content:
        return None
    span = Span(min(p.start for p in quote.content), max(p.end for p in quote.content))
    spoken = _spoken_pieces(article.text, quote)
    if spoken:
        span = Span(span.start, max(p.end for p in spoken))
    if _distanced(cache, quote, span):
        return None
    span = _with_polar_cue(article.text, quote, span)
    best = None
    for sentence in cache.sentences_of(quote.article_id):
        if sentence.span.start < span.end and span.start < sentence.span.end:
            score = similarity.get((quote.article_id, sentence.index))
            if score is not None and (best is None or score > best):
                best = score
    around = [
        s
        for s in cache.sentences_of(quote.article_id)
        if s.span.start < span.end + 200 and span.start - 200 < s.span.end
    ]
    first = next(
        (s.index for s in cache.sentences_of(quote.article_id) if s.span.start < span.end and span.start < s.span.end),
        None,
    )
    return Evidence(
        article_id=article.id,
        span=span,
        text=span.of(article.text),
        source=article.source,
        outlet=article.outlet,
        published=article.published.value,
        title=article.title,
        sentence_index=first,
        speaker=quote.speaker,
        said_on=quote.said_on,
        quote_id=quote.id,
        direct=quote.direct,
        markers=quote.markers,
        similarity=best,
        fact_check=cache.is_fact_check(article),
        context=" ".join(s.text for s in around),
    )


_OBJECT_WORDS = 3  # the most words of a cue's unquoted object after a quotation ("she explained her vision")


def _spoken_pieces(text: str, quote: Quote) -> list[Span]:
    """The pieces of a direct quote that are the speaker's words: "'...,' she explained her vision" ends with the
    quotation, not with the object of its cue (which would put the narration between them into the words)."""
    if quote.kind is not QuoteKind.DIRECT or len(quote.content) < 2 or quote.cue is None:
        return []
    pieces = list(quote.content)
    while len(pieces) > 1:
        last = pieces[-1]
        written = last.of(text).strip()
        if last.start < quote.cue.end or written[:1] in "\"“„«‘'" or len(written.split()) > _OBJECT_WORDS:
            break
        pieces.pop()
    return pieces if len(pieces) < len(quote.content) else []


# "did not signal", "never said", "has not": a negation right before the cue verb.
_NEGATED_CUE = re.compile(r"\b(?:(?:did|does|do|has|have|had|was|is)\s*n[o']t|never|not)\s+$", re.I)


def _with_polar_cue(text: str, quote: Quote, span: Span) -> Span:
    """The statement's span, widened to take in its cue verb when the cue turns the content around:
    "decried [ruling out NATO membership]", "did not signal [a rejection of ...]"."""
    cue = quote.cue
    if cue is None or cue.end > span.start or span.start - cue.end > 8:
        return span
    if not re.fullmatch(r"[\s,:]*(?:that\s*)?", text[cue.end : span.start]):
        return span
    before = _NEGATED_CUE.search(text[max(0, cue.start - 24) : cue.start])
    if before is not None:
        return Span(cue.start - (len(text[max(0, cue.start - 24) : cue.start]) - before.start()), span.end)
    if tx.NEGATION.search(cue.of(text)) or tx.NEGATIVE_WORDS.search(cue.of(text)):
        return Span(cue.start, span.end)
    return span


# A sentence that asks whether someone said something ("Did X say ...?", "Was X quoted saying ...?").
# The sentence may be cut inside the quoted words, before its question mark: "Did X say", "Was X
# quoted saying" read as questions on their own.
_ASKED = re.compile(
    r"^\W*(?:(?:did|does|do|was|were|is|are|has|have|had|can|could|would|will|should)\b[^?]*\?"
    r"|(?:did|does|do|was|is|has|have)\s+(?:\S+\s+){1,5}?(?:say|said|saying|quoted|claim|state|tell|told)\b)",
    re.I,
)


def _distanced(cache: _Cache, quote: Quote, span: Span) -> bool:
    """Whether the sentence holding the quote reports it at a distance ("a quote attributed to X,
    claiming that ...") or asks about it ("Did X say ...?"): then it is a claim about the speaker,
    not the speaker's words on record."""
    for sentence in cache.sentences_of(quote.article_id):
        if sentence.span.start < span.end and span.start < sentence.span.end:
            if _ASKED.match(sentence.text) and "?" not in sentence.text[: max(0, span.start - sentence.span.start)]:
                return True  # the quote sits in the question, not in its answer
            for m in tx.REPORTED_CLAIM.finditer(sentence.text):
                lo, hi = sentence.span.start + m.start(), sentence.span.start + m.end()
                if quote.cue is None or not (lo < quote.cue.end and quote.cue.start < hi):
                    return True
    return False


def _sentence_evidence(cache: _Cache, hit: SearchHit, score: float, similarity: float | None) -> Evidence:
    article = cache.article(hit.article_id)
    span, index = hit.span, hit.sentence_index
    sentences = cache.sentences_of(hit.article_id)
    if sentences:
        by_index = {s.index: s for s in sentences}
        here = by_index.get(hit.sentence_index)
        if here is not None and here.text.rstrip().endswith("?"):
            # A question: cite it with its answer, up to the next question (at most three sentences).
            end = here.span.end
            for k in range(1, 4):
                nxt = by_index.get(hit.sentence_index + k)
                if nxt is None:
                    break
                end = nxt.span.end
                if nxt.text.rstrip().endswith("?"):
                    end = by_index[hit.sentence_index + k - 1].span.end
                    break
            span = Span(here.span.start, end)
        else:
            # An answer: cite it with the question it answers (at most two sentences back).
            for k in (1, 2):
                before = by_index.get(hit.sentence_index - k)
                if before is None:
                    break
                if before.text.rstrip().endswith("?"):
                    span, index = Span(before.span.start, hit.span.end), before.index
                    break
    text = span.of(article.text) if article is not None else hit.text
    context = ""
    if sentences:
        near = [s.text for s in sentences if abs(s.index - hit.sentence_index) <= 1]
        context = " ".join(near)
    speaker: str | None = None
    said_on: date | None = None
    quote_id: str | None = None
    direct: bool | None = None
    for qid, _, content in cache.heads_of(hit.article_id):
        if any(p.start < hit.span.end and hit.span.start < p.end for p in content):
            quote = cache.quote(qid)
            if quote is not None:
                speaker, said_on, quote_id, direct = quote.speaker, quote.said_on, quote.id, quote.direct
            break
    return Evidence(
        article_id=hit.article_id,
        span=span,
        text=text,
        source=hit.source,
        outlet=hit.outlet,
        published=hit.published,
        title=hit.title,
        sentence_index=index,
        speaker=speaker,
        said_on=said_on,
        quote_id=quote_id,
        direct=direct,
        markers=tx.markers(text, span.start),
        score=score,
        similarity=similarity,
        fact_check=cache.is_fact_check(article) if article is not None else False,
        context=context,
    )


_QUOTED_SPAN = re.compile(r"[\"“«][^\"“”«»]*[\"”»]|[\"“”«»][^\"“”«»]*$")
QUOTED_SHARE = 0.4  # a sentence this much in quote marks is someone's words, not the fact-check's narration


def _mostly_quoted(text: str) -> bool:
    """Whether quote marks hold much of ``text`` (a quotation), not a word or two of it ("reaffirmed that
    the path is 'irreversible'" is narration that cites a word)."""
    quoted = sum(len(m.group(0)) for m in _QUOTED_SPAN.finditer(text))
    return quoted >= QUOTED_SHARE * max(1, len(text.strip()))


def checker_statements(store: Store, speaker: str, article_ids: Iterable[str]) -> tuple[Evidence, ...]:
    """The sentences of the fact-check articles among ``article_ids`` whose text names ``speaker`` (an
    outlet such as "StopFake" naming itself): its own narration, as that speaker's statements. Words
    in quote marks are others' and are left out (a sentence mostly in quote marks; a word or two quoted
    in the narration stays). Empty when no such article is stored."""
    cache = _Cache(store)
    name = _checker_name(speaker)
    out: list[Evidence] = []
    for article_id in dict.fromkeys(article_ids):
        article = cache.article(article_id)
        if article is None or not cache.is_fact_check(article):
            continue
        # "A fact-check of Russian media reports" names none: any fact-check of the corpus may be the one.
        if name and not _names_itself(article.text, name):
            continue
        if not name and not _GENERIC_CHECK.match(speaker):
            continue
        sentences = cache.sentences_of(article_id)
        title = article.title or ""
        if title and article.text.startswith(title) and not title.rstrip().endswith("?"):
            # The headline of a fact-check is its finding ("Kallas was not referring to ...").
            near = " ".join(o.text for o in sentences[:1])
            out.append(replace(_plain_evidence(article, Span(0, len(title)), None, None, near), speaker=speaker))
        for s in sentences:
            text = s.span.of(article.text)
            if _mostly_quoted(text):
                continue
            near = " ".join(o.text for o in sentences if abs(o.index - s.index) <= 1)
            out.append(replace(_plain_evidence(article, s.span, s.index, None, near), speaker=speaker))
    return tuple(out)


_CHECKER_VERBS = (
    r"found|finds|debunked|debunks|established|concluded|concludes|checked|checks|verified|rated|rates|analy[sz]ed"
    r"|reviewed|determined|contacted|asked|traced|investigated|discovered"
)


_GENERIC_CHECK = re.compile(rf"^(?:the|an?|this)\s+{tx.CHECK_WORK}\b", re.I)
_WORK_WORDS = re.compile(
    rf"^(?:the|an?|this)\s+|(?:['’]s)?\s+(?:{tx.CHECK_WORK}|analysis|review|team|report)\b.*$", re.I
)  # "StopFake's fact check" -> "StopFake"


def _checker_name(speaker: str) -> str:
    """The fact-checker's own name in ``speaker``: "The StopFake fact-check" -> "StopFake"; "" when it names none
    ("A fact-check of Russian media reports")."""
    if _GENERIC_CHECK.match(speaker):
        return ""
    return _WORK_WORDS.sub("", speaker).strip()


def _names_itself(text: str, speaker: str) -> bool:
    """Whether a fact-check's text names ``speaker`` as its own author at work ("StopFake has previously
    debunked ...", "according to StopFake"), not as someone it writes about ("the Ukrainian minister")."""
    name = speaker.split()[-1] if speaker.split() else ""
    if not name[:1].isupper():
        return False  # "China's foreign minister": a description, not the name of a fact-checker
    at = re.escape(name)
    return bool(
        re.search(rf"\b{at}\b(?:\s+(?:has|have|had))?(?:\s+\w+ly)?\s+(?:{_CHECKER_VERBS})\b", text)
        or re.search(rf"\baccording\s+to\s+{at}\b|\b{at}['’]s\s+(?:fact-check|analysis|review|team)", text, re.I)
    )


def follow_ons(store: Store, evidence: Sequence[Evidence], top: int = 20) -> list[Evidence]:
    """The sentences right after the first ``top`` sentence hits that point back to them ("Several
    members were resistant to the idea, ..." after "... the chance of it joining the alliance was
    vanishingly thin."): they say more of the same thing but share few of the claim's words."""
    return _follow_ons(_Cache(store), evidence, top)


def _follow_ons(cache: _Cache, evidence: Sequence[Evidence], top: int = 20) -> list[Evidence]:
    have = {(ev.article_id, ev.sentence_index) for ev in evidence}
    out: list[Evidence] = []
    for ev in evidence[:top]:
        if ev.sentence_index is None or ev.quote_id is not None:
            continue
        article = cache.article(ev.article_id)
        if article is None:
            continue
        sentences = cache.sentences_of(ev.article_id)
        nxt = next((s for s in sentences if s.index == ev.sentence_index + 1), None)
        if nxt is None or (ev.article_id, nxt.index) in have:
            continue
        if not (tx.PRONOUN_START.match(nxt.text) or tx.POINTS_BACK.search(nxt.text)):
            continue
        near = " ".join(s.text for s in sentences if abs(s.index - nxt.index) <= 1)
        found = _plain_evidence(article, nxt.span, nxt.index, None, near)
        out.append(replace(found, fact_check=cache.is_fact_check(article)))
        have.add((ev.article_id, nxt.index))
    return out
