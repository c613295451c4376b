"""Casualty figures by phenomenon of real reporting, on sentences written for the tests: lists of
victims, parts of a toll, combined categories, nominal and idiomatic harm, categories beyond
killed and wounded, single victims, vague and ranged amounts, what is not a figure, repeats, and
whose figure it is. Each case lists every figure the text must give, and nothing else."""

from __future__ import annotations

import pytest
from figures import F, check_figures

ITEMISED = [
    (
        "Three farmers and a policeman died in the ambush.",
        [F(snip="Three", count=3, party="civilians"), F(snip="a policeman", count=1, category="killed")],
    ),
    (
        "Doctors said seven women, four children and two men had died.",
        [
            F(snip="seven", count=7, party=None),
            F(snip="four children", count=4, party="civilians"),
            F(snip="two men", count=2, party=None),
        ],
    ),
    (
        "The injured included 14 citizens of one state, five of another and three of a third.",
        [
            F(snip="14", count=14, category="wounded"),
            F(snip="five of another", count=5, category="wounded"),
            F(snip="three of a third", count=3, category="wounded"),
        ],
    ),
    (
        "The explosion injured 31 guests, including 18 of one nation and nine of another.",
        [F(snip="31", count=31), F(snip="18", count=18), F(snip="nine", count=9, category="wounded")],
    ),
    (
        "The kidnappers seized a nurse along with 12 patients.",
        [F(snip="nurse", count=1, category="captured"), F(snip="12 patients", count=12, category="captured")],
    ),
]

SUBSETS = [
    (
        "The shelling killed 26 people, including four pupils.",
        [F(snip="26", count=26), F(snip="four pupils", count=4, party="civilians")],
    ),
    (
        "At least two nurses were among those hurt.",
        [F(snip="two", count=2, approx="at_least", category="wounded", party="civilians")],
    ),
    ("Among the injured was a teacher.", [F(snip="teacher", count=1, category="wounded", party="civilians")]),
    # A part and its whole, in each of the ways the parser hangs the second number.
    ("Fourteen of the 38 dead were children.", [F(snip="Fourteen", count=14), F(snip="38 dead", count=38)]),
    ("Eight of the 21 dead were pupils.", [F(snip="Eight", count=8), F(snip="21 dead", count=21)]),
    ("Nine of the 27 dead were children.", [F(snip="Nine", count=9), F(snip="27 dead", count=27)]),
    (
        "The fire killed at least six people, among them three infants, and wounded dozens.",
        [
            F(snip="six", count=6, party=None),
            F(snip="three infants", count=3, party="civilians"),
            F(snip="dozens", category="wounded", party=None),
        ],
    ),
    ("Among the victims were several pupils.", [F(snip="several", approx="vague", party="civilians")]),
    (
        "Several of the wounded were schoolchildren.",
        [F(snip="Several", count=None, approx="vague", party="civilians")],
    ),
    (
        "About half of those injured were miners, the union said.",
        [F(snip="half", count=None, approx="vague", category="wounded")],
    ),
    (
        "Medics were treating 58 wounded people, 11 of them children.",
        [F(snip="58", count=58, category="wounded"), F(snip="11", count=11, category="wounded")],
    ),
    (
        "At least 26 others were treated for burns, several of them in a critical condition.",
        [F(snip="26", count=26, category="wounded"), F(snip="several", approx="vague", category="wounded")],
    ),
    # A fronted partitive: the whole first, its parts after "were".
    (
        "Of the dead, 12 were soldiers and three were civilians.",
        [F(snip="12", count=12, category="killed"), F(snip="three", count=3, party="civilians")],
    ),
    (
        "Of the 20 people killed, seven were children.",
        [F(snip="20", count=20, category="killed"), F(snip="seven", count=7, category="killed")],
    ),
]

