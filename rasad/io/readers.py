"""Reads input documents: .txt files, .jsonl files, directories and standard input.

A bad input never raises: it becomes an `InputError` (one line: which document, what is wrong)
and the other documents are still read.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator, Optional, Union

from ..schema import Document

MAX_CHARS = 1_000_000  # one document; a larger one is almost always a concatenated dump
_ARABIC = re.compile(r"[\u0621-\u064A]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SUPPORTED = (".txt", ".jsonl")


@dataclass
class InputError:
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


Item = Union[Document, InputError]


def _check_text(where: str, text: str) -> Optional[InputError]:
    if not text.strip():
        return InputError(where, "empty document")
    if "\x00" in text:
        return InputError(where, "binary content (NUL bytes), not text")
    if len(text) > MAX_CHARS:
        return InputError(where, f"document too large ({len(text):,} characters; limit {MAX_CHARS:,}): split it")
    if not _ARABIC.search(text):
        return InputError(where, "no Arabic text found")
    return None


def _decode(where: str, data: bytes) -> Union[str, InputError]:
    if b"\x00" in data[:4096]:
        return InputError(where, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return InputError(where, f"not valid UTF-8 (byte {e.start})")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_txt(path: Path) -> Iterator[Item]:
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputError(where, f"cannot read: {e.strerror or e}")
        return
    text = _decode(where, data)
    if isinstance(text, InputError):
        yield text
        return
    problem = _check_text(where, text)
    yield problem or Document(id=path.stem, text=text)


def read_jsonl_stream(stream: IO[bytes], where: str) -> Iterator[Item]:
    for n, raw in enumerate(stream, 1):
        loc = f"{where}:{n}"
        if not raw.strip():
            continue
        line = _decode(loc, raw)
        if isinstance(line, InputError):
            yield line
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(loc, f"malformed JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield InputError(loc, "expected a JSON object")
            continue
        doc_id, text = obj.get("id"), obj.get("text")
        if doc_id is None or not isinstance(text, str):
            yield InputError(loc, "a document needs 'id' and a string 'text'")
            continue
        loc = f"{where}:{n} (id {doc_id})"
        problem = _check_text(loc, text)
        if problem:
            yield problem
            continue
        date = obj.get("date")
        if date is not None and not (isinstance(date, str) and _DATE.match(date[:10])):
            yield InputError(loc, f"bad date {date!r} (expected YYYY-MM-DD)")
            continue
        yield Document(id=str(doc_id), text=text, date=date[:10] if date else None, title=obj.get("title"),
                       source=obj.get("source"), url=obj.get("url"))


def read_jsonl(path: Path) -> Iterator[Item]:
    try:
        with path.open("rb") as f:
            yield from read_jsonl_stream(f, str(path))
    except OSError as e:
        yield InputError(str(path), f"cannot read: {e.strerror or e}")


def read_inputs(inputs: list[str], stdin: Optional[IO[bytes]] = None) -> Iterator[Item]:
    """Documents (and errors) from every input, in order."""
    for name in inputs:
        if name == "-":
            yield from read_jsonl_stream(stdin or sys.stdin.buffer, "<stdin>")
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            if not files:
                yield InputError(name, "directory holds no .txt or .jsonl files")
            for p in files:
                yield from _read_file(p)
        elif not path.exists():
            yield InputError(name, "no such file or directory")
        else:
            yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield from read_txt(path)
    elif suffix == ".jsonl":
        yield from read_jsonl(path)
    else:
        yield InputError(str(path), f"unknown file type '{suffix or '(none)'}' (expected .txt or .jsonl)")
