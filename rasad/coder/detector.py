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
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from ..schema import Event, Token

MODEL_FILE = "models/detector.json"
_REPORTING = frozenset("قال قالت اضاف اضافت اكد اكدت ذكر ذكرت افاد افادت اعلن اعلنت اوضح اوضحت صرح".split())
_CASUALTY = frozenset("قتيل قتلي جريح جرحي مصرع مقتل اصابه اصيب اصابات ضحايا ضحيه شهيد شهداء".split())


def _word(t: Token) -> str:
    return t.keys[-1] if t.keys else t.norm


@lru_cache(maxsize=100_000)
def _word_features(word: str) -> tuple[str, ...]:
    padded = f"<{word}>"
    return ("w:" + word, *("c3:" + padded[k:k + 3] for k in range(len(padded) - 2)))


def text_features(tokens: list[Token]) -> set[str]:
    """The features of the sentence's words, shared by every event type."""
    feats: set[str] = {"bias"}
    words = [_word(t) for t in tokens if t.is_word]
    for i, w in enumerate(words):
        feats.update(_word_features(w))
        if i:
            feats.add("b:" + words[i - 1] + "_" + w)
    if any(t.text in "?؟" for t in tokens):
        feats.add("cue:question")
    if any(t.norm[:1].isdigit() for t in tokens):
        feats.add("cue:number")
    if any(w in _REPORTING for w in words):
        feats.add("cue:reporting")
    if any(w in _CASUALTY for w in words):
        feats.add("cue:casualty")
    return feats


def sentence_features(tokens: list[Token], events: Iterable[Event], event_type: str,
                      shared: Optional[set[str]] = None) -> set[str]:
    """Binary features of one sentence for one event type."""
    feats = set(shared if shared is not None else text_features(tokens))
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
    return feats


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
    """Counts of the character 2- to 5-grams of each normalised token, padded with spaces."""
    counts: Counter = Counter()
    for t in tokens:
        counts.update(_word_ngrams(t.norm))
    return counts


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class NgramModel:
    """Logistic regression over L2-normalised, sublinear TF-IDF character n-grams."""

    idf: dict[str, float]
    weights: dict[str, float]
    bias: float

    def probability(self, counts: Counter) -> float:
        idf, weights = self.idf, self.weights
        # sorted: fsum is exact, but the sum of squares is not, and must not depend on hashing
        known = sorted(g for g in counts if g in idf)
        values = [(1.0 + math.log(counts[g])) * idf[g] for g in known]
        norm = math.sqrt(math.fsum(v * v for v in values)) or 1.0
        return _sigmoid(self.bias + math.fsum(v * weights.get(g, 0.0) for g, v in zip(known, values)) / norm)


@dataclass
class TypeModel:
    weights: dict[str, float]
    threshold: float
    ngrams: Optional[NgramModel] = None
    mix: float = 0.0  # the n-gram model's share of the probability

    def probability(self, feats: set[str], counts: Optional[Counter] = None) -> float:
        weights = self.weights
        # fsum is exact, so the result does not depend on the set's (hash-seeded) order
        p = _sigmoid(math.fsum(map(weights.__getitem__, feats & weights.keys())))
        if self.ngrams is None or not self.mix:
            return p
        return (1.0 - self.mix) * p + self.mix * self.ngrams.probability(counts if counts is not None else Counter())


class Detector:
    def __init__(self, models: dict[str, TypeModel]):
        self.models = models

    @classmethod
    def from_file(cls, path: Path) -> "Detector":
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def from_json(cls, raw: dict) -> "Detector":
        def ngram_model(m: dict) -> Optional[NgramModel]:
            table = m.get("ngrams")
            if not table:
                return None
            return NgramModel({g: v[0] for g, v in table.items()}, {g: v[1] for g, v in table.items()},
                              float(m.get("ngram_bias", 0.0)))
        return cls({t: TypeModel(m["weights"], float(m["threshold"]), ngram_model(m), float(m.get("mix", 0.0)))
                    for t, m in raw["types"].items()})

    def judge(self, tokens: list[Token], events: list[Event], cues: Optional[dict[str, frozenset]] = None) -> dict[str, float]:
        """Probability that the sentence reports an event, for each type the detector knows.

        With `cues`, a type is judged only when the rules found a candidate of it or one of its
        cue words occurs (nothing else could come of judging it).
        """
        shared: Optional[set[str]] = None
        counts: Optional[Counter] = None
        out = {}
        for t, m in self.models.items():
            if cues is not None and not any(ev.event_type == t for ev in events) and not any(
                    tok.keys[-1] in cues.get(t, ()) or tok.norm in cues.get(t, ()) for tok in tokens):
                continue
            if shared is None:
                shared = text_features(tokens)
            if counts is None and m.ngrams is not None:
                counts = char_ngrams(tokens)
            out[t] = m.probability(sentence_features(tokens, events, t, shared), counts)
        return out


@lru_cache(maxsize=1)
def shipped_detector() -> Optional[Detector]:
    """The model shipped with the package, or None when none was trained yet."""
    res = resources.files("rasad.coder").joinpath(MODEL_FILE)
    if not res.is_file():
        return None
    return Detector.from_json(json.loads(res.read_text(encoding="utf-8")))
