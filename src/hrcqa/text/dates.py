"""Dates as the summaries write them: "19 September 2025", from an ISO date in the metadata.

Month names are spelled out here rather than with `strftime("%B")`, which follows the process
locale, and the day has no leading zero without `%-d`, which only glibc knows. Only full ISO
dates (`YYYY-MM-DD`) are read; other languages and date ranges are not handled.
"""

from __future__ import annotations

import datetime

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
