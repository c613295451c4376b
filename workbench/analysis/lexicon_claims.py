"""Word lists the analysis consults: data, kept apart from the logic that uses them.

The claim layer: reporting and denial words, source nouns, hedges.

Lower-case lemmas unless said otherwise. They describe how news English attributes statements in
general, not any one article.
"""

from __future__ import annotations

import re

# Verbs that report speech or a stance; their subject is a source, their complement a claim.
REPORTING_VERBS = frozenset(
    """
    say tell declare claim confirm report reveal announce state add insist warn accuse note explain
    stress acknowledge admit allege argue assert maintain vow threaten urge write post tweet disclose
    estimate predict describe suggest reiterate caution complain concede contend emphasise emphasize
    indicate inform pledge promise recall recount remark reply respond testify underline blame
    call condemn denounce slam decry boast hail advise counter highlight outline document label brand
    demand speculate affirm reaffirm assure lament charge criticise criticize mention specify
    """.split()
)

# Reporting verbs whose object is the one spoken of, never the one speaking: "accused Damascus of".
TARGET_VERBS = frozenset(
    "accuse blame condemn denounce slam decry criticise criticize charge hail praise".split()
)

# Reporting verbs whose object is the one addressed, never the one speaking: "telling AFP that".
ADDRESSEE_VERBS = frozenset("tell inform assure brief advise warn urge remind".split())

# Prepositions that attach an unnamed person to the body they speak for: "a nurse at X
# hospital", "a volunteer with X", "a doctor from X".
AFFILIATION_PREPOSITIONS = frozenset("at with from of for in".split())

# Verbs by which a source puts out a document: "the ministry issued a statement".
ISSUE_VERBS = frozenset("issue release publish post send sign circulate distribute".split())

# Reporting verbs that deny: their complement is what the source says did not happen.
DENIAL_VERBS = frozenset("deny reject dismiss refute rebut dispute disavow contradict debunk".split())

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
# Nouns that carry a statement of their owner: "the government's assertion that ...", "a charge
# Kigali denies", "the governor's report that 30 guards had deserted".
CLAIM_NOUNS = frozenset(
    """
    assertion claim report allegation accusation charge statement assessment estimate contention
    insistence announcement warning advice finding findings conclusion
    """.split()
)

# A first line of at most this many words, with no closing full stop, is a headline.

# Words that carry no content when a display line's claim is compared with the body's.
FUNCTION_WORDS = frozenset(
    """
    a an the and or but of to in on at for from by with as that this these those it its is are was
    were be been has have had he she they we i you his her their our my your not no says said say
    saying tells told will would could may might there then than so if also after before over
    """.split()
)

# Labels that make "labelled/called/described X as Y" a denial: "labelled the claim propaganda".
DENIAL_LABELS = frozenset("propaganda lie lies fake false fabrication untrue baseless nonsense".split())

# Verbs whose object side is the statement when they take no clause: "confirmed the deaths",
# "denied attacking", "blamed a dissident faction", "accused each other of breaking the
# fighting", "condemned the strikes", "urged residents to stay indoors", "called the raid an act
# of terror", "called for calm", "described the attacks as terrorist acts".
OBJECT_CLAIM_VERBS = (
    frozenset(
        """
        confirm claim admit acknowledge report announce reveal accuse blame call condemn denounce slam
        decry hail urge advise warn describe label brand demand highlight outline document pledge vow
        promise threaten criticise criticize post estimate
        """.split()
    )
    | DENIAL_VERBS
)

# Prepositions after an object verb that carry (part of) the statement: "called for talks",
# "warned of more strikes", "accused X of Y", "described X as Y", "called on X to Y".
CONTENT_PREPOSITIONS = frozenset("for on of to over about as against that".split())

# "call" reports only with a statement after it ("called the raid an act of terror", "called for
# calm", "called on both sides to ..."); "a group called X", "called in air support" do not.
CALL_LIKE = frozenset("call".split())

# "described the attacks as terrorist acts", "labelled the claim propaganda", "described accounts
# of abuses": these report with a complement, not with a bare object ("described the attack").
DESCRIBE_LIKE = frozenset("describe label brand term dub".split())

