"""Quote fidelity: align an attributed claim with what the speaker is on record as saying.

``align`` compares the claim's content with each of the speaker's statements, sentence by
sentence, and classifies the best match: verbatim, near-verbatim, paraphrase, truncated, condition
or hedge stripped, negation flipped, said at another time (outdated), said by someone else
(misattributed), or not found. The result names what the claim dropped or changed, as spans of the
evidence article, so that a reader can see the difference.

Matching is lexical (content-word recall, word-sequence alignment) plus, when a ``Similarity`` is
given, embedding similarity. Named things and numbers in the claim are anchors: a statement that
lacks most of them is not the same statement, however similar it reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from itertools import pairwise

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
from saidwhen.verify import text as tx
from saidwhen.verify.claims import month_day

Similarity = Callable[[str, Sequence[str]], Sequence[float]]
"""``similarity(query, texts)`` -> one score in [-1, 1] per text (cosine of sentence embeddings)."""

MATCH = 0.62  # a statement at or above this score (and LEXICAL) is the claimed statement
LEXICAL = 0.55  # share of the claim's content words a matching statement must contain
NEAR_VERBATIM = 0.8  # word-sequence ratio for near-verbatim
ANCHORS_NEEDED = 0.6  # share of the claim's names and numbers a match must contain
NARRATED = 0.7  # share of a claim's other words a statement needs before names in its narration count
QUOTED = 0.7  # the score of a sentence holding the words the claim quotes
ALTERED_RATIO = 0.6  # word-sequence ratio over which a swapped name or quantity reads as an alteration
MISATTRIBUTED = 0.72  # someone else's statement must match this well to call the claim misattributed
QUOTE_WORDS = 4  # ... or hold, word for word, this many words the claim quotes
TOPIC_LEXICAL = 0.4  # a conditional statement on the claim's topic shares this much of its content words
TOPIC_MATCH = 0.45  # ... and scores this much (mean of that share and embedding similarity)
TOPIC_SEMANTIC = 0.3  # ... with at least this embedding similarity
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
_CONTRAST = re.compile(r"^\W*(?:but|however|although|though|unless|except|only|yet|while)\b", re.I)
_CLAUSE_END = re.compile(r",|;|\bthen\b|—|–|\)")
# The words that make a sentence ask rather than assert ("My question is, why", "How can").
_ASKING = re.compile(
    r"(?:\b(?:my|the)\s+question\s+is,?\s+)?\b(?:why|how|whether|what if|is it|do we|should we|can we|would)\b", re.I
)


@dataclass(frozen=True)
class _Unit:
    evidence: Evidence
    start: int  # offset of the unit inside ``evidence.text``
    text: str
    following: str  # the rest of the statement after this unit
    pair: bool = False  # two sentences read as one (a claim that stacks two remarks)


@dataclass(frozen=True)
class _Match:
    unit: _Unit
    score: float
    lexical: float
    semantic: float | None
    anchors: float
    window: tuple[int, int]  # character range of the matched words inside the unit text
    ratio: float  # word-sequence similarity of claim content and window


def units(evidence: Evidence) -> list[_Unit]:
    """The sentences of a statement (a quote may run over several)."""
    pieces: list[_Unit] = []
    text = evidence.text
    start = 0
    bounds: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    for lo, hi in bounds:
        if text[lo:hi].strip():
            pieces.append(_Unit(evidence, lo, text[lo:hi], text[hi:]))
    return pieces


def anchors_present(claim: Claim, text: str, numbers: bool = True) -> float:
    """Share of the claim's named things and numbers (names only with ``numbers`` False) that
    ``text`` contains (1.0 when it has none)."""
    anchors = list(claim.entities)
    values = tx.number_values(" ".join(claim.numbers)) if numbers else set()
    if not anchors and not values:
        return 1.0
    keys = tx.keys(text)
    found = sum(1 for a in anchors if tx.name_present(a, keys))
    text_values = tx.number_values(text)
    found += sum(1 for v in values if v in text_values)
    return found / (len(anchors) + len(values))


def lexical_recall(claim_text: str, text: str, names: Sequence[str] = (), context: str = "") -> float:
    """Share of the claim's content words (stemmed) found in ``text``. When ``text`` holds at least
    ``NARRATED`` of the claim's other words, words of the claim's ``names`` found in the narration
    around it (``context``) count too ("during the talks", with Berlin named in the sentence that
    introduces the quote)."""
    # Numbers are compared as numbers (anchors, number edits), not as words that must be shared.
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
    return len(found) / len(wanted)


def _window(claim_text: str, unit_text: str) -> tuple[tuple[int, int], float]:
    """Character range in ``unit_text`` covering the words matched with the claim, and the
    word-sequence similarity of the claim with that range."""
    a = [tx.stem(w) for w in tx.words(claim_text)]
    spans = tx.word_spans(unit_text)
    b = [tx.stem(w) for w, _ in spans]
    if not a or not b:
        return (0, len(unit_text)), 0.0
    matcher = SequenceMatcher(a=a, b=b, autojunk=False)
    blocks = [blk for blk in matcher.get_matching_blocks() if blk.size]
    if not blocks:
        return (0, 0), 0.0
    first, last = blocks[0].b, blocks[-1].b + blocks[-1].size - 1
    # Widen to the left by up to three words: a negation or hedge sits right before the verb.
    lo = max(0, first - 3)
    region = b[first : last + 1]
    ratio = SequenceMatcher(a=a, b=region, autojunk=False).ratio()
    return (spans[lo][1].start, spans[last][1].end), ratio


_REFERS = re.compile(r"\b(?:he|she|they|it)\b", re.I)
_PRONOUN_START = re.compile(r"^\W*(?:they|it|this|these|he|she|that)\b", re.I)


def _score(claim: Claim, unit: _Unit, semantic: float | None) -> _Match:
    text = unit.text
    if unit.start and _PRONOUN_START.match(text):
        # "They cannot be papers or promises": the sentence before says what "they" are.
        before = [u for u in units(unit.evidence) if u.start < unit.start]
        text = f"{before[-1].text} {text}" if before else text
    # Names and numbers may sit in the narration around a quote ("... in Berlin, Witkoff said").
    lexical = lexical_recall(claim.content, text, claim.entities, unit.evidence.context)
    anchors = anchors_present(claim, f"{unit.text} {unit.evidence.context}")
    named = len(claim.entities) + len(claim.numbers)
    if anchors < 1.0 and named >= 2 and _REFERS.search(unit.text) and anchors * named >= named - 1:
        # One name missing where the statement says "he" / "they": the pronoun may be that name
        # ("then they definitely move on with taking the whole of Ukraine" -> Russia).
        anchors = 1.0
    window, ratio = _window(claim.content, unit.text)
    # Word order counts only for a sentence that has the claim's words ("the talks collapsed" is not
    # "a lot of progress was made during the talks" because both have "the talks").
    ratio = ratio if lexical >= LEXICAL else 0.0
    swaps = _swapped(claim.content, unit, window) if anchors < 1.0 and ratio >= ALTERED_RATIO else []
    if not swaps and anchors < 1.0:
        # One name missing (numbers are compared apart): the place, where the statement has another.
        names_found = anchors_present(claim, f"{unit.text} {unit.evidence.context}", numbers=False)
        if names_found * len(claim.entities) >= len(claim.entities) - 1:
            swaps = _relocated(claim, unit)
    if any(e.what == "name" for e in swaps):
        # The missing name stands where the statement has another one: the same words, altered
        # ("prime minister of Latvia" / "prime minister of Estonia"); ``_edits`` says so. The rest of
        # the claim is what must match.
        anchors = 1.0
        rest = _blank(claim.content, _word_ranges(claim.content, [e.claim_text for e in swaps]))
        lexical = max(lexical, lexical_recall(rest, text, claim.entities, unit.evidence.context))
    # Shared words alone do not make the same statement: with embeddings, average the two views.
    base = max(ratio, (lexical + semantic) / 2 if semantic is not None else 0.9 * lexical)
    if _quotes_in(claim, unit.text):
        # The words the claim puts in quote marks are in this sentence: it is the one the claim quotes.
        lexical = max(lexical, LEXICAL)
        base = max(base, QUOTED)
    score = base * (1.0 if anchors >= ANCHORS_NEEDED else 0.5 + 0.5 * anchors)
    return _Match(unit, score, lexical, semantic, anchors, window, ratio)


def best_match(
    claim: Claim, statements: Sequence[Evidence], similarity: Similarity | None = None, top: int = 8
) -> _Match | None:
    """The statement sentence that best matches the claim content."""
    candidates = [u for ev in statements for u in units(ev)]
    if not candidates:
        return None
    if _STACKED.search(claim.content):
        # "X said A and that B": A and B may be two sentences of one statement, read together.
        candidates += [p for ev in statements for p in _pairs(units(ev))]
    # Lexical pass over all, semantic pass over the best few (embedding costs ~10 ms a sentence).
    rough = sorted(candidates, key=lambda u: -max(lexical_recall(claim.content, u.text), u.evidence.similarity or 0.0))
    # A sentence holding the words the claim quotes is always on the list.
    shortlist = rough[:top] + [u for u in rough[top:] if _quotes_in(claim, u.text)]
    lexical = [_score(claim, u, None) for u in shortlist]
    if similarity is not None:
        # Only a sentence that can pass the word test (``_matches``) is worth embedding.
        able = [i for i, m in enumerate(lexical) if m.lexical >= LEXICAL or m.ratio >= NEAR_VERBATIM]
        if able:
            scores = similarity(claim.content, [shortlist[i].text for i in able])
            for i, sem in zip(able, scores, strict=True):
                lexical[i] = _score(claim, shortlist[i], sem)
    return max(lexical, key=lambda m: m.score)


# A claim that stacks two remarks: "... is our policy and that Russia is not in a good place", "..., which
# illustrates that ...", "..., adding that ...".
_STACKED = re.compile(
    r"\b(?:and|but)\s+(?:that|said|says|added|adds|warned|noted|stressed|argued|insisted)\b"
    r"|,\s*(?:which|adding|saying|noting|warning|describing|calling|not)\b",
    re.I,
)


def _pairs(pieces: Sequence[_Unit]) -> list[_Unit]:
    """Two consecutive sentences of one statement as one unit."""
    out = []
    for first, second in pairwise(pieces):
        end = second.start + len(second.text)
        text = first.evidence.text[first.start : end]
        out.append(_Unit(first.evidence, first.start, text, first.evidence.text[end:], pair=True))
    return out


def _abs(unit: _Unit, start: int, end: int) -> Span:
    base = unit.evidence.span.start + unit.start
    return Span(base + start, base + end)


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


def _edits(claim: Claim, match: _Match) -> tuple[Fidelity, list[Edit]]:
    unit = match.unit
    lo, hi = match.window
    edits: list[Edit] = []
    claim_kinds = {m.kind for m in claim.markers}

    # Polarity: negations and negative verbs ("decried"), not those inside a condition clause nor in a
    # phrase the statement adds that the claim has nothing of ("..., and a commitment not to join ...");
    # and opposite words ("Moscow has agreed to ..." / "Moscow is refusing to ..."). Each reverses the
    # meaning once: "has not agreed" and "is refusing" say the same. A word counts once, as an opposite.
    # The predicate may run past the matched words ("the United States and European partners did not
    # support this" for "... refused to back ..."): polarity is read to the end of the clause.
    clause_end = _CLAUSE_END.search(unit.text, hi)
    reach = clause_end.start() if clause_end else len(unit.text)
    at = lo
    if unit.pair:
        at, reach = 0, len(unit.text)  # two remarks stacked: both sentences are what the claim says
    clause_text = unit.text[at:reach]
    opposed = tx.opposed_words(claim.content, clause_text)
    claim_neg = tx.polarity(_blank(claim.content, _word_ranges(claim.content, [c for c, _ in opposed])))
    asides = _asides(claim.content, unit.text, lo, hi)
    said_ranges = [(at + a, at + b) for a, b in _word_ranges(clause_text, [w for _, w in opposed])]
    window_neg = tx.polarity(_blank(unit.text, [*asides, *said_ranges]), at, reach)
    if (claim_neg + window_neg + len(opposed)) % 2:
        if opposed:
            for claimed, said in opposed:
                found = re.search(rf"\b{re.escape(said)}\b", clause_text, re.I)
                span = _abs(unit, at + found.start(), at + found.end()) if found else None
                edits.append(Edit(EditKind.CHANGED, "meaning", said, span, claimed))
            return Fidelity.NEGATION_FLIPPED, edits
        inside = [(a - at, b - at) for a, b in (*tx.condition_clauses(unit.text), *asides)]
        for m in (*tx.NEGATION.finditer(clause_text), *tx.NEGATIVE_WORDS.finditer(clause_text)):
            if any(a <= m.start() < b for a, b in inside):
                continue
            edits.append(Edit(EditKind.CHANGED, "negation", m.group(0), _abs(unit, at + m.start(), at + m.end())))
        if not edits:
            edits.append(Edit(EditKind.ADDED, "negation", claim_text=claim.content))
        return Fidelity.NEGATION_FLIPPED, edits

    # Quoted words cut right after a negation: "not only on paper" quoted as "only on paper".
    cut = _negation_cut(claim, unit)
    if cut:
        return Fidelity.NEGATION_FLIPPED, cut

    # The same words with a name or a quantity swapped: "the EU's umbrella" for "NATO's umbrella",
    # "all partners" for "some representatives".
    swapped = _swapped(claim.content, unit, match.window) if match.ratio >= ALTERED_RATIO else []
    swapped = swapped or _generalised(claim.content, unit, match.window) or _relocated(claim, unit)
    if swapped:
        edits.extend(swapped)
        return Fidelity.ALTERED, edits

    # Quoted words with words of the original left out of their middle, the gap not marked ("…"):
    # "Ukraine's conditions – or perhaps more accurately, our ambition – was" quoted as "... conditions was".
    gaps = _gaps(claim, unit)
    if gaps:
        return Fidelity.TRUNCATED, gaps

    # An open choice stated as a decision: "it is up to Ukrainians to decide what they are willing to
    # give up" reported as "Ukrainians are willing to give up ...".
    choice = _OPEN_CHOICE.search(unit.text, max(0, lo - 60), hi)
    if choice is not None and not _OPEN_CHOICE.search(claim.content) and choice.end() <= hi:
        span = _abs(unit, choice.start(), choice.end())
        return Fidelity.TRUNCATED, [Edit(EditKind.DROPPED, "frame", choice.group(0), span)]

    conditions = list(tx.CONDITION.finditer(unit.text))
    if conditions and MarkerKind.CONDITION not in claim_kinds:
        for m in conditions:
            clause_end = _CLAUSE_END.search(unit.text, m.end())
            end = clause_end.start() if clause_end else len(unit.text)
            edits.append(Edit(EditKind.DROPPED, "condition", unit.text[m.start() : end], _abs(unit, m.start(), end)))
        return Fidelity.CONDITION_STRIPPED, edits

    hedges = [m for m in tx.HEDGE.finditer(unit.text) if lo - 40 <= m.start() <= hi]
    if hedges and MarkerKind.HEDGE not in claim_kinds and MarkerKind.CONDITION not in claim_kinds:
        for m in hedges:
            edits.append(Edit(EditKind.DROPPED, "hedge", m.group(0), _abs(unit, m.start(), m.end())))
        return Fidelity.HEDGE_STRIPPED, edits

    # Numbers, in digits or words ("just two hours" / "over five hours").
    in_claim = tx.number_mentions(claim.content)
    stated = tx.number_mentions(unit.text)
    if in_claim and stated and not {v for v, _, _ in in_claim} & {v for v, _, _ in stated}:
        claim_numbers = ", ".join(claim.content[a:b] for _, a, b in in_claim)
        for _, a, b in stated:
            edits.append(Edit(EditKind.CHANGED, "number", unit.text[a:b], _abs(unit, a, b), claim_numbers))

    # A question turned into an assertion: "why we should give Russia what they want ...?" quoted as
    # "we should give Russia what they want".
    asked = unit.text.rstrip(" \"”’'").endswith("?") and not claim.content.rstrip(" \"”’'").endswith("?")
    if asked and match.lexical >= LEXICAL:
        frame = _ASKING.search(unit.text[:hi])
        if frame is not None:
            start, end = frame.start(), frame.end()
            edits.append(Edit(EditKind.DROPPED, "question", unit.text[start:end], _abs(unit, start, end)))
        else:
            edits.append(Edit(EditKind.DROPPED, "question", "?", _abs(unit, len(unit.text) - 1, len(unit.text))))
        return Fidelity.TRUNCATED, edits

    rest = unit.text[hi:]
    # What follows the matched words, in this sentence or (if it ends there) the next ones.
    offset, tail = (hi, rest) if rest.strip(' .,;"”’') else (len(unit.text), unit.following)
    lead = len(tail) - len(tail.lstrip(' ,;—–-"”’'))
    body = tail[lead:].rstrip()
    if match.ratio >= NEAR_VERBATIM and _CONTRAST.match(body):
        start = offset + lead
        edits.append(Edit(EditKind.DROPPED, "words", body, _abs(unit, start, start + len(body))))
        return Fidelity.TRUNCATED, edits

    if _verbatim(claim, unit.text):
        return Fidelity.VERBATIM, edits
    if match.ratio >= NEAR_VERBATIM:
        return Fidelity.NEAR_VERBATIM, edits
    return Fidelity.PARAPHRASE, edits


_ASIDE_WORDS = 4  # an added phrase this long (or longer) is an aside, not part of the claimed words


def _asides(claim_text: str, unit_text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Character ranges of ``unit_text[lo:hi]`` the statement adds as a phrase of its own: a run of at
    least ``_ASIDE_WORDS`` words matching none of the claim's, opened by "and" / "or" or a comma
    ("Kyiv's neutral status and a constitutional commitment not to join the alliance were ...")."""
    spans = tx.word_spans(unit_text[lo:hi])
    # The claim's own negations anchor nothing: its "not" must not pair with a "not" inside the aside.
    a = [tx.stem(w) for w in tx.words(claim_text) if not tx.NEGATION.fullmatch(w)]
    b = [tx.stem(w) for w, _ in spans]
    out: list[tuple[int, int]] = []
    for op, _, _, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op not in {"insert", "replace"} or j2 - j1 < _ASIDE_WORDS:
            continue
        start, end = lo + spans[j1][1].start, lo + spans[j2 - 1][1].end
        opened = spans[j1][0].lower() in {"and", "or"} or unit_text[:start].rstrip().endswith(",")
        if opened:
            out.append((start, end))
    return out


