"""The verdict: pure rules from claim, evidence, alignment and stances to a cited Verdict."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from saidwhen.records import (
    Alignment,
    Citation,
    CitationRole,
    Edit,
    EditKind,
    Evidence,
    Fidelity,
    Reason,
    Span,
    Stance,
    StanceScore,
    Verdict,
    VerdictLabel,
)
from saidwhen.settings import Settings
from saidwhen.verify import verdict_model
from saidwhen.verify.aggregate import CLAIM_FEATURES
from saidwhen.verify.claims import parse_claim
from saidwhen.verify.fidelity import align
from saidwhen.verify.stance import LinearModel
from saidwhen.verify.verdict import (
    MODEL_CONFIDENCE,
    RULES_VERSION,
    VERDICT_CLASSES,
    decide,
    examines,
    joined,
    with_former_title,
)

SETTINGS = Settings()


def ev(text: str, article: str = "a1", speaker: str | None = None, fact_check: bool = False, sim: float | None = None,
       start: int = 10, said: date | None = None) -> Evidence:  # fmt: skip
    return Evidence(
        article, Span(start, start + len(text)), text, f"/corpus/{article}.txt", "Outlet", date(2025, 12, 15),
        speaker=speaker, said_on=said, fact_check=fact_check, similarity=sim,
    )  # fmt: skip


def st(evidence: Evidence, supports: float, refutes: float) -> StanceScore:
    neutral = 1.0 - supports - refutes
    probs = {Stance.SUPPORTS: supports, Stance.REFUTES: refutes, Stance.NEUTRAL: neutral}
    stance = max(probs, key=lambda s: probs[s])
    return StanceScore(evidence, stance, probs[stance], supports, refutes, neutral, "test")


def quoted_fragments(text: str) -> list[str]:
    return [q.rstrip("…").strip() for q in re.findall(r"“([^”]+)”", text)]


def assert_grounded(verdict: Verdict) -> None:
    """Every quotation in the justification comes from cited evidence."""
    cited = " ".join(" ".join(c.evidence.text.split()) for c in (*verdict.evidence, *verdict.fact_checks))
    for fragment in quoted_fragments(verdict.justification):
        assert fragment in cited or any(fragment in " ".join(e.evidence_text.split())
                                        for e in (verdict.alignment.edits if verdict.alignment else ())), fragment  # fmt: skip  # noqa: E501


KALLAS_NEG = ev("To illustrate that Russia does not want this peace", speaker="Kaja Kallas", sim=0.87)
KALLAS_IF = ev(
    "So if they concede into this, then we need to give them strong security guarantees.", speaker="Kaja Kallas"
)


@pytest.mark.parametrize(
    ("claim", "fidelity", "edits", "label", "reasons"),
    [
        ("Kallas said Russia does not want this peace.", Fidelity.VERBATIM, (), VerdictLabel.SUPPORTED, ()),
        ("Kallas said Russia has no wish for this peace.", Fidelity.PARAPHRASE, (), VerdictLabel.SUPPORTED, ()),
        ("Kallas said Russia wants this peace.", Fidelity.NEGATION_FLIPPED,
         (Edit(EditKind.CHANGED, "negation", "not", Span(43, 46)),), VerdictLabel.REFUTED, ()),
        ("Kallas said we need strong security guarantees.", Fidelity.CONDITION_STRIPPED,
         (Edit(EditKind.DROPPED, "condition", "if they concede into this", Span(13, 38)),),
         VerdictLabel.MISLEADING, (Reason.CONDITION_STRIPPED,)),
        ("Kallas said we need guarantees.", Fidelity.HEDGE_STRIPPED, (), VerdictLabel.MISLEADING, (Reason.CONDITION_STRIPPED,)),  # noqa: E501
        ("Kallas said we will support Ukraine.", Fidelity.TRUNCATED,
         (Edit(EditKind.DROPPED, "words", "but we cannot do it alone"),), VerdictLabel.MISLEADING, (Reason.TRUNCATED,)),
        ("In 2019, Kallas said Russia does not want peace.", Fidelity.OUTDATED, (), VerdictLabel.MISLEADING, (Reason.OUTDATED,)),  # noqa: E501
        ("Zelenskyy said Russia does not want this peace.", Fidelity.MISATTRIBUTED, (), VerdictLabel.MISLEADING,
         (Reason.MISATTRIBUTED,)),
        ("Kallas said Russia is on the verge of collapse.", Fidelity.ALTERED,
         (Edit(EditKind.CHANGED, "degree", "not in good place", Span(0, 10), "on the verge of collapse"),),
         VerdictLabel.MISLEADING, (Reason.EXAGGERATED,)),
        ('Kallas said Ukraine does "not want this peace".', Fidelity.OUT_OF_CONTEXT,
         (Edit(EditKind.CHANGED, "subject", "Russia", Span(0, 10), "Ukraine"),), VerdictLabel.MISLEADING,
         (Reason.OUT_OF_CONTEXT,)),
    ],
)  # fmt: skip
def test_verdict_from_alignment(
    claim: str, fidelity: Fidelity, edits: tuple[Edit, ...], label: VerdictLabel, reasons: tuple[Reason, ...]
) -> None:
    statement = KALLAS_IF if fidelity is Fidelity.CONDITION_STRIPPED else KALLAS_NEG
    alignment = Alignment(fidelity, statement, 0.9, edits, statement.span)
    verdict = decide(parse_claim(claim), [statement], alignment, [st(statement, 0.3, 0.3)], SETTINGS)
    assert verdict.label is label
    assert verdict.reasons == reasons
    assert verdict.evidence and verdict.evidence[0].role is CitationRole.STATEMENT
    assert verdict.evidence[0].evidence == statement
    assert 0.0 < verdict.confidence <= 1.0
    assert_grounded(verdict)


@pytest.mark.parametrize(
    ("claim_number", "label", "reasons"),
    [("900 billion", VerdictLabel.MISLEADING, (Reason.EXAGGERATED,)), ("700 billion", VerdictLabel.REFUTED, ())],
)
def test_verdict_changed_number(claim_number: str, label: VerdictLabel, reasons: tuple[Reason, ...]) -> None:
    statement = ev("Europe will spend 800 billion euros on defence.", speaker="Kaja Kallas")
    edit = Edit(EditKind.CHANGED, "number", "800 billion", Span(28, 39), claim_number)
    alignment = Alignment(Fidelity.PARAPHRASE, statement, 0.9, (edit,), statement.span)
    claim = parse_claim(f"Kallas said Europe will spend {claim_number} euros on defence.")
    verdict = decide(claim, [statement], alignment, [], SETTINGS)
    assert (verdict.label, verdict.reasons) == (label, reasons)
    assert "800 billion" in verdict.justification


FC_RESTATES = ev(
    "Russian media outlets have circulated a quote attributed to Kaja Kallas, claiming that Europe has abandoned "
    "discussions of Ukraine's NATO membership.", article="fc", fact_check=True, sim=0.85, start=200,
)  # fmt: skip
FC_FINDING = ev(
    "Kallas was not referring to abandoning Ukraine's NATO aspirations, but rather to interim security arrangements.",
    article="fc", fact_check=True, sim=0.6, start=0,
)  # fmt: skip
KALLAS_NATO_IF = ev(
    "Now, if Ukraine's accession to NATO is out of the question, then we need to see what security guarantees are tangible.",  # noqa: E501
    speaker="Kaja Kallas", sim=0.5, article="fc", start=600,
)  # fmt: skip
EUROPE_CLAIM = "Kaja Kallas said Europe has abandoned discussions of Ukraine's NATO membership."


def test_verdict_fact_check_and_conditional_remark_make_misleading() -> None:
    claim = parse_claim(EUROPE_CLAIM)
    evidence = [FC_RESTATES, FC_FINDING, KALLAS_NATO_IF]
    alignment = Alignment(Fidelity.NOT_FOUND, KALLAS_NATO_IF, 0.4)
    stances = [st(e, 0.2, 0.3) for e in evidence]
    verdict = decide(claim, evidence, alignment, stances, SETTINGS, statements=[KALLAS_NATO_IF])
    assert verdict.label is VerdictLabel.MISLEADING
    assert Reason.CONDITION_STRIPPED in verdict.reasons and Reason.OUT_OF_CONTEXT in verdict.reasons
    assert [c.evidence for c in verdict.evidence] == [KALLAS_NATO_IF]
    assert {c.evidence for c in verdict.fact_checks} == {FC_RESTATES, FC_FINDING}
    assert all(c.role is CitationRole.FACT_CHECK for c in verdict.fact_checks)
    assert "fact-check" in verdict.justification
    assert_grounded(verdict)


def test_verdict_fact_check_saying_never_said_refutes() -> None:
    claim = parse_claim(EUROPE_CLAIM)
    finding = ev("Kallas did not say that; the quote was fabricated.", article="fc", fact_check=True, sim=0.5, start=0)
    verdict = decide(claim, [FC_RESTATES, finding], Alignment(Fidelity.NOT_FOUND, None, 0.0), [], SETTINGS)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.fact_checks and not verdict.evidence


def test_verdict_article_that_is_not_a_fact_check_is_not_cited_as_one() -> None:
    claim = parse_claim(EUROPE_CLAIM)
    plain = ev(FC_RESTATES.text, article="news", sim=0.85)
    verdict = decide(claim, [plain], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(plain, 0.1, 0.1)], SETTINGS)
    assert not verdict.fact_checks


def test_verdict_no_statement_and_nothing_relevant_is_not_enough_evidence() -> None:
    claim = parse_claim("Kallas said Ukraine should join the European Union by 2027.")
    other = ev("Moscow vehemently opposes Ukraine joining NATO.", sim=0.2)
    verdict = decide(claim, [other], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(other, 0.1, 0.6)], SETTINGS)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    assert "found no statement by" in verdict.justification
    assert not verdict.evidence


def test_verdict_attributed_claim_ignores_evidence_not_about_the_speaker() -> None:
    claim = parse_claim("Kallas said Ukraine should join the European Union by 2027.")
    narration = ev("Ukraine should join the European Union by 2027, officials in Kyiv hope.", sim=0.9)
    verdict = decide(claim, [narration], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(narration, 0.9, 0.0)], SETTINGS)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE


@pytest.mark.parametrize(
    ("supports", "refutes", "label", "role"),
    [
        (0.9, 0.05, VerdictLabel.SUPPORTED, CitationRole.SUPPORTS),
        (0.05, 0.9, VerdictLabel.REFUTED, CitationRole.REFUTES),
        (0.05, 0.05, VerdictLabel.NOT_ENOUGH_EVIDENCE, CitationRole.CONTEXT),
    ],
)
def test_verdict_unattributed_claim_follows_stances(
    supports: float, refutes: float, label: VerdictLabel, role: CitationRole
) -> None:
    claim = parse_claim("Ukraine has offered to give up its NATO aspirations in return for security guarantees.")
    item = ev(
        "Ukraine has said it is willing to give up its aspirations to join NATO in return for security guarantees.",
        sim=0.9,
    )
    verdict = decide(claim, [item], None, [st(item, supports, refutes)], SETTINGS)
    assert verdict.label is label
    assert verdict.evidence[0].role is role and verdict.evidence[0].evidence == item
    assert_grounded(verdict)


def test_verdict_conflicting_evidence() -> None:
    claim = parse_claim("Ukraine has offered to give up its NATO aspirations in return for security guarantees.")
    yes = ev("Ukraine has offered to give up its NATO aspirations in return for security guarantees.", sim=0.95)
    no = ev(
        "Ukraine has not offered to give up its NATO aspirations in return for security guarantees.",
        article="a2",
        sim=0.9,
    )
    verdict = decide(claim, [yes, no], None, [st(yes, 0.9, 0.05), st(no, 0.05, 0.9)], SETTINGS)
    assert verdict.label is VerdictLabel.CONFLICTING
    assert {c.role for c in verdict.evidence} == {CitationRole.SUPPORTS, CitationRole.REFUTES}


def test_verdict_records_versions_and_settings() -> None:
    claim = parse_claim("Russia wants this peace.")
    verdict = decide(claim, [], None, [], SETTINGS, versions={"stance": "s-1", "embedder": "m"})
    assert dict(verdict.versions) == {"rules": RULES_VERSION, "stance": "s-1", "embedder": "m"}
    assert verdict.settings == SETTINGS.fingerprint()
    other = decide(claim, [], None, [], Settings(max_claim_chars=99))
    assert other.settings != verdict.settings


def test_verdict_citation_carries_provenance() -> None:
    statement = ev("To illustrate that Russia does not want this peace", speaker="Kaja Kallas", said=date(2025, 12, 15))
    alignment = Alignment(Fidelity.NEGATION_FLIPPED, statement, 0.9, (), statement.span)
    verdict = decide(parse_claim("Kallas said Russia wants this peace."), [statement], alignment, [], SETTINGS)
    cited = verdict.evidence[0].evidence
    assert (cited.article_id, cited.source, cited.outlet, cited.published, cited.said_on, cited.speaker) == (
        "a1", "/corpus/a1.txt", "Outlet", date(2025, 12, 15), date(2025, 12, 15), "Kaja Kallas",
    )  # fmt: skip
    assert cited.span == Span(10, 10 + len(cited.text))


# The claim-level model path (data/verdict.json): used only for claims that attribute no words,
# only on evidence at least loosely about the claim, and only when it is confident.
BAG_CLAIM = "The city of Springfield banned plastic bags in 2019."
BAG_Q = "Did the city of Springfield ban plastic bags in 2019?"
BAG_NO = ev(f"{BAG_Q} No. The council rejected the ban; no such law passed.", sim=0.8)
BAG_YES = ev(f"{BAG_Q} Yes. The council passed the ban, officials confirmed.", sim=0.8)


def one_hot_model(feature: str, label: str, strength: float = 8.0) -> LinearModel:
    """A model that answers ``label`` when ``feature`` is high and "refuted" otherwise."""
    k = CLAIM_FEATURES.index(feature)
    coef = [[0.0] * len(CLAIM_FEATURES) for _ in VERDICT_CLASSES]
    intercept = [0.0] * len(VERDICT_CLASSES)
    coef[VERDICT_CLASSES.index(label)][k] = strength
    intercept[VERDICT_CLASSES.index("refuted")] = 1.0
    return LinearModel({"features": list(CLAIM_FEATURES), "classes": list(VERDICT_CLASSES), "version": "t",
                        "mean": [0.0] * len(CLAIM_FEATURES), "scale": [1.0] * len(CLAIM_FEATURES),
                        "coef": coef, "intercept": intercept})  # fmt: skip


def test_verdict_model_decides_unattributed_claim_from_its_features() -> None:
    model = one_hot_model("qa_agrees", "supported")
    claim = parse_claim(BAG_CLAIM)
    yes = decide(claim, [BAG_YES], None, [st(BAG_YES, 0.1, 0.1)], SETTINGS, model=model)
    no = decide(claim, [BAG_NO], None, [st(BAG_NO, 0.1, 0.1)], SETTINGS, model=model)
    assert (yes.label, no.label) == (VerdictLabel.SUPPORTED, VerdictLabel.REFUTED)
    assert yes.evidence and yes.evidence[0].evidence == BAG_YES
    assert_grounded(yes)
    assert_grounded(no)


def test_verdict_model_ignores_irrelevant_evidence() -> None:
    model = one_hot_model("qa_agrees", "supported")
    unrelated = ev("Did the council discuss the budget? Yes. It met on Monday.", sim=0.05)
    verdict = decide(parse_claim(BAG_CLAIM), [unrelated], None, [st(unrelated, 0.9, 0.0)], SETTINGS, model=model)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE


def test_verdict_model_unsure_is_not_enough_evidence() -> None:
    flat = one_hot_model("qa_agrees", "supported", strength=0.0)
    flat.intercept = [0.0] * len(VERDICT_CLASSES)  # every class at 0.25: below MODEL_CONFIDENCE
    verdict = decide(parse_claim(BAG_CLAIM), [BAG_NO], None, [st(BAG_NO, 0.1, 0.8)], SETTINGS, model=flat)
    assert MODEL_CONFIDENCE > 0.25
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE


def test_verdict_model_decides_attributed_claim_only_when_evidence_examines_it() -> None:
    model = one_hot_model("qa_disagrees", "refuted")
    model.intercept = [0.0] * len(VERDICT_CLASSES)
    model.intercept[VERDICT_CLASSES.index("supported")] = 1.0  # the model's default is "supported"
    claim = parse_claim("Kallas said Ukraine should join the European Union by 2027.")
    missing = Alignment(Fidelity.NOT_FOUND, None, 0.0)
    # Reports that merely share the topic say nothing about whether she said it.
    about = ev("Kallas spoke about Ukraine and the European Union on Monday.", speaker="Kaja Kallas", sim=0.5)
    topical = decide(claim, [about], missing, [st(about, 0.1, 0.1)], SETTINGS, model=model)
    assert topical.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    # A question that restates the claim, answered, is weighed by the model.
    asked = ev("Did Kallas say Ukraine should join the European Union by 2027? No. She gave no date for it.", sim=0.8)
    assert examines(claim, asked) and not examines(claim, about)
    verdict = decide(claim, [asked], missing, [st(asked, 0.1, 0.1)], SETTINGS, model=model)
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.justification.startswith("saidwhen found no statement by Kallas")
    assert_grounded(verdict)


def test_verdict_shipped_model_reads_yes_and_no_answers() -> None:
    model = verdict_model()
    assert model is not None and model.features == list(CLAIM_FEATURES)
    assert model.spec["training"]["script"] == "scripts/train_verdict.py"
    claim = parse_claim(BAG_CLAIM)
    no = decide(claim, [BAG_NO], None, [st(BAG_NO, 0.1, 0.8)], SETTINGS, model=model)
    yes = decide(claim, [BAG_YES], None, [st(BAG_YES, 0.8, 0.05)], SETTINGS, model=model)
    assert (no.label, yes.label) == (VerdictLabel.REFUTED, VerdictLabel.SUPPORTED)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain words", "“plain words”"),
        ("“Quoted in full.”", "“Quoted in full.”"),
        ("“Opened here, Putin’s end game", "“Opened here, Putin’s end game”"),
        ('"Straight marks"', "“Straight marks”"),
        ("“And this is a compromise,” he said.", "“‘And this is a compromise,’ he said.”"),
        ('Kallas called it "untrue" and left.', "“Kallas called it ‘untrue’ and left.”"),
        ("closed here, for Ukrainian people,”", "“closed here, for Ukrainian people,”"),
        ('closed here too,"', "“closed here too,”"),
    ],
)
def test_verdict_quote_never_doubles_quote_marks(text: str, shown: str) -> None:
    from saidwhen.verify.explain import quote as _quote

    assert _quote(text) == shown


@pytest.mark.parametrize(
    ("kinds", "label"),
    [
        ((Fidelity.PARAPHRASE,), VerdictLabel.SUPPORTED),
        ((Fidelity.NEGATION_FLIPPED,), VerdictLabel.REFUTED),
        ((Fidelity.CONDITION_STRIPPED,), VerdictLabel.MISLEADING),
        ((Fidelity.NEAR_VERBATIM, Fidelity.NEGATION_FLIPPED), VerdictLabel.CONFLICTING),
        # One outlet states it flatly, another only with the condition: the condition was stripped.
        ((Fidelity.NEAR_VERBATIM, Fidelity.CONDITION_STRIPPED), VerdictLabel.MISLEADING),
    ],
)
def test_verdict_unattributed_claim_decided_by_corpus_sentences_that_state_it(
    kinds: tuple[Fidelity, ...], label: VerdictLabel
) -> None:
    claim = parse_claim("Ukraine offered to drop its NATO bid.")
    texts = {
        Fidelity.PARAPHRASE: "Ukraine offered to abandon its NATO bid on Sunday.",
        Fidelity.NEAR_VERBATIM: "Ukraine offered to drop its NATO bid.",
        Fidelity.NEGATION_FLIPPED: "Ukraine never offered to drop its NATO bid.",
        Fidelity.CONDITION_STRIPPED: "Ukraine offered to drop its NATO bid if it gets security guarantees.",
    }
    found = [ev(texts[k], article=f"a{n}", sim=0.9) for n, k in enumerate(kinds)]
    restated = [Alignment(k, e, 0.9) for k, e in zip(kinds, found, strict=True)]
    model = one_hot_model("qa_agrees", "supported")  # never asked: the statements decide
    verdict = decide(claim, found, None, [st(e, 0.1, 0.1) for e in found], SETTINGS, model=model, restated=restated)
    assert verdict.label is label
    assert {c.evidence.text for c in verdict.evidence} <= set(texts.values()) and verdict.evidence
    if label is VerdictLabel.MISLEADING:
        assert verdict.reasons == (Reason.CONDITION_STRIPPED,)
    assert_grounded(verdict)


def test_verdict_corpus_sentence_about_other_names_does_not_decide() -> None:
    claim = parse_claim("Trump ruled out NATO membership for Ukraine.")
    other = ev("Kallas decried ruling out NATO membership for Ukraine.", sim=0.9)  # no "Trump"
    restated = [Alignment(Fidelity.NEGATION_FLIPPED, other, 0.92)]
    model = one_hot_model("qa_agrees", "supported")
    verdict = decide(claim, [other], None, [st(other, 0.1, 0.1)], SETTINGS, model=model, restated=restated)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE  # and news text is not question-answer evidence


def test_verdict_corpus_sentence_names_what_it_points_back_to_in_the_sentence_before() -> None:
    """"Several members were resistant to the idea, including Slovakia and Hungary": NATO and Ukraine
    are in the sentence before, which "the idea" points back to; without it the names are missing."""
    claim = parse_claim("Slovakia and Hungary were among the NATO members resistant to Ukraine joining the alliance.")
    text = "Several members were resistant to the idea, including Moscow-friendly Slovakia and Hungary."
    before = "The chance of Ukraine joining NATO was vanishingly thin."
    pointing = replace(ev(text, sim=0.8), context=f"{before} {text}")
    model = one_hot_model("qa_agrees", "supported")
    verdict = decide(claim, [pointing], None, [st(pointing, 0.1, 0.1)], SETTINGS, model=model,
                     restated=[Alignment(Fidelity.PARAPHRASE, pointing, 0.84)])  # fmt: skip
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification
    alone = ev(text, sim=0.8)
    verdict = decide(claim, [alone], None, [st(alone, 0.1, 0.1)], SETTINGS, model=model,
                     restated=[Alignment(Fidelity.PARAPHRASE, alone, 0.84)])  # fmt: skip
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE


def test_verdict_fact_check_on_the_topic_alone_is_not_about_the_claim() -> None:
    """A fact-check sentence close in meaning but holding few of the claim's words is not an appearance
    of it: "Kallas spoke about ... at a press conference in Brussels" is not the quote taken apart."""
    claim = parse_claim("Kallas spoke about Ukraine possibly leaving the NATO track at a press conference in "
                        "Brussels held after EU foreign ministers met.")  # fmt: skip
    close = ev(FC_RESTATES.text, article="fc", fact_check=True, sim=0.8)
    verdict = decide(claim, [close, FC_FINDING], None, [st(close, 0.1, 0.1)], SETTINGS)
    assert not verdict.fact_checks
    assert verdict.label is not VerdictLabel.REFUTED


def test_verdict_a_flat_statement_does_not_outweigh_the_conditional_one() -> None:
    """One outlet says it flatly and closely, another only under its condition: misleading (the
    condition was stripped), however much closer the flat statement reads."""
    claim = parse_claim("Ukraine offered to drop its NATO bid.")
    flat = ev("Ukraine offered to drop its NATO bid.", article="a1", sim=0.95)
    conditional = ev("Ukraine offered to drop its NATO bid if it gets security guarantees.", article="a2", sim=0.8)
    restated = [Alignment(Fidelity.NEAR_VERBATIM, flat, 0.97),
                Alignment(Fidelity.CONDITION_STRIPPED, conditional, 0.75)]  # fmt: skip
    model = one_hot_model("qa_agrees", "supported")
    verdict = decide(claim, [flat, conditional], None, [st(flat, 0.1, 0.1), st(conditional, 0.1, 0.1)], SETTINGS,
                     model=model, restated=restated)  # fmt: skip
    assert verdict.label is VerdictLabel.MISLEADING and verdict.reasons == (Reason.CONDITION_STRIPPED,)


def test_verdict_a_title_the_corpus_contradicts_refutes_and_cites_the_record() -> None:
    claim = parse_claim("Former Latvian prime minister Kaja Kallas said Russia does not want this peace.")
    record = ev("Kallas, the former prime minister of Estonia, said the Baltic country joined NATO.", article="a9")
    alignment = Alignment(Fidelity.VERBATIM, KALLAS_NEG, 0.95)
    verdict = decide(claim, [KALLAS_NEG, record], alignment, [], SETTINGS, mistitled=("Kaja Kallas",
                     "Former Latvian prime minister", record))  # fmt: skip
    assert verdict.label is VerdictLabel.REFUTED
    assert [c.evidence for c in verdict.evidence] == [record]
    assert "Former Latvian prime minister" in verdict.justification
    assert_grounded(verdict)
    kept = decide(claim, [KALLAS_NEG], alignment, [], SETTINGS)
    assert kept.label is VerdictLabel.SUPPORTED


def test_verdict_a_title_the_corpus_gives_as_held_before_makes_support_outdated() -> None:
    """"Estonian Prime Minister Kaja Kallas said ...", words on record, where the corpus calls her the former
    prime minister: misleading (outdated), citing the record; a refuted claim stays refuted, and words said
    before the record calls the office former keep their verdict."""
    claim = parse_claim("Estonian Prime Minister Kaja Kallas said Russia does not want this peace.")
    record = ev("Kallas, the former prime minister of Estonia, said the Baltic country joined NATO.", article="a9")
    formerly = ("Kaja Kallas", "Estonian Prime Minister", record)
    alignment = Alignment(Fidelity.VERBATIM, KALLAS_NEG, 0.95)
    verdict = with_former_title(decide(claim, [KALLAS_NEG, record], alignment, [], SETTINGS), formerly)
    assert verdict.label is VerdictLabel.MISLEADING and verdict.reasons == (Reason.OUTDATED,)
    assert record in [c.evidence for c in verdict.evidence]
    assert "Estonian Prime Minister" in verdict.justification
    assert_grounded(verdict)
    flipped = Alignment(Fidelity.NEGATION_FLIPPED, KALLAS_NEG, 0.9, (Edit(EditKind.CHANGED, "negation", "not"),))
    wants = parse_claim("Estonian Prime Minister Kaja Kallas said Russia wants this peace.")
    assert with_former_title(decide(wants, [KALLAS_NEG], flipped, [], SETTINGS), formerly).label is VerdictLabel.REFUTED
    early = Alignment(Fidelity.VERBATIM, replace(KALLAS_NEG, published=date(2020, 1, 5)), 0.95)
    assert with_former_title(decide(claim, [KALLAS_NEG], early, [], SETTINGS), formerly).label is VerdictLabel.SUPPORTED


def test_verdict_words_quoted_from_inside_a_condition_are_a_cut_quotation_too() -> None:
    """'is out of the question', quoted from "if Ukraine's accession to NATO is out of the question, then
    we need ...": the condition is dropped and the quotation is cut (both reasons); the same words
    without quote marks drop the condition only."""
    statements = [KALLAS_NATO_IF]
    quoted = parse_claim("Kallas said Ukraine's accession to NATO 'is out of the question'.")
    found = align(quoted, statements, (), lambda q, ts: [0.9] * len(ts))
    assert found.fidelity is Fidelity.CONDITION_STRIPPED, found
    verdict = decide(quoted, statements, found, [], SETTINGS, statements=statements)
    assert verdict.label is VerdictLabel.MISLEADING
    assert set(verdict.reasons) == {Reason.CONDITION_STRIPPED, Reason.TRUNCATED}
    assert "part of the condition" in verdict.justification
    plain = parse_claim("Kallas said Ukraine's accession to NATO is out of the question.")
    found = align(plain, statements, (), lambda q, ts: [0.9] * len(ts))
    verdict = decide(plain, statements, found, [], SETTINGS, statements=statements)
    assert verdict.reasons == (Reason.CONDITION_STRIPPED,)


def test_verdict_claim_attributed_to_the_fact_check_itself() -> None:
    """"StopFake confirmed that Kallas said ...": the fact-check reports those words as a claim it
    disputes (refuted, citing that sentence); what its own narration says is decided by the alignment
    with it, not by the fact-check rule that disputes the reported claim."""
    claim = parse_claim("StopFake confirmed that Kallas said Europe has abandoned discussions of Ukraine's NATO membership.")  # noqa: E501
    verdict = decide(claim, [FC_RESTATES, FC_FINDING], Alignment(Fidelity.NOT_FOUND, None, 0.0), [], SETTINGS,
                     fact_checks=[FC_RESTATES, FC_FINDING], by_checker=True, debunked=FC_RESTATES)  # fmt: skip
    assert verdict.label is VerdictLabel.REFUTED
    assert [c.evidence for c in verdict.evidence] == [FC_RESTATES]
    assert "to dispute it" in verdict.justification
    own = parse_claim("StopFake said Kallas was not referring to abandoning Ukraine's NATO aspirations.")
    finding = replace(FC_FINDING, speaker="StopFake")
    verdict = decide(own, [FC_RESTATES, finding], Alignment(Fidelity.PARAPHRASE, finding, 0.8), [], SETTINGS,
                     fact_checks=[FC_RESTATES, finding], by_checker=True)  # fmt: skip
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification
    assert [c.evidence for c in verdict.evidence] == [finding]


def test_verdict_claim_about_every_one_of_a_group_needs_sentences_about_that_group() -> None:
    """"All NATO members opposed Ukraine joining the alliance": "Moscow vehemently opposes Ukraine joining
    NATO" says it of someone else and does not state it; "Several members were resistant ..." says it of
    a part: exaggerated."""
    claim = parse_claim("All NATO members opposed Ukraine joining the alliance.")
    moscow = ev("Moscow vehemently opposes Ukraine joining NATO.", article="m", sim=0.8)
    several = ev("Several members were resistant to Ukraine joining the alliance.", article="s", sim=0.8)
    model = one_hot_model("qa_agrees", "supported")
    only_moscow = decide(claim, [moscow], None, [st(moscow, 0.1, 0.1)], SETTINGS, model=model,
                         restated=[Alignment(Fidelity.PARAPHRASE, moscow, 0.86)])  # fmt: skip
    assert only_moscow.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    part = Alignment(Fidelity.ALTERED, several, 0.75, (Edit(EditKind.CHANGED, "quantity", "Several", None, "all"),))
    both = decide(claim, [moscow, several], None, [st(moscow, 0.1, 0.1), st(several, 0.1, 0.1)], SETTINGS,
                  model=model, restated=[Alignment(Fidelity.PARAPHRASE, moscow, 0.86), part])  # fmt: skip
    assert both.label is VerdictLabel.MISLEADING and both.reasons == (Reason.EXAGGERATED,)
    # "Most NATO members ..." is about the greater part of the group: the same holds.
    most = decide(parse_claim("Most NATO members opposed Ukraine joining the alliance."), [moscow], None,
                  [st(moscow, 0.1, 0.1)], SETTINGS, model=model,
                  restated=[Alignment(Fidelity.PARAPHRASE, moscow, 0.86)])  # fmt: skip
    assert most.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    # Without a quantifier the claim is not about every one of a group: the rule does not apply.
    plain = decide(parse_claim("Moscow opposes Ukraine joining NATO."), [moscow], None, [st(moscow, 0.1, 0.1)],
                   SETTINGS, model=model, restated=[Alignment(Fidelity.PARAPHRASE, moscow, 0.86)])  # fmt: skip
    assert plain.label is VerdictLabel.SUPPORTED


def test_verdict_qualified_sentence_with_other_numbers_contradicts_the_claim() -> None:
    """"... to end the almost four-year war" under a condition does not qualify "the war is almost six
    years old": its numbers contradict it."""
    claim = parse_claim("The war between Russia and Ukraine is now almost six years old.")
    said = ev("Ukraine would give up its NATO bid in return for guarantees, to end the almost four-year war with "
              "Russia.", sim=0.7)  # fmt: skip
    number = Edit(EditKind.CHANGED, "number", "four", None, "six")
    condition = Edit(EditKind.DROPPED, "condition", "in return for guarantees", None)
    found = Alignment(Fidelity.CONDITION_STRIPPED, said, 0.7, (number, condition))
    verdict = decide(claim, [said], None, [st(said, 0.1, 0.1)], SETTINGS, model=one_hot_model("qa_agrees", "supported"),
                     restated=[found])  # fmt: skip
    assert verdict.label is VerdictLabel.REFUTED, verdict.justification
    assert "other numbers" in verdict.justification


