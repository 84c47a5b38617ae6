"""`mailmerge replies --account NAME [--journal PATH] [--since DATE] [--json]`: read the account's inbox for what
came back after a send (bounces, unsubscribes, out-of-office answers, replies), tie it to the run's rows, put hard
bounces and unsubscribes on the suppression list and record it all in the journal. Nothing in the mailbox changes.
Exit 0 done; 2 the mailbox could not be read (server, login) or a file or date is unusable."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from types import MappingProxyType

from mailmerge.accounts.profiles import get_account
from mailmerge.base.errors import Problem, UnusableInputError
from mailmerge.cli import EXIT_OK
from mailmerge.commands.speech import local_date, say, say_count, speak
from mailmerge.sending.journal import ResponseKind
from mailmerge.sending.replies import Match
from mailmerge.sending.reply_check import RepliesReport, check_replies
from mailmerge.sending.suppression import readable

# What came back, as each line says it and as the summary counts it ("3 bounced").
_WORDS = {
    ResponseKind.BOUNCED: Problem("replies.bounced", "bounced (address does not exist)"),
    ResponseKind.SOFT_BOUNCE: Problem("replies.soft_bounce", "not delivered for now"),
    ResponseKind.UNSUBSCRIBED: Problem("replies.unsubscribed", "unsubscribed"),
    ResponseKind.COMPLAINT: Problem("replies.complaint", "marked it as spam"),
    ResponseKind.AUTO_REPLY: Problem("replies.auto_reply", "automatic answer (e.g. out of office)"),
    ResponseKind.REPLIED: Problem("replies.replied", "replied"),
}
_COUNTED = {
    ResponseKind.BOUNCED: Problem("replies.count_bounced", "{count} bounced"),
    ResponseKind.SOFT_BOUNCE: Problem("replies.count_soft_bounce", "{count} not delivered for now"),
    ResponseKind.UNSUBSCRIBED: Problem("replies.count_unsubscribed", "{count} unsubscribed"),
    ResponseKind.COMPLAINT: Problem("replies.count_complaint", "{count} marked it as spam"),
    ResponseKind.AUTO_REPLY: Problem("replies.count_auto_reply", "{count} automatic answer"),
    ResponseKind.REPLIED: Problem("replies.count_replied", "{count} replied"),
}


def run(args: argparse.Namespace) -> int:
    account = get_account(args.account)
    since = _date(args.since) if args.since else None
    report = check_replies(account, Path(args.journal) if args.journal else None, since=since)
    if args.json:
        print(json.dumps(_as_json(report), ensure_ascii=False, indent=1))
        return EXIT_OK
    for found in sorted(report.matches, key=lambda m: (m.row or 0, m.address)):
        print(_line(found, report))
    print(_summary(report))
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UnusableInputError(
            "replies.bad_since", "--since {value!r} is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-01.",
            value=text,
        ) from None


def _line(found: Match, report: RepliesReport) -> str:
    kind = found.incoming.kind
    assert kind is not None
    code = f" {found.incoming.status}" if found.incoming.status else ""
    detail = f" ({found.incoming.detail})" if found.incoming.detail else ""  # the server's own words
    what = speak(_WORDS[kind]) + code + detail
    if found.address in report.suppressed:
        what = say("{what} - now on the suppression list", what=what)
    if found.row is not None:
        return say("row {row}, {address}: {what}", row=found.row, address=readable(found.address), what=what)
    return say("{address}: {what}", address=readable(found.address), what=what)


def _summary(report: RepliesReport) -> str:
    parts = [speak(Problem(p.code, p.template, MappingProxyType({"count": report.count(k)})))
             for k, p in _COUNTED.items() if report.count(k)]
    found = ", ".join(parts) if parts else say("nothing about this run")
    extra = []
    if report.unmatched:
        extra.append(say("{count} about our mail but without a row to tie them to", count=report.unmatched))
    if report.malformed:
        extra.append(say("{count} could not be read as messages", count=report.malformed))
    if report.limit_reached:
        extra.append(say("only the newest messages were read: use --since to look at a shorter time"))
    if extra:
        found = say("{found} ({extra})", found=found, extra="; ".join(extra))
    read = say_count(report.scanned, "Read {n} message since {since}", "Read {n} messages since {since}",
                     since=local_date(report.since))
    return say("{read}: {found}. {added} added to the suppression list.", read=read, found=found,
               added=len(report.suppressed))


def _as_json(report: RepliesReport) -> dict[str, object]:
    return {
        "since": report.since.isoformat(),
        "scanned": report.scanned,
        "unmatched": report.unmatched,
        "malformed": report.malformed,
        "limit_reached": report.limit_reached,
        "suppressed": report.suppressed,
        "responses": [
            {"row": m.row, "address": m.address, "kind": m.incoming.kind.value if m.incoming.kind else None,
             "status": m.incoming.status, "detail": m.incoming.detail, "received": m.incoming.received,
             "subject": m.incoming.subject}
            for m in report.matches
        ],
    }
