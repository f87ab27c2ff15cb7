"""The allowances that let a rule candidate stand when the detector doubts it: the model learned from
lone newswire sentences and cannot see what a rule read or a document established — a verb with its
own named subject, a counted crowd, protests or clashes breaking out or going on, an attack told with its toll,
strikes launched between two armed forces, an attack a named target suffered, an event between the parties the
document is about."""
from __future__ import annotations

from collections import Counter

from ..schema import Event, Token
from .arguments.words import LIGHT_VERBS, is_count
from .discourse import GUESSED_PARTY, MIN_OPPONENT_SALIENCE
from .mentions import NP, RELATIVES


def between_coded_parties(ev: Event) -> bool:
    return ev.modality in ("asserted", "historical") and any(a.entity.code for a in ev.actor) \
        and any(r.entity.code for r in ev.recipient)


def named_victim(ev: Event) -> bool:
    """«قُتل الككلي مساء الاثنين»: a killing or an attack told of a person the text names, whoever did it."""
    return ev.event_type == "ASSAULT" and ev.modality in ("asserted", "historical") \
        and any(r.entity.code and r.entity.kind == "person" for r in ev.recipient)


_WORK_STOPPAGES = frozenset({"strike", "hunger"})  # protests no reader mistakes for talk


def stands_in_an_article(ev: Event) -> bool:
    """The model learned street protests from lone newswire sentences, where a call to boycott is mostly
    talk: in an article, a boycott between two named parties is a stance the rules read, and a strike or
    hunger strike of a named party is no talk. It also learned that an event recalled from the past is
    not the news («الحرب التي شنّتها …» in 2006): an article's background tells such events between
    two named parties as events of its story."""
    return (between_coded_parties(ev) and (ev.mode == "boycott" or ev.modality == "historical")) or (
        ev.mode in _WORK_STOPPAGES and any(a.entity.code for a in ev.actor)
        and ev.modality in ("asserted", "historical"))


STRONG_PATHS = ("between", "+svo", "/svo", "light-verb")


def strong_report(ev: Event, paths: tuple[str, ...] = STRONG_PATHS) -> bool:
    """A verb (or a verb phrase like «شن غارات» with its subject, or a passive or noun with its agent
    named), or a noun with «بين X و Y», with a named, coded actor and recipient, asserted or historical:
    the rules alone are sure enough («قصفت الطائرات الإسرائيلية مواقع لحماس», «اشتباكات بين الجيش وقوات
    الدعم السريع»), whatever a model trained on one paper says."""
    entry = ev.rule.split("/")[0]
    return (ev.modality in ("asserted", "historical") and any(a.entity.code for a in ev.actor)
            and any(r.entity.code for r in ev.recipient) and not any(k in ev.rule for k in GUESSED_PARTY)
            and (".verb" in entry or any(k in ev.rule for k in paths)
                 or ((".passive" in entry or ".noun" in entry) and any(k in ev.rule for k in NAMED_AGENT_PATHS))))


def counted_crowd_report(ev: Event, tokens) -> bool:
    """A protest asserted in a sentence that counts its crowd («ورشق مئات المتظاهرين قوات مكافحة الشغب
    بالحجارة», «وشارك 300 متظاهر في تظاهرة», «وشارك عشرات الآلاف في مسيرة»): a report of what a crowd did,
    not talk about protests."""
    if ev.event_type != "PROTEST" or ev.modality not in ("asserted", "historical"):
        return False
    words = [t for t in tokens if t.is_word]

    def counted(t) -> bool:
        return t.norm.isdigit() or not _CROWD_COUNTS.isdisjoint(t.keys)
    return any(counted(a) and b.keys[-1] in _COUNTED_CROWDS for a, b in zip(words, words[1:])) or any(
        counted(a) and b.norm == "من" and c.keys[-1] in PROTESTERS for a, b, c in zip(words, words[1:], words[2:]))


