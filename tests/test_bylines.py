"""People credited in a byline are actors, though the byline is boilerplate (texts written for
the tests)."""

from __future__ import annotations

import pytest

from workbench import Article
from workbench.analysis.bylines import credited_people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Gunmen attacked a convoy near the border late on Sunday, the governor said.\n\n"
            "(Reporting by Lena Ortiz and Samir Haddad; Editing by Tom Blake)\n",
            {"Lena Ortiz", "Samir Haddad", "Tom Blake"},
        ),
        # A name inside a link: read with the markup blanked.
        (
            "<p>Gunmen attacked a convoy, officials said.</p>\n"
            "<p>(Reporting by Lena Ortiz; Editing by "
            '<a rel="author" href="https://example.org/li">Li Wei</a>)</p>\n',
            {"Lena Ortiz", "Li Wei"},
        ),
    ],
)
def test_credited_people_are_people_with_exact_offsets(read_text, text, names):
    reading = read_text(text)
    assert names <= {a.name for a in reading.actor_records if a.kind == "person"}
    for entity in reading.entity_records:
        assert text[entity.start : entity.end] == entity.text


def test_a_credit_glued_to_the_name_before_it_is_still_read():
    text = "The toll rose.\n\n(Reporting by Lena OrtizEditing by Tom Blake)\n"
    names = [m.text for m in credited_people(Article.from_text(text))]
    assert names == ["Lena Ortiz", "Tom Blake"]


def test_an_outlet_or_a_handle_in_a_byline_is_no_person():
    text = "The toll rose.\n\nPosted by admin\n\n(Reporting by Reuters)\n"
    assert credited_people(Article.from_text(text)) == []


def test_a_byline_in_the_body_is_not_read_twice(read_text):
    reading = read_text("Fighting resumed.\n\n(Writing by Lena Ortiz)\n")
    assert [a.mentions for a in reading.actor_records if a.name == "Lena Ortiz"] == [1]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By JANE MORROW IN GOMA FOR EXAMPLE NEWS", ["JANE MORROW"]),  # a tabloid byline in capitals
        ("By Jane Morrow and Ali Rahimi", ["Jane Morrow", "Ali Rahimi"]),
        ("By Jane Morrow | Example News", ["Jane Morrow"]),
        ("By OUR CORRESPONDENT, GOMA", []),
        ("By Reuters", []),  # an outlet
        ("By the end of the day, troops had withdrawn.", []),  # a sentence
    ],
)
def test_a_line_opening_with_by_credits_its_people(line, names):
    text = f"Gunmen attacked a convoy, officials said.\n\n{line}\n"
    found = credited_people(Article.from_text(text))
    assert [m.text for m in found] == names
    assert all(text[m.start : m.end] == m.text for m in found)
