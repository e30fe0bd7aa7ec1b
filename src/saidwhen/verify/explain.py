"""How a verdict is written: the shared parts of one decision (``Context``), where a cited text comes
from, a quotation cut to length, and what an alignment's edits changed, in words. Used by ``verdict``
and ``restated``; no rule decides anything here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from saidwhen.records import Alignment, Citation, Claim, Edit, EditKind, Evidence, Reason, Verdict, VerdictLabel
from saidwhen.verify import text as tx
from saidwhen.verify.wording import units


def where(ev: Evidence) -> str:
    who = ev.outlet or ev.source
    when = f", {ev.published.isoformat()}" if ev.published else ""
    return f"{who}{when}"


_MARKS = "\"“”«»'‘’"


def quote(text: str, limit: int = 240) -> str:
    """``text`` in one pair of curly quotes: its own outer quote marks are dropped, not doubled."""
    flat = " ".join(text.split())
    if flat[:1] in _MARKS and flat[-1:] in _MARKS and len(flat) > 1:
        flat = flat[1:-1].strip()
    elif flat[:1] in _MARKS and not any(m in flat[1:] for m in '"“”«»'):
        flat = flat[1:].strip()  # an opening mark whose closing mark lies outside the span
    elif (flat[-1:] in "”»" and not any(m in flat[:-1] for m in "“«")) or (flat[-1:] == '"' and flat.count('"') % 2):
        flat = flat[:-1].rstrip()  # a closing mark whose opening mark lies before the span ("..., for Ukrainians,”")
    # Quote marks left inside become single ones: a quotation within the quotation.
    flat = flat.replace("“", "‘").replace("”", "’")
    pieces = flat.split('"')
    flat = "".join(p + ("‘" if i % 2 == 0 else "’") for i, p in enumerate(pieces[:-1])) + pieces[-1]
    return "“" + (flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…") + "”"


@dataclass(frozen=True)
class Context:
    """What every verdict of one decision shares."""

    claim: Claim
    alignment: Alignment | None
    fact_checks: tuple[Citation, ...]
    versions: tuple[tuple[str, str], ...]
    settings: str

    def verdict(
        self,
        label: VerdictLabel,
        confidence: float,
        justification: str,
        reasons: tuple[Reason, ...] = (),
        evidence: Sequence[Citation] = (),
    ) -> Verdict:
        return Verdict(
            claim=self.claim,
            label=label,
            confidence=round(confidence, 3),
            justification=justification.strip(),
            reasons=reasons,
            evidence=tuple(evidence),
            fact_checks=self.fact_checks,
            alignment=self.alignment,
            versions=self.versions,
            settings=self.settings,
        )


def matched_sentence(evidence: Evidence, alignment: Alignment) -> str:
    """The sentence of a statement that the claim was aligned with (the whole text if unknown)."""
    if alignment.matched is None:
        return evidence.text
    at = alignment.matched.start - evidence.span.start
    end = alignment.matched.end - evidence.span.start
    pieces = [u for u in units(evidence) if u.start < end and at < u.start + len(u.text)]
    if not pieces:
        return evidence.text
    # The sentences the match runs over (two, for a claim that stacks two remarks).
    return evidence.text[pieces[0].start : pieces[-1].start + len(pieces[-1].text)]


def changed(alignment: Alignment, *what: str) -> list[Edit]:
    """The alignment's edits that changed one of ``what`` ("number", "name", "quantity")."""
    return [e for e in alignment.edits if e.kind is EditKind.CHANGED and e.what in what]


def inflated(claim: Claim, alignment: Alignment) -> bool:
    """Whether the numbers an alignment changed are counts the claim makes greater ("more than ten
    hours" for "five hours"); other days or years ("December 18" for "December 8") are not inflation."""
    ev = alignment.evidence
    numbers = changed(alignment, "number")
    if ev is None or not numbers:
        return False
    offset = ev.span.start
    if any(
        e.span is None or tx.number_measure(ev.text, e.span.start - offset, e.span.end - offset) != "count"
        for e in numbers
    ):
        return False
    counts = [v for v, a, b in tx.number_mentions(claim.content) if tx.number_measure(claim.content, a, b) == "count"]
    claimed = max(counts, default=0.0)
    actual = max(tx.number_values(" ".join(e.evidence_text for e in numbers)) or {0.0})
    return claimed > actual


def only_quantity(alignment: Alignment) -> bool:
    """An alteration of quantity or degree alone ("all" for "some", "some" dropped, "on the verge of
    collapse" for "not in good place"): the claim exaggerates."""
    whats = {e.what for e in alignment.edits if e.kind in {EditKind.CHANGED, EditKind.DROPPED}}
    return bool(whats & {"quantity", "degree", "scope"}) and "name" not in whats


def alterations(alignment: Alignment) -> str:
    """What an altered alignment changed, in words."""
    out = []
    for e in alignment.edits:
        if e.what not in {"name", "quantity", "degree", "scope", "word", "words"}:
            continue
        if e.kind is EditKind.CHANGED and e.what == "scope":
            out.append(f"the statement speaks of “{e.evidence_text}”, which the claim widens to “{e.claim_text}”")
        elif e.kind is EditKind.CHANGED and e.what == "degree":
            out.append(f"the statement says “{e.evidence_text}”, which the claim makes '{e.claim_text}'")
        elif e.kind is EditKind.CHANGED:
            out.append(f"the statement has “{e.evidence_text}” where the claim has “{e.claim_text}”")
        elif e.kind is EditKind.DROPPED:
            out.append(f"the statement says “{e.evidence_text}”, which the claim drops, speaking for all")
    return "; ".join(out)


# "All NATO members ...", "Every ally ...", "No member ...": a claim about every one of a group.
