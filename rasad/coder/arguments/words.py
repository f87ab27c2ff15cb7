"""The words argument finding reads — verbs, nouns and particles as normalised keys — and tests
on single tokens («أن» or a counting word, a conjoined verb, a prepositional clitic), with the side a
phrase stands for among a document's parties (`side_of`)."""
from __future__ import annotations

from typing import Optional

from ...schema import Token
from ...text.normalize import normalize
from ..mentions import AFFILIATED, NP, RELATIVES

DOCUMENTS = frozenset("اعلان بيان قرار مرسوم امر رساله مذكره وثيقه تقرير قانون".split())  # «إعلاناً يعترف»
PUT_FORWARD = frozenset("مقترح اقتراح مبادره خطه ورقه مسوده".split())  # «المقترح المصري القطري»: one put forward
IN_IT = frozenset({"فيها", "فيه", "فيهما"})
STATEMENTS = frozenset("تصريحات تصريح كلمه خطاب مقابله بيان رساله مقال".split())  # «تصريحات لماكرون … اتهم فيها»
STATEMENT_REACH = 25
PHONE_CALLS = frozenset("اتصال اتصالا مكالمه".split())  # «اتصالاً هاتفياً من ماكرون هنأه فيه»: the caller speaks in the call
JOINT = frozenset("المشترك مشترك الختامي ختامي".split())  # «بيان مشترك», «البيان الختامي»
ISSUED_STATEMENTS = frozenset("بيان بلاغ".split())  # what a body issues and a later «البيان» recalls
# «ألقى كلمة», «وجّه رسالة», «أصدر بياناً»: who gives the statement speaks in it
GIVING_STATEMENTS = frozenset("القي القت يلقي تلقي وجه وجهت يوجه توجه اصدر اصدرت يصدر تصدر بعث بعثت نشر نشرت "
                              "ارسل ارسلت".split())
CONCLUDING = frozenset("اختتم اختتمت يختتم تختتم".split())  # «اختتمت القمة» ended; «اختتم زيارته» ended it
JOINING = frozenset("شارك شاركت شاركوا يشارك تشارك".split())
ARRIVALS = frozenset({"core.CONSULT.arrive.verb", "core.CONSULT.visit.verb", "core.AID.arrive.verb"})
# words that may come before a light verb's subject: a count, or an honorific (normalised forms)
BEFORE_SUBJECT = frozenset("عدد بعض اكثر اقل نحو حوالي قرابه زهاء الف الاف مئات عشرات مئه مائه من "
                            "صاحب السمو الجلاله الفخامه المعالي دوله سمو وفدا وفدي وفود".split())  # «عقد وفدا روسيا وأوكرانيا»
HUNDREDS = frozenset("مئه مائه مئتين مئتان مائتين مائتان ثلاثمئه ثلاثمائه اربعمئه اربعمائه خمسمئه خمسمائه ستمئه "
                      "ستمائه سبعمئه سبعمائه ثمانمئه ثمانمائه تسعمئه تسعمائه".split())
HOSTING_VERBS = frozenset("تستضيف يستضيف تضم يضم تستخدمها يستخدمها تتمركز يتمركز تنتشر ينتشر تؤوي".split())
HOSTED_REACH = 26  # words after an attack trigger in which its target's garrison is named
SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"})  # acts a document can do
# «…، معلنة تقديم 1.1 مليار يورو»: a participle of announcing carries its clause's subject to the noun
ANNOUNCING_PARTICIPLES = frozenset("معلنا معلنه معلنين".split())
RENEWING_PARTICIPLES = frozenset("مجددا مجدده مجددين".split())  # «…، مجدداً اتهام إيران بالتدخل»: the speaker's act
# «استخدمت قوات الأمن الغاز المسيل للدموع»: a light verb only of its direct object
USING = frozenset("استخدم استخدمت استخدموا يستخدم تستخدم".split())
# «أكد الجانبان رفضهما أي إجراءات أحادية»: a verb of affirming governs the masdar after its subject
# «…، مؤكدة رفضها»: after a comma, a participle of affirming carries its clause's subject to the noun (one of
# AFFIRMING, hence of LIGHT_VERBS, so that «رفضها» after it is read as the masdar, not the verb)
AFFIRMING_PARTICIPLES = frozenset("مؤكدا مؤكده مؤكدين مؤكدتين مؤكدان".split())
AFFIRMING = frozenset("اكد اكدت اكدوا اكدا اكدتا يؤكد تؤكد يؤكدان تؤكدان".split()) | AFFIRMING_PARTICIPLES
# «أبلغ ماكرون نتنياهو رفضه القرار», «فأبلغه ماكرون رفضه»: a verb of telling governs the teller's own act, a
# masdar with a pronoun suffix («أبلغ روسيا بالضربة» tells of another's)
TELLING = frozenset("ابلغ ابلغت ابلغوا ابلغا ابلغتا يبلغ تبلغ".split())
# «لم تخفِ الرياض اتهامها الشرطة بالضلوع في خطفه», «لا يخفي قلقه»: a hiding verb after a negation voices the
# masdar it governs (the negation is the hiding's, not the act's)
NOT_HIDDEN = frozenset("يخف تخف يخفي تخفي يخفيان تخفيان".split())
LIGHT_VERBS = frozenset(
    "قام قامت قاموا قاما يقوم تقوم يقومون اجري اجرت اجروا يجري تجري عقد عقدت عقدوا يعقد تعقد "
    "اجريا اجرتا يجريان تجريان عقدا عقدتا يعقدان تعقدان شنا شنتا نفذا نفذتا "  # duals: «أن إيران والسعودية أجرتا محادثات»
    "اعلنا اعلنتا قررا قررتا اعربا اعربتا جددا جددتا "  # «وأعلنا الاتفاق على إنشاء آلية»
    "اتم اتمت اتموا استكمل استكملت استكملوا اكمل اكملت "  # «أتمّت القوات الأرمنية انسحابها»
    "اعطي اعطت اصدر اصدرت يصدر تصدر "  # «أعطى الملك تعليماته السامية لإرسال مساعدات», «أصدر أوامره بشن ضربات»
    "سارع سارعت سارعوا يسارع تسارع بادر بادرت بادروا اكتفي اكتفت اكتفوا يكتفي تكتفي "  # «سارعت الحكومة إلى إدانة الاعتداء», «اكتفى الوزراء بإدانة العملية»
    "شن شنت شنوا يشن تشن نفذ نفذت نفذوا ينفذ تنفذ بدا بدات بدؤوا يبدا تبدا يبداون يبدؤون واصل واصلت يواصل "
    "تواصل اعلن اعلنت يعلن تعلن قرر قررت قدم قدمت قدموا يقدم تقدم ارسل ارسلت يرسل ترسل اعرب اعربت اعربوا يعرب "
    "تعرب عبرت عبروا يعبر تعبر ابدي ابدت ابدوا يبدي تبدي فرض فرضت يفرض تفرض كان كانت قاد قادت يقود تقود ابقي ابقت يبقي تبقي "  # not bare «عبر», also "via"
    "اختتم اختتمت يختتم تختتم استهل استهلت يستهل تستهل انهي انهت ينهي تنهي اطلق اطلقت يطلق تطلق "
    "رفع رفعت يرفع ترفع ضاعف ضاعفت يضاعف تضاعف استانف استانفت يستانف تستانف شارك شاركت شاركوا يشارك تشارك رد ردت يرد ترد "
    "جدد جددت يجدد تجدد كرر كررت كرروا يكرر تكرر وجه وجهت وجهوا يوجه توجه سير سيرت سيروا يسير تسير "
    "اوعز اوعزت يوعز توعز "  # «أوعز الوزير بتعبئة الاحتياط»: instructed
    "امر امرت يامر تامر توصل توصلت توصلا توصلتا توصلوا يتوصل تتوصل يتوصلان تتوصلان يتوصلوا يتوصلون "
    "اعاد اعادت اعادا يعيد تعيد "
    "خلص خلصت خلصا خلصتا خلصوا "  # «وخلص الجانبان إلى الاتفاق على تشكيل فرق»: concluded with
    "شرع شرعت شرعوا يشرع تشرع تبني تبنت تبنوا يتبني تتبني اصدر اصدرت يصدر تصدر بعث بعثت يبعث تبعث "
    "منح منحت "  # «منحت واشنطن العراق استثناءً من العقوبات» (not «ما يمنح القرار بعداً»)
    "سرع سرعت يسرع تسرع "  # «ستسرّع الولايات المتحدة إرسال ذخائر»
    "تولي تولت تولوا يتولي تتولي "  # «ستتولى الشرطة القضائية التحقيق معه»: undertook
    "تقدمت تقدموا "  # «تقدمت مصر بطلب إلى مجلس الأمن» («تقدما» is also progress)
    "ابرم ابرمت ابرموا ابرما ابرمتا يبرم تبرم "  # «أبرمت روسيا وتركيا صفقة», «أبرم البلدان اتفاقاً»
    "صعد صعدت صعدوا يصعد تصعد كثف كثفت كثفوا يكثف تكثف "  # «صعّد الحوثيون هجومهم على مأرب», «كثفت إسرائيل غاراتها»
    "خاض خاضت خاضوا يخوض تخوض "  # «خاضت «قسد» معارك شوارع», «خاض الوفدان مفاوضات شاقة»
    "استعاد استعادت استعادوا يستعيد تستعيد "  # «استعاد الجيش والقوات المتحالفة معه السيطرة على مدينة ود مدني»
    "سلم سلمت سلموا يسلم تسلم "  # «سلّمت الخارجية الكويتية السفير العراقي مذكرة احتجاج»
    "اعتزم اعتزمت اعتزموا يعتزم تعتزم يعتزمون يعتزمان تعتزمان ينوي تنوي ينوون يخطط تخطط يخططون "  # intends:
    # «تعتزم المعارضة تنظيم تظاهرة»
    "اعلنوا قرروا ارسلوا اطلقوا فرضوا رفعوا جددوا اعادوا اصدروا"  # plurals: «…، وأعلنوا إطلاق صاروخ باليستي»
    .split()
) | ANNOUNCING_PARTICIPLES | RENEWING_PARTICIPLES | USING | AFFIRMING | NOT_HIDDEN
# verbs of a doubled root, two letters once normalised: «وحضّ», «وحثّ» are «و» + a verb, as «وزار» is
DOUBLED_VERBS = frozenset("حث حض شن رد".split())
# verbs by which a meeting includes its parties («وضمّ الاجتماع وزراء خارجية …»)
INCLUDING = frozenset("ضم ضمت يضم تضم شمل شملت".split())
# a light verb with two objects: whom, then what («سلّمت الخارجية السفير مذكرة احتجاج»)
GRANTING = frozenset("منح منحت سلم سلمت سلموا يسلم تسلم".split())
# «شكّلت الحكومة لجنة تحقيق»: forming carries an inquiry only («شكلت إيران تهديداً» constitutes)
FORMING = frozenset("شكل شكلت شكلوا".split())
HELD = frozenset("محتجز محتجزا محتجزه محتجزين محتجزون محتجزات مسجون مسجونا مسجونين مسجونون معتقل معتقلا "
                  "معتقلين معتقلون اسري اسيرا مختطفين مختطفا رهائن".split())  # «محتجزين لدى …»
