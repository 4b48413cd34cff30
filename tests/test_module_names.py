"""No module of the package defines a top-level name twice: a second ``def`` of one name
silently replaces the first, and every caller of the first gets the second's behaviour (two
branches that each added a helper of the same name to one module did exactly that; two
others each added a word list ``_TOLD_VERBS`` to cues.py, and the later one was the only one
in force)."""

from __future__ import annotations

import ast
from pathlib import Path

import storyline

PACKAGE = Path(storyline.__file__).parent


def redefined(source: str) -> list[str]:
    """The top-level functions, classes and constants (names in capitals) of ``source``
    defined more than once."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        for name in _defined(node):
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


def _defined(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
    return [target.id for target in targets
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper()]


def test_no_module_defines_a_function_class_or_constant_twice() -> None:
    found = {str(path.relative_to(PACKAGE)): names for path in sorted(PACKAGE.rglob("*.py"))
             if (names := redefined(path.read_text(encoding="utf-8")))}
    assert found == {}


def test_the_check_finds_a_second_definition() -> None:
    assert redefined("def a():\n    return 1\n\n\ndef b():\n    pass\n\n\ndef a():\n    return 2\n") == ["a"]
    assert redefined("class A:\n    def f(self): pass\n    def g(self): pass\n") == []
    assert redefined('_WORDS = frozenset("a b".split())\nx = 1\n_WORDS = frozenset("c".split())\nx = 2\n') == ["_WORDS"]
