"""A campaign: one contact table, one template, one column mapping; turns data row N into message bytes.

Where each header comes from: the template's header line when it has one, else the mapped column (To from the
email column, with the name column as display name; Cc and Bcc from their columns). Attachments are the template's
`Attachment:` lines plus the attachment column (several files separated by `;` or line breaks). Relative paths are
looked up next to the template, then next to the spreadsheet, then in the campaign's extra folders.

Attachments stay inside the campaign: a path that comes from a cell (the attachment column, or a field in an
`Attachment:` line) must lead into one of the campaign's folders (the spreadsheet's, the template's, and the extra
folders the user added), after `..` and links are followed; anything else would let a spreadsheet mail out any file
the user can read (`/proc/self/environ`, `~/.ssh/id_rsa`). A path the user typed in the template is theirs to choose,
and is listed by `literal_attachments` so the confirmation can show it. No attachment may be a special file (a
device, a pipe, a socket, anything under /proc, /sys or /dev).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import getaddresses
from pathlib import Path

from mailmerge.base.envelope import OutgoingMessage
from mailmerge.base.errors import MailMergeError, UnusableInputError
from mailmerge.compose.addresses import split_address_list
from mailmerge.compose.message import build_message
from mailmerge.compose.send_at import parse_when
from mailmerge.compose.template import (
    UNSUBSCRIBE_HEADER,
    RenderedMessage,
    Template,
    TemplateRenderError,
    load_template,
    render,
)
from mailmerge.compose.unsubscribe import (
    LINK_FIELD,
    LINK_PLACEHOLDER,
    NO_UNSUBSCRIBE,
    UnsubscribeOptions,
    fill_link,
    install_tokens,
    parse_template_line,
    tokens_for_showing,
)
from mailmerge.sheets.contacts import ContactTable, read_contacts
from mailmerge.sheets.mapping import ColumnMapping, guess_mapping

_FILE_LIST_SEPARATORS = re.compile(r"[;\r\n]+")
_NEEDS_QUOTES = re.compile(r'[()<>\[\]:;@\\,."]')  # RFC 5322 specials: a display name with one is quoted
BuiltRow = tuple[int, OutgoingMessage | MailMergeError]  # a row's message, or why it cannot be built


@dataclass(frozen=True)
class Campaign:
    contacts: ContactTable
    template: Template
    mapping: ColumnMapping
    default_from: str = ""  # the account's From address, used when the template has no From: line
    attachment_folders: tuple[Path, ...] = ()  # folders besides the spreadsheet's and template's files may come from
    unsubscribe: UnsubscribeOptions = NO_UNSUBSCRIBE  # the account's; the template's Unsubscribe: line wins

    def render(self, row: int, *, convert: bool = True) -> RenderedMessage:
        """The template filled in for a 1-based data row, completed from the mapped columns."""
        values = self.contacts.row_dict(row)
        if self._fills_unsubscribe_link:
            values = {**values, LINK_FIELD: LINK_PLACEHOLDER}  # the real link needs the rendered To (below)
        rendered = render(self.template, values, row, convert=convert)
        headers = self.template.headers
        # built directly: dataclasses.replace inspects the fields on every call (~5 µs a row)
        filled = RenderedMessage(
            from_=rendered.from_ if "From" in headers else self.default_from,
            to=rendered.to if "To" in headers else self._recipient(values),
            cc=rendered.cc if "Cc" in headers else _cell(values, self.mapping.cc),
            bcc=rendered.bcc if "Bcc" in headers else _cell(values, self.mapping.bcc),
            reply_to=rendered.reply_to,
            subject=rendered.subject,
            text=rendered.text,
            html=rendered.html,
            attachments=self._attachments(row, rendered.attachments, values),
        )
        # A check (convert=False) leaves the placeholder: the link's shape does not depend on the row.
        return self._with_unsubscribe_link(filled) if self._fills_unsubscribe_link and convert else filled

    def build(self, row: int, *, leave_out: frozenset[str] = frozenset()) -> OutgoingMessage:
        """The exact message for a 1-based data row; raises MailMergeError naming this row. `leave_out`:
        lower-cased addresses dropped from Cc and Bcc (on the suppression list)."""
        rendered = self.render(row)  # first: it refuses a row number outside the sheet (rows[-1] would not)
        variables = tuple(zip(self.contacts.columns, self.contacts.rows[row - 1], strict=True))
        options = self.unsubscribe_options
        recipient = _first_address(rendered.to) if options.enabled else ""
        extra = install_tokens().headers(options, recipient) if recipient else ()
        return build_message(rendered, row=row, variables=variables, leave_out=leave_out, extra_headers=extra)

    def send_times(self) -> dict[int, datetime]:
        """{row: when} for the rows whose send-at cell holds a date and time (empty cells go at once; cells that are
        not dates are reported by the check and go at once if sent anyway)."""
        column = self.mapping.send_at
        if not column or column not in self.contacts.columns:
            return {}
        i = self.contacts.columns.index(column)
        found = {row: parse_when(cells[i]) for row, cells in enumerate(self.contacts.rows, start=1)
                 if i < len(cells) and cells[i].strip()}
        return {row: when for row, when in found.items() if when is not None}

    @functools.cached_property
    def unsubscribe_options(self) -> UnsubscribeOptions:
        """How people unsubscribe from this campaign: the template's `Unsubscribe:` line, else the account's."""
        line = self.template.headers.get(UNSUBSCRIBE_HEADER)
        return parse_template_line(line) if line is not None else self.unsubscribe

    @functools.cached_property
    def _fills_unsubscribe_link(self) -> bool:
        """The template uses {{ unsubscribe_link }} and the spreadsheet has no column of that name."""
        return LINK_FIELD in self.template.variable_lines and LINK_FIELD not in self.contacts.columns

    def _with_unsubscribe_link(self, rendered: RenderedMessage) -> RenderedMessage:
        options = self.unsubscribe_options
        recipient = _first_address(rendered.to)
        # the body's link only: the headers (build) take the real tokens or refuse the row
        link = tokens_for_showing().link(options, recipient) if options.enabled and recipient else ""
        return dataclasses.replace(
            rendered,
            text=fill_link(rendered.text, link, as_html=False),
            html=None if rendered.html is None else fill_link(rendered.html, link, as_html=True),
        )

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
            if _NEEDS_QUOTES.search(name) is None:
                return f"{name} <{addresses.strip()}>"  # as the Preview shows it: 김민준 <kim@example.com>
            quoted = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{quoted}" <{addresses.strip()}>'
        return addresses

    def literal_attachments(self) -> tuple[Path, ...]:
        """The attachments typed in the template itself (no field in them): every row carries them, from wherever
        the user chose; the confirmation shows them."""
        return tuple(self._look_up(Path(src)) for src in self.template.attachments if src and "{" not in src)

    def _attachments(self, row: int, from_template: tuple[Path, ...], values: dict[str, str]) -> tuple[Path, ...]:
        if not from_template and not self.mapping.attachments:  # most campaigns: nothing to look up per row
            return ()
        literal = {Path(src) for src in self.template.attachments if "{" not in src}
        field_columns = ", ".join(sorted(self.template.header_vars.get("Attachment", frozenset())))
        found = [self._checked(path, row, None if path in literal else field_columns) for path in from_template]
        cell = _cell(values, self.mapping.attachments)
        found += [self._checked(Path(p.strip()), row, self.mapping.attachments or "")
                  for p in _FILE_LIST_SEPARATORS.split(cell) if p.strip()]
        return tuple(found)

    def _checked(self, path: Path, row: int, column: str | None) -> Path:
        """The file to attach, looked up in the campaign's folders; `column`: the cell it came from (None: typed in
        the template). Raises TemplateRenderError when the file may not be attached."""
        try:
            found = self._look_up(path.expanduser())
            real = found.resolve()
        except (OSError, ValueError):  # e.g. a NUL character, or a link that loops
            raise TemplateRenderError(
                "attachment.bad_name",
                "Row {row}: the attachment name {file!r} is not a file name this computer can use. Correct it in "
                "the spreadsheet or template.",
                row=row, file=str(path), column=column or None,
            ) from None
        if _is_special(real):
            raise TemplateRenderError(
                "attachment.special_file",
                "Row {row}: the attachment {file} is not an ordinary file (a device, a pipe, or a system file under "
                "/proc, /sys or /dev), so it cannot be attached. Name a document instead.",
                row=row, file=str(path), column=column or None,
            )
        if column is not None and not any(real.is_relative_to(folder) for folder in self._folders):
            raise TemplateRenderError(
                "attachment.outside_campaign",
                "Row {row}: the attachment {file} named in column {column} is outside the campaign's folders, so it "
                "is not attached (a spreadsheet must not be able to send any file of this computer). Put the file "
                "in the spreadsheet's or the template's folder, or add its folder to the campaign.",
                row=row, file=str(path), column=column,
            )
        return found

    @functools.cached_property
    def _folders(self) -> tuple[Path, ...]:
        """Where attachments named in cells may come from, links resolved: first the template's folder, then the
        spreadsheet's, then the folders the user added."""
        folders = [self.template.source.parent] if self.template.source else []
        folders += [self.contacts.source.parent, *self.attachment_folders]
        return tuple(dict.fromkeys(folder.resolve() for folder in folders))

    def _look_up(self, path: Path) -> Path:
        if path.is_absolute():
            return path
        candidates = [folder / path for folder in self._folders]
        return next((c for c in candidates if c.exists()), candidates[0])


