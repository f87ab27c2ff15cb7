"""Scoring against gold data with the counting rules of the contract (shared/docs/contract.md).

* seed: an annotated article — a predicted event matches a gold event when its type is among the
  gold types, its actor/recipient country codes include the gold ones (participants compared as
  one set for CONSULT, AGREE, COOPERATE) and its trigger lies in the gold paragraph.
* gsr: a sentence reports ASSAULT/PROTEST when it yields such an event whose modality is not
  negated, hypothetical or future.
* events: per-sentence gold events, matched like seed events without the paragraph rule.
"""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from ..schema import Document, Event

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
NOT_REAL = frozenset({"negated", "hypothetical", "future"})


def _gold_codes(items) -> set[str]:
    return {str(x).split(":")[0].upper() for x in items or [] if x}


def _codes(mentions) -> set[str]:
    return {m.entity.code.upper() for m in mentions if m.entity.code}


def event_matches(gold_types, gold_actor: set, gold_recipient: set, ev: Event) -> bool:
    if ev.event_type not in gold_types:
        return False
    actor, recipient = _codes(ev.actor), _codes(ev.recipient)
    if set(gold_types) & SYMMETRIC and ev.event_type in SYMMETRIC:
        return (gold_actor | gold_recipient) <= (actor | recipient)
    return gold_actor <= actor and gold_recipient <= recipient


def max_matching(golds: Sequence, preds: Sequence, ok: Callable) -> tuple[set[int], set[int]]:
    """Maximum one-to-one matching (augmenting paths): (matched gold indices, matched pred indices)."""
    edges = [[pi for pi, p in enumerate(preds) if ok(g, p)] for g in golds]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return set(owner.values()), set(owner)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    figures: dict = field(default_factory=dict)

    def render(self) -> str:
        return "\n".join(self.lines)


def _paragraph_starts(text: str) -> list[int]:
    starts, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
        pos += len(line) + 1
    return starts


def _paragraph_of(offset: int, starts: list[int]) -> int:
    n = 0
    for i, s in enumerate(starts, 1):
        if offset >= s:
            n = i
    return n


