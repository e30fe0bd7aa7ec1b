"""Quote fidelity: how a claim's attributed words relate to the speaker's statements."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import pytest

from saidwhen.records import Alignment, EditKind, Evidence, Fidelity, Modality, Span
from saidwhen.verify.claims import parse_claim
from saidwhen.verify.compare import AGREEING
from saidwhen.verify.explain import only_quantity
from saidwhen.verify.fidelity import align, conditional_match
from saidwhen.verify.matching import anchors_present, lexical_recall, units
from saidwhen.verify.wording import substituted

OFFSET = 100  # statements sit at this offset of their article, so spans must be shifted


def statement(text: str, speaker: str = "Kaja Kallas", said: date | None = None, article: str = "a1") -> Evidence:
    return Evidence(
        article, Span(OFFSET, OFFSET + len(text)), text, f"{article}.txt", "Outlet", date(2025, 12, 15),
        speaker=speaker, said_on=said,
    )  # fmt: skip


KALLAS = [
    statement("I think the minister was explaining the difficult position. To illustrate that Russia does not want this peace."),  # noqa: E501
    statement("So if they concede into this, then first we need to give them very strong, tangible security guarantees. "  # noqa: E501
              "But in the end, it is up to Ukrainians to decide."),
    statement("Putting the pressure on Russia is our policy. We clearly see that they are not in good place."),
    statement("Ukraine could, in theory, forgo NATO membership."),
    statement("We will support Ukraine, but we cannot do it alone."),
    statement("Europe will spend 800 billion euros on defence.", said=date(2025, 3, 4)),
    statement("My question is, why we should give Russia what they want on top of what they have done?"),
]  # fmt: skip
OTHERS = [statement("Ukraine should join the European Union by 2027.", speaker="Ursula von der Leyen", article="a2")]


@pytest.mark.parametrize(
    ("claim", "fidelity", "edit"),
    [
        ("Kallas said putting the pressure on Russia is our policy.", Fidelity.VERBATIM, None),
        ('Kallas: "Putting the pressure on Russia is our policy"', Fidelity.VERBATIM, None),
        ("Kallas said putting pressure on Russia is our policy.", Fidelity.NEAR_VERBATIM, None),
        ("Kallas said their policy was to put pressure on Russia.", Fidelity.PARAPHRASE, None),
        ("Kallas said Russia wants this peace.", Fidelity.NEGATION_FLIPPED, ("negation", "not")),
        ("Kallas said they are in a good place.", Fidelity.NEGATION_FLIPPED, ("negation", "not")),
        # Quoted with an article the statement does not have: "not in good place".
        ('Kallas said Russia is "in a good place" and that pressure on Moscow is not working.',
         Fidelity.NEGATION_FLIPPED, ("negation", "not")),
        ("Kallas said we need to give them very strong, tangible security guarantees.", Fidelity.CONDITION_STRIPPED,
         ("condition", "if they concede into this")),
        ("Kallas said Ukraine will forgo NATO membership.", Fidelity.HEDGE_STRIPPED, ("hedge", "could")),
        ("Kallas said we will support Ukraine.", Fidelity.TRUNCATED,
         ("words", "but we cannot do it alone.")),
        # A question quoted as an assertion.
        ('Kallas said: "we should give Russia what they want."', Fidelity.TRUNCATED,
         ("question", "My question is, why")),
        ("Kallas said Ukraine should join the European Union by 2027.", Fidelity.MISATTRIBUTED,
         ("speaker", "Ursula von der Leyen")),
        ("Kallas said China will invade Taiwan in 2027.", Fidelity.NOT_FOUND, None),
        ("In March 2023, Kallas said Europe will spend 800 billion euros on defence.", Fidelity.OUTDATED,
         ("date", "2025-03-04")),
    ],
)  # fmt: skip
def test_fidelity_classifies_alignment(claim: str, fidelity: Fidelity, edit: tuple[str, str] | None) -> None:
    result = align(parse_claim(claim), KALLAS, OTHERS)
    assert result.fidelity is fidelity, result
    if edit is not None:
        what, text = edit
        found = [e for e in result.edits if e.what == what]
        assert found, result.edits
        assert found[0].evidence_text == text
    if fidelity is not Fidelity.NOT_FOUND:
        assert result.evidence is not None and result.matched is not None


def test_fidelity_edit_spans_index_the_article() -> None:
    """A dropped condition's span points at the condition in the ORIGINAL article text."""
    article_text = " " * OFFSET + KALLAS[1].text
    result = align(parse_claim("Kallas said we need to give them very strong, tangible security guarantees."), KALLAS)
    edit = next(e for e in result.edits if e.what == "condition")
    assert edit.kind is EditKind.DROPPED
    assert edit.span is not None and edit.span.of(article_text) == "if they concede into this"


def test_fidelity_matched_span_covers_the_statement_words() -> None:
    article_text = " " * OFFSET + KALLAS[0].text
    result = align(parse_claim("Kallas said Russia wants this peace."), KALLAS)
    assert result.matched is not None
    assert "Russia does not want this peace" in result.matched.of(article_text)


def test_fidelity_outdated_prefers_a_statement_at_the_claimed_time() -> None:
    statements = [*KALLAS, statement("Europe will spend 800 billion euros on defence.", said=date(2023, 3, 2))]
    result = align(
        parse_claim("In March 2023, Kallas said Europe will spend 800 billion euros on defence."), statements
    )
    assert result.fidelity is Fidelity.VERBATIM
    assert result.evidence is not None and result.evidence.said_on == date(2023, 3, 2)


def test_fidelity_a_month_without_a_year_must_match_the_month_said() -> None:
    claim = parse_claim("This December, Kallas said Europe will spend 800 billion euros on defence.")
    said_in_march = [statement("Europe will spend 800 billion euros on defence.", said=date(2023, 3, 2))]
    assert align(claim, said_in_march).fidelity is Fidelity.OUTDATED
    said_in_december = [statement("Europe will spend 800 billion euros on defence.", said=date(2023, 12, 2))]
    assert align(claim, said_in_december).fidelity is Fidelity.VERBATIM


def test_fidelity_semantic_similarity_is_used_when_given() -> None:
    """With a similarity function, a paraphrase with few shared words can still match."""

    def similarity(query: str, texts: Sequence[str]) -> list[float]:
        return [0.9 if "pressure" in t else 0.1 for t in texts]

    claim = parse_claim("Kallas said squeezing Russia is the EU's policy.")
    assert align(claim, KALLAS).fidelity is Fidelity.NOT_FOUND
    # Lexical overlap is still required: similarity alone does not make a match.
    assert align(claim, KALLAS, similarity=similarity).fidelity is Fidelity.NOT_FOUND
    claim = parse_claim("Kallas said pressure on Russia is the policy of her government.")
    assert align(claim, KALLAS, similarity=similarity).fidelity in {Fidelity.PARAPHRASE, Fidelity.NEAR_VERBATIM}


def test_fidelity_no_statements_is_not_found() -> None:
    result = align(parse_claim("Kallas said Russia wants this peace."), [])
    assert result.fidelity is Fidelity.NOT_FOUND and result.evidence is None


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        ("Kallas said Ukraine should join the European Union by 2027.", "Ukraine joins the EU", 1 / 3),
        (
            "Kallas said Ukraine should join the European Union by 2027.",
            "the European Union wants Ukraine by 2027",
            1.0,
        ),
        ("Kallas said Kyiv wants peace.", "Ukraine wants peace", 1.0),  # a capital stands for its country
        ("Kallas said Zelensky wants peace.", "Zelenskyy wants peace", 1.0),
        ("Kallas said it is cold.", "anything", 1.0),
        # A description in apposition says who is meant: its names are not the claim's anchors.
        ("Estonia, the EU foreign-policy chief's home country, borders Russia.", "Estonia borders Russia", 1.0),
        # A place naming which talks: "the talks" has it, "the Istanbul talks" has another place's.
        ("Lytvyn said Zelenskyy would comment on the Berlin talks.", "Zelenskyy would comment on the talks", 1.0),
        ("Lytvyn said Zelenskyy would comment on the Berlin talks.", "Zelenskyy spoke of the Istanbul talks", 0.5),
        ("Lytvyn said Zelenskyy would comment on the Berlin talks.", "Zelenskyy would comment later", 0.5),
        # "the West" in a speaker's mouth is "we" or "our allies": not a name a statement must hold.
        ("Kallas said the West should offer Russia concessions.", "we should offer concessions to Russia", 1.0),
        # "the United States" where the text says "Americans" or "U.S."
        ("Kallas said the United States must give guarantees.", "also Americans must give guarantees", 1.0),
        # A people's adjective is there where its country's leader is ("Zelenskyy ... talks in Berlin").
        ("Witkoff said the talks with the Ukrainian delegation in Berlin went on.",
         "Zelenskyy spoke after the talks in Berlin", 1.0),
        ("Witkoff said the talks with the Ukrainian delegation in Berlin went on.", "the talks in Berlin", 0.5),
    ],
)
def test_fidelity_anchors(claim: str, text: str, expected: float) -> None:
    assert anchors_present(parse_claim(claim), text) == pytest.approx(expected)


def test_fidelity_a_short_report_about_the_talks_reads_the_sentence_before() -> None:
    """ "Witkoff also confirmed | the continuation of the discussions": which discussions, the article's sentence
    before says; the claim's place and parties are read there."""
    context = ("Zelenskyy spoke after five hours of talks with a U.S. delegation in Berlin. Witkoff also confirmed "
               "the continuation of the discussions.")  # fmt: skip
    short = replace(statement("the continuation of the discussions", speaker="Steve Witkoff"), context=context)
    claim = parse_claim("Witkoff said the talks with the Ukrainian side in Berlin would not continue.")

    def close(query: str, texts: Sequence[str]) -> list[float]:  # the words read with the talks they are about
        return [0.6 if "Berlin" in t else 0.3 for t in texts]

    found = align(claim, [short], (), close)
    assert found.fidelity is Fidelity.NEGATION_FLIPPED, found
    # With no sentence before that tells of them, the few words are not the claim.
    alone = replace(short, context="Witkoff also confirmed the continuation of the discussions.")
    assert align(claim, [alone], (), close).fidelity is Fidelity.NOT_FOUND


def test_fidelity_a_quote_opening_on_this_reads_the_quote_before() -> None:
    """ "And this already is a compromise on our part", quoted right after the speaker's words on the guarantees
    that replace NATO membership: "this" is those words. Narration before such a quote is not borrowed."""
    before = ("“That is why today the security guarantees for Ukraine, instead of NATO membership, provide an "
              "opportunity to prevent another invasion,” Zelenskyy commented.")  # fmt: skip
    text = "“And this already is a compromise on our part,”"
    quote = replace(statement(text, speaker="Volodymyr Zelenskyy"), direct=True, context=f"{before} {text} he said.")
    claim = parse_claim("Zelenskyy said accepting security guarantees instead of NATO membership was already a "
                        "compromise on Ukraine's part.")  # fmt: skip
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    assert align(claim, [quote], (), sim).fidelity in AGREEING
    narrated = replace(quote, context=f"Zelenskyy spoke of security guarantees and NATO membership. {text} he said.")
    assert align(claim, [narrated], (), sim).fidelity is Fidelity.NOT_FOUND
    # A long quote says enough of its own: it is read alone.
    long = "“And this already is a compromise on our part, and a hard one for all of our people,”"
    alone = replace(statement(long, speaker="Volodymyr Zelenskyy"), direct=True, context=f"{before} {long} he said.")
    assert align(claim, [alone], (), sim).fidelity is Fidelity.NOT_FOUND


def test_fidelity_a_short_claim_with_the_opposite_word_is_the_statement_reversed() -> None:
    """ "the talks collapsed" against "a lot of progress was made during the talks": every word of the claim is
    there once "collapsed" is read as its opposite, so the statement is found, and reversed. A longer claim that
    meets opposites only by chance ("give up" / "join", "end" / "beginning") is not matched that way."""
    said = [statement("“A lot of progress was made” during the talks.", speaker="Steve Witkoff")]
    sim = lambda q, ts: [0.5] * len(ts)  # noqa: E731
    found = align(parse_claim("Witkoff said the talks collapsed."), said, (), sim)
    assert found.fidelity is Fidelity.NEGATION_FLIPPED and found.edits[0].evidence_text == "progress", found
    assert align(parse_claim("Witkoff said the talks fell apart."), said, (), sim).fidelity is Fidelity.NEGATION_FLIPPED
    begun = [statement("Ukraine had from the very beginning sought to join NATO.", speaker="Volodymyr Zelenskyy")]
    chance = align(parse_claim("Zelensky said Ukraine is ready to give up on NATO to end the war."), begun, (), sim)
    assert chance.fidelity is Fidelity.NOT_FOUND, chance


def test_fidelity_a_name_of_a_list_given_otherwise_alters_the_statement() -> None:
    """ "other countries such as Canada and Australia" against "... such as Canada and Japan": Japan swapped for
    Australia. Lists of other things ("Ukraine and the United States" / "the United States and the EU") are not
    compared name by name, nor lists with nothing in common before them."""
    said = [statement("Guarantees from the United States, as well as from other countries such as Canada and Japan, "
                      "provide an opportunity to prevent another invasion.", speaker="Zelenskyy")]  # fmt: skip
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    claim = parse_claim("Zelenskyy said guarantees from the United States, as well as from other countries such as "
                        "Canada and Australia, provide an opportunity to prevent another invasion.")  # fmt: skip
    found = align(claim, said, (), sim)
    assert found.fidelity is Fidelity.ALTERED, found
    assert [(e.evidence_text, e.claim_text) for e in found.edits] == [("Japan", "Australia")]
    same = parse_claim("Zelenskyy said guarantees from the United States, as well as from other countries such as "
                       "Canada and Japan, provide an opportunity to prevent another invasion.")  # fmt: skip
    assert align(same, said, (), sim).fidelity in AGREEING
    from saidwhen.verify.wording import list_swapped

    such = units(statement("the security guarantees from other countries such as Canada and Japan"))[0]
    edits = list_swapped("guarantees could come from other countries such as Canada and Australia", such)
    assert [(e.evidence_text, e.claim_text) for e in edits] == [("Japan", "Australia")]
    unit = units(statement("guarantees from the United States and the EU"))[0]
    assert list_swapped("Ukraine and the United States signed guarantees", unit) == []
    assert list_swapped("Hungary and Slovakia were resistant", unit) == []


def test_fidelity_a_quote_read_with_the_one_before_must_hold_some_words_itself() -> None:
    """ "And this already is a compromise on our part" is not the statement of "Canada and Japan" that the quote
    before it holds: that quote is."""
    before = "“The guarantees from other countries such as Canada and Japan provide an opportunity,” he said."
    text = "“And this already is a compromise on our part,”"
    first = replace(statement(before, speaker="Volodymyr Zelenskyy"), direct=True, context=f"{before} {text}")
    short = replace(statement(text, speaker="Volodymyr Zelenskyy", article="a1"), direct=True,
                    context=f"{before} {text} he said.")  # fmt: skip
    claim = parse_claim("Zelenskyy said nations like Canada and Japan could also offer Kyiv such an opportunity.")
    def close(query: str, texts: Sequence[str]) -> list[float]:  # the two quotes read together read closest
        return [0.95 if "compromise" in t and "Canada" in t else 0.7 for t in texts]

    found = align(claim, [short, first], (), close)
    assert found.fidelity in AGREEING and found.evidence is not None and "Canada" in found.evidence.text, found


def test_fidelity_a_people_named_in_the_statement_is_no_aside() -> None:
    """ "neither the United States nor Europe supported" against "some representatives of the United States and
    European partners did not support": "European partners" is the claim's Europe, not a phrase of the statement's
    own, so its "not" counts; the claim drops the "some"."""
    said = [statement("Some representatives of the United States and European partners did not support this "
                      "aspiration to join NATO.", speaker="Volodymyr Zelenskyy")]  # fmt: skip
    claim = parse_claim("Zelenskyy said neither the United States nor Europe supported Ukraine's aspiration to join "
                        "NATO.")  # fmt: skip
    found = align(claim, said, (), lambda q, ts: [0.85] * len(ts))
    assert found.fidelity is Fidelity.ALTERED and only_quantity(found), found


def test_fidelity_someone_elses_words_lacking_a_name_of_the_claim_are_not_misattributed() -> None:
    """Von der Leyen's "Ukraine should join the European Union by 2027" is misattributed as Kallas's; "Germany says
    Ukraine should join ..." names Germany, which her words never do: not her words."""
    sim = lambda q, ts: [0.9] * len(ts)  # noqa: E731
    assert align(parse_claim("Kallas said Ukraine should join the European Union by 2027."), KALLAS, OTHERS,
                 sim).fidelity is Fidelity.MISATTRIBUTED  # fmt: skip
    found = align(parse_claim("Kallas said Germany thinks Ukraine should join the European Union by 2027."), KALLAS,
                  OTHERS, sim)  # fmt: skip
    assert found.fidelity is not Fidelity.MISATTRIBUTED, found


