"""The campaign workspace: everything a send run needs besides the engine, shared by the window and the command line
so both always agree (DESIGN.md §1): the run's identity and journal, the one-sender lock, the plan (who gets it,
who is left out and why), recording the plan, the test send, unfinished runs.

A face drives it like this:

    run = prepare_run(campaign, via, options=..., face="window")   # lock + journal + plan; raises MailMergeError
    try:
        ...show run.plan, ask...
        run.commit_plan()                                                # left-out rows recorded, run listed
        engine = run.engine(factory, limits, suppression)                # then iterate engine.run()
    finally:
        run.close()
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from mailmerge.base.envelope import Envelope, OutgoingMessage
from mailmerge.base.errors import MailMergeError, Problem
from mailmerge.compose.campaign import Campaign
from mailmerge.compose.campaign_file import CampaignDocument, document_from_json, document_to_json
from mailmerge.compose.preflight import Finding, check_with_recipients
from mailmerge.compose.send_at import DEFAULT_LATE_AFTER
from mailmerge.sending.engine import Engine
from mailmerge.sending.journal import TO_SEND, Journal, RowStatus
from mailmerge.sending.plan import (
    RECORDED,
    EarlierSend,
    PlanOptions,
    RowState,
    SendPlan,
    left_out_problem,
    make_plan,
)
from mailmerge.sending.runlock import RunLock
from mailmerge.sending.runs import (
    AccountRef,
    RunIdentity,
    identify,
    journal_path,
    list_runs,
    lock_path,
    register,
    run_info,
    sibling_runs,
)
from mailmerge.sending.suppression import SuppressionList, SuppressionSnapshot
from mailmerge.sending.suppression import why as suppression_why
from mailmerge.sheets.contacts import ContactTable
from mailmerge.transports.base import TransportFactory
from mailmerge.transports.pacing import Limits
from mailmerge.transports.presets import DEFAULT_RULES, TransportRules


@dataclass
class PreparedRun:
    """A run that holds its lock and journal, with its plan; `close()` releases both."""

    campaign: Campaign
    identity: RunIdentity
    journal: Journal
    plan: SendPlan
    findings: list[Finding]
    lock: RunLock
    changed_rows: list[int]  # rows whose cells changed since this run's journal first saw them
    started_before: bool  # the journal already had rows with an outcome (a resumed or retried run)
    created: bool = False  # this call made the journal file
    committed: bool = False
    plan_inputs: dict[str, Any] = field(default_factory=dict)  # make_plan's arguments besides the options

    def replan(self, options: PlanOptions) -> SendPlan:
        """The plan with other choices (leave out rows with errors, only people who got nothing...): no file is
        read again, so a dialog can show the counts of each choice at once."""
        self.plan = make_plan(**self.plan_inputs, options=options)
        return self.plan

    @property
    def path(self) -> Path:
        return self.journal.path

    def commit_plan(self) -> None:
        """Record the plan before the first message: rows it sends are pending (a row corrected since an earlier
        try goes with its new content), rows it leaves out are `skipped` with the plan's reason. The run is
        listed for History."""
        contacts = self.campaign.contacts
        sending = set(self.plan.rows)
        for row in self.changed_rows:
            if row in sending and row <= len(contacts):
                self.journal.refresh_row(row, self.campaign.row_hash(row), contacts.rows[row - 1])
        if not self.plan.options.retry:
            states: Mapping[int, RowState] = self.plan_inputs["journal"]
            self.journal.take_back(row for row in self.plan.rows
                                   if (state := states.get(row)) is not None and state.status is RowStatus.SKIPPED)
        self.journal.leave_out(
            (entry.row, entry.reason.value, left_out_problem(entry))
            for entry in self.plan.left_out if entry.reason in RECORDED
        )
        self.journal.flush()
        self.committed = True
        register(self.journal.path)

    def engine(self, factory: TransportFactory, limits: Limits, suppression: SuppressionList, *,
               late_after: timedelta = DEFAULT_LATE_AFTER) -> Engine:
        """`late_after`: with a send-at column, rows more overdue than this are skipped as late."""
        rows = list(self.plan.rows) if self.plan.options.retry else None
        return Engine(self.campaign, self.journal, factory, limits, rows, suppression=suppression,
                      send_at=self.campaign.send_times(), late_after=late_after)

    def close(self) -> None:
        """Release the journal and the lock. A journal made by this run and never used (the user declined, or
        Check refused) is removed again, so a declined send leaves no file behind."""
        try:
            self.journal.close()
            if self.created and not self.committed:
                for leftover in (self.path, *(self.path.with_name(self.path.name + s) for s in ("-wal", "-shm"))):
                    leftover.unlink(missing_ok=True)
        finally:
            self.lock.release()


def prepare_run(
    campaign: Campaign,
    via: AccountRef,
    *,
    options: PlanOptions | None = None,
    face: str,
    rules: TransportRules = DEFAULT_RULES,
    journal: Path | None = None,
    document: CampaignDocument | None = None,
    suppression: SuppressionList | None = None,
) -> PreparedRun:
    """Lock the campaign, open (or create) its run's journal and work out the plan. `journal` overrides where the
    journal lives (the command line's --journal); `document` is the campaign as the face knows it, kept in the
    journal so an interrupted run can be reopened exactly as it was. Raises RunLocked when another process is
    sending to this sheet, UnusableInputError for a damaged journal."""
    options = options or PlanOptions()
    identity = identify(campaign, via)
    contacts = campaign.contacts.source
    path = journal or journal_path(contacts, identity)
    lock = RunLock.acquire(lock_path(contacts, identity), face=face)
    try:
        own_suppression = suppression or SuppressionList()
        try:
            suppressed = _suppression_lookup(own_suppression.snapshot())
        finally:
            if suppression is None:
                own_suppression.close()
        checked = check_with_recipients(campaign, rules=rules,
                                        suppressed=lambda a: why.message() if (why := suppressed(a)) else None)
        path.parent.mkdir(parents=True, exist_ok=True)
        created = not path.exists()
        opened = _open_journal(path, campaign, identity, document)
        try:
            changed = opened.sync_rows(
                (r, campaign.row_hash(r), row) for r, row in enumerate(campaign.contacts.rows, start=1)
            )
            states = {record.row: RowState(record.status, record.address) for record in opened.records()}
            started_before = any(state.status not in (RowStatus.PENDING, RowStatus.SKIPPED)
                                 for state in states.values())
            inputs: dict[str, Any] = {
                "row_count": len(campaign.contacts),
                "findings": checked.findings,
                "recipients": checked.recipients,
                "journal": states,
                "retry_candidates": opened.retry_candidates(options.retry_rows) if options.retry else (),
                "suppressed": suppressed,
                "earlier": {} if via.trial else earlier_sends(contacts, identity),
            }
            plan = make_plan(**inputs, options=options)
        except BaseException:
            opened.close()
            raise
    except BaseException:
        lock.release()
        raise
    return PreparedRun(campaign, identity, opened, plan, checked.findings, lock, changed, started_before, created,
                       plan_inputs=inputs)


def _open_journal(path: Path, campaign: Campaign, identity: RunIdentity,
                  document: CampaignDocument | None) -> Journal:
    contacts = campaign.contacts
    journal = Journal.open(
        path,
        identity.key,
        contacts_path=str(contacts.source),
        template_path=str(campaign.template.source or ""),
        columns=contacts.columns,
    )
    info = run_info(identity, campaign.template.headers.get("Subject", ""))
    if document is not None:
        info["campaign"] = document_to_json(document, base=path.parent)
    journal.set_info(info)
    return journal


def _suppression_lookup(snapshot: SuppressionSnapshot) -> Callable[[str], Problem | None]:
    """address -> why it is on the suppression list (words each face says in its language), or None; read from a
    snapshot taken now, so the plan does not change under a dialog."""

    def lookup(address: str) -> Problem | None:
        entry = snapshot.find(address)
        return suppression_why(entry.reason) if entry is not None else None

    return lookup


def earlier_sends(contacts: Path, identity: RunIdentity) -> dict[str, EarlierSend]:
    """address -> the first time it got a version of this sheet's message in another real run (trials and tests
    never count: nobody got a real message from them)."""
    found: dict[str, EarlierSend] = {}
    for run in sibling_runs(contacts, identity):
        if run.trial:
            continue
        journal = Journal.read_only(run.path)
        try:
            for record in journal.records():
                if record.status is not RowStatus.SENT or not record.address:
                    continue
                address = record.address.split(",")[0].strip().lower()
                when = _when(record.sent_at) or run.when
                send = EarlierSend(when, run.account_label or "an earlier version of Mail Merge", run.subject)
                if address not in found or send.when < found[address].when:
                    found[address] = send
        finally:
            journal.close()
    return found


def _when(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------------ test sends
@dataclass(frozen=True)
class _TestCampaign:
    """A campaign of the test sends made so far plus this one: row N is the N-th test, whose message is the
    chosen row's, delivered only to the user's own address. The engine sees an ordinary one-new-row campaign."""

    campaign: Campaign
    source_row: int
    recipient: str
    test_number: int

    @property
    def contacts(self) -> ContactTable:
        table = self.campaign.contacts
        row = table.rows[self.source_row - 1]
        return replace(table, rows=(row,) * self.test_number)

    def build(self, row: int, *, leave_out: frozenset[str] = frozenset()) -> OutgoingMessage:
        message = self.campaign.build(self.source_row, leave_out=leave_out)
        return replace(message, row=row, envelope=Envelope(message.envelope.sender, (self.recipient,)))

    def row_hash(self, row: int) -> str:
        return self.campaign.row_hash(self.source_row)


def prepare_test(campaign: Campaign, via: AccountRef, row: int, recipient: str, *, face: str) -> tuple[
        Journal, Callable[[TransportFactory, Limits, SuppressionList], Engine]]:
    """A test message: the chosen row's message to `recipient` only, through the engine and its own journal
    (listed in History as a test, never counted as a send to that row's person). Returns the journal and a
    function making the engine; close the journal when the engine is done."""
    identity = replace(identify(campaign, via), kind="test")
    path = journal_path(campaign.contacts.source, identity)
    path.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal.open(path, identity.key, contacts_path=str(campaign.contacts.source),
                           template_path=str(campaign.template.source or ""), columns=campaign.contacts.columns)
    try:
        info = run_info(identity, campaign.template.headers.get("Subject", ""))
        journal.set_info({**info, "test_recipient": recipient})
        number = len(list(journal.records())) + 1
        test_campaign = _TestCampaign(campaign, row, recipient, number)
        campaign.build(row)  # a row that cannot be built says so now, before anything is recorded
    except BaseException:
        journal.close()
        raise
    register(path)

    def make_engine(factory: TransportFactory, limits: Limits, suppression: SuppressionList) -> Engine:
        return Engine(test_campaign, journal, factory, replace(limits, connections=1), None, suppression=suppression)

    return journal, make_engine


# ------------------------------------------------------------------------------------------------ unfinished runs
@dataclass(frozen=True)
class Unfinished:
    journal: Path
    document: CampaignDocument
    contacts_name: str
    account_label: str
    sent: int
    waiting: int


def find_unfinished() -> Unfinished | None:
    """The newest run (either face) that stopped before every row was handled and can be reopened as it was."""
    for run in list_runs():
        if isinstance(run, tuple) or run.test or "campaign" not in run.info:
            continue
        waiting = sum(run.summary.counts[status] for status in TO_SEND)
        if not waiting:
            continue
        try:
            document = document_from_json(run.info["campaign"], base=run.path.parent)
        except MailMergeError:
            continue
        return Unfinished(run.path, document, run.contacts_name, run.account_label,
                          run.summary.counts[RowStatus.SENT], waiting)
    return None
