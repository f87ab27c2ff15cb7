"""The compiled knowledge base: entries plus a token trie over all their names."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from ..text.normalize import normalize, normalize_keep_ta
from .cache import cached_index
from .loader import KBError, expand_paths, load_entries, shipped_files, user_files
from .matcher import HAMZA_ALEF_LAM, TokenTrie, phrase_keys
from .model import KBEntry


@dataclass(frozen=True)
class NameRef:
    """One way of naming an entry: the kind of mention it makes ('capital', 'demonym' …)."""

    entry: KBEntry
    kind: str


_VOWEL_LETTERS = str.maketrans("", "", "اوي")


def skeleton(word: str) -> str:
    """A transliterated name without its inner long-vowel letters («ماكغيرك», «مكغورك» → «مكغرك»);
    the last letter stays, so «سليماني» and «سليمان» do not meet."""
    if len(word) < 3:
        return word
    return word[:1] + word[1:-1].translate(_VOWEL_LETTERS) + word[-1]


MIN_SKELETON = 5


def respelt_vowels(word: str, name_word: str) -> bool:
    """`word` is `name_word` with long-vowel letters only added or left out («باهنغا» of «باهانغا»), not moved or
    changed: «دستوري» shares the skeleton of «دوستري» but is the Arabic adjective "constitutional"."""
    shorter, longer = sorted((word, name_word), key=len)
    letters = iter(longer)
    return skeleton(word) == skeleton(name_word) and all(c in letters for c in shorter)


_NISBA_SUFFIXES = ("", "ة", "ون", "ين", "ان", "تان", "تين", "ات", "ا")  # «فلسطينيا»
# endings after which no tanween alef is written or that already inflect («مغاربة», «عاجيون»)
_INFLECTED_ENDINGS = ("ة", "ه", "ا", "ى", "ون", "ين", "ات")
_OFFICE_HOLDER_SECTORS = frozenset({"GOV", "LEG", "JUD", "ELI", "PTY"})  # «رئيساً» is a predicate, not a party


def demonym_forms(stem: str) -> list[str]:
    """Feminine, dual and plural forms of a masculine nisba adjective («سعودي» → «سعودية» …); in a
    nisba of two words each adjective agrees («كوري جنوبي» → «كورية جنوبية», «جنوب أفريقي» →
    «جنوب أفريقية»)."""
    words = [_nisba_stem(w) for w in stem.split()]
    if not words[-1].endswith("ي"):
        return [" ".join(words)]
    return [" ".join(w + suffix if w.endswith("ي") else w for w in words) for suffix in _NISBA_SUFFIXES]


def _nisba_stem(word: str) -> str:
    """One word of a nisba as stored: normalised, keeping «ة» and a leading «أل» that is no article."""
    hamza = word.startswith(HAMZA_ALEF_LAM)  # «ألماني»: the «ال» is part of the word (see phrase_keys)
    word = normalize_keep_ta(word)
    return "أ" + word[1:] if hamza else word


# second given names that Persian-style spelling joins to «محمد»: «محمدرضا عارف», «محمدجواد ظريف»
_JOINED_AFTER_MOHAMMAD = frozenset("رضا جواد علي حسين باقر مهدي حسن تقي كاظم صادق اسماعيل ابراهيم هادي امين".split())


def spelling_variants(name: str) -> list[str]:
    """Other ways the press writes a person's name: «عبد الله» joined or apart («عبدالله»), and
    «محمد» joined to a Persian second name («محمد رضا» / «محمدرضا»)."""
    words = name.split()
    out = []
    for i, (w, nxt) in enumerate(zip(words, words[1:])):
        if w == "عبد" or (i == 0 and w == "محمد" and normalize_keep_ta(nxt) in _JOINED_AFTER_MOHAMMAD):
            out.append(" ".join(words[:i] + [w + nxt] + words[i + 2:]))
    for i, w in enumerate(words):
        if w.startswith("عبدال") and len(w) > 6:
            out.append(" ".join(words[:i] + ["عبد", w[3:]] + words[i + 1:]))
    return out


class KnowledgeBase:
    def __init__(self, entries: Iterable[KBEntry], problems: Optional[list[str]] = None):
        self.entries = list(entries)
        self.problems = problems or []
        self.trie: TokenTrie[NameRef] = TokenTrie()
        # One-word names written with the article («القاعدة») that must carry it in the text too:
        # without it the word is a common noun («قاعدة عسكرية»).
        self.definite_only: set[tuple[str, str]] = set()
        # Groups' one-word names that are also common words («فتح»): (entry id, key) of each.
        self.context_only: set[tuple[str, str]] = set()
        # One-word names of places spelt only with a final «ه» («عاليه»): a word written with «ة» is another word
        # («عالية», high), though normalising merges the two letters: (entry id, key) of each.
        self.ha_only: set[tuple[str, str]] = set()
        # People's names by consonant skeleton: foreign names are spelled with varying vowels.
        self.skeletons: TokenTrie[NameRef] = TokenTrie()
        self.by_id: dict[str, KBEntry] = {}
        for e in self.entries:
            self.by_id.setdefault(e.id, e)
            self._index(e)
        # built with the index (and cached with it: a third of a second of every start otherwise)
        self._vocabulary, self._article_words, self._inner_words = self._name_words()

    def _definite_only(self, e: KBEntry, name: str) -> None:
        """A one-word name written with the article names the entry only with it («الرياض», not the
        first name «رياض»), unless the entry also lists the bare word («جمهوريون» for «الجمهوريون»)."""
        words = phrase_keys(name)
        if len(words) == 1 and normalize_keep_ta(name).startswith("ال") and not any(
                not normalize_keep_ta(other).startswith("ال") and phrase_keys(other) == words for other in e.names):
            self.definite_only.add((e.id, words[0]))

    def _ha_only(self, e: KBEntry) -> None:
        """The one-word names of the entry's places that it spells with a final «ه» and never with «ة»."""
        names = (*e.names, *e.capitals, *e.places)
        with_ta = {phrase_keys(n) for n in names if n.endswith("ة")}
        for n in names:
            words = phrase_keys(n)
            if len(words) == 1 and n.endswith("ه") and words not in with_ta:
                self.ha_only.add((e.id, words[0]))

    def _index(self, e: KBEntry) -> None:
        add = self.trie.add_phrase
        if e.kind == "country":
            self._ha_only(e)
            for n in (*e.names, *e.capitals, *e.seats, *e.places):
                self._definite_only(e, n)  # «الرياض» the capital, «رياض» a first name
            for n in e.names:
                add(n, NameRef(e, "country"))
            for n in e.capitals:
                add(n, NameRef(e, "capital"))
            for n in e.seats:
                add(n, NameRef(e, "seat"))
            for stem in e.demonyms:
                for form in demonym_forms(stem):
                    add(form, NameRef(e, "demonym"))
            for n in e.demonym_forms:
                add(n, NameRef(e, "demonym"))
                if not n.endswith(_INFLECTED_ENDINGS):
                    add(n + "ا", NameRef(e, "demonym"))  # a broken plural in the accusative: «مسؤولين أتراكاً»
            for n in e.places:
                add(n, NameRef(e, "place"))
        else:
            for n in e.names:
                add(n, NameRef(e, e.kind))
                if e.kind == "person":
                    for variant in spelling_variants(n):
                        add(variant, NameRef(e, e.kind))
                if e.kind in ("group", "organisation") or e.adjective:
                    self._definite_only(e, n)
                if e.kind == "agent" and " " not in n.strip() and not n.endswith(_INFLECTED_ENDINGS) \
                        and e.roles and e.roles[0].sector not in _OFFICE_HOLDER_SECTORS:
                    # a one-word crowd, force or trade in the indefinite accusative: «اعتقلت الشرطة ناشطاً», «قتلت
                    # جنوداً» (not an office: «انتُخب رئيساً» names no one)
                    add(phrase_keys(n)[0] + "ا", NameRef(e, e.kind))
                if e.kind == "person":
                    words = tuple(skeleton(w) for w in phrase_keys(n))
                    if words and all(len(w) >= MIN_SKELETON for w in words[-1:]):
                        self.skeletons.add(words, NameRef(e, "person"))
            for n in e.context_names:
                add(n, NameRef(e, e.kind))
                self.context_only.add((e.id, phrase_keys(n)[0]))

    def vocabulary(self) -> frozenset[str]:
        """Every word of every name, as stored in the trie (for the clitic segmenter)."""
        return self._vocabulary

    def article_words(self) -> frozenset[str]:
        """The vocabulary's words that every name writes with the article («بلقاء» of «محافظة البلقاء»)."""
        return self._article_words

    def inner_words(self) -> frozenset[str]:
        """The vocabulary's words that only stand inside the names of bodies and places, never first or last or
        alone («بمجلس» of «مكتب شؤون تايوان بمجلس الدولة الصيني»)."""
        return self._inner_words

    def _name_words(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The vocabulary, those of its words no name writes without the article, and those inside names only."""
        words: set[str] = set()
        whole: set[str] = set()  # one-word names («وجدة», «واشنطن»), kept whole whatever they start with
        states: set[str] = set()  # one-word names of states and capitals
        first: set[str] = set()  # words that open a name («وليد» in «وليد جنبلاط»)
        last: set[str] = set()  # words that close one
        personal: set[str] = set()  # words of people's names (a title inside one: «القائم بأعمال المرشد …»)
        bare: set[str] = set()  # words some name writes without the article
        articled: set[str] = set()  # words some name writes with it
        for e in self.entries:
            for n in (*e.names, *e.capitals, *e.seats, *e.places, *e.demonym_forms, *e.context_names):
                keys = phrase_keys(n)
                words.update(keys)
                for w in n.split():
                    (articled if normalize(w).startswith("ال") else bare).update(phrase_keys(w))
                if keys:
                    first.add(keys[0])
                    last.add(keys[-1])
                if e.kind == "person":
                    personal.update(keys)
                if len(keys) == 1:
                    whole.update(keys)
            if e.kind == "country":
                states.update(k[0] for k in map(phrase_keys, (*e.names, *e.capitals)) if len(k) == 1)
        # «لمجلس» in «الأمين العام لمجلس التعاون» is ل + «مجلس», «وجزر» in «سانت فنسنت وجزر غرينادين»
        # و + «جزر», «والأمم» in «بعثة الاتحاد الأفريقي والأمم المتحدة» و + ال + «أمم», «بمصر» ب + a
        # state: not words to keep whole, or «والأمم المتحدة» would no longer be the UN anywhere
        def compound(w: str) -> bool:
            if len(w) < 4:
                return False
            if w[:2] == "لل" and len(w) >= 5:
                return True  # «الهيئة الوطنية للإعلام»: ل + ال, whatever the rest; no name word starts so
            if w[:1] == "ب":  # «مكتب الأمم المتحدة باليمن»; not «باراك», «بالتيمور»
                # (nor ب + the article on a word names write with it: a body «… بالنجف» or the surname «بالشيخ»
                # would hide the city in «اجتماع بالنجف» and the emir in «اتصال بالشيخ تميم»; a surname such as
                # «بالحاج» keeps its whole form among the token's keys and is still found)
                return w[1:] in states or (w[1:3] == "ال" and (w[3:] in states or w[3:] in articled))
            if w[:1] == "و" and w not in first:
                return True  # «ورفض» in «التحالف الوطني لدعم الشرعية ورفض الانقلاب» is و + a verb, met only inside a name
            return w[:1] in ("ل", "و") and (w[1:] in words or (w[1:3] == "ال" and w[3:] in words))

        vocabulary = frozenset(w for w in words if w in whole or not compound(w))
        return vocabulary, vocabulary - bare, vocabulary - first - last - whole - personal


def load_kb(extra: Iterable[str | os.PathLike] = (), strict: bool = False,
            include_user: bool = True) -> KnowledgeBase:
    """The shipped KB, then the user's KB directory, then `extra` files; later entries win.

    With `strict`, a file with errors raises KBError; otherwise it is skipped and its problems are
    kept in `KnowledgeBase.problems`.
    """
    paths: list[Path] = shipped_files()
    if include_user:
        paths += user_files(extra)
    else:
        paths += expand_paths(extra)

    def build() -> KnowledgeBase:
        entries, problems = load_entries(paths)
        if strict and problems:
            raise KBError(problems)
        return KnowledgeBase(entries, problems)
    try:
        files = [(p, p.read_bytes()) for p in paths]
    except OSError:
        return build()  # the loader names the unreadable file
    kb = cached_index(files, build)
    if strict and kb.problems:
        raise KBError(kb.problems)
    return kb
