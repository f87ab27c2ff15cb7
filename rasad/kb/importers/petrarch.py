"""Imports PETRARCH / TABARI / UniversalPetrarch dictionaries into rasad knowledge-base entries.

Two formats are read:

* the *actor dictionary* (``actor_dict_*.txt``)::

      نوري_المالكي_                      # entry: words joined by _, a trailing _ allowed
      +المالكي                            # synonym of the entry above
          [IRQGOV 20101221-20140908]      # dated code; 18000101 as an end date means open
          [IRQELI >20140908]              # TABARI: from a date on ( <DATE: until a date)
      اتحاد_أفريقي_  [IGOGOV]            # undated code on the entry line
      جيش  [MIL]                          # sector-only code: a sector noun (rasad agent)

* the *agents dictionary* (``agents.*.txt``): ``phrase_words [~SECTOR]`` (``[CODE~]`` for a fixed
  code, ``{alt forms}`` for other forms of the phrase).

A CAMEO actor code is a country (ISO3) or international code (IGO, NGO, IMG, …) in its first three
letters and a sector in the next three; further letters are ignored. Entries with dated codes become
people, entries with a country code groups, entries with sector-only codes agents. Entries whose
names normalise alike (rasad's matching keys) are merged. Nothing is guessed beyond the dictionary:
names in English, offices and Wikidata ids stay null.

Each produced dict validates with :func:`rasad.kb.loader.load_file` once written by
:func:`write_yaml`.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from pathlib import Path
from typing import Optional

import yaml

from ..loader import SECTORS, load_entries, shipped_files
from ..matcher import phrase_keys

OPEN_END = "18000101"  # PETRARCH's "no end date"

# CAMEO codes that differ from the ISO/rasad ones; None: no rasad code (the sector is kept).
CODE_MAP: dict[str, Optional[str]] = {
    "KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BUR": "MMR", "YUG": "SRB",
    "NGM": "NGO", "INT": None,
}
NO_COUNTRY = "000"  # UniversalPetrarch's placeholder: no country, the code is a sector noun's
# Codes of international actors that rasad documents besides ISO 3166 alpha-3.
INTERNATIONAL = frozenset({"UNO", "EUR", "IGO", "IMG", "NGO", "MNC"})
# First blocks that are roles, not countries: `[MIL]` is a sector noun. IGO and NGO are both
# international codes and sectors; as a first block CAMEO reads them as the former.
ROLE_CODES = (SECTORS - {"IGO", "NGO"}) | frozenset(
    "INS SET UIS MOS MUS CHR JEW BUD HIN SHI SUN CTH ORT PRO JAN SIK ZRO DOX ITH BAH CON".split())
# Religion codes and other CAMEO role codes rasad has no sector for.

_PROCLITIC_TOKENS = frozenset({"و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "فال", "كال"})
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u200b\u200c\u200d\u061c\ufeff"), None)
_BAD_NAME_CHARS = re.compile(r"[,،;؛:()\[\]{}<>\"?!؟*=+|\\/]")

_CODE_LINE = re.compile(r"^\[(?P<body>[^\]]*)\]\s*$")
_DATED = re.compile(r"^(?P<code>\S*?)\s*(?:(?P<start>\d{8})\s*-\s*(?P<end>\d{8})|(?P<op>[<>])\s*(?P<when>\d{8}))$")
_CAMEO_CODE = re.compile(r"^(?:[A-Z]{3}|000)[A-Z]*$")

# Agent kinds: offices (titles), institutions (bodies), everything else a collective (group).
_TITLE_HEADS = frozenset("""
رئيس رئيسة نائب وزير وزيرة قائد مدير مديرة أمين امين سفير سفيرة ملك ملكة أمير امير شيخ زعيم ناطق
متحدث مسؤول مسئول محافظ حاكم مستشار مستشارة قاضي قاض ضابط جنرال لواء عقيد عميد مشير فريق نقيب
رائد ملازم مبعوث ممثل مندوب سكرتير مفوض مفتي إمام امام بطريرك بابا مطران أسقف اسقف حاخام مرشد ولي
عاهل سلطان رئيسا نواب عضو عضوة قنصل ملحق مراقب مفتش كاتب خطيب واعظ كاهن قس عمدة والي
""".split())
_BODY_HEADS = frozenset("""
وزارة وزاره محكمة مجلس جهاز هيئة لجنة مكتب دائرة إدارة ادارة قسم مديرية مؤسسة شركة بنك مصرف جامعة
حكومة برلمان وكالة مصلحة سلطة قيادة مركز منظمة اتحاد جمعية نقابة غرفة صندوق معهد مدرسة كلية
مستشفى صحيفة جريدة إذاعة اذاعة تلفزيون قناة ديوان رئاسة بلدية أمانة امانة مفوضية سفارة قنصلية
""".split())


@dataclass
class ConversionResult:
    people: list[dict] = field(default_factory=list)
    groups: list[dict] = field(default_factory=list)
    agents: list[dict] = field(default_factory=list)
    # (line number, raw line, reason) of each entry (or stray line) that produced nothing
    skipped: list[tuple[int, str, str]] = field(default_factory=list)
    entries_read: int = 0
    # Entries that contributed to an output dict (several entries may merge into one).
    converted: int = 0
    # (line number, raw line, what was dropped or changed) for entries that were converted
    warnings: list[tuple[int, str, str]] = field(default_factory=list)
    format: str = ""  # "actors" or "agents"

    @property
    def skipped_entries(self) -> int:
        return self.entries_read - self.converted

    def skipped_reasons(self) -> Counter:
        return Counter(reason for _, _, reason in self.skipped)

    def warning_reasons(self) -> Counter:
        return Counter(_reason_kind(r) for _, _, r in self.warnings)


def _reason_kind(reason: str) -> str:
    """A reason without its particulars (for summaries): text after ':' dropped."""
    return reason.split(":", 1)[0]


# ---------------------------------------------------------------- parsing helpers


@dataclass
class _Role:
    code: Optional[str]
    sector: Optional[str]
    start: Optional[str]
    end: Optional[str]
    role_only: bool  # the code had no country block: a sector noun

    def as_dict(self) -> dict:
        return {"code": self.code, "sector": self.sector, "office": None,
                "start": self.start, "end": self.end}


@dataclass
class _Entry:
    line: int
    raw: str
    name: str
    synonyms: list[tuple[int, str]] = field(default_factory=list)
    roles: list[_Role] = field(default_factory=list)
    dated: bool = False
    code_lines: int = 0  # code lines seen (parsed or not)
    problems: list[str] = field(default_factory=list)  # dropped codes
    warnings: list[tuple[int, str, str]] = field(default_factory=list)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0]


_EDGE_PUNCT = ",،.;؛:"


def clean_name(raw: str) -> str:
    """A dictionary phrase as rasad names are written: `_` → space, bidi marks removed, a
    parenthetical gloss and punctuation at word edges removed, and stray proclitic tokens («ل», «ب»,
    «و», «ال») of the lemmatised dictionaries dropped — rasad strips those from the text's tokens,
    so a separate «ل» could never match."""
    text = raw.translate(_BIDI).replace("_", " ")
    text = re.sub(r"\s*\([^()]*\)", " ", text)
    words = [w.strip(_EDGE_PUNCT) or w for w in text.split()]  # a lone "," stays: not a name
    kept = [w for w in words if w not in _PROCLITIC_TOKENS]
    return " ".join(kept if kept else words)


def _name_problem(name: str) -> Optional[str]:
    if not name:
        return "empty name"
    if _BAD_NAME_CHARS.search(name):
        return "name has punctuation (not a phrase)"
    if not phrase_keys(name):
        return "name has no word"
    return None


def _parse_date(text: str) -> str:
    """YYYYMMDD → YYYY-MM-DD (ValueError when not a real date)."""
    return date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()


def split_actor_code(code: str) -> tuple[Optional[str], Optional[str], bool, list[str]]:
    """A CAMEO actor code → (country code, sector, sector-only?, notes); ValueError if unusable."""
    notes: list[str] = []
    if "?" in code:
        raise ValueError("uncertain code (has '?')")
    if not code:
        raise ValueError("empty code")
    if not _CAMEO_CODE.match(code):
        raise ValueError(f"not a CAMEO code: {code}")
    first, second = code[:3], code[3:6]
    if first in ROLE_CODES or first == NO_COUNTRY:
        blocks = [code[i:i + 3] for i in range(0 if first != NO_COUNTRY else 3, len(code), 3)]
        sector = next((b for b in blocks if b in SECTORS), None)
        if sector is None:
            raise ValueError(f"role code without a rasad sector: {code}" if first != NO_COUNTRY
                             else f"no usable country or sector: {code}")
        if first != NO_COUNTRY and sector != first:
            notes.append(f"first block not a rasad sector, used a later one: {code} -> {sector}")
        elif len(blocks) > 1:
            notes.append(f"extra role letters ignored: {code}")
        return None, sector, True, notes
    country: Optional[str] = first
    if first in CODE_MAP:
        country = CODE_MAP[first]
        notes.append(f"country code mapped: {first} -> {country}")
    sector = None
    if second:
        if second in SECTORS:
            sector = second
        else:
            notes.append(f"sector not in rasad's set, set to null: {second}")
    if country is None and sector is None:
        raise ValueError(f"no usable country or sector: {code}")
    return country, sector, False, notes


def _parse_code_body(body: str, entry: _Entry, lineno: int, raw: str) -> None:
    """One `[CODE]` or `[CODE dates]` body added to `entry` (problems recorded on the entry)."""
    body = body.strip()
    m = _DATED.match(body)
    start = end = None
    if m:
        code = m.group("code")
        try:
            if m.group("start"):
                start = _parse_date(m.group("start"))
                end = None if m.group("end") == OPEN_END else _parse_date(m.group("end"))
            elif m.group("op") == ">":
                start = _parse_date(m.group("when"))
            else:
                end = _parse_date(m.group("when"))
        except ValueError:
            entry.problems.append("invalid date")
            entry.warnings.append((lineno, raw, f"code dropped: invalid date: {body}"))
            return
        entry.dated = True
    elif " " in body or "\t" in body:
        entry.problems.append(f"unparseable code: {body}")
        entry.warnings.append((lineno, raw, f"code dropped: unparseable code: {body}"))
        return
    else:
        code = body
    try:
        country, sector, role_only, notes = split_actor_code(code)
    except ValueError as e:
        entry.problems.append(str(e))
        entry.warnings.append((lineno, raw, f"code dropped: {e}"))
        return
    for note in notes:
        entry.warnings.append((lineno, raw, note))
    if start and end and end < start:
        entry.warnings.append((lineno, raw, f"end before start, end dropped: {body}"))
        end = None
    entry.roles.append(_Role(country, sector, start, end, role_only))


# ---------------------------------------------------------------- actor dictionaries


def _content_lines(lines: list[str]):
    """(line number, text) of the lines that hold something, up to TABARI's «~~FINISH» marker."""
    for lineno, raw in enumerate(lines, 1):
        text = _strip_comment(raw).translate(_BIDI).strip()
        if not text:
            continue
        if text.startswith("~~FINISH"):
            return
        yield lineno, text


