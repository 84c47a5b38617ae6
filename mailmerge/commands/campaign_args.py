"""The campaign named on a command line (CONTACTS TEMPLATE --sheet --header-row --encoding --attachments-folder),
opened the same way by check, preview and send."""

from __future__ import annotations

import argparse
from pathlib import Path

from mailmerge.compose.campaign import Campaign, open_campaign
from mailmerge.compose.unsubscribe import NO_UNSUBSCRIBE, UnsubscribeOptions


def campaign_from_args(args: argparse.Namespace, *, default_from: str = "",
                       unsubscribe: UnsubscribeOptions = NO_UNSUBSCRIBE) -> Campaign:
    return open_campaign(
        Path(args.contacts),
        Path(args.template),
        sheet=args.sheet,
        header_row=args.header_row,
        default_from=default_from,
        encoding=args.encoding,
        attachment_folders=tuple(Path(folder) for folder in args.attachments_folder),
        unsubscribe=unsubscribe,
    )
