"""Folders are walked recursively in sorted order, hidden entries skipped; odd inputs are named."""

from __future__ import annotations

from pathlib import Path

from parley.errors import BinaryInput, EmptyInput, InputError
from parley.ingest import Skipped, read_inputs
from parley.ingest.readers import walk_folder
from parley.model import Article


def make_tree(root: Path) -> None:
    for rel in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.md", "z.txt"]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Story {rel}\n\nThe envoys met again on Monday.\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("secret\n", encoding="utf-8")
    (root / "README.md").write_text("# What this folder holds\n\nNotes, not news.\n", encoding="utf-8")
    (root / "sub" / "readme.txt").write_text("Notes.\n\nMore notes.\n", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("not an article\n", encoding="utf-8")


def test_walk_is_sorted_and_skips_hidden(tmp_path: Path) -> None:
    make_tree(tmp_path)
    names = [Path(n).relative_to(tmp_path).as_posix() for n in walk_folder(str(tmp_path))]
    assert names == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.md", "z.txt"]


def test_readme_is_read_when_named(tmp_path: Path) -> None:
    make_tree(tmp_path)
    [article] = list(read_inputs([str(tmp_path / "README.md")], timeout=1.0))
    assert isinstance(article, Article) and article.title == "# What this folder holds"


def test_docs_are_named_as_walked_and_progress_is_called(tmp_path: Path) -> None:
    make_tree(tmp_path)
    given = str(tmp_path) + "/"
    seen: list[str] = []
    results = list(read_inputs([given], timeout=1.0, progress=seen.append))
    assert all(isinstance(r, Article) for r in results)
    assert [r.doc for r in results] == seen
    assert results[0].doc == given + "a.txt"


def test_missing_path_empty_folder_and_unknown_type(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "data.xml").write_text("<?xml version='1.0'?><catalog><item/></catalog>", encoding="utf-8")
    sources = [str(tmp_path / "missing.txt"), str(tmp_path / "empty"), str(tmp_path / "table.csv"),
               str(tmp_path / "photo.png"), str(tmp_path / "data.xml")]
    results = list(read_inputs(sources, timeout=1.0))
    assert all(isinstance(r, Skipped) for r in results)
    by_input = {r.input: r.error for r in results if isinstance(r, Skipped)}
    assert list(by_input) == sources
    assert "no such file" in by_input[sources[0]].message
    assert isinstance(by_input[sources[1]], EmptyInput)
    assert type(by_input[sources[2]]) is InputError and ".csv" in by_input[sources[2]].message
    assert isinstance(by_input[sources[3]], BinaryInput)
    assert "not an RSS or Atom feed" in by_input[sources[4]].message


def test_bad_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Talks resume\n\nBoth sides returned.\n", encoding="utf-8")
    results = list(read_inputs([str(tmp_path / "nope"), str(tmp_path / "good.txt")], timeout=1.0))
    assert isinstance(results[0], Skipped) and isinstance(results[1], Article)
