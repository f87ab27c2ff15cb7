"""Actor and place mentions: knowledge-base matches composed into noun phrases, with coreference.

A noun phrase joins a sector noun or title («رئيس جهاز المخابرات»), the country that qualifies it
(nisba «السعودي», construct «خارجية إيران», «للمجلس … الإيراني», «في العراق») and the person named
after it («الفريق خالد بن علي الحميدان»). Coreference within a document links a family name to
the full name met earlier, «المملكة»/«السلطنة» to the kingdom or sultanate being discussed,
«البلدان»/«الجانبان» to the two states just named, and a bare «الوفد» to the delegation described
earlier.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Optional

from ..kb.knowledge import MIN_SKELETON, KnowledgeBase, NameRef, respelt_vowels, skeleton
from ..kb.matcher import TokenTrie, phrase_keys
from ..kb.neighbours import land_neighbours
from ..schema import Entity, Mention, Token
from ..text.normalize import normalize, normalize_keep_ta, strip_diacritics
from ..text.tokens import strip_article

# Preference when one name has several readings.
_KIND_RANK = {"person": 0, "group": 1, "organisation": 2, "country": 3, "capital": 4, "seat": 5,
              "agent": 6, "demonym": 7, "place": 8}
# Ranks and honorifics that may stand between a title and a name.
HONORIFICS = frozenset(
    "فريق لواء عميد عقيد عماد جنرال مشير شيخ امير دكتور سيد سيده استاذ مهندس ملا ايه حجه "
    "رئيس قائد ملك سلطان".split()
)
# honorifics and titles that stand before a name and leave its holder's code to the name («المرشد علي خامنئي»)
_TITLES_BEFORE_NAMES = HONORIFICS | frozenset({"مرشد"})
# Prepositions read from the word before a mention (separate words) or its proclitics.
PREPOSITIONS = frozenset(
    "مع الي الى علي ضد من عن في لدي نحو حول بين تجاه قبل يد عبر خلال بشان لصالح بحق".split()
)
QUANTIFIERS = frozenset("بعض كل جميع كافه احد كبار معظم غالبيه اغلب بقيه باقي".split())
_PARTITIVE_HEADS = frozenset("كل عدد عشرات مئات الاف الآلاف بعض مجموعه دفعه العديد اثنين ثلاثه اربعه خمسه "
                             "سته سبعه ثمانيه تسعه عشره عنصرين عناصر افراد اعضاء مقاتلين قاده كثير الكثير".split())
# «القيادي (العسكري البارز) في حزب الله»: a leading figure of the body after «في» is one of its own
_LEADING_FIGURES = frozenset("قيادي قياديه قياديون قياديين قياديو قياديي قيادات".split())
_HIS_COUNTRY = frozenset("بلاده بلادها بلادهم بلادهما بلده بلدها بلدهم".split())
_THEIR_GOVERNMENT = frozenset("حكومتهم حكومتهما".split())  # «أكد مسؤولون إسرائيليون أن حكومتهم لن تتفاوض»
_ON_ITS_BEHALF = frozenset("باسمه باسمها باسمهم".split())  # «المتحدث باسمها»
_SAYING = frozenset("بالقول قائلا قائله".split())  # «ردّ الوزير بالقول إن بلاده …»: what the named one said
# «اتفاق جوبا», «مسار أستانة», «إعلان جدة»: a city after these names an accord or a process, not a party
# to it (a city after «مؤتمر» or «قمة» is mostly its host, who takes part: «مؤتمر بغداد للتعاون»)
_NAMED_FOR_PLACE = frozenset("اتفاق اتفاقيه اتفاقات اتفاقيات اعلان مسار تفاهمات صيغه مبادره بروتوكول".split())
# «الجماعة», «الكتائب», «الجبهة», «الحرس», «الهيئة», «الائتلاف»: the group just named
_GROUP_HEADS_ALONE = frozenset("جماعه حركه حزب تنظيم ميليشيا مليشيا كتائب الويه جبهه حرس هيئه ائتلاف".split())
# the «ف» that opens the answer of «أما X، …»: «فقد رحبت», «فإن», «فهي»
_ANSWER_OF_AMMA = frozenset("فقد فان فانها فانه فهي فهو فلم فلن".split())
_GROUP_HEADS = frozenset("دول عواصم بلدان الدول العواصم البلدان حلفاء".split())  # «حلفاءها الخليجيين»
_ALLIES = "حلفاء"
_LEADERS_OF_GROUP = frozenset("وزراء قاده زعماء رؤساء".split())  # «الوزراء الثلاثة»: of the states listed
_NEIGHBOURHOOD = frozenset("جوار الجوار مجاوره المجاوره".split())  # «دول جوار السودان», «الدول المجاورة للعراق»
OFFICES_OF_A_PERSON = frozenset("مكتب ديوان فريق حمله".split())  # «في مكتب أولمرت»
_JOINT = frozenset("مشتركه مشترك".split())  # «بوساطة مشتركة قطرية»
_REGIME = "النظام"  # the bare «النظام»: a government its opponents speak of
# a host's or mediator's phrase («بضيافة المملكة», «بوساطة قطرية»): never one of «الطرفان»
_GO_BETWEEN_WORDS = frozenset("ضيافه رعايه وساطه استضافه".split())
_NEIGHBOURS_WORDS = frozenset({"جيران"})  # «جيران العراق»
_MEMBERS_FOLLOW = frozenset("من منها بينها".split())  # «، ومن هذه الدول الإمارات», «، ومنها …», «، بينها …»
# heads of a channel's or paper's quoted name («في مقابلة مع شبكة «إن بي سي نيوز»»: the name is under «مع»)
_MEDIA_HEADS = frozenset("قناه شبكه صحيفه جريده وكاله موقع مجله تلفزيون اذاعه".split())
_PEOPLE_ENDINGS = ("يين", "يون")  # «السوريين», «اللبنانيون»: a people, not a nisba on a noun
THESE = frozenset({"هذه", "وهذه", "فهذه", "تلك", "وتلك"})  # «هذه الدول»: the states just listed
# heads of a body whose name may follow in quotation marks («قوى «الحرية والتغيير»», «جبهة «النصرة»»)
_QUOTED_NAME_HEADS = frozenset("قوي جبهه هيئه حركه تحالف حزب تيار ائتلاف جماعه تنظيم كتائب منظمه".split())
_GROUP_QUALIFIERS = frozenset("اربع اربعه ثلاث ثلاثه خمس ست مقاطعه محاصره اعضاء".split())
_GROUP_SIZES = {"ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "ست": 6}
_PAIR_WORDS = frozenset("بلدان بلدين جانبان جانبين طرفان طرفين دولتان دولتين عاصمتان عاصمتين حكومتان حكومتين "
                        "وزيران وزيرين وزيرا وزيري رئيسان رئيسين زعيمان زعيمين وفدان وفدين وفدا وفدي "
                        "طرفي جانبي جيشان جيشين قيادتان قيادتين".split())
# what a party holds or who fights for it: «على مواقع لـ X», «ضد مسلحي X» strike X
_HOLDINGS = frozenset("مواقع موقع مقرات مقر معاقل اهداف مراكز منازل تجمعات مخازن قواعد ثكنات "
                      "مسلحي مقاتلي عناصر قاده قيادات انصار".split())
# (what the knowledge base's «الرئيس السابق», «الرئيس المخلوع» … say of a title after its state's nisba; keys)
_NO_LONGER_IN_OFFICE = frozenset("سابق سابقه اسبق مخلوع مخلوعه معزول معزوله مستقيل مستقيله مقال مقاله".split())
# «ترشح لمنصب الرئيس», «شغور منصب الرئيس»: a title after these names the office, not who holds it
_OFFICE_WORDS = frozenset({"منصب", "مناصب"})
_OFFICE_SECTORS = frozenset("GOV MIL COP SPY JUD LEG".split())
# what may stand between a title and its holder's name (not «مقال», also an article in a paper); «الراحل»: the late
# (and «آنذاك», then: «رئيس الوزراء آنذاك بنيامين نتنياهو» is the man, whatever «رئيس الوزراء» has come to mean since)
_OFFICE_QUALIFIERS = _NO_LONGER_IN_OFFICE - {"مقال", "مقاله"} | frozenset(
    "منتخب مؤقت جديد مكلف الله راحل انذاك حينذاك حينها وقتها وقتذاك".split())
_PLACE_HEADS = frozenset("مطار ميناء مدينه محافظه بلده قريه منطقه عاصمه ولايه اقليم معبر جزيره مخيم".split())
_WATERS = frozenset("محيط بحر خليج".split())  # a nisba after them names a sea, not a state
_LOCATIVE_NOUNS = frozenset("وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ضواحي اطراف قرب انحاء مختلف عمق".split())
_SPATIAL_PREPOSITIONS = frozenset("امام خلف داخل خارج".split())  # before a building or a place: where, not who
_NOT_NOUNS = frozenset("ان لان بان كان انه انها قد لقد ثم لكن".split())  # «إلى أن السعوديين»: no noun to describe
FIRE_OF = frozenset("برصاص بنيران بقصف بقذائف بقذيفه بصاروخ بصواريخ بغاره بغارات".split())  # «برصاص X»: X fired
# «قتل مدنيون بقصف روسي»: the weapon or fire a nisba qualifies stands between it and the victims, and is no
# adjective of theirs
_BY_FIRE = FIRE_OF | frozenset("بهجوم بهجمات بضربه بضربات بتفجير بانفجار بمسيره بمسيرات".split())
_DUAL_TITLES = frozenset("وزيرا رئيسا زعيما قائدا مبعوثا ممثلا".split())  # before a definite genitive
# their oblique case (not «رئيسي», also Raisi's name and an adjective)
_OBLIQUE_DUAL_TITLES = frozenset("وزيري زعيمي قائدي مبعوثي ممثلي".split())
_PARTY_PAIR_WORDS = frozenset("طرفان طرفين جانبان جانبين طرفي جانبي".split())  # «الطرفان»: a state and a group too
_TREATY_PARTY_WORDS = frozenset("طرفان طرفين طرفي".split())  # often the sides others bind, not the sentence's pair
# what a pair word is called on to do when it names the two sides of a fight: «دعت الطرفين إلى ضبط النفس»
_CALM_WORDS = frozenset("ضبط تحلي تهدئه هدوء وقف خفض تصعيد امتناع".split())
# the sides of a fight so called: «الأطراف المتحاربة», «الطرفين المتنازعين», «طرفي النزاع»
_FIGHTING_SIDES = frozenset("اطراف طرفين طرفان طرفي".split())
_AT_WAR = frozenset("متحاربه متحاربين متحاربان متنازعه متنازعين متنازعان متقاتله متقاتلين متصارعه متصارعين "
                    "نزاع صراع قتال حرب".split())
PARTIES = "اطراف"
_ALL = frozenset("جميع كافه كل".split())  # «جميع الأطراف», «الأطراف كافة»
_GENERIC_STATE_WORDS = frozenset({"مملكه", "سلطنه"})
_NON_STATE_CODES = frozenset({"UNO", "IGO", "EUR", "NGO", "IMG"})  # codes of no state
_PORTFOLIO_WORDS = 4  # definite words of a title's portfolio before its nisba («وزير الري والموارد المائية السوداني»)
_STATE_KINDS = frozenset({"country", "capital", "seat"})
_LATTER = {"اخير": False, "اخيره": True}  # «الأخير», «الأخيرة»: the latter, and whether feminine
_BEFORE_LAST = frozenset({"قبل"})  # «الدور قبل الأخير»: the one before last
_MASCULINE_STATE_NAMES = frozenset("عراق لبنان اردن سودان مغرب يمن بحرين".split())  # states named by a masculine noun
_TERRITORY_NOUNS = frozenset("اراضي الاراضي".split())
_OWNER_KINDS = _STATE_KINDS | {"demonym"}
# heads of titles and bodies → their bare definite forms (the knowledge base's names), which refer
# back to the last one named; «الرئيس» is not among them: after «رئيس الوزراء» it is another man
_FORMER = {"السابق": "السابق", "الاسبق": "الأسبق", "السابقه": "السابقة"}  # normalised → as the KB's titles write it
_TITLE_QUALIFIERS = frozenset("عام عامه تنفيذي تنفيذيه".split())  # «المدير العام لـ», «الرئيسة التنفيذية لـ»
# portfolios whose ministry the press names by the portfolio and its state's nisba alone («الدفاع الروسية»)
# («العمل», «الاتصالات» are left out: «أرباب العمل التركية», «الاتصالات الأميركية» are employers and contacts)
_SHORT_PORTFOLIOS = ("الدفاع", "العدل", "الإعلام", "الخزانة", "الصحة", "النفط", "البترول", "التموين", "الأوقاف",
                     "الكهرباء", "الطاقة", "التربية", "التعليم", "الزراعة", "الهجرة", "الاقتصاد", "التجارة", "التخطيط",
                     "الثقافة", "النقل", "السياحة", "البيئة", "الإسكان")
_BARE_TITLES = {"وزير": "الوزير", "وزيره": "الوزيرة", "وزاره": "الوزارة", "سفير": "السفير", "مبعوث": "المبعوث"}
_ORGANISATION = phrase_keys("منظمة")[0]
_COALITION = phrase_keys("تحالف")[0]
_PRESIDENT = "الرئيس"  # the knowledge base's title, also the head of «رئيس البرلمان الأوروبي»
_ADVERB_OPENERS = frozenset("اما واما".split())  # a nisba as an adverb: «أما دولياً، …»
_BASE = "قاعده"
_STRIP, _GAZA = "قطاع", "غزه"
# definite adjectives the Gaza Strip takes («القطاع المحاصر»); any other makes «القطاع» a sector («القطاع الخاص»)
_STRIP_ADJECTIVES = frozenset("المحاصر الساحلي الفلسطيني".split())
_BASE_KINDS = frozenset("عسكريه جويه بحريه".split())
_RIGHT_HAND = "يمنى"  # with its alef maqsura, «يمنى» normalises like the nisba «يمني»
_YEMENI = "يمني"  # the normalised form both share
_QUALIFIER_KINDS = frozenset({"country", "capital", "seat", "demonym", "organisation", "group"})
LED_BY = "بقياده"
LEADING = frozenset("تقوده تقودها يقوده يقودها بقياده".split())  # «التحالف الذي تقوده X», «بقيادة X»
_LED_COALITIONS = frozenset("تحالف ائتلاف".split())  # whose forces are their leader's: «مقاتلات تحالف تقوده X»
_PRESIDING = frozenset("تراسها يراسها تراسه يراسه تتولاها يتولاها".split())  # «التي ترأسها X»: whom X heads
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # a ministry, a court, a force: of a state
# words that begin like the article but are none: «إلى», «إلا», «الآن»
_ARTICLE_LOOKALIKES = frozenset("الي الا الان".split())
# a definite noun, not an adjective, that follows a group named again: «محمّلًا الحركة المسؤولية» (blamed it)
_SECOND_OBJECTS = frozenset({"المسؤوليه"})
RELATIVES = frozenset("الذي التي الذين اللذين اللتين اللذان اللتان اللواتي والتي والذي".split())


_GLOSS_OPENERS = frozenset('«"“”(')
_SCENE_OPENERS = frozenset({"في", "وفي", "ففي"})


# forces named as no state's own: «القوات الأجنبية», «قوات حفظ السلام», «القوات الدولية»
_FOREIGN_FORCES = (("اجنبيه",), ("دوليه",), ("امميه",), ("حفظ", "سلام"), ("متعدده", "جنسيات"))


def foreign_forces(phrase: str) -> bool:
    """«للقوات الأجنبية», «قوات حفظ السلام»: the phrase names forces of other states than the one they are in."""
    keys = phrase_keys(phrase)[1:]
    return any(keys[i:i + len(words)] == words for words in _FOREIGN_FORCES for i in range(len(keys)))


def _possessor_is_masculine(tokens: list[Token], i: int) -> bool:
    """Whether the possessive pronoun of the phrase starting at token i is «ه» (his/its, masculine)."""
    return any(t.enclitic == "ه" for t in tokens[i:i + 2]) and not any(t.enclitic == "ها" for t in tokens[i:i + 2])


def _feminine_nisba(t: Token) -> bool:
    """«الفلسطينية», «السعودية» as an adjective agreeing with a feminine noun."""
    return t.norm.endswith("يه") and t.text.endswith(("ية", "يّة"))


# titles that also qualify a body, as adjectives («المجلس العسكري الحاكم», «الجهة المسؤولة»); a person's title after a
# body names another party («اعتقلت الشرطة الناشط …», «استقبل الوفد السفير …»)
_AGREEING_TITLES = frozenset("حاكم حاكمه مسؤول مسؤوله مسئول مسئوله".split())


def _plural_before_singular(head: Token, word: Token) -> bool:
    """«المسلحون الصحفي»: a singular word («الصحفي», also the adjective "journalistic") agrees with no sound plural
    or dual before it; it is the verb's object, not an adjective of its subject."""
    return head.norm.endswith(("ون", "ين")) and len(head.norm) >= 5 and not word.norm.endswith(("ون", "ين", "ات"))


def _unbound_sound_plural(tok: Token) -> bool:
    """«محتجون», «مسؤولين»: a sound plural keeping its «ن», so in no construct with the noun after it (a
    construct drops it: «محتجو»)."""
    return not has_article(tok) and len(tok.norm) >= 5 and tok.norm.endswith(("ون", "ين"))


# heads of state and government and ministers: a state's own executive, whom a paragraph set in that state names
# bare (not its envoys, prosecutors or an organisation's officers, who are often foreign there)
_STATE_EXECUTIVE_TITLES = frozenset({"رئيس", "وزير", "وزيره", "نائب"})


def _opening_scene(tokens: list[Token], raw) -> Optional[str]:
    """The state of a sentence that opens «وفي COUNTRY،» or «وفي CAPITAL،» («وفي نيروبي نفسها،»): the scene of what
    follows."""
    if not raw:
        return None
    start, end, ref, ent = raw[0]
    if end + 1 < len(tokens) and tokens[end + 1].norm in _ITSELF:
        end += 1
    if ref.kind not in ("country", "capital") or start != 1 or tokens[0].norm not in _SCENE_OPENERS \
            or end + 1 >= len(tokens) or tokens[end + 1].text not in "،,":
        return None
    return ent.code


_ITSELF = frozenset("نفسها نفسه ذاتها ذاته".split())


def _definite_feminine_nisba(t: Token) -> bool:
    """«الحوثية», «الكردية»: an adjective that agrees with the definite noun before it."""
    return has_article(t) and t.norm.endswith("يه") and len(t.norm) > 5


@dataclass
class NP(Mention):
    """A mention with what the coder needs to place it in the sentence."""

    prep: str = ""  # the preposition introducing it («مع», «ب», «ل», «في» …), "" if none
    coordinated: bool = False  # starts with «و» (a conjoined phrase)
    kinds: tuple[str, ...] = ()  # kinds of the KB names composed into it
    agent_phrase: Optional[str] = None  # the sector noun it contains, for «الوفد»-style coreference


@dataclass
class DocumentMemory:
    """What earlier sentences of the document said about who is who."""

    aliases: TokenTrie = field(default_factory=TokenTrie)
    salience: Counter = field(default_factory=Counter)
    recent_states: list[str] = field(default_factory=list)
    recent_parties: list[str] = field(default_factory=list)  # states and armed or political groups
    agent_codes: dict[str, Entity] = field(default_factory=dict)
    last_group: list[str] = field(default_factory=list)  # the last list of three or more states
    # states named before that list in its sentence: «انضمت البحرين إلى السعودية والإمارات ومصر» … «الدول الأربع»
    group_joiners: list[str] = field(default_factory=list)
    org_heads: dict = field(default_factory=dict)  # first word of a named organisation → its id («الجامعة»)
    named_heads: set = field(default_factory=set)  # group heads the text itself used («حركة حماس»)
    # the word after the head of a group's two-word name → its id: «النهضة» in quotes after «حركة النهضة»
    quoted_names: dict = field(default_factory=dict)
    go_betweens: set = field(default_factory=set)  # codes that mediated or hosted: never one of «الطرفان»
    accord_pair: list = field(default_factory=list)  # the two states of the last deal or talks: «الزعيمين» after
    # the pairs of codes of attacks told as done → how many, and their two sides (entities) as last named
    fights: dict = field(default_factory=dict)
    articleless_families: set = field(default_factory=set)  # family names written without «ال» («صالح», not «الصالح»)
    families_of: set = field(default_factory=set)  # the persons whose family names are aliases already
    base_named: bool = False  # a military base was named («قاعدة الوطية»): «القاعدة» is it, not al-Qaeda
    gaza_named: bool = False  # Gaza was named: a bare «القطاع» is the Gaza Strip
    # the first word of a named bloc of states → its id, kept across paragraphs: «دول المجلس» can only be a
    # council of states («مجلس التعاون»), whatever «المجلس» alone has come to mean since
    bloc_heads: dict = field(default_factory=dict)
    neighbourhood_of: Optional[str] = None  # the state whose neighbours «دول جوار X» named: a later «دول الجوار»
    # the first word of a state body the text named without a knowledge-base name → that body: «مجلس قيادة
    # رئاسي جديد» … «رئيس المجلس», and «المجلس الأعلى للقضاء» … «وردّ المجلس»
    bodies: dict = field(default_factory=dict)
    paragraphs_begun: int = 0
    # a court the lead paragraph named («المحكمة الجنائية الدولية» … «المحكمة»): the story's own, kept across
    # paragraphs
    lead_heads: dict = field(default_factory=dict)
    # the state a sentence of this paragraph opened in («وفي إسرائيل، …»), and the titles named in the paragraph
    # since: a later bare «رئيس الوزراء» of the paragraph is that state's, not the last prime minister named
    scene: Optional[str] = None
    paragraph_titles: set = field(default_factory=set)

    def remember_fight(self, doer: Entity, target: Entity) -> None:
        """An attack told as done by `doer` on `target` (two different codes, or sectors of one state: an army and its
        rebels), each a knowledge-base entry or a state's body; the latest pair goes last."""
        key = frozenset((doer.code, target.code)) if doer.code != target.code \
            else frozenset(((doer.code, doer.sector), (target.code, target.sector)))
        count = self.fights.pop(key, (0, None))[0]
        self.fights[key] = (count + 1, [doer, target])

    def warring(self, told: int = 1) -> list[Entity]:
        """The two sides of the fight the document has told most often (the latest of equals), if told at least
        `told` times."""
        count, sides = max(reversed(self.fights.values()), key=lambda fight: fight[0], default=(0, []))
        return sides if count >= told else []

    def new_paragraph(self) -> None:
        """Forget the heads a state's own body is also called: «البرلمان» two paragraphs after «البرلمان الأوروبي»
        is the parliament of the story's state again — unless the lead paragraph named it."""
        self.paragraphs_begun += 1
        self.scene = None
        self.paragraph_titles.clear()
        for head in _BODY_HEADS:
            if head in self.lead_heads:
                self.org_heads[head] = self.lead_heads[head]
            else:
                self.org_heads.pop(head, None)


