"""Word tests on judgements (condemnation, accusation, welcome, replies, summons): the deed or step a
judging word judges and its doer, the author of remarks or of an announcement, who stirred anger, who answers or is
answered, whom a judgement alludes to or names as wronged, where a summoned envoy is called and whose interests his
state keeps, and whether an «attack» is made in words."""
from __future__ import annotations

import itertools
from typing import Optional, Sequence

from ...lexicon.lexicon import LexiconEntry
from ...schema import Sentence, Token, Trigger
from ...text.normalize import normalize
from ..arguments import ArgumentFinder
from ..arguments.words import (ANNOUNCING_NOUNS, MASCULINE_TITLES, REPLYING, SPEECH_PARTICIPLES, STATEMENTS,
                               TARGET_NOUNS, VIOLATED, prep_clitic, statement_phrase_end, word_key)
from ..discourse import Discourse
from ..mentions import NP, QUOTES, RELATIVES, has_article
from ..triggers import required_at
from .parties import in_sentence


# definite nouns of an attack the text reported, in singular, dual and plural (and masdars in
# construct, whose doer is left unsaid: «دانت مصر استهداف المدنيين»)
_REPORTED_DEEDS = frozenset("العمليه العمليات الهجوم الهجومين الهجمات الضربه الضربتين الضربات الاعتداء "
                            "الاعتداءين الاعتداءات الاغتيال الغاره الغارتين الغارات استهداف قصف الاستهداف "
                            "القصف التفجير التفجيرين التفجيرات احتلال الاحتلال اقتحام الاقتحام توغل التوغل "
                            "الحادث الحادثه الاستيلاء الاعدام الاعدامات".split())
# in construct with what names it, right after the verb: «دانت عملية الكركرات», «دان هجوم تل أبيب» (an indefinite
# noun further on is not the deed condemned: «دانت دمشق الخطوة ووصفتها بأنها اعتداء على سيادتها»)
_DEEDS_IN_CONSTRUCT = frozenset("عمليه هجوم هجمات ضربه ضربات اعتداء اعتداءات غاره غارات تفجير تفجيرات".split())


def judges_an_act(tokens, after: int, acts: frozenset = frozenset()) -> bool:
    """A definite noun of a step, decision or statement (one of `acts`, if given) follows the judging
    trigger (or its subject, ending at token `after`) at once («نددت دمشق بالخطوة», «رفضت القرار»)."""
    return any(t.is_word and t.keys[-1] in (acts or _ACTS) for t in tokens[after + 1:after + _ACT_REACH]
               if "ال" in t.proclitics or t.norm.startswith(("ال", "بال", "لل")))


def author_of_remarks(tokens, candidates: Sequence[NP]) -> Optional[NP]:
    """The coded party named right after a noun of remarks («تصريحات وزير الخارجية اللبناني», «تصريحات
    لماكرون»), or None."""
    for k, tok in enumerate(tokens):
        if tok.is_word and tok.keys[-1] in REMARKS and not has_article(tok):
            author = next((np for np in candidates if np.code and not np.is_place and np.first_token == k + 1
                           and (not np.prep or normalize(np.prep) == "ل")), None)
            if author is not None:
                return author
    return None


def told_act_judged(tokens, after: int, asides, state: Discourse) -> list:
    """The coded parties of the visit meant (see `Discourse.visit_meant`) or the latest deal the text told, or the
    doers of the latest release it told, when a definite noun of that kind follows a judging trigger (or its subject,
    ending at `after`) at once («الترحيب بالزيارة», «رحبت … بالاتفاق», «رحّب بالإفراج»), maybe past an aside among
    `asides` or how it was voiced («ورحبت الدول، في بيان مشترك، بالاتفاق»), else []."""
    while after + 1 in asides:
        after += 1
    k = after + 2 if after + 1 < len(tokens) and tokens[after + 1].text in "،," else after + 1
    if k < len(tokens) and (end := statement_phrase_end(tokens, k)) is not None:
        after = end
    if judges_an_act(tokens, after, _VISITS):
        return state.visit_meant()
    deal = state.last_by_type.get("AGREE")
    if deal and judges_an_act(tokens, after, DEALS):
        return [p for p in deal[0] + deal[1] if p.code]
    freed = state.last_by_type.get("RETREAT")
    if freed and judges_an_act(tokens, after, _RELEASES):
        return [p for p in freed[0] if p.code]  # «رحّب الوزير بالإفراج عن الأسرى»: whoever freed them
    return []