def _word_ranges(text: str, found: Sequence[str]) -> list[tuple[int, int]]:
    """Character ranges of the whole words ``found`` in ``text``."""
    return [m.span() for w in found for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.I)]


def _blank(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    """``text`` with the characters of ``ranges`` replaced by spaces (offsets kept)."""
    chars = list(text)
    for a, b in ranges:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


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


def rebuttal_match(
    claim: Claim, statements: Sequence[Evidence], similarity: Similarity | None = None
) -> Alignment | None:
    """The speaker's short rejection of the very proposition the claim attributes to them: the text just
    before "Kallas called these claims 'totally untrue'" must restate the claim's content."""
    if tx.polarity(claim.content) % 2:
        return None  # "X called the claims untrue" is itself a rebuttal: the ordinary alignment reads it
    best: tuple[float, Evidence, re.Match[str]] | None = None
    for ev in statements:
        rebuts = _REBUTS.search(ev.text)
        if rebuts is None or not _POINTS_BACK.search(ev.text) or len(tx.words(ev.text)) > _REBUTTAL_WORDS:
            continue
        at = ev.context.find(ev.text)
        before = ev.context[:at] if at > 0 else ""
        if not before.strip() or anchors_present(claim, before) < ANCHORS_NEEDED:
            continue
        lexical = lexical_recall(claim.content, before)
        if lexical < REBUTTAL_LEXICAL:
            continue
        semantic = similarity(claim.content, [before])[0] if similarity is not None else lexical
        score = (lexical + semantic) / 2
        if score >= MATCH and (best is None or score > best[0]):
            best = (score, ev, rebuts)
    if best is None:
        return None
    score, ev, rebuts = best
    span = Span(ev.span.start + rebuts.start(), ev.span.start + rebuts.end())
    edit = Edit(EditKind.CHANGED, "negation", rebuts.group(0), span, claim.content)
    return Alignment(Fidelity.NEGATION_FLIPPED, ev, score, (edit,), ev.span)


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
    found: list[tuple[float, _Unit, tuple[int, int]]] = []
    names = {tx.name_key(w) for n in claim.entities for w in n.split()}
    predicate = {w for w in tx.content_stems(claim.content) if tx.name_key(w) not in names}
    for ev in statements:
        if tx.reports_claim(ev.text):
            continue
        pieces = units(ev)
        for i, unit in enumerate(pieces):
            clauses = tx.condition_clauses(unit.text)
            if not clauses:
                continue
            before = pieces[i - 1].text if i else ""
            topic = f"{before} {unit.text}"
            if anchors_present(claim, f"{topic} {ev.context}") < ANCHORS_NEEDED:
                continue
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
    edit = Edit(EditKind.DROPPED, "condition", unit.text[lo:hi], _abs(unit, lo, hi))
    return Alignment(Fidelity.CONDITION_STRIPPED, unit.evidence, score, (edit,), _abs(unit, 0, len(unit.text)))


def _named_in(speaker: str | None, text: str) -> bool:
    """Whether ``text`` names ``speaker`` (by surname): "Kallas said Trump is right" is about Trump's
    words, not a misattribution of them."""
    return bool(speaker) and tx.name_key((speaker or "").split()[-1]) in tx.keys(text)


def _matches(match: _Match) -> bool:
    return match.score >= MATCH and (match.lexical >= LEXICAL or match.ratio >= NEAR_VERBATIM)


_ALL = frozenset(["all", "every", "everyone", "everybody", "always", "entire", "whole"])
_SOME = frozenset(["some", "several", "few", "many", "most", "certain", "sometimes", "part", "various"])


def _swapped(claim_text: str, unit: _Unit, window: tuple[int, int]) -> list[Edit]:
    """Words the claim put in place of the statement's, aligned word by word over the matched window:
    a name for another name, or "all" for "some" (quantities in figures are compared elsewhere)."""
    lo, hi = window
    unit_text = unit.text
    # A little past the matched words: a swapped name often ends the claim ("... minister of Latvia").
    after = list(re.finditer(r"\S+", unit_text[hi:]))[:2]
    hi = hi + after[-1].end() if after else hi
    mine = tx.word_spans(claim_text)
    theirs = [(w, Span(sp.start + lo, sp.end + lo)) for w, sp in tx.word_spans(unit_text[lo:hi])]
    a = [tx.stem(w) for w, _ in mine]
    b = [tx.stem(w) for w, _ in theirs]
    edits: list[Edit] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 > 3 or j2 - j1 > 3:
            continue
        said = [w for w, _ in theirs[j1:j2]]
        claimed = [w for w, _ in mine[i1:i2]]
        start, end = theirs[j1][1].start, theirs[j2 - 1][1].end
        span = _abs(unit, start, end)
        written = unit_text[start:end]
        claim_written = claim_text[mine[i1][1].start : mine[i2 - 1][1].end]
        claimed_names = {tx.name_key(w) for w, sp in mine[i1:i2] if _noun_name(claim_text, sp)}
        named = [sp for w, sp in theirs[j1:j2] if _noun_name(unit_text, sp)]
        said_names = {tx.name_key(sp.of(unit_text)) for sp in named}
        if claimed_names and said_names and not any(_kin(x, y) for x in claimed_names for y in said_names):
            start, end = named[0].start, named[-1].end  # the names alone, not the words around them
            edits.append(Edit(EditKind.CHANGED, "name", unit_text[start:end], _abs(unit, start, end), claim_written))
        elif _ALL & set(claimed) and _SOME & set(said):
            edits.append(Edit(EditKind.CHANGED, "quantity", written, span, claim_written))
    return edits


# A place named after "in" / "at": "held in Vilnius", "talks in Berlin", "at 10 Downing Street".
_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:\d{4}\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
_NOT_PLACES = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "dec", "jan", "feb", "nov", "oct", "sept", "sep", "aug", "march", "the", "this", "that", "his", "her", "their"]
)  # fmt: skip


