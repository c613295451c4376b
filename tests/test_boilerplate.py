"""Boilerplate detection: furniture is marked line by line, article prose never is."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from workbench.input.boilerplate import THRESHOLD, find_boilerplate, score_lines
from workbench.records import Boilerplate

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_425851d80951d886.txt"
SEED_FURNITURE = ["Spread the love", "Leave A Reply", "Social Media Auto Publish Powered By : XYZScripts.com"]


def article(*paragraphs: str, sep: str = "\n\n") -> str:
    return sep.join(paragraphs)


def marked(text: str) -> list[tuple[str, str]]:
    return [(text[b.start : b.end], b.reason) for b in find_boilerplate(text)]


# Body paragraphs from several wars and outlets, reused across cases.
KABUL = (
    "KABUL, Aug 30 (Reuters) - Taliban fighters sealed off the main roads into the Panjshir valley on "
    "Monday as talks with the resistance front stalled, residents said."
)
KABUL_2 = "The Taliban denied attacking Panjshir, saying their forces were attacked first and only responded."
KHARKIV = (
    "Russian forces shelled residential districts of Kharkiv overnight, killing at least four civilians, "
    "the regional governor said on Telegram."
)
KHARKIV_2 = "Emergency crews worked through the night to pull survivors from a collapsed apartment block."
TIGRAY = (
    "Humanitarian convoys reached Mekelle after a three-week pause, the World Food Programme said, "
    "although fuel shortages continue to limit distribution across Tigray."
)
TIGRAY_2 = "Aid workers said that thousands of displaced families were still sleeping in schools."
KHARTOUM = (
    "Clashes between the army and paramilitary fighters spread to Omdurman on Saturday, witnesses "
    "told reporters, as residents fled across the Nile."
)
KHARTOUM_2 = "The health ministry said hospitals in the capital were running out of blood and anaesthetics."
HODEIDAH = (
    "Houthi forces launched drones at a Saudi oil facility near Jizan on Thursday, the coalition said, "
    "adding that all of them had been intercepted."
)
HODEIDAH_2 = "The Houthis have not commented on the coalition's account of the attack."
GAZA = (
    "Air strikes hit several buildings in the south of the Gaza Strip on Tuesday, according to "
    "civil defence officials, who said rescuers were still searching the rubble."
)
GAZA_2 = "Residents described hearing explosions for more than an hour before dawn."
MYANMAR = (
    "Resistance fighters captured a military outpost in northern Shan state after days of fighting, "
    "a spokesman for the alliance told reporters in Lashio."
)
MYANMAR_2 = "The junta has not responded to requests for comment about the fighting."
HAMA = (
    "Government warplanes struck a market in Hama province overnight, leaving at least nine people "
    "dead, a war monitor reported on Sunday."
)
HAMA_2 = "Local rescue workers expected the toll to rise as more bodies were recovered."


POSITIVE = [
    pytest.param(
        article("Share this:", "Facebook", "Twitter", "WhatsApp", KABUL, KABUL_2),
        [
            ("Share this:", "share prompt"),
            ("Facebook", "share prompt"),
            ("Twitter", "share prompt"),
            ("WhatsApp", "share prompt"),
        ],
        id="share block at top",
    ),
    pytest.param(
        article(
            KHARKIV,
            KHARKIV_2,
            "Related posts",
            "Leave a Reply Cancel reply",
            "You must be logged in to post a comment.",
            "Proudly powered by WordPress | Theme: Newsup by Themeansar.",
        ),
        [
            ("Related posts", "related links"),
            ("Leave a Reply Cancel reply", "comment prompt"),
            ("You must be logged in to post a comment.", "comment prompt"),
            ("Proudly powered by WordPress | Theme: Newsup by Themeansar.", "CMS credit"),
        ],
        id="wordpress footer",
    ),
    pytest.param(
        article("By admin on March 3, 2022", "Taliban deny attacking Panjshir", KABUL, KABUL_2),
        [("By admin on March 3, 2022", "byline")],
        id="cms byline above headline",
    ),
    pytest.param(
        article("Posted by admin", "Published: 12:30 PM", TIGRAY, TIGRAY_2),
        [("Posted by admin", "byline"), ("Published: 12:30 PM", "byline")],
        id="posted by and published stamp",
    ),
    pytest.param(
        article("Home » World » Africa", "Sudan fighting spreads to Omdurman", KHARTOUM, KHARTOUM_2),
        [("Home » World » Africa", "navigation")],
        id="breadcrumb",
    ),
    pytest.param(
        article(HODEIDAH, "Advertisement", "Read more: Houthis claim drone strike on Jizan", HODEIDAH_2),
        [
            ("Advertisement", "advertisement"),
            ("Read more: Houthis claim drone strike on Jizan", "related links"),
        ],
        id="advert and read-more in the middle",
    ),
    pytest.param(
        article(GAZA, "Also read: UN warns of famine risk in northern Gaza as aid trickles in", GAZA_2),
        [("Also read: UN warns of famine risk in northern Gaza as aid trickles in", "related links")],
        id="also read between paragraphs",
    ),
    pytest.param(
        article(KHARKIV, KHARKIV_2, "Tags: Ukraine, Russia, Kharkiv, shelling", "Filed under World News"),
        [("Tags: Ukraine, Russia, Kharkiv, shelling", "tags"), ("Filed under World News", "tags")],
        id="tags and filed under",
    ),
    pytest.param(
        article(MYANMAR, MYANMAR_2, "Copyright © 2023 The Irrawaddy Report. All rights reserved."),
        [("Copyright © 2023 The Irrawaddy Report. All rights reserved.", "copyright")],
        id="copyright footer",
    ),
    pytest.param(
        article(
            HAMA,
            HAMA_2,
            "We use cookies to ensure that we give you the best experience on our website. If you continue "
            "to use this site we will assume that you are happy with it.",
            "Accept",
        ),
        [
            (
                "We use cookies to ensure that we give you the best experience on our website. "
                "If you continue to use this site we will assume that you are happy with it.",
                "cookie notice",
            ),
            ("Accept", "cookie notice"),
        ],
        id="cookie notice",
    ),
    pytest.param(
        article(KABUL, KABUL_2, "https://www.example-news.af/2021/08/30/panjshir/", "www.kabulpress.org"),
        [("https://www.example-news.af/2021/08/30/panjshir/", "url"), ("www.kabulpress.org", "url")],
        id="bare urls at bottom",
    ),
    pytest.param(
        article("Yemen: drones target Jizan", "Image: Reuters", HODEIDAH, HODEIDAH_2, "Photo credit: AFP"),
        [("Image: Reuters", "image credit"), ("Photo credit: AFP", "image credit")],
        id="image credits",
    ),
    pytest.param(
        article(
            TIGRAY,
            TIGRAY_2,
            "Subscribe to our newsletter",
            "Follow us on Twitter",
            "Click here to support independent journalism",
        ),
        [
            ("Subscribe to our newsletter", "newsletter prompt"),
            ("Follow us on Twitter", "social follow"),
            ("Click here to support independent journalism", "click prompt"),
        ],
        id="calls to action",
    ),
    pytest.param(
        article(GAZA, GAZA_2, "3 Comments", "Cancel reply"),
        [("3 Comments", "comment prompt"), ("Cancel reply", "comment prompt")],
        id="comment count",
    ),
    pytest.param(
        article("Last updated 2 hours ago", "Army and RSF trade blame", KHARTOUM, KHARTOUM_2),
        [("Last updated 2 hours ago", "byline")],
        id="last updated",
    ),
    pytest.param(
        article("Share on Facebook Share on Twitter", MYANMAR, MYANMAR_2, "Print | Email"),
        [("Share on Facebook Share on Twitter", "share prompt"), ("Print | Email", "share prompt")],
        id="share rows top and bottom",
    ),
    pytest.param(
        article("Home | World | Politics | Sports | Contact", HAMA, HAMA_2),
        [("Home | World | Politics | Sports | Contact", "navigation")],
        id="menu row",
    ),
    pytest.param(
        article(KABUL, KABUL_2, "Powered by Blogger", "Theme by ThemeGrill"),
        [("Powered by Blogger", "CMS credit"), ("Theme by ThemeGrill", "CMS credit")],
        id="cms credits",
    ),
    pytest.param(
        article("By Ahmad Shah", "August 30, 2021", "Fighting resumes in Andarab", KABUL, KABUL_2),
        [("August 30, 2021", "date line")],
        id="date at top, the journalist's byline kept",
    ),
    pytest.param(
        article("- Advertisement -", GAZA, "Story continues below advertisement", GAZA_2, "1,204 Views"),
        [
            ("- Advertisement -", "advertisement"),
            ("Story continues below advertisement", "advertisement"),
            ("1,204 Views", "share prompt"),
        ],
        id="decorated advert labels",
    ),
    pytest.param(
        article(
            HODEIDAH,
            HODEIDAH_2,
            "Your email address will not be published. Required fields are marked *",
            "Save my name, email, and website in this browser for the next time I comment.",
        ),
        [
            ("Your email address will not be published. Required fields are marked *", "comment prompt"),
            (
                "Save my name, email, and website in this browser for the next time I comment.",
                "comment prompt",
            ),
        ],
        id="comment form",
    ),
    pytest.param(
        article("You are here: Home / News / Middle East", "Air strikes hit southern Gaza", GAZA, GAZA_2),
        [("You are here: Home / News / Middle East", "navigation")],
        id="you are here",
    ),
    pytest.param(
        article(
            "Ethiopia’s Tigray: aid convoy reaches Mekelle",
            "admin",
            "Comments Off on Ethiopia’s Tigray: aid convoy reaches Mekelle",
            TIGRAY,
            TIGRAY_2,
            "Print Friendly, PDF & Email",
            "Related",
            "Previous post",
            "Eritrean troops still in Tigray, US says",
            "Next post",
            "TPLF fighters advance into Amhara",
            "Comment",
            "Name",
            "Website",
            "Post Comment",
        ),
        [
            ("admin", "byline"),
            ("Comments Off on Ethiopia’s Tigray: aid convoy reaches Mekelle", "comment prompt"),
            ("Print Friendly, PDF & Email", "share prompt"),
            ("Related", "related links"),
            ("Previous post", "related links"),
            ("Eritrean troops still in Tigray, US says", "related links"),
            ("Next post", "related links"),
            ("TPLF fighters advance into Amhara", "related links"),
            ("Comment", "comment prompt"),
            ("Name", "comment prompt"),
            ("Website", "comment prompt"),
            ("Post Comment", "comment prompt"),
        ],
        id="wordpress page with post navigation and comment form",
    ),
    pytest.param(
        article(
            "Ukraine war latest: Russia pounds Kharkiv",
            "Published 14:05 GMT, 3 April 2022 | Updated 16:20 GMT",
            "Listen to this article",
            KHARKIV,
            KHARKIV_2,
            "Get the day's top stories delivered to your inbox.",
            "Share this with",
            "Messenger",
            "Copy this link",
            "These are external links and will open in a new window",
            "Related Topics",
            "Ukraine",
            "Russia",
        ),
        [
            ("Published 14:05 GMT, 3 April 2022 | Updated 16:20 GMT", "byline"),
            ("Listen to this article", "media prompt"),
            ("Get the day's top stories delivered to your inbox.", "newsletter prompt"),
            ("Share this with", "share prompt"),
            ("Messenger", "share prompt"),
            ("Copy this link", "share prompt"),
            ("These are external links and will open in a new window", "share prompt"),
            ("Related Topics", "related links"),
            ("Ukraine", "related links"),
            ("Russia", "related links"),
        ],
        id="broadcaster page with topic list",
    ),
    pytest.param(
        article(GAZA, GAZA_2, "Read more: UN warns of famine", "Key demands", "Opening of the crossings"),
        [("Read more: UN warns of famine", "related links")],
        id="a prompt with a title opens no list",
    ),
]

HEADLINES = [
    "Updated: death toll rises to 40 in Hama strike",
    "Share of civilian casualties rises",
    "Email leaks reveal Wagner payments",
    "Tweet by Zelensky sparks row",
    "Comment: Why the ceasefire will fail",
    "Theme park reopens in Kharkiv",
    "Copyright row over war footage",
    "Date of the attack remains unclear",
    "Related party talks collapse in Khartoum",
    "By Sunday night the fighting had stopped",
    "Source of the leak remains unknown",
    "Menu of options for peace talks",
    "Watch list grows as Sahel violence spreads",
    "Follow-up strikes hit the same site",
    "Subscribers flock to militia Telegram channels",
]

NEGATIVE = [
    pytest.param(article("“Share your thoughts,” he said.", KABUL), id="quoted share"),
    pytest.param(
        article(
            "The video was shared on Facebook and Twitter by pro-Kremlin accounts on Monday, officials said.",
            KHARKIV,
        ),
        id="body mentions facebook",
    ),
    pytest.param(article("Taliban deny attacking Panjshir", KABUL, KABUL_2), id="headline at top"),
    pytest.param(article(KABUL, "Fighting resumes in Andarab", KABUL_2), id="subhead in the middle"),
    pytest.param(article(KABUL), id="reuters dateline opens body"),
    pytest.param(
        article(KABUL, "Leave no one behind, the minister said.", KABUL_2), id="leave no one behind"
    ),
    pytest.param(
        article(
            "Powered by Iranian-made engines, the drones struck power stations across Kyiv overnight.",
            KHARKIV,
        ),
        id="powered by in a sentence",
    ),
    pytest.param(
        article(TIGRAY, "The forum, which is powered by volunteers, posted 3 comments from Mekelle."),
        id="comments in a sentence",
    ),
    pytest.param(
        article(KHARTOUM, "Print and broadcast media were ordered to close in Khartoum on Saturday."),
        id="print in a sentence",
    ),
    pytest.param(
        article("Home front: how Kharkiv's volunteers keep the lights on", KHARKIV, KHARKIV_2),
        id="headline starting with home",
    ),
    pytest.param(
        article(
            HAMA,
            "Tags on the weapons traced them to a factory in Belarus, Conflict Armament Research said.",
        ),
        id="tags in a sentence",
    ),
    pytest.param(
        article(MYANMAR, "By the time the convoy reached Lashio, the rebels had withdrawn from the town."),
        id="by the time",
    ),
    pytest.param(article("By Any Means Necessary", MYANMAR, MYANMAR_2), id="title case headline with by"),
    pytest.param(
        article(GAZA, "In an email to Reuters, a spokesman for the army denied the claim.", GAZA_2),
        id="email in a sentence",
    ),
    pytest.param(
        article(
            KHARKIV,
            "The footage was first posted on the website of Ukrainska Pravda, pravda.com.ua, on Tuesday.",
            KHARKIV_2,
        ),
        id="domain in a sentence",
    ),
    pytest.param(
        article(HODEIDAH, "Read the full statement, the spokesman told journalists in Sanaa.", HODEIDAH_2),
        id="read in a sentence",
    ),
    pytest.param(
        article(GAZA, "“Follow us on the road to Rafah,” the driver told the reporters.", GAZA_2),
        id="quoted follow us",
    ),
    pytest.param(
        article("Advertisers pull out of Russian state television", KHARKIV, KHARKIV_2),
        id="headline with advert-like word",
    ),
    pytest.param(
        article(TIGRAY, "Related fighting in the north killed at least 12 civilians, the UN said.", TIGRAY_2),
        id="related in a sentence",
    ),
    pytest.param(
        article(KHARTOUM, "Subscribers to the militia's Telegram channel were told to gather.", KHARTOUM_2),
        id="subscribers in a sentence",
    ),
    pytest.param(
        article("Copyright law cannot stop the leaks, activists say", HAMA, HAMA_2),
        id="headline starting with copyright",
    ),
    pytest.param(
        article(MYANMAR, "Click-and-collect aid points opened in three townships, they said.", MYANMAR_2),
        id="click in a sentence",
    ),
    pytest.param(
        article("Watchdog says Sudan war crimes probe is stalling", KHARTOUM, KHARTOUM_2),
        id="headline starting with watch",
    ),
    pytest.param(article(GAZA, "Photos from the scene showed", GAZA_2), id="short line that is not a credit"),
    # Bylines and agency credits name people, whom the annotation counts as actors of the story.
    pytest.param(
        article(KHARKIV, KHARKIV_2, "Reporting by Olena Harmash; Editing by Andrew Heavens"),
        id="agency credits",
    ),
    pytest.param(
        article("By Ahmad Shah", "Fighting resumes in Andarab", KABUL, KABUL_2), id="journalist byline"
    ),
    pytest.param(
        article(
            KHARKIV, "(Reporting by Pavel Polityuk; Writing by Tom Balmforth; Editing by Alex Richardson)"
        ),
        id="agency credits in brackets",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_furniture_is_marked(text: str, expected: list[tuple[str, str]]) -> None:
    assert marked(text) == expected


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("where", ["top", "middle"])
def test_headlines_and_subheads_with_furniture_words_are_not_marked(headline: str, where: str) -> None:
    text = article(headline, KABUL, KABUL_2) if where == "top" else article(KABUL, headline, KABUL_2)
    assert find_boilerplate(text) == ()


@pytest.mark.parametrize("text", NEGATIVE)
def test_prose_is_not_marked(text: str) -> None:
    assert find_boilerplate(text) == ()


def test_seed_article_marks_exactly_its_three_furniture_lines() -> None:
    text = SEED.read_text(encoding="utf-8")
    regions = find_boilerplate(text)
    assert [text[b.start : b.end] for b in regions] == SEED_FURNITURE
    assert [b.reason for b in regions] == ["share prompt", "comment prompt", "CMS credit"]


@pytest.mark.parametrize("sep", ["\r\n", "\r\n\r\n", "\n", "\r"])
def test_offsets_slice_back_exactly_whatever_the_line_endings(sep: str) -> None:
    text = "  \ufeffSpread the love  " + sep + KABUL + sep + KABUL_2 + sep + "\tLeave A Reply \t" + sep
    regions = find_boilerplate(text)
    assert [text[b.start : b.end] for b in regions] == ["Spread the love", "Leave A Reply"]
    assert all("\r" not in text[b.start : b.end] and "\n" not in text[b.start : b.end] for b in regions)


def test_seed_with_crlf_line_endings() -> None:
    text = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
    assert [text[b.start : b.end] for b in find_boilerplate(text)] == SEED_FURNITURE


@pytest.mark.parametrize("text", [p.values[0] for p in POSITIVE] + [SEED.read_text(encoding="utf-8")])
def test_regions_are_sorted_disjoint_and_cover_whole_visible_lines(text: str) -> None:
    regions = find_boilerplate(text)
    assert all(isinstance(b, Boilerplate) and b.reason for b in regions)
    assert all(a.end <= b.start for a, b in zip(regions, regions[1:], strict=False))
    for b in regions:
        span = text[b.start : b.end]
        assert span == span.strip() and span
        before, after = text[: b.start], text[b.end :]
        assert before == "" or before[-1] in "\r\n\t \ufeff"
        assert after == "" or after[0] in "\r\n\t "


def test_prose_only_text_has_no_boilerplate() -> None:
    text = article(KABUL, KABUL_2, KHARKIV, TIGRAY, KHARTOUM, HODEIDAH, GAZA, MYANMAR, HAMA)
    assert find_boilerplate(text) == ()


@pytest.mark.parametrize("text", ["", "\n\n", "   \r\n\t  "])
def test_empty_or_blank_text(text: str) -> None:
    assert find_boilerplate(text) == ()


def test_a_line_without_evidence_is_never_marked_whatever_its_shape() -> None:
    text = article("Spread the love", "Kabul airport gates", "Leave A Reply")
    assert marked(text) == [("Spread the love", "share prompt"), ("Leave A Reply", "comment prompt")]
    scores = {text[s.start : s.end]: s for s in score_lines(text)}
    assert scores["Kabul airport gates"].evidence == 0 and not scores["Kabul airport gates"].marked
    assert all(s.score >= THRESHOLD for s in scores.values() if s.marked and s.evidence >= 10)


def test_long_unbroken_tokens_stay_fast() -> None:
    text = article("Share", "1" * 200_000, "x@" * 50_000, "a-b." * 50_000 + "com", KABUL)
    started = time.perf_counter()
    assert marked(text) == [("Share", "share prompt")]
    assert time.perf_counter() - started < 5
