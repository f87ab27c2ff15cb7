"""Whether a trigger reports an act of its own or is only the content or topic of another
(«طالب بالإفراج», «هدد بقصف», «مناقشة الاتفاق», «مسؤوليته عن الهجوم»)."""
from __future__ import annotations

from ...schema import Trigger
from ..mentions import QUOTES, RELATIVES, has_article
from .clause import Clause
from .words import (
    ABOUT, AGREEMENT_DOCUMENTS, APPROVABLE, BANNING, BLAME_IDS, BOYCOTT, CAUSED_BY, CLAUSE_BREAKS, CONDITION_REACH,
    CONTENT_REACH, CONTENT_TAKING, DEMONSTRATIVES, DENIAL, DISCUSSION, DOCUMENTS, ENDED_IN, ENDING, EXPRESSER_REACH,
    EXPRESSING, IF, MEASURE_WITHDRAWN, OBJECT_PRONOUNS, OR_ELSE, PLEDGING, PROJECTILES, PROPOSALS, PROVIDING,
    RESULT_REACH, RESULTING, SAID_TYPES, SLOGANS, THREAT_REACH, TO, TOLD_OF, approving,
    conjoined_word, describes_what, is_complementizer, plural_verb, prep_clitic, word_key)

_AS_BEING = frozenset("بانه بانها بانهم بانهما بانهن".split())
_DEFIANCE = "core.REJECT.defy.verb"
_DESCRIPTION_REACH = 3  # «بأنه «خيانة غير مقبولة»»
_OBJECT_PRONOUNS = tuple(p for p in OBJECT_PRONOUNS if p)
_PROPOSAL_REACH = 3  # «مقترح مصري لتثبيت التهدئة»
_PROJECTILE_REACH = 7  # «صواريخ بحرية عالية الدقة بعيدة المدى دمرت»
_BOMBS = frozenset("عبوه عبوات عبوتين".split())  # bombs planted or thrown, as projectiles are fired

_CONJOINED_CONTENT_REACH = 4  # words from a content noun to one conjoined to it («بقتل مهاجرين واحتجاز»)


_RESUMING_OBJECTS = frozenset("ه ها".split())  # the pronoun a relative clause takes its noun up with


