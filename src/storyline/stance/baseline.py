"""The plain reference for ``storyline eval stance``: TF-IDF (5,000 terms) of the headline, of
the body and their element-wise product, plus the headline-body cosine, fed to a logistic
regression. Trained at evaluation time on the same training pairs as the shipped model;
needs scikit-learn (the dev extra)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

VOCABULARY = 5000


def baseline_predictions(train: Sequence[tuple[str, str, str]], test: Sequence[tuple[str, str]]) -> list[str]:
    """Labels for the (headline, body) pairs of ``test``, learnt from (headline, body, label)."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts = sorted({h for h, _, _ in train}) + sorted({b for _, b, _ in train})
    vectorizer = TfidfVectorizer(max_features=VOCABULARY, stop_words="english").fit(texts)

    def features(pairs: Sequence[tuple[str, str]]):
        distinct = sorted({text for pair in pairs for text in pair})  # each text vectorized once
        index = {text: i for i, text in enumerate(distinct)}
        matrix = vectorizer.transform(distinct)
        heads = matrix[[index[h] for h, _ in pairs]]
        bodies = matrix[[index[b] for _, b in pairs]]
        cosine = csr_matrix(np.asarray(heads.multiply(bodies).sum(axis=1)))
        return hstack([heads, bodies, heads.multiply(bodies), cosine]).tocsr()

    model = LogisticRegression(max_iter=1000)
    model.fit(features([(h, b) for h, b, _ in train]), [label for _, _, label in train])
    return list(model.predict(features(list(test))))
