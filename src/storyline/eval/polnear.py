"""PolNeAR (Newell et al., LREC 2018) attributions as quote gold, scored by issue 3's rules.

Each line of the JSONL holds one article as annotated by one annotator; the first
annotator of each article is kept. Gold ``direct`` = attributions marked direct; gold
``speech`` = the others whose cue holds said/says/say/told/tell/tells/according. A
prediction matches an attribution when at least 30% of the gold content's words are in
it and at least 50% of its words are in the gold content. Its source is right when the
gold source text equals the speaker mention's text or, for a gold source that is not a
pronoun, all its words (less Mr./Mrs./the) are in the speaker's name or mention.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from storyline.eval.jsonl import bad_line, jsonl_rows
from storyline.eval.quotes import Predicted, text_matches, words
from storyline.eval.scores import f1_score, ratio

GOLD_COVERED = 0.3
PREDICTION_COVERED = 0.5
SPEECH_CUES = frozenset({"said", "says", "say", "told", "tell", "tells", "according"})
PRONOUNS = frozenset("i me we us you he him she her it they them who whom which that this these "
                     "those".split())
IGNORED_SOURCE_WORDS = frozenset({"mr", "mrs", "the"})
# A conjunction that opens a gold source ("But a source familiar with ...", "While old
# hands ...") joins the sentence to the one before; it is no part of who spoke.
LEADING_CONJUNCTIONS = frozenset({"but", "and", "while", "yet"})


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str
    cue: str
    content: Counter[str]
    direct: bool

    @property
    def speech(self) -> bool:
        return not self.direct and bool(set(words(self.cue)) & SPEECH_CUES)


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    attributions: list[Attribution]


@dataclass(frozen=True, slots=True)
class PolnearScore:
    predicted: int
    right: int
    direct: int
    direct_found: int
    speech: int
    speech_found: int

    @property
    def precision(self) -> float:
        return ratio(self.right, self.predicted)

    @property
    def direct_recall(self) -> float:
        return ratio(self.direct_found, self.direct)

    @property
    def speech_recall(self) -> float:
        return ratio(self.speech_found, self.speech)

    @property
    def direct_f1(self) -> float:
        return f1_score(self.precision, self.direct_recall)


_POLNEAR_LINE = "a PolNeAR article"


def read_articles(path: Path) -> list[Article]:
    """The articles of a PolNeAR JSONL file, first annotator of each."""
    articles: dict[str, Article] = {}
    for number, row in jsonl_rows(path, _POLNEAR_LINE):
        try:
            if row["article"] in articles:
                continue
            text = row["text"]
            attributions = [_attribution(text, item) for item in row["attributions"]]
        except (KeyError, TypeError, IndexError) as error:
            raise bad_line(path, number, _POLNEAR_LINE, error) from None
        articles[row["article"]] = Article(row["article"], text, attributions)
    return list(articles.values())


def _attribution(text: str, item: dict) -> Attribution:
    content = Counter()
    for start, end in item["content"]:
        content.update(words(text[start:end]))
    return Attribution(item.get("source_text") or "", item.get("cue_text") or "", content,
                       bool(item.get("direct")))


def floors_section(path: Path) -> str:
    """The section of the floors file for a split: "polnear" for dev (the split the rules were
    tuned on), "polnear_train" for train.jsonl, and so on, so that each split has its floors."""
    return "polnear" if path.stem == "dev" else f"polnear_{path.stem}"


def source_right(gold_source: str, predicted: Predicted) -> bool:
    mention = predicted.mention or ""
    first, _, rest = gold_source.strip().partition(" ")
    if first.lower() in LEADING_CONJUNCTIONS and rest.strip():
        gold_source = rest
    if gold_source.strip() and gold_source.strip() == mention.strip():
        return True
    gold_words = set(words(gold_source)) - IGNORED_SOURCE_WORDS
    if not gold_words or gold_source.strip().lower() in PRONOUNS:
        return False
    return gold_words <= set(words(predicted.speaker or "")) | set(words(mention))


def matches(attribution: Attribution, predicted: Predicted) -> bool:
    return text_matches(attribution.content, words(predicted.text), GOLD_COVERED, PREDICTION_COVERED)


def score(articles: list[Article], predicted: Iterable[Predicted]) -> PolnearScore:
    by_doc: dict[str, list[Predicted]] = {}
    for prediction in predicted:
        by_doc.setdefault(prediction.doc, []).append(prediction)
    totals = Counter()
    for article in articles:
        predictions = by_doc.get(article.id, [])
        good = [[matches(a, p) and source_right(a.source, p) for p in predictions]
                for a in article.attributions]
        totals["predicted"] += len(predictions)
        totals["right"] += sum(any(row[i] for row in good) for i in range(len(predictions)))
        for attribution, row in zip(article.attributions, good):
            kind = "direct" if attribution.direct else "speech" if attribution.speech else None
            if kind is None:
                continue
            totals[kind] += 1
            totals[f"{kind}_found"] += any(row)
    return PolnearScore(totals["predicted"], totals["right"], totals["direct"],
                        totals["direct_found"], totals["speech"], totals["speech_found"])
