"""The Jinja environment every template runs in: immutable, and bounded in what one row may cost.

A template is a file anyone may hand the user, and cell values are anyone's text. Jinja's immutable sandbox keeps a
template from reaching unsafe attributes and from changing `row` or any other value it is given (a template that
rewrote a row would change what the later pieces of the same message see). On top of that, filling in one piece of a
template is bounded: at most MAX_OUTPUT characters and MAX_SECONDS of output, no repetition (`"x" * 3000000000`), power
or `range` that would go past that, and no count or width argument above MAX_NUMBER (`center(3000000000)`,
`"%3000000000s"`). Going past a bound raises `RenderLimit`, a Jinja error, so it ends as the row's render error.

Loops that write nothing (`{% for a in cell %}{% for b in cell %}{% endfor %}...`) have no output to count, so every
`{% for %}` walks its items through a generator that looks at the clock now and then (Sandbox._parse).
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from mailmerge.sheets.numfmt import number as number_filter

MAX_OUTPUT = 10_000_000  # characters one piece of a template may fill in to; real messages are far smaller
MAX_SECONDS = 5.0
MAX_NUMBER = 1_000_000  # the largest count or width a filter or method may be given
MAX_RANGE = 100_000
_MAX_POWER_BITS = 100_000
_HUGE_WIDTH = re.compile(r"[%{:][^%{}:\d]{0,3}\d{7,}")  # a format width of a million or more: "%3000000000s"
_CHECK_CLOCK_EVERY = 4096
_TICKING = "_mm_ticking"  # the name each {% for %} walks its items through (see Sandbox._parse)

_deadline: ContextVar[float] = ContextVar("mailmerge_render_deadline", default=float("inf"))


class RenderLimit(SecurityError):
    """A template went past one of the bounds of this module."""


def fill(pieces: Iterable[str]) -> str:
    """Join the output of a template's render function, stopping it past MAX_OUTPUT characters or MAX_SECONDS."""
    deadline = time.monotonic() + MAX_SECONDS
    token = _deadline.set(deadline)
    try:
        out: list[str] = []
        size = 0
        for piece in pieces:
            size += len(piece)
            if size > MAX_OUTPUT:
                raise RenderLimit(f"the filled-in text would be longer than {MAX_OUTPUT:,} characters")
            if time.monotonic() > deadline:
                raise _too_slow()
            out.append(piece)
        return "".join(out)
    finally:
        _deadline.reset(token)


class Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        # `{{ row["amount"] | number }}`: the number behind a formatted cell (10000.5 behind "10,000.50").
        self.filters["number"] = number_filter
        self.filters = {name: _bounded(function) for name, function in self.filters.items()}
        self.globals["range"] = _range
        self.globals[_TICKING] = _ticking

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """Every `{% for %}` walks its items through _ticking, which looks at the clock now and then: a loop that
        writes nothing (over the characters of a huge cell, twice nested) is bounded in time like the output."""
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name(_TICKING, "load"), [loop.iter], [], None, None)
        return tree

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            _check_arguments((left,), {})
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        # "{:>9999999}".format(x): the width is in the string the method belongs to (the sandbox hands out
        # str.format wrapped).
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        _check_arguments((owner, *args) if isinstance(owner, str) else args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)


def _bounded(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)  # keeps Jinja's pass_context / pass_environment marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args, kwargs)
        return function(*args, **kwargs)

    return bounded


def _check_arguments(args: Iterable[Any], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            raise RenderLimit(f"the number {value:,} is larger than a template may use here ({MAX_NUMBER:,})")
        if isinstance(value, str) and ("%" in value or "{" in value) and _HUGE_WIDTH.search(value):
            raise RenderLimit(f"a width of a million characters or more is asked for ({value[:40]!r})")


def _check_repeat(sequence: Any, times: Any) -> None:
    if isinstance(sequence, str | list | tuple) and isinstance(times, int) and len(sequence) * times > MAX_OUTPUT:
        raise RenderLimit(f"repeating a text or list {times:,} times would be longer than {MAX_OUTPUT:,} items")


def _check_power(base: Any, exponent: Any) -> None:
    if (isinstance(base, int) and isinstance(exponent, int) and exponent > 0
            and abs(base).bit_length() * exponent > _MAX_POWER_BITS):
        raise RenderLimit(f"{base} ** {exponent} is too large a number")


def _range(*args: int) -> Iterator[int]:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise RenderLimit(f"range() of more than {MAX_RANGE:,} numbers")
    return _ticking(numbers)


def _ticking(items: Iterable[Any]) -> Iterator[Any]:
    deadline = _deadline.get()
    for i, item in enumerate(items):
        if i % _CHECK_CLOCK_EVERY == 0 and time.monotonic() > deadline:
            raise _too_slow()
        yield item


def _too_slow() -> RenderLimit:
    return RenderLimit(f"filling it in took more than {MAX_SECONDS:.0f} seconds")
