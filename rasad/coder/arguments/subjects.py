"""Who did it: the subject of a verb trigger in VSO and SVO order, of a conjoined or light verb
(«قام X بـ»), of a relative clause or a participle, and the owner of forces or a seat named as doer."""
from __future__ import annotations

from typing import Optional

from ...schema import Trigger
from ...text.normalize import normalize
from ..mentions import (CLOSING_QUOTES, HONORIFICS, NP, OFFICES_OF_A_PERSON, OPENING_QUOTES, PARTIES, QUANTIFIERS,
                        QUOTES, RELATIVES, THESE, has_article, leading_figure_of)
from .agreement import Agreement
from .words import (
    HAD_BEFORE,
    ACCUSE_VERB, ACTING, ADVERBIAL_HEADS, ADVERBIAL_PHRASES, ADVERBIAL_PPS, ADVERBIAL_REACH, AFFIRMING, AFFIRMING_PARTICIPLES, AGENTLESS,
    ANNOUNCING_PARTICIPLES,
    APPOSITION_OPENERS,
    ARRIVALS, ATTRIBUTED_TO, BEFORE_SUBJECT, BELONGING, BLAME_VERB, BY_IT, BY_ORDER_OF, CAUSE_PREPS, CLAIMED_BY,
    CONCLUDING, CLAUSE_BREAKS, CLAUSE_OPENERS, COMPLEMENTIZERS, CONTINUING, COPULAS, COPULA_SUBJUNCTIVE, COURTESIES,
    DEED_JUDGING,
    DID, DOCUMENTS, DRIVING, DUAL_HOLDERS, DURING_IT, FORCED, FORCES, FORCING, FORMING, FRAME_NOUNS, GOVERNING_VERBS,
    HEAD_TITLES,
    GIVING_STATEMENTS, HOSTED_BY, TAKING_STATEMENTS, HUNDREDS, IN_IT, ISSUED, ISSUED_STATEMENTS, JOINT, LAUNCHED_BY, LIGHT_MASDARS,
    LIGHT_VERBS, LIGHT_VERB_REACH, MEN_OF_A_BODY, NOT_PLURALS,
    OBJECT_PRONOUNS,
    OBLIQUE_PAIRS, OFFICE_FIELDS, ON, OWNER_PRONOUNS, PARTICLES, PARTITIVES, PASSIVE_AGENT, PHONE_CALLS, PLUPERFECT, PORTFOLIOS,
    PREPS, PRONOUNS,
    PRONOUN_SUBJECTS, PROTESTED_BEFORE, RECEIVING, RELATIVE_CLAUSE_REACH, RENEWING_PARTICIPLES, REPLYING,
    ENVOYS_FOR, REPRESENTATIVES, SAID_TYPES, SENT_DELEGATIONS, UNNAMED_SUBJECTS,
    SAME_TIME, SAYING_VERBS, SEATS, SECOND_OBJECT_REACH, SETTING_OFF, SIDE_WORDS, STATEMENTS, STATEMENT_REACH, STATE_SETS, STILL,
    TELLING,
    THEN_WORDS, TIME_PREPS, TIME_SPANS, TIME_WORDS, TITLES_OF_SEVERAL, TITLE_REACH, TOPIC_MARKERS, USING,
    VERB_PARTICLES, WELCOMING,
    calls_for_it, conjoined_word, feminine_of, is_complementizer, is_discourse_aside, is_one_of, names_go_between,
    imperfect_plural_verb, plural_verb,
    prep_clitic, prep_key,
    statement_phrase_end,
    prepositional_word, word_key)


ANTECEDENT_GAP = 4  # words between a relative clause's antecedent and the phrase that ends right before it
# relative pronouns whose clause's verb may have the antecedent as subject («الذين هاجموا السجن»)
_SUBJECT_RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللذان اللتان".split())
# words of a set of states named before its members («الدول الخمس المعنية بالملف اللبناني»)
_STATE_SET_WORDS = 6


_STATEMENT_DESCRIBED_REACH = 30  # words from «في بيان» to the comma before the noun it names
# «، وهي …»: an apposition naming the members of a subject the knowledge base lacks
_FRONTED_REACH = 10  # words from «أما» to the verb whose subject it fronts
_THEY_ARE = frozenset("وهي وهم وهما".split())
_OPERATIONS = frozenset("عمليه غاره هجوم ضربه كمين اغاره".split())  # what a killing may be told to happen in
_OPERATION_REACH = 12  # «مقتل زعيم تنظيم «داعش» أبو بكر البغدادي في عملية نفذتها»
_AMONG_THEM = frozenset("منهم منها منه منهما بينهم بينها بينهما".split())  # «، ومنهم جهاديون أجانب»: no verb
_BUT_THAT = frozenset({"غير"})  # «غير أن»: "however", opening a clause (not «إلا أن», also "except that")
_CONTENT_PREPS = frozenset({"الي", "علي"})  # what is asked after a conjoined verb
_ASIDE_REACH = 6  # words of a short aside set off by commas after a subject («، من لندن،»)
_OF_THEM = ("ها", "هم", "هما")  # «معظمها», «بعضهم»: a quantifier over what was named before
_BECOMING = frozenset("اصبح اصبحت اصبحا اصبحتا اصبحوا بات باتت باتا باتتا باتوا صار صارت".split())
_PLURAL_RELATIVE = "الذين"
_UNMARKED_RELATIVE_REACH = 6  # words of «الذين …» between a plural subject and its verb, with no comma
_WHAT = frozenset({"ما"})  # «ما جرى», «ما حدث»: an object clause


_GO_BETWEEN_REACH = 4  # tokens from «بوساطة» to the noun it may stand before: «بوساطة قطرية ومصرية إلى اتفاق»


