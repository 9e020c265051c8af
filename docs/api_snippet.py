"""Ask a running hrcqa app from Python: `python docs/api_snippet.py [URL]` (default: `make run`'s)."""

from __future__ import annotations

import sys

from gradio_client import Client

url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7860/"
client = Client(url, verbose=False)

# /ask: question (+ optional history of [question, answer] pairs) -> the Answer as a dict
answer = client.predict(question="Which delegations called for the release of all political prisoners?",
                        api_name="/ask")
print(answer["answer"])
for citation in answer["citations"]:
    print(f'[{citation["n"]}] {citation["speaker"]} ({citation["kind"]}): "{citation["quote"]}"')

follow_up = client.predict(question="And France?",
                           history=[[answer["question"], answer["answer"]]], api_name="/ask")
print("Understood as:", follow_up["resolved_question"])

# /search: query, k, speakers, kinds -> ranked passages (hit dicts with source offsets)
for hit in client.predict(query="death penalty", k=3, speakers=[], kinds=["state"], api_name="/search"):
    print(hit["rank"], hit["citation"], hit["text"][:80])
