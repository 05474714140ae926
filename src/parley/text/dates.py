"""Resolve date expressions in news text ("yesterday", "on Tuesday", "11 March 2025") against the article date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

# Ordered: the most specific expressions first, so "on March 11, 2025" is not read as "March".
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    ("day-month", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b", re.I)),
    ("month-day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<year>\d{{4}}))?", re.I)),
    ("relative-day", re.compile(r"\b(?P<rel>yesterday|today|tonight|this morning|this afternoon|this evening|last night|tomorrow)\b", re.I)),
    ("relative-period", re.compile(r"\b(?P<rel>last|this|next|earlier this|later this)\s+(?P<unit>week|month|year)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|ten)\s+(?P<unit>days?|weeks?|months?)\s+ago\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?P<mod>last|this|next)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
]
# Every pattern above needs a digit or one of these words.
_MAYBE_DATE = re.compile(r"\d|day\b|tonight|tomorrow|\bweek\b|\bmonth\b|\byear\b|\bago\b|last night|this (?:morning|afternoon|evening)", re.I)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text, with the day it stands for."""

    start: int
    end: int
    text: str
    day: date
    kind: str  # which pattern read it: iso, day-month, month-day, relative-day, weekday, ...


def _month_days_back(anchor: date, months: int) -> date:
    month = anchor.month - months
    year = anchor.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, 1)


def _resolve(kind: str, m: re.Match[str], anchor: date) -> date | None:
    g = m.groupdict()
    if kind == "iso":
        return date(int(g["year"]), int(g["mon"]), int(g["day"]))
    if kind in ("day-month", "month-day"):
        month = _MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        if g.get("year"):
            return date(int(g["year"]), month, day)
        # No year: the closest such day not far after the article date (news reports the recent past).
        candidate = date(anchor.year, month, day)
        if candidate > anchor + timedelta(days=31):
            candidate = date(anchor.year - 1, month, day)
        return candidate
    if kind == "relative-day":
        rel = g["rel"].lower()
        if rel == "yesterday" or rel == "last night":
            return anchor - timedelta(days=1)
        if rel == "tomorrow":
            return anchor + timedelta(days=1)
        return anchor
    if kind == "relative-period":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        step = {"last": -1, "next": 1}.get(rel, 0)
        if unit == "week":
            monday = anchor - timedelta(days=anchor.weekday())
            return monday + timedelta(weeks=step) if step else anchor
        if unit == "month":
            return _month_days_back(anchor, -step) if step else anchor
        return date(anchor.year + step, 1, 1) if step else anchor
    if kind == "ago":
        n = _NUMBERS.get(g["n"].lower()) or int(g["n"])
        unit = g["unit"].lower().rstrip("s")
        return anchor - timedelta(days=n * {"day": 1, "week": 7, "month": 30}[unit])
    if kind == "weekday":
        wanted = _WEEKDAYS[g["weekday"].lower()]
        mod = (g.get("mod") or "").lower()
        if mod == "next":
            return anchor + timedelta(days=(wanted - anchor.weekday()) % 7 or 7)
        # Wire style: a bare weekday is the most recent such day on or before the article date.
        back = (anchor.weekday() - wanted) % 7
        if mod == "last" and back == 0:
            back = 7
        return anchor - timedelta(days=back)
    return None


def find_dates(text: str, anchor: date, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in text[start:end], resolved against the anchor (the article date), in text order."""
    end = len(text) if end is None else end
    if not _MAYBE_DATE.search(text, start, end):
        return []  # most sentences name no date: one cheap search instead of seven
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            try:
                day = _resolve(kind, m, anchor)
            except ValueError:  # "31 February": not a date
                continue
            if day is not None:
                taken.append((m.start(), m.end()))
                found.append(DateMention(m.start(), m.end(), m.group(0), day, kind))
    return sorted(found, key=lambda d: d.start)


def resolve_date(text: str, anchor: date | None) -> date | None:
    """The first date named in text, resolved against the anchor; the anchor itself when none is named."""
    if anchor is None:
        return None
    found = find_dates(text, anchor)
    return found[0].day if found else anchor
