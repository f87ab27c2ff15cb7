"""`rasad kb coverage`: name-like spans that no knowledge-base entry resolved, by frequency.

A span is name-like when it stands where a name stands: right after a title or sector noun
(«الرئيس X», «وزير خارجية X»), or right before a singular nisba adjective («X العراقي»). Words
the coder knows (vocabulary, names, triggers, function words) are not names; nor are words shaped
like verbs or carrying object pronouns («يخيفون», «اعتبره»), nor words the same inputs also use
with the article (a common noun: «اضطهاد» beside «الاضطهاد»), nor a known word after a preposition, nor
places and companies named after «مدينة», «منطقة», «سهم». Before a plural nisba the word is a
verb or a construct head («يشعر الإسرائيليون», «انقسام الأميركيين»), never a name.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from ..coder.mentions import DocumentMemory
from ..schema import Document, Token
from .matcher import phrase_keys
from ..text.tokens import default_vocabulary, strip_article

_FUNCTION_WORDS = frozenset(
    "في من الي علي عن مع ان قد لقد كان كانت الذي التي الذين هذا هذه ذلك تلك هو هي هم ما لا لم لن "
    "كل بعض ثم او ام بل حتي منذ عند بين امس اليوم غدا قال قالت اكد اكدت اضاف اضافت ايضا وقال وقالت "
    "حول قرب يوم حيث اكثر اقل خصوصا خاصه اخر اخري اخرين اخرون سابق سابقا راحل الراحل جديد جديده "
    "مركز مقر عدد نحو اول ثاني ثالث تنفيذ تشكيل خلال عقب اثر لدي ضد دون غير اي هما اما احد احدي معالي "
    "فخامه سماحه صباح مساء ظهر فجر ليل نفسه نفسها".split()
)
# «مدينة هلمستاد», «منطقة غوري», «سهم الوطنية»: what follows these is a place or a company, not an actor
_NOT_ACTOR_HEADS = frozenset("مدينه منطقه بلده قريه حي محافظه ولايه اقليم مخيم سهم شركه موقع مستشفي".split())
MAX_NAME_WORDS = 3
_PLURAL_PEOPLE = ("يون", "يين", "يات")
_VERB_SUFFIXES = ("ون", "وا", "ها", "هم", "هما", "كم", "نا", "ته")
_IMPERFECT_PREFIXES = ("ي", "ت", "ن")


def _not_name_shaped(word: str) -> bool:
    """Inflected verbs, object pronouns and accusative adverbs: «يتلاعبون», «اعتبره», «يجلس», «لاحقا»."""
    if len(word) >= 5 and word.endswith(_VERB_SUFFIXES):
        return True
    if word[:1] in ("و", "ف") and len(word) >= 4 and _not_name_shaped(word[1:]):
        return True  # «ويظهر», «ونراه»: a conjoined verb
    if len(word) >= 4 and word.startswith(_IMPERFECT_PREFIXES) or len(word) == 3 and word.startswith("ي"):
        return True  # imperfect verbs («يجلس», «يجد»); given names of the KB's people are kept
    return len(word) >= 5 and word.endswith("ا")


def _definite(tok: Token) -> bool:
    return tok.norm.startswith(("ال", "وال", "فال", "بال")) or tok.proclitics.endswith(("ال", "لل"))


class CoverageCounter:
    def __init__(self, coder):
        self.coder = coder
        self.titles = {e.name_ar for e in coder.kb.entries if e.kind == "agent" and e.agent_kind == "title"}
        # common words (not the KB's name words: a known first name can start an unknown name)
        self.common = set(default_vocabulary()) | coder.lexicon.vocabulary() | {
            w for e in coder.kb.entries if e.kind == "agent" for n in e.names for w in phrase_keys(n)}
        # first words of known people's names: «يوسف», «تركي», «رضا» are names whatever their shape
        self.given_names = {phrase_keys(n)[0] for e in coder.kb.entries if e.kind == "person"
                            for n in e.names if phrase_keys(n)}
        self.definite_words: set[str] = set()  # words the inputs use with the article
        self.counts: Counter = Counter()
        self.kinds: dict[str, Counter] = {}
        self.examples: dict[str, str] = {}
        self.documents = 0

    @property
    def total(self) -> int:
        return sum(self._names().values())

    @property
    def distinct(self) -> int:
        return len(self._names())

    def _names(self) -> Counter:
        return Counter({t: c for t, c in self.counts.items()
                        if not all(w in self.definite_words for w in t.split())})

    def _is_name_word(self, tok: Token) -> bool:
        if not tok.is_word or not tok.norm[:1] or not ("\u0621" <= tok.norm[0] <= "\u064a"):
            return False
        key = tok.keys[-1]
        if len(key) < 3 or key in _FUNCTION_WORDS or tok.norm in _FUNCTION_WORDS:
            return False
        base = tok.norm[len(tok.proclitics):]
        forms = {base, strip_article(base), *tok.stem_keys}
        if tok.norm[:1] in ("ب", "ل", "ك") and tok.norm[1:] in self.common:
            return False  # «بمنع»: a preposition before a known word, not a name («كوربيم» stays)
        if forms & self.common:
            return False
        return bool(forms & self.given_names) or not _not_name_shaped(base)

    def _name_after(self, tokens: list[Token], i: int, covered: set[int]) -> Optional[tuple[int, int]]:
        """«الرئيس محمود عباس»: a name starts with a word without the article, then may take «ال» words."""
        if i >= len(tokens) or _definite(tokens[i]):
            return None
        j = i
        while j < len(tokens) and j - i < MAX_NAME_WORDS and j not in covered and self._is_name_word(tokens[j]):
            j += 1
        return (i, j) if j > i else None

    def _name_before(self, tokens: list[Token], i: int, covered: set[int]) -> Optional[tuple[int, int]]:
        """«حزب الدعوة العراقي»-style: a word without the article before a definite nisba is a proper name."""
        if not _definite(tokens[i]) or i == 0 or _definite(tokens[i - 1]) or tokens[i].norm.endswith(_PLURAL_PEOPLE):
            return None
        j = i
        while j > 0 and i - j < MAX_NAME_WORDS and (j - 1) not in covered and self._is_name_word(tokens[j - 1]) \
                and (j == i or not _definite(tokens[j - 1]) or j - 1 == i - 1):
            j -= 1
        return (j, i) if j < i else None

    def add(self, doc: Document) -> None:
        self.documents += 1
        memory = DocumentMemory()
        for sent in self.coder.sentences(doc):
            tokens = sent.tokens
            self.definite_words.update(strip_article(t.norm[len(t.proclitics):]) for t in tokens
                                       if t.is_word and _definite(t))
            nps = self.coder.mentions.find(tokens, None, memory)
            covered = {k for np in nps for k in range(np.first_token, np.last_token + 1)}
            triggers = self.coder.triggers(sent, nps)
            covered |= {k for t in triggers for k in range(t.first_token, t.last_token + 1)}
            for np in nps:
                span, kind = None, None
                if np.kinds[-1] == "agent" and "person" not in np.kinds and np.agent_phrase in self.titles:
                    span, kind = self._name_after(tokens, np.last_token + 1, covered), "after title"
                elif np.kinds == ("demonym",):
                    span, kind = self._name_before(tokens, np.first_token, covered), "before nisba"
                if span and tokens[span[0]].keys[-1] in _NOT_ACTOR_HEADS:
                    span = None
                if span:
                    text = " ".join(tokens[k].norm[len(tokens[k].proclitics):] if k == span[0] else tokens[k].norm
                                    for k in range(*span))
                    self.counts[text] += 1
                    self.kinds.setdefault(text, Counter())[kind] += 1
                    self.examples.setdefault(text, doc.text[sent.span[0]:sent.span[1]])

    def most_common(self, n: int | None) -> list[dict]:
        return [{"text": t, "count": c, "kind": self.kinds[t].most_common(1)[0][0], "example": self.examples[t]}
                for t, c in self._names().most_common(n)]