def in_its_turn(tokens, trig: Trigger) -> bool:
    """«بدوره/بدورها», «أيضاً», «هي الأخرى» within a few words after the verb: the act repeats one told before."""
    words = [t for t in tokens[trig.last_token + 1:trig.last_token + 1 + _TURN_REACH] if t.is_word]
    return any(word_key(t) in _IN_TURN or t.norm in _IN_TURN for t in words)


_IN_TURN = frozenset("بدوره بدورها بدورهم ايضا كذلك الاخري الاخر".split())
_TURN_REACH = 4  # «ودانت الخارجية الإيرانية بدورها الهجوم»

REMARKS = frozenset("تصريحات تصريح كلام".split())

_ACTS = frozenset("خطوه قرار قرارات اعلان تصريحات اجراء اجراءات زياره بيان اعتراف موقف حكم احكام".split())

_ACT_REACH = 4  # words from «نددت» to «بالخطوة»: a short subject may stand between («نددت دمشق بالخطوة»)
_VISITS = frozenset("زياره جوله".split())
DEALS = frozenset("اتفاق اتفاقيه صفقه".split())
_RELEASES = frozenset({"افراج"})


def condemned_deed(tokens, trig: Trigger, behind_prep: bool = False, asides: frozenset = frozenset(),
                   subject: frozenset = frozenset()) -> Optional[int]:
    """The index of a definite deed noun after the condemning verb in its clause («دان رئيس الحكومة
    العملية»: the one the text reported), or None; with `behind_prep`, the noun may follow «ب» or «ل» («رحبت
    بالضربات», «تأييدها للعمليات العسكرية»). The tokens of `asides` (set off by commas) are passed over («وصف
    الكرملين، أمس الثلاثاء، الضربة بأنها عدوان», «دان مجلس الأمن، الذي تشغل الإمارات مقعداً فيه، الهجمات»); a deed in
    construct with what names it counts right after the verb and its `subject` tokens («دانت الخارجية عملية
    الكركرات»)."""
    k, end = trig.last_token + 1, min(len(tokens), trig.last_token + 14)
    while k < end:
        tok = tokens[k]
        if k in asides:
            end = min(len(tokens), end + 1)
        elif not tok.is_word and tok.text in ".،,؛:":
            return None
        elif tok.norm.removeprefix("و") in _REPORTED_DEEDS or tok.norm in _DEEDS_IN_CONSTRUCT \
                and all(j in subject for j in range(trig.last_token + 1, k)) \
                or behind_prep and prep_clitic(tok) in ("ب", "ل") and any(
                key in _REPORTED_DEEDS or "ال" + key in _REPORTED_DEEDS for key in tok.keys[1:]) or (
                tok.norm in _HAPPENED and k > 0 and tokens[k - 1].norm in ("ما", "بما")):
            return k  # («وصف الرئيس الأوكراني ما جرى بأنه «عمل عدواني»»: what happened is the deed reported)
        k += 1
    return None


# the reported deeds (above) that are attacks, whose doer is not the condemning party's own government (a raid,
# an incursion or an execution may be)
ATTACKS_CONDEMNED = (_REPORTED_DEEDS | _DEEDS_IN_CONSTRUCT) - frozenset(
    "احتلال الاحتلال اقتحام الاقتحام توغل التوغل الحادث الحادثه الاستيلاء الاعدام الاعدامات".split())
_HAPPENED = frozenset("جري حدث حصل".split())


def doer_in_relative(tokens, deed: int, candidates: Sequence[NP]) -> list[NP]:
    """«الاعتداءات المتكررة التي يشنها الكيان الإسرائيلي»: a relative verb carrying the deed as its
    object pronoun has the deed's doer as its subject, the phrase right after it (or a nisba
    qualifying the definite noun after it)."""
    for k in range(deed + 1, min(len(tokens) - 2, deed + 5)):
        if tokens[k].norm in RELATIVES:
            verb = tokens[k + 1]
            if not (verb.enclitic or (len(verb.norm) > 3 and verb.norm.endswith(("ه", "ها", "هم", "هما")))):
                return []  # «الهجوم الذي استهدف السفارة»: the phrase after the verb is the victim
            # (the doer may stand in quotes: «الهجمات» التي شنها «النظام الإيراني»)
            j = k + 3 if k + 3 < len(tokens) and tokens[k + 2].text in QUOTES else k + 2
            return [np for np in candidates if not np.prep and np.code and (np.first_token == j or (
                np.first_token == j + 1 and np.kinds[:1] == ("demonym",) and tokens[j].norm.startswith("ال")))]
    return []


