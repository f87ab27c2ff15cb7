"""Parenthetical asides: «وزارة الدفاع الأميركية (البنتاغون)», «الرئيس لوكاشنكو (63 عاماً)», «سنجار (80 كلم غرب
الموصل)».

A short group in round brackets right after a word glosses it (an acronym, another name, an age, where a place
lies); a reader passes over it, and so do the stages from the mention finder on: they read the sentence without it,
so that it parts no title from its name and no verb from its subject, object or the noun it governs. A name coded
inside the brackets lends its code to the phrase it glosses when that phrase names no one itself. Nothing in a
dateline is left out («دمشق (سانا) -»).
"""
from __future__ import annotations

from dataclasses import replace

from ..schema import Sentence, Token
from .mentions import CLOSING_QUOTES, NP

MAX_ASIDE_TOKENS = 6  # the bracketed words and marks; a longer group may tell something of its own


def _glossable(tok: Token) -> bool:
    return tok.is_word or tok.text in CLOSING_QUOTES


def bracket_asides(tokens: list[Token], start: int = 0) -> list[tuple[int, int]]:
    """(opening, closing) indices of the short bracketed groups right after a word, from token `start` on."""
    out = []
    k = max(start, 1)
    while k < len(tokens):
        if tokens[k].text == "(" and _glossable(tokens[k - 1]):
            close = next((j for j in range(k + 1, min(len(tokens), k + MAX_ASIDE_TOKENS + 2))
                          if tokens[j].text in "()"), None)
            if close is not None and close > k + 1 and tokens[close].text == ")":
                out.append((k, close))
                k = close + 1
                continue
        k += 1
    return out


def without_asides(sent: Sentence, start: int = 0) -> tuple[Sentence, dict[int, list[Token]]]:
    """`sent` without its bracketed asides (from token `start` on), and the words of each aside by the index,
    in the shorter sentence, of the token it follows."""
    asides = bracket_asides(sent.tokens, start)
    if not asides:
        return sent, {}
    kept: list[Token] = list(sent.tokens[:asides[0][0]])
    glosses: dict[int, list[Token]] = {}
    for n, (opening, closing) in enumerate(asides):
        glosses[len(kept) - 1] = sent.tokens[opening + 1:closing]
        kept.extend(sent.tokens[closing + 1:asides[n + 1][0] if n + 1 < len(asides) else len(sent.tokens)])
    return Sentence(sent.span, sent.paragraph, kept), glosses


def lend_codes(tokens: list[Token], nps: list[NP], glosses: dict[int, list[NP]]) -> list[NP]:
    """`nps` with each mention that an aside follows and that names no one itself (uncoded, or only sector nouns
    coded from the context) given the first coded name in the aside («قوات الدعم السريع (الجنجويد)», «مستشار
    الأمن القومي (تساحي هنغبي)»)."""
    out = []
    for np in nps:
        end = np.last_token
        if end + 1 < len(tokens) and tokens[end + 1].text in CLOSING_QUOTES:
            end += 1  # a name closed by quotes: «"قوات سوريا الديمقراطية" (قسد)»
        coded = next((g for g in glosses.get(end, ()) if g.code), None)
        names_none = np.code is None or all(kind == "agent" for kind in np.kinds)
        out.append(replace(np, entity=coded.entity, kinds=coded.kinds) if coded and names_none else np)
    return out
