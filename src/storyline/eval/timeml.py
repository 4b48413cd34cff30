"""TimeML (TempEval-3 TimeBank + AQUAINT) as an evaluation set for time expressions.

``read_tml`` gives each document's text (the TEXT element without its tags), its
creation time (DCT) and the gold TIMEX3s with character offsets into that text.
``score`` compares predictions: extent F1 with relaxed matching (overlapping spans,
one to one), value accuracy (equal values among the matched) and value F1 (a match with
an equal value counts). ``dateparser_times`` is the baseline: dateparser's
``search_dates`` with the DCT as its relative base.
"""

from __future__ import annotations

import re
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from storyline.errors import EvalDataError
from storyline.eval.scores import f1_score, ratio


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass(slots=True)
class TimeMLDocument:
    name: str
    dct: date | None
    text: str
    timexes: list[Timex] = field(default_factory=list)


@dataclass(slots=True)
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0  # extents that overlap, one to one
    value_correct: int = 0  # matched with the same value

    def add(self, other: Scores) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.value_correct += other.value_correct

    @property
    def extent_precision(self) -> float:
        return ratio(self.matched, self.predicted)

    @property
    def extent_recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def extent_f1(self) -> float:
        return f1_score(self.extent_precision, self.extent_recall)

    @property
    def value_accuracy(self) -> float:
        return ratio(self.value_correct, self.matched)

    @property
    def value_f1(self) -> float:
        return f1_score(ratio(self.value_correct, self.predicted), ratio(self.value_correct, self.gold))


def read_folder(folder: str | Path) -> Iterator[TimeMLDocument]:
    """Every ``*.tml`` file under ``folder`` (recursively), in path order."""
    for path in sorted(Path(folder).rglob("*.tml")):
        yield read_tml(path)


def read_tml(path: str | Path) -> TimeMLDocument:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise EvalDataError(f"{path}: not a readable TimeML file ({error})") from None
    dct = None
    dct_timex = root.find("DCT/TIMEX3")
    if dct_timex is not None and dct_timex.get("value"):
        dct = _date(dct_timex.get("value", ""))
    body = root.find("TEXT")
    parts: list[str] = []
    timexes: list[Timex] = []
    if body is not None:
        _walk(body, parts, timexes)
    return TimeMLDocument(Path(path).name, dct, "".join(parts), timexes)


def _walk(element: ET.Element, parts: list[str], timexes: list[Timex]) -> None:
    """Append the element's text to ``parts``, noting where each TIMEX3 lies."""
    start = sum(map(len, parts))
    parts.append(element.text or "")
    for child in element:
        _walk(child, parts, timexes)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = start + len("".join(element.itertext()))
        timexes.append(Timex(start, end, element.get("type", ""), element.get("value")))


def _date(value: str) -> date | None:
    match = re.match(r"(\d{4})-?(\d\d)-?(\d\d)", value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


_WEEK_NUMBER = re.compile(r"-W0(\d)")


def same_value(left: str | None, right: str | None) -> bool:
    """Equal TIMEX3 values; "1998-W08" and "1998-W8" are the same week."""
    if left is None or right is None:
        return False
    return _WEEK_NUMBER.sub(r"-W\1", left) == _WEEK_NUMBER.sub(r"-W\1", right)


def score(predicted: Iterable[Timex], gold: Iterable[Timex]) -> Scores:
    """Relaxed one-to-one matching: each gold expression pairs with the first unpaired
    prediction that overlaps it (both lists in text order)."""
    predicted, gold = sorted(predicted, key=_order), sorted(gold, key=_order)
    scores = Scores(gold=len(gold), predicted=len(predicted))
    used = [False] * len(predicted)
    for expected in gold:
        for index, candidate in enumerate(predicted):
            if used[index] or candidate.end <= expected.start:
                continue
            if candidate.start >= expected.end:
                break
            used[index] = True
            scores.matched += 1
            scores.value_correct += same_value(candidate.value, expected.value)
            break
    return scores


def _order(timex: Timex) -> tuple[int, int]:
    return timex.start, timex.end


def dateparser_times(text: str, dct: date | None) -> list[Timex]:
    """Plain dateparser: ``search_dates`` with the DCT as relative base; each found date
    as a day ("2025-03-11") or, when the words give a clock time, a minute."""
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime(dct.year, dct.month, dct.day)} if dct else {}
    with warnings.catch_warnings():
        # dateparser's own use of deprecated stdlib calls is not ours to fix
        warnings.simplefilter("ignore", DeprecationWarning)
        found = search_dates(text, languages=["en"], settings=settings) or []
    times: list[Timex] = []
    cursor = 0
    for words, when in found:
        start = text.find(words, cursor)
        if start < 0:
            continue
        cursor = start + len(words)
        has_clock = bool(re.search(r"\d:\d\d|\b[ap]\.?m\b|noon|midnight", words, re.IGNORECASE))
        value = when.strftime("%Y-%m-%dT%H:%M") if has_clock else when.date().isoformat()
        times.append(Timex(start, cursor, "TIME" if has_clock else "DATE", value))
    return times


def storyline_times(documents: Iterable[TimeMLDocument], model: str | None = None) -> Iterator[list[Timex]]:
    """Storyline's time expressions for each document, its DCT as the publication date.
    The text is taken as it is (no cleaning), so offsets match the gold ones."""
    from storyline.clean import text_id
    from storyline.model import Article
    from storyline.nlp import DEFAULT_MODEL
    from storyline.pipeline import Pipeline

    pipeline = Pipeline(model=model or DEFAULT_MODEL, extractors=("times",))
    listed = list(documents)
    texts = ((document.text, document) for document in listed)
    for doc, document in pipeline.nlp.pipe(texts, as_tuples=True, batch_size=16):
        article = Article(doc=document.name, id=text_id(document.text), text=document.text,
                          published=document.dct.isoformat() if document.dct else None)
        pipeline.annotate(doc, article)
        yield [Timex(time.start, time.end, time.type, time.value) for time in article.times]
