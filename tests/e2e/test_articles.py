"""Development articles of the example's kind: pooled seed-style scores.

`tests/data/articles` were read while writing rules; `tests/data/articles_fresh` to
`tests/data/articles_fresh142` were written without seeing the coder and first scored before any
rule was written against them (fresh24–26, fresh29, fresh30, fresh32, fresh34, fresh36, fresh37, fresh40, fresh42,
fresh44, fresh46, fresh48, fresh50, fresh52, fresh54–57, fresh59, fresh62, fresh65, fresh66, fresh68, fresh71,
fresh73, fresh75, fresh77, fresh79, fresh81, fresh83, fresh85, fresh87, fresh89, fresh91, fresh93, fresh95, fresh97,
fresh99, fresh101, fresh103, fresh105, fresh107, fresh109, fresh111, fresh113, fresh115, fresh117, fresh119,
fresh121, fresh123, fresh125, fresh127, fresh129, fresh131, fresh133, fresh135, fresh137, fresh139, fresh141 and
fresh142 are not read).
All are a development check, not a bar: each floor is set just under today's figures so that a change that loses
ground shows up.
Held-out articles of this kind judge the work."""
from pathlib import Path

import pytest

from rasad.eval.scoring import score_article_sets

DATA = Path(__file__).resolve().parents[1] / "data"


def _pooled(coder, folder: Path) -> tuple[float, float]:
    figures = score_article_sets([folder], coder.code).figures
    assert not figures["errors"]
    return figures["core_hits"] / figures["core"], figures["used"] / figures["predicted"]


