"""The events stage on Docs built by hand, with a tiny fake actor base (no packaged data needed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parley.extract.events import EventStage, extract_events, has_trigger, noun_phrase_after
from parley.extract.pipeline import Pipeline, build_pipeline, registered_stages
from parley.model import Actor, Article, Doc, Mention, Part, Span, Statement
from parley.text.segment import split_paragraphs, split_sentences

ACTORS = {
    "Freedonia": Actor("freedonia", "Freedonia", "country", "FRE", "GOV"),
    "Sylvania": Actor("sylvania", "Sylvania", "country", "SYL", "GOV"),
    "Washington": Actor("united-states", "United States", "country", "USA", "GOV"),
    "Riyadh": Actor("saudi-arabia", "Saudi Arabia", "country", "SAU", "GOV"),
    "Chancellor Rufus Firefly": Actor("rufus-firefly", "Rufus Firefly", "person", "FRE", "GOV"),
    "Ambassador Trentino": Actor("trentino", "Trentino", "person", "SYL", "DIP"),
}


@dataclass(frozen=True)
class FakeMatch:
    actor: Actor
    resolved_by: str
    start: int
    end: int


class FakeActorBase:
    """find_all over a fixed list of names, like parley.actors.ActorBase.find_all."""

    pattern = re.compile("|".join(re.escape(n) for n in sorted(ACTORS, key=len, reverse=True)))

    def find_all(self, text: str, start: int = 0, end: int | None = None, day: date | None = None) -> list[FakeMatch]:
        end = len(text) if end is None else end
        return [FakeMatch(ACTORS[m.group(0)], "name", m.start(), m.end()) for m in self.pattern.finditer(text, start, end)]


def make_doc(text: str, statements: tuple[Statement, ...] = (), published: date = date(2025, 3, 13)) -> Doc:
    paragraphs = split_paragraphs(text)
    return Doc(Article(text=text, published=published), paragraphs, split_sentences(text, paragraphs), statements)


def test_narrative_events_with_roles_location_and_date() -> None:
    doc = make_doc("Freedonia and Sylvania held talks in Riyadh on Tuesday. Washington imposed new sanctions on Rosneft.")
    events = extract_events(doc, FakeActorBase())
    assert [e.event_type for e in events] == ["CONSULT", "SANCTION"]
    talks, sanctions = events
    assert (talks.source.actor_id, talks.target.actor_id) == ("freedonia", "sylvania")
    assert talks.location is not None and (talks.location.name, talks.location.country) == ("Riyadh", "SAU")
    assert talks.date == date(2025, 3, 11)
    assert talks.rule.startswith("narrative:")
    assert sanctions.source.actor_id == "united-states"
    assert sanctions.target.text == "Rosneft" and sanctions.target.actor_id is None
    assert doc.text[sanctions.evidence.start : sanctions.evidence.end] == "Washington imposed new sanctions on Rosneft."


def test_place_after_in_is_a_location_not_a_target() -> None:
    events = extract_events(make_doc("Freedonia met envoys in Riyadh."), FakeActorBase())
    assert len(events) == 1
    assert events[0].target is None or events[0].target.actor_id != "saudi-arabia"
    assert events[0].location is not None and events[0].location.name == "Riyadh"


def test_passive_swaps_source_and_target() -> None:
    events = extract_events(make_doc("Sylvania was attacked by Freedonia overnight."), FakeActorBase())
    assert events[0].event_type == "ASSAULT"
    assert (events[0].source.actor_id, events[0].target.actor_id) == ("freedonia", "sylvania")


def _statement(text: str, speaker: str, cue: str, content: str) -> Statement:
    def part(piece: str) -> Part:
        start = text.index(piece)
        return Part(piece, (Span(start, start + len(piece)),))

    sp = part(speaker)
    actor = ACTORS[speaker]
    mention = Mention(speaker, sp.spans, actor.id, actor.name, actor.country, actor.sector, "name")
    return Statement("indirect", mention, part(cue), part(content), "test")


def test_statement_speech_act_is_coded_with_its_index() -> None:
    text = "Chancellor Rufus Firefly called the deployment of peacekeepers unacceptable."
    doc = make_doc(text, (_statement(text, "Chancellor Rufus Firefly", "called", "the deployment of peacekeepers unacceptable"),))
    events = extract_events(doc, FakeActorBase())
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.statement_index) == ("REJECT", 0)
    assert event.source.actor_id == "rufus-firefly"
    assert event.target is not None and event.target.text == "peacekeepers" and event.target.country is None
    assert event.rule.startswith("statement:")


def test_statement_request_targets_the_actor_addressed() -> None:
    text = "Ambassador Trentino urged Freedonia to reopen the border crossings."
    doc = make_doc(text, (_statement(text, "Ambassador Trentino", "urged", "to reopen the border crossings"),))
    events = extract_events(doc, FakeActorBase())
    assert [(e.event_type, e.source.actor_id, e.target.actor_id) for e in events] == [("REQUEST", "trentino", "freedonia")]


def test_claims_inside_a_statement_are_not_the_speakers_acts() -> None:
    text = "Ambassador Trentino said Freedonia had shelled the villages."
    doc = make_doc(text, (_statement(text, "Ambassador Trentino", "said", "Freedonia had shelled the villages"),))
    assert extract_events(doc, FakeActorBase()) == []


def test_sentences_without_trigger_are_skipped_cheaply() -> None:
    text = "The weather in Freedonia was mild."
    assert not has_trigger(text, 0, len(text))
    assert extract_events(make_doc(text), FakeActorBase()) == []


def test_noun_phrase_after_follows_of() -> None:
    text = "called the deployment of European troops unacceptable"
    found = noun_phrase_after(text, len("called"), len(text))
    assert found is not None and found.text == "European troops"


def test_stage_is_registered_and_fits_the_pipeline() -> None:
    assert "parley.events.v1" in registered_stages()
    stage = EventStage(actor_base=FakeActorBase())
    assert (stage.name, stage.requires, stage.produces) == ("events", ("sentences", "statements"), ("events",))
    segment = build_pipeline(["parley.segment.v1"]).stages[0]

    class NoStatements:
        name, version, requires, produces = "statements", "0", ("sentences",), ("statements",)

        def __call__(self, doc: Doc) -> Doc:
            return doc.with_layer("statements@0", statements=())

    pipeline = Pipeline((segment, NoStatements(), stage))
    doc = pipeline(Article(text="Freedonia expelled two Sylvania diplomats.", published=date(2025, 3, 13)))
    assert [e.event_type for e in doc.events] == ["SANCTION"]
    assert doc.stages[-1] == "events@1"
    assert doc.records()[0]["type"] == "event"


def test_a_planned_date_does_not_date_the_promise() -> None:
    events = extract_events(make_doc("Freedonia will meet Sylvania on March 20."), FakeActorBase())
    assert [e.event_type for e in events] == ["AGREE"]  # a promised meeting is an agreement to meet
    assert events[0].date == date(2025, 3, 13)  # the article date: March 20 is when they plan to meet


def test_coordinated_actors_are_source_and_target() -> None:
    events = extract_events(make_doc("Freedonia and Sylvania exchanged prisoners on Tuesday."), FakeActorBase())
    assert [(e.event_type, e.source.actor_id, e.target.actor_id) for e in events] == [
        ("COOPERATE", "freedonia", "sylvania")
    ]


def test_a_second_predicate_shares_the_subject() -> None:
    doc = make_doc("Freedonia and Sylvania met in Riyadh and agreed to exchange prisoners.")
    events = extract_events(doc, FakeActorBase())
    assert [e.event_type for e in events] == ["CONSULT", "AGREE"]
    assert all((e.source.actor_id, e.target.actor_id) == ("freedonia", "sylvania") for e in events)


def test_dateline_is_where_not_who() -> None:
    events = extract_events(make_doc("RIYADH (Parley Wire) — Freedonia met Sylvania on Tuesday."), FakeActorBase())
    assert [(e.source.actor_id, e.target.actor_id) for e in events] == [("freedonia", "sylvania")]
    assert events[0].location is not None and events[0].location.name == "Riyadh"


def test_a_city_beats_a_country_as_the_location() -> None:
    text = "Freedonia met Sylvania in Riyadh to discuss a ceasefire in Ukraine."
    events = extract_events(make_doc(text), FakeActorBase())
    assert events[0].location is not None and events[0].location.name == "Riyadh"


def test_an_actor_after_a_preposition_is_not_the_subject() -> None:
    text = "Support for Freedonia grew as Sylvania attacked the border posts."
    events = extract_events(make_doc(text), FakeActorBase())
    assert [(e.event_type, e.source.actor_id) for e in events] == [("ASSAULT", "sylvania")]
    assert events[0].target is not None and events[0].target.text == "border posts"


def test_a_possessor_is_the_subject_only_through_its_agents() -> None:
    thing = extract_events(make_doc("Freedonia's constitution bans rallies in wartime."), FakeActorBase())
    assert thing == []  # the constitution bans, not Freedonia
    body = extract_events(make_doc("Freedonia's parliament condemned Sylvania."), FakeActorBase())
    assert [(e.event_type, e.source.actor_id, e.target.actor_id) for e in body] == [
        ("ACCUSE", "freedonia", "sylvania")
    ]


def test_a_non_actor_speaker_is_no_event_source() -> None:
    text = "The report rejected the plan outright."
    start = text.index("rejected")
    statement = Statement(
        "indirect", Mention("The report", (Span(0, 10),)), Part("rejected", (Span(start, start + 8),)),
        Part("the plan outright", (Span(start + 9, len(text) - 1),)), "test",
    )
    assert extract_events(make_doc(text, (statement,)), FakeActorBase()) == []


def test_a_claim_about_others_is_not_the_speakers_act() -> None:
    text = "Ambassador Trentino said the two sides had agreed to hold talks."
    doc = make_doc(text, (_statement(text, "Ambassador Trentino", "said", "the two sides had agreed to hold talks"),))
    assert extract_events(doc, FakeActorBase()) == []


def test_classification_hints_alone_start_no_event() -> None:
    # "must" and "did not" help type an event already found; on their own they tell none.
    doc = make_doc("Freedonia did not say whether Sylvania must pay.")
    assert extract_events(doc, FakeActorBase()) == []


def test_the_day_a_visit_was_planned_for_does_not_date_its_cancellation() -> None:
    doc = make_doc("Freedonia cancelled a visit to Sylvania that had been planned for Wednesday.")
    events = extract_events(doc, FakeActorBase())
    assert [e.event_type for e in events] == ["REJECT"]
    assert events[0].date == date(2025, 3, 13)  # the article date, not the Wednesday before it
    # A postponement is a delay, neither a refusal nor a visit (tests/test_events_unreal_acts.py).
    doc = make_doc("Freedonia postponed a visit to Sylvania that had been planned for Wednesday.")
    assert extract_events(doc, FakeActorBase()) == []


def test_an_event_noun_owned_by_something_else_is_not_the_subjects_act() -> None:
    assert extract_events(make_doc("Freedonia benefited from the long battle with Sylvania."), FakeActorBase()) == []
    owned = extract_events(make_doc("Freedonia's attack on Sylvania began at dawn."), FakeActorBase())
    assert [(e.event_type, e.source.actor_id, e.target.actor_id) for e in owned] == [
        ("ASSAULT", "freedonia", "sylvania")
    ]


def test_a_capitalised_cue_inside_a_name_is_no_predicate() -> None:
    doc = make_doc("Freedonia's Attack Helicopter Regiment flew over Sylvania.")
    assert extract_events(doc, FakeActorBase()) == []
