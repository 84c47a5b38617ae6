"""`mailmerge send CONTACTS TEMPLATE`: check every row, ask, send through the engine, record everything in the
journal. Exit 0 all sent; 1 some rows failed, are unknown or were skipped; 2 unusable input or the run was stopped
by the provider (login, unverified sender...); 130 interrupted (the journal lets --resume continue).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import math
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING, TextIO
from urllib.parse import unquote, urlsplit

from mailmerge.base.errors import MailMergeError, Problem, UnusableInputError, literal, make_problem
from mailmerge.base.events import Event, Progress, QuotaWait, RowFailed, RowSkipped, RowUnknown, RunStopped, Throttled
from mailmerge.base.logs import register_secret
from mailmerge.base.text import printable
from mailmerge.base.wording import word
from mailmerge.cli import EXIT_INTERRUPTED, EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE
from mailmerge.commands.campaign_args import campaign_from_args
from mailmerge.commands.check import format_finding
from mailmerge.commands.speech import local_date, say, say_count, speak
from mailmerge.compose.campaign import Campaign
from mailmerge.compose.campaign_file import CampaignDocument
from mailmerge.compose.preflight import Finding
from mailmerge.compose.send_at import parse_when, scheduled_time
from mailmerge.compose.unsubscribe import NO_UNSUBSCRIBE, UnsubscribeOptions, unsubscribe_options
from mailmerge.sending.engine import Engine, Limits
from mailmerge.sending.journal import TO_SEND, Journal, RowStatus
from mailmerge.sending.plan import PlanOptions, Reason, SendPlan, left_out_problem
from mailmerge.sending.runs import OUTBOX_REF, AccountRef, account_ref, server_ref
from mailmerge.sending.suppression import SuppressionList
from mailmerge.sending.workspace import prepare_run
from mailmerge.sheets.mapping import MAPPING_ROLES
from mailmerge.transports.base import TransportFactory
from mailmerge.transports.presets import DEFAULT_RULES, TransportRules

if TYPE_CHECKING:
    from mailmerge.accounts.profiles import DayBudget
    from mailmerge.transports.smtp import Security

_DEFAULT_PORT_SECURITY: dict[int, Security] = {465: "tls", 587: "starttls"}
# --rate: one message an hour at the slowest (slower is --per-day's job), and far more than any server takes.
_MIN_RATE, _MAX_RATE = 0.001, 1000.0
# --rows: no spreadsheet has more data rows than a worksheet has rows.
_MAX_ROW = 1_048_576


@dataclasses.dataclass(frozen=True)
class Channel:
    """Where messages go: the transport factory, the provider's limits, a sentence for people, and clean-up;
    for a saved account also what one message may hold and how much of the provider's daily quota is left."""

    factory: TransportFactory
    limits: Limits
    description: str
    from_address: str | None
    close: Callable[[], None]
    via: AccountRef = OUTBOX_REF  # what the run's identity names: the outbox, an account or a server
    rules: TransportRules = DEFAULT_RULES
    day_budget: DayBudget | None = None
    unsubscribe: UnsubscribeOptions = NO_UNSUBSCRIBE
    after_run: Callable[[], tuple[Problem, ...]] = lambda: ()  # e.g. how many copies went to the Sent folder


def run(args: argparse.Namespace) -> int:
    if args.rows and not args.retry_failed:
        raise UnusableInputError("send.rows_without_retry", "--rows only works together with --retry-failed.")
    retry_rows = _parse_rows(args.rows) if args.rows else None
    if args.at:
        scheduled_time(args.at)  # a typo or a time already past is said now, not after the checks
    channel = _channel(args)
    try:
        campaign = campaign_from_args(args, default_from=channel.from_address or "", unsubscribe=channel.unsubscribe)
        if args.dry_run:
            if not _preflight_ok(campaign, channel.rules):
                return EXIT_PROBLEMS
            return _dry_run(campaign)
        return _send(args, campaign, channel, retry_rows)
    finally:
        channel.close()
        for notice in channel.after_run():
            print(speak(notice))


