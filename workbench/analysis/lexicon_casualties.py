"""Word lists the analysis consults: data, kept apart from the logic that uses them.

Casualty figures: words of harm, victims, quantities and approximations, sides.

Lower-case lemmas unless said otherwise. They describe how news English reports casualties in
general, not any one article.
"""

from __future__ import annotations

# -- words of harm ------------------------------------------------------------------------------------

# Verbs of harm, by the category of what happens to their victims.
CASUALTY_VERBS = {
    "kill": "killed",
    "die": "killed",
    "slay": "killed",
    "execute": "killed",
    "massacre": "killed",
    "behead": "killed",
    "murder": "killed",
    "perish": "killed",
    "martyr": "killed",  # "were martyred"
    "eliminate": "killed",  # "three raiders were eliminated": only when it counts people
    "liquidate": "killed",
    "neutralise": "killed",
    "neutralize": "killed",
    "drown": "killed",
    "succumb": "killed",  # "two injured constables succumbed to their wounds"
    "bury": "killed",  # "the village buried 13 people on Friday"
    "wound": "wounded",
    "injure": "wounded",
    "hurt": "wounded",
    "maim": "wounded",
    "hospitalise": "wounded",
    "hospitalize": "wounded",
    "capture": "captured",
    "abduct": "captured",
    "kidnap": "captured",
    "seize": "captured",  # "seized 17 crewmen"; "seized rifles" has no people and is dropped
    "surrender": "captured",  # "two battalions surrendered"
    "arrest": "arrested",
    "detain": "arrested",
    "displace": "displaced",
    "flee": "displaced",
    "uproot": "displaced",
    "lose": "killed",  # "lost 26 of its fighters"; "lost ground" has no people and is dropped
    "hit": "losses",  # "two guards were hit": killed or wounded, unsaid; "hit a clinic" is no toll
    "miss": "missing",  # "four others were missing", parsed as a verb; "missed the target" is dropped
}

# Verbs that harm people only in the passive: "two guards were hit", not "the shell hit a clinic".
PASSIVE_HARM = frozenset("hit".split())

# Verbs whose counted object is people whatever the noun ("killed 14 Catholics"); capture,
# seize and lose take things too ("captured two depots").
HARM_TO_BEINGS = frozenset("kill slay massacre murder execute behead wound injure maim gun".split())

# Verbs that harm their subject rather than an object: "38 people died", "families fled".
INTRANSITIVE_HARM = frozenset("die perish flee surrender drown succumb".split())

# Verbs whose category depends on the words after them: "shot dead" / "shot in the leg",
# "gunned down", "taken hostage" / "taken to hospital", "took away 16 miners".
SHOOT_VERBS = frozenset("shoot gun".split())
SHOT_DEAD_WORDS = {"shoot": frozenset({"dead"}), "gun": frozenset({"down"})}  # "shot dead", "gunned down"
# A photo caption's label says what happened to the one person it shows: "Wounded: A girl ...".
CAPTION_LABELS = {
    "casualty": "losses",
    "wounded": "wounded",
    "injured": "wounded",
    "body": "killed",
    "dead": "killed",
    "killed": "killed",
}
# "a fighter shot in the leg" is often parsed with "shot" as a noun.
SHOT_NOUNS = frozenset({"shot"})
TAKE_VERBS = frozenset("take".split())
CAPTIVE_WORDS = frozenset("hostage hostages prisoner prisoners captive captives".split())
# "taken into custody": arrested.
CUSTODY_NOUNS = frozenset("custody detention".split())
# "freed nine hostages", "rescued 26 captives": the people are out of harm's way.
RELEASE_VERBS = frozenset("free release rescue swap exchange liberate".split())
CARE_NOUNS = frozenset("hospital hospitals clinic clinics hospitalisation treatment".split())
AWAY_WORDS = frozenset("away".split())
# "treated for burns", "is being treated at a clinic", "treated 31 patients".
TREAT_VERBS = frozenset("treat".split())
INJURY_NOUNS = frozenset("injury injuries wound wounds burns shrapnel".split())
# "suffered minor injuries", "sustained wounds": the subject is wounded.
SUFFER_VERBS = frozenset("suffer sustain".split())

