import pytest

from rasad.text.tokens import Segmenter, tokenize


@pytest.fixture(scope="module")
def seg():
    return Segmenter(["رعاية", "مباحثات", "زيارة", "لقاء", "مملكة", "رياض"])


@pytest.mark.parametrize("word,pre,enc", [
    ("وبالرياض", "وبال", ""),
    ("للمملكة", "لل", ""),
    ("وبرعاية", "وب", ""),
    ("فسيزور", "فس", ""),
    ("وبالمباحثات", "وبال", ""),
    ("زيارته", "", "ه"),
    ("لقائهما", "", "هما"),
    ("ومباحثاتهم", "و", "هم"),
])
def test_clitics_are_split(seg, word, pre, enc):
    tok = tokenize(word, segmenter=seg)[0]
    assert (tok.proclitics, tok.enclitic) == (pre, enc)


@pytest.mark.parametrize("word", ["وزير", "بغداد", "كما", "لبنان", "وزارة", "فلسطين", "بيان", "سوريا", "لافتات"])
def test_words_that_look_like_clitics_stay_whole(seg, word):
    tok = tokenize(word, segmenter=seg)[0]
    assert tok.proclitics == "" and tok.enclitic == ""
    assert tok.keys[0] == tok.norm


def test_a_listed_word_offers_no_shorter_reading():
    # «وسائل فحص ذكية»: the word «فحص» (inspection) is no «ف» + «الحص» (Salim al-Hoss)
    tok = tokenize("فحص", segmenter=Segmenter())[0]
    assert tok.keys == ("فحص",)


@pytest.mark.parametrize("word,bare", [("وكان", "كان"), ("وكانت", "كانت"), ("فكانت", "كانت"), ("ولكن", "لكن")])
def test_a_function_word_after_the_conjunction_is_split_and_read_no_further(seg, word, bare):
    tok = tokenize(word, segmenter=seg)[0]
    # «وكانت» is «و» + «كانت», not also «وك» + «انت»
    assert tok.proclitics == word[0] and tok.keys[-1] == bare


def test_keys_offer_forms_without_proclitics():
    tok = tokenize("وبالرياض")[0]
    assert "رياض" in tok.keys and "الرياض" in tok.keys


def test_stem_keys_restore_ta_marbuta():
    tok = tokenize("زيارته")[0]
    assert "زياره" in tok.stem_keys


def test_stem_keys_drop_the_accusative_alef_but_not_a_pronoun():
    assert "هجوم" in tokenize("هجوما")[0].stem_keys
    # «مصالحها» is her interests and «قضاها» he spent it: never «مصالحة» (reconciliation) nor «قضاة» (judges)
    for word, wrong in (("مصالحها", "مصالحه"), ("قضاها", "قضاه")):
        assert wrong not in tokenize(word)[0].stem_keys, word


def test_stem_keys_read_a_dual_imperfect_as_its_singular():
    assert "يحظر" in tokenize("يحظران")[0].stem_keys and "تتبادل" in tokenize("وتتبادلان")[0].stem_keys
    assert "يحظر" not in tokenize("يحظران")[0].keys  # (a stem reading only: names are matched on keys)
    assert "طهر" not in tokenize("طهران")[0].stem_keys  # (no imperfect prefix, no verb)


def test_spans_index_the_original_text():
    text = "  زار «بيرنز» بغداد، F-35 و٢٠٢١"
    for tok in tokenize(text):
        assert text[tok.span[0]:tok.span[1]] == tok.text
    assert [t.text for t in tokenize(text)] == ["زار", "«", "بيرنز", "»", "بغداد", "،", "F-35", "و", "٢٠٢١"]


def test_longest_known_stem_wins():
    """«وبحث» is و + «بحث» (discussed), not و + ب + «حث» (urged)."""
    from rasad.text.tokens import Segmenter

    seg = Segmenter(["بحث", "حث"])
    assert seg.segment("وبحث") == ("و", "بحث", "")


def test_a_known_word_with_the_alef_of_tanween_is_not_read_as_a_clitic_and_a_name():
    """«بنوداً» is «بنود» (clauses), not «ب» + «نودا» (a name); «لديها» keeps its pronoun suffix."""
    from rasad.text.tokens import Segmenter

    seg = Segmenter(["بنود", "نودا", "لديه"])
    assert seg.segment("بنودا") == ("", "بنودا", "")
    keys, stem_keys, pre, _ = seg.analyse("بنودا", "بنودا")
    assert "نودا" not in keys and "نودا" not in stem_keys and pre == ""
    assert seg.segment("لديها")[2] == "ها"


def test_a_conjunction_before_hamza_below_is_a_clitic():
    from rasad.text.tokens import Segmenter, tokenize

    seg = Segmenter(["والي"])  # «والي» (governor) is a known word
    tok = tokenize("وإلى الإفراج", segmenter=seg)[0]
    assert tok.proclitics == "و" and "والي" not in tok.keys
    assert tokenize("والي الخرطوم", segmenter=seg)[0].keys[0] == "والي"


