"""The formatted message editor in the real window (offscreen): chips, conditions, pictures, paste, source view,
outside edits, and the CLI sending exactly what the window sends."""


from __future__ import annotations

import base64
import email
import email.policy
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MARKDOWN_LETTER, SAMPLE_TEMPLATES
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QImage, QTextCharFormat, QTextCursor, QTextListFormat
from pytestqt.qtbot import QtBot
from ui_fixtures import WAIT_MS, load_sample, window

from mailmerge.compose.fields import Condition, FieldRef
from mailmerge.compose.html_mail import editor_fragment, mail_document
from ui.editor.chips import CONDITION_OBJECT, FIELD_OBJECT, LABEL_PROPERTY, OBJECT_CHAR, condition_format
from ui.editor.dialogs import condition_label
from ui.editor.rich_edit import MAX_PICTURE_BYTES, RichEdit, encode_image
from ui.main_window import STEP_MESSAGE, MainWindow
from ui.template_text import split_template
from ui.views.message_view import PAGE_RICH

pytestmark = pytest.mark.gui
__all__ = ["window"]


def _type_letter(qtbot: QtBot, window: MainWindow) -> None:
    load_sample(qtbot, window)
    window.steps.setCurrentRow(STEP_MESSAGE)
    view = window.message_view
    view.format_combo.setCurrentIndex(view.format_combo.findData("html"))
    view._format_chosen()
    view.rich_edit.set_fragment("")
    edit = view.rich_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Dear ")
    edit.insert_field(FieldRef("name", "customer"))
    qtbot.keyClicks(edit, ",")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Your number is ")
    edit.insert_field(FieldRef("member_id"))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    edit.textCursor().insertText("", condition_format(Condition("amount", "not_empty"), "x"))
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.insertText(OBJECT_CHAR, condition_format(Condition("amount", "not_empty"),
                                                    condition_label(Condition("amount", "not_empty"))))
    qtbot.keyClicks(edit, "Balance: ")
    edit.insert_field(FieldRef("amount"))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Kind regards,")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "Accounts team")
    view.header_edits["Subject"].setText("Your membership {{ member_id }}")
    view.commit()


def _plain(data: bytes) -> tuple[str, str]:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    text, html = msg.get_body(("plain",)), msg.get_body(("html",))
    assert text is not None and html is not None
    return str(text.get_content()).replace("\r\n", "\n"), str(html.get_content())


def test_typed_letter_is_sent_with_paragraphs_breaks_fields_and_condition(qtbot: QtBot, window: MainWindow) -> None:
    _type_letter(qtbot, window)
    body = window.session.fields.body
    assert window.session.body_format == "html" and editor_fragment(body) is not None
    assert '{{ name or "customer" }}' in body and "{% if amount|trim %}" in body
    text, html = _plain(window.session.campaign().build(1).data)
    assert text == ("Dear 김민준,\n\nYour number is 000123\n\nBalance: 120000\n\nKind regards,\nAccounts team\n")
    assert "Kind regards,<br>Accounts team" in html
    for bad in ("-qt-", "<!DOCTYPE HTML PUBLIC", "qrichtext", "**"):
        assert bad not in html


def test_cli_preview_sends_exactly_what_the_window_sends(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _type_letter(qtbot, window)
    template = tmp_path / "letter.html"
    template.write_text(window.session.template_text(), encoding="utf-8")
    contacts = window.session.table
    assert contacts is not None
    window.session.default_from = "office@example.com"
    gui = window.session.campaign().build(2).data
    cli = subprocess.run([sys.executable, "-m", "mailmerge", "preview", str(contacts.source), str(template),
                          "--row", "2"], capture_output=True, check=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}).stdout
    assert _normalised(gui.replace(b"office@example.com", b"")) == _normalised(cli.replace(b"", b""))


def _normalised(data: bytes) -> bytes:
    """Date, Message-ID and MIME boundaries differ between two builds; everything else must not."""
    data = re.sub(rb"^(Date|Message-ID|From): .*\r\n", b"", data, flags=re.MULTILINE)
    return re.sub(rb"=_(al|rl|mx)[0-9a-f]+", b"=_B", data)


def test_chip_is_one_piece_and_broken_when_its_column_is_gone(qtbot: QtBot, window: MainWindow) -> None:
    _type_letter(qtbot, window)
    edit = window.message_view.rich_edit
    cursor = edit.textCursor()
    cursor.setPosition(len("Dear ") + 1)  # just after the chip
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.document().firstBlock().text() == "Dear ,"
    edit.undo()
    assert '{{ name or "customer" }}' in edit.fragment()
    edit.set_columns(("email",))
    chip = edit.chip_at(cursor)
    assert chip is not None and edit.chips.is_broken(chip[0].charFormat())


