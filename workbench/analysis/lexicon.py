"""Word lists the analysis consults: data, kept apart from the logic that uses them.

Names: places, people, organisations and the words around them that tell which is which.
The claim layer's words are in ``lexicon_claims``, the casualty layer's in ``lexicon_casualties``.

Lower-case lemmas unless said otherwise. They describe how news English names places, people
and organisations in general, not any one article.
"""

from __future__ import annotations

# Generic nouns that make a proper name a place: "Panjshir province", "valley of Baghlan".
PLACE_NOUNS = frozenset(
    """
    province provinces district districts valley valleys region regions area areas city cities town towns
    village villages county counties governorate governorates oblast oblasts state states municipality
    neighbourhood neighborhood neighbourhoods neighborhoods suburb suburbs outskirts capital border borders
    river mountain mountains hills hill plain plains desert coast island islands peninsula gorge pass
    strait sea gulf lake bay front-line frontline crossing corridor enclave territory territories zone
    """.split()
)

# Facilities named after a place: "Talvik airport" is a place of its own.
FACILITY_NOUNS = frozenset(
    """
    airport airfield airbase base port harbour harbor prison hospital stadium bridge dam checkpoint
    station camp embassy palace
    """.split()
)

# Facilities that are also institutions: when one acts ("the embassy said"), this kind.
INSTITUTION_FACILITIES = {"embassy": "government", "consulate": "government", "hospital": "organization"}

# Prepositions that put a name in a location role ("fighting in Panjshir", "fled from Talvik").
LOCATIVE_PREPOSITIONS = frozenset(
    "in at near from into toward towards outside inside across around throughout via within beyond".split()
)

# Nouns and verbs of attack: "offensive on Khawak", "attacking Mariupol" name a target place.
ATTACK_WORDS = frozenset(
    """
    attack assault offensive strike raid advance march push bombardment shelling siege incursion
    invasion bombing airstrike air-strike counteroffensive counter-offensive capture seize storm
    shell bomb besiege invade encircle target
    """.split()
)

# "the people of X", "the edge of X": nouns whose "of" names where they live or lie.
INHABITANT_NOUNS = frozenset(
    """
    people men women residents villagers inhabitants elders families youths natives edge centre center
    heart streets markets outskirts
    """.split()
)

# Verbs whose object is a place: "fled Nyala", "entered Kherson", "recaptured Tessit".
MOVEMENT_VERBS = frozenset(
    """
    flee leave enter reach evacuate seize recapture retake liberate occupy surround control
    abandon cross visit spread move return go travel deploy send arrive head retreat withdraw
    relocate come
    """.split()
)

# Role nouns in an apposition mark a person: "Fahim Dashti, spokesman for ...".
PERSON_ROLES = frozenset(
    """
    spokesman spokeswoman spokesperson leader member resident commander minister official president
    chief head general colonel major captain lieutenant sergeant director analyst journalist reporter
    correspondent witness farmer teacher doctor nurse mother father son daughter brother sister wife
    husband widow student activist lawyer judge governor mayor deputy ambassador envoy adviser advisor
    secretary chairman chairwoman founder cleric imam mullah soldier fighter militant officer diplomat
    researcher professor expert negotiator representative senator lawmaker mp candidate prosecutor
    survivor eyewitness shopkeeper driver engineer survivor elder
    """.split()
)

# Titles before a name: "Gen. Mark Milley", "Mullah Omar".
PERSON_TITLES = frozenset(
    """
    mr mrs ms miss dr prof gen general col colonel lt maj major capt captain sgt president minister
    commander sheikh shaikh mullah imam ayatollah king queen prince princess pope rev senator sen
    rep governor gov mayor judge justice lord lady sir alias
    """.split()
)

# "NAME, 54, a trader": a number after a name, up to this, is the person's age.
OLDEST_AGE = 110

# Words inside a name that make it an organisation, and what kind of actor it is.
ORG_HEADS = {
    "state_force": frozenset(
        """
        army navy command forces force police guard guards gendarmerie military corps regiment battalion staff
        brigade division marines airborne coastguard
        """.split()
    ),
    "government": frozenset(
        """
        ministry government cabinet parliament presidency administration department office senate congress
        assembly kremlin
        """.split()
    ),
    "armed_group": frozenset(
        """
        front militia movement rebels insurgents mujahideen mujahedin jihad liberation resistance
        brigades faction
        """.split()
    ),
    "media": frozenset(
        """
        news agency tv television radio times post herald tribune journal gazette channel
        broadcaster broadcasting press newspaper magazine daily
        """.split()
    ),
}

# Generic last words of group names whose proper part also names the group alone:
# "Houthi movement" is also "Houthi" and "the Houthis".
GROUP_HEADS = frozenset("movement group militia party organisation organization front".split())

# Nouns that, right after a name, say the name is an armed group: "ISWAP fighters".
ARMED_GROUP_NOUNS = frozenset(
    "fighters militants rebels insurgents militia militiamen guerrillas jihadists gunmen armed".split()
)

