"""`parley bench statements`: whole-process and in-process modes, one-core pinning, errors."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from parley.errors import ConfigError, EvalError
from parley.evaluation import bench_statements as bench

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
needs_spacy = pytest.mark.skipif(importlib.util.find_spec("spacy") is None, reason="spaCy (the baseline) not installed")


def _example_files(n: int = 2) -> list[Path]:
    files = sorted(EXAMPLES.glob("*.txt"))[:n]
    if not files:
        pytest.skip("no example texts")
    return files


def test_pinned_command_uses_taskset_when_present(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench.shutil, "which", lambda name: "/usr/bin/taskset")
    cmd = bench.pinned_command("print(1)", ["a"])
    assert cmd[:2] == ["/usr/bin/taskset", "-c"] and cmd[3:] == [sys.executable, "-c", "print(1)", "a"]


def test_pinned_command_pins_itself_without_taskset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench.shutil, "which", lambda name: None)
    cmd = bench.pinned_command("print(1)", [])
    assert cmd[0] == sys.executable
    if hasattr(bench.os, "sched_setaffinity"):
        assert cmd[2].startswith("import os; os.sched_setaffinity(0, {") and cmd[2].endswith("print(1)")


def test_child_process_prints_its_count_and_is_timed() -> None:
    seconds, count = bench.time_process([sys.executable, "-c", "print('x 7')"])
    assert count == 7 and seconds > 0


def test_failing_child_is_an_eval_error() -> None:
    with pytest.raises(EvalError, match="child process failed: .*boom"):
        bench.time_process([sys.executable, "-c", "raise SystemExit('boom')"])


def test_unknown_mode_and_bad_repeats_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unknown benchmark mode"):
        bench.run_benchmarks(_example_files(), mode="threads")
    with pytest.raises(ConfigError, match="repeats"):
        bench.run_benchmarks(_example_files(), repeats=0)


def test_no_text_files_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no text files"):
        bench.collect_files([tmp_path])


@needs_spacy
def test_both_modes_time_the_same_work() -> None:
    files = _example_files()
    whole, inproc = bench.run_benchmarks(files, mode="both", repeats=1)
    assert (whole.mode, inproc.mode) == ("whole-process", "in-process")
    assert whole.articles == inproc.articles == len(files) and whole.words == inproc.words > 0
    # The child processes extract and split the same texts as the in-process run.
    assert whole.parley_count == inproc.parley_count > 0
    assert whole.spacy_count == inproc.spacy_count > 0
    assert whole.parley_s > 0 and whole.spacy_s > 0 and whole.ratio == whole.parley_s / whole.spacy_s


def test_parley_child_runs_without_the_actor_base(tmp_path: Path) -> None:
    listing = tmp_path / "files.txt"
    listing.write_text("\n".join(str(f) for f in _example_files(1)) + "\n", encoding="utf-8")
    _, count = bench.time_process([sys.executable, "-c", bench.PARLEY_CHILD, str(listing), "0"])
    assert count >= 0
