"""PLOVER auxiliary modality of an event from Arabic markers around its trigger and from dates.

Order of precedence: negated > hypothetical > future > likely > historical > asserted.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from ..schema import DateMention, Token
from ..text.tokens import IMPERFECT_PREFIXES
from .arguments.words import NOT_HIDDEN, PLUPERFECT, STILL

# «ما» is left out: in news prose it is mostly the relative «what» («ما اتفق عليه»), not «not».
# (the segmenter keeps «ولم», «ولن», «ولا» whole, as common words, so their conjoined forms are listed)
_NEGATORS = frozenset("لم لن لا ليس ليست لسنا غير عدم دون بدون بلا".split()) | {
    c + w for c in "وف" for w in ("لم", "لن", "لا", "ليس", "ليست")}
_DENIAL = frozenset("نفي نفت ينفي تنفي نفوا نفيه تنفيه نافيا نافيه كذب كذبت".split())
_CONDITIONAL = frozenset("اذا لو لولا طالما".split())
_ALSO_NAMES = frozenset({"لولا"})  # a conditional that is also a name: «الرئيس البرازيلي لولا»
# a conditional opens its clause; after another word (save these) such a word is a name: «تصريحات أدلى بها لولا»
_BEFORE_A_CONDITION = frozenset("ان انه انها انهم لان لانه لانها لكن ولكن لكنه بل اذ حيث".split())
_CONDITIONAL_PHRASES = (("في", "حال"), ("في", "حاله"), ("ما", "لم"))
# «إسرائيل في حالة حرب», «في حالة تأهب قصوى»: a state one is in, not a condition («في حالة رفض …»)
_STATES_OF = frozenset("حرب طوارئ تاهب استنفار حداد".split())
# a condition set on something else is not reported as done: «وافقت على الهدنة بشرط انسحاب القوات», «التطبيع مشروط
# بانسحاب القوات التركية», «لن تعود إلى المفاوضات إلا برفع العقوبات»
_CONDITION_BEFORE = frozenset("شرط بشرط شريطه بشروط".split())
_CONDITIONED_ON = frozenset("مشروط مشروطه مشروطا مرهون مرهونه مرهونا رهن رهنا".split())
_FUTURE_NEGATORS = frozenset({"لن", "ولن", "فلن", "لا", "ولا", "فلا"})
# «ويبقى السؤال: هل انسحب الصدر من المشهد فعلاً؟»: what a question asks about is not reported
_QUESTION = frozenset("هل وهل فهل ماذا وماذا لماذا ولماذا".split())
_CONDITION_AFTER_REACH = 12  # words from a «قد» verb to the «إذا» that conditions it
_FUTURE_WORDS = frozenset(
    "سوف مقبل مقبله مرتقب مرتقبه مزمع منتظر منتظره مقرر مقرره قادم قادمه يعتزم تعتزم يعتزمون "
    "ينوي تنوي ينوون يخطط تخطط يخططون خطه خطط مشروع اعتزام نيه عزم يستعد تستعد يعتزما "
    "متوقع يتوقع ويتوقع يحاول تحاول يسعي تسعي".split()
)
_FUTURE_AFTER = frozenset("مقبل مقبله مرتقب مرتقبه مزمع منتظر منتظره مقرر مقرره قادم قادمه".split())
_LIKELY_WORDS = frozenset("مرجح يرجح ترجح ربما لربما يحتمل محتمل محتمله ارجح يبدو يعتقد".split())
# after «قد», a word starting with alef is a perfect («قد احتشدوا», «قد اعلن»: had done); the
# first-person imperfect («قد أذهب») is not news language
_IMPERFECT_AFTER_QAD = "يتن"
_QAD = frozenset({"قد", "وقد", "فقد"})
_KANA_REACH = 5  # «وكانت السلطات الفلسطينية قد»


def _imperfect_after_qad(word: str) -> bool:
    """An imperfect verb after «قد» (may); not «تظاهر», «تبادل», the perfect of form VI (had)."""
    return word[:1] in _IMPERFECT_AFTER_QAD and not (word[:1] == "ت" and len(word) >= 5 and word[2] == "ا")


def _after_kana(tokens: list[Token], k: int) -> bool:
    """«وكان لبنان قد تقدّم بشكوى»: «قد» at `k` after a form of «كان» makes a pluperfect (had done), whatever
    the verb after it looks like."""
    return any(_key(t) in PLUPERFECT for t in tokens[max(0, k - _KANA_REACH):k])


def told_later(event_date: Optional[DateMention], trig: Token, after_before_that: bool = False) -> bool:
    """«وبعد يوم واحد دعا أردوغان …»: a forward count («بعد N») before a perfect verb is counted from
    the last event the story told, not from the document's date, so it does not date the event; so is one
    after a verb that «قبل أن» or «بعد أن» ties to the story's time (`after_before_that`: «اعتقلته الشرطة
    الشهر الماضي، قبل أن تفرج عنه بعد ثلاثة أيام»)."""
    if event_date is None or event_date.relation != "future":
        return False
    words = event_date.text.split()
    return len(words) > 1 and words[0].lstrip("وف") == "بعد" and words[1] != "غد" \
        and not has_future_prefix(trig) and (after_before_that or not _imperfect_after_qad(_key(trig)))


def has_future_prefix(tok: Token, is_trigger: bool = False) -> bool:
    """«سيزور», «وستشمل»: the segmenter split off future س, or a trigger verb is listed with it."""
    if tok.proclitics.endswith("س"):
        return True
    if not is_trigger:
        return False
    n = tok.norm.removeprefix("و").removeprefix("ف")
    return n.startswith("س") and len(n) > 3 and n[1] in IMPERFECT_PREFIXES


_PREVENTING = frozenset("منع يمنع تمنع منعت".split())
# an attack foiled did not happen: «أحبطت الشرطة هجوماً انتحارياً», «إحباط محاولة تفجير سيارة مفخخة», «أحبطت هجوماً
# إرهابياً كان يستهدف مسجداً»
_FOILING = frozenset("احبط احبطت احبطوا احبطتا احباط يحبط تحبط نحبط".split())
_FOILED_REACH = 6  # words from the foiling to the act foiled («إحباط هجوم إرهابي كان يستهدف»)
_DENIAL_REACH = 22  # words from «نفى» over a long subject to the verb it denies after «أن يكون»
_COPULA = frozenset("يكون تكون يكونوا تكونا يكونا".split())


def _denied_long_after(before: list[Token]) -> bool:
    """«نفى رئيس هيئة الأركان المشتركة اللواء … أن يكون الأمير حمزة قد اعتُقل»: «أن يكون» ties
    the verb to a denial further back, over a long subject, in the same clause."""
    copula = next((n for n in range(len(before) - 1, 0, -1)
                   if before[n].norm in _COPULA and before[n - 1].norm in ("ان", "بان")), None)
    if copula is None or any(not t.is_word and t.text in "،,.؛;:" for t in before[copula:]):
        return False
    return _in_last_clause(before[:copula - 1], _DENIAL)


def _in_last_clause(before: list[Token], words: frozenset) -> bool:
    """One of `words` among `before` after its last comma or stop: in the trigger's own clause."""
    breaks = [n for n, t in enumerate(before) if not t.is_word and t.text in "،,.؛;:"]
    return any(_key(t) in words for t in before[breaks[-1] + 1 if breaks else 0:])