# Nouns that, right after a country or demonym, make a state force: "US troops", "Chadian security forces".
FORCE_NOUNS = frozenset(
    "forces troops soldiers army military police navy marines servicemen paratroopers".split()
)

# Modifiers that say what a source deals with, not whom it speaks for: "a security source",
# "two security officials" have no stated affiliation (the annotation rules' own example).
UNAFFILIATED_MODIFIERS = frozenset("security".split())

# Modifiers that make an unnamed source part of a state force: "security officials", "a military
# official", "a police source".
FORCE_MODIFIERS = frozenset("security military army police defence defense".split())

# Nouns that, after a demonym, name a group of people: "American citizens".
PEOPLE_NOUNS = frozenset(
    """
    citizens nationals civilians people residents refugees workers journalists diplomats contractors
    employees migrants tourists pilgrims protesters students
    """.split()
)

# Nouns that, after a person's or group's name, make a group of people: "the Haddad family",
# "Okonjo supporters".
FOLLOWER_NOUNS = frozenset(
    "family clan tribe supporters followers loyalists sympathisers sympathizers".split()
)

# Further nouns of a force that a country's name or demonym may head: "Turkish aviation",
# "Kenyan paramilitary personnel", "Pakistan Air Force".
FORCE_UNIT_NOUNS = frozenset("aviation personnel paramilitaries force guard guards".split())
# Nouns of a state service that is a force only with one of these words before it: "intelligence
# services", "security agency" (not "health services").
SERVICE_NOUNS = frozenset("services service agency agencies".split())
SERVICE_MODIFIERS = frozenset("intelligence security".split())

# Head nouns of a source phrase whose force modifier is that source's affiliation: "a police
# source", "army spokesman", "military officials".
SOURCE_HEADS = frozenset("source official officer spokesman spokeswoman spokesperson commander chief".split())

# Context words saying a name is a news organisation: "the US network CNN", "CNN reported".
MEDIA_CUES = frozenset(
    "network channel broadcaster newspaper outlet agency daily tabloid station television tv radio".split()
)

# Words of a name that make an organisation, whatever the model's label: "Regional Relief
# Committees", "Talvik Medical Centre" are not people.
ORGANIZATION_HEADS = frozenset(
    """
    committee committees council institute foundation network observatory association union
    federation society centre center commission authority agency company corporation group
    organisation organization bank university school hospital clinic fund trust coalition alliance
    """.split()
)

# Units of an army, numbered by states: "the 4th Armoured Division", "72nd Brigade".
UNIT_NOUNS = frozenset("division brigade battalion regiment corps company squadron fleet".split())

# Words in a force's name that say it belongs to no state: "Free Papua Movement", "Revolutionary
# United Front", "Popular Resistance Committees".
INSURGENT_WORDS = frozenset(
    """
    free revolutionary liberation resistance civilian rebel volunteer volunteers popular mujahideen
    mujahedin jihad islamic salvation self-defence self-defense vigilante
    """.split()
)
# Institutional words of a state force's name: "Joint Operations Command", "Border Guard".
STATE_FORCE_WORDS = frozenset(
    """
    national joint special operations operation command central republican presidential border coast
    air guard guards army navy police public relations security defence defense armed forces force
    task military intelligence service services federal royal marine marines naval rapid reaction
    intervention counter-terrorism counterterrorism anti-terrorism directorate headquarters staff
    general corps regiment battalion brigade division unit units of the and gendarmerie coastguard
    airborne infantry mechanised mechanized armoured armored artillery motorised motorized rifle
    tank commando ranger rangers mountain assault reserve territorial squadron fleet
    provincial regional district local state county municipal metropolitan city interior
    """.split()
)

# -- descriptions: actors named by a common noun ("the police", "militants") -------------------------

# Head nouns of a state force, by branch: a country's police and its military are two actors.
POLICE_NOUNS = frozenset("police policemen policewomen gendarmerie gendarmes".split())
MILITARY_NOUNS = frozenset(
    """
    army military troops soldiers servicemen forces navy marines paratroopers commandos peacekeepers
    junta
    """.split()
)
# Head nouns that name a country's military when only they were written: "the army" in a story
# from Maputo is the "Mozambican army".
BRANCH_NAMES = frozenset("army military navy junta".split())
# Modifiers that make "forces" a state force without naming its country: "government forces".
STATE_FORCE_MODIFIERS = frozenset(
    """
    government security armed federal national regime state police army military special ground
    counter-terrorism counterterrorism elite border presidential republican
    """.split()
)
# Words before a head noun that say the description is about law enforcement: "law enforcement".
POLICE_PHRASES = (("law", "enforcement"), ("police", "officers"), ("riot", "police"), ("armed", "police"))

# Head nouns of an armed non-state group, by family: one unnamed actor per family and story.
ARMED_FAMILIES = {
    "militants": frozenset(
        """
        militants gunmen attackers assailants jihadists extremists terrorists bandits insurgents
        islamists kidnappers abductors
        """.split()
    ),
    "rebels": frozenset("rebels guerrillas guerillas separatists".split()),
    "militias": frozenset("militia militias militiamen".split()),
}
# The names of those families, and of the resistance, for a group the story does not name.
ARMED_FAMILY_NAMES = frozenset({*ARMED_FAMILIES, "resistance"})

