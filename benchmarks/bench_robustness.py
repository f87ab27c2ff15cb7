"""Robustness of the coder to insertions that change no event.

Each sentence of the gold sentence sets is coded as written and again with a phrase inserted that a reader passes
over: a date, «earlier», a statement's mention, a press conference, a visit, meeting or letter as the occasion, a turn
of the discourse, a relative clause or a participle set off by commas after a verb's subject, a day or a statement
named without commas after it, a day before it, a gloss in brackets after it, an attribution closing the sentence, an
adverbial opening it. A gold event matched before (same type, the gold actor and recipient codes among the coded ones)
and not after is lost; the figure per insertion is how many were lost.

    PYTHONPATH=. python benchmarks/bench_robustness.py [--sets 'tests/data/events*.jsonl'] [--show]

Only counts are printed unless `--show` asks for the lost sentences.
"""
from __future__ import annotations

import argparse
import glob
import json
import re
from pathlib import Path

from rasad.coder.pipeline import Coder
from rasad.schema import Document

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
DATELINE = re.compile(r" - |\) -|\(")  # «الرياض (واس) - …»: a dateline opens the sentence
# (name, phrase or its masculine and feminine forms, where): "subject" inserts after the subject right after a
# verb (not inside a list of subjects), "verb" between that verb and its subject, "end" before the full stop,
# "start" before the sentence
INSERTIONS = [
    ("date after the subject", "، أمس الثلاثاء،", "subject"),
    ("day after the subject, no commas", " يوم الأحد", "subject"),
    ("day between the verb and its subject", " أمس", "verb"),
    ("gloss in brackets after the subject", " (بحسب وكالات الأنباء)", "subject"),
    ("statement after the subject", "، في بيان رسمي،", "subject"),
    ("statement after the subject, no commas", " في بيان رسمي", "subject"),
    ("press conference after the subject", "، خلال مؤتمر صحفي في العاصمة،", "subject"),
    ("earlier, set off by commas after the subject", "، في وقت سابق،", "subject"),
    ("visit as the occasion, after the subject", ("، خلال زيارته إلى القاهرة،", "، خلال زيارتها إلى القاهرة،"),
     "subject"),
    ("meeting as the occasion, after the subject", ("، خلال لقائه نظيره المصري،", "، خلال لقائها نظيرها المصري،"),
     "subject"),
    ("letter as the occasion, after the subject", "، في رسالة إلى الأمين العام للأمم المتحدة،", "subject"),
    ("turn of the discourse after the subject", "، من جهته،", "subject"),
    ("relative clause on the subject", ("، الذي يزور المنطقة،", "، التي تزور المنطقة،"), "subject"),
    ("participle describing the subject", ("، المعروف بمواقفه المتشددة،", "، المعروفة بمواقفها المتشددة،"), "subject"),
    ("attribution at the end", "، بحسب ما أفادت وكالة الأنباء الرسمية", "end"),
    ("attribution to a ministry at the end", "، بحسب بيان للخارجية", "end"),
    ("opening adverbial", "وفي تطور لافت، ", "start"),
]


def gold_sentences(pattern: str) -> list[dict]:
    """The gold sentences of the sets matching `pattern`, those opening with a dateline left out."""
    sentences = [json.loads(line) for path in sorted(glob.glob(pattern))
                 for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [s for s in sentences if not DATELINE.search(s["text"][:40])]


def coded(coder: Coder, text: str, date: str) -> list:
    return coder.code(Document("robustness", text, date))


def dyad(event) -> tuple[str, set, set]:
    return (event.event_type, {m.entity.code for m in event.actor if m.entity.code},
            {m.entity.code for m in event.recipient if m.entity.code})


def matches(gold: dict, event) -> bool:
    kind, actor, recipient = dyad(event)
    if kind != gold["type"]:
        return False
    if kind in SYMMETRIC:
        return set(gold["actor"]) | set(gold["recipient"]) <= actor | recipient
    return set(gold["actor"]) <= actor and set(gold["recipient"]) <= recipient


def varied(text: str, event, phrase: str, where: str):
    """`text` with `phrase` inserted where the insertion goes, or None where it cannot go."""
    if where == "start":
        return phrase + text
    if where == "end":
        stripped = text.rstrip()
        return stripped[:-1] + phrase + "." if stripped.endswith(".") else None
    if not event.actor or event.trigger.entry.pos != "verb":
        return None
    subject = event.actor[0]
    if not event.trigger.span[1] < subject.span[0] <= event.trigger.span[1] + 2:
        return None  # only a verb's subject right after it
    if isinstance(phrase, tuple):  # (masculine, feminine): agreeing with the verb («علقت السلطة، التي …،»)
        verb = "".join(c for c in event.trigger.text.split()[0] if c.isalpha())
        phrase = phrase[verb.endswith("ت")]
    end = event.trigger.span[1] if where == "verb" else subject.span[1]
    if text[end:end + 2] == " و" and where == "subject":
        return None  # more subjects follow
    return text[:end] + phrase + text[end:] if end < len(text) and text[end] == " " else None


def coded_gold_sentences(description: str, show: str) -> tuple[argparse.Namespace, Coder, list]:
    """The command line of a sentence benchmark (`--sets`, `--show` with its help), a coder, and each gold sentence
    with the events it gives alone."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sets", default="tests/data/events*.jsonl", help="glob of gold sentence sets (JSONL)")
    parser.add_argument("--show", action="store_true", help=show)
    args = parser.parse_args()
    coder = Coder()
    sentences = gold_sentences(args.sets)
    print(f"{len(sentences)} sentences without a dateline from {args.sets}")
    return args, coder, [(s, coded(coder, s["text"], s.get("date") or "2020-01-01")) for s in sentences]


def main() -> None:
    args, coder, plain = coded_gold_sentences(__doc__.splitlines()[0], "print each lost event's sentence")
    for name, phrase, where in INSERTIONS:
        tried = lost = 0
        for sentence, events in plain:
            date = sentence.get("date") or "2020-01-01"
            for gold in sentence["events"]:
                event = next((e for e in events if matches(gold, e)), None)
                text = varied(sentence["text"], event, phrase, where) if event is not None else None
                if text is None:
                    continue
                tried += 1
                if not any(matches(gold, e) for e in coded(coder, text, date)):
                    lost += 1
                    if args.show:
                        print(f"  lost {gold['type']} {gold['actor']} -> {gold['recipient']}: {text}")
        print(f"{name}: {lost} of {tried} matched events lost ({lost / max(tried, 1):.1%})")


if __name__ == "__main__":
    main()
