"""Attributions from a dependency parse: cue, source and content spans.

Cue-first. A linear model (``features.cue_features``) picks the tokens that head a cue ("said",
"according", "told", "the claim"). For each cue, the content is the union of the subtrees of those
children a second model accepts (the "that ..." clause, the object, the quoted clause), or the cue's
own head clause when a third model says the cue is a parenthetical ("..., he said"). A content that
touches quotation marks is widened to the whole quote, and a quote split around its cue ("A," he
said, "B.") keeps both halves as pieces. The source is the cue's grammatical subject as written,
found by rules that climb through "saying", "who said" and "according to X".

PolNeAR annotates every token once, so an attribution whose cue lies inside the content of another
one is dropped (the reported "she thinks" inside "he said that she thinks ...").

Quotes no cue claimed (a quote paragraph after "X said:") are added by ``quotes.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from saidwhen.analyse.features import (
    LinearModel,
    Token,
    child_features,
    cue_features,
    cue_lemmas,
    is_cue_candidate,
    parent_features,
    prune_features,
    trailing,
)
from saidwhen.analyse.quotemarks import QuoteRegion, RegionIndex
from saidwhen.records import Span

_SUBJ = ("nsubj", "nsubjpass")
_CLIMB = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "parataxis", "acl", "dep", "prep", "pobj"})
_GAP_CHARS = " ,.;:—–-\"'“”«»"


@dataclass(slots=True)
class RawAttribution:
    """Spans of one attribution before speakers are resolved (mutable while it is being built)."""

    cue: Span | None
    source: Span | None
    content: list[Span]
    score: float
    cue_token: int = -1  # doc index of the cue head, -1 for cue-less quotes
    source_token: int = -1  # doc index of the source head
    direct: bool = False
    regions: list[Span] = field(default_factory=list)
    colon: int = -1  # offset just after a colon that ends the cue ("he said:"), else -1


def _span_of(tokens: list[Token], base: int) -> Span:
    lo = min(t.idx for t in tokens)
    hi = max(t.idx + len(t.text) for t in tokens)
    return Span(base + lo, base + hi)


def _trimmed(toks: list[Token]) -> list[Token]:
    """Drop punctuation at both edges (quote marks are restored by the quote widening)."""
    i, j = 0, len(toks)
    while i < j and (toks[i].is_punct or toks[i].is_space):
        i += 1
    while j > i and (toks[j - 1].is_punct or toks[j - 1].is_space):
        j -= 1
    return toks[i:j]


def find_source(cue: Token, depth: int = 0) -> Token | None:
    """The head token of the speaker as written, or None when the text does not give one."""
    lem = cue.lemma_.lower()
    if lem == "accord":
        for c in cue.children:
            if c.lower_ == "to":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    subj = sorted(
        (c for c in cue.children if c.dep_ in _SUBJ),
        key=lambda c: (c.pos_ not in ("PROPN", "PRON"), abs(c.i - cue.i)),  # "motion" said Thompson
    )
    if not subj:
        inverted = _inverted_subject(cue)
        if inverted is not None:
            return inverted
    if subj:
        s = subj[0]
        if s.dep_ == "nsubjpass":
            for c in cue.children:
                if c.dep_ == "agent":
                    pobj = [p for p in c.children if p.dep_ == "pobj"]
                    return pobj[0] if pobj else None
            return None  # "is expected to ...": the passive subject is not the speaker
        if s.pos_ == "PRON" and s.lower_ in ("which", "that", "who") and cue.dep_ == "relcl":
            return cue.head
        return s
    for c in cue.children:
        if c.dep_ == "poss" or (c.dep_ == "agent" and cue.pos_ == "VERB"):
            if c.dep_ == "agent":
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                return pobj[0] if pobj else None
            return c
    if cue.pos_ == "NOUN":
        for c in cue.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                pobj = [p for p in c.children if p.dep_ == "pobj"]
                if pobj and pobj[0].pos_ in ("PROPN", "PRON"):
                    return pobj[0]
    if cue.dep_ in ("relcl", "acl") and cue.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return cue.head if cue.dep_ == "relcl" else None
    if depth < 3 and cue.dep_ in _CLIMB and cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX"):
        return find_source(cue.head, depth + 1)
    return None


_OBJECT_VERBS = frozenset({"tell", "ask", "call", "urge", "name", "describe", "label", "accuse", "praise", "blame"})


def _inverted_subject(cue: Token) -> Token | None:
    """The speaker after the verb in '“...,” added Gowdy' / '..., said Jim Bopp, a member of ...',
    which the parser often labels as an object."""
    if cue.lemma_.lower() in _OBJECT_VERBS or cue.i == 0:
        return None
    prev = cue.doc[cue.i - 1]
    if not (prev.is_punct and (prev.is_quote or prev.text in (",", "''"))):
        return None
    for c in cue.rights:
        if c.is_punct:
            continue
        if c.dep_ in ("dobj", "attr", "npadvmod", "dep", "oprd", "appos", "nsubjpass") and c.pos_ in (
            "PROPN",
            "NOUN",
            "PRON",
        ):
            return c
        return None
    return None


def source_span(src: Token, cue: Token, base: int) -> Span:
    """The source as written: the subject's subtree, without a relative clause holding the cue."""
    toks = [t for t in src.subtree if not (cue in t.subtree and t.i != src.i and t.dep_ in ("relcl", "acl"))]
    if cue.dep_ in ("relcl", "acl") and cue.head.i == src.i:
        toks = [t for t in toks if t.i <= src.i or t.i not in {x.i for x in cue.subtree}]
        toks = [t for t in toks if not (t.i > src.i and t.i >= min(x.i for x in cue.subtree))]
    toks = _trimmed(sorted(toks, key=lambda t: t.i)) or [src]
    return _span_of(toks, base)


