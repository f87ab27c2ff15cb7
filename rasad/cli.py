"""The `rasad` command line."""
from __future__ import annotations

import json
import sys
from datetime import date as _date
from pathlib import Path
from typing import Optional

import click

from . import __version__

DATE = click.DateTime(formats=["%Y-%m-%d"])


def _iso(value) -> Optional[str]:
    return value.date().isoformat() if value else None


def _make_coder(kb_paths: tuple[str, ...] = ()):
    from .coder.pipeline import SHIPPED

    return _coder_with(_load_kb_or_die(kb_paths), SHIPPED)


def _for_each_document(inputs, handle) -> int:
    """Call `handle(doc)` for every readable input document, reporting each bad input (or a
    document the coder fails on) in one line; returns how many could not be handled."""
    from .io.readers import InputError, read_inputs

    bad = 0
    for item in read_inputs(list(inputs)):
        if isinstance(item, InputError):
            click.echo(f"rasad: {item}", err=True)
            bad += 1
            continue
        try:
            handle(item)
        except BrokenPipeError:
            _reader_gone()
        except Exception as e:  # one document must never stop the others
            click.echo(f"rasad: {item.id}: internal error while coding: {type(e).__name__}: {e}", err=True)
            bad += 1
    return bad


def _reader_gone() -> None:
    """The reader of our output closed it (`rasad code … | head`): stop quietly, as other Unix filters do, with
    the status of a process ended by SIGPIPE (128 + 13), not one error line per remaining document."""
    import os

    # (what is still buffered for stdout could not be written either: point it at nothing so the
    # interpreter's final flush raises no second error)
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(141)


def _code_inputs(inputs, when, kb_paths, sink) -> int:
    """Code every input document, passing (doc, events) to `sink`; returns the number of bad inputs."""
    coder = _make_coder(kb_paths)
    return _for_each_document(inputs, lambda doc: sink(doc, coder.code(doc, when)))


def _load_kb_or_die(kb_paths):
    from .kb.knowledge import load_kb

    kb_ = load_kb(kb_paths)
    for problem in kb_.problems:
        click.echo(f"rasad: knowledge base: {problem} (file skipped)", err=True)
    return kb_


def _coder_with(kb_, detector):
    from .coder.pipeline import Coder

    return Coder(kb=kb_, detector=detector)


kb_option = click.option("--kb", "kb_paths", multiple=True, type=click.Path(exists=True),
                         help="Extra knowledge-base file or directory (repeatable; later files win).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasad")
