"""Turn a cell's value and its number format code into the text a spreadsheet program shows.

Excel and LibreOffice store a number plus a format code such as `#,##0.00`, `00000`, `0.0%`, `yyyy-mm-dd` or
`"₩"#,##0;(#,##0)`; what a person sees (and expects in their email) is the formatted text. `compile_format()` turns
a code into a function once (a column shares one code, so this is cached), and that function formats a float.
Codes this module does not understand (fractions, DBNum, unknown brackets) raise `UnsupportedFormat`; the caller
then shows the General rendering and tells the user once per column.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

Formatter = Callable[[float], str]

# Serial day numbers count from 1899-12-30 (the 1900 date system as Excel and LibreOffice both compute it).
EPOCH_1900 = datetime(1899, 12, 30)
# Workbooks in the 1904 date system (old Mac Excel) count from 1904-01-01: 1462 days later.
DAYS_1904_OFFSET = 1462

# ECMA-376 §18.8.30: the formats numbered 0-49 are not written into styles.xml. 14 is the locale's short date;
# Excel in the US shows m/d/yyyy.
BUILTIN_FORMATS: dict[int, str] = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00",
    5: '"$"#,##0_);\\("$"#,##0\\)', 6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
    7: '"$"#,##0.00_);\\("$"#,##0.00\\)', 8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
    14: "m/d/yyyy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
    20: "h:mm", 21: "h:mm:ss", 22: "m/d/yyyy h:mm",
    37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
    41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', 42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)',
    45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0", 48: "##0.0E+0", 49: "@",
}  # fmt: skip

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CONDITION = re.compile(r"^\[(<=|>=|<>|<|>|=)(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)\]")
_COLOR = re.compile(r"^\[(black|blue|cyan|green|magenta|red|white|yellow|color\s*[0-9]+)\]", re.IGNORECASE)
_LOCALE = re.compile(r"^\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]")
_ELAPSED = re.compile(r"^\[(h+|m+|s+)\]", re.IGNORECASE)
_DATE_TOKEN = re.compile(r"yyyy|yy|e|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am/pm|a/p|\.0+", re.IGNORECASE)
_LITERAL_CHARS = frozenset("$-+/():!^&'~{}<>= ,")
_DATE_MEMO = 65536
# Halves round away from zero on the decimal digits people see (2.675 -> 2.68, as the spreadsheet programs do),
# while str.format rounds the binary value (2.67499999...). A nudge of a few units in the last place tips them.
_HALF_UP = 1 + 2**-50
_NUDGE_LIMIT = 1e12


class UnsupportedFormat(ValueError):
    """A format code this module can't render faithfully (the cell falls back to General)."""


