"""The window's parts on their own: event folding, table models, campaign files, template text, crash reports,
the send worker's batching, and campaign save/open through the window."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot
from servers import ScriptedServer
from ui_fixtures import WAIT_MS, ScriptedDialogs, ServerTarget, load_sample, window  # noqa: F401

from mailmerge.base.errors import UnusableInputError
from mailmerge.base.events import Progress, RowFailed, RowQueued, RowSending, RowSent, RunStopped, Throttled
from mailmerge.base.outcome import OutcomeKind
from mailmerge.compose.campaign import open_campaign
from mailmerge.compose.campaign_file import CampaignDocument, load_campaign, save_campaign
from mailmerge.sending.runs import account_ref
from mailmerge.sending.workspace import prepare_run
from ui.app import CrashDialog
from ui.crash_report import REDACTED, crash_report, scrub
from ui.event_fold import fold_events
from ui.main_window import MainWindow
from ui.models.recipients_model import (
    COL_RECIPIENT,
    COL_ROW,
    COL_STATUS,
    FAILED_STATUSES,
    RecipientsModel,
    StatusFilterProxy,
)
from ui.send_worker import SendJob, SendWorker
from ui.template_text import MessageFields, compose_template, split_template


def test_fold_keeps_the_last_status_per_row_and_the_latest_progress() -> None:
    folded = fold_events([
        RowQueued(1), RowQueued(2), RowSending(1, 1), RowSent(1, "id1", "250 ok"),
        RowSending(2, 1), RowFailed(2, OutcomeKind.HARD_BOUNCE, "smtp.mailbox_unknown", "No such mailbox.", "550"),
        Progress(1, 2, 1, 0, 5.0, 1.0), Throttled(2.0, "The provider asked to slow down."),
        Progress(2, 2, 1, 1, 4.0, 0.0), RunStopped("finished", "Done."),
    ])
    assert folded.updates == {1: ("sent", ""), 2: ("failed", "No such mailbox.")}
    assert folded.progress is not None and folded.progress.done == 2
    assert folded.notice == "The provider asked to slow down."
    assert folded.stopped == RunStopped("finished", "Done.")


def test_recipients_model_updates_and_filters_not_sent() -> None:
    model = RecipientsModel()
    model.set_recipients([f"p{i}@example.com" for i in range(1, 100_001)])
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), b.row())))
    model.apply({5: ("sent", ""), 7: ("failed", "Mailbox full."), 99_999: ("unknown", "Connection lost.")})
    assert changes == [(4, 99_998)]  # one signal for the whole batch
    assert model.index(6, COL_STATUS).data() == "Not sent"
    assert model.index(6, COL_STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.rows_with(FAILED_STATUSES) == [7, 99_999]
    proxy = StatusFilterProxy()
    proxy.setSourceModel(model)
    proxy.show_only(FAILED_STATUSES)
    assert [proxy.index(i, 1).data() for i in range(proxy.rowCount())] == ["p7@example.com", "p99999@example.com"]
    proxy.show_only(None)
    assert proxy.rowCount() == 100_000


def test_recipients_sorted_by_the_model_keep_updates_and_row_numbers() -> None:
    model = RecipientsModel()
    model.set_recipients(["b@example.com", "C@example.com", "a@example.com"])
    proxy = StatusFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_RECIPIENT, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(i, COL_ROW).data() for i in range(3)] == ["2", "1", "3"]  # C, b, a: case-blind
    model.apply({3: ("failed", "Mailbox full.")})
    assert proxy.index(2, COL_STATUS).data() == "Not sent"  # row 3 is shown last
    assert model.rows_with(FAILED_STATUSES) == [3]
    proxy.show_only(FAILED_STATUSES)
    assert [proxy.index(i, COL_RECIPIENT).data() for i in range(proxy.rowCount())] == ["a@example.com"]
    proxy.show_only(None)
    proxy.sort(-1)
    assert [proxy.index(i, COL_RECIPIENT).data() for i in range(3)] == ["b@example.com", "C@example.com",
                                                                        "a@example.com"]


def test_contacts_sort_numbers_as_numbers_find_text_and_locate_rows(tmp_path: Path) -> None:
    from mailmerge.sheets.contacts import read_contacts
    from ui.models.contacts_model import ContactsModel

    sheet = tmp_path / "people.csv"
    sheet.write_text("email,name,id\nx@example.com,Ann,10\ny@example.com,서울 Bo,9\nz@example.com,ann-marie,100\n",
                     encoding="utf-8")
    model = ContactsModel()
    model.set_table(read_contacts(sheet))
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert [model.index(i, 2).data() for i in range(3)] == ["9", "10", "100"]
    assert [model.headerData(i, Qt.Orientation.Vertical) for i in range(3)] == ["2", "1", "3"]  # data row numbers
    assert model.index_of(3, 1).data() == "ann-marie"
    model.find("ANN")
    assert sorted(model.index(i, 1).data() for i in range(model.rowCount())) == ["Ann", "ann-marie"]
    model.find("서울")
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == ["y@example.com"]


def test_campaign_file_round_trip_has_no_secret_and_relative_contacts(tmp_path: Path) -> None:
    contacts = tmp_path / "lists" / "people.xlsx"
    doc = CampaignDocument(contacts_path=contacts, sheet="Members", mapping={"email": "E-mail", "name": "이름"},
                           body_format="html", template_text="Subject: Hi\n\n<p>{{ row[\"이름\"] }}</p>",
                           account="Office", settings={"connections": 2})
    path = tmp_path / "spring.mailmerge.json"
    save_campaign(doc, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "mailmerge-campaign" and data["contacts"]["path"] == "lists/people.xlsx"
    assert "password" not in path.read_text(encoding="utf-8").lower()
    back = load_campaign(path)
    assert back.contacts_path == tmp_path / "lists" / "people.xlsx"
    assert (back.sheet, back.mapping["name"], back.mapping["cc"], back.account) == ("Members", "이름", None, "Office")
    assert back.template_text == doc.template_text and back.body_format == "html"


def test_a_file_that_is_not_a_campaign_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "notes.mailmerge.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UnusableInputError, match="is not a Mail Merge campaign file"):
        load_campaign(path)


def test_template_text_round_trip_and_header_newlines_flattened() -> None:
    fields = MessageFields({"From": "Office <o@example.com>", "Subject": "Hi\r\nBcc: evil@example.com"},
                           ("a.pdf",), "Body {{ name }}\n\nMore")
    text = compose_template(fields)
    assert text.splitlines()[:3] == ["From: Office <o@example.com>", "Subject: Hi Bcc: evil@example.com",
                                     "Attachment: a.pdf"]
    back = split_template(text)
    assert back.body == fields.body and back.attachments == ("a.pdf",)


def test_crash_report_has_no_secrets(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setenv("MAILMERGE_PASSWORD", "s3cret-Env-Value")
    try:
        raise RuntimeError('login failed: password=hunter2 token: "abc123" env s3cret-Env-Value')
    except RuntimeError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    assert "hunter2" not in report and "abc123" not in report and "s3cret-Env-Value" not in report
    assert 'password=' + REDACTED in report
    assert "RuntimeError" in report and "Python" in report
    assert scrub("smtp_password: 'xyz'") == f"smtp_password: '{REDACTED}'"
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert dialog.report.toPlainText() == report


@pytest.mark.gui
def test_worker_batches_events_and_reports_every_row(qtbot: QtBot, tmp_path: Path) -> None:
    server = ScriptedServer().start()
    worker = SendWorker()
    try:
        contacts = tmp_path / "many.csv"
        contacts.write_text("email,name\n" + "".join(f"p{i}@example.com,P{i}\n" for i in range(300)), encoding="utf-8")
        template = tmp_path / "note.txt"
        template.write_text("From: office@example.com\nSubject: Hi {{ name }}\n\nHello {{ name }}", encoding="utf-8")
        campaign = open_campaign(contacts, template)
        batches: list[int] = []
        sent: set[int] = set()

        def on_events(events: list[object]) -> None:
            batches.append(len(events))
            sent.update(e.row for e in events if isinstance(e, RowSent))

        worker.events.connect(on_events)
        run = prepare_run(campaign, account_ref(None), face="window")
        run.commit_plan()
        with qtbot.waitSignal(worker.run_finished, timeout=WAIT_MS):
            worker.start(SendJob(run, ServerTarget(server.port, 4)))
        assert sent == set(range(1, 301))
        assert len(server.messages) == 300
        assert len(batches) < sum(batches)  # coalesced, not one signal per event
    finally:
        worker.shutdown()
        server.stop()


@pytest.mark.gui
def test_campaign_save_and_open_restores_the_message_and_mapping(qtbot: QtBot, window: MainWindow,
                                                                 tmp_path: Path) -> None:
    load_sample(qtbot, window)
    window.message_view.header_edits["Subject"].setText("Spring news for {{ name }}")
    window.message_view.commit()
    window.dialogs.save_path = tmp_path / "spring"  # type: ignore[attr-defined]
    window.save_action.trigger()
    saved = tmp_path / "spring.mailmerge.json"
    assert saved.exists() and not window.session.dirty
    assert window.windowTitle().startswith("spring.mailmerge.json")
    window.message_view.header_edits["Subject"].setText("something else")
    window.message_view.commit()
    window.open_campaign(saved)
    qtbot.waitUntil(lambda: window.session.table is not None and window.contacts_view.model.rowCount() == 8,
                    timeout=WAIT_MS)
    assert window.message_view.header_edits["Subject"].text() == "Spring news for {{ name }}"
    assert window.contacts_view.role_combos["email"].currentText() == "email"
    assert str(saved.resolve()) in window.recent_files()
    # "Save as" on an unchanged campaign renames it: the title follows although nothing became unsaved.
    window.dialogs.save_path = tmp_path / "autumn"  # type: ignore[attr-defined]
    window.save_as()
    assert not window.session.dirty
    assert window.windowTitle().startswith("autumn.mailmerge.json")



@pytest.mark.gui
def test_a_fresh_start_opens_the_sample_with_the_built_in_outbox(qtbot: QtBot) -> None:
    from ui.app import create_window

    win = create_window(["mailmerge-app"])
    assert isinstance(win, MainWindow)
    win.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.session.table is not None, timeout=WAIT_MS)
    assert win.session.table is not None and win.session.table.source.name == "contacts.xlsx"
    assert win.session.account is None
    assert win.send_view.account_combo.currentText().startswith("Built-in outbox")
    assert win.message_view.header_edits["Subject"].text().startswith("Your membership")
    assert win.session.body_format == "html"  # a formatted letter, shown in the formatted editor
    assert win.message_view.body_pages.currentWidget() is not win.message_view.body_edit
    assert win.message_view.rich_edit.toPlainText().startswith("Dear \ufffc,")
    assert not win.session.dirty
    win.worker.shutdown()


def test_a_run_ending_while_paused_does_not_ask_to_resume(qtbot: QtBot) -> None:
    from ui.views.send_view import SendView

    view = SendView()
    qtbot.addWidget(view)
    asked: list[bool] = []
    view.pause_toggled.connect(asked.append)
    view.set_running(True)
    view.pause_button.click()
    assert asked == [True] and view.pause_button.text() == "Resume"
    view.set_running(False)
    assert asked == [True]  # no "resume" for a run that is over
    assert not view.pause_button.isChecked() and view.pause_button.text() == "Pause"


def test_a_result_for_a_widget_closed_meanwhile_is_dropped(qtbot: QtBot) -> None:
    """A dialog closed before its background job finished: the result must not reach the deleted widget (that
    raised "Internal C++ object already deleted" into the crash dialog)."""
    import threading

    from PySide6.QtWidgets import QLabel
    from shiboken6 import isValid

    from ui.background import run_in_background

    release = threading.Event()
    label = QLabel()
    closure_called: list[str] = []
    run_in_background(lambda: release.wait(5) and "late", label.setText, lambda exc: None)
    run_in_background(lambda: release.wait(5) and "late", closure_called.append, lambda exc: None, owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not isValid(label))
    release.set()
    qtbot.wait(200)  # both jobs report back; pytest-qt fails the test if a callback raised
    assert closure_called == []


def test_a_big_table_sorted_in_the_background_shows_the_order_sorted_gives(qtbot: QtBot, tmp_path: Path) -> None:
    from mailmerge.sheets.contacts import read_contacts
    from ui.models.contacts_model import ContactsModel
    from ui.models.row_order import BACKGROUND_ROWS, natural_key

    count = BACKGROUND_ROWS * 3 + 7  # several merged runs of unequal length
    sheet = tmp_path / "many.csv"
    # Few distinct values (many ties, which must keep file order), numbers among text, case to fold.
    cities = ("Seoul", "seoul", "서울", "Bandung", "")
    sheet.write_text("email,city,score\n" + "".join(
        f"p{i}@example.com,{cities[i * 7 % 5]},{(i * 37) % 101 if i % 3 else 'n/a'}\n" for i in range(count)),
        encoding="utf-8")
    table = read_contacts(sheet)
    model = ContactsModel()
    model.set_table(table)
    for column in (1, 2):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            keys = [natural_key(row[column]) for row in table.rows]
            expected = sorted(range(count), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
            model.sort(column, order)
            assert model.sorting()  # worked out on a pool thread, the table still shows the order it had
            qtbot.waitUntil(lambda: not model.sorting(), timeout=WAIT_MS)
            assert [model.data_row(p) for p in range(count)] == expected
            assert all(model.position_of(row) == p for p, row in enumerate(expected))
    model.sort(-1)
    qtbot.waitUntil(lambda: not model.sorting(), timeout=WAIT_MS)
    assert model.index(0, 0).data() == "p0@example.com"


def test_a_background_sort_of_rows_since_replaced_is_dropped(qtbot: QtBot) -> None:
    from ui.models.row_order import BACKGROUND_ROWS

    model = RecipientsModel()
    model.set_recipients([f"p{i}@example.com" for i in range(BACKGROUND_ROWS)])
    model.sort(COL_RECIPIENT, Qt.SortOrder.DescendingOrder)
    model.set_recipients(["b@example.com", "a@example.com"])  # a new sheet while the old one was being sorted
    qtbot.wait(200)
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    qtbot.wait(50)
    assert [model.index(p, COL_RECIPIENT).data() for p in range(model.rowCount())] == ["b@example.com",
                                                                                       "a@example.com"]


def test_the_send_list_by_row_number_either_way_finds_each_row_where_it_is_shown() -> None:
    from ui.models.row_order import BACKGROUND_ROWS

    model = RecipientsModel()
    model.set_recipients([f"p{i}@example.com" for i in range(1, BACKGROUND_ROWS + 2)])  # ordered at once anyway
    model.sort(COL_ROW, Qt.SortOrder.DescendingOrder)
    assert not model.sorting()
    assert [model.index(p, COL_ROW).data() for p in range(3)] == [str(BACKGROUND_ROWS + 1), str(BACKGROUND_ROWS),
                                                                   str(BACKGROUND_ROWS - 1)]
    assert model.position_of(0) == BACKGROUND_ROWS and model.position_of(BACKGROUND_ROWS) == 0
    model.apply({1: ("sent", "")})
    assert model.index(BACKGROUND_ROWS, COL_STATUS).data() == "Sent"
