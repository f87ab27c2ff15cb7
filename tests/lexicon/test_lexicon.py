import pytest

from rasad.schema import Document

from ..conftest import code, coded, codes


def _first(coder, text, date, event_type):
    """The first event of `event_type` the coder finds in `text`."""
    return next(e for e in coder.code(Document("t", text, date)) if e.event_type == event_type)


def test_future_prefix_matches_every_imperfect_verb():
    from rasad.lexicon.lexicon import load_lexicon
    from rasad.text.tokens import tokenize

    lex = load_lexicon()
    for word in ("سيزور", "ستستضيف", "سيلتقي"):
        found = lex.trie.find_all(tokenize(word), stem=True)
        assert found and any(e.pos == "verb" for e in found[0][2]), word


def test_requires_within_limits_how_far_the_required_word_may_be(tmp_path):
    from rasad.lexicon.lexicon import LexiconError, load_entries

    entry = ('- {id: t.deploy, event: MOBILIZE, mode: troops, cameo: "154", pos: noun, frame: directed, '
             'genitive: actor, requires: [قوات], requires_within: %s, forms: [نشر]}\n')
    good = tmp_path / "good.yaml"
    good.write_text(entry % "2", encoding="utf-8")
    assert load_entries([good])[0].requires_within == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text(entry % "0", encoding="utf-8")
    with pytest.raises(LexiconError, match="requires_within"):
        load_entries([bad])


@pytest.mark.parametrize("flag", ["requires_bare", "requires_definite", "requires_subject", "requires_place",
                                  "requires_resumed"])
def test_flags_on_the_required_word_need_required_words(tmp_path, flag):
    from rasad.lexicon.lexicon import LexiconError, load_entries

    bad = tmp_path / "bad.yaml"
    bad.write_text('- {id: t.x, event: SUPPORT, pos: verb, frame: directed, %s: true, forms: [أكد]}\n' % flag,
                   encoding="utf-8")
    with pytest.raises(LexiconError, match=flag):
        load_entries([bad])


def test_a_place_the_knowledge_base_knows_stands_for_the_noun_a_seizure_requires(rules_coder):
    def seized(text):
        return _dyads(rules_coder, text, "COERCE", "2016-12-22")

    assert seized("وسيطرت فصائل المعارضة السورية على حلب.") == [(["SYR"], ["SYR"])]
    assert seized("وأعلن الجيش العراقي استعادة السيطرة الكاملة على الموصل.") == [(["IRQ"], ["IRQ"])]
    # the verb «استعاد» with its doer named before the noun («استعاد السيطرة» is also a phrase of its own)
    assert seized("واستعاد الجيش العراقي صباح اليوم السيطرة على مدينة الموصل.") == [(["IRQ"], ["IRQ"])]
    assert seized("واستعادت الحكومة العراقية السيطرة على الوضع الأمني.") == []
    # no place, or one behind another preposition: control of a situation is no seizure
    assert seized("وقال إن الحكومة العراقية تسيطر على الوضع في الموصل.") == []


def test_a_protest_banned_restricts_freedoms_and_was_still_called(rules_coder):
    text = "ومنعت السلطات المغربية الأسبوع الماضي وقفة احتجاجية دعت إليها هيئات مناهضة للتطبيع."
    types = sorted(e.event_type for e in code(rules_coder, text, "2020-12-20"))
    assert types == ["COERCE", "PROTEST"]
    assert _dyads(rules_coder, text, "COERCE", "2020-12-20") == [(["MAR"], ["MAR"])]
    # a law that bans protests bans no one's
    assert _dyads(rules_coder, "وقال إن القانون يمنع التظاهرات غير المرخصة.", "COERCE") == []


def test_participation_suspended_halts_talks_as_verb_and_as_masdar(rules_coder):
    for text in ("وعلقت المعارضة السورية مشاركتها في الاجتماعات.",
                 "وأعلن وفد المعارضة السورية تعليق مشاركته في الاجتماعات."):
        assert _dyads(rules_coder, text, "SANCTION", "2017-05-04") == [(["SYR"], [])], text


def test_letting_aid_through_and_allowing_an_evacuation_allow_access(rules_coder):
    # (the wounded Houthis, «جريحاً حوثياً», are whom the evacuation is allowed for, not Muscat where they go)
    assert _dyads(rules_coder, "وسمح التحالف بقيادة السعودية بإجلاء خمسين جريحا حوثيا إلى مسقط.", "CONCEDE",
                  "2018-12-03") == [(["SAU"], ["YEM"])]
    evs = [e for e in code(rules_coder, "وسهلت السلطات المصرية دخول شاحنات المساعدات إلى قطاع غزة.", "2023-10-21")
           if e.event_type == "CONCEDE"]
    assert [(codes(e.actor), e.mode) for e in evs] == [(["EGY"], "allow-access")]


@pytest.mark.parametrize("text, expected", [
    # people let leave, by the verb or its construct masdar
    ("وسمحت السلطات الأردنية لطاقم السفارة الإسرائيلية بمغادرة عمان إلى إسرائيل.", [(["JOR"], ["ISR"])]),
    ("وانتهت الأزمة بسماح السلطات الأردنية للحارس بالمغادرة إلى إسرائيل.", [(["JOR"], ["ISR"])]),
    # a decision complied with yields to whoever made it
    ("وأعلن التحالف الدولي أنه سيمتثل لقرار البرلمان العراقي.", [(["USA"], ["IRQ"])]),  # (the US-led coalition)
    ("وفتحت السلطات المصرية معبرين حدوديين أمام الشاحنات السودانية.", [(["EGY"], ["SDN"])]),
])
def test_leave_to_go_compliance_and_crossings_opened_concede(rules_coder, text, expected):
    assert _dyads(rules_coder, text, "CONCEDE") == expected


def test_claims_dismissed_as_baseless_are_denied_to_whoever_made_them(rules_coder):
    text = "واعتبرت الخارجية الروسية الاتهامات البريطانية عارية عن الصحة."
    assert _dyads(rules_coder, text, "REJECT", "2018-03-14") == [(["RUS"], ["GBR"])]
    text = "وقال المتحدث باسم الخارجية الصينية إن التقارير الأمريكية محض افتراء."
    assert _dyads(rules_coder, text, "REJECT", "2021-03-01") == [(["CHN"], ["USA"])]
    # with no claimant named, nothing is denied to anyone
    assert _dyads(rules_coder, "وقال المتحدث إن هذه المزاعم لا أساس لها من الصحة.", "REJECT") == []


@pytest.mark.parametrize("text, threatener, threatened", [
    ("وأعلن الجيش المصري أنه سيضرب بيد من حديد كل من يعبث بأمن البلاد.", "EGY", []),
    ("وأكد قائد الحرس الثوري أن إيران ستلقن الأعداء درسا لن ينسوه.", "IRN", []),
    ("وقال الأمين العام لحزب الله إن الحزب سيجعل إسرائيل تندم على أي حماقة.", "LBN", ["ISR"]),
    ("وقال الرئيس الروسي إن بلاده ستتخذ إجراءات جوابية إذا انضمت فنلندا إلى حلف الناتو.", "RUS", ["FIN"]),
    # the plural participle threatens as the singular does
    ("وتجمع آلاف من أنصار المعارضة الكويتية أمام مجلس الأمة متوعدين الحكومة بمواصلة التحرك في الشارع.", "KWT", ["KWT"]),
])
def test_blows_lessons_regret_and_countermeasures_promised_threaten(rules_coder, text, threatener, threatened):
    assert _dyads(rules_coder, text, "THREATEN", "2022-05-01") == [([threatener], threatened)]


def test_a_missions_officials_expelled_and_a_partys_funds_withheld_are_sanctions(rules_coder):
    def sanctions(text):
        return _dyads(rules_coder, text, "SANCTION", "2021-09-30")

    assert sanctions("وقررت الحكومة الإثيوبية طرد سبعة مسؤولين أمميين.") == [(["ETH"], ["UNO"])]
    assert sanctions("واحتجزت إسرائيل أموال المقاصة الفلسطينية.") == [(["ISR"], ["PSE"])]
    assert sanctions("واحتجزت الشرطة الأموال المضبوطة.") == []  # whose funds, the text does not say


def test_media_offices_shut_restrict_and_a_mission_shut_stays_a_sanction(rules_coder):
    evs = code(rules_coder, "وأغلقت السلطات العراقية مكاتب قناة الجزيرة في بغداد.", "2020-04-20")
    assert [(e.event_type, e.mode, codes(e.actor)) for e in evs] == [("COERCE", "restrict", ["IRQ"])]
    evs = code(rules_coder, "وأغلقت البحرين سفارتها في الدوحة.", "2017-06-05")
    assert [e.event_type for e in evs] == ["SANCTION"]


def test_a_deployment_noun_needs_its_troops_close_by():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    coder = Coder(detector=None)
    near = coder.code(Document("a", "وأعلنت الحكومة الأردنية نشر قوات على الحدود.", "2020-01-01"))
    far = coder.code(Document("b", "وأعلنت الحكومة الأردنية نشر تقرير عن أداء الوزارات في العام الماضي وعن عمل قوات الأمن.", "2020-01-01"))
    assert any(e.event_type == "MOBILIZE" for e in near)
    assert not any(e.event_type == "MOBILIZE" for e in far)


@pytest.mark.parametrize("text, event_type", [
    ("ودانت طهران الضربات الأمريكية على اليمن.", "ACCUSE"),
    ("وقال الوزير المصري إن الاجتماع فشل، محملا إثيوبيا المسؤولية عن الإخفاق.", "ACCUSE"),
    ("وقالت موسكو إنها تحتفظ بحق الرد على الهجوم الإسرائيلي.", "THREATEN"),
    ("وكانت الجزائر قد اعترضت على قرار الاتحاد الأفريقي.", "REJECT"),
    ("وأعربت الرياض عن أسفها لقرار الجزائر.", "ACCUSE"),
    ("وقال السيسي إن مصر لن تقف مكتوفة الأيدي أمام أي تهديد لأمنها.", "THREATEN"),
    ("وقال المتحدث إن الولايات المتحدة لن تتردد في استخدام القوة ضد الحوثيين.", "THREATEN"),
    ("وقال المتحدث باسم الخارجية الإيرانية إن أي مغامرة إسرائيلية ستواجه برد حاسم.", "THREATEN"),
    ("وأكد الحرس الثوري أن الرد قادم.", "THREATEN"),
    ("وطالبت الرياض كندا بالاعتذار، لكن أوتاوا تمسكت بموقفها.", "REJECT"),
    ("وأجرى بلينكن اتصالاً هاتفياً بالرئيس التونسي، شجعه فيه على الالتزام بمبادئ الديمقراطية.", "REQUEST"),
    ("ورفضت جبهة البوليساريو القرار، وتعهدت بمواصلة الكفاح المسلح ضد القوات المغربية.", "THREATEN"),
    ("وقال الناطق باسم القوات المسلحة العراقية إن الضربات الأمريكية «تشكل خرقاً للسيادة العراقية».", "ACCUSE"),
    ("وألقت الحكومة الباكستانية باللوم على الهند في التفجير.", "ACCUSE"),
    ("ولن تتردد إسرائيل في ضرب إيران إذا هاجمت أراضيها.", "THREATEN"),
    ("ووصف المرشد الإيراني الحكومة الأمريكية بأنها «الأكثر خبثاً» بين أعداء بلاده.", "ACCUSE"),
])
def test_general_vocabulary_of_disapproval_and_warning(text, event_type):
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("v", text, "2021-08-25"))
    assert any(e.event_type == event_type for e in evs), [(e.event_type, e.trigger.text) for e in evs]


def test_opening_fire_in_the_subjunctive_plural():
    evs = _rules("وطوّق المسلحون المسجد قبل أن يفتحوا النار على المصلين.", date="2017-11-25")
    assert [(e.event_type, e.trigger.text) for e in evs] == [("ASSAULT", "يفتحوا")]


@pytest.mark.parametrize("text", [
    "واعتصمت الخارجية السورية بالصمت إزاء الاتهامات.",  # kept silent
    "وقطع المحتجون عشرات الكيلومترات سيراً على الأقدام للوصول إلى العاصمة.",  # travelled
    "وفتحت أبواب السجن المركزي فخرج آلاف المعتقلين إلى الحرية.",  # prisoners set free
])
def test_idioms_that_look_like_protest(text):
    assert "PROTEST" not in [e.event_type for e in _rules(text, date="2008-01-01")]


def test_rockets_that_fell_on_a_place_report_an_attack():
    evs = _rules("وسقطت ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد الجوية غرب العراق.", date="2020-01-08")
    assert [(e.event_type, e.trigger.text, _codes(e.recipient)) for e in evs] == [("ASSAULT", "وسقطت", ["IRQ"])]
    assert _rules("وسقطت طائرة مسيرة في الصحراء.", date="2020-01-08") == []  # a drone that fell: no attack told


@pytest.mark.parametrize("text, actor", [
    ("وسقطت صواريخ إيرانية على قاعدة عين الأسد غرب العراق.", ["IRN"]),  # whose projectiles they are
    ("وسقطت قذائف أطلقت من الأراضي السورية على بلدة كيليس التركية.", ["SYR"]),  # where they came from
])
def test_who_fired_what_fell_is_its_nisba_or_where_it_came_from(text, actor):
    evs = [e for e in _rules(text, date="2020-01-08") if e.event_type == "ASSAULT"]
    assert [_codes(e.actor) for e in evs] == [actor]
    assert actor not in [_codes(e.recipient) for e in evs]


def test_fighters_who_surrender_yield_and_a_vow_not_to_is_a_refusal():
    evs = _rules("واستسلم مئات المقاتلين الأوكرانيين للقوات الروسية في ماريوبول.", date="2022-05-20")
    assert [(e.event_type, e.mode, _codes(e.actor), _codes(e.recipient)) for e in evs] == [
        ("CONCEDE", "withdraw", ["UKR"], ["RUS"])]
    evs = _rules("وقالت «قسد» إن نحو ثلاثمئة من مسلحي داعش سلّموا أنفسهم.", date="2022-01-25")
    assert [(e.event_type, e.trigger.text) for e in evs] == [("CONCEDE", "سلّموا أنفسهم")]
    assert [e.event_type for e in _rules("وقال كوليبا إن أوكرانيا لن تستسلم.", date="2022-05-20")] == ["REJECT"]
    evs = _rules("وأكد زيلينسكي أن الأوكرانيين لن يستسلموا أمام روسيا.", date="2022-03-01")
    assert [(e.event_type, e.mode, _codes(e.actor), _codes(e.recipient)) for e in evs] == [
        ("REJECT", "defy", ["UKR"], ["RUS"])]


def test_ruling_out_sitting_with_a_party_refuses_talks():
    evs = _rules("وأكد رئيس الوزراء العراقي أن حكومته «لن تجلس مرة أخرى» إلى طاولة واحدة مع تنظيم داعش.",
                 date="2016-05-19")
    assert [(e.event_type, e.mode, _codes(e.actor)) for e in evs] == [("REJECT", "negotiate", ["IRQ"])]
    evs = _rules("وقال الجيش إنه لن يجلس مكتوف الأيدي أمام الهجمات.", date="2020-05-19")
    assert "REJECT" not in [e.event_type for e in evs]


def test_an_act_that_endangers_threatens_no_one():
    evs = _rules("وقالت واشنطن إن الضربات التركية «هددت بشكل مباشر سلامة» العسكريين الأميركيين.", date="2022-11-25")
    assert "THREATEN" not in [e.event_type for e in evs]
    evs = _rules("وهددت تركيا بشن عملية عسكرية برية جديدة في شمال سوريا.", date="2022-11-25")
    assert [(e.event_type, _codes(e.actor)) for e in evs] == [("THREATEN", ["TUR"])]


def test_water_held_back_is_no_detention():
    evs = _rules("ويقترب موعد الملء الثالث، الذي تقول إثيوبيا إنه سيحتجز نحو عشرة مليارات متر مكعب إضافية.",
                 date="2022-06-01")
    assert "COERCE" not in [e.event_type for e in evs]
    evs = _rules("أعلن الحرس الثوري الإيراني احتجاز ناقلتي نفط يونانيتين في مياه الخليج.", date="2022-05-27")
    assert [(e.event_type, _codes(e.recipient)) for e in evs] == [("COERCE", ["GRC"])]


def test_the_social_adjective_is_no_meeting():
    # «الاجتماعي» is «اجتماع» + «ي» only to a segmenter: the article takes no «my»
    evs = _rules("وأعلن الرئيس التونسي عبر حسابه على مواقع التواصل الاجتماعي دعمه للحكومة الليبية.", date="2021-05-01")
    assert "CONSULT" not in [e.event_type for e in evs]


def test_referring_a_case_for_inquiry_or_trial_is_an_investigation(rules_coder):
    evs = code(rules_coder, "أحالت الحكومة اللبنانية قضية انفجار المرفأ على المجلس العدلي.", "2020-08-11")
    ev = next(e for e in evs if e.event_type == "ACCUSE")
    assert ev.mode == "investigate" and [a.code for a in ev.actor] == ["LBN"]
    # the prosecution that refers is no destination; a bill sent to parliament is no inquiry
    evs = code(rules_coder, "أحالت النيابة العامة المصرية 12 متهما إلى المحاكمة العسكرية.", "2020-08-11")
    assert [e.mode for e in evs if e.event_type == "ACCUSE"] == ["investigate"]
    assert not code(rules_coder, "أحال الرئيس التونسي مشروع القانون إلى البرلمان.", "2020-08-11")


def test_an_air_aggression_launched_is_a_raid(rules_coder):
    evs = code(rules_coder, "قال مصدر عسكري إن العدو الإسرائيلي شنّ فجر اليوم عدواناً جوياً مستهدفاً نقاطاً في محيط "
                            "دمشق.", "2023-02-19")
    ev = next(e for e in evs if e.event_type == "ASSAULT")
    assert ev.mode == "aerial" and [a.code for a in ev.actor] == ["ISR"] and "SYR" in [r.code for r in ev.recipient]


def test_describing_a_deed_as_aggression_accuses_its_doer():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    text = "ووصف وزير الخارجية البريطاني الخطوة الإيرانية بأنها «غير مقبولة»."
    evs = Coder(detector=None).code(Document("d", text, "2019-07-21"))
    ev = next(e for e in evs if e.event_type == "ACCUSE")
    assert [a.code for a in ev.actor] == ["GBR"] and [r.code for r in ev.recipient] == ["IRN"]
    # the judgement may come after a long subject and an aside
    text = ("ووصف الرئيس الإيراني إبراهيم رئيسي، في خطاب متلفز، الحكومة الكندية بأنها "
            "من «أدوات العدوان».")
    evs = Coder(detector=None).code(Document("d", text, "2022-10-21"))
    ev = next(e for e in evs if e.event_type == "ACCUSE")
    assert [a.code for a in ev.actor] == ["IRN"] and [r.code for r in ev.recipient] == ["CAN"]
    # a party's words taken for a declaration of war
    text = "واعتبرت الحكومة الليبية تصريحات الرئيس المصري «إعلان حرب»."
    evs = Coder(detector=None).code(Document("d", text, "2020-06-21"))
    ev = next(e for e in evs if e.event_type == "ACCUSE")
    assert [a.code for a in ev.actor] == ["LBY"] and [r.code for r in ev.recipient] == ["EGY"]


def test_a_deed_said_to_contravene_law_or_commitments_accuses_its_doer(rules_coder):
    ev = _first(rules_coder, "وقالت الرئاسة الجزائرية إن الموقف الإسباني الجديد يتنافى مع التزامات مدريد القانونية.",
                "2022-06-09", "ACCUSE")
    assert codes(ev.actor) == ["DZA"] and codes(ev.recipient) == ["ESP"]


def test_consequences_to_bear_and_nothing_left_unanswered_are_threats(rules_coder):
    ev = _first(rules_coder, "وقال وزير الخارجية الأميركي إن طهران ستتحمل العواقب.", "2019-06-20", "THREATEN")
    assert codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["IRN"]
    ev = _first(rules_coder, "هاجمت الولايات المتحدة مواقع إيرانية. وقال قائد الحرس الثوري إن إيران لن تترك أي تهديد "
                             "من دون رد.", "2024-01-31", "THREATEN")
    assert codes(ev.actor) == ["IRN"] and codes(ev.recipient) == ["USA"]


def test_suspending_work_under_a_memorandum_is_a_sanction(rules_coder):
    ev = _first(rules_coder, "وعلّقت روسيا العمل بمذكرة التفاهم مع الولايات المتحدة بشأن سلامة الطيران في سوريا.",
                "2017-04-08", "SANCTION")
    assert codes(ev.actor) == ["RUS"] and codes(ev.recipient) == ["USA"]


def test_a_red_line_drawn_options_kept_open_and_acts_not_tolerated_are_threats(rules_coder):
    def threats(text, date="2020-06-20"):
        return [(codes(e.actor), codes(e.recipient)) for e in code(rules_coder, text, date=date)
                if e.event_type == "THREATEN"]

    attack = "هاجمت إسرائيل مواقع لحزب الله في لبنان. "
    assert threats(attack + "وقال نصر الله إن الحزب «لم تعد لديه خطوط حمراء» في مواجهة أي اعتداء إسرائيلي.") \
        == [(["LBN"], ["ISR"])]
    assert threats("رفضت إثيوبيا المقترح السوداني بشأن سد النهضة. وأكد مسؤولون سودانيون أن الخرطوم «ستدرس كل "
                   "الخيارات» لحماية أمنها المائي.", date="2021-04-07") == [(["SDN"], ["ETH"])]
    assert threats(attack + "وقال حزب الله إنه لن يتسامح مع الاعتداءات الإسرائيلية.") == [(["LBN"], ["ISR"])]
    # a line crossed accuses; a line drawn before («الخط الأحمر الذي حددته») is no new threat
    assert not threats(attack + "وقال نتنياهو إن حزب الله «تجاوز خطاً أحمر».")
    assert not threats(attack + "وقال ماكرون إن «الخط الأحمر» الذي حددته فرنسا تم تجاوزه.")


def test_praise_given_with_ala_goes_to_whom_it_is_given(rules_coder):
    text = "وقال الرئيس الأميركي إن المحادثات كانت مثمرة، وأثنى على ولي العهد السعودي واصفاً إياه بالشريك القوي لبلاده."
    ev = _first(rules_coder, text, "2022-07-16", "SUPPORT")
    assert [a.code for a in ev.actor] == ["USA"] and [r.code for r in ev.recipient] == ["SAU"]


def test_sending_a_delegation_is_a_visit(rules_coder):
    for text, dest in (("وأوفدت الرياض الأسبوع الماضي وفداً أمنياً رفيعاً إلى بيروت.", ["LBN"]),
                       ("وقررت الحكومة العراقية إيفاد وفد إلى أنقرة لبحث ملف المياه.", ["TUR"])):
        evs = [e for e in rules_coder.code(Document("s", text, "2021-03-01")) if e.event_type == "CONSULT"]
        assert evs and evs[0].mode == "visit" and [r.code for r in evs[0].recipient] == dest, text
    # aid sent is no visit
    evs = rules_coder.code(Document("a", "وأرسلت الكويت مساعدات طبية إلى لبنان.", "2021-03-01"))
    assert not any(e.event_type == "CONSULT" for e in evs)


def test_handing_over_power_is_a_concession(rules_coder):
    for text in ("وأبدى الرئيس الانتقالي استعداده لتسليم السلطة إلى حكومة منتخبة في مالي.",
                 "وسلّم المجلس العسكري في بوركينا فاسو السلطة إلى حكومة مدنية."):
        evs = rules_coder.code(Document("h", text, "2022-03-01"))
        assert any(e.event_type == "CONCEDE" for e in evs), text
    # handing over a suspect is no concession of power
    evs = rules_coder.code(Document("h", "وسلمت السلطات التركية المتهم إلى ألمانيا.", "2022-03-01"))
    assert not any(e.event_type == "CONCEDE" for e in evs)


def test_handing_over_ones_powers_is_a_concession(rules_coder):
    for text in ("أعلن الرئيس الصومالي نقل صلاحياته إلى رئيس الوزراء.",
                 "وفوّض الرئيس الجزائري صلاحياته لرئيس الحكومة خلال فترة علاجه."):
        evs = rules_coder.code(Document("p", text, "2021-05-01"))
        assert [e.mode for e in evs if e.event_type == "CONCEDE"] == ["change-policy"], text
    # a news agency passing on a statement hands nothing over
    evs = rules_coder.code(Document("p", "ونقلت وكالة الأنباء الرسمية عن الرئيس قوله إن صلاحياته كاملة.", "2021-05-01"))
    assert not any(e.event_type == "CONCEDE" for e in evs)


def test_restoring_the_internet_eases_a_restriction(rules_coder):
    for text in ("وبدأت السلطات الإيرانية إعادة خدمة الإنترنت تدريجياً إلى المدن.",
                 "وأعادت الحكومة السودانية خدمة الإنترنت في العاصمة بعد انقطاع دام أسبوعاً."):
        evs = [e for e in rules_coder.code(Document("i", text, "2019-11-21")) if e.event_type == "CONCEDE"]
        assert evs and evs[0].mode == "ease-sanctions" and _codes(evs[0].recipient) == _codes(evs[0].actor), text
    # renewed contacts between two states are no easing
    evs = rules_coder.code(Document("i", "وأعادت مصر وتركيا الاتصالات بين البلدين.", "2021-05-01"))
    assert not any(e.event_type == "CONCEDE" for e in evs)


def test_extending_a_deadline_yields(rules_coder):
    evs = rules_coder.code(Document("d", "ومددت السعودية والإمارات المهلة الممنوحة لقطر 48 ساعة بطلب من الكويت.", "2017-07-03"))
    conceded = [e for e in evs if e.event_type == "CONCEDE"]
    assert conceded and _codes(conceded[0].recipient) == ["QAT"]


def test_ending_a_boycott_is_a_concession(rules_coder):
    evs = rules_coder.code(Document("b", "أنهت السعودية والإمارات والبحرين ومصر رسميا المقاطعة المفروضة على قطر.",
                                    "2021-01-06"))
    ended = [e for e in evs if e.event_type == "CONCEDE"]
    assert ended and {r.entity.code for r in ended[0].recipient} == {"QAT"} and ended[0].mode == "ease-sanctions"
    # taking products off the shelves and boycotting them ends nothing
    evs = rules_coder.code(Document("b", "بدأت الجمعيات التعاونية في الكويت رفع المنتجات الفرنسية من رفوفها ومقاطعتها.",
                                    "2020-10-25"))
    assert not any(e.event_type == "CONCEDE" for e in evs)


def test_backing_down_told_in_the_present_is_a_concession(rules_coder):
    evs = rules_coder.code(Document("c", "الحكومة الأردنية تتراجع عن زيادة أسعار الوقود.", "2018-06-07"))
    assert any(e.event_type == "CONCEDE" for e in evs), [(e.event_type, e.trigger.text) for e in evs]


def test_suspending_export_licences_is_an_embargo(rules_coder):
    text = "أعلنت الحكومة الكندية تعليق 12 من أصل نحو 200 ترخيص لتصدير الأسلحة إلى تركيا."
    ev = _first(rules_coder, text, "2019-10-11", "SANCTION")
    assert [a.code for a in ev.actor] == ["CAN"] and [r.code for r in ev.recipient] == ["TUR"]


def test_affirming_another_partys_right_backs_it(rules_coder):
    ev = _first(rules_coder, "وأكد المستشار الألماني حق أوكرانيا في الدفاع عن نفسها.", "2022-03-01", "SUPPORT")
    assert [a.code for a in ev.actor] == ["DEU"] and [r.code for r in ev.recipient] == ["UKR"]
    # one's own right affirmed backs no one
    evs = rules_coder.code(Document("r", "وأكدت إيران حقها في تخصيب اليورانيوم.", "2022-03-01"))
    assert not any(e.event_type == "SUPPORT" for e in evs)


def test_closing_a_crossing_restricts(rules_coder):
    text = "وأغلقت السلطات المصرية معبر رفح أمام المسافرين بعد الهجوم على قطاع غزة."
    evs = rules_coder.code(Document("x", text, "2019-11-13"))
    assert any(e.event_type == "COERCE" and e.mode == "restrict" for e in evs), [(e.event_type, e.trigger.text) for e in evs]


def test_barring_an_envoy_from_his_post_expels_him(rules_coder):
    text = "ومنعت السلطات الجزائرية السفير الفرنسي من العودة إلى مقر عمله."
    ev = _first(rules_coder, text, "2021-10-03", "SANCTION")
    assert ev.mode == "expel" and [a.code for a in ev.actor] == ["DZA"] and [r.code for r in ev.recipient] == ["FRA"]


def test_saying_one_will_no_longer_abide_by_limits_refuses_them(rules_coder):
    text = "وأعلنت كوريا الشمالية أنها لن تلتزم بعد اليوم بأي قيود على تجاربها الصاروخية."
    evs = rules_coder.code(Document("a", text, "2020-01-01"))
    assert any(e.event_type == "REJECT" and [a.code for a in e.actor] == ["PRK"] for e in evs), evs
    evs = rules_coder.code(Document("a", "والتزمت الرياض الصمت إزاء التصريحات.", "2020-01-01"))
    assert not any(e.event_type in ("AGREE", "REJECT") for e in evs)


def test_saying_the_blame_lies_with_a_party_accuses_it(rules_coder):
    text = "وقال المتحدث باسم الخارجية الصينية إن المسؤولية عن التصعيد تقع بالكامل على عاتق الولايات المتحدة."
    ev = _first(rules_coder, text, "2022-08-03", "ACCUSE")
    assert [a.code for a in ev.actor] == ["CHN"] and [r.code for r in ev.recipient] == ["USA"]


def test_revoking_a_permit_restricts_its_holder(rules_coder):
    text = "وسحبت السلطات المصرية ترخيص مكتب وكالة الأناضول التركية في القاهرة."
    ev = _first(rules_coder, text, "2017-01-10", "COERCE")
    assert ev.mode == "restrict" and [a.code for a in ev.actor] == ["EGY"] and [r.code for r in ev.recipient] == ["TUR"]


def test_cordoning_off_a_mission_restricts_it(rules_coder):
    ev = _first(rules_coder, "وطوقت الشرطة الإيرانية مقر السفارة البريطانية في طهران.", "2011-11-29", "COERCE")
    assert ev.mode == "restrict" and [a.code for a in ev.actor] == ["IRN"] and "GBR" in [r.code for r in ev.recipient]
    evs = rules_coder.code(Document("c", "وفرضت قوات الأمن طوق أمني حول المنطقة.", "2011-11-29"))
    assert not any(e.trigger.entry.id == "core.COERCE.cordon.verb" for e in evs)  # «طوق» the noun


def test_communications_are_no_contacts(rules_coder):
    for text in ("بحسب ما أعلن مدير الاتصالات في الرئاسة فخر الدين ألتون.",
                 "وأعلنت وزارة الاتصالات المصرية انقطاع الخدمة في سيناء."):
        evs = rules_coder.code(Document("c", text, "2020-02-28"))
        assert not any(e.event_type == "CONSULT" for e in evs), text


