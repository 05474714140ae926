"""Benchmark: the whole pipeline against statement extraction alone, on the same texts, same process."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from parley.extract.pipeline import Pipeline, build_pipeline
from parley.model import Article, Doc

STATEMENTS_ONLY = ("parley.segment.v1", "parley.statements.v1")


@dataclass(frozen=True)
class PipelineBench:
    articles: int
    words: int
    statements_only_s: float
    full_s: float
    stages: tuple[str, ...]
    # Each stage of the full pipeline timed on its own (best of the rounds), from a separate pass:
    # where the time goes, not part of the ratio.
    stage_s: tuple[tuple[str, float], ...] = ()

    @property
    def ratio(self) -> float:
        return self.full_s / self.statements_only_s if self.statements_only_s else float("inf")

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "words": self.words,
            "statements_only_s": round(self.statements_only_s, 4),
            "full_s": round(self.full_s, 4),
            "ratio": round(self.ratio, 3),
            "full_articles_per_s": round(self.articles / self.full_s, 1) if self.full_s else None,
            "stages": list(self.stages),
            "stage_s": {name: round(seconds, 4) for name, seconds in self.stage_s},
        }


def load_texts(paths: Sequence[Path]) -> list[str]:
    """Every .txt file under the given paths (recursively), read as UTF-8."""
    texts: list[str] = []
    for path in paths:
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        texts.extend(f.read_text(encoding="utf-8", errors="replace") for f in files)
    return [t for t in texts if t.strip()]


def _time(pipeline: Pipeline, articles: list[Article]) -> float:
    start = time.perf_counter()
    for article in articles:
        pipeline(article)
    return time.perf_counter() - start


def _time_stages(pipeline: Pipeline, articles: list[Article]) -> list[float]:
    """Seconds spent in each stage of ``pipeline`` over the articles."""
    spent = [0.0] * len(pipeline.stages)
    clock = time.perf_counter
    for article in articles:
        doc = Doc(article=article)
        for n, stage in enumerate(pipeline.stages):
            start = clock()
            doc = stage(doc)
            spent[n] += clock() - start
    return spent


def bench_pipeline(texts: Sequence[str], repeats: int = 3, on_round: Callable[[int], None] | None = None) -> PipelineBench:
    """Best-of-``repeats`` time of both pipelines, interleaved so machine noise hits both alike."""
    articles = [Article(text=t, doc=f"bench-{i}") for i, t in enumerate(texts)]
    base, full = build_pipeline(STATEMENTS_ONLY), build_pipeline()
    base(articles[0]), full(articles[0])  # warm caches (actor base, lexicons) outside the timing
    best_base = best_full = float("inf")
    best_stages = [float("inf")] * len(full.stages)
    for round_ in range(repeats):
        best_base = min(best_base, _time(base, articles))
        best_full = min(best_full, _time(full, articles))
        best_stages = [min(a, b) for a, b in zip(best_stages, _time_stages(full, articles), strict=True)]
        if on_round:
            on_round(round_)
    words = sum(len(t.split()) for t in texts)
    return PipelineBench(len(articles), words, best_base, best_full, tuple(full.names),
                         tuple(zip(full.names, best_stages, strict=True)))
