"""`parley bench api`: build a large store from the examples' records and time the API's heavy endpoints."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import sqlalchemy as sa

from parley.model import Article, Doc, Event, Mention, Part, Position, Span, Stance, Statement
from parley.store import schema as t
from parley.store.database import Store

TARGET_P95_MS = 200.0
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
STATEMENTS_PER_ARTICLE = 20
STANCES: tuple[Stance, ...] = ("support", "oppose", "conditional", "neutral")


@dataclass(frozen=True)
class Speaker:
    actor_id: str | None
    name: str | None
    text: str
    country: str | None
    sector: str | None


@dataclass
class Templates:
    """What the generator recombines: speakers, quotes, cues, event types and issues seen in the examples."""

    speakers: list[Speaker] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    issues: list[str] = field(default_factory=list)


# Used only where the examples cannot be analysed (no examples folder, or a pipeline that finds nothing).
_FALLBACK = Templates(
    speakers=[Speaker("dmitry-peskov", "Dmitry Peskov", "Dmitry Peskov", "RUS", "GOV"),
              Speaker("marco-rubio", "Marco Rubio", "Marco Rubio", "USA", "GOV"),
              Speaker("volodymyr-zelensky", "Volodymyr Zelensky", "Volodymyr Zelensky", "UKR", "GOV"),
              Speaker("sergey-lavrov", "Sergey Lavrov", "Sergey Lavrov", "RUS", "GOV"),
              Speaker(None, None, "an official", None, None)],
    quotes=["a ceasefire must come before any talks on territory", "foreign troops in Ukraine are unacceptable",
            "sanctions relief is not on the table", "the talks were useful and will continue next week"],
    cues=["said", "told reporters", "added", "wrote"],
    event_types=["CONSULT", "REJECT", "ACCUSE", "AGREE", "REQUEST"],
    issues=["ceasefire", "foreign-troops", "sanctions", "territory", "nato-membership"],
)


def gather_templates(examples: Path = EXAMPLES) -> Templates:
    """Speakers, quotes, cues, event types and issues from analysing the bundled examples."""
    if not examples.exists():
        return _FALLBACK
    from parley.extract.pipeline import build_pipeline
    from parley.ingest import Skipped, read_inputs

    pipeline = build_pipeline()
    found = Templates()
    for item in read_inputs([str(examples)]):
        if isinstance(item, Skipped):
            continue
        doc = pipeline(item)
        for s in doc.statements:
            sp = s.speaker
            found.speakers.append(Speaker(sp.actor_id, sp.name, sp.text, sp.country, sp.sector))
            found.quotes.append(s.content.text)
            found.cues.append(s.cue.text)
        found.event_types.extend(e.event_type for e in doc.events)
        found.issues.extend(p.issue for p in doc.positions)
    for name in ("speakers", "quotes", "cues", "event_types", "issues"):
        if not getattr(found, name):
            setattr(found, name, getattr(_FALLBACK, name))
    found.speakers = list(dict.fromkeys(found.speakers))
    return found


def _mention(sp: Speaker, start: int) -> Mention:
    return Mention(sp.text, (Span(start, start + len(sp.text)),), sp.actor_id, sp.name, sp.country, sp.sector,
                   "name" if sp.actor_id else "unresolved")


def synthetic_doc(tpl: Templates, rng: random.Random, n: int, day: date, number: int) -> Doc:
    """One article of ``n`` quoted sentences recombined from the templates, with events and positions."""
    pieces: list[str] = []
    statements: list[Statement] = []
    offset = 0
    for _ in range(n):
        sp, quote, cue = rng.choice(tpl.speakers), rng.choice(tpl.quotes), rng.choice(tpl.cues)
        sentence = f"“{quote}” {sp.text} {cue}. "
        q0 = offset + 1
        s0 = q0 + len(quote) + 2
        c0 = s0 + len(sp.text) + 1
        statements.append(Statement("direct", _mention(sp, s0), Part(cue, (Span(c0, c0 + len(cue)),)),
                                    Part(quote, (Span(q0, q0 + len(quote)),)), rule="bench-quote", confidence=0.9))
        pieces.append(sentence)
        offset += len(sentence)
    text = "".join(pieces)
    events = []
    resolved = [s for s in statements if s.speaker.actor_id] or statements
    for k in range(max(1, n // 5)):
        src, tgt = rng.choice(resolved).speaker, rng.choice(resolved).speaker
        events.append(Event(rng.choice(tpl.event_types), src, tgt, statements[k].content, rule="bench-event", date=day,
                            statement_index=k))
    positions = [
        Position(s.speaker, rng.choice(tpl.issues), rng.choice(STANCES), s.content, rule="bench-position", date=day,
                 statement_index=k)
        for k, s in enumerate(resolved[: max(1, n // 5)])
    ]
    article = Article(text=text, doc=f"bench/{number:06d}.txt", title=f"Bench article {number}", outlet="Bench Wire",
                      published=day)
    return Doc(article, statements=tuple(statements), events=tuple(events), positions=tuple(positions),
               stages=("bench@1",))


def build_store(path: Path, statements: int, seed: int, tpl: Templates) -> Store:
    """A store of about ``statements`` statements over 2025, each article written through Store.add_analysis."""
    rng = random.Random(seed)
    store = Store.open(path)
    start = date(2025, 1, 1)
    for number in range((statements + STATEMENTS_PER_ARTICLE - 1) // STATEMENTS_PER_ARTICLE):
        day = start + timedelta(days=rng.randrange(365))
        store.add_analysis(synthetic_doc(tpl, rng, STATEMENTS_PER_ARTICLE, day, number))
    return store


@dataclass
class Timing:
    name: str
    samples_ms: list[float]

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def max_ms(self) -> float:
        return max(self.samples_ms)


@dataclass
class BenchReport:
    statements: int
    events: int
    positions: int
    repeats: int
    build_s: float
    timings: list[Timing]

    @property
    def all_within_target(self) -> bool:
        return all(x.p95_ms < TARGET_P95_MS for x in self.timings)


def deep_cursor(store: Store, depth: float = 0.8) -> str:
    """The cursor a client would hold after paging ``depth`` of the way through the statements feed."""
    s = t.statements
    with store.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(s)).scalar() or 0
        row = conn.execute(
            sa.select(s.c.date, s.c.id).order_by(s.c.date.desc(), s.c.id.desc()).offset(int(total * depth)).limit(1)
        ).one()
    return f"{row.date.isoformat()}~{row.id}"


def run_bench(*, statements: int = 100_000, repeats: int = 40, seed: int = 7,
              on_progress: Callable[[str], None] | None = None) -> BenchReport:
    """Build the store in a temporary folder, then time each endpoint ``repeats`` times in-process."""
    from fastapi.testclient import TestClient

    from parley.interfaces.web.app import create_app
    from parley.store import queries, views

    say = on_progress or (lambda _msg: None)
    say("analysing the examples for templates")
    tpl = gather_templates()
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        began = time.perf_counter()
        say(f"writing {statements:,} statements into a temporary store")
        store = build_store(Path(tmp) / "bench.db", statements, seed, tpl)
        build_s = time.perf_counter() - began
        c = queries.counts(store)
        top = views.list_actors(store)[0]["actor_id"]
        words = [w for q in tpl.quotes for w in q.split() if len(w) > 5 and w.isalpha()][:8] or ["ceasefire"]
        cursor = deep_cursor(store)
        requests: dict[str, Callable[[int], str]] = {
            "statements, first page": lambda i: "/api/statements?limit=50",
            "statements, deep cursor page": lambda i: f"/api/statements?limit=50&cursor={cursor}",
            "statements, full-text search": lambda i: f"/api/statements?limit=50&q={words[i % len(words)]}",
            "statements by speaker": lambda i: f"/api/statements?limit=50&speaker={top}",
            "positions matrix (all)": lambda i: "/api/positions/matrix",
            "positions matrix (as of mid-year)": lambda i: "/api/positions/matrix?at=2025-06-30",
            "actor page": lambda i: f"/api/actors/{top}",
            "events network": lambda i: "/api/events/network",
        }
        client = TestClient(create_app(store))
        timings = []
        for name, make in requests.items():
            say(f"timing {name}")
            for i in range(3):  # warm the caches the way a running server is warm
                client.get(make(i)).raise_for_status()
            samples = []
            for i in range(repeats):
                t0 = time.perf_counter()
                client.get(make(i)).raise_for_status()
                samples.append((time.perf_counter() - t0) * 1000)
            timings.append(Timing(name, samples))
        store.close()
    return BenchReport(c["statements"], c["events"], c["positions"], repeats, build_s, timings)
