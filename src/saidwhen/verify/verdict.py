"""The verdict: a pure function from a claim, its evidence, the quote alignment and the stances to a
``Verdict`` with a label, reasons, a confidence, a justification and exact citations.

Order of the rules (``RULES_VERSION`` names this rule set):
0. A claim that names its speaker by a role the corpus contradicts ("Former Latvian prime minister
   Kaja Kallas", where an article says "the former prime minister of Estonia") is refuted, citing
   that sentence. A claim that orders two events ("A came after B") the record dates apart is refuted
   when the dates put them the other way round and supported when both events are on record whole in its
   order (``sequence.py``; words placed after an event are rule 2's: outdated).
1. An existing fact-check of the claim in the corpus (an article with debunking cues that restates
   the claim) is cited apart. If it disputes the claim, the claim is misleading when the speaker did
   say something related (condition_stripped when that statement is conditional, else
   out_of_context) and refuted when the fact-check says the words were never said or the speaker is
   on record saying the opposite.
2. For an attributed claim, the alignment with the speaker's statements decides: verbatim /
   near-verbatim / paraphrase -> supported (misleading/exaggerated or refuted when a number was
   changed); negation flipped -> refuted; altered -> refuted (misleading/exaggerated when only a
   quantity or a degree was made greater); condition or hedge stripped, truncated, outdated,
   misattributed, out of context -> misleading with that reason.
3. A claim that attributes no words, without question-answer evidence for the model (rule 4), is
   decided by the corpus sentences that state it closely
   (alignment similarity >= STATED, every name of the claim present): stated -> supported, denied ->
   refuted, stated only under a condition or hedge -> misleading (condition_stripped), stated and
   denied -> conflicting.
4. Otherwise the stances of the evidence decide. A claim that attributes no words, with
   question-answer evidence at least loosely about it (relevance >= MODEL_GATE), is decided by the
   claim-level model in
   ``data/verdict.json`` (``aggregate.ClaimModel``: ``aggregate.CLAIM_FEATURES``, hashed answer
   and claim words and MiniLM embeddings, trained on the AVeriTeC even half by
   ``scripts/train_verdict.py``); a top probability under MODEL_CONFIDENCE is not a finding (not
   enough evidence). An attributed claim with no statement on record reaches the model only when
   clearly relevant evidence by or about the speaker examines the claim itself (a question that
   restates it: ``examines``). With the model, a claim attributing no words that it may not decide
   is not enough evidence (news sentences that only share the topic are not a finding); otherwise a
   vote of the stances of clearly relevant evidence (relevance >= RELEVANT, by or about the
   speaker: supported or refuted only by a text on record from the speaker) decides; no such evidence
   -> not enough evidence.

A claim joining two claims with their own subjects (``claims.clauses``) that the rules above leave not enough
evidence, supported or misleading is decided by the two checked apart (``joined``: a refuted half refutes, a
misleading one misleads, both supported support; a half not on record leaves the whole as it was).

The justification quotes only cited evidence, and says what was not found only as "saidwhen found
no ...", never as a fact about the world.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from saidwhen.records import (
    Alignment,
    Citation,
    CitationRole,
    Claim,
    Edit,
    Evidence,
    Fidelity,
    Granularity,
    Reason,
    Span,
    Stance,
    StanceScore,
    Verdict,
    VerdictLabel,
)
from saidwhen.settings import Settings
from saidwhen.verify import text as tx
from saidwhen.verify import wording as wd
from saidwhen.verify.aggregate import ClaimModel, Vectors, claim_features, is_question_answer, split_answer
from saidwhen.verify.explain import (
    Context,
    alterations,
    changed,
    inflated,
    matched_sentence,
    only_quantity,
    quote,
    where,
)
from saidwhen.verify.matching import (
    ANCHORS_NEEDED,
    SUBORDINATE,
    adds_year,
    anchors_present,
    lexical_recall,
    said_of_names,
)
from saidwhen.verify.placed import Placed
from saidwhen.verify.restated import from_restatements
from saidwhen.verify.sequence import Dated, Relation, Sequenced
from saidwhen.verify.stance import REFUTE_CUES, LinearModel

# 17: a short claim whose one word the statement has the opposite of is that statement reversed ("the talks
# collapsed"); words set elsewhere than the claim sets them ("during a visit to Kyiv", "after talks in Turkey") are
# altered; quoted words followed by when and where they were said keep the setting apart; "according to" a speaker
# named by role; a year in the setting; "provided the United States ... offer" is a condition; "unless X includes" is
# "if X does not include"; a short quote opening on "this" reads the quote before it; a sentence on "the negotiations"
# borrows the names of the one before, and gives the claim's date otherwise; "X said A was like B" likens; a titled
# speaker before a colon ("Zelenskyy aide Dmytro Lytvyn:"); a proposition judged needs only its own names in the
# sentence rejected; a claim joining two statements each on record outweighs a qualified match below MATCH; the
# article's "She said this on Monday in Brussels" sets its speaker's words; "EU top diplomat says", "EU's top diplomat
# Kallas:", "Kallas back in February:" name speakers; "said, in response to X, that" ties the words to X; "answering
# reporters" is setting; a reported clause opening on "that" points back to nothing, "And that ..." does; a name of a
# list given otherwise ("Canada and Australia" / "Canada and Japan") alters; a quote read with the quote before must
# hold some of the claim's words itself; a people ("European partners") is its place, not an aside; a verb taking a
# claim up before a name makes the name whose claim it is; someone else's words are the claim's only with every name
# it gives; a hyphen between spaces joins two remarks; a purpose the statement leaves implied ("to keep Ukraine safe")
# does not hide it; "conquer all of Europe" is "take the whole of Europe" (a wider place); threatened = afraid; quoted
# words cut after "cannot be" reverse it;
# 22: what trails an attribution ("..., the EU's chief diplomat warned, citing ...", "...; what is needed is ...")
# is left out of the words; a condition carried as the claim's subject ("The fall of Ukraine would ..." / "if
# Ukraine goes, then ...") is not dropped; a year the speaker never gave ("a NATO member by 2030") is not their
# words; a body's declaration not on record as its words ("NATO declared at its 2023 summit that ...") is read as an
# event the narration tells; one meaningful word changed inside a quotation alters it ("a victory" / "a compromise");
# "all of Europe" where the statement says "some ... European partners" widens it; easing pressure opposes putting
# it on; a passive or cleft names the speaker ("It was said by Kallas that ...", "It was X who said ..."); unquoted
# words followed by their occasion ("at a press conference in Brussels following ...") leave it out; "isn't" is a
# negation, not a content word; two statements joined by "and that" and matched together in other words are
# contrary when one half is; "written into the constitution" is enshrined in it; a sentence states a plain claim only
# if it holds some of what the claim's main clause says was done (not only who and where), and a label ending in a
# colon ("READOUT FROM ...:") states nothing; "and he confirmed ..." opens a second claim; talks that "keep going"
# continue; "her Monday press conference", "on a Friday" and a second sentence pointing back ("She said that on ...")
# date the words; "never had any chance" is none at all (on the chance scale); a condition stitched across an
# ellipsis to words said apart from what followed it is truncated; someone's words naming a country are not its
# government's ("the Japanese government" / Zelenskyy on Japan): about, not by;
# 24: a negation just before the matched words governs them ("there was no | reason to offer ...", "won't | be able
# to"); an acronym before a noun is a name ("EU membership" is not "NATO membership"); a contrast told both ways
# ("about A, not about B" / "not ... B, but rather A") is one remark, and what qualifies A is A's;
# a sentence stating a plain claim in its own place outweighs a looser one placing something else elsewhere; headline
# and post shapes: a signed quote with a bare place (", Brussels, Dec. 15"), a role on a topic ("EU foreign policy
# chief on guarantees: '...'"), a role after the name ("Kallas, ex-PM of Estonia: '...'"), someone speaking somewhere
# ("Kallas speaking in Kyiv on Monday: ..."), a date in brackets ("Kallas to AFP (Feb 27): ...");
# a remark named by its quoted words ("Kallas's 'up to Ukrainians' comment was made in Berlin") is a claim of those
# words, set where the claim says; where words were said ("said in Berlin", "speaking in Berlin") is checked against
# where the article says the speaker said them ("She said this on Monday in Brussels");
# "Back in February, the EU foreign policy chief argued ..." sets the time before a described speaker; "'...,' Kallas
# said of the Berlin talks" names what the words were about after the cue;
# a plain claim opening with a description ("The EU foreign policy chief gave her AFP interview ...") is checked with
# the person the articles describe so;
# quoted words that start as the statement's and run on in words it does not have are altered ("'If he gets Donbas,
# then the war stops there'"); a body that "called" something so declared it; a denied source ("Neither NATO nor EU
# leaders have issued any statements ...") says nothing (analyse.quotes);
# ", arguing that" joins two remarks; what the narration likens may be written in another form of the claim's word
# ("conceding" / "the proposed concessions");
# two quotations joined by an ellipsis are two remarks, and the match reaches back past neither; what a claim has
# given in exchange ("non-binding assurances in place of NATO membership") may be the condition negated;
# a headline dated after a comma ("Kallas, Dec 15: ..."); a signed quote dated by month and year;
# a remark named without its words ("Kallas made her 'Osama bin Laden' comparison in an interview with Reuters", "The
# bin Laden comparison was made by Kallas ...") is on record when found, and is checked for where, when and to whom
# it was made, from its whole article; made at another time than the claim says, it is refuted (not outdated);
# a plain claim matching the narration around a quotation ("..., he said in a WhatsApp chat on Sunday") reads neither
# the quotation's negations nor needs its speaker's name written there;
# a negative word the statement uses too ("'unimaginable'") counts on neither side, and a claim giving the speaker's
# verdict on an imagined case keeps the case imagined; "..., likening that to ..." trails the words; "the Ukrainian
# president himself" is the president;
# a scene set with a date between commas ("Speaking in Brussels on Monday, Dec. 15, after ..."); "proclaimed";
# the statement holding the words a claim quotes is the one it quotes, when it matches; "any Ukrainian NATO concession
# would need ..." carries "if they concede into this, then ..." as its subject;
# a quotation of two sentences, each on record word for word from one other speaker, is misattributed; "Remember:"
# labels a post;
# a claim that only says which office someone holds ("Kaja Kallas is the EU's top diplomat") is supported by the
# articles describing her so, whatever other titles other sentences give her (verdict.with_title_held);
# a description closed by a comma opens a claim; a date in figures ("14/12/2025", "2025-12-08") is read spelled out;
# the sentences that go on after a conditional one ("They have to be real troops ...") are said under its condition;
# travelling somewhere for something places it there ("flew to Paris for peace talks"; not "flew to Moscow after");
# a weekday's occasion ("after Monday's foreign ministers' meeting", "at Monday's presser") dates the words;
# 'not "only on paper"' is "not only", no negation; "left out of" the list is not on it;
# "..., he told reporters" gives the words to the one they are about, named as their subject;
# a sentence pointing back to one with the claim's year ("walking back that position") gives the year; "..., and
# neither NATO nor EU leaders ..." opens a second claim, and a joined claim refuted whole while each half is stated
# on its own is supported (the contrary was read across the halves);
# a short comment after a claim ("Huge news!", "Full stop.") is no part of it; "TODAY" after a name is no part of it;
# "StopFake's fact check found ..." is the fact-check; its headline is read when its sentences hold only something
# like the claim under a condition and the headline says it (or its contrary);
# "Kallas, who used to be Latvia's prime minister, said ..." gives her a former title; a named remark is placed by
# any place its setting gives ("during a visit to Washington");
# a first name for a title ("Steve Witkoff" / "Special Envoy Witkoff") is no name swapped;
# an accented capital ("Élysée") opens a name and a place; a day written before the month ("17 December") is read;
# two sentences stitched with an ellipsis inside a quotation are two remarks;
# 32: a title between dashes, before a relative clause, after "who had previously served as" or "speaking as" is
# checked; an office of a country before the name in apposition moves after it; "The former prime minister of
# Estonia said" describes the speaker; "told reporters X" (no "that"), "told us", "told AFP Europe should" keep the
# words said, and "told ... that" stops at a verb; excluding is ruling out; a phrase fronted in a claim is matched at
# its end too; a place gone to is no place come from; a deed told as done needs its verb ("have already signed");
# "on board with" backs; a refusal before the matched words negates them; "and that" and a bare "and" before a
# clause of its own (not after a condition) open a second remark of the same speaker; a name after "and that" is no
# substitute for the claim's; leads and labels no part of the claim (a member's lead in a parliament, "fyi", "heads
# up", "Don't take my word for it", "Background:", "Here's what we know:", "Card:", "FORWARDED"), nor the writer's
# verdict after a comma or "X said it herself!", nor ", StopFake reports"; praise for words ("Good on Kallas for
# calling ..."), a claim named by its quoted words ("the 'NATO provoked the war' line"), "rightly called", "was clear
# on 15 December:", "As X told AFP back in February: '...'", "What did X say? She said ...", chat shorthand ("UA
# pres", "RU outlets", "sesh", "~2 hrs"); a quote card's town before the occasion, a headline's place ("Kallas in
# Washington: ...") and an event label in a town ("Talks in Berlin: ...") set where;
# 31: advice made of the case a condition puts, in other words than the statement's ("ought to give up on NATO" /
# "So if they concede into this, then ..."; ``fidelity._advised_condition``); a negation outside what a statement is
# only about ("did not go into detail about | the issue of ...") neither denies nor tells a negated claim
# (``fidelity._denied_outside``); a speaker's article is no words said before it ("A Ukrainian MP wrote on Telegram
# that ..."); a second clause after a bare comma is a statement of its own ("..., political promises are enough"); a
# people named is present where its country is ("the Russians"); a remark given somewhere after a label ("Claim: X's
# remarks that P were made in Kyiv"); the verb urged must be the one described as done for advice made of a
# description ("must decide what to give up" / "are willing to give up"); a country a statement describes ("the Baltic
# country") is the one its sentence names (``wording._described_country``); counts of other things are no other count
# ("two U.S. officials" / "five hours"), lengths of time one measure;
# 30: a poster's own remark after the claim (in small letters, ", that's a long meeting", "— ... honestly", ", his
# words not mine") is no part of it, unless it goes on about the subject ("He's getting ready to ..."); an occasion
# between the speaker and the verb goes first; a first name alone is the person the corpus always names so in full
# (``roles.first_named``); "made it pretty clear:", "was clear: '...'", "shut down the Kremlin's excuse:", "has been
# calling for", "came out ... announcing", "officially announced"; a reporter's hedge (", as reported,", "are reported
# to have") goes, a doubt ("is alleged to have") stays (``claims.without_reported``); a remark given somewhere or
# offered by someone in the passive is their words there (``claims.remarks_given``); a place before the meeting held
# there ("their 2024 Vilnius summit", towns only) and in the scene a claim opens with ("In Berlin, Kallas said") is
# where, read against the one place the article has the speaker speak in; an event is borne out only by a sentence
# telling what happened (``sequence._does_what``); "ruling-out" rejects; "own" in a description; quoted words cut
# before a pointer ("this direction") finished with what it points back to; "did A, indicating that P"; a briefing
# memo's line ("Kallas -> ...", country codes, "15/12", " = ", " + "; only with a memo's marks; ``claims.memo_line``);
# "Isn't it true, Minister, that P?"; the day after quoted words is when they were said; guarantees "offered to Kyiv"
# name Ukraine, not the town; appeasing is conceding; a reminder of who the speaker is between dashes goes; an unnamed
# claimant ("A Facebook post claims ...") frames the claim; a news-flash label goes before the scene it opens; an
# event set first without a comma ("Right after the Berlin talks Kallas told ..."); a name the corpus never writes is
# respelled as it does ("Vitkoff", "Zelenskyi", "Sybiga"; ``claims.respelled_names``); "refuse from", "18 of
# February"; "It was X, not Y, who said"; a claim denying a thing ("no compromise") the statement never names is no
# paraphrase of it; talks told as over for good, or before the day the record has them go on, are denied by a
# sentence having them set to continue (``restated.continued``);
# 29: a commentator's words about the speaker's words read as the words ("X's insistence that P reflects ...", "X's
# position ..., as articulated at ..., was ...: '...'"; ``claims.possessed_words``), the speaker between commas ("were,
# as Kallas put it, '...'"; ``claims.put_between``), "In the Ukrainian president's words,", retorts with "that" ("shot
# back this week that"), "let slip that", an urging participle as the speaker's second claim, "X quoted Y as calling"
# (``claims.quoted_as``), "Reuters reported that X said" (the speaker's words), "According to a Ukrainian outlet
# quoted by Euronews," and "given while she was visiting Washington," set the scene; two quotations in a row are two
# statements; "non" is no content word and "as the price of" an exchange; a newsroom's shorthand ("Ukr. pres.",
# "HR/VP", "5+ hrs", "Mon., Dec. 15"; ``claims.unabbreviated``), a story's dateline ("Kyiv:", "PARIS —";
# ``claims.without_dateline``), ", per Orda.kz citing The Guardian"; a learner's "told that", "can not", "must to"; a
# letter writer's voice and verdict ("I was relieved to read that", "Let me remind your columnist that", "— and rightly
# so", ", full stop", "For all the criticism he gets,", "At least"); a partisan outlet's words ("the Kiev regime",
# "so-called"; ``claims.plainly_named``); "USA" is the US; "Both A and B said" and "Like A, B said" are each one's;
# "NATO members Slovakia and Hungary" is a part; a chance told as none is a degree; an opposition told as a block or
# veto is exaggerated (``degree`` "opposition"), and so is "enormous progress" for "a lot of progress"; a milder
# statement of the speaker's comes before a loose paraphrase; a word timing something else is no opposite on either
# side; a post's date places the day it counts from ("Posted Wed 17 Dec 2025: Last Monday, ...";
# ``claims.dated_post``);
# 28: annotation rows ("Speaker: X | Said: ... | Date: ... | Venue: ...", ``claims.annotated_row``), a role in
# brackets after the name, hearsay on the verb ("is said to have", "allegedly", "was forced to concede"); a speech's
# openers ("Let me remind you that", "Colleagues, this is not my opinion:", "Mark the date, D:"), "said plainly that";
# a known person's bare verb of saying in a learner's English ("Kallas admit", "is saying"; ``claims.standard_verbs``),
# a misspelt known name counted as known; correction notices, live-blog updates and editor's notes read as what they
# now assert (``claims.corrected``), a video's or podcast's stamp ("12:30 —", "Ep. 43 recap:", "POV:", "Flashback to
# D,"), "no cap", "90 minutes tops", "rn"; a speaker put in focus ("It was X, no less, who said", "The truth X confessed
# is that", "In the words of X,", "As Europe's chief diplomat admitted,", "X's assessment of Y was that", "In X's
# assessment,", "X reacts to Y:"); "Europe's", "the head of EU diplomacy", "the Kiev ringleader", "the High
# Representative" resolve, a title with no name being a description; "..., Kallas confirmed."; a scholar's citation
# ("(AFP, 2025)", "Kallas (2025)") and "Drawing on ...," left out; "Kallas, Monday, Brussels: ..."; names written
# small in a claim capitalised as the corpus writes them, and a shouted headline before the words; a full date then a
# place after the cue; an abstract noun opening a claim is no name; "progress achieved", "whatsoever", "in lieu of",
# "took part in"; "rather than paper alone" denies nothing; "Alliance" is NATO for names; an opposite word timing
# something else ("after they conclude") states nothing; a reading leading back to a text already read ends; an
# explainer's question and answer read as one statement (``claims.answered``); a transcript's line without its
# speaker's role, fillers and corrections in passing (``claims.spoken``); a reply without the post it quotes, its
# "she" / "he" the known person that post names (``claims.replied``); footnote marks ("[18]"); a correction's ", not Y";
# a body's statement citing the record (``claims.cited_by_a_body``); a headline with its deck
# (``claims.headline_first``); "X. Kallas said so in Brussels."; "300 minutes" as 5 hours; a building may stand in
# the record's town ("held at the German Chancellery" is not another place than "in Berlin");
# 27: readers' comments and wire copy: a commenter's lead ("And Zelensky said", "Lol,", "Funny how", "Reader says",
# "Claim circulating on Facebook:", "Folks,", "Listen:", "Let's not forget that"), a wire dateline ("LONDON, Dec 8
# (Reuters) -"), "X quote going round Telegram:", a commenter's stress ("literally", "finally") and aside ("... lol",
# "— spot on imo", "— so Kyiv caved", ", which Russia must have loved", ", if I remember right"); a claim written small
# has the corpus's names capitalised (``claims.truecased``); "made the point that", "went on to say", "came out of
# Berlin saying", "put it bluntly:", "is now calling for"; a description between dashes after the name; "FM", "PM",
# "Mr", "Mrs", "Ms" are titles; "this Monday" / "last Monday" is when; a time or town opening the claim without a comma
# before a described speaker, and a town between the name and the cue; a remark told in the passive is read in the
# active (``claims.in_active_voice``); "A, according to X, B" is read with its source first; a timeline's entry
# ("15 Dec 2025 – Kallas, Brussels: ...") is what a known person said there and then (``claims.timeline_entry``); a
# plain claim setting an event of the record in another town is refuted by the record's place (``placed``); someone
# the record gives no role, given an office one person holds that the record names another holder of, is mistitled
# (``roles.same_office``); a person a sentence names by office is the one its context names so
# (``wording.named_by_office``); "did call" read plainly; ", warning that" after what the speaker did; "It was at X
# that ..."; "Far from X,"; a headline in title case written as the corpus writes it; a surname transliterated at its
# end ("Zelenskyi"); a capital after what a state gives ("guarantees from Washington") names the state; where words
# were exchanged online ("in a Telegram chat") is placed like a town, and an occasion dated to another month or year
# is refuted by the record's date (``placed.dated_elsewhere``);
# 26: "X's take on T: '...'" and a headline's "ON" in capitals; a thread's reminder ("Reminder that", "PSA:", "For the
# people asking: yes,"); the occasion after a dash ("— AFP interview") or before the speaker without a comma is a
# scene-setting phrase, and an outlet before "interview" or after "Speaking to" is the medium; "right after" an event
# dates the words; "herself", "was clear that", "made it clear that", "X's own words:"; "As X observed <setting>,
# ..." with its title and day-first date, placing the words ("noted in Washington"); a manner word after a
# description ("further contended"); a relative clause ("The talks where X floated ...") is no attribution; a claim
# in capitals throughout is written as the corpus writes its words (``claims.truecased``) and a chyron naming a person
# of the corpus with a dash is a headline (``claims.dash_signed``); a surname a doubled letter short of one person's
# ("Kalas") is theirs (``roles.respelled``); words matched from the "to" a negation ends with are governed by it;
# where a post read it ("source: ...", "(via ...)") and "is out here bragging that"; a bulletin's label ("RADIO:"); a
# statement in other words is also matched with the claim less its setting and with a titled name read by the role
# (``fidelity._setting_free``); "little or no" denies once; a post's pictographs, one after an opening phrase parting
# it like a colon; "now" before a cue; "Is it true (that) X?"; "told AFP" ends before a name's following words;
# "As X himself conceded to reporters, ..."; the writer's remark after the claim (", which is exactly why",
# ", which shows", ", so ...", ", effectively admitting", ", a detail ..."); "nowhere" denies; a tip line's slips
# ("prime minster", "Downing St."); a claim's ", not B" against the statement's "not only B, but ..." is the same
# contrast (no denial, no condition stripped); a thread's numbering; "has conceded" after a description; a work or its
# staff as the speaker ("A StopFake check says", "Fact-checkers at StopFake concluded") is its author; a career's step
# before the main clause ("Before becoming the EU's top diplomat, ..."); a claim's day stated by a sentence giving it as
# the weekday of its article's date ("on Monday, Dec. 15" / "She said this on Monday");
# 25: a statement of the speaker's in other words, close in meaning though sharing fewer of the claim's words, is close
# enough to be reversed by a plain negation or overstated where it only weighs a course ("must be prepared to consider
# ... deploying peacekeepers"), never to be confirmed (fidelity._loosely_said); a claim telling the contrast the
# statement draws past its condition ("not only on paper, but really tangible") is not stripped of it; a claim about
# what someone other than its speaker did is no appearance of a fact-check's quote that never names them;
# a post's comment in the poster's own voice ("Now you know who blocked it.", "Finally someone ... gets it.") is no part
# of it, also past a quotation and before its tags; a reader's lead ("I read that", "Apparently", "Someone on Telegram
# says") is how the claim came in; "X let it slip: ..." is "X: ..."; "Unlike X, who did A, Y did B" is two claims
# ("Unlike X, Y did B": Y did B), and a joined claim read misleading only from texts leaning its way yields to two
# supported halves; "X TODAY, after ...:", "NEW:", "JUST IN:", "It's official:" and a headline's event ending at a
# dash; a retort before a colon ("Kallas fires back: '...'"); a reply to an event ("hit back at X by insisting that
# ...", "X's latest message, after E: ...") is words said after it; quoted words cut from what they illustrated or
# finished with another object are out of their context too; "X turned Y" descriptions, "PM", "ex-"; a title in
# apposition as long as the EU's High Representative's; "any such guarantees" holds what the narration said of them
# (not of "these claims", nor from a question); "Russian aggression" names Russia; "the alliance" is NATO; "the
# Kremlin's key demands included ..." is no speaker; what a state demanded is contradicted only by a sentence about it;
# quoted words cut before what they were about are not finished otherwise when the claim said it just before them;
# a headline's verb before a colon ("Kallas ADMITS: ...", "Kallas CONFIRMS it's Kyiv's call: '...'") gives the words,
# and "X SLAMS Y: '...'" answers Y; verbs shouted in capitals are read small ("SLAMS", "WILL", "DID"); a later
# statement that lacks the words a claim quotes is not the one quoted; of two sentences read together, a negation
# counts only in one holding some of the claim's words; "Explaining ..., X said" sets a scene; "reassured listeners
# that" (claims.as_checked applies the rewrites of posts, tips and headlines in order); "gave a detailed account of",
# "walked X through", "set out" are explaining; a quote card signed with its occasion ("interview with AFP"); a remark
# named after "comparison with", also behind a label ("Claim: ..."); a day before a month cut short ("18 Feb.") is read
# spelled out, and dates a headline ("Kallas, 18 Feb.: ...");
# 23: quoted words signed with a dash ("'...' - Kallas on Ukraine, after ...") are the signer's, with a topic and an
# occasion; a hashtag name is the name; "one hour" is a number; "that position" in reported words is the one the
# sentence before names; "one of several" opposes "the only" (of the same thing); "an opportunity to" is what can be,
# not what will; seizing a place is taking it; a signed quote may title its signer and carry a date, a listener, an
# appositive and trailing hashtags; "The EU's top diplomat, Kaja Kallas, said" names Kallas; a fact-check's finding is
# its narration, named or not; a year in the main clause is not what was done, nor a declaration's words; signing
# agreements is a commitment; a finer place inside the one on record is not another; a body's demands are its demands;
# "Did X say ...? Yes." claims what it asks; a name is swapped only where the claim's other words are the statement's;
# a weekday in capitals ("on FRIDAY") is a weekday, not a name;
# 21: "could be reversed" opposes "irreversible"; "only recently" opposes "from the very beginning"; a date or a
# capital opening a sentence is no name swapped (the same day of another month is another date); "PM" is "Prime
# Minister"; "X called Y's claim that P ..." makes X the speaker; an argument that "has (some) merit" holds; a
# joined claim whose whole seems in conflict is read as its two halves; quoted words match with contractions written
# out, and a sentence pointing back to them ("She said this on Monday") dates them; another outlet than the record
# gives ("an interview with Reuters" / AFP) alters the claim; "spoke out against" decries; an office of the same
# country or another body than the record gives contradicts it ("president of Estonia" / "former prime minister",
# "NATO's Secretary General" / "the EU's top diplomat"), also told as a fact ("Kallas served as ..."); "the only
# reason" for "one of the reasons" exaggerates; "did not signal a rejection of" the path is not abandoning it; the
# parties a compound names ("US-Ukraine talks") are the event's; "Trump's envoy" is the U.S. envoy; what was said
# after the words setting it ("told AFP during a visit to Washington | that there was no reason ...") is not a claim's
# that has none of its words, also with the words setting it between ("Kallas | told AFP during a visit to
# Washington | that ..."); "remarks against" decry; "he" / "she" after a join is the person the first half opens with
# or whose thing it is ("Kallas's interview ... while she was visiting Washington"); "resolved / overcome the main
# issues / obstacles" is a deal all but done (stronger than "a lot of progress");
# 20: two joined claims with their own subjects checked apart; the order of two events ("A came after B", "After B,
# A", "A on the same Monday that B"), each dated from the sentences that report it; an event placing words ("After
# B, X said") dated from fewer of its words when a sentence reporting it gives its date; "Feb." is February; a
# question answering itself ("asked why X should") denies; "A and that if B, C" strips no condition from A; a
# capital where something took place is the city;
# 19: "Headline:", "Post:", "Tweet:" name no speaker; a dated headline may name an event ("Kallas on Feb. 18, after
# the talks in Saudi Arabia: ..."); what a claim says holds under its condition, denied by the speaker under none,
# is reversed though the claim matches nothing whole; a figure none of the speaker's agreeing words give ("within
# the next five years") is not enough evidence, with the confidence of a lean that shows nothing; a people's word
# beside its country's name names nothing more; the subject of "took place in" is what the place frames; a text
# giving the claim's own date (with its year) is not outdated; "champion" supports; "would go on" continues; "had
# some truth to it" judges a proposition true; "eager for", "keen on", "ready for" want; a figure the speaker never
# gave makes agreeing words no statement of it either; "return to its bid" resumes it (against abandoning); quoted
# words first may be followed by where, when and to whom ("Kallas told AFP"); "X told reporters" after the words;
# 18: the claim's measure with its value in other words states it ("five hours of talks" for "the talks lasted five
# hours"); an embedded post's text is analysed; a list's people word names its country ("US and Ukrainian
# negotiators"); "has no problem with" accepts, "resistant to" opposes, "pushing for" supports, "carry on"
# continues; names listed after a clause read its predicate from the remark it belongs to; what a claim says holds
# under its condition, reversed by the speaker, is refuted; a place inside another ("at the Elysee in Paris"),
# neither named, is another place; a title, a name and a colon open unquoted words, and a titled speaker may precede
# an event;
# 18 (cont.): a fact-check's report of a quote is an appearance of a claim naming no speaker only when it names all
# the claim's names; an adverb opening the claim ("Even Kallas") is no part of the name; a slim chance told as none
# ("zero chance", "no chance") exaggerates, and "zero" there is no number; the closest restatement in milder terms
# outweighs looser agreeing ones;
# a conclusion drawn from words on record ("- so ...") that the speaker did not state is out of context; "Reminder:"
# names no speaker;
# a weekday given otherwise is another date; a statement naming all the claim's people (two or more) in another
# place, though below the match score, places the meeting elsewhere;
# a setting placed or dated otherwise below the match score when the claim's names are there ("to AFP during a trip
# to Kyiv" / "told AFP during a visit to Washington"; "published on February 18" / "on Feb. 27"; "five hours of
# talks with a Russian delegation" / "with a U.S. delegation"); the claim's condition restated in other words ("if
# they concede" for "if Ukraine drops its NATO bid") agrees; "up to X to decide" is X's alone; a work speaks for its
# author ("A readout posted by Witkoff said"); a speaker by role may give when and where before "that"; "boasted",
# "pledged", "hinted" attribute; agreeing restatements admitted by place or measure hold half the claim's words;
# ministers of another office ("defence" / "foreign") alter; "most eager to see" supports; undated words next to a
# sentence about the same thing giving another day than the claim's are contradicted there;
# a figure the speaker never gave ("10,000 troops") makes a qualified match no statement of the speaker's; reluctant
# is the contrary of open or willing;
# a commitment ("has formally agreed to provide", "confirmed it will give") is stated, or someone else's words, only
# where a commitment is told of;
# an article's own sentence holding nearly all of an unquoted claim's words, ending on them, with nothing of the
# speaker's agreeing, is the outlet's words misattributed;
# a step considered ("must be prepared to consider ... deploying") told as taken or demanded ("must send troops")
# exaggerates;
# 16: urging others to accept a claim holds it; "gave an explanation" explains; a case put to imagine, dropped,
# is also out of context; another name after the same words alters, a wider place ("the whole of Europe")
# exaggerates; a few reported words about "the discussions" read the sentence before; "the Ukrainian side" is
# there where Zelenskyy is; a quotation finished a little further on is no other object; "that position" points
# back; a case to imagine frames all its sentence; "on Ukraine's terms" qualifies; who is to decide named
# otherwise alters; a report giving the day outweighs the publication day's slack; a claim read past a "but"
# takes that clause's polarity; "could" told as "will" also strips a hedge; who a concession is asked of, left
# out, truncates; a fact-check's finding that the words it quotes were distorted puts a claim stripping them out
# of context; "insufficient" negates; two remarks each contrary to their part of the statement reverse it;
# 16 (cont.): a question asked, stated, is out of context; "claims P were partly true" judges P; what is being
# done told as advice is out of context; others' words said more firmly are misattributed; take = taking, war =
# invasion, sow division = divide; the speaker's words side with a claim no statement holds only when they name
# what it names ("never give up Crimea"); "avoid" negates; whom an appeal was made to is not what was said;
# "resolved all outstanding issues" overstates progress;
# 15: a weekday alone is the day the words were said, and a fact-check's undated quote is dated by a dated
# report of it; advice made of a case put only as a condition is condition_stripped; a qualifier left out
# ("before formal peace negotiations even begin") or a verb's object put in other terms ("this direction" told
# as "Ukraine") truncates; a rejecting cue ("ruled out | NATO membership") reverses the words it reports;
# misattribution needs others' words that say the same; the narration reporting the speaker's words or stand
# decides an attributed claim no statement holds; what one would do "in exchange for" is the main clause;
# a contradiction much closer than a qualified restatement decides alone;
# 14: said more firmly ("can" told as "will") or of one alone ("only Russia") exaggerates; one office of a
# country for another alters; US/U.S./American descriptions are one; a country's office holder names it; the
# speaker's only supporting words under a condition are the claim with the condition stripped; a complement
# named otherwise alters; words a statement is only about are out of context; opinion cues and manners
# ("reckons", "pretty much said"); "told X to" keeps X; joined statements each on record agree; a relative
# clause on a matched noun is not the claim's polarity; the closest sentence qualified outweighs looser ones
# both ways; a demand or stance on the claim states nothing; a country in the sentence pointed back to is not
# swapped; "were over" ends;
# 13: two joined statements, one contrary to the record; an article's own sentence or someone else's quoted word
# given to a speaker; names listed after a clause take its predicate; a conditional remark must name who the
# claim says would act; words matched as synonyms stretch the window; a bid to join opposes no drop;
# 12: one name put before the same words as another, a negation just before the matched words, a word the
# speaker took back, an office given as held before, words tied to a later event also out of context, a
# speaker's text must speak of what the claim says to side with it, an article's own words given to a speaker;
# 11: two consecutive sentences read as one, headlines quoting first or naming the listener, descriptions such
# as "Brussels' top diplomat", a claim about a claim, a case put to imagine, fact-check headlines;
# 10: captions analysed, numbers compared within their measure, stacked remarks split at a dash or semicolon,
# "enough"/"not only" and "ruled out"/"backed" opposites, a month without a year;
# 9: out of context, degree, measures and places under the match score, denials as the verb, a claim's year;
# 8: words quoted from inside a condition are also truncated; 7: a speaker's title the corpus contradicts
# refutes; 6: corpus sentences decide claims
RULES_VERSION = "32"
_HEDGED = re.compile(r"could|may|might|possibly", re.I)  # the speaker's hedge, where a claim says "will"
RELEVANT = 0.45  # relevance (similarity or word recall, anchor-weighted) an evidence text needs
MODEL_GATE = 0.2  # the claim-level model decides only when some evidence is at least this relevant
MODEL_CONFIDENCE = 0.4  # ... and only with at least this probability: else not enough evidence
SIDED = 0.0  # a supported / refuted verdict needs a cited text with at least this stance probability
RESTATES = 0.62  # how close a fact-check sentence must be to the claim to be about it
RESTATED_WORDS = 0.5  # ... and the share of the claim's content words it must hold
RELATED = 0.35  # a statement of the speaker this close is "related" (context for misleading)
VERDICT_CLASSES = ("supported", "refuted", "not_enough_evidence", "conflicting")

_OUT_OF_CONTEXT = tx.OUT_OF_CONTEXT
_NEVER_SAID = tx.NEVER_SAID
# The words after which an appearance sentence gives the claim itself ("..., claiming that X").
_CLAIMED = re.compile(r"\b(?:claiming|claims?|claimed|alleg\w*|saying|that)\b\s*(?:that\b)?", re.I)


def relevance(claim: Claim, evidence: Evidence) -> float:
    """How much an evidence text is about the claim: similarity or word recall, halved when it
    lacks most of the claim's names and numbers."""
    recall = lexical_recall(claim.content, evidence.text)
    base = max(recall, evidence.similarity if evidence.similarity is not None else recall)
    anchors = anchors_present(claim, f"{evidence.text} {evidence.context}")
    return base * (1.0 if anchors >= 0.6 else 0.5 + 0.5 * anchors)