def test_expelling_a_single_diplomat_is_an_expulsion(rules_coder):
    ev = _first(rules_coder, "وأعلنت الخارجية الكندية طرد دبلوماسي هندي بارز.", "2023-09-18", "SANCTION")
    assert ev.mode == "expel" and [a.code for a in ev.actor] == ["CAN"] and [r.code for r in ev.recipient] == ["IND"]


def test_laying_down_arms_is_a_retreat(rules_coder):
    text = "وأعلنت حركة طالبان الباكستانية إلقاء السلاح والتخلي عن الكفاح المسلح ضد الحكومة."
    ev = _first(rules_coder, text, "2022-01-01", "RETREAT")
    assert ev.mode == "disarm"


def test_calling_anothers_words_a_grave_mistake_accuses_him(rules_coder):
    text = "ووصف الرئيس الإيراني تصريحات وزير الخارجية الأمريكي بأنها «خطأ فادح»."
    ev = _first(rules_coder, text, "2019-01-08", "ACCUSE")
    assert [a.code for a in ev.actor] == ["IRN"] and [r.code for r in ev.recipient] == ["USA"]
    # (a mistake alone is not enough: «ووصف نتنياهو ما جرى بأنه «خطأ مأساوي»» owns one)
    evs = rules_coder.code(Document("m", "ووصف رئيس الوزراء ما جرى بأنه «خطأ مأساوي».", "2024-04-02"))
    assert not any(e.event_type == "ACCUSE" for e in evs)


def test_a_verb_form_takes_no_accusative_alef():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    coder = Coder(detector=None)
    for text in ("ويخشى المصريون أن تدفع حكومتهم ثمناً سياسياً باهظاً أمام إثيوبيا.",
                 "وأصدرت فرنسا واثنتا عشرة دولة أخرى بياناً مشتركاً بشأن إيران."):
        evs = coder.code(Document("p", text, "2021-11-05"))
        assert not any(e.event_type == "SUPPORT" for e in evs), [(e.event_type, e.trigger.text) for e in evs]
    praise = coder.code(Document("q", "وثمّن الوزير اللبناني موقف السعودية.", "2021-11-05"))
    assert any(e.event_type == "SUPPORT" for e in praise)


def test_halting_trade_as_a_noun_and_a_national_security_council():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    coder = Coder(detector=None)
    evs = coder.code(Document("t", "وأعلنت وزارة التجارة الأردنية وقف التصدير إلى سوريا.", "2012-06-01"))
    assert [(e.event_type, e.actor[0].code) for e in evs] == [("SANCTION", "JOR")]
    evs = coder.code(Document("c", "وأعلن مجلس الأمن والدفاع السوداني قطع العلاقات مع كينيا.", "2024-01-03"))
    ev = next(e for e in evs if e.event_type == "SANCTION")
    assert ev.actor[0].code == "SDN" and ev.recipient[0].code == "KEN"


def test_gathering_is_a_protest_only_with_the_crowd_named():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    coder = Coder(detector=None)
    crowd = coder.code(Document("c", "وتجمع مئات المتظاهرين أمام السفارة الأمريكية في بيروت.", "2017-12-10"))
    assert any(e.event_type == "PROTEST" for e in crowd)
    summit = coder.code(Document("s", "وتجمع القمة الثلاثية الرئيس السوري وأمير قطر في دمشق.", "2008-09-04"))
    assert not any(e.event_type == "PROTEST" for e in summit)


@pytest.mark.parametrize("text", [
    "ورشق مئات المتظاهرين قوات الشرطة بالحجارة في وسط المدينة.",
    "وخرج آلاف المحتجين إلى الشوارع في بغداد.",
    "وتجمع نحو مائة متظاهر أمام السفارة الأمريكية في عمان.",
])
def test_a_crowd_named_after_its_verb_protests(text):
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("p", text, "2019-10-05"))
    assert any(e.event_type == "PROTEST" for e in evs), [(e.event_type, e.trigger.text) for e in evs]


def test_a_verb_without_a_crowd_is_no_protest():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("p", "وخرج الرئيس من المستشفى بعد أن أغلق المكتب أبوابه.", "2019-10-05"))
    assert not any(e.event_type == "PROTEST" for e in evs)


def _rules(text, date="2020-08-10"):
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    return Coder(detector=None).code(Document("v", text, date))


def _codes(mentions):
    return sorted({m.entity.code for m in mentions if m.entity.code})


def test_recognising_a_state_or_claim_is_support():
    evs = _rules("أعلن الرئيس الفرنسي اعتراف فرنسا بدولة فلسطين.")
    ev = next(e for e in evs if e.event_type == "SUPPORT")
    assert _codes(ev.actor) == ["FRA"] and _codes(ev.recipient) == ["PSE"]
    assert not [e for e in _rules("وأكد الوزير أن الاعتراف بالخطأ فضيلة.") if e.event_type == "SUPPORT"]


def test_teams_are_not_dispersed_and_a_crowd_is():
    assert not [e for e in _rules("وأرسلت مصر فرق إنقاذ إلى ليبيا.") if e.event_type == "COERCE"]
    assert [e for e in _rules("وفرقت الشرطة التونسية المتظاهرين بالغاز.") if e.event_type == "COERCE"]


def test_planes_of_an_air_force_loaded_with_medical_supplies_are_aid():
    evs = _rules("أرسلت قطر طائرات تابعة للقوات الجوية الأميرية محملة بمستلزمات طبية إلى لبنان.")
    assert [e.event_type for e in evs] == ["AID"] and _codes(evs[0].recipient) == ["LBN"]


def test_a_definite_noun_repeating_an_event_of_the_paragraph_is_no_new_event_but_another_kind_of_act_is():
    evs = _rules("قصفت إسرائيل مواقع لحماس في غزة. وأسفر القصف الإسرائيلي على غزة عن مقتل عشرة أشخاص.")
    assert len([e for e in evs if e.event_type == "ASSAULT" and _codes(e.actor) == ["ISR"]]) == 1
    # another kind of act between the same parties is a new event: tear gas after arrests
    evs = _rules("خرج مئات المصريين في القاهرة مطالبين برحيل الحكومة. واعتقلت الشرطة المصرية عشرات المحتجين في ميدان "
                 "التحرير. وأطلقت قوات الأمن المصرية الغاز المسيل للدموع على المحتجين.", date="2019-09-21")
    assert [e.mode for e in evs if e.event_type == "COERCE"] == ["arrest", "repress"]


def test_two_states_reopening_their_crossing_cooperate_and_one_opening_it_concedes():
    evs = _rules("أعادت سوريا والأردن فتح معبر نصيب الحدودي أمام حركة المسافرين.", date="2018-10-15")
    assert [(e.event_type, _codes(e.actor)) for e in evs] == [("COOPERATE", ["JOR", "SYR"])]
    evs = _rules("فتحت تركيا معبر باب الهوى أمام قوافل المساعدات.", date="2018-10-15")
    assert [e.event_type for e in evs] == ["CONCEDE"]


def test_a_plane_arriving_with_aid_is_aid_from_its_nisba_to_the_airports_state():
    evs = _rules("هبطت في مطار حلب الدولي طائرة سعودية محمّلة بمساعدات إغاثية لمتضرري الزلزال.", date="2023-02-14")
    assert [(e.event_type, _codes(e.actor), _codes(e.recipient)) for e in evs] == [("AID", ["SAU"], ["SYR"])]
    evs = _rules("ووصلت إلى مطار دمشق الدولي أمس طائرة مساعدات عراقية تحمل 70 طنا من المواد الغذائية.",
                 date="2023-02-10")
    assert [(e.event_type, _codes(e.actor), _codes(e.recipient)) for e in evs] == [("AID", ["IRQ"], ["SYR"])]
    evs = _rules("وصل إلى بيروت أمس وزير الخارجية الفرنسي.", date="2020-08-07")
    assert [(e.event_type, _codes(e.actor), _codes(e.recipient)) for e in evs] == [("CONSULT", ["FRA"], ["LBN"])]


@pytest.mark.parametrize("text, trigger", [
    ("أعلنت الخرطوم قطع العلاقات مع أبوظبي، وسحب السفارة السودانية من أراضيها.", "وسحب"),
    ("أعلنت باكستان استدعاء سفيرها من طهران، كما علقت جميع الزيارات الرسمية رفيعة المستوى مع إيران.", "علقت"),
    ("أعلنت الرياض وقف المساعدات للجيش اللبناني، وإيقاف المساعدات المخصصة لقوى الأمن الداخلي.", "وإيقاف"),
])
def test_a_mission_withdrawn_visits_suspended_or_aid_stopped_are_sanctions(rules_coder, text, trigger):
    evs = rules_coder.code(Document("s", text, "2020-01-01"))
    assert any(e.event_type == "SANCTION" and e.trigger.text == trigger for e in evs), \
        [(e.event_type, e.trigger.text) for e in evs]


def test_suspending_sanctions_eases_them_and_suspending_coordination_sanctions():
    evs = _rules("علّق الاتحاد الأوروبي اليوم عدداً من العقوبات المفروضة على سوريا.", date="2025-02-24")
    assert [(e.event_type, _codes(e.actor), _codes(e.recipient)) for e in evs] == [("CONCEDE", ["EUR"], ["SYR"])]
    evs = _rules("علقت السلطة الفلسطينية التنسيق الأمني مع إسرائيل.", date="2023-01-26")
    assert [e.event_type for e in evs] == ["SANCTION"]


def test_a_sum_given_is_aid_and_his_country_is_the_titled_speakers():
    evs = _rules("أعلن أمير الكويت، في افتتاح مؤتمر الكويت الدولي لإعادة إعمار العراق، تقديم بلاده ملياري دولار للعراق.",
                 date="2018-02-14")
    assert [(e.event_type, _codes(e.actor), _codes(e.recipient)) for e in evs] == [("AID", ["KWT"], ["IRQ"])]


def test_an_honorific_may_stand_before_a_light_verbs_subject():
    evs = _rules("وجّه صاحب السمو الشيخ محمد بن زايد آل نهيان بتقديم 100 مليون دولار إلى سوريا.", date="2023-02-07")
    assert [(e.event_type, _codes(e.actor)) for e in evs] == [("AID", ["ARE"])]


def test_signing_a_decree_alone_is_no_agreement_and_a_joint_declaration_is():
    evs = _rules("أعلن الرئيس الأمريكي دونالد ترامب أنه وقّع مرسوماً يعترف بسيادة المغرب على الصحراء الغربية.",
                 date="2020-12-10")
    assert [e.event_type for e in evs] == ["SUPPORT"]
    evs = _rules("ووقّع رئيس الوزراء الإثيوبي والرئيس الإريتري «إعلاناً مشتركاً للسلام والصداقة».", date="2018-07-09")
    assert [e.event_type for e in evs] == ["AGREE"]


def test_a_ceasefire_written_with_a_preposition_and_an_adjective():
    evs = _rules("أعلن حزب العمال الكردستاني وقفاً لإطلاق النار مع تركيا.", date="2025-03-01")
    assert [e.event_type for e in evs] == ["RETREAT"]
    evs = _rules("أعلن التحالف بقيادة السعودية وقفاً شاملاً لإطلاق النار في اليمن.", date="2020-04-08")
    assert [e.event_type for e in evs] == ["RETREAT"]


def test_a_masdar_stating_the_purpose_of_an_act_of_its_type_is_no_other_act():
    evs = _rules("وجّه الشيخ محمد بن زايد بتقديم 100 مليون دولار لإغاثة المتضررين من الزلزال في سوريا وتركيا.",
                 date="2023-02-07")
    assert [(e.event_type, _codes(e.actor), _codes(e.recipient)) for e in evs] == [("AID", ["ARE"], ["SYR", "TUR"])]


def test_security_council_emergency_session_is_a_meeting():
    evs = _rules("وعقد مجلس الأمن الدولي أمس الجمعة جلسة طارئة بشأن التصعيد في المنطقة.", date="2024-01-13")
    assert [(e.event_type, _codes(e.actor)) for e in evs] == [("CONSULT", ["UNO"])]


def test_riot_control_weapons_repress_and_their_list_is_one_act():
    text = "وأطلقت قوات الأمن العراقية قنابل الصوت والغاز المسيل للدموع على المحتجين."
    evs = _rules(text, date="2019-10-02")
    assert [(e.event_type, e.mode, _codes(e.actor)) for e in evs] == [("COERCE", "repress", ["IRQ"])]


def test_the_antecedent_of_a_relative_light_verb_is_its_subject():
    text = "واندلعت مواجهات مع قوات الأمن اللبنانية التي أطلقت الغاز المسيل للدموع."
    ev = next(e for e in _rules(text, date="2020-08-09") if e.event_type == "COERCE")
    assert [a.text for a in ev.actor] == ["قوات الأمن اللبنانية"]


def test_holding_people_is_arrest_and_stopping_strikes_is_not():
    evs = _rules("وأوقفت الشرطة التركية عشرات الأشخاص في إسطنبول.", date="2018-01-25")
    assert [(e.event_type, e.mode) for e in evs] == [("COERCE", "arrest")]
    assert "COERCE" not in [e.event_type for e in _rules("وأوقفت إسرائيل الضربات على غزة.", date="2021-05-21")]


def test_seizing_a_town_is_coercion_and_controlling_a_situation_is_not():
    evs = _rules("وسيطرت الفصائل المسلحة على معظم مدينة حلب.", date="2024-12-01")
    assert [(e.event_type, e.mode) for e in evs] == [("COERCE", "seize")]
    assert not _rules("وسيطرت الحكومة على الوضع الأمني.", date="2024-12-01")


def test_forces_returning_from_a_place_withdraw_from_it():
    evs = _rules("وأعلنت أبوظبي عودة قواتها من عدن.", date="2019-10-30")
    assert [(e.event_type, _codes(e.actor), _codes(e.recipient)) for e in evs] == [("RETREAT", ["ARE"], ["YEM"])]


def test_a_meeting_planned_during_a_visit_is_part_of_it_and_one_held_is_its_own():
    planned = _rules("يبدأ الرئيس السوري غداً زيارة رسمية إلى فرنسا يلتقي خلالها نظيره الفرنسي.", date="2025-05-06")
    assert [e.event_type for e in planned] == ["CONSULT"]
    held = _rules("وزار المبعوث الأمريكي بيروت، والتقى خلالها رئيس الجمهورية اللبناني.", date="2022-06-14")
    assert [e.event_type for e in held] == ["CONSULT", "CONSULT"]


@pytest.mark.parametrize("text, date, expected", [
    ("وجّه خادم الحرمين الشريفين الملك سلمان بإيداع ملياري دولار في البنك المركزي اليمني.", "2018-01-17", "AID"),
    ("افتتحت دولة الإمارات مستشفى ميدانياً في جنوب قطاع غزة.", "2023-12-02", "AID"),
    ("أعلن وزير الدفاع الأمريكي توجيه مجموعة حاملة الطائرات إلى شرق البحر المتوسط.", "2023-10-08", "MOBILIZE"),
    ("الجيش الإسرائيلي استدعى 300 ألف جندي احتياط خلال 48 ساعة.", "2023-10-09", "MOBILIZE"),
    ("فرضت السلطات الإيرانية قطعاً شبه كامل لخدمة الإنترنت في أنحاء البلاد.", "2019-11-17", "COERCE"),
    ("أصدر الرئيس المصري قراراً بالعفو الرئاسي عن عدد من المحكوم عليهم.", "2022-04-24", "CONCEDE"),  # at home
    ("أصدر رئيس مجلس السيادة السوداني مرسوماً برفع حالة الطوارئ في البلاد.", "2022-05-29", "CONCEDE"),
    ("قررت الحكومة الإسرائيلية إنهاء الحصار المفروض على قطاع غزة.", "2022-05-29", "CONCEDE"),
    ("أنهت القوات الإسرائيلية الحصار على مدينة جنين.", "2022-05-29", "CONCEDE"),
    ("استخدمت قوات الأمن العراقية الرصاص الحي لتفريق المحتجين في الناصرية.", "2019-11-28", "COERCE"),
])
def test_aid_mobilisation_restriction_and_pardon_vocabulary(text, date, expected):
    assert expected in [e.event_type for e in _rules(text, date=date)]


def test_torture_and_sexual_violence_suffered_are_attacks_by_whoever_did_them():
    evs = _rules("وقال معتقلون سابقون إنهم تعرضوا للتعذيب على أيدي عناصر الأمن السوري.", date="2022-01-10")
    assert [(e.event_type, e.mode, e.cameo, _codes(e.actor)) for e in evs] == [("ASSAULT", "torture", "1822", ["SYR"])]
    # (the doer named through the members it sent)
    evs = _rules("وتعرضت نساء للاغتصاب على أيدي عناصر من قوات الدعم السريع.", date="2023-08-01")
    assert [(e.event_type, e.mode, e.cameo, _codes(e.actor)) for e in evs] == [("ASSAULT", "sexual", "1821", ["SDN"])]
    evs = _rules("وتعرضت نساء لاعتداءات جنسية على أيدي جنود إثيوبيين في إقليم تيغراي.", date="2021-03-01")
    assert [(e.event_type, e.mode, _codes(e.actor)) for e in evs] == [("ASSAULT", "sexual", ["ETH"])]
    # a cause, a charge and a usurpation are no such acts
    for text in ("وقعت الحكومة العراقية على اتفاقية مناهضة التعذيب.", "قال الرئيس إن إسرائيل اغتصبت الأرض الفلسطينية."):
        assert "ASSAULT" not in [e.event_type for e in _rules(text, date="2022-01-10")]


def test_ties_established_and_captives_exchanged_across_the_subject():
    evs = _rules("أقامت هندوراس علاقات دبلوماسية مع الصين.", date="2023-03-26")
    assert [(e.event_type, _codes(e.actor), _codes(e.recipient)) for e in evs] == [("AGREE", ["HND"], ["CHN"])]
    assert not _rules("وتقيم إسرائيل علاقات مع عدد من الدول العربية.", date="2023-03-26")  # a state of things
    evs = _rules("تبادلت روسيا وأوكرانيا مئات الأسرى بوساطة إماراتية.", date="2024-01-03")
    assert [(e.event_type, e.mode) for e in evs] == [("RETREAT", "release")]


def test_a_pair_named_in_what_is_called_for_is_not_the_caller():
    evs = _rules("دعا إلى إقامة علاقات طبيعية بين السعودية وإسرائيل.", date="2023-09-20")
    assert not [e for e in evs if e.event_type == "REQUEST" and _codes(e.actor) == ["SAU"]]
    # (a secretary-general of no body named is no official of the state the sentence names)
    evs = _rules("ودعا الأمين العام إلى الحوار بين الحكومة السودانية وقوات الدعم السريع.", date="2023-05-01")
    assert [(e.event_type, _codes(e.actor), [a.text for a in e.actor]) for e in evs] \
        == [("REQUEST", [], ["الأمين العام"])]
    evs = _rules("ودعا وزير الخارجية الأمريكي إلى الحوار بين الحكومة السودانية وقوات الدعم السريع.", date="2023-05-01")
    assert [(e.event_type, _codes(e.actor), _codes(e.recipient)) for e in evs] == [("REQUEST", ["USA"], ["SDN"])]


def test_support_after_aid_is_its_purpose():
    evs = _rules("خصصت اليابان 10 ملايين دولار لدعم اللاجئين السوريين في الأردن.", date="2023-02-01")
    assert [(e.event_type, _codes(e.actor)) for e in evs] == [("AID", ["JPN"])]


def test_a_noun_inside_an_adverbial_frame_is_not_the_light_verbs_object():
    evs = _rules("وأصدر البلدان في ختام المباحثات إعلاناً مشتركاً.", date="2022-04-07")
    assert "CONSULT" not in [e.event_type for e in evs]


def test_units_entering_a_town_deploy_and_an_agreement_entering_force_does_not():
    evs = _rules("ودخلت وحدات من الجيش السوري مدينة منبج.", date="2019-10-15")
    assert [(e.event_type, _codes(e.actor)) for e in evs] == [("MOBILIZE", ["SYR"])]
    assert not _rules("ودخل الاتفاق حيز التنفيذ.", date="2019-10-15")


def test_not_recognising_is_a_refusal():
    evs = _rules("وقال وزير الخارجية الأمريكي إن بلاده لا تعترف بالاستفتاء.", date="2017-09-29")
    assert [(e.event_type, _codes(e.actor)) for e in evs] == [("REJECT", ["USA"])]


def test_a_crowd_storming_a_building_protests_and_troops_storming_a_camp_attack():
    evs = _rules("واقتحم محتجون مبنى وزارة الخارجية في بيروت.", date="2020-08-09")
    assert [(e.event_type, e.mode) for e in evs] == [("PROTEST", "obstruct")]
    evs = _rules("واقتحمت قوات الاحتلال مخيم جنين.", date="2023-07-03")
    assert [e.event_type for e in evs] == ["ASSAULT"]


def test_a_consequence_inside_a_warning_is_that_warning():
    text = "وحذر عبد الملك الحوثي من أن أي هجوم أميركي على اليمن «لن يبقى دون رد»."
    evs = _rules(text, date="2024-01-12")
    assert [e.event_type for e in evs if e.event_type == "THREATEN"] == ["THREATEN"]


def _dyads(coder, text, event_type, date="2021-05-21"):
    """(actor codes, recipient codes) of each event of `event_type` coded in `text`."""
    from rasad.schema import Document

    return [([a.code for a in e.actor], [r.code for r in e.recipient])
            for e in coder.code(Document("t", text, date)) if e.event_type == event_type]


def test_concern_voiced_at_a_party_is_disapproval_and_concern_at_events_is_nothing(rules_coder):
    def accusations(text):
        return _dyads(rules_coder, text, "ACCUSE")

    assert accusations("وأعربت الخارجية الفرنسية عن قلقها البالغ من القرار الإسرائيلي.") == [(["FRA"], ["ISR"])]
    assert accusations("وقال المتحدث إن الولايات المتحدة تشعر بقلق بالغ إزاء استيلاء الجيش السوداني على السلطة.") \
        == [(["USA"], ["SDN"])]
    assert accusations("وأعربت الصين عن قلقها من تصاعد التوتر في المنطقة.") == []
    assert accusations("وأبدت الصين امتعاضها من زيارة رئيسة مجلس النواب الأمريكي إلى تايوان.") == [(["CHN"], ["USA"])]
    # astonishment and disgust voiced are disapproval too
    assert accusations("وأعربت الخارجية المغربية عن «استغرابها العميق» من القرار الألماني.") == [(["MAR"], ["DEU"])]
    assert accusations("وعبّرت الخارجية الأردنية عن استهجانها للتصريحات الإسرائيلية.") == [(["JOR"], ["ISR"])]
    assert accusations("ويسود القلق من تصاعد التوتر بين إيران والولايات المتحدة.") == []
    # a concern described, not voiced
    assert accusations("ولا يزال القلق الأمريكي من الصين قائماً.") == []


def test_concessions_at_home_resignations_and_delistings(rules_coder):
    def concessions(text):
        return _dyads(rules_coder, text, "CONCEDE", "2019-04-02")

    assert concessions("قدّم رئيس الوزراء الأردني هاني الملقي استقالة حكومته إلى العاهل الأردني.") == [(["JOR"], ["JOR"])]
    assert concessions("وتدهور الاقتصاد بعد استقالة الحكومة الأردنية في يونيو.") == []  # recalled, not tendered
    assert concessions("وأعلن الرئيس المصري إلغاء مد حالة الطوارئ في جميع أنحاء البلاد.") == [(["EGY"], ["EGY"])]
    assert concessions("وأعلنت الإدارة الأمريكية شطب اسم السودان من قائمة الدول الراعية للإرهاب.") == [(["USA"], ["SDN"])]
    assert concessions("وقالت واشنطن إنها ستلغي تصنيف جماعة الحوثي منظمة إرهابية.") == [(["USA"], ["YEM"])]


def test_self_directed_and_needs_recipient_exclude_each_other(tmp_path):
    from rasad.lexicon.lexicon import LexiconError, load_entries

    bad = tmp_path / "bad.yaml"
    bad.write_text('- {id: t.x, event: CONCEDE, pos: verb, frame: directed, self_directed: true, '
                   'needs_recipient: true, forms: [استقال]}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="self_directed"):
        load_entries([bad])


def test_joint_drills_are_cooperation_and_standing_by_a_state_is_support(rules_coder):
    drills = _dyads(rules_coder, "بدأت القوات البحرية لإيران وروسيا والصين مناورات «حزام الأمن البحري» المشتركة.",
                    "COOPERATE")
    assert len(drills) == 1 and {"IRN", "RUS", "CHN"} <= set(drills[0][0] + drills[0][1])
    assert _dyads(rules_coder, "بدأت القوات البحرية الإيرانية مناورات واسعة في مياه الخليج.", "COOPERATE") == []
    assert _dyads(rules_coder, "وقال الرئيس التركي إن بلاده تقف إلى جانب أذربيجان.", "SUPPORT") == [(["TUR"], ["AZE"])]


def test_gratitude_voiced_in_quotes_and_an_apology_are_support(rules_coder):
    assert _dyads(rules_coder, "أعرب الرئيس الأمريكي جو بايدن عن «خالص امتنانه» للرئيس عبد الفتاح السيسي.",
                  "SUPPORT") == [(["USA"], ["EGY"])]
    assert _dyads(rules_coder, "وقدّم الرئيس التركي اعتذاره للرئيس الروسي عن إسقاط القاذفة.", "SUPPORT") \
        == [(["TUR"], ["RUS"])]


def test_refusing_to_accept_a_veto_and_what_is_shot_down(rules_coder):
    assert _dyads(rules_coder, "قال الرئيس التونسي إن تونس لن تقبل إملاءات صندوق النقد الدولي.", "REJECT") \
        == [(["TUN"], ["IGO"])]
    assert _dyads(rules_coder, "وجاء الفيتو الأمريكي ضد مشروع القرار الجزائري بعد ساعات.", "REJECT") == [(["USA"], ["DZA"])]
    assert _dyads(rules_coder, "وأسقطت الولايات المتحدة مشروع قرار في مجلس الأمن.", "ASSAULT") == []
    assert (["SAU"], ["YEM"]) in _dyads(rules_coder, "وأسقطت الدفاعات الجوية السعودية طائرة مسيرة أطلقها الحوثيون.",
                                        "ASSAULT")
    # a dual of what flies is shot down too
    assert (["TUR"], ["SYR"]) in _dyads(rules_coder, "وأسقطت القوات التركية مقاتلتين سوريتين فوق إدلب.", "ASSAULT")


def test_curfews_dispersals_recalls_congratulations_and_the_number_twelve(rules_coder):
    assert _dyads(rules_coder, "أعلن مكتب رئيس الوزراء العراقي فرض حظر شامل للتجوال في بغداد.", "COERCE") \
        == [(["IRQ"], ["IRQ"])]
    assert _dyads(rules_coder, "أعلن مكتب رئيس الوزراء العراقي فرض حظر شامل للتجوال في بغداد.", "SANCTION") == []
    assert _dyads(rules_coder, "فرضت الولايات المتحدة عقوبات على إيران.", "SANCTION") == [(["USA"], ["IRN"])]
    assert _dyads(rules_coder, "فضّت قوات الأمن السودانية بالقوة اعتصام المحتجين في الخرطوم.", "COERCE") \
        == [(["SDN"], ["SDN"])]
    assert _dyads(rules_coder, "استدعت قطر سفيرها في القاهرة للتشاور.", "SANCTION") == [(["QAT"], ["EGY"])]
    assert _dyads(rules_coder, "بعث الملك سلمان بن عبد العزيز برقية تهنئة للرئيس رجب طيب أردوغان.", "SUPPORT") \
        == [(["SAU"], ["TUR"])]
    assert _dyads(rules_coder, "طلبت الجزائر من اثني عشر موظفاً في السفارة الفرنسية مغادرة أراضيها.", "SUPPORT") == []


def test_persona_non_grata_frozen_dealings_and_suspended_flights(rules_coder):
    assert _dyads(rules_coder, "أعلنت المملكة العربية السعودية أن السفير الكندي لديها «شخص غير مرغوب فيه».",
                  "SANCTION") == [(["SAU"], ["CAN"])]
    assert _dyads(rules_coder, "جمّدت السعودية كل التعاملات التجارية والاستثمارية الجديدة مع كندا.", "SANCTION") \
        == [(["SAU"], ["CAN"])]
    assert _dyads(rules_coder, "أعلنت الخطوط الجوية العربية السعودية تعليق جميع رحلاتها إلى كندا.", "SANCTION") \
        == [(["SAU"], ["CAN"])]
    assert _dyads(rules_coder, "جمّدت الحكومة أسعار الوقود حتى نهاية العام.", "SANCTION") == []


def test_dismissals_and_frozen_powers_coerce_at_home_but_a_waiver_does_not(rules_coder):
    text = "أعلن الرئيس التونسي قيس سعيد تجميد اختصاصات مجلس نواب الشعب وإعفاء رئيس الحكومة هشام المشيشي من مهامه."
    assert _dyads(rules_coder, text, "COERCE") == [(["TUN"], ["TUN"]), (["TUN"], ["TUN"])]
    assert _dyads(rules_coder, "أقال الرئيس الجزائري وزير الداخلية.", "COERCE") == [(["DZA"], ["DZA"])]
    assert _dyads(rules_coder, "منحت الولايات المتحدة العراق إعفاء من العقوبات لشراء الكهرباء من إيران.", "COERCE") == []
    assert _dyads(rules_coder, "طالب المحتجون بإقالة وزير الصحة.", "COERCE") == []  # what is asked for


def test_granting_gives_aid_only_with_money_or_shelter(rules_coder):
    assert _dyads(rules_coder, "منحت ألمانيا الأردن قرضا بقيمة 100 مليون يورو.", "AID") == [(["DEU"], ["JOR"])]
    assert _dyads(rules_coder, "منحت روسيا الرئيس السوري المخلوع بشار الأسد وأفراد عائلته حق اللجوء.", "AID") \
        == [(["RUS"], ["SYR"])]
    assert _dyads(rules_coder, "رفعت الولايات المتحدة العقوبات عن سوريا لمنحها فرصة.", "AID") == []


def test_crowds_storming_or_setting_fire_protest_and_so_does_burning_a_flag(rules_coder):
    assert _dyads(rules_coder, "اقتحم مئات من أنصار التيار الصدري مبنى السفارة السويدية في بغداد.",
                  "PROTEST") == [(["IRQ"], ["SWE"])]
    assert _dyads(rules_coder, "أضرم محتجون غاضبون النار في مبنى القنصلية الإيرانية في البصرة.", "PROTEST") \
        == [(["IRQ"], ["IRN"])]
    assert _dyads(rules_coder, "أضرم محتجون من أنصار التيار الصدري النار في مبنى السفارة السويدية ببغداد.", "PROTEST") \
        == [(["IRQ"], ["SWE"])]
    assert _dyads(rules_coder, "وأضرم عدد من النواب الإيرانيين النار في علم أميركي داخل البرلمان.", "PROTEST") \
        == [(["IRN"], ["USA"])]
    # one protest told in two acts
    assert len(_dyads(rules_coder, "اقتحم محتجون عراقيون السفارة السويدية في بغداد وأضرموا النار فيها.", "PROTEST")) == 1
    assert _dyads(rules_coder, "أضرم مسلحون النار في منازل المدنيين في دارفور.", "PROTEST") == []


def test_ending_a_pact_sanctions_its_partner_and_refusing_talks_names_their_party(rules_coder):
    assert _dyads(rules_coder, "أعلنت الحكومة التشادية إنهاء اتفاق التعاون في مجال الدفاع الموقع مع فرنسا.", "SANCTION") \
        == [(["TCD"], ["FRA"])]
    assert _dyads(rules_coder, "أعلنت الحكومة التشادية إنهاء اتفاق التعاون في مجال الدفاع الموقع مع فرنسا.",
                  "COOPERATE") == []
    assert _dyads(rules_coder, "جدّد رئيس الوزراء العراقي رفضه أي حوار مع سلطات إقليم كردستان.", "REJECT") \
        == [(["IRQ"], ["IRQ"])]


def test_undesignating_lifting_a_curfew_announcing_a_resignation_and_allowing_flights_concede(rules_coder):
    assert _dyads(rules_coder, "ألغت إدارة بايدن تصنيف جماعة «أنصار الله» منظمة إرهابية.", "CONCEDE") \
        == [(["USA"], ["YEM"])]
    assert _dyads(rules_coder, "ألغت إدارة بايدن تصنيف جماعة «أنصار الله» منظمة إرهابية.", "SANCTION") == []
    assert _dyads(rules_coder, "ورفعت قيادة العمليات المشتركة العراقية حظر التجول الشامل في بغداد.", "CONCEDE") \
        == [(["IRQ"], ["IRQ"])]
    assert _dyads(rules_coder, "أعلن رئيس الوزراء اللبناني حسان دياب مساء الاثنين استقالة حكومته.", "CONCEDE") \
        == [(["LBN"], ["LBN"])]
    assert _dyads(rules_coder, "وأعلن المغرب أنه سيسمح برحلات جوية مباشرة مع إسرائيل.", "CONCEDE") == [(["MAR"], ["ISR"])]


def test_bombers_and_carrier_groups_moved_mobilise(rules_coder):
    assert _dyads(rules_coder, "نشرت روسيا ثلاث قاذفات بعيدة المدى في قاعدة حميميم الجوية بسوريا.", "MOBILIZE") \
        == [(["RUS"], ["SYR"])]
    assert [a for a, _ in _dyads(rules_coder, "وأمر وزير الدفاع الأمريكي بتحريك مجموعة حاملة الطائرات إلى شرق المتوسط.",
                                 "MOBILIZE")] == [["USA"]]


def test_holding_princes_or_ministers_arrests(rules_coder):
    assert _dyads(rules_coder, "أوقفت السلطات السعودية أميراً وعدداً من الوزراء السابقين.", "COERCE") == [(["SAU"], ["SAU"])]


def test_suspending_ties_is_a_sanction_and_its_listed_objects_are_part_of_it(rules_coder):
    text = "قررت المملكة المغربية تعليق كل أشكال التواصل والتعاون مع السفارة الألمانية في الرباط."
    assert _dyads(rules_coder, text, "SANCTION") == [(["MAR"], ["DEU"])]
    assert _dyads(rules_coder, text, "COOPERATE") == []


def test_not_hesitating_to_help_threatens_no_one():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("h", "وأكدت الولايات المتحدة أنها لن تتردد في دعم حلفائها.", "2021-08-25"))
    assert not any(e.event_type == "THREATEN" for e in evs)


