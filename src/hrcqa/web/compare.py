"""The app's Compare panel: the positions table for a topic or a who-said question, and the
meeting overview (speakers × themes heatmap), with CSV and Markdown downloads.

    with gr.Blocks() as demo:
        ...
        compare_tab(answerer, chat=chat)   # inside the page's Blocks, after the chat

A thin shell over `hrcqa.answer.positions.compare`, `hrcqa.answer.overview.meeting_overview`
and `hrcqa.answer.exporting`: handlers parse what the page sends, call them and format rows.
The overview is computed when its tab is first opened, then cached per answerer, so it costs
nothing at start-up or on the first answer. User text shown as HTML is escaped; table cells are
plain text (`datatype="str"`). Errors a user can cause (`HrcqaError`) are shown as a message.
"""

from __future__ import annotations

import functools
import html
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from hrcqa.answer.exporting import overview_png, says, source, table_csv, table_markdown
from hrcqa.answer.overview import Overview, meeting_overview
from hrcqa.answer.positions import PositionsTable, compare
from hrcqa.errors import HrcqaError
from hrcqa.models import KIND_LABELS
from hrcqa.web.history import history_pairs

if TYPE_CHECKING:
    from hrcqa.answer.answerer import Answerer

TABLE_HEADERS = ["Kind", "Speaker", "Says (verbatim)", "Source (document ¶, characters)"]
CELL_HEADERS = ["Theme", "Kind", "Speaker", "Says (verbatim)", "Source (document ¶, characters)"]
ALL_THEMES = "All themes"
# Share of the table's width per column: quotes wrap in the widest.
WIDTHS = {"Kind": 9, "Speaker": 19, "Figure": 10, "Theme": 14, "Source (document ¶, characters)": 16}
# The app's queue: tables and the overview share the chat's limit on answers computed at once
# (`hrcqa.web.app.BUSY`, not imported: the app imports this module).
OPTIONS = {"api_visibility": "private", "concurrency_id": "hrcqa-answering"}


def table_rows(table: PositionsTable) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of the table as the page shows them (a Figure column for a figure question)."""
    figures = table.question_type == "figure"
    headers = TABLE_HEADERS[:2] + (["Figure"] if figures else []) + TABLE_HEADERS[2:]
    rows = [[KIND_LABELS[row.kind], row.speaker, *([row.figure or ""] if figures else []), says(row),
             source(row)] for row in table.rows]
    return headers, rows


def column_widths(headers: Sequence[str]) -> list[str]:
    """Widths for the columns, in percent: the quote takes what the others leave."""
    rest = 100 - sum(WIDTHS.get(h, 0) for h in headers)
    return [f"{WIDTHS.get(header, rest)}%" for header in headers]


def lead_html(table: PositionsTable) -> str:
    """One escaped line above the table: how many speakers address what, and how it was read."""
    count = len(table.addressed)
    text = f"{count} of {table.speakers} speakers address “{table.topic}”"
    understood = f" Understood as: {'; '.join(table.understood)}." if table.understood else ""
    hidden = " Tick the box to list those who did not." if count < table.speakers and \
        not any(not row.addressed for row in table.rows) else ""
    return (f'<p class="hrc-compare-lead">{html.escape(text)} ({html.escape(table.resolved_question)}).'
            f"{html.escape(understood)}{html.escape(hidden)}</p>")


def message_html(message: str) -> str:
    return f'<p class="hrc-compare-error">{html.escape(message)}</p>'


def export_files(table: PositionsTable) -> tuple[str, str]:
    """The table written as CSV and Markdown into a new temporary directory (for download)."""
    slug = re.sub(r"[^a-z0-9]+", "-", table.topic.lower()).strip("-")[:40] or "positions"
    directory = Path(tempfile.mkdtemp(prefix="hrcqa-compare-"))
    csv_path, md_path = directory / f"{slug}.csv", directory / f"{slug}.md"
    csv_path.write_text(table_csv(table), encoding="utf-8")
    md_path.write_text(table_markdown(table), encoding="utf-8")
    return str(csv_path), str(md_path)


def cell_rows(overview: Overview, theme: str | None = None) -> list[list[str]]:
    """Each addressed cell of the overview with the sentence behind it (one theme, or all)."""
    rows = []
    for column, found in enumerate(overview.themes):
        if theme not in (None, ALL_THEMES, found.label):
            continue
        for row in overview.rows:
            cell = row.cells[column]
            paragraph = f" ¶{cell.paragraph}" if cell.paragraph else ""
            rows += [[found.label, KIND_LABELS[row.kind], row.speaker, f"“{cited.quote}” [{cited.n}]",
                      f"{cited.document_id}{paragraph}, {cited.start}–{cited.end}"]
                     for cited in cell.citations]
    return rows


@functools.lru_cache(maxsize=4)
def overview_picture(answerer: Answerer) -> tuple[Overview, str]:
    """The answerer's overview and its heatmap PNG, drawn on the first call and then cached."""
    overview = meeting_overview(answerer)
    path = Path(tempfile.mkdtemp(prefix="hrcqa-overview-")) / "overview.png"
    return overview, str(overview_png(overview, path))


