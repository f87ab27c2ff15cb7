"""Robustness of the coder to an unrelated passage before a sentence.

Each sentence of the gold sentence sets is coded alone and again after a short neutral passage on other parties
(a paragraph or a sentence of the same paragraph). Nothing in the passage bears on the sentence's events, so its
parties should not reach them: the figure per passage is how many of the sentence's events carry a party code that
the passage brought (one the sentence coded alone never gave), and how many gold events matched alone are lost.

    PYTHONPATH=. python benchmarks/bench_context.py [--sets 'tests/data/events*.jsonl'] [--show]
"""
from __future__ import annotations

from bench_robustness import coded, coded_gold_sentences, dyad, matches

PASSAGES = [
    ("a visit, a paragraph before", "وكان وزير الخارجية الأمريكي قد زار المنطقة الأسبوع الماضي.\n"),
    ("a visit, a sentence before", "وكان وزير الخارجية الأمريكي قد زار المنطقة الأسبوع الماضي. "),
    ("a war, a paragraph before", "وتتواصل الحرب بين روسيا وأوكرانيا منذ أشهر.\n"),
    ("a concern voiced, a paragraph before", "وأعرب الأمين العام للأمم المتحدة عن قلقه إزاء التطورات الأخيرة.\n"),
    ("trade ties, a paragraph before", "وتشهد العلاقات الاقتصادية بين الصين واليابان نمواً ملحوظاً.\n"),
]


def main() -> None:
    args, coder, alone = coded_gold_sentences(__doc__.splitlines()[0],
                                              "print each event that took a party from the passage")
    for name, passage in PASSAGES:
        leaked = lost = tried = 0
        for sentence, events in alone:
            own = {code for e in events for code in dyad(e)[1] | dyad(e)[2]}
            after = [e for e in coded(coder, passage + sentence["text"], sentence.get("date") or "2020-01-01")
                     if e.trigger.span[0] >= len(passage)]
            for e in after:
                if (dyad(e)[1] | dyad(e)[2]) - own:
                    leaked += 1
                    if args.show:
                        print(f"  {dyad(e)} «{e.trigger.text}» [{e.rule}]: {sentence['text'][:120]}")
            for gold in sentence["events"]:
                if any(matches(gold, e) for e in events):
                    tried += 1
                    lost += not any(matches(gold, e) for e in after)
        print(f"{name}: {leaked} events took a party from it; {lost} of {tried} matched events lost")


if __name__ == "__main__":
    main()