COMBINED = [
    # Harm words on both sides of a number are two figures, not one combined.
    (
        "The governor put the toll at 20 killed and 41 wounded.",
        [F(snip="20", count=20, category="killed"), F(snip="41", count=41, category="wounded")],
    ),
    (
        "There were six killed and 19 wounded.",
        [F(snip="six", count=6, category="killed"), F(snip="19", count=19, category="wounded")],
    ),
    (
        "The ministry said the brigade had lost up to 145 servicemen killed or wounded.",
        [F(snip="145", count=145, approx="up_to", category="losses")],
    ),
    ("The mortar fire killed or injured 45 villagers.", [F(snip="45", count=45, category="losses")]),
    (
        "Raiders killed and wounded scores of farmers.",
        [F(snip="scores", count=None, approx="vague", category="losses", party="civilians")],
    ),
    ("The bombardment caused scores of deaths and injuries.", [F(snip="scores", category="losses")]),
    (
        "The army has killed and detained scores of suspected bandits.",
        [F(snip="killed and", category="killed", count=None), F(snip="detained", category="arrested")],
    ),
]

NOMINAL = [
    ("The navy confirmed the death of a senior officer.", [F(snip="death", count=1, category="killed")]),
    ("Rebels announced the execution of three hostages.", [F(snip="three", count=3, category="killed")]),
    ("The port mourned the loss of 14 sailors.", [F(snip="14", count=14, category="killed")]),
    ("Seven guards were martyred at the checkpoint.", [F(snip="Seven", count=7, category="killed")]),
    (
        "Thirteen migrants perished when the dinghy capsized.",
        [F(snip="Thirteen", count=13, category="killed")],
    ),
    ("The killing of two protesters sparked riots.", [F(snip="two", count=2, category="killed")]),
    ("Two watchmen were shot dead.", [F(snip="Two", count=2, category="killed")]),
    ("A tailor was gunned down outside his workshop.", [F(snip="tailor", count=1, category="killed")]),
    ("Medics said 19 dead had been counted.", [F(snip="19", count=19, category="killed")]),
    ("The death toll rose to 38 on Thursday.", [F(snip="38", count=38, category="killed")]),
    ("The death toll has reached 64.", [F(snip="64", count=64, category="killed")]),
    ("The toll might climb as high as 90.", [F(snip="90", count=90, approx="up_to")]),
    ("Officials fear the toll may climb to as many as 75.", [F(snip="75", count=75, approx="up_to")]),
    (
        "Doctors put the toll at nine killed and 23 wounded.",
        [F(snip="nine", count=9, category="killed"), F(snip="23", count=23, category="wounded")],
    ),
    ("The feud has cost more than 900 lives.", [F(snip="900", count=900, approx="more_than")]),
    ("The riots left 23 miners dead.", [F(snip="23", count=23, category="killed")]),
    (
        "The raid left at least 14 dead and 22 wounded.",
        [F(snip="14", count=14, category="killed"), F(snip="22", count=22, category="wounded")],
    ),
    ("Six miners lost their lives.", [F(snip="Six", count=6, category="killed")]),
    ("Medics said the number of dead had risen to 38.", [F(snip="38", count=38, category="killed")]),
    ("The agency put the number of wounded at 85.", [F(snip="85", count=85, category="wounded")]),
    ("We buried 13 people yesterday.", [F(snip="13", count=13, category="killed")]),
    (
        "The shell killed a couple and their two sons.",
        [F(snip="couple", count=2, category="killed"), F(snip="two", count=2, party="civilians")],
    ),
    (
        "The defence staff said the campaign brought total enemy losses since the spring to more than 7,000.",
        [F(snip="7,000", count=7_000, approx="more_than", category="losses")],
    ),
    ("Forty-two people were feared dead.", [F(snip="Forty-two", count=42, category="killed")]),
    ("Divers recovered the bodies of 17 victims.", [F(snip="17", count=17, category="killed")]),
    ("The ministry confirmed the death of Jan Novak.", [F(snip="Jan Novak", count=1, category="killed")]),
    (
        "Several of the dead had been shot in the back.",
        [F(snip="Several", count=None, approx="vague", category="killed")],
    ),
    ("A bomb exploded near the depot on Friday, killing 13.", [F(snip="13", count=13, category="killed")]),
    ("Volunteers counted at least 29 bodies in the warehouse.", [F(snip="29", count=29, approx="at_least")]),
]

