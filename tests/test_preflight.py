"""Campaign (row -> message) and the pre-flight check, on real CSV and template files."""

from __future__ import annotations

import csv
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from mailmerge.base.errors import MailMergeError, UnusableInputError
from mailmerge.compose.campaign import Campaign, open_campaign
from mailmerge.compose.preflight import Finding, check
from mailmerge.transports.presets import PRESETS, TransportRules

FROM = "From: Office <office@example.com>\n"


def make_campaign(tmp_path: Path, rows: list[list[str]], template: str, *, suffix: str = ".md",
                  header: tuple[str, ...] = ("name", "email", "file")) -> Campaign:
    contacts = tmp_path / "contacts.csv"
    with contacts.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([list(header), *rows])
    path = tmp_path / "tpl" / f"message{suffix}"
    path.parent.mkdir(exist_ok=True)
    path.write_text(template, encoding="utf-8")
    return open_campaign(contacts, path)


def codes(findings: list[Finding]) -> list[tuple[str, int | None, str | None, str]]:
    return [(f.severity, f.row, f.column, f.code) for f in findings]


def test_to_comes_from_mapped_columns_when_template_has_none(tmp_path: Path) -> None:
    campaign = make_campaign(tmp_path, [['Kim "Sunny" Minsu', "kim@example.com", ""]],
                             FROM + "Subject: Hi {{ name }}\n\nHello\n")
    out = campaign.build(1)
    msg = BytesParser(policy=policy.default).parsebytes(out.data)
    assert msg["To"].addresses[0].display_name == 'Kim "Sunny" Minsu'
    assert out.envelope.recipients == ("kim@example.com",)
    assert dict(out.variables) == {"name": 'Kim "Sunny" Minsu', "email": "kim@example.com", "file": ""}


@pytest.mark.parametrize(("name", "shown", "display_name"), [
    ("김민준", "김민준 <kim@example.com>", "김민준"),  # as a person writes it (the Preview shows this)
    ("Liam O'Brien", "Liam O'Brien <kim@example.com>", "Liam O'Brien"),
    ("Lee, Ann", '"Lee, Ann" <kim@example.com>', "Lee, Ann"),  # a comma would split it into two addresses
    ("J. Smith", '"J. Smith" <kim@example.com>', "J. Smith"),
])
def test_name_column_is_quoted_in_to_only_when_it_must_be(tmp_path: Path, name: str, shown: str,
                                                          display_name: str) -> None:
    campaign = make_campaign(tmp_path, [[name, "kim@example.com", ""]], FROM + "Subject: Hi\n\nHello\n")
    assert campaign.render(1).to == shown
    msg = BytesParser(policy=policy.default).parsebytes(campaign.build(1).data)
    assert [(a.display_name, a.addr_spec) for a in msg["To"].addresses] == [(display_name, "kim@example.com")]


def test_attachments_resolve_next_to_template_then_spreadsheet(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "prices.pdf").write_bytes(b"template folder")
    (tmp_path / "invoice-1.pdf").write_bytes(b"spreadsheet folder")
    campaign = make_campaign(tmp_path, [["Kim", "kim@example.com", "invoice-1.pdf"]],
                             FROM + "Subject: x\nAttachment: prices.pdf\n\nHi\n")
    rendered = campaign.render(1)
    assert rendered.attachments == (tmp_path / "tpl" / "prices.pdf", tmp_path / "invoice-1.pdf")
    msg = BytesParser(policy=policy.default).parsebytes(campaign.build(1).data)
    assert [p.get_content() for p in msg.iter_attachments()] == [b"template folder", b"spreadsheet folder"]


def test_row_hash_follows_row_values_not_the_message(tmp_path: Path) -> None:
    rows = [["Kim", "kim@example.com", ""], ["Lee", "lee@example.com", ""]]
    first = make_campaign(tmp_path, rows, FROM + "Subject: x\n\nHi\n")
    again = make_campaign(tmp_path, rows, FROM + "Subject: x\n\nHi\n")
    edited_row = make_campaign(tmp_path, [rows[0], ["Lee", "lee2@example.com", ""]], FROM + "Subject: x\n\nHi\n")
    edited_template = make_campaign(tmp_path, rows, FROM + "Subject: y\n\nHi\n")
    assert first.row_hash(1) == again.row_hash(1) != first.row_hash(2)
    assert edited_row.row_hash(1) == first.row_hash(1) and edited_row.row_hash(2) != first.row_hash(2)
    # A changed message is another run (sending/runs.py), not a changed row.
    assert edited_template.row_hash(1) == first.row_hash(1)


