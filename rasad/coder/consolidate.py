"""Consolidating the events a sentence and a document yield: one event per act when the text tells it
twice or in two words («الهجوم الذي استهدف … وأسفر عن مقتل …»), the parties a fused or folded report
carries, the host of talks and the doer a condemnation blames, and second mentions dropped."""
from __future__ import annotations

from typing import Optional

from ..schema import Event
from ..text.normalize import normalize
from .arguments.words import (ANNOUNCING_PARTICIPLES, DEED_JUDGING, DURING_IT, FORCE_SECTORS, MEDIATION_NOUN,
                              SAID_TYPES, SPEECH_PARTICIPLES, TAKING_PART)
from .allowances import NAMED_AGENT_PATHS
from .discourse import GUESSED_PARTY, STORY_GUESSES

_NOT_RULING_OUT = "core.THREATEN.not-rule-out.verb"
_LED_AWAY = "core.COERCE.lead-away.verb"
_TALK_VERB = "core.CONSULT.talk.verb"
SUBJECT_PATHS = ("/svo", "+svo", "/vso", "+vso")  # the rules found the verb's own subject
_FUSED_TYPES = frozenset({"ASSAULT", "COERCE"})
_TOLL_ENTRIES = frozenset({"core.ASSAULT.kill.noun"})  # «مقتل», «إصابة»: the dead and wounded of an attack
_INTERCEPTING = "core.ASSAULT.intercept."  # «اعترضت الدفاعات الجوية صاروخين»
_BOMBER = "core.ASSAULT.suicide.noun"  # «انتحاري» alone: the bomber
ORGANISATION_CODES = frozenset({"NGO", "IGO", "UNO"})
_TOLD_REACH = 14  # words from «أبلغ» over whom it tells to what it tells of


def merge_subject_events(events: list[Event]) -> list[Event]:
    """«وقتلت غارة أميركية … قاسم سليماني»: a noun event that is the subject of the verb event before
    it is the same event; the verb event keeps the noun's actor and the noun event goes."""
    out = list(events)
    for verb in events:
        if verb.event_type not in _FUSED_TYPES or ".verb" not in verb.rule.split("/")[0] \
                or (verb.actor and not (_guessed_doer(verb) and verb.event_type == "ASSAULT")):
            continue  # (an attacker guessed from the clause or the text before yields: «…، قبل أن تقتل غارة
            # أميركية …», «حين استهدفت غارة إسرائيلية شقة» after a paragraph about Washington)
        noun = next((ev for ev in out if ev is not verb and ev.event_type == verb.event_type
                     and ev.trigger.first_token == verb.trigger.last_token + 1 and ev.actor), None)
        if noun is not None and verb.actor and normalize(noun.trigger.text).lstrip("وفب").startswith("ال"):
            continue  # («وقتلت الغارات …»: a definite noun's doer is as guessed as the verb's)
        if noun is not None:
            guessed = {a.code for a in verb.actor}
            verb.actor = list(noun.actor)
            verb.recipient = [r for r in verb.recipient if r.span not in {a.span for a in noun.actor}] \
                or list(noun.recipient)
            verb.rule += "/subject:" + noun.trigger.text
            out.remove(noun)
            if guessed:  # («استهدفت غارة إسرائيلية شقة …، فقتلت قائداً»: the verbs after it go on with its doer)
                for later in out:
                    if later.sentence_span == verb.sentence_span and later.trigger.span[0] > verb.trigger.span[0] \
                            and "shared-subject" in later.rule and {a.code for a in later.actor} == guessed:
                        later.actor = list(noun.actor)
    # «فجّر انتحاري من تنظيم داعش نفسه», «إن انتحارياً من حركة طالبان فجّر سيارة مفخخة»: the bomber is the
    # subject of the attack verb, not an attack of his own
    for noun in list(out):
        if noun.trigger.entry.id == _BOMBER and " " not in noun.trigger.text and noun.actor and any(
                ev is not noun and ev.event_type == "ASSAULT" and ".verb" in ev.rule.split("/")[0]
                and _parties(ev)[0] == _parties(noun)[0] for ev in out):
            out.remove(noun)
    # «شنّ طيران الاحتلال الإسرائيلي عدة غارات استهدفت مبنى هيئة الأركان»: an indefinite noun and the verb
    # right after it are one event, the verb a relative clause whose subject is the noun
    for noun in list(out):
        if noun.event_type not in _FUSED_TYPES or noun.trigger.entry.pos != "noun" or not noun.actor \
                or normalize(noun.trigger.text).lstrip("وفب").startswith("ال"):
            continue
        verb = next((ev for ev in out if ev.event_type == noun.event_type and ".verb" in ev.rule.split("/")[0]
                     and ev.trigger.first_token == noun.trigger.last_token + 1), None)
        if verb is not None and not ({a.code for a in verb.actor} & {a.code for a in noun.actor}):
            doers = {a.code for a in noun.actor}
            # what the verb took for its subject after it is its object
            verb.recipient = [r for r in verb.recipient if r.code not in doers] \
                or [a for a in verb.actor if a.code and "first-party-in-clause" not in verb.rule] or list(noun.recipient)
            verb.actor = list(noun.actor)
            verb.rule += "/subject:" + noun.trigger.text
            out.remove(noun)
    return out


def _guessed_doer(ev: Event) -> bool:
    """Whether the event's actor was guessed from the clause before or the text's topic, not named."""
    return "/" in ev.rule and not {"shared-subject", "topic"}.isdisjoint(ev.rule.split("/")[1].split("+"))


