"""Benchmarks: `python -m bench [--quick]` prints a table of ratios against in-process baselines.

Machines here are noisy, so every figure is a ratio to a baseline measured in the same run,
interleaved with it where possible:

- warm search: hrcqa's whole `Retriever.search` vs a bare torch `SentenceTransformer.encode`
  of the query (what a typical RAG stack pays per query); goal <= 0.5x; the torch backend of
  hrcqa is measured too (ONNX vs torch);
- ask: a whole `Answerer.ask` vs `Retriever.search` of the same question; goal <= 2x;
- history: `ask` with 50 turns of follow-up history vs a plain `ask`; goal <= 2x;
- build: `hrcqa build` (warm ONNX-export cache) vs a bare torch encode of everything the
  build encodes (passages, sentences and their context windows); goal <= 1.3x;
- cold CLI: `hrcqa search` as a process vs `python -c` loading the model and encoding a query;
  goal <= 1.3x;
- app start: `python app.py` (fresh index) to its first HTTP 200 vs `python -c` importing gradio
  and sentence-transformers and loading the model; goal <= 1.3x;
- scale: 100,000 synthetic passages (real passage vectors plus noise): search latency without
  query encoding for exact and HNSW, HNSW recall@10 against exact, build time and memory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def row(name: str, ours: list[float], base: list[float], goal: str) -> list[str]:
    ratio = statistics.median(ours) / statistics.median(base)
    return [name, f"{statistics.median(ours) * 1000:.1f}", f"{pct(ours, 0.95) * 1000:.1f}",
            f"{statistics.median(base) * 1000:.1f}", f"{pct(base, 0.95) * 1000:.1f}",
            f"{ratio:.2f}x", goal]


def queries(n: int) -> list[str]:
    import json

    lines = (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    base = [json.loads(line)["question"] for line in lines if line.strip()]
    return [base[i % len(base)] + ("" if i < len(base) else " ") for i in range(n)]


def timed(fn) -> float:  # noqa: ANN001
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


WARM_BLOCK = 20  # queries each of the three runs in turn (`bench_warm`)


def bench_warm(settings, n: int) -> list[list[str]]:  # noqa: ANN001
    from sentence_transformers import SentenceTransformer

    from hrcqa.index.encoders import set_threads
    from hrcqa.search.retriever import Retriever

    set_threads(settings.threads)
    bare = SentenceTransformer(settings.model, device="cpu")
    onnx = Retriever.load(settings=settings)
    torch_backend = Retriever.load(settings=settings.model_copy(update={"backend": "torch"}))
    qs = queries(n)
    for q in qs[:10]:  # warm-up
        bare.encode(q), onnx.search(q), torch_backend.search(q)
    base, ours, ours_torch = [], [], []
    # Interleaved in blocks, so drift hits all three alike. Not query by query: torch's and
    # onnxruntime's thread pools keep spinning for a while after each call, and on 2 cores the
    # one just used slows the next (seen here: an ONNX encode of 2.1 ms took 5.7-6.2 ms right
    # after a torch encode, and the torch encode 8.7 ms instead of 6.0 ms), which no process
    # running only one of them pays.
    for start in range(0, len(qs), WARM_BLOCK):
        block = qs[start:start + WARM_BLOCK]
        base += [timed(lambda q=q: bare.encode(q)) for q in block]
        ours += [timed(lambda q=q: onnx.search(q, k=5)) for q in block]
        ours_torch += [timed(lambda q=q: torch_backend.search(q, k=5)) for q in block]
    return [row(f"warm search, ONNX backend ({n} queries)", ours, base, "<= 0.5x"),
            row(f"warm search, torch backend ({n} queries)", ours_torch, base, "(comparison)")]


def unread(answerer) -> None:  # noqa: ANN001
    """Forget the topics an answerer has read (`Answerer._read_topic` keeps each one), so a timed
    `ask` of a question asked before, plain or with a history, pays for reading it again."""
    answerer._read_topic.cache_clear()  # noqa: SLF001 (a benchmark measures it cold)


def bench_ask(settings, n: int) -> list[list[str]]:  # noqa: ANN001
    """A whole `Answerer.ask` against a `Retriever.search` of the same question, interleaved."""
    from hrcqa.answer.answerer import Answerer
    from hrcqa.search.retriever import Retriever

    retriever = Retriever.load(settings=settings)
    answerer = Answerer(retriever)
    qs = queries(n)
    for q in qs[:10]:  # warm-up
        answerer.ask(q), retriever.search(q)
    base, ours = [], []
    for q in qs:
        base.append(timed(lambda q=q: retriever.search(q, k=5)))
        unread(answerer)
        ours.append(timed(lambda q=q: answerer.ask(q)))
    return [row(f"ask vs search ({n} questions)", ours, base, "<= 2x")]


def bench_history(settings, n: int) -> list[list[str]]:  # noqa: ANN001
    """`ask` after 50 turns of "And X?" follow-ups vs a plain `ask`: as plain pairs (each turn
    resolved once, within the history cap) and with each turn's resolved question sent back."""
    from hrcqa.answer.answerer import Answerer
    from hrcqa.search.retriever import Retriever

    answerer = Answerer(Retriever.load(settings=settings))
    names = ["Germany", "Austria", "Poland", "Romania", "Czechia", "Malta", "Ireland", "Albania"]
    pairs = [("What did France say about detention?", "- **France**: “…” [1]")]
    pairs += [(f"And {names[i % 8]}?", "- **X**: “…” [1]") for i in range(49)]
    carried = [(q, a, f"What did {names[(i - 1) % 8]} say about detention?") if i else (q, a, q)
               for i, (q, a) in enumerate(pairs)]
    qs = ["And Bulgaria?", *queries(n - 1)]
    for q in qs[:5]:
        answerer.ask(q), answerer.ask(q, history=pairs)
    base, with_pairs, with_resolved = [], [], []
    for q in qs:
        unread(answerer)
        base.append(timed(lambda q=q: answerer.ask(q)))
        unread(answerer)
        with_pairs.append(timed(lambda q=q: answerer.ask(q, history=pairs)))
        unread(answerer)
        with_resolved.append(timed(lambda q=q: answerer.ask(q, history=carried)))
    return [row(f"ask, 50-turn history of follow-ups ({n} questions)", with_pairs, base, "<= 2x"),
            row("ask, same history with resolved questions sent back", with_resolved, base, "<= 2x")]


