"""`mailmerge outbox --dir DIR`: run the capture outbox in the foreground until Ctrl+C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from types import FrameType

from mailmerge.commands.speech import say, say_count
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
        print(say("Outbox listening on {host}:{port}, saving to {folder}", host=outbox.host, port=outbox.port,
                  folder=folder), flush=True)
        print(say("Press Ctrl+C to stop."), flush=True)
        stop.wait()  # a signal handler runs on the main thread during the wait and sets the event
        outbox.stop()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    saved = sum(1 for _ in folder.glob("*.eml"))
    print(say_count(saved, "Outbox stopped. {n} message is in {folder}.",
                    "Outbox stopped. {n} messages are in {folder}.", folder=folder), flush=True)
    return 0
