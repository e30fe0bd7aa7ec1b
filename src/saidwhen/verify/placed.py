"""Where an event took place: a claim that sets an event of the record somewhere else (a town, or where words were
exchanged online: "in a Telegram chat" for the record's WhatsApp chat).

"Kallas gave her February AFP interview in Brussels" names an event the record tells of ("Kallas told AFP during a
visit to Washington"), by the people and bodies in it (Kallas, AFP) and the kind of event (an interview, talks, a
press conference, a visit), and puts it in another place. The record holds it elsewhere when a sentence names the
same people, tells of the same kind of event, places it elsewhere, and no sentence places those people's event of
that kind where the claim does. One name is not enough to know the event (Kallas gave many press conferences)
unless the claim also dates it, and the record's sentence must then be of that time.

Pure functions over the claim and the evidence sentences retrieval found; ``verify`` asks the store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from saidwhen.records import Claim, Evidence
from saidwhen.verify import text as tx
from saidwhen.verify import wording as wd
from saidwhen.verify.claims import month_day, yearless_month

__all__ = ["Placed", "dated_elsewhere", "placed_elsewhere"]

# Kinds of event, by the words that tell of them ("talks", "met", "sit-down"; "presser", "told reporters").
_KINDS: tuple[frozenset[str], ...] = (
    frozenset(["talks", "negotiations", "meeting", "meet", "met", "meets", "summit", "session", "sit-down"]),
    frozenset(["interview", "interviews", "interviewed"]),
    frozenset(["press", "presser", "briefing", "conference", "remarks", "comments", "spoke", "speaking", "reporters",
               "journalists", "said"]),
    frozenset(["visit", "visited", "visiting", "trip", "flew", "travelled", "traveled"]),
)  # fmt: skip
NAMES_KNOWN = 2  # names of the claim in one sentence that single out its event without a date
# Going somewhere to do something: "flew to Paris this weekend to meet ..." (``wording.places`` reads "for" only).
_WENT_TO = re.compile(
    r"\b(?i:flew|flies|travell?ed|went|headed|came)\s+to\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)


@dataclass(frozen=True, slots=True)
class Placed:
    """A claim's event set in ``claimed``, which the record (``record``) places in ``recorded``."""

    claimed: str
    recorded: str
    record: Evidence
    dated: bool = False  # ``claimed`` and ``recorded`` are times, not places


# Speaking to a news outlet is an interview: "told AFP", "spoke to CNN".
_TOLD_OUTLET = re.compile(r"\b(?:told|tells|spoke\s+to|speaking\s+to|talking\s+to)\s+(?:the\s+)?[A-Z]{2,}\b")
_INTERVIEW = 1


def _kinds(text: str, table: tuple[frozenset[str], ...] | None = None) -> set[int]:
    """The kinds of event ``text`` tells of (indexes into ``table``, ``_KINDS`` by default, where an outlet told is
    an interview)."""
    words = {w.lower() for w in tx.words(text)}
    found = {i for i, kind in enumerate(table or _KINDS) if words & kind}
    return found | ({_INTERVIEW} if table is None and _TOLD_OUTLET.search(text) else set())


def _names_in(ev: Evidence, names: Sequence[str]) -> int:
    """How many of ``names`` the sentence (or who says it) names."""
    keys = tx.keys(f"{ev.text} {ev.speaker or ''}")
    return sum(tx.name_present(n, keys) for n in names)


# A town or country, not a building in one: "in Berlin", "a visit to Washington" (not "at the Chancellery").
_IN_TOWN = re.compile(r"\b(?i:in|to)\s+$")


def _towns(text: str) -> list[str]:
    """The towns and countries ``text`` sets something in (``wording.places`` after "in" or "to")."""
    return [p for p, a, _ in wd.places(text) if _IN_TOWN.search(text[max(0, a - 4) : a])]


# Where words were exchanged online: "in a WhatsApp chat", "on Telegram", "over Zoom".
_PLATFORM = re.compile(
    r"\b(?:in|on|via|over|through)\s+(?:(?:a|an|the|his|her|their)\s+)?"
    r"(?P<name>WhatsApp|Telegram|Signal|Zoom|Skype|Facebook|Instagram|TikTok|YouTube)\b"
)


def _platforms(text: str) -> list[str]:
    return [m.group("name") for m in _PLATFORM.finditer(text)]


def _claim_places(claim: Claim) -> list[str]:
    found = _towns(claim.content) + _platforms(claim.content)
    found += [m.group("name") for m in _WENT_TO.finditer(claim.content) if m.group("name") not in found]
    return [p for p in found if not tx.WEEKDAY.search(p) and p.split()[0].lower() not in tx.MONTH_WORDS]


_COUNTRY_NAMES = frozenset(["britain", "america", "england", "usa", "us", "uk"])


def _country(place: str) -> bool:
    """Whether ``place`` names a country ("Germany"), not a town ("Berlin", "Moscow")."""
    key = place.lower()
    return tx.COUNTRY_WORDS.get(key) == key or key in _COUNTRY_NAMES


