"""Tests that pick or check an act's parties: the state of whoever is threatened, the last party named,
who is required, asked or tells, the subject of a clause or of a dual verb, phrases given a state's code or a
sector, and whether an event names another party or only its own."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ...lexicon.lexicon import LexiconEntry
from ...schema import Event, Token, Trigger
from ...text.dateline import Dateline
from ..arguments import ArgumentFinder, Arguments
from ..arguments.words import AFFIRMING, LIGHT_VERBS, SAYING_VERBS, prep_clitic, same_side, word_key
from ..consolidate import ORGANISATION_CODES, REACTIONS
from ..discourse import GUESSED_PARTY, THIRD_PARTY_CODES, Discourse
from ..domestic import DOMESTIC_SECTORS, HOME_SECTORS, STATE_BODY_SECTORS
from ..mentions import NP, QUOTES, RELATIVES


def place_of_agency(nps: list[NP], dateline: Dateline, state: Discourse) -> None:
    """A dateline names a city: a state's name there that a state agency contradicts is the
    homonymous city of the agency's state («عمان (بترا)» is Amman, not Oman)."""
    home = state.dateline_state
    for np in nps:
        if home and np.span[1] <= dateline.place[1] and np.kinds == ("country",) and np.code not in (None, home):
            state.memory.salience[np.code] -= 1
            state.memory.salience[home] += 1
            np.entity = replace(np.entity, code=home, kind="capital", identifier_id=None, identifier_text=None,
                                name_ar=None, entry_id=home)


def said_by_before(finder: ArgumentFinder, k: int) -> Optional[NP]:
    """The group or state that opens the sentence by saying something, before token `k` («وتقول «قسد» إن عمليتها …،
    غير أن … حين أوقفت قائد …»): who acted «when» is the one the sentence is told from."""
    first = next((np for np in finder.candidates if np.last_token < k and np.code and not np.prep
                  and not np.is_place), None)
    if first is None or first.kinds[0] not in ("group", "organisation", "country", "capital"):
        return None
    verb = next((t for t in reversed(finder.tokens[:first.first_token]) if t.text not in QUOTES), None)
    return first if verb is not None and word_key(verb).removeprefix("و") in SAYING_VERBS else None


def teller_of_the_claim(finder: ArgumentFinder, trig: Trigger, mine: set) -> Optional[NP]:
    """«قالت واشنطن إنها مفاعل كانت سورية تبنيه، وهو ما نفته دمشق», «قالت منظمة العفو إن ثلاثمئة قُتلوا، وهي أرقام
    رفضتها السلطات»: after «وهو ما»/«وهي …» the pronoun stands for the claim the sentence last told; its teller, named
    right after (or right before) the saying verb, is answered — unless on the answerer's side."""
    toks = finder.tokens
    opener = next((k for k in range(trig.first_token - 1, max(-1, trig.first_token - _CLAIM_NOUNS - 2), -1)
                   if toks[k].norm in _IT_IS), None)
    if opener is None:
        return None
    for k in range(opener - 1, -1, -1):
        if toks[k].is_word and toks[k].norm.removeprefix("و") in SAYING_VERBS:
            teller = next((np for np in finder.candidates if np.code and not np.prep and not np.is_place and (
                np.first_token == k + 1 or np.last_token == k - 1)), None)
            return teller if teller is not None and teller.code not in mine else None
    return None


_IT_IS = frozenset("وهو وهي وهما".split())  # «، وهو ما نفته …», «، وهي اتهامات تنفيها …»
_CLAIM_NOUNS = 2  # words between «وهي» and the verb: «وهي رواية», «وهي أرقام رسمية»


def state_of_whoever(state: Discourse, finder: ArgumentFinder, mine: set) -> Optional[NP]:
    """The state the document is about, else (before the document has told) the first other party the
    sentence names; None when that is the actors' own."""
    home = state.home()
    if home is not None:
        return state.state_phrase(home) if home not in mine else None
    return next((np for np in finder.candidates
                 if np.code and np.code not in mine and np.code not in THIRD_PARTY_CODES), None)


def distinct_codes(parties: list[NP]) -> list[NP]:
    """The coded parties, the first of each code."""
    seen: set[str] = set()
    return [p for p in parties if p.code and not (p.code in seen or seen.add(p.code))]


