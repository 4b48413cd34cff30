"""Speakers: from the words that name a source to a canonical name.

The resolver reads ``article.entities`` (filled before quotes run): an entity whose
mention covers the source's head word gives the id and the canonical name. On top of
that it keeps its own fallbacks, so that it is right whether or not the entity
extractor merges "Macron" into "Emmanuel Macron" or links "the French leader" to him:
a surname takes the longest PERSON name of the article ending with it, and a role
description takes the person the article introduces with that title and nationality.
Pronouns go to the speaker of the moment: the subject earlier in the sentence, else the
paragraph's last speaker, else the article's, else the last person named, with gender
agreement where the article shows it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import PRON
from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from storyline.extract.entities.gazetteer import gazetteer
from storyline.extract.entities.mentions import ORG_WORDS, hyphen_joins, is_time_word
from storyline.extract.entities.reference import clean_name, not_a_person
from storyline.extract.entities.roles import HEAD_PREFIXES, ROLE_HEADS, is_role_word
from storyline.extract.lexicon import POSTPOSED_VERB_FORMS, SPEECH_OCCASIONS, SPEECH_VERBS, honorific_gender
from storyline.extract.quotes.cues import QUOTING_AS_VERBS, finding_makers
from storyline.extract.quotes.speaker_lexicon import (ANONYMOUS_HEADS, BODY_PARTS, CALLINGS, DIPLOMATS, FEMALE,
                                                      FIRST_PERSON, GENDERED_NOUNS, HEADS, HONORIFICS, MALE,
                                                      FINDING_SOURCES, NEUTER, OCCUPATIONS, PEOPLE, PLURAL,
                                                      QUOTED_BODIES, TITLES, country_key)
from storyline.model import Article, Entity, Span, Speaker
from storyline.nlp import span_of, word_keys

_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# A demonstrative standing alone as the subject of a verb of saying or showing points back
# to what was written, never to a person.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# What "X made the remarks" says X made: the statements just reported.
_REMARK_NOUNS = frozenset("remark comment statement".split())
# Jobs one person in a report usually holds, which "the" alone names ("the spokesman", "our
# correspondent"); not "the official" or "the minister", of which a report names several.
_SOLE_JOBS = frozenset("spokesman spokeswoman spokesperson correspondent".split())
# Texts a holder puts out, which speak for it ("a statement said").
_ISSUED_TEXTS = frozenset("statement release communique communiqu\u00e9".split())
# What a person has that speaks for them ("his office said", "her lawyers said"), lemmas.
_OWNED_SOURCES = frozenset("""spokesman spokeswoman spokesperson aide lawyer attorney adviser advisor
representative office campaign family camp""".split())
# Pronouns that stand for no one in particular, so never for someone named before.
_INDEFINITE_PRONOUNS = frozenset("everyone everybody someone somebody anyone anybody nobody".split())
# Nouns for a person by what they belong to ("a member of X who ..."), lemmas.
_MEMBER_NOUNS = frozenset("member one officer agent employee worker veteran fighter supporter activist".split())
# Pronouns that are also family names (Chinese He, She), written so in "said He."
_PRONOUN_SURNAMES = frozenset({"He", "She"})
_GROUP_TYPES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
_SPEAKER_TYPES = frozenset({"PERSON"}) | _GROUP_TYPES
_DETERMINERS = frozenset({"the", "a", "an"})
# Nouns for a relative: a full name only after "the son of" or before "'s widow" says whose
# relative someone is, not who that one is.
_KIN = frozenset("""son daughter wife husband widow widower father mother brother sister
    nephew niece grandson granddaughter grandfather grandmother cousin uncle aunt""".split())
# Nouns for people or a people's office that may be coordinated with a named holder ("Tom
# Roe and his lawyer", "The IAEA and its chief").
_HOLDER_NOUNS = PEOPLE | ANONYMOUS_HEADS | TITLES | OCCUPATIONS | ROLE_HEADS
# Nouns for bodies whose names mostly lack the noun ("Labour", "the Tories" for "the party").
_NAMELESS_BODIES = frozenset({"party", "government"})
# Nouns of what speaks that is no person ("the report said ... he said" is not the report's).
_NOT_PERSON_NOUNS = FINDING_SOURCES | BODY_PARTS | QUOTED_BODIES | SPEECH_OCCASIONS
# Nouns that say what kind of body a name is, to their kind: "the paper" is the body the
# article called a daily.
_BODY_KINDS = {**dict.fromkeys(("paper", "newspaper", "daily", "tabloid", "weekly"), "paper"),
               "agency": "agency", **dict.fromkeys(("company", "firm", "corporation", "giant"), "company"),
               "broadcaster": "broadcaster", **dict.fromkeys(("group", "organisation", "organization"), "group"),
               "party": "party", "ministry": "ministry", "watchdog": "watchdog", "regulator": "watchdog"}
# Kind nouns whose compound names the trade, which news words differently each time
# ("computer giant Microsoft ... the software giant"), not a kind apart ("aid agency").
_TRADE_KINDS = frozenset({"giant"})
# Who speaks for a body: what they say, the body says.
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Parts of a body that are bodies of their own, with their own names.
_OWN_BODIES = frozenset({"agency"})
# Parts of a body that speak as it, named with it ("The Iraqi branch of Al-Qaeda").
_BRANCHES = frozenset({"branch", "wing", "arm", "affiliate", "subsidiary", "unit"})
# Words that pick some members out of a people ("a few Chinese", "many Americans").
_QUANTIFIERS = frozenset("few some many several most two three four five dozens hundreds thousands".split())
# A gendered noun describing a person outweighs this many pronoun votes (a pronoun vote is
# 1, an honorific 2): "his mother, Ann Roe" says more than a "he" in her sentence.
_DESCRIBED_GENDER_VOTE = 3
# Mentions of persons looked back over for one of a pronoun's known gender.
_GENDER_LOOKBACK = 4
# Other words news uses for a title ("the pontiff" is the person the article calls Pope).
_TITLE_SYNONYMS = {"pontiff": "pope"}
# Nouns for a body that may own the subject of a sentence "it" goes on with ("the
# government's argument ... It accused ...").
_BODY_NOUNS = frozenset("government ministry company firm party council court agency army police".split())
# Verbs of what a thing shows, which "it" does as a text or a picture, not as that body.
_FINDING_VERBS = frozenset("show reveal find indicate suggest confirm highlight".split())
# Pronouns of one gender already resolved to an entity (none of the other) that settle its
# gender: one may be a wrong resolution (a first "she" given to Christie made a later "he"
# pass him over, PolNeAR dev); two fixed the fourteenth news sample's Kinkel.
_CALLED_VOTES = 2
# Words that open a bracketed note to editors inside a source's phrase.
_EDITORS_NOTES = frozenset({"eds", "editors", "ed"})
# Punctuation that closes a quoted statement before its closing mark.
_CLOSING_PUNCT = frozenset({",", ".", "?", "!"})
_SENTENCE_OPENERS = frozenset({"The", "A", "An"})
_EDGE_DEPS = frozenset({"advcl", "parataxis"})
# Roles in which a proper noun names a participant of a sentence.
_NAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos"})
# Prepositions that start circumstances, not a part of who spoke ("Macron, after the
# summit, said"); "in" only before an occasion of speech ("Macron in his speech"), as
# otherwise it belongs to the source ("officials in Kyiv", "a narrator in the ad").
_CIRCUMSTANCE_PREPS = frozenset({"during", "after", "before", "following", "while",
                                 "through", "since"})


# Words that join the parts of a job title and its body's name ("Co-Owner and Lead Planner",
# "Director of Events", "Willow & Vine"), and how far a title runs before the name.
_TITLE_JOINERS = frozenset({"and", "&", "of", "-"})
_MAX_TITLE_TOKENS = 10


@dataclass(slots=True)
class _Said:
    """A speaker already named in the article, for pronouns and quote-only paragraphs."""

    position: int
    paragraph: int
    speaker: Speaker
    group: bool


# The words whose tokens vote for a gender (honorifics count twice, pronouns once).
_MALE_TITLES = frozenset(("mr", "mr."))
_FEMALE_TITLES = frozenset(("mrs", "mrs.", "ms", "ms.", "miss"))
_MALE_TITLE_KEYS = word_keys(_MALE_TITLES)
_FEMALE_TITLE_KEYS = word_keys(_FEMALE_TITLES - {"miss"})  # (a gender vote: "miss" is a verb too)
_MALE_KEYS = word_keys(MALE)
_FEMALE_KEYS = word_keys(FEMALE)


class SpeakerResolver:
    """Names the sources of one article; call ``resolve`` in text order."""

    def __init__(self, doc: Doc, article: Article, quoted: frozenset[int] = frozenset(),
                 reported: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.quoted = quoted  # tokens inside quotation marks: never antecedents
        # tokens of what a cue reports: a thing named there ("The storm is moving west, it
        # said") is not who said it
        self.reported = bytearray(len(doc))
        for start, end in reported or ():
            self.reported[start:end] = b"\x01" * (end - start)
        self.text = article.text
        self.byline = article.byline
        self.history: list[_Said] = []
        # A text in capitals and small letters, where a name in small letters is no name: a
        # PERSON the model found so ("jabbed", "firefox") neither speaks nor is "he".
        self._cased = any(e.name[:1].isupper() for e in article.entities)
        entities = [e for e in article.entities
                    if e.type in _SPEAKER_TYPES and not (e.type == "PERSON" and self._cased and not_a_person(e.name))]
        self._mentions: list[tuple[int, int, Entity]] = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda item: item[0])
        self._mention_starts = [start for start, _, _ in self._mentions]
        # Blank lines do not count: "the previous paragraph" is the previous one with text.
        self._paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        self._persons = [e for e in entities if e.type == "PERSON"]
        self._honorifics: dict[str, str | None] = {}  # entity id -> gender of its honorifics
        # the genders of the pronouns resolved to each entity so far: two of one and none of
        # the other ("He said", "he added" for Kinkel: no later "she") stand for the entity's
        # gender where the article's own evidence gives none (one may be a wrong resolution)
        self._called: dict[str, Counter] = {}
        # the entity ids and the name words of the persons the claim of the pronoun being
        # resolved names: none of them is who the pronoun stands for
        self._in_claim: tuple[frozenset[str], list[tuple[str, str]]] = (frozenset(), [])
        self._chain_depth = 0  # how deep _pronoun_chain is in resolving a "he" before
        # the token of the source being resolved (not a noun a pronoun rule looks at): "the
        # firm" that spoke is the body that spoke last; "the firm" a sentence before is about is not
        self._source_at = -1
        # the persons the claim of the description being resolved names ("But the chancellor
        # said Mr Baume was never at the meetings"): none of them is who it describes
        self._claim_named: frozenset[str] = frozenset()

    # -- public -----------------------------------------------------------------------

    def paragraph_of(self, position: int) -> int:
        return bisect.bisect_right(self._paragraph_starts, position) - 1

    def resolve(self, source: Token, claim: list[tuple[int, int]] | None = None,
                stop: int | None = None) -> Speaker | None:
        """The speaker named by the source token (its phrase is the mention, ending at the
        token ``stop`` at most); ``claim``, the character ranges of what it says, names no one
        a pronoun source may stand for."""
        mention = self.mention_span(source, stop=stop)
        lower = source.lower_
        if lower in _RELATIVE and source.head.dep_ == "relcl":
            # "Trump, who said ...": named by the noun the clause is about, written "who"
            noun, clause = _relative_antecedent(source), source.head
            found = self._jointly(noun, self._named(noun, self.mention_span(noun, stop=clause.left_edge.i - 1)))
            if found is not None:
                found.mention = mention
            return found
        named = _named_before_who(source)
        if named is not None:
            # "The view was backed by Ann Roe who, in a column, said ...": a "who" the parse
            # did not hang on the name before it (a clause of its own) is still that person
            found = self._jointly(named, self._named(named, self.mention_span(named, stop=source.i - 1)))
            if found is not None:
                found.mention = mention
                return found
        if _counted(source):
            return _group_part(source, mention)
        if lower in _DEMONSTRATIVES and not any(child.dep_ != "punct" for child in source.children):
            # "That said, ...", "This suggests that ...": the writer's own turn, no one's words
            return None
        surnamed = self._capitalised_surname(source)
        if surnamed is not None:
            return self._speaker(surnamed, mention)
        if source.pos_ == "PRON" or (lower in MALE | FEMALE | PLURAL | NEUTER | FIRST_PERSON
                                     and not _country_in_capitals(source)):
            if lower in _INDEFINITE_PRONOUNS:
                # "not everyone in the industry agrees", "someone close to him said": no one
                # named before, whoever spoke last; the words themselves are the source
                return Speaker(mention.text, None, mention, True, {"type": "PERSON", "plural": False})
            if lower in FIRST_PERSON:
                # "I" outside quotation marks: the writer of the article
                return Speaker(self.byline or "the author", None, mention, self.byline is None,
                               {"type": "PERSON", "plural": lower in ("we", "us")})
            in_claim = self._named_in(claim or (), source) if lower in MALE | FEMALE else (frozenset(), [])
            self._in_claim = in_claim
            try:
                found = self._antecedent(source)
            finally:
                self._in_claim = (frozenset(), [])
            if found is None and (in_claim[0] or in_claim[1]):
                found = self._antecedent(source)  # (no one else: a quote kept, as before)
            if found is None:
                return None
            gender = "m" if lower in MALE else "f" if lower in FEMALE else None
            if gender and found.entity is not None:
                self._called.setdefault(found.entity, Counter())[gender] += 1
            return _named_here(found, mention)
        self._source_at = source.i
        self._claim_named = self._named_in(claim, source)[0] if claim else frozenset()
        try:
            found = self._jointly(source, self._named(source, mention))
            if found is not None and found.entity is None and not found.anonymous:
                owner = self._owner_of_source(source, mention, claim)
                if owner is not None:
                    # "X went to Paris, his office said": "Abdelaziz Bouteflika's office", still no
                    # one named; only the name changes (no pronoun takes "his lawyer" that did not)
                    return Speaker(f"{owner.name}'s {' '.join(mention.text.split()[1:])}", None, mention,
                                   found.anonymous, dict(found.extra))
            return found
        finally:
            self._source_at = -1
            self._claim_named = frozenset()

    def _owner_of_source(self, source: Token, mention: Span, claim: list[tuple[int, int]] | None) -> Speaker | None:
        """Whose office, spokesman or lawyer, written with "his" or "her", speaks: the person
        the claim is about, when a name is its subject ("Bouteflika went to Paris for
        treatment, his office said")."""
        owner = next((child for child in source.lefts if child.dep_ == "poss"), None)
        words = mention.text.split()
        if owner is None or owner.lower_ not in ("his", "her") or source.lemma_.lower() not in _OWNED_SOURCES \
                or words[0].lower() != owner.lower_ or len(words) < 2:
            return None
        gender = "m" if owner.lower_ == "his" else "f"
        person = None
        for start, end in claim or ():
            span = self.doc.char_span(start, end, alignment_mode="expand")
            subject = next((token for token in span or () if token.dep_ in ("nsubj", "nsubjpass")), None)
            entity = self._entity_at(subject) if subject is not None and subject.pos_ == "PROPN" else None
            if entity is not None and entity.type == "PERSON":
                person = self._speaker(self._canonical(entity), mention)
                break
        # (not whom the pronoun would stand for otherwise: on PolNeAR train the genders the
        # article seems to give were too loose a guess, "his campaign" went to Hillary Clinton;
        # the words as written are better than a wrong owner)
        return person if person is not None and self._agrees(person, False, gender) else None

    def credited(self, credit: Span) -> Speaker:
        """The speaker of a credit line ("― Name", "NAME: ..."): the entity there, else
        the name as written."""
        persons = [e for e in self._entities_between(credit.start, credit.end) if e.type == "PERSON"]
        if persons:
            return self._speaker(self._canonical(persons[0]), credit)
        named = self._person_named(clean_name(credit.text).title())  # "PENCE:"
        if named is not None:
            return self._speaker(named, credit)
        return Speaker(clean_name(credit.text), None, credit, False, {})

    def name_lead_description(self, quotes: list) -> None:
        """"A major change is needed, the shadow chancellor said. // Oliver Letwin said ...":
        a job described in the lead paragraph, with no name, is the first person the next
        paragraphs name (news leads name the job, the body the person), when that person
        speaks there by name and the lead does not name them; the description's statements
        take that name. (Not a later speaker after another person: "Scotland's first minister
        said ... // Jack McConnell was speaking ... Margaret Davidson said" is no Davidson.)"""
        lead = [q for q in quotes if q.speaker is not None and q.speaker.mention is not None
                and self.paragraph_of(q.speaker.mention.start) == 0]
        described = next((q.speaker for q in lead if q.speaker.entity is None and _lead_job(q.speaker)), None)
        if described is None:
            return
        # (also a name the NER typed otherwise, given a person's words where it spoke: "Eris
        # Roe, director of X, explained")
        persons = {e.id for e in self._persons} | {
            q.speaker.entity for q in quotes if q.speaker is not None and q.speaker.entity is not None
            and q.speaker.extra.get("type") == "PERSON"}
        # (a person named only inside what someone is reported saying, or inside quotation
        # marks, is talked about, not brought in: "..., who was “a close associate of Radovan
        # Karadzic,” said Derek Chappell")
        first = next(((start, end, entity) for start, end, entity in self._mentions if entity.id in persons
                      and 1 <= self.paragraph_of(start) <= _LEAD_FOLLOW_PARAGRAPHS
                      and not self._reported_at(start, quoted_too=True)), None)
        if first is None:
            # (a name the NER did not see at all, given a person's words where it spoke by name)
            speaking = next((q.speaker for q in quotes if q.speaker is not None and q.speaker.entity is None
                             and not q.speaker.anonymous and q.speaker.extra.get("type") == "PERSON"
                             and q.speaker.mention is not None and self.paragraph_of(q.speaker.mention.start) >= 1
                             and self.paragraph_of(q.speaker.mention.start) <= _LEAD_FOLLOW_PARAGRAPHS
                             and _full_name(q.speaker.name)), None)
            person_id = None
        else:
            person = self._canonical(first[2])
            if not self._may_hold(described.mention, person) or any(
                    self.paragraph_of(m.start) == 0 for e in self._persons
                    if self._canonical(e).id == person.id for m in e.mentions):
                return
            speaking = next((q.speaker for q in quotes if q.speaker is not None and q.speaker.entity == person.id
                             and q.speaker.mention is not None and q.speaker.mention.text.lower() not in MALE | FEMALE
                             and 1 <= self.paragraph_of(q.speaker.mention.start) <= _LEAD_FOLLOW_PARAGRAPHS), None)
            person_id = person.id
        if speaking is None:
            return  # (a subject that does not speak, tried: the lead's job was another person twice)
        name, description = speaking.name, described.name
        again = _named_again(description)  # "The official" later on
        for quote in quotes:
            speaker = quote.speaker
            if speaker is not None and speaker.entity is None and (
                    speaker.name == description or speaker.name.lower() == again):
                _name_person(speaker, name, person_id)

    def name_description_named_next(self, quotes: list) -> None:
        """"About 12% of users were in Iran, the campaign's director told the BBC. Curt Hopkins
        said ...": a job described with "the" and no name, anywhere in the article, whose next
        sentence opens with a person the article names there for the first time, speaking, is
        that person (the writer's way of bringing in a source), when the person may hold the job,
        nobody the article named before holds it and no person is named before it in its
        paragraph (then it goes back: "Rubio says X. The GOP candidate says Y. Mike Roe, for his
        part, ...")."""
        for quote, after in zip(quotes, quotes[1:]):
            described, named = quote.speaker, after.speaker
            if described is None or named is None or described.entity is not None or described.mention is None \
                    or not _lead_job(described) or described.name.split()[0].lower() != "the" \
                    or described.mention.text.split()[0].lower() != "the" \
                    or named.entity is None or named.extra.get("type") != "PERSON" or named.mention is None:
                continue
            here = self.doc.char_span(described.mention.start, described.mention.end, alignment_mode="expand")
            there = self.doc.char_span(named.mention.start, named.mention.end, alignment_mode="expand")
            if here is None or there is None or there.sent.start != here.sent.end \
                    or there.start != there.sent.start \
                    or _WITHHELD_NAME.search(self.text[described.mention.start:here.sent.end_char]):
                continue  # ("The official, asking not to be named, said": someone else named next)
            person = self._canonical(next(e for _, _, e in self._mentions if e.id == named.entity))
            first = min((m.start for e in self._persons if self._canonical(e).id == person.id for m in e.mentions),
                        default=named.mention.start)
            paragraph_start = self._paragraph_starts[self.paragraph_of(described.mention.start)]
            if first < there.start_char or not self._may_hold(described.mention, person) or any(
                    entity.type == "PERSON" for entity in self._entities_between(paragraph_start, described.mention.start)):
                continue  # (a person named before it in its paragraph is whom it goes back to)
            for other in quotes:
                if other.speaker is not None and other.speaker.entity is None and other.speaker.name == described.name:
                    _name_person(other.speaker, named.name, person.id)

    def name_lead_body(self, quotes: list) -> None:
        """"X happened, a Dutch newspaper said. // ..., according to the Dutch newspaper De
        Volkskrant", "an anti-fraud agency has said. // Anti-fraud consultancy Retail Decisions
        says": a body described in the lead with "a" and no name is the first body the next
        paragraphs name that speaks there by name, when the lead does not name it and the
        article gives it no noun of another kind; the description's statements (and the "it"
        that goes on with it) take that name."""
        described = next((q.speaker for q in quotes if q.speaker is not None and q.speaker.mention is not None
                          and self.paragraph_of(q.speaker.mention.start) == 0 and _lead_body(q.speaker)), None)
        if described is None:
            return
        kind = _BODY_KINDS.get(_before_its_tail(described.name.split())[-1].lower())
        speaking: dict[str, Speaker] = {}
        for q in quotes:  # (each one's first mention where it speaks)
            if q.speaker is not None and q.speaker.entity is not None and q.speaker.mention is not None \
                    and q.speaker.mention.text.lower() not in NEUTER | PLURAL \
                    and 1 <= self.paragraph_of(q.speaker.mention.start) <= _LEAD_FOLLOW_PARAGRAPHS:
                speaking.setdefault(q.speaker.entity, q.speaker)
        first = next((entity for start, _, entity in self._mentions
                      if 1 <= self.paragraph_of(start) <= _LEAD_FOLLOW_PARAGRAPHS
                      and entity.type in ("ORG", "PERSON") and entity.id in speaking), None)
        if first is not None and speaking[first.id].extra.get("type") == "PERSON" and first.type == "PERSON" \
                and not any(entity.id == first.id for _, _, entity, _ in self._body_nouns):
            # a person who speaks next is no body, unless the article gave them a body's noun;
            # but the one body their job names is ("Dean Roe, president of World Vision, told")
            mention = speaking[first.id].mention
            bodies = {entity.id: entity for entity in self._entities_between(mention.start, mention.end)
                      if entity.type == "ORG"}
            if len(bodies) != 1:
                return
            (first,) = bodies.values()
            speaking[first.id] = Speaker(clean_name(first.name), first.id, None, False, {"type": "ORG"})
        if first is None:
            return
        if any(entity.id == first.id and self.paragraph_of(start) == 0 for start, _, entity in self._mentions):
            return
        kinds = {k for _, k, entity, _ in self._body_nouns if entity.id == first.id}
        if kind is not None and kinds and kind not in kinds:
            return  # ("a newspaper" is no firm the article calls a company)
        name, description = speaking[first.id].name, described.name
        again = _named_again(description)  # "the watchdog" later on
        for quote in quotes:
            speaker = quote.speaker
            if speaker is not None and speaker.entity is None and (
                    speaker.name == description or speaker.name.lower() == again):
                _name_person(speaker, name, first.id, kind="ORG")

    def name_remarks_maker(self, quotes: list) -> None:
        """"A senior official said X. // Information Minister Ann Roe made the remarks after a
        cabinet session": a person the text says made the remarks (comments, statement) just
        reported is the job described with no name who said them, in that paragraph or up
        to two before, when the person may hold the job."""
        if not any(q.speaker is not None and q.speaker.entity is None and _lead_job(q.speaker) for q in quotes):
            return  # no job described without a name: nothing to look for
        for token in self.doc:
            if token.lemma_.lower() != "make" or token.pos_ not in ("VERB", "AUX"):
                continue
            said = next((child for child in token.children if child.dep_ == "dobj"
                         and child.lemma_.lower() in _REMARK_NOUNS and any(
                             grand.dep_ == "poss" or grand.lower_ in ("the", "these", "those")
                             for grand in child.children)), None)
            subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
            entity = self._entity_at(subject) if said is not None and subject is not None else None
            if entity is None or entity.type != "PERSON":
                continue
            person, paragraph = self._canonical(entity), self.paragraph_of(token.idx)
            before = [q for q in quotes if q.speaker is not None and q.speaker.mention is not None
                      and q.speaker.mention.start < token.sent.start_char
                      and paragraph - self.paragraph_of(q.speaker.mention.start) <= 2]
            last = before[-1].speaker if before else None
            if last is None or last.entity is not None or not _lead_job(last) \
                    or not self._may_hold(last.mention, person):
                continue
            job = last.name.split()[-1].lower()  # "a senior official", then "the official"
            for quote in before:
                if quote.speaker.entity is None and _lead_job(quote.speaker) \
                        and quote.speaker.name.split()[-1].lower() == job:
                    _name_person(quote.speaker, clean_name(person.name), person.id)

    def _may_hold(self, mention: Span, person: Entity) -> bool:
        """Whether the article's words around a person leave them able to hold the job a
        description names: no other body ("The Liberal Party's leader" is no "Green leader")
        and no other country."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        wanted = _role_words(mention.text.split())
        have = self._descriptors.get(person.id, set())
        nations = {w for w in wanted if not _a_title(w)}
        theirs = {w for w in have if not _a_title(w) and not w.startswith("@")}
        if nations and theirs and not nations & theirs or not self._countries_fit(mention, person):
            return False
        bodies = _bodies(span) if span is not None else set()
        held = {w for w in have if w.startswith("@")}
        return not (bodies and held and not bodies & held)

    def _countries_fit(self, mention: Span, person: Entity) -> bool:
        """Whether the countries a description names and those beside the person's names (the
        gazetteer's, beyond the nationality list) leave the person able to hold it: not
        "Algeria's energy minister" for "Kuwaiti Energy Minister X"."""
        wanted = _countries_named(mention.text.split())
        theirs = self._countries_beside.get(self._canonical(person).id, set())
        return not (wanted and theirs and not wanted & theirs)

    def remember(self, speaker: Speaker, position: int) -> None:
        group = speaker.extra.get("type") in _GROUP_TYPES or speaker.extra.get("plural", False)
        self.history.append(_Said(position, self.paragraph_of(position), speaker, bool(group)))

    def current(self, position: int, max_paragraphs: int = 1) -> Speaker | None:
        """The last speaker before ``position`` within ``max_paragraphs`` paragraphs back."""
        paragraph = self.paragraph_of(position)
        for said in reversed(self.history):
            if said.position < position:
                return said.speaker if paragraph - said.paragraph <= max_paragraphs else None
        return None

    def mention_span(self, source: Token, stop: int | None = None) -> Span:
        """The source's phrase: its subtree (appositions, relative clauses and all, as
        PolNeAR and PARC mark sources) within its paragraph, without adverbial clauses,
        circumstances ("Macron in his speech") or edge punctuation."""
        doc = source.doc
        left, right = source.i, source.i
        described = _described_by(source)
        if described is not None:
            left = described.left_edge.i  # "A lawyer for the paper, Ann Roe, said"
        elif source.dep_ == "dobj" and source.head.dep_ == "ccomp" and source.head.tag_ == "VBG" \
                and source.head.left_edge.i == source.head.head.i + 1 > source.head.head.i:
            left = source.head.left_edge.i  # "..., said the city's water testing lab": one phrase
        elif source.head.dep_ in ("csubj", "nsubj") and source.head.tag_ == "VB" \
                and source.head.i == source.sent.start:
            left = source.head.i  # "Save the Children said": a name the parse read as a command
        for child in source.lefts:
            if child.dep_ not in _EDGE_DEPS:
                left = min(left, child.left_edge.i)
        for child in source.rights:
            if child.dep_ in _EDGE_DEPS or _is_circumstance(child) or (
                    child.lower_ == "as" and source.head.lower_ == "by") or _own_saying(child):
                break  # (the view of "described by analysts as “bold”", the parse's "as" on the agent)
            right = max(right, child.right_edge.i)
        if right + 2 < len(doc) and doc[right].lower_ in HEAD_PREFIXES and doc[right + 1].text == "-" \
                and doc[right + 2].lower_ in ROLE_HEADS:
            right += 2  # "Studio Co-Owner", the parse taking "Co" alone for the source
        while doc[right].ent_type_ == "PERSON" and hyphen_joins(doc, right):
            right += 2  # "Song Min-soon", the parse ending the name at the hyphen
        for index in range(source.i + 1, right):
            if doc[index].text == "(" and doc[index + 1].lower_ in _EDITORS_NOTES:
                right = index - 1  # "Ann Roe (Eds: one name)": a note to editors, no part of the name
                break
        if source.head.i > source.i:  # never run into the cue
            right = min(right, source.head.i - 1)
        if source.dep_ == "ROOT" and source.pos_ == "PROPN":
            # "Vincent Cable, for the Liberal Democrats, called on X to Y": a name the parse made
            # the root, the cue a participle under it; the phrase ends before the first verb
            verb = next((t for t in doc[source.i + 1:right + 1] if t.pos_ in ("VERB", "AUX")), None)
            right = right if verb is None else min(right, verb.i - 1)
        if source.dep_ in ("pobj", "dobj") and source.head.i < source.i and source.i + 1 < len(doc) \
                and doc[source.i + 1].lemma_.lower() in SPEECH_VERBS:
            # "... the group Nadir, medical and security officials said": an object of the claim
            # right before the cue names only what follows its last comma
            cuts = [t.i + 1 for t in doc[left:source.i] if t.text == ","] or \
                [t.i + 1 for t in doc[left:source.i] if t.lower_ == "and"]  # "the armada and official sources said"
            left = max([left, *cuts])
        if stop is not None:
            right = max(source.i, min(right, stop))
        paragraph = self.paragraph_of(source.idx)
        while left < source.i and self.paragraph_of(doc[left].idx) != paragraph:
            left += 1
        while right > source.i and self.paragraph_of(doc[right].idx) != paragraph:
            right -= 1
        for index in range(source.i - 1, max(left, 1) - 1, -1):
            if doc[index].is_quote and doc[index - 1].text in _CLOSING_PUNCT:
                left = index + 1  # "“... hunky-dory,” Ann Roe said": the quote is no part of it
                break
        for index in range(source.i, left, -1):
            if doc[index].text in _SENTENCE_OPENERS:
                # "WhatsApp Email Telegram A senior official said": a capitalised article
                # inside the phrase opens a sentence the parse ran into (share buttons)
                left = index
                break
        while left < source.i and (doc[left].is_punct or doc[left].is_space
                                   or doc[left].lower_ in POSTPOSED_VERB_FORMS
                                   or is_time_word(doc[left]) and doc[left + 1].is_title):
            left += 1  # ", states Roe." with the cue taken into the name; "said Tuesday Tom Roe"
        opened = sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in doc[left:right + 1])
        if opened > 0 and right + 1 < len(doc) and doc[right + 1].text == ")":
            right += 1  # "... Organization (FAO)" with the bracket hung on the verb
        while right > source.i and (doc[right].is_punct or doc[right].is_space
                                    or doc[right].dep_ == "cc"):
            if doc[right].text == ")" and any(t.text == "(" for t in doc[left:right]):
                break  # "the Asian Development Bank (ADB)": the bracket closes a part of it
            right -= 1
        return span_of(self.text, doc[left].idx, doc[right].idx + len(doc[right]))

    # -- named sources ------------------------------------------------------------------

    def _named(self, source: Token, mention: Span) -> Speaker | None:
        joined = _name_after_joined_roles(source)
        if joined is not None:
            # "Druze chief and prominent anti-Syrian MP Walid Jumblatt said": two roles joined
            # by "and" before one name describe that one person, not two speakers
            found = self._named(joined, self.mention_span(joined))
            if found is not None and found.entity is not None:
                return _named_here(found, mention)
        closing = self._person_closing(source, mention)
        if closing is not None:
            return self._speaker(closing, mention)
        if _demonym_noun(source) and _one_of_a_people(source):
            # "the Dutchman said" (which the NER may type a body): the person who spoke last, in
            # this paragraph or the one before ("..., he said. // He conceded X, which included
            # goals from Y. “...,” the Irishman said"), else the one the article is about just
            # before; of that people or of none said
            paragraph = self.paragraph_of(source.idx)
            last = self._statement_before(source.idx, lambda said: paragraph - said.paragraph <= 1)
            if last is not None and last.speaker.entity is not None and last.speaker.extra.get("type") == "PERSON" \
                    and self._nationality_fits(last.speaker.entity, source):
                return _named_here(last.speaker, mention)
            person = self._epithet_person(source) or self._salient_antecedent(source)
            if person is not None:
                return self._speaker(person, mention)
        entity = self._entity_at(source)
        if entity is not None and entity.type != "PERSON" and source.pos_ == "PROPN" and ", " in entity.name \
                and entity.name.endswith(", " + source.text):
            # "... at the court in The Hague, Mesic said" with the NER's one place "Hague, Mesic":
            # the name after the comma is the person of that surname, else itself
            entity = self._person_named(source.text)
        if entity is not None and entity.type in ("GPE", "LOC") and source.pos_ == "PROPN":
            branch = self._branch(source, entity, mention)
            if branch is not None:
                return branch
        if source.tag_ in ("NN", "NNP") and source.ent_type_ != "PERSON":
            # "Another retired general, Markica Rebic, stressed": the name in apposition to a
            # description of one person is who it is, before any person the description matches
            name = next((child for child in source.rights if child.dep_ == "appos"
                         and (child.ent_type_ == "PERSON" or _missed_name(child, source)
                              or child.ent_type_ == "ORG" and _body_described(source)
                              and self.doc[child.left_edge.i - 1].text in (",", source.text))
                         and not any(grand.dep_ == "conj" for grand in child.children)), None)
            if name is None:
                # "rebel "foreign minister" Bizima Kahara": the parse chains the job in
                # quotation marks and the name as two appositions
                name = next((grand for child in source.rights if child.dep_ == "appos" and _job_word(child)
                             for grand in child.rights if grand.dep_ == "appos" and grand.ent_type_ == "PERSON"), None)
            if name is None and _job_word(source) and source.i + 1 < len(self.doc):
                # "Former Chelsea captain Desailly": a surname the article names, right after the
                # job, whatever the parse hung it on
                after = self.doc[source.i + 1]
                if after.head.i == source.i and after.dep_ in ("appos", "advmod", "npadvmod") \
                        and after.pos_ == "PROPN" and after.is_title and self._person_named(after.text) is not None:
                    name = after
            if name is not None:
                return self._named(name, mention)
        surname = None
        if entity is not None and entity.type != "PERSON" and source.pos_ == "PROPN":
            person = self._person_named(entity.name)
            if person is None:
                person = self._surname_of(entity)
                surname = clean_name(entity.name) if person is not None else None
            entity = person or entity
        if entity is not None and entity.type in ("PERSON", "ORG") and source.pos_ == "PROPN":
            other = _other_first_name(source, entity)
            if other is not None:
                # "Munich Re ... Swiss Re said": a name whose first word is not the entity's
                # ("Swiss" before "Re" for "Munich Re") is another one that shares its end
                return Speaker(other, None, mention, False, {"type": entity.type})
            if entity.type == "PERSON":
                entity = self._not_the_relative(source, entity)
        if entity is not None and entity.type == "PERSON" and source.pos_ == "NOUN" \
                and source.lower_ in TITLES and any(not _a_title(w) for w in _role_words(mention.text.split())):
            # "the Chinese ambassador" linked to the person named last: the one the article
            # gives that title and nationality ("China's UN envoy Wang Guangya") is who it is
            entity = self._role_holder(source, mention) or self._topic_not_named_aside(source, entity) or entity
        if entity is not None and entity.type == "PERSON":
            speaker = self._speaker(self._canonical(entity), mention)
            if source.tag_ == "NNPS" and any(child.lower_ == "the" for child in source.lefts):
                speaker.extra["plural"] = True  # "The Lib Dems" typed PERSON: a party, "they"
            written = _name_words(source)
            if len(written.split()) > len(speaker.name.split()) and written.split()[-1] == \
                    speaker.name.split()[-1]:
                speaker.name = written  # the NER cut the name short ("Dmitry Peskov")
            if surname is not None and surname not in speaker.name.split():
                speaker.name = f"{speaker.name} {surname}"  # and its end ("Khurshid Mahmood Kasuri")
            if " " not in speaker.name and _calls_itself_it(source):
                speaker.extra["type"] = "ORG"  # "Labour says it wants ...": a body, whom "they" goes on with
            return speaker
        shared = self._person_of_shared_modifier(source) if entity is None else None
        if shared is not None:
            return self._speaker(self._canonical(shared), mention)
        titled = self._titled_person(source)
        if titled is not None:
            return self._speaker(self._canonical(titled), mention)
        head = source.lower_
        named_after = _name_after_body(source) if entity is None or entity.type != "PERSON" else None
        if named_after is not None and self._entity_at(named_after) is not None:
            # "Pakistan news agency NNI reported" (the parse taking both for subjects): the
            # body's name right after its description, not a country in the description
            return self._speaker(self._entity_at(named_after),
                                 span_of(self.text, mention.start, named_after.idx + len(named_after)))
        if head in BODY_PARTS and entity is None:
            body = self._entity_within(mention, _GROUP_TYPES)
            if body is not None and body.type == "NORP" and not _indefinite(source) \
                    and not _describes_a_person(source) and source.lower_ != "statement":
                # "the French agriculture ministry said": a people's adjective says whose
                # ministry it is; the ministry speaks, named by its description, not "French"
                return Speaker(self._display(source, mention), None, mention, False, {"type": "ORG"})
            if body is not None and source.lower_ in _OWN_BODIES and not _indefinite(source) \
                    and (any(child.dep_ == "poss" for child in source.children) or _owned_agency(source)):
                # "The UN's agency said", "the UN refugee agency said": an agency is a body of its
                # own (UNHCR), not the body that owns it; the one body the article names by an
                # acronym that starts with the owner's ("UNHCR" after "UN"), else named by its
                # description ("the Kyodo news agency" is Kyodo)
                own = self._acronym_under(body)
                if own is not None:
                    return self._speaker(own, mention)
                return Speaker(self._display(source, mention), None, mention, False, {"type": "ORG"})
            if body is not None and (not _indefinite(source) or source.lower_ in _ISSUED_TEXTS):
                # ("a statement from Siemens", "an IMF statement": a text the body put out speaks
                # for it; "a spokesman for X" is one of its people, unnamed)
                return self._speaker(body, mention)
            issued = self._text_issued_before(source) if body is None else None
            if issued is not None:
                return _named_here(issued, mention)
        if entity is None and source.lemma_.lower() in FINDING_SOURCES and head not in BODY_PARTS:
            # "Early estimates from the World Bank put X at", "a survey by Gallup found": the
            # body whose finding it is speaks
            maker = next(iter(finding_makers(source)), None)
            # (not "a study by Harvard and Berkeley": one of the makers is not the speaker)
            body = self._entity_at(maker) if maker is not None and not any(
                token.dep_ == "cc" or token.lower_ == "/" for token in maker.subtree) else None
            if body is not None and body.type in ("ORG", "NORP", "PERSON"):  # (not "reports from Russia")
                return self._speaker(self._canonical(body), mention)
        if entity is None and source.lower_ in _ISSUED_TEXTS and _indefinite(source) \
                and not any(child.dep_ == "poss" for child in source.children) and not any(True for _ in source.rights):
            issuer = self._issuer_just_before(source)
            if issuer is not None:
                return _named_here(issuer, mention)
        if entity is None:
            # descriptions read against what the article named before (each asks a shape of
            # its own, none of the others': a superlative, a plural body noun after "the" or
            # "both", a sole job after "the" or "our", a text named by a kind of body)
            pair = self._bodies_named_together(source)
            if pair is not None:
                return _named_here(pair, mention)
            described = self._ranked_body_before(source) or self._sole_job_holder(source) \
                or self._text_of_body_kind(source)
            if described is not None:
                return self._speaker(described, mention)
            text = self._text_named_with_noun(source, mention)
            if text is not None:
                return text
        plural = source.tag_ in ("NNS", "NNPS")
        if head in ANONYMOUS_HEADS and (entity is None or source.pos_ != "PROPN"):
            member = self._name_closing(mention, source) or self._member_of_named_body(source) \
                or self._official_spoke_last(source)
            if member is not None:
                return self._speaker(member, mention)
            earlier = self._same_source(source)
            if earlier is None:
                salient = self._salient_antecedent(source)
                if salient is not None:
                    return self._speaker(salient, mention)
            name = earlier.name if earlier is not None else self._display(source, mention)
            return Speaker(name, None, mention, True, {"type": "PERSON", "plural": plural})
        if (head in TITLES or head in _TITLE_SYNONYMS or _job_title(source)) \
                and (entity is None or entity.type != "PERSON"):
            holder = self._name_closing(mention, source) or self._role_holder(source, mention)
            if holder is not None and _closes_on_a_name(source, mention) and \
                    clean_name(holder.name).split()[-1:] != mention.text.split()[-1:]:
                holder = None
            holder = holder or self._name_closing(mention) or self._described_with_noun(source) \
                or self._salient_antecedent(source)
            if holder is not None:
                return self._speaker(holder, mention)
            return Speaker(self._display(source, mention), None, mention, True,
                           {"type": "PERSON", "plural": plural})
        if entity is not None and (entity.type == "NORP" or entity.type == "ORG" and source.lower_ in _PARTY_MEMBERS) \
                and _one_of_a_people(source):
            # ("the Socialist", one of a party, the NER may type the party)
            person = self._epithet_person(source)
            if person is not None:
                return self._speaker(person, mention)
        if entity is not None and entity.type == "NORP" and any(
                child.lower_ in _QUANTIFIERS for child in source.lefts):
            # "a few Chinese, who called her ...", "many Americans say": some of a people,
            # named by the description, not the whole people
            return Speaker(self._display(source, mention), None, mention, True, {"type": "PERSON", "plural": True})
        if entity is not None:
            speaker = self._speaker(entity, mention)
            if entity.type in ("ORG", "NORP") and source.tag_ == "NNPS":
                written = _body_name_words(source)
                if len(written.split()) > len(speaker.name.split()) and written.endswith(" " + speaker.name):
                    speaker.name = written  # the NER cut a body's name short ("Liberal Democrats")
            if (entity.type in ("ORG", "NORP") or entity.type == "GPE" and country_key(entity.name) is None) \
                    and source.tag_ == "NNP" and (_job_apposition(source) or _job_before_full_name(source)):
                # "Ann Roe-Lind, a deputy of the Free Party, warned": a name the NER typed a body
                # with one person's title beside it is a person's (whom "she" may go on with);
                # a place too ("T.R. Ramachandran, bureau chief of the Tribune"), not a country
                # ("Britain, the current EU president"); so is a full name after a job word
                # ("embassy charge d'affaires Paul Jones said")
                speaker.extra["type"] = "PERSON"
                written = _name_words(source)
                if written.endswith(" " + speaker.name) and written.istitle():
                    speaker.name = written  # "Simon Upton", of which the NER typed "Upton" a place
            return speaker
        if (source.pos_ == "PROPN" or _mistagged_name(source)) and not _kind_read_as_name(source):
            name = _name_through_of(source)
            if self._cased and not_a_person(name):
                # "firefox said", "Email said": a product, a team or a button's label, no one
                return Speaker(self._display(source, mention), None, mention, False, {"type": "THING", "plural": plural})
            described = any(child.dep_ == "appos" and _job_word(child) for child in source.rights)
            # "Hugo Lind, European director for policy at X, said": a name with a job is a person's,
            # as is a full name after one ("Associate Minister of Trade Hugh Roe said")
            if described or _job_before_full_name(source):
                return Speaker(name, None, mention, False, {"type": "PERSON", "plural": plural})
            if " " not in name and _calls_itself_it(source):
                return Speaker(name, None, mention, False, {"type": "ORG", "plural": plural})
            return Speaker(name, None, mention, False, {"plural": plural})
        if source.pos_ == "NOUN" or _nominal_adjective(source) or _kind_read_as_name(source):
            person = self._described_with_noun(source) or self._kin_named_before(source) \
                if entity is None or entity.type != "PERSON" else None
            if person is not None:
                return self._speaker(person, mention)
            body = self._body_named_before(source)
            if isinstance(body, Speaker):
                return _named_here(body, mention, plural=False)
            if body is not None:
                # (kept a "THING" for the pronoun rules, as the description it was)
                return Speaker(clean_name(body.name), body.id, mention, False, {"type": "THING", "plural": False})
            salient = self._salient_antecedent(source)
            if salient is not None:
                return self._speaker(salient, mention)
            joint = self._people_named_together_before(source)
            if joint is not None:
                return _named_here(joint, mention)
            return Speaker(self._display(source, mention), None, mention, plural or _indefinite(source),
                           {"type": "THING", "plural": plural})
        if _counted(source):  # "those who said ..."
            return _group_part(source, mention)
        return None

    def _people_named_together_before(self, source: Token) -> Speaker | None:
        """"..., said Jonathan Wolpaw and Dennis McFarlane. // ..., the researchers said": "the"
        and a plural noun for people with nothing else is the people named together who spoke
        last, when no other plural speaker spoke since."""
        if source.tag_ != "NNS" or source.lemma_.lower() not in _PERSON_NOUNS \
                or [child.lower_ for child in source.children if child.dep_ != "punct"] != ["the"]:
            return None
        for said in reversed(self.history):
            if said.position >= source.idx:
                continue
            if len(said.speaker.extra.get("members", ())) >= 2:
                return said.speaker
            if said.speaker.extra.get("plural"):
                return None  # another group spoke since
        return None

    def _jointly(self, source: Token, speaker: Speaker | None) -> Speaker | None:
        """"The Ospreys and Scarlets say", "the United States, Israel and others have charged":
        a named holder coordinated with others speaks with them; the name covers them all
        ("Ospreys and Scarlets"), the entity stays the first one's and ``members`` lists the
        entities of all. (The conjuncts of the source itself only, inside its mention.)"""
        if speaker is None or speaker.anonymous or speaker.mention is None or _name_after_joined_roles(source):
            return speaker  # (not "chief and MP Walid Jumblatt": one person's two roles)
        mention = speaker.mention
        conjuncts: list[Token] = []
        stack = [source]
        while stack:
            for child in stack.pop().children:
                if child.dep_ == "conj" and mention.start <= child.idx < mention.end:
                    conjuncts.append(child)
                    stack.append(child)
        if not conjuncts or any(child.dep_ in ("appos", "relcl", "acl") and child.i < conjuncts[0].i
                                and self.doc[child.left_edge.i - 1].text != "(" and not _age(child)
                                for child in source.children):
            return speaker  # "Roe, also chairman of X, Y and Z": the conjuncts are the title's
            # (not "William, 24, and Harry, 22": an age is no title)
        last = max(conjuncts, key=lambda t: t.i)
        if not any(t.lower_ in ("and", "&") for t in self.doc[source.i + 1:last.i]):
            return speaker  # "his book, Lawless World, Ann Roe": no "and", an apposition; "X or Y"
        names, members = [speaker.name], [speaker.entity] if speaker.entity else []
        for token in sorted(conjuncts, key=lambda t: t.i):
            entity = self._entity_at(token)
            after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if entity is None and token.pos_ == "NOUN" and after is not None and after.ent_iob_ == "B" \
                    and after.i < source.head.i:
                entity = self._entity_at(after)  # "and accountants KPMG", "the lobby group Human Rights Watch"
            other = _other_first_name(token, entity) if entity is not None and token.pos_ == "PROPN" \
                and entity.type in ("PERSON", "ORG") else None
            if other is not None:
                names.append(other)  # "Munich Re and Swiss Re": not the first one twice
                continue
            if entity is not None:
                entity = self._canonical(entity)
                if entity.id in members:
                    continue
                members.append(entity.id)
                names.append(clean_name(entity.name))
            elif token.pos_ == "PROPN":
                names.append(_name_words(token))
            elif token.lower_ == "others" or token.lemma_.lower() in _HOLDER_NOUNS and (
                    token.tag_ == "NNS" or any(child.dep_ in ("det", "poss") for child in token.children)):
                names.append(_description(self.text[token.left_edge.idx:token.idx + len(token)]))
            else:
                return speaker  # "the party, which won votes but no seats": no holder
        if len(names) == 1:
            return speaker
        speaker.name = names[0] + " and " + names[1] if len(names) == 2 else \
            ", ".join(names[:-1]) + " and " + names[-1]
        if len(members) > 1:
            speaker.extra["members"] = members
        return speaker

    def _body_named_before(self, source: Token) -> Entity | Speaker | None:
        """"The Asian Development Bank said ... The bank said": "the" and a body's noun with
        nothing else is the one body named before whose name holds that noun; none when two
        do, nor for a party (most parties' names lack the word: "the party" after "Conservative
        party" and the "Lib Dems" was the Lib Dems). Else the body that spoke last (a
        ``Speaker``), see ``_body_spoke_last``."""
        if source.tag_ != "NN" and not _kind_read_as_name(source):
            return None
        lefts = [child for child in source.children if child.dep_ != "punct" and child.i < source.i]
        if not lefts or lefts[0].lower_ != "the" or any(
                child.dep_ not in ("amod", "compound") or not (child.is_lower or child.ent_type_ in ("GPE", "NORP"))
                for child in lefts[1:]):
            return None
        if len(lefts) > 1 or source.lower_ in _NAMELESS_BODIES or source.lemma_.lower() in FINDING_SOURCES:
            # "the national daily", "the human rights group", "the US newspaper" (words that say
            # which kind, not which name), "the paper" (a newspaper, if one was named)
            return self._body_described_before(source) or self._body_spoke_last(source) \
                or self._paper_that_reported(source)
        found = self._bodies_named_with(source.lower_, source.idx)
        if found:
            return found[0] if len(found) == 1 else None
        return self._body_described_before(source) or self._body_spoke_last(source) \
            or self._body_of_claimed_people(source) or self._paper_that_reported(source)

    def _paper_that_reported(self, source: Token) -> Entity | None:
        """"X, the Straits Times reported Monday. // Y told the newspaper ... // Z, the newspaper
        said": "the" and a newspaper's noun is the one body that "reported" as a subject before
        it in the article, when the article gave it no noun of another kind."""
        if _BODY_KINDS.get(source.lower_) != "paper":
            return None
        found: dict[str, Entity] = {}
        for start, end, entity in self._mentions[:bisect.bisect_left(self._mention_starts, source.idx)]:
            if entity.type != "ORG":
                continue
            named = self.doc.char_span(start, end, alignment_mode="expand")
            if named is not None and named.root.dep_ == "nsubj" and named.root.head.lemma_.lower() == "report":
                found[self._canonical(entity).id] = self._canonical(entity)
        if not found:
            # "“I read the New York Times article ...” // The US newspaper said ...": else the one
            # body the article gives a newspaper's work ("the Times article", "the Post's
            # reporter"), anywhere, inside quotation marks too
            for start, end, entity in self._mentions:
                named = self.doc.char_span(start, end, alignment_mode="expand") if entity.type == "ORG" else None
                if named is not None and named.root.dep_ in ("compound", "poss") \
                        and named.root.head.lemma_.lower() in _PAPER_WORKS and named.root.head.i > named.root.i:
                    found[self._canonical(entity).id] = self._canonical(entity)
        if len(found) != 1:
            return None
        (body,) = found.values()
        return None if any(k != "paper" for _, k, entity, _ in self._body_nouns if entity.id == body.id) else body

    def _body_of_claimed_people(self, source: Token) -> Entity | None:
        """"A representative of Acme was unable to travel, the group said", "Acme's chief
        executive will step down, the company said": a body's noun whose claim, before it, is
        about the people of one named body (the subject of what it says) is that body, when
        the body's own name gives it no other kind."""
        kind = _BODY_KINDS.get(source.lower_)
        cue = source.head
        if kind is None or source.dep_ != "nsubj" or source.i != self._source_at:
            return None
        claim = next((child for child in cue.children if child.dep_ == "ccomp" and child.i < source.i), None)
        subject = next((child for child in claim.children if child.dep_ in ("nsubj", "nsubjpass")), None) \
            if claim is not None else None
        if subject is None or subject.lemma_.lower() not in ROLE_HEADS | ANONYMOUS_HEADS:
            return None
        owners = [child for child in subject.children if child.dep_ == "poss"] + [
            grand for child in subject.children if child.dep_ == "prep" and child.lower_ in ("of", "for", "at")
            for grand in child.children if grand.dep_ == "pobj"]
        bodies = {entity.id: entity for entity in map(self._entity_at, owners)
                  if entity is not None and entity.type == "ORG"}
        if len(bodies) != 1:
            return None
        (body,) = bodies.values()
        named_kind = _BODY_KINDS.get((clean_name(body.name).lower().split() or [""])[-1])
        return body if named_kind in (None, kind) else None

    def _bodies_named_with(self, word: str, position: int) -> list[Entity]:
        """The bodies named before ``position`` whose names hold ``word`` ("bank": the Asian
        Development Bank), or its plural, as one of the names it was given ("airline": Delta,
        named "Delta Airlines")."""
        found: dict[str, Entity] = {}
        words = {word, word + "s"}
        for start, end, entity in self._mentions[:bisect.bisect_left(self._mention_starts, position)]:
            if entity.type == "ORG" and (word in clean_name(entity.name).lower().split()
                                         or not words.isdisjoint(self.text[start:end].lower().split())):
                found[self._canonical(entity).id] = self._canonical(entity)
        return list(found.values())

    def _text_named_with_noun(self, source: Token, mention: Span) -> Speaker | None:
        """"the Fed said in its latest Beige Book report ... The report added": "the" and a
        text's noun is the one name the article put before that same noun earlier ("Beige Book
        report"): a body's, or the text's own (a title the NER may type a work)."""
        lemma = source.lemma_.lower()
        if lemma not in _ISSUED_TEXTS and lemma not in FINDING_SOURCES \
                or [child.lower_ for child in source.lefts] != ["the"] or any(True for _ in source.rights):
            return None
        found: dict[str, Speaker] = {}
        for token in self.doc[:source.left_edge.i]:
            if token.lemma_.lower() != lemma or token.i in self.quoted:
                continue
            name = self.doc[token.i - 1] if token.i else None
            if name is None or name.dep_ != "compound" or name.head.i != token.i:
                continue
            words = self.doc[name.left_edge.i:token.i]
            if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words):
                continue
            entity = self._entity_at(name)
            if entity is not None:
                found[self._canonical(entity).id] = self._speaker(self._canonical(entity), mention)
            else:
                title = words.text
                found[title] = Speaker(title, None, mention, False, {"type": "THING", "plural": False})
        return next(iter(found.values())) if len(found) == 1 else None

    def _text_of_body_kind(self, source: Token) -> Entity | None:
        """"The World Bank cut its forecast ... a bank statement said": a text put out (or a
        work) named by the noun of a kind of body is the one body named before whose name holds
        that noun."""
        if source.lower_ not in _ISSUED_TEXTS and source.lemma_.lower() not in FINDING_SOURCES:
            return None
        lefts = [child for child in source.lefts if child.dep_ != "punct"]
        if len(lefts) != 2 or lefts[0].lower_ not in ("a", "an", "the") or lefts[1].dep_ != "compound" \
                or lefts[1].pos_ != "NOUN" or not lefts[1].is_lower or any(True for _ in source.rights):
            return None
        found = self._bodies_named_with(lefts[1].lower_, source.idx)
        return found[0] if len(found) == 1 else None

    def _body_spoke_last(self, source: Token) -> Speaker | None:
        """"Amnesty International said X. // “...,” the human rights group said": "the" and a
        noun of a kind of body is the named body that spoke last, in its paragraph or up to two
        before (a paragraph of quotation between), when no other body was named since outside
        what is said and the article gave it no noun of another kind ("the group" is no daily)."""
        kind = _BODY_KINDS.get(source.lower_)
        if kind is None or source.i != self._source_at:
            return None
        position = source.idx
        # (not "the statement" the body just put out: "“...,” the group said in a statement.
        # “...,” reads the statement. // The group ...")
        last = self._statement_before(position, lambda said: not _the_text(said.speaker))
        if last is None:
            return None
        named = last.speaker.mention
        paragraph = self.paragraph_of(named.start) if named is not None and named.end > named.start else last.paragraph
        if self.paragraph_of(position) - paragraph > 2:
            return None
        led = self._party_led_by(last.speaker) if kind == "party" else None
        body = led or self._body_of(last.speaker)
        if body is None or any(k != kind for _, k, entity, _ in self._body_nouns if entity.id == body.id):
            return None
        named_kind = _BODY_KINDS.get((clean_name(body.name).lower().split() or [""])[-1])
        if named_kind is not None and named_kind != kind:
            return None  # "the Acme Group" is no "company"
        if any(not self.text[self._paragraph_starts[between]:].lstrip().startswith(('"', "\u201c"))
               for between in range(paragraph + 1, self.paragraph_of(position))):
            return None  # a paragraph between that is not all quotation may be about another body
        start = last.speaker.mention.end if last.speaker.mention is not None else last.position
        sentence = source.sent.start_char
        for m_start, m_end, entity in self._mentions[bisect.bisect_left(self._mention_starts, start):
                                                     bisect.bisect_left(self._mention_starts, position)]:
            if self._canonical(entity).id == body.id or m_start >= sentence and self._reported_at(m_start):
                continue  # (what the source's own sentence reports, "“...,” the group said")
            named = self.doc.char_span(m_start, m_end, alignment_mode="expand")
            if entity.type == "ORG" or entity.type == "PERSON" and named is not None \
                    and named.root.dep_ in ("nsubj", "nsubjpass") and not self._reported_at(m_start):
                # another body named since, even in what the last one said ("SITE said ISIS
                # fans were celebrating ... in which the terrorist group urged"), or a person
                # a sentence since is about
                return None
        if led is not None:
            # the party as its leader's title wrote it ("Liberal Democrat", where the NER's name
            # may be cut short)
            written = self._party_words(self._party_title(last.speaker))
            return Speaker(written or clean_name(body.name), body.id, last.speaker.mention, False,
                           {"type": "ORG", "plural": False})
        if _spokesperson(last.speaker):
            return self._speaker(body, last.speaker.mention)  # the body a spokesman spoke for
        # (a description, "The Iraqi branch of Al-Qaeda", as it was named, with the body it names)
        return _named_here(last.speaker, last.speaker.mention, body=body.id)

    def _party_led_by(self, speaker: Speaker) -> Entity | None:
        """"Students can decide X, Liberal Democrat leader Charles Kennedy has claimed. // The
        party says ...": the party a person was named as leading, by its name before the title."""
        if speaker.extra.get("type") != "PERSON" or speaker.mention is None or speaker.entity is None:
            return None
        title = self._party_title(speaker)
        if title is None:
            return None
        parties = {entity.id: entity for entity in self._entities_between(speaker.mention.start, title.idx)
                   if entity.type in ("ORG", "NORP") and country_key(entity.name) is None}
        return next(iter(parties.values())) if len(parties) == 1 else None

    def _party_title(self, speaker: Speaker) -> Token | None:
        """The word of a party's head in a speaker's mention ("leader" of "Liberal Democrat leader X")."""
        span = self.doc.char_span(speaker.mention.start, speaker.mention.end, alignment_mode="expand")
        return next((token for token in span if token.lower_ in _PARTY_HEADS), None) if span is not None else None

    def _party_words(self, title: Token) -> str:
        """The capitalised words before a leader's title ("Liberal Democrat leader X")."""
        words = []
        for token in reversed(self.doc[max(0, title.i - 4):title.i]):
            if not token.is_title or token.pos_ not in ("PROPN", "ADJ"):
                break  # (the NER may leave out a word: "Liberal" of "Liberal Democrat")
            words.insert(0, token.text)
        return " ".join(words)

    def _acronym_under(self, owner: Entity) -> Entity | None:
        """The one body the article names by capitals that start with an owner's acronym and go
        on ("UNHCR", "UNICEF" under "UN")."""
        initials = "".join(word for word in owner.name.split() if word.isupper()) or "".join(
            word[0] for word in owner.name.split() if word[:1].isupper())
        if len(initials) < 2:
            return None
        found = {entity.id: entity for _, _, entity in self._mentions if entity.type == "ORG" and entity.id != owner.id
                 and any(m.text.isupper() and m.text.startswith(initials) and len(m.text) > len(initials)
                         for m in entity.mentions)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _body_of(self, speaker: Speaker) -> Entity | None:
        """The body a speaker is: its entity when a body's; for a description headed by a
        body's noun, the one body named in it ("The Iraqi branch of Al-Qaeda"), and for its
        spokesman, the body spoken for ("a spokesman for UKIP")."""
        if speaker.extra.get("body"):
            return next((entity for _, _, entity in self._mentions if entity.id == speaker.extra["body"]), None)
        if speaker.entity is not None:
            return next((entity for _, _, entity in self._mentions if entity.id == speaker.entity
                         and entity.type == "ORG"), None)
        if speaker.extra.get("plural") or speaker.mention is None:
            return None
        span = self.doc.char_span(speaker.mention.start, speaker.mention.end, alignment_mode="expand")
        if span is None or span.root.lower_ not in ORG_WORDS | _BRANCHES and not _spokesperson(speaker):
            return None
        bodies = {entity.id: entity for entity in self._entities_between(speaker.mention.start, speaker.mention.end)
                  if entity.type == "ORG"}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    @cached_property
    def _body_nouns(self) -> list[tuple[int, str, Entity, str | None]]:
        """Where the article puts a noun of its kind beside a body's name, in text order:
        (start, noun kind, body, the noun's own compound) for "the LUSA news agency" (with
        "news"), "daily ABC", "Acme, a firm"."""
        found = []
        for start, end, entity in self._mentions:
            if entity.type != "ORG":
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            nouns = [child for child in root.children if child.dep_ == "appos" and child.i > root.i]
            nouns += [child for child in root.lefts if child.dep_ in ("compound", "amod") and child.i < span.start]
            if root.dep_ == "compound" and root.head.i > root.i:
                nouns.append(root.head)  # "the LUSA news agency"
            if root.dep_ == "appos" and root.head.i == span.start - 1:
                nouns.append(root.head)  # "the software company Acme Systems" (the name read as its apposition)
            for noun in nouns:
                kind = _BODY_KINDS.get(noun.lower_)
                if kind is not None:
                    found.append((start, kind, entity, _kind_compound(noun)))
        return found

    def _body_described_before(self, source: Token) -> Entity | None:
        """"The LUSA news agency said ... the agency said", "Spanish daily ABC accuses ... the
        paper says": the one body the article named before with a noun of the same kind beside
        its name, when no other body was named since."""
        kind = _BODY_KINDS.get(source.lower_)
        if kind is None:
            return None
        # ("the aid agency" is not "the Reuters news agency": a compound of each that differs)
        compound = _kind_compound(source) if source.lower_ not in _TRADE_KINDS else None
        described = {entity.id: (start, entity) for start, k, entity, own in self._body_nouns
                     if k == kind and start < source.idx and (compound is None or own in (None, compound))}
        if len(described) != 1:
            return None
        ((body_id, _),) = described.items()
        sentence = source.sent.start_char
        for start, _, entity in reversed(self._mentions[:bisect.bisect_left(self._mention_starts, source.idx)]):
            if start >= sentence and self._reported_at(start):
                continue  # (what the source's own sentence reports: "“X is designed to ...,” said the firm")
            if entity.type == "ORG":
                return entity if entity.id == body_id else None
        return None

    def _epithet_person(self, source: Token) -> Entity | None:
        """"Safin said he was trying to keep his temper. The Russian hit himself ...": one of a
        people written for a person is the one person named in the sentence before (or
        earlier in its own) as a subject, unless the article gives them another nationality."""
        sentence = source.sent
        start = self.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
        found = {self._canonical(e).id: self._canonical(e) for e in self._entities_between(start, source.idx)
                 if e.type == "PERSON"}
        if len(found) != 1:
            return None
        (person,) = found.values()
        subjects = [m for e in self._persons if self._canonical(e).id == person.id for m in e.mentions
                    if start <= m.start < source.idx]
        if not any((token := _token_at(self.doc, m.end - 1)) is not None and token.dep_ in ("nsubj", "nsubjpass")
                   for m in subjects):
            return None  # "he battled past Ann Roe. The Russian ...": no object of the sentence before
        return person if self._nationality_fits(person.id, source) else None

    def _nationality_fits(self, person_id: str, source: Token) -> bool:
        """Whether the people an epithet names ("the Russian", "the Dutchman") is not another
        than the one the article gives the person."""
        wanted = country_key(_demonym_stem(source)) if _demonym_noun(source) else country_key(source.text)
        theirs = {w for w in self._descriptors[person_id] if not _a_title(w) and not w.startswith("@")}
        return wanted is None or not theirs or wanted in theirs

    def _person_closing(self, source: Token, mention: Span) -> Entity | None:
        """"Association of Chief Police Officers president Chris Fox said", "Lord of the Rings
        director Ann Roe said": a body's or a work's name in capitals, a job word and a
        person's name, one phrase the parse headed by the first word of the body's name. The
        person closing the phrase is who spoke, never a "speaker" named by that first word.
        (The job word must follow a word of the name, not "of" or "for": "the wife of
        president Tom Roe" is his wife.)"""
        if not source.text[:1].isupper() or source.ent_type_ == "PERSON":
            return None
        doc = source.doc
        last = _token_at(doc, mention.end - 1)
        if last is None or last.i <= source.i + 2 or source not in last.ancestors:
            return None
        person = next((e for e in self._entities_between(last.idx, last.idx + len(last)) if e.type == "PERSON"), None)
        named = next((m for m in person.mentions if m.start <= last.idx < m.end), None) if person else None
        if named is None or named.end != mention.end:
            return None
        first = _token_at(doc, named.start)
        job, before = doc[first.i - 1], doc[first.i - 2]
        if before.i < source.i or not (_job_word(job) or job.tag_ == "NN" and job.dep_ == "compound"
                                        and job.is_lower):
            return None
        while before.i > source.i and before.is_lower and (_job_word(before) or before.lower_ in HEAD_PREFIXES):
            before = doc[before.i - 1]  # "... Aviation chief executive Peter Roe": a job of two words
        # (a body's name in small letters after its first word, "Commission for racial equality
        # chief Ann Roe", as well; never a word like "of" or "for": "the wife of president Roe")
        if not before.is_alpha or before.lower_ in _DETERMINERS or before.is_stop \
                or not before.text[:1].isupper() and not _name_in_small_letters(source, before):
            return None
        return self._canonical(person)

    def _branch(self, source: Token, place: Entity, mention: Span) -> Speaker | None:
        """"According to Amazon Germany": a place closing a name that another name opens is a
        body's branch there, the body speaking, never the place."""
        names = [left for left in source.lefts if left.dep_ == "compound" and left.pos_ == "PROPN"
                 and left.i < source.i and self._entity_at(left) is not place
                 and country_key(left.text) is None and not is_role_word(left)]
        if not names or country_key(place.name) is None and _job_before_full_name(source):
            return None  # ("Associate Minister of Trade Simon Upton": a person's name after a job)
        body = next((e for e in (self._entity_at(left) for left in names) if e is not None and e.type == "ORG"), None)
        name = clean_name(" ".join(t.text for t in self.doc[names[0].i:source.i + 1]))
        return Speaker(name, body.id if body is not None else None, mention, False, {"type": "ORG"})

    def _display(self, source: Token, mention: Span) -> str:
        """The name of an unnamed source: its mention without what the writer adds about it,
        a relative clause after it ("The Sun, which cited police sources", "the official, who
        refused to be named"), a participle set off by a comma ("officials, speaking on
        condition of anonymity") or the day of the saying ("the leader of the party's MPs
        Friday", "a poll released Wednesday"). A participle with no comma stays: it says which
        one ("a lawyer representing the pair"). The mention keeps every word."""
        end = mention.end
        for child in source.rights:
            parenthetical = child.dep_ == "acl" and child.left_edge.i > 0 and self.doc[child.left_edge.i - 1].text == ","
            if (child.dep_ == "relcl" or parenthetical) and mention.start < child.left_edge.idx < end:
                end = child.left_edge.idx
        dated = False
        # Only the words before ``end`` count: walk back from the last of them, not from the
        # end of the article (offsets rise with the index, so they are a run after the source).
        last = source.i + 1
        while last < len(self.doc) and self.doc[last].idx < end:
            last += 1
        for token in reversed(self.doc[source.i + 1:last]):
            if token.text == ")" and "(" in self.text[mention.start:token.idx]:
                break  # "an official of the Ministry of Health (MOH)": the bracket closes a part
            if token.ent_type_ in ("DATE", "TIME") and token.lower_ in _DAY_WORDS or token.is_punct or token.is_space:
                end, dated = token.idx, dated or not (token.is_punct or token.is_space)
                continue
            if dated and (token.pos_ == "ADP" or token.tag_ in ("VBN", "VBG")):
                end = token.idx  # "a poll released [Wednesday]", "results announced [in the afternoon]"
                continue
            break
        name = self.text[mention.start:end].rstrip(" ,;:-\u2013\u2014")
        return _description(name if name.strip() else mention.text)

    def _titled_person(self, source: Token) -> Entity | None:
        """The person a job title in capitals introduces, when the parse made a word of the
        title the source: "Harbor Events Co-Owner and Lead Planner Maya Lind", "Lakeside
        Director of Events Sam Reyes" name Maya Lind and Sam Reyes, never a person called
        "... Co-Owner". Only capitalised words of the title, its body's name and "and",
        "&", "of" or a hyphen may stand between the source and the name."""
        doc = source.doc
        if not source.text[:1].isupper():
            return None
        titled = is_role_word(source)
        for token in doc[source.i + 1:min(len(doc), source.i + _MAX_TITLE_TOKENS)]:
            entity = self._entity_at(token)
            if entity is not None and entity.type == "PERSON":
                return entity if titled else None
            if token.text[:1].isupper() and token.is_alpha:
                titled = titled or is_role_word(token)
            elif token.lower_ not in _TITLE_JOINERS:
                return None
        return None

    def _speaker(self, entity: Entity, mention: Span) -> Speaker:
        return Speaker(clean_name(entity.name), entity.id, mention, False, {"type": entity.type})

    def _same_source(self, source: Token) -> Speaker | None:
        """"the source" after "a source close to X": that same unnamed source."""
        if _indefinite(source):
            return None
        for said in reversed(self.history):
            mention = said.speaker.mention
            if said.speaker.anonymous and mention is not None and \
                    mention.text.lower().split()[1:2] == [source.lower_]:
                return said.speaker
        return None

    def _entity_at(self, token: Token) -> Entity | None:
        """The entity with a mention covering ``token`` (PERSON first)."""
        found = self._entities_between(token.idx, token.idx + len(token))
        persons = [e for e in found if e.type == "PERSON"]
        return (persons or found or [None])[0]

    def _entity_within(self, span: Span, types: frozenset[str]) -> Entity | None:
        found = [e for e in self._entities_between(span.start, span.end) if e.type in types]
        return found[-1] if found else None

    def _entities_between(self, start: int, end: int) -> list[Entity]:
        index = bisect.bisect_right(self._mention_starts, end)
        found = []
        for m_start, m_end, entity in self._mentions[max(0, index - 40):index]:
            if m_start < end and m_end > start:
                found.append(entity)
        return found

    def _person_named(self, name: str) -> Entity | None:
        """The PERSON entity whose surname is this one-word name (the NER's "Trump" ORG)."""
        words = clean_name(name).split()
        if len(words) != 1:
            return None
        for person in self._persons:
            if clean_name(person.name).split()[-1:] == words:
                return self._canonical(person)
        return None

    def _name_closing(self, mention: Span, source: Token | None = None) -> Entity | None:
        """"Former deputy prosecutor at the tribunal at The Hague, Graham Blewitt, said": a
        job whose phrase closes on a person's name set off by a comma is that person's (the
        parse may hang the name on the last noun of the job's phrase, not on the job).
        Given the job's head, also a full name with no comma ("Shadow spokesman for sport
        Hugh Robertson said", "coordinator for Oxfam International Ann Roe said") where the
        job's "for"/"of" phrase runs on into the name after a word that describes no one (not
        "a spokesman for Senator Ann Roe", "a friend of actor Tom Roe": theirs)."""
        end = mention.start + len(mention.text.rstrip(" ,"))
        first = bisect.bisect_left(self._mention_starts, mention.start)
        for start, m_end, entity in self._mentions[first:bisect.bisect_left(self._mention_starts, end)]:
            if entity.type != "PERSON" or m_end != end:
                continue
            if self.text[mention.start:start].rstrip().endswith(","):
                return self._canonical(entity)
            name = _token_at(self.doc, start)
            if source is not None and name is not None and _runs_on_into_name(source, name, m_end):
                return self._canonical(entity)
        return None

    def _capitalised_surname(self, source: Token) -> Entity | None:
        """"..., said He." after "said He Ningsheng, an official": a pronoun's form written
        with a capital after a word of its sentence (where the pronoun would be "said he")
        is a family name (He, She), that of the person whose name holds it as a word."""
        if source.text not in _PRONOUN_SURNAMES or source.is_sent_start or source.i == 0 \
                or not self.doc[source.i - 1].is_alpha:
            return None
        for person in self._persons:
            if source.text in clean_name(person.name).split():
                return self._canonical(person)
        return None

    def _surname_of(self, entity: Entity) -> Entity | None:
        """"Foreign Minister Khurshid Mahmood Kasuri ... Kasuri said": a one-word name of
        another type whose mention goes on a PERSON's mention, one space after it, is the
        end of that person's name the NER cut off (a town's name, here), whoever says it."""
        if " " in clean_name(entity.name) or entity.type == "NORP":
            return None  # (not "the Donald Trump Republicans": a people's name after a person's)
        for mention in entity.mentions:
            before = self.text[max(0, mention.start - 1):mention.start]
            if before != " ":
                continue
            for other in self._entities_between(mention.start - 2, mention.start - 1):
                if other.type == "PERSON" and any(m.end == mention.start - 1 for m in other.mentions):
                    return self._canonical(other)
        return None

    def _not_the_relative(self, source: Token, entity: Entity) -> Entity:
        """"Ann Roe, the daughter of Tom Roe, ... Roe said": a surname alone goes to the
        person of that surname the article names for themselves, not to one whose full name
        it gives only to say whose child, spouse or parent someone is ("the son of X", "X's
        widow")."""
        words = clean_name(entity.name).split()
        if len(words) < 2 or source.text != words[-1]:
            return entity
        if not self._only_as_kin(entity):
            return entity
        for other in self._persons:
            other_words = clean_name(other.name).split()
            if other is not entity and len(other_words) > 1 and other_words[-1] == words[-1] \
                    and other.mentions and other.mentions[0].start < source.idx \
                    and not self._only_as_kin(other):
                return other
        return entity

    def _only_as_kin(self, entity: Entity) -> bool:
        """All the mentions of the full name stand for whose relative someone is."""
        full = [m for m in entity.mentions if " " in self.text[m.start:m.end].strip()]
        if not full:
            return False
        for m in full:
            name = _token_at(self.doc, m.end - 1)
            if name is None:
                return False
            if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in _KIN:
                continue
            if name.dep_ == "poss" and name.head.lower_ in _KIN:
                continue
            return False
        return True

    def _canonical(self, entity: Entity) -> Entity:
        """The article's fullest PERSON entity ending with this one's surname."""
        words = clean_name(entity.name).split()
        if not words:
            return entity
        surname = words[-1].lower()
        if len(words) == 1 and any(other.id != entity.id and clean_name(other.name) == clean_name(entity.name)
                                   for other in self._persons):
            return entity  # two people the entities kept apart ("Mr Howard", "Mrs Howard"): neither is sure
        gender = self._honorific_gender(entity)
        best = entity
        for other in self._persons:
            other_words = clean_name(other.name).split()
            if other_words and other_words[-1].lower() == surname and len(other_words) > len(
                    clean_name(best.name).split()) and set(w.lower() for w in words) <= set(
                    w.lower() for w in other_words) and self._honorific_gender(other) in (None, gender):
                best = other  # (not "Mrs Roe" to "Tom Roe", who is "Mr Roe")
        return best

    def _honorific_gender(self, entity: Entity) -> str | None:
        """"f" or "m" when the honorifics before a person's mentions ("Mrs", "Mr") agree on one;
        read once per entity (_canonical asks at every name)."""
        if entity.id not in self._honorifics:
            found = set()
            for mention in entity.mentions:
                before = self.text[max(0, mention.start - 6):mention.start].split()
                found.add(honorific_gender(before[-1]) if before else None)
            found.discard(None)
            self._honorifics[entity.id] = found.pop() if len(found) == 1 else None
        return self._honorifics[entity.id]

    # -- roles ----------------------------------------------------------------------------

    @cached_property
    def _countries_beside(self) -> dict[str, set[str]]:
        """The countries (gazetteer codes) the words beside each person's names give ("Kuwaiti
        Energy Minister X": KW), by the person's canonical entity, for ruling out a description
        of another country's holder."""
        found: dict[str, set[str]] = {}
        for entity in self._persons:
            codes: set[str] = set()
            for mention in entity.mentions:
                beside = self._beside(mention)
                if beside is not None:
                    _, modifiers, appositions = beside
                    # (the words before the name and before an apposition's head: not a body's
                    # name after it, "spokesman for the Taiwan Affairs Office")
                    words = [t.text for t in modifiers] + [t.text for a in appositions for t in a.lefts]
                    codes |= _countries_named(words)
            found.setdefault(self._canonical(entity).id, set()).update(codes)
        return found

    def _describe(self, entity: Entity) -> set[str]:
        """Title and nationality words the article puts next to a person's names."""
        words: set[str] = set()
        for role in entity.roles:
            words.update(_role_words(role.split()))
            words.update(_portfolios(role.split()))
        for mention in entity.mentions:
            beside = self._beside(mention)
            if beside is None:
                continue
            span, modifiers, appositions = beside
            described = modifiers + [token for apposition in appositions for token in apposition.subtree]
            if span.root.dep_ == "appos":
                described.extend(t for t in span.root.head.subtree if t.i < span.start)
            words.update(_role_words([t.text for t in described]))
            words.update(_portfolios([t.text for t in described]))
            words.update(_bodies(described))
        return words

    def _topic_not_named_aside(self, source: Token, linked: Entity) -> Entity | None:
        """"Baker, who was named the envoy of Secretary General Kofi Annan, made few
        predictions. [...] the former US secretary of state said": a description no one in
        the article holds goes back to the person the sentence before is about (its
        subject), not to one the entities linked it to because they were named last, in a
        clause on the side."""
        sentence = source.sent
        if sentence.start == 0:
            return None
        before = self.doc[sentence.start - 1].sent
        subject = next((child for child in before.root.children if child.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        topic = self._entity_at(subject)
        if topic is None or topic.type != "PERSON" or self._canonical(topic).id == self._canonical(linked).id:
            return None
        linked_id = self._canonical(linked).id
        for entity in self._persons:
            if self._canonical(entity).id != linked_id:
                continue
            for named in entity.mentions:
                if not before.start_char <= named.start < before.end_char:
                    continue
                token = self.doc.char_span(named.start, named.end, alignment_mode="expand")
                if token is not None and any(ancestor.dep_ in ("relcl", "acl") for ancestor in token.root.ancestors):
                    return self._canonical(topic)
        return None

    @cached_property
    def _person_nouns(self) -> dict[str, dict[str, int]]:
        """The nouns the article puts beside each person's name, by lemma: the apposition
        ("Tom Roe, abbot of the temple", "Roe, the coach") and the title before it
        ("club captain Tom Roe"), to the ids of the people so described and where first."""
        nouns: dict[str, dict[str, int]] = {}
        for entity in self._persons:
            holder = self._canonical(entity).id
            for named in entity.mentions:
                span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
                if span is None:
                    continue
                root = span.root
                found = [child for child in root.children if child.dep_ == "appos" and child.i > root.i]
                # the title before the name, or before the first of two ("hosts Ann Roe and Tom Lind")
                for name in (root, root.head) if root.dep_ == "conj" else (root,):
                    found += [t for t in self.doc[max(0, name.i - 4):name.i] if t.head.i == name.i
                              and t.dep_ == "compound" and t.pos_ == "NOUN"]
                if root.dep_ == "appos" and root.head.i < root.i:
                    found.append(root.head)
                for noun in found:
                    if noun.pos_ == "NOUN" and noun.tag_ in ("NN", "NNS"):
                        first = nouns.setdefault(noun.lemma_.lower(), {})
                        first[holder] = min(first.get(holder, named.start), named.start)
        return nouns

    def _described_with_noun(self, source: Token) -> Entity | None:
        """"Tom Roe, abbot of the temple, said ... The senior abbot said": "the" and a noun
        the article put beside one person's name (in apposition, or as the title before it)
        is that person, named so before. Not when it put the noun beside two people, nor when a capitalised
        word of the description (a country, a body) is not one it gave that person."""
        lefts = _definite_person_noun(source)
        if lefts is None or source.lemma_.lower() in ANONYMOUS_HEADS:
            return None  # nor a noun that says nothing of whom ("the aide")
        holders = self._person_nouns.get(source.lemma_.lower(), {})
        if not holders:
            return self._last_speaker_described(source, lefts)
        if all(first > source.idx for first in holders.values()):
            return None  # "the executive says ... said Tom Roe, a senior executive": not yet named
        # (one named so later, "Australia coach Eddie Jones", is not whom it means yet)
        holders = {holder: first for holder, first in holders.items() if first < source.idx}
        if len(holders) != 1:
            return None
        ((holder_id, first),) = holders.items()
        paragraph = self.paragraph_of(source.idx)
        for start, end, entity in reversed(self._mentions[:bisect.bisect_left(self._mention_starts, source.idx)]):
            if self.paragraph_of(start) != paragraph:
                break
            if entity.type != "PERSON" or self._canonical(entity).id == holder_id or self._reported_at(start):
                continue
            named = self.doc.char_span(start, end, alignment_mode="expand")
            if named is not None and named.root.dep_ in ("nsubj", "nsubjpass"):
                # "star Ann Roe opened up about ... The actress explained": another person the
                # paragraph is about may be whom the noun describes
                return None
        holder = next(e for e in self._persons if e.id == holder_id)
        return holder if self._modifiers_fit(holder_id, lefts) else None

    def _kin_named_before(self, source: Token) -> Entity | None:
        """"... left it to his wife Lonnie to speak. // “...,” his wife said": "his" or "her" and
        a noun of kin is the one person the article named before with that noun beside the name."""
        lemma = source.lemma_.lower()
        lefts = [child for child in source.children if child.i < source.i and child.dep_ != "punct"]
        if lemma not in _KIN or source.tag_ != "NN" or not lefts or lefts[0].lower_ not in ("his", "her") \
                or any(child.dep_ != "amod" for child in lefts[1:]) or any(True for _ in source.rights):
            return None
        holders = {holder for holder, first in self._person_nouns.get(lemma, {}).items() if first < source.idx}
        if len(holders) != 1:
            return None
        (holder_id,) = holders
        return next(e for e in self._persons if e.id == holder_id)

    def _modifiers_fit(self, holder_id: str, lefts: list[Token]) -> bool:
        """Whether each capitalised word before a description's noun (a country, a body) is
        one the article gave the person ("the Dutch coach" is no coach it gave no country)."""
        have = set().union(*(self._descriptors[e.id] for e in self._persons
                             if self._canonical(e).id == holder_id))
        return all(not word.text[:1].isupper() or country_key(word.lower_) in have or "@" + word.lower_ in have
                   for word in lefts[1:])

    def _member_of_named_body(self, source: Token) -> Entity | None:
        """"Tom Roe, deputy manager of the Acme Corporation (ACME), said ... according to the
        ACME official": "the" and a body's name before an unnamed source's noun is the one person
        named before whom the article described with that body."""
        lefts = _definite_person_noun(source)
        if lefts is None:
            return None
        bodies = {"@" + word.lower_ for word in lefts[1:] if word.text[:1].isupper() and country_key(word.lower_) is None}
        if not bodies:
            return None
        members = {self._canonical(entity).id: self._canonical(entity) for entity in self._persons
                   if bodies <= self._descriptors[entity.id] and entity.mentions
                   and entity.mentions[0].start < source.idx}
        return next(iter(members.values())) if len(members) == 1 else None

    def _last_speaker_described(self, source: Token, lefts: list[Token]) -> Entity | None:
        """"Chief Supt. Ann Roe said ... // X was arrested, the officer said": "the" and a
        person's noun the article put beside no one's name is the person who spoke last, in its
        paragraph or the one before, when no other person was named since."""
        if source.lemma_.lower() not in _PERSON_NOUNS or source.lemma_.lower() in GENDERED_NOUNS:
            return None  # "the woman", "the actress": more often someone else, who has no name
        position = source.idx
        last = self._statement_before(position)
        if last is None or last.speaker.entity is None or self.paragraph_of(position) - last.paragraph > 1:
            return None
        holder = next((e for e in self._persons if e.id == last.speaker.entity), None)
        if holder is None:
            return None
        holder_id = self._canonical(holder).id
        if holder_id in self._claim_named:
            return None  # "But the chancellor said Mr Baume was never at meetings": not Baume
        sentence = source.sent.start_char
        if any(entity.type == "PERSON" and self._canonical(entity).id != holder_id and start < sentence
               and not self._reported_at(start)
               for start, _, entity in self._mentions[bisect.bisect_left(self._mention_starts, last.position):
                                                       bisect.bisect_left(self._mention_starts, position)]):
            return None  # (a person named in what is said, its own or the last, is no other speaker)
        titled = any(_a_title(word) for entity in self._persons if self._canonical(entity).id == holder_id
                     for word in self._descriptors[entity.id])
        if source.lemma_.lower() in _GENERIC_OFFICES:
            if not titled:
                return None  # "the official" after one the article gave no office: another person
        elif source.lemma_.lower() in TITLES and titled:
            return None  # "Opposition leader Ann Roe said ... the chancellor said": another office
        return self._canonical(holder) if self._modifiers_fit(holder_id, lefts) else None

    def _salient_antecedent(self, source: Token) -> Entity | None:
        """A definite description no rule named ("The Tory leader", "the paper", "The
        67-year-old", "the charity's director") stands for the most salient person or body of
        its kind just before it: the subjects of the last sentences and their possessors
        ("The BBC's flagship programme ..."), the nearer first. Passed over: a candidate the
        article gave another title, calling or gender ("Chancellor Gordon Brown" for "the
        prime minister"), a paper or an agency that never spoke, a news source ("Reuters
        reported") for "the firm", and for one of a body's people ("the charity's director")
        anyone but the last speaker; a person's person ("The victim's lawyer") is no one
        named. Institutions named by their kind ("the police", "the government") and
        documents stay as written."""
        kind = _description_kind(source)
        if kind is None:
            return None
        owner = next((t for t in source.lefts if t.dep_ == "poss"), None)
        if owner is not None and owner.lower_ not in _BODY_KIND_NOUNS and owner.ent_type_ != "ORG":
            return None
        last_speaker = self.history[-1].speaker.entity if self.history else None
        spoke = {said.speaker.entity for said in self.history if said.speaker.entity}
        # the starts of the description's sentence and of the SALIENT_SENTENCES before it,
        # nearest first: a candidate's distance is the index of the first start before it
        starts = [source.sent.start]
        while len(starts) <= SALIENT_SENTENCES and starts[-1] > 0:
            starts.append(self.doc[starts[-1] - 1].sent.start)
        if self._described_unnamed_before(source, self.doc[starts[-1]].i):
            return None
        passed: dict[str, bool] = {}  # entity id -> passed over (decided once per entity)
        best: tuple[float, int, Entity] | None = None
        low = bisect.bisect_left(self._mention_starts, self.doc[starts[-1]].idx)
        for mention_start, mention_end, entity in itertools.islice(self._mentions, low, None):
            if mention_start >= source.left_edge.idx:
                break
            if (entity.type == "PERSON") != (kind == "person") or kind != "person" and entity.type != "ORG":
                continue
            span = self.doc.char_span(mention_start, mention_end, alignment_mode="expand")
            if span is None or span.root.i in self.quoted:
                continue
            entity = self._canonical(entity)
            if entity.id not in passed:
                passed[entity.id] = (entity.id in self._claim_named
                                     or kind == "media" and entity.id not in spoke
                                     or owner is not None and entity.id != last_speaker
                                     or kind == "person" and self._holds_other_title(entity, source))
            root = span.root
            if passed[entity.id] or kind == "body" and root.dep_ == "nsubj" and root.head.lemma_ in _NEWS_VERBS:
                continue
            distance = next(back for back, start in enumerate(starts) if start <= root.i)
            score = (2.0 if _in_subject(root) or entity.id in spoke else 1.0) - SALIENT_DISTANCE_COST * distance
            if best is None or (score, mention_start) > (best[0], best[1]):
                best = (score, mention_start, entity)
        return best[2] if best else None

    def _described_unnamed_before(self, source: Token, start: int) -> bool:
        """"an official of the union that represents the airline's pilots ... the union said":
        the description's noun, brought in before (from ``start``) for a body or person the
        text does not name (indefinite, or told apart by a relative clause of its own; no
        name's apposition or predicate), is that one again."""
        lemma = source.lemma_.lower()
        return any(token.lemma_.lower() == lemma and token.pos_ == "NOUN" and not token.ent_type_
                   and token.dep_ not in ("appos", "attr", "compound") and token.i not in self.quoted
                   and not any(child.dep_ == "appos" for child in token.children)
                   and (_indefinite(token) or any(child.dep_ == "relcl" and self.doc[child.left_edge.i - 1].text != ","
                                                  for child in token.rights))
                   for token in self.doc[start:source.left_edge.i])

    def _holds_other_title(self, entity: Entity, source: Token) -> bool:
        """Whether the article gives ``entity`` a title and none is the description's
        ("Chancellor Gordon Brown" is not "the prime minister")."""
        head = source.lower_
        gender = GENDERED_NOUNS.get(head)
        if gender is not None and self._genders.get(entity.id) not in (None, gender):
            return True  # "The actress" is not Tom Roe
        if not _role_noun(head):
            return False
        titles = {word for word in self._describe(entity) if _role_noun(word)}
        for said in self.history:
            if said.speaker.entity == entity.id and said.speaker.mention is not None:
                titles.update(w.lower() for w in said.speaker.mention.text.split() if _role_noun(w.lower()))
        wanted = {head} | {t.lower_ for t in source.lefts if t.lower_ in HEADS}
        if head in _MONARCHS:
            wanted |= _MONARCHS  # "the monarch" is the queen the article named
        return bool(titles) and not titles & wanted

    def _official_spoke_last(self, source: Token) -> Entity | None:
        """"Tom Roe, deputy director of the planning department, said X. // Y, the official
        said": "the official" (or "official", wire copy dropping the article), a word for
        anyone in office, is the person who spoke last when the article gave that one an office
        (see ``_last_speaker_described``); "a senior official" or "the ministry official"
        stay unnamed sources."""
        if source.lemma_.lower() not in _GENERIC_OFFICES:
            return None
        lefts = _definite_person_noun(source, bare=True)
        if lefts is None or len(lefts) > 1:
            return None
        return self._last_speaker_described(source, lefts)

    def _role_holder(self, source: Token, mention: Span) -> Entity | None:
        wanted = _role_words(mention.text.split())
        titles = {w for w in wanted if _a_title(w)}
        nations = wanted - titles
        if not titles and not nations:
            return None
        qualified = _qualified_head(mention.text.split())
        scores: Counter[str] = Counter()
        holders: dict[str, Entity] = {}
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        bodies = _bodies(span) if span is not None else set()
        offices = _portfolios(mention.text.split())
        for entity in self._persons:
            have = self._descriptors[entity.id]
            if nations and not nations <= have:
                continue
            if not self._countries_fit(mention, entity):
                continue  # "Algeria's energy minister" is not "Kuwaiti Energy Minister X"
            if any(office not in have and any(_same_title(office, other) for other in have)
                   for office in offices):
                continue  # "the foreign secretary" is not "Home Secretary Tom Roe"
            theirs = {w for w in have if w.startswith("@")}
            if titles and not _titles_match(titles, have, generic=not qualified) and not (
                    titles <= _GENERIC_BODY_HEADS and bodies & theirs and have & _BODY_HEAD_TITLES
                    and _heads_a_named_body(span)):
                continue  # ("the head of the IMF" is "IMF director general X": the body's top job)
            if bodies and theirs and not bodies & theirs:
                continue  # "the National Party's leader" is not "Conservative leader Tom Roe"
            if bodies and not bodies & theirs and titles and not titles <= have:
                continue  # "the head of the Church" is not "his Italian counterpart Romano Prodi"
            holder = self._canonical(entity)
            holders[holder.id] = holder
            exact = 100 if titles <= have else 0  # a wildcard "counterpart" ranks below
            scores[holder.id] += exact + len(entity.mentions)
        if not scores:
            return None
        return holders[scores.most_common(1)[0][0]]

    # -- pronouns -------------------------------------------------------------------------

    def _antecedent(self, pronoun: Token) -> Speaker | None:
        lower = pronoun.lower_
        group = lower in PLURAL or lower in NEUTER
        gender = "m" if lower in MALE else "f" if lower in FEMALE else None

        addressed = _addressed_names(pronoun)

        def agrees(speaker: Speaker) -> bool:
            # "it" is one: never a plural noun ("Signs that it was in trouble emerged when
            # it warned ...": "it" is no "signs"); never whom its own verb addresses ("he told
            # Hannity": not Hannity)
            return self._agrees(speaker, group, gender) and not (lower in NEUTER and speaker.extra.get("plural")) \
                and not (addressed and addressed & set(speaker.name.split()))

        for candidate in self._sentence_subjects(pronoun):
            found = self._named(candidate, self.mention_span(candidate))
            if found is not None and agrees(found):
                return found
        if gender and self.reported[pronoun.i]:
            reported = self._reported_subject_before(pronoun, gender)
            if reported is not None:
                return reported
        if gender:
            introduced = self._person_introduced_before(pronoun, gender)
            if introduced is not None:
                return introduced
        position = pronoun.idx
        paragraph = self.paragraph_of(position)
        # "it" speaks only for a body that just spoke, in the same paragraph or the one before
        # (a paragraph of "It warned ..." after the council's; one paragraph: PolNeAR train
        # direct recall 0.8219 -> 0.8225, precision and dev unchanged)
        for max_back in ((0, 1) if lower in NEUTER else (0, 2)):
            found = self._last_said(position, max_back, lambda speaker: agrees(speaker)
                                    or (lower in NEUTER and (_a_thing(speaker) or _the_name(speaker))))
            if found is not None and max_back == 0 and lower in NEUTER and found.mention is not None \
                    and pronoun.sent.start > 0 and found.mention.end <= self.doc[pronoun.sent.start - 1].sent.start_char:
                # "X reported that ... . When it was set up the firm offered Y. It said ...":
                # a body the sentence before is about, named by a noun for it, before a
                # source that spoke further back in the paragraph
                body = self._body_topic_before(pronoun, nouns=True)
                if body is not None:
                    return body
            if found is not None:
                return found
            if max_back == 0 and lower in NEUTER:
                body = self._body_topic_before(pronoun)
                if body is not None:
                    return body
            if max_back == 0 and gender:
                named = self._person_earlier_in_sentence(pronoun, gender) or self._pronoun_chain(pronoun, gender) \
                    or self._one_described_spoke_last(pronoun)
                if named is not None:
                    return named
            if max_back == 0 and lower in PLURAL:
                people = self._people_of_paragraph(pronoun)
                if people is not None:
                    return people
        if gender:
            # "“A,” Warren said. “B,” she said": the person who just spoke in this paragraph,
            # even when the inferred gender (a guess from nearby pronouns) says otherwise
            for said in reversed(self.history):
                if said.position < position and said.paragraph == paragraph:
                    if self._agrees(said.speaker, group, None) and \
                            said.speaker.extra.get("type") != "THING":
                        return said.speaker
                    break
        if lower in NEUTER:
            # else the body that spoke last a paragraph further back ("The bank said ... //
            # The "biggest losers" were ... // ..., it said")
            return self._thing_before(pronoun) or self._last_said(
                position, 2, lambda speaker: _a_thing(speaker) or speaker.extra.get("type") in _GROUP_TYPES)
        if group:
            found = self._group_before(pronoun)
            if found is not None and found.extra.get("type") == "THING":
                # "Roe Catering stresses that couples should ... “...,” they share": a plural
                # that names no people is less likely whom "they" stands for than the one who
                # just spoke in the paragraph (a firm, or a person's singular "they")
                last = self._statement_before(position)
                if last is not None and last.paragraph == paragraph and last.speaker.extra.get("type") != "THING":
                    return last.speaker
            return found
        index = bisect.bisect_left(self._mention_starts, position)
        claimed = bool(self._in_claim[0] or self._in_claim[1])
        # not a person named in what the pronoun's own sentence reports ("Ann Roe will
        # resign, he said")
        persons = [entity for start, end, entity in reversed(self._mentions[:index]) if entity.type == "PERSON"
                   and not (start >= pronoun.sent.start_char and self._reported_at(start))
                   and not self._describes_a_noun(start, end)
                   and not self._no_one_named(end, entity)
                   and not (claimed and self._claim_names(self._speaker(self._canonical(entity), Span(0, 0, ""))))]
        if gender:
            # "Ann Roe, the driver's mother ... Sam Brandt, who died ... She said": a person
            # a noun describes as of the pronoun's gender, among the last few named, before
            # the nearest one (pronoun votes are too loose a guess to pass over them)
            for entity in persons[:_GENDER_LOOKBACK]:
                if self._described_genders.get(self._canonical(entity).id) == gender:
                    return self._speaker(self._canonical(entity), Span(0, 0, ""))
        for entity in persons:
            speaker = self._speaker(self._canonical(entity), Span(0, 0, ""))
            if self._agrees(speaker, group, gender):
                return speaker
        # a person the NER missed: the nearest name that is the subject of a sentence (one
        # the NER typed an event, a place or a work is no "he": "the Pacific War was ...")
        for token in self._subjects_before(pronoun, 2):
            if token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON"):
                found = self._named(token, self.mention_span(token))
                if found is not None and self._agrees(found, False, gender):
                    return found
        nearest = next((start for start, _, entity in reversed(self._mentions[:index])
                        if entity.type == "PERSON"), None)
        if gender and persons and nearest is not None and self.paragraph_of(nearest) >= paragraph - 1:
            # the genders the article seems to give are guesses (pronoun votes, a surname
            # shared by two people): with nobody who agrees, the person named last, if near
            return self._speaker(self._canonical(persons[0]), Span(0, 0, ""))
        if gender and not persons:
            return self._described_before(pronoun) or self._lone_name_spoke_last(pronoun)
        return None

    def _reported_subject_before(self, pronoun: Token, gender: str) -> Speaker | None:
        """"Albright also “reiterated X,” spokesman Tom Roe said. // She also reaffirmed Y, he
        said": "she" inside what is reported goes on with the one person the report before
        was about (its reported subject, a name), not with the reporter."""
        start = pronoun.sent.start
        sentence = None
        while start > 0 and sentence is None:  # (the one before, in this paragraph or the last)
            before = self.doc[start - 1].sent
            if self.paragraph_of(pronoun.idx) - self.paragraph_of(before.start_char) > 1:
                return None
            sentence = before if any(not t.is_punct and not t.is_space for t in before) else None
            start = before.start
        found = {}
        for token in sentence or ():
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" and self.reported[token.i] \
                    and token.i not in self.quoted \
                    and sum(clean_name(e.name).split()[-1:] == [token.text] for e in self._persons) <= 1:
                # (not a surname two people of the article share: which one is a guess)
                entity = self._entity_at(token)
                if entity is not None and entity.type == "PERSON":
                    found[self._canonical(entity).id] = self._canonical(entity)
        if len(found) != 1:
            return None
        (person,) = found.values()
        speaker = self._speaker(person, self.mention_span(pronoun))
        return speaker if self._agrees(speaker, False, gender) else None

    def _lone_name_spoke_last(self, pronoun: Token) -> Speaker | None:
        """"The fleet was ready, Upham said. // The catch had fallen, he said": with no person
        in the article, "he" or "she" is the one-word name that spoke last, in its paragraph or
        the one before, which the NER typed a body or a place (a body is never "he"); not an
        acronym, a known country or a name with a body's word."""
        paragraph = self.paragraph_of(pronoun.idx)
        said = self._statement_before(pronoun.idx, lambda said: paragraph - said.paragraph <= 1)
        if said is None or said.speaker.anonymous or said.speaker.entity is None or said.speaker.extra.get("plural"):
            return None
        speaker = said.speaker
        words = speaker.name.split()
        if len(words) != 1 or not words[0].istitle() or speaker.extra.get("type") not in ("ORG", "GPE") \
                or country_key(words[0]) is not None or words[0].lower() in BODY_PARTS \
                or speaker.mention is None or speaker.mention.text != speaker.name:
            return None
        return _named_here(speaker, Span(0, 0, ""), plural=False, type="PERSON")

    def _last_said(self, position: int, max_back: int, accepts: Callable[[Speaker], bool]) -> Speaker | None:
        """The last speaker before ``position``, up to ``max_back`` paragraphs back, that
        ``accepts`` takes."""
        paragraph = self.paragraph_of(position)
        said = self._statement_before(position, lambda said: paragraph - said.paragraph <= max_back
                                      and accepts(said.speaker))
        return said.speaker if said is not None else None

    def _issuer_just_before(self, source: Token) -> Speaker | None:
        """"UNHCR said it was mobilising staff. “...,” a statement said": a statement no one
        is named as issuing, right after a named holder's statement (in the sentence before),
        is that holder's."""
        sentence = source.sent
        if sentence.start == 0:
            return None
        before = self.doc[sentence.start - 1].sent
        last = self._statement_before(source.idx)
        if last is None or last.speaker.anonymous or last.speaker.entity is None \
                or not before.start_char <= last.position < sentence.end_char:
            return None
        return last.speaker

    def _text_issued_before(self, source: Token) -> Speaker | None:
        """"..., a statement from EADS said. // “...,” the statement said": "the" and the noun
        of a text put out is the text of the last statement, when that one was a text of the
        same noun whose issuer is named, up to three paragraphs before."""
        if source.lower_ not in _ISSUED_TEXTS or not any(child.lower_ == "the" for child in source.lefts) \
                or len(list(source.lefts)) != 1 or any(True for _ in source.rights):
            return None
        last = self._statement_before(source.idx)
        if last is None or last.speaker.entity is None or last.speaker.mention is None \
                or self.paragraph_of(source.idx) - last.paragraph > 3:
            return None
        words = last.speaker.mention.text.lower().split()
        return last.speaker if source.lower_ in words and words[0] in ("a", "an", "the") else None

    def _statement_before(self, position: int, accepts: Callable[[_Said], bool] = lambda said: True) -> _Said | None:
        """The last statement resolved before ``position`` that ``accepts`` takes."""
        return next((said for said in reversed(self.history) if said.position < position and accepts(said)), None)

    def _described_before(self, pronoun: Token) -> Speaker | None:
        """"The coach spoke after the game. “...,” she told reporters": with no person named
        before, "he" or "she" is the nearest subject that describes one person (a job, a
        role, a person's noun), in its paragraph or the one before."""
        for token in self._subjects_before(pronoun, 1):
            if token.pos_ == "PROPN":
                return None  # a name the NER did not call a person: not passed over
            if _describes_a_person(token) or self._spoke_as(token):
                return self._description_for(token, pronoun)
        return None

    def _describes_a_noun(self, start: int, end: int) -> bool:
        """"a plain-speaking Yorkshire man": a one-word name the NER took for a person's that
        qualifies a noun for a person says where the person is from; it is none itself."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        root = span.root
        return root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i and root.head.pos_ == "NOUN" \
            and (root.head.lemma_.lower() in GENDERED_NOUNS or root.head.lemma_.lower() in _PERSON_NOUNS)

    def _one_described_spoke_last(self, pronoun: Token) -> Speaker | None:
        """"A supplier said that ... Describing the rules as “a first step”, he said": "he" or
        "she" after one unnamed source of a noun the lexicon does not know for a person's, the
        last to speak in the paragraph, is that source, before a person named paragraphs back
        (no body's or document's noun: "the report said ... he said")."""
        position = pronoun.idx
        last = self._statement_before(position)
        if last is None or last.paragraph != self.paragraph_of(position):
            return None
        speaker = last.speaker
        if speaker.entity is not None or speaker.extra.get("type") != "THING" or speaker.extra.get("plural") \
                or speaker.mention is None:
            return None
        words = speaker.mention.text.split()
        if len(words) != 2 or words[0].lower() not in ("a", "an", "one", "the"):
            return None  # "a supplier", no more
        span = self.doc.char_span(speaker.mention.start, speaker.mention.end, alignment_mode="expand")
        noun = span.root if span is not None else None
        if noun is None or noun.tag_ != "NN" or noun.ent_type_ or noun.lemma_.lower() in _NOT_PERSON_NOUNS \
                or noun.lower_ in ORG_WORDS:
            return None
        if any(entity.type == "PERSON" for entity in self._entities_between(speaker.mention.end, position)):
            return None  # "A reporter asked Ann Roe how she felt. She replied": the one named since
        return Speaker(speaker.name, None, self.mention_span(pronoun), True, {**speaker.extra, "type": "PERSON"})

    def _spoke_as(self, token: Token) -> bool:
        """"A user of the music service is suing the firm, saying X. // He says Y": a singular
        noun that was just the source of a statement (no body, no name) is someone who speaks,
        whatever the lexicon knows of the word."""
        return token.tag_ == "NN" and not token.ent_type_ and any(
            said.speaker.mention is not None and said.speaker.mention.start <= token.idx < said.speaker.mention.end
            and said.speaker.entity is None and not said.speaker.extra.get("plural")
            for said in self.history[-3:])

    def _description_for(self, token: Token, pronoun: Token) -> Speaker | None:
        """The speaker a subject describing one person gives "he" or "she" ("the coach", a
        thing to the lexicon, is a person when a pronoun of a person stands for it)."""
        found = self._named(token, self.mention_span(token))
        if found is None:
            return None
        if found.entity is not None:
            return _named_here(found, self.mention_span(pronoun))
        return Speaker(found.name, None, self.mention_span(pronoun), True, {**found.extra, "type": "PERSON"})

    def _person_introduced_before(self, pronoun: Token, gender: str) -> Speaker | None:
        """"Ann Roe is sure the album will sell. She said: “...”": a person named as the
        subject of the sentence before, outside quotation marks, is whom "he" or "she"
        continues, before whoever spoke earlier. Not when that sentence still speaks of
        someone of the same gender by a pronoun other than a possessive ("Tom Ash has
        attacked him twice"): the earlier speaker is still the topic."""
        sentence = self._sentence_before(pronoun)
        if sentence is None:
            return None
        root = sentence.root
        subject = next((token for token in sentence if token.dep_ in ("nsubj", "nsubjpass") and (
            token.head.i == root.i or token.head.dep_ in ("aux", "auxpass") and token.head.head.i == root.i)), None)
        described = self._described_with_who(sentence) if subject is None or subject.pos_ in ("PRON", "DET") else None
        own = _own_pronoun(subject, root, gender) if subject is not None and subject.pos_ == "PROPN" \
            and not self._person_named_before(pronoun) else None
        if any(token.lower_ in (MALE if gender == "m" else FEMALE) and token.dep_ != "poss"
               and not token.lower_.endswith("self") and token.i not in self.quoted
               and not (described is not None and described.i < token.i)  # his own, the one person named
               and not (own is not None and token.i == own.i) for token in sentence):
            return None
        if subject is not None and subject.pos_ == "PROPN" and _own_possessive(subject, root, "f" if gender == "m" else "m"):
            # "Ali ... left it to his wife Lonnie to speak. “...,” she said": Ali is a "he"; the
            # one person the sentence names with a noun of the pronoun's gender is whom it means
            kin = {self._canonical(entity).id: entity for entity in map(self._entity_at, (
                token for token in sentence if token.dep_ == "appos" and token.ent_type_ == "PERSON"
                and GENDERED_NOUNS.get(token.head.lemma_.lower()) == gender and token.i not in self.quoted))
                if entity is not None and entity.type == "PERSON"}
            if len(kin) != 1:
                return None
            (person,) = kin.values()
            return self._speaker(self._canonical(person), self.mention_span(pronoun))
        if own is not None and not self.reported[subject.i] and subject.i not in self.quoted \
                and not any(t.ent_type_ == "PERSON" and not subject.left_edge.i <= t.i <= subject.right_edge.i
                            for t in sentence):
            # "In Maipon, Aljabar Mammah wept as he dug": a name whose own clause calls it "he"
            # names a person of that gender, whatever type the NER gave it
            named = self._named(subject, self.mention_span(subject))
            if named is not None:
                return _named_here(named, self.mention_span(pronoun), type="PERSON")
        if described is not None:
            # "That prompted the exit of Tom Roe, who got frustrated by ... He also accused ...":
            # a sentence about no one whose one person is brought in with a "who" clause
            found = self._speaker(self._canonical(self._entity_at(described)), self.mention_span(pronoun))
            return found if self._agrees(found, False, gender) else None
        entity = self._entity_at(subject) if subject is not None else None
        if subject is None or subject.i in self.quoted or self.reported[subject.i]:
            return None
        if entity is None and _describes_a_person(subject):
            return self._description_for(subject, pronoun)  # "The judge disagreed. She said ..."
        if entity is None or entity.type != "PERSON":
            relayed = _relayed_person(subject, root)
            if relayed is None or relayed.i in self.quoted:
                return None
            # "The agency, quoting the ambassador, put the toll at 100. He said ...": the person
            # a body quotes is the "he" that goes on
            found = self._named(relayed, self.mention_span(relayed))
            if found is None or found.extra.get("type") != "PERSON":
                return None
            found = _named_here(found, self.mention_span(pronoun))
            return found if self._agrees(found, False, gender) else None
        found = self._speaker(self._canonical(entity), self.mention_span(pronoun))
        return found if self._agrees(found, False, gender) else None

    def _pronoun_chain(self, pronoun: Token, gender: str) -> Speaker | None:
        """"Pope Benedict faced a struggle. // He dealt with it by offering support in remarks
        to Tom Roe. // But he added two provisos": "he" goes on with the "he" that is a subject
        of the sentence before (outside quotation marks and reported words), whoever that one
        stands for, not with a person named in passing there; up to three sentences back."""
        if self._chain_depth >= _CHAIN_DEPTH:
            return None
        sentence = self._sentence_before(pronoun)
        if sentence is None:
            return None
        wanted = MALE if gender == "m" else FEMALE

        def subject_pronoun(sentence: TokenSpan) -> Token | None:
            return next((token for token in sentence if token.lower_ in wanted and token.dep_ in ("nsubj", "nsubjpass")
                         and token.i not in self.quoted and not self.reported[token.i] and _main_subject(token)), None)

        before = subject_pronoun(sentence)
        if before is None and not any(token.ent_type_ == "PERSON" for token in sentence) and any(
                token.lower_ in wanted and token.dep_ == "poss" and token.i not in self.quoted for token in sentence):
            # "He designed RSS. Podcasts rely on his technology. He thinks ...": a sentence that
            # names no one and speaks of him only by "his" keeps the chain going past it
            further = self._sentence_before(sentence[0])
            before = subject_pronoun(further) if further is not None else None
            sentence = further if before is not None else sentence
        if before is None or any(token.ent_type_ == "PERSON" and token.dep_ in ("nsubj", "nsubjpass")
                                 and token.head.i == sentence.root.i and token.i not in self.quoted
                                 for token in sentence):
            return None
        self._chain_depth += 1
        claimed, self._in_claim = self._in_claim, (frozenset(), [])
        try:
            found = self._antecedent(before)
        finally:
            self._chain_depth -= 1
            self._in_claim = claimed
        if found is None or found.entity is None or found.extra.get("type") not in (None, "PERSON") \
                or not self._agrees(found, False, gender):
            return None  # (a description no one holds, "the former president", is no one to go on with)
        if any(self._canonical(entity).id == found.entity for entity in self._entities_between(
                sentence.start_char, sentence.end_char) if entity.type == "PERSON"):
            return None  # "he lends his thoughts to Mr. Roe": Roe, named beside it, is not that "he"
        return _named_here(found, self.mention_span(pronoun))

    def _person_named_before(self, pronoun: Token) -> bool:
        """Whether the pronoun's own sentence names a person before it, outside quotation
        marks ("... when Tom Roe in his speech promised ...")."""
        first = bisect.bisect_left(self._mention_starts, pronoun.sent.start_char)
        last = bisect.bisect_left(self._mention_starts, pronoun.idx)
        return any(entity.type == "PERSON" and (token := _token_at(self.doc, start)) is not None
                   and token.i not in self.quoted for start, _, entity in self._mentions[first:last])

    def _described_with_who(self, sentence: TokenSpan) -> Token | None:
        """The one person a sentence names, outside quotation marks, when a "who" clause
        describes them ("the exit of Tom Roe, who got frustrated ...")."""
        found, seen = [], set()
        for token in sentence:
            entity = self._entity_at(token) if token.ent_type_ == "PERSON" else None
            if entity is None or entity.type != "PERSON" or token.i in self.quoted:
                continue
            if self._canonical(entity).id not in seen:
                seen.add(self._canonical(entity).id)
                found.append(token)
        if len(found) != 1:
            return None
        person = found[0]
        while person.dep_ == "compound" and person.head.i > person.i:
            person = person.head
        who = any(child.dep_ == "relcl" and any(grand.lower_ == "who" and grand.dep_ in ("nsubj", "nsubjpass")
                                                 for grand in child.children)
                  for child in person.children)
        return person if who else None

    def _body_topic_before(self, pronoun: Token, nouns: bool = False) -> Speaker | None:
        """"The government's argument was that X owed taxes. It accused the firm of ...": with
        no one speaking yet in the paragraph, "it" goes on with a body that is the subject of
        the sentence before in the paragraph, or owns that subject, before a speaker of an
        earlier paragraph."""
        start = pronoun.sent.start
        verb = pronoun.head.lemma_.lower()
        if start == 0 or verb not in SPEECH_VERBS or verb in _FINDING_VERBS:
            return None  # ("NBC published the video. It shows ...": a thing shows, not the body)
        sentence = self.doc[start - 1].sent
        if self.paragraph_of(sentence.start_char) != self.paragraph_of(pronoun.idx):
            return None
        subject = next((token for token in sentence if token.dep_ in ("nsubj", "nsubjpass")
                        and token.head.i == sentence.root.i and token.i not in self.quoted), None)
        if subject is None or subject.tag_ in ("NNS", "NNPS"):
            return None
        for token in (subject, *(child for child in subject.children if child.dep_ == "poss")):
            entity = self._entity_at(token)
            if entity is not None and entity.type in ("ORG", "GPE") and not self.reported[token.i]:
                return self._speaker(entity, self.mention_span(pronoun))
            if token.pos_ == "NOUN" and token.lower_ in _BODY_NOUNS and (token.dep_ == "poss" or nouns and any(
                    child.lower_ == "the" for child in token.children)):
                found = self._named(token, self.mention_span(token, stop=token.i))
                if found is not None:
                    return _named_here(found, self.mention_span(pronoun))
        return None

    def _sentence_before(self, pronoun: Token) -> TokenSpan | None:
        """The nearest sentence before the pronoun's with words outside quotation marks, in
        its paragraph or in the paragraph before when that one has no statement ("Coach
        Ann Roe took the blame. // “...,” she said"). A paragraph of "..., he said" and a
        sentence of background is followed by the same speaker ("..., he said")."""
        paragraph = self.paragraph_of(pronoun.idx)
        start = pronoun.sent.start
        while start > 0:
            sentence = self.doc[start - 1].sent
            back = paragraph - self.paragraph_of(sentence.start_char)
            if back > 1 or back == 1 and any(said.paragraph == paragraph - 1 for said in self.history):
                return None
            if any(not token.is_punct and not token.is_space and token.i not in self.quoted for token in sentence):
                return sentence
            start = sentence.start
        return None

    def _no_one_named(self, end: int, entity: Entity) -> bool:
        """"units of Croats and Moslems": a "person" the NER found in a one-word plural name
        with no title (a people) stands for no "he" or "she" ("Bernie Sanders" is a person);
        nor does a word describing a person named before it ("Jelica, a Croat from X"), nor
        the possessor in a place's name ("St James' Park")."""
        token = _token_at(self.doc, end - 1)
        if token is None:
            return False
        if token.dep_ == "appos" and token.head.ent_type_ == "PERSON" and token.head.i < token.i:
            return True
        if _names_a_place(token):
            return True
        return token.tag_ == "NNPS" and " " not in self._canonical(entity).name \
            and not any(child.dep_ == "compound" for child in token.lefts)

    def _reported_at(self, char: int, quoted_too: bool = False) -> bool:
        """Whether the word at ``char`` is inside what a cue reports (or, with ``quoted_too``,
        inside quotation marks)."""
        token = _token_at(self.doc, char)
        return token is not None and (bool(self.reported[token.i]) or quoted_too and token.i in self.quoted)

    def _person_earlier_in_sentence(self, pronoun: Token, gender: str) -> Speaker | None:
        """"When asked how much Ann Roe paid, “...,” she said": with nobody speaking yet in
        the paragraph, a person the sentence names before the pronoun (outside quotation
        marks, not inside what a cue reports: "a meeting attended by Tom Roe, he said")
        before a speaker of an earlier paragraph."""
        sentence = pronoun.sent
        first = bisect.bisect_left(self._mention_starts, sentence.start_char)
        last = bisect.bisect_left(self._mention_starts, pronoun.idx)
        found = []
        for start, end, entity in self._mentions[first:last]:
            token = _token_at(self.doc, start)
            if entity.type == "PERSON" and token is not None and token.i not in self.quoted \
                    and not self.reported[token.i] and not _participle_object(token) \
                    and not _names_a_place(_token_at(self.doc, end - 1) or token):
                found.append(entity)
        for entity in reversed(found):
            speaker = self._speaker(self._canonical(entity), Span(0, 0, ""))
            if self._agrees(speaker, False, gender):
                return speaker
        return None

    def _group_before(self, pronoun: Token) -> Speaker | None:
        """"Critics of the program ... They sent a letter ... “...,” they wrote": "they" for
        no group that spoke is the nearest subject naming people, in its paragraph or the
        one before."""
        for back, wanted in ((1, _names_people), (2, _plural_noun)):
            for token in self._subjects_before(pronoun, back):
                if not wanted(token):
                    continue
                found = self._named(token, self.mention_span(token))
                if found is not None:
                    return _named_here(found, self.mention_span(pronoun), plural=True)
        return None

    def _people_of_paragraph(self, pronoun: Token) -> Speaker | None:
        """"The Greens want to scrap the tax. The rate would be set by X, which they say
        would save money": with no group speaking yet in the paragraph, "they" is the nearest
        subject of the paragraph naming people (not inside what a cue reports), before a
        group that spoke in an earlier paragraph (a new paragraph about another party)."""
        for token in self._subjects_before(pronoun, 0):
            if not _names_people(token) or self.reported[token.i] or not _main_subject(token):
                continue
            found = self._named(token, self.mention_span(token))
            if found is not None:
                return _named_here(found, self.mention_span(pronoun), plural=True)
        return None

    def _thing_before(self, pronoun: Token) -> Speaker | None:
        """"The letter ... It said": "it" for no body that spoke is the nearest body or
        thing named as a subject (an organisation, a letter, an ad) in its paragraph or the
        one before, not one inside what a cue reports. Sentences before whose subject is "it"
        too go on with the same thing ("the draft does not include X. // It asks Y. // It
        says Z"): the paragraphs are counted from the first of them."""
        anchor = pronoun
        while anchor.sent.start > 0:
            before = self.doc[anchor.sent.start - 1].sent
            pronoun_before = next((token for token in before if token.lower_ == "it" and token.dep_ == "nsubj"
                                   and token.head.i == before.root.i), None)
            if pronoun_before is None:
                break
            anchor = pronoun_before
        for token in self._subjects_before(anchor, 1):
            if token.tag_ in ("NNS", "NNPS") or token.ent_type_ == "PERSON" or self.reported[token.i]:
                continue
            if any(ancestor.dep_ in ("relcl", "acl", "advcl", "ccomp") for ancestor in token.ancestors):
                continue  # "Malaysia, where a third of the chips are tested": no subject of the text's
                # (nor "the growth" of "The government has forecast that the growth will slow")
            if any(child.dep_ == "poss" and child.pos_ == "PRON" for child in token.children):
                continue  # "its largest contract was ...": what "its" owns is not what "it" is
            if token.ent_type_ in _GROUP_TYPES or token.pos_ in ("NOUN", "PROPN"):
                found = self._named(token, self.mention_span(token))
                if found is not None and found.extra.get("type") != "PERSON":
                    return _named_here(found, self.mention_span(pronoun))
        return None

    def _subjects_before(self, pronoun: Token, max_back: int) -> list[Token]:
        """Subjects outside quotation marks before ``pronoun``, nearest first, within
        ``max_back`` paragraphs."""
        paragraph = self.paragraph_of(pronoun.idx)
        found = []
        for token in reversed(self.doc[:pronoun.i]):
            if paragraph - self.paragraph_of(token.idx) > max_back:
                break
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ != "PRON" \
                    and token.i not in self.quoted and not _object_read_as_subject(token):
                found.append(token)
        return found

    def _sentence_subjects(self, pronoun: Token) -> list[Token]:
        """Subjects earlier in the pronoun's sentence, nearest first."""
        ancestors = {t.i for t in pronoun.ancestors}
        # (and the subject of a subordinate clause fronted before the pronoun: "Even as China
        # seeks X, it says Y")
        found = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                 and (t.head.i in ancestors or _fronted_subordinate(t.head, ancestors, pronoun))
                 and t.pos_ != "PRON" and t.i not in self.quoted]
        return list(reversed(found))

    def _named_in(self, claim: list[tuple[int, int]], pronoun: Token) -> tuple[frozenset[str], list[tuple[str, str]]]:
        """"He said Mr Roe's integrity remained intact": a person named as a party of the
        claim of a cue whose subject is the pronoun, after it, is not whom "he" or "she"
        stands for (words before it may be: "Roe's plane is his favourite toy, he said";
        nor a name in an aside or modifying a noun, "the Roe campaign"; a name with an
        honorific of the other gender, "he said Mrs Roe ...", is another person of the
        same surname). Inside quotation marks only a first name in a sentence of "I" or
        "my" says so ("he replied: “I admire Tom a lot”"): speakers do call themselves by
        their full name or surname ("“... but it's not Tom Roe,” he said", PolNeAR), and
        by their first name in a phrase ("questions of the “please attack Tom” kind")."""
        ids: set[str] = set()
        names: list[tuple[str, str]] = []  # ("any", a word of a name) or ("first", a first name)
        lower = pronoun.lower_
        other = _FEMALE_TITLES if lower in MALE else _MALE_TITLES if lower in FEMALE else frozenset()
        for start, end in claim:
            span = self.doc.char_span(start, end, alignment_mode="contract")
            if span is None:
                continue
            own = span.root.head.i == pronoun.head.i  # the pronoun is the subject of the claim's cue
            for named in self._person_ents:
                if named.start < span.start or named.end > span.end:
                    continue
                titles = {self.doc[named.start - 1].lower_ if named.start else "", named[0].lower_}
                if titles & other:
                    continue
                words = [word.lower() for word in clean_name(named.text).split()]
                if named.start in self.quoted:
                    sentence = self.doc[max(span.start, named.sent.start):min(span.end, named.sent.end)]
                    if len(words) == 1 and any(token.lower_ in _FIRST_PERSON_SINGULAR for token in sentence):
                        names.append(("first", words[0]))
                    continue
                if not own or named.start < pronoun.i or not _in_core(named.root, span):
                    continue
                entity = self._entity_at(named.root)
                if entity is not None and entity.type == "PERSON":
                    ids.update((entity.id, self._canonical(entity).id))
                names.extend(("any", word) for word in words)
        return frozenset(ids), names

    def _claim_names(self, speaker: Speaker) -> bool:
        ids, names = self._in_claim
        if speaker.entity is not None and speaker.entity in ids:
            return True
        if not names or speaker.extra.get("type") not in (None, "PERSON"):
            return False
        words = [word.lower() for word in clean_name(speaker.name).split()]
        return any(word in words if how == "any" else len(words) > 1 and word == words[0] for how, word in names)

    def _agrees(self, speaker: Speaker, group: bool, gender: str | None) -> bool:
        if self._claim_names(speaker) or _indefinite_source(speaker):
            return False
        kind = speaker.extra.get("type")
        is_group = kind in _GROUP_TYPES or bool(speaker.extra.get("plural"))
        if group and not is_group and speaker.anonymous and speaker.name.isalpha() and speaker.name[0].isupper():
            is_group = True  # "Resident said ... They added": a bare noun in the wire style, for a group
        if group != is_group or (gender and kind == "THING"):
            return False
        if gender and speaker.entity is not None:
            known = self._genders.get(speaker.entity) or self._called_gender(speaker.entity)
            return known is None or known == gender
        return True

    def _called_gender(self, entity: str) -> str | None:
        called = self._called.get(entity)
        if not called or len(called) != 1:
            return None
        (gender, count), = called.items()
        return gender if count >= _CALLED_VOTES else None

    @cached_property
    def _person_ents(self) -> list[TokenSpan]:
        """The NER's PERSON names (read once: a Doc builds its entity spans anew each time)."""
        return [ent for ent in self.doc.ents if ent.label_ == "PERSON"]

    @cached_property
    def _jobs(self) -> dict[str, set[str]]:
        """The job nouns the article puts beside each person's name, in apposition or before
        it ("Ann Roe, the ministry's spokeswoman", "BBC correspondent Ann Roe"), lemmas."""
        jobs: dict[str, set[str]] = {}
        for entity in self._persons:
            found = jobs.setdefault(self._canonical(entity).id, set())
            for mention in entity.mentions:
                beside = self._beside(mention)
                if beside is None:
                    continue
                span, modifiers, appositions = beside
                described = modifiers + appositions
                if span.root.dep_ == "appos" and span.root.head.i < span.root.i:
                    described.append(span.root.head)
                found.update(token.lemma_.lower() for token in described if token.pos_ == "NOUN")
        return jobs

    def _beside(self, mention: Span) -> tuple[TokenSpan, list[Token], list[Token]] | None:
        """A name's tokens, the words that modify it before it and its appositions."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return None
        return span, list(_modifiers_before(span)), [child for child in span.root.children if child.dep_ == "appos"]

    def _ranked_body_before(self, source: Token) -> Entity | None:
        """"GlaxoSmithKline expects sales to rise, Europe's biggest drugmaker said", "X saw its
        profits fall, but Europe's biggest drugmaker says ...": a body described by its rank (a
        superlative: "biggest", "second-largest") is the named body that is the first subject of
        its sentence, before it (wire copy names a firm and ranks it in the next clause)."""
        if source.pos_ != "NOUN" or not any(child.tag_ == "JJS" or child.lower_.endswith(("-largest", "-biggest"))
                                            for child in source.lefts):
            return None
        subject = next((token for token in self.doc[source.sent.start:source.left_edge.i]
                        if token.dep_ in ("nsubj", "nsubjpass")), None)
        body = None if subject is None else self._entity_at(subject)
        # (a one-word name the NER typed a person is the body the rank describes)
        return body if body is not None and (body.type == "ORG" or body.type == "PERSON"
                                             and len(clean_name(body.name).split()) == 1) else None

    def _person_of_shared_modifier(self, source: Token) -> Entity | None:
        """"according to media and PR strategist Glen Roe": a modifier word in small letters
        that the parse made the source and joined by "and" to the person's name (whose other
        modifiers and role follow the "and") is that person's, one phrase."""
        if source.pos_ != "NOUN" or not source.is_lower or source.lemma_.lower() in PEOPLE \
                or source.lower_ in ANONYMOUS_HEADS or source.lemma_.lower() in TITLES \
                or any(child.dep_ in ("det", "poss") for child in source.children):
            return None  # (not "Both the prime minister and Chancellor Tom Roe": two people)
        person = next((child for child in source.rights if child.dep_ == "conj" and child.ent_type_ == "PERSON"), None)
        if person is None or self.doc[source.i + 1].lower_ != "and":
            return None
        between = self.doc[source.i + 2:person.i]
        if not between or any(token.dep_ not in ("compound", "amod") or token.head.i > person.i
                              or token.head.i < source.i for token in between):
            return None
        entity = self._entity_at(person)
        return entity if entity is not None and entity.type == "PERSON" else None

    def _bodies_named_together(self, source: Token) -> Speaker | None:
        """"Roche and Genentech have halted sales ... The companies said": "the" (or "both")
        and a plural noun of a kind of body are the bodies last named together ("X and Y"), in
        this paragraph or the two before."""
        lefts = [child.lower_ for child in source.lefts if child.dep_ != "punct"]
        if source.tag_ != "NNS" or _BODY_KINDS.get(source.lemma_.lower()) not in ("company", "group", "party") \
                or lefts not in (["the"], ["the", "two"], ["both"]) or any(True for _ in source.rights):
            return None
        floor = self._paragraph_starts[max(0, self.paragraph_of(source.idx) - 2)]
        for token in reversed(self.doc[:source.i]):
            if token.idx < floor:
                break
            if token.ent_type_ != "ORG" or not any(
                    child.dep_ == "conj" and child.ent_type_ == "ORG" for child in token.children):
                continue
            first = token
            while first.dep_ == "conj" and first.head.ent_type_ == "ORG":
                first = first.head
            joint = self._jointly(first, self._named(first, self.mention_span(first)))
            return joint if joint is not None and len(joint.extra.get("members", ())) > 1 else None
        return None

    def _sole_job_holder(self, source: Token) -> Entity | None:
        """"Ali Roe, the spokesman of the ministry, said X. [...] “...,” the spokesman said",
        "Ann Roe, our labour correspondent, ... Our correspondent said": "the" (or "our") and a
        job noun alone is the one person named before whom the article gave that job, however
        many others spoke since."""
        lemma = source.lemma_.lower()
        lefts = [child for child in source.lefts if child.dep_ != "punct"]
        if lemma not in _SOLE_JOBS or source.tag_ != "NN" or len(lefts) != 1 \
                or lefts[0].lower_ not in ("the", "our") or any(True for _ in source.rights):
            return None
        holders = {holder.id: holder for holder in (self._canonical(entity) for entity in self._persons
                                                    if entity.mentions and entity.mentions[0].start < source.idx)
                   if lemma in self._jobs.get(holder.id, set())}
        return next(iter(holders.values())) if len(holders) == 1 else None

    @cached_property
    def _descriptors(self) -> dict[str, set[str]]:
        """What describes each person (worked out when a description is first resolved)."""
        return {e.id: self._describe(e) for e in self._persons}

    @cached_property
    def _genders(self) -> dict[str, str]:
        """A person's gender from honorifics and from the pronoun that next follows a
        sentence in which they are the only person named."""
        votes: dict[str, Counter] = {e.id: Counter() for e in self._persons}
        by_id = {e.id: e for e in self._persons}
        male_votes, female_votes = self._gender_votes_before()
        for sentence in self.doc.sents:
            named = {e.id for e in self._entities_between(sentence.start_char, sentence.end_char)
                     if e.id in by_id}
            if len(named) != 1:
                continue
            (entity_id,) = named
            sentence_votes: Counter[str] = Counter()
            male = int(male_votes[sentence.end] - male_votes[sentence.start])
            female = int(female_votes[sentence.end] - female_votes[sentence.start])
            if male:
                sentence_votes["m"] = male
            if female:
                sentence_votes["f"] = female
            # "Roe told Doe, after he admitted": "he" may be Doe, whom the NER missed
            if sentence_votes and not self._other_name_in(sentence, by_id[entity_id]):
                votes[entity_id].update(sentence_votes)
        for entity_id, described in self._described_genders.items():
            votes[entity_id][described] += _DESCRIBED_GENDER_VOTE
        genders: dict[str, str] = {}
        for entity_id, counter in votes.items():
            if counter and counter.most_common(1)[0][1] > sum(counter.values()) / 2:
                genders[entity_id] = counter.most_common(1)[0][0]
        return self._share_by_surname(genders)

    def _gender_votes_before(self) -> tuple[np.ndarray, np.ndarray]:
        """The votes for "m" and "f" of the tokens before each index (2 for "Mr."/"Mrs."/
        "Ms.", 1 for a gendered pronoun), from the Doc's arrays rather than a Python loop
        over every token."""
        columns = self.doc.to_array([LOWER, POS]).reshape(len(self.doc), 2)
        lower, pronoun = columns[:, 0], columns[:, 1] == PRON
        male = 2 * np.isin(lower, _MALE_TITLE_KEYS) + (np.isin(lower, _MALE_KEYS) & pronoun)
        female = 2 * np.isin(lower, _FEMALE_TITLE_KEYS) + (np.isin(lower, _FEMALE_KEYS) & pronoun)
        zero = np.zeros(1, dtype=np.int64)
        return np.concatenate([zero, np.cumsum(male)]), np.concatenate([zero, np.cumsum(female)])

    @cached_property
    def _described_genders(self) -> dict[str, str]:
        """A person's gender as a noun describing them gives it (shared by surname)."""
        found = {}
        for entity in self._persons:
            gender = self._gendered_description(entity)
            if gender is not None:
                found[entity.id] = gender
                found.setdefault(self._canonical(entity).id, gender)
        return found

    def _gendered_description(self, entity: Entity) -> str | None:
        """The gender a noun in apposition with one of the person's mentions gives ("his
        mother, Ann Roe", "Ann Roe, the victim's mother", "the congressman, Tom Roe")."""
        for mention in entity.mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            nouns = [child for child in head.children if child.dep_ == "appos"]
            if head.dep_ == "appos":
                nouns.append(head.head)
            for noun in nouns:
                gender = GENDERED_NOUNS.get(noun.lower_)
                if gender is not None:
                    return gender
        return None

    @staticmethod
    def _other_name_in(sentence: TokenSpan, entity: Entity) -> bool:
        """Whether the sentence names someone the NER did not see as a person (a proper
        noun as a subject or object, outside the entity's own mentions)."""
        own = [(m.start, m.end) for m in entity.mentions
               if sentence.start_char <= m.start < sentence.end_char]
        for token in sentence:
            if token.pos_ != "PROPN" or token.dep_ not in _NAME_ROLES \
                    or token.ent_type_ not in ("", "PERSON", "ORG"):
                continue
            if not any(start <= token.idx < end for start, end in own):
                return True
        return False

    def _share_by_surname(self, genders: dict[str, str]) -> dict[str, str]:
        for entity in self._persons:
            if entity.id not in genders:
                canonical = self._canonical(entity)
                if canonical.id in genders:
                    genders[entity.id] = genders[canonical.id]
        for entity in self._persons:
            canonical = self._canonical(entity)
            if entity.id in genders and canonical.id not in genders:
                genders[canonical.id] = genders[entity.id]
        return genders


_FIRST_PERSON_SINGULAR = frozenset({"i", "my", "me", "myself", "mine"})
# Sentences back over which a chain of "he" subjects is followed.
_CHAIN_DEPTH = 3
# Links by which a word hangs in an aside of a clause (a relative clause, a participle, an
# apposition, a parenthesis), where the writer may name whom a pronoun before stands for
# ("He said the plan, which Roe's critics opposed, ...").
_ASIDE_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "parataxis", "amod", "advmod", "npadvmod", "dep"})


