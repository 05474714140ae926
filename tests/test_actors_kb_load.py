"""The packaged actor base loads, is large enough, and its entries are well-formed."""

from __future__ import annotations

from collections import Counter

import pytest

from parley.actors import ActorBase, default_actor_base
from parley.actors.codes import COUNTRY_CODES, SECTORS
from parley.actors.kb import packaged_files, read_packaged_records


@pytest.fixture(scope="module")
def kb() -> ActorBase:
    return default_actor_base()


def test_default_base_is_cached(kb: ActorBase) -> None:
    assert default_actor_base() is kb


def test_packaged_files_are_split_by_region() -> None:
    names = {p.name for p in packaged_files()}
    assert {"usa.yaml", "russia.yaml", "ukraine.yaml", "europe.yaml", "countries.yaml"} <= names


def test_at_least_200_persons_and_60_countries(kb: ActorBase) -> None:
    kinds = Counter(a.kind for a in kb.actors)
    assert kinds["person"] >= 200
    assert kinds["country"] >= 60
    assert kinds["organisation"] >= 30
    assert kinds["group"] >= 3


def test_ids_are_unique_across_files() -> None:
    ids = [r.actor.id for r in read_packaged_records()]
    assert len(ids) == len(set(ids))


def test_country_codes_and_sectors_are_known(kb: ActorBase) -> None:
    for actor in kb.actors:
        assert actor.country in COUNTRY_CODES, actor.id
        assert actor.sector in SECTORS, actor.id
        for role in actor.roles:
            assert role.country is None or role.country in COUNTRY_CODES, actor.id


def test_countries_carry_their_iso_code(kb: ActorBase) -> None:
    assert kb.get("russia").country == "RUS"  # type: ignore[union-attr]
    assert kb.get("united-states").country == "USA"  # type: ignore[union-attr]
    assert kb.get("ukraine").country == "UKR"  # type: ignore[union-attr]
    assert kb.get("european-union").country == "EUR"  # type: ignore[union-attr]
    assert kb.get("nato").country == "IGO"  # type: ignore[union-attr]


def test_every_person_has_a_gender_and_a_role_or_reason(kb: ActorBase) -> None:
    persons = [a for a in kb.actors if a.kind == "person"]
    assert all(a.gender in ("m", "f") for a in persons)
    assert sum(1 for a in persons if a.roles) >= 190


def test_role_dates_are_ordered(kb: ActorBase) -> None:
    for actor in kb.actors:
        for role in actor.roles:
            if role.start and role.end:
                assert role.start <= role.end, (actor.id, role.title)


def test_brief_names_are_present(kb: ActorBase) -> None:
    for actor_id in ["donald-trump", "jd-vance", "marco-rubio", "steve-witkoff", "keith-kellogg", "mike-waltz",
                     "pete-hegseth", "dan-driscoll", "vladimir-putin", "dmitry-peskov", "sergey-lavrov",
                     "maria-zakharova", "yuri-ushakov", "kirill-dmitriev", "vladimir-medinsky",
                     "volodymyr-zelensky", "andriy-yermak", "rustem-umerov", "andrii-sybiha", "kyrylo-budanov",
                     "keir-starmer", "emmanuel-macron", "friedrich-merz", "mark-rutte", "kaja-kallas",
                     "recep-tayyip-erdogan", "mohammed-bin-salman", "xi-jinping", "pope-leo-xiv",
                     "antonio-guterres", "rafael-grossi", "alexander-stubb", "narendra-modi", "lula-da-silva",
                     "kremlin", "white-house", "coalition-of-the-willing", "iaea", "g7", "verkhovna-rada"]:
        assert actor_id in kb, actor_id


def test_office_descriptions_are_spelled_out(kb: ActorBase) -> None:
    putin = kb.get("vladimir-putin")
    assert putin is not None
    assert "russian leader" in putin.roles[0].descriptions
    assert all("{c}" not in d for a in kb.actors for r in a.roles for d in r.descriptions)
