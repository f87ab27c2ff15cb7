"""What became of each trigger: the record `Coder.code` keeps on request, so that an evaluation can say
why a gold event was missed (`rasad eval seed --why`): no trigger, a trigger a step refused, an event a
later step removed, or an event with other parties."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..schema import Event, Trigger


@dataclass
class Outcome:
    """One trigger, the event built from it, or the step that dropped it (refused the trigger or
    removed its event)."""

    trigger: Trigger
    event: Optional[Event] = None
    dropped_by: Optional[str] = None


def mark_removed(before: list[Event], after: list[Event], step: str, outcomes: dict[int, Outcome]) -> None:
    """The events of `before` that `after` lacks were removed by `step` (each step returns a new list and
    leaves the one it was given as it was, so `before` needs no copy)."""
    if not outcomes:
        return
    kept = {id(ev) for ev in after}
    for ev in before:
        outcome = outcomes.get(id(ev))
        if id(ev) not in kept and outcome is not None and outcome.dropped_by is None:
            outcome.dropped_by = step
