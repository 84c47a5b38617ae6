"""Fields and conditions in the editor: each is ONE character (U+FFFC) drawn as a labelled chip.

Being one character, a chip moves, selects, deletes and undoes as one piece and can never be half-edited. Its
char format carries the Jinja it stands for; document_html writes that Jinja out and reads it back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from mailmerge.compose.fields import Condition, FieldRef, condition_source, field_source, parse_condition

OBJECT_CHAR = "\ufffc"
FIELD_OBJECT = int(QTextFormat.ObjectTypes.UserObject.value) + 1
CONDITION_OBJECT = int(QTextFormat.ObjectTypes.UserObject.value) + 2
SOURCE_PROPERTY = int(QTextFormat.Property.UserProperty.value) + 1  # the Jinja the chip stands for
LABEL_PROPERTY = int(QTextFormat.Property.UserProperty.value) + 2
COLUMN_PROPERTY = int(QTextFormat.Property.UserProperty.value) + 3  # "" when the Jinja is not a plain field
_PADDING = 5.0


def field_label(ref: FieldRef) -> str:
    """What a field chip shows: the column, and the fallback after a bar."""
    return ref.column + (f" | {ref.fallback}" if ref.fallback else "")


def field_format(ref: FieldRef, label: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)  # centred on the line, like text
    fmt.setObjectType(FIELD_OBJECT)
    fmt.setProperty(SOURCE_PROPERTY, field_source(ref))
    fmt.setProperty(LABEL_PROPERTY, label)
    fmt.setProperty(COLUMN_PROPERTY, ref.column)
    return fmt


def raw_field_format(source: str) -> QTextCharFormat:
    """A chip for hand-written Jinja (`{{ price * 2 }}`): shown as written, kept as written."""
    fmt = QTextCharFormat()
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)  # centred on the line, like text
    fmt.setObjectType(FIELD_OBJECT)
    fmt.setProperty(SOURCE_PROPERTY, source)
    fmt.setProperty(LABEL_PROPERTY, source.removeprefix("{{").removesuffix("}}").strip())
    fmt.setProperty(COLUMN_PROPERTY, "")
    return fmt


def condition_format(condition: Condition, label: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)  # centred on the line, like text
    fmt.setObjectType(CONDITION_OBJECT)
    fmt.setProperty(SOURCE_PROPERTY, condition_source(condition))
    fmt.setProperty(LABEL_PROPERTY, label)
    fmt.setProperty(COLUMN_PROPERTY, condition.column)
    return fmt


def insert_object(cursor: QTextCursor, fmt: QTextCharFormat) -> None:
    """Insert a chip; the text typed after it gets the surrounding format, not the chip's."""
    plain = cursor.charFormat()
    plain.setObjectType(0)
    for prop in (SOURCE_PROPERTY, LABEL_PROPERTY, COLUMN_PROPERTY):
        plain.clearProperty(prop)
    cursor.insertText(OBJECT_CHAR, fmt)
    cursor.setCharFormat(plain)


def block_condition(doc: QTextDocument, position: int) -> tuple[int, Condition | None, str] | None:
    """(position, condition, Jinja) of the condition marker that starts the block at `position`, if any."""
    block = doc.findBlock(position)
    if not block.text().startswith(OBJECT_CHAR):
        return None
    fmt = QTextCursor(doc)
    fmt.setPosition(block.position() + 1)
    char = fmt.charFormat()
    if char.objectType() != CONDITION_OBJECT:
        return None
    source = str(char.property(SOURCE_PROPERTY))
    return block.position(), parse_condition(source), source


class ChipPainter(QPyTextObject):
    """Draws field chips (blue; red when the column is not in the spreadsheet) and condition markers (amber).
    QPyTextObject, not QObject + QTextObjectInterface: only it is seen by Qt as the interface from Python."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: frozenset[str] | None = None  # None: no spreadsheet open, so no chip is "broken"

    def is_broken(self, fmt: QTextFormat) -> bool:
        column = str(fmt.property(COLUMN_PROPERTY) or "")
        return bool(column) and self.columns is not None and column not in self.columns

    def label(self, fmt: QTextFormat) -> str:
        text = str(fmt.property(LABEL_PROPERTY) or "")
        return ("⚠ " + text) if self.is_broken(fmt) else text

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(fmt.toCharFormat().font() if fmt.isCharFormat() else doc.defaultFont())
        width = metrics.horizontalAdvance(self.label(fmt)) + 2 * _PADDING
        return QSizeF(width, metrics.height() + 2)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:
        rect = QRectF(rect)  # Qt may pass either; the drawing below works in fractions of a pixel
        if fmt.objectType() == CONDITION_OBJECT:
            fill, edge = QColor("#fff1c2"), QColor("#b7861b")
        elif self.is_broken(fmt):
            fill, edge = QColor("#fde2e1"), QColor("#c01c28")
        else:
            fill, edge = QColor("#dbe8fb"), QColor("#3d6fb6")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(0.5, 1.5, -0.5, -0.5), 6, 6)
        painter.fillPath(path, fill)
        painter.setPen(QPen(edge, 1))
        painter.drawPath(path)
        painter.setPen(QColor("#1d1d1d"))
        if fmt.isCharFormat():
            painter.setFont(fmt.toCharFormat().font())
        painter.drawText(rect.adjusted(_PADDING, 1, -_PADDING, 0), int(Qt.AlignmentFlag.AlignVCenter),
                         self.label(fmt))
        painter.restore()
