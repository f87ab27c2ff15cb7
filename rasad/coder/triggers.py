"""Trigger detection: the lexicon's phrases found in a sentence's tokens and read as the part of speech
their entries want — a verb as written, not a noun with the article («التعاون» is no «تعاون»), a
passive where the vowels or the clause say so, a noun after a light verb or a meeting noun — with the
nouns a trigger requires taken in, purposes («لدعم …») and the words of other readings dropped."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ..kb.matcher import phrase_keys
from ..lexicon import Lexicon
from ..schema import Sentence, Token, Trigger
from ..text.dates import DATE_OPENERS, day_and_month_end, is_time_word
from ..text.normalize import normalize
from ..text.tokens import Segmenter
from ..lexicon.lexicon import IMPERFECT_PREFIXES, REQUIRES_WINDOW, LexiconEntry
from .arguments.clause import relative_after_subject
from .arguments.words import (ADVERBIAL_HEADS, ADVERBIAL_REACH, ANNOUNCING_NOUNS, ATTRIBUTING, BOYCOTT, BY_IT,
                              LIGHT_VERBS,
                              PERFECT_PARTICLES, PROJECTILES, PRONOUN_SUBJECTS, RECEIVING, SANCTION_WORDS, TARGETING,
                              TELLING, TIME_INTRODUCERS, is_complementizer, is_count, is_discourse_aside, opens_while,
                              statement_phrase_end, word_key)
from .mentions import FIRE_OF, NP, RELATIVES, has_article


# prepositions that take a noun, never a verb («من» may be «who»: «من قتل»); after «بشكل/بصورة» comes
# an adjective («رفض بشكل قاطع» is categorical, no «قاطع» boycott)
_PREDICATE_PRONOUNS = frozenset("هو وهو هي وهي".split())
NOUN_ONLY_AFTER = frozenset("علي الي في عن ضد حول عبر خلال منذ بعد قبل لدي نحو تجاه بشان امام بشكل بصوره "
                            "اثر عقب جراء اعقاب".split())
_SIGN_VERB = "core.AGREE.sign.verb"  # «وقع», also «to take place»
_FEMININE_DUALS = ("تا", "تي", "تان", "تين")  # endings of the dual of a noun in «ة»
_ISSUED_VERBS = frozenset("صدر صدرت يصدر تصدر".split())
_MANNER_ADVERBS = frozenset({"بحذر"})  # a verb form after «ب» that is a masdar of another sense
_IN_SEARCH = "بحثا"  # «بحثاً عن مطلوبين»: in search of, not «بحثا» (the two discussed)
_INCIDENTS = frozenset("مصادمات اشتباكات مواجهات معارك انفجار انفجارات حادث حادثه هجوم هجمات اعمال احداث".split())
_RESUMING = frozenset("اعاده استئناف مواصله".split())  # masdars whose complement is a masdar too
_CONSTRUCT_HEADS = frozenset("فرق فرقا فريق فريقا فرقه عمليات عمليه مهمه مهام قانون قوانين مسؤوليه".split())
_DAY_QUALIFIERS = frozenset("الماضي الماضيه المنصرم الفائت المقبل المقبله القادم".split())
_DATE_REACH = 10  # the most words of a day and month («في الحادي والثلاثين من كانون الأول/ديسمبر الماضي»)
_DAY_WORDS = frozenset("امس يوم اليوم غد الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت".split())
_DAYS = _DAY_WORDS - {"يوم"}
_DATE_WORDS = _DAY_WORDS | _DAY_QUALIFIERS | frozenset({"اول", "من"})
_DAY_PARTS = frozenset("يوم مساء صباح فجر ظهر عصر ليل ليله".split())  # «مساء أمس», «يوم الأحد»
_BEFORE_YESTERDAY = ("اول", "من", "امس")  # «أول من أمس», the day before yesterday
_DESCRIBE_NOUN = "core.ACCUSE.describe.noun"
_AMNESTY = "core.RETREAT.amnesty.noun"  # «عفواً عن …»
_INTERCEPTORS = frozenset("اعتراضيه اعتراضي اعتراضيا".split())
_RIOT_CONTROL = frozenset("غاز خراطيم مطاطي".split())
_RIGHT_TO = frozenset("حق الحق حريه الحريه".split())
_URGE_NOUN = "core.REQUEST.urge.noun"
_LAUNCH_VERB = "core.ASSAULT.launch.verb"
_OBJECTIONS = frozenset({"core.REJECT.object.verb2", "core.REJECT.object.noun"})
_FLYING = PROJECTILES | frozenset("طائره طائرتين طائرات ناقله سفينه زورق هجوم هجمات".split())  # what an interception stops

_FAR_REQUIRED = 10  # a required word this far away is a judgement in a description («وصف … بأنه …»)


def _tanwin_reading(tok, entry: LexiconEntry, after_comma: bool = False) -> bool:
    """The word matched `entry` only once its final «ا» was read as the accusative ending, and it is
    written with that ending («ثمناً») or is the numeral «اثنتا/اثنا», or opens a clause after a comma
    («…، عارضا تحويلها إلى التزام»: a dual verb follows its subject, so there it is a circumstantial
    participle) — an unmarked «قتلا» may be a dual verb."""
    stripped = not any(k in entry.first_words for k in tok.keys) and any(
        k.endswith("ا") and k[:-1] in entry.first_words for k in tok.keys)
    return stripped and ("\u064b" in tok.text or any(k in _TWO for k in tok.keys) or after_comma)


_TWO = frozenset({"اثنا", "اثنتا"})
_TEEN = frozenset({"عشر", "عشره"})  # the second word of «اثني عشر», «ثلاث عشرة»


def _after_a_dual(tokens, first: int) -> bool:
    """An unmarked word in «ا» right after a definite dual or «هما», which it has for subject («إن البلدين
    وافقا», «الزعيمين تعهدا»): a dual verb, not a noun in the accusative."""
    word = tokens[first]
    if first == 0 or "\u064b" in word.text or not word.norm.endswith("ا") or word.norm.endswith("وا"):
        return False
    prev = tokens[first - 1]
    return prev.norm in _THE_TWO_OF_THEM or has_article(prev) and prev.norm.endswith(("ين", "ان")) \
        and not prev.norm.endswith(("يين", "يان"))


_THE_TWO_OF_THEM = frozenset("هما انهما لانهما".split())


def _after_light_verb(tokens, first: int, covered: set[int]) -> bool:
    verbs = LIGHT_VERBS | RECEIVING
    free = 0  # words of the subject no mention covers («صاحب السمو الملكي الأمير …»)
    k = first - 1
    while k >= 0:
        tok = tokens[k]
        if tok.keys[-1] in verbs or tok.norm in verbs:
            return True
        if tok.keys[-1] in TELLING or (tok.enclitic and tok.stem_keys[-1] in TELLING):
            return bool(tokens[first].enclitic)  # «فأبلغه ماكرون رفضه»
        if tok.norm == "," and (opening := _dated_aside_opening(tokens, k)) is not None:
            k = opening - 1  # «أعلنت تونس، أمس السبت، قرارها طرد السفير»: past the day set off by commas
            continue
        if not tok.is_word or is_complementizer(tok):
            return False  # («أعلن … أن البنك المركزي طلب»: the clause after «أن» has its own verb)
        if k not in covered:
            free += 1
            if free > _FREE_SUBJECT_WORDS:
                return False
        k -= 1
    return False


def _dated_aside_opening(tokens, k: int) -> Optional[int]:
    """Where the aside of a day closed by the comma at `k` opens («، أمس السبت،», «، يوم الأحد الماضي،»), or None."""
    j = k - 1
    while j >= 0 and tokens[j].is_word and (not _DATE_WORDS.isdisjoint(tokens[j].keys) or tokens[j].norm.isdigit()):
        j -= 1
    return j if j < k - 1 and j >= 0 and tokens[j].norm == "," else None


_DEED_JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})


def _object_of_verb_before(tokens, first: int, triggers: list[Trigger], covered: set[int]) -> bool:
    """«أدانت مصر قصف المستشفيات», «واستنكرت قصف المخيم»: a word with no conjunction right after a verb
    that judges a deed, and the name of its subject, is the deed judged, a masdar."""
    prev = triggers[-1] if triggers else None
    if prev is None or prev.entry.pos != "verb" or prev.entry.event not in _DEED_JUDGING_TYPES \
            or tokens[first].proclitics.startswith(("و", "ف")):
        return False
    return all(k in covered and tokens[k].is_word for k in range(prev.last_token + 1, first))


_FREE_SUBJECT_WORDS = 6  # honorifics and family names: «صاحب السمو الملكي …، آل سعود»
PACTS = frozenset("اتفاق اتفاقا اتفاقيه الاتفاق الاتفاقيه معاهده المعاهده مذكره المذكره وثيقه الوثيقه".split())
_CAUTIOUS = "حذر"
_CAUTIOUS_NOUNS = frozenset(phrase_keys("هدوء هدوءا تفاؤل تفاؤلا ترقب ترحيب ترحيبا انفتاح انفتاحا تقارب تقاربا انفراج "
                                        "موقف موقفا تحرك تحركا تعامل صمت استقرار اقبال ارتياح ارتياحا قبول قبولا"))


def _drones(tokens, k: int) -> bool:
    """«المسيّرات» written with its shadda, «مسيرات» next to missiles or aircraft, or «مسيرة» as the subject
    right after a verb of striking («استهدفت مسيرة إسرائيلية سيارة») are drones."""
    tok = tokens[k]
    if not tok.keys[-1].startswith("مسير"):
        return False
    near = {t.keys[-1] for t in tokens[max(0, k - 2):k + 3] if t.is_word}
    striking = k > 0 and tokens[k - 1].is_word and tokens[k - 1].norm.removeprefix("و").removeprefix("ف") in _STRIKING
    return "\u064a\u0651" in tok.text or bool(near & _WEAPONS) or striking


_WEAPONS = frozenset("صواريخ صاروخ طائرات طائره الطائرات الصواريخ قذائف".split())
_STRIKING = TARGETING | frozenset("قصف قصفت اصاب اصابت ضرب ضربت هاجم هاجمت دمر دمرت".split())
_CONFESSING = frozenset("اعترف اعترفت اعترفوا يعترف تعترف اقر اقرت اقروا يقر تقر".split())
_CONFESSION_REACH = 7  # «اعترفت ألمانيا رسمياً اليوم الجمعة بأنها …»


def _possessed_word(np: NP, tokens) -> bool:
    """«سفيرها», «قواته»: a one-word title or force with a pronoun suffix."""
    return np.first_token == np.last_token and np.kinds[:1] == ("agent",) and bool(tokens[np.first_token].enclitic)


def _drop_purposes(triggers: list[Trigger], tokens) -> list[Trigger]:
    """«بتقديم 100 مليون دولار لإغاثة المتضررين»: a masdar with «ل» right after an act of its own
    type is that act's purpose, not another act; so is a seizure after any act («هجوماً عسكرياً للسيطرة
    على طرابلس») and support after aid («خصصت اليابان 10 ملايين دولار لدعم اللاجئين»)."""
    out = []
    for t in triggers:
        prev = out[-1] if out else None
        if prev is not None and t.entry.pos == "noun" and (
                prev.entry.event == t.entry.event or t.entry.mode == "seize"
                or (prev.entry.event == "AID" and t.entry.event == "SUPPORT")) \
                and tokens[t.first_token].proclitics.lstrip("و") in ("ل", "لل") and t.first_token - prev.last_token <= _PURPOSE_GAP:
            continue
        out.append(t)
    return out


def diplomatic_protests(triggers: list[Trigger], tokens) -> list[Trigger]:
    """«استدعت الخارجية السفير للاحتجاج على …», «قطعت الرباط علاقاتها احتجاجاً على …», «قدمت احتجاجاً
    لدى الخارجية»: a state's protest («احتجاج», not «احتجاجات») voiced by the diplomatic act just before it,
    or delivered as a note, is that act, not a demonstration; and the note handed over at a summons
    («استدعت الخارجية السفير وسلّمته مذكرة احتجاج») is part of the summons."""
    out = []
    for n, t in enumerate(triggers):
        tok = tokens[t.first_token]
        prev = triggers[n - 1] if n else None
        # (the act just before, in the same sentence part: no full stop or semicolon between)
        joined = prev is not None and all(w.is_word or w.text not in ".؛;"
                                          for w in tokens[prev.last_token + 1:t.first_token])
        if t.entry.id.startswith(_PROTEST_NOTE):
            if joined and prev.entry.id.startswith(_SUMMONS):
                out.append(t)
            continue
        if t.entry.event != "PROTEST" or tok.stem_keys[-1] != "احتجاج" or tok.norm.endswith("ات"):
            continue
        if any(k in _DELIVERING for w in tokens[max(0, t.first_token - 3):t.first_token] for k in w.keys) or (
                joined and _is_diplomatic(prev.entry)):
            out.append(t)
    return out


_PROTEST_NOTE = "core.ACCUSE.protest-note."
_SUMMONS = "core.ACCUSE.summon."
_DELIVERING = frozenset("قدم قدمت سلم سلمت تسليم تسليمه ابلغ ابلغت ابلاغ ابلاغه نقل نقلت مذكره رساله".split())


def _is_diplomatic(entry: LexiconEntry) -> bool:
    """Summoning an envoy, recalling one, expelling or cutting ties."""
    return entry.id.startswith("core.ACCUSE.summon") or (
        entry.event == "SANCTION" and entry.mode in ("discontinue", "expel"))


# what an anonymous source asks not to have done: «طلب عدم ذكر اسمه», «عدم الكشف عن هويته»
_WITHHELD = frozenset("ذكر كشف نشر افصاح اشاره تحديد".split())
_PURPOSE_GAP = 5  # words between an act and the «ل» masdar that states its purpose


def _absorb_required_nouns(triggers: list[Trigger], tokens, nps: list[NP]) -> list[Trigger]:
    """«فرضت واشنطن عقوبات», «رفعت واشنطن العقوبات»: the object noun a verb requires is part of
    that verb's event, whatever event the noun alone would name."""
    absorbed = set()
    objects = set()  # a noun that is itself the required word («ألغت الإدارة تصنيف الجماعة»), whatever it requires
    same_type = set()  # «أرسلت طائرات محملة بمساعدات»: the verb's own kind of noun right after its required word
    for v in triggers:
        if v.entry.requires and v.entry.id not in _PROTEST_MET:  # (a crowd dispersed or banned has protested)
            k = required_at(tokens, v.first_token, v.last_token, v.entry, nps)
            if k is not None:
                # (all of a required phrase: «قطعت قنوات الاتصال مع …» is no contact)
                whole = max((len(p) for p in v.entry.required_phrases if p[0] in tokens[k].stem_keys), default=1)
                absorbed.update(range(k, k + whole))
                objects.update(range(k, k + whole))
                # the other required words listed with it («تعليق كل أشكال التواصل والتعاون»)
                absorbed.update(j for j in range(k + 1, min(len(tokens), k + 4))
                                if tokens[j].proclitics.startswith("و") and any(w in v.entry.requires for w in tokens[j].stem_keys))
                if v.entry.pos == "verb":  # (not after a masdar's: «بتفريق المتظاهرين بالقوة وبحملة اعتقالات»)
                    same_type.update((v.entry.event, j) for j in range(k + 1, k + 3))
                if tokens[k].keys[-1] in PACTS or tokens[k].norm in PACTS:
                    absorbed.add(k + 1)  # «إنهاء اتفاق التعاون الدفاعي»: what the pact is about is part of it
                if tokens[k].proclitics.lstrip("وف").startswith("ل") and k - v.last_token <= 3:
                    # the object whose «ل» complement the required word is («فرض حظر شامل للتجوال»), not
                    # an object before a required «بأنها» («ووصفت الحكومة الضربة بأنها عدوان»)
                    absorbed.update(range(v.last_token + 1, k))
    return [t for t in triggers if not (t.entry.pos == "noun" and (t.first_token in objects or (
        not t.entry.requires and (any(t.first_token <= k <= t.last_token for k in absorbed)
                                  or (t.entry.event, t.first_token) in same_type))))]


