"""Clear answers instead of silence from every command that reads the store: a missing store
is an error saying how to make one (and is not created), a query that matches nothing says
"no matches" on stderr (exit 0), an unknown id is an error (exit 1)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from conftest import run
from storyline.cli import load_all_commands, main

READ_COMMANDS = [("articles",), ("entities",), ("entity", "Macron"), ("quotes",), ("numbers",), ("timeline",)]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_missing_store_is_an_error_and_is_not_created(tmp_path: Path, command: tuple[str, ...]) -> None:
    missing = tmp_path / "does-not-exist.db"
    result = run(*command, "--db", str(missing))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"no store at {missing}: the file does not exist" in result.stderr
    assert f"make one with `storyline ingest PATH --db {missing}`" in result.stderr
    assert not missing.exists()


# Commands with --db that write (and so make the store) or run until stopped.
WRITERS = {"ingest", "watch", "serve"}


def reading_commands() -> list[list[str]]:
    """Every command with --db but the writers, with a value for each required parameter."""
    found = []
    for name, command in load_all_commands().commands.items():
        if name in WRITERS or not any(param.name == "db" for param in command.params):
            continue
        args = [name]
        for param in command.params:
            if param.required and isinstance(param, click.Argument):
                args.append("1")
            elif param.required:
                choices = getattr(param.type, "choices", None)
                args += [param.opts[0], choices[0] if choices else "-"]
        found.append(args)
    return found


def test_no_reading_command_creates_a_store(tmp_path: Path) -> None:
    # the commands of this module and any added later (stories, export, brief, ...)
    commands = reading_commands()
    assert {"articles", "entities", "entity", "quotes", "numbers", "timeline"} <= {c[0] for c in commands}
    missing = tmp_path / "typo.db"
    for args in commands:
        result = run(*args, "--db", str(missing))
        assert result.exit_code == 1, (args, result.stderr)
        assert f"no store at {missing}" in result.stderr, (args, result.stderr)
        assert not missing.exists(), args


def test_the_acceptance_path() -> None:
    missing = Path("/tmp/does-not-exist.db")
    if missing.exists():
        pytest.skip(f"{missing} exists on this machine")
    result = run("articles", "--db", str(missing))
    assert result.exit_code != 0 and "no store at /tmp/does-not-exist.db" in result.stderr
    assert not missing.exists()


def test_quotes_of_nobody_say_no_statement_matched(seeds_db: str) -> None:
    result = run("quotes", "--speaker", "nobody", "--db", seeds_db)
    assert result.exit_code == 0
    assert result.stdout.split() == ["DATE", "OUTLET", "SPEAKER", "KIND", "STATEMENT"]
    assert result.stderr == "no matches: no statement matched --speaker 'nobody'\n"
    jsonl = run("quotes", "--speaker", "nobody", "--db", seeds_db, "--format", "jsonl")
    assert (jsonl.exit_code, jsonl.stdout) == (0, "")
    assert "no statement matched" in jsonl.stderr


def test_an_unknown_article_is_an_error(seeds_db: str) -> None:
    result = run("quotes", "--article", "zzzz", "--db", seeds_db)
    assert result.exit_code == 1 and result.stdout == ""
    assert "no article with an id starting 'zzzz'; `storyline articles` lists them" in result.stderr


@pytest.mark.parametrize("args, message", [
    (("numbers", "--counted", "elephants"), "no matches: no quantity matched --counted 'elephants'"),
    (("entities", "--type", "weapon"), "no matches: no entity of type WEAPON"),
    (("timeline", "--entity", "nobody"), "no matches: no statement or dated event matched --entity 'nobody'"),
])
def test_other_queries_that_match_nothing(seeds_db: str, args: tuple[str, ...], message: str) -> None:
    result = run(*args, "--db", seeds_db)
    assert result.exit_code == 0
    assert result.stderr == message + "\n"


def test_queries_that_match_say_nothing_on_stderr(seeds_db: str) -> None:
    for args in (("quotes", "--speaker", "lavrov"), ("numbers",), ("timeline",), ("entities",), ("articles",)):
        result = run(*args, "--db", seeds_db)
        assert result.exit_code == 0 and result.stderr == "", args


def test_an_empty_store_says_it_holds_no_article(tmp_path: Path) -> None:
    from storyline.store import Store

    path = tmp_path / "empty.db"
    Store(str(path)).close()
    result = run("articles", "--db", str(path))
    assert result.exit_code == 0 and "no matches: the store holds no article yet" in result.stderr