# --------------------------------------------------------------------------------------------------- choosing
def _channel(args: argparse.Namespace) -> Channel:
    limits_from_flags = _limits_from_flags(args)
    if args.server:
        if args.account:
            raise UnusableInputError("send.server_and_account", "Use either --server or --account, not both.")
        factory, description, via = _server_factory(args)
        return Channel(factory, limits_from_flags(Limits()), description, None, lambda: None, via=via)
    # The accounts module owns saved accounts and the built-in outbox (the default with no saved account).
    from mailmerge.accounts.profiles import resolve_transport

    resolved = resolve_transport(args.account)
    for warning in resolved.warnings:
        print(say("mailmerge: warning: {warning}", warning=speak(warning)), file=sys.stderr)
    limits = limits_from_flags(resolved.limits)  # --per-day is the user's own decision and replaces the quota's
    budget = resolved.day_budget
    if budget is not None:
        print(f"{resolved.description}: {speak(budget.problem())}")
    return Channel(
        resolved.factory,
        limits,
        resolved.description,
        resolved.from_address,
        resolved.close,
        via=account_ref(args.account),
        rules=resolved.rules,
        day_budget=budget,
        unsubscribe=unsubscribe_options(resolved.unsubscribe_mailto, resolved.unsubscribe_url),
        after_run=resolved.after_run,
    )


def _server_factory(args: argparse.Namespace) -> tuple[TransportFactory, str, AccountRef]:
    from mailmerge.transports.smtp import SmtpSettings, smtp_factory

    shown = re.sub(r"(?<=//)[^/@]*@", "", args.server)  # a login in the address is never repeated anywhere
    bad_server = UnusableInputError(
        "send.bad_server",
        "--server {server!r} is not a server address. Write it as smtp://HOST:PORT, e.g. smtp://mail.example.com:587.",
        server=shown,
    )
    try:
        url = urlsplit(args.server if "://" in args.server else f"smtp://{args.server}")
        hostname, port_given = url.hostname, url.port
    except ValueError as exc:  # "smtp://[::1", a port that is not a number or out of range
        raise bad_server from exc
    if url.scheme not in ("smtp", "smtps") or not hostname:
        raise bad_server
    if url.password is not None:
        register_secret(unquote(url.password))
        raise UnusableInputError(
            "send.password_in_server",
            "--server contains a password. Anyone on this computer can read a command line, so it is not used: "
            "remove it, give the login name with --user and the password in the MAILMERGE_PASSWORD environment "
            "variable (or save an account with `mailmerge account add`).",
        )
    user = args.user or (unquote(url.username) if url.username else None)
    port = port_given or (465 if url.scheme == "smtps" else 587)
    security: Security = args.security or (
        "tls" if url.scheme == "smtps" else _DEFAULT_PORT_SECURITY.get(port, "auto")
    )
    password = os.environ.get("MAILMERGE_PASSWORD") if user else None
    if user and not password:
        raise UnusableInputError(
            "send.no_password",
            "--user {user} needs a password: put it in the MAILMERGE_PASSWORD environment variable, or save an "
            "account (mailmerge account add) so it is kept in the system keyring.",
            user=user,
        )
    timeout = args.timeout
    if not (math.isfinite(timeout) and 0 < timeout <= 3600):
        raise UnusableInputError(
            "send.bad_timeout", "--timeout must be a number of seconds between 1 and 3600, not {value}.",
            value=timeout,
        )
    if user and security == "none":
        print(say("mailmerge: warning: --security none: the password is sent unencrypted; use this only for a relay "
                  "you trust on your own network."), file=sys.stderr)
    if args.insecure:
        print(say("mailmerge: warning: --insecure: the server's certificate is not checked, so another computer "
                  "could pretend to be the server and read the messages and the password."), file=sys.stderr)
    settings = SmtpSettings(
        host=hostname,
        port=port,
        security=security,
        username=user,
        password=password,
        verify_tls=not args.insecure,
        timeout_s=timeout,
    )
    shown_security = say("STARTTLS when offered") if security == "auto" else security
    server = f"{hostname}:{port} ({shown_security})"
    via = server_ref(hostname, port, user)
    return smtp_factory(settings), say("{server} as {user}", server=server, user=user) if user else server, via


