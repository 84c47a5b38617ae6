"""Step 3: exactly what the person on row N receives.

The HTML part is shown in a QTextBrowser, not Qt WebEngine (DESIGN.md §6): QTextBrowser ships with
PySide6-Essentials, loads nothing from the network and runs no scripts, and renders roughly the HTML subset that
mail clients honour anyway (headings, lists, links, tables, inline styles). WebEngine would add a separate
~100 MB+ wheel plus system libraries to the installer for pixel fidelity this preview does not need.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.session import CampaignSession
from ui.views.common import InlineError
from ui.wording import problem_text


class PreviewView(QWidget):
    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.error = InlineError()
        self.row_spin = QSpinBox()
        self.row_spin.setAccessibleName(self.tr("Row"))
        self.row_spin.setMinimum(1)
        self.row_spin.valueChanged.connect(self.refresh)
        self.prev_button = QPushButton(self.tr("◀ &Previous"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.prev_button.setToolTip(self.tr("Previous row (Alt+P)"))
        self.next_button.setToolTip(self.tr("Next row (Alt+N)"))
        self.prev_button.clicked.connect(lambda: self.row_spin.stepBy(-1))
        self.next_button.clicked.connect(lambda: self.row_spin.stepBy(1))
        self.of_label = QLabel()
        nav = QHBoxLayout()
        row_label = QLabel(self.tr("&Row:"))
        row_label.setBuddy(self.row_spin)
        nav.addWidget(row_label)
        nav.addWidget(self.row_spin)
        nav.addWidget(self.of_label)
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)

        self.header_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (("from", self.tr("From")), ("to", self.tr("To")), ("cc", self.tr("Cc")),
                           ("bcc", self.tr("Bcc")), ("reply_to", self.tr("Reply to")),
                           ("subject", self.tr("Subject")), ("attachments", self.tr("Attachments"))):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            self.header_labels[key] = value
            form.addRow(label + ":", value)

        self.html_view = QTextBrowser()
        self.html_view.setOpenLinks(False)  # a preview never navigates or fetches anything
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.raw_view = QPlainTextEdit()
        self.raw_view.setReadOnly(True)
        self.raw_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.html_view, self.tr("Formatted"))
        self.tabs.addTab(self.text_view, self.tr("Plain text"))
        self.tabs.addTab(self.raw_view, self.tr("Source"))

        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)

    def show_row(self, row: int) -> None:
        table = self.session.table
        self.row_spin.setMaximum(max(len(table) if table is not None else 0, 1))  # before the value, or it is clipped
        with QSignalBlocker(self.row_spin):  # valueChanged would render the row once more
            self.row_spin.setValue(row)
        self.refresh()

    def refresh(self) -> None:
        """Render the current row; a problem (bad field, bad address) is shown here in words, not raised."""
        from mailmerge.base.errors import MailMergeError

        table = self.session.table
        total = len(table) if table is not None else 0
        self.row_spin.setMaximum(max(total, 1))
        self.of_label.setText(self.tr("of {n}").format(n=total))
        row = self.row_spin.value()
        self.prev_button.setEnabled(row > 1)
        self.next_button.setEnabled(row < total)
        try:
            campaign = self.session.campaign()
            if total == 0:
                raise MailMergeError("ui.no_rows", "The spreadsheet has no rows under its header row.")
            rendered = campaign.render(row)
        except MailMergeError as exc:
            self._clear()
            self.error.show_message(problem_text(exc))
            return
        self.error.clear_message()
        values = {"from": rendered.from_, "to": rendered.to, "cc": rendered.cc, "bcc": rendered.bcc,
                  "reply_to": rendered.reply_to, "subject": rendered.subject,
                  "attachments": ", ".join(p.name for p in rendered.attachments)}
        for key, label in self.header_labels.items():
            label.setText(values[key])
        if rendered.html is not None:
            from ui.editor.document_html import show_inline_pictures

            self.html_view.setHtml(rendered.html)
            show_inline_pictures(self.html_view.document(), rendered.html)
        else:
            self.html_view.setPlainText(rendered.text)
        self.text_view.setPlainText(rendered.text)
        try:
            message = campaign.build(row)
        except MailMergeError as exc:
            self.raw_view.setPlainText("")
            self.error.show_message(problem_text(exc))
        else:
            self.raw_view.setPlainText(message.data.decode("utf-8", "replace"))

    def _clear(self) -> None:
        for label in self.header_labels.values():
            label.setText("")
        self.html_view.clear()
        self.text_view.clear()
        self.raw_view.clear()
