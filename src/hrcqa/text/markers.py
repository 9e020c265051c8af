"""The `[n]` citation markers of an answer: the one pattern, and the numbers it finds.

An answer cites its sources as `[1]`, `[2][3]`; `Answer.citations[n-1]` is what `[n]` points at.
This module only finds markers; it does not check that a citation exists for each (that is the
answering and evaluation stages' job), and it does not read footnote markers (`text.markup`).
"""

from __future__ import annotations

import re

MARKER = re.compile(r"\[(\d+)\]")


def marker_numbers(text: str) -> list[int]:
    """The numbers of the `[n]` markers in a text, in order, repeats included.

    >>> marker_numbers("Malta agrees [1]; so do Chile [2][3] and Peru [1]. Not [x] or [ 4].")
    [1, 2, 3, 1]
    """
    return [int(number) for number in MARKER.findall(text)]
