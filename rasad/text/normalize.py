"""Orthographic normalisation of Arabic for matching, with a map back to original offsets.

Normalised text is only ever used to *match*; every reported span points into the original.
"""
from __future__ import annotations

import re

# Arabic diacritics (tashkil), superscript alef, Quranic marks, and tatweel: removed.
_REMOVED = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
)

_MAPPED = {
    # alef forms
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0672": "\u0627", "\u0673": "\u0627",
    # alef maqsura -> ya, Farsi ya -> ya
    "\u0649": "\u064a", "\u06cc": "\u064a", "\u06d2": "\u064a",
    # ta marbuta -> ha
    "\u0629": "\u0647", "\u06c0": "\u0647", "\u06d5": "\u0647",
    # Farsi kaf -> kaf, heh goal -> ha
    "\u06a9": "\u0643", "\u06c1": "\u0647",
    # punctuation variants
    "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%", "\u066b": ".", "\u066c": ",",
    "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u00a0": " ",
}
# Arabic-Indic and Eastern Arabic (Persian) digits
for _i in range(10):
    _MAPPED[chr(0x0660 + _i)] = str(_i)
    _MAPPED[chr(0x06F0 + _i)] = str(_i)

_TABLE = str.maketrans({**_MAPPED, **{c: None for c in _REMOVED}})
# The same, but keeping ta marbuta apart from ha: clitic analysis needs to tell «زيارة» from «زيارته».
_KEEP_TA_TABLE = str.maketrans(
    {**{k: v for k, v in _MAPPED.items() if k != "\u0629"}, **{c: None for c in _REMOVED}}
)
_REMOVED_RE = re.compile("[" + "".join(_REMOVED) + "]")


def normalize(text: str) -> str:
    """Return the matching form of `text` (may be shorter than the input)."""
    return text.translate(_TABLE)


def strip_diacritics(text: str) -> str:
    """`text` without its diacritics, tatweel and invisible marks, its letters untouched («يُمنى» → «يمنى»)."""
    return _REMOVED_RE.sub("", text)


def normalize_keep_ta(text: str) -> str:
    """Like `normalize`, but ta marbuta (ة) stays ة."""
    return text.translate(_KEEP_TA_TABLE)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Normalise `text` and return, for each output character, its offset in `text`.

    The offset list has one extra final element equal to ``len(text)`` so that an end offset
    maps too: the original span of normalised ``[i, j)`` is ``[offsets[i], offsets[j])``.
    """
    norm = text.translate(_TABLE)
    if len(norm) == len(text):
        return norm, list(range(len(text) + 1))
    offsets = [i for i, ch in enumerate(text) if not _REMOVED_RE.match(ch)]
    offsets.append(len(text))
    return norm, offsets
