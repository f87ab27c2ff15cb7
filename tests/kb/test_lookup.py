from datetime import date

import pytest

from rasad.kb.lookup import lookup

CASES = [
    # (text, date, code, sector) — facts, not taken from any test article
    ("الكاظمي", "2018-01-01", "IRQ", "SPY"),
    ("مصطفى الكاظمي", "2021-05-20", "IRQ", "GOV"),
    ("نوري المالكي", "2008-06-01", "IRQ", "GOV"),
    ("رئيس جهاز المخابرات السعودي", "2021-05-20", "SAU", "SPY"),
    ("وزارة الدفاع الأمريكية", "2021-05-20", "USA", "MIL"),
    ("مجلس النواب العراقي", "2021-05-20", "IRQ", "LEG"),
    ("البيت الأبيض", "2021-05-20", "USA", "GOV"),
    ("الكرملين", "2021-05-20", "RUS", "GOV"),
    ("الإليزيه", "2021-05-20", "FRA", "GOV"),
    ("الرياض", "2021-05-20", "SAU", "GOV"),
    ("طهران", "2021-05-20", "IRN", "GOV"),
    ("الحوثيين", "2021-05-20", "YEM", "REB"),
    ("حزب الله", "2021-05-20", "LBN", "REB"),
    ("أبو مازن", "2015-01-01", "PSE", "GOV"),
    ("أردوغان", "2010-01-01", "TUR", "GOV"),
    ("الجيش الإسرائيلي", "2021-05-20", "ISR", "MIL"),
    ("الشرطة العراقية", "2021-05-20", "IRQ", "COP"),
    ("وزير خارجية إيران", "2021-05-20", "IRN", "GOV"),
    ("حركة طالبان", "2010-01-01", "AFG", "REB"),
    ("حركة طالبان", "2022-01-01", "AFG", "GOV"),
]


@pytest.mark.parametrize("text,when,code,sector", CASES)
def test_lookup_with_dates(kb, text, when, code, sector):
    results = lookup(kb, text, date.fromisoformat(when))
    assert results, text
    assert (results[0]["code"], results[0]["sector"]) == (code, sector)


def test_unknown_text_gives_empty_list(kb):
    assert lookup(kb, "كلام عادي لا أسماء فيه", date(2021, 1, 1)) == []


@pytest.mark.parametrize("adjective", ["السعودي", "السعودية", "السعوديين", "السعوديون"])
def test_demonym_forms_are_generated(kb, adjective):
    results = lookup(kb, f"الجيش {adjective}", date(2021, 1, 1))
    assert results[0]["code"] == "SAU"


def test_press_spelling_variants(kb):
    assert lookup(kb, "الأميركية", date(2021, 1, 1))[0]["code"] == "USA"
    assert lookup(kb, "الأمريكية", date(2021, 1, 1))[0]["code"] == "USA"
