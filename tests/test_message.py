"""Hand-assembled message bytes, checked by parsing them back with the standard library."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from mailmerge.base.errors import MailMergeError
from mailmerge.compose.message import build_message
from mailmerge.compose.template import RenderedMessage

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def rendered(**changes: object) -> RenderedMessage:
    base: dict[str, object] = dict(from_="Office <office@example.com>", to="Kim <kim@example.com>", cc="", bcc="",
                                   reply_to="", subject="Hello", text="Hi Kim\n", html=None, attachments=())
    base.update(changes)
    return RenderedMessage(**base)  # type: ignore[arg-type]


def parse(data: bytes) -> EmailMessage:
    assert_wellformed(data)
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    assert not message.defects, message.defects
    return message


def text_of(part: object) -> str:
    """Decoded text with the wire's CRLF shown as \\n, as a mail program presents it."""
    assert isinstance(part, EmailMessage)
    content = part.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


def assert_wellformed(data: bytes) -> None:
    assert data.endswith(b"\r\n")
    assert b"\r" not in data.replace(b"\r\n", b"") and b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    head = data.split(b"\r\n\r\n", 1)[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78


def test_plain_text_message_headers_and_envelope() -> None:
    out = build_message(rendered(cc="ann@example.com", bcc="Secret <boss@example.com>",
                                 reply_to="help@example.com"), row=3, now=NOW)
    msg = parse(out.data)
    assert msg["From"] == "Office <office@example.com>"
    assert msg["To"] == "Kim <kim@example.com>"
    assert msg["Cc"] == "ann@example.com"
    assert msg["Reply-To"] == "help@example.com"
    assert msg["Bcc"] is None and b"boss@" not in out.data
    assert msg["Date"].datetime == NOW
    assert msg["MIME-Version"] == "1.0"
    assert msg["Message-ID"] == f"<{out.message_id}>"
    assert re.fullmatch(r"[0-9a-f]{25,}@example\.com", out.message_id)  # 96 random bits per process + a counter
    assert msg.get_content_type() == "text/plain" and text_of(msg) == "Hi Kim\n"
    assert out.envelope.sender == "office@example.com"
    assert out.envelope.recipients == ("kim@example.com", "ann@example.com", "boss@example.com")
    assert (out.row, out.subject) == (3, "Hello")


def test_message_ids_are_unique() -> None:
    assert build_message(rendered(), row=1).message_id != build_message(rendered(), row=1).message_id


def test_non_ascii_names_subject_and_idna_domains() -> None:
    subject = "안녕하세요 김민수 님, 3월 청구서를 보내 드립니다 — 확인 부탁드립니다. Merci café ☕" * 2
    to = '"Kim, Minsu" <minsu@例え.jp>, 李雷 <li@example.cn>'
    out = build_message(rendered(from_="사무실 <office@bücher.de>", to=to, subject=subject), row=1, now=NOW)
    msg = parse(out.data)
    assert msg["Subject"] == subject
    assert msg["From"].addresses[0].display_name == "사무실"
    assert msg["From"].addresses[0].addr_spec == "office@xn--bcher-kva.de"
    to = msg["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in to] == [("Kim, Minsu", "minsu@xn--r8jz45g.jp"),
                                                           ("李雷", "li@example.cn")]
    assert out.data.split(b"\r\n\r\n")[0].isascii()
    assert out.envelope.recipients == ("minsu@xn--r8jz45g.jp", "li@example.cn")
    assert out.message_id.endswith("@xn--bcher-kva.de")


@pytest.mark.parametrize(("length", "words"), [(1, 1), (13, 1), (14, 1), (15, 2), (30, 2), (31, 3)])
def test_non_ascii_subject_at_the_one_word_limit(length: int, words: int) -> None:
    # 14 three-byte characters fill the first encoded-word after "Subject: " (42 bytes), 16 each later one
    subject = "북" * length
    head = build_message(rendered(subject=subject), row=1).data.split(b"\r\n\r\n")[0].decode("ascii")
    assert len(re.findall(r"=\?utf-8\?b\?[^?]*\?=", head)) == words
    assert all(len(line) <= 78 for line in head.split("\r\n"))
    assert parse(build_message(rendered(subject=subject), row=1).data)["Subject"] == subject


@pytest.mark.parametrize("subject", [
    "A fairly long but ordinary English subject line that has to be folded onto more than one line " * 3,
    "x" * 1500,  # no space to fold at: encoded-words instead
    "Looks like =?utf-8?q?an_encoded_word?= but is plain text",
    "two  spaces  kept " + "y" * 80,
])
def test_ascii_subjects_survive_folding(subject: str) -> None:
    assert parse(build_message(rendered(subject=subject), row=1).data)["Subject"] == subject


def test_text_and_html_alternative_with_long_lines_and_cjk() -> None:
    text = "Dear Kim,\n" + "word " * 400 + "\nlast line café\n"
    html = "<p>" + "你好世界" * 300 + "</p>\n"
    msg = parse(build_message(rendered(text=text, html=html), row=1).data)
    assert msg.get_content_type() == "multipart/alternative"
    plain, rich = msg.iter_parts()
    assert plain.get_content_type() == "text/plain" and plain["Content-Transfer-Encoding"] == "quoted-printable"
    assert rich.get_content_type() == "text/html" and rich["Content-Transfer-Encoding"] == "base64"
    assert text_of(plain) == text
    assert text_of(rich) == html


def test_attachments_with_mime_types_and_unicode_filenames(tmp_path: Path) -> None:
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-1.4" + bytes(range(256)) * 40)
    korean = tmp_path / "2026년 3월 청구서 — 사무실 공지사항 및 가격표 최종본 (수정).xlsx"
    korean.write_bytes(b"PK\x03\x04 spreadsheet")
    odd = tmp_path / 'quote"d name.unknownext'
    odd.write_bytes(b"")
    out = build_message(rendered(html="<p>Hi</p>", attachments=(pdf, korean, odd)), row=1)
    msg = parse(out.data)
    assert msg.get_content_type() == "multipart/mixed"
    assert text_of(msg.get_body(("plain",))) == "Hi Kim\n"
    assert text_of(msg.get_body(("html",))) == "<p>Hi</p>\n"
    found = {part.get_filename(): part for part in msg.iter_attachments()}
    assert set(found) == {pdf.name, korean.name, odd.name}
    assert found[pdf.name].get_content_type() == "application/pdf"
    assert found[pdf.name].get_content() == pdf.read_bytes()
    assert found[korean.name].get_content() == korean.read_bytes()
    assert found[odd.name].get_content_type() == "application/octet-stream"
    assert found[odd.name].get_content() == b""


def test_edited_attachment_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"first")
    build_message(rendered(attachments=(path,)), row=1)
    path.write_bytes(b"second version")
    msg = parse(build_message(rendered(attachments=(path,)), row=1).data)
    assert text_of(next(msg.iter_attachments())) == "second version"