@pytest.mark.parametrize("row", [0, 3])
def test_build_refuses_a_row_outside_the_sheet(tmp_path: Path, row: int) -> None:
    campaign = make_campaign(tmp_path, [["Kim", "kim@example.com", ""], ["Lee", "lee@example.com", ""]],
                             FROM + "Subject: Hi {{ name }}\n\nHello\n")
    with pytest.raises(MailMergeError) as info:
        campaign.build(row)
    assert info.value.code == "contacts.no_such_row"


def test_iter_messages_gives_an_error_for_a_bad_row(tmp_path: Path) -> None:
    campaign = make_campaign(tmp_path, [["Kim", "kim@example.com", ""], ["Lee", "not-an-address", ""]],
                             FROM + "Subject: x\n\nHi\n")
    results = list(campaign.iter_messages())
    assert [row for row, _ in results] == [1, 2]
    assert not isinstance(results[0][1], MailMergeError)
    assert isinstance(results[1][1], MailMergeError) and results[1][1].code == "address.invalid"


def test_no_email_column_is_fine_when_template_names_recipients(tmp_path: Path) -> None:
    campaign = make_campaign(tmp_path, [["Kim", "x"]], FROM + "To: team@example.com\nSubject: x\n\nHi\n",
                             header=("name", "note"))
    assert campaign.build(1).envelope.recipients == ("team@example.com",)
    with pytest.raises(UnusableInputError):
        make_campaign(tmp_path, [["Kim", "x"]], FROM + "Subject: x\n\nHi\n", header=("name", "note"))


def test_check_finds_every_kind_of_problem(tmp_path: Path) -> None:
    (tmp_path / "ok.pdf").write_bytes(b"x" * 1000)
    rows = [
        ["Kim", "kim@example.com", "ok.pdf"],
        ["Lee", "lee@example", ""],  # invalid address
        ["Park", "", ""],  # missing address
        ["Kim again", "KIM@example.com", "gone.pdf"],  # duplicate of row 1, missing attachment
    ]
    campaign = make_campaign(tmp_path, rows, FROM + "Subject: Hi {{ name }}\n\nHello {{ name }}\n")
    findings = check(campaign)
    assert codes(findings) == [
        ("error", 2, "email", "address.invalid"),
        ("error", 3, "email", "address.missing"),
        ("warning", 4, "email", "recipient.duplicate"),
        ("error", 4, "file", "attachment.missing"),
    ]
    duplicate = findings[2]
    assert duplicate.params["first_row"] == 1 and "row 1" in duplicate.message and "Row 4" in duplicate.message
    assert "gone.pdf" in findings[3].message


def test_unknown_fields_are_reported_once_for_the_template_naming_each_with_its_closest_column(
    tmp_path: Path,
) -> None:
    rows = [[f"P{i}", f"p{i}@example.com", ""] for i in range(30)]
    body = "Dear {{ nmae }},\n\nyour file: {{ fiel }}\n{{ totally_unrelated }} {{ name }}\n"
    campaign = make_campaign(tmp_path, rows, FROM + "Subject: Hi {{ nmae }}\n\n" + body)
    # not 30, not 90 (the other finding: 30 people and no way to unsubscribe, a warning about the campaign)
    [finding] = [f for f in check(campaign) if f.code != "unsubscribe.missing"]
    assert (finding.severity, finding.row, finding.code) == ("error", None, "template.unknown_fields")
    assert finding.column == "nmae"
    assert finding.params["fields"] == ("nmae", "fiel", "totally_unrelated")
    assert finding.params["suggestions"] == ("name", "file", None)
    # Subject is a header line; the others are body lines as an editor of the body shows them (from 1).
    assert finding.params["headers"] == ("Subject", None, None)
    assert finding.params["body_lines"] == (None, 3, 4)
    assert "'nmae'" in finding.message and "'fiel'" in finding.message and "'totally_unrelated'" in finding.message
    assert "closest column is 'name'" in finding.message


def test_a_mistake_in_the_body_names_its_body_line(tmp_path: Path) -> None:
    from mailmerge.compose.template import parse_template

    with pytest.raises(MailMergeError) as caught:
        parse_template(FROM + "Subject: Hi\n\nfirst\nDear {{ name }\n", "text")
    assert caught.value.params["body_line"] == 2 and caught.value.params["line"] == 5  # the file counts 3 more
    assert caught.value.params["header"] is None


def test_fixed_fields_are_reported_once_without_a_row(tmp_path: Path) -> None:
    rows = [[f"P{i}", f"p{i}@example.com"] for i in range(5)]
    campaign = make_campaign(tmp_path, rows, "From: office@example\nAttachment: missing.pdf\n\nHi\n",
                             header=("name", "email"))
    assert codes(check(campaign)) == [
        ("error", None, None, "address.invalid"),
        ("warning", None, None, "message.empty_subject"),
        ("error", None, None, "attachment.missing"),
    ]


