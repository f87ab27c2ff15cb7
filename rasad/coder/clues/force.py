"""Word tests on force and the street: attacks, strikes and projectiles and who fired them, bombs that went
off, operations and their aims, arrests, captors and releases, troops sent to help, fighting named, and protests
called for, held at home or spread over a state."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ...kb.matcher import phrase_keys
from ...lexicon.lexicon import LexiconEntry
from ...schema import Event, Token, Trigger
from ...text.normalize import normalize
from ..allowances import PROTESTERS
from ..arguments import ArgumentFinder, Arguments
from ..arguments.words import (FORCE_SECTORS, PROJECTILES, STRIKES, past_subject, prep_clitic, prep_key, same_side,
                               word_key)
from ..consolidate import SUBJECT_PATHS
from ..discourse import GUESSED_PARTY, Discourse
from ..mentions import NP, QUOTES, RELATIVES, has_article
from .parties import with_sector


def crowd_of_the_government_faced(e: LexiconEntry, args: Arguments, state: Discourse) -> None:
    """«احتشد آلاف المتظاهرين … مطالبين باستقالة باشينيان»: a bare crowd no place names, guessed to be of the
    state the story is most about, protests at or makes demands of its own government — the one it faces."""
    if e.event not in ("PROTEST", "REQUEST") or args.location is not None:
        return
    faced = next((r.code for r in args.recipient if r.code and r.entity.sector in _GOVERNING), None)
    if faced is not None and faced != state.home():
        args.actor = [replace(a, entity=replace(a.entity, code=faced))
                      if a.kinds == ("agent",) and a.entity.sector == "CVL" and a.code == state.home() else a
                      for a in args.actor]


def their_goods_after(tokens, trig: Trigger) -> bool:
    """«واستولت على عشرات من آلياتهم»: what is seized is theirs, a plural pronoun on it within a few words."""
    return any(t.enclitic in _THEIR for t in tokens[trig.last_token + 1:trig.last_token + 6])


_THEIR = frozenset({"هم", "هما", "هن"})


def security_word_after(tokens, trig: Trigger) -> bool:
    """«انتشار أمني»: the deployment is the security forces'."""
    k = trig.last_token + 1
    return k < len(tokens) and tokens[k].norm in _SECURITY_NISBAS


_SECURITY_NISBAS = frozenset("امني امنيا".split())


def went_off(entry) -> bool:
    """A bomb or car bomb that went off («انفجرت عبوة ناسفة»): the weapon is the subject, and no one
    the discourse names is its doer."""
    return entry.event == "ASSAULT" and entry.frame == "undirected"


def fired_by(tokens, np: NP) -> bool:
    """`np` names who fired the projectiles before it: their nisba, or the place they came «من» («أطلقت من
    سوريا», «أطلقت من الأراضي السورية»)."""
    k = np.first_token
    before = tokens[max(0, k - _FIRED_REACH):k]
    if normalize(np.prep) == "من" or k >= 2 and tokens[k - 2].norm == "من":
        return any(t.norm.removeprefix("و") in _LAUNCHED for t in before)
    return np.kinds[:1] == ("demonym",) and any(not PROJECTILES.isdisjoint(t.keys) for t in before)


_LAUNCHED = frozenset("اطلق اطلقت اطلقه اطلقها اطلقوه انطلق انطلقت".split())
_FIRED_REACH = 3


def release_asked_at(tokens, trig: Trigger, asker: Sequence[NP]) -> Optional[int]:
    """Where the release that is asked for, right after the request and its subject, is named («طالبت باريس
    ⟦بالإفراج⟧ عنهما», «طالب الأمين العام أنطونيو غوتيريش ⟦بالإفراج⟧ الفوري عنهم»), if one is."""
    start = past_subject(trig.last_token, list(asker)) + 1
    return next((i for i, t in enumerate(tokens[start:start + _RELEASE_REACH - 1], start)
                 if any(k.endswith(_RELEASE_WORDS) for k in t.keys)), None)


_RELEASE_WORDS = ("افراج", "سراح")
_RELEASE_REACH = 9  # «طالبت باريس بالإفراج الفوري», «وطالب المجلس في 14 يناير/كانون الثاني بالإفراج»