def general(value: float) -> str:
    """Excel/LibreOffice's General format: whole numbers without ".0", at most 15 significant digits."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if not math.isfinite(value):
        return ""
    text = f"{value:.15g}"  # 15 significant digits is what spreadsheets keep: 0.1 + 0.2 shows as 0.3
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa}E{exponent[0]}{exponent[1:].lstrip('0').rjust(2, '0')}"
    return text


def is_date_format(code: str) -> bool:
    """Whether a format shows a date or time (so the number is a serial day count)."""
    try:
        return any(isinstance(section, _DateSection) for section in _parse(code).sections)
    except UnsupportedFormat:
        return False


@lru_cache(maxsize=512)
def compile_format(code: str, date1904: bool = False) -> Formatter:
    """A function that renders a number the way `code` shows it; raises UnsupportedFormat."""
    parsed = _parse(code)
    offset = DAYS_1904_OFFSET if date1904 else 0
    only = parsed.sections[0] if len(parsed.sections) == 1 else None
    if isinstance(only, _NumberSection) and (simple := only.simple()) is not None:
        # The common single-section formats (00000, #,##0.00, 0.0%, "₩"#,##0): one str.format call per cell.
        def render_simple(value: float, simple: Formatter = simple) -> str:
            if value >= 0:
                return simple(value)
            text = simple(-value)
            return "-" + text if _shows_digit(text) else text

        return render_simple
    if isinstance(only, _DateSection):
        # Dates repeat (a join date, a due date): each distinct one is rendered once.
        shown: dict[float, str] = {}

        def render_date(value: float) -> str:
            text = shown.get(value)
            if text is None:
                if len(shown) > _DATE_MEMO:
                    shown.clear()
                text = shown[value] = parsed.render(value, offset)
            return text

        return render_date
    return lambda value: parsed.render(value, offset)


def format_text(code: str, text: str) -> str:
    """A text cell under `code`: only a text section (the 4th, or a lone one with @) changes what shows."""
    try:
        parsed = _parse(code)
    except UnsupportedFormat:
        return text
    return parsed.text_section.render_text(text) if parsed.text_section else text


# ---------------------------------------------------------------- parsing


@dataclass
class _Section:
    condition: tuple[str, float] | None = None
    tokens: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)

    def render(self, value: float, offset: int) -> str:
        raise NotImplementedError

    def render_text(self, text: str) -> str:
        return "".join(text if kind == "@" else token for kind, token in self.tokens if kind in ("lit", "@"))


class _GeneralSection(_Section):
    def render(self, value: float, offset: int) -> str:
        out = []
        for kind, text in self.tokens:
            out.append(general(value) if kind == "general" else text if kind == "lit" else "")
        return "".join(out)


@dataclass
class _NumberSection(_Section):
    grouping: bool = False
    scale: int = 0  # power of ten applied: +2 per %, -3 per trailing comma
    int_places: int = 0
    frac_places: int = 0
    exponent: tuple[str, int] | None = None  # ("+" or "-", exponent digits)

    def render(self, value: float, offset: int) -> str:
        number = Decimal(repr(value)).scaleb(self.scale)
        exponent = 0
        if self.exponent is not None and number:
            # Scientific: as many integer digits as the format has integer places (at least one); with "#" places
            # ("##0.0E+0", engineering) the exponent is a multiple of the number of places instead.
            places = max(self.int_places, 1)
            if any(kind == "int" and text == "#" for kind, text in self.tokens):
                exponent = number.adjusted() // places * places
            else:
                exponent = number.adjusted() - places + 1
            number = number.scaleb(-exponent)
        rounded = number.quantize(Decimal(1).scaleb(-self.frac_places), rounding=ROUND_HALF_UP)
        if self.exponent is not None and rounded.adjusted() >= max(self.int_places, 1):
            exponent += 1  # 9.999 rounded up to 10.00: renormalise
            rounded = (number.scaleb(-1)).quantize(Decimal(1).scaleb(-self.frac_places), rounding=ROUND_HALF_UP)
        digits = f"{rounded:f}"
        int_digits, _, frac_digits = digits.partition(".")
        int_digits = int_digits.lstrip("0")
        return self._assemble(int_digits, frac_digits, exponent)

    def simple(self) -> Formatter | None:
        """A one-call renderer when the format is prefix, digits, optional fixed decimals, suffix (else None)."""
        kinds = "".join({"int": "i", "frac": "f", "dot": "."}.get(kind, "l") for kind, _ in self.tokens)
        int_places = "".join(text for kind, text in self.tokens if kind == "int")
        frac_places = "".join(text for kind, text in self.tokens if kind == "frac")
        shape = kinds.strip("l")
        if self.exponent is None and not frac_places and not self.grouping and set(int_places) == {"0"}:
            return self._mask()
        if (self.exponent is not None or not int_places or "?" in int_places or frac_places.strip("0")
                or int_places.lstrip("#").strip("0") or shape not in ("i" * len(shape), _shape(int_places,
                                                                                            frac_places))):
            return None
        first, last = kinds.index(shape[0]), kinds.rindex(shape[-1])
        prefix = "".join(text for _, text in self.tokens[:first])
        suffix = "".join(text for _, text in self.tokens[last + 1 :])
        zeros = len(int_places.lstrip("#"))
        if self.grouping and zeros > 1:
            return None
        spec = f"{',' if self.grouping else ''}.{len(frac_places)}f"
        factor = 10.0**self.scale
        width = zeros + (len(frac_places) + 1 if frac_places else 0)

        def render(value: float) -> str:
            scaled = value * factor
            if scaled >= _NUDGE_LIMIT:  # the nudge would show in the digits: the exact (slower) way
                return self.render(value, 0)
            text = format(scaled * _HALF_UP, spec)
            if zeros > 1:
                text = text.zfill(width)
            elif not zeros and text.startswith("0"):
                text = text[1:]  # "#.00" shows 0.5 as ".50"
            return prefix + text + suffix

        return render

    def _mask(self) -> Formatter:
        """Whole numbers into zero places with text between them (000-0000-0000, "No. "0): digits fill the places
        from the right, and digits beyond them go to the first place."""
        pieces: list[str | int] = []  # literal text, or a run of digit places
        for kind, text in self.tokens:
            if kind == "int":
                last = pieces[-1] if pieces else ""
                if isinstance(last, int):
                    pieces[-1] = last + 1
                else:
                    pieces.append(1)
            elif kind == "lit":
                pieces.append(text)
        places = sum(p for p in pieces if isinstance(p, int))
        factor = 10.0**self.scale

        def render(value: float) -> str:
            scaled = value * factor
            if scaled >= _NUDGE_LIMIT:
                return self.render(value, 0)
            digits = str(int(scaled * _HALF_UP + 0.5)).zfill(places)
            at = len(digits) - places  # extra digits go with the first run
            out: list[str] = []
            first = True
            for piece in pieces:
                if isinstance(piece, str):
                    out.append(piece)
                    continue
                end = at + piece
                out.append(digits[: end] if first else digits[at:end])
                at, first = end, False
            return "".join(out)

        return render

    def _assemble(self, int_digits: str, frac_digits: str, exponent: int) -> str:
        int_tokens = [i for i, (kind, _) in enumerate(self.tokens) if kind == "int"]
        filled: dict[int, str] = {}
        if self.grouping:
            zeros = sum(1 for i in int_tokens if self.tokens[i][1] == "0")
            padded = int_digits.rjust(zeros, "0") if zeros else int_digits
            text = f"{int(padded):,}" if padded else ""
            if int_tokens:
                filled = {i: "" for i in int_tokens}
                filled[int_tokens[0]] = text
        else:
            remaining = int_digits
            for position, index in enumerate(reversed(int_tokens)):
                placeholder = self.tokens[index][1]
                if position == len(int_tokens) - 1:  # the leftmost place takes every digit still left
                    digit, remaining = remaining, ""
                else:
                    digit, remaining = remaining[-1:], remaining[:-1]
                filled[index] = digit or {"0": "0", "?": " "}.get(placeholder, "")
        frac_tokens = [i for i, (kind, _) in enumerate(self.tokens) if kind == "frac"]
        frac_digits = frac_digits.ljust(len(frac_tokens), "0")
        last_shown = len(frac_tokens)
        while last_shown and frac_digits[last_shown - 1] == "0" and self.tokens[frac_tokens[last_shown - 1]][1] != "0":
            last_shown -= 1
        for position, index in enumerate(frac_tokens):
            placeholder = self.tokens[index][1]
            filled[index] = frac_digits[position] if position < last_shown else (" " if placeholder == "?" else "")
        # "#.##" shows 7 as "7": a decimal point with no digit after it is dropped (LibreOffice; Excel keeps it).
        bare_point = frac_tokens and not any(filled[i] for i in frac_tokens)
        out: list[str] = []
        for index, (kind, text) in enumerate(self.tokens):
            if kind == "dot" and bare_point:
                continue
            if kind in ("int", "frac"):
                out.append(filled[index])
            elif kind == "exp":
                sign = "-" if exponent < 0 else ("+" if text == "+" else "")
                out.append("E" + sign + str(abs(exponent)).rjust(self.exponent[1] if self.exponent else 1, "0"))
            elif kind in ("lit", "dot"):
                out.append(text)
        return "".join(out)


@dataclass
class _DateSection(_Section):
    hour12: bool = False
    elapsed: bool = False

    def render(self, value: float, offset: int) -> str:
        serial = value + offset
        places = max((len(text) - 1 for kind, text in self.tokens if kind == "subsec"), default=0)
        unit = 10**places
        # Whole seconds (or the shown fraction of them), rounded: 0.99999999 of a second shows as the next second.
        ticks = round(serial * 86400 * unit)
        if self.elapsed:
            return self._render_elapsed(ticks, unit)
        if not -693593 <= serial < 2958466:  # outside years 1-9999: the programs show ### here; show the number
            raise UnsupportedFormat("date out of range")
        moment = EPOCH_1900 + timedelta(seconds=ticks // unit)
        fraction = ticks % unit
        out: list[str] = []
        for kind, text in self.tokens:
            out.append(self._part(kind, text, moment, fraction, places))
        return "".join(out)

    def _part(self, kind: str, text: str, moment: datetime, fraction: int, places: int) -> str:
        if kind == "lit":
            return text
        if kind == "subsec":
            return "." + str(fraction).rjust(places, "0")
        if kind == "year":
            return str(moment.year)[-2:].rjust(2, "0") if len(text) == 2 else str(moment.year)
        if kind == "month":
            return _month(moment.month, len(text))
        if kind == "day":
            return _day(moment, len(text))
        if kind == "hour":
            hour = moment.hour
            if self.hour12:
                hour = hour % 12 or 12
            return str(hour).rjust(len(text), "0")
        if kind == "minute":
            return str(moment.minute).rjust(len(text), "0")
        if kind == "second":
            return str(moment.second).rjust(len(text), "0")
        if kind == "ampm":
            pm = moment.hour >= 12
            if text.lower() == "a/p":
                letter = "p" if pm else "a"
                return letter.upper() if text[0].isupper() else letter
            return "PM" if pm else "AM"
        return ""

    def _render_elapsed(self, ticks: int, unit: int) -> str:
        negative = ticks < 0
        seconds, fraction = divmod(abs(ticks), unit)
        out: list[str] = ["-"] if negative else []
        # The biggest unit in brackets takes the whole amount; smaller units what is left.
        first = next(text for kind, text in self.tokens if kind == "elapsed")[0].lower()
        totals = {"h": seconds // 3600, "m": seconds // 60, "s": seconds}
        parts = {"h": seconds // 3600, "m": seconds // 60 % 60, "s": seconds % 60}
        for kind, text in self.tokens:
            letter = text[0].lower()
            if kind == "elapsed":
                out.append(str(totals[letter] if letter == first else parts[letter]).rjust(len(text), "0"))
            elif kind in ("hour", "minute", "second"):
                out.append(str(parts[kind[0]]).rjust(len(text), "0"))
            elif kind == "subsec":
                out.append("." + str(fraction).rjust(len(text) - 1, "0"))
            elif kind == "lit":
                out.append(text)
        return "".join(out)


def _month(month: int, width: int) -> str:
    if width <= 2:
        return str(month).rjust(width, "0")
    name = _MONTHS[month - 1]
    return name[:3] if width == 3 else name[0] if width == 5 else name


def _day(moment: datetime, width: int) -> str:
    if width <= 2:
        return str(moment.day).rjust(width, "0")
    name = _DAYS[moment.weekday()]
    return name[:3] if width == 3 else name


@dataclass
class _Parsed:
    sections: list[_Section]
    text_section: _Section | None

    def render(self, value: float, offset: int) -> str:
        if not math.isfinite(value):
            return ""
        section, add_minus = self._pick(value)
        if not isinstance(section, _NumberSection):
            return section.render(value, offset)
        text = section.render(abs(value), offset)
        # The minus sign is the format's own in a negative section; otherwise it is added, unless nothing but
        # zeros shows (-0.001 as "0.00" is "0.00", as in the spreadsheet programs).
        return "-" + text if add_minus and value < 0 and _shows_digit(text) else text

    def _pick(self, value: float) -> tuple[_Section, bool]:
        """The section for `value` and whether it must add its own minus sign."""
        numeric = self.sections
        if any(s.condition for s in numeric):
            for index, section in enumerate(numeric):
                if section.condition is None or _holds(section.condition, value):
                    return section, index == 0 or (section.condition is not None and value < 0)
            return numeric[-1], True
        if len(numeric) == 1 or value > 0 or (value == 0 and len(numeric) < 3):
            return numeric[0], len(numeric) == 1
        if value < 0:
            return numeric[1], False
        return numeric[2], False


def _shape(int_places: str, frac_places: str) -> str:
    return "i" * len(int_places) + ("." + "f" * len(frac_places) if frac_places else "")


def _shows_digit(text: str) -> bool:
    return any(ch in "123456789" for ch in text)


def _holds(condition: tuple[str, float], value: float) -> bool:
    op, bound = condition
    return {
        "<": value < bound, "<=": value <= bound, ">": value > bound, ">=": value >= bound,
        "=": value == bound, "<>": value != bound,
    }[op]  # fmt: skip


@lru_cache(maxsize=512)
def _parse(code: str) -> _Parsed:
    raw_sections = _split_sections(code)
    if len(raw_sections) > 4:
        raise UnsupportedFormat(code)
    sections = [_parse_section(raw) for raw in raw_sections]
    text_section: _Section | None = None
    if len(sections) == 4:
        text_section = sections.pop()
    elif any(kind == "@" for kind, _ in sections[-1].tokens):
        text_section = sections.pop() if len(sections) > 1 else sections[0]
        if not sections:
            sections = [_GeneralSection(tokens=[("general", "")])]
    numeric = [s for s in sections if not any(kind == "@" for kind, _ in s.tokens)]
    if not numeric:
        numeric = [_GeneralSection(tokens=[("general", "")])]
    return _Parsed(numeric, text_section)


def _split_sections(code: str) -> list[str]:
    sections, current, i = [], [], 0
    while i < len(code):
        ch = code[i]
        if ch == '"':
            end = code.find('"', i + 1)
            end = len(code) if end < 0 else end
            current.append(code[i : end + 1])
            i = end + 1
            continue
        if ch in "\\_*" and i + 1 < len(code):
            current.append(code[i : i + 2])
            i += 2
            continue
        if ch == "[":
            end = code.find("]", i)
            end = len(code) - 1 if end < 0 else end
            current.append(code[i : end + 1])
            i = end + 1
            continue
        if ch == ";":
            sections.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    sections.append("".join(current))
    return sections


def _lex(raw: str) -> tuple[tuple[str, float] | None, list[tuple[str, str]]]:
    """Split a section into (kind, text) tokens: literals, placeholders, brackets. Condition returned apart."""
    condition: tuple[str, float] | None = None
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        rest = raw[i:]
        if ch == '"':
            end = raw.find('"', i + 1)
            end = len(raw) if end < 0 else end
            tokens.append(("lit", raw[i + 1 : end]))
            i = end + 1
        elif ch == "\\" and i + 1 < len(raw):
            tokens.append(("lit", raw[i + 1]))
            i += 2
        elif ch == "_" and i + 1 < len(raw):
            tokens.append(("lit", " "))  # "_)" leaves the width of ")" blank: one space
            i += 2
        elif ch == "*" and i + 1 < len(raw):
            i += 2  # "* " repeats a character to fill the cell: nothing in text
        elif ch == "[":
            end = raw.find("]", i)
            if end < 0:
                raise UnsupportedFormat(raw)
            bracket = raw[i : end + 1]
            if (match := _CONDITION.match(bracket)) is not None:
                condition = (match.group(1), float(match.group(2)))
            elif (match := _LOCALE.match(bracket)) is not None:
                tokens.append(("lit", match.group(1)))
            elif _ELAPSED.match(bracket):
                tokens.append(("elapsed", bracket[1:-1]))
            elif not _COLOR.match(bracket):
                raise UnsupportedFormat(raw)
            i = end + 1
        elif rest[:7].lower() == "general":
            tokens.append(("general", ""))
            i += 7
        elif ch == "@":
            tokens.append(("@", "@"))
            i += 1
        else:
            tokens.append(("ch", ch))
            i += 1
    return condition, tokens


def _parse_section(raw: str) -> _Section:
    condition, tokens = _lex(raw)
    if any(kind == "general" for kind, _ in tokens):
        return _GeneralSection(condition, [(k, t) if k != "ch" else ("lit", t) for k, t in tokens])
    chars = "".join(t for k, t in tokens if k == "ch").lower()
    if any(kind == "elapsed" for kind, _ in tokens) or any(c in chars for c in "ymdhs") or "am/pm" in chars:
        return _date_section(condition, tokens)
    return _number_section(condition, tokens)


def _number_section(condition: tuple[str, float] | None, tokens: list[tuple[str, str]]) -> _NumberSection:
    section = _NumberSection(condition)
    out: list[tuple[str, str]] = []
    in_fraction = False
    pending_commas = 0  # commas after the last integer place: thousands scaling unless a digit follows
    index = 0
    while index < len(tokens):
        kind, text = tokens[index]
        if kind != "ch":
            out.append((kind, text))
            index += 1
            continue
        if text in "0#?":
            if pending_commas:
                section.grouping = section.grouping or not in_fraction
                pending_commas = 0
            out.append(("frac" if in_fraction else "int", text))
            if in_fraction:
                section.frac_places += 1
            else:
                section.int_places += 1
        elif text == "." and not in_fraction and section.exponent is None:
            in_fraction = True
            out.append(("dot", "."))
        elif text == "," and (section.int_places or section.frac_places):
            pending_commas += 1
            index += 1
            continue
        elif text == "%":
            section.scale += 2
            out.append(("lit", "%"))
        elif text in "eE" and index + 1 < len(tokens) and tokens[index + 1][1] in "+-":
            sign = tokens[index + 1][1]
            digits = 0
            index += 2
            while index < len(tokens) and tokens[index][0] == "ch" and tokens[index][1] in "0#?":
                digits += 1
                index += 1
            section.exponent = (sign, max(digits, 1))
            out.append(("exp", sign))
            in_fraction = True  # no more integer places after the exponent
            continue
        elif text == "/":
            raise UnsupportedFormat("fractions")
        elif text in _LITERAL_CHARS or not text.isascii() or not text.isalpha():
            out.append(("lit", text))
        else:
            raise UnsupportedFormat(text)
        if pending_commas and text not in "0#?":
            section.scale -= 3 * pending_commas
            pending_commas = 0
        index += 1
    section.scale -= 3 * pending_commas
    section.tokens = out
    return section


def _date_section(condition: tuple[str, float] | None, tokens: list[tuple[str, str]]) -> _DateSection:
    section = _DateSection(condition)
    text = "".join(t if k == "ch" else "\x00" for k, t in tokens)
    out: list[tuple[str, str]] = []
    literal_iter = iter([(k, t) for k, t in tokens if k != "ch"])
    i = 0
    while i < len(text):
        if text[i] == "\x00":
            kind, value = next(literal_iter)
            out.append((kind, value))
            if kind == "elapsed":
                section.elapsed = True
            elif kind not in ("lit",):
                raise UnsupportedFormat(value)
            i += 1
            continue
        match = _DATE_TOKEN.match(text, i)
        if match is None:
            ch = text[i]
            if ch.isascii() and ch.isalpha():
                raise UnsupportedFormat(ch)
            out.append(("lit", ch))
            i += 1
            continue
        token = match.group(0)
        lower = token.lower()
        if lower in ("am/pm", "a/p"):
            section.hour12 = True
            out.append(("ampm", token))
        elif lower.startswith("."):
            out.append(("subsec", token))
        elif lower[0] == "y" or lower == "e":
            out.append(("year", "yyyy" if lower in ("yyyy", "e") else "yy"))
        elif lower[0] == "d":
            out.append(("day", lower))
        elif lower[0] == "h":
            out.append(("hour", lower))
        elif lower[0] == "s":
            out.append(("second", lower))
        else:
            out.append(("month", lower))
        i = match.end()
    # "m"/"mm" right after an hour or right before a second means minutes.
    kinds = [k for k, _ in out]
    for position, (kind, value) in enumerate(out):
        if kind != "month" or len(value) > 2:
            continue
        before = next((k for k in reversed(kinds[:position]) if k != "lit"), None)
        after = next((k for k in kinds[position + 1 :] if k != "lit"), None)
        if before in ("hour", "elapsed") or after in ("second",):
            out[position] = ("minute", value)
            kinds[position] = "minute"
    section.tokens = out
    return section


# ---------------------------------------------------------------- cell values of any type


def serial(value: object) -> float | None:
    """A cell value as the number the spreadsheet stores (dates as serial days), None for text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, datetime):
        return (value - EPOCH_1900).total_seconds() / 86400
    if isinstance(value, date):
        return float((value - EPOCH_1900.date()).days)
    if isinstance(value, time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400
    if isinstance(value, timedelta):
        return value.total_seconds() / 86400
    return None


class CellRenderer:
    """Renders cells of one sheet; remembers each column whose format it could not follow (to tell the user)."""

    def __init__(self, date1904: bool = False) -> None:
        self.date1904 = date1904
        self.unsupported: dict[int, str] = {}  # 0-based column -> the first format code not understood there
        self._compiled: dict[str, Formatter | None] = {}

    def formatter(self, code: str) -> Formatter | None:
        """The compiled format (None when not understood: the cell shows General)."""
        if code not in self._compiled:
            try:
                self._compiled[code] = compile_format(code, self.date1904)
            except UnsupportedFormat:
                self._compiled[code] = None
        return self._compiled[code]

    def text(self, value: object, code: str | None, column: int) -> str:
        kind = type(value)
        if isinstance(value, str):
            return format_text(code, value) if code else value
        if kind is bool:
            return "TRUE" if value else "FALSE"
        if code is None:
            return general_value(value)
        number = float(value) if kind is float or kind is int else serial(value)  # type: ignore[arg-type]
        if number is None:
            return str(value)
        render = self.formatter(code)
        if render is not None:
            try:
                # calamine has already turned 1904-system dates into real dates: only plain numbers get the offset.
                if self.date1904 and kind is not float and kind is not int:
                    number -= DAYS_1904_OFFSET
                return render(number)
            except (UnsupportedFormat, ArithmeticError, OverflowError, ValueError):
                pass
        self.unsupported.setdefault(column, code)
        return general_text(value, number)


def general_value(value: object) -> str:
    """Any cell value in the General format."""
    if isinstance(value, float):
        return general(value)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    number = serial(value)
    return str(value) if number is None else general_text(value, number)


def general_text(value: object, number: float) -> str:
    """General for any value: numbers as in the programs, dates and times as ISO text (never a day count)."""
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return general(number)


def _read_number(text: str) -> float:
    """A number written as people write them: "1,234", "15.3%", "₩1,234", "(1,234)"; NaN if it is not one."""
    text = text.strip()
    negative = len(text) > 2 and text[0] == "(" and text[-1] == ")"
    if negative:
        text = text[1:-1]
    currency = "".join(ch for ch in text if unicodedata.category(ch) == "Sc")
    text = text.strip(currency + "  ")
    percent = text.endswith("%")
    text = text.removesuffix("%").replace(",", "").replace(" ", "").replace(" ", "")
    try:
        value = float(text)
    except ValueError:
        return math.nan
    value = value / 100 if percent else value
    return -value if negative else value


class Shown(str):
    """A cell's text as shown ("10,000.50") that still knows the number behind it (10000.5) for templates."""

    raw: float

    def __new__(cls, text: str, raw: float) -> Shown:
        shown = super().__new__(cls, text)
        shown.raw = raw
        return shown


def number(value: object) -> float | int | str:
    """The unformatted number behind a cell ("00007" -> 7, "10,000.50" -> 10000.5); other text unchanged.

    The template filter `{{ row["amount"] | number }}`. Whole numbers come back as int so they print without ".0".
    """
    raw = getattr(value, "raw", None)
    if raw is None:
        raw = _read_number(str(value))
        if not math.isfinite(raw):  # text, or "nan"/"inf" typed as text: left as it is
            return value if isinstance(value, str) else str(value)
    return int(raw) if isinstance(raw, float) and raw.is_integer() else raw
