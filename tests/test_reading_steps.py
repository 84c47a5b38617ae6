"""Reading a big sheet in bounded steps (so a window reading it on another thread stays responsive) gives exactly
what one call over the whole file gave, tells how far it has come, and stops when told to."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from mailmerge.sheets import delimited, encodings
from mailmerge.sheets.contacts import read_contacts

NATIVE = {"utf-8": "김민준 王小明 アイ", "utf-8-sig": "김민준 王小明", "utf-16": "김민준 王小明 アイ",
          "cp949": "김민준", "gb18030": "王小明", "cp932": "アイ山田"}


@pytest.mark.parametrize("encoding", list(NATIVE))
def test_decoding_in_steps_matches_one_decode_across_step_boundaries(encoding: str) -> None:
    # Multi-byte characters fall on different offsets of the 1 MB steps as the line numbers grow.
    data = "".join(f"{i},{NATIVE[encoding][: 1 + i % 4]}\r\n" for i in range(200_000)).encode(encoding)
    assert len(data) > 2 * 1024 * 1024
    assert encodings.decode_in_steps(data, encoding) == data.decode(encoding)
    if not encoding.startswith("utf-16"):
        shifted = b"x" + data
        assert encodings.decode_in_steps(shifted, encoding) == shifted.decode(encoding)


def test_a_bad_byte_past_the_first_step_is_reported_where_it_is_in_the_file() -> None:
    data = b"email,name\n" + b"a@example.com,Ann\n" * 100_000 + b"b@example.com,\xff\n"
    with pytest.raises(UnicodeDecodeError) as stepped:
        encodings.decode_in_steps(data, "utf-8")
    with pytest.raises(UnicodeDecodeError) as whole:
        data.decode("utf-8")
    assert (stepped.value.start, stepped.value.end) == (whole.value.start, whole.value.end) == (len(data) - 2,
                                                                                                len(data) - 1)


def test_lines_in_steps_are_the_lines_csv_sees(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delimited, "_TEXT_STEP", 7)  # tiny steps: every kind of line end meets a step boundary
    text = 'a,b\r\n"multi\nline",x\rold mac,y\n\nlast,"quoted\r\n"\r\nno end'
    assert list(delimited._lines(text)) == list(io.StringIO(text, newline=""))
    assert list(delimited._lines("")) == []


def test_a_big_csv_read_in_steps_reports_progress_up_to_the_end(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    body = "".join(f'p{i}@example.com,"Name {i}\nsecond line",{i:05d}\n' for i in range(10_000))
    path.write_text("email,name,id\n" + body, encoding="utf-8")
    seen: list[float] = []
    table = read_contacts(path, progress=seen.append)
    assert len(table) == 10_000 and table.rows[9_999] == ("p9999@example.com", "Name 9999\nsecond line", "09999")
    assert len(seen) > 5 and seen == sorted(seen) and seen[0] > 0 and seen[-1] <= 1.0
    assert read_contacts(path) == table  # the same table with or without being told


@pytest.mark.parametrize("encoding", ["utf-8", "cp949"])
def test_a_csv_big_enough_for_the_tokenizer_is_read_in_steps_too(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "big.csv"
    body = "".join(f'p{i}@example.com,"김 {i}\nsecond line",{i:05d}\n' for i in range(40_000))
    path.write_bytes(("email,name,id\n" + body).encode(encoding))
    assert path.stat().st_size > delimited.FAST_FROM
    seen: list[float] = []
    table = read_contacts(path, progress=seen.append)
    assert len(table) == 40_000 and table.rows[39_999] == ("p39999@example.com", "김 39999\nsecond line", "39999")
    assert table.encoding == encoding
    assert len(seen) > 5 and seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Stop):
        read_contacts(path, progress=lambda done: _stop_past(done, 0.3))


class Stop(Exception):
    pass


def _stop_past(done: float, share: float) -> None:
    if done > share:
        raise Stop


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_whatever_progress_raises_stops_the_read(tmp_path: Path, suffix: str) -> None:
    import openpyxl

    path = tmp_path / f"big{suffix}"
    rows = [["email", "id"], *([f"p{i}@example.com", i] for i in range(6_000))]
    if suffix == ".csv":
        path.write_text("".join(f"{a},{b}\n" for a, b in rows), encoding="utf-8")
    else:
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    calls: list[float] = []

    def stop_at_the_second_step(done: float) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise Stop

    with pytest.raises(Stop):
        read_contacts(path, progress=stop_at_the_second_step)
    assert len(calls) == 2  # nothing more was read once it said stop


def test_the_codec_names_the_reader_passes_have_incremental_decoders() -> None:
    for name in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                 *encodings.LEGACY):
        assert codecs.getincrementaldecoder(name)
