"""Markup inside article text (HTML, front matter, shortcodes, template code, Markdown) is
marked, never deleted; the analysis reads the same-length readable text with block tags as
paragraph breaks. All snippets are invented for these tests."""

from __future__ import annotations

import re
import time
import warnings
from pathlib import Path

import pytest

from workbench import load
from workbench.analysis.pipeline import analysis_text
from workbench.analysis.quotes import find_quotes
from workbench.input.article import Article
from workbench.input.boilerplate import find_boilerplate
from workbench.input.load import HtmlPageInText
from workbench.input.markup import is_html_page, readable_text


def regions(text: str) -> list[tuple[str, str]]:
    return [(text[b.start : b.end], b.reason) for b in find_boilerplate(text)]


def readable(text: str) -> str:
    return readable_text(text, find_boilerplate(text))


def paragraphs(text: str) -> list[str]:
    """The blank-line separated paragraphs of the readable text, spacing collapsed."""
    return [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", readable(text)) if p.strip()]


STORY = (
    '<div class="story"><p><span class="dateline">BRENMOOR</span> Rebels shelled the airport on Tuesday, '
    'the army said.</p><p>"We will hold the city," Colonel Ana Ruiz told <a href="https://example.org/ruiz" '
    'title="Profile of the colonel">Reuters</a>.</p><br><p>Two soldiers were wounded.</p></div>'
)


# -- HTML ---------------------------------------------------------------------------------------------


def test_every_tag_with_its_attributes_is_marked_and_the_text_is_unchanged():
    article = Article.from_text(STORY)
    assert article.text == STORY
    marked = "".join(STORY[b.start : b.end] for b in article.boilerplate)
    for tag in re.findall(r"<[^>]+>", STORY):
        assert tag in marked
    for b in article.boilerplate:
        assert b.reason.startswith("HTML"), b
        assert not any(word in STORY[b.start : b.end] for word in ("Rebels", "Ruiz", "Reuters", "wounded"))


def test_block_tags_separate_paragraphs_and_inline_tags_join_words():
    assert paragraphs(STORY) == [
        "BRENMOOR Rebels shelled the airport on Tuesday, the army said.",
        '"We will hold the city," Colonel Ana Ruiz told Reuters .',
        "Two soldiers were wounded.",
    ]
    assert len(readable(STORY)) == len(STORY)


def test_quotes_pair_per_paragraph_between_block_tags():
    text = (
        '<p>"The bridge is ours," the commander said.</p><p>"It fell at dawn," a resident said.</p>'
        '<p>"Nobody came to help us," she added.</p>'
    )
    quotes = [text[q.start : q.end] for q in find_quotes(readable(text))]
    assert quotes == ["The bridge is ours,", "It fell at dawn,", "Nobody came to help us,"]


@pytest.mark.parametrize(
    ("text", "marked", "reason"),
    [
        pytest.param(
            '<p>Shelling resumed.</p><script>var s = "<div>said</div>";</script><p>Calm returned.</p>',
            '<script>var s = "<div>said</div>";</script>',
            "HTML script",
            id="script with tags in its code",
        ),
        pytest.param(
            "<style>p { color: red; }</style><p>The army said the road was open.</p>",
            "<style>p { color: red; }</style>",
            "HTML style",
            id="style",
        ),
        pytest.param(
            "<p>Shelling resumed.</p><!-- ad slot: 300x250 said -->\n<p>Calm returned.</p>",
            "<!-- ad slot: 300x250 said -->",
            "HTML comment",
            id="comment",
        ),
        pytest.param(
            "<!DOCTYPE html><p>The army said the road was open.</p>",
            "<!DOCTYPE html>",
            "HTML declaration",
            id="doctype",
        ),
        pytest.param(
            '<p>Shelling resumed near Kherson.</p><aside class="related-links"><a href="/x">Ukraine says '
            "it downed 20 drones</a></aside><p>Calm returned.</p>",
            '<aside class="related-links"><a href="/x">Ukraine says it downed 20 drones</a></aside>',
            "HTML aside",
            id="aside with teasers",
        ),
        pytest.param(
            '<figure><img src="a.jpg"><figcaption>Mourners carry a coffin in Talvik. <span class="credit">'
            "Jane Doe/Example Agency</span></figcaption></figure>",
            '<span class="credit">Jane Doe/Example Agency</span>',
            "image credit",
            id="photo credit span",
        ),
        pytest.param(
            '<p>Shelling resumed.</p><div class="ad-slot middle-ad"><a href="/promo">Best deals today</a>'
            "</div>",
            '<div class="ad-slot middle-ad"><a href="/promo">Best deals today</a></div>',
            "advertisement",
            id="ad container",
        ),
        pytest.param(
            '<p><span class="sr-only">Listen</span>Troops entered the town, the mayor said.</p>',
            '<span class="sr-only">Listen</span>',
            "hidden element",
            id="visually hidden label",
        ),
        pytest.param(
            '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            "<p>The army said the road was open.</p>",
            '<nav><a href="/">Home</a> <a href="/world">World</a></nav>',
            "navigation",
            id="menu",
        ),
        pytest.param(
            '<header><a href="/" class="site-logo">Example Daily</a></header>'
            "<p>The army said it was calm.</p>",
            '<a href="/" class="site-logo">Example Daily</a>',
            "navigation",
            id="site logo",
        ),
    ],
)
def test_non_text_elements_are_marked_whole(text: str, marked: str, reason: str):
    assert (marked, reason) in regions(text)


def test_html_escaped_once_more_is_markup_too():
    text = (
        "&lt;p&gt;The army said the road was open.&lt;/p&gt;"
        "&lt;p&gt;&quot;We hold it,&quot; he said.&lt;/p&gt;"
    )
    assert paragraphs(text) == ["The army said the road was open.", '"We hold it," he said.']


def test_a_caption_is_text_and_stays_readable():
    text = (
        '<figure><img src="a.jpg" alt="Relatives mourn"><figcaption>Relatives mourn the 12 villagers killed '
        'in the strike. <span class="image-credit">Photo: Jane Doe/Example</span></figcaption></figure>'
    )
    assert paragraphs(text)[0] == "Relatives mourn the 12 villagers killed in the strike."


def test_a_long_text_is_kept_whatever_its_class_says():
    story = " ".join(["The militia said its fighters held the ridge on Sunday."] * 20)
    text = f'<div class="hidden-story hidden">{story}</div>'
    assert paragraphs(text) == [story]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Officials said fewer than 5 < 10 shells hit the town.", id="less-than in prose"),
        pytest.param(
            "If a<b and c>d, the ceasefire holds, the envoy joked.", id="letters around angle brackets"
        ),
        pytest.param("The UN said <Taliban> was written on the wall.", id="unknown tag name"),
        pytest.param(
            "Shelling resumed near Kherson, officials said.\n\n---\n\nCalm returned on Monday.",
            id="dash line mid-text",
        ),
        pytest.param(
            "“Responsibility lies with the [militia] and its backers,” he said. [sic]",
            id="editorial brackets",
        ),
        pytest.param(
            "KABUL, Aug 30 (Reuters) - Taliban fighters sealed the roads, residents said.", id="dateline"
        ),
        pytest.param(
            "By Jane Doe\n\nKHARTOUM - The army said on Saturday it had retaken the bridge.", id="byline"
        ),
        pytest.param(
            "Relatives mourn the 12 villagers killed in the strike on Tuesday.\n\n"
            "The army denied the attack.",
            id="caption of victims",
        ),
        pytest.param(
            "Fighters of the Zamani Front (pictured) entered Talvik, residents said.", id="bracketed aside"
        ),
    ],
)
def test_prose_is_not_taken_for_markup(text: str):
    assert find_boilerplate(text) == ()
    assert readable(text) == text


