"""The units the parser sees: sentences of an article's body, never crossing a paragraph.

Parsing sentence by sentence keeps a parse from running across a paragraph break (spaCy happily
joins '... approach.”' and the next paragraph into one sentence), and lets the caller parse only the
sentences it needs. A multi-sentence quote stays with its cue, because the splitter never ends a
sentence inside quote marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from saidwhen.analyse.sentences import split_sentences
from saidwhen.records import Sentence, Span

_LINE = re.compile(r"[^\n]+")


def line_spans(text: str) -> tuple[Span, ...]:
    """Every non-blank line as a body span: how a raw .txt file with no cleaning is read."""
    return tuple(Span(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip())


def sentence_units(text: str, body: Sequence[Span] | None = None, article_id: str = "") -> tuple[Sentence, ...]:
    """Sentences of ``body`` (default: every line of ``text``), with offsets into ``text``."""
    return split_sentences(text, body if body is not None else line_spans(text), article_id)
