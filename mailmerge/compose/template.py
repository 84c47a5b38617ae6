"""The message template: header lines, a blank line, a body; rendered once per spreadsheet row.

File layout::

    From: Office <office@example.com>
    To: {{ name }} <{{ email }}>
    Subject: Your invoice {{ number }}
    Attachment: invoices/{{ number }}.pdf

    Dear {{ name }}, ...

A file whose first line is blank (that line is dropped) or does not look like `Name: value` has no header block:
it is all body.
Known headers: From, To, Cc, Bcc, Reply-To, Subject, Attachment (repeatable), Unsubscribe (this campaign's
unsubscribe options instead of the account's, or `none`); anything else is refused with the
closest known name, because a silently ignored "Subjet:" would send mail without a subject.

Fields: every column is a variable. `{{ email }}` works for identifier-like names (Korean/Chinese letters count);
`{{ row["First Name"] }}` works for any name. A name with spaces or punctuation also gets a simple alias: runs of
non-word characters become `_`, so "First Name" is `{{ First_Name }}` and `{{ first_name }}`, as long as no other
column produces the same alias (ambiguous aliases are not defined). `row` itself is always the row mapping.

Escaping choice (cell values must never inject markup):
- `.html` bodies: Jinja autoescape, so a cell `<b>` arrives as `&lt;b&gt;`. `{{ x|safe }}` opts out on purpose.
- `.md` bodies are rendered twice from one source; the plain-text part is the source rendered with raw values.
  The HTML part is converted from Markdown ONCE per template (see "Markdown converted once" below): every Jinja
  construct becomes an opaque placeholder word, markdown-it converts the text, the constructs go back in, and each
  row only runs Jinja, with every `{{ }}` value HTML-escaped exactly as markdown-it escapes text (`&<>"`), so a
  cell's `<b>`, `*`, `[x](y)` shows literally. Templates the one-time conversion cannot represent fall back to the
  per-row path: every value backslash-escaped for Markdown (all ASCII punctuation, which CommonMark defines as
  literal when escaped) before markdown-it converts that row.
- `.txt` bodies and all header lines: raw values (headers are checked for line breaks when the message is built).
"""

from __future__ import annotations

import difflib
import functools
import html as html_entities
import keyword
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import jinja2
from jinja2 import meta, nodes
from jinja2.runtime import Context
from markupsafe import Markup

from mailmerge.base.errors import MailMergeError, UnusableInputError
from mailmerge.compose.addresses import VALUE_END, VALUE_START, protect_display_names
from mailmerge.compose.sandbox import Sandbox, fill

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

BodyFormat = Literal["markdown", "html", "text"]
HEADER_NAMES = ("From", "To", "Cc", "Bcc", "Reply-To", "Subject")
_ATTACHMENT = "Attachment"
UNSUBSCRIBE_HEADER = "Unsubscribe"  # the campaign's own unsubscribe options (compose/unsubscribe.py), not sent
_CANONICAL = {name.lower(): name for name in (*HEADER_NAMES, _ATTACHMENT, UNSUBSCRIBE_HEADER)}
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z-]*)[ \t]*:[ \t]?(.*)")
_FORMAT_BY_SUFFIX: dict[str, BodyFormat] = {".md": "markdown", ".markdown": "markdown", ".html": "html",
                                            ".htm": "html", ".txt": "text"}
_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character
_RENDER_ERRORS = (jinja2.TemplateError, ArithmeticError, TypeError, ValueError)  # a row's values do not fit


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
class _Filler:
    """A compiled Jinja template filled from a plain dict. `Template.render` copies the environment's globals out
    of a ChainMap twice per call, which was ~3/4 of the cost of rendering a header line (5.6 µs -> 1.2 µs);
    here they are copied once, at compile time."""

    template: jinja2.Template
    globals: dict[str, Any]

    @classmethod
    def compile(cls, env: Sandbox, src: str, globals: dict[str, Any] | None = None) -> _Filler:
        template = env.from_string(src, globals=globals)
        return cls(template, dict(template.globals))

    def __call__(self, context: Mapping[str, Any]) -> str:
        template = self.template
        filled = Context(template.environment, {**self.globals, **context}, template.name, template.blocks)
        return fill(template.root_render_func(filled))


