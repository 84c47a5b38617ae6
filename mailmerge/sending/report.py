"""The report of a send run: every original column, then what happened to the row (status, reason, the server's
answer, attempts, when it was sent, its Message-ID) and what came back afterwards (`mailmerge replies`: bounced,
unsubscribed, replied... with the bounce's status code). Written as .xlsx (openpyxl, streaming) or .csv (UTF-8 with a
BOM so Excel shows Korean and Chinese correctly)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from mailmerge.base.errors import UnusableInputError
from mailmerge.sending.journal import Journal, Response, RowRecord, read_responses

RESULT_COLUMNS = ("Row", "Status", "Kind", "Reason", "Server reply", "Attempts", "Sent at (UTC)", "Message-ID",
                  "Response", "Response code", "Response detail")


def report_rows(journal: Journal) -> Iterator[list[str | int]]:
    """The header line, then one line per data row."""
    columns = journal.columns
    responses = read_responses(journal)
    yield [*columns, *RESULT_COLUMNS]
    for record in journal.records():
        values = list(record.values) + [""] * (len(columns) - len(record.values))
        yield [*values, *_result(record), *_response(responses.get(record.row))]


def _response(found: Response | None) -> list[str | int]:
    return [found.kind.value, found.code, found.detail] if found else ["", "", ""]


def _result(record: RowRecord) -> list[str | int]:
    return [
        record.row,
        record.status.value,
        record.kind,
        record.reason,
        record.reply,
        record.attempts,
        record.sent_at,
        record.message_id,
    ]


def write_report(journal: Journal, out: Path) -> int:
    """Write the report; returns the number of data rows written."""
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UnusableInputError(
            "report.format", "Cannot write a report as {name}: name the file .xlsx or .csv.", name=out.name
        )
    try:
        count = _write_xlsx(journal, out) if suffix == ".xlsx" else _write_csv(journal, out)
    except OSError as exc:
        raise UnusableInputError(
            "report.unwritable",
            "Cannot write the report {path}: {error}. Close it if it is open in Excel, or choose another place.",
            path=str(out),
            error=exc.strerror or str(exc),
        ) from exc
    return count


def _write_csv(journal: Journal, out: Path) -> int:
    count = -1
    with out.open("w", newline="", encoding="utf-8-sig") as stream:
        writer = csv.writer(stream)
        for count, line in enumerate(report_rows(journal)):  # noqa: B007 - the last index is the row count
            writer.writerow(line)
    return count


def _write_xlsx(journal: Journal, out: Path) -> int:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Report")
    count = -1
    for count, line in enumerate(report_rows(journal)):  # noqa: B007
        sheet.append(line)
    book.save(out)
    return count
