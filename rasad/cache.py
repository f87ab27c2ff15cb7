"""An on-disk cache of built data (parsed files, indexes, models), so that start-up does not rebuild them.

A value is kept as a pickle named by a stem and keyed by everything it was built from (the bytes of
its files and the source of the code that builds it), so a changed input or a new rasad version is
built afresh. Writing a value drops the older pickles of its stem; a stem names one input set (one
file, or one installation's files), so two installations sharing the cache do not evict each other.
The cache lives in $RASAD_CACHE_DIR, else $XDG_CACHE_HOME/rasad, else ~/.cache/rasad;
RASAD_CACHE_DIR=off turns it off. Anything that goes wrong with the cache (a read-only home, a
damaged pickle) only means building.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterable, Optional, TypeVar

CACHE_ENV = "RASAD_CACHE_DIR"
T = TypeVar("T")


def cache_dir() -> Optional[Path]:
    """The cache directory, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rasad"


def source_digest(modules: Iterable[ModuleType], seed: bytes = b"") -> bytes:
    """A digest of the source files of `modules` (the code that decides what a cached value is)."""
    h = hashlib.blake2b(seed, digest_size=16)
    for module in modules:
        h.update(Path(module.__file__).read_bytes())
    return h.digest()


def paths_stem(prefix: str, paths: Iterable[Path]) -> str:
    """A stem for the value built from these files: one per set of paths."""
    joined = "\0".join(str(Path(p).resolve()) for p in paths).encode("utf-8")
    return f"{prefix}-{hashlib.blake2b(joined, digest_size=8).hexdigest()}"


def cached(stem: str, key: bytes, build: Callable[[], T], keep: Callable[[T], bool] = lambda _: True) -> T:
    """`build()`, from the cache when a value with this stem and key was built before; a new value is
    stored when `keep(value)` (a file with errors is not)."""
    root = cache_dir()
    if root is None:
        return build()
    target = root / f"{stem}-{hashlib.blake2b(key, digest_size=16).hexdigest()}.pickle"
    try:
        return _unpickle(target.read_bytes())
    except Exception:  # absent, unreadable or damaged: build instead
        pass
    value = build()
    if keep(value):
        _store(root, stem, target, value)
    return value


def _unpickle(data: bytes) -> object:
    """`pickle.loads` with the cyclic collector paused: a cached index is some 100,000 new objects,
    which the collector, run every few hundred allocations, would otherwise scan again and again
    while they load (twice the time of the load itself)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if was_enabled:
            gc.enable()


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
