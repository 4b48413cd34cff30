"""Entities: the repaired name mentions of an article grouped into one entity per person,
body or place, with their roles, role descriptions and what places stand for.

Within an article:
- one type per entity, by a vote of its mentions (spaCy's label, the gazetteer, "X said");
- "Macron" joins "Emmanuel Macron", "Kiev" joins "Kyiv", "EU" joins "European Union";
- every further occurrence of a known name is a mention too ("Trump: War could end");
- roles as they appear ("Russian Foreign Minister", "President of France");
- role descriptions joined to their holder ("the French leader", "The US president");
- capitals and seats of government used for a government ("Moscow has voiced...") are
  recorded in ``stands_for``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import IS_LOWER, LOWER, ORTH, POS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from storyline.extract.entities import roles as role_rules
from storyline.extract.entities.mentions import (FIRM_NOUNS, ORG_WORDS, Mention, caps_lead_in, name_mentions,
                                                 personal_honorific)
from storyline.extract.entities.gazetteer import Gazetteer, Place, gazetteer, normalise
from storyline.extract.lexicon import INSTITUTION_WORDS, SPEECH_VERB_FORMS, honorific_gender
from storyline.extract.entities.reference import short_forms
from storyline.extract.entities.roles import Role, role_after, role_before
from storyline.model import Article, Entity, Span
from storyline.nlp import word_keys

REQUIRES = frozenset({"ner", "parser", "tagger"})

# A gazetteer hit outweighs this many votes of the statistical model.
PLACE_VOTE = 1.5
PERSON_CONTEXT_VOTE = 1.0
# How near a person's contexts must come to the model's place labels for a name that speaks
# and that no gazetteer knows ("Nurbadria said" three times, typed a place four times): 0.75
# (from 1.0, a tie) left CoNLL testa unchanged and named a lawyer of the r91051 sample.
PLACE_TIE_SHARE = 0.75
# A body's context ("drugmaker X", "X saw its profits fall") for a name the model typed a
# person, a place or a people outweighs one model vote and a tie (its company names often come
# out PERSON or GPE). Tried: a person's context a little over one vote (1.1) for "Paul Jones
# said" typed ORG took CoNLL testa 0.7263 -> 0.7217 and ECB+ 0.9500 -> 0.9411.
BODY_CONTEXT_VOTE = 1.5
# Prepositions after which a capital or seat is the place itself ("talks in Paris").
LITERAL_PREPOSITIONS = frozenset("""
in at near inside outside around across into through within to from toward towards via
""".split())
# Verbs whose object is a place as a place ("visit the White House").
PLACE_VERBS = frozenset("visit visited visits visiting leave left reach reached enter entered "
                        "arrive arrived tour toured attack attacked strike struck hit".split())
_POSSESSIVES = frozenset({"'s", "\u2019s"})


@dataclass(eq=False)
class Cluster:
    """The mentions of one entity while an article is being read."""

    mentions: list[Mention] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    place: Place | None = None
    country: str | None = None  # a demonym's country, or a person's from "Ukraine's X"
    type: str = ""
    descriptions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    metonymic: list[Mention] = field(default_factory=list)
    # the gazetteer knows the name as a place, even where the context made it a person's
    known_place: bool = False
    spoke: bool = False  # a mention is the subject of a verb of saying right after it ("Upton said")
    # a job stands in apposition to a mention ("Ann Roe, spokesman of X,"), or an honorific
    # opens it ("Mr Cable"): only a person's
    apposed: bool = False
    firm: bool = False  # a firm's noun right before a mention ("drug manufacturer Pfizer")

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def absorb(self, other: Cluster) -> None:
        self.mentions.extend(other.mentions)
        self.votes.update(other.votes)
        self.place = self.place or other.place
        self.country = self.country or other.country
        self.known_place = self.known_place or other.known_place
        self.spoke = self.spoke or other.spoke
        self.apposed = self.apposed or other.apposed
        self.firm = self.firm or other.firm


def extract_entities(doc: Doc, article: Article) -> None:
    """Fill ``article.entities``: one Entity per person, body or place of the article."""
    clusters = analyse(doc)
    home = home_country(clusters)
    article.entities = [_entity(doc, f"e{n}", cluster, home) for n, cluster in enumerate(clusters, 1)]


def analyse(doc: Doc) -> list[Cluster]:
    """The entities of a Doc as clusters of token spans, in order of first mention."""
    gaz = gazetteer()
    clusters = _group(doc, name_mentions(doc, gaz), gaz)
    clusters = _link_short_names(doc, clusters)
    for cluster in clusters:
        cluster.type = _decide_type(cluster)
    _propagate(doc, clusters)
    _attach_roles(doc, clusters, gaz)
    _attach_descriptions(doc, clusters, gaz)
    _attach_capitals(doc, clusters, gaz)
    for cluster in clusters:
        if cluster.place is not None and cluster.place.can_stand_for_government:
            cluster.metonymic = [m for m in cluster.mentions if _stands_for_government(doc, m)]
    clusters.sort(key=lambda c: c.first)
    return clusters


# --- grouping --------------------------------------------------------------------------

def _group(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Cluster]:
    by_key: dict[str, Cluster] = {}
    genders: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        genders["name:" + normalise(doc[mention.start:mention.end].text)].add(_honorific_gender(doc, mention))
    both_genders = {key for key, found in genders.items() if {"#f", "#m"} <= found}
    for mention in mentions:
        text = doc[mention.start:mention.end].text
        person_context = _person_context(doc, mention)
        place = gaz.place(text)
        known_place = place is not None
        if place is not None and person_context and place.kind != "country":
            place = None  # "Victoria said": a person who shares a city's name
        demonym = gaz.demonym(text)
        if place is not None:
            key = "place:" + place.name
        elif demonym is not None and mention.label in ("NORP", "GPE", "LANGUAGE"):
            key = "norp:" + normalise(text)
        else:
            # "Mr Howard" and "Mrs Howard" are two people: where the article has both, the
            # honorific keeps them apart (and a bare "Howard" is left with neither)
            key = "name:" + normalise(text)
            if key in both_genders:
                key += _honorific_gender(doc, mention) or ""
        cluster = by_key.setdefault(key, Cluster())
        cluster.mentions.append(mention)
        cluster.known_place = cluster.known_place or known_place
        head = doc[mention.end - 1]
        cluster.spoke = cluster.spoke or person_context and head.dep_ == "nsubj" and head.head.i == mention.end \
            and head.head.lower_ in SPEECH_VERB_FORMS and not any(t.is_punct for t in doc[mention.start:mention.end])
        cluster.votes[mention.label] += mention.weight
        if place is not None:
            cluster.place = place
            cluster.votes[place.type] += PLACE_VOTE * mention.weight
        elif key.startswith("norp:"):
            cluster.country = demonym
            cluster.votes["NORP"] += PLACE_VOTE * mention.weight
        apposed = person_context and (_job_beside(doc, mention) or _addressed_as_person(doc, mention)
                                      or _affiliated_after_cue(doc, mention))
        cluster.apposed = cluster.apposed or apposed
        cluster.firm = cluster.firm or not apposed and _firm_noun_before(doc, mention)
        if mention.label in ("PERSON", "GPE", "LOC", "NORP") and not apposed and _body_context(doc, mention):
            # (before "said" too: a body speaks as well as a person, a firm's noun says which)
            cluster.votes["ORG"] += BODY_CONTEXT_VOTE * mention.weight
        elif person_context:
            cluster.votes["PERSON"] += PERSON_CONTEXT_VOTE * mention.weight
    return list(by_key.values())


def _firm_noun_before(doc: Doc, mention: Mention) -> bool:
    """A noun for a firm right before the name ("drug manufacturer Pfizer", "exchange operator
    Euronext")."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    return before is not None and before.lower_ in FIRM_NOUNS and before.pos_ == "NOUN"


def _body_context(doc: Doc, mention: Mention) -> bool:
    """Whether the words around a name the model typed a person (or a place or a people) say it
    is a body: a noun for a firm right before it ("exchange operator Euronext", "drugmaker
    Biogen"), or, for a "person", "its" on what it does ("GlaxoSmithKline saw its profits
    fall"). (Not "which" after it: "an invitation to Ann Roe, which X said ..." is often about a
    noun before.)"""
    if _firm_noun_before(doc, mention):
        return True
    if mention.label != "PERSON":
        return False  # ("its" after a place is the place's: "Kenya raised its tariffs")
    head = doc[mention.end - 1]
    verb = doc[mention.end] if mention.end < len(doc) else None
    # (a singular name: a people's plural takes a plural verb too, "Azeris hold talks")
    if head.dep_ in ("nsubj", "nsubjpass") and head.tag_ == "NNP" and verb is not None and verb.tag_ == "VBP" \
            and verb.is_alpha \
            and (verb.i == head.head.i or verb.head.i == head.head.i and verb.dep_ in ("aux", "auxpass")) \
            and not any(token.dep_ in ("conj", "cc") for token in head.subtree):  # (not "X and Ann Roe have")
        return True  # "St Helens have been linked with ...": one name with a plural verb, a team or a firm
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    # ("its" opening what the verb takes: "saw its profits fall", "raised its forecast")
    return verb.i > head.i and any(token.lower_ == "its" and token.dep_ == "poss" for token in doc[verb.i + 1:verb.i + 3])


def _person_context(doc: Doc, mention: Mention) -> bool:
    """Whether the words around a name say it is a person: "Trump said", "said Ann Roe,",
    "President Trump", "Supt Roe", "Ann Roe, chief executive of ..."."""
    after = mention.end
    if after < len(doc) and doc[after].text in _POSSESSIVES:
        return False
    if any(doc[i].lower_ in ORG_WORDS and doc[i + 1].lower_ in ("of", "for")
           for i in range(mention.start, mention.end - 1)):
        return False  # "The Ministry of Public Security claimed": a body's name, no one's
    if after < len(doc) and doc[after].lower_ in SPEECH_VERB_FORMS and doc[after].pos_ == "VERB" \
            and doc[after - 1].dep_ != "pobj":
        return True  # (not "an official in Liege said")
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.lower_ in SPEECH_VERB_FORMS and before.pos_ == "VERB" \
            and (after == len(doc) or doc[after].is_punct):
        return True  # "..., said Ann Roe."
    if _job_beside(doc, mention) or _addressed_as_person(doc, mention) or _affiliated_after_cue(doc, mention):
        return True
    return before is not None and _title_word(before)


def _affiliated_after_cue(doc: Doc, mention: Mention) -> bool:
    """"..., said Yonca Brunini of Yahoo": a name right after a verb of saying, followed by
    "of" or "from" and a named body, is a person with the body they speak for (a body's own
    name holds no such "of" after the cue)."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    after = mention.end
    return before is not None and before.lower_ in SPEECH_VERB_FORMS and before.pos_ == "VERB" \
        and mention.end - mention.start > 1 \
        and after + 1 < len(doc) and doc[after].lower_ in ("of", "from") and doc[after + 1].pos_ == "PROPN" \
        and not any(doc[i].lower_ in ORG_WORDS for i in range(mention.start, mention.end))


def _addressed_as_person(doc: Doc, mention: Mention) -> bool:
    """"Mr Cable", "Dr Ann Roe": a name after an honorific only a person takes, or one the
    model took with it."""
    return mention.start > 0 and personal_honorific(doc[mention.start - 1]) \
        or mention.end - mention.start > 1 and personal_honorific(doc[mention.start])


def _job_beside(doc: Doc, mention: Mention) -> bool:
    """Whether a job's noun stands in apposition to the name, set off by a comma: after it
    ("Ann Roe, chief executive of ...", with no article: with one the apposition rules decide)
    or right before it ("the minister's aide, Ann Roe, said")."""
    after = mention.end
    if after + 1 < len(doc) and doc[after].text == "," and \
            role_after(doc, after + 1, gazetteer()) is not None and doc[after + 1].lower_ not in ("the", "a", "an"):
        return True
    head = doc[mention.end - 1]
    role = head.head
    return head.dep_ == "appos" and role.i == mention.start - 2 and doc[mention.start - 1].text == "," \
        and role.pos_ == "NOUN" and role.lower_ in role_rules.ROLE_HEADS and role.lower_ not in FIRM_NOUNS \
        and not any(doc[i].lower_ in ORG_WORDS for i in range(mention.start, mention.end))  # (not "producer, Acme Ltd")


def _title_word(token: Token) -> bool:
    """A title written before a name, capitalised: a job's head or an honorific ("President",
    "Prince", "Supt")."""
    return token.is_title and (token.lower_ in role_rules.ROLE_HEADS or role_rules.is_honorific(token))


def _tokens(doc: Doc, mention: Mention) -> tuple[str, ...]:
    return tuple(normalise(doc[i].text) for i in range(mention.start, mention.end))


def _link_short_names(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """Join a surname to the full name it shortens ("Macron" -> "Emmanuel Macron") and an
    acronym to the body it abbreviates; two people sharing a surname are never joined:
    each short mention then goes to the nearest full name before it."""
    # (and a full name the model typed otherwise that a person's context marks, "said Yonca
    # Brunini of Yahoo": its surname alone, "Ms Brunini", is that person's)
    people = [c for c in clusters if (_leans(c, "PERSON") or c.apposed and c.votes["PERSON"] > 0 and c.place is None)
              and any(m.end - m.start > 1 for m in c.mentions)]
    by_surname: dict[tuple[str, ...], list[Cluster]] = defaultdict(list)
    for person in people:
        # the last word, and the last words of a longer name ("De Niro" of "Robert De Niro")
        surnames = set().union(*(short_forms(_tokens(doc, m)) for m in person.mentions))
        for surname in surnames:
            by_surname[surname].append(person)
    # Names written family name first ("Wen Jiabao", later "Wen") are shortened to their
    # first word; that form is read only for a lone PERSON mention no surname claims, and
    # only when one person's name starts with it.
    by_first: dict[tuple[str, ...], list[Cluster]] = defaultdict(list)
    for person in people:
        for first in {_tokens(doc, m)[:1] for m in person.mentions if _plain_name(doc, m)}:
            by_first[first].append(person)
    bodies = [c for c in clusters if _leans(c, "ORG") and c.place is None]
    by_initials: dict[str, list[Cluster]] = defaultdict(list)
    for body in bodies:
        for initials in {_initials(doc, m) for m in body.mentions} - {""}:
            by_initials[initials].append(body)

    kept: list[Cluster] = []
    for cluster in clusters:
        forms = {_tokens(doc, m) for m in cluster.mentions}
        if len(forms) != 1 or cluster.country is not None:
            kept.append(cluster)
            continue
        (form,) = forms
        owners = [p for p in by_surname.get(form, []) if p is not cluster]
        # (a lone name the model typed a people or a body, "Han said", speaks as a person: the
        # words around it say so, and one person's full name starts with it)
        if not owners and len(form) == 1 and (_leans(cluster, "PERSON") or cluster.votes["PERSON"] > 0) \
                and form not in by_surname \
                and len(set(map(id, by_first.get(form, [])))) == 1 \
                and not _titled_somewhere(doc, form[0]):
            owners = [p for p in by_first[form] if p is not cluster]
        surname_owners = owners
        first = cluster.mentions[0]
        if not owners and len(form) == 1 and doc[first.start].is_upper:
            owners = [b for b in by_initials.get(form[0], []) if b is not cluster]
        if not owners and len(form) == 1 and _leans(cluster, "ORG") \
                and all(m.start > 0 and doc[m.start - 1].lower_ == "the" for m in cluster.mentions):
            # "the World Bank ... the Bank": "the" and the last word of one body's name is that
            # body, shortened
            heads = {id(b): b for b in clusters if b is not cluster and _leans(b, "ORG")
                     and any(m.end - m.start > 1 and _tokens(doc, m)[-1:] == form for m in b.mentions)}
            owners = list(heads.values()) if len(heads) == 1 else []
        gender = _cluster_gender(doc, cluster)
        if gender is not None and len(owners) == 1:
            # "Mrs Clinton" and "Mr Clinton" with one full name, "Hillary Clinton": the full name
            # is the one named more often, the article's subject (on a tie, neither). On PolNeAR
            # train this names 3 articles' "Mrs."/"Mr." as before and no longer gives the other
            # spouse's words to the full name; it fails where the spouse is the subject ("Mrs
            # Howard" 4 times, "Mr Howard" once, "Michael Howard"): no word here gives a first
            # name's gender. With two full names both go to the nearest before, as before.
            owners = [owner for owner in owners if _cluster_gender(doc, owner) in (None, gender)
                      and not any(other is not cluster and {_tokens(doc, m) for m in other.mentions} == forms
                                  and _cluster_gender(doc, other) not in (None, gender)
                                  and len(other.mentions) >= len(cluster.mentions) for other in clusters)]
        if not owners:
            kept.append(cluster)
            continue
        for mention in cluster.mentions:
            owner = _nearest(owners, mention.start)
            owner.mentions.append(mention)
            # A surname alone is the person whose full name it ends, whatever label the model
            # gave it out of context (a lone "Tipton" or "Sanders" is often tagged ORG).
            owner.votes["PERSON" if owner in surname_owners else mention.label] += mention.weight
            owner.votes.update({label: count / len(cluster.mentions) for label, count in cluster.votes.items()
                                if label != mention.label})
    return kept


def _honorific_gender(doc: Doc, mention: Mention) -> str | None:
    """"#f" after "Mrs", "Ms", "Miss", "Lady"; "#m" after "Mr", "Sir", "Lord"; else None."""
    gender = honorific_gender(doc[mention.start - 1].text) if mention.start > 0 else None
    return "#" + gender if gender else None


def _cluster_gender(doc: Doc, cluster: Cluster) -> str | None:
    """The gender the honorifics before a cluster's mentions give, when they agree."""
    found = {_honorific_gender(doc, m) for m in cluster.mentions} - {None}
    return found.pop() if len(found) == 1 else None