def _in_core(name: Token, claim: TokenSpan) -> bool:
    """Whether a name is one of the parties of a claim: not a word modifying another noun
    ("the Roe campaign") nor in an aside on its way up to the top of the claim."""
    if name.dep_ == "compound" and name.head.pos_ != "PROPN":
        return False
    token = name
    while claim.start <= token.i < claim.end and token.head.i != token.i:
        if token.dep_ in _ASIDE_DEPS and not (token.dep_ == "acl" and any(
                child.dep_ in ("nsubj", "nsubjpass") for child in token.children)):
            return False  # (a clause with its own subject on a noun, "speculation that X ...", is core)
        token = token.head
    return True


def _named_before_who(source: Token) -> Token | None:
    """The person's name or noun for people right before a relative "who" (a comma between
    or not) that the parse made the subject of a clause of its own, not a relative one."""
    if source.lower_ != "who" or source.tag_ != "WP" or source.head.dep_ == "relcl" or source.i < 1:
        return None
    before = source.doc[source.i - 1]
    if before.text == "," and source.i >= 2:
        before = source.doc[source.i - 2]
    if before.ent_type_ == "PERSON" and before.pos_ == "PROPN" or \
            before.pos_ == "NOUN" and before.lemma_.lower() in _HOLDER_NOUNS:
        return before
    return None


