"""The follow-up dialogues of the natural slice (`eval/dialogues.jsonl`): load them, and ask
each turn with the conversation so far as its history.

The history a turn gets is what a user's chat carries: the earlier turns' questions and the
bot's own answers to them (never the labelled `resolved` questions). Scoring a turn is
`hrcqa.evaluation.natural.turn_correct`.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from hrcqa.errors import HrcqaError
from hrcqa.evaluation.retrieval import EvalQuestion
from hrcqa.models import Answer

LONG_DIALOGUE = 12  # turns; the slice has three dialogues of 13-14 turns


class Dialogue(BaseModel):
    """One labelled conversation; each turn is an `EvalQuestion` with its `resolved` meaning."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    split: str
    turns: list[EvalQuestion]

    @property
    def long(self) -> bool:
        return len(self.turns) >= LONG_DIALOGUE


def _dialogue(line: str) -> Dialogue:
    """A dialogue from its JSON line; turns get ids `<dialogue>.t<n>` (1-based) and its split.

    >>> d = _dialogue('{"id": "d9", "split": "dev", "turns": [{"question": "And Malta?", '
    ...               '"type": "speaker_filter", "relevant": {"d/malta": 2}}]}')
    >>> d.turns[0].id, d.turns[0].split, d.long
    ('d9.t1', 'dev', False)
    """
    item = json.loads(line)
    turns = [{**turn, "id": f"{item['id']}.t{n}", "split": item["split"]}
             for n, turn in enumerate(item.get("turns", []), 1)]
    return Dialogue.model_validate({**item, "turns": turns})


def load_dialogues(path: Path, split: str | None = None) -> list[Dialogue]:
    """Dialogues of one split ("dev", "test") or all (None or "all")."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise HrcqaError(f"{path}: cannot read the dialogues ({error.strerror})") from None
    try:
        dialogues = [_dialogue(line) for line in lines if line.strip()]
    except (json.JSONDecodeError, KeyError, ValidationError) as error:
        raise HrcqaError(f"{path}: not a dialogue file ({' '.join(str(error).split())[:200]})") from None
    return [d for d in dialogues if split in (None, "all") or d.split == split]


def ask_dialogue(answerer: Any, dialogue: Dialogue) -> list[tuple[EvalQuestion, Answer, float]]:
    """(turn, the bot's answer, seconds) for each turn, asked with the chat so far."""
    history: list[tuple[str, str]] = []
    asked: list[tuple[EvalQuestion, Answer, float]] = []
    for turn in dialogue.turns:
        started = time.perf_counter()
        answer = answerer.ask(turn.question, history=list(history))
        asked.append((turn, answer, time.perf_counter() - started))
        history.append((turn.question, answer.answer))
    return asked
