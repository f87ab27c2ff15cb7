"""How much of the ordinary Arabic news vocabulary of each event type the coder reads.

`benchmarks/data/vocabulary_probe.jsonl` holds 323 one-event news sentences written by two helpers who never
saw the lexicon, asked for varied standard wording of eleven PLOVER types (verbs, participles, verbal nouns
with light verbs, passives, idioms) with states named by name, capital or title. A sentence counts when the
coder gives it an event of its type with the stated parties (as `rasad eval events` matches them); "type
only" when the type is found with other parties, "none" when no event of the type is found. Recall only:
the sentences name one event each, so other events they report are not counted against the coder.

    PYTHONPATH=. python benchmarks/vocabulary_probe.py [--show]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from rasad.coder.pipeline import Coder
from rasad.eval.scoring import event_matches
from rasad.schema import Document

PROBE = Path(__file__).parent / "data" / "vocabulary_probe.jsonl"
DATE = "2022-05-01"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the sentences not matched")
    args = parser.parse_args()
    coder = Coder()
    counts: Counter = Counter()
    for line in PROBE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        events = coder.code(Document("probe", row["text"], DATE))
        if any(event_matches([row["type"]], set(row["actor"]), set(row["recipient"]), e) for e in events):
            outcome = "matched"
        else:
            outcome = "type only" if any(e.event_type == row["type"] for e in events) else "none"
            if args.show:
                print(f"  {outcome}: {row['type']} «{row['expression']}» {row['text']}")
        counts[row["type"], outcome] += 1
    for kind in sorted({k for k, _ in counts}):
        n = sum(counts[kind, o] for o in ("matched", "type only", "none"))
        print(f"{kind:10} {counts[kind, 'matched']:3d} of {n:3d} matched, {counts[kind, 'type only']:2d} type only, "
              f"{counts[kind, 'none']:2d} none")
    total = sum(counts.values())
    print(f"all        {sum(v for (_, o), v in counts.items() if o == 'matched')} of {total} matched")


if __name__ == "__main__":
    main()
