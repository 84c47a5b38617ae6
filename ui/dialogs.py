"""Every modal question the window asks, behind one object, so tests can answer them without a person."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from mailmerge.sending.workspace import PreparedRun


class Dialogs:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def open_file(self, title: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", file_filter)
        return Path(path) if path else None

    def open_folder(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self.parent, title)
        return Path(folder) if folder else None

    def save_file(self, title: str, suggested: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return Path(path) if path else None

    def confirm(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self.parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes_button

    def save_discard_cancel(self, title: str, text: str) -> str:
        """'save', 'discard' or 'cancel'."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(self.parent, title, text, buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        return "discard" if answer == QMessageBox.StandardButton.Discard else "cancel"

    def choose_datetime(self, title: str, text: str, earliest: datetime) -> datetime | None:
        """A date and time no earlier than `earliest`, in local time; None when cancelled."""
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(title)
        start = QDateTime.fromSecsSinceEpoch(int(earliest.timestamp()))
        edit = QDateTimeEdit(start)
        edit.setMinimumDateTime(start)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch()).astimezone().replace(second=0)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def confirm_send(self, run: PreparedRun, account: str, *, trial: bool, retry: bool) -> bool:
        """The send confirmation (counts, left-out rows, choices); the run's plan is the chosen one afterwards."""
        from ui.views.confirm_send import ConfirmSendDialog

        dialog = ConfirmSendDialog(run, account, trial=trial, retry=retry, parent=self.parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
