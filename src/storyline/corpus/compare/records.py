"""The records of a comparison across articles; each has ``to_record()`` (what the CLI prints
in JSON and the API returns). Every span is a place in one article: ``doc``/``article``,
``start``, ``end`` and ``text``, with ``text == article text[start:end]``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.corpus.compare.statements import Statement


def place(statement: Statement) -> dict[str, Any]:
    return {"article": statement.article, "doc": statement.doc, "outlet": statement.outlet,
            "date": statement.date, "start": statement.start, "end": statement.end,
            "text": statement.text, "kind": statement.kind}


@dataclass(slots=True)
class Family:
    """One statement of one speaker in all the places that report it."""

    speaker: str
    actor: str
    occurrences: list[Statement]
    matches: list[str]                 # per occurrence: first | exact | near | paraphrase
    wording: list[dict[str, Any]]      # per occurrence: how it differs from the first

    @property
    def first_outlet(self) -> str:
        return self.occurrences[0].outlet

    def to_record(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker, "actor": self.actor, "first_outlet": self.first_outlet,
            "outlets": list(dict.fromkeys(s.outlet for s in self.occurrences)),
            "occurrences": [place(s) | {"match": m, "wording": w}
                            for s, m, w in zip(self.occurrences, self.matches, self.wording)],
        }


@dataclass(slots=True)
class Figure:
    article: str
    doc: str
    outlet: str
    date: str | None
    start: int
    end: int
    text: str
    value: float
    low: float | None      # None: open ("as many as 2,500" has no lower bound)
    high: float | None
    unit: str | None
    counted: str | None
    source: str           # the speaker when the number is in a statement, else the outlet
    source_kind: str      # speaker | outlet

    def to_record(self) -> dict[str, Any]:
        return {"article": self.article, "doc": self.doc, "outlet": self.outlet, "date": self.date,
                "start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "low": self.low, "high": self.high, "unit": self.unit, "counted": self.counted,
                "source": self.source, "source_kind": self.source_kind}


@dataclass(slots=True)
class Measure:
    """Figures of one story that measure the same thing."""

    measure: str
    figures: list[Figure]
    disputed: bool
    evolution: list[dict[str, Any]] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {"measure": self.measure, "disputed": self.disputed,
                "figures": [f.to_record() for f in self.figures], "evolution": self.evolution}


@dataclass(slots=True)
class Evidence:
    statement: Statement
    stance: str
    cue: str | None
    relevance: float

    def to_record(self) -> dict[str, Any]:
        return place(self.statement) | {"stance": self.stance, "cue": self.cue,
                                        "relevance": round(self.relevance, 3)}


@dataclass(slots=True)
class ActorPosition:
    """One actor's stance on a proposition over time, with its evidence in date order."""

    actor: str
    actor_id: str
    stance: str                        # the latest stance taken (neutral only when no other)
    evidence: list[Evidence]

    @property
    def stances(self) -> list[dict[str, Any]]:
        """The stance over time: each change with its date."""
        out: list[dict[str, Any]] = []
        for item in self.evidence:
            if item.stance != "neutral" and (not out or out[-1]["stance"] != item.stance):
                out.append({"date": item.statement.date, "stance": item.stance})
        return out

    def to_record(self) -> dict[str, Any]:
        return {"actor": self.actor, "actor_id": self.actor_id, "stance": self.stance,
                "over_time": self.stances, "evidence": [e.to_record() for e in self.evidence]}


@dataclass(slots=True)
class Position:
    """A proposition and the actors' positions on it."""

    proposition: str
    actors: list[ActorPosition]

    def to_record(self) -> dict[str, Any]:
        return {"proposition": self.proposition, "actors": [a.to_record() for a in self.actors]}


@dataclass(slots=True)
class Side:
    statement: Statement
    claims: str                        # what it asserts of the subject: support | oppose

    def to_record(self) -> dict[str, Any]:
        return {"speaker": self.statement.actor.name} | place(self.statement) | {"claims": self.claims}


@dataclass(slots=True)
class Conflict:
    about: str
    subject: str
    sides: list[Side]

    def to_record(self) -> dict[str, Any]:
        return {"about": self.about, "subject": self.subject, "sides": [s.to_record() for s in self.sides]}


@dataclass(slots=True)
class Comparison:
    families: list[Family]
    measures: list[Measure]
    positions: list[Position]
    conflicts: list[Conflict]

    @property
    def disputes(self) -> list[Measure]:
        return [m for m in self.measures if m.disputed]

    def to_record(self) -> dict[str, Any]:
        return {"families": [f.to_record() for f in self.families],
                "measures": [m.to_record() for m in self.measures],
                "disputes": [m.to_record() for m in self.disputes],
                "positions": [p.to_record() for p in self.positions],
                "conflicts": [c.to_record() for c in self.conflicts]}
