"""Every command of the CLI is documented in the README's command table."""

from __future__ import annotations

import click

from conftest import ROOT
from storyline.cli import main


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
    missing = [name for name in command_names(main) if f"`{name}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"
