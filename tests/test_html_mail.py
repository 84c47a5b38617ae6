"""Mail-safe HTML, the plain-text part, inline pictures, the editor's Jinja and content advice (no Qt)."""

from __future__ import annotations

import base64
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from mailmerge.compose.content_advice import advise
from mailmerge.compose.fields import (
    Condition,
    FieldRef,
    condition_source,
    field_source,
    parse_condition,
    parse_field,
)
from mailmerge.compose.html_mail import editor_fragment, html_to_text, mail_document, sanitize_pasted
from mailmerge.compose.message import build_message
from mailmerge.compose.template import parse_template, render

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
PNG_URI = "data:image/png;base64," + base64.b64encode(PNG).decode()
FRAGMENT = (
    '<h1>Hello {{ row["First Name"] or "customer" }}</h1>\n'
    '{% if vip|trim %}<p>You are a <b>VIP</b> &amp; "welcome"</p>{% endif %}\n'
    "<ul>\n<li>one</li>\n<li>two <a href=\"https://example.com/a\">the member page</a></li>\n</ul>\n"
    "<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n"
    "<p>Kind regards,<br>Accounts team</p>\n"
    f'<p><img src="{PNG_URI}" alt="Logo"></p>\n'
)


def _text(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def _message(fragment: str, values: dict[str, str]) -> EmailMessage:
    template = parse_template("From: a@example.com\nTo: b@example.com\nSubject: Hi\n\n" + mail_document(fragment),
                              "html")
    built = build_message(render(template, values, row=1), row=1)
    return email.message_from_bytes(built.data, policy=email.policy.default)  # type: ignore[return-value]


def test_sent_message_has_real_text_and_mail_safe_html_with_cid_pictures() -> None:
    msg = _message(FRAGMENT, {"First Name": "Kim", "vip": "yes"})
    text = _text(msg)
    assert text == ("Hello Kim\n\nYou are a VIP & \"welcome\"\n\n- one\n- two the member page "
                    "(https://example.com/a)\n\n1. first\n2. second\n\nKind regards,\nAccounts team\n")
    html_part = msg.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert "<b>VIP</b>" in html and "<h1" in html and "max-width: 640px" in html
    assert "<style" not in html and "font-size: 24px" in html  # CSS inlined
    for bad in ("**", "](", "-qt-", "<!DOCTYPE HTML PUBLIC", "data:image", "qrichtext"):
        assert bad not in html and bad not in text
    related = next(part for part in msg.walk() if part.get_content_type() == "multipart/related")
    picture = next(part for part in related.iter_parts() if part.get_content_type() == "image/png")
    cid = picture["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html and picture.get_content() == PNG


def test_fallback_and_condition_follow_the_row() -> None:
    msg = _message(FRAGMENT, {"First Name": "", "vip": "  "})
    text = _text(msg)
    assert text.startswith("Hello customer\n\n- one") and "VIP" not in text


def test_cell_markup_is_escaped_in_the_html() -> None:
    html = _message(FRAGMENT, {"First Name": "<script>x</script>", "vip": ""}).get_body(("html",))
    assert html is not None and "&lt;script&gt;" in html.get_content()


def test_same_picture_twice_travels_once() -> None:
    msg = _message(f'<p><img src="{PNG_URI}" alt="a"><img src="{PNG_URI}" alt="b"></p>', {})
    assert sum(part.get_content_type() == "image/png" for part in msg.walk()) == 1


def test_editor_fragment_is_found_again_and_jinja_survives_css_inlining() -> None:
    fragment = '<p>{% if a > 1 and b == "x" %}{{ row["A&B"] }}{% endif %}</p>'
    stored = mail_document(fragment)
    assert '{% if a > 1 and b == "x" %}{{ row["A&B"] }}{% endif %}' in stored
    assert editor_fragment(stored) is not None and "{{ row[\"A&B\"] }}" in str(editor_fragment(stored))
    assert editor_fragment("<html><body><p>Hand-written</p></body></html>") is None


def test_paste_keeps_basic_formatting_and_drops_the_rest() -> None:
    styles = "".join(f".s{i} {{ color: red; mso-style-name: x{i} }}\n" for i in range(5000))
    word = (f"<html><head><style>{styles}</style><title>Doc</title></head><body>"
            '<p class="MsoNormal" style="mso-line-height-rule:exactly;color:#c00;font-weight:bold">Price '
            '<o:p></o:p></p><!--[if gte mso 9]><xml>junk</xml><![endif]--><script>alert(1)</script>'
            '<form><input name="x"></form><img src="https://t.example/p.gif" width="1" height="1">'
            '<a href="javascript:alert(1)">bad</a><a href="https://ok.example/">ok</a>'
            '<img src="file:///C:/Users/me/logo.png"></body></html>')
    clean = sanitize_pasted(word)
    assert '<p style="color:#c00;font-weight:bold">Price </p>' in clean
    for gone in ("<style", "mso-", "<script", "alert", "<form", "<input", "t.example", "javascript", "junk",
                 "class=", "file:", "Doc"):
        assert gone not in clean, gone
    assert '<a href="https://ok.example/">ok</a>' in clean


def test_plain_text_of_hand_written_html_keeps_paragraphs_and_breaks() -> None:
    assert html_to_text("<p>a<br>b</p><p>c <a href='mailto:x@y.z'>x@y.z</a></p>") == "a\nb\n\nc x@y.z\n"


def test_field_and_condition_sources_read_back() -> None:
    for ref in (FieldRef("name"), FieldRef("First Name", "customer"), FieldRef("이름"), FieldRef('A"B', 'c"d')):
        assert parse_field(field_source(ref)) == ref
    for condition in (Condition("vip", "not_empty"), Condition("등급", "empty"), Condition("plan", "equals", "Gold"),
                      Condition("plan", "not_equals", 'G"x')):
        assert parse_condition(condition_source(condition)) == condition
    assert parse_field("{{ price * 2 }}") is None
    assert parse_condition("{% if a and b %}") is None


def test_a_field_reads_as_its_column_name_in_any_script_and_stays_a_column_for_jinja_words() -> None:
    shown = {column: field_source(FieldRef(column)) for column in ("name", "회원번호", "会员号", "First Name", "if",
                                                                  "in", "row", "True", "ＡＢＣ")}
    assert shown == {"name": "{{ name }}", "회원번호": "{{ 회원번호 }}", "会员号": "{{ 会员号 }}",
                     "First Name": '{{ row["First Name"] }}', "if": '{{ row["if"] }}', "in": '{{ row["in"] }}',
                     "row": '{{ row["row"] }}', "True": '{{ row["True"] }}', "ＡＢＣ": '{{ row["ＡＢＣ"] }}'}
    values = {column: f"v{i}" for i, column in enumerate(shown)}
    template = parse_template("Subject: " + " ".join(shown.values()) + "\n\nx", "text")
    assert render(template, values, row=1).subject == " ".join(values.values())


def test_content_advice() -> None:
    html = ('<p><img src="https://cdn.example/x.png"> <a href="https://evil.example/login">www.mybank.com</a>'
            '<a href="https://www.example.com/a">example.com</a></p>')
    codes = [a.code for a in advise("URGENT OFFER NOW", "text", html)]
    assert codes == ["content.shouting_subject", "content.remote_image", "content.image_no_alt",
                     "content.link_domain_mismatch"]
    assert [a.code for a in advise("Hello!!!", "", "<p></p>")] == ["content.shouting_subject", "content.no_text"]
    big = "<p>" + "word " * 25_000 + "</p>"
    assert [a.code for a in advise("Hi", "word", big)] == ["content.html_too_large"]
    picture_only = f'<p><img src="{PNG_URI * 100}" alt="x"></p>'
    assert advise("Invoice", "x", picture_only) == []  # inline pictures do not count toward Gmail's limit


def test_check_reports_content_advice_once(tmp_path: Path) -> None:
    from mailmerge.compose.campaign import open_campaign
    from mailmerge.compose.preflight import check

    (tmp_path / "c.csv").write_text("email,name\na@example.com,A\nb@example.com,B\n", encoding="utf-8")
    (tmp_path / "t.html").write_text("From: me@example.com\nSubject: FREE MONEY!!!\n\n" + mail_document(
        '<p>Hi {{ name }} <img src="http://x.example/a.png"></p>'), encoding="utf-8")
    findings = check(open_campaign(tmp_path / "c.csv", tmp_path / "t.html"))
    codes = [f.code for f in findings]
    assert codes.count("content.remote_image") == 1 and codes.count("content.shouting_subject") == 1
    assert all(f.severity == "warning" for f in findings if f.code.startswith("content."))


def test_fetch_picture_from_the_web_and_its_failures() -> None:
    import pytest
    from tests_png import LOGO_PNG, PictureServer

    from mailmerge.base.errors import MailMergeError
    from mailmerge.compose.inline_images import fetch_picture

    server = PictureServer()
    try:
        assert fetch_picture(server.url + "/logo.png", max_bytes=1024) == ("image/png", LOGO_PNG)
        with pytest.raises(MailMergeError) as not_image:
            fetch_picture(server.url + "/page.html", max_bytes=1024)
        assert not_image.value.code == "picture.not_image"
        with pytest.raises(MailMergeError) as too_large:
            fetch_picture(server.url + "/logo.png", max_bytes=10)
        assert too_large.value.code == "picture.too_large"
    finally:
        server.close()
    with pytest.raises(MailMergeError) as gone:
        fetch_picture(server.url + "/logo.png", max_bytes=1024, timeout_s=5)
    assert gone.value.code == "picture.unreachable" and "Insert picture" in str(gone.value)


def test_hand_written_jinja_in_editor_text_is_kept_as_typed() -> None:
    from mailmerge.compose.html_mail import text_escape

    assert text_escape('a < b {% if amount|int > 100 %}big & "rich"{% endif %} & c') == (
        'a &lt; b {% if amount|int > 100 %}big &amp; "rich"{% endif %} &amp; c')
