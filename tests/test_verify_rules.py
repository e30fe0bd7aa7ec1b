"""The rules behind the seeds' verdicts, unit by unit (no model, no store): reported claims are
appearances, polarity leaves condition clauses alone, fact-checks must restate the claim, conditional
and rebuttal alignments, and year-less claim dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from saidwhen.records import Alignment, Edit, EditKind, Evidence, Fidelity, Span, VerdictLabel
from saidwhen.settings import Settings
from saidwhen.verify import text as tx
from saidwhen.verify.claims import month_day, parse_claim
from saidwhen.verify.fidelity import align, conditional_match, rebuttal_match
from saidwhen.verify.stance import FeatureStance
from saidwhen.verify.verdict import decide, restates
from saidwhen.verify.wording import Unit


def ev(
    text: str,
    article: str = "a1",
    speaker: str | None = None,
    fact_check: bool = False,
    sim: float | None = None,
    said: date | None = None,
    context: str = "",
    direct: bool | None = True,
) -> Evidence:
    return Evidence(
        article, Span(0, len(text)), text, f"/corpus/{article}.txt", None, date(2025, 12, 15), speaker=speaker,
        said_on=said, fact_check=fact_check, similarity=sim, context=context or text, direct=direct,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian media outlets have circulated a quote attributed to Kaja Kallas, claiming that Europe quit.", True),
        ("Posts on social media claim that the bridge collapsed.", True),
        ("Russia alleged that Ukraine's desire to join the alliance provoked the invasion.", True),
        ("It was reported that the minister resigned.", True),
        ("Rumours that the talks failed spread quickly.", True),
        ("Kallas said Russia does not want this peace.", False),
        ("Russia has claimed the alliance's expansion was one of the reasons.", False),  # Russia's own statement
        ("Zelenskyy said Kyiv could consider abandoning its bid.", False),
    ],
)
def test_text_reports_claim(text: str, expected: bool) -> None:
    assert tx.reports_claim(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Now, if this is not in question, then we need guarantees.", 0),  # negation inside the condition
        ("We need guarantees, not only on paper.", 0),  # "not only" adds, it does not negate
        ("Russia does not want this peace.", 1),
        ("Kallas decried ruling out NATO membership.", 2),  # a negative cue verb on a negative verb
        ("Kallas did not signal a rejection of the NATO path.", 2),
        ("Moscow is refusing to allow peacekeepers.", 1),
        ("A pledge to stay out of NATO.", 1),
        ("Political, non-binding assurances.", 1),  # a negating prefix
        ("A mistaken idea.", 0),
        ("Europe would be unable to help.", 1),  # "unable" is "won't be able"
        ("NATO membership for Ukraine is off the table.", 1),
        ("Trump has ruled out NATO membership.", 1),
        ("Paper assurances are insufficient.", 1),  # not enough
        ("Europe should avoid working with the U.S.", 1),
        ("Little progress was made.", 1),  # next to none
        ("A little progress was made.", 0),  # some
        # A question that answers itself denies: there is no reason Russia should.
        ("Kallas asked why Russia should be handed concessions.", 1),
        ("Kallas asked AFP why Russia should be handed concessions.", 1),
        ("My question is, why we should give Russia what they want?", 1),
        ("Kallas explained why Ukraine should join NATO.", 0),  # an explanation is no question
    ],
)
def test_text_polarity(text: str, expected: int) -> None:
    assert tx.polarity(text) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ukraine's allies", "Ukraine's partners"),
        ("the sit-down went on for five hours", "the meeting lasted five hours"),
        ("NATO is written into the constitution", "NATO is enshrined in the constitution"),
        ("a pledge among the main demands", "a commitment among the key demands"),
        ("partners refused to back the bid", "partners refused to support the bid"),
        ("grant Russia concessions before talks get under way", "offer Russia concessions before talks begin"),
        ("Ukraine quitting NATO", "Ukraine abandoning NATO"),
        ("deploying peacekeepers or military contingents", "deploying soldiers or military troops"),
        ("once the talks wrap up", "once the talks were completed"),
        ("the talks finished", "the talks concluded"),
        ("Europe will send troops", "Europe will deploy troops"),
        ("the strongest backers of the bid", "the strongest supporters of the bid"),
        ("lasting peace requires concessions", "sustainable peace needs concessions"),
        ("the minister did not go into detail", "the minister did not explain in detail"),
        ("he did not elaborate", "he did not explain"),
        ("Sybiha laid out the plan", "Sybiha explained the plan"),
        ("they will go on to take Ukraine", "they will move on with take Ukraine"),
        ("the meeting ran for five hours", "the meeting lasted five hours"),
        ("the meeting ran beyond five hours", "the meeting lasted beyond five hours"),
        ("boots on the ground", "troops on the ground"),
        ("Estonia is threatened by Russia", "Estonia is afraid of Russia"),
        ("the talks broke down", "the talks collapsed"),
        ("Russia will conquer Ukraine", "Russia will take Ukraine"),
        ("talks with the Ukrainian side", "talks with the Ukrainian"),
        ("paper promises are insufficient", "written assurances are not sufficient"),
        ("Russia will take Ukraine", "Russia will be taking Ukraine"),
        ("NATO provoked the war", "NATO provoked the invasion"),
        ("Russia will try to sow division", "Russia will try to divide"),
        ("Russia will try to split the West apart", "Russia will try to divide the West"),
        ("actual troops and military capacity", "real troops and military capabilities"),
        ("documents and pledges", "papers and promises"),
        # A verb that only carries its noun: "gave (colleagues) an explanation" explains.
        ("the minister gave an explanation", "the minister explained"),
        ("the minister gave EU colleagues an explanation", "the minister EU colleagues explanation"),
        ("Witkoff confirmed the continuation of the discussions", "Witkoff confirmed the continuation of the talks"),
        ("Russia is in good shape", "Russia is in good place"),
        ("Russia will try to split us", "Russia will try to divide us"),
        ("Donbas is not Putin's ultimate goal", "Donbas is not Putin's end game"),
        ("progress was considerable", "progress was substantial"),
        # "right now", "at the moment": the present, no content of their own.
        ("Russia is in a good place right now", "Russia is now in a good place"),
        ("Russia is in a good place at the moment", "Russia is in a good place"),
    ],
)
def test_text_news_wordings_of_the_same_thing_share_stems(a: str, b: str) -> None:
    assert tx.content_stems(a) == tx.content_stems(b)


def test_text_names_leave_out_the_preposition_that_opens_a_sentence() -> None:
    assert tx.names("During the April 2022 Istanbul talks, neutrality for Kyiv") == ("Istanbul", "Kyiv")
    assert tx.names("Bank of the Philippines said") == ("Bank of the Philippines",)


def test_text_name_keys_fold_the_people_into_the_place() -> None:
    assert tx.name_key("European") == tx.name_key("Europe")
    assert tx.name_present("European", tx.keys("allies in Europe"))


def test_text_names_drop_sentence_openers_and_split_paired_names() -> None:
    assert tx.names("Even Kyiv's friends inside NATO were wary") == ("Kyiv", "NATO")
    assert tx.names("More European leaders arrived") == ("European",)
    assert tx.names("Kyiv's offer is a policy U-turn") == ("Kyiv",)  # "U-turn" is no name
    assert tx.names("the US-Ukraine talks and the Russia-Ukraine war") == ("US", "Ukraine", "Russia")
    assert tx.names("Jean-Claude Juncker and Al-Qaeda") == ("Jean-Claude Juncker", "Al-Qaeda")
    # A common word of the news opening a sentence or a headline's words is no name.
    assert tx.names("Talks on the draft peace agreement were due to continue") == ()
    assert tx.names("Lasting peace requires guarantees from NATO") == ("NATO",)
    assert tx.names("Peace Council met") == ("Council",)


def test_stance_reported_claim_never_supports() -> None:
    claim = parse_claim("Europe has abandoned discussions of Ukraine's NATO membership.")
    appearance = ev("Russian media outlets have circulated a quote claiming that Europe has abandoned discussions "
                    "of Ukraine's NATO membership.", sim=0.95)  # fmt: skip
    (score,) = FeatureStance().score(claim, [appearance])
    assert score.supports == 0.0


APPEARANCE = ev(
    "Russian media outlets have circulated a quote attributed to the EU's top diplomat, Kaja Kallas, claiming that "
    "Europe has abandoned discussions of Ukraine's NATO membership.", article="fc", fact_check=True, sim=0.85,
)  # fmt: skip
FINDING = ev("Kallas did not signal a rejection of Ukraine's NATO path.", article="fc", fact_check=True, sim=0.5)
HER_QUOTE = ev("Donbas is not Putin's end game.", article="fc", speaker="Kaja Kallas", fact_check=True, sim=0.9)


def test_verdict_restates_needs_an_appearance_naming_the_speaker() -> None:
    assert restates(parse_claim("Kaja Kallas said Europe has abandoned discussions of Ukraine's NATO membership."),
                    APPEARANCE)  # fmt: skip
    # Another speaker's claim, however close in words, is not what this fact-check is about.
    assert not restates(parse_claim("Zelenskyy said Ukraine has given up its bid to join NATO."), APPEARANCE)
    # A plain sentence of a fact-check article (her own quote) is not an appearance of a claim.
    assert not restates(parse_claim("Kallas said Donbas is not Putin's end game."), HER_QUOTE)
    # A claim about what someone else did is no appearance of a quote that never names them; a country or a region
    # the claim names in other words does not count.
    assert not restates(parse_claim("Kallas said Sybiha explained to the ministers why Europe has abandoned "
                                    "discussions of Ukraine's NATO membership."), APPEARANCE)  # fmt: skip
    assert restates(parse_claim("Kallas said Europe has abandoned Kyiv's NATO membership in Brussels for Russians."),
                    APPEARANCE)


def test_verdict_fact_check_does_not_touch_other_claims_in_its_article() -> None:
    claim = parse_claim("Kallas said Donbas is not Putin's end game.")
    alignment = align(claim, [HER_QUOTE])
    verdict = decide(claim, [HER_QUOTE], alignment, [], Settings(), statements=[HER_QUOTE],
                     fact_checks=[APPEARANCE, FINDING])  # fmt: skip
    assert verdict.label is VerdictLabel.SUPPORTED and not verdict.fact_checks


def test_verdict_unattributed_claim_debunked_by_fact_check_is_refuted() -> None:
    claim = parse_claim("Europe has abandoned discussions of Ukraine's NATO membership.")
    finding = ev("Neither NATO nor EU leaders have issued any statements walking back that position; the claim is "
                 "false.", article="fc", fact_check=True, sim=0.5)  # fmt: skip
    verdict = decide(claim, [], None, [], Settings(), fact_checks=[APPEARANCE, finding])
    assert verdict.label is VerdictLabel.REFUTED
    assert {c.evidence for c in verdict.fact_checks} == {APPEARANCE, finding}


CONDITIONAL = ev(
    "He did not explain this any further. But of course, we know that NATO is enshrined in their constitution. "
    "So if they concede into this, then first we need to give them very strong security guarantees.",
    speaker="Kaja Kallas", context="The Ukrainian minister did not go into detail about Ukraine leaving NATO.",
)  # fmt: skip


def close(query: str, texts: Sequence[str]) -> list[float]:
    """A stand-in for embedding similarity: every text reads as fairly close."""
    return [0.7] * len(texts)


def test_fidelity_conditional_match_finds_the_conditional_remark_in_other_words() -> None:
    claim = parse_claim("Kallas said Ukraine has abandoned its NATO membership bid.")
    found = conditional_match(claim, [CONDITIONAL], close)
    assert found is not None and found.fidelity is Fidelity.CONDITION_STRIPPED
    assert found.edits[0].evidence_text.startswith("if they concede")
    # A condition that does not bear on what the claim says happened does not count.
    other = ev("Europe won't be able to assist Ukraine if the White House does not include European nations.",
               speaker="Kaja Kallas")  # fmt: skip
    assert conditional_match(parse_claim("Kallas said Europe should send troops to Ukraine."), [other], close) is None
    # What is said under the condition may be what bears on the claim ("consider abandoning its bid").
    offer = ev("Kyiv could consider abandoning its bid to join NATO if the United States provides binding "
               "security guarantees.", speaker="Volodymyr Zelenskyy")  # fmt: skip
    ready = conditional_match(parse_claim("Zelensky said Ukraine is ready to give up on NATO to end the war."),
                              [offer], close)  # fmt: skip
    assert ready is not None and ready.fidelity is Fidelity.CONDITION_STRIPPED
    # Nor does it for a claim that keeps the condition.
    kept = parse_claim("Kallas said if Ukraine concedes NATO membership it needs strong guarantees.")
    assert conditional_match(kept, [CONDITIONAL], close) is None


def test_fidelity_a_condition_made_the_subject_is_kept() -> None:
    """"The collapse of Ukraine would endanger ..." carries "if Ukraine goes" as a noun: no condition is dropped;
    "Ukraine would ..." with the condition's name as the plain subject, or no subject naming it, drops it."""
    remark = ev("And if Ukraine goes, then other regions are also in danger.", speaker="Kaja Kallas")
    kept = align(parse_claim("Kallas said the fall of Ukraine would put other regions in danger."), [remark])
    assert kept.fidelity is not Fidelity.CONDITION_STRIPPED
    for text in ("Kallas said other regions are in danger.", "Kallas said other regions would be in danger."):
        assert align(parse_claim(text), [remark]).fidelity is Fidelity.CONDITION_STRIPPED
    assert conditional_match(parse_claim("Kallas said the fall of Ukraine would endanger other regions."),
                             [remark], close) is None  # fmt: skip


