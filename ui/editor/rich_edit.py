"""The message editor's text area: formatted text with field chips, conditional paragraphs and pictures.

Enter starts a paragraph and Shift+Enter a line break (QTextEdit's own behaviour; both reach the mail as <p> and
<br>). Pasting goes through nh3 first (html_mail.sanitize_pasted), so a Word or web page paste keeps basic
formatting and loses scripts, style sheets, Office markup and tracking pixels. Pictures are kept with their bytes;
one over MAX_PICTURE_BYTES is offered smaller before it goes in. Typing `{{` offers the spreadsheet's columns.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextImageFormat,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from mailmerge.compose.fields import FieldRef, parse_field
from ui.editor.chips import (
    CONDITION_OBJECT,
    FIELD_OBJECT,
    SOURCE_PROPERTY,
    ChipPainter,
    condition_format,
    field_format,
    field_label,
    insert_object,
)
from ui.editor.dialogs import ConditionDialog, FieldDialog, condition_label
from ui.editor.document_html import Pictures, document_to_html, html_to_document

MAX_PICTURE_BYTES = 2 * 1024 * 1024
SHRUNK_WIDTH_PX = 1200
MAX_PASTE_CHARS = 2_000_000
PARAGRAPH_GAP_PX = 10  # a paste larger than this is taken as plain text (a document of thousands of styles)


class RichEdit(QTextEdit):
    edited = Signal()  # the user changed the document (not a load)
    picture_too_large = Signal(object, int)  # (QImage, size in bytes): the view asks whether to shrink it
    embed_requested = Signal(str)  # a picture's web address: the view downloads it (use_picture puts it in)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.pictures = Pictures()
        self.columns: tuple[str, ...] = ()
        self.chips = ChipPainter(self)
        self._register()
        self.textChanged.connect(self._changed)
        self._loading = False
        self._recolour_when_shown = False

    def _register(self) -> None:
        layout = self.document().documentLayout()
        layout.registerHandler(FIELD_OBJECT, self.chips)
        layout.registerHandler(CONDITION_OBJECT, self.chips)

    def set_columns(self, columns: tuple[str, ...] | None) -> None:
        self.columns = columns or ()
        self.chips.columns = frozenset(columns) if columns is not None else None
        # Chips are laid out again in their new colours only where they can be seen: opening a sheet from another
        # step would otherwise lay out the whole letter (17 ms the first time) while the new table is waiting to
        # be painted.
        self._recolour_when_shown = not self.isVisible()
        if not self._recolour_when_shown:
            self._recolour()

    def _recolour(self) -> None:
        self.viewport().update()
        self.document().markContentsDirty(0, self.document().characterCount())

    def showEvent(self, event: QShowEvent) -> None:
        if self._recolour_when_shown:
            self._recolour_when_shown = False
            self._recolour()
        super().showEvent(event)

    # --- loading and saving ----------------------------------------------------------------------------------------
    def set_fragment(self, html: str) -> None:
        self._loading = True
        try:
            self.pictures = Pictures()
            html_to_document(html, self.document(), self.pictures)
            if not html.strip():  # a new message: paragraphs spaced as the mail's CSS spaces them
                spaced = QTextBlockFormat()
                spaced.setBottomMargin(PARAGRAPH_GAP_PX)
                QTextCursor(self.document()).mergeBlockFormat(spaced)
            self.document().clearUndoRedoStacks()
            self.document().setModified(False)
            # Reading leaves the cursor at the end, and the view follows it: a letter taller than the editor
            # would open scrolled to its last lines.
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._loading = False

    def fragment(self) -> str:
        return document_to_html(self.document(), self.pictures)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    # --- fields and conditions -------------------------------------------------------------------------------------
    def insert_field(self, ref: FieldRef) -> None:
        insert_object(self.textCursor(), field_format(ref, field_label(ref)))
        self.setFocus()

    def chip_at(self, cursor: QTextCursor) -> tuple[QTextCursor, int, str] | None:
        """The chip just after `cursor` (or before it): a cursor selecting it, its object type and its Jinja."""
        for start in (cursor.position(), cursor.position() - 1):
            if start < 0:
                continue
            probe = QTextCursor(self.document())
            probe.setPosition(start)
            probe.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
            fmt = probe.charFormat()
            if fmt.objectType() in (FIELD_OBJECT, CONDITION_OBJECT):
                return probe, fmt.objectType(), str(fmt.property(SOURCE_PROPERTY))
        return None

    def edit_chip(self, cursor: QTextCursor) -> bool:
        found = self.chip_at(cursor)
        if found is None:
            return False
        selection, kind, source = found
        if kind == FIELD_OBJECT:
            ref = parse_field(source)
            if ref is None:
                return False  # hand-written Jinja: edit it in the source view
            dialog = FieldDialog(self.columns, ref, self)
            if dialog.exec():
                new = dialog.value()
                selection.insertText(selection.selectedText(), field_format(new, field_label(new)))
        else:
            self.set_condition(selection.selectionStart())
        return True

    def set_condition(self, position: int | None = None) -> None:
        """Make the paragraph at the cursor (or `position`) conditional, or change its condition."""
        from ui.editor.chips import block_condition

        cursor = self.textCursor()
        if position is not None:
            cursor.setPosition(position)
        existing = block_condition(self.document(), cursor.position())
        dialog = ConditionDialog(self.columns, existing[1] if existing else None, self)
        if not dialog.exec():
            return
        condition = dialog.value()
        marker = QTextCursor(self.document())
        marker.setPosition(cursor.block().position())
        if existing:
            marker.setPosition(existing[0] + 1, QTextCursor.MoveMode.KeepAnchor)
        insert_object(marker, condition_format(condition, condition_label(condition)))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.edit_chip(self.cursorForPosition(event.position().toPoint())):
            super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        cursor = self.cursorForPosition(event.pos())
        if self.chip_at(cursor) is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Edit field or condition…"), lambda: self.edit_chip(cursor))
        image = self._image_at(cursor)
        if image is not None:
            menu.addAction(self.tr("Description (alt text)…"), lambda: self._describe_image(image))
        table = cursor.currentTable()
        if table is not None:
            cell = table.cellAt(cursor)
            menu.addSeparator()
            menu.addAction(self.tr("Add a row below"), lambda: table.insertRows(cell.row() + 1, 1))
            menu.addAction(self.tr("Add a column to the right"), lambda: table.insertColumns(cell.column() + 1, 1))
            menu.addAction(self.tr("Delete this row"), lambda: table.removeRows(cell.row(), 1))
            menu.addAction(self.tr("Delete this column"), lambda: table.removeColumns(cell.column(), 1))
        remote = self.remote_pictures()
        if remote:
            menu.addAction(self.tr("Put the pictures from the internet inside the message"),
                           lambda: self._embed_all(remote))
        menu.exec(event.globalPos())

    def _embed_all(self, urls: list[str]) -> None:
        for url in urls:
            self.embed_requested.emit(url)

    def _image_names(self) -> list[tuple[int, str]]:
        """(position, name) of every picture in the document."""
        found: list[tuple[int, str]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    found.extend((fragment.position() + i, fragment.charFormat().toImageFormat().name())
                                 for i in range(fragment.length()))
            block = block.next()
        return found

    def remote_pictures(self) -> list[str]:
        """Web addresses of the pictures shown from the internet (each once)."""
        return list(dict.fromkeys(name for _, name in self._image_names()
                                  if name.lower().startswith(("http://", "https://"))))

    def use_picture(self, url: str, mime_type: str, data: bytes) -> None:
        """Put a downloaded picture in place of every use of its web address (one undo step)."""
        name = self.pictures.add(self.document(), mime_type, data)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for position, image_name in self._image_names():
            if image_name == url:
                cursor.setPosition(position)
                cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
                fmt = cursor.charFormat().toImageFormat()
                fmt.setName(name)
                cursor.setCharFormat(fmt)
        cursor.endEditBlock()

    # --- `{{` completion -------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.text() == "{":
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, 2)
            if cursor.selectedText() == "{{" and self.columns:
                self.offer_columns(cursor)

    def _plain_paragraph(self) -> None:
        cursor = self.textCursor()
        block = cursor.blockFormat()
        block.setHeadingLevel(0)
        cursor.setBlockFormat(block)
        char = QTextCharFormat()
        char.setFontWeight(400)
        char.setFontPointSize(self.document().defaultFont().pointSizeF())
        cursor.setBlockCharFormat(char)
        self.setCurrentCharFormat(char)

    def offer_columns(self, braces: QTextCursor) -> None:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Columns"))
        for column in self.columns:
            menu.addAction(column, functools.partial(self._complete, braces, column))
        menu.exec(self.viewport().mapToGlobal(self.cursorRect().bottomLeft() + QPoint(0, 2)))

    def _complete(self, braces: QTextCursor, column: str) -> None:
        braces.removeSelectedText()
        self.insert_field(FieldRef(column))

    # --- pasting ---------------------------------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        from mailmerge.compose.html_mail import sanitize_pasted

        if source.hasImage():
            image = QImage(source.imageData())
            if not image.isNull():
                self.insert_image(image)
                return
        if source.hasHtml() and len(source.html()) <= MAX_PASTE_CHARS:
            from PySide6.QtGui import QTextDocument, QTextDocumentFragment

            scratch = QTextDocument()
            html_to_document(sanitize_pasted(source.html()), scratch, self.pictures)
            self.pictures.register(self.document())
            self.textCursor().insertFragment(QTextDocumentFragment(scratch))
            return
        if source.hasText():
            self.textCursor().insertText(source.text())

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copying keeps chips and pictures as the template has them (Qt's own HTML would lose both)."""
        from PySide6.QtGui import QTextDocument, QTextDocumentFragment

        data = QMimeData()
        fragment = QTextDocumentFragment(self.textCursor())
        scratch = QTextDocument()
        scratch.documentLayout().registerHandler(FIELD_OBJECT, self.chips)
        QTextCursor(scratch).insertFragment(fragment)
        data.setHtml(document_to_html(scratch, self.pictures))
        data.setText(fragment.toPlainText().replace("\ufffc", ""))
        return data

    # --- pictures --------------------------------------------------------------------------------------------------
    def insert_image(self, image: QImage, data: bytes | None = None, mime_type: str = "image/png") -> None:
        """Insert a picture; over MAX_PICTURE_BYTES the view is asked (picture_too_large) before anything happens."""
        if data is None:
            data, mime_type = encode_image(image)
        if len(data) > MAX_PICTURE_BYTES:
            self.picture_too_large.emit(image, len(data))
            return
        self.place_image(image, data, mime_type)

    def place_image(self, image: QImage, data: bytes, mime_type: str) -> None:
        name = self.pictures.add(self.document(), mime_type, data)
        fmt = QTextImageFormat()
        fmt.setName(name)
        width = min(image.width(), 600)  # shown at most a column wide; the mail's CSS does the same
        fmt.setWidth(width)
        fmt.setHeight(round(image.height() * width / max(image.width(), 1)))
        self.textCursor().insertImage(fmt)

    def _image_at(self, cursor: QTextCursor) -> QTextCursor | None:
        for start in (cursor.position(), cursor.position() - 1):
            if start < 0:
                continue
            probe = QTextCursor(self.document())
            probe.setPosition(start)
            probe.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
            if probe.charFormat().isImageFormat():
                return probe
        return None

    def _describe_image(self, selection: QTextCursor) -> None:
        from PySide6.QtGui import QTextFormat
        from PySide6.QtWidgets import QInputDialog

        fmt = selection.charFormat().toImageFormat()
        current = str(fmt.property(QTextFormat.Property.ImageAltText) or "")
        text, ok = QInputDialog.getText(self, self.tr("Picture description"),
                                        self.tr("What the picture shows, for readers who cannot see it:"),
                                        text=current)
        if ok:
            fmt.setProperty(QTextFormat.Property.ImageAltText, text.strip())
            selection.setCharFormat(fmt)


def encode_image(image: QImage) -> tuple[bytes, str]:
    """A picture as PNG, or as JPEG when it has no transparency and PNG would be large (a photo)."""
    png = _save(image, "PNG")
    if len(png) > 300_000 and not image.hasAlphaChannel():
        jpeg = _save(image, "JPG", 85)
        if len(jpeg) < len(png):
            return jpeg, "image/jpeg"
    return png, "image/png"


def shrink_image(image: QImage) -> QImage:
    if image.width() <= SHRUNK_WIDTH_PX:
        return image
    return image.scaledToWidth(SHRUNK_WIDTH_PX, Qt.TransformationMode.SmoothTransformation)


def _save(image: QImage, fmt: str, quality: int = -1) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    buffer.close()
    return bytes(array.data())
