"""The suppression list as people manage it (`mailmerge suppression list|add|remove`) and as runs use it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailmerge.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, main
from mailmerge.sending.suppression import SuppressionList, describe


def listed() -> dict[str, str]:
    store = SuppressionList()
    try:
        return {entry.address: entry.reason for entry in store.entries()}
    finally:
        store.close()


def test_add_list_and_remove_round_trip(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suppression", "list"]) == EXIT_OK
    assert "empty" in capsys.readouterr().out

    added = main(["suppression", "add", "Gone@Example.com", "Kim <kim@bücher.de>", "--reason", "unsubscribed"])
    assert added == EXIT_OK
    # Kept as the engine looks addresses up: lower case, the domain in its IDNA (ASCII) form.
    assert listed() == {"gone@example.com": "unsubscribed", "kim@xn--bcher-kva.de": "unsubscribed"}

    capsys.readouterr()
    assert main(["suppression", "list"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "gone@example.com" in out and "the person asked not to get mail" in out and "for good" in out
    assert "kim@bücher.de" in out  # shown as people write it

    # Removing takes the address as people write it, with the Unicode domain too.
    assert main(["suppression", "remove", "kim@bücher.de"]) == EXIT_OK
    assert listed() == {"gone@example.com": "unsubscribed"}


def test_a_bad_address_adds_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suppression", "add", "ok@example.com", "not an address"]) == EXIT_UNUSABLE
    err = capsys.readouterr().err
    assert "'not an address' is not an email address" in err and "nothing was changed" in err
    assert listed() == {}


def test_removing_an_address_not_on_the_list_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    main(["suppression", "add", "gone@example.com"])
    assert main(["suppression", "remove", "gone@example.com", "never@example.com"]) == EXIT_PROBLEMS
    assert "never@example.com is not on the suppression list" in capsys.readouterr().err
    assert listed() == {}


def test_list_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    store = SuppressionList()
    until = datetime.now(UTC) + timedelta(days=14)
    store.add("blocked@example.com", "tencent.blocklisted", expires=until)
    store.close()
    capsys.readouterr()
    assert main(["suppression", "list", "--json"]) == EXIT_OK
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["address"] == "blocked@example.com"
    assert entry["reason_code"] == "tencent.blocklisted"
    assert entry["reason"] == describe("tencent.blocklisted") != "tencent.blocklisted"
    assert datetime.fromisoformat(entry["expires"]) == until.replace(microsecond=0)


def test_a_block_for_a_while_ends_by_itself() -> None:
    """A provider's block with an end (Tencent's 14 days) is held back only until then, within a run too."""
    store = SuppressionList()
    snapshot = store.snapshot()
    snapshot.add("soon@example.com", "tencent.blocklisted", expires=datetime.now(UTC) - timedelta(seconds=1))
    snapshot.add("later@example.com", "tencent.blocklisted", expires=datetime.now(UTC) + timedelta(days=14))
    assert snapshot.find("soon@example.com") is None
    assert snapshot.find("later@example.com") is not None
    assert store.find("later@example.com") is not None  # written to the file as well
    store.close()


def test_csv_export_then_import_keeps_reasons_and_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = SuppressionList()
    until = datetime(2031, 1, 2, tzinfo=UTC)
    store.add("blocked@example.com", "blocked", expires=until)
    store.add("kim@xn--bcher-kva.de", "complaint")
    store.add("=cmd@example.com", "manual")  # a spreadsheet must not run it as a formula
    store.close()
    out = tmp_path / "list.csv"
    assert main(["suppression", "export", str(out)]) == EXIT_OK
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "address,reason,added,expires"
    assert "'=cmd@example.com,manual" in text
    assert "blocked@example.com,blocked," in text and "2031-01-02T00:00:00+00:00" in text

    store = SuppressionList()
    for entry in store.entries():
        store.remove(entry.address)
    store.close()
    assert main(["suppression", "import", str(out)]) == EXIT_OK
    assert "Imported 3 addresses" in capsys.readouterr().out
    assert listed() == {"blocked@example.com": "blocked", "kim@xn--bcher-kva.de": "complaint",
                        "=cmd@example.com": "manual"}
    store = SuppressionList()
    assert store.find("blocked@example.com") is not None
    found = store.find("blocked@example.com")
    assert found is not None and found.expires == until
    store.close()


def test_csv_import_from_excel_skips_bad_lines_and_names_them(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "from-excel.csv"
    # Excel in many European locales: `;` between columns, "CSV UTF-8" with its BOM, a column called E-Mail
    source.write_bytes("E-Mail;Reason;Expires\r\nmüller@example.de;unsubscribed;\r\nnot-an-address;manual;\r\n"
                       "x@example.com;angry;\r\nlater@example.com;blocked;\r\nwhen@example.com;manual;soon\r\n"
                       "\r\nplain@example.com;;\r\n".encode("utf-8-sig"))
    assert main(["suppression", "import", str(source)]) == EXIT_PROBLEMS
    captured = capsys.readouterr()
    assert "Imported 3 addresses from from-excel.csv; 3 skipped" in captured.out
    assert "Line 3: 'not-an-address' is not an email address" in captured.err
    assert "Line 4: the reason 'angry' is not one this app knows (hard_bounce, unsubscribed, complaint, manual, " \
           "blocked)" in captured.err
    assert "Line 6: the expires date 'soon' is not a date; write it as YYYY-MM-DD" in captured.err
    assert listed() == {"müller@example.de": "unsubscribed", "later@example.com": "blocked",
                        "plain@example.com": "manual"}
    store = SuppressionList()
    blocked = store.find("later@example.com")
    assert blocked is not None and blocked.expires is not None
    assert timedelta(days=13) < blocked.expires - datetime.now(UTC) <= timedelta(days=14)  # Tencent's 14 days
    store.close()


def test_csv_import_of_a_missing_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suppression", "import", str(tmp_path / "nope.csv")]) == EXIT_UNUSABLE
    assert "nope.csv was not found" in capsys.readouterr().err
