"""Step 1: the spreadsheet, its sheet, and which column is the email / name / cc / bcc / attachments / send-at.

Reading happens here too (off the UI thread, with a busy bar and Cancel), with the choices a user may need to make
about the file itself: which row holds the column names, and for a CSV/TXT export its text encoding (offered with a
preview of the names when the file can't tell)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
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
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mailmerge.sheets.contacts import AmbiguousEncodingError
from mailmerge.sheets.mapping import MAPPING_ROLES
from ui.background import run_in_background
from ui.models.contacts_model import ContactsModel
from ui.session import CampaignSession
from ui.views.common import InlineError, counted, set_tab_chain

if TYPE_CHECKING:
    from mailmerge.sheets.contacts import ContactTable

ReadResult = tuple["ContactTable", tuple[str, ...]]
AUTO = 0  # the header-row box's "Automatic"

NO_COLUMN = ""  # the combo item meaning "not used"
PROGRESS_STEPS = 100  # the reading bar's range
RESIZE_SAMPLE_ROWS = 200  # column widths fit the first rows on screen, not all 100k
MEASURED_TEXTS = 8  # per column, for its width
CELL_PADDING = 16  # px around a cell's text (the item's margins and the grid line)
HEADER_PADDING = 28  # px around a column name, with room for the sort arrow
MAX_COLUMN_WIDTH = 360  # a long note must not push every other column out of sight


class RowNumbersHeader(QHeaderView):
    """The row numbers down the table's left side. Qt would size this header by measuring up to ~200 of its labels,
    each asked of the model's Python headerData (~5 ms, twice for each new sheet, with the window frozen), when the
    widest label is known beforehand: the last row's number with the left-out mark. Sizing for the mark also keeps
    the column from widening when the user leaves a row out."""

    def __init__(self, model: ContactsModel) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self._contacts = model
        self.setSectionsClickable(True)  # as QTableView's own: a click on a number selects the row
        self.setHighlightSections(True)

    def sizeHint(self) -> QSize:
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.text = self._contacts.widest_row_label()
        text = self.fontMetrics().size(0, option.text)
        section = self.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, text, self)
        return QSize(section.width(), self.length())


class ReadCancelled(Exception):
    """Raised inside a read the user cancelled (or replaced by another): the reader stops at its next step."""


class _ReadProgress(QObject):
    """Carries the reader's progress from its thread to the bar (a queued signal: the bar is the UI thread's)."""

    moved = Signal(int, float)  # generation of the read, fraction done


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

        self.header_spin = QSpinBox()
        self.header_spin.setRange(AUTO, 1_048_576)
        self.header_spin.setSpecialValueText(self.tr("Automatic"))
        self.header_spin.setAccessibleName(self.tr("Row with the column names"))
        self.header_spin.setToolTip(self.tr("The row of the sheet that holds the column names"))
        self.header_spin.editingFinished.connect(self._header_chosen)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setAccessibleName(self.tr("Text encoding"))
        self.encoding_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.encoding_combo.setMinimumContentsLength(22)
        self.encoding_combo.view().setMinimumWidth(420)  # the previews of names need room
        self.encoding_combo.activated.connect(self._encoding_chosen)
        self.busy = QProgressBar()
        self.busy.setRange(0, PROGRESS_STEPS)  # how far the read has come, told by the reader between steps
        self.busy.setAccessibleName(self.tr("Reading the spreadsheet"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_reading)
        # The bar and Cancel have a line of their own while a sheet is read: beside the file's name they pushed it
        # onto two cramped lines and the Open button off the window's edge.
        self.reading_row = QWidget()
        reading = QHBoxLayout(self.reading_row)
        reading.setContentsMargins(0, 0, 0, 0)
        reading.addWidget(self.busy, 1)
        reading.addWidget(self.cancel_button)
        reading.addStretch(2)
        self.reading_row.hide()
        self._reading = 0  # generation of the read under way; a cancelled or superseded read stops and is dropped
        self._read_progress = _ReadProgress(self)
        self._read_progress.moved.connect(self._show_read_progress)
        self._options_for: Path | None = None  # the file the header row / encoding choices below belong to
        self._header_row: int | None = None
        self._encoding: str | None = None

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        sheet_label = QLabel(self.tr("S&heet:"))
        sheet_label.setBuddy(self.sheet_combo)
        top.addWidget(sheet_label)
        top.addWidget(self.sheet_combo)
        header_label = QLabel(self.tr("Column names in ro&w:"))
        header_label.setBuddy(self.header_spin)
        top.addWidget(header_label)
        top.addWidget(self.header_spin)
        self.encoding_label = QLabel(self.tr("Text enco&ding:"))
        self.encoding_label.setBuddy(self.encoding_combo)
        top.addWidget(self.encoding_label)
        top.addWidget(self.encoding_combo)
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

        self.model = ContactsModel()  # shown without a proxy: it sorts and finds itself (see contacts_model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find in the contacts…"))
        self.filter_edit.setAccessibleName(self.tr("Find in the contacts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.model.find)
        self.filter_edit.installEventFilter(self)  # going to the find box gets the search ready
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.model)
        self.table.setVerticalHeader(RowNumbersHeader(self.model))
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
        layout.addWidget(self.reading_row)
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

        self.tab_chain: tuple[QWidget, ...] = (self.sheet_combo, self.header_spin, self.encoding_combo,
                                               self.open_button, *self.role_combos.values(), self.filter_edit,
                                               self.table)
        set_tab_chain(self.tab_chain)

        session.contacts_changed.connect(self._show_table)
        session.mapping_changed.connect(self._show_mapping)
        session.excluded_changed.connect(self._show_excluded)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.FocusIn:
            self.model.prepare_find()
        return super().eventFilter(watched, event)

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
        self.header_spin.blockSignals(True)
        automatic = self.tr("Automatic (row {row})").format(row=table.header_row)
        self.header_spin.setSpecialValueText(automatic)
        # QSpinBox sizes itself for the text it had first; room for the arrows besides the text
        self.header_spin.setMinimumWidth(self.header_spin.fontMetrics().horizontalAdvance(automatic) + 40)
        self.header_spin.setValue(table.header_row if self._header_row else AUTO)
        self.header_spin.blockSignals(False)
        self._show_encoding(table.encoding)
        self._show_excluded()
        for combo in self.role_combos.values():
            combo.clear()
            combo.addItem(self.tr("(not used)"), NO_COLUMN)
            for column in table.columns:
                combo.addItem(column, column)
        # The column names with their roles ("email (Email address)") make the header taller: shown now, before
        # the table is laid out, or the view would lay itself out and paint all over again when they come.
        self._show_mapping()
        self._fit_columns(table)

    def _fit_columns(self, table: ContactTable) -> None:
        """Column widths from the header and the first rows. Measured here rather than by resizeColumnsToContents,
        which asks the model for every sampled cell through Qt's item delegate: ~200 ms for a 100k-row sheet, all
        of it with the window frozen."""
        cells = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        names = header.fontMetrics()
        sample = table.rows[:RESIZE_SAMPLE_ROWS]
        widths = []
        for column, name in enumerate(table.columns):
            # Only the likely widest texts are measured (a text measurement costs ~10 µs, 1,600 of them 15 ms of
            # frozen window): the longest in UTF-8 bytes, which puts wide Hangul and Hanzi ahead of Latin letters.
            texts = {row[column] for row in sample if column < len(row)}
            longest = sorted(texts, key=lambda text: len(text.encode()), reverse=True)[:MEASURED_TEXTS]
            widest = max(map(cells.horizontalAdvance, longest), default=0)
            width = max(widest + CELL_PADDING, names.horizontalAdvance(name) + HEADER_PADDING)
            widths.append(min(width, MAX_COLUMN_WIDTH))
        # Told of each new width, the view would repaint every column on a timer of its own, i.e. after the new
        # sheet's first paint: a second full paint (10-20 ms, over 50 ms next to a background job). So the widths
        # are set without telling it, and it lays itself out once, now, before that first paint.
        header.blockSignals(True)
        try:
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
        finally:
            header.blockSignals(False)
        self.table.doItemsLayout()

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
        return frozenset(self.model.data_row_at(index.row())
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
        col = max(self.model.column_of(column) if column else 0, 0)
        index = self.model.index_of(row, col)
        if not index.isValid():  # hidden by the find box: clear it so the row can be shown
            self.filter_edit.clear()
            index = self.model.index_of(row, col)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()

    def _encoding_labels(self) -> dict[str, str]:
        """The encodings the reader knows (mailmerge.sheets.encodings.LABELS), in the window's language."""
        return {
            "utf-8": self.tr("Unicode (UTF-8)"),
            "utf-16": self.tr("Unicode (UTF-16)"),
            "utf-32": self.tr("Unicode (UTF-32)"),
            "cp949": self.tr("Korean (CP949 / EUC-KR)"),
            "cp932": self.tr("Japanese (Shift-JIS)"),
            "gb18030": self.tr("Chinese, simplified (GB18030 / GBK)"),
            "big5": self.tr("Chinese, traditional (Big5)"),
            "cp1252": self.tr("Western European (Windows-1252)"),
            "latin-1": self.tr("Western European (ISO-8859-1)"),
        }

    def _show_encoding(self, encoding: str | None) -> None:
        text_file = self.session.table is not None and self.session.table.sheet is None
        self.encoding_label.setVisible(text_file)
        self.encoding_combo.setVisible(text_file)
        self.encoding_combo.clear()
        labels = self._encoding_labels()
        found = labels.get(encoding, encoding) if encoding and not self._encoding else None
        self.encoding_combo.addItem(self.tr("Automatic: {label}").format(label=found) if found else
                                    self.tr("Automatic"), None)
        for name, label in labels.items():
            self.encoding_combo.addItem(label, name)
        index = self.encoding_combo.findData(self._encoding) if self._encoding else 0
        self.encoding_combo.setCurrentIndex(max(index, 0))

    # --- reading ---------------------------------------------------------------------------------------------------
    def read(self, path: Path, sheet: str | None, on_read: Callable[[ReadResult], None],
             on_failed: Callable[[BaseException], None]) -> None:
        """Read `path` off the UI thread with this file's header-row and encoding choices; a busy bar and Cancel
        show meanwhile. A read cancelled (or replaced by another) never reaches `on_read`."""
        from mailmerge.sheets.contacts import list_sheets, read_contacts

        if path != self._options_for:  # another file: its own header row and encoding are found afresh
            self._options_for, self._header_row, self._encoding = path, None, None
        header_row, encoding = self._header_row, self._encoding
        self._reading += 1
        generation = self._reading
        self.busy.setValue(0)
        self.reading_row.show()
        self.file_label.setText(self.tr("Opening {name}…").format(name=path.name))

        def progress(done: float) -> None:  # on the reading thread
            if generation != self._reading:
                raise ReadCancelled
            self._read_progress.moved.emit(generation, done)

        def work() -> ReadResult:
            # The collector is kept off until the table is made and then told to leave it alone: a 100k-row table
            # lives as long as it is shown and holds no cycles, and one walk over it is a 20-45 ms freeze (of the
            # window too: the collector holds the interpreter lock) at a random moment, e.g. mid-scroll. Reference
            # counting still frees the table when another sheet replaces it.
            gc.disable()
            try:
                result = read_contacts(path, sheet=sheet, header_row=header_row, encoding=encoding,
                                       progress=progress), tuple(list_sheets(path))
                gc.freeze()
            finally:
                gc.enable()
            return result

        def done(result: ReadResult) -> None:
            if generation == self._reading:
                self._reading_ended()
                on_read(result)

        def failed(exc: BaseException) -> None:
            if generation != self._reading:
                return
            self._reading_ended()
            on_failed(exc)
            if isinstance(exc, AmbiguousEncodingError):
                self._offer_encodings(exc)

        run_in_background(work, done, failed)

    def _show_read_progress(self, generation: int, done: float) -> None:
        if generation == self._reading:  # never backwards: two threads of an xlsx read report, each its share
            self.busy.setValue(max(self.busy.value(), round(done * PROGRESS_STEPS)))

    def cancel_reading(self) -> None:
        """Stop the read under way (it ends at its next step); the sheet shown before stays."""
        self._reading += 1
        self._reading_ended()
        table = self.session.table
        self.file_label.setText(table.source.name if table is not None else self.tr("Opening was cancelled."))

    def _reading_ended(self) -> None:
        self.reading_row.hide()

    def _offer_encodings(self, exc: AmbiguousEncodingError) -> None:
        """The file can't tell its encoding: list the likely ones, each with how the names read in it."""
        self.encoding_label.show()
        self.encoding_combo.show()
        self.encoding_combo.clear()
        self.encoding_combo.addItem(self.tr("Choose the encoding in which the names read correctly…"), None)
        for candidate in exc.candidates:
            sample = " | ".join(candidate.preview[:2])
            label = self._encoding_labels().get(candidate.encoding, candidate.label)
            self.encoding_combo.addItem(f"{label}: {sample}", candidate.encoding)
        self.encoding_combo.setFocus()

    # --- user input ----------------------------------------------------------------------------------------------
    def _header_chosen(self) -> None:
        table = self.session.table
        row = self.header_spin.value() or None
        if table is not None and row != self._header_row:
            self._header_row = row
            self.open_requested.emit(table.source, table.sheet)

    def _encoding_chosen(self) -> None:
        encoding = self.encoding_combo.currentData()
        if self._options_for is not None and encoding != self._encoding:
            self._encoding = encoding
            table = self.session.table
            self.open_requested.emit(self._options_for, table.sheet if table is not None else None)

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
