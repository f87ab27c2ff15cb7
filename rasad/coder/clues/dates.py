"""When an act happened: the date mention nearest its trigger, a document's date read, and acts told as
background (a noun right after a preposition of time, what weeks or years were spent in)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from ...schema import DateMention, Token, Trigger
from ...text.normalize import normalize
from ..arguments.words import is_complementizer


_OTHER_CLAUSE = frozenset("فيما بينما وبينما".split())  # «…، فيما نددت تركيا»: while another acted


def time_adverbial(tokens, trig) -> bool:
    """«منذ إسقاط تركيا مقاتلة روسية», «بعد اعتراض روسيا»: an act's noun right after a preposition of time
    tells when, and its doer is no subject a later act shares."""
    return trig.entry.pos == "noun" and trig.first_token > 0 and tokens[trig.first_token - 1].norm in _BACKGROUND_PREPS


_BACKGROUND_PREPS = frozenset("منذ بعد قبل اثر عقب".split())


def after_a_span_of(tokens: list[Token], k: int) -> bool:
    """The noun at `k` is what weeks, months or years were spent in: «بعد (نحو) ثلاث سنوات من الاعتقال»,
    «بعد ستة أسابيع من الاحتجاجات» — background to what the sentence reports («بعد ساعات من إعدام …»
    is hours after an execution, which it reports)."""
    if k < 3 or tokens[k - 1].norm != "من" or tokens[k - 2].keys[-1] not in _SPANS:
        return False
    return any(t.keys[-1] in _SPAN_OPENERS for t in tokens[max(0, k - 6):k - 2])


_SPANS = frozenset("سنوات سنه سنتين سنتان عامين عامان اعوام عقود عقد اشهر شهر شهرين شهران اسابيع اسبوع اسبوعين".split())

_SPAN_OPENERS = frozenset("بعد منذ عقب اثر".split())


def nearest_date(dates: list[DateMention], trig: Trigger, triggers: list[Trigger],
                 tokens: list[Token]) -> Optional[DateMention]:
    """The time expression closest to the trigger with no other trigger in between, nor a «فيما»
    that opens another clause, nor (after the trigger) the «أن» of what it says."""
    trig_word = tokens[trig.first_token]

    def free(d: DateMention) -> bool:
        lo, hi = sorted((d.span[0], trig.span[0]))
        if any(lo < t.span[0] < hi and t is not trig for t in triggers):
            return False
        between = [t for t in tokens if lo < t.span[0] < hi and t.is_word]
        # «… عام 1915 كانت إبادة جماعية، فيما نددت تركيا»; «اعترف بايدن بأن المجازر … عام 1915 كانت إبادة»
        # («… لم تحدث منذ عام 1969، واحتجزت الشرطة مفتي القدس»: a verb with «و» after a comma opens a
        # clause of its own, which the last clause's date does not reach)
        opened = d.span[0] < trig.span[0] and trig_word.proclitics[:1] in ("و", "ف") and any(
            not t.is_word and t.text in "،," for t in tokens if d.span[1] <= t.span[0] < trig.span[0])
        return not opened and not any(t.norm in _OTHER_CLAUSE for t in between) and not (
            d.span[0] > trig.span[0] and any(is_complementizer(t) for t in between))

    def first_since(d: DateMention) -> bool:
        # «أول محادثات مباشرة بينهما منذ عام 2022»: when the last one was, not when this one is
        before = [t for t in tokens if t.span[1] <= d.span[0] and t.is_word][-_FIRST_SINCE_REACH:]
        return normalize(d.text).startswith("منذ") and any(t.keys[-1] in _FIRST_WORDS for t in before)

    eligible = [d for d in dates if free(d) and not first_since(d)]
    if not eligible:
        return None
    return min(eligible, key=lambda d: min(abs(d.span[0] - trig.span[1]), abs(trig.span[0] - d.span[1])))


_FIRST_WORDS = frozenset({"اول", "اولي"})
_FIRST_SINCE_REACH = 8  # words from «أول» to «منذ» («أول زيارة لرئيس أمريكي في منصبه إلى كوبا منذ عام 1928»)


def parse_date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
