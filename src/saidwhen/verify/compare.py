"""How a matched statement differs from the claim: ``differences`` classifies the speaker's sentence
that ``matching`` found (verbatim, near-verbatim, paraphrase, negation flipped, altered, truncated,
condition or hedge stripped) and names the words dropped or changed, as spans of the article.
``fidelity.align`` calls it, and decides what to do when no sentence matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from saidwhen.records import Claim, Edit, EditKind, Evidence, Fidelity, MarkerKind
from saidwhen.verify import degree as dg
from saidwhen.verify import text as tx
from saidwhen.verify import wording as wd
from saidwhen.verify.claims import COMPARING, DENIALS, ENDORSEMENTS, is_outlet
from saidwhen.verify.matching import (
    ALTERED_RATIO,
    LEXICAL,
    NEAR_VERBATIM,
    Match,
    by_role,
    claim_part,
    lexical_recall,
    reading,
    said_of_names,
)

_PURPOSE = re.compile(
    r"^\W*(?:(?:in order )?to|so as to)\s+(?:illustrate|show|demonstrate|prove|underline|stress)\b", re.I
)
PURPOSE_GAP = 4  # words that may end the sentence between the quoted words and an illustration's purpose
# "but rather", "but focused instead on" (not "but only if")
_BUT = re.compile(r"\bbut\s+(?:\w+\s+){0,2}?(?:rather|instead)\b|\b(?:whereas|although)\b", re.I)
EXCHANGE = re.compile(r"in exchange for|in return for|swapping|swapped|trading|exchanging", re.I)
SUBSTITUTE = re.compile(
    r"\b(?:instead of|in place of|in lieu of|rather than|in exchange|in return)\b"
    # "assurances would suffice as the price of forgoing NATO membership": what is paid for giving it up
    r"|\bas\s+(?:the|a)\s+price\s+(?:of|for)\b"
    # "dropping NATO membership for security guarantees": one thing given up for another.
    r"|\b(?:drop|abandon|forgo|forego|trad|swap|exchang|giv\w*\s+up|ditch)\w*\s+(?:[\w’'-]+\s+){1,5}?for\s+(?!now\b|good\b|ever\b)",
    re.I,
)
_CONTRAST = re.compile(r"^\W*(?:but|however|although|though|unless|except|only|yet|while)\b", re.I)
_NEGATED_SUBJECT = re.compile(r"\W*(?:neither|no|none\s+of|nobody|nothing|not\s+a\s+single)\b", re.I)
PAIR_CONDITION = 0.34  # share of the claim's words the sentence of a pair holding a condition must have
# "there was no reason to | offer concessions", "no reason to offer | concessions", "there was no | reason to offer":
# the verb after "to" may lead too, and so may the negation alone.
_NEGATED_LEAD = re.compile(
    # (or a refusal: "Moscow, which is refusing | to allow Ukraine's allies to be part of ...")
    r"(?:\b(?i:no|not|never|cannot|refus(?:e|es|ed|ing))|(?i:n['’]t))\s+"
    r"(?:(?:[\w’'-]+\s+){0,2}(?i:to|of|for)(?:\s+[a-z][\w’'-]*)?\s*)?$"
)
_LEAD_LINK = re.compile(r"(?i:to|of|for)\s+")
# A contrast: "A, not B" in a claim, "not B, but (rather) A" in a statement.
_BUT_NOT = re.compile(r",\s*not\b", re.I)
_NOT_BUT = re.compile(r"\bnot\b[^.;]*?,?\s+but\s+(?:rather|instead)?\b", re.I)
_INSTEAD = re.compile(r"^\W*but\s+(?:rather|instead)\b", re.I)
_AND_THAT = re.compile(r"\b(?:and|but)\s+that\b|;", re.I)
JOINT_REACH = 40  # characters into the matched window a joint between two remarks may lie
BUT_SHARE = 0.4  # share of the claim's words a "but ..." clause after the matched words holds to be the claim's
_BUT_THAT = re.compile(r"[,;]?\s*\bbut\s+(?:that\s+)?(?=\w)", re.I)
_CLAUSE_END = re.compile(r",|;|\bthen\b|—|–|\)")
# A relative clause with its own subject: "the Russian narrative | that we should not buy".
_RELATIVE = re.compile(r"[\"'’”]?\s+(?:that|which|whom)\s+(?:we|you|they|he|she|i|it|one)\b", re.I)
_THAT = re.compile(r"\s+that\s+", re.I)
_TELLING = frozenset(["told", "said", "telling", "saying", "tells", "says"])
SETTING_REACH = 80  # characters after the matched words in which "that" may open what was said


def _said_after(text: str, hi: int, reach: int, claim_stems: set[str]) -> tuple[int, int] | None:
    """(start, end) of the "that" opening what was said, when only the words setting it stand between the
    matched words and it (names, small words, the claim's own words, "told": "Kallas | told AFP during a visit
    to Washington | that ..."); None otherwise."""
    m = _THAT.search(text, hi, min(reach, hi + SETTING_REACH))
    if m is None:
        return None
    for word in re.findall(r"[\w’'.-]+", text[hi : m.start()]):
        lowered = word.lower()
        if not (word[0].isupper() or lowered in tx.STOPWORDS or lowered in _TELLING or tx.stem(lowered) in claim_stems):
            return None
    return m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end()
# A list of those the clause before speaks of: ", including ...", ", such as ...", ", among them ...".
_LISTING = re.compile(r"\s*(?:including|such\s+as|among\s+them|notably|namely)\b", re.I)
# The words that make a sentence ask rather than assert ("My question is, why", "How can").
_ASKING = re.compile(
    r"(?:\b(?:my|the)\s+question\s+is,?\s+)?\b(?:why|how|whether|what if|is it|do we|should we|can we|would)\b", re.I
)


def _numbers_changed(content: str, in_claim: list[tuple[float, int, int]], unit: wd.Unit) -> list[Edit]:
    """A "number" edit for each number of the unit in a measure the claim gives whose values share none
    of the claim's ("five hours" for "ten hours", "December 8" for "December 18")."""
    claimed: dict[str, list[tuple[float, int, int]]] = {}
    for v, a, b in in_claim:
        claimed.setdefault(tx.number_measure(content, a, b), []).append((v, a, b))
    stated: dict[str, list[tuple[float, int, int]]] = {}
    for v, a, b in tx.number_mentions(unit.text):
        stated.setdefault(tx.number_measure(unit.text, a, b), []).append((v, a, b))
    changed: list[tuple[int, Edit]] = []
    for measure, mine in claimed.items():
        given = stated.get(measure, [])
        if given and not {v for v, _, _ in mine} & {v for v, _, _ in given}:
            claim_numbers = ", ".join(content[a:b] for _, a, b in mine)
            changed += [
                (a, Edit(EditKind.CHANGED, "number", unit.text[a:b], wd.span_of(unit, a, b), claim_numbers))
                for _, a, b in given
            ]
    return [edit for _, edit in sorted(changed, key=lambda pair: pair[0])]


def _dates_changed(content: str, unit: wd.Unit, dates: re.Pattern[str], key: Callable[[str], str]) -> list[Edit]:
    """A "number" edit (a date is a number) for each date word of ``dates`` the unit gives when it gives none of the
    claim's (compared by ``key``)."""
    mine = {key(m.group(0)): m.group(0) for m in dates.finditer(content)}
    given = list(dates.finditer(unit.text))
    if not mine or not given or set(mine) & {key(m.group(0)) for m in given}:
        return []
    told = ", ".join(sorted(set(mine.values())))
    return [Edit(EditKind.CHANGED, "number", m.group(0), wd.span_of(unit, *m.span()), told) for m in given]


def _weekdays_changed(content: str, unit: wd.Unit) -> list[Edit]:
    """Weekdays of the unit when it names none of the claim's ("on Monday in Brussels" for the claim's "in
    Brussels on Friday")."""
    return _dates_changed(content, unit, tx.WEEKDAY, str.capitalize)


# A month given as a date: "December 8", "8 December", "in December 2025" ("May" only with a day or a year).
_MONTH_DATE = re.compile(
    r"\b(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?|May)(?=\s+\d{1,4}\b)"
    r"|(?<=\b\d\s)(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?<=\b\d\d\s)(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def _months_changed(content: str, unit: wd.Unit) -> list[Edit]:
    """Months the unit dates by when it dates by none of the claim's ("December 8" for the claim's "January 8": the
    same day of another month)."""
    return _dates_changed(content, unit, _MONTH_DATE, lambda month: tx.canon(month.rstrip(".")))


# The medium words went out through: "in an interview with AFP", "told Reuters", "citing The Guardian".
_MEDIUM = re.compile(
    # ... opening a sentence too: "Speaking to Reuters, Kallas ..."
    r"\b(?i:interview\s+(?:with|to|for)|told|telling|tells|spoke\s+to|speaking\s+to|according\s+to|citing|cited"
    r"|quoting|quoted\s+by|reported\s+by|published\s+by|on\s+reporting\s+by|from)\s+(?:the\s+)?"
    r"(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
)


_LISTENER = re.compile(r"interview|told|telling|tells|spoke|speaking", re.I)
# ... named before the occasion: "an AFP interview", "in Reuters interview".
_MEDIUM_BEFORE = re.compile(r"\b(?P<outlet>[A-Z][\w.&-]*)\s+(?i:interview)\b")


def outlets(text: str, told: bool = False) -> dict[str, tuple[int, int]]:
    """The news organisations ``text`` names as the medium of words ("AFP" in "an interview with AFP");
    ``told``: only those the words were told to ("told AFP"), not those that reported or were cited."""
    out: dict[str, tuple[int, int]] = {}
    for m in [*_MEDIUM.finditer(text), *_MEDIUM_BEFORE.finditer(text)]:
        if told and m.re is _MEDIUM and not _LISTENER.match(m.group(0)):
            continue
        name = m.group("outlet").rstrip(".")
        if is_outlet(name):
            out.setdefault(tx.name_key(name), (m.start("outlet"), m.start("outlet") + len(name)))
    return out


def other_outlets(
    claimed: str, text: str, told: bool = False
) -> tuple[str, list[tuple[int, int]]] | None:
    """(the outlets ``claimed`` names, as written; where ``text`` names others) when the two name the medium of the
    words and share none ("in an interview with Reuters" / "in an interview with AFP"); None otherwise. ``told``:
    as in ``outlets``."""
    mine, theirs = outlets(claimed, told), outlets(text, told)
    if not mine or not theirs or set(mine) & set(theirs):
        return None
    return ", ".join(claimed[a:b] for a, b in mine.values()), list(theirs.values())


# "The fall of Ukraine would ...", "A Russian victory would ...", "Ukraine's collapse could ...": the subject names an
# event as a noun, and the modal says what would follow it.
_NOMINAL_SUBJECT = re.compile(
    r"^(?P<head>(?:(?:the|a|an|any)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+of\s+|(?:the|a|an|any)\s+[A-Z][\w-]*\s+"
    r"|[A-Z][\w-]*[’']s\s+)(?:[\w’'-]+\s+){0,3}?)(?:would|could|might|will)\s",
    re.I,
)


def _clause_after(text: str, m: re.Match[str]) -> str:
    """The clause a condition word ``m`` opens in ``text``, up to its end ("if Ukraine goes" -> "Ukraine goes")."""
    end = _CLAUSE_END.search(text, m.end())
    return text[m.end() : end.start() if end else len(text)]


def condition_as_subject(content: str, clause: str) -> bool:
    """Whether a claim carries a condition ``clause`` as its subject, made a noun ("The fall of Ukraine would also
    put other regions in danger" / "And if Ukraine goes, then other regions are also in danger"): the claim's
    subject before its modal names all that the condition names, and the condition names something."""
    subject = _NOMINAL_SUBJECT.match(content)
    if subject is None:
        return False
    named = [*tx.names(clause), *tx.peoples_countries(clause)]
    head = subject.group("head")
    if not named:
        # "if they concede into this" / "any Ukrainian NATO concession would ...": the act the condition names is the
        # subject's noun (a word in two forms).
        return tx.share_a_root(clause, head)
    keys = tx.keys_with_peoples(head)
    return all(tx.name_present(n, keys) for n in named)


def _outlet_changed(content: str, unit: wd.Unit) -> list[Edit]:
    """A "name" edit where the claim gives the words another medium than the unit."""
    other = other_outlets(content, unit.text)
    if other is None:
        return []
    told, spans = other
    return [Edit(EditKind.CHANGED, "name", unit.text[a:b], wd.span_of(unit, a, b), told) for a, b in spans]


_PORTFOLIO = re.compile(
    r"\b(?P<office>foreign|defen[cs]e|finance|interior|economy|economic|justice|health|agriculture|energy|trade"
    r"|environment|education|transport|culture|labou?r)\s+(?:affairs\s+)?ministers?\b",
    re.I,
)


def _portfolio_changed(content: str, unit: wd.Unit) -> list[Edit]:
    """A "name" edit where the claim's ministers hold another office than the unit's ("a meeting of EU defence
    ministers" / "at the level of foreign ministers")."""
    mine = {m.group("office").lower().replace("defense", "defence") for m in _PORTFOLIO.finditer(content)}
    given = list(_PORTFOLIO.finditer(unit.text))
    theirs = {m.group("office").lower().replace("defense", "defence") for m in given}
    if not mine or not theirs or mine & theirs:
        return []
    told = ", ".join(sorted(mine))
    return [Edit(EditKind.CHANGED, "name", m.group(0), wd.span_of(unit, *m.span()), told) for m in given[:1]]


def differences(claim: Claim, match: Match) -> tuple[Fidelity, list[Edit]]:
    unit = match.unit
    claim = by_role(claim, reading(unit))
    lo, hi = match.window
    edits: list[Edit] = []
    claim_kinds = {m.kind for m in claim.markers}

    # Polarity: negations and negative verbs ("decried"), not those inside a condition clause nor in a
    # phrase the statement adds that the claim has nothing of ("..., and a commitment not to join ...");
    # and opposite words ("Moscow has agreed to ..." / "Moscow is refusing to ..."). A negation reverses the
    # meaning once: "has not agreed" and "is refusing" say the same. Opposite words reverse it once
    # together, however many ("stepped back from the path, calling it reversible" against "reaffirmed the
    # path is irreversible" says the contrary twice over, not the same). A word counts once, as an opposite.
    # The predicate may run past the matched words ("the United States and European partners did not
    # support this" for "... refused to back ..."): polarity is read to the end of the clause.
    clause_end = _CLAUSE_END.search(unit.text, hi)
    reach = clause_end.start() if clause_end else len(unit.text)
    # A clause with its own subject right after the matched noun qualifies the noun, not the claim: "the
    # Russian narrative | that we should not buy" quoted as "the Russian narrative".
    claim_stems = set(tx.content_stems(claim.content))
    relative = _RELATIVE.match(unit.text, hi)
    if relative is not None and not set(tx.content_stems(unit.text[relative.end() : reach])) & claim_stems:
        reach = min(reach, relative.start())
    # What was said, after the words that set it ("Kallas told AFP during a visit to Washington | that there was no
    # reason ..."), is not the claim's when the claim has none of its words ("Kallas gave the AFP interview while
    # visiting Washington"): its negations are not the claim's.
    told = _said_after(unit.text, hi, reach, claim_stems)
    if told is not None and not set(tx.content_stems(unit.text[told[1] : reach])) & claim_stems:
        reach = min(reach, told[0])
    at = lo
    # The window reaches a few words back for a negation before the verb; not past the start of another
    # remark ("'paper' assurances are insufficient | and that Europe must be prepared to consider ...").
    joint = [m for m in _AND_THAT.finditer(unit.text, lo, hi) if m.start() - lo <= JOINT_REACH]
    if joint and not set(tx.content_stems(unit.text[lo : joint[-1].start()])) & claim_stems:
        at = joint[-1].end()
    # Most of the claim's words past a "but" after the matched ones ("sought to join NATO,' | but that some
    # representatives of the United States and European partners did not support this aspiration" for "every
    # partner in Washington and Europe had backed Kyiv's drive to join the alliance"): that clause is the claim's.
    turn = _BUT_THAT.search(unit.text, hi) if not unit.pair else None
    if turn is not None:
        turn_end = _CLAUSE_END.search(unit.text, turn.end())
        after_turn = unit.text[turn.end() : turn_end.start() if turn_end else len(unit.text)]
        there = lexical_recall(claim.content, after_turn, claim.entities)
        before = lexical_recall(claim.content, unit.text[lo:hi], claim.entities)
        # As many of its words, and what it says of them (the verb: "backed" / "did not support") only there.
        said_of = said_of_names(claim)
        verb_there = bool(said_of & set(tx.content_stems(after_turn)) - set(tx.content_stems(unit.text[lo:hi])))
        if there >= BUT_SHARE and (there > before or (there == before and verb_there)):
            lo = at = turn.end()
            reach = turn.end() + len(after_turn)
    # Matched words in a list that names who the clause before is about ("Several members were resistant to
    # the idea, including ... Slovakia and Hungary"): that clause's predicate is theirs.
    listed_from = max((m.end() for m in _CLAUSE_END.finditer(unit.text, 0, lo)), default=0)
    if listed_from and _LISTING.match(unit.text, listed_from, hi):
        at = max((m.end() for m in _CLAUSE_END.finditer(unit.text, 0, listed_from - 1)), default=0)
        # ... from the remark it belongs to ("'paper' assurances are insufficient | and that Europe must be prepared
        # to consider more robust measures, including ...").
        at = max((m.end() for m in _AND_THAT.finditer(unit.text, at, listed_from)), default=at)
    # Matched from the "join" of "its bid to join NATO": the bid is read whole (it opposes no "drop").
    at = next((m.start() for m in tx.BID_TO_JOIN.finditer(unit.text) if m.start() < at < m.end()), at)
    if unit.pair:
        at, reach = 0, len(unit.text)  # two remarks stacked: both sentences are what the claim says
    clause_text = unit.text[at:reach]
    opposed = tx.opposed_words(claim.content, clause_text)
    # Opposites inside both conditions ("even if the White House excluded Europeans" / "if the White House
    # does not include European nations") are weighed with the conditions, below, not with the main clause.
    claim_conditions = tx.condition_clauses(claim.content)
    text_conditions = tx.condition_clauses(unit.text)
    in_conditions = [
        (mine, theirs)
        for mine, theirs in opposed
        if _inside(mine, claim.content, claim_conditions) and _inside(theirs, unit.text, text_conditions)
    ]
    opposed = [pair for pair in opposed if pair not in in_conditions]
    # ... nor the time of something else ("comment on the talks after they wrapped up" / "the continuation of the
    # talks")
    opposed = [(m, t) for m, t in opposed if not tx.timed_word(m, claim.content) and not tx.timed_word(t, clause_text)]
    claimed = wd.blank(claim.content, wd.word_ranges(claim.content, [c for c, _ in opposed]))
    if wd.stacks(claim) and not unit.pair and not (_BUT_NOT.search(claim.content) and _NOT_BUT.search(unit.text)):
        # A claim stacking two remarks matched by one sentence: only the remark it matched counts. Not a contrast
        # told both ways ("talking about A, not about B" / "not referring to B, but rather to A"): one remark.
        claimed = claimed[slice(*claim_part(claim.content, unit.text[lo:hi]))]
    # "denied that Russia wants peace": the speaker said it does not (unless the claim gives the judgement
    # itself: "dismissed as 'totally untrue' ...").
    denied = claim.cue in DENIALS and judgement(claim) is None and not REBUTS.search(claim.content)
    # A negative word the statement uses too ("'unimaginable'" / "I mean, it's unimaginable") is the same judgement,
    # wherever the statement puts it: it counts on neither side.
    shared_negative = sorted(
        {m.group(0).lower() for m in tx.NEGATIVE_WORDS.finditer(claimed)}
        & {m.group(0).lower() for m in tx.NEGATIVE_WORDS.finditer(unit.text)}
    )
    claimed = wd.blank(claimed, wd.word_ranges(claimed, shared_negative))
    claim_neg = tx.polarity(claimed) + (1 if denied else 0)
    if claim_neg and _contrast_told(claimed, unit.text):
        claim_neg -= 1
    asides = wd.asides(claim.content, unit.text, lo, hi)
    said_ranges = [(at + a, at + b) for a, b in wd.word_ranges(clause_text, [w for _, w in opposed])]
    said_ranges += [(at + a, at + b) for a, b in _rejection_for_giving_up(claimed, clause_text)]
    said_ranges += wd.word_ranges(unit.text, shared_negative)
    quoted = _quoted_ranges(unit.text)
    if quoted and not any(a < hi and lo < b for a, b in quoted):
        # The claim matched the narration around a quotation ("..., he said in answer to questions from reporters in
        # a WhatsApp chat on Sunday"): what the quotation says is not what the claim says.
        said_ranges += quoted
    if unit.pair:
        # Two sentences read together: a negation counts in a sentence that holds some of the claim's words ("They
        # cannot be papers or promises. | They have to be real troops" for "guarantees must mean real troops").
        said_ranges += [
            (a, b) for a, b in wd.sentence_bounds(unit.text) if not claim_stems & set(tx.content_stems(unit.text[a:b]))
        ]
    window_neg = tx.polarity(wd.blank(unit.text, [*asides, *said_ranges]), at, reach)
    if _asked(claim, unit) and not tx.RHETORICAL_WHY.search(claim.content):
        # A question quoted as an assertion ("why we should give Russia what they want?" as "we should give ..."):
        # its "why" is the question dropped (below), not a denial.
        window_neg -= len(tx.RHETORICAL_WHY.findall(unit.text[at:reach]))
    # A negated subject before the matched words ("Neither NATO nor EU leaders have issued ...") negates them.
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(unit.text, 0, at)), default=0)
    window_neg += 1 if _NEGATED_SUBJECT.match(unit.text, clause_start, at) else 0
    # A negation just before the matched words, in their clause, governs them ("there was no reason to |
    # offer concessions ...").
    # ... the matched words opening on the "to" it ends with ("no reason | to offer concessions to Russia").
    link = _LEAD_LINK.match(unit.text, at)
    lead_end = link.end() if link is not None else at
    negated_lead = _NEGATED_LEAD.search(unit.text, clause_start, lead_end) if not unit.pair else None
    window_neg += 1 if negated_lead is not None else 0
    # Words reported after a verb that rejects them ("Trump has repeatedly ruled out | NATO membership for
    # Ukraine"): the statement is their rejection.
    rejecting = _rejected_by_cue(unit.evidence, unit.text[:lo]) if unit.start == 0 and lo < 40 else None
    window_neg += 1 if rejecting else 0
    # Two remarks in one claim, each the contrary of its own part of the statement, cancel out in the count
    # ("Paper promises are enough, no troops needed" against "'paper' assurances are insufficient and ... deploying
    # peacekeepers"): read clause by clause.
    # "no chance" / "zero chance" for a slim one: said more strongly, not the contrary.
    chance = dg.chance_denied(claim.content, clause_text)
    if chance is not None:
        a, b = at + chance.span[0], at + chance.span[1]
        edits.append(Edit(EditKind.CHANGED, "degree", chance.said, wd.span_of(unit, a, b), chance.claimed))
        return Fidelity.ALTERED, edits
    odd = (claim_neg + window_neg + min(1, len(opposed))) % 2
    clause_flips = [] if odd else _every_clause_flipped(claim.content, unit.text)
    if clause_flips:
        for (a, b), mine in clause_flips:
            edits.append(Edit(EditKind.CHANGED, "negation", unit.text[a:b], wd.span_of(unit, a, b), mine))
        return Fidelity.NEGATION_FLIPPED, edits
    if odd:
        if opposed:
            for claimed, said in opposed:
                found = re.search(rf"\b{re.escape(said)}\b", clause_text, re.I)
                span = wd.span_of(unit, at + found.start(), at + found.end()) if found else None
                edits.append(Edit(EditKind.CHANGED, "meaning", said, span, claimed))
            return Fidelity.NEGATION_FLIPPED, edits
        if rejecting:
            edits.append(Edit(EditKind.CHANGED, "negation", rejecting))
        if negated_lead is not None:
            a, b = negated_lead.start(), negated_lead.start() + len(negated_lead.group(0).split()[0])
            edits.append(Edit(EditKind.CHANGED, "negation", unit.text[a:b], wd.span_of(unit, a, b)))
        inside = [(a - at, b - at) for a, b in (*tx.condition_clauses(unit.text), *asides)]
        for m in (*tx.NEGATION.finditer(clause_text), *tx.NEGATIVE_WORDS.finditer(clause_text)):
            if any(a <= m.start() < b for a, b in inside):
                continue
            edits.append(Edit(EditKind.CHANGED, "negation", m.group(0), wd.span_of(unit, at + m.start(), at + m.end())))
        if not edits:
            edits.append(Edit(EditKind.ADDED, "negation", claim_text=claim.content))
        return Fidelity.NEGATION_FLIPPED, edits

    # The same condition, negated: "in exchange for non-binding political assurances" against "if ... provide
    # binding security guarantees".
    flipped_condition = condition_flipped(claim.content, unit.text, claim_conditions, text_conditions, in_conditions)
    if flipped_condition is not None:
        (a, b), (ca, cb) = flipped_condition
        span = wd.span_of(unit, a, b)
        edits.append(Edit(EditKind.CHANGED, "condition", unit.text[a:b], span, claim.content[ca:cb]))
        return Fidelity.NEGATION_FLIPPED, edits

    # Quoted words cut right after a negation: "not only on paper" quoted as "only on paper".
    cut = wd.negation_cut(claim, unit)
    if cut:
        return Fidelity.NEGATION_FLIPPED, cut

    # The same words with a name or a quantity swapped: "the EU's umbrella" for "NATO's umbrella",
    # "all partners" for "some representatives".
    swapped = wd.swapped(claim.content, unit, match.window) if match.ratio >= ALTERED_RATIO else []
    swapped = swapped or wd.generalised(claim.content, unit, match.window) or wd.list_swapped(claim.content, unit)
    swapped = swapped or wd.relocated(claim, unit)
    swapped = swapped or wd.renamed(claim, unit) or wd.substituted(claim.content, unit)
    swapped = swapped or wd.complement_changed(claim.content, unit) or wd.retitled(claim.content, unit)
    swapped = swapped or wd.decider_changed(claim.content, unit)
    if swapped:
        edits.extend(swapped)
        return Fidelity.ALTERED, edits

    # Quoted words with words of the original left out of their middle, the gap not marked ("…"):
    # "Ukraine's conditions – or perhaps more accurately, our ambition – was" quoted as "... conditions was".
    gaps = wd.gaps(claim, unit)
    if gaps:
        return Fidelity.TRUNCATED, gaps
    # A word the speaker took back, kept: "conditions – or perhaps more accurately, our ambition".
    taken_back = wd.corrected(claim.content, unit)
    if taken_back:
        return Fidelity.TRUNCATED, taken_back


    # An open choice stated as a decision: "it is up to Ukrainians to decide what they are willing to
    # give up" reported as "Ukrainians are willing to give up ...".
    choice = wd.OPEN_CHOICE.search(unit.text, max(0, lo - 60), hi)
    if choice is None:
        # A case to imagine frames all the words after it in its sentence, however far ("Consider here in America
        # that after 9/11 you would have sat down with Osama bin Laden and said, 'OK, what else do you want?'").
        far = wd.OPEN_CHOICE.search(unit.text, 0, hi)
        choice = far if far is not None and wd.IMAGINED.match(far.group(0)) else None
    # A claim that itself reports a comparison ("likened ... to sitting down with bin Laden") keeps the case
    # put to imagine for what it was.
    imagined = choice is not None and wd.IMAGINED.match(choice.group(0)) is not None
    if imagined and (claim.cue or "").lower() in COMPARING:
        choice = None
    if imagined and shared_negative:
        # ... and so does a claim that gives the speaker's verdict on the case ("it would have been 'unimaginable' to
        # sit down with ...").
        choice = None
    # The claim keeps the frame when it has one of the same kind: a case to imagine is not kept by "asked
    # what else he wants" (the case's own words).
    kept = [m for m in wd.OPEN_CHOICE.finditer(claim.content) if not imagined or wd.IMAGINED.match(m.group(0))]
    if choice is not None and not kept and choice.end() <= hi:
        span = wd.span_of(unit, choice.start(), choice.end())
        return Fidelity.TRUNCATED, [Edit(EditKind.DROPPED, "frame", choice.group(0), span)]

    # Quoted words cut before what they were about, finished in other words ("did not support' Ukraine"
    # for "did not support this direction").
    recompleted = wd.recompleted(claim, unit)
    if recompleted:
        return Fidelity.TRUNCATED, recompleted
    # What the verb was about, put in other terms: "did not support this direction" (the NATO bid) told as
    # "did not support Ukraine".
    widened = _object_widened(claim.content, unit.text)
    if widened is not None:
        a, b, named = widened
        return Fidelity.TRUNCATED, [Edit(EditKind.CHANGED, "object", unit.text[a:b], wd.span_of(unit, a, b), named)]

    # Numbers, in digits or words ("just two hours" / "over five hours"), noted whatever else is found
    # (a qualified sentence with other numbers does not state the claim either).
    in_claim = tx.number_mentions(claim.content)
    if in_claim:
        edits.extend(_numbers_changed(claim.content, in_claim, unit))
    edits.extend(_weekdays_changed(claim.content, unit))
    edits.extend(_months_changed(claim.content, unit))
    portfolio = _portfolio_changed(claim.content, unit) or _outlet_changed(claim.content, unit)
    if portfolio:
        return Fidelity.ALTERED, [*edits, *portfolio]

    # A condition on another clause, past a "but rather" after the claimed words ("was not referring to
    # abandoning ..., but rather to interim arrangements ... in the event of a frozen conflict"), is not on them.
    conditions = [m for m in tx.CONDITION.finditer(unit.text) if not _BUT.search(unit.text, hi, max(hi, m.start()))]
    if _BUT_NOT.search(claim.content) and _NOT_BUT.search(unit.text):
        # The contrast told both ways ("about A, not about B" / "not ... B, but rather to A to protect the country
        # pending accession or in the event of ..."): what qualifies A past the claimed words is A's, not a condition.
        conditions = [m for m in conditions if m.start() < hi]
    if conditions and (_same_contrast(claim.content, unit.text) or _contrast_told(claim.content, unit.text)):
        # The claim tells what kind of thing the speaker asks for, in the contrast the statement draws ("guarantees
        # that are not only on paper" / "if they concede ..., then ... guarantees, not only on paper, but really
        # tangible"): the condition is on whether the thing is needed, not on what it must be like.
        conditions = []
    if unit.pair:
        # Two sentences read together: a condition qualifies its own sentence, which must hold a share of the
        # claim's words ("NATO is enshrined in their constitution. So if they concede into this, then ...").
        bounds = wd.sentence_bounds(unit.text)

        def bears(m: re.Match[str]) -> bool:
            a, b = next((a, b) for a, b in bounds if a <= m.start() < b or b == len(unit.text))
            return len(claim_stems & set(tx.content_stems(unit.text[a:b]))) >= PAIR_CONDITION * len(claim_stems)

        conditions = [m for m in conditions if bears(m)]
    if conditions and all(EXCHANGE.fullmatch(m.group(0)) for m in conditions) and SUBSTITUTE.search(claim.content):
        # "accepting guarantees instead of NATO membership" keeps "the offer to drop NATO membership in
        # return for security guarantees": one thing for another, in other words.
        conditions = []
    conditions = [m for m in conditions if not condition_as_subject(claim.content, _clause_after(unit.text, m))]
    if conditions and MarkerKind.CONDITION not in claim_kinds:
        for m in conditions:
            clause_end = _CLAUSE_END.search(unit.text, m.end())
            end = clause_end.start() if clause_end else len(unit.text)
            edits.append(
                Edit(EditKind.DROPPED, "condition", unit.text[m.start() : end], wd.span_of(unit, m.start(), end))
            )
        return Fidelity.CONDITION_STRIPPED, edits
    advised = _advice_from_condition(claim.content, unit.text)
    if advised is not None:
        a, b = advised
        span = wd.span_of(unit, a, b)
        return Fidelity.CONDITION_STRIPPED, [Edit(EditKind.DROPPED, "condition", unit.text[a:b], span)]
    # What someone is doing, told as what they should do: "they are agreeing to everything to have peace" (the
    # speaker relating Ukraine's stand) reported as "Ukraine should agree to everything".
    urged = _ADVICE.search(claim.content) if claim.attributed else None
    act = set(tx.content_stems(urged.group("act"))) if urged is not None else set()
    # (the verb urged is the one described as done: "should agree" / "are agreeing"; not "must decide what to give up"
    # / "it is up to Ukrainians to decide what they are willing to give up")
    verb = set(tx.content_stems(urged.group("act").split()[0])) if urged is not None else set()
    doing = next(
        (m for m in _DOING.finditer(unit.text, at, reach)
         if act & set(tx.content_stems(m.group(0))) and verb & set(tx.content_stems(m["verb"]))),
        None,
    )  # fmt: skip
    if urged is not None and doing is not None and not _DEONTIC.search(unit.text, max(0, at - 60), reach):
        described, advice = _without_tail(doing.group(0)), _without_tail(urged.group(0))
        span = wd.span_of(unit, doing.start(), doing.start() + len(described))
        return Fidelity.OUT_OF_CONTEXT, [Edit(EditKind.CHANGED, "mood", described, span, advice)]

    # A qualifier right after the matched words that the claim leaves out: "no reason to offer concessions to
    # Russia | before formal peace negotiations even begin" told as "no reason to offer concessions to Russia".
    qualifier = _QUALIFIER.match(unit.text, hi) if claim.attributed else None
    if qualifier is not None and not _QUALIFIER_WORD.search(claim.content):
        limits = set(tx.content_stems(qualifier.group("q")))
        if len(limits & claim_stems) * 2 < len(limits):
            a, b = qualifier.span("q")
            return Fidelity.TRUNCATED, [Edit(EditKind.DROPPED, "qualifier", unit.text[a:b], wd.span_of(unit, a, b))]

    # Who a concession is asked of, left out: "concessions are needed | from Russia" told as "concessions are
    # needed to have a sustainable peace" (the claim leaves who must concede open).
    agent = next(
        (m for m in _FROM_WHOM.finditer(unit.text, lo) if set(tx.content_stems(m.group("word"))) & claim_stems),
        None,
    ) if claim.attributed else None  # fmt: skip
    if agent is not None and not tx.name_present(agent.group("who"), tx.keys(claim.content)):
        a, b = agent.span("q")
        return Fidelity.TRUNCATED, [Edit(EditKind.DROPPED, "qualifier", unit.text[a:b], wd.span_of(unit, a, b))]

    hedges = [m for m in tx.HEDGE.finditer(unit.text) if lo - 40 <= m.start() <= hi]
    if hedges and MarkerKind.HEDGE not in claim_kinds and MarkerKind.CONDITION not in claim_kinds:
        for m in hedges:
            edits.append(Edit(EditKind.DROPPED, "hedge", m.group(0), wd.span_of(unit, m.start(), m.end())))
        return Fidelity.HEDGE_STRIPPED, edits

    # A question turned into an assertion: "why we should give Russia what they want ...?" quoted as
    # "we should give Russia what they want".
    # ("asked why ..." reports the question as one.)
    if _asked(claim, unit) and match.lexical >= LEXICAL:
        frame = _ASKING.search(unit.text[:hi])
        if frame is not None:
            start, end = frame.start(), frame.end()
            edits.append(Edit(EditKind.DROPPED, "question", unit.text[start:end], wd.span_of(unit, start, end)))
        else:
            edits.append(Edit(EditKind.DROPPED, "question", "?", wd.span_of(unit, len(unit.text) - 1, len(unit.text))))
        return Fidelity.TRUNCATED, edits

    rest = unit.text[hi:]
    # What follows the matched words, in this sentence or (if it ends there) the next ones.
    offset, tail = (hi, rest) if rest.strip(' .,;"”’') else (len(unit.text), unit.following)
    lead = len(tail) - len(tail.lstrip(' ,;—–-"”’'))
    body = tail[lead:].rstrip()
    # "not A, but rather B" cut after "not A": B says what was meant instead, and "not A" still holds.
    correction = _INSTEAD.match(body) is not None and tx.negation_count(unit.text[lo:hi]) > 0
    if match.ratio >= NEAR_VERBATIM and _CONTRAST.match(body) and not correction and not _about_others(claim, body):
        start = offset + lead
        edits.append(Edit(EditKind.DROPPED, "words", body, wd.span_of(unit, start, start + len(body))))
        return Fidelity.TRUNCATED, edits
    if _PURPOSE.match(unit.following.lstrip(' ,;—–-"”’')) and len(tx.words(rest)) <= PURPOSE_GAP:
        # "... agreeing to everything to have peace. To illustrate ...": a few words end the sentence,
        # then the next says what it illustrated.
        offset, tail = len(unit.text), unit.following
        lead = len(tail) - len(tail.lstrip(' ,;—–-"”’'))
        body = tail[lead:].rstrip()
    if (match.ratio >= NEAR_VERBATIM or wd.quotes_in(claim, unit.text)) and _PURPOSE.match(body):
        # "they are agreeing to everything to have peace. To illustrate that Russia does not want this
        # peace": the words were an illustration of something else, which the claim leaves out.
        start = offset + lead
        edits.append(Edit(EditKind.DROPPED, "purpose", body, wd.span_of(unit, start, start + len(body))))
        return Fidelity.TRUNCATED, edits

    swapped = wd.swapped_in_quote(claim, unit) or wd.quote_run_on(claim, unit)
    if swapped:
        return Fidelity.ALTERED, [*edits, *swapped]

    # Said more firmly or of one alone: "we can achieve" told as "will achieve"; "concessions are needed from
    # Russia" told as "only Russia should make concessions".
    firmer = dg.firmer(claim.content, unit.text[at:reach])
    if firmer is not None:
        a, b = (at + firmer.span[0], at + firmer.span[1]) if firmer.said else (lo, hi)
        edits.append(Edit(EditKind.CHANGED, "degree", firmer.said or unit.text[lo:hi], wd.span_of(unit, a, b),
                          firmer.claimed))  # fmt: skip
        return Fidelity.ALTERED, edits
    # ... or a milder judgement told more strongly ("several members were resistant" told as "blocked"; the scales are
    # ``degree.SCALES``).
    stronger = dg.overstated(claim.content, unit.text[at:reach])
    if stronger is not None:
        a, b = at + stronger.span[0], at + stronger.span[1]
        edits.append(Edit(EditKind.CHANGED, "degree", stronger.said, wd.span_of(unit, a, b), stronger.claimed))
        return Fidelity.ALTERED, edits

    if wd.verbatim(claim, unit.text):
        return Fidelity.VERBATIM, edits
    if match.ratio >= NEAR_VERBATIM:
        return Fidelity.NEAR_VERBATIM, edits
    return Fidelity.PARAPHRASE, edits