def test_text_a_year_the_text_never_gives_is_added() -> None:
    """"a NATO member by 2030" against words giving no year; another year in the words is a year changed, not added;
    the claim's own year in the context around them is given."""
    assert tx.year_added("Ukraine will be a NATO member by 2030", "Membership is the only guarantee.", "")
    assert not tx.year_added("Ukraine will be a NATO member by 2030", "Ukraine joins in 2031.", "")
    assert not tx.year_added("Ukraine will be a NATO member by 2030", "It is the only guarantee.", "By 2030, ...")
    assert not tx.year_added("Ukraine will be a NATO member soon", "Membership is the only guarantee.", "")
    remark = ev("Alliance membership remains the only credible security guarantee for Ukraine.", speaker="Kaja Kallas")
    plain = align(parse_claim("Kallas said NATO membership is Ukraine's only credible guarantee."), [remark])
    assert plain.fidelity in {Fidelity.VERBATIM, Fidelity.NEAR_VERBATIM, Fidelity.PARAPHRASE}
    dated = align(parse_claim("Kallas said NATO membership by 2030 is Ukraine's only credible guarantee."), [remark])
    assert dated.fidelity is Fidelity.NOT_FOUND


def test_fidelity_one_word_changed_inside_a_quotation_alters_it() -> None:
    """A quotation one meaningful word off the statement's words changes what was said; the same words, or a
    synonym, or a changed function word, do not."""
    said = ev("“And this already is a compromise on our part,” he told reporters.", speaker="Volodymyr Zelenskyy")
    changed = align(parse_claim("Zelenskyy: 'And this already is a triumph on our part.'"), [said])
    assert changed.fidelity is Fidelity.ALTERED
    assert [(e.evidence_text, e.claim_text) for e in changed.edits] == [("compromise", "triumph")]
    same = align(parse_claim("Zelenskyy: 'And this already is a compromise on our part.'"), [said])
    assert same.fidelity is Fidelity.VERBATIM
    function_word = align(parse_claim("Zelenskyy: 'And this already is a compromise for our part.'"), [said])
    assert function_word.fidelity is not Fidelity.ALTERED


def test_wording_all_of_a_group_where_the_statement_says_some_of_it() -> None:
    """"all of Europe refused" where the statement's "some" comes several words before the group, outside the
    matched words; a claim keeping "some" is not widened."""
    said = ev("He said Ukraine had long sought to join NATO, but that some representatives of the United States and "
              "European partners did not support this aspiration.", speaker="Volodymyr Zelenskyy")  # fmt: skip
    wide = align(parse_claim("Zelenskyy said all of Europe refused to support Ukraine's aspiration to join NATO."),
                 [said])  # fmt: skip
    assert wide.fidelity is Fidelity.ALTERED
    assert [(e.what, e.evidence_text, e.claim_text) for e in wide.edits] == [("quantity", "some", "all")]
    kept = align(parse_claim("Zelenskyy said some European partners did not support Ukraine joining NATO."), [said])
    assert kept.fidelity is not Fidelity.ALTERED


def test_text_easing_pressure_opposes_keeping_it() -> None:
    """"ease the pressure on Russia" against "Putting the pressure on Russia is our policy"; keeping it up agrees."""
    assert tx.opposed_words("Europe should ease the pressure on Russia", "Putting the pressure on Russia is our policy")
    assert not tx.opposed_words("Europe will keep up the pressure on Russia", "Putting the pressure on Russia works")


def test_text_a_negative_contraction_carries_no_content() -> None:
    """"isn't written into" reads as "is not enshrined in": the contraction is a negation, not a content word."""
    assert tx.content_stems("NATO isn't written into the constitution") == tx.content_stems(
        "NATO is not enshrined in the constitution"
    )
    assert tx.negation_count("NATO isn't written into the constitution") == 1


def test_fidelity_one_half_of_a_joined_paraphrase_reversed() -> None:
    """Two statements joined by "and that", matched together in other words: the one the speaker said the opposite
    of makes the whole contrary; a bare "and" inside a noun phrase ("the United States and Europe") is no join."""
    said = ev("Putting the pressure on Russia is our policy. We clearly see that they are not in good place.",
              speaker="Kaja Kallas")  # fmt: skip
    joined = align(parse_claim("Kallas said Russia is in a bad place and that putting the pressure on Russia isn't "
                               "her policy."), [said])  # fmt: skip
    assert joined.fidelity is Fidelity.NEGATION_FLIPPED
    partners = ev("Some partners in the United States and Europe did not support Ukraine's bid to join NATO.",
                  speaker="Volodymyr Zelenskyy")  # fmt: skip
    kept = align(parse_claim("Zelenskyy said some partners in the United States and Europe did not support the bid."),
                 [partners])  # fmt: skip
    assert kept.fidelity is not Fidelity.NEGATION_FLIPPED


