"""Add up a hand reading of sampled statements (bench/quote_reading.md) into README rows.

Each sample folder (written by bench/quote_sample.py) holds the reader's ``MARKS.md``: a
Markdown table with one row per article and the columns

    | article | ext | R | WS | NS | WSP | M | R? | WS? | NS? | WSP? | M? |

(extracted; right; wrong speaker; not a statement; wrong span; missed; then the same marks
made with doubt). A ``total`` row, if the reader wrote one, is ignored: rows are summed here.

    .venv/bin/python bench/quote_marks.py /tmp/sample-91010 /tmp/sample-91011 ...

prints each sample and all of them together, strict and lenient:

- strict: a doubtful mark counts as marked, a doubtful miss as a miss;
- lenient: a doubtful wrong speaker, non-statement or wrong span counts as right, and a
  doubtful miss is left out.

right / extracted = R / ext; found right = R / (R + WS + WSP + M).
"""

from __future__ import annotations

import sys
from pathlib import Path

COLUMNS = ("ext", "R", "WS", "NS", "WSP", "M", "R?", "WS?", "NS?", "WSP?", "M?")


def read_marks(path: Path) -> dict[str, int]:
    """The column sums of the article rows of one MARKS.md."""
    totals = dict.fromkeys(COLUMNS, 0)
    header: list[str] | None = None
    rows = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.lstrip().startswith("|") or len(cells) < 2 or set(cells[1]) <= set("-: "):
            continue
        if header is None:
            header = cells
            missing = [name for name in COLUMNS if name not in header]
            if missing:
                raise SystemExit(f"{path}: the table lacks the columns {', '.join(missing)}")
            continue
        if cells[0].lower() == "total":
            continue
        for name in COLUMNS:
            value = cells[header.index(name)] or "0"
            try:
                totals[name] += int(value)
            except ValueError:
                raise SystemExit(f"{path}: row {cells[0]!r} has {value!r} under {name}, not a count") from None
        rows += 1
    if not rows:
        raise SystemExit(f"{path}: no article rows")
    return totals


def figures(marks: dict[str, int], lenient: bool) -> tuple[int, int, int, int, int, int]:
    """(extracted, right, wrong speaker, not a statement, wrong span, missed)."""
    if lenient:
        right = marks["R"] + marks["R?"] + marks["WS?"] + marks["NS?"] + marks["WSP?"]
        return marks["ext"], right, marks["WS"], marks["NS"], marks["WSP"], marks["M"]
    return (marks["ext"], marks["R"] + marks["R?"], marks["WS"] + marks["WS?"], marks["NS"] + marks["NS?"],
            marks["WSP"] + marks["WSP?"], marks["M"] + marks["M?"])


def row(name: str, marks: dict[str, int], lenient: bool) -> str:
    extracted, right, wrong_speaker, not_statement, wrong_span, missed = figures(marks, lenient)
    share = right / extracted if extracted else 0.0
    found = right + wrong_speaker + wrong_span + missed
    found_right = right / found if found else 0.0
    if extracted - right - wrong_speaker - not_statement - wrong_span:
        print(f"warning: {name}: the marks do not add up to the extracted count", file=sys.stderr)
    return (f"| {name} | {extracted} | {right} | {wrong_speaker} | {not_statement} | {wrong_span} | "
            f"{missed} | {share:.1%} | {found_right:.1%} |")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    samples = {folder: read_marks(Path(folder) / "MARKS.md") for folder in argv}
    together = {name: sum(marks[name] for marks in samples.values()) for name in COLUMNS}
    print("| sample | extracted | right | wrong speaker | not a statement | wrong span | missed | "
          "right / extracted | found right |")
    print("|---|---|---|---|---|---|---|---|---|")
    for lenient in (False, True):
        label = "lenient" if lenient else "strict"
        for folder, marks in samples.items():
            print(row(f"{Path(folder).name}, {label}", marks, lenient))
        if len(samples) > 1:
            print(row(f"together, {label}", together, lenient))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
