"""The ``storyline`` command line. Each group of commands lives in its own module."""

from __future__ import annotations

import click

from storyline import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
def main() -> None:
    """Turn news articles about a developing story into a sourced, structured record."""


def _register() -> None:
    # Imported here so that each module can import ``main`` without a cycle.
    from storyline.cli import documents, entities, eval as eval_commands, eval_html, numbers, quotes, store, timeline  # noqa: F401
    from storyline.cli import eval_timeml  # noqa: F401
    from storyline.cli import eval_stance  # noqa: F401
    from storyline.cli import positions  # noqa: F401
    from storyline.cli import serve  # noqa: F401
    from storyline.cli import brief  # noqa: F401
    from storyline.cli import export, watch  # noqa: F401
    from storyline.cli import eval_stories, stories  # noqa: F401


_register()
