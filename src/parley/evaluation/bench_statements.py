"""Throughput of statement extraction against spaCy's blank tokenizer and sentencizer on the same texts."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from parley.errors import ConfigError, EvalError
from parley.extract.pipeline import Pipeline, build_pipeline
from parley.extract.segment import Segmenter
from parley.extract.statements import StatementStage
from parley.model import Article

_WORDS = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class BenchResult:
    """Best-of-N timings for Parley and the spaCy baseline over the same texts."""

    articles: int
    words: int
    parley_s: float
    spacy_s: float

    @property
    def ratio(self) -> float:
        return self.parley_s / self.spacy_s if self.spacy_s else float("inf")

    def rate(self, seconds: float) -> tuple[float, float]:
        """(articles/s, words/s) for a timing."""
        return self.articles / seconds, self.words / seconds


def default_bench_paths(root: Path) -> list[Path]:
    """PolNeAR train texts beside the checkout when present, else the bundled examples."""
    polnear = root.parent / "shared" / "data" / "polnear" / "train" / "text"
    if polnear.is_dir():
        return sorted(polnear.glob("*.txt"))
    return sorted((root / "examples").glob("*.txt"))


def read_texts(paths: list[Path]) -> list[str]:
    """The texts of the given files and folders (``*.txt`` inside folders)."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    texts = [f.read_text(encoding="utf-8") for f in files if f.is_file()]
    if not texts:
        raise EvalError("no text files to benchmark", hint="pass .txt files or folders holding them")
    return texts


def load_spacy_baseline() -> Callable[[str], object]:
    """spaCy's blank English pipeline with a sentencizer; a clear error when spaCy is not installed."""
    try:
        import spacy
    except ImportError as exc:
        raise ConfigError("spaCy is not installed, so there is no baseline to compare against",
                          hint="install the benchmark extra: pip install 'parley[bench]'") from exc
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp  # type: ignore[no-any-return]


def bench_statements(texts: list[str], repeats: int = 3, use_actors: bool = True) -> BenchResult:
    """Time segmentation + statements (speaker resolution included) against spaCy, interleaved, best of N."""
    if use_actors:
        pipeline = build_pipeline(["parley.segment.v1", "parley.statements.v1"])
    else:
        pipeline = Pipeline((Segmenter(), StatementStage(actor_base=None)))
    nlp = load_spacy_baseline()
    articles = [Article(text=t) for t in texts]
    pipeline(articles[0])  # warm caches (compiled lexicon, actor base) outside the timing
    nlp(texts[0])
    best_parley = best_spacy = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for article in articles:
            pipeline(article)
        best_parley = min(best_parley, time.perf_counter() - start)
        start = time.perf_counter()
        for text in texts:
            nlp(text)
        best_spacy = min(best_spacy, time.perf_counter() - start)
    words = sum(len(_WORDS.findall(t)) for t in texts)
    return BenchResult(len(texts), words, best_parley, best_spacy)
