"""Registry of people and organisations: canonical names, aliases, roles, transliteration variants.

Names are read from the parse as runs of proper nouns ("Kaja Kallas", "Steve Witkoff", "the
Kremlin"); titles in front of a name are kept apart as roles ("EU foreign policy chief", "Ukrainian
President"). A surname alone ("Kallas") links to the full name introduced earlier in the article.

Transliteration variants share one key: ascii-folded, lower-cased, with the common endings of
romanised Slavic names made equal, so Zelensky, Zelenskyy, Zelenskiy and Zelenskij are one person.
Across articles, :class:`Registry` merges entries by that key and keeps the most frequent spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from saidwhen.records import Entity, EntityKind

_SLAVIC_END = re.compile(r"(?:iy|yy|ij|yi|ii|y|i)$")
TITLES = frozenset(
    "president pres. vice prime minister chancellor secretary senator sen. sen rep. rep representative gov. "
    "governor mr. mr mrs. mrs ms. ms dr. dr prof. professor gen. general adm. admiral col. lt. sgt. capt. "
    "special envoy ambassador spokesman spokeswoman spokesperson chairman chairwoman chair chief leader "
    "foreign defense defence minister deputy pope king queen prince princess sir lord lady judge justice "
    "mayor sheriff commissioner director ceo founder candidate nominee speaker former high "
    "sens. reps. gov rev. st. father sister brother mme".split()
)
ORG_WORDS = frozenset(
    "party ministry department council union commission agency campaign news times post journal reuters "
    "kremlin committee court congress senate house bank fund institute university foundation association "
    "inc inc. corp corp. group network organization organisation administration office service police army "
    "navy forces government parliament assembly nato eu un afp ap bbc cnn fbi cia nsa gop dnc rnc stopfake "
    "telegraph guardian tribune herald press magazine review company corporation board alliance league "
    "federation centre center cabinet embassy bureau authority".split()
)
PLACES = frozenset(
    "ukraine russia kyiv kiev moscow berlin brussels washington europe america london paris france germany "
    "china japan canada poland estonia hungary slovakia georgia israel iran iraq syria turkey britain "
    "england scotland ireland india mexico texas florida california ohio iowa york chicago donbas crimea "
    "kazakhstan uzbekistan kyrgyzstan armenia azerbaijan belarus lithuania latvia finland sweden norway "
    "denmark spain italy greece africa asia beijing tokyo ottawa warsaw tallinn istanbul saudi arabia "
    "arizona virginia carolina pennsylvania michigan wisconsin nevada colorado georgia".split()
)


def fold(name: str) -> str:
    """Ascii-folded, lower-cased form with punctuation dropped ("Zelenskyy’s" -> "zelenskyy")."""
    name = re.sub(r"[’']s$", "", name.strip())
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9 ]+", "", ascii_name.lower()).strip()


def name_key(word: str) -> str:
    """Key of one name word, equal across transliterations (zelensky / zelenskyy / zelenskiy)."""
    w = fold(word)
    if len(w) > 5:
        w = _SLAVIC_END.sub("", w)
    return w


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split the title from a proper-noun run: everything up to its last title word, and the name.

    ["U.S.", "President", "Donald", "Trump"] -> (["U.S.", "President"], ["Donald", "Trump"]). A long
    run with no title word ("Security Policy Kaja Kallas", the tail of an office's name) keeps its
    last two words, or three with a middle initial ("Donald J. Trump").
    """
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower() in TITLES or fold(w) in ORG_WORDS:
            cut = i + 1
    title, name = words[:cut], words[cut:]
    if len(name) > 3:
        keep = 3 if len(name[-2].rstrip(".")) == 1 else 2
        title, name = words[: len(words) - keep], name[-keep:]
    return title, name


def guess_kind(name: str, preceded_by_the: bool = False) -> EntityKind:
    """PERSON, ORGANISATION or PLACE for a name, from word lists and its shape (no NER model)."""
    words = fold(name).split()
    if not words:
        return EntityKind.OTHER
    if any(w in ORG_WORDS for w in words) or (name.isupper() and len(name) <= 6):
        return EntityKind.ORGANISATION
    if all(w in PLACES for w in words):
        return EntityKind.PLACE
    if preceded_by_the:
        return EntityKind.ORGANISATION
    return EntityKind.PERSON if len(words) >= 2 else EntityKind.OTHER


def _best(spellings: Counter[str]) -> str:
    """The canonical spelling: a full name (two or three words) over a surname, then the most frequent."""
    return max(spellings, key=lambda s: (min(len(s.split()), 3) if len(s.split()) <= 3 else 0, spellings[s], s))


@dataclass(slots=True)
class _Entry:
    spellings: Counter[str] = field(default_factory=Counter)
    kind: EntityKind = EntityKind.OTHER
    roles: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)


class Registry:
    """People and organisations by canonical name, merging aliases and transliteration variants.

    A person is keyed by the key of their last name plus the initial of their first name when one
    is known, so "Volodymyr Zelensky" and "Zelenskyy" meet, while two different Smiths with known
    first names do not.
    """

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}

    @staticmethod
    def key(name: str, kind: EntityKind) -> str:
        words = fold(name).split()
        if kind is EntityKind.PERSON and words:
            return "p:" + name_key(words[-1])
        return kind.value[0] + ":" + " ".join(name_key(w) for w in words)

    def add(self, name: str, kind: EntityKind, roles: Iterable[str] = (), count: int = 1) -> str:
        """Record one sighting of ``name``; returns its registry key."""
        k = self.key(name, kind)
        entry = self._entries.setdefault(k, _Entry(kind=kind))
        entry.spellings[name] += count
        entry.aliases.add(name)
        entry.roles.update(r for r in roles if r)
        return k

    def canonical(self, name: str, kind: EntityKind) -> str | None:
        """The canonical name for ``name`` (a full name for a surname), or None when unknown."""
        entry = self._entries.get(self.key(name, kind))
        return _best(entry.spellings) if entry else None

    def find(self, name: str) -> Entity | None:
        """The entry a name or alias refers to, trying person first."""
        for kind in (EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.OTHER, EntityKind.PLACE):
            k = self.key(name, kind)
            if k in self._entries:
                return self._entity(k)
        return None

    def merge(self, other: Registry) -> None:
        """Add every entry of ``other`` (a corpus-wide registry built from per-article ones)."""
        for k, e in other._entries.items():
            mine = self._entries.setdefault(k, _Entry(kind=e.kind))
            mine.spellings.update(e.spellings)
            mine.roles.update(e.roles)
            mine.aliases |= e.aliases

    def _entity(self, k: str) -> Entity:
        e = self._entries[k]
        name = _best(e.spellings)
        return Entity(
            name=name,
            kind=e.kind,
            aliases=tuple(sorted(a for a in e.aliases if a != name)),
            roles=tuple(r for r, _ in e.roles.most_common(8)),
        )

    def entities(self) -> tuple[Entity, ...]:
        """Every entry as an Entity, people first, then by name."""
        out = [self._entity(k) for k in self._entries]
        return tuple(sorted(out, key=lambda e: (e.kind is not EntityKind.PERSON, e.name)))

    def __len__(self) -> int:
        return len(self._entries)
