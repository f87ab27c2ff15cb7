"""Knowledge-base entries and dated roles."""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from ..schema import Entity


def parse_partial_date(value, end: bool = False) -> Optional[date]:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or a YAML date) → date; a partial end date means its last day."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    parts = text.split("-")
    if not (1 <= len(parts) <= 3) or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        d = int(parts[2])
    else:
        d = calendar.monthrange(y, m)[1] if end else 1
    return date(y, m, d)


# how long after all their roles a person counts as a private one (half a year: over the 36 lookup
# tables it beat one and two years and did as well as three months; the KB's missing next posts are
# rarer than private lives)
_FORMER_AFTER = timedelta(days=180)


@dataclass(frozen=True)
class Role:
    code: Optional[str]
    sector: Optional[str]
    office: Optional[str]
    start: Optional[date]
    end: Optional[date]

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    def distance(self, when: date) -> int:
        if self.covers(when):
            return 0
        if self.start and when < self.start:
            return (self.start - when).days
        return (when - self.end).days if self.end else 0

    @property
    def is_office(self) -> bool:
        """An office, not a seat in parliament, a party post or a trade (which yield to one held alongside)."""
        return self.sector not in _ROLE_RANK


_ORGANISATION_CODES = frozenset({"UNO", "EUR", "IGO", "NGO"})
# among roles held at once; any other sector ranks 2; a trade, chair or pen held alongside a public
# role yields to it (a steel magnate in parliament is an MP)
_ROLE_RANK = {"BUS": -1, "EDU": -1, "MED": -1, "PTY": 0, "LEG": 1}


@dataclass
class KBEntry:
    """One actor: a state, organisation, group, person or sector noun."""

    id: str
    kind: str  # country | organisation | group | person | agent
    name_en: Optional[str]
    name_ar: Optional[str]
    wikidata: Optional[str]
    names: list[str]
    roles: list[Role] = field(default_factory=list)
    source: str = ""  # file:line where the entry was defined
    # country-only name lists
    capitals: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    demonym_forms: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # organisations: member states' codes
    short_names: list[str] = field(default_factory=list)  # groups: names used alone once named in full
    # groups: one-word names that are also common words («فتح», «أمل»), read as the group only beside
    # another group's name or after a word for its members
    context_names: list[str] = field(default_factory=list)
    # groups: the ids of national branches of a movement named alone («الإخوان المسلمين»), one of which a
    # document about that branch's state means
    branches: list[str] = field(default_factory=list)
    agent_kind: Optional[str] = None  # agents: title | body | group
    adjective: bool = False  # agents: the word is also an adjective («البحرية», «الخارجية»)
    nisba_only: bool = False  # agents: names a body only with a state's nisba after it («القيادة السعودية»)
    unqualified_code: Optional[str] = None  # agents: the state meant when the text names none («وزارة الخزانة»)
    gender: Optional[str] = None  # persons: "f" or "m" where the entry says

    def role_at(self, when: Optional[date]) -> Optional[Role]:
        """The role held at `when`: a covering role (an office before a seat in parliament before a party
        role, then the latest start), else the nearest one."""
        if len(self.roles) < 2:
            return self.roles[0] if self.roles else None  # (most entries have a single role)
        if when is None:
            return max(self.roles, key=lambda r: (r.end is None, r.end or date.min, r.start or date.min))
        covering = [r for r in self.roles if r.covers(when)]
        if covering:
            # a state office outranks the party leadership held alongside it (al-Maliki was prime
            # minister while he led the Dawa party), and leading the opposition a seat in parliament
            # (Starmer, Aoun in 2006); a state's office outranks an international post held alongside
            # it (Juncker, prime minister of Luxembourg and president of the Eurogroup); otherwise the
            # latest-begun role is the current one
            # (a post at an NGO ranks with business and academia: Rød-Larsen was the UN's envoy while he
            # headed a think tank)
            return max(covering, key=lambda r: (-1 if r.code == "NGO" else _ROLE_RANK.get(r.sector, 2),
                                                r.code not in _ORGANISATION_CODES, r.start or date.min))
        # Nearest role; at equal distance an earlier role wins (people keep their last office's colours).
        return min(self.roles, key=lambda r: (r.distance(when), bool(r.start and when < r.start)))

    def entity(self, when: Optional[date], kind: Optional[str] = None) -> Entity:
        """What this entry denotes at `when`, as the entity of a mention of the given kind."""
        role = self.role_at(when)
        kind = kind or self.kind
        code = role.code if role else None
        sector = role.sector if role else None
        office = role.office if role else None
        if self.kind == "person" and when is not None and role is not None \
                and role.distance(when) > _FORMER_AFTER.days \
                and any(r.end is not None and r.end < when for r in self.roles):
            # long after a role and far from any other: a former office-holder with no known role now
            # (Gül in 2017, Hadi in 2023; Leyla Zana in prison between two terms in parliament); within
            # the grace, a missing next post is likelier than a private life
            sector, office = None, None
        if kind in ("capital", "seat"):
            sector, office = "GOV", None
        elif kind in ("country", "demonym", "place"):
            sector, office = None, None
        return Entity(code, sector, kind, self.wikidata, self.name_en, self.name_ar, office, self.id,
                      self.gender == "f")