_ANSWERING = frozenset("تلبيه استجابه تلبيتا استجابتا".split())  # «تلبيةً لطلب», «استجابةً لطلب»
_REQUEST_ADJECTIVES = frozenset("رسمي عاجل مباشر خاص سابق".split())


def asked_by(tokens, trig: Trigger, finder: ArgumentFinder) -> Optional[NP]:
    """The party at whose request something was done: «بطلب من الكويت», «تلبيةً لطلب رسمي من الرئيس السوري»,
    «بناءً على طلب من الحكومة» (the coded phrase after «من»), or None."""
    word, k = tokens[trig.first_token], trig.first_token
    answered = word.norm == "بطلب" or (word.norm == "لطلب" and k > 0 and tokens[k - 1].norm in _ANSWERING) or (
        word.norm == "طلب" and k > 1 and tokens[k - 1].norm == "علي" and tokens[k - 2].norm in ("بناء", "بناءا"))
    if not answered:
        return None
    at = trig.last_token + 1
    if at < len(tokens) and tokens[at].norm in _REQUEST_ADJECTIVES:
        at += 1
    if at >= len(tokens) or tokens[at].norm != "من":
        return None
    return next((np for np in finder.candidates if np.first_token == at + 1 and np.code and not np.is_place), None)


def addresses_own_citizens(tokens, after: int) -> bool:
    """«مواطنيها», «رعاياه» (its citizens, his nationals) within three words after token `after`, with no comma
    between."""
    for tok in tokens[after + 1:after + 4]:
        if not tok.is_word:
            return False
        if tok.keys[-1] in _OWN_CITIZENS:
            return True
    return False


_OWN_CITIZENS = frozenset("مواطنيها مواطنيه مواطنيهم مواطنيهما رعاياها رعاياه رعاياهم رعاياهما".split())


def state_among(actors: Sequence[NP]) -> Optional[NP]:
    """The first actor with a state's code (not an organisation's), whose own people an act may aim at."""
    return next((a for a in actors if a.code and a.code not in ORGANISATION_CODES), None)


def last_party_named(finder: ArgumentFinder, trig: Trigger, mine: set, pronoun: str) -> Optional[NP]:
    """The last coded phrase before the trigger that is not the actor's side, if «إياه/إياها» can stand for it."""
    named = next((np for np in reversed(finder.candidates) if np.last_token < trig.first_token
                  and np.code and np.code not in mine), None)
    return named if named is not None and finder.stands_for(named, pronoun) else None


def required_of(finder: ArgumentFinder, trig: Trigger) -> Optional[NP]:
    """«أن جوبا مطالبة بفك ارتباطها بالمتمردين»: the party the passive participle says is required to do what
    follows with «ب», named right before it (an adjective may come between)."""
    tokens = finder.tokens
    if tokens[trig.first_token].norm not in _REQUIRED or trig.last_token + 1 >= len(tokens) \
            or prep_clitic(tokens[trig.last_token + 1]) != "ب":
        return None
    return next((np for np in finder.candidates if np.code and not np.prep
                 and 1 <= trig.first_token - np.last_token <= 2
                 and all(t.is_word for t in tokens[np.last_token + 1:trig.first_token])), None)


def their_governments(finder: ArgumentFinder, trig: Trigger) -> list[NP]:
    """«…، متهمة حكوماتهم بالمسؤولية»: the states of the last list of two or more the sentence named before
    the act, which «their governments» (or states, or countries) right after it stand for."""
    k = trig.last_token + 1
    if k >= len(finder.tokens) or not (set(finder.tokens[k].stem_keys) & _GOVERNMENTS) \
            or not finder.tokens[k].norm.endswith(("هم", "هما")):
        return []
    last: list[NP] = []
    seen: set[int] = set()
    for np in finder.candidates:
        if np.last_token < trig.first_token and np.code and np.kinds[0] in ("country", "capital") \
                and id(np) not in seen:
            listed = finder.with_coordinated(np)
            seen.update(id(m) for m in listed)
            if len(listed) >= 2:
                last = listed
    return last


_GOVERNMENTS = frozenset("حكومات حكومه دول بلدان بلاد".split())  # «حكوماتهم», «دولهم»
_REQUIRED = frozenset("مطالبه مطالبون مطالبين".split())  # «مُطالَبة بـ»: required to

