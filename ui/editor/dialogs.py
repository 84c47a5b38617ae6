"""The editor's small dialogs: a field's fallback, a paragraph's condition, a link, a picture's description."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mailmerge.compose.fields import CONDITION_KINDS, Condition, ConditionKind, FieldRef


def tr(text: str) -> str:
    return QCoreApplication.translate("Editor", text)


def kind_labels() -> dict[ConditionKind, str]:
    return {"not_empty": tr("is not empty"), "empty": tr("is empty"), "equals": tr("equals"),
            "not_equals": tr("does not equal")}


def condition_label(condition: Condition) -> str:
    """What the marker at the start of a conditional paragraph says."""
    label = kind_labels()[condition.kind]
    value = f" “{condition.value}”" if condition.kind in ("equals", "not_equals") else ""
    return tr("Only when {column} {test}{value}:").format(column=condition.column, test=label, value=value)


class _Form(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


def _column_combo(columns: tuple[str, ...], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(not columns)  # no spreadsheet open: the name can be typed
    combo.addItems(list(columns))
    if current and combo.findText(current) < 0:
        combo.addItem(current)
    if current:
        combo.setCurrentText(current)
    return combo


class FieldDialog(_Form):
    def __init__(self, columns: tuple[str, ...], ref: FieldRef | None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Field"), tr("Which column to show here, and what to write when its cell is empty."),
                         parent)
        self.column = _column_combo(columns, ref.column if ref else "")
        self.column.setAccessibleName(tr("Column"))
        self.fallback = QLineEdit(ref.fallback if ref else "")
        self.fallback.setAccessibleName(tr("When empty"))
        self.fallback.setPlaceholderText(tr("e.g. customer (leave empty to write nothing)"))
        self.form.addRow(tr("&Column:"), self.column)
        self.form.addRow(tr("When &empty, write:"), self.fallback)

    def value(self) -> FieldRef:
        return FieldRef(self.column.currentText(), " ".join(self.fallback.text().split()))


class ConditionDialog(_Form):
    def __init__(self, columns: tuple[str, ...], condition: Condition | None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Show this paragraph only when…"),
                         tr("The paragraph is sent only to the rows where this holds; the others do not see it."),
                         parent)
        self.column = _column_combo(columns, condition.column if condition else "")
        self.column.setAccessibleName(tr("Column"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Test"))
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind)
        self.value_edit = QLineEdit(condition.value if condition else "")
        self.value_edit.setAccessibleName(tr("Value"))
        if condition:
            self.kind.setCurrentIndex(CONDITION_KINDS.index(condition.kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.form.addRow(tr("&Column:"), self.column)
        self.form.addRow(tr("&Test:"), self.kind)
        self.form.addRow(tr("&Value:"), self.value_edit)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.value_edit.setEnabled(self.kind.currentData() in ("equals", "not_equals"))

    def value(self) -> Condition:
        return Condition(self.column.currentText(), self.kind.currentData(), self.value_edit.text().strip())


class LinkDialog(_Form):
    def __init__(self, text: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Link"), tr("The words people click, and the web or mail address they lead to."),
                         parent)
        self.text_edit = QLineEdit(text)
        self.text_edit.setAccessibleName(tr("Text"))
        self.url_edit = QLineEdit(url)
        self.url_edit.setAccessibleName(tr("Address"))
        self.url_edit.setPlaceholderText("https://example.com/")
        self.form.addRow(tr("&Text:"), self.text_edit)
        self.form.addRow(tr("&Address:"), self.url_edit)

    def value(self) -> tuple[str, str]:
        url = self.url_edit.text().strip()
        if url and "://" not in url and not url.startswith(("mailto:", "tel:", "{{")):
            url = ("mailto:" if "@" in url else "https://") + url
        return self.text_edit.text(), url
