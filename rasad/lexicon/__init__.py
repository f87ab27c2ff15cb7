"""The event lexicon: Arabic trigger patterns mapped to PLOVER types, modes and CAMEO codes."""
from .lexicon import FRAMES, Lexicon, LexiconEntry, LexiconError, load_lexicon

__all__ = ["FRAMES", "Lexicon", "LexiconEntry", "LexiconError", "load_lexicon"]