def test_verdict_a_sentence_on_the_negotiations_gives_their_date_otherwise() -> None:
    """"The negotiations are set to continue on Monday, December 15": which negotiations, the sentence before
    says (a U.S. delegation in Berlin); another day for them is refuted, the same day supported. With no such
    sentence before, the names are missing and nothing is decided."""
    text = "The negotiations are set to continue on Monday, December 15, the agency noted."
    before = "Zelenskyy spoke after five hours of talks with a U.S. delegation in Berlin."
    said = replace(ev(text), context=f"{before} {text}")
    sim = lambda q, ts: [0.7] * len(ts)  # noqa: E731
    model = one_hot_model("qa_agrees", "supported")

    def verdict(claim_text: str, evidence: Evidence) -> VerdictLabel:
        claim = parse_claim(claim_text)
        found = align(claim, [evidence], (), sim)
        restated = [found] if found.fidelity is not Fidelity.NOT_FOUND else []
        return decide(claim, [evidence], None, [st(evidence, 0.1, 0.1)], SETTINGS, model=model,
                      restated=restated).label  # fmt: skip

    other = "The U.S.-Ukraine negotiations in Berlin were set to continue on December 16."
    assert verdict(other, said) is VerdictLabel.REFUTED
    assert verdict("The U.S. negotiations in Berlin were set to continue on December 15.", said) is (
        VerdictLabel.SUPPORTED
    )
    alone = replace(said, context=text)
    assert verdict(other, alone) is VerdictLabel.NOT_ENOUGH_EVIDENCE


