"""Errors a user can act on.

Every problem carries a stable `code`, an English message template and its parameters, so the CLI prints the
English sentence and the GUI can look the code up in its translations and format the same parameters.
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
