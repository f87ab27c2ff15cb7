"""The coder's trace: what became of each trigger (for `rasad eval seed --why`)."""
from rasad.schema import Document


def outcomes(coder, text, date="2021-10-26"):
    trace = []
    events = coder.code(Document("t", text, date), trace=trace)
    return events, {o.trigger.text: o for o in trace}


def test_an_event_built_and_kept_is_its_triggers_outcome(rules_coder):
    events, by_text = outcomes(rules_coder, "التقى وزير الخارجية السعودي نظيره الإيراني في بغداد أمس.")
    met = by_text["التقى"]
    assert met.dropped_by is None and met.event is events[0]


def test_a_refused_trigger_says_which_step_refused_it(rules_coder):
    # a lone call with no addressee and no named caller says too little
    _, by_text = outcomes(rules_coder, "ودعا إلى التهدئة وضبط النفس.")
    called = by_text["ودعا"]
    assert called.event is None and called.dropped_by.startswith("too little said")


def test_what_an_act_is_about_or_asks_for_is_no_event_of_its_own(rules_coder):
    _, by_text = outcomes(rules_coder, "أعلنت طهران رفضها مناقشة الاتفاق النووي مع واشنطن.")
    assert by_text["الاتفاق"].dropped_by == "topic of another act"
    assert by_text["مناقشة"].dropped_by == "content of another act"


def test_an_event_the_detector_removes_is_marked(coder):
    # an attack named as the cause of a mood, which the detector does not take for a report
    events, by_text = outcomes(coder, "على الصعيد العام، أدى الهجوم إلى إشعال مشاعر العداء تجاه الولايات المتحدة.")
    attack = by_text["الهجوم"]
    assert attack.dropped_by == "the detector" and attack.event is not None and attack.event not in events


def test_coding_with_a_trace_gives_the_same_events(coder):
    text = "أعلن الجيش الإسرائيلي أن طائراته قصفت مواقع لحركة حماس في غزة، فيما دعت مصر إلى التهدئة."
    plain = coder.code(Document("t", text, "2021-05-20"))
    traced = coder.code(Document("t", text, "2021-05-20"), trace=[])
    assert [(e.event_type, e.rule) for e in plain] == [(e.event_type, e.rule) for e in traced]


def test_a_consequence_a_threat_announces_is_folded_into_it_not_dropped_as_content(rules_coder):
    # (folded, it can give the threat the party it is aimed at)
    _, by_text = outcomes(rules_coder, "وتوعد علي أكبر ولايتي بأن الهجوم «لن يبقى من دون رد».", "2018-04-10")
    assert by_text["لن يبقى من دون رد"].dropped_by == "folded into another event of the sentence"
