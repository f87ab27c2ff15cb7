"""`rasad kb lookup`: resolve a name or description as the coder would at a date."""
from __future__ import annotations

from datetime import date
from typing import Optional

from ..text.tokens import Segmenter, tokenize
from .knowledge import KnowledgeBase
from .matcher import phrase_keys
from .model import KBEntry

# shorter words are particles; «علي», «حسن» name many office-holders at once and so resolve to none
_MIN_FAMILY_NAME = 3


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
        out.append(_result(text[np.span[0]:np.span[1]], np.span, e))
    words = [t for t in tokens if t.is_word]
    if not out and len(words) == 1 and (holder := family_name_holder(kb, words[0].text, when)) is not None:
        out.append(_result(words[0].text, words[0].span, holder.entity(when)))
    return out


def family_name_holder(kb: KnowledgeBase, word: str, when: Optional[date]) -> Optional[KBEntry]:
    """The one person in office at `when` whose listed full name ends in `word`.

    A family name that is also an ordinary word («العثماني», «حصاد») is not a name of its own in the KB,
    or every harvest in running text would be the minister; a query that is that word alone asks for a
    person, and when exactly one office-holder of the date bears it, it names them."""
    key = phrase_keys(word)
    if when is None or len(key) != 1 or len(key[0]) < _MIN_FAMILY_NAME:
        return None
    holders = {e.id: e for e in kb.entries if e.kind == "person"
               and any(r.covers(when) for r in e.roles)
               and any(len(keys) > 1 and keys[-1] == key[0] for keys in map(phrase_keys, e.names))}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _result(entity_text: str, span, e) -> dict:
    return {
        "entity_text": entity_text, "span": list(span), "code": e.code,
        "sector": e.sector, "identifier_id": e.identifier_id, "identifier_text": e.identifier_text,
        "name_ar": e.name_ar, "office": e.office,
    }
