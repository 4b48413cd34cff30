"""Quotes: every statement of an article with its kind, cue and speaker.

Two sources of evidence meet here: the speech frames of the parse (cues.py) and the
quoted stretches of the text (marks.py). A frame's content grows to cover the
quotes it overlaps (so a quote of several sentences stays whole); a quoted stretch that
no frame covers is attached to a cue right next to it ("..., he said", "said: “...”"),
to a "Name:" or "― Name" credit, or, when its paragraph holds nothing else, to the
speaker of the previous paragraph. Other quoted stretches (scare quotes, names, titles)
are not statements. Speakers are named in text order so that pronouns see who spoke
before them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from storyline.extract.lexicon import SPEECH_OCCASIONS, SPEECH_VERBS
from storyline.extract.quotes.cues import (QUOTING_AS_VERBS, Frame, cue_lemma, ends_its_sentence, find_frames,
                                          names_speaker, quoted_as_saying, subject_of)
from storyline.extract.quotes.marks import Quoted, find_quoted, paragraph_spans
from storyline.extract.quotes.speaker_lexicon import FIRST_PERSON, QUOTED_BODIES, TITLES
from storyline.extract.quotes.speakers import SpeakerResolver
from storyline.model import Article, Quote, Span, Speaker
from storyline.nlp import span_of, word_keys

REQUIRES = frozenset({"parser", "ner", "lemmatizer"})

# Confidences by how a statement was found (set by hand, checked on the seed gold).
CONFIDENCE = {"direct": 0.95, "mixed": 0.9, "indirect": 0.8, "credit": 0.85,
              "continued": 0.7}
# A statement found only by a quote in a speaker's verb phrase, not by a speech verb.
BY_QUOTE_CONFIDENCE = 0.8
# A quoted stretch with fewer words than this, and no cue, is a scare quote or a name.
MIN_STATEMENT_WORDS = 4
# Words of attribution between two quotes up to which they are one statement ("“A,” he
# said. “B.”"): at most this many, or this share of the quoted words; with more ("“A,”
# said X, a lawyer for Y who has ... “B.”") each quote is a statement of its own.
# Tuned on PolNeAR dev and train; the share was raised from 0.6 to 1.0 in round 16 ("“A,” said
# X, an analyst at Y in Z. “B.”" is one statement): P 0.9026 -> 0.9057 on dev, 0.8813 -> 0.8827
# on train, recalls unchanged; 1.5 lost dev direct recall.
MAX_MERGED_GAP_WORDS = 4
MERGED_GAP_SHARE = 1.0
# Reported speech without quotation marks holds a clause: fewer words than this ("them",
# "they do", "his presidential bid") are what a broken parse left of one. Checked on PolNeAR
# train (of its 81 false statements of one or two words, most are such fragments).
MIN_INDIRECT_WORDS = 3
# Characters between a quote and a cue that still attach them ("”, Macron said").
_CUE_GAP = 80
# After a quote, the source between it and its cue may be long ("“...,” Ann Roe, the 2016
# nominee and the party's leader in the polls, said"): all of it must be the source's phrase.
# Checked on PolNeAR train and dev (120, 160 and 200 gave the same; 80 missed such sources).
_SOURCE_GAP = 160
_WORD = re.compile(r"\w+")
# Words after a quote that open when, where or on what occasion it was said ("as a “crazy
# system” during a stop in Flint", "a “clown” on his radio show"), not more of its phrase.
_CIRCUMSTANCE_WORDS = frozenset("during after before following since amid at on in when".split())
# What opens a gloss right after a quote: a comma, a dash, a bracket, a clause of contrast.
_GLOSS_AFTER = re.compile(r"\s*(?:[,;:(\-–—―]|while\b|as\b|which\b)")
_ONLY_GLUE = re.compile(r"^[\s,;:.!?\-–—―\"'“”‘’«»)]*$")
# Between a statement's attribution and a quote that continues it: glue, or a conjunction
# with at most one adverb ("“A,” X said, and still “B”").
_CONTINUING_GLUE = re.compile(
    r"^[\s,;:.!?\-–—―\"'“”‘’«»)]*(?:(?:and|but)(?:\s+\w+)?)?\s*[\"“]?$")
_CREDIT_AFTER = re.compile(r"[\s,.]*[―—–-]\s*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})")
# A transcript's line: "PENCE: Well, look, ..." (the name in capitals, then what was said),
# possibly opened by a quotation mark that never closes.
_TRANSCRIPT_LINE = re.compile(
    r"(?m)^[ \t]*[\"“]?[ \t]*(?P<name>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2})[ \t]*:"
    r"[ \t\xa0]+(?P<body>\S[^\n]*)$")
# A block of readers' comments (or a vox pop) with the names stripped, closing a report: a run
# of paragraphs written in the first person outside quotation marks, whoever wrote them. It
# opens with the article's first such paragraph (the report before it has no one saying "I":
# a writer who does is an essayist or a witness, and so is their end), holds at least this many,
# and they are at least half of its paragraphs; the report is at least this many paragraphs.
# Checked on the BBC part of the news corpus ("Have your say" pages) and PolNeAR's op-eds.
MIN_COMMENT_PARAGRAPHS = 4
MIN_REPORT_PARAGRAPHS = 3
# The words of one writer speaking for themself (cased: "I" alone, as a roman numeral comes
# only after a name, which a comment rarely has). "we" and "our" are left out: a columnist's
# "we need to figure out" speaks for the readers too.
_FIRST_PERSON_KEYS = word_keys("I me my myself Me My Myself".split())
_NAME_COLON = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})\s*:\s*$")


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    how: str  # "frame", "cue", "credit", "continued"
    frame: Frame | None = None
    quotes: list[Quoted] = field(default_factory=list)
    credit: Span | None = None
    confidence: float = 1.0
    attribution: list[tuple[int, int]] = field(default_factory=list)  # cue and source chars
    about: Token | None = None  # a continued quote's person of the writer's paragraph before it
    quiet_before: bool = False  # a continued quote after a paragraph of the writer's that names no one


def extract_quotes(doc: Doc, article: Article) -> None:
    """Fill ``article.quotes`` from the parse and the quotation marks of the text."""
    text = article.text
    quoted = _with_transcript_lines(text, find_quoted(text), article)
    inside = _tokens_inside(doc, [q for q in quoted if q.double])
    frames = find_frames(doc, inside)
    # a speaker's name in quotation marks ("said “Falcon”") is no quote to grow a statement over
    names = {frame.source.idx for frame in frames if frame.source is not None and frame.source.i in inside}
    quoted = [q for q in quoted if not any(q.inner_start <= idx < q.inner_end for idx in names)]
    reported = [piece for frame in frames if frame.content is not None and frame.source is not None
                for piece in _said_ranges(frame)]
    resolver = SpeakerResolver(doc, article, frozenset(inside), reported)
    candidates = _from_frames(doc, frames, quoted, text)
    covered = {id(q) for c in candidates for q in c.quotes}
    # Frames with no statement of their own (no content, or one that lay across a
    # paragraph break) may take a quote beside their cue.
    used = {id(c.frame) for c in candidates}
    loose_frames = [f for f in frames if f.source is not None and id(f) not in used
                    and f.relay_of is None]
    for quote in quoted:
        if id(quote) in covered or _words(text, quote.inner_start, quote.inner_end) < 1:
            continue
        candidate = _attach(text, quote, loose_frames, doc)
        if candidate is not None:
            candidates.append(candidate)
    covered = {id(q) for c in candidates for q in c.quotes}
    for quote in quoted:
        if id(quote) not in covered and _continues_quote_before(text, doc, quote, candidates):
            candidates.append(_Candidate(quote.start, quote.end, "continued", None, [quote], None,
                                         quote.confidence))
    candidates.sort(key=lambda c: c.start)
    _merge_continuations(text, doc, candidates, quoted)
    _merge_openings(text, candidates, quoted)
    covered = {id(q) for c in candidates for q in c.quotes}
    surnames = {entity.name.split()[-1] for entity in article.entities if entity.type == "PERSON" and entity.name}
    introduced = [_Candidate(quote.start, quote.end, "cue", frame, [quote], None, quote.confidence)
                  for quote in quoted if id(quote) not in covered
                  for frame in [_person_sentence_before(text, doc, quote, candidates, surnames)] if frame is not None]
    if introduced:
        candidates.extend(introduced)
        candidates.sort(key=lambda c: c.start)
        _merge_continuations(text, doc, candidates, quoted)
    comments = _comments_start(doc, text, frames, inside)
    if comments is not None:
        candidates = [c for c in candidates if c.start < comments]
        loose_frames = [f for f in loose_frames if f.cue_chars(doc)[0] < comments]
    used = {id(c.frame) for c in candidates}
    silent = [f for f in loose_frames if id(f) not in used and f.content is None and _names_person(f.source)]
    article.quotes = _without_restated(text, _records(doc, article, candidates, resolver, silent))
    resolver.name_lead_description(article.quotes)
    resolver.name_description_named_next(article.quotes)
    resolver.name_lead_body(article.quotes)
    resolver.name_remarks_maker(article.quotes)


def _comments_start(doc: Doc, text: str, frames: list[Frame], inside: set[int]) -> int | None:
    """Where a block of unnamed readers' comments closing the article starts, if it has one:
    its paragraphs speak in the first person outside quotation marks ("I think the rise is
    fair", "I would keep him") with no one named as saying it, after a report written in the
    third person. First-person words inside quotation marks or inside what a named source is
    reported saying ("I will win, he said") are that source's: they make no comment. Nothing
    of such a block is anyone's statement (nor a speaker a pronoun after it could stand for).
    Cheap: a look at the tokens' text, and the frames' contents only for first-person words."""
    mine = [i for i in np.flatnonzero(np.isin(doc.to_array([ORTH]), _FIRST_PERSON_KEYS)).tolist()
            if i not in inside]  # (on the Doc's array, no Python loop over its tokens)
    if len(mine) < MIN_COMMENT_PARAGRAPHS:
        return None
    reported = [frame.content for frame in frames if frame.content is not None
                and frame.source is not None and frame.source.lower_ not in FIRST_PERSON]
    paragraphs = paragraph_spans(text)
    starts = [start for start, _ in paragraphs]
    first = {bisect.bisect_right(starts, doc[i].idx) - 1 for i in mine
             if not any(start <= i < end for start, end in reported)}
    if not first:
        return None
    block = min(first)  # (the report before it has no one saying "I")
    if block < MIN_REPORT_PARAGRAPHS or len(first) < MIN_COMMENT_PARAGRAPHS \
            or 2 * len(first) < len(paragraphs) - block:
        return None
    before = text[paragraphs[block - 1][0]:paragraphs[block - 1][1]]
    if before.endswith(":"):
        return None  # "In a statement, she said:" and the statement, unquoted
    return paragraphs[block][0]


def _said_ranges(frame: Frame) -> list[tuple[int, int]]:
    """The token ranges of what a frame reports: its content, less its own attribution when
    the claim runs over it ("A, said Ann Roe, and B": Roe is named by the writer)."""
    start, end = frame.content
    if frame.aside is not None:
        return [(start, frame.aside[0]), (frame.aside[1], end)]
    if not start <= frame.head < end:
        return [frame.content]
    left, right = min(frame.cue), max(frame.cue) + 1
    if frame.source is not None and start <= frame.source.i < end:
        left, right = min(left, frame.source.left_edge.i), max(right, frame.source.right_edge.i + 1)
    return [(start, left), (right, end)]


def _with_transcript_lines(text: str, quoted: list[Quoted], article: Article) -> list[Quoted]:
    """The quoted stretches with every transcript line whose speaker, in capitals, is a
    person of the article read as one quote (marks inside it are nested in it)."""
    surnames = {entity.name.split()[-1].lower() for entity in article.entities
                if entity.type == "PERSON" and entity.name.split()}
    lines = []
    for match in _TRANSCRIPT_LINE.finditer(text):
        if match.group("name").split()[-1].lower().strip(".") not in surnames:
            continue
        start, end = match.start("body"), match.end("body")
        while end > start and (text[end - 1].isspace() or text[end - 1] in '"”'):
            end -= 1
        if _words(text, start, end) >= MIN_STATEMENT_WORDS:
            lines.append((match.start(), Quoted(start, end, start, end, True, True)))
    if not lines:
        return quoted
    kept = [q for q in quoted if not any(line_start < q.end and q.start < line.end
                                         for line_start, line in lines)]
    return sorted(kept + [line for _, line in lines], key=lambda q: q.start)


def _merge_continuations(text: str, doc: Doc, candidates: list[_Candidate],
                         quoted: list[Quoted]) -> None:
    """"“A,” he said. “B.”": a quote right after a statement's attribution, in the same
    paragraph, continues the statement (PolNeAR and PARC mark A and B as one content)."""
    covered = {id(q) for c in candidates for q in c.quotes}
    index = 0
    while index < len(candidates):
        candidate = candidates[index]
        index += 1
        if candidate.frame is not None:
            candidate.attribution = _attribution_chars(doc, candidate.frame)
        after, skipped = candidate.end, 0
        while True:
            following = next((q for q in quoted if q.start >= after), None)
            if following is None:
                break
            source = candidate.frame.source if candidate.frame is not None else None
            if source is not None and source.left_edge.idx <= following.start \
                    and following.end <= source.right_edge.idx + len(source.right_edge):
                # "X, the “Silk Road” study reveals": a quoted name inside the source's phrase
                # is passed over, as the rest of the attribution is; it is no part of what was said
                covered.add(id(following))
                after, skipped = following.end, skipped + _words(text, following.start, following.end)
                continue
            twin = None
            if id(following) in covered:
                # "“A,” X added, “B.”": both halves found beside the same cue are one statement
                twin = _same_cue_twin(candidates, candidate, following)
                if twin is None:
                    break
            gap = _blanked(text, candidate.end, following.start, candidate.attribution)
            if "\n" in gap or not _CONTINUING_GLUE.match(gap):
                break
            if twin is None and _subject_of_writers_verb(doc, text, following):
                break
            if twin is None and _names_cue_object(doc, text, candidate, following):
                # passed over, as the attribution is, to a quote that goes on after it
                covered.add(id(following))
                candidate.attribution = [*candidate.attribution, (following.start, following.end)]
                after, skipped = following.end, skipped + _words(text, following.start, following.end)
                continue
            covered.add(id(following))
            gap_words = _words(text, candidate.end, following.start) - skipped
            quoted_words = sum(_words(text, q.inner_start, q.inner_end) for q in candidate.quotes) \
                + _words(text, following.inner_start, following.inner_end)
            if gap_words > max(MAX_MERGED_GAP_WORDS, MERGED_GAP_SHARE * quoted_words) \
                    and not (candidate.quotes and _sentence_goes_on(text, candidate.quotes[-1], following)):
                # a long attribution in between: the rest is a statement of its own
                if twin is None:
                    candidates.insert(index, _Candidate(following.start, following.end, "cue",
                                                        candidate.frame, [following], None,
                                                        following.confidence))
                break
            if twin is not None:
                candidates.remove(twin)
            candidate.end, after, skipped = following.end, following.end, 0
            candidate.quotes.append(following)
            if candidate.frame is not None and not candidate.frame.by_quote:
                # "said X “not only harms A” but also “hurts B” between Y": the claim goes on
                candidate.end = _claim_after_quote(doc, text, following, candidate.frame.head, following.end)


def _subject_of_writers_verb(doc: Doc, text: str, quote: Quoted) -> bool:
    """"X claimed that Y. “With our movement growing, the anti-India activity” is almost
    non-existent.": a quoted phrase whose sentence goes on with a verb that is no cue is a
    subject in a sentence of the writer's, not a quote continuing the statement before."""
    if text[quote.inner_start:quote.inner_end].rstrip()[-1:] in ".,;:!?…":
        return False
    following = _token_after(doc, text, quote.end)
    if following is None or following.idx != quote.end + 1 or following.pos_ not in ("AUX", "VERB") \
            or cue_lemma(following) in SPEECH_VERBS:
        return False
    verb = following.head if following.dep_ in ("aux", "auxpass") else following
    # the quoted words end with that verb's subject ("“... if he did not” put on a show": not so)
    return any(child.dep_ in ("nsubj", "nsubjpass") and quote.inner_start <= child.idx
               and child.right_edge.idx + len(child.right_edge) >= quote.inner_end - 1 for child in verb.children)


def _merge_openings(text: str, candidates: list[_Candidate], quoted: list[Quoted]) -> None:
    """"“As the costs rise,” said Ann Roe, “so the prices go up.”": the parse hangs the first
    half on the second half's verb, so the cue's statement starts at the second quote; the
    quote before the attribution, ending in a comma, with the second half going on in small
    letters, is the statement's opening part."""
    covered = {id(q) for c in candidates for q in c.quotes}
    for candidate in candidates:
        if not candidate.quotes or candidate.start != candidate.quotes[0].start or not candidate.attribution:
            continue
        first = candidate.quotes[0]
        opening = next((q for q in reversed(quoted) if q.end <= first.start), None)
        if opening is None or id(opening) in covered:
            continue
        if not any(opening.end <= start and end <= first.start for start, end in candidate.attribution):
            continue  # the cue is not between them
        gap = _blanked(text, opening.end, first.start, candidate.attribution)
        if not _sentence_goes_on(text, opening, first) or "\n" in text[opening.end:first.start] \
                or not _CONTINUING_GLUE.match(gap):
            continue
        candidate.quotes.insert(0, opening)
        candidate.start = opening.start
        covered.add(id(opening))


def _sentence_goes_on(text: str, before: Quoted, after: Quoted) -> bool:
    """"“It was hard,” said X, the club's chairwoman, “but the right one.”": the first quote
    ends on a comma and the next opens in small letters, so one quoted sentence runs through
    the attribution, however long it is."""
    first = text[before.inner_start:before.inner_end].rstrip()
    second = text[after.inner_start:after.inner_end].lstrip()
    return first.endswith(",") and second[:1].islower()


_OBJECT_DEPS = frozenset({"dobj", "dative", "prep"})


def _names_cue_object(doc: Doc, text: str, candidate: _Candidate, following: Quoted) -> bool:
    """"“...,” X told Palestinian radio “Voice of Palestine.”": a quoted name right after the
    cue's object (whom it was told to, where) names it; it goes on with nothing said."""
    if candidate.frame is None or not _title_like(text[following.inner_start:following.inner_end]):
        return False
    before = _token_at(doc, following.start - 1)
    position = following.start - 1
    while before is None and position > candidate.end:
        position -= 1
        before = _token_at(doc, position)
    if before is None or before.is_punct:
        return False
    cue = doc[candidate.frame.head]
    return any(child.dep_ in _OBJECT_DEPS and child.left_edge.i <= before.i <= child.right_edge.i
               for child in cue.children)


def _same_cue_twin(candidates: list[_Candidate], candidate: _Candidate,
                   following: Quoted) -> _Candidate | None:
    """The candidate made of ``following`` alone and attached to the same cue as
    ``candidate`` (a quote split by its attribution, each half found beside the cue; the
    cue's word decides, as one cue may come with two frames)."""
    if candidate.frame is None:
        return None
    return next((other for other in candidates if other is not candidate
                 and other.frame is not None and other.frame.head == candidate.frame.head
                 and len(other.quotes) == 1 and other.quotes[0] is following
                 and (other.start, other.end) == (following.start, following.end)), None)


# Links from a cue to the circumstances of its attribution ("told Capital Download on
# Wednesday", "said at a campaign stop this week", "said in a phone interview").
_CIRCUMSTANCE_DEPS = frozenset({"prep", "npadvmod", "advmod", "dative", "dobj", "agent", "prt"})


def _attribution_chars(doc: Doc, frame: Frame) -> list[tuple[int, int]]:
    """The characters of a frame's cue, its source phrase and, for a speech verb, the
    circumstances hanging from it (outside its content)."""
    if frame.aside is not None:
        first, last = doc[frame.aside[0]], doc[frame.aside[1] - 1]
        return [(first.idx, last.idx + len(last))]
    spans = [frame.cue_chars(doc)]
    if frame.source is not None:
        left, right = frame.source.left_edge, frame.source.right_edge
        spans.append((left.idx, right.idx + len(right)))
        content = frame.content or (0, 0)
        for subject in doc[frame.head].children:
            # "says Co-Founder, Lena Marsh": a role the parse made a second subject
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.i != frame.source.i \
                    and not content[0] <= subject.i < content[1]:
                spans.append((subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)))
    if not frame.by_quote and not frame.according:
        content = frame.content or (0, 0)
        for child in doc[frame.head].children:
            if child.dep_ not in _CIRCUMSTANCE_DEPS and not _circumstance_clause(child):
                continue
            left, right = child.left_edge, child.right_edge
            if left.i < content[1] and right.i >= content[0]:
                continue
            spans.append((left.idx, right.idx + len(right)))
    return spans


