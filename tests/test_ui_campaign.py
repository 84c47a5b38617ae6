"""The user's own campaign: reopened on start (the sample only on the first start, under a banner), rows left out
of the send kept in the campaign file, a moved spreadsheet located, and where the built-in outbox keeps messages."""

# ruff: noqa: F811  (pytest fixtures are imported and used as parameters of the same name)
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE_DIR
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from pytestqt.qtbot import QtBot
from ui_fixtures import WAIT_MS, ScriptedDialogs, load_sample, start_send, wait_until_idle, window  # noqa: F401

from mailmerge.base.errors import UnusableInputError
from mailmerge.compose.campaign_file import load_campaign
from mailmerge.transports.outbox import default_outbox_dir
from ui.main_window import MainWindow
from ui.views.message_view import PAGE_RICH

pytestmark = pytest.mark.gui
TEMPLATE = "From: office@example.com\nSubject: Hi {{ name }}\n\nHello {{ name }}"


def people_csv(folder: Path, count: int = 6) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "people.csv"
    path.write_text("email,name\n" + "".join(f"p{i}@example.com,P{i}\n" for i in range(1, count + 1)),
                    encoding="utf-8")
    return path


def open_people(qtbot: QtBot, win: MainWindow, path: Path) -> None:
    win.session.load_template_text(TEMPLATE, "text", None)
    win.open_contacts(path)
    qtbot.waitUntil(lambda: win.session.table is not None and win.session.table.source == path, timeout=WAIT_MS)


def new_window(qtbot: QtBot, settings_file: Path) -> MainWindow:
    win = MainWindow(QSettings(str(settings_file), QSettings.Format.IniFormat))
    win.dialogs = ScriptedDialogs()  # type: ignore[assignment]
    qtbot.addWidget(win)
    win.show()
    return win


def select_rows(win: MainWindow, rows: list[int]) -> None:
    view = win.contacts_view
    view.table.clearSelection()
    for row in rows:
        index = view.model.index_of(row, 1)
        view.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)


