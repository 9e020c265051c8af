"""Chat history as the app and the HTTP API receive it, read back into (question, answer) pairs,
and the conversation the browser kept (`gr.BrowserState`) read back into chat messages.

Gradio sends messages as dicts or objects whose content is a string or a list of blocks; API
clients may send plain `[question, answer]` pairs. Source boxes and UI-only lines (chips,
filters, actions, errors) are not part of the conversation and are dropped. Pure functions; how
much of the history is read is decided by the answerer (`hrcqa.question.followups.cap_history`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

_TAG = re.compile(r"<[^>]*>")
# UI-only lines (chips, notes, errors) start like this and are dropped when history is rebuilt.
_UI_LINE = re.compile(r'^<(?:div|details) class="hrc-ui\b.*$', re.M)


def flatten_content(content: object) -> str:
    """The text of a message's content, whether a string, a block, or a list of blocks.

    >>> flatten_content([{"type": "text", "text": "hi"}]), flatten_content("hi")
    ('hi', 'hi')
    """
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, Mapping):
        return str(content.get("text") or "") if content.get("type", "text") == "text" else ""
    if isinstance(content, list | tuple):
        return "\n".join(text for text in map(flatten_content, content) if text)
    text = getattr(content, "text", None)  # gradio's TextMessage and similar objects
    return text if isinstance(text, str) else ""


def plain_text(content: object) -> str:
    """What a rendered message says: UI-only lines and tags dropped, entities decoded."""
    text = _TAG.sub("", _UI_LINE.sub("", flatten_content(content)))
    return html.unescape(text).strip()


def _field(message: object, name: str) -> Any:
    return message.get(name) if isinstance(message, Mapping) else getattr(message, name, None)


def is_source_box(message: object) -> bool:
    """True for collapsible source boxes (messages whose metadata has a title)."""
    metadata = _field(message, "metadata")
    return bool(_field(metadata, "title")) if metadata else False


def history_pairs(history: Iterable[object] | None) -> list[tuple[str, str]]:
    """(question, answer) pairs from chat history, for `Answerer.ask(history=...)`.

    Takes Gradio messages (dicts or objects; content a string or a list of blocks) or plain
    `[question, answer]` pairs. Source boxes, and replies that were only errors, are skipped.
    >>> history_pairs([{"role": "user", "content": [{"type": "text", "text": "Who?"}]},
    ...                {"role": "assistant", "content": "Malta [1]"}])
    [('Who?', 'Malta [1]')]
    """
    pairs: list[tuple[str, str]] = []
    question: str | None = None
    for message in history or []:
        if isinstance(message, list | tuple) and len(message) == 2:
            question, answer = plain_text(message[0]), plain_text(message[1])
        elif is_source_box(message):
            continue
        elif _field(message, "role") == "user":
            question = plain_text(_field(message, "content"))
            continue
        else:
            answer = plain_text(_field(message, "content"))
        if question and answer:
            pairs.append((question, answer))
        question = None
    return pairs


def restored_messages(saved: object, limit: int = 400) -> list[dict[str, Any]]:
    """Chat messages from what the browser stored: role, text content and a source box's title,
    the last `limit` of them; anything else (a stale or tampered value) is dropped.

    >>> restored_messages([{"role": "user", "content": [{"type": "text", "text": "Who?"}]}, 7])
    [{'role': 'user', 'content': 'Who?'}]
    """
    messages: list[dict[str, Any]] = []
    for message in saved if isinstance(saved, list) else []:
        role = _field(message, "role")
        if role not in ("user", "assistant"):
            continue
        restored: dict[str, Any] = {"role": role, "content": flatten_content(_field(message, "content"))}
        metadata = _field(message, "metadata")
        if title := _field(metadata, "title") if metadata else None:
            restored["metadata"] = {"title": str(title), "status": "done"}
        messages.append(restored)
    return messages[-limit:]


def last_question(history: Iterable[object] | None) -> str:
    """The text of the last question in the history ("" if none)."""
    questions = [plain_text(_field(m, "content")) for m in history or [] if _field(m, "role") == "user"]
    return questions[-1] if questions else ""


def opening_turn(stored: object, asked: str | None) -> tuple[list[dict[str, Any]], str]:
    """What the page shows when it opens: the conversation the browser kept, and the question of
    a `?q=` link to ask now ("" when there is none, or when it is the kept conversation's last
    question: the address bar shows the last question asked, so a reload must not ask it again).

    >>> opening_turn([{"role": "user", "content": "Who?"}], " Who? "), opening_turn(None, "Why?")
    (([{'role': 'user', 'content': 'Who?'}], ''), ([], 'Why?'))
    """
    messages = restored_messages(stored)
    question = " ".join(str(asked or "").split())
    return messages, "" if question == " ".join(last_question(messages).split()) else question