def _speaker_name(claim: Claim, alignment: Alignment | None) -> str:
    if alignment is not None and alignment.evidence is not None and alignment.evidence.speaker:
        return alignment.evidence.speaker
    return claim.speaker or "the speaker"


def weighed(claim: Claim, stances: Sequence[StanceScore]) -> list[StanceScore]:
    """The stances the claim-level model reads: evidence at least loosely about the claim
    (relevance >= ``MODEL_GATE``)."""
    return [s for s in stances if relevance(claim, s.evidence) >= MODEL_GATE]


EXAMINES = 0.5  # share of the claim's content words a question must restate to examine the claim


def examines(claim: Claim, evidence: Evidence) -> bool:
    """Whether ``evidence`` examines the claim itself: it asks a question ("Did X say ...? No, ...")
    that restates at least ``EXAMINES`` of the claim's content words."""
    question = split_answer(evidence.text)[0]
    wanted = set(tx.content_stems(claim.content))
    return bool(question and wanted) and len(wanted & set(tx.content_stems(question))) / len(wanted) >= EXAMINES


def model_decides(claim: Claim, stances: Sequence[StanceScore]) -> bool:
    """Whether the claim-level model may decide (once no fact-check, no statement of the speaker and
    no sentence of the corpus that states the claim has): the model was trained on question-answer
    evidence (AVeriTeC), so a claim that attributes no words needs loosely relevant evidence in that
    form; "X said ..." needs clearly relevant evidence by or about X that examines the claim itself
    (``examines``) or, as for any claim, evidence in question-answer form. Reports that merely share
    the topic say nothing about whether X said it: without a statement on record that stays not
    enough evidence."""
    if claim.attributed and any(examines(claim, s.evidence) for s in usable(claim, stances)):
        return True
    return any(is_question_answer(s.evidence.text) for s in weighed(claim, stances))


