"""Word lists the analysis consults: data, kept apart from the logic that uses them.

Casualty figures: words of harm, victims, quantities and approximations, sides.

The lists are in ``lexicon_casualties.toml`` beside this module, each with why it is there and
examples. They are read once, at import, and become this module's globals under the names they
have there (``globals().update``), so that ``lexicon_casualties.FLIGHT_CAUSES`` is a plain
attribute: a ``frozenset`` for a list of words, a dict for a table, a tuple for an ordered list
(``workbench.input.wordlists`` says how each is read). Only the lists made of others are built here.
"""

from __future__ import annotations

from ..input import wordlists

_WORDS = wordlists.load(
    __name__,
    by_label=(
        "CASUALTY_VERBS",
        "CAPTION_LABELS",
        "CASUALTY_ADJECTIVES",
        "CASUALTY_NOUNS",
        "ACTION_NOUNS",
        "APPROX_BEFORE",
    ),
)
globals().update(_WORDS)

# Two harms in one phrase that make one combined figure: "killed or wounded", "killed and
# injured 45", "deaths and injuries".
COMBINED_CATEGORIES = {frozenset({"killed", "wounded"}): "losses"}

# Combatants of either kind, a state's or an armed group's.
COMBATANT_NOUNS = _WORDS["STATE_COMBATANTS"] | _WORDS["NONSTATE_COMBATANTS"]