def test_fidelity_a_condition_stitched_to_other_words_across_an_ellipsis() -> None:
    """"'If Ukraine gives up NATO ... it is for Kyiv to decide'" joins a condition to words said apart from what
    followed it: truncated, the skipped words dropped. An ellipsis inside one clause ("then we must ... help them")
    is an ordinary cut."""
    said = ev("But in the end it is for Kyiv to decide what to give up.", speaker="Kaja Kallas",
              context="If Ukraine gives up NATO, then we must first really, all of us together, help them with very "
                      "strong guarantees. But in the end it is for Kyiv to decide what to give up.")  # fmt: skip
    stitched = align(parse_claim("Kallas: 'If Ukraine gives up NATO ... it is for Kyiv to decide what to give up.'"),
                     [said])  # fmt: skip
    assert stitched.fidelity is Fidelity.TRUNCATED
    assert stitched.edits[0].evidence_text.startswith("then we must first")
    whole = align(parse_claim("Kallas: 'But in the end it is for Kyiv to decide what to give up.'"), [said])
    assert whole.fidelity is Fidelity.VERBATIM


def test_fidelity_words_about_a_country_are_not_its_governments() -> None:
    """Zelenskyy's words naming Japan are about Japan, not by "the Japanese government": not misattributed; the same
    words claimed by another person are."""
    said = ev("He said security guarantees would also come from Japan and Canada, ready to provide them to Ukraine.",
              speaker="Volodymyr Zelenskyy")  # fmt: skip
    japan = parse_claim("The Japanese government said it is ready to provide security guarantees to Ukraine.")
    assert align(japan, [], [said]).fidelity is not Fidelity.MISATTRIBUTED
    other = parse_claim("Kallas said security guarantees would also come from Japan and Canada, ready to provide them.")
    assert align(other, [], [said]).fidelity is Fidelity.MISATTRIBUTED


def test_fidelity_rebuttal_match_reads_these_claims_untrue() -> None:
    rebuttal = ev('these claims "totally untrue."', speaker="Kaja Kallas", context=(
        "Russia alleged that Ukraine's desire to join the alliance provoked the full-scale invasion. "
        'Kallas called these claims "totally untrue."'))  # fmt: skip
    found = rebuttal_match(parse_claim("Kallas said Ukraine's desire to join the alliance provoked the invasion."),
                           [rebuttal])  # fmt: skip
    assert found is not None and found.fidelity is Fidelity.NEGATION_FLIPPED
    assert rebuttal_match(parse_claim("Kallas said Russia wants this peace."), [rebuttal]) is None


@pytest.mark.parametrize(
    ("claim", "fidelity"),
    [
        ("Kallas described the claim that Ukraine's desire to join the alliance provoked the invasion as 'partly "
         "true'.", Fidelity.NEGATION_FLIPPED),
        ("Kallas conceded that Russia's claim that Ukraine's desire to join the alliance provoked the invasion is "
         "largely correct.", Fidelity.NEGATION_FLIPPED),
        ("Kallas described the claim that Ukraine's desire to join the alliance provoked the invasion as false.",
         Fidelity.PARAPHRASE),
        # Urging others to take a proposition up is holding it; urging them not to is rejecting it.
        ("According to Kallas, the West should accept Russia's argument that Ukraine's desire to join the alliance "
         "provoked the invasion.", Fidelity.NEGATION_FLIPPED),
        ("Kallas said Europe should not buy Moscow's claim that Ukraine's desire to join the alliance provoked the "
         "invasion.", Fidelity.PARAPHRASE),
        ("Kallas said Russia's story that Ukraine's desire to join the alliance provoked the invasion is true.",
         Fidelity.NEGATION_FLIPPED),
        # "claims P were partly true", no "that" after "claims".
        ("Kallas told AFP that claims Ukraine's desire to join the alliance provoked the invasion were partly true.",
         Fidelity.NEGATION_FLIPPED),
        # "had some truth to it" holds it; "had no truth in it" does not.
        ("Kallas said Russia's claim that Ukraine's desire to join the alliance provoked the invasion had some truth "
         "to it.", Fidelity.NEGATION_FLIPPED),
        ("Kallas said Russia's claim that Ukraine's desire to join the alliance provoked the invasion had no truth "
         "in it.", Fidelity.PARAPHRASE),
        # An argument that "has some merit" holds; one that "has no merit" does not.
        ("Kallas conceded that Russia's argument that Ukraine's desire to join the alliance provoked the invasion "
         "has some merit.", Fidelity.NEGATION_FLIPPED),
        ("Kallas said Russia's argument that Ukraine's desire to join the alliance provoked the invasion has no "
         "merit.", Fidelity.PARAPHRASE),
        # The full stop inside the closing quotation mark.
        ('Kallas called the claim that Ukraine\'s desire to join the alliance provoked the invasion "partly true."',
         Fidelity.NEGATION_FLIPPED),
    ],
)  # fmt: skip
def test_fidelity_rebuttal_match_reads_a_reported_judgement(claim: str, fidelity: Fidelity) -> None:
    """A claim that reports the speaker's judgement of a proposition is matched by the proposition: "partly
    true" against "totally untrue" reverses it, "false" agrees."""
    rebuttal = ev('these claims "totally untrue."', speaker="Kaja Kallas", context=(
        "Russia alleged that Ukraine's desire to join the alliance provoked the full-scale invasion. "
        'Kallas called these claims "totally untrue."'))  # fmt: skip
    found = rebuttal_match(parse_claim(claim), [rebuttal])
    assert found is not None and found.fidelity is fidelity, found


def test_fidelity_negated_cue_and_condition_clause_polarity() -> None:
    decried = ev("decried ruling out NATO membership for Ukraine", speaker="Kaja Kallas")
    claim = parse_claim("Kallas said ruling out NATO membership for Ukraine was a good idea.")
    assert align(claim, [decried]).fidelity is Fidelity.NEGATION_FLIPPED
    cond = ev("Now, if this is not in question (Ukraine's accession to NATO), then we need to see what security "
              "guarantees are tangible.",
              speaker="Kaja Kallas")  # fmt: skip
    assert align(parse_claim("Kallas said Ukraine must not get security guarantees."), [cond], (), close).fidelity is (
        Fidelity.NEGATION_FLIPPED
    )


def test_claims_day_without_year_and_outdated() -> None:
    claim = parse_claim("On Dec. 15 Kallas said Russia will try to divide us.")
    assert claim.when is not None and claim.when.resolved is None and month_day(claim.when) == (12, 15)
    said = ev('"Russia will try to divide us,"', speaker="Kaja Kallas", said=date(2025, 2, 18))
    assert align(claim, [said]).fidelity is Fidelity.OUTDATED
    assert align(parse_claim("On Feb. 18 Kallas said Russia will try to divide us."), [said]).fidelity is (
        Fidelity.VERBATIM
    )


def test_text_a_persons_surname_stands_for_the_name() -> None:
    from saidwhen.verify import text as tx

    assert tx.name_present("Kaja Kallas", tx.keys("Kallas, the former prime minister of Estonia"))
    assert not tx.name_present("United States", tx.keys("the Baltic States"))
    assert not tx.name_present("Kaja Kallas", tx.keys("Siim said so"))


def test_text_a_single_unit_of_time_is_the_number_one() -> None:
    """"barely an hour" is one hour (against "five hours"); "an offer" is no number."""
    assert [(v, "lasted barely an hour"[a:b]) for v, a, b in tx.number_mentions("lasted barely an hour")] == [
        (1.0, "an hour")
    ]
    assert tx.number_mentions("an offer to drop the bid") == []


def test_roles_written_next_to_a_surname() -> None:
    """"[Andriy Sybiha – Foreign Minister of Ukraine]" writes a role next to the name; a role far from it
    or next to someone else's name is not his."""
    from saidwhen.verify import _roles_near

    text = "I think what Minister Sybiha [Andriy Sybiha – Foreign Minister of Ukraine] was explaining the position."
    assert "Foreign Minister of Ukraine" in _roles_near(text, "Andriy Sybiha")
    far = "Sybiha spoke first. " + "The talks went on for a long time, and many things were said. " * 2
    assert _roles_near(far + "The president of France spoke.", "Andriy Sybiha") == []
    # In a list, each role goes with the name it stands before.
    listed = ("Zelenskyy meets with British Prime Minister Keir Starmer, French President Emmanuel Macron, "
              "and German Chancellor Friedrich Merz in London.")  # fmt: skip
    assert _roles_near(listed, "Keir Starmer") == ["with British Prime Minister"]
    assert _roles_near(listed, "Emmanuel Macron") == ["French President"]
    assert _roles_near("Kallas, the former prime minister of Estonia, said so.", "Kaja Kallas") == [
        "the former prime minister of Estonia"
    ]


def test_text_an_opposite_pair_found_twice_counts_once() -> None:
    """"trusts" against "afraid" is one opposite, though both "afraid" and "fear" oppose "trust" (two pairs
    counted would cancel out as a double reversal)."""
    assert tx.opposed_words("Estonia joined NATO because it trusts Russia",
                            'it joined NATO because it is "afraid of Russia"') == [("trusts", "afraid")]  # fmt: skip


def test_text_a_bid_to_join_opposes_no_dropping() -> None:
    """"its bid to join NATO" names the bid: "join" there does not oppose "drops"; wanting to join does."""
    assert tx.opposed_words("Ukraine drops its NATO bid", "its bid to join NATO") == []
    assert tx.opposed_words("Ukraine drops its NATO bid", "Ukraine's aspirations to join the alliance") == []
    assert tx.opposed_words("Ukraine drops its NATO bid", "Ukraine wants to join NATO") == [("drops", "join")]


