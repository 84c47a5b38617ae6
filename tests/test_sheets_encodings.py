"""Realistic CSV exports in every common encoding read cell for cell: hundreds of rows of IDs, addresses and amounts
with native text in one or two columns, and files whose only non-ASCII bytes are in the header."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from conftest import REPO

from mailmerge.sheets.contacts import AmbiguousEncodingError, read_contacts

NAMES = {
    "cp949": ["김민준", "이서연", "박지훈", "최수아", "정우진", "강하은", "조현우", "윤지민", "장예린", "임도윤"],
    "gb18030": ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄强", "周杰", "吴霞"],
    "big5": ["陳志明", "林淑芬", "黃建國", "張雅婷", "李家豪", "王美玲", "吳俊傑", "劉怡君", "蔡宗翰", "楊佩珊"],
    "shift_jis": ["佐藤太郎", "鈴木花子", "高橋健", "田中美咲", "伊藤翔", "渡辺さくら", "山本一郎", "中村あかり"],
    "cp1252": ["Émilie Lefèvre", "François Cœur", "Zoë Müller", "Søren Ærø", "Noël Bœuf", "José Peña"],
    "iso-8859-1": ["Émilie Lefèvre", "François Caron", "Zoë Müller", "Søren Ærø", "Inès Garçon", "José Peña"],
    "utf-8": ["김민준", "王伟", "Zoë Müller", "佐藤太郎"],
    "utf-8-sig": ["김민준", "王伟", "Zoë Müller", "佐藤太郎"],
    "utf-16": ["김민준", "王伟", "Zoë Müller", "佐藤太郎"],
}
CITIES = {
    "cp949": ["서울시 강남구", "부산시 해운대구"], "gb18030": ["北京市朝阳区", "上海市浦东新区"],
    "big5": ["臺北市大安區", "高雄市前鎮區"], "shift_jis": ["東京都新宿区", "大阪市北区"],
}  # fmt: skip
HEADERS = {
    "cp949": "이메일,이름", "gb18030": "电子邮件,姓名", "big5": "電子郵件,姓名", "shift_jis": "メール,氏名",
    "cp1252": "Adresse électronique,Prénom", "iso-8859-1": "Adresse électronique,Prénom",
}  # fmt: skip


def export(path: Path, encoding: str, rows: list[str]) -> Path:
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode(encoding))
    return path


def member_list(encoding: str, count: int = 300) -> list[str]:
    pick = random.Random(encoding)
    rows = ["id,email,name,city,amount,phone"]
    for i in range(count):
        city = pick.choice(CITIES.get(encoding, ["Paris", "Lyon"]))
        rows.append(f"{i:05d},user{i}@example.com,{pick.choice(NAMES[encoding])},{city},"
                    f"{pick.randint(1, 99999)}.50,010-{i:04d}-5678")  # fmt: skip
    return rows


@pytest.mark.parametrize("encoding", list(NAMES))
def test_member_list_reads_cell_for_cell(tmp_path: Path, encoding: str) -> None:
    rows = member_list(encoding)
    table = read_contacts(export(tmp_path / "members.csv", encoding, rows))
    assert table.columns == tuple(rows[0].split(","))
    assert [list(row) for row in table.rows] == [row.split(",") for row in rows[1:]]
    assert table.notes == ()


@pytest.mark.parametrize("encoding", list(HEADERS))
def test_native_text_only_in_the_header(tmp_path: Path, encoding: str) -> None:
    rows = [HEADERS[encoding], *(f"user{i}@example.com,User {i}" for i in range(200))]
    table = read_contacts(export(tmp_path / "header.csv", encoding, rows))
    assert table.columns == tuple(HEADERS[encoding].split(","))
    assert table.rows[-1] == ("user199@example.com", "User 199")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_or_without_a_mark(tmp_path: Path, codec: str) -> None:
    rows = member_list("utf-8", 50)
    table = read_contacts(export(tmp_path / "wide.csv", codec, rows))
    assert [list(row) for row in table.rows] == [row.split(",") for row in rows[1:]]


def test_one_latin1_row_in_a_utf8_file_reads_and_is_named(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    good = "".join(f"user{i}@example.com,김민준 {i}\n" for i in range(40))
    path.write_bytes(b"email,name\n" + good.encode() + "zoe@example.com,Zoë Müller\n".encode("latin-1")
                     + b"ana@example.com,Ana\n")  # fmt: skip
    table = read_contacts(path)
    assert table.rows[0] == ("user0@example.com", "김민준 0")
    assert table.rows[40] == ("zoe@example.com", "Zoë Müller")
    [note] = table.notes
    assert note.code == "contacts.mixed_encoding"
    assert note.params["lines"] == "42"
    assert "line 42" in note.message()


def test_too_little_text_to_tell_offers_the_candidates_with_a_preview(tmp_path: Path) -> None:
    # Two Korean syllables are also two common Chinese characters: the user decides.
    path = export(tmp_path / "short.csv", "cp949", ["email,성명", "a@example.com,1"])
    with pytest.raises(AmbiguousEncodingError) as caught:
        read_contacts(path)
    candidates = {c.encoding: c for c in caught.value.candidates}
    assert candidates["cp949"].preview == ("email,성명",)
    assert "gb18030" in candidates
    assert read_contacts(path, encoding="euc-kr").columns == ("email", "성명")


def test_a_wrong_explicit_encoding_names_the_line(tmp_path: Path) -> None:
    path = export(tmp_path / "kr.csv", "cp949", member_list("cp949", 20))
    with pytest.raises(Exception, match=r"Line 2 of kr\.csv is not valid utf-8 text"):
        read_contacts(path, encoding="utf-8")
    with pytest.raises(Exception, match='"klingon" is not a text encoding'):
        read_contacts(path, encoding="klingon")


def mailmerge(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "mailmerge", *map(str, args)], cwd=REPO, capture_output=True,
                          check=False, timeout=60)  # fmt: skip


def test_cli_encoding_flag_and_ambiguity_message(tmp_path: Path) -> None:
    template = tmp_path / "m.md"
    template.write_text("From: o@example.com\nTo: {{ email }}\nSubject: Hi {{ 성명 }}\n\nHello\n", encoding="utf-8")
    contacts = export(tmp_path / "short.csv", "cp949", ["email,성명", "a@example.com,김"])
    unsure = mailmerge("check", contacts, template)
    assert unsure.returncode == 2
    message = unsure.stderr.decode()
    assert "Korean (CP949 / EUC-KR) (cp949): email,성명" in message and "--encoding cp949" in message
    for command in (["check"], ["preview", "--row", "1"], ["send", "--dry-run", "--yes"]):
        result = mailmerge(*command, contacts, template, "--encoding", "cp949")
        assert result.returncode == 0, result.stderr.decode()
    shown = mailmerge("preview", contacts, template, "--row", "1", "--encoding", "cp949").stdout
    assert BytesParser(policy=policy.default).parsebytes(shown)["Subject"] == "Hi 김"


def test_cli_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    contacts = tmp_path / "many.csv"
    contacts.write_text("email\n" + "".join(f"bad{i}@\n" for i in range(3000)), encoding="utf-8")
    template = tmp_path / "m.md"
    template.write_text("From: o@example.com\nSubject: Hi\n\nHello\n", encoding="utf-8")
    pipeline = f"{sys.executable} -m mailmerge check {contacts} {template} | head -n 2"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", pipeline], cwd=REPO, capture_output=True, timeout=60)
    assert len(result.stdout.decode().splitlines()) == 2
    assert result.stderr == b""
    assert result.returncode == 1  # check's own answer (problems found), not the closed pipe's


def test_a_send_whose_output_reader_leaves_still_sends_every_row(tmp_path: Path) -> None:
    """`mailmerge send … | head`: the progress lines lose their reader, the send goes on to the last row."""
    contacts = tmp_path / "people.csv"
    contacts.write_text("email\n" + "".join(f"p{i}@example.com\n" for i in range(60)), encoding="utf-8")
    template = tmp_path / "m.md"
    template.write_text("From: o@example.com\nSubject: Hi\n\nHello\n", encoding="utf-8")
    env = {**os.environ, **{var: str(tmp_path / var.lower()) for var in
                            ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")}}
    pipeline = (f"{sys.executable} -m mailmerge send {contacts} {template} --yes "
                f"--journal {tmp_path / 'run.journal'} 2>&1 | head -n 1")
    result = subprocess.run(["bash", "-o", "pipefail", "-c", pipeline], cwd=REPO, env=env, capture_output=True,
                            timeout=120)
    assert len(result.stdout.decode().splitlines()) == 1
    assert result.returncode == 0
    assert len(list((tmp_path / "xdg_data_home").rglob("*.eml"))) == 60
