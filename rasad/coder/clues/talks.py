"""Word tests on talks, visits, accords and statements: what an accord provides for, and whether one is
named, ratified, or a decree signed instead; who issued a statement and whether it is joint; who took part in, ended
or declined talks, and whether a welcome or praise is of them."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ...kb.matcher import phrase_keys
from ...schema import Event, Trigger
from ...text.normalize import normalize
from ..arguments import ArgumentFinder
from ..arguments.words import (AGREEMENT_DOCUMENTS, CONCLUDING, ISSUED_STATEMENTS, JOINING, JOINT, PROVIDING,
                               TAKING_PART, prep_clitic, word_key)
from ..mentions import NP, has_article
from ..triggers import PACTS
from .judgements import DEALS


def place_words(place: NP) -> str:
    """The place's name as matched, without a clitic preposition or the article: the key of talks held there."""
    words = list(phrase_keys(place.text))
    if words and place.prep and len(place.prep) == 1 and words[0].startswith(place.prep):
        words[0] = words[0][1:]  # «بجدة»
    return " ".join(w.removeprefix("ال") for w in words)


ACCORD_WORDS = AGREEMENT_DOCUMENTS | frozenset("توقيع هدنه مصالحه صفقه".split())
_ANY = frozenset("باي بايه".split())  # «بأي اتفاق»: the accord is after it

_TERMS_REACH = 14  # words from «نص … على» to the last of the terms it lists
_NOT_PAST = frozenset("لم لا ولم ولا".split())


def a_term_of_an_accord(tokens, k: int) -> bool:
    """The word at `k` is among what an accord provides for («ونص الاتفاق على سريانه فوراً، وعلى عودة
    جميع الوحدات»), within its sentence and no further than _TERMS_REACH words."""
    words = 0
    for j in range(k - 1, -1, -1):
        t = tokens[j]
        if t.text in ".؛;:":
            return False
        words += t.is_word
        if words > _TERMS_REACH:
            return False
        if t.norm.removeprefix("و") in PROVIDING or t.keys[-1] in PROVIDING:
            return not (j > 0 and tokens[j - 1].norm in _NOT_PAST)  # («لم يتضمن وقفاً لإطلاق النار»: not provided)
    return False


def names_outcome_of_talks(tokens, start: int) -> bool:
    """What talks brought is named within a few words from `start`: «بنتائج الاجتماع», «مخرجات القمة»,
    «بالبيان الختامي»."""
    words = [t for t in tokens[start:start + _OUTCOME_REACH] if t.is_word]
    return any(a.keys[-1] in _OUTCOMES and b.keys[-1] in _TALKS_WORDS for a, b in zip(words, words[1:])) \
        or names_joint_statement(tokens, start, start + _OUTCOME_REACH)


_OUTCOMES = frozenset("نتائج مخرجات نتيجه قرارات".split())
_TALKS_WORDS = frozenset("اجتماع اجتماعات قمه مؤتمر لقاء محادثات مشاورات".split())
_OUTCOME_REACH = 12  # (past an aside on the one who welcomes: «وزارة الخارجية، التابعة للحكومة …، بمخرجات القمة»)


def accord_ratified(tokens) -> bool:
    """An accord word, definite, among the first words after a verb of ratifying («على الاتفاق», «الاتفاق»)."""
    return any(t.is_word and t.keys[-1] in ACCORD_WORDS and has_article(t) for t in tokens)


_ACHIEVED = frozenset("تحقق تم انجز جري توصل توصلت توصلا".split())  # «بما تحقق», «بما تم التوصل إليه»
_MANNER = frozenset("بحذر بشده بقوه بحراره بارتياح".split())  # «رحب بحذر بما …»: how, not what, is welcomed


def names_an_accord(tokens) -> bool:
    """The first «ب» phrase of the clause (or a «لل» one right at its start) is an accord or its signing
    («بالاتفاق», «بالتوقيع», «بالهدنة», «للوثيقة»), or what was achieved («رحب بحذر بما تحقق في مكة»), or the verb's
    own definite object before it is one («رفضت اليونان المذكرة»)."""
    for n, (t, nxt) in enumerate(zip(tokens, list(tokens[1:]) + [None])):
        if not t.is_word:
            return False
        if t.norm in _ANY:
            return nxt is not None and nxt.keys[-1] in ACCORD_WORDS  # «بأي اتفاق»
        if t.norm == "بما":
            return nxt is not None and nxt.norm in _ACHIEVED
        if t.norm in _MANNER:
            continue
        if (t.norm.startswith("ب") or n == 0 and t.norm.startswith("لل")) and len(t.norm) > 3:
            return t.keys[-1] in ACCORD_WORDS  # (and what is refused right after: «جدد رفضه للوثيقة»)
        if has_article(t) and not prep_clitic(t) and t.keys[-1] in ACCORD_WORDS:
            return True  # the verb's own object: «ورفضت اليونان ومصر وقبرص المذكرة البحرية»
    return False


