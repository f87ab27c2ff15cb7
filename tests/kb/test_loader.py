from pathlib import Path

import pytest

from rasad.kb.knowledge import load_kb
from rasad.kb.loader import KBError, load_file


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_kb_is_valid_and_large(kb):
    assert kb.problems == []
    kinds = {}
    for e in kb.entries:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    assert kinds["person"] >= 600
    assert kinds["country"] >= 197  # UN members + Palestine, Kosovo, Taiwan, Western Sahara
    for code in ("PSE", "XKX", "TWN", "ESH", "SAU", "IRN", "USA"):
        assert code in kb.by_id


def test_bad_file_reports_line_numbers_and_loads_nothing(tmp_path):
    p = write(tmp_path, "people/bad.yaml", """
- id: ok_person
  names: [فلان الفلاني]
  roles:
    - {code: IRQ, sector: GOV, office: Minister, start: 2010, end: 2012}
- id: broken
  names: [علان]
  roles:
    - {code: iraq, sector: GOV, start: 2015, end: 2012}
""")
    with pytest.raises(KBError) as err:
        load_file(p)
    assert any(":6:" in problem for problem in err.value.problems)
    kb = load_kb([p], include_user=False)
    assert "ok_person" not in kb.by_id  # nothing of a bad file is loaded
    assert kb.problems


def test_invalid_yaml_is_a_clear_error(tmp_path):
    p = write(tmp_path, "groups_x.yaml", "- id: [unclosed\n")
    with pytest.raises(KBError) as err:
        load_file(p)
    assert "invalid YAML" in str(err.value)


def test_user_overlay_overrides_entry_by_id(tmp_path, monkeypatch):
    monkeypatch.setenv("RASAD_KB_DIR", str(tmp_path / "none"))
    p = write(tmp_path, "people/override.yaml", """
- id: mustafa_al_kadhimi
  names: [مصطفى الكاظمي]
  roles:
    - {code: XKX, sector: EDU, office: Test office, start: 2000, end: null}
""")
    kb = load_kb([p])
    assert kb.by_id["mustafa_al_kadhimi"].roles[0].code == "XKX"


def test_an_unquoted_office_with_a_comma_is_reported(tmp_path):
    p = write(tmp_path, "people/comma.yaml", """
- id: split_office
  names: [فلان الفلاني]
  roles:
    - {code: IRQ, sector: GOV, office: Minister of Labour, Health and Welfare, start: 2010, end: 2012}
""")
    with pytest.raises(KBError) as err:
        load_file(p)
    assert "quote an office" in err.value.problems[0]


def test_a_persons_gender_is_f_or_m_and_reaches_the_entity(tmp_path, kb):
    p = write(tmp_path, "people/gender.yaml", """
- id: wrong_gender
  names: [فلانة الفلانية]
  gender: female
  roles:
    - {code: IRQ, sector: GOV, office: Minister, start: 2010, end: null}
""")
    with pytest.raises(KBError) as err:
        load_file(p)
    assert "'gender' must be f or m" in err.value.problems[0]
    assert kb.by_id["angela_merkel"].entity(None).feminine
    assert not kb.by_id["emmanuel_macron"].entity(None).feminine


def test_an_agents_unqualified_code_is_a_code_and_only_without_a_fixed_one(tmp_path):
    p = write(tmp_path, "agents.yaml", """
- {phrase: وزارة الخزانة, sector: GOV, kind: body, office: Treasury, code: USA, unqualified_code: USA}
- {phrase: مجلس العموم, sector: LEG, kind: body, office: Commons, code: null, unqualified_code: britain}
""")
    with pytest.raises(KBError) as err:
        load_file(p)
    assert len(err.value.problems) == 2
    assert "without a fixed 'code'" in err.value.problems[0]
    assert "'unqualified_code' must be a three-letter" in err.value.problems[1]


def test_an_agents_nisba_only_flag_is_true_or_false(tmp_path, kb):
    p = write(tmp_path, "agents.yaml", """
- {phrase: القيادة, sector: GOV, kind: body, office: Leadership, code: null, nisba_only: yes please}
""")
    with pytest.raises(KBError) as err:
        load_file(p)
    assert "'nisba_only' must be true or false" in err.value.problems[0]
    assert kb.by_id["agent:القيادة"].nisba_only


def test_group_short_names_load(kb):
    pmf = kb.by_id["popular_mobilization_forces"]
    assert pmf.short_names == ["الحشد"]


def test_an_id_repeated_across_shipped_files_is_reported(tmp_path):
    from rasad.kb.loader import repeated_ids

    entry = """
- id: same_person
  names: [فلان الفلاني]
  roles:
    - {code: IRQ, sector: GOV, office: Minister, start: 2010, end: 2012}
"""
    a = write(tmp_path, "people/a.yaml", entry)
    b = write(tmp_path, "people/b.yaml", entry.replace("فلان الفلاني", "علان العلاني"))
    c = write(tmp_path, "people/c.yaml", entry.replace("same_person", "other_person"))
    d = write(tmp_path, "groups_d.yaml", entry.replace("same_person", "other_person"))  # the same id as a group
    problems = repeated_ids((p, load_file(p)) for p in (a, b, c, d))
    assert len(problems) == 2 and "'same_person'" in problems[0] and "a.yaml" in problems[0] and "b.yaml" in problems[0]
    assert "'other_person'" in problems[1] and "c.yaml (as person)" in problems[1]


def test_a_branch_no_group_defines_is_reported(tmp_path):
    from rasad.kb.loader import unknown_branches

    p = write(tmp_path, "groups_x.yaml", "- id: movement\n  names: [حركة فلان]\n  branches: [movement_x, movement_y]\n"
              "  roles:\n    - {code: EGY, sector: OPP, office: X, start: null, end: null}\n"
              "- id: movement_x\n  names: [حركة فلان في الأردن]\n"
              "  roles:\n    - {code: JOR, sector: OPP, office: X, start: null, end: null}\n")
    problems = unknown_branches([(p, load_file(p))])
    assert len(problems) == 1 and "'movement_y'" in problems[0]


@pytest.mark.parametrize("check", ["repeated_ids", "unknown_branches", "groups_among_people"])
def test_the_shipped_kb_passes_the_checks_across_files(check):
    # (no id defined twice, no unknown branch, no group listed among people)
    from rasad.kb import loader

    assert getattr(loader, check)((p, load_file(p)) for p in loader.shipped_files()) == []


def test_a_group_listed_among_people_is_reported(tmp_path):
    from rasad.kb.loader import groups_among_people

    p = write(tmp_path, "people/x.yaml", "- id: brigade\n  names: [كتائب فلان, ألوية فلان]\n"
              "  roles:\n    - {code: IRQ, sector: REB, office: X, start: null, end: null}\n"
              "- id: general\n  names: [اللواء فلان الفلاني]\n"
              "  roles:\n    - {code: IRQ, sector: MIL, office: X, start: null, end: null}\n")
    problems = groups_among_people([(p, load_file(p))])
    assert len(problems) == 1 and "'brigade'" in problems[0]


def test_context_names_load_as_single_words_only(kb, tmp_path):
    assert kb.by_id["fatah"].context_names == ["فتح"] and ("fatah", "فتح") in kb.context_only
    p = write(tmp_path, "groups_x.yaml", "- id: g\n  names: [حركة فلان]\n  context_names: [فلان الفلاني]\n"
              "  roles:\n    - {code: PSE, sector: PTY, office: X, start: null, end: null}\n")
    with pytest.raises(KBError) as err:
        load_file(p)
    assert "'context_names' must be single words" in str(err.value)
