"""The suppression list as a CSV file: exported to keep or share it, imported from another tool or computer.

Columns: `address,reason,added,expires` (a header row; the address column may also be called email or e-mail,
reason and dates may be left out). Reasons: hard_bounce, unsubscribed, complaint, manual, blocked; a blocked
address without an end date is blocked for 14 days. Dates are YYYY-MM-DD or ISO 8601 date-times. The file is read
as contact spreadsheets are (encoding and `,` / `;` / tab detected), so a list saved by Excel reads the same. One
bad line does not spoil the others: it is named, with what to fix, and the good lines are imported.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mailmerge.base.errors import MailMergeError, Problem, UnusableInputError
from mailmerge.compose.addresses import parse_address
from mailmerge.sending.suppression import BLOCKED_DAYS, IMPORT_REASONS, Suppressed
from mailmerge.sheets.contacts import read_text_grid

COLUMNS = ("address", "reason", "added", "expires")
_ADDRESS_HEADERS = ("address", "email", "e-mail", "email address", "e-mail address", "mail")
_FORMULA_PREFIXES = ("=", "+", "-", "@")


@dataclass(frozen=True)
class CsvProblem:
    line: int  # 1-based line of the file
    code: str
    message: str  # in English, with the line: "Line 3: ..."
    problem: Problem  # what is wrong with the line, for a face to word in its language


@dataclass
class CsvImport:
    entries: list[Suppressed] = field(default_factory=list)
    problems: list[CsvProblem] = field(default_factory=list)


def read_suppression_csv(path: Path, *, now: datetime | None = None) -> CsvImport:
    """Every usable line of the file as an entry, and one problem per line that is not usable."""
    now = now or datetime.now(UTC)
    rows = read_text_grid(path)
    header = [cell.strip().lower() for cell in rows[0]] if rows else []
    has_header = any(name in _ADDRESS_HEADERS for name in header)
    where = {name: header.index(name) for name in COLUMNS if name in header} if has_header else {}
    if has_header:
        where["address"] = next(header.index(n) for n in _ADDRESS_HEADERS if n in header)
    else:
        where = {name: i for i, name in enumerate(COLUMNS)}
    result = CsvImport()
    for line, cells in enumerate(rows[1:] if has_header else rows, start=2 if has_header else 1):
        if not any(cell.strip() for cell in cells):
            continue
        try:
            result.entries.append(_entry(cells, where, now))
        except MailMergeError as exc:
            result.problems.append(CsvProblem(line, exc.code, f"Line {line}: {exc}", exc.problem))
    return result


def write_suppression_csv(path: Path, entries: Iterable[Suppressed]) -> int:
    """Write the entries (UTF-8 with BOM so Excel shows accents and CJK right); returns how many."""
    count = 0
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            for entry in sorted(entries, key=lambda e: e.address):
                expires = entry.expires.isoformat(timespec="seconds") if entry.expires else ""
                # a leading ' keeps a spreadsheet from running an address that looks like a formula
                address = f"'{entry.address}" if entry.address.startswith(_FORMULA_PREFIXES) else entry.address
                writer.writerow([address, entry.reason, entry.added.isoformat(timespec="seconds"), expires])
                count += 1
    except OSError as exc:
        raise UnusableInputError(
            "suppression.export_failed",
            "The suppression list could not be written to {path} ({reason}). Choose a folder you may write to.",
            path=str(path), reason=exc.strerror or type(exc).__name__,
        ) from None
    return count


def _entry(cells: list[str], where: dict[str, int], now: datetime) -> Suppressed:
    def cell(name: str) -> str:
        i = where.get(name)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    text = cell("address").removeprefix("'")
    try:
        address = parse_address(text, field="Address").ascii_email.lower()
    except MailMergeError as exc:
        raise MailMergeError(
            "suppression.import_bad_address",
            "{value!r} is not an email address, so the line was skipped: {reason}",
            value=text, reason=exc.params.get("reason", exc.problem),
        ) from None
    reason = cell("reason").lower().replace(" ", "_").replace("-", "_") or "manual"
    if reason not in IMPORT_REASONS:
        raise MailMergeError(
            "suppression.import_bad_reason",
            "the reason {value!r} is not one this app knows ({known}); the line was skipped.",
            value=cell("reason"), known=", ".join(IMPORT_REASONS),
        )
    added = _date(cell("added"), "added") or now
    expires = _date(cell("expires"), "expires")
    if reason == "blocked" and expires is None:
        expires = now + timedelta(days=BLOCKED_DAYS)
    return Suppressed(address, reason, added, expires)


def _date(text: str, column: str) -> datetime | None:
    if not text:
        return None
    try:
        found = datetime.fromisoformat(text)
    except ValueError:
        raise MailMergeError(
            "suppression.import_bad_date",
            "the {column} date {value!r} is not a date; write it as YYYY-MM-DD. The line was skipped.",
            column=column, value=text,
        ) from None
    return found if found.tzinfo else found.replace(tzinfo=UTC)
