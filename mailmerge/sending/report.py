"""The report of a send run: every original column, then what happened to the row (status, reason, the server's
answer, attempts, when it was sent, its Message-ID) and what came back afterwards (`mailmerge replies`: bounced,
unsubscribed, replied... with the bounce's status code). Written as .xlsx (openpyxl, streaming) or .csv (UTF-8 with a
BOM so Excel shows Korean and Chinese correctly).

Cells hold what spreadsheets and servers sent, which may be hostile: a cell beginning with `=` must not become a live
formula when the report is opened. In .xlsx every text is written as a text cell (never a formula), without control
characters (the file format cannot hold most of them). In .csv, which has no cell types, a text beginning with
`= + - @`, a tab or a carriage return gets a leading apostrophe (`'=1+1`), as spreadsheet programs advise; a plain
number such as `-5` or `+3.5` stays as it is.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from mailmerge.base.errors import UnusableInputError
from mailmerge.base.text import printable
from mailmerge.sending.journal import Journal, Response, RowRecord, read_responses

RESULT_COLUMNS = ("Row", "Status", "Kind", "Reason", "Server reply", "Attempts", "Sent at (UTC)", "Message-ID",
                  "Response", "Response code", "Response detail")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


# A row's reason as the report says it: the journal's English sentence (the command line's report, which scripts
# read), or a face's words for it (the window's report, in its reader's language).
ReasonWords = Callable[[RowRecord], str]


def _english(record: RowRecord) -> str:
    return record.reason


def report_rows(journal: Journal, reason: ReasonWords = _english) -> Iterator[list[str | int]]:
    """The header line, then one line per data row."""
    columns = journal.columns
    responses = read_responses(journal)
    yield [*columns, *RESULT_COLUMNS]
    for record in journal.records():
        values = list(record.values) + [""] * (len(columns) - len(record.values))
        yield [*values, *_result(record, reason), *_response(responses.get(record.row))]


def _response(found: Response | None) -> list[str | int]:
    return [found.kind.value, found.code, found.detail] if found else ["", "", ""]


def _result(record: RowRecord, reason: ReasonWords) -> list[str | int]:
    return [
        record.row,
        record.status.value,
        record.kind,
        reason(record),
        record.reply,
        record.attempts,
        record.sent_at,
        record.message_id,
    ]


def write_report(journal: Journal, out: Path, reason: ReasonWords = _english) -> int:
    """Write the report; returns the number of data rows written. `reason` words each row's reason."""
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UnusableInputError(
            "report.format", "Cannot write a report as {name}: name the file .xlsx or .csv.", name=out.name
        )
    try:
        rows = report_rows(journal, reason)
        count = _write_xlsx(rows, out) if suffix == ".xlsx" else _write_csv(rows, out)
    except OSError as exc:
        raise UnusableInputError(
            "report.unwritable",
            "Cannot write the report {path}: {error}. Close it if it is open in Excel, or choose another place.",
            path=str(out),
            error=exc.strerror or str(exc),
        ) from exc
    return count


def csv_safe(value: str | int) -> str | int:
    """A text no spreadsheet program reads as a formula when it opens the CSV."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _write_csv(rows: Iterator[list[str | int]], out: Path) -> int:
    count = -1
    # errors="replace": text SQLite kept but UTF-8 cannot encode (a lone surrogate) must not stop the report.
    with out.open("w", newline="", encoding="utf-8-sig", errors="replace") as stream:
        writer = csv.writer(stream)
        for count, line in enumerate(rows):  # noqa: B007 - the last index is the row count
            writer.writerow([csv_safe(value) for value in line])
    return count


def _write_xlsx(rows: Iterator[list[str | int]], out: Path) -> int:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Report")

    def cell(value: str | int) -> object:
        if not isinstance(value, str):
            return value
        text = WriteOnlyCell(sheet, printable(value))
        text.data_type = "s"  # openpyxl makes any text beginning with "=" a formula
        return text

    count = -1
    for count, line in enumerate(rows):  # noqa: B007
        sheet.append([cell(value) for value in line])
    book.save(out)
    return count
