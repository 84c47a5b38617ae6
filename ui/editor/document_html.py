"""The editor's QTextDocument ↔ the HTML fragment kept in the template.

Writing walks the document itself rather than using QTextDocument.toHtml(): that output is Qt's own dialect
(`<!DOCTYPE HTML PUBLIC`, `-qt-` properties, `qrichtext`), knows nothing of chips, and sets every margin and font
explicitly. Here each block becomes p / h1-h6 / li (inside ul / ol) / hr, tables become plain tables, and only the
formatting a person chose is written (b, i, u, s, colour, size, links, alignment). Chips become their Jinja.

Reading turns the Jinja the editor writes into markers Qt's HTML reader keeps (links to `mmfield:` / `mmif:`),
lets Qt read the HTML, then swaps each marker for its chip. Pictures (`data:` addresses) become document
resources named `mmimg:N`, kept with their original bytes so they are sent exactly as inserted.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextListFormat,
    QTextTable,
)

from mailmerge.compose.fields import parse_condition, parse_field
from mailmerge.compose.html_mail import text_escape
from mailmerge.compose.inline_images import DATA_IMAGE, data_uri
from ui.editor.chips import (
    CONDITION_OBJECT,
    FIELD_OBJECT,
    OBJECT_CHAR,
    SOURCE_PROPERTY,
    condition_format,
    field_format,
    field_label,
    raw_field_format,
)
from ui.editor.dialogs import condition_label

IMAGE_SCHEME = "mmimg"
_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_TAG = re.compile(r"""(<[A-Za-z/!](?:[^<>"']|"[^"]*"|'[^']*')*>)""")
_WRAPPED_BLOCK = re.compile(
    r"\{%-?\s*(if\s(?:(?!%\}).)+?)\s*-?%\}\s*<(p|h[1-6]|li)\b([^>]*)>((?:(?!\{%|</\2>).)*)</\2>\s*"
    r"\{%-?\s*endif\s*-?%\}", re.DOTALL)
_LIST_TAGS = {QTextListFormat.Style.ListDecimal: "ol", QTextListFormat.Style.ListLowerAlpha: "ol",
              QTextListFormat.Style.ListUpperAlpha: "ol", QTextListFormat.Style.ListLowerRoman: "ol",
              QTextListFormat.Style.ListUpperRoman: "ol"}
_ALIGN = {Qt.AlignmentFlag.AlignHCenter: "center", Qt.AlignmentFlag.AlignRight: "right",
          Qt.AlignmentFlag.AlignJustify: "justify"}


@dataclass
class Pictures:
    """The pictures of one document: resource name -> (MIME type, bytes as inserted)."""

    by_name: dict[str, tuple[str, bytes]] = field(default_factory=dict)

    def add(self, doc: QTextDocument, mime_type: str, data: bytes) -> str:
        name = f"{IMAGE_SCHEME}:{len(self.by_name) + 1}"
        while name in self.by_name:
            name += "a"
        self.by_name[name] = (mime_type, data)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(data))
        return name

    def register(self, doc: QTextDocument) -> None:
        """Make every picture known to `doc` (after a paste read them into a scratch document)."""
        for name, (_, data) in self.by_name.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(data))


# --- writing -------------------------------------------------------------------------------------------------------
def document_to_html(doc: QTextDocument, pictures: Pictures) -> str:
    out: list[str] = []
    open_lists: list[tuple[object, str]] = []  # (QTextList, tag), innermost last
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            _close_lists(out, open_lists, 0)
            out.append(_table_html(table, pictures))
            block = doc.findBlock(table.lastPosition() + 1)
            if block.position() <= table.lastPosition():
                break
            if not block.text():
                block = block.next()  # the empty paragraph Qt keeps after every table
            continue
        text_list = block.textList()
        if text_list is not None:
            depth = max(text_list.format().indent(), 1)
            _close_lists(out, open_lists, depth)
            if len(open_lists) < depth or open_lists[-1][0] != text_list:
                if len(open_lists) == depth:
                    _close_lists(out, open_lists, depth - 1)
                tag = _LIST_TAGS.get(text_list.format().style(), "ul")
                out.append(f"<{tag}>")
                open_lists.append((text_list, tag))
        else:
            _close_lists(out, open_lists, 0)
        out.append(_block_html(block, pictures, "li" if text_list is not None else None))
        block = block.next()
    _close_lists(out, open_lists, 0)
    return "\n".join(out) + "\n"


def _close_lists(out: list[str], open_lists: list[tuple[object, str]], depth: int) -> None:
    while len(open_lists) > depth:
        out.append(f"</{open_lists.pop()[1]}>")


def _table_html(table: QTextTable, pictures: Pictures) -> str:
    rows = []
    for r in range(table.rows()):
        cells = []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            if cell.row() != r or cell.column() != c:
                continue  # covered by a merged cell
            span = "".join(f' {name}="{n}"' for name, n in (("rowspan", cell.rowSpan()), ("colspan", cell.columnSpan()))
                           if n > 1)
            blocks = []
            block = table.document().findBlock(cell.firstPosition())
            while block.isValid() and block.position() <= cell.lastPosition():
                blocks.append(_inline_html(block, pictures))
                block = block.next()
            cells.append(f"<td{span}>{'<br>'.join(blocks)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _block_html(block: QTextBlock, pictures: Pictures, tag: str | None) -> str:
    fmt = block.blockFormat()
    if fmt.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
        return "<hr>"
    level = fmt.headingLevel()
    tag = tag or (f"h{level}" if 1 <= level <= 6 else "p")
    align = _ALIGN.get(fmt.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask)
    style = f' style="text-align:{align}"' if align else ""
    condition = _split_condition(block)
    inner = _inline_html(block, pictures, skip_condition=True, heading=tag.startswith("h"))
    html = f"<{tag}{style}>{inner or '<br>'}</{tag}>"
    return f"{condition}{html}{{% endif %}}" if condition else html


def _split_condition(block: QTextBlock) -> str:
    if not block.text().startswith(OBJECT_CHAR):
        return ""
    fmt = _char_format_at(block, 0)
    return str(fmt.property(SOURCE_PROPERTY)) if fmt.objectType() == CONDITION_OBJECT else ""


def _char_format_at(block: QTextBlock, offset: int) -> QTextCharFormat:
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + offset + 1)
    return cursor.charFormat()


def _inline_html(block: QTextBlock, pictures: Pictures, skip_condition: bool = False, heading: bool = False) -> str:
    parts: list[str] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        text = fragment.text()
        if fmt.isImageFormat():
            parts.append(_image_html(fmt.toImageFormat(), pictures) * len(text))
            continue
        if fmt.objectType() == FIELD_OBJECT:
            parts.append(str(fmt.property(SOURCE_PROPERTY)) * len(text))
            continue
        if fmt.objectType() == CONDITION_OBJECT:
            if not (skip_condition and fragment.position() == block.position()):
                parts.append(str(fmt.property(SOURCE_PROPERTY)))
            continue
        parts.append(_styled(text_escape(text).replace("\u2028", "<br>").replace("\n", "<br>"), fmt, heading))
    return "".join(parts)


def _styled(html: str, fmt: QTextCharFormat, heading: bool) -> str:
    styles = []
    if fmt.hasProperty(QTextFormat.Property.ForegroundBrush) and not fmt.isAnchor():
        styles.append(f"color:{fmt.foreground().color().name()}")
    if fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
        styles.append(f"background-color:{fmt.background().color().name()}")
    if fmt.hasProperty(QTextFormat.Property.FontPointSize) and fmt.fontPointSize() > 0 and not heading:
        styles.append(f"font-size:{round(fmt.fontPointSize() * 4 / 3)}px")
    if styles:
        html = f'<span style="{";".join(styles)}">{html}</span>'
    for on, tag in ((fmt.fontWeight() >= 600 and not heading, "b"), (fmt.fontItalic(), "i"),
                    (fmt.fontUnderline() and not fmt.isAnchor(), "u"), (fmt.fontStrikeOut(), "s")):
        if on:
            html = f"<{tag}>{html}</{tag}>"
    if fmt.isAnchor() and fmt.anchorHref():
        html = f'<a href="{_attribute(fmt.anchorHref())}">{html}</a>'
    return html


def _image_html(fmt: QTextImageFormat, pictures: Pictures) -> str:
    name = fmt.name()
    src = data_uri(*pictures.by_name[name]) if name in pictures.by_name else name
    size = "".join(f' {attr}="{round(v)}"' for attr, v in (("width", fmt.width()), ("height", fmt.height())) if v > 0)
    alt = str(fmt.property(QTextFormat.Property.ImageAltText) or "")
    return f'<img src="{_attribute(src)}" alt="{_attribute(alt)}"{size}>'


def _attribute(value: str) -> str:
    """An attribute value; a field in it (a link to `.../{{ member_id }}`) is left as Jinja reads it."""
    pieces = _EXPRESSION.split(value)
    fields = _EXPRESSION.findall(value)
    escaped = [p.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;") for p in pieces]
    return escaped[0] + "".join(f + text for f, text in zip(fields, escaped[1:], strict=True))


# --- reading -------------------------------------------------------------------------------------------------------
def html_to_document(html: str, doc: QTextDocument, pictures: Pictures) -> None:
    """Fill `doc` from a template fragment (or pasted, already sanitised HTML)."""
    marked = _mark_pictures(_mark_fields(_mark_conditions(html)), doc, pictures)
    doc.setHtml(marked)
    replace_markers(doc)


def _mark_conditions(html: str) -> str:
    def marker(match: re.Match[str]) -> str:
        statement = "{% " + match.group(1) + " %}"
        if parse_condition(statement) is None:
            return match.group(0)  # hand-written: left as text, still works
        return (f"<{match.group(2)}{match.group(3)}><a href=\"mmif:{quote(statement)}\">?</a>{match.group(4)}"
                f"</{match.group(2)}>")

    return _WRAPPED_BLOCK.sub(marker, html)


def _mark_fields(html: str) -> str:
    """Fields in the text become chip markers; a field inside a tag (a link address) stays as it is."""
    pieces = _TAG.split(html)  # text, tag, text, tag, ...
    for i in range(0, len(pieces), 2):
        pieces[i] = _EXPRESSION.sub(lambda m: f'<a href="mmfield:{quote(m.group(0))}">?</a>', pieces[i])
    return "".join(pieces)


def _mark_pictures(html: str, doc: QTextDocument, pictures: Pictures) -> str:
    def resource(match: re.Match[str]) -> str:
        try:
            data = base64.b64decode(re.sub(r"\s+", "", match.group(4)), validate=True)
        except ValueError:
            return match.group(0)
        return f'{match.group(1)}"{pictures.add(doc, match.group(3).lower(), data)}"'

    return DATA_IMAGE.sub(resource, html)


def replace_markers(doc: QTextDocument) -> None:
    """Swap each `mmfield:` / `mmif:` link Qt read for its chip (last first, so positions stay valid)."""
    found: list[tuple[int, int, str]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            href = fragment.charFormat().anchorHref() if fragment.isValid() else ""
            if href.startswith(("mmfield:", "mmif:")):
                found.append((fragment.position(), fragment.length(), href))
        block = block.next()
    for position, length, href in reversed(found):
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        scheme, _, payload = href.partition(":")
        source = unquote(payload)
        fmt = chip_for(source) if scheme == "mmfield" else condition_chip_for(source)
        cursor.insertText(OBJECT_CHAR, fmt)


def chip_for(source: str) -> QTextCharFormat:
    ref = parse_field(source)
    if ref is None:
        return raw_field_format(source)
    return field_format(ref, field_label(ref))


def condition_chip_for(statement: str) -> QTextCharFormat:
    condition = parse_condition(statement)
    assert condition is not None  # only conditions the dialog can make are marked
    return condition_format(condition, condition_label(condition))


def show_inline_pictures(doc: QTextDocument, html: str) -> None:
    """Let a preview show a message's `cid:` pictures (QTextBrowser cannot fetch them itself). Call it after
    setHtml, which forgets a document's resources."""
    from mailmerge.compose.inline_images import extract_images

    for image in extract_images(html)[1]:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"cid:{image.content_id}"),
                        QImage.fromData(image.data))
    doc.markContentsDirty(0, doc.characterCount())  # lay the pictures out at their size