def test_verdict_a_course_weighed_reported_as_decided_is_exaggerated() -> None:
    """"Europe must be prepared to consider ... deploying peacekeepers" told as "Europe will deploy
    peacekeepers": the hedge is dropped and the deliberation made a decision (both reasons)."""
    said = ev("Europe must be prepared to consider deploying peacekeepers to monitor a ceasefire.",
              speaker="Kaja Kallas", sim=0.8)  # fmt: skip
    claim = parse_claim("Kallas announced that Europe will deploy peacekeepers to monitor a ceasefire.")
    found = align(claim, [said], (), lambda q, ts: [0.85] * len(ts))
    assert found.fidelity is Fidelity.HEDGE_STRIPPED, found
    verdict = decide(claim, [said], found, [], SETTINGS, statements=[said])
    assert verdict.label is VerdictLabel.MISLEADING
    assert set(verdict.reasons) == {Reason.CONDITION_STRIPPED, Reason.EXAGGERATED}
    could = ev("Europe could deploy peacekeepers to monitor a ceasefire.", speaker="Kaja Kallas", sim=0.8)
    found = align(claim, [could], (), lambda q, ts: [0.85] * len(ts))
    assert decide(claim, [could], found, [], SETTINGS, statements=[could]).reasons == (Reason.CONDITION_STRIPPED,)