_OWN_SUBJECT_PATHS = SUBJECT_PATHS + ("/shared-subject", "+shared-subject")  # (the verb before it: «… اخترقت … وألقت»)
_WEAPONS_MODES = frozenset({"aerial", "heavy-weapons"})  # (not «حملة تستهدف المعارضين»)


def struck_in_the_lead(ev: Event) -> bool:
    """«أعلنت سوريا أن طائرات حربية إسرائيلية … ألقت ذخائر فوق مناطق في شمال البلاد»: an air or heavy-weapons attack
    told by a verb with its subject, in an article's lead sentence, reports the story's event, though whom it struck
    is only the story's other side."""
    actors = {a.entity.code for a in ev.actor if a.entity.code}
    return ev.event_type == "ASSAULT" and ev.mode in _WEAPONS_MODES and ev.modality in ("asserted", "historical") \
        and ".verb" in ev.rule.split("/")[0] and bool(actors) and any(k in ev.rule for k in _OWN_SUBJECT_PATHS) \
        and any(r.entity.code and r.entity.code not in actors for r in ev.recipient)


_IMPOSED = frozenset("فرضه فرضها فرضته فرضتها فرضوها فرضوه".split())  # «التي فرضتها X على Y»

_GOVERNING = frozenset({"GOV", "LEG", "JUD"})  # a government, a parliament, a court: what a crowd protests at home

# areas named by a common noun: what one withdraws from in the state the text is about
_AREAS = frozenset("جنوب شمال شرق غرب وسط اقليم منطقه مناطق مدينه بلده بلدات قريه قري قطاع اراضي ارض نقاط مواقع "
                   "محافظه حدود شريط جيب".split())
_AREA_REACH = 8


def opened_the_operation(tokens: list[Token], trig: Trigger) -> bool:
    """«بدأت العملية … بقصف»: the trigger, after «ب», tells what the operation named as the clause's subject began
    with."""
    if not tokens[trig.first_token].norm.startswith(("ب", "وب")):
        return False
    lo = max(0, trig.first_token - _OPENING_REACH)
    return any(tokens[k].norm.removeprefix("و") in _BEGAN and tokens[k + 1].norm.startswith("ال")
               and tokens[k + 1].keys[-1] in _OPERATION_NAMES for k in range(lo, trig.first_token - 1))


_BEGAN = frozenset("بدات بدا استهلت استهل انطلقت انطلق افتتحت افتتح".split())
_OPERATION_NAMES = frozenset("عمليه هجوم حمله معركه عدوان".split())
_OPENING_REACH = 8  # «وبدأت العملية نحو الساعة الرابعة صباحاً بقصف»

_CALLING = frozenset("دعا دعت دعوا دعتا يدعو تدعو يدعون تدعوان داعيا داعيه داعين".split())
# what a call asks the public to do: demonstrate, march, rally, sit in or strike («دعا إلى التظاهر/إضراب عام»)
_PROTESTS_CALLED = {**dict.fromkeys("تظاهر تظاهره تظاهرات مظاهره مظاهرات مسيره مسيرات احتجاجات احتجاج اعتصام "
                                    "اعتصامات وقفه وقفات تجمع تجمعات تجمعا غضب".split(), "demonstrate"),
                    **dict.fromkeys("اضراب اضرابات عصيان".split(), "strike")}
# what a call may ask to go on with or go out to before it names the protest («إلى مواصلة الاعتصام», «إلى الخروج في
# تظاهرات», «إلى النزول إلى الشوارع»), and the days it may name («إلى «أيام غضب»», «إلى يوم غضب»)
_PROTEST_LEADS = frozenset("مواصله استمرار الخروج خروج النزول نزول المشاركه مشاركه ايام يوم في الي".split())
_STREETS = frozenset("شارع شوارع ميادين ساحات".split())
_PROTEST_LEAD_REACH = 3


