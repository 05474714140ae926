"""The database schema (SQLAlchemy Core) and its numbered migrations."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("doc", sa.Text, nullable=False),  # the input as given: path, path:LINE, URL
    sa.Column("url", sa.Text),
    sa.Column("url_key", sa.Text, index=True),  # normalised URL for exact de-duplication
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("source_format", sa.String(16), nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("text", sa.Text, nullable=False),  # raw text, so every result can be re-derived
    sa.Column("meta", sa.JSON),
    sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("articles.id"), index=True),
    sa.Column("duplicate_kind", sa.String(8)),  # url | hash | near
    sa.Column("similarity", sa.Float),
    sa.Column("signature", sa.LargeBinary),  # MinHash signature, to rebuild the de-duplicator
    sa.Column("stages", sa.Text),  # "segment@1,statements@1,..." that produced the stored facts
    sa.Column("ingested_at", sa.DateTime, nullable=False),
    # The same text from the same input is stored once; an exact copy elsewhere is a linked duplicate.
    sa.UniqueConstraint("content_hash", "doc"),
)

_span_cols = lambda prefix: [  # noqa: E731  (three roles share the same column shape)
    sa.Column(f"{prefix}_text", sa.Text),
    sa.Column(f"{prefix}_spans", sa.JSON),
]

statements = sa.Table(
    "statements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(10), nullable=False),
    *_span_cols("speaker"),
    sa.Column("actor_id", sa.Text, index=True),
    sa.Column("speaker_name", sa.Text),
    sa.Column("speaker_country", sa.String(8)),
    sa.Column("speaker_sector", sa.String(8)),
    sa.Column("resolved_by", sa.String(16)),
    *_span_cols("cue"),
    *_span_cols("content"),
    sa.Column("rule", sa.Text),
    sa.Column("confidence", sa.Float),
    sa.Column("stage", sa.Text),
    sa.Column("date", sa.Date, index=True),
    sa.UniqueConstraint("article_id", "seq"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("event_type", sa.String(16), nullable=False, index=True),
    sa.Column("mode", sa.Text),
    sa.Column("source_text", sa.Text),
    sa.Column("source_actor_id", sa.Text, index=True),
    sa.Column("source_name", sa.Text),
    sa.Column("source_country", sa.String(8)),
    sa.Column("target_text", sa.Text),
    sa.Column("target_actor_id", sa.Text, index=True),
    sa.Column("target_name", sa.Text),
    sa.Column("target_country", sa.String(8)),
    *_span_cols("evidence"),
    sa.Column("date", sa.Date, index=True),
    sa.Column("location_name", sa.Text),
    sa.Column("location_country", sa.String(8)),
    sa.Column("rule", sa.Text),
    sa.Column("confidence", sa.Float),
    sa.Column("stage", sa.Text),
    sa.Column("statement_seq", sa.Integer),
    sa.UniqueConstraint("article_id", "seq"),
)

positions = sa.Table(
    "positions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("actor_text", sa.Text),
    sa.Column("actor_id", sa.Text, index=True),
    sa.Column("actor_name", sa.Text),
    sa.Column("actor_country", sa.String(8)),
    sa.Column("issue", sa.Text, nullable=False, index=True),
    sa.Column("stance", sa.String(12), nullable=False),
    *_span_cols("evidence"),
    sa.Column("date", sa.Date, index=True),
    sa.Column("rule", sa.Text),
    sa.Column("confidence", sa.Float),
    sa.Column("stage", sa.Text),
    sa.Column("statement_seq", sa.Integer),
    sa.UniqueConstraint("article_id", "seq"),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("finished_at", sa.DateTime),
    sa.Column("inputs", sa.JSON),
    sa.Column("stored", sa.Integer, default=0),
    sa.Column("duplicates", sa.Integer, default=0),
    sa.Column("unchanged", sa.Integer, default=0),
    sa.Column("skipped", sa.Integer, default=0),
)

skips = sa.Table(
    "skips",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id", ondelete="CASCADE"), index=True),
    sa.Column("input", sa.Text, nullable=False),
    sa.Column("code", sa.String(8)),
    sa.Column("reason", sa.Text, nullable=False),
)

schema_version = sa.Table("schema_version", metadata, sa.Column("version", sa.Integer, nullable=False))

# --- full-text search over statements (SQLite FTS5, external content kept in sync by triggers) -------

_SQLITE_FTS = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
        content_text, speaker_text, speaker_name, content='statements', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, content_text, speaker_text, speaker_name)
        VALUES (new.id, new.content_text, new.speaker_text, new.speaker_name); END""",
    """CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content_text, speaker_text, speaker_name)
        VALUES ('delete', old.id, old.content_text, old.speaker_text, old.speaker_name); END""",
    """CREATE TRIGGER IF NOT EXISTS statements_au AFTER UPDATE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content_text, speaker_text, speaker_name)
        VALUES ('delete', old.id, old.content_text, old.speaker_text, old.speaker_name);
        INSERT INTO statements_fts(rowid, content_text, speaker_text, speaker_name)
        VALUES (new.id, new.content_text, new.speaker_text, new.speaker_name); END""",
]

_POSTGRES_FTS = [
    """CREATE INDEX IF NOT EXISTS statements_content_fts ON statements
        USING gin (to_tsvector('english', coalesce(content_text, '') || ' ' || coalesce(speaker_text, '')))""",
]


def _migration_1(conn: Connection) -> None:
    """Initial schema: articles, statements, events, positions, runs, skips and full-text search."""
    metadata.create_all(conn)
    for sql in _SQLITE_FTS if conn.dialect.name == "sqlite" else _POSTGRES_FTS:
        conn.exec_driver_sql(sql)


def _migration_2(conn: Connection) -> None:
    """Indexes the dashboard and the positions matrix lean on."""
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_statements_date_id ON statements (date, id)")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_positions_actor_issue ON positions (actor_id, issue, date)")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_events_date_id ON events (date, id)")


def _migration_3(conn: Connection) -> None:
    """A covering index for the positions matrix: its scan reads the index, not the evidence text."""
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_positions_matrix ON positions "
        "(date, id, actor_id, issue, stance, article_id, actor_name, actor_text)"
    )


def _migration_4(conn: Connection) -> None:
    """Covering indexes for an actor's tallies (the actor page): counts and dates without reading rows."""
    for sql in (
        "CREATE INDEX IF NOT EXISTS ix_statements_actor_cover ON statements "
        "(actor_id, article_id, date, speaker_name, speaker_country, speaker_sector)",
        "CREATE INDEX IF NOT EXISTS ix_events_source_cover ON events "
        "(source_actor_id, article_id, date, source_name, source_country)",
        "CREATE INDEX IF NOT EXISTS ix_events_target_cover ON events "
        "(target_actor_id, article_id, date, target_name, target_country)",
    ):
        conn.exec_driver_sql(sql)


# Each migration moves the schema from version N-1 to N; never edit one that has shipped, add the next.
MIGRATIONS: list[Callable[[Connection], None]] = [_migration_1, _migration_2, _migration_3, _migration_4]
SCHEMA_VERSION = len(MIGRATIONS)