_HAPPENING = frozenset("يجري يحدث جري حدث يدور".split())
_WHAT_WORDS = frozenset("ما مما لما بما".split())
_HAPPENING_REACH = 6  # words from the concern to «ما يجري» («عن «قلق بالغ» إزاء ما يجري»)


def what_is_happening(tokens, trig: Trigger) -> bool:
    """«… إزاء/من ما يجري/يحدث» a few words after the trigger: the judgement is of what is going on."""
    end = min(len(tokens) - 1, trig.last_token + _HAPPENING_REACH)
    return any(tokens[k].norm in _WHAT_WORDS and tokens[k + 1].norm in _HAPPENING
               for k in range(trig.last_token + 1, end))


def announcer_before(tokens, trig: Trigger, finder: ArgumentFinder) -> Optional[NP]:
    """The coded party in construct with «إعلان/قرار» right before a masdar («إعلان البحرين قطع علاقاتها»)."""
    np = next((np for np in finder.candidates if np.last_token == trig.first_token - 1), None)
    if np is None or not np.code or np.is_place or np.prep or np.first_token == 0:
        return None
    return np if word_key(tokens[np.first_token - 1]) in ANNOUNCING_NOUNS else None


_IN_REPLY = frozenset({"ردا"})  # «ردًا على»: in reply to


def alluded_to(finder: ArgumentFinder, trig: Trigger, mine: set) -> Optional[NP]:
    """The first party, not the actor's own, named within a few words after «في إشارة (…) إلى» later in the
    trigger's sentence («في إشارة لم تخفَ على أحد إلى الثنائي الشيعي»)."""
    tokens = finder.tokens
    k = next((j for j in range(trig.last_token + 1, len(tokens) - 1)
              if tokens[j].norm == "في" and tokens[j + 1].keys[-1] == "اشاره"), None)
    if k is None:
        return None
    to = next((j for j in range(k + 2, min(len(tokens), k + 2 + _ALLUSION_REACH)) if word_key(tokens[j]) == "الي"),
              None)
    if to is None:
        return None
    return next((np for np in finder.candidates if to <= np.first_token <= to + _ALLUSION_REACH and np.code
                 and np.code not in mine), None)


_ALLUSION_REACH = 6  # «في إشارة لم تخفَ على أحد إلى»; «إلى الخلاف مع إثيوبيا»


def answerer_of(finder, trig: Trigger) -> Optional[NP]:
    """The coded subject of «ردّ على» right before the trigger («إسرائيل لم تردّ على الطلب»)."""
    tokens, k = finder.tokens, trig.first_token
    if k < 2 or word_key(tokens[k - 1]) != "علي" or word_key(tokens[k - 2]).removeprefix("و") not in REPLYING:
        return None
    return next((np for np in reversed(finder.candidates) if np.last_token < k - 2 and not np.prep and np.code
                 and not np.is_place and all(t.is_word for t in tokens[np.last_token + 1:k - 2])), None)


def stirring_party(finder, trig: Trigger, entry: LexiconEntry) -> Optional[NP]:
    """The first coded party of the subject between «أثار» and the stirred noun («أثارت زيارة نتنياهو إلى الإمارات
    حفيظة إيران»: Netanyahu)."""
    verb = required_at(finder.tokens, trig.first_token, trig.last_token, entry)
    return next((np for np in finder.candidates if verb is not None and verb < np.first_token and np.last_token
                 < trig.first_token and np.code and not np.is_place), None)


def answered_party(finder, trig: Trigger, actor: list[NP]) -> Optional[NP]:
    """The coded party of «ردًا على [كلمة] X» after the trigger in its sentence («ردًا على تصريحات الوزير
    الأميركي», «ردا على شكاوى أحزاب معارضة»), when it is not the doer."""
    tokens = finder.tokens
    mine = {a.code for a in actor if a.code}
    for k in range(trig.last_token + 1, len(tokens) - 1):
        if tokens[k].norm.removeprefix("و") in _IN_REPLY and tokens[k + 1].norm == "علي":
            return next((np for np in finder.candidates if k + 2 <= np.first_token <= k + 4 and np.code
                         and np.code not in mine and not np.is_place), None)
    return None


