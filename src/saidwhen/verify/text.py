"""Small, dependency-free text tools shared by the verify stage.

Tokens, light stemming, stopwords, condition / hedge / negation markers, numbers, capitalised names
and an antonym list. Everything is regex and tables so that claims and evidence can be compared
without loading a language model, and so that unit tests run in milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from saidwhen.records import Marker, MarkerKind, Span

WORD = re.compile(r"[A-Za-z\u00C0-\u024F0-9]+(?:['’][A-Za-z]+)?(?:[.,][0-9]+)*%?")

STOPWORDS = frozenset(
    "a about above after again against amid among could may might onto shall toward towards upon via whether "
    "whose all also am an and any are as at be because been before being below between both but by can did do "
    "does doing down during each few for from further had has have having he her here hers herself him himself "
    "his how i in into is it its itself just me more most my myself now of off on once only or other our ours "
    "ourselves out over own same she should so some such than that the their theirs them themselves then there "
    "these they this those through to too under until up very was we were what when where which while who whom "
    "why will with would you your yours yourself yourselves said says say saying told tells according claimed "
    "claims stated alone solely currently presently ultimately actually really indeed whatsoever non"
    .split()
)

# Negation words; "n't" contractions are caught by NEG_CONTRACTION.
NEGATIONS = frozenset(
    ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without", "nowhere"]
)
NEG_CONTRACTION = re.compile(r"n['’]t\b", re.I)

CONDITION = re.compile(
    r"\b(?:only if|if|unless|provided that|providing that|on condition that|as long as|in exchange for"
    r"|in return for|assuming that|in the event (?:of|that)|in case(?: of| that)?|pending|until|depending on"
    r"|swapping|swapped|trading|exchanging|(?:only|solely)\s+(?:under|on)\s+(?:\w+\s+){0,2}?conditions?)\b"
    # "provided the United States and Europe offer it guarantees": "provided" opening a clause whose verb gives.
    r"|(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bis )provided"
    r"(?=(?:\s+[\w’'.-]+){1,6}?\s+(?:give|gives|offer|offers|provide|provides|grant|grants|agree|agrees|commit"
    r"|commits|sign|signs|deliver|delivers|extend|extends)\b)"
    # "should Ukraine give up on NATO, ...": "should" opening a clause before its subject is an "if".
    r"|(?:^|(?<=, )|(?<=; )|(?<=: )|(?<=that ))should"
    r"(?=\s+(?:(?-i:[A-Z])[\w’'-]*|it|they|he|she|we|you|this|the)\s+\w)",
    re.I,
)
HEDGE = re.compile(
    # "perhaps more accurately" corrects a word; it does not hedge.
    r"\b(?:could|might|may(?!\s+\d)|in theory|theoretically|possibly|potentially"
    r"|perhaps(?!\s+more\s+(?:accurately|precisely|correctly|exactly))"
    # "consider(ing)" weighs a course ("could consider abandoning"), not "Consider ... that" asking the
    # listener to imagine, nor "consider X as Y".
    r"|likely|unlikely|probably|reportedly|allegedly|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|contemplat(?:e|es|ed|ing)"
    r"|(?<![\"“‘'.!?]\s)(?<![\"“‘'])(?<!^)consider(?:ing)?(?!\s+(?:[\w-]+\s+){1,6}?as\b))\b",
    re.I,
)
NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|cannot|without)\b|n['’]t\b", re.I)

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
    "trillion": 10**12, "dozen": 12, "half": 0.5,
}  # fmt: skip
NUMBER = re.compile(
    r"(?<![\w.])[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?%|\s?(?:percent|per cent)\b)?"
    r"(?:\s(?:thousand|million|billion|trillion)\b)?",
    re.I,
)
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# Pairs of words with opposite meaning in claims about the news. Compared on stems.
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("want", "refuse"), ("accept", "reject"), ("support", "oppose"), ("agree", "disagree"),
    ("increase", "decrease"), ("rise", "fall"), ("raise", "cut"), ("grow", "shrink"), ("win", "lose"),
    ("true", "false"), ("legal", "illegal"), ("allow", "ban"), ("allow", "forbid"), ("approve", "reject"),
    ("join", "leave"), ("join", "abandon"), ("open", "close"), ("start", "stop"), ("begin", "end"),
    ("alive", "dead"), ("confirm", "deny"), ("admit", "deny"), ("guilty", "innocent"), ("more", "less"),
    ("more", "fewer"), ("high", "low"), ("higher", "lower"), ("up", "down"), ("gain", "loss"),
    ("before", "after"), ("first", "last"), ("strong", "weak"), ("safe", "dangerous"), ("real", "fake"),
    ("success", "failure"), ("expand", "reduce"), ("add", "remove"), ("pass", "fail"), ("hire", "fire"),
    ("praise", "criticize"), ("praise", "criticise"), ("welcome", "condemn"), ("friend", "enemy"),
    ("peace", "war"), ("accept", "decline"), ("keep", "drop"), ("keep", "abandon"), ("male", "female"),
    ("cancel", "active"), ("cancel", "continue"), ("present", "absent"), ("include", "exclude"),
)  # fmt: skip
# More pairs that quote fidelity reads as opposite (the stance model was trained with ANTONYMS alone).
OPPOSITES: tuple[tuple[str, str], ...] = (
    *ANTONYMS,
    ("agree", "refuse"), ("allow", "refuse"), ("reaffirm", "abandon"), ("few", "many"),
    ("collapse", "progress"), ("fail", "succeed"), ("trust", "afraid"), ("trust", "fear"), ("end", "continue"),
    ("conclude", "continue"), ("finish", "continue"), ("support", "reject"), ("welcome", "dismay"),
    ("welcome", "regret"), ("want", "reject"), ("accept", "refuse"), ("open", "reluctant"), ("willing", "reluctant"),
    ("eager", "reluctant"), ("open", "unwilling"), ("resume", "abandon"), ("always", "recently"),
)  # fmt: skip


# Countries and the words that name them: people, capitals, seats of power ("Russian", "Moscow",
# "Kremlin" -> russia). Read where a claim gives another country than the record: who did something
# (``wording``), or whose office a title names (``claims``).
COUNTRY_WORDS: dict[str, str] = {
    "russia": "russia", "russian": "russia", "russians": "russia", "moscow": "russia", "kremlin": "russia",
    "ukraine": "ukraine", "ukrainian": "ukraine", "ukrainians": "ukraine", "kyiv": "ukraine", "kiev": "ukraine",
    "american": "us", "americans": "us", "america": "us",
    "british": "uk", "britain": "uk", "french": "france", "france": "france", "german": "germany",
    "germany": "germany", "chinese": "china", "china": "china", "polish": "poland", "poland": "poland",
    "hungarian": "hungary", "hungary": "hungary", "slovak": "slovakia", "slovakia": "slovakia",
    "estonian": "estonia", "estonia": "estonia", "latvian": "latvia", "latvia": "latvia",
    "lithuanian": "lithuania", "lithuania": "lithuania", "turkish": "turkey", "turkey": "turkey",
    "japanese": "japan", "japan": "japan", "canadian": "canada", "canada": "canada", "italian": "italy",
    "italy": "italy", "spanish": "spain", "spain": "spain", "belarusian": "belarus", "belarus": "belarus",
    "finnish": "finland", "finland": "finland", "swedish": "sweden", "sweden": "sweden", "iranian": "iran",
    "iran": "iran", "israeli": "israel", "israel": "israel", "indian": "india", "india": "india",
}  # fmt: skip


# The words of ``COUNTRY_WORDS`` that name a people, in the plural ("Russians", "Japanese"): not a country's own name
# nor its seat ("Kremlin"), nor a people's adjective ("Russian media" is not Russia).
_PEOPLES = frozenset(w for w, c in COUNTRY_WORDS.items() if w.endswith("ians") or w in {"americans"})


def peoples_countries(text: str) -> list[str]:
    """The countries ``text`` names by their people or seat ("Japanese" -> japan, "Kremlin" -> russia)."""
    return [COUNTRY_WORDS[w] for w in words(text) if w in COUNTRY_WORDS]


def keys_with_peoples(text: str) -> set[str]:
    """The name keys of ``text``, a people naming its country ("it is up to Ukrainians" speaks of Ukraine)."""
    return keys(text) | {name_key(c) for c in peoples_countries(text)}


# Places inside a wider one the news names ("the whole of Europe" said for "the whole of Ukraine" widens it).
_REGIONS = {
    "Europe": "Ukraine Russia Germany France Britain Poland Estonia Latvia Lithuania Finland Sweden Italy Spain "
              "Hungary Slovakia Belarus Moldova Romania Netherlands Belgium Denmark Norway Austria Czechia Baltic "
              "Baltics Brussels Berlin Paris London Warsaw Kyiv Moscow",
    "Ukraine": "Donbas Donetsk Luhansk Crimea Kherson Zaporizhzhia Kharkiv Kyiv Odesa",
}  # fmt: skip


def is_region(name: str) -> bool:
    """Whether ``name`` is a region the news names places inside ("Europe") or one of those places."""
    return name in _REGIONS or any(name in places.split() for places in _REGIONS.values())


def within(inner_key: str, outer_key: str) -> bool:
    """Whether the place with name key ``inner_key`` lies inside the one with ``outer_key`` (keys of
    ``name_key``)."""
    for region, places in _REGIONS.items():
        if name_key(region) == outer_key and inner_key in {name_key(p) for p in places.split()}:
            return True
    return False


# Heads of state and government in this news, standing for their country ("Putin's end game": Russia's).
LEADERS = {
    "Putin": "Russia", "Zelenskyy": "Ukraine", "Trump": "US", "Merz": "Germany", "Macron": "France",
    "Starmer": "Britain", "Orban": "Hungary", "Orbán": "Hungary", "Fico": "Slovakia", "Xi": "China",
}  # fmt: skip
LEADER_POSSESSIVE = re.compile(rf"\b({'|'.join(LEADERS)})['’]s\b")


# Words that news reports use interchangeably; compared as one (first word of the group).
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("abandon", "drop", "forgo", "forego", "renounce", "scrap", "ditch", "relinquish", "give", "concede", "conced",
     "sacrifice", "sacrific", "quit"),
    ("join", "accession", "accede", "membership", "member"),
    ("want", "wish", "desire", "seek", "sought"),
    ("guarantee", "assurance", "safeguard"),
    ("say", "said", "state", "stated", "claim", "tell", "told"),
    ("bid", "aspiration", "ambition", "goal", "dream", "drive", "quest"),
    ("big", "large", "huge"),
    ("kill", "dead", "death", "die", "died"),
    ("buy", "purchase", "acquire"),
    ("ban", "prohibit", "outlaw"),
    ("position", "place", "situation", "shape"),
    # News wording of the same events: talks and meetings, allies and partners, backing and support.
    ("talk", "meet", "meeting", "negotiation", "negotiations"),
    ("ally", "allies", "partner"),
    ("support", "back", "backed", "backing", "endorse", "help", "assist", "aid", "supporter", "backer", "proponent",
     "champion", "champions", "championed", "championing"),
    ("key", "main", "principal", "central", "major"),
    ("commitment", "pledge", "promise", "vow"),
    ("paper", "written", "document", "docu"),  # "on paper" / "written" assurances / "documents"
    ("real", "actual", "genuine"),
    ("capability", "capabilit", "capacity", "capacit"),
    ("neutral", "neutrality"),
    ("progress", "headway", "advance"),
    ("lot", "considerable", "substantial", "significant", "plenty"),
    ("oppose", "resist", "resistant", "opposition", "opposed", "opponent"),
    ("fear", "afraid", "scared"),
    ("prevent", "deter", "avert"),
    ("troop", "soldier", "peacekeeper", "contingent"),
    ("country", "nation"),
    ("enshrine", "enshrined", "anchored"),
    ("warn", "caution"),
    ("divide", "split"),
    ("compromise", "concession", "appease", "appeas", "appeasement"),  # "appeasing Moscow" / "concessions to Russia"
    ("complete", "finish", "conclude", "conclud"),
    ("deploy", "send", "dispatch", "station"),
    ("need", "require", "requir", "needed", "required"),
    ("explain", "elaborate", "elaborat", "explanation"),
    ("lasting", "sustainable", "durable", "enduring"),
    ("offer", "grant"),
    ("begin", "start", "commence"),
    ("continue", "continu", "continuation", "resume", "resum", "resumption"),
    ("sit", "sat", "sitt"),
    ("take", "tak", "took", "taken", "conquer", "seize", "seiz", "seized"),  # a place taken
    ("war", "invasion"),  # "provoked the war" / "provoked the full-scale invasion"
    ("sufficient", "enough", "adequate"),
    ("willing", "prepared", "ready"),
    ("alliance", "nato"),  # "the alliance" in news about NATO
    ("reject", "rejection", "exclude", "exclud"),  # "ruling out NATO membership" / "excluding Ukraine from NATO"
    ("afraid", "threatened", "threaten", "scared", "frightened"),  # "afraid of Russia" / "felt threatened by Russia"
    ("visit", "trip", "journey"),  # "during a trip to Kyiv" / "during a visit to Washington"
    ("like", "style", "similar", "akin"),  # "Article 5-style" / "Article 5–like" / "similar to Article 5"
)  # fmt: skip
_CANON = {w: group[0] for group in SYNONYMS for w in group}
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]|[A-Z]{2,3}")
# A capital or seat of power standing for its country.
METONYMS = {
    "kyiv": "ukrain", "kiev": "ukrain", "moscow": "russia", "kremlin": "russia", "beij": "china", "eu": "europ",
    "washington": "^us",
    # "the American delegation" is the U.S. one ("^us": the key of "U.S.", "US", "United States")
    "american": "^us", "americans": "^us", "british": "^uk", "britain": "^uk",
}  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match "membership"/"members", "wants"/"wanted"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if suffix in {"ied", "ies"}:
                w += "y"
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":  # "stopp" -> "stop"
        w = w[:-1]
    return w


def words(text: str) -> list[str]:
    """Lower-cased word tokens (numbers kept, punctuation dropped)."""
    return list(_words(text))


# The comparisons read the same claim and statement texts many times over in one check: their words, phrases and
# stems are kept for the texts seen last (pure functions of the text).
@lru_cache(maxsize=16384)
def _words(text: str) -> tuple[str, ...]:
    return tuple(m.group(0).lower().replace("’", "'") for m in WORD.finditer(text))


def word_spans(text: str) -> list[tuple[str, Span]]:
    return [(m.group(0).lower().replace("’", "'"), Span(m.start(), m.end())) for m in WORD.finditer(text)]


@lru_cache(maxsize=65536)
def canon(word: str) -> str:
    """The stem of ``word`` with synonyms folded together ("drop", "abandoning" -> "abandon")."""
    w = word.lower()
    if w in _CANON:
        return _CANON[w]
    s = stem(w)
    # "guarantees" and "assurances" lose their "e" with "es": the group word is found with it put back.
    return _CANON.get(s) or _CANON.get(s + "e", s)


# Phrasal verbs read as the one word they mean ("has given up its bid" = "has abandoned its bid").
_PHRASAL = re.compile(
    r"\b(?:(?:give|gave|given|giving|gives|walk(?:ed|ing|s)?)\s+(?:up|back)"
    r"|(?:back(?:ed|ing|s)?|step(?:ped|ping|s)?)\s+(?:away|back)\s+from|backtrack(?:ed|ing|s)?\s+on)\b",
    re.I,
)


# Other phrases read as the word they mean ("went on for five hours" = "lasted five hours").
_DO_WITHOUT = re.compile(r"\b(?:live|lives|lived|living|do|does|did|doing|manage|managed|cope|coped)\s+without\b", re.I)
# "not the first time" says "again", "not least" says "especially": no negation.
_NOT_FIRST_TIME = re.compile(r"\bnot\s+(?:for\s+)?the\s+first\s+time\b", re.I)
_NOT_NEGATING = re.compile(rf"{_NOT_FIRST_TIME.pattern}|\bnot\s+least\b", re.I)
_NEITHER_NOR = re.compile(r"\bneither\b(?=[^.;]*\bnor\b)", re.I)
# "little or no progress", "few if any": one denial said two ways.
_EITHER_WAY = re.compile(
    r"\b(?:little|few|hardly\s+any|scarcely\s+any|almost\s+no)\s+(?:or|if)\s+(?=no\b|any\b|none\b)", re.I
)
_PHRASES = (
    (re.compile(r"\b(?:went|go|goes|going|gone)\s+on\s+for\b", re.I), "lasted"),
    # "ran for more than five hours" (not "ran for president")
    (re.compile(r"\b(?:ran|run|runs|running)\s+(?=(?:for\s+(?:more\s+than|over|about|nearly|almost|around|roughly"
                r"|some|an?|\d|one|two|three|four|five|six|seven|eight|nine|ten|several)|beyond|past)\b)", re.I),
     "lasted "),
    (re.compile(r"\bboots\s+on\s+the\s+ground\b", re.I), "troops on the ground"),
    # Talks that "keep going" or "keep on" continue.
    (re.compile(r"\b(?:keep|keeps|kept|keeping)\s+(?:going|on)\b(?!\s+(?:about|with|at)\b)", re.I), "continue"),
    # "written into the constitution", "anchored in it": enshrined in it.
    (re.compile(r"\b(?:written|anchored|embedded|inscribed|spelled\s+out|set\s+down|laid\s+down)\s+(?:into|in)\b"
                r"(?=\s+(?:\w+\s+){0,2}?(?:constitution|law|treaty|charter|basic\s+law)\b)", re.I), "enshrined in"),
    # Pressure eased or kept up: "ease the pressure on Russia" against "putting the pressure on Russia".
    (re.compile(r"\b(?:eas|relax|lift|loosen|reduc|lessen|lower)(?:e|es|ed|ing|s)?\s+(?:the\s+|its\s+|our\s+)?pressure\b",
                re.I), "decrease pressure"),
    (re.compile(r"\b(?:put|puts|putting|keep|keeps|keeping|kept|maintain\w*|increas\w*|ramp\w*\s+up|step\w*\s+up"
                r"|rais\w*|pil\w+\s+on|exert\w*)\s+(?:up\s+)?(?:the\s+|its\s+|our\s+|more\s+)?pressure\b", re.I),
     "increase pressure"),
    # Talks that "broke down" or "fell apart" collapsed.
    (re.compile(r"\b(?:broke|break|breaks|breaking|broken|fell|fall|falls|falling|fallen)\s+(?:down|apart)\b", re.I),
     "collapsed"),
    (re.compile(r"\b(?:stood|stand|stands|standing)\s+(?:behind|by)\b", re.I), "support"),
    # "Putin's end game" is his final, ultimate goal.
    (re.compile(r"\b(?:end\s*-?\s*game|(?:ultimate|final|real)\s+(?:goal|aim|objective))\b", re.I), "endgame"),
    # Discussions that go on or resume are talks ("the continuation of the discussions"); "discussions of
    # NATO membership" are not.
    (re.compile(r"\b((?:continu|resum)\w*\s+(?:of\s+)?(?:the\s+)?)discussions\b", re.I), r"\1talks"),
    (re.compile(r"\bwritten\s+into\b", re.I), "enshrined in"),
    # "the Ukrainian side" is Ukraine's delegation: "side" adds nothing to the people's name.
    (re.compile(r"\b([A-Z][\w.]*(?:an|ish|ese|ian|U\.S\.|US))\s+sides?\b"), r"\1"),
    # "split the West apart", "tear Europe apart": divide.
    (re.compile(r"\b(?:split|splits|splitting|tear|tears|tore|tearing|break|breaks|broke|breaking|pull|pulls|pulled"
                r"|pulling)\s+((?:[\w’'-]+\s+){1,3}?)apart\b", re.I), r"divide \1"),
    # "sow division": divide.
    (re.compile(r"\b(?:sow|sows|sowed|sowing|stoke|stoked|stoking)\s+(?:divisions?|discord)\b", re.I), "divide"),
    # Promises on paper are the assurances called "paper" ones.
    (re.compile(r"\b(paper|written)\s+promises\b", re.I), r"\1 assurances"),
    (re.compile(r"\bsit-downs?\b", re.I), "meeting"),
    # "walk away from its NATO bid": abandon it.
    (re.compile(r"\bwalk(?:s|ed|ing)?\s+away\s+from\b", re.I), "abandon"),
    (re.compile(r"\bin\s+lieu\s+of\b", re.I), "in place of"),
    # Someone who "took part in" or "attended" a meeting was at it.
    (re.compile(r"\b(?:(?:take|takes|took|taken|taking)\s+part|participat(?:e|es|ed|ing))\s+in\b"
                r"|\battend(?:s|ed|ing)?\b(?=\s+(?:the|a|an|this|that|these|those|his|her|their|its)\b)", re.I), "at"),
    # Progress "achieved" or "reached" is progress made.
    (re.compile(r"\b(progress\s+(?:whatsoever\s+|at\s+all\s+)?(?:was|were|has\s+been|had\s+been|is|is\s+being|being)\s+)(?:achieved|reached|registered"
                r"|recorded)\b", re.I), r"\1made"),
    (re.compile(r"\b(?:achieved|achieve|achieves|achieving|reached|reach|reaches|reaching)\s+(?=(?:\w+\s+){0,2}?progress\b)",
                re.I), "made "),
    # "are set to continue", "was scheduled for Tuesday": what will happen, and when.
    (re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:scheduled|slated|set|due|planned)\s+(?=to\s+\w|for\s+)", re.I),
     "will "),
    # "Ukraine will return to its NATO bid": take it up again (the contrary of abandoning it); not "in return for".
    (re.compile(r"(?<!\bin )\breturn(?:s|ed|ing)?\s+to\s+(?=(?:its|their|his|her|the|a|an|our)\s+(?:\w+\s+){0,2}?"
                r"(?:bid|goal|aim|aspirations?|ambitions?|path|plan|policy|position|demands?|course)\b)", re.I),
     "resume "),
    (re.compile(r"\b(?:carry|carries|carried|carrying)\s+on\b(?!\s+(?:with|a|an|the)\b)", re.I), "continue"),
    # "the talks would go on": continue; not "what is going on", "went on to say", "go on a trip".
    (re.compile(r"(?:(?<=\bwould )|(?<=\bwill )|(?<=\bto )|(?<=\bmust )|(?<=\bshould )|(?<=\bcan )|(?<=\bcould )"
                r"|(?<=\bmay )|(?<=\bmight ))go\s+on\b(?!\s+(?:to|a|an|the|with)\b)", re.I), "continue"),
    # "has no problem with" allies joining accepts it: no negation.
    (re.compile(r"\b(?:(?:has|have|had|having|see|sees|saw|seeing)\s+)?no\s+(?:problems?|objections?)\s+(?:with|to)\b",
                re.I), "accept"),
    # Members "resistant to the idea" oppose it; those "pushing hardest for" it support it.
    (re.compile(r"\bresist(?:ant|ed|ing|s)?(?:\s+to)?\b", re.I), "oppose"),
    (re.compile(r"\b(?:(?:the\s+)?(?:most|very|more|all\s+too)\s+)?(?:eager|keen|anxious)\s+to\s+(?:see|have|get)\b",
                re.I), "support"),
    # "Russia is eager for / keen on / ready for this peace": wants it (the contrary of "does not want this peace").
    (re.compile(r"\b(?:(?:the\s+)?(?:most|very|more|now|all\s+too)\s+)?(?:eager|keen|anxious|hungry|ready)\s+for\b"
                r"|\bkeen\s+on\b", re.I), "want"),
    (re.compile(r"\b(?:push|pushes|pushed|pushing|press|presses|pressed|pressing|lobby|lobbies|lobbied|lobbying)"
                r"\s+(?:(?:hard|hardest|harder|strongly|loudly)\s+)?for\b", re.I), "support"),
    # "fully on board with Ukraine joining NATO": backing it.
    (re.compile(r"\b(?:(?:fully|all|firmly|completely)\s+)?on\s+board\s+with\b", re.I), "support"),
    (re.compile(r"\bhead(?:ed|s|ing)?\s+off\b", re.I), "prevent"),
    (re.compile(r"\bstay(?:ed|s|ing)?\s+out\s+of\b", re.I), "not join"),
    (re.compile(r"\brul(?:e|ed|es|ing)[\s-]+out\b", re.I), "reject"),  # "ruled out NATO membership"
    (_DO_WITHOUT, "abandon"),  # "could live without NATO membership": forgo it, not a negation
    (_NOT_FIRST_TIME, "previously"),
    (re.compile(r"\b(?:get|gets|got|getting|gotten|be|is|are|was|were|been)\s+under\s*way\b", re.I), "begin"),
    (re.compile(r"\bwrap(?:s|ped|ping)?\s+up\b", re.I), "completed"),
    (re.compile(r"\b(?:right\s+now|at\s+(?:the\s+)?(?:moment|present)|these\s+days)\b", re.I), "now"),
    # "did not go into (any great) detail" is "did not explain in detail"; "laid out" is "explained".
    (re.compile(r"\b(?:go|goes|went|gone|going)\s+into\s+(?:(?:any|much|great|more|further)\s+){0,2}details?\b",
                re.I), "explain in detail"),
    (re.compile(r"\b(?:lay|lays|laid|laying)\s+out\b", re.I), "explained"),
    # "walked the ministers through the plan", "set out Kyiv's position": explained it; "gave a detailed explanation
    # of": explained in detail.
    (re.compile(r"\bwalk(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){1,4}?through\b", re.I), "explained"),
    (re.compile(r"\bset(?:s|ting)?\s+out\b", re.I), "explained"),
    (re.compile(r"\b(?:gave|give|gives|giving|provided|offered)\s+(?:[\w’'-]+\s+){0,3}?(?:a\s+)?detailed\s+"
                r"(?:explanation|account|briefing|rundown)\s+of\b", re.I), "explained in detail"),
    # "from the very beginning" / "from the outset": always (the contrary of "only recently").
    (re.compile(r"\bfrom\s+the\s+(?:very\s+)?(?:beginning|start|outset)\b", re.I), "always"),
    (re.compile(r"\b(?:only\s+)?(?:lately|newly)\b", re.I), "recently"),
    # "go on to take" / "move on with taking": go further, to the next thing.
    (re.compile(r"\b(?:go|goes|went|gone|going|move|moves|moved|moving)\s+on\s+(?=to\b|with\b)", re.I), "proceed "),
    # "the talks were over" ended them; "over the weekend" is a time, not an end.
    (re.compile(r"\b(?:is|are|was|were|be|been|being|'re|’re|'s|’s)\s+(?:now\s+|already\s+|all\s+)?over"
                r"(?=\s*(?:[.,;:!?\"”]|$|(?:and|but|now|already|for\s+good)\b))", re.I), "ended"),
)


# A day of the week as a text names it ("on Monday").
# A weekday as written, in capitals too ("on FRIDAY"); compared capitalised ("Friday").
WEEKDAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\b")

# A commitment made: "has formally agreed to provide", "pledged to send", "confirmed it will give". A claim that
# someone committed to something is stated only by a text that tells of a commitment too.
COMMITS = re.compile(
    r"\b(?:agreed|agrees|committed|commits|pledged|pledges|promised|promises|vowed|vows|signed|signs|undertook)\s+"
    r"(?:to|on)\b|\bwill\s+(?:give(?!\s+up)|provide|send|deliver|offer|guarantee|deploy)\b"
    r"|\b(?:confirmed|confirms)\b"
    # "have formally signed security guarantee agreements": a signature is a commitment
    r"|\b(?:signed|signs|concluded|ratified)\s+(?:\w+\s+){0,4}?(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?)\b",
    re.I,
)


@lru_cache(maxsize=16384)
def phrasal(text: str) -> str:
    """``text`` with phrasal verbs and phrases read as the word they mean ("gave up" -> "abandon",
    "ruled out" -> "reject", "went on for" -> "lasted")."""
    text = _PHRASAL.sub("abandon", text)
    for pattern, meaning in _PHRASES:
        text = pattern.sub(meaning, text)
    return _LIGHT_VERB.sub("", text)


# A verb that only carries the noun after it ("gave (EU colleagues) a detailed explanation" is "explained in
# detail").
_LIGHT_VERB = re.compile(
    r"\b(?:gave|give|gives|giving|given|made|make|makes|making|provided|provides|providing)\s+"
    r"(?=(?:[\w-]+\s+){0,3}?(?:an?|no|any)\s+(?:[\w-]+\s+)?(?:explanation|account|statement|assessment|comment|remarks?|speech"
    r"|description)s?\b)",
    re.I,
)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content (no stopwords, no negations), synonyms folded."""
    return list(_content_stems(text))


