from rasad.text.sentences import split_sentences


def sents(text):
    return [text[s:e] for s, e, _ in split_sentences(text)]


def test_splits_on_arabic_and_latin_terminators():
    assert sents("زار الوزير بغداد. والتقى الرئيس؟ نعم! ثم عاد؛ وانتهى") == [
        "زار الوزير بغداد.", "والتقى الرئيس؟", "نعم!", "ثم عاد؛", "وانتهى"]


def test_not_inside_numbers_or_abbreviations():
    assert sents("ارتفع النمو 3.5 بالمئة. وقال د. أحمد إن") == ["ارتفع النمو 3.5 بالمئة.", "وقال د. أحمد إن"]


def test_closing_quotes_stay_with_sentence():
    assert sents("قال «لن نتراجع.» ثم غادر.") == ["قال «لن نتراجع.»", "ثم غادر."]


def test_line_breaks_and_paragraph_numbers():
    out = split_sentences("الأولى\n\nالثانية. الثالثة\n")
    assert [p for _, _, p in out] == [1, 2, 2]


def test_overlong_runs_are_cut_at_commas():
    from rasad.text.sentences import MAX_SENTENCE

    text = "زار الوزير بغداد، " * 400
    out = split_sentences(text)
    assert len(out) > 1
    assert all(e - s <= MAX_SENTENCE for s, e, _ in out)
    assert all(text[e - 1] == "،" for s, e, _ in out[:-1])


def test_a_quotation_ending_in_its_own_stop_then_a_comma_goes_on():
    assert sents("سألت باور: «ألا تخجلون؟»، متهمة حكوماتهم بالمسؤولية. ثم غادرت.") == [
        "سألت باور: «ألا تخجلون؟»، متهمة حكوماتهم بالمسؤولية.", "ثم غادرت."]
