"""Word lists the analysis consults: data, kept apart from the logic that uses them.

Lower-case lemmas unless said otherwise. They describe how news English names places,
people and organisations in general, not any one article.
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

# -- the claim layer ---------------------------------------------------------------------------------

# Verbs that report speech or a stance; their subject is a source, their complement a claim.
REPORTING_VERBS = frozenset(
    """
    say tell declare claim confirm report reveal announce state add insist warn accuse note explain
    stress acknowledge admit allege argue assert maintain vow threaten urge write post tweet disclose
    estimate predict describe suggest reiterate caution complain concede contend emphasise emphasize
    indicate inform pledge promise recall recount remark reply respond testify underline blame
    """.split()
)

# Reporting verbs that deny: their complement is what the source says did not happen.
DENIAL_VERBS = frozenset("deny reject dismiss refute rebut dispute disavow contradict".split())

# Verbs whose direct object or gerund is the claim ("confirmed the deaths", "denied attacking",
# "blamed a dissident faction", "accused each other of starting the fighting").
OBJECT_CLAIM_VERBS = (
    frozenset("confirm claim admit acknowledge report announce reveal accuse blame".split()) | DENIAL_VERBS
)

# "trade blame", "exchanged accusations": verbs that report when their object is speech.
SPEECH_ACT_VERBS = frozenset("trade exchange level make issue".split())
SPEECH_NOUNS = frozenset("blame accusation accusations charge charges allegation allegations threat".split())

# Relative clauses that name an unnamed-looking source: "who uses the alias Mordisco".
ALIAS_MARKERS = ("alias", "known as", "nom de guerre", "goes by", "nicknamed")

# Participles that name a relayed source: "CNN, citing two officials, revealed ...".
CITING_VERBS = frozenset("cite quote".split())

# Hedges that make a claim hedged wherever they stand in its sentence.
HEDGE_WORDS = frozenset("reportedly allegedly purportedly apparently supposedly ostensibly seemingly".split())
HEDGE_CUES = frozenset("claim allege".split())
HEDGE_PATTERNS = (
    r"\b(?:could|can|cannot|can't|could not|was not|were not|has not been|have not been)\s*(?:not\s+)?"
    r"(?:be\s+)?(?:independently\s+)?(?:verif|confirm|corroborat)",
    r"\bunverified\b",
    r"\bunconfirmed\b",
)

# Head nouns of unnamed human sources: "two officials", "a security source", "locals".
ANONYMOUS_NOUNS = frozenset(
    """
    official source resident local witness eyewitness people person member diplomat observer analyst
    commander officer soldier fighter activist medic doctor worker insider aide spokesman spokeswoman
    spokesperson representative villager survivor relative neighbour neighbor expert monitor journalist
    tribesman elder leader figure insurgent militant rebel agency
    """.split()
)

# Phrases that say a source is unnamed on purpose.
ANONYMITY_MARKERS = (
    "anonymity",
    "anonymously",
    "not authorized",
    "not authorised",
    "not to be named",
    "declined to be named",
    "unnamed",
    "anonymous",
    "who did not want to be named",
    "not be identified",
)

# Head nouns of news media as a source: "media reported", "state television said".
MEDIA_NOUNS = frozenset(
    """
    media network newspaper outlet channel broadcaster television tv radio press daily paper
    station website tabloid
    """.split()
)

# "news agency" is the media, "aid agencies" are not.
MEDIA_IF_NEWS = frozenset("agency service wire".split())
NEWS_WORDS = frozenset("news press state wire".split())

# Head nouns of documents as a source: "a statement said", "according to the report".
DOCUMENT_NOUNS = frozenset(
    """
    report statement document communique communiqué memo letter filing study survey assessment tally
    figures data record records release bulletin dossier cable transcript footage video post notice
    """.split()
)

# Nouns of a group or institution that can be a source or an affiliation without a proper
# name: "the resistance front", "the army", "the ministry".
GROUP_NOUNS = (
    frozenset(
        """
        front group militia army police ministry government movement coalition alliance council
        command forces military authorities administration rebels insurgents opposition junta regime
        brigade battalion faction party committee commission office agency
        """.split()
    )
    - MEDIA_NOUNS
)

PERSONAL_PRONOUNS = frozenset("he she him her".split())
GROUP_PRONOUNS = frozenset("they it we".split())

# -- casualty figures --------------------------------------------------------------------------------

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

# Nouns by which a denial points back at someone else's statement: "dismissed the figure",
# "rejected the army's account".
REFERENCE_NOUNS = frozenset(
    """
    figure figures toll tally account report reports claim claims casualties losses numbers number
    statement statements allegation allegations accusation accusations version
    """.split()
)

# Words too common to tie a denial to a statement.
LINK_STOP_LEMMAS = frozenset("be have do say side force forces people time day".split())
