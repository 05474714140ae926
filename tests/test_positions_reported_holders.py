"""A stance the content gives to another party is that party's; fragments and hedged readings say less."""

from __future__ import annotations

from datetime import date

from parley.extract.position_holders import conditional_after, event_clause, is_fragment
from parley.extract.positions import PositionReader
from parley.model import Article, Doc, Mention, Part, Span, Statement


def at(text: str, fragment: str) -> Part:
    start = text.index(fragment)
    return Part.from_spans(text, [Span(start, start + len(fragment))])


def said(text: str, who: str, actor_id: str | None, country: str | None, cue: str, content: str) -> Statement:
    p = at(text, who)
    speaker = Mention(p.text, p.spans, actor_id=actor_id, name=who if actor_id else None, country=country,
                      resolved_by="name" if actor_id else "unresolved")
    return Statement("indirect", speaker, at(text, cue), at(text, content), "test", 0.8)


def run(text: str, *statements: Statement) -> list[tuple[str | None, str, str]]:
    ends = [i + 1 for i, ch in enumerate(text) if ch == "."]
    sentences = tuple(Span(s, e) for s, e in zip([0, *[e + 1 for e in ends[:-1]]], ends, strict=True))
    doc = Doc(Article(text, doc="t.txt", published=date(2025, 6, 1)), sentences=sentences, statements=statements)
    return [(p.actor.actor_id or p.actor.text, p.issue, p.stance) for p in PositionReader()(doc).positions]


def test_a_demand_the_content_gives_to_another_side_is_that_sides() -> None:
    text = "Ukrainian negotiators said the Russian delegation had demanded the withdrawal of troops from Kherson."
    statement = said(text, "Ukrainian negotiators", "ukraine", "UKR", "said",
                     "the Russian delegation had demanded the withdrawal of troops from Kherson")
    assert run(text, statement) == [("russia", "territorial-concessions", "support")]


def test_the_speakers_own_side_keeps_the_stance() -> None:
    text = "Umerov said Kyiv had rejected any withdrawal from Kherson."
    statement = said(text, "Umerov", "rustem-umerov", "UKR", "said", "Kyiv had rejected any withdrawal from Kherson")
    assert run(text, statement) == [("rustem-umerov", "territorial-concessions", "oppose")]


def test_a_nameless_other_party_takes_the_stance_from_the_speaker() -> None:
    text = "Umerov said the other side had demanded a pullback from Kherson."
    statement = said(text, "Umerov", "rustem-umerov", "UKR", "said", "the other side had demanded a pullback from Kherson")
    assert run(text, statement) == []


def test_a_verbless_fragment_naming_an_issue_gives_no_neutral_position() -> None:
    assert is_fragment("during a summit of the coalition of the willing in Rome")
    assert not is_fragment("the coalition of the willing met in Rome")
    assert not is_fragment("we’re sending peacekeepers")
    text = "Meloni spoke during a summit of the coalition of the willing in Rome."
    statement = said(text, "Meloni", "giorgia-meloni", "ITA", "spoke",
                     "during a summit of the coalition of the willing in Rome")
    assert run(text, statement) == []


def test_a_stance_the_speaker_goes_on_to_hedge_is_conditional() -> None:
    text = "Merz backed a German brigade for Lithuania but said it would depend on the budget."
    assert conditional_after(text, text.index(" but"), len(text))
    plain = "Merz did not rule out European peacekeepers, but said the details depended on a deal."
    statement = said(plain, "Merz", "friedrich-merz", "DEU", "did not rule out", "European peacekeepers")
    assert run(plain, statement) == [("friedrich-merz", "foreign-troops", "conditional")]


def test_a_narrative_events_reading_stops_at_the_next_time_clause() -> None:
    text = "Rutte met Zelensky in Kyiv, a day after Trump questioned his legitimacy."
    assert event_clause(text) == "Rutte met Zelensky in Kyiv"


def test_a_coordinated_partner_of_a_narrative_event_takes_the_same_side() -> None:
    from parley.extract.pipeline import build_pipeline

    text = "Russia and Ukraine agreed on Sunday to swap 500 prisoners of war each."
    doc = build_pipeline()(Article(text=text, published=date(2025, 6, 1)))
    held = {(p.actor.actor_id, p.issue, p.stance) for p in doc.positions}
    assert {("russia", "prisoner-exchange", "support"), ("ukraine", "prisoner-exchange", "support")} <= held
    # An object after the verb is no partner: "Russia urged Ukraine to swap prisoners" is Russia's wish.
    doc = build_pipeline()(Article(text="Russia urged Ukraine to swap 500 prisoners of war.", published=date(2025, 6, 1)))
    assert ("ukraine", "prisoner-exchange", "support") not in {(p.actor.actor_id, p.issue, p.stance) for p in doc.positions}
