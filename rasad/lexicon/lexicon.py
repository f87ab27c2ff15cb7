"""Loads and validates the trigger lexicon (`data/*.yaml`, format in docs/lexicon-format.md)."""
from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

import yaml

from ..cache import cached, paths_stem, source_digest
from ..kb.matcher import TokenTrie, phrase_keys
from ..ontology import Ontology, load_ontology
from ..text.normalize import normalize

FRAMES = frozenset({"meet", "visit", "directed", "undirected", "passive", "participle", "consequence", "follow",
                    "reciprocate"})
REQUIRES_WINDOW = 26  # «وقعت الإمارات وإسرائيل اتفاقية»: the object noun follows the subject
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(ValueError):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


IMPERFECT_PREFIXES = ("ي", "ت", "ن")
_DIACRITICS = "".join(map(chr, range(0x064B, 0x0653)))


@dataclass(frozen=True)
class LexiconEntry:
    id: str
    event: str
    mode: Optional[str]
    cameo: str
    pos: str  # verb | noun
    frame: str
    preps: tuple[str, ...]
    object: bool
    genitive: str  # actor | recipient (nouns)
    confidence: float
    forms: tuple[str, ...]
    requires: tuple[str, ...] = ()  # trie keys of which one must follow within `requires_within` tokens
    requires_within: int = REQUIRES_WINDOW
    needs_recipient: bool = False  # reports an event only when the text names whom it is aimed at
    needs_actor: bool = False  # reports an event only when the text names who does it (even for ASSAULT)
    requires_before: bool = False  # the required word comes before the trigger, not after it
    self_directed: bool = False  # with no named recipient, the act is aimed at the actor's own state
    possessive_requires: frozenset[str] = frozenset()  # required keys written only with the pronoun «ه» («سفيره»)
    requires_bare: bool = False  # the required word stands without a possessive pronoun («حق X», not «حقها»)
    requires_definite: bool = False  # the required word carries the article («الأسلحة», not «بصواريخ»)
    requires_subject: bool = False  # the required word is the doer («أوقفت الشرطة …»), not the object
    requires_place: bool = False  # a named place behind one of `preps`, within reach, also counts as required
    said_only: bool = False  # reports an event only inside what a party is said to say («قال إن …», «أعلن أن …»)
    requires_resumed: bool = False  # the required noun may also come right before the verb that takes it back with a
    # pronoun («رسالة بعث بها ترامب», «الرسالة التي وجهها»)
    we_forms: tuple[str, ...] = ()  # the first person plural of a verb listed in the third («اتفقنا», «نعمل»)
    we_words: frozenset[str] = frozenset()  # normalised first words of every first person plural, listed or derived
    # the plural and feminine dual of a listed perfect («توصلوا», «توصلتا») and the subjunctive of a listed plural
    # or dual imperfect («أن يلتقيا», «لن يتفاوضوا»), where the entry does not list them
    agreement_forms: tuple[str, ...] = ()
    # the keys of every required word or phrase; a phrase of several words («منظمة إرهابية») counts only
    # whole, its first word alone («منظمة») does not
    required_phrases: tuple[tuple[str, ...], ...] = ()

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The normalised first word of every listed form."""
        return frozenset(phrase_keys(f)[0] for f in self.forms)

    @cached_property
    def article_verb_words(self) -> frozenset[str]:
        """The first words of a verb that only forms written with their own «ال» have («تقي» of «التقى», «تمست» of
        «التمست»): a word matching one of them without the «ال» is not the verb («محمد تقي مؤيد»)."""
        if self.pos != "verb":
            return frozenset()

        def stripped(form: str) -> bool:  # the key lost the «ال» the form is written with (not «ألغى»'s «أل»)
            word = normalize(form.split()[0]).lower()
            return word.startswith("ال") and phrase_keys(form)[0] == word[2:]

        forms = self.forms + self.we_forms + self.agreement_forms
        return frozenset({phrase_keys(f)[0] for f in forms if stripped(f)} - {phrase_keys(f)[0] for f in forms
                                                                              if not stripped(f)})

    @cached_property
    def one_word_forms(self) -> frozenset[str]:
        """The normalised forms of a single word: those that alone name the act («هجوم», not the
        «عملية» of «عملية عسكرية»)."""
        return frozenset(keys[0] for f in self.forms if len(keys := phrase_keys(f)) == 1)

    @cached_property
    def required_single_words(self) -> frozenset[str]:
        """Keys of the required words that count alone (an entry made without `required_phrases`: all)."""
        if not self.required_phrases:
            return frozenset(self.requires)
        return frozenset(phrase[0] for phrase in self.required_phrases if len(phrase) == 1)

    def is_required_word(self, text: str, keys) -> bool:
        """One of the token's keys is a required word — but «السفيرة» (ta marbuta) is not «سفيره»
        (his ambassador), though the two meet once normalised."""
        found = [k for k in keys if k in self.requires]
        if found and text.rstrip(_DIACRITICS).endswith("ة"):
            return any(k not in self.possessive_requires for k in found)
        return bool(found)

    def radical_sin(self, word: str) -> bool:
        """«سيطرت», «وسارع»: the normalised `word` (after a conjunction) is listed with its initial «س»,
        which is then a root letter, not the future prefix."""
        if word[:1] in ("و", "ف") and word[1:2] == "س":
            word = word[1:]
        return word.startswith("س") and word in self.first_words


class Lexicon:
    def __init__(self, entries: Iterable[LexiconEntry]):
        self.entries = list(entries)
        self.trie: TokenTrie[LexiconEntry] = TokenTrie()
        for e in self.entries:
            for form in e.forms + e.we_forms + e.agreement_forms:
                self.trie.add_phrase(form, e)
                if e.pos == "verb" and form.startswith(IMPERFECT_PREFIXES) and not form.startswith("س"):
                    self.trie.add_phrase("س" + form, e)  # «سيزور», «ستعيد فتح»: the future of any imperfect

    def vocabulary(self) -> set[str]:
        return {w for e in self.entries for f in e.forms for w in phrase_keys(f)}

    @cached_property
    def article_verb_words(self) -> frozenset[str]:
        """Every entry's `article_verb_words`: most words are none of them, and need no look at the entries."""
        return frozenset().union(*(e.article_verb_words for e in self.entries))

    @cached_property
    def noun_first_words(self) -> frozenset[str]:
        """The normalised first word of every noun form («استقاله» of «استقالة»)."""
        return frozenset(w for e in self.entries if e.pos == "noun" for w in e.first_words)

    @cached_property
    def by_id(self) -> dict[str, LexiconEntry]:
        """Each entry by its id, for the readings a coder makes of words no form can list."""
        return {e.id: e for e in self.entries}