def test_verdict_restatement_thresholds_and_reported_claims() -> None:
    """A sentence close enough (``STATED``) states or denies a plain claim; a conditional one must come
    closer (``QUALIFIED``) to make it misleading; a sentence reporting a claim in circulation states
    nothing."""
    from saidwhen.verify.restated import QUALIFIED, STATED

    claim = parse_claim("Ukraine offered to drop its NATO bid.")
    said = ev("Ukraine offered to abandon its NATO bid on Sunday.", sim=0.7)
    model = one_hot_model("qa_agrees", "supported")
    between = (STATED + QUALIFIED) / 2
    stated = decide(claim, [said], None, [st(said, 0.1, 0.1)], SETTINGS, model=model,
                    restated=[Alignment(Fidelity.PARAPHRASE, said, between)])  # fmt: skip
    assert stated.label is VerdictLabel.SUPPORTED
    iffy = ev("Ukraine offered to drop its NATO bid if it gets guarantees.", sim=0.7)
    qualified = decide(claim, [iffy], None, [st(iffy, 0.1, 0.1)], SETTINGS, model=model,
                       restated=[Alignment(Fidelity.CONDITION_STRIPPED, iffy, between)])  # fmt: skip
    assert qualified.label is not VerdictLabel.MISLEADING
    reported = ev("Russian media circulated a quote attributed to Zelenskyy claiming Ukraine offered to drop its bid.",
                  sim=0.9)  # fmt: skip
    appearance = decide(claim, [reported], None, [st(reported, 0.1, 0.1)], SETTINGS, model=model,
                        restated=[Alignment(Fidelity.PARAPHRASE, reported, 0.9)])  # fmt: skip
    assert appearance.label is VerdictLabel.NOT_ENOUGH_EVIDENCE