# A short statement that rejects what was just reported: "these claims [are] totally untrue", "That is
# the Russian narrative".
REBUTS = re.compile(
    r"\b(?:untrue|not true|false|lies?|nonsense|baseless|groundless|unfounded|propaganda|narrative|myth|disinformation"
    r"|fake)\b",
    re.I,
)


# "the claim that <proposition> is 'partly true'", "described the idea that <proposition> as a myth": a
# claim that reports the speaker's judgement of a proposition.
_ASSESSED = re.compile(
    r"\b(?:(?:claims?|allegations?|accusations?|idea|notion|suggestion|argument|assertion|story|narrative|theory)"
    r"\s+that"
    r"|^(?:claims|allegations|accusations))\s+(?P<prop>.{10,200}?),?"  # "claims Ukraine's ... provoked it were ..."
    r"\s+(?:(?:is|was|are|were|as|to\s+be)\s+(?P<judgement>[^.;]{2,40})"
    # "had some truth to it", "held a grain of truth", "has no truth in it"
    r"|(?:had|has|have|held|holds|contained|contains|carried|carries)\s+(?P<truth>(?:some|no|little|any|an?\s+\w+\s+of)"
    r"\s+(?:truth|merit)\b[^.;]{0,20})"
    # "called the claim that P totally untrue": the judgement right after the proposition, no verb between.
    # Quoted or not, and perhaps with more words of the speaker after it ("'totally untrue', 'the Russian
    # narrative that we should not buy'").
    r"|[\"'‘“]?(?P<called>(?:(?:totally|completely|utterly|simply|absolutely|entirely|wholly|plainly)\s+)?"
    r"(?:untrue|false|baseless|nonsense|groundless|unfounded|a\s+lie|lies|a\s+myth|(?:partly\s+)?true|correct))"
    r"[.!]?[\"'’”]?(?:\s*(?:,|;|and)\s*[^.;]{3,120})?\s*[.!]?\s*$)",
    re.I,
)
_FRAMED = re.compile(
    r"^\W*(?:the\s+|[\w’'.-]+['’]s\s+)?(?:\w+\s+)?(?:claims?|allegations?|accusations?|idea|notion|suggestion"
    r"|argument|assertion|narrative|view|contention|line|talking\s+points?)\s+that\s+(?P<prop>.{10,})$",
    re.I,
)
_URGED = re.compile(
    r"^\W*(?:[\w’'.-]+\s+){0,3}?(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?:not\s+)?"
    r"(?:accept|buy(?:\s+into)?|believe|embrace|endorse|adopt|take\s+up|acknowledge|recogni[sz]e)\s+",
    re.I,
)
_HOLDS = re.compile(r"\b(?:true|truth|merit|correct|accurate|right|justified|fair|valid|legitimate)\b", re.I)


