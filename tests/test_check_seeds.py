"""End to end on the real seeds: ingest ../shared/seeds into a fresh store, then ``api.check`` claims
about them and compare with what a fact-checker reading the five articles would conclude.

Each row: the claim, the labels accepted, the reasons that must be among the verdict's reasons (any one
of them), the seeds (by file-name prefix) of which at least one must be cited as evidence, and the seeds
that must be cited as fact-checks. A case saidwhen cannot get right yet is marked xfail with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from saidwhen import api
from saidwhen.records import Citation, Reason, Verdict, VerdictLabel
from saidwhen.settings import Settings

pytestmark = pytest.mark.slow

S = VerdictLabel.SUPPORTED
R = VerdictLabel.REFUTED
M = VerdictLabel.MISLEADING
N = VerdictLabel.NOT_ENOUGH_EVIDENCE
C = VerdictLabel.CONFLICTING


@dataclass(frozen=True)
class Case:
    claim: str
    labels: frozenset[VerdictLabel]
    reasons: frozenset[Reason] = frozenset()  # at least one of these among the verdict's reasons
    cites: frozenset[str] = frozenset()  # at least one of these seeds ("000" ...) among the evidence
    fact_checks: frozenset[str] = frozenset()  # each of these seeds among the fact-checks cited apart
    no_fact_check: bool = False  # no fact-check cited apart (the corpus has none of this claim)


def case(
    claim: str,
    labels: VerdictLabel | set[VerdictLabel],
    reasons: set[Reason] | None = None,
    cites: set[str] | None = None,
    fact_checks: set[str] | None = None,
    no_fact_check: bool = False,
) -> Case:
    return Case(
        claim,
        frozenset(labels if isinstance(labels, set) else {labels}),
        frozenset(reasons or ()),
        frozenset(cites or ()),
        frozenset(fact_checks or ()),
        no_fact_check,
    )


ACCEPTANCE = [
    # Issue 4's four: the distorted Kallas remark (debunked by StopFake in 001), Zelenskyy's conditional
    # offer, Kallas's "Russia does not want this peace", and a claim the corpus says nothing about.
    case("Kaja Kallas said Europe has abandoned discussions of Ukraine's NATO membership.", M,
         {Reason.CONDITION_STRIPPED, Reason.OUT_OF_CONTEXT}, {"000", "001"}, {"001"}),
    case("Zelenskyy said Kyiv could drop its bid to join NATO if the United States and Europe give binding "
         "security guarantees.", S, cites={"003", "004"}, no_fact_check=True),
    case("Kallas said Russia wants this peace.", R, cites={"000"}),
    case("Kallas said Ukraine should join the European Union by 2027.", N),
]  # fmt: skip

MORE = [
    # Condition stripped: he offered it only in exchange for guarantees (003, 004; 001 reports it too).
    case("Zelenskyy said Ukraine has given up its bid to join NATO.", M, {Reason.CONDITION_STRIPPED},
         {"003", "004", "001"}, no_fact_check=True),
    case("Zelenskyy said Ukraine is willing to give up NATO membership.", M, {Reason.CONDITION_STRIPPED},
         {"003", "004", "001"}),
    # 001 relays the same remark with its condition ("could, in theory, forgo NATO membership—but only under
    # strict conditions"), as 003 and 004 do.
    case("Zelensky says Ukraine is ready to give up on NATO to end the war", M, {Reason.CONDITION_STRIPPED},
         {"003", "004", "001"}),
    # 001: "If he gets Donbas, then the fortress is down" stated as fact.
    case("Kallas said the fortress is down.", M, {Reason.CONDITION_STRIPPED}, {"001"}),
    # ... "then they definitely move on with taking the whole of Ukraine": "they" is Russia.
    case("Kallas said Russia will definitely move on to take the whole of Ukraine.", M, {Reason.CONDITION_STRIPPED},
         {"001"}),
    # 001: "if ... this is out of the question, then we need ... security guarantees": a condition, not a view.
    case("Kallas said NATO membership for Ukraine is out of the question.", M, {Reason.CONDITION_STRIPPED}, {"001"}),
    # The condition kept: supported.
    case("Kallas said if Ukraine gives up NATO membership it needs very strong security guarantees.", S,
         cites={"000", "001"}),
    case("Zelenskyy said Ukraine will drop its NATO bid in exchange for security guarantees.", S,
         cites={"003", "004"}),
    # Said, word for word or nearly.
    case("Witkoff said a lot of progress was made during the talks.", S, cites={"004"}),
    case("Kallas said NATO's umbrella is the only security guarantee that works.", S, cites={"002"}),
    case("Kallas said Russia will try to divide us.", S, cites={"002"}),
    case("Kallas said it is up to Ukrainians to decide what they are willing to give up for peace.", S,
         cites={"000"}),
    case("Kallas said Russia does not want this peace.", S, cites={"000"}),
    case("Zelenskyy said any security guarantees must be legally binding.", S, cites={"003"}),
    case("Kallas said paper assurances are insufficient.", S, cites={"001"}),
    case("Lytvyn said the president would comment on the talks once they were completed.", S, cites={"004"}),
    # A verbatim quote found inside the fact-check article is still her statement, not a debunked claim.
    case("Kallas said Donbas is not Putin's end game.", S, cites={"001"}, no_fact_check=True),
    # "They cannot be papers or promises": "they" are the guarantees of the sentence before.
    case("Kallas said the security guarantees cannot be papers or promises.", S, cites={"001"}),
    case("Kallas said concessions are needed from Russia for a lasting peace.", S, cites={"000"}),
    # Headline form, and a leader named by role and nationality.
    case("Kallas: It's up to Ukrainians to decide what they are willing to give up for peace", S, cites={"000"}),
    # The choice left open in other words ("up to Ukrainians what"), and stated as settled.
    case("Kallas: it's up to Ukrainians what they're willing to give up for peace", S, cites={"000"}),
    case("Kallas said Ukrainians are willing to give up NATO for peace.", M, {Reason.TRUNCATED}, {"000"}),
    # "called the claim that P 'totally untrue', 'the Russian narrative ...'": her judgement, quoted.
    case("Kallas called the claim that Ukraine's NATO ambitions provoked Russia's invasion 'totally untrue', 'the "
         "Russian narrative that we should not buy'.", S, cites={"002"}),
    case("The Ukrainian leader called Article 5-like US guarantees, plus guarantees from Europe, Canada and Japan, "
         "'a compromise on our part'", S, cites={"003", "004"}),
    # The words the claim quotes ("very, very strong") find her conditional remark (000).
    case("EU's top diplomat says if Ukraine drops its NATO bid it must get 'very, very strong' guarantees, "
         "including troops on the ground", S, cites={"000"}),
    # The speaker named by description, as 001 describes her.
    case("The EU's top diplomat said it is up to Ukrainians to decide what they are willing to give up.", S,
         cites={"000"}),
    # A rhetorical question of hers (002) quoted as her view.
    case('Kallas said: "we should give Russia what they want."', M, {Reason.TRUNCATED, Reason.OUT_OF_CONTEXT},
         {"002"}),
    # Said by someone else.
    case("Zelenskyy said Russia will try to divide us.", M, {Reason.MISATTRIBUTED}, {"002"}),
    # Quoted words that are Zelenskyy's (004), with more said around them.
    case('Kallas said "this already is a compromise on our part," referring to Ukraine\'s offer to give up its '
         "NATO bid.", M, {Reason.MISATTRIBUTED}, {"004"}),
    # Said, but at another time: "Russia will try to divide us" on Feb. 18, the Ukrainians remark on Dec. 15.
    case("On Dec. 15 Kallas said Russia will try to divide us.", M, {Reason.OUTDATED}, {"002"}),
    # An event named with its month, between the cue and "that": the Berlin talks came after Feb. 18.
    case("Kallas said after the December Berlin talks that Russia will try to divide the West.", M, {Reason.OUTDATED},
         {"002"}),
    # A weekday alone: the Brussels remarks of Monday, December 15, told as Sunday's.
    case("Kallas said on Sunday that Ukrainians alone must decide what they are willing to give up for peace.", M,
         {Reason.OUTDATED}, {"000"}),
    # Two remarks joined by ", so": "NATO is enshrined in their constitution. So if they concede ... So, it has to
    # go hand in hand with extremely strong security guarantees".
    case("Kallas said NATO membership is enshrined in Ukraine's constitution, so giving it up must go hand in hand "
         "with extremely strong guarantees.", S, cites={"000"}),
    # Advice made of a case put: "if this is not in question (Ukraine's accession to NATO) ... then ...".
    case("Kallas said Ukraine should give up NATO membership in exchange for security guarantees.", M,
         {Reason.CONDITION_STRIPPED}, {"000", "001"}),
    # Two remarks joined by "and have to": "They cannot be papers or promises. They have to be real troops ...".
    case("Kaja Kallas said security guarantees cannot be papers or promises and have to be real troops and real "
         "capabilities.", S, cites={"001"}),
    # 002: the cue inside the statement: "has repeatedly ruled out | NATO membership for Ukraine ...".
    case("Donald Trump said Ukraine should be admitted to NATO as a guarantee against future Russian aggression.", R,
         cites={"002"}),
    # "did not support this direction" (the NATO bid) told as "did not support Ukraine"; "stood behind" = supported.
    case("Volodymyr Zelenskyy said some partners from the United States and Europe did not support Ukraine.", M,
         {Reason.TRUNCATED}, {"003", "004"}),
    case("Volodymyr Zelenskyy said some American and European partners had not stood behind Ukraine.", M,
         {Reason.TRUNCATED}, {"003", "004"}),
    # "no reason to offer concessions to Russia | before formal peace negotiations even begin"
    case("Kaja Kallas said there was no reason to offer concessions to Russia.", M, {Reason.TRUNCATED}, {"002"}),
    # The case to imagine ("Consider here in America that ...") dropped; "asked what else he wants" is the
    # case's own words, not a frame. A hypothetical reported as her view is out of its context.
    case("Kaja Kallas said that after 9/11 you would have sat down with Osama bin Laden and asked what else he "
         "wants.", M, {Reason.OUT_OF_CONTEXT}, {"002"}),
    case("Kaja Kallas said that after the 9/11 attacks, the United States should have sat down with Osama bin Laden "
         "and asked him what else he wanted.", M, {Reason.OUT_OF_CONTEXT}, {"002"}),
    # Others' words that say something else of the same names are not these words misattributed.
    case("Andriy Sybiha said Ukraine will never cede the Donbas region.", N),
    case("Friedrich Merz said Germany would provide troops for security guarantees for Ukraine.", N),
    # What he would give "in exchange for security guarantees" is the claim: Crimea is nowhere.
    case("Volodymyr Zelenskyy said Ukraine would recognize Crimea as Russian in exchange for security guarantees.",
         N),
    # 003: "Witkoff also confirmed the continuation of the discussions": discussions that go on are talks.
    case("Steve Witkoff said the Berlin negotiations would not be continued.", R, cites={"003"}),
    # Trump "has repeatedly ruled out" NATO membership for Ukraine: "off the table" says the same.
    case("Donald Trump said NATO membership for Ukraine was off the table.", S, cites={"002"}),
    case("On Feb. 18 Kallas said it is up to Ukrainians to decide what they are willing to give up for peace.",
         M, {Reason.OUTDATED}, {"000"}),
    # The time given in a scene-setting phrase before the attribution.
    case("In a December 2025 interview with AFP, Kallas said the only security guarantee that works is NATO's "
         "umbrella.", M, {Reason.OUTDATED}, {"002"}),
    case("On December 15, 2025, after a meeting of EU foreign ministers, Kallas warned that \"Russia will try to "
         "divide us.\"", M, {Reason.OUTDATED}, {"002"}),
    # Her words with one that matters changed: "the EU's umbrella" for "NATO's umbrella" (002); "all" for
    # "some" (003).
    case('Kallas said "the only security guarantee that works is the EU\'s umbrella."', R, cites={"002"}),
    case('Zelenskyy said "all partners from the United States and Europe" opposed Ukraine joining NATO.', M,
         {Reason.EXAGGERATED}, {"003", "004"}),
    # The speaker said the opposite.
    case("Kallas said ruling out NATO membership for Ukraine was a good idea.", R, cites={"002"}),  # she decried it
    case("Kallas said Ukraine must not get any security guarantees.", R, cites={"000", "001"}),
    case("Witkoff said no progress was made during the talks.", R, cites={"004"}),
    # "little" against "a lot"; Berlin and Zelensky are named in the narration around his words.
    case("U.S. special envoy Steve Witkoff said little progress was made during the Berlin talks with Zelensky.", R,
         cites={"004"}),
    case("Kallas said Donbas is Putin's end game.", R, cites={"001"}),
    # 000: "We clearly see that they are not in good place" ("they": Russia, named in the quote before).
    case("Kallas said it is clear that Russia is in a good position.", R, cites={"000"}),
    case("Zelenskyy said Ukraine never wanted to join NATO.", R, cites={"003", "004"}),
    case("Kallas said Europe should offer concessions to Russia before peace negotiations begin.", R, cites={"002"}),
    # She called the Russian claim "totally untrue" (002).
    case("Kallas said Ukraine's desire to join NATO provoked the invasion.", R, cites={"002"}),
    # An unattributed claim that the fact-check 001 debunks.
    case("Europe has abandoned discussions of Ukraine's NATO membership.", {R, M}, fact_checks={"001"}),
    # Never discussed in the corpus.
    case("Trump said China will invade Taiwan next year.", N),
    # 001: "Europe must be prepared to consider ... deploying peacekeepers or military contingents": weighed,
    # not urged (sending is deploying, troops are peacekeepers).
    case("Kallas said Europe should send troops to Ukraine.", M, {Reason.EXAGGERATED}, {"001"}),
    # Nothing in the corpus is about a referendum, nor about 10,000 troops: Zelenskyy's conditional offer and
    # Kallas's conditional call for troops are on the topic, not these claims.
    case("Zelenskyy said Ukraine would hold a referendum before dropping its bid to join NATO.", N),
    case("Kallas said the EU would send 10,000 troops to Ukraine as part of its security guarantees.", N),
    # 003 relays Zelenskyy's words ("..., Orda.kz reports"): the outlet is not a speaker of them.
    case("Sybiha said Ukraine will never give up its NATO bid.", N),
    # The outlets disagree: 004 reports that Ukraine "gives up joining NATO", 003 and 001 that it only could,
    # under conditions. Conflicting or misleading are both honest readings.
    case("Ukraine has given up its bid to join NATO.", {C, M}, no_fact_check=True),
    case("Ukraine has publicly abandoned its bid to join NATO.", {C, M}),
    # Unattributed claims the corpus states, denies or qualifies in its own sentences.
    case("Trump ruled out NATO membership for Ukraine.", S, cites={"002"}),  # 002 says it plainly
    case("Ukraine offered to drop its NATO bid in return for security guarantees.", S, cites={"004"}),
    case("Russia does not want this peace.", S, cites={"000"}),
    case("The talks between Zelensky and the U.S. delegation in Berlin lasted more than five hours.", S,
         cites={"003", "004"}),
    # The length given in other words, in sentences about something else ("following five hours of talks with a
    # U.S. delegation in Berlin", 003; "during five hours of talks with ... in Berlin", 004).
    case("The Berlin talks lasted five hours.", S, cites={"003", "004"}),
    case("Talks between US and Ukrainian negotiators in Berlin lasted more than five hours.", S, cites={"003", "004"}),
    case("The Berlin talks between Zelensky and the US delegation lasted just two hours.", R, cites={"003", "004"}),
    case("The Berlin meeting between Zelenskyy and the US delegation lasted barely an hour.", R, cites={"003", "004"}),
    # 004: "to end the almost four-year war" (in a sentence with a condition): four, not six.
    case("The war between Russia and Ukraine is now almost six years old.", R, cites={"004"}),
    case("Ukraine must not get any security guarantees.", R),
    # The year is wrong: 001 says the 2024 summit.
    case("NATO's 2023 summit in Washington declared Ukraine's path to membership 'irreversible'.", R,
         cites={"001"}),
    # Another place (001: "At NATO's 2024 summit in Washington"), another year (003: "the Istanbul talks in
    # April 2022"), another country (002: "the former prime minister of Estonia").
    case('The NATO summit at which allies called Ukraine\'s path to membership "irreversible" was held in Vilnius.', R,
         cites={"001"}),
    case("Kyiv's neutral status was among the Kremlin's key demands during the Istanbul talks in April 2023.", R,
         cites={"003"}),
    case("Kyiv's neutral status was among the Kremlin's key demands during the Istanbul talks in April 2022.", S,
         cites={"003"}),
    case("Kaja Kallas is a former prime minister of Latvia.", R, cites={"002"}),
    # 000: "[Andriy Sybiha – Foreign Minister of Ukraine]": not the defence minister; 002: Estonia's.
    case("Ukraine's defence minister Andriy Sybiha briefed EU ministers on Kyiv's position in the peace talks.", R,
         cites={"000"}),
    case("Kaja Kallas is a former president of Latvia.", R, cites={"002"}),
    # No statement of Witkoff's gives the length of the meeting; the record does: five hours (003, 004).
    case("Special envoy Steve Witkoff said the Berlin meeting with Zelenskyy lasted less than an hour.", R,
         cites={"003", "004"}),
    # 002: "the only security guarantee that works — is NATO's umbrella", not the European Union.
    case("Kallas said the only security guarantee that really works is membership in the European Union.", R,
         cites={"002"}),
    # 001: allies reaffirmed that Ukraine's path to membership is "irreversible".
    case("At NATO's 2024 summit in Washington, allies declared that Ukraine's path to membership was reversible.", R,
         cites={"001"}),
    # 002: Estonia joined NATO because it is "afraid of Russia".
    case("Kallas said Estonia joined NATO because it trusts Russia.", R, cites={"002"}),
    # The fact-check 001 names itself ("StopFake has previously debunked ..."): its narration is what it
    # says; the claim it reports ("Russian media outlets have circulated a quote ...") it disputes.
    case("StopFake says Kallas was talking about interim arrangements to protect Ukraine until it joins NATO or in "
         "case of a frozen conflict, not about Kyiv dropping its NATO aspirations.", S, cites={"001"}),
    case("StopFake confirmed that Kallas said Europe had abandoned discussions of Ukraine's NATO membership.", R,
         cites={"001"}),
    # Its headline is its finding: "Kallas was not referring to abandoning Ukraine's NATO aspirations, but rather
    # to interim security arrangements ...": "not A" holds without "but rather B".
    case("StopFake found that Kallas was not referring to abandoning Ukraine's NATO aspirations.", S, cites={"001"}),
    # 002: "Russia ... alleged that Ukraine's desire to join the alliance provoked the full-scale invasion — a
    # justification Trump has repeated": a claim about a claim is stated by the sentence reporting it.
    case("Trump has echoed Moscow's line that Kyiv's desire to join NATO provoked the full-scale invasion.", S,
         cites={"002"}),
    # The same, as "X claimed that P": no statement of Trump holds it, the narration reports him saying it.
    case("Donald Trump claimed that Ukraine's desire to join NATO provoked Russia's full-scale invasion.", S,
         cites={"002"}),
    # 003: "some representatives of the United States and European partners did not support this aspiration"
    # comes much closer than the offer made "if the United States and European partners provide ...".
    case("Ukraine's NATO bid had the backing of all its U.S. and European partners.", R, cites={"003", "004"}),
    # 004: "negotiations with Moscow, which is refusing to allow Ukraine's allies to be part of any peacekeeping
    # force": no words of the Kremlin, but the record reports its stand.
    case("The Kremlin said it would welcome Ukraine's Western allies taking part in a peacekeeping force.", R,
         cites={"004"}),
    # 002: "Trump has repeatedly ruled out | NATO membership for Ukraine": the words he rejected.
    case("Trump said Ukraine should be offered NATO membership as a security guarantee.", R, cites={"002"}),
    # 001: "And if Ukraine goes, then other regions are also in danger": Brussels stands for the EU.
    case("Brussels' top diplomat warned that if Ukraine falls, other regions will be in danger too.", S,
         cites={"001"}),
    # 002: "Kallas called these claims 'totally untrue'": not "partly true".
    case('Kallas described the claim that Ukraine\'s NATO ambitions provoked Russia\'s full-scale invasion as "partly '
         'true."', R, cites={"002"}),
    # 000: "... they are agreeing to everything to have peace. To illustrate that Russia does not want this
    # peace": an illustration, cut from what it illustrates.
    case("EU's Kallas admits Kyiv is 'agreeing to everything' in peace talks.", M, {Reason.TRUNCATED}, {"000"}),
    # 004: "Some partners from the United States and Europe did not support this direction" (NATO), not Ukraine.
    case("Zelenskyy complained that 'some partners from the United States and Europe did not support' Ukraine.", M,
         {Reason.TRUNCATED}, {"004"}),
    # 000: Sybiha explained "how open they are to the peace negotiations": "little openness" is next to none.
    case("The EU's top diplomat said Ukraine's foreign minister had shown little openness to peace negotiations.", R,
         cites={"000"}),
    # A claim that the words circulated: the fact-check reports that they did.
    case("Russian outlets pushed a quote claiming Kallas said Europe had dropped talk of Ukraine joining NATO", S,
         cites={"001"}),
    # What the fact-check reports as circulating, it does say.
    case("StopFake says Russian media circulated a quote attributed to Kaja Kallas to claim Europe had given up on "
         "discussing Ukraine's NATO membership.", S, cites={"001"}),
    # One clause of a long quotation (003, 004) states it: "other countries such as Canada and Japan – these
    # security guarantees are an opportunity to prevent another invasion".
    case("Canada and Japan were among the countries Zelenskyy named as potential providers of security guarantees "
         "that could stop another Russian invasion.", S, cites={"003", "004"}),
    # February remarks (002) placed after the December events: a date after the closing cue, a reaction
    # with a time word in it.
    case('"Russia will try to divide us," Kallas warned after the December 2025 Berlin talks on Ukraine\'s NATO bid.',
         M, {Reason.OUTDATED}, {"002"}),
    case("Reacting this week to Zelenskyy's offer to drop the NATO bid, Kallas insisted that \"the only security "
         "guarantee that works is NATO's umbrella.\"", M, {Reason.OUTDATED}, {"002"}),
    # 004: "Several members were resistant to the idea" (the sentence after "the chance of it joining the
    # alliance was vanishingly thin"): several, not all; Moscow's opposition is not the members'.
    case("All NATO members opposed Ukraine joining the alliance.", M, {Reason.EXAGGERATED}, {"004"}),
    # The event dated by the words reporting it: "Kallas said on Feb. 18 following the U.S.-Russia talks in
    # Saudi Arabia" (002); the Berlin talks (December, 003/004) came long after her February words.
    case("After the US-Russia talks in Saudi Arabia, Kallas warned: 'Russia will try to divide us. Let's not walk "
         "into their traps.'", S, cites={"002"}),
    case('After the Berlin talks in December, Kallas warned that "Russia will try to divide us."', M,
         {Reason.OUTDATED}, {"002"}),
    # Kallas's bin Laden comparison (002) in Zelenskyy's mouth: nearly all its words, in order, are hers.
    case("Zelenskyy likened making concessions to Russia to sitting down with Osama bin Laden after 9/11 and asking "
         "what else he wanted.", M, {Reason.MISATTRIBUTED}, {"002"}),
    # "She said this on Monday in Brussels at a press conference ...": who and what are in the sentence
    # before it (000); the place is not Warsaw, nor Kyiv (a city is not its country here).
    case("Kallas made her remarks on Ukraine and NATO in Warsaw on Monday after the EU foreign ministers' meeting.", R,
         cites={"000"}),
    case("Kallas made her comments on Ukraine giving up NATO at a press conference in Kyiv.", R, cites={"000"}),
    # "during five hours of talks with U.S. officials Steve Witkoff and Jared Kushner in Berlin" (004).
    case("Zelenskyy's talks with the US delegation over the weekend took place in Paris.", R, cites={"003", "004"}),
    # "Several members were resistant to the idea, including Moscow-friendly Slovakia and Hungary" (004):
    # "the idea" is Ukraine joining NATO, named the sentence before.
    case("Slovakia and Hungary were among the NATO members resistant to Ukraine joining the alliance.", S,
         cites={"004"}),
    # Attribution forms: "In X's account," and a reaction before the attribution (its date counts: the
    # umbrella remark is from February, 002).
    case("In Zelenskyy's account, certain American and European partners did not back Ukraine's ambition to become "
         "a NATO member.", S, cites={"003", "004"}),
    case("Responding to Zelenskyy's December 2025 offer to drop the NATO bid, Kallas said the only security guarantee "
         "that works is NATO's umbrella.", M, {Reason.OUTDATED}, {"002"}),
    # Two remarks stacked in one claim, read over two sentences of one statement (000; 001: "Donbas is not
    # Putin's end game").
    case("The EU's top diplomat said that putting pressure on Russia is the bloc's policy and that Russia is clearly "
         "not in a good place.", S, cites={"000"}),
    case("Kallas said Donbas is Putin's end goal and that he would stop once he takes it.", R, cites={"001"}),
    # "some representatives of the United States and European partners did not support" made the whole (003).
    case("Zelenskyy said the United States and Europe refused to support Ukraine's NATO membership.", M,
         {Reason.EXAGGERATED}, {"003", "004"}),
    # Zelenskyy named Japan; nothing Japan said is on record.
    case("Japan's government confirmed it is willing to provide security guarantees to Ukraine.", N),
    case("At NATO's 2024 summit in Washington, allies backed away from calling Ukraine's path to membership "
         "irreversible.", R, cites={"001"}),
    # A headline label before the attribution; "is calling for" (troops only if Ukraine concedes: 000, 001).
    case("BREAKING: Zelenskyy announces Ukraine is abandoning its bid to join NATO.", M, {Reason.CONDITION_STRIPPED},
         {"003", "004", "001"}),
    case("Kallas is calling for Western troops on the ground in Ukraine.", M, {Reason.CONDITION_STRIPPED},
         {"000", "001"}),
    # Words placed after an event the corpus dates: the Berlin talks and the offer are first reported on
    # 2025-12-14; "Russia will try to divide us" and "NATO's umbrella" are from February (002).
    case("After the Berlin talks, Kallas warned that 'Russia will try to divide us'.", M, {Reason.OUTDATED}, {"002"}),
    case("Responding to Zelenskyy's offer to drop the NATO bid, Kallas insisted NATO's umbrella is the only "
         "security guarantee that works.", M, {Reason.OUTDATED}, {"002"}),
    case("After the Berlin talks, Zelenskyy said this is a compromise on our part.", S, cites={"003", "004"}),
    case("NATO allies first called Ukraine's path to membership 'irreversible' at the 2023 Vilnius summit.", R,
         cites={"001"}),
    # Quotations cut: after "not" (000: "not only on paper"), inside an aside (004), out of an open choice (000).
    case('Kallas said Ukraine\'s security guarantees should be "only on paper."', R, cites={"000"}),
    case('Kallas said Ukraine needs very strong security guarantees "on paper."', R, cites={"000"}),
    # The talks' length given in hours in a long sentence about the NATO offer (004: "five hours of talks").
    case("The weekend talks between Ukraine and the US envoys lasted only about two hours.", R, cites={"003", "004"}),
    case("The Berlin meeting between Zelenskyy and the American delegation wrapped up after barely an hour.", R,
         cites={"003", "004"}),
    case("Zelenskyy on giving up territory in Donbas: 'this already is a compromise on our part.'", M,
         {Reason.OUT_OF_CONTEXT}, {"003", "004"}),
    # Where she said it (000: "in Brussels at a press conference"), and a condition put as "should ...".
    case("Kallas made her comments on Ukraine possibly leaving the NATO track at a press conference in Berlin after "
         "the EU foreign ministers met.", R, cites={"000"}),
    case("Kallas stressed that, should Ukraine give up on NATO, all member states and the Americans would first "
         "have to provide it with very strong, tangible security guarantees.", S, cites={"000"}),
    # 002: she likened "the proposed concessions" to sitting down with bin Laden, not peace talks.
    case("Kallas compared peace talks with Russia to sitting down with Osama bin Laden after 9/11.", M,
         {Reason.OUT_OF_CONTEXT}, {"002"}),
    # 000: "concessions are needed from Russia": the alternative the claim rules out.
    case("Kallas argued that a lasting peace in Europe requires concessions from Ukraine rather than from Russia.", R,
         cites={"000"}),
    # A denial or an endorsement as the verb (000: "Russia does not want this peace"; 002: "totally untrue").
    case("Kallas denied that Russia wants this peace.", S, cites={"000"}),
    case("Kallas endorsed Moscow's argument that Ukraine's NATO ambitions provoked Russia's full-scale invasion.", R,
         cites={"002"}),
    # A milder judgement told more strongly (000: "not in good place"; 004: "a lot of progress was made").
    case("Kallas said Russia is on the verge of collapse.", M, {Reason.EXAGGERATED}, {"000"}),
    case("Witkoff said the Berlin talks produced a final peace agreement.", M, {Reason.EXAGGERATED}, {"004"}),
    # The speaker's words, quoted as if said of something else (000: of Russia; 004: of security guarantees).
    case('Kallas said Ukraine is "not in good place."', M, {Reason.OUT_OF_CONTEXT}, {"000"}),
    case('Zelenskyy called ceding the Donbas to Russia "a compromise on our part."', M, {Reason.OUT_OF_CONTEXT},
         {"004"}),
    # A description as a headline speaker; "told EU ministers that"; someone else's words are not his.
    case('The EU\'s top diplomat: security guarantees for Ukraine "cannot be papers or promises."', S, cites={"001"}),
    case("Foreign Minister Andriy Sybiha told EU ministers that Ukraine would amend its constitution to remove the "
         "goal of NATO membership.", N),
    case("Zelenskyy said: \"From the very beginning, Ukraine's conditions was NATO membership.\"", M,
         {Reason.TRUNCATED}, {"004"}),
    case('Kallas said Ukrainians are "willing to give up" NATO membership to have peace.', M, {Reason.TRUNCATED},
         {"000"}),
    # Two remarks in one claim, the second negated ("They cannot be papers or promises. They have to be real
    # troops, real capabilities", 001).
    case("Any guarantees for Ukraine have to be real troops and real capabilities, not paper promises, according to "
         "the EU's top diplomat Kaja Kallas.", S, cites={"001"}),
    # The event after the quoted words (002: February); words on record from Witkoff (004); "framed ... as".
    case("Kallas warns 'Russia will try to divide us' in response to this week's US-Ukraine talks in Berlin.", M,
         {Reason.OUTDATED}, {"002"}),
    case("Kallas hailed 'a lot of progress' in the US-Ukraine negotiations in Berlin.", M, {Reason.MISATTRIBUTED},
         {"004"}),
    case("Zelenskyy framed swapping NATO membership for security guarantees as a concession by Kyiv.", S,
         cites={"003", "004"}),
    # Another country: the talks were with U.S. officials (003, 004).
    case("Zelenskyy floated dropping the NATO bid during five hours of face-to-face talks with a Russian delegation "
         "in Berlin.", R, cites={"003", "004"}),
    # Kallas's words (001), quoted in single marks with an apostrophe inside, found wherever they rank.
    case("Zelenskyy warned that 'Donbas is not Putin's end game' and that Russia would go on to take all of "
         "Ukraine.", M, {Reason.MISATTRIBUTED}, {"001"}),
    # A title the corpus contradicts (002: "Kallas, the former prime minister of Estonia").
    case("Former Latvian prime minister Kaja Kallas said her country joined NATO out of fear of Russia.", R,
         cites={"002"}),
    case("Former Estonian prime minister Kaja Kallas said her country joined NATO out of fear of Russia.", S,
         cites={"002"}),
    case("Kaja Kallas, a former Latvian prime minister, now leads EU foreign policy.", R, cites={"002"}),
    # "any such guarantees" points back to the security guarantees just named (003).
    case("Zelenskyy insisted that any security guarantees offered to Ukraine would have to be legally binding.", S,
         cites={"003"}),
    # "dismissed as" (002: Kallas called these claims "totally untrue").
    case("Kallas has dismissed as 'totally untrue' Moscow's argument that Ukraine's wish to join NATO provoked the "
         "full-scale invasion.", S, cites={"002"}),
    # A comparison: Kallas's words hold its second term (002).
    case("Kallas likened making concessions to Russia to sitting down with Osama bin Laden after 9/11 and asking "
         "what else he wanted.", S, cites={"002"}),
    # "X on <topic>: '...'" headline; the words come from her conditional remark (001).
    case("Kallas on Ukraine's NATO membership: 'this is out of the question.'", M, {Reason.CONDITION_STRIPPED},
         {"001"}),
    # The "but ..." that follows speaks of others (some U.S. and European partners): not a qualification (003).
    case("Zelenskyy said Ukraine has from the very beginning sought to join NATO.", S, cites={"003", "004"}),
    # Two remarks, one sentence each on record (002): the second's "not" does not reverse the first.
    case("The EU's top diplomat called the claim that Ukraine's wish to join NATO provoked Russia's full-scale "
         "invasion \"totally untrue\", describing it as a Russian narrative that should not be bought.", S,
         cites={"002"}),
    # No seed reports a Kremlin reaction to the offer.
    case("The Kremlin welcomed Zelenskyy's offer to give up Ukraine's NATO ambitions.", N),
    # A close restatement naming NATO "the alliance" (003).
    case("During the April 2022 Istanbul talks, neutrality for Kyiv and a constitutional pledge to stay out of NATO "
         "were among the Kremlin's main demands.", S, cites={"003"}),
    # "walked back" against "reaffirmed" (001).
    case("NATO has officially walked back its position that Ukraine's path to membership is irreversible.", R,
         cites={"001"}),
    case("Zelenskyy offered to drop the NATO bid.", M, {Reason.CONDITION_STRIPPED}, {"003", "004"}),
    # Unattributed and not in the corpus: news sentences that share the topic are not a finding.
    case("Ukraine will join the European Union by 2027.", N),
    case("Kallas met Sybiha in Brussels.", N),
    # One name in another's place before the same words (001: "Russian media outlets have circulated ...";
    # 000: "To illustrate that Russia does not want this peace").
    case("According to StopFake, the quote claiming Europe had abandoned discussions of Ukraine's NATO membership was "
         "circulated by Ukrainian media outlets.", R, cites={"001"}),
    case("Kallas said Foreign Minister Sybiha's presentation to EU ministers illustrated that it is Ukraine that does "
         "not want peace.", R, cites={"000"}),
    # "there was no reason to | offer concessions": the negation before the matched words (002).
    case("Kallas told AFP the West should grant Russia concessions even before formal peace negotiations get under "
         "way.", R, cites={"002"}),
    # He took "conditions" back in the same breath ("or perhaps more accurately, our ambition", 004).
    case("Zelenskyy said NATO membership had been Ukraine's condition from the very beginning.", M,
         {Reason.TRUNCATED}, {"004"}),
    # ", not only on paper" inside the quoted words is one remark, not two stacked (000).
    case("The EU's foreign policy chief said that if Ukraine concedes on NATO membership, it must get 'very, very "
         "strong, tangible security guarantees, not only on paper.'", S, cites={"000"}),
    # Her office as the corpus gives it, "the former prime minister of Estonia" (002), named as held now.
    case("Estonian Prime Minister Kaja Kallas said on Monday that only Ukrainians can decide what they are willing "
         "to sacrifice for peace.", M, {Reason.OUTDATED}, {"000"}),
    # The words are hers, but what she likened to them was "the proposed concessions" (002), narrated in the
    # same article, not Zelenskyy's offer: out of context even when the whole claim matches her words.
    case("Kallas compared Zelenskyy's offer to drop Ukraine's NATO bid to sitting down with Osama bin Laden.", M,
         {Reason.OUT_OF_CONTEXT}, {"002"}),
    # "NATO is enshrined in their constitution. So if they concede into this, then ...": the condition is on
    # the next sentence, not on the words the claim reports (000).
    case("Speaking in Brussels, Kallas pointed out that NATO membership is enshrined in Ukraine's constitution.", S,
         cites={"000"}),
    # The topic of the headline is in the sentences around the words: "concede" and "Ukrainians" (000).
    case("Kallas on Ukraine quitting NATO: \"It's up to Ukrainians to decide what they are willing to give up to have "
         "peace\"", S, cites={"000"}),
    # "vanishingly thin" is the article's own narration (004), not Zelenskyy's words.
    case("Zelenskyy admitted that Ukraine's chance of joining NATO was 'vanishingly thin'.", M,
         {Reason.MISATTRIBUTED}, {"004"}),
    case("Zelenskyy conceded on Sunday that Ukraine's chances of ever joining NATO had been vanishingly thin.", M,
         {Reason.MISATTRIBUTED}, {"004"}),
    # "Witkoff also confirmed the continuation of the discussions" (003): which discussions, the sentence before.
    case("US special envoy Steve Witkoff confirmed that the talks with the Ukrainian side in Berlin would continue.",
         S, cites={"003"}),
    case("Steve Witkoff said the Berlin talks had ended and would not resume.", R, cites={"003"}),
    # "Neither NATO nor EU leaders have issued any official statements or documents walking back that position"
    # (001): the position of the sentence before ("irreversible").
    case('StopFake: NATO has officially walked back its "irreversible" pledge to Ukraine', R, cites={"001"}),
    # "Kyiv could consider abandoning its bid" (003): "could" made "will" strips the hedge and makes it firmer.
    case("Ukrainian President Volodymyr Zelenskyy said Kyiv will abandon its bid to join NATO in exchange for security "
         "guarantees.", M, {Reason.CONDITION_STRIPPED}, {"003", "004"}),
    # "By working together with the U.S., we can achieve a just and lasting peace — on Ukraine's terms" (002);
    # Washington is the U.S.
    case("Kallas said that by working together with Washington, Europe can achieve a just and lasting peace.", M,
         {Reason.TRUNCATED}, {"002"}),
    # "Some partners from the U.S. and Europe did not support this direction", said on Sunday (004).
    case("Volodymyr Zelenskyy told reporters on Saturday that some American and European partners had not backed "
         "Ukraine's NATO ambitions.", M, {Reason.OUTDATED}, {"004"}),
    case("Volodymyr Zelenskyy said every partner in Washington and Europe had backed Kyiv's drive to join the "
         "alliance.", R, cites={"003", "004"}),
    # "'paper' assurances are insufficient" (001): promises on paper are those assurances; two remarks, each the
    # contrary of its part ("... and that Europe must be prepared to consider ... deploying peacekeepers").
    case("Kallas said written promises on paper would be enough to protect Ukraine.", R, cites={"001"}),
    case("Kallas: Paper promises are enough for Ukraine, no troops needed", R, cites={"001"}),
    # "why we should give Russia what they want ...?" (002), a question asked, stated as her view.
    case("Kallas told AFP that Europe should give Russia what it wants on top of what it has already done in "
         "Ukraine.", M, {Reason.OUT_OF_CONTEXT}, {"002"}),
    # "they are agreeing to everything to have peace" (000), Kallas relating Ukraine's stand.
    case("Kaja Kallas said Ukraine should agree to everything in order to get peace.", M, {Reason.OUT_OF_CONTEXT},
         {"000"}),
    # The speaker's words on other things do not decide a claim about what they did not name: Crimea is nowhere,
    # nor are EU accession talks (Kallas's conditional words are about NATO).
    case("Zelensky said Ukraine would never give up Crimea.", N),
    case("Kallas said at the December 15 press conference that the EU would open formal accession talks with Ukraine "
         "before the end of the year.", N),
    # "They cannot be papers or promises. They have to be real troops, real capabilities" (001).
    case("Kaja Kallas said security guarantees for Ukraine must mean actual troops and military capabilities rather "
         "than promises on paper.", S, cites={"001"}),
    # "a lot of progress was made" (004), told as everything settled.
    case("Steve Witkoff said the Berlin talks had resolved all outstanding issues.", M, {Reason.EXAGGERATED}, {"004"}),
    case("Witkoff said the Berlin talks had overcome the main obstacles to a peace deal.", M, {Reason.EXAGGERATED},
         {"004"}),
    # Two statements of Feb. 18 (002), joined: "Russia will try to divide us", "Let's not walk into their traps".
    case("Kallas warned on Feb. 18 that Russia would try to sow division and urged partners not to walk into its "
         "traps.", S, cites={"002"}),
    # "By working together with the U.S., we can achieve a just and lasting peace" (002).
    case("Kaja Kallas said after the February 18 U.S.-Russia talks in Saudi Arabia that Europe should avoid working "
         "with the United States on peace.", R, cites={"002"}),
    # Kallas's "it is up to Ukrainians to decide" (000), said more firmly and given to Zelenskyy.
    case("Zelenskyy said it is for Ukrainians alone to decide what they will give up to achieve peace.", M,
         {Reason.MISATTRIBUTED}, {"000"}),
    # "taking the whole of Ukraine" (001) made "the whole of Europe": a wider place exaggerates.
    case("Kaja Kallas said that if Putin gets Donbas, Russia will move on to take the whole of Europe.", M,
         {Reason.EXAGGERATED}, {"001"}),
    # "the Ukrainian minister did not go into detail about the issue of abandoning NATO membership" (000).
    case("Kallas said on December 15 that Foreign Minister Sybiha had explained Kyiv's position on abandoning NATO "
         "membership in detail.", R, cites={"000"}),
    # "We clearly see that they are not in good place" (000): one of two joined statements is contrary.
    case("Kallas admits Russia is \"in a good place\" and Western pressure isn't hurting Moscow.", R, cites={"000"}),
    # "allies reaffirmed that Ukraine's path to membership is 'irreversible'" (001): NATO's word, not hers.
    case("Kallas said on Monday that Ukraine's path to NATO membership remains \"irreversible.\"", M,
         {Reason.MISATTRIBUTED}, {"001"}),
    # "must be prepared to consider ... deploying peacekeepers or military contingents" (001), told as decided.
    case("Kallas said European troops must be deployed to Ukraine.", M, {Reason.EXAGGERATED}, {"001"}),
    # A text of hers sharing only the names decides nothing.
    case("Kallas said the EU would open the first accession negotiation clusters with Ukraine in January.", N),
    # Session 11. The closest sentence says it only "in return for" guarantees (004); looser ones both ways.
    case("BREAKING: Ukraine gives up on NATO", M, {Reason.CONDITION_STRIPPED}, {"004"}),
    # "the only security guarantee that works — is NATO's umbrella" (002), given another name.
    case("Kallas said the only security guarantee that actually works is a European army.", R, cites={"002"}),
    # Two statements of 002 joined; each is on record ("totally untrue", "the Russian narrative that we should
    # not buy").
    case("Kallas called the claim that Ukraine's wish to join NATO provoked Russia's full-scale invasion 'totally "
         "untrue' and a Russian narrative that should not be bought.", S, cites={"002"}),
    # "concessions are needed from Russia" (000), in readers' words.
    case("Kallas reckons a lasting peace in Europe doesn't require Russia to give up anything.", R, cites={"000"}),
    # "Trump has repeatedly ruled out NATO membership for Ukraine" (002).
    case("Trump doesn't want Ukraine in NATO and has said so more than once.", S, cites={"002"}),
    # She spoke of the issue ("did not go into detail about the issue of abandoning NATO membership"), and left
    # the choice to Ukrainians (000).
    case("Kallas basically told Ukraine to give up on NATO.", M, {Reason.OUT_OF_CONTEXT, Reason.EXAGGERATED}),
    # Said more firmly, or of one alone: "we can achieve a just and lasting peace" (002); "concessions are
    # needed from Russia" (000).
    case("Kallas declared that Europe and the U.S. will achieve a just and lasting peace on Ukraine's terms.", M,
         {Reason.EXAGGERATED}, {"002"}),
    case("Kallas said only Russia should make concessions for peace.", M, {Reason.EXAGGERATED}, {"000"}),
    # "Kallas, the former prime minister of Estonia" (002).
    case("Kaja Kallas is a former president of Estonia.", R, cites={"002"}),
    # "Moscow vehemently opposes Ukraine joining NATO" and "Russia has long insisted that Ukraine abandon its
    # NATO ambitions" state what Moscow wants, not what happened.
    case("Ukraine has dropped its bid to join NATO.", M, {Reason.CONDITION_STRIPPED}, {"003", "004"}),
    # Session 13. A setting of several pieces before "that", and a headline giving a day: words of February (002)
    # dated December 15.
    case("Kaja Kallas said on Monday, December 15, in Brussels that NATO's umbrella is the only security guarantee "
         "that works.", M, {Reason.OUTDATED}, {"002"}),
    case('Kallas in Brussels on Dec. 15: claims that NATO ambitions provoked Russia\'s war are "totally untrue"', M,
         {Reason.OUTDATED}, {"002"}),
    # Holding Moscow's claim that 002 reports Kallas calling "totally untrue".
    case("Kallas agrees with Moscow that Ukraine's NATO ambitions provoked Russia's invasion.", R, cites={"002"}),
    case("According to Kallas, the West should accept Russia's argument that Ukraine's NATO ambitions provoked the "
         "invasion.", R, cites={"002"}),
    # "the Ukrainian minister did not go into detail about the issue of abandoning NATO membership" (000).
    case("Kaja Kallas said that Ukraine's foreign minister gave a detailed explanation of Kyiv's position on "
         "abandoning NATO membership.", R, cites={"000"}),
    # Two remarks of 002 joined, each on record (not the security guarantees of 001's conditional sentence).
    case("Estonia's former prime minister Kaja Kallas said her country joined NATO because it is afraid of Russia, "
         "and that NATO's umbrella is the only security guarantee that works.", S, cites={"002"}),
    # Words set elsewhere than the record sets them (002: "during a visit to Washington", "talks in Saudi Arabia").
    case("Speaking to AFP during a visit to Kyiv, Kallas said there was no reason to offer Russia concessions before "
         "formal peace talks begin.", R, cites={"002"}),
    case("Kallas said \"Russia will try to divide us\" on Feb. 18 following U.S.-Russia talks in Turkey.", R,
         cites={"002"}),
    # 000: "She said this on Monday in Brussels at a press conference", far from the quote.
    case("Kallas said on Monday in Berlin that it is up to Ukrainians to decide what they are willing to give up to "
         "have peace.", R, cites={"000"}),
    case("Kallas said on Monday in Brussels that it is up to Ukrainians to decide what they are willing to give up "
         "to have peace.", S, cites={"000"}),
    # Kallas's likening (002), told as Zelenskyy's.
    case("Volodymyr Zelenskyy said offering Russia concessions was like sitting down with Osama bin Laden after 9/11 "
         "and asking what else he wanted.", M, reasons={Reason.MISATTRIBUTED}, cites={"002"}),

    # "a lot of progress was made" (004): the opposite word stands in the claim's place.
    case("Witkoff said the talks collapsed.", R, cites={"004"}),
    case("Witkoff said the talks fell apart.", R, cites={"004"}),

    # Witkoff's embedded post (003), its signature line between its two lines: his words, and the record's.
    case("The Berlin meeting between Zelenskyy, Witkoff and Kushner lasted over five hours.", S, cites={"003"}),
    # "delegations from the United States and Ukraine" (003): a Russian delegation is another list.
    case("Talks between US and Russian negotiators in Berlin lasted more than five hours.", R, cites={"003"}),
    # "Several members were resistant to the idea, including Moscow-friendly Slovakia and Hungary" (004).
    case("Slovakia and Hungary were among the NATO members pushing hardest for Ukraine's membership.", R,
         cites={"004"}),
    # "Moscow, which is refusing to allow Ukraine's allies to be part of any peacekeeping force" (004).
    case("Moscow says it has no problem with Ukraine's Western allies joining a peacekeeping force in the country.", R,
         cites={"004"}),
    # "U.S. special envoy Steve Witkoff also confirmed the continuation of the discussions" (003).
    case("Steve Witkoff confirmed that the discussions in Berlin would carry on.", S, cites={"003"}),
    # Matched by its condition ("if this is out of the question"), said of guarantees that "cannot be papers or
    # promises" (001, 000).
    case("Kallas said written promises on paper would be enough to keep Ukraine safe if it stays out of NATO.", R,
         cites={"000", "001"}),
    # 004's caption: "at 10 Downing Street, in London, Britain, December 8, 2025".
    case("Zelensky met Starmer, Macron and Merz at the Elysee in Paris on 8 December.", R, cites={"004"}),
    case("Estonia's ex-prime minister Kaja Kallas: the Baltic country joined NATO because it is 'afraid of Russia'", S,
         cites={"002"}),
    case("EU foreign policy chief Kallas after the foreign ministers' meeting in Brussels: only Ukrainians get to "
         "decide what they're willing to give up for peace", S, cites={"000"}),
    # 002 states it; 001's report of the quote given to Kallas is no appearance of a claim about Trump.
    case("Trump has ruled out NATO membership for Ukraine more than once, to the dismay of Kyiv and Europe.", S,
         cites={"002"}),
    # Kallas called those claims "totally untrue" (002); "Even" is no part of her name.
    case("Even Kallas concedes that Ukraine's push to join NATO is what provoked Russia's full-scale invasion.", R,
         cites={"002"}),
    # "the chance of it joining the alliance was vanishingly thin" (004): slim, not none.
    case("Ukraine had literally zero chance of ever joining NATO anyway.", M, {Reason.EXAGGERATED}, {"004"}),
    # "Reminder:" opens a post; it names no speaker (001: "allies reaffirmed that Ukraine's path to membership is
    # 'irreversible'").
    case("Reminder: at the 2024 Washington summit NATO allies said Ukraine's road to membership is 'irreversible'", S,
         cites={"001"}),
    # 000: "She said this on Monday in Brussels at a press conference following the meeting of the EU Council at the
    # level of foreign ministers."
    case("Kallas made her remarks on Ukraine and NATO at a press conference in Brussels on Friday, after a meeting of "
         "EU foreign ministers.", R, cites={"000"}),
    case("Kallas made her remarks on Ukraine and NATO at a press conference in Brussels on Monday, after a meeting of "
         "EU foreign ministers.", S, cites={"000"}),
    # The three of them, in Berlin (003, 004).
    case("Zelenskyy met Witkoff and Kushner in Paris for the latest round of peace talks.", R, cites={"003", "004"}),
    # 002: "Kallas told AFP during a visit to Washington ..."; the setting, whatever words the claim names.
    case("Kallas gave the AFP interview published on Feb. 27 during a visit to London.", R, cites={"002"}),
    case("Kallas made her Osama bin Laden comparison to AFP during a trip to Kyiv.", R, cites={"002"}),
    # "in an interview with AFP published on Feb. 27" (002).
    case("Kallas made her Osama bin Laden comparison in an AFP interview published on February 18.", R,
         cites={"002"}),
    # 000: the words in the headline, "She said this on Monday in Brussels at a press conference".
    case("Kallas made her 'up to Ukrainians to decide' remarks at a press conference in Washington after meeting US "
         "officials.", R, cites={"000"}),
    # "if our allies would do the same, I think we would be very strong in terms of Russia as well" (000).
    case("Kallas boasted that the EU is already 'very strong in terms of Russia'.", M, {Reason.CONDITION_STRIPPED},
         {"000"}),
    # 003 names "a U.S. delegation in Berlin"; nothing says what it offered.
    case("The US delegation in Berlin offered to station American troops in Ukraine as part of the security "
         "guarantees.", N),
    # "So if they concede into this, then ... give them very, very strong, tangible security guarantees, ... how many
    # troops on the ground" (000): the same condition in other words.
    case("The EU's foreign policy chief said that if Ukraine drops its NATO bid, it must receive very strong, "
         "tangible security guarantees, including troops on the ground.", S, cites={"000"}),
    # "it is up to Ukrainians to decide" is theirs alone to decide (000).
    case("Kaja Kallas said it is up to Ukrainians alone to decide what they are prepared to give up in order to get "
         "peace.", S, cites={"000"}),
    # Witkoff's readout (003), named as the work of its author.
    case("A readout posted by U.S. Special Envoy Steve Witkoff on December 14, 2025 said the Berlin meeting between "
         "Zelenskyy, Witkoff, Jared Kushner and the two delegations lasted over five hours.", S, cites={"003"}),
    # The speaker by role, then when and where ("on Sunday, answering reporters' questions in a WhatsApp chat"), then
    # the words (004).
    case("The Ukrainian president said on Sunday, answering reporters' questions in a WhatsApp chat, that dropping "
         "NATO membership in return for security guarantees was a compromise on Ukraine's part.", S, cites={"004"}),
    # The Berlin talks (003, 004) placed in London, and given a Russian delegation.
    case("Zelenskyy's talks with Steve Witkoff and Jared Kushner took place at 10 Downing Street in London on December "
         "8, 2025.", R, cites={"003", "004"}),
    case("In Berlin in December 2025, Zelenskyy held five hours of talks with a Russian delegation led by Kremlin "
         "envoys.", R, cites={"003", "004"}),
    # 000: "following the meeting of the EU Council at the level of foreign ministers".
    case("Kallas's December press conference in Brussels followed a meeting of EU defence ministers.", R,
         cites={"000"}),
    # 004: "Several members were resistant to the idea, including Moscow-friendly Slovakia and Hungary."
    case("Slovakia and Hungary were among the NATO members most eager to see Ukraine join the alliance.", R,
         cites={"004"}),
    # 003: "The negotiations are set to continue on Monday, December 15, ... Witkoff also confirmed the continuation
    # of the discussions."
    case("Witkoff confirmed that the Berlin talks with Ukraine would continue on Wednesday, December 17.", R,
         cites={"003"}),
    # No figure of troops is on record (001 speaks of "discussions about deploying peacekeepers").
    case("Kallas said the EU would send 10,000 troops to Ukraine to guarantee its security.", N),
    # Zelenskyy named Japan among hoped-for guarantors (003, 004); no one told of Japan committing to anything.
    case("Japan has formally agreed to provide security guarantees to Ukraine.", N),
    case("Japan has confirmed it will give Ukraine security guarantees.", N),
    # 004's own words ("the chance of it joining the alliance was vanishingly thin"), no quote marks.
    case("Kallas admitted that Ukraine's chance of joining NATO was vanishingly thin.", M, {Reason.MISATTRIBUTED},
         {"004"}),
    # 001: "Europe must be prepared to consider more robust measures, including discussions about deploying
    # peacekeepers or military contingents": considered, told as done or demanded.
    case("Kallas said Europe must send troops on the ground to Ukraine.", M, {Reason.EXAGGERATED}, {"001"}),
    case("Kallas is demanding European troops be sent into Ukraine right now.", M, {Reason.EXAGGERATED}, {"001"}),
    # Her words (000), and a conclusion she did not draw from them.
    case("EU foreign policy chief says dropping NATO is 'up to Ukrainians' - so Brussels is fine with Kyiv simply "
         "walking away from membership", M, {Reason.OUT_OF_CONTEXT}, {"000"}),
    # 002: "'Russia will try to divide us,' Kallas said on Feb. 18 following the U.S.-Russia talks in Saudi Arabia.
    # ... 'Let's not walk into their traps.'" A dated headline with its event; the event placed elsewhere.
    case("Kallas on Feb. 18, after the US-Russia talks in Saudi Arabia: Russia will try to divide us, and we should "
         "not walk into its traps.", S, cites={"002"}),
    case("The US-Russia talks that preceded Kallas's Feb. 18 warning took place in Turkey.", R, cites={"002"}),
    # A label naming where the claim was seen is no speaker (002: "... if the White House does not include European
    # nations in the process").
    case("Post: EU's top diplomat admits Europe won't be able to help Ukraine in any peace deal.", M,
         {Reason.CONDITION_STRIPPED}, {"002"}),
    # "They cannot be papers or promises" (000) / "'paper' assurances are insufficient" (001), under no condition.
    case("Kallas: written assurances would be enough for Ukraine as long as Washington signs them.", R,
         cites={"000", "001"}),
    # No time frame and no figure in anything she said of Russia's next moves (001).
    case("Kallas warned that Russia could attack a NATO member state within the next five years.", N),
    # 003: "U.S. special envoy Steve Witkoff also confirmed the continuation of the discussions."
    case("Witkoff confirmed that the discussions with the Ukrainian side in Berlin would go on.", S, cites={"003"}),
    # 004: "Moscow, which is refusing to allow Ukraine's allies to be part of any peacekeeping force in the country".
    case("Moscow is refusing to let Ukraine's allies be part of any peacekeeping force on Ukrainian soil.", S,
         cites={"004"}),
    # 004: "Several members were resistant to the idea, including Moscow-friendly Slovakia and Hungary."
    case("Slovakia and Hungary were among the strongest champions of Ukraine's NATO bid.", R, cites={"004"}),
    # 002: "Kallas called these claims 'totally untrue'"; 000: "Russia does not want this peace".
    case("Kallas said in February that Russia's claim that Ukraine's NATO ambitions provoked the invasion had some "
         "truth to it.", R, cites={"002"}),
    case("Kallas suggested that Russia is eager for the current peace effort.", R, cites={"000"}),
    # Quoted words on record nowhere, with a figure no one gave (000-004 give Kallas no timeline for membership).
    case('Kallas said: "Ukraine will be a NATO member within five years."', N),
    # 003: "Kyiv could consider abandoning its bid to join NATO if ...": returning to the bid is its contrary.
    case('Zelenskyy: "If the guarantees fail, Ukraine will return to its NATO bid."', {R, N}),
    # 002: "'And the only thing that really works - the only security guarantee that works - is NATO's umbrella,'
    # Kallas told AFP"; 000: "Putting the pressure on Russia is our policy" (press conference in Brussels).
    case('"And the only thing that really works — the only security guarantee that works — is NATO\'s umbrella," '
         "Kallas told AFP.", S, cites={"002"}),
    case('"Putting the pressure on Russia is our policy," Kallas said at a press conference in Brussels after a '
         "meeting of EU foreign ministers.", S, cites={"000"}),
    # The order of events: 004 dates the London meeting December 8, 2025 and the Berlin talks "over the weekend"
    # (Dec. 13-14); 002 dates the AFP interview Feb. 27 and "Russia will try to divide us" Feb. 18.
    case("The London meeting of Zelenskyy with Starmer, Macron and Merz came before his Berlin talks with Witkoff "
         "and Kushner.", S, cites={"004"}),
    case("Zelenskyy met Starmer, Macron and Merz in London after his talks with Witkoff and Kushner in Berlin.", R,
         cites={"004"}),
    case("Kallas's warning that Russia would try to divide us came after AFP published her interview on NATO "
         "membership.", R, cites={"002"}),
    # Two claims joined, each with its own subject, checked apart (004: "Russia has claimed the alliance's expansion
    # ... was one of the reasons"; 002: "Kallas called these claims 'totally untrue'"; 004: "Moscow, which is
    # refusing to allow Ukraine's allies to be part of any peacekeeping force").
    case("Moscow says NATO's expansion was one of the reasons it launched its special military operation, while "
         "Kallas called such claims totally untrue.", S, cites={"004"}),
    case("Zelenskyy called the NATO offer a compromise, and Moscow agreed to let Ukraine's allies join a "
         "peacekeeping force.", R, cites={"004"}),
    case("Witkoff said a lot of progress was made in Berlin, while Zelenskyy announced that Ukraine has given up its "
         "NATO bid for good.", M, {Reason.CONDITION_STRIPPED}, {"003", "004"}),
    # 002: "'Russia will try to divide us,' Kallas said on Feb. 18 following U.S.-Russia talks" ("Feb." is February),
    # "no reason to offer concessions to Russia before formal peace negotiations even begin" (a question answering
    # itself says as much); 001: "Donbas is not Putin's end game. If he gets Donbas, ... taking the whole of Ukraine".
    case("Kallas's 'Russia will try to divide us' warning came on February 18, following U.S.-Russia talks in Saudi "
         "Arabia.", S, cites={"002"}),
    case("Kallas asked AFP why Russia should be given concessions before peace negotiations even start.", S,
         cites={"002"}),
    # 003: "The negotiations are set to continue on Monday, December 15": "scheduled to resume" says when as "set to".
    case("The Berlin negotiations were scheduled to resume on Tuesday, December 16.", R, cites={"003"}),
    case("The Berlin negotiations were scheduled to resume on Monday, December 15.", S, cites={"003"}),
    case("Resumption of the Berlin negotiations was set for Wednesday, December 17.", R, cites={"003"}),
    # 000: "She said this on Monday in Brussels at a press conference following the meeting of the EU Council at the
    # level of foreign ministers"; Zelensky's acknowledgement "during talks in Berlin" (001) places no word of hers.
    case("Kallas talked about Ukraine possibly giving up NATO at a press conference in Brussels after a meeting of EU "
         "foreign ministers.", S, cites={"000"}),
    case("Kallas warned that Donbas is not Putin's end game and that if he took it, the rest of Ukraine would be at "
         "risk.", S, cites={"001"}),
    # 002: "there was no reason to offer concessions to Russia before formal peace negotiations even begin": the
    # negation before the matched words governs them, whichever word the match starts at.
    case("Kallas told AFP that concessions should be offered to Russia before formal peace talks, just to get them "
         "started.", R, cites={"002"}),
    # 004: "... our ambition – was NATO membership": an acronym before a noun is a name, and EU is not NATO.
    case("Zelenskyy: “From the very beginning, Ukraine’s ambition was EU membership.”", R, cites={"004"}),
    # 002: "Europe won't be able to assist Ukraine in an eventual peace deal if the White House does not include
    # European nations in the process": "won't" before the matched words governs them.
    case("Kallas told AFP Europe could still help Ukraine in a peace deal even if the White House leaves European "
         "nations out.", R, cites={"002"}),
    # 001: "Kallas was not referring to abandoning Ukraine's NATO aspirations, but rather to interim security
    # arrangements to protect the country pending accession or in the event of a frozen conflict": the contrast
    # told the other way round is the same finding (and what qualifies the arrangements is no condition dropped);
    # told reversed, it is the contrary.
    case("StopFake concluded that Kallas was talking about interim security arrangements, not about dropping Ukraine's "
         "NATO aspirations.", S, cites={"001"}),
    case("StopFake concluded that Kallas was talking about dropping Ukraine's NATO aspirations, not about interim "
         "security arrangements.", R, cites={"001"}),
    # 001: "At NATO's 2024 summit in Washington, allies reaffirmed that Ukraine's path to membership is
    # 'irreversible.'" A looser sentence placing something else elsewhere ("the alliance's expansion in Eastern
    # Europe") does not stand against it.
    case("NATO allies declared Ukraine's path to membership “irreversible” at the alliance's 2024 summit in "
         "Washington.", S, cites={"001"}),
    # Post and headline shapes: a signed quote with a bare place; a role on a topic; a role after the name; someone
    # speaking somewhere (000: "She said this on Monday in Brussels"); a listener and a date in brackets (002).
    case('"It is up to Ukrainians to decide what they are willing to give up to have peace" - Kaja Kallas, Brussels, '
         "Dec. 15", S, cites={"000"}),
    case("EU foreign policy chief on guarantees for Kyiv: “They cannot be papers or promises. They have to be real "
         "troops, real capabilities”", S, cites={"001"}),
    case('Kallas, ex-PM of Estonia: "the only security guarantee that works — is NATO\'s umbrella"', S, cites={"002"}),
    case("Kallas speaking in Kyiv on Monday: it's up to Ukrainians what they give up for peace.", R, cites={"000"}),
    case('Kallas to AFP (Feb 27): the claim that Ukraine\'s NATO push provoked Russia\'s invasion is "totally untrue"',
         S, cites={"002"}),
    # 000: "She said this on Monday in Brussels at a press conference": where the words were said, however the claim
    # tells it (a remark named by its quoted words, "said in", "speaking in").
    case("Kallas's “up to Ukrainians” comment was made in Berlin, at a joint appearance with Zelensky.", R,
         cites={"000"}),
    case("Kallas said in Berlin that it is up to Ukrainians to decide.", R, cites={"000"}),
    case("Speaking in Berlin, Kallas said it is up to Ukrainians to decide.", R, cites={"000"}),
    case("Kallas said in Brussels that it is up to Ukrainians to decide.", S, cites={"000"}),
    case("Kallas's “up to Ukrainians” comment was made in Brussels.", S, cites={"000"}),
    # 002: "no reason to offer concessions to Russia before formal peace negotiations even begin" (a time lead before a
    # described speaker); 004: "Witkoff said 'a lot of progress was made' during the talks" (what the words were about
    # after the cue).
    case("Back in February, the EU foreign policy chief argued Russia should get concessions before formal peace talks "
         "even begin.", R, cites={"002"}),
    case("“A lot of progress was made,” Kaja Kallas said of the Berlin talks.", M, reasons={Reason.MISATTRIBUTED},
         cites={"004"}),
    case("“A lot of progress was made,” Witkoff said of the Berlin talks.", S, cites={"004"}),
    # 001: "If he gets Donbas, then the fortress is down, and then they definitely move on ...": quoted words that run
    # on in words the statement does not have.
    case("Kallas: 'If he gets Donbas, then the war stops there.'", R, cites={"001"}),
    case("Kallas: 'If he gets Donbas, then the fortress is down.'", S, cites={"001"}),
    # 001: "At NATO's 2024 summit in Washington, allies reaffirmed that Ukraine's path to membership is
    # 'irreversible.'" A body calling something so is its declaration, told in the narration.
    case("At the 2024 Washington summit NATO called Ukraine's path to membership \"reversible\"", R, cites={"001"}),
    case("At the 2024 Washington summit NATO called Ukraine's path to membership \"irreversible\"", S, cites={"001"}),
    # 001: "Donbas is not Putin's end game. If he gets Donbas, ... move on with taking the whole of Ukraine": two
    # remarks joined with "arguing that", each its own; 002: "Kallas likened the proposed concessions to ...":
    # conceding is what she likened.
    case("Kallas warned that Donbas is 'not Putin's end game', arguing that if he gets it, Russia will move on to take "
         "the whole of Ukraine.", S, cites={"001"}),
    case("In an interview with AFP published Feb. 27, Kallas compared conceding to Russia to sitting down with Osama "
         "bin Laden after 9/11.", S, cites={"002"}),
    # 002: "Kallas called these claims 'totally untrue.' ... 'That is the Russian narrative that we should not buy'":
    # two quotations joined by an ellipsis are two remarks. 003: "Kyiv could consider abandoning its bid to join NATO
    # if the United States and European partners provide binding security guarantees": what the claim has given in
    # exchange is the condition negated.
    case('Kallas on the claim that Ukraine\'s NATO hopes provoked the invasion: "totally untrue" … "the Russian '
         'narrative that we should not buy"', S, cites={"002"}),
    case("Zelensky said he would accept political, non-binding assurances in place of NATO membership.", R,
         cites={"003", "004"}),
    # A headline dated after a comma (000: Sybiha was explaining "how open they are to the peace negotiations"), and a
    # signed quote dated by month and year (002).
    case("Kallas, Dec 15: Sybiha told the EU ministers that Kyiv is NOT open to peace negotiations", R, cites={"000"}),
    case("\"The only security guarantee that works — is NATO's umbrella.\" - Kaja Kallas to AFP, February 2025", S,
         cites={"002"}),
    # A remark named without its words is checked for where, when and to whom it was made (002: "in an interview with
    # AFP published on Feb. 27"; 000: "She said this on Monday"): a wrong occasion is false, not old words made new.
    case("Kallas made her “Osama bin Laden” comparison in an interview with Reuters.", R, cites={"002"}),
    case("Kallas made her “Osama bin Laden” comparison in an interview with AFP.", S, cites={"002"}),
    case("The bin Laden comparison was made by Kallas in an interview with Reuters.", R, cites={"002"}),
    case("Kallas made her remarks about 'very, very strong, tangible security guarantees' on Sunday, Dec. 14, the day "
         "of Zelensky's Berlin talks.", R, cites={"000"}),
    # 004: "'... Some partners from the United States and Europe did not support this direction,' he said in answer to
    # questions from reporters in a WhatsApp chat on Sunday": the narration around a quotation tells of the chat, and
    # "he" is the quotation's speaker.
    case("Zelenskyy answered reporters' questions about dropping the NATO bid in a WhatsApp chat on Sunday.", S,
         cites={"004"}),
    # 002: "'Consider here in America that after 9/11 you would have sat down with Osama bin Laden and said, "OK, what
    # else do you want?" I mean, it's unimaginable,' she said": the claim giving her verdict on the case keeps it
    # imagined, and "unimaginable" is the same judgement wherever she puts it; what she likened it to trails it.
    case('During a visit to Washington, the EU\'s foreign policy chief told AFP it would have been "unimaginable" for '
         "Americans to sit down with Osama bin Laden after 9/11 and ask what else he wanted, likening that to offering "
         "concessions to Russia.", S, cites={"002"}),
    # 004: "'And this already is a compromise on our part,' he said": the president himself is the president.
    case("The Ukrainian president himself called trading NATO for security guarantees ‘a compromise on our part.’", S,
         cites={"004"}),
    # A scene set with a date of its own between commas (000); "proclaimed" gives words (001: the allies reaffirmed
    # that the path is "irreversible", not Kallas).
    case("Speaking in Brussels on Monday, Dec. 15, after an EU foreign ministers' meeting, Kaja Kallas said any "
         "Ukrainian NATO concession would need \"very, very strong\" security guarantees.", S, cites={"000"}),
    case("Kaja Kallas proclaimed at NATO's 2024 summit in Washington that Ukraine's path to membership is "
         "'irreversible.'", M, reasons={Reason.MISATTRIBUTED}, cites={"001"}),
    # 000 holds the words quoted ("give them very, very strong, tangible security guarantees"); 001's "then we need to
    # see what are the security guarantees that are tangible" does not: the statement quoted is the one cited.
    case("Kallas said Ukraine would need \"very, very strong\" security guarantees if it gave up NATO.", S,
         cites={"000"}),
    # 002 quotes Kallas's "Russia will try to divide us" and "Let's not walk into their traps" apart: the two sentences
    # quoted together are hers, not someone else's. "Remember:" labels a post.
    case("“Russia will try to divide us. Let's not walk into their traps,” Zelensky said after the U.S.-Russia talks "
         "in Saudi Arabia.", M, reasons={Reason.MISATTRIBUTED}, cites={"002"}),
    case("Remember: at the 2024 Washington summit NATO allies declared Ukraine's path to membership \"irreversible.\"",
         S, cites={"001"}),
    # A claim that only says which office someone holds: the registry's description of her ("the EU's top diplomat",
    # 001), an office held before (002: "the former prime minister of Estonia"), an office of someone else's.
    case("Kaja Kallas is the EU's top diplomat.", S, cites={"001"}),
    case("Kaja Kallas is the EU foreign policy chief.", S, cites={"002"}),
    case("Kaja Kallas is Estonia's prime minister.", M, reasons={Reason.OUTDATED}, cites={"002"}),
    case("Kaja Kallas is NATO's secretary general.", R),
    # A description closed by a comma before what it interjects (002: "Kallas called these claims 'totally untrue'";
    # 000: "She said this on Monday in Brussels").
    case("The EU's foreign policy chief, speaking to AFP during a visit to Washington, called claims that Ukraine's "
         "NATO ambitions provoked Russia's invasion “totally untrue.”", S, cites={"002"}),
    case("The EU's top diplomat, speaking in Berlin, said it is up to Ukrainians to decide.", R, cites={"000"}),
    # 004: "Zelenskyy met ... Starmer ..., Macron ... and Merz in London on December 8, 2025": a date in figures.
    case("The London meeting of Zelensky with Starmer, Macron and Merz took place on 14/12/2025, the same day as the "
         "Berlin talks.", R, cites={"004"}),
    case("Zelenskyy met Starmer, Macron and Merz in London on 2025-12-08.", S, cites={"004"}),
    # 001: "Now, if this is not in question ..., then we need to see what are the security guarantees that are
    # tangible. They cannot be papers or promises. They have to be real troops, real capabilities": what the sentences
    # after the condition go on to say is said under it.
    case("Kallas is calling for troops to be put on the ground in Ukraine right now.", M,
         reasons={Reason.CONDITION_STRIPPED}, cites={"001"}),
    # 003/004: the talks with Witkoff and Kushner were in Berlin; travelling somewhere for them places them there.
    case("Zelensky flew to PARIS this weekend for peace talks with Witkoff and Kushner. #Ukraine", R,
         cites={"003", "004"}),
    case("Zelensky travelled to Berlin for peace talks with Witkoff and Kushner.", S, cites={"003", "004"}),
    # 002: "'... the only security guarantee that works — is NATO's umbrella,' she said" (an interview of Feb. 27);
    # 000: "She said this on Monday". A weekday's occasion ("Monday's presser") dates the words.
    case("At Monday's Brussels presser after the Berlin talks, Kallas declared that \"the only security guarantee that "
         "works — is NATO's umbrella.\"", M, reasons={Reason.OUTDATED}, cites={"002"}),
    case("Speaking in Brussels after Monday's foreign ministers' meeting, Kallas said it is up to Ukrainians to "
         "decide.", S, cites={"000"}),
    # 000: "... tangible security guarantees, not only on paper, but really tangible, like, how many troops on the
    # ground": 'not "only on paper"' with the quote mark between is "not only", no negation (said under "if they
    # concede into this", which the claim leaves out).
    case('Kallas wants guarantees that are not "only on paper" and spell out "how many troops on the ground, how much '
         'capabilities."', {S, M}, cites={"000"}),
    # 003/004: guarantees "from European colleagues, Canada and Japan": left out of the list, they are not on it.
    case("Canada and Japan were left out of the list of countries Zelenskyy wants security guarantees from.", R,
         cites={"003", "004"}),
    # "..., he told reporters": the words of the one they are about (003: "Kyiv could consider abandoning its bid to
    # join NATO if the United States and European partners provide binding security guarantees").
    case("Ukraine's president has abandoned the country's NATO bid, he told reporters in Berlin.", M,
         reasons={Reason.CONDITION_STRIPPED}, cites={"003", "004"}),
    # 001: "At NATO's 2024 summit in Washington, allies reaffirmed that Ukraine's path to membership is 'irreversible.'
    # Neither NATO nor EU leaders have issued any official statements or documents walking back that position." The
    # sentence pointing back gives the year; a claim of two halves, each stated, refuted only across them, is not.
    case("NATO leaders have since formally walked back their 2024 pledge that Ukraine's membership path is "
         "irreversible.", R, cites={"001"}),
    case("At the 2024 Washington summit NATO allies called Ukraine's path to membership 'irreversible', and neither "
         "NATO nor EU leaders have officially walked that back.", S, cites={"001"}),
    # 004: "Moscow, which is refusing to allow Ukraine's allies to be part of any peacekeeping force": a short comment
    # after the claim ("Huge news!") is no part of it.
    case("Moscow has now agreed to let Ukraine's Western allies join a peacekeeping force. Huge news!", R,
         cites={"004"}),
    # "TODAY" after a name is no part of it (002: the words were told to AFP in February, before the meeting).
    case("Kaja Kallas TODAY after the EU foreign ministers' meeting: \"the only security guarantee that works — is "
         "NATO's umbrella.\"", M, reasons={Reason.OUTDATED}, cites={"002"}),
    # 001's headline: "Kallas was not referring to abandoning Ukraine's NATO aspirations, but rather to interim security
    # arrangements ...". A fact-check named with a possessive is the fact-check; its headline states its finding, or
    # the contrary of a claim, when its sentences give only something like it under a condition.
    case("StopFake's fact check found Kallas was referring to interim security arrangements pending Ukraine's "
         "accession or in a frozen conflict, not to abandoning its NATO aspirations.", S, cites={"001"}),
    case("The StopFake fact-check found that Kallas was referring to abandoning Ukraine's NATO aspirations.", R,
         cites={"001"}),
    # 002: "Kallas, the former prime minister of Estonia"; 000: "She said this on Monday in Brussels".
    case("Kallas, who used to be Latvia's prime minister, said her country joined NATO because it feared Russia.", R,
         cites={"002"}),
    case("Kallas, who used to be Estonia's prime minister, said her country joined NATO because it feared Russia.", S,
         cites={"002"}),
    case("The EU's foreign policy chief delivered her 'up to Ukrainians to decide' remarks during a visit to "
         "Washington.", R, cites={"000"}),
    # 003: "The meeting in Berlin between President Zelenskyy, Special Envoy Witkoff, Jared Kushner, and delegations
    # from the United States and Ukraine lasted over five hours": a first name for a title is the same person.
    case("The Berlin meeting between Zelenskyy, Steve Witkoff, Jared Kushner and the U.S. and Ukrainian delegations "
         "lasted over five hours.", S, cites={"003"}),
    # 004: "at 10 Downing Street"; an accented capital ("Élysée") opens a name and a place like any other.
    case("The December 8 meeting of Zelensky with Starmer, Macron and Merz took place at the Élysée Palace in Paris.",
         R, cites={"004"}),
    # 003: "The negotiations are set to continue on Monday, December 15": the day written before the month.
    case("The U.S.-Ukraine talks in Berlin were due to resume on Wednesday, 17 December.", R, cites={"003"}),
    # 002 quotes "Russia will try to divide us" and "Let's not walk into their traps" apart: two sentences stitched with
    # an ellipsis inside one quotation are two remarks, each hers.
    case("Kallas on Feb. 18, after the US-Russia talks in Saudi Arabia: \"Russia will try to divide us… Let's not walk "
         "into their traps.\"", S, cites={"002"}),
    # A statement of the speaker's in other words, close in meaning but sharing few of the claim's words, is close
    # enough to be reversed (003: "any such guarantees must be legally binding"; 002: "the only security guarantee
    # that works — is NATO's umbrella"), never to be confirmed.
    case("Zelenskyy said the guarantees offered in place of NATO would not have to be legally binding.", R,
         cites={"003"}),
    case("Kallas told AFP the NATO umbrella doesn't actually protect anybody.", R, cites={"002"}),
    # 000: "So if they concede into this, then ... tangible security guarantees, not only on paper, but really
    # tangible": a claim telling the contrast she draws tells what kind of guarantees she asks for, which the
    # condition does not change; one telling what must be done under it still drops the condition.
    case("Kallas said the guarantees must be not just on paper but tangible.", S, cites={"000"}),
    case("Kallas said all Member States and the Americans must give Ukraine very strong security guarantees.", M,
         reasons={Reason.CONDITION_STRIPPED}),
    # A post's comment in the poster's own voice, past the quotation, is no part of what is claimed.
    case("Kallas: \u201cin the end, it is up to Ukrainians to decide what they are willing to give up to have "
         "peace.\u201d Finally somebody in Brussels understands it. #Ukraine", S, cites={"000"}),
    # 003: 'that Ukraine had "from the very beginning sought to join NATO," but ...': quoted words cut before what
    # they were about are not finished otherwise when the claim said what they were about before them.
    case('Zelenskyy said Kyiv sought NATO membership "from the very beginning" but some partners did not back it.', S,
         cites={"003"}),
    # A reader's lead ("I read that", "Apparently") is how the claim reached the fact-checker, not part of it.
    case("I read that the EU's top diplomat said in Brussels that pressure on Russia is not the EU's policy.", R,
         cites={"000"}),
    # "Kallas let it slip: ..." is how a post introduces her words: "Kallas: ...". 000: "and they are agreeing to
    # everything to have peace", the words cut before what they were for.
    case('Kallas let it slip: Kyiv is "agreeing to everything"!', M, {Reason.TRUNCATED}, {"000"}),
    # "Unlike X, who did A, Y did B" states two things, each checked (002: "Trump has repeatedly ruled out NATO
    # membership for Ukraine"; "the only security guarantee that works — is NATO's umbrella").
    case("Unlike Trump, who has repeatedly ruled out NATO membership for Ukraine, Kallas told AFP that NATO's umbrella "
         "is the only security guarantee that works.", S, cites={"002"}),
    case("Unlike Trump, who has repeatedly backed NATO membership for Ukraine, Kallas told AFP that NATO's umbrella is "
         "the only security guarantee that works.", R, cites={"002"}),
    # ... nor with a comma after it (002: said on February 18, long before the Berlin talks of December 14).
    case("Kallas TODAY, after the Berlin talks: \u201cRussia will try to divide us.\u201d", M, {Reason.OUTDATED},
         {"002"}),
    # 000: "and they are agreeing to everything to have peace. To illustrate that Russia does not want this peace":
    # finished with another object, or cut from what it illustrated, the words are also out of their context.
    case('Kallas said Kyiv is "agreeing to everything" the Kremlin asks for.', M, {Reason.OUT_OF_CONTEXT}, {"000"}),
    case('Kallas said Ukraine is "agreeing to everything to have peace," including giving up its NATO bid.', M,
         {Reason.OUT_OF_CONTEXT}, {"000"}),
    # A headline's label ("NEW:") is no speaker, and a dash may end what the words answer as a colon does (002: told
    # AFP in February, long before Zelenskyy's offer of December 14).
    case("NEW: Kallas answers Zelensky's Berlin offer \u2014 \u201cthe only security guarantee that works is NATO's "
         "umbrella.\u201d", M, {Reason.OUTDATED}, {"002"}),
    # 003: "He said such a move would be possible solely in exchange for binding security guarantees ... The Ukrainian
    # president stressed that any such guarantees must be legally binding": "such guarantees" are those the narration
    # just described.
    case("Zelenskyy insisted that any security guarantees offered in place of NATO membership must be legally "
         "binding.", S, cites={"003"}),
    # A pledge of NATO's allies ("Ukraine's path to membership is 'irreversible'", 001) says nothing of what Moscow
    # demanded.
    case("Moscow demanded that Ukraine stay out of NATO at the Istanbul talks in April 2022.", {S, N}),
    # A reply to an event is words said after it (002: told AFP in February, long before Zelenskyy's December offer).
    case("Kallas hit back at Zelenskyy's Berlin offer by insisting that NATO's umbrella is 'the only security "
         "guarantee that works.'", M, {Reason.OUTDATED}, {"002"}),
    # 001: "Europe must be prepared to consider more robust measures, including discussions about deploying
    # peacekeepers or military contingents ...": a course weighed, in a long sentence, told as decided.
    case("Kallas announced that European troops will be deployed on the ground in Ukraine.", M,
         {Reason.EXAGGERATED}, {"001"}),
    # 002 (February): "why we should give Russia what they want on top of what they have already done"; a statement
    # of hers after the Berlin talks that lacks the quoted words (000: "To illustrate that Russia does not want this
    # peace") is not the one quoted.
    case("Kallas SLAMS Zelensky's Berlin NATO climbdown: \u201cwhy we should give Russia what they want?\u201d", M,
         {Reason.OUTDATED}, {"002"}),
    # 001: "They cannot be papers or promises. They have to be real troops, real capabilities": read together, the
    # first sentence's "cannot" is not on the second's words when it holds none of the claim's.
    case("Kallas said security guarantees for Ukraine must mean real troops and real capabilities.", S, cites={"001"}),
    # A verb shouted in capitals is the verb (002: "Kallas called these claims 'totally untrue'").
    case("EU foreign policy chief SLAMS Kremlin claim that Kyiv's NATO hopes provoked the war as \u201ctotally "
         "untrue\u201d", S, cites={"002"}),
    # 000: "the Ukrainian minister did not go into detail about the issue of abandoning NATO membership": "gave a
    # detailed account of" is explaining in detail.
    case("According to Kallas, Sybiha gave the ministers a detailed account of Kyiv's plan to drop NATO membership.", R,
         cites={"000"}),
    # A quote card signed with its occasion ("interview with AFP"): 002's words, one of them changed, or told to
    # another outlet.
    case("'The only security guarantee that works — is NATO's umbrella.' — Kaja Kallas, interview with AFP, Feb. 2025",
         S, cites={"002"}),
    case("'The only security guarantee that works — is the EU's umbrella.' — Kaja Kallas, interview with AFP, Feb. "
         "2025", R, cites={"002"}),
    case("'The only security guarantee that works — is NATO's umbrella.' — Kaja Kallas, interview with Reuters, Feb. "
         "2025", R, cites={"002"}),
    # A remark named after "comparison with", behind a label: 002 says AFP.
    case("Claim: Kallas made her comparison with sitting down with Osama bin Laden in an interview with Reuters.", R,
         cites={"002"}),
    # A headline dated day first with the month cut short: 002, said on February 18, not in December.
    case("Kallas, 18 Dec.: \u201cRussia will try to divide us\u201d", M, {Reason.OUTDATED}, {"002"}),
    case("Kallas, 18 Feb.: \u201cRussia will try to divide us\u201d", S, cites={"002"}),
    # A headline giving someone's take on a topic, and one shouted in capitals ("ON" is a word, not a name): 004,
    # Witkoff said "a lot of progress was made".
    case("Witkoff's take on the Berlin weekend talks: \"a lot of progress was made.\"", S, cites={"004"}),
    case("WITKOFF ON BERLIN TALKS: \u201cA LOT OF PROGRESS WAS MADE\u201d", S, cites={"004"}),
    # A thread's reminder opens the claim, it is not part of it (002: the bin Laden comparison, to AFP).
    case("Reminder that the EU's top diplomat compared giving Russia concessions to sitting down with Osama bin Laden "
         "after 9/11.", S, cites={"002"}),
    # The occasion after a dash or before the speaker without a comma is a scene-setting phrase: AFP, not Reuters.
    case("Kallas compares conceding to Russia to sitting down with bin Laden after 9/11 \u2014 AFP interview", S,
         cites={"002"}),
    case("Kallas compares conceding to Russia to sitting down with bin Laden after 9/11 \u2014 Reuters interview", R,
         cites={"002"}),
    case("In interview for AFP the EU foreign policy chief compared the concessions to Russia with sitting down with "
         "Osama bin Laden after 9/11.", S, cites={"002"}),
    case("Speaking to Reuters in an interview published on 27 February 2025, Kallas likened premature concessions to "
         "Moscow to sitting down with Osama bin Laden after 9/11.", R, cites={"002"}),
    # "Right after" an event dates the words as "after" does: the NATO umbrella line is from February (002).
    case("Reminder: right after the Berlin talks this week, Kallas said the only security guarantee that works is "
         "NATO's umbrella.", M, {Reason.OUTDATED}, {"002"}),
    # "herself" after the name, "was clear that", "X's own words:": the speaker and what she said (000, 003, 004).
    case("Kallas herself pointed out that NATO membership is enshrined in Ukraine's constitution.", S, cites={"000"}),
    case("Zelenskyy was clear that any security guarantees replacing NATO have to be legally binding, not just "
         "promises.", S, cites={"003"}),
    case("Zelensky's own words: Ukraine's ambition from the very beginning was NATO membership, but some partners "
         "from the US and Europe did not support it.", S, cites={"003", "004"}),
    case("In Kallas's words: Russia wants this peace.", R, cites={"000"}),
    # "As X observed <setting>, ..." gives X's words after the setting, its date written day first; "noted in
    # Washington" places them (000: Brussels). "The High Representative further contended" is a description.
    case("As EU High Representative Kaja Kallas observed at a Brussels press conference on 15 December 2025, "
         "following the meeting of EU foreign ministers, it is ultimately \u201cup to Ukrainians to decide what they "
         "are willing to give up to have peace.\u201d", S, cites={"000"}),
    case("As Kallas noted in Washington in December 2025, it is up to Ukrainians to decide what they are willing to "
         "give up to have peace.", R, cites={"000"}),
    case("The High Representative further contended that a sustainable, long-term peace in Europe will require "
         "concessions from Russia.", S, cites={"000"}),
    # Chyrons in capitals, written as the corpus writes their words, and naming the speaker with a dash: 000 (the
    # "up to Ukrainians" remark; peacekeepers only to be considered), 003 (the talks continue), 004 (Canada and Japan
    # named as guarantors; Moscow refuses a force of Ukraine's allies).
    case("LIVE: KALLAS \u2014 ONLY UKRAINIANS CAN DECIDE WHAT THEY'RE WILLING TO GIVE UP FOR PEACE", S, cites={"000"}),
    case("EUROPE WILL DEPLOY PEACEKEEPERS TO UKRAINE \u2014 KALLAS", M, {Reason.EXAGGERATED}, {"001"}),
    case("BERLIN TALKS TO RESUME MONDAY DEC. 15 \u2014 U.S. ENVOY WITKOFF CONFIRMS", S, cites={"003"}),
    case("ZELENSKYY: CANADA AND JAPAN REFUSE TO OFFER UKRAINE SECURITY GUARANTEES", R, cites={"004"}),
    case("MOSCOW AGREES TO LET UKRAINE'S ALLIES JOIN PEACEKEEPING FORCE", R, cites={"004"}),
    # A surname the corpus never writes, a doubled letter short of a person's ("Kalas"), is that person.
    case("Kaja Kalas declared that only Ukrainians can decide what they are ready to give up for peace.", S,
         cites={"000"}),
    case("Kalas said Russia wants this peace.", R, cites={"000"}),
    # ... or a transliteration of its ending ("Zelenskyi", "Zelenskiy" for Zelenskyy, whom the registry has twice);
    # a date and a town opening the claim without commas.
    case("Zelenskyi said Ukraine never sought to join NATO.", R, cites={"004", "003"}),
    case("December 15, 2025 in Brussels Kalas said that only Ukrainians can decide what they are ready to give up.",
         S, cites={"000"}),
    # Matched from the "to" a negation ends with ("no reason | to offer concessions to Russia"): 002 says the contrary.
    case("Kallas told AFP that Europe should give to Russia some concessions before the formal peace negotiations "
         "begin.", R, cites={"002"}),
    # Where a post read it ("source: ...", "(via Reuters)", "source: kp.ru — ...") is no part of the claim; "is out here
    # bragging that" says (000).
    case("so basically Kallas said it's up to Ukrainians to decide what they're willing to give up to have peace. "
         "source: her presser in Brussels after the EU foreign ministers meeting", S, cites={"000"}),
    case("Kallas said Russia wants this peace (via Reuters)", R, cites={"000"}),
    case("Kallas said it is up to Ukrainians to decide what they are willing to give up. source: an article I read in "
         "Moscow", S, cites={"000"}),
    case("source: kp.ru \u2014 EU foreign policy chief Kaja Kallas admits Europe has abandoned discussions of "
         "Ukraine's NATO membership.", M, {Reason.CONDITION_STRIPPED, Reason.OUT_OF_CONTEXT}, {"000", "001"}),
    case("Kallas is out here bragging that Europe is already \"very strong\" against Russia.", M,
         {Reason.CONDITION_STRIPPED}, {"000"}),
    # A bulletin's label ("RADIO:") names no speaker; "..., aide Lytvyn says" does (004).
    case("RADIO: Zelenskyy will comment on the talks once they are over, aide Lytvyn says", S, cites={"004"}),
    # Where and when ("the five-hour Berlin meeting", "the weekend talks in Berlin") is the setting the statement's
    # article gives: Witkoff said "a lot of progress was made" (004); "little or no" denies once.
    case("Trump's envoy Witkoff said the five-hour Berlin meeting produced little progress.", R, cites={"004"}),
    case("US Special Envoy Witkoff characterised the weekend talks in Berlin as having yielded little or no progress.",
         R, cites={"004"}),
    # A titled name ("Ukraine's foreign minister Andriy Sybiha") read by the role, as her statement refers to him, and
    # the occasion left to the article: "the Ukrainian minister did not go into detail" (000).
    case("According to Kallas, Ukraine's foreign minister Andriy Sybiha went into detail on Kyiv dropping its NATO "
         "ambitions during the ministers' meeting.", R, cites={"000"}),
    # A post's pictographs are no words of it; one after an opening phrase parts it from the claim like a colon
    # (004: Moscow refuses; 001: Kallas's Donbas line; nothing of a trip to Moscow).
    case("Good news \U0001f54a\ufe0f Moscow has agreed to let Ukraine's Western allies join a peacekeeping force "
         "inside Ukraine.", R, cites={"004"}),
    case("\u201cDonbas is not Putin's end game.\u201d \u2014 Volodymyr Zelensky \U0001f1fa\U0001f1e6", M,
         {Reason.MISATTRIBUTED}, {"001"}),
    case("Straight from Berlin to Moscow \u2708\ufe0f Witkoff and Kushner flew to meet Putin right after the talks "
         "with Zelensky.", N),
    # "now" between the name and the cue: 002, "totally untrue".
    case("Even Kallas now agrees that Ukraine's push to join NATO is what provoked Russia's full-scale invasion.", R,
         cites={"002"}),
    # A tip asking whether a claim is true is the claim (003/004: over five hours); "told AFP" ends where the words
    # begin, before a relative "that" (002: NATO's umbrella).
    case("Is it true the Berlin meeting between Zelensky, Witkoff and Kushner went on for about five hours? Thats what "
         "I read.", S, cites={"003", "004"}),
    case("Kallas told AFP the only security guarantee that works is a European army.", R, cites={"002"}),
    # "As X himself conceded to reporters, ..." gives X's words; the writer's remark after them is no part of the claim
    # (004: "Some partners from the United States and Europe did not support this direction"; 003: legally binding).
    case("As Zelensky himself conceded to reporters before the Berlin talks, some partners in Washington and Europe "
         "never backed Ukraine's NATO ambition, which is exactly why Kyiv now wants guarantees.", S,
         cites={"003", "004"}),
    case("Zelenskyy was explicit that any guarantees replacing membership must be legally binding, a detail too many "
         "pundits conveniently skip.", S, cites={"003"}),
    # The writer's inference after ", so" and a remark after ", hardly the ..." are no part of the claim (001: "'paper'
    # assurances are insufficient"; 003: over five hours).
    case("The EU's foreign policy chief says paper promises are good enough for Ukraine, so no troops are needed.", R,
         cites={"001"}),
    case("The much-hyped Berlin session with Witkoff and Kushner lasted barely an hour, hardly the stuff of "
         "breakthroughs.", R, cites={"003", "004"}),
    # A tip line's slips written out ("prime minster"; "Downing St."): 002, Estonia; 004, 10 Downing Street on Dec. 8.
    case("Kaja Kallas was the prime minster of Latvia before her EU job.", R, cites={"002"}),
    case("Zelensky was in London on 8 December 2025 meeting Starmer, Macron and Merz at Downing St.", S, cites={"004"}),
    # ", not promises on paper" is the contrast she draws ("not only on paper, but really tangible, like, how many
    # troops on the ground"), no denial, and not stripped of "if they concede" (000); the contrast turned round is
    # refuted.
    case("Speaking in Brussels after Monday's meeting of EU foreign ministers, Kaja Kallas said guarantees must be "
         "counted in \"how many troops on the ground,\" not promises on paper.", S, cites={"000"}),
    case("Kallas said guarantees must be on paper, not troops on the ground.", R, cites={"000"}),
    # A thread's numbering is no part of the claim (003: Istanbul, April 2022).
    case("Thread 1/ Russia has wanted Kyiv neutral for years: neutral status and a constitutional pledge not to join "
         "NATO were key Kremlin demands at the Istanbul talks in April 2022.", S, cites={"003"}),
    # The writer's remark after the claim (", which effectively ends ...", ", effectively admitting ...") is no part
    # of it; "has conceded", "has warned" after a description (004: "in exchange for"; "if the White House does
    # not include Europe" is 002; 001: her Donbas warning).
    case("Ukraine's president used the weekend talks in Berlin to announce that Kyiv is abandoning its NATO "
         "ambitions, which effectively ends the country's long bid to join the alliance.", M,
         {Reason.CONDITION_STRIPPED}),
    case("The EU's foreign policy chief has conceded that Europe will not be able to help Ukraine in any peace deal, "
         "effectively admitting the bloc has no role in ending the war.", M, {Reason.CONDITION_STRIPPED}, {"002"}),
    case("The EU's top diplomat has warned that Donbas is not Putin's end game, and that if he gets it, \u201cthe "
         "fortress is down.\u201d", S, cites={"001"}),
    # A fact-check's work or staff named as the speaker is the fact-check (001).
    case("A StopFake check says Russian media circulated a quote attributing to Kallas the claim that Europe had "
         "abandoned talk of Ukraine's NATO membership.", S, cites={"001"}),
    case("Fact-checkers at StopFake say Russian outlets put out a quote falsely claiming Kallas said Europe had "
         "dropped talk of Ukraine joining NATO.", S, cites={"001"}),
    case("The StopFake piece points out that NATO allies reaffirmed at their 2024 Washington summit that Ukraine's "
         "path to membership is irreversible.", S, cites={"001"}),
    # A career's step before the main clause ("Before becoming the EU's top diplomat, ...") sets the time of what
    # follows (002: "the former prime minister of Estonia").
    case("Before becoming the EU's top diplomat, Kallas was prime minister of Estonia.", S, cites={"002"}),
    case("Before becoming the EU's top diplomat, Kallas was prime minister of Latvia.", R, cites={"002"}),
    # A day the claim gives, told by its weekday in an article of that day ("She said this on Monday", 000 of Monday,
    # December 15).
    case("Kallas made her comments on Monday, Dec. 15, in Brussels, after a meeting of EU foreign ministers.", S,
         cites={"000"}),
    # An event of the record set in another town: the record's place, from the sentence of the claim's time that
    # names its people (002: "told AFP during a visit to Washington"; 004: "talks ... in Berlin").
    case("Kallas gave her February AFP interview in Brussels.", R, cites={"002"}),
    case("Zelenskyy flew to Paris this weekend to meet Witkoff and Kushner.", R, cites={"004"}),
    case("Kallas spoke to reporters in Kyiv on Monday alongside Foreign Minister Sybiha.", R, cites={"000"}),
    case("On Sunday Zelenskyy answered journalists' questions in a Telegram chat.", R, cites={"004"}),
    # ... or dates it to another month (002: "an interview with AFP published on Feb. 27").
    case("Kallas's AFP interview on NATO came out in early March 2025.", R, cites={"002"}),
    # Someone the articles never name, given an office they name another holder of (000: "[Andriy Sybiha – Foreign
    # Minister of Ukraine]"); the holder they name is no one else.
    case("Dmytro Kuleba is Ukraine's foreign minister.", R, cites={"000"}),
    case("Kallas said Ukraine's foreign minister, Dmytro Kuleba, explained Kyiv's difficult position to EU foreign "
         "ministers in Brussels on Monday.", R, cites={"000"}),
    case("In Brussels, Kallas said Ukraine's foreign minister, Andriy Sybiha, \"did not explain this any further.\"", S,
         cites={"000"}),
    # A person the record names by office ("the Ukrainian minister did not go into detail", 000), the one its context
    # names so ("Minister Sybiha").
    case("Sybiha went into detail about abandoning NATO membership.", R, cites={"000"}),
    # A capital for its state where it gives something ("guarantees from Washington": from the United States), and
    # "-style" for "-like".
    case("Zelensky wants Article 5-style guarantees from Washington.", S, cites={"004", "003"}),
    case("Zelenskyy said guarantees from Washington need not be legally binding.", R, cites={"004", "003"}),
    case("Zelenskyy said the guarantees he is after would come not just from America and Europe but from countries "
         "like Canada and Japan.", S, cites={"004", "003"}),
    # A timeline's entry: what the person said, where and when.
    case("15 Dec 2025 – Kallas, Brussels: it is up to Ukrainians to decide what they are willing to give up to have "
         "peace.", S, cites={"000"}),
    case("15 Dec 2025 – Kallas, Strasbourg: it is up to Ukrainians to decide what they are willing to give up to have "
         "peace.", R, cites={"000"}),
    # A commenter's lead and aside, a dateline, a name written small.
    case("LONDON, Dec 8 (Reuters) - Zelenskyy met British Prime Minister Keir Starmer at 10 Downing Street.", S,
         cites={"004"}),
    case("zelenskyy only talked with the americans for like two hours in berlin before walking out lol", R,
         cites={"003"}),
    # Annotation rows, speeches, learners' English.
    case('Speaker: Kaja Kallas | Said: "Russia will try to divide us" | Date: 15 Dec 2025 | Venue: Brussels', M,
         {Reason.OUTDATED}, {"002"}),
    case("Speaker: Zelenskyy | Said: Ukraine never wanted to join NATO | Date: Dec 2025", R, cites={"003", "004"}),
    case("Let me remind you that Europe's chief diplomat called NATO's umbrella the only security guarantee that "
         "works.", S, cites={"002"}),
    case("Kallas (EU foreign policy chief) said that Russia wants this peace.", R, cites={"000"}),
    case("Kalas is saying that it is up to Ukrainians to decide what they give up for peace.", S, cites={"000"}),
    case("Kallas admit Russia wants this peace.", R, cites={"000"}),
    case("Witkoff admit Russia does not want this peace.", M, {Reason.MISATTRIBUTED}, {"000"}),
    # An abstract noun opening the claim is no name put in place of the article's ("Kyiv's neutral status").
    case("Neutrality and a constitutional commitment never to join NATO were among the Kremlin's demands in Istanbul "
         "in April 2022.", S, cites={"003"}),
    # Live-blog updates, editor's notes and corrections: what the note now asserts.
    case("Update 16:40 — Witkoff says “a lot of progress was made” in Berlin.", S, cites={"003", "004"}),
    case("Correction: An earlier version of this article said the Berlin meeting lasted two hours. In fact, it lasted "
         "more than five hours.", S, cites={"003"}),
    case("Editor's note: This article has been updated to reflect that Kallas gave her AFP interview in Moscow.", R,
         cites={"002"}),
    # The speaker put in focus; a misspelt name with a learner's verb.
    case("It was Kallas, no less, who said Ukraine is agreeing to everything to have peace.", S, cites={"000"}),
    case("In the words of President Zelenskyy, \"Donbas is not Putin's end game.\"", M, {Reason.MISATTRIBUTED},
         {"000", "001"}),
    case("Kalas admit Russia does not want this peace.", S, cites={"000"}),
    # A video's timestamp or a "POV:" before the claim.
    case("12:30 — kallas compared giving russia concessions to sitting down with osama bin laden after 9/11", S,
         cites={"002"}),
    case("POV: NATO formally walked back ukraine's 'irreversible' membership path", R, cites={"001"}),
    # Progress "achieved", "whatsoever": progress made, denied.
    case("Witkoff said no progress whatsoever was achieved in Berlin.", R, cites={"003", "004"}),
    # "rather than on paper alone" is "not only on paper".
    case("Kallas said that if Ukraine concedes on NATO, guarantees must mean troops on the ground and capabilities "
         "rather than paper alone.", S, cites={"000", "001"}),
    # The speaker, then when and where; a shouted headline's reaction, said after what it reacts to.
    case("Kallas, Monday, Brussels: 'Putting the pressure on Russia is our policy'", S, cites={"000"}),
    case("Kallas, Monday, Strasbourg: 'Putting the pressure on Russia is our policy'", R, cites={"000"}),
    case('KALLAS REACTS TO BERLIN TALKS: "Russia will try to divide us"', M, {Reason.OUTDATED}, {"002"}),
    case("The Berlin talks between Zelensky and the US team lasted like 90 minutes tops", R, cites={"003"}),
    # Two readings that undo each other ("Trump's" written small by one, capitalised by the other) end.
    case("Jared Kushner is Donald Trump's son-in-law.", N, no_fact_check=True),
    # Taking part in a meeting is being at it.
    case("Jared Kushner did not take part in the Berlin meeting with the Ukrainian delegation.", R, cites={"003"}),
    # "comment on the talks after they conclude" times the comment; it does not say the talks end.
    case("The Berlin talks will not continue.", R, cites={"003", "004"}),
    # An explainer's question and answer.
    case("Q: Where did Zelenskyy meet Witkoff and Kushner? A: Paris.", R, cites={"003", "004"}),
    case("Who did Zelensky meet in Berlin? Witkoff and Kushner.", S, cites={"003", "004"}),
    case("Did Witkoff think the Berlin talks went anywhere? Yes — he said \"a lot of progress was made.\"", S,
         cites={"003", "004"}),
    # A transcript's line; an encyclopedia's footnote marks.
    case("GUEST: Kallas, she compared it to — uh — sitting down with Osama bin Laden after 9/11.", S, cites={"002"}),
    case("ANCHOR: So Kallas gave those remarks on Monday in, uh, Kyiv — after the EU foreign ministers met.", R,
         cites={"000"}),
    case("Slovakia and Hungary have been among the most vocal supporters of Ukraine's accession to NATO.[18]", R,
         cites={"004"}),
    # A reply is read without the post it quotes; a correction's "X, not Y".
    case("RT @kyiv_watch: Zelensky wants US guarantees only // wrong, he explicitly listed guarantees from European "
         "colleagues and from Canada and Japan too", S, cites={"003", "004"}),
    case("Replying to @desk: for the record, the Berlin sit-down between Zelenskyy and the US team ran more than five "
         "hours", S, cites={"003"}),
    case("Correction: Jared Kushner, not Marco Rubio, joined Witkoff in the Berlin talks with Zelenskyy.", S,
         cites={"003", "004"}),
    # A headline with its deck; a sentence a speaker is then said to have said.
    case("Kallas wants troop numbers, not paper | EU chief says if Ukraine concedes on NATO, guarantees must spell out "
         "troops on the ground and capabilities", S, cites={"000"}),
    case("The EU's line now is to put pressure on Ukraine, not on Russia. Kallas said so in Brussels.", R,
         cites={"000"}),
    # A body's statement citing the record.
    case("The Group welcomes the fact that President Zelenskyy stressed that any security guarantees offered to "
         "Ukraine in lieu of NATO membership must be legally binding.", S, cites={"003", "004"}),
    case("We recall President Zelensky's warning that making concessions to Moscow would be like sitting down with "
         "Osama bin Laden after 9/11.", M, {Reason.MISATTRIBUTED}, {"002"}),
    case("Zelenskyy sat through more than 300 minutes of talks with the U.S. delegation in Berlin.", S,
         cites={"003", "004"}),
    # A building may stand in the record's town; another building than the record's is another place.
    case("The Dec. 14 meeting between Zelensky and Witkoff was held at the German Chancellery.", N),
    case("Zelensky met Starmer, Macron and Merz at the Élysée Palace on December 8.", R, cites={"004"}),
    # A commentator's words about the speaker's words: the speaker's words (session 26).
    case("Kallas's insistence that Russia \"wants this peace\" reflects her optimism.", R, cites={"000"}),
    case("Kallas's position on neutrality was one of deference: \"it is up to Ukrainians to decide what they are "
         "willing to give up\"", S, cites={"000"}),
    case('Kallas called the claim "totally untrue", "the Russian narrative that we should not buy."', S, cites={"002"}),
    case('Ukraine\'s chances of joining NATO were, as Kallas put it, "vanishingly thin".', M, {Reason.MISATTRIBUTED},
         {"004"}),
    case("In the Ukrainian president's words, non-binding assurances would be enough in exchange for dropping the NATO "
         "bid.", R),
    case("Zelenskyy said non-binding political assurances would suffice as the price of forgoing NATO membership.", R),
    case("Zelenskyy said non-binding guarantees would be enough.", R, cites={"003"}),
    case('"Russia will try to divide us," Kallas warned on Feb. 18, urging Europeans not to walk into their traps.', S,
         cites={"002"}),
    case('"Russia will try to divide us," Zelensky warned on Feb. 18, urging Europeans not to walk into their traps.',
         M, {Reason.MISATTRIBUTED}),
    case("Kallas retorted that Russia does not want this peace.", S, cites={"000"}),
    case("In an interview with AFP published on 27 February 2025, given while she was visiting Washington, Kallas "
         "likened concessions to Moscow to sitting down with Osama bin Laden after 9/11.", S, cites={"002"}),
    case("According to remarks delivered in Brussels on 15 December, Kallas's message was that it is up to Ukrainians "
         "to decide what they are willing to give up.", S, cites={"000"}),
    # A newsroom's shorthand and a story's dateline.
    case("Berlin talks with the Ukr. pres. ran 5+ hrs.", S),
    case("HR/VP Kallas said Russia wants this peace.", R, cites={"000"}),
    case("PARIS — Zelensky says Ukraine could give up its NATO bid if the US and Europe give binding security "
         "guarantees.", S),
    case("Zelensky stressed any guarantees must be legally binding, per Orda.kz citing The Guardian.", S,
         cites={"003"}),
    # Layers of reporting, a letter writer's voice, a partisan outlet's words, and two speakers at once (session 26).
    case("According to Zelensky, some partners from the USA and from Europe did not support Ukraine's direction to "
         "NATO.", S, cites={"003", "004"}),
    case("Reuters reported that Kaja Kallas said Russia wants this peace.", R, cites={"000"}),
    case("According to a Ukrainian outlet quoted by Euronews, Zelensky called the guarantees offer \"a compromise on "
         "our part.\"", S),
    case("It was special envoy Witkoff who said any security guarantees must be legally binding.", M,
         {Reason.MISATTRIBUTED}),
    case("AFP quoted Kallas as calling Moscow's claim that NATO provoked the invasion \"totally untrue\".", S,
         cites={"002"}),
    case("Kallas told that Russia does not want this peace.", S, cites={"000"}),
    case("I was shocked to read that Kallas said it is up to Ukrainians to decide what they are willing to give up.", S,
         cites={"000"}),
    case("As a Ukrainian, I note that Zelensky insisted any guarantees must be legally binding — and rightly so.", S,
         cites={"003"}),
    case("Kallas shot back this week that Russia does not want this peace.", S, cites={"000"}),
    case('Kallas let slip in Brussels that Ukraine is "agreeing to everything".', M,
         {Reason.TRUNCATED, Reason.OUT_OF_CONTEXT}, {"000"}),
    case("The EU's chief diplomat conceded that NATO is not written into the Kiev regime's constitution.", R,
         cites={"000"}),
    case("Kallas is stirring things up again, claiming Russia does not want this peace.", S, cites={"000"}),
    case("Even the Western press now admits that Slovakia and Hungary were resistant to Ukraine joining NATO.", S,
         cites={"004"}),
    case("NATO members Slovakia and Hungary were resistant to letting Kyiv into the bloc.", S, cites={"004"}),
    # Members "resistant to the idea" did not block it: a milder stance told more strongly.
    case("Slovakia and Hungary vetoed Ukraine's NATO membership.", M, {Reason.EXAGGERATED}, {"004"}),
    case("NATO members Slovakia and Hungary blocked Ukraine's bid to join the alliance.", M, {Reason.EXAGGERATED},
         {"004"}),
    case("Ukraine never had any chance of getting into NATO.", M, {Reason.EXAGGERATED}, {"004"}),
    case("Both Kallas and Zelenskyy said Russia wants this peace.", R, cites={"000"}),
    case("Like the EU's top diplomat, Zelensky said Russia does not want this peace.", M, {Reason.MISATTRIBUTED}),
    # A reader granting a point before making one; a post's date; a learner's progressive (session 26).
    case("For all the criticism he gets, Trump has consistently supported NATO membership for Ukraine.", R,
         cites={"002"}),
    case("At least Moscow has finally agreed to let Ukraine's allies take part in a peacekeeping force — a real step "
         "forward.", R, cites={"004"}),
    case("I can hardly believe it: Zelenskyy now says Kyiv could simply walk away from its NATO bid.", M,
         {Reason.CONDITION_STRIPPED}),
    case("Posted Wed 17 Dec 2025: Last Monday, EU foreign policy chief Kaja Kallas told a Brussels press conference it "
         "is up to Ukrainians to decide what they're willing to give up for peace.", S, cites={"000"}),
    case("In an interview for AFP, Kallas is comparing concessions to Russia with sitting down with Osama bin Laden "
         "after 9/11.", S, cites={"002"}),
    # A filler inside a quotation is the speaker's; "PM" is a title; a readout speaks for its author (session 26).
    case("Kallas, speaking in Washington: \"Consider here in America that after 9/11 you would have sat down with "
         "Osama bin Laden and said, 'OK, what else do you want?' I mean, it's unimaginable.\"", S, cites={"002"}),
    case("Estonia's former PM called the claim that Ukraine's NATO ambitions provoked Russia's invasion \"totally "
         "untrue,\" adding: \"That is the Russian narrative that we should not buy.\"", S, cites={"002"}),
    case("The former Estonian PM said Russia wants this peace.", R, cites={"000"}),
    case("Witkoff's Dec. 14 readout said the Berlin meeting with Zelenskyy \"lasted just under two hours.\"", R),
    case('Witkoff hailed the Berlin meeting, saying "enormous progress was made."', M, {Reason.EXAGGERATED}, {"004"}),
    # A milder statement of the speaker's comes before a loose paraphrase of other words of theirs.
    case("U.S. special envoy Steve Witkoff said the Berlin talks with Zelenskyy had produced a breakthrough.", M,
         {Reason.EXAGGERATED}, {"004"}),
    case("Special envoy Steve Witkoff is said to have confirmed the Berlin discussions would continue on Monday, 15 "
         "December.", S, cites={"003"}),
    case("Kallas appears to have accepted the argument that Ukraine's NATO ambitions provoked Russia's full-scale "
         "invasion.", R, cites={"002"}),
    case("In an AFP interview published Feb. 27, Kallas is said to have compared pre-talks concessions to Russia with "
         "sitting down with Osama bin Laden after 9/11.", S, cites={"002"}),
    # A poster's own remark after the claim, in small letters or after a comma or dash; a scene between the speaker and
    # the verb; a speaker named by first name only; "made it pretty clear:" (session 27).
    case("so basically Kalas said at the Brussels presser on Monday that it's up to Ukrainians what they're willing to "
         "give up for peace. honestly that's the only sane answer", S, cites={"000"}),
    case("Zelenski sat with Witkoff and Kushner in Berlin for like five hours straight, that's a long meeting lol", S),
    case("Zelenskyy himself called the guarantees-instead-of-NATO thing “a compromise on our part”, his words not "
         "mine.", S, cites={"004"}),
    case("Neutral status for Ukraine plus a constitutional promise not to join NATO were already Kremlin demands back "
         "at the Istanbul talks in April 2022, this isn't new", S, cites={"003"}),
    case("Kallas in her AFP interview published 27 Feb compared giving Russia concessions to sitting down with Osama "
         "bin Laden after 9/11 and asking 'OK, what else do you want?' — pretty brutal comparison honestly", S,
         cites={"002"}),
    case("Kaja said Estonia joined NATO basically because it's 'afraid of Russia' — which, fair, they share a border",
         S, cites={"002"}),
    case("The Estonian made it pretty clear: if Kyiv gives up on NATO it needs guarantees with actual troops on the "
         "ground and capabilities, not just stuff on paper.", S, cites={"000"}),
    # Hedges on what was reported; a remark in the passive or given somewhere; a place before the meeting held there
    # or in the scene the claim opens with (session 27).
    case("Kallas's position, as reported, was that a sustainable long-term peace in Europe would require concessions "
         "from Ukraine rather than from Russia.", R, cites={"000"}),
    case('The assessment that Ukraine\'s chance of joining NATO was "vanishingly thin" was reportedly offered by '
         "Kallas.", M, {Reason.MISATTRIBUTED}),
    case("It was asserted by Kallas at the Brussels press conference that Russia is on the verge of collapse.", M,
         {Reason.EXAGGERATED}, {"000"}),
    case("Kallas's comparison of concessions to Moscow with sitting down with Osama bin Laden after 9/11 was "
         "reportedly made while she was visiting Washington.", S, cites={"002"}),
    case("Kallas's remarks about it being up to Ukrainians what they give up for peace were reportedly delivered in "
         "Berlin, on the sidelines of the Witkoff-Zelenskyy talks.", R, cites={"000"}),
    case("NATO allies at their 2024 Vilnius summit reaffirmed that Ukraine's path to membership is 'irreversible'.", R,
         cites={"001"}),
    case("In Moscow, Kallas compared concessions to Russia to sitting down with Osama bin Laden.", R, cites={"002"}),
    case("During a visit to Washington, Kallas compared concessions to Russia to sitting down with Osama bin Laden.",
         S, cites={"002"}),
    case('Back on 27 Feb Kallas was clear: "the only security guarantee that works — is NATO\'s umbrella."', S,
         cites={"002"}),
    # "own" in a description, a post's "officially", "shut down ...:"; quoted words cut before a pointer to what was
    # said before them, finished with it; an event the record does not tell, beside its people and place; how a
    # statement was met, set before it; "ruling-out" (session 27).
    case("The EU's own foreign policy chief finally admitted Russia is \"in a good place\" and pressure isn't "
         "working.", R, cites={"000"}),
    case("Kallas shut down the Kremlin's excuse: Ukraine's NATO hopes provoking the invasion is “totally untrue” and "
         "“the Russian narrative that we should not buy.”", S, cites={"002"}),
    case("In Zelensky's own words: \"Some partners from the United States and Europe did not support\" Ukraine's NATO "
         "bid.", S, cites={"004"}),
    case("Jared Kushner left Berlin before the talks resumed on Monday.", N),
    case("Trump's repeated ruling-out of NATO membership for Ukraine was welcomed by Kyiv's European allies.", R,
         cites={"002"}),
    # A briefing memo's lines; a presenter's question to a guest; quoted words, then the day they were said; guarantees
    # "offered to Kyiv" (Ukraine, not the town); appeasing as conceding (session 27).
    case("Kallas -> if UA concedes on NATO, guarantees must be “very, very strong, tangible”: troops on the ground, "
         "capabilities, not only on paper", S, cites={"000"}),
    case("Kallas, former Latvian PM, cites Baltic fear of RU as reason for NATO accession.", R),
    case("Isn't it the case that at the 2024 Washington summit, NATO allies called Ukraine's path to membership "
         "'irreversible'?", S, cites={"001"}),
    case("Kaja Kallas said it is “up to Ukrainians to decide what they are willing to give up to have peace” on "
         "Monday, December 15, 2025.", S, cites={"000"}),
    case("The Ukrainian leader stressed that any security guarantees offered to Kyiv must be legally binding.", S,
         cites={"003"}),
    case("Kallas likens appeasing Moscow to sitting down with Osama bin Laden after 9/11", S, cites={"002"}),
    case("So basically Kallas told AFP — this is the former Estonian PM — that “the only security guarantee that "
         "works” is NATO's umbrella.", S, cites={"002"}),
    # A fact-checker's unnamed claimant; a news-flash label before the scene; an event set first without a comma; a
    # name transliterated otherwise; a denial of what the statement never names; "It was X, not Y, who" (session 27).
    case("A Facebook post claims the Berlin talks between Zelenskyy and the American delegation lasted barely two "
         "hours.", R, cites={"003"}),
    case("A Telegram channel claims Zelensky said Ukraine would settle for security guarantees that are not legally "
         "binding.", R, cites={"003"}),
    case("Just in: responding to Zelenskyy's Berlin offer, Kallas calls the claim that Ukraine's NATO ambitions "
         "provoked Russia's invasion \"totally untrue.\"", M, {Reason.OUTDATED}, {"002"}),
    case("Right after the Berlin talks Kallas told AFP that NATO's umbrella is 'the only security guarantee that "
         "works'.", M, {Reason.OUTDATED}, {"002"}),
    case("Meeting of Zelenskyi with Vitkoff and Kushner in Berlin was lasting more than five hours.", S, cites={"003"}),
    case("The Ukrainian leader insisted that trading NATO membership for security guarantees involved no compromise "
         "whatsoever on Kyiv's part", R, cites={"004"}),
    # Talks told as over, where the record has them set to continue (session 27).
    case("The Berlin negotiations ended on Sunday with no further round planned.", R, cites={"003"}),
    case("The Berlin talks wrapped up on Sunday with no plans for the two sides to meet again.", R),
    # A speaker written with its article before a long setting of where it wrote ("A Ukrainian MP wrote on Telegram
    # that ..."): the article is no words of the speaker's (session 28).
    case("A Ukrainian MP wrote on Telegram that the US-Ukraine talks in Berlin were scheduled to resume on Monday, "
         "22 December.", R, cites={"003"}),
    # Advice made of the case a condition puts, in other words than the statement's ("ought to give up on NATO" / "So if
    # they concede into this, then ..."), and a negation outside what the statement is only about ("did not go into
    # detail about | the issue of abandoning NATO membership") taken for none of the claim's (session 28).
    case("Ms Kallas said on Monday that Ukraine ought to give up on NATO.", M, {Reason.CONDITION_STRIPPED},
         {"000", "001"}),
    case("EU foreign policy chief says Ukraine must give up NATO to get peace.", M, {Reason.CONDITION_STRIPPED}),
    case("Kallas said Ukraine should never give up on joining NATO.", N),
    # A second clause after a bare comma is a statement of its own; a people is its country ("the Russians") (session
    # 28).
    case("\u203c\ufe0f Zelenskyy says guarantees DON'T need to be legally binding, political promises are enough", R,
         cites={"003"}),
    case("Kallas said, I mean, the Russians are in a good place right now, they're strong.", R, cites={"000"}),
    # "must decide what to give up" for "it is up to Ukrainians to decide what they are willing to give up": the
    # verb urged is not the one described as done ("are willing to"); the remarks given in the wrong place, after a
    # label (session 28).
    case("Kallas said Ukraine must decide what to give up for peace.", S, cites={"000"}),
    case("At a press conference in Kyiv, Kallas said Ukraine must decide what to give up for peace.", R,
         cites={"000"}),
    case("Claim: Kallas's remarks that Ukraine must decide what to give up for peace were made at a press conference "
         "in Kyiv.", R),
    # "the Baltic country" of a sentence naming Estonia is not Latvia (session 28).
    case("Kallas told AFP that Latvia joined NATO because it is \"afraid of Russia.\"", R, cites={"002"}),
    case("Kallas said Estonia joined NATO because it is afraid of Russia.", S, cites={"002"}),
    # Lengths of time given in other units are compared (session 28).
    case("The Berlin talks lasted ten hours.", R, cites={"003", "004"}),
    case("lol the berlin talks between zelensky and the US team lasted like 90 minutes tops", R, cites={"003", "004"}),
    # A wrong country in a title between dashes, before a relative clause, or after "who had previously served as":
    # refuted with the record's "former prime minister of Estonia"; the right one leaves the claim supported.
    case('Kallas — the former Latvian prime minister — says her country joined NATO because it is "afraid of Russia."',
         R, cites={"002"}),
    case("Kaja Kallas, the former Latvian prime minister who now heads EU foreign policy, told AFP that NATO's "
         "umbrella is the only security guarantee that works.", R, cites={"002"}),
    case("Kaja Kallas, who had previously served as the President of Latvia, stated that her country had joined NATO "
         "because it was afraid of its Russian neighbour.", R, cites={"002"}),
    case("Kallas — the former Estonian prime minister — says her country joined NATO because it is afraid of Russia.",
         S, cites={"002"}),
    case("In February 2025, Ms Kallas, speaking as the EU's foreign policy chief and former Estonian premier, said "
         "that “the only security guarantee that works” is NATO's umbrella.", S, cites={"002"}),
    # Backing and decrying are opposites, and excluding is ruling out; the scene a claim opens with is read where the
    # record tells it, after the predicate ("In an interview with AFP published Feb. 27, the EU foreign policy chief
    # ..." / "... decried ruling out NATO membership for Ukraine in an interview with AFP published on Feb. 27").
    case("In an interview with AFP published Feb. 27, the EU foreign policy chief backed excluding Ukraine from NATO.",
         R, cites={"002"}),
    case("In an interview with AFP published Feb. 27, the EU foreign policy chief decried excluding Ukraine from NATO.",
         S, cites={"002"}),
    # "Agence France-Presse" is AFP, not a place and a name after "In an interview with Agence".
    case("In an interview with Agence France-Presse published on 27 February 2025, Kallas criticised the ruling out of "
         "NATO membership for Ukraine.", S, cites={"002"}),
    # Opposites inside both conditions are weighed though the statement's main clause ends before its condition.
    case("Kallas warned that Europe cannot help Ukraine in a peace deal if the White House excluded Europeans.", S,
         cites={"002"}),
    # A place gone to is no place come from ("flew on to Moscow" / "delegations from the United States and Ukraine").
    case("Jared Kushner flew on to Moscow after the Berlin meeting, according to reports.", N),
    case("Witkoff + Kushner heading to Moscow after Berlin", N),
    # A deed told as done is told only with its verb: guarantees that "represent an opportunity" were not signed.
    case("Canada and Japan have already signed binding security guarantees for Ukraine.", N),
    # "on board with" is backing; "did not support this aspiration" says the contrary.
    case("Zelensky even admitted the US and Europe were fully on board with Ukraine joining NATO, so why give it up?",
         R, cites={"003"}),
    # The listener after "told", without a "that", is not what was said.
    case("The EU's foreign policy chief told reporters Russia is in a good place right now.", R, cites={"000"}),
    # A chat's "UA pres" is the Ukrainian president (003: "The Ukrainian president stressed that any such guarantees
    # must be legally binding").
    case("UA pres stressed any guarantees have to be legally binding", S, cites={"003"}),
    # A reader's aside before the claim, praise for words said, and a claim named by its quoted words (002: "Kallas
    # called these claims 'totally untrue'").
    case("Don't take my word for it: Zelensky himself called trading NATO for guarantees “a compromise on our "
         "part.”", S, cites={"004"}),
    case("Good on Kallas for calling the 'NATO provoked Russia' story “totally untrue.”", S, cites={"002"}),
    case("Kallas endorsed the 'NATO provoked the war' line.", R, cites={"002"}),
    # "The former prime minister of Estonia" describes the speaker (002: "Kallas, the former prime minister of
    # Estonia, said ..."); Estonia is whose office, not who spoke.
    case("The former prime minister of Estonia stated that her country had joined NATO because it was ‘afraid of "
         "Russia’.", S, cites={"002"}),
    # A refusal right before the matched words negates them (004: "Moscow, which is refusing to allow Ukraine's
    # allies to be part of any peacekeeping force in the country").
    case("Moscow agreed that allies of Ukraine can be part of peacekeeping force in the country.", R, cites={"004"}),
    case("Moscow is refusing to allow Ukraine's allies to be part of a peacekeeping force.", S, cites={"004"}),
    # Two remarks joined by "and that", checked apart: the first put after the December talks is outdated (002: told
    # AFP in February "that there was no reason to offer concessions to Russia").
    case("Fresh from the December Berlin talks, Kallas told AFP there was no reason to give Russia concessions and "
         "that only NATO's umbrella works.", M, reasons={Reason.OUTDATED}, cites={"002"}),
    # A deed told as done is read in the first of joined clauses only ("..., and no one has officially walked that
    # back" is the second's).
    case("Reminder: at the 2024 Washington summit, NATO allies called Ukraine's path to membership \"irreversible\" – "
         "and no one has officially walked that back.", S, cites={"001"}),
    # The press told in a place, then a date and a comma: the setting before the words (000: in Brussels).
    case("As Kaja Kallas told the press in Kyiv on 15.12.2025, it is for Ukrainians alone to decide what they are "
         "willing to give up for peace.", R, cites={"000"}),
    # An office of a country named before the name in apposition: the name speaks, the country is whose office.
    case("The former Prime Minister of Estonia, Kaja Kallas, explained in an interview with AFP that her country had "
         "joined NATO because it was afraid of Russia.", S, cites={"002"}),
    case("The former Prime Minister of Latvia, Kaja Kallas, explained in an interview with AFP that her country had "
         "joined NATO because it was afraid of Russia.", R, cites={"002"}),
    # A name after "and that" opens a remark of its own: no name in place of the claim's (001: "'paper' assurances
    # are insufficient and that Europe must be prepared ...").
    case("Kallas argued that “paper” assurances are insufficient for Ukraine", S, cites={"001"}),
    # An outlet quoting the speaker "describing" (no "as"): the speaker's words (002).
    case("AFP quoted Kallas describing Moscow's claim that Ukraine's NATO ambitions provoked the invasion as \"the "
         "Russian narrative that we should not buy.\"", S, cites={"002"}),
    # A forwarded message's label and the poster's "said it herself!" after the quoted words are no part of the claim.
    case("FORWARDED 🔁 Kallas in Brussels on Monday: “it is up to Ukrainians to decide what they are willing to give "
         "up to have peace” 🇺🇦 the EU's top diplomat said it herself!", S, cites={"000"}),
    # A member's lead in a parliament asserts what follows, a question too.
    case("The Honourable Member will recall that Ms Kallas warned that if Putin gets the Donbas, “the fortress is "
         "down” and Russia will move on to take the whole of Ukraine.", S, cites={"001"}),
    case("Is the Minister aware that Moscow has now agreed to let Ukraine's allies take part in a peacekeeping force "
         "in the country?", R, cites={"004"}),
    # The writer's judgement between the speaker and the cue ("rightly"), a setting before the colon of "was clear",
    # an explainer's heading, and a question on what someone said answered "She said ...".
    case("Kaja Kallas rightly called Moscow's claim that Ukraine's NATO hopes provoked the invasion \"totally "
         "untrue\" — \"the Russian narrative that we should not buy.\"", S, cites={"002"}),
    case("Kallas was clear on 15 December: “Putting the pressure on Russia is our policy.”", S, cites={"000"}),
    case("Background: at the 2024 NATO summit in Washington, allies reaffirmed that Ukraine's path to membership is "
         "'irreversible.'", S, cites={"001"}),
    case("What did Kallas actually say? She said it is up to Ukrainians to decide what they are willing to give up to "
         "have peace.", S, cites={"000"}),
    # "As X told AFP back in February: '...'": the quoted words after a colon are X's.
    case("As the EU's top diplomat told AFP back in February: “the only security guarantee that works — is NATO's "
         "umbrella.”", S, cites={"002"}),
    # A signed quote and what the signer warned, checked apart (001).
    case("“Donbas is not Putin’s end game.” – EU High Representative Kaja Kallas, warning that if Russia gets Donbas "
         "it would move on to take the whole of Ukraine", S, cites={"001"}),
    # What carried the claim, as a label ("Card:", "BREAKING card:"), is no part of it (002: "after the U.S.-Russia
    # talks in Saudi Arabia").
    case("Card: 'Russia will try to divide us' — Kaja Kallas, 18 Feb 2025, after the U.S.-Russia talks in Istanbul", R,
         cites={"002"}),
    # The writer's verdict after a comma and the outlet that reported it are no part of the claim.
    case("Moscow has agreed to let Ukraine's allies take part in a peacekeeping force inside Ukraine, a welcome "
         "breakthrough.", R, cites={"004"}),
    case("Russian outlet kp.ru circulated a quote attributed to Kaja Kallas saying Europe had abandoned discussions of "
         "Ukraine's NATO membership, StopFake reports.", S, cites={"001"}),
    # A quote card's tail: the town before the occasion is where the words were said (000: in Brussels).
    case("“It is up to Ukrainians to decide what they are willing to give up to have peace” — Kaja Kallas, Berlin "
         "press conference, 15 Dec 2025", R, cites={"000"}),
    case("“It is up to Ukrainians to decide what they are willing to give up to have peace” — Kaja Kallas, Brussels "
         "press conference, 15 Dec 2025", S, cites={"000"}),
    # A dated headline placing the words: the place is where they were said (000: in Brussels), read only against a
    # sentence placing them (not the one place an article has the speaker speak in).
    case("Kallas in Berlin on Dec. 15: it is up to Ukrainians to decide what they are willing to give up to have peace",
         R, cites={"000"}),
    case("Kallas in Brussels on Dec. 15: it is up to Ukrainians to decide what they are willing to give up to have "
         "peace", S, cites={"000"}),
    # A headline's label naming an event and its town sets the scene; it is no name swapped for the record's.
    case("Talks in Berlin: Zelensky offers to drop NATO bid", M, reasons={Reason.CONDITION_STRIPPED}, cites={"001"}),
    case("Talks in Paris: Zelensky offers to drop NATO bid in exchange for security guarantees", R, cites={"004"}),
    # Two clauses of what was said joined by "and", checked apart: one contrary half refutes the whole (000: "they are
    # not in good place"; "Putting the pressure on Russia is our policy").
    case("FORWARDED: Kallas says Russia is 'in a very good place' and Europe should EASE the pressure on Moscow 😡", R,
         cites={"000"}),
    # A weekday cut short is no place ("at Mon presser in Brussels").
    case("EU FP chief Kallas at Mon presser in Brussels after the FMs meeting: 'up to Ukrainians to decide what they "
         "are willing to give up to have peace'", S, cites={"000"}),
    # "passing around a quote": a claim in circulation, which the fact-check reports (001), not Kallas's words.
    case("heads up, Russian media like kp.ru are passing around a quote saying Kallas said europe dropped talk of "
         "ukraine in nato", S, cites={"001"}),
    case("Kallas in Brussels on Feb. 18: Russia will try to divide us", S, cites={"002"}),
    # A noun before a town is no speaker ("Peace in Europe: ..."); a likeness between dashes is no title; a town before
    # "meeting behind him" is no place where words were said.
    case("Peace in Europe: Kallas says concessions are needed from Russia.", S, cites={"000"}),
    case("Kallas — like France's president — said Russia will try to divide us.", S, cites={"002"}),
    case("Zelenskyy said on Sunday, London meeting behind him, that Ukraine could drop its NATO bid.", {N, M}),
    # An office in apposition before the name ("The High Representative, Kaja Kallas, told ..."); "said it straight"
    # and unquoted words after a dated setting and a colon; "Fresh off the Berlin talks this week" (000, 002).
    case("The High Representative, Kaja Kallas, told a press conference in Brussels on 15 December 2025 that “it is up "
         "to Ukrainians to decide what they are willing to give up to have peace.”", S, cites={"000"}),
    case("Kallas said it straight at the Brussels press conference on Monday, Dec. 15: it's up to Ukrainians to decide "
         "what they're willing to give up to have peace.", S, cites={"000"}),
    case("Kallas said at the Berlin press conference on Monday, Dec. 15: it's up to Ukrainians to decide what they're "
         "willing to give up to have peace.", R, cites={"000"}),
    case("Fresh off the Berlin talks this week, Kallas told AFP that 'the only security guarantee that works — is "
         "NATO's umbrella.'", M, reasons={Reason.OUTDATED}, cites={"002"}),
    # A story debunked by someone is stated only by a sentence that judges it: 001's "Russian media outlets have
    # circulated a quote ..." does not say Kallas debunked the story (StopFake did).
    case("Kallas debunked the 'Europe gave up on Ukraine' story.", N),
    # A plain claim opening with a description is checked with the person the articles describe so (002: "Kallas told
    # AFP during a visit to Washington"; 000: "following the meeting of the EU Council at the level of foreign
    # ministers").
    case("The EU foreign policy chief gave her AFP interview during a visit to London.", R, cites={"002"}),
    case("The EU foreign policy chief spoke to AFP while on a visit to Washington.", S, cites={"002"}),
    case("The EU's top diplomat was speaking after a meeting of EU defence ministers when she said it is up to "
         "Ukrainians what they give up for peace.", R, cites={"000"}),
    # 000: a described speaker after the words, with the occasion after the cue.
    case("\"Putting the pressure on Russia is our policy,\" the EU's top diplomat said after the foreign ministers' "
         "meeting in Brussels.", S, cites={"000"}),
]  # fmt: skip



@pytest.fixture(scope="module")
def seeds_settings(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    settings = Settings(db=tmp_path_factory.mktemp("seeds") / "seeds.db")
    report = api.ingest([seeds_dir], settings)
    assert not report.failed, report.failed
    yield settings


def _seed(citation: Citation) -> str:
    return Path(citation.evidence.source).name[:3]


def _check(settings: Settings, expected: Case) -> Verdict:
    verdict = api.check(settings, expected.claim)
    summary = (
        f"{verdict.label.value} {[r.value for r in verdict.reasons]} evidence={[_seed(c) for c in verdict.evidence]} "
        f"fact_checks={[_seed(c) for c in verdict.fact_checks]}: {verdict.justification}"
    )
    assert verdict.label in expected.labels, summary
    if expected.reasons:
        assert expected.reasons & set(verdict.reasons), summary
    if verdict.label is VerdictLabel.MISLEADING:
        assert verdict.reasons, summary
    if expected.cites:
        assert expected.cites & {_seed(c) for c in verdict.evidence}, summary
    assert expected.fact_checks <= {_seed(c) for c in verdict.fact_checks}, summary
    if expected.no_fact_check:
        assert not verdict.fact_checks, summary
    return verdict


@pytest.mark.parametrize("expected", ACCEPTANCE, ids=lambda c: c.claim[:60])
def test_check_seeds_acceptance(seeds_settings: Settings, expected: Case) -> None:
    _check(seeds_settings, expected)


@pytest.mark.parametrize("expected", MORE, ids=lambda c: c.claim[:60])
def test_check_seeds_more_claims(seeds_settings: Settings, expected: Case) -> None:
    _check(seeds_settings, expected)


def test_check_seeds_reported_claim_is_never_support(seeds_settings: Settings) -> None:
    """001's "circulated a quote attributed to ... Kallas, claiming that X" is where X appears, not
    evidence for X: it is never cited as supporting, and it is cited among the fact-checks."""
    verdict = api.check(
        seeds_settings, "Kaja Kallas said Europe has abandoned discussions of Ukraine's NATO membership."
    )
    assert not [c for c in verdict.evidence if "circulated" in c.evidence.text]
    assert any("circulated" in c.evidence.text for c in verdict.fact_checks)
    statement = verdict.evidence[0].evidence
    assert statement.speaker == "Kaja Kallas" and "if" in statement.text.lower()
    assert verdict.alignment is not None and verdict.alignment.fidelity.value == "condition_stripped"


def test_check_seeds_a_short_quotation_is_not_the_whole_claim_word_for_word(seeds_settings: Settings) -> None:
    """001: "... arguing in public remarks that there should be no 'gray zone'": the two quoted words are
    there as written, the rest of the claim is a paraphrase, and the justification says which is which."""
    verdict = api.check(
        seeds_settings,
        "According to fact-checkers at StopFake, Kallas has been one of the most consistent backers of Kyiv joining "
        "NATO, arguing there must be no 'gray zone'.",
    )
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification
    assert "The words the claim quotes are there word for word" in verdict.justification
    assert "The claim reports this word for word" not in verdict.justification


def test_check_seeds_words_tied_to_a_later_event_are_outdated_and_out_of_context(seeds_settings: Settings) -> None:
    """002: "'Russia will try to divide us,' Kallas said on Feb. 18 following the U.S.-Russia talks": tied to
    Zelenskyy's December offer, the words are moved in time and answer something they were not about; a
    claim giving only another date is outdated alone."""
    verdict = api.check(
        seeds_settings,
        "Reacting to Zelenskyy's December offer to drop Ukraine's NATO bid, Kallas warned that 'Russia will try "
        "to divide us.'",
    )
    assert verdict.label is VerdictLabel.MISLEADING
    assert set(verdict.reasons) == {Reason.OUTDATED, Reason.OUT_OF_CONTEXT}, verdict.reasons
    dated = api.check(seeds_settings, "On Dec. 15 Kallas said Russia will try to divide us.")
    assert dated.reasons == (Reason.OUTDATED,), dated.reasons


def test_check_seeds_a_fact_checks_finding_on_the_words_it_quotes_puts_them_out_of_context(
    seeds_settings: Settings,
) -> None:
    """001 quotes Kallas's conditional remark and finds she "was not referring to abandoning Ukraine's NATO
    aspirations": a claim stripping that remark's condition about NATO accession is out of context too, and the
    finding is cited; one about Russia taking Ukraine (the same quote, of which the finding says nothing) is not."""
    accession = api.check(seeds_settings, "Kallas said Ukraine's accession to NATO is out of the question.")
    assert accession.label is VerdictLabel.MISLEADING
    assert {Reason.CONDITION_STRIPPED, Reason.OUT_OF_CONTEXT} <= set(accession.reasons), accession.reasons
    assert any("not referring" in c.evidence.text for c in accession.fact_checks)
    taking = api.check(seeds_settings, "Kallas said Russia will definitely move on to take the whole of Ukraine.")
    assert taking.label is VerdictLabel.MISLEADING and Reason.OUT_OF_CONTEXT not in taking.reasons, taking.reasons


def test_check_seeds_what_cannot_be_reversed_and_what_was_sought_from_the_start(seeds_settings: Settings) -> None:
    """001: allies called Ukraine's path "irreversible": "could be reversed" is its opposite. 003: Ukraine
    sought NATO "from the very beginning", not only lately."""
    reversible = api.check(
        seeds_settings, "Allies at the 2024 Washington summit declared that Ukraine's path to NATO could be reversed."
    )
    assert reversible.label is VerdictLabel.REFUTED, reversible.justification
    lately = api.check(seeds_settings, "Zelenskyy told reporters Ukraine only lately started pursuing NATO membership.")
    assert lately.label is VerdictLabel.REFUTED, lately.justification


def test_check_seeds_a_caption_read_with_its_date_and_abbreviated_titles(seeds_settings: Settings) -> None:
    """004's caption: the date opening the claim and "PM" for "Prime Minister" change no name; another city does."""
    met = api.check(
        seeds_settings,
        "On December 8 Zelenskyy met German Chancellor Friedrich Merz and British PM Keir Starmer at 10 Downing "
        "Street.",
    )
    assert met.label is VerdictLabel.SUPPORTED, met.justification
    assert any("Downing Street" in c.evidence.text for c in met.evidence)
    elsewhere = api.check(seeds_settings, "On December 8 Zelenskyy met Keir Starmer and Friedrich Merz in Paris.")
    assert elsewhere.label is VerdictLabel.REFUTED, elsewhere.justification
    january = api.check(seeds_settings, "Zelenskyy met Keir Starmer and Friedrich Merz in London on January 8.")
    assert january.label is VerdictLabel.REFUTED, january.justification


