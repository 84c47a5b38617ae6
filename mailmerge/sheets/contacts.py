"""Read a contact list (xlsx, xlsm, xls, ods, csv, tsv, txt) into a `ContactTable` of plain text.

Every cell becomes the text a person sees in the spreadsheet: IDs keep their leading zeros, a whole number typed as
a number shows as "1" (not "1.0"), dates show as "2024-03-05" and empty cells are "" (never "nan"). Workbooks are
read with python-calamine directly rather than through pandas: it hands back typed cells (str / float / date / ...)
that we turn into text ourselves, which is both exact and quick (100k x 12 in a few seconds).
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from mailmerge.base.errors import MailMergeError, UnusableInputError

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
SUPPORTED = ".xlsx, .xlsm, .xls, .ods, .csv, .tsv or .txt"

# The header is looked for among the first rows only: title blocks above a table are a few lines long.
_HEADER_SEARCH_ROWS = 20
_DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 64 * 1024

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
# A password-protected xlsx is an OLE container holding an "EncryptionInfo" stream (names are UTF-16LE).
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_HTML_START = re.compile(rb"^\s*<(!doctype html|html|table|\?xml)", re.IGNORECASE)
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook


@dataclass(frozen=True)
class ContactTable:
    source: Path
    sheet: str | None  # None for CSV/TSV/TXT
    header_row: int  # 1-based row in the sheet/file where the column names were
    columns: tuple[str, ...]  # trimmed, blanks -> "Column 3", duplicates -> "email (2)"
    rows: tuple[tuple[str, ...], ...]  # every cell as the text a person sees; "" for empty

    def __len__(self) -> int:
        return len(self.rows)

    def row_dict(self, row: int) -> dict[str, str]:
        """Column name -> cell text for a 1-based data row."""
        if not 1 <= row <= len(self.rows):
            raise MailMergeError(
                "contacts.no_such_row",
                "Row {row} does not exist in {file}: it has rows 1 to {count}; choose a row in that range.",
                row=row,
                file=self.source.name,
                count=len(self.rows),
            )
        return dict(zip(self.columns, self.rows[row - 1], strict=True))


def list_sheets(path: Path) -> list[str]:
    """Names of the worksheets a user can choose from; [] for CSV/TSV/TXT files."""
    if _suffix(path) in TEXT_SUFFIXES or _workbook_kind(path) == "text":
        return []
    workbook = _open_workbook(path)
    try:
        return _worksheet_names(workbook)
    finally:
        workbook.close()


def read_contacts(path: Path, *, sheet: str | None = None, header_row: int | None = None) -> ContactTable:
    """Read every row of `path` as text; raise UnusableInputError with one plain sentence if it can't be used."""
    suffix = _suffix(path)
    if suffix in WORKBOOK_SUFFIXES and _workbook_kind(path) != "text":
        sheet_name, grid, row_base, col_base = _read_workbook(path, sheet)
    else:
        sheet_name, grid, row_base, col_base = None, _read_text(path), 0, 0
    return _build_table(path, sheet_name, grid, row_base, col_base, header_row)