def _circumstance_clause(token: Token) -> bool:
    """"..., he said, as the crowd cheered": a clause of the attribution that says when or
    how, not a statement of its own (no speech verb heads it)."""
    return token.dep_ == "advcl" and token.lemma_.lower() not in SPEECH_VERBS \
        and not any(child.dep_ == "ccomp" for child in token.children)


def _blanked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given spans taken out."""
    kept = []
    position = start
    for span_start, span_end in sorted(spans):
        if span_end <= position or span_start >= end:
            continue
        kept.append(text[position:max(position, span_start)])
        position = max(position, span_end)
    kept.append(text[position:end])
    return "".join(kept)


def _tokens_inside(doc: Doc, quoted: list[Quoted]) -> set[int]:
    inside: set[int] = set()
    for quote in quoted:
        span = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="contract")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _from_frames(doc: Doc, frames: list[Frame], quoted: list[Quoted], text: str) -> list[_Candidate]:
    """One candidate per frame with content, grown over the quotes it overlaps; frames
    whose content lies inside another's (nested speech) are left out."""
    spans: list[tuple[Frame, int, int]] = []
    for frame in frames:
        chars = frame.content_chars(doc)
        if chars is None or frame.relay_of is not None or frame.source is None:
            continue
        spans.append((frame, *chars))
    candidates: list[_Candidate] = []
    seen: set[tuple[int, int]] = set()
    for frame, start, end in spans:
        if any(other is not frame and o_start <= start and end <= o_end and (o_start, o_end) != (start, end)
               and not (other.cue_chars(doc)[0] >= start) for other, o_start, o_end in spans):
            continue
        if not frame.by_quote and not frame.according and (start, end) in seen:
            continue  # "He said A, Hu said": an attribution written twice gives the claim once
        if not frame.according:
            seen.add((start, end))
        cue_start, cue_end = frame.cue_chars(doc)
        if frame.by_quote and any(other is not frame and not other.by_quote and o_start <= cue_start
                                  and cue_end <= o_end for other, o_start, o_end in spans):
            # a quoting verb inside what another cue reports ("said France aims to reach a
            # “swift agreement”") belongs to that statement
            continue
        start, end = _within_paragraph(text, start, end, cue_start)
        start = _past_fronted_speech_participle(doc, start, end, cue_start)
        if start >= end:
            continue
        overlapping = [q for q in quoted if q.start < end and q.end > start]
        overlapping = [q for q in overlapping if not (q.start < cue_start and q.end > cue_end)]
        if overlapping:
            start = min(start, min(q.start for q in overlapping))
            end = max(end, max(q.end for q in overlapping))
            if start < cue_start < end and frame.aside is None:
                # never swallow the cue (but one set inside the claim): keep the side of the content
                if overlapping[0].start > cue_start:
                    start = min(q.start for q in overlapping)
                else:
                    end = max(q.end for q in overlapping if q.end <= cue_start)
        if frame.by_quote and overlapping and end > overlapping[-1].end > cue_end \
                and not _phrase_goes_on(doc, text, overlapping[-1], frame.head):
            # "blasted X as a “disgrace” Wednesday on Y": the statement ends with the quote
            end = overlapping[-1].end
        elif overlapping and end == overlapping[-1].end > cue_end:
            end = _claim_after_quote(doc, text, overlapping[-1], frame.head, end, frame.source)
        confidence = min([q.confidence for q in overlapping] + [1.0])
        if overlapping and any((c.start, c.end) == (start, end) and c.quotes == overlapping for c in candidates):
            continue  # "He added: “A. [paragraph] “B,” he said": one quote, one statement
        candidates.append(_Candidate(start, end, "frame", frame, overlapping, None, confidence))
    return candidates