@dataclass(frozen=True)
class _Compiled:
    """Jinja templates compiled once per Template; rendering reuses them for every row."""

    headers: Mapping[str, _Filler | str]  # str: the line has no Jinja markup
    attachments: tuple[_Filler | str, ...]
    body_text: _Filler  # for .html bodies: the HTML itself (the text part is derived from it)
    body_html: _Filler | None  # .md bodies on the per-row path: the Markdown with values escaped for Markdown
    html_once: _Filler | None = None  # .md bodies converted once: HTML with Jinja, values HTML-escaped
    # Every templated header and attachment line and (unless .html) the text body as ONE template, the pieces
    # joined by _BATCH_SEPARATOR: one Jinja context per row instead of one per piece. None when fewer than two
    # pieces need Jinja or a piece could change what the next one sees ({% set %}, macros, imports, blocks).
    batch: _Batch | None = None
    text_once: _Filler | None = None  # .html bodies: the plain-text part converted once, with Jinja, raw values


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
    body_first_line: int = field(default=1, compare=False, repr=False)  # the file line the body starts on

    def place(self, variable: str) -> tuple[str | None, int | None]:
        """Where a variable first appears as an editor shows the message: (header name, None) for a header line,
        (None, line of the body counting from 1) for the body."""
        file_line = self.variable_lines.get(variable)
        if file_line is None:
            return None, None
        if file_line < self.body_first_line:
            header = next((name for name, used in self.header_vars.items() if variable in used), None)
            return header, None
        return None, file_line - self.body_first_line + 1


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
        header = label.removeprefix("header ") if label.startswith("header ") else None
        found = _variables(src, where, first_line, header, body_start)
        for var, var_line in found.items():
            variable_lines.setdefault(var, var_line)
        if label.startswith("header "):  # Attachment: the union over its lines
            name = label.removeprefix("header ")
            header_vars[name] = header_vars.get(name, frozenset()) | frozenset(found)
    header_src = {name: src for name, (src, _) in headers.items()}
    attachment_src = tuple(src for src, _ in attachments)
    try:
        compiled = _compile(header_src, attachment_src, body, fmt)
    except RecursionError:
        raise _too_deep(where, 1) from None
    except jinja2.TemplateError as exc:  # what the checks above let through, said in Jinja's words
        raise UnusableInputError(
            "template.syntax", "{file}: the template has a mistake: {reason}. Correct it in the template.",
            file=where, reason=str(exc).rstrip("."),
        ) from None
    return Template(source, header_src, attachment_src, body, fmt, frozenset(variable_lines), variable_lines,
                    header_vars, compiled, body_start + 1)


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
    close = difflib.get_close_matches(name, [*HEADER_NAMES, _ATTACHMENT, UNSUBSCRIBE_HEADER], n=1, cutoff=0.6)
    hint = f" Did you mean {close[0]}:?" if close else ""
    return UnusableInputError(
        "template.unknown_header",
        "{file}, line {line}: {text!r} is not a header this app knows (From, To, Cc, Bcc, Reply-To, Subject, "
        "Attachment, Unsubscribe).{hint} End the header lines with one blank line before the body; if the body has no "
        "header lines, start the file with a blank line.",
        file=where, line=line_no, text=line, hint=hint,
    )


def _variables(src: str, where: str, first_line: int, header: str | None, body_start: int) -> dict[str, int]:
    """Column names a piece of template uses -> first file line; syntax errors become UnusableInputError, naming
    the file line (for a text editor) and the header or body line (for an editor showing the message's parts)."""
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
            header=header, body_line=None if header else line_no - body_start,
        ) from None
    except RecursionError:
        raise _too_deep(where, first_line) from None
    _check_filters_and_tests(ast, where, first_line)
    found: dict[str, int] = {}
    try:
        undeclared = meta.find_undeclared_variables(ast)
    except RecursionError:
        raise _too_deep(where, first_line) from None
    for name_node in ast.find_all(nodes.Name):
        if name_node.name in undeclared and name_node.name != "row":
            found.setdefault(name_node.name, first_line + name_node.lineno - 1)
    for item in ast.find_all(nodes.Getitem):
        if (isinstance(item.node, nodes.Name) and item.node.name == "row" and isinstance(item.arg, nodes.Const)
                and isinstance(item.arg.value, str)):
            found.setdefault(item.arg.value, first_line + item.lineno - 1)
    return dict(sorted(found.items(), key=lambda kv: kv[1]))


