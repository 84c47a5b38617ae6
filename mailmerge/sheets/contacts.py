"""Read a contact list (xlsx, xlsm, xls, ods, csv, tsv, txt) into a `ContactTable` of plain text.

Every cell becomes the text a person sees in the spreadsheet: IDs keep their leading zeros, a whole number typed as
a number shows as "1" (not "1.0"), dates show as "2024-03-05" and empty cells are "" (never "nan"). Workbooks are
read with python-calamine directly rather than through pandas: it hands back typed cells (str / float / date / ...)
that we turn into text ourselves, which is both exact and quick (100k x 12 in a few seconds).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import dataclasses
import gc
import math
import operator
import re
import stat
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import compress, islice
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar, cast
from xml.etree import ElementTree

from mailmerge.base.errors import MailMergeError, Problem, UnusableInputError
from mailmerge.sheets import delimited, encodings, xlsx_styles
from mailmerge.sheets.encodings import Candidate, Decoded
from mailmerge.sheets.numfmt import CellRenderer, Shown, general_value, serial
from mailmerge.sheets.ods_text import SheetTooLarge, read_ods_sheet
from mailmerge.sheets.steps import STEP_ROWS, Progress, no_progress
from mailmerge.sheets.xls_text import read_xls_sheet

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
SUPPORTED = ".xlsx, .xlsm, .xls, .ods, .csv, .tsv or .txt"

# The header is looked for among the first rows only: title blocks above a table are a few lines long.
_HEADER_SEARCH_ROWS = 20
# Rows x columns a sheet may span: 10 million cells is 100,000 contacts with 100 columns. A bigger extent is
# nearly always one stray cell far away (or a hostile file), and reading it would exhaust the memory.
MAX_CELLS = 10_000_000
MAX_FILE_BYTES = 2 * 1024**3
# What a damaged workbook raises while we read its XML ourselves (cut short, bad deflate data, bad attributes).
_DAMAGED = (ElementTree.ParseError, KeyError, ValueError, IndexError, zipfile.BadZipFile, zlib.error, OSError, EOFError)

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
    # The unformatted number behind each formatted cell, per column (NaN where the cell has none): "10,000.50"
    # came from 10000.5. Kept compact (8 bytes a cell) and handed to templates through `row_dict`.
    raw: Mapping[str, array[float]] = field(default_factory=dict)
    notes: tuple[Problem, ...] = ()  # things Check should mention once (a number format shown as General...)
    encoding: str | None = None  # the text encoding a CSV/TSV/TXT file was read with

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
        values = dict(zip(self.columns, self.rows[row - 1], strict=True))
        for column, numbers in self.raw.items():
            if not math.isnan(number := numbers[row - 1]):
                values[column] = Shown(values[column], number)
        return values


def list_sheets(path: Path) -> list[str]:
    """Names of the worksheets a user can choose from; [] for CSV/TSV/TXT files."""
    if _suffix(path) in TEXT_SUFFIXES or _workbook_kind(path) == "text":
        return []
    workbook = _open_workbook(path)
    try:
        return _worksheet_names(workbook)
    finally:
        workbook.close()


def read_contacts(
    path: Path, *, sheet: str | None = None, header_row: int | None = None, encoding: str | None = None,
    progress: Progress | None = None,
) -> ContactTable:
    """Read every row of `path` as text; raise UnusableInputError with one plain sentence if it can't be used.

    `encoding` applies to CSV/TSV/TXT only (None: detected; AmbiguousEncodingError lists the likely ones).
    `progress` is called between steps of at most STEP_ROWS rows with how far the read has come; whatever it
    raises stops the read and is raised here.
    """
    with _collector_paused():
        table = _read_contacts(path, sheet, header_row, encoding, progress or no_progress)
    if progress is not None:
        progress(1.0)
    return table


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading makes millions of strings and lists, none of them in cycles: the cyclic garbage collector would walk
    them again and again while they are made (a third of the time of a 100k-row CSV), and find nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_contacts(path: Path, sheet: str | None, header_row: int | None, encoding: str | None,
                   progress: Progress) -> ContactTable:
    suffix = _suffix(path)
    if suffix in WORKBOOK_SUFFIXES and _workbook_kind(path) != "text":
        sheet_name, grid = _read_workbook(path, sheet, progress)
        return _build_table(path, sheet_name, grid, header_row, progress)
    rows, used, notes = _read_text(path, encoding, progress)
    table = _build_table(path, None, _Grid(rows), header_row, progress)
    return dataclasses.replace(table, encoding=used, notes=table.notes + notes)


def _odd_lines_note(path: Path, decoded: Decoded) -> Problem:
    lines = ", ".join(str(n) for n in decoded.odd_lines[:10]) + (", …" if len(decoded.odd_lines) > 10 else "")
    one = len(decoded.odd_lines) == 1
    return Problem(
        "contacts.mixed_encoding",
        "{file} is UTF-8 text except line {lines}, which was read as {encoding}; check that row in the preview, or "
        'save the file again as "CSV UTF-8".' if one else
        "{file} is UTF-8 text except lines {lines}, which were read as {encoding}; check those rows in the "
        'preview, or save the file again as "CSV UTF-8".',
        MappingProxyType({
            "file": path.name, "lines": lines, "count": len(decoded.odd_lines), "encoding": decoded.odd_encoding,
            "which": ("line " if len(decoded.odd_lines) == 1 else "lines ") + lines,
            "verb": "was" if len(decoded.odd_lines) == 1 else "were",
        }),
    )  # fmt: skip


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
        # Devices, pipes and sockets never end (/dev/zero) or block: only a regular file is a contact list.
        if path.exists() and not path.is_dir() and not stat.S_ISREG(path.stat().st_mode):
            raise UnusableInputError(
                "contacts.not_a_file",
                "{file} is a device or a pipe, not a file, so it can't hold a contact list; choose your spreadsheet "
                "file instead.",
                file=path.name,
                path=str(path),
            )
        if limit is None and path.exists() and path.stat().st_size > MAX_FILE_BYTES:
            raise UnusableInputError(
                "contacts.file_too_large",
                "{file} is {size_mb:,.0f} MB, far larger than a contact list can be; open the right file, or split "
                "the list into smaller files.",
                file=path.name,
                path=str(path),
                size_mb=path.stat().st_size / 1e6,
            )
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
    if limit is None and (not data or data.isspace()):  # isspace() stops at the first letter; strip() copies
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


@dataclass
class _Grid:
    """A sheet as shown: rows of text, plus the unformatted numbers behind formatted cells (by grid column)."""

    rows: Sequence[Sequence[str]]
    row_base: int = 0  # 0-based sheet row / column of rows[0][0]
    col_base: int = 0
    raw: dict[int, array[float]] = field(default_factory=dict)  # grid column -> number per grid row (NaN: none)
    unsupported: dict[int, str] = field(default_factory=dict)  # grid column -> a format code shown as General


def _read_workbook(path: Path, sheet: str | None, progress: Progress) -> tuple[str, _Grid]:
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
                grid = _sheet_grid(path, workbook, name, progress)
            except python_calamine.CalamineError:
                raise _corrupt(path) from None
            if any(any(row) for row in grid.rows):
                return name, grid
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


def _sheet_grid(path: Path, workbook: CalamineWorkbook, name: str, progress: Progress) -> _Grid:
    """The sheet's cells as shown, by the reader that knows each format's display rules."""
    if _workbook_kind(path) == "zip":
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "content.xml" in names and "xl/workbook.xml" not in names:
                return _ods_grid(path, archive, name)
            if "xl/workbook.xml" in names:
                return _xlsx_grid(path, archive, workbook, name, progress)
    elif (shown := _xls_grid(path, workbook, name)) is not None:
        return shown
    grid, values = _calamine_grid(workbook, name, progress)
    _render_general(values)
    return grid


def _xlsx_grid(path: Path, archive: zipfile.ZipFile, workbook: CalamineWorkbook, name: str,
               progress: Progress) -> _Grid:
    try:
        part = xlsx_styles.sheet_part(archive, name)
        styles = xlsx_styles.read_styles(archive)
        if part is None:
            grid, values = _calamine_grid(workbook, name, progress)
        else:
            _check_size(path, name, *xlsx_styles.sheet_extent(archive, part))
            formatted = frozenset(i for i, code in enumerate(styles.formats) if code is not None)
            with ThreadPoolExecutor(max_workers=1) as pool:
                # calamine parses in Rust without holding the GIL: the cells' formats are found meanwhile here.
                parsing = pool.submit(_calamine_grid, workbook, name, progress)
                cells = xlsx_styles.styled_cells(archive, part, formatted, lambda done: progress(0.5 * done))
                grid, values = parsing.result()
            grid.unsupported = _apply_formats(grid, values, styles.formats, cells, CellRenderer(styles.date1904))
            progress(0.8)
    except _DAMAGED:
        raise _corrupt(path) from None
    _render_general(values)
    return grid


def _calamine_grid(workbook: CalamineWorkbook, name: str, progress: Progress) -> tuple[_Grid, list[list[object]]]:
    """The sheet's values, in a grid whose rows are those same lists: cells are turned into text in place.
    The rows are taken STEP_ROWS at a time (as to_python() with skip_empty_area would, in one call)."""
    data = workbook.get_sheet_by_name(name)
    progress(0.5)
    start_row, start_col = data.start or (0, 0)
    height = max(data.height, 1)
    rows = islice(data.iter_rows(), start_row, None)  # iter_rows() also gives the blank rows above
    values: list[list[object]] = []
    while chunk := list(islice(rows, STEP_ROWS)):
        values += cast("list[list[object]]", chunk)
        progress(0.5 + 0.2 * len(values) / height)
    return _Grid(values, start_row, start_col), values  # type: ignore[arg-type]  # all str once rendered


def _render_general(rows: list[list[object]]) -> None:
    """Every cell not yet text (no number format, or a workbook without formats) in the General format."""
    only_text = {str}
    for row in rows:
        if set(map(type, row)) != only_text:  # C-level test; most rows of a formatted sheet are all text by now
            row[:] = [cell if type(cell) is str else general_value(cell) for cell in row]


def _apply_formats(
    grid: _Grid,
    values: list[list[object]],
    formats: tuple[str | None, ...],
    cells: xlsx_styles.StyledCells,
    renderer: CellRenderer,
) -> dict[int, str]:
    """Render the cells that have a number format; the formats not understood, by grid column.

    Hot path (700k cells in the bench): the cells are grouped by column and style (numpy sorts the packed keys),
    and a group of plain numbers, the common case, is rendered with one map() over the compiled format. Dates,
    text and mixed groups go cell by cell through the renderer.
    """
    import numpy

    if not len(cells.rows):
        return renderer.unsupported
    rows = numpy.frombuffer(cells.rows, dtype=numpy.int32) - (grid.row_base + 1)  # cells count rows from 1
    columns = numpy.frombuffer(cells.columns, dtype=numpy.int32) - grid.col_base
    styles = numpy.frombuffer(cells.styles, dtype=numpy.int32)
    keys = (columns.astype(numpy.int64) << 20) | styles
    order = numpy.argsort(keys, kind="stable")
    group_keys, starts = numpy.unique(keys[order], return_index=True)
    ends = [*starts[1:].tolist(), len(order)]
    height = len(values)
    for key, start, end in zip(group_keys.tolist(), starts.tolist(), ends, strict=True):
        column, style = key >> 20, key & 0xFFFFF
        picked = rows[order[start:end]]
        in_sheet = picked[(picked >= 0) & (picked < height)].tolist()
        if column >= 0 and formats[style]:
            _render_group(grid, values, in_sheet, column, formats[style] or "", renderer)
    return renderer.unsupported


def _render_group(
    grid: _Grid, values: list[list[object]], rows: list[int], column: int, code: str, renderer: CellRenderer
) -> None:
    """One column's cells that share a number format."""
    cells = [values[r][column] if column < len(values[r]) else "" for r in rows]
    render = renderer.formatter(code)
    shown: list[object]
    numbers: list[float | None]
    if render is not None and set(map(type, cells)) <= {float, int}:
        numbers = cast("list[float | None]", cells)
        shown = []
        for start in range(0, len(numbers), STEP_ROWS):  # bounded steps: see STEP_ROWS
            shown += map(render, numbers[start : start + STEP_ROWS])  # type: ignore[arg-type]
    else:
        shown, numbers = [], []
        for value in cells:
            if value == "" or type(value) is bool:
                shown.append(value)  # left for the General pass
                numbers.append(None)
            else:
                shown.append(renderer.text(value, code, column))
                numbers.append(None if isinstance(value, str) else serial(value))
    for r, text in zip(rows, shown, strict=True):
        values[r][column] = text
    raw = grid.raw.get(column)
    for r, number in zip(rows, numbers, strict=True):
        if number is not None:
            if raw is None:
                raw = grid.raw[column] = array("d", [math.nan]) * len(values)
            raw[r] = number


