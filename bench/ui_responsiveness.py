"""Does the window stay responsive while it sends? Sends N messages (default 10,000) to the built-in outbox through
the real MainWindow and SendWorker, while a QTimer probe fires every 10 ms on the UI thread and records how late
each tick is. A late tick is a stall the user would feel (a frozen progress bar, a button that doesn't react).

    .venv/bin/python bench/ui_responsiveness.py [--rows 10000] [--target-ms 50]

Runs offscreen unless QT_QPA_PLATFORM says otherwise; config/data folders are temporary, so the user's outbox and
settings are never touched. Exit status 0 when the worst stall is within the target, 1 otherwise.
"""

from __future__ import annotations

import argparse
import statistics
import time

from qt_probe import PROBE_INTERVAL_MS, StallProbe, isolated_environment, percentile_99


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--target-ms", type=float, default=50.0)
    args = parser.parse_args()

    work = isolated_environment("mm-ui-bench-")

    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication([])
    contacts = work / "members.csv"
    contacts.write_text(
        "email,name,member_id\n" + "".join(f"member{i}@example.com,Member {i},{i:06d}\n" for i in range(args.rows)),
        encoding="utf-8",
    )
    window = MainWindow(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window.dialogs.confirm = lambda *_: True  # type: ignore[method-assign]  # the benchmark answers "Send"
    window.dialogs.confirm_send = lambda *_, **__: True  # type: ignore[method-assign]
    window.session.load_template_text(
        "From: Office <office@example.com>\nSubject: Your membership {{ member_id }}\n\n"
        "Dear **{{ name }}**,\n\nyour member number is {{ member_id }}.\n", "markdown", None)
    window.show()
    window.open_contacts(contacts)
    while window.session.table is None:
        app.processEvents()

    probe = StallProbe()
    batches = 0

    def count_batch(_events: object) -> None:
        nonlocal batches
        batches += 1

    window.worker.events.connect(count_batch)
    # A local loop, not app.exec(): quitting the application would close the window mid-measurement.
    until_done = QEventLoop()
    window.worker.run_finished.connect(until_done.quit)
    started = time.perf_counter()
    window.send_all()
    probe.start()
    until_done.exec()
    elapsed = time.perf_counter() - started
    stalls = probe.stop()[1:]  # the first tick measures the start of the run, not a stall
    gaps_ms = probe.gaps_ms

    sent = window.send_view.model.count("sent")
    worst = max(stalls, default=0.0)
    worst_at_s = sum(gaps_ms[1 : stalls.index(worst) + 2]) / 1000 if stalls else 0.0
    p99 = percentile_99(stalls)
    print(f"rows: {args.rows}, sent: {sent}, shown as sent: {window.send_view.sent_label.text()}")
    print(f"elapsed: {elapsed:.1f} s ({sent / elapsed:.0f} msg/s), event batches to the UI: {batches}")
    print(f"UI probe every {PROBE_INTERVAL_MS} ms, {len(stalls)} ticks: max stall {worst:.1f} ms, "
          f"p99 {p99:.1f} ms, median {statistics.median(stalls) if stalls else 0:.1f} ms "
          f"(target max ≤ {args.target_ms:g} ms); worst at {worst_at_s:.1f} s into the run")
    window.session.set_dirty(False)
    window.close()  # stops the worker thread
    ok = worst <= args.target_ms and sent == args.rows
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