# Modifiers that make "fighters", "forces" or "groups" an armed non-state group ("opposition
# fighters"), and the family of unnamed groups each belongs to.
ARMED_MODIFIERS = {
    "opposition": "rebels",
    "rebel": "rebels",
    "separatist": "rebels",
    "resistance": "resistance",
    "insurgent": "militants",
    "militant": "militants",
    "jihadist": "militants",
    "islamist": "militants",
    "armed": "militants",
    "tribal": "militias",
}
# Words that count a description rather than say who it is: "several rebel groups".
QUANTIFIERS = frozenset("how many several some other few more most all both dozens hundreds numerous".split())
# Head nouns that stand for an armed group already named ("the group said", "the militant group").
ARMED_ANAPHORA = frozenset("group organisation organization movement sect outfit".split())

# Head nouns of a government or one of its bodies without a proper name.
GOVERNMENT_NOUNS = frozenset("government authorities administration regime".split())
# Of those, the ones that stand for the state itself when nothing says whose: "the government".
NATIONAL_GOVERNMENT_NOUNS = frozenset("government regime administration".split())
# Modifiers that keep "the government" national; any other makes a body of its own
# ("the provincial civil administration", "local government").
NATIONAL_MODIFIERS = frozenset("federal central national interim transitional military-backed new".split())
MINISTRY_NOUNS = frozenset("ministry".split())

# "state television", "state-run news agency": a state's own media, without a proper name.
STATE_MEDIA_NOUNS = frozenset("television tv media broadcaster radio agency channel".split())
STATE_MEDIA_MODIFIERS = frozenset("state state-run state-owned official government-run".split())

# Head nouns whose country modifier is that state acting ("Norwegian officials", "a Turkish strike",
# "Iran-backed"), as opposed to nouns of geography ("the Chadian capital").
STATE_ACTION_NOUNS = frozenset(
    """
    official officials government authorities administration regime leader leaders leadership president
    minister ministry embassy envoy ambassador diplomat diplomats delegation spokesman spokeswoman
    spokesperson sanction sanctions aid support backing pressure intervention involvement policy
    decision demand offer proposal plan position statement warning response retaliation warplane
    warplanes jet jets aircraft drone drones missile missiles rocket rockets artillery navy air
    military forces troops soldiers intelligence agents occupation blockade operation operations
    campaign war invasion incursion
    """.split()
)
# Verbs whose object is a state as an actor: "accused Belgium", "urged Britain", "includes Qatar".
POLITICAL_VERBS = frozenset(
    """
    accuse blame urge criticise criticize condemn back support include join sanction warn ask call
    help pressure fund arm supply thank praise invite recognise recognize allow permit persuade
    convince fight oppose defeat threaten hold hold_responsible
    """.split()
)
# Prepositions that pair a state with another party: "talks with Venezuela", "war against Ukraine".
RELATION_PREPOSITIONS = frozenset("with between against".split())
# Head nouns of geography: a country possessing or modified by these is a place ("Syria's north").
GEOGRAPHY_NOUNS = frozenset(
    """
    north south east west northeast northwest southeast southwest north-east north-west south-east
    south-west centre center interior soil land lands population people territory capital border
    borders coast coastline heartland part parts side
    """.split()
)
# Participles after "X-": the state that leads or backs something is acting.
STATE_PARTICIPLES = frozenset("led backed supported sponsored funded allied brokered mediated armed".split())

# Verbs of saying: a subject of one is an animate source, not a place.
SPEECH_VERBS = frozenset(
    """
    say tell declare claim confirm deny report reveal announce state add insist warn accuse note
    explain stress acknowledge admit allege argue assert maintain reject vow threaten urge
    """.split()
)

DETERMINERS = frozenset("the a an this that these those some".split())

# Byline credits before the people they name: "Reporting by", "Editing by".
CREDIT_WORDS = (
    "additional reporting",
    "reporting",
    "writing",
    "editing",
    "compiled",
    "edited",
    "written",
    "produced",
    "translated",
)

# Words that end or are not a name in a "By ..." line: "By OUR CORRESPONDENT", "By JANE DOE IN
# KABUL FOR EXAMPLE NEWS", "By Reuters Staff". Lower-case.
BYLINE_STOP_WORDS = frozenset(
    """
    in for and with at from via our staff correspondent correspondents reporter reporters editor
    editors agencies agency desk team news wires wire published updated
    """.split()
)

# Labels of things, not participants: where a name's context says person or place, they give way.
SOFT_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})

# Capitalised words that end a broadcaster's name: "Lakeside TV", "Tigray TV".
MEDIA_SUFFIXES = frozenset("TV Television Radio News".split())

# Entity labels that name participants or places; the rest (dates, numbers) are not actors.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
