"""Word tests on threats and warnings: the conditions and penalties they set, whom they are against, what
is warned of (a danger, what may happen, a thing that warns no one), vows to respond or to go on, force held out,
ultimatums to one's own officials, and threat verbs said of things («تصعيد خطير يهدد …»)."""
from __future__ import annotations

from typing import Optional, Sequence

from ...schema import Trigger
from ..arguments.words import IF, is_complementizer
from ..domestic import DOMESTIC_SECTORS
from ..mentions import NP, QUOTES, has_article


def against_whoever(tokens, trig: Trigger) -> bool:
    """«بحق من يعرقلون», «ضد كل من يعتدي», «المعرقلين»: the threat's target is whoever does something, up to
    sixteen words after the trigger and within its sentence."""
    for k in range(trig.last_token + 1, min(len(tokens), trig.last_token + 1 + _WHOEVER_REACH)):
        tok = tokens[k]
        if not tok.is_word and tok.text in ".؛؟!":
            return False
        if tok.keys[-1] in _OBSTRUCTERS or tok.norm == "من" and k > 0 and tokens[k - 1].norm in _AGAINST_WORDS:
            return True
        if tok.norm in ("كل", "لكل") and k + 1 < len(tokens) and tokens[k + 1].norm == "من":
            return True
    return False


_AGAINST_WORDS = frozenset("بحق ضد على بوجه".split())
_OBSTRUCTERS = frozenset("معرقلين معطلين معرقلون معطلون".split())  # (as keyed, without the article)
_WHOEVER_REACH = 16


def party_of_condition(tokens, after: int, candidates: Sequence[NP], mine: set, asides: frozenset) -> Optional[NP]:
    """The first coded party, not the speaker's own, in a condition («إذا», «في حال», «ما لم») that
    follows token `after` within its sentence part, up to the condition's end, or None."""
    k = condition_after(tokens, after, asides)
    if k is None:
        return None
    end = next((j for j in range(k + 1, min(len(tokens), k + _CONDITION_REACH))
                if not tokens[j].is_word and tokens[j].text in ".،,؛:"), k + _CONDITION_REACH)
    return next((np for np in candidates if k < np.first_token < end and np.code
                 and np.code not in mine and not np.is_place), None)


def condition_after(tokens, after: int, asides: frozenset) -> Optional[int]:
    """Where a condition («إذا», «في حال», «ما لم») follows token `after` within its sentence part, or None
    (the tokens of `asides`, an adverbial or relative clause set off by commas, take no reach)."""
    words = 0
    for k in range(after + 1, len(tokens) - 1):
        if k in asides:
            continue
        words += 1
        if words >= _CONDITION_REACH:
            return None
        if not tokens[k].is_word and tokens[k].text in ".؛:":
            return None
        if tokens[k].norm in _CONDITIONS or (tokens[k].norm, tokens[k + 1].norm) in _CONDITION_PHRASES:
            return k
    return None


_CONDITIONS = frozenset("اذا واذا لو ولو".split())
# («برد ساحق على أي اعتداء إسرائيلي»: what would be answered is a condition too)
_CONDITION_PHRASES = frozenset({("في", "حال"), ("في", "حاله"), ("ما", "لم"), ("علي", "اي")})
_CONDITION_REACH = 20


def own_officials(args) -> bool:
    """Every party the act is aimed at is an official or body of the doer's own state."""
    mine = {a.code for a in args.actor if a.code}
    return bool(mine) and bool(args.recipient) and all(
        r.code in mine and r.entity.sector in DOMESTIC_SECTORS for r in args.recipient)


_THAT = frozenset("ان انه انها انهم انهما".split())
_WARNING_REACH = 4  # words from a warning verb to its «من أن» («حذرت فيه من أن», «حذر مسؤولون أتراك من أن»)
_FORESEEN_REACH = 14  # words from «أن» to the «قد» of what is foreseen


