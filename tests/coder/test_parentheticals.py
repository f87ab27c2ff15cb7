"""Parenthetical asides: a short group in round brackets after a word is read past, its name lent to what it glosses."""

import pytest

from rasad.coder.mentions import DocumentMemory
from rasad.coder.parentheticals import bracket_asides, lend_codes, without_asides
from rasad.schema import Document

from ..conftest import code, coded


def sentence(rules_coder, text):
    return rules_coder.sentences(Document("d", text))[0]


def words(tokens):
    return [t.text for t in tokens]


def test_a_short_group_after_a_word_is_an_aside(rules_coder):
    sent = sentence(rules_coder, "أعلنت وزارة الدفاع الأميركية (البنتاغون) إرسال حاملة طائرات (80 كلم).")
    assert [(words(sent.tokens)[a], words(sent.tokens)[b]) for a, b in bracket_asides(sent.tokens)] \
        == [("(", ")"), ("(", ")")]
    shorter, glosses = without_asides(sent)
    assert "(" not in words(shorter.tokens) and "البنتاغون" not in words(shorter.tokens)
    assert words(glosses[words(shorter.tokens).index("الأميركية")]) == ["البنتاغون"]
    assert shorter.span == sent.span  # the tokens keep their offsets into the document


@pytest.mark.parametrize("text", [
    "(أ ف ب) أعلنت الحكومة تعليق المفاوضات.",  # nothing before it to gloss
    "أعلنت الحكومة (في بيان طويل صدر عنها مساء أمس بعد اجتماع) تعليق المفاوضات.",  # too long to be a gloss
    "أعلنت الحكومة ( تعليق المفاوضات.",  # never closed
])
def test_a_group_that_glosses_no_word_or_is_long_stays(rules_coder, text):
    assert bracket_asides(sentence(rules_coder, text).tokens) == []


def test_a_dateline_keeps_its_brackets(rules_coder):
    sent = sentence(rules_coder, "دمشق (سانا) - أعلنت الحكومة (رسمياً) تعليق المفاوضات.")
    opening = 4  # the dateline's tokens: «دمشق», «(», «سانا», «)»
    assert [sent.tokens[a].span[0] for a, _ in bracket_asides(sent.tokens, opening)] == [sent.tokens[7].span[0]]


def lent(rules_coder, text):
    """The codes of the mentions of `text` read without its asides, before and after the asides lend theirs."""
    sent, glosses = without_asides(sentence(rules_coder, text))
    nps = rules_coder.mentions.find(sent.tokens, None, DocumentMemory())
    glossed = {k: rules_coder.mentions.find(ws, None, DocumentMemory()) for k, ws in glosses.items()}
    return [np.code for np in nps], [np.code for np in lend_codes(sent.tokens, nps, glossed)]


def test_a_name_in_the_brackets_is_lent_to_what_names_no_one(rules_coder):
    assert lent(rules_coder, "وحضر رئيس جهاز الأمن العام (الشاباك) الاجتماع.") == ([None, None], [None, "ISR"])
    # a phrase that names its own state keeps it
    assert lent(rules_coder, "وحضر رئيس الوزراء المصري (الشاباك) الاجتماع.") == (["EGY"], ["EGY"])


@pytest.mark.parametrize("text, expected", [
    # a verb and the noun it governs, and a verb and its object
    ("أعلنت وزارة الدفاع الأميركية (البنتاغون) إرسال حاملة طائرات إلى المنطقة.", ("MOBILIZE", ["USA"], [])),
    ("أوقفت تركيا (رويترز) جميع عمليات التصدير والاستيراد مع إسرائيل.", ("SANCTION", ["TUR"], ["ISR"])),
    # a list of subjects
    ("رفضت مصر (أ ف ب) والأردن اقتراح الرئيس الأمريكي دونالد ترامب نقل فلسطينيين من غزة.",
     ("REJECT", ["EGY", "JOR"], ["USA"])),
])
def test_an_aside_parts_no_verb_from_what_it_needs(rules_coder, text, expected):
    assert expected in coded(code(rules_coder, text, "2025-02-01"))