@lru_cache(maxsize=16384)
def _content_stems(text: str) -> tuple[str, ...]:
    # "insufficient" is "sufficient", negated (polarity counts it: ``NEGATIVE_WORDS``).
    read = _INSUFFICIENT.sub("sufficient", phrasal(text))
    return tuple(
        canon(w)
        for w in _words(read)
        if w not in STOPWORDS and w not in NEGATIONS and len(w) > 1 and not w.endswith(("n't", "n’t"))
    )


_INSUFFICIENT = re.compile(r"\binsufficient\b", re.I)


def negation_count(text: str) -> int:
    return len(NEGATION.findall(text))


def markers(text: str, offset: int = 0) -> tuple[Marker, ...]:
    """Condition, hedge and negation markers in ``text``; spans shifted by ``offset``."""
    found: list[Marker] = []
    for kind, pattern in (
        (MarkerKind.CONDITION, CONDITION),
        (MarkerKind.HEDGE, HEDGE),
        (MarkerKind.NEGATION, NEGATION),
    ):
        for m in pattern.finditer(text):
            found.append(Marker(kind, Span(m.start() + offset, m.end() + offset), m.group(0)))
    return tuple(sorted(found, key=lambda k: k.span.start))


def number_value(text: str) -> float | None:
    """The value of a number as written ("160,000" -> 160000.0, "70%" -> 70.0, "2 million")."""
    raw = text.lower().replace(",", "").replace("per cent", "").replace("percent", "").replace("%", "")
    parts = raw.split()
    if not parts:
        return None
    try:
        value = float(parts[0])
    except ValueError:
        return None
    if len(parts) > 1 and parts[1] in SCALE:
        value *= SCALE[parts[1]]
    return value


