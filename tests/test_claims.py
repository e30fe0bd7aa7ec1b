"""Claim understanding: speaker, content, quotes, time, modality, negation, numbers, bad input."""

from __future__ import annotations

from datetime import date

import pytest

from saidwhen.errors import QueryError
from saidwhen.records import Granularity, Modality
from saidwhen.settings import Settings
from saidwhen.verify import text as tx
from saidwhen.verify.claims import (
    as_reply,
    by_its_author,
    clauses,
    consequent,
    dash_signed,
    inferred,
    parse_claim,
    said_it,
    spelled_dates,
    truecased,
    unshouted,
    without_comment,
    without_comparison,
    without_hearsay,
    without_thread_marks,
    yearless_month,
)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Kaja Kallas said Europe has abandoned discussions of Ukraine's NATO membership.", "Kaja Kallas", "said",
         "Europe has abandoned discussions of Ukraine's NATO membership"),
        ("Kallas said Russia wants this peace.", "Kallas", "said", "Russia wants this peace"),
        ("According to Zelenskyy, Ukraine will never give up Donbas.", "Zelenskyy", "according to",
         "Ukraine will never give up Donbas"),
        ("Ukraine will hold elections in 2026, according to President Zelensky.", "Zelensky", "according to",
         "Ukraine will hold elections in 2026"),
        ('Kallas: "Russia does not want this peace"', "Kallas", ":", "Russia does not want this peace"),
        ('"Russia will try to divide us," Kallas said on Feb. 18, 2025.', "Kallas", "said", "Russia will try to divide us"),  # noqa: E501
        ("Ukrainian President Volodymyr Zelenskyy said on Sunday that the offer was a compromise.",
         "Volodymyr Zelenskyy", "said", "the offer was a compromise"),
        ("EU foreign policy chief Kaja Kallas told AFP that there was no reason to offer concessions.",
         "Kaja Kallas", "told", "there was no reason to offer concessions"),
        ("In March 2020, Trump claimed that the virus would disappear.", "Trump", "claimed", "the virus would disappear"),  # noqa: E501
        ("Zelenskyy acknowledged that Ukraine could forgo NATO membership.", "Zelenskyy", "acknowledged",
         "Ukraine could forgo NATO membership"),
        # A scene-setting phrase before the attribution is skipped.
        ("In a December 2025 interview with AFP, Kallas said NATO's umbrella is the only guarantee.", "Kallas",
         "said", "NATO's umbrella is the only guarantee"),
        ("On December 15, 2025, after a meeting of EU foreign ministers, Kallas warned that Russia will try to "
         "divide us.", "Kallas", "warned", "Russia will try to divide us"),
        # An outlet reporting someone's words: the someone is the speaker.
        ("According to Reuters, Zelensky's aide Dmytro Lytvyn said the president would comment later.",
         "Dmytro Lytvyn", "said", "the president would comment later"),
        ("Zelensky compared concessions to Russia to appeasement.", "Zelensky", "compared",
         "concessions to Russia to appeasement"),
        # Headline form: "Name: content" without quote marks.
        ("Kallas: It's up to Ukrainians to decide", "Kallas", ":", "It's up to Ukrainians to decide"),
        # "In X's account / words / view," names the speaker; a reaction before the attribution is scene-setting.
        ("In Zelenskyy's account, some partners did not back the bid.", "Zelenskyy", "according to",
         "some partners did not back the bid"),
        ("Responding to the offer to drop the bid, Kallas said NATO's umbrella works.", "Kallas", "said",
         "NATO's umbrella works"),
        ("Kallas demanded that all member states give Ukraine guarantees.", "Kallas", "demanded",
         "all member states give Ukraine guarantees"),
        # A headline label is no speaker: the attribution after it is; a role before a headline name is not.
        ("BREAKING: Zelenskyy announces Ukraine is abandoning its bid.", "Zelenskyy", "announces",
         "Ukraine is abandoning its bid"),
        ("EU foreign policy chief Kallas: NATO membership is out of the question", "Kallas", ":",
         "NATO membership is out of the question"),
        # "EU's Kallas": the possessive says whose, the name is the speaker.
        ("EU's Kallas admits Ukraine is agreeing to everything.", "Kallas", "admits", "Ukraine is agreeing to everything"),  # noqa: E501
        # "X on <topic>: '...'": the topic is not the words.
        ("Kallas on Ukraine's NATO membership: 'this is out of the question'", "Kallas", ":",
         "this is out of the question"),
        ("Kallas is calling for Western troops on the ground.", "Kallas", "is calling for", "Western troops on the ground"),  # noqa: E501
        ("Kallas has dismissed as 'totally untrue' Moscow's argument.", "Kallas", "dismissed",
         "'totally untrue' Moscow's argument"),
        ("Ukraine's goal is written into its constitution, Kallas pointed out.", "Kallas", "pointed out",
         "Ukraine's goal is written into its constitution"),
        # A person reporting what someone else said is the speaker; an outlet reporting it is not.
        ("According to Kallas, Sybiha explained Kyiv's position in detail.", "Kallas", "according to",
         "Sybiha explained Kyiv's position in detail"),
        ("According to the Kyiv Independent, Zelenskyy said the talks were constructive.", "Zelenskyy", "said",
         "the talks were constructive"),
        # "told EU ministers that": whom they told is not what was said.
        ("Foreign Minister Andriy Sybiha told EU ministers that Ukraine would amend its constitution.",
         "Andriy Sybiha", "told", "Ukraine would amend its constitution"),
        # A headline whose speaker is a description with a role noun.
        ("The EU's top diplomat: guarantees cannot be papers or promises", "The EU's top diplomat", ":",
         "guarantees cannot be papers or promises"),
        # A time between the speaker and the cue is not part of the speaker's name.
        ("Zelenskyy on Sunday called the offer 'a compromise on our part'", "Zelenskyy", "called",
         "the offer 'a compromise on our part'"),
        ("Kallas last week said Russia is not in a good place.", "Kallas", "said", "Russia is not in a good place"),
        # A fact-check's findings: "found that", "concluded that".
        ("StopFake found that Kallas was talking about interim arrangements.", "StopFake", "found",
         "Kallas was talking about interim arrangements"),
        # Headline forms: a bare body's role, the listener named, the quoted words first.
        ("EU foreign affairs chief: if Putin gets Donbas, Europe will be safe.", "EU foreign affairs chief", ":",
         "if Putin gets Donbas, Europe will be safe"),
        ("Kallas to AFP: after 9/11 you would have sat down with bin Laden", "Kallas", ":",
         "after 9/11 you would have sat down with bin Laden"),
        ("Zelensky to reporters: we will not give up.", "Zelensky", ":", "we will not give up"),
        ("'Out of the question': EU foreign-affairs chief slams the door on Kyiv joining NATO.",
         "EU foreign-affairs chief", ":", "Out of the question"),
        # A speaker inside the scene-setting phrase set the scene; the attribution comes after it.
        ("Speaking in December, as Zelenskyy floated dropping the bid, Kallas said Estonia fears Russia.", "Kallas",
         "said", "Estonia fears Russia"),
        # Lower-case words before the name: "according to fact-checkers at StopFake".
        ("According to fact-checkers at StopFake, Kallas backed Kyiv joining NATO.", "StopFake", "according to",
         "Kallas backed Kyiv joining NATO"),
        # "asked why ...": the question is the content.
        ("Kallas asked why Russia should get anything more.", "Kallas", "asked", "why Russia should get anything more"),
        ("Brussels' top diplomat warned that other regions are in danger.", "Brussels' top diplomat", "warned",
         "other regions are in danger"),
        # A headline placing the words after an event; "slammed" as a verb that rejects what follows.
        ("Trump's envoy Witkoff after the Berlin sit-down with Zelenskyy: \"a lot of progress was made\"", "Witkoff",
         ":", "a lot of progress was made"),
        ("Kallas slammed the claim that the bid provoked the war as 'totally untrue'", "Kallas", "slammed",
         "the claim that the bid provoked the war as 'totally untrue'"),
        # A long scene-setting phrase; "As X put it"; "Per" and "the X fact-check" for "according to X".
        ("Speaking at a press conference in Brussels on 15 December 2025 after the EU foreign ministers' meeting, "
         "Kallas maintained that it is up to Ukrainians to decide.", "Kallas", "maintained",
         "it is up to Ukrainians to decide"),
        ("As Kallas put it, Donbas is not Putin's end game.", "Kallas", "according to",
         "Donbas is not Putin's end game"),
        ("Per Reuters, Lytvyn said the president would comment.", "Lytvyn", "said", "the president would comment"),
        # A time opening the claim with no comma before the speaker.
        ("Back in February Kallas called the idea 'totally untrue'.", "Kallas", "called", "the idea 'totally untrue'"),
        # ... a time or a town opening it without a comma, before a described speaker
        ("On Sunday the Ukrainian president said Ukraine could forgo NATO.", "the Ukrainian president", "said",
         "Ukraine could forgo NATO"),
        ("In Berlin the Ukrainian president said Ukraine could forgo NATO.", "the Ukrainian president", "said",
         "Ukraine could forgo NATO"),
        ("In Berlin Zelenskyy said Ukraine could forgo NATO.", "Zelenskyy", "said", "Ukraine could forgo NATO"),
        ("On Monday Kallas said Russia wants peace.", "Kallas", "said", "Russia wants peace"),
        # A headline placing the words at a place or occasion.
        ("Kallas at the Brussels press conference: \"Putting the pressure on Russia is our policy.\"", "Kallas", ":",
         "Putting the pressure on Russia is our policy"),
        ("According to the StopFake fact-check, the quote was circulated by Russian media.", "StopFake",
         "according to", "the quote was circulated by Russian media"),
        # A comment before a colon opening a post, then the attribution.
        ("The Estonian went there: Kallas likened concessions to appeasement.", "Kallas", "likened",
         "concessions to appeasement"),
        # "contended"; "reported" / "indicated" only before "that".
        ("Kallas contended that Russia is weak.", "Kallas", "contended", "Russia is weak"),
        ("StopFake reported that the quote was fabricated.", "StopFake", "reported", "the quote was fabricated"),
        # Readers' words: an opinion ("reckons", "feels"), a manner before the cue ("pretty much said").
        ("Kallas reckons Russia must give something up.", "Kallas", "reckons", "Russia must give something up"),
        ("Kallas feels Russia should pay.", "Kallas", "feels", "Russia should pay"),
        ("Kallas pretty much said it is up to Ukrainians.", "Kallas", "said", "it is up to Ukrainians"),
        ("Zelensky basically admitted the bid was dead.", "Zelensky", "admitted", "the bid was dead"),
        ("Kallas literally said Ukraine is agreeing.", "Kallas", "said", "Ukraine is agreeing"),
        ("Kallas made the point that paper guarantees are worthless.", "Kallas", "made", "paper guarantees are "
         "worthless"),
        ("Witkoff came out of Berlin saying nothing was achieved.", "Witkoff", "came", "nothing was achieved"),
        ("Witkoff went on to say nothing was achieved.", "Witkoff", "went", "nothing was achieved"),
        # A description between dashes, a title shortened ("FM", "PM"): who said it is the name.
        ("Kallas — the former prime minister — says Russia is weak.", "Kallas", "says", "Russia is weak"),
        ("FM Sybiha told ministers that Kyiv will refuse.", "Sybiha", "told", "Kyiv will refuse"),
        ("Mrs Kallas said Russia is weak.", "Kallas", "said", "Russia is weak"),
        ("Even the EU's top diplomat concedes that Ukraine agrees.", "the EU's top diplomat", "concedes",
         "Ukraine agrees"),
        ("Kallas put it bluntly: Russia is weak.", "Kallas", "put", "Russia is weak"),
        ("Kallas in Brussels on Monday said Russia is collapsing.", "Kallas", "said", "Russia is collapsing"),
        ("Kallas in Brussels said Russia is collapsing.", "Kallas", "said", "Russia is collapsing"),
        ("Kaja Kallas is now calling for troops on the ground.", "Kaja Kallas", "is now calling for",
         "troops on the ground"),
        ("According to Kallas herself, Sybiha explained it.", "Kallas", "according to", "Sybiha explained it"),
        ("Mr Zelensky said it is a compromise.", "Zelensky", "said", "it is a compromise"),
        ("Zelenskyy finally admitted the chances were thin.", "Zelenskyy", "admitted", "the chances were thin"),
        # Whom the speaker told to do something is who is to do it: "told Ukraine to give up" keeps Ukraine.
        ("Kallas told Ukraine to give up on NATO.", "Kallas", "told", "Ukraine to give up on NATO"),
        ("Kallas told AFP that Russia is weak.", "Kallas", "told", "Russia is weak"),
        # The listener without a "that"; a name after the listener is what was said; a "that" after a verb is relative.
        ("Kallas told reporters Russia is in a good place.", "Kallas", "told", "Russia is in a good place"),
        ("Kallas told AFP Europe should offer concessions.", "Kallas", "told", "Europe should offer concessions"),
        ("Kallas told us Russia is weak.", "Kallas", "told", "Russia is weak"),
        ("Kallas told AFP NATO's umbrella is the only guarantee that works.", "Kallas", "told",
         "NATO's umbrella is the only guarantee that works"),
        # Whom and where, with commas, before "that".
        ("Zelenskyy told reporters in a WhatsApp chat on Monday, December 15, that it was a compromise.",
         "Zelenskyy", "told", "it was a compromise"),
        # Where and when, then a colon and the quoted words: the setting is not what was said.
        ("Zelenskyy said in a WhatsApp chat with reporters on Sunday: 'And this already is a compromise.'",
         "Zelenskyy", "said", "And this already is a compromise"),
        ("Kallas said on Monday: \"Russia does not want this peace.\"", "Kallas", "said",
         "Russia does not want this peace"),
        # A perfect tense before the cue; taking up "the claim that ..." as one's own.
        ("Kallas has repeatedly insisted that Russia wants peace.", "Kallas", "insisted", "Russia wants peace"),
        ("Kallas had warned Russia would try to divide us.", "Kallas", "warned", "Russia would try to divide us"),
        ("Kallas has backed the claim that NATO provoked the war.", "Kallas", "backed",
         "the claim that NATO provoked the war"),
        # A longer setting before "that": where, and a month with a possessive.
        ("Kallas said at her December press conference in Brussels that NATO's umbrella works.", "Kallas", "said",
         "NATO's umbrella works"),
        # A description with "a": "A Zelenskyy aide said ...".
        ("A Zelenskyy aide said the president would comment later.", "A Zelenskyy aide", "said",
         "the president would comment later"),
        # "agrees (that)"; unquoted words in the first person after "Name in Place:".
        ("Kallas agrees Russia is weak.", "Kallas", "agrees", "Russia is weak"),
        ("Kallas agrees with Moscow that Russia is weak.", "Kallas", "agrees", "Russia is weak"),
        ("Kallas in Brussels on Monday: pressuring Russia is our policy", "Kallas", ":",
         "pressuring Russia is our policy"),
        # "Name, on topic: '...'"
        ("Kallas, on Russia: 'They are in a good place.'", "Kallas", ":", "They are in a good place"),
        # "Name, after <event>: words": the event is when, with or without a comma after the name.
        ("Zelensky, after 5-hour Berlin talks: guarantees don't need to be binding", "Zelensky", ":",
         "guarantees don't need to be binding"),
        # Whom an appeal was made to is not what was said.
        ("Kallas urged partners not to walk into Russia's traps.", "Kallas", "urged",
         "not to walk into Russia's traps"),
        ("Kallas urged Ukraine to give up NATO.", "Kallas", "urged", "Ukraine to give up NATO"),
        # A comma after "that" ("said in February 2025 that, if ...").
        ("Kallas said in February 2025 that, if Ukraine concedes, it needs guarantees.", "Kallas", "said",
         "if Ukraine concedes, it needs guarantees"),
        # A setting of several pieces before "that" (a day, a date, a place or an event), each after a comma.
        ("Kallas said on Monday, December 15, in Brussels that NATO's umbrella works.", "Kallas", "said",
         "NATO's umbrella works"),
        ("Kallas said on December 15, after the talks in Berlin, that Russia will try to divide us.", "Kallas",
         "said", "Russia will try to divide us"),
        # A headline dating (and placing) the words: what follows the colon is the speaker's, quoted or not.
        ("Kallas in Brussels on Dec. 15: claims that NATO provoked the war are 'untrue'", "Kallas", ":",
         "claims that NATO provoked the war are 'untrue'"),
        ("Zelensky on Monday, Dec. 15: the guarantees are a compromise", "Zelensky", ":",
         "the guarantees are a compromise"),
        # The quoted words first, then who said them, to whom, where and when; an apostrophe closes no quote.
        ('"Putting the pressure on Russia is our policy," Kallas said at a press conference in Brussels after a '
         'meeting of EU foreign ministers.', "Kallas", "said", "Putting the pressure on Russia is our policy"),
        ('"The only thing that works is NATO\'s umbrella," Kallas told AFP.', "Kallas", "told AFP",
         "The only thing that works is NATO's umbrella"),
        ("Russia will lose, Kallas told reporters.", "Kallas", "told reporters", "Russia will lose"),
        # ... and after an event, between commas.
        ("Kallas on Feb. 18, after the US-Russia talks in Saudi Arabia: Russia will try to divide us", "Kallas", ":",
         "Russia will try to divide us"),
        # A date with its year in the setting; "according to" a speaker named by role, before or after.
        ("Kallas said on December 15, 2025 that pressure on Russia is the policy.", "Kallas", "said",
         "pressure on Russia is the policy"),
        ("Guarantees must be tangible, according to the EU's top diplomat.", "the EU's top diplomat", "according to",
         "Guarantees must be tangible"),
        ("According to Ukraine's foreign minister, Kyiv is open to talks.", "Ukraine's foreign minister",
         "according to", "Kyiv is open to talks"),
        # More settings between the cue and "that": an activity ("answering reporters ..."), an event between commas.
        ("Zelenskyy said on Sunday, answering reporters in a chat, that the offer was a compromise.", "Zelenskyy",
         "said", "the offer was a compromise"),
        ("Kallas said, in response to Zelenskyy's offer, that it is up to Ukrainians.", "Kallas", "said",
         "it is up to Ukrainians"),
        # Headline forms: a described speaker's name after the title, a time before the colon, initials and a role.
        ("EU's top diplomat Kallas: it is up to Ukrainians to decide", "Kallas", ":",
         "it is up to Ukrainians to decide"),
        ("Kallas back in February: NATO's umbrella is the only guarantee that works", "Kallas", ":",
         "NATO's umbrella is the only guarantee that works"),
        ("EU top diplomat says Russia wants peace", "EU top diplomat", "says", "Russia wants peace"),
        # A verb taking a claim up before a name: the name is whose claim, not the speaker.
        ("The EU's top diplomat endorsed Moscow's claim that NATO provoked the war.", "The EU's top diplomat",
         "endorsed", "Moscow's claim that NATO provoked the war"),
        # A titled speaker before the colon: the title is not the name.
        ("Zelenskyy aide Dmytro Lytvyn: \"this is a compromise\"", "Dmytro Lytvyn", ":", "this is a compromise"),
        # Quoted words, then when and where they were said: the setting is not the words.
        ("Kallas said \"Russia will try to divide us\" on Feb. 18 following talks in Turkey.", "Kallas", "said",
         "Russia will try to divide us"),
        # After a title, a name and a colon open the words, quoted or not; a titled speaker after an event too.
        ("Estonia's ex-prime minister Kaja Kallas: the Baltic country joined NATO", "Kaja Kallas", ":",
         "the Baltic country joined NATO"),
        ("EU foreign policy chief Kallas after the foreign ministers' meeting in Brussels: only Ukrainians decide",
         "Kallas", ":", "only Ukrainians decide"),
        # A work speaks for its author; a speaker by role, then when and where, then the words.
        ("A readout posted by U.S. Special Envoy Steve Witkoff on December 14, 2025 said the meeting took five hours.",
         "Steve Witkoff", "said", "the meeting took five hours"),
        ("The Ukrainian president said on Sunday, answering reporters' questions in a chat, that it was a compromise.",
         "The Ukrainian president", "said", "it was a compromise"),
        # An adverb opening the sentence is no part of the speaker's name.
        ("Even Kallas concedes that NATO provoked the war.", "Kallas", "concedes", "NATO provoked the war"),
        # Whose claim was judged is not who spoke: the speaker is the one who called it untrue.
        ("The EU's top diplomat called Russia's claim that NATO provoked the war 'totally untrue'.",
         "The EU's top diplomat", "called", "Russia's claim that NATO provoked the war 'totally untrue'"),
        # "As X himself conceded to reporters <setting>, ...": X's words follow the setting.
        ("As Zelensky himself conceded to reporters before the Berlin talks, some partners never backed the bid.",
         "Zelensky", "according to", "some partners never backed the bid"),
        ("As EU High Representative Kaja Kallas observed in Brussels on December 15, 2025, it is up to Ukrainians.",
         "Kaja Kallas", "according to", "it is up to Ukrainians"),
    ],
)  # fmt: skip
def test_claims_attribution(text: str, speaker: str, cue: str, content: str) -> None:
    claim = parse_claim(text)
    assert claim.speaker == speaker
    assert claim.cue == cue
    assert claim.content == content
    assert claim.content_span.of(claim.text) == content
    assert claim.speaker_span is not None and claim.speaker_span.of(claim.text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Russia wants this peace.",
        "The claim that Biden said X is false.",
        "She said the war will end soon.",  # a pronoun is not a speaker
        "It says here that prices rose.",
        "NEAR(Kallas Russia) * -peace",
        "In Berlin, the talks lasted five hours.",  # a scene-setting phrase, then no attribution
        "Spraying of Naira notes is an offence in Nigeria.",  # "notes" is a noun here, not a cue
        "Breaking: Russia wants peace.",  # a headline label, not a speaker
        "NATO's 2023 summit in Washington declared Ukraine's path irreversible.",  # a place, not a speaker
        'The NATO summit at which allies called the path "irreversible" was held in Vilnius.',  # a relative clause
        "Investigators found the documents in Kyiv.",  # "found" reports words only before "that"
        "The bottom line: Russia wants peace.",  # a headline label without a role noun is no speaker
        "Moscow reported record losses.",  # "reported" reports words only before "that"
        "Kallas supported Ukraine's bid.",  # "supported" reports words only before "the claim that"
        "Kallas agreed to meet Rubio.",  # agreeing to do something says nothing
        "A man said hello there.",  # "a" before no role noun: no description of a speaker
        "Talks in Berlin: no deal yet",  # unquoted words after a place, none in the first person
        "The Berlin talks where Zelensky floated dropping NATO took place in November 2025.",  # a relative clause
    ],
)
def test_claims_unattributed(text: str) -> None:
    claim = parse_claim(text)
    assert claim.speaker is None
    assert not claim.attributed


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Kallas: "Russia does not want this peace"', ("Russia does not want this peace",)),
        ("Joe Biden said 'children have a right to transition'.", ("children have a right to transition",)),
        ('Kallas called the claims "totally untrue" and "Russian narrative".', ("totally untrue", "Russian narrative")),
        ("Kallas said Russia wants this peace.", ()),
        ("Zelenskyy warned that 'Donbas is not Putin's end game' and more.", ("Donbas is not Putin's end game",)),
        ("Kallas said Russia's army and Ukraine's army are tired.", ()),
    ],
)
def test_claims_quoted_words_kept_verbatim(text: str, quoted: tuple[str, ...]) -> None:
    assert parse_claim(text).quoted == quoted