def _fold_descriptions(events: list[Event]) -> list[Event]:
    """«دان برايس ما وصفه بـ«الاعتداء الشائن»»: «ما وصفه» names what is condemned; «ودانته الولايات
    المتحدة ووصفته بأنه «متهور»»: the description goes on with the same condemnation. Either way the
    condemnation is the one act, aimed where the description points. So is a refusal that goes on to declare the
    thing void («أعلنت رفضها المذكرة واعتبرتها «لاغية وباطلة»»)."""
    out: list[Event] = []
    for ev in events:
        judge = next((o for o in reversed(out) if o.event_type == ev.event_type
                      and _parties(o)[0] == _parties(ev)[0]), None) if ev.trigger.entry.id in DEED_JUDGING else None
        if judge is not None:
            before = ev.sentence_text[:ev.trigger.span[0] - ev.sentence_span[0]].split()
            if before and normalize(before[-1]) in _HEDGES:
                judge.recipient = judge.recipient or list(ev.recipient)
                continue
            if "shared-subject" in ev.rule and _parties(judge) == _parties(ev):
                continue
        out.append(ev)
    return out


_HEDGES = frozenset("ما بما لما".split())


def drop_redundant(events: list[Event]) -> list[Event]:
    """Within a sentence: an event with no participants is dropped when another event of the same
    type has some («محادثات … في مقدمتها لقاء X بـ Y»), and a trigger conjoined to one of the same
    type with the same parties is the same event («انسحابا وإعادة تموضع»)."""
    events = _fold_relative_attack_verbs(_fuse_casualty_reports(_fold_listed_weapons(events)))
    # «أعلن … تنفيذ «عملية عسكرية نوعية» استهدفت مطاري أبوظبي»: the verb that describes the operation names
    # its target; the two are one attack
    describing = [ev for ev in events if "describes-noun" in ev.rule]
    events = [ev for ev in events if not (ev.trigger.entry.pos == "noun" and any(
        d.event_type == ev.event_type and 0 < d.trigger.first_token - ev.trigger.last_token <= 3 for d in describing))]
    # («قتل الجيش نصر الله في غارة استهدفت مقر القيادة»: the verb describing the raid of the killing told
    # before it, with the same parties, is that killing)
    events = [ev for ev in events if not (ev in describing and any(
        o is not ev and o.event_type == ev.event_type and o.trigger.last_token < ev.trigger.first_token
        and _parties(o) == _parties(ev) for o in events))]
    # «مقتل عشرين من جنوده في اشتباك مع القوات الصينية»: the clash the dead fell in is their killing
    events = [ev for ev in events if not (ev.event_type == "ASSAULT" and any(
        "clash-with" in c.rule and c.actor and c.trigger.span[1] < ev.trigger.span[0] < min(a.span[0] for a in c.actor)
        for c in events if c is not ev))]
    # «صادق البرلمان على نشر قوات», «تعهد بايدن بتقديم مساعدات»: the approval or pledge is the
    # approved or pledged act, coded with the approver as actor
    approvers = {a.span for ev in events if "approved-by" in ev.rule or "pledged-by" in ev.rule for a in ev.actor}
    events = [ev for ev in events if not (ev.event_type == "AGREE" and any(a.span in approvers for a in ev.actor))]
    # («تعهدت الإمارات بتقديم مليار دولار لدعم الاقتصاد المصري»: a pledge that is itself a form of the act, with
    # the pledged act after it, is that act)
    pledged = [ev for ev in events if "pledged-by" in ev.rule]
    events = [ev for ev in events if not (ev.trigger.entry.pos == "verb" and any(
        p.event_type == ev.event_type and _codes_of(ev) <= _codes_of(p)
        and ev.trigger.last_token < p.trigger.first_token and {a.code for a in ev.actor} == {a.code for a in p.actor}
        for p in pledged))]
    own = {(ev.event_type, _codes_of(ev)) for ev in events if "pair-of-sentence" not in ev.rule}
    events = [ev for ev in events if not ("pair-of-sentence" in ev.rule and (ev.event_type, _codes_of(ev)) in own)]
    # «رفعت جنوب أفريقيا دعوى … تتهم فيها إسرائيل»: the document and what its author says in it are one act
    authored = {(ev.event_type, frozenset(a.code for a in ev.actor)) for ev in events if "document-author" in ev.rule}
    events = [ev for ev in events if not (ev.trigger.entry.pos == "noun" and "document-author" not in ev.rule and (
        ev.event_type, frozenset(a.code for a in ev.actor)) in authored)]
    events = [ev for ev in events if not _meeting_during_visit(ev, events) and not _visit_of_the_meeting(ev, events)]
    # «حذر من أن أي هجوم «لن يبقى دون رد»»: the consequence is what the warning threatens
    # (a warning that names no one is aimed where its consequence points: «توعد ولايتي بأنها «لن تبقى من دون رد»»)
    warners = {_parties(ev)[0]: ev for ev in events
               if ev.event_type == "THREATEN" and ev.trigger.entry.frame != "consequence"}
    # (a judgement told before the warning is not what it warns of: «قال الملك إن تصرف نتنياهو «مرفوض»، …، محذراً
    # من أن …»)
    def warned_of(ev: Event) -> Optional[Event]:
        warner = warners.get(_parties(ev)[0]) if ev.trigger.entry.frame == "consequence" else None
        return warner if warner is not None and warner.trigger.last_token < ev.trigger.first_token else None

    for ev in events:
        warner = warned_of(ev)
        if warner is not None and not warner.recipient and ev.recipient:
            warner.recipient = list(ev.recipient)
            warner.rule += "/consequence-for:" + ev.trigger.text
    events = [ev for ev in events if warned_of(ev) is None]
    # «أمهلت إيكواس قادة الانقلاب أسبوعاً …، ولم تستبعد اللجوء إلى القوة»: force not ruled out beside another
    # threat to the same side is that threat
    threats = {_parties(ev) for ev in events if ev.event_type == "THREATEN" and ev.trigger.entry.id != _NOT_RULING_OUT}
    events = [ev for ev in events if not (ev.trigger.entry.id == _NOT_RULING_OUT and _parties(ev) in threats)]
    # «اعتقلت الشرطة الناشط واقتادته إلى جهة مجهولة»: leading away one seized or abducted before is that seizure
    events = [ev for ev in events if not (ev.trigger.entry.id == _LED_AWAY and any(
        o.event_type in ("COERCE", "ASSAULT") and o.trigger.last_token < ev.trigger.first_token for o in events))]
    events = _fold_descriptions(events)
    events = _fold_named_marches(events)
    # «أضرم محتجون النار في مقر الحزب الحاكم …، في احتجاجات امتدت إلى مدن أخرى»: the protests a crowd's deed
    # was done in, their crowd named only by the place, are the protest the deed is
    crowds = [ev for ev in events if ev.event_type == "PROTEST" and "protesters-of-place" not in ev.rule]
    events = [ev for ev in events if not ("protesters-of-place" in ev.rule and _words_before(ev).endswith(" في")
                                          and any(c.trigger.span[1] < ev.trigger.span[0]
                                                  and _codes_of(ev) <= _codes_of(c) for c in crowds))]
    # «أبلغ وزير الدفاع الروسي الرئيس بوتين باستكمال …», «أبلغ بايدن الكونغرس عزمه …»: telling one's own
    # side, or no one named, is a report up the chain, no consultation between parties
    events = [ev for ev in events if not (ev.trigger.entry.id in _TELLING and _codes_of(ev)
                                          and {r.code for r in ev.recipient} <= {a.code for a in ev.actor})]
    events = _fold_tellings(events)
    # «استقبل ولي العهد الرئيس السوري الذي يزور الدولة»: a visit naming no destination, told beside a
    # meeting of the visitor, is that meeting's occasion
    met = [ev for ev in events if ev.event_type == "CONSULT" and ev.trigger.entry.frame == "meet"]
    events = [ev for ev in events if not (ev.trigger.entry.frame == "visit" and not any(r.code for r in ev.recipient)
                                          and any(_codes_of(ev) <= _codes_of(m) for m in met))]
    # «اتفاق لوقف إطلاق النار بين إسرائيل والجهاد بوساطة مصرية»: the mediation is the mediator of
    # the deal it brought about, no talks of its own (but «نجاح وساطة قادها ولي العهد في إتمام صفقة تبادل بين
    # الولايات المتحدة وروسيا» tells the mediated talks between the two)
    if any(ev.event_type == "AGREE" or ev.mode == "ceasefire" for ev in events):
        events = [ev for ev in events if ev.trigger.entry.id != MEDIATION_NOUN or "mediated-pair-later" in ev.rule]
    # «دشّن الرئيسان الروسي والصيني خط أنابيب … يبدأ بنقل الغاز الروسي إلى الصين»: what the joint act
    # goes on to do between the same two is that act
    joint = {(ev.event_type, _codes_of(ev)): ev.trigger.span[0] for ev in events
             if ev.trigger.entry.frame == "meet" and len(_codes_of(ev)) >= 2}
    events = [ev for ev in events if ev.trigger.entry.frame == "meet" or ev.trigger.entry.pos != "noun"
              or joint.get((ev.event_type, _codes_of(ev)), ev.trigger.span[0]) >= ev.trigger.span[0]]
    with_parties = {ev.event_type for ev in events if ev.actor or ev.recipient}
    kept: list[Event] = []
    for ev in events:
        if not (ev.actor or ev.recipient) and ev.event_type in with_parties:
            continue
        prev = kept[-1] if kept else None
        same_noun = prev is not None and prev.trigger.entry.id == ev.trigger.entry.id and ev.trigger.entry.pos == "noun"
        if prev is not None and prev.event_type == ev.event_type and (_parties(prev) == _parties(ev) or same_noun) \
                and 0 <= ev.trigger.span[0] - prev.trigger.span[1] <= 2 and ev.trigger.text.startswith("و"):
            continue  # (a noun listed after one of its own entry is one act: «قنابل الصوت والغاز المسيل للدموع»)
        if prev is not None and (prev.event_type == ev.event_type or ev.trigger.span[0] - prev.trigger.span[1] <= 1) \
                and not prev.recipient and ev.recipient \
                and prev.trigger.entry.pos == ev.trigger.entry.pos == "noun" and ev.trigger.text.startswith("و") \
                and _parties(prev)[0] == _parties(ev)[0] and not _clause_break_between(prev, ev):
            # «بتقديم مساعدات عاجلة وإرسال فرق إنقاذ إلى ليبيا»: one act, one destination; «عن رفضها واستنكارها
            # للاقتحام»: two acts side by side, one target
            prev.recipient = ev.recipient
            prev.rule += "/recipient-of:" + ev.trigger.text
            if prev.event_type == ev.event_type:
                continue
        if all(_parties(ev)) and any(k.event_type == ev.event_type and _parties(k) == _parties(ev) for k in kept) \
                and _said_again(ev):
            continue
        if ev.trigger.entry.pos == "noun" and ev.trigger.text.endswith(_POSSESSIVE_ENDINGS) \
                and not ev.trigger.text.startswith("و") and any(
                k.event_type == ev.event_type and k.mode == ev.mode and _parties(k) == _parties(ev) for k in kept):
            continue  # «اعتقلت الشرطة رئيس البلدية، وتجمع أنصاره احتجاجاً على اعتقاله»: «his» arrest, just told
        if ev.trigger.entry.frame == "consequence" and any(
                k.event_type == ev.event_type and _parties(k) == _parties(ev) for k in kept):
            continue  # «دانت الهجمات «الاستفزازية» … وقالت إنها غير مقبولة»: the judgement of a deed already condemned
        if ev.event_type == "PROTEST" and _tells_on(ev) and any(
                k.event_type == "PROTEST" and _parties(k) == _parties(ev) and ev.mode == k.mode for k in kept):
            # «نزل آلاف الكوبيين إلى الشوارع … في احتجاجات نادرة»: the same protest (a strike and a march are
            # two: «شلّ إضراب … حركة القطارات، وتظاهر مئات الآلاف»; so are a march and the roads it blocks)
            continue
        if ev.event_type == "ASSAULT" and "shared-subject" in ev.rule and not any(r.code for r in ev.recipient) \
                and any(k.event_type == "ASSAULT" and _parties(k)[0] == _parties(ev)[0] for k in kept):
            continue  # «قُتل قيادي … بضربة طائرة مسيّرة أمريكية استهدفت سيارتهم»: the strike told on, aimed at no one new
        kept.append(ev)
    return kept


