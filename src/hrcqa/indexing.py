"""Build, save, load and check the search index: a directory of plain files plus a manifest.

Layout of `embeddings/` (the index root):

    CURRENT                  name of the live build directory (replaced atomically)
    build-<time>-<id>/       one complete build:
        manifest.json        model, weights sha256, dimension, corpus sha256s, chunking, version,
                             build time, and the size and sha256 of every file below
        statements.jsonl     the parsed statements (for speaker look-up and answering)
        passages.jsonl       the passages, verbatim, with source offsets
        vectors.faiss        FAISS IndexFlatIP, or IndexHNSWFlat above `approximate_above`
        bm25/                the bm25s index
        encoder/             the ONNX export of the model and its tokenizer

A build writes a new directory and only then points CURRENT at it, so a crash mid-build leaves
the previous index in service; leftovers of killed builds are removed by the next build.
Loading needs nothing but the index directory. This module does not rank or fuse (retrieval).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrcqa import __version__
from hrcqa.chunking import chunk, indexed_text
from hrcqa.config import Settings
from hrcqa.corpus import corpus_fingerprint, load_corpus
from hrcqa.errors import (
    CorruptIndexError,
    IndexMissingError,
    IndexWriteError,
    ModelError,
    StaleIndexError,
)
from hrcqa.models import Passage, Statement
from hrcqa.textsearch import BM25Index
from hrcqa.vectors import VectorIndex

FORMAT_VERSION = 1
POINTER = "CURRENT"
HASHED_FILES = ("statements.jsonl", "passages.jsonl", "vectors.faiss")
# Named points of a build, in order, reported to `build_index(on_stage=...)`. A crash at any of
# them must leave a loadable index: the previous one before "switched", the new one after.
BUILD_STAGES = ("parsed", "encoded", "vectors-partial", "files-written", "manifest-written",
                "build-renamed", "switched")
StageHook = Callable[[str], None]


@dataclass
class LoadedIndex:
    """Everything a retriever needs, read from one build directory."""

    path: Path
    manifest: dict[str, Any]
    statements: list[Statement]
    passages: list[Passage]
    vectors: VectorIndex
    bm25: BM25Index

    @property
    def encoder_dir(self) -> Path:
        return self.path / "encoder"


def build_dir_of(index_root: Path) -> Path | None:
    """The live build directory of an index root (or the root itself if it is a build)."""
    if (index_root / "manifest.json").exists():
        return index_root
    pointer = index_root / POINTER
    if not pointer.exists():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    if not name or "/" in name or name.startswith("."):
        raise CorruptIndexError(f"{pointer}: does not name a build; run `hrcqa build --force`")
    return index_root / name


def expected_manifest(settings: Settings, model_sha256: str) -> dict[str, Any]:
    """The manifest fields that decide whether an index is fresh."""
    return {
        "format_version": FORMAT_VERSION,
        "model": settings.model,
        "model_sha256": model_sha256,
        "corpus": corpus_fingerprint(settings.corpus_dir),
        "chunking": {"window": settings.window, "stride": settings.stride,
                     "splitter": "pysbd, per paragraph", "context": "speaker + kind"},
    }


def stale_reasons(manifest: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Why an index no longer matches the corpus, model or settings (empty if it matches)."""
    return [f"{key} changed" for key, value in expected.items() if manifest.get(key) != value]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _file_table(build: Path) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for path in sorted(p for p in build.rglob("*") if p.is_file() and p.name != "manifest.json"):
        name = path.relative_to(build).as_posix()
        entry: dict[str, Any] = {"size": path.stat().st_size}
        if name in HASHED_FILES or name.startswith("bm25/"):
            entry["sha256"] = _sha256(path)
        table[name] = entry
    return table


def _write_jsonl(path: Path, models: list[Any]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for model in models:
            handle.write(model.model_dump_json() + "\n")


def _clean_leftovers(index_root: Path, keep: set[str]) -> None:
    for child in index_root.iterdir():
        if child.is_dir() and (child.name.startswith(".tmp-") or child.name.startswith("build-")) \
                and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)


def _write_in_halves(path: Path, payload: bytes, stage: StageHook) -> None:
    """Write a file in two parts, reporting "vectors-partial" in between, so that a crash
    mid-write is a named, reproducible point rather than a matter of timing."""
    half = len(payload) // 2
    with path.open("wb") as handle:
        handle.write(payload[:half])
        handle.flush()
        stage("vectors-partial")
        handle.write(payload[half:])


