"""rasad: Arabic political event coding into PLOVER records."""
__version__ = "0.1.0"

__all__ = ["__version__", "Coder", "Document", "Event", "code_text"]


def __getattr__(name):  # lazy: importing the package must not load the knowledge base
    if name in ("Coder", "code_text"):
        from .coder import pipeline

        return getattr(pipeline, name)
    if name in ("Document", "Event"):
        from . import schema

        return getattr(schema, name)
    raise AttributeError(name)
