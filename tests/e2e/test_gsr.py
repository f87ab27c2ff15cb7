"""`rasad eval gsr` on the Arabic gold-standard dev half: in-sample figures and actor agreement.

The held-out half judges the detector; these floors only catch a change that loses ground on the
dev half (cross-validation, slower, is reported in benchmarks/RESULTS.md)."""
import re

from click.testing import CliRunner

from rasad.cli import main

from ..conftest import GSR_DIR, needs_gsr


@needs_gsr
def test_gsr_scores_and_actor_agreement_do_not_regress():
    out = CliRunner().invoke(main, ["eval", "gsr", str(GSR_DIR)], catch_exceptions=False).output
    assault, protest = map(float, re.search(r"gsr: assault F1 ([\d.]+), protest F1 ([\d.]+)", out).groups())
    # (in-sample, on the sentences the shipped model was fitted to; a protest whose crowd is counted passes
    # below the threshold, so some negatives the fitted model rejects come back: the honest figure is the
    # cross-validated one in benchmarks/RESULTS.md)
    assert assault >= 0.88 and protest >= 0.77, out[-300:]
    # issue 3: the coded event's actor and recipient codes agree with the annotators' in at least 70%
    for kind in ("assault", "protest"):
        agree, total = map(int, re.search(rf"{kind} actors: (\d+)/(\d+)", out).groups())
        assert agree / total >= 0.70, (kind, agree, total)
