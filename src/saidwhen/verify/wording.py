"""Statement units, and the ways a claim's wording departs from a statement's.

A statement is read sentence by sentence (``units``; two at a time for a claim that stacks two
remarks: ``pairs``). ``verify.fidelity`` aligns a claim with the best unit; the functions here say
how the two differ, each as ``Edit``s with spans of the evidence article: a name, place or country
swapped (``swapped``, ``relocated``), a part made the whole (``generalised``), a quotation cut after a
negation (``negation_cut``), with words left out of its middle (``gaps``), or lifted out of an open
choice (``OPEN_CHOICE``); and which phrases a statement adds that the claim has nothing of
(``asides``). All rules over words: no parser runs at check time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

from saidwhen.records import Claim, Edit, EditKind, Evidence, Span
from saidwhen.verify import text as tx

_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


@dataclass(frozen=True)
class Unit:
    evidence: Evidence
    start: int  # offset of the unit inside ``evidence.text``
    text: str
    following: str  # the rest of the statement after this unit
    pair: bool = False  # two sentences read as one (a claim that stacks two remarks)


def units(evidence: Evidence) -> list[Unit]:
    """The sentences of a statement (a quote may run over several)."""
    pieces: list[Unit] = []
    text = evidence.text
    start = 0
    bounds: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    for lo, hi in bounds:
        if text[lo:hi].strip():
            pieces.append(Unit(evidence, lo, text[lo:hi], text[hi:]))
    return pieces


# A claim that stacks two remarks: "... is our policy and that Russia is not in a good place", "..., which
# illustrates that ...", "..., adding that ...", "...; ...", "... — ...".
STACKED = re.compile(
    r"\b(?:and|but)\s+(?:that|said|says|added|adds|warned|noted|stressed|argued|insisted|must|(?:have|has|need|needs)\s+to)\b"
    r"|,\s*(?:which|adding|saying|noting|warning|describing|calling|arguing|insisting|stressing|explaining|not|so)\b"
    r"|\w[.!?]\s+(?=(?-i:[A-Z]))"  # two quoted sentences: "Russia will try to divide us. Let's not walk into ..."
    r"|\S\s*;\s+\w|\S\s+[—–]\s+\w"  # "'cannot be papers or promises' — they have to be 'real troops'"
    # two quotations joined by an ellipsis: "'totally untrue' … 'the Russian narrative'"
    r"|[”\"’']\s*(?:…|\.\.\.)\s*[“\"‘']",
    re.I,
)
_TWO_SENTENCES = re.compile(r"\w(?:[.!?]|…|\.\.\.)\s+(?=[A-Z])")  # "divide us… Let's not walk ...": two sentences


def stacks(claim: Claim) -> bool:
    """Whether the claim stacks two remarks (``STACKED``). Inside the words it quotes, only two sentences
    do: "'very strong, tangible security guarantees, not only on paper'" is one remark."""
    outside = claim.content
    for piece in claim.quoted:
        outside = outside.replace(piece, re.sub(r"\S", "x", piece))
    return STACKED.search(outside) is not None or _TWO_SENTENCES.search(claim.content) is not None


def pairs(pieces: Sequence[Unit]) -> list[Unit]:
    """Two consecutive sentences of one statement as one unit."""
    out = []
    for first, second in pairwise(pieces):
        end = second.start + len(second.text)
        text = first.evidence.text[first.start : end]
        out.append(Unit(first.evidence, first.start, text, first.evidence.text[end:], pair=True))
    return out


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` (the two of a pair)."""
    bounds, start = [], 0
    for m in _SENTENCE.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    return [*bounds, (start, len(text))]


def span_of(unit: Unit, start: int, end: int) -> Span:
    base = unit.evidence.span.start + unit.start
    return Span(base + start, base + end)


_ASIDE_WORDS = 4  # an added phrase this long (or longer) is an aside, not part of the claimed words


_PLACE_OF = {**tx.COUNTRY_WORDS, "european": "europe", "europeans": "europe"}


