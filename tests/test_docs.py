"""Every command of the CLI is documented in the README's command table."""

from __future__ import annotations

import click

from conftest import ROOT
from storyline.cli import COMMAND_MODULES, load_all_commands


def command_names(group: click.Group, prefix: str = "storyline") -> list[str]:
    names = []
    for name, command in group.commands.items():
        full = f"{prefix} {name}"
        if isinstance(command, click.Group):
            names.extend(command_names(command, full))
        else:
            names.append(full)
    return names


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in command_names(load_all_commands()) if f"`{name}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_command_is_found_without_importing_the_others() -> None:
    """The CLI imports a command's module when the command is used: each command must be
    listed with its module(s), or ``storyline NAME`` would not find it."""
    main = load_all_commands()
    assert sorted(main.commands) == sorted(COMMAND_MODULES)
