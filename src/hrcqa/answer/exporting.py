"""The positions table and the meeting overview as files: CSV, Markdown and a PNG heatmap.

    table_csv(table)          # one line per row, every citation field: speaker, kind, ¶, offsets
    table_markdown(table)     # a section per kind, each quote verbatim with its [n] and source
    overview_png(overview, Path("overview.png"))

Pure text formatting of `PositionsTable` and `Overview` (the PNG is drawn by matplotlib, imported
when called, with the Agg backend: no display needed). Nothing here scores or chooses sentences.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from hrcqa.answer.overview import Overview
from hrcqa.answer.positions import PositionRow, PositionsTable
from hrcqa.text.grammar import kind_heading

CSV_FIELDS = ["n", "kind", "speaker", "statement_id", "order", "addressed", "support", "figure", "quote",
              "paragraph", "document_id", "start", "end", "spans", "passage_id"]
NOT_ADDRESSED = "not addressed"


def csv_record(row: PositionRow) -> dict[str, object]:
    """A row as `CSV_FIELDS`; `spans` is "start-end" pieces joined by ";"."""
    cited = row.citation
    return {"n": cited.n if cited else "", "kind": row.kind, "speaker": row.speaker,
            "statement_id": row.statement_id, "order": row.order, "addressed": row.addressed,
            "support": row.support, "figure": row.figure or "", "quote": cited.quote if cited else "",
            "paragraph": row.paragraph or "", "document_id": cited.document_id if cited else "",
            "start": cited.start if cited else "", "end": cited.end if cited else "",
            "spans": ";".join(f"{s.start}-{s.end}" for s in cited.spans) if cited else "",
            "passage_id": cited.passage_id if cited else ""}


def table_csv(table: PositionsTable) -> str:
    """The table as CSV with a header line (`CSV_FIELDS`), rows in table order."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_record(row) for row in table.rows)
    return out.getvalue()


def _cell(text: object) -> str:
    """Text safe in a Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|")


def source(row: PositionRow) -> str:
    """Where a row's quote is: "hrc60-belarus ¶35, 32496–32601" ("" for a row not addressed)."""
    cited = row.citation
    if not cited:
        return ""
    paragraph = f" ¶{row.paragraph}" if row.paragraph else ""
    return f"{cited.document_id}{paragraph}, {cited.start}–{cited.end}"


def says(row: PositionRow) -> str:
    """What a row says: its quote, verbatim in quotation marks, with its [n]; or "not addressed"."""
    return f"“{row.citation.quote}” [{row.citation.n}]" if row.citation else NOT_ADDRESSED


def table_markdown(table: PositionsTable) -> str:
    """The table as Markdown: a heading, how many speakers address the topic, then one table
    per kind (speaker, figure for a figure question, the quote with its [n], its source)."""
    figures = table.question_type == "figure"
    head = ["Speaker", *(["Figure"] if figures else []), "Says", "Source (document ¶, characters)"]
    blocks = [f"# Who said what: {_cell(table.topic)}",
              f"{_cell(table.resolved_question)} — {len(table.addressed)} of {table.speakers} "
              "speakers address it."]
    for kind in dict.fromkeys(row.kind for row in table.rows):
        rows = [row for row in table.rows if row.kind == kind]
        lines = [f"## {kind_heading(kind, len(rows))} ({len(rows)})", "",
                 "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        for row in rows:
            cells = [row.speaker, *([row.figure or ""] if figures else []), says(row), source(row)]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def overview_png(overview: Overview, path: Path, dpi: int = 110) -> Path:
    """Draw the overview as a heatmap PNG at `path`: speakers (rows, grouped by kind) by themes
    (columns), a cell coloured by its support where the speaker addresses the theme."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matrix = overview.matrix()
    rows, columns = matrix.shape
    figure, axis = plt.subplots(figsize=(3.8 + 0.55 * columns, 1.6 + 0.27 * rows), dpi=dpi)
    axis.set_facecolor("#f3f4f6")
    low = float(np.nanmin(matrix)) if np.isfinite(matrix).any() else 0.0
    image = axis.imshow(matrix, cmap="YlGnBu", aspect="auto", vmin=math.floor(low * 10) / 10,
                        interpolation="nearest")
    axis.set_xticks(range(columns), [theme.label for theme in overview.themes], rotation=40,
                    ha="right", fontsize=8)
    axis.set_yticks(range(rows), [_short(row.speaker) for row in overview.rows], fontsize=7)
    axis.tick_params(which="both", length=0)
    axis.set_xticks([x - 0.5 for x in range(1, columns)], minor=True)
    axis.set_yticks([y - 0.5 for y in range(1, rows)], minor=True)
    axis.grid(which="minor", color="white", linewidth=0.6)
    for boundary, label in _kind_bands([row.kind for row in overview.rows]):
        axis.axhline(boundary - 0.5, color="#374151", linewidth=1.2)
        axis.text(columns - 0.45, boundary - 0.35, label, fontsize=7, va="top", ha="left", color="#374151")
    axis.set_title(f"Who addressed what: {overview.title}", fontsize=9, loc="left", wrap=True)
    figure.colorbar(image, ax=axis, fraction=0.035, pad=0.16, label="support (blank: not addressed)")
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return path


def _short(name: str, limit: int = 38) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"


def _kind_bands(kinds: Sequence[str]) -> list[tuple[int, str]]:
    """(first row, label) of each run of one kind, e.g. (0, "States")."""
    bands = [(i, kind) for i, kind in enumerate(kinds) if i == 0 or kinds[i - 1] != kind]
    return [(i, kind_heading(kind, 2)) for i, kind in bands]
