"""The ``storyline`` command line. Each group of commands lives in its own module, imported
when one of its commands is used: ``storyline ingest`` does not load the web server, the
stance model or the evaluation code (about a second of start-up for every command)."""

from __future__ import annotations

import importlib

import click

from storyline import __version__

# Command -> the modules of storyline.cli that define it (and, for a group, its subcommands).
_EVAL_MODULES = ("eval", "eval_html", "eval_timeml", "eval_stance", "eval_stories", "entities", "numbers", "quotes")
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "articles": ("store",),
    "brief": ("brief",),
    "entities": ("entities",),
    "entity": ("entities",),
    "eval": _EVAL_MODULES,
    "export": ("export",),
    "extract": ("documents",),
    "ingest": ("documents",),
    "numbers": ("numbers",),
    "positions": ("positions",),
    "quotes": ("quotes",),
    "recluster": ("stories",),
    "serve": ("serve",),
    "stories": ("stories",),
    "story": ("stories",),
    "timeline": ("timeline",),
    "watch": ("watch",),
}


class LazyGroup(click.Group):
    """A group whose commands are registered by their modules on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(self.commands) | set(COMMAND_MODULES))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        # Every module of the command, even when the command is already registered: a
        # group (eval) is made by the first of its modules imported, and a caller that
        # imported only that one (storyline.cli.eval_html) would leave the group without
        # the subcommands of the others. A module imported already costs a dict lookup.
        if name in COMMAND_MODULES:
            _load(COMMAND_MODULES[name])
        return self.commands.get(name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
def main() -> None:
    """Turn news articles about a developing story into a sourced, structured record."""


def load_all_commands() -> click.Group:
    """Register every command (for tools that walk ``main.commands``: docs, tests)."""
    for modules in COMMAND_MODULES.values():
        _load(modules)
    return main


def _load(modules: tuple[str, ...]) -> None:
    """Import modules of storyline.cli: their commands register themselves on ``main``."""
    for module in modules:
        importlib.import_module(f"storyline.cli.{module}")
