"""Shared fixtures: the real corpus, parsed once per session."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus"
SOURCE_FILE = CORPUS_DIR / "hrc60-belarus-interactive-dialogue-2025-09-19.txt"


@pytest.fixture(scope="session")
def source_text() -> str:
    return SOURCE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def parsed():
    from hrcqa.corpus import parse_file

    return parse_file(SOURCE_FILE)


@pytest.fixture(scope="session")
def statements(parsed):
    return {s.id.split("/", 1)[1]: s for s in parsed.statements}


@pytest.fixture(scope="session")
def settings(tmp_path_factory):
    """Settings with the real corpus and model, and a fresh index built once per session."""
    from hrcqa.config import Settings

    return Settings(corpus_dir=CORPUS_DIR, index_dir=tmp_path_factory.mktemp("index"))


@pytest.fixture(scope="session")
def retriever(settings):
    """The real retriever: real model (ONNX export), real FAISS and BM25 indexes."""
    from hrcqa.retrieval import Retriever

    return Retriever.load(settings=settings)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def app(retriever):
    """The real app (real answerer and retriever) on a free 127.0.0.1 port, one per session."""
    from hrcqa.answering import Answerer
    from hrcqa.ui import build_app, serve

    demo = serve(build_app(Answerer(retriever)), host="127.0.0.1", port=free_port(), block=False)
    try:
        yield demo
    finally:
        demo.close()


@pytest.fixture(scope="session")
def app_url(app) -> str:
    return app.local_url
