"""Saved accounts, one line each: name, server and login. Holds profiles only; secrets stay in the keyring."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from mailmerge.accounts.profiles import Account, description
from ui.wording import problem_words

AnyIndex = QModelIndex | QPersistentModelIndex


class AccountsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._accounts: list[Account] = []

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> Account:
        return self._accounts[row]

    def row_of(self, name: str) -> int | None:
        return next((row for row, account in enumerate(self._accounts) if account.name == name), None)

    def names(self) -> list[str]:
        return [account.name for account in self._accounts]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        account = self._accounts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return problem_words(description(account))
        if role == Qt.ItemDataRole.ToolTipRole:
            return account.from_address or account.name
        return None
