"""Hostile text in an article is data everywhere: read, tabled and rendered as text."""

from __future__ import annotations

import json

from workbench import highlight
from workbench.corpus.cli import to_json

HOSTILE = (
    'Share this <script>alert("x")</script>\n\n'
    '<img src=x onerror="alert(1)"> General Ana <b>Ruiz</b> said on Monday that 12 soldiers were killed '
    'in Goma. "<script>document.title=1</script> We will not retreat," she said.\n'
)


def test_hostile_article_renders_as_text(read_text):
    reading = read_text(HOSTILE)
    markup = highlight(reading)
    assert "<script" not in markup and "<img" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup and "&lt;img src=x" in markup
    assert reading.claim_records and reading.casualty_records  # still read, not refused


def test_hostile_article_round_trips_in_json(read_text):
    reading = read_text(HOSTILE)
    record = json.loads(json.dumps(to_json(reading)))
    for claim in record["claims"]:
        assert HOSTILE[claim["start"] : claim["end"]] == claim["text"]