def test_fidelity_a_purpose_the_statement_leaves_implied_does_not_hide_it() -> None:
    """ "paper assurances would be enough to keep Ukraine safe" against "'paper' assurances are insufficient": the
    purpose ("to keep Ukraine safe") is implied there; the statement is found, and it says the opposite."""
    text = "“Paper” assurances are insufficient, and Europe must be prepared to consider more robust measures."
    said = [replace(statement(text), context=f"Kallas spoke of the security of Ukraine. {text}")]
    claim = parse_claim("Kallas said paper assurances would be enough to keep Ukraine safe.")
    found = align(claim, said, (), lambda q, ts: [0.65] * len(ts))
    assert found.fidelity is Fidelity.NEGATION_FLIPPED, found


def test_fidelity_provided_that_keeps_the_condition() -> None:
    """ "provided the United States and Europe offer it guarantees" is the statement's "if ... provide"."""
    offer = [statement("Kyiv could consider abandoning its bid to join NATO if the United States and European "
                       "partners provide binding security guarantees.", speaker="Volodymyr Zelenskyy")]  # fmt: skip
    claim = parse_claim("Zelenskyy said Ukraine might give up its NATO bid provided the United States and Europe "
                        "offer it binding security guarantees.")  # fmt: skip
    assert align(claim, offer, (), lambda q, ts: [0.85] * len(ts)).fidelity in AGREEING
    assert parse_claim("Zelenskyy said Washington provided the guarantees Kyiv needs.").modality is Modality.FACT


def test_fidelity_lexical_recall_folds_synonyms() -> None:
    assert lexical_recall("Kyiv could drop its bid", "Kyiv could consider abandoning its bid") == 1.0


def test_fidelity_units_split_sentences_with_offsets() -> None:
    ev = KALLAS[2]
    pieces = units(ev)
    assert [u.text for u in pieces] == [
        "Putting the pressure on Russia is our policy.",
        "We clearly see that they are not in good place.",
    ]
    for u in pieces:
        assert ev.text[u.start : u.start + len(u.text)] == u.text


def test_fidelity_a_relayed_report_is_not_its_relayers_statement() -> None:
    claim = parse_claim("Sybiha said Kyiv could drop its bid to join NATO.")
    relayed = statement("Zelenskyy said Kyiv could drop its bid to join NATO, Orda.kz reports.", speaker="Orda.kz")
    own = statement("Kyiv could drop its bid to join NATO, Zelenskyy said.", speaker="Volodymyr Zelenskyy")
    assert align(claim, [], [relayed]).fidelity is Fidelity.NOT_FOUND  # the outlet only passes his words on
    result = align(claim, [], [own])  # his own words, with his own name in them: said by someone else
    assert result.fidelity is Fidelity.MISATTRIBUTED and result.evidence == own


def test_fidelity_anchors_read_abbreviations() -> None:
    """ "U.S." in a claim is found as "U.S." or "United States" in a statement, not as "us"."""
    claim = parse_claim("The talks between Zelensky and the U.S. delegation lasted five hours.")
    assert anchors_present(claim, "Zelenskyy held five hours of talks with a U.S. delegation.") == 1.0
    assert anchors_present(claim, "Zelenskyy met delegations from the United States for five hours.") == 1.0
    assert anchors_present(claim, "Zelenskyy told us the talks lasted five hours.") < 1.0


def test_fidelity_a_pronoun_may_stand_for_one_missing_name() -> None:
    """ "then they move on to take the whole of Ukraine": "they" may be the claim's Russia. One name
    missing is read so; two are not."""
    said = [statement("If he gets Donbas, then the fortress is down, and then they definitely move on with taking "
                      "the whole of Ukraine.")]  # fmt: skip
    found = align(parse_claim("Kallas said Russia will definitely move on to take the whole of Ukraine."), said)
    assert found.fidelity is Fidelity.CONDITION_STRIPPED, found
    other = align(parse_claim("Kallas said Russia and Belarus will definitely move on to take the whole of Ukraine."),
                  said)  # fmt: skip
    assert other.fidelity is Fidelity.NOT_FOUND, other


def test_fidelity_opposite_words_flip_the_meaning() -> None:
    """Same polarity, opposite words: "has agreed" against "is refusing" is the claim reversed."""
    said = [statement("Moscow is refusing to allow Ukraine's allies to be part of any peacekeeping force.",
                      speaker="Dmitry Peskov")]  # fmt: skip
    found = align(parse_claim("Peskov said Moscow is agreeing to allow Ukraine's allies to be part of any "
                              "peacekeeping force."), said)  # fmt: skip
    assert found.fidelity is Fidelity.NEGATION_FLIPPED, found
    assert [(e.what, e.evidence_text, e.claim_text) for e in found.edits] == [("meaning", "refusing", "agreeing")]
    same = align(parse_claim("Peskov said Moscow is refusing to allow Ukraine's allies to be part of any "
                             "peacekeeping force."), said)  # fmt: skip
    assert same.fidelity is Fidelity.VERBATIM, same
    # A negation and an opposite word reverse the meaning twice: "has not agreed" is "is refusing".
    twice = align(parse_claim("Peskov said Moscow has not agreed to allow Ukraine's allies to be part of any "
                              "peacekeeping force."), said)  # fmt: skip
    assert twice.fidelity is not Fidelity.NEGATION_FLIPPED, twice
    # "refused to support" is "did not support": both negative.
    refused = align(parse_claim("Peskov said Moscow refused to support the force."),
                    [statement("Moscow did not support the force.", speaker="Dmitry Peskov")])  # fmt: skip
    assert refused.fidelity is not Fidelity.NEGATION_FLIPPED, refused


def test_fidelity_numbers_in_words_are_compared() -> None:
    said = [statement("The talks lasted over five hours, Witkoff said.", speaker="Steve Witkoff")]
    found = align(parse_claim("Witkoff said the talks lasted two hours."), said)
    numbers = [e for e in found.edits if e.what == "number"]
    assert numbers and numbers[0].evidence_text == "five" and numbers[0].claim_text == "two", found
    same = align(parse_claim("Witkoff said the talks lasted over five hours."), said)
    assert not [e for e in same.edits if e.what == "number"], same


def test_fidelity_the_words_a_claim_quotes_find_their_sentence() -> None:
    """Few shared words, but the claim's quoted words are in the sentence: it is the one quoted."""

    said = [replace(statement("So if they concede into this, then first we need to give them very, very strong, "
                              "tangible security guarantees, like how many troops on the ground."),
                    context="We know that NATO is enshrined in the constitution of Ukraine.")]  # fmt: skip
    claim = "Kallas says if Ukraine drops its NATO bid it must get 'very, very strong' guarantees, with troops."
    assert align(parse_claim(claim), said).fidelity is not Fidelity.NOT_FOUND
    unquoted = "Kallas says if Ukraine drops its NATO bid it must get very strong guarantees, with troops."
    assert align(parse_claim(unquoted), said).fidelity is Fidelity.NOT_FOUND


def test_fidelity_names_in_the_narration_count_once_the_other_words_match() -> None:

    said = [replace(statement("a lot of progress was made during the talks", speaker="Steve Witkoff"),
                    context="Zelenskyy met Witkoff in Berlin. Witkoff said a lot of progress was made.")]  # fmt: skip
    found = align(parse_claim("Witkoff said little progress was made during the Berlin talks with Zelensky."), said)
    assert found.fidelity is Fidelity.NEGATION_FLIPPED, found  # "little" against "a lot"
    assert lexical_recall("progress in Berlin", "progress", ("Berlin",), "talks in Berlin") == 1.0
    # The statement's own words must carry the claim first: names alone do not make a match.
    assert lexical_recall("troops to Ukraine sent", "troops", ("Ukraine",), "Ukraine") == 1 / 3


def test_fidelity_a_swapped_name_or_quantity_alters_the_statement() -> None:

    said = statement(
        "And the only thing that really works, the only security guarantee that works, is NATO's umbrella."
    )
    umbrella = [replace(said, context="EU foreign policy chief Kaja Kallas told AFP.")]
    eu = align(parse_claim('Kallas said "the only security guarantee that works is the EU\'s umbrella."'), umbrella)
    assert eu.fidelity is Fidelity.ALTERED, eu
    assert [(e.what, e.evidence_text, e.claim_text) for e in eu.edits] == [("name", "NATO's", "the EU's")]
    same = align(parse_claim("Kallas said the only security guarantee that works is NATO's umbrella."), umbrella)
    assert same.fidelity is not Fidelity.ALTERED, same
    # A name used as an adjective describes, it does not replace ("the Baltic country" is Estonia).
    baltic = [statement('Kallas said the Baltic country joined NATO because it is "afraid of Russia."')]
    estonia = align(parse_claim('Kallas said Estonia joined NATO because it is "afraid of Russia."'), baltic)
    assert estonia.fidelity is not Fidelity.ALTERED, estonia
    some = [statement("Some representatives of the United States and European partners did not support this.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    everyone = align(parse_claim("Zelenskyy said all representatives of the United States and European partners "
                                 "did not support this."), some)  # fmt: skip
    assert everyone.fidelity is Fidelity.ALTERED and everyone.edits[-1].what == "quantity", everyone
    # One name written two ways is no swap.
    us = align(parse_claim("Zelenskyy said Kyiv could drop its bid if the US and European partners give binding "
                           "guarantees."), [replace(some[0], text="Kyiv could drop its bid if the United States and "
                                                    "European partners give binding guarantees.")])  # fmt: skip
    assert us.fidelity is not Fidelity.ALTERED, us


def test_fidelity_a_name_put_after_the_same_words_as_another_alters_or_widens_the_statement() -> None:
    """ "take the whole of Belarus" against "taking the whole of Ukraine": another name after the same words
    alters the statement; "the whole of Europe", a place holding Ukraine, makes it bigger (a scope edit,
    which the verdict reads as exaggerated)."""
    said = [statement("If Putin gets Donbas, then the fortress is down, and then Russia will definitely move on with "
                      "taking the whole of Ukraine.", speaker="Kaja Kallas")]  # fmt: skip
    other = align(parse_claim("Kallas said that if Putin gets Donbas, Russia will take the whole of Belarus."), said)
    assert other.fidelity is Fidelity.ALTERED, other
    assert [(e.what, e.evidence_text, e.claim_text) for e in other.edits] == [("name", "Ukraine", "Belarus")]
    wider = align(parse_claim("Kallas said that if Putin gets Donbas, Russia will take the whole of Europe."), said)
    assert wider.fidelity is Fidelity.ALTERED, wider
    assert [(e.what, e.evidence_text, e.claim_text) for e in wider.edits] == [("scope", "Ukraine", "Europe")]
    assert only_quantity(wider)
    # "conquer all of Europe" is "take the whole of Europe".
    conquer = align(parse_claim("Kallas said that if Putin gets Donbas, Russia will conquer all of Europe."), said)
    assert [(e.what, e.evidence_text, e.claim_text) for e in conquer.edits] == [("scope", "Ukraine", "Europe")]
    # The claim's name also in the statement: nothing swapped.
    same = align(parse_claim("Kallas said that if Putin gets Donbas, Russia will take the whole of Ukraine."), said)
    assert same.fidelity is not Fidelity.ALTERED, same


def test_fidelity_a_name_put_before_the_same_words_as_another_alters_the_statement() -> None:
    """ "circulated by Ukrainian media outlets" against "Russian media outlets have circulated ...": the same
    words follow another name, wherever the two stand in their sentences."""
    said = [statement("Russian media outlets have circulated a quote attributed to Kaja Kallas, claiming that "
                      "Europe has abandoned discussions of Ukraine's NATO membership.",
                      speaker="StopFake")]  # fmt: skip
    claim = parse_claim("According to StopFake, the quote claiming Europe had abandoned discussions of Ukraine's "
                        "NATO membership was circulated by Ukrainian media outlets.")  # fmt: skip
    found = align(claim, said, (), lambda q, ts: [0.9] * len(ts))
    assert found.fidelity is Fidelity.ALTERED, found
    assert [(e.what, e.evidence_text, e.claim_text) for e in found.edits] == [("name", "Russian", "Ukrainian")]
    illustrate = align(parse_claim("Kallas said it is Ukraine that does not want peace."), KALLAS)
    assert illustrate.fidelity is Fidelity.ALTERED, illustrate
    assert [(e.evidence_text, e.claim_text) for e in illustrate.edits] == [("Russia", "Ukraine")]
    # The statement says the same words of the claim's name as well: nothing swapped.
    both = [statement("Russia does not want this peace, and Ukraine does not want this peace either.")]
    assert align(parse_claim("Kallas said Ukraine does not want this peace."), both).fidelity is not Fidelity.ALTERED
    # A capital opening a sentence is not a name ("Several members were resistant ...").
    several = statement("Several members were resistant to the idea, including Slovakia and Hungary.", speaker="")
    claimed = "Slovakia and Hungary were among the NATO members resistant to the idea."
    assert substituted(claimed, units(several)[0]) == []


def test_fidelity_a_word_the_speaker_took_back_kept_by_the_claim_is_truncated() -> None:
    """ "Ukraine's conditions – or perhaps more accurately, our ambition – was NATO membership": the claim
    that keeps "condition" without "ambition" keeps the word he took back; one with "ambition" does not."""
    said = [statement("From the very beginning, Ukraine's conditions – or perhaps more accurately, our ambition – "
                      "was NATO membership.", speaker="Volodymyr Zelenskyy")]  # fmt: skip
    kept = align(parse_claim("Zelenskyy said NATO membership had been Ukraine's condition from the very beginning."),
                 said, (), lambda q, ts: [0.9] * len(ts))  # fmt: skip
    assert kept.fidelity is Fidelity.TRUNCATED, kept
    assert [(e.what, e.claim_text) for e in kept.edits] == [("correction", "conditions")]
    meant = align(parse_claim("Zelenskyy said NATO membership had been Ukraine's ambition from the very beginning."),
                  said, (), lambda q, ts: [0.9] * len(ts))  # fmt: skip
    assert meant.fidelity is not Fidelity.TRUNCATED, meant


def test_fidelity_a_condition_in_the_other_sentence_of_a_pair_does_not_qualify_the_claim() -> None:
    """ "NATO is enshrined in their constitution. So if they concede into this, then first we need ... all Member
    States ...": read as a pair (the second adds "Member"), the condition qualifies the second sentence, which
    holds almost none of the claim's words."""
    said = [statement("He did not explain this any further. But of course, we know that NATO is enshrined in their "
                      "constitution. So if they concede into this, then first we need to really - by all Member "
                      "States and all countries - give them very strong security guarantees.")]  # fmt: skip
    sim = lambda q, ts: [0.75] * len(ts)  # noqa: E731
    enshrined = align(parse_claim("Kallas pointed out that NATO membership is enshrined in Ukraine's constitution."),
                      said, (), sim)  # fmt: skip
    assert enshrined.fidelity is not Fidelity.NOT_FOUND, enshrined
    assert enshrined.fidelity is not Fidelity.CONDITION_STRIPPED, enshrined
    give = align(parse_claim("Kallas said all Member States need to give them very strong security guarantees."),
                 said, (), sim)  # fmt: skip
    assert give.fidelity is Fidelity.CONDITION_STRIPPED, give


def test_fidelity_a_negation_just_before_the_matched_words_governs_them() -> None:
    """ "there was no reason to | offer concessions to Russia before ...": the matched words start after the
    negation, which still says the contrary of "should grant Russia concessions"."""
    said = [statement("Kallas said there was no reason to offer concessions to Russia before formal peace "
                      "negotiations even begin, especially given their occupation of Ukraine.")]  # fmt: skip
    claim = parse_claim("Kallas said the West should grant Russia concessions even before formal peace negotiations "
                        "get under way.")  # fmt: skip
    found = align(claim, said, (), lambda q, ts: [0.6] * len(ts))
    assert found.fidelity is Fidelity.NEGATION_FLIPPED, found
    kept = align(parse_claim("Kallas said there was no reason to offer concessions to Russia before formal peace "
                             "negotiations begin."), said)  # fmt: skip
    assert kept.fidelity is not Fidelity.NEGATION_FLIPPED, kept


def test_fidelity_quoted_words_on_record_from_someone_else_are_misattributed() -> None:
    """The claim quotes words that another person said, not the claimed speaker: misattributed even when
    the rest of the claim wanders from that statement."""
    zelenskyy = [statement("And this already is a compromise on our part, he said.", speaker="Volodymyr Zelenskyy",
                           article="a3")]  # fmt: skip
    claim = parse_claim('Kallas said "this already is a compromise on our part," referring to the offer to drop the '
                        "bid for membership.")  # fmt: skip
    found = align(claim, KALLAS, zelenskyy)
    assert found.fidelity is Fidelity.MISATTRIBUTED, found
    assert found.edits[0].evidence_text == "Volodymyr Zelenskyy"
    # The quotation may leave a word or two out ("already [is] a compromise"), not more.
    cut = align(parse_claim("Kallas described the offer as 'already a compromise on our part.'"), KALLAS, zelenskyy)
    assert cut.fidelity is Fidelity.MISATTRIBUTED, cut
    loose = align(parse_claim("Kallas described the offer as 'this is on our part.'"), KALLAS, zelenskyy)
    assert loose.fidelity is not Fidelity.MISATTRIBUTED, loose


