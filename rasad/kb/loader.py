"""Reads and validates knowledge-base YAML files (shipped data, user directory, --kb paths).

Each file is a YAML list; its kind comes from its name (countries*, organisations*, groups*,
agents*, or anything under a `people` folder / named people*). Errors carry file and line numbers
and nothing of a file with errors is loaded.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

import yaml

from .cache import cached_parse
from .model import KBEntry, Role, parse_partial_date

_Composer = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # nodes only: `_value` types the scalars
CODE_RE = re.compile(r"^(?:[A-Z]{3})$")
SECTORS = frozenset(
    "GOV MIL SPY LEG JUD COP OPP REB UAF CVL BUS MED REL EDU REF HLH LAB ELI PTY IGO NGO AGR ENV "
    "CRM DEV HRI MOD RAD SEP".split()
)
AGENT_KINDS = frozenset({"title", "body", "group"})
USER_KB_ENV = "RASAD_KB_DIR"


class KBError(ValueError):
    """A knowledge-base file that cannot be loaded; `problems` lists every error found."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class _Item:
    value: dict
    line: int


_PLAIN_VALUES = {"null": None, "~": None, "": None, "true": True, "True": True, "false": False, "False": False}


def _value(node: yaml.Node, top: bool = False):
    """A composed YAML node as Python data: an unquoted null/true/false is typed, every other scalar
    (dates and years too) stays a string for the builders to read; each top-level mapping records its
    line. (Much faster than PyYAML's constructors, whose implicit typing the builders do not need.)"""
    if isinstance(node, yaml.ScalarNode):
        return _PLAIN_VALUES.get(node.value, node.value) if not node.style else node.value  # (plain: None or "")
    if isinstance(node, yaml.SequenceNode):
        return [_value(n, top) for n in node.value]
    mapping = {_value(k): _value(v) for k, v in node.value}
    if top:
        mapping["__line__"] = node.start_mark.line + 1
    return mapping


def kind_of_file(path: Path) -> Optional[str]:
    name = path.name.lower()
    if "people" in (p.lower() for p in path.parts[-3:-1]) or name.startswith("people"):
        return "person"
    for prefix, kind in (("countries", "country"), ("organisations", "organisation"),
                         ("organizations", "organisation"), ("groups", "group"), ("agents", "agent")):
        if name.startswith(prefix):
            return kind
    return None


def shipped_files() -> list[Path]:
    root = Path(str(resources.files("rasad.kb").joinpath("data")))
    return sorted(p for p in root.rglob("*.yaml"))


def user_kb_dir() -> Path:
    """The user's KB directory: $RASAD_KB_DIR, else ~/.config/rasad/kb."""
    return Path(os.environ.get(USER_KB_ENV) or Path.home() / ".config" / "rasad" / "kb")