def deadly_attack(ev: Event, tokens) -> bool:
    """An attack by a named party told with its toll («غارة روسية على مستشفى …، أسفرت عن مقتل ثلاثة
    أشخاص», «قتل 12 شخصاً في غارات روسية»): what it caused is reported, whatever else the sentence does."""
    if ev.event_type != "ASSAULT" or ev.modality not in ("asserted", "historical") \
            or not any(a.entity.code for a in ev.actor):
        return False
    k = ev.trigger.first_token
    before = tokens[max(0, k - 5):k - 1]
    if ev.trigger.entry.pos == "noun" and k >= 2 and tokens[k - 1].norm == "في" and all(t.is_word for t in before) \
            and any(t.norm.removeprefix("و") in _DIED for t in before):
        return True  # «إن 25 فلسطينياً قتلوا في غارات إسرائيلية», «قتل 12 مدنياً في غارات روسية»: the dead died in it
    words = [t for t in tokens if t.is_word]
    return any(a.norm.removeprefix("و") in _CAUSED and (
        any(k in _DEATHS for t in words[n + 1:n + 4] for k in t.keys)
        # «أسفرت الغارات الإسرائيلية على جنوب لبنان عن مقتل …»: the toll after the attack that caused it
        or any(t.norm == "عن" and not _DEATHS.isdisjoint(u.keys) for t, u in zip(words[n + 1:n + _TOLL_REACH],
                                                                                 words[n + 2:n + _TOLL_REACH + 1])))
               for n, a in enumerate(words))


_TOLL_REACH = 10  # words from «أسفرت» to the «عن» of its toll


def toll_in_the_lead(ev: Event, tokens) -> bool:
    """An article's lead that opens on a toll («قُتل أكثر من عشرين شخصاً وأصيب العشرات … في انفجارات هزّت مطار
    عدن»): the attack on the party it names is the story, claimed or not."""
    if ev.event_type != "ASSAULT" or ev.modality not in ("asserted", "historical") \
            or not any(r.entity.code for r in ev.recipient):
        return False
    words = [t for t in tokens if t.is_word][:_TOLL_OPENING]
    return bool(words) and words[0].norm.removeprefix("و") in _DIED and any(map(is_count, words[1:]))


_TOLL_OPENING = 5  # words of the lead in which the toll opens and counts its dead («قتل أكثر من عشرين شخصاً»)


_CAUSED = frozenset("اسفر اسفرت اوقع اوقعت خلف خلفت".split())
_DIED = frozenset("قتل قتلت قتلوا قتلا استشهد استشهدت استشهدوا مصرعه مصرعها مصرعهم حتفه حتفها حتفهم".split())


_DEATHS = frozenset("مقتل مصرع سقوط قتلي قتيلا قتيلين استشهاد".split())


def suffered_attack(ev: Event, tokens) -> bool:
    """A named target that «suffered» an attack, in a perfect verb of its own clause («وتعرضت السفارة الأمريكية في
    بغداد لهجوم صاروخي»): told as done to it — not the masdar («رغم تعرض الهند إلى 44 تفجيراً»), nor a relative
    clause about the place («المكان الذي تعرضت فيه الآلية لانفجار»)."""
    if ev.event_type != "ASSAULT" or ev.modality != "asserted" or "suffered-by" not in ev.rule \
            or not any(r.entity.code for r in ev.recipient):
        return False
    k = ev.trigger.first_token
    verb = next((n for n in range(k - 1, max(-1, k - 8), -1) if tokens[n].is_word
                 and tokens[n].norm.removeprefix("و").removeprefix("ف") in _SUFFERED), None)
    return verb is not None and not (verb > 0 and tokens[verb - 1].norm in RELATIVES)


_SUFFERED = frozenset("تعرضت تعرضوا تعرضتا".split())