@pytest.mark.parametrize(
    ("text", "modality", "negated"),
    [
        ("Kallas said Russia wants this peace.", Modality.FACT, False),
        ("Kallas said Russia does not want this peace.", Modality.FACT, True),
        ("Kallas said Russia doesn't want this peace.", Modality.FACT, True),
        ("Zelenskyy said Kyiv could drop its NATO bid.", Modality.HEDGED, False),
        ("Zelenskyy said Kyiv will drop its NATO bid if it gets guarantees.", Modality.CONDITIONAL, False),
        ("Zelenskyy said Kyiv will drop its NATO bid in exchange for guarantees.", Modality.CONDITIONAL, False),
        ("Ukraine could, in theory, forgo NATO membership.", Modality.HEDGED, False),
        ("Ukraine will never join NATO.", Modality.FACT, True),
    ],
)
def test_claims_modality_and_negation(text: str, modality: Modality, negated: bool) -> None:
    claim = parse_claim(text)
    assert claim.modality is modality
    assert claim.negated is negated


@pytest.mark.parametrize(
    ("text", "numbers", "entities"),
    [
        ("Kallas said Ukraine should join the European Union by 2027.", ("2027",), ("Ukraine", "European Union")),
        ("More than 225,000 people died; 160,000 fewer would have.", ("225,000", "160,000"), ()),
        ("Zelenskyy said Kyiv could drop its bid if the United States and Europe give guarantees.", (),
         ("Kyiv", "United States", "Europe")),
        ("Inflation hit 9.1% in the United States in June 2022.", ("9.1%", "2022"), ("United States",)),
    ],
)  # fmt: skip
def test_claims_numbers_and_entities(text: str, numbers: tuple[str, ...], entities: tuple[str, ...]) -> None:
    claim = parse_claim(text)
    assert claim.numbers == numbers
    for entity in entities:
        assert entity in claim.entities
    assert claim.speaker is None or all(claim.speaker not in e for e in claim.entities)


@pytest.mark.parametrize(
    ("text", "resolved", "granularity"),
    [
        ('"Russia will try to divide us," Kallas said on Feb. 18, 2025.', date(2025, 2, 18), Granularity.DAY),
        ("In March 2020, Trump claimed that the virus would disappear.", date(2020, 3, 1), Granularity.MONTH),
        ("Kallas said on 2025-12-15 that Russia does not want peace.", date(2025, 12, 15), Granularity.DAY),
        ("Unemployment fell in 2019.", date(2019, 1, 1), Granularity.YEAR),
        (
            "In a December 2025 interview, Kallas said Russia will try to divide us.",
            date(2025, 12, 1),
            Granularity.MONTH,
        ),
        (
            "On December 15, 2025, after a meeting, Kallas said Russia will try to divide us.",
            date(2025, 12, 15),
            Granularity.DAY,
        ),
        ("Kallas said Ukraine should join the European Union by 2027.", None, None),  # a deadline, not a time
    ],
)
def test_claims_time_referred_to(text: str, resolved: date | None, granularity: Granularity | None) -> None:
    when = parse_claim(text).when
    if resolved is None:
        assert when is None
    else:
        assert when is not None and when.resolved == resolved and when.granularity is granularity


def test_claims_month_without_a_year_is_read_not_resolved() -> None:
    when = parse_claim("This December, Kallas said there was no reason to offer Russia concessions.").when
    assert when is not None and when.resolved is None and yearless_month(when) == 12
    feb = parse_claim("Kallas said on Feb. 18 that Russia will divide us.").when
    assert feb is not None and yearless_month(feb) is None


def test_claims_relative_time_is_not_resolved() -> None:
    when = parse_claim("Zelenskyy said on Sunday that the offer was a compromise.").when
    assert when is not None and when.relative and when.resolved is None


def test_claims_said_by_and_on_override() -> None:
    claim = parse_claim("Russia wants peace", said_by="Kaja Kallas", on=date(2025, 12, 15))
    assert claim.speaker == "Kaja Kallas" and claim.speaker_span is None and claim.cue == "said"
    assert claim.content == "Russia wants peace"
    assert claim.when is not None and claim.when.resolved == date(2025, 12, 15)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x " * 1500, "limit"),
        ("Die Regierung hat gesagt, dass die Ukraine nicht der NATO beitreten wird.", "English"),
        ("Каллас сказала, что Россия хочет мира", "English"),
        ("La ministra dijo que la guerra no es una opción para el país", "English"),
        ("Kallas:", "too little"),
        ("On Monday, : x", "too little"),
        ("Kaja Kallas said that it is.", "nothing of what Kaja Kallas said"),
    ],
)
def test_claims_bad_input_raises_query_error(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_claim(text)


def test_claims_limit_comes_from_settings() -> None:
    with pytest.raises(QueryError, match="limit is 10"):
        parse_claim("Kallas said Russia wants this peace.", settings=Settings(max_claim_chars=10))


@pytest.mark.parametrize(
    "text",
    ["NEAR(Kallas, Russia)", 'Kallas* said "peace', "-Kallas said peace", 'Kallas said "Russia wants peace'],
)
def test_claims_fts_syntax_is_plain_text(text: str) -> None:
    claim = parse_claim(text)
    assert claim.text == text.strip()


def test_claims_description_speaker_resolves_to_the_one_entity_described_so() -> None:
    from saidwhen.records import Entity, EntityKind
    from saidwhen.verify.roles import resolve_speaker

    registry = [
        Entity("Kaja Kallas", EntityKind.PERSON, ("Kallas",), ("the EU’s top diplomat", "EU foreign policy chief")),
        Entity("Volodymyr Zelensky", EntityKind.PERSON, (), ("President",)),
        Entity("Volodymyr Zelenskyy", EntityKind.PERSON, ("Zelenskyy",), ("Ukrainian", "President")),
        Entity("Donald Trump", EntityKind.PERSON, ("Trump",), ("U.S. President",)),
    ]
    claim = parse_claim("The EU's top diplomat said it is up to Ukrainians to decide.")
    assert (claim.speaker, claim.content) == ("The EU's top diplomat", "it is up to Ukrainians to decide")
    assert resolve_speaker(claim, registry).speaker == "Kaja Kallas"
    # A seat of government stands for its body, with the plural possessive ("Brussels' top diplomat").
    brussels = parse_claim("Brussels' top diplomat warned that other regions are in danger.")
    assert brussels.speaker == "Brussels' top diplomat"
    assert resolve_speaker(brussels, registry).speaker == "Kaja Kallas"
    # "the bloc" is the EU of the roles; a role spelling out "European Union" fits "the EU's ...".
    bloc = parse_claim("The bloc's top diplomat stressed that guarantees must come first.")
    assert resolve_speaker(bloc, registry).speaker == "Kaja Kallas"
    # "Europe's" top diplomat is the EU's; "the head of EU diplomacy" is its chief; "the Kiev ringleader", in a
    # hostile outlet's words, Ukraine's leader.
    europe = parse_claim("Europe's top diplomat stressed that guarantees must come first.")
    assert resolve_speaker(europe, registry).speaker == "Kaja Kallas"
    head = parse_claim("The head of EU diplomacy stressed that guarantees must come first.")
    assert resolve_speaker(head, registry).speaker == "Kaja Kallas"
    ringleader = parse_claim("The Kiev ringleader admitted that the guarantees are a compromise.")
    assert resolve_speaker(ringleader, registry).speaker == "Volodymyr Zelenskyy"
    spelled = [Entity("Kaja Kallas", EntityKind.PERSON, (), ("High Representative of the European Union",))]
    assert resolve_speaker(parse_claim("The EU's high representative said talks went well."), spelled).speaker == (
        "Kaja Kallas"
    )
    # Two spellings of one person are one fit; "the president" fits two people: left as written.
    assert resolve_speaker(parse_claim("The Ukrainian president said talks went well."), registry).speaker == (
        "Volodymyr Zelenskyy"
    )
    assert resolve_speaker(parse_claim("The president said talks went well."), registry).speaker == "The president"
    # "X turned Y": the role turned to, else the one left; "PM" is a prime minister, "ex-" a former one.
    former = [*registry, Entity("Kaja Kallas", EntityKind.PERSON, (), ("former prime minister of Estonia",))]
    turned = parse_claim("Estonia's former PM turned EU diplomat said talks went well.")
    assert resolve_speaker(turned, former).speaker == "Kaja Kallas"
    left = parse_claim("Estonia's ex-PM turned novelist said talks went well.")
    assert resolve_speaker(left, former).speaker == "Kaja Kallas"
    # "a" as well as "the": "A Zelenskyy aide" is the one aide of the roles.
    aides = [*registry, Entity("Dmytro Lytvyn", EntityKind.PERSON, (), ("Zelenskyy aide",))]
    assert resolve_speaker(parse_claim("A Zelenskyy aide said talks went well."), aides).speaker == "Dmytro Lytvyn"
    # The country's name fits its adjective in a role ("Ukrainian President").
    assert resolve_speaker(parse_claim("Ukraine's president said talks went well."), registry).speaker == (
        "Volodymyr Zelenskyy"
    )
    # "US", "U.S.", "American" and "Washington's" are one country in a description.
    envoys = [Entity("Steve Witkoff", EntityKind.PERSON, ("Witkoff",), ("U.S. special envoy", "U.S. officials")),
              Entity("Kaja Kallas", EntityKind.PERSON, ("Kallas",), ("EU foreign policy chief",))]  # fmt: skip
    for described in ("The US envoy", "The American envoy", "Washington's envoy", "The United States envoy",
                      "Trump's special envoy"):  # a head of state's envoy is the country's
        assert resolve_speaker(parse_claim(f"{described} said talks went well."), envoys).speaker == "Steve Witkoff"
    # "leader" covers a president; "the Ukrainian leader" is still one person.
    assert resolve_speaker(parse_claim("The Ukrainian leader said talks went well."), registry).speaker == (
        "Volodymyr Zelenskyy"
    )
    # A document is not a speaker; a name needs no resolving.
    assert parse_claim("The report said Russia wants peace.").speaker is None
    named = parse_claim("Kallas said Russia wants peace.")
    assert resolve_speaker(named, registry) == named


def test_claims_possessive_description_speaker() -> None:
    from saidwhen.records import Entity, EntityKind
    from saidwhen.verify.roles import resolve_speaker

    registry = [Entity("Dmytro Lytvyn", EntityKind.PERSON, (), ("Zelenskyy aide",)),
                Entity("Andriy Sybiha", EntityKind.PERSON, ("Sybiha",), ("Minister",))]  # fmt: skip
    aide = parse_claim("Zelenskyy's aide said the president would comment.")
    assert (aide.speaker, aide.content) == ("Zelenskyy's aide", "the president would comment")
    assert resolve_speaker(aide, registry).speaker == "Dmytro Lytvyn"
    # Described, but nobody on record is described so: left as written (then nothing of theirs is found).
    minister = parse_claim("Ukraine's foreign minister said Ukraine is open to peace negotiations.")
    assert resolve_speaker(minister, registry).speaker == "Ukraine's foreign minister"
    assert parse_claim("Kallas's remark was taken out of context.").speaker is None
    assert parse_claim("Talks in Berlin: progress made").speaker is None


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("After the Berlin talks, Kallas warned that Russia will try to divide us.", "the Berlin talks"),
        ("Responding to Zelenskyy's offer to drop the bid, Kallas said NATO works.", "Zelenskyy's offer to drop the bid"),  # noqa: E501
        ("In response to the summit, Kallas said NATO works.", "the summit"),
        # A time word between the reaction and its object; a scene set with "As ...".
        ("Reacting this week to Zelenskyy's offer, Kallas insisted that NATO works.", "Zelenskyy's offer"),
        ("As negotiators met in Berlin this week, Kallas warned: 'Russia will try to divide us.'",
         "negotiators met in Berlin this week"),
        # After the quoted words; a time that cannot be placed ("this week") leaves it to the event.
        ("Kallas warns 'Russia will try to divide us' in response to this week's talks in Berlin.",
         "this week's talks in Berlin"),
        ('Kallas said "Russia will try to divide us" after the Berlin talks.', "the Berlin talks"),
        ("Kallas after the Berlin talks: 'Russia will try to divide us'", "the Berlin talks"),
        # "Speaking (to reporters) after ..."; a headline's place is no event.
        ("Speaking after the Berlin talks, Kallas insisted that NATO works.", "the Berlin talks"),
        ("Speaking to reporters after the Berlin talks, Kallas said NATO works.", "the Berlin talks"),
        ("Kallas at the Brussels press conference: 'Russia will try to divide us'", None),
        # Unquoted words after an event; unquoted words after a place make no headline.
        ("Kallas after Berlin talks: NATO umbrella the only guarantee that works", "Berlin talks"),
        # A date given is the time; an event with no attribution after it is not one.
        ("After the talks on December 14, 2025, Kallas said NATO works.", None),
        # A headline answering an event, with a possessive in it.
        ("Kallas hits back at Zelensky's Berlin NATO offer: 'NATO's umbrella works'", "Zelensky's Berlin NATO offer"),
        ("Kallas responds to Zelenskyy’s offer: 'NATO works'", "Zelenskyy’s offer"),
        # A time between the name and the colon.
        ("Kallas back in February: 'NATO's umbrella works'", None),
        ("After the Berlin talks, the offer stood.", None),
        ("Kallas said NATO works.", None),
        # Between the cue and "that".
        ("Kallas said after the Berlin talks that 'Russia will try to divide us.'", "the Berlin talks"),
        ("Kallas said following the December meeting of EU foreign ministers that NATO works.",
         "the December meeting of EU foreign ministers"),
    ],
)  # fmt: skip
def test_claims_event_the_words_came_after(text: str, event: str | None) -> None:
    claim = parse_claim(text)
    assert claim.speaker is not None or event is None
    assert (claim.event.of(claim.text) if claim.event else None) == event


