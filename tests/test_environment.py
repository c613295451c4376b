"""environment.yml (the conda route) names the same packages and ranges as pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _split(requirement: str) -> tuple[str, str]:
    name, spec = re.match(r"^([A-Za-z0-9_.\-]+)\s*(.*)$", requirement.strip()).groups()
    return name.lower().replace("_", "-"), spec.replace(" ", "")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = dict(map(_split, project["dependencies"] + project["optional-dependencies"]["dev"]))
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda, pip = {}, {}
    for item in env["dependencies"]:
        if isinstance(item, dict):
            pip.update(_split(p) for p in item["pip"] if not p.startswith("-e"))
        elif _split(item)[0] not in ("python", "pip"):  # the interpreter, not python-docx
            name, spec = _split(item)
            conda[name] = spec
    assert {**conda, **pip} == wanted
    assert "-e ." in next(item for item in env["dependencies"] if isinstance(item, dict))["pip"]
    assert "conda-forge" in env["channels"]
