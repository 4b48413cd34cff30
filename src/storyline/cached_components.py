"""The model's attribute ruler and rule lemmatizer, answered once per distinct token.

Measured on news articles (en_core_web_sm 3.8, CPU time per article): the attribute ruler
took 9.5 ms (spaCy's Matcher tries its 179 patterns at every token) and the lemmatizer
4.6 ms (a Python call per token), a fifth of the model's time and more than all of
Storyline's extractors. Both answers depend on a few attributes of one token only, and a
news text repeats its tokens, so this module keeps the model's components and their output
and only stops asking them the same question twice:

- attribute ruler: which of the ruler's token patterns a token satisfies depends only on the
  attributes those patterns read (TAG, LOWER, DEP, IS_SPACE for en_core_web_sm); it is
  cached by those values and, on a miss, found by spaCy's Matcher over that one token. A
  pattern matches where its tokens in a row satisfy its token patterns. All matches go,
  sorted as the ruler sorts them, to the ruler's own ``set_annotations``: which rule wins
  and what it sets stay the model's.
- lemmatizer: spaCy's own cache key (ORTH, POS, MORPH); a miss asks the lemmatizer itself,
  whose index of known forms is held as sets instead of lists (it only asks membership).

A ruler whose patterns this cannot read (operators, extension attributes, an unknown key) or
a lemmatizer in another mode is left as it is. tests/test_cached_components.py compares
every token attribute with the stock components'.
"""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np

from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

RULER_NAME = "attribute_ruler"
LEMMATIZER_NAME = "lemmatizer"
# Entries a cache keeps before it starts again, so that a long ingest's memory stays flat:
# with 100,000 the caches still grew past the first 1,000 news articles (peak RSS of the
# whole corpus x1.089 that of the first 1,000, against x1.049 without them); a miss costs
# a few microseconds, so a smaller bound costs next to nothing.
_CACHE_LIMIT = 20_000
_KEY_ALIASES = {"TEXT": ORTH}


def install(nlp: Language) -> None:
    """Put the cached forms in place of the model's attribute ruler and rule lemmatizer,
    under the same names, where the model has them in a form this module reads. Call it
    before disabling components."""
    for name, make in ((RULER_NAME, CachedAttributeRuler.wrapping), (LEMMATIZER_NAME, CachedLemmatizer.wrapping)):
        if name not in nlp.component_names:
            continue
        cached = make(nlp.get_pipe(name))
        if cached is None:
            continue
        nlp.replace_pipe(name, _FACTORY)
        nlp.get_pipe(name).use(cached)


_FACTORY = "storyline_cached_component"


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> Any:
    """``value``, kept under ``key``; a full cache starts again."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


def is_cached(component: Any) -> bool:
    """Whether a pipeline component is one of the model's run through a cache here."""
    return isinstance(component, _Slot)


class _Slot:
    """The pipeline's entry for a cached component (spaCy adds components by factory name)."""

    def __init__(self) -> None:
        self.component: Any = None

    def use(self, component: Any) -> None:
        self.component = component

    def __call__(self, doc: Doc) -> Doc:
        return self.component(doc)


@Language.factory(_FACTORY)
def _make_slot(nlp: Language, name: str) -> _Slot:
    return _Slot()


class CachedAttributeRuler:
    """An AttributeRuler's matches from what each token satisfies, cached; see the module's
    comment. Each distinct token pattern of the ruler is a predicate; what a token satisfies
    depends only on the attributes the predicates read, so it is cached by those values
    (found on a miss by a Matcher of the predicates over that one token). A pattern of n
    tokens matches where n tokens in a row satisfy its n predicates, as in spaCy's Matcher
    for patterns without operators."""

    def __init__(self, ruler: AttributeRuler, predicates: list[dict[str, Any]],
                 patterns: list[tuple[int, list[int]]], attrs: list[int],
                 tests: list[_Tests]) -> None:
        self.ruler = ruler
        self.attrs = attrs
        self.tests = tests
        self.strings = ruler.vocab.strings
        self.matcher = Matcher(ruler.vocab, validate=False)
        for number, predicate in enumerate(predicates):
            self.matcher.add(_predicate_key(number), [[predicate]])
        self.predicate_of = {self.strings.add(_predicate_key(number)): number for number in range(len(predicates))}
        # by each pattern's first predicate: (rule, match id, the predicates of the tokens after)
        self.starting: dict[int, list[tuple[int, int, tuple[int, ...]]]] = {}
        for rule, pattern in patterns:
            match_id = self.strings.add(str(rule))
            self.starting.setdefault(pattern[0], []).append((rule, match_id, tuple(pattern[1:])))
        self.cache: dict[tuple[int, ...], tuple[frozenset[int], tuple[tuple[int, int, tuple[int, ...]], ...]]] = {}

    @classmethod
    def wrapping(cls, ruler: Any) -> CachedAttributeRuler | None:
        if not isinstance(ruler, AttributeRuler) or any("_" in attrs for attrs in ruler.attrs):
            return None
        predicates: list[dict[str, Any]] = []
        numbers: dict[str, int] = {}
        patterns: list[tuple[int, list[int]]] = []
        attrs: set[int] = set()
        tests: dict[int, _Tests] = {}
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or not pattern:
                    return None  # a Doc pattern (PhraseMatcher style): not read here
                sequence = []
                for token_pattern in pattern:
                    read = _attribute_ids(token_pattern)
                    if read is None:
                        return None
                    attrs |= set(read)
                    for attr, value in zip(read, token_pattern.values()):
                        tests.setdefault(attr, _Tests()).read(value)
                    key = json.dumps(token_pattern, sort_keys=True)
                    if key not in numbers:
                        numbers[key] = len(predicates)
                        predicates.append(token_pattern)
                    sequence.append(numbers[key])
                patterns.append((rule, sequence))
        if not attrs:
            return None
        order = sorted(attrs)
        return cls(ruler, predicates, patterns, order, [tests[attr] for attr in order])

    def __call__(self, doc: Doc) -> Doc:
        cache = self.cache
        found = []
        values = doc.to_array(self.attrs).reshape(len(doc), len(self.attrs))
        columns = [tests.key(values[:, column], self.strings) for column, tests in enumerate(self.tests)]
        for i, key in enumerate(zip(*columns)):
            answer = cache.get(key)
            if answer is None:
                answer = _remember(cache, key, self._alone(doc, i))
            found.append(answer)
        matches: list[tuple[int, int, int, int]] = []
        last = len(found)
        for i, (_, starting) in enumerate(found):
            for rule, match_id, rest in starting:
                end = i + 1 + len(rest)
                if end <= last and all(predicate in found[i + 1 + k][0] for k, predicate in enumerate(rest)):
                    matches.append((rule, match_id, i, end))
        matches.sort()  # as AttributeRuler.match sorts: later rules win
        self.ruler.set_annotations(doc, matches)
        return doc

    def _alone(self, doc: Doc, i: int) -> tuple[frozenset[int], tuple[tuple[int, int, tuple[int, ...]], ...]]:
        """The predicates token ``i`` satisfies, and the patterns that start with one of them."""
        satisfied = frozenset(self.predicate_of[match_id] for match_id, start, end
                              in self.matcher(doc[i:i + 1], allow_missing=True, as_spans=False))
        starting = tuple(sorted(entry for predicate in satisfied for entry in self.starting.get(predicate, ())))
        return satisfied, starting


