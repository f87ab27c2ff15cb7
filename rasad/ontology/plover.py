"""Loads `plover.yaml`, the table of PLOVER types, modes and scores."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

MODALITIES = ("asserted", "likely", "future", "hypothetical", "negated", "historical")


@dataclass(frozen=True)
class Mode:
    name: str
    cameo: str
    scale: float


@dataclass(frozen=True)
class EventType:
    name: str
    quad: int
    scale: float
    cameo: str
    gloss: str
    modes: dict[str, Mode]


@dataclass(frozen=True)
class Ontology:
    types: dict[str, EventType]
    modality_context: dict[str, str]

    def scale(self, event_type: str, mode: Optional[str]) -> float:
        t = self.types[event_type]
        return t.modes[mode].scale if mode in t.modes else t.scale

    def cameo(self, event_type: str, mode: Optional[str]) -> str:
        t = self.types[event_type]
        return t.modes[mode].cameo if mode in t.modes else t.cameo


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    raw = yaml.load(
        resources.files("rasad.ontology").joinpath("plover.yaml").read_text(encoding="utf-8"),
        Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    )
    types = {}
    for name, t in raw["types"].items():
        modes = {m: Mode(m, str(v["cameo"]), float(v["scale"])) for m, v in (t.get("modes") or {}).items()}
        types[name] = EventType(name, int(t["quad"]), float(t["scale"]), str(t["cameo"]), t["gloss"], modes)
    return Ontology(types, dict(raw["modality_context"]))
