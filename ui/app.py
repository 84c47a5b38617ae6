"""Start the desktop app: QApplication, the crash dialog for unexpected errors, and the first campaign.

Expected problems (MailMergeError) are shown by the views where they happen; only a bug reaches sys.excepthook,
which shows a dialog with a copyable, secret-free report instead of letting the app vanish."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.crash_report import crash_report
from ui.i18n import chosen_language, install_translations
from ui.resources import icon

APP_NAME = "MailMerge"
ORGANIZATION = "MailMerge"


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail Merge ran into a problem"))
        intro = QLabel(self.tr(
            "Something went wrong inside Mail Merge. Your campaign and the send journal are safe: nobody will get a "
            "message twice. Please copy this report and send it to whoever supports the app."))
        intro.setWordWrap(True)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setMinimumSize(640, 320)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report)
        layout.addWidget(buttons)


def show_crash_dialog(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    report = crash_report(exc_type, exc, tb)
    print(report, file=sys.stderr)
    if QApplication.instance() is not None:
        CrashDialog(report, QApplication.activeWindow()).exec()


def create_window(argv: Sequence[str]) -> object:
    """The main window showing the file given on the command line, else the last campaign (the sample on the
    first start)."""
    from mailmerge.compose.campaign_file import SUFFIX
    from ui.main_window import MainWindow

    window = MainWindow()
    files = [Path(a) for a in argv[1:] if not a.startswith("-")]
    if files and files[0].name.endswith(SUFFIX):
        window.open_campaign(files[0])
    elif files:
        window.open_contacts(files[0])
    else:
        # The user's last campaign; on the very first start the sample, with the built-in outbox as the account,
        # so it can be tried end to end without any mail leaving the computer. A run the app was closed in the
        # middle of is offered first.
        window.start_up()
        window.offer_resume()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication(args)
    install_translations(app, chosen_language())
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Mail Merge"))
    app.setWindowIcon(icon("app"))
    sys.excepthook = show_crash_dialog
    window = create_window(args)
    window.show()  # type: ignore[attr-defined]
    return app.exec()
