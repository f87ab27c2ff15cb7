"""The layers of `ArgumentFinder` one at a time: clause structure, agreement, subjects, content and
frames (tests/coder/test_arguments.py tests whole constructions through the coder)."""
from datetime import date

import pytest

from rasad.coder.arguments import ArgumentFinder
from rasad.coder.arguments.record import Zone
from rasad.coder.mentions import DocumentMemory
from rasad.schema import Document


@pytest.fixture(scope="module")
def read(rules_coder):
    """`read(text)`: the first sentence's finder, with its phrases and triggers by their text."""
    def reader(text):
        doc = Document("t", text, "2021-05-20")
        sent = rules_coder.sentences(doc)[0]
        nps = rules_coder.mentions.find(sent.tokens, date(2021, 5, 20), DocumentMemory())
        for np in nps:
            np.text = text[np.span[0]:np.span[1]]
        triggers = rules_coder.triggers(sent, nps)
        for t in triggers:
            t.text = text[t.span[0]:t.span[1]]
        finder = ArgumentFinder(sent.tokens, nps, triggers)
        words = [t.text for t in sent.tokens]
        return finder, {t.text: t for t in triggers}, words
    return reader


def test_clause_an_adverbial_set_off_by_commas_is_an_aside(read):
    finder, _, words = read("أعرب الوزير، في ختام اجتماع مع نظيره الأردني، عن قلقه.")
    aside = {words[k] for k in finder.adverbial_asides}
    assert {"ختام", "اجتماع", "نظيره", "الأردني"} <= aside
    assert not {"أعرب", "الوزير", "قلقه"} & aside


def test_clause_time_adverbials_set_off_by_commas_are_asides(read):
    for head in ("غداة", "عشية", "قبيل", "إبان"):
        finder, _, words = read(f"أعلن الرئيس، {head} عودته من جنيف، سحب ترشحه وتأجيل الانتخابات.")
        assert {"عودته", "جنيف"} <= {words[k] for k in finder.adverbial_asides}, head


def test_clause_a_comma_opening_a_clause_closes_no_aside(read):
    finder, _, words = read("أعلن الرئيس حالة الطوارئ، بعد احتجاجات واسعة في العاصمة، فيما أحرق محتجون محطات للمترو.")
    assert not {words[k] for k in finder.adverbial_asides} & {"احتجاجات", "العاصمة"}


def test_clause_an_attribution_set_off_by_commas(read):
    finder, _, words = read("قال الجيش، وفق ما نقلته وكالة الأنباء الرسمية، إن قواته قصفت مواقع للمسلحين.")
    attribution = {words[k] for k in finder.attributions}
    assert {"وفق", "نقلته", "وكالة"} <= attribution
    assert not {"الجيش", "قواته", "قصفت"} & attribution


def test_clause_a_comma_opening_a_new_clause_ends_the_zone(read):
    finder, triggers, words = read("استقبل الرئيس المصري وزير الخارجية الأميركي، فيما طالبت حماس بوقف إطلاق النار.")
    end = finder.clause_end(triggers["استقبل"])
    assert words[end] == "،" and words[end + 1] == "فيما"


def test_agreement_the_feminine_perfect(read):
    finder, triggers, _ = read("طالبت الحكومة العراقية تركيا بالإفراج عن المعتقلين.")
    assert finder.feminine_verb(triggers["طالبت"])
    finder, triggers, _ = read("طالب الرئيس العراقي تركيا بالإفراج عن المعتقلين.")
    assert not finder.feminine_verb(triggers["طالب"])


def test_subjects_the_person_after_an_opening_place(read):
    finder, _, _ = read("وفي بيروت، ترأس ميقاتي اجتماعاً للحكومة اللبنانية.")
    assert finder.opening_subject().text == "ميقاتي"


def test_content_what_a_demand_asks_for_and_what_talks_are_about(read):
    finder, triggers, _ = read("طالبت الحكومة العراقية تركيا بالإفراج عن المعتقلين.")
    assert finder.is_nested_content(triggers["بالإفراج"]) and not finder.is_nested_content(triggers["طالبت"])
    finder, triggers, _ = read("أعلنت طهران رفضها مناقشة الاتفاق النووي مع واشنطن.")
    assert finder.is_topic_of_discussion(triggers["الاتفاق"])
    assert not finder.is_topic_of_discussion(triggers["رفضها"])


def test_frames_whom_the_dead_fought_who_suffered_what_is_protested(read):
    finder, triggers, _ = read("قتل ثلاثة متظاهرين في مواجهات مع قوات الأمن العراقية.")
    assert finder.fought_with(triggers["قتل"]).code == "IRQ"
    finder, triggers, _ = read("تعرضت دورية للجيش العراقي لهجوم في محافظة ديالى.")
    assert finder.sufferer(triggers["لهجوم"]).text == "للجيش العراقي"
    finder, triggers, _ = read("تظاهر مئات الأردنيين أمام السفارة الإسرائيلية في عمان احتجاجا على العدوان.")
    assert finder.protested_against(triggers["تظاهر"]).code == "ISR"


def test_assignment_steps_share_one_zone(read, monkeypatch):
    """`assign` hands every step the same zone, so phrases a step takes out of it stay out for the next."""
    finder, triggers, _ = read("طالبت الحكومة العراقية تركيا بالإفراج عن المعتقلين.")
    zones = []
    for step in ("_find_actor", "_find_pair", "_find_recipient", "_find_place_and_late_doers", "_settle_roles"):
        original = getattr(ArgumentFinder, step)

        def spy(self, z, args, original=original):
            zones.append(z)
            return original(self, z, args)
        monkeypatch.setattr(ArgumentFinder, step, spy)
    args = finder.assign(triggers["طالبت"])
    assert len(zones) == 5 and all(z is zones[0] for z in zones) and isinstance(zones[0], Zone)
    assert zones[0].entry.event == "REQUEST" and not zones[0].is_noun
    assert [a.code for a in args.actor] == ["IRQ"] and [r.code for r in args.recipient] == ["TUR"]


def test_a_hostile_act_in_the_dual_construct_has_no_possessive_doer(read):
    finder, triggers, _ = read("وتتهمه واشنطن بالضلوع في تفجيري السفارة الأميركية وثكنة المارينز في بيروت.")
    assert finder._dual_in_construct(triggers["تفجيري"])
    args = finder.assign(triggers["تفجيري"])
    assert "dual-construct" in args.path and "possessive" not in args.path and not args.pronoun_actor
    # a noun with «my» at the end of its clause, or an accord in the dual, keeps its reading
    finder, triggers, _ = read("ووقّع الطرفان اتفاقيتي السلام والتعاون الاقتصادي.")
    assert not any(finder._dual_in_construct(t) for t in triggers.values())
