"""The Gradio app: page layout, event wiring, the `/ask` and `/search` API, and start-up.

    from hrcqa.web.app import launch
    launch(settings, host="127.0.0.1", port=7860, share=False)   # builds the index if needed

A thin shell: handlers take what the page sends, call `Answerer.ask` or `Retriever.search`, and
format the result with `hrcqa.web.render` (its templates escape everything). The page has a chat
whose answers carry speaker chips, collapsible source boxes and their Markdown export
(`hrcqa.web.export`: copy, download, share link), filters shown as removable chips, example
questions drawn from the loaded statements (`hrcqa.web.examples`), a "Who spoke" list, and the
whole summary; clicking a citation highlights its span there (`static/page.js`). The
conversation is kept in the browser (`gr.BrowserState`) across reloads; `?q=` opens the page
and asks, and the address bar follows the questions (`static/chat.js`). Errors a user can cause
(`HrcqaError`, a question over the length limit) are shown as chat messages or API errors, never
as a traceback. Theme, CSS and JS (files in `static/`) go on `launch()` (Gradio 6).
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import gradio as gr

from hrcqa.config import Settings
from hrcqa.corpus.roster import speakers_by_kind
from hrcqa.errors import HrcqaError
from hrcqa.models import KIND_LABELS, KINDS, Answer
from hrcqa.search.retriever import Retriever
from hrcqa.web import render as fmt
from hrcqa.web.compare import compare_tab
from hrcqa.web.document import document_html, header_html, page_title
from hrcqa.web.examples import example_questions
from hrcqa.web.export import answer_markdown
from hrcqa.web.history import history_pairs, opening_turn

log = logging.getLogger("hrcqa")

CONCURRENCY = 2  # answers computed at once, chat and API together (they share BUSY)
BUSY = "hrcqa-answering"
PAGE_SCRIPTS = ("page.js", "chat.js")
# System fonts: the default theme fonts come from Google Fonts, which an offline server lacks.
THEME = gr.themes.Soft(font=["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"],
                       font_mono=["ui-monospace", "Consolas", "monospace"])


@functools.cache
def static_text(name: str) -> str:
    """A file of `hrcqa/web/static/` (the page's CSS and scripts), read once."""
    return resources.files("hrcqa.web").joinpath("static", name).read_text(encoding="utf-8")


class AnswererLike(Protocol):
    """What the app needs of `hrcqa.answer.answerer.Answerer`."""

    retriever: Retriever

    def ask(self, question: str, history: Sequence[tuple[str, str]] | None = None,
            speakers: Sequence[str] | None = None, kinds: Sequence[str] | None = None) -> Answer: ...


def ask(answerer: AnswererLike, question: str, history: object = None,
        speakers: Sequence[str] | None = None, kinds: Sequence[str] | None = None) -> Answer:
    """Ask with chat history in any shape (see `history_pairs`); empty filters mean none."""
    return answerer.ask(question, history=history_pairs(history), speakers=list(speakers or []) or None,
                        kinds=list(kinds or []) or None)


def respond(answerer: AnswererLike, question: str, history: list[Any] | None,
            speakers: Sequence[str] | None = None, kinds: Sequence[str] | None = None, *,
            documents: Mapping[str, Mapping[str, Any]] | None = None) -> Iterator[tuple[list[Any], str]]:
    """One chat turn: the question at once, then the answer and its source boxes, or a notice.
    Given the documents' metadata (by id), the answer carries its Markdown export.

    An empty question gets a one-line hint. Yields (chat messages, text left in the question box).
    """
    history = list(history or [])
    question = (question or "").strip()
    if not question:
        hint = fmt.notice_message(fmt.EMPTY_QUESTION, css="hrc-hint")
        yield (history if history[-1:] == [hint] else history + [hint]), ""
        return
    refusal = fmt.too_long(question, answerer.retriever.settings.max_query_chars)
    if refusal:
        yield history + [fmt.user_message(question[:300] + "…"), fmt.notice_message(refusal)], question
        return
    turn = history + [fmt.user_message(question)]
    yield turn + [fmt.pending_message()], ""
    try:
        answer = ask(answerer, question, history, speakers, kinds)
    except HrcqaError as error:
        yield turn + [fmt.notice_message(str(error))], ""
        return
    except Exception:  # a bug: logged with its traceback on the server, a sentence in the chat
        log.exception("hrcqa: answering %r failed", question)
        yield turn + [fmt.notice_message("Something went wrong while answering; the error was logged. "
                                         "Please try another question.")], ""
        return
    retriever = answerer.retriever
    markdown = "" if documents is None else answer_markdown(
        answer, documents, retriever.statements, retriever.paragraph_number, speakers or (), kinds or ())
    yield turn + fmt.answer_messages(answer, retriever.statements, speakers or (), kinds or (), markdown), ""


def document_view(retriever: Retriever) -> str:
    """The document view of every summary in the index (source files read from disk)."""
    parts = []
    for meta in retriever.index.manifest["documents"]:
        path = Path(meta["path"])
        if not path.exists():
            path = retriever.settings.corpus_dir / path.name
        statements = [s for s in retriever.statements.values() if s.document_id == meta["id"]]
        parts.append(document_html(path.read_text(encoding="utf-8"), statements, meta))
    return "".join(parts)


def _api(answerer: AnswererLike) -> None:
    """The typed API endpoints `/ask` and `/search` (inside a Blocks context)."""
    retriever, limit = answerer.retriever, answerer.retriever.settings.max_query_chars

    def ask_endpoint(question: str, history: list | None = None) -> dict:
        """Answer a question; history is [[question, answer], ...] or chat messages."""
        if refusal := fmt.too_long(question or "", limit):
            raise gr.Error(refusal)
        try:
            return ask(answerer, question, history).model_dump(mode="json")
        except HrcqaError as error:
            raise gr.Error(str(error)) from None

    def search_endpoint(query: str, k: int = 5, speakers: list[str] | None = None,
                        kinds: list[str] | None = None) -> list[dict]:
        """The top-k passages for a query, optionally restricted to speakers and kinds."""
        if refusal := fmt.too_long(query or "", limit):
            raise gr.Error(refusal)
        try:
            hits = retriever.search(query, k=int(k), speakers=speakers or None, kinds=kinds or None)
        except HrcqaError as error:
            raise gr.Error(str(error)) from None
        return [hit.model_dump(mode="json") for hit in hits]

    gr.api(ask_endpoint, api_name="ask", concurrency_id=BUSY)
    gr.api(search_endpoint, api_name="search", concurrency_id=BUSY)


def build_app(answerer: AnswererLike) -> gr.Blocks:
    """The page, wired to an answerer (launch it with `serve`)."""
    retriever = answerer.retriever
    meta = retriever.index.manifest["documents"][0]
    asked = example_questions(retriever.statements.values())
    with gr.Blocks(title=page_title(meta), analytics_enabled=False) as demo:
        gr.HTML(header_html(meta), elem_id="hrc-header")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=300, elem_id="hrc-chat-col"):
                # In the page's order the filters and the question box come before the chat, so Tab
                # reaches the box before past citations; page.css shows the chat first.
                scope = gr.HTML("", elem_id="hrc-scope", js_on_load=static_text("filters.js"))
                question = gr.Textbox(label="Your question", show_label=False, elem_id="hrc-question",
                                      submit_btn="Ask", lines=1, max_lines=4,
                                      placeholder=f"e.g. {asked[0][1]}")
                chat = gr.Chatbot(label="Conversation", show_label=False, elem_id="hrc-chat", height=None,
                                  max_height="62vh", autoscroll=False, latex_delimiters=[],
                                  feedback_options=None, buttons=[],
                                  placeholder="Ask who said what in this meeting. Answers quote the "
                                              "summary; click a [n] to see it in the document.")
                examples = gr.Dataset(label="Try a question", components=[question], elem_id="hrc-examples",
                                      samples=[[q] for _, q in asked], samples_per_page=len(asked),
                                      sample_labels=[f"{label}: {q}" for label, q in asked])
                with gr.Row(elem_id="hrc-conversation"):
                    fresh = gr.Button("New conversation", size="sm")
                    copy_all = gr.Button("Copy conversation (Markdown)", size="sm")
                    download_all = gr.Button("Download conversation (.md)", size="sm")
                unfilter = gr.Button("Show the unfiltered answer", elem_id="hrc-unfilter", visible="hidden")
                with gr.Accordion("Filters", open=False):
                    speakers = gr.Dropdown(retriever.directory.names(), multiselect=True, label="Speakers",
                                           elem_id="hrc-filter-speakers")
                    kinds = gr.CheckboxGroup([(KIND_LABELS[k], k) for k in KINDS], label="Kinds of speaker",
                                             elem_id="hrc-filter-kinds")
                with gr.Accordion("Who spoke (click to ask what they said)", open=True, elem_id="hrc-who"):
                    who = [gr.Dataset(label=f"{KIND_LABELS[kind]} ({len(names)})", components=[question],
                                      samples=[[n] for n in names], samples_per_page=len(names),
                                      elem_classes=["hrc-who", fmt.kind_class(kind)])
                           for kind, names in speakers_by_kind(retriever.statements.values()).items()]
            with gr.Column(scale=2, min_width=300, elem_id="hrc-doc-col"):
                gr.Markdown("### The summary")
                gr.HTML(document_view(retriever), elem_id="hrc-doc-panel")
        saved = gr.BrowserState([], storage_key="hrcqa-conversation")
        documents = {d["id"]: d for d in retriever.index.manifest["documents"]}

        def chat_turn(text: str, history: list, names: list[str], kind_values: list[str]):
            yield from respond(answerer, text, history, names, kind_values, documents=documents)

        def first_turn(text: str, history: list):  # a `?q=` question; else nothing changes
            if text:
                yield from respond(answerer, text, history, documents=documents)
            else:
                yield gr.skip(), gr.skip()

        turn = {"fn": chat_turn, "inputs": [question, chat, speakers, kinds], "outputs": [chat, question],
                "api_visibility": "private", "concurrency_id": BUSY, "js": static_text("ask.js")}
        question.submit(**turn)
        examples.click(lambda row: row[0], examples, question, api_visibility="private").then(**turn)
        for names in who:
            names.click(lambda row: f"What did {row[0]} say?", names, question,
                        api_visibility="private").then(**turn)
        for dataset in [examples, *who]:  # on a phone the chat is far above these lists
            dataset.click(None, js=static_text("scroll-to-chat.js"), api_visibility="private")
        asking = gr.State("")
        demo.load(opening, saved, [chat, asking], api_visibility="private", show_progress="hidden").then(
            **{**turn, "fn": first_turn, "inputs": [asking, chat], "js": None, "show_progress": "hidden"})
        _keep_conversation(chat, question, saved, fresh, copy_all, download_all)
        _filters(retriever, scope, speakers, kinds, unfilter, question, turn)
        compare_tab(answerer, chat=chat)  # the positions table and the meeting overview
        _api(answerer)
    return demo