_HOSTING = frozenset("استضاف استضافت يستضيف تستضيف استقبل استقبلت يستقبل تستقبل".split())


def as_guest(ev: Event) -> Event:
    """A hosting event read from the guest's side: whom one hosts or receives is the visitor."""
    hosting = ev.event_type == "CONSULT" and ev.recipient and normalize(ev.trigger.text).removeprefix("و") in _HOSTING
    return replace(ev, actor=ev.recipient) if hosting else ev


_DECREES = frozenset("مرسوما مرسوم المرسوم اعلانا قانون القانون قانونا امرا تنفيذيا امر".split())
_DECREE_REACH = 18  # words after «وقّع» in which its object is named («وقّع ترامب في البيت الأبيض، بحضور …، إعلاناً»)


def signs_a_decree(tokens, trig: Trigger) -> bool:
    """The signed object is a decree, a law or a one-sided declaration, not a joint one."""
    for k in range(trig.last_token + 1, min(len(tokens), trig.last_token + _DECREE_REACH)):
        if tokens[k].keys[-1] in PACTS:
            return False  # «وقّع الجانبان اتفاقاً …»
        if tokens[k].keys[-1] in _DECREES:
            return not any(t.keys[-1].startswith(("مشترك", "المشترك")) for t in tokens[k + 1:k + 3])
    return False


def issuer_of_statement(tokens, candidates: Sequence[NP]) -> Optional[NP]:
    """The coded party whose statement the sentence names: the subject before «في بيان» or of «أصدر … بياناً»
    (the first bare phrase of the sentence before the statement), or the party named right after «بيان»
    («في بيان لوزارة الخارجية المصرية»); None when it names no new statement."""
    at = next((k for k, tok in enumerate(tokens) if tok.is_word and word_key(tok) in ISSUED_STATEMENTS
               and not has_article(tok) and not tok.enclitic), None)
    if at is None:
        return None
    after = next((np for np in candidates if np.first_token == at + 1 and np.code and not np.is_place
                  and (not np.prep or normalize(np.prep) == "ل")), None)
    return after or next((np for np in candidates if np.last_token < at and np.code and not np.prep
                          and not np.is_place and np.kinds[0] in ("agent", "person", "country", "organisation",
                                                                  "group", "capital", "seat")), None)


def names_joint_statement(tokens, start: int, end: int) -> bool:
    """A joint or final statement is named between tokens `start` and `end` («البيان المشترك», «بيان ختامي»)."""
    return any(word_key(tokens[k]) in ISSUED_STATEMENTS and tokens[k + 1].keys[-1] in JOINT
               for k in range(start, min(end, len(tokens) - 1)))


def participants_of_talks(events: list[Event]) -> list[NP]:
    """The coded parties of the sentence's talks held by two or more («اجتمع وزراء خارجية مصر والأردن والسعودية»),
    whose joint or final statement a later «البيان» may be; none when there are no such talks (a visit is a guest's
    call on a host)."""
    for ev in events:
        if ev.event_type == "CONSULT" and ev.trigger.entry.frame != "visit" \
                and len({m.code for m in ev.actor + ev.recipient if m.code}) >= 2:
            parties = [m for m in ev.actor + ev.recipient if m.code]
            # (the place that hosted them is no party to what they said: «محادثات في إسطنبول»)
            guests = [m for m in parties if not ("host-country" in ev.rule and m is ev.location)]
            return guests if len({m.code for m in guests}) >= 2 else parties
    return []


def welcomes_talks(tokens, trig: Trigger) -> bool:
    """What the welcome is of, its first phrase with «ب» after it, is the talks («رحبت الخارجية في بيان بانعقاد
    الاجتماع», «رحب بالمحادثات»)."""
    of = next((t for t in tokens[trig.last_token + 1:trig.last_token + _WELCOMED_REACH]
               if t.is_word and t.proclitics.removeprefix("و").startswith("ب")), None)
    return of is not None and of.keys[-1] in _TALKS_WELCOMED


_WELCOMED_REACH = 10  # words from a welcome over its subject to what it welcomes


def praises_talks(tokens, trig: Trigger) -> bool:
    """What a verb of describing describes, before «بأنها», is the talks («ووصف لافروف المحادثات بأنها …»)."""
    if trig.entry.id not in _DESCRIBING_FAVOURABLY:
        return False
    described = tokens[trig.last_token + 1:trig.last_token + _WELCOMED_REACH]
    until = next((k for k, t in enumerate(described) if t.norm.startswith("بان")), None)
    return until is not None and any(has_article(t) and t.keys[-1] in _TALKS_WELCOMED for t in described[:until])


_DESCRIBING_FAVOURABLY = frozenset({"core.SUPPORT.describe-favourably.verb",
                                    "core.SUPPORT.describing-favourably.participle"})

