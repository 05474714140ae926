"""Reading a run of tokens stops soon after it leaves every key, and the scan finds the same mentions."""

from __future__ import annotations

from datetime import date

from parley.actors import default_actor_base
from parley.actors.normalize import read_run

TEXT = ("Democratic National Committee officials met Secretary of State Marco Rubio, and Russian troops "
        "left; New York Times reporters said Washington Post editors and the U.S. envoy agreed.")


def test_read_run_stops_one_token_after_leaving_the_keys() -> None:
    # "delhi" leaves the keys, so no key holds it; a two-word group noun after "new" ends by "talks".
    prefixes = frozenset({("new",), ("new", "york")})
    pruned = read_run("New Delhi talks went on and on", 0, 30, 20, prefixes)
    whole = read_run("New Delhi talks went on and on", 0, 30, 20)
    assert [t.norm for t in pruned] == ["new", "delhi", "talks"]
    assert pruned == whole[: len(pruned)]


def test_read_run_without_prefixes_reads_up_to_the_limit() -> None:
    assert len(read_run("one two three four five six", 0, 27, 4)) == 4


def test_scan_by_sentence_equals_the_mentions_of_the_whole_text() -> None:
    kb = default_actor_base()
    day = date(2025, 5, 20)
    whole = [(m.actor.id, m.start, m.end) for m in kb.find_all(TEXT, day=day)]
    cut = TEXT.index("; New") + 2
    parts = [(m.actor.id, m.start, m.end) for lo, hi in ((0, cut), (cut, len(TEXT)))
             for m in kb.find_all(TEXT, lo, hi, day=day)]
    assert parts == whole
    assert ("marco-rubio", TEXT.index("Secretary"), TEXT.index(", and")) in whole