def _check_filters_and_tests(ast: nodes.Template, where: str, first_line: int) -> None:
    """A misspelled filter (`{{ name | uppr }}`) or test is a mistake in the template, named with its line and the
    closest real name, before any row is filled in."""
    env = _text_env()
    for node in ast.find_all((nodes.Filter, nodes.Test)):
        known = env.filters if isinstance(node, nodes.Filter) else env.tests
        if node.name in known:
            continue
        kind = "filter" if isinstance(node, nodes.Filter) else "test"
        close = difflib.get_close_matches(node.name, list(known), n=1, cutoff=0.6)
        raise UnusableInputError(
            "template.unknown_filter",
            "{file}, line {line}: the template uses the {kind} {name!r}, which does not exist.{hint} Correct the "
            "name in the template.",
            file=where, line=first_line + node.lineno - 1, kind=kind, name=node.name,
            hint=f" Did you mean {close[0]!r}?" if close else "",
        )


def _too_deep(where: str, first_line: int) -> UnusableInputError:
    return UnusableInputError(
        "template.too_deep",
        "{file}, from line {line}: the template nests brackets, ifs or loops too deeply to be read. Simplify that "
        "part of the template.",
        file=where, line=first_line,
    )


def _escape_markdown(value: object) -> object:
    if isinstance(value, Markup):  # `|safe`: the author asked for raw Markdown
        return str(value)
    return _MD_SPECIAL.sub(r"\\\1", "" if value is None else str(value))


@functools.cache
def _text_env() -> Sandbox:
    return Sandbox(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True)


@functools.cache
def _html_env() -> Sandbox:
    return Sandbox(undefined=jinja2.StrictUndefined, autoescape=True, keep_trailing_newline=True)


@functools.cache
def _markdown_env() -> Sandbox:
    return Sandbox(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True,
                                finalize=_escape_markdown)


def _compile(headers: Mapping[str, str], attachments: tuple[str, ...], body: str, fmt: BodyFormat) -> _Compiled:
    text = _text_env()
    if fmt == "html":  # pictures written into the template become cid: parts once here, not for every row
        from mailmerge.compose.inline_images import extract_images

        body, _ = extract_images(body)
    body_text = _Filler.compile(_html_env() if fmt == "html" else text, body)
    html_once = _markdown_once(body) if fmt == "markdown" else None
    body_html = _Filler.compile(_markdown_env(), body) if fmt == "markdown" and html_once is None else None
    header_lines = {name: _compile_line(src, _address_env() if name in _ADDRESS_HEADERS else None)
                    for name, src in headers.items()}
    attachment_lines = tuple(_compile_line(src) for src in attachments)
    # Address lines fill in another environment (values marked), so they are not part of the batch.
    batch_headers = [src for name, src in headers.items() if name not in _ADDRESS_HEADERS]
    batched = [src for src in (*batch_headers, *attachments) if "{" in src] + ([body] if fmt != "html" else [])
    batch = _compile_batch(batched, has_body=fmt != "html")
    text_once = _html_text_once(body) if fmt == "html" else None
    return _Compiled(header_lines, attachment_lines, body_text, body_html, html_once, batch, text_once=text_once)


def _compile_line(src: str, env: Sandbox | None = None) -> _Filler | str:
    """A header line without any Jinja markup is kept as text: no Jinja context per row for it."""
    return _Filler.compile(env or _text_env(), src) if "{" in src else src


_ADDRESS_HEADERS = frozenset({"From", "To", "Cc", "Bcc", "Reply-To"})


def _mark_value(value: object) -> str:
    text = "" if value is None else str(value)
    return VALUE_START + text.replace(VALUE_START, "").replace(VALUE_END, "") + VALUE_END


@functools.cache
def _address_env() -> Sandbox:
    """For address header lines: every value marked, so `protect_display_names` can quote the ones that stand
    where a display name goes (a name cell `attacker@evil.com, Bob` must not become a second recipient)."""
    return Sandbox(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True,
                                finalize=_mark_value)


_BATCH_SEPARATOR = "\x00\x1f\x00"  # no whitespace, so `{{- x -}}` next to it strips exactly what it did alone
# Statements whose effect reaches past the piece they are written in, once the pieces share one template.
_LEAKING_NODES = (nodes.Assign, nodes.AssignBlock, nodes.Macro, nodes.Import, nodes.FromImport, nodes.Include,
                  nodes.Extends, nodes.Block)


