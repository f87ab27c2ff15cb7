"""Detection: does a sentence *report* an event of a type, or only talk about one?

Most sentences with «هجوم» or «تظاهرة» analyse, deny, ask, predict or recall. The detector combines
what the rules found (the candidate events, their modality, mode, participants) with the words of
the sentence in a linear model trained on the Arabic GSR dev sentences
(`rasad train detector`, model card in `docs/detector-model-card.md`). It runs for the types it
has a model for; other types pass through unchanged.

Each type's model mixes two logistic regressions: one over binary features (words, bigrams, character
3-grams of words, cues, the rule candidates) and one over TF-IDF weighted character 2- to 5-grams
of the sentence's words, which carry the newswire's wording better than whole words do. A model is
tables of weights (and inverse document frequencies): the shipped JSON needs no learning library
to load or apply.
"""
from __future__ import annotations

import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from ..cache import cached, paths_stem, source_digest
from ..schema import Event, Token

MODEL_FILE = "models/detector.json"
_REPORTING = frozenset("قال قالت اضاف اضافت اكد اكدت ذكر ذكرت افاد افادت اعلن اعلنت اوضح اوضحت صرح".split())
_CASUALTY = frozenset("قتيل قتلي جريح جرحي مصرع مقتل اصابه اصيب اصابات ضحايا ضحيه شهيد شهداء".split())


def _word(t: Token) -> str:
    return t.keys[-1] if t.keys else t.norm


@lru_cache(maxsize=100_000)
def _word_features(word: str) -> tuple[str, ...]:
    padded = f"<{word}>"
    # interned like the models' feature names, so that looking them up compares by identity
    return tuple(map(sys.intern, ("w:" + word, *("c3:" + padded[k:k + 3] for k in range(len(padded) - 2)))))


_BIGRAM = "b:{}_{}"


def text_features(tokens: list[Token]) -> set[str]:
    """The features of the sentence's words, shared by every event type."""
    words = [_word(t) for t in tokens if t.is_word]
    feats = _cues(tokens, words)
    for w in words:
        feats.update(_word_features(w))
    feats.update(map(_BIGRAM.format, words, words[1:]))
    return feats


def _cues(tokens: list[Token], words: list[str]) -> set[str]:
    """The bias and the cues of a sentence of `words` (a question mark, a number, a verb of saying, a
    casualty word)."""
    feats = {"bias"}
    if any(t.text in "?؟" for t in tokens):
        feats.add("cue:question")
    if any(t.norm[:1].isdigit() for t in tokens):
        feats.add("cue:number")
    if not _REPORTING.isdisjoint(words):
        feats.add("cue:reporting")
    if not _CASUALTY.isdisjoint(words):
        feats.add("cue:casualty")
    return feats


def rule_features(events: Iterable[Event], event_type: str) -> set[str]:
    """What the rule coder found of the type in the sentence (features named «rule:…»), with the steps
    of the rule path by which it found the parties («rule:path=vso», «rule:path=relative-clause»)."""
    feats: set[str] = set()
    found = [ev for ev in events if ev.event_type == event_type]
    if not found:
        feats.add("rule:none")
    for ev in found:
        feats.add("rule:any")
        feats.add("rule:modality=" + ev.modality)
        feats.add("rule:mode=" + (ev.mode or "-"))
        feats.add("rule:entry=" + ev.rule.split("/")[0])
        # «قامت دبابة بقصف المنزل»: a noun governed by a light verb reports as a verb does
        verbal = ".verb" in ev.rule or ".passive" in ev.rule or "light-verb" in ev.rule
        feats.add("rule:pos=" + ("verb" if verbal else "noun"))
        if ev.actor:
            feats.add("rule:actor")
        if ev.recipient:
            feats.add("rule:recipient")
        if ev.location is not None:
            feats.add("rule:location")
        for part in ev.rule.split("/")[1:]:
            for step in part.split("+"):
                if not step.startswith(("detector", "modality")):
                    feats.add("rule:path=" + step.split(":")[0])
    return feats


def sentence_features(tokens: list[Token], events: Iterable[Event], event_type: str) -> set[str]:
    """Binary features of one sentence for one event type: its words' and the rules'."""
    return text_features(tokens) | rule_features(events, event_type)


NGRAM_RANGE = (2, 5)