def _titled_somewhere(doc: Doc, word: str) -> bool:
    """"Prince Charles", "Pope Leo": a one-word name that the text puts after a title is the
    name its bearer goes by, not the first word of another person's ("Charles Kennedy")."""
    def alone_after_title(token: Token) -> bool:
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return token.i > 0 and _title_word(doc[token.i - 1]) \
            and not (after is not None and after.is_title and after.pos_ == "PROPN")  # not "Minister Cui Tiankai"
    return any(normalise(token.text) == word and alone_after_title(token) for token in doc)


def _plain_name(doc: Doc, mention: Mention) -> bool:
    """Two or three capitalised words and nothing else: a person's full name, not a team
    with its score ("Surrey 468") or a body the model typed PERSON ("Xinhua news agency")."""
    # a hyphenated part is one word of the name ("Song Min-soon", the tokens "Min", "-", "soon")
    words = doc[mention.start:mention.end].text.split()
    return 2 <= len(words) <= 3 and all(w.split("-")[0].istitle() and w.replace("-", "").isalpha() for w in words)


def _leans(cluster: Cluster, label: str) -> bool:
    return bool(cluster.votes) and cluster.votes[label] >= max(cluster.votes.values())


def _initials(doc: Doc, mention: Mention) -> str:
    words = [doc[i] for i in range(mention.start, mention.end)
             if doc[i].is_alpha and doc[i].text[0].isupper()]
    return "".join(w.text[0] for w in words).casefold() if len(words) >= 2 else ""


