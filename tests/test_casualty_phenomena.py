"""Casualty figures by phenomenon of real reporting, on sentences written for the tests: lists of
victims, parts of a toll, combined categories, nominal and idiomatic harm, categories beyond
killed and wounded, single victims, vague and ranged amounts, what is not a figure, repeats, and
whose figure it is. Each case lists every figure the text must give, and nothing else."""

from __future__ import annotations

import pytest
from figures import F, check_figures

ITEMISED = [
    (
        "Four villagers and a soldier were killed in the raid.",
        [F(snip="Four", count=4, party="civilians"), F(snip="a soldier", count=1, category="killed")],
    ),
    (
        "Officials said nine women, six children and three men had died.",
        [
            F(snip="nine", count=9, party=None),
            F(snip="six children", count=6, party="civilians"),
            F(snip="three men", count=3, party=None),
        ],
    ),
    (
        "The wounded included 11 nationals of one country, four of another and two of a third.",
        [
            F(snip="11", count=11, category="wounded"),
            F(snip="four of another", count=4, category="wounded"),
            F(snip="two of a third", count=2, category="wounded"),
        ],
    ),
    (
        "The blast wounded 24 people, including 13 of one country and seven of another.",
        [F(snip="24", count=24), F(snip="13", count=13), F(snip="seven", count=7, category="wounded")],
    ),
    (
        "The gunmen abducted a teacher along with 15 staff.",
        [F(snip="teacher", count=1, category="captured"), F(snip="15 staff", count=15, category="captured")],
    ),
]

SUBSETS = [
    (
        "The blast killed 30 people, including five children.",
        [F(snip="30", count=30), F(snip="five children", count=5, party="civilians")],
    ),
    (
        "At least three teachers were among those killed.",
        [F(snip="three", count=3, approx="at_least", category="killed", party="civilians")],
    ),
    ("Among the dead was a nurse.", [F(snip="nurse", count=1, category="killed", party="civilians")]),
    (
        "Nineteen of the 45 dead were children.",
        [F(snip="Nineteen", count=19), F(snip="the 45 dead", count=45)],
    ),
    (
        "The explosion killed at least five people, among them two children, and wounded dozens.",
        [
            F(snip="five", count=5, party=None),
            F(snip="two children", count=2, party="civilians"),
            F(snip="dozens", category="wounded", party=None),
        ],
    ),
    ("Among the victims were several children.", [F(snip="several", approx="vague", party="civilians")]),
    ("Many of the injured were children.", [F(snip="Many", count=None, approx="vague", party="civilians")]),
    (
        "More than half of those killed were fighters, the monitor said.",
        [F(snip="half", count=None, approx="vague", category="killed")],
    ),
]

COMBINED = [
    ("The shelling killed or wounded 40 people.", [F(snip="40", count=40, category="losses")]),
    (
        "Militants killed and injured dozens of villagers.",
        [F(snip="dozens", count=None, approx="vague", category="losses", party="civilians")],
    ),
    ("The raids caused dozens of deaths and injuries.", [F(snip="dozens", category="losses")]),
    (
        "Pakistan has killed and arrested hundreds of suspected militants.",
        [F(snip="killed and", category="killed", count=None), F(snip="arrested", category="arrested")],
    ),
]

