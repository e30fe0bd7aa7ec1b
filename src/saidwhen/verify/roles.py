"""Who a claim names, and as what: a speaker named by description ("the EU's top diplomat") resolved
against the people the articles describe so (``resolve_speaker``), and the title a claim gives a
person ("Former Latvian prime minister Kaja Kallas") checked against the roles on record
(``claimed_title``, ``title_conflict``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from saidwhen.records import Claim, Entity, EntityKind
from saidwhen.verify import text as tx

_DESCRIBED_SPEAKER = re.compile(
    r"^(?:(?i:the|an?)\s|[A-Z][\w.-]*(?:[’']s|s[’'])\s+[a-z]"
    # "EU foreign-affairs chief": a body's or country's name, then role words
    r"|[A-Z][\w.-]*\s+(?:[a-z][\w-]*\s+){0,3}(?:diplomat|minister|president|chief|envoy|leader|aide|official)$)"
)
# A seat of government that stands for its body or country in a description ("Brussels' top diplomat").
_SEATS = {"brussels": "eu", "kyiv": "ukraine", "kiev": "ukraine", "moscow": "russia", "kremlin": "russia",
          # the union a news text calls "the bloc" ("the bloc's top diplomat")
          "bloc": "eu", "union": "eu",
          # "Europe's top diplomat" is the EU's in news of the union
          "europe": "eu", "european": "eu",
          # "the American envoy", "Washington's envoy", "the U.S. envoy", "the US envoy" are one description
          "american": "us", "america": "us", "washington": "us", "british": "uk", "britain": "uk",
          # a head of state's envoy is the country's ("Trump's special envoy" is the U.S. special envoy)
          "trump": "us", "putin": "russia"}  # fmt: skip


def described(speaker: str | None) -> bool:
    """Whether a claimed speaker is a description ("the EU's top diplomat", "Zelenskyy's aide")."""
    return speaker is not None and bool(_DESCRIBED_SPEAKER.match(speaker))


_INITIALS = re.compile(r"\b(?:u\.s|u\.k|e\.u)\.?(?![a-z])")


def _plain(text: str) -> str:
    lowered = text.lower().replace("’", "'").replace("'s", "")
    return lowered.replace("european union", "eu").replace("united states", "us").replace("united kingdom", "uk")


_FORMER_WORDS = {"ex": "former", "onetime": "former", "erstwhile": "former"}  # "ex-PM" is a former prime minister


def _role_words(text: str) -> set[str]:
    return {
        _SEATS.get(w, _FORMER_WORDS.get(w, w))
        for w in re.findall(r"[a-z]+", _INITIALS.sub(lambda m: m.group(0).replace(".", ""), _plain(text)))
        if w not in {"the", "a", "an", "of", "for", "and", "s", "own"}  # "the EU's own foreign policy chief"
    }


def _same_word(a: str, b: str) -> bool:
    """One word in two forms: equal, or sharing a stem of at least five letters that one of them is
    ("ukraine" / "ukrainian", "russia" / "russian", "diplomat" / "diplomats")."""
    if a == b:
        return True
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared >= 5 and min(len(a), len(b)) - shared <= 1


# A description's word that stands for any of these role words ("the Ukrainian leader" -> President).
_ROLE_KINDS = {
    "leader": {"president", "prime", "premier", "chancellor", "king", "queen", "head", "chief", "leader"},
    "envoy": {"envoy", "representative", "ambassador", "emissary"},
    "diplomat": {"diplomat", "minister", "representative", "ambassador", "envoy"},
    # "the head of EU diplomacy" is its chief; "the Kiev ringleader", in a hostile outlet's words, its leader
    "head": {"head", "chief", "leader", "president", "representative"},
    "ringleader": {"president", "prime", "premier", "chancellor", "head", "chief", "leader"},
}


def _described_by(wanted: set[str], roles: set[str]) -> bool:
    """Whether every word of a description is among the words of someone's roles (a general word such
    as "leader" fits the roles it covers)."""
    return all(any(_same_word(w, r) or r in _ROLE_KINDS.get(w, ()) for r in roles) for w in wanted)


def resolve_speaker(claim: Claim, entities: Sequence[Entity]) -> Claim:
    """``claim`` with a speaker named by description ("the EU's top diplomat") replaced by the one
    person or body of the registry that the articles describe so (every word of the description
    among the words of its roles). Unchanged when the speaker is a name, or when no one or more
    than one fits."""
    if claim.speaker is None or not described(claim.speaker):
        return claim
    name = resolve_description(claim.speaker, entities)
    return claim if name is None else replace(claim, speaker=name)


_DOUBLED = re.compile(r"([a-z])\1")
_SLAVIC_END = re.compile(r"(?:iy|yi|ij|ii|i)$")  # "Zelenskiy", "Zelenskyi", "Zelenskij": one ending transliterated


MISSPELT_NAME = 4  # the fewest letters of a surname read as another's misspelling


def spelling_key(surname: str) -> str:
    """A surname as its misspellings and transliterations share it: doubled letters single, a Slavic "-iy" / "-yi" /
    "-ij" ending written "-y" ("Kallas", "Kalas" -> "kalas"; "Zelenskyy", "Zelenskiy" -> "zelensky")."""
    return _SLAVIC_END.sub("y", _DOUBLED.sub(r"\1", surname.lower()))


def respelled(
    claim: Claim, texts_with: Callable[[str], Sequence[str]], entities: Callable[[], Sequence[Entity]]
) -> Claim:
    """``claim`` with a speaker's surname the corpus never writes ("Kalas") replaced by the one person of the registry
    whose surname it misspells by a doubled letter or transliterates otherwise ("Kaja Kallas"; "Zelenskiy": Volodymyr
    Zelenskyy); unchanged otherwise. ``texts_with`` tells whether
    the corpus writes a word; ``entities`` is asked for the registry only for a surname it does not."""
    if claim.speaker is None or described(claim.speaker):
        return claim
    surname = claim.speaker.split()[-1]
    if len(surname) < MISSPELT_NAME or not surname[:1].isupper() or texts_with(surname.lower()):
        return claim
    key = spelling_key(surname)
    fits = {
        e.name
        for e in entities()
        if e.kind is EntityKind.PERSON
        and any(spelling_key(n.split()[-1]) == key for n in (e.name, *e.aliases) if n.split())
    }
    # One person, perhaps written two ways in the registry ("Volodymyr Zelensky", "Volodymyr Zelenskyy").
    one = len({" ".join(spelling_key(w) for w in name.split()) for name in fits}) == 1
    return replace(claim, speaker=sorted(fits)[0]) if one else claim


def first_named(claim: Claim, texts_with: Callable[[str], Sequence[str]]) -> Claim:
    """``claim`` with a speaker named by first name only ("Kaja said ...") as the articles name the person in full
    ("Kaja Kallas"): the one capitalised word that follows the name wherever the corpus writes it (a surname, "Kallas"
    of "Kaja Kallas", is followed by the rest of the sentence somewhere).
    ``texts_with`` gives corpus sentences writing a word. Unchanged otherwise."""
    name = claim.speaker or ""
    if not re.fullmatch(r"[A-Z][a-z]{2,}", name):
        return claim
    seen = 0
    after: dict[str, int] = {}
    for text in texts_with(name.lower()):
        for m in re.finditer(rf"\b{name}\b(?:\s+(?P<after>[A-Z][a-z][\w’'-]*))?", text):
            seen += 1
            if m["after"] is not None:
                after[m["after"]] = after.get(m["after"], 0) + 1
    if not after:
        return claim
    surname = max(after, key=lambda w: after[w])
    # always followed by one surname, perhaps written two ways ("Volodymyr Zelensky", "Volodymyr Zelenskyy"); a name
    # ever followed by anything else stands alone ("Trump said", "outside Trump Tower")
    if sum(after.values()) < seen or len({spelling_key(w) for w in after}) > 1:
        return claim
    return replace(claim, speaker=f"{name} {surname}")


_TURNED = re.compile(r"\s+turned\s+", re.I)
_ABBREVIATED = {"pm": "prime minister", "fm": "foreign minister"}


def resolve_description(description: str, entities: Sequence[Entity]) -> str | None:
    """The one person or body of the registry that the articles describe as ``description`` (every word of it
    among the words of their roles); None when no one or more than one fits. "Estonia's former PM turned EU
    diplomat": the role they turned to, else the one they left."""
    parts = _TURNED.split(description)
    if len(parts) == 2:
        return _resolved(parts[1], entities) or _resolved(parts[0], entities)
    return _resolved(description, entities)


