"""Fuzzed parsers raise only the project's own errors (issue 16): the template parser and renderer, the address
parser, the SMTP reply reader and classifier, and the spreadsheet reader (CSV, xlsx and ods bytes). Any other
exception (a Jinja traceback, RecursionError, KeyError from a zip) is a failure.

The suite runs a bounded number of examples per test (MAILMERGE_FUZZ_EXAMPLES, default 150) so it stays quick;
a longer hunt is the same tests with more examples, e.g.

    MAILMERGE_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/test_fuzz.py -p no:cacheprovider

(3,000 examples take about 4 minutes on two cores; see bench/README.md). Hypothesis shrinks any failure to a
small input and prints it.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailmerge.base.errors import MailMergeError
from mailmerge.base.outcome import Outcome
from mailmerge.base.text import decode_reply, printable
from mailmerge.compose.addresses import VALUE_END, VALUE_START, parse_address_list, protect_display_names
from mailmerge.compose.template import parse_template, render
from mailmerge.sheets.contacts import read_contacts
from mailmerge.transports.classify import classify_data_command, classify_reply

FUZZ = settings(
    max_examples=int(os.environ.get("MAILMERGE_FUZZ_EXAMPLES", "150")),
    deadline=None,  # the machine is shared: a slow example is not a failure
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    database=None,  # no example folder left in the repository
)
ROW = {"name": "Kim", "email": "kim@example.com", "amount": "42", "First Name": "Minsu"}

# Pieces of template syntax, so random templates reach deep into Jinja's parser rather than stopping at the first
# character it does not expect.
_TEMPLATE_PIECES = st.sampled_from([
    "{{", "}}", "{%", "%}", "{#", "#}", "|", "(", ")", "[", "]", ",", ".", ":", "'", '"', " ", "\n", "-", "+", "*",
    "**", "~", "=", "name", "email", "row", "amount", "upper", "uppr", "safe", "e", "length", "int", "default",
    "if", "else", "endif", "for", "in", "endfor", "set", "macro", "endmacro", "call", "range", "loop", "x", "1",
    "999999999999", "From: ", "To: ", "Subject: ", "Attachment: ", "<", ">", "@", ";", "\\", "#", "_", "`",
])
templates = st.one_of(st.text(max_size=300), st.lists(_TEMPLATE_PIECES, max_size=60).map("".join))


@FUZZ
@given(source=templates, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_templates_parse_and_render_or_say_why(source: str, fmt: str) -> None:
    try:
        template = parse_template(source, fmt)
        rendered = render(template, ROW, row=1)
        render(template, ROW, row=1, convert=False)
    except MailMergeError as error:
        assert str(error)  # a sentence, not an empty message
        return
    assert isinstance(rendered.text, str)


addresses = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(['"', "<", ">", ",", ";", "@", "\\", " ", "a", "b.c", "example.com", "xn--", "é", "(",
                              ")", "mailto:", VALUE_START, VALUE_END, "\n", "."]), max_size=40).map("".join),
)


@FUZZ
@given(text=addresses)
def test_address_fields_parse_or_say_why(text: str) -> None:
    try:
        parse_address_list(text, field="To", row=1)
    except MailMergeError as error:
        assert error.code in ("address.invalid", "message.header_newline")
    protected = protect_display_names(text)
    assert VALUE_START not in protected and VALUE_END not in protected


@FUZZ
@given(code=st.integers(min_value=-1, max_value=999), text=st.text(max_size=200),
       stage=st.sampled_from(["connect", "auth", "mail", "rcpt", "data"]))
def test_any_reply_is_classified(code: int, text: str, stage: str) -> None:
    outcome = classify_reply(code, text, stage=stage)  # type: ignore[arg-type]
    assert isinstance(outcome, Outcome) and outcome.reason
    assert printable(outcome.raw) == outcome.raw  # storable and safe to print
    assert isinstance(classify_data_command(code, text), Outcome)


@FUZZ
@given(data=st.binary(max_size=400))
def test_any_reply_bytes_are_read_as_text(data: bytes) -> None:
    text = decode_reply(data)
    text.encode("utf-8")  # never a lone surrogate
    assert printable(text) == text


async def test_any_reply_stream_is_read_or_ends_the_connection() -> None:
    """The pipelined reply reader over a real socket: whatever a server writes, each exchange ends with replies
    or an error, never an exception."""
    import asyncio

    import aiosmtplib

    from mailmerge.transports.pipelining import SmtpStream

    @FUZZ
    @given(chunks=st.lists(st.binary(max_size=200), max_size=6))
    def examples(chunks: list[bytes]) -> None:
        found.append(chunks)

    found: list[list[bytes]] = []
    examples()
    for chunks in found:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, chunks: list[bytes] = chunks
                        ) -> None:
            writer.write(b"220 fuzz ESMTP\r\n")
            await reader.readline()
            writer.write(b"250 PIPELINING\r\n")
            await reader.readline()
            for chunk in chunks:
                writer.write(chunk)
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, use_tls=False, start_tls=False, timeout=2)
            await smtp.connect()
            await smtp.ehlo()
            stream = SmtpStream.take_over(smtp)
            answered = await stream.exchange(b"MAIL FROM:<a@b.c>\r\nRCPT TO:<d@e.f>\r\nDATA\r\n", 3, timeout=2)
            assert len(answered.replies) == 3 or answered.error is not None
            for reply in answered.replies:
                reply.message.encode("utf-8")
            stream.close()
        finally:
            server.close()


def _read(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"contacts{suffix}"
        path.write_bytes(data)
        try:
            read_contacts(path)
        except MailMergeError as error:
            assert str(error)


@FUZZ
@given(data=st.one_of(st.binary(max_size=600), st.text(max_size=400).map(lambda t: t.encode("utf-8")),
                      st.lists(st.sampled_from([b",", b";", b"\t", b"\n", b"\r\n", b'"', b"email", b"a@b.co", b"\xff",
                                                b"\xef\xbb\xbf", b"name", b" ", b"=1+1"]), max_size=60).map(b"".join)),
       suffix=st.sampled_from([".csv", ".tsv", ".txt"]))
def test_any_text_sheet_is_read_or_refused(data: bytes, suffix: str) -> None:
    _read(data, suffix)


def _workbook_bytes(suffix: str) -> bytes:
    """A small real workbook of each kind, written by the libraries the project's tests use."""
    buffer = io.BytesIO()
    if suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for line in (["name", "email"], ["Kim", "kim@example.com"], ["Lee", "lee@example.com"]):
            sheet.append(line)
        book.save(buffer)
    else:
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableCell, TableRow
        from odf.text import P

        document = OpenDocumentSpreadsheet()
        table = Table(name="Sheet1")
        for line in (["name", "email"], ["Kim", "kim@example.com"]):
            row = TableRow()
            for value in line:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
                row.addElement(cell)
            table.addElement(row)
        document.spreadsheet.addElement(table)
        document.write(buffer)
    return buffer.getvalue()


