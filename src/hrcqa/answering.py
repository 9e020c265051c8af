"""Old import path of the answering stage, kept so programs written against it still run.

Use `from hrcqa import Answerer, ask` (the stage lives in `hrcqa.answer`).
"""

from hrcqa.answer.answerer import Answerer, ask, default_answerer

__all__ = ["Answerer", "ask", "default_answerer"]