def cue_span(cue: Token, base: int) -> Span:
    """The cue as written: the head plus its auxiliaries, negation, particle and "to" of "according to"."""
    toks = [cue]
    accord = cue.lemma_.lower() == "accord"
    for c in cue.children:
        if (c.dep_ in ("aux", "auxpass", "neg", "prt") and abs(c.i - cue.i) <= 3) or (accord and c.lower_ == "to"):
            toks.append(c)
    return _span_of(toks, base)


def _content_tokens(
    cue: Token, src: Token | None, base: int, models: dict[str, LinearModel], quotes: RegionIndex
) -> list[Token]:
    """Tokens of the cue's content: accepted children's subtrees, or the head clause."""
    keep: set[int] = set()
    excluded = {src.i} if src is not None else set()
    is_accord = cue.lemma_.lower() == "accord"
    for c in cue.children:
        if c.i in excluded or c.dep_ in ("aux", "auxpass", "neg", "prt") or (is_accord and c.lower_ == "to"):
            continue
        sub = list(c.subtree)
        quoted = bool(quotes.overlapping(base + sub[0].idx, base + sub[-1].idx + 1))
        if models["child"](child_features(cue, c, quoted)):
            keep.update(t.i for t in sub)
            for g in trailing(c):  # trailing modifiers: ", which ...", "during the debate"
                if g.i in keep and models["prune"](prune_features(cue, c, g)):
                    keep.difference_update(t.i for t in g.subtree)
    if cue.head.i != cue.i and models["parent"](parent_features(cue)):
        own = {t.i for t in cue.subtree}
        keep.update(t.i for t in cue.head.subtree if t.i not in own)
        if src is not None and src.i not in own:
            keep -= {t.i for t in src.subtree}
    doc = cue.doc
    if not any(doc[i].dep_ in ("ccomp", "xcomp", "mark") or doc[i].pos_ == "VERB" for i in keep):
        keep |= _stray_clause(cue)
    return [doc[i] for i in sorted(keep)]


def _stray_clause(cue: Token) -> set[int]:
    """A "that ..." clause the parser hung elsewhere ("told AFP during a visit that ..."): the first
    "that" after the cue in its sentence, with the rest of its clause."""
    for t in cue.doc[cue.i + 1 : cue.sent.end]:
        if t.dep_ == "mark" and t.lower_ == "that" and t.head.i != cue.i and t.head.i > t.i:
            return {x.i for x in t.head.subtree if x.i >= t.i}
        if t.lower_ in (".", ";") or (t.pos_ == "VERB" and t.dep_ in ("conj", "ccomp") and t.head.i == cue.i):
            break
    return set()


