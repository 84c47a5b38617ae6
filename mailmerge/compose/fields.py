"""The two pieces of Jinja the message editor writes for people who never see Jinja, and how to read them back.

A field (shown as a chip): `{{ name }}` for a column name that is one word in any script (`{{ 회원번호 }}`,
`{{ 会员号 }}`), `{{ row["First Name"] }}` for any other name (spaces, punctuation, a Jinja word), with an
optional fallback for empty cells: `{{ row["name"] or "customer" }}`.

A condition on a paragraph: `{% if row["vip"]|trim %}` (is not empty), `{% if not row["vip"]|trim %}` (is
empty), `{% if row["plan"]|trim == "Gold" %}` (equals), `!=` (does not equal). Anything else the template holds is
hand-written Jinja: it is left as text and still works.
"""

from __future__ import annotations

import functools
import keyword
import unicodedata
from dataclasses import dataclass
from typing import Literal

import jinja2
from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment

ConditionKind = Literal["not_empty", "empty", "equals", "not_equals"]
CONDITION_KINDS: tuple[ConditionKind, ...] = ("not_empty", "empty", "equals", "not_equals")


@dataclass(frozen=True)
class FieldRef:
    column: str
    fallback: str = ""  # shown when the cell is empty


@dataclass(frozen=True)
class Condition:
    column: str
    kind: ConditionKind
    value: str = ""  # for equals / not_equals


# Names Jinja reads as something else than a variable, or that the template context itself defines.
_NOT_A_FIELD_NAME = frozenset({"row", "loop", "self", "caller", "varargs", "kwargs", "true", "false", "none"})


def column_access(column: str) -> str:
    """The Jinja expression for a column: its name when that is one word Jinja reads as a variable (people type
    and read `{{ 회원번호 }}` in a subject line), else `row["..."]`. Names Python would normalise (full-width
    letters) and keywords (`if`, `and`, `in`) take the `row["..."]` form, which always works."""
    if (column.isidentifier() and not keyword.iskeyword(column) and column.lower() not in _NOT_A_FIELD_NAME
            and unicodedata.normalize("NFKC", column) == column):
        return column
    return f"row[{string_literal(column)}]"


def string_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def field_source(ref: FieldRef) -> str:
    fallback = f" or {string_literal(ref.fallback)}" if ref.fallback else ""
    return "{{ " + column_access(ref.column) + fallback + " }}"


def condition_source(condition: Condition) -> str:
    cell = column_access(condition.column) + "|trim"
    test = {
        "not_empty": cell,
        "empty": f"not {cell}",
        "equals": f"{cell} == {string_literal(condition.value)}",
        "not_equals": f"{cell} != {string_literal(condition.value)}",
    }[condition.kind]
    return "{% if " + test + " %}"


def parse_field(source: str) -> FieldRef | None:
    """The field a `{{ ... }}` names, or None when it is more than a column (with a fallback)."""
    body = _single_output(source)
    if body is None:
        return None
    fallback = ""
    if isinstance(body, nodes.Or) and isinstance(body.right, nodes.Const) and isinstance(body.right.value, str):
        fallback, body = body.right.value, body.left
    column = _column(body)
    return FieldRef(column, fallback) if column is not None else None


def parse_condition(statement: str) -> Condition | None:
    """The condition an `{% if ... %}` states, when it is one the dialog can make."""
    try:
        ast = _env().parse(statement + "{% endif %}")
    except jinja2.TemplateSyntaxError:
        return None
    if len(ast.body) != 1 or not isinstance(ast.body[0], nodes.If) or ast.body[0].elif_ or ast.body[0].else_:
        return None
    test = ast.body[0].test
    if isinstance(test, nodes.Not):
        column = _trimmed_column(test.node)
        return Condition(column, "empty") if column is not None else None
    if isinstance(test, nodes.Compare) and len(test.ops) == 1 and test.ops[0].op in ("eq", "ne"):
        operand = test.ops[0].expr
        column = _trimmed_column(test.expr)
        if column is None or not isinstance(operand, nodes.Const) or not isinstance(operand.value, str):
            return None
        return Condition(column, "equals" if test.ops[0].op == "eq" else "not_equals", operand.value)
    column = _trimmed_column(test)
    return Condition(column, "not_empty") if column is not None else None


def _single_output(source: str) -> nodes.Expr | None:
    try:
        ast = _env().parse(source)
    except jinja2.TemplateSyntaxError:
        return None
    if len(ast.body) != 1 or not isinstance(ast.body[0], nodes.Output) or len(ast.body[0].nodes) != 1:
        return None
    expr = ast.body[0].nodes[0]
    return expr if not isinstance(expr, nodes.TemplateData) else None


def _trimmed_column(node: nodes.Node) -> str | None:
    if isinstance(node, nodes.Filter) and node.name == "trim" and not node.args and node.node is not None:
        return _column(node.node)
    return None


def _column(node: nodes.Node) -> str | None:
    if isinstance(node, nodes.Name) and node.ctx == "load" and node.name != "row":
        return node.name
    if (isinstance(node, nodes.Getitem) and isinstance(node.node, nodes.Name) and node.node.name == "row"
            and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str)):
        return node.arg.value
    return None


@functools.cache
def _env() -> SandboxedEnvironment:
    return SandboxedEnvironment()