def test_fixed_fields_are_checked_even_when_row_1_fails_to_render(tmp_path: Path) -> None:
    rows = [["0", "p1@example.com"], ["2", "p2@example.com"]]
    campaign = make_campaign(tmp_path, rows, FROM + "Subject:\n\n{{ 10 / (n|int) }}\n", suffix=".txt",
                             header=("n", "email"))
    assert codes(check(campaign)) == [
        ("error", 1, None, "template.render_failed"),
        ("warning", None, None, "message.empty_subject"),  # checked at row 2, the first row that rendered
    ]


def test_message_too_large(tmp_path: Path) -> None:
    (tmp_path / "big.bin").write_bytes(b"\0" * 50_000)
    campaign = make_campaign(tmp_path, [["Kim", "kim@example.com", "big.bin"], ["Lee", "lee@example.com", ""]],
                             FROM + "Subject: x\n\nHi\n")
    findings = check(campaign, rules=TransportRules(max_message_bytes=40_000))
    assert codes(findings) == [("error", 1, "file", "message.too_large")]
    assert check(campaign) == []
    assert len(campaign.build(1).data) > 50_000 * 4 // 3  # the estimate errs on the large side of the real size


TENCENT = PRESETS["tencent-api"].rules


def test_tencent_attachment_limits_are_errors_per_row(tmp_path: Path) -> None:
    for i in range(11):
        (tmp_path / f"f{i}.txt").write_bytes(b"x")
    (tmp_path / "scan.pdf").write_bytes(b"\0" * (4 * 1024 * 1024 + 1))
    eleven = ";".join(f"f{i}.txt" for i in range(11))
    ten = ";".join(f"f{i}.txt" for i in range(10))
    campaign = make_campaign(tmp_path, [["Kim", "kim@example.com", eleven], ["Lee", "lee@example.com", "scan.pdf"],
                                        ["Ana", "ana@example.com", ten], ["Bo", "bo@example.com", "f1.txt"]],
                             FROM + "Subject: x\n\nHi\n")
    findings = check(campaign, rules=TENCENT)
    assert codes(findings) == [("error", 1, "file", "attachment.too_many"),
                               ("error", 2, "file", "attachment.total_too_large")]
    assert findings[0].message == ("Row 1: The message has 11 attachments; Tencent Cloud accepts at most 10 per "
                                   "message. Put the files in a zip archive or share a link instead.")
    assert "4.0 MB" in findings[1].message and "at most 4 MB" in findings[1].message
    assert findings[1].params["limit"] == 4 * 1024 * 1024
    assert check(campaign) == []  # an SMTP account has no such limits


def test_fixed_template_attachment_over_the_limit_is_reported_once(tmp_path: Path) -> None:
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "brochure.pdf").write_bytes(b"\0" * (5 * 1024 * 1024))
    campaign = make_campaign(tmp_path, [["Kim", "kim@example.com"], ["Lee", "lee@example.com"]],
                             FROM + "Subject: x\nAttachment: brochure.pdf\n\nHi\n", header=("name", "email"))
    [finding] = check(campaign, rules=TENCENT)
    assert (finding.row, finding.code) == (None, "attachment.total_too_large")
    assert finding.message.startswith("The attachments add up to 5.0 MB; Tencent Cloud accepts at most 4 MB")


def test_line_break_in_subject_cell_is_an_error(tmp_path: Path) -> None:
    campaign = make_campaign(tmp_path, [["Kim\nBcc: x@example.com", "kim@example.com", ""]],
                             FROM + "Subject: Hi {{ name }}\n\nHi\n")
    errors = [c for c in codes(check(campaign)) if c[0] == "error"]  # (and a warning: the name holds an address)
    assert errors == [("error", 1, "name", "message.header_newline")]


def test_ten_thousand_rows_are_all_checked(tmp_path: Path) -> None:
    rows = [[f"Person {i}", f"p{i}@example.com", ""] for i in range(10_000)]
    rows[7_000][1] = "broken"
    rows[9_999][1] = "p5@example.com"
    campaign = make_campaign(tmp_path, rows, FROM + "Subject: Hi {{ name }}\n\n**Dear {{ name }}**\n")
    assert codes(check(campaign)) == [("error", 7_001, "email", "address.invalid"),
                                      ("warning", 10_000, "email", "recipient.duplicate"),
                                      ("warning", None, None, "unsubscribe.missing")]  # bulk mail, no way out


def test_check_tells_how_many_rows_it_has_checked_and_stops_when_told(tmp_path: Path) -> None:
    campaign = make_campaign(tmp_path, [[f"P{i}", f"p{i}@example.com", ""] for i in range(1, 1101)],
                             "Subject: Hi {{ name }}\n\nHello.\n")
    told: list[tuple[int, int]] = []
    check(campaign, progress=lambda done, total: told.append((done, total)))
    assert told == [(500, 1100), (1000, 1100), (1100, 1100)]

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        check(campaign, progress=stop)
