"""User actor files: override and addition by id, and malformed files that say what to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.actors import load_actor_base
from parley.errors import DataFileError

USER_FILE = """\
defaults: {country: RUS, sector: GOV}
actors:
- id: dmitry-peskov
  name: Dmitry Peskov
  gender: m
  aliases: [Peskoff]
  roles:
  - {title: spokesman, organisation: kremlin, start: 2012-05-22}
- id: ivan-testov
  name: Ivan Testov
  gender: m
  sector: DIP
  prominence: 1
  roles:
  - {title: chief negotiator, start: 2025-01-01, descriptions: ["{c} chief negotiator", "moscow's point man"]}
"""


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_entry_replaces_and_adds(tmp_path: Path) -> None:
    kb = load_actor_base(extra_files=[write(tmp_path, USER_FILE)])
    peskov = kb.get("dmitry-peskov")
    assert peskov is not None and peskov.aliases == ("Peskoff",)
    assert kb.match("Peskoff").actor.id == "dmitry-peskov"  # type: ignore[union-attr]
    assert kb.match("Dmitri Peskov") is None  # the packaged aliases went with the replaced entry
    added = kb.match("Moscow's point man")
    assert added is not None and (added.actor.id, added.resolved_by) == ("ivan-testov", "title")
    # Medinsky is described so too; the user's higher prominence decides between holders.
    assert kb.match("the Russian chief negotiator").actor.id == "ivan-testov"  # type: ignore[union-attr]
    assert kb.get("sergey-lavrov") is not None  # the rest of the packaged data is still there


def test_later_user_file_wins(tmp_path: Path) -> None:
    first = write(tmp_path, "- {id: x-one, name: Xavier Onewright, kind: person}\n", "a.yaml")
    second = write(tmp_path, "- {id: x-one, name: Xena Onewright, kind: person}\n", "b.yaml")
    kb = load_actor_base(extra_files=[first, second], packaged=False)
    assert kb.get("x-one").name == "Xena Onewright"  # type: ignore[union-attr]
    assert len(kb.actors) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- {name: No Id}\n", "missing 'id'"),
        ("- {id: no-name}\n", "missing 'name'"),
        ("- {id: Bad_Id, name: X}\n", "kebab-case"),
        ("- {id: a, name: A, sector: XYZ}\n", "sector 'XYZ'"),
        ("- {id: a, name: A, country: RU}\n", "country 'RU'"),
        ("- {id: a, name: A, kind: robot}\n", "kind 'robot'"),
        ("- {id: a, name: A, roles: [{title: t, start: 2023-09}]}\n", "not a date"),
        ("- {id: a, name: A, roles: [{title: t, start: 2024-02-30}]}\n", "not a date"),
        ("- {id: a, name: A, roles: [{title: t, start: 2024-01-02, end: 2023-01-01}]}\n", "before start"),
        ("- {id: a, name: A}\n- {id: a, name: B}\n", "appears twice"),
        ("- {id: a, name: A, nickname: B}\n", "unknown keys"),
        ("- {id: a, name: A, aliases: Bee}\n", "'aliases' must be a list"),
        ("- {id: a, name: A, military: nowhere}\n", "military 'nowhere'"),
        ("just text\n", "expected a list"),
        ("- {id: a, name: [unclosed\n", "not valid YAML"),
    ],
)
def test_malformed_files_name_file_entry_and_fix(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(DataFileError) as info:
        load_actor_base(extra_files=[path], packaged=False)
    message = str(info.value)
    assert expected in message
    assert str(path) in message
    assert info.value.code == "P300"


def test_error_names_the_entry(tmp_path: Path) -> None:
    path = write(tmp_path, "- {id: fine, name: Fine}\n- {id: broken, name: B, sector: NOPE}\n")
    with pytest.raises(DataFileError, match=r"entry #2 \(id 'broken'\)"):
        load_actor_base(extra_files=[path], packaged=False)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="does not exist"):
        load_actor_base(extra_files=[tmp_path / "nope.yaml"], packaged=False)
