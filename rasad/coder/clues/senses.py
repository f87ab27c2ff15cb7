"""Tests that tell a trigger word used in another sense from the act it names (the Coder's `_not_an_act`):
flags waved, a debt owed, what looms, a habit, commentators' views, people housed, a device found, an outlet's name,
words or ideas «attacked», a blow to hopes, a fight in words or trade, a subsidy, an argument or a pretence, a course
followed or a show, a degree reached, news received, a masdar beside another, a red line not drawn anew."""
from __future__ import annotations

from typing import Optional

from ...kb.matcher import phrase_keys
from ...schema import Token, Trigger
from ..arguments import ArgumentFinder
from ..arguments.words import IN_IT, prep_clitic, prepositional_word, word_key
from ..mentions import QUOTES, has_article


# unnamed commentators («مراقبون», «محللون», «خبراء», «دبلوماسيون»), not parties of the events they discuss
_COMMENTATORS = frozenset(phrase_keys("مراقبون مراقبين محللون محللين خبراء خبير محلل مراقب دبلوماسيون دبلوماسيين "
                                      "مختصون متابعون"))


def habitual(tokens, trig) -> bool:
    """«عادةً», «جرت العادة» in the trigger's clause (between commas or stops): what is usually done is stated, not
    reported."""
    lo = trig.first_token
    while lo > 0 and tokens[lo - 1].text not in _CLAUSE_ENDS:
        lo -= 1
    hi = trig.last_token
    while hi + 1 < len(tokens) and tokens[hi + 1].text not in _CLAUSE_ENDS:
        hi += 1
    return any(t.norm in _USUALLY for t in tokens[lo:hi + 1])


_CLAUSE_ENDS = frozenset("،,.؛;:؟?!")
_USUALLY = frozenset({"عاده", "العاده"})  # «عادةً», «عادة ما», «جرت العادة»


def whoever_does(tokens, trig) -> bool:
    """«كل من يعارض المسار», «إن من يرفض التسوية يختار الرحيل», «بين من يدعو الحكومة … ومن يحذّر»: an imperfect verb
    after «من» that stands for anyone who does it names no party's act."""
    k = trig.first_token
    if k == 0 or tokens[k].norm.removeprefix("و")[:1] not in _IMPERFECT_PREFIXES:
        return False
    who = tokens[k - 1]
    if who.norm not in ("من", "ومن"):
        return False
    before = tokens[k - 2] if k > 1 else None
    return who.norm == "ومن" or before is None or not before.is_word or before.norm.removeprefix("و") in _ANYONE


_IMPERFECT_PREFIXES = frozenset("يت")
# («كل من», «جميع من», «بين من», «إن من», «هناك من»; not «أول من»: the first who did it is named)
_ANYONE = frozenset("كل لكل جميع بين ان هناك ثمه".split())


def waves_a_thing(tokens, trig) -> bool:
    """«لوّح المحتجون بالأعلام», «لوحوا بصور الضحايا بأيديهم»: what is waved, after «ب» in the trigger's clause
    (past its subject), is a flag, a banner, a picture or a hand."""
    return _after_bi(tokens, trig) in _WAVED


def owes(tokens, trig) -> bool:
    """«يدين له بالفضل», «تدين الحكومة بجزء كبير من نجاحها لـ …»: an imperfect «يدين» with a share or a debt after
    «ب» in its clause owes it."""
    return tokens[trig.first_token].keys[-1] in _OWING_FORMS and _after_bi(tokens, trig) in _OWED


def _after_bi(tokens, trig) -> Optional[str]:
    """The first word behind «ب» in the trigger's clause, a few words past it (its stem, without «ال»), or None."""
    for t in tokens[trig.last_token + 1:trig.last_token + 1 + _BI_REACH]:
        if t.text in _CLAUSE_ENDS:
            return None
        if _behind_bi(t):
            return t.keys[-1].removeprefix("ال")
    return None


def _behind_bi(t: Token) -> bool:
    """The word carries «ب», segmented or only among its readings («بجزء», «بأعلام»)."""
    return prep_clitic(t) == "ب" or prepositional_word(t) and t.norm.lstrip("وف").startswith("ب")


_OWING_FORMS = frozenset("يدين تدين".split())
_OWED = frozenset("فضل جزء كثير ولاء".split())


def on_the_horizon(tokens, trig) -> bool:
    """«تلوح في الأفق»: the verb of brandishing used of what looms, right before «في الأفق»."""
    k = trig.last_token + 1
    return k + 1 < len(tokens) and tokens[k].norm == "في" and tokens[k + 1].keys[-1] in _HORIZON


