"""verify stage: claim -> retrieval -> quote fidelity -> stance -> verdict.

``check_claim`` composes the pure pieces:

    parse_claim, resolve_speaker (claims.py)  ->  index.search.search  ->  align (fidelity.py)
        ->  StanceModel.score (stance.py)  ->  dense_texts embedded (aggregate.py)
        ->  decide (verdict.py, with the claim-level model)  ->  Verdict

beside them, read from the store: the titles a claim gives people (roles.py), the two events a claim
orders, each dated (sequence.py); and a claim joining two claims that is not decided whole is checked as
the two apart (claims.clauses -> verdict.joined).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from saidwhen.errors import DependencyError, QueryError
from saidwhen.index.embed import Embedder
from saidwhen.records import (
    Alignment,
    Claim,
    DateMention,
    Edit,
    EditKind,
    EntityKind,
    Evidence,
    Fidelity,
    Granularity,
    Sentence,
    Span,
    StanceScore,
    Verdict,
    VerdictLabel,
)
from saidwhen.settings import Settings
from saidwhen.store.base import Store
from saidwhen.verify import text as tx
from saidwhen.verify import wording as wd
from saidwhen.verify.aggregate import ClaimModel, dense_texts, split_answer
from saidwhen.verify.claims import (
    ENDORSEMENTS,
    as_checked,
    clauses,
    compared_part,
    dash_signed,
    is_institution,
    memo_line,
    parse_claim,
    possessed_words,
    quoted_pieces,
    replied,
    respelled_names,
    standard_verbs,
    timeline_entry,
    truecased,
    without_dateline,
)
from saidwhen.verify.compare import AGREEING, judgement, other_outlets, outlets
from saidwhen.verify.fidelity import MISATTRIBUTED, Similarity, align
from saidwhen.verify.matching import MATCH, QUOTED, lexical_recall, said_of_names
from saidwhen.verify.placed import Placed, dated_elsewhere, placed_elsewhere
from saidwhen.verify.restated import continued
from saidwhen.verify.roles import (
    MISSPELT_NAME,
    claimed_title,
    described,
    first_named,
    former_role,
    named_subject,
    resolve_description,
    resolve_speaker,
    respelled,
    role_only,
    same_office,
    spelling_key,
    title_conflict,
)
from saidwhen.verify.sequence import Dated, Sequenced, date_of, in_order, parse_order
from saidwhen.verify.stance import FeatureStance, LinearModel, StanceModel, load_linear
from saidwhen.verify.text import reports_claim
from saidwhen.verify.verdict import (
    JOINT_OVERRIDES,
    decide,
    joined,
    model_decides,
    relevance,
    restates,
    weighed,
    with_former_title,
    with_title_held,
)

if TYPE_CHECKING:  # index.search imports verify.text: import it lazily to avoid a cycle
    from saidwhen.index.search import Aliases, Retrieval

__all__ = [
    "CachedEmbedder",
    "Gathered",
    "cached",
    "check_claim",
    "decide_gathered",
    "embedding_similarity",
    "gather",
    "verdict_model",
]

_MODEL_LOCK = threading.Lock()
_VERDICT_MODEL: list[ClaimModel | None] = []
_STANCE = FeatureStance()


def verdict_model() -> ClaimModel | None:
    """The claim-level verdict model shipped in ``data/verdict.json`` (None if not shipped; trained
    by ``scripts/train_verdict.py``, used for claims that attribute no words)."""
    with _MODEL_LOCK:
        if not _VERDICT_MODEL:
            try:
                spec: dict[str, Any] | None = load_linear("verdict.json").spec
            except DependencyError:
                spec = None
            try:
                _VERDICT_MODEL.append(ClaimModel(spec) if spec is not None else None)
            except (KeyError, ValueError) as exc:
                raise DependencyError(
                    f"saidwhen/data/verdict.json does not fit verify.aggregate ({exc}); "
                    "retrain it with scripts/train_verdict.py"
                ) from None
        return _VERDICT_MODEL[0]


class CachedEmbedder:
    """An ``Embedder`` that remembers the vectors of the texts it encoded (least recently used out).

    A check embeds the claim and a few dozen statement sentences; the same speaker's statements come
    back claim after claim, so a warm process embeds mostly the claim alone."""

    def __init__(self, inner: Embedder, size: int = 20_000) -> None:
        self.inner = inner
        self.size = size
        self._vectors: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    @property
    def dim(self) -> int:
        return self.inner.dim

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        fresh = self.inner.encode(missing) if missing else None
        with self._lock:
            if fresh is not None:
                for text, vector in zip(missing, fresh, strict=True):
                    self._vectors[text] = vector
            for text in texts:
                self._vectors.move_to_end(text)
            rows = [self._vectors[t] for t in texts]
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        if not rows:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack(rows).astype(np.float32, copy=False)


_CACHED: dict[int, CachedEmbedder] = {}


def cached(embedder: Embedder) -> Embedder:
    """``embedder`` behind a process-wide vector cache (one cache per embedder object)."""
    if isinstance(embedder, CachedEmbedder):
        return embedder
    with _MODEL_LOCK:
        found = _CACHED.get(id(embedder))
        if found is None or found.inner is not embedder:
            found = _CACHED[id(embedder)] = CachedEmbedder(embedder)
        return found


def embedding_similarity(embedder: Embedder) -> Similarity:
    """A ``Similarity`` over ``embedder`` that embeds each distinct text once."""
    cache: dict[str, npt.NDArray[np.float32]] = {}

    def similarity(query: str, texts: Sequence[str]) -> list[float]:
        missing = [t for t in dict.fromkeys([query, *texts]) if t not in cache]
        if missing:
            for text, vector in zip(missing, embedder.encode(missing), strict=True):
                cache[text] = vector
        return [float(cache[query] @ cache[t]) for t in texts]

    return similarity


@dataclass(frozen=True)
class Gathered:
    """Everything ``decide`` needs for one claim: the output of retrieval, fidelity and stance."""

    claim: Claim
    evidence: tuple[Evidence, ...]
    alignment: Alignment | None
    stances: tuple[StanceScore, ...]
    statements: tuple[Evidence, ...]
    versions: dict[str, str]
    fact_checks: tuple[Evidence, ...] = ()  # title and appearance / finding sentences of fact-checks hit
    restated: tuple[Alignment, ...] = ()  # unattributed claims: alignments with single evidence sentences
    vectors: Mapping[str, npt.NDArray[np.float32]] = field(default_factory=dict)  # aggregate.dense_texts
    mistitled: tuple[str, str, Evidence] | None = None  # person, the claim's title, a sentence saying otherwise
    formerly: tuple[str, str, Evidence] | None = None  # person, the claim's title, a sentence giving it as past
    by_checker: bool = False  # the claimed speaker is a fact-check of the corpus ("StopFake found ...")
    debunked: Evidence | None = None  # ... whose sentence reports the claimed words as a claim it disputes
    sequenced: Sequenced | None = None  # "A came after B": both events dated from the record
    placed: Placed | None = None  # the claim's event, which the record places elsewhere


_LIKENS = re.compile(r"\b(?:likened|compared|likens|compares)\s+(?P<a>[^.;:]{3,120}?)\s+to\s+", re.I)


def _likened_otherwise(
    claim: Claim, likened: Claim, words: Alignment, sentences: Sequence[Evidence | Sentence]
) -> Alignment | None:
    """"X compared A to B" where the speaker's words hold B but the narration says X likened something
    else to it ("Kallas likened the proposed concessions to ..." for "compared peace talks to ..."): B is
    on record, about something else than A. None when the narration likens A or says nothing."""
    first = claim.content[: max(0, claim.content.find(likened.content))]
    first = re.sub(r"\s+to\s*$", "", first).strip()
    mine = set(tx.content_stems(first))
    surname = tx.name_key((claim.speaker or "").split()[-1]) if claim.speaker else ""
    if not mine or not surname:
        return None
    for ev in sentences:
        m = _LIKENS.search(ev.text)
        if m is None or surname not in tx.keys(ev.text[: m.start()]):
            continue
        if mine & set(tx.content_stems(m.group("a"))) or tx.share_a_root(first, m.group("a")):
            return None  # the narration likens what the claim says was likened ("conceding" / "concessions")
        span = Span(ev.span.start + m.start("a"), ev.span.start + m.end("a"))
        edit = Edit(EditKind.CHANGED, "likened", m.group("a"), span, first)
        return replace(words, fidelity=Fidelity.OUT_OF_CONTEXT, edits=(edit,))
    return None


# What a remark's words are said to have become, which a claim naming the remark without its words does not say.
_AS_WORDS = frozenset(
    [Fidelity.NEAR_VERBATIM, Fidelity.PARAPHRASE, Fidelity.TRUNCATED, Fidelity.OUT_OF_CONTEXT,
     Fidelity.CONDITION_STRIPPED, Fidelity.HEDGE_STRIPPED]
)  # fmt: skip


def _given_to(claim: Claim, ev: Evidence, who: str, score: float) -> Alignment:
    """``ev``'s words, said by ``who``, given by the claim to its speaker: misattributed."""
    edit = Edit(EditKind.CHANGED, "speaker", who, ev.span, claim.speaker or "")
    return Alignment(Fidelity.MISATTRIBUTED, ev, score, (edit,), ev.span)