def numbers(text: str) -> tuple[str, ...]:
    """Numbers written with digits, as written."""
    return tuple(m.group(0).strip() for m in NUMBER.finditer(text))


def is_number_word(word: str) -> bool:
    """Whether ``word`` (a token or stem) is a number: digits ("2023", "5,000") or a number word ("five")."""
    return bool(re.fullmatch(r"[\d.,%]+", word)) or word.lower() in NUMBER_WORDS


_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)


def number_mentions(text: str) -> list[tuple[float, int, int]]:
    """(value, start, end) of each number in ``text``, in digits or words ("five hours"; "one" is left
    out: it is too often a pronoun)."""
    return list(_number_mentions(text))


@lru_cache(maxsize=16384)
def _number_mentions(text: str) -> tuple[tuple[float, int, int], ...]:
    out = [
        (v, m.start(), m.end()) for m in NUMBER.finditer(text) if (v := number_value(m.group(0).strip())) is not None
    ]
    for m in _NUMBER_WORD.finditer(text):
        word = m.group(0).lower()
        if word != "one" and not any(a <= m.start() < b for _, a, b in out):
            out.append((float(NUMBER_WORDS[word]), m.start(), m.end()))
    for m in _ONE_UNIT.finditer(text):  # "barely an hour": one
        if not any(a <= m.start() < b for _, a, b in out):
            out.append((1.0, m.start(), m.end()))
    return tuple(sorted(out, key=lambda x: x[1]))


