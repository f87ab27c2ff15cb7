"""Argument assignment: who is the actor, the recipient and the mediator of a trigger.

Written for the word orders of Arabic news: VSO («زار بيرنز بغداد»), SVO («الرياض رحبت»),
nominal events («لقاء X بـ Y», «زيارة X إلى Y», «سحب X من Y»), light verbs («قام X بمناقشة»,
«تمت مناقشة»), passives («اغتيل X», «مهددا من قبل X»), «بين X و Y», and mediation phrases
(«برعاية», «بوساطة», «في ضيافة»).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ...schema import Trigger
from ..mentions import LED_BY, NP, OPENING_QUOTES, QUOTES, leading_figure_of
from .content import Content
from .frames import Frames
from .record import Arguments, Zone
from .subjects import Subjects
from .words import (
    ACTING_KINDS, AGAINST, AID_SOURCE_REACH, AVENGED_DEATHS, ANNOUNCING, APPOSITION_REACH, APPROVABLE, BEING, BELONGING, CARRIED_OUT,
    CIRCUMSTANTIAL,
    BETWEEN_THEM_TWO, CLAUSE_BREAKS, COUNT_WORDS, ON,
    COMPLEMENTIZERS, COUNTERPARTS, DEATH_NOUNS, DECIDING, DECISIONS, DECLARING_MASDARS,
    DRIVING, DONE_TO_TYPES, GRANTING, HEADED_BY, IDENTIFIED_REACH,
    INCLUDING, JOINING, LIGHT_VERBS, MEDIATION_NOUN, NOUN_PP_REACH, OPERATION_REACH, OWN_ACT_VERBS,
    PASSIVE_AGENT, PLUPERFECT, PREMISES, PREPS, RECEIVING, RECEPTION, SAYING_VERBS, SIGNING_NOUN, SINCE, STATE_FORCES, SUMMITS,
    SYMMETRIC_FRAMES, TARGETING, TARGETS_REACH, TELLING, THEY_ARE, TIME_PREPS, TIME_SPANS, TITLE_REACH, VICTIM_SECTORS,
    VIOLATED,
    WITH_PRONOUNS,
    conjoined_word,
    imperfect_plural_verb, is_complementizer, is_one_of, past_subject, plural_verb, prep_clitic, prep_key, same_side, side_of,
    word_key)


_SIDELINES = "هامش"
_ROUND = "جوله"  # «جولة»: a tour, or a round of talks
_RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللواتي".split())
# who suffered what a relative clause tells: «التي لقيها», «التي تعرض لها»
_SUFFERING = frozenset("لقي لقيه لقيها لقيته لقيتها تعرض تعرضت يتعرض تتعرض تعرضوا عاني عانت عاناه عانته".split())
# hostile acts told as a dual in construct («تفجيري», «مهلتي»): read as «my», their doer became the clause's subject,
# most often who reports or condemns them (accords and sit-ins in the dual keep their reading)
_HOSTILE_DUALS = frozenset({"ASSAULT", "THREATEN"})
_INTERVIEWS = frozenset("مقابله حوار حديث لقاء".split())  # «في مقابلة مع …»: with whom one spoke
_TIES = frozenset("صله صلات علاقه علاقات ارتباط".split())  # «نفى أي صلة له بـ …»: a tie denied
_DENIALS = "core.REJECT.deny."
_TIE_REACH = 5  # words from the tie to the party («أي علاقة عسكرية بحزب الله أو بإيران»)


BLAST_VERB = "core.ASSAULT.explode.verb"  # «انفجرت سيارة مفخخة»: its forms carry their subject

_TOUR_REACH = 12  # words from a tour noun to «وتشمل» and the states it takes in
_TAKING_IN = INCLUDING | frozenset("تشمل يشمل ستشمل سيشمل".split())  # «وتشمل مصر وإسرائيل»: a tour's stops
_COMPANION_REACH = 4  # words from «مع X» to the dual meeting noun it shares («مع نظيره في ختام محادثاتهما»)
_MEASURE_REACH = 4  # words from a threatened measure («بفرض عقوبات») to whom it is imposed on
_PRAISED_GAP = 8  # words from praise to the mediation it praises («رحّبت المملكة العربية السعودية باستضافة …»)
_ROLES = frozenset("دور جهود جهد مساعي مسعي".split())  # a party's part «في» a mediation
_MEDIATED_REACH = 12  # words from a release or exchange to the phrase naming its broker
# verbs of talking of something, beside those of saying: «تحدثت منظمات حقوقية عن مقتل …», «كشفت مصادر عن مقتل …»
_TELLING_OF = SAYING_VERBS | frozenset("تحدث تحدثت تحدثوا يتحدث تتحدث كشف كشفت يكشف تكشف".split())
_TELLING_REACH = 3  # words before the teller its verb may stand («تحدثت فيه منظمات حقوقية»)


class ArgumentFinder(Frames, Content, Subjects):
    """Assigns arguments for the triggers of one sentence."""

    # -- assignment -------------------------------------------------------------------------------
    def assign(self, trig: Trigger) -> Arguments:
        """The actor, recipient, mediator and place of `trig`, and the rule path that found them."""
        e = trig.entry
        args = Arguments()
        hi = self._boundary_after(trig)
        after = self._nps_between(trig.last_token + 1, hi)
        if e.event != "REQUEST":  # (a demand made on the occasion is addressed to the party met)
            after = [np for np in after if not self.met_on_occasion(np, trig)]
        if trig.first_token not in self.attributions:  # («، بحسب بيان للخارجية»: the source is no party to the act)
            after = [np for np in after if np.first_token not in self.attributions]
        if e.pos == "verb" and after and not after[0].prep:
            after = self._without_names_of_subject(after)
        lo = self._clause_start(trig)
        before = self._without_appositions([np for np in self._nps_between(lo, trig.first_token) if not np.is_place],
                                           trig.first_token)
        # «شن غارات»: a noun entry written with its light verb is a verb phrase
        first = self.tokens[trig.first_token]
        # (not after a preposition or a decision it completes: «أن قرار رفع اسم السودان من القائمة»)
        prev = self.tokens[trig.first_token - 1] if trig.first_token > 0 else None
        masdar = prev is not None and prev.is_word and (word_key(prev) in PREPS or word_key(prev) in DECISIONS)
        light = self._light_verb(trig) if e.pos == "noun" else None
        # («أعلنت وزارة الخارجية الأمريكية رفع اسم السودان من القائمة»: what is announced or decided is a masdar)
        masdar = masdar or light is not None and light[0] == "light" and light[1] is not None \
            and is_one_of(self.tokens[light[2]], ANNOUNCING | DECIDING)
        is_noun = e.pos == "noun" and not (trig.last_token > trig.first_token and not masdar and (
            word_key(first) in LIGHT_VERBS or first.norm in LIGHT_VERBS))
        light = light if is_noun else None
        governed = light is not None and light[0] == "light"  # «تشن القوات … عملية … ضد X»: a verb's reach
        zone = Zone(trig, e, hi, lo, after, before, first, is_noun, light, governed)
        for step in (self._find_actor, self._find_pair, self._find_recipient, self._find_place_and_late_doers,
                     self._settle_roles):
            step(zone, args)
        if is_noun and governed and not args.actor \
                and (chief := self._chief_of_unnamed_object(trig.last_token + 1, set())) is not None:
            # «وسارعت عواصم عربية عدة إلى الترحيب بالاتفاق، في مقدمتها بغداد ومسقط»: an unnamed subject's foremost
            args.actor.extend(self._with_coordinated(chief, self.candidates))
            args.recipient = [r for r in args.recipient if r not in args.actor]
            args.path.append("chief-of-subject")
        # (a verb phrase «فرض عقوبات» is read as its masdar there; a lone verb is not)
        if (is_noun or " " in trig.text and not conjoined_word(first)) and not args.actor \
                and (owner := self._decided_by(trig)) is not None:
            args.actor.append(owner)  # «قرار وزراء الخارجية العرب، في السابع من مايو، استئناف مشاركة …»
            args.recipient = [r for r in args.recipient if r is not owner]
            args.path.append("decided-by")
        if e.event in ("COERCE", "ASSAULT") and args.actor and not any(r.code for r in args.recipient) \
                and (named := self._identified_by_teller(hi)) is not None:
            args.recipient = self._with_coordinated(named, self.candidates)
            args.path.append("identified-by-teller")
        if joined := [c for a in args.actor for c in self.companions_of(a) if c not in args.actor]:
            args.actor.extend(joined)  # «عقد رئيسا الأركان، ومعهما رئيس الأركان القطري، اجتماعاً»
            args.path.append("companions")
        return args

    def _after_a_span(self, np: NP) -> bool:
        """`np`'s «من» follows a span of time («بعد أيام من القرار الأميركي», «قبل ساعات من الهجوم»)."""
        for k in range(np.first_token - 1, max(0, np.first_token - 4), -1):
            if self.tokens[k].norm == "من":
                return self.tokens[k - 1].is_word and word_key(self.tokens[k - 1]) in TIME_SPANS
        return False

    def _decided_by(self, trig: Trigger) -> Optional[NP]:
        """The coded party named right after «قرار» before a masdar, maybe past a time set off by commas
        («قرار الولايات المتحدة فرض عقوبات»): the decision's owner does what it decided."""
        k = trig.first_token - 1
        while k >= 0 and (k in self.time_tokens or self.tokens[k].text in "،," or k in self.adverbial_asides):
            k -= 1
        owner = next((np for np in self.candidates if np.last_token == k and not np.prep and np.code
                      and not np.is_place), None)
        tok = self.tokens[k] if k >= 0 else None
        if owner is None and tok is not None and tok.is_word and word_key(tok) not in DECISIONS \
                and any(key in DECISIONS for key in tok.stem_keys):
            # «بعد إعلان الرئيس الأميركي دونالد ترامب … قراره سحب ألفي جندي»: «his» decision is the clause's party's
            start = self._clause_start(trig)
            return next((np for np in reversed(self.candidates) if start <= np.first_token and np.last_token < k
                         and np.code and not np.prep and not np.is_place), None)
        if owner is None or owner.first_token == 0:
            return None
        before = self.tokens[owner.first_token - 1]
        return owner if before.is_word and word_key(before) in DECISIONS else None

    def _inverted_reception(self, trig: Trigger, after: list[NP], args: Arguments) -> bool:
        """«وكان في استقبال الرئيس السوري لدى وصوله ولي العهد السعودي», «وكان في استقباله بالمطار رئيس
        الوزراء»: the host, the subject of «كان», is named after the guest (or the guest's pronoun)."""
        k = trig.first_token
        if RECEPTION not in self.tokens[k].stem_keys or k < 2 or self.tokens[k - 1].norm != "في" \
                or self.tokens[k - 2].norm.lstrip("وف") not in BEING:
            return False
        pronoun = word_key(self.tokens[k]) != RECEPTION  # «في استقباله»
        guest = None if pronoun else next((np for np in after if np.first_token == k + 1 and not np.prep), None)
        if guest is None and not pronoun:
            return False
        edge = guest.last_token if guest is not None else k
        host = next((np for np in after if np.first_token > edge and not np.prep and not np.is_place), None)
        if host is None:
            return False
        if guest is not None:
            args.actor.append(host)
            args.recipient.append(guest)
        else:
            args.recipient.append(host)
            args.pronoun_actor = True  # the guest the pronoun names, from the discourse
        args.path.append("host-after-guest")
        return True

    def _last_two_named(self, trig: Trigger) -> list[NP]:
        """The last two parties of different states the sentence named before the trigger, in their order."""
        two: list[NP] = []
        for np in reversed(self.candidates):
            if np.last_token < trig.first_token and np.code and not np.is_place \
                    and all(np.code != other.code for other in two):
                two.insert(0, np)
                if len(two) == 2:
                    return two
        return []

    def _sufferer(self, np: NP) -> bool:
        """«المعاملة المهينة التي لقيها نجل القائد», «التي تعرض لها مواطنون ليبيون»: who suffered what the clause
        names is its victim, not whom the act is aimed at."""
        before = [t for t in self.tokens[max(0, np.first_token - 3):np.first_token] if t.is_word]
        return any(a.norm in _RELATIVES and word_key(b) in _SUFFERING for a, b in zip(before, before[1:]))

    def _restated(self, np: NP) -> bool:
        """«دانت اللجنة الشعبية العامة للاتصال الخارجي، أي وزارة الخارجية الليبية، …»: a phrase after «، أي» says
        again who the subject is."""
        k = np.first_token
        return k >= 2 and self.tokens[k - 1].norm == "اي" and self.tokens[k - 2].text in "،,"

    def _sayer_of_what(self, np: NP) -> bool:
        """«قصفت الطائرات ما قال الجيش إنها بنى تحتية»: the one who says what the object is, not the object."""
        k = np.first_token
        return k >= 2 and is_one_of(self.tokens[k - 1], SAYING_VERBS) and self.tokens[k - 2].norm in ("ما", "مما")

    def _operation_doer(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """«اعتُقل في نيروبي في عملية نفذتها الاستخبارات التركية»: who carried out the operation a passive act
        happened in."""
        hi = min(len(self.tokens) - 1, trig.last_token + OPERATION_REACH)
        for k in range(trig.last_token + 1, hi):
            if word_key(self.tokens[k]) == "عمليه":
                done = next((j for j in range(k + 1, min(hi, k + 3) + 1)
                             if word_key(self.tokens[j]) in CARRIED_OUT), None)
                return next((np for np in after if done is not None and np.first_token == done + 1
                             and not np.prep and np.code), None)
        return None

    def _find_actor(self, z: Zone, args: Arguments) -> None:
        """1. The actor: the agent of a passive, the subject of a verb or of the light verb governing a
        noun, a noun's genitive or possessive pronoun, or who launched, claimed, announced or approved it."""
        trig, e, after, before, is_noun, light = z.trig, z.entry, z.after, z.before, z.is_noun, z.light
        if is_noun and self._inverted_reception(trig, after, args):
            return
        if e.frame == "passive":
            agent = next((np for np in after if np.prep in PASSIVE_AGENT or self._after_passive_marker(np)), None)
            if agent:
                args.actor.extend(self._with_coordinated(agent, after))  # «من قبل إيران وميليشياتها»
                args.path.append("passive-agent")
            elif (fought := self.fought_with(trig)) is not None:
                args.actor.extend(self._with_coordinated(fought, after))  # «قتل ثلاثة في مواجهات مع قوات الأمن»
                args.path.append("clash-with")
            elif (doer := self._operation_doer(trig, after)) is not None:
                args.actor.extend(self._with_coordinated(doer, after))
                args.path.append("operation-of")
            elif e.mode == "release" and (captor := self._captor_after(trig)) is not None:
                args.actor.append(captor)  # «أفرج عن بحارة أتراك كانوا محتجزين لدى قوات حفتر»
                args.path.append("held-by")
            # (not the nisba of the noun the phrase ends in: «فُرضت عقوبات أمريكية على …», see below)
            phrase_nisba = self._phrase_nisba(trig, after)
            # (nor a name in apposition to a prepositional phrase: «في العاصمة الكينية نيروبي»)
            subj = next((np for np in after if not np.prep and not np.is_place and np not in args.actor
                         and np is not phrase_nisba
                         and not any(o.prep and o.last_token == np.first_token - 1 for o in after)), None)
            if subj is None and e.mode == "release":
                # «أفرج عن ستة بحارة أتراك»: the released, after «عن»
                subj = next((np for np in after if np.prep in ("عن", "ب") and np.code and not np.is_place
                             and np not in args.actor), None)
            if subj is None and before and not before[-1].prep and not any(
                    is_complementizer(self.tokens[k])
                    and self.tokens[k - 1].norm.removeprefix("و") not in TIME_PREPS | SINCE | {"حتي"}
                    for k in range(before[-1].last_token + 1, trig.first_token)):
                # (not a speaker before «إن»: «قالت منظمة العفو إن أكثر من ثلاثمئة شخص قُتلوا» kills no one of hers;
                # but «بعد أن» is a time, no speech)
                subj = before[-1]
            if subj is None and trig.last_token > trig.first_token:
                # «فُرضت عقوبات أمريكية على وزير الداخلية التركي»: what the phrase's noun is laid on
                subj = next((np for np in after if np.code and not np.is_place and np not in args.actor
                             and np.prep and prep_key(np.prep) in {prep_key(p) for p in e.preps}), None)
            if subj is not None:
                args.recipient.extend(self._with_coordinated(subj, after))
                args.path.append("passive-subject")
        elif e.frame == "consequence":
            # «قال المتحدث إن إسرائيل ستدفع الثمن», «إن الاعتداء الإسرائيلي لن يمر دون رد»: who is
            # to pay, or whose deed will be answered, is threatened by whoever says so
            # («البنى التحتية التابعة لحزب العمال … باتت أهدافاً مشروعة»: whose places they are)
            preps = {prep_key(p) for p in e.preps}
            # («يتعين على إيران أن …», «إن على الحكومة أن …»: the party the duty is put on)
            duty_on = next((np for np in after if np.first_token == trig.last_token + 1 and np.prep
                            and prep_key(np.prep) in preps), None)
            owner = next((np for np in reversed(before) if prep_key(np.prep) == "ل" and np.code and np.first_token > 0
                          and word_key(self.tokens[np.first_token - 1]) in BELONGING), None)
            # («بسبب «التعنت الإثيوبي»»: a noun's own genitive or nisba, even inside quotes; not the party whose
            # sovereignty or land it violates: «انتهاك صارخ لسيادة سوريا»)
            unviolated = [np for np in after if VIOLATED.isdisjoint(self.tokens[np.first_token - 1].keys)]
            qualifier = next((np for np in unviolated if np.first_token <= trig.last_token + 2 and not np.prep and all(
                t.is_word or t.text in QUOTES for t in self.tokens[trig.last_token + 1:np.first_token])),
                None) if e.pos == "noun" else None
            subj = duty_on or qualifier or owner or self._svo_subject(trig, before) or next(
                (np for np in reversed(before) if np.kinds[:1] == ("demonym",) and not np.prep), None) \
                or self._owner_after_that(trig, before) or self._copula_subject(trig, before) or next(
                # («الاعتداء الإسرائيلي لن يمر»)
                (np for np in unviolated if not np.prep and not np.is_place), None) or next(
                (np for np in after if np.code and prep_key(np.prep) in preps), None)  # «الخيارات مطروحة ضد X»
            if subj is not None:
                if subj.last_token < trig.first_token:
                    # «إن السفن الأميركية والبريطانية باتت هدفاً»: the whole list the subject ends
                    args.recipient.extend(self._list_ending_at(subj, before)[:-1])
                args.recipient.extend(self._with_coordinated(subj, before + after))
                args.path.append("consequence-for")
            edge = subj.first_token if subj is not None else trig.first_token
            speaker = self.sayer_before(edge, args.recipient) or next(
                (np for np in self.candidates if np.last_token < edge and not np.prep
                 and not np.is_place and np not in args.recipient), None)
            if speaker is not None:
                args.actor.append(speaker)
                args.path.append("speaker")
            else:
                args.pronoun_actor = True
        else:
            comp = self._complement(trig, after) if is_noun else None
            # «توقيع وزيري الخارجية …»: the genitive of a signing is the text signed or, naming people, who sign; so do
            # states or bodies the text signed follows: «توقيع إيران والصين اتفاقية التعاون»
            signers = comp is not None and e.id == SIGNING_NOUN and (comp.kinds[0] in ("person", "agent") or any(
                e.is_required_word(t.text, t.keys) for t in self.tokens[comp.last_token + 1:comp.last_token + 5]))
            if comp is not None and comp.kinds[0] in ("capital", "place") and e.frame != "visit" and (
                    e.event in ("AGREE", "CONSULT", "COOPERATE") or e.mode == "ceasefire"):
                # «اتفاق جوبا», «محادثات جدة», «قمة العلا», «طي صفحة مشاورات جنيف»: where it was held, not who
                # held it
                args.location = comp
                args.path.append("named-after-place")
                comp = None
            if comp is not None and "person" in comp.kinds and e.event in ("AGREE", "CONSULT") \
                    and trig.first_token > 0 and self.tokens[trig.first_token - 1].text in OPENING_QUOTES:
                # «التي حملت اسم «قمة السلطان قابوس والشيخ صباح»»: a meeting's name in quotes honours whom it names
                args.path.append("named-after-person")
                comp = None
            if light is not None and light[0] == "agentless" and comp is not None:
                light = None  # «جرى لقاء X بـ Y»: the noun names its own parties
            if light is not None and light[0] == "receiving":
                # «تلقى X اتصالا من Y», «تسلمت مصر من الإمارات متهما»: X receives, Y acts; «وتلقى اتصالا من
                # الجانب الأميركي»: the receiver is the verb's unnamed subject, whom the discourse names
                receiver = light[1]
                if receiver is None and self.tokens[light[2]].norm not in RECEIVING:
                    receiver = self._clause_subject(trig)  # «أعلنت وزارة الدفاع حصولها على …»: her obtaining
                if receiver is None:
                    receiver = self._subject_opening_clause(light[2])  # «إن الوزير سامح شكري تلقى اتصالاً من …»
                after_at = light[2] if receiver is None or receiver.last_token < light[2] else receiver.last_token
                giver = next((np for np in self.candidates if np.prep == "من" and np.first_token > after_at
                              and np.first_token <= trig.last_token + NOUN_PP_REACH), None) or next(
                    # «تسلم الجيش اللبناني شحنة أسلحة أمريكية», «نال المقترح تأييد واشنطن»: the nisba or the genitive
                    # of what is received names its giver
                    (np for np in self.candidates if np.first_token == trig.last_token + 1 and (
                        self._is_nisba(np) or not np.prep and np.code)), None)
                if receiver is not None or giver is not None:
                    if receiver is not None:
                        args.recipient.append(receiver)
                        if giver is not None:
                            args.actor.append(giver)
                    else:
                        # the pipeline fills the unnamed receiver as a subject, then swaps the two
                        args.pronoun_actor = True
                        args.governor = light[2]
                        args.path.append("received-by-pronoun")
                        args.recipient.append(giver)
                    args.path.append("receiving")
                    comp = None
                light = None  # (naming neither side, the verb leaves the noun to its own phrase)
            elif light is not None:
                kind, subj, verb_at = light
                args.governor = verb_at
                if kind == "agentless":
                    args.agentless = True
                    args.path.append("agentless")
                elif subj is not None and word_key(self.tokens[verb_at]) in ANNOUNCING and word_key(self.tokens[trig.first_token]) in DEATH_NOUNS:
                    args.path.append("announced-by")  # «أعلن الجيش مقتل أحد جنوده»: who tells of a death did not cause it
                elif subj is not None and subj.code is None and e.genitive == "actor" and comp is not None \
                        and comp.code and not self._is_nisba(comp) and not self._owner(subj):
                    # «أعربت وزارة الخارجية عن رفض المملكة القاطع»: the state whose act the body announces
                    args.actor.append(comp)
                    args.path.append("genitive-announced")
                elif subj is not None:
                    owner = self._owner(subj) if subj.code is None else None
                    if owner is None and subj.last_token < verb_at:
                        # «أصدر ماكرون وميركل وماي بيانا عبروا فيه عن الأسف»: the whole list the verb's pronoun resumes
                        args.actor.extend(self._list_ending_at(subj, self.candidates)[:-1])
                    args.actor.extend(self._with_coordinated(owner or subj, self.candidates))
                    # «شارك في مظاهرة»: taking part tells of someone's part in an event, less of the event;
                    # an adverbial «احتجاجاً على» qualifies the verb's own act («أعلنت الحركة الحداد احتجاجاً»)
                    path = "joined" if word_key(self.tokens[verb_at]) in JOINING else \
                        "adverbial" if e.id.endswith(".adverb") else "light-verb"
                    args.path.extend([path, "owner"] if owner else [path])
                    verb_key = word_key(self.tokens[verb_at])
                    if verb_key in GRANTING | TELLING and (granted := next(
                            (np for np in self.candidates if subj.last_token < np.first_token and np.last_token
                             < trig.first_token and not np.prep and np.code and np not in args.actor), None)):
                        # «منحت واشنطن العراق استثناءً», «أبلغ الحوثيون الأمم المتحدة موافقتهم»: the first object
                        args.recipient.append(granted)
                        args.path.append("granted-to" if verb_key in GRANTING else "told")
                elif comp is not None and self._is_nisba(comp) and e.genitive == "actor" \
                        and not self._describes_noun_between(trig, comp):
                    # «وعقدت الجولة الخامسة من المحادثات السعودية الإيرانية»: the nisbas name the parties
                    args.actor.extend(self._adjacent_nisbas(comp, after))
                    args.path.append("genitive")
                elif kind == "light" and comp is not None and comp.code and e.genitive == "actor" \
                        and e.frame not in SYMMETRIC_FRAMES and not self.tokens[comp.first_token].enclitic \
                        and not self._describes_noun_between(trig, comp):
                    # «أعلن قائد … الجنرال كينيث ماكنزي إتمام انسحاب القوات الأمريكية»: an announcer the
                    # text does not name leaves the act to its own doer
                    args.actor.append(comp)
                    args.path.append("genitive")
                elif kind == "light" and (owner := self._owner_of_forces_before(verb_at)) is not None:
                    args.actor.append(owner)  # «إن مقاتليهم نفذوا انسحاباً»: the forces' owner withdraws
                    args.path.append("forces-of")
                else:
                    args.pronoun_actor = True
                    args.conjoined = self.conjoined_at(verb_at)
                if kind == "light" and e.genitive == "actor" and "light-verb" in args.path \
                        and word_key(self.tokens[verb_at]) in OWN_ACT_VERBS | DRIVING and comp is not None \
                        and comp.first_token == trig.last_token + 1 and comp.code and not self._is_nisba(comp) \
                        and not self.tokens[comp.first_token].enclitic and e.frame not in SYMMETRIC_FRAMES \
                        and (comp.code not in {a.code for a in args.actor} or comp.kinds[0] == "group"
                             or "person" in comp.kinds and all("person" in a.kinds and a.text != comp.text
                                                              for a in args.actor)):
                    # «سارع وزير الداخلية إلى اتهام حزب العمال الكردستاني», «واصلت دعم أوكرانيا», «ما دفع رئيس
                    # الوزراء إلى مطالبة وزير الصحة بالاستقالة»: after a verb whose subject does the act, the
                    # noun's genitive is what the act is done to (a compatriot too, when both are named people)
                    args.recipient.extend(self._with_coordinated(comp, after))
                    args.path.append("object-genitive")
                    after = [np for np in after if np not in args.recipient]
                elif kind == "light" and comp is not None and comp not in args.actor and e.frame not in SYMMETRIC_FRAMES \
                        and self._describes_noun_between(trig, comp) and comp.code not in {a.code for a in args.actor}:
                    # («أوعز وزير الطاقة الإسرائيلي بوقف إمدادات الكهرباء الإسرائيلية إلى غزة»: one's own supplies)
                    # («رفض فيها الاتهامات الإسرائيلية والأميركية والبريطانية»: each nisba of the list)
                    args.recipient.extend(self._with_coordinated(comp, after))  # «وقررت وقف دخول الواردات اللبنانية»
                    args.path.append("owner-of-object")
                elif kind == "light" and e.genitive == "recipient" and comp is not None and not self._is_nisba(comp) \
                        and comp not in args.actor:
                    role = args.actor if signers else args.recipient
                    role.extend(self._with_coordinated(comp, after))  # «شن الجيش قصفا … », «أعلن مقتل جنديين»
                    args.path.append("genitive")
                    after = [np for np in after if np not in role]
            elif is_noun and not args.recipient:
                if comp is None and e.event == "ASSAULT" and (doer := self._attack_by(trig, after)) is not None:
                    args.actor.extend(self._with_coordinated(doer, after))  # «غارة للتحالف», «هجوم لحركة حماس»
                    args.path.append("attack-by")
                    after = [np for np in after if np not in args.actor]
                if comp is None and e.frame == "visit" and (visitor := self._visit_by(trig, after)) is not None:
                    args.actor.append(visitor)  # «زيارة مفاجئة لرئيس الوزراء الإسرائيلي إلى سلطنة عمان»
                    args.path.append("visit-by")
                    after = [np for np in after if np is not visitor]
                if comp is not None:
                    # «القصف الإسرائيلي», «الهجوم الحوثي»: an adjective after a definite noun names the agent
                    # (not a nisba describing a noun in between: «إطلاق سراح مسنتين إسرائيليتين», nor the
                    # thing an act needs: «حظر الرحلات الإيرانية» is aimed at Iran)
                    between = self.tokens[trig.last_token + 1:comp.first_token]
                    nisba = (self._is_nisba(comp) and not self._describes_noun_between(trig, comp)
                             and not any(e.is_required_word(t.text, t.keys) for t in between)) or (
                        self._is_definite(trig) and comp.kinds[:1] == ("group",))
                    # («مؤكدة دعمها حق السوريين»: a noun whose own pronoun names its doer has the phrase after it
                    # for object)
                    owned = bool(self.tokens[trig.last_token].enclitic) and not nisba
                    role = args.actor if (e.genitive == "actor" and not owned) or nisba or signers else args.recipient
                    if owned and e.genitive == "actor":
                        # («her» support: the clause's subject, else whoever the discourse supplies)
                        owner = self._clause_subject(trig)
                        if owner is not None and owner.code and owner is not comp:
                            args.actor.append(owner)
                            args.path.append("clause-subject")
                        else:
                            args.pronoun_actor = True
                    if role is args.actor and not nisba and e.event in ("ASSAULT", "COERCE") and (
                            comp.entity.sector in VICTIM_SECTORS or word_key(self.tokens[comp.first_token]) in PREMISES):
                        # «استهداف المدنيين», «اقتحام القنصلية»: civilians and buildings are hit, they do not strike
                        role = args.recipient
                    if role is args.actor and not nisba and e.event == "ACCUSE" \
                            and prep_clitic(self.tokens[trig.first_token]) == "ب" \
                            and comp.last_token + 1 < len(self.tokens) \
                            and prep_clitic(self.tokens[comp.last_token + 1]) == "ب" \
                            and (doer := self._clause_subject(trig)) is not None and doer.code and doer is not comp:
                        # «وبرر الحوثيون تحركهم باتهام الرياض بالسماح …»: the charge is the clause subject's, the
                        # genitive the accused, its charge after «ب»
                        args.actor.append(doer)
                        args.path.append("clause-subject")
                        role = args.recipient
                    if role is args.actor and not nisba and e.frame == "visit" \
                            and comp.kinds[0] in ("place", "capital", "country") \
                            and word_key(self.tokens[trig.first_token]) != _ROUND:
                        # «بدأ جولته بزيارة الرياض», «تأتي زيارة طهران بعد …»: the place visited, by someone the
                        # clause or the discourse names (a «جولة» may be a round of talks held there: «جولة
                        # بوزنيقة»)
                        role = args.recipient
                        args.pronoun_actor = not args.actor
                    if role is args.actor and not nisba and e.event in ("ASSAULT", "COERCE") \
                            and comp.kinds[0] in ("place", "capital"):
                        args.location = comp  # «ضحايا انفجار كرمان», «هجوم دوما»: the town struck, no striker
                        role = args.recipient
                    # (a nisba after an indefinite noun names it: «احتجاز خفر السواحل القطري صيادين بحرينيين»)
                    # («اغتيال إسرائيل القيادي في سرايا القدس فلان»: a leading figure of the body named after «في»)
                    obj = next((np for np in after if np.first_token == comp.last_token + 1 or (
                        np.first_token == comp.last_token + 2 and self._is_nisba(np)
                        and self._plain_noun(self.tokens[comp.last_token + 1])) or (
                        comp.last_token + 3 <= np.first_token <= comp.last_token + 5
                        and leading_figure_of(self.tokens, np.first_token))), None)
                    led = comp.last_token + 1 < len(self.tokens) and self.tokens[comp.last_token + 1].norm == LED_BY
                    leader = next((np for np in after if np.first_token == comp.last_token + 2), None) if led else None
                    if leader is not None:
                        # («احتجاز الحرس الرئاسي بقيادة الجنرال تياني للرئيس»: who leads the doer, then the object)
                        obj = next((np for np in after if np.first_token == leader.last_token + 1), None)
                    if role is args.recipient and obj is not None and obj.code and (
                            not obj.prep or prep_key(obj.prep) == "ل") \
                            and comp.kinds[0] in ACTING_KINDS and e.event in DONE_TO_TYPES:
                        # «إعدام طهران المواطن البريطاني», «احتجاز إيران الناقلة»: the genitive does it, the
                        # object right after it undergoes it
                        role = args.actor
                        args.recipient.append(obj)
                        args.path.append("object-of-masdar")
                    role.extend(self._with_coordinated(comp, after))
                    if nisba:  # «الاتفاق السعودي الإيراني»: adjacent nisbas name all parties
                        role.extend(np for np in self._adjacent_nisbas(comp, after) if np not in role)
                    args.path.append("genitive")
                    after = [np for np in after if np not in role]
                elif self._dual_in_construct(trig):
                    args.path.append("dual-construct")  # «بعد تفجيري كرمان», «عمليتي «مخلب النسر»»: no «my»
                elif self.tokens[trig.last_token].enclitic:
                    if e.genitive == "actor":
                        args.pronoun_actor = True
                        # «أكد الوزير خلال لقائه المبعوث الأممي»: his meeting with the envoy — «his» is
                        # the clause's subject, the phrase right after the noun the other party
                        # (or after «مع»: «خلال مباحثاته مع نظيره الأمريكي»)
                        nxt = after[0] if after and after[0].first_token - trig.last_token <= (
                            2 if after[0].prep == "مع" else 1) else None
                        if nxt is not None and nxt.prep in ("", "مع") and not nxt.is_place and e.frame in ("meet", "visit"):
                            args.recipient.extend(self._with_coordinated(nxt, after))
                            earlier = any(t.last_token < trig.first_token for t in self.triggers)
                            subj = None if earlier else self._clause_subject(trig)  # «زيارة X … ولقاؤه Y»: X's
                            if subj is not None and subj not in args.recipient and (
                                    "person" in subj.kinds or subj.kinds[0] == "agent"):
                                args.actor.append(subj)
                                args.pronoun_actor = False
                        elif not args.recipient and e.frame == "meet" \
                                and self.tokens[trig.last_token].enclitic == "هما" \
                                and (companion := self._companion_before(trig)) is not None \
                                and (subj := self._clause_subject(trig)) is not None and subj.code \
                                and subj.code != companion.code:
                            # «عقد مؤتمراً صحافياً مع نظيره الفرنسي في ختام محادثاتهما»: «their» talks are
                            # the subject's with whom the clause just named him with
                            args.actor.append(subj)
                            args.recipient.append(companion)
                            args.pronoun_actor = False
                    args.path.append("possessive")
            elif e.frame == "participle":
                # «…، متهمة إسرائيل بـ»: a circumstantial participle shares its clause's subject
                subj = self._clause_subject(trig)
                if subj is not None:
                    args.actor.extend(self._with_coordinated(subj, self.candidates))
                    args.path.append("clause-subject")
                else:
                    args.pronoun_actor = True
            else:
                svo = self._svo_subject(trig, before)
                # «رفعت جنوب أفريقيا دعوى … تتهم فيها إسرائيل», «أصدر بياناً يدين فيه الهجوم»: who wrote
                # the document speaks in it, and the phrase after «فيها» is the object — unless that
                # phrase is a person or an official («ندد فيه وزير الخارجية»: the subject, VSO); with
                # no «فيه» the document itself is the subject («قراراً يحمّل ولي العهد المسؤولية»)
                in_it = self._speaks_in_document(trig)
                # (statements named with their speaker are his, whoever comes after «فيها»: «تصريحات للرئيس
                # ماكرون … اتهم فيها النظام»)
                speaker = self._speaker_of_statements(trig.first_token) if in_it and svo is None else None
                # (a body or forces alone after a verb that takes an object are its object: «أصدر المهندس بياناً
                # حمّل فيه القوات الأميركية المسؤولية»; with a second phrase after them they are its subject)
                lone_object = bool(after) and after[0].kinds[0] == "agent" and not after[0].prep and trig.entry.object \
                    and not any(not np.prep and not np.is_place for np in after[1:])
                # (nor after a speech or letter someone gave or sent: «ألقى كلمة أمام أنصاره اتهم فيها الداعية
                # فتح الله غولن» charges Gülen)
                given = in_it and self.given_statement_before(trig.first_token)
                authored = svo is None and not (in_it and self.taken_statement_before(trig.first_token)) and (
                    in_it and (speaker is not None or lone_object or given or not (
                    after and after[0].kinds[0] in ("person", "agent"))) or not in_it and self._describes_document(trig))
                # «ثم عاد ترامب ليتهم الدوحة بـ …», «غير أن ترامب عاد بعد ساعات ليتهم»: a verb of purpose
                # shares the subject of the verb before it, named last in its clause
                if authored:
                    svo = speaker or self._clause_subject(trig)
                elif svo is None and self._purpose_verb(trig):
                    svo = before[-1] if before and not before[-1].prep else self._clause_subject(trig)
                if svo is None and (owner := self._owner_of_forces_before(trig.first_token)) is not None:
                    svo = owner  # «قال الجيش التركي إن طائراته قصفت»: the forces' owner strikes
                    args.path.append("forces-of")
                if svo is None and self._slogan_before(trig) and (raiser := self._clause_subject(trig)) is not None:
                    svo = raiser  # «رفع المحتجون لافتات تطالب برحيل النظام»: the protesters demand
                    args.path.append("slogans-of")
                if svo is None and (shared := self.subject_of_verb_conjoined_to(trig)) is not None:
                    svo = shared
                    args.path.append("conjoined-verb")
                # («أعلنت الحكومة المصرية، التي …، رفضها القرار»: a verb with a pronoun that a verb of announcing
                # governs is the announcer's masdar, not a verb whose subject follows)
                governing = self._light_verb(trig) if svo is None and self.tokens[trig.first_token].enclitic else None
                if governing is not None and governing[0] == "light" and governing[1] is not None \
                        and is_one_of(self.tokens[governing[2]], ANNOUNCING):
                    svo = governing[1]
                    args.path.append("governing-verb")
                # («ألقى كلمة أمام أنصاره اتهم فيها الداعية غولن»: nor is one after «فيها» in a speech someone gave)
                subj = None if svo is not None or given else self._vso_subject(trig, after)
                if self._describes_event_noun(trig):
                    subj = None  # «عملية عسكرية نوعية استهدفت مطاري أبوظبي»: the operation struck; what follows is hit
                    args.path.append("describes-noun")
                elif e.id == BLAST_VERB:
                    subj = None  # «انفجرت سيارة مفخخة وسط حافلات أهالي الفوعة»: the bomb is the subject; those after, hit
                elif subj is not None and self._projectile_subject(trig):
                    subj = None  # «إن صواريخ بحرية دمرت سفينة حربية أوكرانية»: the missiles destroyed; the ship was hit
                    args.path.append("projectile-subject")
                verb = self.tokens[trig.last_token]
                if subj is not None and (plural_verb(verb) or imperfect_plural_verb(verb)
                                         or self.first_person_plural(trig)):
                    # «ودعوا هوكشتاين», «ويطالبون الحكومة», «إننا سنحاسب حماس»: a plural or first-person verb
                    # carries its subject; the name is the object
                    subj = None
                if subj is not None and e.frame == "meet" and subj.entity.office in COUNTERPARTS \
                        and subj.first_token == trig.last_token + 1:
                    subj = None  # «حيث يُنتظر أن يلتقي نظراءه من الأردن ومصر»: the counterparts are whom he meets
                if subj is not None and self._continues_previous_clause(trig, after):
                    subj = None  # «فزار كوشنر السعودية، والتقى ولي العهد»: one phrase after a conjoined verb is its object
                if svo is not None:
                    # (members set off by commas are no part of `before`, which leaves out appositions)
                    args.actor.extend(self._with_coordinated(svo, self.candidates if authored or svo not in before
                                                             else before))
                    args.path.append("document-author" if authored else "svo")
                elif subj is not None:
                    owner = self._owner(subj) if subj.code is None else None
                    args.actor.extend(self._with_coordinated(owner or subj, after or self.candidates))
                    args.path.extend(["vso", "owner"] if owner else ["vso"])
                    after = [np for np in after if np not in args.actor and np is not owner
                             and not (np.last_token < subj.first_token and np.code is None)]  # its title
                else:
                    governing = self._light_verb(trig)
                    if governing is not None and governing[0] == "light" and governing[1] is not None:
                        # «أعلن الجيش الأمريكي سحب قواته», «أعلنت الهند وباكستان التوصل إلى تفاهم»
                        args.actor.extend(self._with_coordinated(governing[1], self.candidates))
                        args.path.append("governing-verb")
                    else:
                        args.pronoun_actor = True
            if is_noun and not args.actor and e.genitive == "actor" and (by := next(
                    (np for np in after if self._after_passive_marker(np)
                     and np.first_token - trig.last_token <= NOUN_PP_REACH), None)) is not None:
                args.actor.append(by)  # «تعرضت لاعتداء عدائي من قبل الميليشيا الحوثية»
                args.path.append("by-agent")
            if is_noun and not args.actor and e.event == "AID" and (carrier := self._carrier_before(trig)) is not None:
                args.actor.append(carrier)  # «عبرت شاحنات أرمينية محملة بمساعدات إنسانية إلى تركيا»
                args.path.append("carried-by")
            if is_noun and not args.actor and self._claimed(trig):
                subj = self._clause_subject(trig)
                if subj is not None:
                    args.actor.append(subj)  # «أعلن الحوثيون مسؤوليتهم عن الهجوم»
                    args.path.append("claimed-by")
            if is_noun and not args.actor and (giver := self._received_from(trig)) is not None:
                args.actor = [giver]  # «خلال اتصال هاتفي تلقاه من نظيره»: the caller; the receiver, its verb's subject
                if (receiver := self._clause_subject(trig)) is not None and receiver.code != giver.code:
                    args.recipient = [receiver]
                args.path.append("received-from")
            if is_noun and not any(a.code for a in args.actor):
                doer, hosted = self._resumptive_doer(trig)
                if doer is not None and hosted and not args.actor:
                    args.mediator.append(doer)  # «الهدنة التي رعتها الأمم المتحدة»
                    args.path.append("sponsored-by")
                elif doer is not None and not hosted:
                    # «هجوم شنه مسلحون صوماليون», «تفجير تبناه تنظيم داعش»; who organised a protest
                    # names it better than the crowd taking part («شارك متظاهرون في تظاهرة نظمتها …»)
                    args.actor = [doer]
                    args.path.append("launched-by")
            if is_noun and e.event in APPROVABLE and not any(a.code for a in args.actor):
                if (approver := self._approver(trig)) is not None:
                    args.actor = [approver]  # «صادق البرلمان التركي على نشر قوات»: who approves a deployment orders it
                    args.path.append("approved-by")
                elif (pledger := self._pledger(trig)) is not None:
                    args.actor = [pledger]  # «وتعهد بايدن بتقديم مساعدات إنسانية»: the pledged act, by who pledges it
                    args.path.append("pledged-by")
                elif self._pledged(trig):
                    args.pronoun_actor = True  # «…، وتعهّد بإرسال مزيد من المساعدات»: who pledges, the discourse says
            if is_noun and not args.actor and e.genitive == "actor" and not args.pronoun_actor:
                antecedent = self._relative_antecedent(trig)
                if antecedent is not None:
                    args.actor.append(antecedent)
                    args.path.append("relative-clause")
                elif self._coordinated_with_same_type(trig):
                    args.pronoun_actor = True  # «زيارته للأردن والزيارة المرتقبة لمصر»
            if is_noun and e.genitive == "recipient" and not args.actor:
                agent = next((np for np in after if np.prep in PASSIVE_AGENT or self._after_passive_marker(np)), None)
                if agent is not None:
                    # (also after «أعلن»: who tells of a death did not cause it, but «على يد X» names who did)
                    args.actor.append(agent)
                    args.path.append("by-agent")
                elif "announced-by" in args.path:
                    pass  # the announcer is not the doer
                elif self._repeats_noun_before(trig):
                    args.pronoun_actor = True  # «أعلنت استدعاء سفيرها …، واستدعاء السفير الإثيوبي»: the same doer
                elif before and not before[-1].prep and not before[-1].is_place \
                        and (declarer := self._declarer(before[-1])) is not None:
                    # «أعلنت المملكة أن السفير الكندي شخص غير مرغوب فيه»: one declares it of the other
                    args.actor.append(declarer)
                    args.recipient.append(before[-1])
                    args.path.append("declared-by")
                elif before and not before[-1].prep and not before[-1].is_place \
                        and not self._judged_deed_done_to(trig, before[-1]) \
                        and not self._death_told_of(trig, before[-1]) \
                        and not (before[-1].last_token < trig.first_token - 1
                                 and is_complementizer(self.tokens[trig.first_token - 1])
                                 and not self.tokens[trig.first_token - 1].norm.startswith("و")):  # («حاكم وان»)
                    # (not the speaker of a clause the noun opens: «قال شولتس إن توقيف إمام أوغلو «إشارة سيئة»»)
                    args.actor.extend(self._list_ending_at(before[-1], before))  # «أعلنت كل من ألمانيا وفرنسا تعليق»
                    args.path.append("clause-subject")
                elif e.event == "CONSULT" and (subj := self._clause_subject(trig)) is not None:
                    args.actor.append(subj)  # «ترأس X القمة …، بمشاركة Y»: X meets Y
                    args.path.append("clause-subject")
            if is_noun and e.event == "CONSULT" and not args.actor and trig.first_token > 0 \
                    and word_key(self.tokens[trig.first_token - 1]) in INCLUDING \
                    and (first := next((np for np in after if np.first_token == trig.last_token + 1 and not np.prep),
                                       None)) is not None:
                # «وضمّ الاجتماع مساعدة وزير الخارجية الأميركي …، والموفد الفرنسي …»: who the meeting included held it
                # (titled people listed with their offices: «الموفد الشخصي للرئيس الفرنسي إلى لبنان جان إيف لودريان»,
                # «ممثل عن وزارة الخارجية المصرية» — not where they serve or are sent)
                cut = min([t.first_token for t in self.triggers if t.first_token > trig.last_token]
                          + [len(self.tokens)])
                args.actor.extend(np for np in self.candidates if first.first_token <= np.first_token < cut and np.code
                                  and not np.is_place and prep_key(np.prep) in ("", "ل", "عن"))
                args.path.append("included")
            # (a meeting fronted as the occasion too: «وفي لقاء مع وزير الخارجية الأمريكي أمس، قال الرئيس المصري …»)
            if is_noun and (e.mode == "phone" or e.event == "CONSULT" and self._fronted_meeting_with(trig)) \
                    and not args.actor and self._during(trig):
                self._talks_around(trig, before, args)
            elif is_noun and e.event == "CONSULT" and not args.actor and (
                    self._at_the_end_of(trig) or self.tokens[trig.first_token - 1].norm == "في"):
                # «اتفق أردوغان ونظيره الروسي بوتين، في ختام محادثات …، على …»: the pair that acts held them
                subj = self._clause_subject(trig)
                pair = self._with_coordinated(subj, self.candidates) if subj is not None else []
                # (a state's rebels are a party apart: «توصل وفدا الحكومة اليمنية وجماعة الحوثي، في ختام مشاورات …»)
                partner = next((np for np in pair[1:] if np.code and side_of(np) != side_of(subj)), None)
                # («محادثات استمرت ساعات مع وفد أمريكي»; not «جولة على الحدود مع لبنان», the border's)
                with_whom = next((np for np in after if 1 <= np.first_token - trig.last_token <= 4
                                  and prep_key(np.prep) == "مع" and np.code and not any(
                                      word_key(t) in PREPS for t in self.tokens[trig.last_token + 1:np.first_token - 1])), None)
                if with_whom is not None and subj is not None and self._at_the_end_of(trig) \
                        and with_whom.code not in {np.code for np in pair}:
                    # «أعلنت السعودية والكويت والإمارات، في ختام اجتماع رباعي مع الأردن، …»: they met Jordan
                    args.actor.extend(pair)
                    args.recipient.append(with_whom)
                    args.path.append("held-talks-with")
                elif partner is not None and self._at_the_end_of(trig) and len([np for np in pair if np.code]) > 2:
                    # «دعت الولايات المتحدة وفرنسا والسعودية وقطر ومصر، في ختام اجتماعها …»: three or more held
                    # them together, none the host of the others
                    args.actor.extend(np for np in pair if np.code)
                    args.path.append("parties-at-the-end-of-talks")
                elif partner is not None and self._at_the_end_of(trig):
                    args.actor.append(subj)
                    args.recipient.append(partner)
                    args.path.append("pair-at-the-end-of-talks")
                elif subj is not None and subj.code and with_whom is not None and with_whom.code != subj.code:
                    # «رفض السيسي، في مؤتمر صحفي مشترك مع المستشار الألماني، …»: who speaks at talks with
                    # someone held them with him
                    args.actor.append(subj)
                    args.path.append("speaker-at-talks")
        if not args.actor and not is_noun and (nisba := self._phrase_nisba(trig, after)) is not None and nisba.code:
            # «فُرضت عقوبات أمريكية على وزير الداخلية التركي»: the nisba of the noun a verb's phrase ends in names who
            # does it
            args.actor.append(nisba)
            args.path.append("nisba-of-the-phrase")
            after = [np for np in after if np is not nisba]
        z.after = after


    def _subject_opening_clause(self, verb_at: int) -> Optional[NP]:
        """The party named right before the verb at `verb_at` (or before its «قد») that opens its clause, after «إن»,
        a comma, «كان» or the sentence's start: the verb's subject in SVO order («إن الوزير شكري تلقى», «وكان الملك
        قد تلقى»)."""
        end = verb_at - 1 - (verb_at > 0 and self.tokens[verb_at - 1].norm in ("قد", "لقد"))
        np = next((np for np in self.candidates if np.last_token == end and not np.prep and not np.is_place
                   and np.code), None)
        if np is None:
            return None
        before = self.tokens[np.first_token - 1] if np.first_token > 0 else None
        return np if before is None or not before.is_word or is_complementizer(before) \
            or before.norm.removeprefix("و") in PLUPERFECT else None

    def _phrase_nisba(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """The nisba right after a trigger of several words, which qualifies the noun it ends in («فرضت عقوبات
        أمريكية»), or None."""
        if trig.last_token == trig.first_token:
            return None
        return next((np for np in after if np.first_token == trig.last_token + 1 and self._is_nisba(np)), None)

    def _find_pair(self, z: Zone, args: Arguments) -> None:
        """2. A pair named «بين X و Y», the parties a meeting brought together, and a mediator acting
        between a pair."""
        trig, e, hi, after, is_noun = z.trig, z.entry, z.hi, z.after, z.is_noun
        # an act by a named actor on a pair may name the pair a little further on
        # (past the subject of a verb that comes first: «دعت المملكة العربية السعودية إلى الوقف الفوري للتصعيد بين …»;
        # not for a pact, whose own parties come first: «وقّعت مصر والسعودية اتفاقية … بين البلدين»)
        subject_words = 0 if e.frame in SYMMETRIC_FRAMES or e.event in ("AGREE", "COOPERATE", "CONSULT") else sum(
            a.last_token - a.first_token + 1 for a in args.actor if a.first_token > trig.last_token)
        between = self._between(trig, hi, reach=8 + subject_words if args.actor else 6)
        if not between and e.event == "AGREE" and hi == trig.last_token + 1 < len(self.tokens) \
                and hi in self.trigger_tokens and self.tokens[hi].proclitics.endswith("ل"):
            # «التوصل إلى اتفاق لوقف إطلاق النار بين إسرائيل ولبنان»: the pair of the pact's purpose is its own
            between = self._between(trig, len(self.tokens), reach=8)
        if between and e.frame == "visit":
            self._visits_between(trig, between, args)
            after = [np for np in after if np not in between]
        elif between and e.mode == "ceasefire":
            # «وقف إطلاق النار الذي رعته مصر بين إسرائيل وحركة الجهاد»: both sides hold their fire; whoever
            # else the phrase names brought it about
            args.mediator.extend(np for np in args.actor if np not in between)
            args.actor, args.recipient = list(between), []
            args.path.append("between")
            after = [np for np in after if np not in between]
        elif between and args.actor and {np.code for np in between} <= {np.code for np in args.actor}:
            after = [np for np in after if np not in between]  # «وقّعت مصر والسعودية اتفاقية … بين البلدين»: themselves
        elif between:
            if e.frame in SYMMETRIC_FRAMES or e.event in ("AGREE", "COOPERATE", "CONSULT"):
                if args.actor and not set(map(id, args.actor)) & set(map(id, between)):
                    args.mediator.extend(args.actor)
                    args.actor = []
                    args.path.append("host-of-pair")
                args.actor = between[:1] + [np for np in args.actor if np not in between]
                args.recipient.extend(between[1:])
            elif args.actor and not set(map(id, args.actor)) & set(map(id, between)):
                args.recipient.extend(between)  # «رفضت القاهرة مذكرة الترسيم بين أنقرة وطرابلس»: both
            elif e.needs_recipient or (e.event == "REQUEST" and e.pos == "verb"):
                # «القلق من التوتر بين إيران وأمريكا» aims at both; neither voices it (nor does either ask for
                # what is called for between them: «دعا إلى إقامة علاقات بين السعودية وإسرائيل»)
                args.recipient.extend(between)
            elif is_noun and self.tokens[trig.last_token].enclitic:
                # «رفضها اتفاقية ترسيم الحدود بين مصر والسعودية»: the possessor acts on both
                args.recipient.extend(between)
            else:
                if not args.actor:
                    args.actor.append(between[0])
                args.recipient.extend(between[1:])
            args.path.append("between")
            after = [np for np in after if np not in between]

        if e.event == "CONSULT" and e.frame == "meet" and is_noun and not args.actor \
                and (body := self._meeting_of(trig, after)) is not None:
            args.actor.append(body)  # «اجتماع طارئ لمجلس الأمن», «القمة الاستثنائية لمنظمة التعاون الإسلامي»
            args.path.append("meeting-of")
            after = [np for np in after if np is not body]
            args.recipient = [r for r in args.recipient if r is not body]

        # «قمة ثلاثية جمعت X و Y و Z», «اجتماعا ضم مسؤولين سعوديين وحوثيين»: who was brought together
        # («اتصال جمعه بنتنياهو»: the phrase after «ب» may have been read as the noun's own)
        if e.event == "CONSULT" and is_noun and not args.actor \
                and all(prep_key(r.prep) == "ب" for r in args.recipient):
            gathered = self._gathered(trig, after)
            if gathered:
                args.actor, args.recipient = gathered[:1], gathered[1:]
                args.path.append("brought-together")

        # «يبدأ بلينكن جولته الثامنة في المنطقة، وتشمل مصر وإسرائيل والأردن وقطر»: the states a tour takes in
        if e.frame == "visit" and is_noun and not any(r.code for r in args.recipient) \
                and (stops := self._tour_stops(trig)):
            args.recipient = stops
            args.path.append("tour-stops")

        # «وتوسطت مصر وقطر لإبرام هدنة بين إسرائيل وحماس»: who mediates is the mediator, the pair the parties
        if e.mode == "third-party" and e.pos == "verb" and args.actor and not between:
            pair = self._sentence_pair()
            if pair and not set(map(id, pair)) & set(map(id, args.actor)):
                args.mediator.extend(args.actor)
                args.actor, args.recipient = pair[:1], pair[1:]
                args.path.append("mediator-subject")
        z.after = after

    def _tour_stops(self, trig: Trigger) -> list[NP]:
        """The list right after «تشمل/شملت» within a few words after the tour noun, in its sentence."""
        for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + _TOUR_REACH)):
            if self.tokens[k].text in ".؟!":
                return []
            if self.tokens[k].norm.removeprefix("و") in _TAKING_IN:
                # (past the comma that may end the noun's own clause: «جولته في المنطقة، وتشمل …»)
                rest = [np for np in self.candidates if np.first_token > k]
                first = next((np for np in rest if np.first_token == k + 1 and not np.prep and np.code), None)
                return self._with_coordinated(first, rest) if first is not None else []
        return []

    def _dual_in_construct(self, trig: Trigger) -> bool:
        """A noun in «ـي» right before another word or a quote («تفجيري السفارة», «عمليتي «مخلب النسر»»): the
        oblique dual in construct, not the pronoun «my», which news narration does not use of an act."""
        k = trig.last_token + 1
        return trig.entry.pos == "noun" and trig.entry.event in _HOSTILE_DUALS \
            and self.tokens[trig.last_token].enclitic == "ي" and k < len(self.tokens) \
            and (self.tokens[k].is_word or self.tokens[k].text in OPENING_QUOTES)

    def _companion_before(self, trig: Trigger) -> Optional[NP]:
        """The coded phrase after «مع» that ends within a few words before the noun, in its clause."""
        np = next((np for np in reversed(self.candidates) if np.last_token < trig.first_token), None)
        if np is None or not np.code or prep_key(np.prep) != "مع" \
                or trig.first_token - np.last_token > _COMPANION_REACH:
            return None
        return np if all(t.is_word for t in self.tokens[np.last_token + 1:trig.first_token]) else None

    def _judged_deed_done_to(self, trig: Trigger, party: NP) -> bool:
        """The act noun `trig`, done to the party named right after it, is what a condemnation or concern
        voiced by `party` judges («أعربت الأمم المتحدة عن قلقها إزاء اعتقال صحفيين في إثيوبيا»): the judge
        is not its doer."""
        return any(np.first_token == trig.last_token + 1 and np.code and not np.prep for np in self.candidates) \
            and any(t.entry.event == "ACCUSE" and party.last_token < t.first_token and t.last_token < trig.first_token
                    and self._in_content_of(t, trig.first_token) for t in self.triggers)

    @staticmethod
    def _accredited_holder(after: list[NP], codes: set) -> set[int]:
        """«التقى سفير خادم الحرمين الشريفين لدى اليمن محمد آل جابر …»: the envoy named right after the state he
        is accredited to is the subject, not the object."""
        return {b.first_token for a, b in zip(after, after[1:]) if prep_key(a.prep) == "لدي" and "person" in b.kinds
                and not b.prep and b.first_token == a.last_token + 1 and b.code in codes}

    def _without_names_of_subject(self, after: list[NP]) -> list[NP]:
        """`after` less the names set off by commas right after its first phrase, the verb's subject, maybe after a
        count («رفض الرؤساء اللبنانيون الثلاثة، ميشال عون ونبيه بري وسعد الحريري، تصريحات ليبرمان»): they are
        who the subject is, not the object."""
        k = after[0].last_token + 1
        if k < len(self.tokens) and self.tokens[k].is_word and self.tokens[k].keys[-1] in COUNT_WORDS:
            k += 1
        if k >= len(self.tokens) or self.tokens[k].text not in "،,":
            return after
        end = min(len(self.tokens), k + APPOSITION_REACH + 1)
        names = self._appositions(k, end, self.candidate_at, names_only=True)
        if k not in names:
            return after
        return [np for np in after if np.first_token not in names]

    def _interviewed_by(self, np: NP) -> bool:
        """«في مقابلة مع قناة «سكاي نيوز عربية»»: the outlet one spoke to is no party to what one said."""
        return prep_key(np.prep) == "مع" and np.entity.sector == "MED" and any(
            word_key(t) in _INTERVIEWS for t in self.tokens[max(0, np.first_token - 4):np.first_token])

    def _denied_link(self, entry, np: NP) -> bool:
        """«نفت الجبهة أي علاقة عسكرية بحزب الله», «نفى أي صلة لبلاده بالبوليساريو»: the party a denial says one has
        no tie to is what is denied, not whom the denial answers."""
        return entry.id.startswith(_DENIALS) and prep_key(np.prep) in ("ب", "مع") and any(
            word_key(t) in _TIES for t in self.tokens[max(0, np.first_token - _TIE_REACH):np.first_token])

    def _on_the_sidelines_of(self, np: NP) -> bool:
        """«على هامش قمة مجموعة العشرين»: the gathering an act happened beside is no party to it."""
        return any(word_key(t) == _SIDELINES for t in self.tokens[max(0, np.first_token - 3):np.first_token])

    def _place_set_off(self, np: NP) -> bool:
        """«ووصف بلينكن الإعلان، من بروكسل، بأنه «استفزازي»», «هدد الاتحاد، خلال مؤتمر صحفي في بروكسل، بفرض …»: a
        place after «من/في» closing a phrase set off by commas is where the act was done or said, not a party to it."""
        return np.kinds[0] in ("capital", "place", "country") and prep_key(np.prep) in ("من", "في") \
            and np.first_token >= 2 and (self.tokens[np.first_token - 2].text in "،,"
                                         or np.first_token in self.adverbial_asides) \
            and np.last_token + 1 < len(self.tokens) and self.tokens[np.last_token + 1].text in "،,"

    def sayer_before(self, edge: int, said_of: list[NP]) -> Optional[NP]:
        """«زار ظريف دمشق، وقال الوزير إن …»: who says what comes at `edge` — the named phrase right after the
        nearest saying verb before it, or None."""
        verb = next((k for k in range(edge - 1, -1, -1) if self.tokens[k].is_word
                     and self.tokens[k].norm.removeprefix("و").removeprefix("ف") in SAYING_VERBS), None)
        # (the head of a title may stand before the name: «أكد عضو المكتب السياسي لـ«أنصار الله» محمد البخيتي»)
        after = next((np for np in self.candidates if verb + 1 <= np.first_token <= verb + TITLE_REACH
                      and np.last_token < edge and all(t.is_word and t.norm not in COMPLEMENTIZERS or t.text in QUOTES
                                                       for t in self.tokens[verb + 1:np.first_token])),
                     None) if verb is not None else None
        return after if after is not None and not after.prep and after.code and after not in said_of else None

    def _targeted_by(self, trig: Trigger, after: list[NP], used: set[int]) -> Optional[NP]:
        """«عقوبات جديدة تستهدف مسؤولين إيرانيين»: the party right after a verb of targeting that follows the
        measure (an adjective or «التي» between)."""
        verb = next((k for k in range(trig.last_token + 1, min(trig.last_token + 4, len(self.tokens)))
                     if not TARGETING.isdisjoint(self.tokens[k].keys)), None)
        if verb is None or any(not self.tokens[k].is_word for k in range(trig.last_token + 1, verb)):
            return None
        return next((np for np in after if id(np) not in used and not np.prep and np.code and not np.is_place
                     and np.first_token == verb + 1), None)

    def _owned_after_masdar(self, np: NP) -> bool:
        """«اشترطت لسفر وفدها أن …»: a possessed phrase right after a masdar with «ل/ب» is its genitive,
        not the verb's object."""
        before = self.tokens[np.first_token - 1] if np.first_token else None
        return bool(before is not None and before.is_word and prep_clitic(before)
                    and self.tokens[np.first_token].enclitic)

    def _find_recipient(self, z: Zone, args: Arguments) -> None:
        """3. The recipient: the object or a prepositional complement, a pronoun on the verb, the pair the
        sentence names, or the first other party in the clause."""
        trig, e, after, is_noun, governed = z.trig, z.entry, z.after, z.is_noun, z.governed
        aimed = self._aimed_by_pronoun(trig)  # «حمّله»: the pronoun, not a phrase after it, is the object
        used = set(map(id, args.actor + args.recipient + args.mediator))
        if not args.recipient and e.frame not in ("passive", "consequence"):
            preps = {prep_key(p) for p in e.preps}
            if e.frame == "visit":
                preps |= {"الي", "ل"}
            anchor = past_subject(trig.last_token, args.actor)
            reach = anchor + (NOUN_PP_REACH if is_noun and not governed else len(self.tokens))
            rec = None
            takes_object = not is_noun and (e.object or e.frame == "visit") and not aimed
            actor_codes = {np.code for np in args.actor if np.code}
            # («استقبل الأمير محمد بن سلمان ولي العهد نائب رئيس مجلس الوزراء، …، الرئيس بايدن»: the titles
            # right after a named subject are his, not the object)
            titles = self._titles_after(args.actor, after, actor_codes) | self._accredited_holder(after, actor_codes) \
                if takes_object else set()
            if (takes_object or is_noun) and (rec := self._described_object(anchor, used)) is not None:
                args.path.append("described-object")
            if takes_object and rec is None:
                # «زار عبد اللهيان دمشق … وافتتح مقرا للقنصلية»: the object right after the verb's
                # subject comes before any prepositional phrase further on
                # («دان الوزراء، في اجتماع طارئ … بطلب من مصر، «العدوان التركي»»: an adverbial set off by commas
                # between them does not count, nor a relative clause on the subject: «طالب العبادي، الذي …، تركيا»)
                aside = self.adverbial_asides | self.subject_relative_aside(trig)
                nxt = next((np for np in after if id(np) not in used and np.first_token not in aside), None)
                # (nor a date: «طالبت الخارجية العراقية يوم الأحد تركيا بسحب قواتها»)
                skipped = sum(1 for k in range(anchor + 1, nxt.first_token) if k in aside or k in self.time_tokens) \
                    if nxt is not None else 0
                if nxt is not None and not nxt.prep and nxt.code and nxt.first_token not in titles \
                        and nxt.first_token - skipped \
                        <= anchor + 2 + self._unknown_name_after(args.actor, anchor, nxt.first_token) \
                        and (nxt.kinds[0] != "demonym" or self._side_named_by(nxt)) \
                        and (not same_side(nxt, args.actor, by_sector=e.event == "COERCE")
                             or (nxt.kinds[0] == "demonym" and self._side_named_by(nxt))) \
                        and not self._titled_partner_of(nxt, args.actor) \
                        and not self._owned_after_masdar(nxt) \
                        and not any(k not in aside and (self.tokens[k].text in CLAUSE_BREAKS
                                                        or self.tokens[k].text in "،,")
                                    for k in range(anchor + 1, nxt.first_token)):
                    rec = nxt
                    args.path.append("object")
            rec = rec or next((np for np in after if id(np) not in used and np.prep and prep_key(np.prep) in preps
                        and np.first_token <= reach
                        and not (np.prep == "من" and self._after_passive_marker(np))
                        # («بعد أيام من القرار الأمريكي»: when, not from whom)
                        and not (np.prep == "من" and self._after_a_span(np))
                        and not (prep_key(np.prep) == "ب" and np.kinds[0] in ("capital", "place"))
                        and not self._heads_another(np)
                        # («طائرات تابعة للقوات الجوية»: the owner of what is sent, not whom it is sent to)
                        and not (prep_key(np.prep) == "ل" and word_key(self.tokens[np.first_token - 1]) in BELONGING)
                        and not self._palace_before_guest(np, after) and not self._envoys_mandate(np)), None)
            if rec is not None and rec.prep and prep_key(rec.prep) != AGAINST and AGAINST in preps:
                # «تقدّم لبنان بشكوى إلى مجلس الأمن ضد إسرائيل»: whom the act is against, not whom it is taken to
                rec = next((np for np in after if id(np) not in used and np.prep and prep_key(np.prep) == AGAINST
                            and rec.first_token < np.first_token <= reach and np.code), rec)
            # (with no actor yet, the uncoded noun is the subject: «أدانت دول عربية، في مقدمتها السعودية، …»)
            if rec is None and takes_object and args.actor \
                    and (rec := self._chief_of_unnamed_object(anchor, used)) is not None:
                args.path.append("chief-of-object")
            if rec is None and e.event == "ASSAULT":
                # «غارات على عشرين هدفاً للحزب», «قصفت مواقع لحزب الله», «قصف مواقع الحوثيين»: whose targets were
                # struck (with «ل» or in construct)
                near = min(self._next_clause(trig.last_token), anchor + TARGETS_REACH)
                rec = next((np for np in after if id(np) not in used and (not np.prep or prep_key(np.prep) == "ل")
                            and np.code and not np.is_place and np.first_token < near and self._owns_targets(np)), None)
                if rec is not None:
                    args.path.append("owner-of-targets")
            if rec is None and is_noun and e.event == "SANCTION":
                rec = self._targeted_by(trig, after, used)
                if rec is not None:
                    args.path.append("targeted")
            if rec is None and e.event != "PROTEST":
                # «عن قلقها البالغ إزاء قرارات الرئيس التونسي»: the party whose deeds the phrase names
                # (not for a protest: «احتجاجاً على تصريحات ماكرون» goes with the act it explains)
                rec = next((np for np in after if id(np) not in used and not np.prep and np.code and not np.is_place
                            and np.first_token <= reach and self._owner_of_prep_noun(np, preps)), None)
                if rec is not None:
                    args.path.append("owner-of-prep-object")
            if rec is None and is_noun and args.governor is not None and e.frame in SYMMETRIC_FRAMES | {"visit"}:
                # «وأجرى مع نظيره الباكستاني محادثات»: the partner named between the light verb and its noun;
                # «توجه الوزير إلى بيروت في زيارة»: the destination
                between = ("الي",) if e.frame == "visit" else ("مع",)
                rec = next((np for np in self.candidates if args.governor < np.first_token < trig.first_token
                            and id(np) not in used and prep_key(np.prep) in between and np.code), None)
            if rec is None and is_noun and e.frame == "visit" and (host := self.witnessing_place(trig)) is not None:
                rec = host  # «وشهدت أنقرة زيارة لولي العهد السعودي»: the place that saw the visit received it
                args.path.append("witnessed-by")
            if rec is None and e.event == "REQUEST" and not aimed:
                # «طالب عراقجي، في رسالة إلى الأمين العام للأمم المتحدة، بعقد اجتماع طارئ»: whom the demand's
                # occasion addresses
                # (not the paper a party spoke to, «في مقابلة مع صحيفة ألمانية», nor where a visit went)
                rec = next((np for np in after if id(np) not in used and np.code and np.entity.sector != "MED"
                            and np.kinds[0] not in ("demonym", "place", "capital", "country")
                            and self.met_on_occasion(np, trig)), None)
                if rec is not None:
                    args.path.append("addressed-on-occasion")
            if rec is None and takes_object:
                other_ends = {t.last_token for t in self.triggers if t is not trig}
                cut = self._next_clause(trig.last_token)  # not past «، إذ قال …»
                aside = self.adverbial_asides | self.subject_relative_aside(trig)
                while cut in aside:  # (but across an adverbial set off by commas)
                    cut = self._next_clause(cut)
                cut = next((k for k in range(trig.last_token + 1, cut) if self.tokens[k].norm in CIRCUMSTANTIAL), cut)
                if e.event == "THREATEN" and ".warn" not in e.id:
                    # («وتوعد بأن «الشعب اليمني لن يقف مكتوف الأيدي»»: who is threatened comes before what is vowed;
                    # a warning «من أن …» may name whom it is aimed at inside: «حذّر من أن دول الحلف باتت في حالة حرب»)
                    cut = next((k for k in range(trig.last_token + 1, cut) if is_complementizer(self.tokens[k])), cut)
                # (but a threat's «بقصف إيران» names whom it is aimed at)
                threatened = {t.last_token for t in self.triggers if e.event == "THREATEN" and t is not trig
                              and prep_clitic(self.tokens[t.first_token]) == "ب"}
                described = self._person_described(args.actor)
                # («هاجم مسلحون من حركة الشباب الصومالية مجمعاً»: whose gunmen they are is the subject's part, and
                # so is who leads it: «أشادت قوات الدعم السريع بقيادة محمد حمدان دقلو بمساعي دول الجوار»)
                partitive = {a.last_token + 2 for a in args.actor if a.last_token + 1 < len(self.tokens)
                             and self.tokens[a.last_token + 1].norm in ("من", LED_BY)}
                objects = [np for np in after if id(np) not in used and not np.prep and np.first_token < cut
                           and np.first_token not in aside
                           and np.first_token not in self.attributions and np.first_token not in described
                           and np.first_token not in partitive
                           and np.first_token not in titles
                           and not self._owner_of_a_seat(np) and not self._owned_after_masdar(np)
                           and not self._sayer_of_what(np) and not self._sufferer(np) and not self._restated(np)
                           # («ملفات تطالب فيها بتسليم الداعية غولن»: whom a document's demand is about, not whom
                           # it is put to)
                           and not (e.event == "REQUEST" and self._speaks_in_document(trig)
                                    and self._after_prepositional_masdar(trig.last_token + 1, np.first_token))
                           and (np.first_token - 1 not in other_ends  # not «غارة أميركية»'s nisba
                                or np.first_token - 1 in threatened and not self._is_nisba(np))
                           and not self._actors_own_side(np, actor_codes)
                           and not self._titled_partner_of(np, args.actor)
                           # («توعد بالثأر لدماء القائد», «هدد بالرد على اغتيال القائد»: the dead avenged, no target)
                           and not (e.event == "THREATEN" and np.first_token > 0
                                    and word_key(self.tokens[np.first_token - 1]) in AVENGED_DEATHS)]
                # («وهدد بفرض عقوبات على قضاتها»: whom the threatened measure is imposed on)
                measure = trig.last_token + 1
                imposed_on = next((np for np in after if id(np) not in used and np.code
                                   and prep_key(np.prep) in (ON, AGAINST)
                                   and measure < np.first_token <= measure + _MEASURE_REACH), None) \
                    if e.event == "THREATEN" and measure < len(self.tokens) \
                    and prep_clitic(self.tokens[measure]) == "ب" else None
                if imposed_on is not None and (not objects or imposed_on.first_token < objects[0].first_token):
                    objects.insert(0, imposed_on)
                if len(objects) > 1 and objects[0].code in actor_codes and "svo" in args.path:
                    # «طهران التي استدعت وزارة خارجيتها السفير الصيني»: the subject restated after the verb
                    args.actor.append(objects.pop(0))
                rec = objects[0] if objects else None
                if rec is not None and rec.code is None and len(objects) > 1 and objects[1].code \
                        and objects[1].first_token == rec.last_token + 1 and not objects[1].coordinated:
                    # «اعتقل محققو مكتب التحقيق في فساد كبار المسؤولين الرئيس المعزول …»: an unnamed phrase
                    # right before a named one ends the subject's genitives; the named one is the object (not one
                    # conjoined to it: «متهمة قوات النظام والميليشيات الإيرانية»)
                    rec = objects[1]
                if rec is not None:
                    args.path.append("object")
            elif rec is not None and not {"object", "targeted", "addressed-on-occasion",
                                          "witnessed-by", "described-object", "owner-of-targets"} & set(args.path):
                args.path.append(f"prep:{rec.prep}")
            if rec is not None:
                args.recipient.extend(self._with_coordinated(rec, after))

        if not args.recipient and args.actor and e.event in ("AGREE", "CONSULT", "COOPERATE"):
            # «وقّع وزير الخارجية الإماراتي … معاهدة السلام … بين دولة الإمارات ودولة إسرائيل»: the
            # signer's state is one of the pair, the other is its partner
            pair = self._sentence_pair()
            mine = {np.code for np in args.actor if np.code}
            if pair and mine & {np.code for np in pair}:
                args.recipient.extend(np for np in pair if np.code not in mine)
                args.path.append("partner-in-pair")
        if not args.recipient and (pair := self._dual_object(trig)):
            args.recipient.extend(np for np in pair if np not in args.actor)  # «ودعتهما إلى تغليب الحوار»
            args.path.append("dual-object")
        if not args.recipient and (antecedent := self.antecedent_of_pronoun(trig)) is not None \
                and antecedent not in args.actor:
            args.recipient.append(antecedent)  # «صالح الذي قتله الحوثيون»: the pronoun on the verb stands for him
            args.path.append("antecedent")
        if not args.recipient and aimed:
            # «تقدمت مصر بخطاب إلى مجلس الأمن تدعوه فيه إلى التدخل», «أمر الكاظمي بتشكيل لجنة، لكن
            # الخزعلي حمّله المسؤولية»: the pronoun is the party named last
            mine = {np.code for np in args.actor}
            # («لبيد، الذي اتهمه …»: the party a relative clause hangs on is its subject, not «ه»)
            head = self.relative_subject(trig) if not args.actor else None
            suffix = self._object_suffix(trig)
            named = [np for np in reversed(self.candidates) if np.last_token < trig.first_token and np.code
                     and not np.is_place and np is not head and not self.disagrees_with_suffix(np, suffix)
                     and not any(a.first_token <= np.first_token <= a.last_token for a in args.actor)]
            # another state's party first; else a person, body or party of the actor's own (an intra-state charge)
            addressee = next((np for np in named if np.code not in mine), None) or next(
                (np for np in named if {"person", "agent", "group"} & set(np.kinds) and all(
                    np.entity.identifier_id != a.entity.identifier_id or np.entity.identifier_id is None
                    for a in args.actor) and np.text not in {a.text for a in args.actor}), None)
            if addressee is not None:
                args.recipient.append(addressee)
                args.path.append("object-pronoun")

        # 3a'. talks held «معه»: with the party named last before («وقف إلى جانب بوتين …، ثم عقد معه محادثات»)
        if not args.recipient and e.frame == "meet" \
                and (with_at := next((k for k in range(max(0, trig.first_token - 3), trig.last_token + 3)
                                      if k < len(self.tokens) and self.tokens[k].norm in WITH_PRONOUNS), None)) is not None:
            mine = {a.code for a in args.actor}
            partner = next((np for np in reversed(self.candidates) if np.last_token < with_at and np.code
                            and np.code not in mine and not np.is_place and {"person", "agent"} & set(np.kinds)), None)
            if partner is not None:
                args.recipient.append(partner)
                args.path.append("with-pronoun")

        # 3a''. «أبدى السيسي ونظيره …، في اتصال هاتفي بينهما»: a talk «بينهما» is between the last two people the
        # sentence named before it (its two subjects, or the two named last)
        if is_noun and e.event == "CONSULT" and not args.recipient \
                and trig.last_token + 1 < len(self.tokens) \
                and self.tokens[trig.last_token + 1].norm == BETWEEN_THEM_TWO:
            named = args.actor if len(args.actor) == 2 and args.actor[0].code != args.actor[1].code else []
            if not args.actor:
                for np in reversed(self.candidates):
                    if len(named) < 2 and np.last_token < trig.first_token and np.code \
                            and {"person", "agent"} & set(np.kinds) and np.code not in {p.code for p in named}:
                        named.insert(0, np)
            if len(named) == 2:
                args.actor, args.recipient = named[:1], named[1:]
                args.path.append("between-them")

        # «…، في انتقاد جديد لأنقرة», «وفي تحذير مبطن لطهران، قال …»: a reproach or warning right after «في»
        # that names no doer is the clause subject's, as a circumstantial participle is (not a deed: «قُتلا في
        # غارة», «في اعتقال»)
        if is_noun and not args.actor and not args.agentless and e.event in ("ACCUSE", "THREATEN") \
                and e.frame == "directed" and trig.first_token > 0 \
                and word_key(self.tokens[trig.first_token - 1]) == "في" \
                and (subj := self._clause_subject(trig)) is not None and subj not in args.recipient:
            args.actor.extend(self._with_coordinated(subj, self.candidates))
            args.pronoun_actor = False
            args.path.append("adverbial-of-clause-subject")

        # 3b. no recipient yet: the first other party named in the zone («رفعت واشنطن العقوبات
        # المفروضة على السودان», «هدد … باستهداف السفن المرتبطة بإسرائيل»)
        # (an attack noun with no doer too: «انفجرت قذائف هاون قرب مقر رئيس وزراء الصومال»)
        # (not for an attack verb whose object is its pronoun: «قالت إن مسلحي الحزب أعدموهم …، لكنها …
        # مع واشنطن» — its victims were named before it)
        if not args.recipient and e.frame not in ("passive", "consequence") \
                and not {"parties-at-the-end-of-talks", "included"} & set(args.path) \
                and (not is_noun or args.actor or e.event == "ASSAULT") \
                and not (e.id == SIGNING_NOUN and len({a.code for a in args.actor if a.code}) >= 2) \
                and not (e.event == "ASSAULT" and not is_noun and self._object_suffix(trig)):
            # «أضرم محتجون من أنصار التيار الصدري النار»: who the crowd are is part of the actor
            described = [np for np in after if prep_key(np.prep) == "من" and any(
                np.first_token - a.last_token in (1, 2) and not a.code for a in args.actor)]
            args.actor = [replace(a, entity=replace(a.entity, code=described[0].code)) if described and not a.code
                          else a for a in args.actor]
            used = set(map(id, args.actor + args.mediator + described))
            actor_codes = {np.code for np in args.actor}
            parties_only = e.frame == "undirected"  # «احتشدوا قرب السفارة الإسرائيلية», not «في بغداد»
            nouns_ends = {t.last_token for t in self.triggers if t is not trig and t.entry.pos == "noun"}
            # («رفض السيسي، في مؤتمر صحفي مشترك مع المستشار الألماني، أي محاولة …»: whom one talks with)
            talks_ends = {k for t in self.triggers if t is not trig and t.entry.event == "CONSULT"
                          for k in (t.last_token, t.last_token + 1)}
            # (a crowd's protest takes its parties from the place too, wherever the sentence names it)
            cut = self._next_clause(trig.last_token) if e.event != "PROTEST" else len(self.tokens)
            # (nor past «، قبل أن …»: «سارعت المجموعة إلى رفض المقترح، قبل أن يلمّح الرئيس النيجيري …»)
            cut = next((j for j in range(trig.last_token + 1, cut - 2) if self.tokens[j].text in "،,"
                        and self.tokens[j + 1].norm in ("قبل", "بعد") and self.tokens[j + 2].norm == "ان"), cut)
            fallback = next((np for np in after if id(np) not in used and np.code
                             and not same_side(np, args.actor, by_sector=e.event == "COERCE")
                             and np.first_token < cut
                             and not (self._is_nisba(np) and np.first_token - 1 in nouns_ends)  # «قتلت غارة أميركية»
                             and not self._after_passive_marker(np) and np.prep not in ("بين", "عبر")
                             # («سلّمت الدول الأربع، عبر الكويت، قائمة مطالب»: the go-between is no target)
                             and not (np.prep == "مع" and np.first_token - 1 in talks_ends)  # talks' partner
                             and not self._backer(np) and not self._launched_from(np)
                             and not (args.location is not None and np.span == args.location.span)  # «محادثات جنيف»
                             and not self._place_set_off(np) and not self._on_the_sidelines_of(np)
                             and not self._interviewed_by(np) and not self._heads_another(np)
                             and not self._denied_link(e, np)
                             # (where an act at home was announced from: «أعلن استقالته في كلمة ألقاها من الرياض»)
                             and not (e.self_directed and prep_key(np.prep) in ("من", "في")
                                      and np.kinds[0] in ("place", "capital", "country"))
                             # («العقوبات الأمريكية المفروضة على سوريا» lifted are the lifter's own; but
                             # «الواردات اللبنانية» stopped are aimed at Lebanon)
                             and not (e.event != "SANCTION" and self._describes_required(e, np))
                             and not ((parties_only or (e.frame == "meet" and np.prep == "في"))
                                      and np.kinds[0] in ("place", "capital", "country", "seat"))), None)
            if fallback is not None:
                args.recipient.extend(np for np in self._with_coordinated(fallback, after) if id(np) not in used)
                # «اتهام وزير الخارجية الأمريكي مايك بومبيو إيران بالوقوف وراء الهجوم»: the verbal noun's object
                # right after its doer in the genitive is named, not guessed
                named_object = is_noun and "genitive" in args.path and not fallback.prep and not fallback.coordinated \
                    and args.actor and fallback.first_token == max(a.last_token for a in args.actor) + 1
                args.path.append("object-of-verbal-noun" if named_object else "first-party-in-clause")
            elif e.event == "COERCE" and args.actor and len({a.code for a in args.actor}) == 1 and args.actor[0].code \
                    and all(a.entity.sector in STATE_FORCES for a in args.actor) and (held := next(
                        (np for np in after if np.code is None and np.kinds == ("agent",) and not np.prep
                         and np.first_token < cut), None)) is not None:
                # «أغلقت قوات الأمن التونسية مقر المجلس الأعلى للقضاء»: a body or official no state names, shut
                # or held by a state's own forces, is of that state
                args.recipient.append(replace(held, entity=replace(held.entity, code=args.actor[0].code)))
                args.path.append("held-at-home")

        # 3c. an agreement the talks resulted in binds the talks' parties («أسفرت المباحثات التركية الأرمينية عن
        # اتفاق»); talks, deals and truces whose parties the sentence names elsewhere with «بين X و Y»
        if not args.actor and not args.recipient and not args.agentless and e.event == "AGREE" and is_noun \
                and (talks := self.talks_resulting_in(trig)) is not None:
            held = self.assign(talks)
            if any(np.code for np in held.actor + held.recipient):
                args.actor, args.recipient = list(held.actor), list(held.recipient)
                args.path.append("result-of-talks")
        # («دخلت الهدنة … صفقة التبادل بين إسرائيل وحماس»)
        if not args.actor and not args.recipient and not args.agentless and (
                e.event in ("AGREE", "CONSULT", "COOPERATE") or e.mode == "ceasefire"):
            pair = self._sentence_pair()
            if pair and e.frame == "visit":
                self._visits_between(trig, pair, args)
            elif pair:
                # (a truce binds both sides alike: «الهدنة بين إسرائيل وحماس» has two actors and no target)
                args.actor, args.recipient = (list(pair), []) if e.mode == "ceasefire" else (pair[:1], pair[1:])
                args.path.append("pair-of-sentence")
            elif e.pos == "noun" and e.event == "CONSULT" and e.mode != "third-party" \
                    and self.tokens[trig.last_token].enclitic == "هما" and (two := self._last_two_named(trig)):
                # «وصف ترامب الشرع بأنه «شاب جذاب»، وذلك عقب لقائهما في الرياض»: «their» meeting is the two's
                args.actor, args.recipient = two[:1], two[1:]
                args.path.append("pair-of-pronoun")

        # 3d. «انضمت إلى التحالف الذي تقوده الولايات المتحدة»: who leads what is joined takes part
        if e.event == "COOPERATE" and (leader := self._leader_after(trig)) is not None \
                and leader not in args.actor + args.recipient:
            args.recipient.append(leader)
            args.path.append("led-by")

        # 3e. «جمع الوزير نظيريه الروسي والأوكراني»: who brings two parties together mediates between them
        self._brought_together(e, args)

    @staticmethod
    def _brought_together(e, args: Arguments) -> None:
        """Who brings two or more parties, the verb's object, together mediates between them."""
        if e.mode == "third-party" and e.pos == "verb" and args.actor and len(args.recipient) >= 2 \
                and "object" in args.path and not args.mediator \
                and not {a.code for a in args.actor} & {r.code for r in args.recipient}:
            args.mediator.extend(args.actor)
            args.actor, args.recipient = args.recipient[:1], args.recipient[1:]
            args.path.append("mediator-subject")

    def _heads_another(self, np: NP) -> bool:
        """«وفداً من «إيكواس» برئاسة الرئيس النيجيري الأسبق»: who heads the party named right before is no
        party of the act of his own (but who chairs a meeting, «اجتماع … يوم الاثنين برئاسة كينيا», takes part)."""
        if self.tokens[np.first_token].norm not in HEADED_BY:
            return False
        k = np.first_token - 1
        k -= k >= 0 and self.tokens[k].text in QUOTES
        return any(c.last_token == k and not c.is_place for c in self.candidates)

    def _identified_by_teller(self, comma: int) -> Optional[NP]:
        """«توقيف عدد من المشتبه بهم، قالت وسائل إعلام تركية إنهم إيرانيون»: the party a teller, right after
        the clause, says those it struck or seized are."""
        k = comma + 1
        if k >= len(self.tokens) or self.tokens[comma].text not in "،," or self.tokens[k].norm not in SAYING_VERBS:
            return None
        they = next((j for j in range(k + 1, min(len(self.tokens), k + IDENTIFIED_REACH))
                     if self.tokens[j].norm in THEY_ARE), None)
        if they is None:
            return None
        return next((np for np in self.candidates if they < np.first_token <= they + IDENTIFIED_REACH and np.code
                     and np.kinds[0] in ("demonym", "country")), None)

    def _declared_after_masdar(self, trig: Trigger) -> Optional[tuple[NP, NP]]:
        """«إعلان وزير الخارجية الإسرائيلي الرئيسَ البرازيلي «شخصاً غير مرغوب فيه»»: after a declaring masdar,
        its genitive declares the phrase right after it; (declarer, declared), both named parties."""
        # (a name the knowledge base lacks may follow the title: «السفير الفرنسي جويل ماير»)
        declared = next((np for np in reversed(self.candidates) if np.last_token < trig.first_token), None)
        if declared is None or declared.prep or not declared.code or trig.first_token - declared.last_token > 4 \
                or not all(t.is_word or t.text in QUOTES
                           for t in self.tokens[declared.last_token + 1:trig.first_token]):
            return None
        # (the declarer may carry a place: «إعلان المجلس العسكري في مالي السفير الفرنسي»)
        declarer = next((np for np in reversed(self.candidates)
                         if np.last_token < declared.first_token and not np.prep), None)
        if declarer is None or not declarer.code or declarer.code == declared.code or declarer.first_token == 0 \
                or not is_one_of(self.tokens[declarer.first_token - 1], DECLARING_MASDARS):
            return None
        return declarer, declared

    def _death_told_of(self, trig: Trigger, teller: NP) -> bool:
        """«تحدثت منظمات حقوقية عن مقتل ثمانية أشخاص», «وأفادت الوكالة بمقتل …»: a death the subject tells of, with
        a verb of telling, is no death it caused."""
        word = self.tokens[trig.first_token]
        if word_key(word) not in DEATH_NOUNS or not (prep_clitic(word) == "ب" or (
                trig.first_token > 0 and self.tokens[trig.first_token - 1].norm == "عن")):
            return False
        return any(t.is_word and word_key(t) in _TELLING_OF
                   for t in self.tokens[max(0, teller.first_token - _TELLING_REACH):trig.first_token])

    def _praised_go_between(self, trig: Trigger) -> Optional[NP]:
        """The party of a mediation or hosting phrase that opens with «ب/ل» right after the trigger («رحّبت
        الرياض باستضافة سلطنة عُمان للمحادثات»), or whose efforts in it do («دعمها لجهود الوساطة المصرية»)."""
        def opens(k: int) -> bool:
            return prep_clitic(self.tokens[k]) in ("ب", "ل") or (
                k > trig.last_token + 1 and prep_clitic(self.tokens[k - 1]) in ("ب", "ل")
                and not _ROLES.isdisjoint(self.tokens[k - 1].stem_keys))
        return next((m for m in self.mediators if trig.last_token < m.first_token - 1 <= trig.last_token + _PRAISED_GAP
                     and opens(m.first_token - 1)), None)

    def brokers_after(self, trig: Trigger, args: Arguments) -> list[NP]:
        """The parties of mediation phrases closely after the trigger that are not its own parties: «أفرجت إيران عن
        الصحافي بوساطة عمانية», «تبادل البلدان الأسرى برعاية قطرية»."""
        return [m for m in self.mediators if trig.last_token < m.first_token <= trig.last_token + _MEDIATED_REACH
                and m not in args.actor + args.recipient + args.mediator]

    def _role_in_mediation(self, trig: Trigger) -> Optional[NP]:
        """The party whose role or efforts are «في» the mediation noun: «دور قطر في الوساطة», «الجهود المصرية في
        الوساطة»."""
        k = trig.first_token - 1
        if k < 2 or self.tokens[k].norm != "في":
            return None
        return next((np for np in self.nps if np.last_token == k - 1 and np.first_token > 0 and np.code
                     and not _ROLES.isdisjoint(self.tokens[np.first_token - 1].stem_keys)), None)

    def _find_place_and_late_doers(self, z: Zone, args: Arguments) -> None:
        """4. The place, the mediators of a mediation phrase, and a doer named after the noun («اتهامات من
        حركة حماس», «برصاص القوات الإسرائيلية»)."""
        trig, e, hi, lo, after, is_noun = z.trig, z.entry, z.hi, z.lo, z.after, z.is_noun
        args.location = args.location or self._location(trig, lo, hi)
        if e.frame == "visit" and args.recipient and args.location is None:
            args.location = args.recipient[0]
        if self.mediators and (e.event in ("CONSULT", "AGREE", "COOPERATE")):
            summit = word_key(self.tokens[trig.first_token]) in SUMMITS
            for m in self.mediators:
                if summit and self._hosting(m):
                    if m not in args.actor + args.recipient:
                        args.actor.append(m)  # «القمة الثلاثية التي استضافها الرئيس الإيراني»: the host attends
                elif m not in args.mediator:
                    args.mediator.append(m)
            if "first-party-in-clause" in args.path:
                # («التوصل إلى تفاهم بوساطة قطرية قادها السفير محمد العمادي»: the mediator's envoy is no party)
                brokers = {m.code for m in args.mediator if m.code}
                args.recipient = [r for r in args.recipient if r.code not in brokers]
            args.path.append("mediation-phrase")
        elif e.id == MEDIATION_NOUN and not args.mediator and (broker := self._role_in_mediation(trig)) is not None:
            # «أشاد بدور قطر في الوساطة بين الحكومة وطالبان», «الجهود المصرية في الوساطة»: whose role it is mediates
            args.mediator.append(broker)
            args.actor = [a for a in args.actor if a.span != broker.span]
            args.recipient = [r for r in args.recipient if r.span != broker.span]
            args.path.append("role-in-mediation")
        elif e.event == "SUPPORT" and not args.recipient and (praised := self._praised_go_between(trig)) is not None:
            args.recipient = [praised]  # «رحّبت مصر بوساطة قطر», «أشادت بالوساطة القطرية»: the go-between praised
            args.path.append("praised-go-between")
        if is_noun and not args.actor and (source := self._source_after(trig, after)) is not None:
            # «اتهامات من حركة حماس لنتنياهو», «وصدرت إدانات مماثلة عن مصر والإمارات»: who issued them
            args.actor = self._with_coordinated(source, after)
            # (to whom: «لنتنياهو»; whom a verdict sends to prison: «عن محكمة تونسية بسجن رئيس حركة النهضة»)
            target = next((np for np in after if np.first_token > args.actor[-1].last_token
                           and np.first_token <= args.actor[-1].last_token + 2 and (np.prep == "ل" or (
                               not np.prep and e.mode == "convict" and np.code))), None)
            if target is not None and not args.recipient:
                args.recipient.append(target)
            args.recipient = [r for r in args.recipient if r not in args.actor]
            args.path.append("issued-by")
        if is_noun and not args.actor and (tasked := self.tasked_with(trig)) is not None:
            args.actor.append(tasked)  # «كلّف وزارة الخارجية التفاوض مع الأوروبيين»
            args.path.append("tasked")
        if e.event == "ASSAULT" and not args.actor and (shooter := self._fire_of(trig)) is not None:
            args.actor.append(shooter)  # «قُتل أكثر من عشرين فلسطينيا برصاص القوات الإسرائيلية»
            args.path.append("fire-of")
        if e.event == "AID" and e.pos == "verb" and not args.actor and (source := next(
                (np for np in after if prep_key(np.prep) == "من" and np.code and np not in args.recipient
                 and np.first_token - trig.last_token <= AID_SOURCE_REACH), None)) is not None:
            args.actor.append(source)  # «وصلت طائرة محملة بالمساعدات من قطر إلى مطار بيروت»: where the aid comes from
            args.path.append("sent-from")

    def _settle_roles(self, z: Zone, args: Arguments) -> None:
        """5. One role per party (the actor's own side is not its target); at whose request («بطلب من») an
        act is done; the party between a light verb and its noun as the one the act is done to."""
        trig, e, first, is_noun = z.trig, z.entry, z.first, z.is_noun
        # the same party never plays two roles; a bare state picked up as object or fallback is not
        # the actor's own state («هدد نصر الله … ما لم يحصل لبنان على حقوقه»), nor is the actor's side
        # opening what it says («متوعداً بأن طهران ستنتقم»), nor its capital qualifying a noun
        # («طالب برفع الحصار عن مطار صنعاء»; but «اتهم بارزاني بغداد» aims at the capital)
        actor_codes = {np.code for np in args.actor if np.code}
        guessed = {"object", "first-party-in-clause"} & set(args.path)
        # (nor the actor's own group owning a noun: «توعد سريع بأن عمليات الجماعة ستستمر» — same state
        # and sector)
        actor_sides = {(np.code, np.entity.sector) for np in args.actor if np.code and np.entity.sector}
        args.recipient = [np for np in args.recipient if np not in args.actor and np not in args.mediator
                          and not (guessed and ((self._actors_own_side(np, actor_codes)
                                                 and not self._side_named_by(np)) or (
                              np.kinds == ("group",) and (np.code, np.entity.sector) in actor_sides
                              and self._genitive_of_plain_noun(np))))]
        args.actor = [np for np in args.actor if np not in args.mediator]
        if e.event == "REQUEST" and is_noun and prep_clitic(first) == "ب" and args.recipient \
                and prep_key(args.recipient[0].prep) == "من":
            # «عقد مجلس الأمن جلسة بطلب من روسيا»: at whose request — the asker is after «من»
            args.actor, args.recipient = args.recipient, args.actor
            args.path.append("at-request-of")
        actor_codes = {np.code for np in args.actor if np.code}
        if is_noun and e.genitive == "recipient" and not args.recipient and "light-verb" in args.path:
            # «أعلنت الخارجية اعتبار السفير الكندي لدى المملكة شخصاً غير مرغوب فيه»: whom the act is done to
            # stands between the light verb and the noun
            # (after the actor, not before the light verb: «…، فيما أعلنت السلطات الإيرانية اعتقال نحو أربعين
            # شخصاً» arrests none of the parties of the clause before)
            after_actor = max((np.last_token for np in args.actor), default=-1)
            declared = next((np for np in reversed(self.candidates) if after_actor < np.first_token
                             and np.last_token < trig.first_token
                             and not np.prep and np.code and np.code not in actor_codes), None)
            if declared is not None:
                args.recipient = [declared]
                args.path.append("declared")
        if is_noun and e.genitive == "recipient" and not args.recipient and len(args.actor) == 1 \
                and "light-verb" not in args.path and 0 < trig.first_token - args.actor[0].last_token <= 2 \
                and all(t.text in QUOTES for t in self.tokens[args.actor[0].last_token + 1:trig.first_token]):
            # «بقرار حكومة السودان إعلان رئيس البعثة الأممية «شخصاً غير مرغوب فيه»»: the phrase right
            # before the noun is who is declared so; who declares is named before it
            declared = args.actor[0]
            declarer = next((np for np in reversed(self.candidates) if np.last_token < declared.first_token
                             and not np.prep and np.code and np.code != declared.code), None)
            args.recipient = [declared]
            args.actor = [declarer] if declarer is not None else []
            args.path.append("declared")
        if is_noun and e.genitive == "recipient" and "declared" not in args.path \
                and (pair := self._declared_after_masdar(trig)) is not None:
            args.actor, args.recipient = [pair[0]], [pair[1]]  # «من إعلان الوزير الرئيسَ «شخصاً غير مرغوب فيه»»
            args.path.append("declared-after-masdar")
        if "object" in args.path and args.recipient and {r.code for r in args.recipient} <= actor_codes:
            # «دعا المتحدث باسم الجماعة وكبير مفاوضيها محمد عبد السلام أبوظبي إلى …»: the name after a
            # conjoined title is still the subject; the object is the party right after it
            last = max(r.last_token for r in args.recipient)
            nxt = next((np for np in self.candidates if last < np.first_token <= last + 1 and not np.prep
                        and np.code and np.code not in actor_codes), None)
            if nxt is not None:
                args.recipient = self._with_coordinated(nxt, self.candidates)
                args.path.append("object-after-subject")
                self._brought_together(e, args)  # «جمع الملك سلمان بن عبدالعزيز آل سعود الرئيسين الجيبوتي والإريتري»
