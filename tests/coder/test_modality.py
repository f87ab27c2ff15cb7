import pytest

from rasad.schema import Document

from ..conftest import code


def modality_of(rules_coder, text, event_type):
    evs = [e for e in code(rules_coder, text) if e.event_type == event_type]
    assert evs, text
    return evs[0].modality


@pytest.mark.parametrize("text,event_type,expected", [
    ("هاجم مسلحون مركزا للشرطة في الموصل.", "ASSAULT", "asserted"),
    ("لم يهاجم المسلحون المركز.", "ASSAULT", "negated"),
    ("وأعلن الاتفاق دون أن يزور وزير الخارجية الأمريكي دمشق.", "CONSULT", "negated"),
    # «لم … إلا/سوى» restricts what happened, it does not deny it
    ("لم يجتمع وزير الخارجية الأمريكي خلال زيارته إلا بنظيره الأردني.", "CONSULT", "asserted"),
    ("لم يجتمع وزير الخارجية الأمريكي بنظيره الأردني، إلا أنه اتصل به.", "CONSULT", "negated"),
    ("نفت الحكومة أن تكون قواتها قد قصفت القرية.", "ASSAULT", "negated"),
    # a long subject between the denial and «أن يكون» does not lift the denial
    ("ونفى المتحدث باسم وزارة الدفاع التركية اللواء الركن في مؤتمر صحافي أن يكون الجيش قد قصف القرية.",
     "ASSAULT", "negated"),
    ("إذا هاجمت إسرائيل إيران فسترد طهران.", "ASSAULT", "hypothetical"),
    # «لولا», if not, makes what follows hypothetical — not Lula, a name after a title
    ("وقال المسؤول إنه لولا وساطة قطر لقصفت إسرائيل مواقع حزب الله.", "ASSAULT", "hypothetical"),
    ("أعلن وزير الخارجية الإسرائيلي الرئيس البرازيلي لولا شخصاً غير مرغوب فيه.", "SANCTION", "asserted"),
    # nor a bare «لولا» after a word that cannot open a condition
    ("التقى الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا الرئيس المصري في القاهرة، وفي تصريحات أدلى بها لولا هناك "
     "شبّه الحرب الإسرائيلية على غزة بالإبادة.", "ACCUSE", "asserted"),
    ("وقال المسؤول إن الحكومة لو رفضت شروط صندوق النقد الدولي لواجهت أزمة حادة.", "REJECT", "hypothetical"),
    # a «قد» verb with its condition after it: what may happen if
    ("وقال دبلوماسي سابق إن الجزائر قد تلوّح بورقة الغاز إذا شعرت بأن مدريد تميل إلى الرباط.", "THREATEN",
     "hypothetical"),
    # «في حالة» sets a condition, with its «و» too, but «في حالة حرب» is a state one is in
    ("وفي حالة رفض حماس المقترح، ستشن إسرائيل غارات واسعة.", "REJECT", "hypothetical"),
    ("وردت الحكومة بإعلان أن البلاد في حالة حرب وبدء غارات جوية على مواقع المتمردين في الشمال.", "ASSAULT", "asserted"),
    # what a question asks about is not reported
    ("ويبقى السؤال: هل تهاجم إسرائيل إيران مرة أخرى؟", "ASSAULT", "hypothetical"),
    ("وهل ستقصف إسرائيل المنشآت الإيرانية، كما قصفت مفاعل أوسيراك؟", "ASSAULT", "hypothetical"),
    ("ونصب السكان خياما حول المنزل لمنع الطائرات الحربية من قصفه.", "ASSAULT", "negated"),  # prevented
    # an attack foiled did not happen, nor what the foiled attack «was aiming at»
    ("وأحبطت الشرطة الأردنية هجوماً انتحارياً على فندق في عمّان.", "ASSAULT", "negated"),
    ("وأعلنت الداخلية التونسية إحباط محاولة تفجير سيارة مفخخة في سوسة.", "ASSAULT", "negated"),
    ("وتمكن الأمن المصري من إحباط هجوم إرهابي كان يستهدف كنيسة في أسيوط.", "ASSAULT", "negated"),
    # what a condition asks for is not reported as done; what was done only by some means was
    ("ويبقى التطبيع مع أنقرة مرهونا بانسحاب القوات التركية.", "RETREAT", "hypothetical"),
    ("ووافقت حماس على الاتفاق شريطة الإفراج عن الأسرى الفلسطينيين في السجون الإسرائيلية.", "RETREAT", "hypothetical"),
    ("وقال إن طهران لن تعود إلى المفاوضات إلا برفع العقوبات الأمريكية.", "CONCEDE", "hypothetical"),
    ("ولم توافق الحكومة على الهدنة إلا بعد الإفراج عن الأسرى.", "RETREAT", "asserted"),
    ("سيزور الرئيس الفرنسي بيروت الشهر المقبل.", "CONSULT", "future"),
    ("ومن المقرر أن يزور وزير الخارجية القطري بغداد.", "CONSULT", "future"),
    ("ومن المرجح أن يلتقي الوزير نظيره السوري.", "CONSULT", "likely"),
    ("وكانت السعودية قد قطعت العلاقات مع إيران في 2016.", "SANCTION", "historical"),
    ("وقالت الوكالة إن سيارة مفخخة فجرت حافلة للحرس الثوري.", "ASSAULT", "asserted"),  # «سيارة» is no «س+يارة»
    # «قد» before a perfect whose first letter is alef is "had": no likelihood
    ("وكان مئات المتظاهرين قد احتشدوا أمام البرلمان في بغداد.", "PROTEST", "asserted"),
    ("وكانت الحكومة قد اعلنت قطع العلاقات مع قطر.", "SANCTION", "asserted"),
    ("فقد تعيد الدول الأوروبية فرض العقوبات على إيران.", "SANCTION", "likely"),  # «فقد» + imperfect light verb
    ("فقد تظاهر آلاف اللبنانيين في ساحة الشهداء.", "PROTEST", "asserted"),  # form VI perfect: had
    # a forward count before a perfect verb is told from the story's last event, not from today
    ("وبعد يومين زار وزير الخارجية القطري بغداد.", "CONSULT", "asserted"),
    ("يزور الرئيس المصري الرياض بعد يومين.", "CONSULT", "future"),
])
def test_modality_markers(rules_coder, text, event_type, expected):
    assert modality_of(rules_coder, text, event_type) == expected


