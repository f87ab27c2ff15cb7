"""How much of the ordinary Arabic news vocabulary of each event type the coder reads.

Seven sets of one-event news sentences, written by helpers who never saw the lexicon:
`benchmarks/data/vocabulary_probe.jsonl` (323 sentences, twelve PLOVER types, varied standard wording: verbs,
participles, verbal nouns with light verbs, passives, idioms; states named by name, capital or title),
`benchmarks/data/vocabulary_probe_2.jsonl` (400 sentences, 25 for each of the sixteen types, written later with
rarer synonyms, subject-first and attributed sentences, office holders and armed groups; the events are
plausible news of 2017-2022, a few invented, the office holders those in office on 2022-05-01),
`benchmarks/data/vocabulary_probe_3.jsonl` (240 sentences, 15 for each type, by a third helper: paragraphs of long
articles and analyses, 25-39 words, with attributions, light verbs, passives with agents, subject-first clauses,
relative clauses after a title, and rarer wording; events of 2017-2024, the office holders named those in office
on 2022-05-01, titles alone for the others), `benchmarks/data/vocabulary_probe_4.jsonl` (225 sentences, 25 for
each of the nine types the unread article sets most often missed — ACCUSE, THREATEN, REJECT, SANCTION, COERCE,
REQUEST, CONCEDE, MOBILIZE, AID — each with 25 different roots or phrases, written by a fourth helper), and
`benchmarks/data/vocabulary_probe_5.jsonl` (175 sentences, 25 for each of the other seven types — CONSULT, AGREE,
SUPPORT, COOPERATE, RETREAT, ASSAULT, PROTEST — written the same way by a fifth helper), and
`benchmarks/data/vocabulary_probe_6.jsonl` (240 sentences, 15 per type, acts reported through speech: reported and
quoted words, statements, idioms and descriptions; events of 2017-2024, read on 2024-12-31), and
`benchmarks/data/vocabulary_probe_7.jsonl` (240 sentences, 15 per type, acts named in passing: a verbal noun
subject or object of another verb, a causal or temporal lead-in, a relative clause, a passive, an item of a list;
read on 2024-12-31). A sentence
counts when the coder gives it an event of its type with the stated parties (as `rasad eval events` matches
them); "type only" when the type is found with other parties, "none" when no event of the type is found.
Recall only: the sentences name one event each, so other events they report are not counted against the coder.
The helpers' type is sometimes not the one the gold data of `tests/data` gives the same act (an apology is
SUPPORT there, a joint exercise COOPERATE), so no set is expected to reach all its sentences.

And the other side of it, precision: `benchmarks/data/non_event_probe.jsonl` (160 sentences, 10 for each type,
written by another helper who never saw the lexicon, and `non_event_probe_2.jsonl`, 160 more on the traps of analyses
and quoted speech) uses a word of a type without reporting an event of it: a
name or label («مركز احتجاز»), analysis, a question, a condition, a forecast, a denial of the event, a generic or
habitual statement, a purpose or topic, a figurative use («هجوم المنتخب»). A sentence counts as a false alarm
when the coder reports an event of its type that the contract's counting rule counts (not negated, hypothetical
or future).

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

PROBES = (Path(__file__).parent / "data" / "vocabulary_probe.jsonl",
          Path(__file__).parent / "data" / "vocabulary_probe_2.jsonl",
          Path(__file__).parent / "data" / "vocabulary_probe_3.jsonl",
          Path(__file__).parent / "data" / "vocabulary_probe_4.jsonl",
          Path(__file__).parent / "data" / "vocabulary_probe_5.jsonl",
          Path(__file__).parent / "data" / "vocabulary_probe_6.jsonl",
          Path(__file__).parent / "data" / "vocabulary_probe_7.jsonl")
NON_EVENTS = (Path(__file__).parent / "data" / "non_event_probe.jsonl",
              Path(__file__).parent / "data" / "non_event_probe_2.jsonl")
UNCOUNTED = frozenset({"negated", "hypothetical", "future"})  # modalities the contract does not count as reported
DATE = "2022-05-01"
# the sixth and seventh sets' events run to the end of 2024 and name office holders as of each event: a later
# date keeps their dated events in the past
DATES = {"vocabulary_probe_6.jsonl": "2024-12-31", "vocabulary_probe_7.jsonl": "2024-12-31"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the sentences not matched")
    args = parser.parse_args()
    coder = Coder()
    for probe in PROBES:
        print(f"{probe.name}:")
        _score(coder, probe, args.show)
    for probe in NON_EVENTS:
        print(f"{probe.name}:")
        _false_alarms(coder, probe, args.show)


def _score(coder: Coder, probe: Path, show: bool) -> None:
    counts: Counter = Counter()
    for line in probe.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        events = coder.code(Document("probe", row["text"], DATES.get(probe.name, DATE)))
        if any(event_matches([row["type"]], set(row["actor"]), set(row["recipient"]), e) for e in events):
            outcome = "matched"
        else:
            outcome = "type only" if any(e.event_type == row["type"] for e in events) else "none"
            if show:
                print(f"  {outcome}: {row['type']} «{row['expression']}» {row['text']}")
        counts[row["type"], outcome] += 1
    for kind in sorted({k for k, _ in counts}):
        n = sum(counts[kind, o] for o in ("matched", "type only", "none"))
        print(f"{kind:10} {counts[kind, 'matched']:3d} of {n:3d} matched, {counts[kind, 'type only']:2d} type only, "
              f"{counts[kind, 'none']:2d} none")
    total = sum(counts.values())
    print(f"all        {sum(v for (_, o), v in counts.items() if o == 'matched')} of {total} matched")


def _false_alarms(coder: Coder, probe: Path, show: bool) -> None:
    alarms: Counter = Counter()
    sentences: Counter = Counter()
    for line in probe.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        events = [e for e in coder.code(Document("probe", row["text"], DATE))
                  if e.event_type == row["type"] and e.modality not in UNCOUNTED]
        sentences[row["kind"]] += 1
        alarms[row["kind"]] += bool(events)
        if events and show:
            print(f"  false: {row['type']} ({row['kind']}) «{events[0].trigger.text}» {row['text']}")
    for kind in sorted(sentences):
        print(f"{kind:12} {alarms[kind]:2d} of {sentences[kind]:2d} with a false event")
    print(f"all          {sum(alarms.values())} of {sum(sentences.values())} with a false event")

if __name__ == "__main__":
    main()
