from hypothesis import given, strategies as st

from rasad.text.normalize import normalize, normalize_with_offsets, strip_diacritics


def test_alef_forms_ta_marbuta_alef_maqsura():
    assert normalize("أإآٱ") == "اااا"
    assert normalize("مدرسة") == "مدرسه"
    assert normalize("مستشفى") == "مستشفي"


def test_diacritics_and_tatweel_removed():
    assert normalize("مُحَمَّد") == "محمد"
    assert normalize("العـــراق") == "العراق"


def test_digits_and_punctuation():
    assert normalize("٢٠٢١ و۱۴۰۰") == "2021 و1400"
    assert normalize("«قال»، ثم؟") == '"قال", ثم?'


def test_offsets_point_back_into_original():
    text = "قَالَ الـرئيس"
    norm, offsets = normalize_with_offsets(text)
    assert norm == "قال الرئيس"
    i = norm.index("الرئيس")
    assert text[offsets[i]:offsets[i + len("الرئيس")]].replace("ـ", "") == "الرئيس"


@given(st.text(alphabet=st.sampled_from(list("ابتثأإآىةـًٌٍَُِّْ ٠١٢abc.،")), max_size=60))
def test_offset_map_is_monotonic_and_complete(text):
    norm, offsets = normalize_with_offsets(text)
    assert len(offsets) == len(norm) + 1
    assert offsets[-1] == len(text)
    assert all(a < b for a, b in zip(offsets, offsets[1:]))


def test_stripping_diacritics_keeps_the_letters():
    assert strip_diacritics("يُمنى بـهزيمةٍ") == "يمنى بهزيمة"


@given(st.text(alphabet=st.sampled_from(list("ابتثأإآىةـًٌٍَُِّْ ٠١٢abc.،")), max_size=60))
def test_stripped_text_normalises_as_the_original(text):
    stripped = strip_diacritics(text)
    assert normalize(stripped) == normalize(text)
    assert not any("\u064b" <= ch <= "\u065f" for ch in stripped)