def compare_tab(answerer: Answerer, chat: gr.Chatbot | None = None) -> None:
    """The Compare panel (inside a `gr.Blocks`): a positions table and the meeting overview.
    With `chat`, a button puts the chat's last question in the table."""
    with gr.Accordion("Compare: who said what, and the meeting overview", open=False, elem_id="hrc-compare"):
        with gr.Tabs():
            with gr.Tab("Positions table", elem_id="hrc-compare-tab"):
                _positions(answerer, chat)
            with gr.Tab("Meeting overview", elem_id="hrc-overview-tab") as tab:
                _overview(answerer, tab)


def _positions(answerer: Answerer, chat: gr.Chatbot | None) -> None:
    topic = gr.Textbox(label="A topic or a who-said question", elem_id="hrc-compare-topic",
                       submit_btn="Compare",
                       placeholder="e.g. the death penalty, or Which delegations called for ...?")
    with gr.Row():
        everyone = gr.Checkbox(label="Also list speakers who did not address it", elem_id="hrc-compare-all")
        from_chat = gr.Button("Table of the chat's last question", size="sm", visible=chat is not None,
                              elem_id="hrc-compare-from-chat")
    lead = gr.HTML(elem_id="hrc-compare-lead")
    table = gr.Dataframe(headers=TABLE_HEADERS, datatype="str", interactive=False, wrap=True,
                         column_widths=column_widths(TABLE_HEADERS), elem_id="hrc-compare-table",
                         show_label=False, max_height=600)
    with gr.Row():
        downloads = [gr.DownloadButton(f"Download {name}", interactive=False, size="sm",
                                       elem_id=f"hrc-compare-{name.lower()}") for name in ("CSV", "Markdown")]
    outputs = [lead, table, *downloads]

    def show(question: str, include: bool, history: Sequence[Any] | None = None) -> tuple[Any, ...]:
        try:
            found = compare(answerer, question, history, include_not_addressed=bool(include))
        except HrcqaError as error:
            return (message_html(str(error)), gr.Dataframe(value=[], headers=TABLE_HEADERS),
                    *(gr.DownloadButton(value=None, interactive=False) for _ in downloads))
        headers, rows = table_rows(found)
        shown = gr.Dataframe(value=rows, headers=headers, column_widths=column_widths(headers))
        return (lead_html(found), shown,
                *(gr.DownloadButton(value=path, interactive=True) for path in export_files(found)))

    # The turns before the chat's question the table was read in ([] for a typed topic), so that
    # the box below re-reads a follow-up ("And France?") in its conversation.
    context = gr.State([])

    def typed(question: str, include: bool) -> tuple[Any, ...]:
        return (*show(question, include), [])

    def toggle(question: str, include: bool, earlier: list) -> tuple[Any, ...]:
        return show(question, include, earlier) if (question or "").strip() else (gr.skip(),) * len(outputs)

    topic.submit(typed, [topic, everyone], [*outputs, context], **OPTIONS)
    everyone.input(toggle, [topic, everyone, context], outputs, **OPTIONS)
    if chat is not None:
        def last_question(history: list | None, include: bool) -> tuple[Any, ...]:
            pairs = history_pairs(history)
            if not pairs:
                return ("", message_html("Ask a question in the chat first."), *(gr.skip(),) * 4)
            return (pairs[-1][0], *show(pairs[-1][0], include, pairs[:-1]), pairs[:-1])

        from_chat.click(last_question, [chat, everyone], [topic, *outputs, context], **OPTIONS)


def _overview(answerer: Answerer, tab: gr.Tab) -> None:
    gr.Markdown("Themes are found in the summary itself (sentence clusters, each named by its most "
                "distinctive phrase); a cell is filled when the speaker addresses the theme as a "
                "who-said answer would list it, darker for closer support. The table below gives "
                "the sentence behind each cell.")
    image = gr.Image(type="filepath", interactive=False, show_label=False, elem_id="hrc-overview-image",
                     buttons=["download", "fullscreen"], format="png")
    theme = gr.Dropdown([ALL_THEMES], value=ALL_THEMES, label="Sentences behind the cells: theme",
                        elem_id="hrc-overview-theme", interactive=True)
    cells = gr.Dataframe(headers=CELL_HEADERS, datatype="str", interactive=False, wrap=True,
                         column_widths=column_widths(CELL_HEADERS), elem_id="hrc-overview-cells",
                         show_label=False, max_height=500)

    def draw() -> tuple[Any, ...]:
        overview, path = overview_picture(answerer)
        choices = [ALL_THEMES, *(t.label for t in overview.themes)]
        return path, gr.Dropdown(choices=choices, value=ALL_THEMES), gr.Dataframe(
            value=cell_rows(overview), headers=CELL_HEADERS)

    def pick(label: str) -> Any:
        return gr.Dataframe(value=cell_rows(overview_picture(answerer)[0], label), headers=CELL_HEADERS)

    tab.select(draw, None, [image, theme, cells], **OPTIONS)
    theme.input(pick, theme, cells, **OPTIONS)

