"""Measures every stage against `eval/questions.jsonl`: retrieval metrics, answer metrics, the
report and the `hrcqa eval` run."""
