"""The ingest benchmark's machinery: the generated corpus reads back fully; figures are consistent."""

from __future__ import annotations

from pathlib import Path

from parley.evaluation.bench_ingest import bench_ingest, make_corpus
from parley.ingest import read_inputs
from parley.model import Article


def test_generated_corpus_reads_back(tmp_path: Path) -> None:
    text_files, html_files = make_corpus(tmp_path, 4)
    assert len(text_files) == len(html_files) == 4
    results = list(read_inputs([*text_files, *html_files], timeout=1.0))
    assert all(isinstance(r, Article) for r in results)
    texts = [r.text for r in results if isinstance(r, Article)]
    assert len(set(texts[:4])) == 4  # each variant differs
    assert {r.source_format for r in results if isinstance(r, Article)} == {"text", "html"}


def test_bench_figures(tmp_path: Path) -> None:
    result = bench_ingest(n=3, repeats=1)
    figures = result.as_dict()
    assert (result.text_articles, result.html_articles, result.trafilatura_articles) == (3, 3, 3)
    assert result.html_ratio is not None and result.html_ratio > 0
    assert figures["html_ratio_vs_trafilatura"] == round(result.html_ratio, 3)


def test_bench_on_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Talks resume\n\nBoth sides returned to the table.\n", encoding="utf-8")
    result = bench_ingest(tmp_path, repeats=1)
    assert (result.text_files, result.html_files, result.text_articles) == (1, 0, 1)
    assert result.html_ratio is None
