"""Name mentions: spaCy's entity spans repaired before they are grouped into entities.

- "the", quotes and possessives trimmed off ("the “Coalition" -> "Coalition", "Trump’s");
- titles and roles split from names ("Presidential Spokesman Dmitry" + "Peskov" -> the
  person "Dmitry Peskov"; "UN Vassily Nebenzia" -> "UN" + the person "Vassily Nebenzia";
  "Sir Keir Starmer" -> "Keir Starmer");
- all-caps lead-ins joined to the name they open ("EMMANUEL" + "Macron");
- places in all-caps lines that the statistical model misses ("LONDON" in a dateline).

Each mention keeps spaCy's label as one vote; the entity step decides the final type.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, IS_UPPER, LENGTH, LOWER
from spacy.tokens import Doc, Span as SpacySpan, Token

from storyline.extract.entities.gazetteer import MAX_TOKENS, Gazetteer
from storyline.extract.lexicon import DISEASES, NOT_NAMES, PERSONAL_HONORIFICS, PLATFORMS, SPEECH_VERB_FORMS, WEEKDAYS
from storyline.extract.entities.roles import HEAD_PREFIXES, ROLE_HEADS, is_honorific, is_role_word, trailing_title
from storyline.nlp import word_keys

# Number-like labels are the business of the quantity and time extractors.
NOT_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Words that make a span a body, never a person's name.
ORG_WORDS = frozenset("""
service ministry council party bank forum union agency committee commission army forces force
group university institute court assembly parliament office department academy school news
times post company corporation inc corp ltd association federation league club team fund
organization organisation foundation center centre church government administration police
guard navy command bureau board authority alliance coalition movement front network channel
press radio television tv airlines airways motors house street palace republic kingdom city
united
""".split())
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
# Weight of a vote cast by a mention in a heading line (title case or all caps), where the
# small model's labels are least reliable.
HEADING_WEIGHT = 0.5


@dataclass(slots=True)
class Mention:
    """A name in the Doc: tokens [start, end), spaCy's (or a rule's) label and vote weight."""

    start: int
    end: int
    label: str
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class TokenFlags:
    """Lexical flags of every token of a Doc, read in one call (numpy arrays)."""

    alpha: np.ndarray
    upper: np.ndarray
    length: np.ndarray
    space: np.ndarray
    lower: np.ndarray  # the LOWER keys, for word lists (nlp.word_keys)

    @classmethod
    def of(cls, doc: Doc) -> TokenFlags:
        columns = doc.to_array([IS_ALPHA, IS_UPPER, LENGTH, IS_SPACE, LOWER]).reshape(len(doc), 5)
        return cls(columns[:, 0] == 1, columns[:, 1] == 1, columns[:, 2], columns[:, 3] == 1, columns[:, 4])


def heading_tokens(doc: Doc, flags: TokenFlags) -> list[bool]:
    """For each token, whether its line is a heading: short with no closing punctuation
    ("Blame game", "Trump: War could end within weeks"), or mostly in capitals."""
    headings = [False] * len(doc)
    breaks = [int(i) for i in np.flatnonzero(flags.space) if "\n" in doc[int(i)].text]
    line_start = 0
    for i in breaks + [len(doc)]:
        if i > line_start and _is_heading(doc, line_start, i, flags):
            headings[line_start:i] = [True] * (i - line_start)
        line_start = i + 1
    return headings


def _is_heading(doc: Doc, start: int, end: int, flags: TokenFlags) -> bool:
    alpha = flags.alpha[start:end]
    words = int(alpha.sum())
    if not words:
        return False
    capitals = int((alpha & flags.upper[start:end] & (flags.length[start:end] > 1)).sum())
    if words >= 3 and capitals >= 0.6 * words:
        return True
    return words <= 10 and doc[end - 1].text not in _CLOSING_MARKS


_CLOSING_MARKS = frozenset({".", "?", "!", "\u201d", '"', "'", "\u2019", ":"})


def name_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """The repaired name mentions of a Doc, in text order, never overlapping."""
    flags = TokenFlags.of(doc)
    headings = heading_tokens(doc, flags)
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ in NOT_ENTITIES:
            continue
        for start, end, label in _repaired(doc, ent, gaz):
            weight = HEADING_WEIGHT if headings[start] else 1.0
            mentions.append(Mention(start, end, label, weight))
    mentions = _complete_cut_names(doc, _join_name_parts(doc, mentions))
    _keep_hyphenated_parts(doc, mentions)
    mentions.extend(_names_after_titles(doc, mentions, gaz, headings, flags))
    mentions.extend(_names_after_firm_nouns(doc, mentions))
    for mention in mentions:
        if mention.label == "PERSON":
            mention.start = caps_lead_in(doc, mention.start, gaz)
    mentions.extend(_caps_places(doc, mentions, gaz, headings, flags))
    mentions.sort(key=lambda m: m.start)
    return mentions


# Nouns for a firm written right before its name ("exchange operator Euronext", "copy
# protection firm Macrovision"): a name there is a body's.
FIRM_NOUNS = frozenset("""company firm group operator drugmaker carmaker automaker chipmaker
manufacturer retailer lender insurer bank airline carrier exchange conglomerate
supplier distributor broadcaster newspaper daily tabloid weekly consultancy agency""".split())


def _names_after_firm_nouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"devised by copy protection firm Macrovision": capitalised proper nouns right after a
    firm's noun that the noun qualifies, which the model left untyped, are that firm's name."""
    covered = bytearray(len(doc))
    for mention in mentions:
        covered[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    found = []
    for noun in doc:
        if noun.lower_ not in FIRM_NOUNS or noun.pos_ != "NOUN" or noun.dep_ != "compound":
            continue
        end = noun.i + 1
        while end < len(doc) and not covered[end] and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end > noun.i + 1 and noun.i + 1 <= noun.head.i < end:
            found.append(Mention(noun.i + 1, end, "ORG"))
    return found


# The prefixes of ships' names, in capitals ("MV Veesham", "HMS Argyll", "USS Cole").
VESSEL_PREFIXES = frozenset("MV MS MT HMS USS RMS SS HMAS HMCS INS".split())


def _repaired(doc: Doc, ent: SpacySpan, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    if ent.label_ in _COMMA_SPLIT_LABELS:
        cuts = [i for i in range(ent.start + 1, ent.end - 1) if doc[i].text == ","
                and doc[i + 1].text[:1].isupper() and doc[i + 1].lower_.rstrip(".") not in _NAME_SUFFIXES]
        if cuts:
            # "interview with Xinhua, Zhu said": two names the model ran together over a comma
            bounds = [ent.start, *cuts, ent.end]
            return [part for left, right in zip(bounds, bounds[1:])
                    for part in _repaired(doc, SpacySpan(doc, left, right, label=ent.label_), gaz)]
    start, end = _trim(doc, ent.start, ent.end)
    label = ent.label_
    if label == "PERSON":
        while end - start > 1 and is_time_word(doc[start]) and doc[start + 1].is_title:
            start += 1  # "said on Tuesday Mike Cox", "Late Saturday Semashko announced"
    if start >= end:
        return []
    words = [doc[i].lower_ for i in range(start, end)]
    if all(word in NOT_NAMES for word in words):
        return []  # "Email", "Share": a button's label or a common noun
    if label in ("PERSON", "ORG", "GPE") and end - start > 1 and doc[start].text in VESSEL_PREFIXES:
        return [(start, end, "PRODUCT")]  # "MV Veesham", "HMS Argyll": a ship, never a person
    if label in ("PERSON", "GPE", "NORP", "LOC") and all(word in PLATFORMS for word in words):
        return [(start, end, "ORG")]  # "Twitter said": a service, never a person or a place
    if label == "PERSON" and end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" \
            and doc[start].dep_ not in ("compound", "amod", "poss") and doc[start].is_title:
        # "the Herald said", "cited by the Chronicle": one name after "the" heading its own
        # phrase is a paper or a body (not "the Obama administration": a name on a noun)
        return [(start, end, "ORG")]
    if label in ("PERSON", "ORG", "GPE", "NORP") and all(word in DISEASES for word in words):
        return []  # "Covid cases rose": a disease the model took for a name
    title = trailing_title(doc, start, end)
    if title == start:
        return []  # a bare job title ("Co-Owner") is a role, not a name
    if title < end and not any(doc[i].is_lower for i in range(start, title)) \
            and (label != "PERSON" or end - title > 1) and _held_title(doc, start, title, end):
        # "Harbor Events Co-Owner": the body the title is held at, then the title, which is no
        # part of a name (kept when a lower-case word says the title is inside the name,
        # "Office of the High Commissioner", and when a person's name ends in a word that
        # may be a surname, "Billie Jean King"). A name before a title is a body's: a
        # person's name follows the title.
        start, end = _trim(doc, start, title)
        if start >= end:
            return []
        label = "ORG" if label == "PERSON" else label
    name_start = _after_title(doc, start, end, gaz, label)
    if name_start == start:
        if all(is_role_word(doc[i]) or is_honorific(doc[i]) for i in range(start, end)):
            return []  # a bare title ("President") is a role, not a name
        return [(start, end, label)]
    parts: list[tuple[int, int, str]] = []
    # A known body or place that opened the span stays a mention of its own ("UN", "Kremlin").
    place = gaz.place(doc[start].text)
    if place is not None and not is_role_word(doc[start]):
        parts.append((start, start + 1, place.type))
    parts.append((name_start, end, "PERSON"))
    return parts


# Labels of names that never hold a comma (a place does: "Paris, Texas"), and the words after
# a comma that still belong to a name ("Roe, Jr.", "Acme, Inc.").
_COMMA_SPLIT_LABELS = frozenset({"PERSON", "ORG"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "inc", "ltd", "co", "llc", "plc", "corp", "ii", "iii", "iv"})


def _held_title(doc: Doc, start: int, title: int, end: int) -> bool:
    """Whether the title closing tokens [start, end) is a job held at the body before it, not
    the end of a product's name ("Garden Planner", "Tax Advisor"): the title was split at a
    hyphen ("Co-Owner"), a name follows it (after more of the title: "... and Lead Planner
    Ann Roe"), it speaks ("Cedar Hall Founder said"), or a person's name stands before it
    ("Ann Roe, Bloom Events Founder")."""
    if any(doc[i].text == "-" for i in range(title, end)):
        return True
    if end < len(doc) and doc[end].lower_ in SPEECH_VERB_FORMS:
        return True
    i = end
    while i < len(doc) and (is_role_word(doc[i]) or doc[i].lower_ in _TITLE_JOINERS):
        i += 1
    if i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        return True
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PERSON"


_TITLE_JOINERS = frozenset({"and", "&", "-"}) | HEAD_PREFIXES


# Words of time that open no name but that the model runs into the name after them.
_TIME_WORDS = frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow", "tonight", "late", "early"}


def is_time_word(token) -> bool:
    """A day's name or a word of time ("Tuesday", "Tues.", "yesterday"), never part of a name."""
    return token.lower_.rstrip(".") in _TIME_WORDS or token.lower_ in ("mon.", "tue.", "tues.", "wed.", "thu.",
                                                                         "thurs.", "fri.", "sat.", "sun.")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct or doc[start].is_space):
        start += 1
    opened = next((i for i in range(end - 1, start, -1) if doc[i].text in "()"), None)
    if opened is not None and doc[opened].text == "(":
        end = opened  # "Democratic Party of the Left (PDS": the bracket's abbreviation is no part
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in _POSSESSIVES):
        end -= 1
    return start, end