def _xls_grid(path: Path, workbook: CalamineWorkbook, name: str) -> _Grid | None:
    shown = read_xls_sheet(_read_bytes(path), name)
    if shown is None:
        return None
    grid = _Grid(shown.rows, unsupported=shown.unsupported)
    for (r, c), number in shown.raw.items():
        numbers = grid.raw.get(c)
        if numbers is None:
            numbers = grid.raw[c] = array("d", [math.nan]) * len(grid.rows)
        numbers[r] = number
    return grid


def _ods_grid(path: Path, archive: zipfile.ZipFile, name: str) -> _Grid:
    try:
        rows = read_ods_sheet(archive, name, MAX_CELLS)
    except SheetTooLarge as exc:
        raise _too_large(path, name, exc.rows, exc.columns) from None
    except _DAMAGED:
        raise _corrupt(path) from None
    return _Grid(rows or [])


def _check_size(path: Path, sheet: str, rows: int, columns: int) -> None:
    if rows * columns > MAX_CELLS:
        raise _too_large(path, sheet, rows, columns)


def _too_large(path: Path, sheet: str, rows: int, columns: int) -> UnusableInputError:
    return UnusableInputError(
        "contacts.too_large",
        'The sheet "{sheet}" in {file} spans {rows:,} rows by {columns:,} columns, more than Mail Merge reads '
        "({limit:,} cells); delete the unused rows and columns (often one stray cell far down or far right), "
        "save, and open it again.",
        file=path.name,
        path=str(path),
        sheet=sheet,
        rows=rows,
        columns=columns,
        limit=MAX_CELLS,
    )


