"""News datelines: «عمّان (بترا) -», «واشنطن (أ ف ب) –», «أغدام -» at the head of a report.

A dateline says where the report was filed and by which agency; it reports no event. The coder
reads the agency's state as the country of bare institutions («وزارة الخارجية») in the report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Dateline:
    """Character spans (start, end) into the document: the whole dateline with its dash, the
    place, and the agency between brackets if one is named."""
    span: tuple[int, int]
    place: tuple[int, int]
    agency: Optional[tuple[int, int]]


# a place of up to four words (two cities with «/»), an optional agency in brackets, then a dash
_DATELINE = re.compile(
    r"\s*(?P<place>[^\W\d_][^()\n\-–—:.،,؛«»\"]{0,38}?)\s*"
    r"(?:\((?P<agency>[^()\n]{1,40})\)\s*)?[-–—]\s")
_MAX_PLACE_WORDS = 4
_MAX_PLACE_WORDS_WITHOUT_AGENCY = 2  # «أغدام -», «بئر السبع -»; «قال الرئيس -» is no dateline


def find_dateline(text: str) -> Optional[Dateline]:
    """The dateline opening `text`, or None."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    words = m.group("place").replace("/", " ").split()
    limit = _MAX_PLACE_WORDS if m.group("agency") else _MAX_PLACE_WORDS_WITHOUT_AGENCY
    if not words or len(words) > limit:
        return None
    agency = m.span("agency") if m.group("agency") else None
    return Dateline(span=(m.start("place"), m.end()), place=m.span("place"), agency=agency)