def asides(claim_text: str, unit_text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Character ranges of ``unit_text[lo:hi]`` the statement adds as a phrase of its own: a run of at
    least ``_ASIDE_WORDS`` words matching none of the claim's, opened by "and" / "or" or a comma
    ("Kyiv's neutral status and a constitutional commitment not to join the alliance were ...")."""
    spans = tx.word_spans(unit_text[lo:hi])
    # The claim's own negations anchor nothing: its "not" must not pair with a "not" inside the aside.
    # A people is its country ("European partners" for the claim's "Europe").
    a = [tx.stem(_PLACE_OF.get(w, w)) for w in tx.words(claim_text) if not tx.NEGATION.fullmatch(w)]
    b = [tx.stem(_PLACE_OF.get(w.lower(), w)) for w, _ in spans]
    out: list[tuple[int, int]] = []
    for op, _, _, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op not in {"insert", "replace"} or j2 - j1 < _ASIDE_WORDS:
            continue
        start, end = lo + spans[j1][1].start, lo + spans[j2 - 1][1].end
        opened = spans[j1][0].lower() in {"and", "or"} or unit_text[:start].rstrip().endswith(",")
        # "..., which is refusing to | allow ...": a phrase ending in "to" (or "to" and a verb: "refusing to
        # allow" for the claim's "let") governs the claim's own words.
        governs = j2 < len(spans) and "to" in {w.lower() for w, _ in spans[max(j1, j2 - 2) : j2]}
        if opened and not governs:
            out.append((start, end))
    return out


def word_ranges(text: str, found: Sequence[str]) -> list[tuple[int, int]]:
    """Character ranges of the whole words ``found`` in ``text``."""
    return [m.span() for w in found for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.I)]


def blank(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    """``text`` with the characters of ``ranges`` replaced by spaces (offsets kept)."""
    chars = list(text)
    for a, b in ranges:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


_ALL = frozenset(["all", "every", "everyone", "everybody", "always", "entire", "whole"])
_SOME = frozenset(["some", "several", "few", "many", "most", "certain", "sometimes", "part", "various"])


def _word_key(word: str) -> str:
    """A word's stem; a month's short form is the month ("Feb" / "February")."""
    return tx.canon(word) if word.lower() in tx.MONTH_WORDS else tx.stem(word)


# Words of a title before a name ("Special Envoy Witkoff", "President Zelenskyy").
_TITLE_WORDS = frozenset(
    ["president", "special", "envoy", "minister", "prime", "foreign", "chancellor", "secretary", "chief", "senator",
     "ambassador", "spokesman", "spokeswoman", "aide", "adviser", "advisor", "mr", "mrs", "ms", "dr", "sir", "general"]
)  # fmt: skip


def swapped(claim_text: str, unit: Unit, window: tuple[int, int]) -> list[Edit]:
    """Words the claim put in place of the statement's, aligned word by word over the matched window:
    a name for another name, or "all" for "some" (quantities in figures are compared elsewhere)."""
    lo, hi = window
    unit_text = unit.text
    # A little past the matched words: a swapped name often ends the claim ("... minister of Latvia").
    after = list(re.finditer(r"\S+", unit_text[hi:]))[:2]
    hi = hi + after[-1].end() if after else hi
    mine = tx.word_spans(claim_text)
    theirs = [(w, Span(sp.start + lo, sp.end + lo)) for w, sp in tx.word_spans(unit_text[lo:hi])]
    a = [_word_key(w) for w, _ in mine]
    b = [_word_key(w) for w, _ in theirs]
    edits: list[Edit] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 > 3 or j2 - j1 > 3:
            continue
        said = [w for w, _ in theirs[j1:j2]]
        claimed = [w for w, _ in mine[i1:i2]]
        start, end = theirs[j1][1].start, theirs[j2 - 1][1].end
        span = span_of(unit, start, end)
        written = unit_text[start:end]
        claim_written = claim_text[mine[i1][1].start : mine[i2 - 1][1].end]
        claimed_names = {tx.name_key(w) for w, sp in mine[i1:i2] if _noun_name(claim_text, sp)}
        named = [sp for w, sp in theirs[j1:j2] if _noun_name(unit_text, sp)]
        said_names = {tx.name_key(sp.of(unit_text)) for sp in named}
        # One name written two ways ("US" / "United States") is no swap.
        same = tx.name_present(claim_written, tx.keys(written)) or tx.name_present(written, tx.keys(claim_written))
        # ... nor a seat of power for the country whose name goes on past the replaced word ("Washington" / "the
        # United | States").
        goes_on = _NAME_GOES_ON.match(unit_text, end)
        same = same or tx.name_present(claim_written, tx.keys(unit_text[start : goes_on.end() if goes_on else end]))
        # A date is swapped only for another date ("March 18" / "Feb. 18"), not for the words that happen to stand
        # where the claim gives it ("On December 8, Zelensky met" / "Ukrainian President Volodymyr Zelenskyy meets").
        if any(map(_dated, claimed)) != any(map(_dated, said)):
            claimed_names = {tx.name_key(w) for w, sp in mine[i1:i2] if _noun_name(claim_text, sp) and not _dated(w)}
            named = [sp for sp in named if not _dated(sp.of(unit_text))]
            said_names = {tx.name_key(sp.of(unit_text)) for sp in named}
        # The claim's other words there must be the statement's: "Hungary's government welcomed" for "Ukrainian
        # President Volodymyr" tells of another act, not the same one by another name.
        other = {tx.stem(w) for w, sp in mine[i1:i2] if not _noun_name(claim_text, sp) and w not in tx.STOPWORDS}
        other -= {tx.stem(w) for w, _ in theirs[j1:j2]}
        if all(w.lower() in _TITLE_WORDS for w in said) or all(w.lower() in _TITLE_WORDS for w in claimed):
            continue  # "Special Envoy Witkoff" / "Steve Witkoff": a title for a first name, one person
        if claimed_names and said_names and not same and not other and not any(
            _kin(x, y) for x in claimed_names for y in said_names
        ):
            start, end = named[0].start, named[-1].end  # the names alone, not the words around them
            edits.append(Edit(EditKind.CHANGED, "name", unit_text[start:end], span_of(unit, start, end), claim_written))
        elif _ALL & set(claimed) and _SOME & set(said):
            edits.append(Edit(EditKind.CHANGED, "quantity", written, span, claim_written))
    return edits


# The preposition that leads a run of names ("to Moscow", "from the United States and Ukraine"), read back over names.
_LEAD_WAY = re.compile(r"\b(?P<way>to|into|towards?|from)\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+|and\s+|,\s*)*$")


_AWAY = {"to", "from"}


def _way(text: str, start: int) -> str:
    """"to" or "from" when that leads the names at ``start`` ("" otherwise)."""
    m = _LEAD_WAY.search(text[max(0, start - 120) : start])
    if m is None:
        return ""
    return "from" if m.group("way") == "from" else "to"


def person_like(name: str) -> bool:
    """A name that is no country, people or body ("Zelenskyy", not "Ukraine", "NATO")."""
    words = tx.words(name)
    return bool(words) and not any(w in tx.COUNTRY_WORDS or w in _NOT_PLACES or w.isupper() for w in words) and not (
        name.isupper()
    )


# A place named after "in" / "at" / "a visit to": "held in Vilnius", "talks in Berlin", "at 10 Downing Street".
_PLACE = re.compile(
    r"\b(?i:in|at|(?:visit|visits|visited|visiting|trip|flew|flies|fly|flying|travell?ed|travels|travell?ing|went"
    r"|headed|heads|heading)\s+to)\s+(?:the\s+)?"
    r"(?:\d{1,4}\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){0,2})"  # "at 10 Downing Street"
)
_NOT_PLACES = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "dec", "jan", "feb", "nov", "oct", "sept", "sep", "aug", "march", "the", "this", "that", "his", "her", "their",
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
     # Bodies one is a member "in", not places: "membership in NATO".
     "nato", "eu", "un", "osce", "g7", "g20", "european union", "alliance"]
)  # fmt: skip


# ... or before the meeting held there: "at their 2024 Vilnius summit", "during the Berlin talks" (not a people's
# adjective, "the European summit", nor a body, "the NATO summit").
_PLACE_BEFORE = re.compile(
    r"\b(?i:at|in|during)\s+(?:the|their|its|his|her|this|last|(?:[A-Z][\w.]*[’']s))\s+(?:\d{4}\s+)?"
    r"(?P<name>[A-Z][a-z]+)(?<!an)(?<!ish)(?<!ese)(?<!ic)(?<!ch)\s+"
    r"(?=(?:summit|talks|negotiations|meeting|conference|press\s+conference|presser|round)\b)"
)


# ... or after a comma, before the occasion, as a quote card's tail gives it: "— Kaja Kallas, Berlin press conference,
# 15 Dec 2025" (not "London meeting behind him").
_TAIL_OCCASION = re.compile(r"(?<=,\s)(?P<name>[A-Z][a-z]+)\s+(?=(?:press\s+conference|presser|briefing)\b)")


# Towns the news holds summits, talks and press conferences in (a name before "summit" may be a body's: "the Senate
# talks", "the Labour conference").
_MEETING_TOWNS = frozenset(
    "Vilnius Washington Madrid Bucharest Riga Tallinn Helsinki Istanbul Strasbourg Luxembourg Geneva Vienna Rome "
    "Ankara Minsk Budapest Bratislava Prague Stockholm Copenhagen Oslo Lisbon Athens Sofia Warsaw Brussels Berlin "
    "Paris London Kyiv Moscow Munich Davos Jeddah Riyadh Doha Alaska Anchorage Hague Bucha Lviv Odesa Ramstein".split()
)


def meeting_town(name: str) -> bool:
    """Whether ``name`` is a town the news holds meetings in ("Vilnius", "Brussels") or a region."""
    return name in _MEETING_TOWNS or tx.is_region(name)


def places(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the places ``text`` names after "in" / "at" / "a visit to" (not months or days), or
    before the meeting held there ("at the Vilnius summit"), and after travelling there for something ("flew to Paris
    for peace talks"; not "flew to Moscow after the talks")."""
    found = [
        (m.group("name"), m.start("name"), m.end("name"))
        for m in _PLACE.finditer(text)
        if m.group("name").split()[0].lower().strip(".") not in _NOT_PLACES
        and (not _TRAVEL.match(m.group(0)) or _FOR_WHAT.match(text, m.end()))
    ]
    found += [
        (m.group("name"), m.start("name"), m.end("name"))
        for m in (*_PLACE_BEFORE.finditer(text), *_TAIL_OCCASION.finditer(text))
        if meeting_town(m.group("name")) and all(m.start("name") != a for _, a, _ in found)
    ]
    return sorted(found, key=lambda p: p[1])


_TRAVEL = re.compile(r"(?i:flew|flies|fly|flying|travell?ed|travels|travell?ing|went|headed|heads|heading)\b")
_FOR_WHAT = re.compile(r"(?:\s+\S+){0,3}?\s+for\b")


def named_literally(place: str, text: str) -> bool:
    """Whether ``text`` names ``place`` itself: a city is not its country here ("in Kyiv" is not in
    "Foreign Minister of Ukraine")."""
    have = {re.sub(r"['’]s$", "", w.lower()) for w in tx.words(text)}  # "NATO’s 2024 summit" names NATO
    return all(re.sub(r"['’]s$", "", w.lower()) in have for w in tx.words(place))


def place_missing(claim: Claim, unit: Unit) -> bool:
    """Whether a place the claim names after "in" / "at" is nowhere in the statement or its narration."""
    around_text = f"{unit.text} {unit.evidence.context}"
    return any(not named_literally(p, around_text) for p, _, _ in places(claim.content))


# A building, which stands in some town ("the German Chancellery", "the Élysée Palace"), not a town itself.
_BUILDING = re.compile(
    r"\b(?:Chancellery|Palace|House|Street|Embassy|Hall|Building|Centre|Center|Hotel|Ministry|Office|Residence"
    r"|Castle|Villa|Square)$"
)


def relocated(claim: Claim, unit: Unit) -> list[Edit]:
    """The claim puts in one place ("held in Vilnius") what the statement puts in another ("summit in
    Washington"), or gives one country where the statement gives another ("a Russian delegation" /
    "U.S. officials"): the claim's place is nowhere in the statement or its narration (its country
    nowhere in the statement), and the statement's is not in the claim."""
    around_text = f"{unit.text} {unit.evidence.context}"
    claim_keys = tx.keys(claim.content)
    named = [p for p, _, _ in places(claim.content)]
    mine = [p for p in named if not named_literally(p, around_text)]
    # "at the German Chancellery in Berlin": a place inside one the statement names is no other place; "at the
    # Elysee in Paris", neither of them named there, is another place than the statement's London.
    if mine and len(mine) == len(named) <= 2:
        theirs = [(p, a, b) for p, a, b in places(unit.text) if not tx.name_present(p, claim_keys)]
        if all(_BUILDING.search(p) for p in mine) and not any(_BUILDING.search(p) for p, _, _ in theirs):
            return []  # "held at the German Chancellery": a building, which may well stand in the statement's town
        if theirs:
            _, a, b = theirs[0]
            return [Edit(EditKind.CHANGED, "name", unit.text[a:b], span_of(unit, a, b), mine[-1])]
    claimed = {k for k, _, _ in _countries(claim.content)}
    described = _described_country(claim, unit, claimed)
    if described:
        return described
    if _STANDS_FOR.search(unit.text):
        return []  # "if they concede ...": the missing country may be the one a pronoun stands for
    present = {k for k, _, _ in _countries(unit.text)}  # the narration around may name any country
    # A country word naming a place ("the German Chancellery") is read with the place, above.
    spots = [(a, b) for _, a, b in places(claim.content)]
    missing = [
        (k, a, b)
        for k, a, b in _countries(claim.content)
        if k not in present and not any(lo <= a < hi for lo, hi in spots)
    ]
    if len({k for k, _, _ in missing}) != 1:
        return []
    if tx.POINTS_BACK.search(unit.text) and missing[0][0] in {k for k, _, _ in _countries(preceding(unit.evidence))}:
        return []  # "Several members were resistant to the idea": the idea, of the sentence before, is the country's
    # A country in a condition the claim leaves out was dropped with it, not renamed ("if Ukraine goes, then
    # other regions are also in danger" for "... in danger from Russia").
    conditions = [] if tx.CONDITION.search(claim.content) else tx.condition_clauses(unit.text)
    other = [
        (k, a, b)
        for k, a, b in _countries(unit.text)
        if k not in claimed and not any(lo <= a < hi for lo, hi in conditions)
    ]
    if not other:
        return []
    _, ca, cb = missing[0]
    # Only one used the same way: "a Russian delegation" answers to "U.S. officials", not to "Kyiv's";
    # "The Kremlin welcomed ..." answers to no "U.S. officials".
    modifier = _modifies(claim.content, ca, cb)
    # ... nor a place come from for a place gone to ("heading to Moscow" / "delegations from the United States and
    # Ukraine").
    way = _way(claim.content, ca)
    same = [o for o in other if _modifies(unit.text, o[1], o[2]) == modifier and {way, _way(unit.text, o[1])} != _AWAY]
    if not same:
        return []
    _, a, b = same[0]
    return [Edit(EditKind.CHANGED, "name", unit.text[a:b], span_of(unit, a, b), claim.content[ca:cb])]


# A country the statement names by description: "the Baltic country", "the Nordic nation".
_DESCRIBED_COUNTRY = re.compile(r"\bthe\s+(?:[A-Z][a-z]+\s+)?(?:country|nation|state)\b")


def _described_country(claim: Claim, unit: Unit, claimed: set[str]) -> list[Edit]:
    """The claim names one country where the statement describes one ("the Baltic country joined NATO ...") that its
    own sentence names otherwise ("Kallas, the former prime minister of Estonia, said the Baltic country ..."): the
    one country the sentence names, past the statement's words and not in the claim, is the one described."""
    described = _DESCRIBED_COUNTRY.search(unit.text)
    if described is None or tx.COUNTRY_WORDS.get(described.group(0).split()[1].lower()):
        return []
    context, said = unit.evidence.context, unit.evidence.text
    at = context.find(said) if context and said else -1
    if at < 0:
        return []
    # The narration of the sentence the words are in: "Kallas, the former prime minister of Estonia, said | ...".
    start, end = context.rfind(". ", 0, at) + 1, context.find(". ", at + len(said))
    outside = f"{context[start:at]} {context[at + len(said) : end if end >= 0 else len(context)]}"
    named = {k for k, _, _ in _countries(outside)} - {k for k, _, _ in _countries(said)}
    missing = claimed - {k for k, _, _ in _countries(f"{outside} {said}")}
    if len(named) != 1 or named & claimed or len(missing) != 1:
        return []
    country = next(n for n in _countries(claim.content) if n[0] in missing)
    a, b = described.span()
    return [Edit(EditKind.CHANGED, "name", unit.text[a:b], span_of(unit, a, b), claim.content[country[1] : country[2]])]


def preceding(evidence: Evidence) -> str:
    """The sentence before ``evidence`` in its article, read from its context ("" when unknown)."""
    at = evidence.context.find(evidence.text) if evidence.context and evidence.text else -1
    return evidence.context[:at].strip() if at > 0 else ""


_COUNTRY = re.compile(r"\bU\.S\.?(?!\w)|\bUS\b|\bUnited States\b|\bU\.K\.?(?!\w)|\bUK\b|\b[A-Z][a-z]+\b")


_STANDS_FOR = re.compile(r"\b(?:they|them|their|it|its|he|him|his|she|her)\b", re.I)


def _modifies(text: str, start: int, end: int) -> bool:
    """Whether the country word at ``start:end`` qualifies a noun: a people's adjective ("Russian
    delegation") or initials before a lower-case noun ("U.S. officials"); not a country, capital or
    seat of power ("The Kremlin welcomed"). A compound adjective qualifies ("Moscow-friendly")."""
    word = text[start:end].lower().rstrip(".")
    if re.match(r"[-‐–][a-z]", text[end : end + 2]):
        return True  # the first half of a compound adjective: "Moscow-friendly Slovakia", "U.S.-led"
    if word in _INITIALS:
        return re.match(r"\s+[a-z]", text[end:]) is not None
    return word.endswith(("an", "ish", "ese", "ian", "ic", "i")) and word not in _COUNTRY_NOUNS


_INITIALS = frozenset(["u.s", "us", "u.k", "uk", "united states"])
_COUNTRY_NOUNS = frozenset(["japan", "iran", "kremlin", "britain", "moscow", "kyiv", "kiev", "america"])


def _countries(text: str) -> list[tuple[str, int, int]]:
    """(country, start, end) of the countries ``text`` names, by name, people, capital or initials."""
    out = []
    for m in _COUNTRY.finditer(text):
        word = m.group(0).lower().rstrip(".")
        key = {"u.s": "us", "us": "us", "united states": "us", "u.k": "uk", "uk": "uk"}.get(word)
        key = key or tx.COUNTRY_WORDS.get(word)
        if key:
            out.append((key, m.start(), m.end()))
    return out


def _dated(word: str) -> bool:
    """A month or a weekday ("Feb.", "December", "Monday"); "May" is left out (a name as often)."""
    w = word.lower().rstrip(".")
    return (w in tx.MONTH_WORDS and w != "may") or tx.WEEKDAY.fullmatch(word.capitalize()) is not None


def _noun_name(text: str, span: Span) -> bool:
    """A capitalised word used as a name, not as an adjective before a noun ("the Baltic country",
    "European partners", "Moscow-friendly Slovakia"); a possessive is a name ("NATO's umbrella")."""
    if not text[span.start].isupper():
        return False
    word = text[span.start : span.end].lower()
    if word in tx.STOPWORDS and not text[span.start : span.end].isupper():
        return False  # a capital opening a sentence ("On ..."); "US" stays a name
    if re.match(r"[-‐–][a-z]", text[span.end : span.end + 2]):
        return False  # the first half of a compound adjective: "Moscow-friendly", "Kremlin-backed"
    if tx.abstract_opener(text, span.start, span.end):
        return False  # "Neutrality and a constitutional pledge ..."
    if text[span.start : span.end].lower().endswith(("'s", "’s")):
        return True
    if len(text[span.start : span.end]) >= 2 and text[span.start : span.end].isupper():
        return True  # an acronym before a noun names a body all the same: "EU membership" is not "NATO membership"
    after = re.match(r"\s+([a-z]+)", text[span.end :])
    return after is None or after.group(1) in tx.STOPWORDS


def _kin(a: str, b: str) -> bool:
    """Two name keys of one name ("europ" / "europe", "ukrain" / "ukraini")."""
    shared = len(a) if b.startswith(a) else len(b) if a.startswith(b) else 0
    return a == b or shared >= 4


# A group noun followed by the names of those meant: "NATO members Slovakia and Hungary", "allies Britain and France".
_NAMED_PART = re.compile(
    r"\b(?:members|allies|countries|(?<!United\s)states|(?<!United\s)nations|partners|governments|capitals)\s+(?-i:[A-Z])",
    re.I,
)


def generalised(claim_text: str, unit: Unit, window: tuple[int, int]) -> list[Edit]:
    """ "all" in the claim where the statement says "some" (in other words or order): the claim makes
    a part the whole."""
    lo, hi = window
    one_of = _one_of_many(claim_text, unit)
    if one_of is not None:
        return [one_of]
    mine = {w for w in tx.words(claim_text)}
    theirs = tx.word_spans(unit.text[lo:hi])
    said = {w for w, _ in theirs}
    if said & _ALL:
        return []
    if mine & _ALL:
        return _made_greater(claim_text, unit, lo, theirs, _SOME, _ALL) or _whole_group(claim_text, unit)
    if mine & _MOST and not said & _MOST:
        # "most members" where the statement says "several members": a part made the greater part.
        return _made_greater(claim_text, unit, lo, theirs, _PART_OF, _MOST)
    if mine & (_SOME | _PART_OF | _AMONG) or _NAMED_PART.search(claim_text):
        # "X and Y were among the members ...", "NATO members Slovakia and Hungary were ...": a part too
        return []
    # The claim drops the statement's "some" before a group: "some representatives of the United States ...
    # did not support this" told as "the United States ... refused to support" speaks for the whole.
    for (w, sp), (nxt, _) in pairwise(theirs):
        if w in _PART_OF and nxt not in _NOT_GROUPS and not tx.is_number_word(nxt):
            written = unit.text[lo + sp.start : lo + sp.end]
            return [Edit(EditKind.DROPPED, "quantity", written, span_of(unit, lo + sp.start, lo + sp.end))]
    return []


_ALL_OF = re.compile(
    r"\b(?:all|every|entire|whole)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?P<group>(?:[\w’'-]+\s*){1,3})", re.I
)
_GROUP_REACH = 8  # words after the statement's "some" in which it names the group ("some representatives of ...")


def _group_key(word: str) -> str:
    """A group word's key: "European" and "Europe" alike, "partners" and "allies" alike (``tx.canon``)."""
    w = word.lower()
    return "europe" if w.startswith("europ") else tx.canon(tx.COUNTRY_WORDS.get(w, w).lower())


def _whole_group(claim_text: str, unit: Unit) -> list[Edit]:
    """"all of Europe refused" where the statement says "some representatives of ... European partners did not
    support": the statement's "some" before the group the claim says all of, anywhere in the statement."""
    for m in _ALL_OF.finditer(claim_text):
        group = {_group_key(w) for w in tx.words(m.group("group")) if w not in tx.STOPWORDS}
        spans = tx.word_spans(unit.text)
        for i, (w, sp) in enumerate(spans):
            if w in _PART_OF and group & {_group_key(x) for x, _ in spans[i + 1 : i + 1 + _GROUP_REACH]}:
                written = unit.text[sp.start : sp.end]
                claimed = m.group(0).split()[0]
                return [Edit(EditKind.CHANGED, "quantity", written, span_of(unit, sp.start, sp.end), claimed)]
    return []


_THE_ONLY = re.compile(r"\b(?:the\s+)?(?:only|sole|single|one\s+and\s+only)\s+(?P<noun>[a-z]+)", re.I)
_ONE_OF = re.compile(
    r"\bone\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+s)\b", re.I
)


def _one_of_many(claim_text: str, unit: Unit) -> Edit | None:
    """"the only reason" where the statement says "one of the reasons": the claim makes one of many the only
    one (a quantity edit); None otherwise."""
    for mine in _THE_ONLY.finditer(claim_text):
        for theirs in _ONE_OF.finditer(unit.text):
            if tx.stem(theirs.group("noun")) == tx.stem(mine.group("noun")):
                a, b = theirs.span()
                return Edit(EditKind.CHANGED, "quantity", unit.text[a:b], span_of(unit, a, b), mine.group(0))
    return None


def _made_greater(
    claim_text: str,
    unit: Unit,
    lo: int,
    theirs: list[tuple[str, Span]],
    lesser: frozenset[str],
    greater: frozenset[str],
) -> list[Edit]:
    """The statement's first quantity word of ``lesser`` (its words ``theirs`` start at ``lo``), changed
    into the claim's word of ``greater``; none when the statement has no such word."""
    for w, sp in theirs:
        if w in lesser:
            claimed = next(x for x in tx.words(claim_text) if x in greater)
            written = unit.text[lo + sp.start : lo + sp.end]
            return [Edit(EditKind.CHANGED, "quantity", written, span_of(unit, lo + sp.start, lo + sp.end), claimed)]
    return []


_PART_OF = frozenset(["some", "several", "certain", "few"])  # words that make a group a part of itself
_AMONG = frozenset(["among", "amongst"])  # "among the members": some of them
_MOST = frozenset(["most", "majority"])  # the greater part: more than "some", less than "all"
# Nouns after "some" that do not name a group of people or things: "some time", "to some extent".
_NOT_GROUPS = frozenset(["time", "extent", "degree", "point", "way", "days", "years", "months", "weeks", "sort",
                         "kind", "of", "form", "stage"])  # fmt: skip


def quotes_in(claim: Claim, text: str, least: int = 2) -> bool:
    """Whether ``text`` holds, word for word, the words the claim quotes (``least`` words or more, one
    of them carrying meaning: "totally untrue", "very, very strong")."""
    if not claim.quoted:
        return False
    have = _uncontracted(tx.words(text))
    pieces = [p for p in claim.quoted if len(tx.words(p)) >= least and tx.content_stems(p)]
    return bool(pieces) and all(held(_uncontracted(tx.words(p)), have) for p in pieces)


_CONTRACTED = {"n't": ["not"], "'re": ["are"], "'ll": ["will"], "'ve": ["have"], "'m": ["am"], "'d": ["would"]}
_SHORT_VERBS = {"can't": ["can", "not"], "won't": ["will", "not"], "shan't": ["shall", "not"]}
# "it's" is "it is" ("'s" after a noun is a possessive, kept)
_IS_AFTER = frozenset(["it", "that", "there", "here", "he", "she", "what", "who", "where", "this"])


def _uncontracted(words: Sequence[str]) -> list[str]:
    """Words with contractions written out: "it's up to" / "it is up to", "don't" / "do not"."""
    out: list[str] = []
    for w in words:
        if w in _SHORT_VERBS:
            out += _SHORT_VERBS[w]
            continue
        tail = next((t for t in _CONTRACTED if w.endswith(t) and len(w) > len(t)), None)
        if tail is not None:
            out += [w[: -len(tail)], *_CONTRACTED[tail]]
        elif w.endswith("'s") and w[:-2] in _IS_AFTER:
            out += [w[:-2], "is"]
        else:
            out.append(w)
    return out


_THEN = re.compile(r"\bthen\b", re.I)


def quoted_from_condition(claim: Claim, text: str, start: int) -> bool:
    """Whether the words the claim quotes lie inside the condition of ``text`` that opens at ``start``
    (before its "then"): "if this is not in question, or this is out of the question, then we need ..."
    quoted as "is out of the question" is a cut quotation as well as a dropped condition."""
    pieces = [tx.words(p) for p in claim.quoted if len(tx.words(p)) >= 2]
    then = _THEN.search(text, start)
    if not pieces or then is None:
        return False
    inside = tx.words(text[start : then.start()])
    return all(_quoted_at(p, inside) >= 0 for p in pieces)


_IMAGINE = "consider|imagine|suppose|picture"  # verbs that put a case to the listener to imagine
OPEN_CHOICE = re.compile(
    r"\b(?:(?:up\s+to\s+\w+\s+to\s+)?(?:decide|determine|choose|judge)|ask(?:s|ed)?|wonder(?:s|ed)?"
    r"|up\s+to\s+(?:the\s+)?\w+)\s+"  # "it's up to Ukrainians what ..."
    r"(?:what|whether|if|how\s+(?:much|far|many)|which)\b"
    # A case put to the listener to imagine: "Consider here in America that after 9/11 you would have ...".
    rf"|\b(?:{_IMAGINE})\b(?:\s+[\w’'-]+){{0,4}}?\s+that\b",
    re.I,
)
IMAGINED = re.compile(rf"(?:{_IMAGINE})\b", re.I)
_MAX_GAP = 15  # words left out of a quotation's middle that still make it the same quotation, cut


def _quoted_at(piece: Sequence[str], words: Sequence[str]) -> int:
    """Where ``piece`` starts in ``words`` as a run (-1 when it does not)."""
    n = len(piece)
    return next((i for i in range(len(words) - n + 1) if list(words[i : i + n]) == list(piece)), -1)


_ARTICLES = frozenset(["a", "an", "the"])


def _quoted_loosely_at(piece: Sequence[str], words: Sequence[str]) -> int:
    """Where ``piece`` starts in ``words`` as a run, an article put in or left out on either side ("in a
    good place" quoted from "not in good place"); -1 when it does not."""
    at = _quoted_at(piece, words)
    if at >= 0:
        return at
    kept = [i for i, w in enumerate(words) if w not in _ARTICLES]
    mine = [w for w in piece if w not in _ARTICLES]
    if len(mine) < 2:
        return -1
    loose = _quoted_at(mine, [words[i] for i in kept])
    return kept[loose] if loose >= 0 else -1


_ONLY = frozenset(["only", "just", "merely", "simply", "solely"])


def negation_cut(claim: Claim, unit: Unit) -> list[Edit]:
    """A negation right before the words the claim quotes, which the claim leaves out."""
    spans = tx.word_spans(unit.text)
    have = [w for w, _ in spans]
    for piece in claim.quoted:
        mine = tx.words(piece)
        if len(mine) < 2 or tx.NEGATION.fullmatch(mine[0]):
            continue
        at = _quoted_loosely_at(mine, have)
        if at <= 0:
            continue
        # "on paper" quoted from "not only on paper": the cut takes "not only" with it.
        first = at - 2 if at >= 2 and have[at - 1].lower() in _ONLY and mine[0].lower() not in _ONLY else at - 1
        # "papers or promises" quoted from "They cannot be papers or promises": the cut takes "cannot be" with it.
        if at >= 2 and have[at - 1].lower() in {"be", "been"} and tx.NEGATION.fullmatch(have[at - 2]):
            first = at - 2
        if not tx.NEGATION.fullmatch(have[first]):
            continue
        before = claim.content[: claim.content.find(piece)] if piece in claim.content else ""
        if tx.NEGATION.search(" ".join(tx.words(before)[-3:])):
            continue  # the claim keeps the negation outside its quote marks
        start, end = spans[first][1].start, spans[at - 1][1].end
        return [Edit(EditKind.DROPPED, "negation", unit.text[start:end], span_of(unit, start, end))]
    return []


def gaps(claim: Claim, unit: Unit) -> list[Edit]:
    """The words left out of the middle of a quotation: each piece the claim quotes (three words or
    more, no ellipsis) found in order in the statement, but not as one run."""
    spans = tx.word_spans(unit.text)
    have = [w for w, _ in spans]
    edits: list[Edit] = []
    for piece in claim.quoted:
        mine = tx.words(piece)
        if len(mine) < 3 or "..." in piece or "…" in piece or _quoted_at(mine, have) >= 0:
            continue
        blocks = [b for b in SequenceMatcher(a=mine, b=have, autojunk=False).get_matching_blocks() if b.size]
        if sum(b.size for b in blocks) != len(mine) or len(blocks) < 2:
            continue
        left_out = [(x.b + x.size, y.b) for x, y in pairwise(blocks) if y.b > x.b + x.size]
        contiguous = all(y.a == x.a + x.size for x, y in pairwise(blocks))  # the claim's words all in a row
        if not left_out or not contiguous or sum(b - a for a, b in left_out) > _MAX_GAP:
            continue
        for a, b in left_out:
            start, end = spans[a][1].start, spans[b - 1][1].end
            edits.append(Edit(EditKind.DROPPED, "middle", unit.text[start:end], span_of(unit, start, end)))
    return edits


_SKIPPED = 2  # words a quotation may leave out of the words quoted ("already [is] a compromise")


def held(piece: Sequence[str], words: Sequence[str]) -> bool:
    """Whether ``words`` hold ``piece`` in order, with at most ``_SKIPPED`` of their words left out of it
    between its first and its last."""
    n = len(piece)
    for start, word in enumerate(words):
        if word != piece[0]:
            continue
        k, at = 1, start + 1
        while k < n and at < len(words) and at - start - k <= _SKIPPED:
            if words[at] == piece[k]:
                k += 1
            at += 1
        if k == n and at - start - n <= _SKIPPED:
            return True
    return False


def _flat(text: str) -> str:
    """``text`` as its lower-cased words joined by single spaces (punctuation and quote marks gone)."""
    return " ".join(tx.words(text))


QUOTE_SWAP_WORDS = 4  # a quotation this long, one word off the statement's, has that word changed


RUN_ON_KEPT = 4  # the fewest words of a quotation, as written in the statement, before it runs on in other words
RUN_ON_WORDS = 2  # ... and the fewest words that carry meaning it runs on with, none of them the statement's


def quote_run_on(claim: Claim, unit: Unit) -> list[Edit]:
    """Quoted words that start as the statement's and run on in words it does not have: "'If he gets Donbas, then
    the war stops there'" for "If he gets Donbas, then the fortress is down, and then they definitely move on ...".
    [] when each quotation is the statement's, or goes on with words it holds elsewhere (stitched)."""
    spans = tx.word_spans(unit.text)
    text_words = [w.lower() for w, _ in spans]
    held = set(tx.content_stems(f"{unit.text} {unit.following}"))
    for piece in claim.quoted:
        words = [w.lower() for w in tx.words(piece)]
        if len(words) <= RUN_ON_KEPT or _quoted_at(words, text_words) >= 0:
            continue
        longest = range(len(words) - 1, RUN_ON_KEPT - 1, -1)
        kept = next((k for k in longest if _quoted_at(words[:k], text_words) >= 0), 0)
        if not kept:
            continue
        rest = tx.content_stems(" ".join(words[kept:]))
        if len(rest) < RUN_ON_WORDS or set(rest) & held:
            continue
        at = _quoted_at(words[:kept], text_words) + kept
        if at >= len(spans):
            continue
        start = spans[at][1].start
        end = spans[min(len(spans), at + len(words) - kept) - 1][1].end
        claimed = " ".join(tx.words(piece)[kept:])
        return [Edit(EditKind.CHANGED, "words", unit.text[start:end], span_of(unit, start, end), claimed)]
    return []


def swapped_in_quote(claim: Claim, unit: Unit) -> list[Edit]:
    """The one word a quotation of the claim changes in the statement's run of words ("'And this already is a
    victory on our part'" / "And this already is a compromise on our part"): both words carry meaning, are not
    numbers (``compare`` reads those) and are no synonyms of each other. [] when the words are there as quoted."""
    spans = tx.word_spans(unit.text)
    text_words = [w for w, _ in spans]
    for piece in claim.quoted:
        mine = tx.word_spans(piece)
        words = [w for w, _ in mine]
        n = len(words)
        if n < QUOTE_SWAP_WORDS or _quoted_at(words, text_words) >= 0:
            continue
        for i in range(len(text_words) - n + 1):
            differ = [k for k in range(n) if text_words[i + k] != words[k]]
            if len(differ) != 1:
                continue
            k = differ[0]
            theirs, ours = text_words[i + k], words[k]
            meaningless = {theirs, ours} & tx.STOPWORDS or not (theirs.isalpha() and ours.isalpha())
            if meaningless or tx.canon(theirs) == tx.canon(ours):
                continue
            at = spans[i + k][1]
            return [Edit(EditKind.CHANGED, "word", unit.text[at.start : at.end], span_of(unit, at.start, at.end),
                         mine[k][1].of(piece))]  # fmt: skip
    return []


def verbatim(claim: Claim, text: str) -> bool:
    flat = _flat(text)
    pieces = claim.quoted or (claim.content,)
    return all(_flat(p) in flat for p in pieces if tx.words(p))


_Q_CLOSING = "\"”’'"
_AFTER_QUOTE = re.compile(r"^\s*(?P<words>(?:[A-Za-z][\w’'-]*\s*){1,3})")
_FURTHER = re.compile(r"^\s*(?:[A-Za-z][\w’'-]*\s*){1,6}")


_NAMES_THE_QUOTE = re.compile(
    r"\s*(?:comments?|remarks?|line|words|statement|warning|quote|assertion|pledge|comparison|appeal)\b", re.I
)


LEAD_WORDS = 5  # the claim's words before a quotation that may say what the quoted words were about


def recompleted(claim: Claim, unit: Unit) -> list[Edit]:
    """Quoted words cut right before what they were about, and finished in the claim's own words: "'some
    partners ... did not support' Ukraine" from "... did not support this direction"."""
    text_words = [w for w, _ in tx.word_spans(unit.text)]
    for piece in claim.quoted:
        words = tx.words(piece)
        if len(words) < 3:
            continue
        at = _quoted_at(words, text_words)
        if at < 0:
            continue
        # What follows the quotation in the claim (after its closing mark) and in the statement.
        end = claim.text.find(piece)
        if end < 0:
            continue
        # (the claim's words only: not when it says they were said, "'...' on Monday, December 15")
        stop = claim.content_span.end if claim.content_span.end > end else len(claim.text)
        rest = claim.text[end + len(piece) : stop].lstrip(_Q_CLOSING)
        if _NAMES_THE_QUOTE.match(rest):
            continue  # "the 'up to Ukrainians' comment": the quotation names a remark, it does not run on
        claim_next = _AFTER_QUOTE.match(rest)
        spans = tx.word_spans(unit.text)
        if claim_next is None or at + len(words) >= len(spans):
            continue
        after = spans[at + len(words) - 1][1].end
        said_next = _AFTER_QUOTE.match(unit.text[after:])
        if said_next is None or re.match(r"\s*[,.;:!?—–]", unit.text[after:]):
            continue  # the quoted words end a phrase in the statement: nothing was cut off
        mine = set(tx.content_stems(claim_next.group("words")))
        theirs = set(tx.content_stems(said_next.group("words")))
        if theirs & set(tx.content_stems(" ".join(claim.text[:end].split()[-LEAD_WORDS:]))):
            continue  # what the words were about, said before them: "wanted NATO 'from the very beginning' but ..."
        # The claim's words a little further on ("in a peace deal" for "in an eventual peace deal"): the same.
        further = _FURTHER.match(unit.text[after:])
        if mine and theirs and not mine & (theirs | set(tx.content_stems(further.group(0) if further else ""))):
            if _pointed_to(claim_next.group("words"), said_next.group("words"), f"{unit.evidence.context} {unit.text}"):
                continue
            start = after + said_next.start("words")
            stop = after + said_next.end("words")
            written = unit.text[start:stop].strip()
            return [Edit(EditKind.CHANGED, "object", written, span_of(unit, start, start + len(written)),
                         claim_next.group("words").strip())]  # fmt: skip
    return []


_POINTER_WORD = re.compile(r"\s*(?:this|that|these|those|such)\b", re.I)


def _pointed_to(claimed: str, said: str, before: str) -> bool:
    """Whether the statement's words point back ("did not support | this direction") to what the claim finishes them
    with, said before them ("our ambition was NATO membership" for "Ukraine's NATO bid"): a common word of the
    claim's (not a name: "did not support' Ukraine" is no ambition) among the words before."""
    if not _POINTER_WORD.match(said):
        return False
    common = {tx.canon(w) for w in re.findall(r"\b[a-z][\w’'-]*", claimed) if w not in tx.STOPWORDS}
    return bool(common & set(tx.content_stems(before)))


def _body(name: str) -> bool:
    """An organisation's name: initials ("NATO", "EU") or a name ending in a body word ("European Union")."""
    words = name.split()
    return bool(re.fullmatch(r"[A-Z]{2,6}", name)) or (len(words) > 1 and words[-1].lower() in tx.BODY_WORDS)


# A word the speaker takes back in the same breath: "Ukraine's conditions – or perhaps more accurately, our
# ambition – was NATO membership".
_CORRECTED = re.compile(
    r"\b(?P<said>[\w’'-]+)\s*(?:[–—-]|,)\s*or\s+(?:perhaps\s+|maybe\s+)?(?:more\s+accurately|more\s+precisely|"
    r"rather|better|I\s+should\s+say)\s*,?\s+(?:(?:our|my|the|their|his|her|its|a|an)\s+)?(?P<meant>[\w’'-]+)",
    re.I,
)


def corrected(claim_text: str, unit: Unit) -> list[Edit]:
    """The word a speaker took back, kept by the claim without the one put in its place: "NATO membership
    had been Ukraine's condition" against "Ukraine's conditions – or perhaps more accurately, our ambition –
    was NATO membership"."""
    if "…" in claim_text or "..." in claim_text:
        return []  # a gap marked in the quotation: the reader is told words are left out
    have = set(tx.content_stems(claim_text))
    for m in _CORRECTED.finditer(unit.text):
        said, meant = tx.canon(m.group("said")), tx.canon(m.group("meant"))
        if said != meant and said in have and meant not in have:
            span = span_of(unit, m.start(), m.end())
            return [Edit(EditKind.DROPPED, "correction", m.group(0), span, m.group("said"))]
    return []


SUBSTITUTE_CONTEXT = 2  # content words after a name that must be the same for one name to stand in another's place


def _names_before(text: str, after: bool = False) -> list[tuple[str, Span, tuple[str, ...]]]:
    """(name key, span, the next ``SUBSTITUTE_CONTEXT`` content words) of each capitalised word of
    ``text`` that ends a name ("Ukrainian media outlets" -> ("ukraini", ..., ("media", "outlet"))). With
    ``after``: of each word that starts a name, and the content words before it, nearest first ("taking the
    whole of Ukraine" -> ("ukrain", ..., ("whole", "take")))."""
    spans = tx.word_spans(text)
    in_names = {part for name in tx.names(text) for part in re.split(r"[\s-]+", name)}
    out = []
    for i, (w, sp) in enumerate(spans):
        raw = text[sp.start : sp.end]
        if not raw[0].isupper() or w in tx.STOPWORDS or re.sub(r"['’]s$", "", raw) not in in_names:
            continue  # not a name: "Several members were ...", "The quote ..."
        beside = i - 1 if after else i + 1
        if 0 <= beside < len(spans) and text[spans[beside][1].start].isupper():
            continue  # not the first (last) word of the name
        near = reversed(spans[max(0, i - 6) : i]) if after else iter(spans[i + 1 : i + 7])
        follow = []
        for x, xs in near:
            if text[xs.start].isupper() or x[0].isdigit():
                break  # another name or a number: the words beside the name are not the same clause
            if after and x == "that":
                break  # "... insufficient and that | Europe must": the name opens a clause of its own
            if x not in tx.STOPWORDS or x in tx.NEGATIONS:
                follow.append(tx.canon(x))
            elif x == "all" and after:
                follow.append("whole")  # "all of Europe" is "the whole of Europe"
            if len(follow) == SUBSTITUTE_CONTEXT:
                break
        if len(follow) < SUBSTITUTE_CONTEXT or not 0 <= beside < len(spans):
            continue
        between = (spans[beside][1].end, sp.start) if after else (sp.end, spans[beside][1].start)
        if _CLAUSE_BREAK.search(text, *between) is None:
            out.append((tx.name_key(raw), sp, tuple(follow)))
    return out


def _same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two runs of stems are the same words ("tak" of "taking" is "take")."""
    return len(a) == len(b) and all(x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)))
                                    for x, y in zip(a, b, strict=True))  # fmt: skip


_CLAUSE_BREAK = re.compile(r"[,;:—–()\[\]]")


def substituted(claim_text: str, unit: Unit) -> list[Edit]:
    """One name put in another's place before the same words, wherever they stand in the sentence:
    "circulated by Ukrainian media outlets" against "Russian media outlets have circulated ...", "it is
    Ukraine that does not want peace" against "Russia does not want this peace". Not when the statement
    says the same words of the claim's name too, nor when the claim names the statement's name anywhere."""
    claim_keys = tx.keys(claim_text)
    unit_keys = tx.keys(unit.text)
    # Before the same words ("Ukrainian | media outlets"), or after them ("taking the whole of | Europe").
    for after in (False, True):
        said = _names_before(unit.text, after)
        for key, mine, follow in _names_before(claim_text, after):
            if any(_kin(key, k) and _same_words(f, follow) for k, _, f in said):
                continue
            written_mine = mine.of(claim_text)
            if person_like(written_mine) and tx.name_present(written_mine, unit_keys):
                continue  # a person the statement names too ("between President Zelenskyy, ... and Ukraine")
            if after and tx.name_present(written_mine, unit_keys):
                continue  # the statement names it too, elsewhere
            for other, span, f in said:
                if not _same_words(f, follow) or _kin(key, other) or any(_kin(other, k) for k in claim_keys):
                    continue
                written = span.of(unit.text)
                # "the whole of Europe" for "the whole of Ukraine": a wider place, the same claim made bigger.
                what = "scope" if tx.within(other, key) else "name"
                return [Edit(EditKind.CHANGED, what, written, span_of(unit, span.start, span.end), written_mine)]
    return []


# "it is up to Ukrainians to decide", "for the EU and the United States to decide": who decides.
_ONE_WHO = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
_WHO = rf"{_ONE_WHO}(?:\s*(?:,|and|&)\s*{_ONE_WHO})*"
_DECIDER = re.compile(
    rf"\b(?:up\s+to|for)\s+(?P<who>{_WHO})\s+(?:alone\s+|themselves\s+)?to\s+(?:decide|determine|choose|judge|say)\b"
    # "only Ukrainians can decide"
    rf"|\bonly\s+(?P<only>{_WHO})\s+(?:can|could|should|must|will|may)\s+(?:decide|determine|choose|judge|say)\b"
)


def decider_changed(claim_text: str, unit: Unit) -> list[Edit]:
    """Who is to decide, named otherwise: "it is for the EU and the United States to decide what Ukraine should
    give up" against "it is up to Ukrainians to decide what they are willing to give up"."""
    mine, theirs = _DECIDER.search(claim_text), _DECIDER.search(unit.text)
    if mine is None or theirs is None:
        return []
    claimed, said = mine.group("who") or mine.group("only"), theirs.group("who") or theirs.group("only")
    claimed_keys = {tx.name_key(tx.COUNTRY_WORDS.get(w.lower(), w)) for w in tx.words(claimed)} | tx.keys(claimed)
    said_keys = {tx.name_key(tx.COUNTRY_WORDS.get(w.lower(), w)) for w in tx.words(said)} | tx.keys(said)
    if any(_kin(a, b) for a in claimed_keys for b in said_keys):
        return []
    a, b = theirs.span("who" if theirs.group("who") else "only")
    return [Edit(EditKind.CHANGED, "name", said, span_of(unit, a, b), claimed)]


_COPULA = re.compile(r"\b(?:is|are|was|were|remains?|would\s+be|will\s+be)\s+", re.I)


def complement_changed(claim_text: str, unit: Unit) -> list[Edit]:
    """What the claim says a thing is, given another name than the statement gives it, the rest the same:
    "the only security guarantee that actually works is a European army" against "the only security
    guarantee that works — is NATO's umbrella". Both complements must name something, and the claim's
    may be nowhere in the statement."""
    mine = list(_COPULA.finditer(claim_text))
    theirs = list(_COPULA.finditer(unit.text))
    if not mine or not theirs:
        return []
    subject, complement = claim_text[: mine[-1].start()], claim_text[mine[-1].end() :].strip(" .!?\"'’”")
    end = _CLAUSE.search(unit.text, theirs[-1].end())
    said = unit.text[theirs[-1].end() : end.start() if end else len(unit.text)].strip(" .!?\"'’”")
    named, given = tx.names(complement), tx.names(said)
    if not named or not given or any(tx.name_present(n, tx.keys(said)) for n in named):
        return []
    if any(tx.name_present(n, tx.keys(complement)) for n in given):
        return []
    wanted = set(tx.content_stems(subject))
    have = set(tx.content_stems(unit.text[: theirs[-1].start()]))
    if not wanted or len(wanted & have) / len(wanted) < RENAMED_REST:
        return []
    if set(tx.content_stems(complement)) & set(tx.content_stems(unit.text)):
        return []  # the claim's complement is in the statement, in other words around it
    at = theirs[-1].end()
    return [Edit(EditKind.CHANGED, "name", said, span_of(unit, at, at + len(said)), complement)]


_CLAUSE = re.compile(r"[,;:.!?]|—|–")


_OFFICE_OF = re.compile(
    r"\b(?P<title>(?:prime|foreign|defen[cs]e|finance|interior)\s+minister|president|premier|chancellor|king|queen"
    r"|mayor|governor|head\s+of\s+state)\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w-]+)",
    re.I,
)


def retitled(claim_text: str, unit: Unit) -> list[Edit]:
    """One office of a country put for another: "a former president of Estonia" against "the former prime
    minister of Estonia"."""
    theirs = [(m.group("title").lower(), m.group("place").lower(), m) for m in _OFFICE_OF.finditer(unit.text)]
    for mine in _OFFICE_OF.finditer(claim_text):
        title, place = " ".join(mine.group("title").lower().split()), mine.group("place").lower()
        for other, where, m in theirs:
            if where == place and " ".join(other.split()) != title:
                span = span_of(unit, m.start("title"), m.end("title"))
                return [Edit(EditKind.CHANGED, "name", m.group("title"), span, mine.group("title"))]
    return []


RENAMED_REST = 0.75  # share of the claim's other words a statement must hold for one name to stand for another


def renamed(claim: Claim, unit: Unit) -> list[Edit]:
    """One name of the claim put where the statement has one other name, the rest of the words the same:
    "the only security guarantee that really works is membership in the European Union" against "the only
    security guarantee that works — is NATO's umbrella"."""
    around = tx.keys(f"{unit.text} {unit.evidence.context}")
    missing = [n for n in claim.entities if not tx.name_present(n, around)]
    claim_keys = tx.keys(claim.content)
    speaker = tx.keys(claim.speaker or "")
    others = [
        n for n in tx.names(unit.text) if not tx.name_present(n, claim_keys) and not tx.name_present(n, speaker)
    ]
    if len(missing) != 1 or len(others) != 1 or not (_body(missing[0]) and _body(others[0])):
        return []
    if _STANDS_FOR.search(unit.text):
        return []  # a pronoun may stand for the missing name
    rest = {w for w in tx.content_stems(blank(claim.content, word_ranges(claim.content, [missing[0]])))}
    rest -= {tx.canon(w) for w in tx.words(missing[0])}
    have = set(tx.content_stems(unit.text))
    if not rest or len(rest & have) / len(rest) < RENAMED_REST:
        return []
    at = unit.text.find(others[0])
    if at < 0:
        return []
    return [Edit(EditKind.CHANGED, "name", others[0], span_of(unit, at, at + len(others[0])), missing[0])]


_UNIT_WORD = re.compile(r"\W*(?:[a-z]+-)?(?P<unit>[a-z]+)")


def units_of(text: str, spans: Sequence[tuple[int, int]]) -> set[str]:
    """The stems of the words right after the numbers at ``spans`` of ``text`` ("five hours" -> "hour",
    "barely an hour" -> "hour"); a month right before a day is its measure ("December 15" -> "dec")."""
    found: set[str] = set()
    for start, end in spans:
        written = text[start:end].split()
        if len(written) > 1:  # "an hour"
            found.add(tx.stem(written[-1].lower()))
            continue
        after = _UNIT_WORD.match(text, end)
        if after is not None and after.group("unit") not in tx.STOPWORDS:
            found.add(tx.stem(after.group("unit")))
        before = tx.words(text[max(0, start - 12) : start])
        if before and before[-1].lower() in tx.MONTH_WORDS:
            found.add(before[-1].lower()[:3])
    return found


def same_measure(claim_text: str, text: str, offset: int, numbers: Sequence[Edit]) -> bool:
    """Whether the numbers ``numbers`` edits mark in ``text`` (article offsets; ``text`` starts at
    ``offset``) are given in the measure of a number of the claim: the same quantity, another value."""
    spans = [(e.span.start - offset, e.span.end - offset) for e in numbers if e.span is not None]
    claimed = units_of(claim_text, [(a, b) for _, a, b in tx.number_mentions(claim_text)])
    return bool(spans) and bool(claimed & units_of(text, spans))


def measure_given(claim_text: str, text: str) -> bool:
    """Whether ``text`` gives a number of the claim with the claim's value and measure ("five hours of
    talks" for "the talks lasted five hours"): the same quantity, stated alike."""
    claimed = {(v, unit) for v, a, b in tx.number_mentions(claim_text) for unit in units_of(claim_text, [(a, b)])}
    return any((v, unit) in claimed for v, a, b in tx.number_mentions(text) for unit in units_of(text, [(a, b)]))


_ROLE = (r"minister|president|premier|chancellor|envoy|diplomat|chief|ambassador|secretary|spokes(?:man|woman|person)"
         r"|aide|adviser|advisor|commissioner|general|commander")  # fmt: skip
_TITLED = re.compile(
    rf"(?P<title>\b(?:[\w’'.-]+\s+){{0,3}}?(?P<role>{_ROLE}))\s+(?P<name>(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))\b",
    re.I,
)


def untitled(claim_text: str, text: str) -> tuple[str, tuple[str, ...]]:
    """``claim_text`` with each titled person ("Ukraine's foreign minister Andriy Sybiha") left as the
    title alone where ``text`` does not name them but has the role ("the Ukrainian minister"), and the
    names so dropped: the statement names them by role."""
    keys = tx.keys(text)
    stems = set(tx.content_stems(text))
    dropped: list[str] = []

    def keep_title(m: re.Match[str]) -> str:
        name = m.group("name")
        if tx.name_present(name, keys) or tx.stem(m.group("role").lower()) not in stems:
            return m.group(0)
        dropped.append(name)
        return m.group("title")

    return _TITLED.sub(keep_title, claim_text), tuple(dropped)


def framed_places(text: str) -> dict[str, tuple[str, int, int]]:
    """The places of ``text`` by the words around them ("a press conference in Brussels", "in Brussels
    at a press conference" -> {"confer": ("Brussels", start, end), ...}): where the thing those words
    name happened, as the text tells it. The nearest place wins for a word."""
    return _framed(text, common=False)


def _framed(text: str, common: bool) -> dict[str, tuple[str, int, int]]:
    """The places of ``text`` by the words within ``_PLACE_REACH`` of them, nearest first: by stem; or, ``common``,
    only the common (lower-case) words, synonyms folded, and not the words that go with any place."""
    out: dict[str, tuple[int, tuple[str, int, int]]] = {}
    spans = tx.word_spans(text)
    for name, start, end in places(text):
        at = next((i for i, (_, sp) in enumerate(spans) if sp.start >= start), len(spans))
        for i in range(max(0, at - _PLACE_REACH - 1), min(len(spans), at + _PLACE_REACH + 1)):
            word, sp = spans[i][0].lower(), spans[i][1]
            if word in tx.STOPWORDS or word[0:1].isdigit() or start <= sp.start < end:
                continue
            if common and (word in _PLACE_WORDS or not text[sp.start].islower()):
                continue
            key, distance = (tx.canon(word) if common else tx.stem(word)), abs(i - at)
            if key not in out or distance < out[key][0]:
                out[key] = (distance, (name, start, end))
        held = _HELD_IN.search(text, 0, start)
        subject = _SUBJECT.match(text) if held is not None and held.end() == start else None
        if subject is not None:
            # "The US-Russia talks that preceded Kallas's warning took place in Turkey": what took place there is
            # the subject, however far its noun is from the place.
            word = subject.group("head").lower()
            if word not in tx.STOPWORDS and (not common or word not in _PLACE_WORDS):
                out[tx.canon(word) if common else tx.stem(word)] = (0, (name, start, end))
    return {k: v for k, (_, v) in out.items()}


# "took place in", "was held in": the place of the sentence's subject; its head noun is the first common word.
_HELD_IN = re.compile(
    r"\b(?:took|take|takes|taking)\s+place\s+(?:in|at)\s+$|\b(?:was|were|is|are|be|been)\s+held\s+(?:in|at)\s+$"
    r"|\b(?:happened|occurred)\s+(?:in|at)\s+$",
    re.I,
)
_SUBJECT = re.compile(
    r"^\W*(?:(?i:the|a|an|these|those|this|that)\s+)?(?:[A-Z][\w.’'-]*\s+)*?(?P<head>[A-Za-z][a-z-]+)\b"
)


_PLACE_REACH = 4  # words either side of a place that it places


def framed_otherwise(claim_text: str, unit: Unit) -> Edit | None:
    """The thing the claim places ("during a trip to Kyiv"), named by a common word, placed by the statement
    elsewhere ("during a visit to Washington"): the edit; None when no such word places anything in both."""
    placed = _placed(claim_text, unit, common=True)  # "trip to Kyiv" -> visit
    return placed if isinstance(placed, Edit) else None


def placed_elsewhere(claim_text: str, unit: Unit) -> Edit | bool | None:
    """Whether a statement puts what the claim places ("a press conference in Berlin") in the same place
    (True), elsewhere ("in Brussels at a press conference": the edit), or says nothing of it (None)."""
    return _placed(claim_text, unit, common=False)


def _placed(claim_text: str, unit: Unit, common: bool) -> Edit | bool | None:
    """``placed_elsewhere`` by the words ``_framed`` reads (``common``: common words only, synonyms folded)."""
    mine = _framed(claim_text, common)
    theirs = _framed(unit.text, common)
    common_keys = [k for k in mine if k in theirs and k not in _PLACE_WORDS]
    if not common_keys:
        return None
    claimed, (said, a, b) = mine[common_keys[0]][0], theirs[common_keys[0]]
    if tx.name_present(said, tx.keys(claimed)) or tx.name_present(claimed, tx.keys(said)):
        return True
    if named_literally(said, claim_text):
        return None  # "her Washington visit ... at the State Department": the claim names it too, and a finer place
    return Edit(EditKind.CHANGED, "name", said, span_of(unit, a, b), claimed)


# Words that go with any place, and so say nothing of which thing is placed.
_PLACE_WORDS = frozenset(
    ["held", "hold", "met", "meet", "said", "say", "told", "tell", "spoke", "speak", "take", "took", "place",
     "position", "happen", "happened", "occur", "occurred"]
)


def setting_elsewhere(claim: Claim, unit: Unit) -> Edit | None:
    """The claim sets the words somewhere ("during a visit to Kyiv", "after the talks in Turkey", "on Monday in
    Berlin") where the statement or its narration sets the same thing elsewhere ("during a visit to Washington",
    "following the talks in Saudi Arabia", "on Monday in Brussels"): the claim's place is named nowhere there,
    and a word it places (visit, talks, Monday) is placed by the narration in another place."""
    found = placed_otherwise(claim, f"{unit.evidence.text} {unit.evidence.context or ''}")
    if found is None:
        return None
    return Edit(EditKind.CHANGED, "name", found[0], span_of(unit, 0, len(unit.text)), found[1])


def setting_places(claim: Claim) -> dict[str, tuple[str, int, int]]:
    """The places the claim's setting gives (its words outside what it attributes and to whom), by the words
    they place ("during a visit to Kyiv" -> {"visit": ("Kyiv", ...)})."""
    spans = [(claim.content_span.start, claim.content_span.end)]
    if claim.speaker_span is not None:
        spans.append((claim.speaker_span.start, claim.speaker_span.end))
    return {k: v for k, v in framed_places(blank(claim.text, spans)).items() if k not in _PLACE_WORDS}


# Words of speaking just before a place: "said in Berlin", "comment was made in Berlin", "speaking at the summit".
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|spoke|speaks|speaking|talking|remarked|comments?|remarks?|made|delivered|uttered"
    r"|noted|observed|argued|stated|stressed|explained|warned|insisted"
    # ... or the occasion of speaking: "at a press conference in Strasbourg", "in an interview in London"
    r"|(?:press\s+)?conference|interview|briefing|speech)"
    r"(?:\s+(?:this|that|it|them|these|those|there|publicly|reporters|journalists|on\s+\w+))?\s*$",
    re.I,
)