def main() -> None:
    """rasad (رصد): Arabic political event coding into PLOVER records."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--date", "when", type=DATE, help="Publication date for documents that carry none (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["plover", "csv", "gdelt"]), default="plover",
              show_default=True, help="Output format.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write here instead of standard output.")
@kb_option
def code(inputs, when, fmt, out, kb_paths) -> None:
    """Code INPUT documents (.txt, .jsonl, directories, or - for JSONL on stdin) into events."""
    from .io.writers import EventWriter

    stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        writer = EventWriter(stream, fmt)
        bad = _code_inputs(inputs, _iso(when), kb_paths, lambda doc, events: writer.write(events))
    finally:
        if out:
            stream.close()
    if bad:
        click.echo(f"rasad: {bad} input(s) could not be coded", err=True)
        sys.exit(1)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--date", "when", type=DATE, help="Publication date for documents that carry none.")
@kb_option
def show(inputs, when, kb_paths) -> None:
    """Print the events of INPUT documents as a readable table."""
    from .io.show import render_events

    def sink(doc, events):
        click.echo(render_events(doc, events))

    bad = _code_inputs(inputs, _iso(when), kb_paths, sink)
    if bad:
        sys.exit(1)


# -- knowledge base ----------------------------------------------------------------------------------
@main.group()
def kb() -> None:
    """Inspect and validate the knowledge base."""


@kb.command("check")
@kb_option
def kb_check(kb_paths) -> None:
    """Validate all knowledge-base files (shipped, user directory, --kb)."""
    from .kb.loader import (KBError, groups_among_people, load_file, repeated_ids, shipped_files, unknown_branches,
                            user_files)

    shipped = shipped_files()
    problems, count, files, loaded = [], 0, shipped + user_files(kb_paths), []
    for path in files:
        try:
            entries = load_file(path)
        except KBError as e:
            problems.extend(e.problems)
            continue
        count += len(entries)
        if path in shipped:
            loaded.append((path, entries))
    # (a user file may replace a shipped entry on purpose; two shipped entries never should)
    problems.extend(repeated_ids(loaded))
    problems.extend(unknown_branches(loaded))
    problems.extend(groups_among_people(loaded))
    for p in problems:
        click.echo(p, err=True)
    click.echo(f"{len(files)} files, {count} entries, {len(problems)} problems")
    if problems:
        sys.exit(1)


@kb.command("lookup")
@click.argument("text")
@click.option("--date", "when", type=DATE, help="Resolve roles as of this date (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of entity objects.")
@kb_option
def kb_lookup(text, when, as_json, kb_paths) -> None:
    """Resolve a name or description as the knowledge base would at a date."""
    from .kb.knowledge import load_kb
    from .kb.lookup import lookup

    kbase = load_kb(kb_paths)
    results = lookup(kbase, text, when.date() if when else _date.today())
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False))
        return
    if not results:
        click.echo("no match")
    for r in results:
        click.echo(f"{r['code'] or '-'} {r['sector'] or '-'}  {r['name_ar'] or ''}  "
                   f"{r['identifier_text'] or ''}  {r['office'] or ''}".rstrip())


def _default_out_dir(out: Optional[str]) -> Path:
    from .kb.loader import user_kb_dir

    return Path(out) if out else user_kb_dir()


@kb.command("import-petrarch")
@click.argument("dictionary", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(file_okay=False), help="Directory for the converted YAML files "
              "(default: the user KB directory, so rasad uses them at once).")
@click.option("--format", "fmt", type=click.Choice(["auto", "actors", "agents"]), default="auto", show_default=True)
@click.option("--show-skipped", default=20, show_default=True, help="How many skipped entries to list.")
def kb_import_petrarch(dictionary, out, fmt, show_skipped) -> None:
    """Convert a TABARI / PETRARCH / UniversalPetrarch actor or agent dictionary."""
    from .kb.importers.petrarch import convert_petrarch, write_yaml

    result = convert_petrarch(Path(dictionary), fmt)
    paths = write_yaml(result, _default_out_dir(out), Path(dictionary).stem)
    share = result.converted / result.entries_read if result.entries_read else 0.0
    click.echo(f"{dictionary}: {result.format} dictionary, {result.entries_read} entries read, "
               f"{result.converted} converted ({share:.1%}), {result.skipped_entries} skipped")
    click.echo(f"  wrote {len(result.people)} people, {len(result.groups)} groups, {len(result.agents)} agents: "
               + ", ".join(str(p) for p in paths))
    for reason, n in result.skipped_reasons().most_common():
        click.echo(f"  skipped {n:>5}  {reason}")
    for line, raw, reason in result.skipped[:show_skipped]:
        click.echo(f"    line {line}: {raw.strip()[:70]}  ({reason})")


@kb.command("import-wikidata")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(file_okay=False), help="Directory for the YAML files (default: the user KB directory).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def kb_import_wikidata(dump, out, quiet) -> None:
    """Stream a Wikidata JSON dump (.json, .json.gz, .json.bz2) and keep political actors."""
    from .kb.importers.wikidata import import_dump

    report = import_dump(Path(dump), _default_out_dir(out), progress=not quiet)
    click.echo(report.summary())
    for kind, path in report.files.items():
        click.echo(f"  {kind}: {path}")


@kb.command("add")
@click.argument("name_ar")
@click.option("--kind", type=click.Choice(["person", "group", "organisation"]), default="person", show_default=True)
@click.option("--id", "entry_id", help="Entry id (default: made from --name-en or the Arabic name).")
@click.option("--name-en", help="English name.")
@click.option("--alias", "aliases", multiple=True, help="Another Arabic form of the name (repeatable).")
@click.option("--role", "roles", multiple=True, metavar="CODE:SECTOR:START:END[:OFFICE]",
              help="A dated role, e.g. IRQ:GOV:2020-05-07:2022-10-27:Prime Minister (END may be empty). Repeatable.")
@click.option("--wikidata", help="Wikidata id (Q…), only if certain.")
@click.option("--file", "target", type=click.Path(dir_okay=False), help="YAML file to append to "
              "(default: user KB directory, people/added.yaml, groups_added.yaml or organisations_added.yaml).")
def kb_add(name_ar, kind, entry_id, name_en, aliases, roles, wikidata, target) -> None:
    """Append a person, group or organisation with dated roles to a user KB file."""
    from .kb.editing import add_entry

    try:
        path, entry = add_entry(name_ar, kind, entry_id, name_en, list(aliases), list(roles), wikidata,
                                Path(target) if target else None)
    except ValueError as e:
        raise click.ClickException(str(e))
    click.echo(f"added {entry['id']} to {path}")


@kb.command("coverage")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--top", default=50, show_default=True, help="How many unresolved names to list (0: all).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: [{text, count, kind, example}].")
@kb_option
def kb_coverage(inputs, top, as_json, kb_paths) -> None:
    """List name-like spans no KB entry resolved («الرئيس X», «وزير خارجية X», «X العراقي»), by frequency."""
    from .kb.coverage import CoverageCounter

    counter = CoverageCounter(_make_coder(kb_paths))
    bad = _for_each_document(inputs, counter.add)
    rows = counter.most_common(top or None)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
    else:
        click.echo(f"{counter.documents} documents, {counter.total} unresolved name-like spans "
                   f"({counter.distinct} distinct)")
        for r in rows:
            click.echo(f"{r['count']:>6}  {r['text']}  [{r['kind']}]  «{r['example'][:80]}»")
    if bad:
        sys.exit(1)


# -- lexicon ---------------------------------------------------------------------------------------
@main.group()
def lexicon() -> None:
    """Inspect and validate the event lexicon."""


@lexicon.command("check")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def lexicon_check(files) -> None:
    """Validate the lexicon files (the shipped ones, or FILES)."""
    from .lexicon.lexicon import LexiconError, data_files, load_entries

    paths = [Path(f) for f in files] or data_files()
    try:
        entries = load_entries(paths)
    except LexiconError as e:
        for p in e.problems:
            click.echo(p, err=True)
        click.echo(f"{len(paths)} files, {len(e.problems)} problems")
        sys.exit(1)
    forms = sum(len(e.forms) for e in entries)
    click.echo(f"{len(paths)} files, {len(entries)} entries, {forms} forms, 0 problems")


# -- evaluation ------------------------------------------------------------------------------------
@main.group("eval")
def eval_() -> None:
    """Score rasad against gold data (same counting rules as the contract)."""


@eval_.command("seed")
@click.argument("text_file", type=click.Path(exists=True, dir_okay=False))
@click.argument("gold_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--date", "when", type=DATE, help="Publication date of the article.")
@click.option("--why", is_flag=True, help="Say why each missed core event was missed: no trigger of its type "
              "in its paragraph, the coding step that dropped the trigger or its event, or the parties it was given.")
def eval_seed(text_file, gold_file, when, why) -> None:
    """Code an annotated article and score it against its gold events."""
    from .eval.scoring import score_seed
    from .io.readers import InputError, read_txt

    doc = next(read_txt(Path(text_file)))
    if isinstance(doc, InputError):
        raise click.ClickException(str(doc))
    trace: Optional[list] = [] if why else None
    events = _make_coder().code(doc, _iso(when), trace=trace)
    report = score_seed(doc.text, events, gold_file, trace=trace)
    click.echo(report.render())


@eval_.command("articles")
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
def eval_articles(folders) -> None:
    """Score folders of annotated articles, each with an index.json of slug: date beside SLUG.ar.txt and
    SLUG.gold.jsonl: every article as `eval seed` does, then the counts pooled per folder and over all."""
    from .eval.scoring import score_article_sets

    coder = _make_coder()
    report = score_article_sets([Path(f) for f in folders], coder.code)
    click.echo(report.render())
    if report.figures["errors"]:
        sys.exit(1)


@eval_.command("gsr")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--show-misses", default=10, show_default=True, help="How many misses and false alarms to list per type.")
@click.option("--cv", type=click.IntRange(2, 20), help="K-fold cross-validation grouped by article: train the "
              "detector on K-1 folds, score the held-out fold (needs scikit-learn: pip install rasad[train]).")
def eval_gsr(gold_dir, show_misses, cv) -> None:
    """Score ASSAULT / PROTEST sentence detection on an arabic_event_gsr directory."""
    if cv:
        from .coder.detector_train import cross_validate

        kb_ = _load_kb_or_die(())
        click.echo(cross_validate(Path(gold_dir), lambda det: _coder_with(kb_, det), cv).render())
        return
    from .eval.scoring import score_gsr

    click.echo(score_gsr(Path(gold_dir), _make_coder(), show_misses).render())


@eval_.command("events")
@click.argument("gold_file", type=click.Path(exists=True, dir_okay=False))
def eval_events(gold_file) -> None:
    """Score per-sentence event annotations (JSONL: id, text, events[type, actor, recipient])."""
    from .eval.scoring import score_events

    click.echo(score_events(Path(gold_file), _make_coder()).render())


# -- training ----------------------------------------------------------------------------------------
@main.group()
def train() -> None:
    """Rebuild the learned parts (needs scikit-learn: pip install rasad[train])."""


@train.command("detector")
@click.option("--data", "data_dir", required=True, type=click.Path(exists=True, file_okay=False),
              help="An arabic_event_gsr directory (assault_gsr.csv, protest_gsr.csv).")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Where to write the model (JSON).")
def train_detector_cmd(data_dir, out) -> None:
    """Train the ASSAULT / PROTEST detector on gold sentences."""
    try:
        import sklearn  # noqa: F401

        from .coder.detector_train import train_and_save
    except ImportError:
        raise click.ClickException("training needs scikit-learn: pip install 'rasad[train]'")
    kb_ = _load_kb_or_die(())
    meta = train_and_save(Path(data_dir), Path(out), lambda det: _coder_with(kb_, det), Path(data_dir).name)
    click.echo(f"wrote {out}: {json.dumps(meta, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