def _read_actor_entries(lines: list[str], result: ConversionResult) -> list[_Entry]:
    entries: list[_Entry] = []
    current: Optional[_Entry] = None
    for lineno, text in _content_lines(lines):
        raw = lines[lineno - 1]
        if text.startswith("+"):
            if current is None:
                result.skipped.append((lineno, raw, "synonym before any entry"))
            else:
                current.synonyms.append((lineno, text[1:].split("[", 1)[0]))
            continue
        m = _CODE_LINE.match(text)
        if m and (_DATED.match(m.group("body").strip()) or (current is not None and not current.code_lines)):
            # a dated code line, or an undated one directly under an entry without a code
            if current is None:
                result.skipped.append((lineno, raw, "code line before any entry"))
                continue
            current.code_lines += 1
            _parse_code_body(m.group("body"), current, lineno, raw)
            continue
        # an entry line: NAME or NAME [CODE]
        result.entries_read += 1
        name_part, bracket, rest = text.partition("[")
        current = _Entry(lineno, raw, clean_name(name_part))
        entries.append(current)
        if bracket:
            current.code_lines += 1
            body, closing, tail = rest.partition("]")
            if not closing or tail.strip():
                current.problems.append("malformed code bracket")
                current.warnings.append((lineno, raw, "code dropped: malformed code bracket"))
            else:
                _parse_code_body(body, current, lineno, raw)
    return entries