# -- character references -----------------------------------------------------------------------------


def test_character_references_read_as_their_characters():
    text = "<p>&#8220;We will stay,&#8221; said Maria Okonjo&#8217;s aide in Talvik &amp; Brenmoor.</p>"
    view = readable(text)
    assert len(view) == len(text)
    assert "“We will stay," in view and "”" in view
    assert re.search(r"Okonjo\s+’s aide", view)
    assert [text[q.start : q.end] for q in find_quotes(view)] == ["We will stay,"]


# -- front matter and headlines -----------------------------------------------------------------------

JEKYLL = """---
entry_id: 812
headline: >
  Militia says it captured 40 soldiers
  near Beni
writer: News Desk
published_at: 2019-03-02 10:00:00
feed_headline:
  - >
    Militia says it captured 40 soldiers
    near Beni
link: https://example.org/militia-captured/
---
 [inline_ad_1]
<p>BENI, Congo - A militia said on Saturday it had captured 40 soldiers, a claim the army denied.</p>
<br>[inline_ad_2]
"""


def test_front_matter_keys_are_marked_and_the_headline_is_kept_once():
    found = regions(JEKYLL)
    reasons = {reason for _, reason in found}
    assert {"front matter", "repeated headline", "shortcode"} <= reasons
    marked = "".join(t for t, _ in found)
    for key in ("entry_id:", "headline:", "writer: News Desk", "feed_headline:", "link:", "---"):
        assert key in marked
    assert [t for t, r in found if r == "repeated headline"] == [
        "Militia says it captured 40 soldiers",
        "near Beni",
    ]
    assert paragraphs(JEKYLL)[:2] == [
        "Militia says it captured 40 soldiers near Beni",
        "BENI, Congo - A militia said on Saturday it had captured 40 soldiers, a claim the army denied.",
    ]


@pytest.mark.parametrize(
    ("title", "suffix"),
    [
        ('"Drone strike kills 12 in Marib | Yemen News | Example Times"', " | Yemen News | Example Times"),
        ("'Army Retakes Town, Officials Say - Daily Example'", " - Daily Example"),
        ("'Rebels Seize Airport, Army Says &#8211; The Example Post'", " &#8211; The Example Post"),
        ('"Shelling Hits Kharkiv - Governor Says"', None),
        ('"Kharkiv - shelling resumes after a quiet week"', None),
    ],
)
def test_a_site_name_after_a_page_title_is_marked(title: str, suffix: str | None):
    text = f"---\ntitle: {title}\ndate: 2024-05-01\n---\n\nThe army said the town was calm on Monday.\n"
    found = [t for t, r in regions(text) if r == "site name in title"]
    assert found == ([suffix] if suffix else [])


def test_quoted_values_lose_their_quotes_and_keep_their_text():
    text = (
        '---\nlayout: post\ntitle: "Update: scores hurt in Talvik blast, medics say"\n'
        'excerpt: "Medics said most of those hurt were market traders."\ntags: []\n---\n\nBody.\n'
    )
    assert paragraphs(text)[:2] == [
        "Update: scores hurt in Talvik blast, medics say",
        "Medics said most of those hurt were market traders.",
    ]


def test_a_body_line_repeating_the_title_is_marked():
    text = (
        '---\ntitle: "Army retakes Kidal"\n---\n\nArmy retakes Kidal\n\n'
        "The army said on Tuesday it had retaken Kidal after two days of fighting.\n"
    )
    assert ("Army retakes Kidal", "repeated headline") in regions(text)
    assert paragraphs(text) == [
        "Army retakes Kidal",
        "The army said on Tuesday it had retaken Kidal after two days of fighting.",
    ]


def test_a_line_printed_twice_is_read_once():
    caption = "Mourners carry the coffins of three soldiers killed near Kidal, January 4, 2024."
    text = f"{caption}\n{caption}\n\nThe army said the soldiers died in an ambush.\n\n"
    text += "We want peace.\n\nWe want peace.\n"
    assert regions(text) == [(caption, "repeated line")]
    assert find_boilerplate(text)[0].start == len(caption) + 1


# -- shortcodes, template code, Markdown ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marked", "kept"),
    [
        pytest.param(
            '[caption id="attachment_7" align="alignnone" width="640"]Mourners in Mosul on Friday.[/caption]',
            ['[caption id="attachment_7" align="alignnone" width="640"]', "[/caption]"],
            "Mourners in Mosul on Friday.",
            id="caption shortcode",
        ),
        pytest.param(
            "The army said the road was open. [embed]https://example.org/video/1[/embed]",
            ["[embed]https://example.org/video/1[/embed]"],
            "The army said the road was open.",
            id="embed shortcode",
        ),
        pytest.param(
            "{% if ad %}{{ ad.code }}{% endif %}The army said the road was open.",
            ["{% if ad %}{{ ad.code }}{% endif %}"],
            "The army said the road was open.",
            id="template code",
        ),
        pytest.param(
            "Shelling resumed, [Reuters](https://example.org/r) reported.",
            ["[", "](https://example.org/r)"],
            "Shelling resumed, Reuters reported.",
            id="markdown link",
        ),
        pytest.param(
            "![Smoke over the city](https://example.org/smoke.jpg)\n\nShelling resumed, officials said.",
            ["![Smoke over the city](https://example.org/smoke.jpg)"],
            "Shelling resumed, officials said.",
            id="markdown image",
        ),
    ],
)
def test_shortcodes_templates_and_markdown_syntax_are_marked(text: str, marked: list[str], kept: str):
    found = [t for t, _ in regions(text)]
    assert found == marked
    assert " ".join(readable(text).split()).replace(" ,", ",").replace(" .", ".") == kept


