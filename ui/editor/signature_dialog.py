"""An account's signature, written in the same formatted editor as messages (a logo may be inserted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from ui.editor.rich_edit import RichEdit
from ui.editor.toolbar import FormatBar


class SignatureDialog(QDialog):
    def __init__(self, account_name: str, signature: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signature for {account}").format(account=account_name))
        self.edit = RichEdit()
        self.edit.setAccessibleName(self.tr("Signature"))
        self.edit.set_fragment(signature)
        bar = FormatBar(self.edit)
        bar.picture_requested.connect(self._browse_picture)
        intro = QLabel(self.tr("“Add signature” in the Message step puts this at the end of the message."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(bar)
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def signature(self) -> str:
        """The signature as an HTML fragment; empty when nothing was written."""
        return self.edit.fragment() if self.edit.toPlainText().strip() or self.edit.pictures.by_name else ""

    def _browse_picture(self) -> None:
        import mimetypes

        from PySide6.QtGui import QImage

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Insert a picture"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.gif)"))
        if not path:
            return
        data = Path(path).read_bytes()
        image = QImage.fromData(data)
        if not image.isNull():
            self.edit.insert_image(image, data, mimetypes.guess_type(path)[0] or "image/png")