_TO_HIM = frozenset({"له", "لها", "لهم", "لهما", "لهن", "اليه", "اليها", "اليهم", "اليهما"})


def pronoun_object_follows(tokens: list[Token], trig: Trigger, args: Arguments) -> bool:
    """Whether «له» or «إليه» stands between the trigger noun and the light verb governing it (not after
    a verb trigger: «وسُمح له بالمغادرة» is passive, «him» its subject)."""
    verb_at = args.governor if trig.entry.pos == "noun" else None
    return verb_at is not None and verb_at + 1 < trig.first_token and tokens[verb_at + 1].norm in _TO_HIM


def follower_after(tokens: list[Token], trig: Trigger, finder: ArgumentFinder) -> Optional[NP]:
    """The named party right after the «حذو…» of a verb of following («وحذت حذوها الكويت»), or None."""
    k = next((j for j in range(trig.last_token + 1, min(len(tokens), trig.last_token + 3))
              if tokens[j].norm.startswith("حذو")), None)
    return next((np for np in finder.candidates if k is not None and np.first_token == k + 1 and not np.prep
                 and np.code), None)


def given_code(nps: list[NP], code: str) -> list[NP]:
    """The phrases standing for parties of the state `code` («وزير الداخلية», «المحتجين» a state's organs act on)."""
    return [replace(np, entity=replace(np.entity, code=code)) for np in nps]


def with_sector(np: NP, sector: Optional[str]) -> NP:
    """The phrase standing for a state's people («CVL»), government («GOV») or the state as a whole (None): a
    place named for a crowd's protest («مسيرة بالرباط») is neither the capital's government nor a bare place."""
    return replace(np, entity=replace(np.entity, sector=sector))


def obliged_party_named(ev: Event) -> bool:
    """«إن الأسد يجب أن يحاسب», «يتعين على إيران أن …»: an obligation demands something of a party its sentence
    names — not of a place («إن إدلب يجب أن تُطهَّر»), and neither side guessed from the story («هذه الحرب يجب أن
    تنتهي», «إذ يتعين على عون إجراء استشارات»)."""
    return not any(k in ev.rule for k in _STORY_GUESSES) and any(r.code and not r.is_place for r in ev.recipient)


_STORY_GUESSES = ("-in-document", "target's-opponent", "topic", "first-party-in-clause")

# those who petition their own government: parties, opposition, unions, business, the street, parliament, courts
_PETITIONING_SECTORS = frozenset({"OPP", "PTY", "LAB", "BUS", "CVL", "LEG", "JUD"})

# a trade's own bodies petition their government as unions do, whatever their trade's sector (agents.yaml)
_TRADE_BODIES = frozenset({"Journalists' syndicate", "Head of the journalists' syndicate", "Journalists' union",
                           "Journalists' association", "Judges' syndicate", "National judges' union", "Judges' club"})


def petitioners(actors: list[NP]) -> bool:
    """Parties of one state, none of them its government or forces («حزب النهضة», «الاتحاد العام للشغل»); an
    international court or body has no home to petition."""
    return bool(actors) and actors[0].code not in THIRD_PARTY_CODES | {None} and len({a.code for a in actors}) == 1 \
        and all(a.entity.sector in _PETITIONING_SECTORS or a.entity.office in _TRADE_BODIES for a in actors)


def object_of_verb_sharing_subject(actors: list[NP], before: Event) -> bool:
    """`actors` are what the verb event `before`, whose subject is the clause's before it, was aimed at (not a
    titled person, who opens a clause of his own: «ووصف الرئيس رجب طيب أردوغان …، واصفاً»)."""
    return before.trigger.entry.pos == "verb" and "shared-subject" in before.rule and bool(before.actor) \
        and bool(actors) and {a.span for a in actors} <= {r.span for r in before.recipient} \
        and not any("person" in a.kinds and (a.kinds[0] == "agent" or " " in a.text and a.text.startswith("ال"))
                    for a in actors)


def aim_at_home(args: Arguments, state: Discourse) -> None:
    """Aim a petitioner's act at its own government; a prosecutor's or a court's at someone at home
    («ووجهت النيابة العامة تهماً …»)."""
    own = args.actor[0]
    court = all(a.entity.sector == "JUD" for a in args.actor)
    args.recipient = [with_sector(state.state_phrase(own.code, own), None if court else "GOV")]
    args.path.append("own-state" if court else "own-government")