def _tells_on(ev: Event) -> bool:
    """The event goes on telling an act already told: a verb that shares its subject, or a noun after
    «في» («… في احتجاجات نادرة»)."""
    if "shared-subject" in ev.rule:
        return True
    before = ev.sentence_text[:ev.trigger.span[0] - ev.sentence_span[0]].split()
    return ev.trigger.entry.pos == "noun" and bool(before) and normalize(before[-1]) in ("في", "وفي")


def _fold_named_marches(events: list[Event]) -> list[Event]:
    """«خرج آلاف الجزائريين في مسيرات بالعاصمة», «احتشد عشرات الآلاف في أكبر تظاهرة»: the noun names the
    protest the verb before it reports, with no parties of its own; so does a noun after a superlative
    anywhere later in the sentence («شلّ إضراب … حركة القطارات، في أكبر إضراب يشهده القطاع»)."""
    out = []
    for ev in events:
        superlative = ev.trigger.entry.pos == "noun" and _after_superlative(ev)
        verb = next((o for o in out if o.event_type == ev.event_type == "PROTEST" and ev.trigger.entry.pos == "noun"
                     and ((o.trigger.entry.pos == "verb"
                           and 0 < ev.trigger.first_token - o.trigger.last_token <= _MARCH_REACH
                           and not _clause_break_between(o, ev))
                          or (superlative and o.sentence_span == ev.sentence_span
                              and o.trigger.span[1] <= ev.trigger.span[0]))), None)
        if verb is not None and _codes_of(ev) <= _codes_of(verb):
            verb.rule += "/named:" + ev.trigger.text
            continue
        out.append(ev)
    return out