def test_korean_column_inserted_from_the_menu_keeps_its_real_name(qtbot: QtBot, window: MainWindow) -> None:
    load_sample(qtbot, window)
    window.steps.setCurrentRow(STEP_MESSAGE)
    view = window.message_view
    view._fill_insert_menu()
    names = [a.text() for a in view.insert_menu.actions()]
    assert "member_id" in names
    view.rich_edit.columns = ("고객 이름",)
    view.rich_edit.insert_field(FieldRef("고객 이름"))
    assert '{{ row["고객 이름"] }}' in view.rich_edit.fragment()


def test_paste_from_a_web_page_is_sanitised(qtbot: QtBot, window: MainWindow) -> None:
    edit = window.message_view.rich_edit
    data = QMimeData()
    data.setHtml('<p style="color:#c00">Red <b>bold</b><script>alert(1)</script></p>'
                 '<form><input value="x"></form><img src="https://t.example/p.gif" width="1" height="1">')
    edit.insertFromMimeData(data)
    fragment = edit.fragment()
    assert re.search(r"<b>.*bold.*</b>", fragment) and "#cc0000" in fragment
    assert "alert" not in fragment and "input" not in fragment and "t.example" not in fragment


def test_large_picture_asks_to_shrink(qtbot: QtBot, window: MainWindow) -> None:
    view = window.message_view
    view.dialogs = window.dialogs  # type: ignore[assignment]  # the scripted answers: "Shrink and insert"
    edit = view.rich_edit
    noise = os.urandom(2400 * 1600 * 4)  # a photo-like picture that does not compress
    image = QImage(noise, 2400, 1600, QImage.Format.Format_RGB32).copy()
    data, mime = encode_image(image)
    assert len(data) > MAX_PICTURE_BYTES
    with qtbot.waitSignal(edit.picture_too_large, timeout=WAIT_MS) as asked:
        edit.insert_image(image, data, mime)
    assert asked.args is not None and asked.args[1] == len(data)
    assert "MB" in window.dialogs.asked[-1]  # type: ignore[attr-defined]
    inserted = re.search(r'<img src="data:(image/\w+);base64,([^"]+)"', edit.fragment())
    assert inserted is not None and len(inserted.group(2)) * 3 // 4 < MAX_PICTURE_BYTES
    assert QImage.fromData(base64.b64decode(inserted.group(2))).width() == 1200


def test_source_view_keeps_the_content_both_ways(qtbot: QtBot, window: MainWindow) -> None:
    _type_letter(qtbot, window)
    view = window.message_view
    view.source_button.setChecked(True)
    source = view.source_edit.toPlainText()
    assert "\nSubject: Your membership {{ member_id }}\n\n<!DOCTYPE html>" in source
    view.source_edit.setPlainText(source.replace("Accounts team", "Billing team"))
    view.source_button.setChecked(False)
    assert "Billing team" in view.rich_edit.toPlainText()
    assert view.header_edits["Subject"].text() == "Your membership {{ member_id }}"


def _chips(edit: RichEdit) -> list[QTextCharFormat]:
    """The formats of the document's field chips and condition markers, in reading order."""
    found = []
    block = edit.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.objectType() in (FIELD_OBJECT, CONDITION_OBJECT):
                found.append(fmt)
            it += 1
        block = block.next()
    return found