CATEGORIES = [
    ("The offensive has displaced at least 4,500 people.", [F(snip="4,500", category="displaced")]),
    ("About 180 families fled their villages.", [F(snip="180", category="displaced", party="civilians")]),
    ("About 2,150 people were seeking shelter in the stadium.", [F(snip="2,150", category="displaced")]),
    ("Some 9,000 have fled across the border.", [F(snip="9,000", count=9_000, category="displaced")]),
    ("Forty villagers fled the valley.", [F(snip="Forty", count=40, category="displaced")]),
    ("Eleven ferrymen were reported missing.", [F(snip="Eleven", count=11, category="missing")]),
    ("Two guards were hit by mortar fire.", [F(snip="Two", count=2, category="losses")]),
    (
        "Two engineers, whose fate is unknown, were last seen in April.",
        [F(snip="Two", count=2, category="missing")],
    ),
    ("Police detained 17 suspects.", [F(snip="17", count=17, category="arrested")]),
    ("Police arrested two suspected accomplices.", [F(snip="two", count=2, category="arrested")]),
    ("Police said 17 suspects had been taken into custody.", [F(snip="17", count=17, category="arrested")]),
    ("Two wounded constables succumbed to their injuries.", [F(snip="Two", count=2, category="killed")]),
    ("Two soldiers embraced martyrdom in the raid.", [F(snip="Two", count=2, category="killed")]),
    (
        "One guard was killed and another was still missing.",
        [F(snip="One", count=1, category="killed"), F(snip="another", count=1, category="missing")],
    ),
    ("An assault was repulsed without any casualties.", [F(snip="without", count=0, category="losses")]),
    (
        "The hospital received the bodies of six policemen and 14 injured people.",
        [F(snip="six", count=6, category="killed"), F(snip="14", count=14, category="wounded")],
    ),
    ("Hundreds of people fled the fighting.", [F(snip="Hundreds", approx="vague", category="displaced")]),
    ("A few guards suffered minor injuries.", [F(snip="few", approx="vague", category="wounded")]),
    ("The group acknowledged losses among its own fighters.", [F(snip="losses", category="losses")]),
    (
        "The province already hosts roughly one million displaced people.",
        [F(snip="one million", count=1_000_000, approx="about", category="displaced")],
    ),
    (
        "The rebels showed reporters 14 sailors they say they have seized.",
        [F(snip="14", count=14, category="captured")],
    ),
    (
        "Bandits took away 26 pupils from the dormitory.",
        [F(snip="26", category="captured", party="civilians")],
    ),
    ("Some 70 engineers were taken hostage.", [F(snip="70", count=70, approx="about", category="captured")]),
    ("Police arrested 45 protesters.", [F(snip="45", count=45, category="arrested", party=None)]),
    (
        "Two battalions had surrendered.",
        [F(snip="battalions", count=None, approx="vague", category="captured")],
    ),
    ("Several drivers were taken to a clinic.", [F(snip="Several", approx="vague", category="wounded")]),
    ("The shelling caused no casualties.", [F(snip="no casualties", count=0, category="losses")]),
    ("No sailors were hurt, the ministry said.", [F(snip="No sailors", count=0, claimed_by="ministry")]),
    ("The navy denied that any sailors had been seized.", [F(snip="any", count=0, category="captured")]),
    ("There were no confirmed deaths in the district.", [F(snip="no confirmed deaths", count=0)]),
    ("Not a single soldier was killed in the raid.", [F(snip="Not a single", count=0, category="killed")]),
    ("Not one civilian was hurt.", [F(snip="Not one", count=0, category="wounded")]),
    ("Between 12 and 15 herders were still unaccounted for.", [F(snip="12", category="missing")]),
    (
        "Nearly 12 million people have been forced from their homes.",
        [F(snip="12 million", count=12_000_000, approx="about", category="displaced")],
    ),
    (
        "The insurgency has killed 6,200 people and driven about a million from their homes.",
        [F(snip="6,200", count=6_200), F(snip="a million", count=1_000_000, category="displaced")],
    ),
]

