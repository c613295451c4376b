"""Word lists kept as data: a ``lexicon`` module's lists live in a TOML file beside it.

``load("workbench.analysis.lexicon_claims")`` reads ``workbench/analysis/lexicon_claims.toml``
and returns its entries as the Python values the analysis looks words up in:

* a string is a set of words, split on white space (``frozenset``);
* an array is a tuple, in its order (an array of arrays, a tuple of tuples); a number stays a number;
* a table (``NAME.key = ...``) is a dict of its keys, its values read by the same rules;
* a table named in ``by_label`` is written label by label (``CASUALTY_VERBS.wounded = "wound
  injure"``) and read word by word (``{"wound": "wounded", "injure": "wounded"}``), in the order
  written; an array there lists phrases, each keyed by the tuple of its words.

Tables are written with dotted keys, so that every entry can stand where its subject does, with
its comment (why the words are there, and examples) above it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from importlib import resources
from typing import Any


def load(module: str, *, by_label: Collection[str] = ()) -> dict[str, Any]:
    """The entries of the TOML file named after *module* (a dotted module name), read as above."""
    package, _, name = module.rpartition(".")
    text = resources.files(package).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    entries = tomllib.loads(text)
    if unknown := set(by_label) - entries.keys():
        raise KeyError(f"{name}.toml has no table {sorted(unknown)}")
    return {key: _by_label(value) if key in by_label else _value(value) for key, value in entries.items()}


def _value(value: Any) -> Any:
    if isinstance(value, str):
        return frozenset(value.split())
    if isinstance(value, list):
        return tuple(_value(item) if isinstance(item, list) else item for item in value)
    if isinstance(value, dict):
        return {key: _value(item) for key, item in value.items()}
    return value


def _by_label(table: dict[str, str | list[str]]) -> dict[Any, str]:
    """Word (or phrase, as a tuple of its words) → label, from lists written per label."""
    return {
        word: label
        for label, words in table.items()
        for word in (words.split() if isinstance(words, str) else (tuple(p.split()) for p in words))
    }
