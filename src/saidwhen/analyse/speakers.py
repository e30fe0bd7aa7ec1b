"""Who is speaking: name mentions from the parse, and the speaker behind each source as written.

A source is resolved in one of four ways, and otherwise stays unknown (None), never guessed:

* a name ("Kallas", "Ukrainian President Volodymyr Zelenskyy", "the Kremlin") -> the registry's
  canonical name, so a surname links to the full name introduced earlier in the article;
* a pronoun ("she", "he") -> the nearest person mentioned before it outside quote marks, skipping
  people whose known gender (from Mr./Ms. or an earlier pronoun) does not fit;
* a description ("the high representative", "the Ukrainian president", "the EU's top diplomat",
  "the official") -> the nearest earlier person whose roles share the description's head word, or,
  for a generic word such as "official" or "diplomat", the nearest earlier speaker;
* anything else (a document, "a poll", "critics") -> None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from saidwhen.analyse.entities import Registry, guess_kind, split_title
from saidwhen.analyse.quotemarks import RegionIndex
from saidwhen.records import EntityKind, Span

_HEAD_WORD = re.compile(r"[\w’'.-]+")
MALE = frozenset({"he", "him", "his"})
FEMALE = frozenset({"she", "her", "hers"})
_PRONOUNS = MALE | FEMALE | {"they", "them", "i", "we", "you", "it", "who"}
GENERIC = frozenset(
    "official diplomat minister spokesman spokeswoman spokesperson president leader chief envoy "
    "representative aide senator candidate nominee governor secretary chancellor premier ambassador "
    "politician lawmaker congressman congresswoman democrat republican mayor adviser advisor".split()
)
_GENDER_TITLES = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "sir": "m", "lady": "f"}


@dataclass(frozen=True, slots=True)
class NameMention:
    """A proper name in the text: ``span`` covers the name without its title; ``roles`` as written."""

    span: Span
    name: str
    kind: EntityKind
    roles: tuple[str, ...] = ()
    title: str = ""
    subject: bool = False  # the grammatical subject of its clause (pronouns prefer these)


def _role_text(head: Any, run: list[Any], base: int, text: str) -> list[str]:
    """Titles in front of the name ("EU foreign policy chief") and appositions ("the EU's top diplomat")."""
    roles = []
    left = [t for t in head.subtree if t.i < run[0].i and t.dep_ not in ("det", "punct", "case")]
    if left and left[-1].i == run[0].i - 1:
        lo = min(t.idx for t in left)
        roles.append(text[base + lo : base + run[0].idx].strip(" ,"))
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        h = head.head
        toks = [t for t in h.subtree if t.i < head.i and t.i not in {x.i for x in head.subtree}]
        toks = [t for t in toks if not t.is_punct]
        if toks:
            roles.append(text[base + toks[0].idx : base + toks[-1].idx + len(toks[-1].text)])
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            sub = [t for t in c.subtree if not t.is_punct]
            if sub:
                roles.append(text[base + sub[0].idx : base + sub[-1].idx + len(sub[-1].text)])
    return [r for r in roles if r and len(r) < 120]


def name_mentions(units: list[tuple[int, Any]], text: str) -> list[NameMention]:
    """Runs of proper nouns in parsed units, titles split off, kinds guessed."""
    out: list[NameMention] = []
    for base, doc in units:
        i, n = 0, len(doc)
        while i < n:
            if doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper():
                i += 1
                continue
            j = i
            while j + 1 < n and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
                j += 1
            run = list(doc[i : j + 1])
            i = j + 1
            titles, words = split_title([t.text for t in run])
            name_toks = run[len(titles) :]
            last = name_toks[-1]
            if last.text in ("’s", "'s"):
                continue
            span = Span(base + name_toks[0].idx, base + last.idx + len(last.text))
            the = run[0].i > 0 and doc[run[0].i - 1].lower_ == "the"
            name = re.sub(r"[’']s$", "", " ".join(words))
            roles = _role_text(run[-1], run, base, text) + ([" ".join(titles)] if titles else [])
            head = run[-1]
            subject = head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "appos" and head.head.dep_ == "nsubj")
            out.append(
                NameMention(
                    span, name, guess_kind(name, the), tuple(roles), titles[-1].lower() if titles else "", subject
                )
            )
    return out


def surname_mentions(text: str, mentions: list[NameMention], registry: Registry) -> list[NameMention]:
    """Mentions of known people the tagger did not mark as proper nouns ("Zelenskyy said")."""
    known = {m.span.start for m in mentions}
    words = {m.name.split()[-1] for m in mentions if m.kind is EntityKind.PERSON and len(m.name.split()) > 1}
    if not words:
        return mentions
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")
    extra = []
    for m in pattern.finditer(text):
        if m.start() in known or any(k.span.start <= m.start() < k.span.end for k in mentions):
            continue
        after = text[m.end() : m.end() + 12].lstrip()
        extra.append(
            NameMention(
                Span(m.start(), m.end()),
                m.group(),
                EntityKind.PERSON,
                subject=bool(re.match(r"(?:has |had |also |then )?[a-z]+(?:ed|s)\b", after)),
            )
        )
    return sorted(mentions + extra, key=lambda m: m.span.start)


def build_registry(mentions: list[NameMention]) -> Registry:
    """An article's registry; single words that are the surname of a person become that person."""
    reg = Registry()
    surnames = {m.name.split()[-1] for m in mentions if m.kind is EntityKind.PERSON}
    for m in mentions:
        kind = EntityKind.PERSON if (m.kind is EntityKind.OTHER and m.name in surnames) else m.kind
        if kind in (EntityKind.PERSON, EntityKind.ORGANISATION):
            reg.add(m.name, kind, m.roles)
    return reg


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str | None
    kind: EntityKind | None


