"""The statements of a set of article records, each with its actor, date and place.

Quotes of the records are statements as they are. Sentences outside every quote in which an
actor named at the start takes a stance with a cue word ("Moscow has voiced strong
opposition to ...", "Trump and Biden both ruled out sending US troops") are statements too
(`kind` "reported"), their span the sentence, each with one actor per name at its start.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storyline.corpus.compare.actors import Actor, Actors
from storyline.corpus.compare.stance import cue_spans
from storyline.corpus.compare.terms import sentences, tokens

# Names that can hold a stance as the subject of a reported sentence.
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "FAC"})
# A reported sentence's actor is named among its first words (the subject), before the cue.
_SUBJECT_WORDS = 4


@dataclass(frozen=True, slots=True)
class Statement:
    article: str          # article id
    doc: str
    outlet: str           # the site, else the input's name
    published: str | None
    date: str | None      # when it was said (the quote's date), else the publication date
    start: int
    end: int
    text: str
    kind: str             # direct | mixed | indirect | reported
    actor: Actor
    speaker: str          # the speaker as the article names it (canonical name)
    order: int            # position of its article in the records, for a stable order

    @property
    def place(self) -> tuple[str, int, int]:
        return self.article, self.start, self.end


def collect(records: list[dict[str, Any]], actors: Actors) -> list[Statement]:
    """Every statement with an actor, in article order then text order."""
    found: list[Statement] = []
    for order, record in enumerate(records):
        outlet = record.get("site") or record["doc"]
        published = record.get("published")
        quotes = record.get("quotes") or []
        for quote in quotes:
            actor = actors.of_speaker(record["id"], quote.get("speaker"))
            if actor is None:
                continue
            found.append(Statement(
                record["id"], record["doc"], outlet, published, quote.get("date") or published,
                quote["start"], quote["end"], quote["text"], quote.get("kind") or "indirect", actor,
                quote["speaker"]["name"], order))
        found += _reported(record, actors, outlet, published, order)
    found.sort(key=lambda s: (s.order, s.start))
    return found


def _reported(record: dict[str, Any], actors: Actors, outlet: str, published: str | None,
              order: int) -> list[Statement]:
    text = record["text"]
    # what the extracted statements cover: their words and their cues
    quoted = [(q["start"], q["end"]) for q in record.get("quotes") or []] + [
        (q["cue"]["start"], q["cue"]["end"]) for q in record.get("quotes") or [] if q.get("cue")]
    mentions = sorted(
        (m["start"], m["end"], entity["id"])
        for entity in record.get("entities") or [] if entity.get("type") in _ACTOR_TYPES
        for m in entity.get("mentions") or [])
    found = []
    for start, end in sentences(text):
        # a stance cue outside every statement of the sentence is an act of its own ("The union
        # rejected the reform and called for new strikes": the call is a statement, the
        # rejection is reported); one inside a statement or cueing it is that statement's
        cues = [cue for cue in cue_spans(text[start:end])
                if not any(qs < start + cue[1] and start + cue[0] < qe for qs, qe in quoted)]
        if not cues:
            continue
        cue_at = start + cues[0][0]
        subject = [m for m in mentions if start <= m[0] < cue_at
                   and len(tokens(text[start:m[0]])) <= _SUBJECT_WORDS]
        # every name of a coordinated subject ("Trump and Biden"), none after another verb
        seen: set[str] = set()
        for m_start, m_end, local_id in subject:
            between = text[m_end:cue_at]
            if m_start > start and len(tokens(text[start:m_start])) > _SUBJECT_WORDS:
                continue
            actor = actors.of_entity(record["id"], local_id)
            if actor is None or actor.key in seen or len(tokens(between)) > 8:
                continue
            seen.add(actor.key)
            found.append(Statement(
                record["id"], record["doc"], outlet, published, published, start, end, text[start:end],
                "reported", actor, actor.name, order))
    return found
