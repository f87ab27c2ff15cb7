"""Streaming importer of Wikidata JSON dumps into rasad knowledge-base YAML.

Input: a dump in the format of the public ``latest-all.json`` files: a JSON array written one
entity per line (``[`` on the first line, ``]`` on the last, every entity line but the last ending
with ``,``), plain (``.json``), gzip (``.json.gz``) or bz2 (``.json.bz2``, multi-stream as
published). The file is read line by line through the standard library: memory does not grow with
the size of the dump, and a line that is not a JSON object with an ``id`` is skipped and counted.

What is kept (``P31`` "instance of", non-deprecated statements):

- humans (``Q5``) who held a political position: each ``P39`` ("position held") statement whose
  position maps to a sector through the position table (``positions.yaml``, see `PositionTable`)
  becomes a dated role; dates come from the ``P580`` (start time) / ``P582`` (end time)
  qualifiers at their precision (9 year → ``YYYY``, 10 month → ``YYYY-MM``, 11 day →
  ``YYYY-MM-DD``; coarser precisions give no date). A role with no end date of a person with a
  ``P570`` (date of death) ends at the death. A role whose end is "unknown value" is dropped (it
  is known to have ended, but not when: writing it open would claim the person still holds it),
  and so is a role that ends before it starts. A human none of whose positions maps is skipped.
- states (``STATE_CLASSES``): counted as seen only, never written (rasad's countries files are
  curated by hand: capitals, demonyms ...).
- international organisations (``ORGANISATION_CLASSES``): code ``UNO`` for the United Nations
  (``Q1065``) and bodies that are part of it or whose parent organisation it is (``P361`` /
  ``P749``), ``EUR`` likewise for the European Union (``Q458``), else ``IGO``; sector ``GOV``.
- armed organisations (``ARMED_GROUP_CLASSES``): one role, sector ``REB``, the code of its
  ``P17`` country (``IMG`` when it names several states, none when it names none that is known),
  dated by ``P571`` (inception) / ``P576`` (dissolved).

Every kept entry gets id ``wd_<Q-id>``, ``wikidata`` = the Q-id, ``name_en`` from the English
label (else the multilingual ``mul`` label), ``name_ar`` from the Arabic label and ``names`` =
the Arabic label and Arabic aliases (only strings with Arabic letters, deduplicated under rasad's
matching normalisation). An entity without an Arabic label is skipped and counted.

Two passes. A person's ``P39`` statement names the position only by its Q-id, and the keyword
rules of the position table need the position's English label, which is on another entity of the
same dump, possibly before or after the person. So `import_dump` reads the dump twice:

1. `scan_positions` (or `build_position_labels` for the labels alone) streams the dump once and
   collects the set of ``P39`` targets, the English labels of the entities that are targets when
   met *or* that look like positions (``P31`` position ``Q4164871`` / public office ``Q294414``,
   or an officeholder ``P1308`` or "organization directed by the office" ``P2389`` statement) —
   labels of look-alikes that no one turns out to hold are dropped at the end — and the country
   of each such position (its ``P1001`` "applies to jurisdiction", else its ``P17``), when that
   country is known. Memory is bounded by the number of positions, not the size of the dump. A
   position that is met before its first holder and does not look like a position keeps no label
   (it can still map by Q-id through the table).
2. the conversion pass (`convert_entity` on each entity) with those labels and countries in the
   `PositionTable`.

The code of a role: the table's code for the position; else the statement's own ``P1001``
qualifier; else the position's country from pass 1; else the first known ``P27`` (country of
citizenship) of the person, preferred statements first; Q-ids become codes through
``wikidata_countries.yaml`` plus the Q-ids of rasad's shipped countries files. A role may be left
without a code when none of these is known.

To keep the passes fast on a full dump (about a hundred million entities), a line is parsed only
when its raw bytes can matter: pass 2 looks for the quoted Q-id of a kept class (and, for humans,
``"P39"``); pass 1 for ``"P39"``, the position markers, or an entity id (read from the head of the
line, ``{"type":"item","id":"Q…"``) that is a known target. Lines that are not parsed are checked
only for being enclosed in ``{…}``, so a malformed line among them is counted only if truncated.
"""
from __future__ import annotations

import bz2
import contextlib
import gzip
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional, Union

import yaml

from ...text.normalize import normalize
from ..model import parse_partial_date