def test_check_seeds_joined_claims_read_apart_when_the_whole_seems_in_conflict(seeds_settings: Settings) -> None:
    """003/004: "five hours of talks ... over the weekend" answers only the first half; "set to continue on
    Monday" the second. Read apart, both halves hold."""
    verdict = api.check(
        seeds_settings,
        "Zelenskyy held talks with Witkoff and Kushner in Berlin for more than five hours, and the talks were set to "
        "continue on Monday.",
    )
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification
    assert verdict.justification.startswith("The claim joins two claims")


def test_check_seeds_a_described_speaker_judging_someone_elses_claim(seeds_settings: Settings) -> None:
    """002: the EU's chief diplomat is the one who called Russia's claim untrue; Russia is only whose claim it is."""
    verdict = api.check(
        seeds_settings,
        "The EU's chief diplomat called Russia's claim that Ukraine's NATO aspirations caused the invasion "
        "'totally untrue'.",
    )
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification
    assert verdict.claim.speaker == "Kaja Kallas"


def test_check_seeds_the_day_a_quoted_remark_was_made(seeds_settings: Settings) -> None:
    """000: "She said this on Monday in Brussels at a press conference": the words quoted are in the sentence
    before it, written out ("it's" for "it is")."""
    thursday = api.check(
        seeds_settings, "Kallas made her 'it's up to Ukrainians' remark at a press conference in Brussels on Thursday."
    )
    assert thursday.label is VerdictLabel.REFUTED, thursday.justification
    assert "Monday" in thursday.justification
    monday = api.check(
        seeds_settings, "Kallas made her 'it's up to Ukrainians' remark at a press conference in Brussels on Monday."
    )
    assert monday.label is VerdictLabel.SUPPORTED, monday.justification


