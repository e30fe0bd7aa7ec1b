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
    BOILERPLATE = "boilerplate"  # dropped from analysis: credits, link lists, "Read more", ...


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
        """Spans of the analysed (cleaned) text: body blocks only."""
        return tuple(b.span for b in self.blocks if b.kind is BlockKind.BODY)

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