def named_between(finder: ArgumentFinder, actor: list[NP], trig: Trigger) -> list[NP]:
    """The coded parties (not places) named after the actor and before the trigger, other than the actor's own."""
    edge = max((a.last_token for a in actor), default=-1)
    mine = {a.code for a in actor if a.code}
    return [np for np in finder.candidates if edge < np.first_token and np.last_token < trig.first_token
            and np.code and np.code not in mine and not np.is_place]


_TERRITORY_KINDS = frozenset({"country", "capital", "seat", "place"})


def owner_by_relative_clause(finder, trig: Trigger, actor: list[NP]) -> Optional[NP]:
    """The coded subject of a relative clause on what the trigger governs, a few words after it («الأموال التي أعلن
    الاتحاد الأوروبي …»), when it is not the doer."""
    tokens = finder.tokens
    mine = {a.code for a in actor if a.code}
    for k in range(trig.last_token + 1, min(len(tokens), trig.last_token + 4)):
        if not tokens[k].is_word:
            return None
        if tokens[k].norm in RELATIVES:
            return next((np for np in finder.candidates if k + 1 < np.first_token <= k + 3 and not np.prep
                         and np.code and np.code not in mine and not np.is_place
                         and all(t.is_word for t in tokens[k + 1:np.first_token])), None)
    return None


def _without_conjunction(tok) -> str:
    """The word without a conjunction «و/ف» written on it («واتفقا» → «اتفقا»)."""
    return tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 4 else tok.norm


def dual_light_verb(tok) -> bool:
    """A light verb in the dual of the perfect («وأعلنا الاتفاق», «وقررا استئناف …»; the segmenter also
    reads «أعلنا» as «أعلن» + «نا», we announced, which a narrative seldom says)."""
    word = _without_conjunction(tok)
    return tok.enclitic in ("", "نا") and (word.endswith("تا") and word[:-2] + "ت" in LIGHT_VERBS
                                 or word.endswith("ا") and word[:-1] in LIGHT_VERBS)


def dual_verb(tok, entry: LexiconEntry) -> bool:
    """The trigger verb in the dual of the perfect: the entry's verb with «ا» («واتفقا», «التقيا»)."""
    word = _without_conjunction(tok)
    return word.endswith("ا") and not tok.enclitic and word[:-1] in entry.first_words


def opened_clause_subject(finder: ArgumentFinder, trig: Trigger) -> Optional[NP]:
    """The named subject of a clause opened by «فيما/بينما» before the trigger, with no verb trigger of
    the sentence between the opener and the trigger, the nouns of acts aside («…، فيما أنهت كندا …، وأطلقت»;
    «فيما أبدى سلفاكير أسفه …، ودعا»)."""
    opener = next((k for k in range(trig.first_token - 1, -1, -1)
                   if finder.tokens[k].norm in _WHILE and k > 0 and finder.tokens[k - 1].text in "،,"), None)
    if opener is None or any(opener < t.first_token < trig.first_token and t.entry.pos == "verb"
                             for t in finder.triggers):
        return None
    return next((np for np in finder.candidates if opener + 1 < np.first_token <= opener + 3 and not np.prep
                 and np.code and not np.is_place), None)


_WHILE = frozenset("فيما وفيما بينما وبينما".split())  # «…، فيما أنهت كندا …»: a clause of its own

# Types worth reporting even when the text names no participant (an attack by unknown gunmen, a
# crowd). Arrests, closures and deployments with no known doer matched 0 of 21 in the article sets.
STANDALONE_TYPES = frozenset({"ASSAULT", "PROTEST"})

# acts told with their doer alone: attacks and protests (which the detector weighs), moves of forces
# («بعد انسحاب معظم قوات البيشمركة»)
_DOER_ONLY_TYPES = STANDALONE_TYPES | {"RETREAT", "MOBILIZE"}