NOMINAL = [
    ("The army confirmed the death of a senior commander.", [F(snip="death", count=1, category="killed")]),
    ("Rebels announced the execution of four prisoners.", [F(snip="four", count=4, category="killed")]),
    ("The town mourned the loss of 12 soldiers.", [F(snip="12", count=12, category="killed")]),
    ("Nine soldiers were martyred in the attack.", [F(snip="Nine", count=9, category="killed")]),
    ("Eleven people perished when the boat sank.", [F(snip="Eleven", count=11, category="killed")]),
    ("The killing of three protesters sparked outrage.", [F(snip="three", count=3, category="killed")]),
    ("Two guards were shot dead.", [F(snip="Two", count=2, category="killed")]),
    ("A shopkeeper was gunned down outside his store.", [F(snip="shopkeeper", count=1, category="killed")]),
    ("Police said 14 dead had been counted.", [F(snip="14", count=14, category="killed")]),
    ("The death toll rose to 31 on Monday.", [F(snip="31", count=31, category="killed")]),
    ("The death toll has reached 57.", [F(snip="57", count=57, category="killed")]),
    ("The toll could rise to as high as 45.", [F(snip="45", count=45, approx="up_to")]),
    (
        "Officials put the toll at eight killed and 25 wounded.",
        [F(snip="eight", count=8, category="killed"), F(snip="25", count=25, category="wounded")],
    ),
    ("The war has claimed more than 5,000 lives.", [F(snip="5,000", count=5000, approx="more_than")]),
    ("Clashes left 20 people dead.", [F(snip="20", count=20, category="killed")]),
    (
        "The attack left at least 12 dead and 30 wounded.",
        [F(snip="12", count=12, category="killed"), F(snip="30", count=30, category="wounded")],
    ),
    ("Eight soldiers lost their lives.", [F(snip="Eight", count=8, category="killed")]),
    ("Officials said the number of dead had risen to 52.", [F(snip="52", count=52, category="killed")]),
    ("The ministry put the number of wounded at 120.", [F(snip="120", count=120, category="wounded")]),
    ("We buried 20 people this morning.", [F(snip="20", count=20, category="killed")]),
    (
        "The strike killed a couple and their three children.",
        [F(snip="couple", count=2, category="killed"), F(snip="three", count=3, party="civilians")],
    ),
    (
        "The general staff said the fighting brought total Russian losses since the invasion to more"
        " than 500,000.",
        [F(snip="500,000", count=500_000, approx="more_than", category="losses")],
    ),
    ("Thirty-one people were feared dead.", [F(snip="Thirty-one", count=31, category="killed")]),
    ("Rescuers recovered the bodies of 12 victims.", [F(snip="12", count=12, category="killed")]),
    ("Monitors counted at least 35 bodies in the mosque.", [F(snip="35", count=35, approx="at_least")]),
]

CATEGORIES = [
    ("The fighting has displaced at least 3,000 people.", [F(snip="3,000", category="displaced")]),
    ("About 200 families fled their homes.", [F(snip="200", category="displaced", party="civilians")]),
    ("About 3,000 people were seeking shelter in the school.", [F(snip="3,000", category="displaced")]),
    ("Some 20,000 have fled across the border.", [F(snip="20,000", count=20_000, category="displaced")]),
    ("Thirty villagers fled the town.", [F(snip="Thirty", count=30, category="displaced")]),
    ("Nine fishermen were reported missing.", [F(snip="Nine", count=9, category="missing")]),
    ("Three soldiers were hit by sniper fire.", [F(snip="Three", count=3, category="losses")]),
    (
        "Two journalists, whose fate is unknown, were last seen in May.",
        [F(snip="Two", count=2, category="missing")],
    ),
    ("Authorities detained 12 suspects.", [F(snip="12", count=12, category="arrested")]),
    ("Gunmen took away 40 pupils from the school.", [F(snip="40", category="captured", party="civilians")]),
    ("Some 90 others were taken hostage.", [F(snip="90", count=90, approx="about", category="captured")]),
    ("Police arrested 30 protesters.", [F(snip="30", count=30, category="arrested", party=None)]),
    (
        "Three brigades had surrendered.",
        [F(snip="brigades", count=None, approx="vague", category="captured")],
    ),
    ("Several other people were taken to hospital.", [F(snip="Several", approx="vague", category="wounded")]),
    ("The strike caused no casualties.", [F(snip="no casualties", count=0, category="losses")]),
    ("No soldiers were killed, the ministry said.", [F(snip="No soldiers", count=0, claimed_by="ministry")]),
    ("The army denied that any soldiers had been captured.", [F(snip="any", count=0, category="captured")]),
    ("There were no reported deaths in the valley.", [F(snip="no reported deaths", count=0)]),
]

