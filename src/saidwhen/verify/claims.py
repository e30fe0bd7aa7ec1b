"""Claim understanding: who a claim says said what, when, how firmly.

``parse_claim`` turns the text a user typed into a ``Claim`` record: the attributed speaker
("Kallas said ...", "according to Zelenskyy, ...", "X: '...'", "'...', X said"), the content (words
the claim puts in quote marks are kept verbatim), the time it refers to, its modality (fact,
conditional, hedged), negation, numbers and named things. All regex: no model is loaded.

A claim is plain text. Full-text search syntax in it (``NEAR(``, ``*``, a leading ``-``) has no
meaning here; quote marks are read as quotation. Input that cannot be checked raises ``QueryError``
with a message saying why: empty, too long (``Settings.max_claim_chars``), or not English.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from saidwhen.errors import QueryError
from saidwhen.records import Claim, DateMention, Granularity, MarkerKind, Modality, Span
from saidwhen.settings import Settings
from saidwhen.verify import text as tx
from saidwhen.verify import wording as wd

# Verbs that attribute words to a speaker. "said" and friends; "believes"/"thinks" report opinion.
CUES = (
    # "told EU ministers that", "told reporters in Brussels that": whom they told is not what was said
    # (not past a name the claim's words follow: "told AFP | the only security guarantee that works is ...")
    # (nor past a verb: "told AFP NATO's umbrella is the only guarantee | that works" has a relative "that")
    r"(?:told|tells)(?:(?!\s+[A-Z][\w’'.-]*\s+(?:the|an?)\s|\s+(?:is|are|was|were|will|would|should|could|can|must"
    r"|has|have|had|does|do|did)\b)\s+[\w’'.-]+,?){1,10}?(?=\s+that\b)"
    # "reminded reporters that", "warned allies that", "assured Kyiv that": the listener, then what was said
    r"|(?:reminded|reminds|warned|warns|assured|assures|reassured|reassures|cautioned|cautions|informed|informs)"
    r"(?:\s+[\w’'.-]+,?){1,6}?"
    r"(?=\s+that\b)"
    r"|(?:reminded|reminds|judged|judges)(?=\s+that\b)"
    # "told reporters Russia is ...": the listener, then the words without a "that"
    r"|(?:told|tells)\s+(?:the\s+)?(?:reporters|journalists|press|lawmakers|students|troops|parliament|us|me)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'.-]*)?,?(?!\s+(?:that|on|in|at|during|after|before|last|this)\b)(?=\s+\S)"
    r"|said|says|say|stated|states|claimed|claims|claim|told(?:\s+[A-Z][\w.]*(?!\s+(?:should|must|would|will|could|can|is|are|was|were|has|have|had)\b))*(?!\s+to\s)"
    r"|tells|argued|argues"
    r"|insisted|insists|declared|declares|announced|announces|admitted|admits|acknowledged"
    r"|acknowledges|warned|warns|suggested|suggests|believes|believed|thinks|thought|wrote|writes"
    r"|tweeted|posted|explained|explains|noted|notes|added|adds|stressed|stresses|asserted|asserts"
    r"|promised|promises|vowed|vows|confirmed|confirms|denied|denies|revealed|reveals|urged|urges"
    r"|called|calls|described|describes|predicted|predicts|conceded|concedes|signall?ed|signals"
    r"|compared|compares|likened|likens|recalled|recalls|demanded|demands|reiterated|reiterates"
    r"|maintained|maintains|emphasi[sz]ed|emphasi[sz]es|pointed out|points out"
    r"|is calling for|called for|calls for|is urging|is demanding|is warning|is insisting"
    r"|(?:is|are)\s+(?:now|still|also|again)\s+(?:calling\s+for|urging|demanding|warning|insisting)"
    # "Kallas is out here bragging that ...", "Zelensky is now saying ...": said, as posts put it
    r"|(?:is|was)\s+(?:out\s+(?:here|there)\s+|now\s+|still\s+|busy\s+)?(?:saying|claiming|bragging|boasting"
    r"|admitting|arguing|suggesting|telling\s+(?:everyone|people|reporters))(?=\s+that\b)"
    r"|framed|frames|portrayed|portrays|characteri[sz]ed|characteri[sz]es|floated|floats|hailed|hails"
    r"|has dismissed as|dismissed as|dismisses as|branded|brands|complained|complains"
    # Verbs that say the speaker rejected or embraced what follows ("denied that ...", "rejected the idea that").
    r"|rejected|rejects|dismissed|dismisses|disputed|disputes|endorsed|endorses|embraced|embraces|echoed|echoes"
    r"|slammed|slams|blasted|blasts|lambasted|lambasts"
    # "shut down the Kremlin's excuse: ..." (with what was said after a colon; not "shut down the pipeline")
    r"|(?:shut|shuts|swatted|swats)\s+down(?=\s+(?:[\w’'-]+\s+){0,3}?(?:excuse|claim|narrative|idea|argument|notion"
    r"|suggestion|talk|rumou?r|reports?|speculation)s?\s*:)"
    r"|has said|had said|once said|reportedly said|allegedly said|is quoted as saying|was quoted as saying"
    # "was clear that", "made it clear that": said plainly
    r"|(?:was|is|has\s+been)\s+(?:clear|adamant|explicit|emphatic|unequivocal|firm)"
    # (a setting before the colon: "was clear on 15 December: '...'")
    r"(?=\s+that\b|(?:\s+(?:on|in|at|after)\s+[^:\"“”]{2,40}?)?\s*:\s*[\"“])"
    r"|(?:made|makes|has\s+made)\s+(?:it\s+)?(?:(?:pretty|very|quite|abundantly|perfectly|crystal)\s+)?clear"
    r"(?=\s+that\b|\s*:)"
    # "made the point that", "went on to say", "came out of Berlin saying": said, in readers' words
    r"|(?:made|makes|has\s+made)\s+the\s+(?:point|case|argument)(?=\s+that\b)|went\s+on\s+to\s+(?:say|claim|argue)"
    # "put it bluntly: ..."
    r"|put\s+it(?:\s+(?:bluntly|plainly|simply|starkly|succinctly|best|well|this\s+way))?(?=\s*:)"
    r"|(?:came|walked|stepped)\s+out(?:\s+of\s+(?:the\s+)?[\w’'.-]+(?:\s+talks|\s+meeting)?)?\s+(?:saying|announcing"
    r"|declaring|claiming|and\s+said)"
    # "has been calling for", "has been saying that"
    r"|(?:has|have)\s+been\s+(?:calling\s+for|urging|demanding)"
    r"|(?:has|have)\s+been\s+(?:warning|insisting|saying|claiming|arguing)(?=\s+that\b)"
    r"|(?:found|finds|concluded|concludes|determined|established)(?=\s+that\b)"  # a fact-check's findings
    r"|(?:reported|reports|indicated|indicates|recorded|records|observed|observes|remarked|remarks)(?=\s+that\b)"
    r"|contended|contends|cautioned|cautions|assured|assures|boasted|boasts|bragged|brags|pledged|pledges"
    r"|hinted|hints|implied|implies|proclaimed|proclaims|confessed|confesses"
    r"|(?:let|lets)\s+(?:it\s+)?slip(?=(?:\s+(?:in|at|on|to|during|after)\s+[^,;:\"“”]{1,40}?)?\s+that\b)"
    r"|reckons|reckoned|feels|felt|holds(?=\s+that\b)|held(?=\s+that\b)"  # opinion, in readers' words
    r"|(?:agrees|agreed)(?!\s+(?:to|with|on|upon)\b)"  # "Kallas agrees (that) P", not "agreed to meet"
    r"|(?:agrees|agreed)\s+with\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+(?=\s+that\b)"  # "agrees with Moscow that P"
    r"|(?:asked|asks)(?=\s+(?:why|whether|how|what|who|if)\b)"  # "asked why Russia should be given ..."
    # A retort before the words it gives: "Kallas fires back: '...'", "Kallas asked: '...'".
    r"|(?:asked|asks|(?:fire[sd]?|fired|hits?|shot|shoots|snap(?:s|ped)?)\s+back|responded|responds|replied|replies"
    r"|retorted|retorts|quipped|quips)(?=\s*:)"
    # ... or with what was said after "that": "Kallas retorted that ...", "Zelenskyy countered that ..."
    r"|(?:retorted|retorts|countered|counters|(?:fire[sd]?|fired|shot|shoots)\s+back|responded|responds|replied"
    r"|replies)(?=(?:\s+(?:this|last|on|earlier)\s+\w+)?\s+that\b)"
    # Taking up a claim as true, only before the claim named as such: "backed the claim that P".
    r"|(?:backed|backs|supported|supports|accepted|accepts|repeated|repeats|shared|shares|bought|buys|amplified"
    r"|amplifies)(?=\s+(?:the|this|that|Moscow's|Russia's|the\s+Kremlin's)\s+(?:\w+\s+)?(?:claim|idea|view|notion"
    r"|narrative|argument|line|assertion|allegation)s?\s+that\b)"
)
# Cues that report the speaker rejecting what follows ("Kallas denied that Russia wants peace": she said it
# does not), and cues that report the speaker taking it up as true.
DENIALS = frozenset(
    ["denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes", "slammed", "slams",
     "blasted", "blasts", "lambasted", "lambasts"]
)  # fmt: skip
ENDORSEMENTS = frozenset(
    ["endorsed", "endorses", "embraced", "embraces", "echoed", "echoes", "backed", "backs", "supported", "supports",
     "accepted", "accepts", "repeated", "repeats", "shared", "shares", "bought", "buys", "amplified", "amplifies"]
)  # fmt: skip
_NAME = r"(?:[A-Z][\w’'.-]*|de|von|der|van|al|bin|la)(?:\s+(?:[A-Z][\w’'.-]*|de|von|der|van|al|bin|la))*"
# A name of at most three capitalised words, as posts and headlines open with one ("Kaja Kallas ADMITS: ...").
_SHORT_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
_Q_OPEN = "\"“”„«‘'"
_Q_CLOSE = "\"”“»’'"

_MONTHS = {m: i + 1 for i, names in enumerate(tx.MONTH_NAMES) for m in names.split()}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A time between the speaker and the cue: "Zelenskyy on Sunday called ...", "Kallas last week said ...".
_TIME_BEFORE_CUE = (
    rf"(?:\s+(?:on\s+{_WEEKDAY}|last\s+(?:week|month|year|{_WEEKDAY})|earlier\s+this\s+(?:week|month|year)"
    r"|this\s+(?:week|month|year)|yesterday|today|earlier|later"
    rf"|(?:on|in)\s+{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?))?"
)
# A manner between the speaker and the cue, in readers' words: "Kallas basically told ...", "pretty much said".
_MANNER = (
    r"(?:\s+(?:basically|essentially|effectively|pretty\s+much|more\s+or\s+less|practically|virtually|openly"
    r"|publicly|privately|flatly|bluntly|repeatedly|already|also|even|just|once|quietly"
    r"|herself|himself|themselves|itself|further|later|again|separately|now"
    # ... or a commenter's stress: "Kallas literally said ...", "Zelenskyy finally admitted ..."
    r"|literally|actually|really|clearly|explicitly|directly|specifically|finally|honestly"
    # ... or a post's weight on it: "Kallas officially announced ..."
    r"|officially|formally|personally|categorically|firmly|emphatically|unequivocally"
    # ... or the writer's judgement of it: "Kallas rightly called ..."
    r"|rightly|wrongly|correctly|famously|memorably|pointedly|aptly|wisely))?"
)
_ROLE_NOUN = (
    r"(?:diplomat|minister|president|chief|envoy|spokes(?:man|woman|person)|leader|chancellor|secretary|aide"
    # ("High Representative" is written with a capital as the EU's title)
    r"|adviser|advisor|ambassador|official|head|commissioner|premier|[Rr]epresentative"
    # ... and the initials of two ("Estonia's former PM")
    r"|(?-i:PM|FM)\b)"
)
_SETTING_WORDS = (
    r"(?:on|in|at|during|after|following|before|ahead\s+of|while|speaking|answering|responding|replying|talking"
    r"|addressing|asked|writing)"
)
# After the cue: when and where the words were said, then "that", a colon or a comma, or nothing.
_AFTER_CUE = (
    # ... or a bare weekday: "said Monday that"
    rf"(?:\s+(?:on|in|at|during|last|this|earlier|after|following|before|ahead\s+of|{_WEEKDAY})\b[^,]{{0,80}}?"
    # "said on Monday, December 15, in Brussels, that": more of the setting, each piece a date or a place
    rf"(?:,\s*(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|(?:19|20)\d\d\b[^,]{{0,80}}?|{_SETTING_WORDS}\b[^,]{{0,80}}?)){{0,3}}"
    rf",?\s+that\b"
    # "said, in response to Zelenskyy's offer, that": the setting between commas
    rf"|,\s*(?:{_SETTING_WORDS}|in\s+(?:response|reply|reaction)\s+to|responding\s+to|reacting\s+to)\b[^,]{{3,100}}?,"
    rf"\s+that\b"
    rf"|\s+that\b|\s*[:,]"
    # "said in a WhatsApp chat with reporters on Sunday: '...'": where and when, then the quoted words.
    rf"|\s+(?:on|in|at|during|after|before|following|while|to|last|this|earlier)\b[^,:{_Q_OPEN}]{{0,60}}?:"
    rf"(?=\s*[{_Q_OPEN}])"
    # ... or unquoted words after a setting with a date: "said at the Brussels press conference on Monday, Dec. 15:
    # it's up to Ukrainians ..."
    rf"|\s+(?:on|in|at)\b[^,:{_Q_OPEN}]{{0,60}}?(?:,\s*{_MONTH}\.?\s+\d{{1,2}}|\s+{_WEEKDAY})\s*:(?=\s*[a-z]))?"
)
# "[role words] Name said (that) content"
_SAID = re.compile(
    rf"^(?P<pre>(?:[\w’'.-]+,?\s+){{0,6}}?)(?P<speaker>{_NAME})(?:,[^,]{{1,90}},|\s+[—–]\s+[^—–]{{1,90}}?\s+[—–])?"
    # "Kallas in Brussels on Monday said ...": where, then when, between the name and the cue
    rf"(?:\s+(?:in|at)\s+[A-Z][\w’'.-]+)?{_TIME_BEFORE_CUE}(?:\s+(?:has|have|had))?{_MANNER}"
    # "The EU's top diplomat, Kaja Kallas, said": the name in apposition, closed by a comma
    r"(?P<comma>,)?\s+"
    rf"(?P<cue>{CUES}){_AFTER_CUE}"
    rf",?\s+(?P<content>.+)$",  # "said in February that, if ..."
    re.S,
)
# "The EU's top diplomat said (that) content", "Ukraine's foreign minister said ...": a speaker named
# by description (resolved against the store's entity registry by ``roles.resolve_speaker``).
_DESCRIBED = re.compile(
    rf"^(?:(?:Even|And|But|Now|So)\s+(?=the\s))?(?P<speaker>(?:[Tt]he\s+|An?\s+(?=[\w’'.-]+\s+(?:[\w’'.-]+\s+)?{_ROLE_NOUN}\b)"
    # "EU top diplomat says ...": initials before the role, as a headline writes it
    rf"|[A-Z]{{2,}}\s+(?=(?:[a-z][\w-]*\s+){{0,3}}{_ROLE_NOUN}\b)"
    rf"|[A-Z][\w.-]*(?:[’']s|s[’'])\s+(?=[a-z]))(?:[\w’'.-]+\s+){{0,6}}?[\w’'.-]+){_MANNER}"
    # "The EU's foreign policy chief has conceded that ..."
    rf"(?:\s+(?:has|have|had)(?!\s+(?:said|dismissed)\b))?\s+(?P<cue>{CUES}){_AFTER_CUE}"
    rf",?\s+(?P<content>.+)$",
    re.S,
)
# "According to Name, content" / "content, according to Name."
# "According to the StopFake fact-check, ...": the work named after its author is the author's.
_WORKS = r"(?:\s+(?:fact-check|fact\s+check|analysis|report|piece|article|investigation|review|readout|team))?"
_ACCORDING_PRE = re.compile(
    rf"^(?i:according\s+to|per|as\s+reported\s+by)\s+(?:[\w’'.-]+\s+){{0,4}}?(?P<speaker>{_NAME}){_WORKS}"
    r"(?:\s+(?:herself|himself|themselves|itself))?\s*,"
    rf"\s*(?P<content>.+)$",
    re.S,
)
# "As Kallas put it, content".
_AS_PUT = re.compile(
    rf"^as\s+(?P<speaker>(?-i:{_NAME}))\s+(?:put|puts|has\s+put)\s+it\s*,\s*(?P<content>.+)$", re.S | re.I
)
# "As Kallas observed at a Brussels press conference on 15 December 2025, following the meeting of EU foreign
# ministers, content": the speaker's words after the setting (perhaps a title before the name: "As EU High
# Representative Kaja Kallas noted, ...").
_AS_NOTED_CUE = (
    r"(?:\s+(?:himself|herself|itself))?\s+(?:(?:has|had)\s+)?"
    r"(?:observed|noted|argued|said|remarked|stated|stressed|pointed\s+out|warned|explained|acknowledged|conceded"
    r"|insisted|emphasi[sz]ed|made\s+clear|admitted|told\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?|told\s+\w+)"
    r"(?:\s+to\s+(?:the\s+)?(?:reporters|journalists|the\s+press|[A-Z][\w.&-]*))?"
    rf"(?:\s+(?:back\s+)?{_SETTING_WORDS}\b[^,;:\"“”]{{0,120}}?(?:,\s*\d{{4}})?)?"
    # (a colon before quoted words: "As Kallas told AFP back in February: '...'")
    rf"(?:,\s*{_SETTING_WORDS}\b[^,;:\"“”]{{0,120}}?(?:,\s*\d{{4}})?)*(?:,|:(?=\s*[{_Q_OPEN}]))\s*(?P<content>\S.+)$"
)
_AS_NOTED = re.compile(
    rf"^(?i:as)\s+(?:(?:the\s+)?[A-Z][\w’'.-]*\s+){{0,4}}?(?P<speaker>{_NAME}){_AS_NOTED_CUE}", re.S
)
# "In the words of President Zelenskyy, '...'".
_WORDS_OF = re.compile(
    rf"^(?i:in\s+the\s+(?:very\s+)?(?:own\s+)?words\s+of)\s+(?:[A-Z][\w.]*\s+){{0,3}}?(?P<speaker>{_NAME})\s*,"
    rf"\s*(?P<content>\S.+)$",
    re.S,
)
# "In Zelenskyy's account, content" / "In Kallas's words, content".
_IN_WORDS = re.compile(
    rf"^in\s+(?P<speaker>(?-i:{_NAME})|(?i:the)\s+(?:[\w’'.-]+\s+){{0,4}}?{_ROLE_NOUN})[’']s?\s+(?:own\s+)?(?:account|words|view|telling|version|opinion|reading|assessment"
    r"|judge?ment|estimation|analysis)\s*,"
    rf"\s*(?P<content>.+)$",
    re.S | re.I,
)
_ACCORDING_POST = re.compile(
    rf"^(?P<content>.+?),?\s+according\s+to\s+(?:[\w’'.-]+\s+){{0,4}}?(?P<speaker>{_NAME})\s*\.?$", re.S
)
# "According to the EU's top diplomat, content" / "content, according to Ukraine's foreign minister.": a
# speaker named by description, as ``_DESCRIBED``.
_DESCRIPTION = rf"(?:[Tt]he\s+|[A-Z][\w.-]*(?:[’']s|s[’'])\s+)(?:[\w’'.-]+\s+){{0,5}}?{_ROLE_NOUN}"
# "As Europe's chief diplomat herself admitted in December, content".
_AS_NOTED_DESCRIBED = re.compile(rf"^(?i:as)\s+(?P<speaker>{_DESCRIPTION}){_AS_NOTED_CUE}", re.S)
_ACCORDING_DESCRIBED_PRE = re.compile(
    rf"^(?i:according\s+to)\s+(?P<speaker>{_DESCRIPTION})\s*,\s*(?P<content>.+)$", re.S
)
_ACCORDING_DESCRIBED_POST = re.compile(
    rf"^(?P<content>.+?),?\s+according\s+to\s+(?P<speaker>{_DESCRIPTION})\s*\.?$", re.S
)
# Who the speaker is, written after the name: "ex-PM of Estonia", "the former Estonian prime minister".
_APPOSITIVE_ROLE = (
    rf"(?:the\s+|a\s+)?(?:(?:former|ex-|then|current)\s*)?(?:[\w’'.-]+\s+){{0,4}}?(?:{_ROLE_NOUN}|PM|FM)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?"
)
# "Name: 'content'", and the headline form "Name: content" (a name of at most three words).
_COLON = re.compile(
    # "Zelenskyy aide Dmytro Lytvyn: '...'", "EU foreign policy chief Kaja Kallas: '...'": the title is not the name.
    rf"^(?:(?:[A-Z][\w’'.-]*(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE_NOUN}\s+)?(?P<speaker>{_NAME})"
    # ... or after it: "Kallas, ex-PM of Estonia: '...'"
    rf"(?:,\s+{_APPOSITIVE_ROLE})?\s*:\s*(?P<content>[{_Q_OPEN}].+)$",
    re.S,
)
# "A readout posted by U.S. Special Envoy Steve Witkoff on December 14, 2025 said ...": the work speaks for its author.
_WORK_BY = re.compile(
    r"^(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,2}?(?:readout|statement|post|tweet|message|letter|memo|op-ed"
    r"|article|interview|video|speech|release)\s+(?:(?:posted|published|issued|released|shared|given|written|put\s+out"
    rf"|delivered)\s+)?by\s+(?P<speaker>(?:[\w’'.-]+\s+){{0,4}}?{_NAME})(?:\s+on\s+[^,]{{3,30}}?(?:,\s*\d{{4}})?|,[^,]{{3,40}},)?\s+"
    rf"(?P<cue>{CUES})(?:\s+that\b|\s*[:,])?\s+(?P<content>.+)$",
    re.S,
)
# "Witkoff's Dec. 14 readout said ...", "Kallas's post on X claimed ...": the work speaks for its author.
_WORK_OF = re.compile(
    rf"^(?P<speaker>{_NAME})[’']s?\s+(?:[\w.-]+\s+){{0,3}}?(?:readout|statement|post|tweet|message|letter|op-ed|video"
    r"|speech|release|memo)(?:\s+(?:on|of|about)\s+[^,;:\"“”]{2,40}?)?\s+"
    rf"(?P<cue>{CUES})(?:\s+that\b|\s*[:,])?\s+(?P<content>.+)$",
    re.S,
)
# A claim about a remark, whose setting follows: "Kallas's 'up to Ukrainians' comment was made in Berlin": the remark
# is the words it quotes, and where and when it came is the claim's setting. ("Kallas's comments on Ukraine leaving
# NATO were made in Washington" quotes nothing: a plain claim about an event.)
_REMARK_NOUN = r"(?:comments?|remarks?|line|words|statement|warning|quote|assertion|pledge|comparison|appeal)"
_REMARK_MADE = re.compile(
    rf"^(?P<speaker>{_NAME})['’]s?\s+(?:(?P<quoted>[{_Q_OPEN}][^{_Q_CLOSE}]{{3,200}}[{_Q_CLOSE}])\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?{_REMARK_NOUN}"
    r"\s+(?:(?:was|were)\s+(?:made|delivered|uttered|given|said)|came|followed|preceded)\b",
    re.S,
)
# "Kallas made her remarks about 'very, very strong, tangible security guarantees' on Sunday", "Kallas made her 'Osama
# bin Laden' comparison in ...", "The bin Laden comparison was made by Kallas in ...": the quoted words, or the name
# the remark is known by.
_REMARK_WORDS = (
    rf"(?:(?P<quoted>[{_Q_OPEN}][^{_Q_CLOSE}]{{3,200}}[{_Q_CLOSE}])\s+{_REMARK_NOUN}"
    # a remark known by a name in it ("the bin Laden comparison"), not by when or where ("her December remarks")
    rf"|(?!(?:{_MONTH}|{_WEEKDAY})\b)(?P<named>{_NAME})\s+(?:comparison|analogy|line|quote|warning)"
    # ... or named after it: "her comparison with sitting down with Osama bin Laden"
    rf"|(?:comparison|analogy)\s+(?:with|to|of)\s+(?:[a-z-]+\s+){{0,4}}?(?P<named2>{_NAME})"
    rf"|{_REMARK_NOUN})"
    rf"(?:\s+(?:about|on)\s+(?P<quoted2>[{_Q_OPEN}][^{_Q_CLOSE}]{{3,200}}[{_Q_CLOSE}]))?"
)
_MADE_REMARKS = re.compile(
    rf"^(?P<speaker>{_NAME})\s+(?:made|gave|delivered)\s+(?:her|his|their|the|these|those)\s+{_REMARK_WORDS}",
    re.S,
)
_REMARK_BY = re.compile(
    rf"^(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)\s+{_REMARK_WORDS}\s+(?:was|were)\s+(?:made|delivered|given)\s+by\s+"
    rf"(?P<speaker>{_NAME})",
    re.S,
)


def _label_end(text: str) -> int:
    """Where the headline label opening ``text`` ends ("Claim: ...", "BREAKING: ..."); 0 when it opens with none."""
    label = _LABEL.match(text)
    return label.end() if label is not None and label.group("label").lower() in _NOT_HEADLINE_SPEAKERS else 0


def _unlabelled(text: str) -> str:
    """``text`` without a headline label that opens it."""
    return text[_label_end(text) :]


def _remark(text: str) -> _Attribution | None:
    """The attribution of a claim about a remark (``_REMARK_MADE``, ``_MADE_REMARKS``, ``_REMARK_BY``): its words
    (quoted, or the name it is known by: "the bin Laden comparison") are the content."""
    m = _REMARK_MADE.match(text) or _MADE_REMARKS.match(text) or _REMARK_BY.match(text)
    if m is None or not _is_speaker(m.group("speaker")):
        return None
    words = next((g for g in ("quoted", "quoted2", "named", "named2") if g in m.groupdict() and m.group(g)), None)
    if words is None:
        return None
    return _speaker(text, m.span("speaker")), _name_span(text, m.span("speaker")), "said", Span(*m.span(words))


# "Estonia's ex-prime minister Kaja Kallas: the Baltic country joined NATO ...": after a title, a name and a colon
# open the words, quoted or not.
_COLON_TITLED = re.compile(
    rf"^(?:[A-Z][\w’'.-]*(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE_NOUN}\s+(?P<speaker>{_NAME})\s*:\s*"
    rf"(?P<content>\w.+)$",
    re.S,
)
# A description naming someone by role: "The EU's top diplomat", "Brussels' top diplomat", "EU foreign-affairs chief".
_DESCRIBED_ROLE = (
    r"(?:[Tt]he\s+|[A-Z][\w.-]*(?:[’']s|s[’'])\s+|[A-Z][\w.-]*\s+(?=[a-z]))(?:[\w’'.-]+\s+){0,5}?"
    rf"{_ROLE_NOUN}"
)
# "Kallas on Ukraine's NATO membership: 'this is out of the question'": the topic is not the words.
_HEADLINE_ON = re.compile(
    # ... or a description: "EU foreign policy chief on guarantees for Kyiv: '...'"
    rf"^(?:(?P<speaker>[A-Z][\w’'.-]*?(?:\s+[A-Z][\w’'.-]*?){{0,2}})|(?P<described>{_DESCRIBED_ROLE}))"
    # ... his or her take on it ("Witkoff's take on the Berlin talks: '...'")
    r"(?:['’]s\s+(?:take|view|verdict|word|words|message|reaction|thoughts|line))?"
    rf",?\s+(?i:on)\s+(?P<topic>[^:\"“”„«]{{3,80}}):\s*"
    rf"(?P<content>[{_Q_OPEN}].+)$",
    re.S,
)
# "Trump's envoy Witkoff after the Berlin sit-down with Zelenskyy: 'a lot of progress was made'": a headline
# placing the words after an event (the event is when, not what was said); "Kallas at the Brussels press
# conference: '...'" places them only (where is not what was said either).
_HEADLINE_EVENT = re.compile(
    # ... after a possessive ("Trump's envoy") or a title ("EU foreign policy chief Kallas after ...")
    rf"^(?P<pre>[A-Z][\w.-]*(?:[’']s|s[’'])\s+(?:[a-z]+\s+){{0,2}}"
    rf"|(?:[A-Z][\w.-]*\s+)?(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE_NOUN}\s+)?"
    r"(?P<speaker>[A-Z][\w’'.-]*(?:\s+(?!(?i:today|yesterday|tonight)\b)[A-Z][\w’'.-]*){0,2}),?\s+(?:back\s+)?"
    # ... today: "Kaja Kallas TODAY after the EU foreign ministers' meeting: ..."
    r"(?:(?i:today|yesterday|tonight),?\s+)?"
    # ... speaking somewhere: "Kallas speaking in Brussels on Monday: ..."
    r"(?P<speaking>(?:speaking|talking|writing)\s+)?"
    # ... or answering one: "Kallas hits back at Zelensky's Berlin NATO offer: '...'"
    r"(?P<prep>after|following|ahead\s+of|before|during|at|in|(?:hits?|fires?|strikes?)\s+back\s+at"
    r"|(?:responds?|reacts?|replies)\s+to|answers)\s+"
    # Unquoted words after an event ("Kallas after Berlin talks: NATO umbrella the only guarantee"), not a place.
    rf"(?P<event>(?:[^:{_Q_OPEN}]|(?<=\w)['’](?=s\b)|(?<=\ws)['’](?=\s)){{3,100}}?)(?:\s*:|\s+[—–])\s*"
    rf"(?P<content>[{_Q_OPEN}].+|\w.+)$",
    re.S,
)
# "Kallas in Brussels on Dec. 15: content", "Zelensky on Monday, Dec. 15: content": a headline dating the words
# (and placing them); what follows the colon is the speaker's, quoted or not.
_HEADLINE_DATED = re.compile(
    rf"^(?P<speaker>{_SHORT_NAME})(?:\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)?"
    rf"(?:\s+on\s+|,\s*)(?:{_WEEKDAY}(?:,?\s+{_MONTH}\s+\d{{1,2}})?|{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})"
    r"(?:,?\s+\d{4})?"
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)?"
    # ... and after an event: "Kallas on Feb. 18, after the US-Russia talks in Saudi Arabia: ..."
    r"(?:,?\s+(?:after|following|ahead\s+of|before|during)\s+[^:“”\"]{3,80}?)?\s*:\s+(?P<content>\S.+)$",
    re.S,
)
# "The EU's top diplomat: content": a headline whose speaker is a description with a role noun.
_DESCRIBED_HEADLINE = re.compile(
    # "The EU's top diplomat:", "Brussels' top diplomat:", "EU foreign-affairs chief:"
    rf"^(?P<speaker>{_DESCRIBED_ROLE})\s*:\s+(?P<content>\S.+)$",
    re.S,
)
_ROLE_END = re.compile(rf"\b{_ROLE_NOUN}$")
# "Kallas to AFP: ...": a headline naming whom the words were said to.
_TOLD_HEADLINE = re.compile(
    rf"^(?P<speaker>{_SHORT_NAME})\s+to\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}|reporters|journalists|lawmakers|parliament|students|troops)"
    r"(?:\s*\([^()]{2,30}\))?\s*:\s+(?P<content>\S.+)$",  # "Kallas to AFP (Feb 27): ..."
    re.S,
)
# "'Out of the question': EU chief slams the door on Kyiv joining NATO": the quoted words first, then who
# said them and what the headline makes of them (the topic).
_QUOTE_FIRST = re.compile(
    rf"^(?P<content>[{_Q_OPEN}][^{_Q_CLOSE}]{{3,200}}[{_Q_CLOSE}])\s*[:,—–-]\s*"
    r"(?P<speaker>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}?)\s+"
    r"(?P<topic>(?:says|slams|admits|warns|insists|claims|declares|rejects|rules|tells|urges|vows|signals|hints"
    r"|concedes|confirms|denies|calls|dismisses|suggests|stresses|argues|explains|announces)\b.{3,200})$",
    re.S,
)
# "'Russia will try to divide us' - Kallas on the Berlin talks": the quoted words signed with a dash, as posts
# quote, perhaps with a title before the name ("- EU foreign policy chief Kaja Kallas") and followed by what they
# were about ("on ..."), when ("after ...", "reacting to ...", ", Feb 18"), to whom ("to AFP") and who the speaker
# is (", former Estonian PM").
_SIGNED_PREP = (
    r"on|about|after|following|before|during|ahead\s+of|(?:reacting|responding|replying)\s+to"
    r"|in\s+(?:response|reply|reaction)\s+to|answering|in|at|to|while|when"
)
_SIGNED_WHAT = r"[^,;\"“”]{2,120}?"
_SIGNED_OTHER = (
    rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{4}}|{_WEEKDAY}"
    rf"|(?:the\s+|a\s+)?(?:(?:former|ex-|then|current)\s*)?(?:[\w’'.-]+\s+){{0,4}}?(?:{_ROLE_NOUN}|PM|FM)"
    r"|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?(?=,|\s*[.!]?$)"  # a place: "- Kaja Kallas, Brussels, Dec. 15"
    # an occasion: "- Kaja Kallas, interview with AFP, Feb. 2025"
    # ... its place first: "- Kaja Kallas, Brussels press conference, 15 Dec 2025"
    r"|(?:an?\s+|her\s+|his\s+)?(?:[A-Z][\w’'.-]+\s+)?(?:interview|press\s+conference|presser|speech|briefing"
    r"|statement|post|tweet)"
    r"(?:\s+(?:with|to|in|at)\s+[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)?)?(?=,|\s*[.!]?$)"
)
_SIGNED_BY = (
    rf"(?:(?:[A-Z][\w’'.-]*(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE_NOUN}\s+)?"
    rf"(?P<speaker>{_NAME}|{_DESCRIPTION})"
)
_QUOTE_SIGNED = re.compile(
    rf"^(?P<content>[{_Q_OPEN}].{{3,400}}?[{_Q_CLOSE}])\s*[-–—―]{{1,2}}\s*{_SIGNED_BY}"
    rf"(?P<tail>(?:,?\s+(?:(?:{_SIGNED_PREP})\s+{_SIGNED_WHAT}|{_SIGNED_OTHER}))*)"
    r"\s*[.!]?$",
    re.S,
)
_SIGNED_PIECES = re.compile(rf",?\s+(?P<prep>{_SIGNED_PREP})\s+(?P<what>{_SIGNED_WHAT})(?=,|\s*[.!]?$)", re.S)


def _signed_tail(text: str) -> tuple[Span | None, Span | None]:
    """(topic, event) a signed quote's tail gives: "- Kallas on Ukraine, after the Berlin talks"."""
    m = _QUOTE_SIGNED.match(text)
    if m is None or not m.group("tail"):
        return None, None
    topic = event = None
    for piece in _SIGNED_PIECES.finditer(text, m.start("tail"), m.end("tail") + 1):
        prep = piece.group("prep").lower()
        if prep in ("on", "about") and topic is None:
            topic = Span(*piece.span("what"))
        elif prep not in ("in", "at", "to", "while", "when") and event is None:  # a place, a listener, a moment
            event = Span(*piece.span("what"))
    return topic, event