def _past_fronted_speech_participle(doc: Doc, start: int, end: int, cue_start: int) -> int:
    """"Stressing that X should be Y, the council urged Z": a participle of saying with "that",
    opening the sentence before a later cue, is the attribution of the claim after it (the
    parse may hang it inside that claim); the claim starts after "that"."""
    first = _token_at(doc, start)
    if first is None or first.idx != start or end > cue_start or first.i + 2 >= len(doc) \
            or first.i != first.sent.start or first.tag_ != "VBG" \
            or first.lemma_.lower() not in SPEECH_VERBS or doc[first.i + 1].lower_ != "that":
        return start
    after = doc[first.i + 2]
    return after.idx if after.idx < end else start


def _phrase_goes_on(doc: Doc, text: str, quote: Quoted, cue: int) -> bool:
    """Whether the phrase a quote is in goes on after it ("warned of a “ferocious” battle
    ahead", "noted the “senseless” deaths of ..."): the next word is the head of the quoted
    words or hangs on one of their heads below the cue, with no comma, dash or bracket
    between (", a word ...", " - a short period" open the writer's gloss)."""
    if _GLOSS_AFTER.match(text, quote.end) or text[quote.inner_start:quote.inner_end].rstrip().endswith(","):
        return False
    last = _token_at(doc, quote.inner_end - 1)
    following = _token_after(doc, text, quote.end)
    if last is None or following is None or following.i <= last.i or (
            following.lower_ in _CIRCUMSTANCE_WORDS and not _gerund_in(following)):
        return False
    chain = [last]
    for ancestor in last.ancestors:
        if ancestor.i == cue:
            break
        chain.append(ancestor)
    return following in chain or following.head in chain