PRISONS = frozenset("سجن سجون معتقل معتقلات".split())  # «من سجن عوفر الإسرائيلي»: where the released were held
MODEL_WORDS = frozenset({"طراز", "نوع"})  # «طائرات من طراز «إف-16»»
APPOSITION_OPENERS = frozenset("–—-(")
# heads of a set of states a comma may set off before naming them («الدول الخمس المعنية بالملف، الولايات المتحدة …»)
STATE_SETS = frozenset("الدول دول البلدان بلدان العواصم".split())
# construct heads for the envoys of the parties after them («وفدا الحكومة والحوثيين», «ممثلو الفصائل»)
REPRESENTATIVES = frozenset("وفد وفدا وفدي وفود ممثل ممثلا ممثلي ممثلو مندوب مندوبا مندوبي مندوبو".split())
# plurals and duals of envoys after «بين» («بين وفدين … من البلدين»)
DELEGATIONS = frozenset("وفدين وفدي وفود ممثلين ممثلي مندوبين مندوبي مسؤولين مسؤولي".split())
# the same as a verb's subject, with whom they come from after «من» («عقد وفدان من البلدين محادثات»)
SENT_DELEGATIONS = frozenset("وفدان وفدا وفود ممثلون ممثلو مندوبون مسؤولون".split())
# indefinite envoys before «عن» and the body they speak for («وقّع ممثلون عن مجلس النواب الاتفاق»)
ENVOYS_FOR = frozenset("ممثلون مندوبون ممثلان مندوبان".split())  # (nominative: «جمع ممثلين عن» names objects)
# a crowd or an unknown party named by a bare word after the verb: its subject, though no state names it («اقتحم
# المئات مقر القنصلية», «هاجم مجهولون دورية»), so the party after it is the object
UNNAMED_SUBJECTS = frozenset("المئات العشرات الالاف مجهولون مسلحون شبان محتجون متظاهرون".split())
COUNTERPARTS = frozenset({"Counterpart", "Counterparts"})  # the offices of «نظيره», «نظراءه» in the KB
SIDE_WORDS = frozenset({"الجانب", "الطرف", "الاطراف", "الفرقاء", "القوي"})  # «الجانب التركي»: Turkey's side
WITNESSING = frozenset("شهد شهدت يشهد تشهد ستشهد سيشهد".split())  # «شهدت أنقرة زيارة»: the place that saw it
# «أن وزيري خارجية مصر وتركيا اتفقا»: two holders of one office, before the states they serve (with the office's field)
DUAL_HOLDERS = frozenset("وزيرا وزيري رئيسا رئيسي زعيما زعيمي قائدا قائدي سفيرا سفيري".split())
OFFICE_FIELDS = frozenset("خارجيه دفاع داخليه ماليه طاقه اقتصاد تجاره وزراء حكومتي اركان".split())
# «المبعوث الأمريكي الخاص إلى اليمن»: the state after «إلى» is the envoy's mandate, not where he goes
ENVOYS = frozenset("مبعوث مبعوثه مبعوثا مبعوثي مبعوثو".split())
ACTING = ("القائم", "باعمال")  # «القائم بأعمال …»: acting holder of the office named next
COPULAS = frozenset("بات باتت اصبح اصبحت صار صارت".split())  # «باتت تل أبيب …»
PLUPERFECT = frozenset({"كان", "كانت"})  # «وكان الوزير قد أجرى …»: the subject comes between «كان» and the verb
# sisters of «كان» that front the subject of the verb after it: «ولا تزال الدوحة … ترفض»
STILL = frozenset("زال يزال تزال زالت يزالون تزالان مازال مازالت ظل ظلت يظل تظل".split())
ATTRIBUTING = frozenset("وفق وفقا بحسب حسب نقلا طبقا حسبما بحسبما وفقما".split())  # «، وفق ما نقلته …،»
LAUNCHED_FROM = frozenset("اطلق اطلقت اطلقه اطلقها اطلقوا انطلق انطلقت".split())  # «… أطلقت من غزة»
# what is fired: «أطلقت خمسة صواريخ من قطاع غزة باتجاه إسرائيل» — Gaza is where they came from
PROJECTILES = frozenset("صاروخ صاروخا صاروخين صواريخ قذيفه قذيفتين قذائف مسيره مسيرتين مسيرات".split())
STRIKES = frozenset("ضربات ضربه ضربتين غارات غاره غارتين قصف".split())  # strikes, by air or missile
APPOSITION_REACH = 9  # tokens from comma to comma around names in apposition (a name to the comma closing its title)
RELATIVE_CLAUSE_REACH = 30  # tokens from the comma opening a relative clause to the one closing it
TIME_PREPS = frozenset("بعد قبل اثر عقب".split())  # «بعد اعتراض روسيا»: a time adverbial
CAUSE_PREPS = frozenset("بسبب جراء نتيجه".split())  # «بسبب عملياتها العسكرية»: a cause, no object
SECOND_OBJECT_REACH = 12  # tokens after a subject that may hold a second required noun, the object
SINCE = frozenset("منذ ومنذ".split())
ONSETS = frozenset("بدء بدايه اندلاع انطلاق".split())  # «منذ بدء الهجوم», «منذ اندلاع الحرب»
FRAME_NOUNS = frozenset("ختام نهايه بدايه مستهل هامش اطار اعقاب اثر اختتام افتتاح".split())  # «في ختام X»
# words of courtesy a light verb offers: «قدمت السعودية التعازي لإيران في ضحايا انفجار كرمان» offers condolences,
# and the blast after them is not the Saudis' act
COURTESIES = frozenset("تعازي التعازي تعازيه تعازيها تعازيهم تعزيه التعزيه العزاء عزاء تهاني التهاني تهانيه تهنئه "
                       "التهنئه تهانيها شكر الشكر شكره شكرها".split())