HERE = Path(__file__).resolve().parent
POSITIONS_FILE = HERE / "positions.yaml"
COUNTRIES_FILE = HERE / "wikidata_countries.yaml"

HUMAN = "Q5"
# P31 classes of states: country, sovereign state, state.
STATE_CLASSES = frozenset({"Q6256", "Q3624078", "Q7275"})
# P31 classes of international organisations: international organization, intergovernmental organization.
ORGANISATION_CLASSES = frozenset({"Q484652", "Q245065"})
# P31 classes of armed groups: armed organization. (Other candidates such as "terrorist
# organization" or "paramilitary organization" are left out until their Q-ids are checked.)
ARMED_GROUP_CLASSES = frozenset({"Q17149090"})
# P31 classes that mark a position entity in pass 1: position, public office.
POSITION_CLASSES = frozenset({"Q4164871", "Q294414"})
UN, EU = "Q1065", "Q458"

# Properties
P_INSTANCE_OF, P_POSITION_HELD, P_START, P_END = "P31", "P39", "P580", "P582"
P_CITIZENSHIP, P_COUNTRY, P_JURISDICTION, P_DEATH = "P27", "P17", "P1001", "P570"
P_INCEPTION, P_DISSOLVED, P_PART_OF, P_PARENT_ORG = "P571", "P576", "P361", "P749"
P_OFFICEHOLDER, P_ORG_DIRECTED = "P1308", "P2389"

FILES = {
    "person": Path("people") / "wikidata_import.yaml",
    "group": Path("groups_wikidata_import.yaml"),
    "organisation": Path("organisations_wikidata_import.yaml"),
}
PROGRESS_EVERY = 10_000  # lines between progress updates

_HEAD_RE = re.compile(rb'\s*\{\s*(?:"type"\s*:\s*"[a-z]+"\s*,\s*)?"id"\s*:\s*"([A-Z]\d+)"')
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_SPACES = re.compile(r"\s+")
_TIME_RE = re.compile(r"^([+-])(\d+)-(\d\d)-(\d\d)T")

Source = Union[str, "os.PathLike[str]", IO[bytes]]


# ----------------------------------------------------------------------------------------- reading

@dataclass
class DumpStats:
    """Counts of one read of a dump; `malformed_lines` keeps the first line numbers (1-based)."""

    lines: int = 0
    entities: int = 0
    malformed: int = 0
    malformed_lines: list[int] = field(default_factory=list)

    def bad(self, lineno: int) -> None:
        self.malformed += 1
        if len(self.malformed_lines) < 20:
            self.malformed_lines.append(lineno)


def _compression(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".gz", ".gzip"):
        return "gz"
    if suffix == ".bz2":
        return "bz2"
    with open(path, "rb") as f:  # no telling suffix: sniff the magic number
        magic = f.read(3)
    if magic[:2] == b"\x1f\x8b":
        return "gz"
    if magic == b"BZh":
        return "bz2"
    return "plain"


@contextlib.contextmanager
def _open(source: Source):
    """Yield (decompressed binary stream, raw file or None, size in raw bytes or None)."""
    if hasattr(source, "readline") or hasattr(source, "__next__"):
        yield source, None, None
        return
    path = Path(source)
    raw = open(path, "rb")
    try:
        kind = _compression(path)
        stream = (gzip.GzipFile(fileobj=raw, mode="rb") if kind == "gz"
                  else bz2.BZ2File(raw, mode="rb") if kind == "bz2" else raw)
        try:
            yield stream, raw, os.fstat(raw.fileno()).st_size
        finally:
            if stream is not raw:
                stream.close()
    finally:
        raw.close()


def _payload(line) -> bytes:
    """The JSON object of one dump line without the array punctuation (b'' for `[`, `]`, blanks)."""
    if isinstance(line, str):
        line = line.encode("utf-8")
    s = line.strip()
    if s.startswith(b"["):
        s = s[1:].lstrip()
    if s.endswith(b"]"):
        s = s[:-1].rstrip()
    if s.endswith(b","):
        s = s[:-1].rstrip()
    return s


