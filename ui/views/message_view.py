"""Step 2: the message — headers, subject, body (Markdown / HTML / plain text), attachments, and Insert field."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mailmerge.compose.unsubscribe import LINK_FIELD
from ui.session import CampaignSession
from ui.template_text import HEADER_ORDER, MessageFields, field_placeholder
from ui.views.common import InlineError, set_tab_chain

# Edits are pushed to the session after a short pause in typing, not on every key.
EDIT_SETTLE_MS = 300


class MessageView(QWidget):
    add_attachment_requested = Signal()

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.error = InlineError()
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Body format"))
        for label, code in ((self.tr("Markdown"), "markdown"), (self.tr("HTML"), "html"),
                            (self.tr("Plain text"), "text")):
            self.format_combo.addItem(label, code)

        self.header_edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        # Mnemonics avoid Alt+F/G/S, which open the window's menus. A form label with & gets its field as buddy.
        labels = {"From": self.tr("F&rom:"), "To": self.tr("&To:"), "Cc": self.tr("&Cc:"), "Bcc": self.tr("&Bcc:"),
                  "Reply-To": self.tr("Re&ply to:"), "Subject": self.tr("S&ubject:"),
                  "Unsubscribe": self.tr("U&nsubscribe:")}
        for name in HEADER_ORDER:
            edit = QLineEdit()
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            self.header_edits[name] = edit
            form.addRow(labels[name], edit)
        self.header_edits["To"].setPlaceholderText(self.tr("empty: the email column"))
        self.header_edits["Unsubscribe"].setPlaceholderText(self.tr(
            "empty: the account's unsubscribe address and link; “none” for mail people cannot opt out of"))

        # A QPushButton with a menu sizes itself for the menu arrow; the QToolButton it replaces drew the arrow over
        # its text. Alt+I opens the menu; the arrow keys and Enter pick a column.
        self.insert_button = QPushButton(self.tr("&Insert field"))
        self.insert_button.setToolTip(self.tr("Put a spreadsheet column where the cursor was"))
        self.insert_menu = QMenu(self.insert_button)
        self.insert_button.setMenu(self.insert_menu)
        self.insert_menu.aboutToShow.connect(self._fill_insert_menu)

        format_label = QLabel(self.tr("F&ormat:"))
        format_label.setBuddy(self.format_combo)
        toolbar = QHBoxLayout()
        toolbar.addWidget(format_label)
        toolbar.addWidget(self.format_combo)
        toolbar.addStretch(1)
        toolbar.addWidget(self.insert_button)

        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Message body"))
        self.body_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Tab moves on, as in every other field (indent Markdown with spaces); otherwise keyboard users are stuck.
        self.body_edit.setTabChangesFocus(True)
        self.attachments_edit = QPlainTextEdit()
        self.attachments_edit.setAccessibleName(self.tr("Attachments"))
        self.attachments_edit.setPlaceholderText(
            self.tr("One file per line; fields allowed, e.g. invoices/{{ id }}.pdf")
        )
        self.attachments_edit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.attachments_edit.setTabChangesFocus(True)
        self.add_file_button = QPushButton(self.tr("A&dd file…"))
        self.add_file_button.clicked.connect(self.add_attachment_requested)
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attachments_edit, 1)
        attach_row.addWidget(self.add_file_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addLayout(toolbar)
        layout.addWidget(self.body_edit, 1)
        attachments_label = QLabel(self.tr("&Attachments:"))
        attachments_label.setBuddy(self.attachments_edit)
        layout.addWidget(attachments_label)
        layout.addLayout(attach_row)
        self.tab_chain: tuple[QWidget, ...] = (*self.header_edits.values(), self.format_combo, self.insert_button,
                                               self.body_edit, self.attachments_edit, self.add_file_button)
        set_tab_chain(self.tab_chain)

        # Insert field goes into the last text box the user was in (subject or body, usually).
        self._insert_target: QLineEdit | QPlainTextEdit = self.body_edit
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(EDIT_SETTLE_MS)
        self._settle.timeout.connect(self.commit)
        for edit in self.header_edits.values():
            edit.textEdited.connect(self._settle.start)
            edit.installEventFilter(self)
        self.body_edit.textChanged.connect(self._on_body_changed)
        self.body_edit.installEventFilter(self)
        self.attachments_edit.textChanged.connect(self._on_body_changed)
        self.format_combo.activated.connect(self.commit)
        session.message_changed.connect(self._show_message)
        self._loading = False

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if isinstance(event, QEvent) and event.type() == QEvent.Type.FocusIn and isinstance(
            watched, (QLineEdit, QPlainTextEdit)
        ):
            self._insert_target = watched
        return False

    def _on_body_changed(self) -> None:
        if not self._loading:
            self._settle.start()

    def _show_message(self) -> None:
        fields = self.session.fields
        self._loading = True
        try:
            for name, edit in self.header_edits.items():
                with QSignalBlocker(edit):
                    if edit.text() != fields.headers.get(name, ""):
                        edit.setText(fields.headers.get(name, ""))
            if self.body_edit.toPlainText() != fields.body:
                self.body_edit.setPlainText(fields.body)
            attachments = "\n".join(fields.attachments)
            if self.attachments_edit.toPlainText() != attachments:
                self.attachments_edit.setPlainText(attachments)
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(self.session.body_format)))
        finally:
            self._loading = False

    def commit(self) -> None:
        """Push the editor contents to the session now (also called before checking, previewing or saving)."""
        self._settle.stop()
        fields = MessageFields(
            headers={name: edit.text().strip() for name, edit in self.header_edits.items() if edit.text().strip()},
            attachments=tuple(line.strip() for line in self.attachments_edit.toPlainText().splitlines()
                              if line.strip()),
            body=self.body_edit.toPlainText(),
        )
        self.session.set_message(fields, str(self.format_combo.currentData()))

    def add_attachment(self, path: str) -> None:
        text = self.attachments_edit.toPlainText().rstrip("\n")
        self.attachments_edit.setPlainText((text + "\n" if text else "") + path)
        self.commit()

    def _fill_insert_menu(self) -> None:
        self.insert_menu.clear()
        table = self.session.table
        if table is None:
            action = self.insert_menu.addAction(self.tr("Open a spreadsheet to list its columns"))
            action.setEnabled(False)
            return
        for column in table.columns:
            action = self.insert_menu.addAction(column)
            action.triggered.connect(lambda _checked=False, c=column: self.insert_field(c))
        if LINK_FIELD not in table.columns:  # each person's own unsubscribe link (the account's options)
            self.insert_menu.addSeparator()
            action = self.insert_menu.addAction(self.tr("Unsubscribe link"))
            action.triggered.connect(lambda _checked=False: self.insert_field(LINK_FIELD))

    def insert_field(self, column: str) -> None:
        target = self._insert_target
        if isinstance(target, QLineEdit):
            target.insert(field_placeholder(column))
        else:
            target.insertPlainText(field_placeholder(column))
        target.setFocus()
        self.commit()
