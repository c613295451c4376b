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
        # One claim per paragraph of a quote, as the annotation rules count them.
        [
            E(content="We lost contact", speaker="Omar Haddad", speaker_type="named", quote=True),
            E(content="drivers had been taken", speaker="Omar Haddad", speaker_type="named", quote=True),
        ],
    ),
    (
        "“The city is surrounded and the people are starving, said Musa Keita, a local councillor.\n\n"
        "Aid convoys have not reached the town since March.",
        [E(content="people are starving", speaker="Musa Keita", speaker_type="named")],
    ),
    # A colon-introduced quote in the next paragraph; an account given is a statement.
    (
        "A herder who escaped gave this account by telephone:\n\n"
        "\u201cThey came at dawn on motorbikes and burned the granaries.\u201d",
        [E(content="burned the granaries", speaker=None, speaker_type="anonymous", quote=True)],
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
        # A statement speaks for whoever issued it; footage and photos are documents themselves.
        [E(content="drones were shot down", speaker="Defence Ministry", speaker_type="named")],
    ),
    (
        "Footage shared by the brigade showed tanks burning on the outskirts of the town.",
        [E(content="tanks burning", speaker=None, speaker_type="document")],
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
    (
        "The agency TASS cited security sources as saying the gunmen had been killed.",
        [E(content="gunmen had been killed", speaker_type="anonymous", via="TASS", cue="saying")],
    ),
    (
        "The governor was quoted as saying the dam had held.",
        [E(content="the dam had held", speaker="governor", cue="saying")],
    ),
    (
        # A news outlet's own witness is the outlet.
        "A Reuters photographer at the scene saw smoke over the depot.",
        [E(content="smoke over the depot", speaker="Reuters", speaker_type="media", cue="saw")],
    ),
    # A dateline is not the subject; a name the model misses is still a name.
    (
        "SANAA, Yemen – Houthi rebels claim they have shot down a surveillance drone.",
        [E(content="shot down a surveillance drone", cue="claim", speaker_text="Houthi rebels")],
    ),
    (
        "NAIROBI, June 3 – The national army announced on Monday that its units had reopened the highway.",
        [E(content="its units had reopened the highway", speaker_text="The national army")],
    ),
    (
        # A subject the parser hung on the clause before: "..., but rebels have claimed ...".
        "It was not possible to verify the fall of the bridge; insurgents have often claimed to control it.",
        [
            E(content="not possible to verify", speaker_type="unattributed"),
            E(content="to control it", cue="claimed", speaker_text="insurgents"),
        ],
    ),
    (
        "Physicians Across Frontiers said the clinic had been hit twice.",
        [E(content="clinic had been hit", speaker="Physicians Across Frontiers", speaker_type="named")],
    ),
    # Joint subjects: one claim per speaker.
    (
        "Kenya and Uganda say the border will stay closed.",
        [
            E(content="border will stay closed", speaker="Kenya"),
            E(content="border will stay closed", speaker="Uganda"),
        ],
    ),
    (
        "The national army and the separatist Ambazonia Defence Forces (ADF) accused each other"
        " of shelling the camp.",
        [
            E(content="each other of shelling", speaker="army"),
            E(content="each other of shelling", speaker="Ambazonia Defence Forces"),
        ],
    ),
    # An outlet that reports another source's statement relays it.
    (
        "The provincial governor put the toll at 20 dead, the official state news agency reported.",
        [
            E(
                content="toll at 20 dead",
                speaker="provincial governor",
                cue="put",
                via="official state news agency",
            )
        ],
    ),
    # A source noun with its name in apposition is that name.
    (
        "The toll has passed 6,000, according to the conflict monitor ACLED.",
        [E(content="toll has passed 6,000", speaker="ACLED", speaker_type="named")],
    ),
    # "The statement said": the issuer named where the statement was first mentioned.
    (
        "The figures came in a statement issued by the interior ministry. The statement said 14 people"
        " had been detained.",
        [E(content="14 people had been detained", speaker="interior ministry", speaker_type="named")],
    ),
    (
        "In a communique posted online, the Zamani Front denied attacking the school. The text said"
        " the army had fired first.",
        [
            E(content="attacking the school", speaker="Zamani Front", stance="denies"),
            E(content="army had fired first", speaker="Zamani Front", stance="asserts"),
        ],
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
    # Denials by what they say of the other statement, not only by their verb.
    (
        "The ministry said the report of mass casualties was untrue.",
        [E(content="report of mass casualties was untrue", stance="denies")],
    ),
    (
        "“This is pure propaganda,” a spokesman for the brigade told reporters.",
        [E(content="This is pure propaganda", stance="denies", quote=True)],
    ),
    (
        "The government labelled the opposition's account “propaganda”.",
        [E(content="the opposition's account", stance="denies", cue="labelled")],
    ),
    (
        "The army said the figures did not align with its own records.",
        [E(content="did not align", stance="denies")],
    ),
    (
        # A denial hung on the charge it denies, and the charge's owner's own statement.
        "Kigali accused the militia of the massacre, a charge the militia denies.",
        [
            E(content="the militia of the massacre", speaker_type="named", stance="asserts", cue="accused"),
            E(content="a charge the militia denies", stance="denies", cue="denies"),
        ],
    ),
    (
        "The army rejected the governor's assertion that 40 soldiers had deserted.",
        [
            E(content="governor's assertion that 40 soldiers", stance="denies", cue="rejected"),
            E(content="assertion that 40 soldiers had deserted", stance="asserts", cue="assertion"),
        ],
    ),
    (
        # The reports' content is what the denial denies: one claim.
        "The navy has debunked the rumours claiming pirates seized two of its boats.",
        [E(content="the rumours claiming pirates seized", stance="denies", cue="debunked")],
    ),
    (
        # A quote that is only part of a reported sentence: the sentence is the statement.
        'It is wrong that "each fire in the port" was set by its gunners, the army said.',
        [E(content="It is wrong that", stance="denies", quote=False, speaker="army")],
    ),
    (
        # A statement reported inside a quote is its own claim, by whom the quoted speaker names.
        "Colonel Amos Dube said: “I spoke to the garrison commander and he told me that no post "
        "had been overrun.”",
        [
            E(content="I spoke to the garrison commander", speaker="Amos Dube", quote=True),
            E(content="no post had been overrun", cue="told", quote=False),
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
    # An unnamed person speaks for the body they are attached to, never for a town.
    (
        "A volunteer with the local Crisis Relief Cell said 40 people were killed.",
        [E(content="40 people were killed", speaker="Crisis Relief Cell", speaker_type="anonymous")],
    ),
    (
        "A trader in Kaya said the market had burned.",
        [E(content="market had burned", speaker=None, speaker_type="anonymous")],
    ),
    # An unnamed source's group, not the place it is in or a body its anonymity clause names;
    # "security" says what a source deals with, not whom it speaks for.
    (
        "A Zamani Front commander in Kessa said his fighters had withdrawn.",
        [E(content="fighters had withdrawn", speaker="Zamani Front", speaker_type="anonymous")],
    ),
    (
        "An aid worker in Kessa, who spoke on condition of anonymity because aid groups need the"
        " army's permission to work, said 300 families had fled.",
        [E(content="300 families had fled", speaker=None, speaker_type="anonymous")],
    ),
    (
        "Two security officials said the convoy was hit near the bridge.",
        [E(content="convoy was hit", speaker=None, speaker_type="anonymous")],
    ),
    # Pronouns and role nouns refer back to the named speaker.
    (
        # the byline's reporter is no one the story quotes
        "By Jane Morrow\n\nThe convoy was hit at dawn near the bridge.\n\n"
        "\u201cWe ran into the forest,\u201d she said.",
        [E(content="We ran into the forest", speaker=None)],
    ),
    (
        "A rebel adviser, Hamid Osman, disputed the governor's figure, telling AFP that only five"
        " people had died.",
        [
            E(content="governor's figure", speaker="Hamid Osman", stance="denies"),
            E(content="only five people had died", speaker="Hamid Osman", via="AFP"),
        ],
    ),
    (
        "The spokesman of the regional police, Maria Lopez, said 12 civilians had been killed.",
        [E(content="12 civilians had been killed", speaker="Maria Lopez")],
    ),
    (
        "Mariam Ahmadi, a teacher in Herat, described the attack. She said the school had been empty.",
        [E(content="school had been empty", speaker="Mariam Ahmadi", speaker_type="named")],
    ),
    (
        "Fahad Al-Masri, spokesman for the coalition, spoke on Tuesday. "
        "The spokesman added that the strikes would continue.",
        [E(content="strikes would continue", speaker="Fahad Al-Masri", speaker_type="named")],
    ),
    (
        # "She" is the last single person who spoke, not a person merely named since.
        "Nadia Sultani, a government official, said the strike hit a school named after Ahmad Shah Massoud. "
        "She said the building had been empty for a week.",
        [
            E(content="strike hit a school", speaker="Nadia Sultani"),
            E(content="building had been empty", speaker="Nadia Sultani", speaker_type="named"),
        ],
    ),
    (
        # "She" is not a man: "his wife" says who is a woman.
        "Karim Haidari died in the strike, his wife Leila told reporters. "
        "I met his brother Jawad there. She said the house had been empty.",
        [
            E(content="Karim Haidari died", speaker="Leila"),
            E(content="house had been empty", speaker="Leila", speaker_type="named"),
        ],
    ),
    (
        "Residents said the militia had left the town. They added that the market had reopened.",
        [
            E(content="militia had left", speaker=None, speaker_type="anonymous"),
            E(content="market had reopened", speaker=None, speaker_type="anonymous"),
        ],
    ),
    (
        "The Kivu Medical Alliance said ten people died in the shelling. It said a bakery was hit.",
        [
            E(content="ten people died", speaker="Kivu Medical Alliance"),
            E(content="bakery was hit", speaker="Kivu Medical Alliance", speaker_type="named"),
        ],
    ),
    (
        # "It" is the body that spoke, not a group acting inside its statement.
        "The Chadian defence ministry said the fighting began after rebel forces shelled a depot. "
        "It denied that its aircraft had struck the market.",
        [
            E(content="the fighting began", speaker="Chadian defence ministry"),
            E(content="its aircraft had struck", speaker="Chadian defence ministry", stance="denies"),
        ],
    ),
    (
        # "The source" is the source already introduced.
        "A senior police source told reporters the bomber was a teenager. "
        "The source said the blast damaged six shops.",
        [
            E(content="bomber was a teenager", speaker_type="anonymous"),
            E(content="damaged six shops", speaker_type="anonymous", speaker_text="The source"),
        ],
    ),
    (
        # An armed side speaking as a whole is that side, named.
        "The Kivu Liberation Front attacked the garrison at dawn. Rebels said they had seized the armoury.",
        [E(content="seized the armoury", speaker="Kivu Liberation Front", speaker_type="named")],
    ),
    # Hedges.
    (
        "The general was reportedly killed in the strike, state media said.",
        [E(content="general was reportedly killed", speaker_type="media", hedged=True)],
    ),
    (
        # The reporter's verification caveat is a claim of its own, in nobody's name.
        "The group said it had shot down a helicopter. The claim could not be independently verified.",
        [
            E(content="shot down a helicopter", hedged=True),
            E(content="could not be independently verified", speaker=None, speaker_type="unattributed"),
        ],
    ),
    (
        "It was reported that the bridge over the river had been destroyed.",
        [E(content="bridge over the river had been destroyed", speaker=None, speaker_type="unattributed")],
    ),
    # Reporting words beyond "say": object verbs take their object and its complement.
    (
        "The interior ministry called the bombing a cowardly act of terrorism.",
        [E(content="the bombing a cowardly act", speaker="interior ministry", cue="called")],
    ),
    (
        "The provincial governor called for calm after the riots.",
        [E(content="for calm", speaker_type="named", cue="called")],
    ),
    (
        "The envoy urged both factions to return to the negotiating table.",
        [E(content="both factions to return", cue="urged")],
    ),
    (
        "The foreign ministry warned that further attacks were likely.",
        [E(content="further attacks were likely", cue="warned")],
    ),
    (
        "The committee described the killings as a massacre.",
        [E(content="the killings as a massacre", cue="described")],
    ),
    (
        "The garrison commander put the toll at 12 dead.",
        [E(content="put the toll at 12 dead", cue="put")],
    ),
    (
        "Aid agencies voiced alarm over the fate of the displaced families.",
        [E(content="fate of the displaced families", cue="voiced")],
    ),
    # Two reporting verbs of one source and stance are one claim; a different stance is another.
    (
        "The army said the convoy was ambushed at dawn, adding that the road had been reopened.",
        [E(content="road had been reopened", speaker="army", cue="said")],
    ),
    (
        "The council condemned the shelling and called on the militia to withdraw.",
        [E(content="militia to withdraw", cue="condemned")],
    ),
    (
        "The spokesman rejected the accusations of looting and said reports of desertions were untrue.",
        [
            E(content="accusations of looting", stance="denies", cue="rejected"),
            E(content="reports of desertions were untrue", stance="denies", cue="said"),
        ],
    ),
    # A coordinated clause with its own source is its own claim.
    (
        "The mayor said nine people had died, while a hospital official said the toll was 14.",
        [
            E(content="nine people had died", speaker="mayor"),
            E(content="the toll was 14", speaker_type="anonymous"),
        ],
    ),
    # No claim: nobody speaks, the reader is addressed, a statement still to come, a free relative.
    ("No group has claimed responsibility for the explosion.", []),
    ("Nobody has claimed responsibility for the explosion.", []),
    ("You will recall that the bridge was closed last winter.", []),
    ("Three ministries are due to publish new rules next month.", []),
    ("A drought that underlines the fragility of the harvest has worried farmers.", []),
    ("Shoppers near the market believed the bang was a tyre bursting.", []),
    ("When the truce was announced, on 4 March, the families returned.", []),
    # Unattributed statements and the reporter's caveats.
    (
        "The commander reportedly fled across the river overnight.",
        [E(content="commander reportedly fled", speaker=None, speaker_type="unattributed", cue="reportedly")],
    ),
    (
        "More than 2,000 families are said to be sheltering in the stadium.",
        [E(content="are said to be sheltering", speaker=None, speaker_type="unattributed")],
    ),
    (
        "Dozens of arrests were reported in the capital.",
        [E(content="Dozens of arrests", speaker=None, speaker_type="unattributed")],
    ),
    (
        "Reports of looting in the northern districts have circulated since Friday.",
        [E(content="Reports of looting", speaker=None, speaker_type="unattributed", cue="Reports")],
    ),
    (
        "Six people died in reported drone strikes on the market.",
        [E(content="reported drone strikes on the market", speaker_type="unattributed", cue="reported")],
    ),
    (
        "It remained unclear who fired the first shot.",
        [E(content="who fired the first shot", speaker=None, speaker_type="unattributed")],
    ),
    (
        # The agency that filed the report speaks in the reporter's voice; a relayed one does not.
        "TUNIS (Reuters) - Clashes broke out overnight, residents said. Reuters could not"
        " independently verify the accounts.",
        [
            E(content="Clashes broke out", speaker_type="anonymous"),
            E(content="could not independently verify", speaker=None, speaker_type="unattributed"),
        ],
    ),
    (
        "Clashes broke out overnight, residents said. Reuters could not independently verify the accounts.",
        [
            E(content="Clashes broke out", speaker_type="anonymous"),
            E(content="could not independently verify", speaker="Reuters", speaker_type="media"),
        ],
    ),
    (
        "Clashes broke out overnight, residents said. AFP could not immediately verify the accounts.",
        [
            E(content="Clashes broke out", speaker_type="anonymous"),
            E(content="could not immediately verify", speaker="AFP", speaker_type="media"),
        ],
    ),
    (
        "Officials said 12 people had died. The toll is expected to rise.",
        [
            E(content="12 people had died", speaker_type="anonymous"),
            E(content="toll is expected to rise", speaker=None, speaker_type="unattributed"),
        ],
    ),
    (
        "The city council put the number of dead at three.",
        [E(content="number of dead at three", speaker="city council", cue="put")],
    ),
    (
        "Neither toll could be independently verified.",
        [E(content="Neither toll", speaker=None, speaker_type="unattributed")],
    ),
    (
        "Forty bodies were found, according to reports from the district.",
        [E(content="Forty bodies were found", speaker=None, speaker_type="unattributed")],
    ),
    (
        # Hearsay that an attribution names the source of is that source's claim alone.
        "Some 9,000 herders are thought to have crossed the river, according to the refugee agency.",
        [E(content="9,000 herders are thought", speaker_type="named", cue="according to")],
    ),
    # Documents that show, witnesses that saw, analysts who think.
    (
        "Video posted on social media showed smoke rising over the refinery.",
        [E(content="smoke rising over the refinery", speaker=None, speaker_type="document", cue="showed")],
    ),
    (
        "An eyewitness counted 19 coffins in the mosque yard.",
        [E(content="19 coffins", speaker_type="anonymous", cue="counted")],
    ),
    (
        "Most experts do not believe the ceasefire can last.",
        [E(content="the ceasefire can last", speaker_type="anonymous", cue="believe")],
    ),
    # A headline restated in the body is the body's claim only.
    (
        "Rebels say they seized the airport\n\n"
        "Rebels said on Sunday they had seized the airport after a night of fighting.",
        [E(content="they had seized the airport", cue="said")],
    ),
    # Not claims: narration, scare quotes.
    ("The engineers put the figure on the wall.", []),
    ("The fighting lasted two days and the roads were closed.", []),
    ("The so-called “security zone” was expanded on Monday to include two more villages.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_claims(read_text, text, expected):
    claims = read_text(text).claim_records
    assert len(claims) == len(expected), [(c.text, c.speaker, c.cue) for c in claims]
    for want in expected:
        found = [c for c in claims if want["content"] in c.text and want.get("cue", c.cue) == c.cue]
        assert found, f"no claim containing {want['content']!r} in {[c.text for c in claims]}"
        # Joint speakers share a statement: the one with the expected attributes, if there is one.
        fits = [c for c in found if all(getattr(c, k) == v for k, v in want.items() if k != "content")]
        claim = (fits or found)[0]
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
