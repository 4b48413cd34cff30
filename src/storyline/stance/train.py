"""Training the stance model on FNC-1 train, without its held-out bodies.

    .venv/bin/python scripts/train_stance.py ../shared/eval/fnc1/train_bodies.csv \\
        ../shared/eval/fnc1/train_stances.csv [--out PATH] [--limit N] [--threads N]

Steps: the pairs whose body is held out (:mod:`storyline.stance.split`: SHA-1 of seed and
body id, 20% of bodies) are set aside; the vocabulary (IDF, SVD) is fitted on the remaining
headlines and bodies; their pairs' features train a gradient-boosted tree ensemble (scikit-
learn's HistGradientBoostingClassifier, fixed seed, no early stopping, so a rerun writes the
same weights; disagree pairs weigh ``DISAGREE_WEIGHT``); the ensemble is exported to plain
arrays and saved with the vocabulary in ``src/storyline/stance/weights.npz``. Training needs
scikit-learn and scipy; inference numpy alone. About 1 minute on one idle core (up to 10
on a busy machine); ``--limit`` trains on the first N training pairs while trying things.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from storyline.errors import EvalDataError
from storyline.eval.fnc import Pair, read_bodies, read_stances
from storyline.stance.features import Featurizer
from storyline.stance.forest import export
from storyline.stance.model import LABELS, WEIGHTS
from storyline.stance.split import HELD_OUT_FRACTION, SEED, held_out
from storyline.stance.vocabulary import fit_vocabulary

# 200 rounds of 31-leaf trees at rate 0.1 (scikit-learn's defaults but for the rounds): under
# a minute on one idle core and 1.4 MB of weights. Not tuned further.
BOOSTING = {"max_iter": 200, "learning_rate": 0.1, "max_leaf_nodes": 31, "l2_regularization": 1.0,
            "early_stopping": False, "random_state": 0}
# Each disagree pair weighs this much in training (1.7% of the pairs, the class the relative
# score and the compare layer most need). Measured with 100 rounds, trained on the training
# part: 3 instead of 1 took held-out bodies from 0.891 / 0.682 to 0.894 / 0.704 (relative /
# macro-F1) without the latent product; on topics unseen in training, 3 and 5 gave 0.821 /
# 0.603 and 0.822 / 0.615.
DISAGREE_WEIGHT = 3.0


def training_part(pairs: Sequence[Pair]) -> list[Pair]:
    return [pair for pair in pairs if not held_out(pair.body_id)]


def train(bodies: dict[int, str], pairs: Sequence[Pair], log=print) -> dict[str, np.ndarray]:
    """The weights file's arrays, trained on ``pairs`` (labelled, none held out)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    started = time.perf_counter()
    texts = sorted({pair.headline for pair in pairs}) + [bodies[i] for i in sorted({p.body_id for p in pairs})]
    terms, idf, projection = fit_vocabulary(texts)
    # Stored as float16 (half the size); the features are computed from the stored values.
    projection = projection.astype(np.float16)
    featurizer = Featurizer(terms, idf, projection.astype(np.float32))
    log(f"vocabulary: {len(terms)} terms, projection {projection.shape} ({time.perf_counter() - started:.0f} s)")
    X = featurizer.rows((pair.headline, bodies[pair.body_id]) for pair in pairs)
    y = np.array([LABELS.index(pair.stance) for pair in pairs])
    log(f"features: {X.shape[0]} pairs x {X.shape[1]} ({time.perf_counter() - started:.0f} s)")
    weights = np.where(y == LABELS.index("disagree"), DISAGREE_WEIGHT, 1.0)
    model = HistGradientBoostingClassifier(**BOOSTING).fit(X, y, sample_weight=weights)
    if list(model.classes_) != list(range(len(LABELS))):
        raise EvalDataError(f"the training pairs lack a label: found {[LABELS[i] for i in model.classes_]}")
    log(f"trees: {model.n_iter_} rounds x {len(LABELS)} classes ({time.perf_counter() - started:.0f} s)")
    meta = {"seed": SEED, "held_out_fraction": HELD_OUT_FRACTION, "pairs": len(pairs),
            "bodies": len({pair.body_id for pair in pairs}), "boosting": BOOSTING,
            "disagree_weight": DISAGREE_WEIGHT}
    return {"terms": np.array(terms), "idf": idf, "projection": projection, "names": np.array(featurizer.names),
            "meta": np.array(json.dumps(meta, sort_keys=True)), **export(model)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bodies", type=Path, help="FNC-1 train_bodies.csv")
    parser.add_argument("stances", type=Path, help="FNC-1 train_stances.csv")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help=f"weights file to write (default {WEIGHTS})")
    parser.add_argument("--limit", type=int, default=None, help="train on the first N training pairs only")
    parser.add_argument("--threads", type=int, default=1,
                        help="OpenMP and BLAS threads (default 1: more do not change the weights, and on a "
                             "busy machine they spin and slow training down)")
    args = parser.parse_args(argv)
    from threadpoolctl import threadpool_limits

    try:
        bodies = read_bodies(args.bodies)
        pairs = training_part(read_stances(args.stances, bodies))[: args.limit]
    except EvalDataError as error:
        parser.error(str(error))
    with threadpool_limits(limits=args.threads):
        arrays = train(bodies, pairs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as handle:  # a path, so that savez does not append ".npz"
        np.savez_compressed(handle, **arrays)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