def warns_of_what_may_happen(tokens, trig: Trigger, nps, args) -> bool:
    """«حذر من أن استمرار القتال قد يجر البلاد إلى حرب أهلية»: the warning foresees what may happen, in its own
    clause, and names not the warner's own side (as «حذر من أن تركيا قد تأتي فجأة ذات ليلة» and «محذراً من أن أي
    دولة تساعد إيران قد تتعرض لعقوبات أميركية» do: threats)."""
    k = trig.last_token + 1
    that = next((i + 1 for i in range(k, min(len(tokens) - 1, k + _WARNING_REACH))
                 if tokens[i].norm == "من" and tokens[i + 1].norm in _THAT), None)
    if that is None:
        return False
    may = next((i for i in range(that + 1, min(len(tokens), that + 1 + _FORESEEN_REACH))
                if tokens[i].norm in (".", ",", "؛") or tokens[i].norm == "قد"), None)
    if may is None or tokens[may].norm != "قد":
        return False
    end = next((i for i in range(may + 1, len(tokens)) if tokens[i].norm in (".", ",", "؛")), len(tokens))
    own = {a.code for a in args.actor if a.code}
    return not any(that < np.first_token < end and np.code in own for np in nps)


_POSSESSIVES = frozenset({"", "ه", "ها", "هم", "هما", "نا"})
_READY_WORDS = frozenset("استعداد مستعد مستعده مستعدون مستعدين جاهز جاهزه جاهزون جاهزين".split())


def to_go_on(tokens, trig: Trigger) -> bool:
    """A verb of going on in the future governs the trigger, up to three words before it («ستواصل إسرائيل
    غاراتها», «ستستمر في استهداف», «لن نتوقف عن استهداف»), or has the trigger's phrase as its subject, up to four
    words after it («العمليات ستتواصل», «العمليات العسكرية ضد إسرائيل «ستستمر»», «الهجمات لن تتوقف»)."""
    before = [t.norm.removeprefix("و").removeprefix("ف")
              for t in tokens[max(0, trig.first_token - _GOING_ON_REACH):trig.first_token] if t.is_word]
    after = []
    for tok in tokens[trig.last_token + 1:trig.last_token + 1 + _GOING_ON_AFTER]:
        if not tok.is_word and tok.text not in QUOTES:
            break  # (a comma or a full stop ends the phrase that could be the verb's subject)
        if tok.is_word:
            after.append(tok.norm.removeprefix("و").removeprefix("ف"))
    return any(_goes_on(words) for words in (before, after))


def _goes_on(words: list[str]) -> bool:
    """«ستواصل», «سيستمر» or «لن تتوقف» among `words`."""
    return any(word[:1] == "س" and word[1:] in _GOING_ON
               or word in _STOPPING and i > 0 and words[i - 1] == "لن" for i, word in enumerate(words))


_GOING_ON = frozenset("يواصل تواصل نواصل يواصلون تتواصل يتواصل يستمر تستمر نستمر يستمرون".split())
_STOPPING = frozenset("يتوقف تتوقف نتوقف يتوقفوا".split())
_GOING_ON_REACH = 3
_GOING_ON_AFTER = 5


def held_out(tokens, first: int) -> bool:
    """A word of readiness («استعدادها», «مستعدة») within four words before token `first`."""
    for tok in reversed(tokens[max(0, first - 4):first]):
        if not tok.is_word:
            return False  # (a comma or bracket closes the phrase the readiness word would govern)
        if any(k.startswith(w) and k[len(w):] in _POSSESSIVES for k in tok.keys for w in _READY_WORDS):
            return True  # not «استعدادا لـ» (in preparation for), nor «الجاهزية»
    return False


def describes_indefinite_noun(tokens, trig, nps) -> bool:
    """An imperfect verb right after an indefinite noun (its adjective between, «قد» before it) is a clause
    describing that noun («تصعيد خطير يهدد حياة أكثر من مليون فلسطيني»), not a party's act."""
    word = tokens[trig.first_token]
    if word.proclitics or word.norm not in _IMPERFECT_THREATS:
        return False
    k = trig.first_token - 1
    if k >= 0 and tokens[k].norm == "قد":
        k -= 1
    named = {n for np in nps for n in range(np.first_token, np.last_token + 1)}
    return k >= 0 and tokens[k].is_word and k not in named and not has_article(tokens[k]) \
        and not tokens[k].proclitics and not tokens[k].enclitic and len(tokens[k].norm) >= 4 \
        and tokens[k].norm not in _NOT_NOUNS and tokens[k].norm[-1] not in "اوي"