def _limits_from_flags(args: argparse.Namespace) -> Callable[[Limits], Limits]:
    changes: dict[str, object] = {
        "connections": args.connections,
        "per_second": _parse_rate(args.rate) if args.rate else None,
        "per_minute": args.per_minute,
        "per_hour": args.per_hour,
        "per_day": args.per_day,
        "per_domain_hour": args.per_domain_hour,
        "per_recipient_hour": args.per_recipient_hour,
        "max_per_connection": args.max_per_connection,
    }
    if args.connections is not None and not 1 <= args.connections <= 16:
        raise UnusableInputError(
            "send.bad_connections", "--connections must be between 1 and 16, not {n}.", n=args.connections
        )
    for name in ("per_minute", "per_hour", "per_day", "per_domain_hour", "per_recipient_hour", "max_per_connection"):
        value = changes[name]
        if isinstance(value, int) and value < 1:
            flag = "--" + name.replace("_", "-")
            raise UnusableInputError(
                "send.bad_limit", "{flag} must be 1 or more, not {n}: it counts messages.", flag=flag, n=value
            )
    given = {name: value for name, value in changes.items() if value is not None}
    return lambda base: dataclasses.replace(base, **given)  # type: ignore[arg-type]


def _parse_rate(text: str) -> float:
    found = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*s)?\s*", text)
    if not found or not _MIN_RATE <= float(found[1]) <= _MAX_RATE:
        raise UnusableInputError(
            "send.bad_rate",
            "--rate {rate!r} is not a rate this program can keep. Write messages per second between "
            "{low} and {high}, e.g. 10/s (for slower sending use --per-hour or --per-day).",
            rate=text, low=_MIN_RATE, high=_MAX_RATE,
        )
    return float(found[1])


def _parse_rows(text: str) -> list[int]:
    rows: list[int] = []
    for part in text.split(","):
        found = re.fullmatch(r"\s*(\d{1,7})\s*(?:-\s*(\d{1,7})\s*)?", part)
        if (not found or int(found[1]) < 1 or (found[2] and int(found[2]) < int(found[1]))
                or int(found[2] or found[1]) > _MAX_ROW or len(rows) > _MAX_ROW):
            raise UnusableInputError(
                "send.bad_rows",
                "--rows {rows!r} is not a list of data rows. Write it like 3,7-9 (rows count from 1, up to "
                "{most}).",
                rows=text, most=_MAX_ROW,
            )
        rows.extend(range(int(found[1]), int(found[2] or found[1]) + 1))
    return rows


# --------------------------------------------------------------------------------------------------- before
def _preflight_ok(campaign: Campaign, rules: TransportRules) -> bool:
    from mailmerge.compose.preflight import check

    findings = check(campaign, rules=rules)
    errors = [f for f in findings if f.severity == "error"]
    for finding in errors:
        print(format_finding(finding), file=sys.stderr)
    if errors:
        print(say_count(len(errors), "mailmerge: nothing was sent: {n} problem must be fixed first (see above, or run "
                        "`mailmerge check` for warnings too).",
                        "mailmerge: nothing was sent: {n} problems must be fixed first (see above, or run "
                        "`mailmerge check` for warnings too)."), file=sys.stderr)
    return not errors


def _dry_run(campaign: Campaign) -> int:
    built = failed = size = 0
    for row, result in campaign.iter_messages():
        if isinstance(result, MailMergeError):
            failed += 1
            print(say("row {row}: {sentence}", row=row, sentence=speak(result.problem, row_shown=True)),
                  file=sys.stderr)
        else:
            built += 1
            size += len(result.data)
    print(say("Dry run: {built} built ({size:.1f} MB), {failed} could not be built; nothing sent.",
              built=say_count(built, "{n} message", "{n} messages"), size=size / 1e6,
              failed=say_count(failed, "{n} row", "{n} rows")))
    return EXIT_PROBLEMS if failed else EXIT_OK


