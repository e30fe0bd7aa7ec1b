"""Boilerplate rules on unseen text (general shapes, not the seed strings), and exact partitions."""

from __future__ import annotations

import pytest

from saidwhen.ingest.clean import segment
from saidwhen.ingest.readers import text_document
from saidwhen.records import Block, BlockKind, RawDocument

LEDE = "The finance minister said on Tuesday that the budget would be balanced by next year."


def _blocks(body: str) -> list[tuple[str, BlockKind, str]]:
    raw = text_document("Some headline\n\n" + body, "t.txt")
    return [(b.span.of(raw.text), b.kind, b.reason) for b in segment(raw)]


def _kind_of(body: str, line: str) -> tuple[BlockKind, str]:
    for text, kind, reason in _blocks(body):
        if text == line:
            return kind, reason
    raise AssertionError(f"{line!r} is not a block of {body!r}")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("This article was generated with the help of AI tools", "production note"),
        ("The audio version is narrated by synthetic voice AI", "production note"),
        ("Listen to this article", "production note"),
        ("Photo: Ministry of Defence", "image credit"),
        ("Image by Jane Roe via Wikimedia", "image credit"),
        ("Screenshot — twitter.com", "image credit"),
        ("(Photo courtesy of the family)", "image credit"),
        ("Jane Roe | AP", "agency credit"),
        ("Kevin Lamarque/Reuters", "agency credit"),
        ("Getty Images / AFP", "agency credit"),
        ("Read more: Budget talks collapse in parliament", "call to action"),
        ("Read also", "call to action"),
        ("See also: earlier coverage", "call to action"),
        ("Subscribe to our newsletter for daily updates", "call to action"),
        ("Follow us on Telegram", "call to action"),
        ("Advertisement", "site furniture"),
        ("© 2025 The Daily Example. All rights reserved.", "site furniture"),
        ("pic.twitter.com/AbC123", "embedded post"),
        ("— Jane Roe (@janeroe) March 3, 2024", "embedded post"),
    ],
)
def test_clean_boilerplate_line_rules(line: str, reason: str) -> None:
    assert _kind_of(f"{LEDE}\n\n{line}\n\n{LEDE}", line) == (BlockKind.BOILERPLATE, reason)


@pytest.mark.parametrize(
    "line",
    [
        "Talks will continue next week, Reuters reported, citing two officials.",
        "The photo shows the minister at the summit, officials said.",
        "She told AP | Reuters reporters that she would not resign before the vote next month.",
        "Subscribers to the service, the company said, would be refunded in full by March.",
        "Related talks in Geneva ended without a deal, the spokesman said.",
        "Read the full statement below, the ministry said in a post on Sunday evening.",
        "The latest polls show the party ahead by three points, according to the survey.",
    ],
)
def test_clean_body_lines_kept(line: str) -> None:
    assert _kind_of(f"{LEDE}\n\n{line}", line) == (BlockKind.BODY, "")


def test_clean_link_list_after_heading() -> None:
    body = f"{LEDE}\n\nMost read\n• Mayor Quits After Vote\n• Storm Hits Coast\n• Team Wins Cup"
    kinds = {text: (kind, reason) for text, kind, reason in _blocks(body)}
    for line in ("Most read", "• Mayor Quits After Vote", "• Storm Hits Coast", "• Team Wins Cup"):
        assert kinds[line] == (BlockKind.BOILERPLATE, "link list")
    assert kinds[LEDE] == (BlockKind.BODY, "")


def test_clean_body_list_without_heading_kept() -> None:
    body = f"{LEDE}\n\nThe demands were:\n- a ceasefire\n- an exchange of prisoners"
    assert {kind for _, kind, _ in _blocks(body)} == {BlockKind.TITLE, BlockKind.BODY}


def test_clean_caption_above_credit() -> None:
    caption = "The minister arrives for talks in Berlin, Germany, March 3, 2024."
    body = f"{caption}\nJane Roe | Reuters\n{LEDE}"
    assert _kind_of(body, caption) == (BlockKind.CAPTION, "photo caption")
    assert _kind_of(body, LEDE) == (BlockKind.BODY, "")


def test_clean_embed_text_above_byline() -> None:
    """The text above a post's signature line is the post's (kept and analysed); the signature is not."""
    body = f"{LEDE}\nBIG NEWS FROM THE SUMMIT:\n— Jane Roe (@janeroe) March 3, 2024\n{LEDE} Again."
    assert _kind_of(body, "BIG NEWS FROM THE SUMMIT:") == (BlockKind.POST, "embedded post")
    assert _kind_of(body, "— Jane Roe (@janeroe) March 3, 2024") == (BlockKind.BOILERPLATE, "embedded post")


def test_clean_embedded_post_keeps_its_words_not_its_link() -> None:
    """A post ending in its picture link: the words are a POST block (analysed), the link boilerplate; the
    blocks still cover the line exactly."""
    post = "The meeting lasted over five hours. Talks went well… pic.twitter.com/G7breh5Gab"
    body = f"{LEDE}\n\n— Jane Roe (@janeroe) March 3, 2024\n{post}\n\n{LEDE}"
    assert _kind_of(body, "The meeting lasted over five hours. Talks went well…") == (BlockKind.POST, "embedded post")
    assert _kind_of(body, "pic.twitter.com/G7breh5Gab") == (BlockKind.BOILERPLATE, "embedded post")
    raw = text_document(body, "t.txt")
    _check_partition(raw.text, segment(raw))


def test_clean_hard_wrapped_paragraph_is_one_block() -> None:
    wrapped = (
        "The finance minister said on Tuesday that the budget would be\n"
        "balanced by next year, and that taxes would not rise before the\n"
        "election in the spring."
    )
    assert _kind_of(f"{LEDE}\n\n{wrapped}", wrapped) == (BlockKind.BODY, "")


def test_clean_header_and_title_blocks() -> None:
    raw = text_document(" date 2025-12-15 The title\n\nBody.", "t.txt")
    assert [(b.span.of(raw.text), b.kind) for b in segment(raw)] == [
        ("date 2025-12-15", BlockKind.HEADER),
        ("The title", BlockKind.TITLE),
        ("Body.", BlockKind.BODY),
    ]


def test_clean_untitled_document() -> None:
    raw = RawDocument(text="First para.\n\nSecond para.", source="x.jsonl:1", title="Metadata title")
    assert [(b.span.of(raw.text), b.kind) for b in segment(raw)] == [
        ("First para.", BlockKind.BODY),
        ("Second para.", BlockKind.BODY),
    ]


def _check_partition(text: str, blocks: tuple[Block, ...]) -> None:
    end = 0
    for block in blocks:
        assert text[end : block.span.start].strip() == ""
        piece = block.span.of(text)
        assert piece and piece == piece.strip()
        end = block.span.end
    assert text[end:].strip() == ""


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "one line",
        " date 2025-01-01 T\r\n\r\n  indented body\r\n\tmore\r\n",
        "\ufeffTitle\n\n\n\nBody\n- a\n- b\n\n",
        "Title\n" + "word " * 5000,
    ],
)
def test_clean_partition_covers_text(text: str) -> None:
    raw = text_document(text, "t.txt") if text.strip() else RawDocument(text=text, source="t")
    _check_partition(text, segment(raw))


def test_clean_partition_covers_seeds(seed_raws: dict[str, RawDocument]) -> None:
    for raw in seed_raws.values():
        _check_partition(raw.text, segment(raw))