def _first_address(to: str) -> str:
    """The first address of a To value, as the token is made from it ('' when there is none)."""
    found = [address for _, address in getaddresses([to]) if "@" in address]
    return found[0] if found else ""


def _cell(values: dict[str, str], column: str | None) -> str:
    return values.get(column, "") if column else ""


_SYSTEM_FOLDERS = tuple(Path(p) for p in ("/proc", "/sys", "/dev"))


def _is_special(real: Path) -> bool:
    """A device, pipe, socket or kernel file: reading one may block forever, never end, or hand out secrets."""
    if any(real.is_relative_to(folder) for folder in _SYSTEM_FOLDERS):
        return True
    try:
        mode = real.stat().st_mode
    except OSError:
        return False  # missing: Check reports it as missing
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def open_campaign(contacts: Path, template: Path, *, sheet: str | None = None, header_row: int | None = None,
                  default_from: str = "", encoding: str | None = None,
                  attachment_folders: tuple[Path, ...] = (),
                  unsubscribe: UnsubscribeOptions = NO_UNSUBSCRIBE) -> Campaign:
    """Read both files and guess the column mapping; raises UnusableInputError with a clear sentence."""
    parsed = load_template(template)
    table = read_contacts(contacts, sheet=sheet, header_row=header_row, encoding=encoding)
    try:
        mapping = guess_mapping(table.columns, table.rows)
    except UnusableInputError:
        if "To" not in parsed.headers:
            raise
        mapping = ColumnMapping(email="")  # the template's To: line names the recipients itself
    return Campaign(table, parsed, mapping, default_from, attachment_folders, unsubscribe)