# ---------------------------------------------------------------- files and their kinds


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES | TEXT_SUFFIXES:
        raise UnusableInputError(
            "contacts.unsupported_type",
            "{file} is not a file type Mail Merge can read; save your contact list as {supported} and open that.",
            file=path.name,
            path=str(path),
            supported=SUPPORTED,
        )
    return suffix


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read() if limit is None else handle.read(limit)
    except FileNotFoundError:
        raise UnusableInputError(
            "contacts.not_found",
            "{file} was not found; check that the file still exists in {folder} and choose it again.",
            file=path.name,
            folder=str(path.parent),
            path=str(path),
        ) from None
    except IsADirectoryError:
        raise UnusableInputError(
            "contacts.is_folder", "{file} is a folder; choose the contact list file inside it.", file=path.name
        ) from None
    except OSError as exc:
        # Most often the file is open and locked in Excel (Windows) or has no read permission.
        raise UnusableInputError(
            "contacts.unreadable",
            "{file} could not be opened ({reason}); close it in other programs, check you may read it, and try again.",
            file=path.name,
            path=str(path),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    if limit is None and not data.strip():
        raise _empty_file(path)
    return data


def _empty_file(path: Path) -> UnusableInputError:
    return UnusableInputError(
        "contacts.empty_file",
        "{file} is empty; open the file that holds your contacts, or add a header row and contacts to it.",
        file=path.name,
        path=str(path),
    )


def _workbook_kind(path: Path) -> str:
    """What a workbook-named file really holds: "zip", "ole" or "text" (systems often export text as ".xls")."""
    head = _read_bytes(path, 4096)
    if not head.strip():
        raise _empty_file(path)
    if head.startswith(_ZIP_MAGIC):
        _check_zip_is_spreadsheet(path)
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.startswith(b"%PDF"):
        raise _not_a_spreadsheet(path, "a PDF document")
    if _HTML_START.match(head):
        raise UnusableInputError(
            "contacts.web_page",
            "{file} is a web page saved with a spreadsheet name; open it in Excel or LibreOffice, "
            "save it as .xlsx or .csv, and open that file instead.",
            file=path.name,
            path=str(path),
        )
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or not _BINARY_BYTES.search(head):
        return "text"
    raise _not_a_spreadsheet(path, "a different kind of file")


def _check_zip_is_spreadsheet(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise _corrupt(path) from None
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names or "content.xml" in names:
        return
    if any(name.startswith("word/") for name in names):
        raise _not_a_spreadsheet(path, "a Word document")
    if any(name.startswith("ppt/") for name in names):
        raise _not_a_spreadsheet(path, "a PowerPoint presentation")
    raise _not_a_spreadsheet(path, "a compressed (zip) file")


def _not_a_spreadsheet(path: Path, what: str) -> UnusableInputError:
    return UnusableInputError(
        "contacts.not_a_spreadsheet",
        "{file} is {what}, not a spreadsheet, even though its name ends in {suffix}; "
        "open your contact list in Excel or LibreOffice and save it as {supported}.",
        file=path.name,
        path=str(path),
        what=what,
        suffix=path.suffix,
        supported=SUPPORTED,
    )


def _corrupt(path: Path) -> UnusableInputError:
    return UnusableInputError(
        "contacts.corrupt",
        "{file} is damaged or incomplete and could not be read; open it in Excel or LibreOffice, "
        "save a new copy, and open that copy.",
        file=path.name,
        path=str(path),
    )


# ---------------------------------------------------------------- workbooks


def _open_workbook(path: Path) -> CalamineWorkbook:
    import python_calamine

    try:
        # from_filelike detects the real format from the content, so an .ods named .xlsx still opens.
        with path.open("rb") as handle:
            return python_calamine.CalamineWorkbook.from_filelike(handle)
    except python_calamine.PasswordError:
        raise _encrypted(path) from None
    except (python_calamine.CalamineError, ValueError, OSError):
        if _read_bytes(path, 8) == _OLE_MAGIC and _ENCRYPTION_STREAM in _read_bytes(path):
            raise _encrypted(path) from None
        raise _corrupt(path) from None


def _encrypted(path: Path) -> UnusableInputError:
    return UnusableInputError(
        "contacts.encrypted",
        "{file} is protected with a password; open it in Excel or LibreOffice, remove the password "
        "(or save a copy without one), and open that copy.",
        file=path.name,
        path=str(path),
    )


def _worksheet_names(workbook: CalamineWorkbook) -> list[str]:
    from python_calamine import SheetTypeEnum

    return [meta.name for meta in workbook.sheets_metadata if meta.typ == SheetTypeEnum.WorkSheet]


def _read_workbook(path: Path, sheet: str | None) -> tuple[str, list[list[str]], int, int]:
    import python_calamine

    workbook = _open_workbook(path)
    try:
        names = _worksheet_names(workbook)
        if sheet is not None and sheet not in names:
            raise UnusableInputError(
                "contacts.unknown_sheet",
                '{file} has no sheet named "{sheet}"; choose one of its sheets: {sheets}.',
                file=path.name,
                path=str(path),
                sheet=sheet,
                sheets=", ".join(names),
            )
        for name in [sheet] if sheet is not None else _default_sheet_order(workbook, names):
            try:
                data = workbook.get_sheet_by_name(name)
                cells = data.to_python(skip_empty_area=True)
            except python_calamine.CalamineError:
                raise _corrupt(path) from None
            grid = [[_cell_text(value) for value in row] for row in cells]
            if any(any(row) for row in grid):
                start_row, start_col = data.start or (0, 0)
                return name, grid, start_row, start_col
        if sheet is not None:
            raise UnusableInputError(
                "contacts.empty_sheet",
                'The sheet "{sheet}" in {file} is empty; choose the sheet that holds your contacts ({sheets}).',
                file=path.name,
                path=str(path),
                sheet=sheet,
                sheets=", ".join(names),
            )
        raise UnusableInputError(
            "contacts.empty_workbook",
            "Every sheet in {file} is empty; add a header row and your contacts, save, and open it again.",
            file=path.name,
            path=str(path),
        )
    finally:
        workbook.close()


def _default_sheet_order(workbook: CalamineWorkbook, names: list[str]) -> list[str]:
    """Visible sheets first: a hidden sheet is usually a lookup table, not the contact list."""
    from python_calamine import SheetVisibleEnum

    visible = {m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible}
    return sorted(names, key=lambda name: name not in visible)


def _cell_text(value: object) -> str:
    """The text Excel/LibreOffice shows for a cell in the General format."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    return str(value)  # durations and anything newer calamine may return


def _number_text(value: float) -> str:
    if value.is_integer():
        return str(int(value))
    if not math.isfinite(value):
        return ""
    # 15 significant digits is what spreadsheets display: 0.1 + 0.2 shows as 0.3.
    return f"{value:.15g}"


# ---------------------------------------------------------------- delimited text


def read_text_grid(path: Path) -> list[list[str]]:
    """The cells of a CSV/TSV/text file as the contact reader sees them (encoding and delimiter detected), for
    other lists people keep in spreadsheets (the suppression list)."""
    return _read_text(path)


def _read_text(path: Path) -> list[list[str]]:
    text = _decode(path, _read_bytes(path))
    delimiter = _sniff_delimiter(text, preferred="\t" if path.suffix.lower() == ".tsv" else ",")
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UnusableInputError(
            "contacts.malformed_text",
            "{file} could not be split into columns ({reason}); open it in a spreadsheet program, "
            "save it as .xlsx or .csv, and open that file.",
            file=path.name,
            path=str(path),
            reason=str(exc),
        ) from None


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict_decode(path, data, "utf-16")
    if _BINARY_BYTES.search(data, 0, 4096):
        raise _not_a_spreadsheet(path, "a binary (non-text) file")
    try:
        # Strict UTF-8 first: it is the common case, and much quicker than detection.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _detect_and_decode(path, data)


def _strict_decode(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _unknown_encoding(path) from None


def _detect_and_decode(path: Path, data: bytes) -> str:
    import charset_normalizer

    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        raise _unknown_encoding(path)
    # Short Western-European files fit several single-byte code pages equally well; Windows' own (cp1252)
    # is by far the likeliest source of such a CSV, so it wins a tie.
    for match in results:
        if match.chaos <= best.chaos and match.coherence >= best.coherence and "cp1252" in match.could_be_from_charset:
            return _strict_decode(path, data, "cp1252")
    return str(best)


def _unknown_encoding(path: Path) -> UnusableInputError:
    return UnusableInputError(
        "contacts.unknown_encoding",
        "The text encoding of {file} could not be recognised; open it in a spreadsheet program and save it as "
        '"CSV UTF-8" (or .xlsx), then open that file.',
        file=path.name,
        path=str(path),
    )


def _sniff_delimiter(text: str, *, preferred: str) -> str:
    """The delimiter that splits the first lines into the most rows of the same width (ties: `preferred`)."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    candidates = sorted(_DELIMITERS, key=lambda d: d != preferred)
    best, best_score = preferred, (0, 0)
    for delimiter in candidates:
        try:
            widths = Counter(
                len(row) for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if any(row)
            )
        except csv.Error:
            continue
        width, rows = max(widths.items(), key=lambda item: (item[1], item[0]), default=(1, 0))
        score = (rows, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


# ---------------------------------------------------------------- grid -> table


def _build_table(
    path: Path, sheet: str | None, grid: list[list[str]], row_base: int, col_base: int, header_row: int | None
) -> ContactTable:
    where = f'the sheet "{sheet}" in {path.name}' if sheet is not None else path.name
    if not any(any(cell.strip() for cell in row) for row in grid):
        raise _empty_file(path)
    header_index = _header_index(path, where, grid, row_base, header_row)
    width = max(len(row) for row in grid)
    header = _pad(grid[header_index], width)
    data = [_pad(row, width) for row in grid[header_index + 1 :] if any(cell.strip() for cell in row)]
    if not data:
        raise UnusableInputError(
            "contacts.no_rows",
            "{where} has column names on row {row} but no contacts under them; add your contacts below that row "
            "(or choose the right header row) and try again.",
            where=where,
            file=path.name,
            path=str(path),
            row=row_base + header_index + 1,
        )
    keep = [j for j in range(width) if header[j].strip() or any(row[j].strip() for row in data)]
    columns = _column_names((header[j] for j in keep), (col_base + j + 1 for j in keep))
    return ContactTable(
        source=path,
        sheet=sheet,
        header_row=row_base + header_index + 1,
        columns=columns,
        rows=tuple(tuple(row[j] for j in keep) for row in data),
    )


def _pad(row: list[str], width: int) -> list[str]:
    return row + [""] * (width - len(row)) if len(row) < width else row


def _header_index(path: Path, where: str, grid: list[list[str]], row_base: int, header_row: int | None) -> int:
    if header_row is not None:
        index = header_row - 1 - row_base
        if not 0 <= index < len(grid) or not any(cell.strip() for cell in grid[index]):
            raise UnusableInputError(
                "contacts.bad_header_row",
                "Row {row} of {where} is empty, so it can't hold the column names; choose the row that has them.",
                where=where,
                file=path.name,
                path=str(path),
                row=header_row,
            )
        return index
    return _detect_header_index(grid)


def _detect_header_index(grid: Sequence[Sequence[str]]) -> int:
    """Skip title rows: the header is the first row filled at least half as wide as the widest early row.

    A title such as "Customer list 2024" fills one cell; a header names (nearly) every column.
    """
    filled: list[tuple[int, int]] = []  # (index, filled cells) of the first non-blank rows
    for index, row in enumerate(grid):
        count = sum(1 for cell in row if cell.strip())
        if count:
            filled.append((index, count))
            if len(filled) == _HEADER_SEARCH_ROWS:
                break
    widest = max(count for _, count in filled)
    needed = 1 if widest == 1 else max(2, math.ceil(widest / 2))
    return next(index for index, count in filled if count >= needed)


def _column_names(header: Iterable[str], positions: Iterable[int]) -> tuple[str, ...]:
    names: list[str] = []
    taken: set[str] = set()
    for cell, position in zip(header, positions, strict=True):
        base = " ".join(cell.split()) or f"Column {position}"
        name, copy = base, 1
        while name in taken:
            copy += 1
            name = f"{base} ({copy})"
        names.append(name)
        taken.add(name)
    return tuple(names)