def required_at(tokens, first: int, last: int, entry: LexiconEntry, nps: Sequence[NP] = ()) -> Optional[int]:
    """Index of the nearest token after `last` (before `first`, for an entry whose required word
    comes first), within the entry's reach, that is one of its required words (a relative clause on the subject
    among `nps` right after a verb is passed over: «علقت السلطة، التي …، التنسيق الأمني»)."""
    if entry.requires_before:
        reach = range(first - 1, max(-1, first - 1 - entry.requires_within), -1)
    else:
        reach = _reach_after(tokens, last, entry.requires_within,
                             relative_after_subject(tokens, nps, last) if entry.pos == "verb" else range(0))
    def required(k: int) -> bool:  # (a bare required word is matched as written: «حقها» is no «حق»)
        keys = tokens[k].keys if entry.requires_bare else tokens[k].stem_keys
        return entry.is_required_word(tokens[k].text, keys) \
            and (not entry.requires_definite or has_article(tokens[k])) and _whole_phrase_at(tokens, k, keys, entry)

    found = next((k for k in reach if required(k)), None)
    that = None
    # («اعتبرت حركة «حماس» في بيان أن المذكرة «طعنة جديدة»»: what one holds a thing to be follows «أن» and the thing)
    that_words = _THAT_IT | _THAT if entry.id in _HOLDING_TO_BE else _THAT_IT
    if not entry.requires_before and (found is None or ".describ" in entry.id):
        that = next((k for k in range(last + 1, min(len(tokens), last + 1 + REQUIRES_WINDOW))
                     if tokens[k].norm in that_words or (not tokens[k].is_word and tokens[k].text in ".؟!؛")), None)
    if that is not None and tokens[that].norm in that_words and (found is None or found < that):
        # «وصفت الحكومة اليمنية، على لسان وزير الإعلام …، ما قامت به الجماعة بأنه «قرصنة»»: the
        # judgement follows «بأنه», however long the subject and object before it (and a word of
        # praise or blame before it is not the description: «وصف بهتشلي، حليف الحكومة، التحرك بأنه …»)
        reach = _THAT_REACH if tokens[that].norm in _THAT else _THAT_IT_REACH
        found = next((k for k in range(that + 1, min(len(tokens), that + 1 + reach)) if required(k)), None)
    if found is None and entry.requires_resumed and first > 0:
        # «رسالة بعث بها ترامب إلى خامنئي», «الرسالة التي وجهها الرئيس»: the required noun before the verb,
        # which takes it back with a pronoun
        k = first - 2 if tokens[first - 1].norm in RELATIVES and first > 1 else first - 1
        resumed = tokens[last].enclitic or (last + 1 < len(tokens) and tokens[last + 1].norm in BY_IT)
        if resumed and required(k):
            found = k
    return found


