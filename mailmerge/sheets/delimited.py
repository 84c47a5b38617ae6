"""Split the text of a CSV/TSV/TXT export into rows of cells, each cell the file's literal text.

The csv module is the reference: it decides what a row and a cell are (quotes, doubled quotes, line breaks in
quoted cells, ragged rows). A big file is split by pandas' C tokenizer instead: with every cell kept as text it
gives the same cells in about half the time (the csv module spends 0.2-0.3 s on 100,000 rows of 12 columns), reads
a UTF-8 file straight from disk in pieces, and hands back rows as tuples of one width. It is used only where it
agrees with the csv module (tests/test_sheets_delimited.py compares the two on generated text); a file it refuses
(a row wider than any in the first 64 KB, a quote still open at the end) is split by the csv module after all. A
small file always is: pandas takes longer to import than the csv module takes to read a few thousand rows.

Both read in steps (see steps.py): the csv module STEP_ROWS rows at a time from lines made a megabyte at a time,
the tokenizer FAST_STEP_ROWS rows at a time (it splits without the interpreter lock; turning a step's cells into
strings holds it for ~10 ms).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from mailmerge.sheets.steps import STEP_ROWS, Progress, no_progress

DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 64 * 1024
# From this much text on (about 10,000 contacts) the C tokenizer is worth importing pandas for.
FAST_FROM = 1_000_000  # characters, or bytes of a UTF-8 file
FAST_STEP_ROWS = 5_000  # each step holds the interpreter lock ~10 ms while its cells are made into strings
_TEXT_STEP = 1024 * 1024  # characters of text split into lines per step


@dataclass(frozen=True)
class Layout:
    delimiter: str
    # Cells in the widest row of the first 64 KB; 0 if that part does not hold the whole first row.
    width: int


def sniff(text: str, *, preferred: str) -> Layout:
    """The delimiter that splits the first lines into the most rows of the same width (ties: `preferred`)."""
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    candidates = sorted(DELIMITERS, key=lambda d: d != preferred)
    best, best_score = preferred, (0, 0)
    widest: dict[str, int] = {}
    for delimiter in candidates:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        # A second row means the first ended inside the sample: its width is known.
        widest[delimiter] = max(map(len, rows)) if len(rows) > 1 else 0
        widths = Counter(map(len, filter(any, rows)))
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]), default=(1, 0))
        score = (count, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return Layout(best, widest.get(best, 0))


def split_exact(text: str, delimiter: str, progress: Progress = no_progress) -> list[list[str]]:
    """Every row as the csv module reads it (raises csv.Error on text it can't split)."""
    lines = text.count("\n") + 1
    reader = csv.reader(_lines(text), delimiter=delimiter)
    rows: list[list[str]] = []
    while step := list(islice(reader, STEP_ROWS)):
        rows += step
        progress(min(reader.line_num / lines, 1.0))
    return rows


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` as io.StringIO(text, newline="") gives them (what csv expects), made from about a
    megabyte of text at a time: one StringIO over a whole 10 MB file takes 35 ms in a single C call."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + _TEXT_STEP) + 1 or len(text)
        yield from io.StringIO(text[start:end], newline="")
        start = end


def split(text: str, layout: Layout, utf8: bytes | None = None, *, fast: bool = True,
          progress: Progress = no_progress) -> Sequence[Sequence[str]]:
    """Every row of `text`; `utf8` is the same text encoded as UTF-8 if the caller has it (saves encoding it)."""
    if fast and len(text) >= FAST_FROM and layout.width:
        try:
            rows = split_fast(text.encode("utf-8") if utf8 is None else utf8, layout, progress)
        except UnicodeEncodeError:  # a lone surrogate, from an odd codec the user named
            rows = None
        if rows is not None:
            return rows
    return split_exact(text, layout.delimiter, progress)


def split_fast(source: bytes | Path, layout: Layout, progress: Progress = no_progress) -> list[tuple[str, ...]] | None:
    """The rows of UTF-8 `source` (bytes, or a file) as the csv module reads them, padded with "" to one width;
    None if pandas' tokenizer refuses them. Raises UnicodeDecodeError if `source` is not UTF-8 throughout."""
    import pandas

    if not layout.width or _starts_with_bom(source):
        return None  # the tokenizer would drop a byte-order mark the csv module keeps as text
    size = source.stat().st_size if isinstance(source, Path) else len(source)
    rows: list[tuple[str, ...]] = []
    with source.open("rb") if isinstance(source, Path) else io.BytesIO(source) as handle:
        try:
            with pandas.read_csv(
                handle,
                sep=layout.delimiter,
                header=None,
                # The first row is no wider than this (see Layout), and the tokenizer refuses any later row that is.
                names=range(layout.width),
                index_col=False,
                dtype=object,  # every cell as its text: no numbers, no dates, no "NA" turned into a missing value
                na_filter=False,
                keep_default_na=False,
                skip_blank_lines=False,  # a blank line is a row, as in the csv module: row numbers stay the file's
                quotechar='"',
                doublequote=True,
                escapechar=None,
                comment=None,
                skipinitialspace=False,
                encoding="utf-8",
                encoding_errors="strict",
                engine="c",
                chunksize=FAST_STEP_ROWS,
            ) as reader:
                for frame in reader:
                    rows += zip(*(series.to_numpy().tolist() for _, series in frame.items()), strict=True)
                    progress(min(handle.tell() / max(size, 1), 1.0))
        except (pandas.errors.ParserError, pandas.errors.EmptyDataError):
            return None
    return rows


def _starts_with_bom(source: bytes | Path) -> bool:
    if isinstance(source, Path):
        with source.open("rb") as handle:
            return handle.read(3) == codecs.BOM_UTF8
    return source.startswith(codecs.BOM_UTF8)