def protest_called_for(tokens: list[Token], trig: Trigger, callers: Sequence[NP] = ()) -> Optional[str]:
    """The protest mode a verb of calling asks for after «إلى» («دعت المعارضة إلى مسيرة حاشدة», «دعا الاتحاد إلى
    إضراب عام», «دعا أنصاره إلى الخروج في تظاهرات مليونية», «إلى النزول إلى الشوارع»), or None; the `callers`
    named after the verb come first, however long their name."""
    if tokens[trig.first_token].keys[-1] not in _CALLING:
        return None
    start = past_subject(trig.last_token, list(callers))
    for k in range(start + 1, min(len(tokens) - 1, start + 9)):
        if tokens[k].norm in ("الي", "والي") and tokens[k + 1].is_word:
            for t in tokens[k + 1:k + 2 + _PROTEST_LEAD_REACH]:
                if t.text in QUOTES:
                    continue
                if not t.is_word:
                    return None
                if t.keys[-1] in _PROTESTS_CALLED:
                    return _PROTESTS_CALLED[t.keys[-1]]
                if t.keys[-1] in _STREETS:
                    return "demonstrate"
                if t.keys[-1] not in _PROTEST_LEADS:
                    return None
            return None
        if not tokens[k].is_word and tokens[k].text not in QUOTES:
            return None
    return None


CROWD_SECTORS = frozenset({"CVL", "OPP", "PTY", "LAB", "EDU"})  # who may storm a building in protest

_SETTLERS = frozenset("مستوطن مستوطنون مستوطنين".split())


def a_crowd(actors: list[NP]) -> bool:
    """Civilians, an opposition, a party or workers: who may storm or burn in protest (settlers who burn
    homes attack: «أضرم مستوطنون إسرائيليون النار في عشرات المنازل»)."""
    return bool(actors) and all(a.entity.sector in CROWD_SECTORS and _SETTLERS.isdisjoint(phrase_keys(a.text))
                                for a in actors)


def strike_after(finder: ArgumentFinder, trig: Trigger) -> bool:
    """A strike or a projectile that names no owner is the subject right after the verb («قتلت غارة على
    مخيم», «أصاب صاروخ مبنى»; not «أصابت غارة للتحالف», «غارة إسرائيلية», nor «أسقطت بصاروخ»)."""
    tokens, k = finder.tokens, trig.last_token + 1
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].proclitics or word_key(tokens[k]) not in _STRIKE_WORDS:
        return False
    if k + 1 < len(tokens) and prep_clitic(tokens[k + 1]) == "ل":
        return False  # «غارة للتحالف»
    return not any(np.first_token == k + 1 and np.kinds[:1] == ("demonym",) for np in finder.candidates)


_STRIKE_WORDS = PROJECTILES | STRIKES

_DONE_AT_HOME = frozenset({"arrest", "repress"})  # (a closure or a restriction may be any state's: «إغلاق المعبر»)


def coerced_at_home(e: LexiconEntry, args: Arguments, state: Discourse) -> None:
    """An arrest or a repression in an article that names no one («اعتُقل العشرات», «وشهدت الأيام التالية حملة
    اعتقالات واسعة», «قنابل الغاز») is the state's doing to its people: the state where it happens, else the one
    the story is about (not an arrest whose pronoun names a detainee the text leaves unresolved: «اعتقاله»)."""
    if e.mode not in _DONE_AT_HOME or args.actor or args.recipient or "possessive" in args.path:
        return
    place = args.location.code if args.location is not None and args.location.code else state.home()
    np = state.state_phrase(place) if place else None
    if np is not None:
        args.actor = [with_sector(np, None)]
        args.recipient = [with_sector(np, "CVL")]
        args.path.append("coerced-at-home")


def protests_told_seen_from_abroad(e: LexiconEntry, first: Token, args, state: Discourse) -> bool:
    """«وفي واشنطن، قالت الخارجية الأميركية إنها تتابع الاحتجاجات»: a definite protest noun (`first`, its first
    word) whose crowd is only the people of the place the sentence is set in, when the document has told protests of
    other people, names those protests again."""
    prior = state.last_by_type.get("PROTEST")
    if e.event != "PROTEST" or not prior or "protesters-of-place" not in args.path or not has_article(first):
        return False
    told = {a.code for a in prior[0] if a.code}
    here = {a.code for a in args.actor if a.code}
    return bool(told) and bool(here) and not told & here