def bench_build(settings, repeats: int) -> list[list[str]]:  # noqa: ANN001
    from sentence_transformers import SentenceTransformer

    from hrcqa.corpus.chunking import chunk, indexed_text
    from hrcqa.corpus.reading import load_corpus
    from hrcqa.index.build import build_index
    from hrcqa.index.sentences import evidence_texts

    statements = [s for d in load_corpus(settings.corpus_dir) for s in d.statements]
    passages = [indexed_text(p) for p in chunk(statements, settings.window, settings.stride)]
    sentences = evidence_texts(statements)[1]  # each sentence and its context window
    texts = passages + sentences  # everything a build encodes
    bare = SentenceTransformer(settings.model, device="cpu")
    bare.encode(texts[:8])
    base, ours = [], []
    for _ in range(repeats):
        base.append(timed(lambda: bare.encode(texts, batch_size=32)))
        ours.append(timed(lambda: build_index(settings, show_progress=False)))
    return [row(f"build ({len(passages)} passages + {len(sentences)} sentence texts)", ours, base,
                "<= 1.3x")]


def bench_cold(settings, repeats: int) -> list[list[str]]:  # noqa: ANN001
    env = os.environ | {"HRCQA_INDEX_DIR": str(settings.index_dir)}
    ours_cmd = [str(Path(sys.executable).parent / "hrcqa"), "search", "What did Germany ask?",
                "--json"]
    base_cmd = [sys.executable, "-c", "from sentence_transformers import SentenceTransformer; "
                f"SentenceTransformer({settings.model!r}, device='cpu').encode('What did Germany ask?')"]
    base, ours = [], []
    for _ in range(repeats):
        base.append(timed(lambda: subprocess.run(base_cmd, env=env, check=True, capture_output=True)))
        ours.append(timed(lambda: subprocess.run(ours_cmd, env=env, check=True, capture_output=True)))
    return [row(f"cold CLI search ({repeats} runs)", ours, base, "<= 1.3x")]


