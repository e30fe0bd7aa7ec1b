"""Order of events: "A came after B", "After B, A", "A on the same Monday that B".

A claim about order names two events. Each is dated from the record: the date the sentence reporting
it gives ("in London, December 8, 2025"), the day its speaker said the words (for an event that is a
statement: "Kallas's warning that ..."), or, failing both, no later than the day the report was
published. The claim holds when the dates put the events in its order, and fails when they put them
the other way round; events the record places on overlapping days decide nothing.

Pure functions over claim text and evidence; ``order_on_record`` is the one place that reads the store.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from saidwhen.records import DateMention, Evidence, Granularity
from saidwhen.verify import text as tx

__all__ = ["Dated", "Order", "Relation", "Sequenced", "date_of", "in_order", "parse_order", "span_of"]


class Relation(Enum):
    BEFORE = "before"  # ``first`` ended before ``second`` began
    SAME_DAY = "same_day"


@dataclass(frozen=True, slots=True)
class Order:
    """Two events and the order a claim puts them in."""

    first: str  # the event the claim says came first (for SAME_DAY, the one it names first)
    second: str
    relation: Relation


@dataclass(frozen=True, slots=True)
class Dated:
    """An event dated from one evidence sentence: it happened between ``lo`` and ``hi`` (inclusive)."""

    phrase: str
    lo: date
    hi: date
    evidence: Evidence
    how: str  # "dated", "said", "published": what in the evidence gives the date
    whole: bool = False  # the sentence dating it holds every word and name of the phrase, not just most


@dataclass(frozen=True, slots=True)
class Sequenced:
    """An order claim with both events dated: ``holds`` says whether the record has them in that order."""

    order: Order
    first: Dated
    second: Dated
    holds: bool


_QUALIFIER = (
    r"(?:(?:only|just|shortly|soon|right|immediately|well|long|not\s+long|(?:a|one|two|three|four|five|several|"
    r"a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|hours?))\s+)?"
)
_RELATION = r"(?P<rel>before|after|prior\s+to|ahead\s+of|following)"
# "After B, A" (the claim opens with the earlier event).
_LEADING = re.compile(rf"^{_QUALIFIER}{_RELATION}\s+(?P<b>[^,;:]{{3,160}}?),\s+(?P<a>.{{8,}}?)\.?$", re.I)
# "A came only after B", "A before B had started".
_MEDIAL = re.compile(rf"^(?P<a>.{{8,}}?),?\s+{_QUALIFIER}{_RELATION}\s+(?P<b>.{{3,}}?)\.?$", re.I)
# "A on the same Monday that B".
_SAME_DAY = re.compile(
    r"^(?P<a>.{8,}?)\s+on\s+the\s+(?:very\s+)?same\s+(?:day|date|[a-z]+day)\s+(?:that|as|when|on\s+which)\s+"
    r"(?P<b>.{3,}?)\.?$",
    re.I,
)
# Words that say an event happened, not what it was ("took place", "came", "had ended").
_HAPPENED = re.compile(
    r"\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:been|got|gotten)\s+)?"
    r"(?:came|come|took\s+place|take\s+place|happened|occurred|held|ended|finished|concluded|started|begun|began"
    r"|opened|over|done|under\s*way|published|issued|released|made|given)$",
    re.I,
)
_RELATIVE = re.compile(r"(?:which|whom|that)\b", re.I)  # "the meeting after which Kallas spoke": no second event


def parse_order(text: str) -> Order | None:
    """The two events of a claim about their order, or None when the claim orders no events. Words in
    quote marks are someone's, not the claim's: a "before" there orders nothing."""
    stripped = text.strip()
    m = _SAME_DAY.match(stripped)
    if m is not None:
        return _order(m.group("a"), m.group("b"), Relation.SAME_DAY, swap=False)
    m = _LEADING.match(stripped) or _MEDIAL.match(stripped)
    if m is None or tx.quote_open(stripped[: m.start("rel")]) or _RELATIVE.match(m.group("b")):
        return None
    after = m.group("rel").lower() in {"after", "following"}
    return _order(m.group("a"), m.group("b"), Relation.BEFORE, swap=after)


def _order(a: str, b: str, relation: Relation, swap: bool) -> Order | None:
    a, b = _event(a), _event(b)
    if not a or not b:
        return None
    return Order(b, a, relation) if swap else Order(a, b, relation)


def _event(phrase: str) -> str:
    """The event a clause names, without the words that only say it happened."""
    phrase = phrase.strip(" ,;:.")
    while (m := _HAPPENED.search(phrase)) is not None and m.start() > 0:
        phrase = phrase[: m.start()].rstrip(" ,")
    return phrase if len(tx.content_stems(phrase)) >= 2 else ""


def span_of(mention: DateMention) -> tuple[date, date] | None:
    """The days a date mention covers, first and last; None when it is not resolved or is only a bound."""
    day = mention.resolved
    if day is None:
        return None
    if mention.granularity is Granularity.DAY:
        return day, day
    if mention.granularity is Granularity.MONTH:
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if mention.granularity is Granularity.YEAR:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if mention.granularity is Granularity.RANGE:
        weekend = "weekend" in mention.text.lower()
        return day, day + timedelta(days=1 if weekend else 6)
    return None


def _does_what(topic: str, names: Sequence[str], ev: Evidence) -> bool:
    """Whether the sentence holds what the event's phrase says happens, beside whom and where: one of its words
    outside its names ("Jared Kushner left Berlin" is not borne out by "talks with Jared Kushner in Berlin")."""
    named = {tx.canon(w) for n in names for w in tx.words(n)}
    doing = {w for w in tx.content_stems(topic) if w not in named and not tx.is_number_word(w)}
    return not doing or bool(doing & set(tx.content_stems(f"{ev.context} {ev.text}")))


EVENT_RECALL = 0.5  # share of an event's words (saying words aside) a sentence must hold to report it
WHOLE_RECALL = 0.75  # ... and the share a sentence must hold for the claim to be borne out by it
EVENT_HITS = 12  # how many of the best hits may constrain an event's date
# Words that say an event was a statement, not what it was about ("Kallas gave her Brussels comments on ...").
_SAYING = re.compile(
    r"\b(?:said|say|says|saying|told|tells?|spoke|speaks?|speaking|gave|gives?|given|made|makes?|comments?|"
    r"commented|remarks?|statements?|warnings?|words|her|his|their|its|possib\w*|potential\w*|due|set|expected|"
    r"scheduled|planned|slated)\b",
    re.I,
)

# "the talks were due to resume": the event is the resuming, which a sentence must name.
_DUE = re.compile(r"\b(?:due|set|expected|scheduled|planned|slated|to\s+be)\s+to\s+(?P<verb>[a-z]+)$", re.I)


def date_of(
    phrase: str,
    names: Sequence[str],
    hits: Sequence[Evidence],
    dates_in: Callable[[Evidence], Sequence[DateMention]],
    speaker: str | None = None,
) -> Dated | None:
    """The event ``phrase`` dated from the hits (best first) among the first ``EVENT_HITS`` that report it:
    sentences holding ``EVENT_RECALL`` of its words, half the names it gives and its ``speaker`` (for an
    event that is a statement). Each such sentence gives a span: the day its speaker said the words (when the
    phrase names that speaker), else the date it gives (one, or several that agree), else no later than the
    day it was published. The sentence that holds most of the phrase and gives a day or a date dates the
    event, narrowed by the spans of the others that overlap it (a month, a publication date); the others
    report other events. None when no sentence reporting it gives a date."""
    from saidwhen.verify.matching import lexical_recall

    topic = " ".join(_SAYING.sub(" ", phrase).split())
    due = _DUE.search(phrase)
    needed = set(tx.content_stems(due.group("verb"))) if due is not None else set()
    surnames = {tx.name_key(n.split()[-1]) for n in names if n.split()}
    numbers = tx.number_values(phrase)
    found: list[tuple[float, Dated]] = []
    for ev in hits[:EVENT_HITS]:
        recall = lexical_recall(topic, ev.text, names, context=ev.context)
        # A sentence naming what is due ("set to continue on Monday") may leave the rest to the sentences before.
        if recall < EVENT_RECALL * (0.8 if needed else 1) or not needed <= set(tx.content_stems(ev.text)):
            continue
        keys = tx.keys(f"{ev.context} {ev.text}")
        if speaker and not tx.name_present(speaker, keys):
            continue
        named = sum(tx.name_present(n, keys) for n in names)
        if 2 * named < len(names) or not numbers <= tx.number_values(f"{ev.context} {ev.text}"):
            continue  # half the names at least, and every figure ("the next meeting, in January 2026")
        whole = named == len(names) and recall >= WHOLE_RECALL and _does_what(topic, names, ev)
        said_by = tx.name_key(ev.speaker.split()[-1]) if ev.speaker else ""
        spans = {s for d in dates_in(ev) if (s := span_of(d)) is not None}
        if ev.said_on is not None and said_by in surnames:
            found.append((recall, Dated(phrase, ev.said_on, ev.said_on, ev, "said", whole)))
        elif len(spans) == 1:
            lo, hi = spans.pop()
            found.append((recall, Dated(phrase, lo, hi, ev, "dated", whole)))
        elif not spans and ev.published is not None:
            found.append((recall, Dated(phrase, date.min, ev.published, ev, "published", whole)))
    dated = [(recall, d) for recall, d in found if d.how != "published"]
    if not dated:
        return None
    anchor = max(dated, key=lambda item: item[0])[1]  # max keeps the first (best-ranked) of equals
    lo, hi = anchor.lo, anchor.hi
    for _, other in sorted(found, key=lambda item: -item[0]):
        if other.lo <= hi and lo <= other.hi:
            lo, hi = max(lo, other.lo), min(hi, other.hi)
    return Dated(phrase, lo, hi, anchor.evidence, anchor.how, anchor.whole)


def in_order(order: Order, first: Dated, second: Dated) -> bool | None:
    """Whether the record's dates put the events in the claim's order: True, False, or None when the days
    overlap (or one event is only bounded and the bound decides nothing)."""
    if order.relation is Relation.SAME_DAY:
        if first.lo == first.hi == second.lo == second.hi:
            return True
        if first.hi < second.lo or second.hi < first.lo:
            return False
        return None
    if first.hi < second.lo:
        return True
    if second.hi < first.lo:
        return False
    return None
