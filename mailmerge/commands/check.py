"""`mailmerge check CONTACTS TEMPLATE`: every problem before sending; exit 0 none, 1 errors found, 2 unusable."""

from __future__ import annotations

import argparse
import json

from mailmerge.base.errors import Problem
from mailmerge.cli import EXIT_OK, EXIT_PROBLEMS
from mailmerge.commands.campaign_args import campaign_from_args
from mailmerge.commands.speech import say, say_count, speak
from mailmerge.compose.preflight import Finding, check
from mailmerge.compose.unsubscribe import NO_UNSUBSCRIBE, account_unsubscribe
from mailmerge.sending.suppression import SuppressionList, why
from mailmerge.transports.presets import DEFAULT_RULES


def run(args: argparse.Namespace) -> int:
    rules, default_from, unsubscribe = DEFAULT_RULES, "", NO_UNSUBSCRIBE
    if args.account is not None:
        # Only the saved profile: checking never reads the keyring or asks the provider anything.
        from mailmerge.accounts.profiles import get_account, message_rules

        account = get_account(args.account)
        rules, default_from = message_rules(account), account.from_address or ""
        unsubscribe = account_unsubscribe(account)
    campaign = campaign_from_args(args, default_from=default_from, unsubscribe=unsubscribe)
    store = SuppressionList()
    try:
        snapshot = store.snapshot()
        findings = check(campaign, rules=rules,
                         suppressed=lambda a: why(entry.reason) if (entry := snapshot.find(a)) else None)
    finally:
        store.close()
    if args.account is not None:
        from mailmerge.compose.sender_domain import sender_domain_findings

        findings += sender_domain_findings(campaign, account)
    errors = sum(f.severity == "error" for f in findings)
    if args.json:
        print(json.dumps([_as_json(f) for f in findings], ensure_ascii=False, indent=1))
    else:
        for finding in findings:
            print(format_finding(finding))
        print(_summary(len(campaign.contacts), errors, len(findings) - errors))
    return EXIT_PROBLEMS if errors else EXIT_OK


def format_finding(finding: Finding) -> str:
    """`row 4, column email: <sentence>` in the reader's language; the row/column prefix is left out when the
    finding has none."""
    sentence = finding_sentence(finding)
    if finding.severity == "warning":
        sentence = say("warning: {sentence}", sentence=sentence)
    if finding.row is not None and finding.column:
        return say("row {row}, column {column}: {sentence}", row=finding.row, column=finding.column,
                   sentence=sentence)
    if finding.row is not None:
        return say("row {row}: {sentence}", row=finding.row, sentence=sentence)
    if finding.column:
        return say("column {column}: {sentence}", column=finding.column, sentence=sentence)
    return sentence


def finding_sentence(finding: Finding) -> str:
    """The finding's sentence in the reader's language, without the "Row 4: " the prefix already says."""
    if not finding.template:
        return finding.message.removeprefix(f"Row {finding.row}: ")
    return speak(Problem(finding.code, finding.template, finding.params), row_shown=finding.row is not None)


def _summary(rows: int, errors: int, warnings: int) -> str:
    counts = say("{rows}: {errors}, {warnings}",
                 rows=say_count(rows, "Checked {n} row", "Checked {n} rows"),
                 errors=say_count(errors, "{n} error", "{n} errors"),
                 warnings=say_count(warnings, "{n} warning", "{n} warnings"))
    if errors:
        return say("{counts}; fix the errors above, then check again.", counts=counts)
    return say("{counts}; ready to send.", counts=counts)


def _as_json(finding: Finding) -> dict[str, object]:
    return {"severity": finding.severity, "row": finding.row, "column": finding.column, "code": finding.code,
            "message": finding.message, "params": {k: _jsonable(v) for k, v in finding.params.items()}}


def _jsonable(value: object) -> object:
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)