ADVERBIAL_HEADS = frozenset("في خلال عقب اثر بعد اثناء لدي علي عبر غداه عشيه قبيل بعيد ابان".split())  # «، في افتتاح المؤتمر،»
ADVERBIAL_REACH = 14  # words of such a parenthetical, commas included
# masdars of light verbs: with their doer in the genitive they govern a noun as the verbs do («إجراء مصر
# والسودان مناورات», «تنفيذ الجيش عملية», «قيام إسرائيل بشن غارات»)
LIGHT_MASDARS = frozenset("اجراء تنفيذ قيام".split())
LIGHT_VERB_REACH = 20  # tokens back from a noun to its light verb, over a long subject with titles
ASIDE_REACH = 24  # tokens of a relative clause set off by commas between a light verb's subject and its noun
APPROVING = frozenset("صادق صادقت صادقوا وافق وافقت وافقا وافقوا يوافق توافق اقر اقرت اجاز اجازت صوت صوتت فوض فوضت وقع وقعت".split())
PROVIDING = frozenset("نص نصت ينص تنص يقضي تقضي تضمن تضمنت يتضمن تتضمن".split())  # «نصّ الاتفاق على»
PLEDGING = frozenset("تعهد تعهدت تعهدوا يتعهد تتعهد متعهدا متعهده".split())
# what a parliament or cabinet authorises, and what a government consents to do («وافقت أرمينيا على إعادة
# أربع قرى», «وافقت السعودية على إيداع ثلاثة مليارات دولار»): the consent makes the act
APPROVABLE = frozenset({"MOBILIZE", "SANCTION", "AID", "RETREAT", "CONCEDE"})
ANNOUNCING = frozenset("اعلن اعلنت يعلن تعلن".split())
DECIDING = frozenset("قرر قررت يقرر تقرر قرروا".split())
# «من إعلان وزير الخارجية الرئيسَ البرازيلي شخصاً غير مرغوب فيه»: masdars whose genitive declares their object so
DECLARING_MASDARS = frozenset("اعلان اعتبار".split())
# light verbs whose subject does the act the noun names (not «أعلن», which may tell of another's act)
OWN_ACT_VERBS = frozenset("سارع سارعت سارعوا يسارع تسارع بادر بادرت بادروا اكتفي اكتفت اكتفوا يكتفي تكتفي "
                           "واصل واصلت يواصل تواصل قرر قررت جدد جددت يجدد تجدد كرر كررت كرروا يكرر تكرر "
                           "استانف استانفت يستانف تستانف ضاعف ضاعفت يضاعف تضاعف شرع شرعت شرعوا يشرع تشرع".split())
MASCULINE_BODIES = frozenset("مجلس جيش حزب اتحاد برلمان كونغرس ديوان مكتب وفد تحالف حلف نظام احتلال".split())
FEMININE_BODIES = frozenset("اداره حكومه وزاره خارجيه رئاسه سلطه سلطات قياده هيئه منظمه لجنه جماعه حركه جبهه "
                             "شرطه سفاره قنصليه بعثه مفوضيه محكمه نيابه".split())
WELCOMING = frozenset("رحب رحبت رحبوا يرحب ترحب اشاد اشادت اشادوا يشيد تشيد".split())
# what takes someone's statement as its object with «ب» («رحبت ببيان …», «ندد بتصريحات …», «ترحيبها بكلمة …»)
TAKING_STATEMENTS = WELCOMING | frozenset(
    "ندد نددت نددوا يندد تندد نوه نوهت ينوه تنوه استشهد استشهدت يستشهد تستشهد ترحيب ترحيبا اشاده تنديد تنديدا".split())
DRIVING = frozenset({"دفع", "دفعت"})  # «…، ما دفع المكسيك إلى إعلان قطع علاقاتها»: who was driven to it acts
# «هجوماً مضاداً أجبر القوات الحكومية على الانسحاب», «اضطرت القوات إلى الانسحاب»: who is forced to it acts (the
# forcing verbs name the doer as their object, the verbs of being forced as their subject)
FORCING = frozenset("اجبر اجبرت اجبروا اجبرا اجبرتا يجبر تجبر ارغم ارغمت ارغموا يرغم ترغم".split())
FORCED = frozenset("اضطر اضطرت اضطروا اضطرا اضطرتا يضطر تضطر".split())
# a mission's or a body's buildings
PREMISES = frozenset("سفاره قنصليه مقر مقار مبني سفارات قنصليات سفارتين قنصليتين مقرات مباني".split())
# what an attack strikes that belongs to someone («هدفاً للحزب», «مواقع لحزب الله»)
TARGET_NOUNS = frozenset("هدف هدفا اهداف اهدافا موقع موقعا مواقع مقر مقرا مقرات مقار معسكر معسكرا معسكرات مخزن مخزنا مخازن "
                          "مستودع مستودعا مستودعات منشاه منشات مركز مركزا مراكز قاعده قواعد ثكنه ثكنات".split())