SINGLE = [
    ("A visiting tourist was hurt in the blast.", [F(snip="tourist", count=1, category="wounded")]),
    ("Her brother was shot dead at a roadblock.", [F(snip="brother", count=1, category="killed")]),
    (
        "A guard shot in the arm was carried to a clinic.",
        [F(snip="guard", count=1, category="wounded")],
    ),
    (
        # The same, parsed with "shot" as a noun the fighter hangs on.
        "A fighter shot in the arm was dragged to the truck.",
        [F(snip="fighter", count=1, category="wounded")],
    ),
    ("Neighbours carry a wounded student along the street.", [F(snip="student", count=1)]),
    ("A Bolivian official was detained on Tuesday.", [F(snip="official", count=1, category="arrested")]),
    (
        "A student was led away after she was hurt.",
        [F(snip="A student", count=1, category="wounded")],
    ),
    (
        "Wounded: A boy waits at a field clinic\n\nShelling hit the town on Friday, officials said.\n",
        [F(snip="A boy", count=1, category="wounded", party="civilians")],
    ),
]

VAGUE_AND_RANGES = [
    ("Scores were reported wounded.", [F(snip="Scores", count=None, approx="vague")]),
    ("Others appeared wounded.", [F(snip="Others", count=None, approx="vague", category="wounded")]),
    ("A number of injured were taken to a clinic.", [F(snip="number", count=None, approx="vague")]),
    ("The real toll was far greater, villagers said.", [F(snip="far greater", count=None, approx="vague")]),
    ("Many more corpses were dug from the mud.", [F(snip="more corpses", count=None, approx="vague")]),
    (
        "The navy said it killed an undisclosed number of gunmen.",
        [F(snip="undisclosed", count=None, approx="unquantified")],
    ),
    (
        "Between 12 and 16 guards were killed.",
        [F(snip="12 and 16", count=None, count_low=12, count_high=16, approx="about")],
    ),
    (
        "Police said between 8 and 11 raiders were likewise killed during the clash.",
        [F(snip="8 and 11", count=None, count_low=8, count_high=11, category="killed")],
    ),
    ("Between 16 to 19 people died.", [F(snip="16", count=None, count_low=16, count_high=19)]),
    (
        "The militia said 40-45 fighters died and 110-130 were wounded.",
        [
            F(snip="40-45", count=None, count_low=40, count_high=45, category="killed"),
            F(snip="110-130", count=None, count_low=110, count_high=130, category="wounded"),
        ],
    ),
    (
        "At least 15-25 villagers were shot dead.",
        [F(snip="15-25", count_low=15, count_high=25, approx="at_least")],
    ),
    ("Forty two sailors were killed.", [F(snip="Forty two", count=42)]),
    ("Fewer than 20 of its guards died.", [F(snip="20", count=20, approx="up_to")]),
]

