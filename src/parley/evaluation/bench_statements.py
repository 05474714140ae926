"""Throughput of statement extraction against spaCy's blank tokenizer and sentencizer on the same texts."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from parley.errors import ConfigError, EvalError

_WORDS = re.compile(r"\S+")
MODES = ("whole-process", "in-process", "both")

# The child processes of the whole-process mode: each does its own imports, builds its pipeline and reads
# the files named in argv[1]. Parley builds only the stages statement extraction needs (segmentation and
# statements, with the packaged actor base unless argv[2] is "0"); the events and positions stages are no
# part of it, so their modules are not imported.
PARLEY_CHILD = """
import sys
from pathlib import Path
from parley.extract.pipeline import Pipeline
from parley.extract.segment import Segmenter
from parley.extract.statements import StatementStage
from parley.model import Article
stage = StatementStage() if sys.argv[2] == "1" else StatementStage(actor_base=None)
pipeline = Pipeline((Segmenter(), stage))
n = 0
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    n += len(pipeline(Article(text=Path(line).read_text(encoding="utf-8"))).statements)
print(n)
"""
SPACY_CHILD = """
import sys
from pathlib import Path
import spacy
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
n = 0
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    n += len(list(nlp(Path(line).read_text(encoding="utf-8")).sents))
print(n)
"""
# Without taskset, the child pins itself before anything else runs.
_PIN = "import os; os.sched_setaffinity(0, {{{cpu}}})\n"


@dataclass(frozen=True, slots=True)
class BenchResult:
    """Best-of-N timings for Parley and the spaCy baseline over the same texts."""

    articles: int
    words: int
    parley_s: float
    spacy_s: float
    mode: str = "in-process"
    parley_count: int = 0  # statements found (whole-process mode: as the child printed it)
    spacy_count: int = 0  # sentences found

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


def collect_files(paths: list[Path]) -> list[Path]:
    """The text files among the given paths: files as given, ``*.txt`` inside folders."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    files = [f for f in files if f.is_file()]
    if not files:
        raise EvalError("no text files to benchmark", hint="pass .txt files or folders holding them")
    return files


def read_texts(paths: list[Path]) -> list[str]:
    """The texts of the given files and folders (``*.txt`` inside folders)."""
    return [f.read_text(encoding="utf-8") for f in collect_files(paths)]


def count_words(texts: list[str]) -> int:
    return sum(len(_WORDS.findall(t)) for t in texts)


def require_spacy() -> None:
    """A clear error when spaCy, the baseline, is not installed."""
    if importlib.util.find_spec("spacy") is None:
        raise ConfigError("spaCy is not installed, so there is no baseline to compare against",
                          hint="install the benchmark extra: pip install 'parley[bench]'")


def load_spacy_baseline() -> Callable[[str], object]:
    """spaCy's blank English pipeline with a sentencizer; a clear error when spaCy is not installed."""
    require_spacy()
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp  # type: ignore[no-any-return]


def bench_statements(texts: list[str], repeats: int = 3, use_actors: bool = True) -> BenchResult:
    """Time segmentation + statements (speaker resolution included) against spaCy, interleaved, best of N."""
    from parley.extract.pipeline import Pipeline
    from parley.extract.segment import Segmenter
    from parley.extract.statements import StatementStage
    from parley.model import Article

    stage = StatementStage() if use_actors else StatementStage(actor_base=None)
    pipeline = Pipeline((Segmenter(), stage))
    nlp = load_spacy_baseline()
    articles = [Article(text=t) for t in texts]
    pipeline(articles[0])  # warm caches (compiled lexicon, actor base) outside the timing
    nlp(texts[0])
    best_parley = best_spacy = float("inf")
    found = sentences = 0
    for _ in range(repeats):
        start = time.perf_counter()
        found = sum(len(pipeline(article).statements) for article in articles)
        best_parley = min(best_parley, time.perf_counter() - start)
        start = time.perf_counter()
        sentences = sum(len(list(nlp(text).sents)) for text in texts)  # type: ignore[attr-defined,misc]
        best_spacy = min(best_spacy, time.perf_counter() - start)
    return BenchResult(len(texts), count_words(texts), best_parley, best_spacy, "in-process", found, sentences)


def pinned_command(code: str, args: list[str]) -> list[str]:
    """A ``python -c`` command line run on one core: under taskset when it exists, else self-pinned."""
    cpu = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
    taskset = shutil.which("taskset")
    if taskset is not None:
        return [taskset, "-c", str(cpu), sys.executable, "-c", code, *args]
    if hasattr(os, "sched_setaffinity"):
        code = _PIN.format(cpu=cpu) + code
    return [sys.executable, "-c", code, *args]


def child_environment(folder: Path) -> dict[str, str]:
    """The children's environment: both may cache bytecode, and Parley its actor base, in private folders.

    An installed package comes with compiled bytecode, but an editable checkout run with
    PYTHONDONTWRITEBYTECODE would compile Parley's sources anew in every process while spaCy's installed
    bytecode is read as usual; a shared cache folder, warmed by an untimed first run, treats both alike.
    Parley's per-user actor-base cache (see ``parley.actors.cache``) is pointed at a fresh folder too, so
    the untimed first run builds it as a user's first run would, and nothing outside the run is read.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env["PARLEY_CACHE_DIR"] = str(folder / "parley-cache")
    return env


def time_process(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time of one child process, start-up included, and the count it printed."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["(no output)"]
        raise EvalError(f"benchmark child process failed: {tail[0]}",
                        hint="run the same files in-process (--mode in-process) to see the full error")
    return seconds, int(done.stdout.split()[-1])


def bench_whole_process(files: list[Path], repeats: int = 3, use_actors: bool = True) -> BenchResult:
    """Time Parley and spaCy as whole processes on one core (imports, set-up and file reading included),
    interleaved, best of N after one untimed run of each."""
    require_spacy()
    texts = [f.read_text(encoding="utf-8") for f in files]
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(str(f.resolve()) for f in files) + "\n", encoding="utf-8")
        parley_cmd = pinned_command(PARLEY_CHILD, [str(listing), "1" if use_actors else "0"])
        spacy_cmd = pinned_command(SPACY_CHILD, [str(listing)])
        env = child_environment(Path(tmp))
        time_process(parley_cmd, env)  # untimed: fills the bytecode cache and the page cache for both
        time_process(spacy_cmd, env)
        best_parley = best_spacy = float("inf")
        found = sentences = 0
        for _ in range(repeats):
            seconds, found = time_process(parley_cmd, env)
            best_parley = min(best_parley, seconds)
            seconds, sentences = time_process(spacy_cmd, env)
            best_spacy = min(best_spacy, seconds)
    return BenchResult(len(files), count_words(texts), best_parley, best_spacy, "whole-process", found, sentences)


def run_benchmarks(paths: list[Path], mode: str = "both", repeats: int = 3, use_actors: bool = True
                   ) -> list[BenchResult]:
    """The benchmarks a mode asks for: whole-process first, then in-process."""
    if mode not in MODES:
        raise ConfigError(f"unknown benchmark mode {mode!r}", hint=f"use one of: {', '.join(MODES)}")
    if repeats < 1:
        raise ConfigError("--repeats must be at least 1", hint="pass --repeats 3, say")
    files = collect_files(paths)
    results: list[BenchResult] = []
    if mode in ("whole-process", "both"):
        results.append(bench_whole_process(files, repeats, use_actors))
    if mode in ("in-process", "both"):
        texts = [f.read_text(encoding="utf-8") for f in files]
        results.append(bench_statements(texts, repeats, use_actors))
    return results
