"""Scheduling: `send --at` waits for its time; a send-at column sends each row at its own time and skips rows too
far overdue as late; times that are not dates, or already past, are explained and nothing is sent."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from engine_fixtures import TEMPLATE, address_of, server_fixture  # noqa: F401
from servers import ScriptedServer

from mailmerge.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, main
from mailmerge.compose.send_at import parse_when, scheduled_time
from mailmerge.sending.journal import Journal, RowStatus

FORMAT = "%Y-%m-%d %H:%M:%S"


def local(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").astimezone()


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-01 09:30", local("2026-03-01 09:30")),
    ("2026/3/1 9:30", local("2026-03-01 09:30")),
    ("2026-03-01T09:30:15", local("2026-03-01 09:30") + timedelta(seconds=15)),
    ("2026.03.01", local("2026-03-01 00:00")),
    ("tomorrow", None), ("03/01/2026 09:30", None), ("2026-02-30 09:00", None), ("2026-03-01 25:00", None),
])
def test_dates_people_type(text: str, expected: datetime | None) -> None:
    assert parse_when(text) == expected


def test_a_schedule_in_the_past_or_not_a_date_is_explained(tmp_path: Path, server: ScriptedServer,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    now = local("2026-03-01 10:00")
    with pytest.raises(Exception, match="is in the past"):
        scheduled_time("2026-03-01 09:59", now=now)
    contacts, template = campaign(tmp_path, [""])
    assert send(contacts, template, server, tmp_path, "--at", "2020-01-01 09:00") \
        == EXIT_UNUSABLE
    assert "--at '2020-01-01 09:00' is in the past (it is " in capsys.readouterr().err
    assert send(contacts, template, server, tmp_path, "--at", "next monday") == EXIT_UNUSABLE
    assert 'Write it as "YYYY-MM-DD HH:MM"' in capsys.readouterr().err
    assert server.messages == []


def campaign(folder: Path, send_at: list[str]) -> tuple[Path, Path]:
    contacts = folder / "contacts.csv"
    with contacts.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["name", "email", "code", "send_at"])
        writer.writerows([f"P{row}", address_of(row), str(row), when] for row, when in enumerate(send_at, start=1))
    template = folder / "template.txt"
    template.write_text(TEMPLATE, encoding="utf-8")
    return contacts, template


def send(contacts: Path, template: Path, server: ScriptedServer, folder: Path, *extra: str) -> int:
    return main(["send", str(contacts), str(template), *to(server, folder), "--yes", *extra])


def to(server: ScriptedServer, folder: Path) -> list[str]:
    return ["--server", f"smtp://127.0.0.1:{server.port}", "--journal", str(folder / "contacts.journal.sqlite")]


def journal_rows(folder: Path) -> dict[int, tuple[RowStatus, str, str]]:
    journal = Journal.read_only(folder / "contacts.journal.sqlite")
    try:
        return {r.row: (r.status, r.kind, r.sent_at) for r in journal.records()}
    finally:
        journal.close()


def sent_at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def test_send_at_waits_for_its_time(tmp_path: Path, server: ScriptedServer,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    contacts, template = campaign(tmp_path, ["", ""])
    at = (datetime.now().astimezone() + timedelta(seconds=2)).replace(microsecond=0)
    assert send(contacts, template, server, tmp_path, "--at", f"{at:{FORMAT}}") == EXIT_OK
    assert f"Waiting until {at:%Y-%m-%d %H:%M} to send" in capsys.readouterr().out
    rows = journal_rows(tmp_path)
    assert all(status is RowStatus.SENT and sent_at(when) >= at for status, _, when in rows.values())


def test_a_send_at_column_sends_each_row_at_its_time_and_skips_late_rows(
        tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]) -> None:
    now = datetime.now().astimezone().replace(microsecond=0)
    soon, long_ago, a_bit_ago = now + timedelta(seconds=2), now - timedelta(hours=2), now - timedelta(minutes=5)
    contacts, template = campaign(tmp_path, ["", f"{soon:{FORMAT}}", f"{long_ago:{FORMAT}}", f"{a_bit_ago:{FORMAT}}"])
    assert send(contacts, template, server, tmp_path) == EXIT_PROBLEMS  # a row was skipped
    rows = journal_rows(tmp_path)
    assert rows[1][0] is RowStatus.SENT and rows[4][0] is RowStatus.SENT  # 5 minutes late is within the hour
    assert rows[2][0] is RowStatus.SENT and sent_at(rows[2][2]) >= soon
    assert rows[3][:2] == (RowStatus.SKIPPED, "late")
    assert sorted(m.recipients[0] for m in server.messages) == [address_of(1), address_of(2), address_of(4)]
    assert f"was to be sent at {long_ago:%Y-%m-%d %H:%M}, more than 60 minutes ago" in capsys.readouterr().out

    # a shorter grace period makes the 5-minutes-late row late too
    other = tmp_path / "again"
    other.mkdir()
    contacts, template = campaign(other, [f"{a_bit_ago:{FORMAT}}"])
    assert send(contacts, template, server, other, "--late-after", "1") == EXIT_PROBLEMS
    assert journal_rows(other)[1][:2] == (RowStatus.SKIPPED, "late")


def test_a_send_at_cell_that_is_not_a_date_stops_the_check(tmp_path: Path, server: ScriptedServer,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    contacts, template = campaign(tmp_path, ["", "next tuesday"])
    assert main(["check", str(contacts), str(template)]) == EXIT_PROBLEMS
    assert ("row 2, column send_at: 'next tuesday' is not a date and time. Write it as YYYY-MM-DD HH:MM"
            in capsys.readouterr().out)
    assert send(contacts, template, server, tmp_path) == EXIT_PROBLEMS
    assert server.messages == []


def test_the_schedule_store_keeps_one_entry_per_campaign_and_survives_a_damaged_file(tmp_path: Path) -> None:
    from mailmerge.sending.schedule import Scheduled, add_schedule, due, load_schedules, remove_schedule

    store = tmp_path / "schedules.json"
    now = local("2026-03-01 10:00")
    add_schedule(Scheduled(tmp_path / "a.mailmerge.json", now + timedelta(hours=2), "office"), store)
    add_schedule(Scheduled(tmp_path / "b.mailmerge.json", now - timedelta(minutes=5)), store)
    add_schedule(Scheduled(tmp_path / "a.mailmerge.json", now + timedelta(hours=1), "office"), store)  # moved
    assert [(s.campaign.name, s.at) for s in load_schedules(store)] == [
        ("b.mailmerge.json", now - timedelta(minutes=5)), ("a.mailmerge.json", now + timedelta(hours=1))]
    assert [s.campaign.name for s in due(now, store)] == ["b.mailmerge.json"]
    assert remove_schedule(tmp_path / "b.mailmerge.json", store) and not remove_schedule(tmp_path / "x", store)
    store.write_text("{not json", encoding="utf-8")
    assert load_schedules(store) == []