@lru_cache(maxsize=100_000)
def _word_ngrams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    out: list[str] = []
    for n in range(NGRAM_RANGE[0], NGRAM_RANGE[1] + 1):
        if len(padded) <= n:
            out.append(padded)  # a short word counts once, whole
            break
        out.extend(padded[k:k + n] for k in range(len(padded) - n + 1))
    return tuple(out)


def char_ngrams(tokens: list[Token]) -> Counter:
    """Counts of the character 2- to 5-grams of each normalised token, padded with spaces (what
    the n-gram model is trained on)."""
    counts: Counter = Counter()
    for t in tokens:
        counts.update(_word_ngrams(t.norm))
    return counts


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class NgramModel:
    """Logistic regressions, one per type, over L2-normalised sublinear TF-IDF character n-grams
    (as scikit-learn's TfidfVectorizer computes them), sharing one vocabulary."""

    def __init__(self, vocabulary: list[str], idf: list[float], weights: dict[str, list[float]],
                 bias: dict[str, float]):
        import numpy as np  # the n-gram sums are the detector's hot path

        self._np = np
        self.vocabulary = list(vocabulary)
        self.index = {g: i for i, g in enumerate(self.vocabulary)}
        self.idf = np.asarray(idf, dtype=float)
        self.types = list(weights)
        self.weights = {t: list(w) for t, w in weights.items()}
        self.bias = dict(bias)
        # (vocabulary × types): each weight times its n-gram's idf
        self._scaled = np.asarray([weights[t] for t in self.types], dtype=float).T * self.idf[:, None]
        self._bias = np.asarray([bias[t] for t in self.types], dtype=float)
        self._word_cache: dict[str, object] = {}

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_np"}  # (a module does not pickle)

    def __setstate__(self, state: dict) -> None:
        import numpy as np

        self.__dict__.update(state, _np=np)

    def _word_indices(self, word: str):
        found = self._word_cache.get(word)
        if found is None:
            found = self._np.fromiter((self.index[g] for g in _word_ngrams(word) if g in self.index),
                                      dtype=self._np.int64)
            if len(self._word_cache) < 200_000:
                self._word_cache[word] = found
        return found

    def probabilities(self, tokens: list[Token]) -> dict[str, float]:
        np = self._np
        cache = self._word_cache
        idx = np.concatenate([cache[t.norm] if t.norm in cache else self._word_indices(t.norm) for t in tokens]
                             or [np.zeros(0, dtype=np.int64)])
        if not idx.size:
            z = self._bias
        else:
            # (np.unique with its counts, without its overhead)
            idx.sort()
            first = np.empty(idx.size, dtype=bool)
            first[0] = True
            np.not_equal(idx[1:], idx[:-1], out=first[1:])
            starts = np.flatnonzero(first)
            known = idx[starts]
            counts = np.diff(starts, append=idx.size)
            tf = 1.0 + np.log(counts)
            values = tf * self.idf[known]
            z = self._bias + (tf @ self._scaled[known]) / (math.sqrt(float(values @ values)) or 1.0)
        return {t: _sigmoid(float(v)) for t, v in zip(self.types, z)}

    def to_json(self) -> dict:
        return {"vocabulary": self.vocabulary, "idf": [round(float(v), 4) for v in self.idf],
                "weights": {t: [round(w, 5) for w in ws] for t, ws in self.weights.items()},
                "bias": {t: round(b, 5) for t, b in self.bias.items()}}

    @classmethod
    def from_json(cls, raw: dict) -> "NgramModel":
        return cls(raw["vocabulary"], raw["idf"], raw["weights"], raw["bias"])


_WEIGHT_SCALE = 100_000  # the shipped weights have five decimals


@dataclass
class TypeModel:
    weights: dict[str, float]
    threshold: float
    mix: float = 0.0  # the detector's n-gram model's share of the probability

    def __post_init__(self) -> None:
        # integer weights sum exactly in any order, so the result does not depend on the set's
        # (hash-seeded) order, and faster than math.fsum
        self._scaled = {sys.intern(k): round(v * _WEIGHT_SCALE) for k, v in self.weights.items()}

    def probability(self, feats: set[str], ngram_probability: Optional[float] = None,
                    more: frozenset = frozenset()) -> float:
        """The probability for the binary features `feats` and `more` (two disjoint sets: the words'
        and the rules', which need no merging) mixed with the n-gram model's."""
        weight = self._scaled.get
        z = sum(map(weight, feats, repeat(0))) + sum(map(weight, more, repeat(0)))
        return self.mix_with(_sigmoid(z / _WEIGHT_SCALE), ngram_probability)

    def mix_with(self, p: float, ngram_probability: Optional[float]) -> float:
        if ngram_probability is None or not self.mix:
            return p
        return (1.0 - self.mix) * p + self.mix * ngram_probability


