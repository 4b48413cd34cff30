"""Statement dates: when each quote was made. A resolved date outside every quoted
statement says when only if the parse makes it a circumstance of the speech event: a
modifier of the quote's cue ("On Monday evening, ..., Macron said", "told reporters on
Tuesday"), directly or through an occasion of speech ("in an address on Wednesday") or a
verb of speaking ("speaking on Friday, she said"). A date that modifies something else in
the sentence ("who was the 2010 nominee", "said the attack on Monday was ...") does not.
Without such a date in the cue's sentence, a date that modifies a speech event elsewhere in
the paragraph ("On Monday, the minister spoke to reporters. “...,” she said.") stands in;
otherwise the publication date does, marked so.

Sets ``quote.date`` and ``quote.date_from`` ("text", "published", or None when the article
has no publication date either); a date from the text also sets ``quote.date_at``, the
offsets of the time expression that gave it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from storyline.extract.lexicon import SPEECH_EVENT_VERBS, SPEECH_OCCASIONS
from storyline.extract.timex.calendar import value_start
from storyline.model import Article, Extent, Quote, TimeExpression

# The parse (dependencies, parts of speech, lemmas) of the cue's sentence.
REQUIRES = frozenset({"parser", "tagger", "lemmatizer"})
# Links that make a phrase a participant or a clause of its own, not a circumstance.
_NOT_CIRCUMSTANCE = frozenset({"nsubj", "nsubjpass", "csubj", "attr", "relcl", "ccomp", "xcomp",
                               "conj", "appos", "poss", "dobj", "pcomp"})
# Steps up the parse from a time expression to the event it modifies, at most.
_MAX_STEPS = 8


def extract_statement_dates(doc: Doc, article: Article) -> None:
    date_statements(article, doc)


def date_statements(article: Article, doc: Doc) -> None:
    if not article.quotes:
        return
    published = date.fromisoformat(article.published) if article.published else None
    # A date inside any quoted statement belongs to what was said, not to the saying.
    dated = [time for time in article.times
             if _can_date_a_statement(time, published) and not _inside_a_quote(time, article.quotes)]
    events = {id(time): _events_modified(doc, time) for time in dated}
    for quote in article.quotes:
        time = None
        cue = _token_at(doc, quote.cue.start) if quote.cue is not None else None
        if cue is not None:
            in_sentence = [t for t in _in_sentence(dated, cue.idx) if cue.i in events[id(t)]]
            in_paragraph = [t for t in _in_paragraph(article.text, dated, cue.idx)
                            if any(_is_speech_event(doc[i]) for i in events[id(t)])]
            time = _closest(in_sentence, cue.idx) or _closest(in_paragraph, cue.idx)
        if time is not None:
            quote.date, quote.date_from, quote.date_at = time.value, "text", Extent(time.start, time.end)
        else:
            quote.date, quote.date_from = article.published, "published" if article.published else None


def _events_modified(doc: Doc, time: TimeExpression) -> set[int]:
    """The tokens a time expression is a circumstance of: up the parse from its head, through
    prepositions, occasions of speech and verbs of speaking, until something else."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return set()
    node = span.root
    found: set[int] = set()
    for _ in range(_MAX_STEPS):
        head = node.head
        if head.i == node.i or node.dep_ in _NOT_CIRCUMSTANCE:
            break
        found.add(head.i)
        if head.pos_ in ("VERB", "AUX") and not _is_speech_event(head):
            break
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in SPEECH_OCCASIONS:
            break
        node = head
    return found


def _is_speech_event(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_EVENT_VERBS or \
        token.lower_ == "according"


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _can_date_a_statement(time: TimeExpression, published: date | None) -> bool:
    """A calendar date (not a duration, a set or "recently") no later than publication."""
    if time.type not in ("DATE", "TIME"):
        return False
    start = value_start(time.value)
    return start is not None and (published is None or start <= published)


def _in_sentence(times: list[TimeExpression], char: int) -> list[TimeExpression]:
    found = []
    for time in times:
        sentence = time.sentence
        if sentence is not None and sentence.start <= char < sentence.end:
            found.append(time)
    return found


def _in_paragraph(text: str, times: list[TimeExpression], char: int) -> list[TimeExpression]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    end = len(text) if end < 0 else end
    return [time for time in times if start <= time.start and time.end <= end]


def _inside_a_quote(time: TimeExpression, quotes: list[Quote]) -> bool:
    return any(quote.start < time.end and time.start < quote.end for quote in quotes)


def _closest(times: list[TimeExpression], char: int) -> TimeExpression | None:
    if not times:
        return None
    return min(times, key=lambda time: min(abs(time.start - char), abs(time.end - char)))
