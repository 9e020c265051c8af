"""The Gradio app: page layout, event wiring, the `/ask` and `/search` API, and start-up.

    from hrcqa.ui import launch
    launch(settings, host="127.0.0.1", port=7860, share=False)   # builds the index if needed

A thin shell: handlers take what the page sends, call `Answerer.ask` or `Retriever.search`, and
format the result with `hrcqa.ui_format` (where all escaping lives). The page has a chat whose
answers carry speaker chips and collapsible source boxes, filters, example questions, a "Who
spoke" list, and the whole summary; clicking a citation highlights its span there (the script in
`PAGE_JS`). Errors a user can cause (`HrcqaError`, a question over the length limit) are shown as
chat messages or API errors, never as a traceback. Theme, CSS and JS go on `launch()` (Gradio 6).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import gradio as gr

from hrcqa import ui_format as fmt
from hrcqa.config import Settings
from hrcqa.errors import HrcqaError
from hrcqa.models import KIND_LABELS, KINDS, Answer
from hrcqa.retrieval import Retriever

log = logging.getLogger("hrcqa")

EXAMPLES = [  # (label: the kind of question, question)
    ("Who said", "Which delegations called for the release of all political prisoners?"),
    ("Speaker and topic", "What did Germany say about political prisoners?"),
    ("Follow-up", "What about France?"),
    ("Figure", "How many political prisoners remain?"),
    ("Asked the panel", "What did Switzerland ask the experts?"),
    ("Kind of speaker", "Which NGOs mentioned lawyers?"),
    ("Fact", "What happened to Nasta Loika?"),
    ("Not in the summary", "What did China say about the report?"),
]
SCROLL_TO_CHAT = "() => document.getElementById('hrc-chat')?.scrollIntoView({block: 'start'})"
PENDING = '<div class="hrc-ui hrc-pending">Searching the summary…</div>'
CONCURRENCY = 2  # answers computed at once, chat and API together (they share BUSY)
BUSY = "hrcqa-answering"
# System fonts: the default theme fonts come from Google Fonts, which an offline server lacks.
THEME = gr.themes.Soft(font=["system-ui", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"],
                       font_mono=["ui-monospace", "Consolas", "monospace"])

PAGE_CSS = """
#hrc-header h1 {font-size: 1.5rem; margin: 0 0 .2rem}
#hrc-header p {margin: 0; opacity: .85}
.hrc-kind-panel {--hrc-bg: #ede7f6; --hrc-fg: #4527a0; --hrc-bd: #9575cd}
.hrc-kind-concerned-country {--hrc-bg: #fff3e0; --hrc-fg: #8a3b00; --hrc-bd: #fb8c00}
.hrc-kind-group {--hrc-bg: #e3f2fd; --hrc-fg: #0d47a1; --hrc-bd: #42a5f5}
.hrc-kind-state {--hrc-bg: #e8f5e9; --hrc-fg: #1b5e20; --hrc-bd: #66bb6a}
.hrc-kind-ngo {--hrc-bg: #fce4ec; --hrc-fg: #880e4f; --hrc-bd: #ec407a}
.hrc-chip {display: inline-block; padding: 0 .55em; margin: .15em .3em .15em 0; border-radius: 1em;
  background: var(--hrc-bg); color: var(--hrc-fg); border: 1px solid var(--hrc-bd); font-size: .85em}
.hrc-chip-kind {opacity: .75}
.hrc-who button {background: var(--hrc-bg); color: var(--hrc-fg); border-color: var(--hrc-bd)}
.hrc-refusal {border-left: 4px solid #b26a00; background: #fff8e1; color: #4e3500; padding: .5em .75em;
  border-radius: 4px}
.hrc-error {border-left: 4px solid #c62828; background: #ffebee; color: #7f0000; padding: .5em .75em}
.hrc-resolved, .hrc-note, .hrc-related-note, .hrc-pending {font-size: .9em; opacity: .8}
.hrc-related {border-left: 3px dashed #9e9e9e; padding-left: .6em}
.hrc-quote mark, mark.hrc-doc-hl {background: #fff176; color: #111; padding: 0 .1em}
.hrc-goto {font-size: .85em; margin-top: .3em}
.hrc-doc {max-height: 82vh; overflow-y: auto; padding-right: .4em}
#hrc-doc-col {position: sticky; top: .5rem; align-self: flex-start}
.hrc-doc-title {font-weight: 600}
.hrc-doc-source {font-size: .9em; opacity: .8; margin-bottom: .6em}
.hrc-doc-heading {font-weight: 600; margin: 1em 0 .3em}
.hrc-doc-other {font-style: italic; margin: .3em 0}
.hrc-doc-st {border-left: 4px solid var(--hrc-bd); padding-left: .6em; margin: .5em 0 1em}
.hrc-doc-flash {outline: 2px solid #f9a825; outline-offset: 2px}
@media (max-width: 640px) {
  #hrc-header h1 {font-size: 1.15rem}
  .hrc-doc {max-height: 65vh}
  #hrc-doc-col {position: static}
}
"""

# Clicking a link to `#hrc-src-<start>-<end>[.<start>-<end>...]` marks those source spans in the
# document view (whose text spans carry their source offset in data-o) and scrolls to them.
PAGE_JS = """
() => {
  let marked = [];
  const clear = () => {
    for (const el of marked) el.textContent = el.textContent;
    marked = [];
    document.querySelectorAll('.hrc-doc-flash').forEach(p => p.classList.remove('hrc-doc-flash'));
  };
  const highlight = (spans) => {
    clear();
    let first = null;
    for (const el of document.querySelectorAll('.hrc-doc span[data-o]')) {
      const o = Number(el.dataset.o), chars = Array.from(el.textContent);
      const cuts = spans.map(([s, e]) => [Math.max(s, o) - o, Math.min(e, o + chars.length) - o])
        .filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0]);
      if (!cuts.length) continue;
      const parts = document.createDocumentFragment();
      let at = 0;
      for (const [a, b] of cuts) {
        if (a > at) parts.append(chars.slice(at, a).join(''));
        const mark = document.createElement('mark');
        mark.className = 'hrc-doc-hl';
        mark.textContent = chars.slice(Math.max(a, at), b).join('');
        parts.append(mark);
        first = first || mark;
        at = Math.max(at, b);
      }
      if (at < chars.length) parts.append(chars.slice(at).join(''));
      el.replaceChildren(parts);
      marked.push(el);
      el.closest('p')?.classList.add('hrc-doc-flash');
    }
    if (first) first.scrollIntoView({block: 'center'});
    return first !== null;
  };
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#hrc-src-"]');
    const found = link && /^#hrc-src-(\\d+-\\d+(?:\\.\\d+-\\d+)*)$/.exec(link.getAttribute('href'));
    if (!found) return;
    event.preventDefault();
    event.stopPropagation();
    highlight(found[1].split('.').map(pair => pair.split('-').map(Number)));
  }, true);
  window.hrcqaHighlight = highlight;
}
"""


class AnswererLike(Protocol):
    """What the app needs of `hrcqa.answering.Answerer`."""

    retriever: Retriever

    def ask(self, question: str, history: Sequence[tuple[str, str]] | None = None,
            speakers: Sequence[str] | None = None, kinds: Sequence[str] | None = None) -> Answer: ...


def ask(answerer: AnswererLike, question: str, history: object = None,
        speakers: Sequence[str] | None = None, kinds: Sequence[str] | None = None) -> Answer:
    """Ask with chat history in any shape (see `history_pairs`); empty filters mean none."""
    return answerer.ask(question, history=fmt.history_pairs(history), speakers=list(speakers or []) or None,
                        kinds=list(kinds or []) or None)


def respond(answerer: AnswererLike, question: str, history: list[Any] | None,
            speakers: Sequence[str] | None = None, kinds: Sequence[str] | None = None
            ) -> Iterator[tuple[list[Any], str]]:
    """One chat turn: the question at once, then the answer and its source boxes, or a notice.

    Yields (chat messages, text left in the question box).
    """
    history = list(history or [])
    question = (question or "").strip()
    if not question:
        yield history, ""
        return
    refusal = fmt.too_long(question, answerer.retriever.settings.max_query_chars)
    if refusal:
        yield history + [fmt.user_message(question[:300] + "…"), fmt.notice_message(refusal)], question
        return
    turn = history + [fmt.user_message(question)]
    yield turn + [{"role": "assistant", "content": PENDING}], ""
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
    yield turn + fmt.answer_messages(answer, answerer.retriever.statements), ""


def document_view(retriever: Retriever) -> str:
    """The document view of every summary in the index (source files read from disk)."""
    parts = []
    for meta in retriever.index.manifest["documents"]:
        path = Path(meta["path"])
        if not path.exists():
            path = retriever.settings.corpus_dir / path.name
        statements = [s for s in retriever.statements.values() if s.document_id == meta["id"]]
        parts.append(fmt.document_html(path.read_text(encoding="utf-8"), statements, meta))
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
    with gr.Blocks(title=fmt.page_title(meta), analytics_enabled=False) as demo:
        gr.HTML(fmt.header_html(meta), elem_id="hrc-header")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=300):
                chat = gr.Chatbot(show_label=False, elem_id="hrc-chat", height="62vh", latex_delimiters=[],
                                  feedback_options=None, buttons=["copy", "copy_all"],
                                  placeholder="Ask who said what in this meeting. Answers quote the "
                                              "summary; click a [n] to see it in the document.")
                question = gr.Textbox(show_label=False, elem_id="hrc-question", submit_btn="Ask",
                                      placeholder="e.g. Which delegations called for the release of "
                                                  "all political prisoners?")
                examples = gr.Dataset(label="Try a question", components=[question], elem_id="hrc-examples",
                                      samples=[[q] for _, q in EXAMPLES], samples_per_page=len(EXAMPLES),
                                      sample_labels=[f"{label}: {q}" for label, q in EXAMPLES])
                with gr.Row():
                    gr.ClearButton([chat, question], value="New conversation", size="sm")
                with gr.Accordion("Filters", open=False):
                    speakers = gr.Dropdown(retriever.directory.names(), multiselect=True, label="Speakers",
                                           elem_id="hrc-filter-speakers")
                    kinds = gr.CheckboxGroup([(KIND_LABELS[k], k) for k in KINDS], label="Kinds of speaker",
                                             elem_id="hrc-filter-kinds")
                with gr.Accordion("Who spoke (click to ask what they said)", open=True, elem_id="hrc-who"):
                    who = [gr.Dataset(label=f"{KIND_LABELS[kind]} ({len(names)})", components=[question],
                                      samples=[[n] for n in names], samples_per_page=len(names),
                                      elem_classes=["hrc-who", fmt.kind_class(kind)])
                           for kind, names in fmt.speakers_by_kind(retriever.statements.values()).items()]
            with gr.Column(scale=2, min_width=300, elem_id="hrc-doc-col"):
                gr.Markdown("### The summary")
                gr.HTML(document_view(retriever), elem_id="hrc-doc-panel")

        def chat_turn(text: str, history: list, names: list[str], kind_values: list[str]):
            yield from respond(answerer, text, history, names, kind_values)

        turn = {"fn": chat_turn, "inputs": [question, chat, speakers, kinds], "outputs": [chat, question],
                "api_visibility": "private", "concurrency_id": BUSY}
        question.submit(**turn)
        examples.click(lambda row: row[0], examples, question, api_visibility="private").then(**turn)
        for names in who:
            names.click(lambda row: f"What did {row[0]} say?", names, question,
                        api_visibility="private").then(**turn)
        for dataset in [examples, *who]:  # on a phone the chat is far above these lists
            dataset.click(None, js=SCROLL_TO_CHAT, api_visibility="private")
        _api(answerer)
    return demo


def serve(demo: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, share: bool = False, *,
          block: bool = True, concurrency: int = CONCURRENCY) -> gr.Blocks:
    """Queue (at most `concurrency` answers at once) and launch; `block=False` returns at once."""
    demo.queue(default_concurrency_limit=concurrency)
    demo.launch(server_name=host, server_port=port, share=share, prevent_thread_lock=not block,
                theme=THEME, css=PAGE_CSS, js=PAGE_JS, show_error=False)
    return demo


def launch(settings: Settings | None = None, host: str = "127.0.0.1", port: int = 7860,
           share: bool = False, *, block: bool = True) -> gr.Blocks:
    """Load (building the index if missing or stale) and serve the app; blocks unless `block=False`."""
    from hrcqa.answering import Answerer

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    retriever = Retriever.load(settings=settings or Settings(), rebuild=True)
    answerer = Answerer(retriever)
    # the sentence bank takes seconds on a machine's first run: fill it before the first question
    threading.Thread(target=lambda: answerer.bank, name="hrcqa-warm-up", daemon=True).start()
    return serve(build_app(answerer), host, port, share, block=block)