def test_claims_circumstance_after_a_closing_cue_is_not_the_speaker() -> None:
    """'"Russia will try to divide us," Kallas warned after the December 2025 Berlin talks': the words,
    then the speaker, then when; the date counts as the time of the words."""
    claim = parse_claim('"Russia will try to divide us," Kallas warned after the December 2025 Berlin talks.')
    assert (claim.speaker, claim.cue, claim.content) == ("Kallas", "warned", "Russia will try to divide us")
    assert claim.when is not None and claim.when.text == "December 2025"


def test_claims_trailing_event_is_not_part_of_the_words() -> None:
    claim = parse_claim("Kallas warns 'Russia will try to divide us' in response to this week's talks in Berlin.")
    assert claim.content == "Russia will try to divide us" and claim.when is None
    assert parse_claim("Zelenskyy framed swapping membership for guarantees as a concession.").cue == "framed"
    # "swapping X for Y" is an exchange: the claim keeps the condition.
    framed = parse_claim("Zelenskyy framed swapping membership for guarantees as a concession.")
    assert framed.modality is Modality.CONDITIONAL


@pytest.mark.parametrize(
    ("text", "roles", "conflict"),
    [
        ("Former Latvian prime minister Kaja Kallas said Russia is weak.", ["the former prime minister of Estonia"],
         "the former prime minister of Estonia"),
        ("Former Estonian prime minister Kaja Kallas said Russia is weak.", ["the former prime minister of Estonia"],
         None),
        ("Ukraine's defence minister Andriy Sybiha said the talks went well.", ["Foreign Minister of Ukraine"],
         "Foreign Minister of Ukraine"),
        # A prime minister is not a minister of a portfolio; a role the record does not qualify says nothing.
        ("Former Estonian prime minister Kaja Kallas said Russia is weak.", ["Foreign Minister of Ukraine"], None),
        ("Ukraine's defence minister Andriy Sybiha said the talks went well.", ["Minister"], None),
        # A title before a name in a plain claim, in apposition without an article, or as what someone is; a
        # head of state or government of another country.
        ("Ukraine's defence minister Andriy Sybiha briefed EU ministers.", ["Foreign Minister of Ukraine"],
         "Foreign Minister of Ukraine"),
        ("Andriy Sybiha, Ukraine's defence minister, briefed EU ministers.", ["Foreign Minister of Ukraine"],
         "Foreign Minister of Ukraine"),
        ("Kaja Kallas is a former president of Latvia.", ["the former prime minister of Estonia"],
         "the former prime minister of Estonia"),
        # Another head office of the same country: the record names the office she held, and it is not this one.
        ("Kaja Kallas is a former president of Estonia.", ["the former prime minister of Estonia"],
         "the former prime minister of Estonia"),
        # A titled person inside what the speaker is said to have said: the whole title, capitalised or not.
        ("Kallas said Ukrainian Defense Minister Andriy Sybiha had explained Kyiv's position.",
         ["Foreign Minister of Ukraine"], "Foreign Minister of Ukraine"),
        ("Kallas said Ukraine's foreign minister Andriy Sybiha had explained Kyiv's position.",
         ["Foreign Minister of Ukraine"], None),
        # What the claim says someone was comes before how it describes them.
        ("Kallas, the EU foreign policy chief, previously served as prime minister of Lithuania.",
         ["the former prime minister of Estonia"], "the former prime minister of Estonia"),
        ("Kallas, the EU foreign policy chief, previously served as prime minister of Estonia.",
         ["the former prime minister of Estonia"], None),
        # ... but in a speaker's words, the speaker's title is the one given
        ("Andriy Sybiha, Ukraine's defence minister, said Zelensky was the president who ended the war.",
         ["Foreign Minister of Ukraine"], "Foreign Minister of Ukraine"),
        # The title set off by commas before the name; what someone did after a name is not a title.
        ("Kallas said Ukraine's defence minister, Andriy Sybiha, had explained Kyiv's position to EU ministers.",
         ["Foreign Minister of Ukraine"], "Foreign Minister of Ukraine"),
    ],
)  # fmt: skip
def test_claims_a_title_the_record_contradicts(text: str, roles: list[str], conflict: str | None) -> None:
    from saidwhen.verify.roles import claimed_title, title_conflict

    titled = claimed_title(parse_claim(text))
    assert titled is not None
    assert title_conflict(titled[1], roles) == conflict


@pytest.mark.parametrize(
    ("text", "active"),
    [
        ("The contention that Russia was provoked was dismissed by Kallas as \"totally untrue\".", "Kallas dismissed "
         "the contention that Russia was provoked as \"totally untrue\"."),
        ("An analogy was drawn by the former prime minister between concessions and appeasement.", "The former prime "
         "minister compared concessions to appeasement."),
        ("At the press conference, it was stated by Kaja Kallas that Russia is weak.", "At the press conference, Kaja "
         "Kallas stated that Russia is weak."),
        ("Pressure on Russia was characterised by the High Representative as \"our policy\".", "The High "
         "Representative characterised pressure on Russia as \"our policy\"."),
        ("Ukraine's NATO bid was described by Kallas as enshrined.", "Kallas described Ukraine's NATO bid as "
         "enshrined."),
        # a name opening it stays one; a subject described between commas stays with its description
        ("Putin was described by Kallas as a war criminal.", "Kallas described Putin as a war criminal."),
        ("Kallas, the EU's top diplomat, was described by Zelensky as a friend.", "Zelensky described Kallas, the "
         "EU's top diplomat, as a friend."),
        ("The claim was dismissed by the EU's foreign policy chief as untrue.", "The EU's foreign policy chief "
         "dismissed the claim as untrue."),
        ("Ukraine was called by Kallas a victim.", "Ukraine was called by Kallas a victim."),
        # a passive of something done, not said, or by no one: as written
        ("The talks were hosted by Merz.", "The talks were hosted by Merz."),
        ("The idea was dismissed by many as untrue.", "The idea was dismissed by many as untrue."),
        ("The offer was made by the end of the year.", "The offer was made by the end of the year."),
        ("The offer was made by December, when talks began.", "The offer was made by December, when talks began."),
    ],
)
def test_claims_a_remark_told_in_the_passive_is_read_in_the_active(text: str, active: str) -> None:
    from saidwhen.verify.claims import in_active_voice

    assert in_active_voice(text) == active


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Russia, according to Kallas, is on the brink of collapse.", "According to Kallas, Russia is on the brink "
         "of collapse."),
        ("Russia, per the EU's top diplomat, is weak.", "Per the EU's top diplomat, Russia is weak."),
        ("Russia, Ukraine and NATO met.", "Russia, Ukraine and NATO met."),
    ],
)
def test_claims_a_source_inside_the_claim_is_read_first(text: str, read: str) -> None:
    from saidwhen.verify.claims import source_first

    assert source_first(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("December 15, 2025 – Kallas, Brussels: it is up to Ukrainians.", "Kallas said in Brussels on December 15, "
         "2025 that it is up to Ukrainians."),
        ("15 Dec 2025 — Kallas: Russia is weak.", "Kallas said on 15 Dec 2025 that Russia is weak."),
        ("December 15, 2025 – Berlin: talks resume.", "December 15, 2025 – Berlin: talks resume."),  # no person
        # The speaker first, then when and where.
        ("Kallas, Monday, Brussels: 'Putting the pressure on Russia is our policy'",
         "Kallas said on Monday in Brussels that 'Putting the pressure on Russia is our policy'"),
        ("Kallas, Brussels, Dec 15: it is up to them.", "Kallas said on Dec 15 in Brussels that it is up to them."),
        ("Kallas, EU chief: it is up to them.", "Kallas, EU chief: it is up to them."),  # no time
        ("Witkoff, Monday: talks went well.", "Witkoff, Monday: talks went well."),  # not a known person
    ],
)
def test_claims_a_timeline_entry_is_read_as_what_was_said_where_and_when(text: str, read: str) -> None:
    from saidwhen.verify.claims import timeline_entry

    assert timeline_entry(text, lambda word: word == "Kallas") == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas went further than her colleagues, warning that Donbas is not the end.", "Kallas warned that Donbas is "
         "not the end."),
        ("Zelenskyy broke his silence, saying that it is a compromise.", "Zelenskyy said that it is a compromise."),
        ("It was at the 2024 Vilnius summit, let us not forget, that the allies called it irreversible.", "At the "
         "2024 Vilnius summit, the allies called it irreversible."),
        ("It was in Berlin that talks began.", "In Berlin, talks began."),
        # no speaker, or no words
        ("The talks went on for hours, saying that nothing.", "The talks went on for hours, saying that nothing."),
        ("Kallas went further than her colleagues, warning Russia.", "Kallas went further than her colleagues, warning "
         "Russia."),
    ],
)
def test_claims_words_said_while_doing_something_are_the_words(text: str, read: str) -> None:
    from saidwhen.verify.claims import said_while_doing

    assert said_while_doing(text) == read


@pytest.mark.parametrize(
    ("title", "role", "same"),
    [
        ("Ukraine's foreign minister", "Foreign Minister of Ukraine", True),
        ("Ukrainian Foreign Minister", "Foreign Minister of Ukraine", True),
        ("British Prime Minister", "Prime Minister of Britain", True),
        ("German Chancellor", "Chancellor of Germany", True),
        # another portfolio, country or office; an office held before; one of many; no country to tell
        ("Ukraine's defence minister", "Foreign Minister of Ukraine", False),
        ("Russia's foreign minister", "Foreign Minister of Ukraine", False),
        ("Ukraine's prime minister", "Foreign Minister of Ukraine", False),
        ("Ukraine's former foreign minister", "Foreign Minister of Ukraine", False),
        ("Ukraine's deputy foreign minister", "Foreign Minister of Ukraine", False),
        ("a Ukrainian minister", "Foreign Minister of Ukraine", False),
        ("the foreign minister", "Foreign Minister of Ukraine", False),
        ("Ukraine's envoy", "envoy of Ukraine", False),
    ],
)
def test_claims_one_office_held_by_one_person(title: str, role: str, same: bool) -> None:
    from saidwhen.verify.roles import same_office

    assert same_office(title, role) is same


@pytest.mark.parametrize(
    ("text", "roles", "former"),
    [
        ("Estonian Prime Minister Kaja Kallas said Russia is weak.", ["the former prime minister of Estonia"],
         "the former prime minister of Estonia"),
        ("Kaja Kallas, the prime minister of Estonia, said Russia is weak.",
         ["EU foreign policy chief", "the former prime minister of Estonia"], "the former prime minister of Estonia"),
        # The claim says so itself; another country's office; the office also on record as held now.
        ("Kallas, formerly Estonia's prime minister, said Russia is weak.", ["the former prime minister of Estonia"],
         None),
        ("Former Estonian Prime Minister Kaja Kallas said Russia is weak.", ["the former prime minister of Estonia"],
         None),
        ("Latvian Prime Minister Kaja Kallas said Russia is weak.", ["the former prime minister of Estonia"], None),
        ("Estonian Prime Minister Kaja Kallas said Russia is weak.",
         ["the former prime minister of Estonia", "Estonia's prime minister"], None),
    ],
)  # fmt: skip
def test_claims_a_title_the_record_gives_as_held_before(text: str, roles: list[str], former: str | None) -> None:
    from saidwhen.verify.roles import claimed_title, former_role

    titled = claimed_title(parse_claim(text))
    assert titled is not None
    assert former_role(titled[1], roles) == former


def test_claims_no_title_without_a_role_noun_before_the_name() -> None:
    from saidwhen.verify.roles import claimed_title

    assert claimed_title(parse_claim("In Kyiv, Kallas said Russia is weak now.")) is None
    assert claimed_title(parse_claim("Russia is weak now.")) is None
    # In apposition.
    assert claimed_title(parse_claim("Kaja Kallas, a former Latvian prime minister, now leads EU foreign policy.")) == (
        "Kaja Kallas", "former Latvian prime minister")
    assert claimed_title(parse_claim("Kallas, the daughter of a politician, leads EU foreign policy.")) is None
    assert claimed_title(parse_claim("Kallas — like France's president — said Russia is weak.")) is None
    assert claimed_title(parse_claim(
        "Kallas, drawing on her experience as Latvia's former prime minister, said Russia is weak.")) == (
        "Kallas", "Latvia's former prime minister")
    assert claimed_title(parse_claim("Zelenskyy — standing beside the German chancellor — said it is over.")) is None
    # Between dashes, before a relative clause, and after "who had previously served as".
    assert claimed_title(parse_claim("Kallas — the former Latvian prime minister — says Russia is weak.")) == (
        "Kallas", "former Latvian prime minister")
    assert claimed_title(parse_claim("Kallas—the EU foreign policy chief—said Russia is weak.")) == (
        "Kallas", "EU foreign policy chief")
    assert claimed_title(parse_claim(
        "Kaja Kallas, the former Latvian prime minister who now heads EU foreign policy, told AFP it works.")) == (
        "Kaja Kallas", "former Latvian prime minister")
    assert claimed_title(parse_claim("Kaja Kallas, who had previously served as the President of Latvia, spoke.")) == (
        "Kaja Kallas", "former President of Latvia")
    # "speaking as" is no part of the office; of two offices joined by "and", the first is compared.
    assert claimed_title(parse_claim(
        "Ms Kallas, speaking as the EU's foreign policy chief and former Estonian premier, said that it works.")) == (
        "Ms Kallas", "EU's foreign policy chief")
    assert claimed_title(parse_claim("Kallas said Andriy Sybiha, had explained it to EU ministers.")) is None
    # The title is the words right before the name, not the attribution before them.
    assert claimed_title(parse_claim("Kallas said Ukraine's defence minister Andriy Sybiha left.")) == (
        "Andriy Sybiha", "Ukraine's defence minister")


def test_claims_a_comparison_is_matched_by_its_second_term() -> None:
    """"X likened A to B": the speaker's words hold B (the likening itself is narrated)."""
    from saidwhen.verify.claims import compared_part

    claim = parse_claim("Kallas likened making concessions to Russia to sitting down with Osama bin Laden.")
    part = compared_part(claim)
    assert part is not None and part.content == "sitting down with Osama bin Laden"
    assert part.content_span.of(part.text) == part.content and part.entities == ("Osama bin Laden",)
    assert compared_part(parse_claim("Kallas said concessions to Russia are sitting down with bin Laden.")) is None
    # "X said A was like B" is the same likening.
    like = compared_part(parse_claim("Zelenskyy said offering concessions was like sitting down with Osama bin Laden."))
    assert like is not None and like.content == "sitting down with Osama bin Laden" and like.cue == "likened"
    assert compared_part(parse_claim("Russia is like a fortress.")) is None  # no one said it


def test_claims_a_headline_topic_is_kept_apart_from_the_words() -> None:
    """"Kallas on Ukraine's NATO membership: '...'": the topic is what the words were said about."""
    claim = parse_claim("Kallas on Ukraine's NATO membership: 'this is out of the question'")
    assert claim.topic is not None and claim.topic.of(claim.text) == "Ukraine's NATO membership"
    assert parse_claim("Kallas said this is out of the question.").topic is None


def test_claims_a_headline_may_set_the_time_between_name_and_colon() -> None:
    claim = parse_claim("Kallas back in February: 'the only security guarantee that works is NATO's umbrella'")
    assert claim.speaker == "Kallas" and claim.when is not None and claim.when.text == "in February"
    assert claim.content == "the only security guarantee that works is NATO's umbrella"


def test_claims_a_month_after_a_possessive_is_the_time() -> None:
    """"at her December press conference": December is when the words were said."""
    claim = parse_claim("Kallas said at her December press conference in Brussels that NATO's umbrella works.")
    assert claim.when is not None and yearless_month(claim.when) == 12


def test_claims_an_event_answered_between_commas_is_when() -> None:
    """"said, in response to Zelenskyy's offer, that ...": the words followed the offer."""
    claim = parse_claim("Kallas said, in response to Zelenskyy's offer, that it is up to Ukrainians.")
    assert claim.event is not None and claim.event.of(claim.text) == "Zelenskyy's offer"


def test_claims_a_kicker_is_no_titled_speaker() -> None:
    """Without a role title before it, a capitalised phrase and a colon is a kicker, not a speaker."""
    assert parse_claim("Foreign minister talks: the EU met on Monday").speaker is None


def test_claims_consequent_drops_the_condition() -> None:
    """What a claim says holds under its condition, without it; none for a claim setting no condition."""
    claim = parse_claim("Kallas said paper promises would be enough to keep Ukraine safe if it stays out of NATO.")
    main = consequent(claim)
    assert main is not None and main.content == "paper promises would be enough to keep Ukraine safe"
    main = consequent(parse_claim("Kallas said that if Ukraine concedes, then it needs very strong guarantees."))
    assert main is not None and main.content == "it needs very strong guarantees"
    assert consequent(parse_claim("Kallas said Russia wants this peace.")) is None


def test_claims_inferred_is_what_the_claim_concludes() -> None:
    """The part after "- so", ", which means", ...: what the claim concludes from the words it attributes."""
    claim = parse_claim("Kallas says it is 'up to Ukrainians' - so Brussels is fine with Kyiv walking away from NATO")
    drawn = inferred(claim)
    assert drawn is not None and drawn.content == "Brussels is fine with Kyiv walking away from NATO"
    assert drawn.speaker == "Kallas"
    assert inferred(parse_claim("Kallas said it is up to Ukrainians, so it is theirs.")) is None  # too short
    assert inferred(parse_claim("Kallas said Russia wants this peace.")) is None


def test_claims_reminder_is_no_speaker() -> None:
    assert parse_claim("Reminder: NATO allies said Ukraine's path to membership is irreversible").speaker is None


@pytest.mark.parametrize("label", ["Headline", "Post", "Tweet", "Viral post"])
def test_claims_a_medium_label_is_no_speaker(label: str) -> None:
    """"Headline: Zelenskyy says ...", "Post: EU's top diplomat admits ...": the label names where the claim was
    seen; the attribution after it is the claim's."""
    claim = parse_claim(f"{label}: Zelenskyy says the offer is already a compromise on Ukraine's part")
    assert claim.speaker == "Zelenskyy"
    assert claim.content == "the offer is already a compromise on Ukraine's part"
    assert parse_claim(f"{label}: Ukraine has dropped its NATO bid").speaker is None


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Two subjects, two claims.
        ("Russia has cited NATO's expansion as a reason for the invasion, and Kallas called that claim untrue.",
         ("Russia has cited NATO's expansion as a reason for the invasion", "Kallas called that claim untrue.")),
        ("Trump has ruled out NATO membership for Ukraine, while Kallas criticised ruling it out.",
         ("Trump has ruled out NATO membership for Ukraine", "Kallas criticised ruling it out.")),
        ("Zelenskyy negotiated for five hours in Berlin; the negotiations were due to resume on Monday.",
         ("Zelenskyy negotiated for five hours in Berlin", "the negotiations were due to resume on Monday.")),
        # The second's subject is the first's speaker.
        ("Kallas called NATO's umbrella the only guarantee that works, adding that Estonia joined out of fear.",
         ("Kallas called NATO's umbrella the only guarantee that works",
          "Kallas added that Estonia joined out of fear.")),
        ("Kallas said paper promises are not enough, and she warned that Russia will try to divide us.",
         ("Kallas said paper promises are not enough", "Kallas warned that Russia will try to divide us.")),
        # ... or, with no speaker, the person who owns the first's subject or opens it (not a place in it).
        ("Kallas's interview with AFP ran on February 27 while she was on a visit to Washington.",
         ("Kallas's interview with AFP ran on February 27", "Kallas was on a visit to Washington.")),
        # A name as the second's subject after a speaker's words: its own claim.
        ("Zelenskyy called the offer a compromise, and Moscow agreed to let allies join a peacekeeping force.",
         ("Zelenskyy called the offer a compromise", "Moscow agreed to let allies join a peacekeeping force.")),
    ],
)  # fmt: skip
def test_clauses_splits_a_claim_joining_two_claims(claim: str, expected: tuple[str, str]) -> None:
    assert clauses(claim) == expected