# "barely an hour", "just one hour", "a single week": one of a unit ("one day" is also "some day": not counted).
_ONE_UNIT = re.compile(
    r"\b(?:(?:an?|single)\s+(?:hour|day|week|month|year|decade|minute)|one\s+(?:hour|week|month|year|decade|minute))\b",
    re.I,
)


# The months in order, each with its short forms.
MONTH_NAMES = ("jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
               "aug august", "sep sept september", "oct october", "nov november", "dec december")  # fmt: skip
MONTH_WORDS = frozenset(w for names in MONTH_NAMES for w in names.split())
# A month's short form is the month ("Feb. 18" = "February 18").
_CANON.update({short: names.split()[-1] for names in MONTH_NAMES for short in names.split()[:-1]})


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTH_WORD = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_WORD})\.?\s+$", re.I)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORD})\b", re.I)


def counts(text: str, measure: str = "count") -> set[float]:
    """The values of the numbers in ``text`` that count something ("10,000 troops", "five years"), not years or days;
    or, with ``measure`` "year", the years it gives."""
    return {v for v, a, b in number_mentions(text) if number_measure(text, a, b) == measure}


def count_added(claim_text: str, texts: Iterable[str]) -> bool:
    """Whether ``claim_text`` counts something ("10,000 troops") where none of ``texts`` counts anything (another
    count there, "the almost four-year war" for "six years", is the same measure given otherwise: not added)."""
    return bool(counts(claim_text)) and not any(counts(t) for t in texts)


