"""What argument finding found for one trigger, and the zone it searched."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ...lexicon.lexicon import LexiconEntry
from ...schema import Token, Trigger
from ..mentions import NP


@dataclass
class Arguments:
    """The parties found for one trigger, where it happened, and the rule path that placed them."""
    actor: list[NP] = field(default_factory=list)
    recipient: list[NP] = field(default_factory=list)
    mediator: list[NP] = field(default_factory=list)
    location: Optional[NP] = None
    path: list[str] = field(default_factory=list)  # which rules placed the arguments (audit)
    pronoun_actor: bool = False  # the actor is an unnamed subject or possessive pronoun
    agentless: bool = False  # «تمت مناقشة»: the text names no agent at all
    conjoined: bool = False  # the verb carrying the event continues the clause before («…، وأعلنت استدعاء»)
    governor: Optional[int] = None  # token of the light verb carrying a noun event («لم يعلن أي إجراءات لدعم»)


@dataclass
class Zone:
    """Where one trigger's arguments are sought, as the first steps of assignment found it."""
    trig: Trigger
    entry: LexiconEntry
    hi: int  # the first token after the trigger's argument zone
    lo: int  # the first token of the trigger's clause
    after: list[NP]  # the phrases in the zone after the trigger
    before: list[NP]  # the phrases of the clause before it, less titles in apposition
    first: Token  # the trigger's first word
    is_noun: bool  # a noun event (not a noun written with its light verb: «شن غارات»)
    light: Optional[tuple]  # the light verb governing a noun event, as `Subjects._light_verb` gives it
    governed: bool  # a light verb governs the noun and lends it its reach