def at_protesters(tokens, trig) -> bool:
    """«قتلت قوات الأمن 12 محتجاً», «فتح الجنود النار على آلاف المعتصمين», «أطلق الجنود الرصاص الحي لتفريقهم»:
    the attack's victims are protesters (named, or dispersed, within a few words after it), who are people of
    the place, like those arrested. (Right after the verb they are its subject: «اقتحم محتجون مبنى السفارة».)"""
    return any(t.keys[-1] in PROTESTERS or t.norm.startswith(_TO_DISPERSE)
               for t in tokens[trig.last_token + 2:trig.last_token + 1 + _PROTESTERS_REACH])


_PROTESTERS_REACH = 5
_TO_DISPERSE = "لتفريق"  # «لتفريقهم», «لتفريق المتظاهرين»


def crowd_at_home(tokens, trig: Trigger, state: Discourse) -> bool:
    """«وتجمّع مئات المحتجين أمام مقر البرلمان»: protesters gather, named right after the verb, in an article
    about a state — its people, before its bodies, wherever the text leaves unnamed."""
    return trig.entry.mode == "demonstrate" and state.article and (home := state.home()) is not None \
        and home in state.last_mention \
        and any(t.keys[-1] in PROTESTERS for t in tokens[trig.last_token + 1:trig.last_token + 1 + _CROWD_REACH])


_CROWD_REACH = 3  # words from a gathering's verb to its crowd («تجمّع مئات المحتجين»)


def target_the_victims(args: Arguments, victims: list[NP]) -> None:
    """Counted people with a nationality are what an assault struck: as its subject («أن جنديا
    أميركيا قتل», «ثلاثة جنود أميركيين قتلوا») or beside a guessed target («قتل ثلاثة جنود
    أميركيين», «سقط عشرات العراقيين بين قتيل وجريح»)."""
    if {"svo", "vso"} & set(args.path) and not args.recipient and args.actor and all(a in victims for a in args.actor):
        args.actor, args.recipient = [], list(args.actor)
        args.path.append("victims-as-subject")
    guessed = "first-party-in-clause" in args.path
    if any(r.code for r in args.recipient) and not guessed:
        return
    mine = {a.code for a in args.actor if a.code}
    others = [np for np in victims if np.code not in mine]
    if others:
        args.recipient = others[:1] + ([] if guessed else [r for r in args.recipient if r.code])
        args.path.append("victims")


_STOP_NOUNS = frozenset("وقف انهاء ايقاف".split())
_FIGHTING = frozenset("عنف تصعيد قتال اقتتال مواجهات عمليات اعمال".split())
_STOP_REACH = 4  # words after the call, or its subject, to the stop it calls for


def calls_to_stop_fighting(tokens, end: int) -> bool:
    """A stop to violence, escalation or fighting is named right after token `end`, the call or its subject
    («إلى وقف فوري للعنف», «بوقف التصعيد»)."""
    window = tokens[end + 1:end + 1 + _STOP_REACH]
    return any(t.keys[-1] in _STOP_NOUNS and any(u.keys[-1] in _FIGHTING for u in window[n + 1:n + 3])
               for n, t in enumerate(window))


def non_state_captors(actor: list[NP]) -> bool:
    """The captors are an armed group or militants, none of them a state's forces."""
    return bool(actor) and all(a.code == "IMG" or a.entity.sector == "REB" for a in actor)


def fought_against(finder: ArgumentFinder, actor: list[NP]) -> Optional[NP]:
    """The party the sentence says is fought «ضد» (against), when it is none of the actor's."""
    return next((np for np in finder.candidates if np.prep and prep_key(np.prep) == "ضد" and np.code
                 and not np.is_place and not same_side(np, actor, by_sector=True)), None)


