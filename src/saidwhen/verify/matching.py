"""Matching: how closely a sentence of the record says what a claim says.

``best_match`` scores a speaker's statement sentences (``units``) against a claim's content: content-word
recall (names in the narration around a quote count), word-sequence alignment over the matched words,
and, when a ``Similarity`` is given, embedding similarity. Named things and numbers in the claim are
anchors: a statement that lacks most of them is not the same statement, however similar it reads.
``fidelity`` then says how the best match differs from the claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from saidwhen.records import Claim, Evidence
from saidwhen.verify import text as tx
from saidwhen.verify import wording as wd
from saidwhen.verify.wording import Unit, units

Similarity = Callable[[str, Sequence[str]], Sequence[float]]
"""``similarity(query, texts)`` -> one score in [-1, 1] per text (cosine of sentence embeddings)."""

WORDED = 4  # sentences beyond the shortlist kept for their words alone
NO_YEAR = 0.5  # the anchors of a statement that gives no year for a claim that names one
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def adds_year(claim: Claim, text: str) -> bool:
    """Whether the claim names a year where ``text`` gives none at all ("admitted to NATO by 2030")."""
    return bool(_YEAR.search(claim.content)) and not _YEAR.search(text)


MATCH = 0.62  # a statement at or above this score (and LEXICAL) is the claimed statement
PAIR_MATCH = 0.7  # ... and two consecutive sentences read together, which hold more words by chance
PAIR_GAIN = 0.2  # the share of the claim's words two sentences must add to one that matches on its own
LEXICAL = 0.55  # share of the claim's content words a matching statement must contain
NEAR_VERBATIM = 0.8  # word-sequence ratio for near-verbatim
ANCHORS_NEEDED = 0.6  # share of the claim's names and numbers a match must contain
NARRATED = 0.7  # share of a claim's other words a statement needs before names in its narration count
QUOTED = 0.7  # the score of a sentence holding the words the claim quotes
ALTERED_RATIO = 0.6  # word-sequence ratio over which a swapped name or quantity reads as an alteration
LOOSE_LEXICAL = 0.45  # a statement in other words: the share of the claim's words it needs (``reversed_loosely``)
LOOSE_SEMANTIC = 0.66  # ... its embedding similarity to the claim
LOOSE_MATCH = 0.52  # ... and its match score
HEAD_LEXICAL = 0.34  # ... and holds this share of the words of the claim's main clause
SUBORDINATE = re.compile(
    r"\s+(?:before|after|when|while|until|once|because|unless|in\s+(?:exchange|return)\s+for)\s+", re.I
)


@dataclass(frozen=True)
class Match:
    unit: Unit
    score: float
    lexical: float
    semantic: float | None
    anchors: float
    window: tuple[int, int]  # character range of the matched words inside the unit text
    ratio: float  # word-sequence similarity of claim content and window


# A direction used as an adjective ("Ukraine's Western allies"), and "the West" itself, which in a speaker's
# mouth is "we" or "our allies": neither anchors a statement.
DIRECTIONS = frozenset(["Western", "Eastern", "Northern", "Southern", "West"])


def anchors_present(claim: Claim, text: str, numbers: bool = True) -> float:
    """Share of the claim's named things and numbers (names only with ``numbers`` False) that
    ``text`` contains (1.0 when it has none)."""
    core = tx.keys(without_apposition(claim.content))
    anchors = [
        e
        for e in claim.entities
        if e not in DIRECTIONS
        and not _describes(e, claim.text)
        and (tx.name_present(e, core) or e not in claim.content)
    ]
    values = tx.number_values(" ".join(claim.numbers)) if numbers else set()
    if not anchors and not values:
        return 1.0
    # A country's office holder names it ("The Ukrainian president stressed that any such guarantees ...");
    # its leader's possessive too ("Donbas is not Putin's end game").
    keys = tx.keys(text)
    keys |= {tx.name_key(tx.COUNTRY_WORDS[m.group(1).lower()]) for m in _OFFICE.finditer(text)
             if m.group(1).lower() in tx.COUNTRY_WORDS}  # fmt: skip
    keys |= {tx.name_key(tx.LEADERS[m.group(1)]) for m in tx.LEADER_POSSESSIVE.finditer(text)}
    # "the alliance" is NATO in this news ("a constitutional commitment not to join the alliance").
    if _THE_ALLIANCE.search(text):
        keys.add(tx.name_key("NATO"))
    # ... and so does its people's adjective on what a state does ("against future Russian aggression": Russia's).
    keys |= {tx.name_key(tx.COUNTRY_WORDS[m.group(1).lower()]) for m in _STATES_DEED.finditer(text)
             if m.group(1).lower() in tx.COUNTRY_WORDS}  # fmt: skip
    # A people's adjective ("the Ukrainian side", "the Ukrainian delegation") is there when its leader is:
    # "talks ... in Berlin", where "Zelenskyy made the remarks".
    leaders = {tx.name_key(tx.LEADERS[m.group(0)]) for m in _LEADER.finditer(text)}
    # ... and when the claim names the country itself, there too ("Ukraine's allies ... on Ukrainian soil" / "Ukraine's
    # allies ... in the country"): the adjective names nothing more.
    countries = {
        tx.name_key(a) for a in anchors if tx.COUNTRY_WORDS.get(a.lower()) == a.lower() and tx.name_present(a, keys)
    }
    found = sum(
        1
        for a in anchors
        if (tx.name_present(a, keys) and not _city_elsewhere(a, claim.content, text))
        or _names_the_event(a, claim.text, text)
        or _people_of(a, leaders | countries)
        # "Alliance membership" written with a capital, as essays write NATO's name
        or (a.lower() == "alliance" and tx.name_present("NATO", keys))
    )
    text_values = tx.number_values(text)
    found += sum(1 for v in values if v in text_values)
    return found / (len(anchors) + len(values))


_LEADER = re.compile(rf"\b(?:{'|'.join(tx.LEADERS)})\b")
_THE_ALLIANCE = re.compile(r"\b(?:the|transatlantic|military|western)\s+alliance\b", re.I)
_STATES_DEED = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:aggression|invasion|attacks?|offensive|occupation|forces|troops|army|military|strikes?"
    r"|government|authorities)\b"
)
# A capital where something took place ("during a visit to Kyiv", "in Moscow"): the city, not its government.
_CAPITALS = frozenset({"kyiv", "kiev", "moscow", "washington", "beijing", "london", "paris", "berlin"})
# Before a town named as a place ("a visit to Kyiv", "flew in from Kyiv"); "from" after what a state gives names the
# state ("guarantees from Washington", "they come from Washington").
_GIVEN = ("guarantees", "guarantee", "assurances", "promises", "aid", "support", "come", "came", "coming")
# ... and to whom ("guarantees offered to Kyiv": Ukraine, not the town)
_GIVEN_TO = (
    "offered", "given", "provided", "handed", "sent", "delivered", "pledged", "extended", "promised", "granted"
)  # fmt: skip
_PLACED = (
    r"(?:\b(?:in|" + "".join(f"(?<!{w} )" for w in _GIVEN_TO) + r"to|at|" + "".join(f"(?<!{w} )" for w in _GIVEN)
    + r"from|visit(?:ed|ing)?|trip\s+to|arrived\s+in)\s+)"
)


def _city_elsewhere(anchor: str, claim_text: str, text: str) -> bool:
    """Whether ``anchor`` is a capital standing for its country ("Kyiv" for Ukraine) that the claim names as a place
    ("a visit to Kyiv") and ``text`` does not name itself (only the country: "Ukraine")."""
    if anchor.lower() not in _CAPITALS:
        return False
    if not re.search(rf"{_PLACED}{re.escape(anchor)}\b", claim_text, re.I):
        return False
    return re.search(rf"\b{re.escape(anchor)}\b", text, re.I) is None


def _people_of(anchor: str, leaders: set[str]) -> bool:
    """Whether ``anchor`` is a people's adjective ("Ukrainian") of a country whose leader ``leaders`` holds."""
    country = tx.COUNTRY_WORDS.get(anchor.lower())
    people = anchor.lower().endswith(("an", "ish", "ese", "ian"))
    return people and country is not None and tx.name_key(country) in leaders


