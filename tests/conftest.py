"""Fixtures of the launched app, and paths for the tests.

The real corpus, settings and retriever (session fixtures shared with the doctests in src/) and
the tier markers are in the repository's root conftest.py.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS_DIR = ROOT / "corpus"
SOURCE_FILE = CORPUS_DIR / "hrc60-belarus-interactive-dialogue-2025-09-19.txt"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def app(retriever):
    """The real app (real answerer and retriever) on a free 127.0.0.1 port, one per session."""
    from hrcqa.answer.answerer import Answerer
    from hrcqa.web.app import build_app, serve

    demo = serve(build_app(Answerer(retriever)), host="127.0.0.1", port=free_port(), block=False)
    try:
        yield demo
    finally:
        demo.close()


@pytest.fixture(scope="session")
def app_url(app) -> str:
    return app.local_url