def _age(token: Token) -> bool:
    """A lone number in apposition to a name: the age ("Roe, 61, said")."""
    return token.like_num and token.left_edge.i == token.right_edge.i == token.i


def _person_noun(token: Token) -> bool:
    """A noun for people ("member", "officials", "Tories") rather than for a thing."""
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in _PERSON_NOUNS or token.lemma_.lower() in _MEMBER_NOUNS


def _relative_antecedent(relative: Token) -> Token:
    """The noun a relative clause is about: the one the parse hangs it on, but for "which"
    after a comma that closes an apposition "X, a panel of experts, which recommended ...",
    X, which the apposition describes (the parse hangs the clause on the apposition's
    last noun)."""
    noun = relative.head.head
    doc = relative.doc
    if relative.lower_ in ("who", "whom") and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
            and noun.ent_type_ != "PERSON" and noun.lemma_.lower() not in _PERSON_NOUNS \
            and noun.head.head.pos_ in ("NOUN", "PRON", "NUM") \
            and (noun.head.head.lemma_.lower() in _PERSON_NOUNS or noun.head.head.lemma_.lower() in _MEMBER_NOUNS
                 or noun.head.head.pos_ != "NOUN"):
        # "a one-time member of the security service who reportedly admitted": "who" is a
        # person, the member (or "one of X who"), not the body the parse hung it on
        return noun.head.head
    before = doc[relative.i - 1] if relative.i else None
    if relative.lower_ == "who" and before is not None and before.i != noun.i and before.dep_ == "pobj" \
            and before.head.lower_ == "by" and before.head.head.i == noun.i and not _person_noun(noun) \
            and (before.ent_type_ in ("PERSON", "NORP", "ORG") or _person_noun(before)):
        # "The posters were labelled a “big misjudgement” by the Conservatives who said ...":
        # the people of the by-phrase right before "who", not the thing it hangs on
        return before
    if relative.lower_ != "which" or relative.i < 1 or doc[relative.i - 1].text != "," \
            or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return noun
    apposition = noun.head.head
    if apposition.dep_ == "appos" and noun.i == relative.i - 2 \
            and apposition.head.i < apposition.i and doc[apposition.left_edge.i - 1].text == ",":
        return apposition.head
    return noun


