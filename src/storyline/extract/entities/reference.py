"""Who a name refers to: the rules that say two written names are one person or body,
shared by the article's entities (extract/entities/extractor.py), its speakers
(extract/quotes/speakers.py) and the corpus's entities across articles (corpus/entities.py),
so that each decides the same way.

- ``name_key``: the form two names of one referent share (case, accents, "the" and
  middle initials aside: "J. Smith" is not "Smith", "John F. Kennedy" is "John Kennedy").
- ``short_forms``: the shorter names a full name is written as ("Robert De Niro" ->
  "Niro", "De Niro"); ``shortens`` says whether a short name is one of them.
- ``clean_name``: a person's name without honorifics and possessives.
- ``not_a_person``: a name that cannot be a person's, whatever the model typed it.
"""

from __future__ import annotations

import re

from storyline.extract.entities.gazetteer import normalise
from storyline.extract.lexicon import DISEASES, NOT_NAMES, PLATFORMS
from storyline.extract.quotes.speaker_lexicon import HONORIFICS

_INITIAL = re.compile(r"^\w\.?$")


def name_key(name: str) -> str:
    """The key two names of one referent share: normalised, middle initials dropped."""
    words = normalise(name).split()
    return " ".join([word for word in words if not _INITIAL.match(word)] or words)


def short_forms(words: tuple[str, ...] | list[str]) -> set[tuple[str, ...]]:
    """The last one, two ... words of a name of several words: the forms a later mention
    shortens it to ("Martin Di Stefano" -> ("stefano",), ("di", "stefano"))."""
    words = tuple(words)
    return {words[-length:] for length in range(1, len(words))}


def shortens(short: str, full: str) -> bool:
    """Whether ``short`` is a shorter form of ``full`` ("De Niro" of "Robert De Niro")."""
    return tuple(name_key(short).split()) in short_forms(name_key(full).split())


def clean_name(name: str) -> str:
    """A person's name without honorifics and possessives ("President Putin" -> "Putin")."""
    words = name.replace("\u2019s", "").replace("'s", "").split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words.pop(0)
    return " ".join(words)


_NOT_PEOPLE = PLATFORMS | NOT_NAMES | DISEASES


def not_a_person(name: str) -> bool:
    """Whether a name, as written in a cased text, cannot be a person's: every word in lower
    case ("firefox", "colts": a product or a team the model typed PERSON), or every word a
    service, a share button's label or a disease ("Twitter", "Email", "Covid")."""
    words = [word for word in name.split() if word[:1].isalpha()]
    if not words:
        return False
    return all(word.islower() for word in words) or all(word.lower() in _NOT_PEOPLE for word in words)
