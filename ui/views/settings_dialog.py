"""Settings: the window's language (the computer's by default). A new language applies on the next start."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from mailmerge.base.wording import LANGUAGES
from ui.i18n import LANGUAGE_NAMES, SETTINGS_KEY, current_language, system_language


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the computer ({language})").format(
            language=LANGUAGE_NAMES[system_language()]), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        chosen = str(settings.value(SETTINGS_KEY, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        """The language code picked, or "" for the computer's."""
        return str(self.language.currentData())

    def _language_changed(self) -> None:
        effective = self.chosen() or system_language()
        self.note.setText("" if effective == current_language() else self.tr(
            "Mail Merge will use the new language the next time it starts. Your campaign stays as it is."))

    def accept(self) -> None:
        self.settings.setValue(SETTINGS_KEY, self.chosen())
        self.settings.sync()
        super().accept()