# Verbs that report when their object is an act of speech, with the objects that make them do so:
# "traded blame", "voiced alarm", "issued a warning", "put the toll at 30", "took responsibility".
SPEECH_ACTS = {
    "trade": frozenset("blame accusation charge allegation".split()),
    "exchange": frozenset("blame accusation charge allegation".split()),
    "level": frozenset("accusation charge allegation criticism".split()),
    "make": frozenset("accusation allegation claim charge threat statement".split()),
    "issue": frozenset("statement message warning appeal call denial threat ultimatum".split()),
    "voice": frozenset("alarm concern fear outrage regret support opposition doubt".split()),
    "express": frozenset("alarm concern fear outrage regret doubt".split()),
    # "put the toll at 30", "put the number of dead at three", "put Russian losses at 1,090"
    "put": frozenset("toll tally number figure count losses casualties".split()),
    "place": frozenset("toll tally number figure count losses casualties".split()),
    "paint": frozenset("picture".split()),
    "take": frozenset("responsibility credit".split()),
    "give": frozenset("account statement interview briefing details toll figure".split()),
}
SPEECH_ACT_VERBS = frozenset(SPEECH_ACTS)
# Of those, the ones that state an amount only with "at": "put the toll at 30".
ESTIMATE_VERBS = frozenset("put place".split())

# Reporting verbs that say little by themselves: they report only when their subject is a
# source (a named actor, a person, an official, a document), not "a drought that
# underlines the crisis".
WEAK_CUES = frozenset(
    """
    note indicate suggest highlight underline outline document describe hail mention specify post
    estimate predict reveal
    """.split()
)

# Verbs that pass on hearsay in the passive, with no source: "is said to be", "were reported",
# "is thought to", "is believed to", "were feared dead", "are known to have".
HEARSAY_VERBS = frozenset("say report think believe know fear rumour rumor allege understand".split())

# Subjects that say nobody spoke: "No one has claimed responsibility".
NOBODY = frozenset("no one nobody none noone".split())

# Verbs that put a reporting verb in the future or the hypothetical rather than reporting
# ("is due to publish", "plans to say", "refused to comment").
NOT_YET_VERBS = frozenset("set plan expect intend hope want refuse decline prepare schedule due".split())

# Relative clauses that name an unnamed-looking source: "who uses the alias Mordisco".
ALIAS_MARKERS = ("alias", "known as", "nom de guerre", "goes by", "nicknamed")

# Participles that name a relayed source: "CNN, citing two officials, revealed ...".
CITING_VERBS = frozenset("cite quote".split())

# Thinking and perceiving report too, when a source does it: "experts doubt that ...",
# "a witness counted 19 coffins", "a reporter saw ...". The subject must be a source
# (BELIEF_VERBS) or a witness (PERCEPTION_VERBS).
BELIEF_VERBS = frozenset("think believe suspect fear doubt".split())
# Whose thinking is a claim: experts and institutions, not passers-by ("shoppers believed the
# bang was a tyre bursting" is narration).
EXPERT_NOUNS = frozenset(
    "analyst expert observer official investigator diplomat officer commander intelligence source".split()
)
PERCEPTION_VERBS = frozenset("see hear witness count watch".split())
WITNESS_NOUNS = frozenset(
    "witness eyewitness photographer reporter correspondent journalist cameraman crew".split()
)

# Adverbs that pass a statement on without naming its source: an unattributed claim when
# nothing else in the sentence attributes it.
HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly reputedly supposedly".split())

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

# Reports with no source named: "there have been reports of ...", "reports appeared about ...",
# "conflicting reports", "following reports that ...", "according to reports".
BARE_REPORT_NOUNS = frozenset("reports report rumours rumors rumour rumor accounts".split())

# "reported air strikes", "an alleged plot": an adjective that passes on hearsay.
HEARSAY_ADJECTIVES = frozenset("reported".split())