def _required_distance(tokens, first: int, last: int, entry: LexiconEntry, nps: Sequence[NP]) -> int:
    """Words from the trigger to the entry's required word."""
    k = required_at(tokens, first, last, entry, nps)
    return len(tokens) if k is None else abs(k - last) if k > last else abs(first - k)


def _whole_phrase_at(tokens, k: int, keys, entry: LexiconEntry) -> bool:
    """The required word at token `k` counts alone, or the rest of a required phrase it begins follows it
    (over quotation marks: «إعلان «حرب»»)."""
    if not entry.required_single_words.isdisjoint(keys):
        return True
    def rest_follows(phrase) -> bool:
        words = [t for t in tokens[k + 1:k + 2 * len(phrase)] if t.is_word][:len(phrase) - 1]
        return len(words) == len(phrase) - 1 and all(key in t.keys for key, t in zip(phrase[1:], words))

    return any(len(phrase) > 1 and phrase[0] in keys and rest_follows(phrase) for phrase in entry.required_phrases)


def _reach_after(tokens, last: int, within: int, skip: range = range(0)) -> list[int]:
    """The `within` tokens after token `last`, passing over uncounted a day named («يوم الأحد»), a statement
    («في بيان رسمي») and a date or an adverbial set off by commas («علقت السلطة، أمس الثلاثاء، التنسيق الأمني»,
    «، في بيان رسمي،»: they do not part the verb from the noun it needs), a day and month («في الخامس من مايو»),
    and the tokens in `skip`."""
    reach: list[int] = []
    k = last + 1
    while k < len(tokens) and len(reach) < within:
        if k in skip:
            k = skip.stop
            continue
        end = _aside_end(tokens, k)
        if end is None:
            end = _day_end(tokens, k)
        if end is None and tokens[k].norm in DATE_OPENERS:
            # «استدعت في الخامس والعشرين من فبراير/شباط الماضي القائم بأعمالها»
            end = day_and_month_end([t.norm for t in tokens[k:k + _DATE_REACH]], 0)
            end = None if end is None else k + end
        if end is None:
            end = statement_phrase_end(tokens, k)
        if end is not None:
            k = end + 1
            continue
        reach.append(k)
        k += 1
    return reach


def _day_end(tokens, k: int) -> Optional[int]:
    """The last token of a day named from token `k` without commas («أمس», «يوم الأحد», «مساء أمس الثلاثاء»,
    «الخميس الماضي»), or None."""
    j = k + 1 if tokens[k].norm in _DAY_PARTS and k + 1 < len(tokens) else k
    if tokens[j].norm == _BEFORE_YESTERDAY[0] and tuple(t.norm for t in tokens[j:j + 3]) == _BEFORE_YESTERDAY:
        j += 2
    elif tokens[j].norm not in _DAYS:
        return None
    while j + 1 < len(tokens) and (tokens[j + 1].norm in _DAYS or tokens[j + 1].norm in _DAY_QUALIFIERS):
        j += 1
    return j


def _aside_end(tokens, k: int) -> Optional[int]:
    """The closing comma of a date («، أمس الثلاثاء،»), an adverbial («، في بيان رسمي،») or a turn of the
    discourse («، من جهتها،») set off by commas from token `k`, or None («، في حين …» opens a clause)."""
    if tokens[k].text not in "،," or k + 1 >= len(tokens):
        return None
    words = []
    for j in range(k + 1, min(len(tokens), k + ADVERBIAL_REACH)):
        if tokens[j].text in "،,":
            if not words:
                return None
            norms = [t.norm for t in words]
            before_yesterday = {n + d for n in range(len(norms) - 2) if tuple(norms[n:n + 3]) == _BEFORE_YESTERDAY
                                for d in range(2)}
            timed = [is_time_word(t.norm) or t.norm in TIME_INTRODUCERS or n in before_yesterday
                     for n, t in enumerate(words)]
            # (a date, maybe with where it happened: «، أمس الاثنين في القصر الجمهوري بالخرطوم،»)
            dated = all(timed) or any(n and w.norm == "في" and all(timed[:n]) for n, w in enumerate(words))
            adverbial = (word_key(words[0]) in ADVERBIAL_HEADS or word_key(words[0]) in ATTRIBUTING) \
                and not opens_while(tokens, k + 1)  # («، بحسب ما أكده مسؤول مصري لوكالة فرانس برس،»)
            return j if dated or adverbial or is_discourse_aside(words) else None
        if not tokens[j].is_word and not tokens[j].norm.isdigit():
            return None
        words.append(tokens[j])
    return None