def _skip_reason(e: _Entry) -> Optional[str]:
    problem = _name_problem(e.name)
    if problem:
        return problem
    if e.roles:
        return None
    if not e.code_lines:
        return "no code"
    kinds = sorted({_reason_kind(p) for p in e.problems})
    return "no usable code: " + "; ".join(kinds)


def _slug(name: str) -> str:
    out = []
    for ch in name.translate(_BIDI).lower():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch.isspace() or ch in "-._":
            out.append("_")
    slug = re.sub(r"_+", "_", "".join(out)).strip("_")
    if len(slug) > 40:
        slug = slug[:40].rsplit("_", 1)[0] or slug[:40]
    return slug or "entry"


def make_id(name: str, kind: str) -> str:
    """A stable ascii id: a transliterated slug of the name and a short hash of kind and name."""
    digest = hashlib.sha1(f"{kind}\0{name}".encode("utf-8")).hexdigest()[:8]
    return f"{_slug(name)}_{digest}"


def agent_kind(phrase: str) -> str:
    words = phrase.split()
    head = words[0] if words else ""
    if head.startswith("ال") and len(head) > 3:
        head = head[2:]
    if head in _TITLE_HEADS or ("ال" + head) in _TITLE_HEADS:
        return "title"
    if head in _BODY_HEADS or head.replace("ه", "ة") in _BODY_HEADS:
        return "body"
    return "group"


