"""HTML that mail clients show as written: cleaning pasted HTML, wrapping and inlining CSS, and a real plain text.

The message editor keeps its body as an HTML fragment. What is stored in the template (and so sent, by the window
and the CLI alike) is `mail_document(fragment)`: a small HTML document whose CSS is inlined into `style`
attributes with css-inline (Gmail and Outlook drop or mangle `<style>` blocks), with the content in one column of
at most MAX_WIDTH_PX pixels. `editor_fragment()` finds the fragment again when the template is opened.

Jinja constructs inside the HTML (`{{ row["Name"] }}`, `{% if %}`) are not HTML: before css-inline re-serialises
the document they are swapped for placeholder words, so a `"` or `>` in them is never turned into an entity.

`html_to_text()` makes the plain-text part from the same HTML: paragraphs and line breaks kept, list items as
`- ` (or `1. `), links as `text (url)`, headings and table cells as lines of text; no markup characters.
"""

from __future__ import annotations

import functools
import html as html_entities
import re
from html.parser import HTMLParser

MAX_WIDTH_PX = 640
_BODY_ID = "mm-body"  # the editor's content column; its presence marks a template the editor wrote
# Kept for a mail client: block structure, inline emphasis, links, pictures, simple tables.
_ALLOWED_TAGS = frozenset({
    "a", "b", "blockquote", "br", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol",
    "p", "s", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
})
_ALLOWED_ATTRIBUTES = {
    "*": {"style", "align"},
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "ol": {"start", "type"},
}
_ALLOWED_STYLES = frozenset({
    "background-color", "color", "font-size", "font-style", "font-weight", "text-align", "text-decoration",
})
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_PLACEHOLDER = re.compile(r"mmjinja(\d+)x")
# A web page's tracking pixel: a remote picture 0 to 2 pixels wide or high.
_TRACKER = re.compile(r"""<img\b[^>]*\b(?:width|height)\s*=\s*["']?[0-2](?:px)?["'\s/>][^>]*>""", re.IGNORECASE)

# Applied to the editor's HTML, then inlined; written for clients that only honour inline styles.
MAIL_CSS = f"""
#{_BODY_ID} {{ max-width: {MAX_WIDTH_PX}px; margin: 0 auto; font-family: Arial, Helvetica, sans-serif;
  font-size: 15px; line-height: 1.45; color: #222222; }}
p {{ margin: 0 0 12px 0; }}
h1 {{ font-size: 24px; margin: 0 0 12px 0; }}
h2 {{ font-size: 20px; margin: 0 0 10px 0; }}
h3 {{ font-size: 17px; margin: 0 0 8px 0; }}
ul, ol {{ margin: 0 0 12px 0; padding-left: 24px; }}
table {{ border-collapse: collapse; margin: 0 0 12px 0; }}
td, th {{ border: 1px solid #bbbbbb; padding: 4px 8px; vertical-align: top; }}
hr {{ border: 0; border-top: 1px solid #bbbbbb; margin: 12px 0; }}
img {{ max-width: 100%; height: auto; }}
a {{ color: #1a5fb4; }}
"""


def sanitize_pasted(html: str) -> str:
    """What a paste from Word, Outlook, LibreOffice or a web page keeps: basic formatting, links, pictures and
    tables. Scripts, styles sheets, forms, Office markup (`<o:p>`, `mso-` styles, conditional comments) and
    tracking pixels go; every style attribute is cut down to the few properties the editor can show."""
    import nh3

    def keep(element: str, attribute: str, value: str) -> str | None:
        if attribute == "href" and value.strip().lower().startswith("data:"):
            return None  # a data: link can hold a whole page with scripts
        if element == "img" and attribute == "src" and value.strip().lower().startswith("file:"):
            return None  # a file on the sender's computer means nothing to the reader
        return value

    return nh3.clean(
        _TRACKER.sub("", html),
        tags=set(_ALLOWED_TAGS),
        clean_content_tags={"script", "style", "title", "xml", "head", "template", "textarea", "select"},
        attributes={tag: set(names) for tag, names in _ALLOWED_ATTRIBUTES.items()},
        url_schemes={"http", "https", "mailto", "tel", "data", "cid"},
        attribute_filter=keep,
        filter_style_properties=set(_ALLOWED_STYLES),
        strip_comments=True,
        link_rel=None,
    )


def mail_document(fragment: str) -> str:
    """The editor's fragment as a complete message body: one centred column, CSS inlined, Jinja untouched."""
    import css_inline

    protected, constructs = _protect_jinja(fragment)
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{MAIL_CSS}</style></head>'
            f'<body style="margin:0;padding:16px;"><div id="{_BODY_ID}">{protected}</div></body></html>')
    inlined = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False).inline(page)
    return _restore_jinja(inlined, constructs) + "\n"


def editor_fragment(document: str) -> str | None:
    """The editor's fragment inside a stored `mail_document`, or None for HTML the editor did not write."""
    start = re.search(rf'<div\b[^>]*\bid="{_BODY_ID}"[^>]*>', document)
    end = document.rfind("</div>")
    if start is None or end < start.end():
        return None
    return document[start.end():end].strip()


def _protect_jinja(html: str) -> tuple[str, list[str]]:
    constructs: list[str] = []

    def swap(match: re.Match[str]) -> str:
        constructs.append(match.group(0))
        return f"mmjinja{len(constructs) - 1}x"

    return _JINJA.sub(swap, html), constructs


def _restore_jinja(html: str, constructs: list[str]) -> str:
    return _PLACEHOLDER.sub(lambda m: constructs[int(m.group(1))], html)


