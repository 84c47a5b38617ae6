"""The message template: header lines, a blank line, a body; rendered once per spreadsheet row.

File layout::

    From: Office <office@example.com>
    To: {{ name }} <{{ email }}>
    Subject: Your invoice {{ number }}
    Attachment: invoices/{{ number }}.pdf

    Dear {{ name }}, ...

A file whose first line is blank (that line is dropped) or does not look like `Name: value` has no header block:
it is all body.
Known headers: From, To, Cc, Bcc, Reply-To, Subject, Attachment (repeatable); anything else is refused with the
closest known name, because a silently ignored "Subjet:" would send mail without a subject.

Fields: every column is a variable. `{{ email }}` works for identifier-like names (Korean/Chinese letters count);
`{{ row["First Name"] }}` works for any name. A name with spaces or punctuation also gets a simple alias: runs of
non-word characters become `_`, so "First Name" is `{{ First_Name }}` and `{{ first_name }}`, as long as no other
column produces the same alias (ambiguous aliases are not defined). `row` itself is always the row mapping.

Escaping choice (cell values must never inject markup):
- `.html` bodies: Jinja autoescape, so a cell `<b>` arrives as `&lt;b&gt;`. `{{ x|safe }}` opts out on purpose.
- `.md` bodies are rendered twice from one source. The HTML part: every `{{ }}` value is backslash-escaped for
  Markdown (all ASCII punctuation, which CommonMark defines as literal when escaped, so `*`, `_`, `#`, `<`, `&`,
  `[` stay text) before markdown-it turns the result into HTML; the plain-text part is the same source rendered
  with raw values. Consequence: a value inside a `code span` shows its backslashes; use `|safe` there.
- `.txt` bodies and all header lines: raw values (headers are checked for line breaks when the message is built).
"""

from __future__ import annotations

import difflib
import functools
import keyword
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from mailmerge.errors import MailMergeError, UnusableInputError

BodyFormat = Literal["markdown", "html", "text"]
HEADER_NAMES = ("From", "To", "Cc", "Bcc", "Reply-To", "Subject")
_ATTACHMENT = "Attachment"
_CANONICAL = {name.lower(): name for name in (*HEADER_NAMES, _ATTACHMENT)}
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z-]*)[ \t]*:[ \t]?(.*)")
_FORMAT_BY_SUFFIX: dict[str, BodyFormat] = {".md": "markdown", ".markdown": "markdown", ".html": "html",
                                            ".htm": "html", ".txt": "text"}
_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character


class TemplateRenderError(MailMergeError):
    """A row cannot be rendered (unknown field, failing filter...): names the row, template line and a fix."""


@dataclass(frozen=True)
class RenderedMessage:
    from_: str
    to: str
    cc: str
    bcc: str
    reply_to: str
    subject: str
    text: str
    html: str | None
    attachments: tuple[Path, ...]


@dataclass(frozen=True)
class _Compiled:
    """Jinja templates compiled once per Template; rendering reuses them for every row."""

    headers: Mapping[str, jinja2.Template | str]  # str: the line has no Jinja markup
    attachments: tuple[jinja2.Template | str, ...]
    body_text: jinja2.Template  # for .html bodies: the HTML itself (the text part is derived from it)
    body_html: jinja2.Template | None  # for .md bodies: the Markdown with values escaped for Markdown