@pytest.mark.parametrize("text", [
    "واستدعت وزيرة الخارجية الإسبانية السفيرة المغربية في مدريد.",  # «السفيرة» is not «سفيره», his ambassador
    "واستدعت وزيرة الخارجية الإسبانية السفير المغربي في مدريد لإبلاغه احتجاج بلادها على ما جرى عند الحدود، "
    "فردت الرباط باستدعاء سفيرها للتشاور.",  # the later «سفيرها» is the second act's, not the first's
])
def test_summoning_another_states_envoy_is_no_recall(text):
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("s", text, "2021-05-18"))
    first = min(evs, key=lambda e: e.trigger.span[0])
    assert first.event_type == "ACCUSE" and first.trigger.entry.id == "core.ACCUSE.summon.verb"


@pytest.mark.parametrize("text", [
    "واستدعت الكويت القائم بأعمالها في بيروت.",  # its own, not another state's
    # a day and month between the verb and the envoy does not part them
    "وكانت الكويت قد استدعت في الحادي والعشرين من نوفمبر/تشرين الثاني الماضي القائم بأعمالها في بيروت للتشاور.",
])
def test_ones_own_charge_daffaires_is_recalled(rules_coder, text):
    evs = code(rules_coder, text, "2021-12-10")
    assert [(e.event_type, codes(e.actor), codes(e.recipient)) for e in evs] == [("SANCTION", ["KWT"], ["LBN"])]


def test_the_female_envoy_may_be_expelled():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("e", "وأعلنت الحكومة العراقية طرد السفيرة السويدية.", "2023-07-20"))
    assert [e.event_type for e in evs] == ["SANCTION"]


def test_cutting_off_supplies_is_an_embargo():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("c", "وقطعت روسيا إمدادات الغاز عن بولندا وبلغاريا.", "2022-04-27"))
    assert [(e.event_type, e.mode) for e in evs] == [("SANCTION", "embargo")]
    assert sorted(r.code for r in evs[0].recipient) == ["BGR", "POL"]


def test_granting_asylum_announced_by_a_minister_is_his_states_aid_to_the_guests():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    text = "أعلن وزير الخارجية المكسيكي مارسيلو إبرارد منح الرئيس البوليفي المستقيل إيفو موراليس حق اللجوء السياسي."
    evs = Coder(detector=None).code(Document("g", text, "2019-11-11"))
    aid = next(e for e in evs if e.event_type == "AID")
    assert {a.code for a in aid.actor} == {"MEX"} and {r.code for r in aid.recipient} == {"BOL"}


def test_expelling_diplomats_announced_is_a_masdar_and_the_charge_is_the_governments():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    text = "أعلنت الحكومة التشيكية طرد 18 دبلوماسياً روسياً، متهمة عناصر من الاستخبارات العسكرية الروسية بالتورط في التفجير."
    evs = Coder(detector=None).code(Document("x", text, "2021-04-17"))
    charge = next(e for e in evs if e.event_type == "ACCUSE")
    assert {a.code for a in charge.actor} == {"CZE"} and {r.code for r in charge.recipient} == {"RUS"}


def test_shooting_down_drones_named_as_a_masdar_is_an_attack_on_their_sender():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    text = "أعلنت القيادة العملياتية للقوات المسلحة البولندية إسقاط عدد من الطائرات المسيّرة الروسية."
    evs = Coder(detector=None).code(Document("d", text, "2025-09-10"))
    ev = next(e for e in evs if e.event_type == "ASSAULT")
    assert {a.code for a in ev.actor} == {"POL"} and {r.code for r in ev.recipient} == {"RUS"}


@pytest.mark.parametrize("text, mobilized", [
    ("وعززت الحكومة البولندية انتشار قواتها على الحدود بآلاف الجنود الإضافيين.", True),
    ("وأعلنت واشنطن تعزيز وجودها العسكري في الخليج.", True),
    ("واتفق البلدان على تعزيز التعاون العسكري.", False),
    ("وأعلن ماكرون تعزيز الوجود العسكري الفرنسي في شرق المتوسط.", True),
    ("وردت اليونان بوضع قواتها المسلحة في حالة تأهب.", True),
    ("ووضع الرئيس حجر الأساس لمستشفى جديد.", False),
])
def test_reinforcing_forces_or_a_presence_mobilises(text, mobilized):
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("m", text, "2021-11-09"))
    assert any(e.event_type == "MOBILIZE" for e in evs) == mobilized


@pytest.mark.parametrize("text, seized", [
    ("وسيطرت القوات الإسرائيلية على الجانب السوري من جبل الشيخ.", True),
    ("وأعلن الجيش السوري السيطرة على مدينة سراقب.", True),
    ("أعلن الجيش اليمني استعادة السيطرة الكاملة على القصر الرئاسي في عدن.", True),  # a seat of power taken
    ("وقال إن الحكومة تسعى إلى السيطرة على الوضع.", False),
    # the purpose of an attack is no seizure of its own
    ("أطلقت قوات الجيش الوطني الليبي هجوماً عسكرياً للسيطرة على العاصمة طرابلس.", False),
])
def test_taking_control_of_a_place_is_a_seizure(text, seized):
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("s", text, "2024-12-10"))
    assert any(e.event_type == "COERCE" and e.mode == "seize" for e in evs) == seized


def test_telling_an_ambassador_he_must_leave_expels_him():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("e", "وأبلغت الخارجية المغربية السفير الإيراني بضرورة مغادرة البلاد.", "2018-05-01"))
    assert [(e.event_type, e.mode) for e in evs] == [("SANCTION", "expel")]
    assert {a.code for a in evs[0].actor} == {"MAR"} and {r.code for r in evs[0].recipient} == {"IRN"}


def test_threatening_after_a_comma_is_the_circumstantial_participle():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    text = ("أمهل عبد الملك الحوثي الوسطاء أربعة أيام لإعادة فتح المعابر، مهدداً باستئناف العمليات البحرية ضد العدو "
            "الإسرائيلي.")
    evs = Coder(detector=None).code(Document("t", text, "2025-03-07"))
    threat = next(e for e in evs if e.trigger.text == "مهدداً")
    assert {a.code for a in threat.actor} == {"YEM"} and {r.code for r in threat.recipient} == {"ISR"}


def test_a_deed_said_to_be_a_violation_accuses_its_doer_not_the_speaker():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("v", "وقال الوزير إن الهجوم الإسرائيلي يشكل انتهاكاً للقانون الدولي.",
                                             "2024-02-03"))
    ev = next(e for e in evs if e.event_type == "ACCUSE")
    assert {r.code for r in ev.recipient} == {"ISR"} and "ISR" not in {a.code for a in ev.actor}


def test_a_stance_said_to_be_interference_accuses_its_owner_and_a_resignation_announced_by_another_concedes():
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    coder = Coder(detector=None)
    evs = coder.code(Document("i", "وجمّدت السعودية التعاملات التجارية مع كندا، مؤكدة أن موقف أوتاوا يمثل «تدخلاً صريحاً» "
                                   "في شؤونها الداخلية.", "2018-08-06"))
    charge = next(e for e in evs if e.event_type == "ACCUSE")
    assert {a.code for a in charge.actor} == {"SAU"} and {r.code for r in charge.recipient} == {"CAN"}
    evs = coder.code(Document("r", "أعلن قائد الجيش البنغالي الجنرال وقار الزمان في كلمة متلفزة استقالة رئيسة الوزراء "
                                   "الشيخة حسينة.", "2024-08-05"))
    assert [(e.event_type, sorted(r.code for r in e.recipient)) for e in evs] == [("CONCEDE", ["BGD"])]


@pytest.mark.parametrize("text, actor, recipient", [
    ("قضت المحكمة الدستورية في جنوب أفريقيا بسجن الرئيس السابق جاكوب زوما خمسة عشر شهراً.", "ZAF", "ZAF"),
    ("وحكمت محكمة إيرانية على الباحثة الفرنسية بالسجن خمس سنوات.", "IRN", "FRA"),
])
def test_a_court_sentencing_someone_sanctions_them(text, actor, recipient):
    from rasad.coder.pipeline import Coder
    from rasad.schema import Document

    evs = Coder(detector=None).code(Document("c", text, "2021-06-29"))
    ev = next(e for e in evs if e.event_type == "SANCTION")
    assert ev.mode == "convict" and {a.code for a in ev.actor} == {actor} and {r.code for r in ev.recipient} == {recipient}



def test_measures_withdrawn_put_off_or_consented_to_are_concessions(rules_coder):
    def concessions(text):
        return _dyads(rules_coder, text, "CONCEDE", "2022-03-10")

    # withdrawing or suspending one's own measure yields at home; the measure must follow at once
    assert concessions("أعلنت الحكومة المغربية تعليق الزيادة في أسعار الوقود.") == [(["MAR"], ["MAR"])]
    assert concessions("وأعلن وزير المالية التونسي التراجع عن قرار رفع الضرائب.") == [(["TUN"], ["TUN"])]
    assert concessions("وسحبت الحكومة الأردنية مشروع قانون الضريبة من البرلمان.") == [(["JOR"], ["JOR"])]
    assert concessions("ورفض وزير الإعلام الأردني التعليق على القرار.") == []  # a comment, not a suspension
    # a measure put off is a concession to its target, and no imposition
    text = "وأرجأت الولايات المتحدة فرض رسوم جمركية على الواردات الصينية."
    assert concessions(text) == [(["USA"], ["CHN"])]
    assert _dyads(rules_coder, text, "SANCTION", "2022-03-10") == []
    # consenting to a concession makes it: no agreement besides
    text = "وافقت أذربيجان على إعادة قرى حدودية إلى أرمينيا."
    assert concessions(text) == [(["AZE"], ["ARM"])]
    assert _dyads(rules_coder, text, "AGREE", "2022-03-10") == []
    assert [a for a, _ in concessions("وافقت مصر على فتح معبر رفح أمام المساعدات.")] == [["EGY"]]
    # an agreement about an opening is still the agreement
    assert _dyads(rules_coder, "أعلن الوزير الاتفاق على فتح الحدود بين السعودية وقطر.", "AGREE", "2022-03-10") \
        == [(["SAU"], ["QAT"])]


def test_a_masdar_naming_a_law_reports_nothing(rules_coder):
    # «قانون مقاطعة إسرائيل» names a law; repealing it concedes to Israel
    text = "وأصدر رئيس الإمارات مرسوماً بإلغاء قانون مقاطعة إسرائيل."
    assert _dyads(rules_coder, text, "PROTEST", "2020-08-29") == []
    assert _dyads(rules_coder, text, "CONCEDE", "2020-08-29") == [(["ARE"], ["ISR"])]


def test_energy_sent_joint_works_opened_and_dissidents_handed_over_cooperate(rules_coder):
    def cooperation(text):
        return _dyads(rules_coder, text, "COOPERATE", "2022-03-10")

    assert cooperation("وبدأت روسيا ضخ الغاز الطبيعي إلى الصين عبر خط أنابيب جديد.") == [(["RUS"], ["CHN"])]
    assert cooperation("وقال الوزير إن السعودية ستضخ استثمارات بقيمة عشرة مليارات دولار في باكستان.") \
        == [(["SAU"], ["PAK"])]
    assert cooperation("وارتفع تصدير النفط العراقي إلى مستوى قياسي.") == []  # sent nowhere named
    # a joint work opened by two names both; one opened at home is no cooperation
    assert [sorted(a) for a, _ in cooperation(
        "ودشّن الرئيس التركي رجب طيب أردوغان ونظيره الأذربيجاني إلهام علييف خط أنابيب للغاز.")] == [["AZE", "TUR"]]
    assert cooperation("وافتتح الرئيس المصري عبد الفتاح السيسي محطة كهرباء جديدة في أسوان.") == []
    # what the joint work goes on to do between the same two is that work
    assert len(cooperation("ودشّن الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ خط أنابيب يبدأ بنقل "
                           "الغاز الروسي إلى الصين.")) == 1
    assert cooperation("وسلّمت السلطات الأردنية الناشط المعارض إلى السعودية.") == [(["JOR"], ["SAU"])]


def test_standing_by_a_party_with_words_between(rules_coder):
    assert _dyads(rules_coder, "وأكدت قطر أنها تقف «بكل إمكاناتها» إلى جانب لبنان.", "SUPPORT") == [(["QAT"], ["LBN"])]
    assert _dyads(rules_coder, "وأعلنت قطر وقف إطلاق النار في المنطقة.", "SUPPORT") == []
    # standing with a party («مع»), the verb's subject before or after it
    assert _dyads(rules_coder, "وقال قرقاش إن بلاده تقف مع السعودية في الدفاع عن سيادتها.", "SUPPORT",
                  "2018-08-06") == [(["ARE"], ["SAU"])]
    assert _dyads(rules_coder, "ووقفت تركيا مع قطر طوال الأزمة الخليجية.", "SUPPORT",
                  "2018-08-06") == [(["TUR"], ["QAT"])]
    assert _dyads(rules_coder, "ووقفت السيارة عند الحاجز مع عشرات المركبات التركية.", "SUPPORT", "2018-08-06") == []


def test_a_deal_cited_as_a_frame_and_an_act_recommended_report_no_agreement(rules_coder):
    assert _dyads(rules_coder, "أفرجت إيران عن خمسة أمريكيين في إطار صفقة تبادل بين طهران وواشنطن.", "AGREE",
                  "2023-09-18") == []
    assert _dyads(rules_coder, "أطلق الحوثيون سراح أسرى سعوديين ضمن صفقة تبادل.", "AGREE", "2023-04-15") == []
    assert _dyads(rules_coder, "استخدمت الولايات المتحدة الفيتو ضد مشروع قرار يوصي بقبول فلسطين عضواً في الأمم المتحدة.",
                  "AGREE", "2024-04-18") == []


def test_arms_sent_aid_carried_and_airdropped(rules_coder):
    def aid(text, date="2023-02-11"):
        return _dyads(rules_coder, text, "AID", date)

    assert aid("وأعلنت بريطانيا إرسال 14 دبابة من طراز «تشالنجر 2» إلى أوكرانيا.") == [(["GBR"], ["UKR"])]
    assert aid("وقال وزير الدفاع الروسي إن بلاده ستسلّم سوريا منظومات دفاع جوي.") == [(["RUS"], ["SYR"])]
    assert aid("وعبرت شاحنات سعودية محملة بمساعدات إنسانية إلى اليمن.") == [(["SAU"], ["YEM"])]
    assert aid("وهبطت في مطار بنغازي طائرة عسكرية تركية محمّلة بأسلحة وذخائر للقوات الليبية.") == [(["TUR"], ["LBY"])]
    # an airdrop of aid is no raid; aid dropped to one's own field hospital goes to where it stands
    text = "ونفّذ سلاح الجو الأردني عملية إنزال جوي لمساعدات طبية إلى المستشفى الميداني الأردني في قطاع غزة."
    assert aid(text) == [(["JOR"], ["PSE"])]
    assert _dyads(rules_coder, text, "ASSAULT") == []


def test_talks_called_off_are_not_held(rules_coder):
    assert _dyads(rules_coder, "أعلن ترامب إلغاء اجتماع كان مقرراً مع قادة حركة طالبان.", "CONSULT", "2019-09-08") == []
    assert _dyads(rules_coder, "قرر الاتحاد الأوروبي تعليق الحوار رفيع المستوى مع تركيا.", "CONSULT", "2019-07-15") == []
    assert _dyads(rules_coder, "وعقد الاتحاد الأوروبي حواراً رفيع المستوى مع تركيا.", "CONSULT", "2019-07-15") \
        == [(["EUR"], ["TUR"])]


def test_a_march_named_after_the_verb_that_reports_it_is_one_protest(rules_coder):
    assert len(_dyads(rules_coder, "خرج آلاف المغاربة بعد صلاة الجمعة في مسيرات بالرباط احتجاجاً على الغلاء.",
                      "PROTEST", "2022-02-20")) == 1


def test_a_call_answered_was_made_before(rules_coder):
    text = "أعلن رئيس الوزراء العراقي استقالته استجابةً لدعوة المرجعية الدينية في النجف."
    assert _dyads(rules_coder, text, "REQUEST", "2019-11-29") == []
    text = "وافقت إسرائيل على فتح معبر كرم أبو سالم استجابةً لطلب أمريكي."
    assert _dyads(rules_coder, text, "REQUEST", "2023-12-15") == []
    assert _dyads(rules_coder, "ودعا الرئيس الأمريكي إيران إلى التفاوض.", "REQUEST") == [(["USA"], ["IRN"])]


def test_a_span_of_time_spent_in_detention_or_protest_is_background_in_a_lone_report(rules_coder):
    text = "أفرجت السلطات الإيرانية عن الصحفي الفرنسي بعد نحو ثلاث سنوات من الاعتقال."
    assert [e.event_type for e in rules_coder.code(_doc(text, "2022-05-02"))] == ["RETREAT"]
    text = "قدّم رئيس الوزراء استقالته بعد ستة أسابيع من الاحتجاجات."
    assert _dyads(rules_coder, text, "PROTEST", "2019-04-02") == []


def _doc(text, date):
    from rasad.schema import Document

    return Document("t", text, date)


def test_a_state_cutting_its_people_off_the_internet_restricts_them(rules_coder):
    assert _dyads(rules_coder, "وقطعت السلطات الإيرانية خدمة الإنترنت في عدة مدن.", "COERCE", "2019-11-17") \
        == [(["IRN"], ["IRN"])]
    assert _dyads(rules_coder, "قطع محتجون غاضبون طرقات رئيسية في بيروت.", "COERCE", "2019-10-18") == []


def test_police_or_troops_storming_a_named_place_raid_it(rules_coder):
    text = "اقتحمت قوات الشرطة الإكوادورية مقر السفارة المكسيكية في كيتو."
    assert _dyads(rules_coder, text, "COERCE", "2024-04-06") == [(["ECU"], ["MEX"])]
    assert _dyads(rules_coder, text, "ASSAULT", "2024-04-06") == []
    # troops storming a line in a war fight a battle
    text = "عبرت القوات المصرية قناة السويس واقتحمت خط بارليف."
    assert _dyads(rules_coder, text, "COERCE", "1973-10-07") == []


def test_putting_someone_under_house_arrest(rules_coder):
    assert _dyads(rules_coder, "وضع ضباط في الجيش الغابوني الرئيس علي بونغو قيد الإقامة الجبرية.", "COERCE",
                  "2023-08-30") == [(["GAB"], ["GAB"])]


def test_forces_put_on_alert_at_a_border_face_the_state_across_it(rules_coder):
    assert _dyads(rules_coder, "رفع الجيش الإسرائيلي حالة التأهب على الحدود الشمالية مع لبنان.", "MOBILIZE",
                  "2019-08-26") == [(["ISR"], ["LBN"])]


def test_an_arrest_warrant_charges_and_arrests_no_one(rules_coder):
    text = "أصدرت المحكمة الجنائية الدولية مذكرتي اعتقال بحق رئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    assert _dyads(rules_coder, text, "ACCUSE", "2024-11-21") == [(["IGO"], ["ISR"])]
    assert _dyads(rules_coder, text, "COERCE", "2024-11-21") == []


def test_a_visit_told_beside_the_meeting_and_cooperation_suspended_report_nothing_more(rules_coder):
    text = "استقبل ولي عهد أبوظبي الشيخ محمد بن زايد الرئيس السوري بشار الأسد الذي يزور الدولة."
    assert [e.event_type for e in rules_coder.code(_doc(text, "2022-03-18"))] == ["CONSULT"]
    text = "قررت المملكة المغربية تعليق كل أشكال التواصل والتعاون مع السفارة الألمانية في الرباط."
    assert _dyads(rules_coder, text, "COOPERATE", "2021-03-01") == []


def test_consenting_to_a_deposit_makes_it(rules_coder):
    text = "وافقت السعودية على إيداع ثلاثة مليارات دولار في البنك المركزي الباكستاني."
    assert _dyads(rules_coder, text, "AID", "2018-10-23") == [(["SAU"], ["PAK"])]
    assert _dyads(rules_coder, text, "AGREE", "2018-10-23") == []


def test_telling_ones_own_side_is_no_consultation(rules_coder):
    text = "أبلغ وزير الدفاع الروسي سيرغي شويغو الرئيس فلاديمير بوتين باستكمال تسليم المنظومة."
    assert _dyads(rules_coder, text, "CONSULT", "2018-10-02") == []
    # a protest told to another state's envoy is that protest, aimed at his state
    told = "وأبلغت الخارجية الأردنية السفير الإسرائيلي احتجاجها."
    assert _dyads(rules_coder, told, "CONSULT", "2018-10-21") == []
    assert _dyads(rules_coder, told, "PROTEST", "2018-10-21") == [(["JOR"], ["ISR"])]


def test_the_masdar_of_support_is_no_verb(rules_coder):
    # «دعمها» here is Paris's support (a masdar with its pronoun), not «she supported» with Morocco as subject
    text = "قررت الحكومة الجزائرية سحب سفيرها لدى فرنسا، على إثر إعلان باريس دعمها لمخطط الحكم الذاتي المغربي."
    assert not [a for a, _ in _dyads(rules_coder, text, "SUPPORT", "2024-07-30") if a == ["MAR"]]
    assert _dyads(rules_coder, "دعمت تركيا حكومة الوفاق الليبية.", "SUPPORT") == [(["TUR"], ["LBY"])]


def test_summoning_two_ambassadors_and_a_protest_lodged_with_a_state_are_accusations(rules_coder):
    assert _dyads(rules_coder, "استدعت الخارجية الإيرانية السفيرين البريطاني والنرويجي.", "ACCUSE", "2022-10-04") \
        == [(["IRN"], ["GBR", "NOR"])]
    text = "احتجت وزارة الخارجية المصرية لدى السفير الإسرائيلي على الغارات."
    assert _dyads(rules_coder, text, "ACCUSE", "2022-10-04") == [(["EGY"], ["ISR"])]
    assert _dyads(rules_coder, text, "PROTEST", "2022-10-04") == []
    # a crowd protesting is still a protest
    assert _dyads(rules_coder, "احتج آلاف المتظاهرين أمام البرلمان على الغلاء.", "ACCUSE", "2022-10-04") == []


def test_imposing_tariffs_or_costs_is_a_sanction(rules_coder):
    assert _dyads(rules_coder, "فرضت الولايات المتحدة رسوما جمركية جديدة على واردات صينية بقيمة 200 مليار دولار.",
                  "SANCTION", "2019-05-10") == [(["USA"], ["CHN"])]
    assert _dyads(rules_coder, "وقال البيت الأبيض إن الولايات المتحدة فرضت «أثماناً» اقتصادية باهظة على روسيا.",
                  "SANCTION", "2022-03-10") == [(["USA"], ["RUS"])]


def test_a_coming_response_with_its_object_between_threatens(rules_coder):
    text = "إن الحرس الثوري الإيراني ضرب القاعدة الأميركية.\nوأكد المتحدث الإيراني أن الرد على العدوان الأميركي «آتٍ لا محالة»."
    assert [e.event_type for e in rules_coder.code(Document("d", text, "2024-07-20")) if e.paragraph == 2] == ["THREATEN"]


def test_verbs_list_the_plural_and_feminine_forms_of_the_person_they_list():
    """A perfect listed with its feminine («استقبل، استقبلت») also lists its plural and feminine dual;
    an imperfect «يـ» its feminine «تـ» (except «تسلّم», to receive, «توقّف», to stop, «تحرّك», a move, «تدرّب», to be trained, and the
    crowd verbs «تتجمع», «تحتشد», which on the GSR dev half only read a negated gathering and moved the
    cross-validated PROTEST figure by a sentence)."""
    from rasad.lexicon.lexicon import load_lexicon

    # (where the required word is the subject after the verb, the verb stays singular: «خرج آلاف المتظاهرين»)
    subject_after = {"core.PROTEST.crowd-out.verb", "core.COERCE.detain-by-police.verb",
                     "core.COERCE.detain-by-authorities.verb"}
    missing = []
    for e in load_lexicon().entries:
        if e.pos != "verb" or e.frame in ("passive", "participle") or e.id in subject_after:
            continue
        forms = set(e.forms)
        for f in forms:
            if " " in f:
                continue
            if f[0] not in "يتن" and (f + "ت" in forms or f.endswith("ى") and f[:-1] + "ت" in forms):
                stem = f[:-1] if f.endswith("ى") else f
                missing += [(e.id, w) for w in (stem + "وا", stem + "تا") if w not in forms]
            elif f.startswith("ي") and len(f) >= 4 and not f.endswith(("ون", "ان")):
                if "ت" + f[1:] not in forms and "ت" + f[1:] not in ("تسلم", "توقف", "تحرك", "تدرب", "تتجمع", "تحتشد"):
                    missing.append((e.id, "ت" + f[1:]))
    assert not missing, missing


@pytest.mark.parametrize("text, event_type", [
    ("وكان وزراء خارجية مصر والأردن قد استقبلوا أمس وفداً من الاتحاد الأفريقي في القاهرة.", "CONSULT"),
    ("وكان المسؤولون القطريون قد هنأوا الرئيس الإيراني المنتخب بفوزه.", "SUPPORT"),
])
def test_plural_and_feminine_forms_are_triggers(rules_coder, text, event_type):
    assert any(e.event_type == event_type for e in rules_coder.code(Document("t", text, "2022-03-01")))


@pytest.mark.parametrize("text", [
    "ونقلت الوكالة عن مسؤولين طلبوا عدم ذكر أسمائهم أن الوفد وصل إلى القاهرة.",
    "وقال دبلوماسي غربي طلب عدم الكشف عن هويته إن المحادثات متعثرة.",
    "وأكد مصدر أمني طلبت عدم الإفصاح عن اسمه أن التحقيقات مستمرة.",
])
def test_a_source_asking_not_to_be_named_makes_no_request(rules_coder, text):
    evs = rules_coder.code(Document("t", text, "2018-10-20"))
    assert not any(e.event_type == "REQUEST" for e in evs), [(e.event_type, e.trigger.text) for e in evs]


def test_neutralising_fighters_is_an_attack_and_keeping_a_state_neutral_is_not(rules_coder):
    evs = rules_coder.code(Document("t", "وأعلنت وزارة الدفاع التركية تحييد 12 مسلحاً في شمال العراق.", "2022-06-01"))
    assert [e.event_type for e in evs] == ["ASSAULT"] and [m.code for m in evs[0].actor] == ["TUR"]
    assert any(e.event_type == "ASSAULT" for e in rules_coder.code(
        Document("t", "وقال الجيش إنه حيّد خمسة إرهابيين في غارة جوية.", "2022-06-01")))
    assert not any(e.event_type == "ASSAULT" for e in rules_coder.code(
        Document("t", "وشدد البطريرك على ضرورة تحييد لبنان عن صراعات المنطقة.", "2022-06-01")))


def test_ending_talks_halts_negotiations(rules_coder):
    for text in ("وأعلن الرئيس الكولومبي إنهاء محادثات السلام مع المتمردين بعد الهجوم.",
                 "وقررت الحكومة الإثيوبية إنهاء المفاوضات مع الجبهة."):
        evs = rules_coder.code(Document("t", text, "2019-01-18"))
        assert any(e.event_type == "SANCTION" and e.mode == "halt-negotiations" for e in evs), text
    done = rules_coder.code(Document("t", "وأنهى الوزير محادثاته في القاهرة وغادر إلى عمّان.", "2019-01-18"))
    assert not any(e.event_type == "SANCTION" for e in done)