# -- inline furniture ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marked", "reason"),
    [
        pytest.param(
            "Volunteers unload sacks of flour at the depot [File: Jan Novak/AFP]\n"
            "Deliveries will resume on Friday, the agency said.",
            "[File: Jan Novak/AFP]",
            "image credit",
            id="bracketed file credit",
        ),
        pytest.param(
            "Relatives wait outside the morgue in Kisumu on Sunday. Photo/EXAMPLE\n\n"
            "The police denied the toll.",
            "Photo/EXAMPLE",
            "image credit",
            id="credit glued to a caption",
        ),
        pytest.param(
            "Troops searched the market on Monday (AP Photo/Jane Doe), witnesses said.",
            "(AP Photo/Jane Doe)",
            "image credit",
            id="agency photo credit in brackets",
        ),
        pytest.param(
            "Sign in to comment and share The police said seven people died in the blast on Sunday.",
            "Sign in to comment and share",
            "share prompt",
            id="share prompt glued to a paragraph",
        ),
        pytest.param(
            "The governor said the shelling stopped at dawn. Your browser does not support HTML5 video.",
            "Your browser does not support HTML5 video.",
            "media prompt",
            id="player fallback",
        ),
        pytest.param(
            "The governor said the shelling stopped at dawn. ADVERTISEMENT Residents returned on Tuesday.",
            "ADVERTISEMENT",
            "advertisement",
            id="advert label inside a paragraph",
        ),
    ],
)
def test_furniture_inside_a_paragraph_is_marked(text: str, marked: str, reason: str):
    assert regions(text) == [(marked, reason)]


def test_a_photo_credit_ends_its_caption():
    text = "Volunteers unload flour at the depot [File: Jan Novak/AFP]\nDeliveries resume, the agency said."
    assert paragraphs(text) == ["Volunteers unload flour at the depot", "Deliveries resume, the agency said."]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param(
            "* list 2 of 4Militia says it downed a drone over Brenmoor", "related links", id="teaser"
        ),
        pytest.param("Scroll down for the video", "media prompt", id="scroll for video"),
        pytest.param("Full coverage on Example TV »", "related links", id="link with arrow"),
        pytest.param("Source", "related links", id="source link"),
        pytest.param(
            "bell-iconGet push alerts for this topic. Be the first to hear when stories develop.",
            "newsletter prompt",
            id="alert widget",
        ),
    ],
)
def test_furniture_lines_between_paragraphs(text: str, reason: str):
    story = (
        "Shelling resumed near Brenmoor on Sunday, the army said.",
        "Residents said they had fled to the hills after the first strikes hit the market.",
    )
    assert regions(f"{story[0]}\n{text}\n{story[1]}") == [(text, reason)]


# -- HTML pages in .txt files -------------------------------------------------------------------------

PAGE = (
    "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>Army says 5 soldiers killed | Example News"
    "</title></head>\n<body><h1>Army says 5 soldiers killed</h1><p>The army said on Sunday that five soldiers"
    " were killed near Kidal.</p></body></html>\n"
)


