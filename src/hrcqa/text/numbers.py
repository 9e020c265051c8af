"""Numbers written as words: "nine" is 9, "a dozen" 12, "hundreds" about 200.

Covers the words a summary uses for counts: one to twelve, fifteen, the tens to fifty, "a
hundred", "a thousand", "a dozen", and the vague plurals "dozens", "hundreds" and "thousands",
which get a nominal value so that figures can be compared. Not handled here: compound numbers
("twenty-one", "one hundred and five"), ordinals ("third"), or other languages.

`spoken_numbers` writes the numbers a question spells out as a speaker says them ("fifty two",
"article nineteen", "twenty twenty four") in digits, with text2num (MIT), so that they meet the
summary's "52", "Article 19" and "2024". Small numbers (up to twelve), "a hundred" and the vague
plurals stay words: the summary writes those as words too ("four years", "hundreds of NGOs").
`shorthand_numbers` writes chat's thousands ("600k", "1.1k") in full.
"""

from __future__ import annotations

import re

from text_to_num import alpha2digit

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


_SPOKEN = re.compile(r"\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                     r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
                     r"seventy|eighty|ninety|hundred|thousand|million)(?:[\s-]+(?:and[\s-]+)?(?=(?:one|two|"
                     r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                     r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                     r"ninety|hundred|thousand|million)\b))?)+\b(?!s\b)", re.I)
_SMALL = frozenset(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve"))
_YEAR = re.compile(r"^(19|20) (\d\d)$")


def spoken_numbers(text: str) -> str:
    """The text with each number spelt out as spoken written in digits: several number words
    together, or one above twelve. A year said in two halves is one year.

    >>> spoken_numbers("the fifty two that got out, article nineteen, in twenty twenty four")
    'the 52 that got out, article 19, in 2024'
    >>> spoken_numbers("four years, hundreds of NGOs, a hundred people, one of them, ten years")
    'four years, hundreds of NGOs, a hundred people, one of them, ten years'
    >>> spoken_numbers("article three hundred and sixty one")
    'article 361'
    """
    def digits(match: re.Match[str]) -> str:
        words = re.split(r"[\s-]+", match.group().lower())
        if len(words) == 1 and words[0] in _SMALL | {"hundred", "thousand", "million"}:
            return match.group()
        if words[0] in ("hundred", "thousand", "million"):  # "a hundred and fifty": left as it is
            return match.group()
        written = alpha2digit(match.group(), "en")
        year = _YEAR.match(written)
        return f"{year[1]}{year[2]}" if year else written
    return _SPOKEN.sub(digits, text)


_THOUSANDS = re.compile(r"(?<![\w.,])(?P<number>\d{1,3}(?:\.\d{1,3})?)\s?[kK](?![\w'’-])")


def shorthand_numbers(text: str) -> str:
    """The text with each number of thousands typed as "k" written in full, as the summaries
    write numbers ("600,000"), so that it meets them.

    >>> shorthand_numbers("600k forced into exile, 1.1k still held, K-pop, 5 kids")
    '600,000 forced into exile, 1,100 still held, K-pop, 5 kids'
    """
    return _THOUSANDS.sub(lambda m: f"{round(float(m.group('number')) * 1000):,}", text)