_THAT_IT = frozenset("بانه بانها بانهم بانهما".split())
_THAT = frozenset({"ان"})
_HOLDING_TO_BE = frozenset({"core.ACCUSE.consider.verb"})
_THAT_IT_REACH = 3  # «بأنه «قرصنة»»
_THAT_REACH = 5  # «أن القرار الأميركي «باطل»»: the thing held, then what it is held to be
_PLACE_KINDS = frozenset({"place", "capital"})


def _place_after(tokens, nps: list[NP], last: int, entry: LexiconEntry) -> bool:
    """A named town or region behind one of the entry's prepositions within its reach after token `last`
    («سيطرت الفصائل على حلب»: what `requires_place` accepts in place of a required noun)."""
    preps = {normalize(p) for p in entry.preps}
    return any(last < np.first_token <= last + entry.requires_within and np.kinds[0] in _PLACE_KINDS and np.prep
               and normalize(np.prep) in preps for np in nps)


def _conjoined_feminine_perfect(tok: Token, one_word: bool) -> bool:
    """«…، واعتقلت العشرات من المشاركين»: a feminine perfect verb joined by «و» before a count goes on with the
    feminine subject before it (the forces, the police); a passive before a count would be masculine
    («واعتُقل العشرات»)."""
    return one_word and tok.proclitics == "و" and tok.norm.endswith("ت") and not tok.enclitic


def _vocalised_passive(tok: Token) -> bool:
    """A perfect verb written with a damma on its first letter («قُتل», «وأُطلقت»), or on the «ت» of a
    verb of the forms «افتعل» and «استفعل» («اعتُقل», «استُهدف»): the passive. (An imperfect's prefix
    carries a damma in the active too: «يُطلق».)"""
    text = tok.text[len(tok.proclitics):] if tok.text.startswith(tok.proclitics) else tok.text
    return len(text) > 1 and text[1] == "\u064f" and text[0] not in "يتن" \
        or len(text) > 3 and text[0] in "اإ" and text[2] == "ت" and text[3] == "\u064f"


def _done_to_subject(entry: LexiconEntry) -> bool:
    """A coercive or punitive verb whose passive subject is its target."""
    return entry.pos == "verb" and entry.frame == "directed" and entry.event in ("COERCE", "SANCTION")


_PLURAL_ENDINGS = ("وا", "تا")  # «احتجزوا», «اعتقلتا»
_PASSIVE_READINGS = frozenset({"اطلق", "واطلق", "افرج", "وافرج"})  # masculine, clause-initial, the object right after
_TALKS = frozenset("مفاوضات محادثات مباحثات حوار مشاورات".split())
_ROUNDS = frozenset("جوله جولات".split())
# «فرّقت الشرطة تظاهرة», «منعت السلطات وقفة احتجاجية دعت إليها هيئات»: the protest is an event of its own
_PROTEST_MET = frozenset({"core.COERCE.disperse.verb", "core.COERCE.ban-protest.verb"})
BRING_TOGETHER = "core.CONSULT.bring-together.verb"
_MEETING_NOUNS = frozenset("قمه لقاء لقاءا اجتماع اجتماعا اتصال اتصالا مؤتمر مؤتمرا محادثات مباحثات جلسه".split())


def _after_a_meeting_noun(tokens, k: int) -> bool:
    """Whether the word at `k` follows a meeting noun of its clause, or a relative pronoun, within three
    words («لقاء جمع …», «قمة ثلاثية جمعت …», «القمة التي جمعت …»)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if not tokens[j].is_word:
            return False
        if any(key in _MEETING_NOUNS for key in tokens[j].keys) or tokens[j].norm in RELATIVES:
            return True
    return False


_SILENCE = "صمت"  # «اعتصم بالصمت», «لاذ بالصمت»
_WATER, _CUBIC = "مياه", "مكعب"  # «تحتجز المياه», «مليار متر مكعب» (not «في مياه الخليج», a place)
_THREATEN_VERB = "core.THREATEN.threaten.verb"
_APPRECIATION = "core.SUPPORT.appreciation.noun"
_THANKING = "core.SUPPORT.thank.noun"  # «إلى شكر أمير قطر»: whom the masdar thanks follows it
# what is put at risk («يهدد أمن المنطقة», «تهدد حياة أكثر من مليون شخص») and what risks coming about («يهدد بتجدد
# المواجهات», «تهدد بنسف مسار التقارب»)
_AT_RISK = frozenset("امن استقرار سلم سلام حياه سلامه مصالح شراكه علاقات علاقه علاقتها مسار جهود تفاهمات معاهده "
                     "وحده سياده مستقبل ثوره وجود اقتصاد ملايين".split())
_COMING_ABOUT = frozenset("تكرار تجدد نقل انهيار اندلاع نسف تعقيد ارباك انفجار تفجر اشتعال انزلاق تقويض افشال"
                          .split())  # (not war or a return: «يهدد اليونان بالحرب», «يهدد بالعودة إلى الشارع»)
_SO_AS_TO = frozenset("بما مما ما".split())
_AT_RISK_REACH = 3


def _endangers(toks, first: int, last: int) -> bool:
    """«يهدد/تهدد» puts something at risk rather than threatens: said after «بما/مما» («بما يهدد علاقتها بواشنطن»),
    of what is at risk within a few words after it, or with «ب» before what risks coming about; «توعّد» always
    threatens."""
    if toks[first].keys[-1].removeprefix("و").startswith(("توعد", "يتوعد", "تتوعد")):
        return False
    if first > 0 and toks[first - 1].norm in _SO_AS_TO:
        return True
    for t in toks[last + 1:last + 1 + _AT_RISK_REACH]:  # past a subject after the verb: «تهدد الأزمة بنسف …»
        if not t.is_word:
            return False
        if t.keys[-1] in _AT_RISK or t.norm.startswith("ب") and t.keys[-1] in _COMING_ABOUT:
            return True
    return False


_WAR = "core.ASSAULT.war.noun"
_OF_WAR = frozenset("اسري اسرى اسير اسيرا اسيري جرائم جريمه مجرم مجرمي مجرمو".split())  # «أسرى حرب», «جرائم الحرب»
_DETAINEES = frozenset("معتقلين معتقلون سجناء اسري اسرى محتجزين محتجزون".split())
_DISTANCES = frozenset("كيلومتر كيلومترا كيلومترات كلم ميل ميلا اميال مسافه مسافات".split())
_CENTRIFUGAL = frozenset("مركزي مركزيه".split())  # «طرد مركزي»
_SOCIAL = frozenset("اجتماعي اجتماعيه".split())
_BODY_HEADS = frozenset("مجلس لجنه هيئه وزاره وزير اليه مكتب مركز".split())  # heads of a body named after its work
# workers and bodies named after relief («عمال الإغاثة», «منظمات الإغاثة الإنسانية», «وكالة الإغاثة»)
_AID_WORKERS = frozenset("عامل عمال عاملي عاملو موظف موظفي موظفو منظمه منظمات وكاله وكالات طواقم فرق فريق".split())
# «بموجب اتفاق 2015», «في إطار صفقة تبادل», «ضمن صفقة»: an agreement cited as the frame of an act
_UNDER_TERMS = frozenset("بموجب موجب وفق وفقا طبقا ماده بند بنود فقره اطار ضمن".split())
_CONTACTS = "core.CONSULT.contacts.noun"
_TELECOM_HEADS = frozenset("مدير مديره وزير وزيره وزاره هيئه شركه شركات قطاع دائره مكتب اداره شبكه شبكات خدمات".split())
_NAMED_OPERATIONS = frozenset({"core.ASSAULT.named-operation.noun", "core.ASSAULT.called-operation.noun"})
_ANSWERING = frozenset("استجابه تلبيه ردا رد بناء".split())  # «استجابةً ل», «تلبيةً ل», «رداً على», «بناءً على»
_CALLED_OFF_REACH = 6  # «تعليق كل أشكال التواصل والتفاعل والتعاون»
_CALLING_OFF = frozenset("الغاء تعليق تاجيل ارجاء وقف فض انهاء".split())  # «فض شراكته مع الجماعة»
_RECOMMENDING = frozenset("يوصي توصي اوصي اوصت يوصون اوصوا".split())
_CHARGES = frozenset({"تهمه", "تهم", "تهمتي"})  # «بتهمة», «تهم»: the charge of a deed
_SINCE_WORDS = frozenset("منذ بدء اندلاع يوم اليوم ايام الايام نهايه مطلع اواخر قبل بعد خلال".split())
_KILLED_IN = frozenset("في خلال جراء اثر برصاص بنيران".split())  # after a killing verb: its passive
_GUILTY = "core.ACCUSE.guilty.verb"  # «إن إسرائيل «مجرمة حرب»»: a verdict said of a subject
_OBLIGED_ON = "core.REQUEST.must-on.verb"
_ON = frozenset({"علي", "وعلي", "فعلي"})  # «على» normalised


def _fire_after_subject(tokens: list[Token], last: int, covered: set[int]) -> bool:
    """«قتل جنديان لبنانيان بنيران إسرائيلية», «قتل الرابع برصاص رجال الأمن»: a word of fire right after the
    subject of the verb ending at `last` (a phrase the mention finder found, or one word)."""
    k = last + 1
    while k < len(tokens) and k in covered:
        k += 1
    if k == last + 1 and k < len(tokens) and tokens[k].is_word:
        k += 1
    return k < len(tokens) and tokens[k].norm in FIRE_OF


def _masdar_with_pronoun(tok: Token, entry: LexiconEntry, nouns: frozenset[str]) -> bool:
    """«استقالته» (his resignation) matched the verb «استقالت» through its pronoun: when the verb's «ت» is a
    trigger noun's «ة» («استقالة») and the verb takes no object, the word is that noun."""
    if entry.pos != "verb" or entry.object or not entry.first_words.isdisjoint(tok.keys):
        return False
    return any(k.endswith(p) and k[:-len(p)] in entry.first_words and k[:-len(p) - 1] + "ه" in nouns
               for k in tok.keys for p in _OBJECT_PRONOUNS if k[:-len(p)].endswith("ت"))


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