def test_sample_letter_opens_in_the_formatted_editor_with_chips(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(900, 480)  # a small screen: the letter is taller than the editor
    load_sample(qtbot, window)
    window.steps.setCurrentRow(STEP_MESSAGE)
    view = window.message_view
    qtbot.waitUntil(lambda: view.rich_edit.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    assert view.rich_edit.verticalScrollBar().value() == 0  # it opens at "Dear …", not scrolled to its end
    assert view.rich_edit.textCursor().position() == 0
    assert window.session.body_format == "html" and view.format_combo.currentData() == "html"
    assert view.body_pages.currentIndex() == PAGE_RICH and view.condition_button.isEnabled()
    chips = _chips(view.rich_edit)
    assert [str(fmt.property(LABEL_PROPERTY)) for fmt in chips] == [
        "name | member", "joined", "member_id", "company", "Only when amount is not empty:", "amount"]
    assert view.rich_edit.chips.columns is not None  # the sheet is open: a chip for a missing column is red
    assert not any(view.rich_edit.chips.is_broken(fmt) for fmt in chips)
    text = view.rich_edit.toPlainText()
    assert text.startswith("\ufffc".join(["Dear ", ",\nThank you for being a member since ", ". Here"]))
    for markup in ("**", "](", "{{", "{%", "<p", "&"):
        assert markup not in text
    assert not window.session.dirty


@pytest.mark.parametrize("path", SAMPLE_TEMPLATES, ids=lambda p: p.name)
def test_sample_letter_is_exactly_what_the_editor_saves(qtbot: QtBot, path: Path) -> None:
    """Read into the editor and written back, each sample letter comes out byte for byte: it is a letter the
    formatted editor made, not hand-written HTML it would rewrite (or show as text)."""
    body = split_template(path.read_text(encoding="utf-8")).body
    fragment = editor_fragment(body)
    assert fragment is not None
    edit = RichEdit()
    qtbot.addWidget(edit)
    edit.set_fragment(fragment)
    assert mail_document(edit.fragment()) == body
    assert edit.toPlainText().count(OBJECT_CHAR) == 6  # five fields and the "Only when…" marker, all chips


def test_markdown_template_still_opens_as_text_and_sends_as_before(qtbot: QtBot, window: MainWindow) -> None:
    load_sample(qtbot, window)
    window.load_template_file(MARKDOWN_LETTER)
    view = window.message_view
    assert window.session.body_format == "markdown"
    assert view.body_pages.currentWidget() is view.body_edit
    assert "**{{ joined }}**" in view.body_edit.toPlainText()
    view.commit()
    assert window.session.fields.body == view.body_edit.toPlainText()


def test_template_changed_outside_offers_reload(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Subject: one\n\nFirst\n", encoding="utf-8")
    window.load_template_file(path)
    view = window.message_view
    path.write_text("Subject: two\n\nSecond\n", encoding="utf-8")
    qtbot.waitUntil(lambda: not view.reload_bar.isHidden(), timeout=WAIT_MS)
    assert "letter.txt" in view.reload_label.text()
    view.reload_button.click()
    assert view.header_edits["Subject"].text() == "two" and "Second" in view.body_edit.toPlainText()


def test_account_signature_with_logo_is_added_and_sent_inline(qtbot: QtBot, window: MainWindow) -> None:
    from dataclasses import replace

    from tests_png import LOGO_URI

    from mailmerge.accounts import profiles

    account = profiles.new_account("Office", "microsoft365", username="me@example.com")
    profiles.save_account(replace(account, signature=(
        f'<p><b>Hanbit office</b><br>+82 2 123 4567</p><p><img src="{LOGO_URI}" alt="Hanbit logo"></p>')))
    assert profiles.get_account("Office").signature is not None  # kept in the saved file
    _type_letter(qtbot, window)
    window.session.set_account("Office")
    view = window.message_view
    view.add_signature()
    assert view.rich_edit.toPlainText().endswith("Accounts team\nHanbit office\n+82 2 123 4567\n\ufffc")
    msg = email.message_from_bytes(window.session.campaign().build(1).data, policy=email.policy.default)
    text, html = _plain(window.session.campaign().build(1).data)
    assert text.endswith("Accounts team\n\nHanbit office\n+82 2 123 4567\n")
    logo = next(part for part in msg.walk() if part.get_content_type() == "image/png")
    assert f'src="cid:{logo["Content-ID"].strip("<>")}"' in html and 'alt="Hanbit logo"' in html


def test_add_signature_without_one_says_where_to_write_it(qtbot: QtBot, window: MainWindow) -> None:
    window.message_view.add_signature()
    assert "Accounts" in window.message_view.error.text()


def test_chip_for_a_removed_column_is_named_by_check(qtbot: QtBot, window: MainWindow) -> None:
    from mailmerge.compose.preflight import check

    _type_letter(qtbot, window)
    window.message_view.rich_edit.insert_field(FieldRef("membership level"))
    window.message_view.commit()
    assert window.message_view.rich_edit.chips.columns is not None  # the sheet is open: the chip is drawn broken
    findings = [f for f in check(window.session.campaign()) if f.code.startswith("template.unknown_field")]
    assert findings and "membership level" in findings[0].message


def test_markdown_message_turns_into_formatted_text_with_chips(qtbot: QtBot, window: MainWindow) -> None:
    load_sample(qtbot, window)
    window.load_template_file(MARKDOWN_LETTER)
    view = window.message_view
    view.format_combo.setCurrentIndex(view.format_combo.findData("html"))
    view._format_chosen()
    assert view.body_pages.currentWidget() is not view.body_edit
    text = view.rich_edit.toPlainText()
    assert "**" not in text and "](" not in text and "Dear \ufffc," in text
    plain, html = _plain(window.session.campaign().build(1).data)
    assert "since 2023-01-15." in plain and "<strong>2023-01-15</strong>" in html
    assert "the member page (https://example.com/members/000123)" in plain


def test_unsaved_editor_is_asked_about_at_close(qtbot: QtBot, window: MainWindow) -> None:
    window.session.set_dirty(False)
    window.message_view.rich_edit.setFocus()
    qtbot.keyClicks(window.message_view.rich_edit, "Hello")
    window.dialogs.close_answer = "cancel"  # type: ignore[attr-defined]
    window.close()
    assert window.isVisible() and any("Save the changes" in q for q in window.dialogs.asked)  # type: ignore[attr-defined]


def test_picture_from_the_internet_is_put_inside_the_message(qtbot: QtBot, window: MainWindow) -> None:
    from tests_png import LOGO_PNG, PictureServer

    server = PictureServer()
    try:
        view = window.message_view
        data = QMimeData()
        data.setHtml(f'<p>Our shop <img src="{server.url}/logo.png" alt="Shop logo"></p>')
        view.rich_edit.insertFromMimeData(data)
        assert view.rich_edit.remote_pictures() == [f"{server.url}/logo.png"]
        view.embed_picture(f"{server.url}/logo.png")
        qtbot.waitUntil(lambda: not view.rich_edit.remote_pictures(), timeout=WAIT_MS)
    finally:
        server.close()
    fragment = view.rich_edit.fragment()
    assert base64.b64encode(LOGO_PNG).decode() in fragment and "127.0.0.1" not in fragment
    assert 'alt="Shop logo"' in fragment


def test_toolbar_formatting_reaches_the_mail_without_qt_markup(qtbot: QtBot, window: MainWindow) -> None:
    window.steps.setCurrentRow(STEP_MESSAGE)
    window.activateWindow()  # the shortcuts (Ctrl+B...) belong to the window that has the keyboard
    view = window.message_view
    edit, bar = view.rich_edit, view.format_bar
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    bar.style_combo.setCurrentIndex(bar.style_combo.findData(1))
    bar._set_heading()
    qtbot.keyClicks(edit, "News")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # after a heading: body text again
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "bold")
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, " it")
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, " under")
    qtbot.keyClick(edit, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    centre = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(edit, Qt.Key.Key_E, centre)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_L, centre)  # back to the left
    bar._list(QTextListFormat.Style.ListDecimal)
    qtbot.keyClicks(edit, "first")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "second")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # an empty item ends the list
    bar.insert_rule()
    bar.insert_table()
    table = edit.textCursor().currentTable()
    assert table is not None
    table.insertRows(2, 1)
    qtbot.keyClicks(edit, "cell")
    html = edit.fragment()
    assert html.startswith("<h1>News</h1>\n")
    assert '<p style="text-align:center"><b>bold</b><i> it</i><u> under</u></p>' in html
    assert "<ol>\n<li>first</li>\n<li>second</li>\n</ol>" in html and "<hr>" in html
    assert html.count("<tr>") == 3 and html.count("<td>") == 9 and "<td>cell</td>" in html
    edit.undo()
    assert "<td>cell</td>" not in edit.fragment()
    for bad in ("-qt-", "qrichtext", "DOCTYPE", "margin-top"):
        assert bad not in html


def test_preview_shows_the_pictures_that_travel_inside_the_message(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument
    from tests_png import LOGO_PNG

    from ui.main_window import STEP_PREVIEW

    _type_letter(qtbot, window)
    window.message_view.rich_edit.place_image(QImage.fromData(LOGO_PNG), LOGO_PNG, "image/png")
    window.message_view.commit()
    window.steps.setCurrentRow(STEP_PREVIEW)
    window.preview_view.show_row(1)
    html = window.preview_view.html_view.toHtml()
    cid = re.search(r'src="(cid:[^"]+)"', html)
    assert cid is not None
    shown = window.preview_view.html_view.document().resource(QTextDocument.ResourceType.ImageResource,
                                                              QUrl(cid.group(1)))
    assert isinstance(shown, QImage) and not shown.isNull()
