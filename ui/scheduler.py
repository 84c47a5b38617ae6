"""Send later, in the window: *Schedule…* in the Send step asks for a date and time and files the saved campaign
in the core's schedule store (mailmerge.sending.schedule); while the app runs, the campaign is opened and sent when
its time comes. A schedule whose time passed while the app was closed is offered at the next start, never sent
silently. The window only asks and words; what is due is the store's answer."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from mailmerge.base.errors import MailMergeError
from mailmerge.sending.schedule import Scheduled, add_schedule, due, load_schedules, remove_schedule
from ui.i18n import shown_time

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_RETRY_BUSY_MS = 60_000  # another run is still sending when a schedule comes due: look again a minute later
_MAX_TIMER_MS = 3_600_000  # long waits are re-armed hourly (a suspended laptop's clock jumps)
_OPEN_WAIT_S = 60.0  # a campaign opened for its schedule is sent only if its spreadsheet is read by then


class Scheduler(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._time_came)
        window.send_view.schedule_requested.connect(self.schedule_current)
        window.session.path_changed.connect(self.show_current)
        window.session.mapping_changed.connect(self._opened)  # a campaign opened for its schedule is read
        self._opening: tuple[Path, float] | None = None  # (campaign file, when) opened to be sent

    # --- asking -----------------------------------------------------------------------------------------------
    def schedule_current(self) -> None:
        window = self.window
        if window._campaign_for_sending() is None:
            return
        if (window.session.campaign_path is None or window.session.dirty) and not window.save():
            window.send_view.error.show_message(self.tr(
                "Save the campaign first (File → Save): a scheduled campaign is opened from its file when the time "
                "comes."))
            return
        path = window.session.campaign_path
        assert path is not None
        count = len(window.session.table or ())
        when = window.dialogs.choose_datetime(
            self.tr("Schedule the campaign"),
            self.tr("Send to all {n} people through “{account}” at:").format(n=count,
                                                                            account=window._account_label()),
            datetime.now().astimezone().replace(second=0, microsecond=0) + timedelta(minutes=1),
        )
        if when is None:
            return
        if when <= datetime.now().astimezone():
            window.send_view.error.show_message(self.tr("That time has already passed. Choose a later one."))
            return
        try:
            add_schedule(Scheduled(path, when, window.session.account))
        except MailMergeError as exc:
            window.send_view.error.show_message(str(exc))
            return
        self.show_current()
        self.arm()

    def show_current(self) -> None:
        path = self.window.session.campaign_path
        found = next((s for s in load_schedules() if s.campaign == path), None) if path else None
        self.window.send_view.schedule_label.setText(self.tr(
            "Scheduled for {when}. Keep Mail Merge open until then; if it is closed, it offers the send when you "
            "start it again.").format(when=shown_time(found.at)) if found else "")

    # --- the time comes ---------------------------------------------------------------------------------------
    def arm(self) -> None:
        """Wake up at the next schedule's time."""
        coming = load_schedules()
        if not coming:
            self.timer.stop()
            return
        wait_ms = (coming[0].at - datetime.now().astimezone()).total_seconds() * 1000
        self.timer.start(int(min(max(wait_ms, 0), _MAX_TIMER_MS)))

    def offer_overdue(self) -> None:
        """At start: schedules that came due while the app was closed are offered, one by one."""
        for entry in due():
            sent = self.window.dialogs.confirm(
                self.tr("Send the scheduled campaign?"),
                self.tr("{file} was scheduled for {when}, while Mail Merge was closed, so it was not sent. Send it "
                        "now?").format(file=entry.campaign.name, when=shown_time(entry.at)),
                self.tr("Send now"),
            )
            if sent:
                self._send(entry)
                break  # one run at a time; the next is offered after it (arm)
            remove_schedule(entry.campaign)
            self.window.send_view.show_status(self.tr("The schedule of {file} was cancelled; nothing was sent.")
                                              .format(file=entry.campaign.name))
        self.arm()

    def _time_came(self) -> None:
        entries = due()
        if not entries:
            self.arm()
            return
        if self.window.worker.busy:
            self.timer.start(_RETRY_BUSY_MS)
            return
        self._send(entries[0])
        self.arm()

    def _send(self, entry: Scheduled) -> None:
        remove_schedule(entry.campaign)
        self.show_current()
        window = self.window
        if window.session.campaign_path == entry.campaign and window.session.table is not None:
            self._start()
            return
        # The spreadsheet is read in the background: the run starts once it is (_opened), if that is soon.
        self._opening = (entry.campaign, time.monotonic())
        window.open_campaign(entry.campaign)

    def _opened(self) -> None:
        if self._opening is None:
            return
        campaign_file, since = self._opening
        self._opening = None
        if self.window.session.campaign_path == campaign_file and time.monotonic() - since < _OPEN_WAIT_S:
            self._start()

    def _start(self) -> None:
        from ui.main_window import STEP_SEND  # the window imports this module

        window = self.window
        window.steps.setCurrentRow(STEP_SEND)
        campaign = window._campaign_for_sending()
        if campaign is not None:  # else the reason (e.g. an empty sheet) is shown in the Send step
            # Planned now, as any send: people who got it since, or rows with errors, are left out with the
            # reason; the user confirmed when scheduling (or just now, for an overdue one).
            window._prepare(campaign, retry_rows=None, confirmed=True)