def _default_sheet_order(workbook: CalamineWorkbook, names: list[str]) -> list[str]:
    """Visible sheets first: a hidden sheet is usually a lookup table, not the contact list."""
    from python_calamine import SheetVisibleEnum

    visible = {m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible}
    return sorted(names, key=lambda name: name not in visible)


# ---------------------------------------------------------------- delimited text


def read_text_grid(path: Path) -> list[list[str]]:
    """The cells of a CSV/TSV/text file as the contact reader sees them (encoding and delimiter detected), for
    other lists people keep in spreadsheets (the suppression list). Rows keep their own lengths."""
    data = _read_bytes(path)
    decoded = _decode(path, data, None)
    layout = delimited.sniff(decoded.text, preferred=_preferred_delimiter(path))
    return _split(path, lambda: delimited.split_exact(decoded.text, layout.delimiter))


def _read_text(path: Path, encoding: str | None,
               progress: Progress) -> tuple[Sequence[Sequence[str]], str, tuple[Problem, ...]]:
    """The rows, the encoding they were read with, and a note if some lines were read in another one."""
    refused = False
    if encoding is None and (layout := _plain_utf8_layout(path)) is not None:
        try:
            fast = delimited.split_fast(path, layout, lambda done: progress(0.8 * done))
        except (UnicodeDecodeError, OSError):
            # Not UTF-8 throughout (the encoding is worked out from the whole file below), or gone or locked since
            # its first 256 KB were read (reading it below says so plainly).
            fast = None
        else:
            if fast is not None:
                return fast, "utf-8", ()
            refused = True
    data = _read_bytes(path)
    decoded = _decode(path, data, encoding)
    progress(0.2)
    layout = delimited.sniff(decoded.text, preferred=_preferred_delimiter(path))
    # A file read as plain UTF-8 is already the UTF-8 the tokenizer wants: no need to encode the text again.
    same = decoded.encoding == "utf-8" and not decoded.odd_lines and not data.startswith(codecs.BOM_UTF8)
    rows = _split(path, lambda: delimited.split(decoded.text, layout, data if same else None, fast=not refused,
                                                progress=lambda done: progress(0.2 + 0.6 * done)))
    return rows, decoded.encoding, (_odd_lines_note(path, decoded),) if decoded.odd_lines else ()