def _own_pronoun(subject: Token, root: Token, gender: str) -> Token | None:
    """The first pronoun of ``gender`` after the main subject that is the subject of a clause
    under the main verb ("Ann Roe wept as she dug", "Tom Ash admitted he was tired", "Tom Ash
    thanked those who backed him while he campaigned"), which stands for the main subject
    (a person's own "him" or "her" as an object does not: "Tom Ash has attacked him")."""
    wanted = "he" if gender == "m" else "she"
    own = set(range(subject.left_edge.i, subject.right_edge.i + 1))
    return next((token for token in root.subtree if token.i > subject.i and token.i not in own
                 and token.dep_ in ("nsubj", "nsubjpass") and token.lower_ == wanted
                 and not _other_subject_between(token, root)), None)


def _own_possessive(subject: Token, root: Token, gender: str) -> bool:
    """Whether the main clause calls its subject's own things "his" (or "her"), by the first
    possessive pronoun after it, before any other name: "Ali ... left it to his wife Lonnie"
    (not in a clause with a subject of its own, nor after another person: "implore Sanders to
    drop his ...")."""
    own = set(range(subject.left_edge.i, subject.right_edge.i + 1))
    for token in root.subtree:
        if token.i <= subject.i or token.i in own:
            continue
        if token.pos_ == "PROPN" or token.is_title and token.pos_ == "NOUN" or token.lemma_.lower() in _PERSON_NOUNS:
            return False
        if token.lower_ in ("his", "her") and token.dep_ == "poss" and not _other_subject_between(token, root):
            return token.lower_ == ("his" if gender == "m" else "her")
    return False


