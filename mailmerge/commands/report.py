"""`mailmerge report JOURNAL --out report.xlsx|csv`: what happened to every row of a send run."""

from __future__ import annotations

import argparse
from pathlib import Path

from mailmerge.cli import EXIT_OK
from mailmerge.commands.speech import say_count
from mailmerge.sending.journal import Journal
from mailmerge.sending.report import write_report


def run(args: argparse.Namespace) -> int:
    journal = Journal.read_only(Path(args.journal))
    try:
        count = write_report(journal, Path(args.out))
    finally:
        journal.close()
    print(say_count(count, "Report of {n} row written to {file}", "Report of {n} rows written to {file}",
                    file=args.out))
    return EXIT_OK
