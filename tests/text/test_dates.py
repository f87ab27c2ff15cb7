from datetime import date

import pytest
from hypothesis import given, strategies as st

from rasad.text.dates import day_and_month_end, find_dates
from rasad.text.normalize import normalize

REF = date(2021, 5, 20)


@pytest.mark.parametrize("text,expected,relation", [
    ("في يونيو/حزيران المقبل", "2021-06-01", "future"),
    ("في حزيران/يونيو المقبل", "2021-06-01", "future"),
    ("يوم 27 ديسمبر الماضي", "2020-12-27", "past"),
    ("في 3 كانون الثاني 2020", "2020-01-03", "past"),
    ("وقبل ثلاثة أسابيع، زار", "2021-04-29", "past"),
    ("قبل 5 أيام", "2021-05-15", "past"),
    ("بعد يومين", "2021-05-22", "future"),
    ("قال أمس", "2021-05-19", "past"),
    ("أعلنت، أول من أمس، أنها", "2021-05-18", "past"),
    ("وقال أول أمس", "2021-05-18", "past"),
    ("اليوم", "2021-05-20", "present"),
    ("الأسبوع الماضي", "2021-05-13", "past"),
    ("الشهر المقبل", "2021-06-01", "future"),
    ("مطلع العام الجاري", "2021-01-01", "past"),
    ("في 2016", "2016-01-01", "past"),
    ("منذ العام 2003", "2003-01-01", "past"),
    ("في 15 رمضان 1442 هـ", "2021-04-27", "past"),
    ("في ١٥ مايو ٢٠١٩", "2019-05-15", "past"),
])
def test_resolves_against_reference(text, expected, relation):
    found = find_dates(text, REF)
    assert found, text
    assert (found[0].date, found[0].relation) == (expected, relation)
    assert text[found[0].span[0]:found[0].span[1]] == found[0].text


@pytest.mark.parametrize("text", ["أرسل 1300 جندي", "نسبة 3.5 بالمئة", "بعد سنوات من الحروب"])
def test_numbers_are_not_dates(text):
    assert find_dates(text, REF) == []


def test_without_reference_only_explicit_years():
    assert [d.date for d in find_dates("أمس وفي 5 مارس 2020", None)] == ["2020-03-05"]


def test_bare_hijri_month_name_is_not_a_date():
    from datetime import date

    from rasad.text.dates import find_dates

    assert find_dates("التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي", date(2023, 11, 1)) == []
    assert [d.precision for d in find_dates("خلال شهر رمضان الماضي", date(2023, 11, 1))] == ["month"]
    assert find_dates("في 15 رجب 1445 هـ", date(2023, 11, 1))[0].date == "2024-01-27"


@pytest.mark.parametrize("text", ["وجاء الاتفاق بعد أسبوعين من محادثات جنيف", "قبل يومين على الانتخابات",
                                  "صادق البرلمان بعد يومين فقط من إعلان المقاطعة"])
def test_offset_counted_from_another_event_is_not_resolved(text):
    assert find_dates(text, REF) == []


@pytest.mark.parametrize("text", ["وبعد يوم واحد، سقطت قذائف على البلدة", "وبعد يومين، ردّ الجيش بقصف مدفعي"])
def test_a_step_in_the_story_told_is_not_counted_from_the_document_date(text):
    assert find_dates(text, REF) == []


def test_offset_from_now_is_resolved():
    assert [d.date for d in find_dates("بعد يومين من الآن", REF)] == ["2021-05-22"]


@pytest.mark.parametrize("text,expected", [
    ("في السادس عشر من أغسطس/آب 2020", "2020-08-16"),
    ("في التاسع والعشرين من مارس الماضي", "2021-03-29"),
    ("في الأول من أبريل/نيسان الجاري", "2021-04-01"),
    ("في الحادي والثلاثين من ديسمبر 2019", "2019-12-31"),
])
def test_ordinal_day_of_month(text, expected):
    found = find_dates(text, REF)
    assert [d.date for d in found] == [expected] and found[0].precision == "day"