def test_check_seeds_another_outlet_or_office_than_the_record_gives(seeds_settings: Settings) -> None:
    """002: the interview was with AFP, and Kallas is a former prime minister of Estonia; 004's caption calls
    Merz Germany's chancellor; 000 and 002 make Kallas the EU's top diplomat."""
    for claim in (
        "Kallas came out against ruling out NATO membership for Ukraine in an interview with Reuters.",
        "Kallas told Reuters that there was no reason to offer concessions to Russia before peace talks begin.",
        "Kallas was president of Estonia before she took up her EU post.",
        "Friedrich Merz, whom Zelenskyy met in London, is Germany's foreign minister.",
        "Kaja Kallas is NATO's secretary general.",
    ):
        verdict = api.check(seeds_settings, claim)
        assert verdict.label is VerdictLabel.REFUTED, (claim, verdict.justification)
    afp = api.check(
        seeds_settings, "Kallas came out against ruling out NATO membership for Ukraine in an AFP interview."
    )
    assert afp.label is VerdictLabel.SUPPORTED, afp.justification


def test_check_seeds_one_of_the_reasons_is_not_the_only_one(seeds_settings: Settings) -> None:
    """004: Russia claimed NATO's expansion was "one of the reasons" for its invasion, not the only one."""
    verdict = api.check(
        seeds_settings, "Moscow has claimed that NATO's eastward expansion was the sole reason it invaded Ukraine."
    )
    assert verdict.label is VerdictLabel.MISLEADING, verdict.justification
    assert verdict.reasons == (Reason.EXAGGERATED,)


