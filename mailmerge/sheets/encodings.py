"""Which text encoding a CSV/TSV/TXT export is in, decided the way the file's own characters say.

Real exports are mostly digits, addresses and ASCII with native text in one or two columns. General-purpose
detectors score single-byte code pages deceptively well on such files (a Korean list came out as Thai), so the
decision here is narrower and explainable:

1. a byte-order mark (UTF-8, UTF-16, UTF-32), or the zero bytes of BOM-less UTF-16/UTF-32;
2. strict UTF-8; a file that is UTF-8 except for a few lines (one pasted Latin-1 row) is read line by line and the
   odd lines are reported;
3. otherwise each legacy code page that decodes the file strictly is scored by how many of its non-ASCII characters
   are ones that language really uses (the common Hangul of KS X 1001, GB2312's hanzi, Big5's frequent characters,
   kana and JIS level-1 kanji, Latin letters). The first convincing one wins; if none is, or two are equally
   likely on very little text, the caller gets the candidates to let the user choose.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

# The legacy encodings tried, most specific first: when two fit equally, the earlier wins (Korean text also
# decodes as common hanzi in GB2312 and Big5, never the other way round).
LEGACY = ("cp949", "cp932", "gb18030", "big5", "cp1252", "latin-1")
LABELS = {
    "utf-8": "Unicode (UTF-8)",
    "utf-16": "Unicode (UTF-16)",
    "utf-32": "Unicode (UTF-32)",
    "cp949": "Korean (CP949 / EUC-KR)",
    "cp932": "Japanese (Shift-JIS)",
    "gb18030": "Chinese, simplified (GB18030 / GBK)",
    "big5": "Chinese, traditional (Big5)",
    "cp1252": "Western European (Windows-1252)",
    "latin-1": "Western European (ISO-8859-1)",
}
_CONVINCING = 0.85
_PLAUSIBLE = 0.4
_FEW_CHARACTERS = 4  # fewer non-ASCII characters than this can't tell Korean from Chinese for certain
SAMPLE = 256 * 1024  # bytes the decision is made on (the whole file is decoded once decided)
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_ZERO_SAMPLE = 4096
# Bytes decoded per step: decoding a whole 10 MB file is one C call holding the interpreter lock (40 ms), which
# a window reading the file on another thread would feel as a freeze.
_DECODE_STEP = 1024 * 1024


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    odd_lines: tuple[int, ...] = ()  # 1-based lines of a mostly-UTF-8 file read as `odd_encoding` instead
    odd_encoding: str | None = None


@dataclass(frozen=True)
class Candidate:
    encoding: str
    label: str
    preview: tuple[str, ...]  # the first lines with non-ASCII text, as this encoding reads them


class NotText(ValueError):
    """Binary content: not a text export at all."""


class Undecided(ValueError):
    """No encoding is convincing; `candidates` are the likely ones, likeliest first (may be empty)."""

    def __init__(self, candidates: tuple[Candidate, ...]) -> None:
        super().__init__(", ".join(c.encoding for c in candidates))
        self.candidates = candidates


def normalise(name: str) -> str:
    """A user's --encoding value as Python's codec name ("EUC-KR" -> "cp949": a superset that reads both)."""
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise LookupError(name) from None
    aliases = {"euc_kr": "cp949", "gbk": "gb18030", "gb2312": "gb18030", "shift_jis": "cp932",
               "iso8859-1": "latin-1", "utf-8-sig": "utf-8"}  # fmt: skip
    return aliases.get(codec, codec)


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """The text of `data`; raises NotText, Undecided, or UnicodeDecodeError (only with an explicit encoding)."""
    if encoding is not None:
        name = normalise(encoding)
        if name == "utf-8":
            name = "utf-8-sig"
        return Decoded(decode_in_steps(data, name), normalise(encoding))
    if (bom := _bom_encoding(data)) is not None:
        return Decoded(decode_in_steps(data, bom), bom.removesuffix("-sig"))
    if (wide := _wide_encoding(data)) is not None:
        return Decoded(decode_in_steps(data, wide), wide[:6])  # "utf-16-le" -> "utf-16"
    if _has_control_bytes(data[:_ZERO_SAMPLE]):
        raise NotText()
    try:
        return Decoded(decode_in_steps(data, "utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if (mixed := _mostly_utf8(data)) is not None:
        return mixed
    return _legacy(data)


def plain_utf8(data: bytes) -> str | None:
    """The text of `data` if decode() reads it as UTF-8 without a byte-order mark, else None."""
    if _bom_encoding(data) is not None or _wide_encoding(data) is not None or _has_control_bytes(data[:_ZERO_SAMPLE]):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_in_steps(data: bytes, encoding: str) -> str:
    """`data.decode(encoding)`, a megabyte at a time (see _DECODE_STEP). A UnicodeDecodeError says where in the
    whole of `data` the bad bytes are, as data.decode would."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        parts = [decoder.decode(data[start : start + _DECODE_STEP]) for start in range(0, len(data), _DECODE_STEP)]
        parts.append(decoder.decode(b"", final=True))
    except UnicodeDecodeError:
        return data.decode(encoding)  # raises again, with positions in the whole file
    return "".join(parts)


