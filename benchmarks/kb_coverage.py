"""Unresolved name-like spans (`rasad kb coverage`) with an earlier KB and with the KB now.

Both runs use today's coverage report and coder; only the knowledge-base files differ, so the
difference is what the KB gained. The earlier KB is read from git at BASELINE_REV.

    PYTHONPATH=. python3 benchmarks/kb_coverage.py INPUT… [--baseline REV] [--kb DIR]
    PYTHONPATH=. python3 benchmarks/kb_coverage.py --gsr ../shared/data/arabic_event_gsr_dev

With `--gsr DIR` the inputs are the sentences of an arabic_event_gsr directory.
"""
from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from rasad.coder.pipeline import Coder
from rasad.eval.scoring import gsr_documents
from rasad.io.readers import InputError, read_inputs
from rasad.schema import Document
from rasad.kb.coverage import CoverageCounter
from rasad.kb.knowledge import KnowledgeBase
from rasad.kb.loader import expand_paths, load_entries, shipped_files

ROOT = Path(__file__).resolve().parent.parent
KB_DATA = "rasad/kb/data"
BASELINE_REV = "754cbf8^"  # the last commit before issue 4's work on the KB


def kb_files_at(rev: str, into: Path) -> list[Path]:
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", rev, KB_DATA], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    paths = []
    for name in names:
        if name.endswith(".yaml"):
            out = into / name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(subprocess.run(["git", "show", f"{rev}:{name}"], cwd=ROOT, check=True,
                                           capture_output=True).stdout)
            paths.append(out)
    return sorted(paths)


def documents(inputs: list[str], gsr: str | None) -> list[Document]:
    if gsr:
        texts, _ = gsr_documents(Path(gsr))
        return [Document(doc_id, text) for doc_id, text in texts.items()]
    return [item for item in read_inputs(inputs) if not isinstance(item, InputError)]


def coverage(paths: list[Path], docs: list[Document]) -> CoverageCounter:
    entries, problems = load_entries(paths)
    if problems:
        raise SystemExit("\n".join(problems))
    counter = CoverageCounter(Coder(kb=KnowledgeBase(entries, problems)))
    for doc in docs:
        counter.add(doc)
    return counter


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--gsr", help="an arabic_event_gsr directory whose sentences are the inputs")
    ap.add_argument("--baseline", default=BASELINE_REV)
    ap.add_argument("--kb", action="append", default=[], help="overlay added to the KB now")
    a = ap.parse_args()
    docs = documents(a.inputs, a.gsr)
    with tempfile.TemporaryDirectory() as tmp:
        before = coverage(kb_files_at(a.baseline, Path(tmp)), docs)
    now = coverage(shipped_files() + expand_paths(a.kb), docs)
    print(f"documents: {now.documents}")
    print(f"unresolved name-like spans with the KB at {a.baseline}: {before.total} ({before.distinct} distinct)")
    print(f"unresolved name-like spans with the KB now: {now.total} ({now.distinct} distinct)")
    print(f"drop: {1 - now.total / before.total:.0%}" if before.total else "drop: n/a")


if __name__ == "__main__":
    main()
