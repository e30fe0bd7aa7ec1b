"""Quote fidelity: align an attributed claim with what the speaker is on record as saying.

``align`` takes the speaker's statement sentence that best matches the claim's content
(``matching``) and classifies it (``compare.differences``): verbatim, near-verbatim, paraphrase,
truncated, condition or hedge stripped, negation flipped, altered, said at another time (outdated).
When none matches, it says what else the record holds of the words: said by someone else
(misattributed), rejected by the speaker, said only under a condition on the topic, the claim's
measure or place given otherwise, a milder judgement, the speaker's words about something else (out
of context), or not found. The result names what the claim dropped or changed, as spans of the
evidence article, so that a reader can see the difference.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from saidwhen.records import (
    Alignment,
    Claim,
    DateMention,
    Edit,
    EditKind,
    Evidence,
    Fidelity,
    Granularity,
    Modality,
    Span,
)
from saidwhen.verify import degree as dg
from saidwhen.verify import text as tx
from saidwhen.verify import wording as wd
from saidwhen.verify.claims import conjuncts, consequent, inferred, month_day, yearless_month
from saidwhen.verify.compare import (
    AGREEING,
    EXCHANGE,
    REBUTS,
    SUBSTITUTE,
    condition_as_subject,
    condition_flipped,
    differences,
    judgement,
)
from saidwhen.verify.matching import (
    ALTERED_RATIO,
    ANCHORS_NEEDED,
    DIRECTIONS,
    HEAD_LEXICAL,
    LEXICAL,
    MATCH,
    QUOTED,
    SUBORDINATE,
    Match,
    Similarity,
    adds_year,
    anchors_present,
    best_match,
    lexical_recall,
    matches,
    matches_loosely,
    reading,
    said_of_names,
    sentence_before,
    with_referent,
)
from saidwhen.verify.wording import Unit, units

__all__ = ["Similarity", "align", "conditional_match", "rebuttal_match"]
MISATTRIBUTED = 0.72  # someone else's statement must match this well to call the claim misattributed
MISATTRIBUTED_WORDS = 0.8  # ... or hold this share of its words, in order (ALTERED_RATIO), with all its names
QUOTE_WORDS = 4  # ... or hold, word for word, this many words the claim quotes
TOPIC_LEXICAL = 0.4  # a conditional statement on the claim's topic shares this much of its content words
TOPIC_MATCH = 0.45  # ... and scores this much (mean of that share and embedding similarity)
PREDICATE_SHARE = 0.25  # ... and holds this share of what the claim says of its names (the words but names)
GOES_ON = 2  # the sentences after a conditional one that go on about the same thing ("They ...") under its condition
TOPIC_SEMANTIC = 0.3  # ... with at least this embedding similarity


REPORT_MATCH = 0.57  # the match score of another, dated report of the words a claim matched undated
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday the claim names alone ("said on Monday"), read against the day the words were said.
_BARE_WEEKDAY = re.compile(rf"(?:(?:on|last|this|this past)\s+)?({'|'.join(_WEEKDAYS)})", re.I)


_SELF = re.compile(r"\b(?:his|her|he|she|him|himself|herself)\b", re.I)


def _fits(when: DateMention, said: date, exact: bool = True) -> bool | None:
    """Whether a statement made on ``said`` fits the time a claim names; None when it cannot be told.
    ``exact``: ``said`` is the day the words were said, not only the day they were published (a
    weekday may then be the day before: "said on Sunday" in Monday's paper)."""
    if when.resolved is not None:
        return _date_fits(when.resolved, when.granularity, said)
    weekday = _BARE_WEEKDAY.fullmatch(when.text)
    if weekday is not None:
        day = _WEEKDAYS.index(weekday.group(1).lower())
        return day == said.weekday() or (not exact and day == (said - timedelta(days=1)).weekday())
    md = month_day(when)
    if md is None:
        month = yearless_month(when)
        return None if month is None else month == said.month
    # A day without a year ("On Feb. 18"): the same day of any year, give or take one.
    for year in (said.year - 1, said.year, said.year + 1):
        try:
            if abs((date(year, *md) - said).days) <= 1:
                return True
        except ValueError:
            continue
    return False


def _fits_all(claim: Claim, when: DateMention, said: date, exact: bool = True) -> bool:
    """``_fits``, and a weekday the claim names with the date ("on Monday, December 15") must be the day
    the words were said: the weekday leaves no slack of a day."""
    if _fits(when, said, exact) is False:
        return False
    lead = re.search(r"\b(\w+day),?\s*$", claim.text[: when.span.start])
    day = lead.group(1).lower() if lead else None
    return day not in _WEEKDAYS or _WEEKDAYS.index(day) == said.weekday()


def _conditional(found: Alignment) -> bool:
    """Whether the sentence whose words an alignment matched sets a condition ("So if they concede into this,
    then ...")."""
    ev, at = found.evidence, found.matched
    if ev is None or at is None:
        return False
    a, b = at.start - ev.span.start, at.end - ev.span.start
    opening = max(ev.text.rfind(end, 0, a) for end in (". ", "? ", "! "))  # -1: the text's first sentence
    return tx.CONDITION.search(ev.text[opening + 1 : b]) is not None


def _gives_date(when: DateMention, text: str) -> bool:
    """Whether ``text`` itself gives the time the claim names ("during the Istanbul talks in April 2022" for "At the
    Istanbul talks in April 2022, the Kremlin demanded ..."): what it tells is dated so, whenever it was reported."""
    words = re.sub(r"^(?:in|on|at|during|since|by|this|last)\s+", "", when.text.strip(), flags=re.I).split()
    if not any(w.isdigit() for w in words):
        return False  # "on Monday", "in December": any report may say that of another day
    return re.search(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", text, re.I) is not None


EVENT_SLACK = 2  # days before the first report of an event that words "after" it may still have been said


def _date_fits(claimed: date, granularity: Granularity, said: date) -> bool:
    if granularity is Granularity.AFTER:
        return (said - claimed).days >= -EVENT_SLACK
    if granularity is Granularity.YEAR:
        return claimed.year == said.year
    if granularity is Granularity.MONTH:
        return (claimed.year, claimed.month) == (said.year, said.month)
    return abs((claimed - said).days) <= 1 if granularity is Granularity.DAY else abs((claimed - said).days) <= 7
_POINTS_BACK = re.compile(
    r"\b(?:these|this|that|those|such)\s+(?:claims?|allegations?|accusations?|reports?|narratives?|assertions?"
    r"|arguments?|justifications?|ideas?)\b|^\W*(?:that|this|it)\b",
    re.I,
)
_REBUTTAL_WORDS = 30
REBUTTAL_LEXICAL = 0.75  # the text a rebuttal points back to restates most of the claim's words


def rebuttal_match(
    claim: Claim, statements: Sequence[Evidence], similarity: Similarity | None = None
) -> Alignment | None:
    """The speaker's short rejection of the very proposition the claim attributes to them: the text just
    before "Kallas called these claims 'totally untrue'" must restate the claim's content. A claim that
    reports the speaker's judgement of a proposition ("described the claim that P as 'partly true'") is
    matched by P, and agrees with the rejection when it too says the speaker rejected P."""
    judged = judgement(claim)
    if judged is None and tx.polarity(claim.content) % 2:
        return None  # "X called the claims untrue" is itself a rebuttal: the ordinary alignment reads it
    proposition = judged[0] if judged is not None else claim.content
    # The names of the proposition judged must be there ("Europe should not buy the Russian narrative that P": P's).
    named = claim if judged is None else replace(claim, entities=tuple(e for e in claim.entities if e in proposition))
    best: tuple[float, Evidence, re.Match[str]] | None = None
    for ev in statements:
        rebuts = REBUTS.search(ev.text)
        if rebuts is None or not _POINTS_BACK.search(ev.text) or len(tx.words(ev.text)) > _REBUTTAL_WORDS:
            continue
        at = ev.context.find(ev.text)
        before = ev.context[:at] if at > 0 else ""
        if not before.strip() or anchors_present(named, before) < ANCHORS_NEEDED or adds_year(claim, before):
            continue
        lexical = lexical_recall(proposition, before)
        if lexical < REBUTTAL_LEXICAL:
            continue
        semantic = similarity(proposition, [before])[0] if similarity is not None else lexical
        score = (lexical + semantic) / 2
        if score >= MATCH and (best is None or score > best[0]):
            best = (score, ev, rebuts)
    if best is None:
        return None
    score, ev, rebuts = best
    span = Span(ev.span.start + rebuts.start(), ev.span.start + rebuts.end())
    if judged is not None and not judged[1]:
        return Alignment(Fidelity.PARAPHRASE, ev, score, (), span)  # the claim too says it was rejected
    edit = Edit(EditKind.CHANGED, "negation", rebuts.group(0), span, claim.content)
    return Alignment(Fidelity.NEGATION_FLIPPED, ev, score, (edit,), ev.span)


_MODAL_PREDICATE = re.compile(
    r"\b(?:would|will|must|should|shall)\s+(?:(?:not|never|also)\s+)?(?:be\s+)?(?P<rest>\w.+)$", re.I
)


def _speaks_of(speaker: str, text: str) -> bool:
    """Whether ``text`` names the claim's speaker, or the country a speaker such as "the Japanese government" is of
    ("Japan")."""
    keys = tx.keys_with_peoples(text)
    if any(tx.name_present(n, keys) for n in tx.names(speaker)):
        return True
    return any(tx.name_key(c) in keys for c in tx.peoples_countries(speaker))


def _all_named(names: Sequence[str], text: str) -> bool:
    """Whether ``text`` names each of ``names``, a country by its people or its people by the country."""
    keys = tx.keys_with_peoples(text)
    return all(
        tx.name_present(n, keys) or tx.name_key(tx.COUNTRY_WORDS.get(n.lower(), n)) in keys for n in names
    )


def conditional_match(
    claim: Claim, statements: Sequence[Evidence], similarity: Similarity | None = None, top: int = 8
) -> Alignment | None:
    """The speaker's on-topic conditional statement, for a claim that states as fact what the speaker
    only said under a condition ("if they concede [NATO membership], then ... guarantees" reported as
    "Europe has abandoned NATO membership talks"). Wording may differ: the statement must share the
    claim's names and topic words (with the sentence before it, which the condition often points back
    to), be close in meaning, and its condition clause must itself bear on the claim."""
    if claim.modality is not Modality.FACT or claim.negated:
        return None
    found: list[tuple[float, Unit, tuple[int, int]]] = []
    predicate = said_of_names(claim)
    # What the claim says happens, before any "before / after / when ..." clause: "Ukraine would hold a
    # referendum before giving up its NATO bid" is about a referendum, which a conditional offer to give up
    # the bid does not mention.
    head = SUBORDINATE.split(claim.content, maxsplit=1)[0]
    # What the claim says would or will happen ("any decision to drop the bid would be put to a referendum").
    modal = _MODAL_PREDICATE.search(head)
    predicate_words = modal.group("rest") if modal else ""
    # Who the claim says would or will do it ("Hungary would veto ..."): a statement not naming them is not about it.
    actors = [n for n in tx.names(head[: modal.start()]) if n not in DIRECTIONS] if modal else []
    claim_numbers = tx.number_values(" ".join(claim.numbers))
    swap = SUBSTITUTE.search(claim.content) is not None
    for ev in statements:
        if tx.reports_claim(ev.text):
            continue
        pieces = units(ev)
        for i, unit in enumerate(pieces):
            clauses = tx.condition_clauses(unit.text)
            if not clauses or (swap and all(EXCHANGE.match(unit.text[lo:hi]) for lo, hi in clauses)):
                continue  # none, or "in return for ..." where the claim has "instead of ...": kept
            if all(condition_as_subject(claim.content, unit.text[lo:hi]) for lo, hi in clauses):
                continue  # "The fall of Ukraine would ..." for "if Ukraine goes, then ...": kept, as a noun
            before = pieces[i - 1].text if i else ""
            # What the next sentence goes on to say of the same thing is said under the condition too ("..., then we
            # need to see what are the security guarantees that are tangible. They have to be real troops ...").
            going_on = itertools.takewhile(lambda u: tx.PRONOUN_START.match(u.text), pieces[i + 1 : i + 1 + GOES_ON])
            after = " ".join(u.text for u in going_on)
            topic = f"{before} {unit.text} {after}"
            if anchors_present(claim, f"{topic} {ev.context}") < ANCHORS_NEEDED:
                continue
            if actors and not _all_named(actors, f"{topic} {ev.context}"):
                continue
            if claim_numbers - tx.number_values(topic):
                continue  # "10,000 troops": a number the statement does not give is not its content
            if head != claim.content and lexical_recall(head, topic, claim.entities, ev.context) < HEAD_LEXICAL:
                continue
            if predicate_words and lexical_recall(predicate_words, topic, claim.entities, ev.context) < HEAD_LEXICAL:
                continue  # "would be put to a national referendum": what would happen is not in the statement
            lexical = lexical_recall(claim.content, topic)
            # The condition, or what is said under it, must bear on what the claim says happened, not
            # only name the same places ("Kyiv could consider abandoning its bid ... if ..." for "ready
            # to give up on NATO"; not "Europe won't be able to assist Ukraine if ..." for "send troops").
            clause_words = set(tx.content_stems(" ".join(unit.text[lo:hi] for lo, hi in clauses)))
            main = unit.text
            for lo, hi in sorted(clauses, reverse=True):
                main = main[:lo] + " " + main[hi:]
            main_words = set(tx.content_stems(f"{main} {after}"))
            said = (clause_words | main_words) & predicate
            if lexical < TOPIC_LEXICAL or not said or len(said) < PREDICATE_SHARE * len(predicate):
                continue
            found.append((lexical, unit, clauses[0]))
    if not found:
        return None
    found.sort(key=lambda f: -f[0])
    shortlist = found[:top]
    semantic: Sequence[float] = [f[0] for f in shortlist]
    if similarity is not None:
        semantic = list(similarity(claim.content, [f[1].text for f in shortlist]))
    scored = [
        ((lex + sem) / 2, sem, unit, clause) for (lex, unit, clause), sem in zip(shortlist, semantic, strict=True)
    ]
    score, sem, unit, (lo, hi) = max(scored, key=lambda s: s[0] + (0.05 if s[2].evidence.direct else 0.0))
    if score < TOPIC_MATCH or sem < TOPIC_SEMANTIC:
        return None
    # What the claim has given in exchange is the condition negated ("would accept non-binding assurances in place
    # of NATO membership" / "if ... provide binding security guarantees"): the contrary, not the condition left out.
    flipped = (
        condition_flipped(claim.content, unit.text, [(0, len(claim.content))], tx.condition_clauses(unit.text), [])
        if swap
        else None
    )
    if flipped is not None:
        (a, b), _ = flipped
        edit = Edit(EditKind.CHANGED, "condition", unit.text[a:b], wd.span_of(unit, a, b), claim.content)
        return Alignment(Fidelity.NEGATION_FLIPPED, unit.evidence, score, (edit,), wd.span_of(unit, 0, len(unit.text)))
    edit = Edit(EditKind.DROPPED, "condition", unit.text[lo:hi], wd.span_of(unit, lo, hi))
    return Alignment(Fidelity.CONDITION_STRIPPED, unit.evidence, score, (edit,), wd.span_of(unit, 0, len(unit.text)))


# Giving something up, as a course urged ("Ukraine should give up on NATO") and as the case a condition puts ("if they
# concede into this", "if this is out of the question").
_RELINQUISH = re.compile(
    r"\b(?:give\s+up|giving\s+up|gives\s+up|drop|dropping|abandon(?:ing|s)?|forgo(?:ing|es)?|forego(?:ing|es)?"
    r"|renounc(?:e|es|ing)|conced(?:e|es|ing)|surrender(?:ing|s)?|walk\s+away|cede|ceding|let\s+go|ditch(?:ing)?"
    r"|shelve|shelving|declines?|declining)\b",
    re.I,
)
_RELINQUISHED = re.compile(r"\b(?:out\s+of\s+the\s+question|not\s+in\s+question|off\s+the\s+table)\b", re.I)
_URGED = re.compile(r"\b(?:should|must|ought\s+to|has\s+to|have\s+to|needs?\s+to)\s+(?P<act>(?!not\b)[^,;.]+)", re.I)


def _advised_condition(claim: Claim, statements: Sequence[Evidence]) -> Alignment | None:
    """The speaker's conditional statement whose condition is the very giving-up the claim has them urge ("Kallas said
    Ukraine ought to give up on NATO" / "So if they concede into this [NATO membership], then ... guarantees"): the case
    put, told as advice (the condition stripped). The condition, with the sentence before it that it points back to,
    must name what the claim has given up."""
    urged = _URGED.search(claim.content) if claim.attributed and not claim.negated else None
    if urged is None or claim.modality is not Modality.FACT:
        return None
    act = urged.group("act")
    given_up = _RELINQUISH.search(act)
    if given_up is None or given_up.start() > 0:
        return None
    things = set(tx.content_stems(act[given_up.end() :])) - set(tx.content_stems(given_up.group(0)))
    names = {n.lower() for n in tx.names(act)}
    told = tx.names(claim.content[: urged.start()])  # who is to give it up ("Ukraine should ...")
    if not things or not names:
        return None
    for ev in statements:
        if tx.reports_claim(ev.text) or not all(tx.name_present(n, tx.keys_with_peoples(ev.context)) for n in told):
            continue
        pieces = units(ev)
        for i, unit in enumerate(pieces):
            before = pieces[i - 1].text if i else ""
            for lo, hi in tx.condition_clauses(unit.text):
                clause = unit.text[lo:hi]
                if not (_RELINQUISH.search(clause) or _RELINQUISHED.search(clause)):
                    continue
                named = {n.lower() for n in tx.names(f"{before} {clause}")}
                if not names <= named:
                    continue
                edit = Edit(EditKind.DROPPED, "condition", clause, wd.span_of(unit, lo, hi))
                whole = wd.span_of(unit, 0, len(unit.text))
                return Alignment(Fidelity.CONDITION_STRIPPED, unit.evidence, TOPIC_MATCH, (edit,), whole)
    return None


def _quoted_in_parts(claim: Claim, others: Sequence[Evidence]) -> Unit | None:
    """The first of the sentences of someone else's that a quotation of two or more sentences holds each word for word
    ("'Russia will try to divide us. Let's not walk into their traps'", quoted apart in the article): None unless
    every sentence of it is on record from one other speaker."""
    for piece in claim.quoted:
        parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z])", piece) if len(tx.words(p)) >= QUOTE_WORDS]
        if len(parts) < 2:
            continue
        held: list[Unit] = []
        for part in parts:
            probe = replace(claim, quoted=(part,))
            unit = next((u for ev in others for u in units(ev) if wd.quotes_in(probe, u.text, QUOTE_WORDS)), None)
            if unit is None:
                break
            held.append(unit)
        else:
            if len({u.evidence.speaker for u in held}) == 1 and held[0].evidence.speaker:
                return held[0]
    return None


