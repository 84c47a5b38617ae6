"""What came back after a send: bounces (delivery status notifications), unsubscribe mails, out-of-office answers
and real replies, read from the account's inbox and matched to the rows of a run.

Classifying one message:
- a DSN (RFC 3464, multipart/report; report-type=delivery-status: Postfix, Gmail, Exchange/Outlook, modern Exim)
  gives per recipient the Action, the Status (5.1.1) and the diagnostic, and carries the original message or its
  headers, whose Message-ID names our row;
- a bounce in the older free-text forms (classic Exim "Mail delivery failed", qmail "failure notice", ...) is
  known by its sender (MAILER-DAEMON, postmaster) or subject, and read for the failed address, a status code and
  the Message-ID of the copy it quotes;
- a spam complaint from a provider's feedback loop (ARF, RFC 5965: multipart/report; report-type=feedback-report)
  names the recipient and quotes the original: the address goes on the suppression list as `complaint`;
- an unsubscribe mail carries a person's token (compose/unsubscribe.py) or says just "unsubscribe";
- an automatic answer says so in Auto-Submitted (RFC 3834) or the headers Exchange and others use, or in the
  usual subject words (en/ko/zh);
- anything else that answers one of our Message-IDs (In-Reply-To, References) is a reply.

Hard or soft: a permanent failure of the address itself (5.1.x: no such user or domain, 5.2.1 mailbox disabled,
5.4.4 unroutable, 5.0.0 unspecified) is a hard bounce and goes on the suppression list; a full mailbox (5.2.2), a
policy or spam refusal (5.7.x), anything temporary (4.x.x, "delayed") is soft: noted, the address stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from mailmerge.compose.unsubscribe import TOKEN_RE, Tokens
from mailmerge.sending.journal import Response, ResponseKind

_ID = re.compile(r"<([^<>\s]+@[^<>\s]+)>")
_STATUS = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_SMTP_CODE = re.compile(r"\b([45][0-5]\d)[ -]")
_ADDRESS = re.compile(r"<?([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)>?")
# Our Message-IDs (compose/message.py): 24 hex digits of the process token, then a hex counter.
OUR_ID = re.compile(r"^[0-9a-f]{25,}@", re.I)
_BOUNCE_SENDERS = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.I)
_BOUNCE_SUBJECTS = re.compile(
    r"undeliver|delivery status notification|mail delivery (failed|failure|system)|returned mail|failure notice|"
    r"delivery (has )?failed|could not be delivered|non[- ]?delivery|退信|投递失败|发送失败|반송|전송 실패|배달 실패",
    re.I)
_AUTO_SUBJECTS = re.compile(
    r"^(out of (the )?office|automatic reply|auto(matic)?[- ]?(reply|response)|autoreply|auto:|vacation|"
    r"자동 ?(회신|응답)|부재중|自动回复|自動回覆|自动答复|休假)", re.I)
_UNSUBSCRIBE_WORDS = re.compile(r"^\s*(unsubscribe|remove me|수신 ?거부|구독 ?취소|退订|取消订阅)\b", re.I)
_HARD_STATUSES = ("5.1.", "5.2.1", "5.4.4", "5.0.0")
_DETAIL_LIMIT = 300


@dataclass(frozen=True)
class Incoming:
    """One inbox message, classified; `kind` None: nothing about our mail (a newsletter, a colleague's note)."""

    kind: ResponseKind | None
    recipients: tuple[str, ...] = ()  # bounced addresses (DSN), or the sender of a reply / unsubscribe
    status: str = ""  # e.g. 5.1.1
    detail: str = ""  # the server's words, cleaned
    referenced: frozenset[str] = frozenset()  # Message-IDs it answers or quotes
    tokens: frozenset[str] = frozenset()  # unsubscribe tokens it carries
    message_id: str = ""
    received: str = ""  # ISO date-time
    subject: str = ""


@dataclass(frozen=True)
class SentRow:
    row: int
    address: str  # as sent (ASCII form)
    message_id: str


@dataclass(frozen=True)
class Match:
    """A classified message tied to a row of the run (row None: ours, but the run's journal was not given)."""

    incoming: Incoming
    row: int | None
    address: str

    def response(self) -> Response:
        i, kind = self.incoming, self.incoming.kind
        assert self.row is not None and kind is not None, "only matched messages about a row are recorded"
        return Response(self.row, kind, i.status, i.detail, i.received, i.message_id)


@dataclass
class Matched:
    matches: list[Match] = field(default_factory=list)
    unmatched: int = 0  # about mail of ours, but no row could be named (e.g. a bounce without the original)
    ignored: int = 0  # not about our mail at all
    malformed: int = 0  # could not be read as a message


def classify(data: bytes) -> Incoming | None:
    """What one raw inbox message is; None when it cannot be read as a message at all."""
    try:
        return _classify(data)
    except Exception:  # the parser's failures on hostile input are many; one bad mail must not stop the rest
        return None


def _classify(data: bytes) -> Incoming:
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    subject = _clean(str(message.get("Subject", "")))
    sender = parseaddr(str(message.get("From", "")))[1].lower()
    base = Incoming(None, message_id=_first_id(str(message.get("Message-ID", ""))), received=_received(message),
                    subject=subject)
    referenced = frozenset(_ID.findall(f"{message.get('In-Reply-To', '')} {message.get('References', '')}"))
    if _is_dsn(message):
        return _from_dsn(message, base)
    if _is_complaint(message):
        return _from_complaint(message, base)
    if _BOUNCE_SENDERS.match(sender) or (_BOUNCE_SUBJECTS.search(subject) and _looks_automatic(message, sender)):
        return _from_text_bounce(message, base)
    tokens = frozenset(t.lower() for t in TOKEN_RE.findall(f"{subject} {message.get('To', '')} {_text(message)}"))
    if tokens or _UNSUBSCRIBE_WORDS.match(_strip_re(subject)):
        return replace(base, kind=ResponseKind.UNSUBSCRIBED, recipients=(sender,), referenced=referenced,
                       tokens=tokens)
    if _is_auto_reply(message, subject):
        return replace(base, kind=ResponseKind.AUTO_REPLY, recipients=(sender,), referenced=referenced)
    if referenced:
        return replace(base, kind=ResponseKind.REPLIED, recipients=(sender,), referenced=referenced)
    return base


def match(incoming: Iterable[Incoming], sent: Sequence[SentRow], tokens: Tokens | None) -> Matched:
    """Tie each classified message to the row it is about: by Message-ID, by unsubscribe token, or (for a bounce
    that quotes no original) by the bounced address. Without rows (no journal), only messages about mail of ours
    (our Message-ID shape, or a token) count."""
    by_id = {r.message_id.lower(): r for r in sent if r.message_id}
    by_address = {r.address.lower(): r for r in sent}
    by_token = {tokens.token(r.address): r for r in sent} if tokens is not None else {}
    result = Matched()
    for item in incoming:
        if item.kind is None:
            result.ignored += 1
            continue
        rows = [by_id[i.lower()] for i in item.referenced if i.lower() in by_id]
        rows += [by_token[t] for t in item.tokens if t in by_token]
        if item.kind in (ResponseKind.BOUNCED, ResponseKind.SOFT_BOUNCE) and (not rows or len(item.recipients) > 1):
            rows += [by_address[a.lower()] for a in item.recipients if a.lower() in by_address]
        if rows:
            for row in dict.fromkeys(rows):
                result.matches.append(Match(item, row.row, _address_for(item, row)))
        elif _ours(item):
            if item.kind in (ResponseKind.BOUNCED, ResponseKind.UNSUBSCRIBED, ResponseKind.COMPLAINT):
                result.matches.extend(Match(item, None, a) for a in item.recipients)
            else:
                result.unmatched += 1
        else:
            result.ignored += 1
    return result


def _address_for(item: Incoming, row: SentRow) -> str:
    if item.kind in (ResponseKind.BOUNCED, ResponseKind.SOFT_BOUNCE):
        lowered = [a.lower() for a in item.recipients]
        return row.address if row.address.lower() in lowered or not lowered else lowered[0]
    return row.address  # an unsubscribe or reply may come from another address of the same person


def _ours(item: Incoming) -> bool:
    return bool(item.tokens) or any(OUR_ID.match(i) for i in item.referenced)


# ---------------------------------------------------------------------------------------------------- DSN
def _is_dsn(message: EmailMessage) -> bool:
    return (message.get_content_type() == "multipart/report"
            and str(message.get_param("report-type", "")).lower() == "delivery-status")


def _from_dsn(message: EmailMessage, base: Incoming) -> Incoming:
    recipients: list[str] = []
    statuses: list[str] = []
    details: list[str] = []
    actions: list[str] = []
    referenced: set[str] = set()
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            for block in _status_blocks(part):
                action = str(block.get("Action", "")).strip().lower()
                if not action:
                    continue  # the per-message block (Reporting-MTA, Arrival-Date)
                actions.append(action)
                address = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
                recipients.append(address.partition(";")[2].strip().strip("<>") or address.strip())
                statuses.append(str(block.get("Status", "")).strip())
                details.append(_clean(str(block.get("Diagnostic-Code", "")).partition(";")[2] or ""))
        elif kind in ("message/rfc822", "message/global", "text/rfc822-headers"):
            referenced.update(_original_ids(part))
    failed = [i for i, a in enumerate(actions) if a == "failed"] or list(range(len(actions)))
    status = next((statuses[i] for i in failed if statuses[i]), "")
    hard = any(actions[i] == "failed" and _is_hard(statuses[i]) for i in failed)
    if not actions:  # a report without per-recipient blocks: read it like a free-text bounce
        return _from_text_bounce(message, base)
    chosen = [recipients[i] for i in failed if recipients[i]]
    return replace(base, kind=ResponseKind.BOUNCED if hard else ResponseKind.SOFT_BOUNCE, recipients=tuple(chosen),
                   status=status, detail=next((details[i] for i in failed if details[i]), ""),
                   referenced=frozenset(referenced))


def _status_blocks(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    # some servers send the status as plain text the parser did not split: read its header blocks ourselves
    text = part.get_payload(decode=True)
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(payload)
    return [message_from_bytes(b.encode("utf-8"), policy=policy.default) for b in re.split(r"\r?\n\r?\n", raw)]


def _original_ids(part: Message) -> set[str]:
    if part.get_content_type() == "text/rfc822-headers":
        data = part.get_payload(decode=True)
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else str(part.get_payload())
        return set(_ID.findall(_header_value(text, "Message-ID")))
    inner = part.get_payload()
    messages = inner if isinstance(inner, list) else []
    return {i for m in messages if isinstance(m, Message) for i in _ID.findall(str(m.get("Message-ID", "")))}


def _header_value(text: str, name: str) -> str:
    found = re.search(rf"^{name}:[ \t]*(.*(?:\r?\n[ \t].*)*)", text, re.I | re.M)
    return found[1] if found else ""


def _is_hard(status: str) -> bool:
    return status.startswith(_HARD_STATUSES)


# ------------------------------------------------------------------------------------------ complaints
def _is_complaint(message: EmailMessage) -> bool:
    """A spam complaint forwarded by a mailbox provider's feedback loop (ARF, RFC 5965)."""
    return (message.get_content_type() == "multipart/report"
            and str(message.get_param("report-type", "")).lower() == "feedback-report")


def _from_complaint(message: EmailMessage, base: Incoming) -> Incoming:
    recipients: list[str] = []
    referenced: set[str] = set()
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/feedback-report":
            for block in _status_blocks(part):
                found = str(block.get("Original-Rcpt-To", "")).strip().strip("<>")
                if found:
                    recipients.append(found.lower())
        elif kind in ("message/rfc822", "text/rfc822-headers"):
            referenced.update(_original_ids(part))
            inner = part.get_payload()
            for original in inner if isinstance(inner, list) else []:
                if not recipients and isinstance(original, Message):
                    recipients += [a.lower() for _, a in getaddresses([str(original.get("To", ""))]) if a]
    return replace(base, kind=ResponseKind.COMPLAINT, recipients=tuple(dict.fromkeys(recipients)),
                   referenced=frozenset(referenced), detail="marked as spam")


# -------------------------------------------------------------------------------------------- text bounces
def _from_text_bounce(message: EmailMessage, base: Incoming) -> Incoming:
    text = _text(message)
    quoted = _quoted_original(text)
    head = text[: len(text) - len(quoted)] if quoted else text
    referenced = set(_ID.findall(_header_value(quoted, "Message-ID"))) if quoted else set()
    for part in message.walk():
        if part.get_content_type() in ("message/rfc822", "text/rfc822-headers"):
            referenced.update(_original_ids(part))
    sender = parseaddr(str(message.get("From", "")))[1].lower()
    own = {sender, *(a.lower() for _, a in getaddresses([str(message.get("To", ""))]))}
    listed = (a.lower() for a in _ADDRESS.findall(_failed_section(head)))
    recipients = tuple(dict.fromkeys(a for a in listed if a not in own))
    status_match = _STATUS.search(head)
    status = ".".join(status_match.groups()) if status_match else ""
    code = _SMTP_CODE.search(head)
    temporary = (status.startswith("4") or (not status and code is not None and code[1].startswith("4"))
                 or re.search(r"delay|temporar|will (keep )?(be )?tr(y|ied)|retry", head, re.I) is not None)
    if not status and code is not None:
        status = "5.0.0" if code[1].startswith("5") else "4.0.0"
    hard = not temporary and (_is_hard(status) or (not status and "permanent" in head.lower()))
    detail = _detail_line(head)
    return replace(base, kind=ResponseKind.BOUNCED if hard else ResponseKind.SOFT_BOUNCE, recipients=recipients,
                   status=status, detail=detail, referenced=frozenset(referenced))


def _quoted_original(text: str) -> str:
    """The copy of the original a text bounce quotes (from its marker line), or ''."""
    found = re.search(r"^-{2,}.*(copy of the message|original message|below this line|undelivered message).*$",
                      text, re.I | re.M)
    return text[found.end():] if found else ""


def _failed_section(head: str) -> str:
    """The part of a bounce that lists the failed addresses (Exim: after "failed:"; qmail: "<addr>:")."""
    found = re.search(r"(address(es)?\(?e?s?\)? failed:|following (recipients?|addresses?)[^\n]*:|"
                      r"could not be delivered to[^\n]*:?)", head, re.I)
    return head[found.end():] if found else head


def _detail_line(head: str) -> str:
    for line in head.splitlines():
        if _STATUS.search(line) or _SMTP_CODE.search(line + " "):
            return _clean(line)
    return ""


# ---------------------------------------------------------------------------------------------- helpers
def _looks_automatic(message: EmailMessage, sender: str) -> bool:
    auto = str(message.get("Auto-Submitted", "")).strip().lower()
    return (auto not in ("", "no")) or sender.startswith(("mailer-daemon", "postmaster")) or not sender


def _is_auto_reply(message: EmailMessage, subject: str) -> bool:
    auto = str(message.get("Auto-Submitted", "")).strip().lower()
    if auto and auto != "no":
        return True
    if any(message.get(h) for h in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress")) and \
            _AUTO_SUBJECTS.match(_strip_re(subject)):
        return True
    if str(message.get("Precedence", "")).strip().lower() == "auto_reply" or message.get("X-Autoreply"):
        return True
    return _AUTO_SUBJECTS.match(_strip_re(subject)) is not None


def _strip_re(subject: str) -> str:
    return re.sub(r"^((re|aw|fw|fwd|답장|回复|回覆)\s*[:：]\s*)+", "", subject.strip(), flags=re.I)


def _text(message: EmailMessage) -> str:
    """The readable text of a message (all text/plain parts, else the HTML's), decoded with replacement."""
    pieces = []
    for part in message.walk():
        if part.get_content_type() in ("text/plain", "text/html") and not part.is_attachment():
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                pieces.append(data.decode(part.get_content_charset() or "utf-8", "replace"))
    return "\n".join(pieces)


def _first_id(value: str) -> str:
    found = _ID.search(value)
    return found[1] if found else value.strip()


def _received(message: EmailMessage) -> str:
    try:
        when = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError):
        when = None
    when = when or datetime.now(UTC)
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC).isoformat(timespec="seconds")


def _clean(text: str) -> str:
    """Untrusted text from a server or a sender: one line, printable, bounded."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())[:_DETAIL_LIMIT]