def _first_person_plurals(e: LexiconEntry) -> list[str]:
    """The «we» forms of a verb entry that lists only the third person: a spokesman quoted saying «اتفقنا مع
    الجانب السعودي», «نعمل مع الصين», «ألغينا الزيارة» speaks for his side. The perfect adds «نا» to the
    stem of a form listed with «ت» or «وا» after it (and «ينا» for a final «ى»); the imperfect takes «ن» for «ي».
    Hollow stems («زار», «أعاد») and those ending in alef («دعا») change more than that and are left alone."""
    listed = set(e.forms)
    out = []
    for word, tail in _active_verb_forms(e):
        # (not «يزورون», «يلتقيان»; nor a short word, like a doubled stem, that is also a noun: «نصف», «حلنا»)
        if word.startswith("ي") and len(word) >= 4 and not word.endswith(("ون", "ان")):
            out.append("ن" + word[1:] + tail)
        elif not word.startswith(IMPERFECT_PREFIXES) and len(word) >= 3:
            stem = word.removesuffix("ى")  # «ألغى», listed with «ألغت» and «ألغوا»
            if not (stem + "ت" + tail in listed or stem + "وا" + tail in listed):
                continue
            if word.endswith("ى"):
                out.append(stem + "ينا" + tail)
            elif not word.endswith("ا") and word[-2] != "ا":
                out.append(word + "نا" + tail)
    return [f for f in out if f not in listed]