def _role_key(r: _Role) -> tuple:
    return (r.code, r.sector, r.start, r.end)


def _convert_actors(lines: list[str], result: ConversionResult) -> None:
    entries = _read_actor_entries(lines, result)
    merged: dict[tuple[str, ...], list[_Entry]] = {}
    for e in entries:
        reason = _skip_reason(e)
        if reason:
            result.skipped.append((e.line, e.raw, reason))
            continue
        result.converted += 1
        result.warnings.extend(e.warnings)
        merged.setdefault(phrase_keys(e.name), []).append(e)

    agent_keys: set[tuple[str, ...]] = set()
    for group in merged.values():
        first = group[0]
        names: list[str] = []
        seen_keys: set[tuple[str, ...]] = set()
        for e in group:
            for n, (lineno, syn) in enumerate([(e.line, e.name), *e.synonyms]):
                syn = clean_name(syn)
                problem = _name_problem(syn)
                if problem:
                    if n:
                        result.warnings.append((lineno, syn, f"synonym dropped: {problem}"))
                    continue
                keys = phrase_keys(syn)
                if keys not in seen_keys:
                    seen_keys.add(keys)
                    names.append(syn)
        roles: list[_Role] = []
        for e in group:
            for r in e.roles:
                if _role_key(r) not in {_role_key(x) for x in roles}:
                    roles.append(r)
        if len(group) > 1:
            others = ", ".join(str(e.line) for e in group[1:])
            result.warnings.append((first.line, first.raw, f"merged with entries of the same name: lines {others}"))
        # Entries of one name may disagree: sector-only codes (a sector noun) in some, country
        # codes (a named actor) in others. The majority of entries decides; a tie keeps the name.
        keep = group
        noun_side = [e for e in group if all(r.role_only for r in e.roles)]
        if noun_side and len(noun_side) < len(group):
            keep = noun_side if 2 * len(noun_side) > len(group) else [e for e in group if e not in noun_side]
            dropped = [e.line for e in group if e not in keep]
            result.warnings.append((first.line, first.raw, "entries of the same name disagree (sector noun vs "
                                    f"named actor), minority dropped: lines {', '.join(map(str, dropped))}"))
            kept_keys = {_role_key(r) for e in keep for r in e.roles}
            roles = [r for r in roles if _role_key(r) in kept_keys]
        country_roles = [r for r in roles if not r.role_only]
        if not country_roles:
            sectors = Counter(r.sector for r in roles)
            sector = sectors.most_common(1)[0][0]
            if len(sectors) > 1:
                result.warnings.append((first.line, first.raw, "agent with several sectors, kept the commonest: "
                                    f"{sorted(sectors)} -> {sector}"))
            if any(r.start or r.end for r in roles):
                result.warnings.append((first.line, first.raw, "sector-only entry: dates dropped"))
            for phrase in names:
                keys = phrase_keys(phrase)
                if keys in agent_keys:
                    result.warnings.append((first.line, first.raw, f"agent phrase already produced: {phrase}"))
                    continue
                agent_keys.add(keys)
                result.agents.append(_agent_dict(phrase, sector, None))
            continue
        if len(country_roles) < len(roles):
            result.warnings.append((first.line, first.raw, "sector-only codes kept as roles without a country"))
        if any(r.code is None for r in country_roles):
            result.warnings.append((first.line, first.raw, "role without a country (code INT)"))
        dated = any(e.dated for e in keep)
        if dated and any(phrase_keys(n) in _shipped_non_person_keys() for n in names):
            result.warnings.append((first.line, first.raw, "dated entry named like a shipped place, "
                                    "organisation, group or agent: made a group, not a person"))
            dated = False
        kind = "person" if dated else "group"
        item = {
            "id": make_id(names[0], kind),
            "name_en": None,
            "name_ar": names[0],
            "wikidata": None,
            "names": names,
            "roles": [r.as_dict() for r in _sorted_roles(roles)],
        }
        (result.people if dated else result.groups).append(item)