def _close_in_words(match: Match) -> bool:
    """Someone else's sentence that holds nearly all of the claim's words, in the claim's order, with all
    of its names and numbers ("sitting down with Osama bin Laden after 9/11 and asking what else he
    wanted"), whatever the embedding makes of the paraphrase."""
    return match.lexical >= MISATTRIBUTED_WORDS and match.anchors >= 1.0 and match.ratio >= ALTERED_RATIO


def _named_in(speaker: str | None, text: str) -> bool:
    """Whether ``text`` names ``speaker`` (by surname): "Kallas said Trump is right" is about Trump's
    words, not a misattribution of them."""
    return bool(speaker) and tx.name_key((speaker or "").split()[-1]) in tx.keys(text)


_RATHER = re.compile(r"\s*(?:\b(?:rather than|instead of|and not|but not)\b|,\s*not\b)\s*", re.I)
RATHER_REST = 0.5  # share of the claim's other words the statement must hold to answer its "A rather than B"


def _rather_than(claim: Claim, match: Match | None) -> Alignment | None:
    """"concessions from Ukraine rather than from Russia" against "concessions are needed from Russia":
    the statement says the alternative the claim rules out, where the claim puts its own. The names on
    either side of "rather than" are what is compared; the rest of the claim must be there."""
    m = _RATHER.search(claim.content)
    if m is None or match is None:
        return None
    kept, excluded = claim.content[: m.start()], claim.content[m.end() :]
    mine, theirs = tx.names(kept), tx.names(excluded)
    if not mine or not theirs:
        return None
    unit = match.unit
    text = reading(unit)
    keys = tx.keys(text)
    ours, other = mine[-1], theirs[0]
    if tx.name_present(ours, keys) or not tx.name_present(other, keys):
        return None
    if lexical_recall(kept.replace(ours, " "), text, claim.entities, unit.evidence.context) < RATHER_REST:
        return None
    at = next((w for w in re.finditer(r"[\w’'-]+", unit.text) if tx.name_key(w.group(0)) in tx.keys(other)), None)
    span = wd.span_of(unit, at.start(), at.end()) if at else wd.span_of(unit, 0, len(unit.text))
    edit = Edit(EditKind.CHANGED, "meaning", at.group(0) if at else other, span, ours)
    return Alignment(Fidelity.NEGATION_FLIPPED, unit.evidence, match.score, (edit,), wd.span_of(unit, *match.window))