def _nearest(owners: list[Cluster], position: int) -> Cluster:
    """The owner whose closest mention before ``position`` is nearest (else the first one)."""
    def distance(owner: Cluster) -> int:
        before = [position - m.start for m in owner.mentions if m.start < position and m.end - m.start > 1]
        return min(before) if before else len(owners) * 10**9 + owner.first
    return min(owners, key=distance)


def _decide_type(cluster: Cluster) -> str:
    if cluster.country is not None and cluster.place is None:
        return "NORP"
    best = max(cluster.votes.values())
    if cluster.spoke and not cluster.known_place and cluster.votes["PERSON"] >= PLACE_TIE_SHARE * best \
            and max(cluster.votes["GPE"], cluster.votes["LOC"]) == best:
        # "Upton said": a name the model typed a place, which the gazetteer does not know, that
        # speaks as its subject, with a person's context nearly as strong, is a person's (on
        # CoNLL testa, known places and places with other person contexts were all places)
        return "PERSON"
    if cluster.apposed and not cluster.known_place and cluster.votes["PERSON"] == best:
        # "Faustino Obanj, spokesman of X, said", "Mr Cable": a job in apposition or an
        # honorific is a person's, whatever one label of the model ties with it
        return "PERSON"
    if cluster.firm and not cluster.apposed and cluster.votes["ORG"] > 0 and best == cluster.votes["PERSON"]:
        # "US drug manufacturer Pfizer said ... The company said": a name the article introduces
        # with a firm's noun is a body, however often the model typed it a person
        return "ORG"
    # Ties go to the label of the earliest mention.
    for mention in sorted(cluster.mentions, key=lambda m: m.start):
        if cluster.votes[mention.label] == best:
            return mention.label
    return max(cluster.votes, key=cluster.votes.__getitem__)


