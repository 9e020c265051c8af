"""Faults: SIGKILL during builds never breaks the index in service."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from hrcqa.config import Settings
from hrcqa.indexing import POINTER, build_index, load_index
from hrcqa.retrieval import Retriever

from .conftest import CORPUS_DIR

QUESTIONS = ["Which delegations called for abolishing the death penalty?", "Maxim Znak",
             "What did Estonia say?"]


def answers(settings: Settings) -> list[list[str]]:
    retriever = Retriever.load(settings=settings)
    return [[h.passage_id for h in retriever.search(q, k=5)] for q in QUESTIONS]


def test_sigkill_during_build_keeps_previous_index(tmp_path, settings, retriever):
    own = Settings(corpus_dir=CORPUS_DIR, index_dir=tmp_path / "index")
    shutil.copytree(settings.index_dir, own.index_dir)
    before_build = load_index(own.index_dir).path
    before = answers(own)
    hrcqa = str(Path(sys.executable).parent / "hrcqa")
    command = [hrcqa, "build", "--force", "--corpus-dir", str(CORPUS_DIR), "--index-dir",
               str(own.index_dir)]
    rng = random.Random(20250919)
    kills = 0
    for delay in sorted(rng.uniform(0.3, 9.0) for _ in range(6)):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env=os.environ | {"HRCQA_CACHE_DIR": str(own.cache_dir)})
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
        current = load_index(own.index_dir)  # loads, verified, after every kill
        if process.returncode == -signal.SIGKILL:
            assert current.path == before_build
            assert answers(own) == before
        else:  # the build finished before the kill: the new index is in service
            before_build = current.path
    assert kills >= 5
    build_index(own, show_progress=False)
    names = sorted(p.name for p in own.index_dir.iterdir())
    assert names[0] == POINTER and len(names) == 2 and names[1].startswith("build-")
    assert answers(own) == before