def _bom_encoding(data: bytes) -> str | None:
    # UTF-32-LE's mark starts with UTF-16-LE's: test the longer ones first.
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return name
    return None


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16/32 without a mark: ASCII characters leave zero bytes at fixed positions."""
    sample = data[: _ZERO_SAMPLE - _ZERO_SAMPLE % 4]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    zeros = [sample[i::4].count(0) / len(sample[i::4]) for i in range(4)]
    shapes = {
        "utf-32-le": (zeros[1] + zeros[2] + zeros[3]) / 3,
        "utf-32-be": (zeros[0] + zeros[1] + zeros[2]) / 3,
        "utf-16-le": (zeros[1] + zeros[3]) / 2,
        "utf-16-be": (zeros[0] + zeros[2]) / 2,
    }
    for name, share in shapes.items():
        if share > 0.6:
            try:
                text = decode_in_steps(data, name)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return name
    return None


def _has_control_bytes(sample: bytes) -> bool:
    return re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", sample) is not None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """A UTF-8 file with a few lines in a legacy code page (rows pasted from elsewhere): read each line as it fits."""
    if len(data) > SAMPLE and _mostly_utf8(_cut(data)) is None and _mostly_utf8(data[-SAMPLE:]) is None:
        return None  # neither end of a big file has UTF-8 text: a legacy file, not worth splitting line by line
    lines = data.split(b"\n")
    odd: list[int] = []
    utf8_native = 0
    for number, line in enumerate(lines, 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_native += 1
        except UnicodeDecodeError:
            odd.append(number)
    if not utf8_native or len(odd) > utf8_native:
        return None
    odd_set = set(odd)
    odd_bytes = b"\n".join(lines[n - 1] for n in odd)
    try:
        fallback = _legacy(odd_bytes).encoding
    except Undecided as undecided:
        fallback = undecided.candidates[0].encoding if undecided.candidates else "cp1252"
    name = "latin-1" if fallback == "cp1252" and not _decodes(odd_bytes, "cp1252") else fallback
    text = "\n".join(
        line.decode(name, errors="replace") if number in odd_set else line.decode("utf-8")
        for number, line in enumerate(lines, 1)
    )
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text, "utf-8", tuple(odd), name)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        decode_in_steps(data, encoding)
    except UnicodeDecodeError:
        return False
    return True


def _legacy(data: bytes) -> Decoded:
    sample = _cut(data)
    scores: dict[str, float] = {}
    counts: dict[str, int] = {}
    for encoding in LEGACY:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        characters = Counter(_ASCII_RUNS.sub("", text))  # the non-ASCII characters (one sub: quicker than findall)
        counts[encoding] = sum(characters.values())
        scores[encoding] = _score(encoding, characters)
    convincing = [e for e in LEGACY if scores.get(e, 0) >= _CONVINCING]
    winner = convincing[0] if convincing else None
    if winner is not None and counts[winner] < _FEW_CHARACTERS and winner not in ("cp1252", "latin-1"):
        rivals = [e for e in convincing[1:] if e not in ("cp1252", "latin-1")]
        if rivals:
            winner = None  # two languages read a handful of characters equally well: ask
    if winner is not None and winner in ("cp1252", "latin-1") and "cp1252" in convincing:
        winner = "cp1252"  # identical on letters; Windows' page also knows € ‘ ’ “ ” – — œ
    for encoding in [winner] if winner else []:
        try:
            return Decoded(decode_in_steps(data, encoding), encoding)
        except UnicodeDecodeError:
            break  # the sample fitted, the rest of the file does not: let the user choose
    ranked = sorted((e for e in scores if scores[e] >= _PLAUSIBLE), key=lambda e: -scores[e])
    if any(scores[e] >= _CONVINCING for e in ranked if e not in ("cp1252", "latin-1")):
        ranked = [e for e in ranked if e not in ("cp1252", "latin-1")]  # the text is East Asian, only which is open
    if "cp1252" in ranked and "latin-1" in ranked:
        ranked.remove("latin-1")  # the same letters; Windows' page also has € ‘ ’ “ ”
    raise Undecided(tuple(Candidate(e, LABELS[e], preview(data, e)) for e in ranked if _decodes(data, e)))


def _cut(data: bytes) -> bytes:
    """The first part of the file, ending at a line break (never inside a multi-byte character)."""
    if len(data) <= SAMPLE:
        return data
    end = data.rfind(b"\n", 0, SAMPLE)
    return data[: end if end > 0 else SAMPLE]


def _score(encoding: str, characters: Counter[str]) -> float:
    total = sum(characters.values())
    if not total:
        return 0.0
    good = _good_characters(encoding)
    half = _half_good_characters(encoding)
    points: float = sum(n for ch, n in characters.items() if ch in good)
    points += sum(n for ch, n in characters.items() if ch in half) / 2
    return points / total


def preview(data: bytes, encoding: str, lines: int = 3, width: int = 80) -> tuple[str, ...]:
    """The first few lines holding non-ASCII text, as `encoding` reads them (for the user to recognise)."""
    shown: list[str] = []
    for line in data.split(b"\n"):
        if not line.isascii():
            shown.append(line.decode(encoding, errors="replace").strip()[:width])
            if len(shown) == lines:
                break
    return tuple(shown)


def _table(encoding: str, leads: Iterable[int], trails: Iterable[int]) -> frozenset[str]:
    """Every character the two-byte sequences lead+trail stand for in `encoding` (none of the leads is a character
    on its own there, so a row that decodes whole gives one character per pair)."""
    trail_list = list(trails)
    found: set[str] = set()
    for lead in leads:
        with contextlib.suppress(UnicodeDecodeError):
            row = b"".join(bytes((lead, trail)) for trail in trail_list).decode(encoding)
            if len(row) == len(trail_list):
                found.update(row)
                continue
        for trail in trail_list:  # a row with gaps: pair by pair (first use only, then cached)
            with contextlib.suppress(UnicodeDecodeError):
                found.add(bytes((lead, trail)).decode(encoding))
    return frozenset(found)


@cache
def _good_characters(encoding: str) -> frozenset[str]:
    """The characters text in this encoding's language is made of (what a wrong guess rarely produces)."""
    high = range(0xA1, 0xFF)
    if encoding == "cp949":
        return _table("euc_kr", range(0xB0, 0xC9), high)  # the 2,350 common Hangul syllables
    if encoding == "gb18030":
        return _table("gb2312", range(0xB0, 0xF8), high) | _table("gb2312", range(0xA1, 0xA4), high)
    if encoding == "big5":
        trails = [*range(0x40, 0x7F), *high]
        return _table("big5", range(0xA4, 0xC7), trails) | _table("big5", range(0xA1, 0xA4), trails)
    if encoding == "cp932":
        trails = [*range(0x40, 0x7F), *range(0x80, 0xFD)]
        kana = {chr(c) for c in [*range(0x3041, 0x3097), *range(0x30A1, 0x30FB), 0x30FC]}
        return _table("cp932", [0x81, *range(0x88, 0xA0)], trails) | kana
    latin = {chr(c) for c in range(0xC0, 0x100)} - {"×", "÷"}
    punctuation = set("\u00a0’‘“”–—…«»°·¿¡£©®ºª§€")
    if encoding == "cp1252":
        latin |= set("ŒœŠšŽžŸƒ")
    return frozenset(latin | punctuation)


@cache
def _half_good_characters(encoding: str) -> frozenset[str]:
    """Characters the language uses but a wrong guess also produces often (half a point each)."""
    if encoding == "cp932":  # half-width katakana: old business data has them; misread Korean too
        return frozenset(map(chr, range(0xFF61, 0xFFA0)))
    if encoding == "cp949":  # Hangul outside the common 2,350 (rare names)
        common = _good_characters("cp949")
        return frozenset(map(chr, range(0xAC00, 0xD7A4))) - common
    return frozenset()
