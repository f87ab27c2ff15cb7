"""End-to-end through the command line (click's runner, and one real subprocess)."""
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from rasad.cli import main

from ..conftest import EXAMPLE, needs_shared

CONTRACT_FIELDS = {"id", "doc_id", "date", "date_text", "event", "mode", "context", "modality", "cameo",
                   "quad_code", "event_scale", "actor", "recipient", "mediator", "event_loc", "event_text",
                   "trigger_span", "text", "sentence_span", "rule", "confidence", "coder"}
ENTITY_FIELDS = {"entity_text", "span", "code", "sector", "identifier_id", "identifier_text", "name_ar", "office"}
SENTENCE = "التقى وزير الخارجية السعودي نظيره الإيراني في بغداد أمس."


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def test_help_everywhere():
    for args in ([], ["code"], ["show"], ["kb"], ["kb", "lookup"], ["kb", "check"], ["lexicon", "check"],
                 ["eval"], ["eval", "seed"], ["eval", "articles"], ["eval", "gsr"], ["eval", "events"]):
        res = run(args + ["--help"])
        assert res.exit_code == 0 and "Usage" in res.output


def test_code_txt_writes_contract_records(tmp_path):
    doc = tmp_path / "news1.txt"
    doc.write_text(SENTENCE, encoding="utf-8")
    res = run(["code", str(doc), "--date", "2021-03-02"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.output.splitlines()]
    assert recs and all(set(r) == CONTRACT_FIELDS for r in recs)
    r = recs[0]
    assert r["doc_id"] == "news1" and r["event"] == ["CONSULT"] and r["coder"].startswith("rasad ")
    assert r["date"] == "2021-03-01" and r["date_text"] == "أمس"
    for ent in r["actor"] + r["recipient"]:
        assert set(ent) == ENTITY_FIELDS
        assert SENTENCE[ent["span"][0]:ent["span"][1]] == ent["entity_text"]
    assert SENTENCE[r["trigger_span"][0]:r["trigger_span"][1]] == r["event_text"]
    assert {e["code"] for e in r["actor"] + r["recipient"]} >= {"SAU", "IRN"}
    # ids are stable across runs
    assert [json.loads(line)["id"] for line in run(["code", str(doc), "--date", "2021-03-02"]).output.splitlines()] == [x["id"] for x in recs]


def test_code_jsonl_stdin_and_formats():
    line = json.dumps({"id": "a1", "text": SENTENCE, "date": "2021-03-02"}, ensure_ascii=False)
    res = run(["code", "-"], input=line + "\n")
    assert res.exit_code == 0 and json.loads(res.output.splitlines()[0])["doc_id"] == "a1"
    csv_out = run(["code", "-", "--format", "csv"], input=line + "\n").output
    assert csv_out.splitlines()[0].startswith("id,doc_id,date,event")
    tsv = run(["code", "-", "--format", "gdelt"], input=line + "\n").output
    assert tsv.splitlines()[0].startswith("GlobalEventID\tDay")


def test_bad_inputs_get_one_line_errors_and_others_are_coded(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("زار".encode("utf-8") + b"\xff\xfe")
    (tmp_path / "english.txt").write_text("Only Latin text here.", encoding="utf-8")
    (tmp_path / "huge.txt").write_text("زار " * 1_300_000, encoding="utf-8")
    (tmp_path / "docs.jsonl").write_text('{"id": "x", "text": "' + SENTENCE + '"}\n{not json\n', encoding="utf-8")
    (tmp_path / "file.pdfx").write_text("x", encoding="utf-8")
    inputs = [str(p) for p in sorted(tmp_path.iterdir())]
    proc = subprocess.run([sys.executable, "-m", "rasad.cli", "code", *inputs, "--date", "2021-03-02"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [l for l in proc.stderr.splitlines() if l.startswith("rasad: ")]
    for name, reason in [("empty.txt", "empty"), ("binary.txt", "binary"), ("latin1.txt", "UTF-8"),
                         ("english.txt", "no Arabic"), ("huge.txt", "too large"), ("docs.jsonl:2", "malformed JSON"),
                         ("file.pdfx", "unknown file type")]:
        assert any(name in l and reason in l for l in errors), (name, errors)
    docs = {json.loads(l)["doc_id"] for l in proc.stdout.splitlines()}
    assert docs == {"good", "x"}


def test_a_reader_that_closes_the_output_stops_the_job_quietly(tmp_path):
    # (`rasad code … | head -n 1`: no error line per remaining document, the status of a process ended by SIGPIPE;
    # 300 records fill the pipe's buffer, so the job is still writing when the reader goes)
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps({"id": f"d{n}", "text": SENTENCE}, ensure_ascii=False) + "\n"
                            for n in range(300)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "rasad.cli", "code", str(docs), "--date", "2021-03-02"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert json.loads(proc.stdout.readline())["doc_id"] == "d0"
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=120) == 141
    assert "error" not in stderr and "Traceback" not in stderr


def test_kb_lookup_json():
    res = run(["kb", "lookup", "رئيس جهاز المخابرات السعودي", "--date", "2021-05-20", "--json"])
    out = json.loads(res.output)
    assert res.exit_code == 0 and out[0]["code"] == "SAU" and out[0]["sector"] == "SPY"
    assert set(out[0]) >= {"code", "sector", "identifier_id", "identifier_text", "name_ar", "office"}
    empty = run(["kb", "lookup", "لا شيء هنا", "--json"])
    assert empty.exit_code == 0 and json.loads(empty.output) == []


def test_kb_and_lexicon_check():
    assert run(["kb", "check"]).exit_code == 0
    res = run(["lexicon", "check"])
    assert res.exit_code == 0 and "0 problems" in res.output


def test_kb_check_reports_bad_user_file(tmp_path):
    bad = tmp_path / "groups_bad.yaml"
    bad.write_text("- id: g\n  names: [جماعة]\n  roles: []\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["kb", "check", "--kb", str(bad)])
    assert res.exit_code == 1 and "groups_bad.yaml:1" in res.output


@needs_shared
def test_show_example_article():
    res = run(["show", str(EXAMPLE), "--date", "2021-05-20"])
    assert res.exit_code == 0
    assert "CONSULT" in res.output and "mediator:" in res.output and "Mustafa al-Kadhimi" in res.output


@needs_shared
def test_eval_seed_meets_the_bar():
    """The issue's bar on the example article is core recall ≥ 0.90, precision ≥ 0.85; the issues also say its scores
    must not drop, so the floor sits at today's figures (0.955 / 0.963): a change that loses one of its events fails."""
    gold = EXAMPLE.with_name("kadhimi_security_diplomacy.gold.jsonl")
    res = run(["eval", "seed", str(EXAMPLE), str(gold), "--date", "2021-05-20"])
    last = res.output.strip().splitlines()[-1]
    recall = float(last.split("core recall ")[1].split()[0])
    precision = float(last.split("precision ")[1].split()[0])
    assert recall >= 0.95 and precision >= 0.96, last


def test_eval_seed_says_why_each_core_event_was_missed():
    from pathlib import Path

    sets = Path(__file__).resolve().parents[1] / "data" / "articles"
    slug, date = next(iter(json.loads((sets / "index.json").read_text(encoding="utf-8")).items()))
    res = run(["eval", "seed", str(sets / f"{slug}.ar.txt"), str(sets / f"{slug}.gold.jsonl"), "--date", date, "--why"])
    lines = res.output.splitlines()
    misses = [k for k, line in enumerate(lines) if line.startswith("MISS")]
    assert res.exit_code == 0 and misses
    assert all(lines[k + 1].strip().startswith("why: ") for k in misses)
    assert sum(line.strip().startswith("why: ") for line in lines) == len(misses)  # and none for a hit


def test_eval_articles_pools_folders_and_reports_a_bad_one(tmp_path):
    import shutil
    from pathlib import Path

    sets = Path(__file__).resolve().parents[1] / "data" / "articles"
    slug, date = next(iter(json.loads((sets / "index.json").read_text(encoding="utf-8")).items()))
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        for suffix in (".ar.txt", ".gold.jsonl"):
            shutil.copy(sets / f"{slug}{suffix}", tmp_path / name / f"{slug}{suffix}")
        (tmp_path / name / "index.json").write_text(json.dumps({slug: date}), encoding="utf-8")
    (tmp_path / "bad").mkdir()
    seed = run(["eval", "seed", str(sets / f"{slug}.ar.txt"), str(sets / f"{slug}.gold.jsonl"), "--date", date])
    # core hits, core events, matched, predicted
    counts = [int(x) for pair in re.findall(r"\((\d+)/(\d+)\)", seed.output.strip().splitlines()[-1]) for x in pair]
    res = run(["eval", "articles", str(tmp_path / "one"), str(tmp_path / "bad"), str(tmp_path / "two")])
    lines = res.output.strip().splitlines()
    assert res.exit_code == 1
    assert any(line.startswith("error: ") and "bad" in line and "index.json" in line for line in lines)
    assert lines[-1] == (f"articles: core recall {counts[0] / counts[1]:.3f} ({2 * counts[0]}/{2 * counts[1]}), "
                         f"precision {counts[2] / counts[3]:.3f} ({2 * counts[2]}/{2 * counts[3]})")
    assert f"one: core recall {counts[0] / counts[1]:.3f} ({counts[0]}/{counts[1]})" in res.output


def test_eval_events_on_sample_sentences():
    """Twenty hand-annotated news sentences, one or two per PLOVER type (written for the tests)."""
    from pathlib import Path

    gold = Path(__file__).resolve().parents[1] / "data" / "events_sample.jsonl"
    res = run(["eval", "events", str(gold)])
    last = res.output.strip().splitlines()[-1]
    assert float(last.split("F1 ")[1].split()[0]) >= 0.75, res.output


def test_eval_events_on_development_sentences_does_not_regress():
    """120 development sentences of all types (tests/data/events_dev.jsonl): a floor just under
    today's F1 (0.864); a regression check, not a bar."""
    from pathlib import Path

    gold = Path(__file__).resolve().parents[1] / "data" / "events_dev.jsonl"
    last = run(["eval", "events", str(gold)]).output.strip().splitlines()[-1]
    assert float(last.split("F1 ")[1].split()[0]) >= 0.85, last


@pytest.mark.parametrize("name, floor", [("events_fresh", 0.78), ("events_fresh2", 0.71), ("events_fresh3", 0.73),
                                         ("events_fresh4", 0.78), ("events_fresh5", 0.80), ("events_fresh6", 0.75),
                                         ("events_fresh7", 0.66), ("events_fresh8", 0.70), ("events_fresh9", 0.75),
                                         ("events_fresh10", 0.71), ("events_fresh11", 0.74), ("events_fresh12", 0.69),
                                         ("events_fresh13", 0.68), ("events_fresh14", 0.74),
                                         ("events_fresh15", 0.71), ("events_fresh16", 0.70),
                                         ("events_fresh17", 0.70), ("events_fresh18", 0.62),
                                         ("events_fresh19", 0.70), ("events_fresh20", 0.59),
                                         ("events_fresh21", 0.72), ("events_fresh22", 0.60),
                                         ("events_fresh23", 0.58), ("events_fresh24", 0.60)])
def test_eval_events_on_helper_written_sentences_does_not_regress(name, floor):
    """100 sentences of all types written by a helper who never saw the coder, twenty-four times
    (F1 when they arrived: events_fresh 0.540 with the fourth session's code, events_fresh2 0.527
    with the fifth's, events_fresh3 0.511, events_fresh4 0.525 and events_fresh5 0.556 with the
    sixth's, events_fresh6 0.566 and events_fresh7 0.481 with the eighth's, events_fresh8 0.482
    with the eighth's final code, events_fresh9 0.528 with the ninth's, events_fresh10 0.536 with
    the tenth's, events_fresh11 0.547 with the eleventh's, events_fresh12 0.623 and events_fresh13 0.539 with the
    twelfth's, events_fresh14 0.633 with the thirteenth's, events_fresh15 0.664 with the fourteenth's,
    events_fresh16 0.638 and events_fresh17 0.642 with the sixteenth's, events_fresh18 0.642 with the
    seventeenth's, events_fresh19 0.731 with the eighteenth's, events_fresh20 0.619 with the nineteenth's,
    events_fresh21 0.667 with the twentieth's, events_fresh22 0.606 with the twenty-first's, events_fresh23
    0.610 with the twenty-second's, events_fresh24 0.629 with the twenty-third's; events_fresh18 to 20,
    23 and 24 are not read, events_fresh22 (its
    README's gold notes were printed) is read from the twenty-third session on, events_fresh21 (glimpsed)
    is read from the twenty-second session on,
    events_fresh16 and 17 are read from the twenty-first session on, events_fresh13 is read from the seventeenth session on and
    events_fresh15 from the twentieth):
    a floor just under today's F1."""
    from pathlib import Path

    gold = Path(__file__).resolve().parents[1] / "data" / f"{name}.jsonl"
    last = run(["eval", "events", str(gold)]).output.strip().splitlines()[-1]
    assert float(last.split("F1 ")[1].split()[0]) >= floor, last


def test_gsr_sentences_are_dated_by_their_newswire_id():
    from rasad.eval.scoring import gsr_document

    assert gsr_document("AAW_ARB_20081011.0036-10", "نص").date == "2008-10-11"
    assert gsr_document("no-date-here", "نص").date is None


def test_output_does_not_depend_on_the_hash_seed():
    """Ties between equally named rivals once fell to set order, so the same article could code
    differently from one run to the next."""
    import os
    from pathlib import Path

    article = Path(__file__).resolve().parents[1] / "data" / "articles_fresh5" / "red_sea_strikes_2024.ar.txt"
    runs = []
    for seed in ("1", "4", "6"):
        proc = subprocess.run([sys.executable, "-m", "rasad.cli", "code", str(article), "--date", "2024-01-13"],
                              capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        runs.append(proc.stdout)
    assert runs[0] == runs[1] == runs[2] and runs[0].strip()


def test_the_coding_does_not_depend_on_the_hash_seed(tmp_path):
    # string sets iterate in an order that changes with PYTHONHASHSEED; ties ranked by a set's order once made
    # «الطرفين» in this article two different pairs of parties from one run to the next
    import os
    import subprocess
    import sys
    from pathlib import Path

    article = Path(__file__).resolve().parents[1] / "data" / "articles_fresh138" / "lebanon_opposition_downtown_sit_in_2006.ar.txt"
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}.jsonl"
        subprocess.run([sys.executable, "-c", "from rasad.cli import main; main()", "code", str(article),
                        "--date", "2006-12-02", "--out", str(out)],
                       env={**os.environ, "PYTHONHASHSEED": seed}, check=True, capture_output=True)
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0]