def test_check_seeds_other_parties_talks_are_other_talks(seeds_settings: Settings) -> None:
    """003: the US-Ukraine negotiations were set to continue on Monday, December 15; 002's "U.S.-Russia talks in
    Saudi Arabia" are other talks, not these placed elsewhere."""
    verdict = api.check(seeds_settings, "The US-Ukraine talks in Berlin were set to resume on Monday, December 15.")
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification


def test_check_seeds_a_rejection_not_signalled_is_no_abandoning_meant(seeds_settings: Settings) -> None:
    """001: "Kallas did not signal a rejection of Ukraine's NATO path, but focused instead on interim mechanisms":
    StopFake says she did not mean abandoning it."""
    verdict = api.check(
        seeds_settings,
        "StopFake found that Kallas did not mean abandoning Ukraine's NATO aspirations but interim protection "
        "mechanisms pending accession.",
    )
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification


def test_check_seeds_where_an_interview_was_given_is_not_what_was_said_in_it(seeds_settings: Settings) -> None:
    """002: "Kallas told AFP during a visit to Washington that there was no reason to offer concessions ...": a
    claim about where she gave the interview has none of the words she said, so their negation is not its."""
    washington = api.check(seeds_settings, "Kallas gave the interview to AFP while visiting Washington.")
    assert washington.label is VerdictLabel.SUPPORTED, washington.justification
    kyiv = api.check(seeds_settings, "Kallas gave her February interview to AFP during a trip to Kyiv.")
    assert kyiv.label is VerdictLabel.REFUTED, kyiv.justification
    assert "Washington" in kyiv.justification


