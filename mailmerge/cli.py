"""`python -m mailmerge`: the scriptable face of the core. This parser is a contract (scripts rely on it):
extend it, never rename or drop a command, flag or exit code.

Exit codes: 0 success; 1 the command ran and found problems (check errors, rows failed); 2 unusable input or
settings (unreadable file, bad template, refused login, unreachable server); 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TextIO, cast

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNUSABLE = 2
EXIT_INTERRUPTED = 130


def _add_contacts_template(p: argparse.ArgumentParser) -> None:
    p.add_argument("contacts", help="spreadsheet: .xlsx .xlsm .xls .ods .csv .tsv .txt")
    p.add_argument("template", help="template file: headers, blank line, body (.md, .html or .txt)")
    p.add_argument("--sheet", help="sheet name (default: the first sheet that has data)")
    p.add_argument("--header-row", type=int, help="1-based sheet row holding the column names (default: detected)")
    p.add_argument("--encoding", help="text encoding of a CSV/TSV/TXT file, e.g. utf-8, cp949, gb18030, big5, "
                   "shift_jis, cp1252 (default: detected)")
    p.add_argument("--attachments-folder", action="append", default=[], metavar="DIR",
                   help="a folder attachment cells may name files in, besides the spreadsheet's and the template's "
                   "(repeatable)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mailmerge", description="Send one templated message to every row.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser("check", help="check every row before sending (exit 0 ok, 1 errors, 2 unusable)")
    _add_contacts_template(check)
    check.add_argument("--json", action="store_true", help="print findings as JSON")
    check.add_argument(
        "--account", help="check against this saved account's limits and From address (no password needed)"
    )

    preview = sub.add_parser("preview", help="print the exact message for one data row")
    _add_contacts_template(preview)
    preview.add_argument("--row", type=int, required=True, help="1-based data row number")
    preview.add_argument("--out", help="write the message to this .eml file instead of stdout")
    preview.add_argument("--account", help="as sent through this saved account (its From address; no password needed)")

    send = sub.add_parser("send", help="send to every row, recorded in a journal")
    _add_contacts_template(send)
    send.add_argument("--server", help="smtp://HOST:PORT (default: the account, else the built-in outbox)")
    send.add_argument("--security", choices=["none", "starttls", "tls"], help="connection security")
    send.add_argument("--user", help="login name (password from MAILMERGE_PASSWORD or the account's keyring)")
    send.add_argument("--account", help="a saved account (see `account list`)")
    send.add_argument("--journal", help="journal file (default: next to the spreadsheet, one per message and account)")
    send.add_argument("--resume", action="store_true", help="continue an interrupted run; never resends")
    send.add_argument(
        "--skip-invalid", action="store_true", help="leave out rows that `check` finds errors in and send the others"
    )
    send.add_argument(
        "--per-row", action="store_true", help="send to a duplicate address once per row (default: once per address)"
    )
    earlier = send.add_mutually_exclusive_group()
    earlier.add_argument(
        "--only-new", action="store_true",
        help="leave out people who already got another version of this message (other text or account)",
    )
    earlier.add_argument(
        "--everyone", action="store_true",
        help="send this version also to people who already got another version of it",
    )
    send.add_argument("--retry-failed", action="store_true", help="send again only rows that failed or are unknown")
    send.add_argument("--rows", help="with --retry-failed: only these data rows, e.g. 3,7-9")
    send.add_argument("--dry-run", action="store_true", help="build every message and report, send nothing")
    send.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    send.add_argument("--events-jsonl", help="append every engine event to this file, one JSON per line")
    send.add_argument("--connections", type=int, help="parallel connections, 1-16")
    send.add_argument("--rate", help="messages per second, e.g. 10/s")
    send.add_argument("--per-minute", type=int, help="at most N messages per minute")
    send.add_argument("--per-hour", type=int, help="at most N messages per hour")
    send.add_argument("--per-day", type=int, help="at most N messages per day")
    send.add_argument("--per-domain-hour", type=int, help="at most N messages per recipient domain per hour")
    send.add_argument("--per-recipient-hour", type=int, help="at most N messages to one address per hour")
    send.add_argument("--max-per-connection", type=int, help="reconnect after this many messages")
    send.add_argument("--insecure", action="store_true", help="do not verify the server's TLS certificate")
    send.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the server")
    send.add_argument("--at", help='start at this time, "YYYY-MM-DD HH:MM" (this computer\'s time); waits until then')
    send.add_argument("--late-after", type=int, default=60, metavar="MINUTES",
                      help="with a send-at column: skip rows more than this overdue (default 60)")

    report = sub.add_parser("report", help="write a report of a send run")
    report.add_argument("journal", help="journal file of the run")
    report.add_argument("--out", required=True, help="report.xlsx or report.csv")

    outbox = sub.add_parser("outbox", help="run the built-in capture outbox (stores .eml files, sends nothing)")
    outbox.add_argument("--dir", required=True, help="folder to store captured messages in")
    outbox.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    outbox.add_argument("--host", default="127.0.0.1", help="address to listen on")

    suppression = sub.add_parser("suppression", help="addresses never sent to (hard bounces, unsubscribes)")
    sup = suppression.add_subparsers(dest="suppression_command", required=True, metavar="ACTION")
    sup_list = sup.add_parser("list", help="show every address on the list and why")
    sup_list.add_argument("--json", action="store_true", help="print the list as JSON")
    sup_add = sup.add_parser("add", help="never send to these addresses (e.g. someone who unsubscribed)")
    sup_add.add_argument("addresses", nargs="+", metavar="ADDRESS")
    sup_add.add_argument("--reason", default="manual",
                         help="why: hard_bounce, unsubscribed, complaint, manual, blocked (default: manual)")
    sup_remove = sup.add_parser("remove", help="send to these addresses again (only if you know they work)")
    sup_remove.add_argument("addresses", nargs="+", metavar="ADDRESS")
    sup_import = sup.add_parser("import", help="add the addresses of a CSV file (address,reason,added,expires)")
    sup_import.add_argument("file", metavar="FILE")
    sup_export = sup.add_parser("export", help="write the whole list to a CSV file")
    sup_export.add_argument("file", metavar="FILE")

    replies = sub.add_parser("replies", help="read the account's inbox for bounces, unsubscribes and replies")
    replies.add_argument("--account", required=True, help="the saved account whose mailbox (IMAP) is read")
    replies.add_argument("--journal", help="the run's journal: rows get what came back (default: none, only the "
                         "suppression list is updated)")
    replies.add_argument("--since", help="read mail from this date on, YYYY-MM-DD (default: the run's start, or "
                         "30 days)")
    replies.add_argument("--json", action="store_true", help="print what was found as JSON")

    account = sub.add_parser("account", help="manage saved accounts (passwords live in the system keyring)")
    acc = account.add_subparsers(dest="account_command", required=True, metavar="ACTION")
    add = acc.add_parser("add", help="save an account")
    add.add_argument("name")
    add.add_argument("--preset", default="generic", help="provider preset (see `account presets`)")
    add.add_argument("--host")
    add.add_argument("--port", type=int)
    add.add_argument("--security", choices=["none", "starttls", "tls"])
    add.add_argument("--user", help="login name")
    add.add_argument("--from", dest="from_address", help="From address, e.g. 'Office <office@example.com>'")
    add.add_argument("--reply-to")
    add.add_argument("--region", help="API region (Amazon SES, Tencent Cloud SES)")
    add.add_argument("--connections", type=int)
    add.add_argument("--password-stdin", action="store_true", help="read the password/secret from stdin")
    add.add_argument(
        "--no-login", action="store_true", help="an SMTP relay that needs no login: no user, no password asked"
    )
    add.add_argument("--oauth-client-id", help="OAuth client ID for Google/Microsoft sign-in")
    add.add_argument(
        "--oauth-client-secret",
        help="OAuth client secret (Google desktop clients have one; or set MAILMERGE_OAUTH_CLIENT_SECRET); "
        "kept in the system keyring",
    )
    add.add_argument("--config-set", help="Amazon SES API: configuration set for event publishing")
    add.add_argument("--endpoint", "--endpoint-url", dest="endpoint", help="API address (tests, private endpoints)")
    add.add_argument("--template-id", help="Tencent Cloud SES API: approved template ID (without it: Simple mode)")
    add.add_argument("--unsubscribe", help="Tencent Cloud SES API: unsubscribe link language, 0 (none) to 12")
    add.add_argument("--trigger-type", help="Tencent Cloud SES API: 0 bulk mail, 1 triggered mail (codes, receipts)")
    add.add_argument("--unsubscribe-mailto", help="address people write to to unsubscribe (List-Unsubscribe)")
    add.add_argument("--unsubscribe-url", help="https page for one-click unsubscribe; each person's token is added")
    add.add_argument("--dkim-selector", help="DKIM selector of the sender domain (checked in DNS before sending)")
    add.add_argument("--imap-host", help="mailbox server read for bounces and replies (IMAP)")
    add.add_argument("--imap-port", type=int, help="IMAP port (default 993, or 143 without TLS)")
    add.add_argument("--imap-security", choices=["none", "starttls", "tls"], help="IMAP security (default tls)")
    add.add_argument("--imap-user", help="IMAP login name (default: the sending login)")
    add.add_argument("--keep-sent-copy", action="store_true", help="put a copy of each sent message in Sent (IMAP)")
    acc.add_parser("list", help="list saved accounts")
    acc.add_parser("presets", help="list provider presets and their limits")
    test = acc.add_parser("test", help="test DNS, TCP, TLS, EHLO and login, step by step")
    test.add_argument("name")
    remove = acc.add_parser("remove", help="delete an account and its stored password")
    remove.add_argument("name")
    return parser


class _OutputWithoutReader:
    """Standard output (or error) whose reader may stop reading (`mailmerge send … | head`): from then on the
    output goes nowhere and the command carries on. A send must not stop half-way because its progress lines lost their
    reader: 62 of 300 messages went, 4 rows were left unknown, and the exit status said all was well."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._reader_gone()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._reader_gone()

    def _reader_gone(self) -> None:
        os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())  # what is still buffered goes there too

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sys.stdout = cast(TextIO, _OutputWithoutReader(sys.stdout))
    sys.stderr = cast(TextIO, _OutputWithoutReader(sys.stderr))  # `… 2>&1 | head`
    import logging

    from mailmerge.base.errors import MailMergeError
    from mailmerge.base.logs import LOGGER_NAME, register_secret, setup_logging
    from mailmerge.commands.speech import say, speak

    setup_logging()
    register_secret(os.environ.get("MAILMERGE_PASSWORD"))
    log = logging.getLogger(f"{LOGGER_NAME}.cli")
    log.info("command %s started", args.command)
    handler = importlib.import_module(f"mailmerge.commands.{args.command}")
    try:
        code: int = handler.run(args)
        sys.stdout.flush()  # inside the try: a closed pipe surfaces here, not at interpreter exit
    except BrokenPipeError:
        # Binary output (`preview --eml`) whose reader went away: stop quietly, as command-line tools do; later
        # writes (the interpreter's final flush) go nowhere instead of printing a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        log.info("command %s: output closed by the reader", args.command)
        return EXIT_OK
    except MailMergeError as exc:
        # Unusable input and refused settings alike: one sentence, no traceback.
        log.warning("command %s stopped: [%s] %s", args.command, exc.code, exc)
        print(f"mailmerge: {speak(exc.problem)}", file=sys.stderr)  # in the system's language
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        log.info("command %s interrupted", args.command)
        print(say("mailmerge: interrupted; run the same command with --resume to continue."), file=sys.stderr)
        return EXIT_INTERRUPTED
    log.info("command %s finished with exit code %d", args.command, code)
    return code