def test_a_hunger_strike_told_with_a_verb_is_a_protest_even_with_the_striker_in_between(rules_coder):
    ev = _first(rules_coder, "وأضرب الأسرى الفلسطينيون عن الطعام في السجون الإسرائيلية.", "2021-03-01", "PROTEST")
    assert ev.mode == "hunger"
    # a strike that is not about food stays a strike
    ev = _first(rules_coder, "وأضرب العمال في ميناء البصرة احتجاجاً على تأخر الرواتب.", "2021-03-01", "PROTEST")
    assert ev.mode == "strike"


def test_a_statement_in_the_first_person_plural_is_the_speakers(rules_coder):
    # «نرفض»: «we», the government that speaks; the nisba after «أي تدخل» is the target, not the subject
    ev = _first(rules_coder, "وقالت الحكومة العراقية في بيان: نرفض أي تدخل تركي في شؤوننا الداخلية.", "2021-03-01", "REJECT")
    assert [a.code for a in ev.actor] == ["IRQ"] and [r.code for r in ev.recipient] == ["TUR"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("وأعادت السعودية فتح سفارتها في دمشق.", ["SAU"], ["SYR"]),
    ("واستأنفت الرياض علاقاتها الدبلوماسية مع طهران.", ["SAU"], ["IRN"]),
])
def test_ties_resumed_with_the_subject_inside_the_verb_phrase(rules_coder, text, actor, recipient):
    ev = _first(rules_coder, text, "2023-06-01", "AGREE")
    assert [a.code for a in ev.actor] == actor and [r.code for r in ev.recipient] == recipient


def test_resuming_strikes_is_no_resumption_of_ties(rules_coder):
    evs = rules_coder.code(Document("s", "واستأنفت إسرائيل غاراتها على قطاع غزة.", "2023-06-01"))
    assert not any(e.event_type == "AGREE" for e in evs)


@pytest.mark.parametrize("text", ["وتسلم الجيش اللبناني شحنة أسلحة أمريكية جديدة.",
                                  "وتسلم الجيش اللبناني شحنة أسلحة من الولايات المتحدة."])
def test_arms_received_come_from_the_giver(rules_coder, text):
    # «تسلّم» (he received) is not the imperfect «تُسلّم» (she hands over)
    ev = _first(rules_coder, text, "2021-03-01", "AID")
    assert [a.code for a in ev.actor] == ["USA"] and [r.code for r in ev.recipient] == ["LBN"]


def test_banning_a_groups_activities_sanctions_the_group(rules_coder):
    ev = _first(rules_coder, "وحظرت ألمانيا أنشطة حزب الله على أراضيها.", "2020-04-30", "SANCTION")
    assert [a.code for a in ev.actor] == ["DEU"] and [r.code for r in ev.recipient] == ["LBN"]


def test_being_in_contact_with_a_party_consults_it(rules_coder):
    text = "وأعلنت وزارة الخارجية الهندية أنها على اتصال بالحكومة الإيرانية لتأمين الإفراج عن البحارة."
    ev = _first(rules_coder, text, "2019-07-20", "CONSULT")
    assert [a.code for a in ev.actor] == ["IND"] and [r.code for r in ev.recipient] == ["IRN"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("ووجه الرئيس الأمريكي الشكر إلى سلطنة عمان على جهودها.", ["USA"], ["OMN"]),
    ("وقال أمير الكويت في كلمته موجهاً الشكر إلى أمير قطر.", ["KWT"], ["QAT"]),
])
def test_thanks_addressed_to_a_party_support_it(rules_coder, text, actor, recipient):
    ev = _first(rules_coder, text, "2021-01-05", "SUPPORT")
    assert [a.code for a in ev.actor] == actor and [r.code for r in ev.recipient] == recipient


def test_striking_targets_is_an_attack_and_striking_an_example_is_not(rules_coder):
    ev = _first(rules_coder, "وضربت الطائرات الأمريكية يوم الأحد أكثر من 75 هدفاً لتنظيم داعش في سوريا.",
                "2015-09-01", "ASSAULT")
    assert [a.code for a in ev.actor] == ["USA"]
    evs = rules_coder.code(Document("s", "وضرب الوزير مثلا بالتجربة التركية.", "2015-09-01"))
    assert not any(e.event_type == "ASSAULT" for e in evs)


def test_negotiating_as_a_masdar_is_a_consultation(rules_coder):
    ev = _first(rules_coder, "وبدأت الحكومة السودانية التفاوض مع الحركات المسلحة.", "2020-03-01", "CONSULT")
    assert [a.code for a in ev.actor] == ["SDN"] and ev.recipient


def test_conferring_a_medal_supports_the_decorated(rules_coder):
    ev = _first(rules_coder, "وقلد الملك سلمان الرئيس الإريتري وسام الملك عبدالعزيز.", "2018-09-16", "SUPPORT")
    assert [a.code for a in ev.actor] == ["SAU"] and [r.code for r in ev.recipient] == ["ERI"]


def test_military_support_is_aid(rules_coder):
    # «الدعم العسكري الأميركي لـ…»: material help, not words of backing
    ev = _first(rules_coder, "وتنتقد أنقرة بشدة الدعم العسكري الأميركي لوحدات حماية الشعب الكردية في سوريا.",
                "2019-01-01", "AID")
    assert ev.mode == "military" and [a.code for a in ev.actor] == ["USA"] and [r.code for r in ev.recipient] == ["SYR"]


def test_amounting_to_is_no_telling(rules_coder):
    # «يَبلُغ» (amounts to, reaches) is written like «يُبلِغ» (informs): only the perfect «أبلغ» tells
    evs = rules_coder.code(Document("b", "ويبلغ حجم التبادل التجاري بين السعودية وكندا بضعة مليارات من الدولارات.",
                                    "2018-08-10"))
    assert not any(e.event_type == "CONSULT" for e in evs)
    ev = _first(rules_coder, "وأبلغت الخارجية المصرية السفير الإسرائيلي بموعد الجولة المقبلة.", "2018-08-10", "CONSULT")
    assert [a.code for a in ev.actor] == ["EGY"]


@pytest.mark.parametrize("text, consult", [
    ("وتستضيف تركيا نحو ثلاثة ملايين ونصف مليون لاجئ سوري.", False),
    ("إذ تستضيف تركيا أصلا نحو ثلاثة ملايين ونصف مليون لاجئ سوري.", False),
    ("وتستضيف قطر المكتب السياسي لحركة حماس منذ عام 2012.", False),
    ("واستضاف الرئيس المصري رئيس المكتب السياسي لحركة حماس.", True),
])
def test_housing_refugees_or_an_office_is_no_talks(rules_coder, text, consult):
    evs = rules_coder.code(Document("h", text, "2020-01-01"))
    assert any(e.event_type == "CONSULT" for e in evs) == consult


@pytest.mark.parametrize("text, consult", [
    ("وكانت واشنطن قد رصدت مكافأة تصل إلى خمسة ملايين دولار لمن يدلي بمعلومات عنه.", False),
    ("وقالت الوزارة الإيرانية إن الخسائر تصل إلى 20 مليون دولار.", False),
    ("ووصلت المفاوضات بين الرياض وطهران إلى طريق مسدود.", False),
    ("ووصل وزير الخارجية الإيراني إلى بيروت أمس.", True),
    ("وليست هذه المرة الأولى التي تصل فيها صواريخ الحوثيين إلى الرياض.", False),
    ("وأطلقت الفصائل رشقات من الصواريخ نحو إسرائيل، وصل بعضها إلى تل أبيب.", False),
    ("ووصلت طلائع القوات التركية إلى الدوحة أمس.", False),
    ("ووصلت إلى مطار بنغازي شحنات من المساعدات التركية.", False),
])
def test_reaching_an_amount_or_an_outcome_or_things_arriving_is_no_visit(rules_coder, text, consult):
    # «تصل إلى خمسة ملايين»: the arrival verb with an amount, a degree or an outcome after «إلى» (the talks
    # that reached a dead end were held, though: their noun is an event of its own); weapons, troops or goods
    # that arrive are no visitor
    evs = rules_coder.code(Document("r", text, "2020-01-01"))
    assert any(e.event_type == "CONSULT" and "arrive" in e.rule for e in evs) == consult


@pytest.mark.parametrize("text, coded_as", [
    ("وتوجه وزير الخارجية الإيراني أمس إلى موسكو.", ("CONSULT", ["IRN"], ["RUS"])),
    ("وأعلنت الخارجية الأميركية أن الوزير أنتوني بلينكن سيتوجه خلال الأيام المقبلة إلى القاهرة.",
     ("CONSULT", ["USA"], ["EGY"])),
    ("وقال المالكي إن الفلسطينيين سيتوجهون إلى مجلس الأمن لمحاسبة إسرائيل.", ("REQUEST", ["PSE"], ["UNO"])),
    ("وتوجه الناخبون التونسيون إلى صناديق الاقتراع أمس.", None),
    ("وبحسب سلامة، ستوجه الأمم المتحدة الدعوات إلى الدول المشاركة.", None),
    # a verb takes no article: «للتوجه» is the masdar, no visit, and no bound on the verb before it
    ("وقال الرئيس الأفغاني إنه مستعد للتوجه إلى الدوحة إذا لزم الأمر.", None),
])
def test_heading_for_a_capital_is_a_visit_and_for_the_council_a_request(rules_coder, text, coded_as):
    # «توجّه» with no party behind «إلى» goes nowhere an event needs; «ستوجّه الأمم المتحدة» is «وجّه» (to address)
    evs = [e for e in rules_coder.code(Document("h", text, "2024-08-17"))
           if "head-for" in e.rule or "turn-to" in e.rule]
    assert [(e.event_type, codes(e.actor), codes(e.recipient)) for e in evs] == ([coded_as] if coded_as else [])


@pytest.mark.parametrize("text, held", [
    ("أوقفت السلطات المغربية أمس الاثنين ناصر الزفزافي في مدينة الحسيمة.", ("MAR", "MAR")),
    ("وأوقفت الأجهزة الأمنية الفلسطينية الناشط نزار بنات.", ("PSE", "PSE")),
    ("وأوقفت السلطات المصرية الرحلات الجوية إلى تركيا.", None),
    ("وأدار قناة «العرب» التي أوقفتها السلطات البحرينية بعد ساعات من انطلاقها في واشنطن.", None),
])
def test_the_authorities_stopping_a_party_is_an_arrest(rules_coder, text, held):
    # «أوقف» by the authorities is an arrest of a party at home; stopping flights or a channel holds no one
    evs = [e for e in rules_coder.code(Document("s", text, "2017-05-30")) if e.event_type == "COERCE"]
    if held is None:
        assert not evs
    else:
        assert len(evs) == 1 and (evs[0].actor[0].code, evs[0].recipient[0].code) == held \
            and evs[0].mode == "arrest"


def test_vigils_of_solidarity_are_protests(rules_coder):
    ev = _first(rules_coder, "ونظم ناشطون مغاربة وقفات تضامنية مع معتقلي الحراك أمام البرلمان في الرباط.",
                "2017-06-01", "PROTEST")
    assert [a.code for a in ev.actor] == ["MAR"]


def test_restrictions_on_trade_with_a_state_are_an_embargo(rules_coder):
    ev = _first(rules_coder, "وفرضت الصين قيودا على صادرات المعادن النادرة إلى الولايات المتحدة.", "2023-07-04", "SANCTION")
    assert ev.mode == "embargo" and [a.code for a in ev.actor] == ["CHN"] and [r.code for r in ev.recipient] == ["USA"]
    # restrictions on people at home stay a restriction
    ev = _first(rules_coder, "وفرضت السلطات الإسرائيلية قيوداً على حركة الفلسطينيين في الضفة الغربية.", "2023-07-04",
                "COERCE")
    assert ev.mode == "restrict"


def test_a_description_in_praise_backs_the_other_party(rules_coder):
    text = ("وأجرى الوفدان الروسي والأوكراني محادثات في إسطنبول. "
            "ووصف رئيس الوفد الروسي فلاديمير ميدينسكي المحادثات بأنها «بناءة».")
    ev = _first(rules_coder, text, "2022-03-30", "SUPPORT")
    assert [a.code for a in ev.actor] == ["RUS"] and [r.code for r in ev.recipient] == ["UKR"]
    # a description in blame stays an accusation
    evs = rules_coder.code(Document("d", "ووصفت الخارجية القطرية الهجوم بأنه انتهاك صارخ للقانون الدولي.", "2022-03-30"))
    assert not any(e.event_type == "SUPPORT" for e in evs)


def test_a_word_of_praise_before_bianna_is_not_the_description(rules_coder):
    # («حليف الحكومة» describes the speaker; what he calls the march follows «بأنها»)
    text = "في حين وصف زعيم حزب الحركة القومية، حليف الحكومة، المسيرة بأنها «استعراض عبثي» يخدم أعداء تركيا."
    evs = rules_coder.code(Document("d", text, "2017-07-09"))
    assert [e.event_type for e in evs if e.trigger.text == "وصف"] == ["ACCUSE"]
    # what is called unacceptable is blamed
    ev = _first(rules_coder, "ووصفت المستشارة الألمانية تصريحات الرئيس التركي بأنها مرفوضة تماماً.", "2017-03-14",
                "ACCUSE")
    assert [a.code for a in ev.actor] == ["DEU"] and [r.code for r in ev.recipient] == ["TUR"]


@pytest.mark.parametrize("text", [
    "بينما اعتبرت الخارجية الروسية أن القرار الأميركي خطوة أحادية تقوض فرص التسوية.",
    "واعتبرت الخارجية الروسية الموقف الأميركي «سلبياً».",
    "ووصف وزير الخارجية الروسي الخطوة الأميركية بأنها «مؤسفة».",
])
def test_a_step_called_unilateral_negative_or_regrettable_is_blamed(rules_coder, text):
    ev = _first(rules_coder, text, "2020-12-11", "ACCUSE")
    assert [a.code for a in ev.actor] == ["RUS"] and [r.code for r in ev.recipient] == ["USA"]


@pytest.mark.parametrize("text, date, rule", [
    # (the spokesman of a ministry named in full, «وزارة الخارجية الأميركية», speaks for its state)
    ("واعتقلت الشرطة التونسية المحامية سنية الدهماني، فيما قال المتحدث باسم وزارة الخارجية الأميركية إن هذه "
     "الإجراءات «لا تنسجم مع الحقوق التي يكفلها الدستور التونسي».", "2024-05-14", "at-odds-with"),
    ("وقال متحدث باسم وزارة الخارجية الأميركية إن واشنطن «تتابع بقلق» موجة الاعتقالات التي تشنها السلطات "
     "التونسية ضد المعارضين.", "2023-02-15", "watch-with-concern"),
])
def test_a_deed_at_odds_with_rights_or_followed_with_concern_blames_its_doer(rules_coder, text, date, rule):
    ev = _first(rules_coder, text, date, "ACCUSE")
    assert rule in ev.rule
    assert [a.code for a in ev.actor] == ["USA"] and [r.code for r in ev.recipient] == ["TUN"]


def test_a_word_with_the_article_is_no_verb_and_leaves_the_verb_before_it_its_recipient(rules_coder):
    text = ("لوّح الرئيس التركي رجب طيب أردوغان، المعروف بمواقفه المتشددة، بفتح الأبواب أمام 3.6 ملايين لاجئ للتوجه "
            "إلى أوروبا، إذا وصف الاتحاد الأوروبي العملية العسكرية التركية في سوريا بأنها «غزو».")
    ev = _first(rules_coder, text, "2019-10-10", "THREATEN")
    assert [a.code for a in ev.actor] == ["TUR"] and [r.code for r in ev.recipient] == ["EUR"]


def test_scaling_down_forces_or_operations_is_a_de_escalation(rules_coder):
    ev = _first(rules_coder, "وقررت واشنطن تقليص الوجود العسكري الأميركي في العراق.", "2020-09-09", "RETREAT")
    assert [a.code for a in ev.actor] == ["USA"] and [r.code for r in ev.recipient] == ["IRQ"]
    ev = _first(rules_coder, "أعلنت روسيا أنها ستقلص «بشكل جذري» نشاطها العسكري في محيط العاصمة الأوكرانية كييف.",
                "2022-03-30", "RETREAT")
    assert [a.code for a in ev.actor] == ["RUS"] and ev.cameo == "0874"
    evs = rules_coder.code(Document("c", "وقلصت الحكومة الإنفاق على التعليم.", "2022-03-30"))
    assert not any(e.event_type == "RETREAT" for e in evs)


@pytest.mark.parametrize("text, met", [
    ("غير أن واشنطن وكييف قابلتا الإعلان الروسي بحذر شديد.", False),
    ("وقابلت الحكومة العراقية القرار التركي بالرفض.", False),
    ("في المقابل، قابلت إسرائيل الاتفاق بفتور.", False),  # («بفتور»: a «ب» the segmenter leaves on)
    ("وقابلت طهران التغيير بتوجس.", False),
    ("وقابل الرئيس المصري نظيره التركي في الدوحة.", True),
])
def test_meeting_news_with_a_manner_is_a_reaction_not_a_meeting(rules_coder, text, met):
    evs = rules_coder.code(Document("q", text, "2022-03-30"))
    assert any(e.event_type == "CONSULT" for e in evs) == met


def test_centrifuges_expel_no_one(rules_coder):
    # «جهاز طرد مركزي» is a centrifuge: no expulsion trigger at all
    doc = Document("n", "وقالت إيران إنها ستضيف ألف جهاز طرد مركزي في منشأة نطنز.", "2021-04-14")
    sentence = next(iter(rules_coder.sentences(doc)))
    assert not any(t.entry.event in ("COERCE", "SANCTION") for t in rules_coder.triggers(sentence, []))


@pytest.mark.parametrize("text", ["وأعربت وزارة الشؤون الخارجية والتعاون الأفريقي المغربية عن أسفها لقرار الجزائر.",
                                  "وعقد مجلس التنسيق السعودي العراقي اجتماعه الأول في الرياض."])
def test_a_body_named_after_cooperation_is_no_cooperation(rules_coder, text):
    evs = rules_coder.code(Document("b", text, "2021-08-24"))
    assert not any(e.event_type == "COOPERATE" for e in evs)


@pytest.mark.parametrize("text, actor, recipient", [
    ("وأعلنت البحرين عودة سفيرها من إسرائيل ومغادرة السفير الإسرائيلي المنامة.", "BHR", "ISR"),
    ("وقررت إسرائيل استدعاء ممثليها الدبلوماسيين من تركيا لإعادة تقييم العلاقات.", "ISR", "TUR"),
])
def test_ones_envoys_brought_home_from_a_state_are_recalled(rules_coder, text, actor, recipient):
    ev = _first(rules_coder, text, "2023-11-03", "SANCTION")
    assert [a.code for a in ev.actor] == [actor] and [r.code for r in ev.recipient] == [recipient]
    # an envoy's return to his post restores, and recalls no one
    evs = rules_coder.code(Document("e", "وأعلنت الخارجية المصرية عودة سفيرها إلى أنقرة بعد قطيعة.", "2023-07-04"))
    assert not any(e.event_type == "SANCTION" for e in evs)


def test_handing_over_captives_releases_them(rules_coder):
    ev = _first(rules_coder, "وأعلن زيلينسكي استعادة 215 أسيراً مقابل تسليم كييف نحو خمسين أسيراً إلى موسكو.",
                "2022-09-22", "RETREAT")
    assert ev.mode == "release" and [a.code for a in ev.actor] == ["UKR"] and [r.code for r in ev.recipient] == ["RUS"]


def test_a_feminine_verb_joined_after_the_forces_before_a_count_is_active(rules_coder):
    # «واعتقلت العشرات»: the forces just named arrested dozens («واعتُقل العشرات» would be the passive)
    text = "فرّقت قوات الأمن الأردنية احتجاجات نظمها معلمون في عمّان، واعتقلت العشرات من المشاركين فيها."
    ev = next(e for e in rules_coder.code(Document("f", text, "2020-07-30")) if e.trigger.text == "واعتقلت")
    assert ev.trigger.entry.frame != "passive" and [a.code for a in ev.actor] == ["JOR"]


def test_dispersing_protests_named_in_the_plural_is_repression(rules_coder):
    ev = _first(rules_coder, "وفرقت الشرطة السودانية بالغاز المسيل للدموع تظاهرات في الخرطوم.", "2019-01-10", "COERCE")
    assert ev.mode == "repress" and [a.code for a in ev.actor] == ["SDN"]


def test_the_crowd_a_dispersal_needs_keeps_its_protest_trigger(rules_coder):
    doc = Document("d", "وفرقت الشرطة السودانية بالغاز المسيل للدموع تظاهرات في الخرطوم.", "2019-01-10")
    sentence = next(iter(rules_coder.sentences(doc)))
    events = {t.entry.event for t in rules_coder.triggers(sentence, [])}
    assert {"COERCE", "PROTEST"} <= events


def test_a_warning_whose_only_target_is_the_place_of_the_report_is_no_threat(rules_coder):
    # «وفي جنيف، … محذراً من أن استخدام الذخيرة الحية …»: Geneva is where it was said, not whom it threatens
    text = ("وفي جنيف، دعا المفوض السامي لحقوق الإنسان السلطات الإيرانية إلى ضبط النفس، محذراً من أن استخدام "
            "الذخيرة الحية ضد المحتجين يشكل انتهاكاً.")
    evs = rules_coder.code(Document("w", text, "2019-11-19"))
    assert not any(e.event_type == "THREATEN" and "CHE" in [r.code for r in e.recipient] for e in evs)
    assert any(e.event_type == "REQUEST" for e in evs)


def test_giving_up_power_is_a_concession_and_abandoning_allies_is_not(rules_coder):
    ev = _first(rules_coder, "وأعلن الرئيس السوري أنه تخلى عن منصبه وغادر البلاد.", "2024-12-10", "CONCEDE")
    assert ev.actor[0].entity.code == "SYR"
    evs = rules_coder.code(Document("t", "وتخلت واشنطن عن حلفائها الأكراد في الشمال.", "2019-10-10"))
    assert not any(e.event_type == "CONCEDE" for e in evs)


def test_pushing_thousands_of_troops_to_a_front_mobilises(rules_coder):
    ev = _first(rules_coder, "ودفعت تركيا منذ مطلع فبراير بآلاف الجنود إلى إدلب.", "2020-03-01", "MOBILIZE")
    assert ev.actor[0].entity.code == "TUR" and ev.recipient[0].entity.code == "SYR"


def test_falling_to_a_partys_fire_is_its_attack(rules_coder):
    ev = _first(rules_coder, "وسقط معظمهم برصاص قوات الأمن العراقية خلال الاحتجاجات.", "2019-10-10", "ASSAULT")
    assert ev.actor[0].entity.code == "IRQ"
    # a rocket that fell is no one's fire
    evs = rules_coder.code(Document("t", "وسقط النظام بعد أسابيع من الاحتجاجات.", "2019-10-10"))
    assert not any(e.event_type == "ASSAULT" for e in evs)


def test_violent_clashes_between_two_forces_are_fighting(rules_coder):
    ev = _first(rules_coder, "واندلعت مواجهات عنيفة في عدن بين قوات الحكومة اليمنية والمجلس الانتقالي الجنوبي.",
                "2019-08-10", "ASSAULT")
    assert {a.entity.code for a in ev.actor + ev.recipient} == {"YEM"}


def test_holding_a_partys_plan_the_basis_of_a_settlement_endorses_it(rules_coder):
    ev = _first(rules_coder, "وقالت ألمانيا إنها تعتبر خطة السلام المصرية الأساس الأنسب لإنهاء الحرب.",
                "2024-05-02", "SUPPORT")
    assert ev.actor[0].entity.code == "DEU" and ev.recipient[0].entity.code == "EGY"
    # a view held of the plan, not of it as a basis, endorses nothing
    evs = rules_coder.code(Document("t", "وقالت ألمانيا إنها تعتبر خطة السلام المصرية غامضة.", "2024-05-02"))
    assert not any(e.event_type == "SUPPORT" for e in evs)


@pytest.mark.parametrize("text", ["وتحفظت تونس على الفقرة الخاصة بالهجرة في البيان الأوروبي.",
                                  "وأبدت تونس تحفظات على الفقرة الخاصة بالهجرة في البيان الأوروبي."])
def test_reservations_voiced_reject_in_part(rules_coder, text):
    ev = _first(rules_coder, text, "2023-06-12", "REJECT")
    assert ev.actor[0].entity.code == "TUN"


def test_holding_someone_in_a_safe_place_is_no_reservation(rules_coder):
    evs = rules_coder.code(Document("t", "وأعلن الجيش عزل الرئيس والتحفظ عليه في مكان آمن.", "2019-04-11"))
    assert not any(e.event_type == "REJECT" for e in evs)


def test_ignoring_calls_refuses_them(rules_coder):
    ev = _first(rules_coder, "وتجاهلت الحكومة البورمية النداءات الأممية لوقف العنف.", "2017-09-20", "REJECT")
    assert ev.actor[0].entity.code == "MMR"
    evs = rules_coder.code(Document("t", "وتجاهلت الحكومة البورمية الصحافيين في المؤتمر.", "2017-09-20"))
    assert not any(e.event_type == "REJECT" for e in evs)  # people ignored are no calls refused


@pytest.mark.parametrize("text", ["وتبادلت أرمينيا وأذربيجان الأسرى بوساطة أمريكية.",
                                  "وجرت عملية تبادل للأسرى بين أرمينيا وأذربيجان بوساطة أمريكية."])
def test_an_exchange_of_prisoners_is_a_release_by_both_sides(rules_coder, text):
    ev = _first(rules_coder, text, "2023-12-13", "RETREAT")
    assert {a.entity.code for a in ev.actor} == {"ARM", "AZE"}


def test_a_party_said_to_meddle_in_anothers_affairs_is_accused(rules_coder):
    ev = _first(rules_coder, "وقال المتحدث باسم الخارجية الجزائرية إن فرنسا تتدخل في الشؤون الداخلية للجزائر.",
                "2021-10-05", "ACCUSE")
    assert ev.actor[0].entity.code == "DZA" and ev.recipient[0].entity.code == "FRA"
    evs = rules_coder.code(Document("t", "ورفضت الجزائر أي تدخل في شؤونها الداخلية.", "2021-10-05"))
    assert not any(e.event_type == "ACCUSE" for e in evs)  # the noun refused accuses no one


def test_forewarning_a_party_threatens_it_and_what_portends_does_not(rules_coder):
    ev = _first(rules_coder, "وأنذر الجيش الإسرائيلي سكان قطاع غزة بإخلاء منازلهم.", "2023-10-13", "THREATEN")
    assert ev.actor[0].entity.code == "ISR" and ev.mode == "ultimatum"
    evs = rules_coder.code(Document("t", "وتصاعد الخلاف بين الحزبين، ما ينذر بفراغ رئاسي في لبنان.", "2022-10-01"))
    assert not any(e.event_type == "THREATEN" for e in evs)


@pytest.mark.parametrize("text", ["وربط وزير الخارجية السوري أي تطبيع مع أنقرة بانسحاب القوات التركية من شمال سوريا.",
                                  "وقال وزير الخارجية السوري إن التطبيع مع أنقرة مشروط بانسحاب القوات التركية."])
def test_tying_a_step_to_anothers_act_asks_for_that_act(rules_coder, text):
    ev = _first(rules_coder, text, "2023-01-14", "REQUEST")
    assert ev.actor[0].entity.code == "SYR" and ev.recipient[0].entity.code == "TUR"


def test_the_ties_that_bind_two_states_ask_for_nothing(rules_coder):
    evs = rules_coder.code(Document("t", "وأشاد الوزير بالعلاقات التاريخية التي تربط سوريا بروسيا.", "2023-01-14"))
    assert not any(e.event_type == "REQUEST" for e in evs)


@pytest.mark.parametrize("text", ["ووافقت إسرائيل على مقترح الهدنة الذي قدمته مصر.",
                                  "وناقش الوزراء مسودة الاتفاق الذي تعمل عليه الوساطة القطرية."])
def test_what_a_proposal_or_draft_puts_forward_is_not_done(rules_coder, text):
    evs = rules_coder.code(Document("t", text, "2024-05-06"))
    assert not any(e.event_type in ("RETREAT", "AGREE") and e.trigger.text in ("الهدنة", "الاتفاق") for e in evs)


def test_accepting_a_proposal_of_a_truce_agrees_to_it(rules_coder):
    """«وافقت X على مقترح أممي لهدنة»: the acceptance stands as an agreement; the truce, what a proposal puts
    forward across its nisbas and a «لـ» of purpose, is not done (nor taken for the approved act)."""
    evs = rules_coder.code(Document("t", "وافقت جماعة الحوثي على مقترح أممي لهدنة مدتها شهران.", "2022-04-01"))
    assert [(e.event_type, codes(e.actor)) for e in evs] == [("AGREE", ["YEM"])]
    # (a proposal met with a refusal: the refusal is no content of the proposal)
    evs = rules_coder.code(Document("t", "وقوبل المقترح الأمريكي برفض سوري.", "2022-04-01"))
    assert [(e.event_type, codes(e.actor)) for e in evs] == [("REJECT", ["SYR"])]


def test_the_launch_of_rockets_is_an_attack_and_the_release_of_prisoners_is_not(rules_coder):
    ev = _first(rules_coder, "وأعلنت كتائب القسام مسؤوليتها عن إطلاق صواريخ على تل أبيب.", "2021-05-11", "ASSAULT")
    assert ev.rule.startswith("core.ASSAULT.launch.noun") and codes(ev.actor) == ["PSE"] and codes(ev.recipient) == ["ISR"]
    evs = code(rules_coder, "وطالبت حماس بإطلاق سراح الأسرى الفلسطينيين.")
    assert not any(e.event_type == "ASSAULT" for e in evs)


def test_forces_destroying_a_partys_weapons_attack_it_and_a_blast_names_no_attacker(rules_coder):
    ev = _first(rules_coder, "ودمّر الطيران الإسرائيلي بطاريات دفاع جوي سورية قرب دمشق.", "2018-05-10", "ASSAULT")
    assert ev.rule.startswith("core.ASSAULT.destroy.verb")
    assert codes(ev.actor) == ["ISR"] and codes(ev.recipient) == ["SYR"]
    # (needs_actor: the destroying blast is no party)
    blast = code(rules_coder, "ودمر انفجار المرفأ صوامع الحبوب في بيروت.")
    assert not any(e.rule.startswith("core.ASSAULT.destroy") for e in blast)


