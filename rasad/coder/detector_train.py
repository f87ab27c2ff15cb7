"""Training and cross-validation of the event detector (needs the `train` extra: scikit-learn).

    rasad train detector --data ../shared/data/arabic_event_gsr_dev --out rasad/coder/models/detector.json
    rasad eval gsr --cv 5 ../shared/data/arabic_event_gsr_dev

Each type gets a logistic regression over the binary features of `detector.sentence_features`,
computed on the candidate events of the rule coder (run without a detector), and one over TF-IDF
weighted character n-grams (`detector.char_ngrams`); their probabilities are mixed (NGRAM_MIX). The
decision threshold is chosen on out-of-fold mixed probabilities inside the training data.
Cross-validation groups sentences by article (the id before its last «-») so that no article is
split between training and test.
"""
from __future__ import annotations

import datetime as _dt
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..eval.scoring import gsr_document, gsr_documents, prf, reports_type
from .detector import Detector, NgramModel, TypeModel, char_ngrams, sentence_features

TYPES = ("ASSAULT", "PROTEST")
SEED = 13
C = 0.5
NGRAM_C = 8.0
NGRAM_MIX = 0.7  # the character n-gram model's share of the probability
NGRAM_MIN_DF = 2  # an n-gram in fewer training sentences is left out
INNER_FOLDS = 3


def article_of(doc_id: str) -> str:
    return doc_id.rsplit("-", 1)[0]


@dataclass
class Sample:
    doc_id: str
    features: dict[str, set[str]]  # per type
    ngrams: Counter = field(default_factory=Counter)  # character n-grams of the sentence


def build_samples(gold_dir: Path, coder) -> tuple[list[Sample], dict[str, dict[str, bool]], dict[str, str]]:
    """Features of every GSR sentence (candidate events from `coder`, which must have no detector)."""
    texts, labels = gsr_documents(gold_dir)
    samples = []
    for doc_id, text in texts.items():
        doc = gsr_document(doc_id, text)
        events = coder.code(doc)
        feats = {t: set() for t in TYPES}
        grams: Counter = Counter()
        for sent in coder.sentences(doc):
            inside = [ev for ev in events if sent.span[0] <= ev.trigger.span[0] < sent.span[1]]
            for t in TYPES:
                feats[t] |= sentence_features(sent.tokens, inside, t)
            grams.update(char_ngrams(sent.tokens))
        samples.append(Sample(doc_id, feats, grams))
    return samples, labels, texts


def _fit(features: list[set[str]], y: list[int]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in fs} for fs in features]).tocsr()
    X.indices = X.indices.astype("int32")  # liblinear takes 32-bit sparse indices only
    X.indptr = X.indptr.astype("int32")
    model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=2000, random_state=SEED)
    model.fit(X, y)
    weights = {name: float(w) for name, w in zip(vec.feature_names_, model.coef_[0]) if abs(w) > 1e-6}
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    return weights