def _claim_after_quote(doc: Doc, text: str, quote: Quoted, cue: int, end: int,
                       source: Token | None = None) -> int:
    """Where a statement that ends with a quoted phrase really ends: past the noun the phrase
    modifies ("called it a “vote now, pay later” Budget"), past a phrase on the quoted words
    that closes the sentence ("“puts pressure on daily life” between the two groups") and past a contrast that goes with
    it ("said they needed “more money,” not “free bus rides”"); the parse often hangs these on
    something outside the statement."""
    following = _token_after(doc, text, quote.end)
    if following is None or following.sent != doc[cue].sent:
        return end
    if following.pos_ in ("NOUN", "PROPN") and _phrase_goes_on(doc, text, quote, cue) \
            and following.right_edge.i == following.i:
        return following.idx + len(following)
    if following.dep_ == "prep" and _phrase_goes_on(doc, text, quote, cue) \
            and ends_its_sentence(following) and cue not in [t.i for t in following.subtree] \
            and (source is None or source not in following.subtree):  # (nor its holder: "as “rash” by X")
        # "said the row “puts pressure on daily life” between the two communities": a
        # phrase on the quoted words that closes the sentence finishes the claim
        last = following.right_edge
        return last.idx + len(last)
    if following.lower_ == "not" and following.head.i > following.i and following.head.pos_ in ("NOUN", "PROPN") \
            and following.head.right_edge.i < following.sent.end and cue not in \
            [t.i for t in following.head.subtree]:
        last = following.head.right_edge
        if last.is_punct and not last.is_quote:
            last = doc[last.i - 1]
        return last.idx + len(last)
    return end


_PLACE_PREPOSITIONS = frozenset("in on at".split())


# Nouns that make "in the ... of" a condition ("in the case of sanctions", "in the event of war").
_CONDITION_NOUNS = frozenset("case event".split())


def _gerund_in(preposition: Token) -> bool:
    """"as a “major step forward” in building a democracy": "in", "on", "at" with a gerund say
    what the quoted thing is for, not where or when it was said; "in the case of X", "in the
    event of X" say when it holds."""
    return preposition.lower_ in _PLACE_PREPOSITIONS and any(
        (child.dep_ == "pcomp" and child.tag_ == "VBG")
        or (child.dep_ == "pobj" and child.lemma_.lower() in _CONDITION_NOUNS and preposition.lower_ == "in")
        for child in preposition.children)


def _token_after(doc: Doc, text: str, position: int) -> Token | None:
    """The first token at or after a character, past white space."""
    while position < len(text) and text[position].isspace():
        position += 1
    return _token_at(doc, position) if position < len(text) else None


def _sentence_across_break(text: str, quote: Quoted, cue_start: int) -> bool:
    """"“It is a surprise,” // said Ann Roe, a teacher.": a quote closed by its comma, then
    only a paragraph break, then the cue in small letters: one sentence the break cuts, the
    cue its attribution."""
    return not text[quote.end:cue_start].strip() and text[quote.inner_start:quote.inner_end].rstrip().endswith(",") \
        and text[cue_start:cue_start + 1].islower()