def _places(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the places ``text`` names after "in" / "at" (not months or days)."""
    return [
        (m.group("name"), m.start("name"), m.end("name"))
        for m in _PLACE.finditer(text)
        if m.group("name").split()[0].lower().strip(".") not in _NOT_PLACES
    ]


def _relocated(claim: Claim, unit: _Unit) -> list[Edit]:
    """The claim puts in one place ("held in Vilnius") what the statement puts in another ("summit in
    Washington"), or gives one country where the statement gives another ("a Russian delegation" /
    "U.S. officials"): the claim's place is nowhere in the statement or its narration (its country
    nowhere in the statement), and the statement's is not in the claim."""
    around_text = f"{unit.text} {unit.evidence.context}"
    around = tx.keys(around_text)
    claim_keys = tx.keys(claim.content)
    mine = [p for p, _, _ in _places(claim.content) if not tx.name_present(p, around)]
    if len(mine) == 1:
        theirs = [(p, a, b) for p, a, b in _places(unit.text) if not tx.name_present(p, claim_keys)]
        if theirs:
            _, a, b = theirs[0]
            return [Edit(EditKind.CHANGED, "name", unit.text[a:b], _abs(unit, a, b), mine[0])]
    if _STANDS_FOR.search(unit.text):
        return []  # "if they concede ...": the missing country may be the one a pronoun stands for
    present = {k for k, _, _ in _countries(unit.text)}  # the narration around may name any country
    claimed = {k for k, _, _ in _countries(claim.content)}
    missing = [(k, a, b) for k, a, b in _countries(claim.content) if k not in present]
    if len({k for k, _, _ in missing}) != 1:
        return []
    other = [(k, a, b) for k, a, b in _countries(unit.text) if k not in claimed]
    if not other:
        return []
    _, ca, cb = missing[0]
    # The one used the same way: "a Russian delegation" answers to "U.S. officials", not to "Kyiv's".
    modifier = _modifies(claim.content, cb)
    _, a, b = min(other, key=lambda o: _modifies(unit.text, o[2]) != modifier)
    return [Edit(EditKind.CHANGED, "name", unit.text[a:b], _abs(unit, a, b), claim.content[ca:cb])]


