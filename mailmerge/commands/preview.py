"""`mailmerge preview CONTACTS TEMPLATE --row N [--out FILE.eml] [--account NAME]`: the exact bytes row N would be
sent as (through that account: its From address when the template has none)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mailmerge.base.errors import UnusableInputError
from mailmerge.cli import EXIT_OK
from mailmerge.commands.campaign_args import campaign_from_args
from mailmerge.commands.speech import say
from mailmerge.compose.unsubscribe import NO_UNSUBSCRIBE, account_unsubscribe


def run(args: argparse.Namespace) -> int:
    default_from, unsubscribe = "", NO_UNSUBSCRIBE
    if args.account is not None:
        # The From address and unsubscribe options a send through this account would fill in; the profile only
        # (the keyring is read just for the unsubscribe token when the account has unsubscribe options).
        from mailmerge.accounts.profiles import get_account

        account = get_account(args.account)
        default_from, unsubscribe = account.from_address or "", account_unsubscribe(account)
    campaign = campaign_from_args(args, default_from=default_from, unsubscribe=unsubscribe)
    count = len(campaign.contacts)
    if not 1 <= args.row <= count:
        raise UnusableInputError(
            "preview.no_such_row",
            "There is no data row {row}: {file} has data rows 1 to {count} (row 1 is the first row under the "
            "column names). Choose a row in that range.",
            row=args.row, file=campaign.contacts.source.name, count=count,
        )
    data = campaign.build(args.row).data
    if args.out:
        out = Path(args.out)
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise UnusableInputError(
                "preview.cannot_write", "Cannot write {file} ({reason}). Choose another folder or file name.",
                file=str(out), reason=exc.strerror or str(exc),
            ) from None
        print(say("Wrote row {row} to {file} ({size} bytes).", row=args.row, file=out, size=len(data)), file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK
