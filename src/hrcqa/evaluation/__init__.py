"""Measures every stage against `eval/questions.jsonl` (retrieval metrics, answer metrics), and
the answers against the natural slice (`eval/natural.jsonl`, `eval/dialogues.jsonl`): the
report and the `hrcqa eval` run."""
