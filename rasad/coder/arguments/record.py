"""What argument finding found for one trigger."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..mentions import NP


@dataclass
class Arguments:
    actor: list[NP] = field(default_factory=list)
    recipient: list[NP] = field(default_factory=list)
    mediator: list[NP] = field(default_factory=list)
    location: Optional[NP] = None
    path: list[str] = field(default_factory=list)  # which rules placed the arguments (audit)
    pronoun_actor: bool = False  # the actor is an unnamed subject or possessive pronoun
    agentless: bool = False  # «تمت مناقشة»: the text names no agent at all
    conjoined: bool = False  # the verb carrying the event continues the clause before («…، وأعلنت استدعاء»)
    governor: Optional[int] = None  # token of the light verb carrying a noun event («لم يعلن أي إجراءات لدعم»)
