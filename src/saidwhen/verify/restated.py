"""Plain claims decided by the corpus sentences that state them, deny them or state them only under a
condition (``from_restatements``); also what the record says of the words an "X said ..." claim gives
when no statement of X matches. The alignments come from ``fidelity.align`` over single sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from saidwhen.records import (
    Alignment,
    Citation,
    CitationRole,
    Claim,
    Edit,
    EditKind,
    Evidence,
    Fidelity,
    Granularity,
    Modality,
    Reason,
    Verdict,
    VerdictLabel,
)
from saidwhen.verify import degree as dg
from saidwhen.verify import text as tx
from saidwhen.verify import wording as wd
from saidwhen.verify.claims import month_day
from saidwhen.verify.compare import AGREEING
from saidwhen.verify.explain import Context, alterations, changed, matched_sentence, only_quantity, quote, where
from saidwhen.verify.fidelity import FRAMED_ELSEWHERE
from saidwhen.verify.matching import ANCHORS_NEEDED, SUBORDINATE, anchors_present, lexical_recall, with_referent
from saidwhen.verify.stance import REFUTE_CUES

STATED = 0.62  # alignment similarity at which a corpus sentence states the claim (or its denial)
QUALIFIED = 0.65  # ... or states it with a condition or hedge the claim drops
QUOTED_WORDS = 3  # a quotation this long in a plain claim is stated or denied only where it is written
UNIT_STATED = 0.5  # ... or at which it gives the claim's measure or place, alike or otherwise ("five hours")
SET_WORDS = 0.5  # ... holding this share of the claim's content words, when it agrees
_QUALIFIES = {Fidelity.CONDITION_STRIPPED, Fidelity.HEDGE_STRIPPED}


# Talks told as over ("the Berlin talks ended on Sunday with no further round planned") ...
_TALKS = r"(?:talks|negotiations|discussions|meeting|round|session)"
_ENDED = re.compile(
    rf"\b{_TALKS}\b[^.;]{{0,60}}?\b(?:ended|concluded|wrapped\s+up|finished|broke\s+up|closed)\b"
    rf"|\bno\s+(?:further|more|follow-up|new)\s+{_TALKS}s?\s+(?:were\s+|was\s+)?(?:planned|scheduled|set)\b",
    re.I,
)
# ... where the record has them go on: "The negotiations are set to continue on Monday".
_GOES_ON = re.compile(
    rf"\b{_TALKS}\b[^.;]{{0,60}}?\b(?:(?:are|is|were|was)\s+(?:set|due|expected|scheduled)\s+to\s+(?:continue|resume)"
    r"|will\s+(?:continue|resume)|(?:are|is)\s+continuing)\b",
    re.I,
)
_FOR_GOOD = re.compile(
    rf"\bno\s+(?:further|more|follow-up|new)\s+{_TALKS}s?\b|\bno\s+(?:more\s+)?(?:talks|plans?)\b|\bnothing\s+left"
    r"|\bsingle\s+session\b|\bfor\s+good\b|\bmeet\s+again\b",
    re.I,
)
_BEFORE_GOING_ON = re.compile(r"\b(?:Saturday|Sunday|weekend|December\s+1[34]|1[34]\s+December)\b", re.I)
_LATER = re.compile(r"\b(?:resum\w*|continu\w*|Monday|Tuesday|Wednesday|December\s+1[5-9]|1[5-9]\s+December)\b", re.I)
CONTINUED = 0.7  # how surely a sentence having the talks go on denies a claim that they ended


def continued(claim: Claim, sentences: Sequence[Evidence]) -> list[Alignment]:
    """A sentence that has talks go on ("... set to continue on Monday") where the claim, attributing no words, has
    them over ("ended on Sunday", "no further round planned"): it denies the claim (a conditional or hedged claim, or
    one that has them go on too, asks nothing of it)."""
    ended = _ENDED.search(claim.content)
    if ended is None or _GOES_ON.search(claim.content) or claim.modality is not Modality.FACT:
        return []
    # Over for good ("no further round planned", "a single session") or before the day they went on ("on Sunday"); not
    # ended later, after they went on ("Monday's round ended with a signed draft").
    if _LATER.search(claim.content) or not (_FOR_GOOD.search(claim.content) or _BEFORE_GOING_ON.search(claim.content)):
        return []
    out = []
    for ev in sentences:
        on = _GOES_ON.search(ev.text)
        if on is not None:
            edit = Edit(EditKind.CHANGED, "meaning", on.group(0), None, ended.group(0))
            out.append(Alignment(Fidelity.NEGATION_FLIPPED, ev, CONTINUED, (edit,), ev.span))
    return out[:2]


# A sentence that tells where or when words given before it were said: "She said this on Monday in Brussels".
_SAID_THIS = re.compile(
    r"\b(?:said|says|made|stated|added|remarked|noted)\s+(?:this|these|that|it)\b(?!\s+\w+\s+(?:is|was|are|were)\b)"
    r"|\b(?:these|those)\s+(?:remarks|comments|words)\b",
    re.I,
)


def _with_speaker(evidence: Evidence) -> str:
    """``with_referent`` of the evidence, and the name of who says it ("..., he said in a WhatsApp chat on Sunday":
    the sentence names Zelenskyy as "he"), and whom it names by office (``wording.named_by_office``)."""
    named = " ".join(wd.named_by_office(evidence.text, evidence.context))
    return f"{with_referent(evidence)} {evidence.speaker or ''} {named}".strip()


def _set_alike(claim: Claim, alignment: Alignment) -> bool:
    """Whether a restatement under ``STATED`` gives the claim's measure or place, alike or otherwise."""
    if _same_measure(claim, alignment):
        return True
    ev = alignment.evidence
    if ev is None or changed(alignment, "number"):
        return False  # numbers of another measure: not the same thing
    if wd.measure_given(claim.content, ev.text):
        return True  # the claim's measure and value ("five hours of talks" for "the talks lasted five hours")
    mine, theirs = wd.framed_places(claim.content), wd.framed_places(ev.text)
    return any(k in theirs for k in mine)