_HEADLINE = re.compile(
    r"^(?P<speaker>(?:(?:[A-Z][\w’'.-]*|foreign|policy|affairs|chief|top|diplomat|minister|president|prime"
    r"|envoy|secretary|spokes(?:man|woman|person)|former|special|defence|defense)\s+){0,5}"
    # ... perhaps with who the speaker is after the name: "Kallas, the EU's foreign policy chief: ..."
    rf"[A-Z][\w’'.-]*)(?:,\s+{_APPOSITIVE_ROLE})?\s*:\s+(?P<content>\S.+)$",
    re.S,
)
# "'content,' Name said." / "content, Name said." / "content, Kallas pointed out."
_POST_CUES = (
    r"said|says|claimed|claims|added|adds|noted|notes|wrote|writes|warned|warns|argued|argues|insisted|insists"
    r"|stressed|stresses|explained|explains|pointed out|points out|admitted|admits|acknowledged|acknowledges"
    r"|declared|declares|announced|announces|stated|states|told reporters|tweeted|posted"
    r"|cautioned|cautions|emphasi[sz]ed|emphasi[sz]es|maintained|maintains|conceded|concedes|suggested|suggests"
    r"|observed|observes|predicted|predicts|reminded reporters|believes|contended|contends"
    r"|confirmed|confirms|revealed|reveals|recalled|recalls|confessed|confesses|asserted|asserts"
    r"|retorted|retorts|countered|counters|shot\s+back|fired\s+back"
    # "..., Kallas told AFP."
    r"|(?:told|tells)\s+(?:journalists|the\s+press|(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)"
)
# After a cue that follows the words: where and when, perhaps more than one of them ("at a press conference in
# Brussels after a meeting"), and what the words were about ("'A lot of progress was made,' Witkoff said of the Berlin
# talks").
_POST_SETTING = (
    r"(?:\s+(?:on|in|at|during|last|this|earlier)\b[^;]{0,40}?"
    r"|\s+(?:after|before|following|ahead\s+of|amid|as|when|while)\b[^;\"“”]{3,100}?"
    r"|\s+(?:of|about)\s+(?:the|her|his|their|its|this|these|that|those|[a-z]+ing)\b[^;\"“”]{3,60}?){0,3}"
)
# The words first, then who said them: "'...,' Kallas said", "... , the EU's top diplomat warned".
_WORDS_FIRST = rf"^(?P<content>.+?)[,.]?[{_Q_CLOSE}]?,?\s+"
_SAID_POST = re.compile(
    rf"{_WORDS_FIRST}(?:(?P<speaker>{_NAME})\s+(?:(?:openly|publicly|privately|finally|quietly|flatly|bluntly)\s+)?"
    rf"(?P<cue>{_POST_CUES})"
    rf"|(?P<cue2>{_POST_CUES})\s+(?P<speaker2>{_NAME})){_POST_SETTING}\s*\.?$",
    re.S,
)

# "Ukraine's president has abandoned the NATO bid, he told reporters in Berlin": the words of the one they are about,
# named as their subject.
_PRONOUN_POST = re.compile(
    rf"^(?P<content>(?P<subject>{_DESCRIBED_ROLE}|{_NAME})\s.+?),\s+(?:he|she)\s+(?P<cue>{_POST_CUES}){_POST_SETTING}"
    r"\s*\.?$",
    re.S,
)
# "content, the EU's foreign policy chief cautioned." / "content, in Kallas's assessment.": a speaker named by
# description after the words, or the words given as the speaker's view.
_SAID_POST_DESCRIBED = re.compile(
    rf"{_WORDS_FIRST}(?P<speaker>{_DESCRIPTION})\s+(?P<cue>{_POST_CUES}){_POST_SETTING}\s*\.?$",
    re.S,
)
_VIEW_POST = re.compile(
    rf"^(?P<content>.+?),?\s+(?P<cue>in\s+(?:the\s+)?(?P<speaker>{_NAME})(?:[’']s|s[’'])\s+(?:assessment|view|opinion"
    rf"|words|judgement|judgment|estimation|telling|account))\s*\.?$",
    re.S,
)

# Capitalised words that start a sentence but are not speakers.
_NOT_SPEAKERS = frozenset(
    "It This That There He She They We I You The A An Experts Officials Reports Critics Some Many"
    # A question's auxiliary ("Did Kallas say ...?") is no part of a name.
    " Did Does Do Has Have Had Was Were Is Are"
    .split()
)
# Labels that open a headline with a colon without naming a speaker ("Breaking: ...").
_NOT_HEADLINE_SPEAKERS = frozenset(
    ["breaking", "update", "updated", "exclusive", "watch", "video", "photos", "opinion", "analysis", "live",
     "explainer", "fact check", "fact-check", "claim", "verdict", "editorial", "review", "interview", "correction",
     "note", "warning", "source", "sources", "report", "timeline", "q&a", "faq", "read more", "see also",
     "reminder", "remember", "recall", "context", "flashback", "throwback", "fyi", "psa", "thread", "fact", "facts",
     "recap", "new", "just in", "developing", "alert", "urgent", "latest", "now", "big", "huge", "wow", "shock",
     "shocking", "confirmed", "official", "it's official", "it’s official", "bombshell", "leaked", "revealed",
     "exposed",
     "headline", "post", "tweet", "caption", "chyron", "meme", "viral post", "screenshot", "radio", "tv", "audio",
     "podcast", "bulletin", "newsflash", "flash", "ticker", "on air", "top story", "headlines", "photo", "image",
     "picture", "graphic", "clip", "quote", "viral", "rumour", "rumor", "tip", "question", "lol"]
)  # fmt: skip
_TITLES = frozenset(
    "president prime minister chancellor senator sen. rep. representative governor gov. mr. mrs. ms. dr. pope "
    "king queen secretary general foreign defence defense chief spokesperson spokesman spokeswoman former vice "
    "mayor ambassador envoy special high commissioner leader premier fm pm mr mrs ms miss madam dr"
    .split()
)

# "This December", "in mid-December", "at her December press conference"
_MONTH_LEAD = r"(?i:in|this|last|during|early|late|mid-?|her|his|their|its)"
_DATES: tuple[tuple[re.Pattern[str], Granularity], ...] = (
    (re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"), Granularity.DAY),
    (
        re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"),
        Granularity.DAY,
    ),
    (
        re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})\b"),
        Granularity.DAY,
    ),
    (re.compile(rf"\b(?i:in|during|since|from)\s+(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})\b"), Granularity.MONTH),
    # "On Feb. 18": a day without a year. It is not resolved (no year is made up); ``month_day`` reads it.
    (re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})"), Granularity.DAY),
    # "In a December 2025 interview": a month and year anywhere in the frame.
    (re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<y>\d{{4}})\b"), Granularity.MONTH),
    # "This December, Kallas said": a month without a year, not resolved; ``yearless_month`` reads it.
    (re.compile(rf"\b{_MONTH_LEAD}\s*(?P<mon>{_MONTH})(?![\w.]|\s+\d)"), Granularity.MONTH),
    (re.compile(r"\b(?i:in|during|since)\s+(?P<y>(?:19|20)\d{2})\b"), Granularity.YEAR),
)
_RELATIVE = re.compile(
    rf"\b(?:on\s+{_WEEKDAY}|(?:this|last|past)\s+{_WEEKDAY}|yesterday|today|last\s+(?:week|month|year)"
    r"|this\s+(?:week|month|year)|over the weekend)\b"
    # "her Monday press conference", "on a Friday": the weekday alone (it is read as the day the words were said).
    rf"|(?:(?<=\bher\s)|(?<=\bhis\s)|(?<=\bthe\s)|(?<=\btheir\s)|(?<=\bon\sa\s)){_WEEKDAY}\b"
    r"(?=\s+(?:press|news|meeting|interview|briefing|remarks|speech|session|summit|visit|address|statement|talks)\b"
    r"|\s+(?:in|at)\s|[.,]|$)"
    # "after Monday's foreign ministers' meeting", "at Monday's Brussels presser": the day of the occasion
    rf"|\b{_WEEKDAY}(?=['’]s\s)"
    # "said Monday that ...": the weekday right after the cue, as news wires write it
    rf"|(?<=\bsaid\s)(?<!\w){_WEEKDAY}(?=\s+that\b|,)",
    re.I,
)

_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LETTER = re.compile(r"[^\W\d_]")
# Frequent function words of languages a news claim is likely to arrive in besides English.
_FOREIGN = frozenset(
    "der die das und ist nicht ein eine mit für auf sich dem den des auch les est une pas dans pour qui sur "
    "avec sont aux du des la le el los las que por para una es con del como pero más di il che non sono della "
    "per gli het een niet zijn van dat ook voor naar je na se ktory oraz jest nie są ni och att som för inte "
    "det är på"
    .split()
)


def parse_claim(
    text: str,
    said_by: str | None = None,
    on: date | None = None,
    settings: Settings | None = None,
    attributed: bool = True,
) -> Claim:
    """Understand ``text`` as a claim. ``said_by`` and ``on`` override the speaker and time it names;
    ``attributed`` False reads it whole as a plain statement, whoever it names as saying something.

    Raises ``QueryError`` for empty, oversized or non-English claims.
    """
    limit = (settings or Settings()).max_claim_chars
    if text is None or not text.strip():
        raise QueryError("the claim is empty; give the sentence to check, e.g. 'Kallas said Russia wants peace.'")
    if len(text) > limit:
        raise QueryError(
            f"the claim is {len(text):,} characters long; the limit is {limit:,} "
            "(max_claim_chars): check one statement at a time"
        )
    stripped = text.strip()
    _require_english(stripped)
    if len(tx.content_stems(stripped)) < 2:
        raise QueryError(
            "the claim has too little to check (fewer than two words that carry meaning); give the whole "
            "statement, e.g. 'Kallas said Russia wants peace.'"
        )

    whole: _Attribution = (None, None, None, Span(0, len(stripped)))
    speaker, speaker_span, cue, content_span = _tagged_attribution(stripped) if attributed else whole
    reflexive = _REFLEXIVE.search(speaker) if speaker else None
    if speaker and reflexive is not None and speaker_span is not None:
        # "The Ukrainian president himself called ...": the person, emphasised.
        speaker = speaker[: reflexive.start()]
        speaker_span = Span(speaker_span.start, speaker_span.start + len(speaker))
    if said_by is not None and said_by.strip():
        speaker, speaker_span = said_by.strip(), None
        if cue is None:
            cue = "said"
    content_span, unwrapped = _trim(stripped, content_span)
    addressed = _ADDRESSEE.match(stripped, content_span.start) if cue in ("urged", "urges") else None
    if addressed is not None:
        # "urged partners not to walk into its traps": whom she urged is the listener, not what was said.
        content_span = Span(addressed.end(), content_span.end)
    pointing = _SAID_THIS_TAIL.search(stripped, content_span.start, content_span.end) if speaker is not None else None
    if pointing is not None and pointing.end() >= content_span.end:
        # "Kallas said X. She said that on a Friday in Brussels ...": the second sentence tells when and where.
        content_span, unwrapped = _trim(stripped, Span(content_span.start, pointing.start() + 1))
    likening = _LIKENING_TAIL.search(stripped, content_span.start, content_span.end) if speaker is not None else None
    if likening is not None:
        # "..., likening that to offering concessions to Russia": what the words were likened to trails them.
        content_span, unwrapped = _trim(stripped, Span(content_span.start, likening.start()))
    trailing = _trailing_event(stripped, content_span) if speaker is not None else None
    if trailing is not None:
        # "Kallas warns 'Russia will try to divide us' in response to this week's talks": the event
        # is when, not what was said.
        content_span, unwrapped = _trim(stripped, Span(content_span.start, trailing[0]))
    content = content_span.of(stripped)
    if speaker is not None and not tx.content_stems(content):
        raise QueryError(
            f"the claim gives nothing of what {speaker} said (no word that carries meaning); give the words, "
            "e.g. 'Kallas said Russia wants peace.'"
        )
    quoted = (content,) if unwrapped else quoted_pieces(content)
    marks = tx.markers(content, content_span.start)
    kinds = {m.kind for m in marks}
    if MarkerKind.CONDITION in kinds:
        modality = Modality.CONDITIONAL
    elif MarkerKind.HEDGE in kinds:
        modality = Modality.HEDGED
    else:
        modality = Modality.FACT
    when = _given_date(on) if on is not None else _when(stripped, content_span, attributed=speaker is not None)
    # A time that cannot be placed ("this week", with no date to count from) leaves the event to do it.
    # A month alone ("in December") yields to an event that places the words more closely ("After the
    # Berlin talks in December").
    placed = when is not None and (when.resolved is not None or month_day(when) is not None)
    event = None if placed else _event(stripped, speaker_span) or (trailing[1] if trailing else None)
    if event is None and not placed and speaker_span is not None:
        # "Kallas said after the Berlin talks that ...": the event between the cue and the words.
        after = _CUE_EVENT.search(stripped, speaker_span.end, content_span.start + 1)
        event = Span(*after.span("event")) if after is not None and after.end() <= content_span.start + 1 else None
    when = None if event is not None else when
    entities = tuple(
        n
        for n in tx.names(content)
        if speaker is None or tx.name_key(n) not in {tx.name_key(p) for p in speaker.split()}
    )
    return Claim(
        text=stripped,
        content=content,
        content_span=content_span,
        speaker=speaker,
        speaker_span=speaker_span,
        cue=cue,
        quoted=quoted,
        when=when,
        modality=modality,
        negated=MarkerKind.NEGATION in kinds,
        numbers=tx.numbers(content),
        entities=entities,
        event=event,
        markers=marks,
        topic=_topic(stripped) if cue == ":" else None,
        remark=speaker is not None and said_by is None and _remark(_unlabelled(stripped)) is not None,
    )


# The listeners of an appeal ("urged partners", "urged EU member states"), before "(not) to".
_ADDRESSEE = re.compile(
    r"(?:(?:the|its|her|his|their|EU|European|Western|NATO)\s+)?(?:partners|allies|colleagues|members|member\s+states"
    r"|countries|leaders|governments|Europeans|West|Europe|capitals)\s+(?=(?:not\s+)?to\s)",
    re.I,
)


_LIKENING_TAIL = re.compile(r",\s+(?:likening|comparing)\s+(?:it|that|this|them|these)\s+to\b[^;]*$")
# A date in figures: "14/12/2025", "14.12.2025" (day first where the day is over 12; month first where that is), and
# "2025-12-14".
_FIGURE_DATE = re.compile(
    r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d\d)\b|\b(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b"
)
_DAY_FIRST = re.compile(
    r"\b(?P<d>[0-3]?\d)\s+(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?P<short>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w])(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
_MONTH_WORDS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")  # fmt: skip


def spelled_dates(text: str) -> str:
    """``text`` with its dates in figures written out ("14/12/2025" -> "December 14, 2025") and its days written
    before the month put after it ("17 December" -> "December 17"); one that could be either day first or month
    first ("03/04/2025") is left as it is."""

    def spell(m: re.Match[str]) -> str:
        if m.group("iy"):
            year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            if a > 12 >= b:
                day, month = a, b
            elif b > 12 >= a:
                day, month = b, a
            else:
                return m.group(0)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group(0)
        return f"{_MONTH_WORDS[month - 1]} {day}, {year}"

    def month_first(m: re.Match[str]) -> str:  # "17 December 2025" -> "December 17, 2025"
        year = f", {m.group('y')}" if m.group("y") else ""
        short = m.group("short")
        month = next(w for w in _MONTH_WORDS if w.startswith(short[:3])) if short else m.group("month")
        return f"{month} {int(m.group('d'))}{year}"

    return _DAY_FIRST.sub(month_first, _FIGURE_DATE.sub(spell, text))


COMMENT_WORDS = 3  # the most words of a short sentence after a claim that only comments on it ("Huge news!")


# Words a post shouts in capitals that are no initials: verbs and small words ("Kallas ADMITS", "Zelensky DROPS
# Ukraine's NATO bid", "DID provoke", "will NOT").
_SHOUTABLE = frozenset(
    "admits admitted confirms confirmed slams slammed blasts blasted drops dropped abandons abandoned betrays betrayed "
    "caves caved gives gave says said rejects rejected refuses refused wants wanted demands demanded backs backed "
    "blocks blocked agrees agreed signs signed collapses collapsed ends ended quits quit ditches ditched surrenders "
    "surrendered threatens threatened warns warned calls called sells sold lies lied accepts accepted "
    "will would won't can't cannot not never did didn't does doesn't do don't is isn't are aren't was wasn't were has "
    "have had no all every only just really officially finally over done dead real fake false true never ever "
    "legally binding two three four five six ten troops deal peace war".split()
)
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z’']+[A-Z]\b|\b[A-Z]{2}\b")


def unshouted(text: str) -> str:
    """``text`` with the verbs and small words a post shouts in capitals written small ("Kallas ADMITS it" -> "Kallas
    admits it"); initials and names in capitals ("NATO", "KALLAS") stay."""
    return _CAPS_WORD.sub(lambda m: m.group(0).lower() if m.group(0).lower() in _SHOUTABLE else m.group(0), text)


LABEL_WORDS = 8  # the most words of a post's opening phrase that an emoji parts from the claim like a colon
# Pictographs a post decorates a claim with ("🚨", "🇺🇦", "🕊️", "✅"): no words of it.
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3]+")


def without_emoji(text: str) -> str:
    """``text`` without the pictographs a post decorates it with ("... was 'vanishingly thin' 📉", "Canada 🇨🇦 and
    Japan 🇯🇵")."""
    first = _EMOJI.search(text)
    if first is None:
        return text
    # One after a short opening phrase, before a new sentence, parts them as a colon would ("Good news 🕊️ Moscow has
    # agreed ..." -> "Good news: Moscow has agreed ...").
    lead, rest = text[: first.start()].rstrip(), text[first.end() :].lstrip()
    if 0 < len(tx.words(lead)) <= LABEL_WORDS and lead[-1].isalnum() and rest[:1].isupper():
        text = f"{lead}: {rest}"
    return " ".join(_EMOJI.sub(" ", text).split())


# A thread's numbering: "Thread 1/ ...", "1/ ... 2/ ...".
_THREAD_MARK = re.compile(r"(?:^\W*|(?<=[.!?:]\s))(?i:thread\s*:?\s*)?\d{1,2}\s*/\s*\d{0,2}(?=\s)")


def without_thread_marks(text: str) -> str:
    """``text`` without a thread's numbering ("Thread 1/ Russia has wanted ..." -> "Russia has wanted ...")."""
    if not _THREAD_MARK.search(text):
        return text
    return " ".join(_THREAD_MARK.sub(" ", text).split())


SHOUTED_SHARE = 0.8  # the least share of a claim's letters in capitals that makes it shouted whole (a chyron)
_SHOUTED_WORD = re.compile(r"[A-Z][A-Z.]*(?:-[A-Z]+)*(?P<owner>['’][A-Z]+)?")
_SEGMENT_START = re.compile(r"(?:^|:\s+)[^\w]*\w")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?:[A-Z]\.?)+")  # "U.S.", "U.K."
_SHORT_WEEKDAYS = frozenset(["mon", "tue", "tues", "thu", "thur", "thurs", "fri"])
_PLACED = re.compile(r"\b(?:in|at|from)\s+$", re.I)  # before a place: "in Strasbourg"
_LOOK_BACK = 12  # characters before a word read for what comes right before it ("in ", ". ")
_COMMON_END = re.compile(r"(?:ing|ed|ly|ion|ions|ive|ous|ful|less|ment|ments|ness|ity|ize|ise|ise[sd]|ize[sd]|ers?|s)$")


def shouted(text: str) -> bool:
    """Whether ``text`` is written in capitals throughout, as a chyron or a shouted post ("ZELENSKYY: CANADA AND
    JAPAN REFUSE ...")."""
    letters = [c for c in text if c.isalpha()]
    return len(tx.words(text)) >= 3 and sum(c.isupper() for c in letters) >= SHOUTED_SHARE * len(letters)


