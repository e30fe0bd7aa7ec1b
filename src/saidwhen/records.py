"""Typed records passed between stages.

Every span is a pair of character offsets into the ORIGINAL article text (``Article.text``), end
exclusive, so any piece of evidence can be cited and highlighted exactly. Records are frozen; labels
are Enums; ids are content hashes so that re-ingesting the same article is idempotent.

Data flow: RawDocument (ingest/readers) -> Article (ingest: clean + date) -> Analysis (analyse:
sentences, mentions, quotes) -> store -> retrieve -> Verdict (verify) -> render.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import Enum


def content_id(text: str, source_hint: str = "") -> str:
    """Stable id of an article: sha256 of its text (``source_hint`` only breaks ties of empty texts)."""
    digest = hashlib.sha256(text.encode("utf-8") if text else source_hint.encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into an article's original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The characters this span covers in ``text``."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


# --------------------------------------------------------------------------- ingest
class DateSource(Enum):
    """How a publication date was found."""

    METADATA = "metadata"  # a field of the input (JSONL "date", HTML meta, feed pubDate)
    HEADER = "header"  # the " date YYYY-MM-DD" first line of a plain-text article
    URL = "url"  # a /2025/12/15/ path in the article's URL
    TEXT = "text"  # a full date written in the article text (weak evidence)
    INFERRED = "inferred"  # reasoned from dates and weekdays in the text (weakest; see ingest/dating.py)
    NONE = "none"  # nothing found: the article stays undated


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """An article's publication date, with how it was found; ``value`` is None when unknown."""

    value: date | None
    how: DateSource
    confidence: float  # 0..1; 0 when value is None
    evidence: Span | None = None  # where in the text it was read, when it was read from the text