def _after_title(doc: Doc, start: int, end: int, gaz: Gazetteer, label: str) -> int:
    """Where the name starts once titles, roles and an opening body are skipped; ``start``
    when the span is not "title + name"."""
    i = start
    saw_title = False
    while i < end and (is_role_word(doc[i]) or is_honorific(doc[i]) or gaz.country_of(doc[i].text)
                       or doc[i].lower_ in ("of", "to")):
        saw_title = saw_title or is_role_word(doc[i]) or is_honorific(doc[i])
        i += 1
    if i == start:
        # "UN Vassily Nebenzia": an acronym of a known body glued to a two-word name.
        place = gaz.place(doc[start].text)
        if place is None or not doc[start].is_upper or end - start < 3:
            return start
        i = start + 1
        saw_title = True
    if not saw_title or i >= end or not _name_like(doc[i:end]):
        return start
    if label != "PERSON" and end - i < 2 and not _person_follows(doc, end) and not personal_honorific(doc[i - 1]):
        return start  # "General Motors" is a company, not General + a Mr Motors (but "Mr Cable" is Cable)
    return i


def personal_honorific(token: Token) -> bool:
    """"Mr", "Mrs", "Dr", "Prof": an honorific only a person's name takes (not "General" of
    "General Motors", "Miss" of "Miss World", "Lord" of "Lord of the Rings")."""
    return token.lower_ in PERSONAL_HONORIFICS