_TALKS_WELCOMED = frozenset("انعقاد اجتماع محادثات مباحثات لقاء قمه مفاوضات".split())


def participants_as_subject(tokens, trig: Trigger) -> bool:
    """The verb's subject, right after it or right before it, is «المجتمعون» or «المشاركون» (those at talks told
    before: «ودان المجتمعون …», «إن المجتمعين اتفقوا على …»)."""
    return any(0 <= k < len(tokens) and has_article(tokens[k]) and word_key(tokens[k]) in _PARTICIPANTS
               for k in (trig.last_token + 1, trig.first_token - 1))


_PARTICIPANTS = frozenset("مجتمعون مجتمعين مشاركون مشاركين متحاورون متحاورين".split())
_DURING = frozenset("في خلال اثناء".split())


def visit_opens_sentence(finder: ArgumentFinder, trig: Trigger) -> bool:
    """Only «(و)في/خلال/أثناء», earlier visits and their destinations after «ل» come before the visit noun in its
    sentence («وفي زيارته للأردن والزيارة المرتقبة لمصر»): no party of the sentence can own it."""
    visits = [t for t in finder.triggers if t.entry.frame == "visit"]
    destinations = [np for np in finder.candidates if np.prep == "ل"]
    return all(not t.is_word or word_key(t) in _DURING
               or any(v.first_token <= k <= v.last_token for v in visits)
               or any(np.first_token <= k <= np.last_token for np in destinations)
               for k, t in enumerate(finder.tokens[finder.opening:trig.first_token], finder.opening))


_DEALS_OR_SIGNING = DEALS | {"توقيع"}
_AFTER = frozenset("بعد عقب اثر".split())
_AFTER_REACH = 4  # «بعد أشهر من مفاوضات»


def talks_the_deal_came_after(tokens, trig: Trigger) -> bool:
    """A deal or its signing named earlier in the sentence, and the talks noun just after «بعد/عقب/إثر»: «وجاء
    الاتفاق بعد مفاوضات استمرت أشهراً», «وجاء التوقيع بعد أشهر من مفاوضات شاقة»."""
    k = trig.first_token
    return any(t.is_word and t.keys[-1] in _DEALS_OR_SIGNING for t in tokens[:k]) \
        and any(t.is_word and word_key(t) in _AFTER for t in tokens[max(0, k - _AFTER_REACH):k])


_ENDING_VERBS = CONCLUDING | {"انتهي", "انتهت"}  # «اختتمت القمة بالاتفاق على …», «انتهت المحادثات بالاتفاق على …»
_BESIDES = frozenset({"فضلا"})  # «فضلاً عن X»: X besides


def declined_to_join(tokens, trig: Trigger) -> bool:
    """«عدم مشاركتها في مفاوضات جنيف»: a party's not taking part in the event the trigger names."""
    k = trig.first_token
    return k >= 3 and tokens[k - 1].norm == "في" and tokens[k - 2].norm.startswith(TAKING_PART) \
        and tokens[k - 3].norm in ("عدم", "وعدم")


def meeting_ended_by(finder, trig: Trigger, sent_events: list[Event]) -> Optional[Event]:
    """The talks with named parties that a verb of ending («اختتمت», «انتهت») before them had as subject, earlier in
    the sentence than the trigger."""
    tokens = finder.tokens
    for ev in sent_events:
        k = ev.trigger.first_token
        if ev.event_type == "CONSULT" and ev.trigger.entry.pos == "noun" and k < trig.first_token \
                and any(a.code for a in ev.actor) and any(
                    word_key(t).removeprefix("و") in _ENDING_VERBS for t in tokens[max(0, k - 6):k]):
            return ev
    return None


def taking_part_after(finder, trig: Trigger) -> list[NP]:
    """After «شارك في [الاجتماع]», the coded parties named as its subject: the first bare one after the noun and
    those conjoined to it, and one «إلى جانب» names."""
    tokens = finder.tokens
    k = trig.first_token
    if k < 2 or word_key(tokens[k - 1]) != "في" or word_key(tokens[k - 2]).removeprefix("و") not in JOINING:
        return []
    after = [np for np in finder.candidates if np.first_token > trig.last_token and np.code and not np.is_place]
    # («إلى جانب السيسي», «فضلاً عن الأمين العام للجامعة العربية ورئيس مفوضية الاتحاد الأفريقي»: others besides)
    beside = [np for np in after if word_key(tokens[np.first_token - 1]) == "جانب"]
    besides = next((np for np in after if normalize(np.prep) == "عن"
                    and tokens[np.first_token - 2].norm.removeprefix("و") in _BESIDES), None)
    if besides is not None:
        beside += finder.with_coordinated(besides)
    first = next((np for np in after if not np.prep and np not in beside), None)
    return beside + finder.with_coordinated(first) if first is not None else []
