"""Wikidata dump importer: streaming reader, conversion, position table, written YAML."""
import bz2
import gzip
import inspect
import io
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from rasad.kb.importers.wikidata import (
    DumpStats,
    PositionTable,
    build_position_labels,
    classify,
    convert_entity,
    import_dump,
    iter_dump,
    scan_positions,
    wikidata_time,
)
from rasad.kb.loader import load_file

# ------------------------------------------------------------------------------ fixture builders


def item(pid, q):
    return {"snaktype": "value", "property": pid, "datatype": "wikibase-item",
            "datavalue": {"type": "wikibase-entityid",
                          "value": {"entity-type": "item", "numeric-id": int(q[1:]), "id": q}}}


def time(pid, t, precision):
    return {"snaktype": "value", "property": pid, "datatype": "time",
            "datavalue": {"type": "time", "value": {
                "time": t, "timezone": 0, "before": 0, "after": 0, "precision": precision,
                "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}}}


def unknown(pid):
    return {"snaktype": "somevalue", "property": pid, "datatype": "time"}


def stmt(snak, qualifiers=(), rank="normal"):
    quals = {}
    for q in qualifiers:
        quals.setdefault(q["property"], []).append(q)
    out = {"mainsnak": snak, "type": "statement", "id": f"X${id(snak)}", "rank": rank}
    if quals:
        out["qualifiers"] = quals
        out["qualifiers-order"] = list(quals)
    return out


def entity(qid, labels, aliases=None, claims=()):
    grouped = {}
    for s in claims:
        grouped.setdefault(s["mainsnak"]["property"], []).append(s)
    return {"type": "item", "id": qid,
            "labels": {k: {"language": k, "value": v} for k, v in labels.items()},
            "descriptions": {},
            "aliases": {k: [{"language": k, "value": v} for v in vs] for k, vs in (aliases or {}).items()},
            "claims": grouped, "sitelinks": {}}


def P31(q):
    return stmt(item("P31", q))


PM_IRAQ = entity("Q900101", {"en": "Prime Minister of Iraq", "ar": "رئيس وزراء العراق"},
                 claims=[P31("Q4164871"), stmt(item("P1001", "Q796"))])
KADHIMI = entity(
    "Q900001",
    {"en": "Hamid al-Mithal", "ar": "حامد المثال"},
    {"ar": ["الكاظمي", "حامد المثال", "حامد المثال", "Hamid", "أبو علي", "ابو علي"],
     "en": ["H. al-Mithal"]},
    [P31("Q5"), stmt(item("P27", "Q796")),
     # intelligence chief: month start, day end; the position (Q900100) comes later in the dump
     stmt(item("P39", "Q900100"), [time("P580", "+2016-06-00T00:00:00Z", 10),
                                    time("P582", "+2020-05-07T00:00:00Z", 11)]),
     # prime minister: day precision both ends; the position (Q900101) came earlier in the dump
     stmt(item("P39", "Q900101"), [time("P580", "+2020-05-07T00:00:00Z", 11),
                                    time("P582", "+2022-10-27T00:00:00Z", 11)]),
     # generic "minister" (table): year precision; code from citizenship
     stmt(item("P39", "Q83307"), [time("P580", "+2010-00-00T00:00:00Z", 9),
                                   time("P582", "+2012-00-00T00:00:00Z", 9)]),
     # ended at an unknown time: dropped
     stmt(item("P39", "Q486839"), [time("P580", "+2005-00-00T00:00:00Z", 9), unknown("P582")]),
     # deprecated: ignored
     stmt(item("P39", "Q30461"), [time("P580", "+1999-01-01T00:00:00Z", 11)], rank="deprecated")],
)
INTEL = entity("Q900100", {"en": "Director of the Iraqi National Intelligence Service"},
               claims=[stmt(item("P17", "Q796"))])
CURATOR = entity("Q900102", {"en": "curator of the Example Museum"}, claims=[P31("Q4164871")])
NO_ARABIC = entity("Q900002", {"en": "John Nolabel", "fr": "John Nolabel"},
                   claims=[P31("Q5"), stmt(item("P39", "Q11696"), [time("P580", "+2001-01-20T00:00:00Z", 11)])])
NOT_POLITICAL = entity("Q900003", {"en": "Sara Curator", "ar": "سارة المتحف"},
                       claims=[P31("Q5"), stmt(item("P39", "Q900102"), [time("P580", "+2001-00-00T00:00:00Z", 9)])])
NO_POSITION = entity("Q900004", {"en": "Plain Person", "ar": "شخص عادي"}, claims=[P31("Q5")])
DEAD_PM = entity("Q900005", {"en": "Old Premier", "ar": "رئيس سابق"},
                 claims=[P31("Q5"), stmt(item("P27", "Q145")),
                         stmt(item("P39", "Q14211"), [time("P580", "+2001-06-08T00:00:00Z", 11)]),
                         stmt(time("P570", "+2005-03-00T00:00:00Z", 10))])
IRAQ = entity("Q796", {"en": "Iraq", "ar": "العراق"}, claims=[P31("Q3624078"), P31("Q6256")])
LEAGUE = entity("Q900200", {"en": "League of Examples", "ar": "جامعة الأمثلة"}, {"ar": ["الجامعة المثالية"]},
                [P31("Q484652")])
UN_AGENCY = entity("Q900201", {"en": "UN Example Agency", "ar": "وكالة الأمم المتحدة للأمثلة"},
                   claims=[P31("Q245065"), stmt(item("P361", "Q1065"))])
ARMED = entity("Q900300", {"en": "Example Front", "ar": "جبهة المثال"}, {"ar": ["الجبهة"]},
               [P31("Q17149090"), stmt(item("P17", "Q858")),
                stmt(time("P571", "+2013-00-00T00:00:00Z", 9)),
                stmt(time("P576", "+2019-03-23T00:00:00Z", 11))])
CITY = entity("Q900400", {"en": "Exampleville", "ar": "مدينة المثال"}, claims=[P31("Q515")])
MALFORMED = '{"type":"item","id":"Q900999","labels":{"en":{"language":"en","value":"tru'

DUMP = [PM_IRAQ, KADHIMI, INTEL, CURATOR, NO_ARABIC, NOT_POLITICAL, NO_POSITION, DEAD_PM,
        IRAQ, LEAGUE, UN_AGENCY, ARMED, MALFORMED, CITY]


def dump_text(entities=DUMP) -> str:
    lines = [e if isinstance(e, str) else json.dumps(e, ensure_ascii=False, separators=(",", ":"))
             for e in entities]
    return "[\n" + ",\n".join(lines) + "\n]\n"


@pytest.fixture(params=["json", "json.gz", "json.bz2"])
def dump(request, tmp_path) -> Path:
    data = dump_text().encode("utf-8")
    path = tmp_path / f"latest-all.{request.param}"
    if request.param.endswith(".gz"):
        with gzip.open(path, "wb") as f:
            f.write(data)
    elif request.param.endswith(".bz2"):
        with bz2.open(path, "wb") as f:
            f.write(data)
    else:
        path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def table():
    return PositionTable.load()


# ------------------------------------------------------------------------------------ reading


def test_iter_dump_reads_every_format_and_counts_malformed_lines(dump):
    stats = DumpStats()
    ids = [e["id"] for e in iter_dump(dump, stats)]
    assert ids == [e["id"] for e in DUMP if isinstance(e, dict)]
    assert stats.malformed == 1 and stats.malformed_lines == [14]  # line 1 is "["
    assert stats.entities == 13


def test_iter_dump_is_a_lazy_generator(tmp_path):
    path = tmp_path / "d.json"
    path.write_text(dump_text(), encoding="utf-8")
    assert inspect.isgenerator(iter_dump(path))

    class Unslurpable:
        """A stream that fails on a whole-file read and on any read past the second line."""

        def __init__(self, data: bytes):
            self.lines = io.BytesIO(data).readlines()
            self.served = 0

        def read(self, size=-1):
            raise AssertionError("iter_dump read the whole file")

        readlines = readall = read

        def readline(self, size=-1):
            if self.served >= 2:
                raise AssertionError("iter_dump read past the first entity before yielding it")
            self.served += 1
            return self.lines[self.served - 1]

        def __iter__(self):
            return self

        def __next__(self):
            return self.readline()

    gen = iter_dump(Unslurpable(dump_text().encode("utf-8")))
    assert next(gen)["id"] == "Q900101"


def test_lines_without_trailing_comma_brackets_or_blank_lines():
    text = '[{"type":"item","id":"Q1"},\n\n{"type":"item","id":"Q2"}]\n'
    stats = DumpStats()
    assert [e["id"] for e in iter_dump(io.BytesIO(text.encode()), stats)] == ["Q1", "Q2"]
    bad = io.BytesIO(b'[\n[1, 2],\n"text",\n{"no_id": 1},\n\xff\xfe,\n{"type":"item","id":"Q3"}\n]\n')
    stats = DumpStats()
    assert [e["id"] for e in iter_dump(bad, stats)] == ["Q3"]
    assert stats.malformed == 4


# ------------------------------------------------------------------------------------- pieces


@pytest.mark.parametrize("value, expected", [
    ({"time": "+2020-05-07T00:00:00Z", "precision": 11}, "2020-05-07"),
    ({"time": "+2020-05-00T00:00:00Z", "precision": 10}, "2020-05"),
    ({"time": "+2020-00-00T00:00:00Z", "precision": 9}, "2020"),
    ({"time": "+2020-05-07T00:00:00Z", "precision": 9}, "2020"),
    ({"time": "+2020-00-00T00:00:00Z", "precision": 11}, "2020"),      # day precision, no month
    ({"time": "+2021-02-30T00:00:00Z", "precision": 11}, "2021-02"),   # impossible day
    ({"time": "+00000002020-05-07T00:00:00Z", "precision": 11}, "2020-05-07"),  # old padded form
    ({"time": "+2000-00-00T00:00:00Z", "precision": 8}, None),         # decade
    ({"time": "-0044-03-15T00:00:00Z", "precision": 11}, None),        # BCE
    (None, None),
])
def test_wikidata_time(value, expected):
    assert wikidata_time(value) == expected


@pytest.mark.parametrize("label, sector", [
    ("Minister of Defence of Iraq", "MIL"),
    ("United States Secretary of Defense", "MIL"),
    ("Minister of Foreign Affairs of Egypt", "GOV"),
    ("Minister of Justice", "GOV"),
    ("Minister of the Interior of Iraq", "COP"),
    ("Director of the Central Intelligence Agency", "SPY"),
    ("Chair of the House Intelligence Committee", "LEG"),
    ("Inspector General of Police", "COP"),
    ("Member of the Council of Representatives of Iraq", "LEG"),
    ("member of the Knesset", "LEG"),
    ("Speaker of the Parliament of Lebanon", "LEG"),
    ("President of the National Assembly of Kuwait", "LEG"),
    ("judge of the Supreme Court of Israel", "JUD"),
    ("Attorney General of Israel", "JUD"),
    ("ambassador of Iraq to France", "GOV"),
    ("Chief of the General Staff of the Turkish Armed Forces", "MIL"),
    ("White House Chief of Staff", "GOV"),
    ("Secretary-General of the Arab League", "GOV"),
    ("Governor of the Central Bank of Iraq", "GOV"),
    ("Grand Mufti of Egypt", "REL"),
    ("President of Cairo University", "EDU"),
    ("Leader of the Opposition", "OPP"),
    ("General Secretary of the Communist Party of China", "PTY"),
    ("President of Egypt", "GOV"),
    ("Emir of Qatar", "GOV"),
    ("Chief of the Royal Court of Saudi Arabia", "GOV"),
    ("president of the football club Example FC", None),
    ("UNICEF Goodwill Ambassador", None),
    ("curator of the Example Museum", None),
])
def test_keyword_rules(table, label, sector):
    assert table.sector_of_label(label) == sector


def test_table_lookup(table):
    assert table.countries["Q796"] == "IRQ" and table.countries["Q1065"] == "UNO"
    assert table.countries["Q414"] == "ARG"  # from the shipped countries files
    us = table.lookup("Q11696")
    assert (us.code, us.sector, us.office) == ("USA", "GOV", "President of the United States")
    minister = table.lookup("Q83307")
    assert (minister.code, minister.sector) == (None, "GOV")
    assert table.lookup("Q123456789") is None  # not in the table and no label


def test_classify():
    assert [classify(e) for e in (KADHIMI, IRAQ, LEAGUE, UN_AGENCY, ARMED, CITY, PM_IRAQ)] == [
        "person", "country", "organisation", "organisation", "group", None, None]
    assert classify({"type": "property", "id": "P39", "claims": {}}) is None


# ------------------------------------------------------------------------------------ pass one


def test_build_position_labels(dump):
    assert build_position_labels(dump) == {
        "Q900100": "Director of the Iraqi National Intelligence Service",  # met after its holder
        "Q900101": "Prime Minister of Iraq",                               # met before: looks like a position
        "Q900102": "curator of the Example Museum",
    }
    scan = scan_positions(dump)
    assert scan.targets == {"Q900100", "Q900101", "Q900102", "Q83307", "Q486839", "Q11696", "Q14211"}
    assert scan.codes == {"Q900100": "IRQ", "Q900101": "IRQ"}  # P17 / P1001


# ------------------------------------------------------------------------------------- convert


def scanned_table(dump: Path) -> PositionTable:
    t = PositionTable.load()
    scan = scan_positions(dump, t.countries)
    t.labels.update(scan.labels)
    t.position_codes.update(scan.codes)
    return t


KADHIMI_OUT = {
    "id": "wd_Q900001",
    "name_en": "Hamid al-Mithal",
    "name_ar": "حامد المثال",
    "wikidata": "Q900001",
    "names": ["حامد المثال", "الكاظمي", "أبو علي"],
    "roles": [
        {"code": "IRQ", "sector": "GOV", "office": "Minister", "start": "2010", "end": "2012"},
        {"code": "IRQ", "sector": "SPY", "office": "Director of the Iraqi National Intelligence Service",
         "start": "2016-06", "end": "2020-05-07"},
        {"code": "IRQ", "sector": "GOV", "office": "Prime Minister of Iraq",
         "start": "2020-05-07", "end": "2022-10-27"},
    ],
}


def test_convert_entities_exactly(tmp_path):
    path = tmp_path / "d.json"
    path.write_text(dump_text(), encoding="utf-8")
    t = scanned_table(path)
    counts = Counter()
    assert convert_entity(KADHIMI, t, counts) == KADHIMI_OUT
    assert counts == Counter({"role_end_unknown": 1})

    assert convert_entity(DEAD_PM, t) == {
        "id": "wd_Q900005", "name_en": "Old Premier", "name_ar": "رئيس سابق", "wikidata": "Q900005",
        "names": ["رئيس سابق"],
        "roles": [{"code": "GBR", "sector": "GOV", "office": "Prime Minister of the United Kingdom",
                   "start": "2001-06-08", "end": "2005-03"}],  # open role closed by the death
    }
    assert convert_entity(LEAGUE, t) == {
        "id": "wd_Q900200", "name_en": "League of Examples", "name_ar": "جامعة الأمثلة",
        "wikidata": "Q900200", "names": ["جامعة الأمثلة", "الجامعة المثالية"], "code": "IGO", "sector": "GOV"}
    assert convert_entity(UN_AGENCY, t)["code"] == "UNO"
    assert convert_entity(ARMED, t) == {
        "id": "wd_Q900300", "name_en": "Example Front", "name_ar": "جبهة المثال", "wikidata": "Q900300",
        "names": ["جبهة المثال", "الجبهة"],
        "roles": [{"code": "SYR", "sector": "REB", "office": "Example Front", "start": "2013", "end": "2019-03-23"}],
    }

    counts = Counter()
    for e in (NO_ARABIC, NOT_POLITICAL, NO_POSITION, IRAQ, CITY, PM_IRAQ):
        assert convert_entity(e, t, counts) is None
    assert counts == Counter({"no_arabic_label": 1, "no_political_position": 1, "not_relevant": 3,
                              "country": 1})


def test_statement_jurisdiction_qualifier_and_citizenship_fallback(table):
    person = entity("Q1", {"ar": "فلان"}, claims=[
        P31("Q5"), stmt(item("P27", "Q794")),
        stmt(item("P39", "Q486839"), [item("P1001", "Q801")]),   # member of parliament, of Israel
        stmt(item("P39", "Q16533")),                              # judge: no jurisdiction → citizenship
    ])
    roles = convert_entity(person, table)["roles"]
    assert [(r["code"], r["sector"], r["office"]) for r in roles] == [
        ("ISR", "LEG", "Member of parliament"), ("IRN", "JUD", "Judge")]


def test_role_ending_before_it_starts_is_dropped(table):
    person = entity("Q2", {"ar": "فلان"}, claims=[
        P31("Q5"),
        stmt(item("P39", "Q11696"), [time("P580", "+2010-00-00T00:00:00Z", 9),
                                      time("P582", "+2009-12-31T00:00:00Z", 11)])])
    counts = Counter()
    assert convert_entity(person, table, counts) is None
    assert counts == Counter({"role_ends_before_start": 1, "no_political_position": 1})


# -------------------------------------------------------------------------------------- import


def test_import_dump_writes_loadable_files(dump, tmp_path, capsys):
    out = tmp_path / "kb"
    report = import_dump(dump, out, progress=False)
    assert capsys.readouterr().err == ""
    assert report.read == 13 and report.malformed == 1
    assert report.kept == Counter({"person": 2, "organisation": 2, "group": 1})
    assert report.skipped == Counter({"not_relevant": 5, "no_arabic_label": 1, "no_political_position": 1})
    assert report.roles == Counter({"kept": 4, "role_end_unknown": 1})
    assert (report.countries_seen, report.countries_known) == (1, 1)
    assert (report.positions_held, report.positions_labelled) == (7, 3)
    assert "kept: group 1, organisation 2, person 2" in report.summary()

    people = load_file(out / "people" / "wikidata_import.yaml")
    groups = load_file(out / "groups_wikidata_import.yaml")
    orgs = load_file(out / "organisations_wikidata_import.yaml")
    assert [e.id for e in people] == ["wd_Q900001", "wd_Q900005"]
    assert [e.id for e in groups] == ["wd_Q900300"] and [e.id for e in orgs] == ["wd_Q900200", "wd_Q900201"]
    assert not list(out.rglob("*.tmp"))

    k = people[0]
    assert (k.kind, k.name_ar, k.wikidata, k.names) == ("person", "حامد المثال", "Q900001", KADHIMI_OUT["names"])
    at = k.role_at
    assert (at(date(2011, 6, 1)).sector, at(date(2011, 6, 1)).office) == ("GOV", "Minister")
    assert at(date(2016, 6, 1)).sector == "SPY"            # a month start is the first day
    assert at(date(2016, 5, 31)).sector == "SPY"           # nearest role: the intelligence service
    assert at(date(2020, 5, 6)).sector == "SPY"
    assert at(date(2020, 5, 7)).office == "Prime Minister of Iraq"  # both cover: the later start wins
    assert (at(date(2022, 10, 27)).code, at(date(2022, 10, 27)).sector) == ("IRQ", "GOV")
    assert at(date(2012, 12, 31)).office == "Minister"    # a year end is the last day
    assert at(None).office == "Prime Minister of Iraq"

    dead = people[1].role_at(date(2005, 3, 31))
    assert (dead.code, dead.start, dead.end) == ("GBR", date(2001, 6, 8), date(2005, 3, 31))
    g = groups[0]
    assert (g.role_at(date(2015, 1, 1)).code, g.role_at(date(2015, 1, 1)).sector) == ("SYR", "REB")
    assert g.roles[0].end == date(2019, 3, 23)
    assert [(o.roles[0].code, o.roles[0].sector) for o in orgs] == [("IGO", "GOV"), ("UNO", "GOV")]


def test_import_dump_progress_goes_to_stderr(tmp_path, capsys):
    path = tmp_path / "d.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(dump_text())
    import_dump(path, tmp_path / "kb", progress=True)
    captured = capsys.readouterr()
    assert captured.out == "" and "wikidata pass 2/2" in captured.err


def test_import_empty_dump_writes_empty_files(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("[\n]\n", encoding="utf-8")
    report = import_dump(path, tmp_path / "kb", progress=False)
    assert report.read == 0 and sum(report.kept.values()) == 0
    for f in report.files.values():
        assert load_file(f) == []


def test_cli_import_wikidata_writes_usable_files(tmp_path):
    """`rasad kb import-wikidata` through the command line, and lookups on what it wrote."""
    import json as _json
    from datetime import date as _date

    from click.testing import CliRunner

    from rasad.cli import main
    from rasad.kb.knowledge import load_kb
    from rasad.kb.lookup import lookup

    person = {"id": "Q1", "type": "item",
              "labels": {"ar": {"language": "ar", "value": "زيد الفلاني"}, "en": {"language": "en", "value": "Zaid"}},
              "aliases": {},
              "claims": {"P31": [{"mainsnak": {"snaktype": "value", "datavalue": {"value": {"id": "Q5"}}}, "rank": "normal"}],
                         "P39": [{"mainsnak": {"snaktype": "value", "datavalue": {"value": {"id": "Q99"}}}, "rank": "normal",
                                  "qualifiers": {"P580": [{"snaktype": "value", "datavalue": {
                                      "value": {"time": "+2019-01-01T00:00:00Z", "precision": 11}}}]}}],
                         "P27": [{"mainsnak": {"snaktype": "value", "datavalue": {"value": {"id": "Q810"}}}, "rank": "normal"}]}}
    position = {"id": "Q99", "type": "item",
                "labels": {"en": {"language": "en", "value": "Minister of Foreign Affairs of Jordan"}}, "claims": {}}
    dump = tmp_path / "dump.json"
    dump.write_text("[\n" + ",\n".join(_json.dumps(e, ensure_ascii=False) for e in (person, position)) + "\n]\n",
                    encoding="utf-8")
    out = tmp_path / "kb"
    res = CliRunner().invoke(main, ["kb", "import-wikidata", str(dump), "--out", str(out), "--quiet"])
    assert res.exit_code == 0 and "kept: person 1" in res.output, res.output
    kb = load_kb([out], include_user=False)
    found = lookup(kb, "زيد الفلاني", _date(2020, 1, 1))
    assert (found[0]["code"], found[0]["sector"], found[0]["identifier_id"]) == ("JOR", "GOV", "Q1")