@dataclass(frozen=True)
class _Batch:
    filler: _Filler
    size: int
    has_body: bool  # the last piece is the text body (not for .html, which renders in another environment)

    def pieces(self, context: Mapping[str, Any]) -> list[str] | None:
        """Each piece filled in, or None: then the caller fills piece by piece, which raises the error of the
        first failing piece exactly as before (and copes with a value that holds the separator)."""
        try:
            pieces = self.filler(context).split(_BATCH_SEPARATOR)
        except _RENDER_ERRORS:
            return None
        return pieces if len(pieces) == self.size else None


def _compile_batch(pieces: list[str], has_body: bool) -> _Batch | None:
    env = _text_env()
    if len(pieces) < 2 or any(_BATCH_SEPARATOR in p or any(env.parse(p).find_all(_LEAKING_NODES)) for p in pieces):
        return None
    return _Batch(_Filler.compile(env, _BATCH_SEPARATOR.join(pieces)), len(pieces), has_body)


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
        headers, attachment_names, text = _fill_fields(compiled, context)
        # the HTML rendering fails exactly when the raw one does, so a check can skip it
        html = _render_markdown_html(compiled, context) if convert else None
        text_part = _collapse_blank_lines(compiled.text_once(context)) if convert and compiled.text_once else None
    except jinja2.UndefinedError as exc:
        raise _missing_field_error(template, row_values, row, exc) from None
    except RecursionError:
        raise TemplateRenderError(
            "template.too_deep",
            "Row {row}: the template calls itself or nests too deeply to be filled in. Simplify the template.",
            row=row,
        ) from None
    except _RENDER_ERRORS as exc:
        raise TemplateRenderError(
            "template.render_failed",
            "Row {row}: the template could not be filled in: {reason}. Check the fields and filters the template "
            "uses with this row's values.", row=row, reason=str(exc),
        ) from None
    attachments = tuple(Path(name) for name in attachment_names if name)
    if template.body_format == "html":  # one HTML rendering; the text part is derived from it
        html, text = text, (text_part or _html_to_text(text) if convert else text)
    return RenderedMessage(
        from_=headers.get("From", ""), to=headers.get("To", ""), cc=headers.get("Cc", ""),
        bcc=headers.get("Bcc", ""), reply_to=headers.get("Reply-To", ""), subject=headers.get("Subject", ""),
        text=text, html=html, attachments=attachments,
    )


def _fill_fields(compiled: _Compiled, context: dict[str, Any]) -> tuple[dict[str, str], list[str], str]:
    """(header values, attachment names, text body or the HTML of .html), through the batch when there is one."""
    fill: Callable[[_Filler], str] = lambda line: line(context)  # noqa: E731 - replaced by the batch's pieces
    batch = compiled.batch
    if batch is not None and (pieces := batch.pieces(context)) is not None:
        fill = functools.partial(_next_piece, iter(pieces))
    headers = {
        name: line if isinstance(line, str)
        else protect_display_names(line(context)).strip() if name in _ADDRESS_HEADERS
        else fill(line).strip()
        for name, line in compiled.headers.items()
    }
    attachments = [line if isinstance(line, str) else fill(line).strip() for line in compiled.attachments]
    text = fill(compiled.body_text) if batch is not None and batch.has_body else compiled.body_text(context)
    return headers, attachments, text


def _next_piece(pieces: Iterator[str], _line: _Filler) -> str:
    return next(pieces)


def _missing_field_error(template: Template, row_values: Mapping[str, str], row: int,
                         exc: jinja2.UndefinedError) -> TemplateRenderError:
    known = set(row_values) | set(aliases(tuple(row_values)))
    missing = next((v for v in template.variable_lines if v not in known), None)
    if missing is None:  # an undefined attribute or filter argument rather than a column
        match = re.search(r"'([^']+)' is undefined|attribute '([^']+)'", str(exc))
        missing = next((g for g in match.groups() if g), str(exc)) if match else str(exc)
    close = closest_column(missing, known)
    hint = f"The closest column is {close!r}." if close else "Columns: " + ", ".join(sorted(row_values)) + "."
    header, body_line = template.place(missing)
    return TemplateRenderError(
        "template.unknown_field",
        "Row {row}: the template uses the field {field!r} (template line {line}), but the spreadsheet has no such "
        "column. {hint} Fix the name in the template or rename the column.",
        row=row, field=missing, line=template.variable_lines.get(missing, "?"), column=missing,
        suggestion=close, hint=hint, header=header, body_line=body_line,
    )


def closest_column(name: str, known: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.5)
    return close[0] if close else None