def judged_act_nisbas(trig: Trigger, actor: list[NP], finder: ArgumentFinder) -> list[NP]:
    """The nisbas right after an event noun that follows a verb of judgement and its subject
    («رحب العليمي بالدعم السعودي», «بالاتفاق السعودي الإيراني»), if of other states than the judge's."""
    edge = max([trig.last_token] + [a.last_token for a in actor])
    while edge + 1 in finder.adverbial_asides:
        edge += 1  # «ورحّب العليمي، من جهته، بالدعم السعودي»
    noun = next((t for t in finder.triggers if t.entry.pos == "noun" and 0 < t.first_token - edge <= 1), None)
    if noun is None:
        return []
    mine = {a.code for a in actor}
    nisbas: list[NP] = []
    for np in finder.candidates:
        at = nisbas[-1].last_token + 1 if nisbas else noun.last_token + 1
        if np.kinds[:1] == ("demonym",) and np.code and at <= np.first_token <= at + (0 if nisbas else 1):
            nisbas.append(np)
    # («أشاد البشير بجهود الوساطة الأفريقية وبالدور الإثيوبي», «بالدعم السعودي وبالموقف الإماراتي»: and the nisba
    # of a second thing judged, joined by «وب»)
    end = nisbas[-1].last_token if nisbas else noun.last_token
    nisbas += [np for np in finder.candidates if np.kinds[:1] == ("demonym",) and np.code
               and end < np.first_token - 1 <= end + _SECOND_JUDGED_REACH
               and finder.tokens[np.first_token - 1].proclitics.startswith("وب")][:1]
    return [np for np in nisbas if np.code not in mine]


_SECOND_JUDGED_REACH = 3  # words from the first thing judged to the «وب» of the second


def violated(sent: Sentence, trig: Trigger, np: NP) -> bool:
    """`np` is named after the judging word as what a deed was done against («بأنه عدوان على لبنان»,
    «انتهاك لسيادة سوريا»)."""
    return sent.span[0] <= np.span[0] < sent.span[1] and np.first_token > trig.last_token and (
        normalize(np.prep) in ("علي", "ضد") or not VIOLATED.isdisjoint(sent.tokens[np.first_token - 1].keys))


_KEEPS = frozenset("ترعي يرعي رعت رعي راعيه راعي الراعيه الراعي".split())  # keeps (another state's interests)
_INTERESTS_REACH = 8  # tokens from an envoy to the «ترعى … المصالح» said of him


def interests_protected(tokens, candidates, envoy):
    """The state whose interests the summoned `envoy`'s state keeps, said right after him
    («السفير السويسري، الذي ترعى بلاده المصالح الأميركية في إيران»), or None."""
    for k in range(envoy.last_token + 1, min(len(tokens) - 1, envoy.last_token + _INTERESTS_REACH)):
        if tokens[k].keys[-1] in _KEEPS:
            interests = next((j for j in range(k + 1, min(len(tokens), k + 4)) if tokens[j].keys[-1] == "مصالح"), None)
            if interests is None:
                return None
            kept = next((np for np in candidates if np.first_token == interests + 1 and np.code), None)
            return kept if kept is not None and kept.code != envoy.code else None
    return None


_POLITICAL_SECTORS = frozenset({"GOV", "PTY", "LEG", "OPP", "JUD", "MED"})