_HORIZON = frozenset({"الافق", "افق"})

_WAVED = frozenset("اعلام علم رايات رايه لافتات لافته صور صوره ايدي ايديهم يده يديه اعلامها".split())
_BI_REACH = 5  # words from «لوّح» or «يدين» past its subject to what is waved or owed


def commentators_speak(tokens, trig) -> bool:
    """«ويحذر مراقبون من أن …», «يتهم محللون …»: the verb's subject, right after it, is an unnamed
    commentator written without the article."""
    after = [t for t in tokens[trig.last_token + 1:trig.last_token + 3] if t.is_word]
    return bool(after) and not after[0].proclitics and after[0].norm in _COMMENTATORS


def hosts_residents(tokens, trig) -> bool:
    """A host verb whose object, within a few words, is people or offices it houses (refugees, a political
    bureau, a movement's leadership, camps), not talks or guests."""
    window = range(trig.last_token + 1, min(len(tokens), trig.last_token + 1 + _RESIDENTS_REACH))
    # (not the body a guest heads or speaks for: «استضاف رئيس المكتب السياسي لحماس», «وفد المكتب»)
    return any((tokens[k].keys[-1].removeprefix("ال") in _RESIDENTS or tokens[k].keys[-1].startswith(("لاجئ", "اللاجئ")))
               and tokens[k - 1].keys[-1] not in _HEADS_OF for k in window)


_DEVICES = frozenset("سياره سيارات عبوه عبوات قنبله قنابل حزام احزمه".split())  # a bomb noun's thing, not its blast
_FINDING = frozenset("ضبط ضبطت ضبطوا يضبط تضبط فكك فككت فككوا يفكك تفكك تفكيك ابطل ابطلت ابطلوا ابطال عثر عثرت عثروا "
                     "العثور عثور صادر صادرت مصادره اكتشف اكتشفت اكتشاف ضبطها".split())
_FINDING_REACH = 5  # words back from the device to the verb that found it («عثرت القوات الأمنية على سيارة مفخخة»)


def device_found(tokens, trig: Trigger) -> bool:
    """«ضبطت قوات الأمن سيارة مفخخة», «تفكيك عبوة ناسفة», «عثرت القوات على سيارة مفخخة»: the bomb noun names a device
    that was seized, found or defused, not a blast."""
    before = tokens[max(0, trig.first_token - _FINDING_REACH):trig.first_token]
    return tokens[trig.first_token].keys[-1] in _DEVICES and any(t.is_word and t.keys[-1] in _FINDING for t in before)


def names_an_outlet(tokens, trig, quoted_only: bool) -> bool:
    """The trigger right after a channel, a paper, an agency or a site, in quotes («قناة «المسيرة»») or, unless
    `quoted_only`, not («قناة المسيرة»; but «قناة الاتصال الرئيسية بين …» is a channel of contacts)."""
    k = trig.first_token - 1
    quoted = k >= 0 and tokens[k].text in QUOTES
    if quoted:
        k -= 1
    return (quoted or not quoted_only) and k >= 0 and tokens[k].is_word and word_key(tokens[k]) in _OUTLETS


_OUTLETS = frozenset("قناه صحيفه جريده مجله اذاعه وكاله موقع تلفزيون".split())


def aimed_by_words_or_at_an_idea(tokens, trig) -> bool:
    """«هاجم/استهدف» with words or pictures as subject, right before it («مقاطع مصورة تهاجم», «تصريحات
    تستهدف»), or a step, a decision or a law («في خطوة تستهدف الأحزاب»: aimed at, not struck), or with a cause, a
    standing or a unity as object, right after it («يستهدف قضية», «تستهدف وحدة الأراضي»), or an outcome aimed at: an
    attack in words, on an idea, or no attack."""
    before = tokens[max(0, trig.first_token - 2):trig.first_token]
    after = tokens[trig.last_token + 1] if trig.last_token + 1 < len(tokens) else None
    return any(t.is_word and word_key(t) in _WORDS_AND_PICTURES | _MEASURES for t in before) \
        or (after is not None and after.is_word and word_key(after) in _IDEAS) or _aims_at_an_outcome(tokens, trig)


