"""The layers go one way: the command line formats what storyline.corpus returns and holds
no SQL of its own (no SQLAlchemy, no tables, no engine)."""

from __future__ import annotations

import ast

from conftest import ROOT

CLI = ROOT / "src" / "storyline" / "cli"
FORBIDDEN_MODULES = ("sqlalchemy", "storyline.store.schema")


def imported_modules(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def sql_in(path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    problems = [f"imports {name}" for name in sorted(imported_modules(tree))
                if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_MODULES)]
    problems += [f"line {node.lineno}: uses .engine" for node in ast.walk(tree)
                 if isinstance(node, ast.Attribute) and node.attr == "engine"]
    return problems


def test_no_cli_module_holds_sql() -> None:
    modules = sorted(CLI.rglob("*.py"))
    assert len(modules) >= 8
    problems = {path.name: found for path in modules if (found := sql_in(path))}
    assert not problems, f"SQL in the command line (move it to store/ and corpus/): {problems}"


def test_the_check_finds_sql(tmp_path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from sqlalchemy import select\nfrom storyline.store import schema\n"
                   "def f(store):\n    return store.engine.connect()\n")
    assert {"imports sqlalchemy", "imports storyline.store.schema", "line 4: uses .engine"} <= set(sql_in(bad))
    bad.write_text("import sqlalchemy.orm\nfrom storyline.store.schema import articles\n")
    assert {"imports sqlalchemy.orm", "imports storyline.store.schema"} <= set(sql_in(bad))
    bad.write_text("from storyline.corpus import Corpus\nimport json\n")
    assert sql_in(bad) == []
