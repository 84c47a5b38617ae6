"""Template files: header block, body formats, escaping, variables, and errors that point at the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailmerge.errors import UnusableInputError
from mailmerge.template import TemplateRenderError, aliases, load_template, parse_template, render

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
        "Office <office@example.com>", "Kim <kim@example.com>", "Invoice 42")
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