# what kind of target it is («قاعدة عسكرية», «مقراً أمنياً»)
TARGET_ADJECTIVES = frozenset("عسكري عسكريا عسكريه امني امنيا امنيه حكومي حكوميا حكوميه".split())
SUFFIX_OBJECT_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "COERCE"})  # a pronoun on the verb is whom it aims at
# verbs of thanking and congratulating, whose object pronoun is always a party («شكره», «هنأها», «يهنئهم»)
GREETING_VERBS = frozenset("شكر شكرت شكروا يشكر تشكر هنا هنات هناوا يهني تهني".split())
# verbs that judge a deed: a pronoun on them is the deed («ودانتها», «ووصفته», «واعتبرتها»), not a party
DESCRIBE_VERB = "core.ACCUSE.describe.verb"
JUDGING_VERBS = frozenset({"core.ACCUSE.condemn.verb", DESCRIBE_VERB})
DEED_JUDGING = JUDGING_VERBS | {"core.ACCUSE.consider.verb"}
# what a verdict says a deed violated belongs to its victim («انتهاك لسيادة اليمن ووحدة أراضيه»)
VIOLATED = frozenset("سياده وحده اراضي حدود".split())
CLAUSE_OPENERS = frozenset("فيما وفيما بينما وبينما كما وكما".split())  # «، فيما أكدت البحرين …»
# «ورفضت الدوحة القائمة، إذ قال وزير خارجيتها …», «…، لكنه أكد», «…، إلا أن القلق …»
NEW_CLAUSE = CLAUSE_OPENERS | frozenset("اذ حيث الا لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها ثم".split())
SAYING_VERBS = frozenset("قال قالت اعلن اعلنت اكد اكدت اوضح اوضحت صرح صرحت اضاف اضافت ذكر ذكرت افاد افادت "
                         "شدد شددت اشار اشارت "
                         "يقول تقول يؤكد تؤكد يعلن تعلن رد ردت".split())  # «فيما تقول موسكو إن …», «فردّ الأخير بأن …»
HEADED_BY = frozenset("برئاسه بقياده".split())  # «وفد برئاسة وزير الخارجية»: chaired or led by
# «، قالت إنهم يحملون جنسيات …»: who a teller says those struck or seized are (words from the verb to the
# pronoun, and from it to the party)
THEY_ARE = frozenset("انهم انه انها انهما".split())
IDENTIFIED_REACH = 6
DEATH_NOUNS = frozenset("مقتل مصرع اصابه استشهاد".split())  # the dying, not the killing: «أعلن X مقتل Y»
AVENGED_DEATHS = DEATH_NOUNS - {"اصابه"} | {"اغتيال", "دماء", "دم"}  # «الثأر لدماء X»: X is the dead avenged
RECEIVING = frozenset("تلقي تلقت تلقوا يتلقي تتلقي تسلم تسلمت يتسلم تتسلم استلم استلمت "
                       "حصل حصلت حصلوا يحصل تحصل حصول".split())  # «حصل على»: obtained
AGENTLESS = frozenset("تم تمت يتم تتم جري جرت".split())
GOVERNING_VERBS = LIGHT_VERBS | RECEIVING | AGENTLESS
ISSUED_BY = frozenset("صادر صادره صادرين صادرتين صادرا".split())  # «التصريحات الصادرة عن X»
MEDIATION = frozenset("رعايه وساطه ضيافه استضافه استضافها اشراف".split())  # «في مراسم استضافها الرئيس»
MEDIATION_NOUN = "core.CONSULT.mediate.noun"
PASSIVE_AGENT = frozenset({"قبل", "يد", "ايدي"})  # «من قبل X», «على يد X», «على أيدي X»
ACCUSE_VERB = "core.ACCUSE.accuse.verb"
BLAME_VERB = "core.ACCUSE.blame.verb"
BLAME_IDS = ("core.ACCUSE.blame.", "core.ACCUSE.blaming.")
BACKED = frozenset("المدعوم المدعومه المدعومين المدعومون مدعوم مدعومه مدعومين".split())  # «المدعومة من إيران»
# «الميليشيات التابعة لإيران», «القوات الموالية لروسيا»
TASKING = frozenset("كلف كلفت يكلف تكلف".split())  # «كلّف وزارة الخارجية التفاوض مع …»
TASKING_REACH = 6  # words from «كلّف» to the party it tasks, over a subject between («وكلّف الإعلان المجلس بالتفاوض»)
PLEDGE_REACH = 7  # words from «تعهد» to what is pledged
# words that open a description of the party named right before («حركة النهضة، صاحبة الكتلة الأكبر …،»)
APPOSITIVE_HEADS = frozenset("صاحب صاحبه حليف حليفه شريك شريكه اكبر كبري ابرز اقوي احد احدي عضو اخر اول".split())
DESCRIBING_PRONOUNS = frozenset("وهي وهو وهم وهما".split())  # «تبنت «المقاومة الإسلامية في العراق»، وهي مظلة …،»
BELONGING = frozenset("تابع تابعه تابعين تابعون".split())  # owned, not merely loyal («موالية»)
BY_ORDER_OF = frozenset({"بقرار", "بامر", "بحكم"})  # «بقرار من محكمة», «بأمر من الرئيس»
ISSUED = frozenset("صدر صدرت يصدر تصدر توالت تتوالي توالي".split())  # «وصدرت إدانات عن …»
BETWEEN = "بين"
CLAUSE_BREAKS = frozenset(".;:?!")
LIST_GLUE = frozenset("من هذه الدول منها بينها بينهم مثل خاصه وخاصه لا سيما سيما بما فيها".split())
SYMMETRIC_FRAMES = frozenset({"meet"})
BANNING = frozenset("حظر الحظر المفروض المفروضه".split())  # «الحظر المفروض على …»
# «مقترح الهدنة», «مسودة الاتفاق»: what is put forward, not done (a party's own «مبادرة لوقف الهجمات» commits it)
PROPOSALS = frozenset("مقترح اقتراح مقترحات اقتراحات مسوده مسودات".split())
CONTENT_REACH = 10  # what a request asks for follows it closely, within its clause
THREAT_REACH = 16  # what «هدد … ب» threatens with may come after a long subject and adverbials
BOYCOTT = "مقاطعه"
TO = "الي"  # «إلى», normalised
AGAINST = "ضد"
ON = "علي"  # «على», normalised
REPLYING = frozenset("رد ردت ردوا ردا ردتا يرد ترد".split())  # «ردّت … على»: what follows «على» is answered
MEASURE_WITHDRAWN = ("core.CONCEDE.reverse-measure.", "core.CONCEDE.postpone-measure.")
CONTENT_TAKING = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE"})  # «اتهمت X بدعم …», «وافقت على البيع»
LAUNCHED_BY = frozenset("شنه شنها شنته شنتها نفذه نفذها نفذته نفذتها تبناه تبناها تبنته تبنتها ارتكبه ارتكبها "
                         "ارتكبته ارتكبتها اجراه اجراها اجراهما اجرته اجرتها اجرتهما عقده عقدها عقدته عقدتها "
                         "قادها قادته قادتها يشنه تشنه يشنها تشنها ينفذه تنفذه ينفذها تنفذها يتبناه تتبناه "
                         "يتبناها تتبناها نظمه نظمها نظمته نظمتها ينظمها تنظمها "  # «تظاهرة نظمتها حركة …»
                         "يجريه تجريه يجريها تجريها "
                         # «الهجوم الذي أطلقه حفتر», «الحرب التي خاضتها», «العقوبات التي فرضتها واشنطن», «الانتقادات
                         # التي وجهها», «الدعم الذي تقدمه طهران»
                         "اطلقه اطلقها اطلقته اطلقتها يطلقه تطلقه يطلقها تطلقها خاضه خاضها خاضته خاضتها يخوضها تخوضها "
                         "فرضه فرضها فرضته فرضتها يفرضها تفرضها وجهه وجهها وجهته وجهتها يوجهها توجهها "
                         "قدمه قدمها قدمته قدمتها يقدمه تقدمه يقدمها تقدمها "
                         # «باتفاق ثلاثي وقعه علييف وباشينيان», «الصفقة التي أبرمتها أنقرة مع موسكو»
                         "وقعه وقعها وقعته وقعتها وقعاه وقعاها وقعوه وقعوها وقعتاه وقعتاها "
                         "ابرمه ابرمها ابرمته ابرمتها ابرماه ابرماها ابرموه ابرموها ابرمتاه ابرمتاها".split())
