"""`mailmerge send` end to end in-process: real files, a real SMTP server, the real journal."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_fixtures import serve_json_api
from conftest import REPO
from engine_fixtures import address_of, journal_in, journals_in, server_fixture, write_campaign  # noqa: F401
from servers import DROP, ScriptedServer
from test_api_accounts import (  # noqa: F401  (fixtures, used as parameters)
    SES_SECRET,
    FakeSesAccount,
    FakeTencentAccount,
    RecordedRequest,
    account_name,
    needs_dbus,
    save_ses,
    save_tencent,
    ses_api,
    tencent_api,
)

from mailmerge.cli import main
from mailmerge.sending.journal import Journal, RowStatus


def send(contacts: Path, template: Path, *flags: str) -> int:
    return main(["send", str(contacts), str(template), *flags])


def to(server: ScriptedServer) -> list[str]:
    return [f"--server=smtp://127.0.0.1:{server.port}"]


def delivered(server: ScriptedServer) -> Counter[str]:
    return Counter(r for m in server.messages for r in m.recipients)


def test_send_resume_and_events_file(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 12)
    events = tmp_path / "events.jsonl"
    assert send(contacts, template, *to(server), "--yes", "--connections=3", f"--events-jsonl={events}") == 0
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 13)})
    out = capsys.readouterr().out
    assert "Sending 12 messages via 127.0.0.1" in out and "Finished: 12 sent" in out

    lines = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines()]
    assert sum(1 for e in lines if e["event"] == "RowSent") == 12
    assert lines[-1] == {"event": "RunStopped", "reason_code": "finished", "reason": lines[-1]["reason"]}
    assert {"event", "row", "message_id", "reply"} <= set(next(e for e in lines if e["event"] == "RowSent"))

    journal_path = journal_in(tmp_path)  # next to the spreadsheet by default
    assert journal_path.exists()
    # Running the same command again would be a mistake: it refuses and says what to do.
    assert send(contacts, template, *to(server), "--yes") == 2
    assert "--resume" in capsys.readouterr().err
    assert send(contacts, template, *to(server), "--yes", "--resume") == 0
    assert "Nothing to send" in capsys.readouterr().out
    assert len(server.messages) == 12


def test_without_yes_a_script_is_refused(tmp_path: Path, server: ScriptedServer,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    contacts, template = write_campaign(tmp_path, 3)
    assert send(contacts, template, *to(server)) == 2
    assert "add --yes" in capsys.readouterr().err
    assert not server.messages
    # The refused run left a journal; the next run, with --yes, still sends everyone (once).
    assert send(contacts, template, *to(server), "--yes") == 0
    assert "Sending 3 messages" in capsys.readouterr().out
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 4)})


def test_rows_with_errors_stop_the_send_before_anything_goes(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 4, overrides={3: "not-an-address"})
    assert send(contacts, template, *to(server), "--yes") == 1
    err = capsys.readouterr().err
    assert "row 3" in err and "nothing was sent" in err
    assert not server.messages
    assert journals_in(tmp_path) == []


def test_dry_run_builds_everything_and_sends_nothing(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 5)
    assert send(contacts, template, *to(server), "--dry-run") == 0
    assert "5 messages built" in capsys.readouterr().out
    assert not server.messages


def test_failed_row_gives_exit_1_and_retry_failed_sends_only_it(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.script.once("data", "554 5.7.1 Message refused by policy")
    contacts, template = write_campaign(tmp_path, 4)
    assert send(contacts, template, *to(server), "--yes", "--connections=1") == 1
    assert "row 1: failed" in capsys.readouterr().out
    assert send(contacts, template, *to(server), "--yes", "--retry-failed", "--rows=1-2") == 0
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 5)})


def test_account_problem_stops_with_exit_2_and_rows_stay_pending(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.script.always("mail", "530 5.7.0 Authentication required")
    contacts, template = write_campaign(tmp_path, 5)
    assert send(contacts, template, *to(server), "--yes") == 2
    assert "user name and password" in capsys.readouterr().out
    journal = Journal.read_only(journal_in(tmp_path))
    assert journal.counts()[RowStatus.PENDING] == 5
    journal.close()


def test_default_is_the_built_in_outbox(tmp_path: Path, isolated_dirs: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    contacts, template = write_campaign(tmp_path, 3)
    assert send(contacts, template, "--yes") == 0
    out = capsys.readouterr().out
    assert "built-in outbox" in out
    saved = list(isolated_dirs.rglob("*.eml"))
    assert len(saved) == 3 and str(saved[0].parent) in out


@pytest.mark.parametrize(
    ("flags", "says"),
    [
        (["--rate=fast"], "--rate"),
        (["--rows=1"], "--retry-failed"),
        (["--connections=40"], "between 1 and 16"),
        (["--per-recipient-hour=0"], "--per-recipient-hour must be 1 or more"),
        (["--server=http://x"], "smtp://HOST:PORT"),
        (["--server=smtp://127.0.0.1:25", "--user=me"], "MAILMERGE_PASSWORD"),
    ],
)
def test_unusable_flags_are_explained(tmp_path: Path, flags: list[str], says: str,
                                      capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAILMERGE_PASSWORD", raising=False)
    contacts, template = write_campaign(tmp_path, 2)
    assert send(contacts, template, "--yes", *flags) == 2
    assert says in capsys.readouterr().err


def test_per_recipient_hour_flag_holds_a_repeated_address(tmp_path: Path, server: ScriptedServer) -> None:
    """`--per-recipient-hour 1` end to end: the second message to one address waits (and says so), the other
    rows go; Ctrl-C leaves it pending for a later --resume."""
    contacts, template = write_campaign(tmp_path, 3, overrides={3: address_of(1)})
    command = [sys.executable, "-m", "mailmerge", "send", str(contacts), str(template), "--yes", *to(server),
               "--connections=1", "--per-recipient-hour=1", "--per-row"]
    process = subprocess.Popen(command, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    shown = next((line for line in process.stdout if "hourly limit" in line), "")  # "" if the process ended
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 130
    assert f"messages to {address_of(1)}" in shown and "row 3 waits" in shown
    assert delivered(server) == Counter({address_of(1): 1, address_of(2): 1})
    journal = Journal.read_only(journal_in(tmp_path))
    assert journal.record_of(3).status is RowStatus.PENDING  # type: ignore[union-attr]
    journal.close()


def test_provider_per_recipient_limit_reaches_the_engine() -> None:
    from mailmerge.accounts.profiles import _engine_limits
    from mailmerge.transports.presets import get_preset

    assert _engine_limits(get_preset("tencent-api").limits).per_recipient_hour == 10
    assert _engine_limits(get_preset("tencent-smtp").limits).per_recipient_hour == 10


def test_retry_failed_sends_corrected_rows_never_sent_ones_and_unknown_only_when_chosen(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.script.always("rcpt", "550 5.1.1 <gone@example.com>: user unknown", address="gone@example.com")
    server.script.once("data", "250 2.0.0 Ok: queued as A")  # row 1
    server.script.once("data", DROP)  # row 3: lost after the body, so unknown
    contacts, template = write_campaign(tmp_path, 4, overrides={2: "gone@example.com"})
    assert send(contacts, template, *to(server), "--yes", "--connections=1") == 1
    journal_path = journal_in(tmp_path)
    assert status_of(journal_path) == {1: "sent", 2: "failed", 3: "unknown", 4: "sent"}
    capsys.readouterr()

    # The office corrects row 2's address, and also edits rows 1 and 3 (a sent and an unknown row).
    write_campaign(tmp_path, 4, overrides={1: "first.new@example.com", 2: "fixed@example.com",
                                           3: "third.new@example.com"})
    assert send(contacts, template, *to(server), "--yes", "--retry-failed") == 1  # row 3 is still unknown
    err = capsys.readouterr().err
    assert "row 1 changed in the spreadsheet after the message was sent" in err
    assert delivered(server) == Counter({address_of(1): 1, address_of(4): 1, "fixed@example.com": 1})
    journal = Journal.read_only(journal_path)
    fixed = journal.record_of(2)
    assert fixed is not None and (fixed.status, fixed.address) == (RowStatus.SENT, "fixed@example.com")
    assert fixed.values[1] == "fixed@example.com"  # the report shows the content that was sent
    journal.close()

    # Row 3 goes only when chosen by number; row 1 (sent) never does, and the reason is shown.
    assert send(contacts, template, *to(server), "--yes", "--retry-failed", "--rows=1,3") == 0
    assert "row 1 was sent already; it is not sent again" in capsys.readouterr().err
    assert delivered(server)["third.new@example.com"] == 1
    assert delivered(server)["first.new@example.com"] == 0
    assert status_of(journal_path) == {1: "sent", 2: "sent", 3: "sent", 4: "sent"}


def status_of(journal_path: Path) -> dict[int, str]:
    journal = Journal.read_only(journal_path)
    try:
        return {r.row: r.status.value for r in journal.records()}
    finally:
        journal.close()


# ------------------------------------------------------------------------------------- saved API accounts
@needs_dbus
def test_tencent_account_refuses_rows_over_its_attachment_limit_before_sending(
    tmp_path: Path, tencent_api: FakeTencentAccount, account_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    save_tencent(account_name, f"http://{tencent_api.host}", template_id=4242)
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("name,email,file\nKim,kim@example.com,scan.pdf\nLee,lee@example.com,\n", encoding="utf-8")
    with (tmp_path / "scan.pdf").open("wb") as scan:
        scan.truncate(5 * 1024 * 1024)
    template = tmp_path / "message.txt"
    template.write_text("Subject: Scan\n\nHello {{ name }}\n", encoding="utf-8")  # From: the account's
    assert send(contacts, template, f"--account={account_name}", "--yes") == 1
    err = capsys.readouterr().err
    assert "row 1, column file: The attachments add up to 5.0 MB; Tencent Cloud accepts at most 4 MB" in err
    assert "nothing was sent: 1 problem must be fixed first" in err
    assert tencent_api.requests == []  # not even signed in: the check comes first
    assert journals_in(tmp_path) == []


class SesAccountThatSends(FakeSesAccount):
    """GetAccount as FakeSesAccount, plus SendEmail accepted with a message ID."""

    def answer(self, request: RecordedRequest) -> tuple[int, dict[str, object]]:
        if (request.method, request.path) == ("POST", "/v2/email/outbound-emails"):
            return 200, {"MessageId": f"ses-{len(self.requests)}"}
        return super().answer(request)


@pytest.fixture
def ses_sending() -> Iterator[SesAccountThatSends]:
    yield from serve_json_api(SesAccountThatSends())


def sent_through(api: SesAccountThatSends) -> int:
    return sum(r.method == "POST" for r in api.requests)


@needs_dbus
def test_ses_quota_is_shown_and_a_run_larger_than_what_is_left_is_announced(
    tmp_path: Path, ses_sending: SesAccountThatSends, account_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ses_sending.body["SendQuota"] = {"Max24HourSend": 200.0, "MaxSendRate": 50.0, "SentLast24Hours": 197.0}
    save_ses(account_name, f"http://{ses_sending.host}")
    contacts, template = write_campaign(tmp_path, 5)
    # --per-day is the user's own pace and is kept: all 5 go out (the provider would pause a real run).
    assert send(contacts, template, f"--account={account_name}", "--yes", "--per-day=100") == 0
    out, err = capsys.readouterr()
    assert f"{account_name}: Amazon SES API in eu-west-1: 3 of 200 messages left in the provider's 24-hour quota." \
        in out.splitlines()
    assert ("mailmerge: warning: 5 messages to send but only 3 left in the provider's 24-hour quota: the run "
            "pauses when the quota is used up and continues by itself when there is room again") in err
    assert sent_through(ses_sending) == 5


@needs_dbus
def test_without_per_day_the_run_waits_when_the_quota_left_is_used_up(
    tmp_path: Path, ses_sending: SesAccountThatSends, account_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ses_sending.body["SendQuota"] = {"Max24HourSend": 200.0, "MaxSendRate": 50.0, "SentLast24Hours": 198.0}
    save_ses(account_name, f"http://{ses_sending.host}")
    contacts, template = write_campaign(tmp_path, 4)
    events = tmp_path / "events.jsonl"

    def interrupt_on_quota_wait() -> None:  # what a person does: sees the wait announced, presses Ctrl-C
        while not events.exists() or '"QuotaWait"' not in events.read_text(encoding="utf-8"):
            time.sleep(0.02)
        os.kill(os.getpid(), signal.SIGINT)

    watcher = threading.Thread(target=interrupt_on_quota_wait, daemon=True)
    watcher.start()
    code = send(contacts, template, f"--account={account_name}", "--yes", f"--events-jsonl={events}")
    watcher.join(timeout=5)
    assert code == 130
    assert sent_through(ses_sending) == 2  # what was left of the quota, then a wait instead of refused messages
    statuses = Counter(status_of(journal_in(tmp_path)).values())
    assert statuses == Counter({"sent": 2, "pending": 2})
    assert "The per-day sending limit is reached. Sending continues by itself at about" in capsys.readouterr().out


@needs_dbus
def test_an_unreadable_ses_quota_is_a_warning_and_the_run_goes_on(
    tmp_path: Path, ses_sending: SesAccountThatSends, account_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    save_ses(account_name, f"http://{ses_sending.host}", key_id="AKIAWRONG")
    contacts, template = write_campaign(tmp_path, 2)
    assert send(contacts, template, f"--account={account_name}", "--dry-run") == 0
    out, err = capsys.readouterr()
    assert err.startswith("mailmerge: warning: Could not read the Amazon SES sending limits: Amazon SES did not "
                          "accept the access key.")
    assert "saved limits instead (1 a second, 200 a day)" in err and SES_SECRET not in err
    assert "quota" not in out and "Dry run: 2 messages built" in out  # no day budget is claimed