def unknown_fields(template: Template, columns: tuple[str, ...]) -> list[str]:
    """The fields the template uses that are neither a column nor a name Jinja itself provides (range, loop
    variables...), in the order they first appear: a problem of the template, the same for every row."""
    known = set(columns) | set(aliases(columns)) | set(_text_env().globals)
    return [name for name in template.variable_lines if name not in known]


def _render_markdown_html(compiled: _Compiled, context: dict[str, Any]) -> str | None:
    if compiled.html_once is not None:
        return compiled.html_once(context)
    if compiled.body_html is not None:
        return cast(str, _markdown().render(compiled.body_html(context)))
    return None


@functools.cache
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


def _html_text_once(body: str) -> _Filler | None:
    """The plain-text part of an .html body as a template of its own, converted from HTML once (the conversion
    cost ~2 ms a row); None when a Jinja construct sits where text cannot carry it (in a tag, in <head>)."""
    from mailmerge.compose.html_mail import html_to_text_template

    source = html_to_text_template(body)
    if source is None:
        return None
    try:
        return _Filler.compile(_text_env(), source)
    except jinja2.TemplateSyntaxError:
        return None


def _collapse_blank_lines(text: str) -> str:
    """A paragraph left out by `{% if %}` leaves blank lines behind: at most one blank line between paragraphs."""
    return re.sub(r"\n\s*\n", "\n\n", text).strip("\n") + "\n"


def _html_to_text(html: str) -> str:
    from mailmerge.compose.html_mail import html_to_text

    return html_to_text(html)


# --- Markdown converted once -------------------------------------------------------------------------------------
# Each Jinja construct of a .md body becomes a placeholder word, markdown-it converts the text once, the constructs
# go back into the HTML, and each row only runs Jinja (~10x cheaper than converting every row). The Markdown
# structure is then fixed by the template, never by a cell value. Differences from the per-row path, on purpose:
# - a value inside a code span or code block shows as typed (the per-row path showed Markdown backslashes);
# - a value's line breaks stay inside its paragraph as they are (per row, a blank line in a value split the
#   paragraph, "  " + line break made a <br>, and leading/trailing spaces were trimmed);
# - emphasis around a field no longer depends on the value's first or last character;
# - a field inside a link address (Markdown link, image, or raw HTML href/src) is percent-encoded like the rest
#   of the address and the address checked as markdown-it checks it: a javascript:/vbscript:/file:/data: address
#   becomes empty (per row the whole link showed as text, as it did for a value with a space; raw HTML addresses
#   got backslash-mangled values);
# - in raw HTML a value is HTML-escaped, and an attribute holding one is double-quoted (per row the value arrived
#   with backslashes, its tags live, and a quote in it could end the attribute).
# Whatever the one-time conversion cannot represent (see _NotOnce) uses the per-row path, so output stays correct.

_PLACEHOLDER_WORD = "jinjaph"  # letters and digits only: no Markdown rule alters it, no case change touches it
_PLACEHOLDER = re.compile(_PLACEHOLDER_WORD + r"(\d+)x")
_CONSTRUCT_START = re.compile(r"\{[{%#]")
_CONTROL_STATEMENTS = frozenset({"if", "elif", "else", "endif", "for", "endfor"})
_OPENERS = frozenset({"if", "for"})
_CLOSERS = frozenset({"endif", "endfor"})
# filters whose output is markup: per row it was Markdown; once converted it would be HTML that nobody escaped
_MARKUP_FILTERS = frozenset({"safe", "urlize", "xmlattr", "tojson"})
# static text next to an inline {% if %} with one of these could pair with text in another branch (emphasis,
# code spans, links, HTML, table cells)
_INLINE_SIGNIFICANT = re.compile(r"[*_`\[\]<>!\\&~|]")
_BLOCK_AFTER_BLANK = ("bullet_list_open", "ordered_list_open", "code_block")  # continue past a blank line
_HTML_TAG = re.compile(r"""(<[A-Za-z/!?](?:[^<>"']|"[^"]*"|'[^']*')*>)""")  # a ">" in quotes stays inside
_HTML_TAG_START = re.compile(r"<[A-Za-z/!?]")
_HTML_ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
_URL_ATTRIBUTES = frozenset({"href", "src"})
_TEXT_ATTRIBUTES = frozenset({"alt", "title", "class", "lang", "dir", "width", "height", "align"})
_RAW_TEXT_ELEMENTS = ("script", "style")  # no entities there: escaping would not make a value inert


