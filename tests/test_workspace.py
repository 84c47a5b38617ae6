"""The campaign core both faces drive (sending/workspace.py): run identity, the plan, the one-sender lock.

Everything here goes through the real command line against real SMTP servers; the plan's number in the
confirmation ("Sending N messages") must be what the server then receives."""



from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO
from engine_fixtures import address_of, journal_in, journals_in, server_fixture, write_campaign  # noqa: F401
from servers import ScriptedServer

from mailmerge.cli import main
from mailmerge.compose.campaign import open_campaign
from mailmerge.sending.journal import Journal, RowStatus
from mailmerge.sending.plan import PlanOptions, Reason
from mailmerge.sending.runlock import RunLock
from mailmerge.sending.runs import identify, lock_path, server_ref
from mailmerge.sending.workspace import find_unfinished, prepare_run


def send(contacts: Path, template: Path, *flags: str) -> int:
    return main(["send", str(contacts), str(template), *flags])


def to(server: ScriptedServer) -> str:
    return f"--server=smtp://127.0.0.1:{server.port}"


def announced(out: str) -> int:
    found = re.search(r"Sending (\d+) messages?", out)
    return int(found[1]) if found else 0


def delivered(server: ScriptedServer) -> Counter[str]:
    return Counter(r for m in server.messages for r in m.recipients)


def statuses(path: Path) -> dict[int, RowStatus]:
    journal = Journal.read_only(path)
    try:
        return {r.row: r.status for r in journal.records()}
    finally:
        journal.close()


