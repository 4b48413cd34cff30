"""CoNLL-2003 named entities (IOB1): reader, label mapping and entity-level scoring.

A document's text is its tokens joined by spaces, one sentence a line, so that both spaCy
and Storyline read plain text; entities are compared as exact character spans with their
type (the CoNLL ``conlleval`` rule: a boundary or type error is a miss and a false alarm).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from storyline.errors import EvalDataError
from storyline.eval.scores import f1_score, ratio

TYPES = ("PER", "ORG", "LOC", "MISC")
# spaCy (OntoNotes) labels as CoNLL types; number-like labels are no CoNLL entity.
SPACY_TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
                  "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
                  "LANGUAGE": "MISC", "PRODUCT": "MISC"}

EntitySpan = tuple[int, int, str]  # start char, end char, CoNLL type


@dataclass(frozen=True, slots=True)
class ConllDocument:
    text: str
    entities: frozenset[EntitySpan]


def read_conll(path: Path) -> list[ConllDocument]:
    """The documents of a CoNLL-2003 file (``-DOCSTART-`` separated, IOB1 tags last)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise EvalDataError(f"{path}: cannot read ({error.strerror or error})") from None
    documents = [_document(sentences) for sentences in _split_documents(lines, path)]
    if not documents:
        raise EvalDataError(f"{path}: no CoNLL-2003 sentences found")
    return documents


def _split_documents(lines: list[str], path: Path) -> Iterator[list[list[tuple[str, str]]]]:
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []
    for number, line in enumerate(lines, 1):
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-":
            if sentence:
                sentences.append(sentence)
                sentence = []
            if fields and sentences:
                yield sentences
                sentences = []
            continue
        if len(fields) < 2:
            raise EvalDataError(f"{path}:{number}: expected a token and a tag, got {line!r}")
        sentence.append((fields[0], fields[-1]))
    if sentence:
        sentences.append(sentence)
    if sentences:
        yield sentences


def _document(sentences: list[list[tuple[str, str]]]) -> ConllDocument:
    parts: list[str] = []
    entities: set[EntitySpan] = set()
    offset = 0
    for sentence in sentences:
        starts = []
        for token, _ in sentence:
            starts.append(offset)
            offset += len(token) + 1
        parts.append(" ".join(token for token, _ in sentence))
        for first, last, kind in iob1_chunks([tag for _, tag in sentence]):
            entities.add((starts[first], starts[last] + len(sentence[last][0]), kind))
    return ConllDocument("\n".join(parts), frozenset(entities))


def iob1_chunks(tags: list[str]) -> Iterator[tuple[int, int, str]]:
    """(first token, last token, type) of each entity in IOB1 tags: I-X continues an X
    (or starts one after O or another type), B-X starts a new X right after an X."""
    start: int | None = None
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start is not None
        if start is not None and not continues:
            yield start, i - 1, kind
            start = None
        if prefix in ("I", "B") and not continues:
            start, kind = i, label


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int


def score(gold: Iterable[tuple[int, EntitySpan]], predicted: Iterable[tuple[int, EntitySpan]]) -> dict[str, Score]:
    """Entity-level precision, recall and F1, overall ("ALL") and per type; each item is
    (document number, span)."""
    gold_set, predicted_set = set(gold), set(predicted)
    scores: dict[str, Score] = {}
    for kind in ("ALL", *TYPES):
        g = {item for item in gold_set if kind == "ALL" or item[1][2] == kind}
        p = {item for item in predicted_set if kind == "ALL" or item[1][2] == kind}
        correct = len(g & p)
        precision, recall = ratio(correct, len(p)), ratio(correct, len(g))
        scores[kind] = Score(precision, recall, f1_score(precision, recall), len(g), len(p))
    return scores


def compare(documents: list[ConllDocument], nlp: Language) -> dict[str, dict[str, Score]]:
    """Scores of spaCy's entities alone ("spacy") and after Storyline's repair ("storyline")."""
    from storyline.extract.entities.extractor import analyse  # the repair, on the same Docs

    gold: list[tuple[int, EntitySpan]] = []
    found: dict[str, list[tuple[int, EntitySpan]]] = {"spacy": [], "storyline": []}
    texts = (document.text for document in documents)
    for number, (document, doc) in enumerate(zip(documents, nlp.pipe(texts, batch_size=32))):
        gold.extend((number, span) for span in document.entities)
        for ent in doc.ents:
            if ent.label_ in SPACY_TO_CONLL:
                found["spacy"].append((number, (ent.start_char, ent.end_char, SPACY_TO_CONLL[ent.label_])))
        for cluster in analyse(doc):
            if cluster.type not in SPACY_TO_CONLL:
                continue
            for mention in cluster.mentions:  # names only: role descriptions are no CoNLL entity
                span = doc[mention.start:mention.end]
                found["storyline"].append((number, (span.start_char, span.end_char, SPACY_TO_CONLL[cluster.type])))
    return {system: score(gold, spans) for system, spans in found.items()}
