"""Property tests: no string crashes the pipeline, and every span is inside the document."""
from hypothesis import HealthCheck, given, settings, strategies as st

from rasad.schema import Document
from rasad.text.sentences import split_sentences
from rasad.text.tokens import tokenize

PIECES = list("ابتثجحخدذرسشصضطظعغفقكلمنهوي أإآىةءئؤ ًٌَُِّْـ .،؛؟!«»\n0123٤٥") + [
    "زار ", "التقى ", "السعودية ", "إيران ", "هجوم ", " على ", "بغداد ", "الرئيس ", "مع ", "وفي ",
    "عمان (بترا) - ", "(", ")", " - "]
ARABIC_TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@given(ARABIC_TEXT)
def test_tokens_and_sentences_stay_inside_text(text):
    for start, end, _ in split_sentences(text):
        assert 0 <= start < end <= len(text)
        for tok in tokenize(text, start, end):
            assert start <= tok.span[0] < tok.span[1] <= end
            assert text[tok.span[0]:tok.span[1]] == tok.text


# (no deadline: what is tested is that nothing crashes, and a busy machine can take over 200 ms on one text)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ARABIC_TEXT)
def test_pipeline_never_crashes_and_spans_match(coder, text):
    for ev in coder.code(Document("p", text, "2021-05-20")):
        s, e = ev.trigger.span
        assert 0 <= s < e <= len(text) and text[s:e] == ev.trigger.text
        ss, se = ev.sentence_span
        assert text[ss:se] == ev.sentence_text
        for m in ev.actor + ev.recipient + ev.mediator:
            assert 0 <= m.span[0] < m.span[1] <= len(text)
            assert text[m.span[0]:m.span[1]] == m.text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ARABIC_TEXT)
def test_a_trace_changes_no_event_and_accounts_for_every_kept_one(coder, text):
    plain = coder.code(Document("p", text, "2021-05-20"))
    trace = []
    traced = coder.code(Document("p", text, "2021-05-20"), trace=trace)
    assert [(e.event_type, e.rule, e.trigger.span) for e in plain] == [(e.event_type, e.rule, e.trigger.span) for e in traced]
    # every event kept came from a traced trigger that nothing dropped (detector cue events anchor on no trigger)
    built = {id(o.event) for o in trace if o.event is not None and o.dropped_by is None}
    assert all(id(e) in built for e in traced if "/cue/" not in e.rule)


_TIME_PIECES = st.sampled_from(["أمس", "اليوم", "الأحد", "يوم الخميس الماضي", "مايو", "كانون الأول", "2019",
                                "١٤٤٢", "قبل ثلاثة أيام", "الشهر المقبل", "رمضان", "بعد يومين", "وغدا"])


@given(st.lists(st.one_of(ARABIC_TEXT, _TIME_PIECES), max_size=6).map(" ".join))
def test_the_quick_time_check_never_hides_a_date(text):
    from datetime import date

    from rasad.text.dates import find_dates, may_mention_time

    if find_dates(text, date(2021, 5, 20)):
        assert may_mention_time(t.norm for t in tokenize(text))