_OFFICE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:president|prime\s+minister|foreign\s+minister|minister|leader|government|officials?"
    r"|delegation|envoys?|authorities|diplomats?)\b"
)
_EVENTS = r"talks|meeting|summit|negotiations|discussions|conference|press\s+conference|visit"


def _names_the_event(name: str, claim_text: str, text: str) -> bool:
    """"the Berlin talks" where the statement says "the talks" (with no other place's talks): the place
    only names which talks, which the article around the statement is about."""
    event = re.search(rf"\b{re.escape(name)}\s+(?P<event>{_EVENTS})\b", claim_text)
    if event is None:
        return False
    said = list(re.finditer(rf"\b(?P<before>[\w’'-]+)\s+{event.group('event')}\b", text, re.I))
    return bool(said) and all(m.group("before")[0].islower() for m in said)


_DESCRIBING_ROLES = (
    r"envoy|aide|adviser|advisor|spokes(?:man|woman|person)|ally|deputy|negotiator|official|son-in-law|confidant"
)


def _describes(name: str, text: str) -> bool:
    """Whether ``name`` only describes someone else the text names ("Trump envoy Steve Witkoff",
    "Zelenskyy's aide Dmytro Lytvyn"): that person is the anchor, not the one whose envoy they are."""
    return bool(re.search(rf"\b{re.escape(name)}(?:['’]s)?\s+(?:{_DESCRIBING_ROLES})\s+[A-Z]", text))


