"""Speaker resolution from hand-built name mentions (no parser): names, pronouns, descriptions."""

from __future__ import annotations

import pytest

from saidwhen.analyse.quotemarks import RegionIndex, find_regions
from saidwhen.analyse.speakers import NameMention, SpeakerResolver, build_registry
from saidwhen.records import EntityKind, Span


def _mention(text: str, name: str, kind: EntityKind = EntityKind.PERSON, nth: int = 0, **kw: object) -> NameMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return NameMention(Span(start, start + len(name)), name, kind, **kw)  # type: ignore[arg-type]


def _resolver(text: str, mentions: list[NameMention]) -> SpeakerResolver:
    return SpeakerResolver(text, mentions, build_registry(mentions), RegionIndex(find_regions(text)))


def _src(text: str, words: str, nth: int = 0) -> tuple[Span, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    head = start + words.rfind(" ") + 1 if " " in words and not words.startswith("the ") else start
    if words.startswith("the "):
        head = start + len(words) - len(words.split()[-1])
    return Span(start, start + len(words)), head


TEXT = (
    "EU foreign policy chief Kaja Kallas met Donald Trump. Kallas likened the plan to Al Qaeda. "
    "“It is unimaginable,” she said. The high representative added more. “No,” the official said. "
    "A poll found support. The Kremlin said nothing."
)


@pytest.fixture()
def resolver() -> SpeakerResolver:
    ms = [
        _mention(TEXT, "Kaja Kallas", roles=("EU foreign policy chief", "high representative"), subject=True),
        _mention(TEXT, "Donald Trump"),
        _mention(TEXT, "Kallas", EntityKind.OTHER, nth=1, subject=True),
        _mention(TEXT, "Al Qaeda"),
        _mention(TEXT, "Kremlin", EntityKind.ORGANISATION),
    ]
    return _resolver(TEXT, ms)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Kallas", "Kaja Kallas"),  # a surname -> the full name introduced earlier
        ("she", "Kaja Kallas"),  # pronoun -> the subject, not "Al Qaeda" (the nearer object)
        ("The high representative", "Kaja Kallas"),  # description matching a role
        ("the official", "Kaja Kallas"),  # generic description -> the speaker just quoted
        ("A poll", None),  # not a person: unknown, never guessed
        ("The Kremlin", "Kremlin"),
    ],
)
def test_speakers_resolve(resolver: SpeakerResolver, words: str, expected: str | None) -> None:
    order = ["Kallas", "she", "The high representative", "the official", "A poll", "The Kremlin"]
    got = {}
    for w in order:  # resolve in text order, as the analysis does
        span, head = _src(TEXT, w, nth=1 if w == "Kallas" else 0)
        got[w] = resolver.resolve(span, head).speaker
    assert got[words] == expected


def test_speakers_gender_from_title() -> None:
    text = "Ms. Clinton met Mr. Sanders. He said it went well."
    ms = [
        _mention(text, "Clinton", EntityKind.OTHER, title="ms.", subject=True),
        _mention(text, "Sanders", EntityKind.OTHER, title="mr."),
    ]
    ms = [NameMention(m.span, m.name, EntityKind.PERSON, m.roles, m.title, m.subject) for m in ms]
    span, head = _src(text, "He")
    assert _resolver(text, ms).resolve(span, head).speaker == "Sanders"


def test_speakers_none_source_stays_unknown(resolver: SpeakerResolver) -> None:
    assert resolver.resolve(None, -1).speaker is None


def test_speakers_pronoun_without_antecedent_is_unknown() -> None:
    text = "It rained. She said it was fine."
    span, head = _src(text, "She")
    assert _resolver(text, []).resolve(span, head).speaker is None
