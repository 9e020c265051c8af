"""Numbers written as words: "nine" is 9, "a dozen" 12, "hundreds" about 200.

Covers the words a summary uses for counts: one to twelve, fifteen, the tens to fifty, "a
hundred", "a thousand", "a dozen", and the vague plurals "dozens", "hundreds" and "thousands",
which get a nominal value so that figures can be compared. Not handled: compound numbers
("twenty-one", "one hundred and five"), ordinals ("third"), or other languages.
"""

from __future__ import annotations

import re

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "a hundred": 100, "a thousand": 1000, "hundred": 100,
    "thousand": 1000, "dozens": 24, "hundreds": 200, "thousands": 2000, "a dozen": 12,
}


def number_words(up_to: int | None = None) -> list[str]:
    """The number words (with a value of at most `up_to`), longest first, for a regex alternation.

    >>> number_words(up_to=3)
    ['three', 'one', 'two']
    """
    words = [w for w, value in NUMBER_WORDS.items() if up_to is None or value <= up_to]
    return sorted(words, key=len, reverse=True)


def words_to_digits(text: str, up_to: int = 10) -> str:
    """The text with each number word of value at most `up_to` written in digits.

    >>> words_to_digits("Nine judges and twelve lawyers")
    '9 judges and twelve lawyers'
    """
    pattern = r"\b(" + "|".join(number_words(up_to)) + r")\b"
    return re.sub(pattern, lambda m: str(NUMBER_WORDS[m.group().lower()]), text, flags=re.I)
