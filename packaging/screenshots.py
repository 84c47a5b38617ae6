"""Screenshots of every step of the real app, for the docs: docs/screenshots/<step>.png.

    .venv/bin/python packaging/screenshots.py                  # English, docs/screenshots/
    .venv/bin/python packaging/screenshots.py --language ko    # Korean, docs/screenshots/ko/ (also zh_CN, zh_TW, id)

Re-runs itself under `xvfb-run` (a real X server, QT_QPA_PLATFORM=xcb) when there is no display, so fonts, CJK text
(fonts-wqy-microhei) and widget styles render as users see them. Uses temporary config/data folders: the sample
campaign (its letter in the screenshots' language) is sent to a throw-away built-in outbox. Two more show problems
as users meet them: the Check step with a finding (a copy of the sample with one broken address) and the Send step
with a row the server refused (a local test SMTP server, tests/servers.py, that answers 550 5.1.1 for one
address)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
WAIT_MS = 20_000
REFUSED = "wang.wei@example.org"  # the server says this mailbox does not exist


class _LocalServerTarget:
    """Sends to the local test server (what the window's account choice would resolve to)."""

    def __init__(self, port: int) -> None:
        self.port = port

    @property
    def label(self) -> str:
        return "Office SMTP"

    def open(self) -> tuple[object, object]:
        from mailmerge.sending.engine import Limits
        from mailmerge.transports.smtp import SmtpSettings, smtp_factory

        return smtp_factory(SmtpSettings(host="127.0.0.1", port=self.port, security="none")), Limits(connections=2)

    def close(self) -> None:
        """The server is stopped by _take."""


def _under_xvfb() -> int:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        print("screenshots: install xvfb (apt-get install xvfb xauth) or run inside a desktop session.",
              file=sys.stderr)
        return 2
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", MM_SCREENSHOTS_CHILD="1")
    command = [xvfb_run, "-a", "-s", "-screen 0 1280x900x24", sys.executable, __file__, *sys.argv[1:]]
    return subprocess.run(command, env=env, check=False).returncode


def _language() -> str:
    import argparse

    parser = argparse.ArgumentParser(description="Screenshots of every step for the docs.")
    parser.add_argument("--language", default="en", help="en (default), ko, zh_CN, zh_TW or id")
    return str(parser.parse_args().language)


def _take(language: str) -> int:
    out = OUT if language == "en" else OUT / language
    work = Path(tempfile.mkdtemp(prefix="mm-shots-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(work / var.lower())
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QSettings, QThread
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translations
    from ui.main_window import STEP_CHECK, STEP_CONTACTS, STEP_MESSAGE, STEP_PREVIEW, STEP_SEND, MainWindow
    from ui.resources import SAMPLE_DIR

    app = QApplication([])
    install_translations(app, language)

    def wait_for(condition: object, what: str) -> None:
        deadline = QDeadlineTimer(WAIT_MS)
        while not condition():  # type: ignore[operator]
            if deadline.hasExpired():
                raise SystemExit(f"screenshots: timed out waiting for {what}")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(20)  # poll gently: each processEvents call costs PySide6 6.12.0 a reference to None

    def settle() -> None:
        for _ in range(5):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    window = MainWindow(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window.dialogs.confirm = lambda *_: True  # type: ignore[method-assign]
    window.dialogs.confirm_send = lambda *_, **__: True  # type: ignore[method-assign]
    window.resize(1180, 760)
    window.show()
    window.load_sample()
    wait_for(lambda: window.session.table is not None, "the sample spreadsheet")
    out.mkdir(parents=True, exist_ok=True)

    def shoot(name: str) -> None:
        settle()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(f"saved {path.relative_to(REPO)}")

    window.steps.setCurrentRow(STEP_CONTACTS)
    shoot("1-contacts")
    window.steps.setCurrentRow(STEP_MESSAGE)
    shoot("2-message")
    window.steps.setCurrentRow(STEP_PREVIEW)
    window.preview_view.show_row(2)
    shoot("3-preview")
    window.run_check()
    wait_for(window.check_view.check_button.isEnabled, "the check")
    window.steps.setCurrentRow(STEP_CHECK)
    shoot("4-check")
    window.send_view.test_address.setText("me@example.com")
    window.send_all()
    wait_for(lambda: not window.worker.busy and window.send_view.send_button.isEnabled(), "sending")
    window.steps.setCurrentRow(STEP_SEND)
    shoot("5-send")
    window.steps.setCurrentRow(5)
    wait_for(lambda: window.history_view.model.rowCount() > 0, "the history")
    shoot("6-history")

    # The same campaign on a copy of the sheet with one address mistyped: the check names row, column and fix.
    members = work / "members.csv"
    sample = (SAMPLE_DIR / "contacts.csv").read_text(encoding="utf-8-sig")
    members.write_text(sample.replace("siti.rahma@example.org", "siti.rahma(at)example.org"), encoding="utf-8")
    window.open_contacts(members)
    wait_for(lambda: window.session.table is not None and window.session.table.source == members, "the copy")
    window.run_check()
    wait_for(window.check_view.check_button.isEnabled, "the check with a finding")
    shoot("7-check-finding")

    # Sending through a server that refuses one mailbox: that row says why, in words; the rest are sent.
    sys.path.insert(0, str(REPO / "tests"))
    from servers import ScriptedServer

    server = ScriptedServer().start()
    try:
        server.script.always("rcpt", "550 5.1.1 <wang.wei@example.org>: Recipient address rejected: User unknown",
                             address=REFUSED)
        members.write_text(sample, encoding="utf-8")
        window.open_contacts(members)
        wait_for(lambda: window.session.recipients()[4:5] == ["siti.rahma@example.org"], "the corrected copy")
        window.target_for = lambda _account: _LocalServerTarget(server.port)  # type: ignore[assignment,return-value]
        window.send_view.set_accounts([("Office SMTP", "Office")], "Office")
        window.send_view.show_outbox(None)  # the test server stands in for a real account: no outbox line
        window.session.account = "Office SMTP"  # the run's identity (the test server stands in for the account)
        window.send_all()
        wait_for(lambda: not window.worker.busy and window.send_view.send_button.isEnabled(), "sending")
        window.steps.setCurrentRow(STEP_SEND)
        window.send_view.table.selectRow(1)
        shoot("8-send-failed-row")
        window.steps.setCurrentRow(5)
        wait_for(lambda: window.history_view.model.rowCount() > 1, "the history of both runs")
        shoot("12-history-runs")  # the trial through the outbox and the real send, told apart
    finally:
        server.stop()
    _confirmation_with_left_out_rows(work, sample, window, out, settle)
    _formatted_message(window, shoot)
    window.session.set_dirty(False)
    window.close()
    return 0


def _confirmation_with_left_out_rows(work: Path, sample: str, window: object, out: Path, settle: object) -> None:
    """The send confirmation of a sheet with a mistyped address, a repeated one and one on the suppression list:
    the count, the account and everyone left out with the reason."""
    from mailmerge.compose.campaign import Campaign
    from mailmerge.sending.runs import AccountRef
    from mailmerge.sending.suppression import SuppressionList
    from mailmerge.sending.workspace import prepare_run
    from ui.views.confirm_send import ConfirmSendDialog

    lines = sample.splitlines()
    broken = [line.replace("siti.rahma@example.org", "siti.rahma(at)example.org") for line in lines]
    members = work / "members-march.csv"
    members.write_text("\n".join([*broken, broken[1]]) + "\n", encoding="utf-8")  # row 1's person twice
    suppressed = SuppressionList()
    suppressed.add("liam.obrien@example.com", "unsubscribed")
    suppressed.close()
    window.open_contacts(members)  # type: ignore[attr-defined]
    for _ in range(200):
        settle()  # type: ignore[operator]
        table = window.session.table  # type: ignore[attr-defined]
        if table is not None and table.source == members:
            break
    campaign: Campaign = window.session.campaign()  # type: ignore[attr-defined]
    run = prepare_run(campaign, AccountRef("account:Office SMTP", "Office SMTP"), face="window")
    try:
        dialog = ConfirmSendDialog(run, "Office SMTP", trial=False, retry=False, parent=window)  # type: ignore[arg-type]
        dialog.skip_invalid.setChecked(True)
        dialog.show()
        settle()  # type: ignore[operator]
        path = out / "11-confirm-left-out.png"
        dialog.grab().save(str(path))
        print(f"saved {path.relative_to(REPO)}")
        dialog.reject()
    finally:
        run.close()


def _picture(width: int, height: int, colours: tuple[str, str], text: str, pixel_size: int) -> object:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, width, height)
    gradient.setColorAt(0, QColor(colours[0]))
    gradient.setColorAt(1, QColor(colours[1]))
    painter.fillRect(image.rect(), gradient)
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, width, height), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return image


def _formatted_message(window: object, shoot: object) -> None:
    """The formatted editor: fields as chips (one with a fallback), a paragraph shown only to some rows, a picture,
    the account's signature with its logo; then the preview of the same message."""
    from dataclasses import replace

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from mailmerge.accounts import profiles
    from mailmerge.compose.fields import Condition, FieldRef
    from mailmerge.compose.inline_images import data_uri
    from ui.editor.chips import condition_format, insert_object
    from ui.editor.dialogs import condition_label
    from ui.editor.rich_edit import encode_image
    from ui.main_window import STEP_MESSAGE, STEP_PREVIEW

    logo, _ = encode_image(_picture(180, 44, ("#1a5fb4", "#3584e4"), "Hanbit Co.", 22))  # type: ignore[arg-type]
    account = profiles.new_account("Office", "microsoft365", username="office@example.com")
    profiles.save_account(replace(account, signature=(
        '<p><b>Lee Jiwoo</b>, membership office<br>Hanbit Co. · +82 2 555 0100</p>'
        f'<p><img src="{data_uri("image/png", logo)}" alt="Hanbit Co. logo"></p>')))
    win = window  # type: ignore[assignment]
    win.session.set_account("Office")  # type: ignore[attr-defined]
    view = win.message_view  # type: ignore[attr-defined]
    win.steps.setCurrentRow(STEP_MESSAGE)  # type: ignore[attr-defined]
    view.header_edits["Subject"].setText("Spring open day for {{ company }}")
    edit = view.rich_edit
    edit.set_fragment("")
    edit.setFocus()
    view.format_bar.style_combo.setCurrentIndex(view.format_bar.style_combo.findData(2))
    view.format_bar._set_heading()
    edit.insertPlainText("Spring open day")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    edit.insertPlainText("Dear ")
    edit.insert_field(FieldRef("name", "member"))
    edit.insertPlainText(",")
    edit.textCursor().insertBlock()
    edit.insertPlainText("You are invited to our open day on 12 April. Your member number is ")
    edit.insert_field(FieldRef("member_id"))
    edit.insertPlainText(".")
    edit.textCursor().insertBlock()
    condition = Condition("amount", "not_empty")
    insert_object(edit.textCursor(), condition_format(condition, condition_label(condition)))
    edit.insertPlainText(" Your open balance is ")
    edit.insert_field(FieldRef("amount"))
    edit.insertPlainText("; you can settle it at the desk on the day.")
    edit.textCursor().insertBlock()
    image = _picture(520, 150, ("#e66100", "#f6d32d"), "Open day · 12 April", 34)
    banner, mime = encode_image(image)  # type: ignore[arg-type]
    edit.place_image(image, banner, mime)
    view.add_signature()
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    view.commit()
    shoot("9-editor")  # type: ignore[operator]
    win.steps.setCurrentRow(STEP_PREVIEW)  # type: ignore[attr-defined]
    win.preview_view.show_row(1)  # type: ignore[attr-defined]
    shoot("10-editor-preview")  # type: ignore[operator]


if __name__ == "__main__":
    if os.environ.get("MM_SCREENSHOTS_CHILD") or os.environ.get("DISPLAY"):
        raise SystemExit(_take(_language()))
    raise SystemExit(_under_xvfb())
