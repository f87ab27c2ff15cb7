"""Whose state an uncoded party belongs to: a bare state body («الحكومة», «البرلمان», «قوات الأمن»), an
unnamed crowd or gunmen, a faction or opposition the text names without its country, coded from where
the scene is set, the agency that filed the report, the other party, the parties named before it in the
sentence, or the state the document is most about."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Optional, Sequence

from ..kb.matcher import phrase_keys
from .allowances import PROTESTERS
from .arguments import Arguments
from .discourse import THIRD_PARTY_CODES
from .mentions import NP, foreign_forces


DOMESTIC_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY"})
STATE_BODY_SECTORS = DOMESTIC_SECTORS | {"REL"}  # «المرجعية الدينية»: of the state in question too
_AIR_POWER = frozenset("طائرات طائره الطيران طيران مقاتلات المقاتلات مسيرات المسيرات".split())
_CROWD_OWNER_REACH = 5  # words from a crowd noun to the party whose crowd it is («أنصار زعيمة المعارضة بوتو»)
LOCAL_SECTORS = frozenset({"CVL", "OPP", "UAF", "LAB", "EDU"})
HOME_SECTORS = frozenset({"REB", "OPP", "PTY"})


def _protesters(np: NP) -> bool:
    """«المحتجين», «للمتظاهرين»: the phrase names protesters (with any clitics before)."""
    return any(k.endswith(word) for k in phrase_keys(np.text) for word in PROTESTERS)


def fill_domestic_codes(args: Arguments, home: Callable[[], Optional[str]] = lambda: None,
                        conflict: bool = False, protest: bool = False, judged: bool = False, dyadic: bool = True,
                        nearby: Sequence[NP] = (), agency: Optional[str] = None, placed_actor: bool = True,
                        article: bool = False) -> None:
    """«طالب البرلمان العراقي الحكومة»: a bare state body («الحكومة», «البرلمان») belongs to the
    state where the scene is set, else to the state whose news `agency` filed the report, else
    (unless one attacks or protests against the other: «أحرق النواب علما أميركيا», or speaks of what the
    other did: «قال الوزير إن الهجوم الإسرائيلي يشكل انتهاكاً») to the state of
    the other party (not, for an addressee, in an article about another state), else to that of the last
    party named before it in the sentence outside the event («قال مسؤول ليبي إن الحكومة طلبت من تركيا»),
    else to the state the document is most about;
    uncoded crowds and gunmen acting somewhere belong to that place (an addressed crowd to the party
    its phrase goes on to name); uncoded factions, oppositions and parties to the place named, else
    to the state the document is most about (not in talks and deals, `dyadic` False), and so do
    activists, residents, unions and gunmen who act unplaced (in a lone sentence, not when they
    attack) and, in an `article`, local media, business and any local party addressed. Where a
    sanction is imposed (`placed_actor` False) says nothing of who imposes it."""
    for side, other in ((args.recipient, args.actor), (args.actor, args.recipient)):
        # where the actor speaks does not place whom it addresses («وفي باريس، حثت الخارجية الفرنسية
        # القوى السياسية على …»)
        place = args.location if args.location is not None and args.location.code and not (
            side is args.recipient and args.location.code in {a.entity.code for a in args.actor}) else None
        for i, np in enumerate(side):
            if np.entity.code is None and np.entity.kind == "agent" and phrase_keys(np.text)[:1] == ("حكومات",):
                continue  # «وتتهم حكومات عربية وغربية أنقرة»: governments of several unnamed states
            if np.entity.code is None and foreign_forces(np.text):
                continue
            if np.entity.code is None and np.entity.kind == "agent" and np.entity.sector in STATE_BODY_SECTORS:
                # (a court sits where it sentences; a ministry imposing sanctions need not: «ارتكبت إبادة
                # جماعية في السودان، وفرضت وزارة الخزانة عقوبات»)
                source = place if placed_actor or side is not args.actor or np.entity.sector in ("JUD", "COP") else None
                if conflict and side is args.actor and not _AIR_POWER.isdisjoint(phrase_keys(np.text)[:1]):
                    source = None  # «أغارت الطائرات الحربية على أهداف في قطاع غزة»: aircraft strike elsewhere
                if conflict and side is args.actor and (military := _military_speaker(np, nearby, args)) is not None:
                    # «قال وزير الدفاع التركي إن الجيش قصف مواقع في شمال العراق»: a defence ministry or an army
                    # spokesman speaks of its own forces, wherever they fight
                    source = military
                if source is None and agency is not None:
                    side[i] = replace(np, entity=replace(np.entity, code=agency))  # a state agency's own ministry
                    continue
                if source is None and not conflict and not (judged and side is args.actor):
                    # (not the speaker who judges what the other did: «قال الوزير إن الهجوم الإسرائيلي يشكل انتهاكاً»)
                    # (an organisation has no state bodies: «وأمهلت إيكواس العسكريين أسبوعاً»)
                    source = next((o for o in other if o.entity.code and o.entity.kind != "country"
                                   and o.entity.code not in THIRD_PARTY_CODES), None)
                    if source is not None and side is args.recipient and article \
                            and (main := home()) is not None and main != source.entity.code:
                        # (in an article about another state, a foreign party's bare addressee is of that state:
                        # «دان وزير الخارجية الأميركي الهجمات، مطالباً السلطات الانتقالية بمحاسبة مرتكبيها»)
                        source = None
                if source is None:
                    # (another body or official of a state before it names the state, more than the last party:
                    # «اتهمت الحكومة البولندية بيلاروس بـ«هجوم هجين» على الاتحاد الأوروبي، فيما عززت وزارة الدفاع …»)
                    parties = args.actor + args.recipient
                    # (nor a body of no state: «حذرت منظمات حقوقية …، وطالبت منظمة «هيومن رايتس ووتش» السلطات»)
                    before = [o for o in reversed(nearby) if o.last_token < np.first_token and o.entity.code
                              and o.entity.code not in THIRD_PARTY_CODES and not o.is_place and o not in parties]
                    # (a news agency quoted names the state only when no other does: «هبط سهم … في السوق المالية
                    # السعودية، فيما نقلت وكالة «رويترز» عن مصادر أن قوات الأمن منعت …»)
                    before = [o for o in before if o.entity.sector != "MED"] or before
                    # (a party named in a clause's own right before one under a preposition: «تظاهر آلاف المصريين
                    # احتجاجاً على اتفاقية الحدود مع السعودية، وأطلقت قوات الأمن الغاز»)
                    source = next((o for o in before if o.entity.kind in ("agent", "person")
                                   and o.entity.sector in STATE_BODY_SECTORS), None) \
                        or next((o for o in before if not o.prep), None) or next(iter(before), None)
                code = source.entity.code if source is not None else home()
                if judged and side is args.actor and code in {o.entity.code for o in other}:
                    code = None  # («معتبرين القرار الأميركي «باطلاً»»: whose deed is judged is not who judges it)
                if code is not None:
                    side[i] = replace(np, entity=replace(np.entity, code=code))
            elif np.entity.code is None and np.entity.kind == "agent" and np.entity.sector in LOCAL_SECTORS \
                    and side is args.recipient:
                # «هجوم على أنصار زعيمة المعارضة بي نظير بوتو»: a crowd is of the party its phrase goes on to name
                owner = next((o for o in nearby if np.last_token < o.first_token <= np.last_token + _CROWD_OWNER_REACH
                              and o.entity.code and not o.prep), None)
                # (protesters nobody places are of the state the document is about: «سارع بومبيو إلى التغريد
                # دعماً للمحتجين», and in an article any local party: «دعت الحكومة المواطنين إلى التزام منازلهم»)
                code = owner.entity.code if owner is not None else home() if _protesters(np) or article else None
                if code is not None:
                    side[i] = replace(np, entity=replace(np.entity, code=code))
            elif np.entity.code is None and np.entity.kind == "agent" and side is args.actor and (
                    np.entity.sector in LOCAL_SECTORS or article and np.entity.sector in {"MED", "BUS"}):
                # «اقتحم محتجون السفارة السعودية في طهران»: crowds and gunmen are of the place they act in;
                # protesters nobody places are of the state the document is about, and so is an opposition
                # («قال المتحدث باسم وفد الفصائل إن المعارضة ترفض أي دور لإيران») and, in an article, anyone
                # local («واتهم ناشطون قوات الأمن باستخدام القوة المفرطة»); a lone sentence's unplaced gunmen
                # stay uncoded: its main party is often their target
                code = args.location.entity.code if args.location is not None and args.location.code else (
                    home() if protest or dyadic and (np.entity.sector in HOME_SECTORS or not conflict or article)
                    else None)
                if code is not None:
                    side[i] = replace(np, entity=replace(np.entity, code=code))
            elif np.entity.code is None and np.entity.kind == "agent" and np.entity.sector in HOME_SECTORS \
                    and dyadic:
                # «اتهمت أنقرة فصائل المعارضة», «الأحزاب»: the country's own factions and parties — of
                # the place named, else of the state the document is most about (talks and deals are
                # left alone: a guess there makes a party talk to itself)
                code = place.entity.code if place is not None else home()
                if code is not None:
                    side[i] = replace(np, entity=replace(np.entity, code=code))
    forces = next((a for a in args.actor if a.entity.code and a.entity.sector in DOMESTIC_SECTORS), None)
    if conflict and forces is not None:
        # «فتحت قوات الأمن النار على محتجين»: a crowd a state's forces act against is that state's
        args.recipient[:] = [replace(np, entity=replace(np.entity, code=forces.entity.code))
                             if np.entity.code is None and np.entity.kind == "agent"
                             and np.entity.sector in LOCAL_SECTORS else np for np in args.recipient]


def _military_speaker(np: NP, nearby: Sequence[NP], args: Arguments) -> Optional[NP]:
    """The defence ministry, army spokesman or commander of a state who speaks before the bare body `np`
    in its sentence, when no other party stands between them."""
    parties = args.actor + args.recipient
    before = [o for o in nearby if o.last_token < np.first_token and o.entity.code and not o.is_place
              and o not in parties]
    speaker = before[-1] if before else None
    return speaker if speaker is not None and not speaker.prep and speaker.entity.sector == "MIL" \
        and speaker.entity.kind in ("agent", "person") else None
