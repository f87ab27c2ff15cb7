"""Development articles of the example's kind (tests/data/articles): pooled seed-style scores.

They are a development check, not a bar: the floor is set just under today's figures so that a
change that loses ground shows up. Held-out articles of this kind judge the work."""
import json
from pathlib import Path

from rasad.eval.scoring import score_seed
from rasad.schema import Document

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def test_pooled_scores_on_development_articles(coder):
    index = json.loads((ARTICLES / "index.json").read_text(encoding="utf-8"))
    hits = cores = used = preds = 0
    for slug, date in index.items():
        text = (ARTICLES / f"{slug}.ar.txt").read_text(encoding="utf-8")
        report = score_seed(text, coder.code(Document(slug, text, date)), ARTICLES / f"{slug}.gold.jsonl")
        last = report.lines[-1]  # "seed: core recall R (h/c), precision P (u/p)"
        h, c = last.split("(")[1].split(")")[0].split("/")
        u, p = last.split("(")[2].split(")")[0].split("/")
        hits, cores, used, preds = hits + int(h), cores + int(c), used + int(u), preds + int(p)
    recall, precision = hits / cores, used / preds
    assert recall >= 0.30 and precision >= 0.28, (recall, precision)