def test_a_whole_html_page_in_a_txt_is_read_with_a_warning(tmp_path: Path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    with pytest.warns(HtmlPageInText, match=r"page\.txt.*\.html"):
        article = load(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert paragraphs(article.text) == [
        "Army says 5 soldiers killed",
        "The army said on Sunday that five soldiers were killed near Kidal.",
    ]
    reasons = [b.reason for b in article.boilerplate]
    assert "repeated headline" in reasons and "site name in title" in reasons


def test_a_page_headline_with_inner_tags_is_one_headline():
    text = (
        "<html><head><title>Army retakes Kidal | Example News</title></head><body>"
        '<h1 class="headline"><a href="/kidal">Army retakes <em>Kidal</em></a></h1>'
        "<p>The army said on Tuesday it had retaken Kidal.</p></body></html>"
    )
    found = regions(text)
    assert [t for t, r in found if r == "repeated headline"] == ["Army retakes", "Kidal"]
    assert paragraphs(text) == ["Army retakes Kidal", "The army said on Tuesday it had retaken Kidal."]


def test_an_html_file_and_a_plain_text_file_raise_no_warning(tmp_path: Path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "story.txt").write_text("<p>The army said the road was open.</p>\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load(tmp_path / "page.html")
        load(tmp_path / "story.txt")


@pytest.mark.parametrize(
    ("text", "page"),
    [
        (PAGE, True),
        ("\ufeff  <html lang='en'><body><p>x</p></body></html>", True),
        ("<p>The army said the road was open.</p>", False),
        ("The html of the page was broken, the ministry said.", False),
    ],
)
def test_is_html_page(text: str, page: bool):
    assert is_html_page(text) is page


# -- what the analysis sees ---------------------------------------------------------------------------

MARKED_UP = (
    "---\nentry_id: 77\npage_title: 'Rebels Seize Airport, Army Says &#8211; Example Post'\n"
    "writer: Web Desk\n---\n [promo_1]\n"
    '<div id="story-main"><span id="para-0"/><p><span class="place-tag">BRENMOOR</span> '
    "Rebels seized the airport on Tuesday, the army said.</p>"
    '<span id="para-1"/><p>"We will retake it," Colonel Ana Ruiz told '
    '<a title="Example Agency profile" href="https://example.org/a?b=1&amp;c=2">Example Agency</a>.</p>'
    '<p>Defence minister Jean Mbala said 17 soldiers died in the clashes.</p><span id="para-2"/>'
    "<p>(Reporting by Jane Doe; Editing by John Roe)</p></div>\n<br>[promo_2]\n"
)


def test_no_markup_reaches_names_speakers_or_spans(read_text):
    reading = read_text(MARKED_UP)
    markup = re.compile(r'[<>="]|page_title|story-main|para-\d|place-tag|promo_\d')
    names = [e.text for e in reading.entity_records]
    names += [alias for a in reading.actor_records for alias in (a.name, *a.aliases)]
    names += [c.speaker or "" for c in reading.claim_records] + [
        c.speaker_text or "" for c in reading.claim_records
    ]
    names += [c.party_text or "" for c in reading.casualty_records]
    assert not [n for n in names if markup.search(n)]
    # Spans quote the article as it is (an inline tag inside a sentence stays in its text), but
    # never start or end inside markup.
    article = reading.article
    for item in (*reading.claim_records, *reading.casualty_records):
        assert item.text == MARKED_UP[item.start : item.end]
        assert not article.in_boilerplate(item.start, item.start + 1), item.text
        assert not article.in_boilerplate(item.end - 1, item.end), item.text
    assert {"Jean Mbala", "Jane Doe", "John Roe"} <= {e.text for e in reading.entity_records}
    assert any(c.speaker_text and "Ana Ruiz" in c.speaker_text for c in reading.claim_records)


def test_analysis_text_keeps_offsets_and_paragraphs():
    article = Article.from_text(MARKED_UP)
    view = analysis_text(article)
    assert len(view) == len(MARKED_UP)
    for b in article.boilerplate:
        assert not view[b.start : b.end].strip()
    kept = [i for i, c in enumerate(view) if not c.isspace() and view[i] == MARKED_UP[i]]
    assert all(not article.in_boilerplate(i, i + 1) for i in kept)
    assert "said.\n\n" in re.sub(r"[ \t]+", "", view)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("<!--" * 20_000, id="unclosed comments"),
        pytest.param("<script>" * 20_000, id="unclosed scripts"),
        pytest.param('<div class="ad">' * 20_000, id="unclosed furniture elements"),
        pytest.param("[ad_1 x=" * 20_000, id="unclosed shortcodes"),
        pytest.param("**a " * 50_000, id="unpaired emphasis"),
        pytest.param("<a " + "b=c " * 50_000, id="unclosed tag with many attributes"),
        pytest.param('<a title="' + "x" * 100_000, id="unclosed attribute value"),
    ],
)
def test_malformed_markup_stays_fast(text: str):
    started = time.perf_counter()
    assert len(readable(text)) == len(text)
    assert time.perf_counter() - started < 3