def _iter_payloads(source: Source, stats: DumpStats,
                   on_progress: Optional[Callable[[int], None]] = None) -> Iterator[tuple[int, bytes]]:
    """Yield (line number, payload) for every non-empty line; reports raw bytes read to `on_progress`."""
    with _open(source) as (stream, raw, _size):
        last = 0
        for lineno, line in enumerate(stream, 1):
            stats.lines = lineno
            if on_progress is not None and raw is not None and lineno % PROGRESS_EVERY == 0:
                pos = raw.tell()
                on_progress(pos - last)
                last = pos
            s = _payload(line)
            if s:
                yield lineno, s
        if on_progress is not None and raw is not None:
            on_progress(raw.tell() - last)


def _parse(payload: bytes, lineno: int, stats: DumpStats) -> Optional[dict]:
    try:
        entity = json.loads(payload)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        entity = None
    if not isinstance(entity, dict) or not isinstance(entity.get("id"), str):
        stats.bad(lineno)
        return None
    stats.entities += 1
    return entity


def iter_dump(path: Source, stats: Optional[DumpStats] = None) -> Iterator[dict]:
    """Stream the entities of a dump (path to .json / .json.gz / .json.bz2, or a binary file object).

    Reads one line at a time and never the whole file; malformed lines are skipped and counted in
    `stats` (pass a `DumpStats` to read the counts).
    """
    stats = stats if stats is not None else DumpStats()
    for lineno, payload in _iter_payloads(path, stats):
        entity = _parse(payload, lineno, stats)
        if entity is not None:
            yield entity


# ---------------------------------------------------------------------------------- entity access

def _statements(entity: dict, pid: str) -> list[dict]:
    """Non-deprecated statements of `pid`, preferred ones first (order otherwise kept)."""
    claims = entity.get("claims")
    if not isinstance(claims, dict):
        return []
    out = [s for s in claims.get(pid) or () if isinstance(s, dict) and s.get("rank") != "deprecated"]
    return sorted(out, key=lambda s: s.get("rank") != "preferred")


def _value(snak) -> object:
    if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
        return None
    dv = snak.get("datavalue")
    return dv.get("value") if isinstance(dv, dict) else None


def _item(snak) -> Optional[str]:
    v = _value(snak)
    if isinstance(v, dict):
        if isinstance(v.get("id"), str):
            return v["id"]
        if isinstance(v.get("numeric-id"), int):
            return f"Q{v['numeric-id']}"
    return None


def _items(entity: dict, pid: str) -> list[str]:
    out = []
    for s in _statements(entity, pid):
        q = _item(s.get("mainsnak"))
        if q and q not in out:
            out.append(q)
    return out


def _qualifiers(statement: dict, pid: str) -> list[dict]:
    quals = statement.get("qualifiers")
    return [q for q in (quals.get(pid) or ()) if isinstance(q, dict)] if isinstance(quals, dict) else []


def wikidata_time(value) -> Optional[str]:
    """A Wikidata time value (``{"time": "+2020-05-07T00:00:00Z", "precision": 11, …}``) as
    ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` at its precision; None for BCE, coarser than a year,
    or invalid values."""
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    m = _TIME_RE.match(value["time"])
    precision = value.get("precision")
    if not m or m.group(1) == "-" or not isinstance(precision, int) or precision < 9:
        return None
    year, month, day = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if not 1 <= year <= 9999:
        return None
    if precision >= 11 and 1 <= month <= 12 and day >= 1:
        text = f"{year:04d}-{month:02d}-{day:02d}"
        try:
            parse_partial_date(text)
            return text
        except ValueError:
            pass
    if precision >= 10 and 1 <= month <= 12:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _time_of(snaks: Iterable[dict]) -> tuple[Optional[str], bool]:
    """First dated snak → (date, False); only "unknown value" snaks → (None, True); none → (None, False)."""
    unknown = False
    for snak in snaks:
        if snak.get("snaktype") == "somevalue":
            unknown = True
            continue
        t = wikidata_time(_value(snak))
        if t:
            return t, False
    return None, unknown


def _label(entity: dict, *langs: str) -> Optional[str]:
    labels = entity.get("labels")
    if not isinstance(labels, dict):
        return None
    for lang in langs:
        v = labels.get(lang)
        if isinstance(v, dict) and isinstance(v.get("value"), str) and v["value"].strip():
            return _SPACES.sub(" ", v["value"]).strip()
    return None


