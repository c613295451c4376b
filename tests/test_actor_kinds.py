"""Actor kinds on reporting: a country that acts is its government, armed groups, state forces,
media and people, on sentences written for the tests (one or more per phenomenon)."""

from __future__ import annotations

import pytest
from actor_lookup import actor_with

CASES = [
    # -- a country that acts or speaks is its government; where things happen, a place
    ("Norway said on Tuesday it would expel two diplomats.", "Norway", "government"),
    # A person in apposition with a role, whatever noun modifies the role.
    ("Nadia Sultani, a district official, said the school was empty.", "Nadia Sultani", "person"),
    # A name with an age in apposition, whatever label the model gives it.
    ("Daw Aye Nandar, 61, hid in the rice store until dawn.", "Daw Aye Nandar", "person"),
    ("Chile agreed to send observers to the border.", "Chile", "government"),
    ("The rebels accused Belgium of arming the militia.", "Belgium", "government"),
    ("Ecuador and Peru signed the truce in a ceremony on Friday.", "Peru", "government"),
    ("Iran-backed militias shelled the base overnight.", "Iran", "government"),
    ("A spokesman for Canada said the embassy would stay open.", "Canada", "government"),
    ("Talks with Venezuela collapsed on Monday.", "Venezuela", "government"),
    ("Britain's foreign secretary called for calm.", "Britain", "government"),
    ("Several people died in a Turkish air strike near the village.", "Turkish", "government"),
    ("Clashes broke out in Chad on Sunday, witnesses said.", "Chad", "place"),
    ("Thousands fled to Uganda after the attack.", "Uganda", "place"),
    # -- armed non-state groups: listed names, head nouns, context
    ("Al-Shabaab claimed the bombing near the market.", "Al-Shabaab", "armed_group"),
    ("ISIS fighters retreated from the town on Monday.", "ISIS", "armed_group"),
    ("Jemaah Islamiyah was blamed for the blasts.", "Jemaah Islamiyah", "armed_group"),
    ("Soldiers clashed with Boko Haram near the lake.", "Boko Haram", "armed_group"),
    ("Chadian rebels seized the garrison town.", "Chadian rebels", "armed_group"),
    ("The Kata'ib Noor claimed responsibility for the ambush.", "Kata'ib Noor", "armed_group"),
    ("Fighters of the Zamani Front stormed the checkpoint.", "Zamani Front", "armed_group"),
    ("The Ruvuma Liberation Army said it had taken two posts.", "Ruvuma Liberation Army", "armed_group"),
    # -- state forces rather than governments or organisations
    ("Kenyan police fired rubber bullets at the crowd.", "Kenyan police", "state_force"),
    (
        "Egyptian intelligence services arrested the cell's leader.",
        "Egyptian intelligence services",
        "state_force",
    ),
    ("The US-led coalition denied striking the market.", "US-led coalition", "state_force"),
    ("NATO bombing raids hit the depot at dawn.", "NATO", "state_force"),
    ("Arab League troops secured the airport.", "Arab League troops", "state_force"),
    ("The 4th Armoured Division moved north.", "4th Armoured Division", "state_force"),
    ("Chadian soldiers were ambushed near the border.", "Chadian soldiers", "state_force"),
    ("Chile's military announced a new offensive.", "Chile's military", "state_force"),
    ("NATO leaders met in Vilnius on Tuesday.", "NATO", "organization"),
    # -- media: listed outlets, datelines, "told", "Tigray TV", "X News Agency"
    ("BAMAKO (AFP) - Gunmen attacked a convoy on Tuesday.", "AFP", "media"),
    ("A local official told Xinhua that the road was closed.", "Xinhua", "media"),
    ("The commander told the Sentinel that his men were ready.", "Sentinel", "media"),
    ("The claim was broadcast on Tigray TV late on Sunday.", "Tigray TV", "media"),
    ("The Volta News Agency said the bridge was destroyed.", "Volta News Agency", "media"),
    ("Malaysia's state news agency Bernama said the drone was downed.", "Bernama", "media"),
    ("According to The Herald, the talks broke down.", "Herald", "media"),
    # -- people, and things that are not actors of their own
    ("The account @rivers_watch posted footage of the crowd.", "@rivers_watch", "person"),
    ("Defence Minister of the TNC Selim Varga said the strikes were illegal.", "Selim Varga", "person"),
    ("The video was shared on Telegram on Monday.", "Telegram", "other"),
    ("Mourners gathered at the home of the Haddad family.", "Haddad family", "other"),
]


@pytest.mark.parametrize(("text", "alias", "kind"), CASES, ids=[c[1] for c in CASES])
def test_actor_kind(read_text, text, alias, kind):
    assert actor_with(read_text(text), alias).kind == kind


def test_an_embassy_that_acts_is_its_government_and_one_embassy(read_text):
    text = (
        "The Norwegian Embassy in Accra issued a warning to travellers. An official at the "
        "Norway Embassy said two citizens were missing."
    )
    reading = read_text(text)
    embassies = [a for a in reading.actor_records if "Embassy" in a.name]
    assert len(embassies) == 1
    assert {"Norwegian Embassy", "Norway Embassy"} <= set(embassies[0].aliases)
    assert embassies[0].kind == "government"


def test_a_capital_in_a_dateline_is_a_place(read_text):
    reading = read_text("NAIROBI (Reuters) - Police dispersed protesters in the city on Monday.")
    assert actor_with(reading, "NAIROBI").kind == "place"
