"""No module of the package defines a top-level name twice: a second ``def`` of one name
silently replaces the first, and every caller of the first gets the second's behaviour (two
branches that each added a helper of the same name to one module did exactly that)."""

from __future__ import annotations

import ast
from pathlib import Path

import storyline

PACKAGE = Path(storyline.__file__).parent


def redefined(source: str) -> list[str]:
    """The top-level functions and classes of ``source`` defined more than once."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.name in seen:
                twice.append(node.name)
            seen.add(node.name)
    return twice


def test_no_module_defines_a_function_or_class_twice() -> None:
    found = {str(path.relative_to(PACKAGE)): names for path in sorted(PACKAGE.rglob("*.py"))
             if (names := redefined(path.read_text(encoding="utf-8")))}
    assert found == {}


def test_the_check_finds_a_second_definition() -> None:
    assert redefined("def a():\n    return 1\n\n\ndef b():\n    pass\n\n\ndef a():\n    return 2\n") == ["a"]
    assert redefined("class A:\n    def f(self): pass\n    def g(self): pass\n") == []