SINGLE = [
    ("A foreign tourist was wounded in the attack.", [F(snip="tourist", count=1, category="wounded")]),
    ("His wife was shot dead at a checkpoint.", [F(snip="wife", count=1, category="killed")]),
    (
        "A fighter shot in the leg was carried to the clinic.",
        [F(snip="fighter", count=1, category="wounded")],
    ),
    ("Supporters carry a wounded protester through the square.", [F(snip="protester", count=1)]),
    ("A Dagestani official was detained on Monday.", [F(snip="official", count=1, category="arrested")]),
    (
        "A man was taken from the crowd after he was injured.",
        [F(snip="A man", count=1, category="wounded")],
    ),
]

VAGUE_AND_RANGES = [
    ("Hundreds have been reported injured.", [F(snip="Hundreds", count=None, approx="vague")]),
    ("Others appeared injured.", [F(snip="Others", count=None, approx="vague", category="wounded")]),
    ("A number of injured were taken to hospital.", [F(snip="number", count=None, approx="vague")]),
    ("The toll was even higher, residents said.", [F(snip="even higher", count=None, approx="vague")]),
    ("Many more bodies were pulled from the river.", [F(snip="more bodies", count=None, approx="vague")]),
    (
        "The army said it killed an unspecified number of militants.",
        [F(snip="unspecified", count=None, approx="unquantified")],
    ),
    (
        "Between 20 and 30 soldiers were killed.",
        [F(snip="20 and 30", count=None, count_low=20, count_high=30, approx="about")],
    ),
    ("Between 17 to 18 people died.", [F(snip="17", count=None, count_low=17, count_high=18)]),
    (
        "The rebels said 60-65 fighters died and 180-200 were wounded.",
        [
            F(snip="60-65", count=None, count_low=60, count_high=65, category="killed"),
            F(snip="180-200", count=None, count_low=180, count_high=200, category="wounded"),
        ],
    ),
    (
        "At least 20-30 civilians were killed.",
        [F(snip="20-30", count_low=20, count_high=30, approx="at_least")],
    ),
    ("Sixty three soldiers were killed.", [F(snip="Sixty three", count=63)]),
    ("Fewer than 30 of their fighters had died.", [F(snip="30", count=30, approx="up_to")]),
]

CASES = ITEMISED + SUBSETS + COMBINED + NOMINAL + CATEGORIES + SINGLE + VAGUE_AND_RANGES