# --- further mentions of known names ---------------------------------------------------

def _propagate(doc: Doc, clusters: list[Cluster]) -> None:
    """Every other occurrence of a name already known in the article is a mention of it
    ("Trump" in a heading the model skipped, "LEICESTERSHIRE" after "Leicestershire")."""
    forms: dict[tuple[str, ...], Cluster | None] = {}

    def add(form: tuple[str, ...], cluster: Cluster) -> None:
        if forms.get(form, cluster) is not cluster:
            forms[form] = None  # two entities share the form: it names neither for sure
        else:
            forms[form] = cluster

    for cluster in clusters:
        for mention in cluster.mentions:
            add(_tokens(doc, mention), cluster)
    for cluster in clusters:
        if cluster.type == "PERSON":
            for mention in cluster.mentions:
                if mention.end - mention.start > 1:
                    surname = _tokens(doc, mention)[-1:]
                    if forms.get(surname, cluster) is cluster:
                        forms[surname] = cluster
    # The initials of a body named in full ("FT" after "the Financial Times"), written in
    # capitals where the model typed nothing: that body.
    acronyms: dict[str, Cluster | None] = {}
    for cluster in clusters:
        if cluster.type == "ORG" and cluster.place is None:
            for initials in {_initials(doc, m) for m in cluster.mentions} - {""}:
                acronyms[initials] = cluster if acronyms.get(initials, cluster) is cluster else None
    longest = max((len(form) for form in forms), default=0)
    covered = bytearray(len(doc))
    for cluster in clusters:
        for m in cluster.mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    strings = doc.vocab.strings  # each token's text, without making a Token per word
    words = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    capitalised = [word[:1].isupper() for word in words]
    # Words the article also writes in lower case are common words, not names, when they
    # open a sentence ("Will", "May").
    common = {word for word, lower in zip(words, doc.to_array(IS_LOWER)) if lower}
    first_words = {form[0] for form in forms if form}
    i = 0
    while i < len(doc):
        if not covered[i] and 2 <= len(words[i]) <= 5 and words[i].isalpha() and words[i].isupper() \
                and acronyms.get(words[i].casefold()) is not None and not doc[i].is_stop:
            owner = acronyms[words[i].casefold()]
            owner.mentions.append(Mention(i, i + 1, owner.type, 0.0))
            covered[i] = 1
            i += 1
            continue
        if covered[i] or not capitalised[i] or normalise(words[i]) not in first_words:
            i += 1
            continue
        for end in range(min(len(doc), i + longest), i, -1):
            owner = forms.get(tuple(normalise(words[j]) for j in range(i, end)))
            if owner is None or any(covered[i:end]) or not all(capitalised[i:end]):
                continue
            if end - i == 1 and doc[i].is_sent_start and (doc[i].is_stop or doc[i].lower_ in common):
                continue
            start = i
            if owner.type == "PERSON":
                start = caps_lead_in(doc, i, gazetteer())
                start = start if not any(covered[start:i]) else i
            owner.mentions.append(Mention(start, end, owner.type, 0.0))
            covered[start:end] = b"\x01" * (end - start)
            i = end - 1
            break
        i += 1


