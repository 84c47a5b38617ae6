"""Step 2: the message — headers, subject, body, attachments, and Insert field.

A formatted message (the default) is written in the rich editor: fields show as chips, a paragraph can be shown
only when a column holds something, pictures go inside the mail. It is stored as an HTML template body
(html_mail.mail_document), so the CLI sends a saved campaign exactly as the window does. Markdown and plain-text
templates, and HTML written by hand, are edited as text. *Source* shows the whole template (header lines, blank
line, body) for anyone who wants to see or type the Jinja.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QFileSystemWatcher, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mailmerge.compose.fields import FieldRef, column_access
from mailmerge.compose.html_mail import editor_fragment, mail_document, text_to_fragment
from mailmerge.compose.unsubscribe import LINK_FIELD
from ui.dialogs import Dialogs
from ui.editor.rich_edit import SHRUNK_WIDTH_PX, RichEdit, encode_image, shrink_image
from ui.editor.toolbar import FormatBar
from ui.session import CampaignSession
from ui.template_text import HEADER_ORDER, MessageFields, compose_template, split_template
from ui.views.common import InlineError, set_tab_chain

# Edits are pushed to the session after a short pause in typing, not on every key.
EDIT_SETTLE_MS = 300
PAGE_RICH, PAGE_TEXT, PAGE_SOURCE = range(3)
PICTURE_FILTER = cast(str, QT_TRANSLATE_NOOP("MessageView", "Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"))


class FieldLineEdit(QLineEdit):
    """A header line where typing `{{` offers the spreadsheet's columns."""

    def __init__(self, columns: Callable[[], tuple[str, ...]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.text() == "{" and self.text()[:self.cursorPosition()].endswith("{{") and self._columns():
            menu = QMenu(self)
            for column in self._columns():
                menu.addAction(column, functools.partial(self._complete, column))
            menu.exec(self.mapToGlobal(self.cursorRect().bottomLeft()))

    def _complete(self, column: str) -> None:
        self.cursorBackward(True, 2)
        self.insert("{{ " + column_access(column) + " }}")


class MessageView(QWidget):
    add_attachment_requested = Signal()

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogs = Dialogs(self)  # every question asked through it: tests answer without a person
        self.error = InlineError()
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Body format"))
        for label, code in ((self.tr("Formatted"), "html"), (self.tr("Markdown"), "markdown"),
                            (self.tr("Plain text"), "text")):
            self.format_combo.addItem(label, code)

        self.header_edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        # Mnemonics avoid Alt+F/G/S, which open the window's menus. A form label with & gets its field as buddy.
        labels = {"From": self.tr("F&rom:"), "To": self.tr("&To:"), "Cc": self.tr("&Cc:"), "Bcc": self.tr("&Bcc:"),
                  "Reply-To": self.tr("Re&ply to:"), "Subject": self.tr("S&ubject:"),
                  "Unsubscribe": self.tr("Unsubscrib&e:")}
        for name in HEADER_ORDER:
            edit = FieldLineEdit(self._columns)
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            self.header_edits[name] = edit
            form.addRow(labels[name], edit)
        self.header_edits["To"].setPlaceholderText(self.tr("empty: the email column"))
        self.header_edits["Subject"].setPlaceholderText(self.tr("type {{ to insert a field"))
        self.header_edits["Unsubscribe"].setPlaceholderText(self.tr(
            "empty: the account's unsubscribe address and link; “none” for mail people cannot opt out of"))

        # A QPushButton with a menu sizes itself for the menu arrow; the QToolButton it replaces drew the arrow over
        # its text. Alt+I opens the menu; the arrow keys and Enter pick a column.
        self.insert_button = QPushButton(self.tr("&Insert field"))
        self.insert_button.setToolTip(self.tr("Put a spreadsheet column where the cursor was"))
        self.insert_menu = QMenu(self.insert_button)
        self.insert_button.setMenu(self.insert_menu)
        self.insert_menu.aboutToShow.connect(self._fill_insert_menu)
        self.condition_button = QPushButton(self.tr("Only &when…"))
        self.condition_button.setToolTip(self.tr("Show the paragraph at the cursor only to some rows"))
        self.condition_button.clicked.connect(self._set_condition)
        self.signature_button = QPushButton(self.tr("Add sig&nature"))
        self.signature_button.setToolTip(self.tr("Add the sending account's signature at the end"))
        self.signature_button.clicked.connect(self.add_signature)
        self.source_button = QPushButton(self.tr("&View source"))
        self.source_button.setCheckable(True)
        self.source_button.setToolTip(self.tr("Show the template as text: header lines, a blank line, the body"))
        self.source_button.toggled.connect(self._source_toggled)

        format_label = QLabel(self.tr("F&ormat:"))
        format_label.setBuddy(self.format_combo)
        toolbar = QHBoxLayout()
        toolbar.addWidget(format_label)
        toolbar.addWidget(self.format_combo)
        toolbar.addStretch(1)
        for button in (self.insert_button, self.condition_button, self.signature_button, self.source_button):
            toolbar.addWidget(button)

        self.rich_edit = RichEdit()
        self.rich_edit.setAccessibleName(self.tr("Message"))
        self.format_bar = FormatBar(self.rich_edit)
        self.format_bar.picture_requested.connect(self.browse_picture)
        self.rich_edit.picture_too_large.connect(self._picture_too_large)
        self.rich_edit.embed_requested.connect(self.embed_picture)
        rich_page = QWidget()
        rich_layout = QVBoxLayout(rich_page)
        rich_layout.setContentsMargins(0, 0, 0, 0)
        rich_layout.addWidget(self.format_bar)
        rich_layout.addWidget(self.rich_edit, 1)

        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Message body"))
        self.body_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Tab moves on, as in every other field (indent Markdown with spaces); otherwise keyboard users are stuck.
        self.body_edit.setTabChangesFocus(True)
        self.source_edit = QPlainTextEdit()
        self.source_edit.setAccessibleName(self.tr("Template source"))
        self.source_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.source_edit.setTabChangesFocus(True)
        self.body_pages = QStackedWidget()
        for page in (rich_page, self.body_edit, self.source_edit):
            self.body_pages.addWidget(page)

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

        self.reload_bar = QWidget()
        reload_row = QHBoxLayout(self.reload_bar)
        reload_row.setContentsMargins(0, 0, 0, 0)
        self.reload_label = QLabel()
        self.reload_label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.clicked.connect(self.reload_template)
        keep_button = QPushButton(self.tr("Keep mine"))
        keep_button.clicked.connect(self.reload_bar.hide)
        reload_row.addWidget(self.reload_label, 1)
        reload_row.addWidget(self.reload_button)
        reload_row.addWidget(keep_button)
        self.reload_bar.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.reload_bar)
        layout.addLayout(form)
        layout.addLayout(toolbar)
        layout.addWidget(self.body_pages, 1)
        attachments_label = QLabel(self.tr("&Attachments:"))
        attachments_label.setBuddy(self.attachments_edit)
        layout.addWidget(attachments_label)
        layout.addLayout(attach_row)
        self.tab_chain: tuple[QWidget, ...] = (
            *self.header_edits.values(), self.format_combo, self.insert_button, self.condition_button,
            self.signature_button, self.source_button, self.rich_edit, self.body_edit, self.source_edit,
            self.attachments_edit, self.add_file_button)
        set_tab_chain(self.tab_chain)

        # Insert field goes into the last text box the user was in (subject or body, usually).
        self._insert_target: QLineEdit | QPlainTextEdit | RichEdit = self.rich_edit
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(EDIT_SETTLE_MS)
        self._settle.timeout.connect(self.commit)
        for header_edit in self.header_edits.values():
            header_edit.textEdited.connect(self._settle.start)
            header_edit.installEventFilter(self)
        for text_edit in (self.body_edit, self.source_edit, self.attachments_edit):
            text_edit.textChanged.connect(self._on_body_changed)
        self.body_edit.installEventFilter(self)
        self.rich_edit.installEventFilter(self)
        self.rich_edit.edited.connect(self._on_rich_edited)
        self.format_combo.activated.connect(self._format_chosen)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed_outside)
        session.message_changed.connect(self._show_message)
        session.contacts_changed.connect(self._columns_changed)
        self._loading = False
        self._rich_edited = False  # the rich document differs from the stored body
        self._last_body = ""  # the stored body the rich editor shows
        self._body_format = session.body_format
        self._show_message()

    # --- what the user sees ----------------------------------------------------------------------------------------
    def _columns(self) -> tuple[str, ...]:
        return tuple(self.session.table.columns) if self.session.table is not None else ()

    def _columns_changed(self) -> None:
        # The unsubscribe link is a field of every campaign (each person's own link), never a missing column.
        known = (*self._columns(), LINK_FIELD) if self.session.table is not None else None
        self.rich_edit.set_columns(known)

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if isinstance(event, QEvent) and event.type() == QEvent.Type.FocusIn and isinstance(
            watched, (QLineEdit, QPlainTextEdit, RichEdit)
        ):
            self._insert_target = watched
        return False

    def _on_body_changed(self) -> None:
        if not self._loading:
            self._settle.start()

    def _on_rich_edited(self) -> None:
        if not self._loading:
            self._rich_edited = True
            self._settle.start()

    def _rich_mode(self) -> bool:
        """A formatted (editor-made or new) HTML body: shown in the rich editor, not as text."""
        body = self.session.fields.body
        return self.session.body_format == "html" and (not body.strip() or editor_fragment(body) is not None)

    def _show_message(self) -> None:
        fields = self.session.fields
        self._loading = True
        try:
            for name, edit in self.header_edits.items():
                with QSignalBlocker(edit):
                    if edit.text() != fields.headers.get(name, ""):
                        edit.setText(fields.headers.get(name, ""))
            attachments = "\n".join(fields.attachments)
            if self.attachments_edit.toPlainText() != attachments:
                self.attachments_edit.setPlainText(attachments)
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(self.session.body_format)))
            self._body_format = self.session.body_format
            rich = self._rich_mode()
            if rich and fields.body != self._last_body:
                self.rich_edit.set_fragment(editor_fragment(fields.body) or "")
                self._last_body = fields.body
                self._rich_edited = False
            elif not rich and self.body_edit.toPlainText() != fields.body:
                self.body_edit.setPlainText(fields.body)
            if self.body_pages.currentIndex() == PAGE_SOURCE:
                if split_template(self.source_edit.toPlainText()) != fields:
                    self.source_edit.setPlainText(compose_template(fields))
            else:
                self.body_pages.setCurrentIndex(PAGE_RICH if rich else PAGE_TEXT)
            for button in (self.condition_button, self.signature_button):
                button.setEnabled(rich)
            self._watch(self.session.template_source)
        finally:
            self._loading = False

    def _fill_source(self) -> None:
        text = compose_template(self._fields_from_widgets())
        if self.source_edit.toPlainText() != text:
            self.source_edit.setPlainText(text)
        self.body_pages.setCurrentIndex(PAGE_SOURCE)

    def focus_body(self) -> None:
        current = self.body_pages.currentWidget()
        if current is not None:
            current.setFocus()
        if self.body_pages.currentIndex() == PAGE_RICH:
            self.rich_edit.setFocus()

    # --- committing ------------------------------------------------------------------------------------------------
    def _body_from_widgets(self) -> str:
        if self._rich_mode() or (self._body_format == "html" and self.body_pages.currentIndex() == PAGE_RICH):
            if not self._rich_edited:
                return self.session.fields.body
            body = mail_document(self.rich_edit.fragment())
            self._last_body = body
            self._rich_edited = False
            return body
        return self.body_edit.toPlainText()

    def _fields_from_widgets(self) -> MessageFields:
        return MessageFields(
            headers={name: edit.text().strip() for name, edit in self.header_edits.items() if edit.text().strip()},
            attachments=tuple(line.strip() for line in self.attachments_edit.toPlainText().splitlines()
                              if line.strip()),
            body=self._body_from_widgets(),
        )

    def commit(self) -> None:
        """Push the editor contents to the session now (also called before checking, previewing or saving)."""
        self._settle.stop()
        if self.body_pages.currentIndex() == PAGE_SOURCE:
            fields = split_template(self.source_edit.toPlainText())
        else:
            fields = self._fields_from_widgets()
        self.session.set_message(fields, self._body_format)

    def _source_toggled(self, on: bool) -> None:
        if on:
            self.commit()
            self._fill_source()
            self.source_edit.setFocus()
        else:
            fields = split_template(self.source_edit.toPlainText())
            self._last_body = ""  # the source may have changed the body: show it again
            self.body_pages.setCurrentIndex(PAGE_TEXT)
            self.session.set_message(fields, self._body_format)
            self._show_message()

    def _format_chosen(self) -> None:
        """Switching format converts the body: Markdown or text into formatted paragraphs, formatted into text."""
        self.commit()
        old, new = self._body_format, str(self.format_combo.currentData())
        if old == new:
            return
        fields = self.session.fields
        body = fields.body
        if new == "html" and old in ("markdown", "text"):
            body = mail_document(text_to_fragment(body, old))
        elif old == "html" and new in ("markdown", "text") and self._rich_mode():
            from mailmerge.compose.html_mail import html_to_text

            body = html_to_text(editor_fragment(body) or "")
        self._body_format = new
        self._last_body = ""
        self.session.set_message(MessageFields(fields.headers, fields.attachments, body), new)

    def add_attachment(self, path: str) -> None:
        text = self.attachments_edit.toPlainText().rstrip("\n")
        self.attachments_edit.setPlainText((text + "\n" if text else "") + path)
        self.commit()

    # --- inserting -------------------------------------------------------------------------------------------------
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
        if isinstance(self._insert_target, RichEdit):
            self.insert_menu.addSeparator()
            self.insert_menu.addAction(self.tr("Field with a fallback for empty cells…"), self._field_with_fallback)

    def insert_field(self, column: str, fallback: str = "") -> None:
        target = self._insert_target
        if isinstance(target, RichEdit) and self.body_pages.currentIndex() == PAGE_RICH:
            target.insert_field(FieldRef(column, fallback))
        else:
            text = "{{ " + column_access(column) + " }}"
            if isinstance(target, QLineEdit):
                target.insert(text)
            elif isinstance(target, QPlainTextEdit):
                target.insertPlainText(text)
            target.setFocus()
        self.commit()

    def _field_with_fallback(self) -> None:
        from ui.editor.dialogs import FieldDialog

        dialog = FieldDialog(self._columns(), None, self)
        if dialog.exec():
            ref = dialog.value()
            self.rich_edit.insert_field(ref)
            self.commit()

    def _set_condition(self) -> None:
        self.rich_edit.set_condition()
        self.commit()

    def add_signature(self) -> None:
        """Put the chosen account's signature at the end of the message."""
        signature = self._account_signature()
        if not signature:
            self.error.show_message(self.tr(
                "The sending account has no signature yet. Add one in Accounts (Send step → Manage accounts → "
                "Signature), or choose the account that has it."))
            return
        from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentFragment

        from ui.editor.document_html import html_to_document

        scratch = QTextDocument()
        html_to_document(signature, scratch, self.rich_edit.pictures)
        self.rich_edit.pictures.register(self.rich_edit.document())
        cursor = self.rich_edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        cursor.insertFragment(QTextDocumentFragment(scratch))
        self.rich_edit.setTextCursor(cursor)
        self.commit()

    def _account_signature(self) -> str:
        name = self.session.account
        if name is None:
            return ""
        from mailmerge.accounts.profiles import get_account
        from mailmerge.base.errors import MailMergeError

        try:
            return get_account(name).signature or ""
        except MailMergeError:
            return ""

    # --- pictures --------------------------------------------------------------------------------------------------
    def browse_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Insert a picture"), "", self.tr(PICTURE_FILTER))
        if path:
            self.insert_picture_file(Path(path))

    def insert_picture_file(self, path: Path) -> None:
        import mimetypes

        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.show_message(self.tr("The picture {file} cannot be read ({reason}).").format(
                file=path.name, reason=exc.strerror or exc))
            return
        image = QImage.fromData(data)
        if image.isNull():
            self.error.show_message(self.tr("{file} is not a picture this app can show. Use PNG, JPEG or GIF.")
                                    .format(file=path.name))
            return
        mime = mimetypes.guess_type(path.name)[0] or "image/png"
        self.rich_edit.insert_image(image, data, mime)

    def _picture_too_large(self, image: QImage, size: int) -> None:
        if not self.dialogs.confirm(
            self.tr("Large picture"),
            self.tr("This picture is {size:.1f} MB; every recipient downloads it, and mail this large is often "
                    "refused. Shrink it to {width} pixels wide and insert it?").format(
                size=size / 1024 / 1024, width=SHRUNK_WIDTH_PX),
            self.tr("Shrink and insert"),
        ):
            return
        smaller = shrink_image(image)
        data, mime = encode_image(smaller)
        self.rich_edit.place_image(smaller, data, mime)

    def embed_picture(self, url: str) -> None:
        """Download a picture the message shows from the internet and put it inside the message."""
        from mailmerge.compose.inline_images import fetch_picture
        from ui.background import run_in_background, shown_in
        from ui.editor.rich_edit import MAX_PICTURE_BYTES

        def embedded(result: tuple[str, bytes]) -> None:
            self.rich_edit.use_picture(url, *result)
            self.commit()

        run_in_background(lambda: fetch_picture(url, max_bytes=MAX_PICTURE_BYTES), embedded,
                          shown_in(self.error.show_message), owner=self)

    # --- the template file changed outside the app -----------------------------------------------------------------
    def _watch(self, path: Path | None) -> None:
        files = self.watcher.files()
        wanted = str(path) if path is not None and path.suffix.lower() in (".md", ".markdown", ".html", ".htm",
                                                                            ".txt") else None
        if files and files != [wanted]:
            self.watcher.removePaths(files)
        if wanted and wanted not in self.watcher.files() and Path(wanted).exists():
            self.watcher.addPath(wanted)

    def _file_changed_outside(self, path: str) -> None:
        self.reload_label.setText(self.tr("{file} was changed by another program. Reload it? Your edits here "
                                          "since opening it would be replaced.").format(file=Path(path).name))
        self.reload_bar.show()
        if path not in self.watcher.files() and Path(path).exists():  # some editors replace the file
            self.watcher.addPath(path)

    def reload_template(self) -> None:
        path = self.session.template_source
        self.reload_bar.hide()
        if path is None:
            return
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.error.show_message(self.tr("Could not read the template {file}: {error}").format(file=path,
                                                                                                  error=exc))
            return
        self._last_body = ""
        self.session.load_template_text(text, self.session.body_format, path)
        self.session.set_dirty(True)