# Fleeing is displacement for people who live somewhere ("families fled", "some 9,000 have
# fled"), not for "two fled over the wall" or gunmen escaping.
FLEE_VERBS = frozenset("flee".split())
# Flight across these, or of this many people, is displacement: "fled across the border".
REFUGE_PLACES = frozenset(
    "border country region camp camps district province neighbourhood neighborhood".split()
)
MASS_FLIGHT = 100
# Flight from these is displacement: "fled the fighting", "fleeing the violence".
FLIGHT_CAUSES = frozenset(
    "fighting violence clash clashes conflict war offensive shelling bombardment".split()
)
# "2,150 people were seeking shelter", "families sheltering in schools": the displaced.
SHELTER_VERBS = frozenset("seek shelter".split())
SHELTER_NOUNS = frozenset("shelter refuge sanctuary safety".split())
# "whose fate is unknown", "the whereabouts of 17 divers are unknown": the missing.
FATE_NOUNS = frozenset("fate whereabouts".split())
UNKNOWN_WORDS = frozenset("unknown unclear unaccounted".split())
# Who flees as displacement by themselves ("families fled", "villagers fled"); others, "people",
# "men", "two fled", only from home, across a border, or in a mass ("thousands have fled").
RESIDENT_NOUNS = frozenset(
    """
    civilians residents villagers families family households inhabitants refugees townspeople
    """.split()
)
MASS_NOUNS = frozenset("thousands hundreds millions".split())
# Singular nouns of several people: "the family", "a crew" count no one person.
COLLECTIVE_NOUNS = frozenset("family household crew group unit team convoy delegation".split())
# "left their homes", "abandoned their villages": displacement without the word.
LEAVE_VERBS = frozenset("leave abandon".split())
HOME_NOUNS = frozenset("home house village town city area".split())
# "embraced martyrdom", "attained martyrdom": the subject was killed (military statements).
MARTYRDOM_VERBS = frozenset("embrace attain achieve".split())
MARTYRDOM_NOUNS = frozenset("martyrdom".split())
# "forced from their homes", "driven about a million from their villages": displacement by others.
EXPEL_VERBS = frozenset("force drive chase expel push".split())
AWAY_FROM = frozenset("from".split())

# "left 23 miners dead", "were feared dead", "were reported wounded": an adjective of harm
# after a verb says what happened to the verb's object or subject.
CASUALTY_ADJECTIVES = {
    "dead": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "missing": "missing",
    "unaccounted": "missing",  # "12 people were still unaccounted for"
    "displaced": "displaced",  # "roughly one million displaced people"
}

# "several of them in a critical condition", "two are in serious condition": the wounded.
CONDITION_NOUNS = frozenset("condition".split())
GRAVE_CONDITIONS = frozenset("critical serious grave stable life-threatening".split())

# Nouns that state a toll by themselves: "57 deaths", "29 bodies", "44 wounded", "63 injuries".
CASUALTY_NOUNS = {
    "death": "killed",
    "deaths": "killed",
    "fatality": "killed",
    "fatalities": "killed",
    "body": "killed",
    "bodies": "killed",
    "corpse": "killed",
    "corpses": "killed",
    "dead": "killed",
    "martyrs": "killed",
    "injuries": "wounded",
    "wounded": "wounded",
    "injured": "wounded",
    "prisoners": "captured",
    "hostages": "captured",
    "captives": "captured",
    "refugees": "displaced",
    "displaced": "displaced",  # "the war displaced"
}
# Singular harm nouns count one victim when they name a person: "the death of the mayor".
SINGULAR_HARM_NOUNS = frozenset("death killing execution murder assassination".split())
# Nouns of an act of harm whose victims follow "of": "the execution of three hostages",
# "the loss of 14 sailors", "the abduction of 16 miners".
ACTION_NOUNS = {
    "death": "killed",
    "deaths": "killed",
    "killing": "killed",
    "killings": "killed",
    "execution": "killed",
    "executions": "killed",
    "murder": "killed",
    "murders": "killed",
    "massacre": "killed",
    "assassination": "killed",
    "loss": "killed",
    "bodies": "killed",
    "body": "killed",
    "corpse": "killed",
    "corpses": "killed",
    "abduction": "captured",
    "kidnapping": "captured",
    "capture": "captured",
    "arrest": "arrested",
    "arrests": "arrested",
    "detention": "arrested",
    "displacement": "displaced",
}
# "has cost more than 900 lives", "took 250 lives".
LIVES_NOUNS = frozenset("lives".split())
LIVES_VERBS = frozenset("claim cost take".split())

