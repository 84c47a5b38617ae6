"""Help → About: the version, and every library shipped with the app with its licence (read from the installed
packages' metadata, which the installers keep, so the list is the one actually bundled). Also the menu entries
for Settings and About, added to the main window in one call."""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.resources import icon

DISTRIBUTION = "mailmerge-desktop"
translate = QCoreApplication.translate  # module-level text: lupdate reads translate("Context", "literal") calls
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # run from a folder that was never installed
        return "?"


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name)
    return str(values[0]) if values else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression)
    text = _field(meta, "License").strip()
    if text and "\n" not in text and len(text) <= 60:  # some packages put the whole licence text here
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(c for c in classifiers if c != "OSI Approved") or "?"


def bundled_libraries() -> list[Library]:
    """The app's run-time dependencies, followed to the end (extras such as the test tools left out)."""
    found: dict[str, Library] = {}
    pending = [DISTRIBUTION]
    while pending:
        name = pending.pop()
        key = name.lower().replace("_", "-").replace(".", "-")
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # an optional dependency for another platform
            continue
        found[key] = Library(dist.metadata["Name"], dist.version, _licence(dist.metadata))
        for requirement in dist.requires or []:
            match = _NAME.match(requirement)
            if match and "extra ==" not in requirement:
                pending.append(match.group(0))
    found.pop(DISTRIBUTION, None)
    libraries = [*found.values(), Library("Qt", qVersion(), "LGPL-3.0-only"),
                 Library("Python", sys.version.split()[0], "PSF-2.0")]
    return sorted(libraries, key=lambda lib: lib.name.lower())


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Mail Merge"))
        self.setWindowIcon(icon("app"))
        self.heading = QLabel(self.tr("<h2>Mail Merge {version}</h2>"
                                 "<p>Send one message to everyone on a spreadsheet, each copy personalised, "
                                 "safely.</p>").format(version=app_version()))
        self.heading.setWordWrap(True)
        libraries = bundled_libraries()
        self.table = QTableWidget(len(libraries), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        for row, lib in enumerate(libraries):
            for col, text in enumerate((lib.name, lib.version, lib.licence)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumSize(700, 300)  # the longest licence (numpy's five) fits without scrolling
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(QLabel(self.tr("Mail Merge is built with these libraries, each under its own licence:")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def add_settings_and_help(window: QMainWindow, file_menu: QMenu, settings: QSettings) -> None:
    """File → Settings… (above Quit) and Help → About Mail Merge."""
    from ui.views.settings_dialog import SettingsDialog

    settings_action = QAction(translate("MainWindow", "Se&ttings…"), window)
    settings_action.triggered.connect(lambda: SettingsDialog(settings, window).exec())
    quit_section = [a for a in file_menu.actions() if a.isSeparator()]
    if quit_section:
        file_menu.insertAction(quit_section[-1], settings_action)
    else:
        file_menu.addAction(settings_action)
    # No Alt+letter: H, E, L and P already belong to fields of the Contacts and Message steps (Sheet, Email, Reload,
    # Reply to); F10 or Alt then the arrow keys reach it.
    help_menu = window.menuBar().addMenu(translate("MainWindow", "Help"))
    about = help_menu.addAction(translate("MainWindow", "&About Mail Merge"))
    about.triggered.connect(lambda: AboutDialog(window).exec())