# --- roles and descriptions --------------------------------------------------------------

def _attach_roles(doc: Doc, clusters: list[Cluster], gaz: Gazetteer) -> None:
    for cluster in clusters:
        if cluster.type != "PERSON":
            continue
        for mention in list(cluster.mentions):
            role = role_before(doc, mention.start, gaz)
            if role is not None:
                cluster.roles.append(role)
            elif mention.start >= 2 and doc[mention.start - 1].text in _POSSESSIVES:
                cluster.country = cluster.country or gaz.country_of(doc[mention.start - 2].text)
            _apposition(doc, cluster, mention, gaz)


def _apposition(doc: Doc, cluster: Cluster, mention: Mention, gaz: Gazetteer) -> None:
    """"Emmanuel Macron, the President of France, ...": a role and a mention of its holder."""
    i = mention.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return
    role = role_after(doc, i + 2, gaz)
    if role is None or role.end >= len(doc) or doc[role.end].text not in (",", ".", ";", "\u2014", "-"):
        return
    cluster.roles.append(role)
    if doc[i + 1].lower_ == "the":
        cluster.descriptions.append((i + 1, role.end))


def _attach_descriptions(doc: Doc, clusters: list[Cluster], gaz: Gazetteer) -> None:
    """Join role descriptions without a name ("the French leader") to their holder."""
    people = [c for c in clusters if c.type == "PERSON"]
    if not people:
        return
    taken = _taken_tokens(len(doc), clusters)
    named = sorted(((m.start, c) for c in people for m in c.mentions), key=lambda item: item[0])
    next_free = 0
    for i in _role_heads(doc):
        if i < next_free or taken[i]:
            continue
        found = _description(doc, i, gaz)
        if found is None:
            continue
        start, role = found
        holder = _holder(role, start, people, named)
        if holder is not None:
            holder.descriptions.append((start, role.end))
        next_free = role.end


