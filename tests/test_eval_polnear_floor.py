"""PolNeAR scoring: the scorer on a tiny hand-made folder, and pinned floors on the dev split."""

from __future__ import annotations

from pathlib import Path

from conftest import require_shared

from parley.evaluation.polnear import PolnearReport, evaluate_polnear, trim_span
from parley.extract.speakers import load_actor_base
from parley.extract.statements import extract_statements


def test_trim_span_strips_quotes_and_punctuation() -> None:
    text = ' "the talks failed," '
    s, e = trim_span(text, 0, len(text))
    assert text[s:e] == "the talks failed"


def test_scorer_on_a_hand_made_document(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "Peskov said the talks were useful."
    (tmp_path / "text" / "a.txt").write_text(text, encoding="utf-8")
    ann = "T1\tSource 0 6\tPeskov\nT2\tCue 7 11\tsaid\nT3\tContent 12 33\tthe talks were useful\n"
    (tmp_path / "attributions" / "a_0001.ann").write_text(ann, encoding="utf-8")
    report = evaluate_polnear(tmp_path, lambda a: extract_statements(a.text, kb=None))
    assert all(report.exact[r].f1 == 1.0 for r in ("source", "cue", "content"))


def _dev_report(profile: str) -> PolnearReport:
    # The real product path: the packaged actor base resolves speakers (None while it is not installed).
    dev = require_shared("polnear", "dev")
    kb = load_actor_base()
    return evaluate_polnear(dev, lambda a: extract_statements(a.text, kb=kb, profile=profile))


def test_dev_floor_polnear_profile() -> None:
    # Floors sit a little below the figures measured when they were set; a floor only ever goes up.
    report = _dev_report("polnear")
    assert report.exact["source"].f1 >= 0.694
    assert report.exact["cue"].f1 >= 0.673
    assert report.exact["content"].f1 >= 0.564
    assert report.overlap["content"].f1 >= 0.749
    assert report.quotes.recall >= 0.931 and report.quotes.speaker_accuracy >= 0.95


def test_dev_floor_product_profile() -> None:
    report = _dev_report("product")
    assert report.exact["source"].f1 >= 0.636
    assert report.exact["cue"].f1 >= 0.616
    assert report.exact["content"].f1 >= 0.454
    assert report.overlap["content"].f1 >= 0.672
    assert report.quotes.recall >= 0.905 and report.quotes.speaker_accuracy >= 0.95