def _name_like(span: SpacySpan) -> bool:
    for token in span:
        text = token.text
        if not text[:1].isupper() or token.lower_ in ORG_WORDS or is_role_word(token):
            return False
    return True


def _person_follows(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON"


_ROLE_HEAD_KEYS = word_keys(ROLE_HEADS)
# A name the model missed after a title has this many words (a first name and a surname, or
# with a middle name); one word alone may be anything ("Director Smith" is rare in news).
_TITLED_NAME_WORDS = (2, 3)


def _names_after_titles(doc: Doc, mentions: list[Mention], gaz: Gazetteer,
                        headings: list[bool], flags: TokenFlags) -> list[Mention]:
    """A person's name the model left out after a job title: "Lead Planner Maya Lind",
    "Co-Owner Sam Reyes": two or three capitalised proper nouns right after a role head,
    ending there, none of them a word the article also writes in small letters ("Head
    Product Launches" with "product" elsewhere)."""
    covered = bytearray(len(doc))
    for mention in mentions:
        covered[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    heads = np.flatnonzero(np.isin(flags.lower, _ROLE_HEAD_KEYS)).tolist()
    found: list[Mention] = []
    common: np.ndarray | None = None  # the words the article writes in small letters
    for i in heads:
        if i + 1 >= len(doc) or covered[i + 1]:
            continue
        end = i + 1
        while end < len(doc) and end - i <= max(_TITLED_NAME_WORDS) and not covered[end] \
                and _name_word(doc[end], gaz):
            end += 1
        if end - i - 1 not in _TITLED_NAME_WORDS or (end < len(doc) and doc[end].text[:1].isupper()):
            continue
        if common is None:
            common = flags.lower[doc.to_array(IS_LOWER) == 1]
        if np.isin(flags.lower[i + 1:end], common).any():
            continue
        found.append(Mention(i + 1, end, "PERSON", HEADING_WEIGHT if headings[i + 1] else 1.0))
        covered[i + 1:end] = b"\x01" * (end - i - 1)
    return found


def _name_word(token, gaz: Gazetteer) -> bool:
    return token.is_title and token.is_alpha and token.pos_ == "PROPN" and token.lower_ not in ORG_WORDS \
        and not is_role_word(token) and not is_honorific(token) and gaz.place(token.text) is None


def _join_name_parts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Join a first name cut from its surname by the model ("Dmitry" + "Peskov")."""
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.end == mention.start and mention.label == "PERSON"
                and previous.label == "PERSON" and doc[previous.end - 1].whitespace_ == " "):
            previous.end = mention.end
            continue
        joined.append(mention)
    return joined


def hyphen_joins(doc: Doc, i: int) -> bool:
    """Whether the word ``doc[i]`` runs on over a hyphen into the next word, unspaced
    ("Min" of "Min-soon")."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ \
        and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha


def _keep_hyphenated_parts(doc: Doc, mentions: list[Mention]) -> None:
    """A person's name the model cut at a hyphen ("Song Min" of "Song Min-soon", "Anna Smith"
    of "Anna Smith-Jones") runs on over the hyphen and the word joined to it, unspaced."""
    starts = {mention.start for mention in mentions}
    for mention in mentions:
        end = mention.end
        while mention.label == "PERSON" and end + 1 not in starts and hyphen_joins(doc, end - 1):
            end += 2
        mention.end = end


# Lower-case words inside names ("City of London", "Bank for International Settlements",
# "Ludwig van Beethoven"), which a name never ends with.
_NAME_JOINERS = frozenset("of for and & the de du des del della da di van von der den la le".split())
_LIST_JOINERS = frozenset({"and", "&"})


def _complete_cut_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name the model cut after a lower-case word ("The City of" + "Liverpool", "University
    of"): joined to the name right after it, else run on over the capitalised proper nouns
    that follow, else no name. A person's name loses the word ("Ann Roe of" a town), and so
    does a name before "and" unless a body's name follows ("Dell and" + "Tyan" is a list,
    "Fish and" + "Wildlife Service" one body)."""
    kept: list[Mention] = []
    for index, mention in enumerate(mentions):
        last = doc[mention.end - 1].text
        if last not in _NAME_JOINERS or mention.end - mention.start < 2:
            kept.append(mention)
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        adjacent = following is not None and following.start == mention.end
        if adjacent and mention.label != "PERSON" and (
                last not in _LIST_JOINERS or doc[following.end - 1].lower_ in ORG_WORDS):
            following.start, following.label = mention.start, mention.label
            continue
        end = mention.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and (following is None or end < following.start):
            end += 1
        if end > mention.end and mention.label != "PERSON" and (
                last not in _LIST_JOINERS or doc[end - 1].lower_ in ORG_WORDS):
            mention.end = end
            kept.append(mention)
        elif mention.label == "PERSON" or last in _LIST_JOINERS:
            while doc[mention.end - 1].text in _NAME_JOINERS and mention.end > mention.start + 1:
                mention.end -= 1
            kept.append(mention)
    return kept


def caps_lead_in(doc: Doc, start: int, gaz: Gazetteer) -> int:
    """Extend a person's mention left over an all-caps first name ("EMMANUEL Macron")."""
    while start > 0:
        token = doc[start - 1]
        if not (token.is_alpha and token.is_upper and len(token) > 1) or token.is_stop:
            break
        if is_role_word(token) or is_honorific(token) or gaz.country_of(token.text) or gaz.place(token.text):
            break
        start -= 1
    return start


def _caps_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer, headings: list[bool],
                 flags: TokenFlags) -> list[Mention]:
    """Places written in capitals that the model left out ("LONDON 1996-08-30")."""
    covered = bytearray(len(doc))
    for mention in mentions:
        covered[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    capital_words = (flags.alpha & flags.upper & (flags.length > 2)).tolist()
    found: list[Mention] = []
    next_free = 0
    for i in np.flatnonzero(capital_words).tolist():
        if i < next_free or covered[i]:
            continue
        match = _longest_place(doc, i, covered, gaz, capital_words)
        if match is not None:
            end, entity_type = match
            found.append(Mention(i, end, entity_type, HEADING_WEIGHT if headings[i] else 1.0))
            next_free = end
    return found


def _longest_place(doc: Doc, i: int, covered: bytearray, gaz: Gazetteer,
                   capital_words: list[bool]) -> tuple[int, str] | None:
    for end in range(min(len(doc), i + MAX_TOKENS), i, -1):
        if any(covered[i:end]) or not all(capital_words[i:end]):
            continue
        place = gaz.place(doc[i:end].text)
        if place is not None and place.kind != "org":
            return end, place.type
        code = gaz.demonym(doc[i:end].text)
        if code is not None:
            return end, "NORP"
    return None
