"""`mailmerge suppression list|add|remove|import|export`: the addresses no campaign on this computer sends to (hard
bounces, unsubscribes, complaints, addresses added by hand). Exit 0 done; 1 `remove` found an address that was not
on the list, or `import` skipped bad lines (the good ones are imported); 2 an address is not valid, a file cannot
be read or written, or the list cannot be opened."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mailmerge.base.errors import MailMergeError, UnusableInputError
from mailmerge.cli import EXIT_OK, EXIT_PROBLEMS
from mailmerge.compose.addresses import Address, parse_address
from mailmerge.sending.suppression import Suppressed, SuppressionList, describe, readable
from mailmerge.sending.suppression_csv import read_suppression_csv, write_suppression_csv


def run(args: argparse.Namespace) -> int:
    suppression = SuppressionList()
    try:
        if args.suppression_command == "list":
            return _list(suppression, as_json=args.json)
        if args.suppression_command == "add":
            return _add(suppression, args.addresses, args.reason)
        if args.suppression_command == "import":
            return _import(suppression, Path(args.file))
        if args.suppression_command == "export":
            return _export(suppression, Path(args.file))
        return _remove(suppression, args.addresses)
    finally:
        suppression.close()


def _list(suppression: SuppressionList, *, as_json: bool) -> int:
    entries = sorted(suppression.entries(), key=lambda e: e.address)
    if as_json:
        print(json.dumps([_as_json(e) for e in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not entries:
        print("The suppression list is empty: no address is held back.")
        return EXIT_OK
    for entry in entries:
        until = f"until {entry.expires:%Y-%m-%d}" if entry.expires else "for good"
        print(f"{readable(entry.address)}  since {entry.added:%Y-%m-%d}, {until}: {describe(entry.reason)}")
    return EXIT_OK


def _add(suppression: SuppressionList, addresses: list[str], reason: str) -> int:
    # Every address is checked before any is added: a typo must not leave half of them added.
    parsed = [_address(text) for text in addresses]
    for address in parsed:
        suppression.add(address.ascii_email, reason)
        print(f"{address.email} is on the suppression list now: no campaign sends to it.")
    return EXIT_OK


def _import(suppression: SuppressionList, path: Path) -> int:
    found = read_suppression_csv(path)
    for problem in found.problems:
        print(f"mailmerge: {path.name}: {problem.message}", file=sys.stderr)
    added = suppression.add_many(found.entries)
    skipped = f"; {len(found.problems)} skipped (see above)" if found.problems else ""
    print(f"Imported {added} {'address' if added == 1 else 'addresses'} from {path.name}{skipped}.")
    return EXIT_PROBLEMS if found.problems else EXIT_OK


def _export(suppression: SuppressionList, path: Path) -> int:
    count = write_suppression_csv(path, suppression.entries())
    print(f"Wrote {count} {'address' if count == 1 else 'addresses'} to {path}.")
    return EXIT_OK


def _remove(suppression: SuppressionList, addresses: list[str]) -> int:
    missing = 0
    for text in addresses:
        try:
            address = _address(text).ascii_email  # as the list keeps it: kim@bücher.de is kim@xn--bcher-kva.de
        except UnusableInputError:
            address = text.strip()  # whatever was stored, even if it is not a valid address
        if suppression.remove(address):
            print(f"{text.strip()} was removed from the suppression list: campaigns send to it again.")
        else:
            missing += 1
            print(f"mailmerge: {text.strip()} is not on the suppression list.", file=sys.stderr)
    return EXIT_PROBLEMS if missing else EXIT_OK


def _address(text: str) -> Address:
    try:
        return parse_address(text, field="Address")
    except MailMergeError as exc:
        raise UnusableInputError(
            "suppression.bad_address",
            "{value!r} is not an email address ({reason}). Check the spelling and try again; nothing was changed.",
            value=text,
            reason=str(exc.params.get("reason", exc)).rstrip("."),
        ) from exc


def _as_json(entry: Suppressed) -> dict[str, str | None]:
    return {
        "address": entry.address,
        "reason_code": entry.reason,
        "reason": describe(entry.reason),
        "added": entry.added.isoformat(),
        "expires": entry.expires.isoformat() if entry.expires else None,
    }