def test_text_a_word_and_its_negative_form_are_opposites() -> None:
    """"reversible" / "irreversible", "agree" / "disagree"; a word the text has in both forms is not read."""
    assert tx.opposed_words("the path to membership was reversible", "the path to membership is irreversible") == [
        ("reversible", "irreversible")
    ]
    assert tx.opposed_words("the path is reversible", "the path is reversible, not irreversible") == []
    # "enough" reads as "sufficient", whose negative form is "insufficient"
    assert tx.opposed_words("paper assurances are enough", "'paper' assurances are insufficient") == [
        ("enough", "insufficient")
    ]


def test_text_enough_against_not_only_and_backed_against_ruled_out() -> None:
    """What a claim calls enough, "not only X, but ..." calls too little; "ruled out" is a rejection,
    the opposite of backing."""
    assert tx.opposed_words("guarantees on paper would be enough", "guarantees, not only on paper, but tangible") == [
        ("enough", "not only")
    ]
    assert tx.opposed_words("guarantees on paper and more", "guarantees, not only on paper, but tangible") == []
    assert tx.opposed_words("Trump has backed NATO membership", "Trump has repeatedly ruled out NATO membership") == [
        ("backed", "ruled out")
    ]


def test_text_a_noun_folded_with_a_verb_is_never_its_opposite() -> None:
    """"declines NATO membership" does not oppose "drop its NATO bid" ("membership" folds with "join")."""
    assert tx.opposed_words("Ukraine offered to drop its NATO bid", "if Ukraine declines NATO membership") == []
    assert tx.opposed_words("Ukraine will drop its bid", "Ukraine will join the alliance") == [("drop", "join")]


def test_text_news_synonyms_fold_together() -> None:
    """"prepared to sacrifice" / "willing to give up", "Ukrainians alone" / "only Ukrainians"."""
    assert tx.canon("prepared") == tx.canon("willing") == tx.canon("ready")
    assert tx.canon("sacrifice") == tx.canon("sacrificed") == tx.canon("abandon")
    # "alone", like "only", and "currently" carry no content of their own
    assert tx.content_stems("Ukrainians alone currently decide") == tx.content_stems("only Ukrainians decide")
    assert tx.canon("enough") == tx.canon("sufficient") != tx.canon("insufficient")


def test_wording_a_claim_stacking_two_remarks_with_a_dash_or_semicolon() -> None:
    from saidwhen.verify import wording as wd

    assert wd.STACKED.search("'cannot be papers or promises' — they have to be 'real troops'")
    assert wd.STACKED.search("they cannot be papers; they have to be real troops")
    assert not wd.STACKED.search("the EU's top diplomat said guarantees must be real")


def test_text_measures_of_numbers() -> None:
    """The word after a number is its measure ("five hours" -> hour, "barely an hour" -> hour); a month
    before a day is the day's ("December 15"); two hours and five hours are the same measure."""
    from saidwhen.verify import wording as wd

    text = "It lasted five hours and barely an hour, and resumes on December 15."
    spans = [(a, b) for _, a, b in tx.number_mentions(text)]
    assert wd.units_of(text, spans) == {tx.stem("hours"), "dec"}
    claim = "The talks lasted only about two hours."
    said = "Zelenskyy offered it during five hours of talks."
    at = said.index("five")
    five = Edit(EditKind.CHANGED, "number", "five", Span(100 + at, 104 + at), "two")
    assert wd.same_measure(claim, said, 100, [five])
    assert not wd.same_measure("The talks were held with two envoys.", said, 100, [five])


def test_text_the_claims_measure_and_value_given() -> None:
    """A statement that gives a number of the claim with the same value and measure gives the same
    quantity ("five hours of talks" for "the talks lasted five hours"); another value or measure does not."""
    from saidwhen.verify import wording as wd

    said = "Zelenskyy offered it during five hours of talks in Berlin."
    assert wd.measure_given("The Berlin talks lasted five hours.", said)
    assert wd.measure_given("The Berlin talks lasted 5 hours.", said)
    assert not wd.measure_given("The Berlin talks lasted two hours.", said)
    assert not wd.measure_given("The Berlin talks lasted five days.", said)
    assert not wd.measure_given("Five envoys came to Berlin.", said)


def test_text_a_demonym_is_its_country() -> None:
    """"the American delegation" names the United States as "U.S." does; "British" names the UK."""
    assert tx.name_present("American", tx.keys("a U.S. delegation"))
    assert tx.name_present("U.S.", tx.keys("American officials"))
    assert tx.name_present("Britain", tx.keys("the UK government"))
    assert not tx.name_present("American", tx.keys("the Russian delegation"))


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("Kallas stressed that, should Ukraine give up on NATO, members would have to give guarantees.", True),
        ("Should Russia attack, NATO will respond.", True),
        ("Ukraine should give up NATO.", False),
        ("Europe, he said, should send troops.", False),
        ("Kallas said that should be enough.", False),
    ],
)
def test_text_should_before_its_subject_is_a_condition(text: str, condition: bool) -> None:
    """"should Ukraine give up ..., then": an "if"; "Ukraine should give up": an obligation, no condition."""
    assert bool(tx.CONDITION.search(text)) is condition


def test_wording_the_same_thing_placed_elsewhere() -> None:
    """"a press conference in Berlin" against "in Brussels at a press conference": the words around a
    place say what it places; the same words, another place."""
    from saidwhen.verify import wording as wd
    from saidwhen.verify.matching import units

    said = Evidence("a1", Span(0, 80), "She said this on Monday in Brussels at a press conference after the meeting.",
                    "a1.txt", "Outlet", date(2025, 12, 15))  # fmt: skip
    unit = units(said)[0]
    moved = wd.placed_elsewhere("Kallas spoke at a press conference in Berlin after the meeting.", unit)
    assert isinstance(moved, Edit) and (moved.evidence_text, moved.claim_text) == ("Brussels", "Berlin")
    assert wd.placed_elsewhere("Kallas spoke at a press conference in Brussels.", unit) is True
    assert wd.placed_elsewhere("Kallas spoke in Brussels.", unit) is None  # "spoke" places nothing said here


def test_wording_a_visit_to_a_place_places_it() -> None:
    """"during a visit to Washington" names where, as "in Washington" does; "flew to Moscow" names where
    someone went afterwards, not where something happened."""
    from saidwhen.verify import wording as wd

    assert [p for p, _, _ in wd.places("Kallas told AFP during a visit to Washington that ...")] == ["Washington"]
    assert [p for p, _, _ in wd.places("They flew to Moscow after the talks.")] == []
    assert [p for p, _, _ in wd.places("Zelensky flew to Paris this weekend for peace talks.")] == ["Paris"]


def test_verify_a_likening_the_narration_gives_of_something_else_is_out_of_context() -> None:
    """"Kallas compared peace talks to sitting down with bin Laden": her words hold the second term, but the
    narration says she likened "the proposed concessions" to it; likening concessions, it is as said."""
    from saidwhen.verify import _likened_otherwise
    from saidwhen.verify.claims import compared_part

    narration = Evidence("n", Span(0, 70), "Kallas likened the proposed concessions to attempts to appease Al Qaeda.",
                         "n.txt", "Outlet", date(2025, 2, 28))  # fmt: skip
    words = Alignment(Fidelity.PARAPHRASE, narration, 0.74)
    talks = parse_claim("Kallas compared peace talks with Russia to sitting down with Osama bin Laden.")
    second = compared_part(talks)
    assert second is not None
    moved = _likened_otherwise(talks, second, words, [narration])
    assert moved is not None and moved.fidelity is Fidelity.OUT_OF_CONTEXT
    assert [(e.what, e.evidence_text, e.claim_text) for e in moved.edits] == [
        ("likened", "the proposed concessions", "peace talks with Russia")
    ]
    kept = parse_claim("Kallas likened making concessions to Russia to sitting down with Osama bin Laden.")
    second = compared_part(kept)
    assert second is not None and _likened_otherwise(kept, second, words, [narration]) is None


def test_wording_a_country_in_the_sentence_pointed_back_to_is_not_swapped() -> None:
    """"Several members were resistant to the idea, including Slovakia and Hungary": the idea is
    Ukraine's, named in the sentence before; "Ukraine has dropped its bid" is not said of Slovakia. With
    the sentence before naming no Ukraine, the country given is another one."""
    from saidwhen.verify import wording as wd
    from saidwhen.verify.matching import units

    claim = parse_claim("Ukraine has dropped its bid to join NATO.")
    text = "Several members were resistant to the idea, including Moscow-friendly Slovakia and Hungary."

    def unit_after(before: str) -> object:
        said = Evidence("a1", Span(len(before) + 1, len(before) + 1 + len(text)), text, "a1.txt", "Outlet",
                        date(2025, 12, 15), context=f"{before} {text}")  # fmt: skip
        return units(said)[0]

    assert wd.relocated(claim, unit_after("Despite Ukraine publicly abandoning its NATO bid, little changed.")) == []
    swapped = wd.relocated(claim, unit_after("Several countries spoke of joining NATO."))
    assert [(e.claim_text, e.evidence_text) for e in swapped] == [("Ukraine", "Slovakia")]


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("Witkoff said the talks were over.", True),
        ("The war is now over, he said", True),
        ("The talks were over the weekend in Berlin.", False),  # a time, not an end
    ],
)
def test_text_being_over_is_ending(text: str, ended: bool) -> None:
    assert ("ended" in tx.phrasal(text)) is ended
    if ended:  # and "ended" is the opposite of going on
        assert tx.opposed_words(text, "The talks are set to continue on Monday.")