_MARCH_REACH = 8  # «خرج آلاف الجزائريين بعد صلاة الجمعة في مسيرات»
_SUPERLATIVES = frozenset("اكبر اضخم اوسع".split())


def _after_superlative(ev: Event) -> bool:
    """The trigger follows «أكبر», «أضخم» or «أوسع» («في أكبر احتجاج تشهده البلاد»)."""
    before = ev.sentence_text[:ev.trigger.span[0] - ev.sentence_span[0]].split()
    return bool(before) and normalize(before[-1]).lstrip("و") in _SUPERLATIVES


def _clause_break_between(first: Event, second: Event) -> bool:
    start = first.sentence_span[0]
    return any(c in "،,؛;:" for c in first.sentence_text[first.trigger.span[1] - start:second.trigger.span[0] - start])


_RANKS = frozenset("اول ثاني ثالث اخر ارفع اعلي".split())  # «أول دولة», «ثاني زعيم», «آخر من», «أرفع زيارة»


def _said_again(ev: Event) -> bool:
    """The event restates one of the same type and parties before it in the sentence: a stance
    conjoined to it («أكدت تضامنها مع المملكة ووقوفها معها»), a participle after it («أمهلت X …
    أسبوعاً، ملوّحة باستخدام القوة»), a noun after «معلنين» («يقتحمون المنطقة الخضراء …، معلنين
    اعتصاماً مفتوحاً»), a record it sets («لتصبح أول دولة تعترف», «في أول لقاء بين …»)."""
    conjoined = ev.trigger.text.startswith("و")
    before = [normalize(w) for w in ev.sentence_text[:ev.trigger.span[0] - ev.sentence_span[0]].split()[-2:]]
    if any(w.removeprefix("ك") in _RANKS for w in before):
        return True  # «لتصبح أول دولة تعترف بحكومة طالبان», «في أول لقاء بين رئيسين»: the act restated as a record
    if ev.event_type == "SUPPORT" or ev.trigger.entry.id == _TALK_VERB:
        return conjoined  # («استقبل روبيو، وبحث معه المستجدات»: the talks are the meeting just told)
    if ev.trigger.entry.frame == "participle" and not conjoined:
        return True
    return bool(before) and before[-1] in ANNOUNCING_PARTICIPLES


_POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما")  # as written: a ta marbuta «ة» is no pronoun


def _meeting_during_visit(ev: Event, events: list[Event]) -> bool:
    """«يبدأ X زيارة إلى Y يلتقي خلالها Z»: a meeting planned during a visit or talks the sentence
    reports, between the same parties, is part of that programme."""
    word = normalize(ev.trigger.text).lstrip("وفس")
    if ev.event_type != "CONSULT" or ev.trigger.entry.pos != "verb" or not word.startswith(("ي", "ت")):
        return False  # a meeting that took place during a visit («التقى خلالها») is reported in its own right
    start, end = ev.trigger.span[0] - ev.sentence_span[0], ev.trigger.span[1] - ev.sentence_span[0]
    near = ev.sentence_text[:start].split()[-1:] + ev.sentence_text[end:].split()[:1]  # «التقى خلالها», «خلالها التقى»
    if not any(normalize(w) in DURING_IT for w in near):
        return False
    mine = {a.code for a in ev.actor}, {r.code for r in ev.recipient}
    return any(v is not ev and v.event_type == "CONSULT" and v.trigger.span[0] < ev.trigger.span[0]
               and {a.code for a in v.actor} == mine[0] and mine[1] <= {r.code for r in v.recipient} for v in events)


def _visit_of_the_meeting(ev: Event, events: list[Event]) -> bool:
    """«استقبل الأسد وزير الخارجية السعودي، في أول زيارة لمسؤول سعودي إلى سوريا»: a visit «لـ» an
    official names the occasion of the meeting the sentence reports between the same two parties."""
    if "visit-by" not in ev.rule:
        return False  # (a visit named with its visitor as genitive is reported in its own right)
    mine = {m.code for m in ev.actor + ev.recipient if m.code}
    return any(o is not ev and o.event_type == "CONSULT" and o.trigger.entry.frame != "visit"
               and {m.code for m in o.actor + o.recipient if m.code} == mine for o in events)


def host_of_talks(events: list[Event]) -> list[Event]:
    """«الدوحة تستضيف المفاوضات بين واشنطن وطهران»: the host of talks between others mediates
    them; its own hosting record adds nothing."""
    out = list(events)
    for host in events:
        if host.event_type != "CONSULT" or ".host." not in host.rule.split("/")[0] or not host.actor:
            continue
        talks = next((ev for ev in out if ev is not host and ev.event_type in ("CONSULT", "AGREE")
                      and ev.trigger.span[0] > host.trigger.span[0] and len(ev.actor) + len(ev.recipient) >= 2
                      and not {a.entity.code for a in host.actor} & {p.entity.code for p in ev.actor + ev.recipient}), None)
        if talks is not None:
            talks.mediator = talks.mediator + [a for a in host.actor if a not in talks.mediator]
            if talks.event_type == "CONSULT" and talks.mode is None:
                talks.mode = "third-party"
            talks.rule += "/hosted-by:" + host.trigger.text
            out.remove(host)
    return out


def _fold_tellings(events: list[Event]) -> list[Event]:
    """«أبلغت فرنسا وبريطانيا وألمانيا مجلس الأمن بتفعيل آلية إعادة فرض العقوبات على إيران», «وجّه باشينيان رسالة
    إلى بوتين طلب فيها …»: telling another of one's own act is that act, reported — aimed at whom it was told
    when it is a word of its own that names no one else («أبلغت الخارجية الأردنية السفير الإسرائيلي احتجاجها»)."""
    out = []
    for ev in events:
        tellers = {a.code for a in ev.actor if a.code} if ev.trigger.entry.id in _TELLING else set()
        told = [o for o in events if tellers and o.event_type != "CONSULT"
                and 0 < o.trigger.first_token - ev.trigger.last_token <= _TOLD_REACH
                and tellers & {a.code for a in o.actor if a.code}]
        for o in told:
            if o.event_type in _SAID_TO and not any(r.code for r in o.recipient):
                o.recipient = list(ev.recipient)
                o.rule += "/told-to"
        if not told:
            out.append(ev)
    return out


_SAID_TO = SAID_TYPES | {"PROTEST"}  # acts told to a party are aimed at it (not an attack it is told of)
_PRESENCE = "core.CONSULT.presence.noun"
_TELLING = frozenset({"core.CONSULT.tell.verb", "core.CONSULT.message.verb"})


def drop_second_mentions(events: list[Event]) -> list[Event]:
    """«… ووصف الهجوم بأنه …»: a definite noun naming an event of the kind the paragraph has already
    reported between the same coded parties is a second mention of that event, not another one (tear gas
    after arrests is another act: «واعتقلت الشرطة عشرات المحتجين. وأطلقت قوات الأمن الغاز المسيل للدموع»)."""
    seen: set = set()
    out = []
    for ev in events:
        key = (ev.paragraph, ev.event_type, ev.mode, frozenset(a.code for a in ev.actor if a.code),
               frozenset(r.code for r in ev.recipient if r.code))
        tok = ev.trigger.text
        definite = ev.trigger.entry.pos == "noun" and normalize(tok).lstrip("وفب").startswith("ال")
        if key in seen and definite and key[3] and key[4]:
            continue
        seen.add(key)
        out.append(ev)
    return out