class _NotOnce(Exception):
    """The body uses something the one-time conversion cannot represent: convert every row instead."""


@dataclass(frozen=True)
class _Construct:
    kind: Literal["expression", "statement", "comment"]
    inner: str  # between the delimiters, whitespace-control dashes removed
    strip_before: bool  # `{%-`: Jinja strips the whitespace before it; applied to the text once, up front
    strip_after: bool

    @property
    def keyword(self) -> str:
        match = re.match(r"\s*\+?\s*(\w+)", self.inner) if self.kind == "statement" else None
        return match.group(1) if match else ""

    @property
    def source(self) -> str:
        return ("{{" + self.inner + "}}") if self.kind == "expression" else ("{%" + self.inner + "%}")


def _markdown_once(body: str) -> _Filler | None:
    """The .md body as HTML with Jinja constructs, or None when it must be converted per row."""
    try:
        _refuse_markup_filters(body)
        texts, constructs = _scan_constructs(body)
        markdown, tag_lines = _placeholder_markdown(texts, constructs)
        html, links = _jinja_html(_convert_with_placeholders(markdown, tag_lines, constructs), constructs)
        return _Filler.compile(_html_once_env(), html, {"__mm_links": links})
    except (_NotOnce, jinja2.TemplateSyntaxError):
        return None


def _refuse_markup_filters(body: str) -> None:
    if _PLACEHOLDER_WORD in body.lower():
        raise _NotOnce
    ast = _text_env().parse(body)
    if any(node.name in _MARKUP_FILTERS for node in ast.find_all(nodes.Filter)):
        raise _NotOnce


def _scan_constructs(body: str) -> tuple[list[str], list[_Construct]]:
    """texts[i] comes before constructs[i] (one more text at the end), whitespace control already applied,
    comments removed. Checked against Jinja's own lexer: any disagreement means per-row conversion."""
    texts: list[str] = []
    constructs: list[_Construct] = []
    pos = 0
    while match := _CONSTRUCT_START.search(body, pos):
        start = match.start()
        if body[start + 1] == "#":
            end = body.find("#}", start + 2)
            if end < 0:
                raise _NotOnce
            end += 2
        else:
            end = _construct_end(body, start + 2, "}}" if body[start + 1] == "{" else "%}")
        raw = body[start + 2:end - 2]
        strip_before, strip_after = raw.startswith("-"), raw.endswith("-") and len(raw) > 1
        inner = raw[1 if strip_before else 0:len(raw) - 1 if strip_after else len(raw)]
        kind: Literal["expression", "statement", "comment"] = (
            "expression" if body[start + 1] == "{" else "statement" if body[start + 1] == "%" else "comment")
        texts.append(body[pos:start])
        constructs.append(_Construct(kind, inner, strip_before, strip_after))
        pos = end
    texts.append(body[pos:])
    for i, construct in enumerate(constructs):
        if construct.strip_before:
            texts[i] = texts[i].rstrip()
        if construct.strip_after:
            texts[i + 1] = texts[i + 1].lstrip()
    tokens = list(_text_env().lex(body))
    begins = sum(kind.endswith("_begin") for _, kind, _ in tokens)
    if begins != len(constructs) or "".join(v for _, kind, v in tokens if kind == "data") != "".join(texts):
        raise _NotOnce
    # a comment renders as nothing: drop it now, so the Markdown sees the text exactly as each row will
    kept_texts, kept = [texts[0]], []
    for construct, text in zip(constructs, texts[1:], strict=True):
        if construct.kind == "comment":
            kept_texts[-1] += text
        else:
            kept.append(construct)
            kept_texts.append(text)
    return kept_texts, kept


def _construct_end(body: str, pos: int, closing: str) -> int:
    """Where `{{`/`{%` ends: the first closing delimiter outside strings and brackets, as Jinja's lexer finds it."""
    quote, depth = "", 0
    while pos < len(body):
        char = body[pos]
        if quote:
            if char == "\\":
                pos += 1
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif depth and char in ")]}":
            depth -= 1
        elif not depth and body.startswith(closing, pos):
            return pos + 2
        pos += 1
    raise _NotOnce