# --------------------------------------------------------------------------------------------- the plan is the truth
def _fresh(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    write_campaign(tmp, 6)
    return [to(server)], 6


def _resumed(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    contacts, template = write_campaign(tmp, 6)
    for _ in range(3):
        server.script.once("data", "250 2.0.0 Ok")
    server.script.once("data", "554 5.7.1 Email address is not verified.")
    assert send(contacts, template, to(server), "--yes", "--connections=1") == 2
    return [to(server), "--resume"], 3


def _retried(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    contacts, template = write_campaign(tmp, 4)
    server.script.once("data", "554 5.7.1 Message refused by policy")
    assert send(contacts, template, to(server), "--yes", "--connections=1") == 1
    return [to(server), "--retry-failed"], 1


def _after_a_trial(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    contacts, template = write_campaign(tmp, 5)
    assert send(contacts, template, "--yes") == 0  # the built-in outbox: nothing leaves the computer
    return [to(server)], 5


def _with_errors(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    write_campaign(tmp, 5, overrides={3: "not-an-address"})
    return [to(server), "--skip-invalid"], 4


def _with_duplicates(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    write_campaign(tmp, 5, overrides={4: address_of(1), 5: address_of(1).upper()})
    return [to(server)], 3


def _duplicates_per_row(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    write_campaign(tmp, 5, overrides={4: address_of(1)})
    return [to(server), "--per-row"], 5


def _with_suppressed(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    write_campaign(tmp, 5)
    assert main(["suppression", "add", address_of(2), address_of(4), "--reason", "unsubscribed"]) == 0
    return [to(server)], 3


def _earlier_version_only_new(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    contacts, template = write_campaign(tmp, 4)
    assert send(contacts, template, to(server), "--yes") == 0
    write_campaign(tmp, 6)
    template.write_text(template.read_text(encoding="utf-8") + "\nCorrected.\n", encoding="utf-8")
    return [to(server), "--only-new"], 2


def _earlier_version_everyone(tmp: Path, server: ScriptedServer) -> tuple[list[str], int]:
    contacts, template = write_campaign(tmp, 4)
    assert send(contacts, template, to(server), "--yes") == 0
    template.write_text(template.read_text(encoding="utf-8") + "\nCorrected.\n", encoding="utf-8")
    return [to(server), "--everyone"], 4


SCENARIOS: dict[str, Callable[[Path, ScriptedServer], tuple[list[str], int]]] = {
    "fresh": _fresh,
    "resumed": _resumed,
    "retried": _retried,
    "after a trial": _after_a_trial,
    "with errors left out": _with_errors,
    "with duplicates": _with_duplicates,
    "duplicates once per row": _duplicates_per_row,
    "with suppressed addresses": _with_suppressed,
    "earlier version, only new people": _earlier_version_only_new,
    "earlier version, everyone": _earlier_version_everyone,
}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_confirmed_count_is_what_the_server_receives(
    scenario: str, tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    flags, expected = SCENARIOS[scenario](tmp_path, server)
    before = len(server.messages)
    capsys.readouterr()
    code = send(tmp_path / "contacts.csv", tmp_path / "template.txt", *flags, "--yes")
    out = capsys.readouterr().out
    assert code == 0, out
    assert announced(out) == expected == len(server.messages) - before
    twice_allowed = "everyone" in scenario or "per row" in scenario  # the user asked for it
    assert max(delivered(server).values()) <= (2 if twice_allowed else 1)


# --------------------------------------------------------------------------------------------- run identity
def test_a_trial_through_the_outbox_never_counts_as_sent_for_real(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 30)
    assert send(contacts, template, "--yes") == 0
    assert announced(capsys.readouterr().out) == 30
    assert not server.messages
    # Then the real account: everyone gets it, and the trial's journal is still there, as a trial.
    assert send(contacts, template, to(server), "--yes") == 0
    assert announced(capsys.readouterr().out) == 30
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 31)})
    assert len(journals_in(tmp_path)) == 2


def test_moving_the_campaign_folder_keeps_its_runs(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "March"
    first.mkdir()
    contacts, template = write_campaign(first, 6)
    for _ in range(2):
        server.script.once("data", "250 2.0.0 Ok")
    server.script.once("data", "554 5.7.1 Email address is not verified.")
    assert send(contacts, template, to(server), "--yes", "--connections=1") == 2
    moved = tmp_path / "Archive" / "March 2026"
    moved.parent.mkdir()
    shutil.move(first, moved)
    capsys.readouterr()
    assert send(moved / "contacts.csv", moved / "template.txt", to(server), "--yes", "--resume") == 0
    assert announced(capsys.readouterr().out) == 4
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 7)})


def test_a_corrected_template_resumes_with_the_people_who_got_nothing(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fixing a typo and continuing: the rest get the corrected message; nobody gets a second copy, and no row is
    called "changed in the spreadsheet"."""
    contacts, template = write_campaign(tmp_path, 6)
    for _ in range(2):
        server.script.once("data", "250 2.0.0 Ok")
    server.script.once("data", "554 5.7.1 Email address is not verified.")
    assert send(contacts, template, to(server), "--yes", "--connections=1") == 2
    template.write_text(template.read_text(encoding="utf-8").replace("{{", "{{ ") + "\nP.S. corrected\n",
                        encoding="utf-8")
    capsys.readouterr()
    assert send(contacts, template, to(server), "--yes", "--resume") == 0
    out = capsys.readouterr().out
    assert announced(out) == 4 and "changed" not in out
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 7)})


def test_another_version_without_a_choice_is_refused_in_plain_words(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 3)
    assert send(contacts, template, to(server), "--yes") == 0
    template.write_text(template.read_text(encoding="utf-8") + "\nAnother text.\n", encoding="utf-8")
    capsys.readouterr()
    assert send(contacts, template, to(server), "--yes") == 2
    err = capsys.readouterr().err
    assert "3 people on this sheet already got another version" in err and "--only-new" in err
    assert len(server.messages) == 3


def test_a_journal_of_an_older_version_counts_and_is_kept(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """An older version kept `<spreadsheet>.journal.sqlite` keyed by paths: it is read, never deleted, and the
    people it sent to are not sent again by a run that continues."""
    contacts, template = write_campaign(tmp_path, 4)
    old = tmp_path / "contacts.journal.sqlite"
    campaign = open_campaign(contacts, template)
    journal = Journal.open(old, "an-old-path-based-key", contacts_path=str(contacts.resolve()),
                           template_path=str(template.resolve()), columns=campaign.contacts.columns)
    journal.sync_rows((r, "old-hash", campaign.contacts.rows[r - 1]) for r in range(1, 5))
    for row in (1, 2):
        journal.set_address(row, address_of(row))
        journal._write("UPDATE recipients SET status = 'sent', sent_at = '2026-03-03T10:00:00+00:00' WHERE row = ?",
                       (row,))
    journal.flush()
    journal.close()
    assert send(contacts, template, to(server), "--yes", "--resume") == 0
    assert announced(capsys.readouterr().out) == 2
    assert delivered(server) == Counter({address_of(3): 1, address_of(4): 1})
    assert old.exists()


# --------------------------------------------------------------------------------------------- one sender at a time
def test_a_second_sender_is_refused_naming_the_first(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 3)
    identity = identify(open_campaign(contacts, template), server_ref("127.0.0.1", server.port, None))
    with RunLock.acquire(lock_path(contacts, identity), face="window"):
        assert send(contacts, template, to(server), "--yes") == 2
        err = capsys.readouterr().err
        assert "being sent right now by another Mail Merge (window, process" in err
        assert f"process {os.getpid()}" in err
    assert not server.messages
    # Once the first sender is done, the campaign can be sent.
    assert send(contacts, template, to(server), "--yes") == 0
    assert len(server.messages) == 3


def test_two_processes_on_one_campaign_never_send_anyone_twice(tmp_path: Path) -> None:
    server = ScriptedServer(data_delay_s=0.05).start()
    try:
        contacts, template = write_campaign(tmp_path, 40)
        command = [sys.executable, "-m", "mailmerge", "send", str(contacts), str(template), "--yes", to(server),
                   "--connections=2", "--resume"]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        processes = [subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True) for _ in range(2)]
        results = [p.communicate(timeout=120) for p in processes]
        codes = sorted(p.returncode for p in processes)
    finally:
        server.stop()
    assert codes == [0, 2], results
    refused = next(err for (_, err), p in zip(results, processes, strict=True) if p.returncode == 2)
    assert "being sent right now by another Mail Merge" in refused and "damaged" not in refused
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 41)})


# --------------------------------------------------------------------------------------------- stop means stop
def test_sigterm_stops_like_ctrl_c(tmp_path: Path) -> None:
    server = ScriptedServer(data_delay_s=0.2).start()
    try:
        contacts, template = write_campaign(tmp_path, 60)
        command = [sys.executable, "-m", "mailmerge", "send", str(contacts), str(template), "--yes", to(server),
                   "--connections=3"]
        process = subprocess.Popen(command, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while len(server.messages) < 3 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        stopped_at = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        server.stop()
    assert process.returncode == 130, err
    started_after = [t for t in server.transactions_started if t > stopped_at]
    assert len(started_after) <= 3  # at most the ones already in flight (one per connection)
    final = statuses(journal_in(tmp_path))
    assert Counter(final.values())[RowStatus.SENT] == len(server.messages)
    assert Counter(final.values())[RowStatus.PENDING] >= 60 - len(server.messages) - 3


# --------------------------------------------------------------------------------------------- the core API
def test_plan_lists_everyone_left_out_with_the_reason(tmp_path: Path) -> None:
    contacts, template = write_campaign(tmp_path, 6, overrides={2: "broken", 5: address_of(1)})
    campaign = open_campaign(contacts, template)
    run = prepare_run(campaign, server_ref("127.0.0.1", 25, None), face="command line",
                      options=PlanOptions(excluded=frozenset({6})))
    try:
        plan = run.plan
        assert not plan.ready and plan.invalid_rows == (2,)
        assert plan.rows == (1, 3, 4)
        assert {(e.row, e.reason) for e in plan.left_out} == {
            (2, Reason.INVALID), (5, Reason.DUPLICATE), (6, Reason.EXCLUDED)}
        assert plan.left_out_for(Reason.DUPLICATE)[0].params["first_row"] == 1
    finally:
        run.close()
    assert journals_in(tmp_path) == []  # never committed: a declined send leaves no file


def test_an_interrupted_run_of_either_face_can_be_found_and_reopened(
    tmp_path: Path, server: ScriptedServer
) -> None:
    contacts, template = write_campaign(tmp_path, 5)
    server.script.once("data", "250 2.0.0 Ok")
    server.script.once("data", "554 5.7.1 Email address is not verified.")
    assert send(contacts, template, to(server), "--yes", "--connections=1") == 2
    found = find_unfinished()
    assert found is not None
    assert (found.sent, found.waiting, found.contacts_name) == (1, 4, "contacts.csv")
    assert found.document.contacts_path is not None and found.document.contacts_path.resolve() == contacts.resolve()
    assert "Subject:" in found.document.template_text


# --------------------------------------------------------------------------------------------- attachments
def _with_invoices(tmp_path: Path) -> tuple[Path, Path, Path]:
    campaign = tmp_path / "campaign"
    campaign.mkdir()
    elsewhere = tmp_path / "Shared invoices"
    elsewhere.mkdir()
    (elsewhere / "inv1.pdf").write_bytes(b"%PDF-1.4 one")
    (campaign / "terms.pdf").write_bytes(b"%PDF-1.4 terms")
    contacts = campaign / "contacts.csv"
    contacts.write_text(f"name,email,attachment\nKim,kim@example.com,{elsewhere / 'inv1.pdf'}\n", encoding="utf-8")
    template = campaign / "note.txt"
    template.write_text("From: office@example.com\nSubject: Invoice\nAttachment: terms.pdf\n\nHello {{ name }}\n",
                        encoding="utf-8")
    return contacts, template, elsewhere


def test_an_attachment_folder_the_user_names_is_allowed_and_the_template_files_are_shown(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template, elsewhere = _with_invoices(tmp_path)
    # A cell naming a file outside the campaign's folders is a row error: nothing is sent.
    assert send(contacts, template, to(server), "--yes") == 1
    assert "inv1.pdf" in capsys.readouterr().err and not server.messages
    # The user says that folder is part of the campaign: it goes, with the template's own file listed first.
    assert send(contacts, template, to(server), "--yes", f"--attachments-folder={elsewhere}") == 0
    out = capsys.readouterr().out
    assert f"Every message carries: {template.parent / 'terms.pdf'}" in out
    [message] = server.messages
    assert b"%PDF-1.4 one" not in message.data  # base64 in the message: look for the file names instead
    assert b'filename="inv1.pdf"' in message.data and b'filename="terms.pdf"' in message.data


def test_a_row_left_out_for_an_error_goes_once_it_is_fixed(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 4, overrides={3: "not-an-address"})
    assert send(contacts, template, to(server), "--yes", "--skip-invalid") == 0
    assert statuses(journal_in(tmp_path))[3] is RowStatus.SKIPPED
    write_campaign(tmp_path, 4)  # the address is corrected in the spreadsheet
    capsys.readouterr()
    assert send(contacts, template, to(server), "--yes", "--resume") == 0
    assert announced(capsys.readouterr().out) == 1
    assert delivered(server) == Counter({address_of(r): 1 for r in range(1, 5)})
    assert statuses(journal_in(tmp_path))[3] is RowStatus.SENT