def test_check_seeds_a_pronoun_subject_after_the_join_is_the_person_of_the_first(seeds_settings: Settings) -> None:
    """002: the AFP interview was published on Feb. 27, and Kallas spoke during a visit to Washington: "she" in the
    second half is Kallas, and what she told AFP ("that there was no reason ...") is no denial of the visit."""
    verdict = api.check(
        seeds_settings, "Kallas's AFP interview was published on February 27 while she was on a visit to Washington."
    )
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification
    assert verdict.justification.startswith("The claim joins two claims")


def test_check_seeds_a_body_declaring_is_an_event_on_record(seeds_settings: Settings) -> None:
    """001: "At NATO's 2024 summit in Washington, allies reaffirmed ... 'irreversible'": what NATO declared is told
    in narration, not as its words; another year and city is refuted, a mere "said" is not read so."""
    vilnius = api.check(
        seeds_settings, "NATO reaffirmed at its 2023 summit in Vilnius that Ukraine's path to membership was permanent."
    )
    assert vilnius.label is VerdictLabel.REFUTED, vilnius.justification
    washington = api.check(seeds_settings, "NATO declared at the 2024 summit that Ukraine's path was irreversible.")
    assert washington.label is VerdictLabel.SUPPORTED, washington.justification
    said = api.check(seeds_settings, "NATO said Ukraine will never become a member.")
    assert said.label is VerdictLabel.NOT_ENOUGH_EVIDENCE, said.justification


