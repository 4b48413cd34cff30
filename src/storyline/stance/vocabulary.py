"""Fitting the featurizer's vocabulary on training texts: IDF weights and an SVD projection.

Training only (it needs scikit-learn and scipy); the result is plain arrays that
:class:`storyline.stance.features.Featurizer` takes.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from storyline.stance import text as T

MIN_DF = 2
# 5,000 terms x 100 dimensions: the projection is 1 MB as float16. Chosen for size (the usual
# LSI range), not tuned; the features are cosines in this space.
LATENT_TERMS = 5000
LATENT_DIMENSIONS = 100


def fit_vocabulary(texts: Sequence[str], seed: int = 0) -> tuple[list[str], np.ndarray, np.ndarray]:
    """``(terms, idf, projection)`` over ``texts``: terms by falling document frequency (at least
    ``MIN_DF``), their smoothed IDF, and the SVD projection of the TF-IDF matrix of the most
    frequent ``LATENT_TERMS`` (one row per term, ``LATENT_DIMENSIONS`` columns)."""
    from scipy.sparse import csr_matrix
    from sklearn.decomposition import TruncatedSVD

    documents = [Counter(T.content(T.stems(text))) for text in texts]
    frequency: Counter[str] = Counter()
    for counts in documents:
        frequency.update(counts.keys())
    terms = sorted((term for term, df in frequency.items() if df >= MIN_DF), key=lambda t: (-frequency[t], t))
    idf = np.array([math.log((1 + len(documents)) / (1 + frequency[t])) + 1 for t in terms], dtype=np.float32)
    column = {term: index for index, term in enumerate(terms[:LATENT_TERMS])}
    data, rows, columns = [], [], []
    for row, counts in enumerate(documents):
        weights = {column[t]: n * idf[column[t]] for t, n in counts.items() if t in column}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for index, weight in weights.items():
            rows.append(row)
            columns.append(index)
            data.append(weight / norm)
    # float64: in float32 the randomized SVD's rounding varied between runs by more than the
    # float16 step the projection is stored in (15% of its entries differed by one step).
    matrix = csr_matrix((data, (rows, columns)), shape=(len(documents), len(column)), dtype=np.float64)
    svd = TruncatedSVD(n_components=LATENT_DIMENSIONS, algorithm="randomized", n_iter=7, random_state=seed)
    svd.fit(matrix)
    return terms, idf, svd.components_.T.astype(np.float32)