def aggregate_features(claim: Claim, stances: Sequence[StanceScore]) -> list[float]:
    """The claim-level features (``aggregate.CLAIM_FEATURES``) of the weighed evidence."""
    return claim_features(claim, weighed(claim, stances), lambda c, s: relevance(c, s.evidence))


def usable(claim: Claim, stances: Sequence[StanceScore]) -> list[StanceScore]:
    """The stances the claim-level decision weighs: relevant evidence, and for "X said ..." only
    evidence by or about X (nothing else can speak to whether X said it) that gives a year when the
    claim names one ("by 2030": a text with no year says nothing of that)."""
    return [
        s
        for s in stances
        if relevance(claim, s.evidence) >= RELEVANT
        and _mentions(claim, s.evidence)
        and not (claim.attributed and adds_year(claim, f"{s.evidence.text} {s.evidence.context}"))
    ]


def restates(claim: Claim, evidence: Evidence) -> bool:
    """Whether a fact-check sentence is an appearance of ``claim``: it reports a claim at a distance
    ("circulated a quote ... claiming that X"), is close to the claim's content (``RESTATES``), names
    the claimed speaker, and the claim it reports names nothing that ``claim`` does not."""
    if not evidence.fact_check or not tx.reports_claim(evidence.text) or relevance(claim, evidence) < RESTATES:
        return False
    # Most of what the claim says must be in it, not just its topic ("Kallas spoke about ... at a press
    # conference in Brussels" is not the quote the fact-check took apart).
    if lexical_recall(claim.text, evidence.text, claim.entities) < RESTATED_WORDS:
        return False
    if claim.speaker is not None and tx.name_key(claim.speaker.split()[-1]) not in tx.keys(evidence.text):
        return False
    # A claim naming no speaker names who did what: "Trump has ruled out ..." is no appearance of a quote
    # attributed to Kallas, however close its words.
    keys = tx.keys(evidence.text)
    if claim.speaker is None and not all(tx.name_present(n, keys) for n in claim.entities):
        return False
    # ... and a claim about what someone else did ("Sybiha laid out in detail ...") is no appearance of a quote that
    # never names them.
    if any(not tx.name_present(n, keys) for n in _others_named(claim)):
        return False
    cut = [m.end() for m in _CLAIMED.finditer(evidence.text)]
    reported = evidence.text[cut[-1] :] if cut else evidence.text
    claim_keys = tx.keys(claim.text)
    return all(tx.name_present(n, claim_keys) for n in tx.names(reported))