def speech_place(claim: Claim) -> str | None:
    """The place the claim's setting says the words were said in ("Kallas said in Berlin that ...", "the '...'
    comment was made in Berlin"): a place right after a word of speaking, outside the words and the speaker."""
    spans = [(claim.content_span.start, claim.content_span.end)]
    if claim.speaker_span is not None:
        spans.append((claim.speaker_span.start, claim.speaker_span.end))
    setting = blank(claim.text, spans)
    for m in _PLACE.finditer(setting):
        name = m.group("name")
        if name.split()[0].lower().strip(".") in _NOT_PLACES:
            continue
        # A remark the claim names is placed by any place its setting gives ("delivered her '...' remarks during a
        # visit to Washington").
        if claim.remark or _SPEECH_BEFORE.search(setting, 0, m.start()):
            return name
        # ... or a headline's place between the speaker and the colon: "Kallas in Berlin: ...", "Kallas in Berlin on
        # Dec. 15: ..." (not the place of an event before: "Kallas after the talks in Saudi Arabia: ...")
        if (
            claim.cue == ":"
            and claim.speaker_span is not None
            and claim.speaker_span.end <= m.start() < claim.content_span.start
            and not _EVENT_BEFORE.search(setting, claim.speaker_span.end, m.start())
        ):
            return name
        # ... and a place in the scene the claim opens with, before its speaker: "In Berlin, Kallas said ...", "During
        # a visit to Moscow, ..." (not "After the talks in Saudi Arabia, ...": a place of what came before)
        if (
            claim.speaker_span is not None
            and not name.endswith(("'s", "’s"))  # "In Russia's view, Lavrov said": a view, not a place
            and _SCENE_OPENS.match(setting)
            and _FRAME_END.fullmatch(setting, m.end(), claim.speaker_span.start)
        ):
            return name
    return None


