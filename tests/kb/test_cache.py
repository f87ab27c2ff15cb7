"""The on-disk cache of parsed KB files: served when the bytes are the same, never stale, never fatal."""
from pathlib import Path

import pytest

from rasad.kb import loader
from rasad.kb.loader import KBError, load_file

PERSON = """
- id: cached_person
  names: [فلان الفلاني]
  roles:
    - {code: IRQ, sector: GOV, office: Minister, start: 2010, end: 2012}
"""


@pytest.fixture
def cache(tmp_path, monkeypatch):
    root = tmp_path / "cache"
    monkeypatch.setenv("RASAD_CACHE_DIR", str(root))
    return root


@pytest.fixture
def parses(monkeypatch):
    """Counts real parses of YAML."""
    calls = []
    real = loader._parse
    monkeypatch.setattr(loader, "_parse", lambda *a: calls.append(a[0]) or real(*a))
    return calls


def person_file(tmp_path: Path, text: str = PERSON) -> Path:
    p = tmp_path / "people" / "p.yaml"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_a_file_parsed_once_is_served_from_the_cache(tmp_path, cache, parses):
    p = person_file(tmp_path)
    first, second = load_file(p), load_file(p)
    assert len(parses) == 1
    assert [e.id for e in second] == ["cached_person"] and second[0].roles[0].code == "IRQ"
    assert second[0].source == first[0].source == f"{p}:2"
    assert len(list(cache.glob("*.pickle"))) == 1


def test_an_edited_file_is_parsed_again_and_replaces_its_old_pickle(tmp_path, cache, parses):
    p = person_file(tmp_path)
    load_file(p)
    person_file(tmp_path, PERSON.replace("IRQ", "SYR"))
    assert load_file(p)[0].roles[0].code == "SYR"
    assert len(parses) == 2
    assert len(list(cache.glob("*.pickle"))) == 1


def test_a_file_with_errors_is_not_cached(tmp_path, cache):
    p = person_file(tmp_path, PERSON.replace("IRQ", "iraq"))
    for _ in range(2):
        with pytest.raises(KBError):
            load_file(p)
    assert not cache.exists() or not list(cache.glob("*.pickle"))


def test_a_damaged_pickle_is_parsed_again(tmp_path, cache, parses):
    p = person_file(tmp_path)
    load_file(p)
    (pickled,) = cache.glob("*.pickle")
    pickled.write_bytes(b"not a pickle")
    assert load_file(p)[0].id == "cached_person"
    assert len(parses) == 2


def test_off_writes_nothing_and_an_unwritable_cache_still_loads(tmp_path, monkeypatch, parses):
    p = person_file(tmp_path)
    monkeypatch.setenv("RASAD_CACHE_DIR", "off")
    load_file(p), load_file(p)
    assert len(parses) == 2
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    monkeypatch.setenv("RASAD_CACHE_DIR", str(blocker / "cache"))  # cannot be created
    assert load_file(p)[0].id == "cached_person"


def test_the_indexed_knowledge_base_is_served_from_the_cache_until_a_file_changes(tmp_path, cache, monkeypatch):
    from rasad.kb import knowledge

    builds = []
    real = knowledge.KnowledgeBase.__init__
    monkeypatch.setattr(knowledge.KnowledgeBase, "__init__", lambda self, *a, **k: builds.append(1) or real(self, *a, **k))
    p = person_file(tmp_path)
    first = knowledge.load_kb([p], include_user=False)
    second = knowledge.load_kb([p], include_user=False)
    assert len(builds) == 1 and second.by_id["cached_person"].roles[0].code == "IRQ"
    assert len(second.entries) == len(first.entries)
    person_file(tmp_path, PERSON.replace("IRQ", "SYR"))
    third = knowledge.load_kb([p], include_user=False)
    assert len(builds) == 2 and third.by_id["cached_person"].roles[0].code == "SYR"
    assert len(list(cache.glob("index-*.pickle"))) == 1  # the stale index was dropped


def test_the_cached_index_keeps_the_name_vocabulary_and_the_collectors_state(tmp_path, cache, monkeypatch):
    import gc

    from rasad.kb import knowledge

    p = person_file(tmp_path)
    built = knowledge.load_kb([p], include_user=False)
    gathered = []
    monkeypatch.setattr(knowledge.KnowledgeBase, "_name_words", lambda self: gathered.append(1) or frozenset())
    was_enabled = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            served = knowledge.load_kb([p], include_user=False)
            assert gc.isenabled() is enabled  # a load pauses the collector and gives it back as it was
            assert served.vocabulary() == built.vocabulary() and "فلاني" in served.vocabulary()
    finally:
        (gc.enable if was_enabled else gc.disable)()
    assert not gathered  # served from the cache, not gathered again


def test_two_sets_of_files_keep_their_own_index(tmp_path, cache):
    # two installations (or a user's extra file) sharing the cache do not evict each other's index
    from rasad.kb import knowledge

    p = person_file(tmp_path)
    other = tmp_path / "other" / "people" / "q.yaml"
    other.parent.mkdir(parents=True)
    other.write_text(PERSON.replace("cached_person", "other_person"), encoding="utf-8")
    knowledge.load_kb([p], include_user=False)
    knowledge.load_kb([other], include_user=False)
    assert len(list(cache.glob("index-*.pickle"))) == 2


def test_the_lexicon_is_built_once_and_served_from_the_cache(cache, monkeypatch):
    from rasad.lexicon import lexicon
    from rasad.text.tokens import tokenize

    builds = []
    real = lexicon.Lexicon.__init__
    monkeypatch.setattr(lexicon.Lexicon, "__init__", lambda self, *a: builds.append(1) or real(self, *a))
    first, second = lexicon.load_lexicon(), lexicon.load_lexicon()
    assert len(builds) == 1 and len(list(cache.glob("lexicon-*.pickle"))) == 1
    assert [e.id for e in second.entries] == [e.id for e in first.entries]
    assert second.trie.find_all(tokenize("شنت غارات")) == first.trie.find_all(tokenize("شنت غارات"))


def test_the_detector_from_the_cache_judges_as_the_one_built_from_json(cache):
    from rasad.coder import detector
    from rasad.text.tokens import tokenize

    built = detector.shipped_detector.__wrapped__()
    served = detector.shipped_detector.__wrapped__()
    assert len(list(cache.glob("detector-*.pickle"))) == 1 and served is not built
    tokens = tokenize("قتل ثلاثة أشخاص في انفجار سيارة مفخخة وسط بغداد")
    assert served.judge(tokens, []) == built.judge(tokens, [])