def imposed_by(finder, trig: Trigger) -> Optional[tuple[list[NP], list[NP]]]:
    """Who imposed the measure the trigger governs, and on whom: «المقاطعة التي فرضتها X وY على Z» a few words
    after it."""
    tokens = finder.tokens
    for k in range(trig.last_token + 1, min(len(tokens) - 1, trig.last_token + 5)):
        if tokens[k].norm in RELATIVES and tokens[k + 1].norm in _IMPOSED:
            doers = next((np for np in finder.candidates if np.first_token == k + 2 and np.code and not np.prep), None)
            if doers is None:
                return None
            doers = finder.with_coordinated(doers)
            target = next((np for np in finder.candidates if np.first_token > doers[-1].last_token and np.code
                           and normalize(np.prep) == "علي"), None)
            return (doers, [target]) if target is not None and target.first_token <= doers[-1].last_token + 2 \
                else None
        if not tokens[k].is_word:
            return None
    return None


def jailing_state(tokens: list[Token], nps: list[NP], mine: set) -> Optional[NP]:
    """The state whose prisons the sentence names («في سجون الاحتلال», «في السجون الإسرائيلية»), not the
    prisoners' own."""
    for k, tok in enumerate(tokens):
        if _PRISONS.isdisjoint(tok.keys):
            continue
        np = next((np for np in nps if np.first_token in (k, k + 1, k + 2) and np.code and np.code not in mine
                   and np.last_token >= k + 1), None)
        if np is not None:
            return np
    return None


_PRISONS = frozenset("سجون السجون معتقلات المعتقلات".split())


def across_the_border(tokens: list[Token], nps: list[NP]) -> Optional[NP]:
    """The state named after «الحدود … مع» in the sentence («على الحدود الشمالية مع لبنان»)."""
    for k, tok in enumerate(tokens):
        if tok.keys[-1] in _BORDERS:
            after = next((j for j in range(k + 1, min(len(tokens), k + 4)) if tokens[j].norm == "مع"), None)
            if after is not None:
                return next((np for np in nps if np.first_token == after + 1 and np.code
                             and np.kinds[:1] in (("country",), ("capital",))), None)
    return None


_BORDERS = frozenset("حدود الحدود حدوده حدودها".split())


def doers_of_last_attack(np: NP, state: Discourse, args: Arguments) -> NP:
    """`np` coded as the doers of the document's latest attack on the event's recipients when it is a bare
    definite word for gunmen or attackers («المسلحون», «المهاجمين»)."""
    if np.entity.code is not None or np.entity.sector != "UAF" \
            or not np.text.removeprefix("و").removeprefix("ف").startswith("ال"):
        return np
    targets = {r.code for r in args.recipient if r.code}
    doers = next((actors for actors, struck, _ in reversed(state.attacks) if struck & targets), [])
    doers = [d for d in doers if d.code not in targets]
    return replace(np, entity=replace(np.entity, code=doers[0].code)) if doers else np


def party_faced(tokens: list[Token], nps: list[NP], trig: Trigger, args: Arguments) -> Optional[NP]:
    """The party named after «(في/ل)مواجهة» or «ضد» later in the sentence, not the actor's side nor a recipient
    already («… استعداداً لعملية عسكرية ضد حركة حماس»)."""
    mine = {np.code for np in args.actor + args.recipient if np.code}
    return next((np for np in nps if np.first_token > trig.last_token and np.code and np.code not in mine
                 and not np.is_place and (np.prep == "ضد" or (
                     np.first_token > 0 and tokens[np.first_token - 1].keys[-1] in FACING))), None)


FACING = frozenset("مواجهه لمواجهه".split())
# the purposes an operation is launched for that name whom it is against («لطرد», «لمحاربة», «لاستعادة … من»)
AIMS_OF_OPERATIONS = frozenset("طرد محاربه قتال ضرب استهداف القضاء مطارده ملاحقه تحرير استعاده".split())
AIM_REACH = 8  # words from the operation to the «ل» of its purpose («عملية عسكرية واسعة سمّاها «درع الفرات» لطرد»)


