"""A briefing of a story, built from the record alone (no language model).

Four parts: what happened (dated events and statements, in date order), the key
statements with their speakers, the numbers in dispute, and who stands where. Every
sentence quotes the words it rests on and cites them: a citation names the article, its
outlet and date, and the exact characters (``start``/``end``) of the cited words, so
``article text[start:end] == cited text`` always holds.

What is key is chosen from what the corpus already says, never from the wording: a
statement reported by more outlets (its statement family) comes first, then direct quotes,
then the more confident; each speaker is heard before anyone is heard twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from storyline.extract.timex.calendar import value_start

# How much each part says at most (a briefing is read in a minute).
MAX_EVENTS = 10
MAX_STATEMENTS = 8
MAX_QUOTE_CHARS = 320
# Days before a story's first article whose events still belong to "what happened".
BACKGROUND_DAYS = 7


@dataclass(frozen=True, slots=True)
class Citation:
    number: int
    article: str
    doc: str
    outlet: str
    title: str | None
    date: str | None
    start: int
    end: int
    text: str

    def to_record(self) -> dict[str, Any]:
        return {"number": self.number, "article": self.article, "doc": self.doc, "outlet": self.outlet,
                "title": self.title, "date": self.date, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as parts: plain words, and quoted words of a citation (``cite``)."""

    parts: tuple[tuple[str, int | None], ...]  # (text, citation number or None)

    @property
    def citations(self) -> list[int]:
        return list(dict.fromkeys(number for _, number in self.parts if number is not None))

    def to_record(self) -> dict[str, Any]:
        return {"parts": [{"text": text, "cite": number} for text, number in self.parts],
                "citations": self.citations}


@dataclass(slots=True)
class Section:
    title: str
    caption: str
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class Briefing:
    story: dict[str, Any]
    articles: int
    outlets: int
    sections: list[Section]
    citations: list[Citation]

    def to_record(self) -> dict[str, Any]:
        return {"story": self.story, "articles": self.articles, "outlets": self.outlets,
                "sections": [{"title": s.title, "caption": s.caption,
                              "sentences": [x.to_record() for x in s.sentences]} for s in self.sections],
                "citations": [c.to_record() for c in self.citations]}


class _Citations:
    """Numbers citations in order of first use; the same span cited twice is one citation."""

    def __init__(self, articles: dict[str, dict[str, Any]]) -> None:
        self.articles = articles
        self.found: dict[tuple[str, int, int], Citation] = {}

    def cite(self, article: str, start: int, end: int, date: str | None = None) -> int:
        key = (article, start, end)
        if key not in self.found:
            meta = self.articles[article]
            self.found[key] = Citation(len(self.found) + 1, article, meta["doc"], meta["site"] or meta["doc"],
                                       meta["title"], date or meta["published"], start, end,
                                       meta["text"][start:end])
        return self.found[key].number


def build_briefing(corpus: Any, story_id: str) -> Briefing:
    """The briefing of the story ``story_id``; raises what the corpus raises for an unknown one."""
    story = corpus.story(story_id)
    if story is None:
        from storyline.corpus import UnknownIdError

        raise UnknownIdError(f"no story {story_id!r}; `storyline stories` lists them")
    record = story.to_record()
    ids = _article_ids(record)
    summaries = {a["id"]: a for a in corpus.articles() if a["id"] in ids}
    texts = {article_id: corpus.article(article_id) for article_id in summaries}
    articles = {article_id: {**summaries[article_id], "text": texts[article_id]["text"]} for article_id in summaries}
    cites = _Citations(articles)
    comparison = corpus.compare(story_id)
    statements = corpus.statements(story=story_id)
    sections = [
        Section("What happened", "Dated events and statements, in date order.",
                _events(corpus.timeline(story=story_id), cites, record.get("first"), record.get("last"))),
        Section("Key statements", "The statements most reported, one speaker at a time.",
                _key_statements(statements, comparison, cites)),
        Section("Numbers in dispute", "Figures for the same measure that cannot all be right.",
                _disputes(comparison, cites)),
        Section("Who stands where", "Each actor's stance, from their own words.",
                _positions(comparison, cites)),
    ]
    outlets = {a["site"] or a["doc"] for a in articles.values()}
    return Briefing(record, len(articles), len(outlets), sections, sorted(cites.found.values(),
                                                                          key=lambda c: c.number))


def _article_ids(story: dict[str, Any]) -> set[str]:
    return set(story.get("article_ids") or [])


