"""Tokenisation with Arabic clitic analysis.

A token keeps its span in the original text. Its clitic analysis gives

* `keys`: the matching forms with proclitics removed — conjunctions و ف, prepositions ب ل ك,
  the future prefix س and the article ال (also the assimilated لل) — used to look names and
  trigger words up without listing «وبالرياض» beside «الرياض»;
* `stem_keys`: `keys` plus forms with a pronoun suffix removed («زيارته» → «زياره»);
* `proclitics` / `enclitic`: one segmentation, chosen with a vocabulary of known words so that
  words whose letters merely look like clitics («وزير», «بغداد», «كما», «لبنان») stay whole.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

from ..schema import Token
from .normalize import normalize, normalize_keep_ta

_AR = "\u0621-\u063A\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF"
_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED"
_DIGITS = "0-9\u0660-\u0669\u06F0-\u06F9"
TOKEN_RE = re.compile(
    rf"[{_AR}][{_AR}{_MARKS}]*"  # Arabic word (marks inside it)
    rf"|[{_DIGITS}]+(?:[.,\u066B\u066C][{_DIGITS}]+)*"  # number
    rf"|[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:-[A-Za-z0-9]+)*"  # Latin word (F-35)
    r"|\S"
)

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي")
IMPERFECT_PREFIXES = "يتنا"  # the imperfect verb's person prefixes, after which «س» marks the future
MIN_STEM = 2
# two-letter words opening with alef that take a pronoun suffix («أنهما», «أبوه», «أيهما»); any other alef and letter
# before one begin a longer word («اتهما» is the dual of «اتهم», not «آت» with «هما»)
_ALEF_HOSTS = frozenset({"ان", "اب", "اخ", "ام", "اي"})
_MAX_CACHED_WORDS = 300_000
_MISSING = object()


def _proclitic_analyses(word: str) -> list[tuple[str, str]]:
    """All (proclitics, stem) splits of a normalised word, the unsplit word first."""
    out = [("", word)]
    for conj in _CONJ:
        if not word.startswith(conj):
            continue
        rest = word[len(conj):]
        for prep in _PREP:
            if not rest.startswith(prep):
                continue
            stem = rest[len(prep):]
            pre = conj + prep
            if pre and len(stem) >= MIN_STEM:
                out.append((pre, stem))
            if stem.startswith("ال") and len(stem) - 2 >= MIN_STEM:
                out.append((pre + "ال", stem[2:]))
            if prep == "ل" and stem.startswith("ل") and len(stem) - 1 >= MIN_STEM:
                out.append((pre + "ل", stem[1:]))  # لل = ل + ال with the alef dropped
            if not prep and stem.startswith("س") and len(stem) > 3 and stem[1] in IMPERFECT_PREFIXES:
                out.append((conj + "س", stem[1:]))
    seen: set[str] = set()
    uniq = []
    for pre, stem in out:
        if stem not in seen:
            seen.add(stem)
            uniq.append((pre, stem))
    return uniq


def _enclitic_splits(stem: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(enclitic, base, lookup forms of the base) for each pronoun suffix `stem` may carry."""
    out = []
    for enc in _ENCLITICS:
        if stem.endswith(enc) and len(stem) - len(enc) >= MIN_STEM:
            base = stem[: -len(enc)]
            forms = [base]
            if base.endswith("ت"):
                forms.append(base[:-1] + "ة")  # ta marbuta is written ت before a suffix
            elif base.endswith("ئ") or base.endswith("ؤ"):
                forms.append(base[:-1] + "ء")
            elif base.endswith("و") and len(base) >= 4:
                forms.append(base + "ا")  # a plural verb drops its alef before a pronoun: «أعدموهم»
            elif base.endswith("ا") and len(base) >= 3:
                forms.append(base[:-1] + "ى")  # a final «ى» is written «ا» before a pronoun: «التقاه», «استدعاه»
            out.append((enc, base, tuple(forms)))
    return out


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(keys, stem_keys) of a word normalised with `normalize_keep_ta`; keys are fully normalised."""
    light = tuple(stem for _, stem in _proclitic_analyses(word))
    keys = _unique(normalize(k) for k in light)
    stems = list(keys)
    for k in light:
        for _, _, forms in _enclitic_splits(k):
            stems.extend(normalize(f) for f in forms)
        if k.endswith("ا") and len(k) >= 4 and not k.endswith("ها"):
            # indefinite accusative: «هجوما», «احتجاجا», «انسحابا» (a final «ها» is the pronoun: «مصالحها» is
            # her interests, never an accusative «مصالحة», which keeps its «ة»)
            stems.append(normalize(k[:-1]))
        if k[:1] in "يت" and k.endswith("ان") and len(k) >= 5:
            # the dual of an imperfect verb: «يحظران», «تتبادلان», «يلتقيان» (the listed form is the singular)
            stems.append(normalize(k[:-2]))
    return keys, _unique(stems)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def strip_article(norm: str) -> str:
    """The form a knowledge-base or lexicon entry word is stored under."""
    if norm.startswith("ال") and len(norm) - 2 >= MIN_STEM:
        return norm[2:]
    return norm


class Segmenter:
    """Chooses one clitic segmentation per word, guided by a vocabulary of known words."""

    def __init__(self, vocabulary: Iterable[str] = ()):
        self._known = set(default_vocabulary())
        self._known.update(normalize(w) for w in vocabulary)
        self._cache: dict[str, tuple[str, str, str]] = {}
        self._analyses: dict[str, tuple] = {}
        self._surfaces: dict[str, Optional[tuple]] = {}

    def add_words(self, words: Iterable[str]) -> None:
        self._known.update(words)
        self._cache.clear()
        self._analyses.clear()
        self._surfaces.clear()

    def analyse(self, light: str, norm: str) -> tuple[tuple[str, ...], tuple[str, ...], str, str]:
        """(keys, stem_keys, proclitics, enclitic) of a word, cached per word form."""
        hit = self._analyses.get(light)
        if hit is None:
            keys, stem_keys = word_keys(light)
            pre, stem, enc = self.segment(light)
            if pre and self._known_stem(stem):
                # the segmentation found a known word: shorter words are other readings («وبحث» ≠ «حث»,
                # «وكانت» ≠ «انت»)
                core = strip_article(normalize(stem))

                def other_word(k: str) -> bool:
                    return len(k) < len(core) and not core.startswith(k)

                keys = tuple(k for k in keys if not other_word(k))
                stem_keys = tuple(k for k in stem_keys if not other_word(k))
            if not pre and self.is_known(light):
                # A known word is not read as clitics + a shorter word («كما», «وزارتي»).
                keys = _unique((norm, strip_article(norm)))
                stem_keys = _unique(keys + tuple(
                    k for k in stem_keys if norm.startswith(k[:-1]) or norm[2:].startswith(k[:-1])))
            elif not pre and _tanween_of_known(norm, self._known_stem):
                # nor is a known word with the alef of the accusative's tanween: «بنوداً» is no «ب» + «نودا»
                keys = tuple(k for k in keys if norm.startswith(k))
                stem_keys = tuple(k for k in stem_keys if norm.startswith(k))
            hit = (keys, stem_keys, pre, enc)
            if len(self._analyses) >= _MAX_CACHED_WORDS:
                self._analyses.clear()  # keep memory bounded on endless streams
            self._analyses[light] = hit
        return hit

    def surface(self, surface: str):
        """`_analyse_surface` of a word as written, cached per written form."""
        hit = self._surfaces.get(surface, _MISSING)
        if hit is _MISSING:
            hit = _analyse_surface(surface, self)
            if len(self._surfaces) >= _MAX_CACHED_WORDS:
                self._surfaces.clear()  # keep memory bounded on endless streams
            self._surfaces[surface] = hit
        return hit

    def segment(self, norm: str) -> tuple[str, str, str]:
        """Return (proclitics, stem, enclitic) for a normalised word."""
        hit = self._cache.get(norm)
        if hit is None:
            hit = self._segment(norm)
            self._cache[norm] = hit
        return hit

    def is_known(self, word: str) -> bool:
        """Whether `word` (or its form without a pronoun suffix) is a known word as it stands."""
        if self._known_stem(word):
            return True
        return any(self._known_stem(f) for _, _, forms in _enclitic_splits(word) for f in forms)

    def _known_stem(self, stem: str) -> bool:
        stem = normalize(stem)
        return stem in self._known or strip_article(stem) in self._known

    def _segment(self, norm: str) -> tuple[str, str, str]:
        known = self._known_stem
        analyses = _proclitic_analyses(norm)
        if known(norm) or _tanween_of_known(norm, known):
            return "", norm, ""
        # A known stem after removing proclitics and/or a pronoun suffix; the longest known stem
        # wins («وبحث» is و + «بحث», not و + ب + «حث»).
        for pre, stem in sorted(analyses[1:], key=lambda a: (-len(strip_article(a[1])), -len(a[0]))):
            if known(stem):
                return pre, stem, ""
        for pre, stem in analyses:
            for enc, base, forms in _enclitic_splits(stem):
                if not (len(base) == 2 and base[0] == "ا" and base not in _ALEF_HOSTS) and any(known(f) for f in forms):
                    return pre, base, enc
        # Unknown word: the article and what precedes it are unambiguous; a bare proclitic is
        # split off only when a long stem remains.
        for pre, stem in analyses[1:]:
            if pre.endswith("ال") or pre.endswith("لل"):
                return pre, stem, ""
        for pre, stem in sorted(analyses[1:], key=lambda a: -len(a[0])):
            if pre.endswith("س"):
                if len(stem) >= 4 and stem[0] != "ا":
                    # future prefix on an imperfect verb: «ستشمل», «وسيعقد»; an unknown «سا…» is a name
                    # («سابورو», «سانتياغو») more often than «سأ…» of one speaking of himself
                    return pre, stem, ""
                continue
            if len(stem) >= (3 if len(pre) >= 2 else 5):
                return pre, stem, ""
        return "", norm, ""


def _tanween_of_known(norm: str, known) -> bool:
    """`norm` is a known word with the alef of the accusative's tanween («بنوداً»); not after letters a pronoun
    suffix ends in («لديها», «بيننا», «لكما»)."""
    return len(norm) > 3 and norm.endswith("ا") and norm[-2] not in "هنم" and known(norm[:-1])


@lru_cache(maxsize=1)
def default_vocabulary() -> frozenset[str]:
    """Common words whose first letters look like proclitics (shipped with the package)."""
    text = resources.files("rasad.text").joinpath("data/words.txt").read_text(encoding="utf-8")
    return frozenset(normalize(w) for w in text.split() if w and not w.startswith("#"))


def tokenize(text: str, start: int = 0, end: int | None = None,
             segmenter: Segmenter | None = None) -> list[Token]:
    """Tokenise ``text[start:end]``; spans are offsets into `text`."""
    out: list[Token] = []
    analyse = segmenter.surface if segmenter is not None else _analyse_alone
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        surface = m.group()
        analysis = analyse(surface)
        if analysis is not None:
            out.append(Token(surface, m.span(), *analysis))
    return out


def _analyse_alone(surface: str):
    return _analyse_surface(surface, None)


# «إ» only begins a word, so a letter before it is a clitic: «وإلى», «فإن», «لإطلاق», «بإسرائيل»
_CLITIC_BEFORE_HAMZA_BELOW = frozenset({"وإ", "فإ", "لإ", "بإ", "كإ"})
# nor does a word begin with «وأ» or «فأ» but for a few short nouns («فأر», «فأس», «فأل», «وأد»): «فأيّد» is «ف» +
# «أيّد» even where the normalised whole, «فايد», is a known name
_CONJUNCTION_BEFORE_HAMZA = frozenset({"وأ", "فأ"})
_SHORT_HAMZA_NOUN = 3  # letters of «فأر» and its kin


def _analyse_surface(surface: str, segmenter: Optional["Segmenter"]):
    """(norm, keys, stem_keys, proclitics, enclitic, is_word) of a surface word, or None when it
    normalises to nothing."""
    norm = normalize(surface)
    if not norm:
        return None
    is_word = norm[0].isalpha() or norm[0].isdigit()
    if is_word and norm[0] >= "\u0600":
        light = normalize_keep_ta(surface)
        if segmenter is not None and (surface[:2] in _CLITIC_BEFORE_HAMZA_BELOW and len(norm) > 2
                                      or surface[:2] in _CONJUNCTION_BEFORE_HAMZA and len(norm) > _SHORT_HAMZA_NOUN):
            # the letter before «إ» is a clitic even when the whole word is a known one (normalised,
            # «وإلى» would read as «والي», a governor)
            keys, stem_keys, pre, enc = segmenter.analyse(light[1:], norm[1:])
            if norm[0] not in "وف" or surface[:2] in _CONJUNCTION_BEFORE_HAMZA:
                # the whole word stays a key too: a phrase may be written with its preposition («تبادل لإطلاق
                # النار»), a name with «وأ» inside it («وكالة الأمن السيبراني وأمن البنية التحتية»)
                keys, stem_keys = (norm,) + keys, (norm,) + stem_keys
            pre = norm[0] + pre
        elif segmenter is not None:
            keys, stem_keys, pre, enc = segmenter.analyse(light, norm)
        else:
            keys, stem_keys = word_keys(light)
            pre = enc = ""
    else:
        keys = stem_keys = (norm.lower(),)
        pre = enc = ""
    # interned, a key found in a trie or a word list compares by identity, not letter by letter
    intern = sys.intern
    return (intern(norm), tuple(map(intern, keys)), tuple(map(intern, stem_keys)), intern(pre), intern(enc),
            is_word)
