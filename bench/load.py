"""Load benchmark: 16 concurrent gradio_client clients x 10 questions against the app on
loopback, for several queue concurrency limits. `python -m bench.load` prints throughput
(answers per second) and p50/p95 latency per setting, and the ratio to concurrency 1."""

from __future__ import annotations

import os
import socket
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_load import CLIENTS, PER_CLIENT, QUESTIONS  # noqa: E402 - the same workload


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(answerer, concurrency: int) -> tuple[float, list[float]]:  # noqa: ANN001
    from gradio_client import Client

    from hrcqa.web.app import build_app, serve

    demo = serve(build_app(answerer), host="127.0.0.1", port=free_port(), block=False,
                 concurrency=concurrency)
    try:
        def worker(index: int) -> list[float]:
            client = Client(demo.local_url, verbose=False)
            latencies = []
            for j in range(PER_CLIENT):
                started = time.perf_counter()
                client.predict(QUESTIONS[(index + j) % len(QUESTIONS)], [], api_name="/ask")
                latencies.append(time.perf_counter() - started)
            return latencies

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            latencies = [t for batch in pool.map(worker, range(CLIENTS), timeout=900) for t in batch]
        return time.perf_counter() - started, latencies
    finally:
        demo.close()


def main() -> None:
    from hrcqa.answer.answerer import Answerer
    from hrcqa.config import Settings
    from hrcqa.search.retriever import Retriever

    settings = Settings(corpus_dir=ROOT / "corpus", index_dir=Path(tempfile.mkdtemp()) / "index")
    answerer = Answerer(Retriever.load(settings=settings))
    answerer.bank  # noqa: B018 - warm the sentence bank outside the measurement
    print("| queue concurrency | answers/s | p50 ms | p95 ms | throughput vs 1 |")
    print("|---|---|---|---|---|")
    baseline = None
    for concurrency in (1, 2, 4, 8):
        elapsed, latencies = run(answerer, concurrency)
        throughput = len(latencies) / elapsed
        baseline = baseline or throughput
        ordered = sorted(latencies)
        print(f"| {concurrency} | {throughput:.1f} | {statistics.median(ordered) * 1000:.0f} | "
              f"{ordered[round(0.95 * (len(ordered) - 1))] * 1000:.0f} | {throughput / baseline:.2f}x |",
              flush=True)


if __name__ == "__main__":
    main()