MEASURED = 0.5  # the score of a statement giving the claim's measure with another number ("five hours")


def _other_numbers(claim: Claim, match: Match | None) -> Alignment | None:
    """A statement below ``MATCH`` that holds the claim's words and names but gives the claim's measure
    with another number ("five hours of talks with U.S. envoys" for "the talks lasted two hours"):
    the same quantity, stated otherwise."""
    if match is not None and match.score >= FRAMED_ELSEWHERE and (match.score < MEASURED or match.lexical < LEXICAL):
        # Below the match score: only what the claim's names placed or dated otherwise tells.
        return _met_elsewhere(claim, match) or _framed_elsewhere(claim, match) or _dated_otherwise(claim, match)
    if match is None or match.score < MEASURED or match.lexical < LEXICAL:
        return None
    listed = wd.list_swapped(claim.content, match.unit)
    if listed:
        # Names of a list given otherwise ("Australia and South Korea" for "Canada and Japan"): the same words,
        # whose likeness the other names lower.
        span = wd.span_of(match.unit, *match.window)
        return Alignment(Fidelity.ALTERED, match.unit.evidence, match.score, tuple(listed), span)
    # Its names, not its numbers, make it the same thing ("December 15" is the claim's "December 16" stated otherwise).
    told = with_referent(match.unit.evidence) if not match.unit.start else reading(match.unit)
    if anchors_present(claim, told, numbers=False) < ANCHORS_NEEDED:
        return None
    fidelity, edits = differences(claim, match)
    numbers = [e for e in edits if e.what == "number"]
    unit = match.unit
    span = wd.span_of(unit, *match.window)
    if numbers and wd.same_measure(claim.content, unit.text, unit.evidence.span.start + unit.start, numbers):
        return Alignment(fidelity, unit.evidence, match.score, tuple(edits), span)
    if not numbers and fidelity in AGREEING and wd.measure_given(claim.content, unit.text):
        # The claim's measure with its value ("five hours of talks ... in Berlin" for "the Berlin talks lasted five
        # hours"): the same quantity, stated alike in other words.
        return Alignment(fidelity, unit.evidence, match.score, tuple(edits), span)
    # The same thing placed: "a press conference in Brussels" for the claim's "press conference in Berlin"
    # (elsewhere) or "... in Brussels" (there).
    placed = wd.placed_elsewhere(claim.content, unit)
    if isinstance(placed, Edit):
        return Alignment(Fidelity.ALTERED, unit.evidence, match.score, (placed,), span)
    if placed is True and fidelity in AGREEING:
        return Alignment(fidelity, unit.evidence, match.score, tuple(edits), span)
    return None