def test_missing_attachment_names_file_and_row(tmp_path: Path) -> None:
    with pytest.raises(MailMergeError) as info:
        build_message(rendered(attachments=(tmp_path / "nope.pdf",)), row=9)
    assert info.value.code == "attachment.missing"
    assert "Row 9" in str(info.value) and "nope.pdf" in str(info.value)


def test_a_folder_named_as_attachment_is_missing_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    with pytest.raises(MailMergeError) as info:
        build_message(rendered(attachments=(tmp_path / "docs",)), row=2)
    assert info.value.code == "attachment.missing"
    assert "Row 2" in str(info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read any file")
def test_an_unreadable_attachment_names_file_and_row(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"%PDF")
    locked.chmod(0)
    with pytest.raises(MailMergeError) as info:
        build_message(rendered(attachments=(locked,)), row=5)
    assert info.value.code == "attachment.unreadable"
    assert "Row 5" in str(info.value) and "locked.pdf" in str(info.value)


@pytest.mark.parametrize("field", ["from_", "to", "cc", "bcc", "reply_to", "subject"])
def test_line_break_in_any_header_is_refused(field: str) -> None:
    value = {"subject": "Hi\r\nBcc: victim@example.com"}.get(field, "a@example.com\nBcc: victim@example.com")
    with pytest.raises(MailMergeError) as info:
        build_message(rendered(**{field: value}), row=4)
    assert info.value.code == "message.header_newline"
    assert str(info.value.params["field"]) == {"from_": "From", "reply_to": "Reply-To"}.get(field, field.title())
    assert info.value.params["row"] == 4


def test_bcc_only_is_enough_but_no_recipient_is_an_error() -> None:
    out = build_message(rendered(to="", bcc="hidden@example.com"), row=1)
    assert parse(out.data)["To"] is None and out.envelope.recipients == ("hidden@example.com",)
    with pytest.raises(MailMergeError) as info:
        build_message(rendered(to=""), row=2)
    assert info.value.code == "address.missing"


def test_many_recipients_are_folded_one_per_line() -> None:
    to = "; ".join(f"Person Number {i} <person{i}@example.com>" for i in range(30))
    msg = parse(build_message(rendered(to=to), row=1).data)
    assert len(msg["To"].addresses) == 30


def test_date_defaults_to_now_in_local_time() -> None:
    before = datetime.now().astimezone().replace(microsecond=0)
    msg = parse(build_message(rendered(), row=1).data)
    after = datetime.now().astimezone()
    assert before <= msg["Date"].datetime <= after
    assert msg["Date"].datetime.utcoffset() == after.utcoffset()
