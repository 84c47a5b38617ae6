"""Translations: lupdate sees every window string, the shipped catalogs cover them, placeholders survive translation,
the language follows the computer or Settings, and core messages reach the window and the CLI translated."""

from __future__ import annotations

import ast
import os
import re
import runpy
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mailmerge.base.errors import MailMergeError
from mailmerge.base.wording import LANGUAGES, LOCALE_DIR, SOURCE_LANGUAGE, match_language, word

TOOLS = runpy.run_path(str(REPO / "packaging" / "update_translations.py"), run_name="translations")
TRANSLATED = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
# Calls whose text is not a literal on purpose: the literal is marked for lupdate where it is defined.
MARKED_ELSEWHERE = {
    ("i18n.py", "QCoreApplication.translate(CONTEXT, text)"),  # core templates, extracted from mailmerge/
    ("main_window.py", "self.tr(SPREADSHEET_FILTER)"),  # QT_TRANSLATE_NOOP
    ("message_view.py", "self.tr(PICTURE_FILTER)"),  # QT_TRANSLATE_NOOP
    ("history_model.py", "QCoreApplication.translate('HistoryModel', _HEADERS[section])"),  # QT_TRANSLATE_NOOP
    ("recipients_model.py", "QCoreApplication.translate('RecipientsModel', STATUS_LABELS.get(status, status))"),
    ("accounts_dialog.py", "QCoreApplication.translate('presets', preset.notes)"),  # extracted from presets.py
    ("accounts_dialog.py", "QCoreApplication.translate('presets', preset.label)"),  # extracted from presets.py
}


def _translation_calls() -> list[tuple[Path, ast.Call]]:
    """tr()/translate() calls, except inside the helpers whose callers helper_sources() reads (`_tr`, `counted`)."""
    calls = []
    for path in TOOLS["ui_sources"]():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {id(n) for f in tree.body if isinstance(f, ast.FunctionDef)
                   and (f.name == "counted" or len(f.args.args) == 1) for n in ast.walk(f)
                   if isinstance(n, ast.Call) and isinstance(_text_argument(n), ast.Name | ast.IfExp)
                   and any(isinstance(a, ast.Name) and a.id in {x.arg for x in f.args.args}
                           for a in ast.walk(_text_argument(n) or ast.Constant("")))}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and TOOLS["_called_name"](node) in ("tr", "translate") \
                    and id(node) not in helpers:
                calls.append((path, node))
    return calls


