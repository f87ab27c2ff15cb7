"""Sentence splitting for Arabic news text, with offsets.

Sentences end at . ؟ ? ! ؛ ; and at line breaks; a run longer than MAX_SENTENCE characters is cut
at a comma (or a space) so that one unpunctuated dump cannot make coding quadratic. A full stop between digits (3.5) or after a
known abbreviation («د.», «م.», single Latin capitals) does not end a sentence, nor does the stop of a
quotation that a comma follows («…: «ألا تخجلون؟»، متهمة …»); closing quotes and brackets after the terminator stay
with the sentence.
"""
from __future__ import annotations

import re

_TERMINATORS = ".؟?!؛;…"
_CLOSERS = "»\"”’')]}"
# Abbreviations that take a full stop in Arabic news: Dr., Eng., AD/AH year markers, etc.
_ABBREVIATIONS = frozenset(["د", "م", "هـ", "ه", "ق", "ص", "ج", "أ", "ا", "Mr", "Dr", "St", "No", "U.S"])
_WORD_BEFORE = re.compile(r"(\w+)\s*$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isascii() and word.isupper()


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """Return ``(start, end, paragraph)`` for each sentence; paragraphs count non-empty lines from 1."""
    out: list[tuple[int, int, int]] = []
    paragraph = 0
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        if text[pos:line_end].strip():
            paragraph += 1
            _split_line(text, pos, line_end, paragraph, out)
        if nl < 0:
            break
        pos = nl + 1
    return out


def _split_line(text: str, start: int, end: int, paragraph: int, out: list) -> None:
    i = start
    sent_start = start
    while i < end:
        ch = text[i]
        if ch in _TERMINATORS and not _keeps_going(text, i, end):
            j = i + 1
            while j < end and (text[j] in _TERMINATORS or text[j] in _CLOSERS):
                j += 1
            _emit(text, sent_start, j, paragraph, out)
            sent_start = j
            i = j
            continue
        i += 1
    _emit(text, sent_start, end, paragraph, out)


def _keeps_going(text: str, i: int, end: int) -> bool:
    ch = text[i]
    j = i + 1
    while j < end and text[j] in _CLOSERS:
        j += 1
    if j > i + 1 and j < end and text[j] in "،,":
        return True  # «ألا تخجلون؟»، متهمة …: a quotation that ends in its own stop, then a comma, goes on
    if ch == ".":
        if 0 < i < end - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            return True
        if _is_abbreviation(text, i):
            return True
        if i + 1 < end and text[i + 1] == ".":  # part of an ellipsis: end at its last dot
            return True
    return False


MAX_SENTENCE = 1200  # characters; longer runs (lists, unpunctuated dumps) are cut at commas or spaces


def _emit(text: str, start: int, end: int, paragraph: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind("،", start, start + MAX_SENTENCE), text.rfind(",", start, start + MAX_SENTENCE))
        if cut <= start + MAX_SENTENCE // 2:
            cut = text.rfind(" ", start, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE - 1
        _emit(text, start, cut + 1, paragraph, out)
        start = cut + 1
        while start < end and text[start].isspace():
            start += 1
    if start < end and any(c.isalnum() for c in text[start:end]):
        out.append((start, end, paragraph))
