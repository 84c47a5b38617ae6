"""When to send: a date and time typed by a person (`send --at`, a send-at column), in this computer's time zone.

Accepted: `2026-03-01 09:30`, with seconds, with `/` or `.` between the date's parts, `T` between date and time,
or a date alone (midnight). A spreadsheet cell is kept as the text the user sees, so these are what Excel and
LibreOffice show for a date-time cell in ISO style. Anything else is refused with the expected form, never guessed
(03/04 is March or April depending on who typed it).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from mailmerge.base.errors import MailMergeError

_WHEN = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*")
DEFAULT_LATE_AFTER = timedelta(hours=1)  # a row more overdue than this is skipped as late, not sent


def parse_when(text: str) -> datetime | None:
    """The moment meant, in local time (timezone-aware), or None when the text is not a date and time."""
    found = _WHEN.fullmatch(text)
    if found is None:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in found.groups())
    try:
        return datetime(year, month, day, hour, minute, second).astimezone()
    except ValueError:  # 2026-02-30, 25:00
        return None


def send_at_error(value: str, *, row: int | None, column: str | None) -> MailMergeError:
    where = f"Row {row}: " if row is not None else ""
    return MailMergeError(
        "send_at.not_a_date",
        "{where}{value!r} is not a date and time. Write it as YYYY-MM-DD HH:MM (e.g. 2026-03-01 09:30), or leave "
        "the cell empty to send at once.",
        where=where, value=value, row=row, column=column,
    )


def scheduled_time(text: str, *, now: datetime | None = None) -> datetime:
    """`send --at`: the moment to start, which must still lie ahead."""
    when = parse_when(text)
    if when is None:
        raise MailMergeError(
            "send_at.bad_schedule",
            "--at {value!r} is not a date and time. Write it as \"YYYY-MM-DD HH:MM\" in this computer's time, "
            "e.g. --at \"2026-03-01 09:30\".",
            value=text,
        )
    current = now or datetime.now().astimezone()
    if when <= current:
        raise MailMergeError(
            "send_at.in_the_past",
            "--at {value!r} is in the past (it is {now} now). Choose a later time, or leave --at out to send now.",
            value=text, now=f"{current:%Y-%m-%d %H:%M}",
        )
    return when