@pytest.mark.parametrize("text", [
    "في يونيو/حزيران المقبل", "في 3 كانون الثاني 2020", "وقبل ثلاثة أسابيع، زار", "قال أمس", "واليوم",
    "الأسبوع الماضي", "مطلع العام الجاري", "منذ العام 2003", "في 15 رمضان 1442 هـ", "الخميس الماضي",
    "في 8 ذي الحجة 1440", "في ١٥ مايو ٢٠١٩", "بعد غد", "وغدا",
])
def test_every_time_expression_passes_the_quick_check(text):
    from rasad.text.tokens import tokenize
    from rasad.text.dates import may_mention_time

    assert find_dates(text, REF)
    assert may_mention_time(t.norm for t in tokenize(text))


def test_a_sentence_without_time_words_fails_the_quick_check():
    from rasad.text.tokens import tokenize
    from rasad.text.dates import may_mention_time

    assert not may_mention_time(t.norm for t in tokenize("واستقبل الرئيس المصري وزير الخارجية الأميركي في القاهرة."))


@pytest.mark.parametrize("word, is_time", [("امس", True), ("الثلاثاء", True), ("الماضي", True), ("المقبله", True),
                                           ("12", True), ("مارس", True), ("لكن", False), ("الرئيس", False)])
def test_a_word_that_can_stand_in_a_date(word, is_time):
    from rasad.text.dates import is_time_word

    assert is_time_word(word) is is_time


@pytest.mark.parametrize("text, found", [("فيما أبدت رئيسة الوزراء تيريزا ماي قلقها", []), ("شركة نيسان", []),
                                         ("مطلع يونيو", ["2019-06-01"]), ("في ماي الماضي", ["2018-05-01"])])
def test_a_month_named_alone_needs_a_word_that_introduces_it(text, found):
    assert [d.date for d in find_dates(text, date(2019, 4, 10))] == found


def test_a_gate_is_not_august():
    # «باب» is «ب» + «آب» (in August) only in spelling: a door or gate, while «في آب» stays a month
    assert find_dates("اندلعت مواجهات قرب باب العامود وعند باب الأسباط", REF) == []
    assert [d.date[5:7] for d in find_dates("في آب الماضي", REF)] == ["08"]
    assert [d.date[5:7] for d in find_dates("منذ آب/أغسطس", REF)] == ["08"]


@pytest.mark.parametrize("text, ref, expected", [
    ("وفي الثاني من أكتوبر/تشرين الأول جمّدت باريس الأصول", date(2019, 1, 9), "2018-10-02"),  # last October
    ("في التاسع عشر من يناير/كانون الثاني", date(2020, 10, 24), "2020-01-19"),
    ("في العاشر من يناير", date(2020, 12, 20), "2021-01-10"),  # three weeks ahead
    ("في 15 مايو", date(2021, 5, 20), "2021-05-15"),
])
def test_a_date_without_its_year_is_the_latest_at_most_two_months_ahead(text, ref, expected):
    assert find_dates(text, ref)[0].date == expected


@pytest.mark.parametrize("words,end", [
    ("في الثالث عشر من مارس / آذار الماضي السفير", 7),
    ("في 9 تشرين الأول 2019 قوات", 4),
    ("في يوليو المقبل الرئيس", 2),
    ("منذ الأول من رمضان الجيش", 3),
])
def test_a_day_and_month_is_measured_in_words(words, end):
    assert day_and_month_end([normalize(w) for w in words.split()], 0) == end


@pytest.mark.parametrize("words", ["في الثالث السفير", "الثالث عشر من الجنود", "يوليو المقبل", "في بيان رسمي"])
def test_no_day_and_month_where_none_is_named(words):
    assert day_and_month_end([normalize(w) for w in words.split()], 0) is None


@given(st.lists(st.sampled_from(["في", "من", "/", "الخامس", "والعشرين", "مايو", "كانون", "الاول", "الماضي", "2020",
                                 "12", "السفير", "شباط"]), max_size=12), st.integers(0, 12))
def test_a_day_and_month_ends_inside_the_words_after_its_start(words, k):
    end = day_and_month_end(words, k)
    assert end is None or k < end < len(words)