def _placeholder_markdown(texts: list[str], constructs: list[_Construct]) -> tuple[str, set[int]]:
    """The body with placeholders, and which statements stand alone on their line ("tag lines").

    Per row a tag line renders as a blank line, so it is given blank lines around it here and must come out as a
    paragraph of its own, which is then unwrapped. Statements within a text line are allowed when their whole
    if/for is on that line and nothing around them can change the Markdown structure per row."""
    joined = texts[0] + "".join(f"{_PLACEHOLDER_WORD}{i}x{text}" for i, text in enumerate(texts[1:]))
    lines: list[str] = []
    where: dict[int, tuple[int, bool]] = {}  # statement -> (line number, on a tag line)
    for number, line in enumerate(joined.split("\n")):
        ids = [int(found) for found in _PLACEHOLDER.findall(line)]
        quiet = [i for i in ids if constructs[i].kind == "statement"]
        is_tag_line = bool(quiet) and len(quiet) == len(ids) and not _PLACEHOLDER.sub("", line).strip()
        if is_tag_line:
            lines.extend(("", line, ""))
        else:
            if quiet:
                _check_inline_statements(line, constructs)
            lines.append(line)
        where.update((i, (number, is_tag_line)) for i in quiet)
    _check_statement_pairs(constructs, where)
    return "\n".join(lines), {i for i, (_, tag) in where.items() if tag}


def _check_inline_statements(line: str, constructs: list[_Construct]) -> None:
    pieces = _PLACEHOLDER.split(line)  # text, id, text, id, ..., text
    statics = pieces[0::2]
    if _INLINE_SIGNIFICANT.search("".join(statics)):
        raise _NotOnce
    depth, fixed_text = 0, False  # text outside any if/for keeps the line non-blank in every row
    for text, ident in zip(statics, [*pieces[1::2], None], strict=True):
        fixed_text = fixed_text or (depth == 0 and bool(text.strip()))
        keyword = constructs[int(ident)].keyword if ident is not None else ""
        depth += (keyword in _OPENERS) - (keyword in _CLOSERS)
    starts_with_text = bool(statics[0].strip())
    # when a branch can begin the line, each text must begin as plain words, never as "- ", "1. ", "#", "    "
    if not fixed_text or (not starts_with_text and not all(
            not text.strip() or (len(text) - len(text.lstrip()) < 4 and text.lstrip()[0].isalpha())
            for text in statics)):
        raise _NotOnce


def _check_statement_pairs(constructs: list[_Construct], where: dict[int, tuple[int, bool]]) -> None:
    """Only if/for/set; an if/for lies entirely on tag lines or entirely within one line."""
    open_blocks: list[tuple[int, bool]] = []
    for i, construct in enumerate(constructs):
        keyword = construct.keyword
        if construct.kind != "statement" or (keyword == "set" and "=" in construct.inner):
            continue
        if keyword not in _CONTROL_STATEMENTS:
            raise _NotOnce
        line, tag = where[i]
        if keyword in _OPENERS:
            open_blocks.append((line, tag))
            continue
        if not open_blocks:
            raise _NotOnce
        open_line, open_tag = open_blocks[-1]
        if tag != open_tag or (not tag and line != open_line):
            raise _NotOnce
        if keyword in _CLOSERS:
            open_blocks.pop()


def _convert_with_placeholders(markdown: str, tag_lines: set[int], constructs: list[_Construct]) -> str:
    md = _markdown()
    env: dict[str, Any] = {}
    tokens = md.parse(markdown, env)
    if env.get("references") and any(c.kind == "statement" for c in constructs):
        raise _NotOnce  # a link definition inside a branch would exist or not per row
    blocks = _top_level_blocks(tokens)
    unwrapped: set[int] = set()
    is_tag = [_tag_paragraph(tokens[first:last + 1], tag_lines, unwrapped) for first, last in blocks]
    if unwrapped != tag_lines:
        raise _NotOnce  # a tag line landed inside a list, quote or code block
    for k in range(len(blocks)):
        neighbours = [blocks[j][0] for j in (k - 1, k + 1) if 0 <= j < len(blocks) and not is_tag[j]]
        if is_tag[k] and any(tokens[j].type in _BLOCK_AFTER_BLANK for j in neighbours):
            raise _NotOnce  # per row, the blank line it leaves would let the list or code block continue
    from markdown_it.token import Token

    output: list[Token] = []
    for (first, last), tag in zip(blocks, is_tag, strict=True):
        if tag:  # the paragraph around a tag line goes: the tag stands between the blocks
            output.append(Token("html_block", "", 0, content=tokens[first + 1].content.strip(), block=True))
        else:
            output.extend(tokens[first:last + 1])
    return cast(str, md.renderer.render(output, md.options, env))


