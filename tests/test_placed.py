"""A plain claim that sets an event of the record in another place (verify/placed.py): the event known by its
people and kind, the record's sentence of the claim's time, and no sentence placing it where the claim does."""

from __future__ import annotations

from datetime import date

from saidwhen.records import Evidence, Span
from saidwhen.verify.claims import parse_claim
from saidwhen.verify.placed import dated_elsewhere, placed_elsewhere

FEB28 = date(2025, 2, 28)
DEC15 = date(2025, 12, 15)  # a Monday
AFP = "Kallas told AFP during a visit to Washington that there was no reason to offer concessions."
BERLIN = "Zelenskyy offered to drop the bid during five hours of talks with Witkoff and Kushner in Berlin."
PRESSER = "She said this on Monday in Brussels at a press conference."


def _ev(text: str, published: date, speaker: str | None = None) -> Evidence:
    return Evidence("a1", Span(0, len(text)), text, "/c/a1.txt", None, published, speaker=speaker, context=text)


def _placed(claim_text: str, *sentences: Evidence) -> tuple[str, str] | None:
    claim = parse_claim(claim_text)
    found = placed_elsewhere(claim, claim.entities, sentences)
    return None if found is None else (found.claimed, found.recorded)


def test_placed_an_event_set_elsewhere_is_placed_where_the_record_has_it() -> None:
    # two names single the event out; an outlet told is an interview; a dated claim needs one name of its time
    assert _placed("Zelenskyy flew to Paris this weekend to meet Witkoff and Kushner.", _ev(BERLIN, DEC15)) == (
        "Paris", "Berlin")  # fmt: skip
    assert _placed("Kallas gave her February AFP interview in Brussels.", _ev(AFP, FEB28, "Kaja Kallas")) == (
        "Brussels", "Washington")  # fmt: skip
    assert _placed("Kallas spoke to reporters in Kyiv on Monday.", _ev(PRESSER, DEC15, "Kaja Kallas")) == (
        "Kyiv", "Brussels")  # fmt: skip


def test_placed_words_exchanged_online_are_placed_where_the_record_has_them() -> None:
    chat = _ev("Some partners did not support this, he said to reporters in a WhatsApp chat on Sunday.", DEC15,
               "Volodymyr Zelenskyy")  # fmt: skip
    assert _placed("On Sunday Zelenskyy answered reporters' questions in a Telegram chat.", chat) == (
        "Telegram", "WhatsApp")  # fmt: skip
    assert _placed("On Sunday Zelenskyy answered reporters' questions in a WhatsApp chat.", chat) is None
    # a town is no platform
    assert _placed("On Sunday Zelenskyy answered reporters' questions in Berlin.", chat) is None


def test_placed_nothing_is_said_of_an_event_the_record_does_not_single_out() -> None:
    # one name and no time: which of her press conferences?
    assert _placed("Kallas spoke to reporters in Kyiv.", _ev(PRESSER, DEC15, "Kaja Kallas")) is None
    # a time the record's sentence is not of ("the mayor" names no May)
    assert _placed("Kallas gave her March AFP interview in Brussels.", _ev(AFP, FEB28, "Kaja Kallas")) is None
    mayor = _ev("Kallas met Rubio for talks in Washington, the mayor said.", DEC15)
    assert _placed("Kallas met Rubio for talks in Paris in May.", mayor) is None
    # a building in a town is no other town; a town in the country the record names is no other place
    assert _placed("Zelenskyy met Witkoff and Kushner at the Chancellery.", _ev(BERLIN, DEC15)) is None
    assert _placed("Zelenskyy met Witkoff and Kushner in Germany.", _ev(BERLIN, DEC15)) is None
    # the record has the event where the claim sets it too, or no such event
    london = _ev("Zelenskyy met Witkoff and Kushner in Paris on the way.", DEC15)
    assert _placed("Zelenskyy met Witkoff and Kushner in Paris.", _ev(BERLIN, DEC15), london) is None
    assert _placed("Zelenskyy had dinner with Witkoff and Kushner in Paris.", _ev(BERLIN, DEC15)) is None
    # words said somewhere are checked as words, and a denial is no placing
    assert _placed("Kallas told AFP in Brussels that Russia is weak.", _ev(AFP, FEB28, "Kaja Kallas")) is None
    assert _placed("Zelenskyy did not meet Witkoff and Kushner in Paris.", _ev(BERLIN, DEC15)) is None


def _dated(claim_text: str, *sentences: Evidence) -> tuple[str, str] | None:
    claim = parse_claim(claim_text)
    found = dated_elsewhere(claim, claim.entities, sentences)
    return None if found is None else (found.claimed, found.recorded)


PUBLISHED = "Kallas decried ruling out NATO membership for Ukraine in an interview with AFP published on Feb. 27."
TALKS = "During talks in Berlin in December 2025, Zelenskyy said Ukraine could forgo NATO membership."


def test_placed_an_occasion_dated_elsewhere_is_dated_as_the_record_has_it() -> None:
    assert _dated("Kallas's AFP interview came out in early March 2025.", _ev(PUBLISHED, FEB28, "Kaja Kallas")) == (
        "March 2025", "Feb. 27")  # fmt: skip
    assert _dated("The Berlin talks with Zelenskyy took place in November 2025.", _ev(TALKS, DEC15)) == (
        "in November 2025", "December 2025")  # fmt: skip
    # the record's month; an occasion the claim does not name (words are said on many days); no month in the record
    assert _dated("Kallas's AFP interview came out in February 2025.", _ev(PUBLISHED, FEB28, "Kaja Kallas")) is None
    said = _ev("Russia will try to divide us, Kallas said on Feb. 18.", FEB28, "Kaja Kallas")
    assert _dated("Kallas said in March 2025 that Russia will try to divide us.", said) is None
    assert _dated("Kallas said Russia is weak in March 2025.", said) is None
    assert _dated("Kallas gave a press conference in March 2025.", said) is None
    undated = _ev("Kallas told AFP during an interview in Washington that concessions are wrong.", FEB28)
    assert _dated("Kallas's AFP interview came out in March 2025.", undated) is None
