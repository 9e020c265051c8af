"""The meeting overview: which speakers addressed which themes, the themes found in the corpus.

    overview = meeting_overview(answerer)    # computed on first call, then cached per answerer
    [theme.label for theme in overview.themes], overview.rows[0].cells[0].citations

Themes are found as BERTopic finds topics, from the index alone, with no list of topics:

1. every sentence's vector (the mean of its own and its context window's, as `hrcqa build`
   stored them) is clustered by Ward linkage (`sentence_clusters`, deterministic, about
   sqrt(n) / 1.5 clusters for n sentences);
2. each cluster is labelled with its two most distinctive noun phrases by class-based TF-IDF,
   a cluster being a class (`hrcqa.text.phrases`): multi-word phrases first, each used by
   several of the cluster's speakers, none sharing a word with another theme's label
   (`cluster_themes`). A cluster with no such phrase (one speaker's closing remarks), or whose
   best phrase repeats a bigger cluster's theme, adds none.

A cell is then the answering stage's own verdict: the theme's column is the positions table
(`hrcqa.answer.positions.compare`) for its label, so a cell is filled when the who-said answer
about that theme would list the speaker, with its support as the value and the quoted sentence
as its citation. It does not draw the picture (`hrcqa.answer.exporting.overview_png`).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
from pydantic import BaseModel, ConfigDict

from hrcqa.answer.composing import KIND_ORDER, display_name
from hrcqa.answer.positions import PositionsTable, compare
from hrcqa.corpus.chunking import Sentence
from hrcqa.errors import QueryError
from hrcqa.models import Citation, Kind, Statement
from hrcqa.text.phrases import Phrase, phrase_counts, salient
from hrcqa.text.tokenize import tokenize

if TYPE_CHECKING:
    from hrcqa.answer.answerer import Answerer

MAX_THEMES = 12
LABELS_PER_CLUSTER = 2  # a big cluster often joins two themes (the death penalty, aggression)


class Theme(BaseModel):
    """A theme: its label (a noun phrase of the corpus) and the size of its sentence cluster."""

    model_config = ConfigDict(frozen=True)

    label: str
    sentences: int
    statements: int


class OverviewCell(BaseModel):
    """One speaker on one theme: addressed or not, the support, and the sentence behind it."""

    model_config = ConfigDict(frozen=True)

    theme: str
    addressed: bool
    support: float
    paragraph: int | None = None  # the ¶ number of the cited sentence in its summary
    citations: list[Citation] = []


class OverviewRow(BaseModel):
    """One speaker's cells, one per theme in `Overview.themes` order."""

    model_config = ConfigDict(frozen=True)

    kind: Kind
    speaker: str
    statement_id: str
    order: int
    cells: list[OverviewCell]


class Overview(BaseModel):
    """Speakers (grouped by kind, in speaking order) by themes."""

    model_config = ConfigDict(frozen=True)

    title: str
    themes: list[Theme]
    rows: list[OverviewRow]

    def matrix(self) -> np.ndarray:
        """Support of each (speaker, theme) cell that is addressed, NaN elsewhere."""
        return np.array([[cell.support if cell.addressed else np.nan for cell in row.cells]
                         for row in self.rows], dtype=float).reshape(len(self.rows), len(self.themes))


def cluster_count(sentences: int) -> int:
    """How many clusters to cut `sentences` sentences into: sqrt(n) / 1.5, from 3 to 16.

    >>> cluster_count(340), cluster_count(62), cluster_count(5)
    (12, 5, 3)
    """
    return int(min(16, max(3, round(math.sqrt(sentences) / 1.5))))


def sentence_clusters(vectors: np.ndarray, count: int) -> np.ndarray:
    """A cluster number for each row of `vectors` (Ward linkage on the normalised vectors),
    numbered in the order the clusters first appear; fewer rows than `count`: one each."""
    from scipy.cluster.hierarchy import fcluster, linkage

    if len(vectors) <= count:
        return np.arange(len(vectors))
    normed = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    labels = fcluster(linkage(normed, "ward"), count, "maxclust")
    first = {label: number for number, label in enumerate(dict.fromkeys(labels.tolist()))}
    return np.array([first[label] for label in labels.tolist()])


