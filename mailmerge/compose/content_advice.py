"""Advice on what a message says and shows: things that make mail look like spam or display badly.

Each is a warning with the fix (never a reason to stop a send), worked out once from the first row's message: the
template decides these, not the cell values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from mailmerge.compose.html_mail import link_domain
from mailmerge.compose.inline_images import html_size_without_images

GMAIL_CLIP_BYTES = 102 * 1024  # Gmail shows "[Message clipped]" past about 102 KB of HTML
ADVISED_HTML_BYTES = 100 * 1024
_DOMAIN_LIKE = re.compile(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#]\S*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Advice:
    code: str
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


def advise(subject: str, text: str, html: str | None) -> list[Advice]:
    advice = _subject_advice(subject)
    if not text.strip() and not (html and "<img" in html.lower()):
        advice.append(Advice("content.no_text", "The message has no text at all. Write something in the message "
                             "body: empty or picture-only mail is often treated as spam."))
    if html is not None:
        advice += _html_advice(html)
    return advice


def _subject_advice(subject: str) -> list[Advice]:
    letters = [ch for ch in subject if ch.isalpha() and ch.lower() != ch.upper()]
    if "!!" in subject or (len(letters) >= 6 and all(ch.isupper() for ch in letters)):
        return [Advice("content.shouting_subject",
                       "The subject {subject!r} is in capitals or has several exclamation marks; spam filters "
                       "score that. Write it as a normal sentence.", {"subject": subject})]
    return []


def _html_advice(html: str) -> list[Advice]:
    scan = _Scan()
    scan.feed(html)
    scan.close()
    advice: list[Advice] = []
    if scan.remote_images:
        advice.append(Advice(
            "content.remote_image",
            "The message shows {count} picture(s) from the internet, e.g. {url}; many mail programs hide them "
            "until the reader allows it. Put them inside the message: in the Message step right-click and choose "
            "\"Put the pictures from the internet inside the message\" (or insert a saved copy with Picture).",
            {"count": len(scan.remote_images), "url": scan.remote_images[0]}))
    if scan.images_without_alt:
        advice.append(Advice(
            "content.image_no_alt",
            "{count} picture(s) have no description (alt text); readers who do not load pictures, and screen "
            "readers, see nothing. Right-click the picture and choose Description.",
            {"count": scan.images_without_alt}))
    for text, href in scan.mismatched_links:
        advice.append(Advice(
            "content.link_domain_mismatch",
            "The link text {text!r} shows one address but leads to {target}; mail programs warn readers about "
            "this (it is how phishing looks). Make the text and the address match, or use words as the text.",
            {"text": text, "target": href}))
    size = html_size_without_images(html)
    if size > ADVISED_HTML_BYTES:
        advice.append(Advice(
            "content.html_too_large",
            "The message text is {size_kb} KB of HTML; Gmail cuts messages over about 100 KB and shows "
            "\"[Message clipped]\". Shorten the text or remove pasted formatting.",
            {"size_kb": size // 1024, "size": size}))
    return advice


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.remote_images: list[str] = []
        self.images_without_alt = 0
        self.mismatched_links: list[tuple[str, str]] = []
        self._link: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "img":
            src = values.get("src", "").strip()
            if src.lower().startswith(("http:", "https:", "//")):
                self.remote_images.append(src)
            if not values.get("alt", "").strip():
                self.images_without_alt += 1
        elif tag == "a":
            self._link = (values.get("href", "").strip(), [])

    def handle_data(self, data: str) -> None:
        if self._link is not None:
            self._link[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != "a" or self._link is None:
            return
        href, pieces = self._link
        self._link = None
        text = "".join(pieces).strip()
        shown = _DOMAIN_LIKE.match(text)
        if shown and "{{" not in href and href.lower().startswith(("http:", "https:")):
            shown_domain = link_domain(text if "://" in text else "http://" + text)
            target = link_domain(href)
            if target and shown_domain and shown_domain != target and not target.endswith("." + shown_domain):
                self.mismatched_links.append((text, href))