def user_files(extra: Iterable[str | os.PathLike] = ()) -> list[Path]:
    """Files from the user KB directory, then `extra` paths (files or directories)."""
    out: list[Path] = []
    user_dir = user_kb_dir()
    if user_dir.is_dir():
        out.extend(sorted(user_dir.rglob("*.yaml")))
    return out + expand_paths(extra)


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files as given; directories replaced by the YAML files below them."""
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.rglob("*.yaml")) if p.is_dir() else [p])
    return out


def load_file(path: Path) -> list[KBEntry]:
    """Parse and validate one file; raises KBError listing every problem with its line."""
    kind = kind_of_file(path)
    if kind is None:
        raise KBError([f"{path}: cannot tell what the file holds from its name "
                       "(expected countries*, organisations*, groups*, agents* or people*)"])
    try:
        data = path.read_bytes()
    except OSError as e:
        raise KBError([f"{path}: cannot read: {e}"]) from None
    return cached_parse(path, data, lambda d: _parse(path, kind, d))


def _parse(path: Path, kind: str, data: bytes) -> list[KBEntry]:
    try:
        node = yaml.compose(data.decode("utf-8"), Loader=_Composer)
        raw = None if node is None else _value(node, top=True)
    except UnicodeDecodeError as e:
        raise KBError([f"{path}: cannot read: {e}"]) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise KBError([f"{path}{where}: invalid YAML: {getattr(e, 'problem', e)}"]) from None
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise KBError([f"{path}:1: expected a list of entries"])
    problems: list[str] = []
    entries: list[KBEntry] = []
    for n, item in enumerate(raw):
        line = item.get("__line__", 0) if isinstance(item, dict) else 0
        where = f"{path}:{line}"
        if not isinstance(item, dict):
            problems.append(f"{path}: item {n + 1}: expected a mapping")
            continue
        try:
            entries.append(_BUILDERS[kind](item, where))
        except ValueError as e:
            problems.append(f"{where}: {e}")
    if problems:
        raise KBError(problems)
    return entries


def _strings(item: dict, key: str, required: bool = False) -> list[str]:
    value = item.get(key)
    if value is None:
        if required:
            raise ValueError(f"missing '{key}'")
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"'{key}' must be a list of non-empty strings")
    if required and not value:
        raise ValueError(f"'{key}' must not be empty")
    return [v.strip() for v in value]


def _code(value, field: str = "code", allow_null: bool = True) -> Optional[str]:
    if value is None and allow_null:
        return None
    if not isinstance(value, str) or not CODE_RE.match(value):
        raise ValueError(f"'{field}' must be a three-letter upper-case code, got {value!r}")
    return value


def _sector(value) -> Optional[str]:
    if value is None:
        return None
    if value not in SECTORS:
        raise ValueError(f"unknown sector {value!r} (known: {', '.join(sorted(SECTORS))})")
    return value


def _wikidata(value) -> Optional[str]:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"Q\d+", value):
        raise ValueError(f"'wikidata' must be a Q-id or null, got {value!r}")
    return value


_ROLE_KEYS = frozenset({"code", "sector", "office", "start", "end", "__line__"})  # the loader notes lines


def _roles(item: dict) -> list[Role]:
    raw = item.get("roles")
    if not isinstance(raw, list) or not raw:
        raise ValueError("'roles' must be a non-empty list")
    roles = []
    for r in raw:
        if not isinstance(r, dict):
            raise ValueError("each role must be a mapping")
        if unknown := set(r) - _ROLE_KEYS:
            # «office: Minister of Labour, Health and …» unquoted in a flow mapping splits at the comma
            raise ValueError(f"role {r.get('office')!r} has unknown keys {sorted(map(str, unknown))} "
                             "(quote an office that contains a comma)")
        start = parse_partial_date(r.get("start"))
        end = parse_partial_date(r.get("end"), end=True)
        if start and end and end < start:
            raise ValueError(f"role {r.get('office')!r} ends ({end}) before it starts ({start})")
        roles.append(Role(_code(r.get("code")), _sector(r.get("sector")), r.get("office"), start, end))
    return roles


def _id(item: dict) -> str:
    value = item.get("id")
    if not isinstance(value, str) or not value:
        raise ValueError("missing 'id'")
    return value


def _country(item: dict, where: str) -> KBEntry:
    code = _code(item.get("code"), allow_null=False)
    return KBEntry(
        id=code, kind="country", name_en=item.get("name_en"), name_ar=item.get("name_ar"),
        wikidata=_wikidata(item.get("wikidata")), names=_strings(item, "names", required=True),
        roles=[Role(code, None, None, None, None)], source=where,
        capitals=_strings(item, "capitals"), seats=_strings(item, "seats"),
        demonyms=_strings(item, "demonyms"), demonym_forms=_strings(item, "demonym_forms"),
        places=_strings(item, "places"),
    )


def _organisation(item: dict, where: str) -> KBEntry:
    role = Role(_code(item.get("code"), allow_null=False), _sector(item.get("sector")),
                item.get("name_en"), None, None)
    members = [_code(c, "members", allow_null=False) for c in _strings(item, "members")]
    return KBEntry(_id(item), "organisation", item.get("name_en"), item.get("name_ar"),
                   _wikidata(item.get("wikidata")), _strings(item, "names", required=True), [role], where,
                   members=members)


def _group(item: dict, where: str) -> KBEntry:
    context_names = _strings(item, "context_names")
    if any(len(n.split()) != 1 for n in context_names):
        raise ValueError("'context_names' must be single words")
    return KBEntry(_id(item), "group", item.get("name_en"), item.get("name_ar"),
                   _wikidata(item.get("wikidata")), _strings(item, "names", required=True), _roles(item), where,
                   short_names=_strings(item, "short_names"), context_names=context_names,
                   branches=_strings(item, "branches"))


def _person(item: dict, where: str) -> KBEntry:
    gender = item.get("gender")
    if gender not in (None, "f", "m"):
        raise ValueError(f"'gender' must be f or m, got {gender!r}")
    return KBEntry(_id(item), "person", item.get("name_en"), item.get("name_ar"),
                   _wikidata(item.get("wikidata")), _strings(item, "names", required=True), _roles(item), where,
                   gender=gender)


def _agent(item: dict, where: str) -> KBEntry:
    phrase = item.get("phrase")
    if not isinstance(phrase, str) or not phrase.strip():
        raise ValueError("missing 'phrase'")
    kind = item.get("kind")
    if kind not in AGENT_KINDS:
        raise ValueError(f"'kind' must be one of {sorted(AGENT_KINDS)}, got {kind!r}")
    role = Role(_code(item.get("code")), _sector(item.get("sector")), item.get("office"), None, None)
    adjective, nisba_only = item.get("adjective", False), item.get("nisba_only", False)
    for name, value in (("adjective", adjective), ("nisba_only", nisba_only)):
        if not isinstance(value, bool):
            raise ValueError(f"'{name}' must be true or false, got {value!r}")
    unqualified = _code(item.get("unqualified_code"), "unqualified_code")
    if unqualified is not None and role.code is not None:
        raise ValueError("'unqualified_code' is for phrases without a fixed 'code'")
    return KBEntry(f"agent:{phrase.strip()}", "agent", item.get("office"), phrase.strip(), None,
                   [phrase.strip()], [role], where, agent_kind=kind, adjective=adjective,
                   nisba_only=nisba_only, unqualified_code=unqualified)


_BUILDERS = {"country": _country, "organisation": _organisation, "group": _group,
             "person": _person, "agent": _agent}


def unknown_branches(files: Iterable[tuple[Path, list[KBEntry]]]) -> list[str]:
    """A problem for each branch id a group of `files` lists that no group of them defines."""
    files = list(files)
    groups = {e.id for _, entries in files for e in entries if e.kind == "group"}
    return [f"{path}: group {e.id!r} lists an unknown branch {b!r}"
            for path, entries in files for e in entries for b in e.branches if b not in groups]


# words that open the name of a group, never a person's («كتائب حزب الله», «حركة 23 مارس»; not «لواء», a
# general's rank too)
_GROUP_HEADS = frozenset("تنظيم حركة الحركة كتائب كتيبة جماعة الجماعة جبهة الجبهة حزب الحزب ألوية جيش "
                         "سرايا قوات قوة فيلق عصائب ميليشيا مليشيا وحدات فرقة الفرقة تحالف ائتلاف تنسيقية".split())


def groups_among_people(files: Iterable[tuple[Path, list[KBEntry]]]) -> list[str]:
    """A problem for each person entry every one of whose names opens with a word that opens group names: a
    group listed in a people file, which the loader would read as a person (its last word a family name)."""
    return [f"{path}: person {e.id!r} is named like a group ({e.names[0]}): list it in a groups file"
            for path, entries in files for e in entries
            if e.kind == "person" and all(n.split()[0] in _GROUP_HEADS for n in e.names)]


def repeated_ids(files: Iterable[tuple[Path, list[KBEntry]]]) -> list[str]:
    """A problem for each entry whose id an earlier entry of `files` (each path with its loaded entries) already
    has, of its kind or another (a company listed once as a group and once as an organisation)."""
    first: dict[str, tuple[str, Path]] = {}
    problems = []
    for path, entries in files:
        for e in entries:
            if e.id in first:
                kind, where = first[e.id]
                problems.append(f"{path}: {e.kind} id {e.id!r} is already defined in {where.name} (as {kind})")
            else:
                first[e.id] = (e.kind, Path(path))
    return problems


def load_entries(paths: Iterable[Path]) -> tuple[list[KBEntry], list[str]]:
    """Load entries from `paths` in order; a later entry with the same id replaces an earlier one.

    Returns the entries and the problems of files that could not be loaded (those files are skipped whole).
    """
    by_id: dict[tuple[str, str], KBEntry] = {}
    problems: list[str] = []
    for path in paths:
        try:
            for e in load_file(Path(path)):
                by_id[(e.kind, e.id)] = e
        except KBError as err:
            problems.extend(err.problems)
    return with_feminine_titles(list(by_id.values())), problems


# first words of titles that take «ة» in the feminine («وزير الأمن الداخلي» → «وزيرة الأمن الداخلي»)
_GENDERED_HEADS = frozenset("وزير رئيس سفير مستشار مدير نائب مبعوث ممثل مساعد مندوب متحدث المتحدث".split())


def with_feminine_titles(entries: list[KBEntry]) -> list[KBEntry]:
    """Each title also named in the feminine, where no agent entry lists that form of its own (which
    would make one phrase two agents)."""
    listed = {n for e in entries if e.kind == "agent" for n in e.names}

    def feminine(e: KBEntry) -> Optional[str]:
        head, _, rest = e.name_ar.partition(" ")
        form = f"{head}ة {rest}"
        return form if e.agent_kind == "title" and head in _GENDERED_HEADS and rest and form not in listed else None

    return [replace(e, names=[*e.names, form]) if e.kind == "agent" and (form := feminine(e)) else e
            for e in entries]