MET_ELSEWHERE = 0.4  # the score of a statement naming the claim's people (two or more) in another place
MET_ELSEWHERE_THREE = 0.3  # ... naming three or more of them


def _met_elsewhere(claim: Claim, match: Match) -> Alignment | None:
    """A statement naming every person the claim names (two or more, or one with the claim's measure and value)
    where the claim puts them in a place or with a country the statement does not name, and it another ("Zelenskyy
    met Witkoff and Kushner in Paris for the latest round of peace talks" / "five hours of talks with ... Witkoff
    and Jared Kushner in Berlin"; "five hours of talks with a Russian delegation" / "with a U.S. delegation"): the
    same meeting, elsewhere or with others."""
    spots = {p for p, _, _ in wd.places(claim.content)}
    people = [n for n in claim.entities if n not in spots and not tx.COUNTRY_WORDS.get(n.lower())]
    measured = wd.measure_given(claim.content, match.unit.text)
    # The claim's measure and value there make one person enough, and a looser match.
    least = FRAMED_ELSEWHERE if measured else (MET_ELSEWHERE_THREE if len(people) >= 3 else MET_ELSEWHERE)
    told = tx.keys(with_referent(match.unit.evidence))
    if match.score < least or len(people) < (1 if measured else 2):
        return None
    if not all(tx.name_present(n, told) for n in people):
        return None
    moved = wd.relocated(claim, match.unit)
    if not moved:
        return None
    span = wd.span_of(match.unit, *match.window)
    return Alignment(Fidelity.ALTERED, match.unit.evidence, match.score, tuple(moved), span)


FRAMED_ELSEWHERE = 0.25  # the score of a statement naming the claim's names where it places the same thing elsewhere


def _framed_elsewhere(claim: Claim, match: Match) -> Alignment | None:
    """A statement naming the names of the claim but its place (two or more) that places what the claim places
    ("to AFP during a trip to Kyiv") in another place ("told AFP during a visit to Washington"), the claim's place
    named nowhere there: what the claim says of the setting is altered, whatever the words said there."""
    if match.score < FRAMED_ELSEWHERE:
        return None
    spots = {p for p, _, _ in wd.places(claim.content)}
    names = [n for n in claim.entities if n not in spots]
    around = f"{match.unit.text} {match.unit.evidence.context or ''}"
    if not _names_around(names, around):
        return None
    if any(wd.named_literally(p, around) for p in spots):  # "Kyiv" is not named by "Ukraine" here
        return None
    placed = wd.framed_otherwise(claim.content, match.unit)
    if placed is None:
        return None
    span = wd.span_of(match.unit, *match.window)
    return Alignment(Fidelity.ALTERED, match.unit.evidence, match.score, (placed,), span)


def _names_around(names: Sequence[str], around: str) -> bool:
    """Two or more names, every one of them in ``around``, or all but one of three or more (what was said may be
    in the sentence after: "bin Laden")."""
    keys = tx.keys(around)
    present = sum(tx.name_present(n, keys) for n in names)
    return len(names) >= 2 and present >= len(names) - (len(names) >= 3)


def _dated_otherwise(claim: Claim, match: Match) -> Alignment | None:
    """A statement naming the claim's names (as ``_framed_elsewhere``) that gives the claim's date in the same
    measure with another value ("in an interview with AFP published on Feb. 27" for "... published on February
    18"): the same thing, dated otherwise, though it shares few words."""
    if match.score < FRAMED_ELSEWHERE or not claim.numbers:
        return None
    fidelity, edits = differences(claim, match)
    numbers = [e for e in edits if e.what == "number"]
    unit = match.unit
    if not numbers or not wd.same_measure(claim.content, unit.text, unit.evidence.span.start + unit.start, numbers):
        return None
    if not _names_around(claim.entities, f"{unit.text} {unit.evidence.context or ''}"):
        return None
    return Alignment(fidelity, unit.evidence, match.score, tuple(edits), wd.span_of(unit, *match.window))


OVERSTATED_REST = 0.5  # share of the claim's other words the milder statement (or the one before it) must hold


def _overstated(claim: Claim, statements: Sequence[Evidence]) -> Alignment | None:
    """The speaker's statement that says more mildly what the claim says more strongly, of the same
    subject ("We clearly see that they are not in good place", after a sentence on Russia, told as "Russia
    is on the verge of collapse"): the claim's other words are there, the degree is not."""
    for ev in statements:
        for unit in units(ev):
            found = dg.overstated(claim.content, unit.text)
            if found is None:
                continue
            rest = claim.content.replace(found.claimed, " ")
            around = f"{sentence_before(unit)} {unit.text}"
            if lexical_recall(rest, around, claim.entities, ev.context) < OVERSTATED_REST:
                continue
            if anchors_present(claim, f"{around} {ev.context}", numbers=False) < 1.0:
                continue
            span = wd.span_of(unit, *found.span)
            edit = Edit(EditKind.CHANGED, "degree", found.said, span, found.claimed)
            return Alignment(Fidelity.ALTERED, ev, QUOTED, (edit,), wd.span_of(unit, 0, len(unit.text)))
    return None