@pytest.mark.parametrize("text, accuser, accused", [
    ("وقالت الرباط إن الجزائر تقف وراء حملة التحريض.", "MAR", "DZA"),
    ("وقال وزير الخارجية الأردني إن تصرف الحكومة الإسرائيلية مرفوض ومستفز.", "JOR", "ISR"),
    # said to lack credibility, to have crossed a red line, to be complicit; intransigence (inside quotes too)
    ("وقال المتحدث باسم الخارجية الإيرانية إن الحكومة الأمريكية تفتقر إلى المصداقية.", "IRN", "USA"),
    ("وقال رئيس الوزراء الإسرائيلي إن إيران تجاوزت خطاً أحمر.", "ISR", "IRN"),
    ("وأكد الرئيس الإيراني أن الأمريكيين متواطئون مع إسرائيل في جرائمها.", "IRN", "USA"),
    ("وقال وزير الخارجية السوداني إن المفاوضات أخفقت بسبب «التعنت الإثيوبي».", "SDN", "ETH"),
])
def test_a_party_said_to_stand_behind_a_deed_or_to_act_unacceptably_is_accused(rules_coder, text, accuser, accused):
    evs = [e for e in code(rules_coder, text) if e.event_type == "ACCUSE"]
    assert [(codes(e.actor), codes(e.recipient)) for e in evs] == [([accuser], [accused])]


def test_a_noun_of_blame_names_the_party_of_its_own_nisba_not_one_before_it(rules_coder):
    text = "وقال الوزير إن الانسحاب السوداني من الجولة جاء بسبب «التعنت الإثيوبي»."
    ev = next(e for e in code(rules_coder, text, "2021-04-07") if e.event_type == "ACCUSE")
    assert codes(ev.recipient) == ["ETH"]


def test_a_judgement_inside_a_description_is_the_descriptions_not_an_accusation_of_its_own(rules_coder):
    text = "ووصفت وزيرة الخارجية البريطانية الانقلاب العسكري في السودان بأنه «خيانة غير مقبولة» للشعب السوداني."
    evs = [e for e in code(rules_coder, text) if e.event_type == "ACCUSE"]
    assert len(evs) == 1 and evs[0].rule.startswith("core.ACCUSE.describe")
    evs = [e for e in code(rules_coder, "ووصف وزير الخارجية التركي الهجوم الإسرائيلي بأنه غير مقبول.")
           if e.event_type == "ACCUSE"]
    assert [(codes(e.actor), codes(e.recipient)) for e in evs] == [(["TUR"], ["ISR"])]


def test_lifting_house_arrest_is_a_concession(rules_coder):
    evs = code(rules_coder, "وأعلنت السلطات الإيرانية رفع الإقامة الجبرية عن زعيم المعارضة.")
    assert [e.event_type for e in evs] == ["CONCEDE"]


def test_a_vow_to_destroy_a_party_threatens_it(rules_coder):
    evs = code(rules_coder, "وتعهد رئيس الوزراء الإسرائيلي بالقضاء على حركة حماس.")
    assert coded(evs) == [("THREATEN", ["ISR"], ["PSE"])]


@pytest.mark.parametrize("text, sanctioner, target", [
    ("واعتبرت الحكومة المغربية السفير الفرنسي شخصاً غير مرغوب فيه.", "MAR", "FRA"),
    ("وأوقفت الكويت إصدار تصاريح العمل للعمالة الفلبينية.", "KWT", "PHL"),
])
def test_an_envoy_declared_unwelcome_and_work_permits_withheld_are_sanctions(rules_coder, text, sanctioner, target):
    evs = [e for e in code(rules_coder, text) if e.event_type == "SANCTION"]
    assert [(codes(e.actor), codes(e.recipient)) for e in evs] == [([sanctioner], [target])]


@pytest.mark.parametrize("text, accepter, offerer", [
    ("وقبلت الحكومة الإثيوبية دعوة الاتحاد الأفريقي لإجراء محادثات سلام.", "ETH", "IGO"),
    ("ولبى الرئيس السوري دعوة العاهل السعودي لحضور القمة العربية.", "SYR", "SAU"),
])
def test_accepting_an_invitation_agrees_with_whoever_made_it(rules_coder, text, accepter, offerer):
    evs = [e for e in code(rules_coder, text) if e.event_type in ("AGREE", "REQUEST")]
    assert coded(evs) == [("AGREE", [accepter], [offerer])]


def test_demands_said_not_to_be_negotiable_are_refused_to_whoever_made_them(rules_coder):
    evs = code(rules_coder, "وقالت طهران إن المطالب الأمريكية غير قابلة للتفاوض.")
    assert coded(evs) == [("REJECT", ["IRN"], ["USA"])]


def test_a_guest_of_a_host_visits_him(rules_coder):
    evs = code(rules_coder, "وحل الرئيس التركي ضيفاً على أمير قطر في الدوحة.")
    assert coded(evs) == [("CONSULT", ["TUR"], ["QAT"])]
    assert not any(e.event_type == "CONSULT" for e in code(rules_coder, "وقرر الرئيس حل البرلمان."))


@pytest.mark.parametrize("text, threatener, threatened", [
    ("وقال بايدن إن جميع الخيارات مطروحة على الطاولة للتعامل مع البرنامج النووي الإيراني.", "USA", "IRN"),
    ("وأكد نتنياهو أن كل الخيارات مطروحة ضد حزب الله.", "ISR", "LBN"),
    ("وقالت بكين إنها ستتخذ إجراءات حازمة ضد الشركات الأمريكية.", "CHN", "USA"),
    ("وقال نتنياهو إن إسرائيل ستعمل ضد حزب الله بكل قوة.", "ISR", "LBN"),
])
def test_options_held_open_and_firm_measures_vowed_against_a_party_threaten_it(rules_coder, text, threatener,
                                                                             threatened):
    assert coded(code(rules_coder, text)) == [("THREATEN", [threatener], [threatened])]


@pytest.mark.parametrize("text", [
    "وقال رئيس الحكومة إن كل الخيارات مطروحة لتشكيل الحكومة الجديدة.",
    "وأعلنت وزارة الصحة أنها ستتخذ إجراءات صارمة لمواجهة انتشار الوباء.",
    "وقالت الحكومة إنها تتخذ إجراءات حازمة ضد المحتكرين.",
    "وقال الوزير إن الحكومة ستعمل على تحسين الأوضاع الاقتصادية.",
])
def test_options_and_measures_aimed_at_no_other_party_threaten_no_one(rules_coder, text):
    assert not any(e.event_type == "THREATEN" for e in code(rules_coder, text))


@pytest.mark.parametrize("text, refuser, refused", [
    ("وأكد الرئيس الإيراني أن بلاده لن تخضع للضغوط الأمريكية.", "IRN", "USA"),
    ("واستبعد وزير الخارجية الإيراني أي حوار مباشر مع الولايات المتحدة.", "IRN", "USA"),
    ("وأغلق المرشد الإيراني الباب أمام أي مفاوضات مع واشنطن.", "IRN", "USA"),
    ("وصوتت الولايات المتحدة ضد قرار الجمعية العامة للأمم المتحدة.", "USA", "UNO"),
])
def test_pressure_defied_talks_ruled_out_and_votes_against_reject(rules_coder, text, refuser, refused):
    assert coded(code(rules_coder, text)) == [("REJECT", [refuser], [refused])]


@pytest.mark.parametrize("text", [
    "ولم يستبعد وزير الخارجية الإيراني إجراء حوار مع الولايات المتحدة.",
    "واستبعدت اللجنة الانتخابية ثلاثة مرشحين من السباق.",
    "وصوت البرلمان العراقي ضد مشروع القانون.",
    "وأغلقت الشرطة الإسرائيلية البوابة المؤدية إلى مصلى باب الرحمة.",
])
def test_talks_left_open_candidates_excluded_and_gates_shut_reject_no_one(rules_coder, text):
    assert not [e for e in code(rules_coder, text) if e.event_type == "REJECT" and e.modality != "negated"]


@pytest.mark.parametrize("text, sanctioner, target", [
    ("وحظرت الولايات المتحدة دخول عشرة مسؤولين صينيين إلى أراضيها.", ["USA"], ["CHN"]),
    ("وحظرت السلطات الكويتية دخول الرعايا الإيرانيين.", ["KWT"], ["IRN"]),
    ("وقلصت موسكو عدد الدبلوماسيين العاملين في السفارة الأمريكية.", ["RUS"], ["USA"]),
])
def test_an_entry_ban_on_a_partys_people_and_fewer_diplomats_sanction_it(rules_coder, text, sanctioner, target):
    assert coded(code(rules_coder, text)) == [("SANCTION", sanctioner, target)]
    assert not code(rules_coder, "وحظرت السلطات دخول المركبات إلى وسط المدينة.")


@pytest.mark.parametrize("text, accuser, accused", [
    ("وشككت المعارضة التركية في نزاهة الانتخابات التي أشرفت عليها الحكومة.", "TUR", "TUR"),
    ("وشكك وزير الخارجية الروسي في مصداقية التحقيق الأمريكي.", "RUS", "USA"),
    ("وصبّ الرئيس التركي جام غضبه على الاتحاد الأوروبي.", "TUR", "EUR"),
    ("ووصف رئيس الوزراء الباكستاني الهند بأنها دولة مارقة.", "PAK", "IND"),
])
def test_good_faith_questioned_wrath_poured_and_a_rogue_state_named_accuse(rules_coder, text, accuser, accused):
    assert coded(code(rules_coder, text)) == [("ACCUSE", [accuser], [accused])]
    assert not code(rules_coder, "وشكك المحللون في جدوى الخطة.")
    assert not code(rules_coder, "وتصب هذه الخطوة في مصلحة البلدين.")


@pytest.mark.parametrize("text, expected", [
    ("وأرسلت فرنسا طائرات حربية إلى الإمارات.", ("MOBILIZE", ["FRA"], ["ARE"])),
    ("وسلمت ألمانيا أنظمة دفاع جوي إلى كييف.", ("AID", ["DEU"], ["UKR"])),
    ("وأعلنت واشنطن إرسال أنظمة صاروخية متطورة إلى أوكرانيا.", ("AID", ["USA"], ["UKR"])),
])
def test_warships_sent_deploy_and_air_defence_systems_delivered_aid(rules_coder, text, expected):
    assert coded(code(rules_coder, text)) == [expected]
    assert not code(rules_coder, "وأرسلت الوزارة أنظمة معلوماتية جديدة إلى المدارس.")


@pytest.mark.parametrize("text, demander, demanded", [
    ("وقال بايدن إن الأسد يجب أن يحاسب على جرائمه.", "USA", "SYR"),
    ("وأكد وزير الخارجية الفرنسي أنه يتعين على إيران أن توقف تخصيب اليورانيوم.", "FRA", "IRN"),
    ("وقال أردوغان إنه ينبغي أن تنسحب القوات الأمريكية من سوريا.", "TUR", "USA"),
    ("وأكد الرئيس الفرنسي أن على روسيا أن تسحب قواتها من أوكرانيا.", "FRA", "RUS"),
    ("وقال المتحدث باسم الخارجية الإيرانية إن على الحكومة العراقية أن تمنع استخدام أراضيها.", "IRN", "IRQ"),
])
def test_what_a_named_party_must_do_is_demanded_of_it(rules_coder, text, demander, demanded):
    assert coded(code(rules_coder, text)) == [("REQUEST", [demander], [demanded])]


@pytest.mark.parametrize("text", [
    "وقال الخبير إنه يجب أن يكون هناك حل سياسي للأزمة.",
    "وقال ظريف إن إدلب يجب أن تُطهَّر من الإرهابيين.",
    "وقال بايدن إن هذه الحرب يجب أن تنتهي.",
    "وأكدت الخارجية الإيرانية أن طهران يتوجب عليها الدفاع عن نفسها.",
    "وشدد الرئيس الإيراني على أن إسرائيل ستدفع الثمن.",
    "واتفقت مصر وإسرائيل على أن تبدأ المفاوضات الأسبوع المقبل.",
    "وقال السيسي إن على إسرائيل إن أرادت ذلك نقلهم إلى النقب.",
])
def test_an_obligation_of_a_place_a_thing_or_oneself_demands_nothing(rules_coder, text):
    assert not [e for e in code(rules_coder, text) if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text, yielder, demander", [
    ("واستجابت الحكومة اللبنانية لمطالب صندوق النقد الدولي.", "LBN", "IGO"),
    ("ورضخت الحكومة الأردنية لمطالب النقابات.", "JOR", "JOR"),
])
def test_demands_met_with_the_subject_between_concede(rules_coder, text, yielder, demander):
    assert coded(code(rules_coder, text)) == [("CONCEDE", [yielder], [demander])]
    assert not code(rules_coder, "واستجاب المئات لدعوة النقابة إلى الإضراب.")


def test_a_government_resigning_concedes_and_his_resignation_is_the_masdar(rules_coder):
    evs = [e for e in code(rules_coder, "واستقالت الحكومة اللبنانية بعد انفجار المرفأ.") if e.event_type == "CONCEDE"]
    assert coded(evs) == [("CONCEDE", ["LBN"], ["LBN"])] and evs[0].trigger.entry.pos == "verb"
    evs = code(rules_coder, "وأعلن رئيس الوزراء اللبناني استقالته من منصبه.")
    assert [(e.event_type, e.trigger.entry.pos) for e in evs] == [("CONCEDE", "noun")]


def test_intelligence_exchanged_between_two_states_is_cooperation_of_both(rules_coder):
    evs = code(rules_coder, "وتبادلت أجهزة الاستخبارات التركية والعراقية معلومات عن عناصر حزب العمال الكردستاني.")
    assert [(e.event_type, e.mode) for e in evs] == [("COOPERATE", "intelligence")]
    assert codes(evs[0].actor) == ["IRQ", "TUR"]
    assert not code(rules_coder, "وتبادل المتظاهرون المعلومات عبر مواقع التواصل.")


@pytest.mark.parametrize("text, accuser, accused", [
    ("وحمّلت الخارجية الفلسطينية الحكومة الإسرائيلية تبعات التصعيد الخطير.", "PSE", "ISR"),
    ("وحمّل الرئيس اللبناني إسرائيل تداعيات العدوان على الجنوب.", "LBN", "ISR"),
])
def test_the_consequences_laid_on_a_party_accuse_it(rules_coder, text, accuser, accused):
    assert coded(code(rules_coder, text)) == [("ACCUSE", [accuser], [accused])]
    assert not code(rules_coder, "وتحمل هذه الخطوة تداعيات خطيرة على المنطقة.")


@pytest.mark.parametrize("text, expected", [
    ("وتنصلت الحكومة الإسرائيلية من التفاهمات التي توصلت إليها مع السلطة الفلسطينية.", ("REJECT", ["ISR"], ["PSE"])),
    ("وانقلبت حركة طالبان على الاتفاق الموقع مع الولايات المتحدة.", ("REJECT", ["AFG"], ["USA"])),
    ("وأدارت السلطة الفلسطينية ظهرها للمبادرة الأمريكية.", ("REJECT", ["PSE"], ["USA"])),
    ("وانسحب الوفد الإيراني من المحادثات مع الوكالة الدولية للطاقة الذرية.", ("SANCTION", ["IRN"], ["UNO"])),
    ("وجدد الرئيس الأمريكي التزام بلاده بأمن إسرائيل.", ("SUPPORT", ["USA"], ["ISR"])),
    ("وباركت إيران العملية التي نفذتها حماس.", ("SUPPORT", ["IRN"], ["PSE"])),
])
def test_agreements_disowned_talks_walked_out_of_and_security_pledged(rules_coder, text, expected):
    assert expected in coded(code(rules_coder, text))


@pytest.mark.parametrize("text", [
    "وانسحب الجيش من المدينة بعد معارك عنيفة.",
    "ويدير الرئيس شؤون البلاد من قصره.",
    "وتبارك الكنيسة الزواج.",
])
def test_a_withdrawal_from_a_town_running_affairs_and_a_blessing_reject_nothing(rules_coder, text):
    assert not [e for e in code(rules_coder, text) if e.event_type in ("REJECT", "SANCTION", "SUPPORT")]


def test_a_base_evacuated_is_a_retreat_and_aid_let_in_by_consent_is_allowed(rules_coder):
    assert ("RETREAT", ["SYR"], []) in coded(code(rules_coder, "وأخلى الجيش السوري مواقعه في ريف حلب."))
    assert not code(rules_coder, "وأخلت السلطات سكان الحي بعد الحريق.")
    evs = code(rules_coder, "ووافقت الحكومة الإسرائيلية على إدخال الوقود إلى غزة.")
    assert [(e.event_type, e.mode) for e in evs] == [("CONCEDE", "allow-access")] and codes(evs[0].actor) == ["ISR"]


@pytest.mark.parametrize("text, accuser, accused", [
    ("وقال وزير الدفاع الأمريكي إن إيران تزعزع استقرار المنطقة.", "USA", "IRN"),
    ("وقال لافروف إن الخطوة الأميركية تقوض الاستقرار في المنطقة.", "RUS", "USA"),
    ("وقالت الخارجية الإيرانية إن الدول الأوروبية فشلت في الوفاء بالتزاماتها.", "IRN", "EUR"),
    ("وتقول روسيا إن تركيا لم تفِ بتعهدها فصل المعارضة عن الإرهابيين.", "RUS", "TUR"),
])
def test_a_party_said_to_destabilise_or_to_break_its_commitments_is_accused(rules_coder, text, accuser, accused):
    assert coded(code(rules_coder, text)) == [("ACCUSE", [accuser], [accused])]


def test_commitments_broken_only_in_a_condition_accuse_no_one(rules_coder):
    assert not code(rules_coder, "وقال الرئيس الإيراني إن بلاده ستتخذ خطوات جديدة إذا لم تفِ الدول الأوروبية "
                                 "بالتزاماتها.")


@pytest.mark.parametrize("text, event_type", [
    # a warning of dangers to all threatens no one
    ("ودانت طهران الغارات الإسرائيلية بشدة، محذرة من تداعياتها على أمن المنطقة.", "THREATEN"),
    ("وحذرت البحرين وقطر العراق من تداعياته الخطيرة على المنطقة.", "THREATEN"),
    ("ودانت الإمارات الهجوم، محذّرة من مخاطر انزلاق المنطقة إلى مواجهة أوسع.", "THREATEN"),
    # hosting or mediating with no party named reports no talks
    ("واستضافت سلطنة عمان الأسبوع الماضي جولة جديدة من المحادثات.", "CONSULT"),
    ("وتقود ألمانيا، التي تتولى الرئاسة الدورية للاتحاد الأوروبي، جهود الوساطة.", "CONSULT"),
])
def test_a_warning_of_dangers_to_all_or_a_host_alone_codes_no_act(rules_coder, text, event_type):
    assert event_type not in {e.event_type for e in code(rules_coder, text)}


@pytest.mark.parametrize("text, expected", [
    ("وحذرت إيران إسرائيل من مغبة أي اعتداء.", ("THREATEN", ["IRN"], ["ISR"])),
    ("وحذر الرئيس الأمريكي إيران من عواقب وخيمة.", ("THREATEN", ["USA"], ["IRN"])),
])
def test_a_warning_of_consequences_to_a_party_threatens_it(rules_coder, text, expected):
    assert expected in coded(code(rules_coder, text))


@pytest.mark.parametrize("text, expected", [
    ("وقدم الرئيس الصيني تعازيه للرئيس الإيراني في ضحايا الهجوم.", ("SUPPORT", ["CHN"], ["IRN"])),
    ("وعزى الرئيس الصيني نظيره الإيراني في ضحايا الهجوم.", ("SUPPORT", ["CHN"], ["IRN"])),
])
def test_condolences_offered_to_a_party_support_it(rules_coder, text, expected):
    evs = code(rules_coder, text)
    assert expected in coded(evs) and all(e.cameo == "018" for e in evs if e.event_type == "SUPPORT")


@pytest.mark.parametrize("text, expected", [
    ("وقال قائد الحرس الثوري إن إسرائيل ستدفع الثمن.", ("THREATEN", ["IRN"], ["ISR"])),
    ("وقال زعيم الحوثيين إن الأمريكيين سيدفعون ثمن عدوانهم.", ("THREATEN", ["YEM"], ["USA"])),
    ("وتكيل طهران الاتهامات إلى واشنطن منذ أسابيع.", ("ACCUSE", ["IRN"], ["USA"])),
])
def test_a_price_to_pay_threatens_and_charges_heaped_accuse(rules_coder, text, expected):
    assert coded(code(rules_coder, text)) == [expected]
    assert not code(rules_coder, "وقال الخبير إن المواطنين سيدفعون ثمن الأزمة الاقتصادية.")


@pytest.mark.parametrize("text, expected", [
    ("وعلقت الولايات المتحدة صفقة الطائرات المسيرة مع الإمارات.", ("SANCTION", ["USA"], ["ARE"])),
    ("فقد جمّدت موسكو عام 2010 صفقة لبيع المنظومة نفسها لإيران.", ("SANCTION", ["RUS"], ["IRN"])),
    ("وأعلنت واشنطن تعليق صفقة مقاتلات إف-35 مع تركيا.", ("SANCTION", ["USA"], ["TUR"])),
])
def test_a_deal_halted_sanctions_the_party_it_was_with(rules_coder, text, expected):
    evs = code(rules_coder, text, "2021-04-10")
    assert expected in coded(evs) and "AGREE" not in {e.event_type for e in evs}


@pytest.mark.parametrize("text, expected", [
    ("وتبرأت الحكومة اللبنانية من تصريحات الوزير السعودي.", ("REJECT", ["LBN"], ["SAU"])),
    ("ونأت الحكومة الأردنية بنفسها عن الخطة الأمريكية.", ("REJECT", ["JOR"], ["USA"])),
    ("وقال الرئيس الفلسطيني إننا لن نعترف بإسرائيل.", ("REJECT", ["PSE"], ["ISR"])),
])
def test_disowning_keeping_away_and_not_recognising_reject(rules_coder, text, expected):
    assert coded(code(rules_coder, text)) == [expected]


def test_operations_suspended_are_a_halt_not_an_attack(rules_coder):
    evs = code(rules_coder, "وأعلنت كتائب حزب الله، الثلاثاء الماضي، تعليق عملياتها ضد القوات الأميركية.", "2024-01-31")
    assert coded(evs) == [("RETREAT", ["IRQ"], ["USA"])]
    assert not [e for e in code(rules_coder, "وطالبت الرياض باتخاذ الإجراءات اللازمة لوقف عمليات التهريب.")
                if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text, expected", [
    ("وقالت الخارجية الجزائرية إنها ستتعامل بالمثل مع فرنسا.", ("THREATEN", ["DZA"], ["FRA"])),
    ("وأكدت الحكومة الإيرانية أنها تحتفظ بحقها في اتخاذ الإجراءات المناسبة ضد الولايات المتحدة.",
     ("THREATEN", ["IRN"], ["USA"])),
    ("وقال الرئيس الجزائري إن بلاده ستعيد النظر في علاقاتها مع إسبانيا.", ("THREATEN", ["DZA"], ["ESP"])),
    ("وقال رئيس الوزراء الإسرائيلي إننا سنحاسب حماس على هذه الجريمة.", ("THREATEN", ["ISR"], ["PSE"])),
    ("وقال الرئيس الإيراني إن أي اعتداء إسرائيلي ستكون له عواقب.", ("THREATEN", ["IRN"], ["ISR"])),
    ("وأعلن الجيش السوري أنه سيتعامل مع أي طائرة تركية تخترق أجواءه بوصفها هدفا معاديا.",
     ("THREATEN", ["SYR"], ["TUR"])),
    ("وقالت كوريا الشمالية إن المناورات الأميركية ستقابل بإجراءات مضادة قوية.", ("THREATEN", ["PRK"], ["USA"])),
    ("وقال زعيم الحوثيين إن أي تصعيد أميركي سيقابل بتصعيد مماثل.", ("THREATEN", ["YEM"], ["USA"])),
    ("وأعلن الحوثيون أن السفن الأميركية والبريطانية باتت هدفا لقواتهم.", ("THREATEN", ["YEM"], ["GBR", "USA"])),
    ("وقال الرئيس الأميركي إن حماس ستواجه الجحيم إذا لم تطلق الرهائن.", ("THREATEN", ["USA"], ["PSE"])),
])
def test_treatment_in_kind_ties_reviewed_and_a_reckoning_vowed_threaten(rules_coder, text, expected):
    assert expected in coded(code(rules_coder, text))


def test_a_strait_closed_restricts_and_closing_it_on_a_condition_threatens(rules_coder):
    assert coded(code(rules_coder, "وأغلقت إيران مضيق هرمز أمام السفن الأميركية.")) == [("COERCE", ["IRN"], ["USA"])]
    evs = code(rules_coder, "وقال مسؤول إيراني إن بلاده ستغلق مضيق هرمز إذا منعت الولايات المتحدة صادراتها النفطية.")
    assert ("THREATEN", ["IRN"], ["USA"]) in coded(evs)


def test_an_arrest_with_its_subject_between_the_verb_and_al_qabd(rules_coder):
    assert coded(code(rules_coder, "وألقت الشرطة التركية القبض على صحفيين أمريكيين.")) == [("COERCE", ["TUR"], ["USA"])]
    assert not code(rules_coder, "وألقى الرئيس كلمة أمام البرلمان.")


def test_a_statement_denounced_accuses_its_speaker(rules_coder):
    evs = code(rules_coder, "واستهجنت الخارجية الأردنية تصريحات الوزير الإسرائيلي.")
    assert coded(evs) == [("ACCUSE", ["JOR"], ["ISR"])]


def test_a_verdict_of_ten_years_is_no_numeral_twelve(rules_coder):
    evs = code(rules_coder, "وأصدرت محكمة مصرية حكما بالسجن عشر سنوات على الناشط.")
    assert [(e.event_type, e.mode) for e in evs] == [("SANCTION", "convict")]
    assert not [e for e in code(rules_coder, "ووصل اثنا عشر وزيرا إلى الاجتماع.") if e.event_type == "SUPPORT"]


def test_travel_barred_restricts(rules_coder):
    assert coded(code(rules_coder, "ومنعت السعودية مواطنيها من السفر إلى لبنان.")) == [("COERCE", ["SAU"], ["LBN"])]
    assert [e.mode for e in code(rules_coder, "ومنعت السلطات الإيرانية المحامية الحقوقية من السفر.")] == ["restrict"]
    assert [e.modality for e in code(rules_coder, "ولم يمنع ذلك الرئيس من السفر إلى باريس.")] in ([], ["negated"])
    assert not [e for e in code(rules_coder, "ومنعت الشرطة المتظاهرين من الوصول إلى الساحة.")
                if e.rule.startswith("core.COERCE.travel-ban")]


def test_a_flagrant_wrong_with_no_one_to_charge_is_no_accusation(rules_coder):
    evs = code(rules_coder, "وشنت القوات الإسرائيلية عدوانا سافرا على غزة.")
    assert not [e for e in evs if e.event_type == "ACCUSE"]


def test_a_ban_defied_is_rejected_and_what_defies_it_is_still_done(rules_coder):
    evs = code(rules_coder, "وتحدى المحتجون حظر التجول وخرجوا إلى الشوارع في بغداد.")
    assert {e.event_type for e in evs} == {"REJECT", "PROTEST"}
    assert [e.mode for e in evs if e.event_type == "REJECT"] == ["defy"]


def test_fighters_captured_are_detained_but_families_are_no_captives(rules_coder):
    evs = code(rules_coder, "وأسرت حماس جنودا إسرائيليين خلال الهجوم.", "2023-10-08")
    assert ("ASSAULT", ["PSE"], ["ISR"]) in coded(evs)  # (captured by an armed group: abducted)
    evs = code(rules_coder, "وأسر الجيش الليبي عشرات المقاتلين من قوات حفتر.", "2019-04-21")
    assert "COERCE" in [e.event_type for e in evs]
    assert not [e for e in code(rules_coder, "والتقى الرئيس أسر الضحايا في القصر.") if e.event_type == "COERCE"]


def test_accusations_traded_over_a_ceasefire_are_no_exchange_of_fire(rules_coder):
    evs = code(rules_coder, "وتبادلت أرمينيا وأذربيجان الاتهامات بخرق وقف إطلاق النار.", "2020-10-12")
    assert ("ACCUSE", ["ARM", "AZE"], ["ARM", "AZE"]) in coded(evs)
    assert not [e for e in evs if e.event_type == "ASSAULT"]
    evs = code(rules_coder, "وتبادلت قوات مصرية وإسرائيلية إطلاق النار على الحدود.", "2023-05-27")
    assert [e.event_type for e in evs] == ["ASSAULT"]


def test_a_suspension_needs_the_ties_it_suspends_close_by(rules_coder):
    evs = code(rules_coder, "وعلق المتحدث باسم الحوثيين محمد عبد السلام على الاتفاق بالقول إن المنطقة بحاجة إلى عودة "
                            "العلاقات الطبيعية بين دولها.", "2023-03-12")
    assert not [e for e in evs if e.event_type == "SANCTION"]
    evs = code(rules_coder, "وعلّقت الحكومة الإسرائيلية مفاوضات السلام مع السلطة الفلسطينية.", "2014-04-25")
    assert ("SANCTION", ["ISR"], ["PSE"]) in coded(evs)


@pytest.mark.parametrize("day", ["الخميس", "الأحد", "اليوم", "أمس"])
def test_dawn_before_a_day_is_no_bombing(rules_coder, day):
    evs = code(rules_coder, f"واقتحم مئات المحتجين فجر {day} مبنى السفارة السويدية في بغداد.", "2023-07-20")
    assert not [e for e in evs if e.rule.startswith("core.ASSAULT.bomb.verb")]


@pytest.mark.parametrize("text, expected", [
    ("إذ تتهم كييف موسكو بتعذيب أسراها، فيما تقول موسكو إن القوات الأوكرانية ارتكبت انتهاكات بحق جنود روس.",
     ("ACCUSE", ["RUS"], ["UKR"])),
    ("اعتبرت الخارجية التركية أن البيان اليوناني يمثل «تحريفا للحقائق».", ("ACCUSE", ["TUR"], ["GRC"])),
    ("وقالت الخارجية الصينية إن الولايات المتحدة تستخدم حقوق الإنسان ذريعة للتدخل.", ("ACCUSE", ["CHN"], ["USA"])),
    ("وقال الجيش الباكستاني إن الهند تدعم الإرهاب في إقليم بلوشستان.", ("ACCUSE", ["PAK"], ["IND"])),
    ("ووصف وزير الخارجية التركي تصريحات نظيره اليوناني بأنها غير مسؤولة.", ("ACCUSE", ["TUR"], ["GRC"])),
    ("وقالت الخارجية المصرية إن إثيوبيا تماطل في المفاوضات.", ("ACCUSE", ["EGY"], ["ETH"])),
    ("وقالت الخارجية المصرية إن إثيوبيا تعرقل جهود التسوية.", ("ACCUSE", ["EGY"], ["ETH"])),
    ("وقال الرئيس الأوكراني إن روسيا تستخدم الغذاء سلاحا.", ("ACCUSE", ["UKR"], ["RUS"])),
    ("وأكدت الرئاسة الفلسطينية أن الحكومة الإسرائيلية تتحمل تبعات التصعيد.", ("ACCUSE", ["PSE"], ["ISR"])),
    ("وقال الرئيس الإيراني إن إسرائيل ستتحمل تبعات أي اعتداء.", ("THREATEN", ["IRN"], ["ISR"])),
    ("وترفض حكومة الوفاق أي تفاوض مباشر معه، وتصف حفتر بمجرم حرب.", ("ACCUSE", ["LBY"], ["LBY"])),
    # a deed said to be a flagrant wrong or a stab in the back accuses its doer
    ("وقالت الخارجية الصينية إن التصريحات الأميركية تدخل سافر في الشؤون الداخلية للصين.", ("ACCUSE", ["CHN"], ["USA"])),
    ("وقالت حماس إن التطبيع الإماراتي طعنة في الظهر.", ("ACCUSE", ["PSE"], ["ARE"])),
])
def test_wrongs_said_of_a_party_accuse_it(rules_coder, text, expected):
    assert expected in coded(code(rules_coder, text))