def _plain_utf8_layout(path: Path) -> delimited.Layout | None:
    """The layout of a big file whose first 256 KB are UTF-8 without a byte-order mark, which the tokenizer can
    then read straight from disk (it checks that the rest is UTF-8 too); None for any other file."""
    try:
        info = path.stat()
    except OSError:
        return None  # reading it the usual way says what is wrong
    if not stat.S_ISREG(info.st_mode) or not delimited.FAST_FROM <= info.st_size <= MAX_FILE_BYTES:
        return None
    head = _read_bytes(path, encodings.SAMPLE)
    text = encodings.plain_utf8(head[: head.rfind(b"\n") + 1])  # whole lines only: no character cut in two
    return delimited.sniff(text, preferred=_preferred_delimiter(path)) if text else None


def _preferred_delimiter(path: Path) -> str:
    return "\t" if path.suffix.lower() == ".tsv" else ","


_Rows = TypeVar("_Rows")


def _split(path: Path, split: Callable[[], _Rows]) -> _Rows:
    try:
        return split()
    except csv.Error as exc:
        raise UnusableInputError(
            "contacts.malformed_text",
            "{file} could not be split into columns ({reason}); open it in a spreadsheet program, "
            "save it as .xlsx or .csv, and open that file.",
            file=path.name,
            path=str(path),
            reason=str(exc),
        ) from None


