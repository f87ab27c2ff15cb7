"""Frames of particular kinds of event: attacks and who fired, visits and meetings and who hosted them,
clashes, pledges and approvals, protests and what they are against, envoys' posts, counted nationals."""
from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from typing import Optional

from ...schema import Trigger
from ..mentions import FIRE_OF, LEADING, NP, QUOTES, has_article
from .clause import Clause
from .record import Arguments
from .words import (
    AFFILIATED, APPROVING, BACKED, BETWEEN, BURNED_SYMBOLS, CLASHES, CLASH_REACH, CLAUSE_BREAKS, CONTENT_REACH,
    COUNT_REACH, DELEGATIONS, DENOUNCING, ENVOYS, FORCE_SECTORS, GATHERING, GATHERING_ONE, HELD, HOSTED_IT,
    HOSTED_IT_REACH, HOSTED_REACH, HOSTING_VERBS, ISSUED_BY,
    LAUNCHED_FROM, OBJECT_REACH, PERSON_NOUNS, PLEDGE_REACH, PLEDGING, PRISONS, PROJECTILES, PROTESTED_BEFORE,
    PROTESTED_MARKERS, SUFFERING, TARGET_ADJECTIVES, TARGET_NOUNS, TASKING, TASKING_REACH, WHEN, WITNESSING, is_count,
    is_one_of, prep_clitic, prep_key, word_key)


# words from fronted talks to the comma that ends them («وفي لقاء مع رئيس الاتحاد التونسي للصناعة والتجارة سمير ماجول
# أمس،»)
OCCASION_REACH = 14
_ROUTES = frozenset("طريق طرق طرقات ممر ممرات سكه مسافه".split())  # a road «بين» two towns joins places
# «وفي مقدمهم», «وعلى رأسها»: the party named first among a plural
_AMONG_THEM = frozenset("في وفي علي وعلي".split())
_FOREMOST = {"في": frozenset({"مقدم", "مقدمه", "طليعه"}), "علي": frozenset({"راس"})}
_CHIEF_REACH = 6  # words from the verb (or its subject) to «وفي مقدمهم», over the uncoded object and its quotes
# «ما وصفته بـ…», «ما سماه …», «ما اعتبره …»: a relative object told by what the speaker calls it
_DESCRIBED_AS = frozenset("وصفه وصفته وصفوه وصفها وصفتها وصفاه يصفه تصفه سماه سمته سموه سماها سمتها يسميه تسميه "
                          "اعتبره اعتبرته اعتبروه".split())
_DESCRIPTION_REACH = 4  # words of the description: «بالتدخل الإيراني», «بالعدوان التركي الغاشم على»


_MET_WITH = frozenset("لقي لقيت يلقي تلقي لاقي لاقت يلاقي تلاقي حظي حظيت يحظي تحظي قوبل قوبلت".split())
_MET_WITH_REACH = 4  # «لقي الاتفاق الجديد ترحيباً واسعاً من …»