NOT_FIGURES = [
    "Officials gave no figure for the number of casualties.",
    "Casualty: the station entrance after the blast",
    "People were killed and women and children were wounded.",
    "Four fled through a side door before the police arrived.",
    "The United Nations urged all sides to avoid killing innocent people.",
    "It was unclear exactly how many people died there.",
    "Five displaced families arrived at the camp after the storm had passed.".replace(
        "Five displaced families", "The displaced families"
    ),
    "The monitor provides information about casualties on both sides.",
    "Rebels captured three military bases and 40 vehicles.",
    "Jets shot down two drones over the city.",
    "The final toll is likely to be higher.",
    "The number of dead is not known.",
    "The strike hit a school housing 200 people.",
    "Two houses were hit when the quake struck on 28 March.",
    "The rebels seized weapons and three trucks.",
    "The rebels freed 12 hostages on Sunday.",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_figures_of_each_phenomenon(read_text, text, expected):
    check_figures(text, read_text(text).casualty_records, expected)


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_what_is_not_a_figure(read_text, text):
    assert read_text(text).casualty_records == (), text


PARTIES = [
    (
        "The Kenyan army said it killed nine al-Shabaab fighters and lost two soldiers, with four others"
        " wounded.",
        [
            F(snip="nine", party="al-Shabaab", claimed_by="Kenyan army"),
            F(snip="two soldiers", party="Kenyan army"),
            F(snip="four others", party="Kenyan army", category="wounded"),
        ],
    ),
    (
        "Nine soldiers were killed and 14 others wounded, the Malian army said.",
        [F(snip="Nine", party="Malian army"), F(snip="14", party="Malian army", claimed_by="Malian army")],
    ),
    (
        "French counter-insurgency forces patrol the region. A French serviceman was also killed last month.",
        [F(snip="serviceman", count=1, party="French counter-insurgency forces")],
    ),
    (
        "The army said rebels fired on some Nigerian soldiers escorting a convoy and killed 25 of them.",
        [F(snip="25", count=25, party="Nigerian soldiers")],
    ),
    (
        "The army said the raids killed and arrested hundreds of suspected militants of the Islamic State"
        " group.",
        [F(snip="killed and", party=None), F(snip="arrested", party=None)],
    ),
    (
        "At least five displaced people were reportedly killed when a tent was struck.",
        [F(snip="five", party="civilians")],
    ),
    (
        "The rebels opened fire on Malian soldiers escorting a group of evacuees and killed 25 of them.",
        [F(snip="25", count=25, party="Malian soldiers")],
    ),
    (
        "Al-Shabab claimed the attack, which killed 20 soldiers.",
        [F(snip="20", count=20, claimed_by=None)],
    ),
    (
        "Al-Shabab claimed to have killed 73 soldiers.",
        [F(snip="73", count=73, claimed_by="Al-Shabab")],
    ),
    (
        "The border commander, Ivan Petrov, alleged that a shell had destroyed a post but caused no"
        " casualties, Interfax reported.",
        [F(snip="no casualties", count=0, claimed_by="Ivan Petrov")],
    ),
    (
        "There were no casualties among our troops, the Kenyan army said.",
        [F(snip="no casualties", count=0, category="losses", party="Kenyan army")],
    ),
    (
        "The Sudanese army denied reports that 40 soldiers were killed.",
        [F(snip="40", count=40, party="Sudanese army", claimed_by=None)],
    ),
]


def test_soldiers_are_the_forces_of_the_storys_own_country(read_text):
    text = (
        "Mali's government said the attack was repelled. Mali's army said 16 soldiers had been killed, "
        "while French forces said one of their helicopters was hit."
    )
    figures = read_text(text).casualty_records
    assert [f.count for f in figures] == [16]
    assert "mali" in figures[0].party.lower() and "french" not in figures[0].party.lower()


@pytest.mark.parametrize(("text", "expected"), PARTIES, ids=[c[0][:48] for c in PARTIES])
def test_whose_figure_it_is(read_text, text, expected):
    check_figures(text, read_text(text).casualty_records, expected)


REPEATS = [
    (
        "Car bomb kills 12 in capital\n\nA car bomb killed at least 12 people in the capital on Monday,"
        " police said.\n",
        [F(snip="at least 12", count=12, approx="at_least")],
    ),
    (
        "Strike kills dozens, officials say\n\nAn air strike killed at least 40 people, officials said.\n",
        [F(snip="40", count=40)],
    ),
    (
        "Scores feared dead after blast\n\nSeven people were killed in the blast, police said.\n",
        [F(snip="Scores", count=None, approx="vague"), F(snip="Seven", count=7)],
    ),
    (
        "Ali Musa said 14 people were killed in the market.\n\nThe blast went off at noon. All 14 people were"
        " killed instantly, Musa said.\n",
        [F(snip="14", count=14, claimed_by="Ali Musa")],
    ),
    (
        "A bomber killed 16 people and injured dozens more at the station.\n\nCarnage: A bomber has killed 16"
        " people and injured 50\n\nThe station was closed for the day.\n",
        [F(snip="16", count=16), F(snip="dozens", approx="vague"), F(snip="50", count=50, text="injured 50")],
    ),
]


def test_another_voice_telling_a_figure_again_is_another_entry(read_text):
    text = (
        "A police spokesman, Omar Said, said 14 people were killed in the market.\n\nA hospital director, Ali"
        " Musa, said 14 people were killed.\n"
    )
    figures = read_text(text).casualty_records
    assert [f.count for f in figures] == [14, 14]
    assert [f.claimed_by for f in figures] == ["Omar Said", "Ali Musa"]


@pytest.mark.parametrize(("text", "expected"), REPEATS, ids=[c[0][:48] for c in REPEATS])
def test_a_figure_told_again_is_one_entry(read_text, text, expected):
    check_figures(text, read_text(text).casualty_records, expected)