def test_check_seeds_a_year_the_speaker_never_gave_is_not_their_words(seeds_settings: Settings) -> None:
    """001: Kallas argues alliance membership is the only credible guarantee, but gives no year for it."""
    verdict = api.check(seeds_settings, "Kallas: Ukraine will join the alliance by 2029.")
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE, verdict.justification


def test_check_seeds_a_condition_made_a_noun_and_a_trailing_participle(seeds_settings: Settings) -> None:
    """001: "And if Ukraine goes, then other regions are also in danger": the claim that makes the condition its
    subject keeps it; the participle after the speaker ("citing history") is not what she said."""
    verdict = api.check(
        seeds_settings,
        "The fall of Ukraine would put other regions in danger too, the EU's top diplomat said, pointing to history.",
    )
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification
    assert verdict.claim.speaker == "Kaja Kallas"


def test_check_seeds_a_word_changed_inside_quoted_words(seeds_settings: Settings) -> None:
    """004: Zelenskyy called dropping the bid "a compromise on our part"; quoted as "a win" it is refuted."""
    verdict = api.check(seeds_settings, "Zelenskyy: 'And this already is a win on our part.'")
    assert verdict.label is VerdictLabel.REFUTED, verdict.justification
    assert "compromise" in verdict.justification


def test_check_seeds_a_sentence_naming_those_present_does_not_tell_what_they_did(seeds_settings: Settings) -> None:
    """003: the readout names Kushner among those at the five-hour Berlin meeting; nothing says he briefed the
    press. That he took part is stated; that he spoke to reporters is not."""
    spoke = api.check(seeds_settings, "Jared Kushner briefed reporters after the five-hour meeting in Berlin.")
    assert spoke.label is VerdictLabel.NOT_ENOUGH_EVIDENCE, spoke.justification
    present = api.check(seeds_settings, "Jared Kushner took part in the five-hour meeting in Berlin with Zelenskyy.")
    assert present.label is VerdictLabel.SUPPORTED, present.justification