def _other_subject_between(pronoun: Token, root: Token) -> bool:
    """Whether a verb between the pronoun's clause and the main verb has a name or a person's
    noun of its own for subject ("St Helens have been linked with X, and Sculthorpe said he
    would love ...": "he" is Sculthorpe's; not "helped clubs adapt to what she said is ...")."""
    verb = pronoun.head.head
    while verb.i != root.i and verb.head.i != verb.i:
        if any(child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i
               and (child.tag_ == "NNP" or _describes_a_person(child)) for child in verb.children):
            return True
        verb = verb.head
    return False


def _relayed_person(subject: Token, root: Token) -> Token | None:
    """The one person a body subject quotes in its sentence ("PTI, quoting the ambassador,
    estimated ...", "The agency, citing a police officer, put ..."): the object of a
    "quoting" or "citing" participle hung on the subject or the main verb."""
    for head in (subject, root):
        for child in head.children:
            if child.dep_ in ("acl", "advcl") and child.tag_ == "VBG" and child.lemma_.lower() in QUOTING_AS_VERBS:
                objects = [grand for grand in child.children if grand.dep_ == "dobj"]
                if len(objects) == 1 and not any(grand.dep_ == "conj" for grand in objects[0].children) \
                        and (objects[0].ent_type_ == "PERSON" or _describes_a_person(objects[0])):
                    return objects[0]
    return None


