"""Email addresses as people type them in a cell or a header line: parse, validate, normalise.

A cell may hold several addresses separated by `;` or `,` (commas inside "quoted names" or <angle brackets> do not
split), each optionally with a display name: `Kim Minsu <minsu@example.com>`, `"Lee, Ann" <ann@example.com>`.
Validation is syntax only (email-validator, no DNS lookups); internationalised domains are kept for display and
IDNA-encoded (punycode) for the envelope and the header.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email

from mailmerge.base.errors import MailMergeError, Problem
from mailmerge.base.wording import ROW_PREFIX

# An unquoted ASCII local part (RFC 5322 dot-atom): addresses of this shape only need their domain validated.
_PLAIN_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


@dataclass(frozen=True)
class Address:
    display_name: str  # "" when none was given
    email: str  # normalised, as people read it (Unicode domain)
    ascii_email: str  # for the SMTP envelope and the header: IDNA domain; local part as is
    needs_smtputf8: bool  # the local part itself is not ASCII: only servers offering SMTPUTF8 accept it

    @property
    def domain(self) -> str:
        return self.ascii_email.rpartition("@")[2]


def split_address_list(text: str) -> list[str]:
    """Split a cell on `;` and `,` outside quotes and angle brackets; blank pieces are dropped."""
    if ";" not in text and "," not in text:  # one address (most cells): nothing to split, no need to scan
        return [text.strip()] if text.strip() else []
    pieces: list[str] = []
    start = 0
    in_quotes = in_angle = escaped = False
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == "\\" and in_quotes:
            escaped = True
        elif ch == '"':
            in_quotes = not in_quotes
        elif ch == "<" and not in_quotes:
            in_angle = True
        elif ch == ">" and not in_quotes:
            in_angle = False
        elif ch in ";," and not in_quotes and not in_angle:
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


# Around each value filled into an address header (template.py), so the header can tell values from what the
# template's author typed: private-use characters no cell is expected to hold (and any it holds are removed).
VALUE_START, VALUE_END = "\ue000", "\ue001"


def protect_display_names(text: str) -> str:
    """An address header as filled in, values marked: a value in a display-name position (`{{ name }} <...>`)
    becomes part of one quoted display name whatever it holds (a comma, an @, quotes), so a name can never add a
    recipient; a value in an address position stays as it is. The markers are removed."""
    if VALUE_START not in text and VALUE_END not in text:
        return text
    pieces: list[str] = []
    start = 0
    for end, _ in (*_static_separators(text), (len(text), "")):
        pieces.append(_protect_piece(text[start:end]) + text[end : end + 1])
        start = end + 1
    return "".join(pieces)


def _static_separators(text: str) -> list[tuple[int, str]]:
    """Where the author's own `,` and `;` separate addresses: outside values, quotes and angle brackets."""
    found: list[tuple[int, str]] = []
    in_value = in_quotes = in_angle = False
    for i, ch in enumerate(text):
        if ch in (VALUE_START, VALUE_END):
            in_value = ch == VALUE_START
        elif in_value:
            continue
        elif ch == '"':
            in_quotes = not in_quotes
        elif ch == "<" and not in_quotes:
            in_angle = True
        elif ch == ">" and not in_quotes:
            in_angle = False
        elif ch in ",;" and not in_quotes and not in_angle:
            found.append((i, ch))
    return found


def _protect_piece(piece: str) -> str:
    angle = _static_angle(piece)
    if angle < 0 or VALUE_START not in piece[:angle]:
        return _unmarked(piece)
    name = piece[:angle].strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':  # the author quoted it: those quotes are replaced
        name = name[1:-1]
    name = " ".join(_unmarked(name).split())
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}" {_unmarked(piece[angle:]).strip()}'