# A narrated sentence telling where the words were said: "She said this on Monday in Brussels at a press conference".
_SAID_THIS = re.compile(
    r"\b(?:said|says|spoke|speaking|told|made)\s+(?:this|that|these|the\s+remarks?|the\s+comments?)\b"
    r"|\bpress\s+conference\b",
    re.I,
)


_SPOKE = re.compile(r"\b(?:told|said|says|spoke|speaking|addressed)\b")
_EVENT_IN = re.compile(r"\b(?:talks|summit|meeting|negotiations|conference|war|invasion|attack)\s+(?:in|at)\s+$")


def _set_elsewhere(claim: Claim, alignment: Alignment, sentences: Sequence[Sentence]) -> Alignment | None:
    """The claim's words set where its article says they were not said: "Kallas said on Monday in Berlin that ..."
    where the article says "She said this on Monday in Brussels at a press conference" (not near the quote)."""
    # A remark the claim names without its words ("made her bin Laden comparison during a trip to Kyiv") is set by
    # whatever its article tells of the occasion ("Kallas told AFP during a visit to Washington").
    told = " ".join(s.text for s in sentences if claim.remark or _SAID_THIS.search(s.text))
    found = wd.placed_otherwise(claim, told) if told else None
    spoken = wd.speech_place(claim) if found is None else None
    if spoken is not None and claim.speaker:
        # "Kallas said in Berlin that ...", "Kallas's '...' comment was made in Berlin": where the article says she
        # said it ("She said this on Monday in Brussels").
        surname = tx.name_key(claim.speaker.split()[-1])
        for s in sentences:
            if not _SAID_THIS.search(s.text) or not (surname in tx.keys(s.text) or tx.PRONOUN_START.match(s.text)):
                continue
            theirs = wd.places(s.text)
            if theirs and not wd.named_literally(spoken, s.text):
                found = (theirs[0][0], spoken)
                break
        at = claim.text.find(spoken)
        # (a headline's place is read only against a sentence placing the words: "Kallas in Brussels on Feb. 18: ...")
        if found is None and claim.cue != ":" and not _EVENT_IN.search(claim.text, 0, max(at, 0)):
            # "Kallas told AFP during a visit to Washington": the one place the article has the speaker speak in
            # (where the claim's place is where they spoke: not "following talks in Saudi Arabia")
            told_in = [
                (p, s.text)
                for s in sentences
                if surname in tx.keys(s.text) and _SPOKE.search(s.text)
                for p, a, _ in wd.places(s.text)
                if not _EVENT_IN.search(s.text, 0, a)  # (not "following the talks in Saudi Arabia": the talks' place)
            ]
            if len({p for p, _ in told_in}) == 1 and not any(wd.named_literally(spoken, t) for _, t in told_in):
                found = (told_in[0][0], spoken)
    if found is None:
        return None
    where = next((s for s in sentences if found[0] in s.text), None)
    edit = Edit(EditKind.CHANGED, "name", found[0], where.span if where else None, found[1])
    return replace(alignment, fidelity=Fidelity.ALTERED, edits=(edit,))


