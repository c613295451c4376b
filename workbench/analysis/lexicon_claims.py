"""Word lists the analysis consults: data, kept apart from the logic that uses them.

The claim layer: reporting and denial words, source nouns, hedges.

The lists are in ``lexicon_claims.toml`` beside this module, each with why it is there and
examples. They are read once, at import, and become this module's globals under the names they
have there (``globals().update``), so that ``lexicon_claims.REPORTING_VERBS`` is a plain attribute:
a ``frozenset`` for a list of words, a dict for a table, a tuple for an ordered list
(``workbench.input.wordlists`` says how each is read). Built here: the lists made of others, and
the patterns, which are regular expressions rather than words.
"""

from __future__ import annotations

import re

from ..input import wordlists

_WORDS = wordlists.load(__name__)
globals().update(_WORDS)

# Verbs whose object side is the statement when they take no clause: those the data file lists
# under this name, and every denial verb.
OBJECT_CLAIM_VERBS = _WORDS["OBJECT_CLAIM_VERBS"] | _WORDS["DENIAL_VERBS"]
# Nouns of a group or institution that can be a source without a proper name, less the media's.
GROUP_NOUNS = _WORDS["GROUP_NOUNS"] - _WORDS["MEDIA_NOUNS"]
# Verbs that report when their object is an act of speech.
SPEECH_ACT_VERBS = frozenset(_WORDS["SPEECH_ACTS"])

# What a statement says of another that makes it a denial, whatever its verb: "this is untrue",
# "another piece of propaganda", "the reports are lies", "does not align with our information",
# "has nothing to do with the fire", "contrary to rumours". Matched case-insensitively.
DENIAL_PATTERNS = (
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+\s+){0,2}(?:untrue|false|baseless|unfounded|groundless|"
    r"fabricated|fabrications?|lies|a lie|fake|propaganda|nonsense|a fabrication|wrong|incorrect|"
    r"inaccurate|misleading)\b",
    r"\b(?:piece of|pure|more|russian|enemy|hostile)\s+propaganda\b",
    r"\bfake news\b",
    r"\b(?:does|do|did)\s+not\s+(?:align|correspond|match|reflect)\b",
    r"\bnothing to do with\b",
    r"\bnot the case\b",
    r"\bno truth\b",
    r"\bcontrary to (?:the )?(?:rumou?rs?|reports?|claims?)\b",
    r"\bdissociate\b",
    r"\bcategorically false\b",
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?(?:exaggerating|inflating|exaggerated|inflated)\b",
)

# The reporter saying what is not known: "it was not clear who ...", "it is unclear how many".
UNCLEAR_PATTERN = (
    r"\bit\s+(?:is|was|remains|remained|was still|is still)\s+(?:not\s+|still\s+not\s+)?"
    r"(?:(?:immediately|yet|entirely|fully)\s+)?(?:clear|unclear|known|unknown|certain|uncertain)\b"
)

# The reporter expecting a toll to change: "the toll is likely to rise", "the death toll could
# climb further". A caveat in the reporter's voice, not a figure.
TOLL_CAVEAT_PATTERN = (
    r"\b(?:death\s+)?toll\s+(?:is|was|could|may|might|will|would)\s+(?:still\s+)?"
    r"(?:(?:likely|expected|feared|set)\s+to\s+)?(?:rise|climb|increase|grow|go up|be higher)\b"
)

# Hedges that make a claim hedged wherever they stand in its sentence, besides HEDGE_WORDS:
# "could not be independently verified", "unconfirmed".
HEDGE_PATTERNS = (
    r"\b(?:could|can|cannot|can't|could not|was not|were not|has not been|have not been)\s*(?:not\s+)?"
    r"(?:be\s+)?(?:(?:independently|immediately|yet|now)\s+){0,2}(?:verif|confirm|corroborat|independen)",
    r"\bunverified\b",
    r"\bunconfirmed\b",
    r"\b(?:not|never)\s+(?:been\s+)?(?:immediately\s+)?(?:possible|able)\b[^.]{0,60}?\b(?:verif|confirm)",
)

# "the 52-year-old farmer", "the 47-year-old": a person described again by age.
AGE_DESCRIPTION = re.compile(r"\b\d{1,3}-year-old\b", re.IGNORECASE)
