"""PETRARCH / TABARI / UniversalPetrarch dictionary importer."""
import os
from datetime import date
from pathlib import Path

import pytest

from rasad.kb.importers.petrarch import (ConversionResult, convert_petrarch, detect_format, make_id,
                                         split_actor_code, write_yaml)
from rasad.kb.knowledge import load_kb
from rasad.kb.loader import load_file
from rasad.kb.lookup import lookup

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("RASAD_SHARED", ROOT.parent / "shared"))
UP_DIR = SHARED / "data" / "universalpetrarch_arabic"
needs_up = pytest.mark.skipif(not UP_DIR.is_dir(),
                              reason=f"UniversalPetrarch Arabic dictionaries absent ({UP_DIR})")

ACTORS = """\
# A small actor dictionary in the UniversalPetrarch layout
\t[IRQGOV 20000101-20010101]
نوري_المالكي_      # Prime Minister of Iraq
+المالكي
+نوري_كامل_المالكي_
\t[IRQGOV 20060520-20140908]
\t[IRQELI 20140908-18000101]
حركة_حماس_  [PSEREB]
+حماس
جيش  [MIL]

فلان_الفلاني_
\t[SYRMIL >20110315]
\t[SYRGOV <20000101]
\t[ 19950518-19970602]
علان_  [GOV
كتيبة_وهمية_  [XYZ?]
هاشم_ثقي_
\t[KSVGOV 20080101-20070101]
أمين_عام_ل_أمة_المتحدة_  [IGO]
سوريا
\t[SYR 20090331-18000101]
حماس  [PSEREB]
بلا_رمز_
"""
# line numbers in ACTORS
STRAY_CODE_LINE, MALFORMED_LINE, UNCERTAIN_LINE, NO_CODE_LINE = 2, 16, 17, 24

