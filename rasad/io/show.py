"""The readable event table of `rasad show`."""
from __future__ import annotations

from ..schema import Document, Event, Mention


def _who(ms: list[Mention]) -> str:
    if not ms:
        return "—"
    parts = []
    for m in ms:
        e = m.entity
        code = " ".join(x for x in (e.code, e.sector) if x) or "?"
        gloss = ", ".join(x for x in (e.identifier_text, e.office) if x)
        parts.append(f"{m.text} = {code}" + (f" ({gloss})" if gloss else ""))
    return "; ".join(parts)


def render_events(doc: Document, events: list[Event]) -> str:
    lines = [f"== {doc.id}: {len(events)} event(s)"]
    for n, ev in enumerate(events, 1):
        kind = ev.event_type + (f"/{ev.mode}" if ev.mode else "")
        when = ev.date or "?"
        if ev.date_text:
            when += f" «{ev.date_text}»"
        lines.append(f"[{n}] p{ev.paragraph} «{ev.trigger.text}»  {kind}  {ev.modality}  {when}  "
                     f"cameo {ev.cameo}  scale {ev.event_scale:+.1f}  conf {ev.confidence:.2f}")
        lines.append(f"    actor:     {_who(ev.actor)}")
        lines.append(f"    recipient: {_who(ev.recipient)}")
        if ev.mediator:
            lines.append(f"    mediator:  {_who(ev.mediator)}")
        if ev.location:
            lines.append(f"    location:  {ev.location.text} = {ev.location.entity.code or '?'}")
        sentence = ev.sentence_text if len(ev.sentence_text) <= 160 else ev.sentence_text[:157] + "…"
        lines.append(f"    sentence:  {sentence}")
        lines.append(f"    rule:      {ev.rule}")
    return "\n".join(lines)