_SCENE_OPENS = re.compile(r"\W*(?i:in|at|during|while|speaking|talking)\b")
_EVENT_BEFORE = re.compile(r"\b(?i:after|following|before|ahead\s+of|during|talks|summit|meeting|negotiations)\b")
_FRAME_END = re.compile(r"[^.;:!?\"“”]{0,80},\s*")


def placed_otherwise(claim: Claim, told: str) -> tuple[str, str] | None:
    """(the place ``told`` gives, the claim's) where ``told`` (a statement and its narration) sets a word the claim's
    setting places ("visit", "talks", "Monday") in another place, and names the claim's place nowhere."""
    mine = setting_places(claim)
    if not mine:
        return None
    theirs = framed_places(told)
    speaker = tx.keys(claim.speaker or "")
    for key, (claimed, _, _) in mine.items():
        said = theirs.get(key)
        if said is None or named_literally(claimed, told) or tx.name_key(key) in speaker:
            continue
        if tx.name_present(said[0], tx.keys(claimed)) or tx.name_present(claimed, tx.keys(said[0])):
            continue
        if tx.within(tx.name_key(said[0]), tx.name_key(claimed)):
            continue
        return said[0], claimed
    return None


_LIST_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
_LISTED = re.compile(rf"(?P<list>{_LIST_NAME}(?:,\s+{_LIST_NAME})*,?\s+(?:and|or)\s+{_LIST_NAME})")


