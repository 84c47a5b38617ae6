"""Errors a user can act on.

Every problem carries a stable `code`, an English message template and its parameters, so each face looks the
template up in its translations (mailmerge/base/wording.py) and formats the same parameters. A parameter that is a
sentence itself (why an address is not valid) is a Problem too, so it is translated as well.
Messages say what happened and what to do, in plain words, and never contain a secret.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType


@dataclass(frozen=True)
class Problem:
    """A sentence as code + English template + parameters. A parameter may itself be a Problem (a sentence inside
    a sentence, e.g. the server's reason inside "... Gave up after 3 attempts."), or a tuple of them (a list):
    each is worded in the same language as the whole. A moment (datetime) is written as local "2026-03-01 09:30"
    here; the window writes it its locale's way."""

    code: str
    template: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def message(self) -> str:
        """The English sentence."""
        if not any(isinstance(value, Problem | tuple | datetime) for value in self.params.values()):
            return self.template.format(**self.params)  # the common case, once per message sent: kept short
        return self.worded(lambda template: template)

    def worded(self, lookup: Callable[[str], str]) -> str:
        """The sentence with every template (this one's and its nested problems') passed through `lookup`, which
        gives the template in the reader's language; the English sentence when a translation does not fit."""
        params = {name: _worded(value, lookup) for name, value in self.params.items()}
        try:
            return lookup(self.template).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation naming a field the template does not have
            return self.template.format(**params)

    def __str__(self) -> str:
        # A problem given as another problem's parameter (why an address is not valid) reads as its sentence.
        return self.message()


def _worded(value: object, lookup: Callable[[str], str]) -> object:
    if isinstance(value, Problem):
        return value.worded(lookup)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, tuple) and value and all(isinstance(item, Problem) for item in value):
        return list_separator(value).join(item.worded(lookup) for item in value if isinstance(item, Problem))
    return value


def list_separator(problems: tuple[object, ...]) -> str:
    """Sentences of a `Listed` follow one another ("; "); other lists of problems are short phrases (", ")."""
    return "; " if isinstance(problems, Listed) else ", "


def make_problem(code: str, template: str, /, **params: object) -> Problem:
    """A sentence a face words from its code (the English `template` is also the translation catalog's key;
    packaging/update_translations.py collects the templates of these calls)."""
    return Problem(code, template, MappingProxyType(dict(params)))


def literal(code: str, text: str) -> Problem:
    """Text that is no template (a reason written by an older version, a code this version does not know): shown
    as it is, in every language."""
    return Problem(code, "{text}", MappingProxyType({"text": text}))


def problem_to_json(problem: Problem) -> str:
    """The problem as JSON text, e.g. for a journal column: nested problems and moments kept, days as ISO text,
    anything else that JSON has no type for as its text."""
    return json.dumps(_plain(problem), ensure_ascii=False)


def problem_from_json(text: str) -> Problem | None:
    """The problem `problem_to_json` wrote; None for an empty or unreadable text (never an error: the stored
    English sentence is then shown)."""
    if not text:
        return None
    try:
        found = _problem(json.loads(text))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return found


def _plain(value: object) -> object:
    if isinstance(value, Problem):
        return {"code": value.code, "template": value.template,
                "params": {name: _plain(item) for name, item in value.params.items()}}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _problem(found: object) -> Problem:
    if not isinstance(found, dict):
        raise TypeError("not a problem")
    code, template, params = found["code"], found["template"], found["params"]
    if not (isinstance(code, str) and isinstance(template, str) and isinstance(params, dict)):
        raise TypeError("not a problem")
    return make_problem(code, template, **{str(name): _param(value) for name, value in params.items()})


def _param(value: object) -> object:
    if isinstance(value, dict) and set(value) == {"datetime"}:
        return datetime.fromisoformat(str(value["datetime"]))
    if isinstance(value, dict):
        return _problem(value)
    if isinstance(value, list):
        return tuple(_param(item) for item in value)
    return value


class Listed(tuple[Problem, ...]):
    """Several problems given as one parameter (the unknown fields of a template), said one after another.
    A face words each in its language; formatted as it is, the English sentences joined by "; "."""

    def __str__(self) -> str:
        return "; ".join(problem.message() for problem in self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class MailMergeError(Exception):
    """An expected failure with a plain-language explanation (bad file, bad template, login refused...)."""

    def __init__(self, code: str, template: str, **params: object) -> None:
        self.problem = Problem(code, template, MappingProxyType(dict(params)))
        super().__init__(self.problem.message())

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def params(self) -> Mapping[str, object]:
        return self.problem.params


class UnusableInputError(MailMergeError):
    """The input files cannot be used at all (CLI exit code 2)."""