# Verbs whose object is an unspecified toll: "suffered heavy losses", "inflicted casualties".
LOSS_VERBS = frozenset("suffer sustain inflict cause incur take".split())
LOSS_NOUNS = frozenset("losses loss casualties casualty".split())
# A loss noun without a number is a figure only when something says how big it was or whose it
# was: "heavy losses", "extensive casualties", "civilian casualties" — not "a count of
# casualties", "data about casualties", "officer casualties".
LOSS_SIZE_WORDS = frozenset(
    """
    heavy heavier huge massive extensive significant considerable serious severe large big major
    great enormous untold mass unspecified unknown undisclosed unconfirmed
    """.split()
)
# Words before a loss noun that make it a reference to a figure, not a figure: "a count of
# casualties", "reports about casualties".
LOSS_REFERENCE_HEADS = frozenset("number numbers figure figures information data about count".split())
TOLL_NOUNS = frozenset("toll".split())
# "the number of dead rose to 38", "put the number of wounded at 85": a tally of victims.
TALLY_NOUNS = frozenset("number tally count toll".split())
# "the toll was still higher" is a (vague) figure; "could be higher" is a caveat.
HIGHER_WORDS = frozenset("higher greater larger worse".split())
EVEN_WORDS = frozenset("even much far considerably".split())
MODAL_WORDS = frozenset("could may might will would should can".split())
# "the toll rose to 38", "set the toll at 27", "a toll of 38".
TOLL_PREPOSITIONS = frozenset("to at of".split())
# "the toll has reached 64": verbs whose object is the toll's size.
# "bringing total losses to more than 7,000", "put casualties at 45": verbs that give a total.
TOTAL_VERBS = frozenset("bring raise push put take revise".split())
TOLL_VERBS = frozenset("reach hit top pass exceed surpass climb rise stand".split())

# Two harms in one phrase that make one combined figure: "killed or wounded", "killed and
# injured 45", "deaths and injuries".
COMBINED_CATEGORIES = {frozenset({"killed", "wounded"}): "losses"}

# -- victims ------------------------------------------------------------------------------------------

# Nouns for people: a number must count these (or nothing, "killed 16") to be a casualty
# figure, which keeps out "36 hours", "two depots", "11 raids", "the 2017 floods".
PERSON_NOUNS = frozenset(
    """
    people person persons civilians civilian villagers villager residents resident children child kids
    women men woman man soldiers soldier troops troop fighters fighter militants militant rebels rebel
    insurgents insurgent members member officers officer policemen policeman police personnel servicemen
    serviceman marines sailors pilots guards guard workers worker journalists journalist students student
    protesters protester protestors protestor demonstrators demonstrator worshippers patients patient
    doctors doctor medics medic nurses nurse aid staff employees passengers passenger migrants migrant
    refugees families family others individuals victims victim bodies body recruits commanders commander
    jihadists jihadist gunmen gunman militiamen militiaman combatants combatant troopers trooper
    paratroopers farmers farmer boys boy girls girl infants infant babies baby teenagers teenager elderly
    pupils pupil detainees detainee prisoners prisoner hostages hostage captives captive dead wounded
    injured teachers teacher priest priests worker assailants assailant attackers attacker bombers bomber
    males females adults adult tourists tourist nationals national citizens citizen supporters supporter
    father mother son daughter husband wife brother sister relatives relative pilgrims pilgrim
    conscripts conscript contractors contractor volunteers volunteer bandits bandit terrorists terrorist
    extremists extremist guerrillas guerrilla martyrs corpses corpse ones shoppers shopper officials
    official employees employee suspects suspect miners miner engineers engineer traders trader herders
    herder merchants merchant shepherds shepherd drivers driver crew crewmembers settlers settler
    peacekeepers peacekeeper monks monk nuns nun clerics cleric lawmakers lawmaker politicians
    politician schoolgirls schoolgirl schoolboys schoolboy schoolchildren christians muslims athletes
    athlete labourers labourer laborers laborer evacuees evacuee trainees trainee inmates inmate
    visitors visitor customers customer guests guest fans fan mourners mourner diplomats diplomat
    accomplices accomplice constables constable another
    activists activist tribesmen tribesman couple couples gendarmes gendarme agents agent personnel
    """.split()
)
# Endings that make a noun a person noun: "ferrymen", "herdsmen", "unionists"... "-men" people,
# "-ists" (journalists, activists), "-ians" (civilians, Peruvians), "-ees" (detainees, refugees).
PERSON_SUFFIXES = ("men", "man", "ists", "ians", "ees")
# Words after a demonym that make it a person noun: "23 Peruvians", "an injured Chilean".
# (A demonym itself is told by the actors layer; here the number or article does the counting.)

