"""What a document has established as it is read sentence by sentence: the parties it names and how
often, the scene and topic of the paragraph, the speaker going on, the attacks and hostilities it has
told, and from them the rival or counterpart of a party when a sentence leaves one unnamed."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from .arguments.words import STRIKES, entity_side, side_of
from .mentions import NP, DocumentMemory


_NGO = "NGO"
THIRD_PARTY_CODES = frozenset({"UNO", "IGO", _NGO, "EUR"})
_NOT_THE_STATE = frozenset({"REB", "CVL", "OPP"})  # a state's own rebels, crowds and opposition
MIN_OPPONENT_SALIENCE = 3  # named this often, a party is one side of what the document is about
_TOLD_FIGHT = 2  # attacks between two sides before a call to stop the fighting is put to both
# rule paths of a party the discourse supplied rather than the sentence named
GUESSED_PARTY = frozenset({"opponent-in-document", "counterpart-in-document", "rebels-in-document", "target's-opponent",
                           "party-named-before"})
# and of any party guessed from the story, the state the whole document is about included
STORY_GUESSES = GUESSED_PARTY | {"main-state-in-document"}


@dataclass
class Discourse:
    """Running state of one document: who the text is about, where the scene is set."""

    memory: DocumentMemory = field(default_factory=DocumentMemory)
    topic: list[NP] = field(default_factory=list)  # actor of the latest event that had one
    last_by_type: dict[str, tuple[list[NP], list[NP]]] = field(default_factory=dict)
    # where talks were held or a deal made (the place's words) → their parties, for «محادثات جدة» named later
    talks_at: dict[str, tuple[list[NP], list[NP]]] = field(default_factory=dict)
    scene: Optional[NP] = None  # «وفي الإمارات، …» sets the place for the rest of the paragraph
    last_claim_on: dict = field(default_factory=dict)  # target codes → who last demanded of, threatened or accused them
    last_event_actor: list = field(default_factory=list)  # actor of the latest event with one
    # the sides of that event: its actor, and its recipient too when the two did it together (talks, a deal)
    last_event_sides: list = field(default_factory=list)
    # where the sentence of the latest event with an actor starts, and the parties it judged when it was a judgement
    # (ACCUSE or REJECT) of them
    last_judged: tuple[int, list[NP]] = field(default_factory=lambda: (-1, []))
    # the actor of the first paragraph's first event aimed at another (both sides of a joint one)
    lead_sides: list = field(default_factory=list)
    # the codes of each visit's coded parties (visitor and host) → (how often it was told, those parties as last named),
    # the latest told last
    visits: dict = field(default_factory=dict)
    captors: list = field(default_factory=list)  # coded actors of the latest arrest or abduction
    attacks: list = field(default_factory=list)  # (coded actors, recipient codes, trigger word keys) of each attack so far
    last_mention: dict = field(default_factory=dict)  # code → the latest phrase naming that party
    state_names: dict = field(default_factory=dict)  # code → the latest phrase naming that state itself («مصر»)
    last_of_side: dict = field(default_factory=dict)  # side (see `arguments.side_of`) → the latest phrase naming it
    side_mentions: Counter = field(default_factory=Counter)  # side → how often the document has named it
    rivals: dict = field(default_factory=dict)  # side → Counter of the sides it had hostile events with
    paragraph: int = 0
    paragraph_start: int = 0  # where the paragraph being read starts in the text
    dateline_state: Optional[str] = None  # the state whose own news agency filed the report
    dateline_place: Optional[str] = None  # the state of the city the report was filed from
    dateline_end: int = 0  # where the dateline ends in the text: the words before it say no more
    speaker: Optional[NP] = None  # who spoke in the last sentence's opening clause, if it coded no event's doer
    # who acted in the last sentence, when it ended with «؛» (the «إذ» clause after it explains what that party did)
    explained: list[NP] = field(default_factory=list)
    statements_by: Optional[NP] = None  # the latest party named as the author of remarks («تصريحات وهبة»)
    # the latest parties named as issuing a statement («وأوضحت الخارجية، في بيان», «البيان المشترك الصادر عن
    # الاجتماع»), and the parties of the latest talks held by two or more, whose joint or final statement it may be
    statement_issuers: list[NP] = field(default_factory=list)
    talks_participants: list[NP] = field(default_factory=list)
    article: bool = False  # the document is an article, whose story sets who is at odds with whom


    def remember_visit(self, parties: list[NP]) -> None:
        """One more telling of the visit between these coded parties."""
        key = frozenset(p.code for p in parties)
        told, _ = self.visits.pop(key, (0, None))
        self.visits[key] = (told + 1, parties)

    def visit_meant(self) -> list[NP]:
        """The parties of the visit «الزيارة» means: the one told most often, of those the latest («زيارة نتنياهو
        إلى مسقط» told again and again, not the minister's trip to Abu Dhabi told beside it once)."""
        told = max(reversed(self.visits.values()), key=lambda v: v[0], default=None)
        return told[1] if told else []

    def main_fight(self) -> list[NP]:
        """The latest phrases naming the two sides of the fight the document has told most often, and at least
        twice (`DocumentMemory.warring`); else nothing."""
        sides = [entity_side(e) for e in self.memory.warring(told=_TOLD_FIGHT)]
        if len(set(sides)) != 2 or not all(s in self.last_of_side for s in sides):
            return []
        return [self.last_of_side[s] for s in sides]

    def remember_hostility(self, actors: list[NP], recipients: list[NP]) -> None:
        # sorted: ties in `most_common` fall to the first counted, which must not depend on hashing
        # (a rights group's criticism makes it no side in the fight: it is never the opponent guessed)
        for a in sorted(_sides_of(actors) - {_NGO}):
            for r in sorted(_sides_of(recipients) - {a, _NGO}):
                self.rivals.setdefault(a, Counter())[r] += 1
                self.rivals.setdefault(r, Counter())[a] += 1

    def attacker_of(self, victims: set[str], exclude: set[str], words: frozenset = frozenset(),
                    rebels_apart: bool = False, struck_self: bool = False) -> list[NP]:
        """The doers of the latest attack on one of `victims`; else of the latest attack reported with
        one of `words` («الضربات» after «الضربات الجوية الأميركية»); else, when `struck_self`, of the
        latest attack on an excluded party («… قاعدة في قطر، فيما دانت الدوحة الهجوم»); else the
        party that attacked most often in the document (the latest of equals), leaving out the
        parties in `exclude` — but not, when `rebels_apart`, the rebels, crowds or opposition of an excluded state
        («ودانت الحكومة اليمنية الهجومين»: the Houthis' attacks; «ودانت الخارجية العراقية الهجوم على القنصلية
        الإيرانية» after Iraqi protesters stormed it)."""
        def doing(actors):
            return [a for a in actors if a.code not in victims and (
                a.code not in exclude or (rebels_apart and a.entity.sector in _NOT_THE_STATE))]

        for actors, targets, _ in reversed(self.attacks):
            doers = doing(actors)
            if doers and victims and targets & victims:
                return doers
        # (then by any word of strikes from the air, one deed under either word: «دانت الخارجية الروسية الضربات»
        # after «شنّت الولايات المتحدة غارات جوية»)
        for told in [words] + ([STRIKES] if words & STRIKES else []):
            tellings = [doing(actors) for actors, _, keys in self.attacks if keys & told]
            if latest := next((doers for doers in reversed(tellings) if doers), None):
                # («نفذت الولايات المتحدة وبريطانيا وفرنسا ضربات», then «أعلن ترمب أنه أمر بتوجيه ضربات»: one
                # doer telling of the deed does not leave out those who did it with him)
                codes = {a.code for a in latest}
                return next((doers for doers in tellings if codes < {a.code for a in doers}), latest)
        for actors, targets, _ in reversed(self.attacks if struck_self else []):
            doers = doing(actors)
            if doers and targets & exclude:
                return doers
        counts = Counter(a.code for actors, _, _ in self.attacks for a in doing(actors))
        if not counts:
            return []
        latest = {a.code: n for n, (actors, _, _) in enumerate(self.attacks) for a in actors}
        code = max(counts, key=lambda c: (counts[c], latest[c]))
        return [next(a for actors, _, _ in reversed(self.attacks) for a in doing(actors) if a.code == code)]

    def dealt_with(self, code: str, others: set[str]) -> bool:
        """`code` and one of `others` were both parties to the document's last event of some type."""
        return any(code in (parties := {p.code for p in actor + recipient}) and others & parties
                   for actor, recipient in self.last_by_type.values())

    def opponent(self, actors: list[NP], rivals_only: bool = False,
                 named: frozenset[str] = frozenset()) -> Optional[NP]:
        """The party the actors have been at odds with in this document, else (unless `rivals_only`),
        in a document about two parties, the one the actors are not («هجوم حماس» on Israel). A
        state's rebels and its organs are two sides (a war at home has a rival too). A rival whose
        code is in `named` (the sentence's parties) comes first: «ووصف تصرف الإسرائيليين بأنه «عدائي»،
        مؤكدا أن موسكو تحتفظ بحق الرد»."""
        mine = _sides_of(actors)
        codes = {_code_of_side(side) for side in mine}
        kin = sorted(side for side in self.rivals if _code_of_side(side) in codes)
        salience = self.memory.salience
        # the rivals of the actors' own sides, else of any side of their states; the most frequent
        # first, and between equals the party the document names more
        for sides in (sorted(mine), kin):
            rivals = sum((self.rivals.get(side, Counter()) for side in sides), Counter())
            ranked = sorted(rivals.items(), key=lambda kv: (_code_of_side(kv[0]) not in named - codes, -kv[1],
                                                            -salience[_code_of_side(kv[0])], kv[0]))
            for side, _ in ranked:
                if side in self.last_of_side and side not in mine:
                    return self.last_of_side[side]
        return None if rivals_only else self.counterpart(codes)

    def home_rebels(self, actors: list[NP]) -> Optional[NP]:
        """In a document about a war at home, the rebels of the state whose organs the actors are: the
        side the document names at least as often as any foreign party («الحكومة اليمنية» and the Houthis)."""
        sides = _sides_of(actors)
        if len(sides) != 1 or (side := next(iter(sides))).endswith("/REB"):
            return None
        rebels = side + "/REB"
        named = self.side_mentions[rebels]
        # (a host or mediator of the talks is no rival: «مشاورات ستوكهولم», «محادثات الدوحة»)
        foreign = max((n for s, n in self.side_mentions.items() if _code_of_side(s) != side and s != rebels
                       and _code_of_side(s) not in self.memory.go_betweens), default=0)
        return self.last_of_side.get(rebels) if named >= MIN_OPPONENT_SALIENCE and named >= foreign else None

    def state_of_rebels(self, actors: list[NP]) -> Optional[NP]:
        """In a document about a war at home, the state whose rebels the actors are, when the document names it
        at least as often as any foreign party («أعلن حزب العمال الكردستاني وقفاً لإطلاق النار» toward Turkey)."""
        sides = _sides_of(actors)
        if len(sides) != 1 or not (side := next(iter(sides))).endswith("/REB"):
            return None
        home = _code_of_side(side)
        named = self.side_mentions[home]
        foreign = max((n for s, n in self.side_mentions.items() if _code_of_side(s) != home
                       and _code_of_side(s) not in self.memory.go_betweens), default=0)
        return self.last_of_side.get(home) if named >= MIN_OPPONENT_SALIENCE and named >= foreign else None

    def _main_parties(self) -> list[str]:
        """Codes the document names often, most named first (international bodies left out)."""
        return [c for c, n in self.memory.salience.most_common()
                if c not in THIRD_PARTY_CODES and n >= MIN_OPPONENT_SALIENCE]

    def main_party(self) -> Optional[str]:
        """The state or group the document names most, if it names one often."""
        return next(iter(self._main_parties()), None)

    def state_phrase(self, code: Optional[str], default: Optional[NP] = None) -> Optional[NP]:
        """The latest phrase naming the state `code` itself («مصر»), else the latest naming any of its parties."""
        return self.state_names.get(code) or self.last_mention.get(code, default)

    def home(self) -> Optional[str]:
        """Where a bare «الحكومة» or «النيابة العامة» belongs when nothing nearer says: the state
        whose agency filed the report, else the state the document is most about, else the state
        of the city it was filed from, else the only state it has named."""
        return self.dateline_state or self.main_party() or self.dateline_place or self._sole_state()

    def _sole_state(self) -> Optional[str]:
        """The one state an article has named, when it has named no other (a town's unrest told through its
        bare bodies: «شهدت مدينة جرادة، شرقي المغرب، …، بين قوات الأمن ومحتجين»)."""
        if not self.article:
            return None  # (a lone sentence's one state is as often the other party of what it tells)
        named = [c for c in self.memory.salience if self.memory.salience[c] > 0 and c not in THIRD_PARTY_CODES]
        return named[0] if len(named) == 1 else None

    def counterpart(self, actor_codes: set[str]) -> Optional[NP]:
        """In a document about two parties, the one the actor is not."""
        # (not the host or mediator of the talks: «إعلان بكين» is no dispute with China)
        ranked = [c for c in self._main_parties() if c in self.last_mention
                  and (c not in self.memory.go_betweens or c in actor_codes)][:2]
        if len(ranked) == 2 and actor_codes and actor_codes <= set(ranked):
            other = next(iter(set(ranked) - actor_codes), None)
            return self.last_mention[other] if other else None
        return None


def _sides_of(nps: list[NP]) -> set[str]:
    return {side_of(np) for np in nps if np.code}


def _code_of_side(side: str) -> str:
    return side.split("/")[0]
