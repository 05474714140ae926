"""CSV export of the API's lists: fixed columns per record type, nested fields flattened with dots."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from parley.store.queries import MAX_LIMIT, Page

# The columns of each list, in order; a dotted name reaches into a nested object ("speaker.name").
COLUMNS: dict[str, list[str]] = {
    "articles": ["id", "published", "outlet", "title", "url", "doc", "source_format", "duplicate_of",
                 "duplicate_kind", "statements", "events", "positions"],
    "statements": ["id", "date", "article_id", "outlet", "title", "kind", "speaker.name", "speaker.actor_id",
                   "speaker.country", "speaker.sector", "speaker.role", "speaker.text", "speaker.resolved_by", "cue.text",
                   "content.text", "rule", "confidence", "doc", "speaker.spans", "cue.spans", "content.spans"],
    "events": ["id", "date", "article_id", "event_type", "mode", "source.name", "source.actor_id", "source.country",
               "target.name", "target.actor_id", "target.country", "location.name", "location.country",
               "evidence.text", "rule", "confidence", "doc", "evidence.spans"],
    "positions": ["id", "date", "article_id", "actor.name", "actor.actor_id", "actor.country", "issue", "stance",
                  "evidence.text", "rule", "confidence", "doc", "evidence.spans"],
    "actors": ["actor_id", "name", "country", "sector", "statements", "events", "positions", "first_seen", "last_seen"],
    "matrix": ["actor", "issue", "stance", "count", "first_seen", "last_seen", "shift.from", "shift.to",
               "latest.position_id", "latest.article_id"],
}


def pick(record: dict[str, Any], column: str) -> Any:
    """The value at a dotted path, or None where any step is missing; lists become JSON."""
    value: Any = record
    for step in column.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(step)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def iter_pages(fetch: Callable[..., Page], cursor: str | None, cap: int | None, **filters: Any) -> Iterator[dict[str, Any]]:
    """Every record a list query matches, page after page, up to ``cap`` records when given."""
    sent = 0
    while True:
        size = MAX_LIMIT if cap is None else max(1, min(MAX_LIMIT, cap - sent))
        page = fetch(limit=size, cursor=cursor, **filters)
        for record in page.items:
            yield record
            sent += 1
            if cap is not None and sent >= cap:
                return
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def iter_csv(kind: str, records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """CSV text, header first, in chunks of rows (so a large export streams)."""
    columns = COLUMNS[kind]
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for n, record in enumerate(records, start=1):
        writer.writerow([pick(record, c) for c in columns])
        if n % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()