def year_added(claim_text: str, text: str, context: str) -> bool:
    """Whether ``claim_text`` gives a year ("a NATO member by 2030") where ``text`` gives none and ``context`` not
    that one (another year in ``text`` is the same measure given otherwise: not added)."""
    years = counts(claim_text, "year")
    return bool(years) and not counts(text, "year") and not years & counts(context, "year")


def number_measure(text: str, a: int, b: int) -> str:
    """What the number at ``text[a:b]`` counts: "year" ("2019", not "2,019" or "five"), "day" (of a month:
    "December 8", "8 December") or "count". Numbers are compared within their measure: "in 2019" says
    nothing of "a four-year war", and "10 Downing Street" nothing of "December 8"."""
    if _YEAR.fullmatch(text[a:b].strip()):
        return "year"
    if _MONTH_BEFORE.search(text[max(0, a - 12) : a]) or _MONTH_AFTER.match(text[b : b + 14]):
        return "day"
    return "count"


def number_values(text: str) -> set[float]:
    """The values of the numbers in ``text`` (``number_mentions``)."""
    return {v for v, _, _ in number_mentions(text)}


# A capitalised word, accented capitals too ("Élysée"); not "U-turn", "T-shirt".
_CAP = r"(?:(?![A-Z]-[a-z])[A-ZÀ-ÖØ-Þ](?:[\w.-]|['’](?!s\b))*[A-Za-zÀ-ÖØ-öø-ÿ0-9]|[A-Z](?!-))"
_NAME = re.compile(rf"{_CAP}(?:\s+(?:(?:of|the|de|von|der|van|al|bin|du|la)\s+)*{_CAP})*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)$")
_PAIRED_NAME = re.compile(r"[A-Z](?:\.?[A-Z])+\.?|[A-Z][a-z]{3,}")  # "U.S.", "EU", "Ukraine"; not "Al"
# Words that open a sentence without being a name ("Even Kyiv's friends", "Still, ...").
# A word shaped like an abstract noun ("Resumption", "Withdrawal", "Agreement") opening a sentence is no name.
_COMMON_NOUN = re.compile(r"^[A-Z][a-z]{3,}(?:tion|tions|sion|sions|ment|ments|ness|ity|ities)$")
_OPENERS = frozenset(
    ["even", "still", "several", "both", "each", "every", "such", "meanwhile", "however",
     # Common words of the news that open a sentence or a headline's words ("Talks on the draft ...",
     # "Kallas: Lasting peace ...").
     "talks", "negotiations", "peace", "lasting", "security", "troops", "sanctions", "officials", "leaders",
     "allies", "members", "guarantees", "sources", "reports", "critics", "analysts", "experts", "diplomats",
     "negotiators", "envoys", "concessions", "membership", "pressure", "putting", "only", "any", "no"]
)  # fmt: skip
_NOT_NAMES = frozenset(
    "During Ahead Following Since Until Despite Amid Under Among Between From With Without the I A The This "
    "That These Those It Its He She They We You His Her Their Our My Your In On At By For If But And Or So Yet "
    "Now Then When While After Before Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Mr Mrs Ms Dr President Minister According There Here Some Many Most All No Not Yes Do Does "
    "Did Is Are Was Were Has Have Had Will Would Could Should May Might Can What Who Why How Which Where "
    "Breaking Photo Video Screenshot Jan January Feb February Mar March Apr April May Jun June Jul July Aug "
    "August Sep Sept September Oct October Nov November Dec December"
    .split()
)