def _confirm(args: argparse.Namespace, count: int, description: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UnusableInputError(
            "send.needs_yes",
            "Not sending {count} messages without confirmation: add --yes to send from a script.",
            count=count,
        )
    answer = input(say_count(count, "Send {n} message via {account}? [y/N] ", "Send {n} messages via {account}? [y/N] ",
                             account=description))
    # "y" always works (scripts and habits); the reader's own word for yes too ("예", "是", "ya").
    return answer.strip().lower() in ("y", "yes", say("yes").lower())


# --------------------------------------------------------------------------------------------------- sending
def _send(args: argparse.Namespace, campaign: Campaign, channel: Channel, retry_rows: list[int] | None) -> int:
    options = PlanOptions(
        skip_invalid=args.skip_invalid,
        one_per_address=not args.per_row,
        only_new=args.only_new or (args.resume and not args.everyone),  # continuing never re-sends anyone
        retry=args.retry_failed,
        retry_rows=retry_rows,
    )
    run = prepare_run(
        campaign, channel.via, options=options, face="command line", rules=channel.rules,
        journal=Path(args.journal) if args.journal else None, document=_document(args, campaign),
    )
    try:
        journal, plan = run.journal, run.plan
        if journal.recovered_unknown:
            print(say_count(
                len(journal.recovered_unknown),
                "mailmerge: {n} row was being sent when the last run stopped; it is marked unknown and will not be "
                "sent again (see the report; --retry-failed --rows to resend).",
                "mailmerge: {n} rows were being sent when the last run stopped; they are marked unknown and will not "
                "be sent again (see the report; --retry-failed --rows to resend)."), file=sys.stderr)
        _show_changed_sent_rows(journal, run.changed_rows)
        if args.retry_failed:
            _show_rows_not_retried(journal, retry_rows or [], list(plan.rows))
        elif run.started_before and not args.resume:
            raise UnusableInputError(
                "send.journal_exists",
                "An earlier run of this campaign is recorded in {path}. Add --resume to continue it (rows "
                "already sent are never sent again), or choose a new journal file with --journal.",
                path=str(run.path),
            )
        if plan.earlier is not None and not (options.only_new or args.everyone or args.retry_failed):
            raise UnusableInputError(
                "send.earlier_version",
                "{people} people on this sheet already got another version of this message (first on {when} "
                "through {account}). Add --only-new to send only to those who got none, or --everyone to send "
                "this version to everyone.",
                people=plan.earlier.people, when=f"{plan.earlier.first.when:%Y-%m-%d}",
                account=plan.earlier.first.account_label,
            )
        if not _plan_ok(plan, run.findings):
            return EXIT_PROBLEMS
        _print_left_out(plan)
        _print_literal_attachments(campaign)
        count = len(plan.rows)
        if count == 0:
            print(say("Nothing to send: every row of this campaign has been handled (see `mailmerge report`)."))
            return _exit_code(journal, None)
        _warn_over_budget(channel.day_budget, count)
        if not _confirm(args, count, channel.description):
            print(say("Nothing was sent."))
            return EXIT_OK
        run.commit_plan()
        if args.at:
            _wait_until(args.at)
        print(say_count(count, "Sending {n} message via {account}; journal: {path}",
                        "Sending {n} messages via {account}; journal: {path}",
                        account=channel.description, path=run.path))
        suppression = SuppressionList()
        try:
            engine = run.engine(channel.factory, channel.limits, suppression,
                                late_after=timedelta(minutes=args.late_after))
            stopped = asyncio.run(_drive(engine, args.events_jsonl))
        finally:
            suppression.close()
        return _exit_code(journal, stopped)
    finally:
        run.close()


def _document(args: argparse.Namespace, campaign: Campaign) -> CampaignDocument:
    """The campaign as the window would save it, kept in the journal so the window can reopen this run."""
    contacts, mapping = campaign.contacts, campaign.mapping
    return CampaignDocument(
        contacts_path=contacts.source,
        sheet=contacts.sheet,
        header_row=contacts.header_row,
        mapping={role: getattr(mapping, role) for role in MAPPING_ROLES},
        body_format=campaign.template.body_format,
        template_text=Path(args.template).read_text(encoding="utf-8"),
        account=args.account,
    )


def _plan_ok(plan: SendPlan, findings: list[Finding]) -> bool:
    """Problems not about one row stop everything; rows with errors stop the send unless --skip-invalid."""
    if plan.ready:
        return True
    invalid = set(plan.invalid_rows)
    errors = [f for f in findings if f.severity == "error" and (f.row is None or f.row in invalid)]
    for finding in errors:
        print(format_finding(finding), file=sys.stderr)
    if plan.blocking:
        print(say_count(len(errors), "mailmerge: nothing was sent: {n} problem must be fixed first (see above, or run "
                        "`mailmerge check` for warnings too).",
                        "mailmerge: nothing was sent: {n} problems must be fixed first (see above, or run "
                        "`mailmerge check` for warnings too)."), file=sys.stderr)
    else:
        print(say("mailmerge: nothing was sent: {problems} must be fixed first (see above, or run `mailmerge check` "
                  "for warnings too), or add --skip-invalid to send the other {others} and leave these {invalid} out.",
                  problems=say_count(len(errors), "{n} problem", "{n} problems"),
                  others=say_count(len(plan.rows), "{n} row", "{n} rows"), invalid=len(invalid)), file=sys.stderr)
    return False


def _left_out_part(reason: Reason, n: int) -> str:
    """How many rows the plan leaves out for `reason`, and the option that changes it, in the reader's language."""
    match reason:
        case Reason.ALREADY_SENT:
            return say_count(n, "{n} already sent in this run", "{n} already sent in this run")
        case Reason.EARLIER_RUN:
            return say_count(n, "{n} already got another version (--only-new)",
                             "{n} already got another version (--only-new)")
        case Reason.UNKNOWN:
            return say_count(n, "{n} may have arrived (unknown; --retry-failed --rows to resend)",
                             "{n} may have arrived (unknown; --retry-failed --rows to resend)")
        case Reason.FAILED:
            return say_count(n, "{n} failed before (--retry-failed to try again)",
                             "{n} failed before (--retry-failed to try again)")
        case Reason.EXCLUDED:
            return say_count(n, "{n} left out by you", "{n} left out by you")
        case Reason.INVALID:
            return say_count(n, "{n} has errors (--skip-invalid)", "{n} have errors (--skip-invalid)")
        case Reason.SUPPRESSED:
            return say_count(n, "{n} on the suppression list", "{n} on the suppression list")
        case Reason.DUPLICATE:
            return say_count(n, "{n} same address as an earlier row (--per-row sends each row)",
                             "{n} same address as an earlier row (--per-row sends each row)")
        case Reason.GONE:
            return say_count(n, "{n} no longer in the spreadsheet", "{n} no longer in the spreadsheet")


def _print_literal_attachments(campaign: Campaign) -> None:
    """Files typed in the template go to everyone, from wherever they are: say which, before asking."""
    files = campaign.literal_attachments()
    if files:
        print(say("Every message carries: {files}", files=", ".join(str(path) for path in files)))


def _print_left_out(plan: SendPlan) -> None:
    counts = plan.counts()
    if counts:
        parts = [_left_out_part(reason, n) for reason, n in sorted(counts.items(), key=lambda kv: -kv[1])]
        print(say("Left out of this send: {parts}.", parts="; ".join(parts)))
    for entry in plan.left_out_for(Reason.DUPLICATE)[:10]:
        print(word(make_problem("send.row_not_sent", "row {row}: not sent: {reason}", row=entry.row,
                                reason=left_out_problem(entry))), file=sys.stderr)


def _wait_until(text: str) -> None:
    """`--at`: wait, in this process, until the time comes (Ctrl+C cancels; nothing was sent)."""
    when = parse_when(text)
    assert when is not None, "checked by scheduled_time before"
    print(say("Waiting until {when} to send (leave this window open; Ctrl+C cancels).",
              when=f"{local_date(when)} {when:%H:%M}"), flush=True)
    while (left := (when - datetime.now().astimezone()).total_seconds()) > 0:
        time.sleep(min(left, 1.0))


def _warn_over_budget(budget: DayBudget | None, count: int) -> None:
    if budget is not None and count > budget.remaining:
        print(say(
            "mailmerge: warning: {count:,} messages to send but only {left:,} left in the provider's 24-hour quota: "
            "the run pauses when the quota is used up and continues by itself when there is room again (up to 24 "
            "hours later). Leave it running, or stop it and continue later with --resume.",
            count=count, left=budget.remaining), file=sys.stderr)


def _show_changed_sent_rows(journal: Journal, changed: list[int]) -> None:
    """Rows edited in the spreadsheet after their message went out are never sent again by themselves; say so,
    since the edit may have been a corrected address."""
    sent = sorted(set(changed) & set(journal.rows_with(RowStatus.SENT))) if changed else []
    if sent:
        print(say_count(
            len(sent),
            "mailmerge: row {rows} changed in the spreadsheet after the message was sent, so it is not sent again. "
            "If the person needs the corrected message, send that row with a new journal (--journal).",
            "mailmerge: rows {rows} changed in the spreadsheet after the message was sent, so they are not sent "
            "again. If someone needs the corrected message, send those rows with a new journal (--journal).",
            rows=_rows_text(sent)), file=sys.stderr)


def _show_rows_not_retried(journal: Journal, chosen: list[int], retried: list[int]) -> None:
    for row in sorted(set(chosen) - set(retried)):
        record = journal.record_of(row)
        if record is None:
            print(say("mailmerge: row {row} is not in this campaign; it is not sent.", row=row), file=sys.stderr)
        elif record.status is RowStatus.SENT:
            print(say("mailmerge: row {row} was sent already; it is not sent again.", row=row), file=sys.stderr)
        else:
            print(say("mailmerge: row {row} is {status}, not failed or unknown; it is not sent again.", row=row,
                      status=record.status.value), file=sys.stderr)


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:10])
    return say("{rows} and {more} more", rows=shown, more=len(rows) - 10) if len(rows) > 10 else shown