# Capitalised heads of a place's or a building's name that a possessive name may open ("St
# James' Park", "St Mary's Hospital", "St Peter's Square"): the name is the place's.
_PLACE_HEADS = frozenset("""park hospital stadium square street road cathedral church chapel college
school hall bridge gate gardens garden palace airport station abbey basilica lane avenue field
ground island bay""".split())


def _names_a_place(token: Token) -> bool:
    """A name that is the possessive opening a place's name ("St James' Park")."""
    return token.dep_ == "poss" and token.head.i > token.i and token.head.pos_ == "PROPN" \
        and token.head.is_title and token.head.lower_ in _PLACE_HEADS \
        and any(child.dep_ == "case" for child in token.children)


def _name_after_joined_roles(source: Token) -> Token | None:
    """The name in "Druze chief and prominent MP Walid Jumblatt": a bare role (no article, no
    name of its own) joined by "and" to a last conjunct that is a person's name after its own
    role; None for anything else ("the chief and Walid Jumblatt" are two)."""
    if source.pos_ != "NOUN" or source.tag_ != "NN" or not _describes_a_person(source) \
            or any(child.dep_ in ("det", "poss") or child.ent_type_ == "PERSON" for child in source.lefts):
        return None
    conjuncts = [child for child in source.rights if child.dep_ == "conj"]
    if len(conjuncts) != 1 or not any(child.dep_ == "cc" and child.lower_ == "and" for child in source.rights):
        return None
    name = conjuncts[0]
    if any(child.dep_ in ("det", "poss") for child in name.lefts):
        return None
    if name.ent_type_ != "PERSON" and name.pos_ in ("NOUN", "PROPN"):
        # (the parse may hang the name on the first role, after the second: "chief and MP
        # Walid Jumblatt" with "Jumblatt" in apposition to "chief")
        name = next((child for child in source.rights if child.dep_ == "appos" and child.ent_type_ == "PERSON"
                     and child.left_edge.i == name.i + 1), None)
        return name
    roles = [child for child in name.lefts if child.dep_ == "compound" and child.ent_type_ != "PERSON"]
    if name.ent_type_ != "PERSON" or not any(role.lower_ in TITLES or is_role_word(role) for role in roles):
        return None
    return name