def _arabic_names(entity: dict) -> tuple[Optional[str], list[str]]:
    """(Arabic label or None, names: label + aliases with Arabic letters, deduplicated)."""
    label = _label(entity, "ar")
    if label and not _ARABIC_LETTER.search(label):
        label = None
    candidates = [label] if label else []
    aliases = entity.get("aliases")
    if isinstance(aliases, dict):
        for a in aliases.get("ar") or ():
            if isinstance(a, dict) and isinstance(a.get("value"), str):
                candidates.append(_SPACES.sub(" ", a["value"]).strip())
    names, seen = [], set()
    for n in candidates:
        if not n or not _ARABIC_LETTER.search(n):
            continue
        key = _SPACES.sub(" ", normalize(n)).strip()
        if key not in seen:
            seen.add(key)
            names.append(n)
    return label, names


# -------------------------------------------------------------------------------- position table

@dataclass(frozen=True)
class PositionMapping:
    code: Optional[str]
    sector: str
    office: Optional[str]


@dataclass(frozen=True)
class KeywordRule:
    pattern: re.Pattern
    sector: Optional[str]  # None: deliberately not political
    unless: Optional[re.Pattern] = None

    def matches(self, label: str) -> bool:
        return bool(self.pattern.search(label)) and not (self.unless and self.unless.search(label))


def load_country_qids(path: Path = COUNTRIES_FILE, include_kb: bool = True) -> dict[str, str]:
    """Q-id → rasad code: the shipped countries files' `wikidata` ids, overridden by `path`."""
    out: dict[str, str] = {}
    if include_kb:
        from ..loader import KBError, kind_of_file, load_file, shipped_files

        for f in shipped_files():
            if kind_of_file(f) != "country":
                continue
            try:
                for e in load_file(f):
                    if e.wikidata:
                        out[e.wikidata] = e.id
            except KBError:
                continue
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    for q, code in data.items():
        out[str(q)] = str(code)
    return out


class PositionTable:
    """Maps a position Q-id to (code, sector, office): table by Q-id, then keyword rules on the
    position's English label. Also carries what pass 1 learnt from the dump (position labels and
    countries) and the Q-id → code table of countries used for P27 / P1001 / P17."""

    def __init__(self, positions: dict[str, PositionMapping], rules: list[KeywordRule],
                 countries: dict[str, str], labels: Optional[dict[str, str]] = None,
                 position_codes: Optional[dict[str, str]] = None):
        self.positions = positions
        self.rules = rules
        self.countries = countries
        self.labels: dict[str, str] = dict(labels or {})
        self.position_codes: dict[str, str] = dict(position_codes or {})

    @classmethod
    def load(cls, path: Path = POSITIONS_FILE, countries: Optional[dict[str, str]] = None,
             labels: Optional[dict[str, str]] = None,
             position_codes: Optional[dict[str, str]] = None) -> "PositionTable":
        from ..loader import SECTORS

        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        positions: dict[str, PositionMapping] = {}
        for q, spec in (data.get("positions") or {}).items():
            sector = spec.get("sector")
            if sector not in SECTORS:
                raise ValueError(f"{path}: position {q}: unknown sector {sector!r}")
            positions[str(q)] = PositionMapping(spec.get("code"), sector, spec.get("office"))
        rules = []
        for n, spec in enumerate(data.get("keywords") or (), 1):
            sector = spec.get("sector")
            if sector is not None and sector not in SECTORS:
                raise ValueError(f"{path}: keyword rule {n}: unknown sector {sector!r}")
            unless = spec.get("unless")
            rules.append(KeywordRule(re.compile(spec["pattern"]), sector,
                                     re.compile(unless) if unless else None))
        return cls(positions, rules, countries if countries is not None else load_country_qids(),
                   labels, position_codes)

    def sector_of_label(self, label: str) -> Optional[str]:
        """Sector given by the first keyword rule that matches `label` (None: no rule, or not political)."""
        text = _SPACES.sub(" ", label.lower())
        for rule in self.rules:
            if rule.matches(text):
                return rule.sector
        return None

    def lookup(self, qid: str) -> Optional[PositionMapping]:
        """The mapping of position `qid`, or None when it is not a (known) political position.

        The code is the table's or else the position's country from pass 1 (may be None: the
        caller falls back to the person's citizenship)."""
        label = self.labels.get(qid)
        fixed = self.positions.get(qid)
        if fixed is not None:
            return PositionMapping(fixed.code or self.position_codes.get(qid), fixed.sector,
                                   fixed.office or label or qid)
        if not label:
            return None
        sector = self.sector_of_label(label)
        if sector is None:
            return None
        return PositionMapping(self.position_codes.get(qid), sector, label)

    def country_code(self, qids: Iterable[str]) -> Optional[str]:
        for q in qids:
            if q in self.countries:
                return self.countries[q]
        return None


