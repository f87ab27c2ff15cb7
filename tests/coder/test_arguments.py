"""Argument patterns of Arabic news, one test per construction."""

from ..conftest import code, codes


def one(coder, text, event_type):
    evs = [e for e in code(coder, text) if e.event_type == event_type]
    assert evs, [(e.event_type, e.trigger.text) for e in code(coder, text)]
    return evs[0]


def test_vso_visit(coder):
    ev = one(coder, "زار وزير الخارجية التركي طهران أمس.", "CONSULT")
    assert ev.mode == "visit" and codes(ev.actor) == ["TUR"] and codes(ev.recipient) == ["IRN"]


def test_svo_after_complementiser(coder):
    ev = one(coder, "وأفادت مصادر أن الرئيس المصري قد التقى نظيره الفرنسي في باريس.", "CONSULT")
    assert codes(ev.actor) == ["EGY"] and codes(ev.recipient) == ["FRA"]


def test_nominal_meeting_with_bi(coder):
    ev = one(coder, "وجرى خلال لقاء وزير الدفاع الأردني بنظيره العراقي بحث التعاون.", "CONSULT")
    assert set(codes(ev.actor) + codes(ev.recipient)) == {"JOR", "IRQ"}


def test_nominal_visit_ila(coder):
    ev = one(coder, "وتأتي زيارة رئيس الوزراء الباكستاني إلى الرياض في إطار تعزيز العلاقات.", "CONSULT")
    assert codes(ev.actor) == ["PAK"] and codes(ev.recipient) == ["SAU"]


def test_withdrawal_from(coder):
    ev = one(coder, "أعلنت واشنطن انسحاب القوات الأمريكية من أفغانستان.", "RETREAT")
    assert "USA" in codes(ev.actor) and codes(ev.recipient) == ["AFG"]


def test_mediation_phrase(coder):
    ev = one(coder, "وبرعاية سلطنة عمان، التقى وفد سعودي مع وفد من الحوثيين في مسقط.", "CONSULT")
    assert codes(ev.mediator) == ["OMN"]
    assert ev.mode == "third-party"
    assert set(codes(ev.actor) + codes(ev.recipient)) >= {"SAU", "YEM"}


def test_between_x_and_y(coder):
    ev = one(coder, "أعلنت قطر التوصل إلى وقف إطلاق النار بين إسرائيل وحركة حماس.", "RETREAT")
    assert set(codes(ev.actor) + codes(ev.recipient)) >= {"ISR", "PSE"}


def test_passive_with_agent(coder):
    ev = one(coder, "واغتيل القيادي في حزب الله على يد مسلحين مجهولين.", "ASSAULT")
    assert ev.mode == "assassinate"


def test_nisba_names_the_attacker(coder):
    ev = one(coder, "أسفر القصف الإسرائيلي على غزة عن سقوط ضحايا.", "ASSAULT")
    assert codes(ev.actor) == ["ISR"]


def test_light_verb_subject(coder):
    ev = one(coder, "وقام وزير الخارجية الروسي بزيارة إلى دمشق.", "CONSULT")
    assert codes(ev.actor) == ["RUS"] and codes(ev.recipient) == ["SYR"]


def test_family_name_coreference(coder):
    evs = code(coder, "التقى الرئيس الأمريكي جو بايدن أمير قطر. ثم استقبل بايدن وزير الخارجية السعودي.")
    second = [e for e in evs if e.trigger.text == "استقبل"][0]
    assert codes(second.actor) == ["USA"] and codes(second.recipient) == ["SAU"]
    assert second.actor[0].entity.identifier_text and "Biden" in second.actor[0].entity.identifier_text


def test_pair_word_refers_to_two_states(coder):
    evs = code(coder, "توترت العلاقات بين مصر وتركيا. واتفق البلدان على تبادل السفراء.")
    agree = [e for e in evs if e.event_type == "AGREE"][0]
    assert set(codes(agree.actor) + codes(agree.recipient)) == {"EGY", "TUR"}


def test_request_from(coder):
    ev = one(coder, "وطالبت الحكومة العراقية من الأمم المتحدة دعم الانتخابات.", "REQUEST")
    assert codes(ev.actor) == ["IRQ"] and codes(ev.recipient) == ["UNO"]