def test_a_party_confessing_a_wrong_is_accused_by_no_one(rules_coder):
    evs = code(rules_coder, "اعترفت ألمانيا رسمياً بأنها ارتكبت إبادة جماعية بحق شعبي الهيريرو والناما في ناميبيا.")
    assert "ACCUSE" not in [e.event_type for e in evs]


def test_a_province_is_no_boycott(rules_coder):
    evs = code(rules_coder, "وأسقطت الدفاعات الجوية الروسية طائرة مسيرة أوكرانية فوق مقاطعة بيلغورود.")
    assert coded(evs) == [("ASSAULT", ["RUS"], ["UKR"])]


@pytest.mark.parametrize("text, expected", [
    ("وسلمت الولايات المتحدة أوكرانيا دفعة جديدة من صواريخ باتريوت.", ("AID", ["USA"], ["UKR"])),
    ("وسلمت حماس إلى الصليب الأحمر دفعة جديدة من المحتجزين الإسرائيليين.", ("RETREAT", ["PSE"], ["ISR"])),
])
def test_a_batch_handed_over_is_arms_delivered_or_captives_returned(rules_coder, text, expected):
    assert coded(code(rules_coder, text)) == [expected]


@pytest.mark.parametrize("text", ["واستشهد ثلاثة فلسطينيين برصاص قوات الاحتلال في جنين.",
                                  "وأعلنت وزارة الصحة استشهاد شاب برصاص الاحتلال الإسرائيلي قرب رام الله."])
def test_martyrdom_by_a_partys_fire_is_its_killing(rules_coder, text):
    assert ("ASSAULT", ["ISR"], ["PSE"]) in coded(code(rules_coder, text))


def test_attacks_promised_to_go_on_threaten_and_attacks_going_on_are_attacks(rules_coder):
    said = code(rules_coder, "وقال نتنياهو إن إسرائيل ستواصل غاراتها على حزب الله حتى تحقيق أهدافها.")
    assert coded(said) == [("THREATEN", ["ISR"], ["LBN"])] and said[0].modality == "asserted"
    going_on = code(rules_coder, "وواصلت إسرائيل غاراتها على حزب الله في جنوب لبنان.")
    assert coded(going_on) == [("ASSAULT", ["ISR"], ["LBN"])]


@pytest.mark.parametrize("text", [
    # the attacks are the subject of the going on; the speaker, named after a title, threatens
    "وأكد عضو المكتب السياسي لـ«أنصار الله» محمد البخيتي أن العمليات العسكرية ضد إسرائيل «ستستمر حتى يتوقف العدوان».",
    "وقال المتحدث باسم الحوثيين يحيى سريع إن الهجمات على السفن الإسرائيلية لن تتوقف.",
])
def test_attacks_said_to_go_on_threaten_at_whom_they_are_aimed(rules_coder, text):
    said = code(rules_coder, text)
    assert coded(said) == [("THREATEN", ["YEM"], ["ISR"])] and said[0].modality == "asserted"


@pytest.mark.parametrize("text, accused", [
    ("وأضاف وزير الدفاع الأمريكي أن الأسلحة المستخدمة في الهجوم إيرانية الصنع.", [(["USA"], ["IRN"])]),
    ("وأعلنت القيادة المركزية الأمريكية أن الطائرة المسيرة التي أصابتها «صُنعت في إيران».", [(["USA"], ["IRN"])]),
    # told by the writer, or of weapons named only as what was used, the make accuses no one
    ("وتستخدم القوات الأوكرانية الصواريخ الأمريكية الصنع.", []),
    ("وقالت موسكو إن الجيش الأوكراني قصف المبنى بصواريخ «هيمارس» أميركية الصنع.", []),
])
def test_a_weapon_said_to_be_made_in_a_state_accuses_it(rules_coder, text, accused):
    assert _dyads(rules_coder, text, "ACCUSE") == accused


def test_an_accession_ratified_is_agreed_to(rules_coder):
    evs = code(rules_coder, "وصادق البرلمان التركي على انضمام السويد إلى حلف الناتو.", "2024-01-23")
    assert ("AGREE", ["TUR"], ["SWE"]) in coded(evs)


def test_backing_terror_as_the_charge_of_an_arrest_accuses_no_one(rules_coder):
    evs = code(rules_coder, "واعتقلت الشرطة التركية رئيس بلدية إسطنبول بتهمة دعم الإرهاب.", "2025-03-19")
    assert "ACCUSE" not in [e.event_type for e in evs]


def test_sentences_handed_down_in_the_plural_are_verdicts(rules_coder):
    evs = code(rules_coder, "وأصدرت محكمة مصرية أحكاما بالسجن على عشرات المعارضين.")
    assert [(e.event_type, e.mode) for e in evs] == [("SANCTION", "convict")] and codes(evs[0].actor) == ["EGY"]


def test_a_musayyara_striking_is_a_drone_not_a_march(rules_coder):
    evs = code(rules_coder, "واستهدفت مسيرة إسرائيلية سيارة في جنوب لبنان ما أدى إلى مقتل عنصرين من حزب الله.",
               "2024-03-01")
    assert "PROTEST" not in [e.event_type for e in evs]
    assert any(e.event_type == "ASSAULT" and codes(e.actor) == ["ISR"] for e in evs)


def test_a_denying_participle_answers_the_accuser(rules_coder):
    text = ("اتهمت أنقرة موسكو بقصف مواقع جنودها في إدلب. وقالت وزارة الدفاع الروسية إن الجنود الأتراك كانوا في صفوف "
            "جماعات إرهابية، نافية أن تكون طائراتها قد نفذت أي غارات في المنطقة.")
    ev = _first(rules_coder, text, "2020-02-28", "REJECT")
    assert ev.trigger.text == "نافية" and codes(ev.actor) == ["RUS"] and codes(ev.recipient) == ["TUR"]
    # alone, with no accuser, the denial of a tie names no party it answers, as the verb's does
    evs = rules_coder.code(Document("d", "قال الحزب في بيان إن الاتهامات باطلة، نافياً أي صلة له بجبهة البوليساريو.",
                                    "2018-05-02"))
    assert not [e for e in evs if e.event_type == "REJECT" and e.trigger.text == "نافياً"]


@pytest.mark.parametrize("text, event_type, actor, recipient", [
    ("أعرب الاتحاد الأوروبي عن خيبة أمله إزاء قرار الحكومة التونسية حل المجلس الأعلى للقضاء.", "ACCUSE", "EUR", "TUN"),
    ("لامت الحكومة الليبية في طرابلس الإمارات على دعمها العسكري لقوات شرق ليبيا.", "ACCUSE", "LBY", "ARE"),
    ("فنّدت الدوحة المزاعم الإماراتية بشأن دعمها جماعات متطرفة في المنطقة.", "REJECT", "QAT", "ARE"),
    ("دحضت وزارة الدفاع الروسية الرواية التركية بشأن إسقاط الطائرة الحربية قرب الحدود السورية.", "REJECT", "RUS",
     "TUR"),
    ("ألحّ الاتحاد الأوروبي على إيران للعودة إلى طاولة المفاوضات النووية دون إبطاء.", "REQUEST", "EUR", "IRN"),
    ("وجّه الأمين العام للأمم المتحدة نداءً إلى إسرائيل لرفع القيود عن دخول الوقود إلى غزة.", "REQUEST", "UNO", "ISR"),
    ("استنجدت الحكومة الليبية بتركيا لصد هجوم قوات الشرق على طرابلس.", "REQUEST", "LBY", "TUR"),
    ("أهابت الجامعة العربية بالأمم المتحدة التحرك لوقف التدهور الإنساني في السودان.", "REQUEST", "IGO", "UNO"),
    ("وسحبت الجزائر قرارها تجميد معاهدة الصداقة وحسن الجوار مع إسبانيا.", "CONCEDE", "DZA", None),
    ("تخلّت تركيا عن اعتراضها على انضمام السويد إلى حلف شمال الأطلسي.", "CONCEDE", "TUR", None),
    ("ساندت فرنسا مطالب لبنان بانسحاب إسرائيل من النقاط الخمس في الجنوب.", "SUPPORT", "FRA", "LBN"),
    ("امتدحت طهران موقف بغداد الرافض لاستخدام أراضيها في أي هجوم على إيران.", "SUPPORT", "IRN", "IRQ"),
    ("حظرت السلطات الأردنية جماعة الإخوان المسلمين وصادرت ممتلكاتها.", "COERCE", "JOR", None),
    ("قامت السلطات المصرية بترحيل مراسلة صحيفة بريطانية من مطار القاهرة.", "COERCE", "EGY", "GBR"),
    ("أوقفت تركيا جميع المبادلات التجارية مع إسرائيل.", "SANCTION", "TUR", "ISR"),
    ("أوقفت السعودية غاراتها الجوية على اليمن مع بدء سريان الهدنة.", "RETREAT", "SAU", "YEM"),
    ("أوفدت تركيا فرق إنقاذ إلى ليبيا عقب الفيضانات التي اجتاحت درنة.", "AID", "TUR", "LBY"),
    ("قدّم الاتحاد الأوروبي منحة بقيمة مئة مليون يورو لدعم اللاجئين في لبنان.", "AID", "EUR", "LBN"),
    ("أمدّت إيران الحوثيين بطائرات مسيّرة وصواريخ باليستية.", "AID", "IRN", "YEM"),
    ("استأنفت الإمارات وقطر الرحلات الجوية المباشرة بين البلدين.", "COOPERATE", "ARE", "QAT"),
    ("أعربت السعودية عن تقديرها لمصر على جهودها.", "SUPPORT", "SAU", "EGY"),
    ("ومنعت إسرائيل دخول وفد برلماني أوروبي إلى قطاع غزة.", "COERCE", "ISR", None),
    ("سلّمت القوات الأمريكية قاعدة عين الأسد الجوية إلى الجيش العراقي.", "RETREAT", "USA", "IRQ"),
    ("توافقت مصر والسودان على آلية لتنسيق المواقف.", "AGREE", "EGY", None),
    ("أعطت الحكومة العراقية الضوء الأخضر لشركات تركية لاستئناف العمل.", "AGREE", "IRQ", "TUR"),
    ("تحادث الرئيس الفرنسي مع نظيره المصري حول الأوضاع في غزة.", "CONSULT", "FRA", "EGY"),
    ("تبادل وزير الخارجية الأردني وجهات النظر مع نظيره العراقي.", "CONSULT", "JOR", "IRQ"),
    ("استحسنت الجامعة العربية قرار الحكومة العراقية.", "SUPPORT", "IGO", "IRQ"),
    ("أكدت الجزائر مساندتها لتونس في مواجهة الأزمة.", "SUPPORT", "DZA", "TUN"),
    ("أبدى الاتحاد الأوروبي ارتياحه لقرار الحكومة الليبية.", "SUPPORT", "EUR", "LBY"),
    ("استغاثت الحكومة السودانية بالأمم المتحدة لإرسال مساعدات.", "REQUEST", "SDN", "UNO"),
    ("استحث المبعوث الأمريكي الحكومة اليمنية على تنفيذ الاتفاق.", "REQUEST", "USA", "YEM"),
    ("وضعت إيران قواتها في حالة استنفار قصوى.", "MOBILIZE", "IRN", None),
    ("استنفر الجيش اللبناني وحداته على الحدود الجنوبية.", "MOBILIZE", "LBN", None),
    ("استقدم الجيش السوري تعزيزات عسكرية إلى ريف إدلب.", "MOBILIZE", "SYR", None),
    ("أخلى الجيش التركي نقطة المراقبة في ريف حماة.", "RETREAT", "TUR", None),
    ("وحركة طالبان تخلي سبيل صحفيين أمريكيين.", "RETREAT", "AFG", "USA"),
    ("أمطرت القوات الروسية مدينة خاركيف بالصواريخ.", "ASSAULT", "RUS", "UKR"),
    ("تدك المدفعية الإسرائيلية بلدات جنوب لبنان.", "ASSAULT", "ISR", "LBN"),
    ("أمطرت الفصائل الفلسطينية مواقع الجيش الإسرائيلي في مستوطنات غلاف قطاع غزة بعشرات الصواريخ.", "ASSAULT",
     "PSE", "ISR"),
    ("ووزعت هيئة الهلال الأحمر الإماراتي في محافظة الحديدة اليمنية سلالاً غذائية على الأسر النازحة.", "AID",
     "NGO", "YEM"),
    ("وزعت الإمارات مساعدات غذائية على النازحين في السودان.", "AID", "ARE", "SDN"),
    ("مدت السعودية يد العون إلى اليمن بشحنات من الوقود.", "AID", "SAU", "YEM"),
    ("تكفلت قطر بتمويل إعادة إعمار مستشفى في غزة.", "AID", "QAT", "PSE"),
    ("أرسلت الصين لقاحات إلى العراق.", "AID", "CHN", "IRQ"),
    ("شكّل العراق وتركيا لجنة مشتركة لإدارة ملف المياه.", "COOPERATE", "IRQ", "TUR"),
    ("أبدت إيران مرونة تجاه المقترح الأوروبي.", "CONCEDE", "IRN", None),
    ("ونزلت الحكومة الإسرائيلية عند رغبة الإدارة الأمريكية.", "CONCEDE", "ISR", "USA"),
    ("وضعت وزارة الخزانة الأمريكية قادة في حزب الله على لائحة العقوبات.", "SANCTION", "USA", "LBN"),
    ("منعت السلطات المصرية الناشط الحقوقي البارز حسام بهجت من السفر.", "COERCE", "EGY", None),
    ("تعهدت إيران بالانتقام من الولايات المتحدة بعد الغارة التي استهدفت قادة عسكريين إيرانيين في سوريا.", "THREATEN",
     "IRN", "USA"),
    ("استولت البحرية الإيرانية على شحنة نفط كانت على متن ناقلة يونانية.", "COERCE", "IRN", None),
    ("كذّبت الخرطوم البيان الإثيوبي الذي تحدث عن توغل قوات سودانية.", "REJECT", "SDN", "ETH"),
    ("سيّرت الإمارات جسراً جوياً إلى السودان.", "AID", "ARE", "SDN"),
    ("أعلنت وزارة الداخلية الكويتية تشكيل فريق أمني مشترك مع نظيرتها السعودية.", "COOPERATE", "KWT", "SAU"),
    ("أقامت الجزائر مع النيجر غرفة عمليات مشتركة لمراقبة الحدود.", "COOPERATE", "DZA", "NER"),
    ("تراجعت القوات الروسية عن مواقعها في محيط مطار هوستوميل شمال غربي كييف.", "RETREAT", "RUS", "UKR"),
    ("أتمّت القوات الأمريكية تسليم قاعدة باغرام الجوية إلى الجيش الأفغاني.", "RETREAT", "USA", "AFG"),
    ("ألقت طائرات أردنية مساعدات غذائية من الجو فوق شمال قطاع غزة.", "AID", "JOR", "PSE"),
    ("الجيش التركي يحرك أرتالاً عسكرية نحو ريف منبج.", "MOBILIZE", "TUR", "SYR"),
    # (received, not dropped: «تلقى» is no «ألقى»)
    ("وتلقى العراق مساعدات طبية من الصين.", "AID", "CHN", "IRQ"),
    ("أعلنت وزارة الخزانة الأمريكية تخفيف بعض العقوبات المفروضة على سوريا لمدة 180 يوماً.", "CONCEDE", "USA", "SYR"),
    ("وقررت واشنطن رفع التجميد عن أصول البنك المركزي الأفغاني.", "CONCEDE", "USA", "AFG"),
    ("وقال مسؤول تركي إن أنقرة أسقطت اعتراضها على انضمام السويد إلى الحلف.", "CONCEDE", "TUR", None),
    ("وأتاحت إيران لمفتشي الوكالة الدولية للطاقة الذرية الوصول إلى ورشة في مدينة كرج.", "CONCEDE", "IRN", "UNO"),
    ("وفتحت قوات الدعم السريع ممرات آمنة أمام قوافل برنامج الأغذية العالمي.", "CONCEDE", "SDN", "UNO"),
    # (the demands «المطالب» far on are the public's, not handed over)
    ("وقدّم رئيس الحكومة اللبنانية استقالة حكومته إلى رئيس الجمهورية، بعد أيام من تصاعد الغضب الشعبي المطالب "
     "بمحاسبة المسؤولين.", "CONCEDE", "LBN", None),
    # (an attribution set off by commas does not part the verb from what it needs)
    ("قبلت حركة حماس، بحسب ما أكده مسؤول مصري لوكالة فرانس برس، المقترح الذي قدمته القاهرة.", "AGREE", "PSE", "EGY"),
    ("وقال بيسكوف إن موسكو قبلت تمديد العمل باتفاقية تصدير الحبوب عبر البحر الأسود.", "AGREE", "RUS", None),
    ("ودفعت وزارة الدفاع الأمريكية بمجموعة حاملة الطائرات جيرالد فورد إلى شرق البحر المتوسط.", "MOBILIZE", "USA", None),
    ("ودحضت الخارجية الإيرانية الاتهامات الأمريكية بتزويد روسيا بطائرات مسيرة.", "REJECT", "IRN", "USA"),
    ("وعاب وزير الخارجية المصري على الجانب الإثيوبي ما وصفه بالتعنت في المفاوضات.", "ACCUSE", "EGY", "ETH"),
    ("زجّت حركة طالبان بعدد من الناشطات في مجال حقوق المرأة في السجون.", "COERCE", "AFG", None),

    ("وضربت الحكومة الإسرائيلية بعرض الحائط قرار محكمة العدل الدولية بشأن رفح.", "REJECT", "ISR", None),
    ("وأبت الحكومة السودانية التوقيع على الاتفاق الإطاري مع قوات الدعم السريع.", "REJECT", "SDN", None),
    ("وامتنعت أنقرة عن تسليم المطلوبين إلى السلطات السويدية.", "REJECT", "TUR", None),
    ("وتجاهلت الحكومة الإثيوبية دعوة مصر إلى استئناف المفاوضات.", "REJECT", "ETH", "EGY"),
    ("ولم تستجب إسرائيل لمطالبات الأمم المتحدة بفتح المعابر.", "REJECT", "ISR", "UNO"),
    ("وأسقطت الصين بالفيتو مشروع قرار أمريكي في مجلس الأمن.", "REJECT", "CHN", None),
    ("ورهنت الحكومة المجرية موافقتها على العقوبات الجديدة بإعفاء وارداتها من النفط الروسي.", "REQUEST", "HUN", None),
    ("وحجبت واشنطن مئة مليون دولار من المساعدات المخصصة للجيش اللبناني.", "SANCTION", "USA", "LBN"),
    ("وقدمت الكويت هبة مالية إلى الأردن لدعم موازنته.", "AID", "KWT", "JOR"),
    ("وأهدت الإمارات مصر شحنة من أجهزة التنفس الصناعي.", "AID", "ARE", "EGY"),
    ("وأمدت قطر قطاع غزة بالوقود اللازم لتشغيل محطة الكهرباء.", "AID", "QAT", "PSE"),
    ("وصرف البنك الدولي شريحة بقيمة مئتي مليون دولار للأردن.", "AID", "IGO", "JOR"),
    ("وأعفت واشنطن العراق من العقوبات المفروضة على واردات الغاز الإيراني.", "CONCEDE", "USA", "IRQ"),
    ("وخفضت الهند الرسوم الجمركية على الواردات الأمريكية.", "CONCEDE", "IND", "USA"),
    ("وحررت كوريا الجنوبية الأموال الإيرانية المجمدة في مصارفها.", "CONCEDE", "KOR", "IRN"),
    ("وجدد حزب الله تعهده بالرد على اغتيال قائده العسكري في بيروت.", "THREATEN", "LBN", None),
    ("وخيرت فرنسا المجلس العسكري في مالي بين إجراء الانتخابات أو مواجهة العقوبات.", "THREATEN", "FRA", "MLI"),
    ("وضخت تركيا تعزيزات عسكرية إلى ريف إدلب.", "MOBILIZE", "TUR", "SYR"),
    ("ونقل الجيش المصري وحدات مدرعة إلى الحدود مع ليبيا.", "MOBILIZE", "EGY", None),
    ("ونصبت كوريا الشمالية منصات صواريخ قرب الحدود مع الجنوب.", "MOBILIZE", "PRK", None),
    ("وضيقت القوات الإسرائيلية الخناق على سكان مخيم جنين.", "COERCE", "ISR", "PSE"),
    ("ووضعت السلطات الروسية يدها على أصول شركة فنلندية.", "COERCE", "RUS", None),
    ("وضربت الحكومة الإسرائيلية بعرض الحائط بقرارات مجلس الأمن.", "REJECT", "ISR", "UNO"),
    ("وجرفت الجرافات الإسرائيلية أراضي زراعية في بلدة بيت لاهيا.", "COERCE", "ISR", "PSE"),
    ("ووبخ الرئيس الفرنسي رئيس الوزراء الإيطالي علناً.", "ACCUSE", "FRA", "ITA"),
    ("ونعت وزير الخارجية الإيراني الرئيس الأمريكي بأنه قاتل.", "ACCUSE", "IRN", "USA"),
    ("وطعن الرئيس التركي في شرعية الحكومة السورية.", "ACCUSE", "TUR", "SYR"),
    ("وحظرت كندا على الطائرات الروسية استخدام مجالها الجوي.", "SANCTION", "CAN", "RUS"),
    ("وعبرت قافلة مصرية محملة بالأغذية والأدوية معبر رفح إلى قطاع غزة.", "AID", "EGY", "PSE"),
    ("وأشارت طهران بأصابع الاتهام إلى إسرائيل في اغتيال العالم النووي.", "ACCUSE", "IRN", "ISR"),
    ("وردّت الجزائر سلباً على طلب المغرب إعادة فتح الحدود البرية.", "REJECT", "DZA", "MAR"),
    ("وأشهرت روسيا الفيتو ضد مشروع القرار الأمريكي.", "REJECT", "RUS", "USA"),
    ("والتمست مصر من مجلس الأمن التدخل لوقف ملء السد الإثيوبي.", "REQUEST", "EGY", "UNO"),
    ("وتقهقرت القوات الأوكرانية من بلدة باخموت بعد أشهر من القتال.", "RETREAT", "UKR", None),
    ("وخفضت ألمانيا عدد قواتها في مالي إلى النصف.", "RETREAT", "DEU", "MLI"),
    ("وأنهت فرنسا وجودها العسكري في النيجر.", "RETREAT", "FRA", "NER"),
    ("وسلمت أرمينيا منطقة كلبجار إلى أذربيجان.", "RETREAT", "ARM", "AZE"),
    ("وعفا العاهل المغربي عن الصحفي الجزائري المعتقل.", "RETREAT", "MAR", "DZA"),
    ("وسرحت السلطات الليبية عشرات الصيادين المصريين المحتجزين.", "RETREAT", "LBY", "EGY"),
    ("وأتمت القوات الصينية فك الاشتباك مع القوات الهندية في لاداخ.", "RETREAT", "CHN", "IND"),
    ("وأبرمت مصر مع الصين عقوداً لبناء العاصمة الإدارية.", "AGREE", "EGY", "CHN"),
    ("وأمضت تونس والجزائر اتفاقية للتعاون الأمني.", "AGREE", "TUN", "DZA"),
    ("وتعاقدت الحكومة المصرية مع شركة روسية لبناء محطة نووية.", "AGREE", "EGY", "RUS"),
    ("وطوت مصر وتركيا صفحة الخلاف بعد عقد من القطيعة.", "AGREE", "EGY", "TUR"),
    ("وأجاز البرلمان الأردني اتفاقية الغاز مع إسرائيل.", "AGREE", "JOR", "ISR"),
    ("وتبنت الحكومة اليمنية المبادرة السعودية لوقف الحرب.", "AGREE", "YEM", "SAU"),
    ("ونوه الرئيس الفلسطيني بالدور المصري في وقف العدوان.", "SUPPORT", "PSE", "EGY"),
    ("وزكت الجامعة العربية ترشيح الدبلوماسي المصري لمنصب الأمين العام.", "SUPPORT", "IGO", "EGY"),
    ("وأعرب الملك الأردني عن مواساته للشعب المغربي في ضحايا الزلزال.", "SUPPORT", "JOR", "MAR"),
    ("وأكدت الجامعة العربية مؤازرتها الكاملة للسودان.", "SUPPORT", "IGO", "SDN"),
    ("وزكى مجلس التعاون الخليجي على المستوى الوزاري ترشيح الدبلوماسي الكويتي.", "SUPPORT", "IGO", "KWT"),
    ("وحيا الرئيس الجزائري موقف جنوب أفريقيا من القضية الفلسطينية.", "SUPPORT", "DZA", "ZAF"),
    ("وصوتت الهند لصالح مشروع القرار الفلسطيني في الجمعية العامة.", "SUPPORT", "IND", "PSE"),
    ("وأجرت الأجهزة الأمنية العراقية والأردنية تحقيقاً مشتركاً في شبكة التهريب.", "COOPERATE", "IRQ", "JOR"),
    ("وتقاسمت الأجهزة الإسبانية مع نظيرتها المغربية معلومات عن الخلية.", "COOPERATE", "ESP", "MAR"),
    ("واستعرض الرئيس المصري مع نظيره الفرنسي تطورات الأوضاع في غزة.", "CONSULT", "EGY", "FRA"),
    ("وتداول وزير الخارجية السعودي مع نظيره الأمريكي في الملف اليمني.", "CONSULT", "SAU", "USA"),
    # an ambush laid for a party; a letter received past a ruler's title and full name
    ("ونصب مسلحون من حركة الشباب كميناً لقافلة عسكرية كينية قرب الحدود.", "ASSAULT", "SOM", "KEN"),
    ("وتسلّم العاهل الأردني الملك عبد الله الثاني رسالة خطية من الرئيس المصري.", "CONSULT", "JOR", "EGY"),
    # forces taking up positions; premises sealed with red wax; a dispute taken to the Security Council
    ("وتمركزت وحدات من الجيش التركي قرب مدينة منبج.", "MOBILIZE", "TUR", "SYR"),
    ("وختمت الشرطة الإسرائيلية بالشمع الأحمر مقار منظمات فلسطينية في رام الله.", "COERCE", "ISR", "PSE"),
    ("ولجأت مصر إلى مجلس الأمن الدولي لإلزام إثيوبيا باتفاق ملزم.", "REQUEST", "EGY", "UNO"),
])
def test_wider_news_vocabulary(rules_coder, text, event_type, actor, recipient):
    """The two vocabulary probes' wording (benchmarks/vocabulary_probe.py), each with its parties (pairs acting
    together in either order): urging, refuting, blaming, appeals, disappointment, appreciation, objections dropped,
    deportations, entry barred, halted strikes, bases handed over, grants, arms supplied, flights resumed; consensus, a
    green light, views exchanged, satisfaction voiced, help sought, forces alerted and brought in, an outpost
    evacuated, places pounded or showered with rockets, relief handed out, costs borne, a joint body set up,
    flexibility shown, a wish heeded, a blacklisting, a travel ban, a cargo seized, a report belied, an airlift, a
    joint team formed or an operations room set up with a partner, forces falling back, a base handed over, aid
    dropped from the air, columns moved, part of the sanctions eased, assets unfrozen, an objection dropped, access
    granted, safe corridors opened, a resignation handed in, a proposal or an extension accepted, a carrier group
    sent, a claim refuted, a party faulted, activists thrown in prison; and the fourth probe's: resolutions brushed
    aside, steps refused, calls ignored, demands unheeded, drafts struck down by veto, assent tied to a condition, aid
    withheld, grants and gifts, supplies, a tranche paid out, sanctions waived, tariffs cut, frozen funds released, a
    vow of revenge, a forced choice, forces pumped or moved to a front, launchers set up, a population squeezed,
    assets seized, land razed, a rebuke, a party branded, a government's legitimacy challenged, an airspace barred, a
    relief convoy, a finger pointed, an answer that refuses, a veto brandished; and the fifth probe's: forces falling
    back, drawn down or ending a presence, territory handed over, a pardon, captives let go, a disengagement, deals
    concluded or contracted, a quarrel settled, a text approved or a plan adopted, praise, an endorsement, sympathy,
    backing, a salute, a vote for a cause, joint work, information shared, matters gone over with a counterpart."""
    ev = _first(rules_coder, text, "2022-05-01", event_type)
    parties = set(codes(ev.actor)) | set(codes(ev.recipient))
    pair = ev.trigger.entry.frame == "meet"
    assert actor in codes(ev.actor) or pair and actor in parties
    assert recipient is None or recipient in codes(ev.recipient) or pair and recipient in parties


