import json

from click.testing import CliRunner

from rasad.cli import main
from rasad.schema import Document


def test_kb_add_appends_a_valid_entry_and_rasad_uses_it(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_KB_DIR", str(tmp_path))
    runner = CliRunner()
    res = runner.invoke(main, ["kb", "add", "زيد الفلاني", "--name-en", "Zaid al-Fulani", "--alias", "الفلاني",
                               "--role", "JOR:GOV:2019-01-01:2020-12-31:Minister of Planning",
                               "--role", "JOR:LEG:2021-01-01::Member of Parliament"])
    assert res.exit_code == 0, res.output
    out = json.loads(runner.invoke(main, ["kb", "lookup", "زيد الفلاني", "--date", "2020-06-01", "--json"]).output)
    assert (out[0]["code"], out[0]["sector"]) == ("JOR", "GOV")
    out = json.loads(runner.invoke(main, ["kb", "lookup", "الفلاني", "--date", "2022-06-01", "--json"]).output)
    assert (out[0]["code"], out[0]["sector"]) == ("JOR", "LEG")
    # the same id twice is refused, and the file is left as it was
    before = (tmp_path / "people" / "added.yaml").read_text(encoding="utf-8")
    res = runner.invoke(main, ["kb", "add", "زيد الفلاني", "--name-en", "Zaid al-Fulani", "--role", "JOR:GOV:2019::"])
    assert res.exit_code != 0 and "already has" in res.output
    assert (tmp_path / "people" / "added.yaml").read_text(encoding="utf-8") == before


def test_kb_add_rejects_a_bad_role(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_KB_DIR", str(tmp_path))
    res = CliRunner().invoke(main, ["kb", "add", "شخص ما", "--role", "jordan:GOV:2019::"])
    assert res.exit_code != 0 and "three-letter" in res.output
    assert not (tmp_path / "people" / "added.yaml").exists()


def test_coverage_lists_unknown_names_after_titles(coder):
    from rasad.kb.coverage import CoverageCounter

    counter = CoverageCounter(coder)
    text = ("واستقبل الرئيس زيدان قرطبي وفدا. وقال الرئيس زيدان قرطبي إن الزيارة مهمة. "
            "والتقى وزير الخارجية الأردني أيمن الصفدي.")
    counter.add(Document("c", text, "2021-01-01"))
    rows = counter.most_common(5)
    assert rows[0]["text"] == "زيدان قرطبي" and rows[0]["count"] == 2
    assert all("الصفدي" not in r["text"] for r in rows)  # a known name is not reported


def test_coverage_skips_verbs_adverbs_and_common_nouns(coder):
    from rasad.kb.coverage import CoverageCounter

    counter = CoverageCounter(coder)
    text = ("يشعر الإسرائيليون بالقلق. وأكد انقسام الأميركيين. وقال الرئيس يجلس هنا. "  # before a plural nisba; a verb
            "وكان الوزير لاحقا في المكتب. وأدان اضطهاد العراقي. وتحدث عن الاضطهاد. "  # an adverb; a common noun
            "وقال الرئيس يوسف قرطبي إن الوضع صعب. "  # a given name of the KB's people keeps its shape
            "وفي مدينة هلمستاد السويدية تظاهر العشرات. وقال المتحدث ويظهر أن الوضع هادئ.")  # a place; a verb
    counter.add(Document("c", text, "2021-01-01"))
    names = {r["text"] for r in counter.most_common(None)}
    assert names == {"يوسف قرطبي"}, names