def test_verdict_no_statement_and_evidence_both_ways_is_not_enough_evidence() -> None:
    """An attributed claim none of the speaker's statements matches, with sentences on the topic that
    point both ways: nothing is known of what the speaker said."""
    claim = parse_claim("Zelenskyy said Ukraine would hold a referendum before giving up its NATO bid.")
    yes = ev("Ukraine has said it is willing to give up its NATO bid.", sim=0.8)
    no = ev("Ukraine will never give up its NATO bid.", article="a2", sim=0.8)
    stances = [st(yes, 0.95, 0.02), st(no, 0.02, 0.95)]
    verdict = decide(claim, [yes, no], Alignment(Fidelity.NOT_FOUND, None, 0.0), stances, SETTINGS)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    plain = decide(parse_claim("Ukraine gave up its NATO bid."), [yes, no], None, stances, SETTINGS)
    assert plain.label is VerdictLabel.CONFLICTING  # a plain claim, with no model: the vote stands


def test_verdict_no_statement_but_the_record_gives_other_numbers_or_place() -> None:
    """"Witkoff said the Berlin meeting lasted less than an hour": no statement of his matches, but the
    record says five hours: refuted, saying both. A sentence reading opposite words only is no finding."""
    claim = parse_claim("Witkoff said the Berlin meeting with Zelenskyy lasted less than an hour.")
    said = ev("The Berlin meeting with Zelenskyy lasted over five hours.", sim=0.8)
    at = said.span.start + said.text.index("five")
    number = Edit(EditKind.CHANGED, "number", "five", Span(at, at + 4), "an hour")
    restated = [Alignment(Fidelity.PARAPHRASE, said, 0.8, (number,))]
    verdict = decide(claim, [said], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(said, 0.1, 0.1)], SETTINGS,
                     restated=restated)  # fmt: skip
    assert verdict.label is VerdictLabel.REFUTED
    assert verdict.justification.startswith("saidwhen found no statement by Witkoff")
    assert [c.evidence for c in verdict.evidence] == [said]
    # A year of something else ("talks in December 2025" for "admitted by 2030") is no such finding.
    other = ev("During talks in Berlin in December 2025, Zelenskyy said Ukraine could forgo NATO.", sim=0.8)
    year = Edit(EditKind.CHANGED, "number", "2025", Span(other.span.start + 34, other.span.start + 38), "2030")
    admitted = parse_claim("Kallas said Ukraine should be admitted to NATO by 2030.")
    verdict = decide(admitted, [other], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(other, 0.1, 0.1)], SETTINGS,
                     restated=[Alignment(Fidelity.PARAPHRASE, other, 0.8, (year,))])  # fmt: skip
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    flipped = [Alignment(Fidelity.NEGATION_FLIPPED, said, 0.8)]
    verdict = decide(claim, [said], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(said, 0.1, 0.1)], SETTINGS,
                     restated=flipped)  # fmt: skip
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE


def test_verdict_others_saying_it_does_not_show_the_speaker_did() -> None:
    """"Kushner said ...": with no statement of his matching, a sentence by someone else that agrees is
    not support; one on record from him is."""
    claim = parse_claim("Kushner said the United States would cut military aid to Ukraine.")
    other = ev("Officials close to Kushner said the United States would cut military aid to Ukraine.", sim=0.8)
    verdict = decide(claim, [other], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(other, 0.9, 0.02)], SETTINGS)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    his = ev("The United States would cut military aid to Ukraine.", speaker="Jared Kushner", sim=0.8)
    verdict = decide(claim, [his], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(his, 0.9, 0.02)], SETTINGS)
    assert verdict.label is VerdictLabel.SUPPORTED


def test_verdict_others_denying_it_does_not_show_the_speaker_said_otherwise() -> None:
    """"Sybiha said ...": with no statement of his matching, a sentence by someone else that reads
    against it is not a refutation of what he said; one on record from him is."""
    claim = parse_claim("Sybiha said Ukraine would amend its constitution.")
    other = ev("According to Kallas, Sybiha did not say Ukraine would amend its constitution.", sim=0.8)
    verdict = decide(claim, [other], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(other, 0.02, 0.9)], SETTINGS)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    his = ev("Ukraine will never amend its constitution.", speaker="Andriy Sybiha", sim=0.8)
    verdict = decide(claim, [his], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(his, 0.02, 0.9)], SETTINGS)
    assert verdict.label is VerdictLabel.REFUTED