def _key(tok: Token) -> str:
    """The word without its proclitics, as the segmenter chose them, and without the article of a word it
    keeps whole because a name uses it («المقرر» of «المقرر الخاص للأمم المتحدة» is still «من المقرر»)."""
    word = tok.norm[len(tok.proclitics):] or tok.norm
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


_RESTRICTING = frozenset("لم لن لا ليس ليست ما".split())  # «لم … إلا/سوى»: only, not not
_EXCEPTIONS = frozenset("الا سوي".split())
_EXCEPTION_REACH = 12


def _in_clause_after(tokens: list[Token], last: int, words: frozenset, reach: int) -> bool:
    """One of `words` after the trigger ending at `last`, within `reach` words of its clause: «إلا» or «سوى»
    («لم تكن القمة … سوى محطة جديدة», «لم يلتق إلا بنظيره» restrict what happened, they do not deny it), «إذا»
    or «لو» («قد تلوّح بورقة الغاز إذا شعرت …»: what may happen if)."""
    for tok in tokens[last + 1:last + 1 + reach]:
        if not tok.is_word and tok.text in "،,.؛;:؟!":
            return False
        if tok.norm in words:
            return True
    return False


def _conditioned(tokens: list[Token], first: int, clause_start: int) -> bool:
    """The trigger is what a condition asks for: right after «بشرط» or «شريطة», or a «بـ» masdar right
    after «مشروط» or «مرهون», or after «إلا» in a clause that says what will not happen without it (not
    «لم يتم ذلك إلا بوساطة قطرية», which tells how it was done)."""
    if first == 0 or not tokens[first - 1].is_word:
        return False
    before, trig = _key(tokens[first - 1]), tokens[first]
    if before in _CONDITION_BEFORE:
        return True
    if not (trig.norm.startswith("ب") and len(trig.keys) > 1):
        return False
    if before in _CONDITIONED_ON:
        return True
    return before == "الا" and any(t.norm in _FUTURE_NEGATORS for t in tokens[max(clause_start, first - 12):first - 1])


_GOVERNING_NEGATORS = frozenset("غير عدم دون بدون بلا".split())


def _governs_trigger(between: list[Token]) -> bool:
    """Whether a negating noun or preposition reaches the trigger: nothing but «أن», «أي» or a quote between."""
    return all(t.norm in ("ان", "أن", "اي", "أي") or not t.is_word for t in between)