_REJECTING_CUE = re.compile(
    r"\b(?:ruled?|rules|ruling)\s+out\s*$|\b(?:rejected|rejects|denied|denies|dismissed|dismisses|opposed|opposes"
    r"|refused|refuses)\s*$",
    re.I,
)


def _rejected_by_cue(evidence: Evidence, lead: str) -> str | None:
    """The verb that rejects an indirect statement's words right before them ("ruled out"): at the end of
    ``lead`` (the statement's words before the matched ones, its cue when the statement holds it) or
    before the statement in its sentence; None when there is none."""
    if evidence.direct:
        return None
    found = _REJECTING_CUE.search(lead) if lead.strip() else None
    if found is None and not lead.strip() and evidence.context:
        at = evidence.context.find(evidence.text)
        found = _REJECTING_CUE.search(evidence.context[max(0, at - 40) : at]) if at > 0 else None
    return found.group(0).strip() if found is not None else None


# A claim ending in a verb and a name: "... did not support Ukraine".
_VERB_NAME_END = re.compile(r"\b(?P<verb>[a-z]+)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\W*$")
# What a statement's verb may be about, by reference to what was said before: "this direction".
_REFERRED_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<obj>(?:this|that|the|such\s+an?)\s+(?:direction|aspiration|idea|proposal|plan|move|bid"
    r"|path|effort|goal|ambition|course|step|offer))\b",
    re.I,
)