def _static_angle(piece: str) -> int:
    """The position of the author's own `<` that starts the address, or -1."""
    found, in_value, in_quotes = -1, False, False
    for i, ch in enumerate(piece):
        if ch in (VALUE_START, VALUE_END):
            in_value = ch == VALUE_START
        elif not in_value and ch == '"':
            in_quotes = not in_quotes
        elif not in_value and not in_quotes and ch == "<":
            found = i
    return found


def _unmarked(text: str) -> str:
    return text.replace(VALUE_START, "").replace(VALUE_END, "")


def _unquote(name: str) -> str:
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return name.strip()


# Why an address is not valid, in our own plain words: email-validator explains in English only, and in terms of
# RFCs; its message is matched to one of these (the first pattern found in it, so "should have a period" is a
# domain's problem before any period is a dot's), keeping the bad address itself as the finding's `value`.
_REASONS: tuple[tuple[str, Problem], ...] = (
    ("at-sign (@) character instead|small commercial at", Problem(
        "address.odd_at_sign", "It has a look-alike of the @ sign (for example a full-width ＠); type a plain @.")),
    ("must have an @-sign", Problem("address.no_at_sign", "It has no @ sign; an address looks like name@example.com.")),
    ("something before the @-sign", Problem("address.nothing_before_at", "There is nothing before the @ sign.")),
    ("something after the @-sign", Problem("address.nothing_after_at", "There is nothing after the @ sign.")),
    ("too long|so many characters", Problem("address.too_long", "It is longer than an email address can be.")),
    ("should have a period|not within a valid top-level domain", Problem(
        "address.incomplete_domain", "The part after the @ sign is not a complete domain such as example.com.")),
    ("period|hyphen", Problem(
        "address.misplaced_dot",
        "It has a dot or a hyphen in a wrong place (at the start or end of a part, or two in a row).")),
    ("special-use or reserved", Problem(
        "address.reserved_domain", "Its domain is reserved for examples and tests; no mail can be delivered there.")),
    ("", Problem(
        "address.bad_characters",
        "It contains characters an address cannot have, such as a space, a comma, quotes or a second @.")),
)
_UNPAIRED_BRACKETS = Problem("address.unpaired_brackets", "Its angle brackets < > are not paired.")
_EMPTY_BRACKETS = Problem("address.empty_brackets",
                          "There is no address between the angle brackets < >; fill in the address.")
_BAD_CHARACTERS = _REASONS[-1][1]


def reason_of(exc: EmailNotValidError) -> Problem:
    """email-validator's reason as one of ours (a code and a plain sentence a face translates)."""
    return next(problem for pattern, problem in _REASONS if re.search(pattern, str(exc)))