_APPOSITION = re.compile(
    r"\b(?P<name>[A-Z][\w’'.-]*),\s+(?:the|a|an|[A-Z][\w.-]*['’]s)\s+[^,;:\"“”]{3,60}?,(?=\s+[a-z])"
)


_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|do|does|did|went|goes|said|says|\w+ed)\b")


@lru_cache(maxsize=4096)
def without_apposition(text: str) -> str:
    """``text`` without descriptions in apposition to a name ("Estonia, the EU chief's home country, has")."""
    return _APPOSITION.sub(lambda m: m.group(0) if _VERB.search(m.group(0)) else m.group("name"), text)


def said_of_names(claim: Claim) -> set[str]:
    """The claim's content words other than its names (by name key or as a folded word: "NATO" is
    "alliance") and numbers: what it says of the names."""
    keys = {tx.name_key(w) for n in claim.entities for w in n.split()}
    named = {tx.canon(w) for n in claim.entities for w in tx.words(n)}
    return {
        w
        for w in tx.content_stems(claim.content)
        if tx.name_key(w) not in keys and w not in named and not tx.is_number_word(w)
    }


def lexical_recall(claim_text: str, text: str, names: Sequence[str] = (), context: str = "") -> float:
    """Share of the claim's content words (stemmed) found in ``text``. When ``text`` holds at least
    ``NARRATED`` of the claim's other words, words of the claim's ``names`` found in the narration
    around it (``context``) count too ("during the talks", with Berlin named in the sentence that
    introduces the quote)."""
    # Numbers are compared as numbers (anchors, number edits), not as words that must be shared; a
    # description in apposition ("Estonia, the EU foreign-policy chief's home country, has ...") says who or
    # what is meant, not what the claim says of it.
    claim_text = without_apposition(claim_text)
    wanted = {w for w in tx.content_stems(claim_text) if not tx.is_number_word(w)}
    if not wanted:
        return 0.0
    have = set(tx.content_stems(text)) | {tx.name_key(w) for w in tx.words(text)}
    found = {w for w in wanted if w in have or tx.name_key(w) in have}
    # A person named by surname alone is named ("Kaja Kallas" in "Kallas, the former prime minister").
    text_keys = tx.keys(text)
    found |= {tx.canon(w) for n in names if tx.name_present(n, text_keys) for w in tx.words(n)} & wanted
    named = {tx.canon(w) for n in names for w in tx.words(n)} & wanted
    others = wanted - named
    if context and named - found and others and len(found & others) / len(others) >= NARRATED:
        around = tx.keys(context)
        found |= {w for w in named if tx.name_key(w) in around}
    if context:
        found |= _referred(claim_text, text, context) & wanted
    return len(found) / len(wanted)


_POINTER = re.compile(r"\b(?:such|these|those)\s+(?P<noun>[a-z]+)", re.I)