def _places_and_bodies(text: str) -> list[str]:
    """The countries, capitals and initialled bodies ``text`` names: what words there were said of."""
    return [n for n in tx.names(text) if n.lower() in tx.COUNTRY_WORDS or re.fullmatch(r"[A-Z]{2,6}", n)]


def _said_of_another(claim: Claim, statements: Sequence[Evidence]) -> Alignment | None:
    """The words the claim quotes (three or more), on record from the speaker, but about something
    else: a name the claim applies them to is neither in that sentence nor in the one before it, which
    names something else ("they are not in good place", after "Putting the pressure on Russia ...",
    quoted as said of Ukraine)."""
    if not claim.quoted:
        return None
    speaker = tx.keys(claim.speaker or "")
    quoted = tx.keys(" ".join(claim.quoted))
    applied = [n for n in claim.entities if not tx.name_present(n, speaker) and not tx.name_present(n, quoted)]
    if not applied:
        return None
    for ev in statements:
        for unit in units(ev):
            if not wd.quotes_in(claim, unit.text, 3):
                continue
            around = f"{sentence_before(unit)} {unit.text}"
            keys = tx.keys(around)
            missing = [name for name in applied if not tx.name_present(name, keys)]
            if not missing:
                return None  # the sentence or the one before is about what the claim says
            known = tx.keys(claim.content) | speaker
            countries = {tx.COUNTRY_WORDS.get(w) for w in tx.words(claim.content.lower())} - {None}
            # What it was said of: the places and bodies named there that the claim does not name.
            others = [
                n
                for n in _places_and_bodies(around)
                if not tx.name_present(n, known) and tx.COUNTRY_WORDS.get(n.lower()) not in countries
            ]
            if not others:
                return None
            span = wd.span_of(unit, 0, len(unit.text))
            edit = Edit(EditKind.CHANGED, "subject", ", ".join(others), span, ", ".join(missing))
            return Alignment(Fidelity.OUT_OF_CONTEXT, ev, QUOTED, (edit,), span)
    return None


_RELAYS = re.compile(r"\b(?P<name>[A-Z][\w’'-]+)\s+(?:said|says|told|tells|stated)\b")
_PRONOUNS = {"He", "She", "They", "It", "We", "I", "You"}


def _relays(evidence: Evidence) -> bool:
    """Whether a statement reports someone else's words inside it ("Zelenskyy said ..., Orda.kz reports")."""
    own = tx.name_key(evidence.speaker.split()[-1]) if evidence.speaker else ""
    names = (m.group("name") for m in _RELAYS.finditer(evidence.text))
    return any(name not in _PRONOUNS and tx.name_key(name) != own for name in names)


def align(
    claim: Claim,
    statements: Sequence[Evidence],
    others: Sequence[Evidence] = (),
    similarity: Similarity | None = None,
) -> Alignment:
    """Align an attributed claim with the speaker's ``statements`` (best first is not required).

    ``others`` are statements by other speakers; a claim that matches one of them and none of the
    speaker's is MISATTRIBUTED. A match outside the time the claim names is OUTDATED. A claim found
    nowhere as a whole that joins two statements is contrary to the record when one of them is
    ("Russia is 'in a good place' and Western pressure isn't hurting Moscow"), and agrees with it when
    each of them does.
    """
    found = _align(claim, statements, others, similarity)
    qualified_or_agreeing = found.fidelity in {Fidelity.CONDITION_STRIPPED, Fidelity.HEDGE_STRIPPED} | AGREEING
    if (qualified_or_agreeing or found.fidelity is Fidelity.NEGATION_FLIPPED) and _count_added(claim, found):
        # "the EU would send 10,000 troops" against "Europe must be prepared to consider ... deploying
        # peacekeepers", "a NATO member by 2030" against no year: a figure the speaker never gave is not the
        # speaker's qualified remark, stripped, nor their words in others, nor denied by them ("Ukraine will be a
        # NATO member within five years" / "decried ruling out NATO membership").
        return Alignment(Fidelity.NOT_FOUND, found.evidence, found.similarity, (), found.matched)
    main = consequent(claim) if found.fidelity in AGREEING or found.fidelity is Fidelity.NOT_FOUND else None
    held = _align(main, statements, others, similarity) if main is not None else None
    if (
        held is not None
        and held.fidelity is Fidelity.NEGATION_FLIPPED
        and (
            (found.fidelity in AGREEING and held.similarity >= found.similarity)
            # Found nowhere with its condition: the speaker's own words, under no condition, deny what it says holds.
            or (found.fidelity is Fidelity.NOT_FOUND and claim.attributed and not _conditional(held))
        )
    ):
        # What the claim says holds under its condition, the speaker said is not so ("written promises would be
        # enough if it stays out of NATO", "written assurances would be enough as long as Washington signs them" /
        # "They cannot be papers or promises"): matched by the condition alone.
        return held
    if (
        found.fidelity is Fidelity.NOT_FOUND
        and held is not None
        and held.fidelity is Fidelity.CONDITION_STRIPPED
        and _same_condition(claim, held)
    ):
        # What the claim says holds under its condition, on record under the same condition in other words ("if
        # Ukraine drops its NATO bid, it must receive very strong, tangible security guarantees" / "So if they
        # concede into this, then ... give them very, very strong, tangible security guarantees").
        return replace(held, fidelity=Fidelity.PARAPHRASE, edits=())
    if found.fidelity in AGREEING and claim.attributed:
        stitched = _stitched(claim, found)
        if stitched is not None:
            return stitched
        dated = _dated_around(claim, found)
        if dated is not None:
            return dated
    # The words are on record; what the claim concludes from them ("- so Brussels is fine with Kyiv walking away")
    # is not: the remark is made to say something the speaker did not.
    drawn = inferred(claim) if found.fidelity in AGREEING else None
    if drawn is not None and _align(drawn, statements, (), similarity).fidelity not in AGREEING:
        edit = Edit(EditKind.ADDED, "inference", claim_text=drawn.content)
        return replace(found, fidelity=Fidelity.OUT_OF_CONTEXT, edits=(*found.edits, edit))
    if found.fidelity is Fidelity.PARAPHRASE:
        # Joined statements matched together in other words, one of them contrary to what was said ("Russia is in a
        # strong position and that putting pressure on it isn't working" / "Putting the pressure on Russia is our
        # policy. ... they are not in good place"): a negation in one half may have passed for the other's.
        halves = conjuncts(claim, clauses_only=True)
        flipped = [a for a in (_align(h, statements, others, similarity) for h in halves[:2])
                   if a.fidelity is Fidelity.NEGATION_FLIPPED]  # fmt: skip
        if len(halves) >= 2 and flipped:
            return max(flipped, key=lambda a: a.similarity)
    if found.fidelity in AGREEING or (found.fidelity not in {Fidelity.NOT_FOUND, Fidelity.NEGATION_FLIPPED}
                                      and found.similarity >= MATCH):  # fmt: skip
        return found
    parts = [_align(part, statements, others, similarity) for part in conjuncts(claim)]
    if found.fidelity not in {Fidelity.NOT_FOUND, Fidelity.NEGATION_FLIPPED}:
        # Found only below a match, as something qualified or changed ("if this is not in question, ..."): a claim
        # joining two statements each on record ("her country joined NATO because it is afraid of Russia, and that
        # NATO's umbrella is the only security guarantee that works") is read as those two.
        if len(parts) >= 2 and all(p.fidelity in AGREEING for p in parts):
            return max(parts, key=lambda p: p.similarity)
        return found
    if len(parts) >= 2 and all(p.fidelity in AGREEING for p in parts):
        # Each statement the claim joins is on record, read alone; read together, the negation of one was
        # set against the other ("called the claim 'totally untrue' and a narrative that should not be bought").
        return max(parts, key=lambda p: p.similarity)
    if found.fidelity is Fidelity.NEGATION_FLIPPED:
        return found
    for piece in parts:
        # Contrary: negated or opposite, or the same measure with another number ("less than an hour").
        if piece.fidelity is Fidelity.NEGATION_FLIPPED or any(e.what == "number" for e in piece.edits):
            return piece
    return found