# ------------------------------------------------------------------------------------- pass one

_POSITION_MARKERS = tuple(f'"{x}"'.encode() for x in
                          (*sorted(POSITION_CLASSES), P_OFFICEHOLDER, P_ORG_DIRECTED))
_P39 = f'"{P_POSITION_HELD}"'.encode()


def _looks_like_position(entity: dict) -> bool:
    claims = entity.get("claims")
    if not isinstance(claims, dict):
        return False
    return (bool(POSITION_CLASSES.intersection(_items(entity, P_INSTANCE_OF)))
            or bool(claims.get(P_OFFICEHOLDER)) or bool(claims.get(P_ORG_DIRECTED)))


@dataclass
class PositionScan:
    """What pass 1 learnt: P39 targets, their English labels and their countries (rasad codes)."""

    targets: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    stats: DumpStats = field(default_factory=DumpStats)


def scan_positions(path: Source, countries: Optional[dict[str, str]] = None,
                   on_progress: Optional[Callable[[int], None]] = None) -> PositionScan:
    """Pass 1: stream the dump, collect P39 targets and the labels / countries of positions."""
    countries = countries if countries is not None else load_country_qids()
    scan = PositionScan()
    for lineno, payload in _iter_payloads(path, scan.stats, on_progress):
        head = _HEAD_RE.match(payload, 0, 256)
        has_p39 = _P39 in payload
        marked = any(m in payload for m in _POSITION_MARKERS)
        if head and not has_p39 and not marked and head.group(1).decode() not in scan.targets:
            if not (payload.startswith(b"{") and payload.endswith(b"}")):
                scan.stats.bad(lineno)
            continue
        entity = _parse(payload, lineno, scan.stats)
        if entity is None:
            continue
        if has_p39:
            for s in _statements(entity, P_POSITION_HELD):
                q = _item(s.get("mainsnak"))
                if q:
                    scan.targets.add(q)
        qid = entity["id"]
        if qid in scan.targets or (marked and _looks_like_position(entity)):
            label = _label(entity, "en", "mul")
            if label:
                scan.labels[qid] = label
            code = _country_of_position(entity, countries)
            if code:
                scan.codes[qid] = code
    # Drop the look-alikes that nobody holds.
    scan.labels = {q: v for q, v in scan.labels.items() if q in scan.targets}
    scan.codes = {q: v for q, v in scan.codes.items() if q in scan.targets}
    return scan


def _country_of_position(entity: dict, countries: dict[str, str]) -> Optional[str]:
    for pid in (P_JURISDICTION, P_COUNTRY):
        for q in _items(entity, pid):
            if q in countries:
                return countries[q]
    return None


def build_position_labels(path: Source) -> dict[str, str]:
    """Pass 1 for the labels alone: Q-id → English label of the positions that someone holds (P39)."""
    return scan_positions(path, countries={}).labels


# ------------------------------------------------------------------------------------ conversion

def classify(entity: dict) -> Optional[str]:
    """person | country | group | organisation | None, from the entity's P31 classes."""
    if entity.get("type", "item") != "item":
        return None
    classes = set(_items(entity, P_INSTANCE_OF))
    if HUMAN in classes:
        return "person"
    if classes & STATE_CLASSES:
        return "country"
    if classes & ARMED_GROUP_CLASSES:
        return "group"
    if classes & ORGANISATION_CLASSES:
        return "organisation"
    return None


def _person_roles(entity: dict, positions: PositionTable, counts: Counter) -> list[dict]:
    citizenship = positions.country_code(_items(entity, P_CITIZENSHIP))
    death = None
    for s in _statements(entity, P_DEATH):
        death = wikidata_time(_value(s.get("mainsnak")))
        if death:
            break
    roles: list[dict] = []
    for s in _statements(entity, P_POSITION_HELD):
        qid = _item(s.get("mainsnak"))
        mapping = positions.lookup(qid) if qid else None
        if mapping is None:
            continue
        start, _ = _time_of(_qualifiers(s, P_START))
        end, end_unknown = _time_of(_qualifiers(s, P_END))
        if end is None and end_unknown:
            counts["role_end_unknown"] += 1
            continue
        if end is None and death and (start is None or _start(start) <= _end(death)):
            end = death
        if start and end and _end(end) < _start(start):
            counts["role_ends_before_start"] += 1
            continue
        code = (mapping.code
                or positions.country_code(_item(q) for q in _qualifiers(s, P_JURISDICTION))
                or citizenship)
        if code is None:
            counts["role_without_code"] += 1
        role = {"code": code, "sector": mapping.sector, "office": mapping.office, "start": start, "end": end}
        if role not in roles:
            roles.append(role)
    roles.sort(key=lambda r: (_start(r["start"]) if r["start"] else _start("0001"),
                              _end(r["end"]) if r["end"] else _end("9999")))
    return roles


