"""The reading cache: hits skip spaCy, exactly the changed entries are re-read, bad entries heal."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

import workbench
from workbench.analysis.nlp import describe
from workbench.corpus.cache import SUFFIX, ReadingCache, entry_key, source_fingerprint
from workbench.corpus.corpus import read_many

ARTICLES = Path(__file__).resolve().parent / "articles"
NAMES = ("kharkiv_wire", "marib_broadcast", "sagaing_wire")


class CountingPipeline:
    """The real pipeline, counting the texts it is asked to parse."""

    def __init__(self, nlp, version: str | None = None):
        self.nlp = nlp
        self.max_length = nlp.max_length
        self.meta = dict(nlp.meta, version=version or nlp.meta["version"])
        self.texts: list[str] = []

    def pipe(self, texts, **options):
        def counted():
            for item in texts:
                self.texts.append(item[0])
                yield item

        return self.nlp.pipe(counted(), **options)


class NoSpacy:
    """A pipeline with the real one's name and version that fails if it is ever run."""

    def __init__(self, nlp):
        self.meta = nlp.meta

    def pipe(self, *args, **kwargs):
        raise AssertionError("spaCy was run")

    __call__ = pipe


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in NAMES:
        shutil.copy(ARTICLES / f"{name}.txt", articles / f"{name}.txt")
    return articles


def entries(cache: Path) -> list[Path]:
    return sorted(cache.rglob(f"*{SUFFIX}"))


def same(a, b) -> bool:
    return (
        a.article.id == b.article.id
        and a.text == b.text
        and a.article.boilerplate == b.article.boilerplate
        and a.entity_records == b.entity_records
        and a.actor_records == b.actor_records
        and a.claim_records == b.claim_records
        and a.casualty_records == b.casualty_records
        and a.model == b.model
    )


def test_a_cache_hit_is_an_equal_reading_without_spacy(folder, tmp_path, nlp):
    cache = tmp_path / "cache"
    first = read_many(folder, nlp=nlp, cache=cache, progress=False)
    assert len(entries(cache)) == len(NAMES)
    again = read_many(folder, nlp=NoSpacy(nlp), cache=cache, progress=False)
    assert len(again) == len(first)
    assert all(same(a, b) for a, b in zip(first, again, strict=True))


def test_a_warm_cache_never_asks_for_the_pipeline(folder, tmp_path, nlp):
    from workbench.analysis.nlp import _load

    cache = tmp_path / "cache"
    read_many(folder, nlp=nlp, cache=cache, progress=False)
    before = _load.cache_info()
    # No nlp given: its name and version come from the installed package's meta.json.
    again = read_many(folder, cache=cache, progress=False)
    after = _load.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)
    assert len(again) == len(NAMES)


def test_a_changed_text_invalidates_exactly_its_entry(folder, tmp_path, nlp):
    cache = tmp_path / "cache"
    read_many(folder, nlp=nlp, cache=cache, progress=False)
    before = set(entries(cache))
    changed = folder / "marib_broadcast.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nThe drone was not recovered.\n", encoding="utf-8"
    )
    counting = CountingPipeline(nlp)
    corpus = read_many(folder, nlp=counting, cache=cache, progress=False)
    assert len(counting.texts) == 1 and counting.texts[0].endswith("The drone was not recovered.\n")
    assert corpus["marib_broadcast"].text.endswith("not recovered.\n")
    after = set(entries(cache))
    assert len(after - before) == 1 and before <= after


def test_another_model_version_invalidates_its_entries_only(folder, tmp_path, nlp):
    cache = tmp_path / "cache"
    read_many(folder, nlp=nlp, cache=cache, progress=False)
    newer = CountingPipeline(nlp, version="99.0.0")
    corpus = read_many(folder, nlp=newer, cache=cache, progress=False)
    assert len(newer.texts) == len(NAMES)
    assert {r.model for r in corpus} == {describe(newer)}
    # The first model's entries are still there and still hit.
    same_model = CountingPipeline(nlp)
    read_many(folder, nlp=same_model, cache=cache, progress=False)
    assert same_model.texts == []
    assert len(entries(cache)) == 2 * len(NAMES)


def test_the_key_covers_text_model_version_and_source():
    key = entry_key("text", "en_core_web_sm-3.8.0")
    assert key != entry_key("text ", "en_core_web_sm-3.8.0")
    assert key != entry_key("text", "en_core_web_sm-3.8.1")
    assert len(source_fingerprint()) == 64


def test_the_workbench_version_is_part_of_the_key(monkeypatch):
    key = entry_key("text", "m")
    monkeypatch.setattr(workbench, "__version__", "999")
    assert entry_key("text", "m") != key


