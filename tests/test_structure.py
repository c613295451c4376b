"""The package's import graph: no cycle, and no module that renders, plots, tabulates or builds
widgets can reach spaCy through its imports (only the analysis parses). Read from the source, so
an import inside a function counts; one under ``if TYPE_CHECKING:`` names a type and does not."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"
VIEWS = ("render", "plots", "widgets", "ledger", "tables", "reading", "records", "sides", "display", "ids")


def _imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue  # a type named for annotations only
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        found |= _imports(node)
    return found


def _graph() -> dict[str, set[str]]:
    return {path.stem: _imports(ast.parse(path.read_text(encoding="utf-8"))) for path in PACKAGE.glob("*.py")}


def _reach(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, stack = set(), [start]
    while stack:
        for target in graph.get(stack.pop(), ()):
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def test_no_module_imports_itself_through_others():
    graph = _graph()
    modules = {name for name in graph if name != "__init__"}
    inner = {name: graph[name] & modules for name in modules}
    cycles = sorted(name for name in modules if name in _reach(inner, name))
    assert not cycles, cycles


def test_no_view_reaches_spacy():
    graph = _graph()
    graph = {name: targets for name, targets in graph.items() if name != "__init__"}
    assert "spacy" in _reach(graph, "pipeline")  # the check sees spaCy where it is
    reaching = [view for view in VIEWS if "spacy" in _reach(graph, view)]
    assert not reaching, reaching
