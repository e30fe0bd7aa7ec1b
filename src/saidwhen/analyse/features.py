"""Sparse features of parsed tokens for the attribution models, and the linear models that score them.

The same functions build features at training time (``scripts/train_attribution.py``) and at run
time, so the two cannot drift apart. Models are plain logistic regressions stored as JSON
(``{"bias": b, "weights": {feature: w}}``): scoring is a dict lookup per feature, with no scikit-learn
at run time.

This module handles spaCy ``Token`` objects; it lives inside ``analyse/`` and nothing it returns holds one.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# spaCy tokens are typed as Any: spaCy ships no type information mypy can use.
Token = Any

# Parts of speech that can head a cue: verbs ("said"), nouns ("the claim"), "according (to)", ":".
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADP", "ADJ", "PROPN"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_FUNCTION_CHILD = frozenset({"that", "to", "about", "of", "for", "whether", "if", "on", "as", "how", "why"})


def is_cue_candidate(tok: Token) -> bool:
    """Tokens the cue model looks at: content words that could head a cue, and colons."""
    return bool(tok.pos_ in CUE_POS or tok.text == ":")


def cue_features(tok: Token, in_quote: bool, near_quote: bool) -> list[str]:
    """Features of a candidate cue head (``in_quote``: inside quote marks; ``near_quote``: next to a quote)."""
    lem = tok.lemma_.lower()
    f = [
        "b",
        "l=" + lem,
        "w=" + tok.lower_,
        "p=" + tok.pos_,
        "t=" + tok.tag_,
        "d=" + tok.dep_,
        "ld=" + lem + "|" + tok.dep_,
        "lt=" + lem + "|" + tok.tag_,
        "hl=" + tok.head.lemma_.lower(),
        "hp=" + tok.head.pos_,
        "n=" + (tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else "<e>"),
        "pv=" + (tok.nbor(-1).lower_ if tok.i > 0 else "<s>"),
    ]
    if tok.i + 1 < len(tok.doc):
        f.append("ln=" + lem + "|" + tok.nbor(1).lower_)
    for c in tok.children:
        f.append("cd=" + c.dep_)
        f.append("lcd=" + lem + "|" + c.dep_)
        if c.dep_ in _SUBJ:
            f.append("sp=" + c.pos_)
            f.append("lsp=" + lem + "|" + c.pos_)
            f.append("sl=" + c.lemma_.lower())
        elif c.dep_ in ("prep", "dative", "agent", "mark", "poss", "prt"):
            f.append("cp=" + lem + "|" + c.dep_ + "|" + c.lower_)
        elif c.dep_ in ("ccomp", "xcomp", "dobj"):
            first = min(t.i for t in c.subtree)
            f.append("cf=" + c.dep_ + "|" + tok.doc[first].lower_)
            f.append("lc=" + lem + "|" + c.dep_ + "|" + c.lemma_.lower())
    if in_quote:
        f += ["inq", "inq|" + lem]
    if near_quote:
        f += ["nq", "nq|" + lem]
    return f


def child_features(cue: Token, child: Token, quoted: bool) -> list[str]:
    """Features deciding whether the subtree of ``child`` belongs to the content of ``cue``."""
    lem = cue.lemma_.lower()
    side = "L" if child.i < cue.i else "R"
    first = child.doc[min(t.i for t in child.subtree)]
    f = [
        "b",
        "cd=" + child.dep_,
        "cd|s=" + child.dep_ + "|" + side,
        "lcd=" + lem + "|" + child.dep_,
        "lcds=" + lem + "|" + child.dep_ + "|" + side,
        "cp=" + child.pos_,
        "cdp=" + child.dep_ + "|" + child.pos_,
        "hp=" + cue.pos_,
        "hd=" + cue.dep_,
        "fw=" + first.lower_ if first.lower_ in _FUNCTION_CHILD else "fw=-",
        "cw=" + (child.lower_ if child.lower_ in _FUNCTION_CHILD else child.pos_),
        "lcw=" + lem + "|" + (child.lower_ if child.lower_ in _FUNCTION_CHILD else child.pos_),
    ]
    if child.pos_ == "ADP" or child.dep_ in ("prep", "agent", "dative"):
        f += ["pw=" + child.lower_, "lpw=" + lem + "|" + child.lower_]
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i < child.i for c in cue.children):
        f += ["afterobj", "afterobj|" + child.dep_]
    prev = child.doc[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.text == ",":
        f += ["comma", "comma|" + child.dep_]
    size = sum(1 for _ in child.subtree)
    f.append("sz=" + ("1" if size == 1 else "2-3" if size <= 3 else "4-8" if size <= 8 else "9+"))
    f.append("cdsz=" + child.dep_ + "|" + f[-1][3:])
    if quoted:
        f += ["q", "q|" + child.dep_]
    return f


def trailing(root: Token) -> list[Token]:
    """Constituents that end a subtree, outermost first: right children of nodes on its right spine
    (", which ...", ", arguing that ...", "during the debate")."""
    out: list[Token] = []
    node = root
    while True:
        rights = list(node.rights)
        if not rights:
            return out
        out.extend(reversed(rights))
        node = rights[-1]


def prune_features(cue: Token, child: Token, grand: Token) -> list[str]:
    """Features deciding whether a right-hand modifier ``grand`` of content root ``child`` is cut off."""
    first = grand.doc[min(t.i for t in grand.subtree)]
    prev = grand.doc[first.i - 1] if first.i > 0 else None
    comma = prev is not None and prev.text in (",", "—", "–", "―", "(")
    f = [
        "b",
        "gd=" + grand.dep_,
        "gdp=" + grand.dep_ + "|" + grand.pos_,
        "cgd=" + child.dep_ + "|" + grand.dep_,
        "gdc=" + grand.dep_ + "|" + str(comma),
        "fw=" + first.lower_ if first.pos_ in ("ADP", "SCONJ", "PRON", "DET", "CCONJ") else "fw=" + first.pos_,
        "gt=" + grand.tag_,
        "l=" + cue.lemma_.lower() + "|" + grand.dep_,
        "deep=" + str(grand.head.i != child.i),
        "hd=" + grand.head.pos_ + "|" + grand.dep_,
    ]
    if comma:
        f.append("comma=" + (prev.text if prev is not None else ""))
    return f


def parent_features(cue: Token) -> list[str]:
    """Features deciding whether the cue's head (and its subtree) is the content ("..., he said")."""
    lem = cue.lemma_.lower()
    head = cue.head
    f = ["b", "d=" + cue.dep_, "ld=" + lem + "|" + cue.dep_, "hp=" + head.pos_, "p=" + cue.pos_]
    f.append("side=" + ("L" if head.i < cue.i else "R"))
    f.append("ds=" + cue.dep_ + "|" + f[-1][5:])
    if any(c.dep_ in _SUBJ for c in cue.children):
        f.append("hassubj")
    if cue.dep_ == "ROOT" or head.i == cue.i:
        f.append("root")
    return f


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic regression over sparse binary features."""

    weights: dict[str, float]
    threshold: float = 0.5

    def prob(self, feats: list[str]) -> float:
        """P(positive | features)."""
        z = sum(self.weights.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def __call__(self, feats: list[str]) -> bool:
        return self.prob(feats) >= self.threshold


@cache
def _model_file() -> dict[str, Any]:
    raw = resources.files("saidwhen").joinpath("data/attribution_models.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@cache
def load_models() -> dict[str, LinearModel]:
    """The shipped models (``saidwhen/data/attribution_models.json``), read once per process."""
    return {
        name: LinearModel({k: float(v) for k, v in m["weights"].items()}, float(m["threshold"]))
        for name, m in _model_file()["models"].items()
    }


@cache
def cue_lemmas() -> frozenset[str]:
    """Lemmas that headed a cue in the training data; other tokens are not scored as cues."""
    return frozenset(_model_file().get("cue_lemmas", ()))


def models_version() -> str:
    """Identifies the shipped models (hash of the weights file), for the record of a result."""
    import hashlib

    blob = json.dumps(_model_file()["models"], sort_keys=True).encode()
    return "attribution-" + hashlib.sha256(blob).hexdigest()[:10]