def _taken_tokens(length: int, clusters: list[Cluster]) -> bytearray:
    """For each token, 1 when a mention, description or role of some entity covers it."""
    taken = bytearray(length)
    for cluster in clusters:
        spans = [(m.start, m.end) for m in cluster.mentions] + cluster.descriptions
        for start, end in spans + [(role.start, role.end) for role in cluster.roles]:
            taken[start:end] = b"\x01" * (end - start)
    return taken


def _attach_capitals(doc: Doc, clusters: list[Cluster], gaz: Gazetteer) -> None:
    """Join "the French capital", "Ukraine's capital", "the capital of Ukraine" to the
    article's entity for that capital (only one the article names)."""
    by_place = {cluster.place.name: cluster for cluster in clusters
                if cluster.place is not None and cluster.place.kind == "capital"}
    if not by_place:
        return
    taken = _taken_tokens(len(doc), clusters)
    capital_key = hash_string("capital")
    for i in np.flatnonzero(doc.to_array(LOWER) == capital_key).tolist():
        found = _capital_description(doc, i, gaz)
        if found is None:
            continue
        start, end, code = found
        capital = gaz.capital(code)
        holder = by_place.get(capital.name) if capital is not None else None
        if holder is not None and not taken[i]:  # the country word may be a mention of its own
            holder.descriptions.append((start, end))
            taken[start:end] = b"\x01" * (end - start)