def _others_named(claim: Claim) -> list[str]:
    """The names of people the claim's content gives other than its speaker's: not countries, their peoples,
    capitals or regions, nor acronyms ("EU", "NATO")."""
    speaker = tx.keys(claim.speaker or "")
    return [
        n
        for n in tx.names(claim.content)
        if not n.isupper()
        and tx.name_key(n) not in speaker
        and n.lower() not in tx.COUNTRY_WORDS
        and not tx.is_region(n)
    ]


def _fact_checks(
    claim: Claim, evidence: Sequence[Evidence], fact_checks: Sequence[Evidence] = ()
) -> tuple[list[Evidence], list[Evidence]]:
    """(appearances of the claim in fact-check articles, those articles' findings about it). A finding
    of an attributed claim names the speaker; of any other claim, it is related to the claim."""
    items: list[Evidence] = []
    for ev in [*fact_checks, *(e for e in evidence if e.fact_check)]:
        if not any(o.article_id == ev.article_id and o.span == ev.span for o in items):
            items.append(ev)
    restating = [ev for ev in items if restates(claim, ev)]
    articles = {ev.article_id for ev in restating}
    surname = tx.name_key(claim.speaker.split()[-1]) if claim.speaker else None
    findings = [
        ev
        for ev in items
        if ev.article_id in articles
        and ev not in restating
        and not tx.reports_claim(ev.text)
        and (_OUT_OF_CONTEXT.search(ev.text) or _NEVER_SAID.search(ev.text) or REFUTE_CUES.search(ev.text))
        and (surname in tx.keys(ev.text) if surname else relevance(claim, ev) >= RELATED)
    ]
    # The fact-check's own words on this claim first: distortion / never-said findings, then the rest.
    findings.sort(
        key=lambda ev: (
            not (_OUT_OF_CONTEXT.search(ev.text) or _NEVER_SAID.search(ev.text)),
            -relevance(claim, ev),
        )
    )
    return restating, findings