_ASKERS_VERBS = frozenset("وجهها وجهه وجهتها وجهته تلقاها تلقاه تلقته تلقتها قدمها قدمه قدمتها قدمته".split())


def _asker_named(tokens: list[Token], last: int) -> bool:
    """A call answered whose maker the text names right after it: «… لطلب من الجانبين», «… لدعوة وجهتها الهيئة»."""
    return any(t.norm == "من" or t.norm in _ASKERS_VERBS for t in tokens[last + 1:last + 3])


def _called_off_before(tokens: list[Token], k: int) -> bool:
    """A word of calling off («تعليق», «إلغاء», «وقف» …) a few words before `k`, in the same clause."""
    for j in range(k - 1, max(-1, k - _CALLED_OFF_REACH - 1), -1):
        if tokens[j].text in "،,.؛":
            return False
        if not _CALLING_OFF.isdisjoint(tokens[j].keys):
            return True
    return False


def _ends_with_ha(surface: str) -> bool:
    """The word ends in the letter «ه» as written (diacritics aside), not in «ة»."""
    letters = [c for c in surface if "\u0621" <= c <= "\u064a"]
    return bool(letters) and letters[-1] == "ه"


def find_triggers(sentence: Sentence, nps: list[NP], lexicon: Lexicon, segmenter: Segmenter) -> list[Trigger]:
    """The lexicon's trigger phrases in the sentence, outside the names `nps` cover, each read as the part
    of speech its entry wants (a verb as written, not a noun with the article), with the required nouns
    they govern taken in and purposes («لدعم …») dropped."""
    # a trigger phrase may take in a possessed word («استدعت سفيرها», «سحب قواته»)
    covered = {k for np in nps if not _possessed_word(np, sentence.tokens)
               for k in range(np.first_token, np.last_token + 1)}
    out = []
    for first, last, entries in lexicon.trie.find_all(sentence.tokens, stem=True, skip=covered):
        toks = sentence.tokens
        span = (toks[first].span[0], toks[last].span[1])
        head = toks[first].norm
        if head.startswith("ال") or "ال" in toks[first].proclitics:
            # «التعاون», «بالتجمع» are nouns, not the verbs «تعاون», «تجمع»; «التقى» is a verb as written
            written = head[len(toks[first].proclitics.removesuffix("ال")):]
            enc = toks[first].enclitic
            if enc and written.endswith("ا" + enc):
                written = written[:-len(enc) - 1] + "ي"  # «التقاه» is «التقى» + «ه»
            entries = [e for e in entries if e.pos == "noun" or any(
                normalize(f.split()[0]).endswith(written) for f in e.forms)]
            if not entries:
                continue
        elif toks[first].keys[-1] in lexicon.article_verb_words:
            # «محمد تقي مؤيد»: without its «ال», «تقي» is no «التقى»
            entries = [e for e in entries if toks[first].keys[-1] not in e.article_verb_words]
            if not entries:
                continue
        entries = [e for e in entries if not e.requires or required_at(toks, first, last, e, nps) is not None
                   or e.requires_place and _place_after(toks, nps, last, e)]
        if toks[first].proclitics.endswith("س") and (listed := [e for e in entries if e.radical_sin(head)]):
            # «سترد على أي اعتداء» is listed as written, a vow; «ترد بالمثل» read past the future's «س» is not
            entries = listed
        if toks[first].norm == _CAUTIOUS and first > 0 and toks[first - 1].keys[-1] in _CAUTIOUS_NOUNS:
            continue  # «هدوء حذر», «تفاؤل حذر», «انفتاح حذر»: cautious, no warning
        if toks[last].enclitic:
            # «بل يتوجب عليها الدفاع عن نفسها»: the party obliged is the subject itself, asked nothing by another
            entries = [e for e in entries if e.id != _OBLIGED_ON]
        if first == last:
            entries = [e for e in entries if not _masdar_with_pronoun(toks[first], e, lexicon.noun_first_words)]
            if toks[first].proclitics.endswith(("لل", "بال", "كال")):
                # «مستعد للتوجه إلى الدوحة»: a verb takes no preposition and article; the word is the masdar (not
                # «والتمست»: a verb may begin with «ال»)
                entries = [e for e in entries if e.pos != "verb"]
            if toks[first].enclitic in _OBJECT_PRONOUNS and any(e.pos == "noun" for e in entries):
                # «وتوسّع إسرائيل تعاونها مع الهند»: a verb that takes no object has no object pronoun; the word
                # is the masdar with its possessor
                entries = [e for e in entries if e.pos == "noun" or e.object]
            if not entries:
                continue
        if first > 0 and toks[first - 1].norm in PRONOUN_SUBJECTS and any(
                t.keys[-1] in _CONFESSING for t in toks[max(0, first - _CONFESSION_REACH):first - 1]):
            # «اعترفت ألمانيا بأنها ارتكبت إبادة جماعية»: a party owning a wrong confesses; nobody accuses it
            entries = [e for e in entries if not (e.event == "ACCUSE" and e.frame == "consequence")]
            if not entries:
                continue
        if "ب" in toks[first].proclitics:
            # «وتصف حفتر بمجرم حرب»: a verdict after «ب» is what a verb of describing calls someone, not a predicate
            # said of a subject
            entries = [e for e in entries if e.id != _GUILTY]
            if not entries:
                continue
        if _drones(toks, first) or (toks[first].norm == BOYCOTT and any(
                np.first_token == last + 1 and np.is_place for np in nps)):
            # «الصواريخ والمسيّرات»: drones, not marches; «مقاطعة بيلغورود»: a province, no boycott
            entries = [e for e in entries if e.event != "PROTEST"]
        if any(e.frame == "participle" for e in entries) and any(e.pos == "noun" for e in entries):
            # «مطالبةً الحكومة الروسية بتقديم إجابات»: the feminine participle is written like the masdar
            # («مطالبة»), and only its «ةً» tells them apart; unvowelled, it is the masdar — unless it opens a
            # clause after a comma without «و», where a participle goes on with the subject («ودانت الخارجية
            # الهجوم، مطالبة المجتمع الدولي بالتحرك»)
            participle = toks[first].text.endswith("ةً") or (
                first > 0 and toks[first - 1].text in "،," and not toks[first].proclitics)
            entries = [e for e in entries if (e.frame == "participle") == participle]
        if any(e.id in _OBJECTIONS for e in entries):
            # «اعترضت روسيا على القرار» objects; «اعترضت الدفاعات صاروخاً أطلق على المدينة» intercepts
            flying = any(t.keys[-1] in _FLYING for t in toks[last + 1:last + 7])
            entries = [e for e in entries if not (e.id in _OBJECTIONS and flying or e.event == "ASSAULT" and not flying)]
        if last + 2 < len(toks) and toks[last + 1].keys[-1] == "عدم" and toks[last + 2].keys[-1] in _WITHHELD:
            # «نقلت الوكالة عن مسؤولين طلبوا عدم ذكر أسمائهم»: the sources' anonymity, not a demand
            entries = [e for e in entries if e.event != "REQUEST"]
        if last + 1 < len(toks) and toks[last + 1].keys[-1] in _CENTRIFUGAL:
            continue  # «أجهزة طرد مركزي»: centrifuges, no expulsion
        if first == last and toks[first].keys[-1] in _SOCIAL \
                and (has_article(toks[first]) or toks[first].norm.endswith("ه")):
            continue  # «مواقع التواصل الاجتماعي», «الملفات الاجتماعية»: social, no «meeting of mine»
        after = {t.keys[-1] for t in toks[last + 1:last + 5]}
        if _SILENCE in after:
            entries = [e for e in entries if e.event != "PROTEST"]  # «اعتصمت الخارجية بالصمت»: kept silent
        if not after.isdisjoint(_DISTANCES):
            # «قطع متظاهرون مئات الكيلومترات»: travelled, no road cut
            entries = [e for e in entries if not (e.event == "PROTEST" and e.mode == "obstruct")]
        if not after.isdisjoint(_DETAINEES) and "خرج" in toks[first].norm:
            # «فخرج آلاف المعتقلين»: prisoners who walked out, no crowd that marched (but «أضرب الأسرى عن الطعام»)
            entries = [e for e in entries if not (e.event == "PROTEST" and e.pos == "verb")]
        if any(t.keys[-1] == _CUBIC for t in toks[last + 1:last + 7]) \
                or last + 1 < len(toks) and toks[last + 1].keys[-1] == _WATER:
            # «سيحتجز السد 13.5 مليار متر مكعب»: water held back, nobody detained
            entries = [e for e in entries if not (e.event == "COERCE" and e.mode == "arrest")]
        if not entries:
            continue
        before = toks[first - 1].keys[-1].removeprefix("ال") if first > 0 else ""
        if before in _OF_WAR:
            # «أسرى حرب جيبوتيين», «جرائم الحرب»: prisoners and crimes of war, no war fought here
            entries = [e for e in entries if e.id != _WAR]
            if not entries:
                continue
        if before in _BODY_HEADS or (before == "خارجيه" and toks[first].proclitics.startswith("و")):
            # «مجلس التنسيق السعودي العراقي», «آلية التنسيق», «وزارة الخارجية والتعاون الدولي»: a body's
            # name, no act of cooperation
            entries = [e for e in entries if not (e.event == "COOPERATE" and e.pos == "noun")]
            if not entries:
                continue
        if before in _AID_WORKERS:
            # «عامل إغاثة بلجيكي», «منظمات الإغاثة»: who works in relief, not relief given
            entries = [e for e in entries if not (e.event == "AID" and e.pos == "noun")]
            if not entries:
                continue
        if any(e.id == BRING_TOGETHER for e in entries) and (
                toks[first].enclitic or _after_a_meeting_noun(toks, first)):
            # a meeting that brought parties together is the meeting's event («قمة ثلاثية جمعت بوتين
            # وأردوغان», «القمة التي جمعت …», «وجمعته ببوتين»), not a host's
            entries = [e for e in entries if e.id != BRING_TOGETHER]
            if not entries:
                continue
        if any(t.keys[-1] in _INTERCEPTORS for t in toks[last + 1:last + 5]):
            entries = [e for e in entries if e.event != "ASSAULT"]  # «أطلقت صواريخ اعتراضية»: a defence
        if not TARGETING.isdisjoint(toks[first].keys) and any(
                not SANCTION_WORDS.isdisjoint(t.keys) for t in toks[max(0, first - 3):first]):
            entries = [e for e in entries if e.event != "ASSAULT"]  # «عقوبات جديدة تستهدف …»: a measure's aim
        if any(e.id == _LAUNCH_VERB for e in entries) and any(t.keys[-1] in _RIOT_CONTROL
                                                               for t in toks[last + 1:last + 6]):
            # «أطلقت قوات الأمن الغاز المسيل للدموع لتفريق مسيرات»: crowd control (its own event), not a
            # launch of drones
            entries = [e for e in entries if e.id != _LAUNCH_VERB]
        particle = toks[first].proclitics.lstrip("وف")  # a preposition or article the word carries
        if not particle and not (first > 0 and toks[first - 1].keys[-1] in NOUN_ONLY_AFTER):
            entries = [e for e in entries if e.id != _URGE_NOUN]  # «وحث الرئيس إسرائيل»: the verb
            if not entries:
                continue
        if particle == "ل" and any(e.pos == "noun" for e in entries) \
                and not toks[first].norm[len(toks[first].proclitics):].startswith(IMPERFECT_PREFIXES):
            entries = [e for e in entries if e.pos == "noun"]  # «جهود لحث قطر»: «ل» takes a masdar or an imperfect
        elif particle[:1] in ("ب", "ك") and any(e.pos == "noun" for e in entries):
            entries = [e for e in entries if e.pos == "noun"]  # «يسمح بنشر قوات»: a verb takes no «ب»
        elif first > 0 and toks[first - 1].norm.removeprefix("و") in _ISSUED_VERBS \
                and any(e.pos == "noun" for e in entries):
            entries = [e for e in entries if e.pos == "noun"]  # «صدر حكم عن محكمة …»: a verdict, no verb
        elif toks[first].norm.removeprefix("و") in _MANNER_ADVERBS:
            continue  # «تابعت الوضع بحذر»: cautiously, not «بـ» + «حذر» (warned)
        elif toks[first].norm == _IN_SEARCH and last + 1 < len(toks) and toks[last + 1].norm == "عن" and not (
                last + 2 < len(toks) and toks[last + 2].norm == "كثب"):
            continue  # «داهمت الشرطة المنزل بحثاً عن أسلحة» (but «بحثا عن كثب»: the two discussed closely)
        elif first > 0 and toks[first - 1].norm in PERFECT_PARTICLES and any(e.pos == "verb" for e in entries):
            entries = [e for e in entries if e.pos == "verb"]  # «وكان بلينكن قد حث الحكومة»: no masdar after «قد»
        elif first == last and first > 0 and toks[first - 1].is_word and (
                toks[first - 1].keys[-1] in NOUN_ONLY_AFTER or toks[first - 1].keys[-1] in _CONSTRUCT_HEADS):
            # «صادق على نشر قوات», «قذيفة على تجمع للمواطنين»: no verb after a preposition, nor after
            # a noun it completes («فرق بحث وإنقاذ», «عمليات قصف»)
            entries = [e for e in entries if e.pos == "noun"]
        elif first > 0 and toks[first - 1].keys[-1] in _RESUMING and any(e.pos == "noun" for e in entries):
            entries = [e for e in entries if e.pos == "noun"]  # «لإعادة فرض عقوبات الأمم المتحدة»: a masdar
        elif first > 1 and toks[first - 1].is_word and has_article(toks[first - 1]) \
                and toks[first - 2].keys[-1] in ANNOUNCING_NOUNS and any(e.pos == "noun" for e in entries):
            entries = [e for e in entries if e.pos == "noun"]  # «مع إعلان البحرين قطع علاقاتها»: what was announced
        elif first > 0 and toks[first - 1].norm in _PREDICATE_PRONOUNS and any(e.pos == "noun" for e in entries) \
                and not toks[first].norm[len(toks[first].proclitics):].startswith(IMPERFECT_PREFIXES):
            # «…، وهو طلب رفضته واشنطن»: after «وهو» a predicate noun (but «وهو يطالب»: an imperfect verb)
            entries = [e for e in entries if e.pos == "noun"]
        if any(t.keys[-1] in _INCIDENTS for t in toks[max(0, first - 2):first]):
            # «مصادمات عنيفة وقعت بين المتظاهرين والشرطة»: clashes that took place, nothing signed
            entries = [e for e in entries if e.id != _SIGN_VERB]
        if first > 1 and toks[first - 1].norm == "ما" and toks[first - 2].keys[-1] == "كل":
            entries = [e for e in entries if e.pos != "verb"]  # «تقف إلى جانب كل ما يدعم أمن تونس»: whatever does
        if first == last and not toks[first].enclitic and not toks[first].proclitics \
                and segmenter.is_known(toks[first].norm):
            # a word of its own is matched as written, not through a shorter verb stem («هناك» is no
            # «هنّأك»; «قتلا» and «وافقتا» are duals of «قتل», «وافقت»); a word written with «ه», not
            # «ة», may still be a verb with its pronoun («حمّله» is no «حملة»)
            pronoun = _ends_with_ha(toks[first].text)
            entries = [e for e in entries if e.pos != "verb" or any(k in e.first_words for k in toks[first].keys)
                       or (pronoun and toks[first].norm[:-1] in e.first_words)]
        if first == last and toks[first].proclitics == "و" and any(
                toks[first].norm.endswith(dual) and segmenter.is_known(toks[first].norm[:-len(dual)] + "ه")
                for dual in _FEMININE_DUALS):
            # «وزارتا الطاقة» (the two ministries) is no «و» + «زارتا» (the two visited)
            entries = [e for e in entries if e.pos != "verb"]
        if toks[last].enclitic == "ي" or (first == last and last + 1 < len(toks) and toks[last + 1].norm in _TEEN):
            # «واثنتي عشرة» is no «أثنت»: verbs take «ني»; «اثني عشر» (twelve) is no «أثنى» (but «حكماً
            # بالسجن عشر سنوات» is a verdict)
            # (nor is the nisba «عفوي» (spontaneous) «my pardon»)
            entries = [e for e in entries if e.pos != "verb" and e.id != _AMNESTY]
            if toks[last].enclitic == "ي" and has_article(toks[first]):
                # «الاجتماعي» (social) is a nisba, no «my meeting» (though «العمل الاحتجاجي» is protest)
                entries = [e for e in entries if e.event != "CONSULT"]
        # a verb takes no accusative «ا»: «ثمناً» (a price) is no «ثمّن», «واثنتا» (two) no «أثنت»
        after_comma = first > 0 and toks[first - 1].text in "،," and not toks[first].proclitics
        entries = [e for e in entries if not (e.pos == "verb" and first == last
                                              and _tanwin_reading(toks[first], e, after_comma))]
        if any(t.keys[-1] == "من" for t in toks[last + 1:last + 4]) and any(
                t.keys[-1] in _TALKS for t in toks[last + 2:last + 5]) \
                or (toks[last].keys[-1].removeprefix("ال") in _ROUNDS and last + 1 < len(toks)
                    and toks[last + 1].keys[-1] in _TALKS):
            # «جولة جديدة من المفاوضات», «جولة مفاوضات مباشرة»: a round, not a tour
            entries = [e for e in entries if e.frame != "visit"]
        if first > 0 and toks[first - 1].keys[-1] in _TELECOM_HEADS:
            # «مدير الاتصالات في الرئاسة», «وزارة الاتصالات», «شركات الاتصالات»: communications, not contacts
            entries = [e for e in entries if e.id != _CONTACTS]
            if not entries:
                continue
        if first > 0 and (toks[first - 1].keys[-1] in _RIGHT_TO or (
                first > 1 and toks[first - 1].norm == "في" and toks[first - 2].keys[-1] in _RIGHT_TO)):
            # «احترام حق التظاهر السلمي», «الحق في الاحتجاج», «حرية التظاهر»: a right, not a protest
            entries = [e for e in entries if e.event != "PROTEST"]
            if not entries:
                continue
        if toks[first].norm == "صادر" and last + 1 < len(toks) and toks[last + 1].norm in ("عن", "من"):
            continue  # «في قرار صادر عن اجتماع …»: issued by, not «صادر» (confiscated)
        if toks[first].norm.lstrip("وف").startswith("بوصف"):
            continue  # «بوصفها القوة القائمة بالاحتلال»: in its capacity as, not a description
        if not (first > 0 and toks[first - 1].keys[-1] in NOUN_ONLY_AFTER):
            # «إلى وصف الهجوم بأنه …»: the masdar stands after a preposition; elsewhere «وصف» is the verb
            entries = [e for e in entries if e.id != _DESCRIBE_NOUN]
        if toks[first].norm.removeprefix("و") == "فجر" and last + 1 < len(toks) \
                and {toks[last + 1].norm, toks[last + 1].norm.removeprefix("ال")} & _DAY_WORDS:
            continue  # «فجر أمس», «فجر اليوم», «فجر الخميس»: dawn, not «فجّر» (blew up)
        if any(t.keys[-1] in _UNDER_TERMS for t in toks[max(0, first - 3):first]):
            # «بموجب المادة الرابعة من معاهدة الحلف», «وفقاً لاتفاق 2015»: an agreement cited, not made
            entries = [e for e in entries if not (e.event == "AGREE" and e.pos == "noun")]
        if first > 0 and toks[first - 1].norm == "في":
            # «القوات المشاركة في عملية «برخان»»: an operation one takes part in, named, not launched
            entries = [e for e in entries if e.id not in _NAMED_OPERATIONS]
        if first > 0 and (toks[first - 1].keys[-1] in _ANSWERING or first > 1 and toks[first - 1].norm in ("علي", "على")
                          and not _ANSWERING.isdisjoint(toks[first - 2].keys)):
            # «استجابةً لدعوة المرجعية», «رداً على دعوة ترامب», «بناءً على طلب الرياض»: the call answered
            # was made before, not here (unless the text names who made it: «استجابةً لطلب من الجانبين»,
            # «تلبيةً لدعوة وجهها إليه نظيره»)
            entries = [e for e in entries if e.event != "REQUEST" or e.pos == "noun" and _asker_named(toks, last)]
            if not entries:
                continue
        if first > 0 and not _CALLING_OFF.isdisjoint(toks[first - 1].keys):
            # «أعلن ترامب إلغاء اجتماع سري مع قادة طالبان», «تعليق الحوار مع تركيا»: talks called off are not held
            entries = [e for e in entries if e.event != "CONSULT"]
            if not entries:
                continue
        if any(e.event == "COOPERATE" and e.pos == "noun" for e in entries) and _called_off_before(toks, first):
            # «تعليق كل أشكال التواصل والتفاعل والتعاون مع السفارة»: cooperation suspended is not carried on
            entries = [e for e in entries if not (e.event == "COOPERATE" and e.pos == "noun")]
            if not entries:
                continue
        if any(e.id == _APPRECIATION for e in entries) and not toks[last].enclitic and not has_article(toks[first]) \
                and not (first > 0 and toks[first - 1].norm == "عن"):
            # «عبّر عن ارتياحه …، وشكر السلطات اللبنانية»: thanks voiced stand after «عن» or carry their
            # possessor («عن شكره», «وامتنانه»); a bare «وشكر» is the verb
            entries = [e for e in entries if e.id != _APPRECIATION]
            if not entries:
                continue
        if toks[last].enclitic:
            entries = [e for e in entries if e.id != _THANKING]  # «شكره فيه على …»: the verb, him its object
            if not entries:
                continue
        if any(e.id == _THREATEN_VERB for e in entries) and _endangers(toks, first, last):
            # «الوجود الأميركي يهدد أمن المنطقة», «بما يهدد بتكرار سيناريو حرب 2006»: what puts something at risk,
            # no threat made
            entries = [e for e in entries if e.id != _THREATEN_VERB]
            if not entries:
                continue
        if first > 0 and toks[first - 1].keys[-1] in _RECOMMENDING:
            continue  # «مشروع قرار يوصي بقبول فلسطين عضواً»: what a text recommends, not done
        if first > 0 and toks[first - 1].keys[-1] in _CHARGES:
            entries = [e for e in entries if e.event == "ACCUSE"]  # «بتهمة قتل»: a charge names a deed, it reports none
        if first > 0 and any(t.keys[-1] in _SINCE_WORDS for t in toks[max(0, first - 2):first]):
            entries = [e for e in entries if not e.id.endswith(".war.noun")]  # «منذ بدء الحرب», «اليوم الأول للحرب»: a time
        if not entries:
            continue
        if first > 0 and is_count(toks[first - 1]):
            # «وقف محاكمة 26 متهماً سعودياً»: a participle counted is a noun (the accused), no act
            entries = [e for e in entries if e.frame != "participle"]
            if not entries:
                continue
        if {e.frame for e in entries} >= {"participle", "passive"}:
            # «…، مهدداً باستئناف العمليات»: after a comma, the circumstantial participle (threatening);
            # after a noun, its passive (threatened: «الاتفاق مهدد بالانهيار»)
            after_comma = first > 0 and toks[first - 1].text in "،," and not toks[first].proclitics
            entries = [e for e in entries if (e.frame == "participle") == after_comma or e.frame not in ("participle", "passive")]
        if any(e.pos == "noun" for e in entries) and any(e.pos == "verb" for e in entries) \
                and (_after_light_verb(toks, first, covered) or _object_of_verb_before(toks, first, out, covered)):
            entries = [e for e in entries if e.pos == "noun"]  # «تلقت الكويت طلبا», «أجرى اتصالا»
        elif any(e.pos == "noun" for e in entries) and any(e.pos == "verb" for e in entries) \
                and _after_a_dual(toks, first):
            entries = [e for e in entries if e.pos == "verb"]  # «إن الزعيمين تعهدا التعاون»: the two pledged
        if (last + 1 < len(toks) and is_count(toks[last + 1]) and not toks[first].norm.endswith(_PLURAL_ENDINGS)
                or last > first and toks[first].norm in _PASSIVE_READINGS) \
                and any(e.frame == "passive" for e in entries) \
                and not (first > 0 and ((first - 1) in covered or toks[first - 1].norm in PRONOUN_SUBJECTS)) \
                and not (first > 1 and toks[first - 1].norm in PERFECT_PARTICLES and (first - 2) in covered) \
                and not _conjoined_feminine_perfect(toks[first], last == first):
            # «قتل ثلاثة جنود» is passive; «قوات الأمن قتلت ثلاثة متشددين», «أنه قتل عددا», «وكانت القوات قد
            # اعتقلت خمسة عشر» are not, nor is a
            # plural before a count («احتجزوا أربعة من الشرطة»: a passive before its subject is singular); nor is
            # «أطلق سراح القس» with no subject before it («أطلقت السلطات سراحه» has it in between)
            entries = [e for e in entries if e.frame == "passive"]
        elif last + 1 < len(toks) and (toks[last + 1].norm in _KILLED_IN or _fire_after_subject(toks, last, covered)) \
                and any(e.frame == "passive" and e.event == "ASSAULT" for e in entries):
            # «إن عدداً من عناصره قتلوا في هجوم», «قتل برصاص قناص», «قتل جنديان بنيران إسرائيلية»: one is killed
            # in or by something
            entries = [e for e in entries if e.frame == "passive"]
        elif _vocalised_passive(toks[first]):
            if any(e.frame == "passive" for e in entries):
                entries = [e for e in entries if e.frame == "passive"]  # «قُتل قيادي», «وأُطلقت صواريخ»: as voweled
            elif any(_done_to_subject(e) for e in entries):
                # «ورُحّل عشرات المهاجرين … على يد جهاز مكافحة الهجرة», «وطُرد السفير»: a voweled passive of a
                # coercive verb the lexicon lists only in the active: its subject is whom it is done to
                entries = [replace(e, frame="passive") for e in entries if _done_to_subject(e)]
        prev = out[-1] if out else None
        if prev is not None and prev.entry.pos == "noun" and toks[first].proclitics.startswith("و") \
                and all(not t.is_word for t in toks[prev.last_token + 1:first]):
            # «أعربوا عن «الأسف والقلق»»: the second noun of one voiced feeling is the same act
            entries = [e for e in entries if not (e.requires_before and e.event == prev.entry.event)]
            if not entries:
                continue
        # a satisfied required word is more specific; between two judgements sought far along the sentence, the
        # nearer is the one said («وصف أردوغان مقتل البغدادي بأنه «نقطة تحول» في الحرب على الإرهاب» praises)
        judged = [e for e in entries if e.requires]
        if len(judged) > 1 and all(e.requires_within >= _FAR_REQUIRED and e.pos == "verb" for e in judged):
            entry = min(judged, key=lambda e: (_required_distance(toks, first, last, e, nps), -e.confidence))
        else:
            entry = max(entries, key=lambda e: (bool(e.requires), e.confidence))
        out.append(Trigger(span, "", first, last, entry))
    out = sorted(out + _obligations_on(sentence.tokens, nps, lexicon), key=lambda t: t.first_token)
    return _drop_purposes(_absorb_required_nouns(out, sentence.tokens, nps), sentence.tokens)


def _obligations_on(tokens: list[Token], nps: list[NP], lexicon: Lexicon) -> list[Trigger]:
    """«إن على الحكومة العراقية أن تمنع …»: «على» + a party + «أن» puts a duty on the party, which no form can
    list (the party stands between the words); read as the obligation «يتعين على»."""
    entry = lexicon.by_id.get(_OBLIGED_ON)
    if entry is None:
        return []
    out = []
    for np in nps:
        k = np.first_token - 1
        if k < 0 or np.last_token + 1 >= len(tokens) or tokens[k].norm not in _ON or not np.code or np.is_place \
                or tokens[np.last_token + 1].norm != "ان" or tokens[np.last_token + 1].text.startswith("إ"):
            continue
        out.append(Trigger(tokens[k].span, "", k, k, entry))
    return out
