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


def _ngram_matrix(samples: list[Sample]):
    """(vectorizer, TF-IDF rows of `samples`) over their character n-grams, or (None, None) when no
    n-gram occurs in NGRAM_MIN_DF sentences."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer=lambda c: list(c.elements()), sublinear_tf=True, min_df=NGRAM_MIN_DF)
    try:
        X = vec.fit_transform([s.ngrams for s in samples]).tocsr()
    except ValueError:  # an empty vocabulary
        return None, None
    X.indices = X.indices.astype("int32")  # liblinear takes 32-bit sparse indices only
    X.indptr = X.indptr.astype("int32")
    return vec, X


def _fit_ngram_lr(X, y: list[int]):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=NGRAM_C, class_weight="balanced", solver="liblinear", max_iter=2000,
                               random_state=SEED)
    return model.fit(X, y)


THRESHOLD_TOLERANCE = 0.01  # F1 within this of the best counts as equally good
THRESHOLD_SMOOTHING = 2  # F1 at a threshold is averaged with the F1 this many hundredths either side


def _best_threshold(probs: list[float], y: list[int]) -> float:
    """The median of the thresholds whose out-of-fold F1, averaged over their neighbours, is within
    THRESHOLD_TOLERANCE of the best: with few positives the F1 of single thresholds is jagged, and its
    single best one jumps between nearly equal peaks (or to the edge of the range) from one training run
    to the next."""
    scores = []
    for thr in [i / 100 for i in range(20, 96)]:
        tp = sum(p >= thr and t for p, t in zip(probs, y))
        fp = sum(p >= thr and not t for p, t in zip(probs, y))
        fn = sum(p < thr and t for p, t in zip(probs, y))
        scores.append(prf(tp, tp + fp, tp + fn)[2])
    windows = [scores[max(0, n - THRESHOLD_SMOOTHING):n + THRESHOLD_SMOOTHING + 1] for n in range(len(scores))]
    smoothed = [sum(w) / len(w) for w in windows]
    best_f = max(smoothed)
    good = [(20 + n) / 100 for n, f in enumerate(smoothed) if f >= best_f - THRESHOLD_TOLERANCE]
    return good[len(good) // 2]


def _group_folds(ids: list[str], k: int, seed: int = SEED) -> list[set[str]]:
    articles = sorted({article_of(i) for i in ids})
    random.Random(seed).shuffle(articles)
    folds = [set() for _ in range(k)]
    for n, a in enumerate(articles):
        folds[n % k].add(a)
    return folds


def train_type_model(samples: list[Sample], labels: dict[str, bool], event_type: str, X=None):
    """(the type's word-and-rule model, its n-gram regression or None); `X` holds the TF-IDF
    n-gram rows of `samples` (None: no n-gram model)."""
    rows = [n for n, s in enumerate(samples) if s.doc_id in labels]
    feats = [samples[n].features[event_type] for n in rows]
    y = [int(labels[samples[n].doc_id]) for n in rows]
    mix = NGRAM_MIX if X is not None and len(set(y)) > 1 else 0.0
    # threshold from out-of-fold predictions inside the training data
    ids = [samples[n].doc_id for n in rows]
    folds = _group_folds(ids, INNER_FOLDS)
    oof = [0.0] * len(rows)
    for fold in folds:
        train = [i for i, d in enumerate(ids) if article_of(d) not in fold]
        test = [i for i, d in enumerate(ids) if article_of(d) in fold]
        m = TypeModel(_fit([feats[i] for i in train], [y[i] for i in train]), 0.5, mix)
        ngram_p = [None] * len(test)
        if mix and len({y[i] for i in train}) > 1:
            lr = _fit_ngram_lr(X[[rows[i] for i in train]], [y[i] for i in train])
            ngram_p = list(lr.predict_proba(X[[rows[i] for i in test]])[:, 1])
        for i, q in zip(test, ngram_p):
            oof[i] = m.probability(feats[i], q)
    threshold = _best_threshold(oof, y)
    lr = _fit_ngram_lr(X[rows], y) if mix else None
    return TypeModel(_fit(feats, y), threshold, mix), lr


def train_detector(samples: list[Sample], labels: dict[str, dict[str, bool]]) -> Detector:
    vec, X = _ngram_matrix(samples) if NGRAM_MIX else (None, None)
    models, regressions = {}, {}
    for t in TYPES:
        models[t], lr = train_type_model(samples, labels[t.lower()], t, X)
        if lr is not None:
            regressions[t] = lr
    # a type without a regression has mix 0: its probability is the word-and-rule model's alone
    ngrams = NgramModel(list(vec.get_feature_names_out()), [float(v) for v in vec.idf_],
                        {t: [float(w) for w in lr.coef_[0]] for t, lr in regressions.items()},
                        {t: float(lr.intercept_[0]) for t, lr in regressions.items()}) if regressions else None
    return Detector(models, ngrams)


def detector_json(det: Detector, meta: dict) -> dict:
    def one(m: TypeModel) -> dict:
        out = {"threshold": m.threshold, "weights": {k: round(v, 5) for k, v in sorted(m.weights.items())}}
        if m.mix:
            out["mix"] = m.mix
        return out
    raw = {"meta": meta, "types": {t: one(m) for t, m in det.models.items()}}
    if det.ngrams is not None:
        raw["ngrams"] = det.ngrams.to_json()
    return raw


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
            "features": "binary: words, word bigrams, char 3-grams, cues, rule candidates and their rule paths; "
                        "TF-IDF: char 2-5-grams of words",
            "sentences": len(samples), "positives": {t: sum(labels[t.lower()].values()) for t in TYPES}}
    raw = detector_json(det, meta)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(raw, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return meta