def _checked_in_place(
    claim: Claim, found: Verdict, aligned: Evidence, fact_checks: Sequence[Evidence]
) -> Evidence | None:
    """The finding of the fact-check the aligned words were quoted in, that they were distorted ("was not
    referring to ..., but rather ..."), for a claim made misleading by a condition or cut: None otherwise."""
    if (
        found.label is not VerdictLabel.MISLEADING
        or Reason.OUT_OF_CONTEXT in found.reasons
        or not ({Reason.CONDITION_STRIPPED, Reason.TRUNCATED} & set(found.reasons))
        or not aligned.fact_check
        or not claim.speaker
    ):
        return None
    surname = tx.name_key(claim.speaker.split()[-1])
    said_of = said_of_names(claim)  # what the finding must speak of too, besides names ("accession", "abandon")
    in_place = [
        ev
        for ev in fact_checks
        if ev.article_id == aligned.article_id
        and _OUT_OF_CONTEXT.search(ev.text)
        and not tx.reports_claim(ev.text)
        and surname in tx.keys(ev.text)
        and relevance(claim, ev) >= RELATED
        and said_of & set(tx.content_stems(ev.text))
    ]
    return max(in_place, key=lambda ev: relevance(claim, ev), default=None)


def _related_conditional(claim: Claim, statements: Sequence[Evidence]) -> Evidence | None:
    """The speaker's statement closest to the claim that carries a condition or hedge."""
    best: tuple[float, Evidence] | None = None
    for ev in statements:
        if not (tx.CONDITION.search(ev.text) or tx.HEDGE.search(ev.text)) or tx.reports_claim(ev.text):
            continue
        r = relevance(claim, ev)
        # The speaker's own words (a direct quote) explain a distortion better than a paraphrase of them.
        key = r + (0.1 if ev.direct else 0.0)
        if r >= RELATED and (best is None or key > best[0]):
            best = (key, ev)
    return best[1] if best else None


def _ordered(ctx: Context, seq: Sequenced) -> Verdict | None:
    """The verdict on a claim (attributing no words) about the order of two events the record dates: refuted
    when the dates put them the other way round, supported when both events are on record whole in its order;
    None (the other rules decide) when only part of an event is."""
    first, second = seq.first, seq.second
    if seq.holds and not (first.whole and second.whole):
        return None
    relation = "on the same day as" if seq.order.relation is Relation.SAME_DAY else "before"
    role = CitationRole.SUPPORTS if seq.holds else CitationRole.REFUTES
    cites = tuple(Citation(d.evidence, role, 1.0) for d in (first, second))
    text = f"The record dates {_dated(first)} and {_dated(second)}. "
    if seq.holds:
        text += f"So '{first.phrase}' came {relation} '{second.phrase}', as the claim says."
        return ctx.verdict(VerdictLabel.SUPPORTED, 0.7, text, evidence=cites)
    text += f"So '{first.phrase}' did not come {relation} '{second.phrase}', as the claim says."
    return ctx.verdict(VerdictLabel.REFUTED, 0.7, text, evidence=cites)


# The verdicts on a claim whole that its two joined claims, checked apart, may replace: not enough evidence,
# supported when one of the two is refuted or misleading (read whole, the true one carried the other), and
# misleading when one is refuted (a false half, not only a twisted one), and conflicting (sources that seem
# to disagree on the whole may each speak of one half: "five hours of talks over the weekend" is no answer to
# "the negotiations were due to continue on Monday").
JOINT_OVERRIDES = frozenset(
    {VerdictLabel.NOT_ENOUGH_EVIDENCE, VerdictLabel.SUPPORTED, VerdictLabel.MISLEADING, VerdictLabel.CONFLICTING}
)


def _statement_found(verdict: Verdict) -> bool:
    """Whether the verdict on an attributed claim rests on a statement of the speaker's it matched (or a fact-check
    of it), not on texts that only lean its way ("what Kallas said to this effect was said only under a condition")."""
    found = verdict.alignment is not None and verdict.alignment.fidelity is not Fidelity.NOT_FOUND
    return found or bool(verdict.fact_checks) or not verdict.claim.attributed


def joined(whole: Verdict, parts: Sequence[Verdict]) -> Verdict:
    """The verdict on a claim joining two claims, from theirs: one refuted refutes it; else one misleading
    makes it misleading; both supported support it; else one conflicting makes it conflicting; otherwise
    ``whole`` stands (what one of them says is not on record). A whole read as misleading from a statement it
    matched yields only to a refuted half, a whole read as supported only to a refuted or misleading one."""
    labels = [p.label for p in parts]
    if whole.label is VerdictLabel.MISLEADING and VerdictLabel.REFUTED not in labels and _statement_found(whole):
        return whole
    for label in (VerdictLabel.REFUTED, VerdictLabel.MISLEADING):
        if label in labels:
            deciding = [p for p in parts if p.label is label]
            break
    else:
        if whole.label is VerdictLabel.SUPPORTED:
            return whole
        if all(lab is VerdictLabel.SUPPORTED for lab in labels):
            label, deciding = VerdictLabel.SUPPORTED, list(parts)
        elif VerdictLabel.CONFLICTING in labels:
            label, deciding = VerdictLabel.CONFLICTING, [p for p in parts if p.label is VerdictLabel.CONFLICTING]
        else:
            return whole
    told = " ".join(
        f"'{p.claim.text.rstrip('.')}': {p.label.value.replace('_', ' ')}. {p.justification}" for p in parts
    )
    reasons = tuple(dict.fromkeys(r for p in deciding for r in p.reasons))
    cited = _dedupe_citations([c for p in deciding for c in p.evidence])
    checks = _dedupe_citations([*whole.fact_checks, *(c for p in deciding for c in p.fact_checks)])
    return replace(
        whole,
        label=label,
        confidence=min(p.confidence for p in deciding),
        justification=f"The claim joins two claims, checked apart. {told}",
        reasons=reasons,
        evidence=tuple(cited),
        fact_checks=tuple(checks),
        alignment=deciding[0].alignment,
    )


def _dedupe_citations(cites: Sequence[Citation]) -> list[Citation]:
    """The citations, each passage once (the first citing it kept)."""
    out: dict[tuple[str, Span], Citation] = {}
    for c in cites:
        out.setdefault((c.evidence.article_id, c.evidence.span), c)
    return list(out.values())


def _dated(event: Dated) -> str:
    """'the talks' to 2025-12-13 - 2025-12-14 (“...”, source): an event's date with the sentence giving it."""
    if event.how == "published":
        when = f"to no later than {event.hi.isoformat()}, when it was reported"
    elif event.lo == event.hi:
        when = f"to {event.lo.isoformat()}" + (", the day the words were said" if event.how == "said" else "")
    else:
        when = f"to {event.lo.isoformat()} - {event.hi.isoformat()}"
    return f"'{event.phrase}' {when} ({quote(event.evidence.text, 160)}, {where(event.evidence)})"


