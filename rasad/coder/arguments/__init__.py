"""Argument assignment: who is the actor, the recipient and the mediator of a trigger.

`ArgumentFinder` (finder.py) reads one sentence's phrases and triggers. Its parts build on each other:
the clause structure (clause.py), verb forms and agreement (agreement.py), subjects (subjects.py),
whether a trigger is only another act's content or topic (content.py), frames of particular kinds of
event (frames.py); the words they read are in words.py.
"""
from .finder import ArgumentFinder
from .record import Arguments

__all__ = ["ArgumentFinder", "Arguments"]