def _resolved(description: str, entities: Sequence[Entity]) -> str | None:
    spelled = re.sub(r"\b(PM|FM)\b", lambda m: _ABBREVIATED[m.group(1).lower()], description)
    wanted = _role_words(spelled)
    fits = [
        e for e in entities if wanted and e.roles and _described_by(wanted, set().union(*map(_role_words, e.roles)))
    ]
    # One person under two spellings ("Zelensky", "Zelenskyy") is one fit.
    people = {tx.name_key(e.name.split()[-1]) for e in fits}
    if len(people) != 1:
        return None
    return max(fits, key=lambda e: len(e.roles) + len(e.aliases)).name


# A claim that opens with someone named by description, as its subject ("The EU foreign policy chief gave her AFP
# interview ...", "The EU's foreign policy chief's position is ...").
_OPENING_DESCRIPTION = re.compile(
    r"^(?P<description>(?i:the\s+)?(?:[A-Z][\w.-]*(?:[’']s)?\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:diplomat|minister|president|chief|envoy|leader|aide|official|spokes(?:man|woman|person)))(?=[’']s\b|\s|,)"
)


def named_subject(text: str, entities: Callable[[], Sequence[Entity]]) -> str | None:
    """``text`` with the description it opens with ("The EU foreign policy chief") written as the name of the one
    person the articles describe so ("Kaja Kallas"); None when it opens with none, or no one or several fit.
    ``entities`` is asked for the registry only when the text opens with a description."""
    m = _OPENING_DESCRIPTION.match(text)
    if m is None or not described(m.group("description")):
        return None
    name = resolve_description(m.group("description"), entities())
    if name is None:
        return None
    rest = text[m.end("description") :]
    # "The EU's top diplomat Kaja Kallas used to be ...": the name follows its description; it is the subject.
    named = re.match(r"\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)", rest)
    if named is not None and name.split()[-1] in named.group(1).split():
        return rest.lstrip()
    return name + rest