def _quote_before(cue: Token, src: Token | None, base: int, text: str, quotes: RegionIndex) -> QuoteRegion | None:
    """The quote just before a sentence that opens with its speaker and cue ("X said ...", "said X").

    The splitter ends a sentence after '?”' or '!”' before a capital, so '“Why?” Biden said.' reaches
    the parser as two sentences; the quote is the content of the cue that follows it.
    """
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    lead = {cue.i} | ({t.i for t in src.subtree} if src is not None else set())
    if any(t.i not in lead and not t.is_punct for t in cue.doc[: cue.i]):
        return None
    gap_end = base
    prev = quotes.at(base - 1) if base > 0 else None
    if prev is None:
        k = base - 1
        while k > 0 and text[k] in " \t":
            k -= 1
        prev = quotes.at(k)
    if prev is None or prev.end > gap_end or text[prev.end : gap_end].strip() or not prev.closed:
        return None
    return prev


def _pieces(tokens: list[Token], base: int) -> list[Span]:
    """Contiguous runs of tokens (gaps of only punctuation are joined), trimmed, as spans."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and all(x.is_punct or x.is_space for x in t.doc[runs[-1][-1].i + 1 : t.i]):
            runs[-1].append(t)
        else:
            runs.append([t])
    return [_span_of(run, base) for run in map(_trimmed, runs) if run]


def merge_spans(spans: list[Span], text: str) -> list[Span]:
    """Sort and merge spans that overlap or are separated only by spaces and punctuation (same line)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda x: (x.start, x.end)):
        if out:
            gap = text[out[-1].end : s.start]
            if s.start <= out[-1].end or (not gap.strip(_GAP_CHARS) and "\n" not in gap):
                out[-1] = Span(out[-1].start, max(out[-1].end, s.end))
                continue
        out.append(s)
    return out


def extract_unit(
    doc: Any, base: int, text: str, quotes: RegionIndex, models: dict[str, LinearModel]
) -> list[RawAttribution]:
    """Attributions whose cue lies in one parsed unit (a sentence starting at ``base`` in ``text``)."""
    cue_m = models["cue"]
    lemmas = cue_lemmas()
    found: list[RawAttribution] = []
    n = len(doc)
    for tok in doc:
        if not is_cue_candidate(tok) or (lemmas and tok.lemma_.lower() not in lemmas):
            continue
        inq = quotes.at(base + tok.idx) is not None
        nearq = any(quotes.at(base + doc[j].idx) is not None for j in (tok.i - 2, tok.i + 2) if 0 <= j < n)
        p = cue_m.prob(cue_features(tok, inq, nearq))
        if p < cue_m.threshold:
            continue
        src = find_source(tok)
        before = _quote_before(tok, src, base, text, quotes)
        if before is not None:  # '“Does he not understand ...?” Biden said.' split after the '?”'
            pieces = [before.outer]
        else:
            pieces = _pieces(_content_tokens(tok, src, base, models, quotes), base)
        regions = [r for s in pieces for r in quotes.overlapping(s.start, s.end)]
        pieces = merge_spans(pieces + [r.outer for r in regions], text)
        colon = -1
        if tok.text == ":" or (tok.i + 1 < n and doc[tok.i + 1].text == ":"):
            colon = base + (tok.idx if tok.text == ":" else doc[tok.i + 1].idx) + 1
        if not pieces and colon < 0:
            continue
        found.append(
            RawAttribution(
                cue=cue_span(tok, base),
                source=source_span(src, tok, base) if src is not None else None,
                content=pieces,
                score=p,
                cue_token=base + tok.idx,
                source_token=base + src.idx if src is not None else -1,
                direct=bool(regions),
                regions=[r.outer for r in regions],
                colon=colon,
            )
        )
    return found


def extract(
    units: list[tuple[int, Any]],
    text: str,
    quotes: RegionIndex,
    models: dict[str, LinearModel],
    nested: bool = False,
) -> list[RawAttribution]:
    """Attributions of one article from its parsed units ``(start offset, spaCy Doc)``.

    With ``nested``, an attribution inside another's content survives unless its cue is inside
    quote marks (the "I think" of a quoted speaker is part of the quote, not a new statement).
    """
    found = [a for base, doc in units for a in extract_unit(doc, base, text, quotes, models)]
    found = [a for a in found if a.cue is None or quotes.at(a.cue.start) is None] if nested else _univocal(found)
    found += _speaker_lines(found, text)
    _after_colons(found, text, quotes)
    _continued_paragraphs(found, text, quotes)
    _second_halves(found, text, quotes)
    return [a for a in found if a.content]