@pytest.mark.parametrize("word, key", [("فأيد", "ايد"), ("وأحد", "احد"), ("فأوضح", "اوضح")])
def test_a_conjunction_before_hamza_above_is_a_clitic(word, key):
    from rasad.text.tokens import Segmenter, tokenize

    # even when the normalised whole is a known name («فايد»), which stays a key for names written with it
    tok = tokenize(word, segmenter=Segmenter([word]))[0]
    assert tok.proclitics == word[0] and key in tok.keys and tok.norm in tok.keys


@pytest.mark.parametrize("word", ["فأر", "فأس", "وأد"])
def test_a_short_noun_opening_with_waw_or_fa_and_hamza_stays_whole(word):
    from rasad.text.tokens import Segmenter, tokenize

    tok = tokenize(word, segmenter=Segmenter([word]))[0]
    assert tok.proclitics == "" and tok.keys[0] == tok.norm


@pytest.mark.parametrize("word, proclitic, key", [("لإطلاق", "ل", "اطلاق"), ("بإسرائيل", "ب", "اسرائيل"),
                                                  ("كإجراء", "ك", "اجراء")])
def test_a_preposition_before_hamza_below_is_a_clitic(word, proclitic, key):
    from rasad.text.tokens import Segmenter, tokenize

    tok = tokenize(word, segmenter=Segmenter([word]))[0]  # even when the whole word is a known word
    assert tok.proclitics.startswith(proclitic) and key in tok.keys


@pytest.mark.parametrize("word", ["ستين", "سبعين", "وستين"])
def test_number_words_are_no_future_prefix_on_a_name(word):
    tok = tokenize(word, segmenter=Segmenter(["تين", "بعين"]))[0]  # «تين سين» is a name word
    assert "س" not in tok.proclitics


@pytest.mark.parametrize("word", ["سارعت", "وسارع", "ساهمت", "سيطروا"])
def test_a_root_sin_before_an_imperfect_looking_letter_is_no_future_prefix(word):
    tok = tokenize(word, segmenter=Segmenter())[0]
    assert "س" not in tok.proclitics
    assert "س" in tokenize("وسيعقد", segmenter=Segmenter())[0].proclitics


@pytest.mark.parametrize("word", ["سابورو", "سانتياغو", "وسيناريو", "سيناريوهات"])
def test_an_unknown_name_or_a_listed_word_after_sin_is_no_future(word):
    # an unknown «سا…» is a name («سابورو»), not «سأ…» of one speaking of himself; «سيناريو» is listed
    tok = tokenize(word, segmenter=Segmenter())[0]
    assert "س" not in tok.proclitics
    assert "س" in tokenize("ستشمل", segmenter=Segmenter())[0].proclitics


def test_a_plural_verb_keeps_its_dropped_alef_under_a_pronoun():
    from rasad.text.tokens import word_keys
    assert "قتلوا" in word_keys("قتلوهم")[1] and "اعدموا" in word_keys("أعدموه")[1]


def test_a_final_alef_maqsura_written_alef_under_a_pronoun_is_restored():
    # «التقاه», «استدعاه»: «التقى», «استدعى» + «ه»
    from rasad.text.tokens import word_keys
    assert "استدعي" in word_keys("استدعاه")[1] and "تقي" in word_keys("التقاه")[1]


def test_a_verb_with_the_letters_of_the_article_keeps_its_pronoun(rules_coder):
    from rasad.schema import Document
    evs = rules_coder.code(Document("t", "وزار رئيس الوزراء العراقي طهران حيث التقاه المرشد الإيراني علي خامنئي.",
                                    "2019-04-06"))
    assert any(e.trigger.text == "التقاه" and e.event_type == "CONSULT" for e in evs)


def test_an_alef_and_one_letter_before_a_pronoun_suffix_begin_a_longer_word():
    # «آت» (coming) is a known word, but «اتهما» is the dual of «اتهم», while «أنهما» is «أن» with «هما»
    seg = Segmenter(["آت", "اتهم", "أن"])
    assert seg.segment("اتهما") == ("", "اتهما", "")
    assert seg.segment("انهما") == ("", "ان", "هما")


@pytest.mark.parametrize("word, stem", [("بدور", "دور"), ("بخطوة", "خطوه"), ("لحجم", "حجم")])
def test_a_preposition_before_a_short_common_noun_is_a_clitic(word, stem):
    # «وأشاد بدور الجزائر»: the shipped vocabulary knows the noun, so «ب» is split off a stem of three letters
    tok = tokenize(word, segmenter=Segmenter())[0]
    assert tok.proclitics in ("ب", "ل") and stem in tok.keys


@pytest.mark.parametrize("word", ["بدوره", "بدورها", "بدورهم"])
def test_in_turn_is_read_whole(word):
    # «وتتهم طهران بدورها عواصم أوروبية»: "in turn" is an aside, not «ب» + «دور»
    assert tokenize(word, segmenter=Segmenter())[0].proclitics == ""
