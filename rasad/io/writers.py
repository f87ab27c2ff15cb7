"""Writes events as PLOVER JSONL (the contract), CSV, GDELT-style TSV, and a readable table."""
from __future__ import annotations

import csv
import hashlib
import json
from typing import IO, Iterable, Optional

from .. import __version__
from ..ontology import load_ontology
from ..schema import Event, Mention

FORMATS = ("plover", "csv", "gdelt")


def entity_record(m: Mention) -> dict:
    e = m.entity
    return {
        "entity_text": m.text, "span": list(m.span), "code": e.code, "sector": e.sector,
        "identifier_id": e.identifier_id, "identifier_text": e.identifier_text,
        "name_ar": e.name_ar, "office": e.office,
    }


def event_id(ev: Event) -> str:
    key = f"{ev.doc_id}\x1f{ev.trigger.span[0]}:{ev.trigger.span[1]}\x1f{ev.event_type}\x1f{__version__}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def plover_record(ev: Event) -> dict:
    """The PLOVER JSONL record of the contract (shared/docs/contract.md), field for field."""
    context_word = load_ontology().modality_context.get(ev.modality)
    loc = None
    if ev.location is not None:
        loc = {"text": ev.location.text, "code": ev.location.entity.code,
               "name": ev.location.entity.identifier_text or ev.location.entity.name_ar}
    return {
        "id": event_id(ev),
        "doc_id": ev.doc_id,
        "date": ev.date,
        "date_text": ev.date_text,
        "event": [ev.event_type],
        "mode": [ev.mode] if ev.mode else [],
        "context": [context_word] if context_word else [],
        "modality": ev.modality,
        "cameo": ev.cameo,
        "quad_code": ev.quad_code,
        "event_scale": ev.event_scale,
        "actor": [entity_record(m) for m in ev.actor],
        "recipient": [entity_record(m) for m in ev.recipient],
        "mediator": [entity_record(m) for m in ev.mediator],
        "event_loc": loc,
        "event_text": ev.trigger.text,
        "trigger_span": list(ev.trigger.span),
        "text": ev.sentence_text,
        "sentence_span": list(ev.sentence_span),
        "rule": ev.rule,
        "confidence": ev.confidence,
        "coder": f"rasad {__version__}",
    }


def _codes(ms: Iterable[Mention]) -> str:
    return ";".join(f"{m.entity.code or ''}{(':' + m.entity.sector) if m.entity.sector else ''}" for m in ms)


CSV_FIELDS = ["id", "doc_id", "date", "event", "mode", "modality", "cameo", "quad_code", "event_scale",
              "actor", "actor_text", "recipient", "recipient_text", "mediator", "location", "location_code",
              "event_text", "trigger_start", "trigger_end", "rule", "confidence", "text"]


def csv_row(ev: Event) -> dict:
    return {
        "id": event_id(ev), "doc_id": ev.doc_id, "date": ev.date, "event": ev.event_type, "mode": ev.mode or "",
        "modality": ev.modality, "cameo": ev.cameo, "quad_code": ev.quad_code, "event_scale": ev.event_scale,
        "actor": _codes(ev.actor), "actor_text": " | ".join(m.text for m in ev.actor),
        "recipient": _codes(ev.recipient), "recipient_text": " | ".join(m.text for m in ev.recipient),
        "mediator": _codes(ev.mediator),
        "location": ev.location.text if ev.location else "",
        "location_code": (ev.location.entity.code or "") if ev.location else "",
        "event_text": ev.trigger.text, "trigger_start": ev.trigger.span[0], "trigger_end": ev.trigger.span[1],
        "rule": ev.rule, "confidence": ev.confidence, "text": ev.sentence_text,
    }


# GDELT 2.0 event-table style: one dyad per row, CAMEO-coded actors.
GDELT_FIELDS = ["GlobalEventID", "Day", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
                "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
                "EventRootCode", "QuadClass", "GoldsteinScale", "ActionGeo_FullName", "ActionGeo_CountryCode",
                "SOURCEURL"]


def gdelt_rows(ev: Event) -> Iterable[list]:
    actors = ev.actor or [None]
    recipients = ev.recipient or [None]
    for a in actors:
        for r in recipients:
            yield [
                event_id(ev), (ev.date or "").replace("-", ""),
                _actor_code(a), a.text if a else "", (a.entity.code or "") if a else "",
                (a.entity.sector or "") if a else "",
                _actor_code(r), r.text if r else "", (r.entity.code or "") if r else "",
                (r.entity.sector or "") if r else "",
                1, ev.cameo or "", (ev.cameo or "")[:2], ev.quad_code, ev.event_scale,
                ev.location.text if ev.location else "", (ev.location.entity.code or "") if ev.location else "",
                ev.doc_id,
            ]


def _actor_code(m: Optional[Mention]) -> str:
    if m is None:
        return ""
    return f"{m.entity.code or ''}{m.entity.sector or ''}"


class EventWriter:
    """Streams events to `out` in one of FORMATS."""

    def __init__(self, out: IO[str], fmt: str = "plover"):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.out, self.fmt = out, fmt
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, CSV_FIELDS)
            self._csv.writeheader()
        elif fmt == "gdelt":
            self._csv = csv.writer(out, delimiter="\t", lineterminator="\n")
            self._csv.writerow(GDELT_FIELDS)

    def write(self, events: Iterable[Event]) -> None:
        for ev in events:
            if self.fmt == "plover":
                self.out.write(json.dumps(plover_record(ev), ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                self._csv.writerow(csv_row(ev))
            else:
                for row in gdelt_rows(ev):
                    self._csv.writerow(row)