def _quoted(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MAX_QUOTE_CHARS else line[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0]


def _cited_words(cites: _Citations, article: str, start: int, end: int, date: str | None) -> tuple[str, int]:
    """The words of ``[start, end)`` (shortened to MAX_QUOTE_CHARS at a word end) and the
    number of the citation of exactly those characters."""
    text = cites.articles[article]["text"]
    # the sentence's own punctuation follows the quote: a trailing comma of the span is left out
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    words = _quoted(text[start:end])
    # the shortened words end where they end in the text (whitespace runs count once)
    cut = start
    for word in words.split(" "):
        cut = text.index(word, cut) + len(word)
    return words, cites.cite(article, start, cut, date)


def _close(words: str) -> str:
    """The closing quote, and a full stop unless the quoted words end a sentence."""
    return "\u201d" if words.endswith((".", "!", "?", ".\u201d", "?\u201d", "!\u201d")) else "\u201d."


def _events(timeline: list[Any], cites: _Citations, first: str | None, last: str | None) -> list[Sentence]:
    """One sentence per day of the story (from a week before its first article to its last):
    of that day's dated events and statements, the one nearest the top of its article (news
    puts the main fact first). Background (a war's start years before) and plans are left
    to the articles."""
    earliest = value_start(first)
    earliest = earliest - timedelta(days=BACKGROUND_DAYS) if earliest else None
    latest = value_start(last)
    by_day: dict[str, Any] = {}
    for entry in timeline:
        day = entry.date
        start = value_start(day)
        if start is None or entry.planned or len(day) < 10:  # a day, not a month or a year
            continue
        if (earliest and start < earliest) or (latest and start > latest):
            continue
        current = by_day.get(day)
        # news is written lead first: the entry nearest the top of its article tells the day
        if current is None or entry.start < current.start:
            by_day[day] = entry
    sentences = []
    for day, entry in list(by_day.items())[:MAX_EVENTS]:
        words, number = _cited_words(cites, entry.article, entry.start, entry.end, day)
        if entry.kind == "statement" and entry.who:
            parts: tuple[tuple[str, int | None], ...] = ((f"On {day} ({entry.who}): \u201c", None),
                                                         (words, number), (_close(words), None))
        else:
            parts = ((f"On {day}: \u201c", None), (words, number), (_close(words), None))
        sentences.append(Sentence(parts))
    return sentences


def _key_statements(statements: list[Any], comparison: Any, cites: _Citations) -> list[Sentence]:
    reported: dict[tuple[str, int], int] = {}
    for family in comparison.families:
        outlets = len({s.outlet for s in family.occurrences})
        for s in family.occurrences:
            reported[(s.article, s.start)] = outlets
    named = [s for s in statements if s.speaker and not (s.record.get("speaker") or {}).get("anonymous")]
    ranked = sorted(named, key=lambda s: (-reported.get((s.article, s.start), 1), s.kind != "direct",
                                          -(s.record.get("confidence") or 0), s.date or "", s.start))
    chosen: list[Any] = []
    heard: dict[str, int] = {}
    for round_ in range(MAX_STATEMENTS):  # each speaker once before anyone twice
        for s in ranked:
            if len(chosen) >= MAX_STATEMENTS:
                break
            if heard.get(s.speaker, 0) == round_ and s not in chosen:
                chosen.append(s)
                heard[s.speaker] = round_ + 1
        if len(chosen) >= MAX_STATEMENTS or len(chosen) == len(ranked):
            break
    chosen.sort(key=lambda s: (value_start(s.date) or value_start("9999"), s.article, s.start))
    sentences = []
    for s in chosen:
        words, number = _cited_words(cites, s.article, s.start, s.end, s.date)
        outlets = reported.get((s.article, s.start), 1)
        also = f" (reported by {outlets} outlets)" if outlets > 1 else ""
        verb = "said" if s.kind == "direct" else "was reported as saying"
        sentences.append(Sentence(((f"{s.speaker} {verb}{also}: \u201c", None), (words, number), (_close(words), None))))
    return sentences


def _disputes(comparison: Any, cites: _Citations) -> list[Sentence]:
    sentences = []
    for measure in comparison.disputes:
        parts: list[tuple[str, int | None]] = [(f"On the {measure.measure}, the figures disagree: ", None)]
        for index, figure in enumerate(measure.figures):
            if index:
                parts.append(("; " if index < len(measure.figures) - 1 else " versus ", None))
            number = cites.cite(figure.article, figure.start, figure.end, figure.date)
            source = figure.source if figure.source_kind == "speaker" else f"{figure.outlet}"
            parts += [("\u201c", None), (figure.text, number), (f"\u201d according to {source}", None)]
        parts.append((".", None))
        sentences.append(Sentence(tuple(parts)))
    return sentences


STANCE_WORDS = {"support": "supports", "conditional": "supports, on conditions,", "oppose": "opposes", "mixed": "is divided on", "neutral": "takes no clear side on"}


def _positions(comparison: Any, cites: _Citations) -> list[Sentence]:
    sentences = []
    for position in comparison.positions:
        for actor in position.actors:
            if actor.stance == "neutral" or not actor.evidence:
                continue
            evidence = next((e for e in reversed(actor.evidence) if e.stance == actor.stance), actor.evidence[-1])
            s = evidence.statement
            words, number = _cited_words(cites, s.article, s.start, s.end, s.date)
            changes = [f"{c['stance']} on {c['date']}" for c in actor.stances]
            moved = f" (over time: {', '.join(changes)})" if len(changes) > 1 else ""
            sentences.append(Sentence((
                (f"{actor.actor} {STANCE_WORDS.get(actor.stance, actor.stance)} {position.proposition}{moved}: \u201c",
                 None), (words, number), (_close(words), None))))
    return sentences