# Units counted instead of people: "two battalions surrendered" is a figure without a count.
UNIT_NOUNS = frozenset("brigade brigades battalion battalions regiment regiments company companies".split())

# People who are not combatants: their party is "civilians". (Women, men and people alone are
# not: the annotation rules keep them open.)
CIVILIAN_NOUNS = frozenset(
    """
    civilians civilian villagers villager residents resident children child kids boys boy girls girl
    infants infant babies baby teenagers teenager pupils pupil students student worshippers worshipper
    passengers passenger farmers farmer migrants migrant refugees refugee teachers teacher medics medic
    doctors doctor nurses nurse priest priests pilgrims pilgrim tourists tourist shoppers shopper
    journalists journalist schoolchildren displaced wife wives husband husbands son sons daughter
    daughters mother mothers father fathers brother brothers sister sisters relatives relative
    """.split()
)
# Words before a noun that make the victims civilians: "civilian deaths", "displaced people".
CIVILIAN_MODIFIERS = frozenset("civilian civilians displaced unarmed".split())
# "members of one family", "family members": relatives are civilians.
FAMILY_NOUNS = frozenset("family families relatives relative".split())

# Combatants without an owner in the text belong to the side that reports them
# ("the navy said 12 sailors were killed") or to the story's force of their kind.
STATE_COMBATANTS = frozenset(
    """
    soldiers soldier troops troop servicemen serviceman officers officer policemen policeman police
    personnel marines sailors pilots guards recruits conscripts conscript paratroopers trooper troopers
    constables constable
    """.split()
)
NONSTATE_COMBATANTS = frozenset(
    """
    fighters fighter militants militant rebels rebel insurgents insurgent combatants militiamen
    jihadists jihadist gunmen gunman assailants assailant attackers attacker bandits bandit terrorists
    terrorist guerrillas guerrilla bombers bomber
    """.split()
)
# Words before a combatant noun that say whose force it is: "junta fighters", "government
# soldiers" are the state's; "rebel soldiers", "militia fighters" an armed group's.
STATE_MODIFIERS = frozenset("junta army military government regime federal state police security".split())
NONSTATE_MODIFIERS = frozenset(
    "rebel rebels militia insurgent jihadist resistance guerrilla opposition separatist".split()
)
COMBATANT_NOUNS = STATE_COMBATANTS | NONSTATE_COMBATANTS
# Words that describe only part of the victims: "41 people, half of them pupils".
PART_WORDS = frozenset("most many some half several majority".split())
# Victims whose side is in doubt: "suspected militants", "alleged rebels".
DOUBT_MODIFIERS = frozenset("suspected alleged purported presumed supposed".split())
# Pronouns whose victims are named earlier: "shot 18 of them".
PLURAL_PRONOUNS = frozenset("them they those these".split())
# Victims named by no noun of their own: "eight others", "four more", "35 wounded".
BARE_VICTIMS = frozenset("others other more ones".split())
# Police nouns go to a police force where the story has one: "eight policemen".
POLICE_NOUNS = frozenset("police policemen policeman officers officer constables constable".split())

# -- quantities ---------------------------------------------------------------------------------------

