"""A campaign: one contact table, one template, one column mapping; turns data row N into message bytes.

Where each header comes from: the template's header line when it has one, else the mapped column (To from the
email column, with the name column as display name; Cc and Bcc from their columns). Attachments are the template's
`Attachment:` lines plus the attachment column (several files separated by `;` or line breaks). Relative paths are
looked up next to the template, then next to the spreadsheet.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.base.errors import MailMergeError, UnusableInputError
from mailmerge.compose.addresses import split_address_list
from mailmerge.compose.message import build_message
from mailmerge.compose.template import RenderedMessage, Template, load_template, render
from mailmerge.sheets.contacts import ContactTable, read_contacts
from mailmerge.sheets.mapping import ColumnMapping, guess_mapping

_FILE_LIST_SEPARATORS = re.compile(r"[;\r\n]+")
BuiltRow = tuple[int, OutgoingMessage | MailMergeError]  # a row's message, or why it cannot be built


@dataclass(frozen=True)
class Campaign:
    contacts: ContactTable
    template: Template
    mapping: ColumnMapping
    default_from: str = ""  # the account's From address, used when the template has no From: line

    def render(self, row: int, *, convert: bool = True) -> RenderedMessage:
        """The template filled in for a 1-based data row, completed from the mapped columns."""
        values = self.contacts.row_dict(row)
        rendered = render(self.template, values, row, convert=convert)
        headers = self.template.headers
        # built directly: dataclasses.replace inspects the fields on every call (~5 µs a row)
        return RenderedMessage(
            from_=rendered.from_ if "From" in headers else self.default_from,
            to=rendered.to if "To" in headers else self._recipient(values),
            cc=rendered.cc if "Cc" in headers else _cell(values, self.mapping.cc),
            bcc=rendered.bcc if "Bcc" in headers else _cell(values, self.mapping.bcc),
            reply_to=rendered.reply_to,
            subject=rendered.subject,
            text=rendered.text,
            html=rendered.html,
            attachments=tuple(self._resolve(p) for p in (*rendered.attachments, *self._attachment_cells(values))),
        )

    def build(self, row: int) -> OutgoingMessage:
        """The exact message for a 1-based data row; raises MailMergeError naming this row."""
        rendered = self.render(row)  # first: it refuses a row number outside the sheet (rows[-1] would not)
        variables = tuple(zip(self.contacts.columns, self.contacts.rows[row - 1], strict=True))
        return build_message(rendered, row=row, variables=variables)

    def iter_messages(self, rows: Iterable[int] | None = None) -> Iterator[BuiltRow]:
        """(row, message) for every row (or the given ones), or (row, error) for a row that cannot be built."""
        for row in rows if rows is not None else range(1, len(self.contacts) + 1):
            try:
                yield row, self.build(row)
            except MailMergeError as exc:
                yield row, exc

    def row_hash(self, row: int) -> str:
        """Changes when the row's cells (or the column names) change: noticed when a run resumes. The message is
        not part of it: a changed message is another run (sending/runs.py), not a changed row. Worked out once per
        row: the send plan and the engine both compare every row with the journal."""
        found = self._row_hashes.get(row)
        if found is None:
            values = json.dumps([self.contacts.columns, self.contacts.rows[row - 1]], ensure_ascii=False)
            found = self._row_hashes[row] = hashlib.sha256(values.encode()).hexdigest()
        return found

    def field_columns(self, field: str) -> tuple[str, ...]:
        """The columns a header field (From, To, Cc, Bcc, Reply-To, Subject, Attachment) is filled from; empty when
        the field is the same on every row."""
        if field == "Attachment":
            used = tuple(sorted(self.template.header_vars.get(field, frozenset())))
            return used + ((self.mapping.attachments,) if self.mapping.attachments else ())
        if field in self.template.headers:
            return tuple(sorted(self.template.header_vars.get(field, frozenset())))
        column = {"To": self.mapping.email, "Cc": self.mapping.cc, "Bcc": self.mapping.bcc}.get(field)
        return (column,) if column else ()

    @functools.cached_property
    def _row_hashes(self) -> dict[int, str]:
        return {}

    def _recipient(self, values: dict[str, str]) -> str:
        addresses = _cell(values, self.mapping.email)
        name = " ".join(_cell(values, self.mapping.name).split())
        if name and len(split_address_list(addresses)) == 1 and "<" not in addresses:
            quoted = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{quoted}" <{addresses.strip()}>'
        return addresses

    def _attachment_cells(self, values: dict[str, str]) -> list[Path]:
        cell = _cell(values, self.mapping.attachments)
        return [Path(p.strip()) for p in _FILE_LIST_SEPARATORS.split(cell) if p.strip()]

    def _resolve(self, path: Path) -> Path:
        path = path.expanduser()
        if path.is_absolute():
            return path
        folders = [self.template.source.parent] if self.template.source else []
        folders.append(self.contacts.source.parent)
        candidates = [folder / path for folder in folders]
        return next((c for c in candidates if c.exists()), candidates[0])


def _cell(values: dict[str, str], column: str | None) -> str:
    return values.get(column, "") if column else ""


def open_campaign(contacts: Path, template: Path, *, sheet: str | None = None, header_row: int | None = None,
                  default_from: str = "", encoding: str | None = None) -> Campaign:
    """Read both files and guess the column mapping; raises UnusableInputError with a clear sentence."""
    parsed = load_template(template)
    table = read_contacts(contacts, sheet=sheet, header_row=header_row, encoding=encoding)
    try:
        mapping = guess_mapping(table.columns, table.rows)
    except UnusableInputError:
        if "To" not in parsed.headers:
            raise
        mapping = ColumnMapping(email="")  # the template's To: line names the recipients itself
    return Campaign(table, parsed, mapping, default_from)