def test_text_a_continuation_is_continuing() -> None:
    """"Witkoff also confirmed the continuation of the discussions": continuing, against "ended"."""
    assert tx.canon("continuation") == tx.canon("continued") == tx.canon("resumes")
    assert tx.opposed_words("the talks ended", "confirmed the continuation of the talks")


def test_wording_what_the_claim_says_a_thing_is_named_otherwise() -> None:
    """"the only security guarantee that actually works is a European army" against "... the only security
    guarantee that works — is NATO's umbrella": the same thing, given another name. The same name, or a
    complement that names nothing, is no alteration."""
    from saidwhen.verify import wording as wd
    from saidwhen.verify.matching import units

    text = "And the only thing that really works — the only security guarantee that works — is NATO's umbrella,"
    unit = units(Evidence("a1", Span(0, len(text)), text, "a1.txt", "Outlet", date(2025, 2, 28)))[0]
    changed = wd.complement_changed("the only security guarantee that actually works is a European army", unit)
    assert [(e.claim_text, e.evidence_text) for e in changed] == [("a European army", "NATO's umbrella")]
    assert wd.complement_changed("the only security guarantee that works is NATO's umbrella", unit) == []
    assert wd.complement_changed("the only security guarantee that works is a strong army", unit) == []


def test_fidelity_words_the_statement_is_only_about_are_out_of_context() -> None:
    """"did not go into detail about | the issue of abandoning NATO membership": what was spoken of, not
    what was said; a claim that says it was spoken about is read as usual."""
    text = "The minister did not go into detail about the issue of Ukraine abandoning NATO membership."
    said = [ev(text, speaker="Kaja Kallas")]
    sim = lambda q, ts: [0.9] * len(ts)  # noqa: E731
    told = align(parse_claim("Kallas told Ukraine to abandon NATO membership."), said, (), sim)
    assert told.fidelity is Fidelity.OUT_OF_CONTEXT and told.edits[0].what == "topic", told
    spoke = align(parse_claim("Kallas said the minister spoke about abandoning NATO membership."), said, (), sim)
    assert spoke.fidelity is not Fidelity.OUT_OF_CONTEXT, spoke


def test_text_not_wanting_is_ruling_out() -> None:
    """"doesn't want Ukraine in NATO" says what "ruled out NATO membership for Ukraine" says; "wants" the
    opposite."""
    assert tx.opposed_words("Trump wants Ukraine in NATO", "Trump ruled out NATO membership for Ukraine")


def test_text_plurals_that_lose_their_e_keep_their_synonyms() -> None:
    assert tx.canon("guarantees") == tx.canon("guarantee") == tx.canon("assurances") == tx.canon("assurance")
    assert tx.canon("pledges") == tx.canon("commitment")


def test_wording_a_body_one_is_a_member_in_is_no_place() -> None:
    """"membership in NATO" names no place; "NATO’s 2024 summit" names NATO (a possessive is the name)."""
    from saidwhen.verify import wording as wd

    assert wd.places("Hungary would never ratify Ukraine's membership in NATO") == []
    assert [p for p, _, _ in wd.places("the summit in Washington")] == ["Washington"]
    assert wd.named_literally("NATO", "At NATO’s 2024 summit in Washington")


def test_compare_a_judgement_right_after_the_proposition() -> None:
    """"called the claim that P totally untrue": P is what was judged, and it was rejected."""
    from saidwhen.verify.compare import judgement

    rejected = judgement(parse_claim("Kallas called the claim that NATO provoked the invasion totally untrue."))
    assert rejected == ("NATO provoked the invasion", False)
    upheld = judgement(parse_claim("Kallas called the claim that NATO provoked the invasion correct."))
    assert upheld == ("NATO provoked the invasion", True)
    quoted = judgement(parse_claim("Kallas called the claim that NATO provoked the invasion 'totally untrue', 'the "
                                   "Russian narrative that we should not buy'."))  # fmt: skip
    assert quoted == ("NATO provoked the invasion", False)


def _unit_of(text: str) -> Unit:
    """The first unit of a one-sentence narrated evidence text."""
    from saidwhen.verify.matching import units

    return units(Evidence("a1", Span(0, len(text)), text, "a1.txt", "Outlet", date(2025, 12, 15)))[0]


def test_wording_a_country_in_a_dropped_condition_is_not_renamed() -> None:
    """"if Ukraine goes, then other regions are also in danger" for "other regions are in danger from
    Russia": Ukraine went with the condition; Russia is not put in its place."""
    from saidwhen.verify import wording as wd

    unit = _unit_of("And if Ukraine goes, then other regions are also in danger.")
    assert wd.relocated(parse_claim("Other regions are also in danger from Russia."), unit) == []
    moved = wd.relocated(parse_claim("If Russia goes, then other regions are also in danger."), unit)
    assert [(e.claim_text, e.evidence_text) for e in moved] == [("Russia", "Ukraine")]


def test_wording_a_place_inside_the_place_on_record_is_not_another_place() -> None:
    """"met at the German Chancellery in Berlin" against "talks with U.S. officials ... in Berlin": the
    Chancellery is in Berlin, and "German" names the place, not a delegation; "met in Paris" is elsewhere."""
    from saidwhen.verify import wording as wd

    unit = _unit_of("Ukrainian President Zelenskyy held five hours of talks with U.S. officials Steve Witkoff in "
                    "Berlin.")
    assert wd.relocated(parse_claim("Zelenskyy and Witkoff met at the German Chancellery in Berlin."), unit) == []
    moved = wd.relocated(parse_claim("Zelenskyy and Witkoff met in Paris."), unit)
    assert [(e.claim_text, e.evidence_text) for e in moved] == [("Paris", "Berlin")]


def test_matching_a_leaders_possessive_names_the_country() -> None:
    from saidwhen.verify.matching import anchors_present

    claim = parse_claim("Other regions are in danger from Russia.")
    assert anchors_present(claim, "Donbas is not Putin's end game.") == 1.0
    assert anchors_present(claim, "Donbas is the end game.") == 0.0


def test_wording_one_office_of_a_country_for_another() -> None:
    from saidwhen.verify import wording as wd
    from saidwhen.verify.matching import units

    text = "Kallas, the former prime minister of Estonia, said the Baltic country joined NATO."
    unit = units(Evidence("a1", Span(0, len(text)), text, "a1.txt", "Outlet", date(2025, 2, 28)))[0]
    moved = wd.retitled("Kaja Kallas is a former president of Estonia", unit)
    assert [(e.claim_text, e.evidence_text) for e in moved] == [("president", "prime minister")]
    assert wd.retitled("Kaja Kallas is a former prime minister of Estonia", unit) == []
    assert wd.retitled("Kaja Kallas is a former president of Latvia", unit) == []  # another country: not this


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("That is why today the guarantees matter.", True),
        ("And that would have provided real security guarantees.", True),
        ("But this is a compromise.", True),
        ("They cannot be papers or promises.", True),
        # "that" opening a reported clause stands for nothing.
        ("that the president would comment on the talks once they were completed", False),
        ("that Ukraine had sought to join NATO", False),
        ("So if they concede, then ...", False),
    ],
)
def test_text_a_sentence_opening_on_a_word_that_stands_for_the_one_before(text: str, points: bool) -> None:
    from saidwhen.verify import text as tx

    assert bool(tx.PRONOUN_START.match(text)) is points


@pytest.mark.parametrize(
    ("claim", "text", "pair"),
    [
        # those "pushing hardest for" it support it; those "resistant to" it oppose it
        ("members pushing hardest for Ukraine's membership", "members were resistant to the idea",
         ("pushing hardest for", "resistant to")),
        # "has no problem with" allies joining accepts it: the contrary of refusing it
        ("Moscow has no problem with allies joining", "Moscow is refusing to allow allies",
         ("has no problem with", "refusing")),
        # reluctant to negotiate is the contrary of open to negotiations
        ("Kyiv was reluctant to negotiate", "how open they are to the negotiations", ("reluctant", "open")),
        # the "strongest champions" of a bid support it
        ("members were the strongest champions of the bid", "members were resistant to the idea",
         ("champions", "resistant to")),
    ],
)  # fmt: skip
def test_text_phrases_read_as_opposites(claim: str, text: str, pair: tuple[str, str]) -> None:
    assert tx.opposed_words(claim, text) == [pair]


def test_text_no_problem_is_no_negation_and_carry_on_is_continue() -> None:
    assert tx.polarity(tx.phrasal("Moscow has no problem with it")) == 0
    assert "continue" in tx.phrasal("the talks would carry on")
    assert "continue" not in tx.phrasal("carry on the talks")
    assert "continue" in tx.phrasal("the discussions would go on")
    # "eager for" / "keen on" / "ready for" this peace wants it (against "does not want this peace")
    assert all("want" in tx.phrasal(f"Russia is {p} this peace") for p in ("eager for", "keen on", "now ready for"))
    assert "want" not in tx.phrasal("the most eager to see Ukraine join")
    # returning to a bid takes it up again (the contrary of abandoning it); "in return for" is a condition
    assert "resume" in tx.phrasal("Ukraine will return to its NATO bid")
    assert "resume" not in tx.phrasal("in return for guarantees") and "resume" not in tx.phrasal("return to Kyiv")
    assert "continue" not in tx.phrasal("what is going on") and "continue" not in tx.phrasal("he would go on to say")


def test_wording_places_after_a_number_or_a_capital_preposition() -> None:
    """"at 10 Downing Street" and "In Berlin" name places."""
    from saidwhen.verify import wording as wd

    assert [p for p, _, _ in wd.places("They met at 10 Downing Street in London.")] == ["Downing Street", "London"]
    assert [p for p, _, _ in wd.places("In Berlin in December 2025, they met.")] == ["Berlin"]