def purpose_target(tokens: list[Token], nps: list[NP], trig: Trigger, args: Arguments) -> Optional[NP]:
    """The party an operation is launched to drive out or fight: the coded phrase right after a «ل» of purpose
    within a few words of the operation («لطرد تنظيم داعش»), or after «من» when the purpose is to free a place
    («لتحرير المدينة من داعش»), not the actor's side."""
    mine = {a.code for a in args.actor if a.code}
    end = min(len(tokens), trig.last_token + 1 + AIM_REACH)
    at = next((k for k in range(trig.last_token + 1, end) if tokens[k].is_word
               and tokens[k].norm.removeprefix("و").startswith("ل")
               and tokens[k].norm.removeprefix("و")[1:] in AIMS_OF_OPERATIONS), None)
    if at is None:
        return None
    # («لتحرير المدينة من داعش», «لاستعادة السيطرة على جرابلس من داعش»: whom the place is freed from)
    freed = tokens[at].norm.removeprefix("و")[1:] in ("تحرير", "استعاده")
    return next((np for np in nps if at < np.first_token <= at + (5 if freed else 3) and np.code
                 and np.code not in mine and not np.is_place and (np.prep == "من" if freed else not np.prep)), None)


HOLDING = frozenset("اعتقلتهم اعتقلهم احتجزتهم احتجزهم تحتجزهم يحتجزهم تعتقلهم يعتقلهم خطفتهم خطفهم اسرتهم اسرهم "
                    "اعتقلته اعتقلها احتجزته احتجزها تحتجزه يحتجزه تحتجزها يحتجزها خطفته خطفها".split())


def held_by_the_named(tokens: list[Token], trig: Trigger, candidates: list[NP]) -> Optional[tuple[NP, NP]]:
    """(the held, their captor) when the release noun's «عن» names people whom a verb of holding right after
    them gives a captor: «الإفراج عن ثلاثة أمريكيين اعتقلتهم القوات الإيرانية»."""
    held = next((np for np in candidates if trig.last_token < np.first_token <= trig.last_token + 4
                 and normalize(np.prep) == "عن"), None)
    k = held.last_token + 1 if held is not None else len(tokens)
    if k + 1 >= len(tokens) or tokens[k].norm.removeprefix("و") not in HOLDING:
        return None
    captor = next((np for np in candidates if np.first_token == k + 1 and not np.prep and np.code), None)
    return (held, captor) if captor is not None else None


def force_in_genitive(trig: Trigger, args: Arguments) -> Optional[NP]:
    """A state's armed or security force right after a coercion noun, read as its genitive: the one who coerces
    («احتجاز البحرية البريطانية ناقلة نفط إيرانية»), not the one coerced."""
    force = next((r for r in args.recipient if r.first_token == trig.last_token + 1), None)
    return force if force is not None and "genitive" in args.path and force.kinds[0] == "agent" \
        and force.entity.sector in FORCE_SECTORS else None


_JOINING_OTHERS = frozenset("انضم انضمت انضموا انضما انضمتا ينضم تنضم ينضمون".split())
_JOIN_REACH = 12  # words from the verb of joining to the act joined in


def joined_in(tokens: list[Token], trig: Trigger, candidates: list[NP]) -> list[NP]:
    """The parties after «إلى» that a verb of joining names right before «في» and the act noun («انضمت
    البحرين … إلى السعودية والإمارات ومصر في قطع العلاقات»), or none."""
    k = trig.first_token - 1
    if k < 1 or tokens[k].norm != "في":
        return []
    first = next((np for np in reversed(candidates) if np.last_token < k and normalize(np.prep) == "الي"), None)
    if first is None or any(tokens[j].text in "،,." for j in range(first.first_token, k)) \
            or not any(tokens[j].norm.removeprefix("و") in _JOINING_OTHERS
                       for j in range(max(0, first.first_token - _JOIN_REACH), first.first_token)):
        return []
    return [np for np in candidates if first.first_token <= np.first_token and np.last_token < k
            and np.code and not np.is_place]


_RULING_SECTORS = frozenset({"GOV", "LEG"})
_PROTESTERS_OFFICES = ("Protesters", "Demonstrators")  # the knowledge base's offices of «المحتجون», «المتظاهرون»


