"""The confirmation before a send: how many messages go, through which account, and everyone left out with the
reason, from the core's plan (the same numbers the counters and the final summary use). Rows with errors are sent
only if the user leaves them out here on purpose; people who got another version before are asked about."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import shown_date
from ui.views.common import counted
from ui.wording import finding_words, left_out_words

if TYPE_CHECKING:
    from mailmerge.sending.plan import LeftOut, SendPlan
    from mailmerge.sending.workspace import PreparedRun

_CONTEXT = "ConfirmSend"


@dataclass(frozen=True)
class SendChoice:
    """What the user decided in the confirmation."""

    skip_invalid: bool = False  # leave out the rows with errors
    only_new: bool = True  # leave out people who got another version before
    per_row: bool = False  # a repeated address gets one message per row (default: one per address)


def apply_choice(run: PreparedRun, choice: SendChoice) -> SendPlan:
    return run.replan(replace(run.plan.options, skip_invalid=choice.skip_invalid, only_new=choice.only_new,
                              one_per_address=not choice.per_row))


def _left_out_lines(plan: SendPlan) -> list[str]:
    from mailmerge.sending.plan import Reason

    words = {
        Reason.ALREADY_SENT: ("{n} person already got it in this send", "{n} people already got it in this send"),
        Reason.EARLIER_RUN: ("{n} person already got another version of it", "{n} people already got another "
                             "version of it"),
        Reason.UNKNOWN: ("{n} message may have arrived when sending stopped (see History; “Retry not sent” can "
                         "send it again)", "{n} messages may have arrived when sending stopped (see History; "
                         "“Retry not sent” can send them again)"),
        Reason.FAILED: ("{n} row failed before (“Retry not sent” tries it again)",
                        "{n} rows failed before (“Retry not sent” tries them again)"),
        Reason.EXCLUDED: ("{n} row you left out in the Contacts step", "{n} rows you left out in the Contacts step"),
        Reason.INVALID: ("{n} row has a problem Check found", "{n} rows have a problem Check found"),
        Reason.SUPPRESSED: ("{n} address is on the suppression list", "{n} addresses are on the suppression list"),
        Reason.DUPLICATE: ("{n} row has the same address as another row, which gets the message",
                           "{n} rows have the same address as another row, which gets the message"),
        Reason.GONE: ("{n} row is no longer in the spreadsheet", "{n} rows are no longer in the spreadsheet"),
    }
    counts = plan.counts()
    return [counted(_CONTEXT, counts[reason], *words[reason]) for reason in words if counts[reason]]


def left_out_reason(entry: LeftOut) -> str:
    """Why one row is left out, in the window's words (the journal keeps the core's sentence as code + parameters,
    worded the same way when a run is reopened)."""
    return left_out_words(entry.reason.value, entry.params)


def plan_summary(plan: SendPlan, account: str, *, trial: bool, retry: bool,
                 attachments: tuple[Path, ...] = ()) -> str:
    """The confirmation's text: the count and account first, the files every message carries, then who is left
    out and why."""
    count = len(plan.rows)
    if retry:
        head = counted(_CONTEXT, count, "Send again to {n} row through “{account}”.",
                       "Send again to {n} rows through “{account}”.", account=account)
    else:
        head = counted(_CONTEXT, count, "Send {n} message through “{account}”.",
                       "Send {n} messages through “{account}”.", account=account)
    lines = [head]
    if trial:
        lines.append(QCoreApplication.translate(
            _CONTEXT, "This is a trial: the messages go to the outbox folder on this computer and nobody receives "
            "them."))
    if attachments:
        lines.append(QCoreApplication.translate(_CONTEXT, "Every message carries these files:"))
        lines += [f"  • {path}" for path in attachments]
    left_out = _left_out_lines(plan)
    if left_out:
        lines.append(QCoreApplication.translate(_CONTEXT, "Left out:"))
        lines += [f"  • {line}" for line in left_out]
    return "\n".join(lines)


class ConfirmSendDialog(QDialog):
    def __init__(self, run: PreparedRun, account: str, *, trial: bool, retry: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.account = account
        self.trial = trial
        self.retry = retry
        self.setWindowTitle(self.tr("Send again?") if retry else self.tr("Send to everyone?"))
        plan = run.plan
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.skip_invalid = QCheckBox(counted(
            _CONTEXT, len(plan.invalid_rows), "Leave out the {n} row with errors and send to the others",
            "Leave out the {n} rows with errors and send to the others"))
        self.skip_invalid.setVisible(bool(plan.invalid_rows) and not plan.blocking)
        self.skip_invalid.toggled.connect(self._update)
        layout.addWidget(self.skip_invalid)
        if plan.invalid_rows and not plan.blocking:
            hint = QLabel(self.tr("Or cancel and fix them in the spreadsheet: the Check step lists each one."))
            hint.setWordWrap(True)
            layout.addWidget(hint)

        from mailmerge.sending.plan import Reason

        duplicates = len(plan.left_out_for(Reason.DUPLICATE))
        self.per_row = QCheckBox(self.tr("Send one message per row, also when an address is on several rows"))
        self.per_row.setVisible(duplicates > 0 or not plan.options.one_per_address)
        self.per_row.setChecked(not plan.options.one_per_address)  # the campaign's choice last time
        self.per_row.toggled.connect(self._update)
        layout.addWidget(self.per_row)

        self.everyone = QRadioButton()
        self.only_new = QRadioButton()
        earlier = plan.earlier
        if earlier is not None:
            question = QLabel(counted(
                _CONTEXT, earlier.people,
                "{n} of these people already got a different version on {date} through {account}.",
                "{n} of these people already got a different version on {date} through {account}.",
                date=shown_date(earlier.first.when), account=earlier.first.account_label))
            question.setWordWrap(True)
            layout.addWidget(question)
            self.everyone.setText(self.tr("Send this one to everyone"))
            self.only_new.setText(self.tr("Send it only to those who got none"))
            group = QButtonGroup(self)
            for button in (self.only_new, self.everyone):
                group.addButton(button)
                layout.addWidget(button)
            self.only_new.setChecked(True)
            group.buttonToggled.connect(lambda *_: self._update())

        if plan.blocking:
            problem = QLabel(self.tr("Nothing can be sent until this is fixed: {problem}").format(
                problem=finding_words(plan.blocking[0])))
            problem.setWordWrap(True)
            layout.addWidget(problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def choice(self) -> SendChoice:
        return SendChoice(skip_invalid=self.skip_invalid.isChecked(),
                          only_new=self.run.plan.earlier is not None and self.only_new.isChecked(),
                          per_row=self.per_row.isChecked())

    def _update(self) -> None:
        plan = apply_choice(self.run, self.choice())
        self.summary.setText(plan_summary(plan, self.account, trial=self.trial, retry=self.retry,
                                          attachments=self.run.campaign.literal_attachments()))
        count = len(plan.rows)
        self.send_button.setText(counted(_CONTEXT, count, "Send {n} message", "Send {n} messages"))
        self.send_button.setEnabled(plan.ready and count > 0)
