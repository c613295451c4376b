"""Test helper: the project's scripts in tools/ (not a package) loaded as modules.

Imported by the test files as ``from tools import load_tool``: pytest's default ("prepend")
import mode puts this folder on ``sys.path``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def load_tool(name: str) -> ModuleType:
    """The script ``tools/NAME.py`` as a module."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
