"""Check every row before anything is sent: the problems a person can fix now, found in one pass.

Errors stop a send (bad or missing address, unknown field, missing attachment, message too large, line break in a
header); warnings do not (same recipient twice, empty subject). A field that is the same on every row (a fixed
From: line) is checked once and reported without a row number, not 10,000 times. Speed: the template is rendered
without the Markdown/HTML conversions and addresses are validated once per distinct value, so 10k rows take a
fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from mailmerge.base.errors import Listed, MailMergeError, Problem
from mailmerge.base.wording import ROW_PREFIX
from mailmerge.compose.addresses import (
    Address,
    header_newline_error,
    missing_address_error,
    parse_address,
    parse_address_list,
    said_field,
    split_address_list,
)
from mailmerge.compose.campaign import Campaign
from mailmerge.compose.content_advice import advise
from mailmerge.compose.send_at import parse_when, send_at_error
from mailmerge.compose.template import (
    UNSUBSCRIBE_HEADER,
    RenderedMessage,
    TemplateRenderError,
    closest_column,
    unknown_fields,
)
from mailmerge.compose.unsubscribe import LINK_FIELD
from mailmerge.transports.presets import DEFAULT_RULES, TransportRules

_HEADER_OVERHEAD = 2048  # headers and MIME boundaries, a generous estimate
# More people than this and a campaign is bulk mail, for which Gmail and Yahoo want a way to unsubscribe; a note
# to a team or a committee is not (so the sample campaign of 8 members is not warned about).
HANDFUL = 10
_ADDRESS_FIELDS = ("From", "To", "Cc", "Bcc", "Reply-To")


@dataclass(frozen=True)
class Finding:
    severity: Literal["error", "warning"]
    row: int | None
    column: str | None
    code: str
    message: str
    params: Mapping[str, object]
    template: str = ""  # the English template of `message`: the key a face words it again with in its language


# Why an address is on the suppression list in plain words (e.g. "hard bounce"), or None when it is not on it.
SuppressedWhy = Callable[[str], Problem | str | None]


# Told (rows checked, rows in all) every PROGRESS_ROWS rows and at the end; whatever it raises stops the check.
CheckProgress = Callable[[int, int], None]
PROGRESS_ROWS = 500


def check(campaign: Campaign, *, rules: TransportRules = DEFAULT_RULES,
          suppressed: SuppressedWhy | None = None, progress: CheckProgress | None = None) -> list[Finding]:
    """Every problem of every row; `rules` are the sending account's message limits (ResolvedTransport.rules);
    `suppressed` looks addresses up on the suppression list (warnings for rows it changes); `progress` is told how
    far the check has come (the window's bar)."""
    return _Checker(campaign, rules, suppressed, progress).run()


@dataclass(frozen=True)
class CheckResult:
    findings: list[Finding]
    recipients: dict[int, str]  # row -> its first To address (ASCII form, lower-cased), for rows that have one


def check_with_recipients(campaign: Campaign, *, rules: TransportRules = DEFAULT_RULES,
                          suppressed: SuppressedWhy | None = None) -> CheckResult:
    """`check`, plus whom each row goes to: the send plan compares people, not row numbers, with earlier runs."""
    checker = _Checker(campaign, rules, suppressed)
    return CheckResult(checker.run(), checker.recipient_of)


class _Checker:
    def __init__(self, campaign: Campaign, rules: TransportRules, suppressed: SuppressedWhy | None = None,
                 progress: CheckProgress | None = None) -> None:
        self.campaign = campaign
        self.progress = progress
        self.rules = rules
        self.suppressed = suppressed
        self.findings: list[Finding] = []
        self.first_row_of: dict[str, int] = {}
        self.recipient_of: dict[int, str] = {}
        self.file_sizes: dict[Path, int | None] = {}
        self.columns = {f: campaign.field_columns(f) for f in (*_ADDRESS_FIELDS, "Subject", "Attachment")}
        self.constant_fields = frozenset(f for f, columns in self.columns.items() if not columns)
        self.recipients_fixed = self.constant_fields.issuperset(("To", "Cc", "Bcc"))
        self.constant_results: dict[str, tuple[Address, ...] | None] = {}
        self.checked_once: set[str] = set()

    def run(self) -> list[Finding]:
        for note in self.campaign.contacts.notes:  # how the sheet was read (a format shown as General...)
            self.findings.append(Finding("warning", None, _str_or_none(note.params.get("column")), note.code,
                                         note.message(), note.params, note.template))
        # A field that is no column fails every row alike: said once, for the template, not once per row.
        template_unknown = self._check_unknown_fields()
        total = len(self.campaign.contacts)
        for row in range(1, total + 1):
            if self.progress is not None and row % PROGRESS_ROWS == 0:
                self.progress(row, total)
            try:
                rendered = self.campaign.render(row, convert=False)
            except TemplateRenderError as exc:
                if not (template_unknown and exc.code == "template.unknown_field"):
                    self._add("error", row, _str_or_none(exc.params.get("column")), exc)
                continue
            self._check_row(row, rendered)
            if self._first_time("content"):
                self._check_content(row)
        self._check_unsubscribe()
        if self.progress is not None:
            self.progress(total, total)
        return self.findings

    def _check_content(self, row: int) -> None:
        """Advice on the message itself (pictures, links, subject, size), from the first row that renders."""
        try:
            rendered = self.campaign.render(row)
        except MailMergeError:
            return  # already reported for this row
        for advice in advise(rendered.subject, rendered.text, rendered.html):
            self.findings.append(Finding("warning", None, None, advice.code, advice.message, advice.params,
                                         advice.template))

    def _check_unsubscribe(self) -> None:
        """Once per campaign: the unsubscribe options are usable, the footer link has one to point to, and a
        bulk campaign offers one at all."""
        try:
            options = self.campaign.unsubscribe_options
        except MailMergeError as exc:
            self._add("error", None, None, exc)
            return
        if options.enabled:
            return
        if LINK_FIELD in self.campaign.template.variable_lines and LINK_FIELD not in self.campaign.contacts.columns:
            self.findings.append(_finding(
                "error", None, None, "unsubscribe.link_without_address",
                "The message uses {{{{ unsubscribe_link }}}}, but no unsubscribe address or link is set, so the "
                "link would be empty. Set one for the account (Accounts…, or `account add --unsubscribe-mailto`), "
                "or add an Unsubscribe: line to the template.",
            ))
        elif len(self.campaign.contacts) > HANDFUL and UNSUBSCRIBE_HEADER not in self.campaign.template.headers:
            self.findings.append(_finding(
                "warning", None, None, "unsubscribe.missing",
                "This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo expect bulk "
                "mail to have one and may file it as spam: set an unsubscribe address for the account, or add an "
                "Unsubscribe: line to the template (Unsubscribe: none for mail people cannot opt out of).",
                count=len(self.campaign.contacts),
            ))

    def _check_unknown_fields(self) -> bool:
        template = self.campaign.template
        columns = self.campaign.contacts.columns
        # {{ unsubscribe_link }} is filled in by the campaign (compose/unsubscribe.py), not from a column
        unknown = [name for name in unknown_fields(template, columns) if name != LINK_FIELD]
        if not unknown:
            return False
        suggestions = tuple(closest_column(name, columns) for name in unknown)
        places = tuple(template.place(name) for name in unknown)
        described = Listed(
            Problem("template.unknown_field_closest",
                    "{name!r} (template line {line}, the closest column is {close!r})",
                    MappingProxyType({"name": name, "line": template.variable_lines[name], "close": close}))
            if close else
            Problem("template.unknown_field_line", "{name!r} (template line {line})",
                    MappingProxyType({"name": name, "line": template.variable_lines[name]}))
            for name, close in zip(unknown, suggestions, strict=True)
        )
        self.findings.append(_finding(
            "error", None, unknown[0], "template.unknown_fields",
            ("The template uses a field the spreadsheet has no column for: {described}. Fix the name in the template "
             "or rename the column." if len(unknown) == 1 else
             "The template uses {count} fields the spreadsheet has no column for: {described}. Fix the names in the "
             "template or rename the columns."),
            count=len(unknown), described=described, fields=tuple(unknown), suggestions=suggestions,
            headers=tuple(header for header, _ in places), body_lines=tuple(line for _, line in places),
            lines=tuple(template.variable_lines[name] for name in unknown),
        ))
        return True

    def _check_row(self, row: int, rendered: RenderedMessage) -> None:
        values = {"From": rendered.from_, "To": rendered.to, "Cc": rendered.cc, "Bcc": rendered.bcc,
                  "Reply-To": rendered.reply_to}
        found = {field: self._addresses(row, field, value) for field, value in values.items()}
        recipients = (found["To"], found["Cc"], found["Bcc"])
        fixed = self.recipients_fixed
        if all(r == () for r in recipients) and (not fixed or self._first_time("To")):
            where = None if fixed else row
            self._add("error", where, self._column("To"), missing_address_error("To", where))
        if found["To"]:
            self.recipient_of[row] = found["To"][0].ascii_email.lower()
            self._note_duplicate(row, found["To"][0])
        self._check_recipients(row, found)
        self._check_subject(row, rendered.subject)
        attachment_bytes = self._check_attachments(row, rendered.attachments)
        self._check_provider_attachment_limits(row, len(rendered.attachments), attachment_bytes)
        self._check_size(row, rendered, attachment_bytes)
        self._check_send_at(row)

    def _check_send_at(self, row: int) -> None:
        column = self.campaign.mapping.send_at
        if not column or column not in self.campaign.contacts.columns:
            return
        cells, i = self.campaign.contacts.rows[row - 1], self.campaign.contacts.columns.index(column)
        value = cells[i].strip() if i < len(cells) else ""
        if value and parse_when(value) is None:
            self._add("error", row, column, send_at_error(value, row=row, column=column))

    def _addresses(self, row: int, field: str, value: str) -> tuple[Address, ...] | None:
        """The field's addresses, or None after recording why they are not valid. A field that is the same on
        every row is checked once and reported without a row number."""
        constant = self._is_constant(field)
        if constant and field in self.constant_results:
            return self.constant_results[field]
        where = None if constant else row
        result: tuple[Address, ...] | None
        try:
            if field == "From":
                result = (parse_address(value, field=field, row=where),)
            else:
                result = parse_address_list(value, field=field, row=where)
        except MailMergeError as exc:
            self._add("error", where, self._column(field), exc)
            result = None
        if constant:
            self.constant_results[field] = result
        return result

    def _is_constant(self, field: str) -> bool:
        return field in self.constant_fields

    def _first_time(self, check: str) -> bool:
        """For a check of a field that is the same on every row: True only the first time, i.e. at the first row
        that rendered (row 1 may have failed to)."""
        if check in self.checked_once:
            return False
        self.checked_once.add(check)
        return True

    def _column(self, field: str) -> str | None:
        columns = self.columns.get(field, ())
        if len(columns) == 1:
            return columns[0]
        mapped = self.campaign.mapping.email
        return mapped if field == "To" and mapped in columns else None

    def _note_duplicate(self, row: int, address: Address) -> None:
        key = address.ascii_email.lower()
        first = self.first_row_of.setdefault(key, row)
        if first != row:
            self.findings.append(_finding(
                "warning", row, self._column("To"), "recipient.duplicate",
                "Row {row} has the same recipient {address} as row {first_row}. This person gets the message once, "
                "for row {first_row}, unless you choose one message per row when you send.",
                row=row, address=address.email, first_row=first,
            ))

    def _check_recipients(self, row: int, found: Mapping[str, tuple[Address, ...] | None]) -> None:
        """Warnings about who actually gets the message: several addresses in one cell, a name that looks like an
        address (only the address in <> gets the message), an address on the suppression list."""
        values = self.campaign.contacts.row_dict(row)
        for field in ("To", "Cc", "Bcc"):
            if self._is_constant(field):
                continue
            for column in self.columns[field]:
                cell = split_address_list(values.get(column, ""))
                if len(cell) > 1 and all("@" in piece for piece in cell):  # not a name such as "Lee, Ann"
                    self.findings.append(_row_finding(
                        "warning", row, column, "recipient.several_in_cell",
                        "{where}the {column} cell holds {count} addresses ({addresses}); each of them gets the "
                        "message. If only one is meant, keep only that one.",
                        column=column, count=len(cell), addresses="; ".join(cell),
                    ))
            for address in found[field] or ():
                self._check_recipient(row, field, address)

    def _check_recipient(self, row: int, field: str, address: Address) -> None:
        if "@" in address.display_name:
            self.findings.append(_row_finding(
                "warning", row, self._column(field), "recipient.name_like_address",
                "{where}the name {name!r} shown in {field} looks like an address, but only {address} gets the "
                "message. Check the name column if that is not what you meant.",
                name=address.display_name, field=said_field(field), address=address.email,
            ))
        why = self.suppressed(address.ascii_email) if self.suppressed is not None else None
        if why is None:
            return
        if field == "To":
            self.findings.append(_row_finding(
                "warning", row, self._column(field), "recipient.suppressed",
                "{where}{address} is on the suppression list ({why}), so this row will be skipped. Remove it from "
                "the list only if you know it works again.", field=said_field(field), address=address.email, why=why))
        else:
            self.findings.append(_row_finding(
                "warning", row, self._column(field), "recipient.suppressed",
                "{where}the {field} address {address} is on the suppression list ({why}); it is left out and the "
                "row still goes to the others.", field=said_field(field), address=address.email, why=why))

    def _check_subject(self, row: int, subject: str) -> None:
        if self._is_constant("Subject") and not self._first_time("Subject"):
            return
        where = None if self._is_constant("Subject") else row
        if "\r" in subject or "\n" in subject:
            self._add("error", where, self._column("Subject"), header_newline_error("Subject", where))
        elif not subject.strip():
            self.findings.append(_row_finding(
                "warning", where, self._column("Subject"), "message.empty_subject",
                "{where}The subject is empty; many people and spam filters ignore messages without one. Add a "
                "Subject: line to the template.",
            ))

    def _check_attachments(self, row: int, paths: tuple[Path, ...]) -> int:
        total = 0
        constant = self._is_constant("Attachment")
        for path in paths:
            if path not in self.file_sizes:  # a missing file is reported once, at the first row needing it
                self.file_sizes[path] = path.stat().st_size if path.is_file() else None
                if self.file_sizes[path] is None:
                    self.findings.append(_row_finding(
                        "error", None if constant else row, self._column("Attachment"), "attachment.missing",
                        "{where}The attachment {file} does not exist. Put the file there or correct its name in "
                        "the spreadsheet or template.", file=str(path),
                    ))
            total += self.file_sizes[path] or 0
        return total

    def _check_provider_attachment_limits(self, row: int, count: int, total_bytes: int) -> None:
        """Limits some API providers set on attachments (Tencent Cloud: 10 files, 4 MB together). Attachments
        named the same on every row are reported once, without a row number."""
        rules = self.rules
        constant = self._is_constant("Attachment")
        if constant and not self._first_time("Attachment limits"):
            return
        where = None if constant else row
        column = self._column("Attachment")
        if rules.max_attachments is not None and count > rules.max_attachments:
            self.findings.append(_row_finding(
                "error", where, column, "attachment.too_many",
                "{where}The message has {count} attachments; {provider} accepts at most {limit} per message. "
                "Put the files in a zip archive or share a link instead.",
                count=count, provider=rules.provider, limit=rules.max_attachments,
            ))
        if rules.max_attachment_bytes is not None and total_bytes > rules.max_attachment_bytes:
            self.findings.append(_row_finding(
                "error", where, column, "attachment.total_too_large",
                "{where}The attachments add up to {size_mb:.1f} MB; {provider} accepts at most {limit_mb:.0f} MB "
                "in total per message. Send large files as a link instead.",
                size_mb=total_bytes / 1024 / 1024, provider=rules.provider,
                limit_mb=rules.max_attachment_bytes / 1024 / 1024, size=total_bytes, limit=rules.max_attachment_bytes,
            ))

    def _check_size(self, row: int, rendered: RenderedMessage, attachment_bytes: int) -> None:
        body = len(rendered.text.encode()) + len((rendered.html or rendered.text).encode())
        estimate = _HEADER_OVERHEAD + body * 105 // 100 + attachment_bytes * 137 // 100  # QP and base64 growth
        limit = self.rules.max_message_bytes
        if estimate > limit:
            self.findings.append(_row_finding(
                "error", row, self._column("Attachment"), "message.too_large",
                "{where}the message would be about {size_mb:.1f} MB, more than the {limit_mb:.0f} MB most mail "
                "servers accept. Attach fewer or smaller files, or share a link instead.",
                size_mb=estimate / 1e6, limit_mb=limit / 1e6, size=estimate, limit=limit,
            ))

    def _add(self, severity: Literal["error", "warning"], row: int | None, column: str | None,
             exc: MailMergeError) -> None:
        self.findings.append(Finding(severity, row, column, exc.code, str(exc), exc.params, exc.problem.template))


def _finding(severity: Literal["error", "warning"], row: int | None, column: str | None, code: str, template: str,
             /, **params: object) -> Finding:
    return Finding(severity, row, column, code, template.format(**params), params, template)


def _row_finding(severity: Literal["error", "warning"], row: int | None, column: str | None, code: str,
                 template: str, /, **params: object) -> Finding:
    """A finding whose sentence starts with {where}: "Row 4: " for a row (a face that shows the row beside it
    leaves that out), nothing for the whole campaign."""
    return _finding(severity, row, column, code, template, where=ROW_PREFIX.format(row=row) if row else "", row=row,
                    **params)


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None

