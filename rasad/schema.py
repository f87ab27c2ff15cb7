"""The document model that flows through the pipeline, and the PLOVER event record.

Every span is a pair of character offsets into the original document text (end exclusive).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

Span = tuple[int, int]


@dataclass
class Document:
    """An input document: its text and what the reader knew about it."""

    id: str
    text: str
    date: Optional[str] = None  # publication date, YYYY-MM-DD
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None


@dataclass(slots=True)
class Token:
    """A word or punctuation mark with its clitic analysis.

    `keys` are the normalised forms a knowledge-base name may match (surface form and forms with
    proclitics and the article removed); `stem_keys` add forms with a pronoun suffix removed.
    """

    text: str
    span: Span
    norm: str
    keys: tuple[str, ...]
    stem_keys: tuple[str, ...]
    proclitics: str = ""  # normalised proclitic letters, e.g. "وب" or "وال"
    enclitic: str = ""
    is_word: bool = True


@dataclass(slots=True)
class Sentence:
    span: Span
    paragraph: int
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    """A time expression resolved against the reference date."""

    text: str
    span: Span
    date: str  # YYYY-MM-DD (first day of the period for month/year precision)
    precision: str  # day | month | year
    relation: str  # past | present | future, relative to the reference date


@dataclass(slots=True)
class Entity:
    """What a mention refers to, as of a date."""

    code: Optional[str]
    sector: Optional[str]
    kind: str  # country | capital | seat | demonym | place | organisation | group | person | agent | pronoun
    identifier_id: Optional[str] = None
    identifier_text: Optional[str] = None
    name_ar: Optional[str] = None
    office: Optional[str] = None
    entry_id: Optional[str] = None
    feminine: bool = False  # a woman (persons whose entry says so): she takes feminine verbs


@dataclass(slots=True)
class Mention:
    """A span of a sentence that names an actor, a place or both."""

    span: Span
    text: str
    first_token: int  # index into the sentence's tokens
    last_token: int  # inclusive
    entity: Entity
    is_place: bool = False  # a location (city, region, base) rather than an actor

    @property
    def code(self) -> Optional[str]:
        return self.entity.code


@dataclass(slots=True)
class Trigger:
    """A lexicon match: the words that name an event."""

    span: Span
    text: str
    first_token: int
    last_token: int
    entry: "object"  # rasad.lexicon.LexiconEntry


@dataclass
class Event:
    """One coded event, ready to be written as a PLOVER record."""

    doc_id: str
    event_type: str
    mode: Optional[str]
    modality: str
    cameo: Optional[str]
    quad_code: int
    event_scale: float
    actor: list[Mention]
    recipient: list[Mention]
    mediator: list[Mention]
    location: Optional[Mention]
    trigger: Trigger
    sentence_text: str
    sentence_span: Span
    date: Optional[str]
    date_text: Optional[str]
    rule: str
    confidence: float
    paragraph: int = 0