def _told_another(claim: Claim, alignment: Alignment, store: Store) -> Alignment | None:
    """The claim's words told to another outlet than the record says: "Kallas told Reuters that ..." where the
    statement's article says "Kallas told AFP ... that ..." (and names no Reuters anywhere near). Where the sentences
    around the words name no outlet, the article's do ("in an interview with AFP published on Feb. 27")."""
    ev = alignment.evidence
    if ev is None:
        return None
    around = ev.context or ev.text
    setting = wd.blank(claim.text, [(claim.content_span.start, claim.content_span.end)])
    if outlets(setting, True) and not outlets(around, True):
        around = " ".join(s.text for s in store.sentences(ev.article_id))
    other = other_outlets(setting, around, True)
    if other is None or tx.name_present(other[0], tx.keys(around)):
        return None
    claimed, spans = other
    said = ", ".join(around[a:b] for a, b in spans)
    edit = Edit(EditKind.CHANGED, "name", said, None, claimed)
    return replace(alignment, fidelity=Fidelity.ALTERED, edits=(edit,))


def _narrated_words(claim: Claim, alignment: Alignment, sentences: Sequence[Evidence]) -> Alignment | None:
    """"Zelenskyy admitted Ukraine's chance was 'vanishingly thin'": the words the claim quotes are nowhere in
    what it matched of the speaker, but an article says them in its own voice ("the chance of it joining the
    alliance was vanishingly thin"): the outlet's words given to the speaker, misattributed."""
    if alignment.fidelity is Fidelity.MISATTRIBUTED:
        return None
    if not claim.quoted:
        return _narrated_unquoted(claim, alignment, sentences)
    if alignment.evidence is not None and wd.quotes_in(claim, alignment.evidence.text):
        return None
    for ev in sentences:
        if ev.speaker or ev.quote_id is not None or not wd.quotes_in(claim, ev.text):
            continue
        if any(wd.quotes_in(claim, inside) for inside in quoted_pieces(ev.text)):
            continue  # the article quotes them from someone: not its own words
        return _given_to(claim, ev, ev.outlet or "the article itself", QUOTED)
    return None


NARRATED_WORDS = 0.9  # share of an unquoted claim's content words an article's own sentence must hold, in order
_TAIL_WORDS = 3  # ... ending on the claim's last words as the sentence has them


def _narrated_unquoted(claim: Claim, alignment: Alignment, sentences: Sequence[Evidence]) -> Alignment | None:
    """"Kallas admitted that Ukraine's chance of joining NATO was vanishingly thin", no quote marks: nothing of the
    speaker's agrees, and an article's own sentence holds nearly all the claim's words, ending on its last words
    ("the chance of it joining the alliance was vanishingly thin"): the outlet's words given to the speaker."""
    found = alignment.fidelity is not Fidelity.NOT_FOUND
    if alignment.fidelity in AGREEING or (found and alignment.similarity >= MATCH):
        return None
    tail = tx.words(claim.content)[-_TAIL_WORDS:]
    negated = tx.polarity(claim.content) % 2
    for ev in sentences:
        if ev.speaker or ev.quote_id is not None or tx.words(ev.text)[-_TAIL_WORDS:] != tail:
            continue
        if tx.polarity(ev.text) % 2 != negated:
            continue
        if lexical_recall(claim.content, ev.text, claim.entities, ev.context) >= NARRATED_WORDS:
            return _given_to(claim, ev, ev.outlet or "the article itself", QUOTED)
    return None


# Words in a claim that give what follows to someone inside it: "the summit's assurance that", "allies said".
_REPORTED_INSIDE = re.compile(
    r"\b(?:assurances?|pledges?|promises?|declarations?|statements?|claims?|language|wording|vows?|sa(?:id|ys|ying)"
    r"|reaffirm\w*|declar\w*|stat(?:ed|es|ing)|call(?:ed|ing|s))\b",
    re.I,
)
ECHOED = 0.5  # share of what the claim says of its names that a sentence quoting its word must hold


def _quoted_from_another(claim: Claim, alignment: Alignment, sentences: Sequence[Evidence]) -> Alignment | None:
    """"Kallas said Ukraine's path to NATO membership remains 'irreversible'": the word the claim quotes is
    in nothing it matched of the speaker, but an article quotes it, on the same subject, from someone else
    ("allies reaffirmed that Ukraine's path to membership is 'irreversible'"): misattributed."""
    if not claim.quoted or not claim.speaker or alignment.fidelity is Fidelity.MISATTRIBUTED:
        return None
    if alignment.evidence is not None and wd.quotes_in(claim, alignment.evidence.text, 1):
        return None
    first = min((claim.content.find(q) for q in claim.quoted if q in claim.content), default=-1)
    if first > 0 and _REPORTED_INSIDE.search(claim.content[:first]):
        return None  # the claim itself gives the words to someone: "NATO's assurance that ... 'irreversible'"
    surname = tx.name_key(claim.speaker.split()[-1])
    wanted = said_of_names(claim)
    for ev in sentences:
        if ev.quote_id is None or surname in tx.keys(f"{ev.speaker or ''} {ev.text}"):
            continue
        if not any(wd.quotes_in(claim, inside, 1) for inside in quoted_pieces(ev.text)):
            continue
        if not wanted or len(wanted & set(tx.content_stems(ev.text))) < ECHOED * len(wanted):
            continue
        return _given_to(claim, ev, ev.speaker or "someone the article quotes", QUOTED)
    return None


