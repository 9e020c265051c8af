"""Read and check the search index: a directory of plain files plus a manifest.

Layout of `embeddings/` (the index root):

    CURRENT                  name of the live build directory (replaced atomically)
    .lock                    held by the one build running in this root (filelock)
    build-<time>-<id>/       one complete build:
        manifest.json        model, weights sha256, dimension, corpus sha256s, chunking, version,
                             build time, and the size and sha256 of every file below
        statements.jsonl     the parsed statements (for speaker look-up and answering)
        passages.jsonl       the passages, verbatim, with source offsets
        vectors.faiss        FAISS IndexFlatIP over passages, or IndexHNSWFlat above
                             `approximate_above`
        bm25/                the bm25s index over passages
        sentences.jsonl      every sentence of every statement (the answering evidence),
        sentence_vectors.npy its vector and its context window's vector,
        sentence_terms.json  and the lexical statistics answering uses (`hrcqa.index.sentences`),
        noun_vectors.npy     with the vectors of the corpus's nouns (`hrcqa.index.neighbours`)
        encoder/             the ONNX export of the model and its tokenizer

Writing a build is `hrcqa.index.build`. Loading needs nothing but the index directory, and every
file listed in the manifest is checked. This module does not rank or fuse (`hrcqa.search`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hrcqa.config import Settings
from hrcqa.corpus.reading import corpus_fingerprint
from hrcqa.errors import CorruptIndexError, IndexMissingError, ModelError, StaleIndexError
from hrcqa.index import sentences as evidence
from hrcqa.index.dense import VectorIndex
from hrcqa.index.lexical import BM25Index
from hrcqa.index.sentences import SentenceBank
from hrcqa.models import Passage, Statement
from hrcqa.text.files import file_sha256

FORMAT_VERSION = 13  # 2: the sentence evidence is part of the build; 3: with WordNet synonyms;
# 4: British spellings tokenized as American ones; 5: WordNet's compound nouns in the corpus;
# 6: acronyms whose small words give letters ("Convention against Torture": CAT) and UN acronyms without "UN";
# 7: each document's title page, quoted by answers about the document;
# 8: irregular plurals under their singular in the synonyms ("children": "child", so "kids" finds them)
# 9: WordNet's derivations of the corpus's words ("extend": "extension")
# 10: an acronym stands only for the phrases that spell it leaving out fewest words ("ICC": not the
# International Centre Against Censorship)
# 11: the corpus's nouns and their vectors, for a topic's nouns it never uses ("doctor": "medical")
# 12: a number is one token with or without thousands separators ("1,100" is "1100")
# 13: WordNet verbs of one leading sense in the synonyms ("answer": "responded")
POINTER = "CURRENT"
LOCK = ".lock"
HASHED_FILES = ("statements.jsonl", "passages.jsonl", "vectors.faiss", *evidence.FILES)


@dataclass
class LoadedIndex:
    """Everything a retriever needs, read from one build directory."""

    path: Path
    manifest: dict[str, Any]
    statements: list[Statement]
    passages: list[Passage]
    vectors: VectorIndex
    bm25: BM25Index
    sentences: SentenceBank

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
        if "sha256" in entry and file_sha256(path) != entry["sha256"]:
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
    bank = SentenceBank.load(build)
    if len(bank) != manifest.get("sentences") or bank.vectors.shape[1] != vectors.dimension:
        raise CorruptIndexError(f"{build}: {len(bank)} sentence vectors do not match the manifest's "
                                f"{manifest.get('sentences')}; run `hrcqa build --force`")
    return LoadedIndex(build, manifest, statements, passages, vectors, bm25, bank)


def model_stat(model_dir: Path) -> dict[str, Any]:
    """Path, size and mtime of a model's weights: re-hashed only when these change."""
    from hrcqa.index.encoders import WEIGHT_FILES

    for name in WEIGHT_FILES:
        if (model_dir / name).exists():
            stat = (model_dir / name).stat()
            return {"path": str(model_dir / name), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    return {}


def check_fresh(manifest: dict[str, Any], settings: Settings) -> list[str]:
    """Reasons the index is stale for these settings; [] if fresh. Skips a missing corpus.

    The model's weights are re-hashed only when their file's size or mtime changed.
    """
    from hrcqa.index.encoders import resolve_model_dir, weights_sha256

    if not settings.corpus_dir.is_dir():
        return []  # an index shipped without its corpus is served as it is
    try:
        model_dir = resolve_model_dir(settings.model)
    except ModelError:
        if settings.model != manifest.get("model"):
            raise
        model_sha = manifest.get("model_sha256", "")
    else:
        unchanged = model_stat(model_dir) == manifest.get("model_file")
        model_sha = manifest.get("model_sha256", "") if unchanged else weights_sha256(model_dir)
    return stale_reasons(manifest, expected_manifest(settings, model_sha))