def _decode(path: Path, data: bytes, encoding: str | None) -> Decoded:
    try:
        return encodings.decode(data, encoding)
    except encodings.NotText:
        raise _not_a_spreadsheet(path, "a binary (non-text) file") from None
    except LookupError:
        raise UnusableInputError(
            "contacts.no_such_encoding",
            '"{encoding}" is not a text encoding Mail Merge knows; use a name such as utf-8, cp949, gb18030, big5, '
            "shift_jis or cp1252.",
            encoding=encoding,
            file=path.name,
        ) from None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UnusableInputError(
            "contacts.wrong_encoding",
            "Line {line} of {file} is not valid {encoding} text; choose another encoding, or open the file in a "
            'spreadsheet program and save it as "CSV UTF-8".',
            line=line,
            file=path.name,
            path=str(path),
            encoding=encoding,
        ) from None
    except encodings.Undecided as undecided:
        if not undecided.candidates:
            raise _unknown_encoding(path) from None
        raise AmbiguousEncodingError(path, undecided.candidates) from None


class AmbiguousEncodingError(UnusableInputError):
    """Several encodings read the file plausibly: the user picks one (`candidates` carry a preview of each)."""

    def __init__(self, path: Path, candidates: tuple[Candidate, ...]) -> None:
        super().__init__(
            "contacts.ambiguous_encoding",
            "The text encoding of {file} is not certain: it reads plausibly as {choices}; run again with the one "
            "that shows the names correctly, e.g. --encoding {first}.",
            file=path.name,
            path=str(path),
            choices="; ".join(f"{c.label} ({c.encoding}): {' | '.join(c.preview[:1])}" for c in candidates),
            first=candidates[0].encoding,
            encodings=[c.encoding for c in candidates],
        )
        self.candidates = candidates


def _unknown_encoding(path: Path) -> UnusableInputError:
    return UnusableInputError(
        "contacts.unknown_encoding",
        "The text encoding of {file} could not be recognised; open it in a spreadsheet program and save it as "
        '"CSV UTF-8" (or .xlsx), then open that file.',
        file=path.name,
        path=str(path),
    )


# ---------------------------------------------------------------- grid -> table


def _build_table(path: Path, sheet: str | None, grid: _Grid, header_row: int | None,
                 progress: Progress) -> ContactTable:
    """The table under the header row. Consumes `grid`: its rows are emptied as they are copied into the table."""
    where = f'the sheet "{sheet}" in {path.name}' if sheet is not None else path.name
    rows = grid.rows
    if not any(any(cell.strip() for cell in row) for row in rows):
        raise _empty_file(path)
    header_index = _header_index(path, where, rows, grid.row_base, header_row)
    width = max(map(len, rows))
    header = _pad(rows[header_index], width)
    kept_rows = _filled_rows(rows, header_index + 1)
    if not kept_rows:
        raise UnusableInputError(
            "contacts.no_rows",
            "{where} has column names on row {row} but no contacts under them; add your contacts below that row "
            "(or choose the right header row) and try again.",
            where=where,
            file=path.name,
            path=str(path),
            row=grid.row_base + header_index + 1,
        )
    below = len(rows) - header_index - 1
    data = list(rows[header_index + 1 :]) if len(kept_rows) == below else [rows[i] for i in kept_rows]
    if min(map(len, data)) < width:
        data = [_pad(row, width) for row in data]
    keep = [j for j in range(width) if header[j].strip() or any(row[j].strip() for row in data)]
    every_column = len(keep) == width
    columns = _column_names((header[j] for j in keep), (grid.col_base + j + 1 for j in keep))
    raw = {
        columns[position]: array("d", (grid.raw[j][i] for i in kept_rows))
        for position, j in enumerate(keep)
        if j in grid.raw
    }
    notes = tuple(
        Problem(
            "contacts.unknown_format",
            'Column "{column}": Mail Merge does not know the number format "{format}", so its numbers show as '
            "they would in the General format; check them in the preview, or give the column a common format.",
            MappingProxyType({"column": columns[position], "format": grid.unsupported[j]}),
        )
        for position, j in enumerate(keep)
        if j in grid.unsupported
    )
    table_rows: list[tuple[str, ...]] = []
    for start in range(0, len(data), STEP_ROWS):
        step = data[start : start + STEP_ROWS]
        table_rows += map(tuple, step) if every_column else _pick(step, keep)
        progress(0.8 + 0.2 * start / len(data))
    _release(data)
    _release(rows)
    return ContactTable(
        source=path,
        sheet=sheet,
        header_row=grid.row_base + header_index + 1,
        columns=columns,
        rows=tuple(table_rows),
        raw=raw,
        notes=notes,
    )