def fallen_projectiles(ev: Event, tokens) -> bool:
    """Rockets or shells told as having fallen on a named place («سقطت ثلاثة صواريخ كاتيوشا قرب مطار البصرة»):
    a report whose firer goes untold — not in a relative clause about the place («المكان الذي سقطت فيه»)."""
    k = ev.trigger.first_token
    return ev.trigger.entry.id == FALLING_PROJECTILES and ev.modality in ("asserted", "historical") \
        and (any(r.entity.code for r in ev.recipient)
             or ev.location is not None and ev.location.entity.code is not None) \
        and not (k > 0 and tokens[k - 1].norm in RELATIVES)


FALLING_PROJECTILES = "core.ASSAULT.fall.verb"


def ongoing_protests(ev: Event, tokens) -> bool:
    """Protests named as the subject of a verb of breaking out, going on or spreading («دخلت الاحتجاجات …
    أسبوعها الثاني», «وتواصلت التظاهرات», «اندلعت احتجاجات»), or a strike a named party entered («دخل عمال
    النفط في إضراب مفتوح»): told as under way, not talked about."""
    k = ev.trigger.first_token
    if not (ev.event_type == "PROTEST" and ev.trigger.entry.pos == "noun" and ev.modality in ("asserted", "historical")
            and k > 0 and tokens[k - 1].is_word):
        return False
    if ev.mode in _WORK_STOPPAGES and tokens[k - 1].norm == "في" and any(a.entity.code for a in ev.actor):
        # «ودخل عمال النفط في إيران في إضراب مفتوح»: a named party entered a strike
        before = tokens[max(0, k - 6):k - 1]
        return all(t.is_word for t in before) and any(t.norm.removeprefix("و") in _ENTERED for t in before)
    return tokens[k - 1].norm.removeprefix("و").removeprefix("ف") in _PROTESTS_GO_ON


def ongoing_fight(ev: Event, tokens) -> bool:
    """Clashes named as the subject of a verb of breaking out or going on, between sides the rules found («واندلعت
    اشتباكات عنيفة …», «وتجددت المعارك بعنف»): fighting told as under way."""
    k = ev.trigger.first_token
    return ev.event_type == "ASSAULT" and ev.trigger.entry.pos == "noun" and ev.modality in ("asserted", "historical") \
        and any(a.entity.code for a in ev.actor) and k > 0 and tokens[k - 1].is_word \
        and tokens[k - 1].norm.removeprefix("و").removeprefix("ف") in _FIGHTS_GO_ON


_FIGHTS_GO_ON = frozenset("اندلعت تجددت تواصلت استمرت دارت اشتدت احتدمت".split())
_ENTERED = frozenset("دخل دخلت دخلوا بدا بدات بداوا شرع شرعت شرعوا".split())
_PROTESTS_GO_ON = frozenset("دخلت تواصلت استمرت اتسعت امتدت تجددت عمت اندلعت تصاعدت انطلقت".split())


_CROWD_COUNTS = frozenset("مئات الاف الوف عشرات الالاف المئات العشرات الف الفا".split())


PROTESTERS = frozenset("متظاهر متظاهرا متظاهرين متظاهرون محتج محتجا محتجين محتجون معتصمين معتصمون".split())
# a counted crowd of people («عشرات الآلاف», «مئات الأشخاص», «آلاف المواطنين», «عشرات الطلاب»)
_COUNTED_CROWDS = PROTESTERS | frozenset("الاف اشخاص مواطنين طلاب عمال ناشطين انصار شبان".split())


# «قُتل عشرون فلسطينياً برصاص القوات الإسرائيلية», «تعرضت لاعتداء من قبل الميليشيا الحوثية»
NAMED_AGENT_PATHS = ("passive-agent", "fire-of", "by-agent", "object-of-masdar")