@pytest.mark.parametrize("text", [
    "أدان الوزير الخطاب وقال إنه «خضع لعملية جراحية» الشهر الماضي.",
    "أبدت الحكومة موقفها من القانون الجديد.",
    "نزل المتظاهرون إلى الشوارع في العاصمة.",
    "شكّلت الحكومة لجنة للتحقيق في الحادث.",
    "تبادل الطرفان إطلاق النار قرب الحدود.",
    "وقال إن الحكومة تكذب على الشعب.",
    "ووصف المتحدث باسم الكرملين الاتهامات الأوكرانية بأنها كذب مطلق.",
    "وفتحت تركيا تحقيقاً في دخول مسلحين إلى أراضيها.",
    "وأقامت السفارة حفل استقبال بمناسبة العيد الوطني المشترك.",
    "وتراجع الرئيس عن مواقفه السابقة من القانون.",
    "وقال إن السفراء «تراجعوا خطوة إلى الوراء» عن الافتراء على بلاده.",
    "وامتنع المندوب الصيني عن التصويت على مشروع القرار.",
    "ونقلت وكالة رويترز عن مصادر أن القوات انسحبت.",
    "وصرفت الحكومة رواتب الموظفين المتأخرة.",
    "وطعن مسلح شرطياً في القدس.",
    "ونعت الحركة قائدها الذي قتل أمس.",
    "ودعا إلى خفض التصعيد في المنطقة.",
    "وحررت القوات العراقية مدينة الموصل.",
    "وضربت الطائرات أهدافاً في الجنوب.",
    "وأبى الرئيس إلا أن يحضر القمة بنفسه.",
    "ويمد الجسر المدينة بالحركة.",
    "وأهدى اللاعب الفوز إلى الجماهير.",    "ونوّه وزير الخارجية المصري إلى أن المفاوضات مستمرة.",
    "يتوقع خبراء أن تبرم دول أوروبية صفقات لتوريد الغاز.",
    "وتبنى تنظيم داعش الهجوم على الكنيسة.",
    "وأمضى الوفد ثلاثة أيام في القاهرة.",
    "وسرحت الشركة مئات العمال.",
    "وخفضت الحكومة أسعار الوقود.",
    "وأنهت الحكومة دعم المحروقات.",    "واستعرض الجيش قوته في عرض عسكري بالعاصمة.",
    "وتداولت وسائل الإعلام صور الحادث.",
    "وحيت الجماهير اللاعبين بعد المباراة.",
    "وتقاسمت الأحزاب المقاعد الوزارية.",
])
def test_second_probe_vocabulary_needs_its_word(rules_coder, text):
    """The new verbs stand only with the word that makes them the act: surgery undergone, a stance stated, a descent
    into the streets, a committee that is not joint, an exchange of fire, a lie told with nothing belied, a party
    held with no partner, stances (not positions) backed down from; an abstention, a news agency quoting, salaries
    paid, a stabbing, a leader mourned, de-escalation called for, a city liberated, targets struck, an insistence, a
    bridge that brings traffic, a victory dedicated, a point made, a forecast deal, an attack claimed, days spent,
    workers laid off, fuel prices cut, a subsidy ended, a parade, pictures passed around, fans cheering, seats shared
    out."""
    kinds = {e.trigger.entry.id for e in rules_coder.code(Document("t", text, "2022-05-01"))}
    new_words = {"core.CONCEDE.give-in.verb", "core.CONCEDE.show-flexibility.verb", "core.CONCEDE.heed-wish.verb",
                 "core.COOPERATE.joint-body.verb", "core.CONSULT.exchange-views.verb", "core.REJECT.belie.verb",
                 "core.COOPERATE.joint-body-with.verb", "core.RETREAT.fall-back.verb", "core.CONCEDE.grant-access.verb",
                 "core.CONCEDE.open-corridors.verb", "core.REJECT.decline-step.verb", "core.MOBILIZE.move-units.verb",
                 "core.AID.disburse.verb", "core.ACCUSE.question-legitimacy.verb", "core.ACCUSE.brand.verb",
                 "core.CONCEDE.cut-tariffs.verb", "core.CONCEDE.release-funds.verb", "core.REJECT.brush-aside.verb",
                 "core.AID.supply-with.verb", "core.AID.gift.verb", "core.SUPPORT.commend.verb",
                 "core.AGREE.conclude.verb", "core.AGREE.approve-text.verb", "core.RETREAT.let-go.verb",
                 "core.RETREAT.draw-down.verb", "core.CONSULT.review-with.verb", "core.SUPPORT.salute.verb",
                 "core.COOPERATE.share-information.verb"}
    assert not kinds & new_words


def test_a_petition_is_read_in_the_past_but_touching_is_not_one(rules_coder):
    """«التمست» petitions; the bare «التمس» is left out because its form loses «ال» and reads «تمس», touches."""
    assert not [e for e in rules_coder.code(Document("t", "وقال إن القرارات تمس السيادة الوطنية للبلاد.", "2022-05-01"))
                if e.event_type == "REQUEST"]


def test_recognition_refused_is_a_rejection_of_its_own(rules_coder):
    """«لا تعترف», «لن يعترف»: the negation is the act, a REJECT read as such from the start (so the discourse
    completes it as a hostile act, not as the recognition it negates)."""
    text = "وقال تيلرسون إن الولايات المتحدة لا تعترف بالاستفتاء الذي أجراه إقليم كردستان."
    evs = rules_coder.code(Document("t", text, "2017-10-30"))
    assert [(e.event_type, e.modality, e.trigger.entry.id, codes(e.actor), codes(e.recipient)) for e in evs] == [
        ("REJECT", "asserted", "core.REJECT.not-recognize.verb", ["USA"], ["IRQ"])]


def test_a_required_phrase_counts_only_whole(rules_coder):
    # «منظمة إرهابية» is required, not «منظمة» alone; its words may stand apart from quotation marks
    assert _dyads(rules_coder, "وصنفت الولايات المتحدة الحركة منظمة إرهابية.", "SANCTION") == [(["USA"], [])]
    assert not _dyads(rules_coder, "وصنفت الولايات المتحدة الحركة منظمة دولية.", "SANCTION")
    assert _dyads(rules_coder, "واستدعت الخارجية المصرية القائم بالأعمال الإسرائيلي.", "ACCUSE") == [(["EGY"], ["ISR"])]
    assert not _dyads(rules_coder, "واستدعت الخارجية المصرية القائم على المشروع.", "ACCUSE")


def test_a_required_phrase_is_checked_word_by_word(tmp_path):
    from rasad.coder.triggers import required_at
    from rasad.lexicon.lexicon import load_entries
    from rasad.text.tokens import tokenize

    path = tmp_path / "x.yaml"
    path.write_text('- {id: t.designate, event: SANCTION, pos: verb, frame: directed, object: true, '
                    'requires: [منظمة إرهابية, حظر], forms: [صنفت]}\n', encoding="utf-8")
    entry = load_entries([path])[0]
    assert entry.required_phrases == (("منظمه", "ارهابيه"), ("حظر",))
    for text, found in (("صنفت الحركة منظمة «إرهابية»", 2), ("صنفت الحركة منظمة خيرية", None),
                        ("صنفت الحركة منظمة", None), ("صنفت الحركة ثم فرضت حظر", 4)):
        tokens = tokenize(text)
        assert required_at(tokens, 0, 0, entry) == (None if found is None else found), text


def test_a_legislature_dissolved_or_its_powers_frozen_and_a_union_banned_are_coercion(rules_coder):
    assert _dyads(rules_coder, "وحلّ الرئيس التونسي قيس سعيد البرلمان يوم الأربعاء.", "COERCE") == [(["TUN"], ["TUN"])]
    assert _dyads(rules_coder, "وأعلن أمير الكويت حل مجلس الأمة.", "COERCE") == [(["KWT"], ["KWT"])]
    assert _dyads(rules_coder, "وجمّد الرئيس التونسي اختصاصات البرلمان.", "COERCE") == [(["TUN"], ["TUN"])]
    assert _dyads(rules_coder, "وحظرت الحكومة الأردنية نقابة المعلمين.", "COERCE") == [(["JOR"], ["JOR"])]
    # arrived, not dissolved; a demand to dissolve is the demand's content; a speaker's own sessions suspended
    assert not _dyads(rules_coder, "وحلّ وزير الخارجية الجزائري ضيفاً على مجلس التعاون الخليجي.", "COERCE")
    assert not _dyads(rules_coder, "وطالب المحتجون العراقيون بحل البرلمان.", "COERCE")
    assert not _dyads(rules_coder, "وعلّق رئيس البرلمان العراقي جلسات البرلمان حتى إشعار آخر.", "COERCE")


def test_a_message_received_is_contact_with_its_sender_and_demands_go_to_whom_they_are_handed(rules_coder):
    assert _dyads(rules_coder, "وتلقى الرئيس اللبناني رسالة من أمير قطر.", "CONSULT") == [(["LBN"], ["QAT"])]
    assert not _dyads(rules_coder, "وتلقت الحكومة المصرية رسائل تهديد.", "CONSULT")
    assert _dyads(rules_coder, "وقدمت السعودية إلى قطر قائمة من ثلاثة عشر مطلبا.", "REQUEST") == [(["SAU"], ["QAT"])]


def test_a_vow_to_deal_firmly_with_a_party_threatens_it(rules_coder):
    assert _dyads(rules_coder, "وقال الحرس الثوري الإيراني إنه سيتعامل «بكل حزم» مع القوات الأمريكية في الخليج.",
                  "THREATEN") == [(["IRN"], ["USA"])]
    assert not _dyads(rules_coder, "وقال الوزير إن الحكومة ستتعامل مع الأزمة بروح المسؤولية.", "THREATEN")


def test_a_battle_against_a_party_is_an_attack_and_an_electoral_one_is_not(rules_coder):
    assert _dyads(rules_coder, "وخاض الجيش السوري معركة ضد مسلحي تنظيم داعش في دير الزور.", "ASSAULT",
                  "2017-09-10") == [(["SYR"], ["IMG"])]
    assert not _dyads(rules_coder, "وخاض حزب العدالة والتنمية معركة انتخابية صعبة.", "ASSAULT", "2017-09-10")


def test_forces_leaving_a_country_withdraw_and_a_travelling_minister_does_not(rules_coder):
    assert _dyads(rules_coder, "وغادرت القوات الفرنسية الأراضي النيجرية بعد أشهر من الانقلاب.", "RETREAT",
                  "2023-12-23") == [(["FRA"], ["NER"])]
    assert not _dyads(rules_coder, "وغادر وزير الخارجية السعودي الرياض متوجهاً إلى القاهرة.", "RETREAT", "2023-12-23")


def test_the_uns_agencies_and_aid_groups_warn_of_dangers_and_threaten_no_one(rules_coder):
    assert not _dyads(rules_coder, "وحذّر برنامج الأغذية العالمي من أن اليمن مهدد بتفاقم انعدام الأمن الغذائي.",
                      "THREATEN", "2022-07-20")
    assert not _dyads(rules_coder, "وحذرت منظمة العفو الدولية السلطات المصرية من مغبة إعدام المعتقلين.", "THREATEN",
                      "2022-07-20")
    assert _dyads(rules_coder, "وحذرت إيران الولايات المتحدة من أن أي اعتداء لن يبقى دون رد.", "THREATEN",
                  "2022-07-20") == [(["IRN"], ["USA"])]


def test_a_human_chain_a_silent_vigil_and_the_battle_of_empty_stomachs_are_protests(rules_coder):
    assert _dyads(rules_coder, "وشكّل آلاف اللبنانيين سلسلة بشرية من طرابلس إلى صور.", "PROTEST", "2019-10-27")
    assert _dyads(rules_coder, "ونظّم صحفيون أردنيون وقفة صامتة أمام مجلس النواب.", "PROTEST", "2019-10-27")
    assert [e.mode for e in rules_coder.code(_doc("ويخوض الأسير الفلسطيني معركة الأمعاء الخاوية لليوم الخمسين.",
                                                 "2022-08-20")) if e.event_type == "PROTEST"] == ["hunger"]


def test_forces_stationed_somewhere_are_no_deployment_and_refugees_seeking_shelter_ask_nothing(rules_coder):
    assert not _dyads(rules_coder, "وقصفت المسيرات القاعدة التي تتمركز فيها القوات الأميركية في سوريا.", "MOBILIZE",
                      "2023-10-20")
    assert not _dyads(rules_coder, "ولجأ آلاف السوريين إلى تركيا هرباً من القصف.", "REQUEST", "2016-02-10")


def test_shooters_named_between_the_masdar_and_the_fire(rules_coder):
    ev = _first(rules_coder, "وتزامن ذلك مع إطلاق القوات الإسرائيلية النار على آلاف الفلسطينيين قرب دوار النابلسي.",
                "2024-03-01", "ASSAULT")
    assert codes(ev.actor) == ["ISR"] and codes(ev.recipient) == ["PSE"]
    assert not [e for e in code(rules_coder, "ودعا المجلس إلى وقف إطلاق النار فوراً في غزة.", "2024-03-01")
                if e.event_type == "ASSAULT"]


def test_diplomats_cut_and_joint_committees_frozen_are_sanctions(rules_coder):
    evs = code(rules_coder, "قررت الكويت خفض عدد الدبلوماسيين العاملين في السفارة الإيرانية لديها إلى أربعة فقط، "
               "وإغلاق المكاتب الفنية التابعة لها، وتجميد أعمال اللجان المشتركة بين البلدين.", "2017-07-22")
    sanctions = [e for e in evs if e.event_type == "SANCTION"]
    assert [e.mode for e in sanctions] == ["expel", "discontinue"]
    assert all(codes(e.actor) == ["KWT"] and codes(e.recipient) == ["IRN"] for e in sanctions)
    evs = code(rules_coder, "وكانت الإمارات أعلنت في يوليو خفض عدد قواتها في اليمن.", "2019-11-05")
    assert not [e for e in evs if e.event_type == "SANCTION"]


def test_a_channel_taken_off_the_air_is_restricted(rules_coder):
    ev = _first(rules_coder, "قررت الحكومة المصرية وقف بث قناة الجزيرة.", "2020-01-01", "COERCE")
    assert ev.mode == "restrict" and codes(ev.actor) == ["EGY"] and codes(ev.recipient) == ["QAT"]


def test_stopping_people_is_an_arrest_and_stopping_aid_is_not(rules_coder):
    ev = _first(rules_coder, "وأوقفت قوات سوريا الديمقراطية قائد مجلس دير الزور العسكري أحمد الخبيل في الحسكة.",
                "2023-08-28", "COERCE")
    assert ev.mode == "arrest" and codes(ev.actor) == ["SYR"]
    assert not [e for e in code(rules_coder, "وأوقفت الحكومة المساعدات الغذائية.", "2023-08-28")
                if e.event_type == "COERCE"]


@pytest.mark.parametrize("text", ["أعلن الجنرال ماكنزي أن الولايات المتحدة ستخفض عديد قواتها في أفغانستان إلى 4500 جندي.",
                                  "وأعلنت الولايات المتحدة خفض عدد قواتها في أفغانستان إلى 4500 جندي."])
def test_a_drawdown_of_ones_forces_as_verb_and_masdar(rules_coder, text):
    ev = _first(rules_coder, text, "2020-09-13", "RETREAT")
    assert ev.mode == "withdraw" and codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["AFG"]


def test_stones_thrown_at_the_police_are_a_riot(rules_coder):
    ev = _first(rules_coder, "ورشق مئات الشبان مدرعة للشرطة المصرية بالحجارة.", "2020-09-22", "PROTEST")
    assert ev.mode == "riot"


def test_gatherings_dispersed_and_a_wave_of_arrests_are_two_acts(rules_coder):
    evs = code(rules_coder, "وردّت قوات الأمن المصرية بتفريق التجمعات بالقوة وبحملة اعتقالات طالت العشرات.", "2020-09-22")
    assert sorted(e.mode for e in evs if e.event_type == "COERCE") == ["arrest", "repress"]


def test_raising_ones_diplomatic_representation_restores_ties_and_lifting_sanctions_does_not(rules_coder):
    ev = _first(rules_coder, "ويتوقع أن يرفع الأردن مستوى تمثيله الدبلوماسي في دمشق قريباً.", "2018-12-29", "AGREE")
    assert codes(ev.actor) == ["JOR"] and codes(ev.recipient) == ["SYR"]
    assert not [e for e in code(rules_coder, "رفعت الولايات المتحدة العقوبات عن السودان.", "2020-12-14")
                if e.event_type == "AGREE"]


def test_joining_ones_voice_to_others_backs_them_and_a_meeting_including_members_does_not(rules_coder):
    ev = _first(rules_coder, "وضم الرئيس التونسي صوته إلى أصوات المحتجين.", "2022-07-03", "SUPPORT")
    assert codes(ev.actor) == ["TUN"]
    assert not [e for e in code(rules_coder, "وضم الاجتماع وزراء خارجية مصر والأردن.", "2022-07-03")
                if e.event_type == "SUPPORT"]


def test_an_amnesty_at_home_is_a_concession_and_a_pardon_of_foreigners_a_release(rules_coder):
    ev = _first(rules_coder, "وأعلنت السلطات العمانية عفواً عن المدانين العمانيين في قضايا التجمهر.", "2021-05-30", "CONCEDE")
    assert codes(ev.actor) == ["OMN"]
    ev = _first(rules_coder, "وأصدر الرئيس الأميركي جو بايدن عفواً عن خمسة إيرانيين.", "2023-09-19", "RETREAT")
    assert codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["IRN"]
    assert not code(rules_coder, "وأكد أن التحرك كان عفوياً وأن عفوي التام قائم.", "2018-09-08")


def test_mayors_removed_trustees_appointed_and_gatherings_banned_are_coercion(rules_coder):
    evs = code(rules_coder, "عزلت وزارة الداخلية التركية أمس رؤساء بلديات ديار بكر وماردين ووان، وعيّنت حكام الولايات "
               "الثلاث «أوصياء» على البلديات.", "2019-08-20")
    assert [e.mode for e in evs if e.event_type == "COERCE"] == ["restrict", "seize"]
    ev = _first(rules_coder, "وأعلن حاكم ديار بكر حظر جميع التجمعات والتظاهرات في الولاية لمدة خمسة عشر يوماً.", "2019-08-20",
                "COERCE")
    assert ev.mode == "restrict" and codes(ev.actor) == ["TUR"]


def test_a_sharp_reply_rejects_and_a_reply_in_kind_is_no_rejection(rules_coder):
    text = "اتهمت لندن موسكو بالتجسس. وردّت موسكو بلهجة حادة على الاتهامات البريطانية."
    ev = _first(rules_coder, text, "2018-03-14", "REJECT")
    assert codes(ev.actor) == ["RUS"] and codes(ev.recipient) == ["GBR"]
    assert not [e for e in code(rules_coder, "وردّ الجيش بقصف مدفعي على مواقع المسلحين.", "2020-02-03")
                if e.event_type == "REJECT"]


def test_help_offered_or_given_to_a_party_is_aid(rules_coder):
    ev = _first(rules_coder, "ووجه بايدن فريقه بتقديم كل المساعدة المناسبة لقوات الأمن العراقية.", "2021-11-07", "AID")
    assert codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["IRQ"]
    ev = _first(rules_coder, "وقدمت الولايات المتحدة المساعدة لقوات الأمن العراقية.", "2021-11-07", "AID")
    assert codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["IRQ"]
    assert not [e for e in code(rules_coder, "وتقدم الجيش السوري نحو المدينة بمساعدة الطيران الروسي.", "2021-11-07")
                if e.event_type == "AID"]


def test_a_party_said_to_be_behind_an_attack_is_accused_and_the_word_names_no_official(rules_coder):
    text = "وقال وزير الخارجية الأمريكي إن إيران مسؤولة عن الهجمات على ناقلتي النفط."
    ev = _first(rules_coder, text, "2019-06-14", "ACCUSE")
    assert codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["IRN"]
    assert not [e for e in code(rules_coder, "وقال المسؤول عن الملف الإيراني في الخارجية الأمريكية إن واشنطن قلقة.",
                                "2019-06-14") if e.event_type == "ACCUSE"]


def test_waivers_arms_laid_down_sums_set_aside_and_records_concluded(rules_coder):
    text = "ومنحت واشنطن العراق إعفاءً جديداً من العقوبات على واردات الكهرباء الإيرانية."
    ev = _first(rules_coder, text, "2023-06-01", "CONCEDE")
    assert ev.mode == "ease-sanctions" and codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["IRQ"]
    ev = _first(rules_coder, "وألقى آلاف المقاتلين في درعا سلاحهم الثقيل.", "2018-07-10", "RETREAT")
    assert ev.mode == "disarm"
    ev = _first(rules_coder, "وأعلن أمير الكويت أن بلاده تخصص مليار دولار قروضا للعراق.", "2018-02-14", "AID")
    assert codes(ev.actor) == ["KWT"] and codes(ev.recipient) == ["IRQ"]
    ev = _first(rules_coder, "وأبرمت بغداد وطهران محضرا أمنيا لضبط الحدود.", "2023-03-19", "AGREE")
    assert sorted(codes(ev.actor) + codes(ev.recipient)) == ["IRN", "IRQ"]
    assert not [e for e in code(rules_coder, "وطالب بوتين المسلحين بأن يلقوا السلاح.", "2022-03-06")
                if e.event_type == "RETREAT"]


def test_the_masdar_of_urging_after_li_names_the_party_urged(rules_coder):
    ev = _first(rules_coder, "وسعت واشنطن لحث إسرائيل على وقف العملية.", "2014-03-06", "REQUEST")
    assert ev.trigger.text == "لحث" and codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["ISR"]
    ev = _first(rules_coder, "وحث الرئيس الأمريكي إسرائيل على ضبط النفس.", "2014-03-06", "REQUEST")
    assert ev.trigger.entry.pos == "verb" and codes(ev.recipient) == ["ISR"]
    # the states a counted group stands for all do it, as the clause's subject
    text = ("أعلنت السعودية والإمارات والبحرين أمس سحب سفرائها من قطر. وأوضح البيان أن الدول الثلاث بذلت جهوداً "
            "كبيرة لحث قطر على تنفيذ ما اتفق عليه.")
    ev = _first(rules_coder, text, "2014-03-06", "REQUEST")
    assert codes(ev.actor) == ["ARE", "BHR", "SAU"] and codes(ev.recipient) == ["QAT"]


def test_a_head_of_state_or_government_removed_is_coerced_and_a_state_isolated_is_not(rules_coder):
    ev = _first(rules_coder, "وعزل الجيش المصري الرئيس محمد مرسي.", "2013-07-04", "COERCE")
    assert ev.mode == "seize" and codes(ev.actor) == ["EGY"] and codes(ev.recipient) == ["EGY"]
    ev = _first(rules_coder, "وأعلن قائد الجيش المصري إنهاء حكم الرئيس محمد مرسي.", "2013-07-04", "COERCE")
    assert ev.trigger.text == "إنهاء"
    assert not [e for e in code(rules_coder, "وانتقدت أنقرة عزل قطر.", "2017-06-10") if e.event_type == "COERCE"]


def test_a_pact_let_lapse_is_ended(rules_coder):
    for text in ("وأعلن لوفين أن السويد لن تجدد اتفاقية التعاون العسكري مع السعودية.",
                 "وقررت الحكومة السويدية عدم تجديد مذكرة التفاهم للتعاون الدفاعي مع السعودية."):
        ev = _first(rules_coder, text, "2015-03-12", "SANCTION")
        assert ev.mode == "discontinue" and ev.modality == "asserted", text
        assert codes(ev.actor) == ["SWE"] and codes(ev.recipient) == ["SAU"], text


def test_answering_a_charge_or_a_criticism_rejects_it(rules_coder):
    text = "وانتقدت واشنطن سجل طهران الحقوقي، وردت طهران على الانتقادات الأمريكية بالقول إنها تدخل في شؤونها."
    ev = _first(rules_coder, text, "2019-05-08", "REJECT")
    assert ev.trigger.text == "وردت" and codes(ev.actor) == ["IRN"] and codes(ev.recipient) == ["USA"]
    assert not [e for e in code(rules_coder, "وردّت إسرائيل على الهجوم بغارات على غزة.", "2020-05-01")
                if e.event_type == "REJECT"]


def test_those_handed_over_to_someone_are_released_and_a_letter_handed_is_no_release(rules_coder):
    text = "أفرج الخاطفون عن الصيادين الكويتيين، وسلّمتهم السلطات العراقية إلى وفد رسمي كويتي في بغداد."
    ev = [e for e in code(rules_coder, text, "2017-04-22") if e.trigger.text == "وسلّمتهم"][0]
    assert ev.event_type == "RETREAT" and codes(ev.actor) == ["IRQ"] and codes(ev.recipient) == ["KWT"]
    assert not [e for e in code(rules_coder, "وسلّمه السفير رسالة من الرئيس.", "2017-04-22")
                if e.event_type == "RETREAT"]


def test_a_party_pulling_its_ministers_out_of_government_breaks_with_it(rules_coder):
    ev = _first(rules_coder, "أعلن حزب الأمة انسحاب وزرائه من الحكومة السودانية أمس.", "2021-03-01", "SANCTION")
    assert ev.mode == "discontinue"
    assert not [e for e in code(rules_coder, "أعلن حزب الأمة انسحاب وزرائه من الحكومة السودانية أمس.", "2021-03-01")
                if e.event_type == "RETREAT"]
    troops = _first(rules_coder, "انسحبت القوات الأمريكية من قاعدة التاجي.", "2020-03-23", "RETREAT")
    assert codes(troops.actor) == ["USA"]


def test_accounts_frozen_at_home_are_seized_and_planes_kept_from_taking_off_are_restricted(rules_coder):
    ev = _first(rules_coder, "وجمدت السلطات الكويتية حسابات رجال أعمال متهمين بالفساد.", "2020-06-01", "COERCE")
    assert ev.mode == "seize" and codes(ev.actor) == ["KWT"]
    ev = _first(rules_coder, "ومنعت قوات الأمن السعودية طائرات خاصة من الإقلاع من مطار جدة.", "2017-11-06", "COERCE")
    assert ev.mode == "restrict"
    assets = _first(rules_coder, "وجمدت وزارة الخزانة الأمريكية أصول البنك المركزي الإيراني.", "2019-09-20", "SANCTION")
    assert codes(assets.recipient) == ["IRN"]


def test_suspending_a_memorandum_is_a_sanction(rules_coder):
    text = "أعلنت روسيا تعليق العمل بمذكرة التفاهم مع الولايات المتحدة حول منع الحوادث."
    ev = _first(rules_coder, text, "2017-06-19", "SANCTION")
    assert codes(ev.actor) == ["RUS"] and codes(ev.recipient) == ["USA"]


def test_pulling_out_of_an_election_is_a_boycott_and_troops_pulling_out_withdraw(rules_coder):
    text = "انسحب حزب الوفد من الانتخابات البرلمانية المصرية احتجاجاً على التزوير."
    ev = _first(rules_coder, text, "2010-12-01", "PROTEST")
    assert ev.mode == "boycott" and codes(ev.actor) == ["EGY"]
    assert not [e for e in code(rules_coder, text, "2010-12-01") if e.event_type == "RETREAT"]
    troops = _first(rules_coder, "انسحبت القوات الروسية من مدينة خيرسون.", "2022-11-11", "RETREAT")
    assert codes(troops.actor) == ["RUS"]


def test_summoned_for_questioning_is_an_inquiry_and_an_envoy_summoned_a_protest(rules_coder):
    ev = _first(rules_coder, "استدعت النيابة العامة المصرية رجل الأعمال للتحقيق معه.", "2017-11-06", "ACCUSE")
    assert ev.mode == "investigate"
    envoy = _first(rules_coder, "استدعت الخارجية السعودية السفير الكندي.", "2018-08-06", "ACCUSE")
    assert envoy.mode != "investigate" and codes(envoy.recipient) == ["CAN"]


def test_playing_the_mediators_role_between_two_parties_is_mediation(rules_coder):
    ev = _first(rules_coder, "ولعبت سلطنة عمان دور الوسيط بين واشنطن وطهران.", "2023-06-01", "CONSULT")
    assert ev.mode == "third-party" and sorted(codes(ev.actor) + codes(ev.recipient)) == ["IRN", "USA"]


def test_a_verb_listed_in_the_third_person_is_read_in_the_first_person_plural(tmp_path, rules_coder):
    from rasad.lexicon.lexicon import load_entries

    path = tmp_path / "we.yaml"
    path.write_text('- {id: t.agree, event: AGREE, pos: verb, frame: meet, forms: [اتفق, اتفقت, اتفقوا, يتفق, يتفقون,'
                    ' ألغى, ألغت, زار, زارت, دعا, دعت]}\n', encoding="utf-8")
    we = set(load_entries([path])[0].we_forms)
    assert {"اتفقنا", "نتفق", "ألغينا"} <= we
    # (not the plural «يتفقون», nor hollow or alef-final stems, whose «we» forms change the stem)
    assert not {"نتفقون", "زارنا", "دعانا"} & we
    # a spokesman quoted speaking for his side is its actor, and the party after the verb its counterpart
    assert _dyads(rules_coder, "وقال وزير الخارجية الإيراني للصحفيين: «اتفقنا مع الجانب السعودي على تبادل السفراء».",
                  "AGREE", "2023-03-12") == [(["IRN"], ["SAU"])]
    assert _dyads(rules_coder, "وقال وزير الخارجية الإيراني للصحفيين: «رفضنا العرض الأميركي».",
                  "REJECT", "2023-03-12") == [(["IRN"], ["USA"])]


@pytest.mark.parametrize("text,event_type", [
    ("أعلنت الحكومة الصومالية إنهاء برنامج التدريب العسكري الذي تموّله الإمارات.", "SANCTION"),
    ("ونقلت وسائل إعلام إماراتية أن الإمارات ستسحب مدربيها العسكريين من مقديشو خلال أيام.", "RETREAT"),
    ("ورفع الحرس الثوري درجة الاستعداد القتالي إلى أعلى مستوياتها.", "MOBILIZE"),
    ("وأعلنت جماعة الحوثي النفير العام في صنعاء.", "MOBILIZE"),
    ("ووضع الجيش الأردني قواته على أهبة الاستعداد على امتداد الحدود الشمالية مع سوريا.", "MOBILIZE"),
    ("وأكد المتحدث أن واشنطن تثمّن عالياً الدور الذي أدته سلطنة عُمان في الوساطة.", "SUPPORT"),
    ("وخرج آلاف الفلسطينيين في رام الله ونددوا بالغارات الإسرائيلية على غزة.", "ACCUSE"),
    ("ووصفت حركة حماس القرار الأميركي بأنه دليل جديد على «الانحياز الأعمى» لإسرائيل.", "ACCUSE"),
])
def test_wording_added_in_the_sixty_ninth_session(rules_coder, text, event_type):
    assert event_type in {e.event_type for e in code(rules_coder, text, "2024-01-04")}, text


@pytest.mark.parametrize("text, expected", [
    ("وحطّ وزير الخارجية التركي رحاله في القاهرة أمس.", ("CONSULT", ["TUR"], ["EGY"])),
    ("ووضعت موسكو واشنطن في قفص الاتهام.", ("ACCUSE", ["RUS"], ["USA"])),
    ("وألقت أنقرة بثقلها خلف الحكومة الليبية.", ("SUPPORT", ["TUR"], ["LBY"])),
    ("وحملت قطر لواء الدفاع عن الفلسطينيين.", ("SUPPORT", ["QAT"], ["PSE"])),
    ("وتصطف الكويت إلى جانب السعودية.", ("SUPPORT", ["KWT"], ["SAU"])),
    ("ووضعت طهران يدها في يد بكين.", ("COOPERATE", ["IRN"], ["CHN"])),
    ("وألقت الإمارات طوق نجاة لمصر.", ("AID", ["ARE"], ["EGY"])),
    ("وهبّت قطر لنجدة لبنان.", ("AID", ["QAT"], ["LBN"])),
    ("وكشّرت إيران عن أنيابها في وجه الولايات المتحدة.", ("THREATEN", ["IRN"], ["USA"])),
    ("وحزمت القوات الأمريكية حقائبها وغادرت النيجر.", ("RETREAT", ["USA"], ["NER"])),
    ("وعلّقت الحكومة السورية الفشل على شماعة تركيا.", ("ACCUSE", ["SYR"], ["TUR"])),
    ("وأكد زعيم الحوثيين أن الجماعة ستواجه التصعيد الأمريكي بتصعيد أكبر.", ("THREATEN", ["YEM"], ["USA"])),
])
def test_idioms_of_the_press_name_their_acts(rules_coder, text, expected):
    assert expected in coded(code(rules_coder, text)), text


@pytest.mark.parametrize("text", ["ووضعت الحكومة خطة جديدة للإصلاح.", "واصطف المواطنون في طوابير أمام المخابز.",
                                  "وتعامل الوزير بحزم مع الأزمة."])
