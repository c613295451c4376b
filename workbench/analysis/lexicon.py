"""Word lists the analysis consults: data, kept apart from the logic that uses them.

Names: places, people, organisations and the words around them that tell which is which.
The claim layer's words are in ``lexicon_claims``, the casualty layer's in ``lexicon_casualties``.

The lists are in ``lexicon.toml`` beside this module, each with why it is there and examples.
They are read once, at import, and become this module's globals under the names they have there
(``globals().update``), so that ``lexicon.PLACE_NOUNS`` is a plain attribute: a ``frozenset`` for a
list of words, a dict for a table, a tuple for an ordered list (``workbench.input.wordlists`` says
how each is read). Only the lists made of others are built here.
"""

from __future__ import annotations

from ..input import wordlists

_WORDS = wordlists.load(__name__, by_label=("INSTITUTION_FACILITIES", "ARMED_MODIFIERS"))
globals().update(_WORDS)

# The names of the armed families, and of the resistance, for a group the story does not name.
ARMED_FAMILY_NAMES = frozenset({*_WORDS["ARMED_FAMILIES"], "resistance"})
