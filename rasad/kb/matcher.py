"""A token trie: finds multi-word names (or trigger phrases) in tokenised text.

Each text token offers several keys (its clitic analyses); a phrase matches when every word of
the phrase equals one of the keys of consecutive tokens. Leftmost-longest matches win.
pyahocorasick works on characters and cannot try several analyses per token, hence this trie.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from typing import Callable, Generic, Iterable, Optional, Sequence, TypeVar

from ..schema import Token
from ..text.normalize import normalize
from ..text.tokens import TOKEN_RE, strip_article

T = TypeVar("T")
_END = ""  # trie slot holding the payloads of a complete phrase (no key is empty)
# a dash inside a name is no part of it: «الحركة الشعبية لتحرير السودان – قطاع الشمال» is the name without it
_DASHES = frozenset("-–—")
# nor is «acting» inside a title: «الممثلة الخاصة بالإنابة للأمين العام» is «الممثلة الخاصة للأمين العام»
_ACTING = frozenset(normalize(w) for w in ("بالإنابة", "بالوكالة"))


HAMZA_ALEF_LAM = ("أل", "إل")


@lru_cache(maxsize=65_536)
def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The trie path of a phrase: its words normalised, the article removed.

    A word written with a hamza on its first alef («ألماني», «إلهام») starts with a root letter, not
    the article, so it keeps its «ال» after normalisation. Latin letters are lower-cased, as a text
    token's key is («صندوق 1MDB»).
    """
    return tuple(normalize(w) if w.startswith(HAMZA_ALEF_LAM) else strip_article(normalize(w).lower())
                 for w in map(_without_conjunction_before_hamza, TOKEN_RE.findall(phrase)) if normalize(w))


# the press writes «أمريكا/أمريكي» and «أميركا/أميركي» alike: a name listed with one is matched with the other
_AMERICA_SPELLINGS = ("امريك", "اميرك")


def _other_america_spelling(key: str) -> str:
    a, b = _AMERICA_SPELLINGS
    return key.replace(a, b) if a in key else key.replace(b, a)


def _without_conjunction_before_hamza(word: str) -> str:
    """«وإدارة» → «إدارة»: a text token of «و» or «ف» before «إ» has no key with its conjunction (the tokenizer's
    `_CLITIC_BEFORE_HAMZA_BELOW`), so neither has a name's word («المركز الوطني للأمن وإدارة الأزمات»)."""
    return word[1:] if word[:2] in ("وإ", "فإ") and len(word) > 2 else word


class TokenTrie(Generic[T]):
    def __init__(self) -> None:
        self._root: dict = {}
        self.size = 0
        self.last_words: set[str] = set()  # a match ends on a token with one of these keys

    def add(self, words: Sequence[str], payload: T) -> None:
        if not words:
            return
        words = [w for w in words if w not in _DASHES] or list(words)
        node = self._root
        for w in words:
            node = node.setdefault(sys.intern(w), {})  # as the text layer's keys are
        node.setdefault(_END, []).append(payload)
        self.last_words.add(sys.intern(words[-1]))
        self.size += 1

    def may_end_in(self, token_keys: Iterable[Iterable[str]]) -> bool:
        """Whether some token, by one of its keys, could be the last of a phrase: without one no match can
        complete, and `find_all` need not be run."""
        ends = self.last_words
        return bool(ends) and any(not ends.isdisjoint(keys) for keys in token_keys)

    def add_phrase(self, phrase: str, payload: T) -> None:
        """Add the phrase under its keys, and under the other press spelling of «أمريكي/أميركي» when it has one."""
        keys = phrase_keys(phrase)
        self.add(keys, payload)
        if any(_AMERICA_SPELLINGS[0] in k or _AMERICA_SPELLINGS[1] in k for k in keys):
            self.add(tuple(_other_america_spelling(k) for k in keys), payload)

    def match_at(self, tokens: Sequence[Token], i: int, stem: bool = False,
                 token_keys: Optional[Sequence[Iterable[str]]] = None,
                 stop: Optional[int] = None) -> tuple[int, list[T]]:
        """Longest match starting at token i and ending before token `stop`: (index of its last
        token, payloads) or (-1, []). `token_keys`, when given, are the keys of each token to try
        instead of its `keys` (or `stem_keys` with `stem`)."""
        best_end, best = -1, []
        frontier = [self._root]
        j = i
        n = len(tokens) if stop is None else min(stop, len(tokens))
        while frontier and j < n:
            if j > i and (tokens[j].text in _DASHES or tokens[j].norm in _ACTING):
                j += 1
                continue
            keys = token_keys[j] if token_keys is not None else tokens[j].stem_keys if stem else tokens[j].keys
            nxt = []
            for node in frontier:
                for k in keys:
                    child = node.get(k)
                    if child is not None:
                        nxt.append(child)
            if not nxt:
                break
            for node in nxt:
                payload = node.get(_END)
                if payload:
                    if j > best_end:
                        best_end, best = j, list(payload)
                    elif j == best_end:
                        best.extend(p for p in payload if p not in best)
            frontier = nxt
            j += 1
        return best_end, best

    def find_all(self, tokens: Sequence[Token], stem: bool = False, skip: Iterable[int] = (),
                 token_keys: Optional[Sequence[Iterable[str]]] = None,
                 accept: Optional[Callable[[int, int, list[T]], bool]] = None) -> list[tuple[int, int, list[T]]]:
        """Leftmost-longest, non-overlapping matches: (first token, last token, payloads). A match of
        several words that `accept` refuses gives way to the longest shorter one."""
        skip = skip if isinstance(skip, (set, frozenset)) else set(skip)
        n = len(tokens)
        disjoint = self._root.keys().isdisjoint
        # only a word some phrase starts with can start a match (most words start none)
        if token_keys is not None:
            starts = [i for i, (t, keys) in enumerate(zip(tokens, token_keys)) if t.is_word and not disjoint(keys)]
        elif stem:
            starts = [i for i, t in enumerate(tokens) if t.is_word and not disjoint(t.stem_keys)]
        else:
            starts = [i for i, t in enumerate(tokens) if t.is_word and not disjoint(t.keys)]
        # a phrase may not run into a skipped token, but a shorter one may end before it
        next_skip = None
        if skip:
            next_skip = [n] * (n + 1)
            for k in range(n - 1, -1, -1):
                next_skip[k] = k if k in skip else next_skip[k + 1]
        out = []
        resume = 0
        for i in starts:
            if i < resume or i in skip:
                continue
            end, payloads = self.match_at(tokens, i, stem, token_keys, next_skip[i + 1] if next_skip else n)
            while accept is not None and end > i and not accept(i, end, payloads):
                end, payloads = self.match_at(tokens, i, stem, token_keys, end)
            if end >= 0:
                out.append((i, end, payloads))
                resume = end + 1
        return out