def test_a_corrupt_entry_is_a_miss_and_is_rewritten(folder, tmp_path, nlp):
    cache = tmp_path / "cache"
    first = read_many(folder, nlp=nlp, cache=cache, progress=False)
    store = ReadingCache(cache, describe(nlp))
    entry = store.path(first["sagaing_wire"].text)
    good = entry.read_bytes()
    entry.write_bytes(good[: len(good) // 2])  # as a crash mid-write without atomic replace would leave it
    assert store.get(first["sagaing_wire"].text) is None
    counting = CountingPipeline(nlp)
    again = read_many(folder, nlp=counting, cache=cache, progress=False)
    assert len(counting.texts) == 1
    assert same(again["sagaing_wire"], first["sagaing_wire"])
    assert store.get(first["sagaing_wire"].text) is not None
    entry.write_bytes(b"not JSON at all")
    assert store.get(first["sagaing_wire"].text) is None


def test_writes_leave_no_temporary_files(folder, tmp_path, nlp):
    cache = tmp_path / "cache"
    read_many(folder, nlp=nlp, cache=cache, progress=False)
    assert [p for p in cache.rglob("*") if p.is_file() and not p.name.endswith(SUFFIX)] == []


def test_an_interrupted_write_leaves_no_entry_and_no_temporary_file(tmp_path, seed_reading, monkeypatch):
    store = ReadingCache(tmp_path, seed_reading.model)

    def interrupted(source, target):
        raise KeyboardInterrupt

    monkeypatch.setattr("workbench.input.files.os.replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.put(seed_reading)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    monkeypatch.undo()
    store.put(seed_reading)
    assert store.get(seed_reading.text) is not None


def test_a_hit_takes_the_id_and_path_of_the_file_it_was_found_in(tmp_path, seed_reading):
    store = ReadingCache(tmp_path, seed_reading.model)
    store.put(seed_reading)
    hit = store.get(seed_reading.text, id="copy", path="elsewhere/copy.txt")
    assert hit.article.id == "copy" and hit.article.path == "elsewhere/copy.txt"
    assert hit.entity_records == seed_reading.entity_records


# --- an entry is data: nothing in a cache folder runs, and a forged entry is not served ---


class _Planted:
    """What a malicious pickle does when it is loaded: here, leave a file behind."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "pwned"))


def test_a_planted_pickle_runs_nothing(tmp_path, seed_reading):
    import pickle

    store = ReadingCache(tmp_path / "cache", seed_reading.model)
    marker = tmp_path / "pwned"
    entry = store.path(seed_reading.text)
    entry.parent.mkdir(parents=True)
    payload = pickle.dumps(_Planted(marker))
    entry.write_bytes(payload)
    # Where the pickles of earlier versions lived, too.
    entry.with_name(entry.name.replace(SUFFIX, ".reading.pickle")).write_bytes(payload)
    assert store.get(seed_reading.text) is None
    assert not marker.exists()


def _forge(store: ReadingCache, text: str, change) -> None:
    entry = store.path(text)
    data = json.loads(entry.read_text(encoding="utf-8"))
    change(data)
    entry.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: d.update(key="0" * 64), id="another key"),
        pytest.param(lambda d: d.update(text_sha256="0" * 64), id="another text's hash"),
        pytest.param(lambda d: d.update(model="xx_other-1.0"), id="another model"),
        pytest.param(lambda d: d.update(format="workbench-reading/0"), id="another format"),
        pytest.param(lambda d: d["reading"]["entity_records"][0].update(text="Forged Name"), id="misquoted"),
        pytest.param(lambda d: d["reading"]["claim_records"][0].update(end=10**9), id="past the text"),
        pytest.param(lambda d: d["reading"]["casualty_records"][0].update(claim=999), id="no such claim"),
        pytest.param(
            lambda d: d["reading"]["entity_records"][0].update(start="21"), id="a string for a number"
        ),
        pytest.param(lambda d: d["reading"].update(claim_records="none"), id="a string for a list"),
        pytest.param(lambda d: d.pop("text_sha256"), id="a field missing"),
    ],
)
def test_a_forged_entry_is_rejected(tmp_path, seed_reading, change):
    store = ReadingCache(tmp_path, seed_reading.model)
    store.put(seed_reading)
    assert store.get(seed_reading.text) is not None
    _forge(store, seed_reading.text, change)
    assert store.get(seed_reading.text) is None


def test_another_articles_entry_under_this_key_is_rejected(tmp_path, seed_reading, read_text):
    other = read_text("The army said on Monday that 12 soldiers were killed near Goma.\n")
    store = ReadingCache(tmp_path, seed_reading.model)
    store.put(seed_reading)
    store.put(other)
    store.path(other.text).replace(store.path(seed_reading.text))
    assert store.get(seed_reading.text) is None


@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero", "folder"])
def test_something_planted_where_an_entry_should_be_is_a_miss_at_once(tmp_path, seed_reading, kind):
    store = ReadingCache(tmp_path, seed_reading.model)
    entry = store.path(seed_reading.text)
    entry.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(entry)
    elif kind == "folder":
        entry.mkdir()
    else:
        entry.symlink_to("/dev/zero")
    started = time.monotonic()
    assert store.get(seed_reading.text) is None
    assert time.monotonic() - started < 5


def test_an_entry_is_plain_json_without_the_text(tmp_path, seed_reading):
    store = ReadingCache(tmp_path, seed_reading.model)
    data = json.loads(store.put(seed_reading).read_text(encoding="utf-8"))
    assert data["format"] == "workbench-reading/1" and data["text_sha256"] == seed_reading.article.sha256
    assert data["reading"]["article"]["text"] == ""
    assert len(data["reading"]["claim_records"]) == len(seed_reading.claim_records)


def test_every_test_article_round_trips_through_the_cache(tmp_path, nlp):
    from workbench import load, read

    store = ReadingCache(tmp_path, describe(nlp))
    for path in sorted(ARTICLES.glob("*.txt")):
        reading = read(load(path), nlp=nlp)
        store.put(reading)
        assert same(store.get(reading.text), reading), path.name
