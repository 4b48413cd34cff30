"""A gazetteer of countries, capitals, major cities, seats of government and international
bodies, with their exonyms and transliterations (Kiev/Kyiv) and the demonyms of countries.

The data lives in ``storyline/data/countries.tsv`` and ``places.tsv``; ISO 3166 codes and
official names come from pycountry. Lookups are by normalised surface form (case, accents
and curly apostrophes folded, a leading "the" dropped), so "KYIV", "Kiev" and "Kyiv" are
one place.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

# A lookup key is at most this many tokens long (e.g. "United States of America").
MAX_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Place:
    """A place or body: its canonical name, entity type, kind and country (ISO 3166 alpha-2).

    ``kind`` is country, capital, city, region, seat (of a government) or org. For a capital
    or a seat, ``code`` is also the country whose government it can stand for.
    """

    name: str
    type: str
    kind: str
    code: str | None

    @property
    def can_stand_for_government(self) -> bool:
        return self.kind in ("capital", "seat") and self.code is not None


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """The lookup key of a surface form: casefolded, accents and curly quotes folded."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = " ".join(folded.casefold().split())
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


class Gazetteer:
    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.demonyms: dict[str, str] = {}
        self.countries: dict[str, Place] = {}
        self.capitals: dict[str, Place] = {}  # country code -> its capital
        self._load_countries()
        self._load_places()

    def place(self, text: str) -> Place | None:
        """The place named by ``text``; only a capitalised surface form can name one."""
        if not text or not text[0].isupper():
            return None
        return self.places.get(normalise(text))

    def demonym(self, text: str) -> str | None:
        """The ISO code of the country of a nationality word ("French" -> "FR")."""
        if not text or not text[0].isupper():
            return None
        return self.demonyms.get(normalise(text))

    def country(self, code: str) -> Place | None:
        return self.countries.get(code)

    def capital(self, code: str) -> Place | None:
        return self.capitals.get(code)

    def country_of(self, text: str) -> str | None:
        """The ISO code of the country a word points to: a demonym or a place's country."""
        code = self.demonym(text)
        if code:
            return code
        place = self.place(text)
        return place.code if place is not None and place.kind != "org" else None

    def _add(self, alias: str, place: Place) -> None:
        # First come, first kept: countries load before cities, so "Singapore" is a country.
        self.places.setdefault(normalise(alias), place)

    def _load_countries(self) -> None:
        for fields in _rows("countries.tsv", 5):
            code, name, aliases, demonyms, capitals = fields
            known = pycountry.countries.get(alpha_2=code)
            official = [getattr(known, attr, None) for attr in ("name", "common_name", "official_name")]
            alias_list = _split(aliases)
            name = name or next(a for a in alias_list)
            country = Place(name, "GPE", "country", code)
            self.countries[code] = country
            for alias in [name, *alias_list, *(o for o in official if o and "," not in o)]:
                self._add(alias, country)
            for demonym in _split(demonyms):
                self.demonyms.setdefault(normalise(demonym), code)
            capital_names = _split(capitals)
            if capital_names:
                capital = Place(capital_names[0], "GPE", "capital", code)
                self.capitals[code] = capital
                for alias in capital_names:
                    self._add(alias, capital)

    def _load_places(self) -> None:
        for kind, name, entity_type, code, aliases in _rows("places.tsv", 5):
            place = Place(name, entity_type, kind, code or None)
            for alias in [name, *_split(aliases)]:
                self._add(alias, place)


def _split(field: str) -> list[str]:
    return [item.strip() for item in field.split("|") if item.strip()]


def _rows(filename: str, width: int) -> list[list[str]]:
    text = resources.files("storyline.data").joinpath(filename).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        rows.append((fields + [""] * width)[:width])
    return rows


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer()
