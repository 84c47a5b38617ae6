"""The suppression list dialog (Send → Suppression list…): the addresses no campaign on this computer sends to,
why each is there and since when; add someone who unsubscribed, remove an address you know works again, import or
export the list as CSV.

The list is a small local SQLite file (mailmerge.sending.suppression), so reading and changing it happens right here;
a list that cannot be opened is shown as a sentence in the dialog, not a traceback."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailmerge.base.errors import MailMergeError
from mailmerge.compose.addresses import parse_address
from mailmerge.sending.suppression import Suppressed, SuppressionList, describe, readable
from mailmerge.sending.suppression_csv import read_suppression_csv, write_suppression_csv
from ui.i18n import core_sentence, shown_date
from ui.wording import problem_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuppressionDialog", text)


def reason_text(code: str) -> str:
    """Why an address is held back, in the user's language (the list stores the reason's code)."""
    known = {
        "smtp.mailbox_unknown": _tr("The address does not exist (the receiving server said so)."),
        "tencent.blocklisted": _tr("Tencent Cloud blocks it for 14 days after mail to it was refused."),
        "hard_bounce": _tr("Mail to it bounced for good (the address does not exist or refuses mail)."),
        "unsubscribed": _tr("The person asked not to get mail."),
        "complaint": _tr("The person marked a message as spam."),
        "manual": _tr("Added by hand."),
        "blocked": _tr("Blocked for a while (the provider refuses mail to it until the date shown)."),
    }
    return known.get(code, describe(code))


class SuppressionDialog(QDialog):
    COLUMNS = 4  # address, why, since, until

    def __init__(self, parent: QWidget | None = None, store: SuppressionList | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suppression list"))
        self.resize(760, 420)
        self._store = store
        self._owns_store = store is None

        intro = QLabel(self.tr(
            "Campaigns never send to these addresses. An address that bounced (does not exist) is added by itself. "
            "Add people who asked not to get mail; remove an address only when you know it works again."
        ))
        intro.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #b00020; }")
        self.problem.hide()

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Why"), self.tr("Since"), self.tr("Until")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Suppressed addresses"))

        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("someone@example.com"))
        self.address_edit.setAccessibleName(self.tr("Address to add"))
        self.add_button = QPushButton(self.tr("&Add as unsubscribed"))
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.setEnabled(False)
        adding = QHBoxLayout()
        adding.addWidget(self.address_edit, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("&Import CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = buttons.addButton(self.tr("&Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)

        self.add_button.clicked.connect(self.add_address)
        self.address_edit.returnPressed.connect(self.add_address)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        buttons.rejected.connect(self.reject)
        self.refresh()

    # ----------------------------------------------------------------------------------------------- actions
    def refresh(self) -> None:
        store = self._open()
        entries = sorted(store.entries(), key=lambda e: e.address) if store is not None else []
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.address)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)

    def add_address(self) -> None:
        text = self.address_edit.text().strip()
        if not text:
            return
        try:
            address = parse_address(text, field="Address")
        except MailMergeError as exc:
            self._show_problem(self.tr("“{value}” is not an email address: {reason} Nothing was added.").format(
                value=text, reason=str(exc.params.get("reason", exc))
            ))
            return
        store = self._open()
        if store is None:
            return
        store.add(address.ascii_email, "unsubscribed")
        self.address_edit.clear()
        self._show_problem("")
        self.refresh()

    def remove_selected(self) -> None:
        store = self._open()
        if store is None:
            return
        for index in self.table.selectionModel().selectedRows():
            item = self.table.item(index.row(), 0)
            if item is not None:
                store.remove(str(item.data(Qt.ItemDataRole.UserRole)))
        self.refresh()

    def import_file(self, path: Path) -> None:
        """Add the addresses of a CSV file; bad lines are listed, the good ones imported."""
        store = self._open()
        if store is None:
            return
        try:
            found = read_suppression_csv(path)
        except MailMergeError as exc:
            self._show_problem(problem_text(exc))
            return
        added = store.add_many(found.entries)
        self._show_problem("\n".join(
            self.tr("Line {line}: {problem}").format(line=p.line, problem=core_sentence(p.problem))
            for p in found.problems[:10]))
        self._show_status(self.tr("Imported %n address(es) from {file}.", "", added).format(file=path.name)
                          + (" " + self.tr("%n line(s) skipped; see above.", "", len(found.problems))
                             if found.problems else ""))
        self.refresh()

    def export_file(self, path: Path) -> None:
        store = self._open()
        if store is None:
            return
        try:
            count = write_suppression_csv(path, store.entries())
        except MailMergeError as exc:
            self._show_problem(str(exc))
            return
        self._show_problem("")
        self._show_status(self.tr("Saved %n address(es) to {file}.", "", count).format(file=str(path)))

    def _choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import suppression list"), "",
                                              self.tr("CSV files (*.csv *.txt *.tsv)"))
        if name:
            self.import_file(Path(name))

    def _choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export suppression list"), "suppression.csv",
                                              self.tr("CSV files (*.csv)"))
        if name:
            self.export_file(Path(name))

    def done(self, result: int) -> None:
        if self._owns_store and self._store is not None:
            self._store.close()
            self._store = None
        super().done(result)

    # ----------------------------------------------------------------------------------------------- helpers
    def _open(self) -> SuppressionList | None:
        if self._store is None:
            try:
                self._store = SuppressionList()
            except MailMergeError as exc:
                self._show_problem(problem_text(exc))
                return None
        return self._store

    def _cells(self, entry: Suppressed) -> tuple[str, str, str, str]:
        return (
            readable(entry.address),
            reason_text(entry.reason),
            _day(entry.added),
            _day(entry.expires) if entry.expires else self.tr("for good"),
        )

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


def _day(at: datetime) -> str:
    return shown_date(at)