def test_verdict_a_sentence_giving_the_claims_measure_otherwise_refutes_at_a_lower_score() -> None:
    """"The talks lasted two hours" against a long sentence with "five hours of talks" (scored 0.55, under
    the score at which a sentence states a claim): the same measure with another number refutes it; a
    number of something else at that score ("five envoys") decides nothing."""
    claim = parse_claim("The talks in Berlin lasted two hours.")
    text = "Zelenskyy offered to drop the bid during five hours of talks in Berlin."
    said = ev(text, sim=0.55)
    at = said.span.start + text.index("five")
    hours = [Alignment(Fidelity.PARAPHRASE, said, 0.55, (Edit(EditKind.CHANGED, "number", "five", Span(at, at + 4),
                                                              "two"),))]  # fmt: skip
    verdict = decide(claim, [said], None, [st(said, 0.1, 0.1)], SETTINGS, restated=hours)
    assert verdict.label is VerdictLabel.REFUTED
    other = parse_claim("The talks in Berlin were held with two envoys.")
    verdict = decide(other, [said], None, [st(said, 0.1, 0.1)], SETTINGS, restated=hours)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE


def test_verdict_a_text_without_the_claims_year_does_not_decide_what_was_said() -> None:
    """"Kallas said Ukraine should become a NATO member by 2030": a text of hers on Ukraine and NATO
    that gives no year neither supports nor refutes a claim whose point is the year."""
    claim = parse_claim("Kallas said Ukraine should become a NATO member by 2030.")
    hers = ev("Ukraine will not become a NATO member soon.", speaker="Kaja Kallas", sim=0.8)
    verdict = decide(claim, [hers], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(hers, 0.02, 0.9)], SETTINGS)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    dated = ev("Ukraine will not become a NATO member by 2030.", speaker="Kaja Kallas", sim=0.8)
    verdict = decide(claim, [dated], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(dated, 0.02, 0.9)], SETTINGS)
    assert verdict.label is VerdictLabel.REFUTED


def test_verdict_a_text_of_the_speaker_on_other_matters_does_not_decide_what_was_said() -> None:
    """"Kallas said the EU would open accession clusters with Ukraine in January": a text of hers that
    shares only the names ("... a just and lasting peace on Ukraine's terms"), however its stance reads,
    neither supports nor refutes it; one that speaks of the accession clusters does."""
    claim = parse_claim("Kallas said the EU would open the first accession negotiation clusters with Ukraine in "
                        "January.")  # fmt: skip
    other = ev("Let's not walk into their traps. By working together with the EU, we can achieve a just and "
               "lasting peace on Ukraine's terms.", speaker="Kaja Kallas", sim=0.5)  # fmt: skip
    verdict = decide(claim, [other], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(other, 0.01, 0.95)], SETTINGS)
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE
    hers = ev("The EU will not open accession negotiation clusters with Ukraine before spring.", speaker="Kaja Kallas",
              sim=0.7)  # fmt: skip
    verdict = decide(claim, [hers], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(hers, 0.01, 0.95)], SETTINGS)
    assert verdict.label is VerdictLabel.REFUTED


