"""Resolving whole speaker phrases: by name, by office on a date, by collective, or not at all."""

from __future__ import annotations

from datetime import date

import pytest

from parley.actors import ActorBase, default_actor_base


@pytest.fixture(scope="module")
def kb() -> ActorBase:
    return default_actor_base()


def resolve(kb: ActorBase, phrase: str, day: date | None = None) -> tuple[str, str] | None:
    found = kb.match(phrase, day)
    return (found.actor.id, found.resolved_by) if found else None


@pytest.mark.parametrize(
    ("phrase", "actor_id"),
    [
        ("Kremlin spokesman Dmitry Peskov", "dmitry-peskov"),
        ("Trump's Ukraine envoy Keith Kellogg", "keith-kellogg"),
        ("Peskov", "dmitry-peskov"),
        ("Mr. Zelenskiy", "volodymyr-zelensky"),
        ("Sergei Lavrov, Russia's foreign minister", "sergey-lavrov"),
        ("Russian President Vladimir Putin", "vladimir-putin"),
        ("Gen. Valery Gerasimov", "valery-gerasimov"),
        ("U.S. Secretary of State Marco Rubio", "marco-rubio"),
        ("Ursula von der Leyen", "ursula-von-der-leyen"),
        ("MBS", "mohammed-bin-salman"),
    ],
)
def test_names(kb: ActorBase, phrase: str, actor_id: str) -> None:
    assert resolve(kb, phrase) == (actor_id, "name")


@pytest.mark.parametrize(
    ("variant", "actor_id"),
    [
        ("Zelensky", "volodymyr-zelensky"), ("Zelenskyy", "volodymyr-zelensky"),
        ("Zelenskiy", "volodymyr-zelensky"), ("Volodymyr Zelenskyy", "volodymyr-zelensky"),
        ("Dmitri Peskov", "dmitry-peskov"), ("Erdogan", "recep-tayyip-erdogan"),
        ("Erdoğan", "recep-tayyip-erdogan"), ("Syrsky", "oleksandr-syrskyi"), ("Syrskyi", "oleksandr-syrskyi"),
        ("Ermak", "andriy-yermak"), ("Yermak", "andriy-yermak"), ("Sergey Lavrov", "sergey-lavrov"),
        ("Szijjártó", "peter-szijjarto"), ("Orbán", "viktor-orban"), ("ORBAN", "viktor-orban"),
        ("Radoslaw Sikorski", "radoslaw-sikorski"), ("Zaluzhny", "valerii-zaluzhnyi"),
    ],
)
def test_transliteration_and_diacritic_variants(kb: ActorBase, variant: str, actor_id: str) -> None:
    assert resolve(kb, variant) == (actor_id, "name")


@pytest.mark.parametrize(
    ("phrase", "day", "actor_id"),
    [
        ("the US president", date(2025, 1, 19), "joe-biden"),
        ("the US president", date(2025, 1, 20), "donald-trump"),
        ("the American president", date(2024, 6, 1), "joe-biden"),
        ("the president of the United States", date(2025, 3, 1), "donald-trump"),
        ("NATO secretary general", date(2024, 9, 30), "jens-stoltenberg"),
        ("the NATO chief", date(2024, 10, 1), "mark-rutte"),
        ("Germany's chancellor", date(2025, 5, 5), "olaf-scholz"),
        ("the German chancellor", date(2025, 5, 6), "friedrich-merz"),
        ("Ukraine's defence minister", date(2023, 8, 1), "oleksii-reznikov"),
        ("Ukraine's defence minister", date(2024, 1, 1), "rustem-umerov"),
        ("Ukraine's defense minister", date(2025, 8, 1), "denys-shmyhal"),
        ("the head of Ukraine's presidential office", date(2025, 6, 1), "andriy-yermak"),
        ("the Kremlin spokesman", None, "dmitry-peskov"),
        ("Russia's top diplomat", None, "sergey-lavrov"),
        ("Ukraine's foreign minister", date(2025, 2, 1), "andrii-sybiha"),
        ("Ukraine's foreign minister", date(2023, 2, 1), "dmytro-kuleba"),
        ("the pope", date(2025, 3, 1), "pope-francis"),
        ("the pope", date(2025, 6, 1), "pope-leo-xiv"),
        ("the UN secretary-general", None, "antonio-guterres"),
        ("the EU's top diplomat", date(2025, 3, 1), "kaja-kallas"),
    ],
)
def test_titles_resolve_to_the_holder_on_the_day(kb: ActorBase, phrase: str, day: date | None,
                                                  actor_id: str) -> None:
    assert resolve(kb, phrase, day) == (actor_id, "title")


