"""`mailmerge report JOURNAL --out report.xlsx|csv`: what happened to every row of a send run."""

from __future__ import annotations

import argparse
from pathlib import Path

from mailmerge.cli import EXIT_OK
from mailmerge.sending.journal import Journal
from mailmerge.sending.report import write_report


def run(args: argparse.Namespace) -> int:
    journal = Journal.read_only(Path(args.journal))
    try:
        count = write_report(journal, Path(args.out))
    finally:
        journal.close()
    print(f"Report of {count} rows written to {args.out}")
    return EXIT_OK