def _filled_rows(rows: Sequence[Sequence[str]], start: int) -> list[int]:
    """Indexes (from `start` on) of the rows with some text, found at C speed (100,000 rows in a few ms): nearly
    every row has text in its first cell; only the others are joined and stripped, which is "" for a blank row."""
    indexes = range(start, len(rows))
    if not all(map(len, islice(rows, start, None))):  # the csv module gives [] for an empty line
        return list(compress(indexes, map(str.strip, map("".join, islice(rows, start, None)))))
    first = list(map(str.strip, map(itemgetter(0), islice(rows, start, None))))
    if all(first):
        return list(indexes)
    others = [i for i in compress(indexes, map(operator.not_, first)) if "".join(rows[i]).strip()]
    filled = list(compress(indexes, first))
    return sorted(filled + others) if others else filled


def _release(rows: Sequence[Sequence[str]]) -> None:
    """Empty `rows` a step at a time: freeing 100k lists in one go is one long C call too (25 ms)."""
    if not isinstance(rows, list):
        return
    for end in range(len(rows), 0, -STEP_ROWS):
        del rows[max(end - STEP_ROWS, 0) : end]


def _pad(row: Sequence[str], width: int) -> Sequence[str]:
    return [*row, *[""] * (width - len(row))] if len(row) < width else row


def _pick(data: Iterable[Sequence[str]], keep: list[int]) -> Iterable[tuple[str, ...]]:
    """The `keep` cells of every row (itemgetter works at C speed but hands back a bare cell for one position)."""
    if len(keep) == 1:
        return ((row[keep[0]],) for row in data)
    return map(itemgetter(*keep), data)


def _header_index(path: Path, where: str, grid: Sequence[Sequence[str]], row_base: int, header_row: int | None) -> int:
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
    """Skip title and group-header rows: the header is the first row filled at least half as wide as the widest
    early row, and not a row of group names ("Person | Contact", merged over several columns) above it.

    A title such as "Customer list 2024" fills one cell; a header names (nearly) every column.
    """
    filled: list[tuple[int, frozenset[int]]] = []  # (index, filled positions) of the first non-blank rows
    for index, row in enumerate(grid):
        positions = frozenset(j for j, cell in enumerate(row) if cell.strip())
        if positions:
            filled.append((index, positions))
            if len(filled) == _HEADER_SEARCH_ROWS:
                break
    widest = max(len(positions) for _, positions in filled)
    needed = 1 if widest == 1 else max(2, math.ceil(widest / 2))
    at = next(n for n, (_, positions) in enumerate(filled) if len(positions) >= needed)
    while at + 1 < len(filled) and _is_group_row(filled[at][1], filled[at + 1][1], grid[filled[at + 1][0]]):
        at += 1
    return filled[at][0]


def _is_group_row(row: frozenset[int], below: frozenset[int], below_cells: Sequence[str]) -> bool:
    """A group row names spans of the row below: its cells sit over some of the row below's, at most half as many,
    and the row below reads like column names (no email address in it, so it is not the first contact)."""
    return row < below and 2 * len(row) <= len(below) and not any("@" in cell for cell in below_cells)


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