@pytest.mark.parametrize(
    "claim",
    [
        # The speaker's words may go on past the join: the alignment reads them.
        "Kallas said Ukraine needs strong guarantees, and the guarantees must not be only on paper.",
        # The join is inside quoted words.
        'Kallas said "Russia will try to divide us, and we should not let it" after the talks.',
        # Too short to be a claim on either side.
        "Kallas spoke, and Zelenskyy listened to her.",
        # The second points back into the first.
        "Kallas likened concessions to bargaining with bin Laden, and Zelenskyy repeated that comparison in Berlin.",
        # "he" with no person opening the first: a place is no one to stand for.
        "The talks in Berlin lasted five hours, and he said it was a compromise.",
        # No subject after the join: one predicate continued.
        "Zelenskyy offered to drop the NATO bid, and asked for binding guarantees in return.",
    ],
)
def test_clauses_leaves_one_claim_whole(claim: str) -> None:
    assert clauses(claim) is None


@pytest.mark.parametrize(
    ("claim", "speaker", "content"),
    [
        ("Kallas reminded reporters that NATO is enshrined in Ukraine's constitution.", "Kallas",
         "NATO is enshrined in Ukraine's constitution"),
        ("Kallas warned EU ministers that Russia will try to divide us.", "Kallas", "Russia will try to divide us"),
        ("Zelenskyy assured his partners that the guarantees must be legally binding.", "Zelenskyy",
         "the guarantees must be legally binding"),
        ("Kallas judged that Russia is not in a good place.", "Kallas", "Russia is not in a good place"),
    ],
)  # fmt: skip
def test_parse_claim_a_cue_with_its_listener_before_that(claim: str, speaker: str, content: str) -> None:
    parsed = parse_claim(claim)
    assert (parsed.speaker, parsed.content) == (speaker, content)


@pytest.mark.parametrize(
    ("claim", "speaker", "content"),
    [
        ("Europe would be unable to help Ukraine in a peace deal, Kallas cautioned.", "Kallas",
         "Europe would be unable to help Ukraine in a peace deal"),
        ("The fall of Ukraine would put other regions in danger, the EU's chief diplomat warned.",
         "the EU's chief diplomat", "The fall of Ukraine would put other regions in danger"),
        ("Paper pledges would not protect Ukraine, in Kallas's assessment.", "Kallas",
         "Paper pledges would not protect Ukraine"),
    ],
)  # fmt: skip
def test_parse_claim_the_speaker_after_unquoted_words(claim: str, speaker: str, content: str) -> None:
    parsed = parse_claim(claim)
    assert (parsed.speaker, parsed.content) == (speaker, content)


@pytest.mark.parametrize(
    ("claim", "speaker", "content"),
    [
        ("Other regions would be in danger, the EU's chief diplomat warned, citing the lessons of history.",
         "the EU's chief diplomat", "Other regions would be in danger"),
        ("Paper pledges are not enough, Kallas said, adding that troops are needed.", "Kallas",
         "Paper pledges are not enough"),
        ("Paper pledges would not protect Ukraine, in Kallas's assessment; real troops are needed.", "Kallas",
         "Paper pledges would not protect Ukraine"),
    ],
)  # fmt: skip
def test_parse_claim_what_trails_the_attribution_is_left_out(claim: str, speaker: str, content: str) -> None:
    parsed = parse_claim(claim)
    assert (parsed.speaker, parsed.content) == (speaker, content)
    # Without an attribution before it, the trailing part is the claim's, whole.
    plain = parse_claim("Russia wants peace; the EU agrees, citing talks.")
    assert plain.speaker is None and plain.content == "Russia wants peace; the EU agrees, citing talks"


@pytest.mark.parametrize(
    ("claim", "speaker", "content"),
    [
        ("It was said by Zelenskyy that Kyiv could drop its NATO bid.", "Zelenskyy", "Kyiv could drop its NATO bid"),
        ("It was the EU's top diplomat who told reporters that Russia wants no peace.", "the EU's top diplomat",
         "Russia wants no peace"),
        ("It was Witkoff who said a lot of progress was made.", "Witkoff", "a lot of progress was made"),
        ("It was raining when Kallas spoke of peace.", None, "It was raining when Kallas spoke of peace"),
        ("It was said by many that peace is near.", None, "It was said by many that peace is near"),
    ],
)  # fmt: skip
def test_parse_claim_a_passive_or_cleft_names_the_speaker(claim: str, speaker: str | None, content: str) -> None:
    parsed = parse_claim(claim)
    assert (parsed.speaker, parsed.content) == (speaker, content)
    if speaker is not None and parsed.speaker_span is not None:
        assert parsed.speaker_span.of(claim) == speaker


@pytest.mark.parametrize(
    ("claim", "content", "event"),
    [
        ("Kallas said it is up to Ukrainians at a press conference in Brussels following a meeting of ministers.",
         "it is up to Ukrainians", "a meeting of ministers"),
        ("Zelenskyy said the guarantees must be binding during his visit to London.",
         "the guarantees must be binding", None),
        ("Kallas said Russia will try to divide the West in an interview with AFP.",
         "Russia will try to divide the West", None),
        ("Kallas said the press conference in Brussels was long.", "the press conference in Brussels was long", None),
    ],
)  # fmt: skip
def test_parse_claim_unquoted_words_then_the_occasion(claim: str, content: str, event: str | None) -> None:
    """Unquoted words followed by the occasion they were said on ("at a press conference in Brussels following
    ..."): the occasion is not what was said; its event dates the words."""
    parsed = parse_claim(claim)
    assert parsed.content == content
    assert (parsed.event.of(claim) if parsed.event else None) == event


def test_claims_a_pronoun_and_a_past_verb_open_a_second_claim() -> None:
    """"... and he confirmed ...": no comma, but "he" and a verb in the past begin another claim by the same man;
    "and she warned partners" with a short first half, or "and her allies", is no second claim."""
    assert clauses("Witkoff said real progress was made in Berlin and he confirmed the talks would go on.") == (
        "Witkoff said real progress was made in Berlin", "Witkoff confirmed the talks would go on.")  # fmt: skip
    assert clauses("Kallas said Russia wants this war and her allies agree.") is None


def test_claims_a_participle_after_a_signed_quote_is_a_second_claim() -> None:
    assert clauses("“Russia is weak.” – Kaja Kallas, warning that Russia will try to divide Europe") == (
        "“Russia is weak.” – Kaja Kallas", "Kaja Kallas warned that Russia will try to divide Europe")


def test_claims_and_that_opens_a_second_remark_by_the_same_speaker() -> None:
    """"X told AFP A and that B": B is X's too, told in the same setting by the same cue; so is "A and <Subject>
    should ..." (a clause of its own); a subject of two names is one clause."""
    assert clauses("Kallas said Russia is weak and Europe must stay united.") == (
        "Kallas said Russia is weak", "Kallas said Europe must stay united.")
    assert clauses("Kallas said Russia and Europe must talk.") is None
    assert clauses("Zelenskyy said some partners in US and Europe was not supporting this.") is None
    assert clauses("Kallas warned that if Putin gets Donbas, the fortress is down and Russia will move on.") is None
    # (a claim longer than a few sentences is no pair of remarks)
    assert clauses("Kallas said Russia is weak" + ", very weak" * 60 + " and that Europe must stay united.") is None
    assert clauses("Russia is weak and Europe must stay united.") is None
    assert clauses("In Brussels, Kallas told AFP there was no reason for it and that only NATO really works.") == (
        "In Brussels, Kallas told AFP there was no reason for it",
        "In Brussels, Kallas told AFP only NATO really works.")
    assert clauses("The claim that Russia is weak and that NATO works is old.") is None


@pytest.mark.parametrize(
    ("claim", "content", "when"),
    [
        ("At her Monday press conference in Brussels, Kallas said Russia wants no peace.", "Russia wants no peace",
         "Monday"),
        ("Kallas said Russia wants no peace. She said that on a Friday in Brussels.", "Russia wants no peace",
         "Friday"),
        ("Kallas said Russia wants no peace. She said this at the Tuesday briefing.", "Russia wants no peace",
         "Tuesday"),
        ("Kallas said the Monday talks failed.", "the Monday talks failed", None),
    ],
)  # fmt: skip
def test_parse_claim_a_weekday_naming_the_occasion_dates_the_words(
    claim: str, content: str, when: str | None
) -> None:
    """"her Monday press conference", "on a Friday", a second sentence pointing back ("She said that ..."): the day
    the words were said; a weekday inside what was said is not."""
    parsed = parse_claim(claim)
    assert parsed.content == content
    assert (parsed.when.text if parsed.when else None) == when


def test_parse_claim_a_noun_after_the_words_is_no_speaker() -> None:
    claim = "Kallas made her December remarks on Ukraine at a press conference in Brussels."
    parsed = parse_claim(claim)
    assert (parsed.speaker, parsed.content) == (None, claim.rstrip("."))


def test_claims_quoted_words_signed_with_a_dash() -> None:
    """"'...' - Kallas on Ukraine, after ...": a post's quote signed by its speaker, then its topic and occasion."""
    claim = parse_claim('"We clearly see that they are not in good place" - Kallas on Ukraine')
    assert claim.speaker == "Kallas" and claim.content == "We clearly see that they are not in good place"
    assert claim.topic is not None and claim.topic.of(claim.text) == "Ukraine"
    after = parse_claim("“A lot of progress was made” — Zelenskyy on the talks, after the Berlin talks")
    assert after.speaker == "Zelenskyy" and after.content == "A lot of progress was made"
    assert after.event is not None and after.event.of(after.text) == "the Berlin talks"
    assert after.topic is not None and after.topic.of(after.text) == "the talks"
    # A dash inside unquoted words signs nothing.
    assert parse_claim("Ukraine - and only Ukraine - decides on peace").speaker is None


def test_claims_a_hashtag_name_is_the_name() -> None:
    claim = parse_claim('#Kallas: "the only security guarantee that works is NATO\'s umbrella"')
    assert claim.speaker == "Kallas" and claim.content == "the only security guarantee that works is NATO's umbrella"
    assert claim.text.startswith("#Kallas")  # the claim is kept as written


def test_claims_a_signed_quote_may_title_the_signer_and_tell_when_and_to_whom() -> None:
    titled = parse_claim(
        '"Putting the pressure on Russia is our policy." - EU foreign policy chief Kaja Kallas after the '
        "EU foreign ministers' meeting in Brussels"
    )
    assert titled.speaker == "Kaja Kallas" and titled.content == "Putting the pressure on Russia is our policy"
    assert titled.event is not None and titled.event.of(titled.text) == "the EU foreign ministers' meeting in Brussels"
    dated = parse_claim('"Russia will try to divide us" - Kallas, Feb 18, after the US-Russia talks in Saudi Arabia')
    assert dated.speaker == "Kallas" and dated.when is not None and dated.when.text == "Feb 18"
    told = parse_claim('"NATO\'s umbrella is the only guarantee" - Kaja Kallas, former Estonian PM, to AFP in February')
    assert told.speaker == "Kaja Kallas" and told.content == "NATO's umbrella is the only guarantee"
    assert told.event is None  # to whom is no occasion
    tagged = parse_claim('"Donbas is not Putin\'s end game." - Kaja Kallas #StandWithUkraine #NATO')
    assert tagged.speaker == "Kaja Kallas" and tagged.content == "Donbas is not Putin's end game"


def test_claims_a_name_in_apposition_after_a_description() -> None:
    claim = parse_claim("The EU's top diplomat, Kaja Kallas, said it is up to Ukrainians to decide.")
    assert (claim.speaker, claim.cue, claim.content) == ("Kaja Kallas", "said", "it is up to Ukrainians to decide")
    # A comma before the cue without one before the name closes no apposition.
    assert parse_claim("Kallas, said to be furious, left the meeting early.").speaker is None


def test_claims_a_question_answered_yes_claims_what_it_asks() -> None:
    claim = parse_claim("Did Kallas say that Sybiha did not explain it any further? Yes.")
    assert (claim.speaker, claim.cue, claim.content) == ("Kallas", "said", "Sybiha did not explain it any further")
    endorsed = parse_claim("Did the EU's top diplomat endorse the claim that NATO provoked the war? Yes, she did.")
    assert endorsed.speaker == "the EU's top diplomat" and endorsed.cue == "endorsed"
    # Answered no, or not answered, it claims nothing of the speaker; the auxiliary is no part of a name.
    assert parse_claim("Did Kallas say Russia wants peace? No.").speaker is None
    assert parse_claim("Did Kallas say Russia wants peace?").speaker is None
    assert parse_claim("Will Smith said Russia wants peace.").speaker == "Will Smith"


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("They met on 14/12/2025 in Berlin.", "They met on December 14, 2025 in Berlin."),
        ("They met on 12/14/2025.", "They met on December 14, 2025."),
        ("They met on 2025-12-08.", "They met on December 8, 2025."),
        ("They met on 14.12.2025.", "They met on December 14, 2025."),
        ("They met on 08/12/2025.", "They met on 08/12/2025."),  # day or month first: left as written
        ("They met on 45/12/2025.", "They met on 45/12/2025."),
        ("Talks resume on Wednesday, 17 December.", "Talks resume on Wednesday, December 17."),
        ("It was published 27 February 2025.", "It was published February 27, 2025."),
        ("Kallas, 18 Feb.: Russia will try to divide us.", "Kallas, February 18: Russia will try to divide us."),
        ("the 5 Sept. meeting", "the September 5 meeting"),
    ],
)
def test_claims_dates_in_figures_are_spelled_out(text: str, spelled: str) -> None:
    assert spelled_dates(text) == spelled


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Moscow has agreed to a peacekeeping force. Huge news!", "Moscow has agreed to a peacekeeping force."),
        ("Zelensky gives up on NATO. Full stop. No conditions.", "Zelensky gives up on NATO."),
        ("Kallas said: \"We need peace. Now.\"", "Kallas said: \"We need peace. Now.\""),  # the quotation's end
        ("It would need ratification by the U.S. Senate.", "It would need ratification by the U.S. Senate."),
        ("Kallas said Russia does not want peace. She is right about that.", "Kallas said Russia does not want peace. "
         "She is right about that."),
        # In the poster's own voice, and past a quotation or before the post's tags (which go with it).
        ("Kallas: \u201cIt is up to Ukrainians.\u201d Finally someone in Brussels gets it. #StandWithUkraine",
         "Kallas: \u201cIt is up to Ukrainians.\u201d"),
        ("Zelensky: some partners never backed it. Now you know who blocked it.", "Zelensky: some partners never "
         "backed it."),
        ("Kallas: Russia is on the brink of collapse! Keep the pressure on! #Kallas",
         "Kallas: Russia is on the brink of collapse!"),
        ("Zelensky is ready to ditch NATO! Unbelievable. #Ukraine", "Zelensky is ready to ditch NATO!"),
        # ... or a commenter's aside after a dash or comma
        ("Zelenskyy talked for two hours before walking out lol", "Zelenskyy talked for two hours before walking out"),
        ("any guarantees have to be legally binding, no cap", "any guarantees have to be legally binding"),
        ("Kallas said it is up to Ukrainians fr fr", "Kallas said it is up to Ukrainians"),
        ("She compared it to sitting down with bin Laden — spot on comparison imo", "She compared it to sitting down "
         "with bin Laden"),
        ("Kallas said Ukraine is “agreeing to everything” — so Kyiv has caved, great job Europe", "Kallas said "
         "Ukraine is “agreeing to everything”"),
        ("Kallas said it is up to Ukrainians, which honestly is the only sane thing she said", "Kallas said it is up "
         "to Ukrainians"),
        ("The article says Trump ruled it out more than once, which Russia must have loved", "The article says Trump "
         "ruled it out more than once"),
        ("Kallas told AFP this in London in February, if i remember right", "Kallas told AFP this in London in "
         "February"),
        # ... or what the writer makes of it, or the outlet that reported it
        ("Moscow has agreed to let allies in, a welcome breakthrough.", "Moscow has agreed to let allies in"),
        ("Kp.ru ran a fake Kallas quote, StopFake reports.", "Kp.ru ran a fake Kallas quote"),
        ("Russia will try to divide us, Kallas wrote.", "Russia will try to divide us, Kallas wrote."),
        # ... or who said the quoted words, after them
        ("Kallas: “it is up to Ukrainians to decide” the EU's top diplomat said it herself!",
         "Kallas: “it is up to Ukrainians to decide”"),
        # ... not a clause that goes on with the claim
        ("Kallas said the talks — so far — went well", "Kallas said the talks — so far — went well"),
        ("Kallas said Europe is strong, which is the point", "Kallas said Europe is strong, which is the point"),
        # A sentence going on with the claim is kept, and so are the tags of a post with no comment.
        ("Kallas: Donbas is NOT Putin's end game. If he gets it, the fortress falls and they go for the whole of "
         "Ukraine.", "Kallas: Donbas is NOT Putin's end game. If he gets it, the fortress falls and they go for the "
         "whole of Ukraine."),
        ("Zelensky gives up on NATO. #Berlin", "Zelensky gives up on NATO. #Berlin"),
    ],
)
def test_claims_a_short_comment_after_the_claim_is_left_out(text: str, claim: str) -> None:
    assert without_comment(text) == claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("I read that Kallas admitted Ukraine is agreeing to everything.", "Kallas admitted Ukraine is agreeing to "
         "everything."),
        ("Someone on Telegram says Kallas announced it.", "Kallas announced it."),
        ("Apparently Zelenskyy said it is a compromise.", "Zelenskyy said it is a compromise."),
        ("Heard that the Berlin meeting ran five hours.", "The Berlin meeting ran five hours."),
        ("My uncle says Zelensky made the offer in London.", "Zelensky made the offer in London."),
        ("Pretty sure the wording came from the 2023 summit.", "The wording came from the 2023 summit."),
        ("So StopFake found Kallas was talking about interim protection.", "StopFake found Kallas was talking about "
         "interim protection."),
        # ... a thread carried on, a reader's tip passed on, a wire story's dateline
        ("And Zelensky said the guarantees need not be binding.", "Zelensky said the guarantees need not be binding."),
        ("Lol, the Berlin talks lasted two hours.", "The Berlin talks lasted two hours."),
        ("Funny how Hungary pushed for it.", "Hungary pushed for it."),
        ("Reader says Zelensky told reporters that.", "Zelensky told reporters that."),
        ("Claim circulating on Facebook: the meeting ran five hours.", "The meeting ran five hours."),
        ("LONDON, Dec 8 (Reuters) - Zelenskyy met Starmer in London.", "Zelenskyy met Starmer in London."),
        ("BERLIN (AP) — Zelenskyy met Witkoff in Berlin.", "Zelenskyy met Witkoff in Berlin."),
        ("Kallas quote going round Telegram: NATO is “out of the question.”", "Kallas: NATO is “out of the "
         "question.”"),
        # ... or a speaker turning to the audience
        ("Folks, Kallas said Russia wants peace.", "Kallas said Russia wants peace."),
        ("Listen: she admitted Russia is weak.", "She admitted Russia is weak."),
        ("Remember: Kallas said Russia wants peace.", "Kallas said Russia wants peace."),
        ("Let's not forget that Kallas said Russia wants peace.", "Kallas said Russia wants peace."),
        ("Let's not forget what the allies agreed in 2024.", "Let's not forget what the allies agreed in 2024."),
        # A speech's openers: a reminder, the audience addressed, the speaker vouching for what follows.
        ("Let me remind you that Kallas said Russia wants peace.", "Kallas said Russia wants peace."),
        ("Let us not forget that Kallas said Russia wants peace.", "Kallas said Russia wants peace."),
        ("Recall that Kallas said Russia wants peace.", "Kallas said Russia wants peace."),
        ("Colleagues, this is not my opinion: Kallas said Russia wants peace.", "Kallas said Russia wants peace."),
        ("Whatever anyone says, Ukraine has abandoned its bid.", "Ukraine has abandoned its bid."),
        ("Let's be honest about Berlin: the talks lasted an hour.", "The talks lasted an hour."),
        ("Mark the date, 14 December 2025: in Berlin Zelensky offered it.",
         "On 14 December 2025, in Berlin Zelensky offered it."),
        ("Recall the talks in Berlin.", "Recall the talks in Berlin."),
        ("Drawing on the experience of 11 September 2001, Kallas likened it to bin Laden.",
         "Kallas likened it to bin Laden."),
        # Words that are the claim's own, or too little left: as written.
        ("“And this already is a compromise on our part.” — Zelenskyy", "“And this already is a compromise on our "
         "part.” — Zelenskyy"),
        ("And the talks went on.", "And the talks went on."),
        ("Sources say Kallas said it.", "Sources say Kallas said it."),
        ("Kallas said so.", "Kallas said so."),
        ("Apparently not.", "Apparently not."),
    ],
)
def test_claims_a_readers_lead_is_left_out(text: str, claim: str) -> None:
    assert without_hearsay(text) == claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ('Kallas let it slip: Kyiv is "agreeing to everything"!', 'Kallas: Kyiv is "agreeing to everything"!'),
        ("Kaja Kallas ADMITS it: Europe has dropped all talk of NATO.", "Kaja Kallas: Europe has dropped all talk of "
         "NATO."),
        ("Zelensky finally said it plainly: NATO is off the table.", "Zelensky: NATO is off the table."),
        ("Kallas said it was up to Ukrainians.", "Kallas said it was up to Ukrainians."),
    ],
)
def test_claims_a_posts_way_of_introducing_the_words_is_a_colon(text: str, claim: str) -> None:
    assert said_it(text) == claim


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Unlike Trump, who has ruled out NATO for Ukraine, Kallas told AFP that NATO works.", "Trump has ruled out "
         "NATO for Ukraine, while Kallas told AFP that NATO works."),
        ("Unlike Kallas, Zelenskyy called it a compromise.", "Zelenskyy called it a compromise."),
        ("Far from dictating terms, Kallas said it is up to Ukrainians.", "Kallas said it is up to Ukrainians."),
        ("Rather than give up, Zelenskyy asked for guarantees.", "Zelenskyy asked for guarantees."),
        ("On Dec. 15, Kallas, unlike Zelenskyy, insisted that Ukraine must not give up NATO.", "On Dec. 15, Kallas "
         "insisted that Ukraine must not give up NATO."),
        ("Kallas said Russia is unlike any other partner.", "Kallas said Russia is unlike any other partner."),
        # "..., not X" is part of what is claimed ("up to EU member states, not Ukrainians").
        ("Kallas said peace, not war, is the goal.", "Kallas said peace, not war, is the goal."),
    ],
)
def test_claims_a_comparison_is_read_as_what_it_states(text: str, claim: str) -> None:
    assert without_comparison(text) == claim