def _written(word: str, texts: Sequence[str]) -> list[tuple[str, bool, str]]:
    """Each time ``texts`` write ``word``: as written, whether it opens a sentence, and the text after it."""
    pattern = re.compile(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", re.I)
    return [
        (m.group(0), text[: m.start()].rstrip(" \"“‘'([")[-1:] in {"", ".", "!", "?", ":"}, text[m.end() :])
        for text in texts
        for m in pattern.finditer(text)
    ]


def _cased(word: str, texts: Sequence[str]) -> str:
    """``word`` written as the corpus writes it inside its sentences: capitalised ("Kallas"), in capitals ("NATO")
    or small ("peace", and any word the corpus does not write inside a sentence)."""
    forms = {"upper": 0, "title": 0, "lower": 0}
    for found, opening, _ in _written(word, texts):
        letters = [c for c in found if c.isalpha()]
        upper = len(letters) > 1 and found.isupper()
        if not upper and opening:
            continue  # a sentence's first word is capitalised whatever it is (in capitals, it is initials)
        form = "upper" if upper else "title" if found[0].isupper() else "lower"
        forms[form] += 1
    best = max(forms, key=lambda k: (forms[k], k == "lower"))
    if forms[best] == 0 or best == "lower":
        return word.lower()
    return word.upper() if best == "upper" else word[0].upper() + word[1:].lower()


_SHOUTED_LEAD = re.compile(r"^(?P<lead>[^:—–a-z]{8,120}?)\s*(?=[:—–]\s*\S)")


def truecased(text: str, texts_with: Callable[[str], Sequence[str]]) -> str:
    """A claim shouted in capitals throughout written as the corpus writes its words ("EUROPE WILL DEPLOY
    PEACEKEEPERS TO UKRAINE — KALLAS" -> "Europe will deploy peacekeepers to Ukraine — Kallas"), initials kept, each
    segment (after a label's colon) opening with a capital, a word the corpus lacks capitalised only after "in", "at"
    or "from" (a place); ``texts_with`` gives sentences holding a word. A claim written small from its first letter
    ("witkoff said ...", "zelenskyy talked in berlin") has the words the corpus capitalises capitalised. Any other
    claim is returned as written."""
    lead = _SHOUTED_LEAD.match(text)
    if lead is not None and not shouted(text) and shouted(lead["lead"]):
        # "KALLAS REACTS TO BERLIN TALKS: 'Russia will try to divide us'": the shouted headline before the words.
        return truecased(lead["lead"], texts_with) + text[lead.end("lead") :]
    if not shouted(text):
        if title_cased(text):
            return _title_recased(text, texts_with)
        return _small_recased(text, texts_with) if text[:1].islower() else _names_recased(text, texts_with)
    read: dict[str, Sequence[str]] = {}  # each word asked of the corpus once

    def recase(m: re.Match[str]) -> str:
        owner = m.group("owner") or ""
        word = m.group(0)[: len(m.group(0)) - len(owner)]
        key = word.lower().strip(".")
        if _INITIALS.fullmatch(word):
            cased = word
        elif key in tx.MONTH_WORDS or key in _SHORT_WEEKDAYS or tx.WEEKDAY.fullmatch(word):
            cased = word.capitalize()
        elif key in tx.STOPWORDS and key != "us":
            cased = word.lower()
        else:
            texts = read[key] if key in read else read.setdefault(key, texts_with(key))
            cased = _cased(word, texts)
            placed = _PLACED.search(text[max(0, m.start() - _LOOK_BACK) : m.start()])
            if not texts and (placed or not _COMMON_END.search(key)):
                cased = word.capitalize()  # a place or name the corpus does not know: "IN STRASBOURG", "MADRID"
        return cased + owner.lower()

    out = _SHOUTED_WORD.sub(recase, text)
    return _SEGMENT_START.sub(lambda m: m.group(0)[:-1] + m.group(0)[-1].upper(), out)


HEADLINE_SHARE = 0.75  # the least share of a claim's longer words capitalised that makes it a headline in title case
_LONGER_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")
_TITLE_WORD = re.compile(r"(?<![\w.@/-])[A-Z][a-z’'-]+\b")


def title_cased(text: str) -> bool:
    """Whether ``text`` is a headline in title case ("EU's Kallas Compares Offering Concessions to Russia to ...")."""
    longer = _LONGER_WORD.findall(text)
    titled = sum(w[0].isupper() for w in longer)
    return len(longer) >= 4 and titled >= HEADLINE_SHARE * len(longer)


def _title_recased(text: str, texts_with: Callable[[str], Sequence[str]]) -> str:
    """A headline in title case with its words written as the corpus writes them ("Compares Offering Concessions" ->
    "compares offering concessions"); a word the corpus lacks is written small only where it ends as common words do,
    and the first word stays as written."""
    read: dict[str, str] = {}

    def recase(m: re.Match[str]) -> str:
        word = m.group(0)
        key = word.lower()
        before = text[max(0, m.start() - _LOOK_BACK) : m.start()]
        if m.start() == 0 or re.search(r"[.!?:]\s+$", before):
            return word  # a sentence's first word
        if key in tx.MONTH_WORDS or key in _SHORT_WEEKDAYS or tx.WEEKDAY.fullmatch(word):
            return word  # "In May": a month, not "may"
        if key in tx.STOPWORDS:
            return key
        if key not in read:
            texts = texts_with(key)
            read[key] = _cased(word, texts) if texts else ""
        if read[key]:
            return read[key]
        # a word the corpus lacks: a name or place unless it ends as common words do ("Compares", "Asking")
        return word if _PLACED.search(before) or not _COMMON_END.search(key) else key

    out = _TITLE_WORD.sub(recase, text)
    return _SEGMENT_START.sub(lambda m: m.group(0)[:-1] + m.group(0)[-1].upper(), out)


_SMALL_WORD = re.compile(r"(?<![\w.@/-])[a-z][a-z’'-]{2,}(?![\w@/-]|\.\w)")


_TITLE_GOES_ON = re.compile(r"\s+[A-Z0-9]")  # "Member | States", "Article | 5": the word is part of a longer name
NAME_SEEN = 1  # the fewest times the corpus must write a word capitalised inside a sentence, and never small


def _names_recased(text: str, texts_with: Callable[[str], Sequence[str]]) -> str:
    """A claim written with capitals where it opens, with the names it writes small ("Kallas was estonia's prime
    minister") capitalised: only words the corpus writes capitalised inside its sentences, at least ``NAME_SEEN``
    times, never small and not as part of a title ("Member States"); and a word the corpus lacks after "in" that ends
    a phrase, as a town ("in paris on Dec 8")."""

    read: dict[str, Sequence[str]] = {}  # each word asked of the corpus once

    def recase(m: re.Match[str]) -> str:
        word = re.sub(r"['’]s$", "", m.group(0))
        if word in tx.STOPWORDS or len(word) < 3:
            return m.group(0)
        texts = read[word] if word in read else read.setdefault(word, texts_with(word))
        # Inside a sentence, and ending what it names ("Member States", "Prime Minister Kallas" are titles).
        written = _written(word, texts)
        inside = [found for found, opening, after in written if not (opening or _TITLE_GOES_ON.match(after))]
        capitalised = sum(1 for f in inside if f[:1].isupper())
        # ... or a town the corpus does not know, after "in" and ending a phrase: "at the élysée palace in paris on
        # Dec 8" (not "in late February", "in lieu of", "in earnest")
        placed = (
            not texts
            and re.search(r"\bin\s+$", text[max(0, m.start() - _LOOK_BACK) : m.start()], re.I) is not None
            and not word.endswith("ly")
            and re.match(r"\s*(?:[,.;:!?]|$|(?:on|and|with|to|after|before|during|last|this|for)\b)", text[m.end() :])
            is not None
        )
        named = capitalised >= NAME_SEEN and capitalised == len(inside)
        return m.group(0)[0].upper() + m.group(0)[1:] if named or placed else m.group(0)

    return _SMALL_WORD.sub(recase, text)


def _small_recased(text: str, texts_with: Callable[[str], Sequence[str]]) -> str:
    """A claim written small throughout with the names in it capitalised as the corpus writes them, and its first
    letter ("witkoff said ..." -> "Witkoff said ...")."""
    read: dict[str, str] = {}  # each word asked of the corpus once

    def recase(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in tx.STOPWORDS:
            return word
        if word not in read:
            read[word] = _cased(word, texts_with(word))
        cased = read[word]
        return cased if cased[:1].isupper() else word

    out = _SMALL_WORD.sub(recase, text)
    return out[0].upper() + out[1:]


# A chyron naming its speaker with a dash: first ("KALLAS — EUROPE HAS ABANDONED ...") or last ("EUROPE WILL DEPLOY
# PEACEKEEPERS — KALLAS", "TALKS TO RESUME MONDAY — U.S. ENVOY WITKOFF CONFIRMS"), perhaps with a title and a cue.
_DASH_FIRST = re.compile(rf"^(?P<who>{_SHORT_NAME})\s+[—–]\s+(?P<content>\w.{{8,}})$", re.S)
_DASH_LAST = re.compile(
    rf"^(?P<content>[^—–:{_Q_OPEN}][^—–:]{{8,}}?)\s+[—–]\s+"
    rf"(?P<who>(?:(?:[A-Z][\w.’'-]*(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE_NOUN}\s+)?{_SHORT_NAME}?)"
    r"(?:\s+(?:says|said|confirms|confirmed|warns|warned|insists|insisted|claims|claimed|admits|admitted"
    r"|tells\s+[A-Z][\w.&-]*|told\s+[A-Z][\w.&-]*))?\s*[.!]?$",
    re.S,
)


# A timeline's entry: "December 15, 2025 – Kallas, Brussels: ...", "15 Dec 2025 — Kallas: ...".
_TIMELINE = re.compile(
    rf"^(?P<date>(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?|\d{{4}}-\d\d-\d\d)"
    rf"\s*[—–-]\s*(?P<who>{_SHORT_NAME})(?:,\s*(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?\s*:\s*(?P<content>\S.+)$",
    re.S,
)


# "Kallas, Monday, Brussels: '...'": a known speaker, then when and where, then the words.
_SIGNED_SETTING = re.compile(
    rf"^(?P<who>{_SHORT_NAME}),\s*(?P<a>[A-Z][\w.]*(?:\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?)"
    rf"(?:,\s*(?P<b>[A-Z][\w.’'-]*(?:\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?))?\s*:\s*(?P<content>\S.+)$",
    re.S,
)


def _setting_of(pieces: Sequence[str]) -> str | None:
    """ "on Monday in Brussels" from ("Monday", "Brussels"): one piece a day or date, the other (if any) a place; None
    otherwise (no time, two times or two places)."""
    when = [p for p in pieces if tx.WEEKDAY.fullmatch(p) or re.match(rf"{_MONTH}\s+\d", p) or p == "Today"]
    where = [p for p in pieces if p not in when]
    if len(when) != 1 or len(where) > 1:
        return None
    on = "today" if when[0] == "Today" else f"on {when[0]}"
    return f"{on} in {where[0]}" if where else on


def timeline_entry(text: str, known: Callable[[str], bool]) -> str:
    """A timeline's entry naming a known speaker (``known``: a person of the corpus), read as what they said where and
    when: "December 15, 2025 – Kallas, Brussels: it is up to Ukrainians" -> "Kallas said in Brussels on December 15,
    2025 that it is up to Ukrainians"; "Kallas, Monday, Brussels: '...'" -> "Kallas said on Monday in Brussels that
    '...'"."""
    signed = _SIGNED_SETTING.match(text)
    if signed is not None and known(signed["who"].split()[-1]):
        setting = _setting_of([p for p in (signed["a"], signed["b"]) if p])
        if setting is not None:
            return f"{signed['who']} said {setting} that {signed['content']}"
    m = _TIMELINE.match(text)
    if m is None or not known(m.group("who").split()[-1]):
        return text
    where = f" in {m.group('place')}" if m.group("place") else ""
    return f"{m.group('who')} said{where} on {m.group('date')} that {m.group('content')}"


def dash_signed(text: str, known: Callable[[str], bool]) -> str:
    """A chyron naming a known speaker (``known``: a person of the corpus) with a dash, read as a headline "X: ...":
    "Europe will deploy peacekeepers to Ukraine — Kallas" as "Kallas: Europe will deploy peacekeepers to Ukraine"
    (a label before it stays: "Live: Kallas — ..." as "Live: Kallas: ...")."""
    skip = _label_end(text)
    body = text[skip:]
    m = _DASH_FIRST.match(body) or _DASH_LAST.match(body)
    if m is None or not known(m.group("who").split()[-1]):
        return text
    return f"{text[:skip]}{m.group('who')}: {m.group('content').strip()}"


# How a reader passing on a claim opens it: "I read that", "Apparently", "Someone on Telegram says", "Pretty sure".
_HEARSAY = re.compile(
    r"^\W*(?:"
    r"(?:I\s+(?:have\s+|'ve\s+)?(?:read|heard|saw|seen|was\s+told)|(?:I\s+)?heard|saw)(?:\s+(?:somewhere|online|on\s+\w+))?"
    r"|(?:I['’]?m\s+|I\s+am\s+)?(?:pretty|fairly|quite)\s+sure"
    r"|(?:someone|somebody|people|everyone|a\s+friend|my\s+\w+|a\s+(?:post|video|tweet))(?:\s+(?:on|at|in|from)\s+\w+)?"
    r"\s+(?:says|said|claims|claimed|posted|told\s+me|is\s+saying|are\s+saying|shared)"
    r"|apparently|reportedly|supposedly|so(?=\s+[A-Z])|(?:so\s+)?basically"
    # ... or carries on a thread: "And Zelensky said ...", "Even Kallas said ...", "Lol, the talks ...", "Funny how ..."
    r"|(?:and|but|even|also|ok|okay|wait|well)(?-i:(?=[\s,]+[A-Z]))|lol|lmao|(?:funny|interesting|strange|ironic)\s+how"
    # ... or a speaker turns to the audience: "Folks, ...", "Listen: ...", "Let's not forget that ..."
    r"|(?:folks|friends|listen|look|ladies\s+and\s+gentlemen|make\s+no\s+mistake|let['’]s\s+be\s+clear"
    r"|remember|translation|in\s+other\s+words|tl;?dr|bottom\s+line|colleagues|citizens"
    # ... or a writer's comment on what follows: "Remarkably, ...", "Tellingly, ..."
    r"|remarkably|notably|tellingly|interestingly|crucially|importantly|significantly|regrettably|unfortunately"
    r"|fortunately|ironically|predictably|unsurprisingly|strikingly"
    r"|(?:my|dear)\s+(?:friends|colleagues)|fellow\s+[a-z]+|(?:mr\.?|madam)\s+(?:speaker|president)"
    # ... or a speaker vouches for what follows: "This is not my opinion:", "Whatever anyone says, ..."
    r"|(?:this|that|it)\s+is\s+not\s+(?:just\s+|only\s+)?(?:my|an|a\s+personal)\s+(?:opinion|view|word)"
    r"|(?:here|these)\s+are\s+the\s+facts|the\s+facts\s+are\s+(?:clear|simple|these)"
    r"|whatever\s+(?:anyone|anybody|they|you|some|others|people|the\s+\w+)\s+(?:says?|claims?|tells?\s+you)"
    r"|say\s+what\s+you\s+(?:will|like)|like\s+it\s+or\s+not"
    r"|let['’]s\s+be\s+(?:honest|clear|frank|precise)(?:\s+about\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
    r")(?=\s*[,:])|(?:let['’]s\s+not\s+forget|let\s+us\s+not\s+forget|lest\s+we\s+forget|don['’]t\s+forget"
    r"|never\s+forget|let\s+(?:me|us)\s+remind\s+(?:you|everyone|us|the\s+\w+|this\s+\w+)(?:\s+(?:all|again))?"
    r"|(?:let\s+us\s+|let['’]s\s+)?(?:recall|remember)|(?:we\s+should|we\s+must)\s+(?:not\s+forget|remember)"
    r"|it\s+is\s+(?:a\s+matter\s+of\s+record|on\s+record|worth\s+recalling|worth\s+remembering))"
    r"(?=\s*[,:]|\s+that\b)"
    # ... or passes on what a reader sent in: "Reader says ...", "A viewer claims ..."
    r"|(?:a\s+|one\s+|our\s+)?(?:reader|viewer|listener|caller|user|commenter|follower|subscriber)s?"
    r"\s+(?:says|said|claims|claimed|writes|wrote|asks|asked|insists|tells\s+us|told\s+us)"
    # ... or names an unnamed claimant, as a fact-checker's summary does: "A Facebook post claims ...", "A Telegram
    # channel reported that ...", "A Ukrainian MP wrote on Telegram that ..."
    r"|(?:an?|one)\s+(?:[\w’'-]+\s+){0,3}?(?:post|video|tweet|clip|channel|meme|page|account|blog|site|aggregator|MP"
    r"|lawmaker|influencer|commentator|message|thread|graphic|headline)(?:\s+(?:on|in|from)\s+[\w.]+)?"
    r"\s+(?:claims|claimed|says|said|reported|reports|wrote|writes|alleges|alleged|states|stated|suggests|suggested"
    r"|shared|posted)(?:\s+on\s+[\w.]+)?"
    # ... or names where a claim goes round: "Claim circulating on Facebook: ...", "Post going round Telegram:"
    r"|(?:(?:a|this|the)\s+)?(?:viral\s+)?(?:claim|post|rumou?r|story|meme|message|video|photo|image|screenshot)"
    r"\s+(?:circulating|going\s+(?:a)?round|doing\s+the\s+rounds|making\s+the\s+rounds|spreading|shared|trending)"
    r"(?:\s+(?:on|in|across)\s+[\w.]+(?:\s+and\s+[\w.]+)?)?"
    # ... or reminds a thread of it: "Reminder that ...", "PSA:", "For the people asking: yes, ..."
    r"|(?:friendly\s+|quick\s+)?reminder|PSA|FYI|TIL|fun\s+fact"
    r"|for\s+(?:the\s+)?(?:people|those|folks|everyone|anyone)\s+asking\s*:?(?:\s+yes\b)?"
    # ... or a career's step before the main clause: "Before becoming the EU's top diplomat, Kallas was ..."
    r"|(?:before|after|until|prior\s+to)\s+(?:becoming|joining|taking|moving|serving|leaving)\b[^,;:\"“”]{3,80},"
    # ... or what the speaker drew on, which is no time or place of the words: "Drawing on the experience of 11
    # September 2001, Kallas likened ..."
    r"|(?:drawing\s+on|invoking|in\s+reference\s+to|with\s+reference\s+to)\b[^,;:\"“”]{3,80},"
    # ... or names where it was read first: "source: kp.ru — ..."
    r"|(?:source|via)\s*:\s*[\w.@/-]+(?:\s+[\w.@/-]+)?\s*[—–-]"
    r")(?:\s+that)?\s*[,:]?\s+(?=\S)",
    re.I,
)


# A reader's letter framing what follows with the writer's own voice: "I was relieved to read that ...", "Let me remind
# your columnist that ...", "As a Ukrainian, I note that ...", "Surprise, surprise: ...".
_READERS_VOICE = re.compile(
    r"^\W*(?:"
    r"I\s+(?:was|am|['’]m)\s+(?:(?:so|very|quite|really|genuinely|frankly|not)\s+)?(?:relieved|shocked|baffled"
    r"|surprised|glad|pleased|saddened|dismayed|appalled|stunned|amazed|horrified|happy|sorry|disappointed|astonished"
    r"|delighted|heartened|alarmed|troubled|disgusted|interested|struck|puzzled|outraged|angered|amused)"
    r"(?:\s+to\s+(?:read|see|hear|learn|note|discover|find|say|report)|(?=\s+that\b)|(?=\s*[,:!]))"
    r"|I\s+(?:can\s+(?:hardly|barely|scarcely)|cannot|can['’]t)\s+believe\s+(?:it|this|my\s+eyes)"
    r"|(?:let\s+me|may\s+I|I\s+(?:would|must|should)(?:\s+like\s+to)?|allow\s+me\s+to)\s+(?:remind|tell)"
    r"(?:\s+(?:your|the|our|this|my)\s+[\w’'-]+|\s+(?:readers|everyone|you))"
    r"|(?:let\s+me|may\s+I|I\s+(?:would|must|should)(?:\s+like\s+to)?|allow\s+me\s+to)\s+(?:point\s+out|note|add"
    r"|stress|recall)"
    r"|as\s+(?:a|an|someone|somebody|one)\b(?!\s+(?:result|matter|rule|whole|consequence|reminder)\b)"
    r"[^,;:\"“”]{2,80},\s+I\s+(?:(?:would|must|should|can|have\s+to)\s+)?"
    r"(?:note|noticed?|say|point\s+out|add|observe|stress|recall)"
    r"|surprise,?\s+surprise|news\s?flash|get\s+this|guess\s+what|believe\s+it\s+or\s+not|to\s+be\s+fair"
    # an explainer's lead: "Here's what we know:", "The bottom line:"
    r"|here['’]s\s+what\s+we\s+know(?:\s+so\s+far)?|what\s+we\s+know(?:\s+so\s+far)?|(?:the\s+)?bottom\s+line"
    # a chat's lead: "fyi", "heads up —", "ICYMI:", "PSA:"
    r"|fyi|heads\s+up(?:\s*[—–-])?|icymi|psa|btw"
    # "Don't take my word for it: ...", "Read that again: ...", "Let that sink in:"
    r"|(?:don['’]t|do\s+not)\s+take\s+my\s+word\s+for\s+it|read\s+(?:that|it)\s+again|let\s+that\s+sink\s+in"
    # ... or grants a point before making one: "For all the criticism he gets, ...", "At least Moscow has ..."
    r"|for\s+all\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?[a-z][^,;:\"“”]{2,60}(?=,)|at\s+least(?-i:(?=\s+[A-Z]))"
    r")(?:\s+that)?\s*[,:!]?\s+(?=\S)",
    re.I,
)


# A wire story's dateline: "BRUSSELS (Reuters) - ", "LONDON, Dec 8 (Reuters) - " (where and when it was filed).
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*\([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}\)\s*[-–—]+\s+(?=\S)"
)
# A speaker pointing to a date: "Mark the date, 14 December 2025: in Berlin ..." (what happened on it).
_MARK_DATE = re.compile(
    r"^\W*(?i:mark|note|remember)\s+(?:the|this)\s+date\s*[,:—–-]?\s*(?P<date>[^:;\n]{4,30}?)\s*[:—–]\s*(?=\S)"
)
# A speaker's words said to go round: "Kallas quote going round Telegram: ..." (read as "Kallas: ...").
_GOING_ROUND = re.compile(
    rf"^(?P<who>{_SHORT_NAME})(?:['’]s?)?\s+(?:quote|line|remark|words|comment)s?\s+(?:circulating|going\s+(?:a)?round"
    r"|doing\s+the\s+rounds|making\s+the\s+rounds|spreading|shared|trending)(?:\s+(?:(?:on|in|across)\s+)?[\w.]+)?\s*:\s*"
    r"(?=\S)"
)


# "Russia, according to Kallas, is on the brink of collapse": the source between commas inside the claim.
_ACCORDING_INSIDE = re.compile(
    r"^(?P<a>[^,;:\"“”]{2,80}?),\s+(?P<source>(?i:according\s+to|per)\s+[^,;:\"“”]{2,80}?),\s+(?P<b>[a-z].+)$", re.S
)


# "Kallas did call the claim ...", "Zelensky does say ...": the stress on a verb of saying, which says it.
_EMPHATIC = re.compile(
    r"\b(?:did|does|do)\s+(?P<verb>say|call|tell|admit|warn|claim|argue|insist|describe|compare|concede|acknowledge)\b"
)
# "said plainly that", "stated clearly:": the manner after the verb of saying, which says it.
_SAID_PLAINLY = re.compile(
    r"\b(?P<verb>said|says|stated|states|wrote|writes|declared|declares|admitted|admits|warned|warns|told\s+\w+)\s+"
    r"(?:plainly|clearly|explicitly|bluntly|openly|flatly|unambiguously|publicly|categorically|firmly|frankly"
    r"|unequivocally|outright)(?=\s+that\b|[:,]?\s*[“\"‘'])"
)


_SHOUTED_SELF = re.compile(r"\b(?:HIMSELF|HERSELF|THEMSELVES|ITSELF)\b")


def without_stress(text: str) -> str:
    """``text`` with a stressed verb of saying written plainly: "Kallas did call it untrue" -> "Kallas called it
    untrue" ("did not call" is a denial and stays), "said plainly that" -> "said that"."""

    def plain(m: re.Match[str]) -> str:
        verb = m.group("verb")
        if m.group(0).startswith("does"):
            return {"say": "says", "tell": "tells"}.get(verb, verb + "s")
        if re.match(r"do\s", m.group(0)):
            return verb  # "they do say"
        return _past_of(verb)  # "admitted", "compared"

    text = _SHOUTED_SELF.sub(lambda m: m.group(0).lower(), text)  # "Zelenski HIMSELF called ..."
    return _SAID_PLAINLY.sub(lambda m: m["verb"], _EMPHATIC.sub(plain, text))


def source_first(text: str) -> str:
    """A claim naming its source between commas inside it, with the source first: "Russia, according to Kallas, is
    on the brink of collapse" -> "According to Kallas, Russia is on the brink of collapse"."""
    m = _ACCORDING_INSIDE.match(text)
    if m is None:
        return text
    source = m.group("source")
    return f"{source[0].upper()}{source[1:]}, {m.group('a')} {m.group('b')}"


def without_hearsay(text: str) -> str:
    """``text`` without the words a reader passing the claim on opens it with ("I read that Kallas admitted ...",
    "Someone on Telegram says ...", "Apparently ..."), or a wire story's dateline: what is claimed is what follows.
    Words said to go round are the speaker's ("Kallas quote going round Telegram: ..." -> "Kallas: ...")."""
    dateline = _DATELINE.match(text)
    if dateline is not None and len(tx.words(text[dateline.end() :])) >= 3:
        text = text[dateline.end() :]
    going = _GOING_ROUND.match(text)
    if going is not None:
        return f"{going.group('who')}: {text[going.end():]}"
    marked = _MARK_DATE.match(text)
    if marked is not None:
        text = f"On {marked['date']}, {text[marked.end():]}"
    for _ in range(2):  # "Colleagues, this is not my opinion: ..."
        m = _HEARSAY.match(text) or _READERS_VOICE.match(text)
        if m is None or len(tx.words(text[m.end() :])) < 3:
            return text
        rest = text[m.end() :]
        text = rest[0].upper() + rest[1:]
    return text


# A tip asking whether the claim is true: "Is it true (that) X? Thats what I read."
_TRUE_THAT = re.compile(
    r"^\W*(?i:(?:is|isn['’]t)\s+it\s+(?:really\s+)?(?:true|right|correct|a\s+fact|the\s+case)|true\s+or\s+(?:not|false))"
    # (a guest asked by name or title: "Isn't it true, Minister, that ...")
    r"(?:,\s+(?:[A-Z][\w.’'-]*\s*){1,3},)?(?:\s+that)?\s*,?\s+"
    r"(?P<claim>[^?]{8,}?)\s*\?+\s*(?P<after>[^?]*)$",
    re.S,
)


def asserted(text: str) -> str:
    """A tip that asks whether a claim is true, as the claim: "Is it true the Berlin meeting went on for about five
    hours? Thats what I read." -> "The Berlin meeting went on for about five hours." (what follows the question is
    the tipster's comment)."""
    m = _TRUE_THAT.match(text)
    if m is None or len(tx.words(m.group("after"))) > COMMENT_VOICE:
        return text
    claim = m.group("claim")
    return claim[0].upper() + claim[1:] + "."


# "Kallas let it slip: ...", "Kallas ADMITS it: ...": a post's way of introducing what the speaker said.
_SAID_IT = re.compile(
    rf"^(?P<name>{_SHORT_NAME})\s+(?i:(?:(?:finally|just|now)\s+)?"
    r"(?:let\s+it\s+slip|(?:admits|admitted|says|said|confirms|confirmed|spells|spelled|puts|put|gives|gave)\s+it"
    r"(?:\s+(?:out|plainly|away|bluntly))?"
    # A headline's verb, perhaps with a few words of its own: "Kallas ADMITS: ...", "Kallas CONFIRMS it's Kyiv's call:
    # '...'", "Kallas sides with Trump: ...".
    r"|(?:admits|admitted|confirms|confirmed|concedes|conceded|warns|warned|insists|insisted|reveals|revealed"
    r"|declares|declared|vows|vowed|sides\s+with\s+[\w’'.-]+)(?:\s+[^:“\"‘]{1,40}?)?))\s*:\s*(?=\S)"
)
# "Zelensky's own words: ...", "In Kallas's words: ...": the speaker's words after a colon.
_OWN_WORDS = re.compile(
    rf"^(?i:in\s+)?(?P<name>{_SHORT_NAME}?)[’']s?\s+(?i:own\s+)?(?i:words|message|answer|reply|response)\s*:\s*(?=\S)"
)
# "Kallas SLAMS Zelensky's Berlin NATO climbdown: '...'": quoted words given in answer to something.
_ANSWERS = re.compile(
    rf"^(?P<name>{_SHORT_NAME})\s+(?i:slams|slammed|blasts|blasted|rejects|rejected"
    r"|dismisses|dismissed|attacks|attacked|mocks|mocked)\s+(?P<what>[^:“\"‘]{3,80}?)\s*:\s*(?=[“\"‘'])"
)


def said_it(text: str) -> str:
    """``text`` with a post's "X let it slip: ..." / "X ADMITS it: ..." / "X CONFIRMS it's Kyiv's call: ..." / "X's own
    words: ..." read as "X: ...", and "X SLAMS Y: '...'" as "X responds to Y: '...'" (Y is what the words answer,
    which dates them)."""
    m = _SAID_IT.match(text) or _OWN_WORDS.match(text)
    if m is not None:
        return f"{m.group('name')}: {text[m.end():]}"
    m = _ANSWERS.match(text)
    if m is not None:
        return f"{m.group('name')} responds to {m.group('what')}: {text[m.end():]}"
    return text


# "Unlike Trump, who has ruled out ..., Kallas told AFP ...": a comparison of two people's words or deeds.
_UNLIKE_WHO = re.compile(
    r"^\W*(?i:unlike)\s+(?P<other>[^,]{2,60}?),\s+who\s+(?P<did>.+?),\s+(?=[A-Z])(?P<rest>.+)$", re.S
)
_UNLIKE = re.compile(
    r"^\W*(?i:unlike|far\s+from|rather\s+than|instead\s+of)\s+[^,]{2,60}?,\s+(?=[A-Z])"
    r"|,\s*unlike\s+[^,]{2,60}?,(?=\s)"
)


def without_comparison(text: str) -> str:
    """``text`` with a comparison read as what it states: "Unlike X, who did A, Y did B" as "X did A, while Y did
    B" (two claims, each checked); "Unlike X, Y did B" and "Y, unlike X, did B" as "Y did B" (that X did otherwise
    is the writer's contrast, not a finding); so is "Far from X, Y did B" or "Rather than X, ..."."""
    m = _UNLIKE_WHO.match(text)
    if m is not None:
        return f"{m.group('other')} {m.group('did')}, while {m.group('rest')}"
    return _UNLIKE.sub("", text, count=1)


# "Kallas went further than most of her colleagues, warning that ...": what the speaker did, then the words.
_DOING_THEN_SAYING = re.compile(
    rf"^(?P<who>{_SHORT_NAME})\s+(?P<did>[a-z][^,;:\"“”]{{3,80}}?),\s+"
    r"(?P<cue>warning|saying|arguing|insisting|noting|adding|stressing|declaring|claiming|indicating|signall?ing"
    r"|explaining|suggesting|telling\s+reporters)\s+that\s+(?P<words>\S.+)$",
    re.S,
)
# "It was at the 2024 Vilnius summit, let us not forget, that the allies ...": a cleft putting the setting first.
_CLEFT_SETTING = re.compile(
    r"^It\s+was\s+(?P<setting>(?:at|in|on|during|after)\s+[^,;:\"“”]{3,80}?)(?:,\s+[^,;:\"“”]{3,30}?,)?\s+that\s+"
    r"(?P<rest>[a-z][^\n]+)$",
    re.S,
)


def said_while_doing(text: str) -> str:
    """What the speaker did, then the words, as the words said: "Kallas went further than her colleagues, warning that
    Donbas is not Putin's end game" -> "Kallas warned that Donbas is not Putin's end game"; and a cleft putting the
    setting first as the setting opening the claim: "It was at the 2024 summit, let us not forget, that the allies
    ..." -> "At the 2024 summit, the allies ..."."""
    m = _CLEFT_SETTING.match(text)
    if m is not None:
        setting = m.group("setting")
        return f"{setting[0].upper()}{setting[1:]}, {m.group('rest')}"
    m = _DOING_THEN_SAYING.match(text)
    if m is None or not _is_speaker(m.group("who")):
        return text
    cue = m.group("cue")
    return f"{m.group('who')} {_PARTICIPLE_PAST.get(cue, 'told reporters')} that {m.group('words')}"


# "Kallas hit back at Zelenskyy's offer by insisting that ...": a reply to an event, in the words that follow "by".
_REPLY_BY = re.compile(
    rf"^(?P<who>{_SHORT_NAME})\s+(?:(?:hit|hits|fired|fires|shot|shoots)\s+back\s+at"
    r"|(?:responded|responds|reacted|reacts|replied|replies)\s+to|answered|answers|countered|counters)\s+"
    r"(?P<event>[^,:;\"“]{3,100}?)\s+by\s+(?:insisting|saying|arguing|warning|stressing|noting|declaring|repeating"
    r"|pointing\s+out|claiming)\s+(?:that\s+)?(?P<words>\S.+)$",
    re.S,
)
# "Kallas's latest message, after Zelensky's Berlin offer: '...'": her words, placed after the event.
_LATEST_WORDS = re.compile(
    rf"^(?P<who>{_SHORT_NAME})[’']s\s+(?:latest|newest|new|fresh)\s+(?:message|words|remarks?"
    r"|comments?|statement|warning|response|reply)\s*,?\s+(?P<event>(?:after|following|in\s+response\s+to)\s+[^:]{3,100}?)"
    r"\s*:\s*(?P<words>\S.+)$",
    re.S,
)


# A work or its staff named before the verb: "A StopFake check says ...", "The StopFake piece points out ...",
# "Fact-checkers at StopFake say ...": the author speaks.
_FINDING_VERBS = (
    r"(?:says|said|say|found|finds|find|notes|noted|note|points?\s+out|pointed\s+out|concluded|concludes|conclude"
    r"|shows|showed|show|explains|explained|explain|reports|reported|report|traced|traces|trace|debunks|debunked"
    r"|debunk|confirms|confirmed|confirm|describes|described|describe)\b"
)
_BY_ITS_AUTHOR = re.compile(
    r"^(?:(?i:an?|the)\s+(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)(?:['’]s)?\s+(?:fact[- ]?check|check|piece"
    r"|report|analysis|article|investigation|review|debunk|explainer)"
    r"|(?i:the\s+)?(?i:fact[- ]?checkers|researchers|analysts|journalists|reporters|editors)\s+(?:at|from|of)\s+"
    rf"(?P<staff>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?))\s+(?={_FINDING_VERBS})"
)


_THAT_VERB = re.compile(
    r"(?:found|finds|find|concluded|concludes|conclude|noted|notes|note|reported|reports|report|showed|shows|show"
    r"|confirmed|confirms|confirm)(?!\s+that\b)(?=\s+[A-Z])"
)


# A remark told in the passive, as commentary writes it: "The contention that P was dismissed by Kallas as 'totally
# untrue'", "An analogy was drawn by the former Estonian prime minister between A and B", "At the press conference,
# it was stated by Kaja Kallas that ...".
_PASSIVE_BY = re.compile(
    r"^(?P<lead>(?:(?:At|In|On|During|After|Before|Following|Speaking|Asked|Writing)\b[^,;:\"“”]{2,120},\s+)?)"
    r"(?P<what>\S.{1,200}?)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:(?:reportedly|allegedly|apparently)\s+)?"
    r"(?P<verb>dismissed|described|characteri[sz]ed|called|branded|labell?ed|rejected|denied|drawn|made|set\s+out"
    r"|voiced|expressed|articulated|put\s+forward|advanced|raised|echoed|repeated|endorsed|stated|said|contended"
    r"|argued|noted|maintained|stressed|emphasi[sz]ed|acknowledged|conceded|observed|warned|insisted|recalled|offered"
    r"|given|delivered|asserted|claimed|declared|suggested|announced)"
    r"(?P<how>(?:\s+[a-z]+ly|\s+in\s+(?:considerable|great|some|full)\s+detail)?)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}"
    r"|the\s+(?:[A-Z][\w’'.-]+\s+)?[a-z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}?)"
    r"(?P<rest>(?:\s+(?:as|that|between|when|in|at|on|during|after)\b|\s*,|\s*[.!]?$).*)$",
    re.S,
)
_ACTIVE = {"drawn": "drew", "made": "made", "given": "gave"}
# "The assessment that P was offered by X": a remark given, X's words.
_REMARK_THAT = re.compile(
    r"^(?:the|an?)\s+(?:assessment|view|claim|remark|comment|warning|argument|suggestion|contention|statement"
    r"|observation|point|prediction|admission)\s+that\s+(?P<said>\S.*)$",
    re.I | re.S,
)
_GIVEN = frozenset(
    ["offered", "given", "delivered", "made", "voiced", "expressed", "put forward", "advanced", "raised"]
)
_DRAWN = re.compile(r"^(?:an?|the)\s+(?:analogy|parallel|comparison)$", re.I)
_BETWEEN = re.compile(r"^\s+between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)$", re.S)


def in_active_voice(text: str) -> str:
    """A remark told in the passive told in the active: "The contention that P was dismissed by Kallas as 'totally
    untrue'" -> "Kallas dismissed the contention that P as 'totally untrue'"; "An analogy was drawn by X between A and
    B" -> "X compared A to B"; "it was stated by Kallas that ..." -> "Kallas stated that ..."."""
    m = _PASSIVE_BY.match(text)
    if m is None or _TIME_WORDS.match(m.group("who")):
        return text  # "made by December": a deadline, no one
    who = m.group("who")
    titled = re.search(rf"\b{_ROLE_NOUN}\b|\bRepresentative\b", who, re.I) is not None
    if not (titled if who.lower().startswith("the ") else _is_speaker(who)):
        return text  # "by the end of the year"
    what, verb, rest, lead = m.group("what"), m.group("verb"), m.group("rest"), m.group("lead")
    between = _BETWEEN.match(rest)
    remark = _REMARK_THAT.match(what)
    if what.lower() == "it" and verb not in _ACTIVE:
        active = f"{who} {verb}{m.group('how')}{rest}"
    elif remark is not None and verb in _GIVEN:
        active = f"{who} said that {remark['said']}{m.group('how')}{rest}"
    elif _DRAWN.match(what) and between is not None:
        active = f"{who} compared {between.group('a')} to {between.group('b')}"
    else:
        # "The contention that ..." -> "... dismissed the contention that ..."; a name stays ("Putin was described")
        first = what.split()[0].lower()
        what = what[0].lower() + what[1:] if first in _DETERMINERS or _NOUN_END.search(first) else what
        active = f"{who} {_ACTIVE.get(verb, verb)} {what}{m.group('how')}{rest}"
    return lead + (active[0].upper() + active[1:] if not lead else active)


_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those"])
_NOUN_END = re.compile(r"(?:ure|ence|ance|ism|ity|ion|ions|ment|ments|ness|ship|ing)$")  # "Pressure", "Accession"


def by_its_author(text: str) -> str:
    """A work or its staff named as the speaker, read as its author: "A StopFake check says ..." -> "StopFake says
    ...", "Fact-checkers at StopFake say ..." -> "StopFake say ..."."""
    m = _BY_ITS_AUTHOR.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    # "... concluded Kallas was talking about ...": the finding, as "concluded that" reads it
    verb = _THAT_VERB.match(rest)
    if verb is not None:
        rest = f"{verb.group(0)} that {rest[verb.end():].lstrip()}"
    return f"{m.group('owner') or m.group('staff')} {rest}"


def as_reply(text: str) -> str:
    """``text`` with a reply to an event told in a shape the attribution reads: "X hit back at E by insisting that
    W" as "X said in response to E that W"; "X's latest message, after E: W" as "X after E: W"."""
    m = _REPLY_BY.match(text)
    if m is not None:
        return f"{m.group('who')} said in response to {m.group('event')} that {m.group('words')}"
    m = _LATEST_WORDS.match(text)
    if m is not None:
        return f"{m.group('who')} {m.group('event')}: {m.group('words')}"
    return text


# The occasion of the words, told after a dash ("Kallas compares ... to sitting down with bin Laden — AFP interview")
# or before the speaker without a comma ("In interview for AFP the EU foreign policy chief compared ..."): a
# scene-setting phrase, read as one ("In AFP interview, Kallas compares ...").
_OCCASION = (
    r"(?:an?\s+|the\s+|her\s+|his\s+)?(?:[A-Z][\w.&’'-]*\s+)?"
    r"(?i:interview|press\s+conference|news\s+conference|presser|speech|briefing|address)"
    r"(?:\s+(?:with|to|for|in|at)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)?)?"
)
_OCCASION_TAIL = re.compile(
    rf"^(?P<claim>[^\"“”]+?)\s+[—–-]{{1,2}}\s+(?P<occasion>{_OCCASION}(?:,\s+[^,;:\"“”]{{3,30}})?)\s*[.!]?$"
)
# (not inside a name: "In an interview with Agence | France-Presse published ...")
_OCCASION_LEAD = re.compile(rf"^(?P<occasion>(?i:in|during)\s+{_OCCASION})\s+(?=[A-Z]|the\s)(?![A-Z][a-z]+-[A-Z])")
# ... or between the speaker and the verb: "Kallas in her AFP interview published 27 Feb compared ...".
_OCCASION_MID = re.compile(
    rf"^(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?P<occasion>(?:in|during|at)\s+{_OCCASION}"
    rf"(?:\s+(?:published|given|aired|held|recorded)(?:\s+on)?\s+(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}\.?)"
    r"(?:,?\s+\d{4})?)?)\s+(?=(?:[a-z]+(?:ed|s)|said|told|spoke|wrote)\b)"
)


def occasion_first(text: str) -> str:
    """``text`` with the occasion of the words, after a dash or before the speaker without a comma, put first as a
    scene-setting phrase: "X compares A to B — AFP interview" as "In AFP interview, X compares A to B"; so is one
    between the speaker and the verb ("X in her AFP interview compared ...")."""
    m = _OCCASION_TAIL.match(text)
    if m is not None and not text.lstrip().startswith(("'", "‘")):
        return f"In {m.group('occasion')}, {m.group('claim')}"
    m = _OCCASION_LEAD.match(text)
    if m is not None:
        return f"{m.group('occasion')}, {text[m.end():]}"
    m = _OCCASION_MID.match(text)
    if m is not None:
        return f"{m.group('occasion')[0].upper()}{m.group('occasion')[1:]}, {m.group('who')} {text[m.end():]}"
    return text


def as_checked(text: str) -> str:
    """``text`` as a claim is checked when it is written as a post, a tip or a headline: the rewrites below in turn
    (``verify._read_as`` keeps the claim as written and checks this)."""
    for rewrite in AS_CHECKED:
        text = rewrite(text)
    return text


def without_comment(text: str) -> str:
    """``text`` without the short sentences that follow a claim to comment on it ("... join a peacekeeping force.
    Huge news!", "Full stop. No conditions.") or cite where it was read ("source: ..."): what is claimed is the
    sentence before them."""
    # A sentence ends after a word (not an initial: "the U.S. Senate"), an exclamation or question mark, or a
    # quotation that ends one.
    tags = _TRAILING_TAGS.search(text)
    body = text[: tags.start()] if tags else text
    aside = _ASIDE.search(body)
    if aside is not None and len(tx.words(body[: aside.start()])) >= COMMENT_WORDS:
        body = text = body[: aside.start()].rstrip()
    # Where the poster read it ("... source: her presser in Brussels", "(via Reuters)") cites, it claims nothing.
    # (a remark runs to the end, past no semicolon or colon: the search starts after the last one)
    cited = _CITED.search(body)
    outlet = (cited["outlet"] or "").rstrip(".") if cited is not None else ""
    if outlet and not (is_outlet(outlet) or "." in outlet):  # ("Orda.kz": a site's name)
        cited = None  # "..., per Moscow", "..., per Ukraine's General Staff": the claim's own source, not an outlet
    if cited is not None and cited["reporter"] and not is_outlet(cited["reporter"]):
        cited = None
    cited = cited or _REMARKED.search(body, max(body.rfind(";"), body.rfind(":"), 0))
    if cited is not None and len(tx.words(body[: cited.start()])) >= COMMENT_WORDS:
        return body[: cited.start()].rstrip()
    sentences = _POST_SENTENCE.split(body.strip())
    dropped = False
    while len(sentences) > 1 and _comments(sentences[-1]):
        sentences.pop()
        dropped = True
    # The tags ending a post tag it: with its comment gone, they go too.
    return " ".join(sentences) if dropped else text.strip()


_CITED = re.compile(
    r"(?:(?<=[.!?])\s+|\s*\(|\s+[-—–]\s+)(?i:source|sources|src|via|h/t)\b\s*:?\s+[^()]{2,120}\)?\s*$"
    # "..., per Orda.kz citing The Guardian", "..., via Reuters": the outlet it was read in, after a comma
    r"|,\s*(?:per|via)\s+(?P<outlet>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2})"
    r"(?:,?\s+(?:citing|quoting)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2})?\s*[.!]?\s*$"
    # "..., StopFake reports.": the outlet that reported it (an outlet only: ", Kallas said." attributes the words)
    r"|,\s*(?P<reporter>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2})\s+(?:reports|reported|writes|wrote)"
    r"\s*[.!]?\s*$"
)
# ... nor the writer's remark on it: "..., a detail too many pundits conveniently skip", "..., which is exactly why
# Kyiv now wants guarantees", "..., so dropping it costs Kyiv nothing".
_REMARKED = re.compile(
    r"(?:,|(?<!\s)\s+[—–])\s+(?:which\s+is\s+(?:exactly\s+|precisely\s+|partly\s+|just\s+)?(?:why|what|how)"
    # "..., which honestly is the only sane thing she said", "..., which Russia must have loved"
    r"|which\s+(?:honestly\s+|frankly\s+|really\s+|tbh\s+)?(?:is|was)\s+(?:the\s+only|all|rich|funny|hilarious"
    r"|telling|ironic|a\s+joke|insane|wild|great|sad|typical)\b"
    r"|which\s+(?:[A-Z][\w.]*\s+)?(?:must|surely|probably)\s+(?:have\s+)?(?:loved|liked|enjoyed|hated|welcomed)\b"
    # "... if I remember right", "..., iirc": the poster unsure of the claim, not part of it
    r"|if\s+[Ii]\s+(?:remember|recall)\s+(?:right|correctly)|iirc|afaik|if\s+memory\s+serves"
    # "..., so dropping it costs Kyiv nothing", "..., hardly the stuff of breakthroughs"
    r"|so\s+(?!far\b|much\b|many\b|that\b|long\b)(?=[a-z])|(?<=[—–]\s)so\s+(?!far\b|much\b|many\b|that\b)|hardly\s+(?:the|a|an)\s"
    # "..., which shows that Brussels ...", "..., effectively admitting the bloc has ..."
    r"|which\s+(?:(?:effectively|essentially|basically|clearly|only)\s+)?(?:shows|means|suggests|proves|confirms"
    r"|ends|explains|tells\s+you)\b|(?:effectively|essentially|basically|in\s+effect)\s+[a-z]+ing\b"
    r"|a\s+(?:detail|point|fact|nuance|caveat|line|remark|position|admission|reminder)\s+(?:that\s+)?(?:too\s+)?"
    r"(?:many|most|few|some|the|critics|pundits|commentators|observers|everyone|nobody|people)\b"
    # "..., that's a long meeting", "..., this isn't new", "..., his words not mine", "— which, fair, they share a
    # border"
    # (the poster's feeling, not a fact: ", that's the highest in 40 years", ", that's a first" are claimed too)
    r"|that['’]s\s+(?![^;:]*?(?:\d|\b(?:first|record|highest|lowest|most|least|largest|biggest|smallest|only|new|last"
    r"|longest|shortest)\b))(?:a|an|the|so|such|pretty|quite|really|very|what|how|why|not|just|kind\s+of|wild|huge|big"
    r"|rich)\b"
    r"|this\s+(?:is|isn['’]t|is\s+not|was|wasn['’]t)\s+(?:new|news|nothing\s+new|old\s+news|a\s+surprise|surprising)\b"
    r"|(?:his|her|their)\s+words,?\s+not\s+mine\W*$|which,\s+(?:fair|to\s+be\s+fair|granted|honestly|frankly|sure|ok|okay)\b"
    r")[^;:]*$"
)
# A poster's aside closing a claim: "... — spot on comparison imo", "... before walking out lol".
_ASIDE = re.compile(
    r"(?<!\s)(?:\s+[—–]\s+[^—–\"“”]{0,60}?)?(?:,?\s+(?i:lol|lmao|imo|imho|tbh|smh|ngl|fr\s+fr|deadass|istg|btw|fyi)"
    r"|(?:,|\s+[—–])\s+(?i:no\s+cap|fr|for\s+real)"
    # "... — pretty brutal comparison honestly": the poster's word on it, after a dash
    r"|\s+[—–]\s+[^—–\"“”]{0,60}?\s+(?i:honestly|frankly|tbh)"
    # ... or a letter writer's verdict on it: "— and rightly so", "— good for her", ", full stop"
    r"|\s+[—–]\s+(?i:(?:and\s+)?rightly\s+so|good\s+for\s+(?:her|him|them)|well\s+said|bravo|shame\s+on\s+(?:her|him|them)"
    r"|(?:strong|harsh|bold|brave|wise|tough|fine)\s+words(?:\s+from\s+[\w’'-]+)?"
    r"|an?\s+(?:real|big|huge|welcome|major|small|giant)\s+step\s+(?:forward|back(?:ward)?)|as\s+usual|typical"
    r"|no\s+surprise(?:\s+there)?|what\s+a\s+(?:joke|shame|disgrace|surprise))"
    r"|,\s+(?i:full\s+stop|period)"
    # ... or what the writer makes of it: ", a welcome breakthrough", ", a major step"
    r"|,\s+(?i:an?\s+(?:welcome|major|huge|big|real|historic|stunning|shocking|overdue|long-overdue|worrying|troubling"
    r"|dangerous|remarkable)\s+(?:breakthrough|step|win|victory|development|move|shift|u-turn|turn|blow|admission))"
    # ... or after the quoted words, who said them: "'...' the EU's top diplomat said it herself!"
    r"|(?<=[”\"’'])\s+(?i:(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?\s+said\s+(?:it|so|this)\s+(?:herself|himself"
    r"|themselves)))\W*$"
)
_POST_SENTENCE = re.compile(
    r"(?:(?<=[A-Za-z][A-Za-z][.!?])|(?<=[!?])|(?<=[a-z][.!?][”\"’'])|(?<=[a-z][”\"’'][.!?]))\s+(?=[\"“'‘]?[A-Z])"
    # a poster who writes in small letters: "... for peace. honestly that's the only sane answer"
    r"|(?<=[A-Za-z][A-Za-z][.!?])\s+(?=(?:honestly|frankly|tbh|ngl|imo|that['’]?s|wow|lol|smh|ugh|yikes)\b)"
)
COMMENT_VOICE = 8  # the most words of a sentence in the poster's own voice that only comments on the claim
_POSTERS_VOICE = re.compile(
    r"\b(?:you|your|yourselves|yourself)\b"
    r"|^\W*(?:(?:honestly|frankly|tbh|ngl)\s+)?(?:that['’]?s|finally|wow|so much for)\b"
    r"|[!?]\W*$"
    # "His words, not mine.", "Yes he said that."
    r"|\b(?:his|her|their)\s+words\b|\bnot\s+mine\b|^\W*yes,?\s+(?:he|she|they)\s+(?:said|did)\b",
    re.I,
)


def _comments(sentence: str) -> bool:
    """Whether a sentence after a claim only comments on it: a short one ("Huge news!"), or one in the poster's voice
    ("Now you know who blocked it.", "Finally someone in Brussels gets it.", "Keep the pressure on!"). Never the end
    of a quotation ('"... peace. Now."') nor a post's tags."""
    if any(mark in _APOSTROPHE.sub("", sentence) for mark in _Q_CLOSE + _Q_OPEN) or "#" in sentence:
        return False  # (an apostrophe inside a word, "that's", is no quotation mark)
    if _GOES_ON.match(sentence):
        return False  # "He's getting ready to hand over Donbas!": the claim goes on about its subject
    size = len(tx.words(sentence))
    return size <= COMMENT_WORDS or (size <= COMMENT_VOICE and _POSTERS_VOICE.search(sentence) is not None)


_GOES_ON = re.compile(r"\W*(?:he|she|they)(?:['’](?:s|re|ll|d)\b|\s+[a-z])", re.I)
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself)$")