def _remember_quoted_names(tokens: list[Token], raw, memory: DocumentMemory) -> None:
    """«حركة «النهضة»» … «ودانت «النهضة»»: the word after the head of a group's two-word name names it again, in
    quotes, in the sentences after."""
    for start, end, ref, _ in raw:
        words = [t for t in tokens[start:end + 1] if t.is_word]
        if ref.kind == "group" and len(words) == 2 and _group_head_word(words[0].keys[0]):
            memory.quoted_names[words[1].keys[-1]] = ref.entry.id
        elif ref.kind == "group" and len(words) == 1 and start >= 2 and tokens[start - 1].text in QUOTES \
                and _group_head_word(tokens[start - 2].keys[-1]):
            memory.quoted_names[words[0].keys[-1]] = ref.entry.id  # «حركة «فتح»», matched without its head


def _remember_blocs(raw, memory: DocumentMemory) -> None:
    """«الأمين العام لمجلس التعاون» … «قادة دول المجلس»: the head word of a bloc of states named in full, inside
    another phrase too, stands for it in «دول المجلس» later in the document."""
    for _, _, ref, _ in raw:
        if ref.kind == "organisation" and ref.entry.members and len(phrase_keys(ref.entry.names[0])) > 1:
            memory.bloc_heads[_head_word(ref.entry)] = ref.entry.id


def _past_portfolio(tokens: list[Token], k: int, stop: int, starts: set[int], reach: int = 4) -> int:
    """The first token from `k` on (before `stop`, at most `reach` on) that starts a mention or is not a definite
    word of a title's portfolio («الري والموارد المائية»)."""
    end = min(stop, k + reach)
    while k < end and k not in starts and tokens[k].is_word and has_article(tokens[k]):
        k += 1
    return k


def _definite_word_follows(tokens: list[Token], i: int) -> bool:
    """A definite word after token `i` («الجماعة الإسلامية»), not a preposition or object that looks like one,
    nor a plural in «ات», which no singular head takes as its adjective («وصف المكتب السياسي للجماعة الضربات»)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.is_word and nxt.norm.startswith("ال") \
        and nxt.norm not in _ARTICLE_LOOKALIKES | _SECOND_OBJECTS and not nxt.norm.endswith("ات")


def _of_gender(tokens: list[Token], m, feminine: bool) -> bool:
    """The raw match `m` names a party of that gender: a man or a woman, a state or city (feminine but
    for the few states named by a masculine noun, «العراق», «لبنان»)."""
    kind = m[2].kind
    if kind == "person":
        return m[3].feminine == feminine
    if kind in ("country", "capital"):
        return (tokens[m[0]].keys[-1] not in _MASCULINE_STATE_NAMES) == feminine
    return False


_WIDER_RECALL = 8  # states and parties the document memory keeps (the pair words look at the last four)


def _push(recent: list[str], item: str, keep: int = _WIDER_RECALL) -> None:
    if not recent or recent[-1] != item:
        recent.append(item)
        del recent[:-keep]


def _first_key_prefix(tok: Token, root_keys) -> str:
    """The proclitics in front of the key under which `tok` started a match."""
    best = None
    for k in tok.keys:
        if k in root_keys and tok.norm.endswith(k):
            p = tok.norm[: len(tok.norm) - len(k)]
            if best is None or len(p) < len(best):
                best = p
    best = best or ""
    if best.endswith("ال"):
        return best[:-2]
    if best.endswith("لل"):
        return best[:-1]  # لل = ل + ال
    return best


def _prep_of(tokens: list[Token], i: int, prefix: str, head_noun: bool = False) -> tuple[str, bool]:
    """(preposition, coordinated) for a phrase starting at token i with clitic prefix `prefix`."""
    conj = prefix[:1] in ("و", "ف")
    rest = prefix[1:] if conj else prefix
    if rest[:1] == "ل" or not rest:
        # «غارات على مواقع للدعم السريع», «قصف مواقع لحزب الله», «ضد مسلحي حزب العمال»: the strike is on them
        held = _targeted_holdings(tokens, i, owned_by=rest[:1] == "ل")
        if held is not None:
            return held, conj
    if rest[:1] in ("ب", "ل", "ك"):
        return rest[:1], conj
    while i > 1 and tokens[i - 1].is_word and tokens[i - 1].norm in QUANTIFIERS:
        i -= 1  # «مع بعض مدراء …», «على عدد من …»
    if i > 1 and tokens[i - 1].norm == "من" and tokens[i - 2].norm.removeprefix("و") in _PARTITIVE_HEADS:
        return "", conj  # «كل من السعودية والإمارات», «وكثير من المزارعين»: partitive, not a preposition
    if not prefix and i > 1 and tokens[i - 1].text in QUOTES and tokens[i - 2].norm in ("و", "ف"):
        return "", True  # «بين الجيش و«قوات الدعم السريع»»: the conjunction stands before the quote
    if not prefix and i > 1 and tokens[i - 1].text in QUOTES:
        # «وعلى «حزب الله»», «على تنظيم «الدولة الإسلامية»»: a quoted name takes the preposition before
        # the quote or before its bare head noun («في» is left out: «قادة في «الإطار»» are its members)
        k = i - 3 if i > 2 and tokens[i - 2].keys[-1] in _GROUP_HEADS_ALONE | _MEDIA_HEADS \
            and not tokens[i - 2].proclitics else i - 2
        word = tokens[k]
        if word.is_word and word.keys[-1] in PREPOSITIONS and word.keys[-1] != "في":
            return word.keys[-1], word.norm.startswith("و")
    if not prefix and leading_figure_of(tokens, i):
        return "", conj
    if i > 1 and tokens[i - 1].norm == "طريق" and tokens[i - 2].norm.removeprefix("و") == "عن":
        return "عبر", conj  # «تسليح الجيش اللبناني عن طريق فرنسا»: through a go-between, as «عبر»
    if i > 0:
        prev = tokens[i - 1]
        if prev.is_word and prev.keys[-1] in _LOCATIVE_NOUNS and not conj and prev.norm.removeprefix("و") != "الاطراف":
            # («الأطراف اللبنانية» are Lebanon's parties, not its outskirts)
            return "في", False  # «في وسط القاهرة», «بشمال اليابان», «قرب بغداد»: where, not with whom
        if prev.is_word and prev.keys[-1] in _SPATIAL_PREPOSITIONS:
            return prev.keys[-1], conj or prev.norm.startswith("و")  # «تجمع المئات أمام السفارة الفرنسية»: where
        if prev.is_word and (prev.norm == "بجانب" or (prev.norm == "جانب" and i > 1 and tokens[i - 2].norm in ("الي", "والي"))):
            return "جانب", conj or tokens[i - 2].norm == "والي"  # «إلى جانب الأردن»: beside, with
        if prev.is_word and prev.keys[-1] in PREPOSITIONS and not _expressed(tokens, i - 1):
            return prev.keys[-1], conj or prev.norm.startswith("و")
        if prev.is_word and prev.norm in PREPOSITIONS and not _expressed(tokens, i - 1):
            return prev.norm, conj
        if head_noun and prev.is_word and not conj and prev.norm not in _NOT_NOUNS:
            # a nisba after a plain noun: the phrase is that noun's («عن صحفي فرنسي», «بدور قطر»)
            pre = prev.proclitics.removesuffix("ال").removesuffix("ل") if prev.proclitics.endswith(("ال", "لل")) else prev.proclitics
            if pre[-1:] in ("ب", "ل", "ك"):
                return pre[-1:], pre[:1] in ("و", "ف")
            if pre in ("و", "ف"):
                # «الولايات المتحدة والكيان الصهيوني»: the noun carries the «و»; a place's kind conjoined to
                # another under a preposition shares it («عن مطار صنعاء وميناء الحديدة»)
                return _shared_place_prep(tokens, i - 1), True
            if i > 2 and tokens[i - 2].norm == "من" and tokens[i - 3].norm in _PARTITIVE_HEADS:
                return "", False
            if i > 1 and tokens[i - 2].is_word and tokens[i - 2].norm in PREPOSITIONS:
                return tokens[i - 2].norm, False
    return "", conj


def leading_figure_of(tokens: list[Token], i: int) -> bool:
    """«في» before token `i` follows a leading figure and up to two adjectives: he is of that body."""
    if i < 2 or tokens[i - 1].norm != "في":
        return False
    for k in range(i - 2, max(i - 5, -1), -1):
        if not tokens[k].is_word or tokens[k].keys[-1] in PREPOSITIONS:
            return False
        if tokens[k].keys[-1] in _LEADING_FIGURES:
            return True
    return False


def _expressed(tokens: list[Token], k: int) -> bool:
    """Token `k` is «عبّر» (expressed), not «عبر» (through): voweled with a shadda, or followed by
    «عن» in the same clause («بينما عبّر الأمين العام لجامعة الدول العربية عن «قلق بالغ»»)."""
    if tokens[k].keys[-1] != "عبر":
        return False
    if "\u0651" in tokens[k].text:
        return True
    for tok in tokens[k + 1:k + 1 + _EXPRESSED_REACH]:
        if not tok.is_word:
            return False
        if tok.norm == "عن":
            return True
    return False


_EXPRESSED_REACH = 9  # words from «عبّر» over its subject to «عن»


def _accord_names(tokens: list[Token], nps: list[NP]) -> list[NP]:
    """«باتفاق جوبا للسلام», «مسار أستانة»: a city naming an accord or a process is not its state."""
    return [np for np in nps if not (np.kinds == ("capital",) and np.first_token > 0
                                     and tokens[np.first_token - 1].keys[-1] in _NAMED_FOR_PLACE)]


def _state_of_its_own(ref: NameRef) -> bool:
    """A sector phrase that names its state itself («جيش الاحتلال», «حكومة الاحتلال»)."""
    return ref.kind == "agent" and any(role.code for role in ref.entry.roles)


def _shared_place_prep(tokens: list[Token], k: int) -> str:
    """The preposition before the first of conjoined places' kinds, «عن مطار صنعاء وميناء الحديدة», for
    the place-kind word at `k` («وميناء»); "" when there is none."""
    if tokens[k].keys[-1] not in _PLACE_HEADS:
        return ""
    for j in range(k - 1, max(0, k - _CONJOINED_PLACE_REACH) - 1, -1):
        if tokens[j].is_word and tokens[j].keys[-1] in _PLACE_HEADS and not tokens[j].proclitics.startswith(("و", "ف")):
            clitic = tokens[j].proclitics.removesuffix("ال") if tokens[j].proclitics.endswith("ال") else tokens[j].proclitics
            if clitic[:1] in ("ب", "ل"):
                return clitic[:1]  # «بمطار صنعاء وميناء الحديدة», «للمطار»
            before = tokens[j - 1] if j > 0 else None
            return before.keys[-1] if before is not None and before.is_word and before.keys[-1] in PREPOSITIONS else ""
    return ""


_CONJOINED_PLACE_REACH = 4  # words back from «وميناء» to the first place's kind («مطار صنعاء الدولي»)


def _targeted_holdings(tokens: list[Token], i: int, owned_by: bool) -> Optional[str]:
    """What token `i` names holds what is struck — «على مواقع لـ», «ضد مقرات تابعة لـ», «قصف مواقع لـ»
    (`owned_by`: with «لـ») or «ضد مسلحي X» (construct): the preposition governing the holdings
    («علي», «ضد»), "" when they are a verb's object, None when this is no such phrase."""
    k = i - 1
    if owned_by and k >= 0 and tokens[k].keys[-1] in ("تابعه", "تابعين"):
        k -= 1
    if k < 0 or tokens[k].keys[-1] not in _HOLDINGS or tokens[k].proclitics:
        return None
    before = tokens[k - 1].keys[-1] if k >= 1 and tokens[k - 1].is_word else ""
    if before in ("علي", "ضد"):
        return before
    return "" if owned_by and before not in PREPOSITIONS else None


def _sentence_pair(tokens: list[Token], raw, i: int) -> list[str]:
    """The states of the people, states and nisbas named before token `i` in this sentence (not after a
    preposition: «في القدس» is where), when they are exactly two."""
    codes = _sentence_parties(tokens, raw, i, bare=True)
    return codes if len(codes) == 2 else []


_PAIR_MEMBER_KINDS = _STATE_KINDS | {"demonym", "person"}


def _sentence_parties(tokens: list[Token], raw, i: int, bare: bool = False) -> list[str]:
    """The states of the people, states and nisbas named before token `i` in this sentence as parties (not a host's
    or a mediator's: «بضيافة المملكة»): with `bare`, after no preposition; else after any but «في», which names
    where («في الرباط»)."""
    codes: list[str] = []
    for start, _, ref, ent in sorted(raw, key=lambda m: m[0]):
        if start < i and ent.code and ref.kind in _PAIR_MEMBER_KINDS and ent.code not in codes \
                and not _after_go_between(tokens, start) \
                and (_bare(tokens, start) if bare else not (start > 0 and tokens[start - 1].keys[-1] == "في")):
            codes.append(ent.code)
    return codes


def _after_go_between(tokens: list[Token], i: int) -> bool:
    """The mention at token `i` follows a host's or mediator's word («بضيافة المملكة», «بوساطة قطرية», «بوساطة
    مشتركة قطرية»)."""
    if i > 1 and tokens[i - 1].keys[-1] in _JOINT:
        i -= 1
    return i > 0 and tokens[i - 1].keys[-1] in _GO_BETWEEN_WORDS


def _go_betweens(tokens: list[Token], nps) -> set[str]:
    """The codes of the mentions that follow a go-between's word, and of those conjoined right after them
    («بوساطة مشتركة قطرية وليبية»)."""
    out: set[str] = set()
    last = None
    for np in nps:
        if np.code and (_after_go_between(tokens, np.first_token)
                        or last is not None and np.coordinated and np.first_token == last.last_token + 1):
            out.add(np.code)
            last = np
        else:
            last = None
    return out


def _bare(tokens: list[Token], i: int) -> bool:
    """No preposition before token `i` («وقع البلدان», not «بين البلدين», «للبلدين»)."""
    if tokens[i].proclitics.rstrip("ال").endswith(("ب", "ل", "ك")) or tokens[i].proclitics.endswith("لل"):
        return False
    return i == 0 or not (tokens[i - 1].is_word and tokens[i - 1].keys[-1] in PREPOSITIONS)


# what a group has: its delegation, fighters, leaders, spokesman, wing and office («وفدها», «مقاتليها»)
_GROUP_MEMBER_HEADS = frozenset("وفد قوات عناصر مقاتلي مسلحي قاده قياده ناطق متحدث جناح مكتب زعيم".split())
_ORGAN_WORDS = frozenset("مجلس قمه امانه لجنه مفوضيه بعثه".split())
_RESTATED_BODY_HEADS = frozenset("مجلس لجنه مفوضيه".split())  # the organ words a body's full title is said again by
# the head words of a force or mission named in full: its head is «قائد القوة», but «القوة» alone is force
_MISSION_WORDS = frozenset("قوه بعثه".split())


def _group_head_word(key: str) -> Optional[str]:
    """«جماعه», «حركه» of «جماعة الحوثي», «وحركة حماس»: the head word a group was named with, if any."""
    return next((k for k in (key, key[1:]) if k in _GROUP_HEADS_ALONE), None)


def _group_heads(group) -> set[str]:
    """Every head word the group's names use («جماعة الحوثي», «حركة أنصار الله»): «الجماعة» is the
    Houthis after «الحوثيون» too."""
    return {h for n in group.names if (keys := phrase_keys(n)) and (h := _group_head_word(keys[0]))}


# heads of organisations' names that a state's own parliament, council or court is also called («البرلمان
# الأوروبي», «مجلس التعاون», «محكمة العدل الدولية»)
_BODY_HEADS = frozenset(phrase_keys("البرلمان المجلس المحكمة"))
# (a court the lead names stays «المحكمة»: a state's own court is named by its kind or state, «المحكمة العليا»,
# where its parliament or council is «البرلمان», «المجلس» alone)
_LEAD_BODY_HEADS = frozenset(phrase_keys("المحكمة"))


def _head_word(org) -> str:
    """The first word of an organisation's name, by which the press names it again («المجلس»)."""
    return phrase_keys(org.names[0])[0]


def _persons(refs) -> bool:
    return all(r.kind == "person" for r in refs)


_HAMZAS = frozenset("أإآؤئء")


def _hamza_mismatch(tok: Token, entry) -> bool:
    """«ترأس» (he chaired) is not «تراس» (Truss): a word written with a hamza is not a one-word
    name that has none."""
    written = tok.text[len(tok.proclitics):]
    if not _HAMZAS & set(written):
        return False
    key = tok.keys[-1]
    names = [n for n in entry.names if phrase_keys(n) in ((key,), (strip_article(key),))]
    return bool(names) and not any(_HAMZAS & set(n) for n in names)


def _article_mismatch(tok: Token, entry) -> bool:
    """«الهادي» (an imam's epithet) is not «هادي» (the Yemeni president): a definite word is not a
    one-word personal name written without the article («الأسد», «السيسي» are written with it)."""
    if not has_article(tok):
        return False
    if not tok.proclitics and any(phrase_keys(n) == (tok.norm,) for n in entry.names):
        return False  # «كالاس» (Kallas), kept whole, is the name as written, not «ك» + «ال» + «اس»
    key = strip_article(tok.keys[-1])
    names = [n for n in entry.names if phrase_keys(n) == (key,)]
    return bool(names) and not any(normalize(n).startswith("ال") for n in names)


def _last_word_mismatch(tokens: list[Token], start: int, end: int, entry) -> bool:
    """The phrase `start`..`end` ends in a definite word where every name of `entry` of that length ends in a bare
    one, or the other way round («محمد العيسى» against «محمد عيسى»)."""
    names = [normalize(n).split() for n in entry.names]
    names = [words for words in names if len(words) == end - start + 1]
    definite = has_article(tokens[end])
    return bool(names) and all(words[-1].startswith("ال") != definite for words in names)


def _bare_last_word(tokens: list[Token], start: int, end: int, entry) -> bool:
    """The phrase `start`..`end` ends in a bare word where every name of `entry` of that length ends in a definite
    one («خليل وزير» against «خليل الوزير»)."""
    return not has_article(tokens[end]) and _last_word_mismatch(tokens, start, end, entry)


def after_preposition(tokens: list[Token], k: int) -> bool:
    """The word at `k` follows a preposition, as a word or a clitic («في النيجر», «بالنيجر»)."""
    return (k > 0 and tokens[k - 1].norm in PREPOSITIONS) or tokens[k].proclitics.lstrip("وف")[:1] in ("ب", "ل", "ك")


def _missing_article(tok: Token, entry) -> bool:
    """«شرع أكثر من ألف أسير» (began) is not «الشرع» (Ahmad al-Sharaa): a one-word personal name listed
    only with the article needs it."""
    if has_article(tok):
        return False
    names = [n for n in entry.names if phrase_keys(n) == (tok.keys[-1],)]
    return bool(names) and all(normalize(n).startswith("ال") for n in names)


def _is_construct(name: str) -> bool:
    """«رئيس الحكومة»: a head without the article and a definite genitive («طائرات مسيرة» is a noun
    and its adjective)."""
    words = normalize(name).split()
    return len(words) > 1 and not words[0].startswith("ال") and words[1].startswith("ال")


def _names_a_base(tokens: list[Token]) -> bool:
    """The sentence names a military base: «قاعدة» before a name («قاعدة الوطية», «قاعدة عين الأسد») or a kind of
    base («قاعدة عسكرية», «القاعدة الجوية»)."""
    for i, tok in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if tok.is_word and tok.keys[-1] == _BASE and nxt.is_word and (
                nxt.keys[-1] in _BASE_KINDS or (not has_article(tok) and has_article(nxt))):
            return True
    return False


def _feminine_adjective_follows(tokens: list[Token], i: int) -> bool:
    """A definite word in ـة right after token `i`: an adjective agreeing with it («القاعدة العسكرية»)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.is_word and nxt.norm.startswith("ال") and nxt.text.endswith(("ة", "ه"))


def _listed_states(raw, i: int) -> list[str]:
    """The states of a list of three or more named earlier in this sentence than token `i`."""
    run: list[str] = []
    listed: list[str] = []
    last_end = -2
    for start, end, ref, ent in sorted(raw, key=lambda m: m[0]):
        if start >= i:
            break
        if ref.kind in _STATE_KINDS and ent.code:
            if start > last_end + 1:
                run = []  # «السعودية والإمارات والبحرين»: the names of a list follow one another
            if ent.code not in run:
                run.append(ent.code)
            if len(run) >= 3:
                listed = list(run)
            last_end = end
    return listed


def _adjective_use(tokens: list[Token], mention, raw, adjectives: frozenset[str]) -> bool:
    """«الحدود البحرية», «شؤونها الداخلية»: a one-word sector noun that is also an adjective, right
    after a definite noun that names nobody, describes that noun."""
    start, end = mention[0], mention[1]
    if start != end or tokens[start].keys[-1] not in adjectives or start == 0:
        return False
    prev = tokens[start - 1]
    return prev.is_word and (has_article(prev) or bool(prev.enclitic)) \
        and not any(m[0] <= start - 1 <= m[1] for m in raw)


def _lacks_its_nisba(tokens: list[Token], mention, raw, nisba_only: frozenset[str]) -> bool:
    """«غرفة القيادة», «القيادة العسكرية»: a noun that names a state's body only with the state's nisba right after
    it («القيادة السعودية») names none without it."""
    if mention[2].entry.id not in nisba_only:
        return False
    return not any(m[0] == mention[1] + 1 and m[2].kind == "demonym" and has_article(tokens[m[0]]) for m in raw)


def _in_adjective_chain(tokens: list[Token], mention, raw, definite_states: frozenset[str]) -> bool:
    """«الدعم السياسي والمالي», «القطب الاقتصادي والمالي»: a nisba conjoined to an adjective that
    names nobody is an adjective too («المالي» is financial there, not Malian)."""
    start, end, ref = mention[0], mention[1], mention[2]
    tok = tokens[start]
    # (a state's name given the article it lacks, «والمالي», is a nisba too)
    nisba = ref.kind == "demonym" or _article_it_lacks(tok, ref, definite_states)
    if start != end or start == 0 or not nisba or not tok.norm.startswith("و"):
        return False
    prev = tokens[start - 1]
    return prev.is_word and has_article(prev) and prev.norm.endswith(("ي", "يه")) \
        and not any(m[0] <= start - 1 <= m[1] for m in raw)


def _article_it_lacks(tok: Token, ref, definite_states: frozenset[str]) -> bool:
    """A state's name written with an article its name lacks («المالي»; «ألمانيا» has its own «ال»)."""
    return ref.kind == "country" and has_article(tok) and ref.entry.id not in definite_states