class Detector:
    def __init__(self, models: dict[str, TypeModel], ngrams: Optional[NgramModel] = None):
        self.models = models
        self.ngrams = ngrams
        # the models' feature names numbered once, so that a sentence's word features are looked up as the
        # numbers of its words' known features (cached per word) and summed per type from integer columns
        names = sorted({name for m in models.values() for name in m._scaled})
        self._feature_ids = {name: n for n, name in enumerate(names)}
        self._columns = {t: [m._scaled.get(name, 0) for name in names] for t, m in models.items()}
        self._word_ids: dict[str, tuple[int, ...]] = {}

    def _known_word_features(self, word: str) -> tuple[int, ...]:
        ids = self._feature_ids
        found = tuple(ids[f] for f in _word_features(word) if f in ids)
        if len(self._word_ids) < 200_000:
            self._word_ids[word] = found
        return found

    def _text_feature_ids(self, tokens: list[Token]) -> set[int]:
        """The numbers of the model features among `text_features(tokens)`: the same set, less what no
        model weighs."""
        ids = self._feature_ids
        words = [_word(t) for t in tokens if t.is_word]
        found = {ids[f] for f in _cues(tokens, words) if f in ids}
        cache = self._word_ids
        for w in words:
            known = cache.get(w)
            found.update(known if known is not None else self._known_word_features(w))
        for pair in map(_BIGRAM.format, words, words[1:]):
            n = ids.get(pair)
            if n is not None:
                found.add(n)
        return found

    def _probability(self, event_type: str, text_ids: set[int], rules: set[str],
                     ngram_probability: Optional[float]) -> float:
        m = self.models[event_type]
        weight = m._scaled.get
        z = sum(map(self._columns[event_type].__getitem__, text_ids)) + sum(map(weight, rules, repeat(0)))
        return m.mix_with(_sigmoid(z / _WEIGHT_SCALE), ngram_probability)

    @classmethod
    def from_file(cls, path: Path) -> "Detector":
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def from_json(cls, raw: dict) -> "Detector":
        models = {t: TypeModel(m["weights"], float(m["threshold"]), float(m.get("mix", 0.0)))
                  for t, m in raw["types"].items()}
        return cls(models, NgramModel.from_json(raw["ngrams"]) if raw.get("ngrams") else None)

    def judge(self, tokens: list[Token], events: list[Event], cues: Optional[dict[str, frozenset]] = None) -> dict[str, float]:
        """Probability that the sentence reports an event, for each type the detector knows.

        With `cues`, a type is judged only when the rules found a candidate of it or one of its
        cue words occurs (nothing else could come of judging it).
        """
        shared: Optional[set[int]] = None
        by_ngrams: Optional[dict[str, float]] = None
        candidates = {ev.event_type for ev in events}
        words: Optional[set[str]] = None
        out = {}
        for t in self.models:
            if cues is not None and t not in candidates:
                if words is None:
                    words = {tok.keys[-1] for tok in tokens} | {tok.norm for tok in tokens}
                if words.isdisjoint(cues.get(t, ())):
                    continue
            if shared is None:
                shared = self._text_feature_ids(tokens)
            if by_ngrams is None and self.ngrams is not None:
                by_ngrams = self.ngrams.probabilities(tokens)
            out[t] = self._probability(t, shared, rule_features(events, t), (by_ngrams or {}).get(t))
        return out


@lru_cache(maxsize=1)
def shipped_detector() -> Optional[Detector]:
    """The model shipped with the package, or None when none was trained yet."""
    res = resources.files("rasad.coder").joinpath(MODEL_FILE)
    if not res.is_file():
        return None
    data = res.read_bytes()
    # (built from its JSON once; later starts unpickle it: the weights' dictionaries and arrays are ready)
    return cached(paths_stem("detector", [Path(str(res))]), source_digest((sys.modules[__name__],)) + data,
                  lambda: Detector.from_json(json.loads(data.decode("utf-8"))))