def cluster_themes(sentences: Sequence[Sentence], clusters: np.ndarray, limit: int = MAX_THEMES
                   ) -> list[Theme]:
    """Up to `LABELS_PER_CLUSTER` labels for each cluster of sentences (see the module
    docstring), biggest cluster first (by speakers, then sentences). A cluster whose best label
    shares a word with an earlier theme repeats it and is left out, as is one with no label."""
    members: dict[int, list[Sentence]] = {}
    for sentence, cluster in zip(sentences, clusters.tolist(), strict=True):
        members.setdefault(cluster, []).append(sentence)
    table = phrase_counts((str(cluster), s.text) for cluster, group in members.items() for s in group)
    class_words = sum(len(tokenize(s.text)) for s in sentences) / max(len(members), 1)
    ranked = sorted(members.items(), key=lambda item: (-len({s.statement_id for s in item[1]}),
                                                        -len(item[1]), item[0]))
    themes: list[Theme] = []
    chosen: list[Phrase] = []
    for cluster, group in ranked:
        fit = _shared_phrases(table, group)
        labels = [salient(fit, [str(cluster)], class_words)]
        if labels[0] is None or any(set(labels[0].key) & set(p.key) for p in chosen):
            continue
        for _ in range(LABELS_PER_CLUSTER - 1):
            labels.append(salient(fit, [str(cluster)], class_words, avoid=[*chosen, *labels]))
        for label in [label for label in labels if label is not None]:
            chosen.append(label)
            themes.append(Theme(label=label.text, sentences=len(group),
                                statements=len({s.statement_id for s in group})))
    return themes[:limit]


def _shared_phrases(table: Sequence[Phrase], group: Sequence[Sentence]) -> list[Phrase]:
    """The phrases of `table` that several speakers of `group` use: two for a phrase of several
    words, three for a single word, which alone names a theme less surely ("members")."""
    speakers = {p.key: len(p.counts) for p in phrase_counts((s.statement_id, s.text) for s in group)}
    return [p for p in table if speakers.get(p.key, 0) >= (2 if p.words > 1 else 3)]


def build_overview(title: str, themes: Sequence[Theme], tables: Sequence[PositionsTable],
                   statements: Mapping[str, Statement]) -> Overview:
    """The overview from each theme's positions table (`tables[i]` for `themes[i]`): every
    statement a row, grouped by kind in speaking order; themes nobody addresses left out."""
    kept = [(theme, table) for theme, table in zip(themes, tables, strict=True) if table.addressed]
    rows_of = [{row.statement_id: row for row in table.rows} for _, table in kept]
    order = {sid: number for number, sid in enumerate(statements, 1)}
    rows = []
    for kind in KIND_ORDER:
        for sid in [sid for sid in statements if statements[sid].kind == kind]:
            cells = []
            for (theme, _), by_id in zip(kept, rows_of, strict=True):
                row = by_id.get(sid)
                cells.append(OverviewCell(theme=theme.label, addressed=bool(row and row.addressed),
                                          support=row.support if row else -1.0,
                                          paragraph=row.paragraph if row else None,
                                          citations=[row.citation] if row and row.citation else []))
            rows.append(OverviewRow(kind=kind, speaker=display_name(statements[sid]), statement_id=sid,
                                    order=order[sid], cells=cells))
    return Overview(title=title, themes=[theme for theme, _ in kept], rows=rows)


@functools.lru_cache(maxsize=4)
def meeting_overview(answerer: Answerer) -> Overview:
    """The overview of the answerer's index, computed on the first call for that answerer (a
    few hundred milliseconds: one topic encoding per theme) and cached; never at start-up.

    >>> from hrcqa.answer.answerer import Answerer
    >>> overview = meeting_overview(Answerer(retriever))
    >>> "political prisoners" in [theme.label for theme in overview.themes]
    True
    """
    bank = answerer.bank
    clusters = sentence_clusters((bank.vectors + bank.context_vectors) / 2, cluster_count(len(bank)))
    themes, tables = [], []
    for theme in cluster_themes(bank.sentences, clusters):
        try:
            tables.append(compare(answerer, theme.label, include_not_addressed=True))
        except QueryError:  # a label read as a question about the meeting is no topic
            continue
        themes.append(theme)
    title = "; ".join(d.title or d.id for d in answerer.documents) or "Meeting overview"
    return build_overview(title, themes, tables, answerer.statements)
