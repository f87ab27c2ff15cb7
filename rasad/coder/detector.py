"""Detection: does a sentence *report* an event of a type, or only talk about one?

Most sentences with «هجوم» or «تظاهرة» analyse, deny, ask, predict or recall. The detector combines
what the rules found (the candidate events, their modality, mode, participants) with the words of
the sentence in a linear model trained on the Arabic GSR dev sentences
(`rasad train detector`, model card in `docs/detector-model-card.md`). It runs for the types it
has a model for; other types pass through unchanged.

Features are binary, so a model is a table of weights: the shipped JSON needs no learning library
to load or apply.
"""
from __future__ import annotations

import json
import math
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


def sentence_features(tokens: list[Token], events: Iterable[Event], event_type: str) -> set[str]:
    """Binary features of one sentence for one event type."""
    feats: set[str] = {"bias"}
    words = [_word(t) for t in tokens if t.is_word]
    for i, w in enumerate(words):
        feats.add("w:" + w)
        if i:
            feats.add("b:" + words[i - 1] + "_" + w)
        padded = f"<{w}>"
        for n in (3,):
            for k in range(len(padded) - n + 1):
                feats.add(f"c{n}:" + padded[k:k + n])
    if any(t.text in "?؟" for t in tokens):
        feats.add("cue:question")
    if any(t.norm[:1].isdigit() for t in tokens):
        feats.add("cue:number")
    if any(w in _REPORTING for w in words):
        feats.add("cue:reporting")
    if any(w in _CASUALTY for w in words):
        feats.add("cue:casualty")
    found = [ev for ev in events if ev.event_type == event_type]
    if not found:
        feats.add("rule:none")
    for ev in found:
        feats.add("rule:any")
        feats.add("rule:modality=" + ev.modality)
        feats.add("rule:mode=" + (ev.mode or "-"))
        feats.add("rule:entry=" + ev.rule.split("/")[0])
        feats.add("rule:pos=" + ("verb" if ".verb" in ev.rule or ".passive" in ev.rule else "noun"))
        if ev.actor:
            feats.add("rule:actor")
        if ev.recipient:
            feats.add("rule:recipient")
        if ev.location is not None:
            feats.add("rule:location")
    return feats


@dataclass
class TypeModel:
    weights: dict[str, float]
    threshold: float

    def probability(self, feats: set[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Detector:
    def __init__(self, models: dict[str, TypeModel]):
        self.models = models

    @classmethod
    def from_file(cls, path: Path) -> "Detector":
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def from_json(cls, raw: dict) -> "Detector":
        return cls({t: TypeModel(m["weights"], float(m["threshold"])) for t, m in raw["types"].items()})

    def judge(self, tokens: list[Token], events: list[Event]) -> dict[str, float]:
        """Probability that the sentence reports an event, for each type the detector knows."""
        return {t: m.probability(sentence_features(tokens, events, t)) for t, m in self.models.items()}


@lru_cache(maxsize=1)
def shipped_detector() -> Optional[Detector]:
    """The model shipped with the package, or None when none was trained yet."""
    res = resources.files("rasad.coder").joinpath(MODEL_FILE)
    if not res.is_file():
        return None
    return Detector.from_json(json.loads(res.read_text(encoding="utf-8")))