def decide(
    claim: Claim,
    evidence: Sequence[Evidence],
    fidelity: Alignment | None,
    stances: Sequence[StanceScore],
    settings: Settings,
    statements: Sequence[Evidence] = (),
    versions: Mapping[str, str] | None = None,
    model: ClaimModel | LinearModel | None = None,
    fact_checks: Sequence[Evidence] = (),
    vectors: Vectors | None = None,
    restated: Sequence[Alignment] = (),
    mistitled: tuple[str, str, Evidence] | None = None,
    by_checker: bool = False,
    debunked: Evidence | None = None,
    sequenced: Sequenced | None = None,
    placed: Placed | None = None,
) -> Verdict:
    """The verdict on ``claim``. ``statements`` are the claimed speaker's statements (context for
    "misleading"); ``model`` is the claim-level verdict model (None: a vote of the stances);
    ``fact_checks`` are sentences of fact-check articles that retrieval read whole; ``vectors`` the
    embeddings of ``aggregate.dense_texts`` (for a model with dense features); ``restated`` the
    alignments of a claim that attributes no words with single evidence sentences (``fidelity.align``),
    for the sentences of the corpus that state it, deny it or state it with a condition. ``by_checker``:
    the claimed speaker is a fact-check of the corpus, whose own sentences ``fidelity`` was aligned
    with; ``debunked``: its sentence reporting the claimed words as a claim it disputes; ``sequenced``: the
    two events of a claim about their order, dated from the record; ``placed``: the claim's event, which the record
    places elsewhere (asked only of a claim that would otherwise lack evidence)."""
    recorded = tuple(sorted({"rules": RULES_VERSION, **(versions or {})}.items()))
    restating, findings = _fact_checks(claim, evidence, fact_checks)
    cited = [*restating[:1], *findings[:3]]
    fc_cites = tuple(Citation(ev, CitationRole.FACT_CHECK, relevance(claim, ev)) for ev in cited)
    ctx = Context(claim, fidelity, fc_cites, recorded, settings.fingerprint())
    fc_text = " ".join(ev.text for ev in findings)
    who = _speaker_name(claim, fidelity)
    aligned = fidelity.evidence if fidelity is not None else None
    kind = fidelity.fidelity if fidelity is not None else None

    if mistitled is not None:
        # The claim names its speaker by a role the corpus contradicts ("Former Latvian prime minister").
        person, title, record = mistitled
        text = f"The claim calls {person} '{title}'; the corpus says otherwise: {quote(record.text)}"
        text += f" ({where(record)})."
        return ctx.verdict(VerdictLabel.REFUTED, 0.75, text, evidence=(Citation(record, CitationRole.REFUTES, 1.0),))

    if placed is not None:
        text = f"The claim sets it in {placed.claimed}; the record places it in {placed.recorded}: "
        if placed.dated:
            text = f"The claim dates it '{placed.claimed}'; the record dates it {placed.recorded}: "
        text += f"{quote(placed.record.text)} ({where(placed.record)})."
        cites = (Citation(placed.record, CitationRole.REFUTES, relevance(claim, placed.record)),)
        return ctx.verdict(VerdictLabel.REFUTED, 0.65, text, evidence=cites)

    if sequenced is not None:
        ordered = _ordered(ctx, sequenced)
        if ordered is not None:
            return ordered

    if by_checker and debunked is not None:
        # "StopFake confirmed that Kallas said ...": the fact-check reports those words to dispute them.
        text = f"{who} reports this as a claim in circulation, to dispute it: {quote(debunked.text)}"
        text += f" ({where(debunked)})."
        if findings:
            text += f" Its finding: {quote(findings[0].text)}."
        return ctx.verdict(VerdictLabel.REFUTED, 0.75, text, evidence=(Citation(debunked, CitationRole.REFUTES, 1.0),))
    if by_checker and fidelity is not None and aligned is not None and kind is not Fidelity.NOT_FOUND:
        return _from_alignment(ctx, fidelity, aligned, who)  # its own narration: what it found

    if restating and not claim.attributed and tx.reports_claim(claim.content) and _circulated(restating[0]):
        # "Russian outlets pushed a quote claiming Kallas said ...": a claim that the words circulated, which
        # the fact-check itself reports.
        text = f"A fact-check reports it: {quote(restating[0].text)} ({where(restating[0])})."
        if findings:
            text += f" What it found of the words themselves: {quote(findings[0].text)}."
        cites = (Citation(restating[0], CitationRole.SUPPORTS, relevance(claim, restating[0])),)
        return ctx.verdict(VerdictLabel.SUPPORTED, 0.75, text, evidence=cites)
    if restating and findings:
        finding = findings[0] if findings else restating[0]
        fc_line = f"A fact-check ({where(finding)}) says: {quote(finding.text)}."
        aligned_ok = fidelity is not None and aligned is not None and fidelity.similarity >= RELATED
        qualified = kind in {Fidelity.CONDITION_STRIPPED, Fidelity.HEDGE_STRIPPED, Fidelity.TRUNCATED}
        # The fact-check disputes the claim: the speaker's qualified remark is the best explanation.
        related = (aligned if qualified and aligned_ok else None) or _related_conditional(claim, statements)
        related = related or (aligned if aligned_ok and kind is not Fidelity.MISATTRIBUTED else None)
        never_said = bool(_NEVER_SAID.search(fc_text)) and not _OUT_OF_CONTEXT.search(fc_text)
        if related is not None and not never_said:
            reasons = _reasons_for(kind if related is aligned else None, related, fc_text)
            # (named by the statement's own speaker: the alignment may be someone else's words)
            said = f"{related.speaker or who} did speak about this: {quote(related.text)} ({where(related)})."
            cites = (Citation(related, CitationRole.STATEMENT, relevance(claim, related)),)
            return ctx.verdict(
                VerdictLabel.MISLEADING,
                0.8 if Reason.CONDITION_STRIPPED in reasons else 0.7,
                f"{said} {_reason_text(reasons, related)}{fc_line}",
                reasons,
                cites,
            )
        return ctx.verdict(VerdictLabel.REFUTED, 0.75, fc_line)

    if fidelity is not None and aligned is not None and kind is not Fidelity.NOT_FOUND:
        ruled = _from_alignment(ctx, fidelity, aligned, who)
        in_place = _checked_in_place(claim, ruled, aligned, fact_checks)
        if in_place is None:
            return ruled
        # The words come from a fact-check that finds them taken out of their context ("Kallas was not referring
        # to abandoning Ukraine's NATO aspirations"): so does the claim that strips their condition.
        return replace(
            ruled,
            reasons=(*ruled.reasons, Reason.OUT_OF_CONTEXT),
            justification=f"{ruled.justification} The fact-check that quotes them says: {quote(in_place.text)}.",
            fact_checks=(*ruled.fact_checks, Citation(in_place, CitationRole.FACT_CHECK, relevance(claim, in_place))),
        )

    use_model = model is not None and model_decides(claim, stances)
    if claim.attributed and restated and not use_model:
        # No statement of the speaker matches, but the narration reports the speaker saying it ("alleged
        # that ... provoked the full-scale invasion — a justification Trump has repeated").
        reports = _reporting(claim)
        reporting = [a for a in restated if a.evidence is not None and reports and reports.search(a.evidence.text)]
        reported = from_restatements(ctx, reporting, reports=True) if reporting else None
        # ... or saying it of a part only ("one of the reasons" for "the only reason"): exaggerated.
        exaggerated = reported is not None and reported.reasons == (Reason.EXAGGERATED,)
        if reported is not None and (reported.label in {VerdictLabel.SUPPORTED, VerdictLabel.REFUTED} or exaggerated):
            lead = f"saidwhen found no statement by {who} in the corpus that matches this claim, but the record "
            what = {VerdictLabel.SUPPORTED: "saying it", VerdictLabel.REFUTED: "taking the opposite stand"}.get(
                reported.label, "saying something like it"
            )
            return replace(reported, justification=f"{lead}reports {who} {what}. {reported.justification}")
        # No statement of the speaker matches, but the record contradicts what they are said to have said.
        denied = from_restatements(ctx, [a for a in restated if _of_speaker(claim, a)], only=VerdictLabel.REFUTED)
        if denied is not None:
            lead = f"saidwhen found no statement by {who} in the corpus that matches this claim, and the record "
            return replace(denied, justification=f"{lead}contradicts what it says. {denied.justification}")
    if not claim.attributed and not use_model:
        # Question-answer research on the claim is weighed as a whole by the model; otherwise the
        # sentences of the corpus that state the claim decide.
        stated = from_restatements(ctx, restated)
        if stated is not None:
            return stated
    return _from_stances(ctx, stances, model, use_model, who, vectors)


_REPORTING = (
    r"(?:,\s*(?:which|who)\s+)?(?:is\s+|are\s+|has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:said|says|repeated|repeats"
    r"|echoed|echoes|claimed|claims|argued|argues|stated|states|insisted|insists|told|asserted|asserts|voiced"
    r"|voices|made|refus\w*|reject\w*|oppos\w*|demand\w*|welcom\w*|accept\w*)"
)


def _of_speaker(claim: Claim, alignment: Alignment) -> bool:
    """Whether a sentence contradicting what a state is said to have said or demanded ("Moscow demanded ...") speaks
    of that state (its name, people or seat of power): the NATO allies' pledge says nothing of what Moscow demanded.
    True for any other speaker."""
    country = tx.COUNTRY_WORDS.get((claim.speaker or "").split()[-1].lower()) if claim.speaker else None
    if country is None:
        return True
    ev = alignment.evidence
    return ev is not None and tx.name_key(country) in tx.keys_with_peoples(f"{ev.text} {ev.speaker or ''}")


def _reporting(claim: Claim) -> re.Pattern[str] | None:
    """What reports the claim's speaker saying something or taking a stand: "Trump has repeated",
    "repeated by Trump", "according to Trump", "Trump's claim", "Moscow, which is refusing" (for "the
    Kremlin": a seat of power stands for its country); None for a claim that names no speaker."""
    if not claim.speaker:
        return None
    last = claim.speaker.split()[-1]
    country = tx.COUNTRY_WORDS.get(last.lower())
    names = [last, *(w for w, c in tx.COUNTRY_WORDS.items() if country and c == country and w != last.lower())]
    who = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"\b(?:{who})\s*{_REPORTING}\b|\b(?:repeated|echoed|voiced|made|stated)\s+by\s+(?:\w+\s+){{0,3}}(?:{who})\b"
        rf"|\baccording\s+to\s+(?:\w+\s+){{0,3}}(?:{who})\b|\b(?:{who})['’]s\s+(?:claim|argument|line|view|words)\b",
        re.I,
    )


def _circulated(evidence: Evidence) -> bool:
    """Whether a fact-check's sentence reports words as circulating ("outlets have circulated a quote")."""
    return _CIRCULATED.search(evidence.text) is not None


_CIRCULATED = re.compile(r"\b(?:circulat\w*|spread|shared|pushed|went viral|published|ran)\b", re.I)


def _reasons_for(kind: Fidelity | None, related: Evidence, fc_text: str) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    by_kind = {
        Fidelity.CONDITION_STRIPPED: Reason.CONDITION_STRIPPED,
        Fidelity.HEDGE_STRIPPED: Reason.CONDITION_STRIPPED,
        Fidelity.TRUNCATED: Reason.TRUNCATED,
        Fidelity.OUTDATED: Reason.OUTDATED,
        Fidelity.MISATTRIBUTED: Reason.MISATTRIBUTED,
        Fidelity.OUT_OF_CONTEXT: Reason.OUT_OF_CONTEXT,
    }
    if kind in by_kind:
        reasons.append(by_kind[kind])
    if (
        tx.CONDITION.search(related.text) or tx.HEDGE.search(related.text)
    ) and Reason.CONDITION_STRIPPED not in reasons:
        reasons.append(Reason.CONDITION_STRIPPED)
    if _OUT_OF_CONTEXT.search(fc_text) or not reasons:
        reasons.append(Reason.OUT_OF_CONTEXT)
    return tuple(reasons)


def _reason_text(reasons: Sequence[Reason], related: Evidence) -> str:
    parts = []
    if Reason.CONDITION_STRIPPED in reasons:
        m = tx.CONDITION.search(related.text) or tx.HEDGE.search(related.text)
        if m:
            parts.append(
                f"Those words were qualified (“{m.group(0)} …”); the claim states them without the qualification."
            )
    if Reason.OUT_OF_CONTEXT in reasons:
        parts.append("The claim takes the remark out of its context.")
    return " ".join(parts) + (" " if parts else "")


def _mentions(claim: Claim, evidence: Evidence) -> bool:
    """Whether an evidence text is by or about the claimed speaker (surname match)."""
    if claim.speaker is None:
        return True
    surname = tx.name_key(claim.speaker.split()[-1])
    if evidence.speaker and tx.name_key(evidence.speaker.split()[-1]) == surname:
        return True
    return surname in tx.keys(f"{evidence.text} {evidence.context}")


_DELIBERATES = re.compile(r"consider", re.I)  # hedges that weigh a course of action rather than doubt a fact


_OWN_WORDS = 3  # words of a claim outside its quotation marks that make it more than the quotation


def _imagined(edit: Edit) -> bool:
    return wd.IMAGINED.match(edit.evidence_text) is not None


