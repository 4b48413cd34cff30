"""The baseline: textacy's ``direct_quotations``, run paragraph by paragraph.

On a whole article it raises on unbalanced or multi-paragraph quotes, so each paragraph
is parsed and searched on its own; a paragraph on which it still fails yields nothing
and is counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language

from storyline.eval.quotes import Predicted

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(slots=True)
class TextacyRun:
    predicted: list[Predicted] = field(default_factory=list)
    failed_paragraphs: int = 0


def textacy_quotes(nlp: Language, doc_id: str, text: str, run: TextacyRun) -> None:
    """Add textacy's direct quotations of ``text`` to ``run`` (speaker = its words as found)."""
    from textacy.extract.triples import direct_quotations  # dev extra: only the eval needs it

    paragraphs = [m.group() for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    for doc in nlp.pipe(paragraphs):
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # the baseline's own failures are counted, not ours to fix
            run.failed_paragraphs += 1
            continue
        for triple in triples:
            speaker = " ".join(token.text for token in triple.speaker) or None
            run.predicted.append(Predicted(doc_id, triple.content.text, speaker, speaker, "direct"))