def _agreement_forms(e: LexiconEntry) -> list[str]:
    """The forms of a verb entry that agree with more doers than it lists: a perfect listed with its feminine
    («توصل», «توصلت») gives the plural and the feminine dual («توصلوا», «توصلتا»; «ألغى» gives «ألغوا»), and an
    imperfect plural or dual listed with its singular («يتفاوضون», «يلتقيان») gives the subjunctive and jussive
    that drop the «ن» («لن يتفاوضوا», «على أن يلتقيا»)."""
    listed = set(e.forms)
    out = []
    for word, tail in _active_verb_forms(e):
        stem = word.removesuffix("ى")
        if word.startswith(("ي", "ت")) and len(word) >= 5 and word.endswith(("ون", "ان")) and any(
                s + tail in listed for s in (word[:-2], word[:-2] + "ي", word[:-2] + "ى")):
            out.append(word[:-1] + tail if word.endswith("ان") else word[:-2] + "وا" + tail)
        elif stem + "ت" + tail in listed and not word.startswith(("ي", "ن")):
            out += [stem + "وا" + tail, stem + "تا" + tail]
    return list(dict.fromkeys(f for f in out if f not in listed))


def _active_verb_forms(e: LexiconEntry) -> list[tuple[str, str]]:
    """(first word, the rest with its leading space) of each form of a verb entry in the active voice; none for
    nouns, passives and participles."""
    if e.pos != "verb" or e.frame in ("passive", "participle"):
        return []
    return [(word, sep + rest) for word, sep, rest in (form.partition(" ") for form in e.forms)]


def _first_person_words(e: LexiconEntry, we_forms: list[str]) -> frozenset[str]:
    """The normalised first words of the entry's first person plural: derived («اتفقنا»), or listed as such — a
    form «نـ» whose third person «يـ» (or its plural «يـون») is listed too, unlike the perfects «نفى», «ندد», «ناشد»,
    and a future «سنـ» listed beside «سيـ» («سنحاسب», «سيحاسب»)."""
    listed = {normalize(f) for f in e.forms if " " not in f} if e.pos == "verb" else set()
    return frozenset({normalize(f.split()[0]) for f in we_forms} | {
        f for f in listed if f.startswith("ن") and ("ي" + f[1:] in listed or "ي" + f[1:] + "ون" in listed)
        or f.startswith("سن") and "سي" + f[2:] in listed})


def _entry(item: dict, ontology: Ontology) -> LexiconEntry:
    def need(key):
        if item.get(key) in (None, ""):
            raise ValueError(f"missing '{key}'")
        return item[key]

    event = need("event")
    if event not in ontology.types:
        raise ValueError(f"unknown event type {event!r}")
    mode = item.get("mode")
    if mode is not None and mode not in ontology.types[event].modes:
        raise ValueError(f"{event} has no mode {mode!r} (modes: {', '.join(ontology.types[event].modes) or 'none'})")
    cameo = str(item.get("cameo") or ontology.cameo(event, mode))
    if not re.fullmatch(r"\d{2,4}", cameo):
        raise ValueError(f"'cameo' must be 2-4 digits, got {cameo!r}")
    pos = need("pos")
    if pos not in ("verb", "noun"):
        raise ValueError(f"'pos' must be verb or noun, got {pos!r}")
    frame = need("frame")
    if frame not in FRAMES:
        raise ValueError(f"unknown frame {frame!r} (known: {', '.join(sorted(FRAMES))})")
    genitive = item.get("genitive") or "actor"
    if genitive not in ("actor", "recipient"):
        raise ValueError(f"'genitive' must be actor or recipient, got {genitive!r}")
    forms = item.get("forms")
    if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
        raise ValueError("'forms' must be a non-empty list of strings")
    preps = item.get("preps") or []
    if not isinstance(preps, list) or not all(isinstance(p, str) for p in preps):
        raise ValueError("'preps' must be a list of strings")
    confidence = float(item.get("confidence", 0.8))
    if not 0 < confidence <= 1:
        raise ValueError(f"'confidence' must be in (0, 1], got {confidence}")
    requires = item.get("requires") or []
    if not isinstance(requires, list) or not all(isinstance(r, str) and r.strip() for r in requires):
        raise ValueError("'requires' must be a list of words")
    within = item.get("requires_within", REQUIRES_WINDOW)
    if not isinstance(within, int) or isinstance(within, bool) or not 1 <= within <= REQUIRES_WINDOW:
        raise ValueError(f"'requires_within' must be a whole number of words from 1 to {REQUIRES_WINDOW}")
    if item.get("requires_before") and not requires:
        raise ValueError("'requires_before' needs 'requires'")
    if item.get("requires_bare") and not requires:
        raise ValueError("'requires_bare' needs 'requires'")
    if item.get("requires_definite") and not requires:
        raise ValueError("'requires_definite' needs 'requires'")
    if item.get("requires_subject") and not requires:
        raise ValueError("'requires_subject' needs 'requires'")
    if item.get("requires_resumed") and not requires:
        raise ValueError("'requires_resumed' needs 'requires'")
    if item.get("requires_place") and not (requires and preps):
        raise ValueError("'requires_place' needs 'requires' and 'preps'")
    if item.get("self_directed") and item.get("needs_recipient"):
        raise ValueError("'self_directed' and 'needs_recipient' exclude each other")
    entry = LexiconEntry(str(need("id")), event, mode, cameo, pos, frame, tuple(preps),
                        bool(item.get("object", False)), genitive, confidence,
                        tuple(f.strip() for f in forms),
                        tuple(k for r in requires for k in phrase_keys(r)[:1]),
                        needs_recipient=bool(item.get("needs_recipient", False)), requires_within=within,
                        needs_actor=bool(item.get("needs_actor", False)),
                        requires_before=bool(item.get("requires_before", False)),
                        self_directed=bool(item.get("self_directed", False)),
                        possessive_requires=_possessive_keys(requires),
                        requires_bare=bool(item.get("requires_bare", False)),
                        requires_definite=bool(item.get("requires_definite", False)),
                        requires_subject=bool(item.get("requires_subject", False)),
                        requires_place=bool(item.get("requires_place", False)),
                        said_only=bool(item.get("said_only", False)),
                        requires_resumed=bool(item.get("requires_resumed", False)),
                        required_phrases=tuple(phrase_keys(r) for r in requires))
    we_forms = _first_person_plurals(entry)
    return replace(entry, we_forms=tuple(we_forms), we_words=_first_person_words(entry, we_forms),
                   agreement_forms=tuple(_agreement_forms(entry)))