def test_claims_a_possessive_with_a_plural_noun_before_a_verb_is_no_speaker() -> None:
    """"the Kremlin's key demands included ...": "demands" is the subject's noun, not a cue; "The EU's top diplomat
    demands that ..." is a speaker's cue."""
    plain = parse_claim("At the Istanbul talks, the Kremlin's key demands included neutral status for Ukraine.")
    assert plain.speaker is None
    told = parse_claim("The EU's top diplomat demands that Russia withdraw its troops.")
    assert (told.speaker, told.cue) == ("The EU's top diplomat", "demands")


def test_claims_a_long_title_in_apposition_is_no_part_of_the_words() -> None:
    claim = parse_claim("Kaja Kallas, the EU's High Representative for Foreign Affairs and Security Policy, told "
                        "reporters that it was up to Ukrainians.")  # fmt: skip
    assert (claim.speaker, claim.content) == ("Kaja Kallas", "it was up to Ukrainians")


@pytest.mark.parametrize(
    "text",
    [
        'Kallas fires back: "the only security guarantee that works is NATO\'s umbrella."',
        'Kallas asked: "why we should give Russia what they want?"',
        'Kallas replied: "the only security guarantee that works is NATO\'s umbrella."',
    ],
)
def test_claims_a_retort_before_a_colon_gives_the_words(text: str) -> None:
    claim = parse_claim(text)
    assert claim.speaker == "Kallas" and claim.content.startswith(("the only", "why we"))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas hit back at Zelenskyy's offer by insisting that NATO is the only guarantee.",
         "Kallas said in response to Zelenskyy's offer that NATO is the only guarantee."),
        ("Kallas's latest message, after Zelensky's offer: 'NATO is the only guarantee.'", "Kallas after Zelensky's "
         "offer: 'NATO is the only guarantee.'"),
        ("Kallas hit back at critics.", "Kallas hit back at critics."),
    ],
)
def test_claims_a_reply_to_an_event_is_read_as_words_said_after_it(text: str, read: str) -> None:
    assert as_reply(text) == read


@pytest.mark.parametrize("label", ["It's official", "It’s official", "IT'S OFFICIAL", "NEW", "JUST IN"])
def test_claims_a_headline_label_with_an_apostrophe_is_no_speaker(label: str) -> None:
    claim = parse_claim(f"{label}: Ukraine has publicly abandoned its NATO bid.")
    assert claim.speaker is None and claim.content == "Ukraine has publicly abandoned its NATO bid"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas ADMITS: Europe has given up on NATO.", "Kallas: Europe has given up on NATO."),
        ("Kallas CONFIRMS it's Kyiv's call: 'It is up to Ukrainians.'", "Kallas: 'It is up to Ukrainians.'"),
        ("Kallas sides with Trump: NATO provoked the war.", "Kallas: NATO provoked the war."),
        ("Kallas SLAMS Zelensky's offer: 'why should we give Russia more?'",
         "Kallas responds to Zelensky's offer: 'why should we give Russia more?'"),
        ("Kallas slams the offer as a trap.", "Kallas slams the offer as a trap."),
    ],
)
def test_claims_a_headline_verb_before_a_colon_gives_the_words(text: str, read: str) -> None:
    assert said_it(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("EU foreign policy chief SLAMS Kremlin claim", "EU foreign policy chief slams Kremlin claim"),
        ("Ukraine's NATO push DID provoke the war", "Ukraine's NATO push did provoke the war"),
        ("Europe WILL NOT send troops", "Europe will not send troops"),
        ('KALLAS: "NATO and the EU stand with the US and UK"', 'KALLAS: "NATO and the EU stand with the US and UK"'),
    ],
)
def test_claims_shouted_verbs_are_written_small_and_initials_stay(text: str, read: str) -> None:
    assert unshouted(text) == read


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Explaining Estonia's history, the EU foreign policy chief said the Baltic country joined NATO.",
         "the EU foreign policy chief", "the Baltic country joined NATO"),
        ("The EU's foreign policy chief reassured listeners that the Donbas is Putin's end game.",
         "The EU's foreign policy chief", "the Donbas is Putin's end game"),
    ],
)
def test_claims_what_the_speaker_was_doing_and_a_reassurance_are_read(text: str, speaker: str, content: str) -> None:
    claim = parse_claim(text)
    assert (claim.speaker, claim.content) == (speaker, content)


def test_claims_a_bare_weekday_after_the_cue_is_when() -> None:
    """"Kallas said Monday that ...", as news wires write it: the weekday is when, not part of the words."""
    claim = parse_claim("Kallas said Friday that Russia will try to divide us.")
    assert claim.content == "Russia will try to divide us"
    assert claim.when is not None and claim.when.text == "Friday"
    assert parse_claim("Kallas said Monday's talks were useful.").content == "Monday's talks were useful"


@pytest.mark.parametrize("lead", ["This Monday", "Last Monday,", "Speaking in Brussels this Monday,"])
def test_claims_this_or_last_weekday_is_when(lead: str) -> None:
    claim = parse_claim(f"{lead} Kallas said Russia wants peace.")
    assert claim.when is not None and claim.when.text.endswith("Monday")


_CORPUS = (
    "Kaja Kallas spoke in Brussels on Monday.",
    "NATO allies met. The EU's top diplomat, Kallas, said peace needs pressure.",
    "Europe will help, said Kallas.",
    "The envoy spoke of a plan.",
)


def _texts_with(word: str) -> list[str]:
    return [t for t in _CORPUS if word.lower() in t.lower().replace(".", " ").replace(",", " ").split()]


@pytest.mark.parametrize(
    ("shouted", "cased"),
    [
        # names and initials as the corpus writes them inside a sentence, other words small
        ("KALLAS: NATO ALLIES NEED PEACE", "Kallas: NATO allies need peace"),
        ("EUROPE WILL HELP UKRAINE — KALLAS", "Europe will help Ukraine — Kallas"),  # a word the corpus lacks: a name
        ("KALLAS SPEAKS IN STRASBOURG ON MON 15 DEC.", "Kallas speaks in Strasbourg on Mon 15 Dec."),
        ("U.S. ENVOY SAYS TALKS RESUMED", "U.S. envoy says talks resumed"),  # "resumed" looks like no name
        ("KALLAS'S PEACE PLAN", "Kallas's peace plan"),
        # written small from the first letter: the corpus's names capitalised, a word it lacks left small
        ("kallas said nato allies need peace in strasbourg", "Kallas said NATO allies need peace in strasbourg"),
        ("the envoy spoke in brussels", "The envoy spoke in Brussels"),
        # a headline in title case: its words as the corpus writes them, one it lacks small where it ends as common
        # words do ("Compares"), a sentence's first word as written
        ("Kallas Spoke In Brussels And Compares Peace To Nato", "Kallas spoke in Brussels and compares peace to NATO"),
        ("Allies Met. The Envoy Spoke Of Strasbourg", "Allies met. The envoy spoke of Strasbourg"),
        ("IT'S OFFICIAL: Kallas DROPS the plan. No strings.", "IT'S OFFICIAL: Kallas DROPS the plan. No strings."),
        ("Kallas Spoke In May About Peace And Allies", "Kallas spoke in May about peace and allies"),  # a month
        # not shouted: as written, but for a name the corpus always capitalises
        ("Kallas said PEACE", "Kallas said PEACE"),
        ("The envoy said kallas spoke", "The envoy said Kallas spoke"),
        ("The envoy said peace will come", "The envoy said peace will come"),
        ("NATO", "NATO"),
    ],
)
def test_claims_truecased_writes_a_shouted_claim_as_the_corpus_does(shouted: str, cased: str) -> None:
    assert truecased(shouted, _texts_with) == cased


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Europe will deploy peacekeepers to Ukraine — Kallas", "Kallas: Europe will deploy peacekeepers to Ukraine"),
        ("Live: Kallas — only Ukrainians can decide", "Live: Kallas: only Ukrainians can decide"),
        ("Talks to resume Monday — U.S. envoy Witkoff confirms", "U.S. envoy Witkoff: Talks to resume Monday"),
        ("Talks to resume Monday — Reuters", "Talks to resume Monday — Reuters"),  # no person of the corpus
        ("\u201cRussia will divide us\u201d \u2014 Kallas", "\u201cRussia will divide us\u201d \u2014 Kallas"),
    ],
)
def test_claims_dash_signed_reads_a_chyron_as_a_headline(text: str, read: str) -> None:
    assert dash_signed(text, lambda word: word in {"Kallas", "Witkoff"}) == read


@pytest.mark.parametrize(("text", "count"), [("NATO is nowhere in the constitution", 1), ("NATO is in it", 0)])
def test_claims_nowhere_denies(text: str, count: int) -> None:
    assert tx.polarity(text) == count


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Thread 1/ Russia has wanted Kyiv neutral.", "Russia has wanted Kyiv neutral."),
        ("1/ Zelensky offered a deal. 2/ Kallas answered.", "Zelensky offered a deal. Kallas answered."),
        ("On 12/14 Kallas said so.", "On 12/14 Kallas said so."),  # a date, not a thread's number
    ],
)
def test_claims_without_thread_marks(text: str, read: str) -> None:
    assert without_thread_marks(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("A StopFake check says Kallas said so.", "StopFake says Kallas said so."),
        ("The fact-checkers at StopFake concluded Kallas was talking about X.",
         "StopFake concluded that Kallas was talking about X."),
        ("A source says Kallas said so.", "A source says Kallas said so."),  # "source" is no work of a named author
    ],
)
def test_claims_by_its_author(text: str, read: str) -> None:
    assert by_its_author(text) == read


def test_claims_a_description_before_the_name_it_describes_leaves_the_name() -> None:
    from saidwhen.records import Entity, EntityKind
    from saidwhen.verify.roles import named_subject

    kallas = Entity("Kaja Kallas", EntityKind.PERSON, aliases=("Kallas",), roles=("the EU’s top diplomat",))
    registry = lambda: [kallas]  # noqa: E731
    said = "The EU's top diplomat used to be Estonia's prime minister."
    assert named_subject(said, registry) == "Kaja Kallas used to be Estonia's prime minister."
    named = "The EU's top diplomat Kaja Kallas used to be Estonia's prime minister."
    assert named_subject(named, registry) == "Kaja Kallas used to be Estonia's prime minister."


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Kallas did call the claim untrue.", "Kallas called the claim untrue."),
        ("Kallas did say it.", "Kallas said it."),
        ("Zelensky does admit it.", "Zelensky admits it."),
        ("Zelensky did admit it.", "Zelensky admitted it."),
        ("They do say so.", "They say so."),
        ("They do\tsay so.", "They say so."),
        ("Kallas did compare it to bin Laden.", "Kallas compared it to bin Laden."),
        ("Kallas did not call it untrue.", "Kallas did not call it untrue."),  # a denial stays
        ("Kallas said plainly that it is up to Ukrainians.", "Kallas said that it is up to Ukrainians."),
        ("Kallas stated clearly: 'it is up to Ukrainians'.", "Kallas stated: 'it is up to Ukrainians'."),
        ("Kallas said plainly nothing.", "Kallas said plainly nothing."),
    ],
)
def test_claims_a_stressed_verb_of_saying_is_read_plainly(text: str, plain: str) -> None:
    from saidwhen.verify.claims import without_stress

    assert without_stress(text) == plain


def test_claims_words_said_of_doing_something_leave_what_they_were_about() -> None:
    claim = parse_claim("'This is a compromise on our part,' Zelensky said of trading NATO membership for guarantees.")
    assert (claim.speaker, claim.content) == ("Zelensky", "This is a compromise on our part")


@pytest.mark.parametrize(
    ("row", "read"),
    [
        (
            "Speaker: Kaja Kallas | Said: it is up to Ukrainians | Date: 15 Dec 2025 | Venue: Brussels press"
            " conference",
            "Kaja Kallas said on 15 Dec 2025 at the Brussels press conference that it is up to Ukrainians",
        ),
        ("Speaker: Zelenskyy | Said: Ukraine will drop its bid | Date: Dec 2025, Berlin",
         "Zelenskyy said in Dec 2025 in Berlin that Ukraine will drop its bid"),
        ("Speaker: Kallas | Said: “we should give Russia what they want” | Source: AFP, Feb 2025",
         "Kallas told AFP in Feb 2025 that “we should give Russia what they want”"),
        ("Speaker: Kallas | Said: Russia will divide us | Context: after the talks in Riyadh | Note: a warning",
         "Kallas said after the talks in Riyadh that Russia will divide us"),
        # Not a row: no speaker, nothing said, or a cell that is not "Key: value".
        ("Said: Russia will divide us | Date: Dec 2025", "Said: Russia will divide us | Date: Dec 2025"),
        ("Speaker: Kallas | Date: Dec 2025", "Speaker: Kallas | Date: Dec 2025"),
        ("Speaker: Kallas | Said: x | free text", "Speaker: Kallas | Said: x | free text"),
        ("Kallas said it | Zelensky did not", "Kallas said it | Zelensky did not"),
    ],
)
def test_claims_an_annotation_row_is_read_as_what_was_said_where_and_when(row: str, read: str) -> None:
    from saidwhen.verify.claims import annotated_row

    assert annotated_row(row) == read


