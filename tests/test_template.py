"""Template files: header block, body formats, escaping, variables, and errors that point at the fix."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from mailmerge.base.errors import UnusableInputError
from mailmerge.compose.template import (
    RenderedMessage,
    Template,
    TemplateRenderError,
    _context,
    aliases,
    load_template,
    parse_template,
    render,
)

HEADERS = (
    "From: Office <office@example.com>\n"
    "To: {{ name }} <{{ email }}>\n"
    "Subject: Invoice {{ row['Invoice No.'] }}\n"
    "Attachment: invoices/{{ row['Invoice No.'] }}.pdf\n"
    "attachment: price-list.pdf\n"
    "\n"
)
ROW = {"name": "Kim", "email": "kim@example.com", "Invoice No.": "42", "First Name": "Minsu"}


def test_header_block_and_repeatable_attachments() -> None:
    template = parse_template(HEADERS + "Hello {{ name }}\n", "text")
    assert template.headers["From"] == "Office <office@example.com>"
    assert template.attachments == ("invoices/{{ row['Invoice No.'] }}.pdf", "price-list.pdf")
    rendered = render(template, ROW, row=1)
    assert (rendered.from_, rendered.to, rendered.subject) == (
        "Office <office@example.com>", '"Kim" <kim@example.com>', "Invoice 42")  # a filled-in name is quoted
    assert rendered.attachments == (Path("invoices/42.pdf"), Path("price-list.pdf"))
    assert rendered.text == "Hello Kim\n"
    assert rendered.html is None


def test_variables_include_subscripts_and_exclude_row() -> None:
    template = parse_template(HEADERS + "{% if vip %}Dear {{ row['First Name'] }}{% endif %}\n", "text")
    assert template.variables == {"name", "email", "Invoice No.", "vip", "First Name"}
    assert template.variable_lines["vip"] == 7
    assert template.header_vars["Attachment"] == {"Invoice No."}


def test_file_starting_with_blank_line_is_all_body() -> None:
    template = parse_template("\nNote: this line is body text\n", "text")
    assert template.headers == {}
    assert render(template, {}, row=1).text == "Note: this line is body text\n"


def test_unknown_header_suggests_the_closest_name() -> None:
    with pytest.raises(UnusableInputError) as info:
        parse_template("Subjet: Hello\n\nbody", "text", Path("msg.txt"))
    assert info.value.code == "template.unknown_header"
    assert "msg.txt, line 1" in str(info.value)
    assert "Did you mean Subject:?" in str(info.value)


def test_syntax_error_shows_file_line_and_text() -> None:
    with pytest.raises(UnusableInputError) as info:
        parse_template("Subject: Hi\n\nfirst\nDear {{ name }\n", "text", Path("msg.txt"))
    assert info.value.code == "template.syntax"
    assert info.value.params["line"] == 4
    assert "Dear {{ name }" in str(info.value)


def test_missing_column_names_row_line_and_closest_column() -> None:
    template = parse_template("Subject: Hi\n\nHello\nDear {{ nmae }}\n", "text")
    with pytest.raises(TemplateRenderError) as info:
        render(template, ROW, row=5)
    error = info.value
    assert error.code == "template.unknown_field"
    assert (error.params["row"], error.params["line"], error.params["suggestion"]) == (5, 4, "name")
    assert "Row 5" in str(error) and "'name'" in str(error)


def test_markdown_escapes_cell_values_in_html_but_not_in_text() -> None:
    template = parse_template("Subject: x\n\nDear **{{ name }}**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "markdown")
    rendered = render(template, {"name": "<b>*Kim*</b> & [x](http://evil)"}, row=1)
    assert rendered.html is not None
    assert "<strong>&lt;b&gt;*Kim*&lt;/b&gt; &amp; [x](http://evil)</strong>" in rendered.html
    assert "<a " not in rendered.html and "<em>" not in rendered.html
    assert "<table>" in rendered.html
    assert rendered.text.startswith("Dear **<b>*Kim*</b> & [x](http://evil)**")


def test_markdown_safe_filter_keeps_markup_on_purpose() -> None:
    template = parse_template("\n{{ name|safe }}\n", "markdown")
    assert render(template, {"name": "*hi*"}, row=1).html == "<p><em>hi</em></p>\n"


def test_html_body_is_autoescaped_and_text_is_derived() -> None:
    template = parse_template("Subject: x\n\n<p>Dear <b>{{ name }}</b></p><p>Bye</p>\n", "html")
    rendered = render(template, {"name": "<i>Kim</i>"}, row=1)
    assert rendered.html == "<p>Dear <b>&lt;i&gt;Kim&lt;/i&gt;</b></p><p>Bye</p>\n"
    assert "Dear <i>Kim</i>" in rendered.text
    assert "Bye" in rendered.text and "<p>" not in rendered.text


def test_non_identifier_column_gets_unambiguous_alias() -> None:
    assert aliases(("First Name", "e-mail", "Last Name", "last_name")) == {
        "First_Name": "First Name", "first_name": "First Name", "e_mail": "e-mail", "Last_Name": "Last Name"}
    # "First Name" and "First-Name" collide: neither gets an alias
    assert aliases(("First Name", "First-Name")) == {}
    template = parse_template("\nHi {{ first_name }} {{ 이름 }}\n", "text")
    assert render(template, {"First Name": "Minsu", "이름": "민수"}, row=1).text == "Hi Minsu 민수\n"


def test_sandbox_blocks_attribute_escapes() -> None:
    template = parse_template("\n{{ name.__class__.__mro__ }}\n", "text")
    with pytest.raises(TemplateRenderError) as info:
        render(template, {"name": "x"}, row=3)
    assert "Row 3" in str(info.value)


def test_load_template_picks_format_from_extension(tmp_path: Path) -> None:
    path = tmp_path / "msg.md"
    path.write_text("\ufeffSubject: Hi\r\n\r\n# Title\r\n", encoding="utf-8")
    template = load_template(path)
    assert template.body_format == "markdown" and template.source == path
    assert render(template, {}, row=1).html == "<h1>Title</h1>\n"
    with pytest.raises(UnusableInputError, match="extension"):
        load_template(tmp_path / "msg.docx")
    with pytest.raises(UnusableInputError, match="does not exist"):
        load_template(tmp_path / "missing.txt")


# --- Markdown converted once per template ---------------------------------------------------------------------
# The one-time HTML is compared with what converting every row gives (the per-row path, still used as fallback).

ROWS = [
    {"name": "Kim", "id": "42", "url": "https://example.com/a", "vip": "yes", "items": "tea,cake"},
    {"name": "<b>*Kim*</b> & [x](http://evil) _u_ `c` \\ \"q\" 'a' # 1. - |", "id": "7", "url": "https://x.io",
     "vip": "", "items": ""},
    {"name": "김민수 王小明", "id": "사십이", "url": "https://例子.com/경로", "vip": "1", "items": "차"},
    {"name": "line one\nline two", "id": "x_y", "url": "mailto:a@example.com", "vip": "", "items": "a,b,c"},
]


def per_row_html(body: str, values: dict[str, str]) -> str:
    """The HTML as the per-row path makes it: values escaped for Markdown, then markdown-it on every row."""
    from mailmerge.compose import template as module

    return module._markdown().render(module._markdown_env().from_string(body).render(module._context(values)))


def once(body: str) -> Template:
    template = parse_template("\n" + body, "markdown")
    assert template.compiled is not None
    return template


SAME_AS_PER_ROW = {
    "emphasis": "Dear **{{ name }}**, _{{ id }}_ and *{{ name }}*.\n",
    "link text and title": "[Invoice {{ id }}](https://pay.example.com/inv \"For {{ name }}\")\n",
    "link with static address": "Pay [here](https://pay.example.com/inv?a=1&b=2) please, {{ name }}.\n",
    "image alt": "![Photo of {{ name }}](https://img.example.com/logo.png)\n",
    "lists": "- {{ name }}\n- item {{ id }}\n\n1. {{ id }}\n2. two\n",
    "table": "| who | id |\n|---|---|\n| {{ name|replace('\\n', ' ') }} | {{ id }} |\n",
    "headings": "# Hello {{ name|replace('\\n', ' ') }}\n\nPart {{ id }}\n---\n",
    "blockquote": "> Quote from {{ name }}\n> continues\n",
    "entities and escapes": "A &amp; B &copy; \\*not emphasis\\* {{ name }}\n",
    "literal braces": "Write \\{{ '{{' }} like this, {{ name }}\n",
    "newline in value": "Note: {{ name }}\nEnd\n",
    "if between paragraphs": "Dear {{ name }},\n\n{% if vip %}\nYou are **VIP**.\n{% endif %}\n\nBye\n",
    "if/else without blank lines":
        "Dear {{ name }},\n{% if vip %}\nYou are **VIP**.\n{% else %}\nHello.\n{% endif %}\nBye\n",
    "for over paragraphs": "{% for item in items.split(',') %}\nItem: {{ item }}.\n{% endfor %}\n",
    "nested blocks":
        "{% if vip %}\n{% for item in items.split(',') %}\n## {{ item }}\n{% endfor %}\n{% endif %}\nEnd\n",
    "inline if": "Dear {% if vip %}valued {% endif %}customer {{ name }}\n",
    "comments and set":
        "{# note for the office #}\n{% set greeting = 'Hi' %}\n{{ greeting }} {{ name|upper }} {# x #}\n",
    "fenced code without fields": "```\nstatic code\n```\n\n{{ name }}\n",
    "html block": "<div class=\"note\">\n\nHello {{ name }}\n\n</div>\n",
}


@pytest.mark.parametrize("body", SAME_AS_PER_ROW.values(), ids=SAME_AS_PER_ROW.keys())
def test_markdown_converted_once_matches_per_row_conversion(body: str) -> None:
    template = once(body)
    assert template.compiled is not None and template.compiled.html_once is not None
    for values in ROWS:
        assert render(template, values, row=1).html == per_row_html(body, values), values["name"]


def test_block_tags_on_their_own_lines_leave_no_empty_paragraphs() -> None:
    template = once("A {{ name }}\n{% if vip %}\nB\n{% endif %}\nC\n")
    assert render(template, {"name": "x", "vip": ""}, row=1).html == "<p>A x</p>\n<p>C</p>\n"
    assert render(template, {"name": "x", "vip": "1"}, row=1).html == "<p>A x</p>\n<p>B</p>\n<p>C</p>\n"


def test_once_keeps_markup_in_values_literal() -> None:
    html = render(once("Dear **{{ name }}**\n"), ROWS[1], row=1).html
    assert html is not None and "<a " not in html and "<em>" not in html and "<b>" not in html
    assert "&lt;b&gt;*Kim*&lt;/b&gt; &amp; [x](http://evil)" in html


def test_once_differences_from_per_row_are_the_documented_ones() -> None:
    values = {"name": "<b>*Kim*</b>\n\nPS", "id": "a b/ü?&", "url": "javascript:alert(1)"}
    # values inside code spans and code blocks show as typed (per row they showed Markdown backslashes)
    code = "Code `{{ id }}`\n\n```\n{{ name }}\n```\n"
    assert render(once(code), values, row=1).html == (
        "<p>Code <code>a b/ü?&amp;</code></p>\n<pre><code>&lt;b&gt;*Kim*&lt;/b&gt;\n\nPS\n</code></pre>\n")
    assert "\\*Kim\\*" in per_row_html(code, values)
    # a field in a link address is percent-encoded like the address (per row the space broke the link)
    link = "[pay](https://pay.example.com/{{ id }})\n"
    assert render(once(link), values, row=1).html == (
        '<p><a href="https://pay.example.com/a%20b/%C3%BC?&amp;">pay</a></p>\n')
    assert "<a " not in per_row_html(link, values)
    # an unsafe address made of a field becomes empty (per row: the link showed as text)
    assert render(once("[site]({{ url }})\n"), values, row=1).html == '<p><a href="">site</a></p>\n'
    assert render(once('<a href="{{ url }}">site</a>\n'), values, row=1).html == '<p><a href="">site</a></p>\n'
    # an IDN host is converted to punycode as markdown-it does for static links
    assert render(once("[x]({{ url }})\n"), ROWS[2], row=1).html == (
        '<p><a href="https://xn--fsqu00a.com/%EA%B2%BD%EB%A1%9C">x</a></p>\n')
    # a blank line inside a value stays inside its paragraph (per row it split the paragraph)
    assert render(once("Dear {{ name }}\n"), values, row=1).html == "<p>Dear &lt;b&gt;*Kim*&lt;/b&gt;\n\nPS</p>\n"
    assert per_row_html("Dear {{ name }}\n", values).count("<p>") == 2


FALLS_BACK = {
    "safe filter": "{{ name|safe }}\n",
    "urlize filter": "{{ url|urlize }}\n",
    "if around list items": "- a\n{% if vip %}\n- {{ name }}\n{% endif %}\n- c\n",
    "for making list items": "{% for item in items.split(',') %}\n- {{ item }}\n{% endfor %}\n",
    "if opened inline, closed on another line": "Dear {% if vip %}\n\n# Title {{ name }}\n{% endif %}\n",
    "inline if next to emphasis": "{% if vip %}**{% endif %}bold {{ name }}**\n",
    "inline if starting a list item": "{% if vip %}- item{% endif %} {{ name }}\n",
    "whitespace control joining lines": "Hello\n{%- if vip %} VIP{% endif -%}\n!\n",
    "link definition in a branch": "[x][r]\n\n{% if vip %}\n[r]: https://x.com/{{ id }}\n{% endif %}\n",
    "macro": "{% macro hi(n) %}Hi {{ n }}{% endmacro %}\n{{ hi(name) }}\n",
    "raw block": "{% raw %}{{ name }}{% endraw %} {{ name }}\n",
    "statement inside an HTML tag": "<p {% if vip %}class=\"vip\"{% endif %}>{{ name }}</p>\n",
    "field in a style attribute": "<p style=\"color: {{ id }}\">{{ name }}</p>\n",
    "field in a script": "<script>var n = '{{ name }}';</script>\n",
    "tag line inside a code block": "```\n{% if vip %}\n{{ name }}\n{% endif %}\n```\n",
    "placeholder word in the text": "jinjaph1x {{ name }}\n",
}


@pytest.mark.parametrize("body", FALLS_BACK.values(), ids=FALLS_BACK.keys())
def test_structure_that_can_vary_per_row_falls_back_to_per_row_conversion(body: str) -> None:
    template = once(body)
    assert template.compiled is not None and template.compiled.html_once is None
    assert template.compiled.body_html is not None
    for values in ROWS:
        assert render(template, values, row=1).html == per_row_html(body, values)


def test_once_render_errors_still_name_the_row() -> None:
    template = once("Dear {{ nmae }}\n")
    assert template.compiled is not None and template.compiled.html_once is not None
    with pytest.raises(TemplateRenderError) as info:
        render(template, ROW, row=8)
    assert (info.value.params["row"], info.value.params["suggestion"]) == (8, "name")


def test_once_fields_in_raw_html_attributes_cannot_break_out() -> None:
    values = {"name": "x' onclick='alert(1)\" y", "url": "javascript:alert(1)"}
    single = render(once("<span title='{{ name }}'>hi</span>\n"), values, row=1).html
    unquoted = render(once("<span title={{ name }}>hi</span>\n"), values, row=1).html
    assert single == unquoted == "<p><span title=\"x' onclick='alert(1)&quot; y\">hi</span></p>\n"
    # a ">" inside a quoted attribute does not end the tag early, so the address is still checked
    assert render(once('<a title="a>b" href="{{ url }}">x</a>\n'), values, row=1).html == (
        '<p><a title="a>b" href="">x</a></p>\n')
    # inside a raw HTML block a value is escaped (per row it arrived backslash-escaped, its tags live)
    assert render(once("<div>\n{{ name }} <i>\n</div>\n"), {"name": "<b>"}, row=1).html == (
        "<div>\n&lt;b&gt; <i>\n</div>\n")


# --- header lines and text body filled as one batch -------------------------------------------------------------
BATCH_ROW = {"name": "Kim", "email": "kim@example.com", "company": "Acme", "amount": "10"}


def _piece_by_piece(template: Template, row: dict[str, str]) -> RenderedMessage:
    """The same template rendered with the batch switched off: the reference the batch must match."""
    assert template.compiled is not None
    unbatched = replace(template, compiled=replace(template.compiled, batch=None))
    return render(unbatched, row, row=1)


@pytest.mark.parametrize("source", [
    HEADERS + "Dear {{ name }},\n{{ amount }} USD\n",
    "To: {{- name -}} <{{ email }}>\nSubject:   {{ company }}  \n\n{{- name }}\n{%- if amount %} x{% endif %}\n",
    "To: {{ email }}\nSubject: {% for n in range(2) %}{{ n }}@example.com;{% endfor %}\n\n{{ row | length }}\n",
])
def test_batched_fields_equal_piece_by_piece(source: str) -> None:
    template = parse_template(source, "markdown")
    assert template.compiled is not None and template.compiled.batch is not None
    row = BATCH_ROW | {"Invoice No.": "42"}
    assert template.compiled.batch.pieces(_context(row)) is not None  # the batch itself filled the fields
    assert render(template, row, row=1) == _piece_by_piece(template, row)


def test_value_holding_the_batch_separator_is_filled_piece_by_piece() -> None:
    template = parse_template("To: {{ email }}\nSubject: {{ company }}\n\nHi {{ name }}\n", "text")
    row = BATCH_ROW | {"company": "A\x00\x1f\x00B"}
    rendered = render(template, row, row=1)
    assert (rendered.to, rendered.subject, rendered.text) == ("kim@example.com", "A\x00\x1f\x00B", "Hi Kim\n")


def test_set_in_a_header_does_not_leak_into_the_body() -> None:
    template = parse_template("To: {{ email }}\nSubject: {% set name = 'X' %}{{ name }}\n\nDear {{ name }}\n", "text")
    assert template.compiled is not None and template.compiled.batch is None
    rendered = render(template, BATCH_ROW, row=1)
    assert (rendered.subject, rendered.text) == ("X", "Dear Kim\n")


def test_batched_render_error_names_the_failing_piece() -> None:
    template = parse_template("To: {{ email }}\nSubject: {{ company }}\n\nTotal {{ amount | int / 0 }}\n", "text")
    with pytest.raises(TemplateRenderError, match="Row 7: the template could not be filled in: division by zero"):
        render(template, BATCH_ROW, row=7)
    with pytest.raises(TemplateRenderError) as caught:
        render(parse_template("To: {{ email }}\nSubject: {{ compnay }}\n\nHi\n", "text"), BATCH_ROW, row=3)
    assert caught.value.params["field"] == "compnay" and caught.value.params["line"] == 2
