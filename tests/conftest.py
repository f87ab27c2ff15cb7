import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASAD_SHARED", ROOT.parent / "shared"))
EXAMPLE = SHARED / "examples" / "kadhimi_security_diplomacy.ar.txt"
GSR_DIR = SHARED / "data" / "arabic_event_gsr_dev"

needs_shared = pytest.mark.skipif(not EXAMPLE.exists(), reason=f"../shared is absent ({SHARED}): example article not found")
needs_gsr = pytest.mark.skipif(not GSR_DIR.exists(), reason=f"../shared/data/arabic_event_gsr_dev is absent ({GSR_DIR})")


@pytest.fixture(scope="session")
def coder():
    from rasad.coder.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def rules_coder():
    """The rule coder alone, without the learned detector: for tests of the rule stages."""
    from rasad.coder.pipeline import Coder

    return Coder(detector=None)


@pytest.fixture(scope="session")
def kb():
    from rasad.kb.knowledge import load_kb

    return load_kb(include_user=False)


@pytest.fixture(scope="session")
def resolve(kb):
    """`rasad kb lookup` on the shipped knowledge base, built once for the session."""
    from rasad.kb.lookup import NameLookup

    return NameLookup(kb)


def code(coder, text, date="2021-05-20"):
    from rasad.schema import Document

    return coder.code(Document("t", text, date))


def codes(mentions):
    return sorted({m.entity.code for m in mentions if m.entity.code})


def coded(events):
    """(type, actor codes, recipient codes) of each event, in order."""
    return [(e.event_type, codes(e.actor), codes(e.recipient)) for e in events]