# Things said, which a statement pointing back to them judges ("these claims 'totally untrue'"): what the narration says
# of them is what was judged, not what the statement says.
_SAYINGS = frozenset(
    tx.canon(w)
    for w in ("claim", "claims", "allegation", "allegations", "narrative", "narratives", "argument", "arguments",
              "idea", "ideas", "suggestion", "suggestions", "report", "reports", "remark", "remarks", "comment",
              "comments", "statement", "statements", "words", "accusation", "accusations", "notion", "theory",
              "rumours")
)  # fmt: skip


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _referred(claim_text: str, text: str, context: str) -> set[str]:
    """Words of the claim that a statement points back to: "any such guarantees", where the narration
    just said "security guarantees" and so does the claim -> "security" is there too."""
    mine = [tx.canon(w) for w in tx.words(claim_text)]
    around = [tx.canon(w) for w in tx.words(context)]
    out: set[str] = set()
    before_in_context = {(a, b) for a, b in pairwise(around)}  # (word, the noun it stands before)
    for m in _POINTER.finditer(text):
        noun = tx.canon(m.group("noun"))
        out |= {a for a, b in pairwise(mine) if b == noun and (a, noun) in before_in_context}
        opening = max((b.end() for b in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        earlier = [tx.canon(w) for w in tx.words(text[opening : m.start()])]  # its own sentence
        if noun in mine and noun in around and noun not in _SAYINGS and noun not in earlier:
            # ... and what the narration says of them ("such a move would be possible solely in exchange for binding
            # security guarantees": guarantees "offered in place of NATO membership"); not when the statement itself
            # named them first ("support for reparations, what form those reparations would take"), and never what
            # a question asks.
            told = " ".join(t for t in _SENTENCE_END.split(context) if not t.rstrip().endswith("?"))
            out |= set(tx.content_stems(claim_text)) & set(tx.content_stems(told))
    return out


def claim_part(claim_text: str, window_text: str) -> tuple[int, int]:
    """The character range of ``claim_text`` whose words the window matched (from three words before
    the first to the last)."""
    spans = tx.word_spans(claim_text)
    a = [tx.stem(w) for w, _ in spans]
    b = [tx.stem(w) for w in tx.words(window_text)]
    blocks = [blk for blk in SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks() if blk.size]
    if not blocks:
        return 0, len(claim_text)
    first, last = max(0, blocks[0].a - 3), blocks[-1].a + blocks[-1].size - 1
    # Not back past a joint between two remarks ("'totally untrue' … 'the Russian narrative ...'").
    joints = [m.end() for m in _JOINT.finditer(claim_text, 0, spans[blocks[0].a][1].start)]
    start = max(spans[first][1].start, joints[-1]) if joints else spans[first][1].start
    return start, spans[last][1].end


_JOINT = re.compile(r"[”\"’']\s*(?:…|\.\.\.)\s*[“\"‘']|;\s+|\s[—–]\s+")


# A phrase put before the subject ("In an interview with AFP published Feb. 27, the EU foreign policy chief ..."):
# sentences in the record usually tell it after the predicate.
_FRONTED = re.compile(
    r"(?P<phrase>(?:In|At|On|During|After|Before|Speaking|Asked|Following|Writing)\s[^,;:\"“”]{3,80}?),\s+(?=\S)"
)


def _window(claim_text: str, unit_text: str) -> tuple[tuple[int, int], float]:
    """Character range in ``unit_text`` covering the words matched with the claim, and the word-sequence
    similarity of the claim with that range; a phrase fronted in the claim is also read at its end."""
    window, ratio = _matched_window(claim_text, unit_text)
    fronted = _FRONTED.match(claim_text)
    if fronted is None:
        return window, ratio
    moved, moved_ratio = _matched_window(f"{claim_text[fronted.end() :]} {fronted.group('phrase')}", unit_text)
    return (min(window[0], moved[0]), max(window[1], moved[1])), max(ratio, moved_ratio)


def _matched_window(claim_text: str, unit_text: str) -> tuple[tuple[int, int], float]:
    a = [tx.stem(w) for w in tx.words(claim_text)]
    spans = tx.word_spans(unit_text)
    b = [tx.stem(w) for w, _ in spans]
    if not a or not b:
        return (0, len(unit_text)), 0.0
    matcher = SequenceMatcher(a=a, b=b, autojunk=False)
    blocks = [blk for blk in matcher.get_matching_blocks() if blk.size]
    # A run of stop words alone ("of the") matched after the last word that means something does not
    # stretch the window to the right.
    while len(blocks) > 1 and all(w in tx.STOPWORDS for w in b[blocks[-1].b : blocks[-1].b + blocks[-1].size]):
        blocks.pop()
    if not blocks:
        return (0, 0), 0.0
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size - 1
    # Widen to the left by up to three words: a negation or hedge sits right before the verb.
    lo = max(0, first - 3)
    region = b[first : last + 1]
    ratio = SequenceMatcher(a=a, b=region, autojunk=False).ratio()
    # Words matched only as synonyms stretch the window, not the ratio ("send troops" / "deploying
    # peacekeepers" after "Europe must be prepared to consider").
    folded = SequenceMatcher(a=[tx.canon(w) for w in tx.words(claim_text)], b=[tx.canon(w) for w, _ in spans],
                             autojunk=False)  # fmt: skip
    meant = [blk for blk in folded.get_matching_blocks() if blk.size and b[blk.b] not in tx.STOPWORDS]
    if meant:
        lo = min(lo, max(0, meant[0].b - 3))
        last = max(last, meant[-1].b + meant[-1].size - 1)
    return (spans[lo][1].start, spans[last][1].end), ratio


_REFERS = re.compile(r"\b(?:he|she|they|it)\b", re.I)


def sentence_before(unit: Unit) -> str:
    """The sentence before ``unit``: the statement's previous sentence, or the article's ("" if none)."""
    before = [u for u in units(unit.evidence) if u.start < unit.start]
    return before[-1].text if before else wd.preceding(unit.evidence)


SHORT_REPORT = 8  # the most words of a reported statement that borrows the sentence before for "the talks"
_THE_EVENT = re.compile(r"\bthe\s+(?:talks|discussions|negotiations|meetings?|sit-down)\b", re.I)


OWN_WORDS = 3  # words of its own a quote opening on "this" needs to be read with the quote before it
SHORT_QUOTE = 10  # the most words of such a quote: a longer one says enough of its own
_DEMONSTRATIVE_START = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:this|that|these)\b", re.I)


def _short_own(text: str) -> bool:
    return len(tx.words(text)) <= SHORT_QUOTE and len(tx.content_stems(text)) >= OWN_WORDS


def _quote_reading(unit: Unit) -> str:
    """The unit's text, or for a quote that opens on "this" after another quote, both (see ``reading``)."""
    return reading(unit) if unit.evidence.direct and not unit.start else unit.text


def reading(unit: Unit) -> str:
    """The unit's text, after the sentence it points back to, when it does: "They cannot be papers or
    promises" (the sentence before says what "they" are); in the narration, "She said this on Monday in
    Brussels ...", "Several members were resistant to the idea" (the article's sentence before names
    who and what). Words in quote marks are read alone: the narration before them is not the speaker's;
    a reported statement borrows only for a pronoun it starts with ("She said this ...")."""
    text = unit.text
    if unit.start and tx.PRONOUN_START.match(text):
        before = [u for u in units(unit.evidence) if u.start < unit.start]
        return f"{before[-1].text} {text}" if before else text
    ev = unit.evidence
    # Reported words point back only by naming the thing ("walking back that position"): "said that" is their cue.
    back = tx.POINTS_BACK if ev.quote_id is None else tx.THAT_THING
    points_back: re.Match[str] | bool | None = tx.PRONOUN_START.match(text) or back.search(text)
    # A few reported words about "the discussions" the article just told of ("Witkoff also confirmed | the
    # continuation of the discussions"): which discussions is in the sentence before.
    points_back = points_back or (len(tx.words(text)) <= SHORT_REPORT and _THE_EVENT.search(text))
    if not unit.start and not ev.direct and points_back:
        before_text = wd.preceding(ev)
        return f"{before_text} {text}" if before_text else text
    if not unit.start and ev.direct and _DEMONSTRATIVE_START.match(text) and _short_own(text):
        # A quote that opens on "this" right after another quote ("... an opportunity to prevent another
        # invasion," Zelenskyy commented. "And this already is a compromise on our part"): what "this" is, is
        # in the words quoted before it; narration is not the speaker's.
        before_text = wd.preceding(ev)
        if before_text[:1] in "\"“„«":
            return f"{before_text} {text}"
    return text


def with_referent(evidence: Evidence) -> str:
    """The evidence's text, after the article's sentence before it when it points back to that one
    ("Several members were resistant to the idea")."""
    first = units(evidence)
    if not first or len(first) > 1:
        return evidence.text
    read = reading(first[0])
    if read == evidence.text and not evidence.direct and _THE_EVENT.match(evidence.text.lstrip("“\"‘' ")):
        # "The negotiations are set to continue on Monday": which negotiations, the sentence before tells.
        return f"{wd.preceding(evidence)} {read}".strip()
    return read


def by_role(claim: Claim, text: str) -> Claim:
    """``claim`` as read against ``text``: "Ukraine's foreign minister Andriy Sybiha" where the text says
    "the Ukrainian minister" names the person by role there, so the name is not looked for."""
    content, by_role = wd.untitled(claim.content, text)
    if not by_role:
        return claim
    return replace(claim, content=content, entities=tuple(e for e in claim.entities if e not in by_role))


_PURPOSE = re.compile(
    r",?\s+(?:in\s+order\s+)?to\s+(?:keep|protect|make|ensure|deter|prevent|defend|guarantee|secure|stop)\b[^,;]*$",
    re.I,
)
PURPOSE_HEAD = 3  # words that carry meaning a claim needs before its purpose clause to be matched without it
OWN_SHARE = 0.2  # the share of the claim's words a quote read with the quote before must hold itself


def _score(claim: Claim, unit: Unit, semantic: float | None) -> Match:
    text = reading(unit)
    if text != unit.text and unit.evidence.direct and lexical_recall(claim.content, unit.text) < OWN_SHARE:
        # "And this already is a compromise" says nothing of "Canada and Japan" in the quote before it: the words
        # are that quote's, which is matched on its own.
        text = unit.text
    claim = by_role(claim, text)
    # Names and numbers may sit in the narration around a quote ("... in Berlin, Witkoff said").
    lexical = lexical_recall(claim.content, text, claim.entities, unit.evidence.context)
    purpose = _PURPOSE.search(claim.content) if lexical < LEXICAL else None
    if purpose is not None and len(tx.content_stems(claim.content[: purpose.start()])) >= PURPOSE_HEAD:
        # What the claimed thing is for, said of it ("paper assurances would be enough | to keep Ukraine safe"): the
        # statement may give the thing and leave its purpose implied ("'paper' assurances are insufficient").
        head_only = claim.content[: purpose.start()]
        lexical = max(lexical, lexical_recall(head_only, text, claim.entities, unit.evidence.context))
    opposite: list[tuple[int, int]] = []
    if lexical < LEXICAL:
        # A word the statement has the opposite of stands in its place ("the talks collapsed" / "a lot of progress
        # was made during the talks"): the same statement, reversed (``differences`` says so, over a window that
        # holds the opposite word).
        # Only one word turned, and then every word of the claim there: opposites met by chance in a longer
        # claim ("give up" / "join", "end" / "beginning") do not make the same statement.
        pairs = tx.opposed_words(claim.content, text)
        if len(pairs) == 1:
            mine, theirs = pairs[0]
            turned = re.sub(rf"\b{re.escape(mine)}\b", theirs, claim.content, count=1)
            at = re.search(rf"\b{re.escape(theirs)}\b", unit.text)
            # ... not the time of something else, on either side ("comment on the talks after they conclude"): no
            # statement of it
            timed = tx.timed_word(theirs, unit.text) or tx.timed_word(mine, claim.content)
            if not timed and lexical_recall(turned, text, claim.entities, unit.evidence.context) >= 1.0:
                lexical = 1.0
                opposite = [at.span()] if at else []
    head = SUBORDINATE.split(claim.content, maxsplit=1)[0]
    if head != claim.content and lexical_recall(head, text, claim.entities, unit.evidence.context) < HEAD_LEXICAL:
        # The claim's main clause is not there ("would hold a referendum before giving up its bid" against
        # "could consider abandoning its bid"): only its "before ..." clause matches, which is not the claim.
        lexical = min(lexical, LEXICAL / 2)
    anchors = anchors_present(claim, f"{unit.text} {unit.evidence.context}")
    if adds_year(claim, f"{unit.text} {unit.evidence.context}"):
        # "... admitted to NATO by 2030" against a statement that gives no year at all: the year is the
        # claim's own addition, not a detail the statement gives otherwise.
        anchors = min(anchors, NO_YEAR)
    named = len(claim.entities) + len(claim.numbers)
    if anchors < 1.0 and named >= 2 and _REFERS.search(unit.text) and anchors * named >= named - 1:
        # One name missing where the statement says "he" / "they": the pronoun may be that name
        # ("then they definitely move on with taking the whole of Ukraine" -> Russia).
        anchors = 1.0
    window, ratio = _window(claim.content, unit.text)
    if opposite:
        window = (min(window[0], *(a for a, _ in opposite)), max(window[1], *(b for _, b in opposite)))
    # Word order counts only for a sentence that has the claim's words ("the talks collapsed" is not
    # "a lot of progress was made during the talks" because both have "the talks").
    ratio = ratio if lexical >= LEXICAL else 0.0
    swaps = wd.swapped(claim.content, unit, window) if anchors < 1.0 and ratio >= ALTERED_RATIO else []
    if not swaps and (anchors < 1.0 or wd.place_missing(claim, unit)):
        # One name missing (numbers are compared apart): the place, where the statement has another.
        names_found = anchors_present(claim, f"{unit.text} {unit.evidence.context}", numbers=False)
        # Names of a list put where the statement's list has others ("Canada and Australia" / "Canada and Japan").
        swaps = wd.list_swapped(claim.content, unit)
        if not swaps and names_found * len(claim.entities) >= len(claim.entities) - 1:
            swaps = wd.relocated(claim, unit) or wd.renamed(claim, unit)
    if any(e.what == "name" for e in swaps):
        # The missing name stands where the statement has another one: the same words, altered
        # ("prime minister of Latvia" / "prime minister of Estonia"); ``_edits`` says so. The rest of
        # the claim is what must match.
        anchors = 1.0
        rest = wd.blank(claim.content, wd.word_ranges(claim.content, [e.claim_text for e in swaps]))
        lexical = max(lexical, lexical_recall(rest, text, claim.entities, unit.evidence.context))
    # Shared words alone do not make the same statement: with embeddings, average the two views.
    base = max(ratio, (lexical + semantic) / 2 if semantic is not None else 0.9 * lexical)
    if wd.quotes_in(claim, unit.text):
        # The words the claim puts in quote marks are in this sentence: it is the one the claim quotes.
        lexical = max(lexical, LEXICAL)
        base = max(base, QUOTED)
    score = base * (1.0 if anchors >= ANCHORS_NEEDED else 0.5 + 0.5 * anchors)
    return Match(unit, score, lexical, semantic, anchors, window, ratio)


PART_WORDS = 8  # the fewest words of a part of a sentence read on its own
PART_SHARE = 0.6  # ... and the most of the sentence it may be (else the sentence is the part)


def _part(text: str, window: tuple[int, int]) -> str:
    """The clause(s) of ``text`` around the matched words ``window``, when they are a clear part of a
    long sentence; "" otherwise."""
    lo, hi = window
    start = max((m.end() for m in re.finditer(r"[,;:—–(]\s*", text[:lo])), default=0)
    end = min((lo + m.start() for m in re.finditer(r"[,;:—–)]", text[hi:])), default=len(text))
    end = max(end, hi)
    part = text[start:end].strip()
    if len(tx.words(part)) < PART_WORDS or len(part) > PART_SHARE * len(text):
        return ""
    return part


def best_match(
    claim: Claim,
    statements: Sequence[Evidence],
    similarity: Similarity | None = None,
    top: int = 8,
    loose: bool = False,
) -> Match | None:
    """The statement sentence that best matches the claim content. ``loose``: the best of those sharing fewer of
    its words (``LOOSE_LEXICAL``), read as sentences alone, for ``matches_loosely``."""
    candidates = [u for ev in statements for u in units(ev)]
    if not candidates:
        return None
    if loose:
        return _best_of(claim, candidates, similarity, top, LOOSE_LEXICAL)
    if wd.stacks(claim):
        # "X said A and that B": A and B may be two sentences of one statement, read together.
        candidates += [p for ev in statements for p in wd.pairs(units(ev))]
    found = _best_of(claim, candidates, similarity, top)
    if matches(found) and claim.quoted and not wd.quotes_in(claim, found.unit.text):
        # The words the claim quotes ("'very, very strong' security guarantees") are the statement it quotes, when one
        # holds them and matches.
        holding = [u for u in candidates if wd.quotes_in(claim, u.text)]
        quoting = _best_of(claim, holding, similarity, top) if holding else None
        if quoting is not None and matches(quoting):
            found = quoting
    if not wd.stacks(claim):
        # One claim sentence may sum up two of the statement's ("cannot be papers or promises. They have to
        # be real troops"): when no single sentence holds it, or two together hold clearly more of its
        # words, consecutive pairs are read too.
        paired = [p for ev in statements for p in wd.pairs(units(ev))]
        if not matches(found):
            wider = paired
        elif wd.quotes_in(claim, found.unit.text):
            wider = []  # the sentence holding the words the claim quotes is the one it quotes
        else:
            alone = lexical_recall(claim.content, found.unit.text)  # its own words, not the sentence it points to
            wider = [p for p in paired if lexical_recall(claim.content, p.text) >= alone + PAIR_GAIN]
        if wider:
            pair = _best_of(claim, wider, similarity, top)
            if matches(pair) and pair.score >= PAIR_MATCH and pair.score >= found.score:
                return pair
    return found


def _best_of(
    claim: Claim, candidates: list[Unit], similarity: Similarity | None, top: int, enough: float = LEXICAL
) -> Match:
    # Lexical pass over all, semantic pass over the best few (embedding costs ~10 ms a sentence).
    # A sentence that points back is ranked with the sentence it points to ("And this already is a compromise").
    recall = {id(u): lexical_recall(claim.content, _quote_reading(u)) for u in candidates}
    rough = sorted(candidates, key=lambda u: -max(recall[id(u)], u.evidence.similarity or 0.0))
    # A sentence holding the words the claim quotes is always on the list.
    # ... and so are the sentences of long statements that share most of the claim's words (a statement's
    # similarity ranks all of its sentences alike, which may crowd out the one that matches).
    worded = [u for u in rough[top:] if recall[id(u)] >= LEXICAL]
    shortlist = rough[:top] + [u for u in rough[top:] if wd.quotes_in(claim, u.text) or u in worded[:WORDED]]
    lexical = [_score(claim, u, None) for u in shortlist]
    if similarity is not None:
        # Only a sentence that can pass the word test (``matches``) is worth embedding.
        able = [i for i, m in enumerate(lexical) if m.lexical >= enough or m.ratio >= NEAR_VERBATIM]
        if able:
            scores = similarity(claim.content, [shortlist[i].text for i in able])
            # A narrated sentence that points back is also read with the sentence it points to.
            read = {i: reading(shortlist[i]) for i in able if not shortlist[i].start}
            back = [i for i, text in read.items() if text != shortlist[i].text]
            wider = dict(zip(back, similarity(claim.content, [read[i] for i in back]), strict=True))
            # A long sentence holding a plain claim (no words attributed) in one part is also read in that
            # part alone; attributed words are compared with whole statements.
            parts = {i: "" if claim.attributed else _part(shortlist[i].text, lexical[i].window) for i in able}
            long = [i for i in able if parts[i]]
            narrower = dict(zip(long, similarity(claim.content, [parts[i] for i in long]), strict=True))
            for i, sem in zip(able, scores, strict=True):
                lexical[i] = _score(claim, shortlist[i], max(sem, wider.get(i, sem), narrower.get(i, sem)))
    return max(lexical, key=lambda m: m.score)


def matches(match: Match) -> bool:
    return match.score >= MATCH and (match.lexical >= LEXICAL or match.ratio >= NEAR_VERBATIM)


def matches_loosely(match: Match) -> bool:
    """Whether a statement says what the claim says in other words, close in meaning though sharing fewer of its
    words than ``matches`` needs: good enough to find the claim reversed, not to confirm it."""
    return (
        match.semantic is not None
        and match.semantic >= LOOSE_SEMANTIC
        and match.lexical >= LOOSE_LEXICAL
        and match.score >= LOOSE_MATCH
    )