def _indefinite_source(speaker: Speaker) -> bool:
    """"someone in the audience", "nobody": a source no pronoun goes on with."""
    return speaker.entity is None and speaker.mention is not None \
        and not _INDEFINITE_PRONOUNS.isdisjoint(speaker.mention.text.lower().split())


def _fronted_subordinate(clause: Token, ancestors: set[int], pronoun: Token) -> bool:
    """A subordinate clause with its conjunction ("as", "while", "after" ...) that opens the
    sentence and ends before ``pronoun``, hung on a verb above it. Not a condition: "If Trump
    is not the nominee, he said he would back X" puts a topic first, not the speaker (PolNeAR
    train)."""
    return clause.dep_ == "advcl" and clause.head.i in ancestors and clause.right_edge.i < pronoun.i \
        and clause.left_edge.i == clause.sent.start and any(child.dep_ == "mark" for child in clause.children) \
        and not any(child.dep_ == "mark" and child.lower_ in ("if", "unless") for child in clause.children)


def _main_subject(token: Token) -> bool:
    """The subject of its sentence's main verb or of one coordinated with it, not of a
    subordinate clause ("until voters head to the polls")."""
    verb = token.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


# Verbs whose "it" stands for nothing ("it was possible that", "it seems", "it takes time").
_EMPTY_IT_VERBS = frozenset({"be", "seem", "appear", "take", "remain", "look"})


def _calls_itself_it(source: Token) -> bool:
    """"Labour says it wants to keep the tax": a one-word name (typed a person) whose own
    reported clause opens with "it" as its subject speaks of itself as a body."""
    if source.dep_ != "nsubj" or source.pos_ != "PROPN" or any(
            left.lower_ in HONORIFICS or left.lower_ in TITLES for left in source.lefts):
        return False  # (nor "Lord Roe said it was possible ...": a person, and an "it" of nothing)
    return any(child.dep_ == "ccomp" and child.i > source.i and child.lemma_.lower() not in _EMPTY_IT_VERBS and any(
        grand.dep_ in ("nsubj", "nsubjpass") and grand.lower_ == "it" and grand.i == child.left_edge.i
        + (1 if child.left_edge.lower_ == "that" else 0) for grand in child.children)
        for child in source.head.children)


def _participle_object(token: Token) -> bool:
    """"Responding to criticism from Ann Roe, he insisted ...": a person named in a
    participle clause with no subject of its own (whose doer is the main clause's subject)
    and not its subject either is another party to it, not whom the pronoun names
    ("When asked how much Ann Roe paid, she said": Roe is a subject there, kept)."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return False
    for ancestor in token.ancestors:
        if any(child.dep_ in ("nsubj", "nsubjpass") for child in ancestor.children):
            return False
        if ancestor.dep_ == "advcl" and ancestor.tag_ in ("VBG", "VBN"):
            return True
    return False


# Paragraphs after the lead looked through for the person a lead's job description is: the
# fifth to twenty-third samples' leads name them in the first or second (Letwin, Kupolokun,
# Phung; Dung after a quote the extractor missed).
_LEAD_FOLLOW_PARAGRAPHS = 2
# Heads of a lead's description of one person by the job, not a source kept unnamed.
_LEAD_JOBS = (TITLES | ROLE_HEADS | OCCUPATIONS | CALLINGS) - {"source", "aide", "adviser", "advisor", "diplomat"}


def _lead_job(speaker: Speaker) -> bool:
    """A description of one person by the job ("the shadow chancellor", "a senior petroleum
    official"): no plural, no pronoun, no counted part of a group."""
    words = _before_its_tail(speaker.name.split())
    # (an owner's name before the job: "Kostas Roe's lawyer", "Tom Moss' coach")
    return len(words) >= 2 and (words[0].lower() in _DETERMINERS or any(
        word.endswith(("'s", "\u2019s", "'", "\u2019")) for word in words[:-1])) \
        and words[-1].lower() in _LEAD_JOBS and not speaker.extra.get("plural")


def _lead_body(speaker: Speaker) -> bool:
    """A body described with "a" or "the" and no name ("a Dutch newspaper", "an anti-fraud
    agency", "the elections watchdog": in a lead, named only later)."""
    words = _before_its_tail(speaker.name.split())
    # (with "the", a noun of a kind of body only: "the government", an institution named by
    # its kind, stays as written)
    return speaker.entity is None and len(words) >= 2 and not speaker.extra.get("plural") and (
        words[0].lower() in ("a", "an") and (words[-1].lower() in _BODY_KINDS or words[-1].lower() in ORG_WORDS)
        or words[0].lower() == "the" and words[-1].lower() in _BODY_KINDS)


def _named_again(description: str) -> str:
    """How a description is written again later, "the" and its head ("a senior official" ->
    "the official", "the elections watchdog" -> "the watchdog")."""
    return "the " + _before_its_tail(description.split())[-1].lower()


def _before_its_tail(words: list[str]) -> list[str]:
    """A description's words up to its head, without the phrase after it ("A leader of the
    Islamic Resistance Movement in Gaza" -> "A leader")."""
    cut = next((i for i, word in enumerate(words) if i and (word.lower() in _TAIL_WORDS or word.startswith("("))),
               len(words))
    # ("A relief group, just back from X": the head closes on the comma of the apposition after it)
    comma = next((i for i, word in enumerate(words[:cut]) if i and word.endswith(",")), None)
    if comma is not None:
        return words[:comma] + [words[comma][:-1]]
    return words[:cut]


# Words that open the phrase after a description's head ("a leader *of* the movement").
_TAIL_WORDS = frozenset({"of", "in", "at", "for", "from", "with", "on"})


def _a_thing(speaker: Speaker) -> bool:
    """A body or text named by a common noun ("The firm, reporting its results, said"):
    what a later "it" said may be its."""
    return speaker.extra.get("type") == "THING" and not speaker.extra.get("plural")


def _other_first_name(source: Token, entity: Entity) -> str | None:
    """The name written when the proper noun right before the source, in its compound name,
    is not a word of the entity's name of two or more words ending with the source ("Swiss
    Re" linked to "Munich Re", "Tony X" linked to his brother "John X"); no title, honorific,
    role, job ("Professor X") or initial, nor the end of a hyphenated first name ("Jo-Renee"), nor
    a day ("Late Saturday Roe announced")."""
    words = clean_name(entity.name).split()
    if len(words) < 2 or words[-1] != source.text or source.i == 0:
        return None
    left = source.doc[source.i - 1]
    if left.head.i != source.i or left.dep_ not in ("compound", "amod") or not left.is_title \
            or not (left.pos_ == "PROPN" or left.pos_ == "ADJ" and left.ent_type_) \
            or not left.is_alpha or len(left) < 3 or left.lower_ in TITLES or left.lower_ in HONORIFICS \
            or is_role_word(left) or left.lemma_.lower() in _HOLDER_NOUNS or left.lower_.rstrip("s") in _HOLDER_NOUNS \
            or left.text in clean_name(entity.name) or source.doc[left.i - 1].text == "-" or is_time_word(left):
        return None
    return f"{left.text} {source.text}"


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


# Entity types a phrase describing a speaker never has: a place, a people, a time.
_NOT_DESCRIPTIONS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})


def _described_by(name: Token) -> Token | None:
    """The noun phrase a name stands in apposition to, right before it ("one of the
    family's attorneys, Ann Roe"), when that phrase is a plain description (no
    verb: not a statement the parser took for the subject)."""
    head = name.head
    if name.dep_ != "appos" or head.i > name.i or name.i - head.right_edge.i > 10:
        return None
    if head.ent_type_ in _NOT_DESCRIPTIONS and head.dep_ == "pobj":
        return None  # "... ending the war with Russia, a source close to X said": the claim's last word
    if head.pos_ == "PROPN" and head.ent_type_ and name.ent_type_ and head.ent_type_ != "PERSON":
        return None  # "... against Ferrari, the Financial Times reported": a name is no description of another
    if head.tag_ == "NNS" and head.dep_ in ("dobj", "attr") \
            and not {head.lemma_.lower(), head.lower_} & (PEOPLE | ANONYMOUS_HEADS | TITLES):
        return None  # "... wider powers, Minister Ann Roe said": things, the claim's last word
    if any(above.lower_ == "by" and above.dep_ in ("prep", "agent") for above in head.ancestors) \
            and any(above.is_sent_start and above.pos_ != "DET" for above in head.ancestors):
        return None  # "Met by the mayor and his wife, Anna, the pope said": the agent of a fronted participle
    phrase = name.doc[head.left_edge.i:name.left_edge.i]
    if len(phrase) > 12 or any(token.pos_ in ("VERB", "AUX") for token in phrase):
        return None
    return head


# Heads of a source phrase that count or pick out members of a group of people.
_COUNTING_WORDS = frozenset("""
one two three four five six seven eight nine ten some many most few several all both each
either neither those others half majority minority plurality third quarter fifth
""".split())


def _counted(token: Token) -> bool:
    """A source headed by a number or a quantifier ("one of those advisers", "six in 10",
    "most", "those who ..."), not by a noun or a name."""
    if token.ent_type_ == "PERSON" or token.pos_ in ("PROPN", "NOUN"):
        return False
    if token.lower_ == "one":  # "one of the advisers", "one in four", not "one that could explain"
        # (nor a bare "one" but in the past, "“...?” one asked": one of those just written of;
        # "one could argue" is anyone)
        return any(child.lower_ == "of" or (child.lower_ == "in" and any(
            grand.pos_ == "NUM" for grand in child.children)) for child in token.children) or (
            token.n_lefts + token.n_rights == 0 and token.dep_ == "nsubj" and token.head.tag_ in ("VBD", "VBN")
            and not any(child.tag_ == "MD" for child in token.head.children))
    if token.text == "%":  # "32% said": a share of those asked
        return any(child.dep_ == "nummod" for child in token.children)
    return token.lower_ in _COUNTING_WORDS or token.pos_ == "NUM"


# Words of the day a source spoke on ("a poll released Wednesday", "officials said this
# morning"), stripped from the end of an unnamed source's name; a year or a date stays
# ("a picture taken in 1986" says which picture).
_DAY_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight morning afternoon evening night this last the earlier later""".split())


def _group_part(source: Token, mention: Span) -> Speaker:
    """"one of the advisers said", "six in 10 say", "most believe", "those who said": part
    of a group, named by its description."""
    return Speaker(_description(mention.text), None, mention, True,
                   {"type": "PERSON", "plural": source.lower_ not in ("one", "each", "either")})


def _mistagged_name(token: Token) -> bool:
    """A capitalised word inside a sentence that the tagger took for another part of speech
    ("“...,” said Skelly" with "Skelly" an adverb): a name."""
    return token.pos_ in ("ADV", "NOUN", "ADJ", "VERB") and token.is_title and not token.is_sent_start \
        and token.lower_ not in TITLES


def _object_read_as_subject(token: Token) -> bool:
    """"From flaps over carols to a row about trees, the world is ...": a "subject" right after
    a preposition that is not its own is the preposition's object, which the parse misread."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.pos_ == "ADP" and before.dep_ == "prep" and before.head.i != token.i \
        and not any(child.dep_ in ("det", "poss") for child in token.children)


def _country_in_capitals(token: Token) -> bool:
    """"The US, which can veto ..., said": "US" in capitals, a name the NER tagged, is the
    country, not the pronoun "us" (the writer)."""
    return token.pos_ == "PROPN" and token.text.isupper() and len(token.text) > 1 and bool(token.ent_type_)


def _job_word(token: Token) -> bool:
    """A title or the head of a job ("minister", "director", "coach")."""
    return token.lower_ in TITLES or token.lower_ in ROLE_HEADS


def _describes_a_person(token: Token) -> bool:
    """A singular noun for one person: a job, a role, a source, a person's noun ("the
    coach", "the official", "the widow")."""
    return token.tag_ == "NN" and (_job_word(token) or token.lower_ in ANONYMOUS_HEADS
                                   or token.lower_ in GENDERED_NOUNS)


# Nouns for an elected member of an assembly, beside the titles: a person's, never a body's.
_MEMBER_WORDS = frozenset("deputy legislator parliamentarian councillor councilor mp".split())


# Nouns that describe a body, never a person ("the company's unit", "the journal", "phone
# company"): a name in apposition to them is the body's ("US rap star 50 Cent" is a person's).
_BODY_DESCRIPTIONS = ORG_WORDS | _BODY_NOUNS | frozenset(
    "unit subsidiary newspaper daily journal magazine retailer maker operator carrier regulator "
    "watchdog broadcaster firm organisation organization body charity lender insurer".split())


