"""`rasad kb add`: append an entry with dated roles to a user KB file, validated before it is kept."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import yaml

from .loader import KBError, load_file, user_kb_dir

_DEFAULT_FILES = {"person": "people/added.yaml", "group": "groups_added.yaml",
                  "organisation": "organisations_added.yaml"}


def parse_role(text: str) -> dict:
    """`CODE:SECTOR:START:END[:OFFICE]` → a role mapping (empty parts are null)."""
    parts = text.split(":", 4)
    if len(parts) < 4:
        raise ValueError(f"role {text!r}: expected CODE:SECTOR:START:END[:OFFICE]")
    code, sector, start, end = (p.strip() or None for p in parts[:4])
    office = parts[4].strip() if len(parts) > 4 and parts[4].strip() else None
    return {"code": code, "sector": sector, "office": office, "start": start, "end": end}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def add_entry(name_ar: str, kind: str, entry_id: Optional[str], name_en: Optional[str], aliases: list[str],
              roles: list[str], wikidata: Optional[str], target: Optional[Path] = None) -> tuple[Path, dict]:
    """Append the entry to `target` (default: the user KB directory); raises ValueError if invalid."""
    if kind not in _DEFAULT_FILES:
        raise ValueError(f"unknown kind {kind!r}")
    entry_id = entry_id or _slug(name_en or "") or f"user_{abs(hash(name_ar)) % 10**8}"
    entry: dict = {"id": entry_id, "name_en": name_en, "name_ar": name_ar, "wikidata": wikidata,
                   "names": list(dict.fromkeys([name_ar, *aliases]))}
    parsed = [parse_role(r) for r in roles]
    if kind == "organisation":
        if len(parsed) != 1:
            raise ValueError("an organisation takes exactly one --role CODE:SECTOR::")
        entry["code"], entry["sector"] = parsed[0]["code"], parsed[0]["sector"]
    else:
        if not parsed:
            raise ValueError("give at least one --role")
        entry["roles"] = parsed
    path = target or user_kb_dir() / _DEFAULT_FILES[kind]
    path.parent.mkdir(parents=True, exist_ok=True)
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    if before:
        existing = load_file(path)
        if any(e.id == entry_id for e in existing):
            raise ValueError(f"{path} already has an entry with id {entry_id!r} (choose another --id)")
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False)
    path.write_text(before + ("" if not before or before.endswith("\n") else "\n") + block, encoding="utf-8")
    try:
        load_file(path)
    except KBError as e:
        path.write_text(before, encoding="utf-8") if before else path.unlink()
        raise ValueError("; ".join(e.problems)) from None
    return path, entry
