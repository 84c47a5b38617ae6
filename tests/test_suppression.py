"""The suppression list as people manage it (`mailmerge suppression list|add|remove`) and as runs use it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

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