async def _drive(engine: Engine, events_path: str | None) -> RunStopped | None:
    """Run the engine, printing events; the first Ctrl-C lets messages in flight finish, the second quits."""
    loop = asyncio.get_running_loop()
    interrupts = 0

    def on_interrupt() -> None:
        nonlocal interrupts
        interrupts += 1
        if interrupts > 1:
            raise KeyboardInterrupt
        print("\n" + say("Stopping after the messages in flight (Ctrl-C again to quit now)..."), file=sys.stderr)
        engine.cancel()

    with _sigint(loop, on_interrupt), _event_log(events_path) as log:
        printer = _Printer(sys.stdout)
        stopped: RunStopped | None = None
        async for event in engine.run():
            if log is not None:
                log.write(json.dumps(event_to_json(event), ensure_ascii=False) + "\n")
                log.flush()
            printer.show(event)
            if isinstance(event, RunStopped):
                stopped = event
        return stopped


@contextmanager
def _sigint(loop: asyncio.AbstractEventLoop, handler: Callable[[], None]) -> Iterator[None]:
    """Ctrl-C and SIGTERM (a service manager, `kill`) both stop the run the same way."""
    signals = (signal.SIGINT, signal.SIGTERM)
    try:
        for signum in signals:
            loop.add_signal_handler(signum, handler)
    except (NotImplementedError, RuntimeError):  # Windows, or not the main thread: plain KeyboardInterrupt
        yield
        return
    try:
        yield
    finally:
        for signum in signals:
            loop.remove_signal_handler(signum)


