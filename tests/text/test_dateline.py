from hypothesis import given, strategies as st

from rasad.text.dateline import find_dateline


def _parts(text):
    d = find_dateline(text)
    if d is None:
        return None
    return text[d.place[0]:d.place[1]], d.agency and text[d.agency[0]:d.agency[1]], text[d.span[1]:]


def test_place_and_agency_of_a_dateline():
    assert _parts("عمّان (بترا) - دانت وزارة الخارجية") == ("عمّان", "بترا", "دانت وزارة الخارجية")
    assert _parts("باريس/الجزائر (الجزيرة نت) – أكد الرئيس") == ("باريس/الجزائر", "الجزيرة نت", "أكد الرئيس")
    assert _parts("بئر السبع - سقط صاروخ") == ("بئر السبع", None, "سقط صاروخ")


def test_sentences_with_an_early_dash_are_not_datelines():
    assert find_dateline("قال الرئيس الأمريكي جو بايدن - في كلمة - إن") is None
    assert find_dateline("أعلنت وزارة الخارجية، في بيان - نشرته أمس") is None
    assert find_dateline("3 - قرر المجلس") is None


@given(st.lists(st.sampled_from(list("عمان بترا()-–/ .،\n") + ["واس", "الرياض "]), max_size=40).map("".join))
def test_dateline_spans_lie_inside_the_text(text):
    d = find_dateline(text)
    if d is not None:
        assert 0 <= d.place[0] < d.place[1] <= d.span[1] <= len(text)
        if d.agency:
            assert d.place[1] < d.agency[0] < d.agency[1] < d.span[1]
