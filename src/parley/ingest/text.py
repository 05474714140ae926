"""Decoding text files (UTF-8, BOM, Latin-1 fallback), spotting binary junk, and the header block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from parley.errors import BinaryInput, EmptyInput

# How much of a file is looked at to decide whether it is text at all.
_SNIFF_BYTES = 8192
# Control bytes other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) | {0x7F}
# A real text file has essentially no control bytes; random or compressed bytes have ~11%.
_MAX_CONTROL_RATIO = 0.02
# Keys allowed in the header block, mapped to the Article field they fill.
_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "published": "published",
    "date": "published",
    "url": "url",
    "author": "author",
    "byline": "author",
}
_HEADER_LINE = re.compile(r"^([A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*$")
_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 30


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and how it was decoded."""

    text: str
    encoding: str  # "utf-8" or "latin-1"
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class HeaderBlock:
    """What the optional ``Key: value`` block at the top of a text file said, and where the body starts."""

    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    body_offset: int = 0
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a file's bytes as UTF-8 (BOM dropped), else as cp1252/Latin-1 with a warning.

    Raises EmptyInput for an empty or blank file and BinaryInput for bytes that are not text.
    """
    if not data.strip():
        raise EmptyInput("the file is empty or holds only whitespace")
    check_not_binary(data)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        # Old newsroom exports are often Windows-1252; its five undefined bytes force plain Latin-1.
        try:
            text = data.decode("cp1252")
            codec = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            codec = "latin-1"
        encoding = "latin-1"
        warnings = (f"not valid UTF-8 (byte {exc.start}); decoded as {codec}",)
    if not text.strip():
        raise EmptyInput("the file is empty or holds only whitespace")
    return DecodedText(text, encoding, warnings)


def check_not_binary(data: bytes) -> None:
    """Raise BinaryInput when the first few KB hold NUL bytes or too many control bytes."""
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        raise BinaryInput("the file holds NUL bytes, so it is not text")
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if head and controls / len(head) > _MAX_CONTROL_RATIO:
        raise BinaryInput(f"{controls} of the first {len(head)} bytes are control characters, so it is not text")


def parse_date(value: str) -> date | None:
    """A date from YYYY-MM-DD, an ISO 8601 datetime or an RFC 2822 datetime; None when unreadable."""
    value = value.strip()
    if not value:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])", value):
        try:
            return datetime.fromisoformat(value).date() if len(value) > 10 else date.fromisoformat(value)
        except ValueError:
            try:  # a datetime form fromisoformat does not know; the date part is what we keep
                return date.fromisoformat(value[:10])
            except ValueError:
                return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "MOSCOW, Oct 20, 2025 (Wire) —" or "KYIV, Ukraine, 20 October 2025 —": a capitalised place, then a date.
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Z .'\-]{{1,40}}(?:,\s*[A-Z][A-Za-z .]{{1,30}})?,\s+"
    rf"(?:(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<mon2>{_MONTH}),?\s+(?P<year2>\d{{4}}))\b"
)


def parse_dateline_date(text: str) -> date | None:
    """The date in a wire dateline at the start of the text ("MOSCOW, Oct 20, 2025 —"), if it has a year."""
    match = _DATELINE.match(text[:200])
    if not match:
        return None
    month = (match.group("mon") or match.group("mon2"))[:3].lower()
    day = match.group("day") or match.group("day2")
    year = match.group("year") or match.group("year2")
    try:
        return date(int(year), _MONTHS[month], int(day))
    except (KeyError, ValueError):
        return None


def parse_header_block(text: str) -> HeaderBlock:
    """Read the ``Title:/Outlet:/Published:/URL:`` lines at the top, up to the first blank line.

    The block counts only when every line before the blank line is a known ``Key: value`` line, so a
    dateline such as "KYIV: Officials said" is never mistaken for a header. ``body_offset`` is where
    the body starts (0 when there is no header), past the blank line(s) that end the block.
    """
    header = HeaderBlock()
    pos = 0
    seen: list[tuple[str, str]] = []
    while True:
        newline = text.find("\n", pos)
        if newline < 0:
            return HeaderBlock()  # no blank line ends the block: not a header
        line = text[pos:newline].rstrip("\r")
        if not line.strip():
            break
        match = _HEADER_LINE.match(line)
        if not match or match.group(1).lower() not in _HEADER_KEYS:
            return HeaderBlock()
        seen.append((_HEADER_KEYS[match.group(1).lower()], match.group(2)))
        pos = newline + 1
    if not seen:
        return HeaderBlock()
    # Skip the blank line(s) so the body starts at its first character.
    body = re.compile(r"(?:[ \t]*\r?\n)*").match(text, pos)
    header.body_offset = body.end() if body else pos
    for name, value in seen:
        if not value:
            continue
        if name == "published":
            header.published = parse_date(value)
            if header.published is None:
                header.warnings.append(f"header Published: {value!r} is not a date; left empty")
        else:
            setattr(header, name, value)
    return header


def guess_title(text: str) -> str | None:
    """The first line when it looks like a headline: short, alone, not ending like a sentence."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not first or not rest.strip():
        return None  # a one-line file is all body
    if len(first) > _MAX_TITLE_CHARS or len(first.split()) > _MAX_TITLE_WORDS:
        return None
    if first.endswith((".", ",", ";", ":")) and not first.endswith("..."):
        return None
    if first[0] in "\"'\u201c\u2018":  # an opening quote starts a sentence, not a headline
        return None
    return first
