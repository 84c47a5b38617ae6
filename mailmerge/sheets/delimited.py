"""Split the text of a CSV/TSV/TXT export into rows of cells, each cell the file's literal text.

The csv module is the reference: it decides what a row and a cell are (quotes, doubled quotes, line breaks in
quoted cells, ragged rows). A big file is split by pandas' C tokenizer instead: with every cell kept as text it
gives the same cells in about half the time (the csv module spends 0.2-0.3 s on 100,000 rows of 12 columns), reads
a UTF-8 file straight from disk in pieces, and hands back rows as tuples of one width. It is used only where it
agrees with the csv module (tests/test_sheets_delimited.py compares the two on generated text); a file it refuses
(a row wider than any in the first 64 KB, a quote still open at the end) is split by the csv module after all. A
small file always is: pandas takes longer to import than the csv module takes to read a few thousand rows.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DELIMITERS = (",", ";", "\t", "|")
_SNIFF_CHARS = 64 * 1024
# From this much text on (about 10,000 contacts) the C tokenizer is worth importing pandas for.
FAST_FROM = 1_000_000  # characters, or bytes of a UTF-8 file


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


def split_exact(text: str, delimiter: str) -> list[list[str]]:
    """Every row as the csv module reads it (raises csv.Error on text it can't split)."""
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def split(text: str, layout: Layout, utf8: bytes | None = None, *, fast: bool = True) -> Sequence[Sequence[str]]:
    """Every row of `text`; `utf8` is the same text encoded as UTF-8 if the caller has it (saves encoding it)."""
    if fast and len(text) >= FAST_FROM and layout.width:
        try:
            rows = split_fast(text.encode("utf-8") if utf8 is None else utf8, layout)
        except UnicodeEncodeError:  # a lone surrogate, from an odd codec the user named
            rows = None
        if rows is not None:
            return rows
    return split_exact(text, layout.delimiter)


def split_fast(source: bytes | Path, layout: Layout) -> list[tuple[str, ...]] | None:
    """The rows of UTF-8 `source` (bytes, or a file) as the csv module reads them, padded with "" to one width;
    None if pandas' tokenizer refuses them. Raises UnicodeDecodeError if `source` is not UTF-8 throughout."""
    import pandas

    if not layout.width or _starts_with_bom(source):
        return None  # the tokenizer would drop a byte-order mark the csv module keeps as text
    try:
        frame = pandas.read_csv(
            io.BytesIO(source) if isinstance(source, bytes) else source,
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
        )
    except (pandas.errors.ParserError, pandas.errors.EmptyDataError):
        return None
    columns = [series.to_numpy().tolist() for _, series in frame.items()]
    return list(zip(*columns, strict=True))


def _starts_with_bom(source: bytes | Path) -> bool:
    if isinstance(source, Path):
        with source.open("rb") as handle:
            return handle.read(3) == codecs.BOM_UTF8
    return source.startswith(codecs.BOM_UTF8)
