"""Core messages in the reader's language, without Qt.

A `Problem`'s English template is its own key (gettext style): the catalogs are the project's Qt Linguist files
(`mailmerge/locale/mailmerge_<language>.ts`), whose "Problem" context holds every core template next to its
translation. The window reads the same entries through Qt's translator; the CLI reads them here, so both faces say
the same sentence. A template with no (or a broken) translation falls back to English, never to an error.
"""

from __future__ import annotations

import locale
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from mailmerge.base.errors import Problem

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
CONTEXT = "Problem"  # the .ts context of core templates
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "ko", "zh_CN", "zh_TW", "id")  # shipped; the first is the source language

# "Row 3: " put in front of a sentence (the `where` parameter) is worded again from `row` in the reader's language.
ROW_PREFIX = "Row {row}: "


def match_language(tag: str | None) -> str:
    """The shipped language for a locale name such as `ko_KR.UTF-8`, `zh-Hant-TW`, `zh_HK` or `id_ID`."""
    if not tag:
        return SOURCE_LANGUAGE
    parts = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")
    language = parts[0].lower()
    rest = {p.upper() for p in parts[1:]}
    if language == "zh":
        return "zh_TW" if rest & {"HANT", "TW", "HK", "MO"} else "zh_CN"
    if language in ("id", "in"):  # "in" is Java's and old Android's name for Indonesian
        return "id"
    return language if language in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    """The operating system's language for messages, as one of LANGUAGES (English when it is none of them)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return match_language(value)
    if sys.platform == "win32":  # the display language, which the environment does not carry on Windows
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        return match_language(locale.windows_locale.get(int(lcid)))
    return match_language(locale.getlocale(locale.LC_CTYPE)[0])


@cache
def catalog(language: str) -> Mapping[str, str]:
    """English template -> finished translation, for the "Problem" context of the language's .ts file."""
    path = LOCALE_DIR / f"mailmerge_{language}.ts"
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    entries: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if not source or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            entries[source] = translation.text
    return entries


def translate(text: str, language: str) -> str:
    return catalog(language).get(text, text)


def word(problem: Problem, language: str | None = None, lookup: Callable[[str], str] | None = None) -> str:
    """The problem's sentence in `language` (default: the system's), English when it has no usable translation.
    `lookup` replaces the catalog (the window passes Qt's translator, which follows the language chosen there)."""
    if lookup is None:
        chosen = language or system_language()

        def lookup(text: str) -> str:
            return translate(text, chosen)

    return _rows_in_language(problem, lookup).worded(lookup)


def _rows_in_language(problem: Problem, lookup: Callable[[str], str]) -> Problem:
    """The problem with its "Row 3: " (the `where` parameter, also of a problem inside it) in the language."""
    params = {name: _rows_in_language(value, lookup) if isinstance(value, Problem) else value
              for name, value in problem.params.items()}
    row = params.get("row")
    if row is not None and params.get("where") == ROW_PREFIX.format(row=row):
        params["where"] = lookup(ROW_PREFIX).format(row=row)
    return Problem(problem.code, problem.template, params)