def an_act_endangers(tokens, trig, act_nouns) -> bool:
    """A threat verb whose subject is an act just named («الضربات التركية «هددت» سلامة العسكريين») or a «ذلك» standing
    for one: the act endangers; nobody threatens."""
    k = trig.first_token - 1
    while k >= 0 and tokens[k].text in QUOTES:
        k -= 1
    if k >= 0 and tokens[k].norm in _THAT_ACT:
        return True
    if k > 0 and has_article(tokens[k]) and k not in act_nouns and tokens[k].norm.endswith(("ي", "يه")):
        k -= 1  # a nisba after the act: «الضربات التركية»
    return k >= 0 and k in act_nouns and has_article(tokens[k])


_THAT_ACT = frozenset("ذلك هذا هذه".split())


def warns_of_a_danger(tokens, trig) -> bool:
    """«محذراً من تداعياتها», «حذرت العراق من مخاطر انزلاق المنطقة»: what is warned of, behind «من» (a party
    warned may stand before it), is a danger to all («عواقب», «مغبة» threaten whoever brings them about)."""
    of = _warned_of_at(tokens, trig)
    return of is not None and tokens[of + 1].keys[-1].removeprefix("ال").startswith(_DANGERS)


def _warned_of_at(tokens, trig) -> Optional[int]:
    """Where the «من» of what a warning warns of stands, within reach of the warning, or None."""
    return next((k for k in range(trig.last_token + 1, min(len(tokens) - 1, trig.last_token + _WARNED_OF_REACH))
                 if tokens[k].norm == "من"), None)


def warns_no_one_of_a_thing(tokens, trig, nps, actors) -> bool:
    """«حذر السيسي من محاولات هدم الدولة», «حذّرت فرنسا من الانجرار إلى حرب»: a warning of a thing that warns no one (no
    party between it and «من» but its own subject, no pronoun on it) threatens no one — unlike «حذر إيران من …»,
    a clause «من أن …» telling what will be done, a penalty («عواقب», «مغبة», «ثمن»), «any» act («من أي نشاط»), or
    one on a condition («حذّر من «صدام كبير» مع المملكة إذا مضت إسرائيل في خطتها»)."""
    of = _warned_of_at(tokens, trig)
    what = next((k for k in range(of + 1, len(tokens)) if tokens[k].is_word), None) if of is not None else None
    if what is None or tokens[trig.last_token].enclitic or is_complementizer(tokens[what], with_pronoun=True) \
            or tokens[what].norm == "اي":
        return False
    if any(trig.last_token < np.first_token < of and not np.prep and all(np is not a for a in actors) for np in nps):
        return False
    return not tokens[what].keys[-1].removeprefix("ال").startswith(_PENALTIES) \
        and not any(t.norm in IF for t in tokens[what:what + _PENALTY_CONDITION_REACH])


_WARNED_OF_REACH = 5
_PENALTY_CONDITION_REACH = 12  # words from what is warned of to an «إذا» that makes it a penalty
_PENALTIES = ("عواقب", "مغبه", "ثمن", "رد")
_DANGERS = ("تداعيات", "تبعات", "مخاطر", "خطر", "خطوره", "انزلاق", "انفجار", "تدهور", "تفاقم")

_NOT_NOUNS = frozenset("كان كانت ظل ظلت بات باتت اصبح اصبحت صار صارت مازال مازالت لايزال لاتزال عندما بينما حيث لكن "
                       "انها انهم اننا لانها لانه هناك هنا".split())
_IMPERFECT_THREATS = frozenset("يهدد تهدد يتوعد تتوعد".split())  # (not the perfect «توعد»)


def own_side_will_act(tokens, recipients: list[NP], mine: set[str]) -> bool:
    """The recipients are the actor's own side and the verb right after them is in the future
    («… من أن المملكة سترد», «إن بلاده لن تقف مكتوفة الأيدي»)."""
    if not mine or not all(r.code in mine for r in recipients):
        return False
    k = recipients[-1].last_token + 1
    if k >= len(tokens):
        return False
    word = tokens[k].norm  # (the segmenter leaves a short «سترد» whole)
    return word in _WILL_WORDS or tokens[k].proclitics.endswith("س") or (
        word[:1] == "س" and word[1:2] in ("ي", "ت", "ن") and len(word) > 3)


_WILL_WORDS = frozenset({"لن", "سوف"})


def vows_response(tokens, trig: Trigger) -> bool:
    """«توعدت بالرد», «تعهد بالانتقام»: the threat is to strike back."""
    return any(t.keys[-1] in _RESPONSE_WORDS for t in tokens[trig.last_token + 1:trig.last_token + 3])


_RESPONSE_WORDS = frozenset("رد انتقام ثار".split())  # keys without the article
