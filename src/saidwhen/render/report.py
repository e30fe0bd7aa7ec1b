"""Human-readable verdict reports: a terminal report (evidence highlighted) and Markdown."""

from __future__ import annotations

from saidwhen.records import Citation, Evidence, Verdict, VerdictLabel

_COLOUR = {
    VerdictLabel.SUPPORTED: "32",
    VerdictLabel.REFUTED: "31",
    VerdictLabel.MISLEADING: "33",
    VerdictLabel.CONFLICTING: "35",
    VerdictLabel.NOT_ENOUGH_EVIDENCE: "36",
}


def _label(verdict: Verdict) -> str:
    words = verdict.label.value.replace("_", " ").upper()
    if verdict.reasons:
        words += " (" + ", ".join(r.value.replace("_", " ") for r in verdict.reasons) + ")"
    return words


def _highlight(evidence: Evidence, open_mark: str, close_mark: str) -> str:
    """The evidence text with its condition/hedge/negation markers wrapped in the given marks."""
    text, base = evidence.text, evidence.span.start
    out, at = [], 0
    for m in sorted(evidence.markers, key=lambda m: m.span.start):
        s, e = m.span.start - base, m.span.end - base
        if s < at or s < 0 or e > len(text):
            continue
        out += [text[at:s], open_mark, text[s:e], close_mark]
        at = e
    out.append(text[at:])
    return "".join(out)


def _provenance(e: Evidence) -> str:
    parts = [e.speaker or "unattributed"]
    if e.said_on:
        parts.append(f"said {e.said_on.isoformat()}")
    parts.append(e.outlet or "outlet unknown")
    parts.append(f"published {e.published.isoformat()}" if e.published else "undated")
    parts.append(f"{e.source} [{e.span.start}:{e.span.end}] article {e.article_id}")
    return " · ".join(parts)


def _cite_lines(c: Citation, colour: bool) -> list[str]:
    on, off = ("\033[1;4m", "\033[0m") if colour else ("**", "**")
    return [f"  [{c.role.value}, {c.score:.2f}] {_highlight(c.evidence, on, off)}", f"      {_provenance(c.evidence)}"]


def verdict_text(verdict: Verdict, colour: bool = False) -> str:
    """The terminal report; ``colour`` adds ANSI colours and highlights."""
    label = _label(verdict)
    if colour:
        label = f"\033[1;{_COLOUR[verdict.label]}m{label}\033[0m"
    lines = [f"claim:      {verdict.claim.text}", f"verdict:    {label}  (confidence {verdict.confidence:.2f})", ""]
    lines += [verdict.justification, ""]
    if verdict.alignment and verdict.alignment.edits:
        lines.append("what changed between the claim and the statement:")
        for edit in verdict.alignment.edits:
            said = f" '{edit.evidence_text}'" if edit.evidence_text else ""
            claimed = f" -> claim: '{edit.claim_text}'" if edit.claim_text else ""
            lines.append(f"  {edit.kind.value} {edit.what}:{said}{claimed}")
        lines.append("")
    if verdict.evidence:
        lines.append("evidence:")
        for c in verdict.evidence:
            lines += _cite_lines(c, colour)
    if verdict.fact_checks:
        lines += ["", "existing fact-checks in the corpus:"]
        for c in verdict.fact_checks:
            lines += _cite_lines(c, colour)
    return "\n".join(lines)


def verdict_markdown(verdict: Verdict) -> str:
    """The verdict as a Markdown report with quoted, cited evidence."""
    out = [
        f"## Claim: {verdict.claim.text}",
        "",
        f"**Verdict: {_label(verdict).capitalize()}** (confidence {verdict.confidence:.2f})",
        "",
        verdict.justification,
        "",
    ]
    for title, cites in (("Evidence", verdict.evidence), ("Existing fact-checks", verdict.fact_checks)):
        if not cites:
            continue
        out += [f"### {title}", ""]
        for c in cites:
            e = c.evidence
            out.append(f"- *{c.role.value}*: > {_highlight(e, '**', '**')}")
            out.append(f"  — {_provenance(e)}")
        out.append("")
    versions = ", ".join(f"{k} {v}" for k, v in verdict.versions)
    out.append(f"<sub>saidwhen {versions}; settings {verdict.settings}</sub>")
    return "\n".join(out)