_BODY_KINDS = frozenset({"agent", "organisation"})


def own_session(ev: Event) -> bool:
    """«ترأس اجتماعاً للمجلس الوزاري للأمن الوطني»: a meeting of one body, named only as its genitive,
    is that body's own session, no consultation between parties; so is the meeting a body holds or
    decides in («صادقت الحكومة على الاتفاق في اجتماع مطول») when only the document supplies another
    party, or the only other party is the body's own state («في اجتماع الحكومة»)."""
    if not (ev.event_type == "CONSULT" and ev.trigger.entry.pos == "noun" and not ev.mediator
            and len(ev.actor) == 1 and ev.actor[0].entity.kind in _BODY_KINDS):
        return False
    steps = ev.rule.partition("/")[2].split("+")
    guessed = bool(ev.recipient) and not GUESSED_PARTY.isdisjoint(steps)
    # (one state's and one branch's: parliament in session with the prime minister present consults him;
    # «IGO» is many organisations: Arab ministers meeting at the League consult)
    body = ev.actor[0].entity
    own_state = bool(ev.recipient) and body.code not in ORGANISATION_CODES and all(
        m.code == body.code and m.entity.sector in (None, body.sector) for m in ev.recipient)
    if steps[0] == "genitive":
        hosted = bool(ev.recipient) and steps[1:2] == ["host-country"]  # «اجتماعات الجمعية العامة للأمم المتحدة»
        return not ev.recipient or hosted or guessed or own_state
    # («اجتماع طارئ لمجلس الأمن» alone is the council convening, an event of its own)
    return steps[0] in ("meeting-of", "light-verb") and (guessed or own_state)


def present_at_the_meeting(events: list[Event]) -> list[Event]:
    """«التقى ترامب الرئيس السوري، بحضور ولي العهد السعودي»: who is present takes part in the
    meeting the sentence reports; «وقّع البلدان اتفاق سلام، بحضور وزير الخارجية الأمريكي»: who is
    present witnesses the signing, and one taking part («بمشاركة الأردن») is a party to the deal;
    «مناورات مشتركة … بمشاركة وحدات من …» joins the drill. The presence is no meeting of its own."""
    meeting = next((ev for ev in events if ev.event_type == "CONSULT" and ev.trigger.entry.id != _PRESENCE), None)
    act = meeting or next((ev for ev in events if ev.event_type in _ATTENDED_TYPES), None)
    if act is None:
        return events
    out = []
    for ev in events:
        if ev.trigger.entry.id == _PRESENCE:
            known = {m.code for m in act.actor + act.recipient + act.mediator}
            present = [m for m in ev.recipient if m.code not in known]
            if act is meeting:
                act.recipient = act.recipient + present
            elif act.event_type == "AGREE" and TAKING_PART in ev.trigger.text:
                act.actor = act.actor + present  # «اتفقا على وقف لإطلاق النار … بمشاركة الأردن»: a party to it
            elif act.event_type == "AGREE":
                act.mediator = act.mediator + present
            act.rule += "/attended-by:" + ev.trigger.text
            continue
        out.append(ev)
    return out


_ATTENDED_TYPES = frozenset({"AGREE", "COOPERATE"})  # a signing is witnessed, a joint drill joined


def protest_the_foreign_force(events: list[Event]) -> None:
    """«قتل الجيش الإسرائيلي نحو ستين فلسطينياً خلال احتجاجات حاشدة قرب السياج»: protests that another
    state's forces strike in the same sentence are aimed at that state, not at the protesters' own."""
    for protest in events:
        own = {a.entity.code for a in protest.actor if a.entity.code}
        if protest.event_type != "PROTEST" or not own or any(
                r.entity.code and r.entity.code not in own for r in protest.recipient):
            continue
        force = next((ev for ev in events if ev.event_type in ("ASSAULT", "COERCE")
                      and own & {r.entity.code for r in ev.recipient}
                      and any(a.entity.sector in FORCE_SECTORS for a in ev.actor)
                      and (doers := {a.entity.code for a in ev.actor if a.entity.code}) and not doers & own), None)
        if force is not None:
            protest.recipient = [a for a in force.actor if a.entity.code]
            protest.rule += "/struck-by:" + force.trigger.text


_GUESS_YIELDS_WITHIN = 5  # words between a verb whose target was guessed and the deed noun that names it


