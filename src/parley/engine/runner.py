"""Running the pipeline over many inputs: read, de-duplicate, analyse (in-process or a pool), store."""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from parley.config import Settings
from parley.errors import InputError, ParleyError, StoreError
from parley.extract.pipeline import Pipeline, build_pipeline
from parley.ingest import Deduper, Skipped, read_inputs
from parley.ingest.dedupe import normalise_url
from parley.model import Article, Doc
from parley.store.database import Store

BATCH = 64  # articles analysed per round trip to the worker pool


@dataclass(frozen=True)
class SkippedInput:
    """An input that was not stored, and why (one line a user can act on)."""

    input: str
    code: str
    reason: str


@dataclass
class IngestReport:
    """What one ingest run did: counts, and every skipped input with its reason."""

    stored: int = 0
    duplicates: int = 0  # stored, linked to the original with duplicate_of
    unchanged: int = 0  # already in the store from an earlier run: nothing added
    statements: int = 0
    events: int = 0
    positions: int = 0
    skipped: list[SkippedInput] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped

    def counts(self) -> dict[str, int]:
        return {
            "stored": self.stored,
            "duplicates": self.duplicates,
            "unchanged": self.unchanged,
            "skipped": len(self.skipped),
        }


class AnalysisFailed(InputError):
    code = "P206"
    hint = "this is a bug in Parley: please report it with the input; the rest of the batch went on"


def analyse(pipeline: Pipeline, article: Article) -> Doc | SkippedInput:
    """Run the pipeline on one article; a crash becomes a skipped input, never a dead batch."""
    try:
        return pipeline(article)
    except ParleyError as exc:
        return SkippedInput(article.doc, exc.code, exc.message)
    except Exception as exc:  # noqa: BLE001  (one bad document must not stop the run)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        reason = f"analysis failed: {exc.__class__.__name__}: {exc} (at {where.filename}:{where.lineno})"
        return SkippedInput(article.doc, AnalysisFailed.code, reason)


_worker_pipeline: Pipeline | None = None


def _init_worker(stage_names: Sequence[str] | None, actor_files: Sequence[str], options: dict[str, Any]) -> None:
    global _worker_pipeline
    if actor_files:
        from parley.actors import set_default_actor_files

        set_default_actor_files(actor_files)
    _worker_pipeline = build_pipeline(stage_names, **options)


def _analyse_in_worker(article: Article) -> Doc | SkippedInput:
    assert _worker_pipeline is not None
    return analyse(_worker_pipeline, article)


def analyse_many(
    articles: Iterable[Article], *, pipeline: Pipeline | None = None, workers: int = 1,
    stage_names: Sequence[str] | None = None, actor_files: Sequence[str] = (), options: dict[str, Any] | None = None,
) -> Iterator[Doc | SkippedInput]:
    """Analyse articles in order, in this process (workers=1) or in a process pool.

    ``options`` go to every stage factory (e.g. ``issues=PATH`` for a user taxonomy).
    """
    options = options or {}
    if workers <= 1:
        pipe = pipeline or build_pipeline(stage_names, **options)
        for article in articles:
            yield analyse(pipe, article)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(stage_names, tuple(actor_files), options)) as pool:
        yield from pool.map(_analyse_in_worker, articles, chunksize=8)


def stage_options(settings: Settings) -> dict[str, Any]:
    """The settings that stage factories take (a user issue taxonomy)."""
    return {"issues": settings.issues} if settings.issues else {}


def _skip_from(result: Skipped) -> SkippedInput:
    err = result.error
    return SkippedInput(result.input, getattr(err, "code", "P200"), getattr(err, "message", str(err)))


def ingest(
    sources: Sequence[str],
    store: Store,
    *,
    settings: Settings | None = None,
    pipeline: Pipeline | None = None,
    transport: Any = None,
    on_item: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read every source, store new articles with their analysis, link copies, report what was skipped.

    Idempotent: an input already stored with the same text adds nothing. Each article is stored in
    its own transaction, so a failure part-way never loses or half-writes what came before.
    """
    settings = settings or Settings()
    report = IngestReport()
    deduper = Deduper(threshold=settings.near_duplicate_threshold)
    for article_id, url_key, content_hash, signature in store.iter_signatures():
        deduper.add_signature(str(article_id), url_key, content_hash, signature)

    pending: list[tuple[str, Article]] = []
    stored_ids: dict[str, int] = {}  # deduper key of an article queued in this run -> its stored id
    counter = itertools.count()

    def flush() -> None:
        results = analyse_many(
            [a for _, a in pending], pipeline=pipeline, workers=settings.workers, actor_files=settings.actors,
            options=stage_options(settings),
        )
        for (key, article), result in zip(pending, results, strict=True):
            if isinstance(result, SkippedInput):
                report.skipped.append(result)
                continue
            try:
                stored_ids[key] = _store_new(store, deduper, article, result, report)
            except StoreError as exc:  # this article is not stored; the run goes on
                report.skipped.append(SkippedInput(article.doc, exc.code, exc.message))
        pending.clear()

    def original_id(key: str) -> int | None:
        if not key.startswith("pending:"):
            return int(key)
        if key not in stored_ids and any(k == key for k, _ in pending):
            flush()  # its original is queued in this batch: store the batch first
        return stored_ids.get(key)  # None when the original itself was skipped

    for result in read_inputs(list(sources), timeout=settings.timeout, transport=transport):
        if on_item:
            on_item(result.input if isinstance(result, Skipped) else result.doc)
        if isinstance(result, Skipped):
            report.skipped.append(_skip_from(result))
            continue
        article = result
        if "warning" in article.meta:
            report.warnings.append(f"{article.doc}: {article.meta['warning']}")
        if store.find_article(article.content_hash, article.doc):
            report.unchanged += 1
            continue
        # A copy of something stored (or queued): keep its text, linked to the original, unanalysed.
        dup = deduper.find(article)
        of = original_id(dup.key) if dup is not None else None
        if dup is not None and of is not None:
            try:
                _store_duplicate(store, deduper, article, of, dup, report)
            except StoreError as exc:
                report.skipped.append(SkippedInput(article.doc, exc.code, exc.message))
            continue
        key = f"pending:{next(counter)}"
        deduper.add(key, article)
        pending.append((key, article))
        if len(pending) >= BATCH:
            flush()
    flush()
    store.record_run(list(sources), report.counts(), [(s.input, s.code, s.reason) for s in report.skipped])
    return report


def _store_new(store: Store, deduper: Deduper, article: Article, doc: Doc, report: IngestReport) -> int:
    article_id = store.add_analysis(doc, url_key=_url_key(article), signature=deduper.signature(article))
    report.stored += 1
    report.statements += len(doc.statements)
    report.events += len(doc.events)
    report.positions += len(doc.positions)
    return article_id


def _store_duplicate(
    store: Store, deduper: Deduper, article: Article, original: int, dup: Any, report: IngestReport
) -> None:
    store.add_analysis(
        Doc(article=article),
        url_key=_url_key(article),
        duplicate_of=original,
        duplicate_kind=dup.kind,
        similarity=dup.similarity,
        signature=deduper.signature(article),
    )
    report.duplicates += 1


def _url_key(article: Article) -> str | None:
    return normalise_url(article.url) if article.url else None
