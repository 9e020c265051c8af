"""Faults: SIGKILL at every named stage of a build never breaks the index in service.

Each build runs in its own process and kills itself (SIGKILL, no clean-up) the moment it
reaches one stage of `BUILD_STAGES`, so every stage is hit on any machine, fast or slow.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys

import pytest

from hrcqa.config import Settings
from hrcqa.indexing import BUILD_STAGES, POINTER, build_index, load_index
from hrcqa.retrieval import Retriever

QUESTIONS = ["Which delegations called for abolishing the death penalty?", "Maxim Znak",
             "What did Estonia say?"]

KILL_AT_STAGE = """
import os, signal, sys
from hrcqa.config import Settings
from hrcqa.indexing import build_index

target = sys.argv[1]
settings = Settings.model_validate_json(sys.argv[2])

def on_stage(name):
    print(f"stage: {name}", file=sys.stderr, flush=True)
    if name == target:
        os.kill(os.getpid(), signal.SIGKILL)

build_index(settings, show_progress=False, on_stage=on_stage)
"""


def answers(settings: Settings) -> list[list[str]]:
    retriever = Retriever.load(settings=settings)
    return [[h.passage_id for h in retriever.search(q, k=5)] for q in QUESTIONS]


def kill_build_at(stage: str, settings: Settings) -> str:
    """Run a build that SIGKILLs itself at `stage`; return its stderr."""
    process = subprocess.run([sys.executable, "-c", KILL_AT_STAGE, stage,
                              settings.model_dump_json()], capture_output=True, text=True,
                             timeout=600)
    assert process.returncode == -signal.SIGKILL, process.stderr[-2000:]
    return process.stderr


@pytest.fixture
def own_index(tmp_path, settings, retriever) -> Settings:
    """A private copy of the session's index, with the session's encoder cache."""
    own = settings.model_copy(update={"index_dir": tmp_path / "index"})
    shutil.copytree(settings.index_dir, own.index_dir)
    return own


@pytest.mark.parametrize("stage", BUILD_STAGES)
def test_sigkill_at_build_stage_keeps_a_working_index(stage, own_index):
    before_build = load_index(own_index.index_dir).path
    before = answers(own_index)
    stderr = kill_build_at(stage, own_index)
    assert f"stage: {stage}" in stderr.splitlines()
    current = load_index(own_index.index_dir)  # loads and verifies every file
    if BUILD_STAGES.index(stage) < BUILD_STAGES.index("switched"):
        assert current.path == before_build  # the old index is still in service
    else:
        assert current.path != before_build  # the pointer had moved: the new one serves
    assert answers(own_index) == before
    build_index(own_index, show_progress=False)  # the next build removes the leftovers
    names = sorted(p.name for p in own_index.index_dir.iterdir() if not p.name.endswith(".lock"))
    assert names[0] == POINTER and len(names) == 2 and names[1].startswith("build-")
    assert answers(own_index) == before


def test_build_stages_are_reported_in_order(own_index):
    seen: list[str] = []
    build_index(own_index, show_progress=False, on_stage=seen.append)
    assert tuple(seen) == BUILD_STAGES