def blame_the_doer(events: list[Event]) -> None:
    """«انتقدت روسيا الغارات الأمريكية»: a condemnation without a named target is aimed at the
    one who did the condemned deed — the next event of the sentence; «رحب X بالاتفاق السعودي
    الإيراني»: a welcome goes to the parties of what is welcomed."""
    for n, ev in enumerate(events):
        # (a target only guessed from the story gives way to the doer of a deed right after the verb: «وتنتقد
        # أنقرة منذ سنوات الدعم العسكري الأميركي لـ«قسد»»)
        guessed = not STORY_GUESSES.isdisjoint(ev.rule.partition("/")[2].split("+"))
        if (ev.event_type in ("ACCUSE", "SUPPORT") or "declared-void" in ev.rule) \
                and (not ev.recipient or guessed) and n + 1 < len(events):
            deed = events[n + 1]
            if deed.trigger.entry.pos != "noun" or deed.event_type in ("ACCUSE", "SUPPORT") \
                    or "at-request-of" in deed.rule:
                continue  # what is condemned or welcomed is its object noun, not the next clause (nor the request
                # the meeting was held at: «دان الوزراء، في اجتماع عقدوه بطلب من مصر، العدوان التركي»)
            start = ev.sentence_span[0]
            between = ev.sentence_text[ev.trigger.span[1] - start:deed.trigger.span[0] - start]
            if any(normalize(w) in SPEECH_PARTICIPLES for w in between.split()):
                continue  # «ترحب بأي جهد، مشيرا إلى أن …»: the deed is in what the speaker adds
            if guessed and (len(between.split()) > _GUESS_YIELDS_WITHIN or any(c in between for c in "،,.؛")):
                continue
            parties = deed.actor if ev.event_type == "ACCUSE" else deed.actor + deed.recipient
            mine = {x.entity.code for x in ev.actor}
            doers = [a for a in parties if a.entity.code and a.entity.code not in mine]
            if doers:
                ev.recipient = doers
                ev.rule += "/doer-of:" + deed.trigger.text
    # «أعلن ترامب الانسحاب من الاتفاق …، فيما أبدى قادة فرنسا وألمانيا وبريطانيا «الأسف والقلق»», «أجرى
    # أوربان محادثات مع بوتين، فيما انتقد مسؤولون أوروبيون الزيارة»: regret, concern or criticism aimed at no
    # one named answers the deed the sentence reported before it
    for n, ev in enumerate(events):
        if ev.event_type == "ACCUSE" and not ev.recipient and ev.trigger.entry.id in REACTIONS:
            mine = {x.entity.code for x in ev.actor}
            deed = next((d for d in reversed(events[:n]) if d.event_type not in _STANCE_TYPES
                         and any(a.entity.code and a.entity.code not in mine for a in d.actor)), None)
            if deed is not None:
                ev.recipient = [a for a in deed.actor if a.entity.code and a.entity.code not in mine]
                ev.rule += "/reacts-to:" + deed.trigger.text


REACTIONS = frozenset({"core.ACCUSE.regret.noun", "core.ACCUSE.concern.noun", "core.ACCUSE.condemn.verb"})
_STANCE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST"})  # reactions, not deeds


def _fold_relative_attack_verbs(events: list[Event]) -> list[Event]:
    """«شنّت طائرات إسرائيلية غارات على ميناء الحديدة استهدفت خزانات للوقود»: an attack verb with no subject
    of its own, right after an indefinite attack noun whose parties are known and its phrase (no comma,
    no «و»), is a relative clause describing that attack, not another one."""
    out = []
    for ev in events:
        noun = next((n for n in reversed(out) if ev.event_type == n.event_type == "ASSAULT"
                     and n.trigger.entry.pos == "noun" and ev.trigger.entry.pos == "verb"
                     and n.sentence_span == ev.sentence_span and any(a.code for a in n.actor)
                     and any(r.code for r in n.recipient)
                     and 0 < ev.trigger.first_token - n.trigger.last_token <= _RELATIVE_VERB_REACH), None)
        if noun is not None and not any(k in ev.rule for k in SUBJECT_PATHS):
            start = ev.sentence_span[0]
            between = ev.sentence_text[noun.trigger.span[1] - start:ev.trigger.span[0] - start]
            head = normalize(noun.trigger.text).lstrip("وفبل")
            if not any(c in "،,؛;:.\"«»" for c in between) and not head.startswith("ال") \
                    and normalize(ev.trigger.text)[:1] not in ("و", "ف") \
                    and not any(o.trigger.span[0] > noun.trigger.span[1] and o.trigger.span[1] <= ev.trigger.span[0]
                                for o in out if o is not noun):
                noun.rule += "/described-by:" + ev.trigger.text
                if "told-by-target" in noun.rule and any(r.code for r in ev.recipient):
                    # («قالت القيادة المركزية الأميركية إن التحالف شنّ ضربات قتلت عناصر من القوات الموالية للنظام»:
                    # whom the describing verb hit, not the teller, who was only guessed to be the target)
                    noun.recipient = list(ev.recipient)
                continue
        out.append(ev)
    return out


_RELATIVE_VERB_REACH = 9  # «غارات على ميناء الحديدة غربي اليمن استهدفت»


_WEAPONS_REACH = 4  # words from an attack noun to the «ب» that names its weapons («قصفاً مكثفاً بالمدفعية»)