def test_claims_an_annotation_row_is_parsed_with_its_date() -> None:
    from saidwhen.verify.claims import as_checked

    row = "Speaker: Kaja Kallas | Said: it is up to Ukrainians | Date: 15 Dec 2025 | Venue: Brussels"
    claim = parse_claim(as_checked(row))
    assert (claim.speaker, claim.content, claim.when and claim.when.resolved) == (
        "Kaja Kallas", "it is up to Ukrainians", date(2025, 12, 15))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Zelensky (Ukrainian president) stated that allies did not back it.", "Zelensky", "allies did not back it"),
        ("Kallas (HR/VP) stated that peace needs concessions.", "Kallas", "peace needs concessions"),
        ("Kallas is said to have compared it to bin Laden.", "Kallas", "it to bin Laden"),
        ("EU foreign policy chief Kaja Kallas reportedly told AFP that NATO works.", "Kaja Kallas", "NATO works"),
        ("Witkoff allegedly said progress was made.", "Witkoff", "progress was made"),
    ],
)
def test_claims_bracketed_role_and_hearsay_on_the_verb_keep_the_speaker(text: str, speaker: str, content: str) -> None:
    from saidwhen.verify.claims import as_checked

    claim = parse_claim(as_checked(text))
    assert (claim.speaker, claim.content) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas admit Ukraine is agreeing.", "Kallas admits Ukraine is agreeing."),
        ("Zelenskyy tell journalists that it was hard.", "Zelenskyy tells journalists that it was hard."),
        ("Kalas is saying in Brussels that Ukrainians decide.", "Kalas says in Brussels that Ukrainians decide."),
        ("Kallas after the talks on 18 February say Europe must act.",
         "After the talks on 18 February, Kallas says Europe must act."),
        ("NEW - Kallas warn 'Russia will divide us'.", "NEW - Kallas warns 'Russia will divide us'."),
        # Not a verb of saying, or already standard: as written.
        ("Ukraine accept the deal.", "Ukraine accept the deal."),
        ("Kallas says it.", "Kallas says it."),
        ("Kallas call.", "Kallas call."),
        ("Kallas on the claim that it was provoked: untrue.", "Kallas on the claim that it was provoked: untrue."),
        ("Fact-checkers at StopFake say it is false.", "Fact-checkers at StopFake say it is false."),  # not a person
    ],
)
def test_claims_a_learners_verb_of_saying_is_written_as_news_writes_it(text: str, read: str) -> None:
    from saidwhen.verify.claims import standard_verbs

    assert standard_verbs(text, lambda word: word in {"Kallas", "Kalas", "Zelenskyy"}) == read


@pytest.mark.parametrize("setting", ["15 December 2025 in Brussels", "15 Dec 2025 at a Brussels press conference"])
def test_claims_a_full_date_then_a_place_after_the_cue_is_the_setting(setting: str) -> None:
    claim = parse_claim(f"Kaja Kallas said on {setting} that it is up to Ukrainians to decide")
    assert (claim.speaker, claim.content, claim.when and claim.when.resolved) == (
        "Kaja Kallas", "it is up to Ukrainians to decide", date(2025, 12, 15))




@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Update 14:05 — Witkoff says progress was made.", "Witkoff says progress was made."),
        ("Editor's note: Kallas said Russia is weak.", "Kallas said Russia is weak."),
        ("Update Dec. 15 — Speaking in Brussels today, Kallas said it.",
         "Speaking in Brussels on Dec. 15, Kallas said it."),
        ("Editor's note: This piece has been updated to add that allies called the path irreversible.",
         "Allies called the path irreversible."),
        ("An earlier version of this article said the talks would continue on Monday. In fact, they will resume on "
         "Wednesday.", "The talks will resume on Wednesday."),
        ("An earlier version of this story said the U.S. team met for two hours; it in fact met for five.",
         "The U.S. team met for five."),
        ("Correction: An earlier version of this article said Kaja Kallas spoke in Luxembourg. In fact, she spoke in "
         "Brussels.", "Kaja Kallas spoke in Brussels."),
        ("The interview was published on Feb. 27, not Feb. 28 as we previously stated.",
         "The interview was published on Feb. 27."),
        ("Correction: Jared Kushner, not Marco Rubio, joined Witkoff.", "Jared Kushner joined Witkoff."),
        ("Update 13:10 — Kallas says it is up to member states, not Ukrainians, to decide.",
         "Kallas says it is up to member states, not Ukrainians, to decide."),  # no correction: what is claimed
        # A video's or a podcast's stamp.
        ("12:30 — Kallas compared it to bin Laden.", "Kallas compared it to bin Laden."),
        ("Ep. 43 recap: Berlin talks were set to resume.", "Berlin talks were set to resume."),
        ("POV: NATO walked back its pledge.", "NATO walked back its pledge."),
        ("Flashback to Feb 18 after the talks in Riyadh, Kallas: 'Russia will divide us'",
         "On Feb 18 after the talks in Riyadh, Kallas: 'Russia will divide us'"),
        # Not a note: as written.
        ("Update the records, Kallas said.", "Update the records, Kallas said."),
        ("12:30 is when Kallas spoke.", "12:30 is when Kallas spoke."),
        ("Kallas spoke in Brussels.", "Kallas spoke in Brussels."),
    ],
)
def test_claims_a_correction_or_update_is_read_as_what_it_now_asserts(text: str, read: str) -> None:
    from saidwhen.verify.claims import corrected

    assert corrected(text) == read


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("It was Steve Witkoff, no less, who said progress was made.", "Steve Witkoff", "progress was made"),
        ("It was the EU's top diplomat who warned Russia would divide us.", "The EU's top diplomat",
         "Russia would divide us"),
        ("What Kallas admitted is that Russia is in a good place.", "Kallas", "Russia is in a good place"),
        ("What Kallas said in Brussels was that Ukrainians decide.", "Kallas", "Ukrainians decide"),
        ("The truth Zelenskyy confessed is that partners did not back it.", "Zelenskyy", "partners did not back it"),
        ('In the words of President Zelenskyy, "this is a compromise."', "Zelenskyy", "this is a compromise"),
        ("As Europe's chief diplomat herself admitted in December, Europe has given up.", "Europe's chief diplomat",
         "Europe has given up"),
        ("Special Envoy Witkoff's assessment of the Berlin round was that progress was made.", "Witkoff",
         "progress was made"),
        ("In Kallas's assessment, the Donbas is Putin's limit.", "Kallas", "the Donbas is Putin's limit"),
        ("Kaja Kallas was forced to concede that the war was provoked.", "Kaja Kallas", "the war was provoked"),
        ("Witkoff, the American envoy, was obliged to admit that no progress was made.", "Witkoff",
         "no progress was made"),
        ("It has been argued by Kallas (2025) that Ukraine must give up NATO.", "Kallas", "Ukraine must give up NATO"),
        ("In an interview with AFP, the EU's High Representative maintained that Russia is weak (AFP, 2025).",
         "the EU's High Representative", "Russia is weak"),
        ("According to the High Representative, Sybiha explained the plan.", "the High Representative",
         "Sybiha explained the plan"),
        ("Brussels has decided to send troops, Kallas confirmed.", "Kallas", "Brussels has decided to send troops"),
    ],
)
def test_claims_a_speaker_put_in_focus_is_the_speaker(text: str, speaker: str, content: str) -> None:
    from saidwhen.verify.claims import as_checked

    claim = parse_claim(as_checked(text))
    assert (claim.speaker, claim.content.rstrip(".")) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas maintained there was no reason for it (AFP, 2025).", "Kallas maintained there was no reason for it."),
        ("Kallas (2025) contends that it is up to Ukrainians.", "Kallas contends that it is up to Ukrainians."),
        ("Zelenskyy said it (Orda.kz, citing The Guardian).", "Zelenskyy said it."),
        ("Zelenskyy spoke in Berlin (for five hours).", "Zelenskyy spoke in Berlin (for five hours)."),
        ("The summit (NATO) met in 2024.", "The summit (NATO) met in 2024."),
        ("Allies called it 'irreversible'.[15]", "Allies called it 'irreversible'."),
        ("It was not enshrined.[citation needed]", "It was not enshrined."),
        ("The list [Canada, Japan] was given.", "The list [Canada, Japan] was given."),
    ],
)
def test_claims_a_scholars_citation_is_left_out(text: str, read: str) -> None:
    from saidwhen.verify.claims import without_citation

    assert without_citation(text) == read


def test_claims_a_shouted_headline_before_the_words_is_written_as_the_corpus_does() -> None:
    corpus = {"kallas": ["Kaja Kallas said so."], "berlin": ["Talks in Berlin went on."], "talks": ["The talks ended."]}
    text = 'KALLAS REACTS TO BERLIN TALKS: "Russia will try to divide us"'
    cased = 'Kallas reacts to Berlin talks: "Russia will try to divide us"'
    assert truecased(text, lambda w: corpus.get(w, [])) == cased


def test_claims_a_name_written_small_in_a_claim_is_capitalised_as_the_corpus_writes_it() -> None:
    corpus = {"estonia": ["She led the government of Estonia until 2024."],
              "minister": ["As the Minister, Kallas said.", "The minister spoke."],
              "member": ["All Member States agreed."],  # a title: "Member States"
              "article": ["It falls under Article 5 of the treaty."],  # "Article 5" names a clause
              "prime": ["Prime time.", "the prime minister"]}
    text = "Kallas was estonia's prime minister before she became a diplomat in tallinn and a member."
    assert truecased(text, lambda w: corpus.get(w, [])) == (
        "Kallas was Estonia's prime minister before she became a diplomat in Tallinn and a member."
    )
    # A word the corpus lacks after "in" before a month is no place; a clause's name is no name.
    text = "The article says the interview ran in late February, in lieu of talks."
    assert truecased(text, lambda w: corpus.get(w, [])) == text


def test_claims_a_headlines_reaction_is_said_after_what_it_reacts_to() -> None:
    from saidwhen.verify.claims import speaker_first

    assert speaker_first("Kallas reacts to Berlin talks: 'Russia will divide us'") == (
        "Kallas said after the Berlin talks that 'Russia will divide us'"
    )
    assert speaker_first("Kallas reacts: fine") == "Kallas reacts: fine"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The talks lasted like 90 minutes tops", "The talks lasted like 90 minutes"),
        ("Russia is in a strong position rn", "Russia is in a strong position right now"),
        ("The tops of the hours max out", "The tops of the hours max out"),
        ("They talked for more than 300 minutes", "They talked for more than 5 hours"),
        ("They talked for 90 minutes", "They talked for 90 minutes"),
    ],
)
def test_claims_slang_on_a_measure_is_written_plainly(text: str, read: str) -> None:
    from saidwhen.verify.claims import without_slang

    assert without_slang(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Q: Where did Kallas talk about it? A: In Brussels.", "Kallas talked about it in Brussels"),
        ("Q: Where did Zelenskyy sit down with the delegation? A: Paris.",
         "Zelenskyy sat down with the delegation in Paris"),
        ("When did the talks resume? On Tuesday, December 16.", "The talks resume on Tuesday, December 16"),
        ("Q: When were the Istanbul talks? A: April 2023.", "The Istanbul talks were in April 2023"),
        ("Who did Zelensky meet in Berlin? Witkoff and Kushner.", "Zelensky met Witkoff and Kushner in Berlin"),
        ("What did Kallas call the claim? “Totally untrue”.", "Kallas called the claim “Totally untrue”"),
        ("Q: Who said the path is irreversible? A: Kaja Kallas, at her press conference on Monday.",
         "Kaja Kallas said the path is irreversible at her press conference on Monday"),
        ("Q: Which members were named as resisting the bid? A: Poland and Lithuania.",
         "Poland and Lithuania were named as resisting the bid"),
        ("Q: Who is the minister who briefed them? A: Dmytro Lytvyn.",
         "Dmytro Lytvyn is the minister who briefed them"),
        ("Where was Kallas when she gave the interview? In Brussels.",
         "Kallas was in Brussels when she gave the interview"),
        # Yes and no.
        ("Did Kallas liken it to bin Laden? Yes — in an AFP interview.",
         "Kallas likened it to bin Laden in an AFP interview"),
        ("Has Ukraine dropped its NATO bid? Yes — Kyiv abandoned it.", "Ukraine has dropped its NATO bid"),
        ("Is Kallas calling for troops? Yes.", "Kallas is calling for troops"),
        ("Did Witkoff think the talks went well? Yes — he said progress was made.", "Witkoff said progress was made"),
        ("Q: Is Russia losing, according to Kallas? A: Yes — she said Moscow is weak.", "Kallas said Moscow is weak"),
        ("Q: Why isn't Ukraine in NATO? A: Zelenskyy says allies refused to back it.",
         "Zelenskyy says allies refused to back it"),
        # Nothing asked, "No" in a word, a question with no answer of this kind: as written.
        ("Did Kallas say it? No.", "Did Kallas say it? No."),
        ("Is it true the talks lasted five hours? Thats what I read.",
         "Is it true the talks lasted five hours? Thats what I read."),
        ("Kallas said Russia is weak.", "Kallas said Russia is weak."),
        # A topic put as a question, then what someone said of it.
        ("The idea that NATO provoked this war? Kallas called that 'untrue'.",
         "Kallas called the idea that NATO provoked this war 'untrue'"),
        ("The talks? She called them good.", "The talks? She called them good."),
    ],
)
def test_claims_an_explainers_question_and_answer_is_read_as_a_statement(text: str, read: str) -> None:
    from saidwhen.verify.claims import answered

    assert answered(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("GUEST: Kallas, she compared it to — uh — sitting down with bin Laden.",
         "Kallas compared it to sitting down with bin Laden."),
        ("Caller says, uh, the EU's top diplomat — Kallas — she said it's, you know, up to Ukrainians.",
         "The EU's top diplomat — Kallas — said it's up to Ukrainians."),
        ("ANCHOR: The president called it — quote — \"a compromise on our part.\"",
         "The president called it \"a compromise on our part.\""),
        ("The interview came out on, uh, March 27th — no wait, yeah, March 27.", "The interview came out on March 27."),
        ("They met on Sunday — no, Monday — in Berlin.", "They met on Monday in Berlin."),
        ("Kallas said sanctions work - no, they really work.", "Kallas said sanctions work - no, they really work."),
        ("Russia, they said, is weak.", "Russia, they said, is weak."),
        ("I mean business, Zelensky said.", "I mean business, Zelensky said."),
        ("He was taken to the ER after talks.", "He was taken to the ER after talks."),
        ("Zelensky, uh, in Berlin, he said Ukraine will forgo NATO.",
         "Zelensky in Berlin said Ukraine will forgo NATO."),
        # Nothing spoken: as written.
        ("Host nations met in Berlin.", "Host nations met in Berlin."),
        ("Kallas said no, Monday was fine.", "Kallas said no, Monday was fine."),
        ("Now you know who blocked it.", "Now you know who blocked it."),
        ("Ukraine is dropping its bid, full stop — no ifs, no buts.",
         "Ukraine is dropping its bid, full stop — no ifs, no buts."),
    ],
)
def test_claims_a_transcripts_line_is_read_as_written(text: str, read: str) -> None:
    from saidwhen.verify.claims import spoken

    assert spoken(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("> Kallas is a hawk — She compared concessions to sitting down with bin Laden.",
         "Kallas compared concessions to sitting down with bin Laden."),
        ("RT @kw: Zelensky wants US guarantees only // wrong, he listed Canada and Japan too",
         "Zelensky listed Canada and Japan too"),
        ("Replying to @desk: for the record, the Berlin talks ran more than five hours",
         "The Berlin talks ran more than five hours"),
        ("> Kallas backs it — This is false. She called it untrue.", "Kallas called it untrue."),
        ("RT @w: \"Donbas is not Putin's end game\" // Zelensky said it best in Berlin",
         "Zelensky said \"Donbas is not Putin's end game\" best in Berlin"),
        ("RT @o: Kallas: it's up to Ukrainians // she said that in Washington",
         "Kallas said in Washington that it's up to Ukrainians"),
        ("> Kallas reacts today: “the only guarantee — is NATO's umbrella.”",
         "Kallas reacts today: “the only guarantee — is NATO's umbrella.”"),  # no reply: the post
        # Not a reply, or a pronoun for no one known: as written.
        ("Kallas said it is up to Ukrainians — full stop.", "Kallas said it is up to Ukrainians — full stop."),
        ("> Talks went on — She said they went well.", "> Talks went on — She said they went well."),
    ],
)
def test_claims_a_reply_is_read_without_the_post_it_quotes(text: str, read: str) -> None:
    from saidwhen.verify.claims import replied

    assert replied(text, lambda word: word in {"Kallas", "Zelensky"}) == read


@pytest.mark.parametrize(
    "text",
    [
        "Russia, they said, is weak.",
        "What Kallas said is false.",
        "The Kremlin responded to Kallas: nonsense.",
        "Trump said there would be no cap.",
        "Russia reportedly attacked Kyiv on Monday.",
        "Zelensky is forced to accept the deal.",
        "Russia annexed Crimea (2014) and kept it.",
        "Kallas said the talks, as first reported by Reuters, would resume.",
        "Kallas said it is up to Ukrainians, not Europe.",
    ],
)
def test_claims_an_ordinary_claim_is_checked_as_written(text: str) -> None:
    from saidwhen.verify.claims import as_checked, replied, standard_verbs

    known = {"Kallas", "Zelensky", "Trump"}.__contains__
    assert standard_verbs(as_checked(replied(text, known)), known) == text


def test_claims_a_link_is_no_reply() -> None:
    from saidwhen.verify.claims import replied

    text = "Kallas said Russia is weak https://t.co/AbC123"
    assert replied(text, lambda word: word == "Kallas") == text