# --- plain text ----------------------------------------------------------------------------------------------------
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "hr",
                     "pre", "tr", "li", "body", "section", "article", "header", "footer", "center"})
_SKIPPED = frozenset({"head", "style", "script", "title"})


def html_to_text(html: str) -> str:
    """The plain-text part: what a reader sees in the HTML, as text."""
    parser = _TextMaker()
    parser.feed(html)
    parser.close()
    return parser.text()


def html_to_text_template(html: str) -> str | None:
    """`html_to_text` of an HTML template with its Jinja kept: the plain-text part as a template, or None when a
    construct would not survive (one inside a tag other than a link address, or in the page's head)."""
    protected, constructs = _protect_jinja(html)
    text = html_to_text(protected)
    found = sorted(int(i) for i in _PLACEHOLDER.findall(text))
    if found != list(range(len(constructs))):
        return None
    return _restore_jinja(text, constructs)


class _TextMaker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []  # finished lines and blank-line markers
        self.line = ""
        self.skip = 0
        self.lists: list[list[int]] = []  # [counter] for each open ol, [-1] for ul
        self.links: list[str] = []
        self.link_start: list[int] = []
        self.cell = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip += 1
        elif tag == "br":
            self._end_line(force=True)
        elif tag == "hr":
            self._block_break()
            self.out.append("----")
            self._block_break()
        elif tag in ("ul", "ol"):
            self._end_line()
            if not self.lists:
                self._block_break()
            self.lists.append([-1] if tag == "ul" else [int(_attr(attrs, "start") or 1) - 1])
        elif tag == "li":
            self._end_line()
            depth = len(self.lists)
            marker = "- "
            if self.lists and self.lists[-1][0] >= 0:
                self.lists[-1][0] += 1
                marker = f"{self.lists[-1][0]}. "
            self.line = "  " * max(depth - 1, 0) + marker
        elif tag == "a":
            self.links.append(_attr(attrs, "href") or "")
            self.link_start.append(len(self.line))
        elif tag in ("td", "th"):
            if self.cell:
                self.line += "  "
            self.cell += 1
        elif tag == "tr":
            self._end_line()
            self.cell = 0
        elif tag in _BLOCKS:
            self._block_break()
            self.pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(self.skip - 1, 0)
        elif tag == "a" and self.links:
            href, start = self.links.pop(), self.link_start.pop()
            shown = self.line[start:].strip()
            target = href.removeprefix("mailto:")
            if href and not href.startswith(("#", "cid:")) and target != shown:
                self._write(f" ({target})" if shown else target)
        elif tag in ("ul", "ol") and self.lists:
            self._end_line()
            self.lists.pop()
            if not self.lists:
                self._block_break()
        elif tag == "li" or tag == "tr":
            self._end_line()
        elif tag in _BLOCKS:
            self.pre -= tag == "pre" and self.pre > 0
            self._block_break()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            for i, piece in enumerate(data.split("\n")):
                if i:
                    self._end_line(force=True)
                self.line += piece
            return
        text = re.sub(r"[ \t\r\n\f]+", " ", data)
        if not self.line.strip():
            text = text.lstrip()
        self._write(text)

    def _write(self, text: str) -> None:
        if self.line.endswith(" ") and text.startswith(" "):
            text = text[1:]
        self.line += text

    def _end_line(self, force: bool = False) -> None:
        line = self.line.rstrip().replace("\xa0", " ")
        if line or force:
            self.out.append(line)
        self.line = ""

    def _block_break(self) -> None:
        self._end_line()
        if self.out and self.out[-1] != "\x00":
            self.out.append("\x00")  # a blank line, collapsed with its neighbours

    def text(self) -> str:
        self._end_line()
        lines = [line for i, line in enumerate(self.out) if line != "\x00" or (i > 0 and self.out[i - 1] != "\x00")]
        while lines and lines[-1] == "\x00":
            lines.pop()
        while lines and lines[0] == "\x00":
            lines.pop(0)
        return "\n".join("" if line == "\x00" else line for line in lines).strip("\n") + "\n"


def _attr(attrs: list[tuple[str, str | None]], name: str) -> str | None:
    return next((value for key, value in attrs if key == name), None)


@functools.lru_cache(maxsize=256)
def link_domain(url: str) -> str:
    """The host a link leads to, lower-case without `www.`; empty when it is not a web address."""
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def text_escape(text: str) -> str:
    """HTML text as the editor writes it: `&`, `<`, `>` escaped, quotes kept; hand-written Jinja in the text
    (`{% if amount > 100 %}`) is left exactly as typed, since Jinja reads it before any HTML reader does."""
    pieces = _JINJA.split(text)
    constructs = _JINJA.findall(text)
    escaped = [html_entities.escape(piece, quote=False) for piece in pieces]
    return escaped[0] + "".join(c + e for c, e in zip(constructs, escaped[1:], strict=True))


def text_to_fragment(body: str, body_format: str) -> str:
    """A Markdown or plain-text body as editor HTML (when the user switches the format to Formatted)."""
    if body_format == "markdown":
        from markdown_it import MarkdownIt

        # fields become plain words first: `**{{ x }}**` and `[t](https://a/{{ id }})` convert as they would per row
        protected, constructs = _protect_jinja(body)
        return _restore_jinja(str(MarkdownIt("commonmark").enable("table").render(protected)), constructs)
    paragraphs = re.split(r"\n[ \t]*\n", body.strip())
    return "".join("<p>" + text_escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs if p.strip())
