"""Quote fidelity: align an attributed claim with what the speaker is on record as saying.

``align`` takes the speaker's statement sentence that best matches the claim's content
(``matching``) and classifies it: verbatim, near-verbatim, paraphrase, truncated, condition
or hedge stripped, negation flipped, said at another time (outdated), said by someone else
(misattributed), or not found. The result names what the claim dropped or changed, as spans of the
evidence article, so that a reader can see the difference.

Matching is lexical (content-word recall, word-sequence alignment) plus, when a ``Similarity`` is
given, embedding similarity. Named things and numbers in the claim are anchors: a statement that
lacks most of them is not the same statement, however similar it reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from saidwhen.records import (
    Alignment,
    Claim,
    DateMention,
    Edit,
    EditKind,
    Evidence,
    Fidelity,
    Granularity,
    MarkerKind,
    Modality,
    Span,
)
from saidwhen.verify import degree as dg
from saidwhen.verify import text as tx
from saidwhen.verify import wording as wd
from saidwhen.verify.claims import DENIALS, ENDORSEMENTS, month_day
from saidwhen.verify.matching import (
    ALTERED_RATIO,
    ANCHORS_NEEDED,
    HEAD_LEXICAL,
    LEXICAL,
    MATCH,
    NEAR_VERBATIM,
    QUOTED,
    SUBORDINATE,
    Match,
    Similarity,
    adds_year,
    anchors_present,
    best_match,
    by_role,
    claim_part,
    lexical_recall,
    matches,
    preceding,
    reading,
)
from saidwhen.verify.wording import Unit, units

__all__ = ["Similarity", "align", "conditional_match", "rebuttal_match"]
MISATTRIBUTED = 0.72  # someone else's statement must match this well to call the claim misattributed
MISATTRIBUTED_WORDS = 0.8  # ... or hold this share of its words, in order (ALTERED_RATIO), with all its names
QUOTE_WORDS = 4  # ... or hold, word for word, this many words the claim quotes
TOPIC_LEXICAL = 0.4  # a conditional statement on the claim's topic shares this much of its content words
TOPIC_MATCH = 0.45  # ... and scores this much (mean of that share and embedding similarity)
TOPIC_SEMANTIC = 0.3  # ... with at least this embedding similarity
_PURPOSE = re.compile(
    r"^\W*(?:(?:in order )?to|so as to)\s+(?:illustrate|show|demonstrate|prove|underline|stress)\b", re.I
)
PURPOSE_GAP = 4  # words that may end the sentence between the quoted words and an illustration's purpose
_EXCHANGE = re.compile(r"in exchange for|in return for|swapping|swapped|trading|exchanging", re.I)
_SUBSTITUTE = re.compile(r"\b(?:instead of|in place of|in lieu of|rather than|in exchange|in return)\b", re.I)
_CONTRAST = re.compile(r"^\W*(?:but|however|although|though|unless|except|only|yet|while)\b", re.I)
_CLAUSE_END = re.compile(r",|;|\bthen\b|—|–|\)")
# The words that make a sentence ask rather than assert ("My question is, why", "How can").
_ASKING = re.compile(
    r"(?:\b(?:my|the)\s+question\s+is,?\s+)?\b(?:why|how|whether|what if|is it|do we|should we|can we|would)\b", re.I
)


def _is_year(written: str) -> bool:
    """A number written as a year ("2019", not "2,019" or "five")."""
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", written.strip()))


def _fits(when: DateMention, said: date) -> bool | None:
    """Whether a statement made on ``said`` fits the time a claim names; None when it cannot be told."""
    if when.resolved is not None:
        return _date_fits(when.resolved, when.granularity, said)
    md = month_day(when)
    if md is None:
        return None
    # A day without a year ("On Feb. 18"): the same day of any year, give or take one.
    for year in (said.year - 1, said.year, said.year + 1):
        try:
            if abs((date(year, *md) - said).days) <= 1:
                return True
        except ValueError:
            continue
    return False


EVENT_SLACK = 2  # days before the first report of an event that words "after" it may still have been said


def _date_fits(claimed: date, granularity: Granularity, said: date) -> bool:
    if granularity is Granularity.AFTER:
        return (said - claimed).days >= -EVENT_SLACK
    if granularity is Granularity.YEAR:
        return claimed.year == said.year
    if granularity is Granularity.MONTH:
        return (claimed.year, claimed.month) == (said.year, said.month)
    return abs((claimed - said).days) <= 1 if granularity is Granularity.DAY else abs((claimed - said).days) <= 7


def _edits(claim: Claim, match: Match) -> tuple[Fidelity, list[Edit]]:
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
    at = lo
    if unit.pair:
        at, reach = 0, len(unit.text)  # two remarks stacked: both sentences are what the claim says
    clause_text = unit.text[at:reach]
    opposed = tx.opposed_words(claim.content, clause_text)
    claimed = wd.blank(claim.content, wd.word_ranges(claim.content, [c for c, _ in opposed]))
    if wd.STACKED.search(claim.content) and not unit.pair:
        # A claim stacking two remarks matched by one sentence: only the remark it matched counts.
        claimed = claimed[slice(*claim_part(claim.content, unit.text[lo:hi]))]
    # "denied that Russia wants peace": the speaker said it does not (unless the claim gives the judgement
    # itself: "dismissed as 'totally untrue' ...").
    denied = claim.cue in DENIALS and _judgement(claim) is None and not _REBUTS.search(claim.content)
    claim_neg = tx.polarity(claimed) + (1 if denied else 0)
    asides = wd.asides(claim.content, unit.text, lo, hi)
    said_ranges = [(at + a, at + b) for a, b in wd.word_ranges(clause_text, [w for _, w in opposed])]
    window_neg = tx.polarity(wd.blank(unit.text, [*asides, *said_ranges]), at, reach)
    if (claim_neg + window_neg + min(1, len(opposed))) % 2:
        if opposed:
            for claimed, said in opposed:
                found = re.search(rf"\b{re.escape(said)}\b", clause_text, re.I)
                span = wd.span_of(unit, at + found.start(), at + found.end()) if found else None
                edits.append(Edit(EditKind.CHANGED, "meaning", said, span, claimed))
            return Fidelity.NEGATION_FLIPPED, edits
        inside = [(a - at, b - at) for a, b in (*tx.condition_clauses(unit.text), *asides)]
        for m in (*tx.NEGATION.finditer(clause_text), *tx.NEGATIVE_WORDS.finditer(clause_text)):
            if any(a <= m.start() < b for a, b in inside):
                continue
            edits.append(Edit(EditKind.CHANGED, "negation", m.group(0), wd.span_of(unit, at + m.start(), at + m.end())))
        if not edits:
            edits.append(Edit(EditKind.ADDED, "negation", claim_text=claim.content))
        return Fidelity.NEGATION_FLIPPED, edits

    # Quoted words cut right after a negation: "not only on paper" quoted as "only on paper".
    cut = wd.negation_cut(claim, unit)
    if cut:
        return Fidelity.NEGATION_FLIPPED, cut

    # The same words with a name or a quantity swapped: "the EU's umbrella" for "NATO's umbrella",
    # "all partners" for "some representatives".
    swapped = wd.swapped(claim.content, unit, match.window) if match.ratio >= ALTERED_RATIO else []
    swapped = swapped or wd.generalised(claim.content, unit, match.window) or wd.relocated(claim, unit)
    swapped = swapped or wd.renamed(claim, unit)
    if swapped:
        edits.extend(swapped)
        return Fidelity.ALTERED, edits

    # Quoted words with words of the original left out of their middle, the gap not marked ("…"):
    # "Ukraine's conditions – or perhaps more accurately, our ambition – was" quoted as "... conditions was".
    gaps = wd.gaps(claim, unit)
    if gaps:
        return Fidelity.TRUNCATED, gaps


    # An open choice stated as a decision: "it is up to Ukrainians to decide what they are willing to
    # give up" reported as "Ukrainians are willing to give up ...".
    choice = wd.OPEN_CHOICE.search(unit.text, max(0, lo - 60), hi)
    if choice is not None and not wd.OPEN_CHOICE.search(claim.content) and choice.end() <= hi:
        span = wd.span_of(unit, choice.start(), choice.end())
        return Fidelity.TRUNCATED, [Edit(EditKind.DROPPED, "frame", choice.group(0), span)]

    # Quoted words cut before what they were about, finished in other words ("did not support' Ukraine"
    # for "did not support this direction").
    recompleted = wd.recompleted(claim, unit)
    if recompleted:
        return Fidelity.TRUNCATED, recompleted

    # Numbers, in digits or words ("just two hours" / "over five hours"), noted whatever else is found
    # (a qualified sentence with other numbers does not state the claim either).
    in_claim = tx.number_mentions(claim.content)
    # Years are compared with years and counts with counts ("in 2019" says nothing of "a four-year war").
    kinds = {_is_year(claim.content[a:b]) for _, a, b in in_claim}
    stated = [n for n in tx.number_mentions(unit.text) if _is_year(unit.text[n[1] : n[2]]) in kinds]
    if in_claim and stated and not {v for v, _, _ in in_claim} & {v for v, _, _ in stated}:
        claim_numbers = ", ".join(claim.content[a:b] for _, a, b in in_claim)
        for _, a, b in stated:
            edits.append(Edit(EditKind.CHANGED, "number", unit.text[a:b], wd.span_of(unit, a, b), claim_numbers))

    conditions = list(tx.CONDITION.finditer(unit.text))
    if conditions and all(_EXCHANGE.fullmatch(m.group(0)) for m in conditions) and _SUBSTITUTE.search(claim.content):
        # "accepting guarantees instead of NATO membership" keeps "the offer to drop NATO membership in
        # return for security guarantees": one thing for another, in other words.
        conditions = []
    if conditions and MarkerKind.CONDITION not in claim_kinds:
        for m in conditions:
            clause_end = _CLAUSE_END.search(unit.text, m.end())
            end = clause_end.start() if clause_end else len(unit.text)
            edits.append(
                Edit(EditKind.DROPPED, "condition", unit.text[m.start() : end], wd.span_of(unit, m.start(), end))
            )
        return Fidelity.CONDITION_STRIPPED, edits

    hedges = [m for m in tx.HEDGE.finditer(unit.text) if lo - 40 <= m.start() <= hi]
    if hedges and MarkerKind.HEDGE not in claim_kinds and MarkerKind.CONDITION not in claim_kinds:
        for m in hedges:
            edits.append(Edit(EditKind.DROPPED, "hedge", m.group(0), wd.span_of(unit, m.start(), m.end())))
        return Fidelity.HEDGE_STRIPPED, edits

    # A question turned into an assertion: "why we should give Russia what they want ...?" quoted as
    # "we should give Russia what they want".
    asked = unit.text.rstrip(" \"”’'").endswith("?") and not claim.content.rstrip(" \"”’'").endswith("?")
    if asked and match.lexical >= LEXICAL:
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
    if match.ratio >= NEAR_VERBATIM and _CONTRAST.match(body) and not _about_others(claim, body):
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

    if wd.verbatim(claim, unit.text):
        return Fidelity.VERBATIM, edits
    if match.ratio >= NEAR_VERBATIM:
        return Fidelity.NEAR_VERBATIM, edits
    return Fidelity.PARAPHRASE, edits


# A short statement that rejects what was just reported: "these claims [are] totally untrue", "That is
# the Russian narrative".
_REBUTS = re.compile(
    r"\b(?:untrue|not true|false|lies?|nonsense|baseless|propaganda|narrative|myth|disinformation|fake)\b", re.I
)
_POINTS_BACK = re.compile(
    r"\b(?:these|this|that|those|such)\s+(?:claims?|allegations?|accusations?|reports?|narratives?|assertions?"
    r"|arguments?|justifications?|ideas?)\b|^\W*(?:that|this|it)\b",
    re.I,
)
_REBUTTAL_WORDS = 30
REBUTTAL_LEXICAL = 0.75  # the text a rebuttal points back to restates most of the claim's words


# "the claim that <proposition> is 'partly true'", "described the idea that <proposition> as a myth": a
# claim that reports the speaker's judgement of a proposition.
_ASSESSED = re.compile(
    r"\b(?:claims?|allegations?|accusations?|idea|notion|suggestion|argument|assertion)\s+that\s+(?P<prop>.{10,200}?),?"
    r"\s+(?:is|was|are|were|as|to\s+be)\s+(?P<judgement>[^.;]{2,40})",
    re.I,
)
_FRAMED = re.compile(
    r"^\W*(?:the\s+|[\w’'.-]+['’]s\s+)?(?:\w+\s+)?(?:claims?|allegations?|accusations?|idea|notion|suggestion"
    r"|argument|assertion|narrative|view|contention)\s+that\s+(?P<prop>.{10,})$",
    re.I,
)
_HOLDS = re.compile(r"\b(?:true|correct|accurate|right|justified|fair|valid|legitimate)\b", re.I)


def _judgement(claim: Claim) -> tuple[str, bool] | None:
    """(the proposition, whether the claim says the speaker judged it true) for a claim reporting a
    judgement ("... the claim that P is 'partly true'"); None for any other claim."""
    m = _ASSESSED.search(claim.content)
    if m is None:
        # "rejected the claim that P", "endorsed Moscow's argument that P": the verb is the judgement.
        framed = _FRAMED.match(claim.content)
        if framed is not None and claim.cue in DENIALS | ENDORSEMENTS:
            return framed.group("prop"), claim.cue in ENDORSEMENTS
        return None
    judgement = m.group("judgement")
    if _REBUTS.search(judgement) or tx.polarity(judgement) % 2:
        return m.group("prop"), False
    if _HOLDS.search(judgement):
        return m.group("prop"), True
    return None


def rebuttal_match(
    claim: Claim, statements: Sequence[Evidence], similarity: Similarity | None = None
) -> Alignment | None:
    """The speaker's short rejection of the very proposition the claim attributes to them: the text just
    before "Kallas called these claims 'totally untrue'" must restate the claim's content. A claim that
    reports the speaker's judgement of a proposition ("described the claim that P as 'partly true'") is
    matched by P, and agrees with the rejection when it too says the speaker rejected P."""
    judged = _judgement(claim)
    if judged is None and tx.polarity(claim.content) % 2:
        return None  # "X called the claims untrue" is itself a rebuttal: the ordinary alignment reads it
    proposition = judged[0] if judged is not None else claim.content
    best: tuple[float, Evidence, re.Match[str]] | None = None
    for ev in statements:
        rebuts = _REBUTS.search(ev.text)
        if rebuts is None or not _POINTS_BACK.search(ev.text) or len(tx.words(ev.text)) > _REBUTTAL_WORDS:
            continue
        at = ev.context.find(ev.text)
        before = ev.context[:at] if at > 0 else ""
        if not before.strip() or anchors_present(claim, before) < ANCHORS_NEEDED or adds_year(claim, before):
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
    names = {tx.name_key(w) for n in claim.entities for w in n.split()}
    predicate = {w for w in tx.content_stems(claim.content) if tx.name_key(w) not in names}
    # What the claim says happens, before any "before / after / when ..." clause: "Ukraine would hold a
    # referendum before giving up its NATO bid" is about a referendum, which a conditional offer to give up
    # the bid does not mention.
    head = SUBORDINATE.split(claim.content, maxsplit=1)[0]
    # What the claim says would or will happen ("any decision to drop the bid would be put to a referendum").
    modal = _MODAL_PREDICATE.search(head)
    predicate_words = modal.group("rest") if modal else ""
    claim_numbers = tx.number_values(" ".join(claim.numbers))
    swap = _SUBSTITUTE.search(claim.content) is not None
    for ev in statements:
        if tx.reports_claim(ev.text):
            continue
        pieces = units(ev)
        for i, unit in enumerate(pieces):
            clauses = tx.condition_clauses(unit.text)
            if not clauses or (swap and all(_EXCHANGE.match(unit.text[lo:hi]) for lo, hi in clauses)):
                continue  # none, or "in return for ..." where the claim has "instead of ...": kept
            before = pieces[i - 1].text if i else ""
            topic = f"{before} {unit.text}"
            if anchors_present(claim, f"{topic} {ev.context}") < ANCHORS_NEEDED:
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
            main_words = set(tx.content_stems(main))
            if lexical < TOPIC_LEXICAL or not (clause_words | main_words) & predicate:
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
    edit = Edit(EditKind.DROPPED, "condition", unit.text[lo:hi], wd.span_of(unit, lo, hi))
    return Alignment(Fidelity.CONDITION_STRIPPED, unit.evidence, score, (edit,), wd.span_of(unit, 0, len(unit.text)))


def _about_others(claim: Claim, clause: str) -> bool:
    """Whether a "but ..." clause after the claimed words speaks of others the claim does not name
    ("..., but that some representatives of the United States did not support this"): a further
    fact, not a qualification of what was claimed."""
    named = tx.names(clause)
    claim_keys = tx.keys(claim.text)
    return bool(named) and not any(tx.name_present(n, claim_keys) for n in named)


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
    if match is None or match.score < MEASURED or match.lexical < LEXICAL or match.anchors < ANCHORS_NEEDED:
        return None
    fidelity, edits = _edits(claim, match)
    numbers = [e for e in edits if e.what == "number"]
    unit = match.unit
    span = wd.span_of(unit, *match.window)
    if numbers and wd.same_measure(claim.content, unit.text, unit.evidence.span.start + unit.start, numbers):
        return Alignment(fidelity, unit.evidence, match.score, tuple(edits), span)
    # The same thing placed: "a press conference in Brussels" for the claim's "press conference in Berlin"
    # (elsewhere) or "... in Brussels" (there).
    placed = wd.placed_elsewhere(claim.content, unit)
    if isinstance(placed, Edit):
        return Alignment(Fidelity.ALTERED, unit.evidence, match.score, (placed,), span)
    if placed is True and fidelity in _AGREEING:
        return Alignment(fidelity, unit.evidence, match.score, tuple(edits), span)
    return None


OVERSTATED_REST = 0.5  # share of the claim's other words the milder statement (or the one before it) must hold


def _overstated(claim: Claim, statements: Sequence[Evidence]) -> Alignment | None:
    """The speaker's statement that says more mildly what the claim says more strongly, of the same
    subject ("We clearly see that they are not in good place", after a sentence on Russia, told as "Russia
    is on the verge of collapse"): the claim's other words are there, the degree is not."""
    for ev in statements:
        pieces = units(ev)
        for n, unit in enumerate(pieces):
            found = dg.overstated(claim.content, unit.text)
            if found is None:
                continue
            rest = claim.content.replace(found.claimed, " ")
            around = f"{pieces[n - 1].text if n else preceding(ev)} {unit.text}"
            if lexical_recall(rest, around, claim.entities, ev.context) < OVERSTATED_REST:
                continue
            if anchors_present(claim, f"{around} {ev.context}", numbers=False) < 1.0:
                continue
            span = wd.span_of(unit, *found.span)
            edit = Edit(EditKind.CHANGED, "degree", found.said, span, found.claimed)
            return Alignment(Fidelity.ALTERED, ev, QUOTED, (edit,), wd.span_of(unit, 0, len(unit.text)))
    return None


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
        pieces = units(ev)
        for n, unit in enumerate(pieces):
            if not wd.quotes_in(claim, unit.text, 3):
                continue
            around = f"{pieces[n - 1].text if n else preceding(ev)} {unit.text}"
            keys = tx.keys(around)
            missing = [name for name in applied if not tx.name_present(name, keys)]
            if not missing:
                return None  # the sentence or the one before is about what the claim says
            known = tx.keys(claim.content) | speaker
            countries = {tx.COUNTRY_WORDS.get(w) for w in tx.words(claim.content.lower())} - {None}
            # What it was said of: the places and bodies named there that the claim does not name.
            others = [
                n
                for n in tx.names(around)
                if not tx.name_present(n, known)
                and (n.lower() in tx.COUNTRY_WORDS or re.fullmatch(r"[A-Z]{2,6}", n))
                and tx.COUNTRY_WORDS.get(n.lower()) not in countries
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
    speaker's is MISATTRIBUTED. A match outside the time the claim names is OUTDATED.
    """
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
            and not _named_in(other.unit.evidence.speaker, claim.content)
            # "Japan's government confirmed ..." against Zelenskyy's words about Japan: about, not by.
            and not any(tx.name_present(n, tx.keys(other.unit.text)) for n in tx.names(claim.speaker or ""))
            and (match is None or other.score > match.score + 0.1)
        ):
            unit = other.unit
            span = wd.span_of(unit, *other.window)
            edit = Edit(EditKind.CHANGED, "speaker", unit.evidence.speaker or "", span, claim.speaker or "")
            return Alignment(Fidelity.MISATTRIBUTED, unit.evidence, other.score, (edit,), span)
        # Four or more words the claim quotes, on record from someone else and not from the speaker.
        quoting = next((u for ev in own for u in units(ev) if wd.quotes_in(claim, u.text, QUOTE_WORDS)), None)
        if quoting is not None and not _named_in(quoting.evidence.speaker, claim.content):
            span = wd.span_of(quoting, 0, len(quoting.text))
            edit = Edit(EditKind.CHANGED, "speaker", quoting.evidence.speaker or "", span, claim.speaker or "")
            return Alignment(Fidelity.MISATTRIBUTED, quoting.evidence, QUOTED, (edit,), span)
        swapped_out = _rather_than(claim, match)
        if swapped_out is not None:
            return swapped_out
        measured = _other_numbers(claim, match)
        if measured is not None:
            return measured
        stronger = _overstated(claim, statements)
        if stronger is not None:
            return stronger
        elsewhere = _said_of_another(claim, statements)
        if elsewhere is not None:
            return elsewhere
        rebutted = rebuttal_match(claim, statements, similarity)
        if rebutted is not None:
            return rebutted
        qualified = conditional_match(claim, statements, similarity)
        if qualified is not None:
            return qualified
        if match is None:
            return Alignment(Fidelity.NOT_FOUND, None, 0.0)
        return Alignment(
            Fidelity.NOT_FOUND, match.unit.evidence, match.score, (), wd.span_of(match.unit, *match.window)
        )

    fidelity, edits = _edits(claim, match)
    evidence = match.unit.evidence
    when = claim.when
    said = evidence.said_on or evidence.published
    # The time a claim names is when the words were said; a claim that attributes none names the time
    # of an event, which numbers and dates in the sentence itself are compared with.
    if claim.attributed and when is not None and said is not None and _fits(when, said) is False:
        fits = [ev for ev in statements if (d := ev.said_on or ev.published) is not None and _fits(when, d)]
        in_time = best_match(claim, fits, similarity) if fits else None
        if in_time is None or not matches(in_time):
            edits.append(Edit(EditKind.CHANGED, "date", said.isoformat(), evidence.span, when.text))
            fidelity = Fidelity.OUTDATED
        else:
            match = in_time
            fidelity, edits = _edits(claim, match)
            evidence = match.unit.evidence
    span = wd.span_of(match.unit, *match.window)
    off = _off_topic(claim, match.unit) if fidelity in _AGREEING else None
    if off is not None:
        return Alignment(Fidelity.OUT_OF_CONTEXT, evidence, match.score, (off,), span)
    return Alignment(fidelity, evidence, match.score, tuple(edits), span)


_AGREEING = frozenset([Fidelity.VERBATIM, Fidelity.NEAR_VERBATIM, Fidelity.PARAPHRASE])


def _off_topic(claim: Claim, unit: Unit) -> Edit | None:
    """For a headline "X on <topic>: '...'": the words are X's, but neither their sentence nor the one
    before it speaks of the topic (no name of it, few of its words): they were about something else."""
    if claim.topic is None:
        return None
    topic = claim.topic.of(claim.text)
    ev = unit.evidence
    before = [u for u in units(ev) if u.start < unit.start]
    around = f"{before[-1].text if before else preceding(ev)} {unit.text}"
    keys = tx.keys(around)
    if any(tx.name_present(n, keys) for n in tx.names(topic)) or lexical_recall(topic, around) >= HEAD_LEXICAL:
        return None
    # What they were about instead: the places and bodies named there.
    others = [n for n in tx.names(around) if n.lower() in tx.COUNTRY_WORDS or re.fullmatch(r"[A-Z]{2,6}", n)]
    return Edit(EditKind.CHANGED, "subject", ", ".join(others[:4]), wd.span_of(unit, 0, len(unit.text)), topic)