# Hedges that make a claim hedged wherever they stand in its sentence.
HEDGE_WORDS = frozenset("reportedly allegedly purportedly apparently supposedly ostensibly seemingly".split())
HEDGE_CUES = frozenset("claim allege".split())
HEDGE_PATTERNS = (
    r"\b(?:could|can|cannot|can't|could not|was not|were not|has not been|have not been)\s*(?:not\s+)?"
    r"(?:be\s+)?(?:(?:independently|immediately|yet|now)\s+){0,2}(?:verif|confirm|corroborat|independen)",
    r"\bunverified\b",
    r"\bunconfirmed\b",
    r"\b(?:not|never)\s+(?:been\s+)?(?:immediately\s+)?(?:possible|able)\b[^.]{0,60}?\b(?:verif|confirm)",
)

# Head nouns of unnamed human sources: "two officials", "a security source", "locals".
ANONYMOUS_NOUNS = frozenset(
    """
    official source resident local witness eyewitness people person member diplomat observer analyst
    commander officer soldier fighter activist medic doctor worker insider aide spokesman spokeswoman
    spokesperson representative villager survivor relative neighbour neighbor expert monitor journalist
    tribesman elder leader figure insurgent militant rebel
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
    message broadcast address list image photo photograph picture estimate estimates count
    statistics text
    """.split()
)

# Documents that show rather than say: a video, footage, photos, a list. They are the source
# themselves (type document) even when someone posted them; a report or a statement speaks for
# whoever issued it.
VISUAL_NOUNS = frozenset(
    """
    video videos footage photo photos photograph photographs image images picture pictures list
    imagery clip clips
    """.split()
)

# Verbs by which a document reports: "footage showed", "a register of the dead lists 40 fishermen".
SHOWING_VERBS = frozenset("show depict cite list document reveal indicate read".split())

# Nouns of a group or institution that can be a source or an affiliation without a proper
# name: "the resistance front", "the army", "the ministry".
GROUP_NOUNS = (
    frozenset(
        """
        front group militia army police ministry government movement coalition alliance council
        command forces military authorities administration rebels insurgents opposition junta regime
        brigade battalion faction party committee commission office agency headquarters
        """.split()
    )
    - MEDIA_NOUNS
)

PERSONAL_PRONOUNS = frozenset("he she him her".split())
# Words that say a person is a woman or a man, next to their name ("his wife Leila", "Mr. Osei",
# "Tamer, a father of three"), so that "she said" does not go to a man.
FEMALE_WORDS = frozenset(
    """
    she her hers herself woman girl mother wife daughter sister widow grandmother aunt niece mrs ms
    miss madam lady queen spokeswoman chairwoman businesswoman policewoman congresswoman actress
    """.split()
)
MALE_WORDS = frozenset(
    """
    he him his himself man boy father husband son brother widower grandfather uncle nephew mr sir
    king spokesman chairman businessman policeman congressman
    """.split()
)
# Kinds of actor a group pronoun ("they", "it") can stand for.
GROUP_KINDS = frozenset("armed_group state_force government organization media".split())
GROUP_PRONOUNS = frozenset("they it we".split())

# "the 52-year-old farmer", "the 47-year-old": a person described again by age.
AGE_DESCRIPTION = re.compile(r"\b\d{1,3}-year-old\b", re.IGNORECASE)
# "the mother of four said".
PARENT_NOUNS = frozenset("father mother grandfather grandmother".split())

# Verbs that state a threat with a thing ("threatened reprisals") but act on people
# ("threatened his family", "threatened journalists"); and the groups of kin they act on.
THREAT_VERBS = frozenset("threaten intimidate".split())
KIN_GROUPS = frozenset("family families household households relatives clan".split())

# Words that head a share of a group ("most of them"), never who speaks for it.
QUANTIFIER_WORDS = frozenset("most many some several all none few half dozens hundreds thousands".split())

# "the army general staff said": a staff that is a force's command, not its personnel.
COMMAND_STAFF_WORDS = frozenset("general joint chief chiefs".split())

# "rejected the army's account".
REFERENCE_NOUNS = frozenset(
    """
    figure figures toll tally account report reports claim claims casualties losses numbers number
    statement statements allegation allegations accusation accusations version
    """.split()
)

# Words too common to tie a denial to a statement.
LINK_STOP_LEMMAS = frozenset("be have do say side force forces people time day".split())
