"""Write a new index build: parse, chunk, encode once, write every store, switch atomically.

One build runs at a time per index root: it holds `<root>/.lock` (filelock) from start to end,
so the app and the CLI building at once take turns instead of deleting each other's work. A
build writes into a private staging directory, renames it to `build-<time>-<id>` and only then
points CURRENT at it, so a crash at any moment leaves a loadable index: the previous one until
the pointer moves, the new one after. Under the lock no other build is alive, so whatever
staging or old build directories are found then are leftovers of dead builds and are removed.

Everything answering needs is encoded here, in one pass with the passages: each sentence and
its context window (`hrcqa.index.sentences`). Reading an index is `hrcqa.index.store`.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from filelock import FileLock

from hrcqa.config import Settings
from hrcqa.corpus.chunking import chunk, indexed_text
from hrcqa.corpus.layout import ParsedDocument
from hrcqa.corpus.reading import load_corpus
from hrcqa.errors import CorruptIndexError, HrcqaError, IndexWriteError
from hrcqa.index.dense import VectorIndex
from hrcqa.index.encoders import OnnxEncoder, cached_onnx_export, resolve_model_dir, weights_sha256
from hrcqa.index.lexical import BM25Index
from hrcqa.index.sentences import SentenceBank, evidence_texts
from hrcqa.index.store import (
    HASHED_FILES,
    LOCK,
    POINTER,
    build_dir_of,
    check_fresh,
    expected_manifest,
    model_stat,
    read_manifest,
)
from hrcqa.text.files import atomic_write, file_sha256

# Named points of a build, in order, reported to `build_index(on_stage=...)`. A crash at any of
# them must leave a loadable index: the previous one before "switched", the new one after.
BUILD_STAGES = ("parsed", "encoded", "vectors-partial", "files-written", "manifest-written",
                "build-renamed", "switched")
StageHook = Callable[[str], None]


def build_index(settings: Settings, show_progress: bool | None = None,
                on_stage: StageHook | None = None, if_stale: bool = False) -> Path:
    """Parse, chunk, embed and index the corpus into a new build; return its directory.

    With `if_stale`, a fresh index (perhaps just built by another process that held the lock)
    is kept and its directory returned. `on_stage(name)` is called at each of `BUILD_STAGES`.
    """
    root = settings.index_dir
    try:
        root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(root / LOCK)
        lock.acquire()
    except OSError as error:
        raise IndexWriteError(f"{root}: cannot write the index ({error.strerror}); make it "
                              "writable or set HRCQA_INDEX_DIR to a writable directory") from None
    try:
        if if_stale and (fresh := _fresh_build(settings)) is not None:
            return fresh
        _remove_dead_builds(root)
        return _build_locked(settings, sys.stderr.isatty() if show_progress is None
                             else show_progress, on_stage or (lambda name: None))
    finally:
        lock.release()


def _fresh_build(settings: Settings) -> Path | None:
    try:
        build, manifest = read_manifest(settings.index_dir)
        return None if check_fresh(manifest, settings) else build
    except HrcqaError:
        return None


def _remove_dead_builds(root: Path) -> None:
    """Staging and superseded build directories; call only while holding the lock."""
    try:
        live = build_dir_of(root)
    except CorruptIndexError:  # a damaged pointer serves nothing: this build replaces it
        live = None
    for child in root.iterdir():
        if child.name.startswith((".tmp-", "build-")) and child != live:
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


def _build_locked(settings: Settings, show: bool, stage: StageHook) -> Path:
    root = settings.index_dir
    staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
    try:
        manifest = _write_stores(settings, staging, show, stage)
        atomic_write(staging / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        stage("manifest-written")
        final = root / f"build-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        staging.rename(final)
        stage("build-renamed")
        atomic_write(root / POINTER, final.name + "\n")
        stage("switched")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _remove_dead_builds(root)
    return final


def _write_stores(settings: Settings, staging: Path, show: bool, stage: StageHook
                  ) -> dict[str, Any]:
    """Every file of a build, in `staging`; returns the manifest (not yet written)."""
    documents = load_corpus(settings.corpus_dir)
    statements = [s for doc in documents for s in doc.statements]
    passages = chunk(statements, settings.window, settings.stride)
    bank_sentences, bank_texts = evidence_texts(statements)
    stage("parsed")
    model_dir = resolve_model_dir(settings.model)
    model_sha = weights_sha256(model_dir)
    cached_onnx_export(model_dir, model_sha, settings.cache_dir, staging / "encoder",
                       settings.threads)
    encoder = OnnxEncoder(staging / "encoder", settings.threads)
    passage_texts = [indexed_text(p) for p in passages]
    vectors = encoder.encode(passage_texts + bank_texts, show_progress=show)  # one pass
    index = VectorIndex.create(encoder.dimension, len(passages), settings.approximate_above)
    index.add(vectors[:len(passages)])
    stage("encoded")
    _write_in_halves(staging / "vectors.faiss", index.to_bytes(), stage)
    BM25Index.build(passage_texts).save(staging / "bm25")
    SentenceBank.from_vectors(bank_sentences, vectors[len(passages):], encoder.encode).save(staging)
    _write_jsonl(staging / "statements.jsonl", statements)
    _write_jsonl(staging / "passages.jsonl", passages)
    stage("files-written")
    return expected_manifest(settings, model_sha) | {
        "model_file": model_stat(model_dir), "hrcqa_version": _version(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "dimension": encoder.dimension, "index_type": index.kind,
        "documents": _documents(documents), "statements": len(statements),
        "passages": len(passages), "sentences": len(bank_sentences),
        "files": _file_table(staging)}


def _write_in_halves(path: Path, payload: bytes, stage: StageHook) -> None:
    """Write a file in two parts, reporting "vectors-partial" in between, so that a crash
    mid-write is a named, reproducible point rather than a matter of timing."""
    half = len(payload) // 2
    with path.open("wb") as handle:
        handle.write(payload[:half])
        handle.flush()
        stage("vectors-partial")
        handle.write(payload[half:])


def _write_jsonl(path: Path, models: list[Any]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.writelines(model.model_dump_json() + "\n" for model in models)


def _file_table(build: Path) -> dict[str, dict[str, Any]]:
    """Size of every file of a build, and the sha256 of the data files."""
    table: dict[str, dict[str, Any]] = {}
    for path in sorted(p for p in build.rglob("*") if p.is_file() and p.name != "manifest.json"):
        name = path.relative_to(build).as_posix()
        entry: dict[str, Any] = {"size": path.stat().st_size}
        if name in HASHED_FILES or name.startswith("bm25/"):
            entry["sha256"] = file_sha256(path)
        table[name] = entry
    return table


def _documents(documents: list[ParsedDocument]) -> list[dict[str, Any]]:
    return [d.document.model_dump(mode="json", exclude={"headings", "metadata_blocks"})
            for d in documents]


def _version() -> str:
    from hrcqa import __version__

    return __version__
