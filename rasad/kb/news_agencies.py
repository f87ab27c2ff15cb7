"""State news agencies and the state each speaks for (data: news_agencies.yaml beside this file)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

from ..text.normalize import normalize


def _key(name: str) -> str:
    return " ".join(normalize(w) for w in name.split())


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    text = resources.files("rasad.kb").joinpath("news_agencies.yaml").read_text(encoding="utf-8")
    return {_key(name): item["state"] for item in yaml.safe_load(text) for name in item["names"]}


def agency_state(name: str) -> Optional[str]:
    """The state whose news agency `name` is («واس» → SAU), or None for any other agency."""
    return _agencies().get(_key(name))