# A narrated sentence that speaks of people, quotes, or reports a speech act: it may report what someone
# said or offered, in the article's words.
_PERSONAL = re.compile(
    r"\b(?:he|she|his|her|him|they|their|i|we|our|my|according)\b|[\"“”‘]|[’'](?!s\b)"
    r"|\b(?:sa(?:id|ys)|told|offer|propos|announc|signal|stat(?:ed|es)\b|insist|pledg|promis|declar|vow|suggest"
    r"|urg|warn|call(?:ed|s)\b|ask|repl|respond|argu|claim|admit|conced|note[ds]?\b)\w*",
    re.I,
)


def _narrated_paraphrase(claim: Claim, restated: Sequence[Alignment]) -> Alignment | None:
    """"Zelenskyy conceded that Ukraine's chances of joining NATO had been vanishingly thin": nothing the
    speaker said holds it, but an article says it in its own voice, naming no one and quoting nothing
    ("the chance of it joining the alliance was vanishingly thin"): the outlet's words given to the speaker."""
    surname = tx.name_key((claim.speaker or "").split()[-1]) if claim.speaker else ""
    for found in sorted(restated, key=lambda a: -a.similarity):
        ev = found.evidence
        if ev is None or found.fidelity not in AGREEING or found.similarity < MISATTRIBUTED:
            continue
        if ev.speaker or ev.quote_id is not None or _PERSONAL.search(ev.text) or split_answer(ev.text)[0]:
            continue
        # It names no one who could have said it: only countries and initialled bodies ("Ukraine", "NATO").
        if not surname or any(n.lower() not in tx.COUNTRY_WORDS and not n.isupper() for n in tx.names(ev.text)):
            continue
        return _given_to(claim, ev, ev.outlet or "the article itself", found.similarity)
    return None


def gather(
    claim: Claim,
    store: Store,
    embedder: Embedder | None,
    aliases: Aliases | None = None,
    stance: StanceModel | None = None,
    limit: int = 20,
    embed_top: int = 12,
) -> Gathered:
    """Retrieve evidence for ``claim``, align it with the speaker's statements (or, for a claim that
    attributes no words, with each evidence sentence: ``restated``), score stances, and embed what
    the claim-level model reads when it may decide (``vectors``)."""
    from saidwhen.index.search import checker_statements, search

    if embedder is not None:
        embedder = cached(embedder)
    # A plain claim also reads the sentence that goes on about a hit ("Several members were resistant to
    # the idea"), found with the articles retrieval has already read.
    found = search(store, claim, embedder, aliases=aliases, limit=limit, follow=not claim.attributed)
    similarity = embedding_similarity(embedder) if embedder is not None else None
    sentences = list(found.sentences)
    if similarity is not None:
        # BM25-only hits have no cosine yet: embed the best few (about 10 ms a sentence).
        todo = [i for i, ev in enumerate(sentences[:embed_top]) if ev.similarity is None]
        if todo:
            scores = similarity(claim.content, [sentences[i].text for i in todo])
            for i, score in zip(todo, scores, strict=True):
                sentences[i] = replace(sentences[i], similarity=score)
    fact_checks = list(found.fact_checks)
    if similarity is not None:
        # Only the sentences that report a claim are compared with it (a handful per fact-check).
        todo = [i for i, ev in enumerate(fact_checks) if ev.similarity is None and reports_claim(ev.text)]
        if todo:
            scores = similarity(claim.content, [fact_checks[i].text for i in todo])
            for i, score in zip(todo, scores, strict=True):
                fact_checks[i] = replace(fact_checks[i], similarity=score)
    alignment = align(claim, found.statements, found.others, similarity) if claim.attributed else None
    likened = compared_part(claim)
    if likened is not None:
        if alignment is None or alignment.fidelity is Fidelity.NOT_FOUND:
            # "X likened A to B": X's own words hold B, the narration A.
            alignment = align(likened, found.statements, found.others, similarity)
        if alignment.fidelity in AGREEING:
            # Whether matched as B alone or as the whole claim, the narration says what X likened to it.
            # The likening is narrated near the words, in their article, which retrieval may not have read.
            narrated: list[Evidence | Sentence] = [*found.sentences]
            if alignment.evidence is not None:
                narrated += store.sentences(alignment.evidence.article_id)
            alignment = _likened_otherwise(claim, likened, alignment, narrated) or alignment
    if claim.remark and alignment is not None and alignment.fidelity in _AS_WORDS:
        # "Kallas made her 'Osama bin Laden' comparison in an interview with Reuters": the remark is on record; the
        # claim gives none of its words to weigh, only where, when and to whom it was made (below).
        alignment = replace(alignment, fidelity=Fidelity.VERBATIM, edits=())
    if claim.attributed and alignment is not None:
        alignment = _narrated_words(claim, alignment, found.sentences) or alignment
        alignment = _quoted_from_another(claim, alignment, found.sentences) or alignment
        if alignment.fidelity in AGREEING:
            alignment = _told_another(claim, alignment, store) or alignment
        placed = wd.setting_places(claim) or wd.speech_place(claim)
        if alignment.fidelity in AGREEING and alignment.evidence is not None and placed:
            # The article is read only for a claim that says where the words were said.
            alignment = _set_elsewhere(claim, alignment, store.sentences(alignment.evidence.article_id)) or alignment
    by_checker, debunked = False, None
    if claim.attributed and claim.speaker and not found.statements and fact_checks:
        # "StopFake found that ...": a fact-check of the corpus that names itself speaks in its narration.
        own = checker_statements(store, claim.speaker, [ev.article_id for ev in fact_checks])
        if own:
            by_checker = True
            if reports_claim(claim.content):
                # "StopFake says Russian media circulated a quote ...": what it reports, it does say.
                alignment = align(claim, own, (), similarity)
            else:
                debunked = _debunked(claim, own)
                narration = [ev for ev in own if not reports_claim(ev.text)]
                # Its sentences first; its headline (no sentence index) only when none of them holds the claim, or
                # holds only something like it under a condition while the headline says it, or its contrary
                # ("Kallas was not referring to abandoning Ukraine's NATO aspirations, but rather to ...").
                alignment = align(claim, [ev for ev in narration if ev.sentence_index is not None], (), similarity)
                if alignment.fidelity in {Fidelity.NOT_FOUND, Fidelity.CONDITION_STRIPPED}:
                    whole = align(claim, narration, (), similarity)
                    told = whole.fidelity in {*AGREEING, Fidelity.NEGATION_FLIPPED}
                    if alignment.fidelity is Fidelity.NOT_FOUND or (told and whole.similarity > alignment.similarity):
                        alignment = whole
    sentences += found.follow_ons
    evidence = _dedupe([*sentences, *found.statements[:5]])
    restated: tuple[Alignment, ...] = ()
    unmatched = claim.attributed and (alignment is None or alignment.fidelity is Fidelity.NOT_FOUND)
    if not claim.attributed or unmatched:
        # Which sentences of the corpus state the claim, deny it or qualify it (questions ask, not state).
        # For "X said ..." with no statement of X found: whether the record contradicts what X is said
        # to have said ("Witkoff said the meeting lasted less than an hour": it lasted five hours).
        plain = replace(claim, speaker=None, speaker_span=None, cue=None) if unmatched else claim
        taken_up = judgement(claim) if unmatched and claim.cue in ENDORSEMENTS else None
        if taken_up is not None and taken_up[1]:
            # "echoed Moscow's line that P": the record is asked about P.
            at = claim.text.find(taken_up[0])
            if at >= 0:
                plain = replace(plain, content=taken_up[0], content_span=Span(at, at + len(taken_up[0])))
        pool = sentences if unmatched else evidence
        rows = (align(plain, [ev], (), similarity) for ev in pool if not split_answer(ev.text)[0])
        restated = tuple(a for a in rows if a.fidelity is not Fidelity.NOT_FOUND and a.evidence is not None)
        if not claim.attributed:
            restated = (*restated, *continued(claim, pool))
        if unmatched and alignment is not None:
            alignment = _narrated_paraphrase(claim, restated) or alignment
    model = stance or _STANCE
    stances = model.score(claim, evidence)
    versions = {"stance": model.name, "embedder": embedder.model_id if embedder is not None else "none"}
    vectors: dict[str, npt.NDArray[np.float32]] = {}
    if (
        embedder is not None
        and (alignment is None or alignment.fidelity is Fidelity.NOT_FOUND)
        and model_decides(claim, stances)
    ):
        # The claim-level model may decide: embed what its dense features read.
        texts = list(dict.fromkeys(dense_texts(claim, weighed(claim, stances), lambda c, s: relevance(c, s.evidence))))
        vectors = dict(zip(texts, embedder.encode(texts), strict=True))
    return Gathered(
        claim,
        tuple(evidence),
        alignment,
        tuple(stances),
        found.statements,
        versions,
        tuple(fact_checks),
        restated=restated,
        vectors=vectors,
        by_checker=by_checker,
        debunked=debunked,
    )


