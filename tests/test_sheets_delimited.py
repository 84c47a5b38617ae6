"""A CSV/TSV/TXT file is split into the same cells whichever splitter reads it: the csv module (small files, and
anything pandas' tokenizer refuses) or the tokenizer (big files). Generated text made of the characters that
matter to splitting (delimiters, quotes, every kind of line break, spaces, NUL, non-ASCII letters) is split both
ways and compared cell by cell; more examples with MAILMERGE_FUZZ_EXAMPLES (see tests/test_fuzz.py)."""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailmerge.sheets import delimited
from mailmerge.sheets.contacts import read_contacts
from mailmerge.sheets.delimited import Layout

# A pandas warning would mean cells were dropped without an error: here it fails the test.
pytestmark = pytest.mark.filterwarnings("error")
SAME = settings(
    max_examples=int(os.environ.get("MAILMERGE_FUZZ_EXAMPLES", "150")) * 2,
    deadline=None,  # the machine is shared: a slow example is not a failure
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
_PIECES = [",", ";", "\t", "|", '"', '""', "\n", "\r", "\r\n", " ", "  ", "a", "b", "email", "김민준", "é",
           "\x00", "\x0c", "\u2028", "\u0085", "\ufeff", "#", "'", "\\", "NA", "nan", "True", "1e5", " 007",
           "1,234.50"]  # fmt: skip
texts = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


def _padded(rows: Sequence[Sequence[str]], width: int) -> list[tuple[str, ...]]:
    return [(*row, *[""] * (width - len(row))) for row in rows]


def _assert_same_cells(text: str, layout: Layout) -> bool:
    """True if the tokenizer split `text` (and then exactly as the csv module does), False if it refused it."""
    fast = delimited.split_fast(text.encode("utf-8"), layout)
    if fast is None:
        return False
    exact = delimited.split_exact(text, layout.delimiter)
    assert all(len(row) == layout.width for row in fast)
    assert fast == _padded(exact, layout.width)
    return True


@SAME
@given(text=texts, delimiter=st.sampled_from(delimited.DELIMITERS), extra=st.integers(min_value=0, max_value=3))
def test_the_tokenizer_splits_exactly_as_the_csv_module(text: str, delimiter: str, extra: int) -> None:
    width = max(map(len, delimited.split_exact(text, delimiter)), default=0)
    _assert_same_cells(text, Layout(delimiter, max(width, 1) + extra))


@SAME
@given(text=texts, delimiter=st.sampled_from(delimited.DELIMITERS))
def test_a_row_wider_than_the_first_is_refused_never_cut_short(text: str, delimiter: str) -> None:
    first = next(iter(delimited.split_exact(text, delimiter)), [])
    _assert_same_cells(text, Layout(delimiter, max(len(first), 1)))


@SAME
@given(text=texts, preferred=st.sampled_from(delimited.DELIMITERS))
def test_the_sniffed_width_holds_the_whole_first_row(text: str, preferred: str) -> None:
    layout = delimited.sniff(text, preferred=preferred)
    rows = delimited.split_exact(text, layout.delimiter)
    assert layout.width == (max(map(len, rows)) if len(rows) > 1 else 0)


_NOTES = ("", "VIP", '"said ""hi"""', '"two\r\nlines"', "  ", "김민준")


def _export(rows: int, notes: Sequence[str] = _NOTES, seed: int = 7) -> str:
    """A realistic export: quoted amounts, doubled quotes, a line break inside a cell, blank and ragged lines."""
    pick = random.Random(seed)
    lines = ["id,email,name,amount,note"]
    for i in range(rows):
        note = pick.choice(notes)
        lines.append(f'{i:05d},m{i}@example.com,{pick.choice(["Kim", "Lee", "이서연"])},"{i * 3:,}.50",{note}')
        if i % 997 == 0:
            lines.append("" if i % 2 else ",,,,")
    return "\r\n".join(lines) + "\r\n"


def test_a_big_export_is_split_by_the_tokenizer_into_the_csv_modules_cells(tmp_path: Path) -> None:
    text = _export(30_000)
    assert len(text) >= delimited.FAST_FROM
    layout = delimited.sniff(text, preferred=",")
    assert layout == Layout(",", 5)
    assert _assert_same_cells(text, layout)
    assert delimited.split(text, layout) == _padded(delimited.split_exact(text, ","), 5)


@pytest.mark.parametrize("line_breaks_in_cells", ["often", "seldom"])
def test_a_file_read_from_disk_in_pieces_has_the_csv_modules_cells(tmp_path: Path, line_breaks_in_cells: str) -> None:
    # Over 5 MB pandas splits a file at line ends and reads the pieces in parallel, unless a piece then starts
    # inside a quoted cell (often: it reads the file whole instead). Either way not a single cell may change.
    text = _export(120_000, _NOTES if line_breaks_in_cells == "often" else (*_NOTES[:3], *_NOTES[4:]) * 3000
                   + ('"two\r\nlines"',))  # fmt: skip
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("utf-8"))
    assert path.stat().st_size > 5 * 1024 * 1024
    assert delimited.split_fast(path, Layout(",", 5)) == _padded(delimited.split_exact(text, ","), 5)


