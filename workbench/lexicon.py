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

# Facilities named after a place: "Kabul airport" is a place of its own.
FACILITY_NOUNS = frozenset(
    """
    airport airfield airbase base port harbour harbor prison hospital stadium bridge dam checkpoint
    station camp embassy palace
    """.split()
)

# Prepositions that put a name in a location role ("fighting in Panjshir", "fled from Idlib").
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

# Verbs whose object is a place: "fled Nyala", "entered Kherson", "recaptured Bakhmut".
MOVEMENT_VERBS = frozenset(
    """
    flee leave enter reach evacuate seize recapture retake liberate occupy surround control
    abandon cross visit spread move return go travel deploy send arrive head retreat withdraw
    relocate
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

# Nouns that, right after a name, say the name is an armed group: "Taliban fighters".
ARMED_GROUP_NOUNS = frozenset(
    "fighters militants rebels insurgents militia militiamen guerrillas jihadists gunmen armed".split()
)

# Nouns that, right after a country or demonym, make a state force: "US troops", "Afghan security forces".
FORCE_NOUNS = frozenset(
    "forces troops soldiers army military police navy marines servicemen paratroopers".split()
)

# Modifiers that make an unnamed source part of a state force: "security officials", "a military
# official", "a police source".
FORCE_MODIFIERS = frozenset("security military army police defence defense".split())

# Nouns that, after a demonym, name a group of people: "American citizens".
PEOPLE_NOUNS = frozenset(
    "citizens nationals civilians people residents refugees workers journalists diplomats".split()
)

# Names of news organisations that rarely carry a tell-tale head word.
MEDIA_NAMES = frozenset(
    """
    cnn bbc reuters ap afp ap news associated press al jazeera aljazeera nbc cbs abc fox msnbc npr pbs
    tass ria novosti interfax xinhua irna isna tolo tolonews pajhwok dpa efe ansa yonhap kyodo anadolu
    sana wafa ukrinform unian rferl euronews france24 dw sky
    """.split()
)

# Context words saying a name is a news organisation: "the US network CNN", "CNN reported".
MEDIA_CUES = frozenset(
    "network channel broadcaster newspaper outlet agency daily tabloid station television tv radio".split()
)

# Verbs of saying: a subject of one is an animate source, not a place.
SPEECH_VERBS = frozenset(
    """
    say tell declare claim confirm deny report reveal announce state add insist warn accuse note
    explain stress acknowledge admit allege argue assert maintain reject vow threaten urge
    """.split()
)

DETERMINERS = frozenset("the a an this that these those some".split())

# Entity labels that name participants or places; the rest (dates, numbers) are not actors.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
