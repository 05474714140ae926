"""A small packaged gazetteer: where an event happened ("talks in Riyadh", "at the White House")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from parley.errors import DataFileError
from parley.model import Location


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Place names (lower-cased) to the Location they report, and one pattern that finds them after a preposition."""

    places: dict[str, Location]
    pattern: re.Pattern[str]
    countries: frozenset[str] = frozenset()  # keys that name a whole country
    # "the Paris meeting", "the Istanbul talks": a city or venue naming the occasion tells where it was.
    occasion: re.Pattern[str] | None = None

    def find(self, text: str, start: int = 0, end: int | None = None, *, destinations: bool = False,
             occasions: bool = False) -> Location | None:
        """The place named after "in"/"at" (and "to" when destinations count) in text[start:end].

        A city or venue beats a country ("met in Anchorage … a ceasefire in Ukraine" happened in Anchorage);
        otherwise the first place named wins. A wire dateline opening the text ("ANCHORAGE, Alaska (AP) —")
        counts as a city when the sentence names none. ``occasions``: a meeting named after its city
        ("attended the Paris meeting") tells where, for a meeting; anything else done to it ("dismissed the
        London meeting") did not happen there.
        """
        end = len(text) if end is None else end
        country: Location | None = None
        for m in self.pattern.finditer(text, start, end):
            if m.group("prep").lower() == "to" and not destinations:
                continue
            key = _key(m.group("place"))
            if key not in self.countries:
                return self.places[key]
            country = country or self.places[key]
        if occasions and self.occasion is not None:
            for m in self.occasion.finditer(text, start, end):
                if _key(m.group("place")) not in self.countries:  # "the Ukraine talks" are about Ukraine
                    return self.places[_key(m.group("place"))]
        return self.dateline(text, start) or country

    def dateline(self, text: str, start: int) -> Location | None:
        """The city of a wire dateline ("RIYADH (Reuters) —") when text[start:] opens a paragraph with one."""
        if start and text[start - 1] != "\n":
            return None
        m = _DATELINE.match(text, start)
        if m is None:
            return None
        key = _key(m.group("city"))
        return None if key in self.countries else self.places.get(key)


_DATELINE = re.compile(r"(?P<city>[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,2})(?:,\s[A-Z][A-Za-z. ]+)?\s*(?:\(|—|–|-\s)")


def _key(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip()).lower()
    return name[4:] if name.startswith("the ") else name


def _entries(data: dict[str, Any]) -> list[tuple[str, Location]]:
    out: list[tuple[str, Location]] = []
    for number, country in enumerate(data.get("countries", []), 1):
        if not isinstance(country, dict) or "name" not in country or "iso3" not in country:
            raise DataFileError(f"places.yaml country {number} needs 'name' and 'iso3'")
        location = Location(country["name"], country["iso3"])
        out.extend((alias, location) for alias in [country["name"], *country.get("aliases", [])])
    for number, place in enumerate(data.get("places", []), 1):
        if not isinstance(place, dict) or "name" not in place or "country" not in place:
            raise DataFileError(f"places.yaml place {number} needs 'name' and 'country'")
        location = Location(str(place.get("as", place["name"])), place["country"])
        out.extend((alias, location) for alias in [place["name"], *place.get("aliases", [])])
    return out


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer (extract/data/places.yaml)."""
    text = resources.files("parley.extract").joinpath("data/places.yaml").read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise DataFileError(f"places.yaml is not valid YAML: {exc}") from exc
    entries = _entries(data)
    places = {_key(name): location for name, location in entries}
    # Names match as written (a place is a proper noun: "in US" is a place, "in us" is not), longest
    # first so "Washington D.C." wins over "Washington"; a leading "the" is optional either way.
    names = sorted({re.sub(r"^(?:the|The)\s+", "", n.strip()) for n, _ in entries}, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    pattern = re.compile(
        rf"\b(?P<prep>in|at|to|near|inside|outside)\s+(?:(?i:the)\s+)?(?P<place>{alternation})(?![\w-])"
    )
    countries = frozenset(
        _key(str(n)) for c in data.get("countries", []) for n in [c["name"], *c.get("aliases", [])]
    )
    occasion = re.compile(
        rf"\b(?i:the)\s+(?P<place>{alternation})\s+(?:meeting|talks|summit|conference|negotiations|round)\b"
    )
    return Gazetteer(places, pattern, countries, occasion)


def find_location(
    text: str, start: int = 0, end: int | None = None, *, destinations: bool = False, occasions: bool = False
) -> Location | None:
    """Where an event in text[start:end] took place, from the packaged gazetteer (None when not said)."""
    return default_gazetteer().find(text, start, end, destinations=destinations, occasions=occasions)
