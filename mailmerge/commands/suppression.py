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
from mailmerge.commands.speech import local_date, say, say_count
from mailmerge.compose.addresses import Address, parse_address
from mailmerge.sending.suppression import Suppressed, SuppressionList, describe, readable, why
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
        print(say("The suppression list is empty: no address is held back."))
        return EXIT_OK
    for entry in entries:
        if entry.expires:
            print(say("{address}  since {added}, until {expires}: {why}", address=readable(entry.address),
                      added=local_date(entry.added), expires=local_date(entry.expires), why=why(entry.reason)))
        else:
            print(say("{address}  since {added}, for good: {why}", address=readable(entry.address),
                      added=local_date(entry.added), why=why(entry.reason)))
    return EXIT_OK


def _add(suppression: SuppressionList, addresses: list[str], reason: str) -> int:
    # Every address is checked before any is added: a typo must not leave half of them added.
    parsed = [_address(text) for text in addresses]
    for address in parsed:
        suppression.add(address.ascii_email, reason)
        print(say("{address} is on the suppression list now: no campaign sends to it.", address=address.email))
    return EXIT_OK


def _import(suppression: SuppressionList, path: Path) -> int:
    found = read_suppression_csv(path)
    for problem in found.problems:
        print(say("mailmerge: {file}: Line {line}: {sentence}", file=path.name, line=problem.line,
                  sentence=problem.problem), file=sys.stderr)
    added = suppression.add_many(found.entries)
    imported = say_count(added, "Imported {n} address from {file}", "Imported {n} addresses from {file}",
                         file=path.name)
    if found.problems:
        print(say("{imported}; {skipped} skipped (see above).", imported=imported, skipped=len(found.problems)))
    else:
        print(say("{imported}.", imported=imported))
    return EXIT_PROBLEMS if found.problems else EXIT_OK


def _export(suppression: SuppressionList, path: Path) -> int:
    count = write_suppression_csv(path, suppression.entries())
    print(say_count(count, "Wrote {n} address to {file}.", "Wrote {n} addresses to {file}.", file=path))
    return EXIT_OK


def _remove(suppression: SuppressionList, addresses: list[str]) -> int:
    missing = 0
    for text in addresses:
        try:
            address = _address(text).ascii_email  # as the list keeps it: kim@bücher.de is kim@xn--bcher-kva.de
        except UnusableInputError:
            address = text.strip()  # whatever was stored, even if it is not a valid address
        if suppression.remove(address):
            print(say("{address} was removed from the suppression list: campaigns send to it again.",
                      address=text.strip()))
        else:
            missing += 1
            print(say("mailmerge: {address} is not on the suppression list.", address=text.strip()), file=sys.stderr)
    return EXIT_PROBLEMS if missing else EXIT_OK


def _address(text: str) -> Address:
    try:
        return parse_address(text, field="Address")
    except MailMergeError as exc:
        raise UnusableInputError(
            "suppression.bad_address",
            "{value!r} is not an email address: {reason} Check the spelling and try again; nothing was changed.",
            value=text,
            reason=exc.params.get("reason", exc.problem),
        ) from exc


def _as_json(entry: Suppressed) -> dict[str, str | None]:
    return {
        "address": entry.address,
        "reason_code": entry.reason,
        "reason": describe(entry.reason),
        "added": entry.added.isoformat(),
        "expires": entry.expires.isoformat() if entry.expires else None,
    }