def _adjective_homograph(tokens: list[Token], mention, raw, definite_states: frozenset[str]) -> bool:
    """«مجموعة العمل المالي», «النظام المالي»: a state's name that takes no article («مالي»), given one
    right after a definite noun that names nobody, is an adjective agreeing with that noun."""
    start, end, ref = mention[0], mention[1], mention[2]
    if start == end and start > 0 and ref.kind == "country" and tokens[start].norm == _MONEY_NISBA \
            and tokens[start - 1].is_word and not has_article(tokens[start - 1]) \
            and tokens[start - 1].keys[-1] in _MONEY_NOUNS:
        return True  # (and, as written, after an indefinite noun money qualifies: «رابطاً أي دعم مالي دولي»)
    if start != end or start == 0 or not _article_it_lacks(tokens[start], ref, definite_states):
        return False
    prev = tokens[start - 1]
    return prev.is_word and has_article(prev) and not any(m[0] <= start - 1 <= m[1] for m in raw)


# a state's name that is also the nisba of money, and the indefinite nouns it describes («دعم مالي», «فساد مالي»)
_MONEY_NISBA = "مالي"
_MALI = "MLI"
_MALIAN_FEMININE = "الماليه"
_MALIAN_BODIES = frozenset(
    "حكومه سلطات قوات خارجيه داخليه دفاع رئاسه معارضه اطراف حركات فصائل جماعات سفاره عسكريه انتقاليه".split())
_MONEY_NOUNS = frozenset(
    "دعم عجز فساد تمويل ضغط وضع عون سند تعويض مبلغ غطاء حافز مقابل اصلاح استقرار انهيار التزام عبء احتيال "
    "تحويل نقص شح مستشار خبير محلل اسناد دعما عونا سندا تعويضا مبلغا حافزا مقابلا".split())


def _names_a_street(tokens: list[Token], mention) -> bool:
    """«شارع فلسطين», «ساحة الجزائر»: a state's name right after a street's or a square's names the street, no
    party."""
    start, ref = mention[0], mention[2]
    if ref.kind != "country" or start == 0:
        return False
    prev = tokens[start - 1]
    return prev.is_word and not _STREET_WORDS.isdisjoint(prev.keys) and not prev.enclitic and not has_article(prev)


_STREET_WORDS = frozenset("شارع ساحه ميدان جاده دوار حي".split())


def _describes_place(mention, raw) -> bool:
    """«مدينة جنيف السويسرية», «ميناء الحديدة اليمني»: a nisba right after a place of its own
    state says where the place is; it names no party of its own."""
    start, end, ref, entity = mention
    return start == end and ref.kind == "demonym" and any(
        m[1] == start - 1 and m[2].kind in ("place", "capital") and m[3].code == entity.code for m in raw)


# adjectives that name a part of a place, not a common noun's quality («الغوطة الشرقية», «الكرادة الشرقية»)
_PLACE_QUALIFIERS = frozenset("شرقيه غربيه شماليه جنوبيه وسطي كبري قديمه جديده محتله".split())
# a name's last word followed by a word that makes an idiom or a region of it («أمريكا اللاتينية» is
# no United States)
_AMERICAS = frozenset({"لاتينيه", "جنوبيه", "وسطي", "شماليه"})
# words for a group's people or envoys: a group's name that is also a common word counts after them
# («وفد فتح», «نواب أمل», «مسؤول في فتح»)
_GROUP_MEMBERS = _LEADING_FIGURES | frozenset(
    "وفد وفدا قاده مسؤول مسؤولو مسؤولي عضو اعضاء باسم حركتا حركتي زعيم كوادر عناصر انصار مؤيدو مؤيدي ممثل ممثلو "
    "ممثلي نواب نائب وزيرا وزراء مقاتلو مقاتلي ناطق".split())
_MEMBERS_PREPOSITIONS = frozenset("في من عن".split())


def _beside_a_group(tokens: list[Token], i: int, found) -> bool:
    """Token `i` stands beside another group's name («فتح وحماس», «حماس وفتح») or after a word for a
    group's members, directly or before «في/من/عن» («وفد فتح», «قيادي في فتح»)."""
    def group(ends) -> bool:
        return any(ends(s, e) and any(r.entry.kind == "group" for r in refs) for s, e, refs in found)

    if i + 1 < len(tokens) and tokens[i + 1].proclitics.startswith("و") and group(lambda s, _: s == i + 1):
        return True
    if i > 0 and tokens[i].proclitics.startswith("و") and group(lambda _, e: e == i - 1):
        return True
    before = [t.keys[-1] for t in tokens[max(0, i - 4):i] if t.is_word]
    if before and before[-1] in _GROUP_MEMBERS:
        return True
    return len(before) >= 2 and before[-1] in _MEMBERS_PREPOSITIONS and not tokens[i - 1].proclitics \
        and any(k in _GROUP_MEMBERS for k in before[:-1])


def _remember_family_names(entry, memory: DocumentMemory) -> None:
    """A person named in full may be named again by the family name alone («سامانثا باور» … «باور»)."""
    if entry.id in memory.families_of:
        return
    memory.families_of.add(entry.id)
    for name in entry.names:
        words = phrase_keys(name)
        if len(words) >= 2 and len(words[-1]) >= 3 and words[-1] not in PREPOSITIONS:
            # «آل ثاني» is said whole: «الثاني» alone is "the second"; «بن علي» leaves no
            # alias «علي», which is also the preposition «على»
            family = words[-2:] if words[-2] == "ال" else words[-1:]
            memory.aliases.add(family, NameRef(entry, "person"))
            if not normalize(name.split()[-1]).startswith("ال"):
                memory.articleless_families.add(family[-1])
        written = name.split()
        if "بن" in written[1:]:
            # «العاهل السعودي الملك عبد الله بن عبد العزيز» … «الملك عبد الله»: an honorific and the given name
            given = " ".join(written[:written.index("بن")])
            for honorific in _HONORIFICS:
                memory.aliases.add_phrase(f"{honorific} {given}", NameRef(entry, "person"))


_HONORIFICS = ("الملك", "الأمير", "الشيخ", "السلطان")  # said before a royal's given name («الأمير محمد»)
# a word that is a family name and, with its clitic, an idiom: «لصالح» (in favour of) after «برهم صالح»
_FAMILY_NAME_IDIOMS = frozenset("لصالح لصالحه لصالحها لصالحهم لصالحهما".split())
_RIVERS = frozenset("نهر فرات دجله نيل قناه".split())


def _jordan_river(tokens: list[Token], k: int) -> bool:
    """«الضفة الغربية لنهر الأردن» is the West Bank after all."""
    return tokens[k].keys[-1] == "نهر" and k + 1 < len(tokens) and tokens[k + 1].keys[-1] == "اردن"


_IDIOM_TAILS = {"مسقط": frozenset({"راس", "راسه", "راسها", "راسهم"}), "امريكا": _AMERICAS, "اميركا": _AMERICAS,
                # «الضفة الغربية للنهر», «الضفة الشرقية للفرات»: a river's bank, not the West Bank
                "غربيه": _RIVERS, "شرقيه": _RIVERS,
                "ستره": frozenset({"ناسفه", "واقيه", "مفخخه"})}  # «سترة ناسفة» is a suicide vest, not Sitra
_RESPONSIBLE = frozenset("مسؤول مسؤوله مسؤولون مسؤولين".split())
_BLAMED_DEEDS = frozenset("الهجوم الهجمات الهجومين الهجمه التفجير التفجيرات الاعتداء الاعتداءات الضربه الضربات "
                          "الانفجار القصف مقتل اغتيال اسقاط خطف اختطاف".split())
_TITLE_REACH = 6  # «وزير الشؤون الخارجية والجالية الوطنية بالخارج رمطان لعمامرة»


def _neighbours(tokens: list[Token], i: int, raw, memory: DocumentMemory) -> Optional[tuple[int, list[str]]]:
    """The end and the states of «جوار X», «الجوار X-ي», «المجاورة لـX», «جيران X» at token `i`: the states on the
    borders of X, a state named right after; a bare «الجوار» or «المجاورة» is the neighbours the document named so
    before (otherwise whose neighbours they are depends on who speaks)."""
    if tokens[i].keys[-1] not in _NEIGHBOURHOOD and tokens[i].keys[-1] not in _NEIGHBOURS_WORDS:
        return None
    state = next((m for m in raw if m[0] == i + 1 and m[3].code and (
        m[2].kind in ("country", "capital") or (m[2].kind == "demonym" and has_article(tokens[i + 1])))), None)
    if state is not None:
        if _members_named_after(tokens, state[1]):
            return None  # «لدول جوار العراق، ومن هذه الدول الإمارات»: the text says which it means, not the map
        memory.neighbourhood_of = state[3].code
        members = sorted(land_neighbours(state[3].code))
        return (state[1], members) if members else None
    if memory.neighbourhood_of and has_article(tokens[i]) and tokens[i].keys[-1] in _NEIGHBOURHOOD:
        return i, sorted(land_neighbours(memory.neighbourhood_of))
    return None


def _members_named_after(tokens: list[Token], end: int) -> bool:
    """«، ومن هذه الدول …», «، ومنها …», «، بينها …» right after token `end`: the members of a group are named next."""
    k = end + 1 + (end + 1 < len(tokens) and tokens[end + 1].text in "،,")
    return k < len(tokens) and tokens[k].norm.removeprefix("و") in _MEMBERS_FOLLOW


def _titled_names(tokens: list[Token], nps: list[NP], titles: set[str]) -> list[NP]:
    """A title the KB cannot compose («وزير الشؤون الخارجية والجالية …») or a title of the same state
    («رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان») followed closely by a named person
    is that person's: one phrase from the title to the name."""
    out: list[NP] = []
    i = 0
    while i < len(nps):
        np = nps[i]
        nxt = nps[i + 1] if i + 1 < len(nps) else None
        # «رئيس مجلس السيادة الانتقالي في السودان الفريق أول عبد الفتاح البرهان»: the title's own state
        # may be named between it and the person
        where = nxt if nxt is not None and nxt.prep == "في" and nxt.code and nxt.code == np.code \
            and nxt.kinds[0] in ("country", "capital") and i + 2 < len(nps) else None
        if where is not None:
            nxt = nps[i + 2]
        gap = nxt.first_token - np.last_token - 1 if nxt is not None else -1
        between = [t for k, t in enumerate(tokens[np.last_token + 1:nxt.first_token], np.last_token + 1)
                   if where is None or not where.first_token - 1 <= k <= where.last_token] if nxt is not None else []
        if nxt is not None and np.entity.entry_id in titles and nxt.kinds[:1] == ("person",) \
                and not nxt.prep and not nxt.coordinated \
                and (np.code is None or np.code == nxt.code) and gap <= _TITLE_REACH + (where is not None) * 2 \
                and all(t.is_word and t.keys[-1] not in PREPOSITIONS for t in between):
            out.append(replace(nxt, span=(np.span[0], nxt.span[1]), first_token=np.first_token, prep=np.prep,
                               coordinated=np.coordinated))
            i += 3 if where is not None else 2
            continue
        out.append(np)
        i += 1
    return out


def _heads_of_international_bodies(tokens: list[Token], nps: list[NP]) -> list[NP]:
    """«دعا قائد القوة الجنرال الإيطالي لوتشيانو بورتولانو الطرفين»: the officer named right after the head of
    an international body is that head, who acts for the body, not for the state his nisba names."""
    out: list[NP] = []
    for np in nps:
        head = out[-1] if out else None
        # (the head may be told by the body's head word: «قائد القوة»)
        body_word = head is not None and head.last_token + 1 < len(tokens) \
            and tokens[head.last_token + 1].keys[-1] in _MISSION_WORDS
        if head is not None and head.code in _INTERNATIONAL_CODES and head.kinds[:1] == ("agent",) \
                and np.first_token == head.last_token + 1 + body_word and "person" in np.kinds \
                and np.code != head.code and not np.prep and not np.coordinated:
            out[-1] = replace(head, span=(head.span[0], np.span[1]), last_token=np.last_token,
                              text=" ".join(t.text for t in tokens[head.first_token:np.last_token + 1]))
            continue
        out.append(np)
    return out


def _loyal_forces(tokens: list[Token], nps: list[NP]) -> list[NP]:
    """«القوات الموالية للنظام السوري», «المسلحون التابعون لحركة حماس»: armed men of no state named, loyal to or
    belonging to a government or a group, are its side (those loyal to a foreign state, «الفصائل الموالية لإيران»,
    stay the men of the place they fight in)."""
    out = list(nps)
    for n, np in enumerate(nps[:-1]):
        k = np.last_token + 1
        patron = nps[n + 1]
        if np.code is None and np.entity.sector in _LOYAL_SECTORS and k + 1 == patron.first_token \
                and has_article(tokens[k]) and tokens[k].keys[-1] in AFFILIATED and patron.prep == "ل" and patron.code \
                and patron.kinds[0] in ("agent", "group"):
            out[n] = replace(np, entity=replace(np.entity, code=patron.code))
    return out


def _attackers_told(tokens: list[Token], nps: list[NP], memory: DocumentMemory) -> list[NP]:
    """«القوات المهاجمة»: forces of no state named, described as the attackers, are the doer of the latest attack
    the document told as done; the adjective is part of the phrase («إن القوات المهاجمة انسحبت»). (A bare
    «المهاجمون» is too often another attack's men: pirates beside a militia's raid, gunmen beside air strikes.)"""
    doer = next(reversed(memory.fights.values()))[1][0] if memory.fights else None  # (the latest pair goes last)
    out = list(nps)
    for n, np in enumerate(nps):
        if np.entity.sector not in _LOYAL_SECTORS:
            continue
        k = np.last_token + 1
        if not (k < len(tokens) and has_article(tokens[k]) and tokens[k].keys[-1] in _ATTACKERS):
            continue
        if np.first_token == np.last_token and np.kinds == ("agent",) and doer is not None and doer.code:
            np = replace(np, entity=replace(np.entity, code=doer.code))  # (whatever state a bare «القوات» guessed)
        out[n] = replace(np, last_token=k, span=(np.span[0], tokens[k].span[1]), text=f"{np.text} {tokens[k].text}")
    return out


_ATTACKERS = frozenset("مهاجمه مهاجمين".split())


def _neighbour_named(tokens: list[Token], nps: list[NP], memory: DocumentMemory) -> list[NP]:
    """«اتهمت جيبوتي جارتها بحشد قوات», «يتهم المغرب جاره بتمويل الجبهة»: «its neighbour» after a state is the state
    on its border the document has talked about most (a direction after it is part of the phrase: «جارتها
    الجنوبية»); with no such state named, or none on the border, the word names no one."""
    # (the normalised word first, which every token has; only the written one tells «جارته», his neighbour, from
    # «جارة», a neighbour)
    at = [k for k, t in enumerate(tokens) if t.norm.removeprefix("و") in _ITS_NEIGHBOUR_NORM
          and normalize_keep_ta(t.text).removeprefix("و") in _ITS_NEIGHBOUR]
    if not at:
        return nps
    out = list(nps)
    for k in at:
        t = tokens[k]
        if any(np.first_token <= k <= np.last_token for np in out):
            continue
        owner = next((np for np in reversed(out) if np.last_token < k and k - np.last_token <= _NEIGHBOUR_REACH
                      and np.code and not np.is_place and not np.prep), None)
        if owner is None:
            continue
        # (the states named so far, the sentence's own up to the word; of two named as often, the later named)
        talked_about = memory.salience + Counter(np.code for np in out if np.code and np.last_token < k)
        border = [code for code in sorted(land_neighbours(owner.code)) if talked_about[code]]
        if not border:
            continue
        recent = {code: n for n, code in enumerate(memory.recent_states)}
        last = k + 1 if k + 1 < len(tokens) and tokens[k + 1].keys[-1] in _DIRECTIONS else k
        prep, coordinated = _prep_of(tokens, k, t.proclitics)
        neighbour = NP(span=(t.span[0], tokens[last].span[1]), text=" ".join(x.text for x in tokens[k:last + 1]),
                       first_token=k, last_token=last,
                       entity=Entity(max(border, key=lambda code: (talked_about[code], recent.get(code, -1))), None,
                                     "country"),
                       prep=prep, coordinated=coordinated, kinds=("country",))
        out = sorted(out + [neighbour], key=lambda np: np.first_token)
    return out


_ITS_NEIGHBOUR = frozenset(normalize_keep_ta(w) for w in "جاره جارها جارته جارتها".split())  # not «جارة», «a neighbour»
_ITS_NEIGHBOUR_NORM = frozenset(map(normalize, _ITS_NEIGHBOUR))
_NEIGHBOUR_REACH = 2  # words from the state to «its neighbour» («اتهمت جيبوتي أمس جارتها»)
_DIRECTIONS = frozenset("الجنوبيه الشماليه الشرقيه الغربيه الجنوبي الشمالي الشرقي الغربي".split())
# «الموالية لـ», «التابعة لـ»: loyal to, or owned by
AFFILIATED = frozenset("موالي مواليه موالين موالون تابع تابعه تابعين تابعون".split())
_LOYAL_SECTORS = frozenset({"MIL", "REB", "UAF", "COP"})  # forces, militias, gunmen, security men


def _courtesy_titles(tokens: list[Token], nps: list[NP]) -> list[NP]:
    """«حضرة صاحب الجلالة السلطان هيثم», «فخامة الرئيس», «صاحب السمو الملكي الأمير محمد»: the forms
    of address of agency copy open the name's phrase (so a verb before them has its subject next)."""
    out = []
    for np in nps:
        k = np.first_token
        while k > 0 and tokens[k - 1].is_word and tokens[k - 1].norm.removeprefix("و") in _COURTESY_WORDS:
            k -= 1
        while k < np.first_token and tokens[k].norm.removeprefix("و") not in _COURTESY_OPENERS:
            k += 1  # «الديوان الملكي الأمير …» opens with no form of address
        if k < np.first_token and not np.prep and any(kind in ("person", "agent") for kind in np.kinds):
            prep, coordinated = _prep_of(tokens, k, tokens[k].proclitics)  # «من فخامة الرئيس»
            np = replace(np, span=(tokens[k].span[0], np.span[1]), first_token=k, prep=prep,
                         coordinated=np.coordinated or coordinated)
        out.append(np)
    return out


def _quoted_bodies(tokens: list[Token], nps: list[NP]) -> list[NP]:
    """«حزب «قلب تونس»», «ائتلاف «الكرامة»»: a party named in quotes after a word for a party is one
    phrase, a party of the country the text is about (after «جماعة» or «تنظيم», an armed group); a
    state's name inside the quotes names no state. A body the knowledge base knows («حركة «حماس»»)
    keeps its own phrase."""
    out = list(nps)
    for k in range(len(tokens) - 2):
        head = tokens[k].keys[-1]
        if head not in _PARTY_HEADS and head not in _ARMED_GROUP_HEADS and head not in _ASSOCIATION_HEADS:
            continue
        # (a closing guillemet opens nothing: «وصفتها بأنها «تحالف» يستهدف الجزائر»)
        if tokens[k + 1].text in QUOTES and tokens[k + 1].text != "»":  # «حزب «قلب تونس»»
            start, opened = k, k + 1
        elif k > 0 and tokens[k - 1].text in QUOTES and tokens[k - 1].text != "»":  # ««ائتلاف الكرامة»»
            start, opened = k - 1, k
        else:
            continue
        reach = _ASSOCIATION_NAME_REACH if head in _ASSOCIATION_HEADS else _QUOTED_NAME_REACH
        close = next((j for j in range(opened + 1, min(len(tokens), opened + reach)) if tokens[j].text in QUOTES), None)
        if close is None or close == opened + 1:
            continue
        inside = [np for np in out if start <= np.first_token and np.last_token <= close]
        overlapping = [np for np in out if np.first_token <= close and np.last_token >= start]
        if any(k in ("group", "organisation") for np in overlapping for k in np.kinds):
            # (also inside a longer phrase: «الأمين العام لـ«حزب الله»»); a known name that takes in the head
            # and the opening quote takes the closing one too («حزب «آفاق تونس»»)
            out = [replace(np, span=(np.span[0], tokens[close].span[1]), last_token=close,
                           text=" ".join(t.text for t in tokens[np.first_token:close + 1]))
                   if np.first_token < opened and np.last_token == close - 1 else np for np in out]
            continue
        code = None
        if head in _ASSOCIATION_HEADS:
            # (its nisba last, or right after the head and a word: ««الحملة الوطنية الأردنية لإسقاط اتفاقية الغاز مع
            # الكيان الصهيوني»»)
            nisba = next((np for np in inside if np.kinds == ("demonym",) and (
                np.last_token == close - 1 or k < np.first_token <= k + 2)), None)
            if nisba is None:
                continue  # («اتحاد «الشغل»»: named by no state, a body the text must name more)
            code = nisba.code
        # («لجماعة «جيش محمد»»: an armed group's name, not a state's army)
        sector = "REB" if head in _ARMED_GROUP_HEADS else _ASSOCIATION_HEADS.get(head, "PTY")
        organ = next((np for np in overlapping if np.first_token < start and np.last_token == k), None)
        if organ is not None:
            # «الأمانة العامة لحزب «العدالة والتنمية»», «رئيس حزب «قلب تونس»»: the organ or title of the
            # party takes in the party's quoted name
            inside = [np for np in out if k < np.first_token and np.last_token <= close]
            longer = replace(organ, span=(organ.span[0], tokens[close].span[1]), last_token=close,
                             text=" ".join(t.text for t in tokens[organ.first_token:close + 1]))
            out = sorted([np for np in out if np not in inside and np is not organ] + [longer],
                         key=lambda np: np.first_token)
            continue
        body = _quoted_phrase(tokens, k, start, close, Entity(code, sector, "agent"))
        out = sorted([np for np in out if np not in inside] + [body], key=lambda np: np.first_token)
    return out