def test_verdict_the_closest_sentence_qualified_outweighs_looser_ones_both_ways() -> None:
    """"Ukraine gives up on NATO": the closest sentence says it only "in return for" guarantees; looser
    ones for and against do not make it conflicting. A closer flat or contrary sentence still does."""
    claim = parse_claim("Ukraine gives up on NATO.")
    cond = ev("Ukraine has said it is willing to give up NATO in return for security guarantees.", sim=0.9)
    flat = ev("Despite Ukraine publicly abandoning NATO, little changed.", article="a2", sim=0.8)
    no = ev("Ukraine never gave up on NATO.", article="a3", sim=0.8)
    model = one_hot_model("qa_agrees", "supported")
    stances = [st(e, 0.1, 0.1) for e in (cond, flat, no)]

    def with_cond(similarity: float) -> Verdict:
        restated = [Alignment(Fidelity.CONDITION_STRIPPED, cond, similarity), Alignment(Fidelity.PARAPHRASE, flat, 0.8),
                    Alignment(Fidelity.NEGATION_FLIPPED, no, 0.7)]  # fmt: skip
        return decide(claim, [cond, flat, no], None, stances, SETTINGS, model=model, restated=restated)

    closest = with_cond(0.9)
    assert closest.label is VerdictLabel.MISLEADING and closest.reasons == (Reason.CONDITION_STRIPPED,)
    assert with_cond(0.75).label is VerdictLabel.CONFLICTING


@pytest.mark.parametrize(
    ("text", "framed"),
    [
        ("Russia has long insisted that Ukraine abandon its NATO ambitions.", True),
        ("Moscow vehemently opposes Ukraine joining NATO.", True),
        ("Despite Ukraine publicly abandoning its NATO ambitions, little changed.", False),
    ],
)
def test_verdict_a_demand_or_stance_on_the_claim_states_nothing(text: str, framed: bool) -> None:
    """What someone insists on or opposes ("insisted that Ukraine abandon ...") is not what happened:
    such a sentence neither states nor denies the plain claim."""
    claim = parse_claim("Ukraine abandons its NATO ambitions.")
    found = ev(text, sim=0.85)
    model = one_hot_model("qa_agrees", "supported")
    verdict = decide(claim, [found], None, [st(found, 0.1, 0.1)], SETTINGS, model=model,
                     restated=[Alignment(Fidelity.PARAPHRASE, found, 0.85)])  # fmt: skip
    assert (verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE) is framed, verdict.justification


def test_verdict_the_speakers_only_supporting_words_under_a_condition_are_the_claim_stripped() -> None:
    """No statement matches "all EU member states will put troops on the ground", and the speaker's text
    that agrees says it only "if they concede": misleading, condition stripped, citing it. Without the
    condition it stays a plain vote of the stances."""
    claim = parse_claim("According to Kallas, all EU member states will put troops on the ground in Ukraine.")
    iffy = ev("So if they concede, then all EU member states need to give Ukraine troops on the ground.",
              speaker="Kaja Kallas", sim=0.8)  # fmt: skip
    verdict = decide(claim, [iffy], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(iffy, 0.9, 0.02)], SETTINGS)
    assert verdict.label is VerdictLabel.MISLEADING and verdict.reasons == (Reason.CONDITION_STRIPPED,)
    assert verdict.evidence[0].evidence == iffy
    flat = replace(iffy, text="All EU member states need to give Ukraine troops on the ground.")
    plain = decide(claim, [flat], Alignment(Fidelity.NOT_FOUND, None, 0.0), [st(flat, 0.9, 0.02)], SETTINGS)
    assert plain.label is not VerdictLabel.MISLEADING


KALLAS, ZELENSKYY = "Kallas said Russia wants peace.", "Zelenskyy said talks went well."
WHOLE = "Kallas said Russia wants peace, and Zelenskyy said talks went well."


def _part(text: str, label: VerdictLabel, reasons: tuple[Reason, ...] = (), article: str = "a1") -> Verdict:
    cite = Citation(ev(f"What {article} says of it.", article=article), CitationRole.SUPPORTS, 0.9)
    return Verdict(parse_claim(text), label, 0.8, f"Because of {article}.", reasons, (cite,))


S, R, M, N, C = (VerdictLabel.SUPPORTED, VerdictLabel.REFUTED, VerdictLabel.MISLEADING,
                 VerdictLabel.NOT_ENOUGH_EVIDENCE, VerdictLabel.CONFLICTING)  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (S, S, S),
        (S, R, R),  # one false half refutes the claim
        (M, R, R),
        (S, M, M),  # one twisted half, nothing false
        (N, M, M),
        (S, N, N),  # one half not on record: the whole stands
        (S, C, C),
    ],
)
def test_joined_decides_from_the_two_claims(first: VerdictLabel, second: VerdictLabel, expected: VerdictLabel) -> None:
    whole = _part(WHOLE, N, article="w")
    parts = [_part(KALLAS, first, (Reason.TRUNCATED,) if first is M else (), "a1"),
             _part(ZELENSKYY, second, (Reason.MISATTRIBUTED,) if second is M else (), "a2")]  # fmt: skip
    got = joined(whole, parts)
    assert got.label is expected
    assert got.claim == whole.claim
    if expected is N:
        assert got == whole
        return
    deciding = [p for p in parts if p.label is expected]
    assert {c.evidence.article_id for c in got.evidence} == {
        c.evidence.article_id for p in deciding for c in p.evidence
    }
    assert set(got.reasons) == {r for p in deciding for r in p.reasons}
    assert "Russia wants peace" in got.justification and "talks went well" in got.justification


def test_joined_keeps_a_whole_supported_unless_a_half_is_false_or_twisted() -> None:
    whole = _part(WHOLE, S, article="w")
    assert joined(whole, [_part(KALLAS, S), _part(ZELENSKYY, N)]) == whole
    got = joined(whole, [_part(KALLAS, S), _part(ZELENSKYY, M, (Reason.MISATTRIBUTED,))])
    assert (got.label, got.reasons) == (M, (Reason.MISATTRIBUTED,))


def test_joined_a_whole_misleading_from_a_matched_statement_yields_only_to_a_false_half() -> None:
    """Misleading whole, read from a statement of the speaker's it matched: both halves supported do not undo it.
    Misleading only because texts leaning its way were said under a condition (no statement matched): they do."""
    matched = Alignment(Fidelity.CONDITION_STRIPPED, ev("If they concede, ...", article="w"), 0.8)
    whole = replace(_part(WHOLE, M, (Reason.CONDITION_STRIPPED,), article="w"), alignment=matched)
    assert joined(whole, [_part(KALLAS, S), _part(ZELENSKYY, S)]) == whole
    leaning = replace(whole, alignment=Alignment(Fidelity.NOT_FOUND, None, 0.0))
    assert joined(leaning, [_part(KALLAS, S), _part(ZELENSKYY, S)]).label is S