def _start(text: str):
    return parse_partial_date(text)


def _end(text: str):
    return parse_partial_date(text, end=True)


def _first_time(entity: dict, pid: str) -> Optional[str]:
    for s in _statements(entity, pid):
        t = wikidata_time(_value(s.get("mainsnak")))
        if t:
            return t
    return None


def convert_entity(entity: dict, positions: PositionTable,
                   counts: Optional[Counter] = None) -> Optional[dict]:
    """One dump entity → a rasad people / groups / organisations entry, or None when not kept.

    Skips are counted in `counts` by reason: not_relevant, country (seen, never written),
    no_political_position, no_arabic_label; and role-level drops: role_end_unknown,
    role_ends_before_start, role_without_code (kept, code null).
    The kind of a returned entry is `classify(entity)`.
    """
    counts = counts if counts is not None else Counter()
    kind = classify(entity)
    if kind is None:
        counts["not_relevant"] += 1
        return None
    if kind == "country":
        counts["country"] += 1
        return None
    qid = entity["id"]
    name_en = _label(entity, "en", "mul")
    roles: list[dict] = []
    if kind == "person":
        if not _statements(entity, P_POSITION_HELD):
            counts["not_relevant"] += 1  # a human who held no position at all
            return None
        roles = _person_roles(entity, positions, counts)
        if not roles:
            counts["no_political_position"] += 1
            return None
    name_ar, names = _arabic_names(entity)
    if not name_ar:
        counts["no_arabic_label"] += 1
        return None
    entry = {"id": f"wd_{qid}", "name_en": name_en, "name_ar": name_ar, "wikidata": qid, "names": names}
    if kind == "person":
        entry["roles"] = roles
    elif kind == "group":
        states = [positions.countries[q] for q in _items(entity, P_COUNTRY) if q in positions.countries]
        states = list(dict.fromkeys(states))
        code = states[0] if len(states) == 1 else ("IMG" if states else None)
        start, end = _first_time(entity, P_INCEPTION), _first_time(entity, P_DISSOLVED)
        if start and end and _end(end) < _start(start):
            start = end = None
        entry["roles"] = [{"code": code, "sector": "REB", "office": name_en or name_ar,
                           "start": start, "end": end}]
    else:  # organisation
        parents = {qid, *_items(entity, P_PART_OF), *_items(entity, P_PARENT_ORG)}
        entry["code"] = "UNO" if UN in parents else "EUR" if EU in parents else "IGO"
        entry["sector"] = "GOV"
    return entry


# --------------------------------------------------------------------------------------- import

@dataclass
class ImportReport:
    """Counts of one import. `read`: entities in the dump (lines with an object, pass 2)."""

    read: int = 0
    kept: Counter = field(default_factory=Counter)       # person / group / organisation
    skipped: Counter = field(default_factory=Counter)    # reason → entities
    roles: Counter = field(default_factory=Counter)      # kept roles, and role-level drops by reason
    countries_seen: int = 0
    countries_known: int = 0                             # of those, with a Q-id in the code table
    malformed: int = 0
    malformed_lines: list[int] = field(default_factory=list)
    positions_held: int = 0                              # distinct P39 targets (pass 1)
    positions_labelled: int = 0                          # of those, with an English label
    files: dict[str, Path] = field(default_factory=dict)

    def summary(self) -> str:
        kept = ", ".join(f"{k} {v}" for k, v in sorted(self.kept.items())) or "none"
        skipped = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())) or "none"
        roles = ", ".join(f"{k} {v}" for k, v in sorted(self.roles.items())) or "none"
        return (f"read {self.read} entities ({self.malformed} malformed lines); kept: {kept}; "
                f"skipped: {skipped}; roles: {roles}; states seen {self.countries_seen} "
                f"({self.countries_known} with a known code, not written); positions held "
                f"{self.positions_held} ({self.positions_labelled} with an English label)")


