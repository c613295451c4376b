"""Tables whose every text is hostile markup, as an article's words and file names can be: what
the figure tests feed to every plot (plotly renders a few tags in any text it draws)."""

from __future__ import annotations

import pandas as pd

BOLD = "The <b>Resistance"
LINK = '<a href="http://evil.example/">click me</a>'
ITALIC = "<i>side</i>"
# An article id is a file's name: it may hold anything but a slash.
ARTICLE = "<b>leaked<a href=evil.example>"
HOSTILE = (BOLD, LINK, ITALIC, "<b>leaked", "<a href")

ARTICLE_TEXT = (
    "Commander Ana Ruiz of the Northern Front said on Monday that 12 soldiers of the Kessa army were "
    'killed near Goma. "=HYPERLINK(\\"http://evil.example/\\") We will not retreat," she said.\n\n'
    "The Kessa army denied that any soldiers died near Goma.\n"
)


def hostile_tables(reading) -> dict[str, pd.DataFrame]:
    """A real reading's tables with every name, party, source and side made hostile, and an
    ``article`` column naming a hostile file, as a corpus's tables have."""
    actors = reading.actors.assign(name=[BOLD, *reading.actors["name"][1:]], aliases=LINK, affiliation=ITALIC)
    claims = reading.claims.assign(speaker=LINK, speaker_text=BOLD, via=ITALIC, cue=BOLD)
    casualties = reading.casualties.assign(party=BOLD, claimed_by=LINK, claimed_by_text=ITALIC)
    ledger = reading.ledger.assign(party=BOLD, source=LINK, claimed_by=LINK, claimant_side=ITALIC)
    ledger = ledger.assign(category=ledger["category"].where(ledger["stance"] == "denies", "<b>killed"))
    tables = {"actors": actors, "claims": claims, "casualties": casualties, "ledger": ledger}
    return {name: table.assign(article=ARTICLE) for name, table in tables.items()}


def figures_of(tables: dict[str, pd.DataFrame]) -> dict:
    from workbench import plots

    return {
        "actor_mentions": plots.actor_mentions(tables["actors"], article=ARTICLE),
        "speaker_network": plots.speaker_network(
            tables["claims"], tables["casualties"], tables["actors"], article=ARTICLE
        ),
        "casualty_claims": plots.casualty_claims(tables["ledger"], article=ARTICLE),
        "claims_timeline": plots.claims_timeline(tables["claims"], article=ARTICLE),
        "actor_mentions, all articles": plots.actor_mentions(tables["actors"]),
        "speaker_network, by entities": plots.speaker_network(
            tables["claims"], actors=tables["actors"], entities=None
        ),
        "casualty_claims, all articles": plots.casualty_claims(tables["ledger"]),
        "claims_timeline, all articles": plots.claims_timeline(tables["claims"], color="speaker"),
    }