def _aims_at_an_outcome(tokens, trig) -> bool:
    """«تستهدف الحكومة التونسية تحقيق نمو بنسبة 3%», «يستهدف البرنامج رفع الصادرات»: an outcome aimed at (a bare
    masdar of achieving or raising, past the subject, before any comma) is a goal, no target struck."""
    for t in tokens[trig.last_token + 1:trig.last_token + 1 + _AIM_REACH]:
        if not t.is_word:
            return False
        if not t.proclitics and word_key(t) in _OUTCOMES_AIMED:
            return True
    return False


_AIM_REACH = 5  # «تستهدف وزارة الاقتصاد المصرية رفع …»
_OUTCOMES_AIMED = frozenset("تحقيق رفع خفض زياده جذب توفير تطوير تعزيز تقليص استقطاب مضاعفه الوصول بلوغ".split())


_WORDS_AND_PICTURES = frozenset("مقاطع مقطع تصريحات تصريح مقالات مقال تغريدات تغريده منشورات خطاب خطابات "
                                "كتابات تقارير تقرير فيديوهات".split())
_IDEAS = frozenset("قضيه وحده استقرار مصالح سياده جهود دور سمعه حقوق هويه ثوابت مكانه صوره".split())
_MEASURES = frozenset("خطوه قرار قرارات اجراء اجراءات سياسه سياسات قانون مشروع تعديلات".split())


def a_blow_to_an_idea(tokens, trig) -> bool:
    """«في ضربة قاسية لآمال التسوية», «ضربة لجهود الوساطة»: a single «ضربة» dealt, past an adjective or two, to hopes,
    efforts, an image or a process is a setback, no strike."""
    if tokens[trig.last_token].norm.lstrip("وفب") not in _A_BLOW:
        return False
    after = tokens[trig.last_token + 1:trig.last_token + 1 + _BLOW_REACH]
    # (the segmenter may keep «لصورة» whole: its keys still hold the noun without «ل»)
    return any(t.is_word and t.norm.startswith("ل") and not _HOPES.isdisjoint(t.keys) for t in after)


_A_BLOW = frozenset({"ضربه"})
_BLOW_REACH = 3  # «ضربة مبكرة قوية لصورة …»
_HOPES = frozenset("امال امل جهود مساعي صوره مصداقيه سمعه هيبه مسار عمليه ثقه مكانه نفوذ طموحات مشروع "
                   "خطط خطه اقتصاد تسويه مفاوضات محادثات حوار".split())


def a_course_or_a_show(tokens, k: int) -> bool:
    """The protest word at `k` names no protest: a «مسيرة» followed by a process or a career's adjective is a course
    followed («تعثرت مسيرة السلام», «المسيرة الديمقراطية», «بعد مسيرة طويلة في الوزارة», «مسيرته المهنية»), and one
    followed by the adjective of a festival, a match or a parade is a show («تظاهرة ثقافية», «مسيرة عسكرية»)."""
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return False
    after = set(tokens[k + 1].keys)  # (all its readings: «كروية» is also «ك» + «روية»)
    return not after.isdisjoint(_SHOWS) or ("مسيره" in tokens[k].stem_keys and not after.isdisjoint(_COURSES))


_COURSES = frozenset("سلام تسويه مفاوضات اصلاح اصلاحات تنميه ديمقراطيه تطبيع علاقات تعاون انتقال بناء حوار مصالحه "
                     "نضال عمل مهنيه طويله حافله".split())
_SHOWS = frozenset("ثقافيه رياضيه فنيه كرويه سينمائيه علميه سياحيه ادبيه موسيقيه عسكريه احتفاليه".split())


def a_figurative_fight(tokens, trig) -> bool:
    """«اشتباك لفظي», «حرب تجارية», «حرب أسعار», «اغتيال معنوي», «الحرب الباردة»: a fight in words, trade, prices or
    reputations, named by the word right after the attack noun, is no violence."""
    k = trig.last_token + 1
    return k < len(tokens) and tokens[k].is_word and not _FIGURATIVE.isdisjoint(tokens[k].keys)


# (not the masculine nisbas that also name a person: «اغتيال الدبلوماسي», «اغتيال إعلامي» kill a diplomat, a journalist)
_FIGURATIVE = frozenset("لفظي لفظيه لفظيا كلامي كلاميه كلاميا معنوي معنويه معنويا تجاريه تجاريا اقتصاديه اقتصاديا "
                        "اعلاميا نفسيه دبلوماسيا بارده اسعار عملات تصريحات بيانات".split())


