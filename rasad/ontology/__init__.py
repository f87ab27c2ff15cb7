"""The PLOVER ontology: event types, modes, quad codes, scores and CAMEO codes."""
from .plover import EventType, Ontology, load_ontology

__all__ = ["EventType", "Ontology", "load_ontology"]
