"""Stage 5: answers with citations: sentence scoring, answer strategies, composing, the
`Answerer`, and the optional verified generative mode."""

from hrcqa.answer.answerer import Answerer, ask

__all__ = ["Answerer", "ask"]