def a_round_of_fighting(tokens, trig) -> bool:
    """«خاضت إسرائيل جولة قتال مع الجهاد», «جولة جديدة من المواجهات»: the round is of fighting, no tour or talks."""
    for t in tokens[trig.last_token + 1:trig.last_token + 4]:
        if not t.is_word:
            return False
        if not _FIGHTING.isdisjoint(t.keys):
            return True
        if t.norm != "من" and _ROUND_WORDS.isdisjoint(t.keys):
            return False
    return False


_FIGHTING = frozenset("قتال مواجهات مواجهه معارك اشتباكات عنف حرب تصعيد قصف اقتتال".split())
_ROUND_WORDS = frozenset("جديده اخري ثانيه ثالثه اولي سابقه اخيره عنيفه داميه".split())  # «جولة جديدة من …»


def the_top_of_a_thing(tokens, trig) -> bool:
    """«قمة هرم السلطة», «على قمة جبل», «قمة أولويات الحكومة»: the top of a thing, no summit."""
    nxt = tokens[trig.last_token + 1] if trig.last_token + 1 < len(tokens) else None
    return trig.first_token == trig.last_token and not _SUMMIT.isdisjoint(tokens[trig.first_token].keys) \
        and nxt is not None and nxt.is_word and not _TOPPED.isdisjoint(nxt.keys)


_SUMMIT = frozenset({"قمه"})
_TOPPED = frozenset("هرم جبل تله سلم هيكل اولويات اهتمامات جدول قائمه ترتيب مجد".split())


def a_subsidy(tokens, trig) -> bool:
    """«رفع الدعم عن الوقود», «خفض دعم الخبز»: the support given to goods («عن» them, or them in construct) is a
    subsidy, no backing of a party."""
    k = trig.last_token + 1
    if k < len(tokens) and tokens[k].norm == "عن":
        k += 1
    return k < len(tokens) and tokens[k].is_word and not _SUBSIDISED.isdisjoint(tokens[k].keys)


_SUBSIDISED = frozenset("وقود محروقات خبز سلع اسعار كهرباء غاز سكر دقيق بنزين ديزل سولار طحين ادويه قمح مشتقات".split())


def argues_or_pretends(tokens, trig) -> bool:
    """«احتج الوزير بأن القانون لا يسمح بذلك» argues, «تظاهر السجين بالمرض», «تتظاهر بالحياد», «يتظاهرون بعدم
    المعرفة» pretend: «بأن» (or, after «تظاهر», a state feigned or «بعدم») in the verb's clause, before anything
    protested «على» or «ضد», is no protest."""
    word = tokens[trig.first_token].norm.lstrip("وف")
    pretending = "ظاهر" in word
    if not (pretending or "حتج" in word):
        return False
    for t in tokens[trig.last_token + 1:trig.last_token + 1 + _ARGUED_REACH]:
        if not t.is_word or t.norm in ("علي", "ضد"):
            return False
        if t.norm.startswith("بان") and t.norm[3:] in _THAT_SUFFIXES:
            return True
        if pretending and (t.norm == "بعدم" or not _FEIGNED.isdisjoint(t.keys) and t.proclitics.startswith("ب")):
            return True
    return False


_ARGUED_REACH = 6  # «احتج وزير الخارجية التونسي في كلمته بأن …»
_THAT_SUFFIXES = frozenset({"", "ه", "ها", "هم", "هما", "نا"})  # «بأن», «بأنه», «بأنها» …
_FEIGNED = frozenset("مرض موت نوم جنون اغماء عجز حياد جهل براءه".split())


def reaches_a_degree(tokens, trig) -> bool:
    """«وصل/تصل إلى» followed by an amount, a degree or an outcome («إلى خمسة ملايين», «إلى 40%», «إلى حد»,
    «إلى طريق مسدود», «إلى اتفاق»): reaching it, not arriving anywhere."""
    end = min(len(tokens) - 1, trig.last_token + _DESTINATION_REACH)
    to = next((k for k in range(trig.last_token + 1, end) if tokens[k].norm == "الي"), None)
    if to is None:
        return False
    word = tokens[to + 1]
    return word.norm[:1].isdigit() or word.norm in _DEGREES or word.keys[-1].removeprefix("ال") in _DEGREES


_DESTINATION_REACH = 8