def modality(tokens: list[Token], first: int, last: int, event_date: Optional[DateMention],
             doc_date: Optional[date], clause_start: int = 0, verb: bool = True,
             radical_sin: bool = False, names: frozenset = frozenset()) -> tuple[str, str]:
    """(modality, marker that decided it) for a trigger spanning tokens[first..last]; `verb` says
    whether the trigger is a verb (only a verb carries the future prefix: «سيارة» is no «سي+ارة»),
    `radical_sin` that its first «س» is a root letter («سارعت», «سيّرت»), and `names` which tokens may be
    words of a name («الرئيس البرازيلي لولا» is no «لولا», if not; «الحكومة لو رفضت» is a condition)."""
    start = max(clause_start, first - 4)
    window = tokens[start:first]
    # «غير أن» is "however", not a negation; «غير», «عدم», «دون» negate the word they govern, so only the
    # trigger right after them («الهجوم الإيراني غير المسبوق الذي استهدف إسرائيل» is an attack)
    keys = [(_key(t), t.norm) for n, t in enumerate(window) if t.is_word and not (
        t.norm == "غير" and n + 1 < len(window) and window[n + 1].norm in ("ان", "أن")) and not (
        t.norm in _GOVERNING_NEGATORS and not _governs_trigger(window[n + 1:])) and not (
        tokens[start + n + 1].norm in STILL | NOT_HIDDEN)]
    # («لا تزال إيران ترفض»: "still", and «لم تخفِ اتهامها»: did not hide, no negation)
    # a verb with its own «و/ف» opens a clause: a negation before it is the last clause's («اعتبرته شخصاً غير
    # مرغوب فيه وطلبت منه مغادرة البلاد»)
    near = [] if verb and tokens[first].proclitics[:1] in ("و", "ف") else keys[-3:]
    negator = next((n for k, n in near if k in _NEGATORS or n in _NEGATORS), None)
    if negator is not None and not (negator in _RESTRICTING
                                    and _in_clause_after(tokens, last, _EXCEPTIONS, _EXCEPTION_REACH)):
        return "negated", negator
    wide_start = max(clause_start, first - 8)
    wide = tokens[wide_start:first]
    # a denying verb is a trigger of its own and so starts a clause, but what it denies is negated
    # («نفت أنقرة أن تكون استهدفت الجنود الأميركيين»); a comma or full stop ends its reach
    if _in_last_clause(tokens[max(0, first - 8):first], _DENIAL):
        return "negated", "denial"
    if _denied_long_after(tokens[max(0, first - _DENIAL_REACH):first]):
        return "negated", "denial"
    if _in_last_clause(tokens[max(clause_start, first - _FOILED_REACH):first], _FOILING):
        return "negated", "foiled"
    if first >= 2 and tokens[first - 1].norm == "من" and any(
            _key(t).removeprefix("ل") in _PREVENTING for t in tokens[max(0, first - 6):first - 1]):
        return "negated", "prevented"  # «لمنع الطائرات الإسرائيلية من قصفه»: what is kept from happening
    if any(t.norm in _CONDITIONAL and not (t.norm in _ALSO_NAMES and (k in names or (
            k > 0 and tokens[k - 1].is_word and tokens[k - 1].norm not in _BEFORE_A_CONDITION)))
           for k, t in enumerate(wide, wide_start)) or any(
            (a.norm.removeprefix("و"), b.norm) in _CONDITIONAL_PHRASES and _key(c).removeprefix("ال") not in _STATES_OF
            for a, b, c in zip(wide, wide[1:], wide[2:] + tokens[first:first + 1])):
        return "hypothetical", "conditional"
    if any(t.norm in _QUESTION for t in wide):
        return "hypothetical", "question"
    if _conditioned(tokens, first, clause_start):
        return "hypothetical", "condition"
    trig = tokens[first]
    after = [t for t in tokens[last + 1:last + 4] if t.is_word]
    if (has_future_prefix(trig, is_trigger=verb) and not radical_sin) \
            or any(_key(t) in _FUTURE_WORDS for t in window[-4:]) or any(has_future_prefix(t) for t in window[-3:]) \
            or any(_key(t) in _FUTURE_AFTER for t in after[:2]):
        return "future", "future marker"
    if event_date is not None and event_date.relation == "future":
        return "future", event_date.text
    if any(_key(t) in _LIKELY_WORDS for t in wide):
        return "likely", "likelihood marker"
    if any(tokens[k].norm in _QAD and not _after_kana(tokens, k) for k in range(max(clause_start, first - 2), first)) \
            and _imperfect_after_qad(trig.norm):
        if _in_clause_after(tokens, last, _CONDITIONAL, _CONDITION_AFTER_REACH):
            return "hypothetical", "conditional"  # «إن الجزائر قد تلوّح بورقة الغاز إذا شعرت …»
        return "likely", "قد"  # «قد» before an imperfect verb: may
    if any(tokens[k].norm in _QAD and _imperfect_after_qad(tokens[k + 1].norm) and not _after_kana(tokens, k)
           for k in range(max(clause_start, first - 4), first - 1)):
        return "likely", "قد"  # «قد تمهد لتطبيع العلاقات»: what may come of it
    if event_date is not None and doc_date is not None and event_date.relation == "past":
        d = date.fromisoformat(event_date.date)
        if (doc_date - d).days > 366:
            return "historical", event_date.text
    return "asserted", ""
