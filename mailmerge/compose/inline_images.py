"""Pictures in the message travel inside it, as `cid:` parts of a multipart/related body.

The editor stores a picture in the template as a `data:` address (the template stays one self-contained text,
which the CLI sends as the window does). Each distinct picture becomes one MIME part with a Content-ID made from its
bytes, and the HTML points at `cid:` instead: clients show inline parts without asking to "load remote content",
and no address of a file on this computer ever leaves it.

The swap happens once, when the template is compiled: a 300 KB logo is not scanned, decoded and hashed again for
every row. The pictures are remembered by Content-ID (`known_image`), so the message builder finds them from the
rendered HTML's `cid:img-…@mailmerge` references; rendered HTML that still holds `data:` pictures (made by other
code) is converted when the message is built.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import re
from dataclasses import dataclass

# src="data:image/png;base64,...." (either quote); the base64 may be wrapped over lines
DATA_IMAGE = re.compile(r"""(\bsrc\s*=\s*)(["'])data:(image/[A-Za-z0-9.+-]+);base64,([A-Za-z0-9+/=\s]+)\2""")
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp",
               "image/svg+xml": "svg", "image/bmp": "bmp"}


@dataclass(frozen=True)
class InlineImage:
    content_id: str  # without angle brackets
    mime_type: str
    data: bytes


_CID_REFERENCE = re.compile(r"cid:(img-[0-9a-f]{24}@mailmerge)")
# Every picture met in this process, by Content-ID: as many as the templates opened hold (the window's one
# message, the CLI's one template), so it is not trimmed.
_KNOWN: dict[str, InlineImage] = {}


def known_image(content_id: str) -> InlineImage | None:
    return _KNOWN.get(content_id)


def extract_images(html: str) -> tuple[str, tuple[InlineImage, ...]]:
    """The HTML with every `data:` picture replaced by `cid:`, and the pictures it shows (each distinct one once,
    including those replaced when the template was compiled)."""
    images: dict[str, InlineImage] = {}
    if "cid:img-" in html:
        for content_id in _CID_REFERENCE.findall(html):
            known = _KNOWN.get(content_id)
            if known is not None:
                images.setdefault(content_id, known)
    if "data:image" not in html:
        return html, tuple(images.values())

    def to_cid(match: re.Match[str]) -> str:
        image = _decoded(match.group(3).lower(), re.sub(r"\s+", "", match.group(4)))
        if image is None:  # not valid base64: left as it was (Check reports it as a broken picture)
            return match.group(0)
        images.setdefault(image.content_id, image)
        return f"{match.group(1)}{match.group(2)}cid:{image.content_id}{match.group(2)}"

    return DATA_IMAGE.sub(to_cid, html), tuple(images.values())


@functools.lru_cache(maxsize=64)
def _decoded(mime_type: str, encoded: str) -> InlineImage | None:
    """Decoded once per distinct picture: the same logo is in every row's message."""
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return None
    digest = hashlib.sha256(data).hexdigest()[:24]
    image = InlineImage(f"img-{digest}@mailmerge", mime_type, data)
    _KNOWN.setdefault(image.content_id, image)
    return image


def image_filename(image: InlineImage) -> str:
    return f"{image.content_id.split('@', 1)[0]}.{_EXTENSIONS.get(image.mime_type, 'bin')}"


def data_uri(mime_type: str, data: bytes) -> str:
    return f"data:{mime_type};base64,{base64.b64encode(data).decode('ascii')}"


def html_size_without_images(html: str) -> int:
    """Bytes of HTML a mail client downloads as the message text (inline pictures are separate parts)."""
    return len(DATA_IMAGE.sub(r'\1\2cid:img-000000000000000000000000@mailmerge\2', html).encode("utf-8"))


def fetch_picture(url: str, *, max_bytes: int, timeout_s: float = 15.0) -> tuple[str, bytes]:
    """(MIME type, bytes) of a picture on the web, to put it inside the message instead of linking to it."""
    import urllib.error
    import urllib.request

    from mailmerge.base.errors import MailMergeError

    if not url.lower().startswith(("http://", "https://")):
        raise MailMergeError("picture.not_web", "{url} is not a web address (http or https).", url=url)
    request = urllib.request.Request(url, headers={"User-Agent": "MailMerge"})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            mime_type = response.headers.get_content_type()
            data = response.read(max_bytes + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise MailMergeError(
            "picture.unreachable",
            "The picture {url} could not be downloaded ({reason}). Save it on this computer and insert it with "
            "Insert picture.", url=url, reason=str(reason),
        ) from None
    if len(data) > max_bytes:
        raise MailMergeError(
            "picture.too_large", "The picture {url} is larger than {limit_mb} MB. Insert a smaller copy.",
            url=url, limit_mb=max_bytes // (1024 * 1024),
        )
    if not mime_type.startswith("image/"):
        raise MailMergeError("picture.not_image", "{url} is not a picture (the server sent {kind}).",
                             url=url, kind=mime_type)
    return mime_type, data
