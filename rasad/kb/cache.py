"""An on-disk cache of parsed knowledge-base files, so that start-up does not parse YAML again.

Parsing and validating the shipped YAML is most of rasad's start-up. A file's entries are kept as a
pickle named by its path and keyed by its bytes and the source of the code that builds entries, so an
edited file or an edited loader is parsed afresh. Files with errors are never cached. The cache lives
in $RASAD_CACHE_DIR, else $XDG_CACHE_HOME/rasad, else ~/.cache/rasad; RASAD_CACHE_DIR=off turns it
off. Anything that goes wrong with the cache (a read-only home, a damaged pickle) only means parsing.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

CACHE_ENV = "RASAD_CACHE_DIR"
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


def _store(root: Path, stem: str, target: Path, entries: list) -> None:
    """Write atomically and drop this file's older pickles; failures are ignored."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=root, prefix=f".{stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(entries, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
        for old in root.glob(f"{stem}-*.pickle"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError:
        pass