def _text_argument(call: ast.Call) -> ast.expr | None:
    index = 0 if TOOLS["_called_name"](call) == "tr" else 1
    return call.args[index] if len(call.args) > index else None


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(str(ctx.findtext("name")), str(m.findtext("source"))): m
            for ctx in ET.parse(ts).getroot().iter("context") for m in ctx.iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in the sources right now (window strings and core templates)."""
    ts = tmp_path_factory.mktemp("lupdate") / "mailmerge_ko.ts"
    TOOLS["run_lupdate"]([ts])
    return _messages(ts)


def _marked_names(path: Path) -> set[str]:
    """Module constants whose text is marked for lupdate where they are defined: NAME = QT_TRANSLATE_NOOP(...)."""
    return {t.id for n in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(n, ast.Assign)
            and isinstance(n.value, ast.Call) and TOOLS["_called_name"](n.value) == "QT_TRANSLATE_NOOP"
            for t in n.targets if isinstance(t, ast.Name)}


def test_every_window_text_is_a_literal_lupdate_can_read() -> None:
    hidden = [f"{path.name}:{call.lineno}: {ast.unparse(call)}" for path, call in _translation_calls()
              if not isinstance(text := _text_argument(call), ast.Constant)
              and not (isinstance(text, ast.Name) and text.id in _marked_names(path))
              and (path.name, ast.unparse(call)) not in MARKED_ELSEWHERE]
    assert not hidden, "lupdate cannot see these texts; pass a literal string:\n" + "\n".join(hidden)
    _found, unresolved = TOOLS["helper_sources"]()
    assert not unresolved, "these _tr()/counted() calls hide their text from the catalog:\n" + "\n".join(unresolved)


def test_lupdate_extracts_every_window_string_and_core_message(extracted: dict[tuple[str, str], ET.Element]) -> None:
    literals = {str(text.value) for _path, call in _translation_calls()
                if isinstance(text := _text_argument(call), ast.Constant)}
    helpers = set(TOOLS["helper_sources"]()[0])
    sources = {source for _context, source in extracted}
    assert literals - sources == set()
    assert set(TOOLS["core_sources"]()) <= set(extracted)
    assert ("ContactsView", "{n} contacts") in helpers and helpers <= set(extracted)
    # Counts written with %n are Qt plural forms, which lupdate marks as such.
    assert any(m.get("numerus") == "yes" for m in extracted.values())


def _unfinished(language: str, extracted: dict[tuple[str, str], ET.Element]) -> list[str]:
    shipped = _messages(LOCALE_DIR / f"mailmerge_{language}.ts")
    missing = []
    for key, source in extracted.items():
        if language == SOURCE_LANGUAGE and source.get("numerus") != "yes":
            continue  # English needs only its plural forms
        message = shipped.get(key)
        translation = message.find("translation") if message is not None else None
        forms = [] if translation is None else [translation.text or "", *(f.text or "" for f in translation)]
        if translation is None or translation.get("type") == "unfinished" or not any(f.strip() for f in forms):
            missing.append(f"{key[0]}: {key[1]}")
    return missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_language_translates_every_string(
        language: str, extracted: dict[tuple[str, str], ET.Element]) -> None:
    missing = _unfinished(language, extracted)
    assert not missing, f"{len(missing)} strings lack a {language} translation " \
                        f"(run packaging/update_translations.py, then translate):\n" + "\n".join(missing[:40])


FIELD = re.compile(r"(?<!\{)\{([a-z_]*)(?:![rsa])?(?::[^}]*)?\}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    """A translation that drops or renames a {field} or the %n count would show the wrong thing or fall back."""
    wrong = []
    for (context, source), message in _messages(LOCALE_DIR / f"mailmerge_{language}.ts").items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        for text in [translation.text or "", *(f.text or "" for f in translation)]:
            if not text.strip():
                continue
            if sorted(FIELD.findall(text)) != sorted(FIELD.findall(source)) or \
                    ("%Ln" in source) != ("%Ln" in text) or ("%n" in source) != ("%n" in text):
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("tag", "language"), [
    ("ko_KR.UTF-8", "ko"), ("zh_CN.UTF-8", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW.UTF-8", "zh_TW"),
    ("zh_HK", "zh_TW"), ("zh-Hant-TW", "zh_TW"), ("id_ID.UTF-8", "id"), ("in_ID", "id"), ("de_DE.UTF-8", "en"),
    ("C", "en"), ("", "en"), (None, "en"),
])
def test_locale_names_map_to_a_shipped_language(tag: str | None, language: str) -> None:
    assert match_language(tag) == language


def _run(code: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, *code.split("\0")], cwd=REPO, env=env, capture_output=True, text=True,
                          check=False)


def test_window_and_core_follow_the_computers_language() -> None:
    code = ("-c\0from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from ui.i18n import chosen_language; from mailmerge.base import wording;"
            "from PySide6.QtCore import QSettings;"
            "print(chosen_language(QSettings('/nonexistent/x.ini', QSettings.Format.IniFormat)),"
            " wording.system_language())")
    assert _run(code, "zh_TW.UTF-8").stdout.split() == ["zh_TW", "zh_TW"]
    assert _run(code, "ko_KR.UTF-8").stdout.split() == ["ko", "ko"]


def test_cli_prints_core_problems_in_the_computers_language(tmp_path: Path) -> None:
    missing = tmp_path / "없는파일.csv"
    args = f"-m\0mailmerge\0check\0{missing}\0{REPO / 'resources' / 'sample' / 'template.html'}"
    english = _run(args, "en_US.UTF-8")
    korean = _run(args, "ko_KR.UTF-8")
    assert english.returncode == korean.returncode == 2
    assert "was not found" in english.stderr
    expected = word(MailMergeError("x", "{file} was not found; check that the file still exists in {folder} and "
                                   "choose it again.", file=missing.name, folder=str(tmp_path)).problem, "ko")
    assert "was not found" not in expected  # the Korean catalog has this sentence
    assert korean.stderr.strip() == f"mailmerge: {expected}"


def test_core_sentence_falls_back_to_english_when_a_translation_is_broken() -> None:
    problem = MailMergeError("x", "Row {row}: {field} is empty.", row=3, field="To").problem
    assert word(problem, lookup=lambda text: "{nonexistent} 오류") == "Row 3: To is empty."


@pytest.fixture
def korean(qapp: QApplication) -> object:
    from ui.i18n import install_translations

    install_translations(qapp, "ko")
    yield
    install_translations(qapp, "en")


@pytest.mark.gui
def test_window_speaks_korean_with_core_messages_and_plural_counts(
        qtbot: QtBot, korean: object, tmp_path: Path) -> None:
    from ui.main_window import MainWindow
    from ui.wording import problem_text

    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.load_sample()
    qtbot.waitUntil(lambda: bool(window.contacts_view.count_label.text()))
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "파일(&F)" and menus[-1] == "도움말"
    assert window.contacts_view.count_label.text().startswith("연락처 8개")  # then a hint in Korean too
    assert window.message_view.header_edits["Subject"].text() == "{{ company }} 회원번호 {{ member_id }} 안내"
    assert window.session.template_source == REPO / "resources" / "sample" / "template.ko.html"
    assert "님, 안녕하세요." in window.message_view.rich_edit.toPlainText()  # the sample letter is in Korean too
    error = MailMergeError("address.missing", "{where}{field} is empty. Fill in an address in the spreadsheet or "
                           "template.", where="Row 2: ", row=2, field="To")
    assert problem_text(error).startswith("2행:")


@pytest.mark.gui
def test_settings_choose_the_language_for_the_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.i18n import chosen_language
    from ui.views.settings_dialog import SettingsDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # the computer's language until one is chosen
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    assert "next time it starts" in dialog.note.text()
    dialog.accept()
    assert chosen_language(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)) == "id"


@pytest.mark.gui
def test_about_lists_version_and_the_licence_of_every_bundled_library(qtbot: QtBot) -> None:
    from ui.views.about_dialog import AboutDialog, app_version, bundled_libraries

    libraries = {lib.name.lower().replace("_", "-"): lib for lib in bundled_libraries()}
    assert "LGPL" in libraries["pyside6-essentials"].licence
    assert libraries["keyring"].licence == "MIT" and libraries["qt"].licence.startswith("LGPL")
    assert "pytest" not in libraries  # test tools are not shipped
    assert all(lib.licence != "?" for lib in libraries.values()), [lib for lib in libraries.values()
                                                                    if lib.licence == "?"]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert app_version() == version and f"Mail Merge {version}" in dialog.heading.text()
    shown = {dialog.table.item(row, 0).text().lower().replace("_", "-") for row in range(dialog.table.rowCount())}
    assert shown == set(libraries)


@pytest.mark.gui
@pytest.mark.parametrize(("language", "day", "count"), [
    ("en", "12/7/2026", "10,000"),
    ("ko", "2026. 12. 7.", "10,000"),
    ("zh_CN", "2026/12/7", "10,000"),
    ("id", "07/12/2026", "10.000"),  # in Indonesian "10,000" would read as ten
])
def test_window_writes_days_and_counts_the_languages_way(
        qapp: QApplication, language: str, day: str, count: str) -> None:
    from datetime import date

    from ui.i18n import install_translations, shown_date, shown_number

    install_translations(qapp, language)
    try:
        assert (shown_date(date(2026, 12, 7)), shown_number(10_000)) == (day, count)
    finally:
        install_translations(qapp, "en")


@pytest.mark.gui
def test_send_step_counts_are_grouped_as_the_language_writes_them(qapp: QApplication) -> None:
    """60000 people left to send to read as 60.000 in Indonesian, not as a bare 60000, in the bar too."""
    from mailmerge.base.events import Progress
    from ui.i18n import install_translations
    from ui.views.send_view import SendView

    install_translations(qapp, "id")
    try:
        view = SendView()
        view.show_progress(Progress(10_000, 70_000, 10_000, 1_234, 0.0, None))
        shown = (view.sent_label.text(), view.failed_label.text(), view.remaining_label.text(),
                 view.progress_bar.text())
    finally:
        install_translations(qapp, "en")
    assert shown == ("10.000", "1.234", "60.000", "10.000 dari 70.000")


@pytest.mark.gui
@pytest.mark.parametrize(("language", "cancel", "discard"), [
    ("id", "Batal", "Jangan Simpan"),  # Qt has no Indonesian catalog of its own
    ("ko", "취소", "저장 안 함"),  # Qt's own Korean says "무시" (ignore)
])
def test_standard_buttons_speak_the_windows_language(
        qapp: QApplication, language: str, cancel: str, discard: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.i18n import install_translations

    install_translations(qapp, language)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Discard)
        shown = (box.button(QDialogButtonBox.StandardButton.Cancel).text(),
                 box.button(QDialogButtonBox.StandardButton.Discard).text())
        box.deleteLater()
        assert shown == (cancel, discard)
    finally:
        install_translations(qapp, "en")


@pytest.mark.gui
def test_history_headers_of_several_words_take_two_lines_so_the_subject_keeps_its_room(qapp: QApplication) -> None:
    from PySide6.QtCore import Qt

    from ui.i18n import install_translations
    from ui.models.history_model import COL_LEFT_OUT, COL_SUBJECT, COL_WHEN, HistoryModel

    install_translations(qapp, "id")
    try:
        model = HistoryModel()
        header = {col: model.headerData(col, Qt.Orientation.Horizontal) for col in (COL_WHEN, COL_LEFT_OUT,
                                                                                     COL_SUBJECT)}
    finally:
        install_translations(qapp, "en")
    assert header == {COL_WHEN: "Aktivitas\nterakhir", COL_LEFT_OUT: "Tidak\ndiikutkan", COL_SUBJECT: "Subjek"}


def test_traditional_chinese_quotes_as_taiwan_writes_them() -> None:
    """「」 in Taiwan's text, not the mainland's “” (the catalog began as a conversion of the Simplified one)."""
    root = ET.parse(LOCALE_DIR / "mailmerge_zh_TW.ts").getroot()
    quoted = [text for message in root.iter("message") for node in message.iter()
              if node.tag in ("translation", "numerusform") for text in [node.text or ""] if "“" in text or "”" in text]
    assert quoted == []


@pytest.mark.gui
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_step_fits_the_windows_first_size_in_every_language(qapp: QApplication, qtbot: QtBot,
                                                                   tmp_path: Path, language: str) -> None:
    """No step may make the window wider than the size it first opens at, which fits a 1,280 px laptop screen (the
    outbox's folder after its sentence on one line once made it 1,194 px wide in English, 1,280 in Indonesian)."""
    from ui.i18n import install_translations
    from ui.main_window import FIRST_SIZE, MainWindow

    install_translations(qapp, language)
    try:
        window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        window.load_sample()
        qtbot.waitUntil(lambda: window.send_view.outbox_row.isVisibleTo(window.send_view), timeout=15_000)
        narrowest = window.minimumSizeHint().width()
        outbox = window.send_view.outbox_label.text()
        window.session.set_dirty(False)
    finally:
        install_translations(qapp, "en")
    assert "outbox" in outbox.splitlines()[-1]  # the folder, on its own line
    assert narrowest <= FIRST_SIZE[0]