# Phenomena from the fifth held-out batch, in sentences of our own.
AFTERMATH = [
    (
        "The doctor said the clinic had received the bodies of 13 people, among them four women, "
        "and was treating 22 wounded.",
        [
            F(snip="13", count=13, category="killed"),
            F(snip="four women", count=4, category="killed"),
            F(snip="22 wounded", count=22, category="wounded"),
        ],
    ),
    (
        "At least 16 people have been killed, a doctor said. Among them was a 12-year-old boy.",
        [F(snip="16", count=16, category="killed"), F(snip="boy", count=1, category="killed")],
    ),
    (
        "The blast hit the market, leaving at least 19 people dead and 30 wounded.",
        [F(snip="19", count=19, category="killed"), F(snip="30 wounded", count=30, category="wounded")],
    ),
    (
        "The clinic said 40 people were wounded and two of the wounded died overnight.",
        [
            F(snip="40", count=40, category="wounded"),
            F(snip="two of the wounded died", count=2, category="killed"),
        ],
    ),
    (
        "Police said they had arrested five suspected facilitators.",
        [F(snip="five", count=5, category="arrested")],
    ),
    (
        "The army said six soldiers were killed and several others abducted.",
        [
            F(snip="six", count=6, category="killed"),
            F(snip="several others", count=None, category="captured"),
        ],
    ),
    (
        "The gunmen seized two gendarmes near the border.",
        [F(snip="two gendarmes", count=2, category="captured")],
    ),
    (
        'The group said its fighters had killed 31 "occupation personnel", among them 18 policemen, '
        'and had taken 12 "spies" prisoner.',
        [
            F(snip="31", count=31, category="killed"),
            F(snip="18 policemen", count=18, category="killed"),
            F(snip="12", count=12, category="captured"),
        ],
    ),
    (
        "KEY POINTS\n- No soldiers killed, army says\n- Roads closed\n\n"
        "No soldiers were killed in the raid on the camp, the army said on Monday.",
        [F(snip="No soldiers were killed", count=0, category="killed")],
    ),
    ("Police said nobody was hurt in the blast.", [F(snip="nobody", count=0, category="wounded")]),
    (
        "Five men were shot dead at the checkpoint. A sixth man was wounded.",
        [F(snip="Five", count=5, category="killed"), F(snip="sixth man", count=1, category="wounded")],
    ),
    (
        '"There was not a single civilian casualty in that operation," the spokesman said.',
        [F(snip="civilian casualty", count=0, category="losses")],
    ),
]

# Humanitarian and translated wording: arrivals and crossings, victims counted by a verb of
# their own, "fell as martyrs", "slaughtered", forces called "elements", two acts in one phrase.
WORDINGS = [
    (
        "More than 4,300 people have crossed into Chad since the raids began.",
        [F(snip="4,300", count=4300, category="displaced")],
    ),
    (
        "About 300 families crossed into the next district.",
        [F(snip="300 families", count=300, category="displaced")],
    ),
    (
        "Officials said 2,740 new arrivals were registered at the Ouro transit site.",
        [F(snip="2,740", count=2740, category="displaced")],
    ),
    (
        "Witnesses said the dead numbered more than 70.",
        [F(snip="70", count=70, approx="more_than", category="killed")],
    ),
    (
        "The communique said six soldiers fell as martyrs in the clashes.",
        [F(snip="six soldiers", count=6, category="killed")],
    ),
    ("Gunmen slaughtered 19 herders near the well.", [F(snip="19 herders", count=19, category="killed")]),
    (
        "The army said it killed more than 25 of the militia elements.",
        [F(snip="25", count=25, approx="more_than", category="killed")],
    ),
    (
        "The blast led to the death of two guards and the injury of 17 others.",
        [F(snip="two guards", count=2, category="killed"), F(snip="17 others", count=17, category="wounded")],
    ),
]

# "N of them", "N of whom" beside a figure or opening the next sentence: part of it; "one of them
# said" is a speaker, not a part.
PARTS_OF_THEM = [
    (
        "The clinic treated 160 people for burns, 27 of whom required surgery.",
        [F(snip="160", count=160, category="wounded"), F(snip="27", count=27, category="wounded")],
    ),
    (
        "The clinic has received 38 wounded. Nine of them are children.",
        [
            F(snip="38", count=38, category="wounded"),
            F(snip="Nine", count=9, category="wounded", party="civilians"),
        ],
    ),
    (
        "Police arrested 14 men. One of them said he had been beaten.",
        [F(snip="14", count=14, category="arrested")],
    ),
]