def _topic(text: str) -> Span | None:
    """The topic of a headline "Kallas on Ukraine's NATO membership: '...'" (what the words were about)."""
    m = _HEADLINE_ON.match(text) or _QUOTE_FIRST.match(text)
    return Span(*m.span("topic")) if m is not None else _signed_tail(text)[0]


def _require_english(text: str) -> None:
    letters = _LETTER.findall(text)
    if letters:
        latin = sum(1 for c in letters if _LATIN.match(c))
        if latin / len(letters) < 0.6:
            raise QueryError(
                "the claim does not look like English (mostly non-Latin script); saidwhen checks English "
                "claims against an English corpus: translate it first"
            )
    tokens = tx.words(text)
    english = sum(1 for w in tokens if w in tx.STOPWORDS)
    foreign = sum(1 for w in tokens if w in _FOREIGN)
    if foreign >= 2 and foreign > english:
        raise QueryError(
            "the claim does not look like English (its function words are of another language); translate it first"
        )


_Attribution = tuple[str | None, Span | None, str | None, Span]


def _attributed(text: str, m: re.Match[str], group: str, cue: str) -> _Attribution:
    """The attribution a pattern match found: speaker from ``group``, the given cue, its content."""
    return _speaker(text, m.span(group)), _name_span(text, m.span(group)), cue, Span(*m.span("content"))


# A scene-setting phrase before the attribution: "In a December 2025 interview with AFP, ", "On Dec. 15,
# after a meeting of EU foreign ministers, ", "Speaking in London on December 8, 2025, ".
_FRAME = re.compile(
    r"^(?:(?:back\s+|early\s+|late\s+|right\s+|just\s+|shortly\s+|soon\s+|immediately\s+)?(?:in|on|at|during|after|before|speaking|writing|asked|answering|last|earlier"
    r"|later|yesterday|today|this|when|while|as|addressing|following|responding|reacting|replying|commenting|referring"
    # ... what the speaker was doing: "Explaining Estonia's history, the EU foreign policy chief said ..."
    r"|explaining|discussing|describing|defending|recalling|reflecting|looking|turning|arguing|pressed|challenged"
    # ... how the occasion came about: "In an interview with AFP published on 27 February, given while she was
    # visiting Washington, ...", "According to remarks delivered in Brussels on 15 December, ..."
    r"|given|published|held|delivered|conducted|recorded|aired|broadcast"
    r"|according\s+to\s+(?:(?:her|his|the)\s+)?(?:remarks|comments|statements?|words)"
    # ... or who reported them, described: "According to a Ukrainian outlet quoted by Euronews, ..."
    r"|according\s+to\s+(?:an?|the|one|several)\s+(?:[\w’'-]+\s+){0,3}?(?:outlets?|reports?|newspapers?|websites?"
    r"|sites?|channels?|agenc(?:y|ies)|broadcasters?|papers?|dailies|daily|media|sources?|officials?|diplomats?)\b"
    # ... a date of its own between commas: "Speaking in Brussels on Monday, Dec. 15, after ..."
    rf"|{_MONTH}|{_WEEKDAY})\b[^,;:\"“”]{{0,140}}?(?:,\s*\d{{4}})?,\s*){{1,3}}",
    re.I,
)


# A label that opens a headline or post ("BREAKING:", "Exclusive -"): what follows is the claim.
_LABEL = re.compile(r"^\W*(?P<label>[A-Za-z][\w&'’-]*(?:[ -][A-Za-z]+)?)\s*[:|–—-]\s+(?=\S)")


_HASHTAG = re.compile(r"(?<![\w&])#(?=[A-Za-z])")
_TRAILING_TAGS = re.compile(r"(?:\s+#\w+)+\s*$")


def _tagged_attribution(text: str) -> _Attribution:
    """``_attribution`` of a post whose names may be hashtags ("#Kallas: '...'"): read as the names."""
    if "#" not in text:
        return _attribution(text)
    # Hashtags ending the post tag it ("- Kaja Kallas #StandWithUkraine"): they are no part of it.
    tags = _TRAILING_TAGS.search(text)
    plain = text[: tags.start()] + " " * (len(text) - tags.start()) if tags else text
    plain = _HASHTAG.sub(" ", plain).rstrip()
    lead = len(plain) - len(plain.lstrip())
    return _shifted(_attribution(plain[lead:]), lead)


# A speaker and a verb of saying early in what an outlet reports (read again only then; one space between words, so a
# run of spaces fails at once).
_SAYING_VERB = r"(?:said|says|told|tells|stated|states|warned|warns|added|insisted|claimed|argued|noted|stressed)\b"
_INNER_SAID = re.compile(rf"^(?:\S+\s){{0,8}}?{_SAYING_VERB}")
# What an outlet does in passing words on (not a finding of its own: "confirmed", "found").
_REPORTING = frozenset(["reported", "reports", "said", "says", "wrote", "writes", "added", "noted", "notes"])


def _attribution(text: str) -> _Attribution:
    """(speaker, speaker span, cue, content span) of ``text``; no speaker when none is attributed.
    A scene-setting phrase before the attribution is skipped (its date still counts: ``_when``), and
    so is a headline label ("BREAKING: ...")."""
    labelled = _label_end(text)
    if labelled:
        inner = _attribution(text[labelled:])
        if inner[0] is not None:
            return _shifted(inner, labelled)
        return None, None, None, Span(labelled, len(text))
    found = _attribution_at(text)
    if found[0] is not None and found[2] in _REPORTING and is_outlet(found[0]):
        # "Reuters reported that US envoy Steve Witkoff said ...": the outlet reports the envoy's words (not "StopFake
        # confirmed that Kallas said ...": a finding of the fact-checker's own).
        rest = text[found[3].start :]
        inner = _attribution_at(rest) if _INNER_SAID.match(rest) else (None, None, None, found[3])
        # (a verb of saying written there: "Reuters said Kallas made her comparison in Kyiv" is Reuters's account)
        said = inner[2] is not None and re.search(rf"\b{re.escape(inner[2])}\b", rest) is not None
        if inner[0] is not None and said and inner[2] != "according to" and not is_outlet(inner[0]):
            return _shifted(inner, found[3].start)
    frame = _FRAME.match(text)
    # A speaker found inside the scene-setting phrase ("Speaking in December, as Zelenskyy floated dropping
    # the bid, Kallas said ...") set the scene; the attribution comes after it.
    inside = found[1] is not None and frame is not None and found[1].start < frame.end()
    if (found[0] is None or inside) and frame is not None and frame.end() < len(text):
        inner = _attribution_at(text[frame.end() :])
        if inner[0] is not None:
            return _shifted(inner, frame.end())
    colon = _OPENING_COLON.match(text)
    if found[0] is None and colon is not None:
        # "The Estonian went there: Kallas likened ...": what opens the post is comment; the attribution follows.
        inner = _attribution_at(text[colon.end() :])
        if inner[0] is not None:
            return _shifted(inner, colon.end())
    kicker = _KICKER.match(text)
    if found[0] is None and kicker is not None and len(tx.words(text[kicker.end() :])) >= _KICKER_REST:
        # "Marathon session: the Ukrainian leader and the US team negotiated ...": a headline's kicker, not
        # part of what it claims.
        return None, None, None, Span(kicker.end(), len(text))
    tail = _AFTERTHOUGHT.search(text)
    if found[0] is None and tail is not None and tail.start() > 0:
        # "..., the EU's chief diplomat warned, citing the lessons of history.", "..., in Kallas's assessment;
        # what is needed are ...": the attribution ends the first part; what trails it is left out of the words.
        inner = _attribution(text[: tail.start()])
        if inner[0] is not None:
            return inner
    return found


# What trails an attribution at the end of a claim: a participle ("citing ...", "adding that ...") after a
# comma, or a second clause after a semicolon.
_AFTERTHOUGHT = re.compile(
    r",\s+(?:citing|referring\s+to|pointing\s+to|in\s+reference\s+to|adding|noting|saying|arguing|explaining"
    r"|stressing|insisting|urging)\b[^;]*$|;[^;]*$"
)


# Up to a colon early in a post ("The Estonian went there: ..."), when no quotation opens before it.
_OPENING_COLON = re.compile(rf"^[^:{_Q_OPEN}]{{3,60}}:\s+(?=\S)")
# A headline's kicker: a capitalised word and at most two lower-case ones, then a colon ("Marathon session:",
# "Big reveal:"), with no acronym or possessive that could be the topic ("NATO membership:").
_KICKER = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:\s+(?=\S)")
_KICKER_REST = 5  # words after it, for it to be a kicker before a whole claim


# "After the Berlin talks, Kallas warned ...", "Responding to Zelenskyy's offer, ...": the words came
# after an event the claim names instead of a date.
_EVENT = re.compile(
    r"^(?:(?:(?:this|last)\s+(?:week|weekend|month)|today|yesterday|on\s+\w+day),\s*)?"  # "This week, in reaction to"
    r"(?:(?:speaking|talking|writing)(?:\s+to\s+(?:\w+\s+){0,3}?\w+)?\s+(?=after|following))?"  # "Speaking after"
    r"(?:(?:right|just|shortly|soon|immediately)\s+(?=after))?"  # "Right after the Berlin talks, ..."
    r"(?:after|following|as|(?:responding|reacting|replying)(?:\s+(?:this|last|on)\s+\w+)?\s+to"
    r"|in\s+(?:response|reply|reaction)\s+to|commenting\s+on|asked\s+about)\s+(?P<event>[^,;:\"“”]{3,100}?)\s*,",
    re.I,
)


_CUE_EVENT = re.compile(
    r"\b(?:after|following|in\s+(?:response|reply|reaction)\s+to|responding\s+to|reacting\s+to)\s+"
    r"(?P<event>[^,:\"“”]{3,100}?),?\s+that\b",
    re.I,
)


def _event(text: str, speaker_span: Span | None) -> Span | None:
    """The span of the event an attribution is placed after ("the Berlin talks"), when the claim opens
    with one before its speaker."""
    # A headline label ("JUST IN: Kallas hits back at ...") opens no event.
    skip = _label_end(text)
    headline = _HEADLINE_EVENT.match(text[skip:])
    if (
        headline is not None
        and headline.group("prep").lower() not in ("at", "in")
        and speaker_span is not None
        and speaker_span.end <= skip + headline.start("event")
    ):
        return Span(skip + headline.start("event"), skip + headline.end("event"))
    signed = _signed_tail(text)[1]
    if signed is not None and speaker_span is not None and speaker_span.end <= signed.start:
        return signed
    m = _EVENT.match(text)
    if m is None or speaker_span is None or speaker_span.start < m.end():
        return None
    return Span(*m.span("event"))


# After the quoted words: "... 'Russia will try to divide us' in response to this week's talks in Berlin."
_TRAILING_EVENT = re.compile(
    rf"[{_Q_CLOSE}][,.]?\s*,?\s+(?P<opener>in\s+(?:response|reply|reaction)\s+to|responding\s+to|reacting\s+to"
    rf"|after|following)\s+(?P<event>[^\"“”]{{3,100}}?)\s*\.?$",
    re.I,
)


# ... or by when and where they were said: "... 'Russia will try to divide us' on Feb. 18 following the talks in
# Saudi Arabia", "'...' in Brussels on Monday".
# Each piece a day, a date or a named place ("in Berlin talks with ..." is what the words were about).
_SETTING_PIECE = (  # (each piece atomic: a date is read one way, not tried again at each of its words)
    r"(?>(?:on|in|at|last|this|earlier)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?|[A-Z][\w.’'-]*))*"
    r"(?:,?\s+\d{4})?|during\s+(?:a|an|the|her|his|their)\s+[\w’'-]+(?:\s+to\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
    # ... the date after its weekday: "on Monday, December 15, 2025"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
)
_TRAILING_SETTING = re.compile(
    rf"[{_Q_CLOSE}][,.]?\s*,?\s+(?P<setting>{_SETTING_PIECE}(?:,?\s+{_SETTING_PIECE})*"
    rf"(?:,?\s+(?:after|following|in\s+(?:response|reply|reaction)\s+to)\s+[^\"“”]{{3,100}}?)?)\s*\.?$"
)
_DATED_SETTING = re.compile(rf"\b(?:{_WEEKDAY}|{_MONTH})\b")
_SETTING_EVENT = re.compile(
    r"\b(?:after|following|in\s+(?:response|reply|reaction)\s+to)\s+(?P<event>.{3,100}?)$", re.I
)


# A second sentence pointing back to the words to tell when or where they were said: "She said that on a Friday".
_SAID_THIS_TAIL = re.compile(
    r"[.!?][\"”’']?\s+(?:She|He|They)\s+(?:said|made|stated|added|gave)\s+(?:that|this|it|so|these\s+remarks"
    r"|those\s+remarks|the\s+remarks)\b[^.!?]*[.!?]?\s*$"
)


# Unquoted words followed by the occasion they were said on: "... what they are willing to give up at a press
# conference in Brussels following a meeting of EU foreign ministers", "... during her visit to Washington".
_TRAILING_VENUE = re.compile(
    r",?\s+(?P<setting>(?:at|during|in)\s+(?:a|an|the|her|his|their|its|a\s+joint|the\s+joint)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:press\s+conference|news\s+conference|(?:press\s+|news\s+)?briefing|interview|visit|trip|(?:WhatsApp\s+)?chat"
    r"|speech|address|press\s+appearance|statement\s+to\s+reporters)\b[^\"“”]{0,120}?)\s*\.?$",
    re.I,
)


# Words telling of speaking itself ("made her comparison", "gave the interview"): their occasion is part of them.
_SPEECH_ACT = re.compile(
    r"\b(?:made|make|makes|gave|give|gives|delivered|spoke|speaks|told|tells|remarks?|comments?|comparison|interview"
    r"|statement|speech|words)\b(?!\s+(?:up|in)\b)",
    re.I,
)


def _trailing_event(text: str, content: Span) -> tuple[int, Span | None] | None:
    """(where the content ends, the event's span) when quoted words are followed by the event they are
    said to answer or follow, or (when the claim's words are all quoted) by when and where they were said."""
    m = _TRAILING_EVENT.search(text, content.start, content.end)
    if m is not None and m.end() >= content.end:
        return m.start() + 1, Span(*m.span("event"))
    if text[content.start : content.start + 1] not in _Q_OPEN:
        # Words ending in a quotation, then when they were said: "it is 'up to Ukrainians ...' on Monday, December 15"
        dated = _TRAILING_SETTING.search(text, content.start, content.end)
        if dated is not None and dated.end() >= content.end and _DATED_SETTING.search(dated["setting"]):
            event = _SETTING_EVENT.search(text, dated.start("setting"), dated.end("setting"))
            return dated.start() + 1, Span(*event.span("event")) if event else None
        venue = _TRAILING_VENUE.search(text, content.start, content.end)
        if venue is None or venue.end() < content.end or not tx.content_stems(text[content.start : venue.start()]):
            return None
        if _SPEECH_ACT.search(text, content.start, venue.start()):
            return None  # "Reuters said Kallas made her comparison to AFP during a trip to Kyiv": the occasion is said
        event = _SETTING_EVENT.search(text, venue.start("setting"), venue.end("setting"))
        return venue.start(), Span(*event.span("event")) if event else None
    m = _TRAILING_SETTING.search(text, content.start, content.end)
    if m is None or m.end() < content.end:
        return None
    event = _SETTING_EVENT.search(text, m.start("setting"), m.end("setting"))
    return m.start() + 1, Span(*event.span("event")) if event else None


def _shifted(found: _Attribution, at: int) -> _Attribution:
    """An attribution found in ``text[at:]``, with its spans made relative to ``text``."""
    speaker, speaker_span, cue, content = found
    moved = Span(speaker_span.start + at, speaker_span.end + at) if speaker_span else None
    return speaker, moved, cue, Span(content.start + at, content.end + at)


# A time opening the claim without a comma, before the speaker: "Back in February Kallas called ...".
_TIME_LEAD = re.compile(
    rf"^(?i:back\s+|early\s+|late\s+)?(?i:in|on|last|this)?\s*(?:{_MONTH}|{_WEEKDAY})(?:\s+\d{{1,2}})?"
    r"(?:,?\s+\d{4})?(?:,?\s+in\s+[A-Z][\w’'.-]+)?\s+(?=[A-Z]|the\s)"
    # ... or a place: "In Berlin the Ukrainian president said ..."
    r"|^(?i:in|at)\s+[A-Z][\w’'.-]+\s+(?=[A-Z]|the\s)"
)


_TIME_WORDS = re.compile(rf"(?:{_MONTH}|{_WEEKDAY}|(?:19|20)\d\d)\b")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|ours|I|my|me)\b")


# "It was said by Kallas that ...": the passive names the speaker after "by".
_SAID_BY = re.compile(
    r"^It\s+(?:was|has\s+been|is)\s+(?P<cue>said|stated|claimed|argued|suggested|noted|asserted|declared|contended"
    r"|maintained|stressed|emphasi[sz]ed|acknowledged|conceded|observed|warned|insisted|recalled)\s+by\s+"
    r"(?P<speaker>[^,;:\"“”]{2,80}?)\s*,?\s+that\s+(?P<content>\S.+)$",
    re.S,
)
# "It was the Ukrainian president who said ...": a cleft putting the speaker first; the rest reads as "<speaker> said".
_CLEFT = re.compile(r"^It\s+(?:was|is)\s+(?P<speaker>[^,;:\"“”]{2,80}?)\s+who\s+(?=\w)", re.S)