class Granularity(Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"  # "over the weekend", "last week": ``resolved`` is the first day
    AFTER = "after"  # "after the Berlin talks": on or after ``resolved``, the day the corpus first reports the event


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text ("on Monday", "Feb. 18") resolved against the publication date."""

    span: Span
    text: str
    resolved: date | None  # None when it cannot be resolved (undated article, ambiguous)
    granularity: Granularity
    relative: bool  # True for "on Monday", "yesterday": resolved from the publication date


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader hands on: text plus whatever metadata the container carried."""

    text: str
    source: str  # file path, "path#line", or URL
    title: str | None = None
    published: date | None = None  # from metadata only
    url: str | None = None
    outlet: str | None = None
    # Region of ``text`` that is a header line (title / date) and not body text.
    header: Span | None = None
    title_span: Span | None = None
    date_from_header: bool = False


class BlockKind(Enum):
    """What a paragraph-like block of the original text is."""

    BODY = "body"
    TITLE = "title"
    HEADER = "header"  # the date header line
    CAPTION = "caption"  # a photo caption: analysed as text (who met whom, where, when), never a dateline
    POST = "post"  # the text of an embedded social-media post: analysed (its author's words), never a dateline
    BOILERPLATE = "boilerplate"  # dropped from analysis: credits, link lists, "Read more", ...


ANALYSED = frozenset({BlockKind.BODY, BlockKind.CAPTION, BlockKind.POST})  # the kinds whose text is analysed


@dataclass(frozen=True, slots=True)
class Block:
    span: Span
    kind: BlockKind
    reason: str = ""  # why it was classed as boilerplate (rule name)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: original text, cleaned regions, dates, provenance."""

    id: str
    text: str  # the original text, never modified; every span indexes it
    source: str
    title: str | None
    published: PublicationDate
    blocks: tuple[Block, ...]  # partition of the text into title/header/body/boilerplate blocks
    url: str | None = None
    outlet: str | None = None
    cited_sources: tuple[str, ...] = ()  # "The Guardian", "Reuters", "AFP"
    dates: tuple[DateMention, ...] = ()

    @property
    def body(self) -> tuple[Span, ...]:
        """Spans of the analysed (cleaned) text: body blocks and photo captions."""
        return tuple(b.span for b in self.blocks if b.kind in ANALYSED)

    def analysed_text(self) -> str:
        """The cleaned text: body blocks joined by blank lines (for display; offsets live in spans)."""
        return "\n\n".join(s.of(self.text) for s in self.body)


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    index: int  # 0-based position among the article's analysed sentences
    span: Span
    text: str


# --------------------------------------------------------------------------- analyse
class EntityKind(Enum):
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an entity in an article, linked to a registry entry when known."""

    span: Span
    text: str
    kind: EntityKind
    entity: str | None = None  # canonical name in the entity registry


class QuoteKind(Enum):
    DIRECT = "direct"  # the content is inside quote marks
    INDIRECT = "indirect"  # reported speech: "said that ...", "according to X, ..."
    MIXED = "mixed"  # reported speech with a partial direct quote inside


class MarkerKind(Enum):
    CONDITION = "condition"  # if, unless, only if, in exchange for, provided that
    HEDGE = "hedge"  # could, may, might, in theory, possibly
    NEGATION = "negation"  # not, never, no


@dataclass(frozen=True, slots=True)
class Marker:
    kind: MarkerKind
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    """One attribution: who (speaker) said what (content), with which cue, when."""

    id: str
    article_id: str
    content: tuple[Span, ...]  # pieces; a split quote ("A," he said, "B.") has several
    text: str  # the content pieces joined with " ... "
    kind: QuoteKind
    cue: Span | None
    source: Span | None  # the speaker as written here ("she", "the EU's top diplomat")
    speaker: str | None  # resolved canonical name; None when the text does not say
    speaker_kind: EntityKind | None = None
    said_on: date | None = None  # the date it was said, when the text gives one
    published: date | None = None
    markers: tuple[Marker, ...] = ()
    editorial: tuple[Span, ...] = ()  # "[Andriy Sybiha – ...]", "— ed." insertions inside the content

    @property
    def direct(self) -> bool:
        return self.kind is not QuoteKind.INDIRECT


@dataclass(frozen=True, slots=True)
class Entity:
    """A registry entry: a person or organisation with its aliases and roles."""

    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # "EU foreign-policy chief", "Ukrainian president"


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analyse stage found in one article."""

    article_id: str
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = field(default=())


# --------------------------------------------------------------------------- ingest results
class IngestStatus(Enum):
    ADDED = "added"
    PRESENT = "present"  # the same content id was already stored
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    source: str
    status: IngestStatus
    article_id: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class IngestReport:
    outcomes: tuple[IngestOutcome, ...]

    def count(self, status: IngestStatus) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def failed(self) -> tuple[IngestOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status is IngestStatus.FAILED)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A sentence found by search, with its article's provenance."""

    article_id: str
    sentence_index: int
    span: Span
    text: str
    score: float
    title: str | None
    published: date | None
    outlet: str | None
    source: str


# --------------------------------------------------------------------------- verify
class Modality(Enum):
    """How firmly a claim or statement asserts its content."""

    FACT = "fact"  # stated outright
    CONDITIONAL = "conditional"  # "if ...", "in exchange for ...", "unless ..."
    HEDGED = "hedged"  # "could", "may", "in theory", "possibly"


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim as understood: who it says said what, when, and how firmly. Spans index ``text``."""

    text: str  # the claim as given (surrounding whitespace removed)
    content: str  # the proposition; for an attributed claim, the words it attributes
    content_span: Span
    speaker: str | None = None  # the person or body the claim attributes the words to, as written
    speaker_span: Span | None = None  # None when the speaker came from ``said_by``
    cue: str | None = None  # "said", "according to", ":" ...
    quoted: tuple[str, ...] = ()  # words the claim puts inside quote marks, verbatim
    when: DateMention | None = None  # the time the claim refers to (from the text or ``on``)
    modality: Modality = Modality.FACT
    negated: bool = False
    numbers: tuple[str, ...] = ()  # as written: "2027", "160,000", "70%"
    entities: tuple[str, ...] = ()  # named things in the content: "Ukraine", "NATO", "European Union"
    markers: tuple[Marker, ...] = ()  # condition / hedge / negation markers in the content
    event: Span | None = None  # "After the Berlin talks, X said": the event the words followed (no date given)
    topic: Span | None = None  # "X on giving up Donbas: '...'": what the claim says the words were about
    remark: bool = False  # the content names a remark ("made the bin Laden comparison in ..."), not its words

    @property
    def attributed(self) -> bool:
        """True when the claim is about what someone said."""
        return self.speaker is not None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A piece of the record that bears on a claim, with everything needed to cite it exactly."""

    article_id: str
    span: Span  # into the article's original text
    text: str  # exactly ``span.of(article.text)``
    source: str  # file path or URL the article came from
    outlet: str | None
    published: date | None
    title: str | None = None
    sentence_index: int | None = None  # first sentence covered, when known
    speaker: str | None = None  # who said it, when it is an attributed statement
    said_on: date | None = None
    quote_id: str | None = None
    direct: bool | None = None  # a direct (quote-marked) statement; None when not a statement
    markers: tuple[Marker, ...] = ()  # condition / hedge / negation markers (spans into the article)
    score: float = 0.0  # fused retrieval score, higher is better
    similarity: float | None = None  # cosine between the claim and this text, when computed
    fact_check: bool = False  # the article reads as a fact-check or debunk
    context: str = ""  # the sentences around ``text``, for matching names and dates (never cited)


class Fidelity(Enum):
    """How a claim's attributed words relate to what the speaker is on record as saying."""

    VERBATIM = "verbatim"
    NEAR_VERBATIM = "near_verbatim"
    PARAPHRASE = "paraphrase"
    TRUNCATED = "truncated"  # a fragment that leaves out a qualifying part ("but ...")
    CONDITION_STRIPPED = "condition_stripped"  # the speaker's "if ..." or "in exchange for ..." dropped
    HEDGE_STRIPPED = "hedge_stripped"  # the speaker's "could", "in theory" dropped
    NEGATION_FLIPPED = "negation_flipped"  # the speaker said the opposite
    ALTERED = "altered"  # the speaker's words with one that matters changed: a name, or "some" made "all"
    MISATTRIBUTED = "misattributed"  # someone else said it
    OUTDATED = "outdated"  # said, but at another time than the claim says
    OUT_OF_CONTEXT = "out_of_context"  # the speaker's own words, quoted as if about something else
    NOT_FOUND = "not_found"  # no such statement on record


class EditKind(Enum):
    DROPPED = "dropped"  # in the evidence, missing from the claim
    CHANGED = "changed"  # in both, but different (a negation, a number, a speaker, a date)
    ADDED = "added"  # in the claim, not in the evidence


@dataclass(frozen=True, slots=True)
class Edit:
    """One difference between a claim and the statement it was aligned with."""

    kind: EditKind
    what: str  # "condition", "hedge", "negation", "number", "speaker", "date", "words"
    evidence_text: str = ""
    span: Span | None = None  # of ``evidence_text`` in the evidence article
    claim_text: str = ""


@dataclass(frozen=True, slots=True)
class Alignment:
    """The result of aligning an attributed claim with the record: best statement and differences."""

    fidelity: Fidelity
    evidence: Evidence | None  # the statement aligned with; for NOT_FOUND the closest one, or None
    similarity: float  # 0..1 agreement of the claim content with the aligned text
    edits: tuple[Edit, ...] = ()
    matched: Span | None = None  # the part of the evidence article the claim content matches


class Stance(Enum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class StanceScore:
    """The stance of one evidence text toward a claim."""

    evidence: Evidence
    stance: Stance
    score: float  # probability of ``stance``
    supports: float  # the three probabilities, summing to 1
    refutes: float
    neutral: float
    model: str  # name and version of the model that produced it


class VerdictLabel(Enum):
    SUPPORTED = "supported"
    REFUTED = "refuted"
    MISLEADING = "misleading"
    NOT_ENOUGH_EVIDENCE = "not_enough_evidence"
    CONFLICTING = "conflicting"


class Reason(Enum):
    """Why a claim is misleading."""

    CONDITION_STRIPPED = "condition_stripped"
    OUT_OF_CONTEXT = "out_of_context"
    TRUNCATED = "truncated"
    MISATTRIBUTED = "misattributed"
    OUTDATED = "outdated"
    EXAGGERATED = "exaggerated"


class CitationRole(Enum):
    STATEMENT = "statement"  # the speaker's own words the claim was aligned with
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"  # relevant, takes no side
    FACT_CHECK = "fact_check"  # an existing fact-check of the claim


@dataclass(frozen=True, slots=True)
class Citation:
    evidence: Evidence
    role: CitationRole
    score: float  # stance probability or alignment similarity behind the role


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of checking a claim, with the evidence, versions and settings that produced it."""

    claim: Claim
    label: VerdictLabel
    confidence: float  # 0..1
    justification: str  # plain English, built only from the cited evidence
    reasons: tuple[Reason, ...] = ()  # non-empty when ``label`` is MISLEADING
    evidence: tuple[Citation, ...] = ()  # strongest first
    fact_checks: tuple[Citation, ...] = ()  # existing fact-checks of the claim, cited apart
    alignment: Alignment | None = None  # for attributed claims
    versions: tuple[tuple[str, str], ...] = ()  # ("rules", "1"), ("stance", "..."), ("embedder", "...")
    settings: str = ""  # Settings.fingerprint()
