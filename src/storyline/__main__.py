"""``python -m storyline``: the same command line as ``storyline``."""

from storyline.cli import main

main()