def test_title_with_no_day_takes_the_open_ended_holder(kb: ActorBase) -> None:
    assert resolve(kb, "the US president") == ("donald-trump", "title")
    assert resolve(kb, "the head of Ukraine's presidential office") is None  # Yermak's term has ended


def test_name_wins_over_the_title_around_it(kb: ActorBase) -> None:
    # Biden held the office on that day, but the name says who spoke.
    assert resolve(kb, "US President Donald Trump", date(2024, 6, 1)) == ("donald-trump", "name")


@pytest.mark.parametrize(
    ("phrase", "actor_id"),
    [
        ("the Kremlin", "kremlin"), ("Moscow", "russia"), ("Russia", "russia"), ("the Russian side", "russia"),
        ("Russian officials", "russia"), ("the Ukrainian delegation", "ukraine"), ("Western officials", "the-west"),
        ("European leaders", "europe"), ("the White House", "white-house"), ("Kyiv", "ukraine"),
        ("Kiev", "ukraine"), ("Washington", "united-states"), ("Beijing", "china"), ("Brussels", "european-union"),
        ("Ankara", "turkey"), ("the coalition of the willing", "coalition-of-the-willing"),
        ("Russian troops", "russian-armed-forces"), ("senior US officials", "united-states"),
        ("the State Department", "state-department"), ("the Verkhovna Rada", "verkhovna-rada"),
        ("the Russians", "russia"), ("the IAEA", "iaea"), ("Ukraine's presidential office", "ukraine-presidential-office"),
    ],
)
def test_collectives(kb: ActorBase, phrase: str, actor_id: str) -> None:
    assert resolve(kb, phrase) == (actor_id, "organisation")


@pytest.mark.parametrize(
    "phrase", ["sources", "a senior official", "he", "analysts", "us", "sources close to the Kremlin",
               "Putin and Trump", "the spokesman", ""],
)
def test_unknown_phrases_give_none(kb: ActorBase, phrase: str) -> None:
    assert kb.match(phrase) is None


def test_offsets_point_at_the_matched_words(kb: ActorBase) -> None:
    phrase = "the Kremlin spokesman"
    found = kb.match(phrase)
    assert found is not None and phrase[found.start : found.end] == "Kremlin spokesman"


def test_shared_surname_goes_to_the_more_prominent(kb: ActorBase) -> None:
    assert resolve(kb, "Johnson") == ("mike-johnson", "name")
    assert resolve(kb, "Boris Johnson") == ("boris-johnson", "name")


def test_role_holders_for_bare_nouns(kb: ActorBase) -> None:
    spokespeople = {a.id for a in kb.role_holders("spokesman", date(2025, 3, 1))}
    assert {"dmitry-peskov", "maria-zakharova"} <= spokespeople
    ministers = {a.id for a in kb.role_holders("foreign minister", date(2025, 3, 1))}
    assert {"sergey-lavrov", "andrii-sybiha", "hakan-fidan"} <= ministers
    assert "dmytro-kuleba" not in ministers
    envoys = {a.id for a in kb.role_holders("envoy", date(2025, 3, 1))}
    assert {"steve-witkoff", "keith-kellogg"} <= envoys