# Role nouns a claim may put before a name, longest first ("prime minister" before "minister").
_ROLE_NOUNS = ("prime minister", "foreign minister", "defence minister", "defense minister", "minister",
               "president", "chancellor", "envoy", "ambassador", "secretary", "spokesperson", "spokesman",
               "spokeswoman", "governor", "senator", "mayor", "chief")  # fmt: skip
_PORTFOLIOS = frozenset(
    ["foreign", "defence", "defense", "finance", "interior", "justice", "health", "economy", "energy", "education",
     "agriculture", "trade"]
)  # fmt: skip
# "Kaja Kallas, a former Latvian prime minister, ...": a title in apposition.
_APPOSITION = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})(?:(?P<comma>,)|\s*[—–]|\s+-{1,2}(?=\s))\s*(?:(?:a|an|the)\s+)?"
    r"(?P<title>[^,;:\"“”—–]{3,80}?)\s*(?(comma),|(?:[—–]|-{1,2}(?=\s)))"
    # "Kaja Kallas is a former president of Latvia": a title as what someone is.
    r"|\b(?P<name2>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s+(?:is|was)\s+(?:a|an|the)\s+(?P<title2>[^,;:\"“”]{3,60}?)\s*[,.]?$"
)
_ASIDE_STARTS = frozenset(["like", "unlike", "fresh", "beside", "alongside", "with", "after", "before", "flanked",
                           "next", "just", "much", "far", "not", "once", "still", "now"])  # fmt: skip
