"""The command line's own sentences, in the operating system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).

`say("Wrote {count} rows.", count=n)`: the English text is the catalog key in the "Cli" context of
mailmerge/locale/*.ts (packaging/update_translations.py finds every `say(...)` and `say_count(...)` call, so write
the English text as a literal there, or as `"a" if x else "b"`). `say_count(n, one, many)` picks the English
singular or plural; the shipped languages other than English have one form, translated for each key. Numbers are
written as the language writes them, and dates with `local_date`. English stays the language of C/POSIX locales,
which scripts run under; `--json` output and exit codes are never translated.
"""

from __future__ import annotations

from datetime import date

from mailmerge.base import wording
from mailmerge.base.errors import Problem
from mailmerge.base.wording import CLI_CONTEXT, SOURCE_LANGUAGE, localized, system_language, translate, word


def language() -> str:
    return system_language()


def say(text: str, /, **params: object) -> str:
    """`text` in the reader's language with `params` filled in; English if the catalog lacks it or is broken."""
    chosen = language()
    if chosen == SOURCE_LANGUAGE:
        return text.format(**params)
    shown = {key: word(value, chosen) if isinstance(value, Problem) else localized(value, chosen)
             for key, value in params.items()}
    try:
        return translate(text, chosen, CLI_CONTEXT).format(**shown)
    except (KeyError, IndexError, ValueError):  # a translation naming a field the text does not have
        return text.format(**params)


def say_count(count: int, one: str, many: str, /, **params: object) -> str:
    """`one` or `many` by English's rule for `count` (given to the text as {n}), in the reader's language."""
    return say(one if count == 1 else many, n=count, **params)


def speak(problem: Problem, *, row_shown: bool = False) -> str:
    """A core problem's sentence in the reader's language (`row_shown`: without a leading "Row 4: ")."""
    return word(problem, language(), row_shown=row_shown)


def local_date(day: date) -> str:
    """A date as the reader's language writes it (ISO 8601, 2026-03-01, in English)."""
    return wording.local_date(day, language())
