"""Opening, migrating and writing the store: SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from parley.errors import StoreError
from parley.model import Doc, Part
from parley.store import schema as t


def database_url(db: str) -> str:
    """An SQLAlchemy URL for ``db``: a URL stays as it is, anything else is a SQLite file path."""
    if "://" in db:
        return db
    if db == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(db).expanduser()}"


@dataclass(frozen=True)
class StoredArticle:
    """What the writer needs to know about an article already in the store."""

    id: int
    doc: str
    duplicate_of: int | None


class Store:
    """The database behind every interface. Open with ``Store.open(path_or_url)``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    # --- opening and migrating --------------------------------------------------------------------------

    @classmethod
    def open(cls, db: str | Path, *, create: bool = True) -> Store:
        """Open (and create and migrate, unless ``create`` is False) the store at a path or URL."""
        url = database_url(str(db))
        if url.startswith("sqlite:///"):
            path = Path(url.removeprefix("sqlite:///"))
            if not path.exists() and not create:
                raise StoreError(f"no Parley database at {path}", hint="run `parley ingest PATH --db FILE` first")
            if not path.parent.exists():
                raise StoreError(f"folder {path.parent} for the database does not exist")
        try:
            engine = sa.create_engine(url, future=True)
            if engine.dialect.name == "sqlite":
                sa.event.listen(engine, "connect", _sqlite_pragmas)
            store = cls(engine)
            store.migrate()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the database {db}: {exc.__class__.__name__}: {exc.args[0]}") from None
        return store

    def migrate(self) -> int:
        """Bring the schema up to date; return the version it is at."""
        with self.engine.begin() as conn:
            inspector = sa.inspect(conn)
            if inspector.has_table("schema_version"):
                current = conn.execute(sa.select(sa.func.max(t.schema_version.c.version))).scalar() or 0
            else:
                current = 0
            if current > t.SCHEMA_VERSION:
                raise StoreError(
                    f"the database is at schema version {current}, newer than this Parley ({t.SCHEMA_VERSION})",
                    hint="upgrade Parley",
                )
            for number, migration in enumerate(t.MIGRATIONS, start=1):
                if number > current:
                    migration(conn)
                    conn.execute(sa.delete(t.schema_version))
                    conn.execute(sa.insert(t.schema_version).values(version=number))
        return t.SCHEMA_VERSION

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"database error: {exc.__class__.__name__}: {exc.args[0]}") from None

    # --- writing ----------------------------------------------------------------------------------------

    def find_article(self, content_hash: str, doc: str) -> StoredArticle | None:
        """The stored article read from this same input with this exact text, if any."""
        a = t.articles
        with self.connect() as conn:
            row = conn.execute(
                sa.select(a.c.id, a.c.doc, a.c.duplicate_of).where(a.c.content_hash == content_hash, a.c.doc == doc)
            ).first()
        return StoredArticle(row.id, row.doc, row.duplicate_of) if row else None

    def iter_signatures(self) -> Iterator[tuple[int, str | None, str, bytes | None]]:
        """(id, url_key, content_hash, signature) of every stored article, to seed the de-duplicator."""
        a = t.articles
        with self.connect() as conn:
            yield from conn.execute(sa.select(a.c.id, a.c.url_key, a.c.content_hash, a.c.signature))

    def add_analysis(
        self,
        doc: Doc,
        *,
        url_key: str | None = None,
        duplicate_of: int | None = None,
        duplicate_kind: str | None = None,
        similarity: float | None = None,
        signature: bytes | None = None,
    ) -> int:
        """Store one article and everything found in it, in one transaction; return its id."""
        art = doc.article
        published = art.published
        try:
            with self.engine.begin() as conn:
                article_id = conn.execute(
                    sa.insert(t.articles).values(
                        doc=art.doc,
                        url=art.url,
                        url_key=url_key,
                        title=art.title,
                        outlet=art.outlet,
                        published=published,
                        source_format=art.source_format,
                        content_hash=art.content_hash,
                        text=art.text,
                        meta=_jsonable(art.meta),
                        duplicate_of=duplicate_of,
                        duplicate_kind=duplicate_kind,
                        similarity=similarity,
                        signature=signature,
                        stages=",".join(doc.stages),
                        ingested_at=datetime.now(UTC).replace(tzinfo=None),
                    )
                ).inserted_primary_key
                assert article_id is not None
                article_id = article_id[0]
                self._insert_facts(conn, article_id, doc, published)
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store {art.doc}: {exc.__class__.__name__}: {exc.args[0]}") from None
        return int(article_id)

    def _insert_facts(self, conn: Connection, article_id: int, doc: Doc, published: date | None) -> None:
        if doc.statements:
            conn.execute(
                sa.insert(t.statements),
                [
                    {
                        "article_id": article_id,
                        "seq": seq,
                        "kind": s.kind,
                        "speaker_text": s.speaker.text,
                        "speaker_spans": [x.as_list() for x in s.speaker.spans],
                        "actor_id": s.speaker.actor_id,
                        "speaker_name": s.speaker.name,
                        "speaker_country": s.speaker.country,
                        "speaker_sector": s.speaker.sector,
                        "resolved_by": s.speaker.resolved_by,
                        **_part("cue", s.cue),
                        **_part("content", s.content),
                        "rule": s.rule,
                        "confidence": s.confidence,
                        "stage": s.stage,
                        "date": published,
                    }
                    for seq, s in enumerate(doc.statements)
                ],
            )
        if doc.events:
            conn.execute(
                sa.insert(t.events),
                [
                    {
                        "article_id": article_id,
                        "seq": seq,
                        "event_type": e.event_type,
                        "mode": e.mode,
                        **_mention("source", e.source),
                        **_mention("target", e.target),
                        **_part("evidence", e.evidence),
                        "date": e.date or published,
                        "location_name": e.location.name if e.location else None,
                        "location_country": e.location.country if e.location else None,
                        "rule": e.rule,
                        "confidence": e.confidence,
                        "stage": e.stage,
                        "statement_seq": e.statement_index,
                    }
                    for seq, e in enumerate(doc.events)
                ],
            )
        if doc.positions:
            conn.execute(
                sa.insert(t.positions),
                [
                    {
                        "article_id": article_id,
                        "seq": seq,
                        "actor_text": p.actor.text,
                        "actor_id": p.actor.actor_id,
                        "actor_name": p.actor.name or p.actor.text,
                        "actor_country": p.actor.country,
                        "issue": p.issue,
                        "stance": p.stance,
                        **_part("evidence", p.evidence),
                        "date": p.date or published,
                        "rule": p.rule,
                        "confidence": p.confidence,
                        "stage": p.stage,
                        "statement_seq": p.statement_index,
                    }
                    for seq, p in enumerate(doc.positions)
                ],
            )

    def replace_facts(self, article_id: int, doc: Doc) -> None:
        """Re-derive: drop what was found in a stored article and store the new analysis instead."""
        with self.engine.begin() as conn:
            for table in (t.statements, t.events, t.positions):
                conn.execute(sa.delete(table).where(table.c.article_id == article_id))
            self._insert_facts(conn, article_id, doc, doc.article.published)
            conn.execute(
                sa.update(t.articles).where(t.articles.c.id == article_id).values(stages=",".join(doc.stages))
            )

    def record_run(self, inputs: Sequence[str], counts: dict[str, int], skipped: Sequence[tuple[str, str, str]]) -> int:
        """Keep the report of an ingest run: counts and each skipped input with its reason."""
        now = datetime.now(UTC).replace(tzinfo=None)
        with self.engine.begin() as conn:
            key = conn.execute(
                sa.insert(t.runs).values(started_at=now, finished_at=now, inputs=list(inputs), **counts)
            ).inserted_primary_key
            assert key is not None
            run_id = key[0]
            if skipped:
                conn.execute(
                    sa.insert(t.skips),
                    [{"run_id": run_id, "input": i, "code": c, "reason": r} for i, c, r in skipped],
                )
        return int(run_id)


def _part(prefix: str, part: Part) -> dict[str, Any]:
    return {f"{prefix}_text": part.text, f"{prefix}_spans": [s.as_list() for s in part.spans]}


def _mention(prefix: str, mention: Any) -> dict[str, Any]:
    if mention is None:  # every row of an executemany needs every key
        return {f"{prefix}_{k}": None for k in ("text", "actor_id", "name", "country")}
    return {
        f"{prefix}_text": mention.text,
        f"{prefix}_actor_id": mention.actor_id,
        f"{prefix}_name": mention.name or mention.text,
        f"{prefix}_country": mention.country,
    }


def _jsonable(meta: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(meta, default=str))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()