def _possessive_keys(requires: list[str]) -> frozenset[str]:
    """Keys of required words written with a final «ه» (the pronoun of «سفيره») and never with «ة»."""
    pronoun = {phrase_keys(r)[0] for r in requires if r.strip().endswith("ه")}
    return frozenset(pronoun - {phrase_keys(r)[0] for r in requires if r.strip().endswith("ة")})


def data_files() -> list[Path]:
    root = Path(str(resources.files("rasad.lexicon").joinpath("data")))
    return sorted(root.glob("*.yaml"))


def load_entries(paths: Iterable[Path], ontology: Optional[Ontology] = None) -> list[LexiconEntry]:
    """Parse and validate; raises LexiconError listing every problem (file and entry id or index)."""
    ontology = ontology or load_ontology()
    entries, problems, seen = [], [], {}
    for path in paths:
        try:
            raw = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader) or []
        except (OSError, yaml.YAMLError) as e:
            problems.append(f"{path}: {e}")
            continue
        if not isinstance(raw, list):
            problems.append(f"{path}: expected a list of entries")
            continue
        for n, item in enumerate(raw, 1):
            label = f"{path}: entry {n} ({item.get('id') if isinstance(item, dict) else '?'})"
            if not isinstance(item, dict):
                problems.append(f"{label}: expected a mapping")
                continue
            try:
                e = _entry(item, ontology)
            except (ValueError, TypeError) as err:
                problems.append(f"{label}: {err}")
                continue
            if e.id in seen:
                problems.append(f"{label}: duplicate id (first in {seen[e.id]})")
                continue
            seen[e.id] = path
            entries.append(e)
    if problems:
        raise LexiconError(problems)
    return entries


def load_lexicon(paths: Optional[Iterable[Path]] = None) -> Lexicon:
    """The lexicon of the shipped data files (or of `paths`), from the on-disk cache when the files,
    the ontology and the code that builds it are as they were."""
    files = data_files() if paths is None else [Path(p) for p in paths]
    try:
        inputs = [resources.files("rasad.ontology").joinpath("plover.yaml").read_bytes()] + [p.read_bytes() for p in files]
    except OSError:
        return Lexicon(load_entries(files))  # reports the unreadable file
    key = _code_digest() + b"".join(hashlib.blake2b(data, digest_size=16).digest() for data in inputs)
    return cached(paths_stem("lexicon", files), key, lambda: Lexicon(load_entries(files)))


def _code_digest() -> bytes:
    """The source of the modules whose code decides what the lexicon built from its files is."""
    from ..kb import matcher
    from ..ontology import plover
    from ..text import normalize, tokens

    return source_digest((sys.modules[__name__], matcher, plover, normalize, tokens))
