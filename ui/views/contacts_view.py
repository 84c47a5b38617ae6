"""Step 1: the spreadsheet, its sheet, and which column is the email / name / cc / bcc / attachments / send-at."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mailmerge.sheets.mapping import MAPPING_ROLES
from ui.models.contacts_model import ContactsModel, ContactsProxy
from ui.session import CampaignSession
from ui.views.common import InlineError, counted, set_tab_chain

NO_COLUMN = ""  # the combo item meaning "not used"
RESIZE_SAMPLE_ROWS = 200  # column widths fit the first rows on screen, not all 100k


class ContactsView(QWidget):
    open_requested = Signal(object, object)  # Path, sheet name or None
    browse_requested = Signal()

    def __init__(self, session: CampaignSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAcceptDrops(True)
        self.role_labels = {
            "email": self.tr("Email address"),
            "name": self.tr("Name"),
            "cc": self.tr("Cc"),
            "bcc": self.tr("Bcc"),
            "attachments": self.tr("Attachments"),
            "send_at": self.tr("Send at"),
        }
        # Mnemonics avoid Alt+F/G/S, which open the window's menus.
        form_labels = {
            "email": self.tr("&Email address:"),
            "name": self.tr("&Name:"),
            "cc": self.tr("&Cc:"),
            "bcc": self.tr("&Bcc:"),
            "attachments": self.tr("A&ttachments:"),
            "send_at": self.tr("Send &at:"),
        }

        self.error = InlineError()
        self.file_label = QLabel(self.tr("No spreadsheet open. Drop one here or use File → Open (Ctrl+O)."))
        self.file_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open spreadsheet…"))
        self.open_button.clicked.connect(self.browse_requested)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.activated.connect(self._sheet_chosen)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        sheet_label = QLabel(self.tr("S&heet:"))
        sheet_label.setBuddy(self.sheet_combo)
        top.addWidget(sheet_label)
        top.addWidget(self.sheet_combo)
        top.addWidget(self.open_button)

        mapping_box = QGroupBox(self.tr("Which column holds…"))
        form = QFormLayout(mapping_box)
        self.role_combos: dict[str, QComboBox] = {}
        for role in MAPPING_ROLES:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(14)
            combo.setAccessibleName(self.role_labels[role])
            combo.activated.connect(self._mapping_edited)
            self.role_combos[role] = combo
            form.addRow(form_labels[role], combo)

        self.model = ContactsModel()
        self.proxy = ContactsProxy()
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find in the contacts…"))
        self.filter_edit.setAccessibleName(self.tr("Find in the contacts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.find)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep file order until the user sorts
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Fixed row heights and a sample of rows for column widths: nothing is measured per row, so 100k rows
        # open and scroll like 100 (bench/ui_scroll.py).
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.count_label = QLabel()
        # Leaving people out of this send: right-click (or the context-menu key) on selected rows.
        self.leave_out_action = QAction(self.tr("Leave out of this send"), self.table)
        self.leave_out_action.triggered.connect(lambda: self._set_left_out(True))
        self.put_back_action = QAction(self.tr("Put back into this send"), self.table)
        self.put_back_action.triggered.connect(lambda: self._set_left_out(False))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.leave_out_action, self.put_back_action])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(mapping_box)
        left.addStretch(1)
        body.addLayout(left)
        right = QVBoxLayout()
        find_row = QHBoxLayout()
        find_label = QLabel(self.tr("F&ind:"))
        find_label.setBuddy(self.filter_edit)
        find_row.addWidget(find_label)
        find_row.addWidget(self.filter_edit, 1)
        right.addLayout(find_row)
        right.addWidget(self.table, 1)
        right.addWidget(self.count_label)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)

        self.tab_chain: tuple[QWidget, ...] = (self.sheet_combo, self.open_button, *self.role_combos.values(),
                                               self.filter_edit, self.table)
        set_tab_chain(self.tab_chain)

        session.contacts_changed.connect(self._show_table)
        session.mapping_changed.connect(self._show_mapping)
        session.excluded_changed.connect(self._show_excluded)

    # --- rendering -----------------------------------------------------------------------------------------------
    def _show_table(self) -> None:
        table = self.session.table
        self.model.set_table(table)
        self.error.clear_message()
        if table is None:
            return
        where = table.source.name + (f" — {table.sheet}" if table.sheet else "")
        self.file_label.setText(where)
        self.file_label.setToolTip(str(table.source))
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(self.session.sheets))
        self.sheet_combo.setEnabled(len(self.session.sheets) > 1)
        if table.sheet:
            self.sheet_combo.setCurrentText(table.sheet)
        self._show_excluded()
        for combo in self.role_combos.values():
            combo.clear()
            combo.addItem(self.tr("(not used)"), NO_COLUMN)
            for column in table.columns:
                combo.addItem(column, column)
        self.table.resizeColumnsToContents()
        # A full garbage collection walks every live object: with a 100k-row sheet in memory that is a 20-45 ms
        # freeze at a random moment (measured mid-scroll). What exists now lives as long as the table, so it is
        # taken out of the collector's walk; reference counting still frees it when another sheet replaces it.
        gc.freeze()

    def _show_excluded(self) -> None:
        table = self.session.table
        if table is None:
            return
        left_out = self.session.excluded_rows
        self.model.set_excluded(left_out)
        count = counted("ContactsView", len(table), "{n} contact", "{n} contacts")
        if left_out:
            count += " " + counted("ContactsView", len(left_out), "({n} left out of this send)",
                                   "({n} left out of this send)")
        else:
            count += " " + self.tr("(right-click rows to leave them out of this send)")
        self.count_label.setText(count)

    def selected_rows(self) -> frozenset[int]:
        """1-based data rows of the selected cells, wherever sorting and the find box put them."""
        return frozenset(self.model.data_row_at(self.proxy.mapToSource(index).row())
                         for index in self.table.selectionModel().selectedIndexes())

    def _set_left_out(self, left_out: bool) -> None:
        rows = self.selected_rows()
        excluded = self.session.excluded_rows
        self.session.set_excluded_rows(excluded | rows if left_out else excluded - rows)

    def _show_mapping(self) -> None:
        mapping = self.session.mapping
        mapped: dict[str, str] = {}
        for role, combo in self.role_combos.items():
            column = getattr(mapping, role) if mapping else None
            combo.setCurrentIndex(max(0, combo.findData(column or NO_COLUMN)))
            if column:
                mapped[column] = self.role_labels[role]
        self.model.set_mapped_columns(mapped)
        if self.session.table is not None and mapping is None:
            self.error.show_message(
                self.tr("No column looks like email addresses. Choose the email column under “Which column holds…”.")
            )

    def show_error(self, message: str) -> None:
        self.error.show_message(message)

    def select_cell(self, row: int, column: str | None) -> None:
        """Jump to a 1-based data row (and column, when known), e.g. from a check finding."""
        col = self.model.column_of(column) if column else 0
        source = self.model.index_of(row, max(col, 0))
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by the filter: clear it so the row can be shown
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(source)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()

    # --- user input ----------------------------------------------------------------------------------------------
    def _sheet_chosen(self) -> None:
        table = self.session.table
        sheet = self.sheet_combo.currentText()
        if table is not None and sheet and sheet != table.sheet:
            self.open_requested.emit(table.source, sheet)

    def _mapping_edited(self) -> None:
        from mailmerge.sheets.mapping import ColumnMapping

        chosen: dict[str, str | None] = {role: combo.currentData() or None for role, combo in self.role_combos.items()}
        email = chosen.pop("email")
        if not email:
            self.error.show_message(self.tr("Choose the column that holds the email addresses."))
            return
        self.error.clear_message()
        self.session.set_mapping(ColumnMapping(email, **chosen))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.open_requested.emit(Path(urls[0].toLocalFile()), None)