class Frames(Clause):
    """Frames of particular kinds of event."""

    def _fire_of(self, trig: Trigger) -> Optional[NP]:
        """The party named after «برصاص/بنيران/بقصف» in the trigger's clause: whose fire it was (forces the
        text does not place, «برصاص قوات الأمن», are the state's the discourse names)."""
        hi = self._boundary_after(trig)
        if hi < len(self.tokens) and self.tokens[hi].norm in FIRE_OF:
            hi += 2  # «اغتيل القيادي بغارة إسرائيلية»: the attack noun that names whose fire it was
        return next((np for np in self.candidates if trig.last_token < np.first_token < hi
                     and (np.code or np.kinds[:1] == ("agent",) and np.entity.sector in FORCE_SECTORS)
                     and self.tokens[np.first_token - 1].norm in FIRE_OF), None)

    def _carrier_before(self, trig: Trigger) -> Optional[NP]:
        """«شاحنات أرمينية محملة بمساعدات», «طائرتان عسكريتان مصريتان محمّلتان بأسلحة»: the state of the
        vehicles loaded with the aid sends it."""
        k = trig.first_token - 1
        if k < 1 or not self.tokens[k].norm.startswith("محمل"):
            return None
        return next((np for np in self.candidates if np.code and not np.prep and not np.is_place
                     and k - 3 <= np.last_token < k), None)

    def _captor_after(self, trig: Trigger) -> Optional[NP]:
        """«كانوا محتجزين لدى قوات حفتر», «اللذين كانا مسجونين في إيران»: who held the released, named
        after a word of captivity."""
        starts = {t.first_token for t in self.triggers}
        for k in range(trig.last_token + 1, len(self.tokens) - 1):
            if self.tokens[k].text in CLAUSE_BREAKS or k in starts:
                return None  # (a captivity told of another act is that act's)
            if word_key(self.tokens[k]) in HELD or self.tokens[k].norm in HELD:
                return next((np for np in self.candidates if np.code and np.first_token in (k + 1, k + 2)
                             and np.prep in ("لدي", "في")), None)
            if word_key(self.tokens[k]).removeprefix("ال") in PRISONS:
                # «أُخلي سبيل … من سجن عوفر الإسرائيلي», «من السجون الإسرائيلية»: the prisons' state held them
                return next((np for np in self.candidates if np.code and np.first_token in (k + 1, k + 2)
                             and np.kinds[0] == "demonym"), None)
        return None

    def _backer(self, np: NP) -> bool:
        """«الميليشيا الحوثية المدعومة من إيران», «التابعة لإيران»: who backs a party named before, not a
        party to the act."""
        i = np.first_token - 1 - (self.tokens[np.first_token - 1].norm == "من")  # «من» apart or as a clitic
        if np.prep == "من" and i >= 0 and word_key(self.tokens[i]) in BACKED:
            return True
        # (a party's patron, not the owner of what is struck: «مواقع عسكرية تابعة للحكومة السورية»)
        k = np.first_token - 1
        return np.prep == "ل" and k > 0 and word_key(self.tokens[k]) in AFFILIATED and has_article(self.tokens[k]) \
            and any(other.last_token == k - 1 and other.code for other in self.candidates)

    def _launched_from(self, np: NP) -> bool:
        """«قذائف أطلقت من الأراضي السورية»: where a missile was fired from, not what it hit."""
        lo = max(0, np.first_token - 3)
        return any(self.tokens[k].norm == "من" and (word_key(self.tokens[k - 1]) in LAUNCHED_FROM
                                                      or k == np.first_token - 1 and word_key(self.tokens[k - 1]) in PROJECTILES)
                   for k in range(max(1, lo), np.first_token)) \
            or (np.prep == "من" and np.first_token > 0 and word_key(self.tokens[np.first_token - 1]) in LAUNCHED_FROM)

    def forces_hosted_at_target(self, trig: Trigger) -> Optional[NP]:
        """«استهدف الحرس الثوري قاعدة العديد التي تستضيف قوات أمريكية», «قاعدة في أربيل تتمركز فيها
        قوات أمريكية»: the forces the struck place hosts, named in the clause after the trigger."""
        for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + HOSTED_REACH)):
            tok = self.tokens[k]
            if not tok.is_word and tok.text in ".،,؛;":
                return None
            if tok.norm.removeprefix("و") in HOSTING_VERBS:
                return next((np for np in self.candidates if k < np.first_token <= k + 3 and not np.prep
                             and np.code and np.entity.sector == "MIL"), None)
        return None

    def sufferer(self, trig: Trigger) -> Optional[NP]:
        """«تعرضت دورية للجيش العراقي لهجوم», «بتعرض السيستاني لمحاولة اغتيال»: who suffered the act."""
        lo = self._clause_start(trig)
        for k in range(trig.first_token - 1, max(lo - 1, trig.first_token - 10), -1):
            if self.tokens[k].norm.lstrip("وفب") in SUFFERING or self.tokens[k].norm in SUFFERING:
                after = [np for np in self.candidates if k < np.first_token and np.last_token < trig.first_token
                         and prep_key(np.prep) in ("", "ل")]
                if after:
                    return after[0]
                before = [np for np in self.candidates if np.last_token < k and not np.prep and k - np.last_token <= 2]
                return before[-1] if before else None
        return None

    def _attack_by(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """An armed group, alliance or force with «ل» right after an indefinite attack noun is who
        made the attack («غارة للتحالف», «هجوم لتنظيم داعش»); a state so placed may be its victim
        («ضربة لإيران»)."""
        if self._is_definite(trig):
            return None
        np = next((np for np in after if np.first_token == trig.last_token + 1), None)
        if np is None or np.prep != "ل" or not np.code:
            return None
        armed = np.kinds[0] in ("group", "organisation") or (np.kinds[0] == "agent" and np.entity.sector == "MIL")
        return np if armed else None

    def _visit_by(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """An official with «ل» right after an indefinite visit noun, or after its adjective, is the
        visitor («زيارة مفاجئة لرئيس الوزراء»); a state so placed is where one goes («زيارة لإيران»)."""
        if self._is_definite(trig):
            return None
        k = trig.last_token + 1
        if k < len(self.tokens) and self.tokens[k].is_word and not self.tokens[k].proclitics:
            k += 1  # «زيارة مفاجئة», «زيارة رسمية»
        np = next((np for np in after if np.first_token == k), None)
        if np is None or np.prep != "ل" or not np.code or not (any(
                prep_key(o.prep) == "الي" for o in after if o.first_token > np.last_token)
                or self.witnessing_place(trig) is not None):
            return None  # (a visit without a destination is the occasion of something else)
        return np if np.kinds[0] in ("person", "agent") else None

    def witnessing_place(self, trig: Trigger) -> Optional[NP]:
        """«وشهدت أنقرة، يوم الأربعاء، زيارة …»: the state or city right after «شهد/تشهد» that the noun at `trig`
        is the object of (over a time or an aside)."""
        place = next((np for np in reversed(self.candidates) if np.last_token < trig.first_token), None)
        if place is None or place.prep or place.kinds[0] not in ("capital", "country", "place") \
                or place.first_token < 1 or self.tokens[place.first_token - 1].norm.removeprefix("و") not in WITNESSING:
            return None
        between = range(place.last_token + 1, trig.first_token)
        skipped = self.time_tokens | self.adverbial_asides
        return place if all(k in skipped or self.tokens[k].text in "،," for k in between) else None

    def _meeting_of(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """A body, or its members, with «ل» right after a meeting noun or its adjective is who meets
        («اجتماع طارئ لمجلس الأمن», «القمة الاستثنائية لمنظمة التعاون الإسلامي»)."""
        k = trig.last_token + 1
        if k < len(self.tokens) and self.tokens[k].is_word and self.tokens[k].proclitics in ("", "ال") \
                and not any(np.first_token == k for np in after):
            k += 1  # «اجتماع طارئ», «القمة الاستثنائية»
        np = next((np for np in after if np.first_token == k), None)
        if np is None or np.prep != "ل" or not np.code:
            return None
        return np if np.kinds[0] in ("organisation", "agent") else None

    def _visits_between(self, trig: Trigger, places: list[NP], args: Arguments) -> None:
        """«تولى X الملف، متنقلا بين بيروت وإسرائيل في زيارات»: the places shuttled between are
        those visited, by the clause's subject."""
        args.recipient.extend(np for np in places if np not in args.actor)
        if not args.actor and (subj := self._clause_subject(trig)) is not None and subj not in places:
            args.actor.append(subj)
        args.path.append("visits-between")

    def _gathered(self, trig: Trigger, after: list[NP]) -> list[NP]:
        """The parties a meeting brought together: the list after «جمعت/ضم» right after the noun (or after
        the clause that names its host: «محادثات استضافها القصر الرئاسي التركي وجمعت …»)."""
        reach = 4
        host = self.tokens[trig.last_token + 1] if trig.last_token + 1 < len(self.tokens) else None
        if host is not None and host.norm in HOSTED_IT:
            # (the host's verb ends the noun's own phrases)
            reach = HOSTED_IT_REACH
            after = [np for np in self.candidates if np.first_token > trig.last_token]
        for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + reach)):
            if not self.tokens[k].is_word:
                return []
            if self.tokens[k].norm in GATHERING_ONE:
                # «عقب اتصال هاتفي جمعه بنتنياهو», «قمة ثلاثية ضمّته إلى السيسي»: «him» is the clause's subject,
                # brought together with the list after «ب» or «إلى»
                joined = next((np for np in after if k < np.first_token <= k + 2 and prep_key(np.prep) in ("ب", "الي")),
                              None)
                him = self._clause_subject(trig) if joined is not None else None
                if him is None or not him.code or him.first_token > trig.first_token:
                    return []
                return [him] + [np for np in self._with_coordinated(joined, after) if np.code != him.code]
            if word_key(self.tokens[k]) in GATHERING or self.tokens[k].norm in GATHERING:
                first = next((np for np in after if np.first_token > k and not np.prep), None)
                if first is not None and first.first_token <= self._past_a_place(k + 1) + 1:
                    return self._with_coordinated(first, after)
                if self.tokens[k].norm.endswith(("هما", "هم")):
                    # «في ختام قمة جمعتهما», «اجتماع ضمهما إلى رئيس الوزراء القطري»: «them» are the
                    # parties last named before the noun, joined by whoever follows «إلى»
                    them = self._last_list_before(trig.first_token)
                    joining = next((np for np in after if np.first_token <= k + 2 and prep_key(np.prep) == "الي"), None)
                    return them + [joining] if them and joining is not None else them
                return []
        return []

    def _past_a_place(self, k: int) -> int:
        """Token `k`, or the token after a place phrase under «في» that starts there («قمة جمعت في باريس الرئيسين»)."""
        place = next((np for np in self.candidates if np.first_token in (k, k + 1) and prep_key(np.prep) == "في"
                      and (np.is_place or np.kinds[0] in ("capital", "country", "place"))), None)
        return place.last_token + 1 if place is not None else k

    def tasked_with(self, trig: Trigger) -> Optional[NP]:
        """«كلّف وزارة الخارجية التفاوض مع …», «كلّف الملك عمه التواصل مع …»: the party tasked, named right
        before the noun after a form of «كلّف» in the same clause, does what it was tasked with."""
        np = next((np for np in self.candidates if np.last_token == trig.first_token - 1 and not np.prep), None)
        if np is None:
            return None
        for k in range(np.first_token - 1, max(-1, np.first_token - 1 - TASKING_REACH), -1):
            if not self.tokens[k].is_word:
                return None
            if word_key(self.tokens[k]) in TASKING or self.tokens[k].norm.removeprefix("و") in TASKING:
                if np.code is None:
                    # («أنه كلّف وزارة الخارجية»: an uncoded body is of whoever tasked it, the last party
                    # named before «كلّف»)
                    tasker = next((m for m in reversed(self.candidates) if m.last_token < k and m.code
                                   and m.kinds[0] in ("person", "agent", "country", "capital")), None)
                    if tasker is not None:
                        return replace(np, entity=replace(np.entity, code=tasker.code))
                return np
        return None

    def _leader_after(self, trig: Trigger) -> Optional[NP]:
        """The party named right after «تقوده/تقودها/بقيادة» in the trigger's clause."""
        for k in range(trig.last_token + 1, min(self._next_clause(trig.last_token), trig.last_token + 18)):
            tok = self.tokens[k]
            if not tok.is_word and tok.text in CLAUSE_BREAKS:
                return None
            if tok.norm in LEADING:
                return next((np for np in self.candidates if np.first_token in (k + 1, k + 2) and np.code), None)
        return None

    def _hosting(self, np: NP) -> bool:
        """«استضافها X», «في ضيافة X»: a host, not a go-between."""
        return np.first_token > 0 and any(k.startswith(("استضاف", "ضياف")) for k in self.tokens[np.first_token - 1].stem_keys)

    def _during(self, trig: Trigger) -> bool:
        """«في اتصال هاتفي», «خلال لقائه»: talks named as the occasion of what is said."""
        k = trig.first_token - 1
        return k >= 0 and self.tokens[k].norm.removeprefix("و") in ("في", "خلال")

    def _at_the_end_of(self, trig: Trigger) -> bool:
        """«في ختام محادثات», «عقب لقاء», «خلال مباحثات»: talks named as the occasion of an act."""
        words = [t.norm for t in self.tokens[max(0, trig.first_token - 2):trig.first_token]]
        return words[-2:] in (["في", "ختام"], ["في", "اعقاب"]) or words[-1:] in (["عقب"], ["خلال"], ["اثر"])

    def _fronted_meeting_with(self, trig: Trigger) -> bool:
        """«وفي لقاء مع …، قال …»: a meeting, not yet told, with a party, opening the sentence."""
        nxt = trig.last_token + 1
        return trig.first_token <= 2 and not has_article(self.tokens[trig.first_token]) \
            and nxt < len(self.tokens) and self.tokens[nxt].norm == "مع"

    def _talks_around(self, trig: Trigger, before: list[NP], args: Arguments) -> None:
        """The parties of talks named as an occasion: «وأكد الرئيس روحاني في اتصال هاتفي مع الشيخ تميم»
        (the speaker), «وفي اتصال هاتفي ليل أمس، طلب عبد المهدي من بومبيو …» (the clause that follows
        a fronted occasion, and the party it turns to)."""
        # (a time between them is skipped: «في اتصال هاتفي أمس مع …»)
        end = trig.last_token
        while end + 1 in self.time_tokens:
            end += 1
        partner = next((np for np in self.candidates if np.first_token - end in (1, 2)
                        and prep_key(np.prep) in ("مع", "ب")), None)
        # (set off by commas too: «أكد وزير الخارجية، في اتصال هاتفي مع نظيره التونسي، أن …»)
        aside = trig.first_token >= 2 and self.tokens[trig.first_token - 2].text in "،,"
        speaker = self._clause_subject(trig) if before or aside else None
        if partner is not None and speaker is not None and speaker.code and speaker.kinds[0] in ("person", "agent"):
            args.actor.append(speaker)
            args.path.append("speaker-in-talks")
            return
        if trig.first_token > 2:
            return
        comma = next((k for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + OCCASION_REACH))
                      if self.tokens[k].text in "،,"), None)
        if comma is None:
            return
        later = [np for np in self.candidates if np.first_token > comma and np.code and not np.is_place]
        subject = next((np for np in later[:2] if not np.prep), None)
        if subject is not None:
            # the party named with the talks, else the one the clause turns to
            other = partner if partner is not None and partner.code else next(
                (np for np in later if np is not subject and prep_key(np.prep) in ("من", "مع", "الي", "ل", "ب")), None)
            args.actor.append(subject)
            if other is not None and not args.recipient:
                args.recipient.append(other)
            args.path.append("occasion-of-clause")

    def fought_with(self, trig: Trigger) -> Optional[NP]:
        """The party of «في مواجهات/اشتباكات/معارك مع X» right after a casualty verb, or after its
        casualties («مقتل عشرين من جنوده في اشتباك مع القوات الصينية»)."""
        for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + CLASH_REACH)):
            if not self.tokens[k].is_word:
                return None
            if any(key in CLASHES for key in self.tokens[k].stem_keys) and (
                    k <= trig.last_token + 3 or word_key(self.tokens[k - 1]) == "في" or prep_clitic(self.tokens[k]) == "ب"):
                return next((np for np in self.candidates if np.first_token in (k + 1, k + 2)
                             and prep_key(np.prep) == "مع"), None)
        return None

    def _pledger(self, trig: Trigger) -> Optional[NP]:
        """The subject of «تعهد/تعهدت … ب» when the noun with «ب» is what is pledged."""
        if prep_clitic(self.tokens[trig.first_token]) != "ب":
            return None
        return self._subject_of_verb_before(trig.first_token, trig.first_token, PLEDGING, PLEDGE_REACH)

    def _pledged(self, trig: Trigger) -> bool:
        """The noun with «ب» right after «تعهد» (no subject between): what is pledged (unless the pledge
        itself is coded as the same act: «وتعهدت بتقديم 1.1 مليار يورو»)."""
        k = trig.first_token - 1
        return prep_clitic(self.tokens[trig.first_token]) == "ب" and k >= 0 and is_one_of(self.tokens[k], PLEDGING) \
            and not any(t.first_token <= k <= t.last_token and t.entry.event == trig.entry.event for t in self.triggers)

    def _approver(self, trig: Trigger) -> Optional[NP]:
        """The subject of «صادق/وافق/أقر … على» when the noun is what it approves, directly or through
        a bill or mandate («على مشروع قانون يسمح بنشر قوات», «على تمديد التفويض بإرسال قوات»)."""
        k = next((j for j in range(trig.first_token - 1, max(0, trig.first_token - 5), -1)
                  if word_key(self.tokens[j]) == "علي"), None)
        if k is None or any(not t.is_word for t in self.tokens[k:trig.first_token]):
            return None
        return self._subject_of_verb_before(k, k, APPROVING, CONTENT_REACH)

    def _palace_before_guest(self, np: NP, after: list[NP]) -> bool:
        """«استقبل السيسي بقصر الاتحادية الرئيس التركي»: a seat of power after «بـ» followed by a named
        guest is where the meeting was held."""
        if prep_key(np.prep) != "ب" or np.kinds[:1] != ("seat",):
            return False
        guest = next((g for g in after if g.first_token > np.last_token), None)
        return guest is not None and not guest.prep and guest.first_token <= np.last_token + 3 \
            and bool({"person", "agent"} & set(guest.kinds))

    def _envoys_mandate(self, np: NP) -> bool:
        """`np` after «إلى» completes an envoy's title («المبعوث الأمريكي الخاص إلى اليمن»): up to two
        adjectives between the envoy and «إلى»."""
        k = np.first_token - 1
        if prep_key(np.prep) != "الي" or k < 1 or self.tokens[k].norm not in ("الي", "الى"):
            return False
        for j in range(k - 1, max(-1, k - 4), -1):
            if word_key(self.tokens[j]) in ENVOYS:
                return True
            if not (self.tokens[j].is_word and has_article(self.tokens[j])):
                return False
        return False

    def _owns_targets(self, np: NP) -> bool:
        """`np`, with «ل», right after a plain target noun («هدفاً للحزب», «مواقع لحزب الله»), or after such a
        noun and its adjective («قاعدة عسكرية للجيش التركي»)."""
        k = np.first_token - 1
        if k >= 1 and self.tokens[k].is_word and word_key(self.tokens[k]) in TARGET_ADJECTIVES \
                and not has_article(self.tokens[k]):
            k -= 1
        return k >= 0 and self.tokens[k].is_word and word_key(self.tokens[k]) in TARGET_NOUNS \
            and not has_article(self.tokens[k]) and not self.tokens[k].enclitic

    def _described_object(self, anchor: int, used: set) -> Optional[NP]:
        """«دانت الخارجية المصرية ما وصفته بالعدوان الإسرائيلي», «إدانتها لما وصفته بالعدوان …»: the object is
        what the speaker calls it, so the party is the first coded non-place phrase of that description, right
        after «ما وصفه (ب)»."""
        k = anchor + 1
        if k + 1 >= len(self.tokens) or self.tokens[k].norm not in ("ما", "لما") \
                or self.tokens[k + 1].norm not in _DESCRIBED_AS:
            return None
        return next((np for np in self.candidates if k + 2 <= np.first_token <= k + 1 + _DESCRIPTION_REACH
                     and np.code and not np.is_place and id(np) not in used), None)

    def _chief_of_unnamed_object(self, anchor: int, used: set) -> Optional[NP]:
        """«اتهم نوبخت «الأعداء»، وفي مقدمهم الولايات المتحدة»: the coded party an uncoded object's apposition
        names first among them («وفي مقدمهم/مقدمتها», «وعلى رأسهم/رأسها»), a few words after `anchor`
        (past the comma that sets the apposition off)."""
        after = [np for np in self.candidates if np.first_token > anchor]
        for k in range(anchor + 2, min(len(self.tokens) - 2, anchor + 1 + _CHIEF_REACH)):
            word, head = self.tokens[k], self.tokens[k + 1]
            if word.is_word and word.norm in _AMONG_THEM and head.norm.endswith(("هم", "ها", "هن")) \
                    and not _FOREMOST.get(word.norm.removeprefix("و"), frozenset()).isdisjoint(head.stem_keys[1:]):
                if any(np.first_token <= k and np.code and id(np) not in used and np.last_token > anchor
                       for np in after):
                    return None  # a coded object stands before it: the apposition is its own
                return next((np for np in after if np.first_token == k + 2 and np.code and id(np) not in used), None)
        return None

    def _owner_of_prep_noun(self, np: NP, preps: set[str]) -> bool:
        """`np` follows one of `preps` written as a word and one plain noun in construct with it
        («إزاء قرارات الرئيس», «بشأن تصريحات الوزير»)."""
        k = np.first_token
        if k < 2:
            return False
        noun, prep = self.tokens[k - 1], self.tokens[k - 2]
        return prep.is_word and not prep.proclitics.lstrip("وف") and word_key(prep) in preps and noun.is_word \
            and not has_article(noun) and not noun.enclitic and not noun.proclitics and k - 1 not in self.trigger_tokens

    def _between(self, trig: Trigger, hi: int, reach: int) -> list[NP]:
        # (quotes around a name take no reach: «وُقّع اليوم «اتفاق الرياض» بين الحكومة …»)
        reach += sum(1 for t in self.tokens[trig.last_token + 1:trig.last_token + reach] if t.text in QUOTES)
        # (nor does an adverbial set off by commas: «دعت السعودية، في بيان لوزارة خارجيتها، إلى الوقف الفوري
        # للتصعيد بين …»)
        asides = self.adverbial_asides
        reach += sum(1 for k in range(trig.last_token + 1, trig.last_token + reach) if k in asides)
        for k in range(trig.last_token + 1, min(hi, trig.last_token + reach)):
            if k in asides:
                continue
            if not self.tokens[k].is_word and self.tokens[k].text in "،,؛;:":
                return []  # «اعترافها بدولة فلسطين، في خطوة منسقة بين العواصم الثلاث»: another phrase's
            if self.tokens[k].norm == BETWEEN or word_key(self.tokens[k]) == BETWEEN:
                if k > 0 and not _ROUTES.isdisjoint(self.tokens[k - 1].keys) or k > 1 \
                        and not self.tokens[k - 1].proclitics and not _ROUTES.isdisjoint(self.tokens[k - 2].keys):
                    # «قطع المحتجون الطريق الدولي بين دمشق وحلب»: the two ends of a road, no parties (but «مهّد
                    # الطريق لقمة بين الزعيمين» paves the way for a summit between them)
                    return []
                first = next((np for np in self.candidates if np.first_token == k + 1), None)
                if first is None and k + 2 < len(self.tokens) and self.tokens[k + 1].is_word:
                    # «بين وفدين سوداني وإثيوبي»: nisbas describing the noun after «بين» name the pair
                    first = next((np for np in self.candidates if np.first_token == k + 2
                                  and np.kinds[:1] == ("demonym",)), None)
                if first is None and k + 2 < len(self.tokens) and self.tokens[k + 1].norm in DELEGATIONS:
                    # «مباحثات بين وفدين أمنيين رفيعي المستوى من البلدين», «محادثات بين ممثلين عن القوات المسلحة
                    # السودانية وقوات الدعم السريع»: the delegations of the pair named after «من» or «عن»
                    sent_by = next((np for np in self.candidates if k + 2 <= np.first_token <= k + 6
                                    and np.prep in ("من", "عن") and np.code), None)
                    if sent_by is not None:
                        return self._listed_from(sent_by)
                if first is None:
                    return []
                return self._listed_from(first)
        return []

    def _listed_from(self, first: NP) -> list[NP]:
        """«قمة ثلاثية بين مصر والأردن والعراق»: every member of the list that opens with `first`; «بين البلدين»:
        both the states of a pair word."""
        pair = [np for np in self.candidates if np.span == first.span]
        for np in self.candidates:
            if np.first_token > pair[-1].last_token and np.coordinated and np.first_token - pair[-1].last_token <= 3:
                pair.append(np)
        return pair

    def pair_between_later(self, trig: Trigger) -> list[NP]:
        """«نجاح وساطة قادها ولي العهد في الإفراج عن أسرى …، ضمن عملية تبادل بين موسكو وكييف»: the coded
        parties a «بين» anywhere later in the sentence names (none when it names fewer than two)."""
        for k in range(trig.last_token + 1, len(self.tokens) - 1):
            if self.tokens[k].text in ".؛;:":
                return []
            if self.tokens[k].norm == BETWEEN or word_key(self.tokens[k]) == BETWEEN:
                first = next((np for np in self.candidates if np.first_token == k + 1 and np.code), None)
                pair = self._listed_from(first) if first is not None else []
                return pair if len({np.code for np in pair if np.code}) >= 2 else []
        return []

    def post_in_zone(self, trig: Trigger, home: set) -> Optional[NP]:
        """«استدعاء القائم بالأعمال العراقي من أنقرة»: the foreign capital or state an envoy is posted in."""
        return self._first_in_zone(trig, lambda np: np.prep in ("من", "لدي", "في")
                                   and np.kinds[0] in ("capital", "country") and np.code not in home)

    def issuer_in_zone(self, trig: Trigger) -> Optional[NP]:
        """«دانت … التصريحات الصادرة عن السلطات التونسية»: who issued what the act is about."""
        def issued(np: NP) -> bool:
            k = np.first_token - 1 if prep_clitic(self.tokens[np.first_token]) else np.first_token - 2  # over «عن»
            return np.prep == "عن" and k >= 0 and word_key(self.tokens[k]) in ISSUED_BY
        return self._first_in_zone(trig, issued)

    def nationality_in_zone(self, trig: Trigger, exclude: set) -> Optional[NP]:
        """The first nisba («محتجزا إسرائيليا», «أسيرا فلسطينيا») in the trigger's zone."""
        return self._first_in_zone(trig, lambda np: np.kinds[:1] == ("demonym",) and np.code not in exclude)

    @cached_property
    def counted_nationals(self) -> list[NP]:
        """Phrases of counted people with a nationality: «ثلاثة جنود أميركيين», «عشرات العراقيين»,
        «سبعة من عناصر الشرطة الأفغانية» — the casualties a sentence reports."""
        out = []
        for np in self.candidates:
            # «أحد جنوده», «جنديين من جنوده»: a force whose owner is known counts too
            owned = np.kinds[:1] == ("agent",) and bool(self.tokens[np.last_token].enclitic)
            if not ("demonym" in np.kinds or owned) or not np.code:
                continue
            # (a date is no count: «استدعت أمس الاثنين السفير الأميركي»; nor one before a clause of its own: «قُتل
            # مئات حين فضّت قوات الأمن المصرية الاعتصام»)
            start = max(0, np.first_token - COUNT_REACH)
            start = max([start] + [k + 1 for k in range(start, np.first_token) if self.tokens[k].norm in WHEN])
            window = [self.tokens[k] for k in range(start, np.first_token + 1) if k not in self.time_tokens]
            dual = self.tokens[np.last_token].norm.endswith("يان")  # «جنديان أميركيان»
            person = (np.first_token > 0 and word_key(self.tokens[np.first_token - 1]) in PERSON_NOUNS) \
                or word_key(self.tokens[np.first_token]) in PERSON_NOUNS  # «جنديا أميركيا», «جنديين اسبانيين»
            if dual or person or any(is_count(t) or t.norm == "احد" for t in window):
                out.append(np)
        return out

    def protested_against(self, trig: Trigger) -> Optional[NP]:
        """The first party named after «على» or «ضد» in the sentence, after the trigger («تظاهر مئات
        في أثينا احتجاجا على الاتفاقية الأوروبية»), after «تنديدا ب», before whose embassy the crowd
        stands («أمام سفارة استونيا»), or whom it accuses («متهمين الجنود الأميركيين»); first of all, whose
        flag or pictures it burns or tramples («أحرق محتجون العلم الإسرائيلي أمام البرلمان الأردني»)."""
        hi = self._boundary_after(trig)
        symbol = next((np for np in self.candidates if np.code and not np.is_place and np.first_token > 0
                       and trig.last_token < np.first_token < hi
                       and word_key(self.tokens[np.first_token - 1]) in BURNED_SYMBOLS), None)
        if symbol is not None:
            return symbol
        for markers in (PROTESTED_MARKERS, PROTESTED_BEFORE):
            against = [k for k in range(trig.last_token + 1, len(self.tokens))
                       if word_key(self.tokens[k]) in markers or self.tokens[k].norm in markers
                       or (prep_clitic(self.tokens[k]) == "ب" and k > 0 and word_key(self.tokens[k - 1]) in DENOUNCING)]
            for np in self.candidates:
                if np.code and not np.is_place and any(k <= np.first_token <= k + OBJECT_REACH for k in against):
                    return np  # «احتجاجا على قرار الاتحاد الأوروبي»: the party in what is protested
        return None

    def place_after(self, trig: Trigger) -> Optional[NP]:
        """The first place, capital or country named in the trigger's zone («غارات على مواقع قرب مطار دمشق»)."""
        hi = self._boundary_after(trig)
        for np in self.nps:
            if trig.last_token < np.first_token < hi and np.kinds[0] in ("place", "capital", "country") \
                    and not self._after_passive_marker(np) and not self.met_on_occasion(np, trig) \
                    and not self._launched_from(np):
                return np
        return None

    def met_with_from(self, trig: Trigger) -> Optional[NP]:
        """«ولقي الاتفاق ترحيباً من أحزاب اللقاء المشترك», «وحظي القرار بتأييد من واشنطن»: who gave the welcome,
        support or refusal a thing met with, named after «من»."""
        lo = max(0, trig.first_token - _MET_WITH_REACH)
        if not any(self.tokens[k].norm.removeprefix("و") in _MET_WITH
                   and all(t.is_word for t in self.tokens[k + 1:trig.first_token])
                   for k in range(lo, trig.first_token)):
            return None
        return next((np for np in self.candidates if np.prep == "من" and np.code
                     and trig.last_token < np.first_token <= trig.last_token + _MET_WITH_REACH), None)

    def launch_site_after(self, trig: Trigger) -> Optional[NP]:
        """«أدان … إطلاق الصواريخ من غزة»: the coded place in the trigger's zone that the projectiles came from."""
        hi = self._boundary_after(trig)
        return next((np for np in self.nps if trig.last_token < np.first_token < hi and np.code
                     and np.kinds[0] in ("place", "capital", "country") and self._launched_from(np)), None)

    def _location(self, trig: Trigger, lo: int, hi: int) -> Optional[NP]:
        best, best_dist = None, 99
        for np in self.nps:
            # «في البقاع اللبناني», «في مدينة هانوفر الألمانية»: a nisba tells the country of a place
            if np.prep != "في" or not (np.is_place or np.kinds[0] in ("country", "capital", "place") or (
                    np.kinds == ("demonym",) and self._is_definite_at(np.first_token))):
                continue  # (an indefinite nisba describes a thing: «النار في علم أميركي»)
            if np.first_token > trig.last_token:
                dist = np.first_token - trig.last_token
                if np.first_token >= hi:
                    continue
            else:
                dist = trig.first_token - np.last_token + 2
                if np.first_token < lo - 6:
                    continue
            if dist < best_dist:
                best, best_dist = np, dist
        return best
