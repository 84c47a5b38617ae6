"""The campaign being edited: spreadsheet, mapping, message and account, shared by every step of the window.

Views read it and call its setters; it emits one signal per part so each view refreshes only what changed.
Building the core objects (Template, Campaign) happens here, so views show errors but never make them."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from mailmerge.compose.campaign_file import CampaignDocument
from mailmerge.compose.unsubscribe import NO_UNSUBSCRIBE
from mailmerge.sheets.mapping import MAPPING_ROLES
from ui.template_text import MessageFields, compose_template, split_template

if TYPE_CHECKING:
    from mailmerge.compose.campaign import Campaign
    from mailmerge.compose.template import Template
    from mailmerge.sheets.contacts import ContactTable
    from mailmerge.sheets.mapping import ColumnMapping


class CampaignSession(QObject):
    contacts_changed = Signal()
    mapping_changed = Signal()
    message_changed = Signal()
    account_changed = Signal()
    excluded_changed = Signal()
    dirty_changed = Signal(bool)
    path_changed = Signal()  # the campaign file the window title names

    def __init__(self) -> None:
        super().__init__()
        self.table: ContactTable | None = None
        self.sheets: tuple[str, ...] = ()
        self.mapping: ColumnMapping | None = None
        self.fields = MessageFields({}, (), "")
        self.body_format = "html"  # a new message is written in the formatted editor
        self.template_source: Path | None = None  # where relative attachment paths are looked up
        self.account: str | None = None  # None: the built-in outbox
        self.default_from = ""  # the chosen account's From, for a message without a From line
        self.unsubscribe = NO_UNSUBSCRIBE  # the chosen account's unsubscribe options
        self.campaign_path: Path | None = None
        self.excluded_rows: frozenset[int] = frozenset()  # 1-based data rows the user left out of the send
        # Folders attachment cells may name files in, besides the spreadsheet's and the message's (the user chose
        # them: a file attached by hand, or Allow attachments from a folder…).
        self.attachment_folders: tuple[Path, ...] = ()
        self.send_per_row = False  # a repeated address gets one message per row (default: one per address)
        self._dirty = False

    # --- state ---------------------------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def set_table(self, table: ContactTable, sheets: tuple[str, ...], mapping: ColumnMapping | None,
                  excluded_rows: frozenset[int] = frozenset()) -> None:
        """A newly read sheet; `excluded_rows` are the rows its campaign file left out (none for a sheet the user
        just opened: row numbers of another sheet mean other people)."""
        self.table = table
        self.sheets = sheets
        self.mapping = mapping
        self.excluded_rows = frozenset(r for r in excluded_rows if 1 <= r <= len(table))
        self.contacts_changed.emit()
        self.mapping_changed.emit()

    def set_excluded_rows(self, rows: frozenset[int]) -> None:
        if rows != self.excluded_rows:
            self.excluded_rows = rows
            self.set_dirty(True)
            self.excluded_changed.emit()

    def set_mapping(self, mapping: ColumnMapping) -> None:
        if mapping != self.mapping:
            self.mapping = mapping
            self.set_dirty(True)
            self.mapping_changed.emit()

    def set_message(self, fields: MessageFields, body_format: str) -> None:
        if (fields, body_format) != (self.fields, self.body_format):
            self.fields = fields
            self.body_format = body_format
            self.set_dirty(True)
            self.message_changed.emit()

    def load_template_text(self, text: str, body_format: str, source: Path | None) -> None:
        self.template_source = source
        self.fields = split_template(text)
        self.body_format = body_format
        self.message_changed.emit()

    def set_campaign_path(self, path: Path | None) -> None:
        self.campaign_path = path
        self.path_changed.emit()

    def set_account(self, account: str | None) -> None:
        if account != self.account:
            self.account = account
            self.set_dirty(True)
            self.account_changed.emit()

    # --- core objects (raise MailMergeError with a plain sentence) ----------------------------------------------
    def template_text(self) -> str:
        return compose_template(self.fields)

    def template(self) -> Template:
        from mailmerge.compose.template import parse_template

        return parse_template(self.template_text(), self.body_format, self.template_source)

    def campaign(self) -> Campaign:
        return self.campaign_builder()()

    def campaign_builder(self) -> Callable[[], Campaign]:
        """The campaign as it stands now, built when called: the call may happen on another thread (parsing the
        template, the first time with the Markdown converter's import, takes ~90 ms the window would feel)."""
        from mailmerge.base.errors import MailMergeError
        from mailmerge.compose.campaign import Campaign
        from mailmerge.compose.template import parse_template

        table, mapping, text, body_format, source = (self.table, self.mapping, self.template_text(),
                                                     self.body_format, self.template_source)
        default_from, unsubscribe, folders = self.default_from, self.unsubscribe, self.attachment_folders

        def build() -> Campaign:
            if table is None:
                raise MailMergeError("ui.no_contacts", "Open a contact spreadsheet first (File → Open, Ctrl+O).")
            if mapping is None:
                raise MailMergeError(
                    "ui.no_email_column", "Choose which column holds the email addresses in the Contacts step."
                )
            return Campaign(
                contacts=table, template=parse_template(text, body_format, source), mapping=mapping,
                default_from=default_from, unsubscribe=unsubscribe, attachment_folders=folders,
            )

        return build

    def recipients(self) -> list[str]:
        if self.table is None or self.mapping is None or self.mapping.email not in self.table.columns:
            return []
        i = self.table.columns.index(self.mapping.email)
        try:
            return list(map(itemgetter(i), self.table.rows))  # C speed: the reader makes every row full width
        except IndexError:  # a table made elsewhere may have short rows: blanks for them
            return [row[i] if i < len(row) else "" for row in self.table.rows]

    # --- campaign files ------------------------------------------------------------------------------------------
    def to_document(self) -> CampaignDocument:
        mapping = {role: getattr(self.mapping, role) for role in MAPPING_ROLES} if self.mapping else {}
        return CampaignDocument(
            contacts_path=self.table.source if self.table else None,
            sheet=self.table.sheet if self.table else None,
            header_row=self.table.header_row if self.table else None,
            mapping=mapping,
            body_format=self.body_format,
            template_text=self.template_text(),
            account=self.account,
            excluded_rows=self.excluded_rows,
            settings={"attachment_folders": [str(folder) for folder in self.attachment_folders],
                      "send_per_row": self.send_per_row},
        )

    def set_send_per_row(self, per_row: bool) -> None:
        if per_row != self.send_per_row:
            self.send_per_row = per_row
            self.set_dirty(True)

    def allow_attachments_from(self, folder: Path) -> None:
        if folder not in self.attachment_folders:
            self.attachment_folders = (*self.attachment_folders, folder)
            self.set_dirty(True)
