#!/usr/bin/env python3
"""Train the stance model on FNC-1 train (held-out bodies left out) and write the weights
that ship in the package; see storyline/stance/train.py for the steps and options."""

from storyline.stance.train import main

if __name__ == "__main__":
    raise SystemExit(main())