def _cleft(text: str) -> _Attribution | None:
    """The attribution of a passive or cleft sentence naming the speaker ("It was said by Kallas that ...", "It was
    the Ukrainian president who said ..."); None for any other."""
    m = _SAID_BY.match(text)
    if m is not None:
        who = m.group("speaker")
        if _is_speaker(who) or (who.lower().startswith("the ") and _is_description(who)):
            return who.strip(), Span(*m.span("speaker")), m.group("cue"), Span(*m.span("content"))
        return None
    m = _CLEFT.match(text)
    if m is None:
        return None
    who, rest = m.group("speaker"), text[m.end() :]
    speaker, span, cue, content = _attribution_at(f"{who} {rest}")
    if speaker is None or span is None or span.start != 0 or span.end > len(who) or content.start <= len(who):
        return None
    shift = m.end() - len(who) - 1  # where "rest" starts in text, less where it starts in the joined string
    return speaker, Span(m.start("speaker") + span.start, m.start("speaker") + span.end), cue, Span(
        content.start + shift, content.end + shift
    )


# "A fact-check of Russian media reports concluded that ...", "The StopFake fact-check found ...": a fact-check's
# finding, told as its words.
_CHECK_FOUND = re.compile(
    # "The StopFake fact-check", "StopFake's fact check"
    rf"^(?P<speaker>(?:(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[A-Z][\w.-]*\s+)?|[A-Z][\w.-]*['’]s\s+){tx.CHECK_WORK}"
    r"(?:\s+(?:of|by|at|from|on)\s+[^,;:\"“”]{3,80}?)?)\s+(?:has\s+|have\s+)?"
    r"(?P<cue>found|finds|concluded|concludes|established|establishes|determined|showed|shows|said|says|stated"
    r"|states|noted|notes|explained|explains)\s+(?:that\s+)?(?P<content>\S.+)$",
    re.S,
)


# "Did Kallas say that ...? Yes.": a question answered yes claims what it asks.
_PAST = {
    "say": "said", "tell": "told", "claim": "claimed", "state": "stated", "call": "called", "describe": "described",
    "endorse": "endorsed", "admit": "admitted", "warn": "warned", "deny": "denied", "reject": "rejected",
    "suggest": "suggested", "argue": "argued", "insist": "insisted", "promise": "promised", "demand": "demanded",
    "urge": "urged", "confirm": "confirmed", "announce": "announced",
}  # fmt: skip
_ASKED_YES = re.compile(
    rf"^(?:Did|Has|Had)\s+(?P<speaker>{_NAME}|{_DESCRIPTION})\s+(?:really\s+|actually\s+|ever\s+)?"
    rf"(?P<cue>{'|'.join(_PAST)})(?:ed|d)?\b(?:\s+(?:reporters|journalists|AFP|Reuters))?,?\s+(?:that\s+)?"
    r"(?P<content>[^?]{3,}?)\s*\?\s*[\"”']?\s*Yes\b(?:,\s*(?:she|he|they|it)\s+(?:did|has|had))?[.!]?\s*$",
    re.S,
)


def _attribution_at(text: str) -> _Attribution:
    cleft = _cleft(text) if text.startswith("It ") else None
    if cleft is not None:
        return cleft
    asked = _ASKED_YES.match(text)
    if asked is not None and (_is_speaker(asked.group("speaker")) or _is_description(asked.group("speaker"))):
        speaker, span = asked.group("speaker"), Span(*asked.span("speaker"))
        if _is_speaker(speaker):
            speaker, span = _speaker(text, asked.span("speaker")), _name_span(text, asked.span("speaker"))
        return speaker, span, _PAST[asked.group("cue").lower()], Span(*asked.span("content"))
    found = _CHECK_FOUND.match(text)
    if found is not None:
        return found.group("speaker"), Span(*found.span("speaker")), found.group("cue"), Span(*found.span("content"))
    lead = _TIME_LEAD.match(text)
    if lead is not None:
        inner = _attribution_at(text[lead.end() :])
        if inner[0] is not None:
            return _shifted(inner, lead.end())
    m = _HEADLINE_ON.match(text) or _COLON.match(text) or _COLON_TITLED.match(text) or _HEADLINE.match(text)
    named = m.group("speaker") if m else None
    if m and named and _is_speaker(named) and named.lower() not in _NOT_HEADLINE_SPEAKERS:
        return _attributed(text, m, "speaker", ":")
    m = _HEADLINE_DATED.match(text)
    if m and _is_speaker(m.group("speaker")) and m.group("speaker").lower() not in _NOT_HEADLINE_SPEAKERS:
        return _attributed(text, m, "speaker", ":")

    m = _WORK_BY.match(text)
    if m and _is_speaker(m.group("speaker")):
        return _attributed(text, m, "speaker", m.group("cue"))
    m = _WORK_OF.match(text)
    if m and _is_speaker(m.group("speaker")):
        return _attributed(text, m, "speaker", m.group("cue"))
    remark = _remark(text)
    if remark is not None:
        return remark
    m = _HEADLINE_EVENT.match(text)
    # Unquoted words only after an event ("Kallas after Berlin talks: ..."): "Talks in Berlin: ..." is no speaker.
    # Unquoted words in the first person are the speaker's all the same ("Kallas in Brussels: pressuring Russia
    # is our policy").
    placed = (
        m is not None
        and not m.group("speaking")  # "Kallas speaking in Kyiv: ..." is someone speaking, not a place
        and m.group("prep").lower() in ("at", "in")
        and not _TIME_WORDS.match(m.group("event"))  # "Kallas back in February: ..." dates the words
        and m.group("content")[0].isalnum()
        and not _FIRST_PERSON.search(m.group("content"))
    )
    speaker = m.group("speaker") if m else ""
    if m and not placed and _is_speaker(speaker) and speaker.lower() not in _NOT_HEADLINE_SPEAKERS:
        return _attributed(text, m, "speaker", ":")
    m = _DESCRIBED_HEADLINE.match(text)
    if m and _is_description(m.group("speaker")):
        return m.group("speaker"), Span(*m.span("speaker")), ":", Span(*m.span("content"))
    m = _HEADLINE_ON.match(text)
    if m and m.group("described") and _is_description(m.group("described")):
        return m.group("described"), Span(*m.span("described")), ":", Span(*m.span("content"))
    m = _TOLD_HEADLINE.match(text)
    if m and _is_speaker(m.group("speaker")):
        return _attributed(text, m, "speaker", ":")
    m = _QUOTE_SIGNED.match(text)
    if m and (_is_speaker(m.group("speaker")) or _is_description(m.group("speaker"))):
        return m.group("speaker"), Span(*m.span("speaker")), ":", Span(*m.span("content"))
    m = _QUOTE_FIRST.match(text)
    if m and (_is_speaker(m.group("speaker")) or _ROLE_END.search(m.group("speaker"))):
        return m.group("speaker"), Span(*m.span("speaker")), ":", Span(*m.span("content"))
    m = _IN_WORDS.match(text) or _WORDS_OF.match(text) or _AS_PUT.match(text) or _AS_NOTED.match(text)
    if m and _is_speaker(m.group("speaker")):
        return _attributed(text, m, "speaker", "according to")
    if m and _is_description(m.group("speaker")):
        # "In the Ukrainian president's words, ..."
        return m.group("speaker"), Span(*m.span("speaker")), "according to", Span(*m.span("content"))
    m = _AS_NOTED_DESCRIBED.match(text)
    if m and _is_description(m.group("speaker")):
        return m.group("speaker"), Span(*m.span("speaker")), "according to", Span(*m.span("content"))
    m = _ACCORDING_DESCRIBED_PRE.match(text)
    if m and _is_description(m.group("speaker")):
        # "According to the High Representative, Sybiha explained ...": the description reports someone else.
        return m.group("speaker"), Span(*m.span("speaker")), "according to", Span(*m.span("content"))
    m = _ACCORDING_PRE.match(text)
    if m and _is_speaker(m.group("speaker")):
        # "According to Reuters, Zelensky's aide Dmytro Lytvyn said ...": the outlet reports the aide;
        # "According to Kallas, Sybiha explained ...": a person reports what someone else said.
        inner = _attribution_at(text[m.start("content") :])
        if inner[0] is not None and inner[2] != "according to" and is_outlet(m.group("speaker")):
            return _shifted(inner, m.start("content"))
        return _attributed(text, m, "speaker", "according to")
    m = _SAID.match(text)
    if (
        m
        and _is_speaker(m.group("speaker"))
        and not _pre_blocks(m.group("pre"))
        and (m.group("comma") is None or m.group("pre").rstrip().endswith(","))
        and not _noun_cue(m)
        # "Russia will lose, Kallas told reporters.": whom she told, not what (the words come before).
        and not _LISTENER_ONLY.fullmatch(m.group("content").strip(" .,"))
    ):
        words = [w for w in m.group("cue").split() if w != "as"]  # "has dismissed as" -> "dismissed"
        # "has said", "reportedly said": the verb is the last word; "said that": the first
        verb = words[-1] if m.group("cue").startswith(("has", "had", "once", "reportedly", "allegedly")) else words[0]
        verb = m.group("cue") if words[0] == "is" else verb  # "is calling for"
        return _attributed(text, m, "speaker", verb)
    m = _DESCRIBED.match(text)
    if m and not _pre_blocks(m.group("speaker")) and _is_description(m.group("speaker")) and not _noun_cue(m):
        start, end = m.span("speaker")
        return m.group("speaker"), Span(start, end), m.group("cue").split()[0], Span(*m.span("content"))
    m = _ACCORDING_POST.match(text)
    if m and _is_speaker(m.group("speaker")):
        return _attributed(text, m, "speaker", "according to")
    m = _ACCORDING_DESCRIBED_PRE.match(text) or _ACCORDING_DESCRIBED_POST.match(text)
    if m and _is_description(m.group("speaker")):
        return m.group("speaker"), Span(*m.span("speaker")), "according to", Span(*m.span("content"))
    m = _SAID_POST.match(text)
    # Words first need words ("A Ukrainian MP wrote on Telegram that ...": "A" is no content, the article of the name).
    if m and tx.content_stems(m.group("content")):
        group = "speaker" if m.group("speaker") else "speaker2"
        if _is_speaker(m.group(group)):
            return _attributed(text, m, group, m.group("cue") or m.group("cue2"))
    m = _SAID_POST_DESCRIBED.match(text)
    if m and _is_description(m.group("speaker")):
        return m.group("speaker"), Span(*m.span("speaker")), m.group("cue"), Span(*m.span("content"))
    m = _VIEW_POST.match(text)
    if m and _is_speaker(m.group("speaker")):
        return _attributed(text, m, "speaker", "said")
    m = _PRONOUN_POST.match(text)
    if m and _is_speaker(m.group("subject")):
        return _attributed(text, m, "subject", m.group("cue"))
    if m and _is_description(m.group("subject")):
        return m.group("subject"), Span(*m.span("subject")), m.group("cue"), Span(*m.span("content"))
    return None, None, None, Span(0, len(text))


_LISTENER_ONLY = re.compile(r"(?:reporters|journalists|the\s+press|(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)")


# "Spraying of Naira notes is an offence": a cue that is also a plural noun ("notes", "claims", "calls")
# followed by a verb is the subject's noun, not a speaker's verb.
_VERB_START = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did"
    # "the Kremlin's key demands included ...": a verb a plural subject takes
    r"|includ(?:e|es|ed)|remain(?:s|ed)?|went|came|became|ended|began|centred|centered|focused|ranged)\b",
    re.I,
)


def _noun_cue(m: re.Match[str]) -> bool:
    return m.group("cue").endswith("s") and bool(_VERB_START.match(m.group("content")))


# News organisations a claim may cite with "according to" (besides names with an outlet word in them).
_OUTLETS = frozenset(
    ["reuters", "afp", "ap", "associated press", "bloomberg", "bbc", "cnn", "politico", "axios", "tass", "interfax",
     "ria novosti", "ukrinform", "euronews", "dw", "deutsche welle", "al jazeera", "nbc", "cbs", "abc", "fox",
     "npr", "le monde", "der spiegel", "spiegel", "bild", "stopfake", "suspilne", "unian", "rbc", "meduza"]
)  # fmt: skip
_OUTLET_WORDS = re.compile(
    r"\b(?:news|times|post|journal|herald|telegraph|guardian|press|agency|media|tv|radio|pravda|gazette|tribune"
    r"|daily|weekly|review|independent|insider|wire|broadcasting|television|newspaper|reports?|sources?)\b",
    re.I,
)


# Bodies that act by declaring ("NATO declared at its 2023 summit that ..."): what they declared is an event on
# record, told in narration, not words of a speaker quoted.
_INSTITUTION = re.compile(
    r"(?:the\s+)?(?:NATO|EU|European\s+Union|UN|United\s+Nations|Kremlin|White\s+House|Pentagon|G7|G20|OSCE"
    r"|European\s+Commission|European\s+Council|NATO\s+allies|(?:the\s+)?allies)",
    re.I,
)


def is_institution(name: str | None) -> bool:
    """Whether ``name`` is a body rather than a person ("NATO", "the Kremlin", "the EU")."""
    return name is not None and _INSTITUTION.fullmatch(name.strip()) is not None


def is_outlet(name: str) -> bool:
    """Whether ``name`` reads as a news organisation ("Reuters", "the Kyiv Independent") rather than a person."""
    key = re.sub(r"^the\s+", "", name.strip().lower())
    return key in _OUTLETS or bool(_OUTLET_WORDS.search(key))


def _pre_blocks(pre: str) -> bool:
    """Words before the speaker that show the sentence is not an attribution ("The claim that X said")."""
    lowered = pre.lower().split()
    if any(
        w in {"that", "whether", "if", "not", "never", "claim", "claims", "rumour", "rumor", "is", "was", "claiming",
              "alleging", "suggesting", "purporting", "quote", "quotes", "report", "reports", "post", "posts",
              "where", "which", "whom"}  # a relative clause: "The Berlin talks where Zelensky floated ..."
        for w in lowered
    ):
        return True
    # "The EU's foreign policy chief endorsed | Moscow's claim that ...": a verb of saying before the name makes it
    # the object (whose claim was taken up), not the speaker.
    if any(w in DENIALS or w in ENDORSEMENTS or w in _JUDGING for w in lowered):
        return True
    # "NATO's 2023 summit in Washington declared ...": the name after a preposition is where, not who
    # (a title before it keeps it a role: "Minister for Foreign Affairs Penny Wong").
    if len(lowered) >= 2 and lowered[-1] in _PLACE_PREPOSITIONS and lowered[-2] not in _TITLES:
        return True
    # "The former prime minister of | Estonia stated ...": the name is whose office, the speaker is described.
    return len(lowered) >= 3 and lowered[0] == "the" and lowered[-1] == "of" and _ROLE_BEFORE_OF.search(pre) is not None


_ROLE_BEFORE_OF = re.compile(rf"\b(?i:{_ROLE_NOUN})\s+of\s*$")
# "The former Prime Minister of Estonia, Kaja Kallas, explained ...": an office of a country, then the name.
_OFFICE_THEN_NAME = re.compile(
    rf"^(?P<office>[Tt]he\s+(?:[\w’'.-]+\s+){{0,4}}?(?i:{_ROLE_NOUN})(?:\s+of\s+(?:the\s+)?{_SHORT_NAME})?),\s+"
    rf"(?P<name>{_SHORT_NAME}),\s+(?=[a-z])"
)


def name_before_office(text: str) -> str:
    """An office named before the name in apposition, put after it: "The former Prime Minister of Estonia, Kaja
    Kallas, explained ..." -> "Kaja Kallas, the former Prime Minister of Estonia, explained ..." (the country is
    whose office, not who spoke)."""
    m = _OFFICE_THEN_NAME.match(text)
    if m is None:
        return text
    office = m["office"][0].lower() + m["office"][1:]
    return f"{m['name']}, {office}, {text[m.end():]}"


_PLACE_PREPOSITIONS = frozenset(["in", "at", "on", "from", "with", "by", "during", "after", "before", "to", "near"])
# "The EU's top diplomat called | Russia's claim that ... 'totally untrue'": whose claim was judged, not who spoke.
_JUDGING = frozenset(["called", "calls", "described", "describes", "branded", "brands", "labelled", "labeled",
                      "termed", "deemed", "considered", "considers"])  # fmt: skip


# Words that make "The ... said" a thing, not a person or body ("The report said", "The claim says").
_NOT_DESCRIPTIONS = {
    "report", "reports", "claim", "claims", "study", "article", "post", "posts", "statement", "rumour", "rumor",
    "video", "photo", "image", "message", "tweet", "letter", "document", "website", "page", "story", "news",
}  # fmt: skip


# Words that open a relative clause: "The NATO summit at which allies called ..." says where, not who.
_RELATIVE_WORDS = frozenset(["which", "where", "when"])


def _is_description(text: str) -> bool:
    """Whether "The ..." / "X's ..." names someone by role ("the EU's top diplomat"), not a document
    or a relative clause about something else ("the summit at which allies ...")."""
    words = [w.lower().strip("’'.,") for w in text.split()[1:]]
    return bool(words) and not any(w in _NOT_DESCRIPTIONS or w in _RELATIVE_WORDS for w in words)


COMPARING = frozenset(["compared", "compares", "likened", "likens"])
# "likened making concessions to Russia to sitting down with ...": the comparison's second term starts
# at the last "to" before a verb in -ing, else at the last "to".
_TO_TERM = re.compile(r"\s+to\s+(?=\w+ing\b)", re.I)


_LIKE = re.compile(
    r"^[^,;:]{6,120}?\s+(?:is|was|are|were|would\s+be|would\s+have\s+been)\s+(?:just\s+)?(?:like|akin\s+to"
    r"|comparable\s+to|no\s+different\s+from)\s+",
    re.I,
)


def compared_part(claim: Claim) -> Claim | None:
    """For "X likened A to B", the claim as the words of B alone: what the speaker's own words hold
    (the likening itself is usually narrated). None for any other claim."""
    if claim.cue not in COMPARING:
        # "X said A was like B": the same likening, told with "like".
        like = _LIKE.search(claim.content) if claim.attributed else None
        if like is None:
            return None
        span = Span(claim.content_span.start + like.end(), claim.content_span.end)
        if len(tx.content_stems(span.of(claim.text))) < 2:
            return None
        return replace(_narrowed(claim, span), cue="likened")  # a likening: B is a case put, not a thing said
    cuts = list(_TO_TERM.finditer(claim.content)) or list(re.finditer(r"\s+to\s+", claim.content))
    if not cuts:
        return None
    start = claim.content_span.start + cuts[-1].end()
    span = Span(start, claim.content_span.end)
    if len(tx.content_stems(span.of(claim.text))) < 2:
        return None
    return _narrowed(claim, span)


def _narrowed(claim: Claim, span: Span) -> Claim:
    """``claim`` with the words at ``span`` of its text as all of its content."""
    part = span.of(claim.text)
    return replace(claim, content=part, content_span=span, quoted=quoted_pieces(part), entities=tx.names(part),
                   numbers=tx.numbers(part), markers=tx.markers(part, span.start))  # fmt: skip


# Where a claim may join two statements: "A and B", "A, but B", "A — B", "A; B" (not inside quoted words).
_JOINS = re.compile(
    # not "Zelenskyy–Witkoff" nor "full-scale": a hyphen or en dash joins only between spaces
    r"\s+(?:and|but)\s+(?:that\s+)?|,\s*(?:and|but)\s+(?:that\s+)?|\s*—\s*|\s+[–-]\s+|\s*;\s*"
    r"|,\s+(?=(?:with\s+)?no\s)"  # "..., no further meetings planned"
    # "guarantees don't need to be binding, political promises are enough": a second clause after a bare comma, a
    # short noun phrase and its verb (not "..., which is ...")
    r"|,\s+(?P<splice>)(?=(?!(?:which|who|that|where|when|as|if|because|so)\b)(?:[a-z][\w’'-]*\s+){1,2}"
    r"(?:is|are|was|were|will|won['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s"
    r"|(?:they|he|she|we)['’](?:re|ll|s)\s)"
    r"|(?<=[\"”]),\s+(?=[\"“])",  # two quotations in a row: 'was "totally untrue", "the Russian narrative ..."'

    re.I,
)
# A subordinate clause the comma ends ("if ...,", "once ...,", "Despite ...,"), from the start or the last comma.
_SUBORDINATE_LEAD = re.compile(
    r"(?:^|,\s*)(?:if|unless|once|when|whenever|although|though|despite|because|since|as|while|after|before|until"
    r"|should|whether)\b[^,]*$",
    re.I,
)
_CLAUSE_JOINS = re.compile(r"\s+and\s+that\s+|,\s*(?:and|but)\s+(?:that\s+)?|\s+but\s+(?:that\s+)?|\s*;\s*", re.I)
CONJUNCT_WORDS = 3  # the fewest words of each of the two statements
MAX_JOINS = 6  # the joins of a claim read for its statements
JOINED_REMARKS_CHARS = 400  # the longest claim read as two remarks joined by "and (that)"
_PART_CUE = re.compile(
    r"(?:also\s+)?(?P<cue>said|says|warned|warns|urged|urges|added|adds|stressed|stresses|insisted|insists|noted"
    r"|notes|argued|argues)\s+(?:that\s+)?",
    re.I,
)


def conjuncts(claim: Claim, clauses_only: bool = False) -> list[Claim]:
    """The claim as each of two statements it joins ("Russia is 'in a good place' and Western pressure
    isn't hurting Moscow"), split at each joining word outside its quoted words: if one is contrary to the
    record, so is the whole. Empty when nothing joins two clauses of ``CONJUNCT_WORDS`` words or more.
    ``clauses_only``: split only where a join cannot be inside a noun phrase ("and that", ", but", ";"), not at a
    bare "and" ("partners in the United States and Europe")."""
    outside = claim.content
    for piece in claim.quoted:
        outside = outside.replace(piece, re.sub(r"\S", "x", piece))
    out = []
    # A claim of more joined statements than a sentence holds is a list, not a claim: the first few joins are read.
    for m in list((_CLAUSE_JOINS if clauses_only else _JOINS).finditer(outside))[:MAX_JOINS]:
        if m.groupdict().get("splice") is not None and _SUBORDINATE_LEAD.search(outside[: m.start()]):
            continue  # "if Ukraine joins NATO, Russia is ...": a clause set before the main one, not a statement
        for lo, hi in ((0, m.start()), (m.end(), len(claim.content))):
            part = claim.content[lo:hi].strip(" ,.;!?")
            # "... and urged partners not to walk into its traps": the second statement's own cue and listeners.
            cued = _PART_CUE.match(part) if lo else None
            if cued is not None:
                rest = part[cued.end() :]
                addressed = _ADDRESSEE.match(rest) if cued.group("cue").lower().startswith("urge") else None
                part = rest[addressed.end() :] if addressed is not None else rest
            if len(tx.words(part)) < CONJUNCT_WORDS or len(tx.content_stems(part)) < 2:
                continue
            start = claim.content_span.start + claim.content.find(part, lo)
            out.append(_narrowed(claim, Span(start, start + len(part))))
    return out


# Where a claim joins two claims, each with its own subject: "A, while Kallas said B", "A, and Moscow agreed B",
# "A; B", "X called A, adding that B" (the second is X's too).
_CLAUSE_JOIN = re.compile(
    r",\s+(?:and|but|while|whereas)\s+|;\s+|\s+(?:while|whereas)\s+"
    # "... and he confirmed ...": a pronoun and a verb in the past open a second claim with no comma before it.
    r"|\s+(?:and|but)\s+(?=(?:he|she)\s+(?:also\s+|later\s+|then\s+)?[a-z]+ed\b)"
    r"|,\s+(?P<adding>adding|noting|saying|insisting|arguing|stressing|urging|warning|explaining|declaring)\s+"
    r"(?:that\s+)?"
    # "Kallas told AFP there was no reason ... and that only NATO's umbrella works": a second remark, same speaker
    r"|,?\s+and\s+(?P<also>that)\s+"
    # "Kallas says Russia is 'in a very good place' and Europe should EASE the pressure": a second clause with its
    # own subject and verb, in the same words said
    r"|\s+and\s+(?P<conj>(?=(?-i:[A-Z][\w’'-]+)\s+(?:should|must|will|would|can|could|is|are|was|were|has|have)\b))",
    re.I,
)
# The second begins with its subject: a name, or a noun phrase ("the negotiations").
_CLAUSE_SUBJECT = re.compile(
    r"(?:(?:then|later|afterwards|meanwhile)\s+)?(?P<he>he|she)\b|(?:(?:then|later|afterwards|meanwhile)\s+)?"
    r"(?:[A-Z][\w’'.-]*\b(?<!\bI)|(?:the|a|an|his|her|its|their|one|another|this|these|those|both)\s+\w"
    # "..., and neither NATO nor EU leaders have ...", "..., but no official has ...": a denied subject
    r"|(?:neither|no|none\s+of)\s+(?:the\s+)?[A-Za-z])"
)
_PARTICIPLE_PAST = {"indicating": "indicated", "signalling": "signalled", "signaling": "signaled",
                    "explaining": "explained", "adding": "added", "noting": "noted", "saying": "said",
                    "insisting": "insisted",
                    "arguing": "argued", "stressing": "stressed", "warning": "warned", "declaring": "declared",
                    "claiming": "claimed", "urging": "urged", "suggesting": "suggested", "calling": "called",
                    "describing": "described", "telling": "told", "comparing": "compared",
                    "likening": "likened"}  # fmt: skip


# A reader praising or blaming someone for what they said: "Good on Kallas for calling the story 'totally untrue'",
# "Shame on Zelensky for saying ...": what they said is the claim.
_PRAISED_FOR = re.compile(
    rf"^\W*(?i:good\s+on|kudos\s+to|credit\s+to|hats\s+off\s+to|shame\s+on|thank\s+you,?|thanks,?|well\s+done,?)\s+"
    rf"(?P<who>{_SHORT_NAME}),?\s+(?i:for)\s+(?P<cue>{'|'.join(_PARTICIPLE_PAST)})\s+(?P<words>\S.+)$",
    re.S,
)


# A member's lead in a parliament: "The Honourable Member will recall that ...", "I put it to the House that ...", "Is
# the Minister aware that ...?" (a question that asserts what follows).
_ADDRESSED = (
    r"(?:the\s+)?(?:(?:right\s+)?honou?rable\s+(?:member|gentleman|lady|friend)(?:\s+opposite)?|minister|house"
    r"|committee|chamber|commissioner|secretary\s+of\s+state|secretary|government|members|colleagues|speaker)"
)
_HOUSE_LEAD = re.compile(
    rf"^\W*(?:(?P<told>{_ADDRESSED})\s+(?:will|may|should|must|would)\s+(?:(?:well|surely|no\s+doubt)\s+)?"
    r"(?:recall|remember|know|be\s+aware|wish\s+to\s+know|want\s+to\s+know|note|agree)"
    rf"|I\s+(?:(?:would|must|should)\s+)?(?:put\s+it\s+to|remind|inform|tell)\s+{_ADDRESSED}"
    rf"|(?P<asked>(?:is|are)\s+{_ADDRESSED}\s+(?:not\s+)?aware))\s+that\s+(?=\S)",
    re.I,
)


# A headline's label naming an event and its town: "Talks in Berlin: Zelensky offers ...".
_EVENT_LABEL = re.compile(
    r"^\W*(?P<event>(?i:talks|summit|meeting|negotiations|press\s+conference|presser))\s+(?:in|at)\s+"
    r"(?P<town>[A-Z][\w’'-]+)\s*:\s+(?P<rest>\S.+)$",
    re.S,
)


def event_label(text: str) -> str:
    """A headline's label naming an event in a town, as the scene the claim opens with: "Talks in Berlin: Zelensky
    offers ..." -> "At the talks in Berlin, Zelensky offers ..." (not a name put in place of the record's)."""
    m = _EVENT_LABEL.match(text)
    if m is None or not wd.meeting_town(m["town"]):
        return text
    return f"At the {m['event'].lower()} in {m['town']}, {m['rest']}"


def house_lead(text: str) -> str:
    """``text`` without a member's lead in a parliament: "The Honourable Member will recall that Kallas said X" ->
    "Kallas said X"; "Is the Minister aware that Kallas said X?" -> "Kallas said X."."""
    m = _HOUSE_LEAD.match(text)
    if m is None or len(tx.words(text[m.end() :])) < 3:
        return text
    rest = text[m.end() :]
    if m["asked"]:
        rest = re.sub(r"\?+(\W*)$", r".\1", rest)
    return rest[0].upper() + rest[1:]


def praised_for(text: str) -> str:
    """A reader's praise or blame for words, as the words said: "Good on Kallas for calling the story 'totally
    untrue'" -> "Kallas called the story 'totally untrue'"."""
    m = _PRAISED_FOR.match(text)
    if m is None or not _is_speaker(m.group("who")):
        return text
    return f"{m.group('who')} {_PARTICIPLE_PAST[m.group('cue')]} {m.group('words')}"


# A claim in circulation named by its words in quotation marks: "the 'NATO provoked the war' line" is the claim that
# NATO provoked the war.
_QUOTED_LINE = re.compile(
    r"\bthe\s+['‘\"“](?P<words>[A-Za-z][^'’\"“”]{4,80}?)['’\"”]\s+"
    r"(?:line|story|narrative|argument|claim|talking\s+point|trope|myth|theory|excuse)\b"
)


def quoted_line(text: str) -> str:
    """A claim in circulation named by its quoted words, as the claim that they state: "called the 'NATO provoked
    Russia' story 'totally untrue'" -> "called the claim that NATO provoked Russia 'totally untrue'"."""
    return _QUOTED_LINE.sub(lambda m: f"the claim that {m['words']}", text)


CLAUSE_WORDS = 4  # the fewest words of each of the two claims
# The second points back into the first ("..., and Zelenskyy repeated that comparison"): not a claim alone. (A
# rebuttal of "such claims" is how the record itself words one: "Kallas called these claims 'totally untrue'".)
_POINTS_BACK = re.compile(
    r"\b(?:this|that|these|those|such|the\s+same)\s+(?:comparisons?|offers?|remarks?|statements?|views?|positions?"
    r"|ideas?|moves?|proposals?|quotes?|decisions?|plans?|demands?|warnings?|stances?|words|points?|assessments?"
    r"|message|analogy)\b",
    re.I,
)


# One claim of two people: "Both Kallas and Zelenskyy said ...", "Kallas and Zelensky both stressed ...", "Like the
# Ukrainian president, the EU's top diplomat said ..." (each of them said it).
_WHO = rf"(?:{_DESCRIPTION}|(?:[Tt]he\s+)?{_SHORT_NAME})"
_BOTH = re.compile(
    rf"^(?:(?i:both)\s+(?P<a>{_WHO})\s+and\s+(?P<b>{_WHO})|(?P<a2>{_WHO})\s+and\s+(?P<b2>{_WHO})\s+both"
    rf"|(?i:like|just\s+like|as\s+did)\s+(?P<a3>{_WHO}),\s+(?P<b3>{_WHO}))\s+(?P<rest>[a-z].{{8,}})$",
    re.S,
)
# A verb in the plural, as each one's: "now say" -> "now says".
_PLURAL_VERB = re.compile(
    r"^(?P<adv>(?:now|also|still|again|each|both)\s+)?(?P<verb>say|want|agree|insist|argue|believe|think|warn|demand"
    r"|stress|accept|reject|support|oppose|see|call|describe|admit|claim|urge|have)\b"
)
_SINGULAR = {"have": "has", "stress": "stresses"}
_SAYS_FIRST = re.compile(rf"(?:(?:now|also|still|again|have|has|had)\s+)*(?:{CUES})\b")