def _from_alignment(ctx: Context, fidelity: Alignment, aligned: Evidence, who: str) -> Verdict:
    claim = ctx.claim
    kind = fidelity.fidelity
    said = f"{who} said: {quote(matched_sentence(aligned, fidelity))} ({where(aligned)})."
    statement = (Citation(aligned, CitationRole.STATEMENT, fidelity.similarity),)
    conf = round(min(0.95, 0.5 + 0.45 * fidelity.similarity), 3)
    if kind in {Fidelity.VERBATIM, Fidelity.NEAR_VERBATIM, Fidelity.PARAPHRASE}:
        numbers = changed(fidelity, "number")
        if numbers:
            given = ", ".join(e.evidence_text for e in numbers)
            claim_numbers = ", ".join(claim.content[a:b] for _, a, b in tx.number_mentions(claim.content))
            text = f"{said} The claim gives {claim_numbers}; the statement gives {given}."
            around = next((e for e in numbers if e.span is None), None)
            if around is not None:
                # The statement gives no day; the sentence next to it, about the same thing, gives another.
                next_to = quote(around.evidence_text)
                text = f"{said} The claim gives {around.claim_text}; next to these words: {next_to}."
            if inflated(claim, fidelity):
                return ctx.verdict(VerdictLabel.MISLEADING, conf, text, (Reason.EXAGGERATED,), statement)
            return ctx.verdict(VerdictLabel.REFUTED, conf, text, evidence=statement)
        how = {
            Fidelity.VERBATIM: "word for word",
            Fidelity.NEAR_VERBATIM: "almost word for word",
            Fidelity.PARAPHRASE: "in other words",
        }[kind]
        note = f"The claim reports this {how}."
        outside = len(tx.words(claim.content)) - sum(len(tx.words(q)) for q in claim.quoted)
        if kind is Fidelity.VERBATIM and claim.quoted and outside >= _OWN_WORDS:
            note = "The words the claim quotes are there word for word; the rest reports the statement in other words."
        return ctx.verdict(VerdictLabel.SUPPORTED, conf, f"{said} {note}", evidence=statement)
    if kind is Fidelity.ALTERED:
        text = f"{said} The claim alters it: {alterations(fidelity)}."
        if only_quantity(fidelity):
            # "could" told as "will": a hedge stripped as well as the words made firmer.
            hedged = any(e.what == "degree" and _HEDGED.fullmatch(e.evidence_text) for e in fidelity.edits)
            firmer = (Reason.CONDITION_STRIPPED, Reason.EXAGGERATED) if hedged else (Reason.EXAGGERATED,)
            return ctx.verdict(VerdictLabel.MISLEADING, conf, text, firmer, statement)
        return ctx.verdict(VerdictLabel.REFUTED, conf, text, evidence=statement)
    if kind is Fidelity.NEGATION_FLIPPED:
        flipped = ", ".join(f"“{e.evidence_text}”" for e in fidelity.edits if e.evidence_text and not e.claim_text)
        turned = "; ".join(f"“{e.evidence_text}” where the claim has '{e.claim_text}'"
                           for e in fidelity.edits if e.evidence_text and e.claim_text)  # fmt: skip
        note = " The claim reverses it."
        if turned:
            note = f" The statement has {turned}."
        elif flipped:
            note = f" The statement has {flipped} where the claim has none."
        return ctx.verdict(VerdictLabel.REFUTED, conf, f"{said}{note}", evidence=statement)
    reason = {
        Fidelity.CONDITION_STRIPPED: Reason.CONDITION_STRIPPED,
        Fidelity.HEDGE_STRIPPED: Reason.CONDITION_STRIPPED,
        Fidelity.TRUNCATED: Reason.TRUNCATED,
        Fidelity.OUTDATED: Reason.OUTDATED,
        Fidelity.MISATTRIBUTED: Reason.MISATTRIBUTED,
        Fidelity.OUT_OF_CONTEXT: Reason.OUT_OF_CONTEXT,
    }[kind]
    dropped = [e for e in fidelity.edits if e.evidence_text]
    if kind is Fidelity.MISATTRIBUTED and aligned.speaker is None and aligned.quote_id is not None:
        # Words an article quotes from someone it does not name as the speaker.
        said = (
            f"These words are quoted from someone other than {claim.speaker}: {quote(aligned.text)} "
            f"({where(aligned)})."
        )
        note = ""
    elif kind is Fidelity.MISATTRIBUTED and aligned.speaker is None:
        # An article's own narration, given to the speaker.
        said = f"These words are the article's own, not {claim.speaker}'s: {quote(aligned.text)} ({where(aligned)})."
        note = ""
    elif kind is Fidelity.MISATTRIBUTED:
        by = aligned.speaker or "someone else"
        words = quote(matched_sentence(aligned, fidelity))
        said = f"These words are on record from {by}, not {claim.speaker}: {words} ({where(aligned)})."
        note = ""
    elif kind is Fidelity.OUTDATED:
        when = aligned.said_on or aligned.published
        on = f"{when:%A} {when.isoformat()}" if when else "another date"
        if claim.when is not None and claim.when.granularity is Granularity.AFTER and claim.when.resolved:
            note = (f" It was said on {on}, before the event the claim ties it to ('{claim.when.text}', which "
                    f"the corpus first reports on {claim.when.resolved.isoformat()}).")  # fmt: skip
        else:
            note = f" It was said on {on}, not at the time the claim gives ({claim.when.text if claim.when else ''})."
    elif kind is Fidelity.OUT_OF_CONTEXT:
        subject = next((e for e in fidelity.edits if e.what == "subject"), None)
        likened = next((e for e in fidelity.edits if e.what == "likened"), None)
        about = next((e for e in fidelity.edits if e.what == "topic"), None)
        mood = next((e for e in fidelity.edits if e.what == "mood"), None)
        drawn = next((e for e in fidelity.edits if e.what == "inference"), None)
        note = " The words are on record, about something else."
        if drawn is not None:
            note = f" The words are on record; what the claim concludes from them ('{drawn.claim_text}') is not."
        elif mood is not None:
            note = (f" The speaker described what was being done (“{mood.evidence_text}”); the claim makes it advice "
                    f"('{mood.claim_text}').")  # fmt: skip
        elif about is not None:
            note = (f" The statement only names it as what was spoken of ({quote(about.evidence_text)} ...); it "
                    "does not say it.")  # fmt: skip
        elif likened is not None:
            note = (f" The words are on record, but what the speaker likened to them was “{likened.evidence_text}”, "
                    f"not {likened.claim_text}.")  # fmt: skip
        elif subject is not None and subject.evidence_text:
            note = (f" The words are on record, but that sentence and the one before it speak of "
                    f"{subject.evidence_text}, not of {subject.claim_text}.")  # fmt: skip
        elif subject is not None:
            note = (f" The words are on record, but neither that sentence nor the one before it speaks of "
                    f"{subject.claim_text}.")  # fmt: skip
    elif kind is Fidelity.TRUNCATED and dropped and dropped[0].what == "question":
        note = f" It was asked as a question ({quote(dropped[0].evidence_text)} ...?); the claim states it."
    elif kind is Fidelity.TRUNCATED and dropped and dropped[0].what == "frame" and _imagined(dropped[0]):
        note = (f" The speaker put it as a case to imagine ({quote(dropped[0].evidence_text)} ...); the "
                "claim reports it as something the speaker put forward.")  # fmt: skip
    elif kind is Fidelity.TRUNCATED and dropped and dropped[0].what == "frame":
        note = (f" The statement leaves it open ({quote(dropped[0].evidence_text)} ...); the claim states it as "
                "settled.")  # fmt: skip
    elif kind is Fidelity.TRUNCATED and dropped and dropped[0].what == "object":
        note = (f" The quotation stops before “{dropped[0].evidence_text}”, and the claim finishes it with "
                f"“{dropped[0].claim_text}”.")  # fmt: skip
    elif kind is Fidelity.TRUNCATED and dropped and dropped[0].what == "purpose":
        note = f" The speaker went on to say what it illustrated: {quote(dropped[0].evidence_text, 160)}."
    elif kind is Fidelity.TRUNCATED and dropped and dropped[0].what == "correction":
        note = (f" The speaker took back “{dropped[0].claim_text}” in the same breath "
                f"({quote(dropped[0].evidence_text, 120)}); the claim keeps the word taken back.")  # fmt: skip
    elif kind is Fidelity.TRUNCATED and dropped and dropped[0].what == "middle":
        note = f" The quotation leaves out {', '.join(quote(e.evidence_text, 120) for e in dropped)} from its middle."
    elif kind is Fidelity.TRUNCATED:
        note = f" The claim stops before {quote(dropped[0].evidence_text)}." if dropped else ""
    else:
        note = f" The claim drops {', '.join(quote(e.evidence_text, 120) for e in dropped)}." if dropped else ""
    reasons: tuple[Reason, ...] = (reason,)
    if kind is Fidelity.HEDGE_STRIPPED and any(_DELIBERATES.match(e.evidence_text) for e in dropped):
        # "must be prepared to consider ... deploying peacekeepers" told as "will deploy peacekeepers":
        # a course weighed, reported as decided.
        reasons = (Reason.CONDITION_STRIPPED, Reason.EXAGGERATED)
        note += " The speaker was weighing it; the claim reports it as decided."
    if kind is Fidelity.TRUNCATED and dropped and (
        (dropped[0].what == "frame" and _imagined(dropped[0])) or dropped[0].what == "question"
    ):
        # A case put to imagine or a question asked, reported as the speaker's view: cut from the frame, and so
        # out of its context.
        reasons = (Reason.OUT_OF_CONTEXT, Reason.TRUNCATED)
    if kind is Fidelity.TRUNCATED and dropped and dropped[0].what in {"purpose", "object"}:
        # Words cut from what the speaker said they were for ("To illustrate that Russia does not want this peace"), or
        # finished with another object ("agreeing to everything | Russia demands" for "| to have peace"): cut, and
        # put in a context the speaker did not give them.
        reasons = (Reason.TRUNCATED, Reason.OUT_OF_CONTEXT)
    if kind is Fidelity.OUTDATED and claim.when is not None and claim.when.granularity is Granularity.AFTER:
        # Words tied to an event they came before ("Reacting to the December offer, X warned ...") were
        # about something else: moved in time and out of their context.
        reasons = (Reason.OUTDATED, Reason.OUT_OF_CONTEXT)
    if kind is Fidelity.OUTDATED and claim.remark:
        # "Kallas made her bin Laden comparison in an interview published on February 18": the claim is about when
        # the remark was made, and that is wrong; no old words are passed off as new.
        return ctx.verdict(VerdictLabel.REFUTED, conf, f"{said}{note}", evidence=statement)
    condition = next((e for e in dropped if e.what == "condition"), None)
    if (
        kind is Fidelity.CONDITION_STRIPPED
        and condition is not None
        and condition.span is not None
        and wd.quoted_from_condition(claim, aligned.text, condition.span.start - aligned.span.start)
    ):
        # "is out of the question", quoted from "if ..., or this is out of the question, then ...": the
        # quotation is cut out of the condition itself.
        reasons = (Reason.CONDITION_STRIPPED, Reason.TRUNCATED)
        note += " The quoted words are part of the condition, cut from what the speaker said would follow it."
    return ctx.verdict(VerdictLabel.MISLEADING, conf, f"{said}{note}", reasons, statement)


def with_title_held(verdict: Verdict, held: tuple[str, str, Evidence] | None) -> Verdict:
    """``verdict`` for a claim that only says which office someone holds ("Kaja Kallas is the EU's top diplomat"),
    when the record names them so (``held``): supported, citing that sentence, whatever sentences that name them
    otherwise ("High Representative of the European Union for Foreign Affairs ...") made of it."""
    if held is None:
        return verdict
    person, title, record = held
    text = f"The corpus names {person} '{title}': {quote(record.text)} ({where(record)})."
    return replace(
        verdict,
        label=VerdictLabel.SUPPORTED,
        reasons=(),
        justification=text,
        evidence=(Citation(record, CitationRole.SUPPORTS, 1.0),),
    )