@functools.lru_cache(maxsize=65536)
def _parse_one(text: str) -> Address | Problem:
    """One address with optional display name -> Address, or the reason it is not valid (cached: preflight
    checks the same From/Cc values on every row)."""
    name, addr = "", text.strip()
    if addr.endswith(">") and "<" in addr:
        lt = addr.rindex("<")
        name, addr = _unquote(addr[:lt]), addr[lt + 1 : -1].strip()
    elif "<" in addr or ">" in addr:
        return _UNPAIRED_BRACKETS
    if not addr:  # "Kim <>": the name was filled in, the address cell was empty
        return _EMPTY_BRACKETS
    if addr.lower().startswith("mailto:"):
        addr = addr[len("mailto:") :]
    local, _, domain = addr.rpartition("@")
    if _PLAIN_LOCAL_PART.fullmatch(local) and len(local) <= 64:  # the common case: skip re-checking the domain
        checked = _check_domain(domain)
        if isinstance(checked, Problem):
            return checked
        if len(local) + 1 + len(checked[1]) <= 254:
            return Address(name, f"{local}@{checked[0]}", f"{local}@{checked[1]}", needs_smtputf8=False)
    try:
        valid = validate_email(addr, check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        reason = reason_of(exc)
        # An @ inside quotes or after a stray quote is not seen as the @: the quote is the thing to fix.
        return _BAD_CHARACTERS if reason.code == "address.no_at_sign" and "@" in addr else reason
    ascii_email = f"{valid.local_part}@{valid.ascii_domain}"
    return Address(name, valid.normalized, ascii_email, needs_smtputf8=not valid.local_part.isascii())


@functools.lru_cache(maxsize=4096)
def _check_domain(domain: str) -> tuple[str, str] | Problem:
    """(domain for people, IDNA domain) or the reason it is not valid; validated once per distinct domain
    (email-validator's IDNA checks are the costly part, and most rows share a handful of domains)."""
    try:
        valid = validate_email(f"x@{domain}", check_deliverability=False)
    except EmailNotValidError as exc:
        return reason_of(exc)
    return valid.domain, valid.ascii_domain


def parse_address(text: str, *, field: str, row: int | None = None) -> Address:
    """Exactly one address (From:). Raises MailMergeError `address.invalid` / `address.missing`."""
    found = parse_address_list(text, field=field, row=row)
    if not found:
        raise missing_address_error(field, row)
    if len(found) > 1:
        raise MailMergeError(
            "address.too_many",
            "{where}{field} must hold exactly one address but holds {count}: {value!r}. Keep only one.",
            where=_where(row),
            row=row,
            field=said_field(field),
            count=len(found),
            value=text,
        )
    return found[0]


# The header fields a sentence names, said as the Message step labels them in each language (받는 사람, 收件人,
# Kepada); the English name is what formatting the problem as it is gives (and what --json shows).
_FIELD_NAMES: dict[str, Problem] = {
    "From": Problem("field.from", "From"),
    "To": Problem("field.to", "To"),
    "Cc": Problem("field.cc", "Cc"),
    "Bcc": Problem("field.bcc", "Bcc"),
    "Reply-To": Problem("field.reply_to", "Reply-To"),
    "Address": Problem("field.address", "Address"),
    "Unsubscribe address": Problem("field.unsubscribe_address", "Unsubscribe address"),
}


def said_field(field: str) -> object:
    """The field as a parameter of a sentence: a header each face names in its language, any other name as it is."""
    return _FIELD_NAMES.get(field, field)


def parse_address_list(text: str, *, field: str, row: int | None = None) -> tuple[Address, ...]:
    """Every address in a cell or header value (may be empty). Raises MailMergeError `address.invalid` naming
    the field, the row and the reason; `message.header_newline` if the value spans several lines."""
    if "\r" in text or "\n" in text:
        raise header_newline_error(field, row)
    result: list[Address] = []
    for piece in split_address_list(text):
        parsed = _parse_one(piece)
        if isinstance(parsed, Problem):
            raise MailMergeError(
                "address.invalid",
                "{where}{field} address {value!r} is not valid: {reason} Correct it in the spreadsheet or template.",
                where=_where(row),
                row=row,
                field=said_field(field),
                value=piece[piece.rfind("<") + 1 : -1] if piece.endswith(">") else piece,
                reason=parsed,
                reason_code=parsed.code,
            )
        result.append(parsed)
    return tuple(result)


def header_newline_error(field: str, row: int | None) -> MailMergeError:
    return MailMergeError(
        "message.header_newline",
        "{where}{field} contains a line break, which a header line cannot hold. "
        "Remove the line break from the cell or template (separate several addresses with ; instead).",
        where=_where(row),
        row=row,
        field=said_field(field),
    )


def missing_address_error(field: str, row: int | None) -> MailMergeError:
    return MailMergeError(
        "address.missing",
        "{where}{field} is empty. Fill in an address in the spreadsheet or template.",
        where=_where(row),
        row=row,
        field=said_field(field),
    )


def require_addresses(addresses: tuple[Address, ...], *, field: str, row: int | None) -> tuple[Address, ...]:
    if not addresses:
        raise missing_address_error(field, row)
    return addresses


def _where(row: int | None) -> str:
    return ROW_PREFIX.format(row=row) if row is not None else ""
