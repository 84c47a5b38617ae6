"""Errors a user can act on.

Every problem carries a stable `code`, an English message template and its parameters, so each face looks the
template up in its translations (mailmerge/base/wording.py) and formats the same parameters. A parameter that is a
sentence itself (why an address is not valid) is a Problem too, so it is translated as well.
Messages say what happened and what to do, in plain words, and never contain a secret.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Problem:
    code: str
    template: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def message(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        # A problem given as another problem's parameter (why an address is not valid) reads as its sentence.
        return self.message()


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