@dataclass(frozen=True)
class Template:
    source: Path | None
    headers: Mapping[str, str]
    attachments: tuple[str, ...]
    body: str
    body_format: BodyFormat
    variables: frozenset[str]
    # First template line (1-based, in the file) where each variable appears: for error messages.
    variable_lines: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)
    # Variables each header uses ("Attachment": all its lines together): pre-flight names the column at fault.
    header_vars: Mapping[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    compiled: _Compiled | None = field(default=None, compare=False, repr=False)


def load_template(path: Path) -> Template:
    body_format = _FORMAT_BY_SUFFIX.get(path.suffix.lower())
    if body_format is None:
        raise UnusableInputError(
            "template.unknown_format",
            "The template {file} has the extension {suffix!r}; name it .md (Markdown), .html or .txt.",
            file=str(path),
            suffix=path.suffix,
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UnusableInputError(
            "template.not_found", "The template {file} does not exist. Check the file name.", file=str(path)
        ) from None
    except UnicodeDecodeError:
        raise UnusableInputError(
            "template.encoding", "The template {file} is not UTF-8 text. Save it as UTF-8 and try again.",
            file=str(path),
        ) from None
    except OSError as exc:
        raise UnusableInputError(
            "template.unreadable", "The template {file} cannot be read ({reason}). Check the file and its "
            "permissions.", file=str(path), reason=exc.strerror or str(exc),
        ) from None
    return parse_template(text, body_format, path)


def parse_template(text: str, body_format: str, source: Path | None = None) -> Template:
    if body_format not in ("markdown", "html", "text"):
        raise ValueError(f"unknown body format {body_format!r}")
    fmt = cast(BodyFormat, body_format)
    where = str(source) if source else "the template"
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headers: dict[str, tuple[str, int]] = {}
    attachments: list[tuple[str, int]] = []
    body_start = 1 if lines and not lines[0].strip() else 0  # a leading blank line means "no header lines"
    if lines and _HEADER_LINE.fullmatch(lines[0]):
        body_start = len(lines)
        for i, line in enumerate(lines):
            if not line.strip():
                body_start = i + 1
                break
            if line[:1] in " \t" and i > 0:  # folded continuation of the previous header
                _append_continuation(headers, attachments, line)
                continue
            match = _HEADER_LINE.fullmatch(line)
            name = _CANONICAL.get(match.group(1).lower()) if match else None
            if match is None or name is None:
                raise _bad_header(where, i + 1, line)
            if name == _ATTACHMENT:
                attachments.append((match.group(2).strip(), i + 1))
            elif name in headers:
                raise UnusableInputError(
                    "template.duplicate_header",
                    "{file}, line {line}: the header {name}: appears twice. Keep one (separate several "
                    "addresses with ;).", file=where, line=i + 1, name=name,
                )
            else:
                headers[name] = (match.group(2).strip(), i + 1)
    body = "\n".join(lines[body_start:])
    sources = [(f"header {name}", src, line) for name, (src, line) in headers.items()]
    sources += [("header Attachment", src, line) for src, line in attachments]
    sources.append(("body", body, body_start + 1))
    variable_lines: dict[str, int] = {}
    header_vars: dict[str, frozenset[str]] = {}
    for label, src, first_line in sources:
        found = _variables(src, where, first_line)
        for var, var_line in found.items():
            variable_lines.setdefault(var, var_line)
        if label.startswith("header "):  # Attachment: the union over its lines
            name = label.removeprefix("header ")
            header_vars[name] = header_vars.get(name, frozenset()) | frozenset(found)
    header_src = {name: src for name, (src, _) in headers.items()}
    attachment_src = tuple(src for src, _ in attachments)
    compiled = _compile(header_src, attachment_src, body, fmt)
    return Template(source, header_src, attachment_src, body, fmt, frozenset(variable_lines), variable_lines,
                    header_vars, compiled)


def _append_continuation(headers: dict[str, tuple[str, int]], attachments: list[tuple[str, int]], line: str) -> None:
    if not headers and not attachments:
        return
    last_name = max(headers, key=lambda n: headers[n][1]) if headers else None
    if attachments and (last_name is None or attachments[-1][1] > headers[last_name][1]):
        return  # attachment names do not fold; ignore stray indentation
    assert last_name is not None
    src, line_no = headers[last_name]
    headers[last_name] = (f"{src} {line.strip()}", line_no)


def _bad_header(where: str, line_no: int, line: str) -> UnusableInputError:
    name = line.partition(":")[0].strip()
    close = difflib.get_close_matches(name, [*HEADER_NAMES, _ATTACHMENT], n=1, cutoff=0.6)
    hint = f" Did you mean {close[0]}:?" if close else ""
    return UnusableInputError(
        "template.unknown_header",
        "{file}, line {line}: {text!r} is not a header this app knows (From, To, Cc, Bcc, Reply-To, Subject, "
        "Attachment).{hint} End the header lines with one blank line before the body; if the body has no "
        "header lines, start the file with a blank line.",
        file=where, line=line_no, text=line, hint=hint,
    )


def _variables(src: str, where: str, first_line: int) -> dict[str, int]:
    """Column names a piece of template uses -> first file line; syntax errors become UnusableInputError."""
    try:
        ast = _text_env().parse(src)
    except jinja2.TemplateSyntaxError as exc:
        line_no = first_line + (exc.lineno or 1) - 1
        shown = src.split("\n")[(exc.lineno or 1) - 1] if src else ""
        raise UnusableInputError(
            "template.syntax",
            "{file}, line {line}: the template has a mistake: {reason}. The line is: {text!r}. "
            "Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.",
            file=where, line=line_no, reason=(exc.message or "syntax error").rstrip("."), text=shown.strip(),
        ) from None
    found: dict[str, int] = {}
    undeclared = meta.find_undeclared_variables(ast)
    for name_node in ast.find_all(nodes.Name):
        if name_node.name in undeclared and name_node.name != "row":
            found.setdefault(name_node.name, first_line + name_node.lineno - 1)
    for item in ast.find_all(nodes.Getitem):
        if (isinstance(item.node, nodes.Name) and item.node.name == "row" and isinstance(item.arg, nodes.Const)
                and isinstance(item.arg.value, str)):
            found.setdefault(item.arg.value, first_line + item.lineno - 1)
    return dict(sorted(found.items(), key=lambda kv: kv[1]))


def _escape_markdown(value: object) -> object:
    if isinstance(value, Markup):  # `|safe`: the author asked for raw Markdown
        return str(value)
    return _MD_SPECIAL.sub(r"\\\1", "" if value is None else str(value))


@functools.cache
def _text_env() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True)


@functools.cache
def _html_env() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=True, keep_trailing_newline=True)


@functools.cache
def _markdown_env() -> SandboxedEnvironment:
    return SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True,
                                finalize=_escape_markdown)