def test_what_may_come_of_an_event_is_likely(rules_coder):
    evs = code(rules_coder, "ويرى مراقبون أن الزيارة قد تمهد لتطبيع العلاقات بين السعودية وإسرائيل.")
    assert [e.modality for e in evs if e.event_type == "AGREE"] == ["likely"]



@pytest.mark.parametrize("text,event_type,expected", [
    # «كان … قد» with any verb after it is a pluperfect, however the verb looks («تقدّم» could be «تُقدّم»)
    ("وكان لبنان قد تقدّم بشكوى إلى مجلس الأمن ضد إسرائيل.", "ACCUSE", "asserted"),
    ("وكانت السلطات الفلسطينية قد تقدمت بطلب إلى مجلس الأمن.", "REQUEST", "asserted"),
    ("وقد تقدم مصر بطلب إلى مجلس الأمن.", "REQUEST", "likely"),
    # a clause that opens with «قد» and an imperfect: what may come
    ("فإذا صمدت الهدنة، قد تنتقل محادثات جدة بين الجيش السوداني وقوات الدعم السريع إلى بحث وقف دائم.",
     "CONSULT", "likely"),
])
def test_had_done_and_may_do(rules_coder, text, event_type, expected):
    assert [e.modality for e in code(rules_coder, text) if e.event_type == event_type][:1] == [expected]