def military_report(ev: Event, tokens) -> bool:
    """A military communiqué's report, a style the newswire the model learned from hardly has,
    asserted and not in a relative clause: a strike, shelling, launch or assassination verb by one named state
    or armed group on another («أطلقت إيران مئات الطائرات المسيّرة باتجاه إسرائيل», «أعلن حزب الله أنه
    استهدف مواقع للجيش الإسرائيلي», «اغتالت إسرائيل القيادي في حماس صالح العاروري»); today's strikes launched by a
    state or group («شنت إسرائيل فجر اليوم ضربات على منشآت في إيران», «ردّ الجيش بشن غارات على مواقع لحماس» — not a
    politician's verbal «شن هجوما», nor the masdar «وشنها»);
    clashes between two armed forces («اشتباكات بين الجيش السوداني وقوات الدعم السريع»)."""
    entry, *paths = ev.rule.split("/")
    path = paths[0].split("+") if paths else []
    k = ev.trigger.first_token
    light = entry in _MILITARY_ATTACK_NOUNS and ("light-verb" in path or "governing-verb" in path) \
        and not _light_verb_masdar(tokens[k]) and any(
        a.entity.kind in ("country", "capital", "group", "demonym") or a.entity.sector in ARMED_SECTORS for a in ev.actor)
    clash = entry in _CLASH_NOUNS and "between" in path
    if ev.event_type != "ASSAULT" or ev.modality not in ("asserted", "historical") \
            or (k > 0 and tokens[k - 1].norm in RELATIVES):
        return False
    if light or clash:
        if ev.modality != "asserted":
            return False
        # a state and its rebels, or two armed forces of one state, are two parties
        sides = [{(m.entity.code, m.entity.sector) for m in side if m.entity.code
                  and (light or m.entity.sector in ARMED_SECTORS)} for side in (ev.actor, ev.recipient)]
        return all(sides) and not sides[0] & sides[1]
    actors = {a.entity.code for a in ev.actor if a.entity.code}
    targets = {r.entity.code for r in ev.recipient if r.entity.code}
    if entry == _ASSASSINATE:
        # (told today by its own named subject: not a deed recalled from 1982 or a doer guessed from the clause before)
        return ev.modality == "asserted" and path[:1] in (["vso"], ["svo"]) and bool(actors and targets) \
            and not actors & targets
    return entry in _MILITARY_ATTACK_ENTRIES and bool(actors and targets) and not actors & targets


def _light_verb_masdar(tok: Token) -> bool:
    """«وشنها غارات»: the light verb's own masdar with its doer's pronoun, a noun phrase, not a report
    (a pronoun on the attack noun itself, «هجماتها الصاروخية», is the attacker's)."""
    return bool(tok.enclitic) and any(k in LIGHT_VERBS for k in tok.stem_keys)


_MILITARY_ATTACK_ENTRIES = frozenset(
    "core.ASSAULT.attack.verb core.ASSAULT.shell.verb core.ASSAULT.air.verb core.ASSAULT.launch.verb "
    "core.ASSAULT.launch-it.verb core.ASSAULT.air-raid.verb".split())


_MILITARY_ATTACK_NOUNS = frozenset(
    "core.ASSAULT.attack.noun core.ASSAULT.shell.noun core.ASSAULT.air.noun core.ASSAULT.strike.noun "
    "core.ASSAULT.operation-against.noun core.ASSAULT.named-operation.noun core.ASSAULT.ground-operation.noun".split())


_CLASH_NOUNS = frozenset({"core.ASSAULT.shoot.noun"})
_ASSASSINATE = "core.ASSAULT.assassinate.verb"


ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "SPY"})


def between_document_parties(ev: Event, salience: Counter, nps: list[NP]) -> bool:
    """Actor and recipient are both parties the document had named often before the sentence
    (`salience` counts the sentence's own phrases `nps` too)."""
    here = Counter(np.code for np in nps if np.code)

    def named_often(side):
        return any(salience[np.code] - here[np.code] >= MIN_OPPONENT_SALIENCE for np in side if np.code)
    return named_often(ev.actor) and named_often(ev.recipient)
