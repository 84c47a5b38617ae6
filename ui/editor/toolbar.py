"""The formatting toolbar over the message editor, with the shortcuts people know from word processors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QColorDialog, QComboBox, QToolBar, QWidget

from ui.editor.dialogs import LinkDialog
from ui.editor.rich_edit import RichEdit

FONT_SIZES_PT = (9, 10, 11, 12, 14, 16, 18, 24)
DEFAULT_SIZE_PT = 11
HEADING_SIZES_PT = {1: 20.0, 2: 16.0, 3: 13.0}


class FormatBar(QToolBar):
    picture_requested = Signal()

    def __init__(self, edit: RichEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = edit
        self.setAccessibleName(self.tr("Formatting"))
        self.style_combo = QComboBox()
        self.style_combo.setAccessibleName(self.tr("Paragraph style"))
        for label, level in ((self.tr("Paragraph"), 0), (self.tr("Heading 1"), 1), (self.tr("Heading 2"), 2),
                             (self.tr("Heading 3"), 3)):
            self.style_combo.addItem(label, level)
        self.style_combo.activated.connect(self._set_heading)
        self.size_combo = QComboBox()
        self.size_combo.setAccessibleName(self.tr("Text size"))
        for size in FONT_SIZES_PT:
            self.size_combo.addItem(str(size), size)
        self.size_combo.activated.connect(self._set_size)
        self.addWidget(self.style_combo)
        self.addWidget(self.size_combo)

        self.bold = self._toggle(self.tr("B"), self.tr("Bold"), QKeySequence.StandardKey.Bold, self._set_bold)
        self.italic = self._toggle(self.tr("I"), self.tr("Italic"), QKeySequence.StandardKey.Italic,
                                   lambda on: self._merge(italic=on))
        self.underline = self._toggle(self.tr("U"), self.tr("Underline"), QKeySequence.StandardKey.Underline,
                                      lambda on: self._merge(underline=on))
        for action, weight in ((self.bold, QFont.Weight.Bold), (self.italic, None), (self.underline, None)):
            font = QFont()
            font.setBold(weight is not None)
            font.setItalic(action is self.italic)
            font.setUnderline(action is self.underline)
            action.setFont(font)
        self._button(self.tr("Colour"), self.tr("Text colour"), None, self._choose_colour)
        self.addSeparator()
        self._button(self.tr("• List"), self.tr("Bulleted list"), "Ctrl+Shift+8",
                     lambda: self._list(QTextListFormat.Style.ListDisc))
        self._button(self.tr("1. List"), self.tr("Numbered list"), "Ctrl+Shift+7",
                     lambda: self._list(QTextListFormat.Style.ListDecimal))
        # Ctrl+Shift+L/E/R as in web mail and online word processors (Ctrl+E is the window's Export report)
        for text, tip, key, align in ((self.tr("Left"), self.tr("Align left"), "Ctrl+Shift+L",
                                       Qt.AlignmentFlag.AlignLeft),
                                      (self.tr("Centre"), self.tr("Centre"), "Ctrl+Shift+E",
                                       Qt.AlignmentFlag.AlignHCenter),
                                      (self.tr("Right"), self.tr("Align right"), "Ctrl+Shift+R",
                                       Qt.AlignmentFlag.AlignRight)):
            self._button(text, tip, key, lambda _=False, a=align: self.edit.setAlignment(a))
        self.addSeparator()
        self._button(self.tr("Link"), self.tr("Insert or edit a link"), "Ctrl+K", self.edit_link)
        self._button(self.tr("Unlink"), self.tr("Remove the link"), "Ctrl+Shift+K", self.remove_link)
        self._button(self.tr("Rule"), self.tr("Horizontal line"), None, self.insert_rule)
        self._button(self.tr("Table"), self.tr("Insert a table (3 columns, 2 rows)"), None, self.insert_table)
        self._button(self.tr("Picture"), self.tr("Insert a picture"), None, self.picture_requested.emit)
        self.addSeparator()
        self._button(self.tr("Undo"), self.tr("Undo"), QKeySequence.StandardKey.Undo, self.edit.undo, shortcut=False)
        self._button(self.tr("Redo"), self.tr("Redo"), QKeySequence.StandardKey.Redo, self.edit.redo, shortcut=False)
        edit.currentCharFormatChanged.connect(self._show_format)
        edit.cursorPositionChanged.connect(self._show_block)

    def _button(self, text: str, tip: str, key: str | QKeySequence.StandardKey | None, slot: object,
                shortcut: bool = True) -> QAction:
        action = QAction(text, self)
        shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) if key is not None else ""
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        if key is not None and shortcut:  # QTextEdit already handles Ctrl+Z / Ctrl+Y itself
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.edit.addAction(action)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _toggle(self, text: str, tip: str, key: QKeySequence.StandardKey, slot: object) -> QAction:
        action = self._button(text, tip, key, slot)
        action.setCheckable(True)
        return action

    def _merge(self, **props: object) -> None:
        fmt = QTextCharFormat()
        if "italic" in props:
            fmt.setFontItalic(bool(props["italic"]))
        if "underline" in props:
            fmt.setFontUnderline(bool(props["underline"]))
        if "weight" in props:
            fmt.setFontWeight(int(props["weight"]))  # type: ignore[call-overload]
        if "size" in props:
            fmt.setFontPointSize(float(props["size"]))  # type: ignore[arg-type]
        if "colour" in props:
            fmt.setForeground(props["colour"])  # type: ignore[arg-type]
        self.edit.mergeCurrentCharFormat(fmt)
        self.edit.setFocus()

    def _set_bold(self, on: bool) -> None:
        self._merge(weight=QFont.Weight.Bold if on else QFont.Weight.Normal)

    def _set_size(self) -> None:
        self._merge(size=self.size_combo.currentData())

    def _choose_colour(self) -> None:
        colour = QColorDialog.getColor(self.edit.textColor(), self, self.tr("Text colour"))
        if colour.isValid():
            self._merge(colour=QColor(colour))

    def _set_heading(self) -> None:
        level = int(self.style_combo.currentData())
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.mergeBlockFormat(block)
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        char.setFontPointSize(HEADING_SIZES_PT.get(level, float(DEFAULT_SIZE_PT)))
        cursor.mergeCharFormat(char)
        cursor.endEditBlock()
        self.edit.mergeCurrentCharFormat(char)  # what is typed next, also in an empty paragraph
        self.edit.setFocus()

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            current.remove(cursor.block())  # the same list button again: back to a paragraph
            block = cursor.blockFormat()
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        self.edit.setFocus()

    def edit_link(self) -> None:
        cursor = self.edit.textCursor()
        fmt = cursor.charFormat()
        if fmt.isAnchor() and not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        dialog = LinkDialog(cursor.selectedText(), fmt.anchorHref() if fmt.isAnchor() else "", self)
        if not dialog.exec():
            return
        text, url = dialog.value()
        link = QTextCharFormat(cursor.charFormat())
        if url:
            link.setAnchor(True)
            link.setAnchorHref(url)
            link.setForeground(QColor("#1a5fb4"))
            link.setFontUnderline(True)
        cursor.insertText(text or url, link)
        self.edit.setFocus()

    def remove_link(self) -> None:
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        plain = QTextCharFormat()
        plain.setAnchor(False)
        plain.setAnchorHref("")
        plain.setFontUnderline(False)
        plain.clearForeground()
        cursor.mergeCharFormat(plain)
        fmt = cursor.charFormat()
        fmt.setAnchor(False)
        fmt.clearProperty(QTextCharFormat.Property.AnchorHref)
        fmt.clearForeground()
        cursor.setCharFormat(fmt)

    def insert_rule(self) -> None:
        self.edit.textCursor().insertHtml("<hr>")
        self.edit.setFocus()

    def insert_table(self) -> None:
        from PySide6.QtGui import QTextLength, QTextTableFormat

        fmt = QTextTableFormat()
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setBorder(1)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = self.edit.textCursor().insertTable(2, 3, fmt)
        self.edit.setTextCursor(table.cellAt(0, 0).firstCursorPosition())  # typing goes into the first cell
        self.edit.setFocus()

    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline() and not fmt.isAnchor())
        size = round(fmt.fontPointSize()) or DEFAULT_SIZE_PT
        index = self.size_combo.findData(size)
        self.size_combo.setCurrentIndex(index if index >= 0 else self.size_combo.findData(DEFAULT_SIZE_PT))

    def _show_block(self) -> None:
        level = self.edit.textCursor().blockFormat().headingLevel()
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(level)))