# "Kallas, who used to be Latvia's prime minister, ...", "Kallas, who is the EU's top diplomat, ...".
_WHO_WAS = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+who\s+(?:(?P<now>is|serves\s+as)|used\s+to\s+be|was"
    r"|(?:had\s+|has\s+)?(?:previously\s+|formerly\s+|once\s+|earlier\s+)?(?:been|served\s+as)|once\s+was)"
    r"\s+(?:(?:a|an|the)\s+)?(?P<title>[^,;:\"“”]{3,60}?)\s*,"
)
# "Ukraine's defence minister Andriy Sybiha briefed ...": a title right before a person's two-word name.
_NOT_TITLE_STARTS = frozenset(["had", "has", "have", "was", "were", "is", "are", "said", "says", "told", "who", "which",
                               "that", "will", "would", "could", "can", "also", "then"])  # fmt: skip
_TITLED_NAME = re.compile(
    r"(?P<title>(?:[\w’'.-]+\s+){0,5}?(?i:"
    + "|".join(_ROLE_NOUNS)
    + r"))\s*,?\s+(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\b"
)


# "Kallas served as president of Estonia", "Friedrich Merz, who met Zelenskyy in London, is Germany's foreign minister":
# an office held, told as a fact (a country's possessive kept: it says whose office).
_SERVED_AS = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:,[^,;]{3,80},)?"
    r"(?:\s+(?:previously|formerly|once|earlier|also|herself|himself))?\s+(?P<verb>is|was|has\s+been|had\s+been"
    r"|became|served\s+as|serves\s+as|has\s+served\s+as)\s+(?:(?:a|an|the)\s+)?"
    r"(?P<title>(?:former\s+|then\s+)?(?:[A-Z][\w-]+[’']s\s+)?[^,;:\"“”.]{3,50}?)\s*(?:[,.]|$|\s+(?=(?:before|until|from"
    r"|between|when|while|during|and|in\s+\d{4})\b))"
)


# A claim that only says what office someone holds: "Kaja Kallas is the EU's top diplomat."
_ROLE_ONLY = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:is|serves\s+as)\s+(?:(?:a|an|the)\s+)?"
    r"(?P<title>[^,;:\"“”]{3,60}?)\s*\.?$"
)


def role_only(text: str) -> tuple[str, str] | None:
    """(person, office) of a claim that says only which office someone holds now; None for any other claim."""
    m = _ROLE_ONLY.match(text)
    if m is None or not any(noun in m.group("title").lower() for noun in (*_ROLE_NOUNS, "diplomat", "leader")):
        return None
    return m.group("name"), m.group("title")


def _served_as(text: str) -> tuple[str, str] | None:
    """(person, office) of "X is / was / served as <office>" ("served as prime minister": held before)."""
    m = _SERVED_AS.search(text)
    if m is None or not any(noun in m.group("title").lower() for noun in _ROLE_NOUNS):
        return None
    title = m.group("title").strip()
    if m.group("verb") not in {"is", "serves as"} and not _FORMER.search(title):
        title = f"former {title}"  # "served as prime minister": held before, which the record may say too
    return m.group("name"), title