def _listed(text: str) -> list[tuple[list[str], int, int]]:
    """The lists of names in ``text`` ("Canada and Japan", "the US, Britain and France"): names, start, end."""
    out = []
    for m in _LISTED.finditer(text):
        names = [re.sub(r"^the\s+", "", n.strip()) for n in re.split(r",\s+|,?\s+(?:and|or)\s+", m.group("list"))]
        out.append(([n for n in names if n], m.start(), m.end()))
    return out


_LEAD_WORDS = 3  # words before a list that say what it lists ("other countries such as")


def _lead_words(text: str, at: int) -> set[str]:
    before = [w for w in tx.words(text[:at])[-_LEAD_WORDS:] if w not in tx.STOPWORDS]
    return {tx.canon(w) for w in before}


def list_swapped(claim_text: str, unit: Unit) -> list[Edit]:
    """Names of a list the claim gives ("other countries such as Canada and Australia") put where the statement's
    list has others ("... such as Canada and Japan"): lists as long, the same name by name where not swapped, each
    swapped name of the claim's lacking from the statement and the statement's from the claim; with a name in
    common or the same words before them (else they list other things)."""
    keys_text = tx.keys(unit.text)
    claim_keys = tx.keys(claim_text)
    countries = {k for k, _, _ in _countries(unit.text)}
    for names, start, _ in _listed(claim_text):
        # "US and Ukrainian negotiators" lists the countries "the United States and Ukraine" does.
        missing = [
            n
            for n in names
            if not tx.name_present(n, keys_text) and {k for k, _, _ in _countries(n)}.isdisjoint(countries)
        ]
        if not missing:
            continue
        kept = [n for n in names if n not in missing]
        lead = _lead_words(claim_text, start)
        for theirs, a, b in _listed(unit.text):
            if not kept and not lead & _lead_words(unit.text, a):
                continue  # neither a name in common nor the same words before: another list
            if len(theirs) != len(names):
                continue
            # Name by name, in order: the same, or one the claim lacks where the claim has one the statement lacks.
            pairs = list(zip(names, theirs, strict=True))
            same = [tx.name_present(mine, tx.keys(said)) for mine, said in pairs]
            swapped = [(said, mine) for (mine, said), kept_here in zip(pairs, same, strict=True) if not kept_here]
            if not swapped or not all(
                mine in missing and not tx.name_present(said, claim_keys) for said, mine in swapped
            ):
                continue
            span = span_of(unit, a, b)
            return [Edit(EditKind.CHANGED, "name", said, span, claimed) for said, claimed in swapped]
    return []


_NAME_GOES_ON = re.compile(r"(?:\s+[A-Z][\w’'.-]*)+")  # capitalised words a name goes on with ("United | States")
# "the Ukrainian minister", "the U.S. envoy": a person named by office (perhaps with a people's adjective).
_BY_OFFICE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w.’'-]*\s+)?(?P<office>minister|president|envoy|diplomat|chancellor|aide|spokes(?:man|woman))\b"
)


def named_by_office(text: str, context: str) -> list[str]:
    """Whom ``text`` names by office ("According to Kallas, the Ukrainian minister did not go into detail ..."): the one
    surname its context writes right after that office ("Minister Sybiha"); none where the context writes two."""
    out: list[str] = []
    for m in _BY_OFFICE.finditer(text):
        after = re.compile(rf"\b{m.group('office')}\s+(?-i:(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}))", re.I)
        names = {n.group("name").split()[-1] for n in after.finditer(context)}
        if len(names) == 1:
            out.extend(names)
    return out