def _first_200(command: list[str], env: dict[str, str], port: int, timeout: float = 120) -> float:
    import urllib.request

    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < timeout:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as response:
                    if response.status == 200:
                        return time.perf_counter() - started
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the app did not answer HTTP 200 in time")
    finally:
        process.kill()
        process.wait()


def bench_app_start(settings, repeats: int) -> list[list[str]]:  # noqa: ANN001
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = os.environ | {"HRCQA_INDEX_DIR": str(settings.index_dir), "GRADIO_SERVER_PORT": str(port),
                        "GRADIO_ANALYTICS_ENABLED": "False"}
    base_cmd = [sys.executable, "-c", "import gradio; from sentence_transformers import "
                f"SentenceTransformer; SentenceTransformer({settings.model!r}, device='cpu')"]
    base, ours = [], []
    for _ in range(repeats):
        base.append(timed(lambda: subprocess.run(base_cmd, env=env, check=True, capture_output=True)))
        ours.append(_first_200([sys.executable, str(ROOT / "app.py")], env, port))
    return [row(f"app start to first HTTP 200 ({repeats} runs)", ours, base, "<= 1.3x")]


def bench_scale(settings, size: int) -> list[list[str]]:  # noqa: ANN001
    from hrcqa.index.dense import VectorIndex
    from hrcqa.search.retriever import Retriever

    retriever = Retriever.load(settings=settings)
    real = np.vstack([retriever.index.vectors.index.reconstruct(i)
                      for i in range(retriever.index.vectors.size)])
    rng = np.random.default_rng(0)
    vectors = real[rng.integers(0, len(real), size)] + rng.normal(0, 0.08, (size, real.shape[1]))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    query_vectors = retriever.encoder.encode(queries(200))
    rows: list[list[str]] = []
    results = {}
    for kind, threshold in (("exact", size + 1), ("hnsw", 1)):
        rss_before = _rss_mb()
        index = VectorIndex.create(real.shape[1], size, threshold)
        build_seconds = timed(lambda index=index: index.add(vectors))
        latencies, ids = [], []
        for vector in query_vectors:
            started = time.perf_counter()
            ids.append(index.search(vector, 10)[1])
            latencies.append(time.perf_counter() - started)
        results[kind] = ids
        path = Path(tempfile.mkdtemp()) / "v.faiss"
        index.save(path)
        rss = _rss_mb() - rss_before
        rows.append([f"scale {size:,}: {kind}", f"{statistics.median(latencies) * 1000:.2f}",
                     f"{pct(latencies, 0.95) * 1000:.2f}", "", "", "",
                     f"build {build_seconds:.1f} s, file {path.stat().st_size / 1e6:.0f} MB, "
                     f"RSS +{rss:.0f} MB"])
        shutil.rmtree(path.parent)
    recall = statistics.fmean(len(set(a) & set(b)) / 10 for a, b in zip(results["hnsw"],
                                                                       results["exact"], strict=True))
    rows[-1][-1] += f", recall@10 vs exact {recall:.3f}"
    return rows


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run)")
    args = parser.parse_args()
    from hrcqa.config import Settings

    work = Path(tempfile.mkdtemp(prefix="hrcqa-bench-"))
    settings = Settings(corpus_dir=ROOT / "corpus", index_dir=work / "index")
    from hrcqa.index.build import build_index

    build_index(settings, show_progress=False)
    rows = bench_warm(settings, 40 if args.quick else 240)
    rows += bench_ask(settings, 40 if args.quick else 200)
    rows += bench_history(settings, 40 if args.quick else 120)
    rows += bench_build(settings, 1 if args.quick else 3)
    rows += bench_cold(settings, 2 if args.quick else 5)
    rows += bench_app_start(settings, 1 if args.quick else 3)
    rows += bench_scale(settings, 10_000 if args.quick else 100_000)
    header = ["benchmark", "hrcqa p50 ms", "p95 ms", "baseline p50 ms", "p95 ms", "ratio (p50)",
              "goal / notes"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for line in rows:
        print("| " + " | ".join(line) + " |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