def verbal_attack(args, tokens, trig: Trigger, candidates: list[NP]) -> bool:
    """«هاجم زعيم المعارضة الحكومة»: a politician «attacking» a government, a party or a person does it
    with words (a harsh «هجوماً حاداً» is a lexicon entry of its own); so does one who goes on to say
    what («وهاجمت رايس حماس قائلة …»), speaks («في كلمة»), or attacks a statement, a decision or a policy,
    and a leader or minister by name or title who attacks a state («هاجم أردوغان إسرائيل»). An attack on
    positions or bases is fought, whoever orders it («هاجمت الحكومة السورية مواقع المعارضة»). Only «هاجم» is
    used so: «اعتدوا على الصحفيين» is bodily."""
    if not any("هاجم" in t.norm or "هجوم" in t.norm for t in tokens[trig.first_token:trig.last_token + 1]):
        return False  # («شن هجوماً على إسرائيل» is a form of the entry too)
    after = list(itertools.takewhile(lambda t: t.text not in ".؛;:؟?!",
                                     tokens[trig.last_token + 1:trig.last_token + 1 + _SAYING_REACH]))
    if any(t.keys[-1] in TARGET_NOUNS for t in after[:_TARGET_REACH]) \
            or any(r.kinds[:1] == ("place",) for r in args.recipient):
        return False  # (a town or a province is fought over: «ألا يهاجم محافظة إدلب»)
    if any(has_article(t) and t.keys[-1] in _STRIKES_ATTACKED for t in after[:_TARGET_REACH]):
        return True  # «وهاجمت الجماعة الغارات»: whoever attacks the strikes themselves does it with words
    politicians = args.actor and all(
        "person" in a.kinds or (a.entity.kind in ("agent", "group") and a.entity.sector in _POLITICAL_SECTORS)
        for a in args.actor)  # (a party attacks with words too: «هاجم حزب الشعوب الديمقراطي الحكومة»)
    # (any named person, in office or not: «يهاجم فيها أردوغان كافالا شخصياً»)
    targets = args.recipient and all(
        r.entity.kind == "person"
        or (r.entity.kind == "agent" and (r.entity.sector in _POLITICAL_SECTORS or _titled(r, tokens, candidates)))
        for r in args.recipient)
    leaders = args.actor and args.recipient \
        and all("person" in a.kinds or _titled(a, tokens, candidates) for a in args.actor) \
        and all(r.code for r in args.recipient)
    speaking = any(t.norm in SPEECH_PARTICIPLES or t.keys[-1] in _SPEAKING for t in after)
    # («هاجم في كلمة أمام مؤتمر لحزبه البيانَ الأميركي»: words attacked are attacked with words)
    words = any(t.is_word and t.keys[-1] in _WORDS_ATTACKED and has_article(t) for t in after)
    return bool(politicians) and (bool(targets) or bool(leaders) or speaking or words)


def organ_attacked(args, tokens, trig: Trigger, candidates: list[NP]) -> bool:
    """«واصلت حماس هجومها على اللجنة التنفيذية لمنظمة التحرير»: a committee, bureau or bloc of a body «attacked»
    is attacked with words (not one whose member's house a strike «targets»)."""
    if not any("هاجم" in t.norm or "هجوم" in t.norm for t in tokens[trig.first_token:trig.last_token + 1]):
        return False
    return bool(args.recipient) and all(r.entity.kind == "agent" and in_sentence(r, candidates)
                                        and word_key(tokens[r.first_token]) in _ORGANS_ATTACKED for r in args.recipient)


def _titled(np: NP, tokens: list[Token], candidates: list[NP]) -> bool:
    """A phrase of this sentence naming one office-holder by title: «الرئيس التركي», «وزير الخارجية»,
    «نظيره الفرنسي»."""
    if not in_sentence(np, candidates):
        return False
    key = word_key(tokens[np.first_token]).removeprefix("ال")
    return key in MASCULINE_TITLES or key.startswith("نظير")


_TARGET_REACH = 3  # «هاجمت الحكومة السورية مواقع المعارضة»: the object, after a subject of up to two words
_SPEAKING = STATEMENTS | {"بشده", "تغريده"}  # «في كلمة أمام أنصاره», «بشدة»: how words are used
_WORDS_ATTACKED = _ACTS | {"سياسه", "سياسات", "مواقف"}  # «هاجم روحاني السياسة الأميركية»
_STRIKES_ATTACKED = frozenset("غارات ضربات غاره ضربه".split())
_ORGANS_ATTACKED = frozenset("لجنه مكتب امانه كتله هيئه".split())  # committees, bureaus, secretariats, blocs
_SAYING_REACH = 14  # «وهاجمت وزيرة الخارجية الأمريكية كوندوليزا رايس حركة حماس، قائلة …»: subject, object, saying


def called_to_seat_of(tokens, np: NP) -> bool:
    """«إلى مقر وزارة الخارجية»: the phrase names the body whose seat one is called to."""
    k = np.first_token
    return k >= 2 and tokens[k - 1].keys[-1] == "مقر" and tokens[k - 2].norm == "الي"