def test_fidelity_a_swapped_name_is_seen_even_though_the_claims_name_is_missing() -> None:
    """ "minister of Latvia" against "minister of Estonia": the missing name is the swapped one, so the
    sentence still aligns, as altered, and the edit cites the statement's name alone."""
    said = [statement("Kallas, the former prime minister of Estonia, said the Baltic country joined NATO.", speaker="")]
    claim = parse_claim("Kaja Kallas is a former prime minister of Latvia.")
    found = align(claim, said, (), lambda q, ts: [0.8] * len(ts))
    assert found.fidelity is Fidelity.ALTERED, found
    assert [(e.what, e.evidence_text, e.claim_text) for e in found.edits] == [("name", "Estonia", "Latvia")]


def test_fidelity_a_place_swapped_for_another_alters_the_statement() -> None:
    """ "held in Vilnius" against "summit in Washington": the claim's place is nowhere in the sentence,
    which names another place; every other name matches, so the sentence is the one altered."""
    said = [statement("At NATO's 2024 summit in Washington, allies reaffirmed that Ukraine's path to membership is "
                      '"irreversible."', speaker="")]  # fmt: skip
    moved = align(parse_claim('The NATO summit at which allies called Ukraine\'s path to membership "irreversible" '
                              "was held in Vilnius in 2024."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert moved.fidelity is Fidelity.ALTERED, moved
    assert [(e.what, e.evidence_text, e.claim_text) for e in moved.edits] == [("name", "Washington", "Vilnius")]
    same = align(parse_claim('NATO allies called Ukraine\'s path to membership "irreversible" at the 2024 summit in '
                             "Washington."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert same.fidelity is not Fidelity.ALTERED, same
    # A year may stand between the preposition and the place ("at the 2023 Vilnius summit").
    year = align(parse_claim("NATO allies called Ukraine's path to membership 'irreversible' at the 2023 Vilnius "
                             "summit."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert year.fidelity is Fidelity.ALTERED and year.edits[0].evidence_text == "Washington", year
    # A month after "in" is a time, not a place.
    dated = align(parse_claim('NATO allies called Ukraine\'s path to membership "irreversible" in July 2024.'), said,
                  (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert dated.fidelity is not Fidelity.ALTERED, dated


def test_fidelity_words_said_elsewhere_than_the_claim_sets_them_are_altered() -> None:
    """The claim sets the words "during a visit to Kyiv" or "after talks in Turkey"; the narration says
    "during a visit to Washington", "following the talks in Saudi Arabia": the same words, another place."""
    said = [
        statement("Kallas told AFP during a visit to Washington that there was no reason to offer concessions."),
        statement('"Russia will try to divide us," Kallas said following the U.S.-Russia talks in Saudi Arabia.'),
    ]
    sim = lambda q, ts: [0.9] * len(ts)  # noqa: E731
    for claim, place in [
        ("During a visit to Kyiv, Kallas said there was no reason to offer concessions.", "Washington"),
        ("Kallas said after the U.S.-Russia talks in Turkey that 'Russia will try to divide us'.", "Saudi Arabia"),
        ('Kallas said "Russia will try to divide us" following talks in Istanbul.', "Saudi Arabia"),
    ]:
        moved = align(parse_claim(claim), said, (), sim)
        assert moved.fidelity is Fidelity.ALTERED, (claim, moved)
        assert moved.edits[0].what == "name" and moved.edits[0].evidence_text == place
    for claim in [
        "During a visit to Washington, Kallas said there was no reason to offer concessions.",
        'Kallas said "Russia will try to divide us" following talks in Saudi Arabia.',
        "Kallas said in Europe that there was no reason to offer concessions.",  # nothing placed by "in Europe"
    ]:
        assert align(parse_claim(claim), said, (), sim).fidelity in AGREEING, claim


def test_fidelity_a_negation_in_a_phrase_the_claim_leaves_out_does_not_flip_it() -> None:
    """ "... status and a constitutional commitment not to join the alliance were among the demands": the
    claim leaves that phrase out, so its "not" says nothing of the claim; the changed year does."""
    said = [statement("Kyiv's neutral status and a constitutional commitment not to join the alliance were among the "
                      "Kremlin's key demands during the Istanbul talks in April 2022.", speaker="")]  # fmt: skip
    same = align(parse_claim("Kyiv's neutral status was among the Kremlin's key demands during the Istanbul talks in "
                             "April 2022."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert same.fidelity in {Fidelity.PARAPHRASE, Fidelity.NEAR_VERBATIM}, same
    assert not same.edits
    other = align(parse_claim("Kyiv's neutral status was among the Kremlin's key demands during the Istanbul talks in "
                              "April 2023."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    # A claim that attributes no words names the time of an event: compared with the sentence, not with
    # the day the article appeared (not "outdated").
    assert other.fidelity is not Fidelity.OUTDATED, other
    assert [(e.what, e.evidence_text, e.claim_text) for e in other.edits] == [("number", "2022", "2023")]
    # A negation the claimed words do carry still flips them.
    flipped = align(parse_claim("Kyiv's neutral status was not among the Kremlin's key demands during the Istanbul "
                                "talks in April 2022."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert flipped.fidelity is Fidelity.NEGATION_FLIPPED, flipped


def test_fidelity_a_surname_alone_names_the_person_for_word_recall() -> None:
    assert lexical_recall("Kaja Kallas is a former prime minister", "Kallas, the former prime minister, spoke.",
                          ("Kaja Kallas",)) == 1.0  # fmt: skip
    assert lexical_recall("Kaja Kallas is a former prime minister", "Kallas, the former prime minister, spoke.") < 1.0


def test_fidelity_a_claim_dropping_some_speaks_for_the_whole_group() -> None:
    """ "some representatives of the United States ... did not support" told as "the United States ...
    refused to support": the part made the whole (exaggerated); kept, it is the same statement."""
    said = [statement("Some representatives of the United States and European partners did not support this "
                      "aspiration.", speaker="Volodymyr Zelenskyy")]  # fmt: skip
    whole = align(parse_claim("Zelenskyy said the United States and European partners refused to support this "
                              "aspiration."), said)  # fmt: skip
    assert whole.fidelity is Fidelity.ALTERED, whole
    assert [(e.kind, e.what, e.evidence_text) for e in whole.edits] == [(EditKind.DROPPED, "quantity", "Some")]
    part = align(parse_claim("Zelenskyy said some representatives of the United States and European partners did "
                             "not support this aspiration."), said)  # fmt: skip
    assert part.fidelity is not Fidelity.ALTERED, part
    # "some time" is no group.
    later = align(parse_claim("Zelenskyy said the talks went on."),
                  [statement("The talks went on for some time.", speaker="Volodymyr Zelenskyy")])  # fmt: skip
    assert later.fidelity is not Fidelity.ALTERED, later


def test_fidelity_words_about_the_claimed_speaker_are_not_theirs() -> None:
    """Zelenskyy's words naming Japan are about Japan: a claim that Japan said something like them is not
    misattributed (nothing Japan said is on record)."""
    zelenskyy = [statement("Security guarantees from other countries such as Canada and Japan are an opportunity "
                           "to prevent another invasion.", speaker="Volodymyr Zelenskyy", article="a3")]  # fmt: skip
    claim = parse_claim("Japan said security guarantees from other countries are an opportunity to prevent another "
                        "invasion.")  # fmt: skip
    assert align(claim, [], zelenskyy).fidelity is Fidelity.NOT_FOUND
    other = parse_claim("Kallas said security guarantees from other countries such as Canada and Japan are an "
                        "opportunity to prevent another invasion.")  # fmt: skip
    assert align(other, KALLAS, zelenskyy).fidelity is Fidelity.MISATTRIBUTED


def test_fidelity_words_said_before_the_event_a_claim_ties_them_to_are_outdated() -> None:
    """"After the Berlin talks (first reported 2025-12-14), Kallas warned ...": words said in February
    are outdated; words said on the day or after are not."""

    from saidwhen.records import DateMention, Granularity

    claim = parse_claim("After the Berlin talks, Kallas warned that Russia will try to divide us.")
    assert claim.event is not None
    dated = replace(claim, when=DateMention(claim.event, "the Berlin talks", date(2025, 12, 14), Granularity.AFTER,
                                            True))  # fmt: skip
    february = [statement("Russia will try to divide us.", said=date(2025, 2, 18))]
    old = align(dated, february)
    assert old.fidelity is Fidelity.OUTDATED, old
    assert [(e.what, e.evidence_text) for e in old.edits] == [("date", "2025-02-18")]
    december = [statement("Russia will try to divide us.", said=date(2025, 12, 15))]
    assert align(dated, december).fidelity is Fidelity.VERBATIM


def test_fidelity_polarity_is_read_to_the_end_of_the_clause() -> None:
    """"refused to back" (no word of it matched) against "did not support this": the negation after the
    matched words belongs to the same clause, so the claim is not reversed."""
    said = [statement("Some partners from the United States and Europe did not support this direction.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    found = align(parse_claim("Zelenskyy said partners from the United States and Europe refused to back it."), said)
    assert found.fidelity is not Fidelity.NEGATION_FLIPPED, found
    flipped = align(parse_claim("Zelenskyy said some partners from the United States and Europe backed it."), said)
    assert flipped.fidelity is Fidelity.NEGATION_FLIPPED, flipped


def test_fidelity_a_quotation_cut_after_a_negation_reverses_it() -> None:
    """"not only on paper" quoted as "only on paper": the cut negation turns the words around."""
    said = [statement("We need strong, tangible security guarantees, not only on paper, but really tangible.")]
    cut = align(parse_claim('Kallas said the guarantees should be "only on paper."'), said)
    assert cut.fidelity is Fidelity.NEGATION_FLIPPED, cut
    assert [(e.kind, e.what, e.evidence_text) for e in cut.edits] == [(EditKind.DROPPED, "negation", "not")]
    kept = align(parse_claim('Kallas said the guarantees should be "not only on paper."'), said)
    assert kept.fidelity is not Fidelity.NEGATION_FLIPPED, kept
    # "on paper" quoted from "not only on paper": the cut takes "not only" with it.
    shorter = align(parse_claim('Kallas said we need strong, tangible security guarantees "on paper."'), said)
    assert shorter.fidelity is Fidelity.NEGATION_FLIPPED, shorter
    assert [(e.what, e.evidence_text) for e in shorter.edits] == [("negation", "not only")]
    outside = align(parse_claim('Kallas said we need strong, tangible security guarantees, not only "on paper."'), said)
    assert outside.fidelity is not Fidelity.NEGATION_FLIPPED, outside
    # "papers or promises" quoted from "They cannot be papers or promises": the cut takes "cannot be".
    papers = [statement("So we need tangible security guarantees. They cannot be papers or promises.")]
    dismissed = align(parse_claim('Kallas dismissed the security guarantees as "papers or promises."'), papers,
                      similarity=lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert [(e.what, e.evidence_text) for e in dismissed.edits] == [("negation", "cannot be")], dismissed


def test_fidelity_a_quotation_with_words_left_out_of_its_middle_is_truncated() -> None:
    """The words quoted are all there, in order, with an aside cut from between them (and no "…")."""
    said = [statement("From the very beginning, Ukraine's conditions - or perhaps more accurately, our ambition - "
                      "was NATO membership.", speaker="Volodymyr Zelenskyy")]  # fmt: skip
    cut = align(parse_claim("Zelenskyy said: \"From the very beginning, Ukraine's conditions was NATO membership.\""),
                said)  # fmt: skip
    assert cut.fidelity is Fidelity.TRUNCATED, cut
    assert [(e.what, e.evidence_text) for e in cut.edits] == [("middle", "or perhaps more accurately, our ambition")]
    marked = align(parse_claim("Zelenskyy said: \"From the very beginning, Ukraine's conditions … was NATO "
                               'membership."'), said)  # fmt: skip
    assert marked.fidelity is not Fidelity.TRUNCATED, marked


def test_fidelity_an_open_choice_stated_as_settled_is_truncated() -> None:
    """"it is up to Ukrainians to decide what they are willing to give up" reported as what they are
    willing to give up."""
    text = "But in the end, it is up to Ukrainians to decide what they are willing to give up to have peace."
    said = [replace(statement(text), context=f"The EU and the United States back Ukraine. {text}")]
    settled = align(parse_claim('Kallas said Ukrainians are "willing to give up" NATO membership to have peace.'),
                    said)  # fmt: skip
    assert settled.fidelity is Fidelity.TRUNCATED, settled
    assert settled.edits[0].what == "frame"
    whole = align(parse_claim("Kallas said it is up to Ukrainians to decide what they are willing to give up to have "
                              "peace."), said)  # fmt: skip
    assert whole.fidelity is Fidelity.VERBATIM, whole


def test_fidelity_four_quoted_words_on_record_from_someone_else_are_misattributed() -> None:
    """"Kallas hailed 'a lot of progress' in the negotiations in Berlin": the four words are Witkoff's,
    even though the rest of the claim (Berlin, the negotiations) is not in his sentence."""
    witkoff = [statement('Witkoff said "a lot of progress was made" during the talks.', speaker="Steve Witkoff",
                         article="a4")]  # fmt: skip
    found = align(parse_claim("Kallas hailed 'a lot of progress' in the US-Ukraine negotiations in Berlin."), KALLAS,
                  witkoff)  # fmt: skip
    assert found.fidelity is Fidelity.MISATTRIBUTED, found
    assert found.edits[0].evidence_text == "Steve Witkoff"
    three = align(parse_claim("Kallas hailed 'lot of progress' in the negotiations in Berlin."), KALLAS, witkoff)
    assert three.fidelity is not Fidelity.MISATTRIBUTED, three


def test_fidelity_one_country_given_for_another_alters_the_statement() -> None:
    """"talks with a Russian delegation" against "talks with U.S. officials": the edit names the country
    used the same way (before a noun), not another one in the sentence."""
    said = [statement("Zelenskyy offered to drop Kyiv's NATO dreams during five hours of talks with U.S. officials "
                      "in Berlin.", speaker="Volodymyr Zelenskyy")]  # fmt: skip
    swapped = align(parse_claim("Zelenskyy said he would drop Kyiv's NATO dreams after five hours of talks with a "
                                "Russian delegation in Berlin."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert swapped.fidelity is Fidelity.ALTERED, swapped
    assert [(e.evidence_text, e.claim_text) for e in swapped.edits] == [("U.S.", "Russian")]
    same = align(parse_claim("Zelenskyy said he would drop Kyiv's NATO dreams after five hours of talks with an "
                             "American delegation in Berlin."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert same.fidelity is not Fidelity.ALTERED, same
    # A country named as the actor answers to no people's adjective ("The Kremlin welcomed ..." is not
    # "talks with U.S. officials" altered).
    kremlin = align(parse_claim("The Kremlin welcomed Zelenskyy's offer to drop Kyiv's NATO dreams after five hours of "
                                "talks in Berlin."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert kremlin.fidelity is not Fidelity.ALTERED, kremlin
    # A pronoun may stand for the country the statement does not name ("if they concede ...").
    them = [statement("If they concede this, all countries, also Americans, must give them troops on the ground.")]
    troops = align(parse_claim("Kallas said Ukraine must get troops on the ground from all countries."), them, (),
                   lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert troops.fidelity is not Fidelity.ALTERED, troops


def test_fidelity_a_statement_pointing_back_borrows_the_words_it_points_to() -> None:
    """"any such guarantees", where the narration just said "security guarantees": the claim's
    "security" is there too; without the pointer, or with another word before the noun, it is not."""
    context = "Zelenskyy said Ukraine needs security guarantees. The Ukrainian president stressed ..."
    claim = "any security guarantees would have to be legally binding"
    assert lexical_recall(claim, "that any such guarantees must be legally binding", context=context) > lexical_recall(
        claim, "that any guarantees must be legally binding", context=context
    )
    assert lexical_recall("any financial guarantees must be legally binding", "that any such guarantees must be "
                          "legally binding", context=context) < 1.0  # fmt: skip


def test_fidelity_a_but_clause_about_others_is_no_qualification() -> None:
    """Dropping "but we cannot do it alone" truncates; dropping "but some partners of the United States
    did not support this" only leaves out a further fact about others."""
    said = [statement("Ukraine had from the very beginning sought to join NATO, but some partners of the United "
                      "States did not support this.", speaker="Volodymyr Zelenskyy")]  # fmt: skip
    others = align(parse_claim("Zelenskyy said Ukraine had from the very beginning sought to join NATO."), said)
    assert others.fidelity is not Fidelity.TRUNCATED, others
    alone = align(parse_claim("Kallas said we will support Ukraine."), KALLAS)
    assert alone.fidelity is Fidelity.TRUNCATED, alone


def test_fidelity_a_stacked_claim_matched_by_one_sentence_counts_the_negations_of_that_remark_only() -> None:
    """"called the claim 'totally untrue', describing it as a narrative that should not be bought": the
    sentence "these claims are totally untrue" matches the first remark; the "not" of the second
    remark does not reverse it."""
    said = [statement("Kallas called the claims that NATO provoked the war totally untrue.", speaker="Kaja Kallas")]
    claim = parse_claim("Kallas called the claims that NATO provoked the war totally untrue, describing them as a "
                        "narrative that should not be bought.")  # fmt: skip
    found = align(claim, said, (), lambda q, ts: [0.8] * len(ts))
    assert found.fidelity in {Fidelity.PARAPHRASE, Fidelity.NEAR_VERBATIM, Fidelity.VERBATIM}, found


def _narrated(text: str, before: str, after: str = "") -> Evidence:
    """A sentence of the narration (no quote), with the article's sentences around it as context."""
    return Evidence("a7", Span(OFFSET, OFFSET + len(text)), text, "a7.txt", "Outlet", date(2025, 12, 15),
                    context=" ".join(t for t in (before, text, after) if t))  # fmt: skip


BRUSSELS_BEFORE = ("Kaja Kallas believes that only Ukrainians can decide what they are willing to sacrifice for "
                   "peace, if Ukraine declines NATO membership.")  # fmt: skip
BRUSSELS = "She said this on Monday in Brussels at a press conference following the meeting of foreign ministers."


def test_fidelity_a_narrated_sentence_pointing_back_is_read_with_the_one_before() -> None:
    """"She said this on Monday in Brussels ...": who and what are in the sentence before, so a claim
    placing Kallas's remarks on Ukraine and NATO in Warsaw is altered (Brussels), one placing them in
    Brussels restates it; without the sentence before, neither is found."""
    said = [_narrated(BRUSSELS, BRUSSELS_BEFORE)]
    sim = lambda q, ts: [0.6] * len(ts)  # noqa: E731
    warsaw = align(parse_claim("Kallas made her comments on Ukraine leaving NATO at a press conference in Warsaw "
                               "after a meeting of foreign ministers."), said, (), sim)  # fmt: skip
    assert warsaw.fidelity is Fidelity.ALTERED, warsaw
    assert [(e.evidence_text, e.claim_text) for e in warsaw.edits if e.what == "name"] == [("Brussels", "Warsaw")]
    brussels = align(parse_claim("Kallas made her comments on Ukraine leaving NATO at a press conference in Brussels "
                                 "after a meeting of foreign ministers."), said, (), sim)  # fmt: skip
    assert brussels.fidelity in {Fidelity.PARAPHRASE, Fidelity.NEAR_VERBATIM}, brussels
    alone = [_narrated(BRUSSELS, "")]
    unread = align(parse_claim("Kallas made her comments on Ukraine leaving NATO at a press conference in Warsaw after "
                               "a meeting of foreign ministers."), alone, (), sim)  # fmt: skip
    assert unread.fidelity is Fidelity.NOT_FOUND, unread


def test_fidelity_a_city_is_not_its_country_when_placing_words() -> None:
    """"at a press conference in Kyiv" is not placed where the narration says Brussels merely because
    a neighbouring sentence names Ukraine (Kyiv stands for Ukraine as an actor, not as a place)."""
    said = [_narrated(BRUSSELS, BRUSSELS_BEFORE, "The minister of Ukraine explained the position.")]
    kyiv = align(parse_claim("Kallas made her comments on Ukraine leaving NATO at a press conference in Kyiv after a "
                             "meeting of foreign ministers."), said, (), lambda q, ts: [0.6] * len(ts))  # fmt: skip
    assert kyiv.fidelity is Fidelity.ALTERED, kyiv
    assert [(e.evidence_text, e.claim_text) for e in kyiv.edits if e.what == "name"] == [("Brussels", "Kyiv")]


def test_fidelity_a_quotation_is_read_without_the_narration_before_it() -> None:
    """A direct quotation starting "He did not explain this" is the speaker's words alone: the
    narration before it ("the minister did not go into detail about abandoning NATO") is not."""
    quote = replace(statement("He did not explain this any further."), direct=True,
                    context="The minister did not go into detail about abandoning NATO membership. "
                            "He did not explain this any further.")  # fmt: skip
    found = align(parse_claim("Kallas said the minister went into detail about abandoning NATO membership."), [quote],
                  (), lambda q, ts: [0.6] * len(ts))  # fmt: skip
    assert found.fidelity is Fidelity.NOT_FOUND, found


def test_fidelity_a_compound_adjective_is_no_country_swapped_in() -> None:
    """"Moscow-friendly Slovakia" qualifies Slovakia: Moscow does not stand where the claim has Ukraine."""
    text = "Several members were resistant to the idea, including Moscow-friendly Slovakia and Hungary."
    said = [_narrated(text, "The chance of Ukraine joining NATO was vanishingly thin.")]
    found = align(parse_claim("Slovakia and Hungary were among the NATO members resistant to Ukraine joining the "
                              "alliance."), said, (), lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert found.fidelity is not Fidelity.ALTERED, found
    assert found.fidelity is not Fidelity.NOT_FOUND, found


def test_fidelity_names_listed_after_a_clause_take_its_predicate() -> None:
    """", including ... Slovakia and Hungary" lists whom "were resistant to the idea" is about: calling them
    its backers says the opposite; "among the members" speaks of a part, as "several" does."""
    text = "Several members were resistant to the idea, including Moscow-friendly Slovakia and Hungary."
    said = [_narrated(text, "The chance of Ukraine joining NATO was vanishingly thin.")]
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    backers = align(parse_claim("Hungary and Slovakia were among the strongest backers of Ukraine joining NATO."),
                    said, (), sim)  # fmt: skip
    assert backers.fidelity is Fidelity.NEGATION_FLIPPED, backers
    assert [(e.evidence_text, e.claim_text) for e in backers.edits] == [("resistant to", "backers")]
    among = align(parse_claim("Hungary and Slovakia were among the members resistant to Ukraine joining NATO."),
                  said, (), sim)  # fmt: skip
    assert among.fidelity not in (Fidelity.NEGATION_FLIPPED, Fidelity.ALTERED, Fidelity.NOT_FOUND), among


def test_fidelity_a_condition_kept_in_other_words_is_not_stripped() -> None:
    """"until it joins NATO or in case of a frozen conflict" keeps "pending accession or in the event of
    a frozen conflict"; dropping it strips the condition."""
    said = [_narrated("Kallas focused on interim mechanisms to protect the country pending accession or in the event "
                      "of a frozen conflict.", "")]  # fmt: skip
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    kept = align(parse_claim("StopFake said Kallas focused on interim mechanisms to protect the country until it joins "
                             "or in case of a frozen conflict."), [replace(s, speaker="StopFake") for s in said], (),
                 sim)  # fmt: skip
    assert kept.fidelity is not Fidelity.CONDITION_STRIPPED, kept
    dropped = align(parse_claim("StopFake said Kallas focused on interim mechanisms to protect the country."),
                    [replace(s, speaker="StopFake") for s in said], (), sim)  # fmt: skip
    assert dropped.fidelity is Fidelity.CONDITION_STRIPPED, dropped


def test_fidelity_someone_elses_words_nearly_all_in_order_are_misattributed() -> None:
    """Kallas's "after 9/11 you would have sat down with Osama bin Laden and said, 'OK, what else do you
    want?'" put in Zelenskyy's mouth: nearly all the claim's words, in order, with its names and numbers,
    are hers, even when the embedding scores the paraphrase low; a few shared words are not enough."""
    kallas = [statement("Consider here in America that after 9/11 you would have sat down with Osama bin Laden and "
                        "said, 'OK, what else do you want?'", article="a8")]  # fmt: skip
    low = lambda q, ts: [0.45] * len(ts)  # noqa: E731
    zelenskyy = [statement("Ukraine had from the very beginning sought to join NATO.", speaker="Volodymyr Zelenskyy")]
    found = align(parse_claim("Zelenskyy said sitting down with Osama bin Laden after 9/11 and asking what else he "
                              "wanted."), zelenskyy, kallas, low)  # fmt: skip
    assert found.fidelity is Fidelity.MISATTRIBUTED, found
    assert found.edits[0].evidence_text == "Kaja Kallas"
    few = align(parse_claim("Zelenskyy said Osama bin Laden was behind 9/11."), zelenskyy, kallas, low)
    assert few.fidelity is not Fidelity.MISATTRIBUTED, few


def test_fidelity_a_plain_claim_is_read_against_the_part_of_a_long_sentence_that_holds_it() -> None:
    """The embedding of a long sentence dilutes the one clause that states a plain claim: that clause
    is also read alone. Attributed words are still compared with whole statements."""
    text = ("That is why today the bilateral security guarantees between Ukraine and the United States, specifically "
            "guarantees from the United States for us, and the guarantees from our European colleagues for us, as well "
            "as from other countries such as Canada and Japan – these security guarantees are an opportunity to "
            "prevent another invasion.")  # fmt: skip
    part = "as well as from other countries such as Canada and Japan – these security guarantees are an opportunity to prevent another invasion."  # noqa: E501
    said = [_narrated(text, "")]

    def sim(query: str, texts: Sequence[str]) -> list[float]:  # the part reads close, the whole sentence does not
        return [0.8 if t == part else 0.3 for t in texts]

    plain = align(parse_claim("Canada and Japan are among the countries whose security guarantees could help stop "
                              "another invasion."), said, (), sim)  # fmt: skip
    assert plain.fidelity in {Fidelity.PARAPHRASE, Fidelity.NEAR_VERBATIM}, plain
    attributed = align(parse_claim("Zelenskyy said Canada and Japan are among the countries whose security guarantees "
                                   "could help stop another invasion."), said, (), sim)  # fmt: skip
    assert attributed.fidelity is Fidelity.NOT_FOUND, attributed


def test_fidelity_two_quoted_sentences_each_keep_their_own_negation() -> None:
    """"Russia will try to divide us. Let's not walk into their traps." against the statement holding
    only the first sentence: the "not" of the second does not reverse the first."""
    said = [statement('"Russia will try to divide us," Kallas said on Feb. 18. "We will not let them."', article="a9")]
    found = align(parse_claim("Kallas warned: 'Russia will try to divide us. Let's not walk into their traps.'"), said,
                  (), lambda q, ts: [0.7] * len(ts))  # fmt: skip
    assert found.fidelity is not Fidelity.NEGATION_FLIPPED, found
    assert found.fidelity is not Fidelity.NOT_FOUND, found


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Kyiv could consider abandoning its bid", True),
        ("Ukraine is considering dropping its NATO bid", True),
        ("members are obliged to consider an attack on one as an attack on all", False),
        ("Europe must be prepared to consider more robust measures", True),
    ],
)
def test_fidelity_consider_hedges_only_a_course_of_action(text: str, hedged: bool) -> None:
    """"consider abandoning" weighs a course of action (a hedge); "consider an attack on one as an attack
    on all" is "regard", no hedge."""
    from saidwhen.verify import text as tx

    assert any(m.group(0).startswith("consider") for m in tx.HEDGE.finditer(text)) is hedged


def test_fidelity_trading_one_thing_for_another_keeps_the_exchange() -> None:
    """"trading NATO membership for security guarantees" keeps "in return for security guarantees"."""
    said = [statement("The offer to drop NATO membership in return for security guarantees was a compromise.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    kept = align(parse_claim("Zelenskyy said trading NATO membership for security guarantees was a compromise."), said,
                 (), sim)  # fmt: skip
    assert kept.fidelity in {Fidelity.PARAPHRASE, Fidelity.NEAR_VERBATIM}, kept
    dropped = align(parse_claim("Zelenskyy said dropping NATO membership was a compromise."), said, (), sim)
    assert dropped.fidelity is Fidelity.CONDITION_STRIPPED, dropped


def test_fidelity_a_direction_used_as_an_adjective_is_no_anchor() -> None:
    """"Ukraine's Western allies" against "Ukraine's allies": nothing named is missing."""
    claim = parse_claim("Moscow has agreed to let Ukraine's Western allies take part in a peacekeeping force.")
    assert "Western" in claim.entities
    said = "Moscow is refusing to allow Ukraine's allies to be part of any peacekeeping force."
    assert anchors_present(claim, said) == 1.0


def test_fidelity_words_cut_from_what_they_illustrate_are_truncated() -> None:
    """"they are agreeing to everything to have peace. To illustrate that Russia does not want this peace":
    quoted without what they illustrate, the words are cut; a claim that keeps it is not."""
    said = [statement("They are open to the negotiations, and they are agreeing to everything to have peace. "
                      "To illustrate that Russia does not want this peace.")]  # fmt: skip
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    cut = align(parse_claim("Kallas admits they are 'agreeing to everything to have peace'."), said, (), sim)
    assert cut.fidelity is Fidelity.TRUNCATED, cut
    assert cut.edits[0].what == "purpose" and cut.edits[0].evidence_text.startswith("To illustrate")
    # Cut a few words earlier ("agreeing to everything", the sentence ending "to have peace"): the same.
    shorter = align(parse_claim("Kallas said they are 'agreeing to everything'."), said, (), sim)
    assert shorter.fidelity is Fidelity.TRUNCATED and shorter.edits[0].what == "purpose", shorter
    whole = align(parse_claim("Kallas said Russia does not want this peace."), said, (), sim)
    assert whole.fidelity is not Fidelity.TRUNCATED, whole


def test_fidelity_a_statement_without_the_claims_main_clause_is_not_the_claim() -> None:
    """"Ukraine would hold a referendum before giving up its NATO bid" against "Kyiv could give up its NATO
    bid if ...": only the "before ..." clause is there; and "10,000 troops" is a number no statement gives."""
    said = [statement("Kyiv could give up its NATO bid if the United States and Europe provide binding guarantees.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    sim = lambda q, ts: [0.7] * len(ts)  # noqa: E731
    referendum = align(parse_claim("Zelenskyy said Ukraine would hold a referendum before giving up its NATO bid."),
                       said, (), sim)  # fmt: skip
    assert referendum.fidelity is Fidelity.NOT_FOUND, referendum
    plain = align(parse_claim("Zelenskyy said Kyiv would give up its NATO bid."), said, (), sim)
    assert plain.fidelity is Fidelity.CONDITION_STRIPPED, plain
    # What the claim says would happen ("would be put to a national referendum") is not in the statement.
    put = align(parse_claim("Zelenskyy said any decision to give up Kyiv's NATO bid would be put to a national "
                            "referendum."), said, (), sim)  # fmt: skip
    assert put.fidelity is Fidelity.NOT_FOUND, put
    troops = [statement("Now, if Ukraine's accession is out of the question, then the EU needs to see what "
                        "guarantees are tangible for security. They have to be real troops, real capabilities, so "
                        "that Ukraine is able to defend itself.")]  # fmt: skip
    for number, found in (("10,000 troops", False), ("troops", True)):
        claim = parse_claim(f"Kallas said the EU would send {number} to Ukraine as part of its security guarantees.")
        assert (conditional_match(claim, troops, sim) is not None) is found, number
    # Who the claim says would do it must be named there: Hungary is not (the EU and Ukraine are).
    for actor, found in (("Hungary", False), ("The EU", True)):
        claim = parse_claim(f"Kallas warned that {actor} would send real troops to Ukraine as EU security guarantees.")
        assert (conditional_match(claim, troops, sim) is not None) is found, actor


def test_fidelity_a_conditional_statement_must_say_part_of_what_the_claim_says() -> None:
    """"Europe won't be able to assist Ukraine in an eventual peace deal if ..." shares the names and "peace"
    with "the EU will appoint a special envoy to represent Europe in the Ukraine peace talks", nothing of
    what the claim says happens: not the claim with its condition stripped."""
    said = [statement("Europe won't be able to assist Ukraine in an eventual peace deal if the White House does "
                      "not include European nations in the peace process.")]  # fmt: skip
    sim = lambda q, ts: [0.6] * len(ts)  # noqa: E731
    envoy = parse_claim("Kallas said the EU will appoint a special envoy to represent Europe in the Ukraine peace "
                        "talks.")  # fmt: skip
    assert conditional_match(envoy, said, sim) is None
    assist = parse_claim("Kallas said Europe will assist Ukraine in the peace deal.")
    assert conditional_match(assist, said, sim) is not None


def test_fidelity_stop_words_matched_far_off_do_not_stretch_the_window() -> None:
    """"from the very start" against "... sought to join NATO, but that some representatives of the United
    States ... did not support this": the "the" of "of the United States" is not part of the match, so the
    later "not" does not reverse it."""
    said = [statement("that Ukraine had “from the very beginning sought to join NATO,” but that some representatives "
                      "of the United States and European partners did not support this aspiration",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    found = align(parse_claim("Zelenskyy said Ukraine had wanted to join NATO from the very start."), said, (),
                  lambda q, ts: [0.8] * len(ts))  # fmt: skip
    assert found.fidelity in {Fidelity.PARAPHRASE, Fidelity.NEAR_VERBATIM}, found


def test_fidelity_one_thing_instead_of_another_keeps_an_exchange() -> None:
    """"accepting guarantees in place of NATO membership" keeps "the offer to drop NATO membership in return
    for security guarantees" (one thing for another); it does not keep an "if ..." condition."""
    said = [statement("The offer to drop NATO membership in return for security guarantees was a compromise.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    claim = parse_claim("Zelenskyy said accepting security guarantees in place of NATO membership was a compromise.")
    assert align(claim, said, (), sim).fidelity is not Fidelity.CONDITION_STRIPPED
    iffy = [statement("Dropping NATO membership if we get security guarantees would be a compromise.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    assert align(claim, iffy, (), sim).fidelity is Fidelity.CONDITION_STRIPPED


def test_fidelity_years_are_compared_with_years_and_counts_with_counts() -> None:
    """"in 2019" against "the almost four-year war": a year is not a count of years, so no number changed;
    "six years" against "four-year" is."""
    said = [_narrated("Ukraine would give up its NATO bid to end the almost four-year war with Russia.", "")]
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    year = align(parse_claim("Ukraine would give up its NATO bid in 2019 to end the war with Russia."), said, (), sim)
    assert not [e for e in year.edits if e.what == "number"], year
    count = align(parse_claim("Ukraine would give up its NATO bid to end the almost six-year war with Russia."), said,
                  (), sim)  # fmt: skip
    assert [e.evidence_text for e in count.edits if e.what == "number"] == ["four"], count


def test_fidelity_days_of_a_month_are_compared_with_days() -> None:
    """"December 18" against "December 8": another day, though the street number and the year agree."""
    said = [_narrated("Zelenskyy meets Starmer at 10 Downing Street, in London, December 8, 2025.", "")]
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    other = align(parse_claim("Zelenskyy met Starmer at 10 Downing Street on December 18, 2025."), said, (), sim)
    assert [(e.evidence_text, e.claim_text) for e in other.edits if e.what == "number"] == [("8", "18")], other
    same = align(parse_claim("Zelenskyy met Starmer at 10 Downing Street on December 8, 2025."), said, (), sim)
    assert not [e for e in same.edits if e.what == "number"], same


def test_fidelity_only_a_greater_count_is_inflated() -> None:
    """"ten hours" for "five hours" makes a count greater; "December 18" for "December 8" is another day."""
    from saidwhen.verify.explain import inflated

    said = [statement("The talks lasted five hours and ended in London on December 8, 2025.")]
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    longer = parse_claim("Kallas said the talks lasted ten hours and ended in London on December 8, 2025.")
    assert inflated(longer, align(longer, said, (), sim))
    shorter = parse_claim("Kallas said the talks lasted two hours and ended in London on December 8, 2025.")
    assert not inflated(shorter, align(shorter, said, (), sim))
    later = parse_claim("Kallas said the talks lasted five hours and ended in London on December 18, 2025.")
    assert changed_numbers(align(later, said, (), sim)) and not inflated(later, align(later, said, (), sim))


def changed_numbers(alignment: Alignment) -> list[str]:
    return [e.evidence_text for e in alignment.edits if e.what == "number"]


def test_fidelity_a_quotation_finished_in_other_words_is_truncated() -> None:
    """"'some partners ... did not support' Ukraine" from "... did not support this direction": cut before
    its object and finished otherwise; quoted to the end of its phrase, or with the same object, it is not."""
    said = [statement("Some partners from the United States and Europe did not support this direction.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    cut = align(parse_claim("Zelenskyy complained that 'some partners from the United States and Europe did not "
                            "support' Ukraine."), said, (), sim)  # fmt: skip
    assert cut.fidelity is Fidelity.TRUNCATED, cut
    assert (cut.edits[0].what, cut.edits[0].evidence_text, cut.edits[0].claim_text) == (
        "object", "this direction", "Ukraine")
    whole = align(parse_claim("Zelenskyy said 'some partners from the United States and Europe did not support this "
                              "direction'."), said, (), sim)  # fmt: skip
    assert whole.fidelity is not Fidelity.TRUNCATED, whole
    # The claim's words a little further on: a word between left out, not the object changed.
    deal = [statement("Europe won't be able to assist Ukraine in an eventual peace deal if the White House does not "
                      "include European nations in the process.")]  # fmt: skip
    stripped = align(parse_claim("Kallas: Europe \"won't be able to assist Ukraine\" in a peace deal"), deal, (), sim)
    assert stripped.fidelity is Fidelity.CONDITION_STRIPPED, stripped


def test_fidelity_who_is_to_decide_named_otherwise_alters_the_statement() -> None:
    """"it is for the EU and the United States to decide" against "it is up to Ukrainians to decide": another
    decider; Ukraine for Ukrainians is the same one."""
    text = "But in the end, it is up to Ukrainians to decide what they are willing to give up to have peace."
    said = [replace(statement(text), context=f"The EU and the United States back Ukraine. {text}")]
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    other = align(parse_claim("Kallas said it is for the EU and the United States to decide what Ukraine should give "
                              "up for peace."), said, (), sim)  # fmt: skip
    assert other.fidelity is Fidelity.ALTERED, other
    assert [(e.evidence_text, e.claim_text) for e in other.edits] == [("Ukrainians", "the EU and the United States")]
    same = align(parse_claim("Kallas said it is up to Ukraine to decide what it is willing to give up for peace."),
                 said, (), sim)  # fmt: skip
    assert same.fidelity in AGREEING, same
    only = [replace(said[0], text="only Ukrainians can decide what they are willing to sacrifice for peace")]
    europe = align(parse_claim("Kallas said it is up to Europe to decide what Ukraine is willing to give up."), only,
                   (), sim)  # fmt: skip
    assert [(e.evidence_text, e.claim_text) for e in europe.edits] == [("Ukrainians", "Europe")], europe


def test_fidelity_two_remarks_each_contrary_to_their_part_of_the_statement_reverse_it() -> None:
    """"Paper promises are enough for Ukraine, no troops needed" against "'paper' assurances are insufficient and
    that Europe must be prepared to consider ... deploying peacekeepers": one negation each side, so the count is
    even, but each remark says the contrary of its part."""
    text = ("that 'paper' assurances are insufficient and that Europe must be prepared to consider more robust "
            "measures, including discussions about deploying peacekeepers or military contingents")  # fmt: skip
    said = [replace(statement(text), context=f"Security guarantees for Ukraine: Kallas has argued {text}.")]
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    both = align(parse_claim("Kallas: Paper promises are enough for Ukraine, no troops needed"), said, (), sim)
    assert both.fidelity is Fidelity.NEGATION_FLIPPED, both
    assert [e.claim_text for e in both.edits] == ["Paper promises are enough for Ukraine", "no troops needed"]
    same = align(parse_claim("Kallas said paper assurances are insufficient, and peacekeepers may be needed."), said,
                 (), sim)  # fmt: skip
    assert same.fidelity is not Fidelity.NEGATION_FLIPPED, same


def test_fidelity_the_negation_reach_stops_at_another_remark() -> None:
    """"'paper' assurances are insufficient | and that Europe must be prepared to consider deploying peacekeepers":
    the negative word belongs to the remark before, not to the one the claim matches."""
    said = [statement("that 'paper' assurances are insufficient and that Europe must be prepared to consider "
                      "deploying peacekeepers")]  # fmt: skip
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    found = align(parse_claim("Kallas said Europe must deploy peacekeepers."), said, (), sim)
    assert found.fidelity is not Fidelity.NEGATION_FLIPPED, found


def test_fidelity_what_is_being_done_told_as_advice_is_out_of_context() -> None:
    """"they are agreeing to everything to have peace" (relating Ukraine's stand) reported as "Ukraine should agree
    to everything": a description made advice. Words that urge it themselves ("need to") are advice."""
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    said = [statement("Sybiha was explaining how open they are to the negotiations, and Ukraine is agreeing to "
                      "everything to have peace.")]  # fmt: skip
    urged = align(parse_claim("Kallas said Ukraine should agree to everything to have peace."), said, (), sim)
    assert urged.fidelity is Fidelity.OUT_OF_CONTEXT, urged
    assert [(e.what, e.evidence_text, e.claim_text) for e in urged.edits] == [
        ("mood", "is agreeing to everything", "should agree to everything")]
    described = align(parse_claim("Kallas said Ukraine is agreeing to everything to have peace."), said, (), sim)
    assert described.fidelity in AGREEING, described
    need = [statement("Ukraine needs to be agreeing to everything to have peace.")]
    assert align(parse_claim("Kallas said Ukraine should agree to everything to have peace."), need, (),
                 sim).fidelity is not Fidelity.OUT_OF_CONTEXT  # fmt: skip


def test_fidelity_one_body_named_for_another_alters_the_statement() -> None:
    """"the only security guarantee that really works is membership in the European Union" against "...
    is NATO's umbrella": one organisation for another, the rest the same."""
    said = [statement("And the only thing that really works — the only security guarantee that works — is NATO's "
                      "umbrella.")]  # fmt: skip
    sim = lambda q, ts: [0.7] * len(ts)  # noqa: E731
    eu = align(parse_claim("Kallas said the only security guarantee that really works is membership in the European "
                           "Union."), said, (), sim)  # fmt: skip
    assert eu.fidelity is Fidelity.ALTERED, eu
    assert [(e.evidence_text, e.claim_text) for e in eu.edits if e.what == "name"] == [("NATO", "European Union")]
    same = align(parse_claim("Kallas said the only security guarantee that really works is NATO's umbrella."), said,
                 (), sim)  # fmt: skip
    assert same.fidelity is not Fidelity.ALTERED, same


def test_fidelity_quoted_words_said_of_something_else_are_out_of_context() -> None:
    """"Kallas said Ukraine is 'not in good place'": the words are hers, but the sentence before them
    speaks of Russia and neither names Ukraine; said of Russia, or with no name the claim adds, they are
    not out of context."""
    moved = align(parse_claim('Kallas said Ukraine is "not in good place."'), KALLAS)
    assert moved.fidelity is Fidelity.OUT_OF_CONTEXT, moved
    assert [(e.what, e.evidence_text, e.claim_text) for e in moved.edits] == [("subject", "Russia", "Ukraine")]
    assert moved.evidence is not None and "not in good place" in moved.evidence.text
    kept = align(parse_claim('Kallas said Russia is "not in good place."'), KALLAS)
    assert kept.fidelity is not Fidelity.OUT_OF_CONTEXT, kept
    bare = align(parse_claim('Kallas said they are "not in good place."'), KALLAS)
    assert bare.fidelity is not Fidelity.OUT_OF_CONTEXT, bare


def test_fidelity_the_claims_measure_with_another_number_is_a_restatement() -> None:
    """"five hours of talks with U.S. envoys", in a long sentence about something else, scores below a
    match; giving the claim's measure (hours) with another number, it is the same quantity restated:
    the numbers are what changed."""
    said = [statement("Ukrainian President Volodymyr Zelenskyy offered to drop Kyiv's NATO dreams during five hours "
                      "of talks with U.S. envoys Steve Witkoff and Jared Kushner in Berlin over the weekend.",
                      speaker="")]  # fmt: skip
    far = lambda query, texts: [0.35] * len(texts)  # noqa: E731 - the embeddings see a sentence about NATO
    hours = align(parse_claim("The weekend talks between Ukraine and the US envoys lasted only about two hours."), said,
                  similarity=far)  # fmt: skip
    assert hours.fidelity is not Fidelity.NOT_FOUND, hours
    assert [(e.what, e.evidence_text) for e in hours.edits] == [("number", "five")]


def test_fidelity_a_name_that_describes_someone_else_anchors_nothing() -> None:
    """"Trump envoy Steve Witkoff": Witkoff is who the claim names; a statement naming him without
    Trump has all of the claim's people. "Trump and Witkoff" names both."""

    text = "Zelenskyy offered it during five hours of talks with U.S. officials Steve Witkoff in Berlin"
    described = parse_claim("Zelensky held five hours of talks in Berlin with Trump envoy Steve Witkoff.")
    assert anchors_present(described, text, numbers=False) == 1.0
    both = parse_claim("Zelensky held five hours of talks in Berlin with Trump and Steve Witkoff.")
    assert anchors_present(both, text, numbers=False) < 1.0


def test_fidelity_a_condition_past_but_instead_is_not_on_the_claimed_words() -> None:
    """"did not signal a rejection of Ukraine's NATO path, but focused instead on interim mechanisms ...
    in the event of a frozen conflict": the condition is on the other clause; without the contrast it
    qualifies the words."""
    text = ("Kallas did not signal a rejection of Ukraine’s NATO path, but focused instead on interim mechanisms "
            "to protect the country pending accession or in the event of a frozen conflict.")  # fmt: skip
    said = [statement(text, speaker="StopFake")]
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    claim = parse_claim("StopFake: Kallas never signalled rejection of Ukraine's NATO path")
    assert align(claim, said, (), sim).fidelity is Fidelity.PARAPHRASE
    joined = [replace(said[0], text=text.replace("but focused instead on", "and focused on"))]
    assert align(claim, joined, (), sim).fidelity is Fidelity.CONDITION_STRIPPED


def test_fidelity_words_matched_as_synonyms_stretch_the_matched_window() -> None:
    """"send troops" matches "deploying peacekeepers" only as synonyms: the window still reaches them, so
    "must be prepared to consider" before them is a hedge the claim drops (a course weighed told as
    decided)."""
    said = [statement("that “paper” assurances are insufficient and that Europe must be prepared to consider more "
                      "robust measures, including discussions about deploying peacekeepers or military contingents "
                      "to monitor a potential ceasefire")]  # fmt: skip
    said = [replace(said[0], context=f"On Ukraine, Kallas has argued {said[0].text}.")]
    claim = parse_claim("Kallas says Europe will send troops to Ukraine")
    found = align(claim, said, (), lambda q, ts: [0.8] * len(ts))
    assert found.fidelity is Fidelity.HEDGE_STRIPPED, found


def test_fidelity_a_bid_to_join_matched_from_join_is_read_whole() -> None:
    """The matched words start at the "join" of "its bid to join NATO": the bid is read whole, so "join"
    does not oppose the claim's "drops"."""
    said = [statement("Kyiv could consider abandoning its bid to join NATO if the United States and European "
                      "partners provide binding security guarantees, Orda.kz reports, citing The Guardian",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    found = align(parse_claim("Zelensky said the US guarantees would have to be ratified by Congress before Ukraine "
                              "drops its NATO bid."), said, (), lambda q, ts: [0.7] * len(ts))  # fmt: skip
    assert found.fidelity is not Fidelity.NEGATION_FLIPPED, found


def test_fidelity_a_titled_person_the_statement_names_by_role() -> None:
    """"Ukraine's foreign minister Andriy Sybiha did not go into detail" against "the Ukrainian minister
    did not go into detail": the statement names him by his role, so his name is not looked for there;
    a statement without the role still needs the name."""
    from saidwhen.verify import wording as wd

    claim = "Ukraine's foreign minister Andriy Sybiha did not go into detail about the NATO bid"
    assert wd.untitled(claim, "the Ukrainian minister did not go into detail") == (
        "Ukraine's foreign minister did not go into detail about the NATO bid",
        ("Andriy Sybiha",),
    )
    assert wd.untitled(claim, "Sybiha, the minister, did not go into detail")[1] == ()
    # A one-word name, its role lower-case; a lower-case word after a name is not part of it.
    one_word = "foreign minister Sybiha didn't go into detail"
    assert wd.untitled(one_word, "the Ukrainian minister did not go into detail") == (
        "foreign minister didn't go into detail",
        ("Sybiha",),
    )
    assert wd.untitled(claim, "the Ukrainian delegation did not go into detail")[1] == ()
    said = [statement("the Ukrainian minister did not go into detail with EU ministers about abandoning NATO "
                      "membership")]
    found = align(parse_claim("According to Kallas, Ukraine's foreign minister Andriy Sybiha did not go into any "
                              "detail with EU ministers about giving up the NATO bid."), said,
                  similarity=lambda query, texts: [0.6] * len(texts))  # fmt: skip
    assert found.fidelity in {Fidelity.PARAPHRASE, Fidelity.NEAR_VERBATIM}, found


def test_fidelity_a_milder_statement_told_more_strongly_is_altered_in_degree() -> None:
    """"Russia is on the verge of collapse" against "We clearly see that they are not in good place"
    (after "Putting the pressure on Russia ..."): the same judgement, stronger; said of Ukraine, which
    the statement does not name, it is not that statement."""
    stronger = align(parse_claim("Kallas said Russia is on the verge of collapse."), KALLAS)
    assert stronger.fidelity is Fidelity.ALTERED, stronger
    assert [(e.what, e.evidence_text, e.claim_text) for e in stronger.edits] == [
        ("degree", "not in good place", "on the verge of collapse")
    ]
    other = align(parse_claim("Kallas said Ukraine is on the verge of collapse."), KALLAS)
    assert other.fidelity is Fidelity.NOT_FOUND, other


def test_fidelity_a_sentence_deep_in_a_long_statement_is_found_by_its_words() -> None:
    """A long statement close to the claim as a whole ranks all its sentences alike; the one sentence
    that holds the claim's words, past the first few, is still read."""
    from saidwhen.verify.matching import best_match

    filler = " ".join(f"Point number {w} concerns the budget of the union." for w in
                      ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))  # fmt: skip
    long = replace(statement(f"{filler} We have to understand that Donbas is not Putin's end game."), similarity=1.0)
    found = best_match(parse_claim("Kallas said Donbas is not Putin's end game."), [long])
    assert found is not None and "Donbas" in found.unit.text, found


def test_fidelity_headline_words_about_another_topic_are_out_of_context() -> None:
    """"Zelenskyy on giving up territory in Donbas: 'this already is a compromise on our part'": his
    words, but said after a sentence on security guarantees, not on Donbas; on the guarantees, they are
    his words as said."""
    said = [statement("That is why today the bilateral security guarantees from the United States give us an "
                      "opportunity to prevent another invasion. And this already is a compromise on our part.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    moved = align(parse_claim("Zelenskyy on giving up territory in Donbas: 'this already is a compromise on our "
                              "part.'"), said)  # fmt: skip
    assert moved.fidelity is Fidelity.OUT_OF_CONTEXT, moved
    assert moved.edits[0].claim_text == "giving up territory in Donbas"
    kept = align(parse_claim("Zelenskyy on security guarantees: 'this already is a compromise on our part.'"), said)
    assert kept.fidelity is Fidelity.VERBATIM, kept


def test_fidelity_the_same_thing_placed_alike_under_a_match_is_a_restatement() -> None:
    """"at a press conference in Brussels" against "in Brussels, at a press conference", in a sentence
    that scores under a match (words reordered, little embedding similarity): the same event placed
    alike is a restatement; placed elsewhere it is not (``wording.placed_elsewhere`` says where)."""
    said = [statement("On Monday in Brussels, at a press conference following the meeting of EU foreign ministers, "
                      "Kallas addressed the prospect of Ukraine possibly leaving the NATO track.", speaker="")]
    far = lambda query, texts: [0.15] * len(texts)  # noqa: E731
    brussels = align(parse_claim("Kallas spoke on Ukraine possibly leaving the NATO track at a press conference in "
                                 "Brussels after EU foreign ministers met."), said, similarity=far)  # fmt: skip
    assert brussels.fidelity is Fidelity.PARAPHRASE, brussels


def test_fidelity_a_year_the_statement_does_not_give_is_the_claims_own() -> None:
    """"Ukraine should be admitted to NATO by 2030" against a statement on Ukraine's accession that gives
    no year: the year is the claim's addition, so the statement lacks an anchor; one giving any year
    (2030, or another to compare) has it."""
    from saidwhen.verify.matching import NO_YEAR, best_match

    claim = parse_claim("Kallas said Ukraine should be admitted to NATO by 2030.")
    undated = best_match(claim, [statement("Ukraine should be admitted to NATO as soon as the war ends.")])
    assert undated is not None and undated.anchors <= NO_YEAR
    dated = best_match(claim, [statement("Ukraine should be admitted to NATO by 2030 at the latest.")])
    assert dated is not None and dated.anchors == 1.0


def test_fidelity_most_for_several_is_a_quantity_made_greater() -> None:
    """"most members" where the statement says "several members": the part made the greater part."""
    from saidwhen.verify import wording as wd
    from saidwhen.verify.matching import units

    unit = units(statement("Several members were resistant to Ukraine joining the alliance."))[0]
    edits = wd.generalised("Most members were resistant to Ukraine joining the alliance.", unit, (0, len(unit.text)))
    assert [(e.what, e.evidence_text, e.claim_text) for e in edits] == [("quantity", "Several", "most")]
    assert wd.generalised("Several members were resistant to it.", unit, (0, len(unit.text))) == []


def test_fidelity_the_alternative_a_claim_rules_out_is_what_was_said() -> None:
    """"concessions from Ukraine rather than from Russia" against "concessions are needed from Russia":
    the statement says what the claim rules out, in the claim's own place: reversed. The other way round,
    it is not reversed."""
    said = [statement("In order to have a sustainable, long-term peace in Europe, concessions are needed from Russia.")]
    low = lambda query, texts: [0.4] * len(texts)  # noqa: E731
    reversed_ = align(parse_claim("Kallas argued that a lasting peace in Europe requires concessions from Ukraine "
                                  "rather than from Russia."), said, similarity=low)  # fmt: skip
    assert reversed_.fidelity is Fidelity.NEGATION_FLIPPED, reversed_
    assert [(e.evidence_text, e.claim_text) for e in reversed_.edits] == [("Russia", "Ukraine")]
    kept = align(parse_claim("Kallas argued that a lasting peace in Europe requires concessions from Russia rather "
                             "than from Ukraine."), said, similarity=low)  # fmt: skip
    assert kept.fidelity is not Fidelity.NEGATION_FLIPPED, kept


def test_fidelity_a_denial_or_endorsement_cue_carries_the_judgement() -> None:
    """"Kallas denied that Russia wants this peace": she said it does not, so a statement that it does not
    agrees. "rejected the idea that P" agrees with her rejection of P; "endorsed the argument that P" is
    reversed by it. "dismissed as 'totally untrue' ..." gives the judgement in the words themselves."""
    sim = lambda query, texts: [0.8] * len(texts)  # noqa: E731
    peace = [statement("Russia does not want this peace.")]
    assert align(parse_claim("Kallas denied that Russia wants this peace."), peace, similarity=sim).fidelity in {
        Fidelity.VERBATIM, Fidelity.NEAR_VERBATIM, Fidelity.PARAPHRASE}  # fmt: skip
    assert align(parse_claim("Kallas said Russia wants this peace."), peace, similarity=sim).fidelity is (
        Fidelity.NEGATION_FLIPPED)  # fmt: skip
    said = [replace(statement("Kallas called these claims “totally untrue.”"),
                    context="Russia alleged that Ukraine's wish to join NATO provoked the full-scale invasion. "
                            "Kallas called these claims “totally untrue.”")]  # fmt: skip
    rejected = align(parse_claim("Kallas rejected the idea that Ukraine's wish to join NATO provoked the full-scale "
                                 "invasion."), said, similarity=sim)  # fmt: skip
    assert rejected.fidelity is Fidelity.PARAPHRASE, rejected
    endorsed = align(parse_claim("Kallas endorsed the argument that Ukraine's wish to join NATO provoked the "
                                 "full-scale invasion."), said, similarity=sim)  # fmt: skip
    assert endorsed.fidelity is Fidelity.NEGATION_FLIPPED, endorsed
    backed = align(parse_claim("Kallas has backed the claim that Ukraine's wish to join NATO provoked the "
                               "full-scale invasion."), said, similarity=sim)  # fmt: skip
    assert backed.fidelity is Fidelity.NEGATION_FLIPPED, backed
    # Urged not to buy the narrative that P: only P's names need be in the sentence rejected (not "Europe").
    urged = align(parse_claim("Kallas said Europe should not buy the Russian narrative that Ukraine's wish to join "
                              "NATO provoked the full-scale invasion."), said, similarity=sim)  # fmt: skip
    assert urged.fidelity is Fidelity.PARAPHRASE, urged


def test_fidelity_a_rebuttal_of_something_without_the_claims_year_is_not_its_rebuttal() -> None:
    """"Kallas said Ukraine should become a NATO member by 2030" is not what "these claims 'totally
    untrue'" rejects when the text before it gives no year."""
    said = [replace(statement("Kallas called these claims “totally untrue.”"),
                    context="Russia alleged that Ukraine joining NATO as a member provoked the invasion. "
                            "Kallas called these claims “totally untrue.”")]  # fmt: skip
    sim = lambda query, texts: [0.8] * len(texts)  # noqa: E731
    dated = align(parse_claim("Kallas said Ukraine joining NATO as a member provoked the invasion in 2030."), said,
                  similarity=sim)  # fmt: skip
    assert dated.fidelity is not Fidelity.NEGATION_FLIPPED, dated
    plain = align(parse_claim("Kallas said Ukraine joining NATO as a member provoked the invasion."), said,
                  similarity=sim)  # fmt: skip
    assert plain.fidelity is Fidelity.NEGATION_FLIPPED, plain


def test_fidelity_two_opposite_words_do_not_cancel_out() -> None:
    """"stepped back from the path, calling it reversible" against "reaffirmed that the path is
    irreversible": two opposites, both against the statement: reversed, not restated."""
    said = [statement("At the 2024 summit in Washington, allies reaffirmed that Ukraine's path to membership is "
                      "irreversible.", speaker="")]  # fmt: skip
    sim = lambda query, texts: [0.8] * len(texts)  # noqa: E731
    found = align(parse_claim("At their 2024 Washington summit, allies stepped back from Ukraine's membership path, "
                              "calling it reversible."), said, similarity=sim)  # fmt: skip
    assert found.fidelity is Fidelity.NEGATION_FLIPPED, found


def test_fidelity_one_claim_sentence_may_sum_up_two_statement_sentences() -> None:
    """No single sentence holds "tangible rather than on paper, with real troops": the two together do,
    and "rather than" says what "cannot be" says."""
    said = [statement("They cannot be papers or promises. They have to be real troops, real capabilities.")]
    claim = parse_claim("Kallas said guarantees cannot be papers or promises and have to be real troops and capabilities.")  # noqa: E501
    claim_without_and = parse_claim("Kallas said guarantees have to be real troops and capabilities rather than papers or promises.")  # noqa: E501

    def similarity(query: str, texts: Sequence[str]) -> list[float]:
        return [0.85 if "troops" in t else 0.2 for t in texts]

    for c in (claim, claim_without_and):
        result = align(c, said, similarity=similarity)
        assert result.fidelity in {Fidelity.PARAPHRASE, Fidelity.NEAR_VERBATIM}, result
        assert result.matched is not None and result.matched.end - result.matched.start > 40
    flipped = parse_claim("Kallas said guarantees can be papers or promises and real troops and capabilities.")
    assert align(flipped, said, similarity=similarity).fidelity is Fidelity.NEGATION_FLIPPED


def test_fidelity_a_case_put_to_imagine_is_not_the_speakers_own_statement() -> None:
    """"Consider ... that after 9/11 you would have sat down with bin Laden": quoted without the frame,
    a hypothetical becomes a statement; a claim that reports the comparison keeps it."""
    said = [statement("Consider here in America that after 9/11 you would have sat down with Osama bin Laden "
                      "and said, 'OK, what else do you want?' I mean, it's unimaginable.")]  # fmt: skip
    cut = align(parse_claim("Kallas: 'after 9/11 you would have sat down with Osama bin Laden and said, OK, what "
                            "else do you want?'"), said)  # fmt: skip
    assert cut.fidelity is Fidelity.TRUNCATED
    assert [e.evidence_text for e in cut.edits if e.what == "frame"] == ["Consider here in America that"]
    likened = align(parse_claim("Kallas compared it to sitting down with Osama bin Laden after 9/11 and asking "
                                "'what else do you want?'"), said)  # fmt: skip
    assert likened.fidelity is not Fidelity.TRUNCATED
    # Words from the end of the case, far from its frame, are framed all the same.
    tail = align(parse_claim("Kallas said: 'OK, what else do you want?'"), said)
    assert tail.fidelity is Fidelity.TRUNCATED and tail.edits[0].what == "frame", tail


def test_fidelity_asked_why_reports_the_question_as_one() -> None:
    said = [statement("My question is, why we should give Russia what they want on top of what they have done?")]
    asked = align(parse_claim("Kallas asked why we should give Russia what they want on top of what they have done."),
                  said)  # fmt: skip
    assert asked.fidelity in {Fidelity.VERBATIM, Fidelity.NEAR_VERBATIM, Fidelity.PARAPHRASE}, asked
    stated = align(parse_claim("Kallas said we should give Russia what they want on top of what they have done."), said)
    assert stated.fidelity is Fidelity.TRUNCATED


def test_fidelity_living_without_is_forgoing_and_only_under_conditions_is_a_condition() -> None:
    said = [statement("Ukraine could, in theory, forgo NATO membership, but only under strict conditions.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    result = align(parse_claim("Zelenskyy said Ukraine could live without NATO membership."), said)
    assert result.fidelity is Fidelity.CONDITION_STRIPPED, result
    assert [e.evidence_text for e in result.edits if e.what == "condition"] == ["only under strict conditions."]
    flipped = align(parse_claim("Zelenskyy said Ukraine could never live without NATO membership."), said)
    assert flipped.fidelity is Fidelity.NEGATION_FLIPPED


def test_fidelity_weighing_a_course_keeps_the_hedge() -> None:
    """"must be prepared to consider ... deploying peacekeepers": "weigh" says the same; "will deploy" does not."""
    said = [statement("Europe must be prepared to consider more robust measures, including deploying peacekeepers.")]
    weighed = align(parse_claim("Kallas said Europe must be ready to weigh more robust measures, including deploying "
                                "peacekeepers."), said)  # fmt: skip
    assert weighed.fidelity is not Fidelity.HEDGE_STRIPPED, weighed
    decided = align(parse_claim("Kallas said Europe must adopt robust measures, including deploying peacekeepers."),
                    said)  # fmt: skip
    assert decided.fidelity is Fidelity.HEDGE_STRIPPED, decided


def test_fidelity_word_recall_leaves_out_a_description_in_apposition() -> None:
    claim = "Estonia, the EU foreign-policy chief's home country, has no border with Russia."
    assert lexical_recall(claim, "Estonia shares a border with Russia") == 1.0
    # A clause between commas is not an apposition.
    assert lexical_recall("In Berlin, the talks went on, said Witkoff", "Witkoff said it in Berlin") < 1.0


def test_fidelity_words_quoted_from_an_articles_own_narration_are_misattributed() -> None:
    """The words the claim quotes are in no statement of the speaker it matched, but an article says them in
    its own voice: misattributed to the article. Not when the article quotes them from someone, nor when the
    matched statement holds them."""
    from saidwhen.verify import _narrated_words

    claim = parse_claim("Zelenskyy admitted that Ukraine's chance of joining NATO was 'vanishingly thin'.")
    narration = statement("Despite Ukraine abandoning its bid, the chance of it joining was vanishingly thin.",
                          speaker="", article="a4")  # fmt: skip
    narration = replace(narration, speaker=None)
    other = statement("Ukraine could, in theory, forgo NATO membership.", speaker="Volodymyr Zelenskyy")
    loose = Alignment(Fidelity.CONDITION_STRIPPED, other, 0.6)
    found = _narrated_words(claim, loose, [narration])
    assert found is not None and found.fidelity is Fidelity.MISATTRIBUTED and found.evidence == narration
    quoted = replace(narration, text="Analysts called the chance 'vanishingly thin' for Ukraine.")
    assert _narrated_words(claim, loose, [quoted]) is None
    held = Alignment(Fidelity.VERBATIM, replace(other, text="The chance is vanishingly thin."), 0.9)
    assert _narrated_words(claim, held, [narration]) is None


def test_fidelity_one_of_two_joined_statements_contrary_to_the_record_refutes_the_claim() -> None:
    """"Russia is 'in a good place' and Western pressure isn't hurting Moscow": found nowhere as a whole, but
    its first statement is the negation of what she said; a second statement not on record changes nothing."""
    from saidwhen.verify.claims import conjuncts

    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    claim = parse_claim("Kallas admits Russia is \"in a good place\" and Western pressure isn't hurting Moscow.")
    assert [c.content for c in conjuncts(claim)] == ["Russia is \"in a good place\"",
                                                     "Western pressure isn't hurting Moscow"]  # fmt: skip
    found = align(claim, [KALLAS[2]], (), sim)
    assert found.fidelity is Fidelity.NEGATION_FLIPPED and found.evidence == KALLAS[2], found
    dash = align(parse_claim("Kallas: Russia is in a good place — sanctions will be lifted soon."), [KALLAS[2]], (),
                 sim)  # fmt: skip
    assert dash.fidelity is Fidelity.NEGATION_FLIPPED, dash
    # Both statements agreeing with the record, or the joined one unknown: no contradiction to report.
    agreed = align(parse_claim("Kallas said Russia is not in good place and sanctions will be lifted soon."),
                   [KALLAS[2]], (), sim)  # fmt: skip
    assert agreed.fidelity is not Fidelity.NEGATION_FLIPPED, agreed
    # "and" inside the words the claim quotes joins nothing; a hyphen joins between spaces only.
    assert conjuncts(parse_claim("Kallas said 'Russia is weak and divided'.")) == []
    hyphen = conjuncts(parse_claim("Kallas: the full-scale war goes on - sanctions will be lifted soon."))
    assert [c.content for c in hyphen] == ["the full-scale war goes on", "sanctions will be lifted soon"]
    # A list of hundreds of joined clauses is read at its first few joins only (each join is read in two halves).
    from saidwhen.verify.claims import MAX_JOINS

    listed = parse_claim("Kallas said " + "Russia is weak and " * 60 + "Europe is strong.")
    assert 0 < len(conjuncts(listed)) <= 2 * MAX_JOINS
    # The second statement's own cue and listeners are not what was said.
    urged = parse_claim("Kallas warned that Russia would try to divide us and urged partners not to walk into its "
                        "traps.")
    assert [c.content for c in conjuncts(urged)] == ["Russia would try to divide us", "not to walk into its traps"]
    # ", no further ..." joins a second statement; a dash inside a compound name joins nothing.
    headline = parse_claim("Zelenskyy–Witkoff talks in Berlin collapsed after less than an hour, no further meetings "
                           "planned.")  # fmt: skip
    assert [c.content for c in conjuncts(headline)] == [
        "Zelenskyy–Witkoff talks in Berlin collapsed after less than an hour", "no further meetings planned"]
    # A statement giving the measure with another number contradicts that part.
    talks = replace(statement("Zelenskyy made the remarks following five hours of talks with a U.S. delegation in "
                              "Berlin.", speaker=""), speaker=None)  # fmt: skip
    plain = replace(headline, speaker=None)
    counted = align(plain, [talks], (), sim)
    assert any(e.what == "number" for e in counted.edits), counted


def test_fidelity_a_word_quoted_from_someone_else_on_the_same_subject_is_misattributed() -> None:
    """The one word the claim quotes is in nothing it matched of the speaker, but an article quotes it from
    someone else about the same thing: misattributed. Not when the claim gives the word to someone itself,
    when the sentence names the speaker, or when it is about something else."""
    from saidwhen.verify import _quoted_from_another

    claim = parse_claim("Kallas said on Monday that Ukraine's path to NATO membership remains \"irreversible.\"")
    allies = replace(statement("At NATO’s 2024 summit in Washington, allies reaffirmed that Ukraine’s path to "
                               "membership is “irreversible.”", speaker="", article="a2"),
                     speaker=None, quote_id="q1")  # fmt: skip
    loose = Alignment(Fidelity.CONDITION_STRIPPED, KALLAS[1], 0.6)
    found = _quoted_from_another(claim, loose, [allies])
    assert found is not None and found.fidelity is Fidelity.MISATTRIBUTED and found.evidence == allies
    assert _quoted_from_another(claim, loose, [replace(allies, quote_id=None)]) is None  # not quoted: narration
    named = replace(allies, text="Kallas recalled that Ukraine’s path to membership is “irreversible.”")
    assert _quoted_from_another(claim, loose, [named]) is None
    other = replace(allies, text="Allies called the decision on tariffs “irreversible.”")
    assert _quoted_from_another(claim, loose, [other]) is None
    reported = parse_claim("StopFake said NATO walked back its assurance that Ukraine's path to membership is "
                           "\"irreversible\".")  # fmt: skip
    assert _quoted_from_another(reported, loose, [allies]) is None
    held = Alignment(Fidelity.PARAPHRASE, replace(KALLAS[1], text="The path is irreversible."), 0.8)
    assert _quoted_from_another(claim, held, [allies]) is None


def test_fidelity_an_articles_own_sentence_paraphrased_as_a_speakers_is_misattributed() -> None:
    """Nothing the speaker said holds the claim, but a narrated sentence naming no one says it closely:
    misattributed to the article. Not a sentence that reports someone ("he said", "offered"), names a
    person, or matches loosely."""
    from saidwhen.verify import _narrated_paraphrase

    claim = parse_claim("Zelenskyy conceded that Ukraine's chances of joining NATO had been vanishingly thin.")
    narration = replace(statement("Despite Ukraine abandoning its bid, the chance of it joining NATO was vanishingly "
                                  "thin.", speaker="", article="a4"), speaker=None)  # fmt: skip
    close = Alignment(Fidelity.PARAPHRASE, narration, 0.86)
    found = _narrated_paraphrase(claim, [close])
    assert found is not None and found.fidelity is Fidelity.MISATTRIBUTED and found.evidence == narration
    assert _narrated_paraphrase(claim, [replace(close, similarity=0.6)]) is None
    for text in ("He said the chance of Ukraine joining NATO was vanishingly thin.",
                 "Ukraine offered to accept that the chance of joining NATO was vanishingly thin.",
                 "For Witkoff, the chance of Ukraine joining NATO was vanishingly thin."):  # fmt: skip
        assert _narrated_paraphrase(claim, [replace(close, evidence=replace(narration, text=text))]) is None, text
    assert _narrated_paraphrase(claim, [replace(close, fidelity=Fidelity.NEGATION_FLIPPED)]) is None


def test_fidelity_two_joined_statements_each_on_record_agree_with_it() -> None:
    """"called the claim 'totally untrue' and a Russian narrative that should not be bought": read whole
    against one remark, the negation of the other counts against it; each statement, read alone, is on
    record. One of them not on record leaves the whole unmatched."""
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    said = [statement("Kallas called the claims that NATO provoked the war 'totally untrue.'"),
            statement("That is the Russian narrative that we should not buy.")]  # fmt: skip
    claim = parse_claim("Kallas called the claim that NATO provoked the war 'totally untrue' and a Russian narrative "
                        "that should not be bought.")  # fmt: skip
    found = align(claim, said, (), sim)
    assert found.fidelity in AGREEING, found
    half = align(claim, said[:1], (), sim)
    assert half.fidelity not in AGREEING, half


def test_fidelity_a_clause_on_the_quoted_noun_is_not_the_claims_polarity() -> None:
    """"the Russian narrative | that we should not buy": the relative clause with its own subject says what
    the narrative is; quoting the noun phrase negates nothing. A claim that holds the clause is read whole."""
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    said = [statement("That is the Russian narrative that we should not buy.")]
    assert align(parse_claim("Kallas said it is 'the Russian narrative'."), said, (), sim).fidelity in AGREEING
    flipped = align(parse_claim("Kallas said it is the Russian narrative that we should buy."), said, (), sim)
    assert flipped.fidelity is Fidelity.NEGATION_FLIPPED, flipped


def test_fidelity_a_countrys_office_holder_names_the_country() -> None:
    """"The Ukrainian president stressed that any such guarantees must be legally binding" speaks of Ukraine;
    "Ukrainian people" or a country named nowhere does not."""
    claim = parse_claim("Witkoff said any security guarantees for Ukraine must be legally binding.")
    assert anchors_present(claim, "The Ukrainian president stressed that guarantees must be binding.") == 1.0
    assert anchors_present(claim, "It is up to the Ukrainian people to decide.") == 0.0
    said = statement("The Ukrainian president stressed that any such guarantees must be legally binding.",
                     speaker="Volodymyr Zelenskyy")  # fmt: skip
    found = align(claim, [], [said], lambda q, ts: [0.85] * len(ts))
    assert found.fidelity is Fidelity.MISATTRIBUTED, found


def test_fidelity_giving_one_thing_up_for_another_keeps_the_exchange() -> None:
    """"dropping NATO membership for security guarantees" says "in return for" in other words: no
    condition stripped. "for good" is no exchange."""
    said = [statement("The offer to drop NATO membership in return for security guarantees was a compromise.",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    swap = align(parse_claim("Zelenskyy said dropping NATO membership for security guarantees was a compromise."),
                 said, (), sim)  # fmt: skip
    assert swap.fidelity in AGREEING, swap
    flat = align(parse_claim("Zelenskyy said dropping NATO membership for good was a compromise."), said, (), sim)
    assert flat.fidelity is Fidelity.CONDITION_STRIPPED, flat


def test_fidelity_a_weekday_with_the_date_leaves_no_slack() -> None:
    """A day with no year fits a day either side ("December 15" for words of December 14), unless the claim
    names the weekday too ("on Monday, December 15", and December 14, 2025 was a Sunday)."""
    said = [statement("The offer to drop NATO membership was a compromise.", speaker="Volodymyr Zelenskyy",
                      said=date(2025, 12, 14))]  # fmt: skip
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    loose = align(parse_claim("Zelenskyy said on December 15 that the offer to drop NATO membership was a "
                              "compromise."), said, (), sim)  # fmt: skip
    assert loose.fidelity in AGREEING, loose
    named = align(parse_claim("Zelenskyy said on Monday, December 15, that the offer to drop NATO membership was a "
                              "compromise."), said, (), sim)  # fmt: skip
    assert named.fidelity is Fidelity.OUTDATED, named
    right = align(parse_claim("Zelenskyy said on Sunday, December 14, that the offer to drop NATO membership was a "
                              "compromise."), said, (), sim)  # fmt: skip
    assert right.fidelity in AGREEING, right


def test_fidelity_a_weekday_alone_is_the_day_the_words_were_said() -> None:
    """"said on Monday" for words said on Sunday, December 14, 2025 is another day; for words only known
    by the day they were published (Monday), Sunday may still be the day they were said."""
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    text = "The offer to drop NATO membership was a compromise."
    dated = [statement(text, speaker="Volodymyr Zelenskyy", said=date(2025, 12, 14))]
    wrong = align(parse_claim(f"Zelenskyy said on Monday that {text[0].lower()}{text[1:]}"), dated, (), sim)
    assert wrong.fidelity is Fidelity.OUTDATED, wrong
    right = align(parse_claim(f"Zelenskyy said on Sunday that {text[0].lower()}{text[1:]}"), dated, (), sim)
    assert right.fidelity in AGREEING, right
    published = [statement(text, speaker="Volodymyr Zelenskyy")]  # published Monday, December 15
    day_before = align(parse_claim(f"Zelenskyy said on Sunday that {text[0].lower()}{text[1:]}"), published, (), sim)
    assert day_before.fidelity in AGREEING, day_before
    later = align(parse_claim(f"Zelenskyy said on Wednesday that {text[0].lower()}{text[1:]}"), published, (), sim)
    assert later.fidelity is Fidelity.OUTDATED, later


def test_fidelity_a_report_giving_the_day_outweighs_the_publication_days_slack() -> None:
    """Words only known by Sunday's paper may have been said on Saturday; another report of them that says they
    were said on Sunday tells: "said on Saturday" is then another day."""
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    text = "Some partners from the United States and Europe did not support this direction."
    published = statement(text, speaker="Volodymyr Zelenskyy", article="a1")
    published = replace(published, published=date(2025, 12, 14))
    told = statement(text, speaker="Volodymyr Zelenskyy", said=date(2025, 12, 14), article="a2")
    claim = parse_claim(f"Zelenskyy said on Saturday that {text[0].lower()}{text[1:]}")
    assert align(claim, [published], (), sim).fidelity in AGREEING  # a day's slack
    found = align(claim, [published, told], (), sim)
    assert found.fidelity is Fidelity.OUTDATED and found.evidence == told, found
    sunday = parse_claim(f"Zelenskyy said on Sunday that {text[0].lower()}{text[1:]}")
    assert align(sunday, [published, told], (), sim).fidelity in AGREEING


def test_fidelity_the_claim_read_in_a_but_clause_takes_its_polarity() -> None:
    """"sought to join NATO,' but that some representatives ... did not support this aspiration": a claim whose
    words are mostly past the "but" ("every partner ... had backed Kyiv's drive to join") is read there."""
    said = [statement("that Ukraine had \u201cfrom the very beginning sought to join NATO,\u201d but that some "
                      "representatives of the United States and European partners did not support this aspiration",
                      speaker="Volodymyr Zelenskyy")]  # fmt: skip
    sim = lambda q, ts: [0.8] * len(ts)  # noqa: E731
    every = align(parse_claim("Zelenskyy said every partner in Washington and Europe had backed Kyiv's drive to join "
                              "the alliance."), said, (), sim)  # fmt: skip
    assert every.fidelity is Fidelity.NEGATION_FLIPPED, every
    sought = align(parse_claim("Zelenskyy said Ukraine had sought to join NATO from the very beginning."), said, (),
                   sim)  # fmt: skip
    assert sought.fidelity in AGREEING, sought
    # As many of its words on either side, and its verb ("backed" / "did not support") past the "but".
    fully = align(parse_claim("Zelensky said the US and Europe fully backed Ukraine joining NATO."), said, (), sim)
    assert fully.fidelity is Fidelity.NEGATION_FLIPPED, fully


def test_fidelity_undated_words_are_dated_by_a_report_of_the_same_words() -> None:
    """A fact-check quotes the words with no date; a dated report of the same words says when they were
    said, and the claim's time is read against that."""
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    text = "If Ukraine concedes, we need to give them very strong, tangible security guarantees."
    undated = Evidence("fc", Span(0, len(text)), text, "fc.txt", None, None, speaker="Kaja Kallas")
    dated = statement(text, said=date(2025, 12, 15))
    claim = parse_claim(f"Kallas said in February 2025 that {text[0].lower()}{text[1:]}")
    found = align(claim, [undated, dated], (), sim)
    assert found.fidelity is Fidelity.OUTDATED and found.evidence == dated, found
    december = parse_claim(f"Kallas said in December 2025 that {text[0].lower()}{text[1:]}")
    right = align(december, [undated, dated], (), sim)
    assert right.fidelity in AGREEING, right


def test_fidelity_the_same_condition_negated_reverses_the_claim() -> None:
    """"in exchange for non-binding political assurances" against "if ... provide binding security
    guarantees": the condition says the opposite. A negation in a condition that bears on nothing both
    conditions share ("if this is not in question"), or an opposite negated back ("does not include" /
    "excluded"), changes nothing."""
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    offer = [statement("Kyiv could consider abandoning its bid to join NATO if the United States and European "
                       "partners provide binding security guarantees.", speaker="Volodymyr Zelenskyy")]  # fmt: skip
    loose = align(parse_claim("Zelenskyy said Ukraine could drop its NATO bid in exchange for non-binding political "
                              "assurances."), offer, (), sim)  # fmt: skip
    assert loose.fidelity is Fidelity.NEGATION_FLIPPED and loose.edits[0].what == "condition", loose
    same = align(parse_claim("Zelenskyy said Kyiv could drop its bid to join NATO if the United States and Europe "
                             "give binding security guarantees."), offer, (), sim)  # fmt: skip
    assert same.fidelity in AGREEING, same
    help_ = [statement("Europe won't be able to assist Ukraine in a peace deal if the White House does not include "
                       "European nations in the process.")]  # fmt: skip
    reversed_ = align(parse_claim("Kallas said Europe could assist Ukraine in a peace deal even if the White House "
                                  "excluded European nations from the process."), help_, (), sim)  # fmt: skip
    assert reversed_.fidelity is Fidelity.NEGATION_FLIPPED and reversed_.edits[0].what != "condition", reversed_
    # "unless it includes" is "if it does not include": the same condition ("includes" / "include" one verb).
    unless = align(parse_claim("Kallas said Europe would be unable to assist Ukraine in a peace deal unless the White "
                               "House includes European nations in the process."), help_, (), sim)  # fmt: skip
    assert unless.fidelity in AGREEING, unless
    said = [statement("Now, if this is not in question (Ukraine's accession to NATO), then we need tangible "
                      "security guarantees.")]  # fmt: skip
    kept = align(parse_claim("Kallas said if Ukraine gives up NATO membership it needs very strong security "
                             "guarantees."), said, (), sim)  # fmt: skip
    assert kept.fidelity is not Fidelity.NEGATION_FLIPPED, kept


def test_fidelity_a_phrase_ending_in_to_governs_the_claims_words() -> None:
    """"..., which is refusing to | allow Ukraine's allies ...": the phrase the claim has nothing of is not
    an aside when it governs the matched words; accepting is the opposite of refusing."""
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    said = [statement("This remains a sticking point in negotiations with Moscow, which is refusing to allow Ukraine's "
                      "allies to be part of any peacekeeping force.", speaker="Reuters")]  # fmt: skip
    allows = align(parse_claim("Reuters said Moscow allows Ukraine's allies to be part of a peacekeeping force."),
                   said, (), sim)  # fmt: skip
    assert allows.fidelity is Fidelity.NEGATION_FLIPPED, allows
    accepts = align(parse_claim("Reuters said Moscow accepts that Ukraine's allies can be part of a peacekeeping "
                                "force."), said, (), sim)  # fmt: skip
    assert accepts.fidelity is Fidelity.NEGATION_FLIPPED, accepts
    refuses = align(parse_claim("Reuters said Moscow refuses to allow Ukraine's allies to be part of a peacekeeping "
                                "force."), said, (), sim)  # fmt: skip
    assert refuses.fidelity in AGREEING, refuses
    wont = align(parse_claim("Reuters said Moscow won't let Ukraine's allies take part in any peacekeeping force."),
                 said, (), sim)  # fmt: skip
    assert wont.fidelity in AGREEING, wont


def test_fidelity_words_reported_after_a_verb_rejecting_them_are_rejected() -> None:
    """"Trump has repeatedly ruled out | NATO membership for Ukraine": the indirect statement holds the words
    he rejected, so "Trump said Ukraine should get NATO membership" reverses it."""
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    text = "NATO membership for Ukraine as a security guarantee"
    context = f"U.S. President Donald Trump has repeatedly ruled out {text} against future Russian aggression."
    said = [replace(statement(text, speaker="Donald Trump"), context=context, direct=False)]
    claim = parse_claim("Trump said Ukraine should get NATO membership as a security guarantee.")
    offered = align(claim, said, (), sim)
    assert offered.fidelity is Fidelity.NEGATION_FLIPPED and offered.edits[0].evidence_text == "ruled out", offered
    plain = [replace(statement(text, speaker="Donald Trump"), context=f"Trump backed {text}.", direct=False)]
    backed = align(claim, plain, (), sim)
    assert backed.fidelity in AGREEING, backed


def test_fidelity_a_person_the_statement_names_is_not_swapped_and_a_correction_is_no_hedge() -> None:
    """"his meeting with Zelenskyy lasted ..." against "the meeting between President Zelenskyy, ... and
    Ukraine lasted ...": Zelenskyy is named, not replaced by Ukraine. "conditions – or perhaps more
    accurately, our ambition" corrects a word: no hedge the claim drops."""
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    readout = [statement("The meeting in Berlin between President Zelenskyy, Special Envoy Witkoff, and delegations "
                         "from the United States and Ukraine lasted over five hours.",
                         speaker="Steve Witkoff")]  # fmt: skip
    met = align(parse_claim("Witkoff said his Berlin meeting with Zelenskyy lasted more than five hours."), readout,
                (), sim)  # fmt: skip
    assert met.fidelity in AGREEING, met
    swapped = align(parse_claim("Witkoff said the meeting in Berlin between President Zelenskyy, Special Envoy "
                                "Witkoff, and delegations from the United States and Russia lasted over five hours."),
                    readout, (), sim)  # fmt: skip
    assert swapped.fidelity is Fidelity.ALTERED, swapped
    ambition = [statement("From the very beginning, Ukraine's conditions – or perhaps more accurately, our ambition – "
                          "was NATO membership. And that would have provided real security guarantees.",
                          speaker="Volodymyr Zelenskyy")]  # fmt: skip
    real = align(parse_claim("Zelenskyy said NATO membership would have provided real security guarantees."),
                 ambition, (), sim)  # fmt: skip
    assert real.fidelity in AGREEING, real


def test_fidelity_words_about_the_speaker_given_to_the_speaker_are_misattributed() -> None:
    """Kallas: "Donbas is not Putin's end game". "Putin said Donbas is not his end game" has Putin speak of
    himself: Kallas's words given to him. "Putin said Russia will take Donbas" (words naming him, not his
    own) is no misattribution of them."""
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    kallas = [statement("We have to understand that Donbas is not Putin's end game.")]
    own = align(parse_claim("Vladimir Putin said Donbas is not his end game."), [], kallas, sim)
    assert own.fidelity is Fidelity.MISATTRIBUTED and own.evidence == kallas[0], own
    about = align(parse_claim("Vladimir Putin said Donbas is not the end game."), [], kallas, sim)
    assert about.fidelity is not Fidelity.MISATTRIBUTED, about


@pytest.mark.parametrize(
    ("said", "cut", "left_out", "whole"),
    [
        # The time the words were limited to.
        ("There was no reason to offer concessions to Russia before formal peace negotiations begin.",
         "Kallas said there was no reason to offer concessions to Russia.",
         "before formal peace negotiations begin",
         "Kallas said there was no reason to offer concessions to Russia before peace negotiations begin."),
        # "— on Ukraine's terms": whose terms the peace is on.
        ("By working together with the U.S., we can achieve a just and lasting peace — on Ukraine's terms.",
         "Kallas said: 'By working together with the U.S., we can achieve a just and lasting peace.'",
         "on Ukraine's terms",
         "Kallas said working together with the U.S. can achieve a just and lasting peace on Ukraine's terms."),
        # Who must concede: "concessions are needed | from Russia".
        ("in order to have a sustainable, long-term peace in Europe, concessions are needed from Russia",
         "Kallas said concessions are needed to have a sustainable, long-term peace in Europe.",
         "from Russia",
         "Kallas said concessions are needed from Russia for a lasting peace in Europe."),
    ],
)  # fmt: skip
def test_fidelity_a_qualifier_left_out_truncates(said: str, cut: str, left_out: str, whole: str) -> None:
    """"no reason to offer concessions to Russia | before formal peace negotiations even begin": the claim that
    leaves out what limited the words (a time, whose terms, whom they were asked of) is truncated; with it, it is
    the statement."""
    sim = lambda q, ts: [0.85] * len(ts)  # noqa: E731
    cut_ = align(parse_claim(cut), [statement(said)], (), sim)
    assert cut_.fidelity is Fidelity.TRUNCATED and cut_.edits[0].what == "qualifier", cut_
    assert cut_.edits[0].evidence_text == left_out, cut_
    assert align(parse_claim(whole), [statement(said)], (), sim).fidelity in AGREEING


def test_fidelity_another_weekday_is_another_date() -> None:
    """A weekday of the claim's content the statement gives otherwise ("resume on Monday" for "on Tuesday") is a
    changed date; the same weekday is none."""
    said = [statement("She said this on Monday in Brussels at a press conference after the ministers met.", speaker="")]
    sim = lambda q, ts: [0.9] * len(ts)  # noqa: E731
    told = "Kallas made her remarks at a press conference in Brussels on {}, after the ministers met."
    other = align(parse_claim(told.format("Friday")), said, (), sim)
    assert [(e.what, e.evidence_text, e.claim_text) for e in other.edits] == [("number", "Monday", "Friday")]
    same = align(parse_claim(told.format("Monday")), said, (), sim)
    assert same.fidelity in AGREEING and not same.edits, same


def test_fidelity_the_claims_people_met_elsewhere() -> None:
    """A statement naming every person of the claim (two or more) in another place, though it scores below the
    match threshold ("for the latest round of peace talks" is not there): the same meeting, placed elsewhere."""
    said = [statement("Zelenskyy offered to drop the NATO bid during five hours of talks with Steve Witkoff and "
                      "Jared Kushner in Berlin.", speaker="Reuters")]  # fmt: skip
    sim = lambda q, ts: [0.3] * len(ts)  # noqa: E731
    claim = parse_claim("Reuters said Zelenskyy met Witkoff and Kushner in Paris for the latest round of peace talks.")
    moved = align(claim, said, (), sim)
    assert moved.fidelity is Fidelity.ALTERED, moved
    assert [(e.evidence_text, e.claim_text) for e in moved.edits] == [("Berlin", "Paris")]
    alone = parse_claim("Reuters said Zelenskyy met in Paris for the latest round of peace talks.")
    assert align(alone, said, (), sim).fidelity is Fidelity.NOT_FOUND  # one person named: not enough


def test_fidelity_the_setting_placed_elsewhere() -> None:
    """A statement naming the claim's names (one of three may be missing: what was said may come after) that
    places what the claim places in another place ("to AFP during a trip to Kyiv" / "told AFP during a visit to
    Washington"), the claim's place named nowhere there: altered, though it shares few words."""
    said = [statement("Kallas told AFP during a visit to Washington that there was no reason to offer concessions.",
                      speaker="Reuters")]  # fmt: skip
    sim = lambda q, ts: [0.3] * len(ts)  # noqa: E731
    moved = align(parse_claim("Reuters said Kallas made her bin Laden comparison to AFP during a trip to Kyiv."), said,
                  (), sim)  # fmt: skip
    assert moved.fidelity is Fidelity.ALTERED, moved
    assert [(e.evidence_text, e.claim_text) for e in moved.edits] == [("Washington", "Kyiv")]
    there = align(parse_claim("Reuters said Kallas made her bin Laden comparison to AFP during a trip to Washington."),
                  said, (), sim)  # fmt: skip
    assert there.fidelity is not Fidelity.ALTERED, there


def test_fidelity_another_office_is_another_name() -> None:
    """Ministers of another office ("defence ministers" / "foreign ministers") alter the statement."""
    said = [statement("She spoke after the meeting of the EU Council at the level of foreign ministers.")]
    sim = lambda q, ts: [0.9] * len(ts)  # noqa: E731
    other = align(parse_claim("Kallas said she spoke after a meeting of EU defence ministers."), said, (), sim)
    assert other.fidelity is Fidelity.ALTERED, other
    assert [(e.what, e.evidence_text) for e in other.edits] == [("name", "foreign ministers")]
    same = align(parse_claim("Kallas said she spoke after a meeting of EU foreign ministers."), said, (), sim)
    assert same.fidelity in AGREEING, same


def test_fidelity_a_day_next_to_undated_words() -> None:
    """Words that give no day, next to a sentence about the same thing that gives another day than the claim: the
    claim's day is contradicted there; the same day, or a sentence about something else, is no contradiction."""
    text = "the Berlin discussions with Ukraine would continue"
    context = ("The negotiations are set to continue on Monday, December 15, the agency noted. Witkoff also confirmed "
               "the Berlin discussions with Ukraine would continue. He flew home on Tuesday.")  # fmt: skip
    said = [replace(statement(text, speaker="Steve Witkoff"), context=context)]
    sim = lambda q, ts: [0.9] * len(ts)  # noqa: E731
    told = "Witkoff said the Berlin discussions with Ukraine would continue on {}."
    other = align(parse_claim(told.format("Wednesday, December 17")), said, (), sim)
    assert [(e.what, e.claim_text) for e in other.edits] == [("number", "17, Wednesday")], other
    same = align(parse_claim(told.format("Monday, December 15")), said, (), sim)
    assert not [e for e in same.edits if e.what == "number"], same


def test_fidelity_a_statement_giving_the_claims_date_itself_is_not_outdated() -> None:
    """"... were among the Kremlin's key demands during the Istanbul talks in April 2022", reported in December
    2025: the text dates what it tells as the claim does (a day or month with its year), whenever it was reported;
    another year there is still another time."""
    text = "Neutral status was among the key demands of the Kremlin during the Istanbul talks in April 2022."
    said = [statement(text, speaker="Kremlin", said=date(2025, 12, 14))]
    claim = parse_claim("In April 2022, the Kremlin demanded neutral status during the Istanbul talks.")
    assert align(claim, said).fidelity in AGREEING
    later = parse_claim("In April 2023, the Kremlin demanded neutral status during the Istanbul talks.")
    assert align(later, said).fidelity is Fidelity.OUTDATED


def test_fidelity_a_claims_conditional_denied_outright_by_the_speaker_is_reversed() -> None:
    """"Written assurances would be enough for Ukraine as long as Washington signs them" against "paper assurances
    are insufficient": what the claim says holds under its condition, the speaker denies under none. Not when the
    speaker's denial is itself under a condition (a clause of a conditional remark)."""
    said = [statement("Paper assurances are insufficient for Ukraine, and Europe must be prepared to do more.")]
    claim = parse_claim("Kallas said paper assurances would be enough for Ukraine as long as Washington signs them.")
    assert align(claim, said).fidelity is Fidelity.NEGATION_FLIPPED
    conditional = [statement("So if they concede, paper assurances are insufficient for Ukraine, and we must do more.")]
    assert align(claim, conditional).fidelity is not Fidelity.NEGATION_FLIPPED


def test_anchors_a_capital_where_something_took_place_is_the_city() -> None:
    claim = parse_claim("Kallas gave her interview to AFP during a visit to Kyiv.")
    # "Kyiv" stands for Ukraine as a government, not where a visit went.
    assert anchors_present(claim, "Kallas spoke to AFP about the occupation of Ukraine.", numbers=False) < 1.0
    assert anchors_present(claim, "Kallas spoke to AFP during her visit to Kyiv.", numbers=False) == 1.0
    government = parse_claim("Kyiv could drop its bid to join NATO, Kallas told AFP.")
    assert anchors_present(government, "Kallas told AFP that Ukraine could drop its NATO bid.", numbers=False) == 1.0


def test_fidelity_a_loose_reversal_needs_a_plain_negation() -> None:
    """A statement sharing few of the claim's words is reversed only by a plain "not", "no" or "little": "without"
    may only qualify ("Europe alone, without the Americans")."""
    from saidwhen.records import Edit
    from saidwhen.verify.fidelity import _plainly_negated

    assert _plainly_negated(Edit(EditKind.ADDED, "negation", "", None, "guarantees don't need to be binding"))
    assert _plainly_negated(Edit(EditKind.ADDED, "negation", "", None, "little progress was made"))
    assert _plainly_negated(Edit(EditKind.CHANGED, "negation", "no", None, ""))
    assert not _plainly_negated(Edit(EditKind.ADDED, "negation", "", None, "Europe alone, without the Americans"))
    assert not _plainly_negated(Edit(EditKind.ADDED, "negation", "", None, "a little progress was made"))


def test_anchors_a_peoples_adjective_on_what_its_state_does_names_the_country() -> None:
    claim = parse_claim("Trump has backed NATO membership as Ukraine's security guarantee against Russia.")
    told = "Trump has ruled out NATO membership for Ukraine as a security guarantee against future Russian aggression."
    assert anchors_present(claim, told, numbers=False) == 1.0
    # ... not on what its people say or write: "Russian media" is not Russia.
    media = "Trump has ruled out NATO membership for Ukraine as a security guarantee, Russian media say."
    assert anchors_present(claim, media, numbers=False) < 1.0


def test_anchors_the_alliance_is_nato() -> None:
    claim = parse_claim("Moscow demanded that Ukraine stay out of NATO.")
    assert anchors_present(claim, "A commitment by Ukraine not to join the alliance was among the demands.") == 1.0
    assert anchors_present(claim, "A commitment by Ukraine not to join the bloc was among the demands.") < 1.0


def test_lexical_recall_what_such_things_point_back_to_is_what_the_narration_said_of_them() -> None:
    from saidwhen.verify.matching import lexical_recall

    claim = "any security guarantees offered in exchange for NATO membership must be legally binding"
    text = "that any such guarantees must be legally binding"
    narration = "He said dropping NATO membership would be possible solely in exchange for binding security guarantees."
    assert lexical_recall(claim, text, context=narration) > lexical_recall(claim, text)
    # Not when the statement named them itself first, nor from what a question asks.
    harris = "there will be a federal tax on your home for slavery reparations"
    told = "Harris proposed a federal tax on homes to pay for reparations."
    said = "Harris voiced support for slavery reparations, what form those reparations would take is unclear."
    assert lexical_recall(harris, said, context=told) == lexical_recall(harris, said)
    own = "Harris voiced support; what form those reparations would take is unclear."
    asked = "Has Harris proposed a federal tax on homes to pay for reparations? No."
    assert lexical_recall(harris, own, context=asked) < lexical_recall(harris, own, context=told)


@pytest.mark.parametrize(
    ("text", "context", "named"),
    [
        ("The Ukrainian minister did not go into detail.", "I think what Minister Sybiha [Andriy Sybiha – Foreign "
         "Minister of Ukraine] was explaining ...", ["Sybiha"]),
        ("The envoy said progress was made.", "U.S. special envoy Steve Witkoff met them.", ["Witkoff"]),
        ("The envoy said progress was made.", "The envoy of the U.S. met them.", []),  # no name after it
        ("The minister did not go into detail.", "Minister Sybiha and Minister Lammy spoke.", []),  # which one?
        ("Sybiha did not go into detail.", "Minister Sybiha spoke.", []),  # named by name, not office
    ],
)
def test_fidelity_a_person_named_by_office_is_the_one_the_context_names_so(
    text: str, context: str, named: list[str]
) -> None:
    from saidwhen.verify.wording import named_by_office

    assert named_by_office(text, context) == named


@pytest.mark.parametrize(
    ("claim", "record", "swapped"),
    [
        ("Kallas met Rubio in Paris", "Kallas met Lavrov in Paris, not Rubio", True),  # not a name running on
        ("Zelensky wants Article 5-style guarantees from Washington", "the bilateral security guarantees between "
         "Ukraine and the United States, specifically Article 5–like guarantees from the United States for us", False),
    ],
)
def test_fidelity_a_name_swapped_is_not_one_that_runs_on(claim: str, record: str, swapped: bool) -> None:
    from saidwhen.records import Evidence, Span
    from saidwhen.verify import wording

    unit = wording.units(Evidence("a1", Span(0, len(record)), record, "/c/a1.txt", None, None))[0]
    edits = wording.swapped(claim, unit, (0, len(unit.text)))
    assert any(e.what == "name" for e in edits) is swapped


@pytest.mark.parametrize(
    ("claim", "said", "expected"),
    [
        # The course urged is the case a condition puts: the condition stripped.
        ("Kallas said Ukraine ought to give up on NATO.",
         "NATO is enshrined in their constitution. So if they concede into this, then we need strong guarantees.",
         Fidelity.CONDITION_STRIPPED),
        ("Kallas said Georgia must abandon its EU bid.",
         "If the EU bid is off the table, then Georgia will need other partners.", Fidelity.CONDITION_STRIPPED),
        # A condition on something else, or the course urged under no condition, is not it.
        ("Kallas said Ukraine ought to give up on NATO.",
         "If Russia attacks again, then we need strong guarantees for Ukraine.", Fidelity.NOT_FOUND),
        ("Kallas said Georgia must abandon its EU bid.",
         "If Armenia gives up its claims, then Georgia will need other partners.", Fidelity.NOT_FOUND),
        ("Kallas said Ukraine ought to give up on NATO.",
         "If NATO keeps its door open, then Ukraine will need strong guarantees until it joins.", Fidelity.NOT_FOUND),
        # Who is told to give it up is named around the statement ("Ukraine"), or it is not about them.
        ("Kallas said Georgia should give up NATO.",
         "NATO is enshrined in their constitution. So if they concede into this, then we need strong guarantees.",
         Fidelity.NOT_FOUND),
    ],
)
def test_align_advice_made_of_a_giving_up_put_as_a_condition(claim: str, said: str, expected: Fidelity) -> None:
    named = "Ukraine and Georgia's neighbours" if "Georgia must" in claim else "Ukraine"
    around = f"Kallas spoke of {named}. {said}"
    assert align(parse_claim(claim), [replace(statement(said), context=around)]).fidelity is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Kallas said Ukraine should not give up NATO.", Fidelity.NOT_FOUND),
        ("Kallas said Ukraine should never give up on joining NATO.", Fidelity.NOT_FOUND),
        # The negation told, or denied, is the statement's own.
        ("Kallas said the minister did not go into detail about abandoning NATO membership.", AGREEING),
        ("Kallas said the minister went into great detail about abandoning NATO membership.",
         {Fidelity.NEGATION_FLIPPED}),
    ],
)
def test_align_a_negation_outside_what_the_statement_is_about(claim: str, expected: object) -> None:
    said = [statement("According to Kallas, the Ukrainian minister did not go into detail about the issue of "
                      "abandoning NATO membership.")]
    found = align(parse_claim(claim), said).fidelity
    assert found in expected if isinstance(expected, (set, frozenset)) else found is expected