def _object_widened(claim_text: str, text: str) -> tuple[int, int, str] | None:
    """(start, end, the claim's name) when the claim's closing verb takes a name ("did not support
    Ukraine") where the statement's same verb takes a thing said before ("did not support this
    direction"); None otherwise."""
    end = _VERB_NAME_END.search(tx.phrasal(claim_text))
    if end is None:
        return None
    verb = tx.stem(end.group("verb"))
    for m in _REFERRED_OBJECT.finditer(text):
        if tx.stem(m.group("verb")) == verb and not tx.name_present(end.group("name"), tx.keys(m.group("obj"))):
            return m.start("obj"), m.end("obj"), end.group("name")
    return None


_FROM_WHOM = re.compile(
    r"\b(?P<word>needed|required|demanded|expected|concessions?|compromises?|sacrifices?)[\"'”’]?\s+(?P<q>(?:from|by)\s+(?P<who>(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*))"
)
# A clause that limits what comes before it in time or case.
_QUALIFIER = re.compile(
    r"[\"'”’]?\s*[,—–]?\s*(?P<q>(?:before|until|unless|(?:as|so)\s+long\s+as|without|except)\b[^,;.:\"“”]{3,120}"
    # "a just and lasting peace — on Ukraine's terms"
    r"|on\s+(?:[\w’'-]+['’]s?|our|their|its|his|her|your)\s+(?:own\s+)?terms\b)",
    re.I,
)
_QUALIFIER_WORD = re.compile(
    r"\b(?:before|until|unless|as\s+long\s+as|so\s+long\s+as|without|except|if|once|terms)\b", re.I
)
# A course described as under way ("they are agreeing to everything"), and words that urge one.
_DOING = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ing)\b(?:\s+[\w’'-]+){0,3}", re.I)
_DEONTIC = re.compile(
    r"\b(?:should|must|ought|need(?:s|ed)?\s+to|ha(?:ve|s|d)\s+to|require[sd]?|necessary|urg\w*|call(?:s|ed)?\s+(?:for|on))\b",
    re.I,
)
# Advice in a claim: "Ukraine should give up NATO membership ...".
_ADVICE = re.compile(r"\b(?:should|must|ought\s+to)\s+(?:not\s+)?(?P<act>(?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.I)


def _advice_from_condition(claim_text: str, text: str) -> tuple[int, int] | None:
    """The condition clause of ``text`` when the claim advises a course ("Ukraine should give up NATO
    membership") that the statement speaks of only as a condition ("if this is not in question (Ukraine's
    accession to NATO)", "if they concede into this"): the claim makes advice of a case put."""
    advice = _ADVICE.search(claim_text)
    if advice is None:
        return None
    act = set(tx.content_stems(advice.group("act")))
    clauses = tx.condition_clauses(text)
    if not act or not clauses:
        return None
    inside = set().union(*(tx.content_stems(text[a:b]) for a, b in clauses))
    outside = set(tx.content_stems(wd.blank(text, clauses)))
    if act & inside and not act & outside:
        return next((a, b) for a, b in clauses if act & set(tx.content_stems(text[a:b])))
    return None


_CLAUSE_SPLIT = re.compile(r"\s*(?:[,;:—–]|\band\s+that\b|\bbut\b)\s*", re.I)
CLAUSE_WORDS = 2  # content words a clause of a claim needs to be read on its own


def _clauses(text: str) -> list[tuple[int, int]]:
    """Character ranges of the clauses of ``text`` (split at commas, semicolons, dashes, "and that", "but")."""
    out, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


def _every_clause_flipped(claim_text: str, text: str) -> list[tuple[tuple[int, int], str]]:
    """For a claim of two or more clauses: the ranges of ``text`` each clause of the claim reads against (the one
    sharing most of its words), when every one of them says the contrary of its claim clause; [] otherwise."""
    mine = [claim_text[a:b] for a, b in _clauses(claim_text)]
    mine = [c for c in mine if len(tx.content_stems(c)) >= CLAUSE_WORDS or tx.polarity(c)]
    if len(mine) < 2:
        return []
    theirs = _clauses(text)
    flipped = []
    for clause in mine:
        words = set(tx.content_stems(clause))
        shared = [(len(words & set(tx.content_stems(text[a:b]))), (a, b)) for a, b in theirs]
        best, (a, b) = max(shared, key=lambda x: x[0])
        opposed = tx.opposed_words(clause, text[a:b])
        part = wd.blank(text[a:b], wd.word_ranges(text[a:b], [w for _, w in opposed]))  # each counted once
        if not best or (tx.polarity(clause) + tx.polarity(part) + min(1, len(opposed))) % 2 == 0:
            return []
        flipped.append(((a, b), clause))
    return flipped if len({r for r, _ in flipped}) == len(flipped) else []


def _without_tail(words: str) -> str:
    """``words`` without the function words they end with ("are agreeing to everything to" -> "... everything")."""
    kept = words.split()
    while len(kept) > 1 and kept[-1].lower() in tx.STOPWORDS:
        kept.pop()
    return " ".join(kept)


def _inside(word: str, text: str, ranges: list[tuple[int, int]]) -> bool:
    found = re.search(rf"\b{re.escape(word)}\b", text, re.I)
    return found is not None and any(a <= found.start() < b for a, b in ranges)


_PREFIXED = re.compile(rf"\b(?:{'|'.join(tx.NEGATIVE_PREFIXES)})-?(?P<word>[a-z]{{4,}})", re.I)


def _bare(stem: str) -> str:
    """A stem without the final "e" the stemmer leaves on the bare verb ("include" / "includes" -> "includ")."""
    return stem[:-1] if len(stem) > 4 and stem.endswith("e") else stem


def _negative(text: str, bound: set[str]) -> int:
    """Negations in a condition clause that bear on ``bound`` words (stems): a negation whose next word of
    content is one ("does not include European nations"), a negative prefix on one ("non-binding"), and
    "unless" (if not)."""
    count = len(re.findall(r"\bunless\b", text, re.I))
    for m in tx.NEGATION.finditer(text):
        after = [_bare(tx.canon(w)) for w in tx.words(text[m.end() :]) if w not in tx.STOPWORDS]
        count += bool(after) and after[0] in bound
    for m in _PREFIXED.finditer(text):
        count += _bare(tx.canon(m.group("word"))) in bound and _bare(tx.canon(m.group(0))) not in bound
    return count


CONDITION_SHARED = 2  # content words a claim's condition shares with the statement's to be the same condition


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """The ranges of ``text`` inside double quotation marks, the first from the start when ``text`` opens inside a
    quotation (its first mark closes one)."""
    marks = [(m.start(), m.group(0)) for m in re.finditer(r"[“”\"]", text)]
    out: list[tuple[int, int]] = []
    if marks and marks[0][1] == "”":
        out.append((0, marks[0][0]))
        marks = marks[1:]
    for (a, _), (b, _) in zip(marks[::2], marks[1::2], strict=False):
        out.append((a, b + 1))
    return out


CONTRAST_REACH = 4  # the most words after "not only" that name what both contrasts set aside


def _set_aside(text: str, marker: re.Pattern[str] = tx.NOT_ONLY) -> set[str]:
    """Stems of the few words ``text`` sets aside after ``marker`` ("not only on paper" -> {"paper"})."""
    after = (" ".join(text[m.end() :].split()[:CONTRAST_REACH]) for m in marker.finditer(text))
    return {stem for words in after for stem in tx.content_stems(words)}


def _same_contrast(claim_text: str, text: str) -> bool:
    """Whether the claim and the text both set the same thing aside with "not only" / "not just" ("not just promises
    on paper" / "not only on paper")."""
    return bool(_set_aside(claim_text) & _set_aside(text))


_COMMA_NOT = re.compile(r",[\"”’']?\s*not\b(?!\s+(?:only|just|merely|simply)\b)", re.I)


def _contrast_told(claim_text: str, text: str) -> bool:
    """Whether the claim's ", not B" sets aside what the text sets aside with "not only B, but ..." ("counted in troops
    on the ground, not promises on paper" / "not only on paper, but really tangible"): the same contrast, no denial."""
    return bool(_set_aside(claim_text, _COMMA_NOT) & _set_aside(text))


def condition_flipped(
    claim_text: str,
    text: str,
    claim_conditions: list[tuple[int, int]],
    text_conditions: list[tuple[int, int]],
    opposed: list[tuple[str, str]],
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The statement's condition that is the claim's condition negated (their ranges); None if none is.
    Only negations bearing on the words both conditions share, or on opposites, count."""
    for ca, cb in claim_conditions:
        mine = claim_text[ca:cb]
        for ta, tb in text_conditions:
            theirs = text[ta:tb]
            shared = {_bare(w) for w in tx.content_stems(mine)} & {_bare(w) for w in tx.content_stems(theirs)}
            if len(shared) < CONDITION_SHARED:
                continue
            pairs = [(c, t) for c, t in opposed if c.lower() in mine.lower() and t.lower() in theirs.lower()]
            bound = shared | {_bare(tx.canon(w)) for pair in pairs for w in pair}
            if (_negative(mine, bound) + _negative(theirs, bound) + len(pairs)) % 2:
                return (ta, tb), (ca, cb)
    return None


_REJECTION = re.compile(r"\breject(?:ion|ions|s|ed|ing)?\b", re.I)


def _rejection_for_giving_up(claimed: str, clause: str) -> list[tuple[int, int]]:
    """The "rejection" words of ``clause`` that say what the claim's "abandoning" says ("did not signal a rejection
    of Ukraine's NATO path" / "was not referring to abandoning Ukraine's NATO aspirations"): not a negation there."""
    gives_up = any(tx.canon(w) == "abandon" for w in tx.words(tx.phrasal(claimed)))
    if not gives_up or _REJECTION.search(claimed) or any(tx.canon(w) == "abandon" for w in tx.words(clause)):
        return []
    return [m.span() for m in _REJECTION.finditer(clause)]


def _asked(claim: Claim, unit: wd.Unit) -> bool:
    """The statement is a question the claim reports as an assertion ("asked why ..." reports it as one)."""
    asked = unit.text.rstrip(" \"”’'").endswith("?") and not claim.content.rstrip(" \"”’'").endswith("?")
    return asked and (claim.cue or "").lower() not in {"asked", "asks"}


def judgement(claim: Claim) -> tuple[str, bool] | None:
    """(the proposition, whether the claim says the speaker judged it true) for a claim reporting a
    judgement ("... the claim that P is 'partly true'"); None for any other claim."""
    m = _ASSESSED.search(claim.content)
    if m is None:
        # "rejected the claim that P", "endorsed Moscow's argument that P": the verb is the judgement.
        framed = _FRAMED.match(claim.content)
        if framed is not None and claim.cue in DENIALS | ENDORSEMENTS:
            return framed.group("prop"), claim.cue in ENDORSEMENTS
        # "said the West should accept Russia's argument that P": urging others to take P up is holding P.
        urged = _URGED.match(claim.content)
        if urged is not None and claim.attributed:
            framed = _FRAMED.match(claim.content[urged.end() :])
            if framed is not None:
                return framed.group("prop"), not tx.polarity(urged.group(0)) % 2
        return None
    judgement = m.group("judgement") or m.group("called") or m.group("truth")
    if REBUTS.search(judgement) or tx.polarity(judgement) % 2:
        return m.group("prop"), False
    if _HOLDS.search(judgement):
        return m.group("prop"), True
    return None


def _about_others(claim: Claim, clause: str) -> bool:
    """Whether a "but ..." clause after the claimed words speaks of others the claim does not name
    ("..., but that some representatives of the United States did not support this"): a further
    fact, not a qualification of what was claimed."""
    named = tx.names(clause)
    claim_keys = tx.keys(claim.text)
    return bool(named) and not any(tx.name_present(n, claim_keys) for n in named)


AGREEING = frozenset([Fidelity.VERBATIM, Fidelity.NEAR_VERBATIM, Fidelity.PARAPHRASE])  # the claim says what was said