def _each_of_two(text: str) -> tuple[str, str] | None:
    """The claim of two people said as each one's ("Both Kallas and Zelenskyy now say P" -> "Kallas now says P",
    "Zelenskyy now says P"), or None."""
    m = _BOTH.match(text)
    if m is None:
        return None
    a, b = m["a"] or m["a2"] or m["a3"], m["b"] or m["b2"] or m["b3"]
    if not _SAYS_FIRST.match(m["rest"]):
        return None  # (what both did together, not what each said: "Both Zelensky and Witkoff met in Berlin")
    if not all(_is_description(w) or (_is_speaker(w) and wd.person_like(w)) for w in (a, b)):
        return None  # (not "Hungary and Slovakia both welcomed ...": bodies, whose words are not quoted)
    rest = _PLURAL_VERB.sub(lambda v: f"{v['adv'] or ''}{_SINGULAR.get(v['verb'], v['verb'] + 's')}", m["rest"])
    return tuple(f"{who[0].upper()}{who[1:]} {rest}" for who in (a, b))  # type: ignore[return-value]


def clauses(text: str) -> tuple[str, str] | None:
    """The two claims ``text`` joins, each to be checked alone (a pronoun or participle subject taken from
    the first's speaker: "Kallas called it X, adding that Y" -> "Kallas added that Y"), or None. Not split:
    words inside quote marks, and "X said A, and B" where B names no speaker of its own (B may be X's words
    or the claim's narration: the alignment reads such joins)."""
    each = _each_of_two(text)
    if each is not None:
        return each
    outside = text
    for piece in quoted_pieces(text):
        outside = outside.replace(piece, re.sub(r"\S", "x", piece))
    # (the first few joins: a claim of more joined claims than a sentence holds is a list, and each try parses it)
    for m in list(_CLAUSE_JOIN.finditer(outside))[:MAX_JOINS]:
        left, right = text[: m.start()].strip(), text[m.end() :].strip()
        if len(tx.words(left)) < CLAUSE_WORDS or len(tx.words(right)) < CLAUSE_WORDS or _POINTS_BACK.search(right):
            continue
        conj = m.group("conj") is not None
        remarks = bool(m.group("also")) or conj
        # (a claim longer than a few sentences is no pair of remarks: each half would be re-checked; "some partners in
        # US and Europe was not supporting": two names, one subject)
        if remarks and (len(text) > JOINED_REMARKS_CHARS or (conj and left.split()[-1][:1].isupper())):
            continue
        try:
            first = parse_claim(left)
        except QueryError:
            continue
        subject = _CLAUSE_SUBJECT.match(right)
        if remarks:
            if first.speaker is None or first.cue is None:
                continue
            if conj and tx.CONDITION.search(first.content):
                continue  # "if Putin gets the Donbas, the fortress is down and Russia will move on": one consequence
            # ... told in the first's setting and by its cue ("Fresh from the talks, Kallas told AFP | ...").
            right = left[: first.content_span.start] + right
        elif m.group("adding"):
            if first.speaker is None:
                continue
            past = _PARTICIPLE_PAST[m.group("adding").lower()]
            # ("..., urging Europeans not to walk into their traps": whom she urged, then what)
            right = f"{first.speaker} {past} {right}" if past == "urged" else f"{first.speaker} {past} that {right}"
        elif subject is None:
            continue
        elif subject.group("he"):
            # "he" / "she" is the first's speaker, or else the person it names ("Kallas's interview with AFP came out
            # on February 27 while she was visiting Washington").
            who = first.speaker or next((n for n in first.entities if wd.person_like(n) and _subject_of(n, left)), None)
            if who is None:
                continue
            right = who + right[subject.end("he") :]
        else:
            try:
                second = parse_claim(right)
            except QueryError:
                continue
            contrast = m.group(0).strip(" ,;").lower() in {"while", "whereas"}
            named = right[:1].isupper() and not right.startswith(("The ", "A ", "An "))
            if first.speaker is not None and second.speaker is None and not (contrast or named):
                continue
        return left.rstrip(" ,;"), right
    return None


def _subject_of(name: str, text: str) -> bool:
    """Whether ``name`` opens ``text`` or owns its subject ("Kallas's interview ..."), not a place in it."""
    return text.startswith(name) or re.match(rf"(?:the\s+)?{re.escape(name)}[’']s\b", text, re.I) is not None


_JOINED_BEFORE = re.compile(r"\b(?:and|but|or)(?:\s+that)?\s*,?\s*$", re.I)


def consequent(claim: Claim) -> Claim | None:
    """The claim without the condition it sets ("written promises would be enough | if it stays out of NATO" ->
    "written promises would be enough"): what it says holds under the condition. None when it sets none or
    too little is left."""
    conditions = tx.condition_clauses(claim.content)
    if not conditions:
        return None
    lo, hi = conditions[0]
    before = claim.content[:lo]
    if _JOINED_BEFORE.search(before):
        return None  # "A and that if B, C": the condition is the second statement's, not A's
    after = re.sub(r"^[\s,]*(?:then\b)?", "", claim.content[hi:])
    part = (before if len(tx.words(before)) >= len(tx.words(after)) else after).strip(" ,.;!?")
    if len(tx.words(part)) < CONJUNCT_WORDS or len(tx.content_stems(part)) < 2:
        return None
    start = claim.content_span.start + claim.content.find(part)
    return _narrowed(claim, Span(start, start + len(part)))


# "..., so Brussels is fine with ...", "... - which means ...": what the claim concludes from the words.
_INFERRED = re.compile(
    r"(?:\s*[-–—,;:]\s*|\s+)(?:and\s+)?(?:so|which\s+means|meaning|in\s+other\s+words|therefore|hence)\s+(?=\w)", re.I
)


def inferred(claim: Claim) -> Claim | None:
    """What a claim concludes from the words it attributes ("'up to Ukrainians' - so Brussels is fine with Kyiv
    walking away"): the part after "so", "which means", ...; None when it draws no conclusion (or too short)."""
    m = _INFERRED.search(claim.content)
    if m is None or len(tx.words(claim.content[: m.start()])) < CONJUNCT_WORDS:
        return None
    part = claim.content[m.end() :].strip(" ,.;!?")
    if len(tx.words(part)) < CONJUNCT_WORDS or len(tx.content_stems(part)) < 2:
        return None
    start = claim.content_span.start + m.end()
    return _narrowed(claim, Span(start, start + len(part)))


def _is_speaker(name: str) -> bool:
    first = name.split()[0]
    # A title with no name ("the High Representative") is a description, read as one (``_DESCRIBED``).
    last = name.split()[-1]
    untitled = re.fullmatch(_ROLE_NOUN, last.lower()) is not None or re.fullmatch(_ROLE_NOUN, last) is not None
    return first not in _NOT_SPEAKERS and first[:1].isupper() and not untitled


_PARTICLES = frozenset(["de", "von", "der", "van", "al", "bin", "la"])


def _name_span(text: str, span: tuple[int, int]) -> Span:
    start, end = span
    tokens = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    # Titles and roles ("Ukrainian President Volodymyr Zelenskyy") belong to the role, not the name.
    titles = [i for i, (a, b) in enumerate(tokens[:-1]) if text[a:b].lower() in _TITLES]
    if titles:
        tokens = tokens[titles[-1] + 1 :]
    # "EU's Kallas": the possessive says whose; the name is the speaker.
    owner = [i for i, (a, b) in enumerate(tokens[:-1]) if text[a:b].endswith(("'s", "’s"))]
    if owner and text[tokens[-1][0]].isupper():
        tokens = tokens[owner[-1] + 1 :]
    # "Even Kallas concedes ...": an adverb opening the sentence is no part of the name.
    while len(tokens) > 1 and text[tokens[0][0] : tokens[0][1]] in _LEAD_ADVERBS:
        tokens = tokens[1:]
    # "top diplomat Kallas": lower-case words before the name describe the person.
    described = [i for i, (a, b) in enumerate(tokens[:-1]) if text[a].islower() and text[a:b] not in _PARTICLES]
    if described and text[tokens[-1][0]].isupper():
        tokens = tokens[described[-1] + 1 :]
    first, last = tokens[0][0], tokens[-1][1]
    if text[first:last].endswith(("'s", "’s")):
        last -= 2
    while last > first + 1 and text[last - 1] in ".,:;":
        last -= 1
    return Span(first, last)


_LEAD_ADVERBS = frozenset("Even Now Also Still Yet Then So Meanwhile Later Finally Again Only Indeed".split())


def _speaker(text: str, span: tuple[int, int]) -> str:
    return _name_span(text, span).of(text).strip()


def _trim(text: str, span: Span) -> tuple[Span, bool]:
    """Drop surrounding space, a final full stop and quote marks that wrap the whole content; the flag
    says whether quote marks were removed."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;"):
        end -= 1
    unwrapped = False
    if end - start >= 2 and text[start] in _Q_OPEN and text[end - 1] in _Q_CLOSE:
        inner = text[start + 1 : end - 1]
        if not any(c in inner for c in '"“”'):
            start, end, unwrapped = start + 1, end - 1, True
            while end > start and text[end - 1] in ".,;":
                end -= 1
    elif end - start >= 2 and text[start] in _Q_OPEN and not any(c in _APOSTROPHE.sub("", text[start + 1 : end])
                                                                   for c in _Q_CLOSE):  # fmt: skip
        # '"A," X said': the closing mark was left outside the content with the comma.
        start, unwrapped = start + 1, True
    return Span(start, end), unwrapped


_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")  # "NATO's": no closing quote mark
# Single quote marks may hold apostrophes between letters ('Donbas is not Putin's end game').
_QUOTED = re.compile(
    r"[\"“„«‘](?P<q>[^\"“”„«»]{2,}?)[\"”»’](?!\w)|(?<!\w)'(?P<s>(?:[^']|(?<=\w)'(?=\w)){2,}?)'(?!\w)"
)


def quoted_pieces(content: str) -> tuple[str, ...]:
    """The pieces of ``content`` inside quote marks (single quotes may hold apostrophes between letters)."""
    found = [m.group("q") or m.group("s") for m in _QUOTED.finditer(content)]
    return tuple(q.strip(" ,.;") for q in found if q and q.strip(" ,.;"))


def _given_date(on: date) -> DateMention:
    # A zero-length span: the date was given with the claim, not written in it.
    return DateMention(Span(0, 0), on.isoformat(), on, Granularity.DAY, relative=False)


def _when(text: str, content: Span, attributed: bool) -> DateMention | None:
    """The time the claim refers to: a date in the attribution frame first, then (unattributed
    claims only) in the content. "by 2027" is a deadline inside the content, not a time."""
    frame = [Span(0, content.start), Span(content.end, len(text))]
    regions = frame + ([] if attributed else [content])
    for region in regions:
        piece = region.of(text)
        for pattern, granularity in _DATES:
            m = pattern.search(piece)
            if m:
                return _mention(m, granularity, region.start)
        r = _RELATIVE.search(piece)
        if r:
            span = Span(region.start + r.start(), region.start + r.end())
            return DateMention(span, r.group(0), None, Granularity.RANGE, relative=True)
    return None


def month_day(mention: DateMention) -> tuple[int, int] | None:
    """(month, day) of a day written without a year ("Feb. 18"); None for anything else."""
    m = _YEARLESS.fullmatch(mention.text)
    if m is None:
        return None
    month, day = _MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("d"))
    return (month, day) if 1 <= day <= 31 else None


def yearless_month(mention: DateMention) -> int | None:
    """The month of a month named without a year or day ("This December"); None for anything else."""
    m = _MONTH_ONLY.fullmatch(mention.text)
    return _MONTHS[m.group("mon").lower().rstrip(".")] if m is not None else None


_MONTH_ONLY = re.compile(rf"{_MONTH_LEAD}\s*(?P<mon>{_MONTH})")
_YEARLESS = re.compile(rf"(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?")


def _mention(m: re.Match[str], granularity: Granularity, offset: int) -> DateMention | None:
    groups = m.groupdict()
    if groups.get("y") is None and groups.get("mon"):
        return DateMention(Span(offset + m.start(), offset + m.end()), m.group(0), None, granularity, relative=False)
    try:
        year = int(groups["y"])
        month = _MONTHS[groups["mon"].lower().rstrip(".")] if groups.get("mon") else int(groups.get("m") or 1)
        day = int(groups.get("d") or 1)
        resolved = date(year, month, day)
    except (KeyError, ValueError):
        return None
    return DateMention(Span(offset + m.start(), offset + m.end()), m.group(0), resolved, granularity, relative=False)


# The order matters: capitals first (the shapes below read verbs written small), the reader's lead and the comment
# before the shapes that open the claim, dates last.
# Slips a tip line sees often ("prime minster", "security guarentees", "Ukranian") and a street cut short
# ("Downing St."): written out as the articles write them.
_MISSPELT = {
    "minster": "minister", "minsiter": "minister", "guarentee": "guarantee", "guarentees": "guarantees",
    "garantee": "guarantee", "garantees": "guarantees", "guarantess": "guarantees", "goverment": "government",
    "negociations": "negotiations", "ukranian": "Ukrainian", "ukranians": "Ukrainians", "ukrainain": "Ukrainian",
    "presidnet": "president", "diplomate": "diplomat", "recieved": "received", "untill": "until",
}  # fmt: skip
_SLIP = re.compile(r"\b(?:" + "|".join(_MISSPELT) + r")\b", re.I)
_STREET = re.compile(r"\b(?P<name>[A-Z][a-z]+)\s+St\.(?=\s|$)")


_CAPITALISED = re.compile(r"(?<=\s)(?P<word>[A-Z][a-z]{3,14})\b(?!\.\s+[a-z])")  # (not "Pres. will")
_SLAVIC_ENDING = re.compile(r"(?:iy|yi|ij|ii|yj)$")


def _spellings(word: str) -> list[str]:
    """Other ways a name is transliterated: "Vitkoff" -> "Witkoff", "Sybiga" -> "Sybiha", "Zelenskyi" -> "Zelenskyy",
    "Kalas" -> "Kallas" (a letter doubled or single)."""
    out = []
    if word[0] in "VW":
        out.append(("W" if word[0] == "V" else "V") + word[1:])
    out += [word[:i] + "h" + word[i + 1 :] for i, c in enumerate(word) if c == "g" and i > 0]
    if _SLAVIC_ENDING.search(word):
        stem = _SLAVIC_ENDING.sub("", word)
        out += [stem + "yy", stem + "y", stem + "iy"]
    out += [word[: i + 1] + c + word[i + 1 :] for i, c in enumerate(word) if i > 0 and c in "lnstfkmr"]
    out += [word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]]
    return [w for w in dict.fromkeys(out) if w != word]


def _one_spelling(word: str) -> str:
    return _SLAVIC_ENDING.sub("", re.sub(r"(.)\1", r"\1", word.lower())).rstrip("y")


def respelled_names(text: str, written: Callable[[str], bool]) -> str:
    """``text`` with a name the corpus never writes replaced by the one transliteration of it that it does ("Meeting
    of Zelenskyi with Vitkoff" -> "Meeting of Zelenskyy with Witkoff"); ``written`` tells whether the corpus writes a
    word. A name with no such spelling, or with more than one, stays as written."""

    def one(m: re.Match[str]) -> str:
        word = m["word"]
        if written(word):
            return word
        found = [w for w in _spellings(word) if written(w)]
        # (one name, perhaps written two ways: "Zelensky", "Zelenskyy")
        return found[0] if len({_one_spelling(w) for w in found}) == 1 else word

    return _CAPITALISED.sub(one, f" {text}")[1:]


def respelled_words(text: str) -> str:
    """``text`` with common slips written out: "the prime minster of Latvia" -> "the prime minister of Latvia",
    "Downing St." -> "Downing Street"."""
    text = _SLIP.sub(lambda m: _MISSPELT[m.group(0).lower()], text)
    return _STREET.sub(lambda m: f"{m['name']} Street", text)


# A researcher's annotation row: "Speaker: Kallas | Said: ... | Date: 15 Dec 2025 | Venue: Brussels press conference".
_ROW_FIELD = re.compile(r"^\s*(?P<key>[A-Za-z][A-Za-z /-]{0,20}?)\s*:\s*(?P<value>\S.*?)\s*$", re.S)
_ROW_KEYS = {
    "speaker": "who", "who": "who", "person": "who", "said by": "who", "attributed to": "who",
    "said": "said", "quote": "said", "statement": "said", "claim": "said", "words": "said", "text": "said",
    "date": "when", "when": "when", "dated": "when", "time": "when",
    "venue": "where", "place": "where", "location": "where", "where": "where", "context": "where",
    "setting": "where", "occasion": "where", "event": "where",
    "source": "source", "outlet": "source", "medium": "source", "via": "source",
}  # fmt: skip
_ROW_DATE = re.compile(rf"\b(?:{_MONTH}|(?:19|20)\d\d)\b|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}")
_ROW_DAY = re.compile(rf"\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}")
_ROW_LEAD = re.compile(r"^(?i:on|in|at|during|after|following|before|ahead\s+of|while|to)\b")
_ROW_ONE_PLACE = re.compile(r"^[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$")


def _row_date(value: str) -> str:
    return f"on {value}" if _ROW_DAY.search(value) else f"in {value}"


def _row_setting(value: str) -> str:
    if _ROW_LEAD.match(value):
        return value
    return f"in {value}" if _ROW_ONE_PLACE.match(value) else f"at the {value}"


def annotated_row(text: str) -> str:
    """A row of an annotation sheet, read as what the speaker said where and when: "Speaker: Kallas | Said: it is up
    to Ukrainians | Date: 15 Dec 2025 | Venue: Brussels press conference" -> "Kallas said on 15 Dec 2025 at the
    Brussels press conference that it is up to Ukrainians". "Source: AFP, Feb 2025" is told to AFP then; fields it
    does not know ("Note: ...") are left out. Not a row (no speaker, or nothing said): ``text`` as it is."""
    cells = text.split("|")
    if len(cells) < 2:
        return text
    fields: dict[str, str] = {}
    for cell in cells:
        m = _ROW_FIELD.match(cell)
        if m is None:
            return text
        role = _ROW_KEYS.get(" ".join(m["key"].lower().split()))
        if role is not None and role not in fields:
            fields[role] = m["value"].rstrip(".;")
    if "who" not in fields or "said" not in fields:
        return text
    dates = [fields["when"]] if "when" in fields else []
    places = [_row_setting(fields["where"])] if "where" in fields else []
    told = ""
    for piece in (p.strip() for p in fields.get("source", "").split(",") if p.strip()):
        if _ROW_DATE.search(piece):
            dates.append(piece)
        elif not told and _ROW_ONE_PLACE.match(piece):
            told = piece
    # A date cell may name the place too: "Dec 2025, Berlin".
    if dates and "," in dates[0] and not _ROW_DATE.search(dates[0].rsplit(",", 1)[1]):
        date, place = (p.strip() for p in dates[0].rsplit(",", 1))
        dates[0] = date
        places.insert(0, _row_setting(place))
    setting = " ".join([_row_date(dates[0]), *places] if dates else places)
    cue = f"told {told}" if told else "said"
    return f"{fields['who']} {cue} {setting} that {fields['said']}".replace("  ", " ")


# A role in brackets after the name that opens a claim: "Zelensky (Ukrainian president) stated that ...".
_BRACKETED_ROLE = re.compile(rf"^(?P<who>{_SHORT_NAME})\s*\((?P<role>[^()\n]{{2,60}})\)\s+(?=[a-z])")
# Hearsay on the verb: "Kallas is said to have compared ...", "Witkoff allegedly said ...", "X reportedly told ...".
_SAID_TO_HAVE = re.compile(
    r"\s+(?:(?:(?:is|was|are|were)\s+(?:said|reported|alleged|claimed|believed|understood|thought)\s+to\s+have"
    r"|(?:appears|appeared|seems|seemed)\s+to\s+have"
    r"|(?:allegedly|reportedly|supposedly|purportedly|apparently))\s+(?=(?:told|said|made|put|claimed|stated|called"
    r"|described|compared|likened|warned|argued|insisted|suggested|conceded|admitted|declared|announced|dismissed"
    r"|rejected|denied|urged|demanded|maintained|asserted|noted|stressed|confirmed|revealed|hinted|signall?ed"
    r"|acknowledged|explained|promised|pledged|accepted|endorsed|backed|embraced|echoed)\b)"
    # ... or the hand forced: "was forced to concede that" (conceded)
    r"|(?:was|were|had\s+been)\s+(?:forced|obliged|compelled|made|pushed)\s+to\s+"
    r"(?=(?:admit|concede|acknowledge|confess|say|recogni[sz]e|confirm)\b))"
)


def role_in_brackets(text: str) -> str:
    """The role written in brackets after the name that opens ``text``, read in apposition: "Zelensky (Ukrainian
    president) stated ..." -> "Zelensky, Ukrainian president, stated ..."; a speaker's role told as a reminder between
    dashes ("Kallas told AFP — this is the former Estonian PM — that ...") says who, not what: it goes."""
    text = _WHO_THIS_IS.sub(" ", text, count=1)
    return _BRACKETED_ROLE.sub(lambda m: f"{m['who']}, {m['role'].strip()}, ", text, count=1)


_WHO_THIS_IS = re.compile(
    rf"(?<!\s)\s+[—–-]{{1,2}}\s+(?:this|that|she|he)(?:\s+is|\s+was|['’]s)\s+(?:the|a|an|our)\s+(?:[\w’'.-]+\s+){{0,5}}?"
    rf"(?:{_ROLE_NOUN}|prime\s+minister|PM|FM)\s+[—–-]{{1,2}}\s+"
)


# Whose verb it is: a title and perhaps a name, or a name perhaps with a description between commas.
_HEARSAY_HEAD = re.compile(
    rf"(?:(?:[Tt]he\s+)?(?:[\w’'.-]+\s+){{0,5}}?{_ROLE_NOUN}(?:\s+{_SHORT_NAME})?|{_SHORT_NAME}(?:,[^,]{{1,60}},)?)"
)


# Hedges a writer sets on what is reported: ", as reported,", ", reportedly,", "are reported to have vetoed", "were said
# to be scheduled": what is checked is what they hedge ("Russia reportedly attacked" keeps its hedge: a claim's own).
_REPORTED_ASIDE = re.compile(
    r",\s+(?:as\s+(?:has\s+been\s+|was\s+|is\s+)?reported|reportedly|it\s+(?:is|was)\s+(?:reported|said)"
    r"|according\s+to\s+(?:the\s+)?reports?),\s+(?=\S)"
)
_REPORTED_TO = re.compile(
    # (what is reported; not what is alleged or believed, a doubt the claim keeps: "is alleged to have stolen")
    r"\b(?P<be>is|are|was|were)\s+(?:said|reported)\s+to\s+(?P<v>have|be)\b"
)
_DOUBLE_QUOTED = re.compile(r"(“[^“”]*”|\"[^\"]*\")")
_REPORTED_TENSE = {("is", "have"): "has", ("are", "have"): "have", ("was", "have"): "had", ("were", "have"): "had"}


def without_reported(text: str) -> str:
    """``text`` without the hedges a writer sets on what was reported: "Kallas's position, as reported, was that P"
    -> "Kallas's position was that P", "Slovakia and Hungary are reported to have vetoed" -> "Slovakia and Hungary
    have vetoed" (whether it happened is what is checked; the words in quotation marks are left as they are)."""
    def plain(piece: str) -> str:
        piece = _REPORTED_ASIDE.sub(" ", piece)
        return _REPORTED_TO.sub(lambda m: _REPORTED_TENSE.get((m["be"], m["v"]), m["be"]), piece)

    pieces = _DOUBLE_QUOTED.split(text)  # the quoted words at odd places
    return "".join(piece if i % 2 else plain(piece) for i, piece in enumerate(pieces))


# The speaker's remarks told as a thing given somewhere: "Kallas's remarks about P were delivered in Berlin",
# "Kallas's comparison of A with B was made while she was visiting Washington".
_REMARKS_GIVEN = re.compile(
    rf"^(?P<who>{_SHORT_NAME})[’']s?\s+(?:(?P<compare>comparison|analogy)\s+(?:of|between)\s+(?P<pair>.+?)"
    # (the words themselves: "that P", "about it being P"; not a topic, "comments on Ukraine's NATO bid")
    r"|(?:remarks?|comments?|words|statement|assertion|claim|warning)\s+(?:that|about(?=\s+it\s+being\b))\s+"
    r"(?P<said>.+?))"
    r"\s+(?:was|were)\s+(?:(?:reportedly|allegedly|apparently)\s+)?"
    r"(?:made|delivered|given|offered|voiced|drawn|uttered)\s+"
    r"(?P<setting>(?:in|at|during|on|while|after|before)\b[^\"“”]{3,160}?)\s*[.!]?$",
    re.S,
)
_WHILE_SHE = re.compile(r"^while\s+(?:she|he|they)\s+(?:was|were)\s+(?=[a-z]+ing\b)")


def remarks_given(text: str) -> str:
    """The speaker's remarks told as a thing given somewhere, as their words said there: "Kallas's remarks about P were
    delivered in Berlin" -> "In Berlin, Kallas said P", "X's comparison of A with B was made while she was visiting
    Washington" -> "While visiting Washington, X compared A to B". After a label too ("Claim: ...")."""
    body = text
    while cut := _label_end(body):
        body = body[cut:]
    m = _REMARKS_GIVEN.match(body)
    if m is None:
        return text
    setting = _WHILE_SHE.sub("while ", m["setting"].rstrip(" ,"))
    if m["compare"]:  # (A and B apart at "with", else at "to" or "and": "of concessions to Moscow with ...")
        pair = next((p for p in (_PAIR_WITH.split(m["pair"], 1), _PAIR_TO.split(m["pair"], 1)) if len(p) == 2), None)
        if pair is None:
            return text
        said = f"compared {pair[0]} to {pair[1]}"
    else:
        said = f"said {_ABOUT_IT.sub('it is ', m['said'], count=1)}"
    return f"{setting[0].upper()}{setting[1:]}, {m['who']} {said}"


_ABOUT_IT = re.compile(r"^it\s+being\s+")
_PAIR_WITH = re.compile(r"\s+with\s+")
_PAIR_TO = re.compile(r"\s+(?:to|and)\s+")


def without_hearsay_verb(text: str) -> str:
    """``text`` with hearsay on the speaker's verb of saying dropped ("is said to have compared", "allegedly said") and
    a forced admission read as one ("was forced to concede" -> "conceded"): whether the person said it is what is
    checked (after a scene-setting phrase too: "In an AFP interview published Feb. 27, Kallas is said to have ...")."""
    frame = _FRAME.match(text)
    at = frame.end() if frame is not None and frame.end() < len(text) else 0
    head = _HEARSAY_HEAD.match(text, at)
    if head is None:
        return text
    said = _SAID_TO_HAVE.match(text, head.end())
    if said is None:
        return text
    rest = text[said.end() :].lstrip()
    forced = re.match(r"(admit|concede|acknowledge|confess|say|recogni[sz]e|confirm)\b", rest)
    if forced is not None:  # "was forced to concede" -> "conceded"
        verb = forced.group(1)
        rest = _past_of(verb) + rest[forced.end() :]
    return f"{text[: head.end()]} {rest}"


# A verb of saying left bare or in "-ing" after the name a claim opens with, as writers of English as a second
# language put it: "Kallas admit Ukraine ...", "Zelenskyy tell journalists ...", "Kalas is saying in Brussels ...".
_BARE_VERBS = {
    "say": "says", "tell": "tells", "admit": "admits", "warn": "warns", "call": "calls", "demand": "demands",
    "claim": "claims", "confirm": "confirms", "deny": "denies", "insist": "insists", "explain": "explains",
    "argue": "argues", "reject": "rejects", "urge": "urges", "promise": "promises", "announce": "announces",
    "write": "writes", "declare": "declares",
}  # fmt: skip
_ING_VERBS = {"saying": "says", "telling": "tells", "admitting": "admits", "warning": "warns", "claiming": "claims",
              "insisting": "insists", "demanding": "demands", "explaining": "explains", "comparing": "compares",
              "likening": "likens", "describing": "describes", "stressing": "stresses", "arguing": "argues",
              "urging": "urges"}  # fmt: skip
_BARE_CUE = re.compile(
    r"^(?!(?:Did|Does|Do|Has|Have|Had|Is|Are|Was|Were|Will|Would|Should|Can|Could|May|Might|Must|Let|Why|What|When"
    r"|Where|Who|How|Which)\b)"
    rf"(?P<who>{_SHORT_NAME})(?P<manner>\s+(?:finally|also|again|now|even|openly|basically))?"
    rf"(?P<setting>\s+(?:in|on|at|after|before|during|following)\s+[^,;:\"“”]{{2,60}}?)?"
    # (the verb, not a noun: "Kallas on the claim that ...")
    r"\s+(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bher\s)(?<!\bhis\s)(?<!\bits\s)"
    rf"(?:(?:is|was)\s+(?P<ing>{'|'.join(_ING_VERBS)})|(?P<verb>{'|'.join(_BARE_VERBS)}))\b(?=\s+\S)"
)


def standard_verbs(text: str, known: Callable[[str], bool]) -> str:
    """A claim opening with the name of a known person (``known``: a person of the corpus; "Fact-checkers say" is
    plain English) and a verb of saying in a learner's form, with the verb as a news text writes it:
    "Kallas admit Ukraine is ..." -> "Kallas admits Ukraine is ...", "Kalas is saying in Brussels that ..." ->
    "Kalas says in Brussels that ...", "Kallas after the talks February 18 say ..." -> "After the talks February 18,
    Kallas says ..." (after a headline label: "NEW - Kallas warn ...", or a scene-setting phrase: "In interview for AFP,
    Kallas is comparing ...")."""
    label, body = text[: _label_end(text)], text[_label_end(text) :]
    frame = _FRAME.match(body)
    if frame is not None and frame.end() < len(body):
        label, body = label + frame.group(0), body[frame.end() :]
    m = _BARE_CUE.match(body)
    if m is None or not known(m["who"].split()[-1]):
        return text
    verb = _BARE_VERBS[m["verb"]] if m["verb"] else _ING_VERBS[m["ing"]]
    rest = body[m.end() :]
    setting = (m["setting"] or "").strip()
    if m["ing"] or not setting or frame is not None:
        return f"{label}{m['who']}{m['manner'] or ''} {verb}{' ' + setting if setting else ''}{rest}"
    return f"{label}{setting[0].upper()}{setting[1:]}, {m['who']}{m['manner'] or ''} {verb}{rest}"


# The speaker put in focus: "It was Steve Witkoff, no less, who said ...", "The truth the Ukrainian president confessed
# is that ...", "What Kallas admitted is that ...".
_SPEAKER_CLEFT = re.compile(
    rf"^(?i:it\s+was)\s+(?P<who>(?:(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE_NOUN}\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}"
    # (perhaps with who it was not: "It was Sybiha, not Zelensky, who ...", "It was Lytvyn, his aide, and not Witkoff,")
    rf"|{_DESCRIPTION})(?:,[^,]{{1,30}}){{0,2}}(?:,)?\s+who\s+(?=[a-z])"
)
_TRUTH_IS = re.compile(
    rf"^(?i:(?:the\s+)?(?:truth|fact|thing|point)(?:\s+that)?|what)\s+(?P<who>{_SHORT_NAME}|(?i:the)\s+"
    rf"(?:[\w’'.-]+\s+){{0,4}}?{_ROLE_NOUN})\s+(?P<verb>said|says|admitted|admits|confessed|conceded|acknowledged"
    r"|told\s+\w+|revealed|let\s+slip)(?P<setting>\s+(?:in|at|on|to|during|after)\s+[^,;:\"“”]{1,40}?)?"
    r"\s+(?:is|was)\s+that\s+(?=\S)"
)


