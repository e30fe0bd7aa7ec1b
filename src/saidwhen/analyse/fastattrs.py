"""A faster stand-in for the spaCy model's attribute ruler (tag -> POS, morphology, lemma exceptions).

The model's ``attribute_ruler`` runs a token Matcher over every document; on the sentence-sized
documents this stage parses it costs about a sixth of all analysis time. Its patterns are all
tests of TAG, LOWER (value, list or regex), DEP and IS_SPACE on one token or two ("there" + "was"),
so they can be applied with dictionary lookups instead: rules are indexed by
tag and lower-case form, and applied in pattern order so that later rules win, exactly as spaCy does.
``tests/test_fastattrs.py`` checks the output is identical on real text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Rule = tuple[int, tuple[tuple[int, str, Any], ...], dict[str, str]]
_ANY = "\x00any"


def _test(tok: Any, key: str, want: Any) -> bool:
    have = tok.tag_ if key == "TAG" else tok.lower_ if key == "LOWER" else tok.dep_ if key == "DEP" else tok.is_space
    if isinstance(want, dict):
        if "IN" in want and have not in want["IN"]:
            return False
        if "REGEX" in want and not re.search(want["REGEX"], str(have)):
            return False
        return not ("NOT_IN" in want and have in want["NOT_IN"])
    return bool(have == want)


def _holds(tok: Any, conds: tuple[tuple[int, str, Any], ...]) -> bool:
    doc = tok.doc
    for offset, key, want in conds:
        j = tok.i + offset
        if not 0 <= j < len(doc) or not _test(doc[j], key, want):
            return False
    return True


def compile_rules(patterns: list[dict[str, Any]]) -> Callable[[Any], Any]:
    """A function applying the patterns of an AttributeRuler to a Doc, in place, in pattern order."""
    # index[tag or _ANY][lower or _ANY] -> rules whose remaining conditions are tested at run time
    index: dict[str, dict[str, list[Rule]]] = {}
    for i, p in enumerate(patterns):
        for alternative in p["patterns"]:
            k = p.get("index", 0) % len(alternative)
            target = dict(alternative[k])
            tag = target.pop("TAG") if isinstance(target.get("TAG"), str) else _ANY
            lowers: list[str] = [_ANY]
            lower = target.get("LOWER")
            if isinstance(lower, str):
                lowers = [target.pop("LOWER")]
            elif isinstance(lower, dict) and set(lower) == {"IN"}:
                lowers = list(target.pop("LOWER")["IN"])
            conds = tuple((0, key, want) for key, want in target.items()) + tuple(
                (j - k, key, want) for j, tok in enumerate(alternative) if j != k for key, want in tok.items()
            )
            rule: Rule = (i, conds, dict(p["attrs"]))
            for low in lowers:
                index.setdefault(tag, {}).setdefault(low, []).append(rule)
    general = index.get(_ANY, {})

    def apply(doc: Any) -> Any:
        for tok in doc:
            by_lower = index.get(tok.tag_, {})
            low = tok.lower_
            rules = by_lower.get(_ANY, []) + by_lower.get(low, []) + general.get(_ANY, []) + general.get(low, [])
            if len(rules) > 1:
                rules.sort(key=lambda r: r[0])
            for _, conds, attrs in rules:
                if conds and not _holds(tok, conds):
                    continue
                for key, value in attrs.items():
                    if key == "POS":
                        tok.pos_ = value
                    elif key == "LEMMA":
                        tok.lemma_ = value
                    elif key == "MORPH":
                        tok.set_morph(value)
                    elif key == "TAG":
                        tok.tag_ = value
        return doc

    return apply