def test_the_idioms_verbs_alone_name_no_act(rules_coder, text):
    assert not code(rules_coder, text), text


def test_a_hand_laid_on_property_seizes_it_and_a_hand_in_anothers_cooperates(rules_coder):
    assert [e.event_type for e in code(rules_coder, "ووضعت السلطات المصرية يدها على أموال الجماعة.")] == ["COERCE"]
    assert [e.event_type for e in code(rules_coder, "ووضعت طهران يدها في يد بكين.")] == ["COOPERATE"]


def test_a_perfect_gives_its_plural_and_feminine_dual_and_an_imperfect_plural_its_subjunctive(tmp_path):
    from rasad.lexicon.lexicon import load_entries

    path = tmp_path / "agree.yaml"
    path.write_text('- {id: t.agree, event: AGREE, pos: verb, frame: meet, forms: [توصل إلى اتفاق, توصلت إلى اتفاق,'
                    ' ألغى, ألغت, يلتقي, يلتقيان, يتفاوض, يتفاوضون, يصون]}\n', encoding="utf-8")
    derived = set(load_entries([path])[0].agreement_forms)
    assert {"توصلوا إلى اتفاق", "توصلتا إلى اتفاق", "ألغوا", "ألغتا", "يلتقيا", "يتفاوضوا"} <= derived
    # (an imperfect whose «ون» is its root, listed with no singular, gives nothing)
    assert not {"يصوا", "يصونوا"} & derived


def test_the_host_of_two_others_talks_is_neither_of_the_two_sides(rules_coder):
    text = ("اختُتمت في العاصمة العُمانية مسقط أمس الجولة الأولى من المحادثات بين إيران والولايات المتحدة. "
            "وقال البيت الأبيض إن الجانبين اتفقا على مواصلة الحوار.")
    agree = [e for e in code(rules_coder, text, "2025-04-13") if e.event_type == "AGREE"]
    assert [sorted(a.entity.code for a in e.actor) for e in agree] == [["IRN", "USA"]]


@pytest.mark.parametrize("text, expected", [
    ("ورحّبت مصر بوساطة قطر.", ("SUPPORT", ["EGY"], ["QAT"])),
    ("وأشادت مصر بالوساطة القطرية.", ("SUPPORT", ["EGY"], ["QAT"])),
    ("ورحّبت المملكة العربية السعودية باستضافة سلطنة عُمان للمحادثات.", ("SUPPORT", ["SAU"], ["OMN"])),
    ("وأعرب وزير الخارجية العماني عن شكره للوفدين الإيراني والأميركي.", ("SUPPORT", ["OMN"], ["IRN", "USA"])),
    ("ووصف الرئيس الأمريكي العاهل الأردني بأنه صديق وفي وشريك لا غنى عنه.", ("SUPPORT", ["USA"], ["JOR"])),
    ("أمرت محكمة في إسطنبول بحبس رئيس بلدية المدينة أكرم إمام أوغلو احتياطياً.", ("COERCE", ["TUR"], ["TUR"])),
    ("وقال وزير الخارجية المغربي: «استدعينا سفيرنا لدى ألمانيا».", ("SANCTION", ["MAR"], ["DEU"])),
])
def test_praise_for_a_go_between_thanks_detention_ordered_and_our_envoy_recalled(rules_coder, text, expected):
    assert expected in coded(code(rules_coder, text, "2025-04-13")), text


def test_held_breath_is_no_detention(rules_coder):
    assert not code(rules_coder, "وقررت الحكومة حبس الأنفاس.")


@pytest.mark.parametrize("text, expected", [
    # a call «received from» someone: the caller calls the receiver, the subject of the clause
    ("وبحث الرئيس المصري خلال اتصال هاتفي تلقاه من نظيره الفرنسي الأوضاع في غزة.", ("CONSULT", ["FRA"], ["EGY"])),
    # a message sent, named before its verb, which takes it back with a pronoun
    ("وتأتي الجولة بعد نحو شهر من رسالة بعث بها ترامب إلى المرشد الإيراني علي خامنئي.", ("CONSULT", ["USA"], ["IRN"])),
    ("وردّ الرئيس الإيراني على رسالة نظيره الأمريكي.", ("CONSULT", ["IRN"], ["USA"])),
    # the seat of Sudan's government since 2023 cuts its channels with Kenya
    ("ويتوقع باحث أن تقطع بورتسودان ما تبقى من قنوات الاتصال مع نيروبي.", ("SANCTION", ["SDN"], ["KEN"])),
])
def test_calls_received_messages_sent_and_answered_and_channels_cut(rules_coder, text, expected):
    assert expected in coded(code(rules_coder, text, "2025-04-13")), text


def test_the_channels_a_party_cuts_are_no_contact_of_its_own(rules_coder):
    events = code(rules_coder, "ويتوقع باحث أن تقطع بورتسودان ما تبقى من قنوات الاتصال مع نيروبي.", "2025-02-24")
    assert [e.event_type for e in events] == ["SANCTION"]


def test_a_deed_that_opens_a_reported_clause_is_not_the_speakers_and_a_bad_signal_reproaches_it(rules_coder):
    events = code(rules_coder, "وقال المستشار الألماني إن توقيف إمام أوغلو «إشارة سيئة للغاية» للعلاقات بين تركيا "
                               "والاتحاد الأوروبي.", "2025-03-24")
    assert ("ACCUSE", ["DEU"], ["EUR", "TUR"]) in [(t, a, sorted(set(r))) for t, a, r in coded(events)]
    assert all("DEU" not in {a.entity.code for a in e.actor} for e in events if e.event_type == "COERCE")


def test_a_ruling_appealed_accuses_whoever_made_it_and_a_resumption_does_not(rules_coder):
    assert _dyads(rules_coder, "وقدّمت إسرائيل إشعاراً باستئناف قرار المحكمة الجنائية الدولية.", "ACCUSE",
                  "2024-11-28") == [(["ISR"], ["IGO"])]
    assert _dyads(rules_coder, "واتفقت مصر وإسرائيل على استئناف المفاوضات.", "ACCUSE", "2024-11-28") == []


def test_arms_kept_against_the_demand_to_give_them_up_refuse_to_yield(rules_coder):
    from rasad.schema import Document

    text = "وقال الأمين العام لحزب الله إن الحزب لن يتخلى عن سلاحه مهما كانت الضغوط."
    evs = [e for e in rules_coder.code(Document("t", text, "2024-11-28")) if e.event_type == "REJECT"]
    assert [(e.mode, [a.code for a in e.actor]) for e in evs] == [("yield", ["LBN"])]


def test_rescuers_sent_to_a_state_are_aid(rules_coder):
    assert _dyads(rules_coder, "وأعلنت موسكو إرسال نحو خمسين منقذاً ومروحيتين إلى إيران.", "AID", "2024-05-20") \
        == [(["RUS"], ["IRN"])]


def test_a_hand_held_out_to_another_offers_to_work_with_it_and_a_helping_hand_is_aid(rules_coder):
    assert _dyads(rules_coder, "وقال الرئيس الإيراني إن طهران «تمد يدها» إلى الرياض.", "AGREE", "2021-08-29") \
        == [(["IRN"], ["SAU"])]
    assert _dyads(rules_coder, "ومدت الجزائر يد العون إلى تونس.", "AGREE", "2021-08-29") == []


def test_a_grant_extended_is_aid(rules_coder):
    assert _dyads(rules_coder, "وتعهدت الدوحة بتمديد منحتها الشهرية لقطاع غزة حتى نهاية العام.", "AID", "2020-09-01") \
        == [(["QAT"], ["PSE"])]


@pytest.mark.parametrize("text, protest", [
    ("ودعا الاتحاد الأوروبي السلطات إلى احترام حق التظاهر السلمي.", False),
    ("وأكدت المفوضية الحق في الاحتجاج وحرية التظاهر.", False),
    ("ونظم المعلمون وقفة احتجاجية أمام البرلمان أمس.", True),
])
def test_the_right_to_protest_is_no_protest(rules_coder, text, protest):
    doc = Document("r", text, "2021-06-27")
    sentence = next(iter(rules_coder.sentences(doc)))
    assert any(t.entry.event == "PROTEST" for t in rules_coder.triggers(sentence, [])) == protest


def test_a_ceasefire_with_two_qualifiers_keeps_its_parties_for_the_accord(rules_coder):
    text = "أعلنت قطر التوصل إلى اتفاق لوقف شامل ومتبادل لإطلاق النار بين الحكومة السودانية والمتمردين."
    accord = _first(rules_coder, text, "2010-03-18", "AGREE")
    assert codes(accord.actor) == ["SDN"] and [m.entity.sector for m in accord.recipient] == ["REB"]
    truce = _first(rules_coder, text, "2010-03-18", "RETREAT")
    assert truce.mode == "ceasefire" and truce.trigger.text == "لوقف شامل ومتبادل لإطلاق النار"
    assert not [e for e in code(rules_coder, text, "2010-03-18") if e.event_type == "ASSAULT"]


def test_an_heir_relieved_of_the_succession_after_his_full_name_is_dismissed(rules_coder):
    text = "أصدر العاهل السعودي أمراً ملكياً بإعفاء الأمير مقرن بن عبد العزيز آل سعود من ولاية العهد."
    ev = _first(rules_coder, text, "2015-04-29", "COERCE")
    assert codes(ev.actor) == ["SAU"] and codes(ev.recipient) == ["SAU"]


def test_allegiance_pledged_to_a_new_heir_backs_him(rules_coder):
    text = "وبادر وزير الداخلية السعودي إلى مبايعة ولي العهد الجديد الأمير محمد بن سلمان."
    ev = _first(rules_coder, text, "2017-06-22", "SUPPORT")
    assert ev.trigger.text == "مبايعة" and codes(ev.actor) == ["SAU"] and codes(ev.recipient) == ["SAU"]


def test_two_fighters_shooting_down_a_bomber_are_the_subject_and_the_bomber_the_object(rules_coder):
    text = "أسقطت مقاتلتان تركيتان من طراز «إف-16»، صباح أمس الثلاثاء، قاذفة روسية قرب الحدود السورية."
    ev = _first(rules_coder, text, "2015-11-25", "ASSAULT")
    assert ev.trigger.text == "أسقطت" and codes(ev.actor) == ["TUR"] and codes(ev.recipient) == ["RUS"]
    expelled = "قرر العراق طرد السفير السويدي من أراضيه وسحب القائم بأعماله من ستوكهولم."
    assert not [e for e in code(rules_coder, expelled, "2023-07-20")
                if e.event_type == "SANCTION" and codes(e.actor) == ["SWE"]]
    deal = "وتضغط النقابات على الحكومة الإسرائيلية من أجل إبرام اتفاق يعيد الرهائن المحتجزين في غزة."
    assert not [e for e in code(rules_coder, deal, "2024-09-02") if e.event_type == "RETREAT"]


def test_an_envoy_sent_back_to_a_state_yields_and_one_brought_home_from_it_does_not(rules_coder):
    for text, actor, recipient in (("أعادت السعودية سفيرها وليد بخاري إلى بيروت بعد أشهر من الأزمة.", "SAU", "LBN"),
                                   ("وأعلنت الخارجية الأردنية عودة سفيرها إلى تل أبيب.", "JOR", "ISR")):
        ev = _first(rules_coder, text, "2022-04-10", "CONCEDE")
        assert codes(ev.actor) == [actor] and codes(ev.recipient) == [recipient], text
    assert not [e for e in code(rules_coder, "أعادت إسرائيل سفيرها من تركيا.", "2022-04-10")
                if e.event_type == "CONCEDE"]


def test_saying_the_other_sides_blows_will_not_deter_defies_that_side(rules_coder):
    text = "وقال عبد الملك الحوثي إن الضربات الأمريكية «لن تثنينا عن موقفنا» المساند لغزة."
    ev = _first(rules_coder, text, "2024-01-13", "REJECT")
    assert ev.mode == "defy" and codes(ev.actor) == ["YEM"] and codes(ev.recipient) == ["USA"]


def test_a_side_that_knew_nothing_of_an_act_or_had_no_part_in_it_denies_a_part(rules_coder):
    for text, actor in (("وقال وزير الخارجية الأميركي إن بلاده «لم تكن على علم» بالعملية ولم تشارك فيها.", "USA"),
                        ("وقال مسؤول إسرائيلي لوكالة رويترز إن إسرائيل «ليست متورطة» في الحادث.", "ISR")):
        ev = _first(rules_coder, text, "2024-08-01", "REJECT")
        assert codes(ev.actor) == [actor], text
    assert not [e for e in code(rules_coder, "وقال الطالب إنه لم يكن على علم بموعد الامتحان.", "2024-08-01")
                if e.event_type == "REJECT"]


def test_a_party_said_to_be_a_war_criminal_is_accused_but_not_one_described_as_one(rules_coder):
    ev = _first(rules_coder, "وقال الرئيس الأميركي إن بوتين مجرم حرب.", "2022-03-17", "ACCUSE")
    assert codes(ev.actor) == ["USA"] and codes(ev.recipient) == ["RUS"]
    text = "وترفض حكومة الوفاق أي تفاوض مباشر معه، وتصف حفتر بمجرم حرب."
    described = [e for e in code(rules_coder, text, "2020-01-20") if e.event_type == "ACCUSE"]
    assert [(e.trigger.text, [r.text for r in e.recipient]) for e in described] == [("وتصف", ["حفتر"])]


def test_soldiers_captured_by_an_armed_group_are_abducted_and_by_a_state_held(rules_coder):
    text = "وأسرت حركة حماس الجندي الإسرائيلي جلعاد شاليط في هجوم قرب كرم أبو سالم."
    ev = _first(rules_coder, text, "2006-06-26", "ASSAULT")
    assert ev.mode == "abduct" and codes(ev.actor) == ["PSE"] and codes(ev.recipient) == ["ISR"]
    held = _first(rules_coder, "وأسرت قوات حكومة الوفاق الليبية أكثر من مئة من مقاتلي حفتر.", "2019-04-21", "COERCE")
    assert held.mode == "arrest"


def test_forces_entering_a_country_after_the_verb_are_its_subject(rules_coder):
    ev = _first(rules_coder, "ودخلت القوات التركية الأراضي السورية فجر اليوم.", "2016-08-24", "MOBILIZE")
    assert codes(ev.actor) == ["TUR"] and codes(ev.recipient) == ["SYR"]


def test_forces_pushing_into_a_place_attack_whoever_holds_it(rules_coder):
    text = "وتوغلت دبابات إسرائيلية في عمق بلدة بيت حانون شمال قطاع غزة."
    assert _dyads(rules_coder, text, "ASSAULT", "2006-11-02") == [(["ISR"], ["PSE"])]
    # a bare «توغل» of a noun is the incursion too: «التوغل التركي» condemned is Turkey's
    text = "ودانت وزارة الخارجية العراقية التوغل التركي في إقليم كردستان."
    assert _dyads(rules_coder, text, "ACCUSE", "2020-06-18") == [(["IRQ"], ["TUR"])]


def test_a_crowd_storming_or_attacking_an_embassy_protests_at_its_state(rules_coder):
    text = "وقطعت الرياض علاقاتها مع طهران إثر اقتحام محتجين إيرانيين السفارة السعودية في طهران."
    assert _dyads(rules_coder, text, "PROTEST", "2016-01-04") == [(["IRN"], ["SAU"])]
    assert _dyads(rules_coder, text, "ASSAULT", "2016-01-04") == []
    # other crowds elsewhere are another protest, not the first one told again
    text = ("وكان مئات المحتجين قد تجمعوا أمام السفارة السعودية في طهران، فيما هاجم محتجون آخرون القنصلية السعودية "
            "في مدينة مشهد.")
    assert _dyads(rules_coder, text, "PROTEST", "2016-01-04") == [(["IRN"], ["SAU"]), (["IRN"], ["SAU"])]
    # gunmen attacking a police station attack it
    assert _dyads(rules_coder, "وهاجم مسلحون مركزاً للشرطة في كركوك.", "PROTEST", "2016-01-04") == []


def test_rapprochement_names_a_state_of_relations_not_an_act(rules_coder):
    text = "ويرى محللون أن مسار التقارب بين أنقرة ودمشق قد يتعثر."
    assert _dyads(rules_coder, text, "COOPERATE", "2023-01-05") == []
    # a partnership launched is an act of cooperation
    text = "وأطلقت مصر والأردن شراكة اقتصادية جديدة."
    assert _dyads(rules_coder, text, "COOPERATE", "2023-01-05") != []
    # cooperation agreed on is still cooperation
    text = "واتفقت مصر والأردن على تعزيز التعاون الأمني بين البلدين."
    assert _dyads(rules_coder, text, "COOPERATE", "2023-01-05") == [(["EGY"], ["JOR"])]


def test_munitions_dropped_and_air_defences_confronting_attack(rules_coder):
    text = "وألقت طائرات حربية إسرائيلية ذخائر على مواقع في جنوب لبنان."
    assert [e.event_type for e in code(rules_coder, text)] == ["ASSAULT"]
    for text in ("وقالت وزارة الدفاع السورية إن الدفاعات الجوية تصدت لصواريخ إسرائيلية فوق دمشق.",
                 "وتتصدى المضادات الأرضية السورية للطائرات الإسرائيلية."):
        ids = [e.trigger.entry.id for e in code(rules_coder, text) if e.event_type == "ASSAULT"]
        assert ids[:1] and ids[0].startswith("core.ASSAULT.air-defence."), (text, ids)
    # (a government confronting corruption fires on no one)
    assert not code(rules_coder, "وتصدت الحكومة العراقية للفساد بحزم.")


def test_captives_handed_over_as_a_pronoun_are_released(rules_coder):
    text = "وعثرت دورية على العاملات الثلاث قرب الحدود، ثم سلّمهن الجيش الأردني إلى السلطات العراقية عند المعبر."
    released = [e for e in code(rules_coder, text, "2016-03-10") if e.event_type == "RETREAT"]
    assert [(codes(e.actor), codes(e.recipient)) for e in released] == [(["JOR"], ["IRQ"])]


def test_weapons_programmes_given_up_disarm(rules_coder):
    text = "وأعلنت الحكومة السورية أنها قررت التخلص من ترسانتها من الأسلحة الكيميائية تحت إشراف دولي."
    ev = _first(rules_coder, text, "2013-09-15", "RETREAT")
    assert ev.mode == "disarm" and codes(ev.actor) == ["SYR"]
    # (what is got rid of must be arms: «التخلص من النفايات» disarms no one)
    assert not [e for e in code(rules_coder, "وقررت البلدية التخلص من النفايات المتراكمة في الشوارع.", "2013-09-15")
                if e.event_type == "RETREAT"]


def test_a_way_cleared_with_the_subject_between_releases(rules_coder):
    ev = _first(rules_coder, "أخلت النيابة العامة المصرية أمس سبيل الصحفي البريطاني بعد استجوابه.", "2019-04-02", "RETREAT")
    assert ev.mode == "release" and codes(ev.actor) == ["EGY"] and codes(ev.recipient) == ["GBR"]
    # (without «سبيل», «أخلى» empties a place: no release)
    assert not [e for e in code(rules_coder, "أخلت الشرطة الأردنية المبنى من سكانه.", "2019-04-02")
                if e.event_type == "RETREAT"]


def test_one_led_away_by_security_forces_is_held(rules_coder):
    ev = _first(rules_coder, "واقتادت قوات الأمن الإيرانية الناشط إلى جهة مجهولة.", "2019-04-02", "COERCE")
    assert codes(ev.actor) == ["IRN"]
    # (led away after the arrest told before it: the same arrest, coded once)
    text = "واعتقلت قوات الأمن الإيرانية الناشط أمس واقتادته إلى جهة مجهولة."
    assert [e.trigger.text for e in code(rules_coder, text, "2019-04-02") if e.event_type == "COERCE"] == ["واعتقلت"]


def test_joint_operations_with_a_partner_suspended_cut_ties_and_do_not_cease_fire(rules_coder):
    events = code(rules_coder, "وقررت الحكومة التركية وقف الدوريات المشتركة مع القوات الروسية في الشمال.", "2019-04-02")
    assert [(e.event_type, codes(e.actor), codes(e.recipient)) for e in events] == [("SANCTION", ["TUR"], ["RUS"])]


def test_a_financial_contribution_and_captives_handed_over_after_an_were_given_and_released(rules_coder):
    ev = _first(rules_coder, "وأعلنت الكويت تقديم مساهمة مالية بقيمة عشرين مليون دولار إلى الحكومة اليمنية.",
                "2019-04-02", "AID")
    assert codes(ev.actor) == ["KWT"] and codes(ev.recipient) == ["YEM"]
    text = "واحتجزت الميليشيا صيادين مصريين أسبوعاً، قبل أن تسلمهم إلى السلطات المصرية عند المنفذ البري."
    released = [e for e in code(rules_coder, text, "2019-04-02") if e.event_type == "RETREAT"]
    assert [codes(e.recipient) for e in released] == [["EGY"]]


def test_a_long_thing_not_left_unanswered_threatens(rules_coder):
    text = "وقال الرئيس الإيراني إن بلاده لن تترك الاعتداءات المتكررة التي تستهدف سفنها في الخليج من دون رد."
    ev = _first(rules_coder, text, "2019-06-20", "THREATEN")
    assert codes(ev.actor) == ["IRN"]
    # (a reply of another kind is no promise of retaliation)
    text = "وقال الوزير إن الحكومة لن تترك المواطنين وحدهم وسترد على أسئلتهم."
    assert not [e for e in code(rules_coder, text, "2019-06-20") if e.event_type == "THREATEN"]


def test_saluting_one_for_a_stand_in_the_imperfect_supports_him_and_commemorating_does_not(rules_coder):
    ev = _first(rules_coder, "وقال الرئيس التونسي إنه يحيي الشعب الليبي على صموده.", "2013-11-20", "SUPPORT")
    assert codes(ev.actor) == ["TUN"] and codes(ev.recipient) == ["LBY"]
    assert not [e for e in code(rules_coder, "وتحيي الجزائر ذكرى الاستقلال على مدى ثلاثة أيام.", "2013-11-20")
                if e.event_type == "SUPPORT"]


def test_a_verb_form_right_after_a_preposition_of_time_or_cause_is_its_masdar(rules_coder):
    # «إثر تنحي الرئيس»: after «إثر», «عقب», «جراء» or «في أعقاب» a word is a noun; «تنحي» is no «she steps down»
    text = "وتولى المجلس العسكري إدارة البلاد إثر تنحي الرئيس التونسي في يناير الماضي."
    assert not [e for e in code(rules_coder, text, "2011-03-01") if e.event_type == "CONCEDE"]


def test_declaring_an_expelled_envoy_unwanted_in_a_masdar_is_the_deciders_act(rules_coder):
    text = "وقررت الجزائر طرد السفير المغربي واعتباره شخصاً غير مرغوب فيه."
    unwanted = [e for e in code(rules_coder, text, "2021-08-25") if e.trigger.entry.id.endswith("persona-non-grata.masdar")]
    assert [(codes(e.actor), codes(e.recipient)) for e in unwanted] == [(["DZA"], ["MAR"])]


@pytest.mark.parametrize("text, coded", [
    ("قضت المحكمة الكبرى الإدارية في البحرين أمس بحل جمعية الوفاق الوطني الإسلامية وتصفية أموالها.", True),
    ("قضت محكمة مصرية بحل حزب الحرية والعدالة.", True),
    ("دعا الوزير إلى حل الأزمة بالحوار.", False),  # a solution, not a dissolution
])
def test_dissolving_a_party_or_association_coerces_it(rules_coder, text, coded):
    assert (any(e.event_type == "COERCE" and "dissolve" in e.rule for e in code(rules_coder, text, "2016-07-18"))
            == coded)


@pytest.mark.parametrize("text", [
    "وتعهد النائب المعارض بأن المعارضة لن تتراجع حتى إسقاط مرسوم الصوت الواحد.",
    # (a course kept answers a demand: alone, «لن تغير موقفها» refuses no one named)
    "وطالبت السعودية والإمارات قطر بوقف دعم جماعة الإخوان المسلمين. وقال مسؤولون قطريون إن قطر لن تغير سياستها "
    "الخارجية تحت الضغط.",
])
def test_vows_not_to_back_down_or_change_course_refuse(rules_coder, text):
    assert "REJECT" in [e.event_type for e in code(rules_coder, text, "2014-03-06")]


def test_a_change_of_weather_is_no_refusal(rules_coder):
    assert "REJECT" not in [e.event_type for e in code(rules_coder, "وقال خبراء إن الطقس لن يتغير كثيراً هذا الأسبوع.")]


def test_not_up_for_negotiation_refuses(rules_coder):
    evs = code(rules_coder, "وأكد وزير الخارجية السوري أن علاقات سوريا مع إيران ليست موضوعاً للتفاوض.", "2008-05-22")
    assert [e.event_type for e in evs if "non-negotiable" in e.rule] == ["REJECT"]


@pytest.mark.parametrize("text, threat", [
    ("أعلنت البحرين طرد القائم بالأعمال الإيراني. وقال مسؤولون إيرانيون إن طهران ستتخذ الإجراء المناسب رداً على طرد "
     "دبلوماسيها.", True),
    ("وقال الوزير إن الحكومة ستتخذ الإجراءات اللازمة لحماية المواطنين.", False),  # measures that answer no one
])
def test_measures_vowed_in_response_threaten(rules_coder, text, threat):
    assert ("THREATEN" in [e.event_type for e in code(rules_coder, text, "2015-10-02")]) == threat


def test_a_like_message_repeats_the_act_told_before_it(rules_coder):
    # «كما بعث أمير الكويت وملك البحرين ببرقيتين مماثلتين» after a congratulation: the same act, to the same party
    text = ("فهنأ رئيس دولة الإمارات الشيخ خليفة بن زايد الأمير محمد بن سلمان، كما بعث أمير الكويت الشيخ صباح الأحمد "
            "وملك البحرين الشيخ حمد بن عيسى ببرقيتين مماثلتين.")
    evs = [e for e in code(rules_coder, text, "2017-06-22") if "follow-suit.message" in e.rule]
    assert [(e.event_type, codes(e.actor), codes(e.recipient)) for e in evs] == [("SUPPORT", ["BHR", "KWT"], ["SAU"])]


@pytest.mark.parametrize("text", [
    # said to be unwanted, in the nominative, past an aside on the envoy
    "أعلنت وزارة الخارجية التركية أن السفير المصري عبد الرحمن صلاح الدين، الموجود في القاهرة منذ استدعائه في أغسطس، "
    "«شخص غير مرغوب فيه».",
    # made unwanted, in the accusative
    "اعتبرت الحكومة المالية السفير الفرنسي شخصاً غير مرغوب فيه.",
])
def test_an_envoy_declared_unwanted_is_expelled(rules_coder, text):
    assert "SANCTION" in [e.event_type for e in code(rules_coder, text, "2013-11-24")]


def test_concern_voiced_past_a_long_title_is_disapproval(rules_coder):
    # «وعبّر رئيس بعثة الأمم المتحدة للدعم في ليبيا مارتن كوبلر عن قلقه»: the verb of voicing may stand far before
    # the concern, past the speaker's title
    text = ("وعبّر رئيس بعثة الأمم المتحدة للدعم في ليبيا مارتن كوبلر عن قلقه العميق من سيطرة قوات خليفة حفتر على "
            "موانئ الهلال النفطي.")
    evs = [e for e in code(rules_coder, text, "2016-09-12") if e.event_type == "ACCUSE"]
    assert evs and codes(evs[0].actor) == ["UNO"] and codes(evs[0].recipient) == ["LBY"], \
        [(codes(e.actor), codes(e.recipient)) for e in evs]


def test_a_withdrawal_noun_is_a_retreat_only_of_forces_or_arms(rules_coder):
    def retreats(text, when="2019-10-14"):
        return [(codes(e.actor), codes(e.recipient)) for e in code(rules_coder, text, when) if e.event_type == "RETREAT"]

    assert retreats("قال وزير الدفاع الأمريكي إن الرئيس ترامب أمر بسحب نحو ألف جندي أمريكي من شمال سوريا.") \
        == [(["USA"], ["SYR"])]
    assert retreats("وصوّت البرلمان العراقي على سحب الثقة من الحكومة.") == []
    assert retreats("وأعلن مكتب رئيس الوزراء العراقي سحب تكليف المحافظ.") == []


def test_what_a_party_holds_a_thing_to_be_follows_that_and_the_thing(rules_coder):
    # the judgement after «أن» and what is judged, however long the subject and its statement before them
    text = "واعتبر نائب وزير الخارجية السوري فيصل المقداد في بيان أن القرار الأميركي «جريمة» بحق الشعب السوري."
    assert _dyads(rules_coder, text, "ACCUSE", "2021-12-01") == [(["SYR"], ["USA"])]


def test_a_word_that_is_a_verb_only_with_its_own_article_is_no_verb_without_it(rules_coder):
    # «تقي» is the key of «التقى» with its «ال» taken as the article: the name «محمد تقي» met no one
    assert "تقي" in rules_coder.lexicon.article_verb_words and "الغي" not in rules_coder.lexicon.article_verb_words
    text = "وقررت المملكة طرد السفير الإيراني محمد تقي مؤيد."
    assert "CONSULT" not in [ev.event_type for ev in code(rules_coder, text, "2018-05-01")]
    assert _first(rules_coder, "والتقى الرئيس المصري نظيره التركي في أنقرة.", "2018-05-01", "CONSULT") is not None
    assert _first(rules_coder, "وألغى الرئيس المصري زيارته إلى أنقرة.", "2018-05-01", "REJECT") is not None


@pytest.mark.parametrize("text, threat", [
    # a warning of a thing that warns no one threatens no one
    ("وحذر الرئيس المصري من محاولات هدم الدولة عبر التشكيك في مؤسساتها، مذكّراً بما جرى في ليبيا.", False),
    ("وحذّرت فرنسا من الانجرار إلى حرب إقليمية في لبنان.", False),
    ("وحذر وزير الخارجية الأردني من تحول سوريا إلى ساحة لتصفية الحسابات.", False),
    # but one that warns a party, names a penalty or sets a condition does
    ("وحذر الرئيس المصري إيران من التدخل في شؤون المنطقة.", True),
    ("وحذّر ولي العهد السعودي من «صدام كبير» مع إسرائيل إذا مضت في خطة الضم.", True),
    ("وحذرت طهران من «عواقب وخيمة» إذا تكررت الغارات الإسرائيلية.", True),
])
def test_a_warning_of_a_thing_threatens_only_someone_warned(rules_coder, text, threat):
    assert ("THREATEN" in {e.event_type for e in code(rules_coder, text, "2020-06-01")}) is threat


def test_threats_faced_are_no_threat_told(rules_coder):
    text = "وجدد العاهل الأردني وقوف بلاده إلى جانب البحرين في مواجهة التهديدات الإيرانية والحوثية."
    assert "THREATEN" not in {e.event_type for e in code(rules_coder, text, "2024-04-10")}