def build_index(settings: Settings, show_progress: bool | None = None,
                on_stage: StageHook | None = None) -> Path:
    """Parse, chunk, embed and index the corpus into a new build; return its directory.

    `on_stage(name)` is called at each of `BUILD_STAGES` (fault tests kill the build there).
    """
    stage = on_stage or (lambda name: None)
    from hrcqa.embedding import OnnxEncoder, cached_onnx_export, resolve_model_dir, weights_sha256

    show = sys.stderr.isatty() if show_progress is None else show_progress
    root = settings.index_dir
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
    except OSError as error:
        raise IndexWriteError(f"{root}: cannot write the index ({error.strerror}); make it "
                              "writable or set HRCQA_INDEX_DIR to a writable directory") from None
    try:
        documents = load_corpus(settings.corpus_dir)
        statements = [s for doc in documents for s in doc.statements]
        passages = chunk(statements, settings.window, settings.stride)
        stage("parsed")
        model_dir = resolve_model_dir(settings.model)
        model_sha = weights_sha256(model_dir)
        cached_onnx_export(model_dir, model_sha, settings.cache_dir, staging / "encoder",
                           settings.threads)
        encoder = OnnxEncoder(staging / "encoder", settings.threads)
        vectors = encoder.encode([indexed_text(p) for p in passages], show_progress=show)
        index = VectorIndex.create(encoder.dimension, len(passages), settings.approximate_above)
        index.add(vectors)
        stage("encoded")
        _write_in_halves(staging / "vectors.faiss", index.to_bytes(), stage)
        BM25Index.build([indexed_text(p) for p in passages]).save(staging / "bm25")
        _write_jsonl(staging / "statements.jsonl", statements)
        _write_jsonl(staging / "passages.jsonl", passages)
        stage("files-written")
        manifest = expected_manifest(settings, model_sha) | {
            "model_file": _model_stat(model_dir),
            "hrcqa_version": __version__, "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ",
                                                                    time.gmtime()),
            "dimension": encoder.dimension, "index_type": index.kind,
            "documents": [d.document.model_dump(mode="json", exclude={"headings", "metadata_blocks"})
                          for d in documents],
            "statements": len(statements), "passages": len(passages),
            "files": _file_table(staging),
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        stage("manifest-written")
        final = root / f"build-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        staging.rename(final)
        stage("build-renamed")
        pointer_tmp = root / f".tmp-{POINTER}-{uuid.uuid4().hex[:8]}"
        pointer_tmp.write_text(final.name + "\n", encoding="utf-8")
        os.replace(pointer_tmp, root / POINTER)
        stage("switched")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _clean_leftovers(root, keep={final.name})
    for stray in root.glob(f".tmp-{POINTER}-*"):
        stray.unlink(missing_ok=True)
    return final


def _read_jsonl(path: Path, model: type) -> list[Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            return [model.model_validate_json(line) for line in handle if line.strip()]
    except (OSError, ValueError) as error:
        raise CorruptIndexError(f"{path}: unreadable ({type(error).__name__}); "
                                "run `hrcqa build --force`") from None


def verify_files(build: Path, manifest: dict[str, Any]) -> None:
    """Every file the manifest lists is there, with its size and (where recorded) sha256."""
    for name, entry in manifest.get("files", {}).items():
        path = build / name
        if not path.exists() or path.stat().st_size != entry["size"]:
            raise CorruptIndexError(f"{path}: missing or truncated; run `hrcqa build --force`")
        if "sha256" in entry and _sha256(path) != entry["sha256"]:
            raise CorruptIndexError(f"{path}: contents do not match the manifest; "
                                    "run `hrcqa build --force`")


def read_manifest(index_root: Path) -> tuple[Path, dict[str, Any]]:
    """The live build directory and its manifest; IndexMissingError if there is none."""
    build = build_dir_of(index_root)
    if build is None or not (build / "manifest.json").exists():
        raise IndexMissingError(f"{index_root}: no index found; run `hrcqa build`")
    try:
        manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise CorruptIndexError(f"{build}/manifest.json: unreadable; run `hrcqa build --force`"
                                ) from None
    if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
        raise StaleIndexError(f"{build}: index format is not version {FORMAT_VERSION}; "
                              "run `hrcqa build --force`")
    return build, manifest


def load_index(index_root: Path) -> LoadedIndex:
    """Load and verify the live build of an index root (no freshness check: see `check_fresh`)."""
    build, manifest = read_manifest(index_root)
    verify_files(build, manifest)
    statements = _read_jsonl(build / "statements.jsonl", Statement)
    passages = _read_jsonl(build / "passages.jsonl", Passage)
    vectors = VectorIndex.load(build / "vectors.faiss")
    if vectors.dimension != manifest.get("dimension") or vectors.size != len(passages):
        raise CorruptIndexError(f"{build}: {vectors.size} vectors of dimension "
                                f"{vectors.dimension} do not match {len(passages)} passages of "
                                f"dimension {manifest.get('dimension')}; run `hrcqa build --force`")
    bm25 = BM25Index.load(build / "bm25")
    if bm25.size != len(passages):
        raise CorruptIndexError(f"{build}/bm25: {bm25.size} documents for {len(passages)} "
                                "passages; run `hrcqa build --force`")
    return LoadedIndex(build, manifest, statements, passages, vectors, bm25)


def _model_stat(model_dir: Path) -> dict[str, Any]:
    from hrcqa.embedding import WEIGHT_FILES

    for name in WEIGHT_FILES:
        if (model_dir / name).exists():
            stat = (model_dir / name).stat()
            return {"path": str(model_dir / name), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    return {}


def check_fresh(manifest: dict[str, Any], settings: Settings) -> list[str]:
    """Reasons the index is stale for these settings; [] if fresh. Skips a missing corpus.

    The model's weights are re-hashed only when their file's size or mtime changed.
    """
    from hrcqa.embedding import resolve_model_dir, weights_sha256

    if not settings.corpus_dir.is_dir():
        return []  # an index shipped without its corpus is served as it is
    try:
        model_dir = resolve_model_dir(settings.model)
    except ModelError:
        if settings.model != manifest.get("model"):
            raise
        model_sha = manifest.get("model_sha256", "")
    else:
        unchanged = _model_stat(model_dir) == manifest.get("model_file")
        model_sha = manifest.get("model_sha256", "") if unchanged else weights_sha256(model_dir)
    return stale_reasons(manifest, expected_manifest(settings, model_sha))
