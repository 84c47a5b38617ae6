"""Bad input and faults give a clear outcome and lose nothing, each against real parts: a real SMTP server that goes
away mid-run, a name that does not resolve, a certificate that changes mid-run, a changed spreadsheet, a foreign
journal.

Covered elsewhere, not repeated here: a full disk under the journal (test_engine.py::
test_full_disk_stops_the_run_cleanly, test_journal.py::test_full_disk_raises_a_clear_error_and_keeps_the_file_sound),
damaged and foreign journal files in detail (test_journal.py::test_damaged_or_foreign_file_is_refused_clearly,
test_corrupted_pages_are_detected, test_journal_of_another_campaign_is_refused), a process killed at random moments
(test_crash_resume.py).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
import trustme
from engine_fixtures import Setup, address_of, journal_in, journals_in, server_fixture, write_campaign  # noqa: F401
from servers import ScriptedServer, make_tls_certs

from mailmerge.base.events import Event, RowFailed, RowSent, RowSkipped, RunStopped
from mailmerge.cli import main
from mailmerge.compose.campaign import open_campaign
from mailmerge.sending.engine import Engine, Limits
from mailmerge.sending.journal import Journal, RowStatus
from mailmerge.sending.runs import identify, journal_path, server_ref
from mailmerge.transports.smtp import SmtpSettings, smtp_factory

pytestmark = pytest.mark.integration


def statuses(journal_path: Path) -> dict[int, RowStatus]:
    journal = Journal.read_only(journal_path)
    try:
        return {r.row: r.status for r in journal.records()}
    finally:
        journal.close()


def delivered(*servers: ScriptedServer) -> Counter[str]:
    return Counter(r for server in servers for m in server.messages for r in m.recipients)


async def run_engine(setup: Setup, settings: SmtpSettings, limits: Limits, stop_after_sent: int = 0,
                     on_stop: Callable[[], Awaitable[object]] | None = None) -> list[Event]:
    """Run the engine against `settings`; once `stop_after_sent` messages went, await `on_stop()` (the fault)."""
    journal = setup.open_journal()
    engine = Engine(setup.campaign(), journal, smtp_factory(settings), limits, suppression=setup.suppression,
                    retry_base_s=0.01, jitter=lambda: 0.0)
    events: list[Event] = []
    sent = 0
    try:
        async for event in engine.run():
            events.append(event)
            sent += isinstance(event, RowSent)
            if on_stop is not None and sent == stop_after_sent and isinstance(event, RowSent):
                await on_stop()
    finally:
        journal.close()
    return events


def send(contacts: Path, template: Path, *flags: str) -> int:
    return main(["send", str(contacts), str(template), "--yes", *flags])


async def test_server_going_away_mid_run_stops_cleanly_and_resume_sends_the_rest_once(tmp_path: Path) -> None:
    rows = 30
    contacts, template = write_campaign(tmp_path, rows)
    first = ScriptedServer().start()
    setup = Setup(tmp_path, contacts, template, first.port)
    settings = SmtpSettings("127.0.0.1", first.port, "none", timeout_s=5)

    events = await run_engine(setup, settings, Limits(connections=2), stop_after_sent=8,
                              on_stop=lambda: asyncio.to_thread(first.stop))

    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "stop_run"
    assert "--resume" in stopped.reason and "could not be reached" in stopped.reason
    after_stop = Counter(statuses(setup.journal_path).values())
    # In flight when the server went: unknown if the body had been handed over, else back in the schedule.
    # No row was failed for the server's absence.
    assert set(after_stop) <= {RowStatus.SENT, RowStatus.UNKNOWN, RowStatus.PENDING, RowStatus.RETRYING}
    assert after_stop[RowStatus.SENT] == len(first.messages) >= 8
    assert after_stop[RowStatus.UNKNOWN] <= 2  # at most one per connection

    second = ScriptedServer().start()  # the server is back (on another port, as far as the test can arrange)
    try:
        resumed = await run_engine(setup, SmtpSettings("127.0.0.1", second.port, "none", timeout_s=5),
                                   Limits(connections=2))
    finally:
        second.stop()
    assert isinstance(resumed[-1], RunStopped) and resumed[-1].reason_code == "finished"
    final = statuses(setup.journal_path)
    unknown = {r for r, status in final.items() if status is RowStatus.UNKNOWN}
    assert {status for r, status in final.items() if r not in unknown} == {RowStatus.SENT}
    # Every row not unknown arrived exactly once across both servers; unknown rows were not sent again.
    assert delivered(first, second) == Counter({address_of(r): 1 for r in range(1, rows + 1) if r not in unknown})


async def test_unknown_host_stops_the_run_with_a_plain_sentence(tmp_path: Path) -> None:
    contacts, template = write_campaign(tmp_path, 5)
    setup = Setup(tmp_path, contacts, template, 25)
    events = await run_engine(setup, SmtpSettings("no-such-host.invalid", 25, "none", timeout_s=5), Limits())
    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "stop_run"
    assert stopped.reason.startswith("The server name could not be found. Check the spelling")
    assert not [e for e in events if isinstance(e, RowFailed | RowSent)]
    assert set(statuses(setup.journal_path).values()) == {RowStatus.PENDING}
    # A try that could not reach the server does not count: a resumed run gives every row all its tries.
    db = sqlite3.connect(setup.journal_path)
    assert {attempts for (attempts,) in db.execute("SELECT attempts FROM recipients")} == {0}
    db.close()


def test_unknown_host_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contacts, template = write_campaign(tmp_path, 3)
    assert send(contacts, template, "--server=smtp://no-such-host.invalid:587") == 2
    assert "The server name could not be found" in capsys.readouterr().out
    assert set(statuses(journal_in(tmp_path)).values()) == {RowStatus.PENDING}


async def test_certificate_changing_mid_run_stops_and_leaves_the_rest_pending(tmp_path: Path) -> None:
    """The server starts presenting a certificate from an authority the client does not trust (a hijacked or
    misconfigured relay): the next connection refuses it, nothing more is sent, nothing is failed."""
    certs = make_tls_certs(tmp_path / "certs")
    server = ScriptedServer(tls="tls", server_context=certs.server_context).start()
    contacts, template = write_campaign(tmp_path, 12)
    setup = Setup(tmp_path, contacts, template, server.port)
    settings = SmtpSettings("127.0.0.1", server.port, "tls", ca_file=str(certs.ca_file), timeout_s=5)

    async def switch_certificate() -> None:
        trustme.CA().issue_cert("127.0.0.1").configure_cert(certs.server_context)  # new handshakes only

    try:
        events = await run_engine(setup, settings, Limits(connections=1, max_per_connection=3),
                                  stop_after_sent=3, on_stop=switch_certificate)
    finally:
        server.stop()
    stopped = events[-1]
    assert isinstance(stopped, RunStopped) and stopped.reason_code == "stop_run"
    assert "certificate could not be trusted" in stopped.reason
    final = statuses(setup.journal_path)
    assert [r for r, s in final.items() if s is RowStatus.SENT] == [1, 2, 3]
    assert {s for r, s in final.items() if r > 3} == {RowStatus.PENDING}
    assert delivered(server) == Counter({address_of(r): 1 for r in (1, 2, 3)})


def test_changed_spreadsheet_is_shown_and_nothing_is_resent_silently(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 6)
    # A first run sends rows 1-3, then a refusal that concerns the whole account stops it.
    for _ in range(3):
        server.script.once("data", "250 2.0.0 Ok")
    server.script.once("data", "554 5.7.1 Email address is not verified.")
    assert send(contacts, template, f"--server=smtp://127.0.0.1:{server.port}", "--connections=1") == 2
    assert statuses(journal_in(tmp_path))[4] is RowStatus.PENDING
    capsys.readouterr()

    # Someone edits row 2 (already sent) and row 5 (not sent yet), and puts row 1's address on row 6; then resumes.
    write_campaign(tmp_path, 6, overrides={2: "second.new@example.com", 5: "fifth.new@example.com",
                                           6: address_of(1)})
    assert send(contacts, template, f"--server=smtp://127.0.0.1:{server.port}", "--resume") == 0
    captured = capsys.readouterr()
    assert "row 2 changed in the spreadsheet after the message was sent" in captured.err
    # Row 5 was never sent: its new person gets it. Row 6 now names someone who got it already: not again.
    assert "row 6: not sent: Same address as row 1" in captured.err
    assert delivered(server) == Counter({**{address_of(r): 1 for r in (1, 2, 3, 4)}, "fifth.new@example.com": 1})
    final = statuses(journal_in(tmp_path))
    assert (final[2], final[5], final[6]) == (RowStatus.SENT, RowStatus.SENT, RowStatus.SKIPPED)


def test_journal_of_another_campaign_is_refused_before_anything_is_sent(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first"
    second = tmp_path / "second"
    first.mkdir()
    second.mkdir()
    contacts, template = write_campaign(first, 2)
    other_contacts, other_template = write_campaign(second, 2)
    other_template.write_text(other_template.read_text(encoding="utf-8") + "\nAnother message.\n", encoding="utf-8")
    journal = tmp_path / "shared.journal.sqlite"
    assert send(contacts, template, f"--server=smtp://127.0.0.1:{server.port}", f"--journal={journal}") == 0
    assert send(other_contacts, other_template, f"--server=smtp://127.0.0.1:{server.port}",
                f"--journal={journal}", "--resume") == 2
    assert "belongs to a different spreadsheet or template" in capsys.readouterr().err
    assert len(server.messages) == 2


def test_damaged_journal_is_refused_before_anything_is_sent(
    tmp_path: Path, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts, template = write_campaign(tmp_path, 2)
    identity = identify(open_campaign(contacts, template), server_ref("127.0.0.1", server.port, None))
    journal_path(contacts, identity).write_bytes(b"this is a spreadsheet, not a journal" * 100)
    assert send(contacts, template, f"--server=smtp://127.0.0.1:{server.port}", "--resume") == 2
    err = capsys.readouterr().err
    assert "is damaged or is not a Mail Merge journal" in err and "new journal file" in err
    assert not server.messages


async def test_skipped_rows_are_events_not_silence(tmp_path: Path, server: ScriptedServer) -> None:
    """The engine itself (no CLI) reports a changed pending row as a RowSkipped event with the reason."""
    contacts, template = write_campaign(tmp_path, 3)
    setup = Setup(tmp_path, contacts, template, server.port)
    journal = setup.open_journal()
    campaign = setup.campaign()
    journal.sync_rows((r, campaign.row_hash(r), campaign.contacts.rows[r - 1]) for r in (1, 2, 3))
    journal.close()
    write_campaign(tmp_path, 3, overrides={3: "someone.else@example.com"})
    events = await setup.run()
    skipped = [e for e in events if isinstance(e, RowSkipped)]
    assert [(e.row, e.reason_code) for e in skipped] == [(3, "changed")]
    assert delivered(server) == Counter({address_of(1): 1, address_of(2): 1})
