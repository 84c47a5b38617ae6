"""What identifies a send run, where its journal lives, and the list of runs both faces share (History).

A run is (spreadsheet + sheet + message + account), never absolute paths: the same message sent through the outbox
(a trial) and then through the office's account are two runs, so the trial never marks anyone as sent for real, and
moving or renaming the campaign's folder keeps its runs. A journal lives next to its spreadsheet (so it moves with
the folder, and the window and the command line find each other's runs), unless that folder cannot be written or
belongs to the app itself (the sample): then in the app's data folder. Every run is also listed in the app's data
folder, so History shows runs of every campaign, from either face.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mailmerge.base.errors import MailMergeError
from mailmerge.compose.campaign import Campaign
from mailmerge.sending.journal import Journal, JournalSummary

JOURNAL_SUFFIX = ".journal.sqlite"
OUTBOX = "outbox"
_APP_ROOT = Path(__file__).resolve().parent.parent.parent  # the folder holding the mailmerge package (and resources)
_UNSAFE_IN_NAME = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class AccountRef:
    """Who a run goes through, as far as identity and History care: `account` is "outbox", "account:NAME" or
    "server:HOST:PORT:USER"; `label` is how people know it ("Office SMTP", "the outbox")."""

    account: str
    label: str

    @property
    def trial(self) -> bool:
        return self.account == OUTBOX


OUTBOX_REF = AccountRef(OUTBOX, "the outbox")


def account_ref(name: str | None) -> AccountRef:
    """A saved account by name; None is the built-in outbox."""
    return OUTBOX_REF if name is None else AccountRef(f"account:{name}", name)


def server_ref(host: str, port: int, user: str | None) -> AccountRef:
    who = f"{user}@" if user else ""
    return AccountRef(f"server:{host.lower()}:{port}:{user or ''}", f"{who}{host}:{port}")


@dataclass(frozen=True)
class RunIdentity:
    contacts_name: str  # the spreadsheet's file name, without its folder
    sheet: str  # "" for CSV
    message_key: str  # see message_key()
    via: AccountRef
    kind: str = "send"  # "send", or "test" for a test message to the user's own address

    @property
    def sheet_key(self) -> str:
        return _digest(self.contacts_name, self.sheet)

    @property
    def key(self) -> str:
        return _digest(self.sheet_key, self.message_key, self.via.account, self.kind)


def message_key(campaign: Campaign) -> str:
    """Changes when what people receive changes: headers, body, attachments, format, and which columns feed the
    recipients. The template file's location and the spreadsheet's cells are not part of it (rows are compared one
    by one through their hashes)."""
    template, mapping = campaign.template, campaign.mapping
    parts = [sorted(template.headers.items()), list(template.attachments), template.body, template.body_format,
             [mapping.email, mapping.name, mapping.cc, mapping.bcc, mapping.attachments]]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def identify(campaign: Campaign, via: AccountRef, *, kind: str = "send") -> RunIdentity:
    contacts = campaign.contacts
    return RunIdentity(contacts.source.name, contacts.sheet or "", message_key(campaign), via, kind)


# ------------------------------------------------------------------------------------------------ where runs live
def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("MailMerge", appauthor=False)


def legacy_journals_dir() -> Path:
    """Where earlier versions of the window kept every journal."""
    return data_dir() / "journals"


def runs_folder(contacts: Path) -> Path:
    """Next to the spreadsheet when that folder is the user's and writable; else in the app's data folder."""
    folder = contacts.resolve().parent
    if os.access(folder, os.W_OK) and not folder.is_relative_to(_APP_ROOT):
        return folder
    return data_dir() / "runs" / _digest(str(folder))[:12]


def journal_path(contacts: Path, identity: RunIdentity) -> Path:
    sheet = f"-{_UNSAFE_IN_NAME.sub('_', identity.sheet)}" if identity.sheet else ""
    test = "-test" if identity.kind == "test" else ""
    return runs_folder(contacts) / f"{contacts.stem}{sheet}{test}.{identity.key[:10]}{JOURNAL_SUFFIX}"


def lock_path(contacts: Path, identity: RunIdentity) -> Path:
    """One lock per spreadsheet and sheet: two runs of different messages to the same people at once would send
    each person both."""
    return runs_folder(contacts) / f".{contacts.stem}.{identity.sheet_key[:10]}.sending.lock"


def run_info(identity: RunIdentity, subject: str) -> dict[str, str]:
    """What the journal keeps about its run (Journal.set_info)."""
    return {
        "run_key": identity.key, "sheet_key": identity.sheet_key, "message_key": identity.message_key,
        "account": identity.via.account, "account_label": identity.via.label,
        "trial": "1" if identity.via.trial else "0", "kind": identity.kind, "subject": subject,
        "contacts_name": identity.contacts_name, "sheet": identity.sheet,
    }


# ------------------------------------------------------------------------------------------------ the run list
def _registry() -> Path:
    return data_dir() / "runs.txt"


def register(journal: Path) -> None:
    """Add a run to the list History shows (one absolute path per line; appending is safe between processes)."""
    registry = _registry()
    registry.parent.mkdir(parents=True, exist_ok=True)
    line = str(journal.resolve()) + "\n"
    if registry.is_file() and line in registry.read_text(encoding="utf-8").splitlines(keepends=True):
        return
    with open(registry, "a", encoding="utf-8") as out:
        out.write(line)


@dataclass(frozen=True)
class RunSummary:
    """One run as History shows it."""

    summary: JournalSummary
    info: dict[str, str]  # run_info(); empty for a journal of an older version

    @property
    def path(self) -> Path:
        return self.summary.path

    @property
    def trial(self) -> bool:
        return self.info.get("trial") == "1"

    @property
    def test(self) -> bool:
        return self.info.get("kind") == "test"

    @property
    def account_label(self) -> str:
        return self.info.get("account_label", "")

    @property
    def subject(self) -> str:
        return self.info.get("subject", "")

    @property
    def contacts_name(self) -> str:
        return self.info.get("contacts_name") or Path(self.summary.contacts_path).name

    @property
    def when(self) -> datetime:
        return self.summary.updated


def read_run(path: Path) -> RunSummary:
    """Raises UnusableInputError (journal.missing / journal.damaged) for a journal that cannot be read."""
    journal = Journal.read_only(path)
    try:
        return RunSummary(journal.summary(), journal.info())
    finally:
        journal.close()


def known_journals() -> list[Path]:
    """Every journal of the list and of older versions' folder that still exists, newest first."""
    paths: dict[Path, None] = {}
    registry = _registry()
    if registry.is_file():
        for line in registry.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paths[Path(line.strip())] = None
    legacy = legacy_journals_dir()
    if legacy.is_dir():
        paths.update(dict.fromkeys(legacy.glob("*" + JOURNAL_SUFFIX)))
    existing = [p for p in paths if p.is_file()]
    return sorted(existing, key=lambda p: p.stat().st_mtime, reverse=True)