AGREEMENT_DOCUMENTS = frozenset("مذكره مذكرتي مذكرات تفاهم اتفاقيه اتفاقيتي اتفاقيات اتفاقات اتفاق اتفاقا اعلان اعلانا "
                                  "معاهده بروتوكول ميثاق وثيقه وثيقتين وثائق".split())
PARTITIVES = frozenset("قوه قوات عناصر عنصر مسلحون مسلحين مسلح مهاجم مهاجما مهاجمون مهاجمين انتحاري انتحاريا "
                        "مقاتلون مقاتلين مقاتل افراد جنود دوريه دوريات وحده وحدات مجموعه خليه "
                        "مسلحا مقاتلا عنصرا جنديا فردا ارهابيا ارهابيين ارهابيون متشددا متشددين متشددون "
                        "مئات عشرات الاف الالاف المئات العشرات".split())  # «اقتحم مئات من أنصار التيار»
# forces a pronoun suffix gives an owner: «طائراته», «قواتها», «مقاتليه»
FORCES = frozenset("قوات جنود طائرات مقاتلات طيران صواريخ وحدات عناصر مقاتلي مقاتلين دفاعات قاذفات مسيرات "
                    "زوارق سفن بوارج دبابات مدفعيه جيش بحريه".split())
OWNER_PRONOUNS = frozenset({"ه", "ها", "هم"})
THEN_WORDS = frozenset("انذاك حينذاك حينها وقتها يومها وقتذاك".split())  # «وزير الخارجية آنذاك …»
GROUP_HEADS = frozenset("تنظيم جماعه حركه ميليشيا مليشيا ميليشيات مليشيات".split())  # «من تنظيم «القاعدة»»
# words of day-of-month phrases no date can be read from: «في التاسع والعشرين من الشهر نفسه» (the
# month is one the text named before; «في السادس عشر من أغسطس» is a date and covered by `time_spans`)
TIME_WORDS = frozenset("الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي عشر العشرين "
                        "الثلاثين من الشهر نفسه ذاته العام السنه".split())
TIME_INTRODUCERS = frozenset("في منذ يوم وفي فجر صباح مساء ظهر عصر ليل ليله".split())  # before a date: «فجر أمس»
SUMMITS = frozenset("قمه القمه".split())  # a summit's host is one of its parties; talks' host may only mediate
CLASHES = frozenset("مواجهات مواجهه اشتباكات اشتباك معارك معركه".split())
TIME_SPANS = frozenset("وقت الوقت سنوات سنين اعوام عقود ايام اسابيع اشهر شهور فتره الفتره مرحله لحظه ساعات يوم".split())
OR_ELSE = frozenset({"والا"})  # «وإلا»: or else, after a demand
AID_SOURCE_REACH = 8  # how far after an arriving load «من X» may name where it comes from
PORTFOLIOS = frozenset("شؤون".split())  # «المفوضة الأوروبية للشؤون الداخلية»: a title's portfolio
VAGUE_TIMES = frozenset("سابق لاحق مبكر متاخر".split())  # «في وقت سابق»: earlier, no date
SPAN_PREPS = frozenset("خلال طوال".split())  # «خلال الأسابيع الأولى»: a span of time, not a date
# «الأسابيع الأولى», «الأيام القليلة»: what may close a span of time
SPAN_ENDS = frozenset("الاولي الاولى الاخيره الماضيه المقبله القادمه القليله".split())
SAME_TIME = frozenset("ذاته ذاتها نفسه نفسها".split())  # «مساء اليوم ذاته»
CLASH_REACH = 7  # «مقتل عشرين من جنوده في اشتباك مع …»
HEAD_TITLES = frozenset("قائد قاده زعيم زعماء رئيس امين مبعوث وزير ملك امير عناصر مقاتلي قياديين قيادي".split())
WHEN = frozenset("حين وحين حينما عندما وعندما".split())  # «زادت إيران الأزمة تعقيداً حين أوقفت …»: the same doer
DECISIONS = frozenset("قرار قرارا بقرار مرسوم مرسوما خطوه".split())  # «قرار رفع اسم السودان»: a masdar follows
TO_HIM = frozenset("اليه اليها اليهم له لها لهم".split())  # «وجهت إليه تهمة»
IF = frozenset("اذا واذا لو ولو".split())
CONDITION_REACH = 3  # words from «إذا» to the verb or noun it conditions («إذا لم تفرج»)
CONTINUING = frozenset("ثم بعدما قبلما حيث وحيث كما فقد فلقد".split())  # a verb after these keeps the subject before
BEFORE_AFTER = frozenset("قبل بعد".split())  # «قبل أن يجري اتصالا»
CLAIMED_BY = frozenset("تبناه تبناها تبنته تبنتها يتبناه تتبناه يتبناها تتبناها".split())
SUFFERING = frozenset("تعرض تعرضت تعرضوا يتعرض تتعرض تعرضه تعرضها".split())
ATTRIBUTED_TO = frozenset("نسبت نسب تنسب ينسب نسبها نسبته المنسوبه منسوبه المنسوب منسوب المنسوبين".split())
SETTING_OFF = frozenset("قرار قرارات اعلان خطوه تصريح تصريحات موقف سياسه".split())  # «أطلقها قرار ترامب»: a cause
# «زيارة قام بها …», «الطلب الذي تقدمت به السلطة»: who did it, or put it forward, follows «به/بها»
DID = frozenset("قام قامت قاموا قاما قامتا يقوم تقوم يقومون تقدم تقدمت تقدموا تقدما تقدمتا".split())
BY_IT = frozenset("به بها بهما بهم".split())
HOSTED_BY = frozenset("استضافه استضافها استضافته استضافتها رعاه رعاها رعته رعتها احتضنه احتضنها احتضنته احتضنتها".split())
ENDING = frozenset("انتهاء انهاء وقف منع تجنب تفادي احباط ردع".split())
DURING_IT = frozenset("خلالها خلاله خلالهما اثناءها اثناءه".split())
PRONOUN_SUBJECTS = frozenset("انه انها انهم انهما وانه وانها وانهم وانهما لانه لانها بانه بانها لكنه لكنها لكنهم ولكنه ولكنها "
                             "ولكنهم".split())