def test_claims_a_question_put_to_a_known_person_keeps_its_auxiliary() -> None:
    from saidwhen.verify.claims import standard_verbs

    assert standard_verbs("Did Kallas say Russia is weak?", lambda word: word == "Kallas") == (
        "Did Kallas say Russia is weak?"
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas: NATO not in the constitution | EU diplomat says Kyiv can drop it",
         "Kallas: NATO not in the constitution"),
        ("Kallas wants troop numbers, not paper | EU chief says guarantees must spell out troops",
         "EU chief says guarantees must spell out troops"),
        ("Berlin talks run past five hours | Negotiations to resume Monday", "Berlin talks run past five hours"),
        ("Kallas said it is up to Ukrainians.", "Kallas said it is up to Ukrainians."),
    ],
)
def test_claims_a_headline_with_its_deck_is_read_as_the_one_that_attributes(text: str, read: str) -> None:
    from saidwhen.verify.claims import headline_first

    assert headline_first(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The EU line is to pressure Ukraine. Kallas said so in Brussels.",
         "Kallas said in Brussels that the EU line is to pressure Ukraine"),
        ("Kallas called the story “totally untrue”. Read it yourselves.", "Kallas called the story “totally untrue”."),
        ("Kallas said it is up to Ukrainians. She said this on a Monday.",
         "Kallas said it is up to Ukrainians. She said this on a Monday."),
        ("Zelenski HIMSELF called it a compromise. His words, not mine.", "Zelenski himself called it a compromise."),
        ("My cousin in Lviv says Zelensky insists on binding guarantees. Yes he said that.",
         "Zelensky insists on binding guarantees."),
    ],
)
def test_claims_a_group_chats_comments_are_left_out(text: str, read: str) -> None:
    from saidwhen.verify.claims import as_checked

    assert as_checked(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The Committee notes that on 15 December Kallas stated that it is up to Ukrainians.",
         "On 15 December Kallas stated that it is up to Ukrainians."),
        ("We note with concern that Zelensky said guarantees need not be binding.",
         "Zelensky said guarantees need not be binding."),
        ("The Committee welcomes the High Representative's insistence that guarantees must be tangible.",
         "The High Representative said that guarantees must be tangible."),
        ("The Foundation is alarmed by the statement of the EU's top diplomat, Kaja Kallas, that Europe gave up.",
         "Kaja Kallas said that Europe gave up."),
        ("We recall President Zelensky's warning that concessions are like sitting down with bin Laden.",
         "President Zelensky said that concessions are like sitting down with bin Laden."),
        # Not a body's statement: as written.
        ("The Kremlin welcomes the offer to drop NATO.", "The Kremlin welcomes the offer to drop NATO."),
    ],
)
def test_claims_a_bodys_statement_is_read_as_the_record_it_cites(text: str, read: str) -> None:
    from saidwhen.verify.claims import cited_by_a_body

    assert cited_by_a_body(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas's insistence that guarantees be \"really tangible\" (in her words) reflects a materialist view",
         "Kallas insisted that guarantees be \"really tangible\""),
        ("The High Representative's acknowledgment that accession \"is out of the question\" signalled a retreat",
         "The High Representative acknowledged that accession \"is out of the question\""),
        ("Kallas's position on the question, as articulated at the Brussels press conference on 15 December, was one "
         "of deference: \"it is up to Ukrainians\"",
         "At the Brussels press conference on 15 December, Kallas said: \"it is up to Ukrainians\""),
        ("Kallas's assessment of Russia was sobering: Russia, she conceded, is \"in a good place\"",
         "Kallas said: Russia is \"in a good place\""),
        # Not the words of a person the corpus knows; a claim about a claim that gives no commentary after it.
        *((t, t) for t in ("Ukraine's position is difficult: it cannot join NATO.",
                           "Zelenskyy's claim that Russia attacked first is false.")),
    ],
)
def test_claims_a_commentary_on_the_speakers_words_reads_as_the_words(text: str, read: str) -> None:
    from saidwhen.verify.claims import possessed_words

    assert possessed_words(text, {"Kallas", "Zelenskyy"}.__contains__) == read


def test_claims_the_speaker_set_between_commas_says_the_words() -> None:
    from saidwhen.verify.claims import put_between

    assert put_between('The odds were, as Kallas put it, "vanishingly thin", given resistance.') == (
        'Kallas said the odds were "vanishingly thin", given resistance.'
    )
    assert put_between("Kyiv, in the Ukrainian president's words, made \"a compromise\".") == (
        "The Ukrainian president said Kyiv made \"a compromise\"."
    )
    assert put_between("The talks were, as expected, long.") == "The talks were, as expected, long."


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ukr. pres. stressed guarantees", "Ukrainian president stressed guarantees"),
        ("Pres. Trump said", "President Trump said"),
        ("HR/VP Kallas at the FAC", "High Representative Kallas at the Foreign Affairs Council"),
        ("EU FP chief: no", "EU foreign policy chief: no"),
        ("session ran 5+ hrs; talks resume Mon., Dec. 15",
         "session ran more than 5 hours; talks resume Monday, Dec. 15"),
        ("talks lasted 2 hrs and 30 mins", "talks lasted 2 hours and 30 minutes"),
        ("The Sun. It rose.", "The Sun. It rose."),
        # A chat's country codes: before what is the country's, and as a subject.
        ("UA pres stressed guarantees", "Ukrainian president stressed guarantees"),
        ("RU outlets ran it; UA NATO bid", "Russian outlets ran it; Ukrainian NATO bid"),
        ("UA is out of NATO", "Ukraine is out of NATO"),
        ("Berlin sesh ran ~2 hrs", "Berlin session ran about 2 hours"),
        ("flight UA 123, RU-2 and the pres", "flight UA 123, RU-2 and the pres"),
    ],
)
def test_claims_a_newsrooms_shorthand_is_written_out(text: str, read: str) -> None:
    from saidwhen.verify.claims import unabbreviated

    assert unabbreviated(text) == read


def test_claims_a_dateline_is_no_part_of_the_claim() -> None:
    from saidwhen.verify.claims import without_dateline

    def place(words: str) -> bool:
        return words in {"Kyiv", "BRUSSELS"}

    assert without_dateline("Kyiv: Zelenskyy says Ukraine could drop its bid.", place) == (
        "Zelenskyy says Ukraine could drop its bid."
    )
    assert without_dateline("BRUSSELS — Kallas said Russia is weak.", place) == "Kallas said Russia is weak."
    assert without_dateline("Kallas: Russia is not in a good place.", place) == "Kallas: Russia is not in a good place."
    assert without_dateline("Kyiv: drop it.", place) == "Kyiv: drop it."


def test_claims_the_outlet_a_claim_was_read_in_is_no_part_of_it() -> None:
    from saidwhen.verify.claims import without_comment

    assert without_comment("Zelensky said guarantees must be binding, per Orda.kz citing The Guardian.") == (
        "Zelensky said guarantees must be binding"
    )
    assert without_comment("Kallas said it, via Reuters") == "Kallas said it"
    assert without_comment("Spending rose 3%, per capita.") == "Spending rose 3%, per capita."


def test_claims_two_quotations_in_a_row_are_two_statements() -> None:
    from saidwhen.verify.claims import conjuncts, parse_claim

    claim = parse_claim('Kallas said the claim was "totally untrue", "the Russian narrative that we should not buy."')
    parts = [c.content for c in conjuncts(claim)]
    assert 'the claim was "totally untrue"' in parts
    assert any(p.startswith('"the Russian narrative') for p in parts)


def test_claims_an_urging_participle_is_the_speakers_second_claim() -> None:
    from saidwhen.verify.claims import clauses

    assert clauses('"Russia will try to divide us," Kallas warned on Feb. 18, urging Europeans not to walk into '
                   "their traps.") == ('"Russia will try to divide us," Kallas warned on Feb. 18',
                                       "Kallas urged Europeans not to walk into their traps.")  # fmt: skip


def test_claims_a_retort_with_that_is_an_attribution() -> None:
    from saidwhen.verify.claims import parse_claim

    claim = parse_claim("Kallas retorted that Russia does not want this peace.")
    assert (claim.speaker, claim.content) == ("Kallas", "Russia does not want this peace")
    claim = parse_claim("In the Ukrainian president's words, assurances would suffice.")
    assert (claim.speaker, claim.content) == ("the Ukrainian president", "assurances would suffice")


def test_claims_an_outlet_reporting_a_speaker_is_the_speakers_words() -> None:
    from saidwhen.verify.claims import parse_claim

    claim = parse_claim("Reuters reported that US envoy Steve Witkoff said the talks went well.")
    assert (claim.speaker, claim.content) == ("Steve Witkoff", "the talks went well")
    claim = parse_claim("It was special envoy Witkoff who said the talks went well.")
    assert claim.speaker is None  # read by speaker_first, below
    from saidwhen.verify.claims import speaker_first

    assert speaker_first("It was special envoy Witkoff who said the talks went well.") == (
        "Special envoy Witkoff said the talks went well."
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("AFP quoted Kallas as calling the claim \"untrue\".", "Kallas called the claim \"untrue\"."),
        ("Reuters quoted the EU's top diplomat as saying Russia is weak.",
         "The EU's top diplomat said Russia is weak."),
        ("AFP quoted Kallas as likening it to X.", "Kallas likened it to X."),
        ("AFP quoted Kallas describing the claim as untrue.", "Kallas described the claim as untrue."),
        ("Kallas told that Europe must to give Russia something.",
         "Kallas said that Europe must give Russia something."),
        ("Sybiga told to EU ministers that it is fine.", "Sybiga told EU ministers that it is fine."),
        ("They can not be papers.", "They cannot be papers."),
        *((t, t) for t in ("It can not only help.", "Police quoted him as saying no.")),
    ],
)
def test_claims_an_outlets_quotation_and_a_learners_grammar_are_read_plainly(text: str, read: str) -> None:
    from saidwhen.verify.claims import learners_grammar, quoted_as

    assert quoted_as(learners_grammar(text)) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The Kiev regime's constitution names NATO.", "Ukraine's constitution names NATO."),
        ("Aid to the Kiev regime rose.", "Aid to Ukraine rose."),
        ("Any so-called guarantees handed to Kiev", "Any guarantees handed to Kyiv"),
        ("Even the Western press now concedes that Hungary objected to it.", "Hungary objected to it."),
        ("Kallas is spreading fear again, claiming Russia will win.", "Kallas claimed that Russia will win."),
        ("The So-Called Guarantees Act passed.", "The So-Called Guarantees Act passed."),
    ],
)
def test_claims_a_partisan_outlets_words_are_read_plainly(text: str, read: str) -> None:
    from saidwhen.verify.claims import plainly_named

    assert plainly_named(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("I was relieved to read that Kallas said X is true.", "Kallas said X is true."),
        ("I was baffled that Kallas told AFP it works.", "Kallas told AFP it works."),
        ("Let me remind your columnist that the allies said X.", "The allies said X."),
        ("As a Ukrainian, I note that our army is strong.", "Our army is strong."),
        ("Surprise, surprise: Hungary was resistant.", "Hungary was resistant."),
        ("Don't take my word for it: Zelensky called it a compromise.", "Zelensky called it a compromise."),
        ("Read that again: Kallas said X.", "Kallas said X."),
        ("fyi Kallas said X.", "Kallas said X."),
        ("Here's what we know: Kallas said X.", "Kallas said X."),
        ("heads up — Kallas said X.", "Kallas said X."),
        ("Take my word for it: X.", "Take my word for it: X."),
        ("I was there when Kallas said X.", "I was there when Kallas said X."),
    ],
)
def test_claims_a_letter_writers_voice_is_no_part_of_the_claim(text: str, read: str) -> None:
    from saidwhen.verify.claims import without_hearsay

    assert without_hearsay(text) == read


def test_claims_an_event_placed_in_a_headline_is_no_speaker() -> None:
    assert parse_claim("Talks in Berlin: Zelensky offers to drop NATO bid").speaker is None
    assert parse_claim("Kallas in Atlantis: Russia is weak").speaker is None  # (no town the news meets in)
    assert parse_claim("SURRENDER in Brussels: Europe gave up").speaker is None


def test_claims_a_label_naming_what_carried_the_claim_is_no_part_of_it() -> None:
    from saidwhen.verify.claims import without_flash_label

    assert without_flash_label("Card: 'Russia is weak' — Kaja Kallas") == "'Russia is weak' — Kaja Kallas"
    assert without_flash_label("BREAKING card: Kallas says Russia is weak") == "Kallas says Russia is weak"
    assert without_flash_label("Quote: Russia is weak | Speaker: Kallas") == "Quote: Russia is weak | Speaker: Kallas"
    assert without_flash_label("Kallas card: Russia is weak") == "Kallas card: Russia is weak"


def test_claims_a_members_lead_in_parliament_is_no_part_of_the_claim() -> None:
    from saidwhen.verify.claims import house_lead

    assert house_lead("The Honourable Member will recall that Ms Kallas warned X.") == "Ms Kallas warned X."
    assert house_lead("I put it to the House that the EU's top diplomat said X.") == "The EU's top diplomat said X."
    assert house_lead("Is the Minister aware that Moscow has agreed to X?") == "Moscow has agreed to X."
    assert house_lead("The Minister will be aware that Kallas told AFP X.") == "Kallas told AFP X."
    assert house_lead("The House will vote on it.") == "The House will vote on it."
    assert house_lead("The Minister will recall that.") == "The Minister will recall that."


def test_claims_an_office_named_before_the_name_goes_after_it() -> None:
    from saidwhen.verify.claims import name_before_office

    assert name_before_office("The former Prime Minister of Estonia, Kaja Kallas, explained it.") == (
        "Kaja Kallas, the former Prime Minister of Estonia, explained it.")
    assert name_before_office("The capital of Estonia, Tallinn, is big.") == "The capital of Estonia, Tallinn, is big."
    assert name_before_office("The High Representative, Kaja Kallas, said it.") == (
        "Kaja Kallas, the High Representative, said it.")


def test_claims_praise_for_words_and_a_claim_named_by_its_words() -> None:
    from saidwhen.verify.claims import praised_for, quoted_line

    assert praised_for("Good on Kallas for calling it 'untrue'.") == "Kallas called it 'untrue'."
    assert praised_for("Shame on Zelensky, for saying it is a compromise") == "Zelensky said it is a compromise"
    assert praised_for("Good on you for reading.") == "Good on you for reading."
    assert quoted_line("called the 'NATO provoked Russia' story untrue") == (
        "called the claim that NATO provoked Russia untrue")
    assert quoted_line('the "peace" talks went on') == 'the "peace" talks went on'


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Zelensky insisted guarantees must be binding — and rightly so.",
         "Zelensky insisted guarantees must be binding"),
        ("Kallas put it that way — good for her", "Kallas put it that way"),
        ("Zelensky compared it to 9/11 — strong words from Kyiv.", "Zelensky compared it to 9/11"),
        ("Ukraine has abandoned its bid, full stop.", "Ukraine has abandoned its bid"),
        ("The talks went on — a real step forward.", "The talks went on"),
    ],
)
def test_claims_a_letter_writers_verdict_after_the_claim_is_no_part_of_it(text: str, read: str) -> None:
    from saidwhen.verify.claims import without_comment

    assert without_comment(text) == read


def test_claims_a_word_timing_something_else_is_no_opposite() -> None:
    from saidwhen.verify import text as tx

    assert tx.timed_word("wrapped", "He would comment on the talks after they wrapped up")
    assert not tx.timed_word("wrapped", "The talks wrapped up on Sunday")


def test_claims_usa_is_the_united_states() -> None:
    from saidwhen.verify import text as tx

    assert tx.name_key("USA") == tx.name_key("U.S.") == "^us"
    assert tx.name_present("United States", tx.keys("partners from the USA"))


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("Both Kallas and Zelenskyy now say Ukraine must join.",
         ("Kallas now says Ukraine must join.", "Zelenskyy now says Ukraine must join.")),
        ("Kallas and Zelensky both stressed that guarantees must be binding.",
         ("Kallas stressed that guarantees must be binding.", "Zelensky stressed that guarantees must be binding.")),
        ("Like the Ukrainian president, the EU's top diplomat said guarantees matter.",
         ("The Ukrainian president said guarantees matter.", "The EU's top diplomat said guarantees matter.")),
    ],
)
def test_claims_a_claim_of_two_people_is_each_ones(text: str, two: tuple[str, str]) -> None:
    from saidwhen.verify.claims import clauses

    assert clauses(text) == two
    assert clauses("Hungary and Slovakia both welcomed the offer to drop the bid.") is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Posted Wed 17 Dec 2025: Last Monday, Kallas told reporters X.",
         "On Monday, December 15, 2025, Kallas told reporters X."),
        ("Posted Dec 16, 2025 - Kallas said yesterday that X.", "Kallas said on Monday, December 15, 2025 that X."),
        ("Posted 15 December 2025: Kallas said on Monday that X.", "Kallas said on Monday, December 15, 2025 that X."),
        ("Posted 17 Dec 2025: Kallas is right.", "Kallas is right."),
        ("Posted 31 Feb 2025: Kallas is right.", "Posted 31 Feb 2025: Kallas is right."),
        ("Kallas posted on Monday that X.", "Kallas posted on Monday that X."),
    ],
)
def test_claims_a_posts_date_places_the_day_it_counts_from(text: str, read: str) -> None:
    from saidwhen.verify.claims import dated_post

    assert dated_post(text) == read


def test_claims_a_point_granted_before_the_claim_is_no_part_of_it() -> None:
    from saidwhen.verify.claims import without_hearsay

    assert without_hearsay("For all the criticism he gets, Trump has supported NATO.") == "Trump has supported NATO."
    assert without_hearsay("At least Moscow has agreed to talk.") == "Moscow has agreed to talk."
    assert without_hearsay("At least 5 people were there.") == "At least 5 people were there."


def test_claims_a_learners_progressive_after_a_scene_is_the_verb() -> None:
    from saidwhen.verify.claims import standard_verbs

    assert standard_verbs("In interview for AFP, Kallas is comparing A to B.", {"Kallas"}.__contains__) == (
        "In interview for AFP, Kallas compares A to B."
    )


def test_claims_a_filler_inside_a_quotation_is_the_speakers_word() -> None:
    from saidwhen.verify.claims import spoken

    text = "Kallas: \"Consider that, I mean, it's unimaginable.\""
    assert spoken(text) == text
    assert spoken("Kallas, I mean, compared it to 9/11.") == "Kallas compared it to 9/11."


def test_claims_pm_is_a_title_and_a_readout_speaks_for_its_author() -> None:
    from saidwhen.verify.claims import parse_claim

    assert parse_claim("The former Estonian PM said Russia wants peace.").speaker == "The former Estonian PM"
    claim = parse_claim("Witkoff's Dec. 14 readout said the meeting lasted two hours.")
    assert (claim.speaker, claim.content) == ("Witkoff", "the meeting lasted two hours")


def test_claims_hearsay_on_the_verb_after_a_scene_is_dropped() -> None:
    from saidwhen.verify.claims import without_hearsay_verb

    assert without_hearsay_verb("In an AFP interview on Feb. 27, Kallas is said to have compared A to B.") == (
        "In an AFP interview on Feb. 27, Kallas compared A to B."
    )
    assert without_hearsay_verb("Special envoy Steve Witkoff is said to have confirmed the talks.") == (
        "Special envoy Steve Witkoff confirmed the talks."
    )


def test_claims_a_headline_speaker_may_be_followed_by_who_she_is() -> None:
    from saidwhen.verify.claims import parse_claim

    claim = parse_claim("Kallas, the EU's foreign policy chief: Ukraine joining NATO is out of the question.")
    assert (claim.speaker, claim.content) == ("Kallas", "Ukraine joining NATO is out of the question")