CASES = (
    ITEMISED
    + SUBSETS
    + COMBINED
    + NOMINAL
    + CATEGORIES
    + SINGLE
    + VAGUE_AND_RANGES
    + AFTERMATH
    + WORDINGS
    + PARTS_OF_THEM
)

NOT_FIGURES = [
    "The hospital gave no figure for the number of casualties.",
    "Casualty: the ferry terminal after the fire",
    "People died and women and children were hurt.",
    "Two fled over the wall before the guards arrived.",
    "The envoy urged the factions to stop killing civilians.",
    "It is not known how many miners died.",
    "The displaced families reached the shelter after the rain stopped.",
    "The website publishes data about casualties in the region.",
    "Rebels captured two depots and 35 trucks.",
    "Gunners shot down three drones over the port.",
    "The true toll is expected to be greater.",
    "The number of dead is not known.",
    "The shell hit a clinic housing 140 patients.",
    "Three sheds were hit when the storm struck on 9 October.",
    "The raiders seized rifles and two jeeps.",
    "The militia freed nine hostages on Friday.",
    "Two men were seen fleeing the scene.",  # fleeing a place is not displacement
    "They cannot win without losses.",  # a generic "without" is no zero
    "He succumbed to pressure and resigned.",
    "The family had moved into the school after fleeing the north.",  # a family is not one person
    "Two smugglers crossed the border at night.",  # crossing is displacement only for many
    "About 5,000 troops crossed into the province on Monday.",  # a force moving is no displacement
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_figures_of_each_phenomenon(read_text, text, expected):
    check_figures(text, read_text(text).casualty_records, expected)


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_what_is_not_a_figure(read_text, text):
    assert read_text(text).casualty_records == (), text


PARTIES = [
    (
        "The Turkish army said it killed 14 PKK fighters and lost three soldiers, with five others wounded.",
        [
            F(snip="14", party="PKK", claimed_by="Turkish army"),
            F(snip="three soldiers", party="Turkish army"),
            F(snip="five others", party="Turkish army", category="wounded"),
        ],
    ),
    (
        "Six soldiers were killed and 13 others wounded, the Chadian army said.",
        [F(snip="Six", party="Chadian army"), F(snip="13", party="Chadian army", claimed_by="Chadian army")],
    ),
    (
        "Belgian peacekeeping forces patrol the district. A Belgian soldier died in an ambush in June.",
        [F(snip="soldier", count=1, party="Belgian peacekeeping forces")],
    ),
    (
        "The army said bandits ambushed some Chadian soldiers guarding a pipeline and killed 18 of them.",
        [F(snip="18", count=18, party="Chadian soldiers")],
    ),
    (
        "The army said the raids killed and detained dozens of suspected members of the PKK.",
        [F(snip="killed and", party=None), F(snip="detained", party=None)],
    ),
    (
        "At least six displaced herders were shot dead near the well.",
        [F(snip="six", party="civilians")],
    ),
    (
        "The bandits opened fire on Chadian soldiers guarding a party of pilgrims and killed 18 of them.",
        [F(snip="18", count=18, party="Chadian soldiers")],
    ),
    (
        "Police said gunmen stopped a bus carrying pilgrims and killed nine of them.",
        [F(snip="nine", count=9, party="civilians")],
    ),
    (
        "The Peruvian army said the Shining Path never wounded any of its soldiers.",
        [F(snip="any", count=0, category="wounded", party="Peruvian army")],
    ),
    (
        "The Chadian army said three of the passengers, off-duty soldiers, were killed.",
        [F(snip="three", count=3, party="Chadian army")],
    ),
    (
        "The Turkish army and Dutch forces were deployed. A Dutch soldier was killed on Monday.",
        [F(snip="soldier", count=1, party="Dutch forces")],
    ),
    (
        "The PKK claimed the bombing, which killed 13 soldiers.",
        [F(snip="13", count=13, claimed_by=None)],
    ),
    (
        "The PKK claimed to have killed 37 soldiers.",
        [F(snip="37", count=37, claimed_by="PKK")],
    ),
    (
        "The garrison commander, Pavel Orlov, alleged that the rocket fired at the pier caused no"
        " casualties, TASS reported.",
        [F(snip="no casualties", count=0, claimed_by="Pavel Orlov")],
    ),
    (
        "There were no casualties among our troops, the Chadian army said.",
        [F(snip="no casualties", count=0, category="losses", party="Chadian army")],
    ),
    (
        "The Chadian army denied reports that 35 soldiers were killed.",
        [F(snip="35", count=35, party="Chadian army", claimed_by=None)],
    ),
]


def test_soldiers_are_the_forces_of_the_storys_own_country(read_text):
    text = (
        "Chad's government said the raid was repelled. Chad's army reported that 12 soldiers died, "
        "and Belgian forces said one of their drones was hit."
    )
    figures = read_text(text).casualty_records
    assert [f.count for f in figures] == [12]
    assert "chad" in figures[0].party.lower() and "belgian" not in figures[0].party.lower()


@pytest.mark.parametrize(("text", "expected"), PARTIES, ids=[c[0][:48] for c in PARTIES])
def test_whose_figure_it_is(read_text, text, expected):
    check_figures(text, read_text(text).casualty_records, expected)


REPEATS = [
    (
        "Truck bomb kills 23 in port city\n\nA truck bomb killed at least 23 people in the port city on"
        " Thursday, police said.\n",
        [F(snip="at least 23", count=23, approx="at_least")],
    ),
    (
        "Shelling kills dozens, medics say\n\nArtillery fire killed at least 47 people, medics said.\n",
        [F(snip="47", count=47)],
    ),
    (
        "Scores feared dead after ambush\n\nSeven guards died in the ambush, police said.\n",
        [F(snip="Scores", count=None, approx="vague"), F(snip="Seven", count=7)],
    ),
    (
        "Rosa Mendez said 19 people died at the bus depot.\n\nThe bomb exploded at dawn. All 19 people"
        " died instantly, Mendez said.\n",
        [F(snip="19", count=19, claimed_by="Rosa Mendez")],
    ),
    (
        "A gunman killed 11 people and wounded dozens more inside the mall.\n\nHorror: A gunman has killed 11"
        " people and wounded 40\n\nThe mall was closed for the week.\n",
        [F(snip="11", count=11), F(snip="dozens", approx="vague"), F(snip="40", count=40, text="wounded 40")],
    ),
]


def test_another_voice_telling_a_figure_again_is_another_entry(read_text):
    text = (
        "A police spokesman, Karim Haddad, said 19 people died at the depot.\n\nA hospital director,"
        " Rosa Mendez, said 19 people died.\n"
    )
    figures = read_text(text).casualty_records
    assert [f.count for f in figures] == [19, 19]
    assert [f.claimed_by for f in figures] == ["Karim Haddad", "Rosa Mendez"]


@pytest.mark.parametrize(("text", "expected"), REPEATS, ids=[c[0][:48] for c in REPEATS])
def test_a_figure_told_again_is_one_entry(read_text, text, expected):
    check_figures(text, read_text(text).casualty_records, expected)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tens of  thousands of people fled the fighting, aid groups said.", "tens of thousands"),
        ("Dozens were wounded in the shelling.", "dozens"),
        ("At least 40 were wounded in the shelling.", None),
    ],
)
def test_a_figure_records_its_size_in_words_once(read_text, text, words):
    (figure,) = read_text(text).casualty_records
    assert figure.size_word == words
