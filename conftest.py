"""Shared by the tests in tests/ and the doctests in src/: the real corpus and retriever, and tiers.

Every test gets one tier marker from what it uses, so a new test needs no marking:

- `system`: a launched app or a browser (`app`, `app_url`, `browser`), or a module that
  drives load, faults (killed subprocess builds) or concurrency hammering;
- `integration`: the real model and index (`retriever`, `settings`, or anything built on them,
  such as an answerer); doctests that use the real `retriever`, `encoder` or `bank`;
- `unit`: everything else. The tier runs in seconds (`make test-fast`); a unit test that loads
  the model fails with a message saying so.

An explicit tier marker on a test wins. Doctests in src/ find the real objects by name (see
`DOCTEST_OBJECTS`), e.g. ``retriever.search(...)`` or ``statements["malta"]``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from _pytest.doctest import DoctestItem

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
SOURCE_FILE = CORPUS_DIR / "hrc60-belarus-interactive-dialogue-2025-09-19.txt"

TIERS = ("unit", "integration", "system")
SYSTEM_FIXTURES = {"app", "app_url", "browser"}
SYSTEM_MODULES = {"test_faults", "test_load", "test_browser", "test_concurrency", "test_hostile_corpus"}
INTEGRATION_FIXTURES = {"retriever", "settings"}
# Names a docstring example may use for the real objects: name -> the fixture that makes it.
DOCTEST_OBJECTS = {
    "summary": "source_text", "statements": "statements", "directory": "speaker_directory",
    "retriever": "retriever", "encoder": "encoder", "bank": "sentence_bank",
}
DOCTEST_INTEGRATION = {"retriever", "encoder", "bank"}


@pytest.fixture(scope="session")
def source_text() -> str:
    return SOURCE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def parsed():
    from hrcqa.corpus.reading import parse_file

    return parse_file(SOURCE_FILE)


@pytest.fixture(scope="session")
def statements(parsed):
    """The real summary's statements by slug, e.g. `statements["malta"]`."""
    return {s.id.split("/", 1)[1]: s for s in parsed.statements}


@pytest.fixture(scope="session")
def settings(tmp_path_factory):
    """Settings with the real corpus and model, and a fresh index built once per session."""
    from hrcqa.config import Settings

    return Settings(corpus_dir=CORPUS_DIR, index_dir=tmp_path_factory.mktemp("index"))


@pytest.fixture(scope="session")
def retriever(settings):
    """The real retriever: real model (ONNX export), real FAISS and BM25 indexes."""
    from hrcqa.search.retriever import Retriever

    return Retriever.load(settings=settings)


@pytest.fixture(scope="session")
def answerer(retriever):
    """The real answerer over the real retriever (shared: it never changes after construction)."""
    from hrcqa.answer.answerer import Answerer

    return Answerer(retriever)


@pytest.fixture(scope="session")
def by_id(parsed):
    """The real summary's statements by id, e.g. `by_id["hrc60-belarus/malta"]`."""
    return {s.id: s for s in parsed.statements}


@pytest.fixture(scope="session")
def speaker_directory(parsed):
    from hrcqa.question.query import SpeakerDirectory

    return SpeakerDirectory(parsed.statements)


@pytest.fixture(scope="session")
def encoder(retriever):
    return retriever.encoder


@pytest.fixture(scope="session")
def sentence_bank(retriever):
    from hrcqa.answer.answerer import Answerer

    return Answerer(retriever).bank


def doctest_names(item: DoctestItem) -> set[str]:
    """The `DOCTEST_OBJECTS` a doctest's examples mention."""
    words = {w for example in item.dtest.examples for w in re.findall(r"\w+", example.source)}
    return words & DOCTEST_OBJECTS.keys()


@pytest.fixture(autouse=True)
def _doctest_objects(request, doctest_namespace):
    """Put the real objects a doctest mentions in its namespace (built only when mentioned)."""
    if isinstance(request.node, DoctestItem):
        for name in doctest_names(request.node):
            doctest_namespace[name] = request.getfixturevalue(DOCTEST_OBJECTS[name])


def tier_of(item: pytest.Item) -> str:
    if isinstance(item, DoctestItem):
        return "integration" if doctest_names(item) & DOCTEST_INTEGRATION else "unit"
    uses = set(getattr(item, "fixturenames", ()))  # the whole closure: fixtures of fixtures too
    if uses & SYSTEM_FIXTURES or item.path.stem in SYSTEM_MODULES:
        return "system"
    return "integration" if uses & INTEGRATION_FIXTURES else "unit"


def pytest_collection_modifyitems(config, items):
    for item in items:
        explicit = [m.name for m in item.iter_markers() if m.name in TIERS]
        if not explicit:
            item.add_marker(tier_of(item))
        elif explicit[0] == "unit" and set(getattr(item, "fixturenames", ())) & INTEGRATION_FIXTURES:
            raise pytest.UsageError(f"{item.nodeid} is marked unit but uses the real model "
                                    f"({', '.join(sorted(INTEGRATION_FIXTURES))}); mark it integration")


def _refuse_the_model(item: pytest.Item):
    def refuse(*args, **kwargs):
        pytest.fail(f"{item.nodeid} is a unit test but loads the model; use the `retriever` "
                    "fixture or mark it `integration`", pytrace=False)
    return refuse


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Unit tests (and the fixtures they set up) cannot load the model: it would fail them."""
    if item.get_closest_marker("unit") is None:
        return (yield)
    from hrcqa.index.encoders import OnnxEncoder, TorchEncoder

    with pytest.MonkeyPatch.context() as patch:
        for encoder_class in (OnnxEncoder, TorchEncoder):
            patch.setattr(encoder_class, "__init__", _refuse_the_model(item))
        return (yield)
