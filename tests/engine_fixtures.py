"""Shared pieces for the engine, send CLI, crash and report tests: a real campaign on disk and a run helper."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from servers import ScriptedServer

from mailmerge.base.events import Event
from mailmerge.compose.campaign import Campaign, open_campaign
from mailmerge.sending.engine import Engine, Limits
from mailmerge.sending.journal import Journal, campaign_key
from mailmerge.sending.suppression import SuppressionList
from mailmerge.transports.smtp import SmtpSettings, smtp_factory

TEMPLATE = """From: Office <office@example.com>
Subject: Hello {{ name }}

Dear {{ name }}, your code is {{ code }}.
"""


def address_of(row: int) -> str:
    return f"person{row}@example.com"


def write_campaign(folder: Path, count: int, *, overrides: dict[int, str] | None = None) -> tuple[Path, Path]:
    """A CSV of `count` people (row N -> personN@example.com, or the address in `overrides`) and a template."""
    contacts = folder / "contacts.csv"
    with contacts.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["name", "email", "code"])
        for row in range(1, count + 1):
            email = (overrides or {}).get(row, address_of(row))
            writer.writerow([f"이름{row}", email, f"{row:05d}"])
    template = folder / "template.txt"
    template.write_text(TEMPLATE, encoding="utf-8")
    return contacts, template


@pytest.fixture(name="server")
def server_fixture() -> Iterator[ScriptedServer]:
    """A plain SMTP server recording every message (tests/servers.py). It offers PIPELINING, as the big providers
    do, so runs take the fast path: each worker announces its next envelope with the current body."""
    started = ScriptedServer(pipelining=True).start()
    yield started
    started.stop()


def journals_in(folder: Path, stem: str = "contacts") -> list[Path]:
    """The send journals next to a spreadsheet (one per message and account)."""
    return sorted(folder.glob(f"{stem}*.journal.sqlite"))


def journal_in(folder: Path, stem: str = "contacts") -> Path:
    """The one send journal next to a spreadsheet."""
    found = journals_in(folder, stem)
    assert len(found) == 1, found
    return found[0]


class Setup:
    """One campaign + journal on disk, sending to a real SMTP server."""

    def __init__(self, folder: Path, contacts: Path, template: Path, port: int) -> None:
        self.folder = folder
        self.contacts = contacts
        self.template = template
        self.port = port
        self.journal_path = folder / "contacts.journal.sqlite"
        self.suppression = SuppressionList(folder / "suppression.sqlite")

    def campaign(self) -> Campaign:
        return open_campaign(self.contacts, self.template)

    def open_journal(self) -> Journal:
        campaign = self.campaign()
        return Journal.open(
            self.journal_path,
            campaign_key(self.contacts, self.template),
            columns=campaign.contacts.columns,
        )

    def engine(self, journal: Journal, limits: Limits, rows: Sequence[int] | None = None) -> Engine:
        factory = smtp_factory(SmtpSettings(host="127.0.0.1", port=self.port, security="none", timeout_s=5))
        return Engine(
            self.campaign(),
            journal,
            factory,
            limits,
            rows,
            suppression=self.suppression,
            retry_base_s=0.01,
            jitter=lambda: 0.0,
        )

    async def run(self, limits: Limits | None = None, rows: Sequence[int] | None = None) -> list[Event]:
        journal = self.open_journal()
        try:
            return [event async for event in self.engine(journal, limits or Limits(connections=2), rows).run()]
        finally:
            journal.close()