def test_wording_framed_otherwise_needs_a_common_word() -> None:
    """What the claim places by a common word ("a trip to Kyiv") placed elsewhere by the statement ("a visit to
    Washington": trip = visit) is another place; sharing only a name near the places is not."""
    from saidwhen.records import Evidence, Span
    from saidwhen.verify import wording as wd

    def unit(text: str) -> wd.Unit:
        return wd.units(Evidence("a", Span(0, len(text)), text, "a.txt", None, None))[0]

    said = unit("She told AFP during a visit to Washington.")
    moved = wd.framed_otherwise("She spoke to AFP during a trip to Kyiv.", said)
    assert moved is not None and (moved.evidence_text, moved.claim_text) == ("Washington", "Kyiv")
    assert wd.framed_otherwise("Kushner met Kallas in Brussels.", unit("talks with Kushner in Berlin")) is None
    assert wd.framed_otherwise("She spoke during a trip to Kyiv.", unit("She spoke during a visit to Kyiv.")) is None


def test_wording_what_took_place_somewhere_is_the_sentences_subject() -> None:
    """"The US-Russia talks that preceded her warning took place in Turkey": the talks are placed in Turkey, however
    many words lie between them and the place; "the talks in Saudi Arabia" place them elsewhere."""
    from saidwhen.records import Evidence, Span
    from saidwhen.verify import wording as wd

    text = "She said so on Feb. 18 following the U.S.-Russia talks in Saudi Arabia."
    said = wd.units(Evidence("a", Span(0, len(text)), text, "a.txt", None, None))[0]
    moved = wd.framed_otherwise("The US-Russia talks that preceded her Feb. 18 warning took place in Turkey.", said)
    assert moved is not None and (moved.evidence_text, moved.claim_text) == ("Saudi Arabia", "Turkey")
    assert wd.framed_otherwise("Her Feb. 18 warning was made after something that happened in Turkey.", said) is None


def test_text_commitments() -> None:
    """A commitment told: "has formally agreed to provide", "confirmed it will give", "pledged to send"; a hope or an
    opportunity is none."""
    assert tx.COMMITS.search("Japan has formally agreed to provide security guarantees")
    assert tx.COMMITS.search("Japan has confirmed it will give guarantees")
    assert tx.COMMITS.search("Germany pledged to send troops")
    assert not tx.COMMITS.search("guarantees from Canada and Japan represent an opportunity")
    assert not tx.COMMITS.search("what they will give up to achieve peace")  # giving up is no commitment to give
    assert not tx.COMMITS.search("the United States would provide guarantees")  # would: a case, not a commitment


def test_matching_a_peoples_word_beside_its_countrys_name_names_nothing_more() -> None:
    """"Ukraine's allies ... on Ukrainian soil" against "Ukraine's allies ... in the country": where the claim
    names the country itself and the text does, the people's adjective is there too; alone it is not."""
    from saidwhen.verify.matching import anchors_present

    text = "Moscow is refusing to allow Ukraine's allies to be part of any peacekeeping force in the country."
    claim = parse_claim("Moscow is refusing to let Ukraine's allies join a peacekeeping force on Ukrainian soil.")
    assert anchors_present(claim, text) == 1.0
    alone = parse_claim("Moscow is refusing to let allies join a peacekeeping force on Ukrainian soil.")
    assert anchors_present(alone, text) < 1.0



def test_a_months_short_form_is_the_month() -> None:
    assert tx.canon("Feb") == tx.canon("February") == "february"
    assert tx.content_stems("on Feb. 18") == tx.content_stems("on February 18")


def test_swapped_a_months_short_form_is_no_other_name() -> None:
    from saidwhen.verify.wording import swapped, units

    text = '"Russia will try to divide us," Kallas said on Feb. 18 following talks in Saudi Arabia.'
    unit = units(ev(text, speaker="Kaja Kallas"))[0]
    claim = "Russia will try to divide us, Kallas said on February 18 following talks in Saudi Arabia"
    assert swapped(claim, unit, (0, len(text))) == []
    other = "Russia will try to divide us, Kallas said on March 18 following talks in Saudi Arabia"
    assert [e.what for e in swapped(other, unit, (0, len(text)))] == ["name"]


def test_fidelity_a_months_short_form_swaps_no_name() -> None:
    statement = ev('"Russia will try to divide us," Kallas said on Feb. 18 following the talks in Saudi Arabia.',
                   speaker="Kaja Kallas", said=date(2025, 2, 18))  # fmt: skip
    claim = parse_claim("Kallas said on February 18, after talks in Saudi Arabia, that Russia will try to divide us.")
    found = align(claim, [statement])
    assert found.fidelity not in {Fidelity.ALTERED, Fidelity.NOT_FOUND}, found
    assert not [e for e in found.edits if e.what == "name"], found.edits


def test_fidelity_a_question_quoted_as_an_assertion_is_truncated_and_its_why_no_denial() -> None:
    question = ev('"My question is, why we should give Russia what they want on top of what they have already done?"',
                  speaker="Kaja Kallas")  # fmt: skip
    truncated = align(parse_claim("Kallas said: 'we should give Russia what they want.'"), [question])
    assert truncated.fidelity is Fidelity.TRUNCATED, truncated
    asked = align(parse_claim("Kallas asked why we should give Russia what they want."), [question])
    assert asked.fidelity is not Fidelity.NEGATION_FLIPPED, asked


def test_consequent_none_when_the_condition_opens_a_second_statement() -> None:
    from saidwhen.verify.claims import consequent

    joined = parse_claim("Kallas warned that Putin would not stop at Donbas and that if he took it, the rest falls.")
    assert consequent(joined) is None
    alone = parse_claim("Kallas said written promises would be enough if Ukraine stays out of NATO.")
    kept = consequent(alone)
    assert kept is not None and kept.content == "written promises would be enough"


def test_what_is_scheduled_is_what_will_happen() -> None:
    assert tx.content_stems("The talks were scheduled to resume on Monday.") == tx.content_stems(
        "The talks are set to continue on Monday."
    )
    assert "schedul" not in tx.content_stems("Resumption was scheduled for Tuesday.")
    assert "set" in tx.content_stems("They set the table.")  # a set table is no schedule


def test_relocated_only_where_the_claims_subject_is() -> None:
    from saidwhen.verify.restated import _relocated

    claim = parse_claim("Kallas spoke about Ukraine giving up NATO at a press conference in Brussels.")

    def altered(text: str) -> Alignment:
        start = text.index("Berlin")
        edit = Edit(EditKind.CHANGED, "name", "Berlin", Span(start, start + 6), "Brussels")
        return Alignment(Fidelity.ALTERED, ev(text, context=text), 0.7, (edit,))

    assert _relocated(claim, altered("Kallas spoke about Ukraine giving up NATO at a press conference in Berlin."))
    assert not _relocated(claim, altered("During talks in Berlin, Zelensky said Ukraine could give up NATO."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resumption of the Berlin negotiations was scheduled for Tuesday.", ("Berlin",)),
        ("Opposition to every prospect came from all members.", ()),
        ("Trinity College said so.", ("Trinity College",)),  # a name, not an abstract noun opening a sentence
        ("Laurence Norman reported it.", ("Laurence Norman",)),
        ("Kallas said the resumption of talks was likely.", ("Kallas",)),
    ],
)
def test_names_an_abstract_noun_opening_a_sentence_is_no_name(text: str, expected: tuple[str, ...]) -> None:
    assert tx.names(text) == expected


def test_text_what_may_be_done_opposes_what_cannot_be() -> None:
    """"could be reversed" against "irreversible" is an opposite pair, either way round; "cannot be reversed"
    is none."""
    assert tx.opposed_words("the path could be reversed", "the path is irreversible") == [
        ("could be reversed", "irreversible")
    ]
    assert tx.opposed_words("the rules are unchangeable", "the rules may be changed") == [
        ("unchangeable", "may be changed")
    ]
    assert tx.opposed_words("the path cannot be reversed", "the path is irreversible") == []


def test_text_from_the_very_beginning_opposes_only_recently() -> None:
    assert tx.opposed_words("Ukraine had only recently begun to seek membership",
                            "Ukraine had from the very beginning sought membership") == [
        ("recently", "from the very beginning")
    ]  # fmt: skip
    assert tx.opposed_words("Ukraine had always sought membership", "from the outset it sought membership") == []


def test_wording_quoted_words_match_with_contractions_written_out() -> None:
    from saidwhen.verify.wording import quotes_in

    claim = parse_claim("Kallas made her 'it's up to Ukrainians' remark in Brussels.")
    assert quotes_in(claim, "In the end, it is up to Ukrainians to decide.", 3)
    assert not quotes_in(claim, "In the end, it is for Ukrainians to decide.", 3)
    negated = parse_claim("Kallas said 'we don't want this war'.")
    assert quotes_in(negated, "We do not want this war, she said.", 3)


def test_wording_a_date_or_a_sentence_opener_is_no_swapped_name() -> None:
    """Read word by word, "On December 8, Zelensky met ..." against "Ukrainian President Volodymyr Zelenskyy
    meets ..." replaces words, but no name by another: "On" opens the sentence and "December" is a date.
    "PM" is "Prime Minister"."""
    from saidwhen.verify.wording import swapped

    text = "Ukrainian President Volodymyr Zelenskyy meets with British Prime Minister Keir Starmer in London."
    unit = Unit(ev(text), 0, text, "")
    assert swapped("On December 8, Zelensky met British PM Keir Starmer in London", unit, (0, len(text))) == []
    edits = swapped("On December 8, Zelensky met British PM Keir Starmer in Paris", unit, (0, len(text)))
    assert [(e.evidence_text, e.claim_text) for e in edits] == [("London", "Paris")]