def _debunked(claim: Claim, own: Sequence[Evidence]) -> Evidence | None:
    """The fact-check's sentence that reports the claimed words as a claim in circulation ("Russian media
    outlets have circulated a quote attributed to Kallas, claiming that ..."), if any: the fact-check
    disputes them, it does not say them."""
    try:
        inner = parse_claim(claim.content)
    except QueryError:
        return None
    return next((ev for ev in own if reports_claim(ev.text) and restates(inner, ev)), None)


def check_claim(
    claim_text: str,
    store: Store,
    embedder: Embedder | None,
    settings: Settings,
    said_by: str | None = None,
    on: date | None = None,
    aliases: Aliases | None = None,
    stance: StanceModel | None = None,
    split: bool = True,
    attributed: bool = True,
    read_from: frozenset[str] = frozenset(),
) -> Verdict:
    """Check ``claim_text`` against ``store``. ``embedder`` None runs lexical retrieval and features only.
    ``read_from``: the texts this claim was read from on its way here (internal: a claim read as another text is
    checked as that text, and a reading that leads back ends). A claim that joins two claims with their own subjects
    ("A, while Kallas said B"), which the record does not decide whole, is decided by the two checked apart
    (``split``; ``verdict.joined``).
    A body's declaration the record does not hold as its words ("NATO declared at its 2023 summit that ...") is
    checked as an event the narration tells, whole (``attributed`` False).
    Raises ``QueryError`` for an unusable claim or an empty store."""
    claim = parse_claim(claim_text, said_by=said_by, on=on, settings=settings, attributed=attributed)
    if store.count() == 0:
        raise QueryError("the store is empty: ingest articles first (saidwhen ingest PATH ...)")
    if described(claim.speaker):  # "the EU's top diplomat" -> the person the articles name (registry read once)
        claim = resolve_speaker(claim, store.entities())
    else:  # "Kalas" -> Kaja Kallas
        claim = respelled(claim, lambda word: store.texts_with(word, limit=1), store.entities)
        claim = first_named(claim, store.texts_with)  # "Kaja" -> Kaja Kallas
    read = _read_as(claim, store, said_by)
    if read is not None and read not in read_from:
        # The verdict keeps the claim as written. A reading that leads back to a text already read is not followed
        # (two rewrites undoing each other).
        as_read = check_claim(read, store, embedder, settings, said_by=said_by, on=on, aliases=aliases, stance=stance,
                              split=split, attributed=attributed, read_from=read_from | {claim_text})  # fmt: skip
        return replace(as_read, claim=claim)
    claim = date_event(claim, store, aliases)
    found = gather(claim, store, embedder, aliases=aliases, stance=stance)
    mistitled, formerly = titles_on_record(claim, store, aliases)
    held = _title_held(claim, store, aliases) if mistitled is None and formerly is None else None
    sequenced = order_on_record(claim, store, aliases)
    found = replace(found, mistitled=mistitled, formerly=formerly, sequenced=sequenced)
    verdict = decide_gathered(found, settings)
    if verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE and said_by is None:
        placed = place_on_record(claim, found.evidence)
        if placed is not None:
            verdict = decide_gathered(replace(found, placed=placed), settings)
    verdict = with_title_held(verdict, held)
    if verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE and said_by is None and _declares(claim):
        told = check_claim(claim_text, store, embedder, settings, on=on, aliases=aliases, stance=stance,
                           split=split, attributed=False)  # fmt: skip
        if _told_of_body(claim, told):
            return told
    rechecked = verdict.label in JOINT_OVERRIDES or verdict.label is VerdictLabel.REFUTED
    two = clauses(claim.text) if split and said_by is None and rechecked else None
    if two is None:
        return verdict
    parts = [
        check_claim(part, store, embedder, settings, on=on, aliases=aliases, stance=stance, split=False) for part in two
    ]
    if verdict.label is VerdictLabel.REFUTED:
        # Refuted whole, where each half is stated on its own ("allies called the path 'irreversible', and neither
        # NATO nor EU leaders have walked that back"): the contrary was read across the two halves.
        return joined(verdict, parts) if all(p.label is VerdictLabel.SUPPORTED for p in parts) else verdict
    return joined(verdict, parts)