def with_former_title(verdict: Verdict, formerly: tuple[str, str, Evidence] | None) -> Verdict:
    """``verdict`` for a claim that names its speaker by an office the corpus gives as held before
    (``formerly``: "Estonian Prime Minister Kaja Kallas", "the former prime minister of Estonia"): what would
    be supported is misleading (outdated), and the record is cited. Words said before that record keep
    their verdict (the office may have been held then)."""
    if formerly is None or verdict.label is not VerdictLabel.SUPPORTED:
        return verdict
    person, title, record = formerly
    aligned = verdict.alignment.evidence if verdict.alignment is not None else None
    said = (aligned.said_on or aligned.published) if aligned is not None else None
    if said is not None and record.published is not None and said < record.published:
        return verdict
    note = f" But the claim calls {person} '{title}', an office the corpus gives as held before: {quote(record.text)}"
    note += f" ({where(record)})."
    return replace(
        verdict,
        label=VerdictLabel.MISLEADING,
        reasons=(Reason.OUTDATED,),
        justification=verdict.justification + note,
        evidence=(*verdict.evidence, Citation(record, CitationRole.CONTEXT, 1.0)),
    )


SPOKEN_WORDS = 0.25  # share of the claim's words other than its names a text of the speaker must hold to side


def _speakers_own(claim: Claim, stances: Sequence[StanceScore], stance: Stance) -> list[StanceScore]:
    """The texts taking ``stance`` toward the claim that are on record from the speaker it names."""
    if not claim.speaker:
        return []
    surname = tx.name_key(claim.speaker.split()[-1])
    return [s for s in stances if s.stance is stance and s.evidence.speaker and surname in tx.keys(s.evidence.speaker)]


def _by_speaker(claim: Claim, stances: Sequence[StanceScore], stance: Stance = Stance.SUPPORTS) -> bool:
    """Whether a text that takes ``stance`` toward the claim is on record from the speaker it names, and
    speaks of what the claim says, not only of the same names ("open accession talks with Ukraine in
    January" is not answered by "... a just and lasting peace on Ukraine's terms")."""
    wanted = said_of_names(claim)
    # The claim's main clause, before "in exchange for ..." / "before ...": what the speaker is said to do.
    head = SUBORDINATE.split(claim.content, maxsplit=1)[0]
    main = set(tx.content_stems(head)) & wanted if head != claim.content else set()

    def speaks_of(text: str) -> bool:
        stems = set(tx.content_stems(text))
        if main and len(main & stems) / len(main) < SPOKEN_WORDS:
            return False  # "... would recognize Crimea as Russian | in exchange for security guarantees"
        return not wanted or len(wanted & stems) / len(wanted) >= SPOKEN_WORDS

    # ... and of what it names ("would never give up Crimea" is not answered by words on NATO membership); one
    # name may be a pronoun there ("if they concede" for Ukraine).
    def names_it(text: str) -> bool:
        named = len(claim.entities) + len(claim.numbers)
        share = anchors_present(claim, text)
        return share >= ANCHORS_NEEDED or (_PRONOUN.search(text) is not None and share * named >= named - 1)

    return any(
        speaks_of(f"{s.evidence.text} {s.evidence.context}") and names_it(s.evidence.text)
        for s in _speakers_own(claim, stances, stance)
    )


_PRONOUN = re.compile(r"\b(?:he|she|they|them|their|it)\b", re.I)


def _only_conditionally(claim: Claim, stances: Sequence[StanceScore]) -> StanceScore | None:
    """For an attributed claim with no condition: the speaker's strongest supporting text, when every one
    of the speaker's supporting texts puts it under a condition ("So if they concede into this, then ... by
    all Member States ..."); None otherwise."""
    if not claim.attributed or tx.CONDITION.search(claim.content):
        return None
    own = _speakers_own(claim, stances, Stance.SUPPORTS)
    if not own or not all(tx.CONDITION.search(s.evidence.text) for s in own):
        return None
    return max(own, key=lambda s: s.supports)


UNSHOWN_CONFIDENCE = 0.6  # the least confidence of "not enough evidence" where the evidence's lean does not show it


def _unshown(probs: dict[str, float]) -> tuple[str, dict[str, float]]:
    """Not enough evidence, where the evidence leaning one way does not show the claim (not the speaker's statement
    of it, or no cited text carries it): its confidence at least ``UNSHOWN_CONFIDENCE``."""
    least = max(probs["not_enough_evidence"], UNSHOWN_CONFIDENCE)
    return "not_enough_evidence", {**probs, "not_enough_evidence": least}


def _count_unsaid(claim: Claim, stances: Sequence[StanceScore]) -> bool:
    """Whether the claim counts something ("five years", "10,000 troops") that none of the speaker's own texts
    agreeing with it counts."""
    own = _speakers_own(claim, stances, Stance.SUPPORTS)
    return tx.count_added(claim.content, (f"{s.evidence.text} {s.evidence.context}" for s in own))


def _from_stances(
    ctx: Context,
    stances: Sequence[StanceScore],
    model: ClaimModel | LinearModel | None,
    use_model: bool,
    who: str,
    vectors: Vectors | None = None,
) -> Verdict:
    claim = ctx.claim
    # With the claim-level model, evidence that is loosely about the claim is weighed as a whole
    # (relevance >= MODEL_GATE); the vote of stances without it needs clearly relevant evidence.
    relevant = weighed(claim, stances) if use_model else usable(claim, stances)
    if model is not None and not use_model and not claim.attributed:
        # No sentence states, denies or qualifies the claim, and no question-answer evidence for the
        # model: a vote of sentence stances over news text is not a finding.
        relevant = []
    if not relevant:
        if claim.attributed:
            text = (
                f"saidwhen found no statement by {who} in the corpus that matches this claim, "
                "and no other text that bears on it."
            )
        else:
            text = "saidwhen found no text in the corpus that bears on this claim."
        return ctx.verdict(VerdictLabel.NOT_ENOUGH_EVIDENCE, 0.6, text)
    if use_model and isinstance(model, ClaimModel):
        probs = model.claim_probabilities(claim, relevant, lambda c, s: relevance(c, s.evidence), vectors)
    elif use_model and isinstance(model, LinearModel):
        probs = model.probabilities(claim_features(claim, relevant, lambda c, s: relevance(c, s.evidence)))
    else:
        sup = max(s.supports for s in relevant)
        ref = max(s.refutes for s in relevant)
        probs = {
            "supported": sup * (1 - ref),
            "refuted": ref * (1 - sup),
            "conflicting": sup * ref,
            "not_enough_evidence": (1 - sup) * (1 - ref),
        }
        total = sum(probs.values()) or 1.0
        probs = {k: v / total for k, v in probs.items()}
    name = max(probs, key=lambda k: probs[k])
    if name == "conflicting" and not use_model and claim.attributed:
        # No statement of the speaker matches, and the sentences around the topic point both ways: that
        # tells nothing about what the speaker said.
        name, probs = _unshown(probs)
    if name == "supported" and not use_model and claim.attributed and not _by_speaker(claim, relevant):
        # Others saying it does not show that the speaker did.
        name, probs = _unshown(probs)
    if name == "supported" and not use_model and claim.attributed and _count_unsaid(claim, relevant):
        # "Russia could attack a NATO member state within the next five years": the speaker's words to this effect
        # give no such figure, and so are no statement of it.
        name, probs = _unshown(probs)
    conditional = _only_conditionally(claim, relevant) if name == "supported" and not use_model else None
    if conditional is not None:
        # What the speaker said to this effect, they said only under a condition the claim leaves out.
        text = (f"saidwhen found no statement by {who} that matches this claim as a whole; what {who} said to this "
                f"effect was said only under a condition: {quote(conditional.evidence.text)} "
                f"({where(conditional.evidence)}). The claim states it without the condition.")  # fmt: skip
        said = (Citation(conditional.evidence, CitationRole.STATEMENT, conditional.supports),)
        return ctx.verdict(VerdictLabel.MISLEADING, 0.6, text, (Reason.CONDITION_STRIPPED,), said)
    if name == "refuted" and not use_model and claim.attributed and not _by_speaker(claim, relevant, Stance.REFUTES):
        # Others saying otherwise does not show what the speaker said either.
        name, probs = _unshown(probs)
    if use_model and probs[name] < MODEL_CONFIDENCE:
        # Loosely related evidence the model cannot read with confidence is not a finding.
        probs = {**probs, "not_enough_evidence": 1.0 - probs[name]}
        name = "not_enough_evidence"
    # Never claim support or refutation that no cited text carries.
    if (name == "supported" and max(s.supports for s in relevant) < SIDED) or (
        name == "refuted" and max(s.refutes for s in relevant) < SIDED
    ):
        name, probs = _unshown(probs)
    label = VerdictLabel(name)
    supporting = sorted((s for s in relevant if s.stance is Stance.SUPPORTS), key=lambda s: -s.supports)
    refuting = sorted((s for s in relevant if s.stance is Stance.REFUTES), key=lambda s: -s.refutes)
    neutral = sorted((s for s in relevant if s.stance is Stance.NEUTRAL), key=lambda s: -relevance(claim, s.evidence))
    cites: list[Citation] = []
    if label is VerdictLabel.SUPPORTED:
        chosen = supporting or neutral
        cites = [
            Citation(s.evidence, CitationRole.SUPPORTS if s in supporting else CitationRole.CONTEXT, s.supports)
            for s in chosen[:3]
        ]
        lead = "This evidence agrees with the claim"
    elif label is VerdictLabel.REFUTED:
        chosen = refuting or neutral
        cites = [
            Citation(s.evidence, CitationRole.REFUTES if s in refuting else CitationRole.CONTEXT, s.refutes)
            for s in chosen[:3]
        ]
        lead = "This evidence contradicts the claim"
    elif label is VerdictLabel.CONFLICTING:
        cites = [Citation(s.evidence, CitationRole.SUPPORTS, s.supports) for s in supporting[:2]]
        cites += [Citation(s.evidence, CitationRole.REFUTES, s.refutes) for s in refuting[:2]]
        cites = cites or [Citation(s.evidence, CitationRole.CONTEXT, s.score) for s in neutral[:3]]
        lead = "The evidence points both ways"
    else:
        cites = [Citation(s.evidence, CitationRole.CONTEXT, s.neutral) for s in neutral[:3]]
        lead = "The closest evidence neither confirms nor contradicts the claim"
    quoted = "; ".join(f"{quote(c.evidence.text, 200)} ({where(c.evidence)})" for c in cites)
    text = f"{lead}: {quoted}." if quoted else f"{lead}."
    if claim.attributed:
        text = f"saidwhen found no statement by {who} in the corpus that matches this claim. {text}"
    return ctx.verdict(label, probs[name], text, evidence=cites)