def _name_after_body(token: Token) -> Token | None:
    """The one-word name of a body the parse split from its description as a second subject
    or an apposition without a comma ("news agency NNI reported")."""
    doc = token.doc
    if token.tag_ != "NN" or token.lower_ not in _BODY_DESCRIPTIONS or token.i + 1 >= len(doc):
        return None
    name = doc[token.i + 1]
    if name.pos_ != "PROPN" or name.ent_type_ != "ORG" or name.ent_iob_ != "B" or (
            name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I"):
        return None
    if name.head.i == token.i and name.dep_ in ("appos", "npadvmod") or \
            name.head.i == token.head.i and name.dep_ == token.dep_ == "nsubj":
        return name
    return None


def _body_described(token: Token) -> bool:
    """A common noun for a body, no person ("The company's unit, Roe Mines (RM), said", "the
    newspaper, The Sun,"): the body's name in apposition names the source."""
    return token.tag_ == "NN" and token.lower_ in _BODY_DESCRIPTIONS


def _one_of_a_people(token: Token) -> bool:
    """"The Russian", "the Spaniard": one person of a people, written for a person, not the
    people ("the Russians", "the French", "the Chinese", "the Swiss" name a nation)."""
    return token.tag_ in ("NNP", "NN", "JJ") and any(child.lower_ == "the" for child in token.lefts) \
        and not token.lower_.endswith(("ese", "ish", "s")) and token.lower_ not in _PEOPLES_IN_ONE_WORD \
        and token.dep_ in ("nsubj", "nsubjpass")


# Words for a whole people with no plural ("the French", "the Dutch"), besides those in -ese,
# -ish and -ss.
_PEOPLES_IN_ONE_WORD = frozenset({"french", "dutch", "welsh", "british"})
# One of a party's members, written for a person ("the Socialist said").
_PARTY_MEMBERS = frozenset("socialist communist conservative liberal democrat republican nationalist centrist "
                           "leftist islamist tory".split())


def _job_apposition(name: Token) -> bool:
    """A name with a title, an assembly member's word or a gendered noun in apposition after
    it ("X, a deputy of Y", "X, the party's chairman")."""
    # (a title, not any job word: "Toyota, the owner of Lexus", "X, a member of the coalition"
    # are bodies)
    return any(child.dep_ == "appos" and child.i > name.i and child.tag_ == "NN"
               and (child.lower_ in TITLES or child.lower_ in _MEMBER_WORDS or child.lower_ in GENDERED_NOUNS)
               for child in name.children)


def _addressed_names(pronoun: Token) -> set[str]:
    """The proper names its verb addresses when a pronoun is its subject ("he told Hannity",
    "she said to Roe"): whom the pronoun cannot stand for."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    objects = [child for child in verb.children if child.dep_ in ("dobj", "dative")]
    objects += [grand for child in verb.children if child.dep_ == "prep" and child.lower_ == "to"
                for grand in child.children if grand.dep_ == "pobj"]
    return {token.text for token in objects if token.pos_ == "PROPN"}


def _job_before_full_name(name: Token) -> bool:
    """A name of two or more capitalised words right after a job word or its phrase ("charge
    d'affaires Paul Jones", "coach Tom Roe"): a person's, whatever the NER typed it."""
    words = [left for left in name.lefts if left.dep_ == "compound" and left.pos_ == "PROPN"
             and left.is_title and left.i < name.i]
    if not words or words[0].i + len(words) != name.i:
        return False
    before = name.doc[words[0].i - 1] if words[0].i > 0 else None
    # (or a job's phrase that runs on to it: "Associate Minister of Foreign Affairs and Trade Simon Upton")
    return before is not None and (before.lower_ in _JOBS_BEFORE_NAMES or any(
        left.dep_ == "nmod" and left.lower_ in _JOBS_BEFORE_NAMES and left.right_edge.i == before.i
        for left in name.lefts))


# Words for a job written before a holder's name ("spokesman Tom Roe", "striker Tom Roe",
# "charge d'affaires Tom Roe").
_JOBS_BEFORE_NAMES = TITLES | ROLE_HEADS | CALLINGS | OCCUPATIONS | {"d'affaires"}


def _missed_name(token: Token, description: Token) -> bool:
    """A name of two capitalised words the NER missed or typed a body ("The EU's policy
    chief, Kaja Rask,"), in apposition to a job held by one person: that person's name."""
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ in ("", "ORG") \
        and _job_word(description) \
        and any(left.dep_ == "compound" and left.pos_ == "PROPN" and left.is_title for left in token.lefts)


def _runs_on_into_name(job: Token, name: Token, end: int) -> bool:
    """Whether a job's "for"/"of" phrase runs on into a full name that closes it, after a
    word that describes no person (see SpeakerResolver._name_closing)."""
    doc = job.doc
    before = doc[name.i - 1] if name.i > 0 else None
    if before is None or before.i <= job.i + 1 or not before.is_alpha or before.is_stop \
            or _role_noun(before.lower_) or before.lemma_.lower() in _PERSON_NOUNS or before.lower_ in _KIN:
        return False
    if len([t for t in doc[name.i:] if t.idx < end]) < 2:
        return False  # (a full name: a lone capitalised word may be the body's)
    return any(t.lower_ in ("for", "of") for t in doc[job.i + 1:before.i])


def _plural_noun(token: Token) -> bool:
    """A plural noun or a pair of names: what "they" stands for when no subject names
    people ("the authors of the study ... In it, they conclude")."""
    return token.tag_ in ("NNS", "NNPS") or (token.pos_ == "PROPN" and any(
        child.dep_ == "conj" for child in token.children))


def _names_people(token: Token) -> bool:
    """A subject that "they" can stand for: people ("critics", "Democrats", "Roe and
    Doe"). (Organisations and countries are "it" too often to be guessed.)"""
    if token.ent_type_ == "NORP":
        return True
    if token.ent_type_ == "PERSON":
        return any(child.dep_ == "conj" for child in token.children)
    lemma = token.lemma_.lower()
    if token.tag_ == "NN" and lemma in _PEOPLE_TOGETHER:
        return True  # "The 28-member delegation released its report. // ..., they said"
    return token.tag_ in ("NNS", "NNPS") and (lemma in PEOPLE or lemma in ANONYMOUS_HEADS
                                               or lemma in TITLES)


# Nouns for a few people together, which "they" goes on with (not bodies such as a committee,
# which are "it" as often).
_PEOPLE_TOGETHER = frozenset({"delegation", "team", "panel", "crew", "squad", "couple", "family", "band",
                              "duo", "trio", "jury"})


def _is_circumstance(token: Token) -> bool:
    """A prepositional phrase that says when or where a source spoke, not who it is."""
    if token.dep_ != "prep":
        return False
    if token.lower_ in _CIRCUMSTANCE_PREPS:
        return True
    if token.lower_ == "on" and any(child.dep_ == "pobj" and child.ent_type_ == "DATE" for child in token.children):
        return True  # "said the agency on Friday": when it spoke
    if token.lower_ == "on" and any(child.dep_ == "pobj" and child.lower_ == "behalf" for child in token.children):
        return True  # "the minister, on behalf of the cabinet, said": for whom, not who
    if token.lower_ == "as" and any(child.dep_ == "pcomp" for child in token.children):
        return True  # "quoted Ann Roe as saying": how she was quoted, not who she is
    return token.lower_ == "in" and any(child.dep_ == "pobj" and child.lemma_.lower()
                                        in SPEECH_OCCASIONS for child in token.children)


def _indefinite(token: Token) -> bool:
    return any(child.lower_ in ("a", "an", "some", "several", "one", "two", "three", "another",
                                "many", "other", "few")
               for child in token.lefts) or token.tag_ == "NNS" and not any(
        child.lower_ in ("the", "these", "those") for child in token.lefts)


def _modifiers_before(span) -> list[Token]:
    """The words in front of a name that modify it ("French President" Emmanuel Macron)."""
    found: list[Token] = []
    index = span.start - 1
    while index >= 0 and span.start - index <= 5:
        token = span.doc[index]
        if token.dep_ not in ("compound", "amod", "nmod", "conj", "cc") or not _hangs_on_name(token, span):
            break
        found.append(token)
        index -= 1
    head = span.root.head
    if span.root.dep_ == "conj" and index >= 1 and span.doc[index].lower_ == "and" and head.i == index - 1 \
            and head.pos_ == "PROPN" and head.is_title and head.lower_ in TITLES \
            and not any(child.dep_ in ("det", "poss") for child in head.children):
        # "President and Chief Advisor Iajuddin Ahmed": two titles joined by "and" before the
        # name, which the parse makes the first title's conjunct; both are the person's (not
        # "between the chancellor and Tony Blair": two people)
        found += [head] + [t for t in reversed(list(head.lefts)) if t.dep_ in ("compound", "amod")
                           and t.i == head.i - 1]
    return found[::-1]  # in reading order: "shadow chancellor" is no "chancellor"


def _heads_a_named_body(span) -> bool:
    """"the head of the International Monetary Fund": "head" or "chief" of a body's name, not
    of a part of it ("the head of the RNC's rules committee")."""
    head = next((token for token in span if token.lower_ in _GENERIC_BODY_HEADS), None)
    owned = [grand for child in head.children if child.dep_ == "prep" and child.lower_ == "of"
             for grand in child.children if grand.dep_ == "pobj"] if head is not None else []
    return bool(owned) and all(token.pos_ == "PROPN" and not token.is_lower for token in owned)


def _hangs_on_name(token: Token, span) -> bool:
    """Whether a word before a name modifies it, itself or through the words after it ("President
    and Defence Minister Tom Roe": "and" and "President" through "Minister")."""
    for _ in range(4):
        if span.start <= token.head.i < span.end:
            return True
        if not token.i < token.head.i < span.start and not (token.dep_ in ("conj", "cc") and token.head.i < token.i):
            return False
        token = token.head
    return False


def _titles_match(wanted: set[str], have: set[str], generic: bool = True) -> bool:
    if wanted <= have or "counterpart" in have:  # "his American counterpart X"
        return True
    if "monarch" in wanted and have & _MONARCHS and wanted - _MONARCHS <= have:
        return True  # "the monarch" is whoever the article calls king or queen
    if wanted & DIPLOMATS and have & DIPLOMATS and wanted - DIPLOMATS <= have:
        return True
    # "leader" names any head of state or government ("the Chinese leader" is President
    # Hu); a head's own title names only someone given that title ("the chancellor" is not
    # "Tory leader X", nor the president of a country that has both)
    return generic and bool(wanted & _GENERIC_HEADS) and bool(have & HEADS) and wanted - HEADS <= have


_GENERIC_HEADS = frozenset({"leader"})
# The titles of a crowned head, any of which "the monarch" stands for.
_MONARCHS = frozenset("monarch king queen emperor empress sultan emir tsar".split())
# Words of a source that keeps its name back ("asking not to be named", "on condition of anonymity").
_WITHHELD_NAME = re.compile(r"\b(named|identified|anonymity|anonymous|unnamed)\b", re.IGNORECASE)
# Titles of a party's head ("Liberal Democrat leader Tom Roe").
_PARTY_HEADS = frozenset({"leader", "chairman", "chairwoman", "chair"})
# Words for whoever holds a body's top job ("the head of the IMF"), and those top jobs.
_GENERIC_BODY_HEADS = frozenset({"head", "chief"})
_BODY_HEAD_TITLES = frozenset({"director", "president", "chairman", "chairwoman", "chair", "chief", "ceo",
                               "leader", "head", "governor", "commissioner"})
# Nouns that describe a person: what "the [noun] said" may name when the article put that
# noun beside one person's name.
_PERSON_NOUNS = ROLE_HEADS | TITLES | OCCUPATIONS | CALLINGS
# Words for anyone in office, whatever their title ("the official" after a deputy director).
_GENERIC_OFFICES = frozenset({"official"})
# Words before "leader" that leave it any head of state or government ("the country's
# former leader"); any other word written in small letters says what is led ("an
# opposition leader", "a rebel leader", "the spiritual leader"), no government.
_NEUTRAL_QUALIFIERS = frozenset("the a an former then late new current top veteran longtime its their his her".split())


def _qualified_head(words: list[str]) -> bool:
    """Whether a generic head ("leader") is qualified by a word in small letters that says
    what is led ("A Malaysian opposition leader" is no prime minister)."""
    for index, word in enumerate(words):
        if word.lower().strip(",.") in _GENERIC_HEADS and index:
            before = words[index - 1]
            return before.isalpha() and before.islower() and before not in _NEUTRAL_QUALIFIERS \
                and country_key(before) is None
    return False


def _definite_person_noun(source: Token, bare: bool = False) -> list[Token] | None:
    """The words before a person's noun in "the [senior] abbot" (a singular noun of a person,
    "the" and modifiers only, no tail: "the aide to X" says more of whom); None for any other
    phrase (not "the company, Actavis" typed a person). "The" may be a body's description
    that owns the noun ("the reform group's general secretary", not "the victim's lawyer"); with ``bare``, a noun with
    no word before it ("..., official said", as wire copy drops the article) gives []."""
    lemma = source.lemma_.lower()
    if source.pos_ != "NOUN" or source.tag_ != "NN" or not (lemma in _PERSON_NOUNS or lemma in GENDERED_NOUNS) \
            or any(child.dep_ == "prep" for child in source.rights):
        return None
    lefts = [child for child in source.children if child.i < source.i and child.dep_ != "punct"]
    if not lefts:
        return [] if bare and source.dep_ in ("nsubj", "nsubjpass") else None
    first = lefts[0]
    owned = first.dep_ == "poss" and first.pos_ == "NOUN" and first.tag_ == "NN" and first.lower_ in ORG_WORDS and [
        child.lower_ for child in first.children if child.i < first.i][:1] == ["the"] and all(
        child.dep_ in ("det", "amod", "compound", "case") and (child.is_lower or child.lower_ == "the")
        for child in first.children)
    if not (owned or first.lower_ == "the" and first.dep_ == "det") or any(
            child.dep_ not in ("det", "amod", "compound") for child in lefts[1:]):
        return None
    return lefts


def _closes_on_a_name(source: Token, mention: Span) -> bool:
    """"Deputy Chief of Ports Lena Varga said": a title in capitals whose phrase closes on two
    capitalised words that are neither role nor country words names its own holder (one the
    NER missed), not another person the article gave a like title."""
    tail = [t for t in source.doc[source.i + 1:source.i + _MAX_TITLE_TOKENS]
            if t.idx + len(t) <= mention.end]
    return source.text[:1].isupper() and len(tail) >= 2 and all(
        t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_type_ in ("", "PERSON", "ORG")
        and not is_role_word(t) and country_key(t.lower_) is None for t in tail[-2:])


# Words before a title that make it another office: a vice president is no president (a
# deputy governor is a vice governor), a shadow chancellor (the opposition's) no chancellor.
_SECOND_RANKS = {"vice": "vice", "deputy": "vice", "assistant": "assistant", "associate": "associate",
                 "under": "under", "shadow": "shadow"}


def _countries_named(words: list[str]) -> set[str]:
    """The countries (gazetteer codes) that capitalised country or nationality words name
    ("Algeria's", "Kuwaiti"), to tell two countries' office holders apart; only to rule a
    holder out (a first name may be a people's word too: "Dane Waters")."""
    gaz = gazetteer()
    codes: set[str] = set()
    for word in words:
        word = word.strip(",.")
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        if len(word) < 3 or not word.isalpha() or not word[:1].isupper():
            continue
        place = gaz.place(word)
        code = gaz.demonym(word) or (place.code if place is not None and place.kind == "country" else None)
        if code:
            codes.add(code)
    return codes


def _role_words(words: list[str]) -> set[str]:
    found: set[str] = set()
    lowered = [w.lower().strip(",.") for w in words]
    for index, word in enumerate(lowered):
        word = _TITLE_SYNONYMS.get(word, word)
        if word in TITLES:
            # "Saddam's former vice president" holds the title "vice president", not "president"
            found.add(f"{_SECOND_RANKS[lowered[index - 1]]} {word}" if index and lowered[index - 1] in _SECOND_RANKS else word)
        key = country_key(word)
        if key is None and index + 1 < len(lowered):
            key = country_key(f"{word} {lowered[index + 1]}")
        if key is not None:
            found.add(key)
    return found


# Words of a party's or a body's name that say nothing of which one it is.
_GENERIC_BODY_WORDS = frozenset("party parties council committee group union front movement association congress "
                                "the of and".split())


def _bodies(tokens) -> set[str]:
    """The words naming a party or a body in a description ("the Green Party's leader",
    "Labour MP"), marked "@" among the role words: a person described only with other
    bodies' names does not hold that role. (A nationality adjective, "Scottish
    Conservative leader", says no body.)"""
    return {"@" + t.lower_ for t in tokens if t.is_alpha and t.text[:1].isupper()
            and (t.ent_type_ == "ORG" or t.ent_type_ in ("", "NORP") and t.pos_ == "PROPN")
            and t.lower_ not in _GENERIC_BODY_WORDS and t.lower_ not in TITLES and not is_role_word(t)
            and country_key(t.lower_) is None}


# Titles whose office is named by the word before them ("the foreign secretary", "Finance
# Minister X", "the prime minister") or by an "of" phrase after ("Secretary of State").
_PORTFOLIO_TITLES = frozenset({"minister", "secretary"})


def _portfolios(words: list[str]) -> set[str]:
    """The offices of a description's portfolio titles, marked "~": "the foreign secretary"
    holds "~foreign secretary", "Deputy Prime Minister X" "~vice prime minister", "Secretary
    of State X" "~secretary of state". A person described with one office of a title holds
    no other office of it ("New Home Secretary Tom Roe" is not "the foreign secretary"); a
    bare title ("the minister") says nothing of the office."""
    found: set[str] = set()
    lowered = [w.lower().strip(",.") for w in words]
    for index, word in enumerate(lowered):
        if word not in _PORTFOLIO_TITLES:
            continue
        after = index + 1
        if after + 1 < len(lowered) and lowered[after] == "of" and lowered[after + 1].isalpha() \
                and lowered[after + 1] not in _DETERMINERS:
            found.add(f"~{word} of {lowered[after + 1]}")
            after += 2
        if after < len(lowered) and lowered[after] == "for":
            # "Secretary of State for Culture, Media and Sport", "Minister for Health": each
            # field is an office of the title ("the culture secretary")
            at = after + 1
            while at < len(lowered) and lowered[at].isalpha() and lowered[at] not in _DETERMINERS \
                    and lowered[at] not in TITLES and lowered[at] not in _NAME_INNER:
                found.add(f"~{lowered[at]} {word}")
                if lowered[at - 1] in ("and", "&"):
                    break  # the list's last field
                if words[at].endswith(",") and at + 1 < len(lowered):
                    at += 1
                elif at + 1 < len(lowered) and lowered[at + 1] in ("and", "&"):
                    at += 2
                else:
                    break
            continue
        if after > index + 1:
            continue
        before = lowered[index - 1] if index else ""
        if not before.isalpha() or before in _NEUTRAL_QUALIFIERS or before in TITLES \
                or before in _SECOND_RANKS or country_key(before) is not None:
            continue
        rank = lowered[index - 2] if index > 1 and lowered[index - 2] in _SECOND_RANKS else ""
        found.add(f"~{_SECOND_RANKS[rank] + ' ' if rank else ''}{before} {word}")
    return found


def _same_title(office: str, other: str) -> bool:
    """Whether two portfolio keys are offices of one title ("~foreign secretary" and
    "~home secretary"; "~secretary of state" and "~defence secretary")."""
    return other.startswith("~") and office.split()[-1 if " of " not in office else 0].lstrip("~") == \
        other.split()[-1 if " of " not in other else 0].lstrip("~")


def _a_title(word: str) -> bool:
    """A title of _role_words, a second rank's too ("vice president"), or an office of
    _portfolios."""
    return word.startswith("~") or word.split()[-1] in TITLES


def _name_words(token: Token) -> str:
    """A proper name the NER missed: the token with its compound words."""
    return _name_with_lefts(token, lambda left: left.dep_ == "compound" and left.pos_ == "PROPN")


def _name_with_lefts(token: Token, joins) -> str:
    """The token with the words right before it that the parse hangs on it and ``joins``
    accepts, up to the first title, honorific, role or country (not part of the name)."""
    words = [token]
    for left in reversed(list(token.lefts)):
        if left.i != words[0].i - 1 or not joins(left) or left.lower_ in TITLES or left.lower_ in HONORIFICS \
                or is_role_word(left) or country_key(left.text) or is_time_word(left):
            break
        words.insert(0, left)
    return clean_name(" ".join(t.text for t in words))


def _body_name_words(token: Token) -> str:
    """A plural name of a body or a people the NER cut short: the token with the capitalised
    proper nouns right before it that the parse hangs on it ("Liberal Democrats", "Senate
    Democrats"), no title, place, country or sentence opener ("Fellow Republicans")."""
    return _name_with_lefts(token, lambda left: left.dep_ in ("compound", "amod") and left.pos_ == "PROPN"
                            and left.is_title and left.is_alpha and not left.is_sent_start
                            and left.ent_type_ not in ("GPE", "LOC", "PERSON", "DATE"))


def _own_saying(token: Token) -> bool:
    """"dealers saying X": a participle of saying with its clause, hung on its own subject,
    is the cue, no part of who spoke ("officials speaking on condition of anonymity" is)."""
    return token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() in SPEECH_VERBS \
        and any(child.dep_ == "ccomp" for child in token.children)


def _the_name(speaker: Speaker) -> bool:
    """"according to the Dalton Evening Courier ... , it said": a speaker of no known type
    named by "the" and a name (of one word or more, none a title) is a body "it" may go
    on with (not "he", nor "they": "the Dalai Lama", "the G-20" stay untyped)."""
    words = speaker.mention.text.split() if speaker.mention is not None else []
    return speaker.extra.get("type") is None and not speaker.extra.get("plural") and len(words) > 1 \
        and words[0].lower() == "the" and all(word[:1].isupper() for word in words[1:]) \
        and not any(word.lower().strip(".") in TITLES or word.lower() in HONORIFICS for word in words[1:])


# Small words inside a body's or an office's name after its first word ("Archbishop of
# Canterbury", "Centre for Strategic Studies", "Rapporteur for Drugs and Drug Dependency").
_NAME_INNER = frozenset({"of", "for", "and", "&", "the"})


def _name_through_of(token: Token) -> str:
    """A one-word proper name the NER missed, run on over an "of" or "for" phrase of
    capitalised words right after it: "The Bishop of Durham" is named "Bishop of Durham",
    never "Bishop"."""
    name = _name_words(token)
    doc = token.doc
    if len(name.split()) > 1 or (token.i and doc[token.i - 1].text == "-"):
        return name  # a person's name ("Ann Roe of the Swiss Institute", "Magnenat-Thalman of ...")
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("of", "for") \
            or doc[token.i + 1].head.i != token.i:
        return name
    end = token.i + 1
    while end < len(doc) and (doc[end].lower_ in _NAME_INNER or doc[end].is_title and doc[end].is_alpha):
        end += 1
    while end > token.i + 1 and doc[end - 1].lower_ in _NAME_INNER:
        end -= 1
    if end <= token.i + 2:
        return name
    return clean_name(name + " " + doc[token.i + 1:end].text)


def _job_title(token: Token) -> bool:
    """A capitalised word of a job title: its head ("Founder", "Planner") or the prefix the
    tokenizer split from it ("Co" of "Co-Owner")."""
    if not token.text[:1].isupper():
        return False
    if token.lower_ in HEAD_PREFIXES:
        doc = token.doc
        return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in ROLE_HEADS
    return token.lower_ in ROLE_HEADS


def _description(text: str) -> str:
    return " ".join(text.split())


def _nominal_adjective(token: Token) -> bool:
    """"said the 46-year-old", "the elderly": an adjective standing as the subject with its
    determiner is a description of who spoke; so is a noun the tagger took for an adverb or an
    adjective when a possessive or a name heads its phrase ("Sweden's Svenska Dagbladet daily
    said": a newspaper)."""
    return token.pos_ in ("ADJ", "ADV") and token.dep_ in ("nsubj", "nsubjpass") \
        and any(child.dep_ == "det" or (child.dep_ in ("poss", "compound") and child.pos_ == "PROPN")
                for child in token.children)


def _spokesperson(speaker: Speaker) -> bool:
    """A spokesman described with no name ("a spokesman for UKIP")."""
    words = _before_its_tail(speaker.name.split())
    return speaker.entity is None and len(words) == 2 and words[-1].lower() in _SPOKESPEOPLE


def _name_in_small_letters(first: Token, last: Token) -> bool:
    """Whether the words from a capitalised first word to ``last`` read as one body's name
    written partly in small letters ("Commission for racial equality"): a "for" or "of" in it
    and no word for a person."""
    words = first.doc[first.i + 1:last.i + 1]
    return any(word.lower_ in ("for", "of") for word in words) and not any(
        _role_noun(word.lower_) or word.lower_ in _KIN or word.is_punct for word in words)


def _full_name(name: str) -> bool:
    """Two or more words, each capitalised: a person's full name as written ("Eris Roe")."""
    words = name.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words)


def _name_person(speaker: Speaker, name: str, entity_id: str | None, kind: str = "PERSON") -> None:
    """Give a job (or a body) described without a name, in a statement already made, the
    person (or body) it is."""
    speaker.name, speaker.entity, speaker.anonymous = name, entity_id, False
    speaker.extra["type"] = kind


def _named_here(found: Speaker, mention: Span | None, **extra: Any) -> Speaker:
    """The speaker ``found``, named at this place by ``mention`` (a pronoun, a description),
    with its own copy of the extras and ``extra`` added."""
    return Speaker(found.name, found.entity, mention, found.anonymous, {**found.extra, **extra})


def _kind_read_as_name(token: Token) -> bool:
    """"the national daily said": a noun of a kind of body in small letters that the parse
    tagged a name is that noun."""
    return token.tag_ == "NNP" and token.is_lower and token.lower_ in _BODY_KINDS and not token.ent_type_


def _the_text(speaker: Speaker) -> bool:
    """"the statement", "the report": a text spoken of before, named by "the" and its noun."""
    words = speaker.mention.text.lower().split() if speaker.mention is not None else []
    return speaker.entity is None and len(words) >= 2 and words[0] == "the" \
        and words[1].strip(",") in SPEECH_OCCASIONS | FINDING_SOURCES


# Sentences before a description's own that ``_salient_antecedent`` looks back over, and
# what each sentence back costs a candidate against the 1 a subject gains. (The nine marked
# news samples r91010-r91018: the protagonist of a BBC lead is two sentences back at most; a
# subject two sentences back outweighs an object one sentence back.)
SALIENT_SENTENCES = 3
SALIENT_DISTANCE_COST = 0.6
# Nouns of bodies a definite description names by kind; media are those cited as sources.
_MEDIA_NOUNS = frozenset("paper newspaper daily tabloid weekly agency broadcaster magazine".split())
# ("group" is left out: a group of people as often as a body.)
_BODY_KIND_NOUNS = _MEDIA_NOUNS | frozenset("company firm corporation union charity organisation organization".split())
_AGE_NOUN = re.compile(r"^\d+-year-old$")
# Nouns for the people of a show, a film or a band, after its name ("the Two Ronnies star").
_WORK_PEOPLE = frozenset("star legend actor actress singer comedian presenter host frontman".split())


def _description_kind(source: Token) -> str | None:
    """"person", "body" or "media" for a definite singular description that names no one
    ("the Tory leader", "the paper", "The 67-year-old"); else None."""
    # ("The 67-year-old", and an age before a noun for anyone: "the 74-year-old comedian")
    aged = _AGE_NOUN.match(source.doc[source.left_edge.i + 1:source.i + 1].text.replace(" ", "")) is not None \
        or _AGE_NOUN.match(source.doc[source.left_edge.i + 1:source.i].text.replace(" ", "")) is not None \
        and source.tag_ == "NN" and source.lemma_.lower() not in _NOT_PERSON_NOUNS
    demonym = _demonym_noun(source)
    if source.tag_ != "NN" and not aged and not demonym:
        return None
    lefts = list(source.lefts)
    if not any(t.lower_ == "the" and t.dep_ == "det" or t.dep_ == "poss" for t in lefts):
        return None
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in lefts):
        return None  # "his lawyer" is someone of his, never him
    head = source.lower_
    # (a proper noun in small letters is the tagger's slip: "world cross country champion")
    named = [t for t in source.doc[source.left_edge.i:source.i]
             if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN" and t.ent_type_ not in ("NORP", "GPE")
             and not t.is_lower]
    if named and not (source.lemma_.lower() in _WORK_PEOPLE and not any(
            t.ent_type_ in ("PERSON", "ORG") for t in named)):
        # a name in the description is who it is ("the Haaretz newspaper") or whose one is
        # ("the CNOOC official": the rules of a body's people decide); a work's name before a
        # star of it is neither ("the Two Ronnies star" is the person the text is about)
        return None
    if head in _MEDIA_NOUNS:
        return "media"
    if head in _BODY_KIND_NOUNS:
        return "body"
    lemma = source.lemma_.lower()
    if aged or demonym or head in TITLES or lemma in CALLINGS or lemma in OCCUPATIONS or head in ("star", "legend"):
        return "person"
    return None


def _demonym_noun(token: Token) -> bool:
    """"the Dutchman", "the Irishwoman": a man or a woman of a people, written for a person."""
    stem = _demonym_stem(token)
    return len(stem) > 2 and country_key(stem) is not None


def _demonym_stem(token: Token) -> str:
    """The people's word of "Dutchman" or "Irishwoman" ("Dutch", "Irish"); "" for another word."""
    lower = token.lower_
    return token.text[:-5] if lower.endswith("woman") else token.text[:-3] if lower.endswith("man") else ""


# What a newspaper's name owns or qualifies in a writer's words: its works and its people.
_PAPER_WORKS = frozenset("article story editorial report reporter correspondent columnist interview".split())
# Verbs whose subject is a news source ("Reuters reported", "Xinhua quoted ...").
_NEWS_VERBS = frozenset({"report", "quote", "cite"})


def _role_noun(word: str) -> bool:
    """A title, calling or occupation ("minister", "director", "actress")."""
    return word in TITLES or word in HEADS or word in CALLINGS or word in OCCUPATIONS or word in GENDERED_NOUNS


def _in_subject(name: Token) -> bool:
    """Whether a name is a subject, or owns one ("The BBC's flagship programme ... is")."""
    if name.dep_ == "poss":
        name = name.head
        while name.dep_ in ("compound", "appos") and name.head.i != name.i:
            name = name.head
    return name.dep_ in ("nsubj", "nsubjpass")


def _kind_compound(noun: Token) -> str | None:
    """The common noun right before a body's kind noun ("aid" in "the aid agency"), if any."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == noun.i and before.pos_ == "NOUN":
        return before.lower_
    return None


def _owned_agency(source: Token) -> bool:
    """"the UN refugee agency": an agency noun with a body's name and a noun of its field
    before it (not "the Kyodo news agency": a news agency is the named one itself)."""
    compounds = [child for child in source.lefts if child.dep_ in ("compound", "amod", "nmod")]
    return any(child.pos_ == "PROPN" for child in compounds) and any(
        child.pos_ in ("NOUN", "ADJ") and child.lower_ != "news" for child in compounds)