_SPEAKER_LINE = re.compile(r"^([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):[ \t]+(\S[^\n]*)$", re.MULTILINE)
_NOT_SPEAKERS = frozenset(
    "a q the latest contributing breaking twitter byline update editor’s note editor's note wow revealed name "
    "watch read more related photo video source sources note correction updated listen see also".split(" ")
) | {"the latest", "editor’s note", "editor's note", "read more", "see also"}


def _speaker_lines(found: list[RawAttribution], text: str) -> list[RawAttribution]:
    """Transcript and headline lines "PENCE: Well, look, ..." / "Poll: Voters abandon ...": the name
    before the colon is the source, the rest of the line the content."""
    cues = [a.cue.start for a in found if a.cue is not None]
    out = []
    for m in _SPEAKER_LINE.finditer(text):
        name = m.group(1)
        if name.lower() in _NOT_SPEAKERS or any(m.start() <= c < m.end() for c in cues):
            continue
        colon = m.end(1)
        out.append(
            RawAttribution(
                cue=Span(colon, colon + 1),
                source=Span(m.start(1), m.end(1)),
                content=[Span(m.start(2), len(m.group(2).rstrip()) + m.start(2))],
                score=0.5,
                source_token=m.start(1),
            )
        )
    return out


def _after_colons(found: list[RawAttribution], text: str, quotes: RegionIndex) -> None:
    """'He said:' followed by a quote, on the same line or opening the next paragraph."""
    claimed = {r.start for a in found for r in a.regions}
    for a in found:
        if a.colon < 0:
            continue
        nxt = next((r for r in quotes.regions if r.start >= a.colon), None)
        if nxt is None or nxt.start in claimed or text[a.colon : nxt.start].strip():
            continue
        if text.count("\n", a.colon, nxt.start) > 2:
            continue
        a.content = merge_spans([*a.content, nxt.outer], text)
        a.regions.append(nxt.outer)
        a.direct = True
        claimed.add(nxt.start)


def _continued_paragraphs(found: list[RawAttribution], text: str, quotes: RegionIndex) -> None:
    """A quote left open at a paragraph's end continues in the next paragraph that opens with a mark."""
    claimed = {r.start for a in found for r in a.regions}
    for a in found:
        last = max(a.regions, key=lambda r: r.end, default=None)
        while last is not None and quotes.at(last.start) is not None:
            region = quotes.at(last.start)
            if region is None or region.closed:
                break
            nxt = next((r for r in quotes.regions if r.start >= region.end), None)
            if nxt is None or nxt.start in claimed or text[region.end : nxt.start].strip():
                break
            a.content = merge_spans([*a.content, nxt.outer], text)
            a.regions.append(nxt.outer)
            claimed.add(nxt.start)
            last = nxt.outer


def _second_halves(found: list[RawAttribution], text: str, quotes: RegionIndex) -> None:
    """Add the second half of a split quote ("A," he said, "B.") to the attribution that has the first."""
    claimed = {r.start for a in found for r in a.regions}
    for a in found:
        if not a.regions or a.cue is None:
            continue
        last = max(a.regions, key=lambda r: r.end)
        tail = max(a.cue.end, a.source.end if a.source else 0)
        if last.end > a.cue.start:
            continue  # the quote follows the cue: nothing is split around it
        nxt = [r for r in quotes.regions if r.start >= tail]
        if not nxt or nxt[0].start in claimed:
            continue
        r = nxt[0]
        gap = text[tail : r.start]
        if "\n" in gap or len(gap) > 200 or '"' in gap or "“" in gap:
            continue
        if any(
            b.cue is not None
            and tail <= b.cue.start < r.start
            and len(text[b.cue.end : r.start].strip(_GAP_CHARS)) < 16
            for b in found
        ):
            continue  # "..., Trump said, adding later, “B”": B has its own cue right before it
        if not r.closed and r.end - r.start < 3:
            continue
        a.content = merge_spans([*a.content, r.outer], text)
        a.regions.append(r.outer)
        claimed.add(r.start)


def _univocal(found: list[RawAttribution]) -> list[RawAttribution]:
    """Drop attributions whose cue sits inside another one's content (each token is used once).

    When two attributions contain each other's cue, the more confident one stays.
    """

    def inside(a: RawAttribution, b: RawAttribution) -> bool:
        return a.cue is not None and any(p.start <= a.cue.start < p.end for p in b.content)

    return [
        a
        for a in found
        if not any(b is not a and inside(a, b) and not (inside(b, a) and b.score < a.score) for b in found)
    ]