def test_check_seeds_talks_that_keep_going_continue(seeds_settings: Settings) -> None:
    """003: Witkoff "confirmed the continuation of the discussions"."""
    verdict = api.check(seeds_settings, "Witkoff confirmed that the discussions would keep going.")
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification


def test_check_seeds_the_weekday_of_the_occasion_named(seeds_settings: Settings) -> None:
    """002: NATO's umbrella as "the only security guarantee that works" was told to AFP in February (a Friday report),
    not at a Monday press conference; 000: "up to Ukrainians" was said on Monday."""
    monday = api.check(
        seeds_settings, "At her Monday press conference, Kallas said NATO's umbrella is the only guarantee that works."
    )
    assert monday.label is VerdictLabel.MISLEADING and Reason.OUTDATED in monday.reasons, monday.justification
    said = api.check(seeds_settings, "Kallas said it is up to Ukrainians what to give up. She said this on a Monday.")
    assert said.label is VerdictLabel.SUPPORTED, said.justification


def test_check_seeds_never_any_chance_is_none_at_all(seeds_settings: Settings) -> None:
    """004: the chance of joining "was vanishingly thin"; "never stood any chance" makes it none: exaggerated."""
    verdict = api.check(seeds_settings, "One analysis concluded that Ukraine never stood any chance of joining NATO.")
    assert verdict.label is VerdictLabel.MISLEADING and Reason.EXAGGERATED in verdict.reasons, verdict.justification