def crowd_demands_of_its_government(ev: Event, sent_events: list[Event]) -> bool:
    """«احتشد آلاف المتظاهرين في ساحة الجمهورية مطالبين باستقالة باشينيان»: a crowd protesting in the
    sentence calls on its own government, another party though of the same state."""
    crowd = {a.code for a in ev.actor if a.code}
    # (or protesters named as such: «ورفع المحتجون شعار «كلن يعني كلن»، مطالبين برحيل رئيس الجمهورية»)
    return ev.event_type == "REQUEST" and bool(crowd) and a_crowd(ev.actor) \
        and any(r.code in crowd and r.entity.sector in _RULING_SECTORS for r in ev.recipient) \
        and (any(p.event_type == "PROTEST" and {a.code for a in p.actor if a.code} == crowd for p in sent_events)
             or all((a.entity.office or "").startswith(_PROTESTERS_OFFICES) for a in ev.actor))


_TO_HELP = frozenset("لدعم لمساعده لمسانده لدعمها لمساعدتها لمساندتها لدعمه لمساعدته لمساندته".split())
_ON_REQUEST = ("بطلب", "من")
_HELP_REACH = 30


def own_place_after(finder: ArgumentFinder, trig: Trigger, actor: list[NP]) -> Optional[NP]:
    """The first place named after the trigger in its clause, when it lies in the actors' own state."""
    mine = {a.code for a in actor if a.code}
    end = finder.clause_end(trig)
    place = next((np for np in finder.candidates if trig.last_token < np.first_token < end and np.code
                  and np.kinds[0] in ("place", "capital")), None)
    return place if place is not None and place.code in mine else None


def troops_sent_to_help(tokens, trig: Trigger, args: Arguments) -> list[NP]:
    """The foreign states troops are sent to, when the clause says they go to help them («لدعم»,
    «لمساعدتها») or were asked for («بطلب من حكومة مابوتو»); a guessed party is none."""
    mine = {a.code for a in args.actor}
    hosts = [] if GUESSED_PARTY & set(args.path) else [
        np for np in args.recipient or ([args.location] if args.location is not None else []) if np.code and np.code not in mine]
    words = tokens[trig.last_token + 1:trig.last_token + _HELP_REACH] if hosts else []
    asked = any(a.norm == _ON_REQUEST[0] and b.norm == _ON_REQUEST[1] for a, b in zip(words, words[1:]))
    return hosts if asked or any(not _TO_HELP.isdisjoint((t.norm, t.keys[-1])) for t in words) else []


def from_an_area(tokens, trig: Trigger) -> bool:
    """«من» and an area named by a common noun («الجنوب», «الإقليم», «المنطقة العازلة», «النقاط الخمس») a few words
    after the trigger, in its clause."""
    for k in range(trig.last_token + 1, min(len(tokens) - 1, trig.last_token + 1 + _AREA_REACH)):
        if not tokens[k].is_word and tokens[k].text not in QUOTES:
            return False
        if tokens[k].norm == "من":
            after = next((j for j in range(k + 1, min(len(tokens), k + 3)) if tokens[j].is_word), None)
            return after is not None and tokens[after].keys[-1] in _AREAS
    return False


def spread_over(tokens, trig, candidates):
    """«الاحتجاجات التي عمّت إيران», «الاحتجاجات التي شهدتها المدن الإيرانية»: the state or place a relative clause
    right after a protest noun says it spread over or took place in, or None."""
    k = trig.last_token + 1
    while k < len(tokens) and tokens[k].is_word and has_article(tokens[k]) and tokens[k].norm not in _WHICH \
            and k - trig.last_token <= 2:
        k += 1  # «الاحتجاجات الشعبية التي …»
    if k + 1 >= len(tokens) or tokens[k].norm not in _WHICH or tokens[k + 1].norm not in _SPREAD_OVER:
        return None
    return next((np for np in candidates if k + 1 < np.first_token <= k + _SPREAD_REACH and np.code
                 and np.kinds[0] in ("country", "capital", "place", "demonym") and not np.prep), None)


_WHICH = frozenset({"التي", "الذي"})
_SPREAD_OVER = frozenset("عمت عم تعم يعم اجتاحت اجتاح تجتاح شهدتها شهدها تشهدها يشهدها".split())
_SPREAD_REACH = 4  # «التي شهدتها مدنها الكردية», «التي عمّت المدن الإيرانية»