def _known_person(store: Store) -> Callable[[str], bool]:
    """Whether a word is the name or a part of the name of a person in the store's registry, perhaps misspelt by a
    doubled letter or transliterated otherwise ("Kalas", "Zelenskiy"; ``roles.spelling_key``) (read when first
    asked)."""
    words: set[str] | None = None
    spellings: set[str] = set()

    def known(word: str) -> bool:
        nonlocal words
        if words is None:
            people = [e for e in store.entities() if e.kind is EntityKind.PERSON]
            words = {tx.name_key(w) for e in people for n in (e.name, *e.aliases) for w in n.split()}
            spellings.update(spelling_key(w) for e in people for n in (e.name, *e.aliases) for w in n.split())
        return bool(word) and (
            tx.name_key(word) in words or (len(word) >= MISSPELT_NAME and spelling_key(word) in spellings)
        )

    return known


def _known_place(store: Store, known: Callable[[str], bool]) -> Callable[[str], bool]:
    """Whether words name a place the corpus writes as one ("talks in Berlin", "a visit to Kyiv";
    ``wording.places``) or one of the places the news names inside a wider one (``text.is_region``: "Paris"), written
    in capitals or not ("BRUSSELS"), and no person's name (``known``)."""

    def place(words: str) -> bool:
        name = words.title() if words.isupper() else words
        if any(known(w) for w in name.split()):
            return False
        if tx.is_region(name):  # "Kyiv", "Paris": a place the news names inside a wider one
            return True
        return any(p == name for text in store.texts_with(name.split()[0]) for p, _, _ in wd.places(text))

    return place


def _read_as(claim: Claim, store: Store, said_by: str | None) -> str | None:
    """The claim's text as it is checked, when that differs from how it is written (``claims.as_checked``: without a
    reader's lead or a comment after it, "Kallas ADMITS: ..." as "Kallas: ...", dates in figures spelled out, ...) and,
    opening with a description, naming the person the articles describe so ("The EU foreign policy chief gave her AFP
    interview ...": Kaja Kallas). None when it is checked as written."""
    known = _known_person(store)
    respelled = respelled_names(claim.text, lambda word: bool(store.texts_with(word, limit=1)))  # "Vitkoff" -> Witkoff
    dated = without_dateline(truecased(respelled, store.texts_with), _known_place(store, known))
    text = as_checked(memo_line(replied(dated, known), known))
    plain = possessed_words(text, known)
    text = as_checked(plain) if plain != text else text
    if claim.speaker is None and said_by is None:
        text = dash_signed(timeline_entry(standard_verbs(text, known), known), known)
        text = named_subject(text, store.entities) or text
    return text if text != claim.text else None


# What a body does by declaring: "NATO declared / reaffirmed / pledged that ..." (not "said", which asks for words).
_DECLARING = re.compile(
    r"\b(?:declared|declares|reaffirmed|reaffirms|affirmed|affirms|agreed|agrees|decided|decides|pledged|pledges"
    r"|announced|announces|promised|promises|committed|commits|adopted|adopts|approved|approves|confirmed|confirms"
    # "the Kremlin demanded that ...": told as "among the Kremlin's key demands"
    r"|demanded|demands|insisted|insists"
    # "NATO called Ukraine's path to membership 'irreversible'": declared it so
    r"|called|calls)\b",
    re.I,
)


def _declares(claim: Claim) -> bool:
    """Whether the claim has a body declare something ("NATO declared at its 2023 summit that ...")."""
    return is_institution(claim.speaker) and _DECLARING.fullmatch(claim.cue or "") is not None


def _told_of_body(claim: Claim, told: Verdict) -> bool:
    """Whether the verdict on a body's declaration read as an event is decided by the record telling of the body
    declaring something: supported or refuted, its first citation naming the body and a declaring verb."""
    body = re.sub(r"^the\s+", "", claim.speaker or "", flags=re.I)
    return told.label in {VerdictLabel.SUPPORTED, VerdictLabel.REFUTED} and any(
        tx.name_present(body, tx.keys(c.evidence.text)) and _DECLARING.search(c.evidence.text) is not None
        for c in told.evidence[:1]
    )