def claimed_title(claim: Claim) -> tuple[str, str] | None:
    """(person, the role the claim gives them): right before the speaker's name ("Former Latvian prime
    minister" in "Former Latvian prime minister Kaja Kallas said ...") or in apposition ("Kaja Kallas, a
    former Latvian prime minister, ..."), when the role names an office."""
    if claim.speaker is not None and claim.speaker_span is not None:
        m = re.search(r"((?:[\w’'.-]+\s+){1,6})$", claim.text[: claim.speaker_span.start])
        if m is not None and any(noun in m.group(1).lower() for noun in _ROLE_NOUNS):
            return claim.speaker, m.group(1).strip()
    who = _WHO_WAS.search(claim.text)
    if who is not None and any(noun in who.group("title").lower() for noun in _ROLE_NOUNS):
        # "Kallas, who used to be Latvia's prime minister, said ...": an office held before.
        held = who.group("title").strip()
        return who.group("name"), held if _FORMER.search(held) or who.group("now") else f"former {held}"
    # What a claim naming no speaker says someone is or was comes before how it describes them ("Kallas, the EU
    # foreign policy chief, previously served as prime minister of Lithuania"); in a speaker's words it is theirs.
    served = _served_as(claim.text)
    if claim.speaker is None and served is not None:
        return served
    for m in _APPOSITION.finditer(claim.text):
        name, title = (m.group("name"), m.group("title")) if m.group("name") else (m.group("name2"), m.group("title2"))
        # "speaking as the EU's foreign policy chief and former Estonian premier", "drawing on her experience as
        # Latvia's former prime minister": the office named after the "as" (the first of two).
        title = re.sub(r"^(?:[a-z]+ing\b[^,;]{0,40}?\s)?as\s+(?:(?:a|an|the)\s+)?", "", title)
        first = title.split()[0].lower()
        if first in _NOT_TITLE_STARTS or first.endswith(("ed", "ing")) or first in _ASIDE_STARTS:
            continue  # "Andriy Sybiha, had explained ... to EU ministers": what he did, not what he is; "Kallas —
            # like France's president —", "— standing beside the German chancellor —": a likeness or a scene
        # "the former Latvian prime minister who now heads EU foreign policy": the office is before the "who".
        title = re.split(r"\s+(?:who|which)\s", title, maxsplit=1)[0]
        title = next((part for part in re.split(r"\s+and\s+", title) if any(n in part.lower() for n in _ROLE_NOUNS)),
                     title)  # fmt: skip
        if any(noun in title.lower() for noun in _ROLE_NOUNS):
            return name, title.strip()
    if served is not None:
        return served
    for m in _TITLED_NAME.finditer(claim.text):
        title = _title_words(m.group("title"))
        if title:
            return m.group("name"), title
    return None


# Words a title before a name is made of, besides capitalised ones ("Ukraine's", "Ukrainian").
_TITLE_WORDS = frozenset(
    ["former", "deputy", "acting", "prime", "vice", "first", "top", "special", "senior", "junior", "then", "chief",
     "foreign", "defence", "defense", "finance", "interior", "justice", "health", "economy", "energy", "trade",
     "affairs", "policy", "us", "eu"]
)  # fmt: skip


def _title_words(text: str) -> str:
    """The title that ends ``text`` right before a name ("Ukrainian Defense Minister" out of "Kallas said
    Ukrainian Defense Minister"): its last words, while they are capitalised or title words; "" when they
    do not end in an office."""
    words = text.split()
    lowered = " ".join(words).lower()
    if not any(lowered.endswith(noun) for noun in _ROLE_NOUNS):
        return ""
    start = len(words)
    while start and (words[start - 1][0].isupper() or words[start - 1].lower() in _TITLE_WORDS
                     or any(noun.split()[-1] == words[start - 1].lower() for noun in _ROLE_NOUNS)):  # fmt: skip
        start -= 1
    return " ".join(words[start:])


def title_conflict(title: str, roles: Sequence[str]) -> str | None:
    """The role on record that contradicts ``title``: the same office held for another country
    ("Latvian prime minister" / "the former prime minister of Estonia") or another portfolio
    ("defence minister" / "foreign minister"). None when none does, or the record cannot tell."""
    mine = title.lower()
    noun = next((n for n in _ROLE_NOUNS if n in mine), None)
    if noun is None:
        return None
    prime = noun == "prime minister"
    office = noun.split()[-1]
    for role in roles:
        theirs = role.lower()
        head = _HEADS.search(mine) and _HEADS.search(theirs)
        # The same office: a prime minister is not a minister of a portfolio. A head of state or government
        # of one country ("former president of Latvia") is not, on this record, one of another (Estonia).
        if not head and (office not in theirs or prime != ("prime minister" in theirs)):
            continue
        for pick in (_countries_of,) if head else (_countries_of, _portfolios_of):
            a, b = pick(mine), pick(theirs)
            if a and b and not a & b:
                return role
    # An office of another body: "NATO's Secretary General" for "the EU's top diplomat", when no role of the
    # person names NATO.
    claimed_bodies = _bodies_of(mine)
    if claimed_bodies and not any(claimed_bodies & _bodies_of(r.lower()) for r in roles):
        other = next((r for r in roles if _bodies_of(r.lower()) and not _FORMER.search(r)), None)
        if other is not None:
            return other
    # Another office of the same country: "president of Estonia" / "the former prime minister of Estonia",
    # "Germany's foreign minister" / "German Chancellor" (a head of government is no minister of a portfolio).
    for role in roles:
        theirs = role.lower()
        held = _HEADS.search(theirs)
        a, b = _countries_of(mine), _countries_of(theirs)
        if held is None or not (a and b and a & b):
            continue
        claimed = _HEADS.search(mine)
        if claimed is None or claimed.group(0) != held.group(0):
            return role
    return None