# ----------------------------------------------------------------------------------------------- left-out rows
def test_rows_left_out_are_shown_saved_and_reopened(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    win = window
    open_people(qtbot, win, people_csv(tmp_path))
    view = win.contacts_view
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # P6 … P1: row numbers stay with their people
    select_rows(win, [2, 4])
    assert view.leave_out_action in view.table.actions()  # offered on right-click
    view.leave_out_action.trigger()
    assert win.session.excluded_rows == frozenset({2, 4})
    assert win.session.dirty
    assert "2 left out of this send" in view.count_label.text()
    model = view.model
    shown = {model.headerData(p, Qt.Orientation.Vertical) for p in range(model.rowCount())}
    assert shown == {"1", "⊘ 2", "3", "⊘ 4", "5", "6"}
    assert model.index_of(2, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "left out of this send" in model.index_of(4, 1).data(Qt.ItemDataRole.ToolTipRole)

    campaign = tmp_path / "letters.mailmerge.json"
    win.dialogs.save_path = campaign  # type: ignore[attr-defined]
    assert win.save_as()
    assert json.loads(campaign.read_text(encoding="utf-8"))["contacts"]["excluded_rows"] == [2, 4]
    assert load_campaign(campaign).excluded_rows == frozenset({2, 4})

    other = new_window(qtbot, tmp_path / "other.ini")
    other.open_campaign(campaign)
    qtbot.waitUntil(lambda: other.session.table is not None, timeout=WAIT_MS)
    assert other.session.excluded_rows == frozenset({2, 4}) and not other.session.dirty
    select_rows(other, [2])
    other.contacts_view.put_back_action.trigger()
    assert other.session.excluded_rows == frozenset({4})
    assert "1 left out of this send" in other.contacts_view.count_label.text()

    # Another spreadsheet: its row numbers are other people, so nobody is left out there.
    other.open_contacts(people_csv(tmp_path / "b"))
    qtbot.waitUntil(lambda: other.session.table is not None and other.session.table.source.parent.name == "b",
                    timeout=WAIT_MS)
    assert other.session.excluded_rows == frozenset()


def test_older_campaign_files_open_and_bad_left_out_rows_are_refused(tmp_path: Path) -> None:
    old = tmp_path / "old.mailmerge.json"
    old.write_text(json.dumps({"format": "mailmerge-campaign", "version": 1,
                               "contacts": {"path": "people.csv", "sheet": None, "header_row": None},
                               "message": {"format": "text", "template": TEMPLATE}}), encoding="utf-8")
    doc = load_campaign(old)
    assert doc.excluded_rows == frozenset() and doc.contacts_path == tmp_path / "people.csv"
    bad = json.loads(old.read_text(encoding="utf-8"))
    bad["version"] = 2
    bad["contacts"]["excluded_rows"] = ["two"]
    old.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(UnusableInputError) as caught:
        load_campaign(old)
    assert caught.value.code == "campaign.invalid"


# ----------------------------------------------------------------------------------------------- moved spreadsheet
def test_a_moved_spreadsheet_is_asked_for_and_the_new_place_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    win = window
    open_people(qtbot, win, people_csv(tmp_path / "before"))
    campaign = tmp_path / "letters.mailmerge.json"
    win.dialogs.save_path = campaign  # type: ignore[attr-defined]
    assert win.save_as()
    moved = tmp_path / "after" / "people.csv"
    moved.parent.mkdir()
    shutil.move(tmp_path / "before" / "people.csv", moved)

    other = new_window(qtbot, tmp_path / "other.ini")
    other.dialogs.open_paths = [moved]  # type: ignore[attr-defined]  # the user shows where it is now
    other.open_campaign(campaign)
    qtbot.waitUntil(lambda: other.session.table is not None, timeout=WAIT_MS)
    assert other.session.table is not None and other.session.table.source == moved
    assert "people.csv is no longer in" in other.dialogs.asked[-1]  # type: ignore[attr-defined]
    assert other.session.dirty  # saving records the new place
    assert other.save()
    assert load_campaign(campaign).contacts_path == moved

    # Not found and not located: the campaign still opens, and the Contacts step says what to do.
    shutil.move(moved, tmp_path / "gone.csv")
    third = new_window(qtbot, tmp_path / "third.ini")
    third.open_campaign(campaign)
    assert third.session.table is None
    text = third.contacts_view.error.text()
    assert "people.csv" in text and "no longer in" in text and "Open spreadsheet" in text
    assert third.session.template_text().startswith("From: office@example.com")


# ----------------------------------------------------------------------------------------------- start-up
def test_start_up_reopens_the_last_campaign_and_shows_the_sample_only_the_first_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = tmp_path / "settings.ini"
    first = new_window(qtbot, settings)
    first.start_up()
    qtbot.waitUntil(lambda: first.session.table is not None, timeout=WAIT_MS)
    assert first.session.table is not None and first.session.table.source.name == "contacts.xlsx"
    assert first.sample_banner.isVisible() and "Sample campaign" in first.sample_banner.text()
    assert first.sample_banner.sizeHint().height() < 3 * first.fontMetrics().height()  # one line

    open_people(qtbot, first, people_csv(tmp_path))
    assert not first.sample_banner.isVisible()  # the user's own spreadsheet
    campaign = tmp_path / "mine.mailmerge.json"
    first.dialogs.save_path = campaign  # type: ignore[attr-defined]
    assert first.save_as()
    first.close()

    second = new_window(qtbot, settings)
    second.start_up()
    qtbot.waitUntil(lambda: second.session.table is not None, timeout=WAIT_MS)
    assert second.session.campaign_path == campaign
    assert second.session.table is not None and second.session.table.source == tmp_path / "people.csv"
    assert not second.sample_banner.isVisible()
    second.close()

    campaign.unlink()  # the last campaign is gone: no sample, a sentence saying where it was
    third = new_window(qtbot, settings)
    third.start_up()
    assert third.session.table is None and not third.sample_banner.isVisible()
    assert "mine.mailmerge.json" in third.contacts_view.error.text()


def test_the_sample_saved_as_a_campaign_reopens_as_the_same_formatted_letter(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    load_sample(qtbot, window)
    campaign = tmp_path / "members.mailmerge.json"
    window.dialogs.save_path = campaign  # type: ignore[attr-defined]
    assert window.save_as()
    doc = load_campaign(campaign)
    assert doc.body_format == "html"
    assert doc.template_text == (SAMPLE_DIR / "template.html").read_text(encoding="utf-8")  # kept, not rewritten
    assert doc.contacts_path == SAMPLE_DIR / "contacts.xlsx"

    again = new_window(qtbot, tmp_path / "again.ini")
    again.open_campaign(campaign)
    qtbot.waitUntil(lambda: again.session.table is not None, timeout=WAIT_MS)
    assert again.session.body_format == "html" and again.message_view.body_pages.currentIndex() == PAGE_RICH
    assert again.message_view.rich_edit.toPlainText() == window.message_view.rich_edit.toPlainText()
    assert not again.session.dirty and not again.sample_banner.isVisible()  # the user's own campaign now


# ----------------------------------------------------------------------------------------------- outbox folder
def test_the_send_step_shows_the_outbox_folder_and_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    win = window
    opened: list[Path] = []
    win.open_folder = opened.append  # type: ignore[assignment]
    load_sample(qtbot, win)
    win.steps.setCurrentRow(4)
    view = win.send_view
    assert view.outbox_row.isVisible()
    assert str(default_outbox_dir()) in view.outbox_label.text()

    start_send(qtbot, win)
    wait_until_idle(qtbot, win)
    assert "Open outbox folder" in view.status_label.text()
    assert len(list(default_outbox_dir().glob("*.eml"))) == len(win.session.table or ())
    view.outbox_button.click()
    assert opened == [default_outbox_dir()]

    win._choose_account("Office SMTP")  # another account: the outbox row goes
    assert not view.outbox_row.isVisible()