class SpeakerResolver:
    """Resolves sources in text order for one article, remembering who spoke last."""

    def __init__(self, text: str, mentions: list[NameMention], registry: Registry, quotes: RegionIndex) -> None:
        self.text = text
        self.registry = registry
        self.quotes = quotes
        self.mentions = [m for m in mentions if quotes.at(m.span.start) is None]
        self.gender: dict[str, str] = {}
        self.speakers: list[tuple[int, str, EntityKind]] = []  # (offset, name, kind) of resolved speakers
        for m in mentions:
            if m.title in _GENDER_TITLES and m.kind is EntityKind.PERSON:
                canon = registry.canonical(m.name, EntityKind.PERSON)
                if canon:
                    self.gender[canon] = _GENDER_TITLES[m.title]

    def _person(self, m: NameMention) -> str | None:
        kind = m.kind
        if kind is EntityKind.OTHER and self.registry.canonical(m.name, EntityKind.PERSON):
            kind = EntityKind.PERSON
        return self.registry.canonical(m.name, EntityKind.PERSON) if kind is EntityKind.PERSON else None

    def resolve(self, source: Span | None, head_at: int) -> Resolved:
        """The speaker for a source span whose head word starts at ``head_at`` (-1: unknown)."""
        if source is None:
            return Resolved(None, None)
        head = _HEAD_WORD.match(self.text, head_at if head_at >= 0 else source.start)
        word = head.group().lower() if head else ""
        if head and head.group()[:1].isupper() and word not in _PRONOUNS:
            known = self.registry.canonical(head.group(), EntityKind.PERSON)
            if known:
                return self._said(source.start, known, EntityKind.PERSON)
        inside = [m for m in self.mentions if source.start <= m.span.start < source.end]
        named = [m for m in inside if head_at < 0 or m.span.start <= head_at < m.span.end]
        if named:
            m = named[-1]
            person = self._person(m)
            if person:
                return self._said(source.start, person, EntityKind.PERSON)
            if m.kind is EntityKind.ORGANISATION or (m.kind is EntityKind.OTHER and word[:1] != ""):
                kind = EntityKind.ORGANISATION if m.kind is EntityKind.ORGANISATION else EntityKind.OTHER
                return self._said(source.start, self.registry.canonical(m.name, kind) or m.name, kind)
            return Resolved(None, None)
        if word in MALE | FEMALE:
            return self._pronoun(source.start, "m" if word in MALE else "f")
        if word in _PRONOUNS:
            return Resolved(None, None)
        return self._description(source, word)

    def _said(self, at: int, name: str, kind: EntityKind) -> Resolved:
        self.speakers.append((at, name, kind))
        return Resolved(name, kind)

    def _pronoun(self, at: int, gender: str) -> Resolved:
        """The nearest earlier person of fitting gender, preferring subjects and speakers
        ("Kallas likened X to Al Qaeda. '...,' she said" -> Kallas, not Al Qaeda)."""
        window = at - 1500
        before = [m for m in self.mentions if window <= m.span.start and m.span.end <= at]
        spoke = {name: off for off, name, kind in self.speakers if kind is EntityKind.PERSON and off >= window}
        best: tuple[int, str] | None = None
        for m in before:
            person = self._person(m)
            if person is None or self.gender.get(person, gender) != gender:
                continue
            rank = m.span.start + (10_000 if m.subject or person in spoke else 0)
            if best is None or rank >= best[0]:
                best = (rank, person)
        for person, off in spoke.items():
            if self.gender.get(person, gender) == gender and (best is None or off + 10_000 > best[0]):
                best = (off + 10_000, person)
        if best is None:
            return Resolved(None, None)
        self.gender.setdefault(best[1], gender)
        return self._said(at, best[1], EntityKind.PERSON)

    def _description(self, source: Span, word: str) -> Resolved:
        desc = source.of(self.text).lower()
        head = desc.split(",")[0].split()[-1] if desc.split(",")[0].split() else word
        if not (desc.startswith("the ") or desc.startswith("this ")):
            return Resolved(None, None)
        before = [m for m in self.mentions if m.span.end <= source.start]
        for m in reversed(before):
            person = self._person(m)
            if person is None:
                continue
            entity = self.registry.find(person)
            roles = " ".join(entity.roles).lower() if entity else ""
            if head in roles.split():
                return self._said(source.start, person, EntityKind.PERSON)
        if head in GENERIC:
            for _, name, kind in reversed(self.speakers):
                if kind is EntityKind.PERSON:
                    return self._said(source.start, name, kind)
        return Resolved(None, None)