def _compile(headers: Mapping[str, str], attachments: tuple[str, ...], body: str, fmt: BodyFormat) -> _Compiled:
    text = _text_env()
    if fmt == "html":
        body_text, body_html = _html_env().from_string(body), None
    elif fmt == "markdown":
        body_text, body_html = text.from_string(body), _markdown_env().from_string(body)
    else:
        body_text, body_html = text.from_string(body), None
    return _Compiled(
        headers={name: _compile_line(src) for name, src in headers.items()},
        attachments=tuple(_compile_line(src) for src in attachments),
        body_text=body_text,
        body_html=body_html,
    )


def _compile_line(src: str) -> jinja2.Template | str:
    """A header line without any Jinja markup is kept as text: rendering it per row would cost ~10 µs for nothing."""
    return _text_env().from_string(src) if "{" in src else src


@functools.lru_cache(maxsize=64)
def aliases(columns: tuple[str, ...]) -> Mapping[str, str]:
    """Simple variable names for columns whose names are not identifiers: alias -> column (unambiguous only)."""
    taken = set(columns)
    candidates: dict[str, list[str]] = {}
    for column in columns:
        if column.isidentifier():
            continue
        base = re.sub(r"\W+", "_", column).strip("_")
        if not base.isidentifier() or keyword.iskeyword(base):
            continue
        for alias in dict.fromkeys((base, base.lower())):
            if alias not in taken:
                candidates.setdefault(alias, []).append(column)
    return {alias: cols[0] for alias, cols in candidates.items() if len(cols) == 1}


def _context(row_values: Mapping[str, str]) -> dict[str, Any]:
    context: dict[str, Any] = dict(row_values)
    for alias, column in aliases(tuple(row_values)).items():
        context[alias] = row_values[column]
    context["row"] = row_values
    return context


def render(template: Template, row_values: Mapping[str, str], row: int, *, convert: bool = True) -> RenderedMessage:
    """Fill the template with one row. `convert=False` (pre-flight) skips the costly Markdown -> HTML and
    HTML -> text conversions and the second Markdown rendering, none of which can fail on their own: `html` is
    then None for .md and `text` holds the HTML for .html."""
    compiled = template.compiled or _compile(template.headers, template.attachments, template.body,
                                             template.body_format)
    context = _context(row_values)
    try:
        headers = {name: _render_line(t, context) for name, t in compiled.headers.items()}
        attachments = tuple(Path(p) for p in (_render_line(t, context) for t in compiled.attachments) if p)
        text = compiled.body_text.render(context)
        # the Markdown-escaped rendering fails exactly when the raw one does, so a check can skip it
        html = compiled.body_html.render(context) if compiled.body_html is not None and convert else None
    except jinja2.UndefinedError as exc:
        raise _missing_field_error(template, row_values, row, exc) from None
    except (jinja2.TemplateError, ArithmeticError, TypeError, ValueError) as exc:
        raise TemplateRenderError(
            "template.render_failed",
            "Row {row}: the template could not be filled in: {reason}. Check the fields and filters the template "
            "uses with this row's values.", row=row, reason=str(exc),
        ) from None
    if template.body_format == "html":  # one HTML rendering; the text part is derived from it
        html, text = text, (_html_to_text(text) if convert else text)
    elif html is not None and convert:
        html = _markdown_to_html(html)
    return RenderedMessage(
        from_=headers.get("From", ""), to=headers.get("To", ""), cc=headers.get("Cc", ""),
        bcc=headers.get("Bcc", ""), reply_to=headers.get("Reply-To", ""), subject=headers.get("Subject", ""),
        text=text, html=html, attachments=attachments,
    )


def _render_line(line: jinja2.Template | str, context: dict[str, Any]) -> str:
    return (line if isinstance(line, str) else line.render(context)).strip()


def _missing_field_error(template: Template, row_values: Mapping[str, str], row: int,
                         exc: jinja2.UndefinedError) -> TemplateRenderError:
    known = set(row_values) | set(aliases(tuple(row_values)))
    missing = next((v for v in template.variable_lines if v not in known), None)
    if missing is None:  # an undefined attribute or filter argument rather than a column
        match = re.search(r"'([^']+)' is undefined|attribute '([^']+)'", str(exc))
        missing = next((g for g in match.groups() if g), str(exc)) if match else str(exc)
    close = difflib.get_close_matches(missing, list(known), n=1, cutoff=0.5)
    hint = f"The closest column is {close[0]!r}." if close else "Columns: " + ", ".join(sorted(row_values)) + "."
    return TemplateRenderError(
        "template.unknown_field",
        "Row {row}: the template uses the field {field!r} (template line {line}), but the spreadsheet has no such "
        "column. {hint} Fix the name in the template or rename the column.",
        row=row, field=missing, line=template.variable_lines.get(missing, "?"), column=missing,
        suggestion=close[0] if close else None, hint=hint,
    )


@functools.cache
def _markdown_renderer() -> Callable[[str], str]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    return md.render


def _markdown_to_html(source: str) -> str:
    return _markdown_renderer()(source)


def _html_to_text(html: str) -> str:
    from inscriptis import get_text

    return cast(str, get_text(html)).strip() + "\n"
