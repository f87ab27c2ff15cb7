"""Clues: the small word tests the Coder's rules ask of a sentence's tokens and phrases (is the signed object a
decree? what deed does a condemnation condemn? whom does a warning warn?), moved out of `pipeline.py` so that each
idea has one place: `talks` (meetings, visits, accords, statements), `judgements` (condemnation, accusation,
welcome, summons, attacks in words), `threats` (warnings, conditions, ultimatums, vows), `force` (attacks, protests,
arrests, projectiles, troops), `parties` (picking and checking an act's parties), `senses` (a trigger word used in
another sense) and `dates` (when an act happened, or that it is background). They read tokens, phrases and the
discourse, and never import the pipeline."""