CAUSED_BY = frozenset("ناجم ناجمه ناجمين ناتج ناتجه ناتجين ناشئ ناشئه نجم نجمت نتج نتجت".split())  # «ناجمة عن»: caused by
# «أسفرت عن», «أفضت إلى»: resulted in
RESULTING = frozenset("اسفر اسفرت يسفر تسفر اثمر اثمرت يثمر تثمر تمخض تمخضت افضت افضي تفضي يفضي".split())
CARRIED_OUT = frozenset("نفذتها نفذها شنتها شنها قادتها قادها".split())  # «في عملية نفذتها الاستخبارات»
OPERATION_REACH = 12  # words from a passive verb to «في عملية نفذتها X»
ENDED_IN = frozenset("انتهت انتهي".split())  # «وانتهت (المفاوضات) إلى اتفاق»
RESULT_REACH = 12  # words from «أسفرت» over its subject to its «عن»
WITH_PRONOUNS = frozenset("معه معها معهم معهما".split())  # «عقد معه محادثات»
BETWEEN_THEM_TWO = "بينهما"  # «في اتصال هاتفي بينهما»: between the two just named
# «إعلان البحرين قطع علاقاتها», «قرار الإمارات خفض تمثيلها»: a masdar after who announced or decided it
ANNOUNCING_NOUNS = frozenset("اعلان قرار".split())
GATHERING = frozenset("جمع جمعت ضم ضمت يجمع تجمع يضم تضم جمعهم جمعهما ضمهم ضمهما جمعتهم جمعتهما ضمتهم ضمتهما".split())
SLOGANS = frozenset("لافتات لافته يافطات يافطه شعارات شعار هتافات هتاف".split())  # raised or chanted by a crowd
GATHERING_ONE = frozenset("جمعه جمعها جمعته جمعتها ضمه ضمها ضمته ضمتها".split())  # «brought him together» with someone
HOSTED_IT = frozenset("استضافها استضافتها استضافه استضافته احتضنها احتضنتها".split())  # «محادثات استضافها …»
HOSTED_IT_REACH = 9  # words after the meeting noun over which the host's clause may run to «وجمعت»
OBJECT_PRONOUNS = ("", "هما", "هم", "ها", "ه")  # suffixes a verb's object may take
OBJECT_REACH = 4  # words between «على» and the party in what is protested («قرار», «زيارة»)
DENOUNCING = frozenset("تنديدا تنديد منددين منددا".split())
# «احتجاجا على», «ضد», «هاتفين», «تطالب برحيل باقييف», «لدعوة قادة مجموعة الثماني», «واشتبك المتظاهرون
# مع الجنود», «رفضا للتقارب التركي», «هتافات مناهضة للولايات المتحدة»: what or whom a crowd protests
PROTESTED_MARKERS = frozenset("علي ضد متهمين متهما منددين هاتفين تطالب يطالبون مطالبين مطالبه مطالبا "
                               "دعوه داعين داعيه اشتبك اشتبكوا اشتبكت رفضا رافضين مناهضه مناهض مناهضين".split())
HAD_BEFORE = frozenset("سبق يسبق".split())  # «سبق لإيران أن هددت»: Iran had threatened before
PROTESTED_BEFORE = frozenset("امام حول قرب خارج".split())  # «أمام سفارة استونيا»: whose building it is
BURNED_SYMBOLS = frozenset("علم اعلام صور صوره دمي دميه مجسم".split())  # «أحرقوا العلم الأمريكي وصور ترامب»
PERSON_NOUNS = frozenset("جندي جنديا جنديين جنديان جنود مدني مدنيا مدنيين مدنيون شخص شخصا اشخاص شرطي شرطيا "
                          "رجال عناصر افراد عسكري عسكريا عسكريين مواطن مواطنا مواطنين رهائن رهينه صحفي صحفيا "
                          "مهندس مهندسا عمال عاملين".split())
COUNT_REACH = 4  # «سبعة من عناصر الشرطة الأفغانية»: a count this close before a nisba counts its people
COUNT_WORDS = frozenset(
    "ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره ثلاث اربع خمس ست سبع ثماني تسع عشر اثنان اثنين اثنتين "
    "عشرين عشرون ثلاثين ثلاثون اربعين اربعون خمسين خمسون ستين ستون سبعين سبعون ثمانين ثمانون تسعين تسعون مئه مائه "
    "عشرات مئات الاف الآلاف عدد".split())
SPEECH_PARTICIPLES = frozenset("مشيرا مشيره مؤكدا مؤكده مضيفا مضيفه معتبرا معتبره لافتا لافته موضحا موضحه "
                                 "قائلا قائله واصفا واصفه معربا معربه منوها منوهه داعيا داعيه مطالبا مطالبه "
                                 "مشددا مشدده مبديا مبديه".split())
# a circumstantial participle opens a clause of its own: «يرفض قرداحي الاستقالة مستنداً إلى دعم حزب الله» (the party
# behind it is no object of the verb before)
CIRCUMSTANTIAL = SPEECH_PARTICIPLES | frozenset("مستندا مستنده متذرعا متذرعه معللا معلله مبررا مبرره".split())
MASCULINE_TITLES = frozenset("رئيس وزير امير ملك ولي شيخ سلطان قائد مبعوث سفير نائب مستشار زعيم امين "
                               "متحدث مدير".split())
# pair words in the accusative and genitive: never a verb's subject («ودعت الطرفين إلى ضبط النفس»)
OBLIQUE_PAIRS = frozenset("طرفين بلدين جانبين دولتين حكومتين عاصمتين".split())
NOT_PLURALS = frozenset({"امين"})  # «الأمين العام»: a singular whose last letters are those of a plural
RECEPTION = "استقبال"  # «وكان في استقبال الضيف …»
BEING = frozenset({"كان", "كانت"})
# two or more office-holders named by their states: «وزيرا خارجية تركيا واليونان», «وزراء دفاع دول الحلف»
TITLES_OF_SEVERAL = frozenset("وزيرا وزيري وزراء رئيسا رئيسي رؤساء قاده قادة زعماء زعيما زعيمي سفراء سفيرا سفيري "
                              "مبعوثا مبعوثي مبعوثو ممثلو ممثلي".split())
# men named by a masculine plural head: a feminine verb's object, not its subject («وأمهلت أعضاء البعثة»)
MEN_OF_A_BODY = frozenset("اعضاء موظفي موظفو مسؤولي دبلوماسيي وزراء رؤساء قادة قاده زعماء سفراء ممثلي".split())
PRONOUNS = frozenset("ه ها هم هما هن".split())  # «رحبت به كل من …»: a pronoun object, not a phrase
DEMONSTRATIVES = frozenset("هذه هذا تلك ذلك هاتين هذين".split())
# verbs whose «عن» introduces the act itself, not a topic («أعربت عن أسفها», «أعلن البنتاغون عن حزمة مساعدات»)
EXPRESSING = frozenset("اعرب اعربت اعربوا يعرب تعرب معربا معربه عبر عبرت عبروا يعبر تعبر "
                        "اعلن اعلنت اعلنوا يعلن تعلن كشف كشفت يكشف تكشف".split())
