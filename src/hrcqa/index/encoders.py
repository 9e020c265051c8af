"""Encoders: text -> L2-normalised float32 vectors, behind one narrow interface.

Two implementations of `Encoder.encode(texts) -> np.ndarray`:

- `TorchEncoder`: sentence-transformers on torch, for any model name or path (`HRCQA_MODEL`);
- `OnnxEncoder`: the same network exported to ONNX and run by onnxruntime with the model's own
  fast tokenizer. About 3x faster per query on these CPUs, and it needs neither torch nor
  sentence-transformers at query time, so the CLI starts fast. The export is written into the
  index directory (`encoder/`), so a built index carries everything a query needs.

The export needs torch once, at build time. Models load offline (`HF_HUB_OFFLINE=1`); nothing is
downloaded at run time.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np
from filelock import FileLock

from hrcqa.errors import ModelError
from hrcqa.text.files import file_sha256

ONNX_DIR = "encoder"
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


class Encoder(Protocol):
    """Anything that turns texts into normalised vectors."""

    name: str
    dimension: int

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray: ...


def remembering(encode: Callable[[list[str]], np.ndarray]) -> Callable[[list[str]], np.ndarray]:
    """`encode` that encodes each distinct text once and remembers its vector: at build time the
    synonym check and the corpus's nouns share many words.

    >>> calls = []
    >>> once = remembering(lambda texts: calls.append(texts) or np.ones((len(texts), 2)))
    >>> once(["care", "access"]).shape, once(["care", "abuse", "care"]).shape, calls
    ((2, 2), (3, 2), [['care', 'access'], ['abuse']])
    """
    known: dict[str, np.ndarray] = {}

    def encode_once(texts: list[str]) -> np.ndarray:
        new = [text for text in dict.fromkeys(texts) if text not in known]
        if new:
            known.update(zip(new, encode(new), strict=True))
        return np.stack([known[text] for text in texts]) if texts else encode([])

    return encode_once


def resolve_model_dir(model: str) -> Path:
    """A local directory for a model name or path, without touching the network."""
    path = Path(model).expanduser()
    if path.is_dir():
        return path
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(model, local_files_only=True))
    except Exception as error:  # noqa: BLE001 - any hub failure means "not available offline"
        raise ModelError(f"model {model!r} is not a local directory and is not in the Hugging "
                         f"Face cache ({type(error).__name__}); set HRCQA_MODEL to a model "
                         "directory, or unset it to use the bundled all-MiniLM-L6-v2") from None


def weights_sha256(model_dir: Path) -> str:
    """sha256 of the model's weights file, the identity recorded in an index manifest."""
    for name in WEIGHT_FILES:
        if (model_dir / name).exists():
            return file_sha256(model_dir / name)
    raise ModelError(f"{model_dir}: no {' or '.join(WEIGHT_FILES)}; is this a "
                     "sentence-transformers model directory?")


def set_threads(threads: int) -> None:
    """Cap torch's threads (more threads than cores slows encoding badly)."""
    import torch

    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


class TorchEncoder:
    """sentence-transformers on torch."""

    def __init__(self, model_dir: Path, threads: int = 2) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # "Loading weights" bars on every load
        transformers_logging.set_verbosity_error()
        set_threads(threads)
        try:
            self.model = SentenceTransformer(str(model_dir), device="cpu")
        except Exception as error:  # noqa: BLE001
            raise ModelError(f"cannot load model from {model_dir}: {error}") from None
        self.name = str(model_dir)
        self.dimension = int(self.model.get_embedding_dimension())
        self._lock = threading.Lock()

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        with self._lock:  # torch modules are not guaranteed re-entrant
            vectors = self.model.encode(texts, batch_size=32, normalize_embeddings=True,
                                        show_progress_bar=show_progress, convert_to_numpy=True)
        return np.ascontiguousarray(vectors, dtype=np.float32)