def _dates_in(store: Store) -> Callable[[Evidence], tuple[DateMention, ...]]:
    """The date mentions inside an evidence span, its article read once."""
    articles: dict[str, tuple[DateMention, ...]] = {}

    def dates_in(ev: Evidence) -> tuple[DateMention, ...]:
        if ev.article_id not in articles:
            article = store.get(ev.article_id)
            articles[ev.article_id] = article.dates if article is not None else ()
        return tuple(d for d in articles[ev.article_id] if ev.span.start <= d.span.start < ev.span.end)

    return dates_in


def _event_dated(
    phrase: str, probe: Claim, found: Retrieval, dates_in: Callable[[Evidence], tuple[DateMention, ...]]
) -> Dated | None:
    """``sequence.date_of`` for an event phrase, read as a claim (``probe``) and searched for (``found``)."""
    names = [*([probe.speaker] if probe.speaker else []), *probe.entities]
    return date_of(phrase, names, [*found.statements, *found.sentences], dates_in, probe.speaker)


def order_on_record(claim: Claim, store: Store, aliases: Aliases | None = None) -> Sequenced | None:
    """A claim that orders two events ("A came after B"), with each dated from the sentences retrieval
    finds for it (``sequence.date_of``). None when the claim orders no events, an event is not on record,
    one sentence reports both (it relates them itself), or the dates overlap."""
    from saidwhen.index.search import search

    # "Kallas told reporters after the meeting that ...": the event of an attribution is ``date_event``'s.
    order = parse_order(claim.text) if not claim.attributed else None
    if order is None:
        return None
    dates_in = _dates_in(store)
    dated: list[Dated] = []
    for phrase in (order.first, order.second):
        try:
            probe = parse_claim(phrase)
        except QueryError:
            return None
        event = _event_dated(phrase, probe, search(store, probe, None, aliases=aliases, limit=20), dates_in)
        if event is None:
            return None
        dated.append(event)
    first, second = dated
    if (first.evidence.article_id, first.evidence.span) == (second.evidence.article_id, second.evidence.span):
        return None
    holds = in_order(order, first, second)
    return None if holds is None else Sequenced(order, first, second, holds)


def place_on_record(claim: Claim, sentences: Sequence[Evidence]) -> Placed | None:
    """Where the record places, or when it dates, the event a plain claim sets somewhere or some time else
    (``placed.placed_elsewhere``, ``placed.dated_elsewhere``), read from the sentences retrieval found for it."""
    if claim.attributed:
        return None
    return placed_elsewhere(claim, claim.entities, sentences) or dated_elsewhere(claim, claim.entities, sentences)


Titled = tuple[str, str, Evidence]  # person, the claim's title for them, a stored sentence on their role


def titles_on_record(claim: Claim, store: Store, aliases: Aliases | None = None) -> tuple[Titled | None, Titled | None]:
    """What the record says of the title the claim gives someone: (a sentence giving them another role,
    ``title_conflict``; a sentence giving that office as held before, ``former_role``: "Estonian Prime
    Minister Kaja Kallas" where the articles say "the former prime minister of Estonia"). The person's roles
    are read once for both."""
    from saidwhen.index.search import search

    titled = claimed_title(claim)
    if titled is None:
        return None, None
    person, title = titled
    surname = tx.name_key(person.split()[-1])
    roles = [
        role
        for e in store.entities()
        if e.kind is EntityKind.PERSON and surname in {tx.name_key(n.split()[-1]) for n in (e.name, *e.aliases)}
        for role in e.roles
    ]

    def sentences_on(words: str) -> tuple[Evidence, ...]:
        try:
            return search(store, parse_claim(f"{person}, {words}"), None, aliases=aliases, limit=10).sentences
        except QueryError:
            return ()

    near = sentences_on(title)
    # The registry's roles, and the roles the articles write next to the person's surname
    # ("[Andriy Sybiha – Foreign Minister of Ukraine]").
    roles += [role for ev in near for role in _roles_near(ev.text, person)]

    def record_of(role: str | None) -> Titled | None:
        if role is None:
            return None
        said = next((ev for ev in near if role.lower() in ev.text.lower()), None)
        said = said or next((ev for ev in sentences_on(role) if role.lower() in ev.text.lower()), None)
        return (person, title, said) if said is not None else None

    if not roles and claim.when is None:
        # Someone the record gives no role, given an office it names another holder of ("Dmytro Kuleba is Ukraine's
        # foreign minister" / "[Andriy Sybiha – Foreign Minister of Ukraine]").
        held = _held_by_another(person, title, near, store)
        return ((person, title, held) if held is not None else None), None
    return record_of(title_conflict(title, roles)), record_of(former_role(title, roles))


_CUE_WORD = re.compile(r"\b(?:said|says|told|tells|added|stated)\b")


def _held_by_another(person: str, title: str, sentences: Sequence[Evidence], store: Store) -> Evidence | None:
    """A sentence naming another person of the store's registry in the office ``title`` names (``same_office``);
    None when none does."""
    if person.split()[0].lower() in tx.STOPWORDS or _CUE_WORD.search(title):
        return None  # "In Brussels, Kallas said Ukraine's foreign minister, ...": no name and title
    surname = tx.name_key(person.split()[-1])
    people = [e for e in store.entities() if e.kind is EntityKind.PERSON and e.name.split()]
    for ev in sentences:
        for e in people:
            theirs = tx.name_key(e.name.split()[-1])
            if (
                theirs != surname
                and theirs in tx.keys(ev.text)
                and any(same_office(title, role) for role in _roles_near(ev.text, e.name))
            ):
                return ev
    return None