_FORMER = re.compile(r"\b(?:former|formerly|ex|then|once|one-time|erstwhile|outgoing|previously|past)\b", re.I)
# Offices one person holds at a time in a country.
_SINGLE_OFFICES = ("prime minister", "minister", "president", "chancellor")


def same_office(title: str, role: str) -> bool:
    """Whether ``role`` (as the record writes it) is the office ``title`` names, one person holding it at a time,
    held now: the same office (a prime minister is no minister of a portfolio; a minister has a portfolio), of the
    same country ("Ukraine's foreign minister" / "Foreign Minister of Ukraine")."""
    mine, theirs = title.lower(), role.lower()
    if _FORMER.search(mine) or _FORMER.search(theirs) or re.search(r"\bvice\b|\bdeputy\b", mine + " " + theirs):
        return False
    noun = next((n for n in _SINGLE_OFFICES if n in mine), None)
    if noun is None or noun not in theirs or ("prime minister" in mine) != ("prime minister" in theirs):
        return False
    a, b = _countries_of(mine), _countries_of(theirs)
    portfolios = _portfolios_of(mine)
    if noun == "minister" and not portfolios:
        return False
    return bool(a and b and a & b) and portfolios == _portfolios_of(theirs)


def former_role(title: str, roles: Sequence[str]) -> str | None:
    """The role on record that says ``title`` is no longer held: "Estonian Prime Minister" where the record
    has only "the former prime minister of Estonia" (the same office, the same country). None when the title
    says so itself ("former ..."), the record also gives the office as held now, or cannot tell."""
    mine = title.lower()
    noun = next((n for n in _ROLE_NOUNS if n in mine), None)
    if noun is None or _FORMER.search(mine):
        return None
    prime = noun == "prime minister"

    def same_office(role: str) -> bool:
        theirs = role.lower()
        if noun not in theirs or prime != ("prime minister" in theirs):
            return False
        a, b = _countries_of(mine), _countries_of(theirs)
        return bool(a & b) if a and b else not a

    held = [r for r in roles if same_office(r)]
    past = [r for r in held if _FORMER.search(r)]
    return past[0] if past and len(past) == len(held) else None


_HEADS = re.compile(r"\b(?:prime minister|president|chancellor|premier)\b")


_COUNTRY_KEYS = frozenset(tx.COUNTRY_WORDS.values())


def _countries_of(text: str) -> set[str]:
    found = set()
    for w in re.findall(r"[a-z]+", text):
        key = tx.COUNTRY_WORDS.get(w) or (w if w in _COUNTRY_KEYS else None)
        if key:
            found.add(key)
    return found


_BODIES = frozenset(["eu", "nato", "un", "osce", "imf"])


def _bodies_of(text: str) -> set[str]:
    """The international bodies a role names ("the EU's top diplomat" -> eu; "NATO chief" -> nato)."""
    return {w for w in re.findall(r"[a-z]+", _plain(text)) if w in _BODIES}


def _portfolios_of(text: str) -> set[str]:
    return {"defence" if w == "defense" else w for w in re.findall(r"[a-z]+", text) if w in _PORTFOLIOS}
