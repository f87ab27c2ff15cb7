"""`rasad kb lookup`: resolve a name or description as the coder would at a date."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import takewhile
from typing import Optional

from ..text.normalize import normalize
from ..text.tokens import Segmenter, strip_article, tokenize
from .knowledge import KnowledgeBase
from .matcher import phrase_keys
from .model import KBEntry

# shorter words are particles; «علي», «حسن» name many office-holders at once and so resolve to none
_MIN_FAMILY_NAME = 3
_PLACE_PREPOSITIONS = frozenset({"في", "من", "الي", "ب"})
# words that open a description of those an act or disaster struck: «ضحايا تفجير كلية الشرطة في صنعاء»
_VICTIMS = frozenset({"ضحايا", "قتلي", "جرحي", "المصابون", "المصابين", "الناجون", "الناجين"})
# residents, worshippers, hostages, tourists, the besieged, the stranded and passengers are people a place or an act
# names, no civil society acting as such: «سكان ماريوبول المحاصرون», «المصلون في المسجد الأقصى», «ركاب الرحلة 93»
_PEOPLE_OF_NO_SECTOR = frozenset({"سكان", "السكان", "المصلون", "المصلين", "الرهائن", "المحاصرون", "المحاصرين",
                                  "ركاب", "الركاب", "السياح", "المخطوفون", "المخطوفين", "المختطفون", "المختطفين",
                                  "العالقون", "العالقين",
                                  # (citizens, nationals abroad, civilians and pilgrims, as the lookup tables code them)
                                  "المواطنون", "المواطنين", "مواطنو", "مواطني", "الجاليه", "المدنيون", "المدنيين",
                                  "الحجاج", "حجاج", "المغتربون", "المغتربين"})
# detainees and prisoners are people held, not whoever holds them: «المعتقلون في سجون الحوثيين»
_DETAINEES = frozenset({"المعتقلون", "المعتقلين", "معتقلو", "معتقلي", "المحتجزون", "المحتجزين", "السجناء", "سجناء",
                        "الموقوفون", "الموقوفين"})
# those who fled or were driven from their homes, however the text names them first
_DISPLACED = frozenset({"الفارون", "الفارين", "المهجرون", "المهجرين", "المشردون", "المشردين", "النازحون", "النازحين",
                        "اللاجئون", "اللاجئين", "نازحو", "نازحي", "لاجئو", "لاجئي", "مهجرو", "مهجري", "مشردو", "مشردي"})
# aircraft, warships and soldiers that open a description of a state's: its forces
_MILITARY_WORDS = frozenset({"الطائرات", "طائرات", "المقاتلات", "مقاتلات", "الطراد", "البارجه", "البوارج", "الفرقاطه",
                             "المدمره", "الغواصه", "الحربيه", "العسكريه", "الجنود", "جنود", "البحريه",
                             "المروحيات", "مروحيات", "المسيرات", "مسيرات", "الزوارق", "زوارق", "القاذفات", "قاذفات",
                             "الصواريخ", "صواريخ", "الدبابات", "دبابات", "المدرعات", "مدرعات", "المدفعيه", "مدفعيه",
                             "الجرافات", "جرافات", "الغواصات", "الفرقاطات", "المدمرات", "الكوماندوز", "الوحدات",
                             "وحدات", "الكتيبه", "كتيبه", "البحاره", "بحاره"})
# gunmen a description names are insurgents, as the lookup tables code them («المسلحون في الفلوجة»); in running text
# they stay unidentified (UAF) until the text says whose they are
_GUNMEN = frozenset({"المسلحون", "المسلحين", "مسلحو", "مسلحي"})
# the relatives of victims, prisoners, hostages or the missing act as civilians («أهالي ضحايا انفجار مرفأ بيروت»,
# «ذوو الأسرى الفلسطينيين»); «أهالي» before a place are its residents («أهالي الفلوجة»)
_RELATIVES = frozenset({"ذوو", "ذوي", "اهالي", "عائلات", "اسر"})
_KIN_OF = _VICTIMS | frozenset({"الضحايا", "الاسري", "المعتقلين", "المفقودين", "الرهائن", "الشهداء", "الموقوفين",
                                "المختطفين", "المخطوفين", "السجناء", "المهاجرين"})
# members of a parliament are legislators whatever party or bloc names them («النواب الديمقراطيون في الكونغرس»)
_MEMBERS_OF_PARLIAMENT = frozenset({"النواب", "نواب", "البرلمانيون", "البرلمانيين"})
# voters are people a vote names, not its assembly
_VOTERS = frozenset({"الناخبون", "الناخبين", "ناخبو", "ناخبي", "المقترعون", "المقترعين"})
# the head nouns of bodies' names and the sector of each
_SECTOR_OF_HEAD = {
    **dict.fromkeys(("بنك", "مصرف", "شركه", "مجموعه", "مصنع", "مصفاه", "خطوط", "بورصه", "فندق", "منجم", "مناجم",
                     "طيران"), "BUS"),
    **dict.fromkeys(("هيئه", "سلطه", "جهاز", "مديريه", "دائره", "ديوان", "وزاره", "بلديه", "مفوضيه", "لجنه",
                     "مجلس", "مكتب", "اداره", "قصر"), "GOV"),
    **dict.fromkeys(("محكمه", "نيابه"), "JUD"),
    **dict.fromkeys(("قياده", "فرقه", "كتيبه", "قاعده", "سلاح", "منظومه"), "MIL"),
    "مستشفي": "HLH",
    **dict.fromkeys(("قناه", "اذاعه", "تلفزيون", "صحيفه", "جريده", "مجله"), "MED"),
    **dict.fromkeys(("جامعه", "معهد", "اكاديميه", "كليه"), "EDU"),
    "نقابه": "LAB",
}
# workers named first, and those on strike named after their trade, are labour
_WORKERS = frozenset({"عمال", "العمال", "موظفو", "موظفي", "الموظفون", "الموظفين"})
_STRIKERS = frozenset({"المضربون", "المضربين"})
_STUDENTS = frozenset({"الطلاب", "طلاب", "الطلبه", "طلبه"})
# a crowd that protests, whoever it is: «مزارعو أصفهان المحتجون»
_PROTESTING = frozenset({"المحتجون", "المحتجين", "الغاضبون", "الغاضبين", "المتظاهرون", "المتظاهرين", "المعتصمون",
                         "المعتصمين"})
_MEDIATORS = frozenset({"الوسطاء", "الوسيط", "الوسيطان", "الوسيطين"})
# crowds: protesters, rioters, strikers, the displaced
_CROWD_SECTORS = frozenset({"CVL", "LAB", "REF"})
# a crowd's stance towards what it names after «ل»: «المتظاهرون المؤيدون لفلسطين في لندن» are of London
_STANCES = frozenset(normalize(w) for w in "المؤيدون المؤيدين المناصرون المناصرين الموالون الموالين المناهضون "
                     "المناهضين المعارضون المعارضين الداعمون الداعمين المتضامنون المتضامنين المطالبون "
                     "المطالبين".split())
# words that open what a crowd acts against or where it is: «على», «ضد», «من», «في», «أمام»
_COMPLEMENT_WORDS = frozenset({"علي", "ضد", "من", "في", "امام", "داخل", "خارج", "قرب", "عند", "خلال"})


class NameLookup:
    """Resolves names and descriptions against one knowledge base. The segmenter and the mention
    finder are built once (a fifth of a second each), so one instance answers many queries."""

    def __init__(self, kb: KnowledgeBase):
        from ..coder.mentions import MentionFinder

        self.kb = kb
        self._segmenter = Segmenter(kb.vocabulary())
        self._finder = MentionFinder(kb)
        # the entries of the words that name a group only in context («فتح», «كونا»), for a lone word asked about
        self._context_owners: dict[str, list[str]] = {}
        for entry_id, key in kb.context_only:
            self._context_owners.setdefault(key, []).append(entry_id)

    def __call__(self, text: str, when: Optional[date]) -> list[dict]:
        """Entity objects for the phrases found in `text`, longest (best) match first."""
        from ..coder.mentions import RELATIVES, DocumentMemory

        tokens = tokenize(text, segmenter=self._segmenter)
        nps = self._finder.find(tokens, when, DocumentMemory())
        # a coded phrase governed by a preposition completes the head («سفير دولة قطر لدى الولايات المتحدة»);
        # a nisba standing alone only describes a coded thing named beside it («العاصمة القطرية الدوحة»,
        # «الممثل الأمريكي الخاص للشؤون الفلسطينية هادي عمرو»)
        named = [np for np in nps if np.code and np.kinds != ("demonym",)]
        head = any(not np.prep for np in named)
        # (the envoy named after the state he is accredited to holds the title before it: «السفير الفرنسي لدى
        # السويد جان بيير لاكروا»)
        holders = {id(b) for a, b in zip(nps, nps[1:]) if normalize(a.prep) == "لدي" and "person" in b.kinds}
        # (an uncoded title before a coded name is the name's: «عضو مجلس الشورى هدى نونو»)
        # (a place after a preposition only says where the nationals named before it are: «المصريون العالقون في
        # السودان»)
        nationals = any(np.kinds == ("demonym",) and not np.prep for np in nps)
        # (what a relative clause names only describes the head: «الطائرات الإماراتية التي قصفت طرابلس»)
        relative = next((t.span[0] for t in tokens if t.norm in RELATIVES), len(text))
        nps.sort(key=lambda np: (np.span[0] > relative,
                                 head and (bool(np.prep) or id(np) in holders)
                                 or nationals and bool(np.prep) and np.is_place,
                                 bool(named) and np.kinds == ("demonym",),
                                 bool(named) and not np.code,
                                 # (a place in construct after a party says where it is: «مستوطنو الضفة الغربية»)
                                 np.is_place and any(not n.is_place and not n.prep for n in named),
                                 -(np.span[1] - np.span[0]), np.span[0]))
        words = [t for t in tokens if t.is_word]
        keys = [normalize(w.text) for w in words]
        nps = _victims_of_the_place(_nationality_first(_crowd_first(_borrow_the_place(nps, text), text), words), keys)
        nps = _nisba_of_an_uncoded_head(_closing_nisba_of_a_body(nps, words, keys), words, keys)
        nps = _party_of_the_state_named(nps, keys)
        # (a capital after «في» is where something happened, not its government: «ضحايا التفجيرين في كمبالا»)
        out = [_result(text[np.span[0]:np.span[1]], np.span,
                       replace(np.entity, sector=None) if np.prep == "في" and np.kinds[0] == "capital" else np.entity)
               for np in nps]
        if out and words and out[0]["sector"] is None and out[0]["code"] \
                and (out[0]["span"][0] > words[0].span[0] or nps[0].is_place) \
                and (head_sector := _SECTOR_OF_HEAD.get(strip_article(keys[0]))):
            # «مصرف لبنان والمهجر», «قناة الرابعة العراقية», «هيئة تنمية الصادرات»: a body the knowledge base knows only by
            # the place or state its name holds is of the kind its head noun says (so is a place named by one: «قاعدة
            # عين الأسد»)
            out[0] = {**out[0], "sector": head_sector}
        if out and words:
            # (the victims of a blast at a police college or a university are of the place's state, not of the body
            # the place names, «ضحايا إطلاق النار في جامعة …», nor of a capital's government, «ضحايا هجوم فيينا»)
            out[0] = {**out[0], "sector": _sector_of_opening(out[0]["sector"], bool(out[0]["code"]),
                                                             _opening_words(keys), hunger="الطعام" in keys)}
        if not out and len(words) == 1 and (holder := family_name_holder(self.kb, words[0].text, when)) is not None:
            out.append(_result(words[0].text, words[0].span, holder.entity(when)))
        if not out and len(words) == 1 and len(owners := self._context_owners.get(keys[0], [])) == 1:
            # «فتح», «كونا»: a word that names a group only in context names it when asked about alone
            out.append(_result(words[0].text, words[0].span, self.kb.by_id[owners[0]].entity(when)))
        return out


def _borrow_the_place(nps: list, text: str) -> list:
    """A description of no state of its own, in or from a place of the one state the text names, is of that
    state («المحتجون في ضاحية نانتير», «النازحون من وادي سوات»): its phrase first, with the place's code.
    (In construct, «سكان بلدة …», the place is the description's own and the phrase was composed whole.)"""
    if not nps:
        return nps
    first = min(nps, key=lambda np: np.span[0])
    coded = [np for np in nps if np.code]
    if first.span[0] != len(text) - len(text.lstrip()) or first.prep or first.code or not first.entity.sector \
            or not coded or len({np.code for np in coded}) > 1:
        return nps
    # (a capital is a place after a place noun too: «في شوارع هافانا»; the government the crowd is against is
    # of the same state: «المحتجون المناهضون للحكومة في بانكوك»)
    place = max(coded, key=lambda np: np.span[0])
    if not (place.is_place or place.kinds in (("capital",), ("country",))) or place.span[0] < first.span[1]:
        return nps
    between = {normalize(w) for w in text[first.span[1]:place.span[0]].split()}
    # (a capital after «ب» is as often whom the act addresses: «الشرطة بالرياض»)
    prep = normalize(place.prep)
    if prep == "الي" or "الي" in between:
        return nps  # where one goes is not whose one is: «وفد الحكومة إلى جنيف»
    # (a region right after a crowd or a force names whose it is: «المتمردون الشيشان»)
    if (prep not in _PLACE_PREPOSITIONS or prep == "ب" and place.kinds == ("capital",)) \
            and between.isdisjoint(_PLACE_PREPOSITIONS) and (between or prep or not place.is_place):
        return nps
    return [replace(first, entity=replace(first.entity, code=place.code))] + [np for np in nps if np is not first]


def _closing_nisba_of_a_body(nps: list, words: list, keys: list[str]) -> list:
    """«شركة بوردو فارما الأمريكية», «شركة لندن للنفط الكويتية»: a company, bank or other body the knowledge base
    does not know by its whole name is of the state its closing nisba names, not of the city its name holds."""
    if len(words) < 3 or not nps or strip_article(keys[0]) not in _SECTOR_OF_HEAD:
        return nps
    best = nps[0]
    last = max(nps, key=lambda np: np.span[1])
    if last.span[1] != words[-1].span[1] or "demonym" not in last.kinds or not last.code \
            or best.span[1] > last.span[0] or best.code == last.code:
        return nps
    return [replace(best, entity=replace(best.entity, code=last.code))] + nps[1:]


def _party_of_the_state_named(nps: list, keys: list[str]) -> list:
    """«الحزب الديمقراطي الحاكم في إندونيسيا»: a party named by a generic name («الحزب» and adjectives) that another
    state's party bears is the party of the state named after «في»; ruling or in opposition as the text says."""
    if not nps or nps[0].kinds != ("group",) or not keys or keys[0] != "الحزب":
        return nps
    state = next((np for np in nps[1:] if np.kinds == ("country",) and normalize(np.prep) == "في"), None)
    if state is None or state.code == nps[0].code:
        return nps
    sector = "GOV" if "الحاكم" in keys else "OPP" if "المعارض" in keys else "PTY"
    return [replace(nps[0], entity=replace(nps[0].entity, code=state.code, sector=sector))] + nps[1:]


def _nisba_of_an_uncoded_head(nps: list, words: list, keys: list[str]) -> list:
    """«سائقو القطارات الألمان المضربون», «الإسرائيليون المحتجون»: a description led by a phrase of no state
    («المضربون», «المحتجون») is of the nisba among its opening words, before any preposition."""
    opening = _opening_words(keys)
    if not nps or not opening:
        return nps
    opening_end = words[len(opening) - 1].span[1]
    head = next((np for np in nps if not np.code and np.entity.sector and not np.prep and np.span[1] <= opening_end),
                None)
    nisba = next((np for np in nps if np.kinds == ("demonym",) and not np.prep and np.span[1] <= opening_end), None)
    if head is None or nisba is None or nps[0] not in (head, nisba):
        return nps
    return [replace(head, entity=replace(head.entity, code=nisba.code))] + [np for np in nps if np is not head]


def _victims_of_the_place(nps: list, keys: list[str]) -> list:
    """«ضحايا الغارات الإسرائيلية على غزة», «ضحايا تفجير القنصلية الإيطالية في القاهرة»: the victims of an act are
    of the place it struck (after «في» or «على»), not of the state whose nisba or mission the act names."""
    if not keys or keys[0] not in _VICTIMS:
        return nps
    places = [np for np in nps if np.code and (np.is_place or np.kinds[:1] in (("capital",), ("country",)))
              and normalize(np.prep) in ("في", "علي")]
    if not places:
        return nps
    place = max(places, key=lambda np: np.span[0])
    return [place] + [np for np in nps if np is not place]


def _opening_words(keys: list[str]) -> list[str]:
    """The (normalised) words of a description before its first preposition: its head and what agrees with it."""
    return list(takewhile(lambda key: key not in _COMPLEMENT_WORDS and key not in _PLACE_PREPOSITIONS, keys))


def _sector_of_opening(sector: Optional[str], coded: bool, opening: list[str], hunger: bool) -> Optional[str]:
    """The sector of a description's first phrase as the description's opening words make it: victims have none,
    relatives of victims or prisoners are civilians, detainees have none (not their captor's), the displaced are
    refugees, workers and those on strike labour (not on hunger strike), forces and their weapons military, gunmen
    insurgents, members of parliament legislators, a state's mediators its government; residents, citizens,
    worshippers, pilgrims, passengers, voters and civilians besieged or stranded are no civil society acting as such
    (nor the airline whose flight they took, «ركاب رحلة الخطوط الجوية …», nor the assembly they elect)."""
    first = opening[0] if opening else ""
    if first in _RELATIVES and len(opening) > 1 and opening[1] in _KIN_OF:
        return "CVL" if coded else sector
    if coded and sector is None and first in _MEDIATORS:
        return "GOV"  # «الوسطاء القطريون»: a state's mediators are its government's envoys
    if first == "اهالي" or first in _DETAINEES and sector != "OPP":
        return None  # (but the detainees of an opposition movement are of it: «معتقلي الحراك»)
    if hunger and sector == "LAB" and first not in _WORKERS:
        return None  # «الأسرى الفلسطينيون المضربون عن الطعام»: a hunger strike is no labour dispute
    if first in _VICTIMS or _victims_in_apposition(opening) and sector in _CROWD_SECTORS:
        return None
    if coded and sector in (None, "CVL") and not _DISPLACED.isdisjoint(opening):
        return "REF"  # «سكان مايدوغوري المهجرون بفيضانات …», «الموزمبيقيون الفارون من أعمال العنف …»
    if coded and (sector in (None, "CVL", "HLH") or sector == "EDU" and first not in _STUDENTS) \
            and (first in _WORKERS or not hunger and not _STRIKERS.isdisjoint(opening[1:])):
        return "LAB"  # «عمال منجم سوما», «الأطباء المضربون في …», «الأساتذة المتعاقدون المضربون» (not students)
    if coded and sector is None and not _MILITARY_WORDS.isdisjoint(opening) and "المدنيه" not in opening:
        return "MIL"  # «الطائرات الإماراتية التي قصفت طرابلس», «طاقم الطراد الروسي موسكفا»: forces and their crews
    if first in _GUNMEN and sector in ("UAF", None):
        return "REB"
    if first in _MEMBERS_OF_PARLIAMENT and sector in ("GOV", "PTY", "OPP") and "المعارضه" not in opening:
        return "LEG"  # (but «نواب المعارضة» are the opposition)
    if coded and sector is None and not _PROTESTING.isdisjoint(opening[1:]):
        return "CVL"  # «شباب الضواحي الغاضبون في فرنسا», «السكان الأصليون المحتجون في كيتو»
    if first in _PEOPLE_OF_NO_SECTOR and sector == "BUS" or first in _VOTERS \
            or not _PEOPLE_OF_NO_SECTOR.isdisjoint(opening) and sector == "CVL":
        return None  # «الناخبون الكويتيون في انتخابات مجلس الأمة», «المدنيون المحاصرون في حلب»
    return sector


def _victims_in_apposition(opening: list[str]) -> bool:
    """«العمال ضحايا انهيار الجسر», «الأطفال ضحايا الحليب الملوث»: the people named first are the victims (a
    word in construct, «عائلات ضحايا الإرهاب», names others: the victims' families; a body's men keep their
    body's sector, «قادة الحرس الثوري ضحايا تفجير …»)."""
    return any(key in _VICTIMS and before.startswith("ال") for before, key in zip(opening, opening[1:]))


def _nationality_first(nps: list, words: list) -> list:
    """«الناخبون الكرواتيون في الاستفتاء على الانضمام إلى الاتحاد الأوروبي»: a nisba on the word that opens the
    description, which names nothing of its own, is the description's nationality, whatever is named after it
    behind a preposition (but «العاصمة القطرية الدوحة» is the city named)."""
    if len(words) < 2 or not nps:
        return nps
    first = min(nps, key=lambda np: np.span[0])
    if first.kinds != ("demonym",) or first.prep or first.span[0] != words[1].span[0] \
            or any(np.code and not np.prep for np in nps if np is not first):
        return nps
    return [first] + [np for np in nps if np is not first]


def _crowd_first(nps: list, text: str) -> list:
    """A crowd that opens the text is what the text describes; what it protests, flees or strikes against,
    named after a preposition, only completes it («المحتجون على قمة الاتحاد الأوروبي في غوتنبرغ»). The crowd
    comes first, of its own state or else of the place it is in («في …»), else of what it is against
    («المحتجون على فوز دونالد ترامب»)."""
    if not nps:
        return nps
    first = min(nps, key=lambda np: np.span[0])
    if first.span[0] != len(text) - len(text.lstrip()) or first.prep or first.kinds != ("agent",) \
            or first.entity.sector not in _CROWD_SECTORS:
        return nps
    after = [np for np in nps if np.code and np.span[0] >= first.span[1]]
    between = {normalize(w) for w in text[first.span[1]:after[0].span[0]].split()} if after else set()
    if not after or between.isdisjoint(_COMPLEMENT_WORDS) and between.isdisjoint(_STANCES):
        return nps
    code = first.code
    places = sorted((np for np in after if (np.is_place or np.kinds in (("capital",), ("country",)))
                     and ("في" in {normalize(np.prep)} | {normalize(w) for w in text[:np.span[0]].split()[-2:]})),
                    key=lambda np: np.span[0])
    if code is None or len(places) > 1 and code == places[0].code:
        # (of two places, the first is where what the crowd protests happens: «المحتجون على الحرب في غزة في نيويورك»)
        code = (places[-1] if places else after[0]).code
    return [replace(first, entity=replace(first.entity, code=code))] + [np for np in nps if np is not first]


def lookup(kb: KnowledgeBase, text: str, when: Optional[date]) -> list[dict]:
    """One query (`NameLookup` for many): entity objects for the phrases found in `text`, longest
    (best) match first."""
    return NameLookup(kb)(text, when)


def family_name_holder(kb: KnowledgeBase, word: str, when: Optional[date]) -> Optional[KBEntry]:
    """The one person in office at `when` whose listed full name ends in `word` (holders of a seat,
    a party post or a trade count only when nobody holds an office).

    A family name that is also an ordinary word («العثماني», «حصاد») is not a name of its own in the KB,
    or every harvest in running text would be the minister; a query that is that word alone asks for a
    person, and when exactly one office-holder of the date bears it, it names them."""
    key = phrase_keys(word)
    if when is None or len(key) != 1 or len(key[0]) < _MIN_FAMILY_NAME:
        return None
    # (written with the article or without it as the name is: «الفارون», those who flee, is no «تيم فارون»)
    definite = normalize(word).startswith("ال")
    holders = {e.id: e for e in kb.entries if e.kind == "person"
               and any(r.covers(when) for r in e.roles)
               and any(len(keys) > 1 and keys[-1] == key[0] and normalize(name.split()[-1]).startswith("ال") == definite
                       for name, keys in zip(e.names, map(phrase_keys, e.names)))}
    # a seat in parliament, a party post or a trade seldom makes a family name a name of its own:
    # the minister «العثماني» over a member of another parliament who bears the name
    in_office = [e for e in holders.values() if any(r.covers(when) and r.is_office for r in e.roles)]
    # (and an office known to be held at the date, over one recorded with no dates: an activist or a spokesman
    # of unknown years is no rival of the minister of the day)
    dated = [e for e in in_office if any(r.covers(when) and r.is_office and (r.start or r.end) for r in e.roles)]
    pool = dated or in_office or list(holders.values())
    return pool[0] if len(pool) == 1 else None


def _result(entity_text: str, span, e) -> dict:
    return {
        "entity_text": entity_text, "span": list(span), "code": e.code,
        "sector": e.sector, "identifier_id": e.identifier_id, "identifier_text": e.identifier_text,
        "name_ar": e.name_ar, "office": e.office,
    }