def _fit_ngrams(counts: list[Counter], y: list[int]) -> NgramModel:
    """The n-gram model: sublinear TF, smoothed IDF over the training sentences, L2 norm (as
    scikit-learn's TfidfVectorizer computes them, so that `NgramModel.probability` reproduces them)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=lambda c: list(c.elements()), sublinear_tf=True, min_df=NGRAM_MIN_DF)
    X = vec.fit_transform(counts).tocsr()
    X.indices = X.indices.astype("int32")
    X.indptr = X.indptr.astype("int32")
    model = LogisticRegression(C=NGRAM_C, class_weight="balanced", solver="liblinear", max_iter=2000,
                               random_state=SEED)
    model.fit(X, y)
    names = vec.get_feature_names_out()
    return NgramModel({g: float(v) for g, v in zip(names, vec.idf_)},
                      {g: float(w) for g, w in zip(names, model.coef_[0])}, float(model.intercept_[0]))


def _mixed_model(feats: list[set[str]], counts: list[Counter], y: list[int], threshold: float) -> TypeModel:
    if NGRAM_MIX and len(set(y)) > 1 and sum(1 for c in counts if c) >= NGRAM_MIN_DF:
        return TypeModel(_fit(feats, y), threshold, _fit_ngrams(counts, y), NGRAM_MIX)
    return TypeModel(_fit(feats, y), threshold)


THRESHOLD_TOLERANCE = 0.01  # F1 within this of the best counts as equally good


def _best_threshold(probs: list[float], y: list[int]) -> float:
    """The median of the thresholds whose out-of-fold F1 is within THRESHOLD_TOLERANCE of the best:
    the single best threshold jumps between nearly equal peaks from one training run to the next."""
    scores = []
    for thr in [i / 100 for i in range(20, 96)]:
        tp = sum(p >= thr and t for p, t in zip(probs, y))
        fp = sum(p >= thr and not t for p, t in zip(probs, y))
        fn = sum(p < thr and t for p, t in zip(probs, y))
        scores.append((thr, prf(tp, tp + fp, tp + fn)[2]))
    best_f = max(f for _, f in scores)
    good = [thr for thr, f in scores if f >= best_f - THRESHOLD_TOLERANCE]
    return good[len(good) // 2]


def _group_folds(ids: list[str], k: int, seed: int = SEED) -> list[set[str]]:
    articles = sorted({article_of(i) for i in ids})
    random.Random(seed).shuffle(articles)
    folds = [set() for _ in range(k)]
    for n, a in enumerate(articles):
        folds[n % k].add(a)
    return folds


def train_type_model(samples: list[Sample], labels: dict[str, bool], event_type: str) -> TypeModel:
    rows = [(s.features[event_type], s.ngrams, int(labels[s.doc_id])) for s in samples if s.doc_id in labels]
    feats = [r[0] for r in rows]
    counts = [r[1] for r in rows]
    y = [r[2] for r in rows]
    # threshold from out-of-fold predictions inside the training data
    ids = [s.doc_id for s in samples if s.doc_id in labels]
    folds = _group_folds(ids, INNER_FOLDS)
    oof = [0.0] * len(rows)
    for fold in folds:
        train = [i for i, d in enumerate(ids) if article_of(d) not in fold]
        test = [i for i, d in enumerate(ids) if article_of(d) in fold]
        m = _mixed_model([feats[i] for i in train], [counts[i] for i in train], [y[i] for i in train], 0.5)
        for i in test:
            oof[i] = m.probability(feats[i], counts[i])
    threshold = _best_threshold(oof, y)
    return _mixed_model(feats, counts, y, threshold)


def train_detector(samples: list[Sample], labels: dict[str, dict[str, bool]]) -> Detector:
    return Detector({t: train_type_model(samples, labels[t.lower()], t) for t in TYPES})


def detector_json(det: Detector, meta: dict) -> dict:
    def one(m: TypeModel) -> dict:
        out = {"threshold": m.threshold, "weights": {k: round(v, 5) for k, v in sorted(m.weights.items())}}
        if m.ngrams is not None:
            out["mix"] = m.mix
            out["ngram_bias"] = round(m.ngrams.bias, 5)
            out["ngrams"] = {g: [round(m.ngrams.idf[g], 4), round(m.ngrams.weights[g], 5)]
                             for g in sorted(m.ngrams.idf)}
        return out
    return {"meta": meta, "types": {t: one(m) for t, m in det.models.items()}}


@dataclass
class CVResult:
    figures: dict[str, dict[str, float]]

    def render(self) -> str:
        lines = [f"{t.lower()}: precision {f['precision']:.3f} recall {f['recall']:.3f} F1 {f['f1']:.3f} "
                 f"(tp {f['tp']}, fp {f['fp']}, fn {f['fn']})" for t, f in self.figures.items()]
        lines.append("gsr cv: " + ", ".join(f"{t.lower()} F1 {f['f1']:.3f}" for t, f in self.figures.items()))
        return "\n".join(lines)


def cross_validate(gold_dir: Path, make_coder, k: int = 5) -> CVResult:
    """k-fold cross-validation grouped by article; each fold codes its sentences with a detector
    trained on the other folds, and is counted with the contract's rule."""
    base = make_coder(None)
    samples, labels, texts = build_samples(gold_dir, base)
    folds = _group_folds(list(texts), k)
    counts = {t: [0, 0, 0] for t in TYPES}  # tp, fp, fn
    for fold in folds:
        train = [s for s in samples if article_of(s.doc_id) not in fold]
        coder = make_coder(train_detector(train, labels))
        for doc_id, text in texts.items():
            if article_of(doc_id) not in fold:
                continue
            events = coder.code(gsr_document(doc_id, text))
            for t in TYPES:
                gold = labels[t.lower()].get(doc_id)
                if gold is None:
                    continue
                p = reports_type(events, t)
                counts[t][0] += p and gold
                counts[t][1] += p and not gold
                counts[t][2] += (not p) and gold
    figures = {}
    for t, (tp, fp, fn) in counts.items():
        P, R, F = prf(tp, tp + fp, tp + fn)
        figures[t] = {"precision": P, "recall": R, "f1": F, "tp": tp, "fp": fp, "fn": fn}
    return CVResult(figures)


def train_and_save(gold_dir: Path, out: Path, make_coder, data_label: Optional[str] = None) -> dict:
    base = make_coder(None)
    samples, labels, _ = build_samples(gold_dir, base)
    det = train_detector(samples, labels)
    meta = {"data": data_label or str(gold_dir), "date": _dt.date.today().isoformat(), "C": C,
            "ngram_C": NGRAM_C, "ngram_mix": NGRAM_MIX, "ngram_min_df": NGRAM_MIN_DF, "seed": SEED,
            "features": "binary: words, word bigrams, char 3-grams, cues, rule candidates; "
                        "TF-IDF: char 2-5-grams of words",
            "sentences": len(samples), "positives": {t: sum(labels[t.lower()].values()) for t in TYPES}}
    raw = detector_json(det, meta)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(raw, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return meta
