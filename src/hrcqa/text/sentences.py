"""The one sentence splitter of hrcqa: pysbd, English rules, one paragraph at a time.

pysbd keeps abbreviations inside their sentence ("H. E. Mr.", "Ms. A. Smith", "No. 15", "e.V.",
"U.S."), which a regex on full stops does not. `split_sentences` returns character spans, so
callers can map sentences back to offsets. It does not split at line breaks or markdown list
items (callers split lines first where those matter) and does not remove markup.
"""

from __future__ import annotations

import functools
from array import array


@functools.lru_cache(maxsize=1)
def _segmenter():  # noqa: ANN202 - pysbd has no types
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph, whitespace trimmed. A paragraph is split
    once per process: parsing, chunking and the sentence evidence split the same paragraphs.
    The splits of up to `_CACHED` paragraphs of at most `_CACHED_LENGTH` characters are kept, as
    packed offsets: under 70 MB whatever a corpus holds (a summary's take about 200 KB).

    >>> split_sentences("Ms. A. Smith spoke. It was No. 15.")
    [(0, 19), (20, 34)]
    """
    if len(paragraph) > _CACHED_LENGTH:
        return _spans(paragraph)
    offsets = _cached_offsets(paragraph)
    return list(zip(offsets[::2], offsets[1::2], strict=True))


_CACHED, _CACHED_LENGTH = 1024, 10_000


def _spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().segment(paragraph):
        # pysbd's spans can drift on repeated text; locate each sentence from the cursor instead.
        text = piece.sent.strip()
        if not text:
            continue
        start = paragraph.find(text, cursor)
        if start < 0:
            continue
        spans.append((start, start + len(text)))
        cursor = start + len(text)
    return spans


@functools.lru_cache(maxsize=_CACHED)
def _cached_offsets(paragraph: str) -> array:
    """`_spans` as one flat array of offsets (8 bytes a sentence), never handed out."""
    return array("I", [offset for span in _spans(paragraph) for offset in span])


def first_sentence(paragraph: str) -> str:
    """The paragraph up to the end of its first sentence (all of it if it has only one).

    >>> first_sentence("H. E. Mr. Lee of No. 15 spoke. Then Chile.")
    'H. E. Mr. Lee of No. 15 spoke.'
    """
    spans = split_sentences(paragraph)
    return paragraph[: spans[0][1]] if spans else paragraph