def _rights_groups(tokens: list[Token], nps: list[NP]) -> list[NP]:
    """«الرابطة الموريتانية لحقوق الإنسان», «شبكة حقوق الإنسان الأفغانية»: an organisation, association, network
    or centre for human rights is a non-governmental body (code NGO), whatever state its name carries; a state's
    council, commission or ministry for them has another head word. A body the knowledge base knows keeps its code."""
    out = list(nps)
    for k, tok in enumerate(tokens):
        if tok.keys[-1] not in _RIGHTS_GROUP_HEADS:
            continue
        end = next((j + 1 for j in range(k + 1, min(len(tokens) - 1, k + 1 + _RIGHTS_REACH))
                    if tokens[j].keys[-1] == "حقوق" and tokens[j + 1].keys[-1] == "انسان"), None)
        if end is None or not all(t.is_word for t in tokens[k:end + 1]):
            continue
        nisba = next((np for np in out if np.first_token == end + 1 and np.kinds == ("demonym",)), None)
        last = nisba.last_token if nisba is not None else end
        overlapping = [np for np in out if np.first_token <= last and np.last_token >= k]
        if any(not set(np.kinds).isdisjoint({"organisation", "group"}) for np in overlapping):
            continue
        body = _quoted_phrase(tokens, k, k, last, Entity("NGO", None, "agent"))
        out = sorted([np for np in out if np not in overlapping] + [body], key=lambda np: np.first_token)
    return out


def _striking_trades(tokens: list[Token], nps: list[NP]) -> list[NP]:
    """«المعلمون المضربون», «الممرضات المضربات»: a trade on strike is labour; the strikers' word after the trade's
    makes one phrase, of the trade's state, with the sector of labour."""
    out: list[NP] = []
    for np in nps:
        prev = out[-1] if out else None
        if prev is not None and np.first_token == prev.last_token + 1 and np.entity.sector == "LAB" \
                and tokens[np.first_token].norm.startswith(_STRIKERS) and prev.entity.sector not in (None, "LAB") \
                and "agent" in prev.kinds and "person" not in prev.kinds \
                and not (prev.code and np.code and prev.code != np.code):
            out[-1] = replace(prev, span=(prev.span[0], np.span[1]), last_token=np.last_token,
                              text=" ".join(t.text for t in tokens[prev.first_token:np.last_token + 1]),
                              entity=replace(prev.entity, sector="LAB", code=prev.code or np.code))
            continue
        out.append(np)
    return out


def _quoted_phrase(tokens: list[Token], head: int, start: int, close: int, entity: Entity) -> NP:
    """One agent phrase over tokens `start`..`close` (a head word and a name in quotes), introduced
    as the word at `head` is."""
    prep, coordinated = _prep_of(tokens, head, tokens[head].proclitics)
    return NP(span=(tokens[start].span[0], tokens[close].span[1]), text=" ".join(t.text for t in tokens[start:close + 1]),
              first_token=start, last_token=close, entity=entity, is_place=False, prep=prep,
              coordinated=coordinated, kinds=("agent",), agent_phrase=None)


def _repeated_in_parentheses(tokens: list[Token], nps: list[NP]) -> list[NP]:
    """«المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)»: a name repeated in parentheses (or quotes) right after a
    phrase of the same party is that phrase again, no party of its own."""
    if len(nps) < 2 or not any(t.text == "(" or t.text in QUOTES for t in tokens):
        return nps
    out: list[NP] = []
    for np in nps:
        prev = out[-1] if out else None
        between = [t.text for t in tokens[prev.last_token + 1:np.first_token]] if prev is not None else []
        after = tokens[np.last_token + 1].text if np.last_token + 1 < len(tokens) else ""
        # (a quoted name closes its quote first: «و«قوات سوريا الديمقراطية» (قسد)»; the short name may
        # stand in quotes too: «المجموعة الاقتصادية لدول غرب أفريقيا «إيكواس»»)
        if prev is not None and np.code and np.code == prev.code and (
                (between[-1:] == ["("] and all(x in QUOTES for x in between[:-1]) and after == ")")
                or (between in (["«"], ["“"], ['"']) and after in ("»", "”", '"'))):
            continue
        out.append(np)
    return out


def _vessel_names(tokens: list[Token], nps: list[NP]) -> list[NP]:
    """«المدمرة «يو إس إس كارني»», «ناقلة النفط «ستينا إمبيرو»»: a ship's name in quotes names no
    person or place (ships are named after them); a US or British navy prefix makes the ship that
    state's military."""
    if not any(t.text in QUOTES for t in tokens):
        return nps
    out = list(nps)
    for k in range(len(tokens) - 2):
        if tokens[k].keys[-1] not in _VESSEL_HEADS:
            continue
        opened = next((j for j in range(k + 1, min(len(tokens), k + 4)) if tokens[j].text in QUOTES), None)
        if opened is None or any(not t.is_word for t in tokens[k + 1:opened]):
            continue
        close = next((j for j in range(opened + 1, min(len(tokens), opened + 7)) if tokens[j].text in QUOTES), None)
        if close is None or close == opened + 1:
            continue
        out = [np for np in out if not (opened <= np.first_token and np.last_token <= close)]
        navy = _NAVY_PREFIXES.get(" ".join(t.norm for t in tokens[opened + 1:opened + 4]))
        if navy is not None:
            ship = _quoted_phrase(tokens, k, k, close, Entity(navy, "MIL", "agent"))
            out = sorted([np for np in out if not (k <= np.first_token <= close)] + [ship], key=lambda np: np.first_token)
    return out


_VESSEL_HEADS = frozenset("مدمره فرقاطه سفينه ناقله حامله بارجه غواصه زورق طراد كاسحه".split())
_NAVY_PREFIXES = {"يو اس اس": "USA", "اتش ام اس": "GBR"}
_GULF_WORDS = frozenset({"خليج", "خليجيه", "خليجيين", "خليجيون"})  # after «دول/الدول»: the Gulf states
# («مجلس محافظة البصرة»: a provincial council, named after its province)
_CITY_BODIES = frozenset("شرطه بلديه محكمه جامعه محافظه".split())  # bodies named after their town: «شرطة دبي»
# crowds, residents, workers and fighters in construct with where they are: «متظاهرو درعا», «سكان غزة», «عمال
# المحلة», «متمردو دارفور»
_CROWDS_OF_PLACE = frozenset("متظاهرو محتجو معتصمو سكان اهالي عمال نازحو نازحي مهجرو مهجري مستوطنو مستوطني "
                             "متمردو متمردي مسلحو مسلحي مقاتلو مقاتلي".split())
# those who govern a province or a region, in construct with a part of it: «والي شمال دارفور», «محافظ جنوب سيناء»
_GOVERNORS_OF_PLACE = frozenset("والي محافظ حاكم عمده".split())
# what a town or a province is called before its name: «حاكم منطقة كورسك», «رئيس بلدية مدينة حلب», «والي جهة …»
_ADMINISTRATIVE_UNITS = frozenset("منطقه مقاطعه اقليم ولايه محافظه مدينه بلده جزيره جهه".split())
_BUILDING_WORDS = frozenset("مبني مباني مقر مقار".split())
# where a crowd gathers in a town (or prays: «المصلون في مسجد الإمام الصادق بالكويت»)
# what a crowd protests or stands before («المحتجون على الرسوم», «المتظاهرون أمام السفارة»), within so many words
_WHAT_CROWDS_FACE = frozenset("علي امام ضد قرب".split())
_CROWD_SECTORS = frozenset({"CVL", "LAB", "REF"})  # crowds, strikers and the displaced: of the town they are in
_CROWD_OBJECT_WORDS = 7
_GATHERING_PLACES = frozenset("ساحه ميدان دوار شارع مبني مقر منطقه حي مسجد جامع كنيسه".split())
_GATHERING_REACH = 4  # words of the square's or building's own name before the town
_PARTY_HEADS = frozenset("حزب حركه ائتلاف تيار جبهه تحالف كتله".split())
_ADJECTIVAL_AGENTS = frozenset({"مسلح"})  # «المسلح» names a gunman, or qualifies the definite noun before it
_ARMED_GROUP_HEADS = frozenset("جماعه تنظيم".split())  # «جماعة «جيش محمد»», «تنظيم «حراس الدين»»
# bodies of a state's people, named in quotes with its nisba last: ««الاتحاد اليهودي البرازيلي»», «نقابة «المحامين
# التونسيين»»
_ASSOCIATION_HEADS = {"اتحاد": "CVL", "جمعيه": "CVL", "رابطه": "CVL", "نقابه": "LAB", "حمله": "CVL"}
_QUOTED_NAME_REACH = 8  # tokens from an opening quote to its closing one in a party's quoted name
_ASSOCIATION_NAME_REACH = 13  # an association says what it is for: «الحملة الوطنية الأردنية لإسقاط اتفاقية الغاز …»
_RIGHTS_GROUP_HEADS = frozenset("منظمه جمعيه رابطه مرصد شبكه مركز فيدراليه فدراليه".split())
_STRIKERS = "المضرب"  # «المضربون», «المضربين», «المضربات»
_RIGHTS_REACH = 5  # words between the head and «حقوق الإنسان» («منظمة محامي زيمبابوي لحقوق الإنسان»)
QUOTES = frozenset('«»"“”')
OPENING_QUOTES = frozenset("«“")
CLOSING_QUOTES = frozenset('»”"')  # (a straight quote may close one)
_COURTESY_OPENERS = frozenset("حضره صاحب فخامه معالي سعاده سمو جلاله".split())
_COURTESY_WORDS = _COURTESY_OPENERS | frozenset("الجلاله السمو الملكي".split())


_SO_CALLED = frozenset("يسمي تسمي يسمى تسمى".split())  # «ما يسمى»: so-called
# bodies whose own name, a foreign one written as heard, stands between them and their nisba: «صحيفة دي فيلت
# الألمانية», «شركة زد تي إي الصينية»
_NAMED_BODY_HEADS = frozenset("شركه صحيفه مجله مصرف بنك قناه مجموعه".split())
_FOREIGN_NAME_WORDS = 4


def _conjoined_states(tokens, raw, i: int) -> list:
    """The last two different states named as «X وY» before token `i` in the sentence, as
    (reference, entity) pairs, or []."""
    states = sorted((m for m in raw if m[1] < i and m[2].kind in _STATE_KINDS and m[3].code), key=lambda m: m[0])
    for first, second in reversed(list(zip(states, states[1:]))):
        if second[0] == first[1] + 1 and tokens[second[0]].proclitics.startswith("و") \
                and first[3].code != second[3].code:
            return [(first[2], first[3]), (second[2], second[3])]
    return []


def _heads_unknown_body(tokens: list[Token], end: int) -> bool:
    """«دان رئيسُ المجلس الأعلى للدولة …»: an indefinite title before a definite noun heads that body,
    which the knowledge base does not know; it is not the person with that title named before."""
    return end + 1 < len(tokens) and not has_article(tokens[end]) and not tokens[end].enclitic \
        and tokens[end + 1].is_word and has_article(tokens[end + 1])


_GUNMEN = frozenset("مسلح مسلحا مسلحون مسلحين مهاجم مهاجما مهاجمون مهاجمين انتحاري انتحاريا".split())
_FORCES = "Forces"  # the office of the generic head «القوات» (agents.yaml)
# «القوات», «الضباط», «البحرية», «الطائرات المسيرة»: whose force the body after them says («الطائرات المسيّرة الحوثية»)
_ARMED_HEADS = frozenset({_FORCES, "Officers", "Officer", "Navy", "Air force", "Drones", "Warplanes", "Fighter jets"})
_MEMBER_OF_PARLIAMENT = frozenset({"Member of parliament", "Member of parliament (f.)"})  # «النائب», «النائبة»
_ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB"})


_INTERNATIONAL_CODES = frozenset({"UNO", "IGO", "EUR"})
# offices of generic heads that name a party only with the body or state they lead («زعيم تنظيم «داعش»»)
_HEADS_OF_WHAT_FOLLOWS = frozenset({"Leader", "Leader; commander", "Leader (general)"})
# titles that are also adjectives of a noun before them: a person only with the state named after them
_ADJECTIVAL_TITLES = frozenset({"الدبلوماسي"})


def _head_sector(head: Entity, body: Entity) -> Optional[str]:
    """The sector of a title or head noun composed with the body after it: a title with a sector of its
    own keeps it; a generic head takes the body's («رئيس جهاز الموساد», «رئيس المجلس
    الدستوري»), and «حزب» a party's years in opposition («حزب يسرائيل بيتنا» in 2024) or in government («حزب
    الاتحاد الوطني الكردستاني»)."""
    if body.code == "NGO" and head.sector in (None, "GOV"):
        return None  # «رئيس مجموعة الأزمات الدولية»: an NGO has no sector, nor has its head
    if body.code in _INTERNATIONAL_CODES and body.sector == "MIL" and head.sector in (None, "GOV") \
            and (head.office or "").startswith("President"):
        return "GOV"  # «رئيس بعثة الأمم المتحدة في مالي»: a peacekeeping mission's head is the civilian envoy
    if body.kind == "group" and body.sector == "REB" and head.sector in ("MIL", "PTY"):
        return "REB"  # «القائد العسكري لحركة 23 مارس», «حزب بيجاك»: an armed group's commander or party is the group's
    if head.office in _ARMED_HEADS and body.sector in _ARMED_SECTORS or head.sector == "UAF" and body.sector:
        # «قوات الحرس الوطني التونسي», a gendarmerie's forces, are police (COP), «ضباط الأمن الوقائي» intelligence
        # (SPY); «مسلحين حوثيين» are the group's
        return body.sector
    if body.sector and (head.sector in (None, "GOV") or (head.sector == "PTY" and body.sector == "OPP")
                        or head.sector == "PTY" and body.sector == "GOV" and body.kind == "group"
                        or head.sector == "LEG" and body.kind == "group" and "council" in (head.office or "").lower()):
        # («مجلس شورى حركة حماس»: a group's own council is the group's; not its MPs: «نائب حزب الله»)
        return body.sector
    return head.sector or body.sector


# verbs whose first letters are an alef and a lam of the stem («الوزير التقى الجانب الأميركي», «الغى», «القى»
# written without hamza): no article
_ALEF_LAM_VERBS = frozenset(normalize(w) for w in (
    "التقى التقت التقوا التقيا التقتا يلتقي التزم التزمت التزموا التمس التمست التحق التحقت التحقوا التف التفت "
    "التفوا الغى الغت الغوا القى القت القوا الزم الزمت الزموا").split())


def _singular_or_governs_prep(title: Token, following: Token) -> bool:
    """«كان رئيساً للسلطة القضائية»: a title with tanween is one holder, and a dual in construct is never followed
    by a preposition."""
    return title.text.endswith(("اً", "ًا")) \
        or following.norm.removeprefix("و").removeprefix("ف").startswith(("لل", "بال", "كال"))


def has_article(tok: Token) -> bool:
    n = tok.norm
    if n.removeprefix("و").removeprefix("ف") in _ALEF_LAM_VERBS:
        return False
    # (a word the segmenter keeps whole is no clitic and the article: «والي» is a governor, «والتر» a name)
    return n.startswith(("ال", "لل", "ولل", "فلل")) or "ال" in tok.proclitics \
        or (n.startswith(("وال", "فال", "بال", "كال", "وبال")) and len(tok.keys) > 1)


def _respelt_name(tok: Token, refs: list[NameRef]) -> bool:
    """`tok` writes the last word of one of the people's names in `refs` with long vowels added or left out
    («باهنغا» for «باهانغا»); a word with the accusative's tanween is Arabic («استيراداً» is no Estrada)."""
    if tok.text.endswith(("اً", "ًا")):
        return False
    return any(respelt_vowels(key, phrase_keys(name)[-1])
               for ref in refs for name in ref.entry.names for key in tok.keys)