# "The EU's line is X. Kallas said so in Brussels": the sentence before is what the speaker said.
_SAID_SO = re.compile(
    rf"^(?P<claim>[^.!?]{{8,}}?[.!?])\s+(?!(?:She|He|They|It|We|I|You|This|That)\b)(?P<who>{_SHORT_NAME})\s+"
    r"(?P<cue>said|says|confirmed|admitted|told\s+\w+)\s+"
    r"(?:so|that|this|it)(?P<setting>\s+(?:in|at|on|during|after|before|to)\s+[^.!?]{1,60})?[.!]?$",
    re.S,
)
# "Witkoff's assessment of the Berlin round was that ...": what the speaker said.
_VIEW_WAS = re.compile(
    rf"^(?P<who>{_SHORT_NAME})[’']s?\s+(?:own\s+)?(?:assessment|verdict|view|message|position|argument|conclusion"
    r"|reading|account|demand|stance|line|belief|contention|claim)(?:\s+(?:of|on|about|to|for|with)\s+[^,;:\"“”]{1,60}?)?\s+(?:was|is|had\s+been|has\s+been)\s+that"
    r"\s+(?=\S)"
)


# A headline's reaction: "Kallas reacts to Berlin talks: '...'" (said after them).
_REACTS = re.compile(
    rf"^(?P<who>(?:[\w’'.-]+\s+){{0,4}}?{_SHORT_NAME})\s+(?:reacts|responds|replies|reacted|responded|replied)\s+"
    r"(?:to|on)\s+(?:the\s+)?(?P<what>[^:—–\"“”]{0,50}?\b(?:talks|meeting|summit|offer|proposal|plan|deal|remarks"
    r"|comments|statement|news|vote|decision|negotiations))\s*[:—–]\s*(?=\S)"
)


# "Kallas's insistence that P reflects ...", "The High Representative's position on X, as articulated at the Brussels
# press conference on 15 December, was one of deference: '...'": what a commentator makes of the speaker's words is
# commentary; the words are what the speaker said.
_SAYING_NOUNS = {
    "insistence": "insisted", "acknowledgment": "acknowledged", "acknowledgement": "acknowledged",
    "admission": "admitted", "warning": "warned", "claim": "claimed", "assertion": "asserted", "argument": "argued",
    "contention": "contended", "suggestion": "suggested", "observation": "observed", "remark": "remarked",
    "statement": "stated", "assurance": "assured", "pledge": "pledged", "promise": "promised", "denial": "denied",
    "reminder": "reminded", "concession": "conceded", "point": "said", "view": "said", "belief": "said",
    "conviction": "said", "message": "said", "reply": "replied", "response": "responded",
}  # fmt: skip
_POSSESSOR = rf"(?P<who>{_WHO})[’']s?\s+(?:own\s+)?(?:[a-z]+\s+)?"
_POSSESSED_THAT = re.compile(
    rf"^{_POSSESSOR}(?P<noun>{'|'.join(_SAYING_NOUNS)})\s+that\s+(?P<content>\S.+?[\"”’'])"
    # ... and what the commentator makes of them, after the quoted words: "... reflects a notably materialist
    # conception of deterrence" (not a verb inside the words: "Trump's claim that tariffs sparked a boom")
    r"(?:\s*\([^()]{0,200}\))?\s+(?:reflect(?:s|ed)|signall?(?:s|ed)|mark(?:s|ed)|underscor(?:es|ed)|show(?:s|ed)"
    r"|amount(?:s|ed)\s+to|point(?:s|ed)\s+to|betray(?:s|ed)|illustrat(?:es|ed)|highlight(?:s|ed)"
    r"|represent(?:s|ed)|(?:was|is)\s+widely|came\s+as|drew|sparked|prompted)\b[^\"“”]*$",
    re.S,
)
_POSSESSED_COLON = re.compile(
    rf"^{_POSSESSOR}(?:assessment|verdict|view|message|position|argument|conclusion|reading|account|framing"
    r"|dismissal|rejection|answer|response|reply|stance|line|diagnosis|case|take|analysis|point)\b"
    r"(?P<mid>[^:;\"“”]{0,240}?)\s+(?:was|is|had\s+been|has\s+been|remained|remains)\s+"
    # ... as the commentator describes it, not judges it ("Putin's argument is absurd: ..." is the writer's rebuttal)
    r"(?:(?:ultimately|notably|remarkably|strikingly|rather|quite|very|more|most|refreshingly|characteristically"
    r"|typically|equally|perfectly|admirably)\s+)?"
    r"(?:clear|unequivocal|blunt|plain|simple|instructive|sobering|stark|direct|candid|frank|firm|explicit|unambiguous"
    r"|telling|revealing|notable|striking|consistent|brief|short|specific|precise|straightforward|categorical"
    r"|emphatic|one\s+of\s+[a-z]+|as\s+follows)"
    r"\s*:\s+(?P<content>\S.+)$",
    re.S,
)
# Where the words were given, as the commentary says it: ", as articulated at the Brussels press conference ...,"
_ARTICULATED = re.compile(
    r",?\s+as\s+(?:articulated|set\s+out|expressed|stated|delivered|voiced|given|laid\s+out|put\s+forward)\s+"
    r"(?P<setting>(?:at|in|on|during)\b[^,]{3,160})"
)
# ... and the speaker taken up in the words: "Russia, she conceded, is ...", "..., as he put it, ..."
_AS_HE_PUT_IT = re.compile(
    r",\s+(?:as\s+(?:he|she|they)\s+put\s+it|(?:he|she|they)\s+(?:[a-z]+ed|said|says|told\s+\w+)),\s+(?=[\w“\"‘'])"
)


def possessed_words(text: str, known: Callable[[str], bool]) -> str:
    """A claim about the speaker's words as a commentator writes it, said plainly: "Kallas's insistence that P
    reflects ..." -> "Kallas insisted that P", "Kallas's position on X, as articulated at a press conference on 15
    December, was one of deference: '...'" -> "At a press conference on 15 December, Kallas said: '...'" (a person
    the corpus knows, ``known``, or one described by a role: "Ukraine's position is difficult: ..." is no one's
    words)."""
    def person(who: str) -> bool:
        return known(who.split()[-1]) or _ROLE_END.search(who) is not None

    m = _POSSESSED_THAT.match(text)
    if m is not None and person(m["who"]):
        return f"{m['who']} {_SAYING_NOUNS[m['noun']]} that {m['content'].rstrip(' ,')}"
    m = _POSSESSED_COLON.match(text)
    if m is None or not person(m["who"]):
        return text
    content = _AS_HE_PUT_IT.sub(" ", m["content"])
    setting = _ARTICULATED.search(m["mid"])
    if setting is None:
        return f"{m['who']} said: {content}"
    return f"{setting['setting'][0].upper()}{setting['setting'][1:]}, {m['who']} said: {content}"


# "The odds were, as Kallas put it, 'vanishingly thin'", "Kyiv, in Zelenskyy's words, made 'a compromise'": the
# speaker's words, with the speaker set between commas.
_PUT_BETWEEN = re.compile(
    rf"^(?P<a>[^,;:\"“”]{{4,150}}?),\s+(?:as\s+(?P<who>{_DESCRIPTION}|{_SHORT_NAME})\s+(?:put|puts|has\s+put)\s+it"
    rf"|in\s+(?P<whose>{_DESCRIPTION}|{_SHORT_NAME})[’']s?\s+(?:own\s+)?words),\s+(?P<b>\S.+)$",
    re.S,
)


def put_between(text: str) -> str:
    """The words with their speaker set between commas, as the speaker's: "The odds were, as Kallas put it,
    'vanishingly thin'" -> "Kallas said the odds were 'vanishingly thin'"."""
    m = _PUT_BETWEEN.match(text)
    if m is None or re.search(rf"\b{_SAYING_VERB}", m["a"]):
        return text  # (not "Trump said the deal was, as Vance put it, ...": someone's words already)
    who = m["who"] or m["whose"]
    said = re.sub(r"^(?:The|A|An)\b", lambda a: a.group(0).lower(), m["a"])
    return f"{who[0].upper()}{who[1:]} said {said} {m['b']}"


def speaker_first(text: str) -> str:
    """A claim putting its speaker in focus, said plainly: "It was Witkoff, no less, who said ..." -> "Witkoff said
    ...", "The truth the Ukrainian president confessed is that ..." -> "The Ukrainian president confessed that ...",
    "Witkoff's assessment of the round was that ..." -> "Witkoff said that ...", "Kallas reacts to Berlin talks: ..." ->
    "Kallas said after the Berlin talks that ..."."""
    m = _SPEAKER_CLEFT.match(text)
    if m is not None:
        return f"{m['who'][0].upper()}{m['who'][1:]} {text[m.end():]}"
    # (perhaps after when and where the words came: "According to remarks delivered in Brussels on 15 December, ...")
    frame = _FRAME.match(text)
    lead = frame.group(0) if frame is not None else ""
    m = _VIEW_WAS.match(text[len(lead) :])
    if m is not None:
        return f"{lead}{m['who']} said that {text[len(lead) + m.end():]}"
    m = _SAID_SO.match(text)
    if m is not None:
        claim = re.sub(r"^(?:The|A|An)\b", lambda a: a.group(0).lower(), m["claim"].rstrip(".!?"))
        return f"{m['who']} {m['cue']}{m['setting'] or ''} that {claim}"
    m = _REACTS.match(_unlabelled(text))
    if m is not None:
        return f"{m['who']} said after the {m['what']} that {_unlabelled(text)[m.end():]}"
    m = _TRUTH_IS.match(text)
    if m is not None:
        who = m["who"][0].upper() + m["who"][1:]
        return f"{who} {m['verb']}{m['setting'] or ''} that {text[m.end():]}"
    return text


# A live blog's or a newsroom's note before the claim: "Update 14:05 — ...", "Editor's note: ...", "Correction: ...".
_NOTE_LEAD = re.compile(
    r"^\W*(?i:update[ds]?|latest|correction|clarification|editor['’]?s\s+note|ed\.?\s+note)\b\s{0,3}"
    r"(?P<stamp>(?:at\s+)?\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|BST|ET))?|(?:[^—–:|\n\s][^—–:|\n]{0,24}?)?)"
    r"\s{0,3}(?:[—–|]|:(?!\d)|\s-)\s*(?=\S)"
)
# A video's or a podcast's stamp before the claim: "12:30 — ...", "Ep. 42: ...", "POV: ...", "Flashback to Feb 18, ...".
_STAMP_LEAD = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d\d(?::\d\d)?|(?i:ep(?:isode)?\.?\s*\d+|part\s+\d+|pt\.?\s*\d+)"
    r"(?:\s+(?i:recap|notes|summary|preview|highlights))?|(?i:pov|hot\s+take|flashback|throwback)"
    r"(?:\s{1,3}to\s{1,3}(?P<when>[^,:—–\s][^,:—–]{2,79}?))?)\s{0,3}(?:[:,—–|]|\s-)\s*(?=\S)"
)
_CLOCK = re.compile(r"^(?:at\s+)?\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|BST|ET))?$", re.I)
# "This article has been updated to add that ...": what it now says follows.
_UPDATED_TO = re.compile(
    r"^(?i:this|the)\s+(?:piece|article|story|report|post|blog|live\s+blog|page|caption)\s+(?:has\s+been|was|is\s+being)"
    r"\s+(?:updated|corrected|amended|changed)\s+to\s+(?:add|reflect|clarify|note|make\s+clear|say|show|state)"
    r"\s+that\s+(?=\S)"
)
# A full stop that ends an abbreviation, not a sentence: "U.S.", "Feb. 28".
_ABBREVIATION_DOT = (
    r"(?:(?<=\b[A-Z])|(?<=\bJan)|(?<=\bFeb)|(?<=\bMar)|(?<=\bApr)|(?<=\bJun)|(?<=\bJul)|(?<=\bAug)|(?<=\bSep)"
    r"|(?<=\bSept)|(?<=\bOct)|(?<=\bNov)|(?<=\bDec)|(?<=\bSt)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr))\."
)
# "An earlier version of this article said the talks would continue on Monday. In fact, they ...": what is said now.
_EARLIER_SAID = re.compile(
    r"^(?i:an\s+|the\s+)?(?i:earlier|previous|original)\s+(?i:version)\s+of\s+this\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:said|stated|reported|wrote|misstated|incorrectly\s+(?:said|stated|reported)|gave|misidentified)\s+"
    rf"(?P<wrong>(?:[^.;]|{_ABBREVIATION_DOT}){{3,200}}?)\s*[.;]\s*"
    r"(?:(?i:in\s+fact|actually|in\s+reality|rather)\s*,?\s*|(?P<pronoun>(?i:it|they|he|she))"
    r"(?:\s+(?i:in\s+fact|actually))?\s+)(?P<right>\S.*)$",
    re.S,
)
# "..., not in London as previously captioned": where the notice says the earlier text stood.
_AS_REPORTED = re.compile(
    # (not "as first reported by Reuters": a source, not an error)
    r"(?<![\s,]),?\s+(?:as|like)\s+(?:we\s+|it\s+was\s+|was\s+|had\s+been\s+)?(?:previously|first|earlier|initially"
    r"|originally|mistakenly|wrongly|incorrectly)\s+(?:stated|reported|said|captioned|written|published|claimed)"
    r"(?!\s+(?:by|in|on)\b)"
    r"|(?<![\s,]),?\s+as\s+(?:we\s+)?(?:had\s+)?(?:stated|reported|said)\s+(?:previously|earlier|at\s+first)"
    r"|(?<![\s,]),?\s+as\s+(?:an?\s+)?(?:earlier|previous|original)\s+version(?:\s+of\s+this\s+[\w-]+)?\s+"
    r"(?:stated|said|reported)",
    re.I,
)
_PRONOUN = re.compile(r"^(?:it|they|he|she)\s+(?:(?:in\s+fact|actually)\s+)?", re.I)
_SUBJECT_END = re.compile(
    r"\s+(?:would|will|was|were|is|are|had|has|have|did|could|can|may|might|lasted|\w+ed)\b"
)


def corrected(text: str) -> str:
    """What a correction notice or a live blog's update asserts: "Update 14:05 — Witkoff says ..." -> "Witkoff says
    ...", "Editor's note: This piece has been updated to add that X" -> "X", "An earlier version said the talks would
    continue on Monday. In fact, they ..." -> "The talks ...", "X, not in London as previously captioned" -> "X, not in
    London" in a correction. An update stamped with a date reads "today" as that date; a video's or podcast's stamp
    ("12:30 —", "Ep. 43 recap:", "POV:", "Flashback to Feb 18,") is left out too."""
    stamp_lead = _STAMP_LEAD.match(text)
    if stamp_lead is not None and len(tx.words(text[stamp_lead.end() :])) >= 3:
        when = stamp_lead["when"]
        text = (f"On {when}, " if when and _ROW_DATE.search(when) else "") + text[stamp_lead.end() :]
    note = _NOTE_LEAD.match(text)
    correcting = note is not None and re.match(r"\W*(?i:correction|clarification)", text) is not None
    if note is not None and len(tx.words(text[note.end() :])) >= 3:
        stamp, text = note["stamp"].strip(), text[note.end() :]
        if stamp and not _CLOCK.match(stamp) and _ROW_DATE.search(stamp):
            text = re.sub(r"\btoday\b", f"on {stamp}", text, count=1)
    text = _UPDATED_TO.sub("", text, count=1)
    earlier = _EARLIER_SAID.match(text)
    if earlier is not None:
        right = earlier["right"]
        if earlier["pronoun"] or re.match(r"(?:it|they|he|she)\s", right):
            # The pronoun stands for the subject of what the earlier version said: a name ("Kaja Kallas made ..."), or
            # the words before the verb the correction repeats ("the U.S. team met ...; it in fact met ...") or
            # before its first verb ("the Berlin talks would ...").
            wrong, right = earlier["wrong"], _PRONOUN.sub("", right)
            named = re.match(rf"{_SHORT_NAME}(?=\s+[a-z])", wrong)
            repeated = re.search(rf"\s{re.escape(right.split()[0])}\b", wrong) if right.split() else None
            verb = repeated or _SUBJECT_END.search(wrong)
            if named is None and verb is None:
                return text
            right = f"{named.group(0) if named else wrong[: verb.start() if verb else 0]} {right}"
        text = right
    correcting = correcting or earlier is not None or _AS_REPORTED.search(text) is not None
    text = _AS_REPORTED.sub("", text)
    if correcting:
        # "..., not in London": in a correction, what the earlier version said, set aside; the notice asserts the rest.
        end = len(text.rstrip())
        text = _NOT_THAT.sub(lambda m: "." if m.group(0).endswith(".") and m.end() >= end else "", text, count=1)
    return text[:1].upper() + text[1:]


# "..., not Saudi Arabia", "Jared Kushner, not Secretary of State Marco Rubio, joined ...": what a correction sets
# aside.
_NOT_THAT = re.compile(
    r",\s+not\s+(?:(?:in|on|at|from|by|to|with)\s+)?(?:the\s+)?"
    rf"(?:[A-Z][\w’'-]*(?:\.[\w’'-]*)*|{_WEEKDAY})(?:\s+[\w’'-]+(?:\.[\w’'-]*)*){{0,5}}?(?:,(?=\s)|(?=\s*[.!?]?\s*$))"
)


# A scholar's citation: "(AFP, 2025)", "(Orda.kz, citing The Guardian)", "Kallas (2025) contends".
_CITATION = re.compile(
    r"\s*\((?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    r"(?:,\s*(?:(?:19|20)\d\d[a-z]?|citing\s+[^()]{2,40}?|pp?\.\s*\d+(?:[-–]\d+)?))+\)(?=\s*(?:[.;]|$))"

    # ... or an encyclopedia's footnote mark: "[4]", "[citation needed]"
    r"|\[(?:\d{1,3}|[a-z]|note\s+\d+|(?:citation|clarification|verification|source)\s+needed|dubious[^\]]{0,30}"
    r"|failed\s+verification|according\s+to\s+whom\?|who\?|when\?|by\s+whom\?)\]"
)


# Slang on a measure: "90 minutes tops" (at most), "rn" (right now).
_TOPS = re.compile(
    r"\b(?P<unit>minutes|hours|days|weeks|months|years|mins|hrs|min|hr|h)\s+(?:tops|max)\b(?!\s+[a-z])", re.I
)
_RN = re.compile(r"\brn\b")


# "300 minutes": a duration in minutes that is whole hours, as the record gives durations ("over five hours").
_WHOLE_HOURS = re.compile(r"\b(?P<n>\d{2,4})\s+(?:minutes|mins)\b", re.I)


def without_slang(text: str) -> str:
    """``text`` with a post's slang on a measure written plainly: "lasted like 90 minutes tops" -> "lasted like 90
    minutes", "strong position rn" -> "strong position right now", "300 minutes" -> "5 hours"."""
    hours = _WHOLE_HOURS.sub(lambda m: f"{int(m['n']) // 60} hours" if int(m["n"]) % 60 == 0 else m.group(0), text)
    return _RN.sub("right now", _TOPS.sub(lambda m: m["unit"], hours))


# What a country code names as the country's ("UA pres", "RU outlets", "UA NATO membership").
_OF_A_COUNTRY = (
    r"pres|president|FM|PM|foreign|defen[cs]e|officials?|delegation|side|team|forces|troops|NATO|membership|bid"
    r"|outlets|media|state|government|govt|army|envoy|negotiators?"
)


# A newsroom's shorthand, written out: "Ukr. pres." (the Ukrainian president), "HR/VP" (the EU's High Representative and
# Vice-President), "EU FP chief", "FAC" (the Foreign Affairs Council), "5+ hrs", "Mon., Dec. 15".
_SHORTHAND: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\w.])[Pp]res\.(?=\s+[A-Z])"), "President"),
    (re.compile(r"(?<![\w.])[Pp]res\.(?=[\s,;:]|$)"), "president"),
    (re.compile(r"\bUkr\.(?=\s+[a-z])"), "Ukrainian"),
    (re.compile(r"\bHR/VP\b"), "High Representative"),
    (re.compile(r"\bFP\s+(?=chief\b)"), "foreign policy "),
    (re.compile(r"\bFAC\b"), "Foreign Affairs Council"),
    (re.compile(r"\bgovt\b", re.I), "government"),
    # a briefing memo's shorthand: "mtg w/ US envoy", "Art. 5", "(pub. Feb 27)", "FMs"
    (re.compile(r"(?<!\S)w/(?=\s)"), "with"),
    (re.compile(r"\bmtg\b"), "meeting"),
    # "Kallas said it straight at the presser: ...": said
    (re.compile(r"\b(?P<said>said|says)\s+it\s+(?:straight|plainly|bluntly|clearly|simply|directly|outright)(?=\s)"),
     r"\g<said>"),
    (re.compile(r"\bsesh\b"), "session"),
    (re.compile(r"(?<![\w~])~\s*(?=\d)"), "about "),
    (re.compile(r"\bwknd\b"), "weekend"),
    (re.compile(rf"\bpub\.(?=\s+(?:{_MONTH}|\d))"), "published"),
    (re.compile(r"\bArt\.(?=\s*\d)"), "Article"),
    (re.compile(r"\bFMs\b"), "foreign ministers"),
    # a title cut short ("former Latvian PM", "Estonia's ex-PM", "FM Sybiha"; not "PM 2.5", "FM radio", "at 5 PM")
    (re.compile(r"\b(?P<by>former|the|ex|[A-Z][a-z]+(?:an|ish|ese)|[A-Z][a-z]+['’]s)(?P<sep>[\s-])PM\b(?!\s*\d)"),
     r"\g<by>\g<sep>prime minister"),
    (re.compile(r"\bFM(?=\s+[A-Z][a-z])"), "foreign minister"),
    # a chat's country codes: "UA pres" (the Ukrainian president), "RU outlets", "UA is out of NATO"
    (re.compile(rf"\bUA\s+(?=(?:{_OF_A_COUNTRY})\b)"), "Ukrainian "),
    (re.compile(rf"\bRU\s+(?=(?:{_OF_A_COUNTRY})\b)"), "Russian "),
    (re.compile(r"\bUA(?=\s+(?:is|was|will|would|can|could|must|should|has|had|gives|gave|drops|dropped)\b)"),
     "Ukraine"),
    (re.compile(r"\bRU(?=\s+(?:is|was|will|would|can|could|must|should|has|had|wants|wanted)\b)"), "Russia"),
    (re.compile(r"(?:(?<=Ukrainian )|(?<=Russian ))pres\b(?!\.)"), "president"),
    (re.compile(r"\b(?P<n>\d+)\+\s*(?:hrs|hours)\b"), r"more than \g<n> hours"),
    (re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?:hrs|hr)\b"), r"\g<n> hours"),
    (re.compile(r"\b(?P<n>\d+)\s*mins\b"), r"\g<n> minutes"),
    # (a weekday cut short only before the date it names: "Mon., Dec. 15", "Sun. 14 December")
    (re.compile(rf"\b(?P<day>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.(?=,?\s+(?:{_MONTH}\s+\d|\d))"), ""),
)
_WEEKDAY_OF = {"Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday",
               "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday",
               "Sun": "Sunday"}  # fmt: skip


# A story's dateline, the place it was filed from: "Kyiv: ...", "BRUSSELS — ...", "Paris - ..." (not a speaker's name).
_PLACE_LABEL = re.compile(r"^\W*(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s*(?::|[—–]|\s-)\s+(?=\S)")
PLACE_LABEL_REST = 4  # the fewest words the claim after a dateline has


def without_dateline(text: str, place: Callable[[str], bool]) -> str:
    """``text`` without the dateline it opens with, a place the corpus knows (``place``; not a person's name):
    "Kyiv: Zelenskyy says ..." -> "Zelenskyy says ...". Where the story was filed from is not where the words
    were said."""
    m = _PLACE_LABEL.match(text)
    if m is None or len(tx.words(text[m.end() :])) < PLACE_LABEL_REST:
        return text
    # (not a country speaking or a subject set off by a dash: "Hungary: we will veto ...", "Russia — not Ukraine — ...";
    # a dash only after a wire's capitals: "PARIS —")
    lowered = m["place"].lower()
    country = tx.COUNTRY_WORDS.get(lowered) == lowered or lowered == "europe"
    if country or (":" not in m.group(0) and not m["place"].isupper()):
        return text
    return text[m.end() :] if place(m["place"]) else text


# Words quoted by an outlet, said by the speaker: "AFP quoted Kallas as calling the claim 'totally untrue'".
_QUOTED_AS = re.compile(
    rf"^(?P<by>[^,;:\"“”]{{1,60}}?)\s+quoted\s+(?P<who>{_DESCRIPTION}|{_SHORT_NAME})\s+(?:as\s+)?"
    r"(?P<ing>saying|calling|describing|telling|warning|arguing|insisting|stressing|urging|claiming|comparing|likening)\b"
)
# A learner's grammar of saying: "Kallas told that ..." (no listener), "can not be" (cannot), "must to give".
_LEARNERS = (
    # (a name's "told", not "was told that")
    (re.compile(r"\b(?P<who>[A-Z][\w’'.-]+)\s+(?:told|tells)\s+(?=that\b)"), r"\g<who> said "),
    (re.compile(r"\b(?P<who>[A-Z][\w’'.-]+)\s+(?:told|tells)\s+to\s+(?=(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,2}\s+that\b)"),
     r"\g<who> told "),
    (re.compile(r"\b([Cc]an)\s+not\b(?!\s+(?:only|just|merely|simply)\b)"), r"\1not"),
    (re.compile(r"\b(must|should)\s+to\s+(?=[a-z])"), r"\1 "),
    # a calque of "отказаться от": "refuse from NATO" is give up NATO
    (re.compile(r"\brefuses\s+from\b"), "gives up"),
    (re.compile(r"\brefused\s+from\b"), "gave up"),
    (re.compile(r"\brefus(?:e|ing)\s+from\b"), "give up"),
    # "on 18 of February", "15 of December": the day of the month
    (re.compile(rf"\b(?P<day>\d{{1,2}})\s+of\s+(?P<month>{_MONTH})\b"), r"\g<day> \g<month>"),
)


