"""Word lists the analysis consults: data, kept apart from the logic that uses them.

Casualty figures: words of harm, victims, quantities and approximations, sides.

Lower-case lemmas unless said otherwise. They describe how news English reports casualties in
general, not any one article.
"""

from __future__ import annotations

# Verbs whose counted object is people whatever the noun ("killed 20 Christians"); capture,
# seize and lose take things too ("captured three bases").
HARM_TO_BEINGS = frozenset("kill slay massacre murder execute behead wound injure maim".split())

# "left their homes", "abandoned their villages": displacement without the word.
LEAVE_VERBS = frozenset("leave abandon".split())
HOME_NOUNS = frozenset("home house village town city area".split())

# Verbs of harm, by the category of what happens to their victims.
CASUALTY_VERBS = {
    "kill": "killed",
    "die": "killed",
    "slay": "killed",
    "execute": "killed",
    "massacre": "killed",
    "behead": "killed",
    "murder": "killed",
    "wound": "wounded",
    "injure": "wounded",
    "hurt": "wounded",
    "maim": "wounded",
    "capture": "captured",
    "abduct": "captured",
    "kidnap": "captured",
    "arrest": "arrested",
    "detain": "arrested",
    "displace": "displaced",
    "flee": "displaced",
    "uproot": "displaced",
    "lose": "killed",  # "lost 40 of their troops"; "lost ground" has no people and is dropped
    "miss": "missing",  # "5 others were missing", parsed as a verb; "missed the target" is dropped
}

# Verbs whose object is an unspecified toll: "suffered heavy losses", "inflicted casualties".
LOSS_VERBS = frozenset("suffer sustain inflict cause incur take".split())
LOSS_NOUNS = frozenset("losses loss casualties casualty".split())

# Adjectives and nouns that state a toll by themselves: "5 others were missing", "3 dead",
# "40 deaths", "30 bodies", "the death toll rose to 52".
CASUALTY_ADJECTIVES = {"dead": "killed", "wounded": "wounded", "injured": "wounded", "missing": "missing"}
CASUALTY_NOUNS = {
    "death": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "body": "killed",
    "bodies": "killed",
    "dead": "killed",
    "injuries": "wounded",
    "wounded": "wounded",
    "injured": "wounded",
    "prisoners": "captured",
    "hostages": "captured",
    "captives": "captured",
    "refugees": "displaced",
}
TOLL_NOUNS = frozenset("toll".split())

# Nouns for people: a number must count these (or nothing, "killed 23") to be a casualty
# figure, which keeps out "40 hours", "three bases", "15 attacks", "the 2021 coup".
PERSON_NOUNS = frozenset(
    """
    people person persons civilians civilian villagers villager residents resident children child kids
    women men woman man soldiers soldier troops troop fighters fighter militants militant rebels rebel
    insurgents insurgent members member officers officer policemen policeman police personnel servicemen
    serviceman marines sailors pilots guards guard workers worker journalists journalist students student
    protesters protester demonstrators worshippers patients doctors medics nurses aid staff employees
    passengers migrants refugees families family others individuals victims bodies body recruits
    commanders commander jihadists gunmen militiamen combatants troopers paratroopers farmers boys girls
    infants babies teenagers elderly pupils detainees prisoners hostages dead wounded injured
    """.split()
)

# People who are not combatants: their party is "civilians".
CIVILIAN_NOUNS = frozenset(
    """
    civilians civilian villagers villager residents resident children child kids women woman boys girls
    infants babies teenagers elderly pupils students worshippers patients passengers farmers
    """.split()
)

# Combatants without an owner in the text belong to the side that reports them
# ("the army said 17 soldiers were killed").
STATE_COMBATANTS = frozenset(
    """
    soldiers soldier troops troop servicemen serviceman officers officer policemen personnel marines
    sailors pilots guards recruits conscripts paratroopers
    """.split()
)
NONSTATE_COMBATANTS = frozenset(
    """
    fighters fighter militants militant rebels rebel insurgents insurgent combatants militiamen
    jihadists
    """.split()
)
COMBATANT_NOUNS = STATE_COMBATANTS | NONSTATE_COMBATANTS

# Approximation words before a number.
APPROX_BEFORE = {
    ("at", "least"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("not", "less", "than"): "at_least",
    ("a", "minimum", "of"): "at_least",
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("above",): "more_than",
    ("in", "excess", "of"): "more_than",
    ("upwards", "of"): "more_than",
    ("nearly",): "about",
    ("almost",): "about",
    ("about",): "about",
    ("around",): "about",
    ("some",): "about",
    ("approximately",): "about",
    ("roughly",): "about",
    ("an", "estimated"): "about",
    ("estimated",): "about",
    ("close", "to"): "about",
    ("up", "to"): "up_to",
    ("as", "many", "as"): "up_to",
    ("as", "much", "as"): "up_to",
    ("at", "most"): "up_to",
    ("no", "more", "than"): "up_to",
}

# Size words with no number: "dozens wounded", "hundreds of families", "heavy losses".
VAGUE_QUANTITIES = frozenset(
    "dozens hundreds thousands tens scores several many numerous most countless multiple".split()
)
# "a dozen" is twelve; "dozens" is vague.
NUMBER_NOUNS = {"dozen": 12, "score": 20}

# Words that count as a number's own unit and so are never people: "40 hours", "10 pm".
NON_PERSON_UNITS = frozenset(
    """
    hour hours day days week weeks month months year years minute minutes pm am km kilometres kilometers
    miles mile percent per cent dollars euros times attacks attack strikes
    """.split()
)

# The opposing side, said from the claimant's point of view.
OTHER_SIDE_PHRASES = ("other side", "enemy", "the other party", "opposing side")
BOTH_SIDES_PHRASES = ("both sides", "both parties", "the two sides", "each side")

# Determiners that negate a toll: "no casualties", "denied that any soldiers were captured".
NEGATIVE_DETERMINERS = frozenset("no any none".split())
