"""Draw a sample of news articles for a hand reading of the statements Storyline extracts.

The method of bench/README.md ("Quotes on real pages"): a seeded draw of articles none of
which was read before (the ids already read are in ``bench/quote_sample_read.txt``), each run
through the whole pipeline and written as one Markdown file: the clean text in numbered
paragraphs, then every extracted statement with its kind, speaker, cue and offsets. A reader
marks each statement and the statements missed, following ``bench/quote_reading.md``;
``bench/quote_marks.py`` adds up the marks.

    .venv/bin/python bench/quote_sample.py ../shared/eval/news-corpus/news_corpus.jsonl \\
        --seed 91010 --out /tmp/sample-91010

By default four articles of each source of the corpus (the part of the id before its first
slash and the agency prefix of a TimeBank-style name: ``bbc``, ``XIN_ENG``, ``AFP_ENG``), each
with at least three of "said", "says", "told" (articles with some speech to read).
``--ids a,b`` writes the given articles instead (to re-read them at another commit).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from storyline.ingest.readers import read_sources
from storyline.errors import InputError
from storyline.model import Article
from storyline.pipeline import Pipeline

READ_IDS = Path(__file__).with_name("quote_sample_read.txt")
# An article qualifies when it has this many speech words: the samples were drawn this way
# since the first news sample, so figures stay comparable.
_SPEECH_WORD = re.compile(r"\b(?:said|says|told)\b")
_MIN_SPEECH_WORDS = 3


def source_of(doc: str) -> str:
    """The outlet part of a corpus id: "bbc/politics/012" -> bbc, ".../XIN_ENG_2005..." -> XIN_ENG."""
    name = doc.rsplit("/", 1)[-1]
    agency = re.match(r"([A-Z]{3}_[A-Z]{3})_", name)
    return agency.group(1) if agency else doc.split("/", 1)[0]


def read_ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def draw(records: dict[str, str], seed: int, per_source: int, excluded: set[str]) -> list[str]:
    """``per_source`` qualifying unread ids of each source, in a seeded random order."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for doc, text in records.items():
        if doc not in excluded and len(_SPEECH_WORD.findall(text)) >= _MIN_SPEECH_WORDS:
            by_source[source_of(doc)].append(doc)
    rng = random.Random(seed)
    chosen: list[str] = []
    for source in sorted(by_source):
        pool = sorted(by_source[source])
        if len(pool) < per_source:
            sys.exit(f"quote_sample: only {len(pool)} unread articles from {source}, {per_source} wanted")
        chosen.extend(rng.sample(pool, per_source))
    return chosen


def render(article: Article) -> str:
    """The Markdown a reader marks: numbered paragraphs, then the numbered statements."""
    lines = [f"# {article.doc}", ""]
    if article.title:
        lines += [f"Title: {article.title}", ""]
    lines += ["## Text", ""]
    offset = number = 0
    for paragraph in article.text.split("\n"):
        if paragraph.strip():
            number += 1
            lines.append(f"[P{number} @{offset}] {paragraph}")
            lines.append("")
        offset += len(paragraph) + 1
    lines += ["## Statements", ""]
    if not article.quotes:
        lines.append("(none extracted)")
    for number, quote in enumerate(article.quotes, start=1):
        speaker = quote.speaker
        who = "(no speaker)" if speaker is None else speaker.name + (" [anonymous]" if speaker.anonymous else "")
        said_as = f' as "{speaker.mention.text}"' if speaker and speaker.mention else ""
        cue = f'"{quote.cue.text}"' if quote.cue else "none"
        lines.append(f"S{number}. {quote.kind} @{quote.start}-{quote.end}; speaker: {who}{said_as}; cue: {cue}")
        for part in quote.parts or [quote]:
            lines.append(f"    > {part.text}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="a JSONL corpus (the news corpus)")
    parser.add_argument("--out", required=True, help="folder for the NN.md files and ids.txt")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-source", type=int, default=4)
    parser.add_argument("--ids", help="comma-separated ids to write instead of a draw")
    parser.add_argument("--read", default=str(READ_IDS), help="ids already read, one a line")
    parser.add_argument("--mark-read", action="store_true",
                        help="add the drawn ids to the --read file (so that the next draw, of another "
                             "seed, cannot draw them again)")
    args = parser.parse_args(argv)

    raws = {}
    for item in read_sources([args.corpus]):
        if isinstance(item, InputError):
            print(f"quote_sample: skipped {item}", file=sys.stderr)
        else:
            raws[item.doc] = item
    if args.ids:
        chosen = [doc.strip() for doc in args.ids.split(",") if doc.strip()]
        missing = [doc for doc in chosen if doc not in raws]
        if missing:
            sys.exit(f"quote_sample: not in {args.corpus}: {', '.join(missing)}")
    else:
        texts = {doc: raw.content if isinstance(raw.content, str) else "" for doc, raw in raws.items()}
        chosen = draw(texts, args.seed, args.per_source, read_ids(Path(args.read)))

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline()
    for number, doc in enumerate(chosen, start=1):
        article = pipeline.process(raws[doc])
        (out / f"{number:02d}.md").write_text(render(article), encoding="utf-8")
        print(f"{number:02d}.md  {doc}  {len(article.quotes)} statements", file=sys.stderr)
    (out / "ids.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    if args.mark_read and not args.ids:
        read = Path(args.read)
        ids = sorted(read_ids(read) | set(chosen))
        read.write_text("\n".join(ids) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
