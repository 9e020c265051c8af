"""Faults: SIGKILL at every named stage of a build never breaks the index in service.

Each build runs in its own process and kills itself (SIGKILL, no clean-up) the moment it
reaches one stage of `BUILD_STAGES`, so every stage is hit on any machine, fast or slow.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

import pytest

from hrcqa.config import Settings
from hrcqa.index.build import BUILD_STAGES, build_index
from hrcqa.index.store import LOCK, POINTER, load_index
from hrcqa.search.retriever import Retriever

QUESTIONS = ["Which delegations called for abolishing the death penalty?", "Maxim Znak",
             "What did Estonia say?"]

KILL_AT_STAGE = """
import os, signal, sys
from hrcqa.config import Settings
from hrcqa.index.build import build_index

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
    names = sorted(p.name for p in own_index.index_dir.iterdir())
    assert names[:2] == [LOCK, POINTER] and len(names) == 3 and names[2].startswith("build-")
    assert answers(own_index) == before


def test_build_stages_are_reported_in_order(own_index):
    seen: list[str] = []
    build_index(own_index, show_progress=False, on_stage=seen.append)
    assert tuple(seen) == BUILD_STAGES


def test_two_builds_at_once_both_finish_and_the_index_loads(own_index):
    """The index lock makes concurrent builds take turns; neither deletes the other's work."""
    command = [sys.executable, "-m", "hrcqa", "build", "--force", "--corpus-dir",
               str(own_index.corpus_dir), "--index-dir", str(own_index.index_dir)]
    env = os.environ | {"HRCQA_CACHE_DIR": str(own_index.cache_dir)}
    processes = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
                 for _ in range(2)]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in processes]
    assert [code for code, _ in results] == [0, 0], results
    assert all("built " in err for _, err in results)
    assert load_index(own_index.index_dir).manifest["sentences"] > 0
    assert answers(own_index)
    builds = [p.name for p in own_index.index_dir.iterdir() if p.name.startswith("build-")]
    assert len(builds) == 1  # the first one's build was superseded and removed by the second