def _same_measure(claim: Claim, alignment: Alignment) -> bool:
    """Whether a restatement with other numbers gives them in the claim's measure ("five hours" for
    "two hours", "December 15" for "December 17"): it is about the same quantity."""
    ev = alignment.evidence
    return ev is not None and wd.same_measure(claim.content, ev.text, ev.span.start, changed(alignment, "number"))


CLOSE = 0.85  # a restatement this close may name one of the claim's names (three or more) another way


def _one_name_short(claim: Claim, alignment: Alignment) -> bool:
    """A very close restatement (``CLOSE``) that lacks one of three or more names of the claim,
    which it names another way ("the alliance" for NATO), and names no one and nothing the claim does
    not (else the missing name may have been replaced: "Kallas decried ruling out ..." is not Trump)."""
    names = len(claim.entities)
    if alignment.evidence is None or alignment.similarity < CLOSE or names < 3:
        return False
    text = alignment.evidence.text
    claim_keys = tx.keys(claim.text)
    if any(not tx.name_present(n, claim_keys) for n in tx.names(text)):
        return False
    return anchors_present(claim, text, numbers=False) * names >= names - 1


_QUANTIFIED = re.compile(
    r"^\W*(?:all|every|each|no|none of the|most|the majority of)\s+(?:(?:(?-i:[A-Z])[\w.-]*|of|the)\s+)*"
    r"(?P<head>(?-i:[a-z]+))",
    re.I,
)


SUBJECT_WORDS = 6  # the group a sentence is about is named within its first words


def _same_subject(claim: Claim, alignment: Alignment) -> bool:
    """Whether a sentence that states a claim about every one of a group ("All NATO members opposed
    ...") is about that group: it names the group's noun ("members") among its first words, as its
    subject ("Several members were resistant to the idea"). "Moscow vehemently opposes Ukraine joining
    NATO" says the same of someone else; "It has long coveted ..., whose members ..." is about Ukraine."""
    m = _QUANTIFIED.match(claim.content)
    if m is None or alignment.evidence is None:
        return True
    head = tx.stem(m.group("head"))
    return head in {tx.stem(w) for w in tx.words(alignment.evidence.text)[:SUBJECT_WORDS]}


_PARTIES = re.compile(r"\b([A-Z][\w.]*[A-Za-z])\.?[-–]([A-Z][\w.]*[A-Za-z])\b")