def things_arrive(tokens, trig) -> bool:
    """«تصل فيها صواريخ الحوثيين إلى جدة», «ووصلت طلائع القوات إلى الدوحة», «وصل بعضها إلى تل أبيب», «إن الأموال
    وصلت»: what arrives, named right after or right before the verb, is weapons, troops, goods or money — no
    visitor."""
    after = next((t for t in tokens[trig.last_token + 1:trig.last_token + 3] if t.is_word and t.norm not in IN_IT),
                 None)
    before = tokens[trig.first_token - 1] if trig.first_token > 0 else None
    return any(t is not None and t.is_word and (word_key(t) in _ARRIVING_THINGS or t.norm in _ARRIVING_THINGS)
               for t in (after, before))


_ARRIVING_THINGS = frozenset(
    "صاروخ صواريخ قذيفه قذائف مسيره مسيرات طائره طائرات شحنه شحنات قافله قوافل طلائع تعزيزات دفعه دفعات قوات "
    "جنود سفينه سفن اموال مساعدات بعضها معظمها اغلبها".split())


def met_with_a_manner(tokens, trig, candidates) -> bool:
    """«قابل/قابلت … بحذر/بالرفض/بترحيب»: «قابل» (met) followed by «بـ» and a reaction is how news was
    received, not a meeting; so is «استقبل» of a thing no party is named in («فاستقبلت الخطوة بترحيب حذر»)."""
    word = tokens[trig.first_token].keys[-1].removeprefix("و").removeprefix("ف")
    received = word.startswith(_RECEIVED)
    if not word.startswith(("قابل", "يقابل", "تقابل")) and not received:
        return False
    end = min(len(tokens), trig.last_token + 1 + _MANNER_REACH + (_RECEIVER_WORDS if received else 0))
    # (the segmenter may leave «ب» unsplit on a word it does not know: «بفتور», «بتوجس»)
    manner = next((k for k in range(trig.last_token + 1, end)
                   if (prep_clitic(tokens[k]) == "ب" or tokens[k].norm.startswith("ب"))
                   and any(key.removeprefix("ال") in _REACTIONS_MANNER
                           for key in tokens[k].keys[1:] or tokens[k].keys)),
                  None)
    # (one receives a guest with a welcome too: «استقبل الرئيس نظيره بترحيب» names a second party, the guest)
    return manner is not None and not (received and sum(trig.last_token < np.first_token < manner
                                                        for np in candidates) > 1)


_MANNER_REACH = 5
_RECEIVED = ("استقبل", "يستقبل", "تستقبل")
_RECEIVER_WORDS = 6  # a receiver named after «استقبل» before what was received («فاستقبلت قوى 14 آذار الخطوة بترحيب»)
_REACTIONS_MANNER = frozenset("حذر ترحيب ترحاب رفض تشكيك استياء ارتياح فتور برود صمت قلق غضب استنكار اهتمام تحفظ "
                              "تجاهل سخريه انتقاد انتقادات تنديد توجس ريبه ترقب".split())
# amounts and number words, measures and outcomes that one «reaches» but never visits
_DEGREES = frozenset(
    "ما حد حدود مرحله مراحل مستوي مستويات ذروه درجه درجات نسبه نحو حوالي قرابه زهاء اكثر اقل اعلي ادني ضعف اضعاف "
    "عشرات مئات الاف ملايين مليون مليار مليارات الف مئه ثلث ربع نصف "
    "اثنين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه عشر عشره عشرين ثلاثين اربعين خمسين "
    "طريق اتفاق تفاهم تسويه حل حلول نتيجه نتائج قناعه طاوله مفترق نهايه".split())
_RESIDENTS = frozenset("مكتب مقر قياده مخيم مخيمات قاعده قواعد اعضاء عناصر مقاتلين مهاجرين نازحين".split())
_HEADS_OF = frozenset("رئيس رئيسه مدير قائد زعيم مسؤول ممثل ممثلي وفد".split())
_RESIDENTS_REACH = 10


def drawn_anew(word: Token) -> bool:
    """An indefinite line, without the article or a pronoun: one the speaker draws now («خط أحمر»)."""
    return not has_article(word) and not word.enclitic and not prep_clitic(word)


def masdar_after_masdar(tokens: list[Token], trig: Trigger, finder: ArgumentFinder) -> bool:
    """A verb form with «و» and the same pronoun as the act noun right before it is that noun's fellow
    masdar: «خطفه وقتله» (his abduction and killing), not «and he killed him»."""
    k = trig.first_token
    word = tokens[k]
    return k > 0 and word.proclitics == "و" and bool(word.enclitic) and trig.last_token == k \
        and tokens[k - 1].enclitic == word.enclitic and (k - 1) in finder.noun_trigger_tokens