def export_onnx(model_dir: Path, out_dir: Path, threads: int = 2) -> Path:
    """Export a sentence-transformers model (mean pooling + normalise) to `out_dir/model.onnx`."""
    import torch

    encoder = TorchEncoder(model_dir, threads)
    pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text()) \
        if (model_dir / "1_Pooling" / "config.json").exists() else {"pooling_mode_mean_tokens": True}
    if not pooling.get("pooling_mode_mean_tokens"):
        raise ModelError(f"{model_dir}: only mean-pooling models can use the ONNX backend; "
                         "set HRCQA_BACKEND=torch")
    transformer = encoder.model[0].auto_model

    class MeanPooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN201
            hidden = self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                      token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    out_dir.mkdir(parents=True, exist_ok=True)
    dummy = torch.ones(2, 8, dtype=torch.long)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {name: {0: "batch", 1: "tokens"} for name in names} | {"embedding": {0: "batch"}}
    import warnings

    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(MeanPooled().eval(), (dummy, dummy, torch.zeros_like(dummy)),
                          str(out_dir / "model.onnx"), input_names=names,
                          output_names=["embedding"], dynamic_axes=axes, opset_version=17,
                          dynamo=False)
    (out_dir / "tokenizer.json").write_bytes((model_dir / "tokenizer.json").read_bytes())
    max_len = encoder.model.max_seq_length or 256
    (out_dir / "encoder.json").write_text(json.dumps(
        {"model": str(model_dir), "dimension": encoder.dimension, "max_seq_length": max_len}))
    return out_dir / "model.onnx"


def cached_onnx_export(model_dir: Path, model_sha256: str, cache_dir: Path, out_dir: Path,
                       threads: int = 2) -> None:
    """Put an ONNX export of the model in `out_dir`, exporting once per weights hash.

    The export (which needs torch, ~5 s) is cached under `cache_dir/onnx/<sha256>/`; builds
    then only link or copy it. Builds in other index directories share the cache, so the
    export runs under a lock. An unwritable cache just means exporting every time.
    """
    cached = cache_dir / "onnx" / model_sha256
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(cached.parent / f"{model_sha256}.lock"):
            if not (cached / "encoder.json").exists():
                shutil.rmtree(cached, ignore_errors=True)  # a dead export's leftovers
                export_onnx(model_dir, cached, threads)
    except OSError:
        export_onnx(model_dir, out_dir, threads)
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("model.onnx", "tokenizer.json", "encoder.json"):
        try:
            os.link(cached / name, out_dir / name)
        except OSError:
            shutil.copyfile(cached / name, out_dir / name)


# Texts per onnxruntime call. Small batches pad less and stay in cache: the build's 917 texts
# (passages, sentences and their windows, sorted by length) took 7.7 s in batches of 8, 8.4 s of
# 16, 9.2 s of 32 and 10.2 s of 64 on a 2-core machine here (4: 7.8 s).
ONNX_BATCH = 8


class OnnxEncoder:
    """An exported model run by onnxruntime; thread-safe (onnxruntime sessions are)."""

    def __init__(self, onnx_dir: Path, threads: int = 2) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        try:
            config = json.loads((onnx_dir / "encoder.json").read_text())
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            self.session = ort.InferenceSession(str(onnx_dir / "model.onnx"), options,
                                                providers=["CPUExecutionProvider"])
            tokenizer = Tokenizer.from_file(str(onnx_dir / "tokenizer.json"))
        except Exception as error:  # noqa: BLE001 - any failure here is a broken export
            raise ModelError(f"{onnx_dir}: cannot load the ONNX encoder ({error}); "
                             "run `hrcqa build --force`") from None
        tokenizer.enable_truncation(int(config["max_seq_length"]))
        tokenizer.enable_padding()
        self._tokenizer = tokenizer
        self._local = threading.local()
        self.name = str(config["model"])
        self.dimension = int(config["dimension"])

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return self.session.run(None, feeds)[0]

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for batch in progress(length_batches([len(t) for t in texts]), "Embedding passages", show_progress):
            out[batch] = self._encode_batch([texts[i] for i in batch])
        return out


def length_batches(lengths: list[int], size: int = ONNX_BATCH) -> list[np.ndarray]:
    """Indices of texts in batches of at most `size`, shortest first, each closed before a text
    more than twice as long as its first: every text of a batch is padded to its longest, so a
    question of 2,000 characters is not batched with the short words encoded beside it.

    >>> [b.tolist() for b in length_batches([5, 40, 6, 7, 2000], size=3)]
    [[0, 2, 3], [1], [4]]
    """
    order = np.argsort(lengths, kind="stable")
    batches: list[list[int]] = []
    for i in order.tolist():
        if batches and len(batches[-1]) < size and lengths[i] <= 2 * max(lengths[batches[-1][0]], 1):
            batches[-1].append(i)
        else:
            batches.append([i])
    return [np.array(batch, dtype=np.int64) for batch in batches]


def progress(items: list, description: str, enabled: bool):  # noqa: ANN201
    """Iterate with a rich progress bar when `enabled` (a terminal), quietly otherwise."""
    if not enabled:
        return items
    from rich.progress import track

    return track(items, description=description, transient=True)
