"""Which column holds the address, the name, cc, bcc, attachments and the send time.

Guessed from header names in English, Korean, Chinese (simplified and traditional), Japanese and Indonesian; when no
header names the addresses, the column whose cells mostly look like addresses is taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

from mailmerge.base.errors import UnusableInputError


@dataclass(frozen=True)
class ColumnMapping:
    email: str
    name: str | None = None
    cc: str | None = None
    bcc: str | None = None
    attachments: str | None = None
    send_at: str | None = None


# Every role a column can play, in the order forms show them.
MAPPING_ROLES: tuple[str, ...] = tuple(f.name for f in fields(ColumnMapping))

# Header names after _normalise (case-folded, without spaces, "-", "_", "." or ":"), space-separated per role.
_KNOWN_HEADERS: dict[str, frozenset[str]] = {
    role: frozenset(names.split())
    for role, names in {
        "email": "email mail emailaddress mailaddress emailadres emailid to recipient recipientemail "
        "이메일 메일 이메일주소 메일주소 전자우편 전자메일 "
        "邮箱 电子邮件 电子邮箱 邮件 邮件地址 邮箱地址 电邮 郵件 電子郵件 郵箱 電郵 電子郵件地址 "
        "メール メールアドレス 電子メール surel alamatemail alamatsurel suratelektronik",
        "name": "name fullname displayname contactname recipientname customername 이름 성명 성함 고객명 "
        "姓名 名字 名称 客户名称 名稱 客戶名稱 氏名 名前 お名前 nama namalengkap",
        "cc": "cc 참조 抄送 副本 附本 tembusan",
        "bcc": "bcc blindcopy 숨은참조 密送 密件抄送 密件副本 tembusanrahasia",
        "attachments": "attachment attachments attach file files 첨부 첨부파일 附件 附檔 添付 添付ファイル lampiran",
        "send_at": "sendat sendtime senddate scheduled scheduledat schedule 발송시간 발송일시 예약시간 예약발송 "
        "发送时间 定时发送 發送時間 送信日時 waktukirim jadwalkirim",
    }.items()
}
# Words that mark an address column inside a longer header such as "Work email" or "회사 이메일".
_EMAIL_WORDS = ("email", "메일", "邮箱", "邮件", "郵件", "郵箱", "メール", "surel")
_SEPARATORS = re.compile(r"[\s\-_.:：]+")
_LOOKS_LIKE_ADDRESS = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
# Content is judged on the first rows only; "mostly" leaves room for a few blanks or typos.
_CONTENT_SAMPLE_ROWS = 200
_CONTENT_MIN_SHARE = 0.6


def guess_mapping(columns: Sequence[str], rows: Sequence[Sequence[str]] = ()) -> ColumnMapping:
    """Map columns to roles by header name; `rows` (optional) lets a column of addresses be found by content."""
    by_name = _match_headers(columns)
    email = by_name.pop("email", None) or _address_column(columns, rows, exclude=set(by_name.values()))
    if email is None:
        raise UnusableInputError(
            "mapping.no_email_column",
            "No column holds the email addresses (the columns are: {columns}); name the column with the "
            'addresses "email" and try again.',
            columns=", ".join(columns) or "none",
        )
    return ColumnMapping(email=email, **by_name)


def _normalise(header: str) -> str:
    return _SEPARATORS.sub("", header.casefold())


def _match_headers(columns: Sequence[str]) -> dict[str, str]:
    """Role -> first column whose header names it; a header containing "email" counts when none is exact."""
    matched: dict[str, str] = {}
    for column in columns:
        key = _normalise(column)
        for role in (f.name for f in fields(ColumnMapping)):
            if role not in matched and key in _KNOWN_HEADERS[role]:
                matched[role] = column
                break
    if "email" not in matched:
        taken = set(matched.values())
        loose = [c for c in columns if c not in taken and any(w in _normalise(c) for w in _EMAIL_WORDS)]
        if loose:
            matched["email"] = loose[0]
    return matched


def _address_column(columns: Sequence[str], rows: Sequence[Sequence[str]], *, exclude: set[str]) -> str | None:
    best, best_share = None, _CONTENT_MIN_SHARE
    sample = rows[:_CONTENT_SAMPLE_ROWS]
    for index, column in enumerate(columns):
        if column in exclude:
            continue
        values = [row[index].strip() for row in sample if index < len(row) and row[index].strip()]
        if values:
            share = sum(1 for value in values if _LOOKS_LIKE_ADDRESS.match(value)) / len(values)
            if share >= best_share and (best is None or share > best_share):
                best, best_share = column, share
    return best