@lru_cache(maxsize=1)
def _shipped_non_person_keys() -> frozenset[tuple[str, ...]]:
    """Matching keys of the shipped KB's names that are not people's (states, their places and
    demonyms, organisations, groups, agent phrases): a dated entry so named is no person."""
    from ..knowledge import demonym_forms

    entries, _ = load_entries(shipped_files())
    keys: set[tuple[str, ...]] = set()
    for e in entries:
        if e.kind == "person":
            continue
        names = [*e.names, *e.capitals, *e.seats, *e.places, *e.demonym_forms]
        for stem in e.demonyms:
            names.extend(demonym_forms(stem))
        keys.update(phrase_keys(n) for n in names)
    keys.discard(())
    return frozenset(keys)


def _sorted_roles(roles: list[_Role]) -> list[_Role]:
    return sorted(roles, key=lambda r: (r.start or "", r.end or "9999"))


def _agent_dict(phrase: str, sector: Optional[str], code: Optional[str]) -> dict:
    return {"phrase": phrase, "sector": sector, "kind": agent_kind(phrase), "office": None, "code": code}


# ---------------------------------------------------------------- agents dictionaries

_AGENT_LINE = re.compile(r"^(?P<name>[^\[{]*?)\s*(?:\{(?P<alts>[^}]*)\}\s*)?\[(?P<body>[^\]]*)\]\s*$")
_AGENT_CODE = re.compile(r"^(?P<pre>~?)(?P<code>[A-Z]+)(?P<post>~?)(?P<rest>.*)$")


def split_agent_code(body: str) -> tuple[Optional[str], Optional[str], list[str]]:
    """`~GOV`, `~GOVAGR`, `IGO~` … → (sector, fixed code, notes); ValueError when unusable.

    The sector is the first three-letter block that is a rasad sector (religion blocks such as
    MUS or BUD, which rasad has no sector for, are passed over and noted); a prefix code (`IGO~`)
    or an international code (`~IMG`) becomes the agent's fixed code."""
    m = _AGENT_CODE.match(body.strip())
    if not m:
        raise ValueError(f"not a CAMEO agent code: {body.strip()}")
    notes: list[str] = []
    letters = m.group("code")
    if m.group("rest").strip(" }~"):
        notes.append("text after the code ignored")
    if len(letters) % 3:
        if not m.group("pre") and not m.group("post"):
            raise ValueError(f"not a CAMEO agent code: {body.strip()}")
        notes.append(f"code letters not in threes: {letters}")
    blocks = [letters[i:i + 3] for i in range(0, len(letters) - len(letters) % 3, 3)]
    if m.group("post") and not m.group("pre"):  # prefix code: IGO~ → the agent is an IGO body
        code = CODE_MAP.get(blocks[0], blocks[0])
        sector = next((b for b in blocks[1:] if b in SECTORS), None)
        return sector, code, notes
    sector = next((b for b in blocks if b in SECTORS), None)
    code = None
    if sector is None:
        code = next((b for b in blocks if b in INTERNATIONAL), None)
        if code is None:
            raise ValueError(f"no rasad sector in code: {letters}")
    elif blocks[0] != sector:
        notes.append(f"first block not a rasad sector, used a later one: {letters} -> {sector}")
    return sector, code, notes


