"""Index builds: manifest, atomic replacement, staleness, corruption, exact and HNSW search."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from typer.testing import CliRunner

from hrcqa.cli import app
from hrcqa.config import Settings
from hrcqa.errors import CorruptIndexError, IndexMissingError, IndexWriteError, StaleIndexError
from hrcqa.index.build import build_index
from hrcqa.index.dense import VectorIndex
from hrcqa.index.store import FORMAT_VERSION, LOCK, POINTER, check_fresh, load_index, read_manifest
from hrcqa.search.retriever import Retriever

from .conftest import CORPUS_DIR, SOURCE_FILE

pytestmark = pytest.mark.integration  # the fixtures below build real indexes with the real model


@pytest.fixture()
def corpus_copy(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_DIR, corpus, ignore=shutil.ignore_patterns("README.md"))
    return corpus


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    """One real build, copied for each test that damages or extends it (builds take seconds)."""
    root = tmp_path_factory.mktemp("built")
    shutil.copytree(CORPUS_DIR, root / "corpus", ignore=shutil.ignore_patterns("README.md"))
    build_index(Settings(corpus_dir=root / "corpus", index_dir=root / "index"), show_progress=False)
    return root / "index"


@pytest.fixture()
def own_settings(tmp_path, corpus_copy):
    return Settings(corpus_dir=corpus_copy, index_dir=tmp_path / "index")


@pytest.fixture()
def prebuilt(own_settings, built_once):
    """own_settings with a copy of a fresh build in its index_dir; returns the build dir."""
    shutil.copytree(built_once, own_settings.index_dir)
    return read_manifest(own_settings.index_dir)[0]


def test_manifest_records_model_corpus_chunking_and_files(retriever, settings):
    build, manifest = read_manifest(settings.index_dir)
    assert (settings.index_dir / POINTER).read_text().strip() == build.name
    assert manifest["dimension"] == 384 and manifest["index_type"] == "flat"
    assert manifest["model_sha256"].startswith("53aa5117") and manifest["model_sha256"].endswith("8d9db")
    assert manifest["corpus"][SOURCE_FILE.name] == \
        "c84394996f69fc93ec556ceedafa9226f58fe2e0474bb975ee141da199756c51"
    assert manifest["chunking"]["window"] == settings.window
    assert {"hrcqa_version", "built_at", "files", "passages"} <= set(manifest)
    assert {"vectors.faiss", "passages.jsonl", "statements.jsonl", "encoder/model.onnx"} <= \
        set(manifest["files"])
    evidence = ("sentences.jsonl", "sentence_vectors.npy", "sentence_terms.json")
    assert all("sha256" in manifest["files"][name] for name in evidence)  # hashed, like the rest
    assert manifest["sentences"] == len(retriever.index.sentences) > manifest["statements"]
    assert manifest["passages"] == len(retriever.passages) and check_fresh(manifest, settings) == []


def test_crash_mid_build_leaves_previous_index_and_no_leftovers(own_settings, prebuilt, monkeypatch):
    first = prebuilt
    import hrcqa.index.build as indexing

    def explode(*args, **kwargs):
        raise RuntimeError("simulated crash while writing BM25")

    monkeypatch.setattr(indexing.BM25Index, "build", explode)
    with pytest.raises(RuntimeError):
        build_index(own_settings, show_progress=False)
    assert load_index(own_settings.index_dir).path == first
    assert sorted(p.name for p in own_settings.index_dir.iterdir()) == [LOCK, POINTER, first.name]
    monkeypatch.undo()
    (own_settings.index_dir / ".tmp-leftover").mkdir()  # as a SIGKILL would leave it
    second = build_index(own_settings, show_progress=False)
    assert sorted(p.name for p in own_settings.index_dir.iterdir()) == [LOCK, POINTER, second.name]


def test_stale_after_corpus_edit_then_rebuilt_and_new_word_searchable(own_settings, prebuilt):
    source = own_settings.corpus_dir / SOURCE_FILE.name
    source.write_text(source.read_text(encoding="utf-8").replace("Maxim Znak", "Maxim Zzyzxq"),
                      encoding="utf-8")
    with pytest.raises(StaleIndexError, match="corpus changed"):
        Retriever.load(settings=own_settings)
    retriever = Retriever.load(settings=own_settings, rebuild=True)
    (hit,) = retriever.search("Zzyzxq", k=1, mode="bm25")
    assert "Maxim Zzyzxq" in hit.text and hit.speaker.startswith("International Bar")


def test_chunking_change_makes_index_stale(own_settings, prebuilt):
    _, manifest = read_manifest(own_settings.index_dir)
    assert check_fresh(manifest, own_settings.model_copy(update={"window": 1, "stride": 1})) == \
        ["chunking changed"]


def test_missing_index_is_built_by_load_but_reported_by_read(own_settings):
    with pytest.raises(IndexMissingError, match="hrcqa build"):
        read_manifest(own_settings.index_dir)
    assert Retriever.load(settings=own_settings).search("death penalty", k=1)


@pytest.mark.parametrize("damage", ["truncate_faiss", "truncate_passages", "garbage_faiss",
                                    "wrong_dimension", "bad_pointer"])
def test_corruption_is_detected_with_advice_and_repaired_by_build_force(own_settings, prebuilt, damage):
    build = prebuilt
    expected_passages = json.loads((build / "manifest.json").read_text())["passages"]
    faiss_file, passages = build / "vectors.faiss", build / "passages.jsonl"
    if damage == "truncate_faiss":
        faiss_file.write_bytes(faiss_file.read_bytes()[:1000])
    elif damage == "truncate_passages":
        passages.write_bytes(passages.read_bytes()[:-500])
    elif damage == "garbage_faiss":
        size = faiss_file.stat().st_size
        faiss_file.write_bytes(b"\0" * size)
    elif damage == "wrong_dimension":
        wrong = VectorIndex.create(128, 10, 1000)
        wrong.add(np.eye(expected_passages, 128, dtype=np.float32))  # same count, wrong dimension
        wrong.save(faiss_file)
        manifest = json.loads((build / "manifest.json").read_text())
        manifest["files"]["vectors.faiss"] = {"size": faiss_file.stat().st_size}
        (build / "manifest.json").write_text(json.dumps(manifest))
    else:
        (own_settings.index_dir / POINTER).write_text("../../etc")
    with pytest.raises(CorruptIndexError, match="hrcqa build --force"):
        load_index(own_settings.index_dir)
    result = CliRunner().invoke(app, ["build", "--force", "--corpus-dir", str(own_settings.corpus_dir),
                                      "--index-dir", str(own_settings.index_dir)])
    assert result.exit_code == 0, result.output
    assert len(load_index(own_settings.index_dir).passages) == expected_passages


def test_manifest_from_another_model_is_stale(own_settings, prebuilt):
    build = prebuilt
    manifest = json.loads((build / "manifest.json").read_text())
    manifest["model_sha256"] = "0" * 64
    manifest["model"] = "some/other-model"
    (build / "manifest.json").write_text(json.dumps(manifest))
    _, loaded = read_manifest(own_settings.index_dir)
    assert "model changed" in check_fresh(loaded, own_settings)


def test_an_index_of_an_older_format_is_stale_and_rebuilt_on_request(own_settings, prebuilt):
    manifest = json.loads((prebuilt / "manifest.json").read_text())
    manifest["format_version"] = FORMAT_VERSION - 1  # e.g. built before sentences were stored
    (prebuilt / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(StaleIndexError, match="hrcqa build --force"):
        Retriever.load(settings=own_settings)
    rebuilt = Retriever.load(settings=own_settings, rebuild=True)
    assert rebuilt.index.path != prebuilt and rebuilt.index.manifest["format_version"] == FORMAT_VERSION
    assert len(rebuilt.index.sentences) == rebuilt.index.manifest["sentences"] > 0


def test_read_only_index_dir_serves_a_fresh_index(own_settings, prebuilt):
    root = own_settings.index_dir
    for path in [root, *root.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        assert Retriever.load(settings=own_settings).search("death penalty", k=1)
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_unwritable_index_dir_is_a_clear_error(own_settings, tmp_path):
    # root ignores file modes, so make the directory impossible to create instead
    (tmp_path / "not-a-dir").write_text("a file where the index directory should go")
    blocked = own_settings.model_copy(update={"index_dir": tmp_path / "not-a-dir" / "index"})
    with pytest.raises(IndexWriteError, match="writable"):
        build_index(blocked, show_progress=False)


def test_hnsw_above_threshold_agrees_with_exact(own_settings, retriever):
    hnsw_settings = own_settings.model_copy(update={"approximate_above": 10})
    build_index(hnsw_settings, show_progress=False)
    approximate = Retriever.load(settings=hnsw_settings)
    assert approximate.index.manifest["index_type"] == "hnsw"
    for question in ["death penalty moratorium", "Maxim Znak lawyer", "Ukrainian children deported"]:
        exact_ids = [h.passage_id for h in retriever.search(question, k=3, mode="dense")]
        approx_ids = [h.passage_id for h in approximate.search(question, k=3, mode="dense")]
        assert approx_ids == exact_ids
    filtered = approximate.search("death penalty", k=2, kinds=["state"], mode="dense")
    assert filtered and all(h.kind == "state" for h in filtered)
