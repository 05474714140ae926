"""Benchmark: reading text files and HTML pages into Articles, HTML timed against trafilatura alone."""

from __future__ import annotations

import html
import random
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from parley.ingest.readers import HTML_SUFFIXES, TEXT_SUFFIXES, walk_folder
from parley.ingest.text import parse_header_block
from parley.model import Article

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
# Used only when the bundled examples are missing (an installed wheel): enough to vary pages.
_FALLBACK_PARAGRAPHS = (
    "Delegations met for a third day of talks on Thursday, with mediators shuttling between two floors "
    "of the same hotel as the sides declined to sit in one room.",
    "A spokesman for one delegation said the maritime security text was nearly agreed, but that the "
    "question of who would inspect ports remained open.",
    "The other side repeated that any ceasefire must cover energy sites first and accused its "
    "counterpart of delaying an exchange of prisoners agreed last month.",
    "Observers said the mood was tense but workmanlike, and that a meeting of leaders was unlikely "
    "before the end of the season.",
)
_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Bench Gazette</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Bench Gazette">
<meta property="article:published_time" content="{day}"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a>
<a href="/opinion">Opinion</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
{body}
</article><aside><h2>Most read</h2><ul><li><a href="/a">Markets close higher</a></li>
<li><a href="/b">Storm warning for the coast</a></li></ul></aside></main>
<footer><p>Subscribe to our newsletter.</p><p>Cookie settings. All rights reserved.</p></footer>
</body></html>
"""


@dataclass(frozen=True)
class IngestBench:
    """Best-of-repeats timings for reading the same files, and the counts they produced."""

    corpus: str
    text_files: int
    html_files: int
    text_articles: int
    html_articles: int
    trafilatura_articles: int
    text_s: float
    html_s: float
    trafilatura_s: float
    repeats: int

    @property
    def text_per_s(self) -> float | None:
        return self.text_articles / self.text_s if self.text_s else None

    @property
    def html_per_s(self) -> float | None:
        return self.html_articles / self.html_s if self.html_s else None

    @property
    def trafilatura_per_s(self) -> float | None:
        return self.trafilatura_articles / self.trafilatura_s if self.trafilatura_s else None

    @property
    def html_ratio(self) -> float | None:
        """Parley's HTML pages/s over trafilatura.extract's pages/s (1.0 = as fast; below = slower)."""
        if not self.html_s or not self.trafilatura_s:
            return None
        return (self.html_files / self.html_s) / (self.html_files / self.trafilatura_s)

    def as_dict(self) -> dict[str, object]:
        def rounded(value: float | None, places: int = 1) -> float | None:
            return None if value is None else round(value, places)

        return {
            "corpus": self.corpus,
            "text_files": self.text_files,
            "html_files": self.html_files,
            "text_articles": self.text_articles,
            "html_articles": self.html_articles,
            "trafilatura_articles": self.trafilatura_articles,
            "text_s": round(self.text_s, 4),
            "html_s": round(self.html_s, 4),
            "trafilatura_s": round(self.trafilatura_s, 4),
            "text_articles_per_s": rounded(self.text_per_s),
            "html_articles_per_s": rounded(self.html_per_s),
            "trafilatura_articles_per_s": rounded(self.trafilatura_per_s),
            "html_ratio_vs_trafilatura": rounded(self.html_ratio, 3),
            "repeats": self.repeats,
        }


def load_seed_articles(folder: Path = EXAMPLES) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of each bundled example text, or the built-in paragraphs when there are none."""
    seeds: list[tuple[str, list[str]]] = []
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8", errors="replace")
        header = parse_header_block(text)
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text[header.body_offset:]) if p.strip()]
        if paragraphs:
            seeds.append((header.title or path.stem, paragraphs))
    return seeds or [("Talks resume", list(_FALLBACK_PARAGRAPHS))]


def make_corpus(folder: Path, n: int, seed: int = 7) -> tuple[list[str], list[str]]:
    """Write ``n`` text files and ``n`` HTML pages, each a shuffled variant of a bundled example."""
    rng = random.Random(seed)
    seeds = load_seed_articles()
    text_dir, html_dir = folder / "text", folder / "html"
    text_dir.mkdir(parents=True, exist_ok=True)
    html_dir.mkdir(parents=True, exist_ok=True)
    text_files: list[str] = []
    html_files: list[str] = []
    for i in range(n):
        title, paragraphs = seeds[i % len(seeds)]
        # Vary order and length so no two files are the same bytes (no caching effects anywhere).
        body = paragraphs[:1] + rng.sample(paragraphs[1:], k=len(paragraphs) - 1)
        body = body[: max(3, len(body) - rng.randrange(0, 3))]
        day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        variant = f"{title} ({i + 1})"
        text_path = text_dir / f"{i:05d}.txt"
        text_path.write_text(f"Title: {variant}\nOutlet: Bench Gazette\nPublished: {day}\n\n"
                             + "\n\n".join(body) + "\n", encoding="utf-8")
        text_files.append(str(text_path))
        html_path = html_dir / f"{i:05d}.html"
        paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
        html_path.write_text(_PAGE.format(title=html.escape(variant), day=day, body=paras), encoding="utf-8")
        html_files.append(str(html_path))
    return text_files, html_files


def split_corpus(path: Path) -> tuple[list[str], list[str]]:
    """The text files and the HTML pages under a folder (or the one file given)."""
    names = list(walk_folder(str(path))) if path.is_dir() else [str(path)]
    text = [n for n in names if Path(n).suffix.lower() in TEXT_SUFFIXES]
    pages = [n for n in names if Path(n).suffix.lower() in HTML_SUFFIXES]
    return text, pages


def time_call(call: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    count = call()
    return time.perf_counter() - start, count


def count_articles(files: Sequence[str]) -> int:
    from parley.ingest.readers import read_inputs

    return sum(1 for r in read_inputs(files, timeout=1.0) if isinstance(r, Article))


def count_trafilatura(pages: Sequence[bytes]) -> int:
    return sum(1 for page in pages if trafilatura.extract(page))


def bench_ingest(path: Path | None = None, *, n: int = 200, repeats: int = 3) -> IngestBench:
    """Time reading the corpus (a folder given, else ``n`` generated files of each kind), best of repeats.

    The three timings are interleaved in each round so that machine noise hits them alike. The
    trafilatura baseline gets the HTML bytes already in memory, so Parley's figure also pays for
    reading files, sniffing and metadata.
    """
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        if path is None:
            text_files, html_files = make_corpus(Path(tmp), n)
            corpus = f"generated: {n} text files + {n} HTML pages from {EXAMPLES.name}/"
        else:
            text_files, html_files = split_corpus(path)
            corpus = str(path)
        pages = [Path(name).read_bytes() for name in html_files]
        best = {"text": float("inf"), "html": float("inf"), "trafilatura": float("inf")}
        counts = {"text": 0, "html": 0, "trafilatura": 0}
        for _ in range(repeats):
            for label, call in (("text", lambda: count_articles(text_files)),
                                ("html", lambda: count_articles(html_files)),
                                ("trafilatura", lambda: count_trafilatura(pages))):
                seconds, count = time_call(call)
                best[label] = min(best[label], seconds)
                counts[label] = count
    return IngestBench(
        corpus=corpus, text_files=len(text_files), html_files=len(html_files),
        text_articles=counts["text"], html_articles=counts["html"],
        trafilatura_articles=counts["trafilatura"],
        text_s=best["text"] if text_files else 0.0, html_s=best["html"] if html_files else 0.0,
        trafilatura_s=best["trafilatura"] if html_files else 0.0, repeats=repeats,
    )