def _within_paragraph(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """A content clipped to the paragraph of its cue (the parser may run over a break)."""
    paragraph_start = text.rfind("\n", 0, anchor) + 1
    paragraph_end = text.find("\n", anchor)
    if paragraph_end < 0:
        paragraph_end = len(text)
    return max(start, paragraph_start), min(end, paragraph_end)


def _attach(text: str, quote: Quoted, frames: list[Frame], doc: Doc) -> _Candidate | None:
    """A candidate for a quote no frame covers: a cue beside it, a credit, or nothing."""
    statement_like = _words(text, quote.inner_start, quote.inner_end) >= MIN_STATEMENT_WORDS
    # "“You winning?” she said": a short quote closed by its own comma, question or
    # exclamation mark, with the cue right after it, is said, not a scare quote.
    spoken = statement_like or _ends_spoken(text, quote)
    for frame in frames:
        cue_start, cue_end = frame.cue_chars(doc)
        # "“...,” Graham asked" / "“...,” said Rep. X": only the source between quote and cue
        after = spoken and quote.end <= cue_start <= quote.end + _SOURCE_GAP and _ONLY_GLUE.match(
            _blanked(text, quote.end, cue_start, _attribution_chars(doc, frame))) is not None \
            and not _next_sentence_own_object(text, quote, doc[frame.head], frame)
        gap = text[cue_end:quote.start]
        before = cue_end <= quote.start <= cue_end + _CUE_GAP and gap.rstrip().endswith((":", ",")) \
            and "\n" not in gap and ". " not in gap
        before = before or (gap.strip() == "." and "\n" not in gap and _bare_attribution(doc, frame))
        # "He promptly suggested “a formal agreement between ...”": a quotation of a statement's
        # length right after a verb of saying that the parse gave nothing said is what it says
        # (a person's finite verb: not "a sign saying", "a hat that says", "14 percent said")
        before = before or (statement_like and frame.content is None and gap == " "
                            and cue_lemma(doc[frame.head]) in SPEECH_VERBS and doc[frame.head].tag_ in _FINITE
                            and frame.source is not None and frame.source.i < frame.head
                            and (frame.source.ent_type_ == "PERSON" or frame.source.lower_ in _PERSONAL_PRONOUNS))
        if (after and ("\n" not in text[quote.end:cue_start] or _sentence_across_break(text, quote, cue_start))) \
                or before:
            return _Candidate(quote.start, quote.end, "cue", frame, [quote], None, quote.confidence)
    manner = _manner_frame(doc, text, quote) if _ends_spoken(text, quote) else None
    if manner is not None:
        return _Candidate(quote.start, quote.end, "cue", manner, [quote], None, quote.confidence)
    if not statement_like:
        return None
    credit = _credit(text, quote) or _name_without_verb(doc, text, quote)
    if credit is not None:
        return _Candidate(quote.start, quote.end, "credit", None, [quote], credit, quote.confidence)
    line_start = text.rfind("\n", 0, quote.start) + 1
    if text[line_start:quote.start].rstrip().endswith(":"):
        # "Then she turned to the crowd: “...”": the subject of the clause the colon closes
        introducer = _introducing_frame(doc, text, quote.start, speakers_only=True)
        if introducer is not None:
            return _Candidate(quote.start, quote.end, "cue", introducer, [quote], None,
                              quote.confidence)
        named = _person_before_colon(doc, text, quote.start)
        if named is not None:
            return _Candidate(quote.start, quote.end, "credit", None, [quote], named, quote.confidence)
    paragraph_start = text.rfind("\n", 0, quote.start) + 1
    paragraph_end = text.find("\n", quote.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if _ONLY_GLUE.match(text[paragraph_start:quote.start]) and _ONLY_GLUE.match(
            text[quote.end:paragraph_end]):
        introducer = _introducing_frame(doc, text, paragraph_start)
        if introducer is not None:
            return _Candidate(quote.start, quote.end, "cue", introducer, [quote], None,
                              quote.confidence)
        return _Candidate(quote.start, quote.end, "continued", None, [quote], None,
                          quote.confidence, about=_person_of_paragraph_before(doc, text, quote),
                          quiet_before=_names_no_one_before(doc, text, paragraph_start))
    return None


# Pronouns of a paragraph that is about someone.
_PERSONAL_PRONOUNS = frozenset("he she they we i him her them us".split())


def _names_no_one_before(doc: Doc, text: str, paragraph_start: int) -> bool:
    """"“A,” Huang said. [paragraph] Meanwhile, China still suffers a shortage of donors.
    [paragraph] “B,”": the paragraph right before a quote paragraph is one sentence or two of
    the writer's naming no one (no person, body, pronoun for people, cue or quote); the quote
    may go on with whoever spoke in the paragraph before that."""
    end = text[:paragraph_start].rstrip()
    start = text.rfind("\n", 0, len(end)) + 1
    if not end or start == 0:
        return False
    span = doc.char_span(start, len(end), alignment_mode="expand")
    if span is None or len({token.sent.start for token in span}) > 2:
        return False
    return not any(token.ent_type_ in ("PERSON", "ORG", "NORP") or token.lower_ in _PERSONAL_PRONOUNS
                   or token.is_quote or token.lemma_.lower() in SPEECH_VERBS
                   or (token.pos_ == "PROPN" and not token.ent_type_) for token in span)


def _person_of_paragraph_before(doc: Doc, text: str, quote: Quoted) -> Token | None:
    """"Zhu trains every afternoon. She enjoys the seaside. [paragraph] “I also learned to
    dive ...”": a whole quoted paragraph after a paragraph of the writer's whose last sentence
    has a person as its subject (a name, "he"/"she", a role: "The UN envoy also criticised X")
    and a verb that is no cue: that person speaks, when no speaker is near to go on with."""
    if not _whole_quoted_sentence(text, quote):
        return None
    before = text[:quote.start].rstrip()
    if text[len(before):quote.start].count("\n") < 1 or not before.endswith((".", "!", "?")):
        return None
    last = _token_at(doc, len(before) - 1)
    if last is None or any(token.is_quote for token in last.sent):
        return None
    root = last.sent.root
    subject = subject_of(root)
    if subject is None or root.pos_ not in ("VERB", "AUX") or cue_lemma(root) in SPEECH_VERBS \
            or not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")
                    or (subject.pos_ == "PROPN" and not subject.ent_type_)
                    or (subject.pos_ == "NOUN" and subject.lemma_.lower() in TITLES
                        and any(child.lower_ == "the" for child in subject.lefts))) \
            or any(child.dep_ == "conj" and subject_of(child) is not None for child in root.children):
        return None
    return subject


_SENTENCE_ENDS = (".", "!", "?", '."', ".”", '!"', "!”", '?"', "?”", ".’")
# A quote left open whose next quote opens right after it, on the same line: paragraphs of one
# speaker's quote run together ("“A. “B.” The writer goes on"), the open mark the old paragraph's.
_RUN_ON_QUOTE = re.compile(r"[ \t]*[\"“]")
# Entity types that name someone a quote after them could be from.
_NAMING_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _whole_quoted_sentence(text: str, quote: Quoted, after_conjunction: bool = False) -> bool:
    """A quoted sentence, or more, in double marks (closed, or left open as a paragraph run
    into the next quote): a capital first (after the writer's opening "But", any letter), a
    full stop last, a statement's length."""
    inner = text[quote.inner_start:quote.inner_end].strip()
    return quote.double and (quote.balanced or _RUN_ON_QUOTE.match(text, quote.end) is not None) \
        and (inner[:1].isupper() or after_conjunction and inner[:1].isalpha()) and inner.endswith((".", "!", "?")) \
        and _words(text, quote.inner_start, quote.inner_end) >= MIN_STATEMENT_WORDS


# A conjunction that opens a sentence before a quotation that goes on with the speaker's words
# ("..., he said. But “the solidarity of all will yield results.”").
_OPENING_CONJUNCTION = re.compile(r"[.!?][\u201d\"]?\s+(?:But|And|Yet|Still|However,)\s*$")


def _continues_quote_before(text: str, doc: Doc, quote: Quoted, candidates: list[_Candidate]) -> bool:
    """"“A,” said X. [paragraph] “B.” Currently, ...": a whole quoted sentence with no cue,
    opening its paragraph right after a paragraph that ended with X's quote, or after one
    sentence of the writer's that names no one ("“A,” said X. The sessions were a showcase.
    “B.”"), goes on with X's words, though the writer's text follows it in the paragraph
    (pages that ran paragraphs together)."""
    after_conjunction = _OPENING_CONJUNCTION.search(text, max(0, quote.start - 16), quote.start) is not None
    if not _whole_quoted_sentence(text, quote, after_conjunction):
        return False
    prefix = text[max(0, quote.start - 8):quote.start]
    stripped = prefix.rstrip()
    if stripped and "\n" not in prefix[len(stripped):] and not stripped.endswith(_SENTENCE_ENDS) \
            and not after_conjunction:
        return False  # not at the start of a sentence (or after its opening "But")
    last = max((c for c in candidates if c.end <= quote.start), key=lambda c: c.end, default=None)
    if last is None or not (last.quotes or (
            # "X said Y. [paragraph] “Z.”": after reported speech with no quote, a quoted statement
            # (or on its line, a person's reported speech that the writer's words close: "Roe
            # stressed X and held out hope for Y. “Z.”")
            last.frame is not None and ("\n" in text[last.end:quote.start] or _names_person(last.frame.source))
            and text[quote.inner_start:quote.inner_end].rstrip().endswith("."))):
        return False
    closing = _token_at(doc, last.end - 1)
    opening = _token_at(doc, quote.start)
    if closing is None or opening is None:
        return False
    after_last = closing.sent.end
    between = doc[after_last:opening.i]
    if len(re.findall(r"\n\s*", text[last.end:quote.start])) > 1 \
            or any(token.is_quote for token in between):
        return False
    sentences = {token.sent.start for token in between if not token.is_space}
    if not sentences:
        if "\n" in text[last.end:quote.start]:
            return True  # the quote opens the next paragraph
        # or the sentence right after the statement's own, whose cue came first and whose end
        # holds the writer's words ("She said she thanked the team -- “from A to B” -- who
        # helped. “They are all wonderful.”"); after the attribution or only glue ("“A,” he
        # said. “B.”", "He said: “A.” “B.”") _merge_continuations joins the two
        return last.frame is not None and last.frame.cue_chars(doc)[1] <= last.start \
            and not _CONTINUING_GLUE.match(text[last.end:quote.start]) \
            and not any(token.lemma_.lower() in SPEECH_VERBS and token.pos_ != "NOUN"  # (no "held out hope")
                        for token in doc[closing.i + 1:opening.i])
    return bool(last.quotes) and len(sentences) == 1 and "\n" not in text[last.end:quote.start] and not any(
        token.ent_type_ in _NAMING_TYPES or token.lower_ in ("he", "she", "they", "i", "we")
        or token.lemma_.lower() in SPEECH_VERBS  # (“A?” the board writes. “B.”: one statement)
        or (token.dep_ in ("nsubj", "nsubjpass") and names_speaker(token)) for token in between)


def _person_sentence_before(text: str, doc: Doc, quote: Quoted, candidates: list[_Candidate],
                            surnames: set[str]) -> Frame | None:
    """"Roe, though, is keen to rest his players. “At this stage there is nothing more they
    can show me.”": a whole quoted sentence that nothing else claims, right after a sentence of
    the writer's on its line whose subject is a person's name (or the surname of a person of the
    article, whatever the NER typed it there, or "he"/"she"): that person speaks. Run after the
    quotes beside cues are joined (before, it split 3 of PolNeAR train's joined statements);
    PolNeAR train 2 more statements, both the named person's, which the gold leaves out. The
    sentence holds no statement (a quoted nickname in it is no matter: train +2 and 1 right,
    dev +1 right, 4 more right on 500 unseen news-corpus articles)."""
    if not _whole_quoted_sentence(text, quote):
        return None
    before = text[:quote.start].rstrip(" \t")
    last = _token_at(doc, len(before) - 1) if before.endswith((".", "!", "?")) else None
    if last is None:
        return None  # not right after a sentence of the writer's on the same line
    sentence = last.sent
    root = sentence.root
    subject = subject_of(root)
    if subject is None or root.pos_ not in ("VERB", "AUX") or not (
            subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or (
                subject.pos_ == "PROPN" and (not subject.ent_type_ or subject.text in surnames))) \
            or any(c.start < sentence.end_char and sentence.start_char < c.end for c in candidates) \
            or cue_lemma(root) in SPEECH_VERBS or "\n" in text[sentence.start_char:quote.start] \
            or any(child.dep_ == "conj" and subject_of(child) is not None for child in root.children):
        return None  # (not "X won't go that far, but Y wants to ...": two people, two clauses)
    return Frame(cue=[root.i], head=root.i, content=None, source=subject)


def _next_sentence_own_object(text: str, quote: Quoted, cue: Token, frame: Frame | None = None) -> bool:
    """"“... in all areas of the state.” She noted a planned rally ...": a quote closed by
    its full stop, then a sentence whose verb has an object of its own, or a clause, an
    infinitive or a content after it ("“...” The clubs have requested to have their players
    back"); that sentence tells something else, it does not say who spoke the quote."""
    if not text[quote.inner_start:quote.inner_end].rstrip().endswith("."):
        return False
    return any(child.dep_ in ("dobj", "dative") or (child.dep_ in ("xcomp", "ccomp") and child.i > cue.i)
               for child in cue.children) \
        or (frame is not None and frame.content is not None and frame.content[0] > cue.i)


# Tokens after a quote within which "X barked" / "beamed X" is looked for.
_MANNER_WINDOW = 6


def _manner_frame(doc: Doc, text: str, quote: Quoted) -> Frame | None:
    """"“Go home,” Roe barked." / "“Fantastic!” beamed Roe": a quote closed as speech, then
    in its sentence a verb whose subject names a speaker: a verb of saying, whatever it is."""
    closing = _token_at(doc, quote.end - 1)
    if closing is None or closing.i + 1 >= len(doc):
        return None
    after = doc[closing.i + 1]
    if "\n" in text[quote.end:after.idx] or after.lower_ in _RELATIVE_OPENERS:
        return None  # ("“...,” which is dominated by X": a relative clause about the quote's words)
    for verb in doc[after.i:min(len(doc), after.i + _MANNER_WINDOW)]:
        if verb.is_sent_start and verb.i > after.i:
            return None
        named = _verb_read_as_noun(verb)
        if named is not None:
            return Frame(cue=[verb.i], head=verb.i, content=None, source=named)
        if verb.lower_ in ("read", "reads") and verb.pos_ != "VERB" and verb.i > after.i \
                and doc[verb.i - 1].lemma_.lower() in SPEECH_OCCASIONS | QUOTED_BODIES:
            # "“...,” the email read": the tagger took the verb for a noun
            return Frame(cue=[verb.i], head=verb.i, content=None, source=doc[verb.i - 1])
        if verb.pos_ != "VERB":
            continue
        quoted = quoted_as_saying(verb) if verb.lemma_.lower() in QUOTING_AS_VERBS else None
        if quoted is not None:
            # "“...,” the paper quoted Roe as saying": Roe spoke
            return Frame(cue=[verb.i], head=verb.i, content=None, source=quoted)
        subject = subject_of(verb)
        if subject is None or abs(subject.i - verb.i) > 4 or subject.i < after.i \
                or any(child.dep_ == "auxpass" for child in verb.children) \
                or not names_speaker(subject) \
                or any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
            return None
        return Frame(cue=[verb.i], head=verb.i, content=None, source=subject)
    return None


# Tags of a finite verb.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Words that open a relative clause right after a quotation.
_RELATIVE_OPENERS = frozenset({"which", "that", "who", "whom", "whose", "where"})


def _verb_read_as_noun(token: Token) -> Token | None:
    """"“...,” Okonkwo clarifies." parsed as a noun phrase ("Okonkwo clarifies" like "Okonkwo
    tariffs"): a plural noun that is the -s form of a verb of saying, right after a name and
    closing the clause, is that verb; the name is its subject."""
    doc = token.doc
    word = token.lower_
    stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("s") else set()
    if token.tag_ != "NNS" or not stems & SPEECH_VERBS \
            or token.i == 0 or (token.i + 1 < len(doc) and not doc[token.i + 1].is_punct):
        return None
    name = doc[token.i - 1]
    return name if name.pos_ in ("PROPN", "NOUN") and name.is_title else None


# Words a title leaves in lower case ("The Pride of the Yankees").
_TITLE_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor by with from as vs".split())
# Quoted words up to which a run of capitalised words reads as a title or a name.
MAX_TITLE_WORDS = 8


def _title_like(quoted: str) -> bool:
    """Two to MAX_TITLE_WORDS words, each capitalised or a small word of titles: the name
    of a book, a programme, a slogan, not a sentence someone said."""
    words = _WORD.findall(quoted)
    if not 2 <= len(words) <= MAX_TITLE_WORDS or words[0].lower() in ("i", "we", "you") \
            or quoted.rstrip().endswith(("!", "?")) or quoted.isupper():
        return False  # a cry or a question ("What a night!"), shouting in capitals
    return all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _TITLE_SMALL_WORDS
               for word in words) and any(word[:1].isupper() for word in words[1:])