AGENTS = """\
# LAST UPDATED: 22 July 2018
وزير_خارجية [~GOV]
انفصالي_مسلح [~REB]
قوة_حفظ_سلام [IGO~]
رجل_دين_بوذي [~BUD]
وهابي_متطرف [~MUSRAD]
لاجئ {لاجئين نازحين} [~REF]
شخص_ب_دون_جنسية [~REF]
وزير_خارجية [~MIL]
بلا_رمز
مجلس_عسكري [~MILGOV مجلس عسكري]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def by_name(items: list[dict], name: str) -> dict:
    return next(i for i in items if i.get("name_ar", i.get("phrase")) == name)


@pytest.fixture
def actors(tmp_path) -> ConversionResult:
    return convert_petrarch(write(tmp_path, "actor_dict.txt", ACTORS))


def test_actor_entries_people_groups_and_agents(actors):
    assert actors.format == "actors"
    maliki = by_name(actors.people, "نوري المالكي")
    assert maliki["names"] == ["نوري المالكي", "المالكي", "نوري كامل المالكي"]
    assert maliki["roles"] == [
        {"code": "IRQ", "sector": "GOV", "office": None, "start": "2006-05-20", "end": "2014-09-08"},
        {"code": "IRQ", "sector": "ELI", "office": None, "start": "2014-09-08", "end": None},  # 18000101: open
    ]
    assert maliki["id"].isascii() and maliki["id"].startswith("nwry_almalky_")
    hamas = by_name(actors.groups, "حركة حماس")
    assert hamas["names"] == ["حركة حماس", "حماس"]
    assert hamas["roles"] == [{"code": "PSE", "sector": "REB", "office": None, "start": None, "end": None}]
    assert by_name(actors.agents, "جيش") == {"phrase": "جيش", "sector": "MIL", "kind": "group",
                                            "office": None, "code": None}
    # «ل» of the lemmatised dictionary is dropped: rasad strips it from text tokens anyway
    assert by_name(actors.groups, "أمين عام أمة المتحدة")["roles"][0]["code"] == "IGO"


def test_tabari_date_forms_and_bad_codes(actors):
    person = by_name(actors.people, "فلان الفلاني")
    assert [(r["code"], r["sector"], r["start"], r["end"]) for r in person["roles"]] == [
        ("SYR", "GOV", None, "2000-01-01"), ("SYR", "MIL", "2011-03-15", None)]
    assert any(line == 15 and "empty code" in why for line, _, why in actors.warnings)
    # CAMEO's Kosovo code becomes rasad's; an end before the start is dropped, with a warning
    hashim = by_name(actors.people, "هاشم ثقي")
    assert hashim["roles"] == [{"code": "XKX", "sector": "GOV", "office": None, "start": "2008-01-01", "end": None}]
    assert any(line == 19 and "end before start" in why for line, _, why in actors.warnings)


def test_skipped_lines_carry_line_numbers_and_reasons(actors):
    skipped = {line: (raw, why) for line, raw, why in actors.skipped}
    assert skipped[STRAY_CODE_LINE][1] == "code line before any entry"
    assert skipped[MALFORMED_LINE] == ("علان_  [GOV", "no usable code: malformed code bracket")
    assert "uncertain code" in skipped[UNCERTAIN_LINE][1]
    assert skipped[NO_CODE_LINE][1] == "no code"
    assert actors.entries_read == 11  # entry lines, not synonyms, code lines or comments
    assert actors.converted == 8 and actors.skipped_entries == 3


def test_duplicates_merge_and_places_are_not_people(actors):
    # «حماس» is a synonym of «حركة حماس» and an entry of its own: two entries, one name each
    assert len([g for g in actors.groups if "حماس" in g["names"]]) == 2
    # a dated entry named like a shipped country is a group, not a person
    assert by_name(actors.groups, "سوريا")["roles"][0]["start"] == "2009-03-31"
    assert not any(p["name_ar"] == "سوريا" for p in actors.people)


def test_written_yaml_validates_and_resolves(actors, tmp_path):
    out = tmp_path / "kb"
    paths = write_yaml(actors, out)
    assert sorted(p.relative_to(out).as_posix() for p in paths) == [
        "agents_imported_petrarch.yaml", "groups_imported_petrarch.yaml", "people/imported_petrarch.yaml"]
    for p in paths:
        assert load_file(p)
    kb = load_kb(paths, include_user=False)
    assert kb.problems == []
    hits = lookup(kb, "فلان الفلاني", date(2012, 1, 1))
    assert (hits[0]["code"], hits[0]["sector"]) == ("SYR", "MIL")


def test_agents_dictionary(tmp_path):
    r = convert_petrarch(write(tmp_path, "agents.txt", AGENTS))
    assert r.format == "agents"
    assert r.entries_read == 10
    phrases = {a["phrase"]: a for a in r.agents}
    assert phrases["وزير خارجية"] == {"phrase": "وزير خارجية", "sector": "GOV", "kind": "title",
                                      "office": None, "code": None}  # the later [~MIL] duplicate is dropped
    assert phrases["انفصالي مسلح"]["sector"] == "REB"
    assert (phrases["قوة حفظ سلام"]["code"], phrases["قوة حفظ سلام"]["sector"]) == ("IGO", None)
    assert phrases["وهابي متطرف"]["sector"] == "RAD"  # MUS has no rasad sector: the next block
    assert {"لاجئ", "لاجئين", "نازحين"} <= phrases.keys()
    assert "شخص دون جنسية" in phrases
    assert phrases["مجلس عسكري"]["sector"] == "MIL" and phrases["مجلس عسكري"]["kind"] == "body"
    skipped = {line: why for line, _, why in r.skipped}
    assert skipped == {5: "no rasad sector in code", 10: "no [code]"}
    paths = write_yaml(r, tmp_path / "out")
    assert [p.name for p in paths] == ["agents_imported_petrarch.yaml"]
    assert len(load_file(paths[0])) == len(r.agents)


def test_detection_and_explicit_kind(tmp_path):
    assert detect_format(ACTORS.splitlines()) == "actors"
    assert detect_format(AGENTS.splitlines()) == "agents"
    p = write(tmp_path, "x.txt", AGENTS)
    assert convert_petrarch(p, kind="actors").format == "actors"
    with pytest.raises(ValueError):
        convert_petrarch(p, kind="verbs")


def test_code_splitting_and_ids():
    assert split_actor_code("PSECVLELI")[:3] == ("PSE", "CVL", False)
    assert split_actor_code("IGOGOV")[:3] == ("IGO", "GOV", False)
    assert split_actor_code("MIL")[:3] == (None, "MIL", True)
    assert split_actor_code("000GOV")[:3] == (None, "GOV", True)
    country, sector, _, notes = split_actor_code("USAXYZ")
    assert (country, sector) == ("USA", None) and notes  # unknown sector: null, recorded
    for bad in ("", "?MIL", "chi", "INT"):
        with pytest.raises(ValueError):
            split_actor_code(bad)
    assert make_id("نوري المالكي", "person") == make_id("نوري المالكي", "person")
    assert make_id("نوري المالكي", "person") != make_id("نوري المالكى", "person")


@needs_up
def test_universalpetrarch_actor_dictionary(tmp_path):
    r = convert_petrarch(UP_DIR / "actor_dict_ar_v4.txt")
    share = r.converted / r.entries_read
    print(f"\nactor_dict_ar_v4.txt: {r.entries_read} entries read, {r.converted} converted ({share:.1%}), "
          f"{r.skipped_entries} skipped; {len(r.people)} people, {len(r.groups)} groups, {len(r.agents)} agents")
    for reason, n in r.skipped_reasons().most_common():
        print(f"  skipped {n:4d}  {reason}")
    assert r.format == "actors"
    assert share >= 0.95
    paths = write_yaml(r, tmp_path)
    assert len(paths) == 3
    for p in paths:
        load_file(p)  # raises KBError on any problem
    kb = load_kb(paths, include_user=False)
    assert kb.problems == []
    ids = [e["id"] for e in r.people + r.groups]
    assert len(ids) == len(set(ids))


@needs_up
def test_universalpetrarch_agents_dictionary(tmp_path):
    r = convert_petrarch(UP_DIR / "agents.all.ar_v3.txt")
    share = r.converted / r.entries_read
    print(f"\nagents.all.ar_v3.txt: {r.entries_read} entries read, {r.converted} converted ({share:.1%}), "
          f"{r.skipped_entries} skipped; {len(r.agents)} agents")
    for reason, n in r.skipped_reasons().most_common():
        print(f"  skipped {n:4d}  {reason}")
    assert r.format == "agents"
    assert share >= 0.95
    (path,) = write_yaml(r, tmp_path)
    assert len(load_file(path)) == len(r.agents)


def test_cli_imports_two_dictionaries_into_one_directory(tmp_path):
    """`rasad kb import-petrarch` through the command line; two imports keep both outputs."""
    from click.testing import CliRunner

    from rasad.cli import main

    actors = tmp_path / "actors.txt"
    actors.write_text("نوري_المالكي_\n\t[IRQGOV 20060520-20140908]\nحركة_حماس_  [PSEREB]\n", encoding="utf-8")
    agents = tmp_path / "agents.txt"
    agents.write_text("جيش [~MIL]\nشرطة [~COP]\n", encoding="utf-8")
    out = tmp_path / "kb"
    runner = CliRunner()
    for dictionary in (actors, agents):
        res = runner.invoke(main, ["kb", "import-petrarch", str(dictionary), "--out", str(out)])
        assert res.exit_code == 0, res.output
    names = sorted(p.name for p in out.rglob("*.yaml"))
    assert any("actors" in n for n in names) and any("agents_imported_petrarch_agents" in n for n in names)
    kb = load_kb([out], include_user=False)
    assert kb.problems == []