def _relocated(claim: Claim, alignment: Alignment) -> bool:
    """Whether an altered restatement puts the claim's place ("in Paris") elsewhere ("in Berlin"), or, giving the
    claim's measure ("five hours of talks"), gives another country ("a U.S. delegation" for "a Russian one")."""
    places = {p for p, _, _ in wd.places(claim.content)}
    ev = alignment.evidence
    measured = ev is not None and wd.measure_given(claim.content, ev.text)
    # Someone else somewhere else is no other place for the claim's subject ("Kallas spoke ... in Brussels" /
    # "During talks in Berlin, Zelensky acknowledged ..."): the name the claim opens with is there too.
    subject = next((n for n in claim.entities if n not in places and claim.content.startswith(n)), None)
    around = f"{ev.text} {ev.context} {ev.speaker or ''}" if ev is not None else ""
    if subject is not None and around and not tx.name_present(subject, tx.keys(around)):
        return False
    # The parties a compound names ("the US-Ukraine talks") are the event's: "the U.S.-Russia talks in Saudi Arabia"
    # are other talks, not these set elsewhere.
    if ev is not None and any(
        not tx.name_present(part, tx.keys(ev.text)) for m in _PARTIES.finditer(claim.content) for part in m.groups()
    ):
        return False
    return alignment.fidelity is Fidelity.ALTERED and any(
        e.what == "name" and (e.claim_text in places or (measured and e.claim_text.lower() in tx.COUNTRY_WORDS))
        for e in alignment.edits
    )


# A verb of demand or stance right before the name a claim opens with frames what follows as what someone
# wants or opposes, not as what happened: "Russia has long insisted that | Ukraine abandon its NATO
# ambitions", "Moscow vehemently opposes | Ukraine joining NATO".
_FRAMED = re.compile(
    r"\b(?:insist\w*|demand\w*|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|press\w*\s+for|push\w*\s+for"
    r"|oppos(?:e|es|ed|ing)|advocat\w*\s+(?:against|for)|want(?:s|ed)?|fear(?:s|ed)?)(?:\s+that)?\s*$",
    re.I,
)


def _framed(claim: Claim, alignment: Alignment) -> bool:
    """Whether the sentence frames the name the claim opens with as the object of a demand or a stance."""
    ev = alignment.evidence
    found = [(claim.content.find(n), n) for n in claim.entities if claim.content.find(n) >= 0]
    if ev is None or not found:
        return False
    at = re.search(rf"\b{re.escape(min(found)[1])}", ev.text)
    return at is not None and _FRAMED.search(ev.text[: at.start()]) is not None


DENIED_CLOSER = 0.1  # a contradiction this much closer than a qualified restatement decides alone


def _does_what_is_claimed(claim: Claim, alignment: Alignment) -> bool:
    """Whether a sentence stating the claim tells what its main clause says was done, not only who and where ("Jared
    Kushner spoke to reporters after the five-hour Berlin talks" / "The meeting between Zelenskyy, Witkoff, Jared
    Kushner ... lasted over five hours"): some of the head's words other than names are in it. A head of fewer than
    two such words says too little to tell."""
    ev = alignment.evidence
    if ev is None or ev.text.rstrip().endswith(":"):
        return False  # "READOUT FROM U.S.-UKRAINE TALKS IN BERLIN, GERMANY:" announces what follows; it states nothing
    # ... before a subordinate clause, or the words of a declaration ("withdrawn its declaration that ...").
    head = _THAT.split(SUBORDINATE.split(claim.content, maxsplit=1)[0], maxsplit=1)[0]
    named = {k for n in tx.names(head) for k in tx.content_stems(n)}
    # A year or a count says when or how many, not what was done ("withdrawn its 2024 declaration").
    doing = {w for w in tx.content_stems(head) if not tx.is_number_word(w)} - named
    text = with_referent(ev)
    # A claim debunked or denied by someone is stated only by a sentence that judges it: "Russian media circulated a
    # quote ... claiming that Europe has abandoned ..." does not say Kallas debunked that story.
    if _JUDGED.search(head) and not (_JUDGED.search(ev.text) or REFUTE_CUES.search(ev.text)):
        return False
    # A deed told as done ("Canada and Japan have already signed binding guarantees") is told only by a sentence
    # with its verb: guarantees that "represent an opportunity" are not guarantees signed.
    done = _done(claim.content)
    if done and not done & set(tx.content_stems(text)):
        return False
    if len(doing) < 2 or doing & set(tx.content_stems(text)):
        return True
    # Speaking is one thing however told: "gave the interview to AFP" / "told AFP".
    return bool(_SPEAKING.search(head)) and bool(_SPEAKING.search(text))


