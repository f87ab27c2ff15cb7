"""Verb forms and agreement: a verb's gender and number, and the object pronoun on it, tell which
phrase can be its subject («أعلنت» needs a feminine subject: a state, a city or a feminine body)."""
from __future__ import annotations

from typing import Optional

from ...schema import Trigger
from ...text.normalize import normalize
from ..mentions import NP, has_article
from .clause import Clause
from .words import (
    DEED_JUDGING, FEMININE_BODIES, MASCULINE_BODIES, MASCULINE_STATES, MASCULINE_TITLES, OBJECT_PRONOUNS,
    GREETING_VERBS, SUFFIX_OBJECT_TYPES, TO_HIM, feminine_of, prep_key, word_key)


class Agreement(Clause):
    """Verb forms, pronouns and agreement over the clause structure."""

    def first_person_plural(self, trig: Trigger) -> bool:
        """The trigger is a verb in the first person plural, listed or derived from the third person
        («نتفاوض», «سنرد», «اتفقنا», «وقعنا اتفاقا»; see the lexicon's `we_words`)."""
        we = trig.entry.we_words
        return trig.entry.pos == "verb" and any(k in we or (k.startswith("سن") and k[1:] in we)
                                                for k in self.tokens[trig.first_token].keys)

    def _verb_word(self, trig: Trigger) -> Optional[str]:
        """The one-word verb trigger without its proclitics, or None."""
        if trig.first_token != trig.last_token or trig.entry.pos != "verb":
            return None
        tok = self.tokens[trig.first_token]
        return tok.norm[len(tok.proclitics):]

    def feminine_verb(self, trig: Trigger) -> bool:
        """A perfect verb in the feminine («استقبلت», «أعلنت», with an object «ودعتهما») whose
        masculine form is a listed form."""
        forms = {normalize(f) for f in trig.entry.forms}
        return any(feminine_of(stem, forms) for stem, _ in self._object_readings(trig))

    def feminine_imperfect(self, trig: Trigger) -> bool:
        """An imperfect verb in the feminine («تسعى») whose masculine form («يسعى») is a listed form (its
        subject may be a plural thing too: «إجراءات تبدأ بالدبلوماسية وتصل إلى …»)."""
        forms = {normalize(f) for f in trig.entry.forms}
        return any(stem.startswith("ت") and "ي" + stem[1:] in forms for stem, _ in self._object_readings(trig))

    def masculine_imperfect(self, trig: Trigger) -> bool:
        """An imperfect verb in the masculine singular («يتوعدها») listed as such: its subject is no state or
        city, which is «she» («تتوعد»)."""
        forms = {normalize(f) for f in trig.entry.forms}
        return any(stem.startswith("ي") and stem in forms and "ت" + stem[1:] in forms
                   for stem, _ in self._object_readings(trig))

    def _object_readings(self, trig: Trigger) -> list[tuple[str, str]]:
        """(stem, object pronoun) readings of a one-word verb trigger, with and without its
        conjunction («ودعتهما» → («ودعت», «هما»), («دعت», «هما»), …; («ودعتهما», «») …)."""
        word = self._verb_word(trig)
        if not word:
            return []
        bare = word[1:] if word[:1] in ("و", "ف") and word[1:] else word
        return [(w[:len(w) - len(suffix)], suffix) for w in (word, bare) for suffix in OBJECT_PRONOUNS
                if w.endswith(suffix)]

    def _masculine_verb(self, trig: Trigger) -> bool:
        """A perfect verb in the masculine singular whose feminine form is a listed form («اتهم»)."""
        word = self._verb_word(trig)
        if not word or self.tokens[trig.first_token].enclitic or has_article(self.tokens[trig.first_token]):
            return False  # («للتشاور» is a masdar)
        feminine = {word + "ت", word[:-1] + "ت" if word.endswith("ا") else ""}  # «اتهمت», «دعت»
        return any(normalize(f) in feminine for f in trig.entry.forms)

    def _feminine_state(self, np: NP) -> bool:
        """Cities and states are feminine («طهران», «سوريا», «إسرائيل», «مصر»), except the few states
        named as masculine nouns («العراق», «لبنان», «الأردن»)."""
        if len(np.kinds) != 1 or np.kinds[0] not in ("capital", "country"):
            return False
        if sum(c.span == np.span for c in self.candidates) > 1:
            return False  # «البلدان» stands for two states: a dual, not a name
        return np.kinds[0] == "capital" or not set(self.tokens[np.last_token].keys) & MASCULINE_STATES

    def _feminine_body(self, np: NP) -> bool:
        """A body named by a feminine singular noun («الإدارة الأميركية», «الحكومة», «الخارجية»); not
        «القادة», a masculine plural."""
        return np.kinds[:1] == ("agent",) and "person" not in np.kinds \
            and word_key(self.tokens[np.first_token]) in FEMININE_BODIES

    def _feminine_group(self, np: NP) -> bool:
        """A group named by a feminine noun or a plural of things («حركة حماس», «وحدات حماية الشعب»)."""
        head = self.tokens[np.first_token].norm
        return np.kinds[:1] == ("group",) and (head.endswith("ه") or head.endswith("ات"))

    def masculine_body(self, np: NP) -> bool:
        """A body named by a masculine singular noun («مجلس الأمن», «الجيش», «حزب الله»)."""
        return "person" not in np.kinds and word_key(self.tokens[np.first_token]) in MASCULINE_BODIES

    def masculine_person(self, np: NP) -> bool:
        """A man named or titled: a person the knowledge base does not know as a woman, or a phrase
        headed by a masculine singular title."""
        head = self.tokens[np.first_token]
        if head.norm.endswith("ه") or np.entity.feminine:  # «وزيرة», «رئيسة», «القادة»; «ميركل»
            return False
        return "person" in np.kinds or word_key(head) in MASCULINE_TITLES

    def disagrees_with_suffix(self, np: NP, suffix: Optional[str]) -> bool:
        """An object pronoun that cannot stand for the phrase: «ه» for a city, a feminine state or body
        («طالبه سكان» after «ماكرون يزور بيروت» is Macron), «ها» for a man or a masculine body."""
        if suffix == "ه":
            return self._feminine_state(np) or self._feminine_body(np) or self._feminine_group(np)
        return suffix == "ها" and (self.masculine_person(np) or self.masculine_body(np))

    def stands_for(self, np: NP, pronoun: str) -> bool:
        """Whether «إياها» (a state, a city or a feminine body) or «إياه» (a man or a masculine body) can stand
        for the phrase."""
        if pronoun == "اياها":
            return self._feminine_state(np) or self._feminine_body(np) or self._feminine_group(np)
        return pronoun == "اياه" and (self.masculine_person(np) or self.masculine_body(np))

    def _aimed_by_pronoun(self, trig: Trigger) -> bool:
        """A verb of asking, charging or threatening whose object is a pronoun on it («تدعوه», «حمّله»);
        not «ودانتها», «وصفته», «اعتبرتها», where the pronoun is the deed judged."""
        if trig.entry.pos != "verb" or trig.entry.id in DEED_JUDGING:
            return False
        if trig.entry.event not in SUFFIX_OBJECT_TYPES:
            # («شكره», «هنأها»: one thanks or congratulates a party; «أيّده» may back a decision)
            return trig.entry.event == "SUPPORT" and any(
                stem in GREETING_VERBS for stem, suffix in self._object_readings(trig)
                if suffix in ("ه", "ها", "هم", "هما"))
        # («وجهت إليه النيابة العامة تهمة»: the pronoun on the preposition after the verb)
        nxt = self.tokens[trig.last_token + 1].norm if trig.last_token + 1 < len(self.tokens) else ""
        return self._object_suffix(trig) in ("ه", "ها", "هم", "هما") or (
            nxt in TO_HIM and prep_key(nxt[:-2] if nxt.endswith("ها") else nxt[:-1]) in {prep_key(p) for p in trig.entry.preps})

    def _object_suffix(self, trig: Trigger) -> Optional[str]:
        """The object pronoun a verb trigger carries on its one word («تدعوه» → «ه») or on the first
        word of a listed phrase («حمّله المسؤولية»), «» for none, None if the word is no listed form
        with a suffix."""
        forms = {normalize(f) for f in trig.entry.forms}
        readings = self._object_readings(trig)
        if not readings and trig.entry.pos == "verb" and trig.last_token > trig.first_token:
            # «حمّله المسؤولية»: a listed phrase whose first word carries the pronoun
            tok = self.tokens[trig.first_token]
            word = tok.norm[len(tok.proclitics):]
            forms = {normalize(f.split()[0]) for f in trig.entry.forms if " " in f}
            readings = [(word[:len(word) - len(suffix)], suffix) for suffix in OBJECT_PRONOUNS if word.endswith(suffix)]
        # (a plural verb drops its alef before the pronoun: «أعدموهم» is «أعدموا» + «هم»)
        return next((suffix for stem, suffix in readings if stem in forms
                     or (stem.endswith("و") and stem + "ا" in forms)), None)

    def _dual_object(self, trig: Trigger) -> list[NP]:
        """«…بين الجزائر والمغرب، ودعتهما إلى الحوار», «داعياً إياهما»: «هما» on a verb, or «إياهما» after it, is
        the last pair of parties joined by «و» before it."""
        word = self.tokens[trig.last_token].norm
        after = self.tokens[trig.last_token + 1].norm if trig.last_token + 1 < len(self.tokens) else ""
        if trig.entry.pos != "verb" or trig.entry.frame == "passive" \
                or not (len(word) >= 6 and word.endswith("هما") or after == "اياهما"):
            return []
        before = [np for np in self.candidates if np.last_token < trig.first_token and np.code]
        if len(before) >= 2 and before[-1].span == before[-2].span and before[-1].code != before[-2].code:
            return before[-2:]  # «بين البلدين»: the two states the text is about
        second = next((np for np in reversed(before) if np.coordinated), None)
        if second is None:
            return []
        first = next((np for np in reversed(before) if np.last_token < second.first_token), None)
        if first is None or second.first_token - first.last_token > 2 or first.code == second.code:
            return []
        return [first, second]
