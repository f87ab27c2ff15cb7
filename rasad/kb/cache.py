"""An on-disk cache of the knowledge base, so that start-up neither parses YAML nor indexes names again.

Parsing and validating the shipped YAML, then indexing every name, is most of rasad's start-up. A
file's entries are kept as a pickle named by its path and keyed by its bytes and the source of the code
that builds entries, so an edited file or an edited loader is parsed afresh; the indexed knowledge base
of a set of files is kept likewise, keyed by all their paths and bytes and the indexing code. Files with
errors are never cached. The cache lives in $RASAD_CACHE_DIR, else $XDG_CACHE_HOME/rasad, else
~/.cache/rasad; RASAD_CACHE_DIR=off turns it off. Anything that goes wrong with the cache (a read-only
home, a damaged pickle) only means parsing and indexing.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional, Sequence, TypeVar

CACHE_ENV = "RASAD_CACHE_DIR"
T = TypeVar("T")
_FORMAT = b"rasad-kb-cache-1"


def cache_dir() -> Optional[Path]:
    """The cache directory, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rasad"


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """The source of the modules whose code decides what a file's entries are."""
    from . import loader, model

    h = hashlib.blake2b(_FORMAT, digest_size=16)
    for module in (loader, model):
        h.update(Path(module.__file__).read_bytes())
    return h.digest()


@lru_cache(maxsize=1)
def _index_digest() -> bytes:
    """The source of the modules whose code decides how a knowledge base indexes its entries."""
    from .. import schema
    from ..text import normalize, tokens
    from . import knowledge, matcher

    h = hashlib.blake2b(_code_digest(), digest_size=16)
    for module in (knowledge, matcher, normalize, tokens, schema):
        h.update(Path(module.__file__).read_bytes())
    return h.digest()


def cached_index(files: Sequence[tuple[Path, bytes]], build: Callable[[], T]) -> T:
    """`build()` — the knowledge base indexed from `files` (path and bytes of each, in order) — from
    the cache when the same files were indexed before."""
    root = cache_dir()
    if root is None:
        return build()
    h = hashlib.blake2b(digest_size=16, key=_index_digest())
    for path, data in files:
        h.update(str(path.resolve()).encode("utf-8") + b"\0" + hashlib.blake2b(data, digest_size=16).digest())
    target = root / f"index-{h.hexdigest()}.pickle"
    try:
        return pickle.loads(target.read_bytes())
    except Exception:  # absent, unreadable or damaged: index instead
        pass
    kb = build()
    _store(root, "index", target, kb)
    return kb


def cached_parse(path: Path, data: bytes, parse: Callable[[bytes], list]) -> list:
    """`parse(data)` for the file at `path`, from the cache when the same bytes were parsed before."""
    root = cache_dir()
    if root is None:
        return parse(data)
    stem = hashlib.blake2b(str(path.resolve()).encode("utf-8"), digest_size=8).hexdigest()
    key = hashlib.blake2b(data, digest_size=16, key=_code_digest()).hexdigest()
    target = root / f"{stem}-{key}.pickle"
    try:
        return pickle.loads(target.read_bytes())
    except Exception:  # absent, unreadable or damaged: parse instead
        pass
    entries = parse(data)
    _store(root, stem, target, entries)
    return entries


def _store(root: Path, stem: str, target: Path, value: object) -> None:
    """Write atomically and drop the older pickles of the same stem; failures are ignored."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=root, prefix=f".{stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
        for old in root.glob(f"{stem}-*.pickle"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError:
        pass