# Countries and the words that name them ("Russian", "Moscow", "U.S."): a claim giving one where the
# statement gives another has changed who did it.
_COUNTRY_WORDS = {
    "russia": "russia", "russian": "russia", "russians": "russia", "moscow": "russia", "kremlin": "russia",
    "ukraine": "ukraine", "ukrainian": "ukraine", "ukrainians": "ukraine", "kyiv": "ukraine", "kiev": "ukraine",
    "american": "us", "americans": "us", "america": "us",
    "british": "uk", "britain": "uk", "french": "france", "france": "france", "german": "germany",
    "germany": "germany", "chinese": "china", "china": "china", "polish": "poland", "poland": "poland",
    "hungarian": "hungary", "hungary": "hungary", "slovak": "slovakia", "slovakia": "slovakia",
    "estonian": "estonia", "estonia": "estonia", "latvian": "latvia", "latvia": "latvia",
    "lithuanian": "lithuania", "lithuania": "lithuania", "turkish": "turkey", "turkey": "turkey",
    "japanese": "japan", "japan": "japan", "canadian": "canada", "canada": "canada", "italian": "italy",
    "italy": "italy", "spanish": "spain", "spain": "spain", "belarusian": "belarus", "belarus": "belarus",
    "finnish": "finland", "finland": "finland", "swedish": "sweden", "sweden": "sweden", "iranian": "iran",
    "iran": "iran", "israeli": "israel", "israel": "israel", "indian": "india", "india": "india",
}  # fmt: skip
_COUNTRY = re.compile(r"\bU\.S\.?(?!\w)|\bUS\b|\bUnited States\b|\bU\.K\.?(?!\w)|\bUK\b|\b[A-Z][a-z]+\b")