# A partisan outlet's words for what the record names plainly: "the Kiev regime" (Ukraine), "so-called guarantees".
_LOADED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:[Tt]he\s+)?Kiev\s+regime(?=['’]s\b)"), "Ukraine"),
    (re.compile(r"\b[Tt]he\s+Kiev\s+regime\b"), "Ukraine"),
    (re.compile(r"\bKiev\b"), "Kyiv"),
    # (after "the", "any", ...: "a so-called democracy" doubts that it is one)
    (re.compile(r"\b(?P<det>[Tt]he|[Aa]ny|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+so[- ]called\s+(?=[a-z])"),
     r"\g<det> "),
)
# "Even the Western press concedes that ...": the outlets' say-so, not a statement of theirs to check.
_PRESS_CONCEDES = re.compile(
    r"^\W*(?:even\s+(?:the\s+)?(?:(?:western|mainstream|liberal|foreign|european|american)\s+)?"
    r"|(?:the\s+)?(?:western|mainstream|liberal|foreign|european|american)\s+)(?:press|media|newspapers)"
    r"(?:\s+(?:now|finally|itself|themselves))?\s+(?:concedes?|admits?|acknowledges?|confirms?)(?:\s+that)?\s+(?=\S)",
    re.I,
)
# "Kallas is spreading fear again, claiming Russia will ...": what the speaker is said to be doing is comment; the words
# are what the participle gives.
_DOING_CLAIMING = re.compile(
    rf"^(?P<who>{_SHORT_NAME}|{_DESCRIPTION})\s+(?:is|was|are|were)\s+"
    # (not someone else's words passed on: "Trump was quoting Putin, saying ...")
    r"(?!quoting|citing|paraphrasing|reading|repeating|echoing|relaying)[a-z]+ing\b[^,;:\"“”]{0,60},\s+"
    r"(?P<ing>claiming|saying|insisting|arguing|warning|suggesting|declaring)\s+(?:that\s+)?(?=\S)"
)


def plainly_named(text: str) -> str:
    """``text`` with a partisan outlet's words for what the record names plainly, and its frame of the outlets'
    say-so: "the Kiev regime's constitution" -> "Ukraine's constitution", "any so-called guarantees" -> "any
    guarantees", "Even the Western press concedes that P" -> "P", "Kallas is spreading fear again, claiming P" ->
    "Kallas claimed that P"."""
    for pattern, written in _LOADED:
        text = pattern.sub(written, text)
    m = _PRESS_CONCEDES.match(text)
    if m is not None and len(tx.words(text[m.end() :])) >= 3:
        rest = text[m.end() :]
        text = rest[0].upper() + rest[1:]
    m = _DOING_CLAIMING.match(text)
    if m is not None:
        text = f"{m['who']} {_PARTICIPLE_PAST[m['ing']]} that {text[m.end():]}"
    return text


def learners_grammar(text: str) -> str:
    """A learner's grammar of saying as a news text writes it: "Kallas told that Europe must to give ..." -> "Kallas
    said that Europe must give ...", "can not be" -> "cannot be"."""
    for pattern, written in _LEARNERS:
        text = pattern.sub(written, text)
    return text


def quoted_as(text: str) -> str:
    """Words an outlet quoted the speaker as saying, as the speaker's: "AFP quoted Kallas as calling ..." -> "Kallas
    called ..."."""
    m = _QUOTED_AS.match(text)
    if m is None or (not is_outlet(m["by"]) and not m["by"].lower().startswith(("the ", "a ", "an "))):
        return text
    return f"{m['who'][0].upper()}{m['who'][1:]} {_PARTICIPLE_PAST[m['ing']]} {text[m.end():].lstrip()}"


# A post's own date before the claim: "Posted Wed 17 Dec 2025: Last Monday, Kallas told ..." (the day "last Monday"
# counts back from).
_POSTED = re.compile(
    r"^\W*(?i:posted|written|published|filed|dated)\s+(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?,?\s+)?"
    rf"(?:(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH}),?\s+(?P<y>\d{{4}})|(?P<mon2>{_MONTH})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}}))"
    r"\s*[:—–|-]\s+(?=\S)"
)
_DAY_BEFORE_POST = re.compile(
    rf"\b(?P<how>last|past)\s+(?P<day>{_WEEKDAY})\b"
    # ... "on Monday" after a verb in the past ("said on Monday"), not a day to come ("will meet on Monday")
    rf"|(?<=ed\s)(?P<how2>on)\s+(?P<day2>{_WEEKDAY})\b|(?<=said\s|\btold\s)(?P<how3>on)\s+(?P<day3>{_WEEKDAY})\b"
    r"|\b(?P<rel>yesterday|today)\b(?![’']s)",
    re.I,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def dated_post(text: str) -> str:
    """A claim after its post's date, with the day it counts from that date written out: "Posted Wed 17 Dec 2025: Last
    Monday, Kallas told ..." -> "On Monday, December 15, 2025, Kallas told ..." (the post's date itself is not when
    anything happened)."""
    m = _POSTED.match(text)
    if m is None:
        return text
    try:
        month = _MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
        posted = date(int(m["y"] or m["y2"]), month, int(m["d"] or m["d2"]))
    except (KeyError, ValueError):
        return text
    rest = text[m.end() :]
    rel = _DAY_BEFORE_POST.search(rest)
    if rel is None:
        return rest[0].upper() + rest[1:]
    if rel["rel"]:
        day = posted - timedelta(days=1 if rel["rel"].lower() == "yesterday" else 0)
    else:
        weekday, counted = rel["day"] or rel["day2"] or rel["day3"], rel["how"] is not None
        back = (posted.weekday() - _WEEKDAYS.index(weekday.lower())) % 7
        day = posted - timedelta(days=back or (7 if counted else 0))
    written = f"on {day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}"
    if rel.start() == 0:
        written = written[0].upper() + written[1:]
    out = f"{rest[: rel.start()]}{written}{rest[rel.end():]}"
    return out[0].upper() + out[1:]


# A memo's line: "Kallas -> guarantees must be tangible", "Kallas 15/12 -> ...": the speaker's words after the arrow.
_ARROW = re.compile(
    rf"^(?P<who>{_SHORT_NAME})(?:\s+(?P<day>{_MONTH}\s+\d{{1,2}}))?\s*(?:->|→|=>)\s*(?P<said>\S.*)$", re.S
)
# A day written day/month ("15/12"), where the day cannot be a month (not "9/11").
_DAY_MONTH = re.compile(r"\b(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])\b(?!/)")
# ... a day/month date where a date is due in any text: "at 15/12", "presser 15/12" (not "open 24/7", "odds of 14/1")
_DATED_DAY_MONTH = re.compile(
    r"\b(?:at|on|since|until|from|before|after|presser|conference|meeting|summit)\s+(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])"
    r"\b(?!/)"
)


def _day_month(text: str) -> str:
    return _DAY_MONTH.sub(lambda m: f"{calendar.month_name[int(m['m'])]} {int(m['d'])}", text)


_EQUALS = re.compile(r"(?<=\S)\s+=\s+(?=\S)")


_FLASH_LABELS = frozenset(
    ["breaking", "just in", "update", "updated", "developing", "alert", "urgent", "latest", "new", "exclusive", "now",
     "live", "bombshell", "big", "huge", "wow", "shock", "shocking", "newsflash", "flash", "top story",
     # a message passed on: "FORWARDED:", "Fwd:", "Forwarded many times:"
     "forwarded", "fwd", "fw", "forward", "share", "repost",
     # an explainer's heading: "Background:", "Context:", "Why it matters:"
     "background", "context", "recap", "fact", "facts", "key fact", "reminder", "note", "why it matters"]
)  # fmt: skip


# (not a row's field: "Quote:", "Text:" name what was said in an annotation row)
_CARRIERS = frozenset(["card", "caption", "photo", "image", "graphic", "meme", "screenshot", "video", "clip", "tweet",
                       "viral", "banner"])  # fmt: skip


def without_flash_label(text: str) -> str:
    """``text`` without the news-flash label it opens with ("BREAKING:", "Just in:"): the scene the claim then sets
    ("Just in: responding to Zelenskyy's Berlin offer, Kallas ...") opens it."""
    label = _LABEL.match(text)
    if label is None or len(tx.words(text[label.end() :])) < 3:
        return text
    # (or what carried the claim: "Card:", "BREAKING card:", "Caption:", "PHOTO:")
    named = label.group("label").lower()
    if named not in _FLASH_LABELS and not all(w in _FLASH_LABELS or w in _CARRIERS for w in named.split()):
        return text
    rest = text[label.end() :]
    return rest[0].upper() + rest[1:]


# The event the words followed, set first as a writer puts it: "Right after the Berlin talks Kallas told ...", "Fresh
# from the December Berlin talks, ...", "in the middle of the Berlin talks, ...".
_EVENT_LEAD = re.compile(
    r"^(?:(?i:right|just|shortly|soon|immediately|only|mere|a\s+few|hours|days|weeks)\s+){0,3}"
    r"(?P<opener>(?i:after|following|fresh\s+(?:from|off)|(?:in\s+)?the\s+middle\s+of|in\s+response\s+to|responding\s+to"
    r"|reacting\s+to|during))\s+"
    r"(?P<event>(?:the\s+|his\s+|her\s+|their\s+|[A-Z][\w’'-]*['’]s\s+)?(?:[\w’'.-]+\s+){0,4}?"
    r"(?:talks|offer|meeting|summit|negotiations|round|proposal|visit))"
    r"(?:\s+(?:this|last)\s+(?:week|month|weekend))?(?P<comma>,?)\s+(?=[A-Z])"
)
_OPENER = {"fresh from": "After", "fresh off": "After", "the middle of": "During", "in the middle of": "During"}


def event_lead(text: str) -> str:
    """The event the words followed, set first, written as a scene: "Right after the Berlin talks Kallas told ..." ->
    "After the Berlin talks, Kallas told ...", "Fresh from the talks, ..." -> "After the talks, ..."."""
    m = _EVENT_LEAD.match(text)
    if m is None:
        return text
    opener = " ".join(m["opener"].lower().split())
    opener = _OPENER.get(opener, opener[0].upper() + opener[1:])
    return f"{opener} {m['event']}, {text[m.end():]}"


# What marks a line as a memo's: an arrow, "w/", " = ", a day/month date in a bracket or after a comma, or two country
# codes ("UA", "RU").
_MEMO_MARK = re.compile(r"->|→|=>|(?<!\S)w/\s|\s=\s|[(,]\s*(?:[A-Z][a-z]+,\s*)?\d{1,2}/\d{1,2}\b")
_COUNTRY_CODES = {"UA": "Ukraine", "RU": "Russia", "EE": "Estonia", "JP": "Japan", "CA": "Canada"}
_COUNTRY_CODE = re.compile(r"\b(?P<code>UA|RU|EE|JP|CA)\b(?![-/]?\d)(?!\s+(?:flight|[A-Z][a-z]+\s+(?:Chase|Bank)))")
_AMPERSAND = re.compile(r"(?<=\s)[+&](?=\s)")


def memo_line(text: str, known: Callable[[str], bool]) -> str:
    """A briefing memo's line written as a sentence (a line with a memo's marks only: an arrow, "w/", " = ", "(Berlin,
    14/12)", two country codes): "Kallas -> only UA can decide" -> "Kallas said that only Ukraine can decide" (a person
    the corpus knows, ``known``, before the arrow), "15/12" -> "December 15", "NATO umbrella = 'the only ...'" -> "NATO
    umbrella is 'the only ...'", "US guarantees + guarantees from CA, JP" -> "... and guarantees from Canada, Japan"."""
    codes = _COUNTRY_CODE.findall(text)
    if _MEMO_MARK.search(text) is None and len(codes) < 2:
        return _DATED_DAY_MONTH.sub(lambda m: _day_month(m.group(0)), text)  # "presser 15/12", "at 15/12": a day
    text = _COUNTRY_CODE.sub(lambda m: _COUNTRY_CODES[m["code"]], text)
    text = _day_month(text)
    text = _AMPERSAND.sub("and", _EQUALS.sub(" is ", text))
    m = _ARROW.match(text)
    if m is None or not known(m["who"].split()[-1]):
        return text
    when = f" on {m['day']}" if m["day"] else ""
    return f"{m['who']} said{when} that {m['said']}"


def unabbreviated(text: str) -> str:
    """``text`` with a newsroom's shorthand written out: "Ukr. pres. stressed ..." -> "Ukrainian president stressed
    ...", "session ran 5+ hrs" -> "session ran more than 5 hours", "Mon., Dec. 15" -> "Monday, Dec. 15"."""
    for pattern, written in _SHORTHAND:
        text = pattern.sub(written or (lambda m: _WEEKDAY_OF[m["day"]]), text)
    return text


# "Kallas (2025) contends", "argued by Kallas (2025) that": the year of an author's work, after the author's name.
_AUTHOR_YEAR = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]+)\s*\((?:19|20)\d\d[a-z]?\)(?=\s+(?:[a-z]+(?:s|ed)|has|had|have|that)\b)"
)


def without_citation(text: str) -> str:
    """``text`` without the citations a scholar writes in brackets: "... had even begun (AFP, 2025)." -> "... had even
    begun.", "Kallas (2025) contends that ..." -> "Kallas contends that ...", "... 'irreversible'.[15]" -> "...
    'irreversible'."."""
    return _AUTHOR_YEAR.sub(lambda m: m["name"], _CITATION.sub("", text))


# An explainer's question and its answer: "Q: Where did Kallas talk about it? A: In Brussels.", "Did Witkoff think the
# talks went anywhere? Yes — he said 'a lot of progress was made.'"
_QUESTION_ANSWER = re.compile(r"^\W*(?:Q\s*[:.]\s*)?(?P<q>[A-Z][^?]{4,240})\?+\s*(?:A\s*[:.]\s*)?(?P<a>\S.*)$", re.S)
_YES_NO = re.compile(r"^(?P<yn>yes|yep|yeah|right|correct|indeed|true|no|nope)\b[\s,.:;!—–-]*", re.I)
_AUX = r"did|does|do|has|have|had|is|are|was|were|will|would|can|could"
_ASKED = re.compile(rf"^(?P<aux>{_AUX})\s+(?P<rest>\S.*)$", re.I | re.S)
_WH_ASKED = re.compile(
    rf"^(?P<wh>where|when|how\s+long|who(?:m)?|which(?:\s+[\w’'-]+){{0,3}}?|what)\s+(?P<aux>{_AUX})\s+(?P<rest>\S.*)$",
    re.I | re.S,
)
_WH_DOER = re.compile(r"^(?P<wh>who|which(?:\s+[\w’'-]+){1,3}?)\s+(?P<rest>[a-z]\S*\s.*)$", re.I | re.S)
_TOLD_BY = re.compile(
    r"^(?P<who>she|he|they|it|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?=(?:said|says|told|called|warned|argued"
    r"|insisted|insists|stressed|added|explained|noted|replied|answered)\b)"
)
_SETTING_START = re.compile(r"^(?:in|on|at|during|after|before|following|while|when)\b", re.I)
_DAY_START = re.compile(rf"^(?:{_WEEKDAY}|{_MONTH}\s+\d{{1,2}}\b(?!\d)|\d{{1,2}}\s+{_MONTH})")
_ACCORDING_ASKED = re.compile(rf"\b(?:according\s+to|per)\s+(?P<who>{_DESCRIPTION}|{_SHORT_NAME})")
_IRREGULAR_PAST = {
    "meet": "met", "sit": "sat", "run": "ran", "take": "took", "give": "gave", "think": "thought", "go": "went",
    "come": "came", "make": "made", "speak": "spoke", "leave": "left", "hold": "held", "win": "won", "lose": "lost",
    "spread": "spread", "put": "put", "know": "knew", "see": "saw", "get": "got", "keep": "kept", "write": "wrote",
    "drop": "dropped", "stop": "stopped", "plan": "planned", "commit": "committed", "ban": "banned",
    "refer": "referred", "pay": "paid", "fly": "flew",
}  # fmt: skip


def _past_of(verb: str) -> str:
    """The past tense of a verb's base form ("liken" -> "likened", "meet" -> "met", "deny" -> "denied")."""
    if verb in _PAST or verb in _IRREGULAR_PAST:
        return _PAST.get(verb) or _IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + "ed"


def _asked_subject(rest: str) -> str | None:
    m = re.match(rf"(?:{_DESCRIPTION}|{_SHORT_NAME}(?:[’']s\s+(?:[a-z]+\s+){{0,2}}?{_ROLE_NOUN})?)(?=\s)", rest)
    return m.group(0) if m is not None else None


def _in_past(rest: str, answer: str = "") -> str | None:
    """ "Kallas liken X to Y" (a question's words after "did") as "Kallas likened X to Y": the verb after the subject
    put in the past, when the subject is a name or a description, with ``answer`` (what a "who" or "which" asks for)
    right after the verb ("Zelensky meet in Berlin" + "Witkoff" -> "Zelensky met Witkoff in Berlin"). None when the
    subject is not found."""
    subject = _asked_subject(rest)
    verb = re.match(r"\s+([a-z]+)\b", rest[len(subject) :]) if subject else None
    if subject is None or verb is None:
        return None
    after = f" {answer}" if answer else ""
    return f"{subject} {_past_of(verb.group(1))}{after}{rest[len(subject) + verb.end() :]}"


def _small_first(text: str) -> str:
    return text[0].lower() + text[1:] if _SETTING_START.match(text) else text


def answered(text: str) -> str:
    """``_answered``, opening with a capital."""
    read = _answered(text)
    return read if read == text else read[0].upper() + read[1:]


def _answered(text: str) -> str:
    """An explainer's question with its answer, read as the statement the answer makes of the question: "Q: Where did
    Kallas talk about it? A: In Brussels." -> "Kallas talked about it in Brussels"; "Did Kallas liken X to Y? Yes — in
    an AFP interview" -> "Kallas likened X to Y in an AFP interview"; "Has X written off Y? Yes" -> "X has written off
    Y"; "Who did Zelensky meet in Berlin? Witkoff and Kushner." -> "Zelensky met Witkoff and Kushner in Berlin"; "Which
    members were named? A: Poland" -> "Poland were named"; an answer that is a statement of its own ("Yes — he said
    '...'", "A: Zelenskyy says ...") is read alone, a pronoun opening it as the person asked about. ``text`` as it is
    when it asks nothing, or is answered "No" in a word."""
    qa = _QUESTION_ANSWER.match(text)
    if qa is None:
        return text
    question, answer = qa["q"].strip(), qa["a"].strip().rstrip(".")
    if not re.match(rf"(?:{_AUX}|where|when|how|who|whom|which|what|why)\b", question, re.I):
        # A topic put as a question, then what someone said of it: "The idea that NATO provoked this war? Kallas called
        # that 'totally untrue'" -> "Kallas called the idea that NATO provoked this war 'totally untrue'".
        teller = _TOLD_BY.match(answer)
        pointer = re.match(r"\S+\s+(?:that|it|this)\b", answer[teller.end() :]) if teller is not None else None
        if teller is None or pointer is None or teller["who"].lower() in {"she", "he", "they", "it"}:
            return text
        cue, after = answer[teller.end() :].split()[0], answer[teller.end() + pointer.end() :]
        topic = re.sub(r"^(?:The|A|An|This|That|These|Those)\b", lambda m: m.group(0).lower(), question)
        return f"{answer[: teller.end()]}{cue} {topic}{after}"
    yes_no = _YES_NO.match(answer)
    told = _TOLD_BY.match(answer[yes_no.end() :] if yes_no else answer)
    asked = _ASKED.match(question)
    according = _ACCORDING_ASKED.search(question)
    subject = according["who"] if according else _asked_subject(asked["rest"]) if asked is not None else None
    wh = _WH_ASKED.match(question) if subject is None else None
    subject = _asked_subject(wh["rest"]) if wh is not None else subject  # "What did Kallas actually say? She said ..."
    denied = yes_no is not None and yes_no["yn"].lower() in {"no", "nope"}
    said = answer[yes_no.end() :] if yes_no else answer
    if told is not None and not denied and len(tx.content_stems(said[told.end() :])) >= 2:
        # "... ? Yes — he said 'a lot of progress was made'": what the answer says, by the person asked about.
        if told["who"].lower() in {"she", "he", "they", "it"}:
            if subject is None:
                return text
            said = subject + said[told.end("who") :]
        return said[0].upper() + said[1:]
    if asked is not None:
        if yes_no is None or denied:
            return text
        setting = _small_first(answer[yes_no.end() :])
        setting = f" {setting}" if _SETTING_START.match(setting) else ""
        aux, rest = asked["aux"].lower(), asked["rest"]
        if aux == "did":
            return f"{_in_past(rest) or rest}{setting}"
        if aux in {"does", "do"}:
            return f"{rest}{setting}"
        if subject is None or not rest.startswith(subject):
            return text
        return f"{subject} {aux} {rest[len(subject):].strip()}{setting}"
    if yes_no is not None:
        return text
    wh = _WH_ASKED.match(question)
    if wh is None:
        doer = _WH_DOER.match(question)
        if doer is None:
            return text
        # The one asked for does it: "Who spread the claim ...? Russian media" -> "Russian media spread the claim", a
        # setting the answer gives put last ("Kaja Kallas, at her press conference" -> "Kaja Kallas said ... at her
        # press conference").
        who, _, where = answer.partition(", ")
        where = f" {where}" if where and _SETTING_START.match(where) else f", {where}" if where else ""
        return f"{who} {doer['rest']}{where}"
    kind, aux, rest = wh["wh"].lower(), wh["aux"].lower(), wh["rest"]
    if kind == "where":
        answer = _small_first(answer) if _SETTING_START.match(answer) else f"in {answer}"
    elif kind == "when":
        answer = _small_first(answer) if _SETTING_START.match(answer) else (
            f"{'on' if _DAY_START.match(answer) else 'in'} {answer}"
        )
    elif kind == "how long":
        answer = answer if re.match(r"(?:for|about|over|more|less|nearly|almost)\b", answer, re.I) else f"for {answer}"
        answer = answer[0].lower() + answer[1:]
    elif aux in {"is", "are", "was", "were"}:
        # "Who is the minister who briefed them? A: Dmytro Lytvyn" -> "Dmytro Lytvyn is the minister ..."; "Which
        # members were named as resisting it? A: Poland" -> "Poland were named as resisting it".
        return f"{answer} {aux} {rest}"
    if aux in {"is", "are", "was", "were"}:
        # "Where was Kallas when she gave the interview? In Brussels" -> "Kallas was in Brussels when she gave ..."
        subject = _asked_subject(rest)
        if subject is None:
            return f"{rest} {aux} {answer}"
        return f"{subject} {aux} {answer} {rest[len(subject):].strip()}".strip()
    if kind in {"where", "when", "how long"}:
        return f"{_in_past(rest) or rest if aux == 'did' else rest} {answer}"
    # "Who did Zelensky meet in Berlin? Witkoff" -> "Zelensky met Witkoff in Berlin"; what a "what" asks for goes last
    # ("What did she call the claim? 'Totally untrue'" -> "She called the claim 'Totally untrue'").
    if kind == "what" or answer[:1] in _Q_OPEN:
        return f"{_in_past(rest) or rest if aux == 'did' else rest} {answer}"
    return (_in_past(rest, answer) if aux == "did" else None) or f"{rest} {answer}"


# A transcript's speaker label ("ANCHOR:", "GUEST:", "Caller:"), a speaker's fillers ("uh", "you know", "I mean"),
# "— quote —", and a self-correction ("on Sunday — no, Monday").
_ROLE_LABEL = re.compile(
    r"^\W*(?i:anchor|host|co-host|guest|caller|panell?ist|presenter|reporter|correspondent|interviewer|moderator"
    r"|commentator|analyst|listener)\s*\d?\s*:\s*(?=\S)|^\W*(?i:caller|listener|viewer)\s+(?i:says|said|claims|asks)"
    r"(?:\s+that)?,?\s+(?=\S)"
)
_FILLER = re.compile(
    r"(?:,\s*|(?<!\s)\s+|^)(?:[Uu]h+|[Uu]m+|[Ee]rm|[Uu]hm+|[Hh]mm+)\b[,.]*"
    r"|,\s*(?:you\s+know|I\s+mean)\b,?(?=\s)|(?<!\s)\s+(?:you\s+know|I\s+mean),(?=\s)|^(?:I\s+mean|[Yy]ou\s+know),\s*"
    r"|(?:,\s*|(?<!\s)\s+[—–]\s*)(?:quote(?:,?\s+unquote)?|and\s+I['’]m\s+quoting|I['’]m\s+quoting|I\s+quote)\s*"
    r"(?:[,—–]\s*)?(?=\S)"
)
_CORRECTED_SELF = re.compile(
    # (what is put right: a day, a date, a number or a name, as what it replaces)
    r"(?<![\w.’'-])(?P<wrong>(?:[\w.’'-]{1,30}\s+){0,2}[\w.’'-]{1,30})\s*[—–-]+\s*(?i:no)(?:,|\s+(?i:wait|sorry),?)\s*"
    r"(?:(?i:yeah|sorry|I\s+mean|rather),?\s*)?"
    rf"(?P<right>(?:the\s+)?(?:{_WEEKDAY}|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|\d[\w.]*|[A-Z][\w’'-]+)"
    r"(?:\s+[A-Z][\w’'-]+)?)(?:\s*[—–]\s*)?(?=\s*(?:[,.;]|$|\s))"
)
# "Kallas, she compared it to ...", "the EU's top diplomat — Kallas — she said": the pronoun that takes the name up.
_TAKEN_UP = re.compile(
    rf"^(?P<np>{_DESCRIPTION}(?:\s+[—–]\s+{_SHORT_NAME}\s+[—–])?|{_SHORT_NAME}(?:\s+[—–]\s+[^—–]{{1,40}}?\s+[—–]"
    r"|\s+(?:in|at|on)\s+[^,;:—–]{1,30})?)"
    # (not "Russia, they said, is weak": a source between commas)
    r"(?:\s*,)?\s+(?:she|he|they)\s+(?=[a-z])(?!(?:said|says|added|told\s+\w+|argued|warned|insisted)\s*,)"
)


def spoken(text: str) -> str:
    """A transcript's line as it is written: without the speaker's role ("GUEST: ..."), fillers ("uh", "you know", "I
    mean", "— quote —"), a word corrected in passing ("on Sunday — no, Monday" -> "on Monday") and the pronoun taking
    up the name ("Kallas, she compared ..." -> "Kallas compared ...")."""
    # (not inside quotation marks: "... what else do you want?' I mean, it's unimaginable" are the speaker's words)
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    read = _FILLER.sub(lambda m: m.group(0) if any(a <= m.start() < b for a, b in quoted) else " ", text)
    # What the fillers leave: dashes with nothing between them, spaces before a comma, doubled spaces.
    read = re.sub(r"(?<!\s)\s+[—–]\s+[—–]\s+", " ", read)
    read = re.sub(r"\s+(?=[,.;:!?])", "", re.sub(r"\s{2,}", " ", read)).strip()
    label = _ROLE_LABEL.match(read)
    read = read[label.end() :] if label is not None else read

    def right_only(m: re.Match[str]) -> str:
        wrong, right = m["wrong"].split(), m["right"].split()
        kept = wrong[: max(0, len(wrong) - len(right))]
        return " ".join([*kept, *right])

    read = _CORRECTED_SELF.sub(right_only, read)
    read = _TAKEN_UP.sub(lambda m: f"{m['np']} ", read, count=1)
    if read == text or len(tx.words(read)) < 3:
        return text
    return read[0].upper() + read[1:]


# A reply that quotes the post it answers: "> quoted — reply", "RT @user: quoted // reply", "Replying to @user: reply".
_REPLYING = re.compile(r"^\W*(?:RT\s+@\w+\s*:|(?i:replying\s+to)\s+@\w+(?:\s*(?:,|and)\s*@\w+)*\s*:?)\s*")
_QUOTED_MARK = re.compile(r"^\s*>+\s*")
_REPLY_DASH = re.compile(r"(?<!\s)\s+[—–-]\s+(?=\S)")
_REPLY_OPENER = re.compile(
    r"^(?i:wrong|no|nope|yes|yep|yeah|exactly|actually|correct|true|false|not\s+anymore|and|but|so|well|right|lol"
    r"|for\s+the\s+record|fact|fact\s+check|in\s+fact)\b[,.!:;]*\s+(?=\S)"
)
_VERDICT_SENTENCE = re.compile(
    r"^(?i:this|that|it)(?:['’]s|\s+is)\s+(?:(?:totally|completely|simply|just|flat(?:ly)?)\s+)?"
    r"(?i:false|wrong|true|correct|right|misleading|fake|a\s+lie|nonsense)[.!]+\s+(?=\S)"
)
# "she said", "She's fine with ...": the person the quoted post names.
_PERSONAL = re.compile(r"\b(?i:she|he)(?:(?P<is>['’]s)|(?=\s+[a-z]))")
# "Zelensky said it best in Berlin": "it" is the words the quoted post quotes.
_SAID_THAT = re.compile(rf"^{_SHORT_NAME}\s+(?P<cue>said|says|wrote|put)\s+(?:it|that|this)\b")


def replied(text: str, known: Callable[[str], bool]) -> str:
    """What a reply asserts, without the post it quotes: "> Kallas is a hawk — She compared concessions to ..." ->
    "Kallas compared concessions to ..."; "RT @user: Zelensky wants US guarantees only // wrong, he listed Canada and
    Japan too" -> "Zelensky listed Canada and Japan too"; "Replying to @x: ..." -> "...". A reply opening "she" or "he"
    is by the known person (``known``) the quoted post names first. ``text`` as it is when it quotes nothing."""
    lead = _REPLYING.match(text)
    body = text[lead.end() :] if lead is not None else text
    quoted, reply = "", body
    if " // " in body or (lead is not None and "//" in body):  # not a link's "https://"
        quoted, _, reply = body.partition(" // " if " // " in body else "//")
    elif (mark := _QUOTED_MARK.match(body)) is not None:
        # The first dash outside quotation marks parts the quoted post from the reply; with none, the post is the claim.
        dash = next((d for d in _REPLY_DASH.finditer(body, mark.end()) if not tx.quote_open(body[: d.start()])), None)
        if dash is None:
            return body[mark.end() :]
        quoted, reply = body[: dash.start()], body[dash.end() :]
    elif lead is None:
        return text
    reply = reply.strip()
    for _ in range(2):
        reply = _VERDICT_SENTENCE.sub("", _REPLY_OPENER.sub("", reply, count=1), count=1)
    if len(tx.words(reply)) < 3:
        return text
    named = next((w for w in re.findall(r"[A-Z][\w’'-]+", quoted) if known(w)), None)
    personal = _PERSONAL.search(reply)
    if personal is not None:
        if named is None:
            return text
        person = named + (" is" if personal["is"] else "")
        reply = f"{reply[: personal.start()]}{person}{reply[personal.end() :]}"
    pointer = _SAID_THAT.match(reply)
    words = quoted.strip() if quoted.strip()[:1] in _Q_OPEN else ""
    signed = re.match(rf"{_SHORT_NAME}\s*:\s*(?P<words>\S.*)$", quoted.strip(), re.S)
    words = words or (signed["words"].strip() if signed is not None else "")
    if pointer is not None:
        # "RT: 'Donbas is not Putin's end game' // Zelensky said it best", "Kallas: it's up to Ukrainians // she said
        # that in Washington": the words the quoted post gives are what was said (with none, the reply says nothing).
        if not words:
            return text
        # ... where and when, as the reply tells it, are where and when they were said ("he said this in Paris").
        setting = reply[pointer.end() :].strip().rstrip(".")
        setting = f" {setting}" if setting and _SETTING_START.match(setting) else ""
        rest = "" if setting else reply[pointer.end() :]
        reply = f"{reply[: pointer.end('cue')]}{setting} that {words}{rest}" if setting else (
            f"{reply[: pointer.end('cue')]} {words}{rest}"
        )
    return reply[0].upper() + reply[1:]



# A headline and its deck on one line: "Kallas wants troop numbers, not paper | EU chief says if Ukraine concedes ...".
_DECK = re.compile(r"^(?P<head>[^|]{8,200}?)\s+\|\s+(?P<deck>[^|]{8,300})$", re.S)
_ATTRIBUTED = re.compile(rf"^\W*{_SHORT_NAME}\s*:|\b(?:{CUES})\b")


def headline_first(text: str) -> str:
    """A headline with its deck, read as the one that attributes the words: the headline when it does ("Kallas: NATO
    not written into Ukraine's constitution | EU diplomat says ..."), else the deck when it does ("Kallas wants troop
    numbers, not paper | EU chief says if ..."), else the headline. ``text`` as it is when it has no deck."""
    m = _DECK.match(text)
    if m is None:
        return text
    head, deck = m["head"].strip(), m["deck"].strip()
    if _ATTRIBUTED.search(head) or not _ATTRIBUTED.search(deck):
        return head
    return deck


# A body's statement citing the record: "The Committee notes that ...", "We welcome the fact that ...", "The
# Foundation is deeply alarmed by ...".
_INSTITUTION_LEAD = re.compile(
    # (a body that comments on the news, not one it reports on: "The Kremlin welcomes ..." is a claim about the Kremlin)
    r"^\W*(?:The\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Committee|Group|Institute|Centre|Center|Foundation|Forum|Network"
    r"|Association|Society|Coalition|Secretariat|Board|Panel|Observatory|Initiative|Movement|Caucus|Office|Bureau)"
    r"|We|Our\s+[a-z]+)\s+(?:(?:deeply|strongly|firmly|also|further"
    r"|therefore|again|once\s+again)\s+)?(?:notes?|welcomes?|recalls?|deplores?|regrets?|observes?|stresses?|underlines?"
    r"|emphasi[sz]es?|acknowledges?|shares?|endorses?|supports?|condemns?|reiterates?|takes?\s+note(?:\s+of)?"
    r"|(?:is|are)\s+(?:deeply\s+|gravely\s+|seriously\s+)?(?:alarmed|concerned|troubled|dismayed|encouraged|pleased)"
    r"\s+(?:by|at|about))(?:\s+with\s+(?:concern|regret|satisfaction|appreciation|interest|alarm))?"
    r"\s+(?:the\s+fact\s+)?(?:that,?\s+)?(?=\S)"
)
# "the High Representative's insistence that ...", "the statement of the EU's top diplomat, Kaja Kallas, that ...".
_NOMINAL_SAYING = re.compile(
    rf"^(?:(?P<who>{_DESCRIPTION}|{_SHORT_NAME})['’]s\s+(?:[a-z]+\s+)?"
    r"(?:statement|insistence|warning|assessment|view|remark|remarks|claim|assertion|argument|point|reminder|reassurance)"
    r"|(?:the\s+)?(?i:statement|warning|claim|assertion)\s+of\s+(?:[^,]{1,60},\s+)?(?P<named>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),?)"
    r"\s+that\s+(?=\S)"
)


def cited_by_a_body(text: str) -> str:
    """A body's statement read as the record it cites: "The Committee notes that on 15 December the High Representative
    stated that ..." -> "On 15 December the High Representative stated that ..."; "We welcome the High
    Representative's insistence that X" -> "The High Representative said that X"."""
    lead = _INSTITUTION_LEAD.match(text)
    if lead is None or len(tx.words(text[lead.end() :])) < 3:
        return text
    rest = text[lead.end() :]
    said = _NOMINAL_SAYING.match(rest)
    if said is not None:
        who = said["who"] or said["named"]
        rest = f"{who} said that {rest[said.end():]}"
    return rest[0].upper() + rest[1:]


AS_CHECKED: tuple[Callable[[str], str], ...] = (
    without_emoji,
    without_flash_label,
    event_lead,
    dated_post,
    unabbreviated,
    learners_grammar,
    quoted_as,
    plainly_named,
    without_citation,
    annotated_row,
    headline_first,
    role_in_brackets,
    without_reported,
    remarks_given,
    without_hearsay_verb,
    speaker_first,
    put_between,
    without_thread_marks,
    spoken,
    cited_by_a_body,
    corrected,
    without_slang,
    unshouted,
    without_hearsay,
    house_lead,
    event_label,
    praised_for,
    name_before_office,
    quoted_line,
    answered,
    asserted,
    without_comment,
    without_comparison,
    said_it,
    in_active_voice,
    without_stress,
    source_first,
    said_while_doing,
    by_its_author,
    as_reply,
    occasion_first,
    respelled_words,
    spelled_dates,
)