@pytest.mark.parametrize("folder, min_recall, min_precision", [
    ("articles", 0.63, 0.59),  # «أن الوسطاء يبحثون»: an unnamed subject no longer takes the topic
    ("articles_fresh", 0.64, 0.66),  # 92/137 → 92/138 (0.672 → 0.667) in the thirty-first session: calls MBZ received
    # from several leaders, coded with part of their senders
    ("articles_fresh2", 0.53, 0.54),
    ("articles_fresh3", 0.54, 0.51),
    ("articles_fresh4", 0.54, 0.57),  # «ويلتقي ولي عهدها …، حيث قال إن بلاده»: no object past «، حيث»; a toll is part of its attack
    ("articles_fresh5", 0.41, 0.45),  # a Houthi attack matched only through a guessed target (US) is gone
    ("articles_fresh6", 0.61, 0.63),
    # «حذّر قائد «قسد» مظلوم عبدي» now names its speaker; its gold has no warning; «قُتلوا» is read as voweled,
    # a passive, and no longer lends a doer to the wounded after it
    ("articles_fresh7", 0.49, 0.51),
    ("articles_fresh8", 0.45, 0.43),  # the opening subject stays the topic («ثم توجه إلى غلاسكو، حيث التقى»)
    ("articles_fresh9", 0.42, 0.43),  # «دانت … ما وصفته بـ«العدوان»» is one condemnation, not two
    ("articles_fresh10", 0.50, 0.55),  # «أبدى … في بيان مشترك «الأسف والقلق»» now names its speakers, not yet its target
    ("articles_fresh11", 0.42, 0.49),
    ("articles_fresh12", 0.41, 0.49),  # a strike whose target is only guessed from the document no longer overrules the model
    ("articles_fresh13", 0.51, 0.53),  # read from the tenth session on: arrived at 0.293 / 0.401 (seventh session)
    ("articles_fresh14", 0.61, 0.64),  # read from the eleventh session on: arrived at 0.413 / 0.556 (eighth)
    ("articles_fresh15", 0.44, 0.49),  # read from the twelfth session on: arrived at 0.414 / 0.477 (ninth)
    ("articles_fresh16", 0.47, 0.57),  # read from the thirteenth session on: arrived at 0.360 / 0.552 (tenth)
    ("articles_fresh17", 0.36, 0.39),  # read from the fourteenth session on: arrived at 0.346 / 0.391 (eleventh)
    ("articles_fresh18", 0.44, 0.48),  # read from the fifteenth session on: arrived at 0.463 / 0.500 (twelfth)
    ("articles_fresh19", 0.48, 0.53),  # read from the seventeenth session on: arrived at 0.385 / 0.475 (twelfth)
    ("articles_fresh20", 0.69, 0.60),  # read from the nineteenth session on: arrived at 0.423 / 0.454 (thirteenth)
    ("articles_fresh21", 0.75, 0.57),  # read from the twentieth session on: arrived at 0.463 / 0.448 (fourteenth)
    ("articles_fresh22", 0.53, 0.51),  # read from the twenty-first session on: arrived at 0.373 / 0.447 (sixteenth)
    ("articles_fresh23", 0.53, 0.52),  # read from the twenty-first session on: arrived at 0.362 / 0.510 (sixteenth)
    ("articles_fresh24", 0.32, 0.43),  # not read: arrived at 0.340 / 0.458 with the seventeenth session's code
    ("articles_fresh25", 0.38, 0.43),  # not read: arrived at 0.404 / 0.458 with the eighteenth session's code
    ("articles_fresh26", 0.46, 0.53),  # not read: arrived at 0.480 / 0.542 with the nineteenth session's code
    ("articles_fresh27", 0.56, 0.52),  # read from the twenty-second session on: arrived at 0.300 / 0.393 (twentieth)
    # seen by the twenty-third session (an evaluation dump printed its gold notes), read from then on
    ("articles_fresh28", 0.50, 0.54),  # arrived at 0.460 / 0.545 with the twenty-first session's code
    ("articles_fresh29", 0.39, 0.48),  # not read: arrived at 0.431 / 0.509 with the twenty-second session's code
    ("articles_fresh30", 0.24, 0.48),  # not read: arrived at 0.260 / 0.509 with the twenty-third session's code
    ("articles_fresh31", 0.54, 0.59),  # read from the thirty-third session on: arrived at 0.562 / 0.614 (thirty-second)
    ("articles_fresh32", 0.44, 0.49),  # not read: arrived at 0.467 / 0.510 with the thirty-third session's code
    ("articles_fresh33", 0.50, 0.49),  # read from arrival: 0.525 / 0.517 with the thirty-third session's code
    ("articles_fresh34", 0.46, 0.42),  # not read: arrived at 0.500 / 0.443 (start) and 0.500 / 0.455 (thirty-third)
    ("articles_fresh35", 0.73, 0.56),  # read from arrival: 0.423 / 0.528 with the thirty-fourth session's starting code
    ("articles_fresh36", 0.42, 0.55),  # not read: arrived at 0.424 / 0.563 (start) and 0.446 / 0.577 (thirty-fourth)
    ("articles_fresh37", 0.38, 0.55),  # not read: arrived at 0.397 / 0.577 (start) and 0.411 / 0.583 (thirty-fourth)
    ("articles_fresh38", 0.64, 0.62),  # read from arrival: 0.631 / 0.633 with the fifty-sixth session's starting code
    ("articles_fresh39", 0.63, 0.62),  # read from arrival: 0.470 / 0.560 with the fifty-seventh session's starting code
    ("articles_fresh40", 0.36, 0.49),  # not read: arrived at 0.387 / 0.515 (start) and 0.387 / 0.521 (fifty-seventh)
    ("articles_fresh41", 0.57, 0.55),  # read from arrival: 0.475 / 0.523 with the fifty-eighth session's starting code
    ("articles_fresh42", 0.53, 0.50),  # not read: arrived at 0.550 / 0.514 (start) and 0.550 / 0.521 (fifty-eighth)
    ("articles_fresh43", 0.58, 0.58),  # read from arrival: 0.483 / 0.561 with the fifty-ninth session's starting code
    ("articles_fresh44", 0.26, 0.44),  # not read: arrived at 0.283 / 0.466 (start and fifty-ninth session alike)
    ("articles_fresh45", 0.56, 0.59),  # read from arrival: 0.520 / 0.563 with the sixtieth session's starting code
    ("articles_fresh46", 0.33, 0.41),  # not read: arrived at 0.350 / 0.433 (start and sixtieth session alike)
    ("articles_fresh47", 0.35, 0.52),  # read from arrival: 0.283 / 0.477 with the sixty-first session's starting code
    ("articles_fresh48", 0.28, 0.55),  # not read: arrived at 0.300 / 0.567 (start), 0.300 / 0.573 (sixty-first)
    ("articles_fresh49", 0.40, 0.55),  # read from arrival: 0.383 / 0.565 with the sixty-first session's starting code
    ("articles_fresh50", 0.48, 0.55),  # not read: arrived at 0.500 / 0.581 (start), 0.517 / 0.584 (sixty-second)
    ("articles_fresh51", 0.56, 0.52),  # read from arrival: 0.367 / 0.458 with the sixty-second session's starting code
    ("articles_fresh52", 0.45, 0.54),  # not read: arrived at 0.467 / 0.560 (start and sixty-third session alike)
    ("articles_fresh53", 0.45, 0.50),  # read from arrival: 0.267 / 0.431 with the sixty-third session's starting code
    ("articles_fresh54", 0.26, 0.45),  # not read: arrived at 0.283 / 0.505 (start), 0.283 / 0.500 (sixty-third);
    # 0.478 since the sixty-ninth session (one more event coded), 0.466 since the seventy-sixth (one more
    # event between a parliament and its own government coded), 0.458 since the eighty-second (one more event
    # coded with the entries that session added to the knowledge base)
    ("articles_fresh55", 0.46, 0.53),  # not read: arrived at 0.483 / 0.551 (start and sixty-fourth session alike)
    ("articles_fresh56", 0.43, 0.46),  # not read: arrived at 0.450 / 0.483 (start), 0.450 / 0.487 (sixty-fourth)
    ("articles_fresh57", 0.36, 0.47),  # not read: arrived at 0.383 / 0.490 with the sixty-fifth session's starting code
    ("articles_fresh58", 0.65, 0.48),  # read from arrival: 0.600 / 0.489 with the sixty-fifth session's starting code
    ("articles_fresh59", 0.48, 0.50),  # not read: arrived at 0.500 / 0.533 (start), 0.500 / 0.528 (82f5d70)
    ("articles_fresh60", 0.58, 0.62),  # read from arrival: 0.533 / 0.613 with the sixty-fifth session's starting code
    ("articles_fresh61", 0.51, 0.44),  # read from arrival: 0.533 / 0.463 with the sixty-fifth session's starting code
    ("articles_fresh62", 0.35, 0.48),  # not read: arrived at 0.367 / 0.503 (start and 3ff1b60 alike)
    ("articles_fresh63", 0.56, 0.59),  # read from arrival: 0.467 / 0.571 with the sixty-sixth session's starting code
    ("articles_fresh64", 0.68, 0.55),  # read (glimpsed while it was written): 0.483 / 0.517 with the starting code
    ("articles_fresh65", 0.43, 0.52),  # not read: arrived at 0.450 / 0.547 (start), 0.450 / 0.551 (7 commits in)
    ("articles_fresh66", 0.43, 0.48),  # not read: arrived at 0.450 / 0.503 (start and 816875d alike)
    ("articles_fresh67", 0.55, 0.57),  # read from arrival: 0.517 / 0.571 with the sixty-sixth session's starting code
    ("articles_fresh68", 0.46, 0.53),  # not read: arrived at 0.483 / 0.557 (start and 8083c40 alike)
    ("articles_fresh69", 0.53, 0.49),  # read from arrival: 0.350 / 0.467 with the sixty-seventh session's starting code
    ("articles_fresh70", 0.39, 0.47),  # read from arrival: 0.267 / 0.449 with the sixty-seventh session's starting code
    ("articles_fresh71", 0.40, 0.49),  # not read: arrived at 0.417 / 0.515 (start and arrival alike)
    ("articles_fresh72", 0.50, 0.52),  # read from arrival: 0.333 / 0.461 with the sixty-eighth session's starting code
    ("articles_fresh73", 0.40, 0.57),  # not read: arrived at 0.417 / 0.596 (start and arrival alike)
    ("articles_fresh74", 0.50, 0.43),  # read from arrival: 0.467 / 0.429 with the sixty-ninth session's starting code
    ("articles_fresh75", 0.50, 0.49),  # not read: arrived at 0.517 / 0.516 (start and arrival alike); 0.497 after the
    # seventy-third session read dual imperfect verbs («يحظران»), one more event predicted
    ("articles_fresh76", 0.66, 0.59),  # read from arrival: 0.550 / 0.563 with the seventieth session's starting code
    ("articles_fresh77", 0.36, 0.56),  # not read: arrived at 0.383 / 0.585 (start and arrival alike)
    ("articles_fresh78", 0.56, 0.56),  # read from arrival: 0.433 / 0.523 with the seventy-first session's starting code
    ("articles_fresh79", 0.46, 0.47),  # not read: arrived at 0.483 / 0.503 (start), 0.483 / 0.500 (arrival)
    ("articles_fresh80", 0.56, 0.52),  # read from arrival: 0.500 / 0.531 with the seventy-second session's starting code
    ("articles_fresh81", 0.59, 0.58),  # not read: arrived at 0.583 / 0.599 (start), 0.600 / 0.605 (arrival)
    ("articles_fresh82", 0.53, 0.51),  # read from arrival: 0.350 / 0.455 with the seventy-third session's starting code
    ("articles_fresh83", 0.40, 0.58),  # not read: arrived at 0.400 / 0.597 (start), 0.417 / 0.600 (arrival)
    ("articles_fresh84", 0.55, 0.56),  # read from arrival: 0.533 / 0.562 with the seventy-fourth session's start
    ("articles_fresh85", 0.58, 0.50),  # not read: arrived at 0.583 / 0.511 (start), 0.583 / 0.509 (arrival)
    ("articles_fresh86", 0.35, 0.53),  # read from arrival: 0.300 / 0.515 with the seventy-fifth session's start
    ("articles_fresh87", 0.48, 0.60),  # not read: arrived at 0.483 / 0.607 (start and arrival alike)
    ("articles_fresh88", 0.63, 0.58),  # read from arrival: 0.550 / 0.573 with the seventy-sixth session's start
    ("articles_fresh89", 0.50, 0.60),  # not read: arrived at 0.500 / 0.609 (start and arrival alike)
    ("articles_fresh90", 0.58, 0.46),  # read from arrival: 0.567 / 0.461 with the seventy-seventh session's start
    ("articles_fresh91", 0.51, 0.50),  # not read: arrived at 0.517 / 0.503 (start with one crash fix, and arrival)
    ("articles_fresh92", 0.46, 0.45),  # read from arrival: 0.433 / 0.432 with the seventy-eighth session's start
    ("articles_fresh93", 0.46, 0.49),  # not read: arrived at 0.467 / 0.497 (start and arrival alike)
    ("articles_fresh94", 0.53, 0.56),  # read from arrival: 0.417 / 0.509 with the seventy-ninth session's start
    ("articles_fresh95", 0.44, 0.48),  # not read: arrived at 0.450 / 0.483 (start and arrival alike)
    ("articles_fresh96", 0.48, 0.56),  # read from arrival: 0.300 / 0.510 with the eightieth session's start
    ("articles_fresh97", 0.45, 0.51),  # not read: arrived at 0.450 / 0.514 (start and arrival alike)
    ("articles_fresh98", 0.45, 0.61),  # read from arrival: 0.400 / 0.602 with the eighty-first session's start
    ("articles_fresh99", 0.46, 0.55),  # not read: arrived at 0.467 / 0.556 (start and arrival alike)
    ("articles_fresh100", 0.50, 0.50),  # read from arrival: 0.367 / 0.451 with the eighty-second session's start
    ("articles_fresh101", 0.28, 0.49),  # not read: arrived at 0.283 / 0.493 (start and arrival alike)
    ("articles_fresh102", 0.50, 0.53),  # read from arrival (but for its HDP article, left unread: the same episode as
    # one in fresh103): 0.417 / 0.496 with the eighty-third session's start
    ("articles_fresh103", 0.43, 0.42),  # not read: arrived at 0.433 / 0.427 (start), 0.433 / 0.424 (end)
    ("articles_fresh104", 0.60, 0.58),  # read from arrival: 0.517 / 0.552 with the eighty-fourth session's start
    ("articles_fresh105", 0.50, 0.56),  # not read: arrived at 0.500 / 0.562 (start), 0.500 / 0.562 (end)
    ("articles_fresh106", 0.55, 0.58),  # read from arrival: 0.550 / 0.584 with the eighty-fifth session's start
    ("articles_fresh107", 0.53, 0.46),  # not read: arrived at 0.533 / 0.482 (start), 0.533 / 0.476 (end);
    # 0.567 / 0.469 since the ninety-third session (a warning of what may happen no longer coded: one core event lost)
    ("articles_fresh108", 0.56, 0.53),  # read from arrival: 0.500 / 0.514 with the eighty-sixth session's start
    ("articles_fresh109", 0.45, 0.48),  # not read: arrived at 0.450 / 0.486 (start), 0.450 / 0.490 (end)
    ("articles_fresh110", 0.61, 0.56),  # read from arrival: 0.550 / 0.534 with the eighty-seventh session's start
    ("articles_fresh111", 0.48, 0.47),  # not read: arrived at 0.483 / 0.474 (start), 0.483 / 0.474 (end)
    ("articles_fresh112", 0.60, 0.58),  # read from arrival: 0.567 / 0.567 with the eighty-seventh session's start
    ("articles_fresh113", 0.35, 0.51),  # not read: arrived at 0.350 / 0.516 (start), 0.350 / 0.516 (end)
    ("articles_fresh114", 0.68, 0.58),  # read from arrival: 0.617 / 0.559 with the eighty-eighth session's start
    ("articles_fresh115", 0.65, 0.54),  # not read: arrived 0.633 / 0.564, 0.650 / 0.562; 0.650 / 0.559 (session 89);
        # 0.667 / 0.552 in the ninety-second (two more events coded, one of them right)
    ("articles_fresh116", 0.56, 0.60),  # read from arrival: 0.467 / 0.556 with the eighty-eighth session's start
    ("articles_fresh117", 0.43, 0.55),  # not read: arrived at 0.433 / 0.570 (start), 0.433 / 0.566 (end); 0.559 after indefinite titles stopped taking an earlier holder
    ("articles_fresh118", 0.68, 0.68),  # read from arrival: 0.617 / 0.667 with the eighty-ninth session's start
    ("articles_fresh119", 0.48, 0.49),  # not read: arrived at 0.483 / 0.500 (start), 0.483 / 0.497 (end)
    ("articles_fresh120", 0.63, 0.58),  # read from arrival: 0.617 / 0.586 with the ninetieth session's start
    ("articles_fresh121", 0.48, 0.52),  # not read: arrived at 0.500 / 0.528 (start and arrival alike)
    ("articles_fresh122", 0.41, 0.55),  # read from arrival: 0.433 / 0.561 with the ninetieth session's start
    ("articles_fresh123", 0.60, 0.50),  # not read: arrived at 0.617 / 0.520 (0.517 with the code of arrival)
    ("articles_fresh124", 0.36, 0.48),  # read from arrival: 0.383 / 0.500 with the ninety-first session's start
    ("articles_fresh125", 0.36, 0.46),  # not read: arrived at 0.383 / 0.478 with the ninety-first session's start
    ("articles_fresh126", 0.26, 0.55),  # read from arrival: 0.283 / 0.571 with the ninety-first session's start
    ("articles_fresh127", 0.53, 0.50),  # not read: arrived at 0.550 / 0.518 with the ninety-first session's start
    ("articles_fresh128", 0.31, 0.40),  # read from arrival: 0.333 / 0.416 with the ninety-first session's start
    ("articles_fresh129", 0.26, 0.41),  # not read: arrived at 0.283 / 0.428 with the ninety-first session's start
    ("articles_fresh130", 0.61, 0.52),  # read from arrival: 0.633 / 0.538 with the ninety-first session's start
    ("articles_fresh131", 0.46, 0.53),  # not read: arrived at 0.483 / 0.547 with the ninety-first session's start
    ("articles_fresh132", 0.54, 0.56),  # read from arrival: 0.567 / 0.583 with the ninety-second session's start
    ("articles_fresh133", 0.38, 0.39),  # not read: arrived at 0.400 / 0.408 with the ninety-second session's start
    ("articles_fresh134", 0.35, 0.48),  # read from arrival: 0.367 / 0.500 with the ninety-second session's start
    ("articles_fresh135", 0.48, 0.57),  # not read: arrived at 0.500 / 0.598 with the ninety-second session's start
    ("articles_fresh136", 0.46, 0.46),  # read from arrival: 0.483 / 0.481 with the ninety-third session's start
    ("articles_fresh137", 0.36, 0.44),  # not read: arrived at 0.383 / 0.460 with the ninety-third session's start
    ("articles_fresh138", 0.58, 0.55),  # read from arrival: 0.600 / 0.573 with the ninety-third session's start
    ("articles_fresh139", 0.34, 0.56),  # not read: arrived at 0.367 / 0.583 with the ninety-third session's start
    ("articles_fresh140", 0.46, 0.50),  # read from arrival: 0.483 / 0.523 with the ninety-fourth session's start
    ("articles_fresh141", 0.38, 0.44),  # not read: arrived at 0.400 / 0.463 with the ninety-fourth session's start
    ("articles_fresh142", 0.51, 0.60),  # not read: arrived at 0.533 / 0.619 with the ninety-fourth session's start
])
def test_pooled_scores_on_development_articles(coder, folder, min_recall, min_precision):
    recall, precision = _pooled(coder, DATA / folder)
    assert recall >= min_recall and precision >= min_precision, (recall, precision)
