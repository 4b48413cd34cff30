"""Roles and titles: "Russian Foreign Minister", "UK Prime Minister", "the French leader".

A role phrase is a run of role words (heads such as president or spokesman, modifiers such
as foreign or former), nationality words and place names, with "of"/"to" tails ("President
of France", "ambassador to the UN"). Its key (country, words) lets "French President",
"President of France" and "the French president" be compared.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.extract.entities.gazetteer import Gazetteer
from storyline.extract.lexicon import PERSON_TITLES

# Nouns that head a role ("the Russian *ambassador*").
ROLE_HEADS = frozenset("""
president minister premier chancellor secretary spokesman spokeswoman spokesperson ambassador
envoy leader king queen prince princess emperor pope senator governor mayor general admiral
commander chief head director chairman chairwoman ceo official diplomat adviser advisor aide
lawmaker mp judge prosecutor coach manager captain negotiator commissioner ruler monarch
dictator sheikh ayatollah representative congressman congresswoman counterpart president-elect
secretary-general boss executive founder foreign-minister striker goalkeeper midfielder
owner co-owner co-founder cofounder planner designer partner editor publisher producer officer
coordinator cfo coo cto chef curator organizer organiser
""".split())
# Words that may precede or join heads inside a role ("*former* *prime* minister").
ROLE_MODIFIERS = frozenset("""
prime foreign defence defense interior finance economy economic trade justice home health
presidential vice deputy former acting interim special top senior crown supreme state
national security intelligence military army navy first chief-of-staff junior assistant
then late outgoing incoming opposition party lead creative artistic managing associate shadow
""".split())
# Modifiers that end the name of a body as often as they open a title ("Labour Party
# leader", "Pakistan Army Chief"): a title read backwards from its head stops at them.
BODY_MODIFIERS = frozenset({"party", "state", "national", "opposition", "army", "navy", "military"})
# Prefixes the tokenizer splits from a head at a hyphen ("Co-Owner" is "Co", "-", "Owner").
HEAD_PREFIXES = frozenset({"co", "vice"})
# Heads of state or government: what "the French leader" can refer to.
LEADER_HEADS = frozenset({"president", "minister", "premier", "chancellor", "king", "queen",
                          "leader", "emperor", "monarch", "ruler", "dictator", "ayatollah"})
# Heads that say nothing about which office a person holds ("his American counterpart").
RELATIVE_HEADS = frozenset({"counterpart", "leader", "official", "head", "chief", "aide", "adviser",
                            "advisor", "boss"})
# Words that are never part of a role's key even inside a role phrase.
_KEY_DROPPED = frozenset({"the", "of", "to", "for", "'s", "\u2019s"})
# Courtesy titles between a role and a name ("UK Prime Minister Sir Keir Starmer").
HONORIFICS = PERSON_TITLES
# A role phrase is scanned at most this many tokens away from its name.
MAX_ROLE_TOKENS = 8
_CONNECTORS = frozenset({"of", "to", "for", "the"})
_POSSESSIVE = frozenset({"'s", "\u2019s"})


@dataclass(frozen=True, slots=True)
class Role:
    """A role phrase in the text: tokens [start, end) of the Doc, its country and its words."""

    start: int
    end: int
    text: str
    country: str | None
    words: tuple[str, ...]

    @property
    def key(self) -> tuple[str | None, tuple[str, ...]]:
        return self.country, self.words

    @property
    def head(self) -> str:
        heads = [word for word in self.words if word in ROLE_HEADS]
        return heads[-1] if heads else ""

    @property
    def former(self) -> bool:
        return "former" in self.words or "late" in self.words

    @property
    def is_leader(self) -> bool:
        return self.head in LEADER_HEADS and not self.former


def is_role_word(token: Token) -> bool:
    return token.lower_ in ROLE_HEADS or token.lower_ in ROLE_MODIFIERS


def trailing_title(doc: Doc, start: int, end: int) -> int:
    """Where a job title written in capitals closes the tokens [start, end) ("Harbor Events
    Co-Owner and Lead Planner" -> the index of "Co"); ``end`` when none closes them."""
    last = doc[end - 1]
    if not (last.is_title or last.is_upper) or last.lower_ in BODY_MODIFIERS or last.lower_ == "general":
        return end  # "Surgeon General", "Massachusetts General": "general" after its noun
    if last.lower_ not in ROLE_HEADS and not (last.lower_ in ROLE_MODIFIERS and end < len(doc)
                                              and doc[end].lower_ in ROLE_HEADS and doc[end].is_title):
        return end  # ends in a head, or in a modifier of the head right after ("Artistic" Director)
    i = end
    while i > start:
        token = doc[i - 1]
        if is_role_word(token) and (token.is_title or token.is_upper) and token.lower_ not in BODY_MODIFIERS:
            i -= 1
        elif token.text == "-" and i - 2 >= start and doc[i - 2].lower_ in HEAD_PREFIXES \
                and is_role_word(doc[i]):
            i -= 2  # "Co-Owner"
        elif token.lower_ in ("and", "&") and i - 2 >= start and is_role_word(doc[i - 2]):
            i -= 1  # "Co-Owner and Lead Planner"
        else:
            break
    return i


def is_honorific(token: Token) -> bool:
    return token.lower_ in HONORIFICS


def _is_place_word(token: Token, gaz: Gazetteer) -> bool:
    return gaz.place(token.text) is not None or gaz.demonym(token.text) is not None


def _role_part(token: Token, gaz: Gazetteer) -> bool:
    return is_role_word(token) or _is_place_word(token, gaz)


def role_before(doc: Doc, start: int, gaz: Gazetteer) -> Role | None:
    """The role phrase that ends right before token ``start`` (a name), if any:
    "Russian Presidential Spokesman [Dmitry Peskov]", "Italy's Prime Minister [Giorgia...]"."""
    end = start
    while end > 0 and is_honorific(doc[end - 1]):
        end -= 1
    begin = end
    limit = max(0, end - MAX_ROLE_TOKENS)
    while begin > limit:
        token = doc[begin - 1]
        if _role_part(token, gaz) or token.lower_ in _CONNECTORS:
            begin -= 1
        elif token.text in _POSSESSIVE and begin - 2 >= limit and _is_place_word(doc[begin - 2], gaz):
            begin -= 2
        else:
            break
    # A role starts with a role word or a place, never with a connector.
    while begin < end and doc[begin].lower_ in _CONNECTORS:
        begin += 1
    return _make_role(doc, begin, end, gaz)


def role_after(doc: Doc, start: int, gaz: Gazetteer) -> Role | None:
    """The role phrase starting at token ``start`` and running forward:
    "[the] President of France", "[the] Russian ambassador to the UN"."""
    end = start
    limit = min(len(doc), start + MAX_ROLE_TOKENS)
    while end < limit:
        token = doc[end]
        if _role_part(token, gaz) or token.lower_ in _CONNECTORS:
            end += 1
        elif token.text in _POSSESSIVE and end > start and _is_place_word(doc[end - 1], gaz):
            end += 1
        else:
            break
    # Ending on a connector or on a dangling place name is not part of the role.
    while end > start and (doc[end - 1].lower_ in _CONNECTORS or doc[end - 1].text in _POSSESSIVE):
        end -= 1
    return _make_role(doc, start, end, gaz)


def _make_role(doc: Doc, begin: int, end: int, gaz: Gazetteer) -> Role | None:
    if begin >= end or not any(doc[i].lower_ in ROLE_HEADS for i in range(begin, end)):
        return None
    if any("\n" in doc[i].text for i in range(begin, end)):
        return None
    country: str | None = None
    words: list[str] = []
    for i in range(begin, end):
        token = doc[i]
        lower = token.lower_
        if lower in ROLE_HEADS or lower in ROLE_MODIFIERS:
            words.append(lower)
            continue
        if lower in _KEY_DROPPED:
            continue
        code = gaz.country_of(token.text)
        place = gaz.place(token.text)
        if code and country is None and (place is None or place.kind == "country" or gaz.demonym(token.text)):
            country = code
        else:
            words.append(lower)
    # "to the UN" stays in the words; a trailing "of France" only gave the country.
    span = doc[begin:end]
    return Role(begin, end, span.text, country, tuple(words))


def contradicts(description: Role, role: Role) -> bool:
    """Whether holding ``role`` rules a person out as what ``description`` refers to."""
    if description.country and role.country and description.country != role.country:
        return True
    if role.head in RELATIVE_HEADS or description.country != role.country:
        return False
    return not compatible(description, role)


def compatible(description: Role, role: Role) -> bool:
    """Whether a person holding ``role`` can be what ``description`` refers to."""
    if role.former != description.former:
        return False
    if description.country and role.country and description.country != role.country:
        return False
    if description.head == "leader":
        return role.is_leader or role.head == "leader"
    return role.words == description.words