_KIND_MARKERS = tuple(f'"{q}"'.encode() for q in
                      sorted(STATE_CLASSES | ORGANISATION_CLASSES | ARMED_GROUP_CLASSES))
_HUMAN_MARKER = f'"{HUMAN}"'.encode()
_HEADERS = {
    "person": "# People imported from a Wikidata dump by rasad (rasad/kb/importers/wikidata.py).\n",
    "group": "# Armed groups imported from a Wikidata dump by rasad (rasad/kb/importers/wikidata.py).\n",
    "organisation": "# International organisations imported from a Wikidata dump by rasad "
                    "(rasad/kb/importers/wikidata.py).\n",
}


def _may_matter(payload: bytes) -> bool:
    if _HUMAN_MARKER in payload and _P39 in payload:
        return True
    return any(m in payload for m in _KIND_MARKERS)


def _dump_entry(entry: dict) -> str:
    return yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, default_flow_style=None,
                          width=100_000)


@contextlib.contextmanager
def _progress(enabled: bool, size: Optional[int], label: str):
    if not enabled:
        yield None
        return
    import click

    if size:
        with click.progressbar(length=size, label=label, file=sys.stderr) as bar:
            yield bar.update
    else:
        yield None


def import_dump(path: Source, out_dir: Union[str, "os.PathLike[str]"], progress: bool = True,
                positions: Optional[PositionTable] = None) -> ImportReport:
    """Import a dump into `out_dir`: people/wikidata_import.yaml, groups_wikidata_import.yaml and
    organisations_wikidata_import.yaml (all three always written, maybe empty; each is written to
    a .tmp file first and moved in place at the end). Two streaming passes over the dump at `path`
    (see the module docstring); a progress bar on stderr, in raw bytes read, when `progress`."""
    if hasattr(path, "read") or hasattr(path, "__next__"):
        raise TypeError("import_dump reads the dump twice: pass a path, not a stream")
    out_dir = Path(out_dir)
    positions = positions if positions is not None else PositionTable.load()
    size = os.path.getsize(path)
    report = ImportReport()

    with _progress(progress, size, "wikidata pass 1/2 (positions)") as update:
        scan = scan_positions(path, positions.countries, update)
    positions.labels.update(scan.labels)
    positions.position_codes.update(scan.codes)
    report.positions_held = len(scan.targets)
    report.positions_labelled = len(scan.labels)

    targets = {kind: out_dir / rel for kind, rel in FILES.items()}
    tmp = {kind: p.with_name(p.name + ".tmp") for kind, p in targets.items()}
    handles = {}
    stats = DumpStats()
    try:
        for kind, p in tmp.items():
            p.parent.mkdir(parents=True, exist_ok=True)
            handles[kind] = open(p, "w", encoding="utf-8")
            handles[kind].write(_HEADERS[kind] + "# Format: docs/kb-format.md.\n\n")
        with _progress(progress, size, "wikidata pass 2/2 (entities)") as update:
            for lineno, payload in _iter_payloads(path, stats, update):
                if not _may_matter(payload):
                    if payload.startswith(b"{") and payload.endswith(b"}"):
                        report.read += 1
                        report.skipped["not_relevant"] += 1
                    else:
                        stats.bad(lineno)
                    continue
                entity = _parse(payload, lineno, stats)
                if entity is None:
                    continue
                report.read += 1
                kind = classify(entity)
                if kind == "country":
                    report.countries_seen += 1
                    if entity["id"] in positions.countries:
                        report.countries_known += 1
                    continue
                counts: Counter = Counter()
                entry = convert_entity(entity, positions, counts)
                for reason, n in counts.items():
                    (report.roles if reason.startswith("role_") else report.skipped)[reason] += n
                if entry is None:
                    continue
                report.kept[kind] += 1
                if kind == "person":
                    report.roles["kept"] += len(entry["roles"])
                handles[kind].write(_dump_entry(entry))
        for f in handles.values():
            f.close()
        for kind in targets:
            os.replace(tmp[kind], targets[kind])
    finally:
        for f in handles.values():
            f.close()
        for p in tmp.values():
            if p.exists():
                p.unlink()
    report.malformed = stats.malformed
    report.malformed_lines = stats.malformed_lines
    report.files = targets
    return report
