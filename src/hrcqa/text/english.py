"""The general English word list: symspellpy's 82,765-word frequency list, read as a plain word
list (lower-case). Spelling correction leaves these words alone, and names that are also English
words ("Island", German for Iceland) are not taken as names.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from hrcqa.errors import ConfigError

ENGLISH_WORDS = ("symspellpy", "frequency_dictionary_en_82_765.txt")


@functools.cache
def english_words() -> frozenset[str]:
    """The general English word list (lower-case), shipped by symspellpy; read once.

    >>> {"banana", "yesterday", "committee"} <= english_words(), "comittee" in english_words()
    (True, False)
    """
    return frozenset(english_frequencies())


@functools.cache
def english_frequencies() -> dict[str, int]:
    """Each word of the list with its count in symspellpy's English corpus; read once.

    >>> english_frequencies()["charities"] > 0, "charites" in english_frequencies()
    (True, False)
    """
    spec = importlib.util.find_spec(ENGLISH_WORDS[0])  # found, not imported (36 ms saved)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("symspellpy is not installed; `pip install symspellpy` (its English word list)")
    path = Path(spec.submodule_search_locations[0]) / ENGLISH_WORDS[1]
    text = path.read_text(encoding="utf-8")
    lines = (line.partition(" ") for line in text.splitlines() if line)
    return {word: int(count) for word, _, count in lines}