def opening(stored: object, request: gr.Request) -> tuple[Any, str]:
    """On page load: the conversation kept in the browser (no update when none was kept, so a
    question asked at once is not wiped), and the question of a `?q=` link to ask."""
    messages, asked = opening_turn(stored, request.query_params.get("q") if request else None)
    return messages or gr.skip(), asked


def _keep_conversation(chat: gr.Chatbot, question: gr.Textbox, saved: gr.BrowserState,
                       fresh: gr.Button, copy_all: gr.Button, download_all: gr.Button) -> None:
    """The conversation kept in the browser across reloads, and the buttons acting on all of it
    (all in the browser: `window.hrcqa` of static/chat.js)."""
    private = {"api_visibility": "private", "queue": False}
    chat.change(None, chat, saved, js="(messages) => [messages]", **private)
    fresh.click(None, None, [chat, question], js="() => { window.hrcqa?.forget(); return [[], '']; }",
                **private)
    copy_all.click(None, js="() => { window.hrcqa?.copyConversation(); }", **private)
    download_all.click(None, js="() => { window.hrcqa?.downloadConversation(); }", **private)


def _filters(retriever: Retriever, scope: gr.HTML, speakers: gr.Dropdown, kinds: gr.CheckboxGroup,
             unfilter: gr.Button, question: gr.Textbox, turn: dict[str, Any]) -> None:
    """Active filters as removable chips above the question box, and "Show the unfiltered
    answer" (a link in the answer; static/chat.js clicks the hidden `unfilter` button)."""
    kind_of = {s.speaker: s.kind for s in retriever.statements.values()}
    private = {"api_visibility": "private", "queue": False}
    for filters in (speakers, kinds):
        filters.change(lambda names, kind_values: fmt.filter_chips(names, kind_values, kind_of),
                       [speakers, kinds], scope, **private)
    scope.click(None, [speakers, kinds], [speakers, kinds], js="(s, k) => window.hrcqa.removeFilter(s, k)",
                **private)
    unfilter.click(None, question, [speakers, kinds, question],
                   js="(q) => [[], [], window.hrcqa?.pendingQuestion || q]", **private).then(**turn)


def page_script() -> str:
    """The page's scripts (static/page.js, static/chat.js) as the one function `launch(js=)` runs."""
    return "() => {\n" + "\n".join(f"({static_text(name)})();" for name in PAGE_SCRIPTS) + "\n}"


def serve(demo: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, share: bool = False, *,
          block: bool = True, concurrency: int = CONCURRENCY) -> gr.Blocks:
    """Queue (at most `concurrency` answers at once) and launch; `block=False` returns at once."""
    demo.queue(default_concurrency_limit=concurrency)
    demo.launch(server_name=host, server_port=port, share=share, prevent_thread_lock=not block,
                theme=THEME, css=static_text("page.css"), js=page_script(), show_error=False)
    return demo


def launch(settings: Settings | None = None, host: str = "127.0.0.1", port: int = 7860,
           share: bool = False, *, block: bool = True) -> gr.Blocks:
    """Load (building the index if missing or stale) and serve the app; blocks unless `block=False`."""
    from hrcqa.answer.answerer import Answerer

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    retriever = Retriever.load(settings=settings or Settings(), rebuild=True)
    return serve(build_app(Answerer(retriever)), host, port, share, block=block)