def _capital_description(doc: Doc, i: int, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """(start, end, country code) of a capital described by its country around token i."""
    if i >= 2 and doc[i - 2].lower_ == "the":
        code = gaz.country_of(doc[i - 1].text)  # "the French capital"
        if code:
            return i - 2, i + 1, code
    if i >= 2 and doc[i - 1].text in _POSSESSIVES:
        code = gaz.country_of(doc[i - 2].text)  # "Ukraine's capital"
        if code:
            return i - 2, i + 1, code
    if i >= 1 and i + 2 < len(doc) and doc[i - 1].lower_ == "the" and doc[i + 1].lower_ == "of":
        code = gaz.country_of(doc[i + 2].text)  # "the capital of Ukraine"
        if code:
            return i - 1, i + 3, code
    return None


_ROLE_HEAD_KEYS = word_keys(role_rules.ROLE_HEADS)


def _role_heads(doc: Doc) -> list[int]:
    """The nouns that can head a role description ("leader"), found on the Doc's arrays."""
    columns = doc.to_array([LOWER, POS]).reshape(len(doc), 2)
    nouns = (columns[:, 1] == NOUN) | (columns[:, 1] == PROPN)
    return np.flatnonzero(nouns & np.isin(columns[:, 0], _ROLE_HEAD_KEYS)).tolist()


def _description(doc: Doc, head: int, gaz: Gazetteer) -> tuple[int, Role] | None:
    """The description around a role head: "the French leader", "the President of France";
    None when the phrase is the title of a name that follows ("the French President Macron")."""
    end = head + 1
    while end < len(doc) and doc[end].lower_ in role_rules.ROLE_HEADS | role_rules.ROLE_MODIFIERS:
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and gaz.country_of(doc[end + 1].text):
        end += 2
    role = role_before(doc, end, gaz)
    if role is None or role.end != end:
        return None
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
        return None  # a title: the name after it is the mention
    before = doc[role.start - 1] if role.start > 0 else None
    if before is not None and before.lower_ == "the":
        return role.start - 1, role
    if before is None or "\n" in before.text or doc[role.start].is_sent_start:
        return role.start, role
    return None


def _holder(description: Role, start: int, people: list[Cluster],
            name_mentions: list[tuple[int, Cluster]]) -> Cluster | None:
    """Who a description names: the one person whose role it matches, else (with a country)
    the nearest person named before it whose roles do not contradict it."""
    matching = [p for p in people if any(role_rules.compatible(description, r) and r.country == description.country
                                         for r in p.roles)]
    if len(matching) == 1:
        return matching[0]
    if len(matching) > 1:
        return _nearest(matching, start)
    if description.country is None:
        return None
    for position, person in reversed(name_mentions):
        if position >= start:
            continue
        if person.country and person.country != description.country:
            continue
        if any(role_rules.contradicts(description, r) for r in person.roles):
            continue
        return person
    return None


# --- metonymy ---------------------------------------------------------------------------

def _stands_for_government(doc: Doc, mention: Mention) -> bool:
    """"Moscow has voiced opposition", "pressure on the Kremlin", "a Downing Street
    spokeswoman": the place stands for its government; "talks in Paris" does not."""
    root = doc[mention.start:mention.end].root
    dep = root.dep_
    if dep in ("nsubj", "nsubjpass", "poss", "agent", "dative"):
        return True
    if dep == "dobj":
        return root.head.lower_ not in PLACE_VERBS
    if dep == "compound":
        return root.head.lower_ in role_rules.ROLE_HEADS or root.head.lower_ in ("administration", "government")
    if dep == "pobj":
        preposition = root.head
        if preposition.lower_ == "from" and preposition.head.pos_ == "NOUN":
            return True  # "opposition from Washington"
        return preposition.lower_ not in LITERAL_PREPOSITIONS
    return False


# --- the record ---------------------------------------------------------------------------

def _entity(doc: Doc, entity_id: str, cluster: Cluster, home: str | None = None) -> Entity:
    spans = {(m.start, m.end) for m in cluster.mentions} | set(cluster.descriptions)
    mentions = [_span(doc, start, end) for start, end in sorted(spans)]
    roles: dict[tuple, str] = {}
    for role in sorted(cluster.roles, key=lambda r: r.start):
        if role.key not in roles or roles[role.key].isupper():
            roles[role.key] = role.text
    return Entity(id=entity_id, name=_name(doc, cluster), type=cluster.type, mentions=mentions,
                  roles=list(roles.values()), extra=_extra(doc, cluster, home))


def _span(doc: Doc, start: int, end: int) -> Span:
    span = doc[start:end]
    return Span(span.start_char, span.end_char, span.text)


def _name(doc: Doc, cluster: Cluster) -> str:
    if cluster.place is not None:
        return cluster.place.name
    surfaces = Counter(doc[m.start:m.end].text for m in cluster.mentions)

    def rank(surface: str) -> tuple[int, int, int, int]:
        shouting = sum(1 for word in surface.split() if word.isupper() and len(word) > 1)
        # (one word that ends another name of the body is its short form: "the Times")
        short = len(surface.split()) == 1 and any(other.split()[-1] == surface for other in surfaces if other != surface)
        return (len(surface.split()) if cluster.type == "PERSON" else 0, -short, -shouting, surfaces[surface])

    best = max(surfaces, key=rank)
    if cluster.type in ("PERSON", "NORP"):
        # a name in capitals is written as a name ("Tony BLAIR"), but a regnal number after it
        # stays as it is ("Elizabeth II", "Benedict XVI")
        best = " ".join(w.capitalize() if w.isupper() and len(w) > 1 and not (i and _REGNAL.match(w)) else w
                        for i, w in enumerate(best.split()))
    return best


_REGNAL = re.compile(r"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$")


def _extra(doc: Doc, cluster: Cluster, home: str | None = None) -> dict:
    """``home``: the article's own country, which a body with a generic name belongs to."""
    gaz = gazetteer()
    extra: dict = {}
    place = cluster.place
    if place is not None and place.kind == "country":
        extra["iso3166"] = place.code
    elif place is not None and place.code:
        country = gaz.country(place.code)
        extra["country"] = {"name": country.name if country else place.code, "iso3166": place.code}
    elif cluster.type == "NORP" and cluster.country:
        country = gaz.country(cluster.country)
        extra["country"] = {"name": country.name if country else cluster.country, "iso3166": cluster.country}
    elif cluster.type == "ORG" and place is None and home is not None and _generic_body(doc, cluster):
        # "the Senate", "the General Assembly": the body of the country the article is about,
        # so that the corpus never joins two countries' senates
        country = gaz.country(home)
        extra["country"] = {"name": country.name if country else home, "iso3166": home}
    if cluster.metonymic and place is not None and place.code:
        country = gaz.country(place.code)
        extra["stands_for"] = {
            "name": f"government of {country.name if country else place.code}",
            "iso3166": place.code,
            "mentions": [_span_record(doc, m) for m in sorted(cluster.metonymic, key=lambda m: m.start)],
        }
    return extra


def _generic_body(doc: Doc, cluster: Cluster) -> bool:
    """A body whose every name is made of words all countries use ("the Senate")."""
    return all(all(doc[i].lower_ in INSTITUTION_WORDS for i in range(m.start, m.end)) for m in cluster.mentions)


def home_country(clusters: list[Cluster]) -> str | None:
    """The country an article is about: the one its places and demonyms name most (a country,
    its cities and regions, its people), when one leads the others."""
    votes: Counter[str] = Counter()
    for cluster in clusters:
        code = cluster.place.code if cluster.place is not None else cluster.country
        if code and (cluster.place is None or cluster.place.kind != "org"):
            votes[code] += len(cluster.mentions)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _span_record(doc: Doc, mention: Mention) -> dict:
    span = doc[mention.start:mention.end]
    return {"start": span.start_char, "end": span.end_char, "text": span.text}