def _mutated(original: bytes, member_edits: list[tuple[int, int, bytes]]) -> bytes:
    """The workbook with bytes of its XML members replaced: a damaged or hostile but still zipped file."""
    source = zipfile.ZipFile(io.BytesIO(original))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for index, info in enumerate(source.infolist()):
            content = source.read(info)
            for member, position, replacement in member_edits:
                if member % len(source.infolist()) == index and content:
                    at = position % len(content)
                    content = content[:at] + replacement + content[at + len(replacement):]
            target.writestr(info, content)
    return out.getvalue()


@FUZZ
@given(suffix=st.sampled_from([".xlsx", ".ods"]),
       edits=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 10_000),
                                st.sampled_from([b"<", b">", b"\"", b"&", b"\x00", b"XFD1048576", b"99999999",
                                                 b"</row>", b"<c r=\"A1\" t=\"s\"><v>999</v></c>", b"x"])),
                      max_size=4),
       cut=st.one_of(st.none(), st.integers(0, 5000)))
def test_any_workbook_is_read_or_refused(suffix: str, edits: list[tuple[int, int, bytes]], cut: int | None) -> None:
    data = _mutated(_workbook_bytes(suffix), edits)
    _read(data[:cut] if cut is not None else data, suffix)


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_the_workbooks_the_fuzzer_starts_from_are_read(suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"contacts{suffix}"
        path.write_bytes(_workbook_bytes(suffix))
        assert tuple(read_contacts(path).rows[0]) == ("Kim", "kim@example.com")
