"""States that share a land border (data: neighbours.yaml beside this file)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def listed_neighbours() -> dict[str, tuple[str, ...]]:
    """Each state's neighbours as the data file lists them."""
    text = resources.files("rasad.kb").joinpath("neighbours.yaml").read_text(encoding="utf-8")
    return {state: tuple(others or ()) for state, others in (yaml.safe_load(text) or {}).items()}


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    """Every listed border read both ways."""
    pairs: dict[str, set[str]] = {}
    for state, others in listed_neighbours().items():
        pairs.setdefault(state, set()).update(others)
        for other in others:
            pairs.setdefault(other, set()).add(state)
    return {state: frozenset(others) for state, others in pairs.items()}


def land_neighbours(code: str) -> frozenset[str]:
    """The states that share a land border with `code` (empty for an island or a state not in the table)."""
    return _borders().get(code, frozenset())