def act_noun_alone(ev: Event, tokens) -> bool:
    """«الدعم التركي», «الاعتراف الأميركي» in passing: an act noun whose one party is its own genitive or nisba,
    with no verb that reports it and no other party the text names, names the act without reporting it (unless the
    act is one told with its doer alone, or a speaker affirms it)."""
    steps = ev.rule.split("/")
    # (a party guessed from the story is no other party: «الاتهامات الأميركية» in a denial names old charges, «الدعم
    # التركي» in an analysis an old backing)
    named = ev.actor + ([] if any(k in ev.rule for k in _STORY_GUESSES) else ev.recipient)
    first = ev.trigger.first_token
    genitive = len(steps) > 1 and (steps[1] == "genitive" or (
        ev.event_type in _REFERRED_TYPES and steps[1].split("+")[0] == "genitive"))
    if genitive and len(named) < len(ev.actor + ev.recipient) and any(
            word_key(t) in AFFIRMING or t.norm.startswith("مؤكد") for t in tokens[max(0, first - 2):first]):
        return False  # what a speaker affirms is reported: «مؤكداً دعم بلاده له»
    return ev.trigger.entry.pos == "noun" and ev.event_type not in _DOER_ONLY_TYPES and genitive \
        and len({m.code for m in named if m.code}) < 2


# what analysis mostly refers back to when it names the act by its doer alone («الاتهامات المغربية», «الاتفاق التركي»)
_REFERRED_TYPES = frozenset({"ACCUSE", "AGREE", "SUPPORT"})


def make_mutual(e: LexiconEntry, args: Arguments) -> None:
    """«تبادل أردوغان ونتنياهو الاتهامات», «تبادلت قوات مصرية وإسرائيلية إطلاق النار»: each of the named
    parties does a mutual act to the others, so all are its actors and all its recipients. The parties are
    those its subject names, else its subject and whom it was done with (never a party the discourse
    guessed)."""
    if ".exchange-" not in e.id and not (e.event == "ASSAULT" and "between" in args.path):
        return  # (fighting «بين» two sides is as mutual: «اندلعت مواجهات بين قوات المجلس وقوات الحماية»)
    def side(np: NP) -> tuple:
        # (in an exchange, a state's forces and its rebels are two sides: «وتبادل الطرفان الاتهامات» in a war at
        # home)
        return (np.code, np.entity.sector) if ".exchange-" in e.id else (np.code,)

    parties = list({side(np): np for np in args.actor if np.code}.values())
    if len(parties) < 2 and not GUESSED_PARTY & set(args.path):
        parties = list({side(np): np for np in args.actor + args.recipient if np.code}.values())
    if len(parties) >= 2:
        args.actor, args.recipient = list(parties), list(parties)
        args.path.append("mutual")


def drop_own_territory(args: Arguments) -> None:
    """«استقبل السوداني أردوغان ببغداد», «سحبت سفراءها من دمشق»: a state's own name or capital
    next to one of its organs is where the act happens, not whom it is aimed at (a party, a region or
    the opposition may well aim at the capital: «اتهم بارزاني بغداد»)."""
    state_codes = {a.code for a in args.actor
                   if a.code and (a.entity.sector in DOMESTIC_SECTORS or a.entity.sector is None)}
    kept = [r for r in args.recipient
            if not (r.code in state_codes and r.kinds and r.kinds[0] in _TERRITORY_KINDS)]
    if len(kept) < len(args.recipient):
        args.recipient[:] = kept
        args.path.append("own-territory-dropped")


def telling_party(tokens, trig: Trigger, nps: Sequence[NP]) -> Optional[NP]:
    """The state or official named right before the last «إن/أن» ahead of the trigger (nothing but words
    between), i.e. who tells what the trigger is in: «قالت الحكومة الباكستانية إن …»."""
    k = next((j for j in range(trig.first_token - 1, -1, -1) if tokens[j].norm in ("ان", "بان")), None)
    if k is None:
        return None
    before = [np for np in nps if np.last_token < k and not np.prep and np.code and not np.is_place
              and np.entity.kind in ("country", "agent", "person")]
    teller = before[-1] if before else None
    if teller is None or teller.entity.sector not in STATE_BODY_SECTORS | {None} \
            or any(not t.is_word for t in tokens[teller.last_token + 1:k]):
        return None
    return teller


def other_sector_at_home(args) -> bool:
    """A recipient of the actor's state in a sector of its own: «أغلقت السلطات التونسية مقر حركة النهضة»
    (TUN GOV coerces TUN OPP)."""
    return any(r.entity.sector and not same_side(r, args.actor, by_sector=True) for r in args.recipient)


