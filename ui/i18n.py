"""The window's language: the operating system's unless chosen in Settings, its translations, and core messages.

Translations are Qt Linguist files in `mailmerge/locale/` (made by `packaging/update_translations.py`). The `.qm`
files are not kept in the repository: the installers compile them at build time, and a source checkout compiles
them on start with PySide6's `lrelease` (next to the `.ts` file, or in the user's cache folder when that is read-only).
English has its own file too: it holds only the plural forms ("1 contact", "2 contacts") of the `%n` sources.
"""

from __future__ import annotations

import os
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)

from mailmerge.base.errors import MailMergeError, Problem
from mailmerge.base.wording import CONTEXT, LANGUAGES, LOCALE_DIR, match_language, word

if TYPE_CHECKING:
    from mailmerge.compose.preflight import Finding

SETTINGS_KEY = "language"  # "" (or absent): follow the operating system
# Each language named in itself, as a person looking for their language reads it.
LANGUAGE_NAMES = {"en": "English", "ko": "한국어", "zh_CN": "简体中文", "zh_TW": "繁體中文", "id": "Bahasa Indonesia"}

_active = {"language": "en"}
_installed: list[QTranslator] = []


def system_language() -> str:
    """The OS language as a shipped one (Qt reads the platform's setting: LANG on Linux, the user's on Windows)."""
    system = QLocale.system()
    script = "_HANT" if system.script() == QLocale.Script.TraditionalHanScript else ""
    return match_language(system.name() + script)


def chosen_language(settings: QSettings | None = None) -> str:
    chosen = str((settings or QSettings()).value(SETTINGS_KEY, "") or "")
    return chosen if chosen in LANGUAGES else system_language()


def current_language() -> str:
    return _active["language"]


def _lrelease() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    return None


def compiled_catalog(language: str) -> Path | None:
    """The language's `.qm` file, compiled from its `.ts` when it is missing or older; None when neither exists
    or it cannot be compiled (the window then stays in English rather than failing to start)."""
    source = LOCALE_DIR / f"mailmerge_{language}.ts"
    beside = source.with_suffix(".qm")
    if not source.is_file():
        return beside if beside.is_file() else None
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)) / "locale"
    targets = (beside, cache / beside.name)
    for target in targets:
        if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
    tool = _lrelease()
    for target in targets if tool is not None else ():
        if not os.access(target.parent if target.parent.exists() else target.parent.parent, os.W_OK):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)],
                                capture_output=True, check=False)
        if result.returncode == 0 and target.is_file():
            return target
    # An installed copy whose files got new dates, or no compiler: the shipped catalog is still the best there is.
    return beside if beside.is_file() else None


def install_translations(app: QCoreApplication, language: str) -> None:
    """Words, plural forms, numbers and dates in `language`; Qt's own buttons (OK, Cancel) too. Replaces the
    catalogs of an earlier call."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _active["language"] = language
    QLocale.setDefault(_number_and_date_locale(language))
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    catalog = compiled_catalog(language)
    ours = QTranslator(app)
    if catalog is not None and ours.load(str(catalog)):
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)


def _number_and_date_locale(language: str) -> QLocale:
    """The computer's own conventions when they belong to the window's language (an English window in the UK
    writes 7/12/2026, an Indonesian one 10.000); the language's usual ones when another language was chosen."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and system_language() == language:
        return system
    return QLocale(language)


def _four_digit_years(pattern: str) -> str:
    """Qt's short patterns write two-digit years ("26. 12. 7."), which reads as a day in a list of sends."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def shown_date(at: date) -> str:
    """A day the way the window's locale writes it (2026. 12. 7. / 2026/12/7 / 07/12/2026); a moment is taken
    in local time."""
    day = at.astimezone().date() if isinstance(at, datetime) else at
    pattern = _four_digit_years(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def shown_time(at: datetime) -> str:
    """A day and a minute the way the window's locale writes them, in local time."""
    pattern = _four_digit_years(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(at.timestamp())), pattern)


def shown_number(value: int) -> str:
    """A count with the locale's digit grouping (10,000 / 10.000)."""
    return QLocale().toString(value)


def core_sentence(problem: Problem | MailMergeError, *, row_shown: bool = False) -> str:
    """A core problem's own sentence in the window's language (its English template is the catalog key; numbers
    as the language writes them); ui/wording.py uses it where the window has no sentence of its own for the code.
    `row_shown`: the row is shown beside it, so a leading "Row 4: " is left out."""
    if isinstance(problem, MailMergeError):
        problem = problem.problem
    return word(problem, current_language(), lambda text: QCoreApplication.translate(CONTEXT, text),
                row_shown=row_shown)


def finding_sentence(finding: Finding) -> str:
    """A check finding in the window's language, without "Row 4: " (the Check step shows the row beside it); its
    English message when it carries no template."""
    if not finding.template:
        return finding.message
    return core_sentence(Problem(finding.code, finding.template, finding.params), row_shown=finding.row is not None)