EXPRESSER_REACH = 10  # «أعرب رئيس الوزراء الهندي ناريندرا مودي عن تضامن …»: the verb may be far back
ABOUT = frozenset("حول بشان بخصوص عن".split())
TOLD_OF = frozenset("تحدث تحدثت تحدثوا افاد افادت افادوا اعلن اعلنت كشف كشفت ابلغ ابلغت".split())  # «تحدثت عن مقتل …»
DISCUSSION = frozenset("تطرق تطرقت الحديث الحوار النقاش المباحثات المحادثات".split())
NOUN_PP_REACH = 6  # a masdar's prepositional complement follows it closely
TARGETS_REACH = 8  # words from an attack (or its subject) to the owner of what it struck
# verbs by which a measure names whom it is aimed at: «عقوبات جديدة تستهدف مسؤولين إيرانيين», «طالت شركات»
TARGETING = frozenset("استهدف استهدفت يستهدف تستهدف طال طالت يطال تطال".split())
SANCTION_WORDS = frozenset({"عقوبات", "عقوبه"})  # a measure, not a weapon, that targets
PREPS = frozenset("مع الي علي ضد من عن في لدي نحو حول بين تجاه عبر خلال".split())
# places where one receives or meets: «بمقر», «في قصر», «في مكتب», «بمبنى»
SEATS = frozenset("مقر قصر مكتب مبني ديوان".split())
COMPLEMENTIZERS = frozenset("ان لان بان وان فان كان يكون تكون كانت اذ حيث بينما عندما بعدما لكن".split())
# «إعدام X Y», «تحميل X Y المسؤولية»: X does it to Y
DONE_TO_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT", "ACCUSE"})
# sectors that suffer violence in the news but do not commit it
VICTIM_SECTORS = frozenset({"CVL", "REF", "HLH", "EDU"})
STATE_FORCES = frozenset({"COP", "MIL"})  # a state's police and army (of its armed organs, those seen at work)
TAKING_PART = "مشارك"  # «مشاركة», «مشاركتها», «بمشاركة» (with the part of; not «بحضور», in the presence of)
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})  # a state's armed organs
ACTING_KINDS = frozenset({"country", "capital", "seat", "person", "agent", "group", "organisation"})
MASCULINE_STATES = frozenset("عراق لبنان اردن سودان مغرب يمن بحرين".split())  # matched on a token's keys
TOPIC_MARKERS = frozenset("اما واما".split())  # «أما X فـ…»: X is the topic and subject of what follows
# a preposition with a pronoun between a verb and its subject («تعلّق بموجبه تركيا عمليتها», «أن تنسحب
# خلالها قوات سوريا الديمقراطية», «وأكدت بدورها الخارجية»)
ADVERBIAL_PPS = frozenset("بموجبه بموجبها خلاله خلالها خلالهما فيه فيها فيهما عليه عليها بدوره بدورها".split())
# and phrases of a few words that stand there the same way («استدعت على إثرها الخارجية الإثيوبية السفير», «ورفضت من
# جهتها مصر الدعوة», «وردّت في المقابل الخارجية»), as normalised words
ADVERBIAL_PHRASES = tuple(tuple(p.split()) for p in (
    "علي اثرها", "علي اثره", "علي اثر ذلك", "اثر ذلك", "في اعقاب ذلك", "بعد ذلك", "في المقابل", "من جهتها", "من جهته",
    "من ناحيتها", "من ناحيته"))
VERB_PARTICLES = frozenset("لن لا لم قد لقد سوف".split())  # between a pronoun subject and its verb
PERFECT_PARTICLES = frozenset("قد لقد وقد فقد".split())  # only a verb follows: «وكان بلينكن قد حث …»
# the words of a short turn in the discourse set off by commas («، من جهته،», «، بدورها،», «، أيضاً،»)
DISCOURSE_ASIDE_WORDS = frozenset("من جهته جهتها جهتهم جهتهما ناحيته ناحيتها بدوره بدورها بدورهم بدورهما ايضا كذلك "
                                  "بالمقابل".split())
COPULA_SUBJUNCTIVE = frozenset("يكون تكون يكونوا يكونا تكونا".split())
PARTICLES = COMPLEMENTIZERS | RELATIVES | frozenset("قد لقد فقد وقد كما ثم فقط ايضا لن لا لم سوف".split())
DENIAL = "core.REJECT.deny.verb"
SIGNING_NOUN = "core.AGREE.sign.noun"
TITLE_REACH = 7  # words from a bare title to the person it names («رئيس المجلس الأعلى للدولة في طرابلس خالد المشري»)


def prep_key(p: str) -> str:
    """A preposition as the mention finder reports it (normalised: «إلى» → «الي»)."""
    return normalize(p)




def word_key(t: Token) -> str:
    return t.keys[-1] if t.keys else t.norm


def names_go_between(tok: Token) -> bool:
    """«بوساطة», «برعاية»: the word that opens the go-between of an act."""
    return prep_clitic(tok) == "ب" and word_key(tok) in MEDIATION


def is_one_of(tok: Token, verbs: frozenset) -> bool:
    return word_key(tok) in verbs or tok.norm in verbs or tok.norm.removeprefix("و") in verbs


def approving(tok: Token) -> bool:
    return is_one_of(tok, APPROVING)


def calls_for_it(tokens: list[Token], k: int) -> bool:
    """«دعا إليه», «دعت إليها» at `k`: a call for the event just named, i.e. who convened or organised it."""
    return tokens[k].norm.removeprefix("و") in CALLS and k + 1 < len(tokens) and tokens[k + 1].norm in TO_IT


CALLS = frozenset("دعا دعت دعوا يدعو تدعو".split())
TO_IT = frozenset("اليه اليها".split())


def is_complementizer(t: Token, with_pronoun: bool = False) -> bool:
    """«أن», «بأن», «إذ» …; `with_pronoun`: «إنه», «أنها» too (the pronoun is the clause's subject)."""
    if word_key(t) in COMPLEMENTIZERS or t.norm in COMPLEMENTIZERS:
        return True
    return with_pronoun and bool(t.enclitic) and t.norm.endswith(t.enclitic) \
        and t.norm[:-len(t.enclitic)] in COMPLEMENTIZERS


def opens_while(tokens: list[Token], k: int) -> bool:
    """«في حين», «في وقت», «في الوقت الذي» at `k`: «while», a clause's opening, no adverbial («في وقت سابق»,
    earlier, is one)."""
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    after = tokens[k + 2].norm if k + 2 < len(tokens) else ""
    return tokens[k].norm == "في" and (nxt == "حين" or nxt == "وقت" and after not in VAGUE_TIMES
                                       or nxt == "الوقت" and after == "الذي")


def vague_times(tokens: list[Token], dated: set[int]) -> set[int]:
    """Tokens of «في وقت سابق» (earlier), «في وقت لاحق», «في وقت متأخر من مساء أمس»: a time the calendar does not
    place, with the «من» that joins it to a date among the `dated` tokens."""
    out: set[int] = set()
    for k in range(len(tokens) - 2):
        if tokens[k].norm.removeprefix("و") == "في" and tokens[k + 1].norm == "وقت" \
                and tokens[k + 2].norm in VAGUE_TIMES:
            out.update(range(k, k + 3))
            if k + 4 < len(tokens) and tokens[k + 3].norm == "من" and k + 4 in dated:
                out.add(k + 3)
    return out


