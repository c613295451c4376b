"""Word lists the analysis consults: data, kept apart from the logic that uses them.

The claim layer: reporting and denial words, source nouns, hedges.

Lower-case lemmas unless said otherwise. They describe how news English attributes statements in
general, not any one article.
"""

from __future__ import annotations

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

# "rejected the army's account".
REFERENCE_NOUNS = frozenset(
    """
    figure figures toll tally account report reports claim claims casualties losses numbers number
    statement statements allegation allegations accusation accusations version
    """.split()
)

# Words too common to tie a denial to a statement.
LINK_STOP_LEMMAS = frozenset("be have do say side force forces people time day".split())