STITCH_GAP = 6  # words an ellipsis may skip between a condition and what follows it before the quote is stitched
_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*")


def _stitched(claim: Claim, found: Alignment) -> Alignment | None:
    """Quoted words that join, across an ellipsis, a condition to words said apart from it ("'If they concede into
    this ... it is up to Ukrainians to decide'", where what followed the condition was "then first we need to ... give
    them very, very strong, tangible security guarantees"): truncated, the skipped words dropped. None otherwise."""
    ev = found.evidence
    around = f"{ev.context or ''} {ev.text}" if ev is not None else ""
    for piece in claim.quoted:
        parts = [p for p in _ELLIPSIS.split(piece) if tx.words(p)]
        # The first part is a condition alone, with no clause of its own after it ("If they concede into this").
        if len(parts) != 2 or not tx.CONDITION.match(parts[0].strip()) or re.search(r",|\bthen\b", parts[0]):
            continue
        first, second = (re.search(r"\W+".join(map(re.escape, tx.words(p))), around, re.I) for p in parts)
        if first is None or second is None or second.start() <= first.end():
            continue
        gap = around[first.end() : second.start()].strip(" ,;.-–—")
        if len(tx.words(gap)) >= STITCH_GAP:
            return replace(found, fidelity=Fidelity.TRUNCATED, edits=(Edit(EditKind.DROPPED, "words", gap, None),))
    return None


AROUND_WORDS = 2  # content words a sentence around the statement shares with the claim to date what it says


def _days(text: str) -> set[str]:
    """The days of a month and weekdays ``text`` gives ("December 15" -> "15", "Monday")."""
    days = {str(int(v)) for v, a, b in tx.number_mentions(text) if tx.number_measure(text, a, b) == "day"}
    return days | {m.group(0).capitalize() for m in tx.WEEKDAY.finditer(text)}


def _dated_around(claim: Claim, found: Alignment) -> Alignment | None:
    """Words on record that give no day, next to a sentence about the same thing that gives another day than the
    claim ("the continuation of the discussions", after "The negotiations are set to continue on Monday, December
    15", for "... would continue on Wednesday, December 17"): the claim's day is altered."""
    ev = found.evidence
    mine = _days(claim.content)
    if ev is None or not mine or _days(ev.text) or not ev.context:
        return None
    stems = set(tx.content_stems(claim.content))
    for a, b in wd.sentence_bounds(ev.context):
        sentence = ev.context[a:b]
        theirs = _days(sentence)
        if not theirs or theirs & mine or ev.text in sentence:
            continue
        if len(stems & set(tx.content_stems(sentence)) - {w.lower() for w in mine}) < AROUND_WORDS:
            continue
        # No span: the sentence is the statement's context, not the statement (explained with it whole).
        edit = Edit(EditKind.CHANGED, "number", sentence.strip(), None, ", ".join(sorted(mine)))
        return replace(found, edits=(*found.edits, edit))
    return None


def _count_added(claim: Claim, found: Alignment) -> bool:
    """``tx.count_added`` of the claim against the matched statement and its context; for words given to a speaker,
    also ``tx.year_added`` (a year the speaker never gave)."""
    ev = found.evidence
    if ev is None:
        return False
    if claim.attributed and tx.year_added(claim.content, ev.text, ev.context or ""):
        return True
    return tx.count_added(claim.content, [f"{ev.text} {ev.context or ''}"])


def _same_condition(claim: Claim, held: Alignment) -> bool:
    """Whether the condition a statement sets (its dropped "condition" edit) shares a content word with the one the
    claim sets ("if they concede into this" / "if Ukraine drops its NATO bid": concede = drop)."""
    def words(clause: str) -> set[str]:  # what the condition says, without "if", "in exchange for", ...
        return set(tx.content_stems(tx.CONDITION.sub(" ", clause)))

    mine = {w for a, b in tx.condition_clauses(claim.content) for w in words(claim.content[a:b])}
    theirs = {w for e in held.edits if e.what == "condition" for w in words(e.evidence_text)}
    return bool(mine & theirs)


def _says_the_same(claim: Claim, other: Match) -> bool:
    """Whether someone else's words say what the claim says: not negated nor altered ("Ukraine will never cede
    the Donbas region" / "If he gets Donbas, ..."), though perhaps said more firmly ("for Ukrainians alone to
    decide" / "it is up to Ukrainians to decide")."""
    if tx.COMMITS.search(claim.content) and not tx.COMMITS.search(other.unit.text):
        return False  # "Japan has confirmed it will give guarantees" is no one's hope that it would
    fidelity, edits = differences(claim, other)
    if fidelity is Fidelity.ALTERED:
        return all(e.what == "degree" for e in edits)
    return fidelity is not Fidelity.NEGATION_FLIPPED


def _loosely_said(
    claim: Claim, statements: Sequence[Evidence], similarity: Similarity | None
) -> Alignment | None:
    """The speaker's statement of the claim in other words, which the claim reverses ("security guarantees don't
    need to be legally binding" / "any such guarantees must be legally binding", "the talks produced little progress"
    / "a lot of progress was made"), or states as decided where the speaker only weighed it. A statement this loosely
    matched is close enough to be reversed or overstated, not to be confirmed. For words attributed to someone: a
    plain claim is read against single sentences of the corpus, which say it or not in their own words
    (``restated``)."""
    if similarity is None or not claim.attributed:
        return None
    found = _loose_reversal(claim, statements, similarity)
    if found is None and (bare := _setting_free(claim.content)) != claim.content:
        # Where and when the words were said ("the Berlin talks", "the five-hour meeting", "over the weekend") is the
        # setting, which the statement's article gives around it: the statement is matched with what was said.
        # Read so, it may share enough of the statement's words to match it plainly.
        found = _loose_reversal(replace(claim, content=bare), statements, similarity, plain=True)
    return found


def _loose_reversal(
    claim: Claim, statements: Sequence[Evidence], similarity: Similarity, plain: bool = False
) -> Alignment | None:
    """``_loosely_said`` for one reading of the claim (``plain``: a plain match will do as well as a loose one)."""
    match = best_match(claim, statements, similarity, loose=True)
    if match is None:
        return None
    fidelity, edits = differences(claim, match)
    reversed_ = (
        fidelity is Fidelity.NEGATION_FLIPPED
        and (matches_loosely(match) or (plain and matches(match)))
        and all(_plainly_negated(e) for e in edits if e.what == "negation")
    )
    # Most of the claim's words in a long statement that only weighs doing it ("Europe must be prepared to consider
    # more robust measures, including discussions about deploying peacekeepers ..." for "European troops will be
    # deployed"): the whole sentence reads far from the claim, but what it weighs is what the claim says is decided.
    weighed = (
        fidelity is Fidelity.HEDGE_STRIPPED
        and match.lexical >= WEIGHED_WORDS
        and match.anchors >= ANCHORS_NEEDED
        and any(e.what == "hedge" and _WEIGHS.match(e.evidence_text) for e in edits)
    )
    if not (reversed_ or weighed):
        return None
    return Alignment(fidelity, match.unit.evidence, match.score, tuple(edits), wd.span_of(match.unit, *match.window))