def score_seed(text: str, events: list[Event], gold_path, trace: Optional[list] = None) -> Report:
    """Score an article's events against its gold file; with the coder's `trace` (see
    `rasad.coder.trace`), each missed core event says why."""
    gold = [json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    starts = _paragraph_starts(text)
    last = max(g["paragraph"] for g in gold)
    paras = [_paragraph_of(ev.trigger.span[0], starts) for ev in events]
    preds = [(p, ev) for p, ev in zip(paras, events) if 1 <= p <= last + 3]

    def ok(g, pe):
        para, ev = pe
        return para == g["paragraph"] and event_matches(g["types"], _gold_codes(g["actor"]),
                                                        _gold_codes(g["recipient"]), ev)

    core = [g for g in gold if g["core"]]
    hit_core, _ = max_matching(core, preds, ok)
    _, used = max_matching(core + [g for g in gold if not g["core"]], preds, ok)
    recall = len(hit_core) / len(core) if core else 0.0
    precision = len(used) / len(preds) if preds else 0.0
    rep = Report()
    for i, g in enumerate(core):
        line = ("HIT  " if i in hit_core else "MISS ") + f"p{g['paragraph']:<3} {'/'.join(g['types']):<16} {g.get('gloss', '')}"
        if trace is not None and i not in hit_core:
            line += "\n       why: " + _why_missed(g, trace, starts)
        rep.lines.append(line)
    for i, (para, ev) in enumerate(preds):
        if i not in used:
            rep.lines.append(f"EXTRA p{para:<3} {ev.event_type:<16} {ev.trigger.text} "
                             f"{sorted(_codes(ev.actor))}->{sorted(_codes(ev.recipient))}  [{ev.rule}]")
    counts = _Pool(len(hit_core), len(core), len(used), len(preds))
    rep.lines.append(f"seed: {counts.render()}")
    rep.figures = {"core_recall": recall, "precision": precision, **vars(counts)}
    return rep


@dataclass
class _Pool:
    """Core hits, core events, predictions matched and predictions, summed over articles."""
    core_hits: int = 0
    core: int = 0
    used: int = 0
    predicted: int = 0

    @classmethod
    def of(cls, figures: dict) -> "_Pool":
        """The counts of one article's `score_seed` figures."""
        return cls(figures["core_hits"], figures["core"], figures["used"], figures["predicted"])

    def __iadd__(self, other: "_Pool") -> "_Pool":
        self.core_hits += other.core_hits
        self.core += other.core
        self.used += other.used
        self.predicted += other.predicted
        return self

    def render(self) -> str:
        recall = self.core_hits / self.core if self.core else 0.0
        precision = self.used / self.predicted if self.predicted else 0.0
        return (f"core recall {recall:.3f} ({self.core_hits}/{self.core}), "
                f"precision {precision:.3f} ({self.used}/{self.predicted})")


def score_article_sets(folders: Sequence[Path], code: Callable[[Document], list[Event]]) -> Report:
    """Score folders of annotated articles (`index.json` mapping each slug to its publication date, with
    `SLUG.ar.txt` and `SLUG.gold.jsonl` beside it) article by article as `score_seed` does, and pool the
    counts per folder and over all. A folder or article that cannot be read is reported and skipped
    (`figures["errors"]` counts them)."""
    rep = Report()
    total, errors = _Pool(), 0
    for folder in folders:
        try:
            index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
            if not isinstance(index, dict):
                raise ValueError("not an object of slug: date")
        except (OSError, ValueError) as exc:
            rep.lines.append(f"error: {folder}: cannot read index.json ({exc})")
            errors += 1
            continue
        pool = _Pool()
        for slug, date in index.items():
            try:
                text = (folder / f"{slug}.ar.txt").read_text(encoding="utf-8")
                figures = score_seed(text, code(Document(slug, text, date)), folder / f"{slug}.gold.jsonl").figures
            except (OSError, ValueError, KeyError, TypeError) as exc:
                rep.lines.append(f"error: {folder / slug}: {type(exc).__name__}: {exc}")
                errors += 1
                continue
            article = _Pool.of(figures)
            pool += article
            rep.lines.append(f"  {folder.name}/{slug}: {article.render()}")
        rep.lines.append(f"{folder.name}: {pool.render()}")
        total += pool
    rep.lines.append(f"articles: {total.render()}")
    rep.figures = {**vars(total), "errors": errors}
    return rep


def _why_missed(g: dict, trace: list, starts: list[int]) -> str:
    """Why the gold event `g` was missed: no trigger of its type in its paragraph, the step that dropped
    the trigger or its event, or the parties the event was given."""
    here = [o for o in trace if o.trigger.entry.event in g["types"]
            and _paragraph_of(o.trigger.span[0], starts) == g["paragraph"]]
    if not here:
        return "no trigger of the type in the paragraph"
    kept = [o for o in here if o.event is not None and o.dropped_by is None]
    if kept:
        return "; ".join(f"«{o.trigger.text}» coded {o.event.event_type} {sorted(_codes(o.event.actor))}"
                         f" -> {sorted(_codes(o.event.recipient))}" for o in kept)
    return "; ".join(f"«{o.trigger.text}» ({o.trigger.entry.id}) dropped: {o.dropped_by}" for o in here)


def gsr_documents(gold_dir: Path) -> tuple[dict[str, str], dict[str, dict[str, bool]]]:
    """Sentence texts by id, and the yes/no label of each sentence per type (ambiguous left out)."""
    texts: dict[str, str] = {}
    labels: dict[str, dict[str, bool]] = {}
    for kind in ("assault", "protest"):
        with open(gold_dir / f"{kind}_gsr.csv", encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                texts[row["id"]] = row["text"]
                if row["label"] != "ambiguous":
                    labels.setdefault(kind, {})[row["id"]] = row["label"] == "yes"
    return texts, labels


_NEWSWIRE_DATE = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")


def gsr_document(doc_id: str, text: str) -> Document:
    """A GSR sentence as a document, dated by its newswire id («AAW_ARB_20081011.0036-10» was
    published on 2008-10-11) so that «أمس» and «عام 2005» resolve as they did for the reader."""
    m = _NEWSWIRE_DATE.search(doc_id)
    return Document(doc_id, text, f"{m[1]}-{m[2]}-{m[3]}" if m else None)


def reports_type(events: list[Event], event_type: str) -> bool:
    return any(ev.event_type == event_type and ev.modality not in NOT_REAL for ev in events)


def score_gsr(gold_dir: Path, coder, show_misses: int = 10) -> Report:
    texts, labels = gsr_documents(gold_dir)
    predicted: dict[str, list[Event]] = {}
    for doc_id, text in texts.items():
        predicted[doc_id] = coder.code(gsr_document(doc_id, text))
    rep = Report()
    for kind, gold in labels.items():
        tp = fp = fn = 0
        misses, alarms = [], []
        for doc_id, y in gold.items():
            p = reports_type(predicted.get(doc_id, []), kind.upper())
            tp += p and y
            fp += p and not y
            fn += (not p) and y
            if y and not p:
                misses.append(doc_id)
            elif p and not y:
                alarms.append(doc_id)
        P, R, F = prf(tp, tp + fp, tp + fn)
        rep.figures[kind] = {"precision": P, "recall": R, "f1": F, "tp": tp, "fp": fp, "fn": fn}
        rep.lines.append(f"{kind}: precision {P:.3f} recall {R:.3f} F1 {F:.3f} (tp {tp}, fp {fp}, fn {fn})")
        for doc_id in misses[:show_misses]:
            rep.lines.append(f"  MISS  {doc_id}: {texts[doc_id][:110]}")
        for doc_id in alarms[:show_misses]:
            rep.lines.append(f"  FALSE {doc_id}: {texts[doc_id][:110]}")
    agreement = actor_agreement(gold_dir, predicted, texts)
    for kind, (right, cases, coded) in agreement.items():
        share = right / coded if coded else 0.0
        rep.figures[f"{kind}_actors"] = {"agree": right, "coded": coded, "cases": cases, "share": share}
        rep.lines.append(f"{kind} actors: {right}/{coded} coded events agree with the annotators' country codes "
                         f"({share:.1%}; {cases} annotated sentences)")
    rep.lines.append("gsr: " + ", ".join(f"{k} F1 {v['f1']:.3f}" for k, v in rep.figures.items() if "f1" in v))
    return rep


def _main_code(role) -> Optional[str]:
    if isinstance(role, dict):
        code = role.get("main")
        if code and code not in ("None", "UNKNOWN"):
            return code.upper()
    return None


def actor_agreement(gold_dir: Path, predicted: dict[str, list[Event]],
                    texts: dict[str, str]) -> dict[str, tuple[int, int, int]]:
    """On the annotated `yes` sentences (spans files): how often a coded event of the type has the
    annotators' source country among its actors and target country among its recipients.

    A spans record names its sentence by id in `source` (assault) or only by its text (protest,
    whose `source` is the newspaper). The gold source/target of a sentence is the code most
    annotators gave (`None` left out); sentences with neither are skipped. Returns (agreeing,
    annotated sentences, sentences coded). `texts` are the GSR sentences by id.
    """
    ids_by_text = {text: doc_id for doc_id, text in texts.items()}
    out = {}
    for kind in ("assault", "protest"):
        path = gold_dir / f"{kind}_spans.json"
        if not path.exists():
            continue
        right = cases = coded = 0
        for rec in json.loads(path.read_text(encoding="utf-8")):
            sources = Counter(c for sp in rec.get("spans", []) if (c := _main_code(sp.get("source_role"))))
            targets = Counter(c for sp in rec.get("spans", []) if (c := _main_code(sp.get("target_role"))))
            src = sources.most_common(1)[0][0] if sources else None
            tgt = targets.most_common(1)[0][0] if targets else None
            if src is None and tgt is None:
                continue
            cases += 1
            doc_id = rec.get("source") if rec.get("source") in predicted else ids_by_text.get(rec.get("text", ""))
            events = [ev for ev in predicted.get(doc_id, [])
                      if ev.event_type == kind.upper() and ev.modality not in NOT_REAL]
            if not events:
                continue
            coded += 1
            if any((src is None or src in _codes(ev.actor)) and (tgt is None or tgt in _codes(ev.recipient))
                   for ev in events):
                right += 1
        out[kind] = (right, cases, coded)
    return out


def score_events(gold_path: Path, coder) -> Report:
    tp = n_gold = n_pred = 0
    per_type: dict[str, list[int]] = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        s = json.loads(line)
        preds = coder.code(Document(str(s["id"]), s["text"], s.get("date")))
        golds = s["events"]

        def ok(g, ev):
            return event_matches([g["type"]], _gold_codes(g.get("actor")), _gold_codes(g.get("recipient")), ev)

        hit, _ = max_matching(golds, preds, ok)
        tp += len(hit)
        n_gold += len(golds)
        n_pred += len(preds)
        for gi, g in enumerate(golds):
            row = per_type.setdefault(g["type"], [0, 0, 0])
            row[0] += gi in hit
            row[1] += 1
        for ev in preds:
            per_type.setdefault(ev.event_type, [0, 0, 0])[2] += 1
    P, R, F = prf(tp, n_pred, n_gold)
    rep = Report(figures={"precision": P, "recall": R, "f1": F})
    for t, (h, g, p) in sorted(per_type.items()):
        rep.lines.append(f"  {t:<10} gold {g:>3}  found {h:>3}  predicted {p:>3}")
    rep.lines.append(f"events: precision {P:.3f} recall {R:.3f} F1 {F:.3f} (matched {tp}, gold {n_gold}, predicted {n_pred})")
    return rep