def _shouted(token: str) -> str:
    """A word of four or more letters written in capitals, as written otherwise ("FRIDAY" -> "Friday"); else ""."""
    word = token.strip(".’'")
    return word.capitalize() if len(word) > 3 and word.isalpha() and word.isupper() else ""


def quote_open(text: str) -> bool:
    """Whether ``text`` leaves a quotation open (what follows it is inside someone's words): an odd number of straight
    marks, or more opening curly marks than closing ones."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def abstract_opener(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start:end`` is an abstract noun that only opens a sentence ("Neutrality and a
    pledge ...", "Resumption of the talks"), not a name."""
    return _COMMON_NOUN.search(text[start:end]) is not None and _SENTENCE_START.search(text[:start]) is not None


def names(text: str) -> tuple[str, ...]:
    """Capitalised names and acronyms ("European Union", "NATO", "Kaja Kallas"), sentence-initial
    function words removed. A cheap stand-in for a named-entity recogniser."""
    out: list[str] = []
    for m in _NAME.finditer(text):
        tokens = m.group(0).split()
        opening = _SENTENCE_START.search(text[: m.start()]) is not None
        # ... or an abstract noun alone or before "of" ("Resumption of the Berlin talks"; not "Trinity College")
        abstract = _COMMON_NOUN.search(tokens[0]) is not None and (len(tokens) == 1 or tokens[1] in {"of", "and"})
        if opening and (tokens[0].lower() in STOPWORDS or tokens[0].lower() in _OPENERS or abstract):
            # "More than ...", "Also ...", "Even Kyiv's friends": a capital that only opens a sentence
            tokens = tokens[1:]
            while tokens and tokens[0] in {"of", "the", "and"}:  # "Resumption of the Berlin talks": Berlin
                tokens = tokens[1:]
        while tokens and (tokens[0].strip(".’'") in _NOT_NAMES or _shouted(tokens[0]) in _NOT_NAMES):
            tokens = tokens[1:]
        while tokens and tokens[-1].lower() in {"of", "the", "and", "de", "von", "der", "van"}:
            tokens = tokens[:-1]
        name = " ".join(tokens).rstrip(".")
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        parts = name.split("-")
        if len(parts) == 2 and " " not in name and all(_PAIRED_NAME.fullmatch(p) for p in parts):
            # "US-Ukraine talks", "Russia-Ukraine war": two names, each an anchor of its own.
            out.extend(p for p in parts if p not in out)
        elif name and name not in out and not name.isdigit():
            out.append(name)
    return tuple(out)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A spelling-tolerant key: "Zelensky", "Zelenskyy", "Zelenskiy" -> "zelensk"; "U.S." -> "us"."""
    if _ABBREVIATION.fullmatch(name.strip(".’'")) and name.lower().strip(".") not in METONYMS:
        # "U.S.", "US", "UK": kept apart from the words they spell ("us"); "USA" is the US.
        key = "^" + re.sub(r"[^a-z]", "", name.lower())
        return "^us" if key == "^usa" else key
    w = re.sub(r"[^a-z0-9]", "", name.lower())
    if w.endswith("s") and name.lower().endswith(("'s", "’s")):
        w = w[:-1]
    if w in METONYMS:
        return METONYMS[w]
    for suffix in ("iy", "yy", "ii", "y", "i", "ean", "an", "e", "s"):
        if len(w) > 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def name_present(name: str, text_keys: set[str]) -> bool:
    """Whether every significant word of ``name`` occurs (by ``name_key``) in ``text_keys``; a person's
    surname alone will do ("Kaja Kallas" in "Kallas said"), not the last word of a body's name
    ("United States" is not in "the Baltic States")."""
    words = [p for p in name.split() if p.lower() not in {"of", "the", "and"}]
    parts = [name_key(p) for p in words]
    if parts and all(p in text_keys for p in parts):
        return True
    if name.lower() in _PEOPLES and name_key(COUNTRY_WORDS[name.lower()]) in text_keys:
        return True  # "the Russians are in a good place" for what is said of Russia (not the other way round)
    if re.fullmatch(r"(?:the\s+)?United\s+States(?:\s+of\s+America)?", name, re.I) and "^us" in text_keys:
        return True  # "the United States" where the text says "U.S.", "US" or "Americans"
    return 2 <= len(words) <= 3 and words[-1].lower() not in BODY_WORDS and parts[-1] in text_keys


# Last words of names of bodies and places, which do not stand for the whole name as a surname does.
BODY_WORDS = frozenset(
    ["union", "states", "nations", "kingdom", "council", "party", "ministry", "commission", "republic", "house",
     "court", "bank", "office", "department", "agency", "parliament", "assembly", "army", "forces", "news",
     "times", "post", "press", "service", "group", "organization", "organisation", "committee", "east", "west",
     "north", "south", "europe", "america", "africa", "asia", "city", "county", "island", "islands", "sea"]
)  # fmt: skip


# "U.S.", "U.K.", "US": abbreviations, which ``words`` splits into letters or lower-cases.
_DOTTED = re.compile(r"\b(?:[A-Z]\.){1,3}[A-Z]\b\.?|\b[A-Z]{2,3}\b")
# Long forms of names usually abbreviated, with the abbreviation's key.
_LONG_FORMS = (
    ("united states", "^us"), ("united kingdom", "^uk"), ("united nations", "^un"), ("prime minister", "^pm")
)  # fmt: skip


def keys(text: str) -> set[str]:
    """``name_key`` of every word of ``text``, of its dotted abbreviations, and of the abbreviations of
    long names in it ("United States" -> "us")."""
    return set(_keys(text))


@lru_cache(maxsize=16384)
def _keys(text: str) -> frozenset[str]:
    out = {name_key(w) for w in words(text)}
    out.update(name_key(m.group(0)) for m in _DOTTED.finditer(text))
    lowered = text.lower()
    out.update(short for long, short in _LONG_FORMS if long in lowered)
    return frozenset(out)


def antonym_hits(a: Iterable[str], b: Iterable[str]) -> int:
    """How many antonym pairs have one side among stems ``a`` and the other among stems ``b``."""
    sa, sb = set(a), set(b)
    hits = 0
    for x, y in ANTONYMS:
        ax, ay = stem(x), stem(y)
        if (ax in sa and ay in sb and ay not in sa) or (ay in sa and ax in sb and ax not in sa):
            hits += 1
    return hits


@lru_cache(maxsize=65536)
def _opposite_key(word: str) -> str:
    """What antonyms are matched on: "refuse", "refused", "refusing" -> "refus"."""
    c = canon(word)
    return c.rstrip("e") if len(c) > 3 else c


@lru_cache(maxsize=1)
def _opposite_keys() -> tuple[tuple[str, str], ...]:
    """Every antonym pair keyed both ways round, in the order of ``OPPOSITES``."""
    k = _opposite_key
    return tuple(pair for x, y in OPPOSITES for pair in ((k(x), k(y)), (k(y), k(x))))


@lru_cache(maxsize=16384)
def _keyed_words(written: str) -> tuple[tuple[str, str], ...]:
    found = {_opposite_key(w): w for w in words(phrasal(written))}
    for pattern, meaning in ((_PHRASAL, "abandon"), *_PHRASES):
        for m in pattern.finditer(written):
            found[_opposite_key(meaning.split()[-1])] = m.group(0)
    return tuple(found.items())


def _keyed(written: str) -> dict[str, str]:
    """The text's words by antonym key; a phrase read as one word is shown as written."""
    return dict(_keyed_words(written))


