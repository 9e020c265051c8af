"""Dates as the summaries write them: "19 September 2025", from an ISO date in the metadata.

Month names are spelled out here rather than with `strftime("%B")`, which follows the process
locale, and the day has no leading zero without `%-d`, which only glibc knows. Only full ISO
dates (`YYYY-MM-DD`) are read; other languages and date ranges are not handled.
"""

from __future__ import annotations

import datetime
import re

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def long_date(iso: str) -> str | None:
    """"19 September 2025" for "2025-09-19"; None if the value is not an ISO date.

    >>> long_date("2025-09-01"), long_date("September 2025")
    ('1 September 2025', None)
    """
    try:
        day = datetime.date.fromisoformat(str(iso))
    except ValueError:
        return None
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# A month named in a question, whatever its case, save "may", which is a month only as "May"
_MONTH_NAMED = re.compile(r"\b(?:(?i:" + "|".join(m for m in MONTHS if m != "May") + r")|May)\b")


def periods(text: str) -> set[str]:
    """The years and months a text names, lower-cased: what "in August", "since the March session"
    or "in 2024" date.

    >>> sorted(periods("new imprisonments in august 2025, and may they stop"))
    ['2025', 'august']
    """
    return {m.lower() for m in re.findall(r"\b(?:19|20)\d\d\b", text) + _MONTH_NAMED.findall(text)}