def _convert_agents(lines: list[str], result: ConversionResult) -> None:
    seen: dict[tuple[str, ...], dict] = {}
    for lineno, text in _content_lines(lines):
        raw = lines[lineno - 1]
        result.entries_read += 1
        m = _AGENT_LINE.match(text)
        if not m:
            result.skipped.append((lineno, raw, "no [code]" if "[" not in text else "malformed line"))
            continue
        try:
            sector, code, notes = split_agent_code(m.group("body"))
        except ValueError as e:
            result.skipped.append((lineno, raw, _reason_kind(str(e))))
            continue
        phrases = [m.group("name")] + (m.group("alts") or "").split()
        produced = False
        for i, phrase in enumerate(phrases):
            phrase = clean_name(phrase)
            problem = _name_problem(phrase)
            if problem:
                if i == 0:
                    result.skipped.append((lineno, raw, problem))
                    break
                result.warnings.append((lineno, raw, f"alternative form dropped: {problem}"))
                continue
            keys = phrase_keys(phrase)
            if keys in seen:
                old = seen[keys]
                if (old["sector"], old["code"]) != (sector, code):
                    result.warnings.append((lineno, raw, f"duplicate phrase with another code, first kept: "
                                                         f"{old['sector'] or old['code']} vs {sector or code}"))
                produced = True
                continue
            item = _agent_dict(phrase, sector, code)
            seen[keys] = item
            result.agents.append(item)
            produced = True
        if produced:
            result.converted += 1
            result.warnings.extend((lineno, raw, n) for n in notes)


# ---------------------------------------------------------------- entry points


def detect_format(lines: list[str]) -> str:
    """'agents' when most codes are agent codes (`[~GOV]`, `[IGO~]`), else 'actors'."""
    tilde = plain = 0
    for line in lines:
        for body in re.findall(r"\[([^\]]*)\]", _strip_comment(line)):
            if "~" in body:
                tilde += 1
            else:
                plain += 1
    return "agents" if tilde > plain else "actors"


def convert_petrarch(path: Path, kind: str = "auto") -> ConversionResult:
    """Convert a PETRARCH/TABARI/UniversalPetrarch actor or agents dictionary.

    `kind` is "auto" (detected from the codes), "actors" or "agents".
    """
    if kind not in ("auto", "actors", "agents"):
        raise ValueError(f"kind must be 'auto', 'actors' or 'agents', got {kind!r}")
    text = Path(path).read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    fmt = detect_format(lines) if kind == "auto" else kind
    result = ConversionResult(format=fmt)
    if fmt == "agents":
        _convert_agents(lines, result)
    else:
        _convert_actors(lines, result)
    return result


OUTPUT_FILES = {
    "people": Path("people") / "imported_petrarch.yaml",
    "groups": Path("groups_imported_petrarch.yaml"),
    "agents": Path("agents_imported_petrarch.yaml"),
}


def write_yaml(result: ConversionResult, out_dir: Path, source: str = "") -> list[Path]:
    """Write the non-empty lists of `result` under `out_dir`; returns the files written.

    With `source` (e.g. the dictionary's file stem), file names carry it, so that importing two
    dictionaries into one directory keeps both.
    """
    written = []
    for attr, rel in OUTPUT_FILES.items():
        items = getattr(result, attr)
        if not items:
            continue
        if source:
            rel = rel.with_name(rel.name.replace(
                "imported_petrarch", f"imported_petrarch_{re.sub(r'[^A-Za-z0-9]+', '_', source)}"))
        path = Path(out_dir) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        header = (f"# Imported from a PETRARCH/TABARI dictionary ({len(items)} entries); "
                  "names are the dictionary's, unchecked.\n")
        path.write_text(header + yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=1000),
                        encoding="utf-8")
        written.append(path)
    return written


_TRANSLIT = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i", "ى": "a",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w",
    "ي": "y", "پ": "p", "چ": "ch", "ژ": "zh", "ڤ": "v", "گ": "g", "ک": "k", "ی": "y",
    **{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
}