def opposed_words(claim_text: str, text: str) -> list[tuple[str, str]]:
    """Antonym pairs (claim word, text word) where the claim has one side and not the other and
    ``text`` has the other side and not the first ("Moscow has agreed" / "Moscow is refusing"). "Its bid
    to join NATO" names the bid, not an act of joining: it opposes no "drop"."""
    claim_text, text = BID_TO_JOIN.sub(r"\1 for membership", claim_text), BID_TO_JOIN.sub(r"\1 for membership", text)
    key = _opposite_key
    mine = _keyed(claim_text)
    theirs = _keyed(text)
    out = []
    for a, b in _opposite_keys():
        if a in mine and b not in mine and b in theirs and a not in theirs and (mine[a], theirs[b]) not in out:
            if {mine[a].lower(), theirs[b].lower()} & _NOUN_FORMS:
                continue  # "declines NATO membership" is not the opposite of "drop its bid"
            out.append((mine[a], theirs[b]))
    # "X would be enough" against "not only X, but ...": what the claim calls sufficient, the text calls
    # too little.
    enough = next((w for k, w in mine.items() if k == key("sufficient")), None)
    short = NOT_ONLY.search(text)
    if enough is not None and short is not None and key("sufficient") not in theirs:
        out.append((enough, short.group(0)))
    # "just one of several security guarantees that work" / "the only security guarantee that works": the claim
    # makes the one thing of its kind one among others (the other way round is an overstatement: wording).
    among, sole = _AMONG.search(claim_text), _SOLE.search(text)
    # ... of the same thing: "one of the most consistent backers" is no "only credible security guarantee".
    if among and sole and not _SOLE.search(claim_text) and not _AMONG.search(text) and _next_stems(
        claim_text, among.end()
    ) & _next_stems(text, sole.end()):
        out.append((among.group(0), sole.group(0)))
    # A word and its negative form: "reversible" / "irreversible", "likely" / "unlikely".
    for a, word in mine.items():
        for b, other in theirs.items():
            if a != b and len(min(a, b, key=len)) >= 5 and a not in theirs and b not in mine:
                longer, shorter = (a, b) if len(a) > len(b) else (b, a)
                if any(longer == p + shorter for p in NEGATIVE_PREFIXES) and (word, other) not in out:
                    out.append((word, other))
    # "could be reversed" / "irreversible" (it cannot be): what may be done to it, and what may not.
    for one, two, flip in ((claim_text, text, False), (text, claim_text, True)):
        for m in _CAN_BE.finditer(one):
            done = key(m.group("verb"))
            for n in _NOT_ABLE.finditer(two):
                stem = n.group("stem")
                if len(done) >= 4 and done in {key(stem), key(f"{stem}ed"), key(f"{stem}d")}:
                    pair = (n.group(0), m.group(0)) if flip else (m.group(0), n.group(0))
                    if pair not in out:
                        out.append(pair)
    return out


def _next_stems(text: str, at: int, n: int = 3) -> set[str]:
    """The stems of the ``n`` content words of ``text`` after ``at``."""
    return {stem(w) for w in [w for w in words(text[at:]) if w not in STOPWORDS][:n]}


ROOT_LETTERS = 5  # letters two forms of one word share ("conceding" / "concessions", "concede" / "concession")


def share_a_root(a: str, b: str) -> bool:
    """Whether two texts share a word that carries meaning, in any two forms: the same first ``ROOT_LETTERS``
    letters."""

    def roots(text: str) -> set[str]:
        return {w.lower()[:ROOT_LETTERS] for w in words(text) if len(w) >= ROOT_LETTERS and w.lower() not in STOPWORDS}

    return bool(roots(a) & roots(b))


# The one thing of its kind, and one thing among others.
_SOLE = re.compile(
    r"\b(?:the|its|their|our)\s+(?:only|sole|single|one\s+and\s+only)\b(?!\s+(?:one|way)\s+of\b)", re.I
)
_AMONG = re.compile(
    r"\b(?:just\s+|only\s+|merely\s+)?one\s+of\s+(?:several|many|a\s+number\s+of|various|a\s+range\s+of|multiple"
    r"|the|a\s+few|two|three|four)\b",
    re.I,
)
# "can / could / may / might be reversed" (not "cannot be"): something that may be done to it.
_CAN_BE = re.compile(r"\b(?:can|could|may|might)\s+(?:still\s+|yet\s+|easily\s+)?be\s+(?P<verb>[a-z]{4,}ed)\b", re.I)
# "irreversible", "unchangeable": what cannot be done to it.
_NOT_ABLE = re.compile(r"\b(?:ir|un|in|im|il|non-?)(?P<stem>[a-z]{4,}?)[ai]ble\b", re.I)


# A noun of aim, then "to join": "its bid to join NATO" is its NATO bid.
BID_TO_JOIN = re.compile(
    r"\b(bids?|aspirations?|ambitions?|goals?|path|hopes?|desire|wish|dream|quest|drive|efforts?|application)\s+to\s+join\b",
    re.I,
)
NEGATIVE_PREFIXES = ("ir", "un", "im", "il", "in", "dis", "non")
# Nouns folded with a verb ("membership" with "join"): the thing, not the act, so never its opposite.
_NOUN_FORMS = frozenset(["membership", "memberships", "member", "members", "accession"])
NOT_ONLY = re.compile(r"\bnot\s+[\"“‘']?(?:only|just|merely|simply)\b", re.I)  # 'not "only on paper"' too
# "troops and capabilities rather than paper alone": not only paper, which denies nothing.
_RATHER_THAN_ALONE = re.compile(r"\brather\s+than\s+(?:[\w’'-]+\s+){0,4}?(?:alone|only)\b", re.I)