class _Skeletons(dict):
    """Token keys → their skeletons, computed once per set of keys (bounded, like the segmenter's), and
    whether one of them is the last word of a name in `trie`."""

    def __init__(self, trie) -> None:
        super().__init__()
        self._ends = trie.last_words
        self._ending: dict[tuple[str, ...], bool] = {}

    def __missing__(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        if len(self) >= 100_000:
            self.clear()
        found = self[keys] = tuple(skeleton(k) for k in keys)
        return found

    def may_end(self, keys: tuple[str, ...]) -> bool:
        found = self._ending.get(keys)
        if found is None:
            if len(self._ending) >= 100_000:
                self._ending.clear()
            found = self._ending[keys] = not self._ends.isdisjoint(self[keys])
        return found


def _choose(refs: list[NameRef], when: Optional[date], salience: Optional[Counter] = None) -> NameRef:
    """The reading of an ambiguous name: by kind, then a role held at the date, then the state the
    document talks about most, then the nearest role in time."""
    # «عمان»: Oman the state or Amman the capital; «طرابلس»: Libya's capital or Lebanon's city, by the state
    # talked about
    state_reading = any(r.kind in _STATE_KINDS for r in refs)

    def score(ref: NameRef):
        rank = _KIND_RANK.get(ref.kind, 9)
        group = 3 if ref.kind in _STATE_KINDS or (ref.kind == "place" and state_reading) else rank
        role = ref.entry.role_at(when) if when else ref.entry.role_at(None)
        covers = role is not None and when is not None and role.covers(when)
        talked_about = salience[role.code] if salience is not None and role is not None and role.code else 0
        return (group, not covers, -talked_about, rank, role.distance(when) if role and when else 0)

    return min(refs, key=score)


class MentionFinder:
    """Finds the noun-phrase mentions of one document, sentence by sentence."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._root_keys = set(kb.trie._root)  # noqa: SLF001 - first words of all names
        self._titles = frozenset(e.id for e in kb.entries if e.agent_kind == "title")
        self._adjectives = frozenset(phrase_keys(e.names[0])[0] for e in kb.entries if e.adjective)
        self._nisba_only = frozenset(e.id for e in kb.entries if e.nisba_only)
        self._skeletons = _Skeletons(kb.skeletons)
        # titles and bodies named only by constructs, whose head never takes the article
        self._constructs = frozenset(e.id for e in kb.entries if e.kind == "agent" and any(" " in n for n in e.names)
                                     and all(_is_construct(n) for n in e.names if " " in n))
        self._definite_states = frozenset(e.id for e in kb.entries if any(normalize(n).startswith("ال") for n in e.names))
        self._heads_of = {e.id: frozenset(_group_heads(e)) for e in kb.entries if e.kind == "group"}
        ministries = {e.names[0]: e for e in kb.entries if e.kind == "agent" and e.names}
        self._ministry_of = {phrase_keys(portfolio)[0]: NameRef(ministries[f"وزارة {portfolio}"], "agent")
                             for portfolio in _SHORT_PORTFOLIOS if f"وزارة {portfolio}" in ministries}
        self._mali = kb.by_id.get(_MALI)  # (whose nisba is money's too: see `_malian_after_a_body`)
        self._generic: dict[str, list[str]] = {}
        for e in kb.entries:
            if e.kind == "country":
                for n in e.names:
                    words = n.split()
                    if len(words) > 1:
                        first = phrase_keys(words[0])
                        if first and first[0] in _GENERIC_STATE_WORDS:
                            self._generic.setdefault(first[0], []).append(e.id)

    def remember_coalition_named_later(self, memory: DocumentMemory, sentences: list[list[Token]],
                                       when: Optional[date]) -> None:
        """Before the first sentence: a bare «التحالف» is the one military coalition the document names in full
        anywhere («التحالف بقيادة السعودية»), if it names just one — the press often says «التحالف» alone before
        it spells out whose it is."""
        found = {ref.entry.id for tokens in sentences if any(t.keys[-1:] == (_COALITION,) for t in tokens)
                 for _, _, ref, ent in self._raw_mentions(tokens, when, DocumentMemory())
                 if ref.kind == "organisation" and ent.sector == "MIL" and _head_word(ref.entry) == _COALITION}
        if len(found) == 1:
            memory.org_heads[_COALITION] = found.pop()

    def find(self, tokens: list[Token], when: Optional[date], memory: DocumentMemory,
             skip: range = range(0), dateline: range = range(0)) -> list[NP]:
        """The phrases naming parties in `tokens`, none starting inside `skip` (a dateline's agency);
        a place in the `dateline` is where the news comes from, not one of «البلدين»."""
        raw = [m for m in self._raw_mentions(tokens, when, memory, dateline) if m[0] not in skip]
        raw = [m for m in raw if not _adjective_use(tokens, m, raw, self._adjectives)
               and not _in_adjective_chain(tokens, m, raw, self._definite_states)
               and not _adjective_homograph(tokens, m, raw, self._definite_states)
               and not _names_a_street(tokens, m)
               and not _lacks_its_nisba(tokens, m, raw, self._nisba_only)]
        nps = self._compose(tokens, raw, memory, when)
        nps = _titled_names(tokens, nps, self._titles)
        for step in (_courtesy_titles, _quoted_bodies, _rights_groups, _striking_trades, _vessel_names,
                     _repeated_in_parentheses, _accord_names, _loyal_forces, _heads_of_international_bodies):
            nps = step(tokens, nps)
        nps = _attackers_told(tokens, nps, memory)
        nps = _neighbour_named(tokens, nps, memory)
        _remember_quoted_names(tokens, raw, memory)
        _remember_blocs(raw, memory)
        self._remember(nps, memory)
        self._remember_organisations_in_titles(tokens, nps, memory)
        # «ثمرة الوساطة القطرية», «بوساطة مصرية»: a go-between is never one of the sides the text is about
        memory.go_betweens.update(_go_betweens(tokens, nps))
        return nps

    # -- raw KB matches -------------------------------------------------------------------------
    def _matches(self, tokens):
        """Leftmost-longest KB matches, except that a sector noun gives up its last word to a name
        that starts there («زعيم حزب الله»: «زعيم» + «حزب الله», not «زعيم حزب» + «الله»). A name
        broken by quotation marks is whole when no name stands inside them («قوى «الحرية والتغيير»»;
        «حركة «حماس»» is left to the quoted body)."""
        plain = self._matches_in(tokens)
        plain = self._short_ministries(tokens, plain)
        plain = self._malian_after_a_body(tokens, plain)
        if not any(t.text in QUOTES and k and tokens[k - 1].is_word and tokens[k - 1].keys[-1] in _QUOTED_NAME_HEADS
                   for k, t in enumerate(tokens)):
            return plain  # (most sentences: no body's head opens a quotation)
        words = [k for k, t in enumerate(tokens) if t.text not in QUOTES]
        whole = []
        for start, end, refs in self._matches_in([tokens[k] for k in words]):
            first, last = words[start], words[end]
            ids = {r.entry.id for r in refs}
            if last - first == end - start or tokens[first].keys[-1] not in _QUOTED_NAME_HEADS \
                    or any(first <= m[0] and m[1] <= last and ids & {r.entry.id for r in m[2]} for m in plain):
                continue  # no quotation inside, no body's head before it («عملية «بركان الغضب»» is an act), or
                # the same body's name within it («حركة «حماس»»; not «تحالف «الفتح»», Iraq's alliance, not Fatah)
            if (last - first - (end - start)) % 2 and last + 1 < len(tokens) and tokens[last + 1].text in QUOTES:
                last += 1  # the quotation the name opened closes with it
            whole.append((first, last, refs))
        return sorted(whole + [m for m in plain if not any(w[0] <= m[1] and m[0] <= w[1] for w in whole)])

    def _short_ministries(self, tokens, matches):
        """«الدفاع الروسية», «الصحة العراقية»: a ministry named by its portfolio and the feminine nisba of
        its state, which agrees with the «وزارة» left out (not «الدفاع الجوي», «الصحة العامة»)."""
        starts = {m[0]: m for m in matches}
        added = [(k, k, [self._ministry_of[t.keys[-1]]]) for k, t in enumerate(tokens[:-1])
                 if t.keys[-1] in self._ministry_of and has_article(t) and k not in starts
                 and not any(m[0] <= k <= m[1] for m in matches)
                 and k + 1 in starts and any(r.kind == "demonym" for r in starts[k + 1][2])
                 and _definite_feminine_nisba(tokens[k + 1])]
        return sorted(matches + added) if added else matches

    def _malian_after_a_body(self, tokens, matches):
        """«الحكومة المالية», «وزارة الخارجية المالية», «السلطات المالية»: «المالية» right after a body or group is
        Mali's nisba, not the finance ministry that «المالية» alone names (Mali's nisba is listed nowhere else: it is
        money's too). Only after bodies that nothing financial is called: «المديرة المالية», «الشرطة المالية»,
        «النيابة المالية» stay money's."""
        if self._mali is None or not any(t.norm == _MALIAN_FEMININE for t in tokens):
            return matches
        ends = {m[1]: m for m in matches}
        return [(m[0], m[1], [NameRef(self._mali, "demonym")])
                if m[0] == m[1] and m[0] - 1 in ends and tokens[m[0]].norm == _MALIAN_FEMININE
                and all(r.kind == "agent" for r in m[2]) and tokens[m[0] - 1].keys[-1] in _MALIAN_BODIES
                and all(r.kind == "agent" for r in ends[m[0] - 1][2])
                else m for m in matches]

    def _matches_in(self, tokens):
        trie = self.kb.trie
        out = []
        # «وانتقد الرئيس الحكومة الإسرائيلية» is no «رئيس الحكومة»: a construct's head takes no article
        for start, end, refs in trie.find_all(tokens, accept=lambda start, _, refs: not (
                has_article(tokens[start]) and all(r.entry.id in self._constructs for r in refs))):
            if end > start and sum(r.kind == "person" for r in refs) > 1:
                # («محمد العيسى» is Mohammed al-Issa, «محمد عيسى» Mohamed Aïssa: of two people the name fits, the one
                # whose written forms end in a definite word as the text's does, or in a bare one)
                fits = [r for r in refs if r.kind != "person" or not _last_word_mismatch(tokens, start, end, r.entry)]
                refs = fits if any(r.kind == "person" for r in fits) else refs
            if end > start and _persons(refs):
                nend, nrefs = trie.match_at(tokens, end)
                # («سيزار أبي خليل وزير الطاقة» does not run on into «خليل الوزير», Abu Jihad: a name ending in a
                # definite word does not continue another over that word written bare)
                nrefs = [r for r in nrefs if not (r.kind == "person" and _bare_last_word(tokens, end, nend, r.entry))]
                if nend > end and nrefs and _persons(nrefs):
                    end, refs = nend, nrefs  # «الشيخ تميم» + «تميم بن حمد»: one person over both spans
            if end > start and all(r.kind == "agent" for r in refs):
                # (or the name spoken for: «المتحدث باسم وزارة الخارجية» + «وزارة الخارجية الأميركية»; or a body
                # whose phrase names its state: «قائد جيش الاحتلال» + «جيش الاحتلال»)
                name = next(((k, m) for k in range(start + 1, end + 1) if (k == end or tokens[k - 1].norm == "باسم")
                             and (m := trie.match_at(tokens, k))[0] > end
                             and any(r.kind != "agent" or _state_of_its_own(r) for r in m[1])),
                            None)
                if name is not None:
                    k, (nend, nrefs) = name
                    short_end, short_refs = trie.match_at(tokens[:k], start)
                    if short_end >= start:
                        out.append((start, short_end, short_refs))
                    out.append((k, nend, nrefs))
                    continue
            out.append((start, end, refs))
        # a name taken over this way may overlap the next match: keep the first
        kept, last = [], -1
        for m in out:
            if m[0] > last:
                kept.append(m)
                last = m[1]
        return kept

    def _raw_mentions(self, tokens, when, memory, dateline: range = range(0)) -> list[tuple[int, int, NameRef, Entity]]:
        out = []
        matches = []
        agent_ends = set()  # last tokens of sector nouns: a group's nisba after one qualifies it
        memory.base_named = memory.base_named or _names_a_base(tokens)
        memory.gaza_named = memory.gaza_named or any(t.is_word and t.keys[-1] == _GAZA for t in tokens)
        found = list(self._matches(tokens))
        nisbas = {s for s, _, refs in found if any(r.kind == "demonym" for r in refs)}
        for start, end, refs in found:
            if end + 1 < len(tokens) and tokens[end + 1].keys[-1] in _IDIOM_TAILS.get(tokens[end].keys[-1], ()) \
                    and not _jordan_river(tokens, end + 1):
                continue  # «مسقط رأسها» is a birthplace, not Muscat
            if start == end and tokens[start].keys[-1].removeprefix("ال") in _RESPONSIBLE \
                    and [t.keys[-1] for t in tokens[end + 1:end + 2]] == ["عن"] \
                    and any(k in _BLAMED_DEEDS for t in tokens[end + 2:end + 3] for k in t.keys):
                continue  # «إن إيران مسؤولة عن الهجمات»: to blame for an attack, not an official
            if all(r.kind == "agent" for r in refs):
                agent_ends.add(end)
            if start == end:
                # «قاعدة عسكرية» and «القاعدة العسكرية» are bases; «القاعدة» alone is the group (but
                # «الميليشيا الحوثية الإرهابية» is the Houthis' militia)
                common_noun = not has_article(tokens[start])
                adjective = _feminine_adjective_follows(tokens, end) and start - 1 not in agent_ends
                # («مسلحون حوثيون»: a group's indefinite nisba after an indefinite sector noun is the group's)
                group_nisba = start - 1 in agent_ends and not has_article(tokens[start - 1])
                # (a bare nisba stays an adjective: «طائرة سعودية» is Saudi, though «سعودية» names no state)
                refs = [r for r in refs if r.kind == "demonym" or (group_nisba and r.entry.kind == "group") or not (
                    (common_noun or (adjective and r.entry.kind == "group")) and (
                    (r.entry.id, tokens[start].keys[-1]) in self.kb.definite_only
                    or any((r.entry.id, k) in self.kb.definite_only for k in tokens[start].keys)))]
                # (a head word and a quote set the name off as the body's: «حركة «فتح»»)
                quoted_after_head = start >= 2 and tokens[start - 1].text in QUOTES \
                    and tokens[start - 2].keys[-1] in _QUOTED_NAME_HEADS
                if any((r.entry.id, tokens[start].keys[-1]) in self.kb.context_only for r in refs) \
                        and not _beside_a_group(tokens, start, found) and not quoted_after_head:
                    refs = [r for r in refs if (r.entry.id, tokens[start].keys[-1]) not in self.kb.context_only]
                if tokens[start].text.endswith("ة"):
                    # «درجة عالية» (a high degree) is not «عاليه» (Aley, in Mount Lebanon), nor «هالة» (a halo) «هاله»
                    # (Halle): a word written with «ة» is no one-word place the KB spells only with «ه»
                    refs = [r for r in refs if not any((r.entry.id, k) in self.kb.ha_only
                                                       for k in (tokens[start].keys[-1],
                                                                 strip_article(tokens[start].keys[-1])))]
                refs = [r for r in refs if not (r.kind == "person" and (_hamza_mismatch(tokens[start], r.entry)
                                                                         or _article_mismatch(tokens[start], r.entry)
                                                                         or _missing_article(tokens[start], r.entry)))]
                if start > 0 and tokens[start].keys[-1] in _ADJECTIVAL_AGENTS and has_article(tokens[start - 1]) \
                        and start - 1 not in agent_ends:
                    continue  # «الكفاح المسلح», «الهجوم المسلح»: an adjective of the noun before, not a gunman
                if start > 0 and tokens[start - 1].keys[-1] in _WATERS:
                    refs = [r for r in refs if r.kind != "demonym"]  # «المحيط الهندي», «الخليج العربي»: a sea's name
                if 1 < start and end + 1 < len(tokens) and tokens[start - 1].text in OPENING_QUOTES \
                        and tokens[end + 1].text in CLOSING_QUOTES and tokens[start - 2].is_word \
                        and has_article(tokens[start]) and not has_article(tokens[start - 2]):
                    # «مجمع «الإيطالي» التجاري»: a definite nisba quoted after a noun in construct is a building's
                    # name (not «بطائرتين مسيّرتين «إسرائيليتين»», the drones' side in quotes)
                    refs = [r for r in refs if r.kind != "demonym"]
                if common_noun and any(r.kind == "place" for r in refs):
                    refs = [r for r in refs if r.kind != "agent"]  # «هجوم دوما» is the town; «الدوما» the Duma
                if not common_noun and adjective and end + 1 not in nisbas \
                        and tokens[end + 1].keys[-1] not in _PLACE_QUALIFIERS:
                    # «الطبقة السياسية» is the political class, not the town of al-Tabqa («الرقة السورية» is Raqqa)
                    refs = [r for r in refs if r.kind != "place"]
                if common_noun and tokens[start].norm.endswith("يا") and (
                        start == 0 or not tokens[start - 1].is_word or tokens[start - 1].norm in _ADVERB_OPENERS):
                    refs = [r for r in refs if r.kind != "demonym"]  # «أما فلسطينياً، فقد رفضت …»: on that side
                if memory.base_named and not common_noun and tokens[start].keys[-1] == _BASE:
                    # «سيطرت القوات على القاعدة» after «قاعدة الوطية»: the base
                    refs = [r for r in refs if r.entry.kind != "group"]
                if tokens[start].norm.endswith(_YEMENI) and strip_diacritics(tokens[start].text).endswith(_RIGHT_HAND):
                    # «الضفة اليمنى»: the right bank, not Yemeni; «أكبر هزيمة يُمنى بها»: suffered
                    refs = [r for r in refs if r.kind != "demonym"]
            if refs:
                matches.append((start, end, refs))
        # the states this sentence names unambiguously count too («الشرطة الأردنية … في عمان»)
        salience = Counter(memory.salience)
        for _, _, refs in matches:
            codes = {r.entry.role_at(when).code if r.entry.role_at(when) else None for r in refs}
            if len(codes) == 1 and None not in codes:
                salience[codes.pop()] += 1
        for start, end, refs in matches:
            if start == end and "\u0651" in tokens[start].text and any(r.kind == "capital" for r in refs):
                refs = [r for r in refs if r.kind == "capital"]  # «عمّان» written with its shadda is Amman, not Oman
            ref = _choose(refs, when, salience)
            if ref.entry.branches:
                ref = self._home_branch(ref, when, salience)
            out.append((start, end, ref, ref.entry.entity(when, ref.kind)))
        out = self._conjoined_places(tokens, out, when, salience)
        out = [m for m in out if not _describes_place(m, out)]
        # «الأراضي الفلسطينية», «الأراضي السورية»: a country's territory is a place of it
        out = [(s - 1, e, NameRef(ref.entry, "place"), ref.entry.entity(when, "place"))
               if ref.kind == "demonym" and s > 0 and tokens[s - 1].is_word and tokens[s - 1].keys[-1] in _TERRITORY_NOUNS
               else (s, e, ref, ent) for s, e, ref, ent in out]
        covered = {k for s, e, *_ in out for k in range(s, e + 1)}
        # «أميرها», «وزير خارجيتها»: a title with a possessive pronoun belongs to the state in discussion
        possessed = [j for j, t in enumerate(tokens) if t.enclitic in ("ه", "ها") and j not in covered]
        if possessed and (memory.recent_states or out):
            starts = sorted({i for j in possessed for i in range(max(0, j - 3), j + 1)})
            # (a group named again by its head alone, resolved only further on, owns its delegation, forces and
            # leaders too: «غير أن الجماعة اشترطت لسفر وفدها»)
            owners = out + [(k, k, NameRef(entry, "group"), entry.entity(when, "group"))
                            for k, tok in enumerate(tokens) if k not in covered and has_article(tok)
                            and (entry := self.kb.by_id.get(memory.org_heads.get(tok.keys[-1]))) is not None
                            and entry.kind == "group" and not _definite_word_follows(tokens, k)]
            for i in starts:
                tok = tokens[i]
                if i in covered or not tok.is_word:
                    continue
                # the owner: the last state named before it in the sentence («الجيش الأميركي إن قواته»
                # counts), else in the document
                # («غير أن الجماعة اشترطت لسفر وفدها»: a group named in the sentence owns it too)
                pool = owners if _GROUP_MEMBER_HEADS & {k.removesuffix(tok.enclitic) for k in tok.keys} else out
                here = [m for m in pool if m[1] < i
                        and (m[2].kind in _OWNER_KINDS or m[2].kind in ("group", "organisation") and m[3].code)]
                if _possessor_is_masculine(tokens, i):
                    # «أكد الدبيبة رفض حكومته»: «ه» is a man's or a masculine noun's, not that of a feminine
                    # phrase named in between («زار السفارة الفلسطينية»); a man's state owns it
                    here = [m for m in pool if m[1] < i and m[3].code and (
                        m[2].kind in _OWNER_KINDS and not _feminine_nisba(tokens[m[1]])
                        or m[2].kind == "person" and not m[3].feminine
                        or m[2].kind == "group" and not tokens[m[0]].norm.endswith(("ه", "ة")))]
                elif any(t.enclitic == "ها" for t in tokens[i:i + 2]):
                    # «طهران التي استدعت السفير السويدي، ووصفت وزارة خارجيتها»: «ها» is no man's, whatever state
                    # his nisba names; nor a mission's, when a state is named («قررت الخرطوم طرد … البعثة الدبلوماسية
                    # الإيرانية، واستدعاء سفيرها من طهران»: Khartoum's)
                    here = [m for m in here if not (m[2].kind == "demonym" and tokens[m[1]].norm.endswith("ي"))]
                    if any(m[2].kind in _STATE_KINDS and not after_preposition(tokens, m[0]) for m in here):
                        here = [m for m in here if m[2].kind != "demonym"]
                    # («قالت وزيرة الخارجية كلينتون إن بلادها ممتنة لسلطنة عمان، وأكدت وزارتها»: a woman named as
                    # the subject before owns it, over a state after a preposition)
                    here = sorted(here + [m for m in pool if m[1] < i and m[2].kind == "person" and m[3].code
                                          and m[3].feminine], key=lambda m: m[0])
                # (one not after a preposition first: in «أن فرنسا ستنهي وجودها في النيجر وستسحب جنودها», «ها»
                # is France's)
                subjects = [m for m in here if not after_preposition(tokens, m[0])]
                here = subjects or here
                # («أما إيران، الضلع الثالث في مسار أستانا، فقد رحّبت خارجيتها»: the topic «أما» fronts owns
                # what its «ف» clause says, whatever its apposition names)
                topic = next((m for m in here if m[0] > 0 and tokens[m[0] - 1].norm == "اما"), None)
                if topic is not None and any(t.proclitics.startswith("ف") or t.norm in _ANSWER_OF_AMMA
                                             for t in tokens[topic[1] + 1:i + 1]):
                    here = [topic]
                owner = here[-1][3].code if here and here[-1][2].kind in ("person", "group", "organisation") \
                    else here[-1][2].entry.id if here \
                    else memory.recent_states[-1] if memory.recent_states else None
                end, refs = self.kb.trie.match_at(tokens, i, stem=True)
                # (the pronoun is on the head or the last word: «وزير خارجيتها», «قواتها البحرية»,
                # whose «البحرية» alone was read as a body)
                # («قائد قواته البرية»: or on the body a title heads in construct)
                if end < 0 or all(t.enclitic not in ("ه", "ها") for t in tokens[i:end + 1]):
                    continue
                inside = [m for m in out if i <= m[0] and m[1] <= end]
                overlapping = any(m[0] <= end and m[1] >= i for m in out if m not in inside)
                if overlapping or (inside and tokens[i].enclitic not in ("ه", "ها")):
                    continue
                agents = [r for r in refs if r.kind == "agent"]
                if agents and owner is not None:
                    ref = agents[0]
                    base = ref.entry.entity(when, "agent")
                    # «من نظيرتها السورية»: a nisba after the title names its country, not the owner
                    # («السورية» also reads as the country «سورية»)
                    nisba = next((m for m in out if m[0] == end + 1 and (m[2].kind == "demonym" or (
                        m[2].kind == "country" and has_article(tokens[end + 1])))), None)
                    code = nisba[3].code if nisba is not None else owner
                    # (a group's delegation or forces are the group's: «وفدها» after «الجماعة»; an organisation's
                    # officers its own: «أمينها العام» after «جامعة الدول العربية»)
                    group = here[-1][3] if nisba is None and here and here[-1][2].kind in ("group", "organisation") \
                        else None
                    sector = group.sector if group is not None and base.sector in (None, "GOV") else base.sector
                    entity = Entity(code, sector, "agent", office=base.office)
                    out = [m for m in out if m not in inside] + [(i, end, ref, entity)]
                    covered.update(range(i, end + 1))
        # «قال الوزير إن بلاده …», «أجرى ترامب اتصالا بولي العهد، أكد خلاله دعم بلاده»: «his country»
        # is the state of the sentence's first named person or official, else of the last state named; «their
        # government» («حكومتهم», «his» is a possessed title) is that state's government
        for i, tok in enumerate(tokens):
            government = not _THEIR_GOVERNMENT.isdisjoint(tok.keys)
            if i in covered or not tok.is_word or (_HIS_COUNTRY.isdisjoint(tok.keys) and not government) \
                    or tok.text.endswith("ة"):
                continue  # («بلدة» is a town: ta marbuta and «ه» meet only after normalisation)
            before = [m for m in out if m[1] < i and m[3].code and self._is_country(m[3].code)]
            # (a title right before a state names an official of it: «أمير الكويت», «رئيس مصر», past the words of
            # its portfolio: «وزير الري والموارد المائية السوداني»)
            starts = {m[0] for m in out}
            titled = {_past_portfolio(tokens, m[1] + 1, i, starts) for m in out if m[2].kind == "agent"}
            people = [m for m in before if m[2].kind in ("person", "agent") or m[0] in titled]
            # (…, unless a later one says it: «أجرى بوتين وكيم محادثات …، وأكد كيم أن بلاده ستقف»)
            # (or says it with a word of saying between: «ردّ عليه ميتسوتاكيس بالقول إن بلاده»)
            said = i >= 2 and tokens[i - 1].norm in ("ان", "بان")
            speaker = next((m for m in people if said and (m[1] == i - 2 or (
                m[1] == i - 3 and tokens[i - 2].norm in _SAYING))), None)
            # («مسؤولين إسرائيليين أكدوا أن حكومتهم»: «their» government is of the officials named last)
            owner = people[-1] if government and people else speaker or (people[0] if people else None)
            code = owner[3].code if owner is not None else before[-1][3].code if before else None
            if code is not None:
                entry = self.kb.by_id[code]
                entity = entry.entity(when, "country")
                out.append((i, i, NameRef(entry, "country"), replace(entity, sector="GOV") if government else entity))
                covered.add(i)
        # «حمّلت واشنطن طهران المسؤولية، وهو ما نفته الأخيرة», «فوافق الأخير»: the latter is the party of its
        # gender named last before it in the sentence (after a definite or possessed noun, «الأخير» is an
        # adjective: «الشهر الأخير», «أيامها الأخيرة»)
        for i, tok in enumerate(tokens):
            if i in covered or not tok.is_word or tok.keys[-1] not in _LATTER or not has_article(tok):
                continue
            prev = tokens[i - 1] if i > 0 else None
            if prev is not None and prev.is_word and (has_article(prev) or prev.enclitic or prev.norm in _BEFORE_LAST):
                continue
            feminine = _LATTER[tok.keys[-1]]
            antecedent = next((m for m in sorted(out, key=lambda m: -m[0]) if m[1] < i and m[3].code
                               and _of_gender(tokens, m, feminine)), None)
            if antecedent is not None:
                out.append((i, i, antecedent[2], antecedent[3]))
                covered.add(i)
        # «أبدى مكتب المفوضية السامية … قلقه، ودعا المتحدث باسمه …»: the spokesman of the party the sentence opened with
        for n, m in enumerate(out):
            if m[2].kind == "agent" and m[3].code is None and m[1] + 1 < len(tokens) \
                    and tokens[m[1] + 1].norm in _ON_ITS_BEHALF:
                principal = next((p for p in sorted(out, key=lambda x: x[0]) if p[1] < m[0] and p[3].code
                                  and p[3].kind not in ("place", "capital", "country")), None)
                if principal is not None:
                    out[n] = (m[0], m[1], m[2], replace(m[3], code=principal[3].code,
                                                        sector=principal[3].sector or m[3].sector))
        # «الجامعة», «الحلف», «المنظمة» alone, after the organisation was named in full (a group named
        # earlier in the same sentence counts: «قال المتحدث باسم جماعة الحوثي إن الجماعة استهدفت»)
        heads = dict(memory.org_heads)
        named_here = []  # (token, head word, id) of the groups and organisations this sentence names
        implied_here = []  # (the same for a head a group's other names use: «الحوثيين» … «الجماعة»)
        for start, end, ref, _ in sorted(out, key=lambda m: m[0]):
            if ref.kind == "group":
                used = _group_head_word(tokens[start].keys[0])
                if used:
                    named_here.append((start, used, ref.entry.id))
                implied_here.extend((start, head, ref.entry.id) for head in self._heads_of[ref.entry.id]
                                    if head != used)
                named_here.extend((start, phrase_keys(short)[0], ref.entry.id) for short in ref.entry.short_names)
            elif ref.kind == "organisation":
                named_here.append((start, _ORGANISATION, ref.entry.id))
                if len(phrase_keys(ref.entry.names[0])) > 1:  # «رفض حلف شمال الأطلسي …، فاتهم زيلينسكي الحلف»
                    named_here.append((start, _head_word(ref.entry), ref.entry.id))
            elif ref.kind == "agent" and end > start:
                # «كتب مسؤول السياسة الخارجية في الاتحاد الأوروبي … أن الاتحاد «يدينها»»: an organisation its
                # officer's title names is named too
                named_here.extend((start, _head_word(org), org.id)
                                  for org in self._organisations_in_title(tokens, start, end))
        for i, tok in enumerate(tokens if heads or named_here or implied_here else ()):
            # (the head the text used wins over one implied: «حزب الله» … «حزب القوات» … «الحزب»)
            org = next((org for start, head, org in reversed(named_here) if start < i and head == tok.keys[-1]),
                       None) or heads.get(tok.keys[-1]) or next(
                (org for start, head, org in reversed(implied_here) if start < i and head == tok.keys[-1]), None)
            if not org or not has_article(tok):
                continue
            # (a definite adjective after it makes another name: «الجماعة الإسلامية»)
            if org in self.kb.by_id and not _definite_word_follows(tokens, i) \
                    and not any(m[0] <= i <= m[1] and not (m[0] == m[1] and m[2].kind == "agent") for m in out):
                out = [m for m in out if not (m[0] == m[1] == i)]
                entry = self.kb.by_id[org]
                kind = "group" if entry.kind == "group" else "organisation"
                out.append((i, i, NameRef(entry, kind), entry.entity(when, kind)))
                covered.add(i)
        # «حلّ المجلس الأعلى للقضاء» … «وردّ المجلس»: a body named in full by its title, then by its head alone
        for i, tok in enumerate(tokens if memory.bodies else ()):
            body = memory.bodies.get(tok.keys[-1]) if tok.keys[-1] in _RESTATED_BODY_HEADS else None
            if body is not None and body.entry_id in self.kb.by_id and has_article(tok) and i not in covered \
                    and not _definite_word_follows(tokens, i) and not any(m[0] <= i <= m[1] for m in out):
                out.append((i, i, NameRef(self.kb.by_id[body.entry_id], "agent"), body))
                covered.add(i)
        # «ودانت «النهضة» …» after «حركة النهضة»: a group's name without its head, in quotes
        for i in range(1, len(tokens) - 1) if memory.quoted_names else ():
            org = memory.quoted_names.get(tokens[i].keys[-1])
            if org in self.kb.by_id and i not in covered and tokens[i - 1].text in QUOTES \
                    and tokens[i + 1].text in QUOTES:
                out.append((i, i, NameRef(self.kb.by_id[org], "group"), self.kb.by_id[org].entity(when, "group")))
                covered.add(i)
        # (and one named in full in this sentence, after that name: «المندوبة الأميركية سامانثا باور …، إذ
        # توجهت باور»)
        named_here = {m[2].entry.id: m[1] for m in out
                      if m[2].kind == "person" and m[1] > m[0] and m[2].entry.id not in memory.families_of}
        for m in out:
            if m[2].entry.id in named_here:
                _remember_family_names(m[2].entry, memory)
        # a family name met earlier in the document beats a lone nisba: «زيارة السوداني إلى أنقرة» is
        # Iraq's prime minister once «محمد شياع السوداني» has been named
        lone_nisbas = {m[0] for m in out if m[0] == m[1] and m[2].kind == "demonym"
                       and not (m[0] > 0 and tokens[m[0] - 1].is_word and has_article(tokens[m[0] - 1]))}
        # (and a group's short form, «حزب العمال» after «حزب العمال الكردستاني», beats the uncoded words it is made of)
        uncoded = {k for m in out if m[3].code is None and m[2].kind in ("agent", "group")
                   for k in range(m[0], m[1] + 1)} if memory.aliases.size else set()
        aliased = memory.aliases.find_all(tokens, skip=covered - lone_nisbas - uncoded) \
            if memory.aliases.may_end_in(t.keys for t in tokens) else []
        for start, end, refs in aliased:
            if all(start < named_here.get(r.entry.id, -1) for r in refs):
                continue  # not before the name in full («قمة السلطان قابوس والشيخ صباح»)
            if start == end and refs[0].kind == "person" and (
                    tokens[start].norm.removeprefix("و") in _FAMILY_NAME_IDIOMS
                    or has_article(tokens[start]) and tokens[start].keys[-1] in memory.articleless_families):
                # «لصالح» is "in favour of", «جامع الصالح» no Saleh: a family name as a word
                continue
            if start in lone_nisbas or start in uncoded:
                out = [m for m in out if not (start <= m[0] <= end or start <= m[1] <= end)]
            ref = _choose(refs, when, memory.salience)
            out.append((start, end, ref, ref.entry.entity(when, ref.kind)))
            covered.update(range(start, end + 1))
        # (a match runs into no covered token, so their keys are never tried)
        # (most sentences have no token that could end one of these names: nothing to try)
        found = []
        if any(self._skeletons.may_end(t.keys) for i, t in enumerate(tokens) if i not in covered and t.is_word):
            skeletons = [() if i in covered or not t.is_word else self._skeletons[t.keys] for i, t in enumerate(tokens)]
            found = self.kb.skeletons.find_all(tokens, skip=covered, token_keys=skeletons)
        for start, end, refs in found:
            if len(tokens[end].keys[-1]) < MIN_SKELETON + 1 or has_article(tokens[start]):
                continue  # (a word with the article is Arabic, no foreign name spelled anew: «الأفريقي»)
            if start == end and not _respelt_name(tokens[start], refs):
                continue  # a lone word is a name respelt only with its vowels added or left out, not «أفريقي»
            ref = _choose(refs, when, memory.salience)
            out.append((start, end, ref, ref.entry.entity(when, ref.kind)))
            covered.update(range(start, end + 1))
        # «المملكة» / «السلطنة» for the state under discussion; «البلدان» for the two just named.
        for i, tok in enumerate(tokens):
            if i in covered or not tok.is_word:
                continue
            key = tok.keys[-1]
            if key == PARTIES and not (i + 1 < len(tokens) and tokens[i + 1].keys[-1] in _AT_WAR) \
                    and (i > 0 and tokens[i - 1].norm.removeprefix("و") in _ALL
                         or i + 1 < len(tokens) and tokens[i + 1].norm in _ALL):
                key = "طرفين"  # «دعا جميع الأطراف إلى ضبط النفس»: the sides of the story, as «الطرفين» would be
            if tok.stem_keys[-1] == _ALLIES:
                key = _ALLIES  # «حلفاءها الخليجيين»: allies, with or without their owner's pronoun
            if (key in _GROUP_HEADS or key in _NEIGHBOURS_WORDS) and i + 1 < len(tokens):
                members = _neighbours(tokens, i if key in _NEIGHBOURS_WORDS else i + 1, out, memory) \
                    or self._bloc_members(tokens, i + 1, out, memory)
                if members and members[0] + 1 < len(tokens) \
                        and (size := _GROUP_SIZES.get(tokens[members[0] + 1].keys[-1])) is not None \
                        and len(named := [c for c in _listed_states(out, i) or memory.last_group
                                          if c in members[1]]) == size:
                    # «وأمهلت الدول الخليجية الثلاث»: the members of the list named before, as many as the count says
                    members = (members[0] + 1, named)
                if members:
                    # «دول مجلس التعاون», «دول المجلس»: the member states, over the whole phrase; «دول جوار السودان»:
                    # the states on its borders
                    out = [m for m in out if not i < m[0] <= members[0]]
                    end = members[0]
                    for code in members[1]:
                        entry = self.kb.by_id.get(code)
                        if entry:
                            out.append((i, end, NameRef(entry, "country"), entry.entity(when, "country")))
                    covered.update(range(i, end + 1))
                    continue
            construct = key in _PAIR_WORDS and i + 1 < len(tokens) and has_article(tokens[i + 1])  # «وزيرا الخارجية»
            if "ال" not in tok.norm[:4] and not construct:
                continue
            if construct and any(m[0] == i + 2 and m[2].kind == "person" for m in out):
                continue  # «وزيرا الخارجية أنتوني بلينكن والدفاع لويد أوستن»: the two holders are named
            if key in _PAIR_WORDS and any(m[0] == i + (2 if construct else 1) and m[2].kind == "demonym" for m in out):
                # «الجانبان العراقي والتركي», «الرئيسان الروسي … والتركي», «وزيري الخارجية اليوناني … والمصري»:
                # the nisbas name the two
                continue
            if key == _STRIP and memory.gaza_named and not construct and (gaza := self.kb.by_id.get("PSE")) is not None \
                    and not (i + 1 < len(tokens) and has_article(tokens[i + 1])
                             and tokens[i + 1].norm not in _STRIP_ADJECTIVES):
                # «أرسلت تركيا المساعدات إلى القطاع» after Gaza was named: the Strip, a place of Palestine
                out.append((i, i, NameRef(gaza, "place"), gaza.entity(when, "place")))
            elif key in self._generic:
                # «نفى وزير الخارجية السعودي أن تكون المملكة …»: the sentence so far counts too
                here = Counter(m[3].code for m in out if m[1] < i and m[3].code)
                cands = [c for c in self._generic[key] if memory.salience[c] or here[c]]
                # (a kingdom named just before is the one meant: «أعلن الديوان الملكي السعودي وقوف المملكة»)
                near = [m[3].code for m in out if m[1] < i <= m[1] + 2 and m[3].code in cands]
                if cands:
                    code = near[-1] if near else max(cands, key=lambda c: memory.salience[c] + here[c])
                    entry = self.kb.by_id[code]
                    out.append((i, i, NameRef(entry, "country"), entry.entity(when, "country")))
            elif (key in _GROUP_HEADS or key in _LEADERS_OF_GROUP and i + 1 < len(tokens)
                  and tokens[i + 1].keys[-1] in _GROUP_SIZES) \
                    and len(group := _listed_states(out, i) or memory.last_group) >= 3 \
                    and ((qualified := i + 1 < len(tokens) and tokens[i + 1].keys[-1] in _GROUP_QUALIFIERS
                          and i + 1 not in covered) or (i > 0 and tokens[i - 1].norm in THESE)):
                # «الدول الأربع», «الدول المقاطعة», «العواصم الثلاث», «هذه الدول»: the states listed before, in
                # this sentence or an earlier one, and those that joined the list when its count says so
                last = i + 1 if qualified else i
                missing = _GROUP_SIZES.get(tokens[i + 1].keys[-1], 0) - len(group) if qualified else 0
                if group is memory.last_group and 0 < missing <= len(memory.group_joiners):
                    group = group + memory.group_joiners[-missing:]
                # («الوزراء الثلاثة», «القادة الأربعة»: the states' leaders, their governments)
                sector = "GOV" if key in _LEADERS_OF_GROUP else None
                for code in group:
                    entry = self.kb.by_id.get(code)
                    if entry:
                        entity = entry.entity(when, "country")
                        out.append((i, last, NameRef(entry, "country"),
                                    replace(entity, sector=sector) if sector else entity))
                covered.update(range(i, last + 1))
            elif key in _PAIR_WORDS and key not in _PARTY_PAIR_WORDS and (pair := _conjoined_states(tokens, out, i)):
                # «انضمام السويد وفنلندا …، متهماً البلدين»: two states just named together (not «الطرفين»:
                # «شكرت قطر ومصر … والوسطاء يبحثون مع الطرفين» — the parties are others)
                for ref, ent in pair:
                    out.append((i, i, ref, ent))
            elif key in _PAIR_WORDS and key not in _TREATY_PARTY_WORDS and _bare(tokens, i) \
                    and len(here := _sentence_pair(tokens, out, i)) == 2 and all(code in self.kb.by_id for code in here):
                # «استقبل أردوغان العاهل الأردني، وأكد الزعيمان (الجانبان) …»: the two states this sentence has
                # named (not «الطرفان», often the sides a statement by two others binds: «بيان السعودية والولايات
                # المتحدة»)
                for code in here:
                    entry = self.kb.by_id[code]
                    out.append((i, i, NameRef(entry, "country"), entry.entity(when, "country")))
            elif key in _PAIR_WORDS and key not in _PARTY_PAIR_WORDS and not _bare(tokens, i) \
                    and len(here := _sentence_parties(tokens, out, i)) == 2 and all(c in self.kb.by_id for c in here) \
                    and len(before := memory.recent_states[-4:]) >= 2 and not set(here) & set(before):
                # «وقع غانتس مذكرة تفاهم مع المغرب تؤطر التعاون بين البلدين» after a paragraph on Russia and
                # Ukraine: the two states this sentence names, when the states named before are none of them
                # (one of them shared — «وأعربت السعودية عن أسفها لقطع العلاقات بين البلدين» — the pair before)
                for code in here:
                    entry = self.kb.by_id[code]
                    out.append((i, i, NameRef(entry, "country"), entry.entity(when, "country")))
            elif key in _PAIR_WORDS and not _bare(tokens, i) \
                    and any(m[1] < i and m[3].code in _NON_STATE_CODES for m in out) \
                    and len(here := [c for c in _sentence_parties(tokens, out, i, bare=True)
                                     if c not in _NON_STATE_CODES]) == 2 and all(c in self.kb.by_id for c in here):
                # «اعتبر الرئيس اللبناني أن استخدام إسرائيل …، فيما أجرى قائد «يونيفيل» اتصالات بالجانبين»: a body of
                # no state deals with the two states this sentence has named
                for code in here:
                    entry = self.kb.by_id[code]
                    out.append((i, i, NameRef(entry, "country"), entry.entity(when, "country")))
            elif key in _FIGHTING_SIDES and i + 1 < len(tokens) and tokens[i + 1].keys[-1] in _AT_WAR \
                    and (warring := self._warring(memory)):
                # «وطالب البيان الأطراف المتحاربة بوقف التصعيد», «دعت طرفي النزاع إلى …»: the two sides of the
                # document's fight, whoever was named since
                out.extend((i, i + 1, ref, entity) for ref, entity in warring)
                covered.update((i, i + 1))
            elif key in _PAIR_WORDS and ((calm := key.endswith("ين") and any(
                    t.keys[-1] in _CALM_WORDS for t in tokens[i + 1:i + 4])) or key in _PARTY_PAIR_WORDS) \
                    and (warring := self._warring(memory)) \
                    and {e.code for _, e in warring} <= set(recent_codes := list(dict.fromkeys(
                        self.kb.by_id[p].entity(when).code for p in memory.recent_parties))) \
                    and (calm or {e.code for _, e in warring} == set(
                        sorted(recent_codes, key=lambda c: -memory.salience[c])[:len({e.code for _, e in warring})])):
                # «ودعت فرنسا الطرفين إلى ضبط النفس» after Israel's strikes and Hezbollah's rockets: the two sides of
                # the document's fight, both among the parties named lately, whoever was named since; and «الطرفان»
                # in a story whose most told parties are the fight's («وقّع الطرفان إعلان جدة» in a war at home)
                # (ties of salience ranked by the order the parties were named, never by a set's hash order)
                out.extend((i, i, ref, entity) for ref, entity in warring)
            elif key in _PAIR_WORDS and len(recent := (wide := self._recent_parties(
                    i, [m for m in out if m[0] not in dateline] if _bare(tokens, i) else [], memory,
                    parties=key in _PARTY_PAIR_WORDS, last=_WIDER_RECALL))[-4:]) >= 2:
                # the two states (or, for «الطرفان», parties) the text has been about: the most named
                # among the last four
                known = {p: self.kb.by_id[p] for p in wide if p in self.kb.by_id}
                codes = {p: e.entity(when).code for p, e in known.items()}
                near = list(dict.fromkeys(p for p in recent if p in known))
                # (and a host or mediator this sentence named: «… بضيافة المملكة العربية السعودية، وخلص الجانبان»)
                go_betweens = memory.go_betweens | {ent.code for start, _, _, ent in out
                                                    if start < i and _after_go_between(tokens, start)}
                sides = [p for p in near if codes[p] not in go_betweens]
                if len(sides) < 2 and len(sides) < len(near):
                    # a go-between among the last four: the other side is named further back («بين إيران
                    # والولايات المتحدة … البوسعيدي … الوزير العُماني … الطرفين»)
                    recent, near = wide, list(known)
                    sides = [p for p in near if codes[p] not in go_betweens]
                entries = {p: known[p] for p in (sides if len(sides) >= 2 else near)}  # the two sides, not the mediator
                ranked = sorted(entries, key=lambda p: (-memory.salience[codes[p]], -recent[::-1].index(p)))
                pair = [p for n, p in enumerate(ranked) if codes[p] not in {codes[q] for q in ranked[:n]}][:2]
                accord = set(memory.accord_pair)
                if key not in _PARTY_PAIR_WORDS and len(accord) == 2 and all(c in self.kb.by_id for c in accord) \
                        and set(pair) != accord and accord <= set(codes.values()):
                    # «وقّع ملس زيناوي وأسياس أفورقي اتفاق سلام … وأشاد بوتفليقة بشجاعة الزعيمين»: the two sides of
                    # the deal or talks the text told last, however often their host has been named since
                    entries = {c: self.kb.by_id[c] for c in memory.accord_pair}
                    pair = list(memory.accord_pair)
                if len(pair) < 2 and key in _PARTY_PAIR_WORDS:
                    # «وتبادل الطرفان الاتهامات» in a war at home: the state's forces and its rebels
                    side_of = {p: (codes[p], known[p].entity(when).sector) for p in ranked}
                    pair = [p for n, p in enumerate(ranked) if side_of[p] not in {side_of[q] for q in ranked[:n]}][:2]
                for p in pair:
                    entry = entries[p]
                    out.append((i, i, NameRef(entry, entry.kind), entry.entity(when, entry.kind)))
        out = self._dual_titles(tokens, out, memory)
        out.sort(key=lambda m: (m[0], m[1]))
        # «الأمير محمد بن سلمان», «الرئيس شي جين بينغ»: an honorific right before a name is part of it
        merged = []
        for n, m in enumerate(out):
            if merged and merged[-1][2].kind == "agent" and merged[-1][0] == merged[-1][1] \
                    and tokens[merged[-1][0]].keys[-1] in HONORIFICS and m[2].kind == "person" \
                    and m[0] == merged[-1][1] + 1:
                honorific = merged.pop()
                m = (honorific[0], m[1], m[2], m[3])
            elif m[2].kind == "person" and m[0] > 0 and (not merged or merged[-1][1] < m[0] - 1) \
                    and (title := tokens[m[0] - 1]).is_word and has_article(title) \
                    and title.proclitics.startswith("و") and title.keys[-1] in _TITLES_BEFORE_NAMES:
                # «التقى الرئيس حسن روحاني والمرشد علي خامنئي»: a conjoined title the knowledge base does not name alone
                # is part of the name, and its «و» joins the phrase to the one before
                m = (m[0] - 1, m[1], m[2], m[3])
            merged.append(m)
        return merged

    def _warring(self, memory: DocumentMemory) -> list:
        """The two sides of the document's fight as (reference, entity) pairs — an army the text named by its state
        under the state's entry — or none."""
        warring = memory.warring()
        entries = [self.kb.by_id.get(entity.entry_id or entity.code) for entity in warring]
        if len(warring) != 2 or not all(entries):
            return []
        return [(NameRef(entry, entity.kind), entity) for entry, entity in zip(entries, warring)]

    def _dual_titles(self, tokens, out, memory: DocumentMemory) -> list:
        """«وزيرا الخارجية», «رئيسا البلدين»: two holders of a title that names no state are the
        officials of the two states the text has been about."""
        duals = _DUAL_TITLES | _OBLIQUE_DUAL_TITLES
        for m in [m for m in out if m[2].kind == "agent" and m[3].code is None and m[0] > 0
                  and tokens[m[0] - 1].norm in duals and has_article(tokens[m[0]])
                  and not _singular_or_governs_prep(tokens[m[0] - 1], tokens[m[0]])]:
            if any(x[2].kind == "demonym" and m[0] < x[0] <= m[1] + 1 for x in out):
                # «توقيع وزيري الخارجية اليوناني … والمصري …»: the nisbas name the states, the first the first
                # holder's, and the title belongs to the phrase
                out = [x for x in out if x is not m] + [(m[0] - 1, *m[1:])]
                continue
            holder = next((x for x in out if x[2].kind == "person" and x[0] == m[1] + 1), None)
            if holder is not None:
                # «وزيرا الخارجية أنتوني بلينكن والدفاع …», «اجتماع وزيري الخارجية مولود جاووش أوغلو وفيصل
                # المقداد»: the holders are named after it, the first right after the title, which is his
                out = [x for x in out if x is not m and x is not holder] + [(m[0] - 1, holder[1], *holder[2:])]
                continue
            recent = self._recent_parties(m[0] - 1, out, memory, parties=False)
            ranked = sorted(set(recent), key=lambda c: (-memory.salience[c], -recent[::-1].index(c)))[:2]
            if len(ranked) == 2:
                out = [x for x in out if x is not m] + [
                    (m[0] - 1, m[1], m[2], Entity(c, m[3].sector, "agent", office=m[3].office)) for c in ranked]
        return out

    @staticmethod
    def _recent_parties(i: int, raw, memory: DocumentMemory, parties: bool, last: int = 4) -> list[str]:
        """The `last` states (and, with `parties`, groups) named before token `i`: earlier in the
        document, then earlier in this sentence (`raw`; empty after a preposition, where «بين
        البلدين» only recalls the parties of the sentence's own event)."""
        recent = list(memory.recent_parties if parties else memory.recent_states)
        kinds = _STATE_KINDS | {"demonym"} | ({"group"} if parties else set())  # «الرئيس التركي» names Turkey
        for start, _, ref, ent in sorted(raw, key=lambda m: m[0]):
            if start < i and ref.kind in kinds and ent.code:
                _push(recent, ref.entry.id if parties else ent.code)
        return recent[-last:]

    def _home_branch(self, ref: NameRef, when, salience: Counter) -> NameRef:
        """The national branch of a movement named alone that the document means: the branch of the state it
        has named most, when more often than the movement's own («الإخوان المسلمين» in a report about Jordan)."""
        own = ref.entry.role_at(when)
        branches = [(salience[role.code], self.kb.by_id[b]) for b in ref.entry.branches
                    if b in self.kb.by_id and (role := self.kb.by_id[b].role_at(when)) is not None]
        best = max(branches, key=lambda sb: sb[0], default=None)
        if best is None or best[0] <= (salience[own.code] if own is not None else 0):
            return ref
        return NameRef(best[1], ref.kind)

    def _bloc_members(self, tokens, i, raw, memory) -> Optional[tuple[int, list[str]]]:
        """The end and member states of the organisation named at token `i`, or referred to there by
        the first word of its name after it was named in full, earlier in this sentence or document
        («المجلس» for «مجلس التعاون»)."""
        for start, end, ref, _ in raw:
            if start == i and ref.entry.members:
                return end, ref.entry.members
        if tokens[i].keys[-1] in _GULF_WORDS and (gcc := self.kb.by_id.get("gcc")) is not None:
            # «دول الخليج (العربي)», «الدول الخليجية»: the Gulf states are the Cooperation Council's members
            arab = i + 1 < len(tokens) and tokens[i + 1].keys[-1] in ("عربي", "عربيه")
            return (i + 1 if arab else i), gcc.members
        if not has_article(tokens[i]):
            return None
        heads = {**memory.bloc_heads, **memory.org_heads}
        heads.update((_head_word(ref.entry), ref.entry.id) for start, _, ref, _ in raw
                     if start < i and ref.kind == "organisation")
        bloc = self.kb.by_id.get(heads.get(tokens[i].keys[-1], ""))
        return (i, bloc.members) if bloc is not None and bloc.members else None

    # -- composition into noun phrases -------------------------------------------------------------
    def _compose(self, tokens, raw, memory, when: Optional[date]) -> list[NP]:
        nps: list[NP] = []
        scene = _opening_scene(tokens, raw)
        if scene is not None:
            memory.scene, memory.paragraph_titles = scene, set()
        i = 0
        while i < len(raw):
            start, end, ref, ent = raw[i]
            if ref.kind == "agent" and ref.entry.name_ar in _ADJECTIVAL_TITLES and start > 0 \
                    and tokens[start - 1].is_word and has_article(tokens[start - 1]) \
                    and not any(r[0] <= start - 1 <= r[1] for r in raw):
                # «الحل الدبلوماسي», «المسار الدبلوماسي لـ«إيكواس»»: an adjective of the noun before (not after a
                # party: «اعتقلت الشرطة الدبلوماسي الإيراني»)
                i += 1
                continue
            prefix = _first_key_prefix(tokens[start], self._root_keys)
            # («عن مطار صنعاء», «في مدينة حلب»: a place named after its kind takes that noun's preposition)
            head_noun = ref.kind == "demonym" or (ref.kind in ("country", "capital", "place") and start > 0
                                                  and tokens[start - 1].keys[-1] in _PLACE_HEADS)
            prep, coordinated = _prep_of(tokens, start, prefix, head_noun=head_noun)
            coordinated = coordinated or tokens[start].proclitics.startswith(("و", "ف")) \
                or self._split_place(tokens, start, end, ref)
            # («في العاصمة السويدية», «في مدينة تركية حدودية»: a nisba after a place's kind names a place of that
            # state, unless the place is named after it: «العاصمة القطرية الدوحة»)
            named_after = i + 1 < len(raw) and raw[i + 1][0] == end + 1 \
                and raw[i + 1][2].kind in _STATE_KINDS | {"place"}
            kinds = ["place"] if ref.kind == "demonym" and start > 0 and tokens[start - 1].keys[-1] in _PLACE_HEADS \
                and not named_after else [ref.kind]
            agent_phrase = ref.entry.name_ar if ref.kind == "agent" else None
            entity = ent
            person: Optional[Entity] = ent if ref.kind == "person" else None
            j = i + 1
            # Pair words stand for two states: emit them as two phrases over the same span.
            if j < len(raw) and raw[j][0] == start and raw[j][1] == end:
                nps.append(self._np(tokens, start, end, entity, prep, coordinated, kinds, agent_phrase))
                i += 1
                continue
            siblings: list[Entity] = []  # «قادة دول المجلس»: a head joined to several states at once
            titled = ref.kind == "agent" and ref.entry.agent_kind == "title"
            unqualified = ref.entry.unqualified_code if ref.kind == "agent" else None
            while j < len(raw) and ref.kind != "place":
                nstart, nend, nref, nent = raw[j]
                # what may agree with a definite head: an adjective, a one-word title («المجلس العسكري الحاكم»;
                # not another office, «وزارة الخارجية الأمين العام للأمم المتحدة»), or a state named with an
                # article its name lacks, i.e. its nisba («الرئيس الجيبوتي»)
                agrees = nref.entry.adjective and not _plural_before_singular(tokens[end], tokens[nstart]) or (
                    nref.entry.agent_kind == "title" and nend == nstart
                    and tokens[nstart].norm.removeprefix("ال") in _AGREEING_TITLES) or (
                    nref.kind == "country" and has_article(tokens[nstart]) and nref.entry.id not in self._definite_states)
                # (a state an envoy is accredited to is no title of his: «سفيرها لدى مصر عبد المحمود عبد الحليم»)
                if not self._joins(tokens, end, nstart, kinds, nref.kind, entity.code, nent.code, agrees, titled,
                                   governed=bool(prep) and normalize(prep) != "لدي"):
                    break
                if nref.kind == "person" and kinds == ["agent"] and ref.entry.agent_kind == "group" and end > start \
                        and _unbound_sound_plural(tokens[start]):
                    break  # «خطف متطرفون يهود الفتى محمد أبو خضير»: a plural that keeps its «ن» governs no name
                titled = titled or (nref.kind == "agent" and nref.entry.agent_kind == "title")
                same_span = [r for r in raw[j + 1:] if (r[0], r[1]) == (nstart, nend)]
                siblings = [self._combine(entity, kinds, r[2].kind, r[3], titled) for r in same_span]
                entity = self._combine(entity, kinds, nref.kind, nent, titled)
                if nref.kind == "person":
                    person = nent
                if nref.kind == "agent" and agent_phrase is None:
                    agent_phrase = nref.entry.name_ar
                if nref.kind == "agent":
                    unqualified = unqualified or nref.entry.unqualified_code
                kinds.append(nref.kind)
                end = nend
                j += 1 + len(same_span)
            # the text's own title names the person's state at the time («رئيس الوزراء البريطاني توني
            # بلير» is British even when the knowledge base's latest role for him is another)
            # (so does a nisba joined by «و» right before a name: «نظيريه الإثيوبي … والصومالي أحمد معلم فقي» is
            # Somali whoever else «أحمد» named; not one that qualifies a noun before it: «للشؤون الفلسطينية هادي عمرو»)
            titled = entity.code if "agent" in kinds and any(k in ("demonym", "country") for k in kinds) \
                or (kinds[:2] == ["demonym", "person"] and tokens[start].proclitics.startswith("و")) else None
            if person is not None and person.code and ref.kind == "agent" and ent.sector == "CVL" \
                    and ref.entry.agent_kind != "title":
                # «أنصار الرئيس البرازيلي السابق جايير بولسونارو»: a crowd named after a person is of his
                # country, and a crowd still
                entity = Entity(titled or person.code, "CVL", "agent", office=ent.office)
            elif person is not None and person.code:
                # «النائب صلاح البردويل» in 2008: of the roles he held then, the one the text's title names (a
                # former title names none: «وزيرة الخارجية الألمانية السابقة أنالينا بيربوك» is what she is on the day)
                former = any(has_article(t) and t.keys[-1] in _NO_LONGER_IN_OFFICE for t in tokens[start:end + 1])
                titled = None if former else titled
                held = self._role_titled(person, entity.sector, when) if ref.kind == "agent" \
                    and ref.entry.agent_kind == "title" and not former else None
                # («إدارة ترمب» weeks before he took office, «حكومة نتنياهو» while he led the opposition: the
                # government a person heads is a government, whatever his role on the day)
                led = "GOV" if ref.kind == "agent" and ref.entry.agent_kind == "body" and entity.sector == "GOV" \
                    and kinds[:2] == ["agent", "person"] else None
                entity = Entity(titled or person.code, led or (held.sector if held else person.sector or entity.sector),
                                "person", person.identifier_id, person.identifier_text, person.name_ar,
                                (held.office if held else person.office) or entity.office, person.entry_id,
                                person.feminine)
            if entity.code is None and agent_phrase and not (unqualified and entity.sector == "MIL"):
                # «في العراق» right after a bare sector noun qualifies it (not where a force the press means as
                # another's is deployed: «قوات حفظ السلام في جنوب لبنان» are the United Nations')
                entity = self._qualify_by_location(tokens, end, raw, j, entity) or entity
            if entity.code is None and scene is not None and ref.kind == "agent" and ref.entry.agent_kind == "body" \
                    and not ref.entry.adjective and has_article(tokens[start]) \
                    and agent_phrase != _REGIME \
                    and not foreign_forces(" ".join(t.text for t in tokens[start:end + 1])) \
                    and not (start > 0 and tokens[start - 1].text in _GLOSS_OPENERS) \
                    and next((e.code for s, _, r, e in reversed(raw[:i]) if e.code and (r.kind == "country" or (
                        r.kind == "demonym" and tokens[s].norm.endswith(_PEOPLE_ENDINGS)))), scene) == scene:
                # «وفي إسرائيل، هاجم زعيم المعارضة الحكومة»: a bare body of the state the sentence opens in,
                # not the last one the text named — unless another state was named since («وفي واشنطن، … الأقليات
                # في سوريا، ومطالباً السلطات الانتقالية», or its people: «حق السوريين …، ودعت النظام») (a body in quotes
                # or brackets glosses the phrase before it: «مدير الإطلاعات الإيرانية ”المخابرات”»); «النظام», a
                # word no state uses of its own government, is not the scene's: «وفي واشنطن، … حمّل هيغ النظام
                # و«حزب الله» مسؤولية …» speaks of the regime the text is about)
                entity = replace(entity, code=scene)
            if entity.code is None and agent_phrase == _REGIME and (states := [
                    c for c, n in memory.salience.items()
                    if n and c != scene and getattr(self.kb.by_id.get(c), "kind", "") == "country"]):
                # the bare «النظام» is the government of the state the text has named most (the first named of
                # those named as often)
                entity = replace(entity, code=max(states, key=lambda c: memory.salience[c]))
            if entity.code is None and agent_phrase and agent_phrase in memory.agent_codes \
                    and any(has_article(t) for t in tokens[start:end + 2]) \
                    and not (start and tokens[start - 1].keys[-1] in _OFFICE_WORDS) \
                    and not (memory.agent_codes[agent_phrase].kind == "person" and _heads_unknown_body(tokens, end)):
                # (an indefinite title is someone not named yet: «أول رئيس أجنبي يزور بيروت», «وزير سابق»; the
                # title of an office, «لمنصب الرئيس», is no one)
                prior = memory.agent_codes[agent_phrase]
                if memory.scene not in (None, prior.code) and ref.entry.agent_kind == "title" \
                        and phrase_keys(agent_phrase)[0] in _STATE_EXECUTIVE_TITLES \
                        and getattr(self.kb.by_id.get(prior.code), "kind", "") == "country" \
                        and agent_phrase not in memory.paragraph_titles:
                    # «وفي إسرائيل، هاجم نتنياهو الخطوة. كما اتهم نواب رئيس الوزراء …» after the Turkish prime
                    # minister was named paragraphs before: the title of the state the paragraph is in
                    prior = Entity(memory.scene, prior.sector, "agent", office=prior.office)
                entity = Entity(prior.code, entity.sector or prior.sector, entity.kind, prior.identifier_id,
                                prior.identifier_text, prior.name_ar, entity.office or prior.office, prior.entry_id,
                                prior.feminine)
            if entity.code is None and agent_phrase and _heads_unknown_body(tokens, end) \
                    and (body := memory.bodies.get(tokens[end + 1].keys[-1])) is not None \
                    and (not _definite_word_follows(tokens, end + 1)
                         or (tokens[end + 1].keys[-1] in _MISSION_WORDS
                             and not _feminine_adjective_follows(tokens, end + 1))):
                # «رئيس المجلس» of the council named before; «قائد القوة الجنرال …» of the force (but not «قائد
                # القوة الجوية»)
                entity = replace(entity, code=body.code)
            if entity.code is None and unqualified:
                # «فرضت وزارة الخزانة عقوبات»: named by no state, scene or earlier mention, the office that
                # the press means by the bare phrase
                entity = replace(entity, code=unqualified)
            if kinds == ["agent"] and entity.code is None and entity.office in _HEADS_OF_WHAT_FOLLOWS:
                i = j  # «قائد وحدة الطائرات المسيرة»: a leader of nothing the text names is no party of its own
                continue
            if ref.kind == "agent" and ref.entry.name_ar in _ADJECTIVAL_TITLES and kinds == ["agent"]:
                i = j  # «قال دبلوماسي غربي»: a diplomat is one of a state named
                continue
            if person is None and ref.kind == "agent" and ref.entry.agent_kind == "title" and entity.code \
                    and entity.sector in _OFFICE_SECTORS and end + 1 < len(tokens) \
                    and has_article(tokens[end + 1]) and tokens[end + 1].keys[-1] in _NO_LONGER_IN_OFFICE \
                    and tokens[end + 1].keys[-1].endswith("ه") == tokens[start].keys[-1].endswith("ه"):
                # «الرئيس المصري السابق», «الرئيسة البرازيلية المعزولة»: a former office-holder named by the office
                # alone is one of the state's elite, as «الرئيس السابق» is (not «رئيس الحكومة الفلسطينية المقالة»,
                # the head of a dismissed government: the word agrees with the title's head)
                entity, end = replace(entity, sector="ELI"), end + 1
            nps.append(self._np(tokens, start, end, entity, prep, coordinated, kinds, agent_phrase))
            nps.extend(self._np(tokens, start, end, sib, prep, coordinated, kinds, agent_phrase) for sib in siblings)
            i = j
        return nps

    def _role_titled(self, person: Entity, sector: Optional[str], when: Optional[date]):
        """The person's role at `when` with the sector of the title before the name, if it is not the
        role the date alone chooses."""
        entry = self.kb.by_id.get(person.entry_id or "")
        if entry is None or when is None or not sector or sector == person.sector:
            return None
        return next((r for r in entry.roles if r.sector == sector and r.covers(when)), None)

    def _conjoined_places(self, tokens, out, when, salience) -> list:
        """«زار الكويت والدوحة وجدة»: after a state or city in a list, a known word that is also «و» + a
        place («وجدة», Oujda, is «و» + «جدة», Jeddah) is read as the next item."""
        kinds = ("country", "capital", "place")
        for n, (s, e, ref, ent) in enumerate(out):
            if n == 0 or s != e or ref.kind not in kinds or not tokens[s].norm.startswith("و") or tokens[s].proclitics:
                continue
            prev = out[n - 1]
            gap = tokens[prev[1] + 1:s]
            if prev[2].kind not in kinds or any(t.is_word for t in gap) or any(t.text not in "،," for t in gap):
                continue
            refs = [r for r in self._names_after_and(tokens, s) if r.kind in kinds]
            if refs:
                split = _choose(refs, when, salience)
                out[n] = (s, e, split, split.entry.entity(when, split.kind))
        return out

    def _names_after_and(self, tokens, k: int) -> list[NameRef]:
        """What the one word at `k` names read as «و» + the rest of it («وجدة» as «و» + «جدة»)."""
        keys = [t.keys for t in tokens]
        keys[k] = (tokens[k].norm[1:],)
        end, refs = self.kb.trie.match_at(tokens, k, token_keys=keys, stop=k + 1)
        return refs if end == k else []

    def _split_place(self, tokens, start: int, end: int, ref: NameRef) -> bool:
        """The place at `start` was read as «و» + its name («وجدة» as «و» + «جدة»): it is conjoined."""
        return start == end and tokens[start].norm.startswith("و") and not tokens[start].proclitics \
            and ref.kind in ("country", "capital", "place") and ref in self._names_after_and(tokens, start)

    def _joins(self, tokens, end, nstart, kinds, nkind, entity_code=None, ncode=None, agrees=False,
               titled=True, governed=False) -> bool:
        gap = tokens[end + 1:nstart]
        nxt = tokens[nstart]
        if tokens[end].keys[-1] in _GUNMEN and not has_article(tokens[end]) \
                and nkind not in ("group", "organisation", "demonym"):
            return False  # «هاجم مسلح السفارة الأذربيجانية»: a gunman and what he struck («مسلحو حماس» is a construct)
        prefix = _first_key_prefix(nxt, self._root_keys)
        if len(gap) >= 2 and gap[-2].norm == "ل" and gap[-1].text in QUOTES:
            # «الأمين العام لـ«حزب الله»», «الدفاعات الجوية التابعة لـ«الحرس الثوري»»: the «ل» of a quoted name
            # stands apart
            gap, prefix = gap[:-2], "ل"
        elif len(gap) >= 2 and gap[-1].text in QUOTES and gap[-2].keys[-1] in _GROUP_HEADS_ALONE:
            # «رئيس المكتب السياسي لحركة «حماس»», «زعيم جماعة «أنصار الله»»: the group's head noun and
            # the quote open its name
            gap, prefix = gap[:-2], gap[-2].proclitics.lstrip("وف")
        elif 3 <= len(gap) <= 4 and gap[0].text in QUOTES and gap[-1].text in QUOTES and nkind == "demonym" \
                and set(kinds) == {"agent"} and all(t.is_word for t in gap[1:-1]):
            return True  # «صحيفة «جوان» الإيرانية»: a body's quoted name between it and its nisba
        elif gap and gap[0].text in QUOTES:
            gap = gap[1:]  # «… لـ«حزب الله» (السيد) حسن نصر الله»: the quote closes a name inside the phrase
        elif 2 <= len(gap) <= 3 and gap[-1].text in QUOTES and nkind == "demonym":
            gap = gap[:-1]  # «فرض عقوبات على «شرطة الأخلاق» الإيرانية»: a nisba after a quoted body names its state
        if [t.norm for t in gap if t.is_word][:1] == ["ما"] and _SO_CALLED.intersection(t.norm for t in gap) \
                and all(t.is_word or t.text in QUOTES for t in gap) and len(gap) <= 3 and "agent" in kinds \
                and "person" not in kinds and nkind in ("group", "organisation", "agent"):
            return True  # «رئيس ما يسمى «المجلس السياسي الأعلى»»: the head of a body its foes name at arm's length
        if nkind == "demonym" and tokens[end].norm in _NAMED_BODY_HEADS and 1 <= len(gap) <= _FOREIGN_NAME_WORDS \
                and all(t.is_word and not t.proclitics and not has_article(t) for t in gap):
            return True  # «صحيفة يديعوت أحرونوت الإسرائيلية»: the body's name, unknown words without the article
        # («وزير الري والموارد المائية السوداني»: a portfolio of a few definite words between a title and its nisba)
        # (a crowd of a part of a place: «نازحو شمال قطاع غزة», «سكان جنوب لبنان»)
        part_of_place = nkind in ("place", "country", "capital") and len(gap) == 1 and (
            gap[0].norm in _LOCATIVE_NOUNS and tokens[end].keys[-1] in _CROWDS_OF_PLACE | _GOVERNORS_OF_PLACE
            or gap[0].norm in _ADMINISTRATIVE_UNITS and tokens[end].keys[-1] in _GOVERNORS_OF_PLACE | {"بلديه"}
            # (a federal state's or a region's president: «رئيس ولاية بونتلاند»)
            or gap[0].norm in ("ولايه", "اقليم", "جزيره") and tokens[end].keys[-1] == "رئيس")
        portfolio = nkind == "demonym" and "agent" in kinds and all(has_article(t) for t in gap + [nxt])
        if len(gap) > (_PORTFOLIO_WORDS if portfolio else 2) or any(not t.is_word for t in gap):
            return False
        if [t.norm for t in gap] in (["دول"], ["بلدان"]) and kinds == ["agent"] and nkind == "organisation":
            return True  # «وزراء خارجية دول مجموعة السبع»: the ministers of the body's states speak for it
        if len(gap) == 1 and gap[0].proclitics[:1] == "و" and not has_article(gap[0]) and not gap[0].enclitic \
                and kinds == ["agent"] and entity_code is None and not has_article(tokens[end]) \
                and not tokens[end].enclitic and nkind in ("group", "organisation") and has_article(nxt):
            return True  # «مقاتلات ومروحيات التحالف الدولي»: two heads in construct with one body
        if [t.norm for t in gap] == ["باسم"] and "agent" in kinds and "person" not in kinds \
                and nkind in ("group", "organisation", "agent", "country", "capital", "seat"):
            return True  # «المتحدث العسكري باسم جماعة الحوثي» speaks for the group
        # («الرئيس الأمريكي المنتخب دونالد ترامب», «المرشد الأعلى الإيراني آية الله علي خامنئي»: a qualifier
        # of the office, or the cleric's title, between a title and the person's name; so is one definite
        # nisba the knowledge base leaves out for its homographs: «رئيس الوزراء المجري فيكتور أوربان»)
        if any(t.keys[-1] not in HONORIFICS and t.norm not in HONORIFICS
               and not (nkind == "person" and (t.keys[-1] in _OFFICE_QUALIFIERS or t.norm in _OFFICE_QUALIFIERS))
               and not (nkind == "person" and titled and len(gap) == 1 and has_article(t) and not t.enclitic
                        and t.norm.endswith("ي"))
               for t in gap):
            # Only honorifics («الفريق», «الشيخ») may stand between the parts of one phrase,
            # except a short adjective between a sector noun and its nisba («العسكرية الأميركية»),
            # and the office of a title that belongs to a group or body («رئيس المكتب السياسي لحركة
            # طالبان», «قائد الجناح العسكري لحماس»)
            office = "agent" in kinds and prefix.endswith("ل") and all(has_article(t) for t in gap) and (
                nkind in ("group", "organisation")
                or nkind == "agent" and len(gap) == 1 and gap[0].keys[-1] in _TITLE_QUALIFIERS)
            # (or a definite phrase of two words naming the body: «حكومة الوحدة الوطنية الليبية»)
            # (a state named like a nisba agrees too: «الخطوط الجوية العربية السعودية»)
            # (but a sound plural that keeps its «ن» is in no construct with the definite noun after it: «أحرق محتجون
            # العلم الإسرائيلي» burned the Israeli flag; nor, itself definite, does an indefinite word describe it:
            # «أسر المهاجمون عشرات الإسرائيليين» took dozens of Israelis)
            unbound = _unbound_sound_plural(tokens[end]) and any(has_article(t) for t in gap) or (
                has_article(tokens[end]) and tokens[end].norm.endswith(("ون", "ين"))
                and not all(has_article(t) for t in gap))
            described = (nkind == "demonym" or (nkind == "country" and _definite_feminine_nisba(nxt))) \
                and "agent" in kinds and not unbound and (
                (len(gap) == 1 and gap[0].norm not in _NOT_NOUNS and gap[0].norm not in _BY_FIRE)
                or all(has_article(t) for t in gap + [nxt]))
            if not described and not office and not part_of_place:
                return False
        if prefix[:1] in ("و", "ف"):
            return False  # a conjoined phrase starts here
        if kinds == ["group"] and nkind == "demonym" and not gap and has_article(tokens[end]) and has_article(nxt) \
                and nxt.norm.endswith(("ي", "يه")):
            return True  # «الحزب الديمقراطي الكردستاني الإيراني»: an agreeing nisba names the group's state
        if kinds == ["group"] and nkind == "demonym" and not gap and entity_code is not None and entity_code == ncode:
            return True  # «حمس الجزائرية», «الوفاق البحرينية»: the group's own state's nisba
        if kinds == ["group"] and nkind == "group" and not gap and has_article(nxt) and _feminine_nisba(nxt) \
                and entity_code is not None and entity_code == ncode:
            return True  # «جماعة «أنصار الله» الحوثية»: the group's own nisba after its quoted name
        has_agent = "agent" in kinds
        if nkind == "person":
            # «مستشار البيت الأبيض جاريد كوشنر»: a seat of power qualifies the title before a name
            # (a name with «ل» is another party: «اتهامات من حركة حماس لنتنياهو»; a body is no title of
            # the person after it, and a definite one takes no genitive either: «أوقفت مصالح الأمن علي
            # حداد» — but «قوات حميدتي», «حكومة فايز السراج» are the person's)
            if has_agent and not titled and (has_article(tokens[end]) or _unbound_sound_plural(tokens[end])):
                return False  # («خطف مستوطنون محمد أبو خضير»: a plural that keeps its «ن» is in no construct)
            # (with no title, a state's or a body's name before a person of another state is another party:
            # «وانتقدت تركيا نتنياهو», «واتهمت حماس نتنياهو»; after a preposition it ends a title whose holder
            # follows: «المبعوث الأممي إلى اليمن هانس غروندبرغ»)
            if not has_agent and not governed and kinds[-1] != "demonym" and entity_code is not None \
                    and ncode != entity_code:
                return False
            return "person" not in kinds and not prefix.endswith(("ل", "ب")) and (has_agent or kinds[-1] in (
                "demonym", "country", "organisation", "group", "seat"))
        if nkind == "agent":
            # «إدارة الرئيس», «نائب الأمين العام»; a word with a possessive pronoun ends its phrase
            # («استدعت وزارة خارجيتها السفير»), and so does a sound plural that keeps its «ن» («أحرق
            # محتجون القنصلية»: a construct drops it, «محتجو»)
            # (a definite word governs no definite body either: «وانتقد الرئيس الحكومة الإسرائيلية»; a
            # title in apposition has no article, «ولي العهد رئيس مجلس الوزراء», «ل» marks a genitive,
            # «القوات البحرية للجيش الإيراني», and an adjective agrees, «المجلس العسكري الحاكم»)
            # (a title that names its body already holds no second office: «استقبل الأمين العام للأمم المتحدة
            # وزير الخارجية الإيراني» names two men; nor is a definite body in apposition with a title: «احتجزت
            # الشرطة مفتي القدس» holds the mufti)
            last = tokens[end]
            if prefix.endswith("ل") and len(gap) == 1 and gap[0].keys[-1] in _TITLE_QUALIFIERS:
                gap = []  # «المدير العام للأمن العام اللبناني»: the title's own adjective, then «ل» and its body
            return kinds[-1] == "agent" and entity_code is None and not gap and not last.enclitic \
                and not _unbound_sound_plural(last) \
                and not (has_article(last) and has_article(nxt) and not prefix.endswith("ل") and not agrees) \
                and not (has_article(last) and not has_article(nxt) and not titled and not prefix)
        if nkind == "place":
            # «محافظ نينوى», «رئيس بلدية إسطنبول»: a bare title in construct with a town or province is its
            # state's (not a body: «في قضاء زاخو» is a district, «مبنى بلدية إسطنبول» a place; and a
            # definite head takes no genitive: «استهدف الجيش الموصل»)
            # (nor is a body, except those a city has of its own, «شرطة دبي», «بلدية إسطنبول», «محكمة أنقرة»,
            # when no building is named by them: «أمام مبنى بلدية إسطنبول» is a place)
            city_body = tokens[end].keys[-1] in _CITY_BODIES | _CROWDS_OF_PLACE \
                and not (end > 0 and tokens[end - 1].keys[-1] in _BUILDING_WORDS)
            return (titled or city_body) and set(kinds) == {"agent"} and entity_code is None \
                and (not gap or part_of_place) and not prefix and not has_article(tokens[end]) \
                and not tokens[end].enclitic
        if nkind in _QUALIFIER_KINDS:
            if not has_agent or "person" in kinds:
                return False
            # (nor over a definite word behind «ب»: «أشاد الوزير بالجهود العمانية» praises Oman's efforts)
            if prefix[:1] in ("ب", "ك") or any(t.proclitics.lstrip("وف").startswith("بال") for t in gap):
                return False
            if gap and tokens[nstart - 1].keys[-1] in PREPOSITIONS - {"ل"}:
                # (with no gap the word before is the head's own: «والي الخرطوم» is no «و» + «إلى»)
                return False
            if nkind != "demonym" and not gap and has_article(tokens[end]) and not agrees \
                    and not prefix.endswith("ل") and not _definite_feminine_nisba(nxt):
                # a definite word takes no genitive: «اتهمت القوات الحكومية الحوثيين», «ودعت الحكومة
                # تركيا إلى …» name two parties (a nisba, or a state named like one, agrees with it:
                # «الحكومة السعودية», and so does a group's: «الميليشيات الحوثية»)
                return False
            if entity_code is not None:
                # a phrase that already has its country only absorbs an agreeing nisba or name
                # («مدير الإطلاعات الإيرانية»), never the next party («الأمين العام للأمم المتحدة إسرائيل»,
                # «اتهم الجيش السوداني قوات الدعم السريع»)
                return entity_code == ncode and nkind not in ("group", "organisation")
            return not any(k in _QUALIFIER_KINDS for k in kinds)
        return False

    @staticmethod
    def _combine(entity: Entity, kinds, nkind: str, nent: Entity, titled: bool = False) -> Entity:
        if nkind == "person":
            return entity
        sector = _head_sector(entity, nent)
        if nkind == "agent":
            if entity.office in _MEMBER_OF_PARLIAMENT and nent.sector:
                # «نائب» before another office is its deputy («نائب قائد الجيش», «نائب مساعد وزير الخارجية»),
                # not a member of parliament (before a party it is one: «نائب حزب الله»)
                sector = nent.sector
            return Entity(entity.code or nent.code, sector, "agent", office=entity.office or nent.office)
        # a qualifier gives the country (and a generic title of a state, «ممثلة العراق», «نظيره الفرنسي», is its
        # government's)
        named = nkind in ("organisation", "group")
        if entity.code and nkind in ("place", "capital"):
            # a phrase that names its state keeps it wherever it is: «مستوطنو الضفة الغربية» are Israelis
            return Entity(entity.code, sector, "agent", office=entity.office)
        if sector is None and titled and nkind in ("country", "capital", "demonym"):
            sector = "GOV"
        return Entity(nent.code, sector, "agent", nent.identifier_id if named else None,
                      nent.identifier_text if named else None, nent.name_ar if named else None,
                      entity.office, nent.entry_id if named else None)

    @staticmethod
    def _town_of_crowd(tokens, k: int, raw) -> Optional[tuple]:
        """The town or city named after «في» within a few words from `k`, before any comma or relative pronoun (a
        state there is more often where what the crowd protests happens: «المحتجين على الحرب في أوكرانيا»)."""
        for i in range(k, min(len(tokens) - 1, k + _CROWD_OBJECT_WORDS)):
            if not tokens[i].is_word or tokens[i].norm in RELATIVES:
                return None
            if tokens[i].norm == "في":
                return next((m for m in raw if m[0] == i + 1 and m[3].code and m[2].kind in ("place", "capital")), None)
        return None

    def _qualify_by_location(self, tokens, end, raw, j, entity) -> Optional[Entity]:
        k = end + 1
        if entity.sector in ("JUD", "COP") and j < len(raw) and raw[j][0] == k and raw[j][2].kind == "place" \
                and tokens[k].proclitics in ("ب", "بال"):
            # «محكمة الاستئناف بالدار البيضاء», «الشرطة بالبصرة»: the «ب» of the town a court or a police
            # force sits in (a town, not a state or a capital: «ندد القاضي بالرياض» is whom he condemned)
            return Entity(raw[j][3].code, entity.sector, "agent", office=entity.office)
        if entity.sector == "CVL" and k + 1 < len(tokens) and tokens[k].norm in ("في", "امام") \
                and tokens[k + 1].keys[-1] in _GATHERING_PLACES:
            # «المعتصمون في دوار الداخلية بعمّان», «المحتجون أمام مبنى بلدية إسطنبول»: a crowd gathered at a
            # square or a building of a town is of the town's state (over the words of the square's name)
            town = next((m for m in raw[j:] if m[0] <= k + 1 + _GATHERING_REACH
                         and m[2].kind in ("place", "capital", "country")), None)
            if town is not None and all(t.is_word for t in tokens[k + 1:town[0]]):
                return Entity(town[3].code, entity.sector, "agent", office=entity.office)
        if entity.sector == "CVL" and entity.code is None and k < len(tokens) \
                and (tokens[k].norm in _WHAT_CROWDS_FACE or tokens[end].norm.endswith("و")) \
                and (town := self._town_of_crowd(tokens, k, raw[j:])) is not None:
            # «المحتجون على الرسوم المسيئة في نيامي», «المتظاهرين أمام السفارة الفرنسية في نيامي», «محتجو رفع
            # الدعم عن المحروقات في الخرطوم»: what the crowd protests, then the town it is in, whose state it is of
            return Entity(town[3].code, entity.sector, "agent", office=entity.office)
        if entity.sector == "CVL" and k < len(tokens) and tokens[k].norm == "امام" and j < len(raw) \
                and raw[j][0] == k + 1 and raw[j][3].code and raw[j][3].code not in _NON_STATE_CODES \
                and raw[j][2].kind in ("organisation", "group"):
            # «المتظاهرون أمام مصرف لبنان»: a crowd before a national body is of its state, and still a crowd (not
            # before an embassy: that is the state protested against)
            return Entity(raw[j][3].code, entity.sector, "agent", office=entity.office)
        links = ("في", "من")  # «الرئاسات الثلاث في العراق», «وفد من الحوثيين»
        definite = has_article(tokens[end])
        for _ in range(2):  # up to two adjectives between the noun and the link (agreeing with a
            # definite noun: «الحكومة طلبت رسمياً من تركيا» is a verb and its object; a word joined by «و» is another
            # noun: «استقبل … رئيس المجلس وأعضاءه في الرياض» is where they met)
            if k < len(tokens) and tokens[k].is_word and tokens[k].norm not in links and k + 1 < len(tokens) \
                    and (not definite or has_article(tokens[k])) and not tokens[k].proclitics.startswith("و") \
                    and (tokens[k + 1].norm in links or (k + 2 < len(tokens) and tokens[k + 2].norm in links)):
                k += 1
        presided = False
        if k + 1 < len(tokens) and tokens[k].norm in RELATIVES and tokens[k + 1].keys[-1] in LEADING:
            k += 1  # «القوات التي تقودها الولايات المتحدة» is led, so coded, by whoever leads it
        elif entity.code is None and entity.sector in _STATE_ORGANS and (comma := k + int(
                k < len(tokens) and has_article(tokens[k]))) + 2 < len(tokens) and tokens[comma].text in "،," \
                and tokens[comma + 1].norm in RELATIVES and tokens[comma + 2].keys[-1] in _PRESIDING:
            # «وزارة الخارجية الفدرالية، التي ترأسها ميشلين كالمي-ري»: a ministry of no named state (an adjective
            # maybe after it) is its head's
            k, presided = comma + 2, True
        elif k + 2 < len(tokens) and tokens[k].keys[-1] in _LED_COALITIONS and not tokens[k].proclitics:
            # «مقاتلات تحالف عسكري تقوده السعودية»: forces of a coalition (in construct, an adjective maybe after
            # it) are its leader's
            led = k + 1 if tokens[k + 1].keys[-1] in LEADING else k + 2
            if led < len(tokens) and tokens[led].keys[-1] in LEADING and tokens[k + 1].is_word:
                k = led
        # (a part of the place may come between: «فصائل المعارضة في جنوب سوريا», «مسلحون في شمال العراق»; and for a
        # crowd, the kind of place: «المحتجون في مدينة الحسيمة»)
        # (unless that word begins the name: «المعارضة المسلحة في جنوب السودان»)
        part = int(k + 2 < len(tokens) and tokens[k].norm in links and (
            tokens[k + 1].norm in _LOCATIVE_NOUNS
            or entity.sector in _CROWD_SECTORS and tokens[k + 1].keys[-1] in _PLACE_HEADS)
            and not (j < len(raw) and raw[j][0] == k + 1))
        # (and a quote may open the name: «قادة في «حماس»», «وفد من «طالبان»»)
        part += int(k + 1 + part < len(tokens) and tokens[k].norm in links
                    and tokens[k + 1 + part].text in OPENING_QUOTES)
        if k < len(tokens) and (tokens[k].norm in links or tokens[k].keys[-1] in LEADING or presided) \
                and j < len(raw) and raw[j][0] == k + 1 + part \
                and (raw[j][2].kind in _STATE_KINDS | {"group", "organisation"}
                     or (raw[j][2].kind == "place" and tokens[k].norm in links)
                     # «الحرس الرئاسي بقيادة الجنرال عبد الرحمن تياني»: a body led by a named man is his state's
                     or (raw[j][2].kind == "person" and (tokens[k].norm == LED_BY or presided) and raw[j][3].code)):
            # (a town names its state: «الشرطة في البصرة» are Iraq's; unnamed gunmen «من حزب العمال
            # الكردستاني» are the group's fighters)
            nent = raw[j][3]
            members = raw[j][2].kind in ("group", "organisation") and entity.sector in (None, "UAF") or (
                raw[j][2].kind == "group" and entity.sector == "GOV" and tokens[k].norm in links)
            return Entity(nent.code, nent.sector if members else entity.sector, "agent", office=entity.office)
        if k < len(tokens) and tokens[k].norm in links and j + 1 < len(raw) and raw[j][0] == k + 1 \
                and raw[j][2].kind == "agent" and raw[j + 1][2].kind in ("demonym", "country") \
                and self._joins(tokens, raw[j][1], raw[j + 1][0], ["agent"], raw[j + 1][2].kind):
            # «مسؤولين في جهاز المخابرات العامة المصرية», «لجنة الاستخبارات في البرلمان البريطاني»: members
            # of the body, with its sector; but in the government an office keeps a sector of its own («وزير
            # الداخلية في الحكومة السورية» is police), and an army's intelligence branch is intelligence
            nent, body = raw[j + 1][3], raw[j][3]
            own = body.sector in (None, "GOV") or (body.sector == "MIL" and entity.sector == "SPY")
            return Entity(nent.code, _head_sector(entity, body) if own else body.sector, "agent", office=entity.office)
        if k < len(tokens) and tokens[k].norm in links and j < len(raw) and raw[j][0] == k + 1 \
                and raw[j][2].kind == "agent":
            # «مسؤولون في إدارة الرئيس جو بايدن»: officials of a named leader's administration
            n = j
            while n + 1 < len(raw) and n - j < 2 and raw[n + 1][0] == raw[n][1] + 1 and raw[n][2].kind == "agent":
                n += 1
            if n > j and raw[n][2].kind == "person" and raw[n][3].code:
                return Entity(raw[n][3].code, raw[j][3].sector or entity.sector, "agent", office=entity.office)
        if k + 1 < len(tokens) and tokens[k].norm in links and tokens[k + 1].keys[-1] in OFFICES_OF_A_PERSON \
                and j < len(raw) and raw[j][0] == k + 2 and raw[j][2].kind == "person" and raw[j][3].code:
            # «مسؤولين في مكتب أولمرت», «مصادر في ديوان الرئيس»: people of a named leader's office are his state's
            return Entity(raw[j][3].code, entity.sector, "agent", office=entity.office)
        return None

    def _is_country(self, code: str) -> bool:
        return code in self.kb.by_id and self.kb.by_id[code].kind == "country"

    def _np(self, tokens, start, end, entity, prep, coordinated, kinds, agent_phrase) -> NP:
        s, e = tokens[start].span[0], tokens[end].span[1]
        text = " ".join(t.text for t in tokens[start:end + 1])  # the pipeline sets the exact document slice
        is_place = kinds == ["place"] or (kinds[0] in ("country", "capital") and len(kinds) == 1 and prep == "في")
        return NP(span=(s, e), text=text, first_token=start, last_token=end, entity=entity,
                  is_place=is_place, prep=prep, coordinated=coordinated, kinds=tuple(kinds),
                  agent_phrase=agent_phrase)

    def _organisations_in_title(self, tokens, start: int, end: int):
        """The organisations named by more than one word inside the title from `start` to `end` («مسؤول السياسة
        الخارجية في الاتحاد الأوروبي»)."""
        for _, _, inner in self.kb.trie.find_all(tokens[start + 1:end + 1]):
            org = next((r.entry for r in inner if r.kind == "organisation"), None)
            if org is not None and len(phrase_keys(org.names[0])) > 1:
                yield org

    def _remember_organisations_in_titles(self, tokens, nps: list[NP], memory: DocumentMemory) -> None:
        """«مسؤول السياسة الخارجية في الاتحاد الأوروبي» … «وزراء خارجية الاتحاد» in a later sentence: an
        organisation an officer's title names is named for the rest of the text too, by its head word."""
        for np in nps:
            if "agent" in np.kinds and np.last_token > np.first_token:
                for org in self._organisations_in_title(tokens, np.first_token, np.last_token):
                    memory.org_heads.setdefault(_head_word(org), org.id)

    def _remember(self, nps: list[NP], memory: DocumentMemory) -> None:
        run: list[str] = []
        before: list[str] = []  # the states of the sentence before the list
        for np in nps:  # a list of states «السعودية والإمارات والبحرين ومصر»
            if np.kinds[0] in _STATE_KINDS and np.code:
                if run and not np.coordinated:
                    before.extend(c for c in run if c not in before)
                    run = []
                if np.code not in run:
                    run.append(np.code)
                if len(run) >= 3:
                    memory.last_group = list(run)
                    memory.group_joiners = [c for c in before if c not in run]
            else:
                before.extend(c for c in run if c not in before)
                run = []
        # (a phrase standing for three or more states at once, «دول جوار السودان», names none of them in particular:
        # it does not make them what the document is about)
        collective = {span for span, n in Counter(np.span for np in nps).items() if n >= 3}
        for np in nps:
            ent = np.entity
            if np.kinds == ("organisation",) and ent.entry_id in self.kb.by_id:
                org = self.kb.by_id[ent.entry_id]
                keys = phrase_keys(org.names[0])
                if len(keys) > 1:  # «جامعة الدول العربية», not «الناتو»
                    memory.org_heads[_head_word(org)] = org.id
                    memory.bodies.pop(_head_word(org), None)
                    if memory.paragraphs_begun <= 1 and _head_word(org) in _LEAD_BODY_HEADS:
                        memory.lead_heads.setdefault(_head_word(org), org.id)
                # «انسحبت من إيكواس، متهمة المنظمة بـ…»: any organisation is «المنظمة» again
                memory.org_heads[_ORGANISATION] = org.id
                if len(keys) > 2 and keys[0] in _ORGAN_WORDS:
                    # «مجلس جامعة الدول العربية» … «الجامعة»: the organ's parent is named again too
                    memory.org_heads.setdefault(keys[1], org.id)
            elif np.kinds == ("group",) and ent.entry_id in self.kb.by_id:
                # «جماعة الحوثي» … «الجماعة», «حركة حماس» … «الحركة»: the head the text named it with; a
                # head its other names use («الحوثيون» … «الجماعة») unless the text gave it to another
                used = _group_head_word(phrase_keys(np.text)[0])
                if used:
                    memory.org_heads[used] = ent.entry_id
                    memory.bodies.pop(used, None)
                    memory.named_heads.add(used)
                for head in self._heads_of[ent.entry_id]:
                    if head not in memory.named_heads:
                        memory.org_heads[head] = ent.entry_id
                for short in self.kb.by_id[ent.entry_id].short_names:  # «الحشد الشعبي» … «الحشد»
                    memory.org_heads[phrase_keys(short)[0]] = ent.entry_id
                words = phrase_keys(np.text)
                if len(words) >= 3 and _group_head_word(words[0]):
                    # «حزب العمال الكردستاني» … «حزب العمال»: the name's head and first word stand for it
                    memory.aliases.add(words[:2], NameRef(self.kb.by_id[ent.entry_id], "group"))

            if ent.code and np.span not in collective:
                memory.salience[ent.code] += 1
                if ent.kind in ("country", "capital", "seat") or "country" in np.kinds:
                    _push(memory.recent_states, ent.code)
                    _push(memory.recent_parties, ent.entry_id or ent.code)
                elif "group" in np.kinds and ent.entry_id:
                    _push(memory.recent_parties, ent.entry_id)
                elif "demonym" in np.kinds and ent.code in self.kb.by_id:
                    # «الجيش الإسرائيلي», «الرئيس التركي» name their states for a later «البلدين», «الطرفين»
                    _push(memory.recent_states, ent.code)
                    _push(memory.recent_parties, ent.code)
            # («رئيس البرلمان الأوروبي» heads a body: a later «الرئيس» is someone else)
            if np.kinds == ("agent",) and ent.code and np.agent_phrase \
                    and len(keys := phrase_keys(np.agent_phrase)) > 1 and keys[0] in _ORGAN_WORDS:
                memory.bodies[keys[0]] = ent
                memory.org_heads.pop(keys[0], None)
            if np.kinds[:1] == ("organisation",) and ent.code and (head := phrase_keys(np.text)[:1]) \
                    and head[0] in _MISSION_WORDS:
                memory.bodies[head[0]] = ent  # «قوة الأمم المتحدة …» … «قائد القوة»
            if np.agent_phrase and ent.code and not (
                    np.agent_phrase == _PRESIDENT and np.kinds[1:2] in (("organisation",), ("group",))):
                memory.agent_codes[np.agent_phrase] = ent
                memory.paragraph_titles.add(np.agent_phrase)
                # «وزير الخارجية الأردني» … «الوزير»: the bare title is the one named last
                if (bare := _BARE_TITLES.get(phrase_keys(np.agent_phrase)[0])) and bare != np.agent_phrase:
                    memory.agent_codes[bare] = ent
                # «الرئيس اليمني السابق علي عبد الله صالح» … «الرئيس السابق»
                former = next((_FORMER[w] for w in map(normalize, np.text.split()[1:]) if w in _FORMER), None)
                if former is not None and not np.agent_phrase.endswith(former):
                    memory.agent_codes[f"{np.agent_phrase} {former}"] = ent
            if "person" in np.kinds and ent.entry_id and ent.entry_id in self.kb.by_id:
                _remember_family_names(self.kb.by_id[ent.entry_id], memory)