def _predicate_key(number: int) -> str:
    return f"storyline-predicate-{number}"


def _attribute_ids(token_pattern: dict[str, Any]) -> list[int] | None:
    """The token attributes a token pattern reads, key by key, or None for one this cannot
    cache (an operator, an extension attribute, an unknown key)."""
    ids = []
    for key in token_pattern:
        upper = key.upper()
        attr = _KEY_ALIASES.get(upper, IDS.get(upper))
        if attr is None or upper == "_":
            return None
        ids.append(attr)
    return ids


class _Tests:
    """What a ruler's token patterns test on one attribute, to key the cache by what they can
    tell apart: where they only compare it with values they name (a value, IN, NOT_IN) or
    search it with a regular expression, every value they do not name and that the same
    expressions find stands for all such values (so that a new word does not miss the
    cache for its LOWER alone); any other test keeps the value itself."""

    def __init__(self) -> None:
        self.named: set[int] = set()
        self.regexes: list[re.Pattern[str]] = []
        self.opaque = False
        self.memo: dict[int, int] = {}

    def read(self, test: Any) -> None:
        if isinstance(test, dict):
            if not test:
                self.opaque = True
            for kind, listed in test.items():
                if kind == "REGEX" and isinstance(listed, str):
                    self.regexes.append(re.compile(listed))
                elif kind in ("IN", "NOT_IN") and isinstance(listed, list):
                    for item in listed:
                        self.read(item)
                else:
                    self.opaque = True
        elif isinstance(test, (bool, int)):
            self.named.add(int(test))
        elif isinstance(test, str):
            self.named.add(get_string_id(test))
        else:
            self.opaque = True

    def key(self, column: np.ndarray, strings: StringStore) -> list[int]:
        """The cache key's part for each token's value in ``column``."""
        values = column.tolist()
        if self.opaque:
            return values
        memo = self.memo
        keys = []
        for value in values:
            key = memo.get(value)
            if key is None:
                key = _remember(memo, value, self._stands_for(value, strings))
            keys.append(key)
        return keys

    def _stands_for(self, value: int, strings: StringStore) -> int:
        if value in self.named:
            return value
        if not self.regexes:
            return -1
        text = strings[value] if value in strings else ""
        # as spaCy's Matcher tests REGEX: re.search on the attribute's string
        return -1 - sum(1 << bit for bit, regex in enumerate(self.regexes) if regex.search(text))


class CachedLemmatizer:
    """A rule (or lookup) Lemmatizer's lemmas by spaCy's own cache key; see the module's comment."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cache: dict[tuple[int, int, int], str] = {}
        self.validated = False

    @classmethod
    def wrapping(cls, lemmatizer: Any) -> CachedLemmatizer | None:
        if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode not in ("rule", "lookup"):
            return None
        if lemmatizer.mode == "rule" and "lemma_index" in lemmatizer.lookups.tables:
            # The rule lemmatizer only asks whether a form is in the index (and whether the
            # index is empty), but the model ships each part of speech's index as a list:
            # 57,528 nouns scanned for each new word (0.2 ms). Sets answer the same at once.
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos, forms in list(index.items()):
                if isinstance(forms, list):
                    index[pos] = set(forms)
        return cls(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        if not self.validated:
            # the first Doc goes to the lemmatizer itself, which checks its tables
            self.validated = True
            return self.lemmatizer(doc)
        if not len(doc):
            return doc
        overwrite = self.lemmatizer.overwrite
        cache, strings, lemmatize = self.cache, self.strings, self.lemmatizer.lemmatize
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3:4].copy()
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                text = cache.get(key)
                if text is None:
                    text = _remember(cache, key, lemmatize(doc[i])[0])
                # added for each Doc: strings added inside a spaCy memory zone leave with it
                lemmas[i, 0] = strings.add(text)
        doc.from_array([LEMMA], lemmas)
        return doc