def _other_place(a: str, b: str) -> bool:
    """Whether two places are surely not one inside the other: two towns, or two countries, not the same; a town
    and a country may be one inside the other ("Berlin" in "Germany")."""
    if _country(a) != _country(b):
        return False
    ca, cb = tx.COUNTRY_WORDS.get(a.lower()), tx.COUNTRY_WORDS.get(b.lower())
    return a.lower() != b.lower() and not (_country(a) and ca == cb)


def _of_the_time(claim: Claim, ev: Evidence) -> bool:
    """Whether the sentence is of the time the claim gives: its month, its day of the month, or its weekday, as the
    sentence or the day it was published tells it. True for a claim that gives no time the record can check."""
    when = claim.when
    if when is None:
        return True
    day = ev.said_on or ev.published
    weekday = tx.WEEKDAY.search(when.text)
    if weekday is not None:
        named = weekday.group(0).lower()
        return named in f"{ev.text} {ev.context}".lower() or (day is not None and day.strftime("%A").lower() == named)
    month = yearless_month(when) or (month_day(when) or (None, None))[0]
    if month is None and when.resolved is not None:
        month = when.resolved.month
    if month is None:
        return True
    # a month named as one ("in May", not "the mayor")
    months = {m for m in range(1, 13) if re.search(rf"\b{tx.MONTH_NAMES[m - 1].split()[-1].capitalize()}\b", ev.text)}
    return month in months or (day is not None and day.month == month)


def placed_elsewhere(claim: Claim, names: Sequence[str], sentences: Sequence[Evidence]) -> Placed | None:
    """The record's place for the event a plain claim sets somewhere (``names``: the people and bodies the claim
    names, places aside); None when the claim sets no event, names too little to single it out, or the record
    also has it where the claim says, or nowhere else."""
    if claim.attributed or claim.negated:
        return None
    claimed = _claim_places(claim)
    kinds = _kinds(claim.content)
    names = [n for n in names if not any(n in p or p in n for p in claimed)]
    if len(claimed) != 1 or not kinds or not names:
        return None
    place = claimed[0]
    if claim.when is None and len(names) < NAMES_KNOWN:
        return None
    needed = NAMES_KNOWN if claim.when is None else 1
    online = place in _platforms(claim.content)
    same = [
        ev
        for ev in sentences
        if _names_in(ev, names) >= needed and kinds & _kinds(f"{ev.text} {ev.context}") and _of_the_time(claim, ev)
    ]
    if any(wd.named_literally(place, f"{ev.text} {ev.context}") for ev in same):
        return None  # the record has it there too
    for ev in same:
        elsewhere = [
            p
            for p in (_platforms(ev.text) if online else _towns(ev.text))
            if not tx.name_present(p, tx.keys(claim.content)) and (online or _other_place(place, p))
        ]
        if elsewhere:
            return Placed(place, elsewhere[0], ev)
    return None


# Occasions a date is given for, by the nouns that name them (not "said": words are said on many days).
_OCCASIONS: tuple[frozenset[str], ...] = (
    frozenset(["talks", "negotiations", "meeting", "summit", "session", "sit-down"]),
    frozenset(["interview", "interviews"]),
    frozenset(["conference", "presser", "briefing"]),
    frozenset(["visit", "trip"]),
)


_MONTHS = {name: i + 1 for i, names in enumerate(tx.MONTH_NAMES) for name in names.split()}
# A date as a sentence writes it: "Feb. 27", "February 27, 2025", "27 February 2025", "December 2025", "April 2022".
_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\s+)?(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?"
    r"(?:\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
)


def _month_year(text: str) -> tuple[int, int | None] | None:
    """(month, year or None) of the first date ``text`` writes with a month; None when it writes none."""
    for m in _DATE.finditer(text):
        month = _MONTHS.get(m.group("mon").lower())
        if month is not None:
            return month, int(m.group("y")) if m.group("y") else None
    return None


def dated_elsewhere(claim: Claim, names: Sequence[str], sentences: Sequence[Evidence]) -> Placed | None:
    """The record's date for the event a plain claim dates to another month or year ("Kallas's AFP interview came
    out in early March 2025" / "an interview with AFP published on Feb. 27"): the same people and kind of event in a
    sentence that writes another month (or year); None when a sentence of that event writes the claim's, or the claim
    names too little to single the event out (two names, or one with the kind of event written as a noun)."""
    if claim.attributed or claim.negated or claim.when is None:
        return None
    claimed = _month_year(claim.when.text)
    kinds = _kinds(claim.content, _OCCASIONS)
    if claimed is None or not kinds or not names:
        return None

    needed = min(NAMES_KNOWN, len(names))
    same = [ev for ev in sentences if _names_in(ev, names) >= needed and kinds & _kinds(ev.text, _OCCASIONS)]
    dated = [(ev, _month_year(ev.text)) for ev in same]
    month, year = claimed

    def agrees(found: tuple[int, int | None]) -> bool:
        return found[0] == month and (year is None or found[1] is None or found[1] == year)

    if any(d is not None and agrees(d) for _, d in dated):
        return None  # the record dates it as the claim does
    for ev, d in dated:
        if d is not None:
            written = _DATE.search(ev.text)
            return Placed(claim.when.text, written.group(0) if written else str(d[0]), ev, dated=True)
    return None
