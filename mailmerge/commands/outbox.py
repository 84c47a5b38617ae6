"""`mailmerge outbox --dir DIR`: run the capture outbox in the foreground until Ctrl+C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from types import FrameType

from mailmerge.transports.outbox import Outbox


def run(args: argparse.Namespace) -> int:
    folder = Path(args.dir).expanduser().resolve()
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # Our own handlers: Ctrl+C is the normal way to end the outbox, not an interruption to report.
    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    outbox = Outbox(folder, args.host, args.port)
    try:
        outbox.start()
        print(f"Outbox listening on {outbox.host}:{outbox.port}, saving to {folder}", flush=True)
        print("Press Ctrl+C to stop.", flush=True)
        stop.wait()  # a signal handler runs on the main thread during the wait and sets the event
        outbox.stop()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    saved = sum(1 for _ in folder.glob("*.eml"))
    print(f"Outbox stopped. {saved} messages are in {folder}.", flush=True)
    return 0