def test_check_seeds_a_signed_quote_is_checked_as_the_signers_words(seeds_settings: Settings) -> None:
    """004: "a lot of progress was made" is Witkoff's; 002: "Russia will try to divide us" came in February."""
    witkoff = api.check(seeds_settings, '"A lot of progress was made" - Zelenskyy after the Berlin talks')
    assert witkoff.label is VerdictLabel.MISLEADING and Reason.MISATTRIBUTED in witkoff.reasons, witkoff.justification
    feb = api.check(
        seeds_settings, '"Russia will try to divide us" - Kallas reacting to the December 2025 Berlin talks'
    )
    assert feb.label is VerdictLabel.MISLEADING and Reason.OUTDATED in feb.reasons, feb.justification


def test_check_seeds_one_hour_is_a_number(seeds_settings: Settings) -> None:
    """003, 004: the Berlin talks lasted over five hours."""
    verdict = api.check(seeds_settings, "Zelenskyy's Berlin talks with the US delegation lasted just one hour.")
    assert verdict.label is VerdictLabel.REFUTED, verdict.justification


def test_check_seeds_that_position_is_the_one_the_sentence_before_names(seeds_settings: Settings) -> None:
    """001: "... Ukraine's path to membership is 'irreversible.' Neither NATO nor EU leaders have issued any official
    statements or documents walking back that position." (the second sentence is read as reported words)."""
    held = api.check(
        seeds_settings,
        "Neither NATO nor EU leaders have issued any official statement or document walking back the 'irreversible' "
        "position on Ukraine's membership path.",
    )
    assert held.label is VerdictLabel.SUPPORTED, held.justification
    walked = api.check(
        seeds_settings,
        "NATO and EU leaders have issued official documents walking back the position that Ukraine's path to NATO "
        "membership is irreversible.",
    )
    assert walked.label is VerdictLabel.REFUTED, walked.justification


def test_check_seeds_one_among_several_against_the_only_one(seeds_settings: Settings) -> None:
    """002: NATO's umbrella is "the only security guarantee that works"."""
    verdict = api.check(
        seeds_settings, "Kallas told AFP that NATO's umbrella is just one of several security guarantees that work."
    )
    assert verdict.label is VerdictLabel.REFUTED, verdict.justification


def test_check_seeds_an_opportunity_to_prevent_is_not_certain_prevention(seeds_settings: Settings) -> None:
    """003: the guarantees "represent an opportunity to prevent another invasion"."""
    verdict = api.check(
        seeds_settings, "Zelensky said Article 5-like guarantees from the United States would certainly prevent any "
        "future Russian invasion."
    )  # fmt: skip
    assert verdict.label is VerdictLabel.MISLEADING and Reason.EXAGGERATED in verdict.reasons, verdict.justification


def test_check_seeds_seizing_all_of_europe_for_taking_the_whole_of_ukraine(seeds_settings: Settings) -> None:
    """001: "they definitely move on with taking the whole of Ukraine"."""
    verdict = api.check(
        seeds_settings, "Kallas warned that if Putin gets the Donbas, Russia will definitely go on to seize all of "
        "Europe."
    )  # fmt: skip
    assert verdict.label is VerdictLabel.MISLEADING and Reason.EXAGGERATED in verdict.reasons, verdict.justification


def test_check_seeds_a_finer_place_within_the_one_on_record_is_not_another(seeds_settings: Settings) -> None:
    """002: Kallas spoke to AFP "during a visit to Washington"; where in Washington, the record does not say."""
    verdict = api.check(
        seeds_settings, "Kallas's AFP interview during her Washington visit was conducted at the State Department."
    )
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE, verdict.justification


def test_check_seeds_a_body_demanding_is_told_as_its_demands(seeds_settings: Settings) -> None:
    """003: a neutral status and a constitutional commitment "were among the Kremlin's key demands during the
    Istanbul talks in April 2022"."""
    verdict = api.check(
        seeds_settings,
        "During the Istanbul talks in April 2022, the Kremlin demanded that Ukraine take a neutral status and make a "
        "constitutional commitment not to join NATO.",
    )
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification


def test_check_seeds_the_words_end_with_the_quotation_not_the_cues_object(seeds_settings: Settings) -> None:
    """000: '"... to have peace and for Ukrainian people," she explained her vision': the cue's object is narration."""
    verdict = api.check(seeds_settings, "Kallas said it is up to Ukrainians to decide what they would give up.")
    assert verdict.label is VerdictLabel.SUPPORTED, verdict.justification
    assert "for Ukrainian people,”" in verdict.justification and "her vision" not in verdict.justification


def test_check_seeds_a_fact_checks_finding_is_its_words(seeds_settings: Settings) -> None:
    """001 (StopFake): "Kallas was not referring to abandoning Ukraine's NATO aspirations, but rather to interim
    security arrangements ..."; a fact-check named or not."""
    unnamed = api.check(
        seeds_settings,
        "A fact-check of Russian media reports concluded that Kallas was talking about interim security arrangements, "
        "not about abandoning Ukraine's NATO aspirations.",
    )
    assert unnamed.label is VerdictLabel.SUPPORTED, unnamed.justification
    assert "001_" in (unnamed.evidence[0].evidence.source or "")
    rejected = api.check(seeds_settings, "The StopFake fact-check found that Kallas rejected Ukraine's NATO path.")
    assert rejected.label is VerdictLabel.REFUTED, rejected.justification


def test_check_seeds_what_a_declaration_said_is_not_what_was_done_to_it(seeds_settings: Settings) -> None:
    """001: allies "reaffirmed that Ukraine's path to membership is 'irreversible'" at the 2024 summit: no sentence
    tells of the declaration withdrawn (the year is not what was done)."""
    verdict = api.check(
        seeds_settings,
        "NATO has officially withdrawn its 2024 declaration that Ukraine's path to membership is irreversible.",
    )
    assert verdict.label is not VerdictLabel.SUPPORTED, verdict.justification


def test_check_seeds_agreements_signed_are_a_commitment_told_of(seeds_settings: Settings) -> None:
    """003, 004: Canada and Japan are among the countries Zelenskyy names as guarantors; nothing is signed."""
    verdict = api.check(seeds_settings, "Canada and Japan have formally signed security guarantee deals with Kyiv.")
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE, verdict.justification


def test_check_seeds_another_act_by_another_name_is_no_name_swapped(seeds_settings: Settings) -> None:
    """004: "Zelenskyy offered to drop Kyiv's NATO dreams"; no article tells of a Hungarian reaction to it."""
    verdict = api.check(seeds_settings, "Hungary's government welcomed Zelenskyy's offer to drop Ukraine's NATO bid.")
    assert verdict.label is VerdictLabel.NOT_ENOUGH_EVIDENCE, verdict.justification


def test_check_seeds_a_weekday_in_capitals_is_the_weekday(seeds_settings: Settings) -> None:
    """000: "She said this on Monday in Brussels at a press conference ..."."""
    verdict = api.check(
        seeds_settings,
        "Kallas made her \"up to Ukrainians to decide\" remarks on FRIDAY at a Brussels press conference after the "
        "EU foreign ministers' meeting",
    )
    assert verdict.label is VerdictLabel.REFUTED and "Monday" in verdict.justification, verdict.justification


def test_check_seeds_a_statement_given_as_context_is_named_by_its_own_speaker(seeds_settings: Settings) -> None:
    """The closest statement may be someone else's (Zelenskyy's offer), while the one explaining the verdict is the
    claimed speaker's (000: Kallas's "So if they concede into this ..."): the justification names its speaker."""
    verdict = api.check(seeds_settings, "Kallas said Europe abandoned Ukraine's NATO bid.")
    assert "Kaja Kallas did speak about this" in verdict.justification, verdict.justification
    assert "Zelensk" not in verdict.justification.split(":")[0], verdict.justification