def _top_level_blocks(tokens: list[Token]) -> list[tuple[int, int]]:
    blocks, first, depth = [], 0, 0
    for i, token in enumerate(tokens):
        depth += token.nesting
        if depth == 0:
            blocks.append((first, i))
            first = i + 1
    return blocks


def _tag_paragraph(block: list[Token], tag_lines: set[int], unwrapped: set[int]) -> bool:
    if len(block) != 3 or block[0].type != "paragraph_open":
        return False
    content = block[1].content
    ids = {int(found) for found in _PLACEHOLDER.findall(content)}
    if not ids or _PLACEHOLDER.sub("", content).strip() or not ids <= tag_lines:
        return False
    unwrapped.update(ids)
    return True


def _jinja_html(html: str, constructs: list[_Construct]) -> tuple[str, list[tuple[str, ...]]]:
    """Put the constructs back into the converted HTML; fields in link addresses go through `__mm_link`."""
    if re.search(r"\{[{%#]|\{" + _PLACEHOLDER_WORD, html):
        raise _NotOnce  # Markdown turned escaped braces into Jinja syntax
    lower = html.lower()
    for match in _PLACEHOLDER.finditer(html):
        if any(lower.rfind(f"<{name}", 0, match.start()) > lower.rfind(f"</{name}", 0, match.start())
               for name in _RAW_TEXT_ELEMENTS) or lower.rfind("<!--", 0, match.start()) > lower.rfind(
                "-->", 0, match.start()):
            raise _NotOnce
    links: list[tuple[str, ...]] = []
    pieces = _HTML_TAG.split(html)  # text, tag, text, tag, ..., text
    for i, piece in enumerate(pieces):
        if i % 2:
            pieces[i] = _jinja_tag(piece, constructs, links)
        elif _PLACEHOLDER.search(piece) and _HTML_TAG_START.search(piece):
            raise _NotOnce  # a tag this scan cannot delimit: a field might sit inside it
    return _PLACEHOLDER.sub(lambda m: constructs[int(m.group(1))].source, "".join(pieces)), links


def _jinja_tag(tag: str, constructs: list[_Construct], links: list[tuple[str, ...]]) -> str:
    total = len(_PLACEHOLDER.findall(tag))
    if not total:
        return tag
    placed = 0

    def attribute(match: re.Match[str]) -> str:
        nonlocal placed
        name, equals = match.group(1), match.group(2)
        value = next(v for v in match.groups()[2:] if v is not None)
        pieces = _PLACEHOLDER.split(value)  # text, id, text, ...
        ids = [int(i) for i in pieces[1::2]]
        placed += len(ids)
        if not ids:
            return match.group(0)
        if any(constructs[i].kind != "expression" for i in ids):
            raise _NotOnce
        if name.lower() in _TEXT_ATTRIBUTES:  # double quotes: the only quote a value escape covers
            return f'{name}{equals}"{value.replace(chr(34), "&quot;")}"'
        if name.lower() not in _URL_ATTRIBUTES:
            raise _NotOnce
        links.append(tuple(html_entities.unescape(text) for text in pieces[0::2]))
        args = "".join(f", ({constructs[i].inner})" for i in ids)
        return f'{name}{equals}"{{{{ __mm_link(__mm_links[{len(links) - 1}]{args}) }}}}"'

    rewritten = _HTML_ATTRIBUTE.sub(attribute, tag)
    if placed != total:
        raise _NotOnce  # a field as a tag or attribute name, or a statement inside a tag
    return rewritten


def _markdown_link(texts: tuple[str, ...], *values: object) -> str:
    """A link address with fields filled in, normalised and checked exactly as markdown-it does for a static one."""
    md = _markdown()
    url = texts[0] + "".join(("" if v is None else str(v)) + text for v, text in zip(values, texts[1:], strict=True))
    href = md.normalizeLink(url)
    return href if md.validateLink(href) else ""


@functools.cache
def _html_once_env() -> Sandbox:
    from markdown_it.common.utils import escapeHtml

    def escape_html(value: object) -> str:
        # finalize escapes every value as markdown-it escapes text, so both paths give the same bytes
        if isinstance(value, Markup):  # `|e`: already escaped, as the per-row path passed it through
            return str(value)
        return escapeHtml("" if value is None else str(value))

    env = Sandbox(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=True,
                               finalize=escape_html)
    env.globals["__mm_link"] = _markdown_link
    return env
