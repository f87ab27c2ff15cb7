"""What the knowledge base keeps in the on-disk cache (`rasad/cache.py`): each file's parsed entries,
and the indexed knowledge base of a set of files, so that start-up neither parses YAML nor indexes
names again.

A file's entries are keyed by its bytes and the source of the code that builds entries, so an edited
file or an edited loader is parsed afresh; the indexed knowledge base is keyed by all its files' paths
and bytes and the indexing code. Files with errors are never cached.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence, TypeVar

from ..cache import cached, paths_stem, source_digest

T = TypeVar("T")
_FORMAT = b"rasad-kb-cache-2"


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """The source of the modules whose code decides what a file's entries are."""
    from . import loader, model

    return source_digest((loader, model), _FORMAT)


@lru_cache(maxsize=1)
def _index_digest() -> bytes:
    """The source of the modules whose code decides how a knowledge base indexes its entries."""
    from .. import schema
    from ..text import normalize, tokens
    from . import knowledge, matcher

    return source_digest((knowledge, matcher, normalize, tokens, schema), _code_digest())


def cached_index(files: Sequence[tuple[Path, bytes]], build: Callable[[], T]) -> T:
    """`build()` — the knowledge base indexed from `files` (path and bytes of each, in order) — from
    the cache when the same files were indexed before."""
    h = hashlib.blake2b(_index_digest(), digest_size=16)
    for path, data in files:
        h.update(str(path.resolve()).encode("utf-8") + b"\0" + hashlib.blake2b(data, digest_size=16).digest())
    return cached(paths_stem("index", [path for path, _ in files]), h.digest(), build)


def cached_parse(path: Path, data: bytes, parse: Callable[[bytes], list]) -> list:
    """`parse(data)` for the file at `path`, from the cache when the same bytes were parsed before."""
    return cached(paths_stem("kb", [path]), _code_digest() + data, lambda: parse(data))