@contextmanager
def _event_log(path: str | None) -> Iterator[IO[str] | None]:
    if path is None:
        yield None
        return
    try:
        # errors="replace": one event's odd text (a server's undecodable reply) must not end the run or the log.
        log = open(path, "a", encoding="utf-8", errors="replace")  # noqa: SIM115 - closed below, kept open
    except OSError as exc:
        raise UnusableInputError(
            "send.events_file", "Cannot write events to {path}: {error}.", path=path, error=exc.strerror
        ) from exc
    with log:
        yield log


def event_to_json(event: Event) -> dict[str, object]:
    """{"event": "RowSent", ...fields}: datetimes as ISO 8601, enums as their value."""
    # A stop's `problem` (its reason as code + parameters) is written only when there is one, so a finished run's
    # line stays as it always was.
    fields = {
        f.name: _plain(getattr(event, f.name))
        for f in dataclasses.fields(event)
        if not (f.name == "problem" and getattr(event, f.name) is None)
    }
    return {"event": type(event).__name__, **fields}


def _plain(value: object) -> object:
    if isinstance(value, Problem):
        return {"code": value.code, "params": {k: _plain(v) for k, v in value.params.items()}}
    if isinstance(value, tuple):  # a list of problems inside a problem (e.g. several Cc addresses left out)
        return [_plain(v) for v in value]
    if value is not None and not isinstance(value, str | int | float | bool | datetime | Enum):
        return str(value)  # a path or an error among a problem's parameters
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _exit_code(journal: Journal, stopped: RunStopped | None) -> int:
    if stopped is not None and stopped.reason_code in ("stop_run", "error"):
        return EXIT_UNUSABLE
    if stopped is not None and stopped.reason_code == "cancelled":
        return EXIT_INTERRUPTED
    counts = journal.counts()
    unfinished = sum(counts[s] for s in (RowStatus.FAILED, RowStatus.UNKNOWN, *TO_SEND))
    changed = journal.count(RowStatus.SKIPPED, "changed") + journal.count(RowStatus.SKIPPED, "late")
    return EXIT_PROBLEMS if unfinished or changed else EXIT_OK