def is_discourse_aside(words: list[Token]) -> bool:
    """«من جهته», «بدورها», «أيضاً»: one or two words that turn the discourse, naming no party."""
    return 0 < len(words) <= 2 and all(w.norm in DISCOURSE_ASIDE_WORDS for w in words) and words[-1].norm != "من"


# what a party speaks through in an aside: «، في بيان رسمي،», «، في مؤتمر صحفي،», «، عبر تغريدة على منصة إكس،»
STATEMENT_MEANS = STATEMENTS | frozenset("بيانات مؤتمر تغريده تغريدات منشور حديث".split())
STATEMENT_ASIDE_WORDS = 5
_STATEMENT_PREPS = frozenset(("في", "عبر", "خلال", "اثناء"))


def is_statement_aside(words: list[Token]) -> bool:
    """«في بيان رسمي», «في تصريحات صحفية», «عبر تغريدة», «خلال مؤتمر صحفي في العاصمة»: how a party spoke, naming
    no act."""
    return 2 <= len(words) <= STATEMENT_ASIDE_WORDS and words[0].norm in _STATEMENT_PREPS \
        and words[1].keys[-1] in STATEMENT_MEANS


# what may follow a statement named without commas: «في بيان رسمي», «في بيان له», «في مؤتمر صحفي مشترك»
STATEMENT_QUALIFIERS = frozenset("رسمي رسميه مشترك مشتركه صحفي صحفيه صحافي صحافيه مقتضب مكتوب متلفز متلفزه تلفزيوني "
                                  "تلفزيونيه مصور مصوره له لها لهم".split())


def statement_phrase_end(tokens: list[Token], k: int) -> Optional[int]:
    """The last token of how a party spoke, named from token `k` without commas between a verb's subject and
    what the verb needs («أدانت مصر في بيان رسمي الهجوم», «حذر أردوغان في مؤتمر صحفي اليونان»), or None. A bare
    «في بيان» is left alone: «جاء في بيان الخارجية» names whose statement it is."""
    if tokens[k].norm not in _STATEMENT_PREPS or not is_statement_aside(tokens[k:k + 2]) \
            or tokens[k + 1].norm.startswith("ال"):
        return None
    end = k + 1
    while end + 1 < len(tokens) and tokens[end + 1].norm in STATEMENT_QUALIFIERS:
        end += 1
    return end if end > k + 1 else None


def describes_what(tokens: list[Token], trig) -> bool:
    """«ما وصفه بالعدوان»: the describing verb after «ما» — the describer's own word for a deed."""
    return trig.entry.id == DESCRIBE_VERB and trig.first_token > 0 and tokens[trig.first_token - 1].keys[-1] == "ما"


def conjoined_word(t: Token) -> bool:
    """The word starts with the conjunction «و/ف», split off or left on an ambiguous word whose
    stem the matcher also tried («فوصف» read as «وصف»)."""
    return t.proclitics.startswith(("و", "ف")) or (t.norm[:1] in ("و", "ف") and t.norm[1:] in t.keys)


def past_subject(verb_end: int, subject: list[NP]) -> int:
    """The last token of a verb ending at `verb_end` and of its subject named after it, if one is («طالب الجانب
    الأميركي ⟦…⟧ بالإفراج»): where what the verb asks, says or seeks begins, one token on."""
    return max([verb_end] + [np.last_token for np in subject if np.first_token > verb_end])


def plural_verb(t: Token) -> bool:
    """A perfect verb with the plural suffix «وا» («دعوا», «أشادوا»): its subject is a pronoun."""
    n = t.norm
    return len(n) > 4 and n.endswith("وا") and not t.enclitic


# singular imperfects whose stem itself ends in «ون» («تتعاون», «يتكون»), not the plural suffix
_STEMS_ENDING_IN_WN = ("عاون", "هاون", "تكون", "تلون")


def imperfect_plural_verb(t: Token) -> bool:
    """An imperfect verb with the plural suffix «ون» («يطالبون», «ويدعون»): its subject is a pronoun."""
    n = t.norm.removeprefix("و").removeprefix("ف").removeprefix("س")
    return len(n) > 4 and n[0] in "يت" and n.endswith("ون") and not n.endswith(_STEMS_ENDING_IN_WN) \
        and not t.enclitic


def prepositional_word(t: Token) -> bool:
    """The word carries «ب», «ل» or «ك», segmented or only among its readings («بمقر» read as «ب» + «مقر»)."""
    if prep_clitic(t):
        return True
    stem = t.keys[-1]
    head = t.norm[:-len(stem)] if stem != t.norm and t.norm.endswith(stem) else ""
    head = head.removesuffix("ال").lstrip("وف")
    return head in ("ب", "ل", "ك", "لل")


def prep_clitic(t: Token) -> str:
    """The prepositional proclitic (ب ل ك) of a word, if any: «بسياسته» → ب, «للرئيس» → ل, «الجانبان» → ""; a
    «بـ» written apart before a quotation is one too: «بـ«وقف تقدمها»» (a «لـ» apart is left alone: «وحدات
    تابعة لـ«فيلق القدس»» names who acts)."""
    p = t.proclitics or (t.norm if t.text.endswith("ـ") and t.norm[-1:] == "ب" and len(t.norm) <= 2 else "")
    if p.endswith("ال"):
        p = p[:-2]
    elif p.endswith("لل"):
        p = p[:-1]
    return p[-1:] if p[-1:] in ("ب", "ل", "ك") else ""


def is_count(t: Token) -> bool:
    """A number or a counting word («ثلاثة», «عشرات», «28»)."""
    return t.norm[:1].isdigit() or t.norm in COUNT_WORDS or (t.is_word and word_key(t) in COUNT_WORDS)


ARMED_SIDE_SECTORS = frozenset({"REB", "RAD", "SEP", "OPP"})


def side_of(np: NP) -> str:
    """The party a phrase stands for among a document's parties: its state, or its state's rebels or
    opposition, a side apart («YEM/REB» for the Houthis, «YEM» for the Yemeni government)."""
    return entity_side(np.entity)


def entity_side(entity) -> str:
    """`side_of` for a knowledge-base entity."""
    return f"{entity.code}/REB" if entity.sector in ARMED_SIDE_SECTORS else entity.code


def same_side(np: NP, actors: list[NP], by_sector: bool = False) -> bool:
    """`np` is of the actors' own side: their state, or with `by_sector` their state and sector (a state
    coercing its own opposition acts on another party: «أغلقت السلطات التونسية مقر حركة النهضة»)."""
    if by_sector:
        return (np.code, np.entity.sector) in {(a.code, a.entity.sector) for a in actors}
    return np.code in {a.code for a in actors}


def feminine_of(stem: str, masculine_forms: set[str]) -> bool:
    """A perfect verb in the feminine whose masculine is among the (normalised) forms: «اتهمت» of
    «اتهم», «دعت» of «دعا», «التقت» and «نفت» of «التقى» and «نفى» (normalised «التقي», «نفي»)."""
    return stem.endswith("ت") and any(stem[:-1] + end in masculine_forms for end in ("", "ا", "ي"))


def is_glue(t: Token) -> bool:
    """Words that continue a list of parties: «ومن هذه الدول», «بينها», «خاصة»."""
    return word_key(t) in LIST_GLUE or t.norm.removeprefix("و") in LIST_GLUE


APPOSITION_WORDS = 3  # words of a title before the body it names, in «X، مستشار مكتب الرئاسة، قد …»