def _title_held(claim: Claim, store: Store, aliases: Aliases | None = None) -> tuple[str, str, Evidence] | None:
    """(person, office, a sentence naming them so) for a claim that only says which office someone holds ("Kaja Kallas
    is the EU's top diplomat") when the articles describe that person so; None otherwise."""
    from saidwhen.index.search import search

    said = role_only(claim.text) if claim.speaker is None else None
    if said is None:
        return None
    person, title = said
    holder = resolve_description(title, store.entities())
    surname = tx.name_key(person.split()[-1])
    if holder is None or tx.name_key(holder.split()[-1]) != surname:
        return None
    try:
        near = search(store, parse_claim(f"{person}, {title}"), None, aliases=aliases, limit=10).sentences
    except QueryError:
        return None
    words = {w for w in tx.content_stems(title)}
    record = next((ev for ev in near if surname in tx.keys(ev.text) and words <= set(tx.content_stems(ev.text))), None)
    return (person, title, record) if record is not None else None


_ROLE_NEAR = re.compile(
    r"(?:\b(?:former|then)\s+)?(?:\b[A-Za-z]+\s+){0,2}?(?:prime minister|minister|president|chancellor|premier)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?",
    re.I,
)
ROLE_REACH = 60  # characters around a surname that a role written next to it may span


def _roles_near(text: str, person: str) -> list[str]:
    """The roles ``text`` writes right beside ``person``'s surname: just before the name ("British Prime
    Minister Keir Starmer") or just after it ("Kallas, the former prime minister of Estonia", "[Andriy
    Sybiha – Foreign Minister of Ukraine]"). A role nearer another name in a list is that person's."""
    surname = re.escape(person.split()[-1])
    before_name = re.compile(rf"\s+(?:[A-Z][\w’'.-]*\s+){{0,2}}?{surname}\b")
    after_name = re.compile(rf"\b{surname}\s*[,(\[–—-]?\s*(?:the\s+|a\s+)?$")
    out: list[str] = []
    for m in _ROLE_NEAR.finditer(text):
        before = text[max(0, m.start() - ROLE_REACH) : m.start()]
        if before_name.match(text, m.end()) or (not _NAME_NEXT.match(text, m.end()) and after_name.search(before)):
            out.append(m.group(0).strip())
    return out


_NAME_NEXT = re.compile(r"\s+[A-Z][\w’'.-]*")  # a role followed by a name is that name's


EVENT_WORDS = 0.75  # share of an event's words ("the Berlin talks") a sentence must hold to report it
_DAY_OR_MONTH = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july"
    r"|august|september|october|november|december)"
)
# "this week's talks" -> "talks"; "the Berlin talks in December", "the December Berlin talks" -> "the Berlin talks".
_WHEN_WORDS = re.compile(
    rf"^(?:(?:this|last|next)\s+(?:week|month|year|weekend)|today|yesterday|{_DAY_OR_MONTH})['’]s\s+"
    rf"|\s+(?:in|on|over|during|this|last)\s+(?:the\s+)?(?:weekend|week|{_DAY_OR_MONTH})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\b"
    # "the December Berlin talks" -> "the Berlin talks"
    rf"|(?<=\bthe\s){_DAY_OR_MONTH}(?:\s+\d{{4}})?\s+(?=\w)",
    re.I,
)


def date_event(claim: Claim, store: Store, aliases: Aliases | None = None) -> Claim:
    """A claim that places words after an event ("After the Berlin talks, Kallas warned ...") with the
    event dated: the earliest publication date of the stored sentences that report it (``EVENT_WORDS``
    of its words), as a time the words must come on or after (``Granularity.AFTER``). Unchanged when
    the claim names no event, gives a date, or the corpus does not report the event."""
    from saidwhen.index.search import search
    from saidwhen.verify.matching import lexical_recall

    if claim.event is None or (claim.when is not None and claim.when.resolved is not None):
        return claim
    text = _WHEN_WORDS.sub("", claim.event.of(claim.text))  # "this week's talks": the talks
    try:
        probe = parse_claim(text)
    except QueryError:
        return claim
    found = search(store, probe, None, aliases=aliases, limit=20)
    dates = [
        d
        for ev in found.sentences
        # The day the words were said, when the sentence reporting the event gives it ("Kallas said on
        # Feb. 18 following the talks"), else the day it was published.
        if lexical_recall(text, ev.text, probe.entities) >= EVENT_WORDS and (d := ev.said_on or ev.published)
    ]
    if not dates:
        # Fewer of its words, but a sentence that dates it ("Zelensky signalled flexibility on NATO in Berlin":
        # "... offered to drop Kyiv's NATO dreams ... in Berlin over the weekend").
        dated = _event_dated(text, probe, found, _dates_in(store))
        if dated is None:
            return claim
        dates = [dated.lo]
    first = min(dates)
    return replace(claim, when=DateMention(claim.event, text, first, Granularity.AFTER, relative=True))


def decide_gathered(
    found: Gathered, settings: Settings, model: ClaimModel | LinearModel | bool | None = True
) -> Verdict:
    """``decide`` on gathered evidence; ``model`` True means the shipped verdict model."""
    chosen = verdict_model() if model is True else (None if isinstance(model, bool) else model)
    versions = dict(found.versions)
    if chosen is not None:
        versions["verdict_model"] = chosen.version
    verdict = decide(
        found.claim,
        found.evidence,
        found.alignment,
        found.stances,
        settings,
        statements=found.statements,
        versions=versions,
        model=chosen,
        fact_checks=found.fact_checks,
        vectors=found.vectors,
        restated=found.restated,
        mistitled=found.mistitled,
        by_checker=found.by_checker,
        debunked=found.debunked,
        sequenced=found.sequenced,
        placed=found.placed,
    )
    return with_former_title(verdict, found.formerly)


def _dedupe(evidence: Sequence[Evidence]) -> list[Evidence]:
    """One item per passage: a later item overlapping an earlier one of the same article is dropped."""
    out: list[Evidence] = []
    for ev in evidence:
        if not any(
            o.article_id == ev.article_id and o.span.start < ev.span.end and ev.span.start < o.span.end for o in out
        ):
            out.append(ev)
    return out