def _fold_listed_weapons(events: list[Event]) -> list[Event]:
    """«شنت القوات قصفاً مكثفاً بقذائف الهاون على حي الخالدية», «… بالمدفعية وقذائف الهاون على …»: a weapon noun
    with «ب», or conjoined to the «ب» phrase, of an attack told just before it is what the attack was made with; the
    attack takes its target when it had none or only a guessed one."""
    out = list(events)
    for ev in events:
        if ev.event_type != "ASSAULT" or ev.trigger.entry.pos != "noun":
            continue
        word, before = normalize(ev.trigger.text), normalize(_words_before(ev)).split()[-1:]
        # (a weapon with «ب» that has a doer of its own reports its own strike: «… بصواريخ أطلقها الحوثيون»)
        if not (word.startswith("ب") and not any(a.code for a in ev.actor)
                or word.startswith("و") and before and before[0].startswith("ب")):
            continue
        start = ev.sentence_span[0]
        attack = next((o for o in reversed(out) if o is not ev and o.event_type == "ASSAULT"
                       and o.trigger.span[1] <= ev.trigger.span[0] and not _clause_break_between(o, ev)
                       and len(ev.sentence_text[o.trigger.span[1] - start:ev.trigger.span[0] - start].split())
                       <= _WEAPONS_REACH), None)
        if attack is None:
            continue
        if any(r.code for r in ev.recipient) and (not any(r.code for r in attack.recipient)
                                                  or any(k in attack.rule for k in GUESSED_PARTY)):
            attack.recipient = list(ev.recipient)
            attack.rule = "/".join("+".join(step for step in part.split("+") if step not in GUESSED_PARTY)
                                   for part in attack.rule.split("/")) + "/recipient-of:" + ev.trigger.text
        out.remove(ev)
    return out


def _fuse_casualty_reports(events: list[Event]) -> list[Event]:
    """«قتل 4 جنود إثيوبيين في هجوم شنه مسلحون صوماليون»: the victims of one clause and the
    attackers of the next are one assault — the event without a named actor takes the other's,
    and the other is dropped when it names no victim of its own."""
    out = list(events)
    for ev in events:
        if ev.event_type not in _FUSED_TYPES or any(a.code for a in ev.actor) or not ev.recipient:
            continue
        # (the nearest: «ناجمة عن ضربة إسرائيلية، في رد على الهجوم الإيراني الذي استهدف إسرائيل»)
        # (nor does a party strike itself: «قتل الجيش عشرة من مسلحي داعش الذين هاجموا قاعدة» — the fighters
        # struck the base, and were killed)
        struck = {r.span for r in ev.recipient}
        donor = min((o for o in out if o is not ev and o.event_type == ev.event_type
                     and any(a.code for a in o.actor) and not any(r.code for r in o.recipient)
                     and not {a.span for a in o.actor} & struck
                     and not o.rule.startswith(_INTERCEPTING)),  # a defender is no attacker
                    key=lambda o: abs(o.trigger.span[0] - ev.trigger.span[0]), default=None)
        if donor is not None:
            ev.actor = list(donor.actor)
            ev.rule += "/fused-with:" + donor.trigger.text
            out.remove(donor)
    # «قُتل عشرات الأشخاص في غارة جوية شنها التحالف على سوق ضحيان»: a toll that names no party is the
    # attack the sentence attributes
    attributed = any(o.event_type in _FUSED_TYPES and any(a.code for a in o.actor) for o in out)
    out = [ev for ev in out if not (attributed and ev.event_type in _FUSED_TYPES and ev.trigger.entry.frame == "passive"
                                    and not any(m.code for m in ev.actor + ev.recipient))]
    # «قُتل 45 جندياً إماراتياً في هجوم صاروخي شنته جماعة «أنصار الله»»: a toll with no killer whose dead the
    # attack the sentence attributes has hit already is that attack
    out = [ev for ev in out if not (ev.event_type in _FUSED_TYPES and ev.trigger.entry.frame == "passive"
                                    and not any(a.code for a in ev.actor) and any(r.code for r in ev.recipient)
                                    and any(o is not ev and o.event_type == ev.event_type and any(a.code for a in o.actor)
                                            and {r.code for r in ev.recipient if r.code}
                                            <= {r.code for r in o.recipient if r.code} for o in out))]
    # «قصفت الطائرات مواقع …، ما أدى إلى مقتل ثلاثة وإصابة آخرين»: the toll of an attack the sentence
    # reports is part of it
    # (a toll that names killers of its own is another deed: «أطلقت الجهاد صواريخ …، قائلة إنها ترد على مقتل خمسة
    # فلسطينيين برصاص الجيش»)
    attack = next((o for o in out if o.event_type == "ASSAULT" and o.trigger.entry.id not in _TOLL_ENTRIES), None)
    if attack is not None:
        attackers = _parties(attack)[0]
        out = [ev for ev in out if ev.trigger.entry.id not in _TOLL_ENTRIES
               or ev.trigger.span[0] < attack.trigger.span[0]
               or (any(k in ev.rule for k in NAMED_AGENT_PATHS) and (_parties(ev)[0] - {None}) - attackers)]
    for ev in out:
        if ev.rule.startswith(_INTERCEPTING) and not any(r.code for r in ev.recipient):
            # «اعترضت الدفاعات الإماراتية صاروخين أطلقتهما جماعة الحوثي»: what is stopped is the launcher's
            mine = {a.code for a in ev.actor}
            launcher = next((a for o in out if o is not ev and o.event_type == "ASSAULT"
                             for a in o.actor if a.code and a.code not in mine), None)
            if launcher is not None:
                ev.recipient = [launcher]
                ev.rule += "/intercepted:" + launcher.text
    return out


def _words_before(ev: Event) -> str:
    """The sentence's text before the event's trigger, without trailing spaces, with a space before it."""
    return " " + ev.sentence_text[:ev.trigger.span[0] - ev.sentence_span[0]].rstrip()


def _codes_of(ev: Event) -> frozenset:
    return frozenset(m.entity.code for m in ev.actor + ev.recipient if m.entity.code)


def _parties(ev: Event) -> tuple[frozenset, frozenset]:
    return frozenset(m.entity.code for m in ev.actor), frozenset(m.entity.code for m in ev.recipient)