def list_runs() -> Iterator[RunSummary | tuple[Path, MailMergeError]]:
    """Newest first; a journal that cannot be read comes as (path, error) so History can say so."""
    for path in known_journals():
        try:
            yield read_run(path)
        except MailMergeError as exc:
            yield path, exc


def sibling_runs(contacts: Path, identity: RunIdentity) -> list[RunSummary]:
    """The other runs of the same spreadsheet and sheet, any message or account, tests excluded: the journals
    beside it (a spreadsheet of the same name in another folder is another campaign), and journals of older
    versions of the window that name this very file."""
    found: list[RunSummary] = []
    own = journal_path(contacts, identity).resolve()
    here = set(runs_folder(contacts).glob(f"{contacts.stem}*{JOURNAL_SUFFIX}"))
    legacy = legacy_journals_dir()
    older = set(legacy.glob(f"{contacts.stem}*{JOURNAL_SUFFIX}")) if legacy.is_dir() else set()
    for path in sorted(here | older):
        if path.resolve() == own:
            continue
        try:
            run = read_run(path)
        except MailMergeError:
            continue  # a damaged journal is shown in History; it cannot tell who got what
        if run.test:
            continue
        if run.info:
            same_sheet = run.info.get("sheet_key") == identity.sheet_key
        else:  # an older version's journal: it names the spreadsheet by its full path
            same_sheet = Path(run.summary.contacts_path).name == identity.contacts_name and (
                path in here or Path(run.summary.contacts_path).resolve() == contacts.resolve())
        if same_sheet:
            found.append(run)
    return found


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()
