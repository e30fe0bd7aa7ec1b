"""Degree: a claim that says more than the speaker did, on the same scale ("not in good place" told
as "on the verge of collapse", "a lot of progress" told as "a final peace agreement").

Each scale has milder and stronger wordings of one judgement, in the same direction. A statement
with a milder wording reported with a stronger one is exaggerated; the opposite direction is not a
matter of degree (that is negation, handled by polarity and opposite words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    name: str
    milder: re.Pattern[str]
    stronger: re.Pattern[str]


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


# How badly off someone is: in difficulty -> collapsing or beaten.
_DECLINE_MILDER = (
    r"not in (?:a )?good (?:place|shape|position|state)",
    r"weak(?:er|ened|ening)?",
    r"struggl\w+",
    r"in (?:difficulty|difficulties|trouble)",
    r"under (?:pressure|strain)",
    r"losing ground",
    r"(?:in|into) (?:a )?difficult (?:place|position|situation)",
)
_DECLINE_STRONGER = (
    r"(?:on|at) the (?:verge|brink|edge|point) of (?:collapse|collapsing|defeat|ruin|bankruptcy)",
    r"collaps(?:e|es|ed|ing)",
    r"defeated",
    r"crumbling",
    r"falling apart",
    r"near(?:ing)? collapse",
    r"(?:has|have) lost the war",
    r"finished",
)
# How far talks got: progress -> a deal done.
_INTENSE = ("enormous", "huge", "tremendous", "massive", "extraordinary", "historic", "unprecedented")
_PROGRESS_MILDER = (
    # (not the "progress" of "enormous progress", which is the stronger wording)
    r"(?:a lot of |some |real |good |significant |substantial )?"
    + "".join(f"(?<!{w} )" for w in _INTENSE)
    + "progress",
    r"constructive",
    r"productive",
    r"positive (?:talks|meeting|discussions?)",
    r"step forward",
    r"moving forward",
)
_PROGRESS_STRONGER = (
    r"breakthrough",
    rf"(?:{'|'.join(_INTENSE)})\s+progress",
    r"(?:final |peace |a |the )*(?:deal|agreement|accord) (?:was |has been |had been )?"
    r"(?:reached|struck|signed|sealed|agreed|done|finali[sz]ed)",
    r"(?:reached|struck|signed|sealed|clinched|finali[sz]ed|produced|secured) (?:a |the )?(?:final )?"
    r"(?:peace )?(?:deal|agreement|accord)",
    r"final (?:peace )?(?:deal|agreement|accord)",
    r"ended the war",
    # "resolved all outstanding issues", "settled everything": nothing left to talk about.
    r"(?:resolved|settled|solved) (?:all|every|each) (?:of the )?(?:outstanding |remaining |open |the )?"
    r"(?:issues?|questions?|differences|disputes|points)",
    r"(?:resolved|settled|solved) everything",
    # "resolved the main issues standing in the way of a peace deal": the obstacles gone.
    r"(?:resolved|settled|solved|removed|overcame|overcome|cleared) (?:the |all the )?(?:main|key|major|core|central"
    r"|biggest|last) (?:outstanding |remaining )?(?:issues?|questions?|differences|disputes|obstacles|hurdles"
    r"|sticking points)",
    r"(?:all|every) (?:outstanding |remaining |open )?(?:issues?|questions?|differences|disputes) "
    r"(?:were|was|had been|have been|has been) (?:resolved|settled|solved)",
)
# How likely something is: slim -> none at all.
_CHANCE_MILDER = (
    r"(?:vanishingly |very |extremely |pretty )?(?:thin|slim|small|slight|remote|low|little)",
    r"(?:highly |very )?unlikely",
    r"(?:a )?long shot",
)
_CHANCE_STRONGER = (
    r"(?:zero|no|not (?:a|any)|nil)\s+(?:\w+\s+)?(?:chance|hope|prospect|possibility)s?",
    # "never had any chance", "did not stand a chance"
    r"(?:never|not)\s+(?:ha(?:d|ve|s)|stood|stand|stands)\s+(?:any|a|the\s+slightest)\s+(?:\w+\s+)?"
    r"(?:chance|hope|prospect)s?",
    r"impossible",
    r"(?:never|no way)\s+(?:\w+\s+){0,2}(?:join|get|become|happen)\w*",
)
CHANCE = Scale("chance", _words(*_CHANCE_MILDER), _words(*_CHANCE_STRONGER))
# How far a step was taken: considered or discussed -> decided, demanded, committed to.
_STEP_MILDER = (
    r"(?:be\s+)?prepared\s+to\s+consider",
    r"consider(?:s|ed|ing)?",
    r"discussions?\s+(?:about|of|on)",
    r"(?:look|looking|looked)\s+(?:at|into)",
    r"explor(?:e|es|ed|ing)",
)
_STEP_STRONGER = (
    r"(?:must|will|shall|should|is\s+going\s+to|are\s+going\s+to)\s+(?:send|deploy|station|put)",
    r"committ(?:ed|ing)\s+(?:\w+\s+){0,2}to\s+(?:send|deploy|sending|deploying|station|stationing)",
    r"pledg(?:e|es|ed|ing)\s+(?:to\s+)?(?:\w+\s+){0,2}(?:send|deploy|sending|deploying|troops)",
    r"demand(?:s|ed|ing)?\s+(?:\w+\s+){0,3}(?:troops|deploy\w*|send\w*)",
    r"(?:troops|soldiers|peacekeepers)\s+(?:be\s+)?(?:sent|deployed)\s+(?:\w+\s+){0,4}(?:right\s+)?now",
)
# How far members stood against something: reluctant or opposed -> stopped it.
_OPPOSITION_MILDER = (
    r"resist(?:ant|ed|ing|s)?",
    r"reluctant",
    r"(?:wary|sceptical|skeptical|hesitant|cautious)\s+(?:of|about)",
    r"oppos(?:e|es|ed|ing)",
    r"objected",
)
_OPPOSITION_STRONGER = (
    r"block(?:s|ed|ing)?",
    r"veto(?:es|ed|ing)?",
    r"(?:prevent|stopp?|barr?)(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?from",
    r"killed\s+(?:\w+\s+){0,2}(?:bid|membership|accession|plan)",
)
SCALES = (
    Scale("decline", _words(*_DECLINE_MILDER), _words(*_DECLINE_STRONGER)),
    Scale("opposition", _words(*_OPPOSITION_MILDER), _words(*_OPPOSITION_STRONGER)),
    Scale("progress", _words(*_PROGRESS_MILDER), _words(*_PROGRESS_STRONGER)),
    CHANCE,
    Scale("step", _words(*_STEP_MILDER), _words(*_STEP_STRONGER)),
)


@dataclass(frozen=True)
class Overstated:
    scale: str
    said: str  # the milder wording in the statement
    span: tuple[int, int]  # of ``said`` in the statement text
    claimed: str  # the stronger wording in the claim


def overstated(claim_text: str, text: str) -> Overstated | None:
    """The scale on which ``claim_text`` says more than ``text``: the claim has a stronger wording that
    the text lacks, and the text a milder one that the claim lacks. None when there is none."""
    for scale in SCALES:
        strong = scale.stronger.search(claim_text)
        mild = scale.milder.search(text)
        if strong is None or mild is None or scale.stronger.search(text) or scale.milder.search(claim_text):
            continue
        return Overstated(scale.name, mild.group(0), mild.span(), strong.group(0))
    return None


# Said more firmly than the speaker did: "we can achieve" told as "will achieve".
# "represent an opportunity to prevent another invasion": what can be done, not what will be.
_ABLE = re.compile(
    r"\b(?:can|could|may|might|(?:be|is|are)\s+able\s+to|possible|possibly|(?:an\s+)?opportunit(?:y|ies)\s+to"
    r"|(?:a\s+)?chance\s+to)\b",
    re.I,
)
_SURE = re.compile(r"\b(?:will|shall|going\s+to|certainly|definitely|surely)\b|\w['’]ll\b", re.I)
# Said of one alone: "concessions are needed from Russia" told as "only Russia should make concessions".
_ALONE = re.compile(r"(?<!\bnot\s)\b(?i:only|solely|exclusively)\s+(?=[A-Z])|\b[A-Z][\w’'-]+\s+alone\b")
# "it is up to Ukrainians to decide": theirs alone to decide, as "only Ukrainians can decide" says.
_ANY_ALONE = re.compile(r"\b(?:only|solely|exclusively|alone|sole)\b|\bup\s+to\s+(?:\w+\s+){1,3}?to\s+decide\b", re.I)


def firmer(claim_text: str, text: str) -> Overstated | None:
    """What the claim states as certain that ``text`` says only can be, or says of one alone that ``text``
    does not limit so. None when neither."""
    sure, able = _SURE.search(claim_text), _ABLE.search(text)
    if sure and able and not _ABLE.search(claim_text) and not _SURE.search(text):
        return Overstated("certainty", able.group(0), able.span(), sure.group(0))
    alone = _ALONE.search(claim_text)
    if alone and not _ANY_ALONE.search(text):
        return Overstated("exclusive", "", (0, 0), alone.group(0))
    return None


def chance_denied(claim_text: str, text: str) -> Overstated | None:
    """A slim chance told as none ("the chance ... was vanishingly thin" / "zero chance", "no chance of ever
    joining"): a matter of degree, not a negation of the statement. None otherwise."""
    none, slim = CHANCE.stronger.search(claim_text), CHANCE.milder.search(text)
    if none and slim and re.search(r"\bchances?\b", text, re.I) and not CHANCE.stronger.search(text):
        return Overstated("chance", slim.group(0), slim.span(), none.group(0))
    return None