_OCCASION_NOUNS = r"(?:talks|meeting|session|summit|negotiations|sit-down|round|visit|conference|presser)"
_SETTING = (
    # "in Berlin", "at the Chancellery", "over the weekend", "on Sunday" (not a body: "in NATO")
    re.compile(r",?\s*\b(?:in|at)\s+(?:the\s+)?[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"),
    re.compile(r"\s*\b(?:on|over|this|last|at)\s+(?:the\s+)?(?:weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"),
    # "the Berlin talks", "the five-hour meeting", "the weekend talks", "Sunday's session"
    re.compile(
        r"\b(?:[A-Z][\w’'-]*|weekend|\w+-(?:hour|day|minute)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+"
        rf"(?={_OCCASION_NOUNS}\b)"
    ),
)


# A person named with a title ("Ukraine's foreign minister Andriy Sybiha", "Ukrainian FM Andriy Sybiha"), as a
# statement refers to them ("the Ukrainian minister"): by the role.
_TITLED_NAME = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][\w’'.-]*(?:['’]s)?\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?P<role>(?i:minister|president|envoy|chief|diplomat|chancellor|aide|spokes(?:man|woman|person))|FM|PM)"
    r"\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*"
)
_AS_ROLE = {"FM": "minister", "PM": "minister"}


def _setting_free(content: str) -> str:
    """``content`` without where and when its words were said and with a titled person named by the role, as a
    statement's article tells it around the statement: "the five-hour Berlin meeting produced little progress" ->
    "the meeting produced little progress"; "Ukraine's foreign minister Andriy Sybiha went into detail" -> "the
    minister went into detail"."""
    content = _TITLED_NAME.sub(lambda m: "the " + _AS_ROLE.get(m["role"], m["role"].lower()), content)
    for _ in range(2):  # "the five-hour Berlin meeting": two words of setting before the noun
        for pattern in _SETTING:
            content = pattern.sub("", content)
    return " ".join(content.split())


WEIGHED_WORDS = 0.6  # the share of the claim's words a statement that weighs doing it must hold
_WEIGHS = re.compile(r"\W*consider", re.I)


_PLAIN_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nothing|nobody|hardly|barely)\b|n['’]t\b|(?<!\ba\s)\blittle\b", re.I
)


def _plainly_negated(edit: Edit) -> bool:
    """Whether the negation an edit adds or changes is a plain one ("not", "no", "little"), not a word that may
    only qualify ("Europe alone, without the Americans")."""
    return bool(_PLAIN_NEGATION.search(edit.claim_text if edit.kind is EditKind.ADDED else edit.evidence_text))


def _dated_report(
    claim: Claim, statements: Sequence[Evidence], similarity: Similarity | None, exact: bool
) -> tuple[Match, tuple[Fidelity, list[Edit]]] | None:
    """Another report of the words the claim matched, with a date: the day they were said (``exact``) or at least
    the day they were published; with how it differs from the claim, when it agrees with it. A report giving the
    day need only come close to the claim ("direction" for "aspiration"): the claim matched the words already."""
    dated = best_match(claim, [ev for ev in statements if ev.said_on or (ev.published and not exact)], similarity)
    if dated is None:
        return None
    close = dated.lexical >= LEXICAL and dated.score >= REPORT_MATCH if exact else matches(dated)
    read = differences(claim, dated) if close else None
    return (dated, read) if read is not None and read[0] in AGREEING else None


# (a thing denied, "no compromise", "without guarantees"; not a verb's "not", which a paraphrase may turn round)
_DENIED = re.compile(r"\b(?:no|without)\b(?P<what>(?:\s+[\w’'-]+){1,3})", re.I)


def _denies_the_unsaid(claim_text: str, text: str) -> bool:
    """Whether the claim denies something ("no compromise", "without guarantees") that ``text`` does not name at all:
    the first word carrying meaning after "no" or "without", whose stem is not in ``text``."""
    have = set(tx.content_stems(text))
    for m in _DENIED.finditer(claim_text):
        meant = [w for w in tx.content_stems(m["what"]) if w not in _DENIAL_FILLERS]
        if meant and meant[0] not in have:
            return True
    return False


_DENIAL_FILLERS = frozenset(tx.canon(w) for w in ("whatsoever", "longer", "even", "at", "all", "any", "real", "such"))