_STANDS_FOR = re.compile(r"\b(?:they|them|their|it|its|he|him|his|she|her)\b", re.I)


def _modifies(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` stands before a lower-case noun ("Russian delegation")."""
    return re.match(r"\s+[a-z]", text[end:]) is not None


def _countries(text: str) -> list[tuple[str, int, int]]:
    """(country, start, end) of the countries ``text`` names, by name, people, capital or initials."""
    out = []
    for m in _COUNTRY.finditer(text):
        word = m.group(0).lower().rstrip(".")
        key = {"u.s": "us", "us": "us", "united states": "us", "u.k": "uk", "uk": "uk"}.get(word)
        key = key or _COUNTRY_WORDS.get(word)
        if key:
            out.append((key, m.start(), m.end()))
    return out


def _noun_name(text: str, span: Span) -> bool:
    """A capitalised word used as a name, not as an adjective before a noun ("the Baltic country",
    "European partners"); a possessive is a name ("NATO's umbrella")."""
    if not text[span.start].isupper():
        return False
    if text[span.start : span.end].lower().endswith(("'s", "’s")):
        return True
    after = re.match(r"\s+([a-z]+)", text[span.end :])
    return after is None or after.group(1) in tx.STOPWORDS


def _kin(a: str, b: str) -> bool:
    """Two name keys of one name ("europ" / "europe", "ukrain" / "ukraini")."""
    shared = len(a) if b.startswith(a) else len(b) if a.startswith(b) else 0
    return a == b or shared >= 4


def _generalised(claim_text: str, unit: _Unit, window: tuple[int, int]) -> list[Edit]:
    """ "all" in the claim where the statement says "some" (in other words or order): the claim makes
    a part the whole."""
    lo, hi = window
    mine = {w for w in tx.words(claim_text)}
    theirs = tx.word_spans(unit.text[lo:hi])
    said = {w for w, _ in theirs}
    if said & _ALL:
        return []
    if mine & _ALL:
        for w, sp in theirs:
            if w in _SOME:
                claimed = next(x for x in tx.words(claim_text) if x in _ALL)
                written = unit.text[lo + sp.start : lo + sp.end]
                return [Edit(EditKind.CHANGED, "quantity", written, _abs(unit, lo + sp.start, lo + sp.end), claimed)]
        return []
    if mine & (_SOME | _PART_OF):
        return []
    # The claim drops the statement's "some" before a group: "some representatives of the United States ...
    # did not support this" told as "the United States ... refused to support" speaks for the whole.
    for (w, sp), (nxt, _) in pairwise(theirs):
        if w in _PART_OF and nxt not in _NOT_GROUPS and not tx.is_number_word(nxt):
            written = unit.text[lo + sp.start : lo + sp.end]
            return [Edit(EditKind.DROPPED, "quantity", written, _abs(unit, lo + sp.start, lo + sp.end))]
    return []


_PART_OF = frozenset(["some", "several", "certain", "few"])  # words that make a group a part of itself
# Nouns after "some" that do not name a group of people or things: "some time", "to some extent".
_NOT_GROUPS = frozenset(["time", "extent", "degree", "point", "way", "days", "years", "months", "weeks", "sort",
                         "kind", "of", "form", "stage"])  # fmt: skip


def _quotes_in(claim: Claim, text: str, least: int = 2) -> bool:
    """Whether ``text`` holds, word for word, the words the claim quotes (``least`` words or more, one
    of them carrying meaning: "totally untrue", "very, very strong")."""
    if not claim.quoted:
        return False
    have = tx.words(text)
    pieces = [p for p in claim.quoted if len(tx.words(p)) >= least and tx.content_stems(p)]
    return bool(pieces) and all(_held(tx.words(p), have) for p in pieces)


_OPEN_CHOICE = re.compile(
    r"\b(?:(?:up\s+to\s+\w+\s+to\s+)?(?:decide|determine|choose|judge)|ask(?:s|ed)?|wonder(?:s|ed)?)\s+"
    r"(?:what|whether|if|how\s+(?:much|far|many)|which)\b",
    re.I,
)
_MAX_GAP = 15  # words left out of a quotation's middle that still make it the same quotation, cut


def _quoted_at(piece: Sequence[str], words: Sequence[str]) -> int:
    """Where ``piece`` starts in ``words`` as a run (-1 when it does not)."""
    n = len(piece)
    return next((i for i in range(len(words) - n + 1) if list(words[i : i + n]) == list(piece)), -1)


def _negation_cut(claim: Claim, unit: _Unit) -> list[Edit]:
    """A negation right before the words the claim quotes, which the claim leaves out."""
    spans = tx.word_spans(unit.text)
    have = [w for w, _ in spans]
    for piece in claim.quoted:
        mine = tx.words(piece)
        if len(mine) < 2 or tx.NEGATION.fullmatch(mine[0]):
            continue
        at = _quoted_at(mine, have)
        if at <= 0 or not tx.NEGATION.fullmatch(have[at - 1]):
            continue
        before = claim.content[: claim.content.find(piece)] if piece in claim.content else ""
        if tx.NEGATION.search(" ".join(tx.words(before)[-2:])):
            continue  # the claim keeps the negation outside its quote marks
        _, sp = spans[at - 1]
        return [Edit(EditKind.DROPPED, "negation", unit.text[sp.start : sp.end], _abs(unit, sp.start, sp.end))]
    return []


def _gaps(claim: Claim, unit: _Unit) -> list[Edit]:
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
            edits.append(Edit(EditKind.DROPPED, "middle", unit.text[start:end], _abs(unit, start, end)))
    return edits


_SKIPPED = 2  # words a quotation may leave out of the words quoted ("already [is] a compromise")


def _held(piece: Sequence[str], words: Sequence[str]) -> bool:
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


def _verbatim(claim: Claim, text: str) -> bool:
    flat = _flat(text)
    pieces = claim.quoted or (claim.content,)
    return all(_flat(p) in flat for p in pieces if tx.words(p))


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
    if match is None or not _matches(match):
        # A statement that itself reports someone's words ("X said ..., Orda.kz reports") relays them:
        # its speaker is not the one who said them.
        own = [ev for ev in others if not _relays(ev)]
        other = best_match(claim, own, similarity)
        if (
            other is not None
            and _matches(other)
            # Close enough, or holding the very words the claim quotes (at least three of them).
            and (other.score >= MISATTRIBUTED or _quotes_in(claim, other.unit.text, 3))
            and not _named_in(other.unit.evidence.speaker, claim.content)
            # "Japan's government confirmed ..." against Zelenskyy's words about Japan: about, not by.
            and not any(tx.name_present(n, tx.keys(other.unit.text)) for n in tx.names(claim.speaker or ""))
            and (match is None or other.score > match.score + 0.1)
        ):
            unit = other.unit
            span = _abs(unit, *other.window)
            edit = Edit(EditKind.CHANGED, "speaker", unit.evidence.speaker or "", span, claim.speaker or "")
            return Alignment(Fidelity.MISATTRIBUTED, unit.evidence, other.score, (edit,), span)
        # Four or more words the claim quotes, on record from someone else and not from the speaker.
        quoting = next((u for ev in own for u in units(ev) if _quotes_in(claim, u.text, QUOTE_WORDS)), None)
        if quoting is not None and not _named_in(quoting.evidence.speaker, claim.content):
            span = _abs(quoting, 0, len(quoting.text))
            edit = Edit(EditKind.CHANGED, "speaker", quoting.evidence.speaker or "", span, claim.speaker or "")
            return Alignment(Fidelity.MISATTRIBUTED, quoting.evidence, QUOTED, (edit,), span)
        rebutted = rebuttal_match(claim, statements, similarity)
        if rebutted is not None:
            return rebutted
        qualified = conditional_match(claim, statements, similarity)
        if qualified is not None:
            return qualified
        if match is None:
            return Alignment(Fidelity.NOT_FOUND, None, 0.0)
        return Alignment(Fidelity.NOT_FOUND, match.unit.evidence, match.score, (), _abs(match.unit, *match.window))

    fidelity, edits = _edits(claim, match)
    evidence = match.unit.evidence
    when = claim.when
    said = evidence.said_on or evidence.published
    # The time a claim names is when the words were said; a claim that attributes none names the time
    # of an event, which numbers and dates in the sentence itself are compared with.
    if claim.attributed and when is not None and said is not None and _fits(when, said) is False:
        fits = [ev for ev in statements if (d := ev.said_on or ev.published) is not None and _fits(when, d)]
        in_time = best_match(claim, fits, similarity) if fits else None
        if in_time is None or not _matches(in_time):
            edits.append(Edit(EditKind.CHANGED, "date", said.isoformat(), evidence.span, when.text))
            fidelity = Fidelity.OUTDATED
        else:
            match = in_time
            fidelity, edits = _edits(claim, match)
            evidence = match.unit.evidence
    return Alignment(fidelity, evidence, match.score, tuple(edits), _abs(match.unit, *match.window))