def test_compare_the_same_day_of_another_month_is_another_date() -> None:
    """"January 8" against a caption dated "December 8, 2025": the day agrees, the month does not."""
    from saidwhen.verify.compare import _months_changed
    from saidwhen.verify.wording import units

    unit = units(ev("Zelenskyy meets Starmer at 10 Downing Street, in London, Britain, December 8, 2025."))[0]
    edits = _months_changed("Zelensky met Starmer in London on January 8", unit)
    assert [(e.what, e.evidence_text, e.claim_text) for e in edits] == [("number", "December", "January")]
    assert _months_changed("Zelensky met Starmer in London on Dec. 8", unit) == []
    assert _months_changed("Zelensky met Starmer in London on 8 December", unit) == []
    assert _months_changed("Zelensky may meet Starmer in London", unit) == []


def test_compare_another_outlet_is_another_medium() -> None:
    """"in an interview with Reuters" against "in an interview with AFP": the same words, another outlet.
    An outlet that only reported or was cited ("Orda.kz reports, citing The Guardian") is no listener."""
    from saidwhen.verify.compare import _outlet_changed, outlets
    from saidwhen.verify.wording import units

    text = "Kallas decried ruling out NATO membership for Ukraine in an interview with AFP published on Feb. 27."
    unit = units(ev(text))[0]
    edits = _outlet_changed("Kallas decried ruling out NATO membership in an interview with Reuters", unit)
    assert [(e.what, e.evidence_text, e.claim_text) for e in edits] == [("name", "AFP", "Reuters")]
    assert _outlet_changed("Kallas decried ruling out NATO membership in an interview with AFP", unit) == []
    assert _outlet_changed("Kallas decried ruling out NATO membership for Ukraine", unit) == []
    assert set(outlets("Zelenskyy said so, Orda.kz reports, citing The Guardian")) == {tx.name_key("The Guardian")}
    assert outlets("Zelenskyy said so, Orda.kz reports, citing The Guardian", told=True) == {}


def test_text_speaking_out_against_is_decrying() -> None:
    assert tx.polarity("Kallas spoke out against ruling out NATO membership") == tx.polarity(
        "Kallas decried ruling out NATO membership"
    )
    assert tx.polarity("she argued against the plan") == 1
    assert tx.polarity("her remarks against ruling out membership") == 2
    assert tx.polarity("she spoke about the plan") == 0


@pytest.mark.parametrize(
    ("title", "roles", "conflict"),
    [
        # Another office of the same country.
        ("former president of Estonia", ["the former prime minister of Estonia"],
         "the former prime minister of Estonia"),
        ("Germany's foreign minister", ["German Chancellor"], "German Chancellor"),
        # An office of another body.
        ("NATO's Secretary General", ["the EU's top diplomat", "the former prime minister of Estonia"],
         "the EU's top diplomat"),
        # The same office, or nothing to tell.
        ("former prime minister of Estonia", ["the former prime minister of Estonia"], None),
        ("German Chancellor", ["German Chancellor"], None),
        ("EU foreign policy chief", ["the EU's top diplomat"], None),
        ("president of Estonia", ["EU foreign policy chief"], None),
    ],
)  # fmt: skip
def test_roles_a_title_the_record_contradicts(title: str, roles: list[str], conflict: str | None) -> None:
    from saidwhen.verify.roles import title_conflict

    assert title_conflict(title, roles) == conflict


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("Before her EU role, Kallas served as president of Estonia.", ("Kallas", "former president of Estonia")),
        ("Friedrich Merz, who met Zelenskyy in London, is Germany's foreign minister.",
         ("Friedrich Merz", "Germany's foreign minister")),
        ("Kaja Kallas is NATO's Secretary General.", ("Kaja Kallas", "NATO's Secretary General")),
        ("Kallas is in Brussels.", None),
    ],
)  # fmt: skip
def test_roles_an_office_told_as_a_fact(text: str, titled: tuple[str, str] | None) -> None:
    from saidwhen.verify.roles import claimed_title

    assert claimed_title(parse_claim(text)) == titled


def test_wording_the_only_one_of_many() -> None:
    """"the only reason" where the statement says "one of the reasons": one of many made the only one."""
    from saidwhen.verify.wording import generalised, units

    text = "Russia has claimed the alliance's expansion was one of the reasons it launched its operation."
    unit = units(ev(text))[0]
    edits = generalised("NATO's expansion was the only reason Russia launched its operation", unit, (0, len(text)))
    assert [(e.what, e.evidence_text, e.claim_text) for e in edits] == [
        ("quantity", "one of the reasons", "the only reason")
    ]
    assert generalised("NATO's expansion was one reason Russia launched its operation", unit, (0, len(text))) == []


def test_verify_rules_an_abstract_noun_opening_a_sentence_is_no_name() -> None:
    from saidwhen.verify import text as tx

    text = "Neutrality and a pledge were demands. Stability matters; the Neutrality Act"
    assert tx.abstract_opener(text, 0, len("Neutrality"))
    at = text.index("Stability")
    assert tx.abstract_opener(text, at, at + len("Stability"))
    act = text.index("Neutrality Act")
    assert not tx.abstract_opener(text, act, act + len("Neutrality"))  # inside the sentence: a name
    assert not tx.abstract_opener("Kallas said it", 0, len("Kallas"))


def test_verify_rules_rather_than_alone_denies_nothing() -> None:
    from saidwhen.verify import text as tx

    assert tx.polarity("guarantees in troops and capabilities rather than on paper alone") == 0
    assert tx.polarity("troops rather than paper") == 1  # a choice of one over the other


def test_verify_rules_the_alliance_written_with_a_capital_is_nato_for_anchors() -> None:
    from saidwhen.verify.claims import parse_claim
    from saidwhen.verify.matching import anchors_present

    claim = parse_claim("Zelenskyy said guarantees offered in lieu of Alliance membership must be binding.")
    assert anchors_present(claim, "any guarantees offered in place of NATO membership must be legally binding") == 1.0
    assert anchors_present(claim, "any guarantees offered in place of EU membership must be legally binding") == 0.0


def test_verify_rules_in_lieu_of_is_in_place_of() -> None:
    from saidwhen.verify import text as tx

    assert tx.content_stems("in lieu of membership") == tx.content_stems("in place of membership")


def test_verify_rules_taking_part_in_a_meeting_is_being_at_it() -> None:
    from saidwhen.verify import text as tx

    at = tx.content_stems("Kushner was at the Berlin meeting")
    assert tx.content_stems("Kushner took part in the Berlin meeting") == at
    assert tx.content_stems("Kushner attended the Berlin meeting") == tx.content_stems("Kushner at the Berlin meeting")
    assert "attend" not in " ".join(tx.content_stems("Kushner participated in the Berlin meeting"))


def test_rules_an_opposition_told_as_a_block_is_said_more_strongly() -> None:
    from saidwhen.verify import degree as dg

    found = dg.overstated("Slovakia and Hungary blocked the bid", "Several members were resistant to the idea")
    assert found is not None and (found.scale, found.said, found.claimed) == ("opposition", "resistant", "blocked")
    assert dg.overstated("Hungary blocked the bid", "Hungary blocked it") is None
    assert dg.overstated("Hungary was resistant", "Hungary was resistant to it") is None


def test_rules_a_group_followed_by_the_names_meant_is_a_part() -> None:
    from saidwhen.verify.wording import _NAMED_PART

    assert _NAMED_PART.search("NATO members Slovakia and Hungary were resistant")
    assert not _NAMED_PART.search("NATO members were resistant")


def test_rules_enormous_progress_is_said_more_strongly_than_a_lot() -> None:
    from saidwhen.verify import degree as dg

    found = dg.overstated("enormous progress was made", "a lot of progress was made")
    assert found is not None and (found.said, found.claimed) == ("a lot of progress", "enormous progress")
    assert dg.overstated("progress was made", "enormous progress was made") is None


def test_roles_a_first_name_alone_is_the_person_the_corpus_names_so() -> None:
    """"Kaja said ..." is Kaja Kallas where the corpus writes "Kaja Kallas" (one surname, perhaps spelt two ways); a
    surname, a name followed by several surnames, or one the corpus never writes is left as it is."""
    from saidwhen.verify.claims import parse_claim
    from saidwhen.verify.roles import first_named

    corpus = {
        "kaja": ["EU foreign policy chief Kaja Kallas said.", "Kaja Kallas spoke.", "Kaja Kallas, the diplomat."],
        "volodymyr": ["President Volodymyr Zelensky said.", "Volodymyr Zelenskyy spoke."],
        "kallas": ["Kaja Kallas said.", "Kallas said it."],
        "john": ["John Smith said.", "John Doe said."],
    }

    def texts_with(word: str) -> list[str]:
        return corpus.get(word, [])

    def speaker(text: str) -> str | None:
        return first_named(parse_claim(text), texts_with).speaker

    assert speaker("Kaja said Russia wants peace.") == "Kaja Kallas"
    assert speaker("Volodymyr said this is a compromise.") == "Volodymyr Zelensky"
    assert speaker("Kallas said Russia wants peace.") == "Kallas"
    assert speaker("John said Russia wants peace.") == "John"
    assert speaker("Ursula said Russia wants peace.") == "Ursula"