def names_another_party(ev: Event) -> bool:
    """«حذر من أن …» warns of something; only «حذر إيران» is aimed at someone, by someone. A joint act
    («دشّن أردوغان ونظيره الأذربيجاني خط أنابيب») names its other party beside the actor."""
    actors = {a.code for a in ev.actor if a.code}
    if ev.event_type == "COERCE":
        # (the state's own people: «أوقفت السلطات المغربية ناصر الزفزافي» is an arrest of MAR OPP by MAR GOV;
        # a place is no one held: «قناة العرب التي أوقفتها السلطات البحرينية بعد … في واشنطن», though
        # one may close one)
        actors = {(a.code, a.entity.sector) for a in ev.actor if a.code}
        held = ev.trigger.entry.mode == "arrest"
        return bool(ev.actor) and any(r.code and not (held and r.is_place) and (r.code, r.entity.sector) not in actors
                                      for r in ev.recipient)
    if not ev.actor:
        return False
    # (the sides of an accord a go-between brought together, one state's or not; a warning to the state's own unrest)
    if "mediated-accord" in ev.rule or "own-unrest" in ev.rule:
        return True
    if (ev.trigger.entry.frame == "meet" or ev.event_type == "COOPERATE") and len(actors) >= 2:
        return True
    # (a joint act by two states names both: «أعلنت وزارتا البترول المصرية والطاقة الإسرائيلية بدء ضخ الغاز»; and
    # the opposition and the state's organs are two sides at home: «أبدى بارزاني استغرابه من سماح القوات الأمنية …»)
    sides = {_home_side(a.entity.sector) for a in ev.actor if a.code}
    other_side = bool(sides) and None not in sides
    # (thanks or praise from one organ of a state to a named holder of another: «وجه المجلس العسكري الشكر إلى مبارك»)
    actor_sectors = {a.entity.sector for a in ev.actor}
    thanked = ev.event_type == "SUPPORT"
    return any(r.code and (r.code not in actors
                           or other_side and _home_side(r.entity.sector) not in sides | {None}
                           or thanked and "person" in r.kinds and r.entity.sector
                           and r.entity.sector not in actor_sectors) for r in ev.recipient)


def _home_side(sector: Optional[str]) -> Optional[str]:
    """Which side of politics at home a sector stands on: the state's organs, its parliament (which seats the
    opposition too, and faces the government), or those outside them (clergy among them: «دعا الرئيس الروحي
    للطائفة الدرزية الحكومة إلى تصحيح الخطأ»)."""
    return "state" if sector in _STATE_ORGANS else "parliament" if sector == "LEG" \
        else "outside" if sector in _OUTSIDE_THE_STATE else None


# (a parliament seats the opposition too; and a crowd's demands of its government count in articles only, in
# the pipeline)
_STATE_ORGANS = DOMESTIC_SECTORS - {"LEG"}
_OUTSIDE_THE_STATE = HOME_SECTORS | {"REL"}


def in_sentence(np: NP, candidates: list[NP]) -> bool:
    """The phrase was found in the sentence being coded: a party carried over from an earlier sentence keeps
    that sentence's token positions, so its words cannot be read from this one."""
    return any(np is c for c in candidates)


def address_the_main_state(events: list[Event], state: Discourse) -> None:
    """«رحب غوتيريش بالاتفاق على السلطة التنفيذية الجديدة»: a welcome that still names no party
    welcomes a step of the state the document is about (its own, when it comes from within); concern,
    regret or condemnation from outside that names no party is aimed at that state («وأعربت الخارجية
    التركية عن «قلق عميق»» in an article on Tunisia's crisis)."""
    unaddressed = [ev for ev in events if (ev.event_type == "SUPPORT" or ev.trigger.entry.id in REACTIONS)
                   and ev.actor and not ev.recipient]
    main = state.main_party() if unaddressed else None
    if main is None or main not in state.last_mention:
        return
    for ev in unaddressed:
        if ev.event_type != "SUPPORT" and main in {a.code for a in ev.actor}:
            continue  # (concern from within is no stance towards one's own state)
        ev.recipient = [state.last_mention[main]]
        ev.rule += "/main-state-in-document"