def test_a_negated_light_verb_negates_the_noun_it_carries(coder):
    from rasad.schema import Document

    text = "غير أن حلف شمال الأطلسي لم يعلن أي إجراءات عسكرية إضافية لدعم أنقرة."
    evs = [e for e in coder.code(Document("m", text, "2020-03-07")) if e.event_type == "SUPPORT"]
    assert evs and all(e.modality == "negated" for e in evs)


def test_a_negation_joined_by_wa_negates(rules_coder):
    from ..conftest import code

    evs = code(rules_coder, "وقال الوزير إن بلاده لم تشارك في الهجوم ولم ترسل قوات إلى سوريا.")
    assert [e.modality for e in evs if e.event_type == "MOBILIZE"] == ["negated"]


def test_a_conjoined_verb_is_not_negated_by_a_fixed_phrase_before_it(rules_coder):
    evs = code(rules_coder, "أعلنت السعودية اعتبار السفير الكندي شخصاً غير مرغوب فيه وطلبت من الحكومة الكندية "
                            "تقديم توضيحات.")
    asked = next(e for e in evs if e.trigger.text == "وطلبت")
    assert asked.modality == "asserted"



def test_a_year_inside_what_is_recognised_or_before_while_does_not_date_the_act(rules_coder):
    evs = code(rules_coder, "اعترف الرئيس الأمريكي جو بايدن رسمياً بأن المجازر التي تعرض لها الأرمن عام 1915 كانت "
                            "إبادة جماعية، فيما نددت وزارة الخارجية التركية بالبيان.", "2021-04-24")
    assert {e.event_type: e.modality for e in evs} == {"SUPPORT": "asserted", "ACCUSE": "asserted"}


def test_la_before_zaal_says_still_not_not(rules_coder):
    # «لا تزال» is "still": the refusal goes on, it is not denied
    ev = next(e for e in code(rules_coder, "ولا تزال إيران ترفض التفاوض المباشر مع واشنطن.", "2022-05-01")
              if e.event_type == "REJECT")
    assert ev.modality == "asserted" and [m.code for m in ev.actor] == ["IRN"]
    ev = next(e for e in code(rules_coder, "وقالت إن إيران لا ترفض التفاوض المباشر مع واشنطن.", "2022-05-01")
              if e.event_type == "REJECT")
    assert ev.modality == "negated"


def test_ghayr_negates_only_the_word_it_governs(rules_coder):
    # «غير المسبوق» (unprecedented) qualifies the attack; the verb of the relative clause is not negated
    text = "جاءت الضربة في رد على الهجوم الإيراني غير المسبوق الذي استهدف إسرائيل قبل أقل من أسبوع."
    ev = next(e for e in rules_coder.code(Document("m", text, "2024-04-19")) if e.trigger.text == "استهدف")
    assert ev.modality == "asserted"


def test_a_date_does_not_reach_a_new_clause_after_a_comma(rules_coder):
    # «… لم تحدث منذ عام 1969، واحتجزت الشرطة …»: the detention is today's news, not of 1969
    text = ("وأغلقت السلطات الإسرائيلية المسجد الأقصى في سابقة قال مسؤولون فلسطينيون إنها لم تحدث منذ عام 1969، "
            "واحتجزت الشرطة الإسرائيلية مفتي القدس لساعات.")
    ev = next(e for e in rules_coder.code(Document("m", text, "2017-07-15")) if e.event_type == "COERCE")
    assert ev.modality == "asserted"


def test_a_forward_count_after_qabla_an_in_a_told_story_is_not_the_future(rules_coder):
    from ..conftest import code
    evs = code(rules_coder, "واعتقلت الشرطة الناشط الشهر الماضي، قبل أن تفرج عنه بعد ثلاثة أيام.", "2022-08-18")
    assert [(e.event_type, e.modality) for e in evs] == [("COERCE", "asserted"), ("RETREAT", "asserted")]
    # a story foretold stays foretold
    evs = code(rules_coder, "وقال الوزير إن الشرطة ستعتقله قبل أن تفرج عنه بعد ثلاثة أيام.", "2022-08-18")
    assert [e.modality for e in evs] == ["future", "future"]
