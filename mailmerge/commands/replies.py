"""`mailmerge replies --account NAME [--journal PATH] [--since DATE] [--json]`: read the account's inbox for what
came back after a send (bounces, unsubscribes, out-of-office answers, replies), tie it to the run's rows, put hard
bounces and unsubscribes on the suppression list and record it all in the journal. Nothing in the mailbox changes.
Exit 0 done; 2 the mailbox could not be read (server, login) or a file or date is unusable."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from mailmerge.accounts.profiles import get_account
from mailmerge.base.errors import UnusableInputError
from mailmerge.cli import EXIT_OK
from mailmerge.sending.journal import ResponseKind
from mailmerge.sending.replies import Match
from mailmerge.sending.reply_check import RepliesReport, check_replies
from mailmerge.sending.suppression import readable

_WORDS = {
    ResponseKind.BOUNCED: "bounced (address does not exist)",
    ResponseKind.SOFT_BOUNCE: "not delivered for now",
    ResponseKind.UNSUBSCRIBED: "unsubscribed",
    ResponseKind.COMPLAINT: "marked it as spam",
    ResponseKind.AUTO_REPLY: "automatic answer (e.g. out of office)",
    ResponseKind.REPLIED: "replied",
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
    where = f"row {found.row}, " if found.row is not None else ""
    code = f" {found.incoming.status}" if found.incoming.status else ""
    detail = f" ({found.incoming.detail})" if found.incoming.detail else ""
    listed = " - now on the suppression list" if found.address in report.suppressed else ""
    return f"{where}{readable(found.address)}: {_WORDS[kind]}{code}{detail}{listed}"


def _summary(report: RepliesReport) -> str:
    parts = [f"{report.count(k)} {_WORDS[k].split(' (')[0]}" for k in _WORDS if report.count(k)]
    found = ", ".join(parts) if parts else "nothing about this run"
    extra = []
    if report.unmatched:
        extra.append(f"{report.unmatched} about our mail but without a row to tie them to")
    if report.malformed:
        extra.append(f"{report.malformed} could not be read as messages")
    if report.limit_reached:
        extra.append("only the newest messages were read: use --since to look at a shorter time")
    tail = f" ({'; '.join(extra)})" if extra else ""
    return (f"Read {report.scanned} {'message' if report.scanned == 1 else 'messages'} since "
            f"{report.since:%Y-%m-%d}: {found}{tail}. {len(report.suppressed)} added to the suppression list.")


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
