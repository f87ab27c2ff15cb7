"""Coding speed, start-up time and peak memory on the GSR dev sentences (one process, one core).

    python benchmarks/bench_speed.py [--gsr ../shared/data/arabic_event_gsr_dev]

Start-up is measured in a fresh interpreter (import + loading the KB and lexicon), with the parsed-KB
cache (rasad/kb/cache.py) filled and with it turned off, and with the package's bytecode compiled first
as `pip install` compiles it (an environment with PYTHONDONTWRITEBYTECODE would otherwise compile the
modules on every start); throughput is
sentences per second over all GSR dev sentences after start-up (best of 3 passes); peak memory
is the process's maximum resident set size.
"""
from __future__ import annotations

import argparse
import compileall
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

STARTUP = "import time; t=time.perf_counter(); from rasad.coder.pipeline import Coder; Coder(); print(time.perf_counter()-t)"
KB_LOAD = ("import time; t=time.perf_counter(); from rasad.kb.knowledge import load_kb; "
           "load_kb(include_user=False); print(time.perf_counter()-t)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gsr", default=str(Path(__file__).resolve().parents[1].parent / "shared/data/arabic_event_gsr_dev"))
    a = ap.parse_args()
    def timed(code: str, cache: bool = True) -> float:
        env = dict(os.environ) if cache else {**os.environ, "RASAD_CACHE_DIR": "off"}
        return sorted(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                           check=True, env=env).stdout) for _ in range(3))[1]

    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "rasad"), quiet=1)
    timed(STARTUP)  # fills the KB cache if it is empty
    startup, kb_load = timed(STARTUP), timed(KB_LOAD)
    cold_startup, cold_kb_load = timed(STARTUP, cache=False), timed(KB_LOAD, cache=False)
    from rasad.coder.pipeline import Coder
    from rasad.eval.scoring import gsr_documents
    from rasad.schema import Document

    texts, _ = gsr_documents(Path(a.gsr))
    docs = [Document(i, t) for i, t in texts.items()]
    coder = Coder()
    best = float("inf")
    events = 0
    for _ in range(3):
        t = time.perf_counter()
        events = sum(len(coder.code(d)) for d in docs)
        best = min(best, time.perf_counter() - t)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"start-up (import + KB + lexicon + detector): median of 3 {startup:.2f} s "
          f"(KB cache off: {cold_startup:.2f} s)")
    print(f"KB load (all shipped data): median of 3 {kb_load:.2f} s (KB cache off: {cold_kb_load:.2f} s)")
    print(f"sentences: {len(docs)}, events: {events}")
    print(f"throughput: {len(docs) / best:,.0f} sentences/s (best of 3, one core)")
    print(f"peak RSS: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
