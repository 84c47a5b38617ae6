"""The plan: before anything is sent, who gets the message and everyone left out with the reason.

The plan is the truth for the confirmation, the counters and the final summary (DESIGN.md §3). It compares people
(the row's first To address), not row numbers, with what was sent before: a row inserted in the spreadsheet, or
a corrected typo, never sends someone a second copy. Pure: `make_plan` takes what it needs and reads no file, so
each rule is tested on its own; `sending/workspace.py` gathers the inputs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from mailmerge.base.errors import Problem, literal, make_problem
from mailmerge.compose.preflight import Finding
from mailmerge.sending.journal import RowStatus


class Reason(StrEnum):
    """Why a row is left out of this send (also the journal's `skipped` kind for the ones the plan records)."""

    ALREADY_SENT = "already_sent"  # this run sent it already
    EARLIER_RUN = "earlier_run"  # this person got another version (other message or account) before
    UNKNOWN = "unknown"  # may have arrived in this run: never sent again silently
    FAILED = "failed"  # failed in this run: only a retry sends it again
    EXCLUDED = "excluded"  # the user left the row out
    INVALID = "invalid"  # Check found an error in the row
    SUPPRESSED = "suppressed"  # the address is on the suppression list
    DUPLICATE = "duplicate"  # the same address is on an earlier row, which gets the message
    GONE = "gone"  # the row is no longer in the spreadsheet


# Reasons the plan itself records in the journal (as `skipped`); the others are a row's own outcome already.
RECORDED = frozenset({Reason.EARLIER_RUN, Reason.EXCLUDED, Reason.INVALID, Reason.SUPPRESSED, Reason.DUPLICATE})


@dataclass(frozen=True)
class LeftOut:
    row: int
    reason: Reason
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class EarlierSend:
    """Someone of this sheet who got a version of the message in another (real, not trial) run."""

    when: datetime
    account_label: str
    subject: str


@dataclass(frozen=True)
class EarlierRuns:
    """What the user is asked about: `people` of this sheet already got a different version."""

    people: int
    first: EarlierSend  # the earliest such send, for "on 3 March through Office SMTP"


@dataclass(frozen=True)
class PlanOptions:
    skip_invalid: bool = False  # leave rows with errors out (else the plan is not ready while there are some)
    one_per_address: bool = True  # a duplicate address gets one message (the first row's)
    only_new: bool = False  # leave out people who got another version in an earlier run
    excluded: frozenset[int] = frozenset()  # rows the user left out
    retry: bool = False  # send again rows that failed (or, of `retry_rows`, failed or unknown) instead of a normal run
    retry_rows: Sequence[int] | None = None  # with retry: only these rows


@dataclass(frozen=True)
class RowState:
    """A row as this run's journal has it."""

    status: RowStatus
    address: str  # the recipients it was sent to, "a@x, b@y" (empty until its message was built)


@dataclass(frozen=True)
class SendPlan:
    rows: tuple[int, ...]  # to send, in order
    left_out: tuple[LeftOut, ...]  # by row
    blocking: tuple[Finding, ...]  # problems not about one row (template, From line): nothing can be sent
    invalid_rows: tuple[int, ...]  # rows with errors; they block the send unless the options leave them out
    earlier: EarlierRuns | None  # None: nobody of this sheet got another version before
    options: PlanOptions

    @property
    def ready(self) -> bool:
        """True when the send may start as planned: no blocking problem, and rows with errors are left out on
        purpose (or there are none)."""
        return not self.blocking and (self.options.skip_invalid or not self.invalid_rows)

    def counts(self) -> Counter[Reason]:
        return Counter(entry.reason for entry in self.left_out)

    def left_out_for(self, reason: Reason) -> list[LeftOut]:
        return [entry for entry in self.left_out if entry.reason is reason]


def make_plan(
    *,
    row_count: int,
    findings: Sequence[Finding],
    recipients: Mapping[int, str],
    journal: Mapping[int, RowState],
    retry_candidates: Sequence[int],
    suppressed: Callable[[str], Problem | str | None],
    earlier: Mapping[str, EarlierSend],
    options: PlanOptions,
) -> SendPlan:
    """`recipients`: row -> first To address (lower-cased); `journal`: this run's rows; `retry_candidates`: what a
    retry may send (Journal.retry_candidates); `suppressed(address)` -> the reason it is on the list, or None;
    `earlier`: address -> its send in another run of this sheet."""
    blocking = tuple(f for f in findings if f.severity == "error" and f.row is None)
    problems: dict[int, Problem] = {}
    for finding in findings:
        if finding.severity == "error" and finding.row is not None:
            problems.setdefault(finding.row, _finding_problem(finding))
    invalid = sorted(problems)
    sent_here = {_first(state.address): row for row, state in journal.items()
                 if state.status is RowStatus.SENT and state.address}

    if options.retry:
        candidates: Iterable[int] = retry_candidates
    else:
        candidates = sorted(set(range(1, row_count + 1)) | set(journal))
    rows: list[int] = []
    left_out: list[LeftOut] = []
    going: dict[str, int] = {}  # address -> the row that sends it this time
    for row in candidates:
        address = recipients.get(row, "")
        reason, params = _reason(row, address, row_count, journal, problems, sent_here, going, suppressed,
                                 earlier, options)
        if reason is None:
            rows.append(row)
            if address:
                going.setdefault(address, row)
        else:
            left_out.append(LeftOut(row, reason, params))
    return SendPlan(
        rows=tuple(rows),
        left_out=tuple(left_out),
        blocking=blocking,
        invalid_rows=tuple(invalid),
        earlier=_earlier_runs(recipients, earlier, candidates=range(1, row_count + 1)),
        options=options,
    )


def _reason(
    row: int,
    address: str,
    row_count: int,
    journal: Mapping[int, RowState],
    problems: Mapping[int, Problem],
    sent_here: Mapping[str, int],
    going: Mapping[str, int],
    suppressed: Callable[[str], Problem | str | None],
    earlier: Mapping[str, EarlierSend],
    options: PlanOptions,
) -> tuple[Reason | None, dict[str, object]]:
    state = journal.get(row)
    retrying = options.retry
    if row > row_count:
        return Reason.GONE, {}
    if state is not None and not retrying:
        if state.status is RowStatus.SENT:
            return Reason.ALREADY_SENT, {}
        if state.status is RowStatus.UNKNOWN:
            return Reason.UNKNOWN, {}
        if state.status is RowStatus.FAILED:
            return Reason.FAILED, {}
    if row in options.excluded:
        return Reason.EXCLUDED, {}
    if row in problems:
        return Reason.INVALID, {"problem": problems[row]}
    if address and (why := suppressed(address)) is not None:
        return Reason.SUPPRESSED, {"address": address, "why": why}
    if address and address in sent_here and sent_here[address] != row:
        return Reason.DUPLICATE, {"address": address, "first_row": sent_here[address]}
    if options.one_per_address and address and address in going:
        return Reason.DUPLICATE, {"address": address, "first_row": going[address]}
    if options.only_new and address in earlier:
        send = earlier[address]
        return Reason.EARLIER_RUN, {"address": address, "when": send.when, "account": send.account_label}
    return None, {}


def _earlier_runs(recipients: Mapping[int, str], earlier: Mapping[str, EarlierSend],
                  candidates: Iterable[int]) -> EarlierRuns | None:
    people = {recipients[row] for row in candidates if recipients.get(row) in earlier}
    if not people:
        return None
    first = min((earlier[address] for address in people), key=lambda send: send.when)
    return EarlierRuns(len(people), first)


def _finding_problem(finding: Finding) -> Problem:
    """Check's finding as code + parameters, to put in the left-out row's reason."""
    if finding.template:
        return make_problem(finding.code, finding.template, **finding.params)
    return literal(finding.code, finding.message)


def _first(address_list: str) -> str:
    return address_list.split(",")[0].strip().lower()


# The plan's reasons in words, by Reason: the journal keeps them with the left-out rows (code + parameters), each
# face words them in its reader's language.
_SENTENCES = {
    Reason.ALREADY_SENT: make_problem("plan.already_sent", "Already sent in this run."),
    Reason.EARLIER_RUN: make_problem("plan.earlier_run", "{address} already got another version of this message "
                                     "through {account}."),
    Reason.UNKNOWN: make_problem("plan.unknown", "May have arrived in this run (the send was interrupted); not sent "
                                 "again without asking."),
    Reason.FAILED: make_problem("plan.failed", "Failed in this run; retry it to send it again."),
    Reason.EXCLUDED: make_problem("plan.excluded", "Left out of this send by you."),
    Reason.INVALID: make_problem("plan.invalid", "Not sent because of a problem in the row: {problem}"),
    Reason.SUPPRESSED: make_problem("plan.suppressed", "{address} is on the suppression list ({why})."),
    Reason.DUPLICATE: make_problem("plan.duplicate", "Same address as row {first_row}, which gets the message."),
    Reason.GONE: make_problem("plan.gone", "This row is no longer in the spreadsheet."),
}
PROBLEM_PREFIX = "plan."  # the code of a left-out row's problem is this + its Reason's value


def left_out_problem(entry: LeftOut) -> Problem:
    """Why the row is left out, as code + template + parameters (the journal keeps it; each face words it)."""
    sentence = _SENTENCES[entry.reason]
    params = {name: value for name, value in entry.params.items() if f"{{{name}}}" in sentence.template}
    if entry.reason is Reason.INVALID:
        params.setdefault("problem", make_problem("plan.see_check", "see Check"))
    return make_problem(sentence.code, sentence.template, **params)


def describe(entry: LeftOut) -> str:
    """A plain English sentence for the command line and the journal's report."""
    return left_out_problem(entry).message()