_THAT = re.compile(r"\s+that\s+", re.I)
_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:already|now|just|formally|officially|since)\s+)*"
    # (deeds, not wishes or words: "has wanted Kyiv neutral for years" is told by "demands")
    r"(?P<verb>signed|ratified|approved|adopted|deployed|delivered|dispatched|concluded|finali[sz]ed|completed"
    r"|formali[sz]ed|scrapped|cancell?ed|lifted|imposed|launched|joined|accepted|dropped|abandoned|ended|enshrined"
    r"|amended|agreed|walked|ruled|pledged|promised|committed|guaranteed|reversed|retracted|revoked)\b"
    r"(?:(?:\s+[\w’'-]+){0,2}?\s+(?P<particle>out|up|back|off|down)\b)?",
    re.I,
)


_JUDGED = re.compile(r"\b(?:debunk\w*|den(?:y|ied|ies|ying)|refut\w*|rebut\w*|disprov\w*)\b", re.I)
_JOINED = re.compile(r"\s*[,;–—]\s*(?:and|but)\s+", re.I)


@lru_cache(maxsize=1024)
def _done(content: str) -> frozenset[str]:
    """The stems of the verb of a deed the claim's words tell as done ("have already signed"), in the first of
    joined clauses and read past a "that", with its particle too ("have officially walked that back": abandoned);
    empty when they tell none. (Read once a claim: every sentence weighed for it asks.)"""
    head = _JOINED.split(SUBORDINATE.split(content, maxsplit=1)[0], maxsplit=1)[0]
    m = _DONE.search(head)
    if m is None:
        return frozenset()
    return frozenset(
        {*tx.content_stems(m["verb"]), *tx.content_stems(tx.phrasal(f"{m['verb']} {m['particle'] or ''}"))}
    )


_SPEAKING = re.compile(
    r"\b(?:told|tells?|said|says?|spoke|speaks?|interview\w*|remarks?|comments?|statements?|stated)\b", re.I
)


def _dated_by_weekday(claim: Claim, evidence: Evidence) -> bool:
    """Whether the only numbers of the claim are its day ("on Monday, Dec. 15") and the sentence dates the event by the
    weekday of its article's day ("She said this on Monday", in an article of Monday, December 15)."""
    when = claim.when
    day = month_day(when) if when is not None else None
    if when is not None and when.resolved is not None and when.granularity is Granularity.DAY:
        day = (when.resolved.month, when.resolved.day)
    published = evidence.published
    if when is None or day is None or published is None or day != (published.month, published.day):
        return False
    numbers = [claim.content[a:b] for _, a, b in tx.number_mentions(claim.content)]
    if any(n not in when.text for n in numbers):
        return False
    weekday = published.strftime("%A")
    return re.search(rf"\b(?:{weekday}|today)\b", evidence.text, re.I) is not None


