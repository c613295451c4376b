"""The package's import graph: no cycle; the folders are the path of the data (input -> analysis ->
records -> views, and corpus over them all); only the analysis imports spaCy, and no module that
reads files in, holds records, renders, plots, tabulates or builds widgets can reach spaCy through
its imports. Read from the source, so an import inside a function counts; one under
``if TYPE_CHECKING:`` names a type and does not."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "workbench"
FOLDERS = ("input", "analysis", "records", "views", "corpus")
# Folders whose modules never parse: they must not reach spaCy at all.
NO_SPACY = ("input", "records", "views")


def _name(path: Path) -> str:
    """A module's dotted name inside the package; a package is named by its folder ("" the top)."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _package_of(path: Path) -> list[str]:
    name = _name(path)
    parts = name.split(".") if name else []
    return parts if path.name == "__init__.py" else parts[:-1]


def _imports(tree: ast.AST, package: list[str], modules: set[str]) -> set[str]:
    found: set[str] = set()
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue  # a type named for annotations only
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            base = package[: len(package) - (node.level - 1)]
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names = {".".join(filter(None, (target, a.name))) for a in node.names}
            found |= (names & modules) or {target}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        found |= _imports(node, package, modules)
    return found


def _graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_name(path) for path in paths}
    return {
        _name(p): _imports(ast.parse(p.read_text(encoding="utf-8")), _package_of(p), modules) for p in paths
    }


def _reach(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, stack = set(), [start]
    while stack:
        for target in graph.get(stack.pop(), ()):
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def _folder(module: str) -> str:
    return module.split(".")[0] if "." in module or module in FOLDERS else ""


def test_every_module_sits_in_a_folder_of_the_flow():
    graph = _graph()
    loose = sorted(m for m in graph if _folder(m) not in FOLDERS and m not in ("", "errors", "records"))
    assert not loose, loose
    assert {"analysis.pipeline", "records.reading", "views.plots", "corpus.cli", "input.load"} <= set(graph)


def test_no_module_imports_itself_through_others():
    graph = _graph()
    modules = {name for name in graph if name}  # the top package re-exports; it is no step
    inner = {name: graph[name] & modules for name in modules}
    cycles = sorted(name for name in modules if name in _reach(inner, name))
    assert not cycles, cycles


def test_only_the_analysis_imports_spacy():
    graph = _graph()
    importing = sorted(m for m, targets in graph.items() if "spacy" in targets)
    assert "analysis.nlp" in importing  # the check sees spaCy where it is
    assert all(_folder(m) == "analysis" for m in importing), importing


def test_no_view_reaches_spacy():
    graph = _graph()
    graph = {name: targets for name, targets in graph.items() if name}
    assert "spacy" in _reach(graph, "analysis.pipeline")
    checked = [m for m in graph if _folder(m) in NO_SPACY or m in ("records", "errors")]
    assert "views.widgets" in checked and "records.reading" in checked
    reaching = sorted(m for m in checked if "spacy" in _reach(graph, m))
    assert not reaching, reaching


def test_the_flow_runs_one_way():
    """Input knows nothing of the analysis; the analysis nothing of views or the corpus; records
    and views nothing of the analysis (not even its word lists) or the corpus. (A Reading's tables
    and HTML are the views' functions of it, asked for lazily from the Reading: that one way back
    is allowed.)"""
    graph = _graph()
    later = {
        "input": {"analysis", "views", "corpus"},
        "analysis": {"views", "corpus"},
        # Records and views present what the analysis recorded: they never ask it again.
        "records": {"analysis", "corpus"},
        "views": {"analysis", "corpus"},
    }
    wrong = sorted(
        (m, t)
        for m, targets in graph.items()
        for t in targets
        if _folder(m) in later and (_folder(t) in later[_folder(m)])
    )
    assert not wrong, wrong