class Subjects(Agreement):
    """The subjects of verb and noun triggers."""

    def _statement_described(self, trig: Trigger) -> set[int]:
        """The tokens of a statement named between a light verb's subject and its noun, with the words that
        describe it up to a comma right before the noun («أعلن البلدان في بيان مشترك صدر في ختام مباحثات في
        الرياض، إعادة العلاقات»): what the statement says is the noun after it."""
        comma = trig.first_token - 1
        if comma < 2 or self.tokens[comma].text not in "،,":
            return set()
        for k in range(comma - 2, max(-1, comma - _STATEMENT_DESCRIBED_REACH), -1):
            if not self.tokens[k].is_word or self.tokens[k].norm in COMPLEMENTIZERS:
                return set()
            if statement_phrase_end(self.tokens, k) is not None:
                return set(range(k, comma + 1))
        return set()

    def _light_verb(self, trig: Trigger):
        """('light', subject NP or None, verb index) / ('agentless', None, index) / ('receiving', NP, index)
        when a light verb governs the noun."""
        np_tokens = self.candidate_at
        k = trig.first_token
        if k >= 2 and word_key(self.tokens[k - 1]) in FRAME_NOUNS and self.tokens[k - 2].norm in PREPS:
            return None  # «وأصدر البلدان في ختام المباحثات إعلاناً»: the noun is inside an adverbial
        if self._after_since(trig):
            return None  # «فرضت واشنطن منذ بدء الهجوم عقوبات …»: since when, not what was imposed
        if k >= 1 and word_key(self.tokens[k - 1]) in CAUSE_PREPS:
            return None  # «وجهت بغداد انتقادات لأنقرة بسبب عملياتها العسكرية»: why, not what was done
        if k >= 1 and self.tokens[k - 1].norm in TIME_PREPS and trig.entry.genitive == "actor" \
                and any(np.first_token == trig.last_token + 1 and not np.prep and np.code for np in self.candidates):
            return None  # «لم يتوصل المجلس إلى بيان بعد اعتراض روسيا»: when, by the party named after it
        appositions = self._appositions(max(0, trig.first_token - 2 * LIGHT_VERB_REACH), trig.first_token, np_tokens) \
            | self._relative_asides(max(0, trig.first_token - 2 * LIGHT_VERB_REACH), trig.first_token) \
            | self._model_names(max(0, trig.first_token - 2 * LIGHT_VERB_REACH), trig.first_token)
        appositions |= self._statement_described(trig)
        # (what is set off does not count, nor a date between commas: «أعادت دولة الإمارات العربية المتحدة، أول من
        # أمس الخميس، فتح سفارتها»)
        window = range(max(0, trig.first_token - 2 * LIGHT_VERB_REACH), trig.first_token)
        dated = sum(1 for k in window if k in self.time_tokens or k in self.adverbial_asides)
        lo = max(0, trig.first_token - LIGHT_VERB_REACH - len(appositions) - dated)
        free = 0  # words between the light verb and the noun that are not its subject
        crossed_that = False
        # («وأكد الجانبان في ختام اللقاء دعوتهما …»: the talks that frame the verb's object are no object of it)
        framed = {j for k in window if k in self.noun_trigger_tokens and k >= 2
                  and word_key(self.tokens[k - 1]) in FRAME_NOUNS and self.tokens[k - 2].norm in PREPS
                  for j in range(k - 2, k + 1)}
        # (nor those a time preposition frames: «أعرب مجلس الوزراء في بيان صدر عقب اجتماعه أمس عن أسفه»)
        framed |= {j for k in window if k in self.noun_trigger_tokens and k >= 1
                   and self.tokens[k - 1].norm in TIME_PREPS for j in range(k - 1, k + 1)}
        # (nor the go-between right before the noun's preposition: «وتوصلت إسرائيل وحماس بوساطة مصرية إلى اتفاق»)
        framed |= {j for k in window if names_go_between(self.tokens[k]) and trig.first_token - k <= _GO_BETWEEN_REACH
                   and all(t.is_word and q not in self.noun_trigger_tokens
                           for q, t in enumerate(self.tokens[k + 1:trig.first_token], k + 1))
                   for j in range(k, trig.first_token)}
        # a name the knowledge base lacks, right after the title it completes («المبعوثان الخاصان التركي سردار
        # كليتش والأرمني روبن روبينيان»), is part of the subject
        name_slots = {np.last_token + d for np in self.candidates if "agent" in np.kinds and "person" not in np.kinds
                      and not np.prep for d in (1, 2)}
        for k in range(trig.first_token - 1, lo - 1, -1):
            tok = self.tokens[k]
            if tok.text in OPENING_QUOTES and k + 1 < trig.first_token and k > 0 \
                    and word_key(self.tokens[k - 1]) not in PREPS and not self.is_light_verb(k - 1) \
                    and not any(t.text in CLOSING_QUOTES for t in self.tokens[k + 1:trig.first_token]):
                # «يتولى موظفو «إدارة الامتثال للعقوبات» فحص …»: a noun inside a quoted name (not what the verb or
                # its preposition opens: «أعرب عن «خالص امتنانه»»)
                return None
            if k in self.adverbial_asides or k in framed:
                continue  # «أعلنت السعودية والكويت، في ختام اجتماع رباعي …، تقديم حزمة مساعدات»
            if k in self.time_tokens or (tok.text in "،," and ({k - 1, k + 1} & self.time_tokens)) or k in appositions \
                    or (tok.text in QUOTES and k > 0 and (word_key(self.tokens[k - 1]) == "عن" or (
                        k - 1 in np_tokens or k + 1 in np_tokens or k + 1 == trig.first_token))):
                # «أعلنت الجزائر، أمس الثلاثاء، قطع علاقاتها», «في ديسمبر (كانون الأول) 2005 بخطف», «أعرب عن
                # «قلقه»», «أعلنت حركة «حماس» موافقتها», «شنّت حركة «حماس» فجر اليوم السبت هجوماً», «فرض «حصار كامل»»
                continue
            if tok.text in "،," and k == trig.first_token - 1 and k - 1 in np_tokens and not np_tokens[k - 1].prep \
                    and not conjoined_word(self.tokens[trig.first_token]):
                continue  # agency copy ends a long subject of titles with a comma: «تلقى … ولي العهد، اتصالاً»
            if not tok.is_word and not (tok.text in "/-–" or tok.norm.isdigit()):
                return None  # a clause break; «منذ أبريل/نيسان 2022» is not one
            if tok.norm in COMPLEMENTIZERS:
                return None  # «أعلن الجيش أن جنديا قتل في هجوم»: the noun is in another clause
            if tok.norm in PRONOUN_SUBJECTS:
                crossed_that = True  # «أعلنت أنها …»: the same subject goes on, unless the verb only affirms
            if k in self.noun_trigger_tokens or is_one_of(tok, COURTESIES):
                return None  # «جددت الإمارات إدانتها للهجمات»: the verb governs the first noun only
            key = word_key(tok)
            bare = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 3 else tok.norm
            if bare in GOVERNING_VERBS:
                key = bare  # «وكان», «فقام»
            elif (tok.enclitic and tok.stem_keys[-1] in TELLING) or tok.stem_keys[-1] in RECEIVING:
                key = tok.stem_keys[-1]  # «فأبلغه ماكرون رفضه», «أعلنت حصولها على حزمة مساعدات»
            told = key in TELLING and bool(self.tokens[trig.first_token].enclitic)
            if key in AGENTLESS or tok.norm in AGENTLESS:
                return ("agentless", None, k) if free <= 1 else None
            if key in RECEIVING or tok.norm in RECEIVING:
                # the receiver follows the verb, maybe after honorifics («تلقى صاحب السمو الملكي الأمير …»)
                subj = next((np_tokens[j] for j in range(k + 1, min(k + 5, trig.first_token)) if j in np_tokens), None)
                if subj is None and all(t.is_word for t in self.tokens[k + 1:trig.first_token]):
                    return ("receiving", None, k)  # «وتلقى في الوقت نفسه اتصالا من …»: he receives
                if subj is not None and subj.prep == "من" and subj.first_token <= k + 2:
                    return ("receiving", None, k)  # «أنها تلقت من نظيرتها النيجرية قبولاً»: the giver comes first
                return ("receiving", subj, k) if subj is not None and not subj.prep else None
            if (key in USING or tok.norm in USING) and any(
                    word_key(t) in PREPS or prep_clitic(t) for t in self.tokens[k + 1:trig.first_token + 1]):
                return None  # «طائرات مسيّرة استُخدمت في هجمات»: what is used in, not what is used
            driven = key in DRIVING and k > 0 and self.tokens[k - 1].norm in ("ما", "مما") or key in FORCING | FORCED
            # bare «عبر» is also "via": it expresses only the noun of its «عن» («عبّر الرئيس عن قلقه»)
            voiced = key == "عبر" and any(word_key(t) == "عن" for t in self.tokens[max(k, trig.first_token - 2):trig.first_token])
            if tok.norm in AFFIRMING_PARTICIPLES and not (
                    k == trig.first_token - 1 and trig.entry.pos == "noun" and self.tokens[k - 1].text in "،,"
                    and self.tokens[trig.last_token].enclitic):
                # only right after a comma and right before a noun with its pronoun is it «…، مؤكدة رفضها»: elsewhere
                # it may be an adjective («أنباء غير مؤكدة عن اتفاق»), affirm something else («مؤكدة التزامها
                # بالاتفاق») or another's act («مؤكداً وقوف مصر إلى جانب لبنان»)
                free += 1
                if free > 5:
                    return None
                continue
            if (key in AFFIRMING or tok.norm in AFFIRMING) and trig.entry.pos == "noun" \
                    and (crossed_that or trig.entry.event not in SAID_TYPES):
                # «أكدت إيران أنها مستعدة للحوار»: what is affirmed is a clause, not the masdar; «أكد مصدر أمني
                # مقتل ثلاثة»: a death or an attack confirmed is reported, not done, by whoever confirms it
                return None
            if key in REPLYING and word_key(self.tokens[trig.first_token - 1]) == ON:
                return None  # «ردّت الجزائر سلباً على طلب المغرب»: what is answered is the other's act
            if key in LIGHT_MASDARS and not has_article(tok) and not tok.enclitic and k + 1 in np_tokens \
                    and np_tokens[k + 1].first_token == k + 1 and np_tokens[k + 1].code and not np_tokens[k + 1].prep:
                return "light", np_tokens[k + 1], k  # «إجراء مصر والسودان مناورات»: the genitive does it
            if (key in LIGHT_VERBS or tok.norm in LIGHT_VERBS or driven or voiced or told
                    or (key in FORMING and trig.entry.mode == "investigate")) and not (
                    tok.proclitics.endswith("ال") or tok.norm.startswith("ال")):
                if key in CONCLUDING and not self.tokens[trig.first_token].enclitic and all(
                        j in self.time_tokens or (j in np_tokens and np_tokens[j].prep)
                        or word_key(self.tokens[j]) in PREPS for j in range(k + 1, trig.first_token)):
                    return None  # «اختتمت في القاهرة قمة دول الجوار»: the summit is what ended, not what one ended
                # the subject follows the light verb, maybe after a plain noun («يواصل الأسير الفلسطيني»);
                # a word with the article is no verb («الأمر» is no «أمر»)
                # (a count or an honorific may come first: «بدأ أكثر من ألف أسير فلسطيني إضراباً»,
                # «وجّه صاحب السمو الشيخ محمد بن زايد بتقديم …»)
                q = k + 1
                while q < trig.first_token and (self.tokens[q].norm in BEFORE_SUBJECT or self.tokens[q].norm.isdigit()
                                                or self.tokens[q].norm.removeprefix("و") in HUNDREDS):  # «نحو ألف وخمسمائة أسير»
                    q += 1
                # (quotes around a name do not count: «أعلنت حركة «حماس» موافقتها»)
                quotes = sum(1 for t in self.tokens[k + 1:k + 5] if t.text in QUOTES)
                subj = next((np_tokens[j] for j in range(k + 1, min(max(k + 3, q + 2) + quotes, trig.first_token))
                             if j in np_tokens), None)
                if subj is None and k + 3 < trig.first_token and k + 3 in np_tokens \
                        and np_tokens[k + 3].kinds[:1] == ("demonym",) and np_tokens[k + 3].first_token == k + 3 \
                        and all(t.is_word for t in self.tokens[k + 1:k + 3]):
                    subj = np_tokens[k + 3]  # «شنّ طيران العدوان السعودي غارات»: a nisba closes the plain nouns before it
                if subj is None and k + 3 < trig.first_token and k + 3 in np_tokens and not np_tokens[k + 3].prep \
                        and self.tokens[k + 1].norm in TITLES_OF_SEVERAL and self.tokens[k + 2].is_word:
                    subj = np_tokens[k + 3]  # «عقد وزيرا خارجية تركيا واليونان اجتماعاً»: the states the titles name
                if subj is None and k + 1 < trig.first_token and self.tokens[k + 1].norm in SENT_DELEGATIONS:
                    # «عقد وفدان رفيعا المستوى من الولايات المتحدة وروسيا محادثات»: the states they come from
                    subj = next((np_tokens[j] for j in range(k + 2, min(k + 7, trig.first_token))
                                 if j in np_tokens and np_tokens[j].prep == "من" and np_tokens[j].code), None)
                elif subj is not None and subj.prep:
                    subj = None
                if subj is None and k >= 2 and self.tokens[k - 1].norm in RELATIVES \
                        and (end := self.antecedent_end(k - 1)) in np_tokens:
                    # «مع قوات الأمن التي أطلقت الغاز», «من الجيش، الذي أعلن رفضه»: the relative's antecedent
                    subj = np_tokens[end]
                if subj is None and k + 1 < trig.first_token and self.tokens[k + 1].norm in IN_IT:
                    subj = self._speaker_of_statements(k)  # «خطاب ألقاه بولتون، شنّ فيه هجوماً حاداً على المحكمة»
                if subj is None:
                    lo = self._clause_start(trig)
                    prev = [np for np in self.candidates if lo <= np.first_token and np.last_token < k and not np.prep]
                    # (not the object of a verb before a conjoined one: «والتقى زيلينسكي وأعلن حزمة مساعدات»)
                    # (an alliance's foe completes its name: «إن التحالف الدولي ضد تنظيم «داعش» شنّ ضربات»)
                    end = (foe.last_token if prev and (foe := self._foe_of(prev[-1])) is not None
                           else prev[-1].last_token if prev else k)
                    subj = prev[-1] if prev and k - end <= 3 and not (
                        conjoined_word(tok) and self._object_of_verb_before(prev[-1])) else None
                    if subj is None and lo > k:
                        # «قد أعلنت رئاسة الأركان …» told SVO, with a date set off by commas after the verb
                        # («أعلنت يوم السبت، العشرين من يناير، بدء العملية بغارات»): the subject just before it
                        # (a quoted name closes its quote first: «وكانت «قسد» قد أعلنت»)
                        subj = next((np for np in reversed(self.candidates) if np.last_token < k <= np.last_token + 3
                                     and not np.prep and all(t.is_word or t.text in QUOTES
                                                             for t in self.tokens[np.last_token + 1:k])), None)
                    fronted = next((np for np in reversed(prev) if np.first_token > 0
                                    and is_complementizer(self.tokens[np.first_token - 1])), None)
                    if subj is not None and fronted is not None and fronted is not subj \
                            and all(t.is_word for t in self.tokens[fronted.last_token + 1:k]):
                        subj = fronted  # «أن فرنسا وشركاءها الأوروبيين سيبدأون سحب»: the clause's first phrase
                if subj is None and tok.norm in ANNOUNCING_PARTICIPLES | RENEWING_PARTICIPLES | AFFIRMING_PARTICIPLES:
                    subj = self._clause_subject(trig)  # «…، مجدداً اتهام إيران»: the participle's is the clause's
                return "light", subj, k
            if k not in np_tokens and k not in self.time_tokens and tok.norm.removeprefix("و") not in TIME_WORDS \
                    and not (k in name_slots and not has_article(tok) and word_key(tok) not in PREPS | PARTICLES) \
                    and not (tok.norm in BEFORE_SUBJECT or tok.norm.removeprefix("و") in HUNDREDS):  # «نحو ألف وخمسمائة أسير»
                free += 1
                if free > 5:
                    return None
        return None

    def _owner_of_a_seat(self, np: NP) -> bool:
        """The phrase completes a seat where something happens («بمقر رئاسة الجمهورية», «في قصر الإليزيه»,
        «في مكتب رئيس الوزراء»): its owner is no direct object."""
        k = np.first_token - 1
        if k < 0 or self.tokens[k].enclitic or self.tokens[k].keys[-1] not in SEATS:
            return False
        return prepositional_word(self.tokens[k]) or (k > 0 and self.tokens[k - 1].keys[-1] in PREPS)

    def _source_after(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """The party after «من/عن» right after a noun of what is said («اتهامات من X», «إدانات مماثلة
        عن X»), for accusations, or for any statement that «صدر» (was issued)."""
        issued = trig.first_token > 0 and word_key(self.tokens[trig.first_token - 1]) in ISSUED
        if not issued and trig.entry.event != "ACCUSE":
            return None
        np = next((np for np in after if trig.last_token < np.first_token <= trig.last_token + 3), None)
        if np is None or prep_key(np.prep) not in ("من", "عن") or not np.code or np.is_place:
            return None
        between = self.tokens[trig.last_token + 1:np.first_token - 1]
        return np if all(t.is_word and t.norm.startswith(("م", "ال")) for t in between) else None

    def _describes_required(self, entry, np: NP) -> bool:
        """`np` is a nisba right after the word the entry needs («الواردات اللبنانية», «العقوبات الأمريكية»):
        it describes the object, and is neither the subject nor the party the act is aimed at."""
        k = np.first_token - 1
        return bool(entry.requires) and k >= 0 and np.kinds[:1] == ("demonym",) \
            and any(key in entry.requires for key in self.tokens[k].keys)

    def _after_passive_marker(self, np: NP) -> bool:
        """«من قبل X», «على يد X», and «بقرار من X» («أُطلق سراح القس بقرار من محكمة تركية»); also over
        the members the party sent: «على أيدي عناصر من قوات الدعم السريع»."""
        i = np.first_token - 1
        if self._partitive_from(i):
            i = next((j for j in (i - 2, i - 3) if j >= 1 and word_key(self.tokens[j]) in PASSIVE_AGENT), i)
        return i >= 1 and (word_key(self.tokens[i]) in PASSIVE_AGENT and self.tokens[i - 1].norm in ("من", "علي", "ومن")
                           or self.tokens[i].norm == "من" and self.tokens[i - 1].norm in BY_ORDER_OF)

    def _received_from(self, trig: Trigger) -> Optional[NP]:
        """«خلال اتصال هاتفي تلقاه من نظيره الأميركي»: the giver after «من» when the event noun is followed by a
        verb of receiving with its pronoun (the receiver is that verb's unnamed subject)."""
        k = trig.last_token + 1
        if k >= len(self.tokens) or not self.tokens[k].enclitic or self.tokens[k].stem_keys[-1] not in RECEIVING:
            return None
        return next((np for np in self.candidates if np.prep == "من" and k < np.first_token <= k + 2), None)

    def _nisba_after_plain_words(self, np: NP, start: int) -> bool:
        """«غارة نفذتها مروحيات عسكرية أميركية»: a nisba closing a noun and its adjective, from token `start`, names
        the doer they make up."""
        return np.kinds[:1] == ("demonym",) and all(
            t.is_word and not t.proclitics and word_key(t) not in PREPS for t in self.tokens[start:np.first_token])

    def _resumptive_doer(self, trig: Trigger) -> tuple[Optional[NP], bool]:
        """The subject of «شنه/نفذه/تبناه» (the doer) or «رعاها/استضافها» (a host) right after an
        event noun; (phrase, is_host)."""
        k, end = trig.last_token + 1, min(len(self.tokens), trig.last_token + 4)
        while k < end:
            tok = self.tokens[k]
            if tok.text in QUOTES and (close := self._quote_end(k)) is not None:
                # over the event's name: «مناورات "الولاية 97" البحرية التي ينفذها الجيش»
                k, end = close + 1, min(len(self.tokens), close + 4)
                continue
            if not tok.is_word or any(t.first_token == k and t.entry.pos == "noun" and t.entry.event != trig.entry.event
                                      for t in self.triggers):
                return None, False  # (nor over another kind of act named: «انتهت الحرب باتفاق وقعه …» is the deal's)
            verb = tok.norm.removeprefix("و")
            if verb in DID and k + 1 < end and self.tokens[k + 1].norm in BY_IT:
                # «زيارة قام بها رئيس الأركان التركي إلى موسكو»: who did it follows «قام بها»
                np = next((np for np in self.candidates if np.first_token in (k + 2, k + 3) and not np.prep), None)
                return np, False
            if tok.norm in LAUNCHED_BY or verb in LAUNCHED_BY or verb in HOSTED_BY:
                # (a word may come first: «أطلقه المشير خليفة حفتر», «عقده وفدا البلدين»; not a decision or a
                # statement, which sets off what follows: «موجة الرفض التي أطلقها قرار الرئيس الأميركي»)
                # (or the body after a partitive: «عملية نفذتها وحدة من القوات الخاصة الأميركية», or the name in
                # quotes after the word for what it is: «هجوم شنته جماعة «أنصار الله» الحوثية»)
                np = next((np for np in self.candidates if not np.prep and (np.first_token == k + 1 or (
                    np.first_token == k + 2 and word_key(self.tokens[k + 1]) not in SETTING_OFF))
                    or np.first_token == k + 3 and (self._partitive_from(k + 2) or self.tokens[k + 2].text in QUOTES
                                                    or self._nisba_after_plain_words(np, k + 1))),
                          None)
                nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
                if np is None and verb in LAUNCHED_BY and nxt is not None and (
                        k + 1 in self.time_tokens or word_key(nxt) in PREPS):
                    # «في ختام مباحثات أجراها اليوم مع نظيره المغربي»: no doer after the verb; its pronoun
                    # is the clause's subject
                    np = self._clause_subject(trig)
                    np = np if np is not None and np.code else None
                return np, verb in HOSTED_BY
            if calls_for_it(self.tokens, k):  # «إضراب عام دعا إليه الاتحاد العام للشغل»: who called it
                np = next((np for np in self.candidates if np.first_token in (k + 2, k + 3) and not np.prep), None)
                return np, False
            if verb in ATTRIBUTED_TO:  # «غارة جوية نسبت إلى إسرائيل», «الهجمات المنسوبة للحوثيين»
                np = next((np for np in self.candidates if np.first_token in (k + 1, k + 2)
                           and prep_key(np.prep) in ("الي", "ل")), None)
                return np, False
            k += 1
        # «مقتل زعيم التنظيم … في عملية نفذتها وحدة من القوات الخاصة الأميركية»: who carried out the operation
        # the killing happened in
        for k in range(trig.last_token + 1, min(len(self.tokens) - 2, trig.last_token + _OPERATION_REACH)):
            if any(t.first_token == k and t.entry.event == trig.entry.event for t in self.triggers):
                break
            if self.tokens[k].norm in ("في", "خلال") and word_key(self.tokens[k + 1]) in _OPERATIONS \
                    and self.tokens[k + 2].norm in LAUNCHED_BY:
                np = next((np for np in self.candidates if k + 3 <= np.first_token <= k + 5 and np.code and (
                    not np.prep or self._partitive_from(np.first_token - 1))), None)
                if np is not None:
                    return np, False
        # «لاعتداء أسفر عن مقتل ثلاثة جنود، وقد تبناه تنظيم …»: a claim later in the sentence
        for k in range(trig.last_token + 1, len(self.tokens)):
            if any(t.first_token == k and t.entry.event == trig.entry.event for t in self.triggers):
                break  # another attack: the claim may be its
            verb = self.tokens[k].norm.removeprefix("و")
            if verb in CLAIMED_BY or verb in ATTRIBUTED_TO:
                np = next((np for np in self.candidates if np.first_token in (k + 1, k + 2, k + 3)
                           and (not np.prep or prep_key(np.prep) in ("الي", "ل"))), None)
                return np, False
        return None, False

    def _declarer(self, subject: NP) -> Optional[NP]:
        """The subject of the saying verb before «أن X» (X the phrase given), when X opens the
        clause said, or None."""
        k = subject.first_token - 1
        if k < 1 or self.tokens[k].keys[-1] not in ("ان", "بان"):
            return None
        return next((np for np in self.candidates if np.last_token < k and not np.prep and not np.is_place
                     and np.code and np.code != subject.code), None)

    def _relative_antecedent(self, trig: Trigger) -> Optional[NP]:
        """«التحركات الأميركية … والتي ستشمل انسحابا»: the phrase a relative clause hangs on."""
        for k in range(trig.first_token - 1, max(-1, trig.first_token - 4), -1):
            tok = self.tokens[k]
            if not tok.is_word:
                return None
            if tok.norm in RELATIVES:
                prior = [np for np in self.candidates if np.last_token < k and k - np.last_token <= 5 and not np.prep]
                return prior[-1] if prior else None
        return None

    def subject_before_possessive(self, trig: Trigger) -> list[NP]:
        """«أكدت الكويت تضامنها مع …», «أكدت البحرين والإمارات وقوفهما مع …»: the subject of the
        clause's opening verb, right before a noun whose possessive pronoun names it, or []."""
        if not self.tokens[trig.first_token].enclitic:
            return []
        # (an adverbial may open after it: «فيما اكتفى وزراء خارجية الاتحاد، في اجتماعهم في لوكسمبورغ»)
        gap = trig.first_token
        while gap > 0 and trig.first_token - gap < 2 and (self.tokens[gap - 1].text in "،," or (
                self.tokens[gap - 1].is_word and word_key(self.tokens[gap - 1]) in ("في", "خلال"))):
            gap -= 1
        np = next((np for np in self.candidates if np.last_token in (trig.first_token - 1, gap - 1)), None)
        subject = [np] if np is not None else []
        while subject and subject[0].coordinated and self.tokens[trig.first_token].enclitic in ("هما", "هم"):
            before = next((np for np in self.candidates if np.last_token == subject[0].first_token - 1), None)
            if before is None:
                break
            subject.insert(0, before)
        if not subject or any(np.prep or not np.code or np.is_place for np in subject) \
                or subject[0].coordinated or subject[0].first_token < 1:
            return []
        verb, opener = self.tokens[subject[0].first_token - 1], subject[0].first_token - 2
        if not verb.is_word or verb.proclitics.endswith("ال") or verb.norm.startswith("ال"):
            return []
        return subject if opener < 0 or not self.tokens[opener].is_word or self.tokens[opener].norm in CLAUSE_OPENERS \
            else []

    def relative_subject(self, trig: Trigger) -> Optional[NP]:
        """«لبيد، الذي اتهمه …», «السلطات التي اعتقلت …», «مسلحي داعش الذين هاجموا …»: the coded party (not a
        place) that a relative pronoun right before a perfect verb hangs on, a comma between them or not, whatever
        preposition governs it — when the verb agrees with the pronoun in gender, so that the party is its subject
        (not «زيارة … إلى المملكة، التي التقى خلالها …»); or None."""
        r = trig.first_token - 1
        if r < 0 or trig.entry.pos != "verb":
            return None
        pronoun = self.tokens[r].norm.removeprefix("و")
        if pronoun not in _SUBJECT_RELATIVES:
            return None
        # the verb is the trigger's first word («فرضت» of «فرضت عقوبات»), perhaps with an object pronoun
        tok = self.tokens[trig.first_token]
        word = tok.norm[len(tok.proclitics):]
        firsts = {normalize(f).split()[0] for f in trig.entry.forms}
        stems = [word[:len(word) - len(suffix)] for suffix in OBJECT_PRONOUNS if word.endswith(suffix)]
        if word.startswith("ي") or any(stem.startswith("ت") and "ي" + stem[1:] in firsts for stem in stems):
            return None  # an imperfect tells what the party does, not an act
        feminine = any(feminine_of(stem, firsts) for stem in stems)
        if feminine != (pronoun == "التي"):
            return None
        if self._subject_after_its_pronoun(trig):
            return None  # «لبيد، الذي اتهمه نتنياهو …»: he is the one accused
        end = self.antecedent_end(r)
        return next((np for np in self.candidates if np.last_token == end and np.code and not np.is_place), None)

    def antecedent_of_pronoun(self, trig: Trigger) -> Optional[NP]:
        """«علي عبد الله صالح الذي قتله الحوثيون»: the coded phrase that a relative pronoun right before the verb
        hangs on, when the pronoun on the verb stands for it (the verb's subject follows), or None."""
        r = trig.first_token - 1
        if r < 0 or self.tokens[r].norm.removeprefix("و") not in RELATIVES or not self._subject_after_its_pronoun(trig):
            return None
        end = self.antecedent_end(r)
        if self.tokens[r].norm.startswith("و") and (first := self._relative_before(r)) is not None:
            # («الأحزاب الكردية المعارضة التي تتخذ من جبال الإقليم ملاذاً لها، والتي تتهمها طهران»: a second relative
            # clause joined to a first hangs on the first one's phrase)
            end = self.antecedent_end(first)
        # (over where the phrase before lives: «غولن المقيم في ولاية بنسلفانيا، والذي تتهمه أنقرة»)
        for np in reversed(self.candidates):
            if np.last_token > end:
                continue
            gap = self.tokens[np.last_token + 1:end + 1]
            if end - np.last_token > ANTECEDENT_GAP or any(not t.is_word for t in gap):
                return None
            if prep_key(np.prep) != "في" and not np.is_place:
                if np.code is None and any(o.last_token == np.first_token - 1 and o.code and not o.prep
                                           for o in self.candidates):
                    end = np.first_token - 1  # («الأحزاب الكردية الإيرانية المعارضة التي»: an uncoded word describing it)
                    continue
                return np if np.code else None
        return None

    def _relative_before(self, r: int) -> Optional[int]:
        """The same relative pronoun earlier in the sentence than the «و»-joined one at `r` («التي … والتي»)."""
        bare = self.tokens[r].norm[1:]
        return next((k for k in range(r - 1, -1, -1) if self.tokens[k].norm == bare), None)

    def _subject_after_its_pronoun(self, trig: Trigger) -> bool:
        """The verb carries an object pronoun and a coded phrase follows it right after: in a relative clause, the
        pronoun is the antecedent and the phrase the subject («التي تتهمها إسرائيل», «الذي اتهمه نتنياهو»)."""
        return bool(self.tokens[trig.last_token].enclitic) and any(
            np.first_token == trig.last_token + 1 and not np.prep and np.code for np in self.nps)

    def described_by_verb(self, trig: Trigger) -> Optional[NP]:
        """«لقوات سعودية انتشرت»: the indefinite coded force or group right before a perfect verb with no
        conjunction and no relative pronoun, which the verb describes (its subject), or None."""
        tok = self.tokens[trig.first_token]
        if trig.entry.pos != "verb" or tok.proclitics or tok.norm[:1] in ("ي", "ت", "ن"):
            return None
        if trig.entry.id.endswith(".participle"):
            return None  # «ووجّه حديثه إلى سكان غزة داعيًا إياهم»: a participle tells of the clause's subject
        np = next((np for np in self.candidates if np.last_token == trig.first_token - 1 and np.code
                   and not has_article(self.tokens[np.first_token]) and {"agent", "group"} & set(np.kinds)), None)
        if np is None or any(t.entry.event == trig.entry.event and 0 < np.first_token - t.last_token <= 2
                             for t in self.triggers):
            return None  # («بضربة طائرة مسيّرة أمريكية استهدفت سيارته»: the verb tells of the strike named before)
        return np

    def _complement(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """The construct complement («لقاء رئيس …») or a nisba right after the noun («القصف الإسرائيلي»)."""
        tok = self.tokens[trig.last_token]
        definite = ("ال" in tok.proclitics or tok.norm.startswith("ال") or tok.proclitics.endswith("لل")
                    or bool(tok.enclitic))
        for np in after:
            # «مقتل أحد جنوده»: a quantifier is part of the complement
            gap = sum(1 for t in self.tokens[trig.last_token + 1:np.first_token] if t.norm not in QUANTIFIERS)
            inherited = gap == 0 and np.kinds[:1] == ("demonym",) and not prep_clitic(self.tokens[np.first_token])
            if gap == 0 and np.prep == "ل" and not definite and trig.entry.frame == "meet":
                return np  # «اجتماع لوزراء خارجية الدول الأربع», «قمة لقادة الخليج»: who meets
            if np.first_token == trig.last_token + 2 and self._partitive_from(trig.last_token + 1):
                return np  # «انتحاري من تنظيم داعش»: the group the bomber comes from
            if np.prep and not inherited:  # «بالاتفاق السعودي»: the nisba's «ب» is the noun's own
                return None
            if gap == 0 and not definite:
                return np
            words = [t for t in self.tokens[trig.last_token + 1:np.first_token] if t.text not in QUOTES]
            if not definite and len(words) == 1 and words[0].norm in HEAD_TITLES:
                return np  # «اغتيال قائد «فيلق القدس»»: a construct chain through a title
            nisba = self._is_nisba(np)
            if np.kinds and (nisba or np.kinds[0] == "group") and gap <= (2 if nisba else 0) and not any(
                    prep_clitic(t) for t in self.tokens[trig.last_token + 1:np.first_token]):
                return np  # «الانسحابات العسكرية الأميركية», but not «التهديد لحليفها السعودي»
            return None
        return None

    def _members_after_they_are(self, trig: Trigger) -> Optional[NP]:
        """«ورحبت دول «الرباعية»، وهي الولايات المتحدة وبريطانيا …»: the first coded party of the list that «، وهي»
        sets off after a subject of one to three words the knowledge base lacks (the comma ends the verb's zone)."""
        k = trig.last_token + 1
        words = 0
        while k < len(self.tokens) and (self.tokens[k].is_word or self.tokens[k].text in QUOTES) and words <= 3:
            words += self.tokens[k].is_word
            k += 1
        if not 1 <= words <= 3 or k + 2 >= len(self.tokens) or self.tokens[k].text not in "،," \
                or self.tokens[k + 1].norm not in _THEY_ARE:
            return None
        return next((np for np in self.candidates if np.first_token == k + 2 and np.code and not np.prep), None)

    def _owner(self, np: NP) -> Optional[NP]:
        """«قوات بحرية تابعة للحرس الثوري», «المتحدث العسكري باسم جماعة الحوثيين»: the party an uncoded
        force or spokesman belongs to or speaks for."""
        k = np.last_token + 1
        if k < len(self.tokens) and self.tokens[k].text in QUOTES:
            k += 1  # «فيلق القدس» التابع للحرس الثوري
        if k < len(self.tokens) and self.tokens[k].norm == "باسم":
            return next((o for o in self.candidates if o.first_token == k + 1 and o.code), None)
        if k >= len(self.tokens) or word_key(self.tokens[k]) not in BELONGING:
            return None
        return next((o for o in self.candidates if o.first_token == k + 1 and prep_key(o.prep) == "ل"), None)

    def _office_served(self, np: NP) -> Optional[NP]:
        """«مسؤولين في مكتب أولمرت»: the leader whose office the people of `np` serve, who gave them his state."""
        k = np.last_token + 1
        if k + 2 >= len(self.tokens) or self.tokens[k].norm != "في" \
                or self.tokens[k + 1].keys[-1] not in OFFICES_OF_A_PERSON:
            return None
        return next((o for o in self.candidates if o.first_token == k + 2 and o.code == np.code), None)

    def _owner_of_forces_before(self, k: int) -> Optional[NP]:
        """«أعلنت إسرائيل أن قواتها قتلت», «قال الجيش إن طائراته قصفت», «إن مقاتليهم نفذوا انسحاباً»: a verb (at
        token `k`) whose subject is forces with a pronoun, right after «أن/إن», is done by the speaker the pronoun
        refers to."""
        if k < 2 or not is_complementizer(self.tokens[k - 2]):
            return None
        forces = self.tokens[k - 1]
        if not forces.enclitic or forces.enclitic not in OWNER_PRONOUNS \
                or not any(key in FORCES for key in forces.stem_keys):
            return None
        return next((np for np in reversed(self.candidates) if np.last_token < k - 2 and not np.prep
                     and np.code and not np.is_place), None)

    def _svo_subject(self, trig: Trigger, before: list[NP]) -> Optional[NP]:
        """A subject fronted after «أن/إن/كان …» or at the head of the clause: «أن يكون X قد أطلع»; a
        person's title set off by commas between them does not part them («وكان X، مستشار الرئيس، قد حذّر»)."""
        owner = None
        closing = None  # the comma that closes a title in apposition, or a relative clause
        if (members := self._members_set_off(trig)) is not None:
            return members
        if (relative := self._relative_clause_before(trig)) is not None:
            # «ولا تزال الدوحة، التي كانت من أبرز داعمي المعارضة، ترفض …»: the phrase the clause describes
            before = [np for np in self.candidates if np.last_token < relative[0]]
            if not before or before[-1].last_token < relative[0] - 1 - (self.tokens[relative[0] - 1].text in QUOTES):
                return None
            closing = relative[1]
        elif before:
            closing = self._apposition_after(before[-1])
        if len(before) >= 2 and self._owner(before[-2]) is before[-1]:
            owner, before = before[-1], before[:-1]  # «الطيران الحربي التابع للجيش شن»: the owner qualifies the subject
        elif len(before) >= 2 and self._foe_of(before[-2]) is before[-1]:
            owner, before = before[-1], before[:-1]  # «إن التحالف الدولي ضد تنظيم «داعش» شنّ»: the foe names it
        elif len(before) >= 2 and self._office_served(before[-2]) is before[-1]:
            owner, before = before[-1], before[:-1]  # «غير أن مسؤولين في مكتب أولمرت رفضوا»: whose office they serve
        if not before or before[-1].prep or before[-1].first_token < self.opening:
            return None  # (nor is the dateline's city the subject: «الدوحة - أطلق الحرس الثوري …»)
        np = before[-1]
        start = closing + 1 if closing is not None else owner.last_token + 1 if owner is not None else np.last_token + 1
        if (where := self._post_of_subject(start, trig)) is not None:
            start = where.last_token + 1
        between = [t for t in self.tokens[start:trig.first_token] if t.is_word]
        if self._after_unmarked_relative(start, trig):
            return np  # «والمزارعون الذين أُبعدوا عن أراضيهم يطالبون حكومتهم»: the phrase «الذين …» describes
        if len(between) > 2 or not all(t.norm in PARTICLES or t.norm in _BECOMING for t in between):
            return None  # (a verb of becoming before a predicate: «أن المنظمة ودولة فلسطين أصبحتا في حلّ من …»)
        if any(t.norm in RELATIVES for t in between):
            if self._subject_after_its_pronoun(trig):
                # «السلطة التي تتهمها إسرائيل بالعجز»: the verb's pronoun is the antecedent; its subject follows
                return None
            # («…، بحضور رئيس الوزراء محمد شياع السوداني، الذي استقبل الضيف»: the relative pronoun hangs on the
            # phrase right before it, inside the aside skipped)
            nearest = next((c for c in reversed(self.candidates) if np.last_token < c.first_token
                            and c.last_token < start and c.code and not c.is_place), None)
            return nearest or np  # «إدارة الرئيس بايدن التي رحبت»
        while np.coordinated and len(before) >= 2 and before[-2].last_token + 1 == np.first_token \
                and not before[-2].prep:
            before = before[:-1]  # «أن السيسي وبن سلمان اتفقا»: the subject is the whole list
            np = before[-1]
        k = np.first_token - 1
        if np.kinds[:1] == ("demonym",):
            # «إن طائرات حربية إسرائيلية شنت»: the nisba closes a phrase of plain nouns
            for _ in range(2):
                if k >= 0 and self.tokens[k].is_word and self.tokens[k].norm not in PARTICLES \
                        and not any(t.first_token <= k <= t.last_token for t in self.triggers):
                    k -= 1
        if self._partitive_from(k):
            k -= 1  # «إن مهاجما انتحاريا من حركة طالبان فجر»: over the fighter the party sent
            for _ in range(2):
                if k >= 0 and self.tokens[k].is_word and self.tokens[k].norm not in PARTICLES:
                    k -= 1
        if k >= 0 and self.tokens[k].is_word and self.tokens[k].norm in REPRESENTATIVES:
            k -= 1  # «أن وفدي الحكومة اليمنية وجماعة الحوثي اتفقا»: those who speak for the parties
        elif k >= 1 and self.tokens[k].norm in OFFICE_FIELDS and self.tokens[k - 1].norm in DUAL_HOLDERS:
            k -= 2  # «إن وزيري خارجية مصر وتركيا اتفقا»: the two states' office holders
        elif k >= 0 and self.tokens[k].norm in DUAL_HOLDERS:
            k -= 1  # «أن رئيسي البلدين اتفقا»
        while k >= 0 and self.tokens[k].is_word and self.tokens[k].keys[-1] in HONORIFICS and "person" in np.kinds:
            k -= 1  # «لكن المشير خليفة حفتر حمّله»: a rank before the name is part of the subject
        if k >= 0 and self.tokens[k].norm in THESE:
            k -= 1  # «وأن هذه الدول سترسل»
        while k >= 0 and self.tokens[k].is_word and (self.tokens[k].norm in PARTICLES or word_key(self.tokens[k]) in PARTICLES):
            if is_complementizer(self.tokens[k]):
                return np  # (with its conjunction too: «وكان نتنياهو قد التقى»)
            k -= 1
        if k < 0 or not self.tokens[k].is_word or self.tokens[k].norm in TOPIC_MARKERS:
            return np  # clause-initial subject, or one fronted by «أما» («أما القاهرة، فكانت قد استضافت»)
        if word_key(self.tokens[k]) in STILL and (k == 0 or not self.tokens[k - 1].is_word
                                                   or word_key(self.tokens[k - 1]) in PARTICLES):
            return np  # «ولا تزال الدوحة ترفض»
        return None

    def _after_unmarked_relative(self, start: int, trig: Trigger) -> bool:
        """A plural verb right after a short clause «الذين …» that opens at `start`, with no comma, complementizer
        or other trigger inside: the clause describes the phrase before it, the verb is the main one."""
        verb = self.tokens[trig.first_token]
        if trig.entry.pos != "verb" or not (plural_verb(verb) or imperfect_plural_verb(verb)) \
                or start >= trig.first_token or self.tokens[start].norm != _PLURAL_RELATIVE:
            return False
        inside = self.tokens[start + 1:trig.first_token]
        return 0 < len(inside) <= _UNMARKED_RELATIVE_REACH and all(t.is_word for t in inside) \
            and not any(is_complementizer(t) for t in inside) \
            and not any(start < t.first_token < trig.first_token for t in self.triggers)

    def _post_of_subject(self, start: int, trig: Trigger) -> Optional[NP]:
        """The place named between a subject and «قد VERB» («وكان السفير الأميركي في بغداد قد التقى», «وكان «المركز
        الاستشاري الإيراني» في سوريا قد حذّر»): where the subject serves, no part of the clause."""
        if self.tokens[trig.first_token - 1].norm != "قد":
            return None
        k = start
        while k < trig.first_token and self.tokens[k].text in QUOTES:
            k += 1
        if self.tokens[k].norm != "في":
            return None
        return next((np for np in self.nps if np.first_token == k + 1 and np.last_token == trig.first_token - 2
                     and np.kinds[0] in ("place", "country", "capital")), None)

    def _members_set_off(self, trig: Trigger) -> Optional[NP]:
        """«كان وزراء خارجية الدول الضامنة، التركي هاكان فيدان والروسي سيرغي لافروف والإيراني عباس عراقجي، قد
        اجتمعوا»: coded parties listed between commas, right before the verb, after an unnamed set are its
        members — the first of the list, or None."""
        closing = trig.first_token - 1
        closing -= closing >= 1 and self.tokens[closing].norm == "قد"
        if closing < 3 or self.tokens[closing].text not in "،,":
            return None
        opening = next((j for j in range(closing - 2, max(0, closing - RELATIVE_CLAUSE_REACH), -1)
                        if not self.tokens[j].is_word), None)
        if opening is None or self.tokens[opening].text not in "،,":
            return None
        inside = [np for np in self.candidates if opening < np.first_token and np.last_token < closing]
        head = next((np for np in self.candidates if np.last_token == opening - 1), None)
        if len(inside) < 2 or inside[0].first_token != opening + 1 or inside[-1].last_token != closing - 1 \
                or any(np.prep or not np.code for np in inside) or not all(np.coordinated for np in inside[1:]) \
                or head is not None and head.code:
            return None
        return inside[0]

    def _relative_clause_before(self, trig: Trigger) -> Optional[tuple[int, int]]:
        """The commas opening and closing a relative clause set off right before the trigger
        («X، التي …، ترفض»), or an aside after the subject of a pluperfect («وكان «جيش الإسلام»، آخر فصيل
        معارض في الغوطة، قد وافق»), or None."""
        closing = trig.first_token - 1
        pluperfect = closing >= 1 and self.tokens[closing].norm == "قد"
        closing -= pluperfect
        if closing < 3 or self.tokens[closing].text not in "،,":
            return None
        # (the nearest comma before opens it: a clause after another comma is no aside of the subject's)
        j = next((j for j in range(closing - 2, max(0, closing - RELATIVE_CLAUSE_REACH), -1)
                  if self.tokens[j].text in "،,"), None)
        if j is None:
            return None
        if self.tokens[j + 1].norm in RELATIVES:
            return j, closing
        end = j - 1 - (self.tokens[j - 1].text in QUOTES)
        head = next((np for np in self.candidates if np.last_token == end), None)
        k = head.first_token - 1 if head is not None else -1
        k -= k >= 0 and self.tokens[k].text in QUOTES
        if pluperfect:
            # the aside opens after a phrase that «كان» opens the sentence with
            if k >= 0 and word_key(self.tokens[k]) in PLUPERFECT:
                return j, closing
        elif head is not None and not head.prep and k < self.opening and (
                has_article(self.tokens[j + 1]) or is_discourse_aside(self.tokens[j + 1:closing])) \
                and not any(j < t.first_token < closing for t in self.triggers):
            # «كتائب القسام، الجناح العسكري لحركة حماس، توعدت …», «إيران، من جهتها، رفضت …»: what the sentence
            # opens with, described by a definite phrase or turned to by an aside set off by commas, is the subject
            return j, closing
        return None

    def unnamed_subject_before(self, trig: Trigger) -> bool:
        """«قال … إن السفينتين رفضتا …»: the verb's subject is a noun after «إن/أن» that names no
        party, so the verb does not continue the discourse topic."""
        k = trig.first_token
        if k < 2 or any(np.first_token <= k - 1 <= np.last_token for np in self.candidates):
            return False
        subject, comp = self.tokens[k - 1], self.tokens[k - 2]
        return subject.is_word and has_article(subject) and comp.norm in COMPLEMENTIZERS or self._fronted_unnamed(k)

    def _fronted_unnamed(self, k: int) -> bool:
        """«أما ناشطو «حراك تشرين»، فقد رفضوا …»: «أما» fronts the subject of the verb at token `k`, and the
        fronted phrase names no party."""
        marker = next((j for j in range(k - 1, max(-1, k - _FRONTED_REACH), -1)
                       if self.tokens[j].norm in TOPIC_MARKERS), None)
        if marker is None or not any(t.text in "،," for t in self.tokens[marker + 1:k]):
            return False
        return not any(np.code for np in self.candidates if marker < np.first_token < k)

    def unnamed_subject_after(self, trig: Trigger) -> bool:
        """«اعتقلت قوة عسكرية فجر اليوم رئيس الوزراء», «أكدت مصادر»: a verb opening its sentence without a
        conjunction is followed (maybe past a time) by an indefinite noun that names no party, its subject, so
        the verb does not continue the discourse topic."""
        if not self.opens_sentence(trig) or conjoined_word(self.tokens[trig.first_token]) \
                or self.tokens[trig.last_token].enclitic:
            return False
        k = next((j for j in range(trig.last_token + 1, len(self.tokens)) if j not in self.time_tokens
                  and self.tokens[j].norm.removeprefix("و") not in TIME_WORDS), len(self.tokens))
        if k >= len(self.tokens):
            return False
        tok = self.tokens[k]
        return tok.is_word and not has_article(tok) and not tok.proclitics and word_key(tok) not in PREPS | PARTICLES \
            and not any(np.first_token <= k <= np.last_token for np in self.candidates)

    def opens_sentence(self, trig: Trigger) -> bool:
        """The trigger is the sentence's first word after any dateline."""
        return trig.first_token == self.opening

    def opening_speaker(self) -> Optional[NP]:
        """«وفي كلمته، أعلن الأمير محمد بن سلمان أن …»: the named party who speaks in the sentence's
        opening clause, maybe after an adverbial set off by a comma, or None."""
        k = self.opening
        comma = next((j for j in range(k, min(len(self.tokens), k + ADVERBIAL_REACH))
                      if self.tokens[j].text in "،,"), None)
        if comma is not None and k < len(self.tokens) and word_key(self.tokens[k]) in ADVERBIAL_HEADS | PREPS:
            k = comma + 1
        if k >= len(self.tokens) or not self.tokens[k].is_word:
            return None
        verb = self.tokens[k]
        bare = verb.norm[1:] if verb.norm[:1] in ("و", "ف") and len(verb.norm) > 3 else verb.norm
        if bare not in SAYING_VERBS or verb.enclitic:
            return None
        np = next((np for np in self.candidates if np.first_token == k + 1), None)
        if np is None or np.prep or not np.code or np.is_place \
                or not {"person", "agent", "group", "organisation"} & set(np.kinds):
            return None
        return np

    def opening_subject(self) -> Optional[NP]:
        """«وفي بيروت، ترأس ميقاتي اجتماعاً …»: the named person or official right after the sentence's
        opening verb (maybe after an adverbial set off by a comma), or None."""
        k = self.opening
        comma = next((j for j in range(k, min(len(self.tokens), k + ADVERBIAL_REACH))
                      if self.tokens[j].text in "،,"), None)
        if comma is not None and k < len(self.tokens) and word_key(self.tokens[k]) in ADVERBIAL_HEADS | PREPS:
            k = comma + 1
        return self._named_subject_after(k)

    def opening_party(self) -> Optional[NP]:
        """«وردت بغداد بغضب …», «وكانت أنقرة الأعلى صوتاً»: the named party, a state or body too, right after the
        sentence's opening verb, or None."""
        return self._named_subject_after(self.opening, pluperfect=True, parties=True)

    def _named_subject_after(self, k: int, pluperfect: bool = False, parties: bool = False) -> Optional[NP]:
        """The named person or official right after the word at `k` read as a verb (with `pluperfect`, also
        after the «كان» of «وكان الوزير … قد أجرى»), or None."""
        if k >= len(self.tokens):
            return None
        tok, key = self.tokens[k], word_key(self.tokens[k])
        if not tok.is_word or has_article(tok) or k in self.noun_trigger_tokens or tok.norm in RELATIVES \
                or (key in PREPS | PARTICLES and not (pluperfect and key in PLUPERFECT)):
            return None
        np = next((np for np in self.candidates if np.first_token == k + 1), None)
        kinds = {"person", "agent"} | ({"country", "capital", "group", "organisation"} if parties else set())
        return np if np is not None and not np.prep and np.code and kinds & set(np.kinds) else None

    def is_light_verb(self, k: int) -> bool:
        """The word at `k` is a light verb («سيأمر», «وأعلن»)."""
        tok = self.tokens[k]
        return tok.is_word and (tok.keys[-1] in LIGHT_VERBS or tok.norm in LIGHT_VERBS)

    def speaker_is_subject(self, k: int) -> bool:
        """The verb at token `k` has the speaker as its subject: it follows «أنه/إنها/لكنه …», maybe
        with a negation or «قد» between («إنه لن يلتقي»), or «أن يكون (قد)» («نفى الجيش أن يكون قد قصف»)."""
        j = k - 1
        # (a quotation may open on the verb: «قال إنه «قلق للغاية» من …»)
        while j >= 0 and (self.tokens[j].norm in VERB_PARTICLES or self.tokens[j].text in QUOTES):
            j -= 1
        if j >= 0 and self.tokens[j].norm in PRONOUN_SUBJECTS:
            return True
        words = [t.norm for t in self.tokens[max(0, k - 3):k]]
        if words[-1:] == ["قد"]:
            words = words[:-1]
        return len(words) >= 2 and words[-1] in COPULA_SUBJUNCTIVE and words[-2] in ("ان", "وان", "بان")

    def _members_of_state_set(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """«دعت الدول الخمس المعنية بالملف اللبناني، الولايات المتحدة وفرنسا …، مجلس النواب»: the states a comma
        sets off after a set of states right after the verb are its members (the first of their list)."""
        k = trig.last_token + 1
        if k >= len(self.tokens) or word_key(self.tokens[k]) not in STATE_SETS:
            return None
        comma = next((j for j in range(k + 1, min(len(self.tokens), k + 1 + _STATE_SET_WORDS))
                      if not self.tokens[j].is_word), None)
        if comma is None or self.tokens[comma].text not in "،,":
            return None
        first = next((np for np in after if np.first_token == comma + 1 and not np.prep and np.code), None)
        if first is None or not any(np.coordinated and np.code and 0 < np.first_token - first.last_token <= 2
                                    for np in after):
            return None
        return first

    def _vso_subject(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        if not after:
            return self._members_after_they_are(trig)
        if self.speaker_is_subject(trig.first_token) or self.first_person_plural(trig):
            # «أعلنت الوزارة أنها أسقطت», «نفى الجيش أن يكون قد قصف», «نرفض أي تدخل»: the subject is the speaker
            return None
        members = self._members_of_state_set(trig, after)
        if members is not None:
            return members
        first = after[0]
        if first.prep and trig.entry.id in ARRIVALS:
            # «وصلت إلى مطار دمشق أمس طائرة مساعدات عراقية»: where one arrives may come before who
            bare = next((np for np in after[1:4] if not np.prep and not np.is_place), None)
            if bare is None or any(not t.is_word for t in self.tokens[trig.last_token + 1:bare.first_token]):
                return None
            return bare
        gap = [t for t in self.tokens[trig.last_token + 1:first.first_token]]
        if gap and gap[0].norm in UNNAMED_SUBJECTS and not (len(gap) > 1 and gap[1].norm == "من"):
            return None  # «واقتحم المئات مقر القنصلية»: the crowd is the subject, the building the object
        if prep_key(first.prep) == "عن" and len(gap) == 2 and gap[0].norm in ENVOYS_FOR and gap[1].norm == "عن":
            return first  # «وقّع ممثلون عن مجلس النواب … الاتفاق»: envoys speaking for a body act as that body
        if prep_key(first.prep) == "ل" and len(gap) == 2 and all(t.is_word for t in gap) \
                and word_key(gap[1]) in BELONGING and not prep_clitic(gap[0]) and word_key(gap[0]) not in PREPS:
            # «أطلقت سفن تابعة لخفر السواحل الروسي النار»: what belongs to a party acts as that party
            return first
        if [t.norm for t in gap[-2:]] == list(ACTING) and "agent" in first.kinds:
            gap = gap[:-2]  # «دعا القائم بأعمال المندوب الأميركي»: the acting envoy is the envoy
        if gap and gap[-1].text in QUOTES and first.kinds[:1] in (("group",), ("organisation",)):
            gap = gap[:-1]  # a group's quoted name is still the subject («ندد «حزب الله» بالإجراءات»)
        # («رحبت دول «الترويكا»، أي الولايات المتحدة وبريطانيا والنرويج، …»: «، أي» opens the members too)
        namely = len(gap) >= 3 and gap[-1].norm == "اي" and gap[-2].text in "،,"
        name = gap[:-2] if namely else gap[:-1]
        if not first.prep and gap and (namely or gap[-1].text in APPOSITION_OPENERS) \
                and 1 <= sum(t.is_word for t in name) <= 3 and all(t.is_word or t.text in QUOTES for t in name):
            # «رحبت دول «الترويكا» – الولايات المتحدة وبريطانيا والنرويج – بـ…»: the parties set off after a
            # name the knowledge base lacks are that name
            return first
        # a person may come after a long title the knowledge base does not know («استقبل قائد الثورة
        # الإسلامية آية الله علي خامنئي»)
        person = first.kinds[:1] == ("person",)
        if first.prep or len(gap) > (6 if person else 3) or any(not t.is_word for t in gap):
            return None
        if gap and self._nominative_participle(gap[0]):
            return None  # «طالب المشاركون فيه الأطراف الليبية بـ…»: the plural in «ـون» is the subject, the party its object
        # «اتهم قيادي في حزب الله إسرائيل»: a leading figure of the body after him acts as it
        of_its_leaders = leading_figure_of(self.tokens, first.first_token)
        adverbial = {i + j for i in range(len(gap)) for phrase in ADVERBIAL_PHRASES
                     if tuple(t.norm for t in gap[i:i + len(phrase)]) == phrase for j in range(len(phrase))}
        # («وهي تطالب بخروج إيران»: a masdar kept whole with its «ب» is a prepositional phrase too; not «لجنتا»,
        # whose «ل» is a root letter only one reading takes off)
        if not of_its_leaders and any(i not in adverbial and t.norm not in ADVERBIAL_PPS
                                      and not (person and word_key(t) in PORTFOLIOS) and (
                ((prep_clitic(t) or (t.norm.startswith("ب") and prepositional_word(t)))
                 and t.norm[1:] not in PRONOUNS) or (
                word_key(t) in PREPS and not (t.norm == "من" and i and (gap[i - 1].norm in ("كل", "عدد")
                                                                    or self._partitive_from(trig.last_token + 1 + i)))))
               for i, t in enumerate(gap)):
            # the phrase sits inside a prepositional phrase («أشادوا بسياسته الداخلية»); but a person's title
            # may name a portfolio («دعت المفوضة الأوروبية للشؤون الداخلية إيلفا يوهانسون المغرب»)
            return None
        if any(k in self.trigger_tokens and not (word_key(self.tokens[k]) in PARTITIVES and self._partitive_from(k + 1))
               for k in range(trig.last_token + 1, first.first_token)):
            return None  # (but «فجّر انتحاري من تنظيم داعش نفسه»: the bomber's group is the subject)
        if trig.entry.event == "PROTEST" and any(t.norm in PROTESTED_BEFORE for t in gap):
            return None  # «تجمع العشرات أمام مقر الأمم المتحدة»: where they gathered, not who
        if gap and trig.entry.event in SAID_TYPES - {"AGREE"} and word_key(gap[0]) in DOCUMENTS \
                and (has_article(gap[0]) or gap[0].enclitic) and (first.kinds[:1] != ("demonym",) or len(gap) > 1):
            # «وحمّل البيان إسرائيل المسؤولية», «ودعا البيان …»: the statement speaks; the party is its
            # object (a nisba right after it describes the document instead: «رفضه القرار الأميركي»; one after
            # another noun describes that noun: «وحث البيان القيادات اللبنانية»)
            return None
        if trig.entry.id in DEED_JUDGING and len(gap) == 1 and word_key(gap[0]) in STATEMENTS \
                and not has_article(gap[0]) and not gap[0].enclitic:
            return None  # «وصف تصريحات أردوغان بأنها «مجنونة»»: whose words are judged, not who judges them
        # a nisba describing the required noun is the subject's when that noun comes again after it: «أسقطت
        # مقاتلة أميركية … طائرة مسيرة تركية» (not when it is conjoined: «جمّدت أصول الإدارة وأصول أسدي»)
        describes_required = self._describes_required(trig.entry, first)
        subjects_noun = describes_required and any(
            trig.entry.is_required_word(t.text, t.keys) and not conjoined_word(t)
            for t in self.tokens[first.last_token + 1:first.last_token + 1 + SECOND_OBJECT_REACH])
        if trig.entry.requires and not subjects_noun and any(
                k in trig.entry.requires and not self._is_definite_at(j) and not self._partitive_from(j + 1)
                for j, t in enumerate(gap, trig.last_token + 1) for k in t.keys):
            # «علقت عضوية سوريا»: the required object came first; Syria is its genitive (a definite
            # object takes none: in «ووقع البيان مساعد العيبان وعلي شمخاني» the names are the subject)
            return None
        if first.kinds[:1] == ("demonym",) and any(word_key(t) == "اي" for t in gap[1:]):
            return None  # «ونفى وجود أي مواقع إسرائيلية»: the nisba describes what is denied, not who denies it
        if describes_required and not subjects_noun:
            return None  # «وأوقفت كل الواردات اللبنانية»: the nisba describes the object the verb needs
        nxt = first.last_token + 1
        if nxt < len(self.tokens) and not any(np.first_token == nxt for np in self.candidates) \
                and not self.tokens[trig.last_token].enclitic and (
                trig.entry.id == ACCUSE_VERB and prep_clitic(self.tokens[nxt]) == "ب"
                or trig.entry.id == BLAME_VERB and trig.entry.is_required_word(self.tokens[nxt].text, self.tokens[nxt].keys)
                and not any(np.first_token > nxt and prep_key(np.prep) == "ل" for np in self.candidates)):
            # «قبل أن تتهم بريطانيا بالضلوع في …», «وحمّلت إيران المسؤولية»: the charge or the blame follows
            # the accused, not the accuser (unless «ل» names whom it is laid on: «حمّل الجيش مسؤولية … للحكومة»; a
            # pronoun on the verb is the accused: «التي تتهمها إسرائيل بالعجز»)
            return None
        if first.is_place and first.kinds and first.kinds[0] == "place":
            return None
        held_body = trig.entry.object and first.kinds[0] == "agent" and "person" not in first.kinds
        if (trig.entry.event == "CONSULT" or held_body) and any(t.norm in DURING_IT for t in gap) \
                and not (first.code and any(np.first_token == first.last_token + 1 and not np.prep and np.code
                                            and np.code != first.code for np in self.candidates)):
            # «التقى خلالها كبار المسؤولين», «ترأس اجتماعاً …، ودعا خلاله قوات الأمن إلى …»: who held the meeting or
            # visit is the subject, the body the object (unless another party follows it: «زيارة التقى خلالها
            # المبعوث الأميركي البرهان» names both; a state, a group or a named man after it is the subject of any other
            # act: «رفعت خلالها إسرائيل حالة التأهب»)
            return None
        if first.agent_phrase and first.agent_phrase.startswith("نظير"):
            return None  # «والتقى نظيره العماني»: the counterpart is the other party, never the subject
        if len(gap) == 1 and (gap[0].enclitic or gap[0].norm.endswith(("ها", "هم", "هما", "ءه"))) \
                and word_key(self.tokens[first.first_token]).endswith("يين"):
            return None  # «تطالب شركاءها الأوروبيين بموقف»: her partners, in the accusative, are the object
        if trig.entry.event == "REQUEST" and [t.norm.removeprefix("و") in QUANTIFIERS for t in gap] == [True] \
                and word_key(self.tokens[first.first_token]).removeprefix("ال") == PARTIES:
            return None  # «وحضّ جميع الأطراف على ضبط النفس»: those called on, not who calls
        if not gap and self._oblique_plural(first) and trig.entry.event != "PROTEST":
            # «ودعا المسؤولين اللبنانيين إلى …»: a plural in «ـين» is no subject; it is the object (a crowd a
            # protest verb brings out still protests: «يُخرج المتظاهرين إلى الشوارع»)
            return None
        if self.feminine_verb(trig) and self.masculine_person(first):
            return None  # «واستقبلت الرئيس الإيراني»: a feminine verb's subject is not a man; he is the object
        if len(gap) == 1 and gap[0].norm in MEN_OF_A_BODY and conjoined_word(self.tokens[trig.first_token]) \
                and self.feminine_verb(trig):
            return None  # «…، وأمهلت أعضاء البعثة الإيرانية 48 ساعة»: nor are the members of a body
        if first.first_token == trig.last_token + 1 and trig.entry.pos == "verb" and trig.entry.frame != "visit" \
                and conjoined_word(self.tokens[trig.first_token]) \
                and self._masculine_verb(trig) and (self._feminine_state(first) or self._feminine_body(first)):
            # «وطالب موسكو وواشنطن بالوفاء», «ودعا الإدارة الأميركية إلى …»: a state or a body named by a
            # feminine noun right after a conjoined masculine verb is its object (without the conjunction
            # the word may be a masdar: «وجاء رفض القاهرة»)
            return None
        if first.first_token == trig.last_token + 1 and trig.entry.pos == "verb" \
                and self.feminine_verb(trig) and self.masculine_body(first):
            # «…، ودعت مجلس الأمن الدولي إلى التدخل», «وقد زوّدت الجيش الإثيوبي»: a body named by a masculine noun
            # right after a feminine verb is its object
            return None
        if trig.entry.frame == "visit" and first.kinds[:1] and first.kinds[0] in ("capital", "country", "place") \
                and len(first.kinds) == 1:
            # «وزار الكويت والدوحة»: a bare state or city after «زار» is where, not who; who may follow
            # it («وزار دمشق وزراء خارجية الإمارات والأردن»)
            visitor = after[1] if len(after) > 1 else None
            if visitor is not None and not visitor.prep and visitor.first_token == first.last_token + 1 \
                    and ("person" in visitor.kinds or visitor.kinds[0] == "agent"):
                return visitor
            return None
        return self._titled_person(first, after) or first

    def _side_named_by(self, np: NP) -> bool:
        """«طالبت الحكومة العراقية الجانب التركي بسحب قواته»: a nisba after «الجانب/الطرف/الأطراف» names a state's side,
        a party in its own right (not a nisba describing the noun before it)."""
        k = np.first_token - 1
        return k >= 0 and self.tokens[k].norm in SIDE_WORDS

    @staticmethod
    def _nominative_participle(tok: Token) -> bool:
        """A definite participle in the sound plural of the nominative («المشاركون», «المجتمعون», «المعتصمون»):
        only a subject takes that case (a singular such as «المعاون», «المخزون» is shorter)."""
        return tok.is_word and tok.norm.startswith("الم") and tok.norm.endswith("ون") and len(tok.norm) >= 8

    def _oblique_plural(self, np: NP) -> bool:
        """A sector noun in the sound plural or dual of the accusative and genitive («المسؤولين»,
        «الوزيرين»), or a pair word so declined («ودعت الطرفين إلى ضبط النفس»), which a subject never takes (it
        would be «المسؤولون», «الوزيران», «الطرفان»)."""
        word = word_key(self.tokens[np.first_token]).removeprefix("ال")
        if word in OBLIQUE_PAIRS:
            return True
        if np.entity is None or np.entity.kind != "agent" or "person" in np.kinds:
            return False
        return len(word) >= 5 and word.endswith("ين") and word not in NOT_PLURALS

    def _titled_person(self, title: NP, after: list[NP]) -> Optional[NP]:
        """«رئيس المجلس الأعلى للدولة في طرابلس خالد المشري»: a bare title whose body the knowledge
        base does not know stands in apposition to the person named a few words after it."""
        if title.code is not None or title.kinds[:1] != ("agent",):
            return None
        person = next((np for np in after if np.first_token > title.last_token and not np.prep
                       and not np.is_place), None)
        if person is None or person.kinds[:1] != ("person",) \
                or person.first_token - title.last_token > TITLE_REACH:
            return None
        between = range(title.last_token + 1, person.first_token)
        if any(not self.tokens[k].is_word or k in self.trigger_tokens for k in between):
            return None
        if between and not self._is_definite_at(between[0]):
            return None  # «خطف مسلحون مطران الكلدان … بولس فرج رحو»: no construct chain, so no title of his
        last = person.first_token - 1
        if between and not (self._is_definite_at(last) or any(np.last_token == last for np in self.candidates)):
            return None  # «أحرق المحتجون صور ترامب»: after a bare noun the name is its genitive
        return person

    def _continues_previous_clause(self, trig: Trigger, after: list[NP]) -> bool:
        """A verb conjoined to an earlier verb of the sentence, followed by a single bare phrase or list."""
        tok = self.tokens[trig.first_token]
        prev = self.tokens[trig.first_token - 1].norm if trig.first_token > 0 else ""
        joined = conjoined_word(tok) or prev in CONTINUING  # «وصل بومبيو إلى جدة، حيث التقى ولي العهد»
        if trig.entry.pos != "verb" or not joined or tok.enclitic:
            return False  # «فرفضها لابيد»: with its object attached, the phrase after the verb is the subject
        if not (trig.entry.object or trig.entry.frame in ("meet", "visit")):
            return False
        if word_key(tok).removeprefix("و") in WELCOMING:
            return False  # one welcomes only «بـ» something: «…، ورحّبت الحكومة السودانية بالقرار»
        # (a phrase after what is asked or charged is that content's: «وطالبت فيلنيوس باستدعاء سفيرها»)
        starts = {np.first_token for np in after}
        # (and so is a phrase after «إلى» or «على», outside an aside: «ودعا قرداحي إلى … إصلاح علاقات لبنان», «وحثت
        # السلطات على إعادته، في حين أعرب سفراء …»)
        asides = self.set_off_asides
        nxt = next((k for k in range(trig.last_token + 1, len(self.tokens)) if k not in starts
                    and self.tokens[k].is_word and (prep_clitic(self.tokens[k]) == "ب" or (
                        word_key(self.tokens[k]) in _CONTENT_PREPS and k not in asides))),
                   len(self.tokens))
        bare = [np for np in after if not np.prep and not np.is_place and np.first_token < nxt]
        first_person = next((np for np in self.candidates if "person" in np.kinds and not np.prep), None) \
            if bare and "person" in bare[0].kinds else None
        if first_person is not None and first_person is not bare[0] and first_person.entity.identifier_id is not None \
                and first_person.entity.identifier_id == bare[0].entity.identifier_id:
            # «أجرى أوباما وكاسترو محادثات …، ودعا أوباما إلى …»: the sentence's first person, named again, is
            # the subject (not «… الذي أعلنه ماكرون، وطالب ماكرون بسحب الإهانات»: Macron is the object)
            return False
        if bare and self._has_own_object(bare[0]):
            return False  # «…، ودانت الخارجية الإيرانية الغارات»: verb, subject, object
        if bare and self.statement_subject(trig) is not None and trig.entry.object:
            return True  # «وأعرب البيان الختامي عن …، وحثّ القيادات اللبنانية على …»: the statement goes on asking
        if bare and self._joint_statement_after(bare[0]):
            return False  # «…، ودعا قادة الاتحاد الأوروبي في بيان مشترك إلى …»: who issue a joint statement speak
        # «واعتبرت الخارجية الجزائرية …، وطالبت الرباط بتوضيح موقفها»: with a body, a person or an organisation
        # («وصفت الأمم المتحدة الوضع …، ودعت إسرائيل إلى ضبط النفس») named as subject before, a lone state (or
        # list of states) after the conjoined verb is its object
        # (or a state, before a feminine verb: «دانت مصر العملية، وطالبت إسرائيل بوقف التصعيد»)
        # (a state's side is a state: «أعربت مصر عن قلقها، وطالبت الجانب الإسرائيلي بـ…»)
        states = bare and all(np.kinds[0] in ("country", "capital") or self._side_named_by(np) for np in bare) \
            and all(np in self._with_coordinated(bare[0], after) for np in bare)  # «وطالب موسكو وواشنطن»
        one_state = states and len(bare) == 1 and conjoined_word(tok) and self.feminine_verb(trig)
        named_before = [np for np in self.candidates if np.last_token < trig.first_token and not np.prep and np.code]
        if bare and any(t.enclitic in ("ه", "ها") for t in self.tokens[bare[0].first_token:bare[0].last_token + 1]) \
                and any(np.code == bare[0].code for np in named_before):
            return False  # «قصف الحرس الثوري …، وهدد قائد قواته البرية بمواصلة العمليات»: its own man speaks next
        bodies = [np for np in named_before if np.kinds[0] in ("agent", "person", "organisation", "group")]
        if self.feminine_verb(trig):
            # (a man or a masculine body is no subject of a feminine verb: «وحثّ [بلينكن] باكو على …، ودانت باريس …»
            # — Paris condemns)
            bodies = [np for np in bodies if not (self.masculine_person(np) or self.masculine_body(np))]
        subject = bool(bodies) or any(one_state and np.kinds[0] in ("country", "capital") and np.code != bare[0].code
                                      for np in named_before)
        # («دانت الخارجية الأميركية الهجوم، وطالبت «الدعم السريع» بوقف تقدمها»: a group of another state after the
        # conjoined verb is its object too)
        group = len(bare) == 1 and bare[0].kinds[0] == "group" and bare[0].code and conjoined_word(tok) \
            and any(np.code != bare[0].code for np in bodies)
        # (and so is another state's body, or an organisation, after a conjoined verb of asking: «أبدت حكومة جنوب
        # السودان قلقاً …، وطالبت السلطات السودانية بحماية المدنيين», «أما حفتر فشدّد …، ودعا مجلس الأمن الدولي إلى …»)
        # (the body before may be one no state names: «ووصف مسؤول أمني الضربات …، وطالب مجلس الأمن بـ»)
        speakers = [np for np in self.candidates if np.last_token < trig.first_token and not np.prep
                    and np.kinds[0] in ("agent", "person", "organisation", "group")]
        body = len(bare) == 1 and bare[0].kinds[0] in ("agent", "organisation") and bare[0].code \
            and conjoined_word(tok) \
            and trig.entry.event == "REQUEST" and bool(speakers) and speakers[-1].code != bare[0].code
        earlier = [t for t in self.triggers if t.entry.pos == "verb" and t.last_token < trig.first_token]
        main = [t for t in earlier if not self._in_relative_clause(t) and not self.in_complement(t)]
        if main and self.feminine_verb(main[-1]) and self._masculine_verb(trig):
            # «وحمّلت السلطات الإيرانية إسرائيل المسؤولية، وتوعد الرئيس بالثأر»: a masculine verb's subject is not
            # the feminine one before it
            return False
        if (subject and states or group or body) and trig.entry.object:
            return True
        if not earlier and not self._opens_verb_subject(conjoined=prev in CONTINUING, before=trig.first_token):
            return False
        if earlier and (self._masculine_verb(earlier[-1]) or self.masculine_imperfect(earlier[-1])) \
                and self.feminine_verb(trig):
            # «احتشد عشرات آلاف الفلسطينيين …، وقتلت القوات الإسرائيلية عشرات منهم», «إن الاتحاد «يدينها»،
            # ودانت الخارجية المصرية …»: a new subject
            return False
        if earlier and plural_verb(self.tokens[earlier[-1].last_token]) \
                and not plural_verb(self.tokens[trig.last_token]):
            return False  # «وحمّلوا إسرائيل المسؤولية، كما وصفت المتحدثة الروسية …»: one after many is a new subject
        heads = [t for t in earlier if not self._in_relative_clause(t)]
        if trig.entry.event == "ACCUSE" and heads and heads[-1].entry.event == "ASSAULT":
            return False  # «استهدف الحرس الثوري قاعدة العديد، ودانت الخارجية القطرية الهجوم»: who condemns is named

        if not bare or not ("person" in bare[0].kinds or bare[0].kinds[0] == "agent"
                            or (self._masculine_verb(trig) and self._feminine_state(bare[0]))):
            return False  # «واتهم طهران»: a masculine verb's subject is not a city
        listed = self._with_coordinated(bare[0], after)  # «ولي العهد في نيوم ثم الشيخ تميم»: one list
        return all(np in listed for np in bare)

    def subject_of_verb_conjoined_to(self, trig: Trigger) -> Optional[NP]:
        """«أكد أن إسرائيل ستدافع عن نفسها ولن تتردد في ضرب إيران», «بأن الجيش الفرنسي عذّب وقتل المناضل»: a verb
        joined by «و/ف» to a verb no trigger reads shares its subject, a named party right after «أن/إن» (or
        opening the sentence) and right before that verb, when nothing else in between could be a subject."""
        k = trig.first_token
        if trig.entry.pos != "verb" or not conjoined_word(self.tokens[k]):
            return None
        for np in reversed(self.candidates):
            if np.last_token >= k:
                continue
            if np.prep or np.is_place or not np.code:
                return None  # (a phrase in between: the verb's object, or another clause's subject)
            start = np.first_token
            opens = start == self.opening or (start > 0 and is_complementizer(self.tokens[start - 1]))
            between = self.tokens[np.last_token + 1:k]
            if not opens or not between or not between[0].is_word or between[0].norm in PARTICLES \
                    or self.candidate_at.get(np.last_token + 1) is not None \
                    or any(not t.is_word or is_complementizer(t) for t in between) \
                    or any(t.last_token < k and t.first_token > np.last_token for t in self.triggers):
                return None
            return np
        return None

    def _opens_verb_subject(self, conjoined: bool = False, before: int = 0) -> bool:
        """The sentence opens, maybe after a time, with a verb without clitics and a named person or official
        as its subject («تفقّد الرئيس الفرنسي إيمانويل ماكرون موقع الانفجار …», «ومساء اليوم ذاته تسلل …»);
        `conjoined`: a verb after «و/ف» will do, before token `before` («وتوجه ولي العهد إلى واشنطن، حيث التقى …»)."""
        verb = self.opening
        while verb in self.time_tokens or (verb < len(self.tokens) and self.tokens[verb].norm in SAME_TIME):
            verb += 1
        # («وفي بيروت، ترأس ميقاتي اجتماعاً …»: so does a place set off before the verb)
        at = verb + 1 if verb < len(self.tokens) and word_key(self.tokens[verb]) == "في" else verb
        place = next((np for np in self.candidates if np.first_token == at and np.is_place), None)
        if place is not None and place.last_token + 2 < len(self.tokens) \
                and self.tokens[place.last_token + 1].text in "،,":
            verb = place.last_token + 2
        elif verb + 2 < len(self.tokens) and self.tokens[verb + 1].text in "،," \
                and self.tokens[verb].norm.endswith("يا") and self.tokens[verb].text.endswith(("ياً", "يًا")):
            verb += 2  # («ودولياً، قالت مفوضة الأمم المتحدة …»: and an adverb of domain)
        clitics = ("", "و", "ف") if conjoined and verb < before else ("",)
        return verb < len(self.tokens) and self.tokens[verb].proclitics in clitics \
            and self._named_subject_after(verb, pluperfect=conjoined) is not None

    def statement_subject(self, trig: Trigger) -> Optional[int]:
        """Where «البيان» (a statement named before) stands as the verb's subject: right after it (not the object
        the verb needs: «ووقع البيان …» was signed), or after the verb that opens the sentence of a conjoined verb
        («وأعرب البيان الختامي عن «قلق بالغ»…، وطالب الأطراف المتحاربة بوقف التصعيد»)."""
        if trig.entry.pos != "verb":
            return None
        if self._statement_at(trig.last_token + 1, trig):
            return trig.last_token + 1
        opener = next((k for k, tok in enumerate(self.tokens) if tok.is_word), None)
        if opener is None or opener + 1 >= trig.first_token or not conjoined_word(self.tokens[trig.first_token]) \
                or any(t.text in CLAUSE_BREAKS for t in self.tokens[opener:trig.first_token]):
            return None
        return opener + 1 if self._statement_at(opener + 1, trig) else None

    def _statement_at(self, k: int, verb: Trigger) -> bool:
        tok = self.tokens[k] if k < len(self.tokens) else None
        return tok is not None and has_article(tok) and word_key(tok) in ISSUED_STATEMENTS \
            and not verb.entry.is_required_word(tok.text, tok.keys)

    def _foe_of(self, np: NP) -> Optional[NP]:
        """The party after «ضد» that completes the name of the alliance or force `np` («التحالف الدولي ضد تنظيم
        «داعش»»), right after it."""
        k = np.last_token + 1
        if np.prep or "person" in np.kinds or k + 1 >= len(self.tokens) or self.tokens[k].norm != "ضد":
            return None
        return next((c for c in self.candidates if k < c.first_token <= k + 3 and prep_key(c.prep) == "ضد"), None)

    def _joint_statement_after(self, np: NP) -> bool:
        """«في بيان مشترك» or «في بيان ختامي» follows `np`, a time word or two between."""
        k = np.last_token + 1
        while k < len(self.tokens) and k in self.time_tokens:
            k += 1
        return k + 2 < len(self.tokens) and self.tokens[k].norm == "في" \
            and word_key(self.tokens[k + 1]) in DOCUMENTS and self.tokens[k + 2].keys[-1] in JOINT

    def _has_own_object(self, np: NP) -> bool:
        """A bare phrase or an event noun follows `np` at once: `np` is a subject with its object
        after it, not an object itself."""
        k = np.last_token + 1
        if k < len(self.tokens) and self.tokens[k].text in "،," and (close := next(
                (j for j in range(k + 1, min(len(self.tokens), k + _ASIDE_REACH)) if self.tokens[j].text in "،,"),
                None)) is not None and all(t.is_word for t in self.tokens[k + 1:close]):
            k = close + 1  # «ووصف الرئيس أردوغان، من لندن، ما جرى …»: past an aside set off by commas
        if k < len(self.tokens) and self.tokens[k].text in CLOSING_QUOTES:
            k += 1  # «منظومة «القبة الحديدية» معظمها»: past the quotation the name closes
        if k >= len(self.tokens) or not self.tokens[k].is_word or self.tokens[k].proclitics.startswith("و"):
            return False
        if self.tokens[k].norm in _WHAT:
            return True  # «ووصف أردوغان ما جرى بأنه …»: «ما» opens the object
        # (or a definite noun: «…، ورفضت نيودلهي الاتهامات»; or one a quantifier heads: «وحثّ الأمين العام للأمم
        # المتحدة جميع الأطراف على ضبط النفس»)
        quantified = self.tokens[k].norm in QUANTIFIERS and k + 1 < len(self.tokens) and has_article(self.tokens[k + 1])
        # (or a quantifier over what was named before: «واعترضت منظومة «القبة الحديدية» معظمها»)
        quantified = quantified or any(self.tokens[k].norm == q + p for q in QUANTIFIERS for p in _OF_THEM)
        return quantified or any(t.first_token == k for t in self.triggers) or any(
            other.first_token == k and not other.prep for other in self.candidates) \
            or (has_article(self.tokens[k]) and not prep_clitic(self.tokens[k]) and word_key(self.tokens[k]) not in PREPS
                and np.kinds[0] in ("country", "capital"))

    def _subject_of_verb_before(self, start: int, end: int, verbs: frozenset, reach: int) -> Optional[NP]:
        """The subject of the nearest of `verbs` within `reach` tokens before `start` in the same
        clause: the first bare phrase between it and `end` (VSO), else a bare phrase just before it
        (SVO)."""
        for j in range(start - 1, max(-1, start - reach - 1), -1):
            tok = self.tokens[j]
            if not tok.is_word and tok.text in CLAUSE_BREAKS:
                return None
            if is_one_of(tok, verbs):
                subj = next((np for np in self.candidates if j < np.first_token < end
                             and not np.prep and not np.is_place), None)
                if subj is None:
                    subj = self._organ_of(j)
                if subj is None and not conjoined_word(tok):
                    # (a conjoined verb shares the subject of the clause before: «والتقى نظيره اللبناني ميشال
                    # عون، وتعهّد بإرسال …» is Macron's pledge)
                    before = [np for np in self.candidates if np.last_token < j and not np.prep and not np.is_place]
                    subj = before[-1] if before and j - before[-1].last_token <= 2 else None
                return subj
        return None

    def _organ_of(self, verb: int) -> Optional[NP]:
        """«وافق المجلس التنفيذي لصندوق النقد الدولي»: the body whose organ, named by a definite
        phrase the knowledge base does not know, is the subject of the verb at `verb`."""
        np = next((np for np in self.candidates if verb + 1 < np.first_token <= verb + 3), None)
        if np is None or prep_key(np.prep) != "ل" or not np.code:
            return None
        return np if all(has_article(t) for t in self.tokens[verb + 1:np.first_token]) else None

    def _speaks_in_document(self, trig: Trigger) -> bool:
        """A saying verb followed by «فيها/فيه» speaks in a document named before it (not «الغارة
        التي قتل فيها», nor a time: «بعد سنوات اتهمت فيها مقديشو أسمرة», «في وقت تحذر فيه الأمم المتحدة»)."""
        k = trig.last_token + 1
        return trig.entry.pos == "verb" and trig.entry.event in SAID_TYPES \
            and k < len(self.tokens) and self.tokens[k].norm in IN_IT \
            and not (trig.first_token > 0 and word_key(self.tokens[trig.first_token - 1]) in TIME_SPANS)

    def _speaker_of_statements(self, verb: int) -> Optional[NP]:
        """«رداً على تصريحات للرئيس إيمانويل ماكرون شكّك فيها … واتهم فيها …»: whose statements, speech or
        interview the «فيها» after the verb at `verb` points back to (the phrase right after the noun, bare or
        with «ل», or after the verb it is the object of: «خطاب ألقاه الوزير»), within the sentence."""
        k = self._statement_before(verb)
        if k is None:
            # «تلقى … اتصالاً هاتفياً من الرئيس الفرنسي هنأه فيه»: who made the call speaks in it
            call = self._statement_before(verb, PHONE_CALLS)
            return None if call is None else next(
                (np for np in self.candidates if call < np.first_token <= call + 3 and np.code
                 and prep_key(np.prep) == "من" and not np.is_place), None)
        return next((np for np in self.candidates if np.first_token in (k + 1, k + 2) and np.code
                     and prep_key(np.prep) in ("", "ل") and not np.is_place), None)

    def given_statement_before(self, verb: int) -> bool:
        """The statement before token `verb` is the object of a verb of giving or sending («ألقى كلمة», «وجّه
        رسالة»), or what the act was done with («افتتح المحادثات بكلمة دعا فيها …», «ردت ببيان رفضت فيه …»): its
        speaker is that verb's subject (not a statement another welcomes: «رحبت ببيان دعا فيه …»)."""
        k = self._statement_before(verb)
        if self._statement_with_bi(k, verb):
            return not self._taken_statement(k)
        return k is not None and k > 0 and is_one_of(self.tokens[k - 1], GIVING_STATEMENTS)

    def taken_statement_before(self, verb: int) -> bool:
        """The statement right before token `verb` is what another party welcomes or condemns («رحبت الخارجية ببيان
        دعا فيه مجلس الأمن …»): not the welcomer's own."""
        k = self._statement_before(verb)
        return self._statement_with_bi(k, verb) and self._taken_statement(k)

    def _statement_with_bi(self, k: Optional[int], verb: int) -> bool:
        """The statement at token `k` stands right before the verb at `verb`, with «ب» («بكلمة دعا فيها»)."""
        return k is not None and k == verb - 1 and prep_clitic(self.tokens[k]) == "ب"

    def _taken_statement(self, k: int) -> bool:
        """A verb or masdar of welcoming or condemning shortly before the statement at token `k`."""
        return any(is_one_of(t, TAKING_STATEMENTS) for t in self.tokens[max(0, k - 4):k])

    def _statement_before(self, verb: int, nouns: frozenset = STATEMENTS) -> Optional[int]:
        """The token of the nearest statement, speech or interview (or other of `nouns`) before token `verb`, in its
        sentence."""
        for k in range(verb - 1, max(-1, verb - STATEMENT_REACH), -1):
            if self.tokens[k].text in CLAUSE_BREAKS:
                return None
            if word_key(self.tokens[k]) in nouns:
                return k
        return None

    def _copula_subject(self, trig: Trigger, before: list[NP]) -> Optional[NP]:
        """«أن تل أبيب باتت «منطقة غير آمنة»»: the phrase before «بات/أصبح/صار» right before the trigger
        (a quote may open between), a place included."""
        k = trig.first_token - 1
        while k > 0 and self.tokens[k].text in QUOTES:
            k -= 1
        # («باتت» is no «بـ» + «اتت»)
        if k < 1 or not (word_key(self.tokens[k]) in COPULAS or self.tokens[k].norm in COPULAS):
            return None
        return next((np for np in before if np.last_token == k - 1 and not np.prep and np.code), None)

    def _owner_after_that(self, trig: Trigger, before: list[NP]) -> Optional[NP]:
        """«مؤكدة أن موقف أوتاوا يمثل تدخلاً»: the party in the genitive of the noun that opens a clause
        after «أن», right before its verb."""
        np = before[-1] if before and not before[-1].prep and before[-1].code else None
        if np is None or np.last_token != trig.first_token - 1 or np.first_token < 2:
            return None
        return np if self.tokens[np.first_token - 1].is_word and is_complementizer(self.tokens[np.first_token - 2]) else None

    def _purpose_verb(self, trig: Trigger) -> bool:
        """An imperfect verb with the «لـ» of purpose («ليتهم», «ولتطالب»)."""
        t = self.tokens[trig.first_token]
        if trig.entry.pos != "verb" or trig.entry.frame != "directed":
            return False
        word = t.norm[1:] if t.norm[:2] in ("ول", "فل") else t.norm
        return word[:1] == "ل" and word[1:2] in ("ي", "ت") and word[1:] in t.keys

    def subject_of_having_done(self, trig: Trigger) -> Optional[NP]:
        """«وسبق للرياض أن استدعت سفيرها …»: the party «سبق لـ» names before «أن» does what the sentence then
        tells with no subject of its own."""
        for k in range(trig.first_token - 1, -1, -1):
            if self.tokens[k].norm.removeprefix("و").removeprefix("ف") in HAD_BEFORE:
                party = next((np for np in self.candidates if np.first_token == k + 1 and np.code
                              and prep_key(np.prep) == "ل"), None)
                if party is not None and party.last_token + 1 < len(self.tokens) \
                        and self.tokens[party.last_token + 1].norm == "ان":
                    return party
                return None
        return None

    def _charged_after(self, verb: Trigger) -> bool:
        """One phrase right after `verb`, then a «ب» phrase («واتهم إسرائيل بارتكاب …»)."""
        first = next((np for np in self.candidates if np.first_token == verb.last_token + 1 and not np.prep), None)
        return first is not None and first.last_token + 1 < len(self.tokens) \
            and prep_clitic(self.tokens[first.last_token + 1]) == "ب"

    def _clause_subject(self, trig: Trigger) -> Optional[NP]:
        """The subject of the verb before a participle: the first phrase without a preposition
        after the nearest preceding verb trigger, else the sentence's first such phrase."""
        verbs = [t for t in self.triggers if t.last_token < trig.first_token and t.entry.pos == "verb"
                 and not self._in_relative_clause(t) and not self.in_complement(t)
                 and self.relative_clause_head(t.first_token) is None]
        if verbs and verbs[-1].entry.frame == "participle" and trig.entry.frame == "participle":
            # a chain of participles shares one subject, not the object of the one before («قال الحرس
            # إن …، متهماً إسرائيل …، ومتوعداً بعقاب شديد»)
            return self._clause_subject(verbs[-1])
        if verbs and trig.entry.frame == "participle" and verbs[-1].entry.object \
                and conjoined_word(self.tokens[verbs[-1].first_token]) and self._charged_after(verbs[-1]):
            # «أعلن عباس الحداد، واتهم إسرائيل بارتكاب «مجزرة»، داعياً …»: a conjoined verb's phrase followed by what it
            # is charged with is its object; the participle shares the subject of the clause before
            earlier = self._clause_subject(verbs[-1])
            if earlier is not None:
                return earlier
        start = verbs[-1].last_token + 1 if verbs else self.opening
        for k in range(trig.first_token - 2, start - 1, -1):
            if self.tokens[k].text in "،," and conjoined_word(self.tokens[k + 1]) \
                    and self.tokens[k + 1].norm.removeprefix("و") not in _AMONG_THEM \
                    and not any(t.first_token == k + 1 and t.entry.pos == "noun" for t in self.triggers):
                # «…، فردّت الصين على الفور بفرض رسوم …، متهمة واشنطن»: a conjoined verb with its subject
                # right after it opens the clause the participle goes with (not a conjoined masdar: «قطع العلاقات
                # …، وسحب السفارة …، متهماً أبوظبي» — the subject is the sentence's)
                subject = next((np for np in self.candidates if np.first_token == k + 2 and not np.prep
                                and not np.is_place), None)
                if subject is not None:
                    return subject
                break
            if self.tokens[k].norm in CLAUSE_OPENERS or self._since_x_did(k) or (k > 0 and self._fi_hin(k - 1)) or (
                    k > 0 and self.tokens[k].norm == "ان" and self.tokens[k - 1].norm in _BUT_THAT):
                # «…، بينما عبّر الأمين العام لجامعة الدول العربية عن «قلق بالغ»، داعياً …», «…، في حين تواصل أنقرة
                # التأكيد …، رافضة», «…، غير أن باتيلي اعتبر …، داعياً»: a clause opened after the last trigger verb
                # has a subject of its own
                start = k + 1
                break
        if not verbs and start + 1 < trig.first_token and self.tokens[start].norm.removeprefix("و") in SAYING_VERBS \
                and is_complementizer(self.tokens[start + 1]):
            return None  # «وأكد أن بلاده لن ترد ما لم تقدم إسرائيل …، محذراً»: «he» warns, not a party in what he said
        subject = next((np for np in self.candidates if start <= np.first_token < trig.first_token
                        and not np.prep and not np.is_place), None)
        if subject is not None and verbs and self._continues_previous_clause(
                verbs[-1], [np for np in self.candidates if np.first_token > verbs[-1].last_token]):
            # («…، وحثّ الأطراف الفلسطينية على …، مجدداً دعوته»: the phrase after a verb that goes on with the clause
            # before it is its object; the participle goes with the subject they share)
            return self._clause_subject(verbs[-1])
        if subject is not None and subject.code is None:
            # «أعلن مكتب رئيس الوزراء أن السوداني وجّه …، محمّلاً …»: a named person after an unnamed
            # announcer is who acts
            subject = next((np for np in self.candidates if subject.last_token < np.first_token < trig.first_token
                            and not np.prep and np.code and "person" in np.kinds), subject)
        if subject is None and verbs and self.tokens[verbs[-1].first_token - 1].norm == "قد":
            # «وكان أردوغان، الذي …، قد حذّر …، ملوّحاً»: the subject came before «قد»
            subject = next((np for np in self.candidates if np.last_token < verbs[-1].first_token
                            and not np.prep and not np.is_place), None)
        return subject

    def _since_x_did(self, k: int) -> bool:
        """«…، إذ أكد باشينيان …»: «إذ» opening a clause with a verb and its own subject right after it
        (not «إذ وصف في بيان …», whose subject is the sentence's)."""
        return self.tokens[k].norm == "اذ" and any(np.first_token == k + 2 and not np.prep and not np.is_place
                                                   for np in self.candidates)

    def _unknown_name_after(self, actor: list[NP], anchor: int, nxt: int) -> int:
        """«طالب وزير خارجية مالي عبد الله ديوب مجلس الأمن»: the words of a name the knowledge base
        does not know, right after a title that is the subject (up to four), else 0."""
        if not actor or actor[-1].last_token != anchor or "person" in actor[-1].kinds \
                or actor[-1].kinds[:1] != ("agent",):
            return 0
        words = self.tokens[anchor + 1:nxt]
        if not 2 <= len(words) <= 4 or any(k in self.trigger_tokens for k in range(anchor + 1, nxt)) or any(
                not w.is_word or w.proclitics or (has_article(w) and w.norm != "الله") for w in words):
            return 0  # («عبد الله» is a name; any other word with the article is not)
        return len(words)

    def _actors_own_side(self, np: NP, actor_codes: set) -> bool:
        """A bare state of the actor's own, its side opening what it says, its capital qualifying a
        noun, or its voice («دعت الخارجية، على لسان المتحدث باسمها …، إلى …»)."""
        return np.code in actor_codes and (
            np.kinds in (("country",), ("demonym",)) or self._opens_complement(np)
            or (np.kinds == ("capital",) and self._genitive_of_plain_noun(np))
            or any(t.norm == "لسان" for t in self.tokens[max(0, np.first_token - 4):np.first_token]))

    def _titled_partner_of(self, np: NP, actors: list[NP]) -> bool:
        """«ودعت الممثلة العليا … موغيريني والمفوض الأوروبي لشؤون التوسيع يوهانس هان، … تركيا إلى»: a
        person of the subject's side, named after a title joined by «و» to the phrase before, is a
        second subject; one named right after the titled subject and where it sits («رئيس المجلس الأعلى
        للدولة في طرابلس خالد المشري») is the subject itself."""
        if "person" not in np.kinds or np.code not in {a.code for a in actors if a.code}:
            return False
        for a in actors:
            # «وزير الدولة المصري للإعلام آنذاك أسامة هيكل»: the title held then, and its holder
            between = range(a.last_token + 1, np.first_token)
            if a.kinds[0] == "agent" and a.code == np.code and any(self.tokens[k].norm in THEN_WORDS for k in between) \
                    and all(self.tokens[k].norm in THEN_WORDS or any(
                        c.first_token <= k <= c.last_token and not c.code and c.prep for c in self.candidates)
                        for k in between):
                return True
        before = max((c for c in self.candidates if c.last_token < np.first_token), key=lambda c: c.last_token, default=None)
        if before is not None and before.prep == "في" and (before.is_place or before.kinds[0] == "capital"):
            title = next((a for a in actors if a.kinds[0] == "agent" and a.last_token < before.first_token
                          and all(t.norm == "في" for t in self.tokens[a.last_token + 1:before.first_token])), None)
            if title is not None and title.code == np.code and before.last_token + 1 == np.first_token:
                return True
        if before is None or before.code != np.code:
            return False
        between = self.tokens[before.last_token + 1:np.first_token]
        return bool(between) and conjoined_word(between[0]) and all(t.is_word for t in between)