def _bare_attribution(doc: Doc, frame: Frame) -> bool:
    """"He said. “Budgets have to add up.”": a sentence of a subject and a cue alone, its full
    stop typed for a colon; it introduces the quote after it."""
    verb = doc[frame.head]
    subject = subject_of(verb)
    return frame.content is None and subject is not None and verb.i == frame.cue[-1] \
        and subject.left_edge.i == verb.sent.start and verb.sent.end == verb.i + 2 \
        and not any(token.is_quote for token in verb.sent) \
        and sum(child.dep_ == "nsubj" for child in verb.children) == 1


def _ends_spoken(text: str, quote: Quoted) -> bool:
    inner = text[quote.inner_start:quote.inner_end].rstrip()
    return quote.balanced and _words(text, quote.inner_start, quote.inner_end) >= 1 \
        and inner.endswith((",", "?", "!"))


def _introducing_frame(doc: Doc, text: str, position: int, speakers_only: bool = False) -> Frame | None:
    """"Sanders made the following comment:" closing the paragraph before a quote (or the
    text before it on its line): the subject of that sentence introduces it. With
    ``speakers_only`` the subject must name someone who can speak, or a text (a letter, a
    statement)."""
    before = text[:position].rstrip()
    if not before.endswith(":"):
        return None
    token = _token_at(doc, len(before) - 1)
    if token is None:
        return None
    root = token.sent.root
    if root.i > token.i:
        # the parse made the quote the sentence: the nearest verb with a subject before the colon
        root = next((t for t in reversed(doc[root.sent.start:token.i])
                     if t.pos_ in ("VERB", "AUX") and subject_of(t) is not None), root)
    absolute = _with_clause_of_saying(doc, token)
    if absolute is not None:
        return absolute
    subject = subject_of(root)
    if subject is None or root.i > token.i:
        return None
    if speakers_only and not (names_speaker(subject) or subject.lemma_.lower() in SPEECH_OCCASIONS):
        return None
    return Frame(cue=[root.i], head=root.i, content=None, source=subject)