def from_restatements(
    ctx: Context, restated: Sequence[Alignment], only: VerdictLabel | None = None, reports: bool = False
) -> Verdict | None:
    """A claim that attributes no words, decided by the corpus sentences that state it: some state it
    (supported), deny it (refuted), or state it only under a condition or hedge (misleading,
    condition_stripped); stating and denying sentences together -> conflicting. None when no sentence
    comes close enough (``STATED``) with all of the claim's names. ``reports``: sentences reporting a
    claim in circulation count (they are read for who is reported saying it)."""
    # Close enough, and about the same people, places and numbers (every name of the claim present,
    # in the sentence or in the one before it that it points back to: "resistant to the idea").
    # "zero chance" is a degree, not a count.
    written = ctx.claim.content
    claim_numbers = [(v, a, b) for v, a, b in tx.number_mentions(written) if v or written[a:b].isdigit()]
    strong = [
        a
        for a in restated
        if a.evidence is not None
        and (
            a.similarity >= STATED
            # ... the claim's measure or place, with most of its words when it agrees ("a U.S. delegation in
            # Berlin" does not state what "the US delegation in Berlin offered")
            or (
                a.similarity >= UNIT_STATED
                and _set_alike(ctx.claim, a)
                and (a.fidelity not in AGREEING or lexical_recall(ctx.claim.content, a.evidence.text) >= SET_WORDS)
            )
            # the claim's people met, or its setting placed, elsewhere (``fidelity._met_elsewhere`` and
            # ``_framed_elsewhere``)
            or (a.similarity >= FRAMED_ELSEWHERE and (_relocated(ctx.claim, a) or _same_measure(ctx.claim, a)))
        )
        and (
            anchors_present(ctx.claim, _with_speaker(a.evidence), numbers=False) >= 1.0
            or a.fidelity is Fidelity.ALTERED  # the missing name is the one swapped
            or _one_name_short(ctx.claim, a)  # "the alliance" for NATO in an otherwise close restatement
            # The claim's measure with another value, most of its names there ("The negotiations are set to continue
            # on Monday, December 15" for "The U.S.-Ukraine negotiations in Berlin ... on Tuesday, December 16").
            or (
                _same_measure(ctx.claim, a)
                and anchors_present(ctx.claim, _with_speaker(a.evidence), numbers=False) >= ANCHORS_NEEDED
            )
        )
        # A claim with numbers is stated (or contradicted) only by a sentence that gives numbers (or another place),
        # or points back to one that does ("walking back that position": the 2024 summit's).
        and (
            not claim_numbers
            or tx.number_mentions(with_referent(a.evidence))
            or _relocated(ctx.claim, a)
            or _dated_by_weekday(ctx.claim, a.evidence)
        )
    ]

    def renumbered(a: Alignment) -> bool:  # the same statement with other numbers: "two hours" / "five hours"
        return bool(changed(a, "number"))

    # A claim about every one of a group is stated, denied or qualified only by sentences about that group;
    # a sentence reporting a claim in circulation ("circulated a quote attributed to ...") states nothing.
    about_a_claim = reports or tx.ABOUT_A_CLAIM.search(ctx.claim.content) is not None
    strong = [
        a
        for a in strong
        if _same_subject(ctx.claim, a)
        and a.evidence
        and (about_a_claim or not tx.reports_claim(a.evidence.text))
        and not _framed(ctx.claim, a)
    ]
    if any(len(tx.words(q)) >= QUOTED_WORDS for q in ctx.claim.quoted):
        # Words the claim quotes are stated or denied only where they are written.
        # A sentence placing the remark elsewhere may name it only around it ("She said this on Monday in Brussels",
        # the words in the sentence before or the headline).
        def where_written(a: Alignment) -> str:
            ev = a.evidence
            assert ev is not None
            # another place, or another day, or a sentence that points back to the words ("She said this on Monday")
            elsewhere = _relocated(ctx.claim, a) or bool(changed(a, "number")) or bool(_SAID_THIS.search(ev.text))
            return f"{ev.text} {ev.context or ''} {ev.title or ''}" if elsewhere else ev.text

        strong = [a for a in strong if a.evidence and wd.quotes_in(ctx.claim, where_written(a), QUOTED_WORDS)]
    # A commitment ("Japan has formally agreed to provide guarantees") is stated only where one is told of.
    committed = tx.COMMITS.search(ctx.claim.content) is not None
    agree = sorted(
        (
            a
            for a in strong
            if a.fidelity in AGREEING
            and not renumbered(a)
            and _does_what_is_claimed(ctx.claim, a)
            and (not committed or (a.evidence is not None and tx.COMMITS.search(a.evidence.text)))
        ),
        key=lambda a: -a.similarity,
    )
    deny = sorted(
        (
            a
            for a in strong
            if a.fidelity in {Fidelity.NEGATION_FLIPPED, Fidelity.ALTERED}
            or (a.fidelity in AGREEING | _QUALIFIES and renumbered(a))
        ),
        key=lambda a: -a.similarity,
    )
    # A qualified restatement must come closer: a condition on the topic is not yet the claim qualified.
    qualify = sorted(
        (a for a in strong if a.fidelity in _QUALIFIES and not renumbered(a) and a.similarity >= QUALIFIED),
        key=lambda a: -a.similarity,
    )

    def cite(found: Sequence[Alignment], role: CitationRole) -> list[Citation]:
        return [Citation(a.evidence, role, a.similarity) for a in found[:2] if a.evidence is not None]

    def said(found: Sequence[Alignment]) -> str:
        return "; ".join(f"{quote(matched_sentence(a.evidence, a), 200)} ({where(a.evidence)})"
                         for a in found[:2] if a.evidence is not None)  # fmt: skip

    top = max((a.similarity for a in strong), default=0.0)
    conf = round(min(0.9, 0.4 + 0.5 * top), 3)
    if only is not None:
        # Only a contradiction of fact is a finding here (what X said is not known; what the record says
        # is): other numbers of the same measure ("five hours", not a year of other talks), another place
        # or name, not a reading of opposite words.
        deny = [a for a in deny if (renumbered(a) and _same_measure(ctx.claim, a)) or _relocated(ctx.claim, a)]
        if agree or not deny:
            return None
        qualify = []
    # The closest sentence of all states the claim only with a condition: the claim strips it, whatever
    # looser sentences say for or against ("Ukraine gives up on NATO" / "willing to give up ... in return for").
    closest_qualified = bool(qualify) and all(a.similarity < qualify[0].similarity for a in (*agree, *deny))
    # A chance told as none ("never had any chance") has its "never" in its degree: a sentence saying the chance was
    # slim answers it before one the negation alone sets against it ("Several members were resistant to the idea").
    slim = [a for a in deny if a.fidelity is Fidelity.ALTERED and changed(a, "degree")]
    if slim and dg.CHANCE.stronger.search(ctx.claim.content):
        deny = [*slim, *(a for a in deny if a not in slim and a.fidelity is not Fidelity.NEGATION_FLIPPED)]
    # The closest sentence says it in a milder degree ("the chance ... was vanishingly thin" for "zero chance"):
    # the claim exaggerates it, whatever looser sentences say.
    milder = deny[0] if deny and deny[0].fidelity is Fidelity.ALTERED and only_quantity(deny[0]) else None
    if milder is not None and not closest_qualified and all(a.similarity <= milder.similarity for a in agree):
        agree = []
    places = [p for p, _, _ in wd.places(ctx.claim.content)]
    if places and any(a.evidence is not None and all(wd.named_literally(p, a.evidence.text) for p in places)
                      for a in agree):  # fmt: skip
        # A sentence stating the claim in its own place ("summit in Washington") outweighs a looser one putting
        # something else elsewhere ("the alliance's expansion in Eastern Europe").
        deny = [a for a in deny if a.similarity >= STATED or not _relocated(ctx.claim, a)]
    if agree and deny and not closest_qualified:
        return ctx.verdict(
            VerdictLabel.CONFLICTING, conf,
            f"Some sources state the claim: {said(agree)}. Others contradict it: {said(deny)}.",
            evidence=(*cite(agree, CitationRole.SUPPORTS), *cite(deny, CitationRole.REFUTES)),
        )  # fmt: skip
    if deny and not agree and qualify and deny[0].similarity >= qualify[0].similarity + DENIED_CLOSER:
        # A sentence contradicting the claim comes much closer than any stating something like it under a
        # condition ("some ... partners did not support this direction" / "... if the United States and
        # European partners provide guarantees"): the condition belongs to another statement.
        qualify = []
    if qualify:
        # Some sources state it flatly, others only with the condition: the condition was stripped
        # somewhere along the way, and the flat statements do not make the claim true.
        qualified = qualify[0]
        m = None if qualified.evidence is None else tx.CONDITION.search(qualified.evidence.text)
        m = m or (None if qualified.evidence is None else tx.HEDGE.search(qualified.evidence.text))
        note = f" It is qualified (“{m.group(0)} …”); the claim states it without the qualification." if m else ""
        return ctx.verdict(
            VerdictLabel.MISLEADING, conf, f"The sources say it only with a qualification: {said(qualify)}.{note}",
            (Reason.CONDITION_STRIPPED,), cite(qualify, CitationRole.CONTEXT),
        )  # fmt: skip
    if agree:
        return ctx.verdict(VerdictLabel.SUPPORTED, conf, f"The sources state it: {said(agree)}.",
                           evidence=cite(agree, CitationRole.SUPPORTS))  # fmt: skip
    if deny:
        numbers = changed(deny[0], "number")
        if deny[0].fidelity is Fidelity.ALTERED and only_quantity(deny[0]):
            milder_terms = changed(deny[0], "degree")
            lead = "The sources say it in milder terms" if milder_terms else "The sources say it of a part only"
            text = f"{lead}: {said(deny)}. In the source, {alterations(deny[0])}."
            return ctx.verdict(VerdictLabel.MISLEADING, conf, text, (Reason.EXAGGERATED,),
                               cite(deny, CitationRole.CONTEXT))  # fmt: skip
        if deny[0].fidelity is Fidelity.ALTERED and alterations(deny[0]):
            text = f"The sources say otherwise: {said(deny)}. In the source, {alterations(deny[0])}."
        elif deny[0].fidelity in AGREEING | _QUALIFIES and numbers:
            given = ", ".join(dict.fromkeys(e.evidence_text for e in numbers))
            days = all(e.evidence_text.endswith("day") for e in numbers)
            text = (f"The sources give other {'days' if days else 'numbers'}: {said(deny)}. "
                    f"The claim says {numbers[0].claim_text}; "
                    f"the source says {given}.")  # fmt: skip
        else:
            text = f"The sources say the opposite: {said(deny)}."
        return ctx.verdict(VerdictLabel.REFUTED, conf, text, evidence=cite(deny, CitationRole.REFUTES))
    return None