# Approximation words before a number.
APPROX_BEFORE = {
    ("at", "least"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least",
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
    ("an", "average", "of"): "about",
    ("up", "to"): "up_to",
    ("as", "many", "as"): "up_to",
    ("as", "much", "as"): "up_to",
    ("as", "high", "as"): "up_to",
    ("at", "most"): "up_to",
    ("no", "more", "than"): "up_to",
    ("fewer", "than"): "up_to",
    ("less", "than"): "up_to",
    ("not", "as", "high", "as"): "up_to",
    ("under",): "up_to",
}
# A range: "between 8 and 11", "16 to 19", "40-45", "20 or 30".
RANGE_WORDS = frozenset({"and", "to", "-", "–", "—", "or"})

# Size words with no number: "scores wounded", "hundreds of households", "several", "many".
VAGUE_QUANTITIES = frozenset(
    "dozens hundreds thousands tens scores several many numerous most countless multiple few".split()
)
# Size words that are vague only when no number follows: "some guards", "some of the hostages"
# (but "some 70" is about 70), "others", "half of those hurt".
VAGUE_DETERMINERS = frozenset("some others half majority more".split())
# The least a size word allows, to tell a headline's "Scores killed" from a body's "at least 47".
VAGUE_MINIMUM = {
    "several": 3,
    "many": 2,
    "numerous": 2,
    "multiple": 2,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
}
# "a number of villagers" is vague; "an undisclosed number of raiders" is unquantified.
NUMBER_OF_NOUNS = frozenset("number numbers handful".split())
UNSPECIFIED_WORDS = frozenset("unspecified unknown undisclosed undetermined unconfirmed".split())
# "a dozen" is twelve; "dozens" is vague.
NUMBER_NOUNS = {"dozen": 12, "score": 20, "couple": 2}
# "a man", "one fighter", "the officer": one victim.
ONE_WORDS = frozenset("a an one another".split())
# A pronoun of one more victim: "one was killed and another was missing".
ANOTHER_WORDS = frozenset("another".split())
SINGLE_DETERMINERS = frozenset("the this that".split())

# Words that count as a number's own unit and so are never people: "40 hours", "10 pm".
NON_PERSON_UNITS = frozenset(
    """
    hour hours day days week weeks month months year years minute minutes pm am km kilometres kilometers
    miles mile percent per cent dollars euros times attacks attack strikes
    """.split()
)

# Determiners that make a toll zero: "no casualties", "no guards were killed"; "any" only under
# a negation ("did not harm any of the crew", "denied that any guards were seized").
ZERO_DETERMINERS = frozenset("no none nobody no-one noone".split())
# "without any casualties": a count of 0.
WITHOUT_WORDS = frozenset("without".split())
# "not a single soldier", "not one civilian": a count of 0.
NOT_WORDS = frozenset("not".split())
SINGLE_WORDS = frozenset("a single one".split())
ANY_WORDS = frozenset("any".split())
NEGATIONS = frozenset("not n't never no".split())
NEGATING_VERBS = frozenset("deny reject dismiss refute".split())

# Claims of responsibility own an act, not a figure: "the cell claimed the raid, which killed 13".
RESPONSIBILITY_CUES = frozenset("claim".split())

# -- running totals -----------------------------------------------------------------------------------

# Words that make a figure a running or cumulative total, not one event's toll: the ledger does not
# compare such a total with a day's figure.
RUNNING_TOTAL_PHRASES = (
    "since",
    "so far",
    "to date",
    "in total",
    "in all",
    "overall",
    "altogether",
    "cumulative",
    "over the past",
    "in the past",
    "this year",
    "this month",
    "throughout",
    "running total",
)

# -- sides --------------------------------------------------------------------------------------------

# The opposing side, said from the claimant's point of view.
OTHER_SIDE_PHRASES = ("other side", "enemy", "the other party", "opposing side")
BOTH_SIDES_PHRASES = ("both sides", "both parties", "the two sides", "each side")

# Subsets: "including four pupils", "among them two women", "X were among the dead",
# "the injured included eight tourists".
SUBSET_PREPOSITIONS = frozenset("including among".split())
# "Of the 34 wounded, 22 were ...": a fronted partitive whose parts follow the verb "be".
PARTITIVE_PREPOSITIONS = frozenset("of".split())
INCLUDE_VERBS = frozenset("include".split())
# More victims of the same harm: "along with two gunmen", "together with 11 parishioners".
ALONG_WORDS = frozenset("along together".split())