def _with_clause_of_saying(doc: Doc, colon: Token) -> Frame | None:
    """"Paris was more subdued, with finance minister Ann Roe telling parliament: “...”": a
    clause of "with", a name and a participle of saying closing on the colon is who says the
    quote, not the subject of the sentence it is set in (the parse may hang the participle
    anywhere: it is read off the words)."""
    verb = next((t for t in reversed(doc[colon.sent.start:colon.i]) if t.tag_ == "VBG"
                 or t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    if verb is None or verb.tag_ != "VBG" or verb.lemma_.lower() not in SPEECH_VERBS or verb.i == 0:
        return None
    speaker = doc[verb.i - 1]
    if speaker.pos_ not in ("PROPN", "NOUN"):
        return None
    start = speaker.i
    while start > colon.sent.start and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"):
        start -= 1
    if start == colon.sent.start or doc[start - 1].lower_ != "with" or not names_speaker(speaker):
        return None
    return Frame(cue=[verb.i], head=verb.i, content=None, source=speaker)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _credit(text: str, quote: Quoted) -> Span | None:
    """"“...” ― Name" after the quote, or "Name: “...”" before it."""
    after = _CREDIT_AFTER.match(text, quote.end, min(len(text), quote.end + 80))
    if after is not None:
        return span_of(text, after.start("name"), after.end("name"))
    line_start = text.rfind("\n", 0, quote.start) + 1
    while line_start < quote.start and text[line_start] in ' \t"“':
        line_start += 1  # a transcript line opened by a quotation mark
    before = _NAME_COLON.search(text, line_start, quote.start)
    if before is not None and before.start() == line_start:
        return span_of(text, before.start("name"), before.end("name"))
    return None


def _name_without_verb(doc: Doc, text: str, quote: Quoted) -> Span | None:
    """"“...”, Ann Roe, deputy director of X." closing its paragraph: an attribution whose
    "said" the wire dropped; a person's name right after the comma, and no verb of the
    sentence after the quote (but in a clause inside the name's phrase); or "“...,” Ann Roe."
    (the comma inside the quote), the name ending its sentence, whatever follows."""
    comma_inside = text[quote.inner_start:quote.inner_end].rstrip().endswith(",")
    after = re.match(r"[ \t]*,?[ \t]*" if comma_inside else r"[ \t]*,[ \t]*", text[quote.end:quote.end + 4])
    first = _token_at(doc, quote.end + after.end()) if after is not None else None
    if first is not None and comma_inside and first.tag_ == "NNP" and first.ent_type_ != "PERSON":
        # "“...,” Hartono." with the name the tagger did not take for a person's: the name alone
        # ending its sentence, and said earlier in the article (the person it introduced)
        end = first.i
        while end < len(doc) and doc[end].tag_ == "NNP":
            end += 1
        if end < len(doc) and doc[end].text == "." and "\n" not in text[quote.end:doc[end].idx] \
                and any(token.text == doc[end - 1].text for token in doc[:first.i] if token.idx < quote.start):
            return span_of(text, first.idx, doc[end - 1].idx + len(doc[end - 1].text))
    if first is None or first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    entity = next((e for e in doc.ents if e.start == first.i), None)
    if entity is not None and comma_inside and entity.end < len(doc) and doc[entity.end].text == "." \
            and "\n" not in text[quote.end:entity.end_char]:
        return span_of(text, entity.start_char, entity.end_char)  # "“...,” Marcelinho. “...”"
    paragraph_end = text.find("\n", quote.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    sentence = first.sent
    if sentence.end_char < paragraph_end and text[sentence.end_char:paragraph_end].strip():
        return None
    rest = [token for token in sentence if token.idx >= quote.end]
    if any(token.pos_ in ("VERB", "AUX") and token.dep_ in ("ROOT", "conj") and token.head.idx >= quote.end
           for token in rest):
        return None
    return span_of(text, entity.start_char, entity.end_char) if entity is not None else None


def _person_before_colon(doc: Doc, text: str, position: int) -> Span | None:
    """"..., including the tester Ann Roe: “...”": a person's name right before the colon
    that opens a quote credits it to them."""
    colon = text[:position].rstrip(" \t\"“")
    if not colon.endswith(":"):
        return None
    last = _token_at(doc, len(colon) - 2)
    if last is None or last.ent_type_ != "PERSON" or last.idx + len(last) != len(colon) - 1:
        return None
    entity = next((e for e in doc.ents if e.start <= last.i < e.end), None)
    return span_of(text, entity.start_char, entity.end_char) if entity is not None else None


def _names_person(source: Token | None) -> bool:
    """A person's name, or a proper name the NER gave no type or a person's (an event, a
    place or a work is no one: "the Pacific War was for countering ...")."""
    return source is not None and (source.ent_type_ == "PERSON" or source.pos_ == "PROPN"
                                   and source.ent_type_ in ("", "ORG", "NORP"))


def _records(doc: Doc, article: Article, candidates: list[_Candidate],
             resolver: SpeakerResolver, silent: list[Frame]) -> list[Quote]:
    """The statements of ``candidates``; ``silent`` are cues that made none ("Forbes
    agrees."): their person is who spoke last there, whom a pronoun after may stand for."""
    text = article.text
    quotes: list[Quote] = []
    pending = sorted(((frame.cue_chars(doc)[0], frame) for frame in silent), key=lambda item: item[0],
                     reverse=True)
    for candidate in candidates:
        while pending and pending[-1][0] < candidate.start:
            position, frame = pending.pop()
            named = resolver.resolve(frame.source)
            if named is not None:
                resolver.remember(named, position)
                outer = next((quote for quote in reversed(quotes) if quote.start <= position < quote.end), None)
                if outer is not None and outer.speaker is not None and not _same_speaker(outer.speaker, named):
                    # "It was no good Roe claiming X, argued Doe. He added": a cue inside what
                    # another reports leaves the reporter the speaker of the moment
                    resolver.remember(outer.speaker, position)
        speaker = _speaker(candidate, resolver)
        if speaker is None:
            continue
        kind, start, end = _kind(text, candidate)
        if start >= end or kind == "indirect" and _words(text, start, end) < MIN_INDIRECT_WORDS \
                and not (candidate.frame is not None and candidate.frame.demand):
            continue
        if kind == "direct" and _title_like(text[start:end]):
            continue  # “Hawaii Five-0”, “A Child's First Book of Trump”: a title, not what was said
        parts = _parts(text, candidate) if kind == "direct" else \
            _said_pieces(text, start, end, candidate.attribution)  # (indirect: "A, said X, and B")
        frame = candidate.frame
        cue = span_of(text, *frame.cue_chars(doc)) if frame is not None else None
        how = kind if candidate.how in ("frame", "cue") else candidate.how
        extra: dict[str, Any] = {}
        relay = _relay(doc, frame, text)
        if relay:
            extra["relay"] = relay
        if not all(q.balanced for q in candidate.quotes):
            extra["unbalanced"] = True
        quotes.append(Quote(
            id=f"q{len(quotes) + 1}", text=text[start:end], start=start, end=end, kind=kind,
            cue=cue, speaker=speaker,
            confidence=round(CONFIDENCE[how] * candidate.confidence
                             * (BY_QUOTE_CONFIDENCE if frame is not None and frame.by_quote else 1), 2),
            extra=extra, parts=parts, quoted=" ".join(part.text for part in parts) if parts else None,
        ))
        position = start if frame is None else min(start, frame.cue_chars(doc)[0])
        resolver.remember(speaker, position)
        if "\n" in text[start:end]:
            # a quote run over paragraphs: its speaker is the one of the moment where it ends, for a
            # quote paragraph after it with no attribution of its own
            resolver.remember(speaker, end - 1)
        outer = next((quote for quote in reversed(quotes[:-1]) if quote.start <= start and end <= quote.end), None)
        if outer is not None and outer.speaker is not None and not _same_speaker(outer.speaker, speaker):
            # "Y reported that Z, dealers said. // ..., they added": a source inside another's
            # statement is what the reporter told; the reporter stays the speaker of the moment
            resolver.remember(outer.speaker, position)
    return quotes


def _without_restated(text: str, quotes: list[Quote]) -> list[Quote]:
    """An attribution written twice ("He said that A, but B, he said") gives A under the
    first cue and "He said that A, but B" under the final one. The speaker is the same, so
    the final cue claims only what the first did not: B, or nothing when A runs to it. A
    statement holding another speaker's is kept whole (a nested source: "X said Y had told
    him Z")."""
    def holds(outer: Quote, inner: Quote) -> bool:
        return outer is not inner and outer.kind == "indirect" == inner.kind and inner.cue is not None \
            and outer.cue is not None and outer.cue.start >= inner.end \
            and inner.speaker is not None and inner.speaker.mention is not None \
            and outer.start <= inner.speaker.mention.start and inner.speaker.mention.end <= inner.start \
            and outer.start <= inner.cue.start and inner.end <= outer.end \
            and (outer.start, outer.end) != (inner.start, inner.end) \
            and _same_speaker(outer.speaker, inner.speaker)
    kept: list[Quote] = []
    for quote in quotes:
        inner = next((other for other in quotes if holds(quote, other)), None)
        if inner is not None:
            rest = _RESTATED_JOINT.match(text, inner.end, quote.end).end()
            if _words(text, rest, quote.end) < MIN_INDIRECT_WORDS:
                continue
            quote.start, quote.text = rest, text[rest:quote.end]
        kept.append(quote)
    if len(kept) == len(quotes):
        return quotes
    for number, quote in enumerate(kept, 1):
        quote.id = f"q{number}"
    return kept


# What joins the first cue's claim to the rest of a restated one: ", but", "; and".
_RESTATED_JOINT = re.compile(r"[\s,;:]*(?:(?:but|and|yet|while|although|though)\b)?\s*")


def _same_speaker(one: Speaker | None, other: Speaker) -> bool:
    if one is None:
        return False
    if one.entity is not None or other.entity is not None:
        return one.entity == other.entity
    return one.name == other.name


def _speaker(candidate: _Candidate, resolver: SpeakerResolver) -> Speaker | None:
    if candidate.frame is not None and candidate.frame.source is not None:
        aside = candidate.frame.aside
        # (an attribution set inside the claim ends on a comma: the speaker's phrase before it)
        return resolver.resolve(candidate.frame.source, _claim_chars(resolver.doc, candidate),
                                stop=aside[1] - 2 if aside is not None else None)
    if candidate.credit is not None:
        return resolver.credited(candidate.credit)
    current = resolver.current(candidate.start, max_paragraphs=1)
    if current is None and candidate.about is not None:
        return resolver.resolve(candidate.about)
    if current is None and candidate.quiet_before:
        current = resolver.current(candidate.start, max_paragraphs=2)
    if current is None:
        return None
    # a quote that continues the previous paragraph's statement has no cue of its own: the
    # words that name its source are those that named the speaker there
    return Speaker(current.name, current.entity, current.mention, current.anonymous, dict(current.extra))


def _claim_chars(doc: Doc, candidate: _Candidate) -> list[tuple[int, int]]:
    """The character ranges of what a statement says: its quotes' words and its frame's
    content, less the frame's own attribution."""
    ranges = [(quote.inner_start, quote.inner_end) for quote in candidate.quotes]
    frame = candidate.frame
    if frame is not None and frame.content is not None:
        ranges += [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
                   for start, end in _said_ranges(frame) if start < end]
    return ranges


def _kind(text: str, candidate: _Candidate) -> tuple[str, int, int]:
    """direct (the statement is one quote: its inner text), mixed or indirect, with the
    statement's trimmed offsets."""
    start, end = _trim(text, candidate.start, candidate.end)
    if not candidate.quotes:
        return "indirect", start, end
    first, last = candidate.quotes[0], candidate.quotes[-1]
    outside = _blanked(text, start, end, [(q.start, q.end) for q in candidate.quotes]
                       + candidate.attribution)
    if _ONLY_GLUE.match(re.sub(r"^\s*that\b", "", outside)):
        inner_start, inner_end = _trim_spaces(text, first.inner_start, last.inner_end)
        return "direct", inner_start, inner_end
    return "mixed", start, end


def _parts(text: str, candidate: _Candidate) -> list[Span] | None:
    """The quoted stretches of a direct quote split by its attribution (None for one piece)."""
    parts = [span_of(text, *_trim_spaces(text, q.inner_start, q.inner_end)) for q in candidate.quotes]
    parts = [part for part in parts if part.start < part.end]
    return parts if len(parts) > 1 else None


def _said_pieces(text: str, start: int, end: int, attribution: list[tuple[int, int]]) -> list[Span] | None:
    """A statement joined across its own attribution ("X will close, Roe added. “I ...”"):
    its pieces either side of the attribution (None when the attribution is not inside)."""
    inside = sorted((a, b) for a, b in attribution if start < a and b < end)
    if not inside:
        return None
    pieces, cursor = [], start
    for a, b in inside:
        pieces.append(_trim(text, cursor, a))
        cursor = max(cursor, b)
    pieces.append(_trim(text, cursor, end))
    parts = [span_of(text, *_unquoted(text, a, b)) for a, b in pieces if a < b and _words(text, a, b) >= 1]
    return parts if len(parts) > 1 else None


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """A piece without the full stop the attribution left before it and, when it is one
    quotation, without its marks."""
    while start < end and (text[start] in ".,;:—–- " or text[start].isspace()):
        start += 1
    if end - start > 2 and text[start] in _OPENING_MARKS and text[end - 1] in _CLOSING_MARKS \
            and not any(mark in text[start + 1:end - 1] for mark in "”\""):
        return _trim_spaces(text, start + 1, end - 1)
    return start, end


_OPENING_MARKS = "“\"‘'"
_CLOSING_MARKS = "”\"’'"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def _trim_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _relay(doc: Doc, frame: Frame | None, text: str) -> dict[str, Any] | None:
    """"..., according to a Downing Street spokeswoman": who passed the statement on."""
    if frame is None or not frame.dropped:
        return None
    start, end = frame.dropped[-1]
    phrase = doc[start:end]
    words = [t for t in phrase if t.lower_ not in ("according", "to", "per")]
    if not words:
        return None
    # "according to X", or the verb of a final "..., the agency reported" ("..., reported the agency")
    verbs = [t for t in (doc[end] if end < len(doc) else None, doc[start - 1] if start > 0 else None)
             if t is not None and t.pos_ in ("VERB", "AUX")]
    cue = "according to" if len(words) < len(phrase) or not verbs else verbs[0].text
    return {"text": text[words[0].idx:words[-1].idx + len(words[-1])],
            "start": words[0].idx, "end": words[-1].idx + len(words[-1]), "cue": cue}


def _words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))