# A sentence that reports a claim while keeping its distance from it ("circulated a quote ... claiming
# that X", "posts claim that X", "allegedly", "rumours that X"): an appearance of the claim, never
# evidence for it. Plain "Russia has claimed X" is left out: that is Russia's statement on record.
REPORTED_CLAIM = re.compile(
    r"\b(?:circulat(?:e|ed|es|ing)|went viral|viral (?:post|video|claim|quote)s?|purport(?:ed|edly|s)?"
    # "are passing around a quote saying ...", "spreading a quote"
    r"|(?:pass(?:es|ed|ing)?\s+around|spread(?:s|ing)?|push(?:es|ed|ing)?)\s+(?:a|the|this|that)\s+(?:fake\s+)?"
    r"(?:quote|claim|story|video|post)"
    r"|alleg(?:e|ed|es|ing|edly)|supposedly|rumou?r(?:s|ed)?|claiming\s+that"
    r"|(?:quote|quotes|words|statement|remarks?|claims?|comments?)\s+(?:\w+\s+)?attributed\s+to"
    r"|it\s+(?:was|is|has\s+been)\s+(?:widely\s+)?(?:reported|claimed|alleged|rumou?red)"
    r"|(?:posts?|users?|outlets?|media|messages?|videos?|headlines?|bloggers?|accounts?|websites?|channels?)"
    r"\b[^.;]{0,80}?\b(?:claim(?:s|ed|ing)?|assert(?:s|ed|ing)?)(?:\s+that)?)\b",
    re.I,
)
# What a fact-check says when it finds a claim distorted, and when it finds the words were never said.
OUT_OF_CONTEXT = re.compile(
    r"\b(?:not referring|wasn['’]t referring|was not talking about|but rather|out of context|distort\w*"
    r"|misrepresent\w*|misleading|cherry-?pick\w*|did not signal|didn['’]t signal|twisted|misinterpret\w*"
    r"|selectively (?:quoted|edited))\b",
    re.I,
)
NEVER_SAID = re.compile(
    r"\b(?:did not say|didn['’]t say|never said|fabricat\w*|fake quote|no record of|made up|invented"
    r"|false(?:ly)? attributed)\b",
    re.I,
)
# A question that answers itself: "asked why Russia should be handed concessions" (there is no reason it should).
_RHETORICAL = (
    r"(?:\b(?:ask(?:ed|s|ing)?(?:\s+[\w.’'-]+){0,2}?|question(?:ed|s|ing)?|wonder(?:ed|s|ing)?)\s+|\bquestion\s+is,?\s+"
    r"|^\W*|[:“\"]\s*)"
    r"why(?=\s+(?:[\w’'-]+\s+){0,4}?(?:should|would|must)\b)"
)
# Words that turn what follows against itself, for polarity: a speaker who "decried" X did not say X
# was good; "a mistake", "untrue" judge a proposition negatively.
NEGATIVE_WORDS = re.compile(
    r"\b(?:decr(?:y|ied|ies|ying)|criticis\w*|criticiz\w*|condemn\w*|denounc\w*|reject\w*|dismiss(?:ed|es|ing)?"
    r"|deplor\w*|lambast\w*|mistake|untrue|nonsense|unacceptable|unimaginable|unable|refus(?:e|ed|es|ing|al)"
    r"|stay(?:ed|s|ing)?\s+out\s+of|rather\s+than|off\s+the\s+table|rul(?:e|es|ed|ing)[\s-]+out|exclud(?:e|es|ed|ing)"
    # "little progress", "scant openness": next to none ("a little" is some)
    r"|(?<!\ba\s)little|scant|hardly|barely|insufficient(?:ly)?|avoid(?:s|ed|ing)?"
    # "Canada and Japan were left out of the list": not on it
    r"|(?:left|leaves|leave|leaving)\s+(?:[\w’'-]+\s+){0,4}?out\s+of"
    # "spoke out against", "came out against", "argued against": decried
    r"|(?:sp[eo]ak(?:s|ing)?|spoke|spoken|c[ao]me(?:s)?|coming|argu(?:e|ed|es|ing)|remarks?|comments?|arguments?"
    r"|warnings?|case)\s+(?:out\s+)?against)\b"
    r"|\bnon-(?=[a-z])"
    rf"|{_RHETORICAL}",
    re.I,
)
RHETORICAL_WHY = re.compile(_RHETORICAL, re.I)
_CLAUSE_END = re.compile(r",|;|\bthen\b|—|–|\)")


# A claim that is itself about a claim or an argument ("Trump has echoed Moscow's line that ..."): a sentence
# reporting that claim ("Russia alleged that ..., a justification Trump has repeated") is what states it.
ABOUT_A_CLAIM = re.compile(
    r"\b(?:line|narrative|claims?|allegations?|assertions?|argument|justification|talking\s+points?|propaganda)"
    r"\s+that\b|\b(?:echo(?:ed|es|ing)?|parrot(?:ed|s|ing)?|alleg(?:e|ed|es|ing))\b",
    re.I,
)


# "comment on the talks after they | conclude": what a word times, not what is said of it.
_WHEN_CLAUSE = re.compile(r"\b(?:after|once|when|until|till|before|as\s+soon\s+as)\s+(?:[\w’'-]+\s+){0,3}$", re.I)
WHEN_REACH = 40  # characters before the word read for such a clause


def timed_word(word: str, text: str) -> bool:
    """Whether ``word``, where ``text`` first has it, opens the time of something else ("would comment on the talks
    after they wrapped up"): an opposite word there states nothing about what it names."""
    at = re.search(rf"\b{re.escape(word)}\b", text, re.I)
    return at is not None and _WHEN_CLAUSE.search(text[max(0, at.start() - WHEN_REACH) : at.start()]) is not None


def reports_claim(text: str) -> bool:
    """Whether ``text`` reports a claim at a distance (an appearance of a claim, not evidence for it)."""
    return REPORTED_CLAIM.search(text) is not None


def condition_clauses(text: str) -> list[tuple[int, int]]:
    """Character ranges of the condition clauses in ``text`` ("if this is not in question", up to the
    next comma, "then", dash or closing bracket)."""
    out: list[tuple[int, int]] = []
    for m in CONDITION.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        out.append((m.start(), end.start() if end else len(text)))
    return out


def polarity(text: str, start: int = 0, end: int | None = None) -> int:
    """Negative words in ``text[start:end]`` that count for polarity: negations and negative verbs or
    judgements, leaving out those inside a condition clause ("if this is not in question, then ...",
    found in the whole text) and "not only"."""
    chars = list(text)
    for lo, hi in condition_clauses(text):
        chars[lo:hi] = " " * (hi - lo)
    masked = _NOT_NEGATING.sub(" ", _DO_WITHOUT.sub(" ", NOT_ONLY.sub(" ", "".join(chars)[start:end])))
    masked = _EITHER_WAY.sub(" ", _RATHER_THAN_ALONE.sub(" ", masked))
    # "Neither NATO nor EU leaders have ..." denies once.
    paired = len(_NEITHER_NOR.findall(masked))
    return negation_count(masked) - paired + len(NEGATIVE_WORDS.findall(masked))


# "They cannot be papers or promises", "She said this ...": a sentence that opens with a word standing for
# something the sentence before named.
PRONOUN_START = re.compile(
    # "that" as a word standing for something ("That is why ..."), not opening a reported clause ("that the president
    # would comment ...").
    r"^\W*(?:(?:and|but|so)\s+)?(?:they|it|this|these|he|she|that(?!\s+(?:the|a|an|he|she|they|it|we|i|you|there|this|these|those|(?-i:[A-Z])\w*)\b))"
    r"\b",
    re.I,
)
# What a fact-check calls itself: "fact-check", "fact checkers", "debunking".
CHECK_WORK = r"(?:fact[- ]?check(?:er)?s?|debunk(?:ing)?)"
# "walking back that position", "this pledge": the one the sentence before told of (in reported words too).
THAT_THING = re.compile(
    r"\b(?:that|this)\s+(?:position|stance|pledge|promise|commitment|policy|decision|assurance)\b", re.I
)
# "resistant to the idea", "made the remarks": words that stand for what the sentence before said.
POINTS_BACK = re.compile(
    r"\bthe (?:idea|move|proposal|plan|offer|remarks?|comments?|statement|suggestion|prospect)\b"
    rf"|\b(?:said|says|stated|made|added|wrote) (?:this|that|these|so)\b|{THAT_THING.pattern}",
    re.I,
)