def test_wording_a_place_before_the_meeting_held_there() -> None:
    """"at their 2024 Vilnius summit" places the summit in Vilnius; a people's adjective or a body does not."""
    from saidwhen.verify import wording as wd

    assert [p for p, _, _ in wd.places("Allies at their 2024 Vilnius summit agreed.")] == ["Vilnius"]
    assert [p for p, _, _ in wd.places("During the Berlin talks, they met.")] == ["Berlin"]
    assert wd.places("At their European summit they met.") == []
    assert wd.places("At their NATO summit they met.") == []


def test_wording_the_place_of_the_scene_a_claim_opens_with_is_where_the_words_were_said() -> None:
    """"In Berlin, Kallas said ..." says the words were said in Berlin; "After the talks in Saudi Arabia, ..." does
    not (the place of what came before)."""
    from saidwhen.verify import wording as wd
    from saidwhen.verify.claims import parse_claim

    assert wd.speech_place(parse_claim("In Berlin, Kallas said it is up to Ukrainians.")) == "Berlin"
    assert wd.speech_place(parse_claim("During a visit to Moscow, Kallas said Russia wants peace.")) == "Moscow"
    assert wd.speech_place(parse_claim("After the talks in Saudi Arabia, Kallas said Russia will divide us.")) is None


def test_text_a_hyphenated_ruling_out_is_a_rejection() -> None:
    """"Trump's ruling-out of NATO membership" rejects it, as "Trump ruled out NATO membership" does."""
    assert tx.polarity("Trump's repeated ruling-out of NATO membership") == 1
    assert tx.polarity("Trump repeatedly ruled out NATO membership") == 1
    assert tx.polarity("Trump's repeated support for NATO membership") == 0


def test_sequence_an_event_is_borne_out_only_by_a_sentence_telling_what_happened() -> None:
    """"Jared Kushner left Berlin" is not borne out by a sentence naming Kushner and Berlin only."""
    from saidwhen.records import Evidence, Span
    from saidwhen.verify.sequence import _does_what

    def ev(text: str) -> Evidence:
        return Evidence("a", Span(0, len(text)), text, "a.txt", None, None)

    names = ["Jared Kushner", "Berlin"]
    assert not _does_what("Jared Kushner left Berlin", names, ev("Talks with Jared Kushner in Berlin lasted hours."))
    assert _does_what("Jared Kushner left Berlin", names, ev("Jared Kushner left Berlin on Sunday."))
    assert _does_what("Jared Kushner in Berlin", names, ev("Talks with Jared Kushner in Berlin lasted hours."))


def test_roles_own_in_a_description_describes_no_one_else() -> None:
    """"the EU's own foreign policy chief" is the EU's foreign policy chief."""
    from saidwhen.records import Entity, EntityKind
    from saidwhen.verify.roles import resolve_description

    people = [Entity("Kaja Kallas", EntityKind.PERSON, roles=("EU foreign policy chief",))]
    assert resolve_description("The EU's own foreign policy chief", people) == "Kaja Kallas"


def test_claims_a_posts_weight_on_the_verb_and_shut_down_with_a_colon() -> None:
    """"Kallas officially announced" names Kallas; "shut down X: ..." says what follows only before a colon."""
    from saidwhen.verify.claims import parse_claim

    officially = parse_claim("The EU's top diplomat Kaja Kallas officially announced Europe is done.")
    assert officially.speaker == "Kaja Kallas" and officially.content == "Europe is done"
    assert parse_claim("Kallas shut down the Kremlin's excuse: NATO is not to blame.").speaker == "Kallas"
    assert parse_claim("Russia shut down the pipeline to Europe.").speaker is None


def test_wording_quoted_words_finished_with_what_their_pointer_points_back_to() -> None:
    """"'did not support' Ukraine's NATO bid" from "our ambition was NATO membership. ... did not support this
    direction" finishes the words with what they point back to; "'did not support' Ukraine" does not."""
    from saidwhen.verify.wording import _pointed_to

    before = "Our ambition was NATO membership. Some partners did not support"
    assert _pointed_to("Ukraine's NATO bid", "this direction", before)
    assert not _pointed_to("Ukraine", "this direction", before)
    assert not _pointed_to("Ukraine's NATO bid", "the direction", before)


def test_matching_a_capital_given_to_is_its_country_not_a_place() -> None:
    """"guarantees offered to Kyiv" names Ukraine, which "Ukraine" in the statement's narration names; "a visit to Kyiv"
    names the town, which it does not."""
    from saidwhen.verify.matching import anchors_present

    offered = parse_claim("Zelenskyy said any guarantees offered to Kyiv must be legally binding.")
    visit = parse_claim("Zelenskyy said guarantees agreed in Kyiv must be legally binding.")
    text = "Guarantees between Ukraine and the United States. Any such guarantees must be legally binding."
    assert anchors_present(offered, text) == 1.0
    assert anchors_present(visit, text) < 1.0


def test_text_appeasing_is_a_concession() -> None:
    assert tx.canon("appeasing") == tx.canon("concessions")


def test_fidelity_a_claim_denying_what_the_statement_never_names_is_no_paraphrase() -> None:
    from saidwhen.verify.fidelity import _denies_the_unsaid

    said = "Kyiv could consider abandoning its bid to join NATO if the United States provides binding guarantees."
    assert _denies_the_unsaid("the offer involved no compromise whatsoever on Kyiv's part", said)
    assert not _denies_the_unsaid("Kyiv would not join NATO without guarantees", said)
    assert not _denies_the_unsaid("Kyiv could drop its NATO bid", said)
    assert not _denies_the_unsaid("guarantees have to be legally binding, not just promises", said)


def test_wording_a_body_before_its_talks_and_a_view_are_no_places() -> None:
    from saidwhen.verify import wording as wd

    assert wd.places("During the Senate talks, they met.") == []
    assert wd.places("At their Labour conference, they promised it.") == []
    assert wd.speech_place(parse_claim("In Russia's view, Lavrov said NATO expansion is a threat.")) is None


def test_roles_a_name_ever_written_alone_is_no_first_name() -> None:
    from saidwhen.verify.roles import first_named

    corpus = {
        "trump": ["Trump said so.", "They met outside Trump Tower."],
        "kallas": ["Kallas Warns EU.", "Kallas said."],
    }
    for text in ("Trump said Russia wants peace.", "Kallas said Russia wants peace."):
        claim = parse_claim(text)
        assert first_named(claim, lambda word: corpus.get(word, [])).speaker == claim.speaker


def test_verify_talks_told_as_over_are_denied_by_a_sentence_having_them_go_on() -> None:
    from saidwhen.verify.restated import continued as _continued

    def ev(text: str) -> Evidence:
        return Evidence("a", Span(0, len(text)), text, "a.txt", None, None)

    on = [ev("The negotiations are set to continue on Monday."), ev("Kallas spoke in Brussels.")]
    found = _continued(parse_claim("The Berlin talks ended on Sunday with no further round planned."), on)
    assert [a.fidelity for a in found] == [Fidelity.NEGATION_FLIPPED] and found[0].evidence is on[0]
    assert _continued(parse_claim("The talks are set to continue on Monday."), on) == []
    assert _continued(parse_claim("If the talks ended on Sunday, the deal would be dead."), on) == []
    assert _continued(parse_claim("The talks ended on Sunday."), [on[1]]) == []
    # (ended later, after they went on: not what the record denies)
    assert _continued(parse_claim("Monday's round of Berlin talks ended with a signed draft agreement."), on) == []
    assert _continued(parse_claim("The talks ended with a signed peace agreement."), on) == []


def test_a_people_named_is_present_where_its_country_is() -> None:
    from saidwhen.verify import text as tx

    assert tx.name_present("Russians", tx.keys("Putting the pressure on Russia is our policy."))
    assert tx.name_present("Ukrainians", tx.keys("Ukraine has said it is willing."))
    # (not the other way round: "it is up to Ukrainians" near a sentence does not make it one about Ukraine)
    assert not tx.name_present("Ukraine", tx.keys("It is up to Ukrainians to decide."))


@pytest.mark.parametrize(
    ("claim", "narration", "expected"),
    [
        ("Kallas said Latvia joined NATO because it is afraid of Russia.",
         "Kallas, the former prime minister of Estonia, said ", "Latvia"),
        # The country described, or a sentence naming no one country for it, or two: nothing renamed.
        ("Kallas said Estonia joined NATO because it is afraid of Russia.",
         "Kallas, the former prime minister of Estonia, said ", None),
        ("Kallas said Latvia joined NATO because it is afraid of Russia.", "Kallas said ", None),
        ("Kallas said Latvia joined NATO because it is afraid of Russia.",
         "Kallas, who was born in Estonia and studied in Finland, said ", None),
    ],
)
def test_a_country_described_is_the_one_its_sentence_names(claim: str, narration: str, expected: str | None) -> None:
    from saidwhen.verify.wording import relocated, units

    said = 'the Baltic country joined NATO because it is "afraid of Russia," with which it shares a border'
    statement = ev(said, speaker="Kaja Kallas", context=f"Kallas spoke to AFP. {narration}{said}. She added more.")
    edits = relocated(parse_claim(claim), units(statement)[0])
    assert [e.claim_text for e in edits if e.what == "name"] == ([expected] if expected else [])
