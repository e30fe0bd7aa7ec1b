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

from saidwhen.records import (
    Alignment,
    Claim,
    Edit,
    EditKind,
    Evidence,
    Fidelity,
    Granularity,
    MarkerKind,
    Span,
)
from saidwhen.verify import text as tx

Similarity = Callable[[str, Sequence[str]], Sequence[float]]
"""``similarity(query, texts)`` -> one score in [-1, 1] per text (cosine of sentence embeddings)."""

MATCH = 0.62  # a statement at or above this score (and LEXICAL) is the claimed statement
LEXICAL = 0.55  # share of the claim's content words a matching statement must contain
NEAR_VERBATIM = 0.8  # word-sequence ratio for near-verbatim
ANCHORS_NEEDED = 0.6  # share of the claim's names and numbers a match must contain
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
_CONTRAST = re.compile(r"^\W*(?:but|however|although|though|unless|except|only|yet|while)\b", re.I)
_CLAUSE_END = re.compile(r",|;|\bthen\b|—|–|\)")


@dataclass(frozen=True)
class _Unit:
    evidence: Evidence
    start: int  # offset of the unit inside ``evidence.text``
    text: str
    following: str  # the rest of the statement after this unit


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


def anchors_present(claim: Claim, text: str) -> float:
    """Share of the claim's named things and numbers that ``text`` contains (1.0 when it has none)."""
    anchors = list(claim.entities)
    values = tx.number_values(" ".join(claim.numbers))
    if not anchors and not values:
        return 1.0
    keys = tx.keys(text)
    found = sum(1 for a in anchors if tx.name_present(a, keys))
    text_values = tx.number_values(text)
    found += sum(1 for v in values if v in text_values)
    return found / (len(anchors) + len(values))


def lexical_recall(claim_text: str, text: str) -> float:
    """Share of the claim's content words (stemmed) found in ``text``."""
    wanted = set(tx.content_stems(claim_text))
    if not wanted:
        return 0.0
    have = set(tx.content_stems(text)) | {tx.name_key(w) for w in tx.words(text)}
    found = sum(1 for w in wanted if w in have or tx.name_key(w) in have)
    return found / len(wanted)


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


def _score(claim: Claim, unit: _Unit, semantic: float | None) -> _Match:
    lexical = lexical_recall(claim.content, unit.text)
    # Names and numbers may sit in the narration around a quote ("... in Berlin, Witkoff said").
    anchors = anchors_present(claim, f"{unit.text} {unit.evidence.context}")
    window, ratio = _window(claim.content, unit.text)
    # Shared words alone do not make the same statement: with embeddings, average the two views.
    base = max(ratio, (lexical + semantic) / 2 if semantic is not None else 0.9 * lexical)
    score = base * (1.0 if anchors >= ANCHORS_NEEDED else 0.5 + 0.5 * anchors)
    return _Match(unit, score, lexical, semantic, anchors, window, ratio)


def best_match(
    claim: Claim, statements: Sequence[Evidence], similarity: Similarity | None = None, top: int = 8
) -> _Match | None:
    """The statement sentence that best matches the claim content."""
    candidates = [u for ev in statements for u in units(ev)]
    if not candidates:
        return None
    # Lexical pass over all, semantic pass over the best few (embedding costs ~10 ms a sentence).
    rough = sorted(candidates, key=lambda u: -max(lexical_recall(claim.content, u.text), u.evidence.similarity or 0.0))
    shortlist = rough[:top]
    semantic: Sequence[float | None] = [None] * len(shortlist)
    if similarity is not None:
        semantic = list(similarity(claim.content, [u.text for u in shortlist]))
    matches = [_score(claim, u, s) for u, s in zip(shortlist, semantic, strict=True)]
    return max(matches, key=lambda m: m.score)


def _abs(unit: _Unit, start: int, end: int) -> Span:
    base = unit.evidence.span.start + unit.start
    return Span(base + start, base + end)


def _date_fits(claimed: date, granularity: Granularity, said: date) -> bool:
    if granularity is Granularity.YEAR:
        return claimed.year == said.year
    if granularity is Granularity.MONTH:
        return (claimed.year, claimed.month) == (said.year, said.month)
    return abs((claimed - said).days) <= 1 if granularity is Granularity.DAY else abs((claimed - said).days) <= 7


def _edits(claim: Claim, match: _Match) -> tuple[Fidelity, list[Edit]]:
    unit = match.unit
    lo, hi = match.window
    window_text = unit.text[lo:hi]
    edits: list[Edit] = []
    claim_kinds = {m.kind for m in claim.markers}

    claim_neg = tx.negation_count(claim.content)
    window_neg = tx.negation_count(window_text)
    if (claim_neg % 2) != (window_neg % 2):
        for m in tx.NEGATION.finditer(window_text):
            edits.append(Edit(EditKind.CHANGED, "negation", m.group(0), _abs(unit, lo + m.start(), lo + m.end())))
        if not edits:
            edits.append(Edit(EditKind.ADDED, "negation", claim_text=claim.content))
        return Fidelity.NEGATION_FLIPPED, edits

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

    claim_values = tx.number_values(" ".join(claim.numbers))
    unit_values = tx.number_values(unit.text)
    if claim_values and unit_values and not claim_values & unit_values:
        for n in tx.NUMBER.finditer(unit.text):
            edits.append(
                Edit(
                    EditKind.CHANGED,
                    "number",
                    n.group(0).strip(),
                    _abs(unit, n.start(), n.end()),
                    " ".join(claim.numbers),
                )
            )

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


def _matches(match: _Match) -> bool:
    return match.score >= MATCH and (match.lexical >= LEXICAL or match.ratio >= NEAR_VERBATIM)


def _verbatim(claim: Claim, text: str) -> bool:
    flat = " ".join(tx.words(text))
    pieces = claim.quoted or (claim.content,)
    return all(" ".join(tx.words(p)) in flat for p in pieces if tx.words(p))


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
        other = best_match(claim, others, similarity)
        if other is not None and _matches(other) and (match is None or other.score > match.score + 0.1):
            unit = other.unit
            span = _abs(unit, *other.window)
            edit = Edit(EditKind.CHANGED, "speaker", unit.evidence.speaker or "", span, claim.speaker or "")
            return Alignment(Fidelity.MISATTRIBUTED, unit.evidence, other.score, (edit,), span)
        if match is None:
            return Alignment(Fidelity.NOT_FOUND, None, 0.0)
        return Alignment(Fidelity.NOT_FOUND, match.unit.evidence, match.score, (), _abs(match.unit, *match.window))

    fidelity, edits = _edits(claim, match)
    evidence = match.unit.evidence
    when = claim.when
    said = evidence.said_on or evidence.published
    if (
        when is not None
        and when.resolved is not None
        and said is not None
        and not _date_fits(when.resolved, when.granularity, said)
    ):
        fits = [
            ev for ev in statements
            if (d := ev.said_on or ev.published) is not None and _date_fits(when.resolved, when.granularity, d)
        ]  # fmt: skip
        in_time = best_match(claim, fits, similarity) if fits else None
        if in_time is None or not _matches(in_time):
            edits.append(Edit(EditKind.CHANGED, "date", said.isoformat(), evidence.span, when.text))
            fidelity = Fidelity.OUTDATED
        else:
            match = in_time
            fidelity, edits = _edits(claim, match)
            evidence = match.unit.evidence
    return Alignment(fidelity, evidence, match.score, tuple(edits), _abs(match.unit, *match.window))
