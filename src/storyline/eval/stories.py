"""Story clustering scored on ECB+ (``storyline eval stories``): B-cubed precision, recall
and F1 of Storyline's stories against the gold stories (and topics), next to a plain TF-IDF
average-link baseline whose threshold is tuned on the same file.

The documents go through the same code as ``storyline ingest``: the pipeline, then
``Store.add_many`` into a temporary SQLite store, in file order, which clusters them.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import EvalDataError
from storyline.eval.jsonl import bad_line, jsonl_rows
from storyline.eval.scores import f1_score
from storyline.model import RawDocument
from storyline.pipeline import Pipeline

# Articles stored per transaction, as ``storyline ingest`` does.
BATCH = 100
# Distance thresholds (1 - cosine) the baseline is tuned over.
BASELINE_THRESHOLDS = tuple(round(0.5 + 0.025 * step, 3) for step in range(20))


@dataclass(frozen=True, slots=True)
class EcbDocument:
    doc_id: str
    topic: str
    story_id: str
    text: str


@dataclass(frozen=True, slots=True)
class BCubed:
    precision: float
    recall: float
    f1: float


_ECB_LINE = "an ECB+ document line"


def read_documents(path: Path, limit: int | None = None) -> list[EcbDocument]:
    """The documents of an ECB+ JSONL file (``doc_id``, ``topic``, ``story_id``, ``text``)."""
    documents = []
    for number, row in jsonl_rows(path, _ECB_LINE):
        try:
            documents.append(EcbDocument(str(row["doc_id"]), str(row["topic"]), str(row["story_id"]), row["text"]))
        except (KeyError, TypeError) as error:
            raise bad_line(path, number, _ECB_LINE, error) from None
        if limit is not None and len(documents) >= limit:
            break
    if not documents:
        raise EvalDataError(f"{path}: no documents")
    return documents


def bcubed(predicted: dict[str, Hashable], gold: dict[str, Hashable]) -> BCubed:
    """B-cubed precision, recall and F1 of a clustering of the items of ``gold``."""
    clusters: dict[Hashable, set[str]] = defaultdict(set)
    classes: dict[Hashable, set[str]] = defaultdict(set)
    for item in gold:
        clusters[predicted[item]].add(item)
        classes[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        cluster, category = clusters[predicted[item]], classes[gold[item]]
        shared = len(cluster & category)
        precision += shared / len(cluster)
        recall += shared / len(category)
    precision, recall = precision / len(gold), recall / len(gold)
    return BCubed(precision, recall, f1_score(precision, recall))


def storyline_clusters(documents: list[EcbDocument], pipeline: Pipeline, source: str,
                       progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """doc_id -> story id, by storing the documents in file order in a temporary store."""
    from storyline.corpus.stories import list_stories
    from storyline.store import Store

    raws = [RawDocument(doc=d.doc_id, content=d.text, kind="text", origin=source) for d in documents]
    article_of: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="storyline-eval-stories-") as folder:
        with Store(str(Path(folder) / "stories.db")) as store:
            batch = []
            for document, result in zip(documents, pipeline.pipe(raws)):
                if isinstance(result, Exception):
                    raise EvalDataError(f"{source}: {document.doc_id}: {result}")
                article_of[document.doc_id] = result.id
                batch.append(result)
                if len(batch) >= BATCH:
                    store.add_many(batch)
                    batch = []
                if progress:
                    progress(1)
            if batch:
                store.add_many(batch)
            story_of = {article_id: story.id for story in list_stories(store) for article_id in story.article_ids}
    return {doc_id: story_of[article_id] for doc_id, article_id in article_of.items()}


def baseline_clusters(texts: list[str], threshold: float) -> list[int]:
    """Plain TF-IDF (English stop words, sublinear counts) and average-link clustering on
    cosine distance, cut at ``threshold``."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(texts) < 2:
        return [0] * len(texts)
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).toarray()
    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold)
    return [int(label) for label in model.fit_predict(matrix)]


def tuned_baseline(documents: list[EcbDocument]) -> tuple[float, BCubed]:
    """The baseline at its best threshold on these documents (story-level F1)."""
    gold = {d.doc_id: d.story_id for d in documents}
    best: tuple[float, BCubed] | None = None
    for threshold in BASELINE_THRESHOLDS:
        labels = baseline_clusters([d.text for d in documents], threshold)
        score = bcubed({d.doc_id: label for d, label in zip(documents, labels)}, gold)
        if best is None or score.f1 > best[1].f1:
            best = (threshold, score)
    assert best is not None
    return best


def gold_of(documents: Iterable[EcbDocument], level: str) -> dict[str, str]:
    return {d.doc_id: d.story_id if level == "story" else d.topic for d in documents}
