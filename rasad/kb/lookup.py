"""`rasad kb lookup`: resolve a name or description as the coder would at a date."""
from __future__ import annotations

from datetime import date
from typing import Optional

from ..text.tokens import Segmenter, tokenize
from .knowledge import KnowledgeBase


def lookup(kb: KnowledgeBase, text: str, when: Optional[date]) -> list[dict]:
    """Entity objects for the phrases found in `text`, longest (best) match first."""
    from ..coder.mentions import DocumentMemory, MentionFinder

    segmenter = Segmenter(kb.vocabulary())
    tokens = tokenize(text, segmenter=segmenter)
    nps = MentionFinder(kb).find(tokens, when, DocumentMemory())
    nps.sort(key=lambda np: (-(np.span[1] - np.span[0]), np.span[0]))
    out = []
    for np in nps:
        e = np.entity
        out.append({
            "entity_text": text[np.span[0]:np.span[1]], "span": list(np.span), "code": e.code,
            "sector": e.sector, "identifier_id": e.identifier_id, "identifier_text": e.identifier_text,
            "name_ar": e.name_ar, "office": e.office,
        })
    return out