class _Printer:
    """Plain-language console output: problems as they happen, progress now and then, the outcome at the end."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._last_shown = -1
        self._counts: Progress | None = None  # the engine reports its counts once more just before it finishes

    def show(self, event: Event) -> None:
        match event:
            case RowFailed(row=row, reason=reason, raw=raw, problem=problem):
                said = make_problem("send.server_said", " (server said: {raw})", raw=raw) if raw else ""
                self._line(word(make_problem("send.row_failed", "row {row}: failed: {reason}{said}", row=row,
                                             reason=problem or literal("", reason), said=said)))
            case RowUnknown(row=row, reason=reason, problem=problem):
                self._line(word(make_problem("send.row_unknown", "row {row}: unknown: {reason}", row=row,
                                             reason=problem or literal("", reason))))
            case RowSkipped(row=row, reason=reason, problem=problem):
                self._line(word(make_problem("send.row_skipped", "row {row}: skipped: {reason}", row=row,
                                             reason=problem or literal("", reason))))
            case Throttled(reason=reason, problem=problem) | QuotaWait(reason=reason, problem=problem):
                self._line(word(problem) if problem is not None else reason)
            case Progress(done=done, total=total, sent=sent, failed=failed, rate_per_s=rate, eta_s=eta):
                self._counts = event
                step = max(1, total // 10)
                if done != self._last_shown and (done // step != self._last_shown // step or done == total):
                    self._last_shown = done
                    self._line(say(
                        "{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s, about {eta:.0f} s left)"
                        if eta else "{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s)",
                        done=done, total=total, sent=sent, failed=failed, rate=rate, eta=eta))
            case RunStopped(reason_code="finished") if self._counts is not None:
                counts = self._counts
                self._line(say_count(counts.total, "Finished: {sent} sent, {failed} failed or unknown, of {n} row.",
                                     "Finished: {sent} sent, {failed} failed or unknown, of {n} rows.",
                                     sent=counts.sent, failed=counts.failed))
            case RunStopped(reason=reason, problem=problem):
                self._line(word(problem) if problem is not None else reason)

    def _line(self, text: str) -> None:
        # Reasons quote servers and files: no control character (an escape sequence) may reach the terminal.
        print(printable(text), file=self._out, flush=True)
