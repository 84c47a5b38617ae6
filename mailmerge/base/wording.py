"""Core messages in the reader's language, without Qt.

A `Problem`'s English template is its own key (gettext style): the catalogs are the project's Qt Linguist files
(`mailmerge/locale/mailmerge_<language>.ts`), whose "Problem" context holds every core template next to its
translation. The window reads the same entries through Qt's translator; the CLI reads them here, so both faces say
the same sentence. A template with no (or a broken) translation falls back to English, never to an error. The
CLI's own sentences ("Checked 3 rows: …") are in the "Cli" context of the same files (mailmerge/commands/speech.py).

Numbers among the parameters are written as the language writes them (1.234,5 in Indonesian); a parameter that is
a Problem itself (why an address is not valid) is worded in the same language.
"""

from __future__ import annotations

import locale
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import date, datetime
from functools import cache
from pathlib import Path

from mailmerge.base.errors import Problem, list_separator

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
CONTEXT = "Problem"  # the .ts context of core templates
CLI_CONTEXT = "Cli"  # the .ts context of the command line's own sentences
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "ko", "zh_CN", "zh_TW", "id")  # shipped; the first is the source language

# "Row 3: " put in front of a sentence (the `where` parameter) is worded again from `row` in the reader's language.
ROW_PREFIX = "Row {row}: "
# (thousands separator, decimal mark) of the languages that do not write numbers as English does (CLDR).
SEPARATORS = {"id": (".", ",")}


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
def catalog(language: str, context_name: str = CONTEXT) -> Mapping[str, str]:
    """English template -> finished translation, for one context ("Problem", "Cli") of the language's .ts file."""
    path = LOCALE_DIR / f"mailmerge_{language}.ts"
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    entries: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != context_name:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if not source or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            entries[source] = translation.text
    return entries


def translate(text: str, language: str, context: str = CONTEXT) -> str:
    return catalog(language, context).get(text, text)


class LocalNumber:
    """A number as a language writes it: formatted with the template's own spec ({size:.1f}, {count:,}), then
    with the language's separators."""

    def __init__(self, value: float, language: str) -> None:
        self.value = value
        self.group, self.decimal = SEPARATORS.get(language, (",", "."))

    def __format__(self, spec: str) -> str:
        text = format(self.value, spec)
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)

    def __str__(self) -> str:
        return format(self, "")

    def __repr__(self) -> str:
        return repr(self.value)


# How each language writes a day (CLDR's short form with a four-digit year, as the window shows it through QLocale:
# ui/i18n.py shown_date); English keeps ISO 8601, which scripts read.
DATE_FORMATS = {"ko": "{y}. {m}. {d}.", "zh_CN": "{y}/{m}/{d}", "zh_TW": "{y}/{m}/{d}", "id": "{d:02}/{m:02}/{y}"}


def local_date(day: date, language: str) -> str:
    return DATE_FORMATS.get(language, "{y}-{m:02}-{d:02}").format(y=day.year, m=day.month, d=day.day)


def localized(value: object, language: str | None) -> object:
    """`value` ready to be formatted into a sentence in `language`: numbers with its separators."""
    if language in SEPARATORS and isinstance(value, int | float) and not isinstance(value, bool):
        return LocalNumber(value, language)
    return value


def word(problem: Problem, language: str | None = None, lookup: Callable[[str], str] | None = None, *,
         row_shown: bool = False) -> str:
    """The problem's sentence in `language` (default: the system's), English when it has no usable translation.
    `lookup` replaces the catalog (the window passes Qt's translator, which follows the language chosen there;
    `language` then only says how numbers are written). `row_shown`: the face shows the row beside the sentence
    (the Check step's Row column, the CLI's "row 4:"), so a leading "Row 4: " is left out."""
    if lookup is None:
        chosen = language or system_language()
        language = chosen

        def lookup(text: str) -> str:
            return translate(text, chosen)

    params = {key: _worded(value, language, lookup) for key, value in problem.params.items()}
    row = problem.params.get("row")
    dropped = False
    if row is not None and params.get("where") == ROW_PREFIX.format(row=row):  # "Row 3: " said in the language
        dropped = row_shown
        params["where"] = "" if row_shown else lookup(ROW_PREFIX).format(row=row)
    template = lookup(problem.template)
    try:
        sentence = template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation naming a field the template does not have
        template = problem.template
        sentence = problem.message().removeprefix(str(problem.params["where"]) if dropped else "")
    # "{where}the To cell holds…" without its "Row 4: " starts with a capital; a value ({address}) stays as it is.
    if dropped and template.startswith("{where}") and template[len("{where}"):][:1].islower():
        return sentence[:1].upper() + sentence[1:]
    return sentence


def _worded(value: object, language: str | None, lookup: Callable[[str], str]) -> object:
    """A parameter in the sentence's language: a problem inside it (also one with its own "Row 3: "), a list of
    them, a moment (local time; the window passes its own locale's text instead), a number."""
    if isinstance(value, tuple) and value and all(isinstance(item, Problem) for item in value):
        return list_separator(value).join(word(item, language, lookup) for item in value if isinstance(item, Problem))
    if isinstance(value, Problem):
        return word(value, language, lookup)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return localized(value, language)