class Content(Clause):
    """Triggers that are the content or topic of another act."""

    def _repeats_noun_before(self, trig: Trigger) -> bool:
        """«استدعاء سفيرها للتشاور، واستدعاء السفير الإثيوبي», «تجميد اختصاصات البرلمان وإعفاء رئيس
        الحكومة»: another act of the same doer joined to the one before (not «مقتل ثلاثة وإصابة اثنين»,
        one attack told twice)."""
        if not self._coordinated_with_same_type(trig):
            return False
        before = [t for t in self.triggers if t.last_token < trig.first_token and t.entry.pos == "noun"]
        return bool(before) and (before[-1].entry.event != "ASSAULT" or bool(
            set(self.tokens[before[-1].first_token].keys) & set(self.tokens[trig.first_token].keys)))

    def _coordinated_with_same_type(self, trig: Trigger) -> bool:
        tok = self.tokens[trig.first_token]
        if not tok.norm.startswith("و"):
            return False
        prev = [t for t in self.triggers if t.last_token < trig.first_token]
        # (a list set off by commas reaches further: «خفض عدد الدبلوماسيين العاملين في السفارة الإيرانية، وتجميد
        # أعمال اللجان المشتركة»)
        reach = 12 if trig.first_token > 0 and self.tokens[trig.first_token - 1].text in ("،", ",") else 6
        if not prev or trig.first_token - prev[-1].last_token > reach:
            return False
        # a purpose «للتشاور» in between is part of the phrase before («استدعاء سفيرها للتشاور، واستدعاء السفير …»)
        prev = [t for t in prev if not (
            t.entry.pos == "verb" and self.tokens[t.first_token].proclitics.lstrip("وف").startswith("ل"))]
        if not prev:
            return False
        # «زيارته للأردن والزيارة المرتقبة لمصر»; «قطع علاقاتها مع الدوحة وإغلاق المنافذ»
        return prev[-1].entry.event == trig.entry.event or prev[-1].entry.pos == "noun"

    def is_nested_content(self, trig: Trigger) -> bool:
        """What a request or threat asks for («طالبت … دعم الانتخابات», «هدد بقصف …») or what a signed
        text is for («مذكرة تفاهم للتعاون الأمني») reports no event of its own."""
        tok = self.tokens[trig.first_token]
        # «اتهمت X بدعم …», «اتهم إيران بشن «هجوم» …»: what one is accused of, with «ب» on the noun or
        # on the light verb governing it
        light = next((k for k in range(trig.first_token - 1, max(-1, trig.first_token - 3), -1)
                      if self.tokens[k].text not in QUOTES), None)
        charged = prep_clitic(tok) == "ب" or (light is not None and prep_clitic(self.tokens[light]) == "ب"
                                              and self.is_light_verb(light))
        if trig.entry.event == "COOPERATE" and (prep_clitic(tok) == "ل" or tok.norm.startswith("لل")) and any(
                key in AGREEMENT_DOCUMENTS for t in self.tokens[max(0, trig.first_token - 3):trig.first_token]
                for key in t.stem_keys):
            return True
        if self._in_condition_of_threat(trig):
            return True
        if trig.entry.pos == "noun" and tok.proclitics.startswith("و") and (before := next(
                (t for t in reversed(self.triggers) if t.entry.pos == "noun" and t.last_token < trig.first_token
                 and trig.first_token - t.last_token <= _CONJOINED_CONTENT_REACH), None)) is not None \
                and all(self.tokens[k].is_word for k in range(before.last_token + 1, trig.first_token)) \
                and self.is_nested_content(before):
            return True  # «اتهمتها بقتل مهاجرين واحتجاز آخرين»: a noun conjoined to what one is charged with is charged too
        if self._judgement_in_a_description(trig):
            return True  # «وصفت الانقلاب بأنه «خيانة غير مقبولة»»: the judgement is what the description says
        k = trig.first_token
        if trig.entry.pos == "verb" and conjoined_word(tok) and plural_verb(tok) and tok.norm[1:2] not in ("ي", "ت"):
            return False  # «أعلنوا رفضهم الإعلان ودعوا إلى التظاهر»: a past verb conjoined is a main verb of its own
        if describes_what(self.tokens, trig):
            return False  # «توعدت الفصائل بالرد على ما وصفته بالعدوان»: the threatener's own word for the deed
        if k >= 2 and self.tokens[k - 1].norm in ("علي", "على") and not BANNING.isdisjoint(self.tokens[k - 2].keys):
            return True  # «رفع الحظر المفروض على بيع الأسلحة إلى فيتنام»: what is banned is not done
        if trig.entry.pos == "noun" and self._proposed(k):
            return True  # «وافقت إسرائيل على مقترح الهدنة الذي قدمته مصر»: what is proposed is not done
        if trig.entry.pos == "verb" and self.tokens[trig.last_token].enclitic in _RESUMING_OBJECTS and any(
                t.last_token == k - 1 and t.entry.pos == "noun" and not has_article(self.tokens[t.last_token])
                and not self.tokens[t.last_token].enclitic for t in self.triggers):
            return False  # «…، وهو طلب رفضته واشنطن»: a verb resuming the indefinite noun before it describes it
        for t in self.triggers:
            if trig.first_token == t.last_token + 1 and tok.proclitics.startswith("و") \
                    and t.entry.pos == trig.entry.pos == "noun":
                continue  # «أعربت عن رفضها واستنكارها للاقتحام»: two acts named together, neither the other's content
            if t.entry.id == DENIAL and any(is_complementizer(self.tokens[k], with_pronoun=True)
                                             for k in range(t.last_token + 1, trig.first_token)):
                continue  # «نفى الجيش أن يكون قد قصف المستشفى»: the denied act is still reported, denied
            if t.entry.event == "ACCUSE" and (t.entry.mode != "allege" or not charged):
                continue  # «اتهمت X بدعم …» is content; «أدانت الهجوم», «ندد بالعقوبات» report what they condemn
            if t.entry.event == "AGREE" and trig.entry.event in APPROVABLE and \
                    self.tokens[t.first_token].norm.removeprefix("و") in PLEDGING:
                continue  # «تعهد بتقديم مساعدات»: the pledged aid is the event
            if t.entry.event == "AGREE" and trig.entry.event in APPROVABLE and approving(self.tokens[t.first_token]):
                continue  # «وافق الأسد على فتح معبرين», «وافقت السعودية على إيداع مليارات»: consenting to an act makes it
            if t.entry.id.startswith(MEASURE_WITHDRAWN) and trig.entry.event == "SANCTION" \
                    and self._in_content_of(t, trig.first_token):
                return True  # «يرجئ فرض رسوم جمركية»: the measure put off is not imposed
            if t.entry.event == "AGREE" and t.first_token > 0 \
                    and self.tokens[t.first_token - 1].norm.removeprefix("و") in PROVIDING:
                continue  # «ينص الاتفاق على وقف فوري لإطلاق النار»: what an accord provides for is done by its parties
            if t.entry.event == "AGREE" and not (
                    0 < trig.first_token - t.last_token <= 3
                    and any(self.tokens[k].norm in ("علي", "على") or prep_clitic(self.tokens[k]) == "ب"
                            for k in range(t.last_token, trig.first_token + 1))):
                continue  # «وافقت على البيع» is content; a clause after «تنص الصفقة على هدنة …» is not
            if t.entry.event == "THREATEN" and trig.entry.frame == "consequence":
                continue  # «توعد ولايتي بأنها «لن تبقى من دون رد»»: what is threatened names whom (folded later)
            if t.entry.id == _DEFIANCE:
                continue  # «تحدى المحتجون حظر التجول وخرجوا إلى الشوارع»: what is done in defiance is done
            if t.entry.event == "REQUEST" and trig.entry.event == "THREATEN" and any(
                    self.tokens[k].norm in OR_ELSE for k in range(t.last_token + 1, trig.first_token)):
                continue  # «على حماس أن تطلق الرهائن وإلا فستواجه الجحيم»: the demand's «or else» threatens
            # «هدد ترامب في مقابلة هاتفية مع شبكة … اليوم بقصف إيران», «طالب زيلينسكي، في كلمة …، الولايات المتحدة
            # بفرض …»: «هدد/طالب … ب» reaches over adverbials
            reach = THREAT_REACH if t.entry.event in ("THREATEN", "REQUEST") and charged else CONTENT_REACH
            if t.entry.event in CONTENT_TAKING and self._in_content_of(t, trig.first_token, reach):
                return True
        return False

    def _proposed(self, k: int) -> bool:
        """A proposal noun governs the word at `k`, directly or across its nisba adjectives and a «لـ» of
        purpose («مقترح الهدنة», «مقترح أممي لهدنة», «مقترح مصري لتثبيت التهدئة»; not «مقترح المملكة تشكيل …»,
        which names its author, nor «قوبل المقترح الأمريكي برفض سوري», met with a refusal)."""
        purpose = self.tokens[k].proclitics.startswith("ل")
        for j in range(k - 1, max(-1, k - _PROPOSAL_REACH - 1), -1):
            tok = self.tokens[j]
            if not tok.is_word:
                return False
            if not PROPOSALS.isdisjoint(tok.stem_keys):
                return j == k - 1 or purpose
            purpose = purpose or tok.proclitics.startswith("ل")
            if j in self.trigger_tokens or not (tok.norm.endswith(("ي", "يه")) or tok.proclitics.startswith("ل")):
                return False
        return False

    def _judgement_in_a_description(self, trig: Trigger) -> bool:
        """`trig` is a judgement («غير مقبولة») qualifying a noun that a judging verb before it calls a
        deed «بأنه …» (as): «بأنه «خيانة غير مقبولة»» (not «قال بأنه …», said)."""
        first = trig.first_token
        if trig.entry.event != "ACCUSE" or trig.entry.frame != "consequence" or first == 0 \
                or not self.tokens[first - 1].is_word or self.tokens[first - 1].norm in _AS_BEING:
            return False
        return any(t.entry.event == "ACCUSE" and t.last_token < first for t in self.triggers) \
            and any(self.tokens[k].norm in _AS_BEING for k in range(max(0, first - _DESCRIPTION_REACH), first))

    def calls_for_boycott(self, request: Trigger) -> bool:
        """«دعا أردوغان الأتراك إلى مقاطعة المنتجات الأميركية», «طالبوا بمقاطعة»: the request's content
        is a boycott (after «إلى/ب/ل», so never the province «مقاطعة ألبرتا»)."""
        return any(self.tokens[k].keys[-1] == BOYCOTT and self._in_content_of(request, k)
                   and (prep_clitic(self.tokens[k]) in ("ب", "ل") or self.tokens[k - 1].norm == TO)
                   for k in range(request.last_token + 1, len(self.tokens)))

    def _in_content_of(self, head: Trigger, first: int, reach: int = CONTENT_REACH) -> bool:
        """The word at `first` follows `head` closely, within its clause: what `head` asks for,
        threatens or charges (a comma setting off a time or a turn of the discourse is no break: «دعا لودريان،
        الأحد الماضي، إلى اجتماع طارئ», «رفض الأسد، من جهته، لقاء أردوغان»)."""
        relative = self.subject_relative_aside(head)  # («طالب العبادي، الذي يزور المنطقة، تركيا بسحب قواتها»)
        occasion = self.occasion_asides if head.first_token not in self.occasion_asides else frozenset()
        if head.last_token >= first or first in relative or first in occasion:
            return False
        named = self._names_set_off(head.last_token, first) | self.short_asides | occasion | relative
        return sum(self.tokens[k].is_word and k not in self.time_tokens and k not in named
                   for k in range(head.last_token + 1, first)) < reach \
            and not any(self.tokens[k].text in CLAUSE_BREAKS or (
                self.tokens[k].text in "،," and not self._sets_off_time(k) and k not in named)
                        for k in range(head.last_token, first))

    def _sets_off_time(self, k: int) -> bool:
        """The comma at `k` opens or closes a time set off by commas («دعا لودريان، الأحد الماضي، إلى …»;
        not the comma after «دستور عام 2014» that ends a clause)."""
        if k + 1 in self.time_tokens:
            return True
        j = k - 1
        while j in self.time_tokens:
            j -= 1
        return j < k - 1 and j >= 0 and self.tokens[j].text in "،,"

    def _names_set_off(self, lo: int, hi: int) -> set[int]:
        """Tokens between `lo` and `hi` of a name or title set off by commas, commas included («هدد عبد
        الملك الحوثي، زعيم جماعة أنصار الله، باستهداف …»): what the head asks or threatens reaches over it."""
        if not any(self.tokens[k].text in "،," for k in range(lo, hi)):
            return set()
        return self._appositions(lo, hi, self.candidate_at, names_only=True)

    def _in_condition_of_threat(self, trig: Trigger) -> bool:
        """«هدد ترامب بأن «جحيماً» سيحل إذا لم تفرج حماس عن الرهائن»: the condition a threat sets is
        no event of its own."""
        if not any(t.entry.event == "THREATEN" and t.last_token < trig.first_token for t in self.triggers):
            return False
        words = [t.norm for t in self.tokens[max(0, trig.first_token - CONDITION_REACH):trig.first_token]]
        return any(w in IF for w in words) or any(a == "ان" and b == "لم" for a, b in zip(words, words[1:]))

    def is_topic_of_discussion(self, trig: Trigger) -> bool:
        """«مناقشة الاتفاق»: a noun that is what another event is about names no event of its own."""
        k = trig.first_token - 1
        if k < 0 or trig.entry.pos != "noun":
            return False
        if any(t.last_token == k and t.entry.event == "CONSULT" and t is not trig for t in self.triggers) \
                and not (has_article(self.tokens[k]) and not has_article(self.tokens[trig.first_token])) \
                and not self.tokens[trig.first_token].proclitics.endswith("ب"):
            return True  # (not «وشهدت الزيارة توقيع اتفاقية»: a definite noun before an indefinite one is no
            # construct, but the subject of what came about, and its object; nor «بدأ جولته بلقاء الرئيس»: a noun
            # after «ب» is how the visit went, not what it discussed)
        if self.tokens[k].norm in DEMONSTRATIVES:
            return True  # «هذه المحادثات», «هذه الزيارة»: the event was reported before
        if trig.entry.frame == "visit" and self.tokens[trig.first_token].norm.startswith(("بال", "وبال")) and any(
                t.last_token == k and t.entry.event in ("SUPPORT", "ACCUSE", "REJECT") for t in self.triggers):
            return True  # «الترحيب بالزيارة», «ندد بالزيارة»: the visit judged was told before
        prev = self.tokens[k]
        if (prev.norm in ABOUT or word_key(prev) in ABOUT) and not self._claimed(trig) and not (
                word_key(prev) == "عن" and (self._expressed(k) or (trig.entry.event != "ASSAULT"
                                                                   and self._resulting_before(k) is not None) or (
                    k >= 1 and word_key(self.tokens[k - 1]).removeprefix("ال") in CAUSED_BY)
                or (trig.entry.event in ("ASSAULT", "COERCE") and any(
                    t.norm.removeprefix("و") in TOLD_OF for t in self.tokens[max(0, k - 6):k])))):
            return True  # «حول الاتفاق», «بشأن الهجوم» — but «مسؤوليته عن الهجوم» claims it, «أعربت الرياض
            # عن أسفها» expresses it, «أسفرت الوساطة عن إفراج روسيا عن …» reports what came of it,
            # «انفجارات ناجمة عن ضربة إسرائيلية» what caused it, and «تحدثت منظمات حقوقية عن مقتل ثمانية»
            # tells of a killing or an arrest
        if prev.norm in ENDING or word_key(prev) in ENDING:
            return True  # «انتهاء التهديد», «منع الهجمات», «تجنب التصعيد»: what is ended or prevented
        if prev.norm in ("الي", "الى") and any(word_key(t) in DISCUSSION for t in self.tokens[max(0, k - 3):k]):
            return True  # «تطرق الحديث إلى التعاون»
        return False

    def _resulting_before(self, k: int) -> int | None:
        """The position of a verb of resulting («أسفرت», «أفضت», «تمخضت») whose «عن/إلى» is token `k`, over
        its subject («أسفرت المباحثات بين وزير الخارجية المصري ونظيره التركي عن اتفاق»), in the same clause."""
        for j in range(k - 1, max(-1, k - 1 - RESULT_REACH), -1):
            if self.tokens[j].text in CLAUSE_BREAKS:
                return None
            if word_key(self.tokens[j]) in RESULTING:
                return j
        return None

    def talks_resulting_in(self, trig: Trigger) -> Trigger | None:
        """«أسفرت المباحثات التركية الأرمينية في فيينا عن اتفاق», «أفضت محادثات سودانية جنوب سودانية إلى
        اتفاق»: the talks whose outcome the noun at `trig` is (maybe «عن التوصل إلى اتفاق»)."""
        k = trig.first_token - 1
        if k >= 2 and self.tokens[k].norm == TO and word_key(self.tokens[k - 1]) == "التوصل":
            k -= 2
        if k < 1 or not (word_key(self.tokens[k]) == "عن" or self.tokens[k].norm == TO):
            return None
        if self.tokens[k].norm == TO and word_key(self.tokens[k - 1]) in ENDED_IN:
            # «اختتم الوفدان … أول جولة من المفاوضات …، وانتهت إلى اتفاق»: the talks told before, which ended so
            return next((t for t in reversed(self.triggers) if t.entry.event == "CONSULT" and t.entry.pos == "noun"
                         and t.last_token < k - 1), None)
        verb = self._resulting_before(k)
        if verb is None:
            return None
        return next((t for t in self.triggers if t.entry.event == "CONSULT" and verb < t.first_token < k), None)

    def act_given_up(self, trig: Trigger) -> Trigger | None:
        """«تخلّت تركيا عن اعتراضها على انضمام السويد», «تراجع أردوغان عن قراره طرد سفراء عشر دول»: the first act
        named after a concession in its clause, the one it gives way on or gives up."""
        cut = self._next_clause(trig.last_token)
        return next((t for t in self.triggers if trig.last_token < t.first_token < cut), None)

    def _expressed(self, k: int) -> bool:
        """A verb of expressing («أعرب», «عبّر») shortly before the «عن» at `k`, over an aside set off by
        commas («أعرب بلينكن، خلال مؤتمر صحفي مشترك مع نظيره القطري في الدوحة، عن امتنان …»)."""
        aside = self._relative_asides(max(0, k - 4 * EXPRESSER_REACH), k) \
            | self._adverbial_asides(max(0, k - 4 * EXPRESSER_REACH), k)
        reach = [j for j in range(k - 1, -1, -1) if j not in aside][:EXPRESSER_REACH]
        return any(word_key(self.tokens[j]) in EXPRESSING for j in reach)

    def _claimed(self, trig: Trigger) -> bool:
        """«مسؤوليته/مسؤوليتهم عن الهجوم»: the noun names what someone claimed (not what someone was blamed
        for: «وحمّلت أنقرة الوحدات الكردية المسؤولية عن القصف»)."""
        k = trig.first_token
        return k >= 2 and word_key(self.tokens[k - 1]) == "عن" and any(
            key.startswith("مسؤولي") for key in self.tokens[k - 2].stem_keys) \
            and not any(t.entry.id.startswith(BLAME_IDS) and t.last_token < k for t in self.triggers)

    def _slogan_before(self, trig: Trigger) -> bool:
        """A verb right after an indefinite noun of slogans or banners, maybe past an adjective («لافتات تطالب
        برحيل النظام», «شعارات معادية تندد بـ …»): what they say is said by whoever raised or chanted them."""
        k = trig.first_token
        if trig.entry.pos != "verb" or conjoined_word(self.tokens[k]) or self.tokens[trig.last_token].enclitic:
            return False
        # (as written too: the segmenter reads «لافتات» as «ل» + «افتات»)
        return any(j >= 0 and self.tokens[j].is_word and not has_article(self.tokens[j])
                   and (self.tokens[j].norm in SLOGANS or word_key(self.tokens[j]) in SLOGANS) for j in (k - 1, k - 2))

    def _describes_event_noun(self, trig: Trigger) -> bool:
        """An attack verb right after an indefinite attack noun describes it, as a relative clause without
        «التي» («هجوماً … «عملية عسكرية نوعية» استهدفت مطاري أبوظبي»; only adjectives and quotes may
        stand between), and so does one after «الذي/التي» and a definite attack noun's adjectives."""
        if trig.entry.pos != "verb" or trig.entry.event != "ASSAULT" or conjoined_word(self.tokens[trig.first_token]) \
                or self.tokens[trig.last_token].enclitic:
            return False  # («محادثات استضافتها الصين»: with its pronoun, the noun is the verb's object)
        noun = next((t for t in self.triggers if t.entry.pos == "noun" and t.entry.event == trig.entry.event
                     and 0 < trig.first_token - t.last_token <= 5), None)
        if noun is None:
            return False
        between = self.tokens[noun.last_token + 1:trig.first_token]
        if has_article(self.tokens[noun.first_token]):
            # «الهجوم الإيراني غير المسبوق الذي استهدف إسرائيل»: a definite one, through «الذي/التي» after its
            # adjectives
            return bool(between) and between[-1].norm in RELATIVES and all(
                t.text in QUOTES or (t.is_word and (has_article(t) or t.norm == "غير")) for t in between[:-1])
        if len(between) > 2:
            return False
        named = {k for np in self.nps for k in range(np.first_token, np.last_token + 1)}
        return all(t.text in QUOTES or (t.is_word and not t.proclitics and not has_article(t) and k not in named)
                   for k, t in enumerate(between, noun.last_token + 1))

    def _projectile_subject(self, trig: Trigger) -> bool:
        """«قال إن صواريخ بحرية بعيدة المدى دمرت سفينة حربية أوكرانية»: a projectile named right after «أن»,
        or an indefinite one the verb describes, is the subject of the attack verb after it, and the phrase after
        the verb is what it hit."""
        if trig.entry.pos != "verb" or trig.entry.event != "ASSAULT" or conjoined_word(self.tokens[trig.first_token]) \
                or self.tokens[trig.last_token].norm.endswith(_OBJECT_PRONOUNS):
            return False  # («صواريخ أطلقها الحوثيون»: a relative clause, its subject after the verb)
        named = {k for np in self.nps for k in range(np.first_token, np.last_token + 1)}
        for k in range(trig.first_token - 1, max(0, trig.first_token - _PROJECTILE_REACH) - 1, -1):
            t = self.tokens[k]
            if k in named or not (t.is_word or t.text in QUOTES):
                return False  # a party or a break: the projectile is not this verb's subject
            if word_key(t) in PROJECTILES | _BOMBS:
                # (or an indefinite one the verb describes: «فجّر حزب الله عبوة ناسفة استهدفت دورية إسرائيلية»)
                return k > 0 and is_complementizer(self.tokens[k - 1]) or not has_article(t) and all(
                    not has_article(w) for w in self.tokens[k + 1:trig.first_token])
        return False

    def _describes_document(self, trig: Trigger) -> bool:
        """«وقّع ترامب إعلاناً رئاسياً يعترف بسيادة …»: an indefinite document noun, maybe with its
        adjective, right before an imperfect saying verb describes what the document does."""
        if trig.entry.pos != "verb" or trig.entry.event not in SAID_TYPES:
            return False
        word = self.tokens[trig.first_token].norm
        # (after «الذي/التي» too: «تبنى مجلس الأمن القرار رقم 2722 الذي يطالب الحوثيين …»)
        k = trig.first_token - 1
        reach = 5 if k >= 0 and self.tokens[k].norm in RELATIVES else 2
        before = [t for t in self.tokens[max(0, trig.first_token - reach):trig.first_token] if t.is_word]
        return word[:1] in ("ي", "ت") and any(word_key(t).removesuffix("ا") in DOCUMENTS for t in before)