@pytest.mark.parametrize(
    "text",
    [
        "Trump's claim that tariffs sparked a manufacturing boom drew ridicule from economists.",
        "Kallas's warning that the war showed Europe's weakness drew criticism in Budapest.",
        "Europe's belief that Russia would never invade reflected decades of complacency.",
        "There's a view that the ceasefire reflects Russian exhaustion.",
        "Putin's argument is absurd: Ukraine never threatened Russia.",
        "Kallas's take is wrong: Russia is not losing the war.",
        "Zelenskyy's stance is understandable: Ukraine has lost too many soldiers.",
        'Hungary: we will veto the 20th sanctions package.',
        'Russia — not Ukraine — started this war, Kallas said.',
        'Russia - Ukraine talks in Istanbul ended without a deal.',
        "Russia lost more than 1,000 soldiers a day in November, per Ukraine's General Staff.",
        'Trump cannot run for a third term, per the Constitution.',
        'Western media reports that Russia has lost a million soldiers in Ukraine.',
        'The media admits that Trump won the argument on tariffs.',
        'Zelenskyy was told that the US would cut off intelligence sharing.',
        'Zelenskyy was told to accept that Crimea is gone for good.',
        'Kallas said Europe lacks the political will to send troops to Ukraine.',
        'Congress kicked the can to the next administration on the debt ceiling.',
        'Lavrov called Ukraine a so-called democracy run by neo-Nazis.',
        'As a result of the talks, I note that Russia made no concessions at all.',
        'Trump said the deal was, as Vance put it, "dead on arrival".',
        'Both Trump and Zelenskyy met in the Oval Office on Friday.',
        'Russia launched 600 drones at Ukraine overnight, Kyiv responded in kind.',
        "Trump told the Sun. May's government never recovered.",
        'Trump was quoting Putin, saying Ukraine can never join NATO.',
    ],
)
def test_claims_an_ordinary_claim_keeps_its_reading_under_the_session_26_rewrites(text: str) -> None:
    from saidwhen.verify.claims import as_checked, clauses, possessed_words

    known = {"Kallas", "Zelenskyy", "Trump", "Putin", "Zelensky"}.__contains__
    assert possessed_words(as_checked(text), known) == text
    assert clauses(text) is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # A poster's own remark after the claim: in small letters, after a comma or after a dash.
        ("Kallas said it is up to Ukrainians. honestly that's the only sane answer",
         "Kallas said it is up to Ukrainians."),
        ("Zelenskyy met Witkoff for five hours, that's a long meeting lol", "Zelenskyy met Witkoff for five hours"),
        ("Zelenskyy called it “a compromise on our part”, his words not mine.",
         "Zelenskyy called it “a compromise on our part”"),
        ("Kyiv's neutrality was a Kremlin demand in 2022, this isn't new",
         "Kyiv's neutrality was a Kremlin demand in 2022"),
        ("Kallas compared it to bin Laden — pretty brutal comparison honestly", "Kallas compared it to bin Laden"),
        ("Kallas said Estonia is 'afraid of Russia' — which, fair, they share a border",
         "Kallas said Estonia is 'afraid of Russia'"),
        # ... and what stays: a quotation's end, words of the claim.
        ("Kallas said 'peace is needed.' That's her view", "Kallas said 'peace is needed.'"),
        ('Kallas said "we need peace. Now."', 'Kallas said "we need peace. Now."'),
        ("Kallas said that's not true", "Kallas said that's not true"),
    ],
)
def test_claims_a_posters_remark_after_the_claim_is_no_part_of_it(text: str, read: str) -> None:
    from saidwhen.verify.claims import without_comment

    assert without_comment(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas in her AFP interview published 27 Feb compared concessions to appeasement",
         "In her AFP interview published February 27, Kallas compared concessions to appeasement"),
        ("Kallas in an interview with AFP said NATO is the only guarantee",
         "In an interview with AFP, Kallas said NATO is the only guarantee"),
        ("Kallas at her press conference said it is up to Ukrainians",
         "At her press conference, Kallas said it is up to Ukrainians"),
        ("Kallas in Brussels said it", "Kallas in Brussels said it"),  # a place, read as it is
    ],
)
def test_claims_an_occasion_between_the_speaker_and_the_verb_goes_first(text: str, read: str) -> None:
    from saidwhen.verify.claims import as_checked

    assert as_checked(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas's position, as reported, was that peace needs concessions from Ukraine",
         "Kallas said that peace needs concessions from Ukraine"),
        ("Kallas's demand, reportedly, was that EU states send troops now",
         "Kallas said that EU states send troops now"),
        ("The negotiations were said to be scheduled to resume on Tuesday",
         "The negotiations were scheduled to resume on Tuesday"),
        ("Slovakia and Hungary are reported to have vetoed Ukraine's accession",
         "Slovakia and Hungary have vetoed Ukraine's accession"),
        ("Zelenskyy reportedly held back from commenting", "Zelenskyy reportedly held back from commenting"),
        # words in quotation marks are the speaker's, hedges and all
        ('Kallas said "he reportedly left", reportedly, on Monday', 'Kallas said "he reportedly left" on Monday'),
        ('The assessment that the chance was "vanishingly thin" was reportedly offered by Kallas',
         'Kallas said that the chance was "vanishingly thin"'),
        ("It was asserted by Kallas at the press conference that Russia is weak",
         "Kallas asserted at the press conference that Russia is weak"),
    ],
)
def test_claims_a_reporters_hedge_is_dropped_and_the_remark_is_the_speakers(text: str, read: str) -> None:
    from saidwhen.verify.claims import as_checked

    assert as_checked(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas's remarks about it being up to Ukrainians were delivered in Berlin.",
         "In Berlin, Kallas said it is up to Ukrainians"),
        ("Kallas's comparison of concessions to Moscow with appeasing al-Qaeda was made while she was visiting "
         "Washington",
         "While visiting Washington, Kallas compared concessions to Moscow to appeasing al-Qaeda"),
        ("Kallas's analogy between Munich and Berlin was drawn at a press conference",
         "At a press conference, Kallas compared Munich to Berlin"),
        ("Kallas's remarks were delivered in Berlin.", "Kallas's remarks were delivered in Berlin."),  # no words given
        ("Kallas's comments on Ukraine's NATO bid were made in Washington.",  # a topic, not words
         "Kallas's comments on Ukraine's NATO bid were made in Washington."),
    ],
)
def test_claims_remarks_given_somewhere_are_the_speakers_words_there(text: str, read: str) -> None:
    from saidwhen.verify.claims import remarks_given

    assert remarks_given(text) == read


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Back on 27 Feb Kallas was clear: \"NATO's umbrella is the only guarantee.\"", "Kallas"),
        ("The Estonian made it pretty clear: if Kyiv gives up on NATO it needs guarantees.", "The Estonian"),
        ("Kallas made it crystal clear that Russia does not want peace.", "Kallas"),
    ],
)
def test_claims_clear_words_with_a_colon_are_said(text: str, speaker: str) -> None:
    from saidwhen.verify.claims import as_checked

    claim = parse_claim(as_checked(text))
    assert claim.speaker == speaker and claim.attributed
    assert not claim.content.startswith(("clear", "it"))


@pytest.mark.parametrize(
    "text",
    [
        "Kallas said the talks in Berlin went well, that matters",
        "Russia reportedly launched 600 drones overnight.",
        "Back pain is common among soldiers in 2022.",
        "Zelenskyy's remarks drew criticism in Berlin.",
        "Kallas was clear that Russia is the aggressor.",
    ],
)
def test_claims_an_ordinary_claim_keeps_its_reading_under_the_session_27_rewrites(text: str) -> None:
    from saidwhen.verify.claims import remarks_given

    assert remarks_given(text) == text
    assert parse_claim(text).speaker in {None, "Kallas"}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Zelenskyy held back from commenting, indicating that he would comment after the talks.",
         "Zelenskyy indicated that he would comment after the talks."),
        ("The president signed the bill on Friday, saying that it would cut costs.",  # a deed and its day, kept
         "The president signed the bill on Friday, saying that it would cut costs."),
        ("Kallas left the meeting early, signalling that Europe was divided.",
         "Kallas signalled that Europe was divided."),
        ("The talks went on for hours, indicating that progress was slow.",  # no one speaks
         "The talks went on for hours, indicating that progress was slow."),
    ],
)
def test_claims_what_a_speaker_did_then_indicated_is_what_they_said(text: str, read: str) -> None:
    from saidwhen.verify.claims import said_while_doing

    assert said_while_doing(text) == read


def test_claims_a_sentence_going_on_about_the_claims_subject_is_no_comment() -> None:
    """"He's getting ready to hand over Donbas!" after a quotation says more of its speaker: it is claimed too."""
    from saidwhen.verify.claims import without_comment

    text = 'Zelenskyy: "This is a compromise on our part". He\'s getting ready to hand over Donbas!'
    assert without_comment(text) == text
    assert without_comment('Zelenskyy: "This is a compromise on our part". Huge news!') == (
        'Zelenskyy: "This is a compromise on our part".'
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Kallas -> if UA concedes on NATO, guarantees must be tangible",
         "Kallas said that if Ukraine concedes on NATO, guarantees must be tangible"),
        ("Kallas 15/12 -> it is up to Ukrainians", "Kallas said on December 15 that it is up to Ukrainians"),
        ("Kallas (AFP): NATO umbrella = 'the only security guarantee that works'",
         "Kallas (AFP): NATO umbrella is 'the only security guarantee that works'"),
        ("Zelensky -> US guarantees + guarantees from CA, JP = a compromise",
         "Zelensky said that US guarantees and guarantees from Canada, Japan is a compromise"),
        ("Pres. Zelenskyy (Berlin, 14/12): UA ready to forgo NATO",
         "President Zelenskyy (Berlin, December 14): Ukraine ready to forgo NATO"),
        ("Pres. Zelenskyy mtg w/ Starmer & Macron, Paris, 8/12",  # (8/12: day or month first, not read)
         "President Zelenskyy meeting with Starmer and Macron, Paris, 8/12"),
        ("Kallas, former Latvian PM, spoke.", "Kallas, former Latvian prime minister, spoke."),
        ("FM Sybiha spoke.", "foreign minister Sybiha spoke."),
        # ... and no memo: nothing changes
        ("The talks began at 5 PM in Berlin.", "The talks began at 5 PM in Berlin."),
        ("Kallas compared it to 9/11.", "Kallas compared it to 9/11."),
        ("The hotline is open 24/7 for veterans.", "The hotline is open 24/7 for veterans."),
        ("Kallas FAC presser 15/12 held in Luxembourg.",
         "Kallas Foreign Affairs Council presser December 15 held in Luxembourg."),
        ("The odds were 14/1 at the summit.", "The odds were 14/1 at the summit."),
        ("Wildfires in Los Angeles, CA destroyed homes.", "Wildfires in Los Angeles, CA destroyed homes."),
        ("JP Morgan Chase raised rates.", "JP Morgan Chase raised rates."),
        ("The UA strike ended.", "The UA strike ended."),
        ("FM radio is dying.", "FM radio is dying."),
        ("PM 2.5 levels rose.", "PM 2.5 levels rose."),
        ("Johnson & Johnson recalled its sunscreen.", "Johnson & Johnson recalled its sunscreen."),
        ("Inflation -> 3% by year end, the Fed said.", "Inflation -> 3% by year end, the Fed said."),
        ("Biden -> Trump transition was chaotic.", "Biden -> Trump transition was chaotic."),
        ("They met at the pub. Then Johnson said it.", "They met at the pub. Then Johnson said it."),
    ],
)
def test_claims_a_briefing_memos_line_and_shorthand_read_as_a_sentence(text: str, read: str) -> None:
    from saidwhen.verify.claims import memo_line, unabbreviated

    known = {"Kallas", "Zelensky", "Zelenskyy"}.__contains__
    assert memo_line(unabbreviated(text), known) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Isn't it true, Minister, that the talks lasted five hours?", "The talks lasted five hours."),
        ("Isn't it the case that NATO called the path irreversible?", "NATO called the path irreversible."),
    ],
)
def test_claims_a_question_put_to_a_guest_asserts_what_it_asks(text: str, read: str) -> None:
    from saidwhen.verify.claims import asserted

    assert asserted(text) == read


def test_parse_claim_the_day_after_quoted_words_is_when_they_were_said() -> None:
    claim = parse_claim("Kallas said it is “up to Ukrainians to decide” on Monday, December 15, 2025.")
    assert claim.when is not None and claim.when.resolved == date(2025, 12, 15)
    assert claim.content == "it is “up to Ukrainians to decide”"
    kept = parse_claim('Kallas said Europe must "stand firm" in Brussels.')
    assert kept.when is None


def test_parse_claim_has_been_calling_for_and_came_out_announcing() -> None:
    assert parse_claim("Kallas has been calling for troops to be sent.").speaker == "Kallas"
    assert parse_claim("Witkoff came out of Berlin announcing that a deal was agreed.").speaker == "Witkoff"


def test_claims_a_reminder_of_who_the_speaker_is_between_dashes_goes() -> None:
    from saidwhen.verify.claims import role_in_brackets

    assert role_in_brackets("Kallas told AFP — this is the former Estonian prime minister — that NATO works.") == (
        "Kallas told AFP that NATO works."
    )
    kept = "Kallas told AFP — this is a big deal — that NATO works."
    assert role_in_brackets(kept) == kept


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Just in: responding to Zelenskyy's Berlin offer, Kallas calls the claim untrue.",
         "Responding to Zelenskyy's Berlin offer, Kallas calls the claim untrue."),
        ("Right after the Berlin talks Kallas told AFP that NATO works.",
         "After the Berlin talks, Kallas told AFP that NATO works."),
        ("Fresh from the December Berlin talks, Kallas told AFP there was no reason.",
         "After the December Berlin talks, Kallas told AFP there was no reason."),
        ("Just days after Zelensky's Berlin offer, Kallas told AFP there was no reason.",
         "After Zelensky's Berlin offer, Kallas told AFP there was no reason."),
        ("Fresh off the Berlin talks this week, Kallas told AFP there was no reason.",
         "After the Berlin talks, Kallas told AFP there was no reason."),
        ("A Facebook post claims Kallas told reporters that it is up to Ukrainians.",
         "Kallas told reporters that it is up to Ukrainians."),
        ("A Ukrainian MP wrote on Telegram that NATO allies declared the path irreversible",
         "NATO allies declared the path irreversible"),
        ("Zelenskyi declared that Ukraine is ready to refuse from NATO",
         "Zelenskyi declared that Ukraine is ready to give up NATO"),
        ("On 18 of February Kallas said Russia will try to divide us.",
         "On February 18 Kallas said Russia will try to divide us."),
        ("It was Foreign Minister Andriy Sybiha, not Zelensky, who told reporters it is a compromise.",
         "Foreign Minister Andriy Sybiha told reporters it is a compromise."),
        ("It was Dmytro Lytvyn, Zelensky's aide, and not Witkoff, who said progress was made.",
         "Dmytro Lytvyn said progress was made."),
        # ... and what stays
        ("A senior official said the talks were over.", "A senior official said the talks were over."),
        ("Breaking news is rare.", "Breaking news is rare."),
        ("After the talks ended Zelensky left.", "After the talks ended Zelensky left."),
    ],
)
def test_claims_flash_labels_event_leads_claimants_and_learners_calques(text: str, read: str) -> None:
    from saidwhen.verify.claims import as_checked

    assert as_checked(text) == read


def test_claims_a_name_the_corpus_never_writes_is_respelled_as_it_does() -> None:
    from saidwhen.verify.claims import respelled_names

    corpus = {"Witkoff", "Zelensky", "Zelenskyy", "Sybiha", "Kallas", "Berlin"}
    written = corpus.__contains__
    assert respelled_names("Meeting of Zelenskyi with Vitkoff in Berlin.", written) == (
        "Meeting of Zelenskyy with Witkoff in Berlin."
    )
    assert respelled_names("Kallas said Sybiga did not explain.", written) == "Kallas said Sybiha did not explain."
    assert respelled_names("Kallas met Vance in Paris.", written) == "Kallas met Vance in Paris."  # no such name
    assert respelled_names("Yermak: Pres. will comment.", {"Press"}.__contains__) == "Yermak: Pres. will comment."


@pytest.mark.parametrize(
    "text",
    [
        "The suspect is alleged to have stolen $5 million.",
        "Putin is believed to have ordered the attack.",
        "The minister, allegedly, took bribes.",
        "Inflation hit 9.1% in June 2022, that's the highest in 40 years.",
        "He scored 50 points, that's a first for a rookie.",
        "Trump won Pennsylvania, his words not mine, by 120,000 votes.",
        "Mr. Smith Goes to Washington premiered in 1939.",
        "Ms. Marvel premiered on Disney+.",
        "The hotline is open 24/7 for veterans.",
        "They met at the pub, Johnson said.",
    ],
)
def test_claims_an_ordinary_claim_keeps_its_reading_under_the_session_27_review(text: str) -> None:
    from saidwhen.verify.claims import as_checked

    assert as_checked(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Police knocked down the door of the suspect's home: neighbours said it was empty.",
        "The court shut down the case: judges found no evidence.",
        "The company has been claiming losses for three years to avoid tax.",
    ],
)
def test_parse_claim_a_deed_is_no_verb_of_saying(text: str) -> None:
    assert parse_claim(text).speaker in {None, "neighbours", "judges"}


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian MP wrote on Telegram that the talks in Berlin were scheduled to resume on Monday.",
        "A Ukrainian MP wrote on Telegram that the US-Ukraine talks in Berlin were to resume on Monday, 22 December.",
        "An adviser wrote on Telegram that the talks in Berlin would go on in January.",
    ],
)
def test_parse_claim_an_article_is_no_words_said_before_the_speaker(text: str) -> None:
    # (an unnamed speaker: the claim is read whole, its words kept)
    assert "talks in Berlin" in parse_claim(text).content


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Zelenskyy says guarantees don't need to be legally binding, political promises are enough",
         {"guarantees don't need to be legally binding", "political promises are enough"}),
        ("Kallas said the Russians are in a good place right now, they're strong",
         {"the Russians are in a good place right now"}),  # (the second too short to read alone)
        # Not a clause that a relative pronoun opens, nor a name set off by commas.
        ("Kallas said Russia, which is weak, will try to divide us", set()),
        ("Kallas said the minister, Andrii Sybiha, is not in good place", set()),
        # (nor the main clause after a clause set before it)
        ("Kallas said that if Ukraine joins NATO, Russia is not in a good place", set()),
        ("Kallas said once Ukraine joins the EU, Russia will be weaker", set()),
    ],
)
def test_claims_a_second_clause_after_a_bare_comma_is_a_second_statement(text: str, parts: set[str]) -> None:
    from saidwhen.verify.claims import conjuncts

    assert {c.content for c in conjuncts(parse_claim(text))} == parts


def test_claims_remarks_given_somewhere_after_a_label() -> None:
    from saidwhen.verify.claims import remarks_given

    given = remarks_given("Claim: Kallas's remarks that Ukraine must decide were made at a press conference in Kyiv.")
    assert given == "At a press conference in Kyiv, Kallas said Ukraine must decide"
    assert remarks_given("Claim: Kallas made remarks in Kyiv.") == "Claim: Kallas made remarks in Kyiv."
