"""The claim layer on statements written for the tests: varied outlets, wars and phrasings.

Each case lists every claim expected in the text: a snippet of its content and the
attributes that matter. Written before looking at the output.
"""

from __future__ import annotations

import pytest

E = dict  # an expected claim: content snippet plus the attributes to check


CASES = [
    # Direct quotes: attribution after, before, inside; several paragraphs; closing mark missing.
    (
        "“We will hold the bridge,” said Colonel Maria Kovalenko, commander of the 93rd Brigade.",
        [E(content="We will hold the bridge", speaker="Maria Kovalenko", speaker_type="named", quote=True)],
    ),
    (
        "The governor, Abdul Karim Wardak, said: “The road to the airport is closed until further notice.”",
        [E(content="road to the airport is closed", speaker="Abdul Karim Wardak", speaker_type="named")],
    ),
    (
        "“The shelling began at dawn,” Amina Yusuf said, “and it has not stopped since then.”",
        [
            E(content="The shelling began at dawn", speaker="Amina Yusuf", speaker_type="named"),
            E(content="it has not stopped since then", speaker="Amina Yusuf", speaker_type="named"),
        ],
    ),
    (
        "Lt. Col. Omar Haddad said: “We lost contact with the convoy at noon.\n\n"
        "“By evening we knew that the drivers had been taken by the gunmen.”",
        [E(content="drivers had been taken", speaker="Omar Haddad", speaker_type="named", quote=True)],
    ),
    (
        "“The city is surrounded and the people are starving, said Musa Keita, a local councillor.\n\n"
        "Aid convoys have not reached the town since March.",
        [E(content="people are starving", speaker="Musa Keita", speaker_type="named")],
    ),
    # Indirect speech.
    (
        "The Interior Ministry said that 14 militants were arrested in the raid.",
        [E(content="14 militants were arrested", speaker="Interior Ministry", speaker_type="named")],
    ),
    (
        "Police chief Samuel Otieno told reporters the attackers had fled into the forest.",
        [E(content="attackers had fled", speaker="Samuel Otieno", speaker_type="named")],
    ),
    (
        "Al-Shabaab claimed responsibility for the bombing in a statement broadcast on its radio station.",
        [
            E(
                content="responsibility for the bombing",
                speaker="Al-Shabaab",
                speaker_type="named",
                hedged=True,
            )
        ],
    ),
    (
        "The Rapid Support Forces said in a statement that they had taken control of the base.",
        [E(content="taken control of the base", speaker="Rapid Support Forces", speaker_type="named")],
    ),
    # Source phrases and documents.
    (
        "According to the Syrian Observatory for Human Rights, at least 20 fighters died in the clashes.",
        [
            E(
                content="at least 20 fighters died",
                speaker="Syrian Observatory for Human Rights",
                speaker_type="named",
            )
        ],
    ),
    (
        "A statement from the Defence Ministry said the drones were shot down over the sea.",
        [E(content="drones were shot down", speaker="Defence Ministry", speaker_type="document")],
    ),
    (
        "Local media reported that the airport in the city had been closed to civilian flights.",
        [E(content="airport in the city had been closed", speaker=None, speaker_type="media")],
    ),
    # Chains: an outlet relaying a source.
    (
        "Al Arabiya, citing local sources, reported that the commander was killed in the strike.",
        [E(content="commander was killed", speaker=None, speaker_type="anonymous", via="Al Arabiya")],
    ),
    (
        "A security source told Reuters that the attackers wore police uniforms.",
        [E(content="attackers wore police uniforms", speaker=None, speaker_type="anonymous", via="Reuters")],
    ),
    # Denials.
    (
        "Russia denied targeting civilians in the city.",
        [E(content="targeting civilians", speaker="Russia", speaker_type="named", stance="denies")],
    ),
    (
        "The rebels denied the attack, saying they had been in the hills at the time.",
        [
            E(content="the attack", stance="denies"),
            E(content="they had been in the hills", stance="asserts"),
        ],
    ),
    # Unnamed sources.
    (
        "Two US defense officials, who spoke on condition of anonymity, said the strike killed a commander.",
        [E(content="strike killed a commander", speaker="United States", speaker_type="anonymous")],
    ),
    (
        "The convoy was hit near the border, officials said.",
        [E(content="The convoy was hit near the border", speaker=None, speaker_type="anonymous")],
    ),
    (
        "Residents say the militia has set up checkpoints on every road out of the town.",
        [E(content="militia has set up checkpoints", speaker=None, speaker_type="anonymous")],
    ),
    # Pronouns and role nouns refer back to the named speaker.
    (
        "Mariam Ahmadi, a teacher in Herat, described the attack. She said the school had been empty.",
        [E(content="school had been empty", speaker="Mariam Ahmadi", speaker_type="named")],
    ),
    (
        "Fahad Al-Masri, spokesman for the coalition, spoke on Tuesday. "
        "The spokesman added that the strikes would continue.",
        [E(content="strikes would continue", speaker="Fahad Al-Masri", speaker_type="named")],
    ),
    # Hedges.
    (
        "The general was reportedly killed in the strike, state media said.",
        [E(content="general was reportedly killed", speaker_type="media", hedged=True)],
    ),
    (
        "The group said it had shot down a helicopter. The claim could not be independently verified.",
        [E(content="shot down a helicopter", hedged=True)],
    ),
    (
        "It was reported that the bridge over the river had been destroyed.",
        [E(content="bridge over the river had been destroyed", speaker=None, speaker_type="unattributed")],
    ),
    # Not claims: narration, scare quotes.
    ("The fighting lasted two days and the roads were closed.", []),
    ("The so-called “security zone” was expanded on Monday to include two more villages.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_claims(read_text, text, expected):
    claims = read_text(text).claim_records
    assert len(claims) == len(expected), [(c.text, c.speaker, c.cue) for c in claims]
    for want in expected:
        found = [c for c in claims if want["content"] in c.text]
        assert found, f"no claim containing {want['content']!r} in {[c.text for c in claims]}"
        claim = found[0]
        for key, value in want.items():
            if key != "content":
                assert getattr(claim, key) == value, (key, claim)
        assert text[claim.start : claim.end] == claim.text
        if claim.speaker_start is not None:
            assert text[claim.speaker_start : claim.speaker_end] == claim.speaker_text
        assert text[claim.cue_start : claim.cue_end] == claim.cue


def test_defaults_of_an_unhedged_assertion(read_text):
    (claim,) = read_text(
        "The Interior Ministry said that 14 militants were arrested in the raid."
    ).claim_records
    assert claim.stance == "asserts" and claim.hedged is False and claim.via is None and claim.quote is False