def _align(
    claim: Claim,
    statements: Sequence[Evidence],
    others: Sequence[Evidence] = (),
    similarity: Similarity | None = None,
) -> Alignment:
    match = best_match(claim, statements, similarity)
    if match is None or not matches(match):
        # A statement that itself reports someone's words ("X said ..., Orda.kz reports") relays them:
        # its speaker is not the one who said them.
        own = [ev for ev in others if not _relays(ev)]
        other = best_match(claim, own, similarity)
        if (
            other is not None
            and matches(other)
            # Close enough, or holding the very words the claim quotes (at least three of them).
            and (other.score >= MISATTRIBUTED or wd.quotes_in(claim, other.unit.text, 3) or _close_in_words(other))
            # Every name the claim gives is there: "Germany supports Ukraine joining NATO" is not someone's words
            # on Ukraine and NATO that never name Germany.
            and (other.anchors >= 1.0 or wd.quotes_in(claim, other.unit.text, 3))
            and not _named_in(other.unit.evidence.speaker, claim.content)
            # "Japan's government confirmed ..." against Zelenskyy's words about Japan: about, not by; unless
            # the claim has the speaker speak of themselves ("Putin said Donbas is not his end game" for
            # Kallas's "Donbas is not Putin's end game").
            and (
                _SELF.search(claim.content) is not None
                or not _speaks_of(claim.speaker or "", other.unit.text)
            )
            and (match is None or other.score > match.score + 0.1)
            # The same words, with the same meaning: not others' words that say something else of the
            # names ("Ukraine will never cede the Donbas region" / "If he gets Donbas, ...").
            and _says_the_same(claim, other)
        ):
            unit = other.unit
            span = wd.span_of(unit, *other.window)
            edit = Edit(EditKind.CHANGED, "speaker", unit.evidence.speaker or "", span, claim.speaker or "")
            return Alignment(Fidelity.MISATTRIBUTED, unit.evidence, other.score, (edit,), span)
        # Four or more words the claim quotes, on record from someone else and not from the speaker.
        quoting = next((u for ev in own for u in units(ev) if wd.quotes_in(claim, u.text, QUOTE_WORDS)), None)
        quoting = quoting or _quoted_in_parts(claim, own)
        if quoting is not None and not _named_in(quoting.evidence.speaker, claim.content):
            span = wd.span_of(quoting, 0, len(quoting.text))
            edit = Edit(EditKind.CHANGED, "speaker", quoting.evidence.speaker or "", span, claim.speaker or "")
            return Alignment(Fidelity.MISATTRIBUTED, quoting.evidence, QUOTED, (edit,), span)
        # What else the record holds of the words, in this order (each a ``None`` when it does not apply).
        alternatives: tuple[Callable[[], Alignment | None], ...] = (
            lambda: _rather_than(claim, match),
            lambda: _other_numbers(claim, match),
            lambda: _overstated(claim, statements),
            lambda: _said_of_another(claim, statements),
            lambda: rebuttal_match(claim, statements, similarity),
            lambda: _loosely_said(claim, statements, similarity),
            lambda: conditional_match(claim, statements, similarity),
            lambda: _advised_condition(claim, statements),
        )
        for alternative in alternatives:
            found = alternative()
            if found is not None:
                return found
        if match is None:
            return Alignment(Fidelity.NOT_FOUND, None, 0.0)
        return Alignment(
            Fidelity.NOT_FOUND, match.unit.evidence, match.score, (), wd.span_of(match.unit, *match.window)
        )

    fidelity, edits = differences(claim, match)
    stated = f"{match.unit.text} {match.unit.evidence.text}"
    if fidelity is Fidelity.PARAPHRASE and _denies_the_unsaid(claim.content, stated):
        # "X said the offer involved no compromise" against a statement that says nothing of a compromise: what the
        # claim denies is not there to be told in other words.
        span = wd.span_of(match.unit, *match.window)
        return Alignment(Fidelity.NOT_FOUND, match.unit.evidence, match.score, (), span)
    if fidelity is Fidelity.PARAPHRASE and not any(sc.stronger.search(match.unit.text) for sc in dg.SCALES):
        # Other words of the speaker's, where a statement of theirs says the claim's judgement more mildly ("the
        # continuation of the discussions" / "'a lot of progress was made' during the talks" for "the talks produced
        # a breakthrough"): the milder statement is the one the claim tells more strongly.
        milder = _overstated(claim, statements)
        if milder is not None:
            return milder
    evidence = match.unit.evidence
    when = claim.when
    said = evidence.said_on or evidence.published
    # The time a claim names is when the words were said; a claim that attributes none names the time
    # of an event, which numbers and dates in the sentence itself are compared with.
    if claim.attributed and when is not None and said is None:
        # Words no date is known for (a fact-check quoting them): the same words from a dated report.
        reported = _dated_report(claim, statements, similarity, exact=False)
        if reported is not None:
            match, (fidelity, edits) = reported
            evidence = match.unit.evidence
            said = evidence.said_on or evidence.published
    exact = evidence.said_on is not None
    told = False
    if claim.attributed and when is not None and said is not None and not exact and _fits_all(claim, when, said, exact):
        # Fits only by its publication day, with a day's slack ("on Saturday" for Sunday's paper): another report
        # of the same words that gives the day they were said tells.
        reported = _dated_report(claim, statements, similarity, exact=True)
        day = reported[0].unit.evidence.said_on if reported is not None else None
        if reported is not None and day is not None and not _fits_all(claim, when, day, True):
            match, (fidelity, edits) = reported
            evidence, said, exact, told = match.unit.evidence, day, True, True
    if (
        claim.attributed
        and when is not None
        and said is not None
        and not _fits_all(claim, when, said, exact)
        and not _gives_date(when, evidence.text)
    ):
        fits = [
            ev
            for ev in statements
            if (d := ev.said_on or ev.published) is not None
            and (ev.said_on is not None or not told)
            and _fits_all(claim, when, d, ev.said_on is not None)
        ]
        in_time = best_match(claim, fits, similarity) if fits else None
        # Words the claim quotes, found only in the statement said at another time: a later statement without them
        # ("To illustrate that Russia does not want this peace" for "why we should give Russia what they want") is
        # not the one quoted.
        quoted_here = wd.quotes_in(claim, match.unit.text)
        if in_time is None or not matches(in_time) or (quoted_here and not wd.quotes_in(claim, in_time.unit.text)):
            edits.append(Edit(EditKind.CHANGED, "date", said.isoformat(), evidence.span, when.text))
            fidelity = Fidelity.OUTDATED
        else:
            match = in_time
            fidelity, edits = differences(claim, match)
            evidence = match.unit.evidence
    moved = wd.setting_elsewhere(claim, match.unit) if claim.attributed and fidelity in AGREEING else None
    if moved is not None:
        # Said, but somewhere else than the claim says: "during a visit to Kyiv" for "... to Washington".
        fidelity, edits = Fidelity.ALTERED, [moved]
    span = wd.span_of(match.unit, *match.window)
    if (fidelity is Fidelity.NEGATION_FLIPPED or (fidelity in AGREEING and claim.negated)) and _denied_outside(
        claim, match.unit.text
    ):
        # A negation outside the words the statement is only about ("did not go into detail about | the issue of
        # abandoning NATO membership") neither denies nor tells a negated claim ("should not give up NATO").
        return Alignment(Fidelity.NOT_FOUND, evidence, match.score, (), span)
    off = _off_topic(claim, match.unit) if fidelity in AGREEING else None
    off = off or (_only_about(claim, match) if fidelity in AGREEING else None)
    if off is not None:
        return Alignment(Fidelity.OUT_OF_CONTEXT, evidence, match.score, (off,), span)
    return Alignment(fidelity, evidence, match.score, tuple(edits), span)


_ABOUT = r"\b(?:about|regarding|concerning)"
_ABOUT_WORD = re.compile(rf"{_ABOUT}\s", re.I)


def _only_about(claim: Claim, match: Match) -> Edit | None:
    """The matched words are only what the statement is about ("did not go into detail about | the issue
    of abandoning NATO membership"): a topic, not the claim stated. Not when the claim says so itself."""
    unit, (lo, _) = match.unit, match.window
    if re.search(rf"{_ABOUT}\b", claim.content, re.I) or not re.search(rf"{_ABOUT}\s*$", unit.text[:lo], re.I):
        return None
    lead = unit.text[:lo].rstrip()
    return Edit(EditKind.CHANGED, "topic", lead, wd.span_of(unit, 0, len(lead)), claim.content)


def _denied_outside(claim: Claim, text: str) -> bool:
    """``text`` denies only the telling of what it is about, before an "about" ("did not go into detail about | the
    issue of abandoning NATO membership"): a negation there, none past it, and nothing the claim says of its names
    before it."""
    about = next((m for m in _ABOUT_WORD.finditer(text) if tx.negation_count(text[: m.start()])), None)
    if about is None or tx.negation_count(text[about.end() :]):
        return False
    return not said_of_names(claim) & set(tx.content_stems(text[: about.start()]))


def _off_topic(claim: Claim, unit: Unit) -> Edit | None:
    """For a headline "X on <topic>: '...'": the words are X's, but neither their sentence nor the one
    before it speaks of the topic (no name of it, few of its words): they were about something else."""
    if claim.topic is None:
        return None
    topic = claim.topic.of(claim.text)
    around = f"{sentence_before(unit)} {unit.text}"
    keys = tx.keys_with_peoples(around)
    if any(tx.name_present(n, keys) for n in tx.names(topic)) or lexical_recall(topic, around) >= HEAD_LEXICAL:
        return None
    # What they were about instead: the places and bodies named there.
    others = _places_and_bodies(around)
    return Edit(EditKind.CHANGED, "subject", ", ".join(others[:4]), wd.span_of(unit, 0, len(unit.text)), topic)