def test_big_csv_files_read_as_contacts_whichever_way_they_are_split(tmp_path: Path) -> None:
    text = _export(30_000)
    plain = tmp_path / "plain.csv"
    plain.write_bytes(text.encode("utf-8"))
    table = read_contacts(plain)
    assert (table.encoding, table.columns, len(table.rows)) == ("utf-8", ("id", "email", "name", "amount", "note"),
                                                                 30_000)  # fmt: skip
    expected = [tuple(row) for row in delimited.split_exact(text, ",")[1:] if "".join(row).strip()]
    assert list(table.rows) == expected
    # UTF-8 but for one pasted Latin-1 line at the end: the encoding is worked out from the whole file.
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(text.encode("utf-8") + "99999,zoe@example.com,Zoë,1,\r\n".encode("latin-1"))
    table = read_contacts(mixed)
    assert table.rows[-1] == ("99999", "zoe@example.com", "Zoë", "1", "")
    assert [note.code for note in table.notes] == ["contacts.mixed_encoding"]
    # A row wider than the first ones: the csv module splits the file, the extra cells get a column.
    wide = tmp_path / "wide.csv"
    wide.write_bytes(text.encode("utf-8") + b"99999,w@example.com,Wu,1,,extra\r\n")
    table = read_contacts(wide)
    assert table.columns[-1] == "Column 6"
    assert table.rows[-1] == ("99999", "w@example.com", "Wu", "1", "", "extra")
    assert list(table.rows[:-1]) == [(*row, "") for row in expected]


def test_a_first_row_longer_than_the_sample_is_left_to_the_csv_module() -> None:
    text = '"' + "long cell, " * 10_000 + '",b\na,b\n' * 200_000
    layout = delimited.sniff(text, preferred=",")
    assert layout.width == 0
    assert delimited.split(text, layout) == delimited.split_exact(text, ",")


def test_a_row_wider_than_the_first_ones_sends_the_file_to_the_csv_module() -> None:
    text = _export(30_000) + "x,y,z,extra,columns,at,the,end\r\n"
    layout = delimited.sniff(text, preferred=",")
    assert delimited.split_fast(text.encode("utf-8"), layout) is None
    rows = delimited.split(text, layout)
    assert rows == delimited.split_exact(text, ",")
    assert rows[-1] == ["x", "y", "z", "extra", "columns", "at", "the", "end"]


def test_a_quote_left_open_is_read_as_the_csv_module_reads_it() -> None:
    text = _export(30_000) + '99999,late@example.com,"never closed,\r\nmore\r\n'
    layout = delimited.sniff(text, preferred=",")
    assert delimited.split_fast(text.encode("utf-8"), layout) is None
    assert delimited.split(text, layout)[-1] == ["99999", "late@example.com", "never closed,\r\nmore\r\n"]


def test_bytes_that_are_not_utf8_are_left_to_the_caller(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes(_export(30_000).encode("utf-8") + "Zoë,x,y,z,w\r\n".encode("latin-1"))
    with pytest.raises(UnicodeDecodeError):
        delimited.split_fast(path, Layout(",", 5))
