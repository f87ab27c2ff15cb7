"""Argument assignment: who is the actor, the recipient and the mediator of a trigger.

Written for the word orders of Arabic news: VSO («زار بيرنز بغداد»), SVO («الرياض رحبت»),
nominal events («لقاء X بـ Y», «زيارة X إلى Y», «سحب X من Y»), light verbs («قام X بمناقشة»,
«تمت مناقشة»), passives («اغتيل X», «مهددا من قبل X»), «بين X و Y», and mediation phrases
(«برعاية», «بوساطة», «في ضيافة»).
"""
from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Callable, Optional

from ..schema import Token, Trigger
from ..text.normalize import normalize
from .mentions import HONORIFICS, LEADING, NP, QUANTIFIERS, QUOTES, RELATIVES, THESE, has_article

_DOCUMENTS = frozenset("اعلان بيان قرار مرسوم امر رساله مذكره وثيقه تقرير قانون".split())  # «إعلاناً يعترف»
_IN_IT = frozenset({"فيها", "فيه", "فيهما"})
_STATEMENTS = frozenset("تصريحات تصريح كلمه خطاب مقابله بيان رساله مقال".split())  # «تصريحات لماكرون … اتهم فيها»
_STATEMENT_REACH = 25
_JOINING = frozenset("شارك شاركت شاركوا يشارك تشارك".split())
_ARRIVALS = frozenset({"core.CONSULT.arrive.verb", "core.CONSULT.visit.verb", "core.AID.arrive.verb"})
# words that may come before a light verb's subject: a count, or an honorific (normalised forms)
_BEFORE_SUBJECT = frozenset("اكثر اقل نحو حوالي قرابه زهاء الف الاف مئات عشرات مئه مائه من "
                            "صاحب السمو الجلاله الفخامه المعالي دوله سمو وفدا وفدي وفود".split())  # «عقد وفدا روسيا وأوكرانيا»
_HUNDREDS = frozenset("مئه مائه مئتين مئتان مائتين مائتان ثلاثمئه ثلاثمائه اربعمئه اربعمائه خمسمئه خمسمائه ستمئه "
                      "ستمائه سبعمئه سبعمائه ثمانمئه ثمانمائه تسعمئه تسعمائه".split())
_HOSTING_VERBS = frozenset("تستضيف يستضيف تضم يضم تستخدمها يستخدمها تتمركز يتمركز تنتشر ينتشر تؤوي".split())
_HOSTED_REACH = 26  # words after an attack trigger in which its target's garrison is named
_SAID_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"})  # acts a document can do
# «…، معلنة تقديم 1.1 مليار يورو»: a participle of announcing carries its clause's subject to the noun
ANNOUNCING_PARTICIPLES = frozenset("معلنا معلنه معلنين".split())
# «استخدمت قوات الأمن الغاز المسيل للدموع»: a light verb only of its direct object
_USING = frozenset("استخدم استخدمت استخدموا يستخدم تستخدم".split())
_LIGHT_VERBS = frozenset(
    "قام قامت قاموا قاما يقوم تقوم يقومون اجري اجرت اجروا يجري تجري عقد عقدت عقدوا يعقد تعقد "
    "اجريا اجرتا يجريان تجريان عقدا عقدتا يعقدان تعقدان شنا شنتا نفذا نفذتا "  # duals: «أن إيران والسعودية أجرتا محادثات»
    "اتم اتمت اتموا استكمل استكملت استكملوا اكمل اكملت "  # «أتمّت القوات الأرمنية انسحابها»
    "اعطي اعطت اصدر اصدرت يصدر تصدر "  # «أعطى الملك تعليماته السامية لإرسال مساعدات», «أصدر أوامره بشن ضربات»
    "سارع سارعت سارعوا يسارع تسارع بادر بادرت بادروا اكتفي اكتفت اكتفوا يكتفي تكتفي "  # «سارعت الحكومة إلى إدانة الاعتداء», «اكتفى الوزراء بإدانة العملية»
    "شن شنت شنوا يشن تشن نفذ نفذت نفذوا ينفذ تنفذ بدا بدات بدؤوا يبدا تبدا يبداون يبدؤون واصل واصلت يواصل "
    "تواصل اعلن اعلنت يعلن تعلن قرر قررت قدم قدمت قدموا يقدم تقدم ارسل ارسلت يرسل ترسل اعرب اعربت اعربوا يعرب "
    "تعرب عبرت عبروا يعبر تعبر ابدي ابدت فرض فرضت يفرض تفرض كان كانت قاد قادت يقود تقود ابقي ابقت يبقي تبقي "  # not bare «عبر», also "via"
    "اختتم اختتمت يختتم تختتم استهل استهلت يستهل تستهل انهي انهت ينهي تنهي اطلق اطلقت يطلق تطلق "
    "رفع رفعت يرفع ترفع ضاعف ضاعفت يضاعف تضاعف استانف استانفت يستانف تستانف شارك شاركت شاركوا يشارك تشارك رد ردت يرد ترد "
    "جدد جددت يجدد تجدد كرر كررت كرروا يكرر تكرر وجه وجهت وجهوا يوجه توجه سير سيرت سيروا يسير تسير "
    "امر امرت يامر تامر توصل توصلت توصلا توصلوا يتوصل تتوصل اعاد اعادت اعادا يعيد تعيد "
    "شرع شرعت شرعوا يشرع تشرع تبني تبنت تبنوا يتبني تتبني اصدر اصدرت يصدر تصدر بعث بعثت يبعث تبعث "
    "منح منحت "  # «منحت واشنطن العراق استثناءً من العقوبات» (not «ما يمنح القرار بعداً»)
    "سرع سرعت يسرع تسرع "  # «ستسرّع الولايات المتحدة إرسال ذخائر»
    "تقدمت تقدموا "  # «تقدمت مصر بطلب إلى مجلس الأمن» («تقدما» is also progress)
    "ابرم ابرمت ابرموا ابرما ابرمتا يبرم تبرم"  # «أبرمت روسيا وتركيا صفقة», «أبرم البلدان اتفاقاً»
    .split()
) | ANNOUNCING_PARTICIPLES | _USING
# verbs of a doubled root, two letters once normalised: «وحضّ», «وحثّ» are «و» + a verb, as «وزار» is
_DOUBLED_VERBS = frozenset("حث حض شن رد".split())
_GRANTING = frozenset("منح منحت".split())  # a light verb with two objects: whom, then what
# «شكّلت الحكومة لجنة تحقيق»: forming carries an inquiry only («شكلت إيران تهديداً» constitutes)
_FORMING = frozenset("شكل شكلت شكلوا".split())
_HELD = frozenset("محتجز محتجزا محتجزه محتجزين محتجزون محتجزات مسجون مسجونا مسجونين مسجونون معتقل معتقلا "
                  "معتقلين معتقلون اسري اسيرا مختطفين مختطفا رهائن".split())  # «محتجزين لدى …»
_MODEL_WORDS = frozenset({"طراز", "نوع"})  # «طائرات من طراز «إف-16»»
_APPOSITION_OPENERS = frozenset("–—-(")
# construct heads for the envoys of the parties after them («وفدا الحكومة والحوثيين», «ممثلو الفصائل»)
_REPRESENTATIVES = frozenset("وفد وفدا وفدي وفود ممثل ممثلا ممثلي ممثلو مندوب مندوبا مندوبي مندوبو".split())
_ACTING = ("القائم", "باعمال")  # «القائم بأعمال …»: acting holder of the office named next
_COPULAS = frozenset("بات باتت اصبح اصبحت صار صارت".split())  # «باتت تل أبيب …»
_ATTRIBUTING = frozenset("وفق وفقا بحسب حسب نقلا طبقا".split())  # «، وفق ما نقلته …،»
_LAUNCHED_FROM = frozenset("اطلق اطلقت اطلقه اطلقها اطلقوا انطلق انطلقت".split())  # «… أطلقت من غزة»
# what is fired: «أطلقت خمسة صواريخ من قطاع غزة باتجاه إسرائيل» — Gaza is where they came from
PROJECTILES = frozenset("صاروخ صاروخا صاروخين صواريخ قذيفه قذيفتين قذائف مسيره مسيرتين مسيرات".split())
_APPOSITION_REACH = 9  # tokens from comma to comma around names in apposition
_TIME_PREPS = frozenset("بعد قبل اثر عقب".split())  # «بعد اعتراض روسيا»: a time adverbial
_SECOND_OBJECT_REACH = 12  # tokens after a subject that may hold a second required noun, the object
_SINCE = frozenset("منذ ومنذ".split())
_ONSETS = frozenset("بدء بدايه اندلاع انطلاق".split())  # «منذ بدء الهجوم», «منذ اندلاع الحرب»
_FRAME_NOUNS = frozenset("ختام نهايه بدايه مستهل هامش اطار اعقاب اثر اختتام افتتاح".split())  # «في ختام X»
_ADVERBIAL_HEADS = frozenset("في خلال عقب بعد اثناء لدي علي عبر".split())  # «، في افتتاح المؤتمر،»
_ADVERBIAL_REACH = 14  # words of such a parenthetical, commas included
_LIGHT_VERB_REACH = 20  # tokens back from a noun to its light verb, over a long subject with titles
_ASIDE_REACH = 24  # tokens of a relative clause set off by commas between a light verb's subject and its noun
_APPROVING = frozenset("صادق صادقت صادقوا وافق وافقت وافقا وافقوا يوافق توافق اقر اقرت اجاز اجازت صوت صوتت فوض فوضت وقع وقعت".split())
_PLEDGING = frozenset("تعهد تعهدت تعهدوا يتعهد تتعهد متعهدا متعهده".split())
# what a parliament or cabinet authorises, and what a government consents to do («وافقت أرمينيا على إعادة
# أربع قرى», «وافقت السعودية على إيداع ثلاثة مليارات دولار»): the consent makes the act
_APPROVABLE = frozenset({"MOBILIZE", "SANCTION", "AID", "RETREAT", "CONCEDE"})
_ANNOUNCING = frozenset("اعلن اعلنت يعلن تعلن".split())
# light verbs whose subject does the act the noun names (not «أعلن», which may tell of another's act)
_OWN_ACT_VERBS = frozenset("سارع سارعت سارعوا يسارع تسارع بادر بادرت بادروا اكتفي اكتفت اكتفوا يكتفي تكتفي "
                           "واصل واصلت يواصل تواصل قرر قررت جدد جددت يجدد تجدد كرر كررت كرروا يكرر تكرر "
                           "استانف استانفت يستانف تستانف ضاعف ضاعفت يضاعف تضاعف شرع شرعت شرعوا يشرع تشرع".split())
_MASCULINE_BODIES = frozenset("مجلس جيش حزب اتحاد برلمان كونغرس ديوان مكتب وفد تحالف حلف".split())
_FEMININE_BODIES = frozenset("اداره حكومه وزاره خارجيه رئاسه سلطه سلطات قياده هيئه منظمه لجنه جماعه حركه جبهه "
                             "شرطه سفاره قنصليه بعثه مفوضيه محكمه نيابه".split())
_WELCOMING = frozenset("رحب رحبت رحبوا يرحب ترحب اشاد اشادت اشادوا يشيد تشيد".split())
_DRIVING = frozenset({"دفع", "دفعت"})  # «…، ما دفع المكسيك إلى إعلان قطع علاقاتها»: who was driven to it acts
_PREMISES = frozenset("سفاره قنصليه مقر مقار مبني".split())  # a mission's or a body's buildings
# what an attack strikes that belongs to someone («هدفاً للحزب», «مواقع لحزب الله»)
_TARGET_NOUNS = frozenset("هدف هدفا اهداف اهدافا موقع موقعا مواقع مقر مقرا مقرات مقار معسكر معسكرا معسكرات مخزن مخزنا مخازن "
                          "مستودع مستودعا مستودعات منشاه منشات مركز مركزا مراكز قاعده قواعد".split())
_SUFFIX_OBJECT_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # a pronoun on the verb is whom it aims at
# verbs that judge a deed: a pronoun on them is the deed («ودانتها», «ووصفته», «واعتبرتها»), not a party
JUDGING_VERBS = frozenset({"core.ACCUSE.condemn.verb", "core.ACCUSE.describe.verb"})
DEED_JUDGING = JUDGING_VERBS | {"core.ACCUSE.consider.verb"}
_CLAUSE_OPENERS = frozenset("فيما وفيما بينما وبينما كما وكما".split())  # «، فيما أكدت البحرين …»
_NEW_CLAUSE = _CLAUSE_OPENERS | frozenset("اذ حيث لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها ثم".split())  # «ورفضت الدوحة القائمة، إذ قال وزير خارجيتها …», «…، لكنه أكد»
SAYING_VERBS = frozenset("قال قالت اعلن اعلنت اكد اكدت اوضح اوضحت صرح صرحت اضاف اضافت ذكر ذكرت افاد افادت "
                         "شدد شددت اشار اشارت".split())
_DEATH_NOUNS = frozenset("مقتل مصرع اصابه".split())  # the dying, not the killing: «أعلن X مقتل Y»
_RECEIVING = frozenset("تلقي تلقت تلقوا يتلقي تتلقي تسلم تسلمت يتسلم تتسلم استلم استلمت".split())
_AGENTLESS = frozenset("تم تمت يتم تتم جري جرت".split())
_GOVERNING_VERBS = _LIGHT_VERBS | _RECEIVING | _AGENTLESS
_ISSUED_BY = frozenset("صادر صادره صادرين صادرتين صادرا".split())  # «التصريحات الصادرة عن X»
_MEDIATION = frozenset("رعايه وساطه ضيافه استضافه اشراف".split())
_PASSIVE_AGENT = frozenset({"قبل", "يد", "ايدي"})  # «من قبل X», «على يد X», «على أيدي X»
_ACCUSE_VERB = "core.ACCUSE.accuse.verb"
_BLAME_VERB = "core.ACCUSE.blame.verb"
_BLAME_IDS = ("core.ACCUSE.blame.", "core.ACCUSE.blaming.")
_BACKED = frozenset("المدعوم المدعومه المدعومين المدعومون مدعوم مدعومه مدعومين".split())  # «المدعومة من إيران»
# «الميليشيات التابعة لإيران», «القوات الموالية لروسيا»
_PLEDGE_REACH = 7  # words from «تعهد» to what is pledged
# words that open a description of the party named right before («حركة النهضة، صاحبة الكتلة الأكبر …،»)
_APPOSITIVE_HEADS = frozenset("صاحب صاحبه حليف حليفه شريك شريكه اكبر كبري ابرز اقوي احد احدي عضو".split())
_BELONGING = frozenset("تابع تابعه تابعين تابعون".split())  # owned, not merely loyal («موالية»)
_AFFILIATED = _BELONGING | frozenset("موالي مواليه موالين موالون".split())
_BY_ORDER_OF = frozenset({"بقرار", "بامر", "بحكم"})  # «بقرار من محكمة», «بأمر من الرئيس»
_ISSUED = frozenset("صدر صدرت يصدر تصدر توالت تتوالي توالي".split())  # «وصدرت إدانات عن …»
_FIRE_OF = frozenset("برصاص بنيران بقصف بقذائف بقذيفه بصاروخ بصواريخ بغاره بغارات".split())  # «برصاص X»: X fired
_BETWEEN = "بين"
_CLAUSE_BREAKS = frozenset(".;:?!")
_LIST_GLUE = frozenset("من هذه الدول منها بينها بينهم مثل خاصه وخاصه لا سيما سيما بما فيها".split())
_SYMMETRIC_FRAMES = frozenset({"meet"})
_BANNING = frozenset("حظر الحظر المفروض المفروضه".split())  # «الحظر المفروض على …»
_CONTENT_REACH = 10  # what a request asks for follows it closely, within its clause
_THREAT_REACH = 16  # what «هدد … ب» threatens with may come after a long subject and adverbials
_BOYCOTT = "مقاطعه"
_TO = "الي"  # «إلى», normalised
_MEASURE_WITHDRAWN = ("core.CONCEDE.reverse-measure.", "core.CONCEDE.postpone-measure.")
_CONTENT_TAKING = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE"})  # «اتهمت X بدعم …», «وافقت على البيع»
_LAUNCHED_BY = frozenset("شنه شنها شنته شنتها نفذه نفذها نفذته نفذتها تبناه تبناها تبنته تبنتها ارتكبه ارتكبها "
                         "ارتكبته ارتكبتها اجراه اجراها اجراهما اجرته اجرتها اجرتهما عقده عقدها عقدته عقدتها "
                         "قادها قادته قادتها يشنه تشنه يشنها تشنها ينفذه تنفذه ينفذها تنفذها يتبناه تتبناه "
                         "يتبناها تتبناها نظمه نظمها نظمته نظمتها ينظمها تنظمها "  # «تظاهرة نظمتها حركة …»
                         "يجريه تجريه يجريها تجريها "
                         # «الهجوم الذي أطلقه حفتر», «الحرب التي خاضتها», «العقوبات التي فرضتها واشنطن», «الانتقادات
                         # التي وجهها», «الدعم الذي تقدمه طهران»
                         "اطلقه اطلقها اطلقته اطلقتها يطلقه تطلقه يطلقها تطلقها خاضه خاضها خاضته خاضتها يخوضها تخوضها "
                         "فرضه فرضها فرضته فرضتها يفرضها تفرضها وجهه وجهها وجهته وجهتها يوجهها توجهها "
                         "قدمه قدمها قدمته قدمتها يقدمه تقدمه يقدمها تقدمها".split())
AGREEMENT_DOCUMENTS = frozenset("مذكره مذكرتي مذكرات تفاهم اتفاقيه اتفاقيتي اتفاقيات اتفاق اتفاقا اعلان اعلانا "
                                  "معاهده بروتوكول ميثاق وثيقه وثيقتين وثائق".split())
_PARTITIVES = frozenset("قوه قوات عناصر عنصر مسلحون مسلحين مسلح مهاجم مهاجما مهاجمون مهاجمين انتحاري انتحاريا "
                        "مقاتلون مقاتلين مقاتل افراد جنود دوريه دوريات وحده وحدات مجموعه خليه "
                        "مسلحا مقاتلا عنصرا جنديا فردا ارهابيا ارهابيين ارهابيون متشددا متشددين متشددون "
                        "مئات عشرات الاف الالاف المئات العشرات".split())  # «اقتحم مئات من أنصار التيار»
# forces a pronoun suffix gives an owner: «طائراته», «قواتها», «مقاتليه»
_FORCES = frozenset("قوات جنود طائرات مقاتلات طيران صواريخ وحدات عناصر مقاتلي مقاتلين دفاعات قاذفات مسيرات "
                    "زوارق سفن بوارج دبابات مدفعيه جيش بحريه".split())
_OWNER_PRONOUNS = frozenset({"ه", "ها", "هم"})
_THEN_WORDS = frozenset("انذاك حينذاك حينها وقتها يومها وقتذاك".split())  # «وزير الخارجية آنذاك …»
_GROUP_HEADS = frozenset("تنظيم جماعه حركه ميليشيا مليشيا ميليشيات مليشيات".split())  # «من تنظيم «القاعدة»»
# words of day-of-month phrases no date can be read from: «في التاسع والعشرين من الشهر نفسه» (the
# month is one the text named before; «في السادس عشر من أغسطس» is a date and covered by `time_spans`)
_TIME_WORDS = frozenset("الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي عشر العشرين "
                        "الثلاثين من الشهر نفسه ذاته العام السنه".split())
_TIME_INTRODUCERS = frozenset("في منذ يوم وفي فجر صباح مساء ظهر عصر ليل ليله".split())  # before a date: «فجر أمس»
_SUMMITS = frozenset("قمه القمه".split())  # a summit's host is one of its parties; talks' host may only mediate
_CLASHES = frozenset("مواجهات مواجهه اشتباكات اشتباك معارك معركه".split())
_TIME_SPANS = frozenset("وقت الوقت سنوات سنين اعوام عقود ايام اسابيع اشهر شهور فتره الفتره مرحله لحظه ساعات يوم".split())
_SAME_TIME = frozenset("ذاته ذاتها نفسه نفسها".split())  # «مساء اليوم ذاته»
_CLASH_REACH = 7  # «مقتل عشرين من جنوده في اشتباك مع …»
_HEAD_TITLES = frozenset("قائد قاده زعيم زعماء رئيس امين مبعوث وزير ملك امير عناصر مقاتلي قياديين قيادي".split())
_WHEN = frozenset("حين وحين حينما عندما وعندما".split())  # «زادت إيران الأزمة تعقيداً حين أوقفت …»: the same doer
_DECISIONS = frozenset("قرار قرارا بقرار مرسوم مرسوما خطوه".split())  # «قرار رفع اسم السودان»: a masdar follows
_TO_HIM = frozenset("اليه اليها اليهم له لها لهم".split())  # «وجهت إليه تهمة»
_IF = frozenset("اذا واذا لو ولو".split())
_CONDITION_REACH = 3  # words from «إذا» to the verb or noun it conditions («إذا لم تفرج»)
_CONTINUING = frozenset("ثم بعدما قبلما حيث وحيث كما فقد فلقد".split())  # a verb after these keeps the subject before
_BEFORE_AFTER = frozenset("قبل بعد".split())  # «قبل أن يجري اتصالا»
_CLAIMED_BY = frozenset("تبناه تبناها تبنته تبنتها يتبناه تتبناه يتبناها تتبناها".split())
_SUFFERING = frozenset("تعرض تعرضت تعرضوا يتعرض تتعرض تعرضه تعرضها".split())
_ATTRIBUTED_TO = frozenset("نسبت نسب تنسب ينسب نسبها نسبته المنسوبه منسوبه المنسوب منسوب المنسوبين".split())
_SETTING_OFF = frozenset("قرار قرارات اعلان خطوه تصريح تصريحات موقف سياسه".split())  # «أطلقها قرار ترامب»: a cause
_DID = frozenset("قام قامت قاموا قاما قامتا يقوم تقوم يقومون".split())
_BY_IT = frozenset("به بها بهما بهم".split())
_HOSTED_BY = frozenset("استضافه استضافها استضافته استضافتها رعاه رعاها رعته رعتها احتضنه احتضنها احتضنته احتضنتها".split())
_ENDING = frozenset("انتهاء انهاء وقف منع تجنب تفادي احباط ردع".split())
DURING_IT = frozenset("خلالها خلاله خلالهما اثناءها اثناءه".split())
PRONOUN_SUBJECTS = frozenset("انه انها انهم انهما وانه وانها وانهم وانهما لانه لانها بانه بانها لكنه لكنها لكنهم ولكنه ولكنها "
                             "ولكنهم".split())
_CAUSED_BY = frozenset("ناجم ناجمه ناجمين ناتج ناتجه ناتجين ناشئ ناشئه نجم نجمت نتج نتجت".split())  # «ناجمة عن»: caused by
_RESULTING = frozenset("اسفر اسفرت يسفر تسفر اثمر اثمرت يثمر تثمر تمخض تمخضت".split())  # «أسفرت عن»: resulted in
_WITH_PRONOUNS = frozenset("معه معها معهم معهما".split())  # «عقد معه محادثات»
_GATHERING = frozenset("جمع جمعت ضم ضمت يجمع تجمع يضم تضم جمعهم جمعهما ضمهم ضمهما جمعتهم جمعتهما ضمتهم ضمتهما".split())
_OBJECT_PRONOUNS = ("", "هما", "هم", "ها", "ه")  # suffixes a verb's object may take
_OBJECT_REACH = 4  # words between «على» and the party in what is protested («قرار», «زيارة»)
_DENOUNCING = frozenset("تنديدا تنديد منددين منددا".split())
# «احتجاجا على», «ضد», «هاتفين», «تطالب برحيل باقييف», «لدعوة قادة مجموعة الثماني», «واشتبك المتظاهرون
# مع الجنود», «رفضا للتقارب التركي», «هتافات مناهضة للولايات المتحدة»: what or whom a crowd protests
_PROTESTED_MARKERS = frozenset("علي ضد متهمين متهما منددين هاتفين تطالب يطالبون مطالبين مطالبه مطالبا "
                               "دعوه داعين داعيه اشتبك اشتبكوا اشتبكت رفضا رافضين مناهضه مناهض مناهضين".split())
_PROTESTED_BEFORE = frozenset("امام حول قرب خارج".split())  # «أمام سفارة استونيا»: whose building it is
_PERSON_NOUNS = frozenset("جندي جنديا جنديين جنديان جنود مدني مدنيا مدنيين مدنيون شخص شخصا اشخاص شرطي شرطيا "
                          "رجال عناصر افراد عسكري عسكريا عسكريين مواطن مواطنا مواطنين رهائن رهينه صحفي صحفيا "
                          "مهندس مهندسا عمال عاملين".split())
_COUNT_REACH = 4  # «سبعة من عناصر الشرطة الأفغانية»: a count this close before a nisba counts its people
_COUNT_WORDS = frozenset(
    "ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره ثلاث اربع خمس ست سبع ثماني تسع عشر اثنان اثنين اثنتين "
    "عشرات مئات الاف الآلاف عدد".split())
SPEECH_PARTICIPLES = frozenset("مشيرا مشيره مؤكدا مؤكده مضيفا مضيفه معتبرا معتبره لافتا لافته موضحا موضحه "
                                 "قائلا قائله واصفا واصفه معربا معربه منوها منوهه داعيا داعيه مطالبا مطالبه "
                                 "مشددا مشدده مبديا مبديه".split())
_MASCULINE_TITLES = frozenset("رئيس وزير امير ملك ولي شيخ سلطان قائد مبعوث سفير نائب مستشار زعيم امين "
                               "متحدث مدير".split())
_PRONOUNS = frozenset("ه ها هم هما هن".split())  # «رحبت به كل من …»: a pronoun object, not a phrase
_DEMONSTRATIVES = frozenset("هذه هذا تلك ذلك هاتين هذين".split())
# verbs whose «عن» introduces the act itself, not a topic («أعربت عن أسفها», «أعلن البنتاغون عن حزمة مساعدات»)
_EXPRESSING = frozenset("اعرب اعربت اعربوا يعرب تعرب معربا معربه عبر عبرت عبروا يعبر تعبر "
                        "اعلن اعلنت اعلنوا يعلن تعلن كشف كشفت يكشف تكشف".split())
_EXPRESSER_REACH = 10  # «أعرب رئيس الوزراء الهندي ناريندرا مودي عن تضامن …»: the verb may be far back
_ABOUT = frozenset("حول بشان بخصوص عن".split())
_DISCUSSION = frozenset("تطرق تطرقت الحديث الحوار النقاش المباحثات المحادثات".split())
_NOUN_PP_REACH = 6  # a masdar's prepositional complement follows it closely
_TARGETS_REACH = 8  # words from an attack (or its subject) to the owner of what it struck
_PREPS = frozenset("مع الي علي ضد من عن في لدي نحو حول بين تجاه عبر خلال".split())
# places where one receives or meets: «بمقر», «في قصر», «في مكتب», «بمبنى»
_SEATS = frozenset("مقر قصر مكتب مبني ديوان".split())
_COMPLEMENTIZERS = frozenset("ان لان بان وان فان كان يكون تكون كانت اذ حيث بينما عندما بعدما لكن".split())
_DONE_TO_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT"})  # «إعدام X Y»: X does it to Y
# sectors that suffer violence in the news but do not commit it
VICTIM_SECTORS = frozenset({"CVL", "REF"})
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})  # a state's armed organs
_AGENT_KINDS = frozenset({"country", "capital", "seat", "person", "agent", "group", "organisation"})
_MASCULINE_STATES = frozenset("عراق لبنان اردن سودان مغرب يمن بحرين".split())  # matched on a token's keys
_TOPIC_MARKERS = frozenset("اما واما".split())  # «أما X فـ…»: X is the topic and subject of what follows
# a preposition with a pronoun between a verb and its subject («تعلّق بموجبه تركيا عمليتها», «أن تنسحب
# خلالها قوات سوريا الديمقراطية», «وأكدت بدورها الخارجية»)
_ADVERBIAL_PPS = frozenset("بموجبه بموجبها خلاله خلالها خلالهما فيه فيها فيهما عليه عليها بدوره بدورها".split())
_VERB_PARTICLES = frozenset("لن لا لم قد لقد سوف".split())  # between a pronoun subject and its verb
_COPULA_SUBJUNCTIVE = frozenset("يكون تكون يكونوا يكونا تكونا".split())
_PARTICLES = _COMPLEMENTIZERS | RELATIVES | frozenset("قد لقد فقد وقد كما ثم فقط ايضا لن لا لم سوف".split())
_DENIAL = "core.REJECT.deny.verb"
_TITLE_REACH = 7  # words from a bare title to the person it names («رئيس المجلس الأعلى للدولة في طرابلس خالد المشري»)


def _prep_key(p: str) -> str:
    """A preposition as the mention finder reports it (normalised: «إلى» → «الي»)."""
    return normalize(p)


@dataclass
class Arguments:
    actor: list[NP] = field(default_factory=list)
    recipient: list[NP] = field(default_factory=list)
    mediator: list[NP] = field(default_factory=list)
    location: Optional[NP] = None
    path: list[str] = field(default_factory=list)  # which rules placed the arguments (audit)
    pronoun_actor: bool = False  # the actor is an unnamed subject or possessive pronoun
    agentless: bool = False  # «تمت مناقشة»: the text names no agent at all
    conjoined: bool = False  # the verb carrying the event continues the clause before («…، وأعلنت استدعاء»)
    governor: Optional[int] = None  # token of the light verb carrying a noun event («لم يعلن أي إجراءات لدعم»)


def _key(t: Token) -> str:
    return t.keys[-1] if t.keys else t.norm


def _is_one_of(tok: Token, verbs: frozenset) -> bool:
    return _key(tok) in verbs or tok.norm in verbs or tok.norm.removeprefix("و") in verbs


def _approving(tok: Token) -> bool:
    return _is_one_of(tok, _APPROVING)


def calls_for_it(tokens: list[Token], k: int) -> bool:
    """«دعا إليه», «دعت إليها» at `k`: a call for the event just named, i.e. who convened or organised it."""
    return tokens[k].norm.removeprefix("و") in _CALLS and k + 1 < len(tokens) and tokens[k + 1].norm in _TO_IT


_CALLS = frozenset("دعا دعت دعوا يدعو تدعو".split())
_TO_IT = frozenset("اليه اليها".split())


def _is_complementizer(t: Token, with_pronoun: bool = False) -> bool:
    """«أن», «بأن», «إذ» …; `with_pronoun`: «إنه», «أنها» too (the pronoun is the clause's subject)."""
    if _key(t) in _COMPLEMENTIZERS or t.norm in _COMPLEMENTIZERS:
        return True
    return with_pronoun and bool(t.enclitic) and t.norm.endswith(t.enclitic) \
        and t.norm[:-len(t.enclitic)] in _COMPLEMENTIZERS


def conjoined_word(t: Token) -> bool:
    """The word starts with the conjunction «و/ف», split off or left on an ambiguous word whose
    stem the matcher also tried («فوصف» read as «وصف»)."""
    return t.proclitics.startswith(("و", "ف")) or (t.norm[:1] in ("و", "ف") and t.norm[1:] in t.keys)


def _plural_verb(t: Token) -> bool:
    """A perfect verb with the plural suffix «وا» («دعوا», «أشادوا»): its subject is a pronoun."""
    n = t.norm
    return len(n) > 4 and n.endswith("وا") and not t.enclitic


def _prepositional_word(t: Token) -> bool:
    """The word carries «ب», «ل» or «ك», segmented or only among its readings («بمقر» read as «ب» + «مقر»)."""
    if prep_clitic(t):
        return True
    stem = t.keys[-1]
    head = t.norm[:-len(stem)] if stem != t.norm and t.norm.endswith(stem) else ""
    head = head.removesuffix("ال").lstrip("وف")
    return head in ("ب", "ل", "ك", "لل")


def prep_clitic(t: Token) -> str:
    """The prepositional proclitic (ب ل ك) of a word, if any: «بسياسته» → ب, «للرئيس» → ل, «الجانبان» → ""."""
    p = t.proclitics
    if p.endswith("ال"):
        p = p[:-2]
    elif p.endswith("لل"):
        p = p[:-1]
    return p[-1:] if p[-1:] in ("ب", "ل", "ك") else ""


def is_count(t: Token) -> bool:
    """A number or a counting word («ثلاثة», «عشرات», «28»)."""
    return t.norm[:1].isdigit() or t.norm in _COUNT_WORDS or (t.is_word and _key(t) in _COUNT_WORDS)


_ARMED_SIDE_SECTORS = frozenset({"REB", "RAD", "SEP", "OPP"})


def side_of(np: NP) -> str:
    """The party a phrase stands for among a document's parties: its state, or its state's rebels or
    opposition, a side apart («YEM/REB» for the Houthis, «YEM» for the Yemeni government)."""
    return f"{np.code}/REB" if np.entity.sector in _ARMED_SIDE_SECTORS else np.code


def _feminine_of(stem: str, masculine_forms: set[str]) -> bool:
    """A perfect verb in the feminine whose masculine is among the (normalised) forms: «اتهمت» of
    «اتهم», «دعت» of «دعا», «التقت» and «نفت» of «التقى» and «نفى» (normalised «التقي», «نفي»)."""
    return stem.endswith("ت") and any(stem[:-1] + end in masculine_forms for end in ("", "ا", "ي"))


def _is_glue(t: Token) -> bool:
    """Words that continue a list of parties: «ومن هذه الدول», «بينها», «خاصة»."""
    return _key(t) in _LIST_GLUE or t.norm.removeprefix("و") in _LIST_GLUE


_APPOSITION_WORDS = 3  # words of a title before the body it names, in «X، مستشار مكتب الرئاسة، قد …»
_APPOSITION_REACH = 9  # tokens from a name to the comma closing its title


class ArgumentFinder:
    """Assigns arguments for the triggers of one sentence."""

    def __init__(self, tokens: list[Token], nps: list[NP], triggers: list[Trigger],
                 boundaries: Optional[list[Trigger]] = None, time_spans: tuple[tuple[int, int], ...] = (),
                 opening: int = 0):
        self.tokens = tokens
        self.opening = opening  # tokens before it (a dateline) open no clause
        nps = [self._partitive(np) for np in nps]
        # tokens of time expressions («في السادس عشر من أغسطس/آب»), with the word that introduces them
        self.time_tokens = {k for k, t in enumerate(tokens) for a, b in time_spans if a <= t.span[0] and t.span[1] <= b}
        self.time_tokens |= {k - 1 for k in self.time_tokens if k > 0 and tokens[k - 1].norm in _TIME_INTRODUCERS}
        self.nps = nps
        self._set_triggers(triggers, boundaries)
        self.mediators = self._mediators()
        mediator_ids = {id(m) for m in self.mediators}
        # «دانت الحكومة اليمنية التصريحات على لسان وزير الإعلام»: who voices the actor's act is neither party
        voices = {id(np) for np in nps if np.first_token > 0 and tokens[np.first_token - 1].norm in ("لسان", "بلسان")}
        self.candidates = [np for np in nps if id(np) not in mediator_ids | voices]

    def _set_triggers(self, triggers: list[Trigger], boundaries: Optional[list[Trigger]]) -> None:
        self.triggers = triggers
        self.boundaries = boundaries if boundaries is not None else triggers  # what ends an argument zone
        self.trigger_tokens = {k for t in triggers for k in range(t.first_token, t.last_token + 1)}
        self.noun_trigger_tokens = {k for t in triggers if t.entry.pos == "noun"
                                    for k in range(t.first_token, t.last_token + 1)}

    def for_triggers(self, triggers: list[Trigger], boundaries: Optional[list[Trigger]] = None) -> "ArgumentFinder":
        """This sentence's finder for other triggers; what depends on the words alone is kept."""
        other = copy(self)
        other._set_triggers(triggers, boundaries)
        return other

    # -- sentence-level facts -----------------------------------------------------------------------
    def _mediators(self) -> list[NP]:
        out = []
        for np in self.nps:
            i = np.first_token - 1
            if i >= 0 and self.tokens[i].is_word and any(k in _MEDIATION for k in self.tokens[i].stem_keys):
                out.append(np)
        return out

    def _boundary_after(self, trig: Trigger) -> int:
        """First token after the trigger's argument zone: the next trigger, a sentence break, or a
        comma that opens a new clause rather than continuing a list of parties."""
        # a noun event right after a verb is its subject («وقتلت غارة أميركية … قائد فيلق القدس»), not the
        # start of another clause
        subject_noun = trig.entry.pos == "verb"
        hi = min((t.first_token for t in self.boundaries if t.first_token > trig.last_token
                  and not (subject_noun and t.first_token == trig.last_token + 1 and t.entry.pos == "noun")
                  and not self._genitive_of_required(trig, t) and not self._in_adverbial_aside(t)
                  and not (t.entry.pos == "noun" and self._after_since(t))),
                 default=len(self.tokens))
        np_starts = {np.first_token for np in self.nps}
        for k in range(trig.last_token + 1, hi):
            text = self.tokens[k].text
            if text in _CLAUSE_BREAKS:
                return k
            if text in "،," and k > trig.last_token + 1:
                nxt = k + 1
                while nxt < hi and (_is_glue(self.tokens[nxt]) or self.tokens[nxt].norm in _PREPS
                                    or self.tokens[nxt].norm in QUANTIFIERS):
                    nxt += 1  # «، مع بعض …» and «، ومن هذه الدول …» continue the clause
                # «، ويضم هذا الوفد …» opens a new clause; «، الجناح العسكري لحماس، عن …» is an apposition,
                # and so is a preposition's noun («، إلى وقف العملية»)
                after_prep = self.tokens[nxt - 1].norm in _PREPS
                # («، وفق ما نقلته …،» attributes; its «و» is no conjunction)
                if nxt not in np_starts and nxt < hi and self.tokens[nxt].norm[:1] in ("و", "ف") and not after_prep \
                        and nxt not in self.attributions \
                        and not self.tokens[nxt].norm.startswith(("وزير", "وزار", "وفد", "وكال")):
                    return k
                if nxt < hi and self.tokens[nxt].norm in SPEECH_PARTICIPLES:
                    return k  # «، مشيرا إلى أن …»: what the speaker adds is a clause of its own
                if nxt == k + 1 and nxt < hi and self.tokens[nxt].norm in RELATIVES:
                    return k  # «قتلت غارة …، الذي قالت إسرائيل إنه …»: a relative clause describes, it names no party
        return hi

    def _after_since(self, trig: Trigger) -> bool:
        """A noun that dates the clause it is in («منذ الهجوم», «منذ بدء الهجوم الروسي»)."""
        k = trig.first_token
        return k >= 1 and (self.tokens[k - 1].norm in _SINCE or k >= 2 and _key(self.tokens[k - 1]) in _ONSETS
                           and self.tokens[k - 2].norm in _SINCE)

    def _in_adverbial_aside(self, trig: Trigger) -> bool:
        """A noun set off by commas with the adverbial it heads («اتهم المجلس الأعلى للأمن، في اجتماع
        استثنائي، المغرب بـ …»): the clause goes on after it."""
        k = trig.first_token - 1
        if trig.entry.pos != "noun" or k < 1 or _key(self.tokens[k]) not in _ADVERBIAL_HEADS \
                or self.tokens[k - 1].text not in "،,":
            return False
        return any(self.tokens[j].text in "،," for j in range(trig.last_token + 1,
                                                              min(len(self.tokens), k + _ADVERBIAL_REACH)))

    def _genitive_of_required(self, trig: Trigger, other: Trigger) -> bool:
        """«حمّلت أنقرة مسؤولية تفجير إسطنبول لحزب العمال»: a noun event in the genitive of the word the
        trigger requires is part of its object and does not end its reach."""
        k = other.first_token - 1
        return other.entry.pos == "noun" and k > trig.last_token and bool(trig.entry.requires) \
            and any(key in trig.entry.requires for key in self.tokens[k].keys)

    def _clause_start(self, trig: Trigger) -> int:
        start = 0
        for t in self.triggers:
            if t.last_token < trig.first_token and t.entry.pos == "verb":
                start = t.last_token + 1
        k = trig.first_token - 1
        while k >= start:
            if self.tokens[k].text in "،," and (opening := self._apposition_opening(k, start)) is not None:
                k = opening - 1  # «وكان X، مستشار الرئيس، قد حذّر»: the title in commas belongs to X's clause
                continue
            if self.tokens[k].text in _CLAUSE_BREAKS or self.tokens[k].text in "،,":
                topic = self._topic_before_comma(k, start)
                return topic if topic is not None else k + 1
            k -= 1
        return start

    def _apposition_after(self, np: NP) -> Optional[int]:
        """The comma closing a title set off by commas right after the person `np`, or None."""
        k = np.last_token + 1
        closing = next((j for j in range(k + 1, min(len(self.tokens), k + _APPOSITION_REACH))
                        if self.tokens[j].text in "،,"), None)
        return closing if closing is not None and self._apposition_opening(closing, 0) == k else None

    def _without_appositions(self, nps: list[NP], hi: int) -> list[NP]:
        """`nps` less the titles set off by commas after a person's name before token `hi` (the
        person's, not other parties)."""
        inside = set()
        for np in nps:
            if (closing := self._apposition_after(np)) is not None and closing < hi:
                inside.update(range(np.last_token + 1, closing))
        return [np for np in nps if np.first_token not in inside]

    def _apposition_opening(self, comma: int, start: int) -> Optional[int]:
        """The comma opening a person's title that `comma` closes («ميخايلو بودولياك، مستشار مكتب
        الرئاسة الأوكرانية،»), or None."""
        title = next((np for np in self.candidates if np.last_token == comma - 1 and "agent" in np.kinds), None)
        if title is None:
            return None
        j = title.first_token - 1
        while j >= start and self.tokens[j].is_word and title.first_token - j <= _APPOSITION_WORDS:
            j -= 1  # («مستشار» before the body it serves)
        if j <= start or self.tokens[j].text not in "،," or not any(
                np.last_token == j - 1 and not np.prep and "person" in np.kinds for np in self.candidates):
            return None
        return j

    def _topic_before_comma(self, comma: int, start: int) -> Optional[int]:
        """«أما القاهرة، فكانت قد استضافت»: the start of the topic that the clause after the comma
        (opened by «ف») is about, or None."""
        if comma + 1 >= len(self.tokens) or not self.tokens[comma + 1].text.startswith("ف"):
            return None
        for j in range(comma - 1, max(start, comma - 6) - 1, -1):
            if not self.tokens[j].is_word:
                return None
            if self.tokens[j].norm in _TOPIC_MARKERS:
                return j + 1
        return None

    def _nps_between(self, lo: int, hi: int) -> list[NP]:
        return [np for np in self.candidates if lo <= np.first_token and np.last_token < hi]

    # -- assignment -------------------------------------------------------------------------------
    def assign(self, trig: Trigger) -> Arguments:
        e = trig.entry
        args = Arguments()
        hi = self._boundary_after(trig)
        after = self._nps_between(trig.last_token + 1, hi)
        lo = self._clause_start(trig)
        before = self._without_appositions([np for np in self._nps_between(lo, trig.first_token) if not np.is_place],
                                           trig.first_token)
        # «شن غارات»: a noun entry written with its light verb is a verb phrase
        first = self.tokens[trig.first_token]
        # (not after a preposition or a decision it completes: «أن قرار رفع اسم السودان من القائمة»)
        prev = self.tokens[trig.first_token - 1] if trig.first_token > 0 else None
        masdar = prev is not None and prev.is_word and (_key(prev) in _PREPS or _key(prev) in _DECISIONS)
        is_noun = e.pos == "noun" and not (trig.last_token > trig.first_token and not masdar and (
            _key(first) in _LIGHT_VERBS or first.norm in _LIGHT_VERBS))
        light = self._light_verb(trig) if is_noun else None
        governed = light is not None and light[0] == "light"  # «تشن القوات … عملية … ضد X»: a verb's reach

        # 1. actor (subject / construct complement / light verb subject)
        if e.frame == "passive":
            agent = next((np for np in after if np.prep in _PASSIVE_AGENT or self._after_passive_marker(np)), None)
            if agent:
                args.actor.extend(self._with_coordinated(agent, after))  # «من قبل إيران وميليشياتها»
                args.path.append("passive-agent")
            elif (fought := self.fought_with(trig)) is not None:
                args.actor.extend(self._with_coordinated(fought, after))  # «قتل ثلاثة في مواجهات مع قوات الأمن»
                args.path.append("clash-with")
            elif e.mode == "release" and (captor := self._captor_after(trig)) is not None:
                args.actor.append(captor)  # «أفرج عن بحارة أتراك كانوا محتجزين لدى قوات حفتر»
                args.path.append("held-by")
            subj = next((np for np in after if not np.prep and not np.is_place and np not in args.actor), None)
            if subj is None and e.mode == "release":
                # «أفرج عن ستة بحارة أتراك»: the released, after «عن»
                subj = next((np for np in after if np.prep in ("عن", "ب") and np.code and not np.is_place
                             and np not in args.actor), None)
            if subj is None and before:
                subj = before[-1] if not before[-1].prep else None
            if subj is not None:
                args.recipient.extend(self._with_coordinated(subj, after))
                args.path.append("passive-subject")
        elif e.frame == "consequence":
            # «قال المتحدث إن إسرائيل ستدفع الثمن», «إن الاعتداء الإسرائيلي لن يمر دون رد»: who is
            # to pay, or whose deed will be answered, is threatened by whoever says so
            # («البنى التحتية التابعة لحزب العمال … باتت أهدافاً مشروعة»: whose places they are)
            owner = next((np for np in reversed(before) if _prep_key(np.prep) == "ل" and np.code and np.first_token > 0
                          and _key(self.tokens[np.first_token - 1]) in _BELONGING), None)
            subj = owner or self._svo_subject(trig, before) or next(
                (np for np in reversed(before) if np.kinds[:1] == ("demonym",) and not np.prep), None) \
                or self._owner_after_that(trig, before) or self._copula_subject(trig, before) or next(
                (np for np in after if not np.prep and not np.is_place), None)  # «الاعتداء الإسرائيلي لن يمر»
            if subj is not None:
                args.recipient.extend(self._with_coordinated(subj, before + after))
                args.path.append("consequence-for")
            edge = subj.first_token if subj is not None else trig.first_token
            speaker = next((np for np in self.candidates if np.last_token < edge and not np.prep
                            and not np.is_place and np not in args.recipient), None)
            if speaker is not None:
                args.actor.append(speaker)
                args.path.append("speaker")
            else:
                args.pronoun_actor = True
        else:
            comp = self._complement(trig, after) if is_noun else None
            if light is not None and light[0] == "agentless" and comp is not None:
                light = None  # «جرى لقاء X بـ Y»: the noun names its own parties
            if light is not None and light[0] == "receiving":
                # «تلقى X اتصالا من Y», «تسلمت مصر من الإمارات متهما»: X receives, Y acts; «وتلقى اتصالا من
                # الجانب الأميركي»: the receiver is the verb's unnamed subject, whom the discourse names
                receiver = light[1]
                after_at = receiver.last_token if receiver is not None else light[2]
                giver = next((np for np in self.candidates if np.prep == "من" and np.first_token > after_at
                              and np.first_token <= trig.last_token + _NOUN_PP_REACH), None) or next(
                    # «تسلم الجيش اللبناني شحنة أسلحة أمريكية»: the nisba of what is received names its giver
                    (np for np in self.candidates if np.first_token == trig.last_token + 1 and self._is_nisba(np)), None)
                if receiver is not None or giver is not None:
                    if receiver is not None:
                        args.recipient.append(receiver)
                        if giver is not None:
                            args.actor.append(giver)
                    else:
                        # the pipeline fills the unnamed receiver as a subject, then swaps the two
                        args.pronoun_actor = True
                        args.governor = light[2]
                        args.path.append("received-by-pronoun")
                        args.recipient.append(giver)
                    args.path.append("receiving")
                    comp = None
                light = None  # (naming neither side, the verb leaves the noun to its own phrase)
            elif light is not None:
                kind, subj, verb_at = light
                args.governor = verb_at
                if kind == "agentless":
                    args.agentless = True
                    args.path.append("agentless")
                elif subj is not None and _key(self.tokens[verb_at]) in _ANNOUNCING and _key(self.tokens[trig.first_token]) in _DEATH_NOUNS:
                    args.path.append("announced-by")  # «أعلن الجيش مقتل أحد جنوده»: who tells of a death did not cause it
                elif subj is not None and subj.code is None and e.genitive == "actor" and comp is not None \
                        and comp.code and not self._is_nisba(comp) and not self._owner(subj):
                    # «أعربت وزارة الخارجية عن رفض المملكة القاطع»: the state whose act the body announces
                    args.actor.append(comp)
                    args.path.append("genitive-announced")
                elif subj is not None:
                    owner = self._owner(subj) if subj.code is None else None
                    args.actor.extend(self._with_coordinated(owner or subj, self.candidates))
                    # «شارك في مظاهرة»: taking part tells of someone's part in an event, less of the event;
                    # an adverbial «احتجاجاً على» qualifies the verb's own act («أعلنت الحركة الحداد احتجاجاً»)
                    path = "joined" if _key(self.tokens[verb_at]) in _JOINING else \
                        "adverbial" if e.id.endswith(".adverb") else "light-verb"
                    args.path.extend([path, "owner"] if owner else [path])
                    if _key(self.tokens[verb_at]) in _GRANTING and (granted := next(
                            (np for np in self.candidates if subj.last_token < np.first_token and np.last_token
                             < trig.first_token and not np.prep and np.code and np not in args.actor), None)):
                        args.recipient.append(granted)  # «منحت واشنطن العراق استثناءً»: the first object
                        args.path.append("granted-to")
                elif comp is not None and self._is_nisba(comp) and e.genitive == "actor" \
                        and not self._describes_noun_between(trig, comp):
                    # «وعقدت الجولة الخامسة من المحادثات السعودية الإيرانية»: the nisbas name the parties
                    args.actor.extend(self._adjacent_nisbas(comp, after))
                    args.path.append("genitive")
                elif kind == "light" and comp is not None and comp.code and e.genitive == "actor" \
                        and e.frame not in _SYMMETRIC_FRAMES and not self.tokens[comp.first_token].enclitic \
                        and not self._describes_noun_between(trig, comp):
                    # «أعلن قائد … الجنرال كينيث ماكنزي إتمام انسحاب القوات الأمريكية»: an announcer the
                    # text does not name leaves the act to its own doer
                    args.actor.append(comp)
                    args.path.append("genitive")
                else:
                    args.pronoun_actor = True
                    args.conjoined = self.conjoined_at(verb_at)
                if kind == "light" and e.genitive == "actor" and "light-verb" in args.path \
                        and _key(self.tokens[verb_at]) in _OWN_ACT_VERBS and comp is not None \
                        and comp.first_token == trig.last_token + 1 and comp.code and not self._is_nisba(comp) \
                        and not self.tokens[comp.first_token].enclitic and e.frame not in _SYMMETRIC_FRAMES \
                        and (comp.code not in {a.code for a in args.actor} or comp.kinds[0] == "group"):
                    # «سارع وزير الداخلية إلى اتهام حزب العمال الكردستاني», «واصلت دعم أوكرانيا»: after a verb
                    # whose subject does the act, the noun's genitive is what the act is done to
                    args.recipient.extend(self._with_coordinated(comp, after))
                    args.path.append("object-genitive")
                    after = [np for np in after if np not in args.recipient]
                elif kind == "light" and comp is not None and comp not in args.actor and e.frame not in _SYMMETRIC_FRAMES \
                        and self._describes_noun_between(trig, comp):
                    args.recipient.append(comp)  # «وقررت وقف دخول الواردات اللبنانية»: aimed at Lebanon
                    args.path.append("owner-of-object")
                elif kind == "light" and e.genitive == "recipient" and comp is not None and not self._is_nisba(comp) \
                        and comp not in args.actor:
                    args.recipient.extend(self._with_coordinated(comp, after))  # «شن الجيش قصفا … », «أعلن مقتل جنديين»
                    args.path.append("genitive")
                    after = [np for np in after if np not in args.recipient]
            elif is_noun and not args.recipient:
                if comp is None and e.event == "ASSAULT" and (doer := self._attack_by(trig, after)) is not None:
                    args.actor.extend(self._with_coordinated(doer, after))  # «غارة للتحالف», «هجوم لحركة حماس»
                    args.path.append("attack-by")
                    after = [np for np in after if np not in args.actor]
                if comp is None and e.frame == "visit" and (visitor := self._visit_by(trig, after)) is not None:
                    args.actor.append(visitor)  # «زيارة مفاجئة لرئيس الوزراء الإسرائيلي إلى سلطنة عمان»
                    args.path.append("visit-by")
                    after = [np for np in after if np is not visitor]
                if comp is not None and comp.kinds[0] in ("capital", "place") and e.frame != "visit" and (
                        e.event in ("AGREE", "CONSULT", "COOPERATE") or e.mode == "ceasefire"):
                    # «اتفاق جوبا», «محادثات جدة», «قمة العلا»: where it was held, not who held it
                    args.location = comp
                    args.path.append("named-after-place")
                    comp = None
                if comp is not None:
                    # «القصف الإسرائيلي», «الهجوم الحوثي»: an adjective after a definite noun names the agent
                    # (not a nisba describing a noun in between: «إطلاق سراح مسنتين إسرائيليتين», nor the
                    # thing an act needs: «حظر الرحلات الإيرانية» is aimed at Iran)
                    between = self.tokens[trig.last_token + 1:comp.first_token]
                    nisba = (self._is_nisba(comp) and all(t.norm.startswith("ال") for t in between)
                             and not any(e.is_required_word(t.text, t.keys) for t in between)) or (
                        self._is_definite(trig) and comp.kinds[:1] == ("group",))
                    role = args.actor if e.genitive == "actor" or nisba else args.recipient
                    if role is args.actor and not nisba and e.event in ("ASSAULT", "COERCE") and (
                            comp.entity.sector in VICTIM_SECTORS or _key(self.tokens[comp.first_token]) in _PREMISES):
                        # «استهداف المدنيين», «اقتحام القنصلية»: civilians and buildings are hit, they do not strike
                        role = args.recipient
                    # (a nisba after an indefinite noun names it: «احتجاز خفر السواحل القطري صيادين بحرينيين»)
                    obj = next((np for np in after if np.first_token == comp.last_token + 1 or (
                        np.first_token == comp.last_token + 2 and self._is_nisba(np)
                        and self._plain_noun(self.tokens[comp.last_token + 1]))), None)
                    if role is args.recipient and obj is not None and not obj.prep and obj.code \
                            and comp.kinds[0] in _AGENT_KINDS and e.event in _DONE_TO_TYPES:
                        # «إعدام طهران المواطن البريطاني», «احتجاز إيران الناقلة»: the genitive does it, the
                        # object right after it undergoes it
                        role = args.actor
                        args.recipient.append(obj)
                        args.path.append("object-of-masdar")
                    role.extend(self._with_coordinated(comp, after))
                    if nisba:  # «الاتفاق السعودي الإيراني»: adjacent nisbas name all parties
                        role.extend(np for np in self._adjacent_nisbas(comp, after) if np not in role)
                    args.path.append("genitive")
                    after = [np for np in after if np not in role]
                elif self.tokens[trig.last_token].enclitic:
                    if e.genitive == "actor":
                        args.pronoun_actor = True
                        # «أكد الوزير خلال لقائه المبعوث الأممي»: his meeting with the envoy — «his» is
                        # the clause's subject, the phrase right after the noun the other party
                        # (or after «مع»: «خلال مباحثاته مع نظيره الأمريكي»)
                        nxt = after[0] if after and after[0].first_token - trig.last_token <= (
                            2 if after[0].prep == "مع" else 1) else None
                        if nxt is not None and nxt.prep in ("", "مع") and not nxt.is_place and e.frame in ("meet", "visit"):
                            args.recipient.extend(self._with_coordinated(nxt, after))
                            earlier = any(t.last_token < trig.first_token for t in self.triggers)
                            subj = None if earlier else self._clause_subject(trig)  # «زيارة X … ولقاؤه Y»: X's
                            if subj is not None and subj not in args.recipient and (
                                    "person" in subj.kinds or subj.kinds[0] == "agent"):
                                args.actor.append(subj)
                                args.pronoun_actor = False
                    args.path.append("possessive")
            elif e.frame == "participle":
                # «…، متهمة إسرائيل بـ»: a circumstantial participle shares its clause's subject
                subj = self._clause_subject(trig)
                if subj is not None:
                    args.actor.extend(self._with_coordinated(subj, self.candidates))
                    args.path.append("clause-subject")
                else:
                    args.pronoun_actor = True
            else:
                svo = self._svo_subject(trig, before)
                # «رفعت جنوب أفريقيا دعوى … تتهم فيها إسرائيل», «أصدر بياناً يدين فيه الهجوم»: who wrote
                # the document speaks in it, and the phrase after «فيها» is the object — unless that
                # phrase is a person or an official («ندد فيه وزير الخارجية»: the subject, VSO); with
                # no «فيه» the document itself is the subject («قراراً يحمّل ولي العهد المسؤولية»)
                in_it = self._speaks_in_document(trig)
                # (statements named with their speaker are his, whoever comes after «فيها»: «تصريحات للرئيس
                # ماكرون … اتهم فيها النظام»)
                speaker = self._speaker_of_statements(trig) if in_it and svo is None else None
                # (a body or forces alone after a verb that takes an object are its object: «أصدر المهندس بياناً
                # حمّل فيه القوات الأميركية المسؤولية»; with a second phrase after them they are its subject)
                lone_object = bool(after) and after[0].kinds[0] == "agent" and not after[0].prep and trig.entry.object \
                    and not any(not np.prep and not np.is_place for np in after[1:])
                authored = svo is None and (in_it and (speaker is not None or lone_object or not (
                    after and after[0].kinds[0] in ("person", "agent"))) or not in_it and self._describes_document(trig))
                # «ثم عاد ترامب ليتهم الدوحة بـ …», «غير أن ترامب عاد بعد ساعات ليتهم»: a verb of purpose
                # shares the subject of the verb before it, named last in its clause
                if authored:
                    svo = speaker or self._clause_subject(trig)
                elif svo is None and self._purpose_verb(trig):
                    svo = before[-1] if before and not before[-1].prep else self._clause_subject(trig)
                if svo is None and (owner := self._owner_of_forces_before(trig)) is not None:
                    svo = owner  # «قال الجيش التركي إن طائراته قصفت»: the forces' owner strikes
                    args.path.append("forces-of")
                subj = None if svo is not None else self._vso_subject(trig, after)
                if self._describes_event_noun(trig):
                    subj = None  # «عملية عسكرية نوعية استهدفت مطاري أبوظبي»: the operation struck; what follows is hit
                    args.path.append("describes-noun")
                if subj is not None and _plural_verb(self.tokens[trig.last_token]):
                    subj = None  # «ودعوا هوكشتاين»: a plural verb carries its subject; the name is the object
                if subj is not None and self._continues_previous_clause(trig, after):
                    subj = None  # «فزار كوشنر السعودية، والتقى ولي العهد»: one phrase after a conjoined verb is its object
                if svo is not None:
                    args.actor.extend(self._with_coordinated(svo, self.candidates if authored else before))
                    args.path.append("document-author" if authored else "svo")
                elif subj is not None:
                    owner = self._owner(subj) if subj.code is None else None
                    args.actor.extend(self._with_coordinated(owner or subj, after))
                    args.path.extend(["vso", "owner"] if owner else ["vso"])
                    after = [np for np in after if np not in args.actor and np is not owner
                             and not (np.last_token < subj.first_token and np.code is None)]  # its title
                else:
                    governing = self._light_verb(trig)
                    if governing is not None and governing[0] == "light" and governing[1] is not None:
                        # «أعلن الجيش الأمريكي سحب قواته», «أعلنت الهند وباكستان التوصل إلى تفاهم»
                        args.actor.extend(self._with_coordinated(governing[1], self.candidates))
                        args.path.append("governing-verb")
                    else:
                        args.pronoun_actor = True
            if is_noun and not args.actor and e.genitive == "actor" and (by := next(
                    (np for np in after if self._after_passive_marker(np)
                     and np.first_token - trig.last_token <= _NOUN_PP_REACH), None)) is not None:
                args.actor.append(by)  # «تعرضت لاعتداء عدائي من قبل الميليشيا الحوثية»
                args.path.append("by-agent")
            if is_noun and not args.actor and e.event == "AID" and (carrier := self._carrier_before(trig)) is not None:
                args.actor.append(carrier)  # «عبرت شاحنات أرمينية محملة بمساعدات إنسانية إلى تركيا»
                args.path.append("carried-by")
            if is_noun and not args.actor and self._claimed(trig):
                subj = self._clause_subject(trig)
                if subj is not None:
                    args.actor.append(subj)  # «أعلن الحوثيون مسؤوليتهم عن الهجوم»
                    args.path.append("claimed-by")
            if is_noun and not any(a.code for a in args.actor):
                doer, hosted = self._resumptive_doer(trig)
                if doer is not None and hosted and not args.actor:
                    args.mediator.append(doer)  # «الهدنة التي رعتها الأمم المتحدة»
                    args.path.append("sponsored-by")
                elif doer is not None and not hosted:
                    # «هجوم شنه مسلحون صوماليون», «تفجير تبناه تنظيم داعش»; who organised a protest
                    # names it better than the crowd taking part («شارك متظاهرون في تظاهرة نظمتها …»)
                    args.actor = [doer]
                    args.path.append("launched-by")
            if is_noun and e.event in _APPROVABLE and not any(a.code for a in args.actor):
                if (approver := self._approver(trig)) is not None:
                    args.actor = [approver]  # «صادق البرلمان التركي على نشر قوات»: who approves a deployment orders it
                    args.path.append("approved-by")
                elif (pledger := self._pledger(trig)) is not None:
                    args.actor = [pledger]  # «وتعهد بايدن بتقديم مساعدات إنسانية»: the pledged act, by who pledges it
                    args.path.append("pledged-by")
                elif self._pledged(trig):
                    args.pronoun_actor = True  # «…، وتعهّد بإرسال مزيد من المساعدات»: who pledges, the discourse says
            if is_noun and not args.actor and e.genitive == "actor" and not args.pronoun_actor:
                antecedent = self._relative_antecedent(trig)
                if antecedent is not None:
                    args.actor.append(antecedent)
                    args.path.append("relative-clause")
                elif self._coordinated_with_same_type(trig):
                    args.pronoun_actor = True  # «زيارته للأردن والزيارة المرتقبة لمصر»
            if is_noun and e.genitive == "recipient" and not args.actor:
                agent = next((np for np in after if np.prep in _PASSIVE_AGENT or self._after_passive_marker(np)), None)
                if agent is not None:
                    # (also after «أعلن»: who tells of a death did not cause it, but «على يد X» names who did)
                    args.actor.append(agent)
                    args.path.append("by-agent")
                elif "announced-by" in args.path:
                    pass  # the announcer is not the doer
                elif self._repeats_noun_before(trig):
                    args.pronoun_actor = True  # «أعلنت استدعاء سفيرها …، واستدعاء السفير الإثيوبي»: the same doer
                elif before and not before[-1].prep and not before[-1].is_place \
                        and (declarer := self._declarer(before[-1])) is not None:
                    # «أعلنت المملكة أن السفير الكندي شخص غير مرغوب فيه»: one declares it of the other
                    args.actor.append(declarer)
                    args.recipient.append(before[-1])
                    args.path.append("declared-by")
                elif before and not before[-1].prep and not before[-1].is_place:
                    args.actor.extend(self._list_ending_at(before[-1], before))  # «أعلنت كل من ألمانيا وفرنسا تعليق»
                    args.path.append("clause-subject")
                elif e.event == "CONSULT" and (subj := self._clause_subject(trig)) is not None:
                    args.actor.append(subj)  # «ترأس X القمة …، بمشاركة Y»: X meets Y
                    args.path.append("clause-subject")
            if is_noun and e.mode == "phone" and not args.actor and self._during(trig):
                self._talks_around(trig, before, args)
            elif is_noun and e.event == "CONSULT" and not args.actor and (
                    self._at_the_end_of(trig) or self.tokens[trig.first_token - 1].norm == "في"):
                # «اتفق أردوغان ونظيره الروسي بوتين، في ختام محادثات …، على …»: the pair that acts held them
                subj = self._clause_subject(trig)
                pair = self._with_coordinated(subj, self.candidates) if subj is not None else []
                # (a state's rebels are a party apart: «توصل وفدا الحكومة اليمنية وجماعة الحوثي، في ختام مشاورات …»)
                partner = next((np for np in pair[1:] if np.code and side_of(np) != side_of(subj)), None)
                # («محادثات استمرت ساعات مع وفد أمريكي»; not «جولة على الحدود مع لبنان», the border's)
                with_whom = next((np for np in after if 1 <= np.first_token - trig.last_token <= 4
                                  and _prep_key(np.prep) == "مع" and np.code and not any(
                                      _key(t) in _PREPS for t in self.tokens[trig.last_token + 1:np.first_token - 1])), None)
                if with_whom is not None and subj is not None and self._at_the_end_of(trig) \
                        and with_whom.code not in {np.code for np in pair}:
                    # «أعلنت السعودية والكويت والإمارات، في ختام اجتماع رباعي مع الأردن، …»: they met Jordan
                    args.actor.extend(pair)
                    args.recipient.append(with_whom)
                    args.path.append("held-talks-with")
                elif partner is not None and self._at_the_end_of(trig):
                    args.actor.append(subj)
                    args.recipient.append(partner)
                    args.path.append("pair-at-the-end-of-talks")
                elif subj is not None and subj.code and with_whom is not None and with_whom.code != subj.code:
                    # «رفض السيسي، في مؤتمر صحفي مشترك مع المستشار الألماني، …»: who speaks at talks with
                    # someone held them with him
                    args.actor.append(subj)
                    args.path.append("speaker-at-talks")

        # 2. «بين X و Y»
        # an act by a named actor on a pair may name the pair a little further on
        between = self._between(trig, hi, reach=8 if args.actor else 6)
        if between and e.frame == "visit":
            self._visits_between(trig, between, args)
            after = [np for np in after if np not in between]
        elif between and e.mode == "ceasefire":
            # «وقف إطلاق النار الذي رعته مصر بين إسرائيل وحركة الجهاد»: both sides hold their fire; whoever
            # else the phrase names brought it about
            args.mediator.extend(np for np in args.actor if np not in between)
            args.actor, args.recipient = list(between), []
            args.path.append("between")
            after = [np for np in after if np not in between]
        elif between:
            if e.frame in _SYMMETRIC_FRAMES or e.event in ("AGREE", "COOPERATE", "CONSULT"):
                if args.actor and not set(map(id, args.actor)) & set(map(id, between)):
                    args.mediator.extend(args.actor)
                    args.actor = []
                    args.path.append("host-of-pair")
                args.actor = between[:1] + [np for np in args.actor if np not in between]
                args.recipient.extend(between[1:])
            elif args.actor and not set(map(id, args.actor)) & set(map(id, between)):
                args.recipient.extend(between)  # «رفضت القاهرة مذكرة الترسيم بين أنقرة وطرابلس»: both
            elif e.needs_recipient:
                args.recipient.extend(between)  # «القلق من التوتر بين إيران وأمريكا» aims at both; neither voices it
            else:
                if not args.actor:
                    args.actor.append(between[0])
                args.recipient.extend(between[1:])
            args.path.append("between")
            after = [np for np in after if np not in between]

        if e.event == "CONSULT" and e.frame == "meet" and is_noun and not args.actor \
                and (body := self._meeting_of(trig, after)) is not None:
            args.actor.append(body)  # «اجتماع طارئ لمجلس الأمن», «القمة الاستثنائية لمنظمة التعاون الإسلامي»
            args.path.append("meeting-of")
            after = [np for np in after if np is not body]
            args.recipient = [r for r in args.recipient if r is not body]

        # «قمة ثلاثية جمعت X و Y و Z», «اجتماعا ضم مسؤولين سعوديين وحوثيين»: who was brought together
        if e.event == "CONSULT" and is_noun and not args.actor and not args.recipient:
            gathered = self._gathered(trig, after)
            if gathered:
                args.actor, args.recipient = gathered[:1], gathered[1:]
                args.path.append("brought-together")

        # «وتوسطت مصر وقطر لإبرام هدنة بين إسرائيل وحماس»: who mediates is the mediator, the pair the parties
        if e.mode == "third-party" and e.pos == "verb" and args.actor and not between:
            pair = self._sentence_pair()
            if pair and not set(map(id, pair)) & set(map(id, args.actor)):
                args.mediator.extend(args.actor)
                args.actor, args.recipient = pair[:1], pair[1:]
                args.path.append("mediator-subject")

        # 3. recipient
        aimed = self._aimed_by_pronoun(trig)  # «حمّله»: the pronoun, not a phrase after it, is the object
        used = set(map(id, args.actor + args.recipient + args.mediator))
        if not args.recipient and e.frame not in ("passive", "consequence"):
            preps = {_prep_key(p) for p in e.preps}
            if e.frame == "visit":
                preps |= {"الي", "ل"}
            anchor = max([trig.last_token] + [np.last_token for np in args.actor if np.first_token > trig.last_token])
            reach = anchor + (_NOUN_PP_REACH if is_noun and not governed else len(self.tokens))
            rec = None
            if not is_noun and (e.object or e.frame == "visit") and not aimed:
                # «زار عبد اللهيان دمشق … وافتتح مقرا للقنصلية»: the object right after the verb's
                # subject comes before any prepositional phrase further on
                nxt = next((np for np in after if id(np) not in used), None)
                if nxt is not None and not nxt.prep and nxt.code \
                        and nxt.first_token <= anchor + 2 + self._unknown_name_after(args.actor, anchor, nxt.first_token) \
                        and nxt.code not in {np.code for np in args.actor} and nxt.kinds[0] != "demonym" \
                        and not self._titled_partner_of(nxt, args.actor) \
                        and not any(self.tokens[k].text in _CLAUSE_BREAKS or self.tokens[k].text in "،,"
                                    for k in range(anchor + 1, nxt.first_token)):
                    rec = nxt
                    args.path.append("object")
            rec = rec or next((np for np in after if id(np) not in used and np.prep and _prep_key(np.prep) in preps
                        and np.first_token <= reach
                        and not (np.prep == "من" and self._after_passive_marker(np))
                        and not (_prep_key(np.prep) == "ب" and np.kinds[0] in ("capital", "place"))
                        # («طائرات تابعة للقوات الجوية»: the owner of what is sent, not whom it is sent to)
                        and not (_prep_key(np.prep) == "ل" and _key(self.tokens[np.first_token - 1]) in _BELONGING)
                        and not self._palace_before_guest(np, after)), None)
            if rec is None and e.event == "ASSAULT":
                # «غارات على عشرين هدفاً للحزب», «قصفت مواقع لحزب الله»: whose targets were struck
                near = min(self._next_clause(trig.last_token), anchor + _TARGETS_REACH)
                rec = next((np for np in after if id(np) not in used and _prep_key(np.prep) == "ل" and np.code
                            and not np.is_place and np.first_token < near and self._owns_targets(np)), None)
                if rec is not None:
                    args.path.append("owner-of-targets")
            if rec is None and e.event != "PROTEST":
                # «عن قلقها البالغ إزاء قرارات الرئيس التونسي»: the party whose deeds the phrase names
                # (not for a protest: «احتجاجاً على تصريحات ماكرون» goes with the act it explains)
                rec = next((np for np in after if id(np) not in used and not np.prep and np.code and not np.is_place
                            and np.first_token <= reach and self._owner_of_prep_noun(np, preps)), None)
                if rec is not None:
                    args.path.append("owner-of-prep-object")
            if rec is None and is_noun and args.governor is not None and e.frame in _SYMMETRIC_FRAMES:
                # «وأجرى مع نظيره الباكستاني محادثات»: the partner named between the light verb and its noun
                rec = next((np for np in self.candidates if args.governor < np.first_token < trig.first_token
                            and id(np) not in used and _prep_key(np.prep) == "مع" and np.code), None)
            if rec is None and not is_noun and (e.object or e.frame == "visit") and not aimed:
                other_ends = {t.last_token for t in self.triggers if t is not trig}
                actor_codes = {np.code for np in args.actor if np.code}
                cut = self._next_clause(trig.last_token)  # not past «، إذ قال …»
                # (but a threat's «بقصف إيران» names whom it is aimed at)
                threatened = {t.last_token for t in self.triggers if e.event == "THREATEN" and t is not trig
                              and prep_clitic(self.tokens[t.first_token]) == "ب"}
                described = self._person_described(args.actor)
                # («هاجم مسلحون من حركة الشباب الصومالية مجمعاً»: whose gunmen they are is the subject's part)
                partitive = {a.last_token + 2 for a in args.actor
                             if a.last_token + 1 < len(self.tokens) and self.tokens[a.last_token + 1].norm == "من"}
                # («استقبل الأمير محمد بن سلمان ولي العهد نائب رئيس مجلس الوزراء، …، الرئيس بايدن»: the titles
                # right after a named subject are his, not the object)
                titles = {a.last_token + 1 for a in args.actor if "person" in a.kinds}
                objects = [np for np in after if id(np) not in used and not np.prep and np.first_token < cut
                           and np.first_token not in self.attributions and np.first_token not in described
                           and np.first_token not in partitive
                           and not (np.first_token in titles and not np.code and self._comma_after(np))
                           and not self._owner_of_a_seat(np)
                           # («ملفات تطالب فيها بتسليم الداعية غولن»: whom a document's demand is about, not whom
                           # it is put to)
                           and not (e.event == "REQUEST" and self._speaks_in_document(trig)
                                    and self._after_prepositional_masdar(trig.last_token + 1, np.first_token))
                           and (np.first_token - 1 not in other_ends  # not «غارة أميركية»'s nisba
                                or np.first_token - 1 in threatened and not self._is_nisba(np))
                           and not self._actors_own_side(np, actor_codes)
                           and not self._titled_partner_of(np, args.actor)]
                if len(objects) > 1 and objects[0].code in actor_codes and "svo" in args.path:
                    # «طهران التي استدعت وزارة خارجيتها السفير الصيني»: the subject restated after the verb
                    args.actor.append(objects.pop(0))
                rec = objects[0] if objects else None
                if rec is not None and rec.code is None and len(objects) > 1 and objects[1].code \
                        and objects[1].first_token == rec.last_token + 1:
                    # «اعتقل محققو مكتب التحقيق في فساد كبار المسؤولين الرئيس المعزول …»: an unnamed phrase
                    # right before a named one ends the subject's genitives; the named one is the object
                    rec = objects[1]
                if rec is not None:
                    args.path.append("object")
            elif rec is not None and "object" not in args.path:
                args.path.append(f"prep:{rec.prep}")
            if rec is not None:
                args.recipient.extend(self._with_coordinated(rec, after))

        if not args.recipient and args.actor and e.event in ("AGREE", "CONSULT", "COOPERATE"):
            # «وقّع وزير الخارجية الإماراتي … معاهدة السلام … بين دولة الإمارات ودولة إسرائيل»: the
            # signer's state is one of the pair, the other is its partner
            pair = self._sentence_pair()
            mine = {np.code for np in args.actor if np.code}
            if pair and mine & {np.code for np in pair}:
                args.recipient.extend(np for np in pair if np.code not in mine)
                args.path.append("partner-in-pair")
        if not args.recipient and (pair := self._dual_object(trig)):
            args.recipient.extend(np for np in pair if np not in args.actor)  # «ودعتهما إلى تغليب الحوار»
            args.path.append("dual-object")
        if not args.recipient and aimed:
            # «تقدمت مصر بخطاب إلى مجلس الأمن تدعوه فيه إلى التدخل», «أمر الكاظمي بتشكيل لجنة، لكن
            # الخزعلي حمّله المسؤولية»: the pronoun is the party named last
            mine = {np.code for np in args.actor}
            # («لبيد، الذي اتهمه …»: the party a relative clause hangs on is its subject, not «ه»)
            head = self.relative_subject(trig) if not args.actor else None
            named = [np for np in reversed(self.candidates) if np.last_token < trig.first_token and np.code
                     and not np.is_place and np is not head
                     and not any(a.first_token <= np.first_token <= a.last_token for a in args.actor)]
            # another state's party first; else a person or body of the actor's own (an intra-state charge)
            addressee = next((np for np in named if np.code not in mine), None) or next(
                (np for np in named if {"person", "agent"} & set(np.kinds) and all(
                    np.entity.identifier_id != a.entity.identifier_id or np.entity.identifier_id is None
                    for a in args.actor) and np.text not in {a.text for a in args.actor}), None)
            if addressee is not None:
                args.recipient.append(addressee)
                args.path.append("object-pronoun")

        # 3a'. talks held «معه»: with the party named last before («وقف إلى جانب بوتين …، ثم عقد معه محادثات»)
        if not args.recipient and e.frame == "meet" \
                and (with_at := next((k for k in range(max(0, trig.first_token - 3), trig.last_token + 3)
                                      if k < len(self.tokens) and self.tokens[k].norm in _WITH_PRONOUNS), None)) is not None:
            mine = {a.code for a in args.actor}
            partner = next((np for np in reversed(self.candidates) if np.last_token < with_at and np.code
                            and np.code not in mine and not np.is_place and {"person", "agent"} & set(np.kinds)), None)
            if partner is not None:
                args.recipient.append(partner)
                args.path.append("with-pronoun")

        # «…، في انتقاد جديد لأنقرة», «وفي تحذير مبطن لطهران، قال …»: a reproach or warning right after «في»
        # that names no doer is the clause subject's, as a circumstantial participle is (not a deed: «قُتلا في
        # غارة», «في اعتقال»)
        if is_noun and not args.actor and not args.agentless and e.event in ("ACCUSE", "THREATEN") \
                and e.frame == "directed" and trig.first_token > 0 \
                and _key(self.tokens[trig.first_token - 1]) == "في" \
                and (subj := self._clause_subject(trig)) is not None and subj not in args.recipient:
            args.actor.extend(self._with_coordinated(subj, self.candidates))
            args.pronoun_actor = False
            args.path.append("adverbial-of-clause-subject")

        # 3b. no recipient yet: the first other party named in the zone («رفعت واشنطن العقوبات
        # المفروضة على السودان», «هدد … باستهداف السفن المرتبطة بإسرائيل»)
        # (an attack noun with no doer too: «انفجرت قذائف هاون قرب مقر رئيس وزراء الصومال»)
        # (not for an attack verb whose object is its pronoun: «قالت إن مسلحي الحزب أعدموهم …، لكنها …
        # مع واشنطن» — its victims were named before it)
        if not args.recipient and e.frame not in ("passive", "consequence") \
                and (not is_noun or args.actor or e.event == "ASSAULT") \
                and not (e.event == "ASSAULT" and not is_noun and self._object_suffix(trig)):
            # «أضرم محتجون من أنصار التيار الصدري النار»: who the crowd are is part of the actor
            described = [np for np in after if _prep_key(np.prep) == "من" and any(
                np.first_token - a.last_token in (1, 2) and not a.code for a in args.actor)]
            args.actor = [replace(a, entity=replace(a.entity, code=described[0].code)) if described and not a.code
                          else a for a in args.actor]
            used = set(map(id, args.actor + args.mediator + described))
            actor_codes = {np.code for np in args.actor}
            parties_only = e.frame == "undirected"  # «احتشدوا قرب السفارة الإسرائيلية», not «في بغداد»
            nouns_ends = {t.last_token for t in self.triggers if t is not trig and t.entry.pos == "noun"}
            # («رفض السيسي، في مؤتمر صحفي مشترك مع المستشار الألماني، أي محاولة …»: whom one talks with)
            talks_ends = {k for t in self.triggers if t is not trig and t.entry.event == "CONSULT"
                          for k in (t.last_token, t.last_token + 1)}
            # (a crowd's protest takes its parties from the place too, wherever the sentence names it)
            cut = self._next_clause(trig.last_token) if e.event != "PROTEST" else len(self.tokens)
            fallback = next((np for np in after if id(np) not in used and np.code and np.code not in actor_codes
                             and np.first_token < cut
                             and not (self._is_nisba(np) and np.first_token - 1 in nouns_ends)  # «قتلت غارة أميركية»
                             and not self._after_passive_marker(np) and np.prep != "بين"
                             and not (np.prep == "مع" and np.first_token - 1 in talks_ends)  # talks' partner
                             and not self._backer(np) and not self._launched_from(np)
                             and not (args.location is not None and np.span == args.location.span)  # «محادثات جنيف»
                             # (where an act at home was announced from: «أعلن استقالته في كلمة ألقاها من الرياض»)
                             and not (e.self_directed and _prep_key(np.prep) in ("من", "في")
                                      and np.kinds[0] in ("place", "capital", "country"))
                             # («العقوبات الأمريكية المفروضة على سوريا» lifted are the lifter's own; but
                             # «الواردات اللبنانية» stopped are aimed at Lebanon)
                             and not (e.event != "SANCTION" and self._describes_required(e, np))
                             and not ((parties_only or (e.frame == "meet" and np.prep == "في"))
                                      and np.kinds[0] in ("place", "capital", "country", "seat"))), None)
            if fallback is not None:
                args.recipient.extend(np for np in self._with_coordinated(fallback, after) if id(np) not in used)
                args.path.append("first-party-in-clause")

        # 3c. talks, deals and truces whose parties the sentence names elsewhere with «بين X و Y»
        # («دخلت الهدنة … صفقة التبادل بين إسرائيل وحماس»)
        if not args.actor and not args.recipient and not args.agentless and (
                e.event in ("AGREE", "CONSULT", "COOPERATE") or e.mode == "ceasefire"):
            pair = self._sentence_pair()
            if pair and e.frame == "visit":
                self._visits_between(trig, pair, args)
            elif pair:
                # (a truce binds both sides alike: «الهدنة بين إسرائيل وحماس» has two actors and no target)
                args.actor, args.recipient = (list(pair), []) if e.mode == "ceasefire" else (pair[:1], pair[1:])
                args.path.append("pair-of-sentence")

        # 3d. «انضمت إلى التحالف الذي تقوده الولايات المتحدة»: who leads what is joined takes part
        if e.event == "COOPERATE" and (leader := self._leader_after(trig)) is not None \
                and leader not in args.actor + args.recipient:
            args.recipient.append(leader)
            args.path.append("led-by")

        # 3e. «جمع الوزير نظيريه الروسي والأوكراني»: who brings two parties together mediates between them
        if e.mode == "third-party" and e.pos == "verb" and args.actor and len(args.recipient) >= 2 \
                and "object" in args.path and not args.mediator \
                and not {a.code for a in args.actor} & {r.code for r in args.recipient}:
            args.mediator.extend(args.actor)
            args.actor, args.recipient = args.recipient[:1], args.recipient[1:]
            args.path.append("mediator-subject")

        # 4. location: «في X» near the trigger, or the place visited
        args.location = args.location or self._location(trig, lo, hi)
        if e.frame == "visit" and args.recipient and args.location is None:
            args.location = args.recipient[0]
        if self.mediators and (e.event in ("CONSULT", "AGREE", "COOPERATE")):
            summit = _key(self.tokens[trig.first_token]) in _SUMMITS
            for m in self.mediators:
                if summit and self._hosting(m):
                    if m not in args.actor + args.recipient:
                        args.actor.append(m)  # «القمة الثلاثية التي استضافها الرئيس الإيراني»: the host attends
                elif m not in args.mediator:
                    args.mediator.append(m)
            args.path.append("mediation-phrase")
        if is_noun and not args.actor and (source := self._source_after(trig, after)) is not None:
            # «اتهامات من حركة حماس لنتنياهو», «وصدرت إدانات مماثلة عن مصر والإمارات»: who issued them
            args.actor = self._with_coordinated(source, after)
            # (to whom: «لنتنياهو»; whom a verdict sends to prison: «عن محكمة تونسية بسجن رئيس حركة النهضة»)
            target = next((np for np in after if np.first_token > args.actor[-1].last_token
                           and np.first_token <= args.actor[-1].last_token + 2 and (np.prep == "ل" or (
                               not np.prep and e.mode == "convict" and np.code))), None)
            if target is not None and not args.recipient:
                args.recipient.append(target)
            args.recipient = [r for r in args.recipient if r not in args.actor]
            args.path.append("issued-by")
        if e.event == "ASSAULT" and not args.actor and (shooter := self._fire_of(trig)) is not None:
            args.actor.append(shooter)  # «قُتل أكثر من عشرين فلسطينيا برصاص القوات الإسرائيلية»
            args.path.append("fire-of")
        # the same party never plays two roles; a bare state picked up as object or fallback is not
        # the actor's own state («هدد نصر الله … ما لم يحصل لبنان على حقوقه»), nor is the actor's side
        # opening what it says («متوعداً بأن طهران ستنتقم»), nor its capital qualifying a noun
        # («طالب برفع الحصار عن مطار صنعاء»; but «اتهم بارزاني بغداد» aims at the capital)
        actor_codes = {np.code for np in args.actor if np.code}
        guessed = {"object", "first-party-in-clause"} & set(args.path)
        # (nor the actor's own group owning a noun: «توعد سريع بأن عمليات الجماعة ستستمر» — same state
        # and sector)
        actor_sides = {(np.code, np.entity.sector) for np in args.actor if np.code and np.entity.sector}
        args.recipient = [np for np in args.recipient if np not in args.actor and np not in args.mediator
                          and not (guessed and (self._actors_own_side(np, actor_codes) or (
                              np.kinds == ("group",) and (np.code, np.entity.sector) in actor_sides
                              and self._genitive_of_plain_noun(np))))]
        args.actor = [np for np in args.actor if np not in args.mediator]
        if e.event == "REQUEST" and is_noun and prep_clitic(first) == "ب" and args.recipient \
                and _prep_key(args.recipient[0].prep) == "من":
            # «عقد مجلس الأمن جلسة بطلب من روسيا»: at whose request — the asker is after «من»
            args.actor, args.recipient = args.recipient, args.actor
            args.path.append("at-request-of")
        actor_codes = {np.code for np in args.actor if np.code}
        if is_noun and e.genitive == "recipient" and not args.recipient and "light-verb" in args.path:
            # «أعلنت الخارجية اعتبار السفير الكندي لدى المملكة شخصاً غير مرغوب فيه»: whom the act is done to
            # stands between the light verb and the noun
            declared = next((np for np in reversed(self.candidates) if np.last_token < trig.first_token
                             and not np.prep and np.code and np.code not in actor_codes), None)
            if declared is not None:
                args.recipient = [declared]
                args.path.append("declared")
        if is_noun and e.genitive == "recipient" and not args.recipient and len(args.actor) == 1 \
                and "light-verb" not in args.path and 0 < trig.first_token - args.actor[0].last_token <= 2 \
                and all(t.text in QUOTES for t in self.tokens[args.actor[0].last_token + 1:trig.first_token]):
            # «بقرار حكومة السودان إعلان رئيس البعثة الأممية «شخصاً غير مرغوب فيه»»: the phrase right
            # before the noun is who is declared so; who declares is named before it
            declared = args.actor[0]
            declarer = next((np for np in reversed(self.candidates) if np.last_token < declared.first_token
                             and not np.prep and np.code and np.code != declared.code), None)
            args.recipient = [declared]
            args.actor = [declarer] if declarer is not None else []
            args.path.append("declared")
        if "object" in args.path and args.recipient and {r.code for r in args.recipient} <= actor_codes:
            # «دعا المتحدث باسم الجماعة وكبير مفاوضيها محمد عبد السلام أبوظبي إلى …»: the name after a
            # conjoined title is still the subject; the object is the party right after it
            last = max(r.last_token for r in args.recipient)
            nxt = next((np for np in self.candidates if last < np.first_token <= last + 1 and not np.prep
                        and np.code and np.code not in actor_codes), None)
            if nxt is not None:
                args.recipient = [nxt]
                args.path.append("object-after-subject")
        return args

    def _light_verb(self, trig: Trigger):
        """('light', subject NP or None, verb index) / ('agentless', None, index) / ('receiving', NP, index)
        when a light verb governs the noun."""
        np_tokens = {k: np for np in self.candidates for k in range(np.first_token, np.last_token + 1)}
        k = trig.first_token
        if k >= 2 and _key(self.tokens[k - 1]) in _FRAME_NOUNS and self.tokens[k - 2].norm in _PREPS:
            return None  # «وأصدر البلدان في ختام المباحثات إعلاناً»: the noun is inside an adverbial
        if self._after_since(trig):
            return None  # «فرضت واشنطن منذ بدء الهجوم عقوبات …»: since when, not what was imposed
        if k >= 1 and self.tokens[k - 1].norm in _TIME_PREPS and trig.entry.genitive == "actor" \
                and any(np.first_token == trig.last_token + 1 and not np.prep and np.code for np in self.candidates):
            return None  # «لم يتوصل المجلس إلى بيان بعد اعتراض روسيا»: when, by the party named after it
        appositions = self._appositions(max(0, trig.first_token - 2 * _LIGHT_VERB_REACH), trig.first_token, np_tokens) \
            | self._relative_asides(max(0, trig.first_token - 2 * _LIGHT_VERB_REACH), trig.first_token) \
            | self._model_names(max(0, trig.first_token - 2 * _LIGHT_VERB_REACH), trig.first_token)
        lo = max(0, trig.first_token - _LIGHT_VERB_REACH - len(appositions))  # what is set off does not count
        free = 0  # words between the light verb and the noun that are not its subject
        # a name the knowledge base lacks, right after the title it completes («المبعوثان الخاصان التركي سردار
        # كليتش والأرمني روبن روبينيان»), is part of the subject
        name_slots = {np.last_token + d for np in self.candidates if "agent" in np.kinds and "person" not in np.kinds
                      and not np.prep for d in (1, 2)}
        for k in range(trig.first_token - 1, lo - 1, -1):
            tok = self.tokens[k]
            if k in self.adverbial_asides:
                continue  # «أعلنت السعودية والكويت، في ختام اجتماع رباعي …، تقديم حزمة مساعدات»
            if k in self.time_tokens or (tok.text in "،," and ({k - 1, k + 1} & self.time_tokens)) or k in appositions \
                    or (tok.text in QUOTES and k > 0 and (_key(self.tokens[k - 1]) == "عن" or (
                        k - 1 in np_tokens or k + 1 in np_tokens or k + 1 == trig.first_token))):
                # «أعلنت الجزائر، أمس الثلاثاء، قطع علاقاتها», «في ديسمبر (كانون الأول) 2005 بخطف», «أعرب عن
                # «قلقه»», «أعلنت حركة «حماس» موافقتها», «شنّت حركة «حماس» فجر اليوم السبت هجوماً», «فرض «حصار كامل»»
                continue
            if tok.text in "،," and k == trig.first_token - 1 and k - 1 in np_tokens and not np_tokens[k - 1].prep \
                    and not conjoined_word(self.tokens[trig.first_token]):
                continue  # agency copy ends a long subject of titles with a comma: «تلقى … ولي العهد، اتصالاً»
            if not tok.is_word and not (tok.text in "/-" or tok.norm.isdigit()):
                return None  # a clause break; «منذ أبريل/نيسان 2022» is not one
            if tok.norm in _COMPLEMENTIZERS:
                return None  # «أعلن الجيش أن جنديا قتل في هجوم»: the noun is in another clause
            if k in self.noun_trigger_tokens:
                return None  # «جددت الإمارات إدانتها للهجمات»: the verb governs the first noun only
            key = _key(tok)
            bare = tok.norm[1:] if tok.norm[:1] in ("و", "ف") and len(tok.norm) > 3 else tok.norm
            if bare in _GOVERNING_VERBS:
                key = bare  # «وكان», «فقام»
            if key in _AGENTLESS or tok.norm in _AGENTLESS:
                return ("agentless", None, k) if free <= 1 else None
            if key in _RECEIVING or tok.norm in _RECEIVING:
                # the receiver follows the verb, maybe after honorifics («تلقى صاحب السمو الملكي الأمير …»)
                subj = next((np_tokens[j] for j in range(k + 1, min(k + 5, trig.first_token)) if j in np_tokens), None)
                if subj is None and all(t.is_word for t in self.tokens[k + 1:trig.first_token]):
                    return ("receiving", None, k)  # «وتلقى في الوقت نفسه اتصالا من …»: he receives
                return ("receiving", subj, k) if subj is not None and not subj.prep else None
            if (key in _USING or tok.norm in _USING) and any(
                    _key(t) in _PREPS or prep_clitic(t) for t in self.tokens[k + 1:trig.first_token + 1]):
                return None  # «طائرات مسيّرة استُخدمت في هجمات»: what is used in, not what is used
            driven = key in _DRIVING and k > 0 and self.tokens[k - 1].norm in ("ما", "مما")
            # bare «عبر» is also "via": it expresses only the noun of its «عن» («عبّر الرئيس عن قلقه»)
            voiced = key == "عبر" and any(_key(t) == "عن" for t in self.tokens[max(k, trig.first_token - 2):trig.first_token])
            if (key in _LIGHT_VERBS or tok.norm in _LIGHT_VERBS or driven or voiced
                    or (key in _FORMING and trig.entry.mode == "investigate")) and not (
                    tok.proclitics.endswith("ال") or tok.norm.startswith("ال")):
                # the subject follows the light verb, maybe after a plain noun («يواصل الأسير الفلسطيني»);
                # a word with the article is no verb («الأمر» is no «أمر»)
                # (a count or an honorific may come first: «بدأ أكثر من ألف أسير فلسطيني إضراباً»,
                # «وجّه صاحب السمو الشيخ محمد بن زايد بتقديم …»)
                q = k + 1
                while q < trig.first_token and (self.tokens[q].norm in _BEFORE_SUBJECT or self.tokens[q].norm.isdigit()
                                                or self.tokens[q].norm.removeprefix("و") in _HUNDREDS):  # «نحو ألف وخمسمائة أسير»
                    q += 1
                # (quotes around a name do not count: «أعلنت حركة «حماس» موافقتها»)
                quotes = sum(1 for t in self.tokens[k + 1:k + 5] if t.text in QUOTES)
                subj = next((np_tokens[j] for j in range(k + 1, min(max(k + 3, q + 2) + quotes, trig.first_token))
                             if j in np_tokens), None)
                if subj is None and k + 3 < trig.first_token and k + 3 in np_tokens \
                        and np_tokens[k + 3].kinds[:1] == ("demonym",) and np_tokens[k + 3].first_token == k + 3 \
                        and all(t.is_word for t in self.tokens[k + 1:k + 3]):
                    subj = np_tokens[k + 3]  # «شنّ طيران العدوان السعودي غارات»: a nisba closes the plain nouns before it
                if subj is not None and subj.prep:
                    subj = None
                if subj is None and k >= 2 and self.tokens[k - 1].norm in RELATIVES and k - 2 in np_tokens:
                    subj = np_tokens[k - 2]  # «مع قوات الأمن التي أطلقت الغاز»: the relative's antecedent
                if subj is None:
                    lo = self._clause_start(trig)
                    prev = [np for np in self.candidates if lo <= np.first_token and np.last_token < k and not np.prep]
                    # (not the object of a verb before a conjoined one: «والتقى زيلينسكي وأعلن حزمة مساعدات»)
                    subj = prev[-1] if prev and k - prev[-1].last_token <= 3 and not (
                        conjoined_word(tok) and self._object_of_verb_before(prev[-1])) else None
                    if subj is None and lo > k:
                        # «قد أعلنت رئاسة الأركان …» told SVO, with a date set off by commas after the verb
                        # («أعلنت يوم السبت، العشرين من يناير، بدء العملية بغارات»): the subject just before it
                        subj = next((np for np in reversed(self.candidates) if np.last_token < k <= np.last_token + 3
                                     and not np.prep and all(t.is_word for t in self.tokens[np.last_token + 1:k])),
                                    None)
                    fronted = next((np for np in reversed(prev) if np.first_token > 0
                                    and _is_complementizer(self.tokens[np.first_token - 1])), None)
                    if subj is not None and fronted is not None and fronted is not subj \
                            and all(t.is_word for t in self.tokens[fronted.last_token + 1:k]):
                        subj = fronted  # «أن فرنسا وشركاءها الأوروبيين سيبدأون سحب»: the clause's first phrase
                return "light", subj, k
            if k not in np_tokens and k not in self.time_tokens and tok.norm.removeprefix("و") not in _TIME_WORDS \
                    and not (k in name_slots and not has_article(tok) and _key(tok) not in _PREPS | _PARTICLES) \
                    and not (tok.norm in _BEFORE_SUBJECT or tok.norm.removeprefix("و") in _HUNDREDS):  # «نحو ألف وخمسمائة أسير»
                free += 1
                if free > 5:
                    return None
        return None

    def _object_of_verb_before(self, np: NP) -> bool:
        """A verb trigger ends right before `np`'s phrase, maybe with the phrase's own words between."""
        return any(t.entry.pos == "verb" and t.last_token < np.first_token
                   and all(tk.is_word for tk in self.tokens[t.last_token + 1:np.first_token])
                   and np.first_token - t.last_token <= 3 for t in self.triggers)

    def _relative_asides(self, lo: int, hi: int) -> set[int]:
        """Tokens of relative clauses set off by commas between `lo` and `hi` («أجرى أردوغان، الذي وصل
        إلى بغداد أمس، مباحثات»), commas included."""
        commas = [k for k in range(lo, hi) if self.tokens[k].text in "،,"]
        out: set[int] = set()
        for a, b in zip(commas, commas[1:]):
            if a + 1 < hi and self.tokens[a + 1].norm in RELATIVES and b - a <= _ASIDE_REACH:
                out.update(range(a, b + 1))
        return out

    def _adverbial_asides(self, lo: int, hi: int) -> set[int]:
        """Tokens of adverbials set off by commas between `lo` and `hi` («أعرب بلينكن، خلال مؤتمر صحفي مشترك
        مع نظيره القطري، عن …»), commas included."""
        commas = [k for k in range(lo, hi) if self.tokens[k].text in "،,"]
        out: set[int] = set()
        for a, b in zip(commas, commas[1:]):
            if a + 1 < b and _key(self.tokens[a + 1]) in _ADVERBIAL_HEADS and b - a <= _ASIDE_REACH:
                out.update(range(a, b + 1))
        return out

    def _model_names(self, lo: int, hi: int) -> set[int]:
        """Tokens of a model named after the weapon it describes, between `lo` and `hi` («شنّت مقاتلات
        تايلاندية من طراز «إف-16» غارات»): «من طراز/نوع» and the name, quoted or written in Latin letters."""
        out: set[int] = set()
        for k in range(lo, hi - 2):
            if self.tokens[k].norm != "من" or self.tokens[k + 1].norm not in _MODEL_WORDS:
                continue
            j, quoted = k + 2, self.tokens[k + 2].text in QUOTES
            while j < hi and (quoted or not self.tokens[j].norm[:1].isalpha() or self.tokens[j].text.isascii()):
                if quoted and j > k + 2 and self.tokens[j].text in QUOTES:
                    j += 1
                    break
                j += 1
            out.update(range(k, j))
        return out

    def _owner_of_a_seat(self, np: NP) -> bool:
        """The phrase completes a seat where something happens («بمقر رئاسة الجمهورية», «في قصر الإليزيه»,
        «في مكتب رئيس الوزراء»): its owner is no direct object."""
        k = np.first_token - 1
        if k < 0 or self.tokens[k].enclitic or self.tokens[k].keys[-1] not in _SEATS:
            return False
        return _prepositional_word(self.tokens[k]) or (k > 0 and self.tokens[k - 1].keys[-1] in _PREPS)

    def _comma_after(self, np: NP) -> bool:
        """A comma follows the phrase: it ends a description («…، ولي العهد نائب رئيس مجلس الوزراء، …»)."""
        return np.last_token + 1 < len(self.tokens) and self.tokens[np.last_token + 1].text in "،,"

    def _person_described(self, actor: list[NP]) -> range:
        """The tokens of a description set off by commas right after a named person who is the
        subject («طالب ياروسلاف كاتشينسكي، زعيم حزب القانون والعدالة الحاكم في بولندا، … ألمانيا»)."""
        person = next((a for a in actor if "person" in a.kinds), None)
        k = person.last_token + 1 if person is not None else len(self.tokens)
        if k >= len(self.tokens) or self.tokens[k].text not in "،,":
            return range(0)
        end = next((j for j in range(k + 1, min(len(self.tokens), k + _ADVERBIAL_REACH))
                    if not self.tokens[j].is_word), None)
        if end is None or self.tokens[end].text not in "،," or any(j in self.trigger_tokens for j in range(k, end)):
            return range(0)
        return range(k, end + 1)

    def _appositions(self, lo: int, hi: int, np_tokens: dict) -> set[int]:
        """Tokens of names set off by commas between `lo` and `hi` («عقد رؤساء إيران وروسيا وتركيا،
        رئيسي وبوتين وأردوغان، قمة»), commas included."""
        commas = [k for k in range(lo, hi) if self.tokens[k].text in "،,"]
        out: set[int] = set()
        for a, b in zip(commas, commas[1:]):
            inside = [k for k in range(a + 1, b) if self.tokens[k].norm != "و"]
            named = sum(k in np_tokens for k in inside)
            # one name the KB leaves open may be among them («رئيسي» is also "main")
            if 0 < b - a <= _APPOSITION_REACH and named and len(inside) - named <= 1:
                out.update(range(a, b + 1))
            elif inside and _key(self.tokens[a + 1]) in _ADVERBIAL_HEADS and b - a <= _ADVERBIAL_REACH \
                    and not any(k in self.trigger_tokens for k in inside):
                out.update(range(a, b + 1))  # «أعلن الأمير، في افتتاح المؤتمر، تخصيص مليار دولار»
            elif inside and a - 1 in np_tokens and _key(self.tokens[a + 1]) in _APPOSITIVE_HEADS \
                    and b - a <= _ADVERBIAL_REACH and not any(k in self.trigger_tokens for k in inside):
                out.update(range(a, b + 1))  # «وسارعت حركة النهضة، صاحبة الكتلة الأكبر في البرلمان، إلى وصف …»
        return out

    def _partitive(self, np: NP) -> NP:
        """«قوة من الشرطة العراقية», «مهاجما انتحاريا من حركة طالبان»: the party a force or a fighter
        comes from is the one that acts, so its phrase can be a subject."""
        if np.prep != "من":
            return np
        # «11 مسلحا من تنظيم «القاعدة»»: the «من» may stand before the group's head noun and a quote
        k = np.first_token - 1
        while k > 0 and _key(self.tokens[k]) != "من" and (self.tokens[k].text in QUOTES or _key(self.tokens[k]) in _GROUP_HEADS):
            k -= 1
        return replace(np, prep="") if self._partitive_from(k) else np

    def _partitive_from(self, k: int) -> bool:
        """Token `k` is the «من» of «قوة من …», «مهاجما انتحاريا من …»."""
        return k >= 1 and _key(self.tokens[k]) == "من" and any(
            _key(t) in _PARTITIVES or t.norm in _PARTITIVES for t in self.tokens[max(0, k - 2):k])

    def conjoined_at(self, k: int) -> bool:
        """The verb at `k` is joined to the clause before it: «وزار», «فرفض», «ثم استدعت», «قبل أن
        يجري», «بعدما التقى», «حين أوقفت»."""
        tok = self.tokens[k]
        prev = self.tokens[k - 1].norm if k > 0 else ""
        return (tok.norm[:1] in ("و", "ف") and (len(tok.norm) > 3 or tok.norm[1:] in _DOUBLED_VERBS)) \
            or prev in _CONTINUING or prev in _WHEN \
            or (prev == "ان" and k > 1 and self.tokens[k - 2].norm in _BEFORE_AFTER)

    def _source_after(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """The party after «من/عن» right after a noun of what is said («اتهامات من X», «إدانات مماثلة
        عن X»), for accusations, or for any statement that «صدر» (was issued)."""
        issued = trig.first_token > 0 and _key(self.tokens[trig.first_token - 1]) in _ISSUED
        if not issued and trig.entry.event != "ACCUSE":
            return None
        np = next((np for np in after if trig.last_token < np.first_token <= trig.last_token + 3), None)
        if np is None or _prep_key(np.prep) not in ("من", "عن") or not np.code or np.is_place:
            return None
        between = self.tokens[trig.last_token + 1:np.first_token - 1]
        return np if all(t.is_word and t.norm.startswith(("م", "ال")) for t in between) else None

    def _fire_of(self, trig: Trigger) -> Optional[NP]:
        """The party named after «برصاص/بنيران/بقصف» in the trigger's clause: whose fire it was (forces the
        text does not place, «برصاص قوات الأمن», are the state's the discourse names)."""
        hi = self._boundary_after(trig)
        return next((np for np in self.candidates if trig.last_token < np.first_token < hi
                     and (np.code or np.kinds[:1] == ("agent",) and np.entity.sector in FORCE_SECTORS)
                     and self.tokens[np.first_token - 1].norm in _FIRE_OF), None)

    @cached_property
    def _clause_commas(self) -> list[int]:
        """Commas that open a new clause («، إذ», «، حيث», «، فيما»)."""
        return [j for j in range(len(self.tokens) - 1)
                if self.tokens[j].text in "،," and self.tokens[j + 1].norm in _NEW_CLAUSE]

    def _set_off(self, opens: Callable[[Token], bool], reach: int) -> list[tuple[int, int]]:
        """(comma, closing comma) around each phrase set off by commas whose first word `opens` it."""
        out = []
        for j in range(len(self.tokens) - 1):
            if self.tokens[j].text in "،," and opens(self.tokens[j + 1]):
                end = next((q for q in range(j + 2, min(len(self.tokens), j + 2 + reach)) if not self.tokens[q].is_word), None)
                if end is not None and self.tokens[end].text in "،,":
                    out.append((j, end))
        return out

    @cached_property
    def adverbial_asides(self) -> frozenset[int]:
        """Tokens of an adverbial set off by commas, commas included («، في ختام اجتماع رباعي مع الأردن،»):
        the clause goes on across it."""
        return frozenset(k for j, end in self._set_off(lambda t: _key(t) in _ADVERBIAL_HEADS, _ADVERBIAL_REACH - 1)
                         for k in range(j, end + 1))

    @cached_property
    def attributions(self) -> frozenset[int]:
        """Tokens of an attribution set off by commas («، وفق ما نقلته وسائل الإعلام الرسمية،», «، بحسب
        الوكالة،»): its source is no party to the clause around it."""
        return frozenset(k for j, end in self._set_off(lambda t: t.norm in _ATTRIBUTING, _APPOSITION_REACH)
                         for k in range(j + 1, end))

    def clause_end(self, trig: Trigger) -> int:
        """Where the trigger's clause ends: the next comma that opens a new clause, or the end."""
        return self._next_clause(trig.last_token)

    def _next_clause(self, k: int) -> int:
        """The first comma after token `k` that opens a new clause, or the end."""
        return next((j for j in self._clause_commas if j > k), len(self.tokens))

    def _carrier_before(self, trig: Trigger) -> Optional[NP]:
        """«شاحنات أرمينية محملة بمساعدات», «طائرتان عسكريتان مصريتان محمّلتان بأسلحة»: the state of the
        vehicles loaded with the aid sends it."""
        k = trig.first_token - 1
        if k < 1 or not self.tokens[k].norm.startswith("محمل"):
            return None
        return next((np for np in self.candidates if np.code and not np.prep and not np.is_place
                     and k - 3 <= np.last_token < k), None)

    def _captor_after(self, trig: Trigger) -> Optional[NP]:
        """«كانوا محتجزين لدى قوات حفتر», «اللذين كانا مسجونين في إيران»: who held the released, named
        after a word of captivity."""
        starts = {t.first_token for t in self.triggers}
        for k in range(trig.last_token + 1, len(self.tokens) - 1):
            if self.tokens[k].text in _CLAUSE_BREAKS or k in starts:
                return None  # (a captivity told of another act is that act's)
            if _key(self.tokens[k]) in _HELD or self.tokens[k].norm in _HELD:
                return next((np for np in self.candidates if np.code and np.first_token in (k + 1, k + 2)
                             and np.prep in ("لدي", "في")), None)
        return None

    def _describes_required(self, entry, np: NP) -> bool:
        """`np` is a nisba right after the word the entry needs («الواردات اللبنانية», «العقوبات الأمريكية»):
        it describes the object, and is neither the subject nor the party the act is aimed at."""
        k = np.first_token - 1
        return bool(entry.requires) and k >= 0 and np.kinds[:1] == ("demonym",) \
            and any(key in entry.requires for key in self.tokens[k].keys)

    def _backer(self, np: NP) -> bool:
        """«الميليشيا الحوثية المدعومة من إيران», «التابعة لإيران»: who backs a party named before, not a
        party to the act."""
        i = np.first_token - 1 - (self.tokens[np.first_token - 1].norm == "من")  # «من» apart or as a clitic
        if np.prep == "من" and i >= 0 and _key(self.tokens[i]) in _BACKED:
            return True
        # (a party's patron, not the owner of what is struck: «مواقع عسكرية تابعة للحكومة السورية»)
        k = np.first_token - 1
        return np.prep == "ل" and k > 0 and _key(self.tokens[k]) in _AFFILIATED and has_article(self.tokens[k]) \
            and any(other.last_token == k - 1 and other.code for other in self.candidates)

    def _launched_from(self, np: NP) -> bool:
        """«قذائف أطلقت من الأراضي السورية»: where a missile was fired from, not what it hit."""
        lo = max(0, np.first_token - 3)
        return any(self.tokens[k].norm == "من" and (_key(self.tokens[k - 1]) in _LAUNCHED_FROM
                                                      or k == np.first_token - 1 and _key(self.tokens[k - 1]) in PROJECTILES)
                   for k in range(max(1, lo), np.first_token)) \
            or (np.prep == "من" and np.first_token > 0 and _key(self.tokens[np.first_token - 1]) in _LAUNCHED_FROM)

    def _after_passive_marker(self, np: NP) -> bool:
        """«من قبل X», «على يد X», and «بقرار من X» («أُطلق سراح القس بقرار من محكمة تركية»)."""
        i = np.first_token - 1
        return i >= 1 and (_key(self.tokens[i]) in _PASSIVE_AGENT and self.tokens[i - 1].norm in ("من", "علي", "ومن")
                           or self.tokens[i].norm == "من" and self.tokens[i - 1].norm in _BY_ORDER_OF)

    def _resumptive_doer(self, trig: Trigger) -> tuple[Optional[NP], bool]:
        """The subject of «شنه/نفذه/تبناه» (the doer) or «رعاها/استضافها» (a host) right after an
        event noun; (phrase, is_host)."""
        k, end = trig.last_token + 1, min(len(self.tokens), trig.last_token + 4)
        while k < end:
            tok = self.tokens[k]
            if tok.text in QUOTES and (close := self._quote_end(k)) is not None:
                # over the event's name: «مناورات "الولاية 97" البحرية التي ينفذها الجيش»
                k, end = close + 1, min(len(self.tokens), close + 4)
                continue
            if not tok.is_word:
                return None, False
            verb = tok.norm.removeprefix("و")
            if verb in _DID and k + 1 < end and self.tokens[k + 1].norm in _BY_IT:
                # «زيارة قام بها رئيس الأركان التركي إلى موسكو»: who did it follows «قام بها»
                np = next((np for np in self.candidates if np.first_token in (k + 2, k + 3) and not np.prep), None)
                return np, False
            if tok.norm in _LAUNCHED_BY or verb in _LAUNCHED_BY or verb in _HOSTED_BY:
                # (a word may come first: «أطلقه المشير خليفة حفتر», «عقده وفدا البلدين»; not a decision or a
                # statement, which sets off what follows: «موجة الرفض التي أطلقها قرار الرئيس الأميركي»)
                np = next((np for np in self.candidates if not np.prep and (np.first_token == k + 1 or (
                    np.first_token == k + 2 and _key(self.tokens[k + 1]) not in _SETTING_OFF))), None)
                nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
                if np is None and verb in _LAUNCHED_BY and nxt is not None and (
                        k + 1 in self.time_tokens or _key(nxt) in _PREPS):
                    # «في ختام مباحثات أجراها اليوم مع نظيره المغربي»: no doer after the verb; its pronoun
                    # is the clause's subject
                    np = self._clause_subject(trig)
                    np = np if np is not None and np.code else None
                return np, verb in _HOSTED_BY
            if calls_for_it(self.tokens, k):  # «إضراب عام دعا إليه الاتحاد العام للشغل»: who called it
                np = next((np for np in self.candidates if np.first_token in (k + 2, k + 3) and not np.prep), None)
                return np, False
            if verb in _ATTRIBUTED_TO:  # «غارة جوية نسبت إلى إسرائيل», «الهجمات المنسوبة للحوثيين»
                np = next((np for np in self.candidates if np.first_token in (k + 1, k + 2)
                           and _prep_key(np.prep) in ("الي", "ل")), None)
                return np, False
            k += 1
        # «لاعتداء أسفر عن مقتل ثلاثة جنود، وقد تبناه تنظيم …»: a claim later in the sentence
        for k in range(trig.last_token + 1, len(self.tokens)):
            if any(t.first_token == k and t.entry.event == trig.entry.event for t in self.triggers):
                break  # another attack: the claim may be its
            verb = self.tokens[k].norm.removeprefix("و")
            if verb in _CLAIMED_BY or verb in _ATTRIBUTED_TO:
                np = next((np for np in self.candidates if np.first_token in (k + 1, k + 2, k + 3)
                           and (not np.prep or _prep_key(np.prep) in ("الي", "ل"))), None)
                return np, False
        return None, False

    def _declarer(self, subject: NP) -> Optional[NP]:
        """The subject of the saying verb before «أن X» (X the phrase given), when X opens the
        clause said, or None."""
        k = subject.first_token - 1
        if k < 1 or self.tokens[k].keys[-1] not in ("ان", "بان"):
            return None
        return next((np for np in self.candidates if np.last_token < k and not np.prep and not np.is_place
                     and np.code and np.code != subject.code), None)

    def _quote_end(self, k: int) -> Optional[int]:
        """The closing quote of a short quoted name opened at `k` (up to six words), or None."""
        return next((j for j in range(k + 1, min(len(self.tokens), k + 8)) if self.tokens[j].text in QUOTES), None)

    def forces_hosted_at_target(self, trig: Trigger) -> Optional[NP]:
        """«استهدف الحرس الثوري قاعدة العديد التي تستضيف قوات أمريكية», «قاعدة في أربيل تتمركز فيها
        قوات أمريكية»: the forces the struck place hosts, named in the clause after the trigger."""
        for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + _HOSTED_REACH)):
            tok = self.tokens[k]
            if not tok.is_word and tok.text in ".،,؛;":
                return None
            if tok.norm.removeprefix("و") in _HOSTING_VERBS:
                return next((np for np in self.candidates if k < np.first_token <= k + 3 and not np.prep
                             and np.code and np.entity.sector == "MIL"), None)
        return None

    def sufferer(self, trig: Trigger) -> Optional[NP]:
        """«تعرضت دورية للجيش العراقي لهجوم», «بتعرض السيستاني لمحاولة اغتيال»: who suffered the act."""
        lo = self._clause_start(trig)
        for k in range(trig.first_token - 1, max(lo - 1, trig.first_token - 10), -1):
            if self.tokens[k].norm.lstrip("وفب") in _SUFFERING or self.tokens[k].norm in _SUFFERING:
                after = [np for np in self.candidates if k < np.first_token and np.last_token < trig.first_token
                         and _prep_key(np.prep) in ("", "ل")]
                if after:
                    return after[0]
                before = [np for np in self.candidates if np.last_token < k and not np.prep and k - np.last_token <= 2]
                return before[-1] if before else None
        return None

    def _relative_antecedent(self, trig: Trigger) -> Optional[NP]:
        """«التحركات الأميركية … والتي ستشمل انسحابا»: the phrase a relative clause hangs on."""
        for k in range(trig.first_token - 1, max(-1, trig.first_token - 4), -1):
            tok = self.tokens[k]
            if not tok.is_word:
                return None
            if tok.norm in RELATIVES:
                prior = [np for np in self.candidates if np.last_token < k and k - np.last_token <= 5 and not np.prep]
                return prior[-1] if prior else None
        return None

    def subject_before_possessive(self, trig: Trigger) -> list[NP]:
        """«أكدت الكويت تضامنها مع …», «أكدت البحرين والإمارات وقوفهما مع …»: the subject of the
        clause's opening verb, right before a noun whose possessive pronoun names it, or []."""
        if not self.tokens[trig.first_token].enclitic:
            return []
        # (an adverbial may open after it: «فيما اكتفى وزراء خارجية الاتحاد، في اجتماعهم في لوكسمبورغ»)
        gap = trig.first_token
        while gap > 0 and trig.first_token - gap < 2 and (self.tokens[gap - 1].text in "،," or (
                self.tokens[gap - 1].is_word and _key(self.tokens[gap - 1]) in ("في", "خلال"))):
            gap -= 1
        np = next((np for np in self.candidates if np.last_token in (trig.first_token - 1, gap - 1)), None)
        subject = [np] if np is not None else []
        while subject and subject[0].coordinated and self.tokens[trig.first_token].enclitic in ("هما", "هم"):
            before = next((np for np in self.candidates if np.last_token == subject[0].first_token - 1), None)
            if before is None:
                break
            subject.insert(0, before)
        if not subject or any(np.prep or not np.code or np.is_place for np in subject) \
                or subject[0].coordinated or subject[0].first_token < 1:
            return []
        verb, opener = self.tokens[subject[0].first_token - 1], subject[0].first_token - 2
        if not verb.is_word or verb.proclitics.endswith("ال") or verb.norm.startswith("ال"):
            return []
        return subject if opener < 0 or not self.tokens[opener].is_word or self.tokens[opener].norm in _CLAUSE_OPENERS \
            else []

    def relative_clause_head(self, k: int) -> Optional[NP]:
        """«أردوغان، الذي تتولى بلاده الرئاسة … ودعا إلى قمة»: the phrase whose relative clause the
        word at `k` is in (no comma between them), or None."""
        for r in range(k - 1, -1, -1):
            tok = self.tokens[r]
            if not tok.is_word:
                return None
            if tok.norm in RELATIVES:
                end = r - 2 if r >= 2 and self.tokens[r - 1].text in "،," else r - 1
                return next((np for np in self.candidates if np.last_token == end and not np.prep), None)
        return None

    def relative_subject(self, trig: Trigger) -> Optional[NP]:
        """«لبيد، الذي اتهمه …», «السلطات التي اعتقلت …»: the coded party (not a place) that a relative
        pronoun right before a perfect verb hangs on, a comma between them or not, whatever preposition
        governs it — when the verb agrees with the pronoun in gender, so that the party is its subject
        (not «زيارة … إلى المملكة، التي التقى خلالها …»); or None."""
        r = trig.first_token - 1
        if r < 0 or trig.entry.pos != "verb":
            return None
        pronoun = self.tokens[r].norm.removeprefix("و")
        if pronoun not in ("الذي", "التي"):
            return None
        # the verb is the trigger's first word («فرضت» of «فرضت عقوبات»), perhaps with an object pronoun
        tok = self.tokens[trig.first_token]
        word = tok.norm[len(tok.proclitics):]
        firsts = {normalize(f).split()[0] for f in trig.entry.forms}
        stems = [word[:len(word) - len(suffix)] for suffix in _OBJECT_PRONOUNS if word.endswith(suffix)]
        if word.startswith("ي") or any(stem.startswith("ت") and "ي" + stem[1:] in firsts for stem in stems):
            return None  # an imperfect tells what the party does, not an act
        feminine = any(_feminine_of(stem, firsts) for stem in stems)
        if feminine != (pronoun == "التي"):
            return None
        end = r - 2 if r >= 2 and self.tokens[r - 1].text in "،," else r - 1
        return next((np for np in self.candidates if np.last_token == end and np.code and not np.is_place), None)

    def _repeats_noun_before(self, trig: Trigger) -> bool:
        """«استدعاء سفيرها للتشاور، واستدعاء السفير الإثيوبي», «تجميد اختصاصات البرلمان وإعفاء رئيس
        الحكومة»: another act of the same doer joined to the one before (not «مقتل ثلاثة وإصابة اثنين»,
        one attack told twice)."""
        if not self._coordinated_with_same_type(trig):
            return False
        before = [t for t in self.triggers if t.last_token < trig.first_token and t.entry.pos == "noun"]
        return bool(before) and (before[-1].entry.event != "ASSAULT" or bool(
            set(self.tokens[before[-1].first_token].keys) & set(self.tokens[trig.first_token].keys)))

    def _coordinated_with_same_type(self, trig: Trigger) -> bool:
        tok = self.tokens[trig.first_token]
        if not tok.norm.startswith("و"):
            return False
        prev = [t for t in self.triggers if t.last_token < trig.first_token]
        if not prev or trig.first_token - prev[-1].last_token > 6:
            return False
        # a purpose «للتشاور» in between is part of the phrase before («استدعاء سفيرها للتشاور، واستدعاء السفير …»)
        prev = [t for t in prev if not (
            t.entry.pos == "verb" and self.tokens[t.first_token].proclitics.lstrip("وف").startswith("ل"))]
        if not prev:
            return False
        # «زيارته للأردن والزيارة المرتقبة لمصر»; «قطع علاقاتها مع الدوحة وإغلاق المنافذ»
        return prev[-1].entry.event == trig.entry.event or prev[-1].entry.pos == "noun"

    def is_nested_content(self, trig: Trigger) -> bool:
        """What a request or threat asks for («طالبت … دعم الانتخابات», «هدد بقصف …») or what a signed
        text is for («مذكرة تفاهم للتعاون الأمني») reports no event of its own."""
        tok = self.tokens[trig.first_token]
        # «اتهمت X بدعم …», «اتهم إيران بشن «هجوم» …»: what one is accused of, with «ب» on the noun or
        # on the light verb governing it
        light = next((k for k in range(trig.first_token - 1, max(-1, trig.first_token - 3), -1)
                      if self.tokens[k].text not in QUOTES), None)
        charged = prep_clitic(tok) == "ب" or (light is not None and prep_clitic(self.tokens[light]) == "ب"
                                              and self.is_light_verb(light))
        if trig.entry.event == "COOPERATE" and (prep_clitic(tok) == "ل" or tok.norm.startswith("لل")) and any(
                key in AGREEMENT_DOCUMENTS for t in self.tokens[max(0, trig.first_token - 3):trig.first_token]
                for key in t.stem_keys):
            return True
        if self._in_condition_of_threat(trig):
            return True
        k = trig.first_token
        if k >= 2 and self.tokens[k - 1].norm in ("علي", "على") and not _BANNING.isdisjoint(self.tokens[k - 2].keys):
            return True  # «رفع الحظر المفروض على بيع الأسلحة إلى فيتنام»: what is banned is not done
        for t in self.triggers:
            if t.entry.id == _DENIAL and any(_is_complementizer(self.tokens[k], with_pronoun=True)
                                             for k in range(t.last_token + 1, trig.first_token)):
                continue  # «نفى الجيش أن يكون قد قصف المستشفى»: the denied act is still reported, denied
            if t.entry.event == "ACCUSE" and (t.entry.mode != "allege" or not charged):
                continue  # «اتهمت X بدعم …» is content; «أدانت الهجوم», «ندد بالعقوبات» report what they condemn
            if t.entry.event == "AGREE" and trig.entry.event in _APPROVABLE and \
                    self.tokens[t.first_token].norm.removeprefix("و") in _PLEDGING:
                continue  # «تعهد بتقديم مساعدات»: the pledged aid is the event
            if t.entry.event == "AGREE" and trig.entry.event in _APPROVABLE and _approving(self.tokens[t.first_token]):
                continue  # «وافق الأسد على فتح معبرين», «وافقت السعودية على إيداع مليارات»: consenting to an act makes it
            if t.entry.id.startswith(_MEASURE_WITHDRAWN) and trig.entry.event == "SANCTION" \
                    and self._in_content_of(t, trig.first_token):
                return True  # «يرجئ فرض رسوم جمركية»: the measure put off is not imposed
            if t.entry.event == "AGREE" and not (
                    0 < trig.first_token - t.last_token <= 3
                    and any(self.tokens[k].norm in ("علي", "على") or prep_clitic(self.tokens[k]) == "ب"
                            for k in range(t.last_token, trig.first_token + 1))):
                continue  # «وافقت على البيع» is content; a clause after «تنص الصفقة على هدنة …» is not
            # «هدد ترامب في مقابلة هاتفية مع شبكة … اليوم بقصف إيران»: «هدد … ب» reaches over adverbials
            reach = _THREAT_REACH if t.entry.event == "THREATEN" and charged else _CONTENT_REACH
            if t.entry.event in _CONTENT_TAKING and self._in_content_of(t, trig.first_token, reach):
                return True
        return False

    def calls_for_boycott(self, request: Trigger) -> bool:
        """«دعا أردوغان الأتراك إلى مقاطعة المنتجات الأميركية», «طالبوا بمقاطعة»: the request's content
        is a boycott (after «إلى/ب/ل», so never the province «مقاطعة ألبرتا»)."""
        return any(self.tokens[k].keys[-1] == _BOYCOTT and self._in_content_of(request, k)
                   and (prep_clitic(self.tokens[k]) in ("ب", "ل") or self.tokens[k - 1].norm == _TO)
                   for k in range(request.last_token + 1, len(self.tokens)))

    def _in_content_of(self, head: Trigger, first: int, reach: int = _CONTENT_REACH) -> bool:
        """The word at `first` follows `head` closely, within its clause: what `head` asks for,
        threatens or charges (a comma setting off a time is no break: «دعا لودريان، الأحد الماضي، إلى
        اجتماع طارئ»)."""
        return head.last_token < first \
            and sum(self.tokens[k].is_word and k not in self.time_tokens
                    for k in range(head.last_token + 1, first)) < reach \
            and not any(self.tokens[k].text in _CLAUSE_BREAKS or (
                self.tokens[k].text in "،," and not {k - 1, k + 1} & self.time_tokens)
                        for k in range(head.last_token, first))

    def _in_condition_of_threat(self, trig: Trigger) -> bool:
        """«هدد ترامب بأن «جحيماً» سيحل إذا لم تفرج حماس عن الرهائن»: the condition a threat sets is
        no event of its own."""
        if not any(t.entry.event == "THREATEN" and t.last_token < trig.first_token for t in self.triggers):
            return False
        words = [t.norm for t in self.tokens[max(0, trig.first_token - _CONDITION_REACH):trig.first_token]]
        return any(w in _IF for w in words) or any(a == "ان" and b == "لم" for a, b in zip(words, words[1:]))

    def _is_definite(self, trig: Trigger) -> bool:
        return self._is_definite_at(trig.first_token)

    def _is_definite_at(self, k: int) -> bool:
        tok = self.tokens[k]
        return "ال" in tok.proclitics or tok.norm.startswith("ال") or tok.proclitics.endswith("لل")

    def is_topic_of_discussion(self, trig: Trigger) -> bool:
        """«مناقشة الاتفاق»: a noun that is what another event is about names no event of its own."""
        k = trig.first_token - 1
        if k < 0 or trig.entry.pos != "noun":
            return False
        if any(t.last_token == k and t.entry.event == "CONSULT" and t is not trig for t in self.triggers):
            return True
        if self.tokens[k].norm in _DEMONSTRATIVES:
            return True  # «هذه المحادثات», «هذه الزيارة»: the event was reported before
        prev = self.tokens[k]
        if (prev.norm in _ABOUT or _key(prev) in _ABOUT) and not self._claimed(trig) and not (
                _key(prev) == "عن" and (self._expressed(k) or (trig.entry.event != "ASSAULT" and any(
                    _key(t) in _RESULTING for t in self.tokens[max(0, k - 6):k])) or (
                    k >= 1 and _key(self.tokens[k - 1]).removeprefix("ال") in _CAUSED_BY))):
            return True  # «حول الاتفاق», «بشأن الهجوم» — but «مسؤوليته عن الهجوم» claims it, «أعربت الرياض
            # عن أسفها» expresses it, «أسفرت الوساطة عن إفراج روسيا عن …» reports what came of it, and
            # «انفجارات ناجمة عن ضربة إسرائيلية» what caused it
        if prev.norm in _ENDING or _key(prev) in _ENDING:
            return True  # «انتهاء التهديد», «منع الهجمات», «تجنب التصعيد»: what is ended or prevented
        if prev.norm in ("الي", "الى") and any(_key(t) in _DISCUSSION for t in self.tokens[max(0, k - 3):k]):
            return True  # «تطرق الحديث إلى التعاون»
        return False

    def _expressed(self, k: int) -> bool:
        """A verb of expressing («أعرب», «عبّر») shortly before the «عن» at `k`, over an aside set off by
        commas («أعرب بلينكن، خلال مؤتمر صحفي مشترك مع نظيره القطري في الدوحة، عن امتنان …»)."""
        aside = self._relative_asides(max(0, k - 4 * _EXPRESSER_REACH), k) \
            | self._adverbial_asides(max(0, k - 4 * _EXPRESSER_REACH), k)
        reach = [j for j in range(k - 1, -1, -1) if j not in aside][:_EXPRESSER_REACH]
        return any(_key(self.tokens[j]) in _EXPRESSING for j in reach)

    def _complement(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """The construct complement («لقاء رئيس …») or a nisba right after the noun («القصف الإسرائيلي»)."""
        tok = self.tokens[trig.last_token]
        definite = ("ال" in tok.proclitics or tok.norm.startswith("ال") or tok.proclitics.endswith("لل")
                    or bool(tok.enclitic))
        for np in after:
            # «مقتل أحد جنوده»: a quantifier is part of the complement
            gap = sum(1 for t in self.tokens[trig.last_token + 1:np.first_token] if t.norm not in QUANTIFIERS)
            inherited = gap == 0 and np.kinds[:1] == ("demonym",) and not prep_clitic(self.tokens[np.first_token])
            if gap == 0 and np.prep == "ل" and not definite and trig.entry.frame == "meet":
                return np  # «اجتماع لوزراء خارجية الدول الأربع», «قمة لقادة الخليج»: who meets
            if np.prep and not inherited:  # «بالاتفاق السعودي»: the nisba's «ب» is the noun's own
                return None
            if gap == 0 and not definite:
                return np
            words = [t for t in self.tokens[trig.last_token + 1:np.first_token] if t.text not in QUOTES]
            if not definite and len(words) == 1 and words[0].norm in _HEAD_TITLES:
                return np  # «اغتيال قائد «فيلق القدس»»: a construct chain through a title
            nisba = self._is_nisba(np)
            if np.kinds and (nisba or np.kinds[0] == "group") and gap <= (2 if nisba else 0) and not any(
                    prep_clitic(t) for t in self.tokens[trig.last_token + 1:np.first_token]):
                return np  # «الانسحابات العسكرية الأميركية», but not «التهديد لحليفها السعودي»
            return None
        return None

    def _attack_by(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """An armed group, alliance or force with «ل» right after an indefinite attack noun is who
        made the attack («غارة للتحالف», «هجوم لتنظيم داعش»); a state so placed may be its victim
        («ضربة لإيران»)."""
        if self._is_definite(trig):
            return None
        np = next((np for np in after if np.first_token == trig.last_token + 1), None)
        if np is None or np.prep != "ل" or not np.code:
            return None
        armed = np.kinds[0] in ("group", "organisation") or (np.kinds[0] == "agent" and np.entity.sector == "MIL")
        return np if armed else None

    def _visit_by(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """An official with «ل» right after an indefinite visit noun, or after its adjective, is the
        visitor («زيارة مفاجئة لرئيس الوزراء»); a state so placed is where one goes («زيارة لإيران»)."""
        if self._is_definite(trig):
            return None
        k = trig.last_token + 1
        if k < len(self.tokens) and self.tokens[k].is_word and not self.tokens[k].proclitics:
            k += 1  # «زيارة مفاجئة», «زيارة رسمية»
        np = next((np for np in after if np.first_token == k), None)
        if np is None or np.prep != "ل" or not np.code or not any(
                _prep_key(o.prep) == "الي" for o in after if o.first_token > np.last_token):
            return None  # (a visit without a destination is the occasion of something else)
        return np if np.kinds[0] in ("person", "agent") else None

    def _meeting_of(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        """A body, or its members, with «ل» right after a meeting noun or its adjective is who meets
        («اجتماع طارئ لمجلس الأمن», «القمة الاستثنائية لمنظمة التعاون الإسلامي»)."""
        k = trig.last_token + 1
        if k < len(self.tokens) and self.tokens[k].is_word and self.tokens[k].proclitics in ("", "ال") \
                and not any(np.first_token == k for np in after):
            k += 1  # «اجتماع طارئ», «القمة الاستثنائية»
        np = next((np for np in after if np.first_token == k), None)
        if np is None or np.prep != "ل" or not np.code:
            return None
        return np if np.kinds[0] in ("organisation", "agent") else None

    def _owner(self, np: NP) -> Optional[NP]:
        """«قوات بحرية تابعة للحرس الثوري», «المتحدث العسكري باسم جماعة الحوثيين»: the party an uncoded
        force or spokesman belongs to or speaks for."""
        k = np.last_token + 1
        if k < len(self.tokens) and self.tokens[k].norm == "باسم":
            return next((o for o in self.candidates if o.first_token == k + 1 and o.code), None)
        if k >= len(self.tokens) or _key(self.tokens[k]) not in _BELONGING:
            return None
        return next((o for o in self.candidates if o.first_token == k + 1 and _prep_key(o.prep) == "ل"), None)

    def _owner_of_forces_before(self, trig: Trigger) -> Optional[NP]:
        """«أعلنت إسرائيل أن قواتها قتلت», «قال الجيش إن طائراته قصفت»: a verb whose subject is forces
        with a pronoun, right after «أن/إن», is done by the speaker the pronoun refers to."""
        k = trig.first_token
        if k < 2 or not _is_complementizer(self.tokens[k - 2]):
            return None
        forces = self.tokens[k - 1]
        if not forces.enclitic or forces.enclitic not in _OWNER_PRONOUNS \
                or not any(key in _FORCES for key in forces.stem_keys):
            return None
        return next((np for np in reversed(self.candidates) if np.last_token < k - 2 and not np.prep
                     and np.code and not np.is_place), None)

    def _svo_subject(self, trig: Trigger, before: list[NP]) -> Optional[NP]:
        """A subject fronted after «أن/إن/كان …» or at the head of the clause: «أن يكون X قد أطلع»; a
        person's title set off by commas between them does not part them («وكان X، مستشار الرئيس، قد حذّر»)."""
        owner = None
        closing = None  # the comma that closes a title in apposition
        if before:
            closing = self._apposition_after(before[-1])
        if len(before) >= 2 and self._owner(before[-2]) is before[-1]:
            owner, before = before[-1], before[:-1]  # «الطيران الحربي التابع للجيش شن»: the owner qualifies the subject
        if not before or before[-1].prep or before[-1].first_token < self.opening:
            return None  # (nor is the dateline's city the subject: «الدوحة - أطلق الحرس الثوري …»)
        np = before[-1]
        start = closing + 1 if closing is not None else owner.last_token + 1 if owner is not None else np.last_token + 1
        between = [t for t in self.tokens[start:trig.first_token] if t.is_word]
        if len(between) > 2 or not all(t.norm in _PARTICLES for t in between):
            return None
        if any(t.norm in RELATIVES for t in between):
            return np  # «إدارة الرئيس بايدن التي رحبت»
        while np.coordinated and len(before) >= 2 and before[-2].last_token + 1 == np.first_token \
                and not before[-2].prep:
            before = before[:-1]  # «أن السيسي وبن سلمان اتفقا»: the subject is the whole list
            np = before[-1]
        k = np.first_token - 1
        if np.kinds[:1] == ("demonym",):
            # «إن طائرات حربية إسرائيلية شنت»: the nisba closes a phrase of plain nouns
            for _ in range(2):
                if k >= 0 and self.tokens[k].is_word and self.tokens[k].norm not in _PARTICLES \
                        and not any(t.first_token <= k <= t.last_token for t in self.triggers):
                    k -= 1
        if self._partitive_from(k):
            k -= 1  # «إن مهاجما انتحاريا من حركة طالبان فجر»: over the fighter the party sent
            for _ in range(2):
                if k >= 0 and self.tokens[k].is_word and self.tokens[k].norm not in _PARTICLES:
                    k -= 1
        if k >= 0 and self.tokens[k].is_word and self.tokens[k].norm in _REPRESENTATIVES:
            k -= 1  # «أن وفدي الحكومة اليمنية وجماعة الحوثي اتفقا»: those who speak for the parties
        while k >= 0 and self.tokens[k].is_word and self.tokens[k].keys[-1] in HONORIFICS and "person" in np.kinds:
            k -= 1  # «لكن المشير خليفة حفتر حمّله»: a rank before the name is part of the subject
        if k >= 0 and self.tokens[k].norm in THESE:
            k -= 1  # «وأن هذه الدول سترسل»
        while k >= 0 and self.tokens[k].is_word and (self.tokens[k].norm in _PARTICLES or _key(self.tokens[k]) in _PARTICLES):
            if _is_complementizer(self.tokens[k]):
                return np  # (with its conjunction too: «وكان نتنياهو قد التقى»)
            k -= 1
        if k < 0 or not self.tokens[k].is_word or self.tokens[k].norm in _TOPIC_MARKERS:
            return np  # clause-initial subject, or one fronted by «أما» («أما القاهرة، فكانت قد استضافت»)
        return None

    def first_person_plural(self, trig: Trigger) -> bool:
        """The trigger is a verb in the first person plural as listed («نتفاوض», «سنرد»): a form «نـ» whose
        third person «يـ» (or its plural «يـون») is listed too, unlike the perfects «نفى», «ندد», «ناشد»."""
        if trig.entry.pos != "verb" or trig.first_token != trig.last_token:
            return False
        listed = {normalize(f) for f in trig.entry.forms}
        forms = {f for f in listed if f.startswith("ن") and ("ي" + f[1:] in listed or "ي" + f[1:] + "ون" in listed)}
        return any(k in forms or (k.startswith("سن") and k[1:] in forms) for k in self.tokens[trig.first_token].keys)

    def unnamed_subject_before(self, trig: Trigger) -> bool:
        """«قال … إن السفينتين رفضتا …»: the verb's subject is a noun after «إن/أن» that names no
        party, so the verb does not continue the discourse topic."""
        k = trig.first_token
        if k < 2 or any(np.first_token <= k - 1 <= np.last_token for np in self.candidates):
            return False
        subject, comp = self.tokens[k - 1], self.tokens[k - 2]
        return subject.is_word and has_article(subject) and comp.norm in _COMPLEMENTIZERS

    def opens_sentence(self, trig: Trigger) -> bool:
        """The trigger is the sentence's first word after any dateline."""
        return trig.first_token == self.opening

    def opening_speaker(self) -> Optional[NP]:
        """«وفي كلمته، أعلن الأمير محمد بن سلمان أن …»: the named party who speaks in the sentence's
        opening clause, maybe after an adverbial set off by a comma, or None."""
        k = self.opening
        comma = next((j for j in range(k, min(len(self.tokens), k + _ADVERBIAL_REACH))
                      if self.tokens[j].text in "،,"), None)
        if comma is not None and k < len(self.tokens) and _key(self.tokens[k]) in _ADVERBIAL_HEADS | _PREPS:
            k = comma + 1
        if k >= len(self.tokens) or not self.tokens[k].is_word:
            return None
        verb = self.tokens[k]
        bare = verb.norm[1:] if verb.norm[:1] in ("و", "ف") and len(verb.norm) > 3 else verb.norm
        if bare not in SAYING_VERBS or verb.enclitic:
            return None
        np = next((np for np in self.candidates if np.first_token == k + 1), None)
        if np is None or np.prep or not np.code or np.is_place \
                or not {"person", "agent", "group", "organisation"} & set(np.kinds):
            return None
        return np

    def opening_subject(self) -> Optional[NP]:
        """«وفي بيروت، ترأس ميقاتي اجتماعاً …»: the named person or official right after the sentence's
        opening verb (maybe after an adverbial set off by a comma), or None."""
        k = self.opening
        comma = next((j for j in range(k, min(len(self.tokens), k + _ADVERBIAL_REACH))
                      if self.tokens[j].text in "،,"), None)
        if comma is not None and k < len(self.tokens) and _key(self.tokens[k]) in _ADVERBIAL_HEADS | _PREPS:
            k = comma + 1
        return self._named_subject_after(k)

    def _named_subject_after(self, k: int) -> Optional[NP]:
        """The named person or official right after the word at `k` read as a verb, or None."""
        if k >= len(self.tokens) or not self.tokens[k].is_word or has_article(self.tokens[k]) \
                or k in self.noun_trigger_tokens or _key(self.tokens[k]) in _PREPS | _PARTICLES \
                or self.tokens[k].norm in RELATIVES:
            return None
        np = next((np for np in self.candidates if np.first_token == k + 1), None)
        return np if np is not None and not np.prep and np.code and {"person", "agent"} & set(np.kinds) else None

    def is_light_verb(self, k: int) -> bool:
        """The word at `k` is a light verb («سيأمر», «وأعلن»)."""
        tok = self.tokens[k]
        return tok.is_word and (tok.keys[-1] in _LIGHT_VERBS or tok.norm in _LIGHT_VERBS)

    def speaker_is_subject(self, k: int) -> bool:
        """The verb at token `k` has the speaker as its subject: it follows «أنه/إنها/لكنه …», maybe
        with a negation or «قد» between («إنه لن يلتقي»), or «أن يكون (قد)» («نفى الجيش أن يكون قد قصف»)."""
        j = k - 1
        # (a quotation may open on the verb: «قال إنه «قلق للغاية» من …»)
        while j >= 0 and (self.tokens[j].norm in _VERB_PARTICLES or self.tokens[j].text in QUOTES):
            j -= 1
        if j >= 0 and self.tokens[j].norm in PRONOUN_SUBJECTS:
            return True
        words = [t.norm for t in self.tokens[max(0, k - 3):k]]
        if words[-1:] == ["قد"]:
            words = words[:-1]
        return len(words) >= 2 and words[-1] in _COPULA_SUBJUNCTIVE and words[-2] in ("ان", "وان", "بان")

    def _vso_subject(self, trig: Trigger, after: list[NP]) -> Optional[NP]:
        if not after:
            return None
        if self.speaker_is_subject(trig.first_token) or self.first_person_plural(trig):
            # «أعلنت الوزارة أنها أسقطت», «نفى الجيش أن يكون قد قصف», «نرفض أي تدخل»: the subject is the speaker
            return None
        first = after[0]
        if first.prep and trig.entry.id in _ARRIVALS:
            # «وصلت إلى مطار دمشق أمس طائرة مساعدات عراقية»: where one arrives may come before who
            bare = next((np for np in after[1:4] if not np.prep and not np.is_place), None)
            if bare is None or any(not t.is_word for t in self.tokens[trig.last_token + 1:bare.first_token]):
                return None
            return bare
        gap = [t for t in self.tokens[trig.last_token + 1:first.first_token]]
        if _prep_key(first.prep) == "ل" and len(gap) == 2 and all(t.is_word for t in gap) \
                and _key(gap[1]) in _BELONGING and not prep_clitic(gap[0]) and _key(gap[0]) not in _PREPS:
            # «أطلقت سفن تابعة لخفر السواحل الروسي النار»: what belongs to a party acts as that party
            return first
        if [t.norm for t in gap[-2:]] == list(_ACTING) and "agent" in first.kinds:
            gap = gap[:-2]  # «دعا القائم بأعمال المندوب الأميركي»: the acting envoy is the envoy
        if gap and gap[-1].text in QUOTES and first.kinds[:1] in (("group",), ("organisation",)):
            gap = gap[:-1]  # a group's quoted name is still the subject («ندد «حزب الله» بالإجراءات»)
        if not first.prep and gap and gap[-1].text in _APPOSITION_OPENERS and 1 <= sum(t.is_word for t in gap) <= 3 \
                and all(t.is_word or t.text in QUOTES for t in gap[:-1]):
            # «رحبت دول «الترويكا» – الولايات المتحدة وبريطانيا والنرويج – بـ…»: the parties set off after a
            # name the knowledge base lacks are that name
            return first
        # a person may come after a long title the knowledge base does not know («استقبل قائد الثورة
        # الإسلامية آية الله علي خامنئي»)
        if first.prep or len(gap) > (6 if first.kinds[:1] == ("person",) else 3) or any(not t.is_word for t in gap):
            return None
        if any(t.norm not in _ADVERBIAL_PPS and ((prep_clitic(t) and t.norm[1:] not in _PRONOUNS) or (
                _key(t) in _PREPS and not (t.norm == "من" and i and (gap[i - 1].norm in ("كل", "عدد")
                                                                    or self._partitive_from(trig.last_token + 1 + i)))))
               for i, t in enumerate(gap)):
            return None  # the phrase sits inside a prepositional phrase («أشادوا بسياسته الداخلية»)
        if any(k in self.trigger_tokens for k in range(trig.last_token + 1, first.first_token)):
            return None
        if gap and trig.entry.event in _SAID_TYPES - {"AGREE"} and _key(gap[0]) in _DOCUMENTS \
                and (has_article(gap[0]) or gap[0].enclitic) and first.kinds[:1] != ("demonym",):
            # «وحمّل البيان إسرائيل المسؤولية», «ودعا البيان …»: the statement speaks; the party is its
            # object (a nisba describes the document instead: «رفضه القرار الأميركي»)
            return None
        if trig.entry.id in DEED_JUDGING and len(gap) == 1 and _key(gap[0]) in _STATEMENTS \
                and not has_article(gap[0]) and not gap[0].enclitic:
            return None  # «وصف تصريحات أردوغان بأنها «مجنونة»»: whose words are judged, not who judges them
        # a nisba describing the required noun is the subject's when that noun comes again after it: «أسقطت
        # مقاتلة أميركية … طائرة مسيرة تركية» (not when it is conjoined: «جمّدت أصول الإدارة وأصول أسدي»)
        describes_required = self._describes_required(trig.entry, first)
        subjects_noun = describes_required and any(
            trig.entry.is_required_word(t.text, t.keys) and not conjoined_word(t)
            for t in self.tokens[first.last_token + 1:first.last_token + 1 + _SECOND_OBJECT_REACH])
        if trig.entry.requires and not subjects_noun and any(
                k in trig.entry.requires and not self._is_definite_at(j) and not self._partitive_from(j + 1)
                for j, t in enumerate(gap, trig.last_token + 1) for k in t.keys):
            # «علقت عضوية سوريا»: the required object came first; Syria is its genitive (a definite
            # object takes none: in «ووقع البيان مساعد العيبان وعلي شمخاني» the names are the subject)
            return None
        if first.kinds[:1] == ("demonym",) and any(_key(t) == "اي" for t in gap[1:]):
            return None  # «ونفى وجود أي مواقع إسرائيلية»: the nisba describes what is denied, not who denies it
        if describes_required and not subjects_noun:
            return None  # «وأوقفت كل الواردات اللبنانية»: the nisba describes the object the verb needs
        nxt = first.last_token + 1
        if nxt < len(self.tokens) and not any(np.first_token == nxt for np in self.candidates) and (
                trig.entry.id == _ACCUSE_VERB and prep_clitic(self.tokens[nxt]) == "ب"
                or trig.entry.id == _BLAME_VERB and trig.entry.is_required_word(self.tokens[nxt].text, self.tokens[nxt].keys)
                and not any(np.first_token > nxt and _prep_key(np.prep) == "ل" for np in self.candidates)):
            # «قبل أن تتهم بريطانيا بالضلوع في …», «وحمّلت إيران المسؤولية»: the charge or the blame follows
            # the accused, not the accuser (unless «ل» names whom it is laid on: «حمّل الجيش مسؤولية … للحكومة»)
            return None
        if first.is_place and first.kinds and first.kinds[0] == "place":
            return None
        if trig.entry.event == "CONSULT" and any(t.norm in DURING_IT for t in gap):
            return None  # «التقى خلالها كبار المسؤولين»: the visitor is the subject, the phrase the object
        if first.agent_phrase and first.agent_phrase.startswith("نظير"):
            return None  # «والتقى نظيره العماني»: the counterpart is the other party, never the subject
        if self.feminine_verb(trig) and self.masculine_person(first):
            return None  # «واستقبلت الرئيس الإيراني»: a feminine verb's subject is not a man; he is the object
        if first.first_token == trig.last_token + 1 and trig.entry.pos == "verb" and trig.entry.frame != "visit" \
                and conjoined_word(self.tokens[trig.first_token]) \
                and self._masculine_verb(trig) and (self._feminine_state(first) or self._feminine_body(first)):
            # «وطالب موسكو وواشنطن بالوفاء», «ودعا الإدارة الأميركية إلى …»: a state or a body named by a
            # feminine noun right after a conjoined masculine verb is its object (without the conjunction
            # the word may be a masdar: «وجاء رفض القاهرة»)
            return None
        if first.first_token == trig.last_token + 1 and trig.entry.pos == "verb" \
                and conjoined_word(self.tokens[trig.first_token]) and self.feminine_verb(trig) and self._masculine_body(first):
            # «…، ودعت مجلس الأمن الدولي إلى التدخل»: a body named by a masculine noun right after a conjoined
            # feminine verb is its object
            return None
        if trig.entry.frame == "visit" and first.kinds[:1] and first.kinds[0] in ("capital", "country", "place") \
                and len(first.kinds) == 1:
            # «وزار الكويت والدوحة»: a bare state or city after «زار» is where, not who; who may follow
            # it («وزار دمشق وزراء خارجية الإمارات والأردن»)
            visitor = after[1] if len(after) > 1 else None
            if visitor is not None and not visitor.prep and visitor.first_token == first.last_token + 1 \
                    and ("person" in visitor.kinds or visitor.kinds[0] == "agent"):
                return visitor
            return None
        return self._titled_person(first, after) or first

    def _titled_person(self, title: NP, after: list[NP]) -> Optional[NP]:
        """«رئيس المجلس الأعلى للدولة في طرابلس خالد المشري»: a bare title whose body the knowledge
        base does not know stands in apposition to the person named a few words after it."""
        if title.code is not None or title.kinds[:1] != ("agent",):
            return None
        person = next((np for np in after if np.first_token > title.last_token and not np.prep
                       and not np.is_place), None)
        if person is None or person.kinds[:1] != ("person",) \
                or person.first_token - title.last_token > _TITLE_REACH:
            return None
        between = range(title.last_token + 1, person.first_token)
        if any(not self.tokens[k].is_word or k in self.trigger_tokens for k in between):
            return None
        if between and not self._is_definite_at(between[0]):
            return None  # «خطف مسلحون مطران الكلدان … بولس فرج رحو»: no construct chain, so no title of his
        last = person.first_token - 1
        if between and not (self._is_definite_at(last) or any(np.last_token == last for np in self.candidates)):
            return None  # «أحرق المحتجون صور ترامب»: after a bare noun the name is its genitive
        return person

    def _visits_between(self, trig: Trigger, places: list[NP], args: Arguments) -> None:
        """«تولى X الملف، متنقلا بين بيروت وإسرائيل في زيارات»: the places shuttled between are
        those visited, by the clause's subject."""
        args.recipient.extend(np for np in places if np not in args.actor)
        if not args.actor and (subj := self._clause_subject(trig)) is not None and subj not in places:
            args.actor.append(subj)
        args.path.append("visits-between")

    def _continues_previous_clause(self, trig: Trigger, after: list[NP]) -> bool:
        """A verb conjoined to an earlier verb of the sentence, followed by a single bare phrase or list."""
        tok = self.tokens[trig.first_token]
        prev = self.tokens[trig.first_token - 1].norm if trig.first_token > 0 else ""
        joined = conjoined_word(tok) or prev in _CONTINUING  # «وصل بومبيو إلى جدة، حيث التقى ولي العهد»
        if trig.entry.pos != "verb" or not joined or tok.enclitic:
            return False  # «فرفضها لابيد»: with its object attached, the phrase after the verb is the subject
        if not (trig.entry.object or trig.entry.frame in ("meet", "visit")):
            return False
        if _key(tok).removeprefix("و") in _WELCOMING:
            return False  # one welcomes only «بـ» something: «…، ورحّبت الحكومة السودانية بالقرار»
        bare = [np for np in after if not np.prep and not np.is_place]
        first_person = next((np for np in self.candidates if "person" in np.kinds and not np.prep), None) \
            if bare and "person" in bare[0].kinds else None
        if first_person is not None and first_person is not bare[0] and first_person.entity.identifier_id is not None \
                and first_person.entity.identifier_id == bare[0].entity.identifier_id:
            # «أجرى أوباما وكاسترو محادثات …، ودعا أوباما إلى …»: the sentence's first person, named again, is
            # the subject (not «… الذي أعلنه ماكرون، وطالب ماكرون بسحب الإهانات»: Macron is the object)
            return False
        if bare and self._has_own_object(bare[0]):
            return False  # «…، ودانت الخارجية الإيرانية الغارات»: verb, subject, object
        # «واعتبرت الخارجية الجزائرية …، وطالبت الرباط بتوضيح موقفها»: with a body or a person named
        # as subject before, a lone state (or list of states) after the conjoined verb is its object
        subject = any(np.last_token < trig.first_token and not np.prep and np.code
                      and np.kinds[0] in ("agent", "person") for np in self.candidates)
        states = bare and all(np.kinds[0] in ("country", "capital") for np in bare) \
            and all(np in self._with_coordinated(bare[0], after) for np in bare)  # «وطالب موسكو وواشنطن»
        if subject and states and trig.entry.object:
            return True
        earlier = [t for t in self.triggers if t.entry.pos == "verb" and t.last_token < trig.first_token]
        if not earlier and not self._opens_verb_subject(conjoined=prev in _CONTINUING, before=trig.first_token):
            return False
        if earlier and self._masculine_verb(earlier[-1]) and self.feminine_verb(trig):
            return False  # «احتشد عشرات آلاف الفلسطينيين …، وقتلت القوات الإسرائيلية عشرات منهم»: a new subject
        heads = [t for t in earlier if not self._in_relative_clause(t)]
        if trig.entry.event == "ACCUSE" and heads and heads[-1].entry.event == "ASSAULT":
            return False  # «استهدف الحرس الثوري قاعدة العديد، ودانت الخارجية القطرية الهجوم»: who condemns is named

        if not bare or not ("person" in bare[0].kinds or bare[0].kinds[0] == "agent"
                            or (self._masculine_verb(trig) and self._feminine_state(bare[0]))):
            return False  # «واتهم طهران»: a masculine verb's subject is not a city
        listed = self._with_coordinated(bare[0], after)  # «ولي العهد في نيوم ثم الشيخ تميم»: one list
        return all(np in listed for np in bare)

    def _opens_verb_subject(self, conjoined: bool = False, before: int = 0) -> bool:
        """The sentence opens, maybe after a time, with a verb without clitics and a named person or official
        as its subject («تفقّد الرئيس الفرنسي إيمانويل ماكرون موقع الانفجار …», «ومساء اليوم ذاته تسلل …»);
        `conjoined`: a verb after «و/ف» will do, before token `before` («وتوجه ولي العهد إلى واشنطن، حيث التقى …»)."""
        verb = self.opening
        while verb in self.time_tokens or (verb < len(self.tokens) and self.tokens[verb].norm in _SAME_TIME):
            verb += 1
        clitics = ("", "و", "ف") if conjoined and verb < before else ("",)
        return verb < len(self.tokens) and self.tokens[verb].proclitics in clitics \
            and self._named_subject_after(verb) is not None

    def _has_own_object(self, np: NP) -> bool:
        """A bare phrase or an event noun follows `np` at once: `np` is a subject with its object
        after it, not an object itself."""
        k = np.last_token + 1
        if k >= len(self.tokens) or not self.tokens[k].is_word or self.tokens[k].proclitics.startswith("و"):
            return False
        # (or a definite noun: «…، ورفضت نيودلهي الاتهامات»)
        return any(t.first_token == k for t in self.triggers) or any(
            other.first_token == k and not other.prep for other in self.candidates) \
            or (has_article(self.tokens[k]) and not prep_clitic(self.tokens[k]) and _key(self.tokens[k]) not in _PREPS
                and np.kinds[0] in ("country", "capital"))

    def _claimed(self, trig: Trigger) -> bool:
        """«مسؤوليته/مسؤوليتهم عن الهجوم»: the noun names what someone claimed (not what someone was blamed
        for: «وحمّلت أنقرة الوحدات الكردية المسؤولية عن القصف»)."""
        k = trig.first_token
        return k >= 2 and _key(self.tokens[k - 1]) == "عن" and any(
            key.startswith("مسؤولي") for key in self.tokens[k - 2].stem_keys) \
            and not any(t.entry.id.startswith(_BLAME_IDS) and t.last_token < k for t in self.triggers)

    def _gathered(self, trig: Trigger, after: list[NP]) -> list[NP]:
        """The parties a meeting brought together: the list after «جمعت/ضم» right after the noun."""
        for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + 4)):
            if _key(self.tokens[k]) in _GATHERING or self.tokens[k].norm in _GATHERING:
                first = next((np for np in after if np.first_token > k and not np.prep), None)
                if first is not None and first.first_token <= k + 2:
                    return self._with_coordinated(first, after)
                if self.tokens[k].norm.endswith(("هما", "هم")):
                    # «في ختام قمة جمعتهما», «اجتماع ضمهما إلى رئيس الوزراء القطري»: «them» are the
                    # parties last named before the noun, joined by whoever follows «إلى»
                    them = self._last_list_before(trig.first_token)
                    joining = next((np for np in after if np.first_token <= k + 2 and _prep_key(np.prep) == "الي"), None)
                    return them + [joining] if them and joining is not None else them
                return []
        return []

    def _last_list_before(self, k: int) -> list[NP]:
        """The last list of bare, conjoined phrases that ends before token `k` («بيرنز وبرنياع»)."""
        bare = [np for np in self.candidates if np.last_token < k and not np.prep and not np.is_place]
        if not bare:
            return []
        chain = [bare[-1]]
        for np in reversed(bare[:-1]):
            head = chain[0]
            gap = self.tokens[np.last_token + 1:head.first_token]
            if not head.coordinated or len(gap) > 3 or any(not t.is_word for t in gap):
                break
            chain.insert(0, np)
        return chain

    def _is_nisba(self, np: NP) -> bool:
        """A nisba, or a state whose name is its feminine nisba («المحادثات السعودية …»)."""
        return np.kinds[:1] == ("demonym",) or (
            np.kinds == ("country",) and self.tokens[np.last_token].norm.endswith("يه"))

    def _adjacent_nisbas(self, first: NP, after: list[NP]) -> list[NP]:
        """`first` and the nisbas right after it: «السعودية الإيرانية»."""
        out, last = [first], first
        for np in after:
            if np.first_token == last.last_token + 1 and self._is_nisba(np):
                out.append(np)
                last = np
        return out

    def _leader_after(self, trig: Trigger) -> Optional[NP]:
        """The party named right after «تقوده/تقودها/بقيادة» in the trigger's clause."""
        for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + 18)):
            tok = self.tokens[k]
            if not tok.is_word and tok.text in _CLAUSE_BREAKS:
                return None
            if tok.norm in LEADING:
                return next((np for np in self.candidates if np.first_token in (k + 1, k + 2) and np.code), None)
        return None

    def _hosting(self, np: NP) -> bool:
        """«استضافها X», «في ضيافة X»: a host, not a go-between."""
        return np.first_token > 0 and any(k.startswith(("استضاف", "ضياف")) for k in self.tokens[np.first_token - 1].stem_keys)

    def _during(self, trig: Trigger) -> bool:
        """«في اتصال هاتفي», «خلال لقائه»: talks named as the occasion of what is said."""
        k = trig.first_token - 1
        return k >= 0 and self.tokens[k].norm.removeprefix("و") in ("في", "خلال")

    def _at_the_end_of(self, trig: Trigger) -> bool:
        """«في ختام محادثات», «عقب لقاء», «خلال مباحثات»: talks named as the occasion of an act."""
        words = [t.norm for t in self.tokens[max(0, trig.first_token - 2):trig.first_token]]
        return words[-2:] in (["في", "ختام"], ["في", "اعقاب"]) or words[-1:] in (["عقب"], ["خلال"], ["اثر"])

    def _talks_around(self, trig: Trigger, before: list[NP], args: Arguments) -> None:
        """The parties of talks named as an occasion: «وأكد الرئيس روحاني في اتصال هاتفي مع الشيخ تميم»
        (the speaker), «وفي اتصال هاتفي ليل أمس، طلب عبد المهدي من بومبيو …» (the clause that follows
        a fronted occasion, and the party it turns to)."""
        partner = next((np for np in self.candidates if np.first_token - trig.last_token in (1, 2)
                        and _prep_key(np.prep) in ("مع", "ب")), None)
        # (set off by commas too: «أكد وزير الخارجية، في اتصال هاتفي مع نظيره التونسي، أن …»)
        aside = trig.first_token >= 2 and self.tokens[trig.first_token - 2].text in "،,"
        speaker = self._clause_subject(trig) if before or aside else None
        if partner is not None and speaker is not None and speaker.code and speaker.kinds[0] in ("person", "agent"):
            args.actor.append(speaker)
            args.path.append("speaker-in-talks")
            return
        if trig.first_token > 2:
            return
        comma = next((k for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + 9))
                      if self.tokens[k].text in "،,"), None)
        if comma is None:
            return
        later = [np for np in self.candidates if np.first_token > comma and np.code and not np.is_place]
        subject = next((np for np in later[:2] if not np.prep), None)
        if subject is not None:
            # the party named with the talks, else the one the clause turns to
            other = partner if partner is not None and partner.code else next(
                (np for np in later if np is not subject and _prep_key(np.prep) in ("من", "مع", "الي", "ل", "ب")), None)
            args.actor.append(subject)
            if other is not None and not args.recipient:
                args.recipient.append(other)
            args.path.append("occasion-of-clause")

    def fought_with(self, trig: Trigger) -> Optional[NP]:
        """The party of «في مواجهات/اشتباكات/معارك مع X» right after a casualty verb, or after its
        casualties («مقتل عشرين من جنوده في اشتباك مع القوات الصينية»)."""
        for k in range(trig.last_token + 1, min(len(self.tokens), trig.last_token + _CLASH_REACH)):
            if not self.tokens[k].is_word:
                return None
            if any(key in _CLASHES for key in self.tokens[k].stem_keys) and (
                    k <= trig.last_token + 3 or _key(self.tokens[k - 1]) == "في" or prep_clitic(self.tokens[k]) == "ب"):
                return next((np for np in self.candidates if np.first_token in (k + 1, k + 2)
                             and _prep_key(np.prep) == "مع"), None)
        return None

    def _pledger(self, trig: Trigger) -> Optional[NP]:
        """The subject of «تعهد/تعهدت … ب» when the noun with «ب» is what is pledged."""
        if prep_clitic(self.tokens[trig.first_token]) != "ب":
            return None
        return self._subject_of_verb_before(trig.first_token, trig.first_token, _PLEDGING, _PLEDGE_REACH)

    def _pledged(self, trig: Trigger) -> bool:
        """The noun with «ب» right after «تعهد» (no subject between): what is pledged (unless the pledge
        itself is coded as the same act: «وتعهدت بتقديم 1.1 مليار يورو»)."""
        k = trig.first_token - 1
        return prep_clitic(self.tokens[trig.first_token]) == "ب" and k >= 0 and _is_one_of(self.tokens[k], _PLEDGING) \
            and not any(t.first_token <= k <= t.last_token and t.entry.event == trig.entry.event for t in self.triggers)

    def _approver(self, trig: Trigger) -> Optional[NP]:
        """The subject of «صادق/وافق/أقر … على» when the noun is what it approves, directly or through
        a bill or mandate («على مشروع قانون يسمح بنشر قوات», «على تمديد التفويض بإرسال قوات»)."""
        k = next((j for j in range(trig.first_token - 1, max(0, trig.first_token - 5), -1)
                  if _key(self.tokens[j]) == "علي"), None)
        if k is None or any(not t.is_word for t in self.tokens[k:trig.first_token]):
            return None
        return self._subject_of_verb_before(k, k, _APPROVING, _CONTENT_REACH)

    def _subject_of_verb_before(self, start: int, end: int, verbs: frozenset, reach: int) -> Optional[NP]:
        """The subject of the nearest of `verbs` within `reach` tokens before `start` in the same
        clause: the first bare phrase between it and `end` (VSO), else a bare phrase just before it
        (SVO)."""
        for j in range(start - 1, max(-1, start - reach - 1), -1):
            tok = self.tokens[j]
            if not tok.is_word and tok.text in _CLAUSE_BREAKS:
                return None
            if _is_one_of(tok, verbs):
                subj = next((np for np in self.candidates if j < np.first_token < end
                             and not np.prep and not np.is_place), None)
                if subj is None:
                    subj = self._organ_of(j)
                if subj is None and not conjoined_word(tok):
                    # (a conjoined verb shares the subject of the clause before: «والتقى نظيره اللبناني ميشال
                    # عون، وتعهّد بإرسال …» is Macron's pledge)
                    before = [np for np in self.candidates if np.last_token < j and not np.prep and not np.is_place]
                    subj = before[-1] if before and j - before[-1].last_token <= 2 else None
                return subj
        return None

    def _organ_of(self, verb: int) -> Optional[NP]:
        """«وافق المجلس التنفيذي لصندوق النقد الدولي»: the body whose organ, named by a definite
        phrase the knowledge base does not know, is the subject of the verb at `verb`."""
        np = next((np for np in self.candidates if verb + 1 < np.first_token <= verb + 3), None)
        if np is None or _prep_key(np.prep) != "ل" or not np.code:
            return None
        return np if all(has_article(t) for t in self.tokens[verb + 1:np.first_token]) else None

    def _after_prepositional_masdar(self, lo: int, hi: int) -> bool:
        """A word with «ب/ل» comes between tokens `lo` and `hi` («بتسليم», «للإفراج»)."""
        return any(t.is_word and prep_clitic(t) in ("ب", "ل") for t in self.tokens[lo:hi])

    def _speaks_in_document(self, trig: Trigger) -> bool:
        """A saying verb followed by «فيها/فيه» speaks in a document named before it (not «الغارة
        التي قتل فيها», nor a time: «بعد سنوات اتهمت فيها مقديشو أسمرة», «في وقت تحذر فيه الأمم المتحدة»)."""
        k = trig.last_token + 1
        return trig.entry.pos == "verb" and trig.entry.event in _SAID_TYPES \
            and k < len(self.tokens) and self.tokens[k].norm in _IN_IT \
            and not (trig.first_token > 0 and _key(self.tokens[trig.first_token - 1]) in _TIME_SPANS)

    def _describes_event_noun(self, trig: Trigger) -> bool:
        """An attack verb right after an indefinite attack noun describes it, as a relative clause without
        «التي» («هجوماً … «عملية عسكرية نوعية» استهدفت مطاري أبوظبي»; only adjectives and quotes may
        stand between), and so does one after «الذي/التي» and a definite attack noun's adjectives."""
        if trig.entry.pos != "verb" or trig.entry.event != "ASSAULT" or conjoined_word(self.tokens[trig.first_token]) \
                or self.tokens[trig.last_token].enclitic:
            return False  # («محادثات استضافتها الصين»: with its pronoun, the noun is the verb's object)
        noun = next((t for t in self.triggers if t.entry.pos == "noun" and t.entry.event == trig.entry.event
                     and 0 < trig.first_token - t.last_token <= 5), None)
        if noun is None:
            return False
        between = self.tokens[noun.last_token + 1:trig.first_token]
        if has_article(self.tokens[noun.first_token]):
            # «الهجوم الإيراني غير المسبوق الذي استهدف إسرائيل»: a definite one, through «الذي/التي» after its
            # adjectives
            return bool(between) and between[-1].norm in RELATIVES and all(
                t.text in QUOTES or (t.is_word and (has_article(t) or t.norm == "غير")) for t in between[:-1])
        if len(between) > 2:
            return False
        named = {k for np in self.nps for k in range(np.first_token, np.last_token + 1)}
        return all(t.text in QUOTES or (t.is_word and not t.proclitics and not has_article(t) and k not in named)
                   for k, t in enumerate(between, noun.last_token + 1))

    @staticmethod
    def _plain_noun(tok: Token) -> bool:
        """A bare indefinite word: no clitic, no article, no preposition («صيادين», «جنودا»)."""
        return tok.is_word and not tok.proclitics and not tok.enclitic and not has_article(tok) \
            and _key(tok) not in _PREPS and not tok.norm[:1].isdigit()

    def _speaker_of_statements(self, trig: Trigger) -> Optional[NP]:
        """«رداً على تصريحات للرئيس إيمانويل ماكرون شكّك فيها … واتهم فيها …»: whose statements, speech or
        interview the «فيها» after the verb points back to (the phrase right after the noun, bare or
        with «ل»), within the clause."""
        for k in range(trig.first_token - 1, max(-1, trig.first_token - _STATEMENT_REACH), -1):
            if self.tokens[k].text in _CLAUSE_BREAKS:
                return None
            if _key(self.tokens[k]) in _STATEMENTS:
                return next((np for np in self.candidates if np.first_token in (k + 1, k + 2) and np.code
                             and _prep_key(np.prep) in ("", "ل") and not np.is_place), None)
        return None

    def _describes_document(self, trig: Trigger) -> bool:
        """«وقّع ترامب إعلاناً رئاسياً يعترف بسيادة …»: an indefinite document noun, maybe with its
        adjective, right before an imperfect saying verb describes what the document does."""
        if trig.entry.pos != "verb" or trig.entry.event not in _SAID_TYPES:
            return False
        word = self.tokens[trig.first_token].norm
        # (after «الذي/التي» too: «تبنى مجلس الأمن القرار رقم 2722 الذي يطالب الحوثيين …»)
        k = trig.first_token - 1
        reach = 5 if k >= 0 and self.tokens[k].norm in RELATIVES else 2
        before = [t for t in self.tokens[max(0, trig.first_token - reach):trig.first_token] if t.is_word]
        return word[:1] in ("ي", "ت") and any(_key(t).removesuffix("ا") in _DOCUMENTS for t in before)

    def _copula_subject(self, trig: Trigger, before: list[NP]) -> Optional[NP]:
        """«أن تل أبيب باتت «منطقة غير آمنة»»: the phrase before «بات/أصبح/صار» right before the trigger
        (a quote may open between), a place included."""
        k = trig.first_token - 1
        while k > 0 and self.tokens[k].text in QUOTES:
            k -= 1
        # («باتت» is no «بـ» + «اتت»)
        if k < 1 or not (_key(self.tokens[k]) in _COPULAS or self.tokens[k].norm in _COPULAS):
            return None
        return next((np for np in before if np.last_token == k - 1 and not np.prep and np.code), None)

    def _owner_after_that(self, trig: Trigger, before: list[NP]) -> Optional[NP]:
        """«مؤكدة أن موقف أوتاوا يمثل تدخلاً»: the party in the genitive of the noun that opens a clause
        after «أن», right before its verb."""
        np = before[-1] if before and not before[-1].prep and before[-1].code else None
        if np is None or np.last_token != trig.first_token - 1 or np.first_token < 2:
            return None
        return np if self.tokens[np.first_token - 1].is_word and _is_complementizer(self.tokens[np.first_token - 2]) else None

    def _purpose_verb(self, trig: Trigger) -> bool:
        """An imperfect verb with the «لـ» of purpose («ليتهم», «ولتطالب»)."""
        t = self.tokens[trig.first_token]
        if trig.entry.pos != "verb" or trig.entry.frame != "directed":
            return False
        word = t.norm[1:] if t.norm[:2] in ("ول", "فل") else t.norm
        return word[:1] == "ل" and word[1:2] in ("ي", "ت") and word[1:] in t.keys

    def _clause_subject(self, trig: Trigger) -> Optional[NP]:
        """The subject of the verb before a participle: the first phrase without a preposition
        after the nearest preceding verb trigger, else the sentence's first such phrase."""
        verbs = [t for t in self.triggers if t.last_token < trig.first_token and t.entry.pos == "verb"
                 and not self._in_relative_clause(t) and not self.in_complement(t)
                 and self.relative_clause_head(t.first_token) is None]
        if verbs and verbs[-1].entry.frame == "participle" and trig.entry.frame == "participle":
            # a chain of participles shares one subject, not the object of the one before («قال الحرس
            # إن …، متهماً إسرائيل …، ومتوعداً بعقاب شديد»)
            return self._clause_subject(verbs[-1])
        start = verbs[-1].last_token + 1 if verbs else self.opening
        for k in range(trig.first_token - 2, start - 1, -1):
            if self.tokens[k].text in "،," and conjoined_word(self.tokens[k + 1]):
                # «…، فردّت الصين على الفور بفرض رسوم …، متهمة واشنطن»: a conjoined verb with its subject
                # right after it opens the clause the participle goes with
                subject = next((np for np in self.candidates if np.first_token == k + 2 and not np.prep
                                and not np.is_place), None)
                if subject is not None:
                    return subject
                break
            if self.tokens[k].norm in _CLAUSE_OPENERS:
                # «…، بينما عبّر الأمين العام لجامعة الدول العربية عن «قلق بالغ»، داعياً …»: a clause opened
                # after the last trigger verb has a subject of its own
                start = k + 1
                break
        subject = next((np for np in self.candidates if start <= np.first_token < trig.first_token
                        and not np.prep and not np.is_place), None)
        if subject is not None and subject.code is None:
            # «أعلن مكتب رئيس الوزراء أن السوداني وجّه …، محمّلاً …»: a named person after an unnamed
            # announcer is who acts
            subject = next((np for np in self.candidates if subject.last_token < np.first_token < trig.first_token
                            and not np.prep and np.code and "person" in np.kinds), subject)
        if subject is None and verbs and self.tokens[verbs[-1].first_token - 1].norm == "قد":
            # «وكان أردوغان، الذي …، قد حذّر …، ملوّحاً»: the subject came before «قد»
            subject = next((np for np in self.candidates if np.last_token < verbs[-1].first_token
                            and not np.prep and not np.is_place), None)
        return subject

    def in_complement(self, trig: Trigger) -> bool:
        """«أكد أردوغان أن أنقرة لن توافق …، متهماً البلدين»: the verb is inside what was said,
        and a participle after it goes with the saying."""
        return any(_is_complementizer(t, with_pronoun=True)
                   for t in self.tokens[self._clause_start(trig):trig.first_token])

    def _in_relative_clause(self, trig: Trigger) -> bool:
        """«صاروخ أطلقته الدفاعات الجوية», «الهجوم الذي شنه»: the verb describes a noun and heads no clause."""
        k = trig.first_token
        return trig.entry.requires_before or (k > 0 and self.tokens[k - 1].norm in RELATIVES)

    def _verb_word(self, trig: Trigger) -> Optional[str]:
        """The one-word verb trigger without its proclitics, or None."""
        if trig.first_token != trig.last_token or trig.entry.pos != "verb":
            return None
        tok = self.tokens[trig.first_token]
        return tok.norm[len(tok.proclitics):]

    def feminine_verb(self, trig: Trigger) -> bool:
        """A perfect verb in the feminine («استقبلت», «أعلنت», with an object «ودعتهما») whose
        masculine form is a listed form."""
        forms = {normalize(f) for f in trig.entry.forms}
        return any(_feminine_of(stem, forms) for stem, _ in self._object_readings(trig))

    def feminine_imperfect(self, trig: Trigger) -> bool:
        """An imperfect verb in the feminine («تسعى») whose masculine form («يسعى») is a listed form (its
        subject may be a plural thing too: «إجراءات تبدأ بالدبلوماسية وتصل إلى …»)."""
        forms = {normalize(f) for f in trig.entry.forms}
        return any(stem.startswith("ت") and "ي" + stem[1:] in forms for stem, _ in self._object_readings(trig))

    def _object_readings(self, trig: Trigger) -> list[tuple[str, str]]:
        """(stem, object pronoun) readings of a one-word verb trigger, with and without its
        conjunction («ودعتهما» → («ودعت», «هما»), («دعت», «هما»), …; («ودعتهما», «») …)."""
        word = self._verb_word(trig)
        if not word:
            return []
        bare = word[1:] if word[:1] in ("و", "ف") and word[1:] else word
        return [(w[:len(w) - len(suffix)], suffix) for w in (word, bare) for suffix in _OBJECT_PRONOUNS
                if w.endswith(suffix)]

    def _masculine_verb(self, trig: Trigger) -> bool:
        """A perfect verb in the masculine singular whose feminine form is a listed form («اتهم»)."""
        word = self._verb_word(trig)
        if not word or self.tokens[trig.first_token].enclitic or has_article(self.tokens[trig.first_token]):
            return False  # («للتشاور» is a masdar)
        feminine = {word + "ت", word[:-1] + "ت" if word.endswith("ا") else ""}  # «اتهمت», «دعت»
        return any(normalize(f) in feminine for f in trig.entry.forms)

    def _feminine_state(self, np: NP) -> bool:
        """Cities and states are feminine («طهران», «سوريا», «إسرائيل», «مصر»), except the few states
        named as masculine nouns («العراق», «لبنان», «الأردن»)."""
        if len(np.kinds) != 1 or np.kinds[0] not in ("capital", "country"):
            return False
        if sum(c.span == np.span for c in self.candidates) > 1:
            return False  # «البلدان» stands for two states: a dual, not a name
        return np.kinds[0] == "capital" or not set(self.tokens[np.last_token].keys) & _MASCULINE_STATES

    def _feminine_body(self, np: NP) -> bool:
        """A body named by a feminine singular noun («الإدارة الأميركية», «الحكومة», «الخارجية»); not
        «القادة», a masculine plural."""
        return np.kinds[:1] == ("agent",) and "person" not in np.kinds \
            and _key(self.tokens[np.first_token]) in _FEMININE_BODIES

    def _masculine_body(self, np: NP) -> bool:
        """A body named by a masculine singular noun («مجلس الأمن», «الجيش», «حزب الله»)."""
        return "person" not in np.kinds and _key(self.tokens[np.first_token]) in _MASCULINE_BODIES

    def masculine_person(self, np: NP) -> bool:
        """A man named or titled: a person the knowledge base does not know as a woman, or a phrase
        headed by a masculine singular title."""
        head = self.tokens[np.first_token]
        if head.norm.endswith("ه") or np.entity.feminine:  # «وزيرة», «رئيسة», «القادة»; «ميركل»
            return False
        return "person" in np.kinds or _key(head) in _MASCULINE_TITLES

    def _describes_noun_between(self, trig: Trigger, np: NP) -> bool:
        """`np` is a nisba qualifying a plain noun between the trigger and it («وقف دخول جميع الواردات
        اللبنانية»: the imports are Lebanese), not the trigger itself («المحادثات السعودية الإيرانية»)."""
        between = self.tokens[trig.last_token + 1:np.first_token]
        return self._is_nisba(np) and any(t.is_word and not t.norm.startswith("ال") for t in between)

    def _unknown_name_after(self, actor: list[NP], anchor: int, nxt: int) -> int:
        """«طالب وزير خارجية مالي عبد الله ديوب مجلس الأمن»: the words of a name the knowledge base
        does not know, right after a title that is the subject (up to four), else 0."""
        if not actor or actor[-1].last_token != anchor or "person" in actor[-1].kinds \
                or actor[-1].kinds[:1] != ("agent",):
            return 0
        words = self.tokens[anchor + 1:nxt]
        if not 2 <= len(words) <= 4 or any(k in self.trigger_tokens for k in range(anchor + 1, nxt)) or any(
                not w.is_word or w.proclitics or (has_article(w) and w.norm != "الله") for w in words):
            return 0  # («عبد الله» is a name; any other word with the article is not)
        return len(words)

    def _aimed_by_pronoun(self, trig: Trigger) -> bool:
        """A verb of asking, charging or threatening whose object is a pronoun on it («تدعوه», «حمّله»);
        not «ودانتها», «وصفته», «اعتبرتها», where the pronoun is the deed judged."""
        if trig.entry.pos != "verb" or trig.entry.event not in _SUFFIX_OBJECT_TYPES or trig.entry.id in DEED_JUDGING:
            return False
        # («وجهت إليه النيابة العامة تهمة»: the pronoun on the preposition after the verb)
        nxt = self.tokens[trig.last_token + 1].norm if trig.last_token + 1 < len(self.tokens) else ""
        return self._object_suffix(trig) in ("ه", "ها", "هم") or (
            nxt in _TO_HIM and _prep_key(nxt[:-2] if nxt.endswith("ها") else nxt[:-1]) in {_prep_key(p) for p in trig.entry.preps})

    def _palace_before_guest(self, np: NP, after: list[NP]) -> bool:
        """«استقبل السيسي بقصر الاتحادية الرئيس التركي»: a seat of power after «بـ» followed by a named
        guest is where the meeting was held."""
        if _prep_key(np.prep) != "ب" or np.kinds[:1] != ("seat",):
            return False
        guest = next((g for g in after if g.first_token > np.last_token), None)
        return guest is not None and not guest.prep and guest.first_token <= np.last_token + 3 \
            and bool({"person", "agent"} & set(guest.kinds))

    def _stands_beside(self, np: NP) -> bool:
        """`np` is the genitive of a noun whose object follows «إلى جانب» («وقوف المملكة إلى جانب الأردن»)."""
        return any(t.last_token == np.first_token - 1 and "جانب" in t.entry.requires for t in self.triggers)

    def _list_ending_at(self, last: NP, pool: list[NP]) -> list[NP]:
        """The phrases conjoined in the list that `last` ends («ألمانيا وفرنسا»), or just `last`."""
        return next((listed for np in pool if np.last_token < last.first_token
                     and last in (listed := self._with_coordinated(np, pool))), [last])

    def _with_coordinated(self, head: NP, pool: list[NP]) -> list[NP]:
        """`head` and the phrases conjoined to it («X و Y», «X، Y», «… ومن هذه الدول Y»)."""
        out = [head]
        last = head
        where: set[int] = set()  # tokens of «في X» adjuncts inside the list («التقى X في نيوم ثم Y»)
        chain_code = head.code  # the party the phrases since the last list item describe
        for np in pool:
            if np.first_token <= last.last_token:
                continue
            chain_code = chain_code or last.code
            if np.prep == "في" and np.is_place:
                where.update(range(np.first_token - (not prep_clitic(self.tokens[np.first_token])), np.last_token + 1))
                continue
            gap = [t for k, t in enumerate(self.tokens[last.last_token + 1:np.first_token], last.last_token + 1)
                   if k not in where]
            then = bool(gap) and gap[-1].norm == "ثم"
            if then:
                gap = gap[:-1]
            words = [_key(t) for t in gap if t.is_word]
            besides = words[-2:] == ["اضافه", "الي"]
            if (words[-2:] in (["الي", "جانب"], ["جانب"]) and not has_article(gap[-1]) or besides) \
                    and not self._stands_beside(head) \
                    and not any(k in self.trigger_tokens for k in range(last.last_token + 1, np.first_token)):
                # «، إلى جانب وزير الخارجية المصري», «، إضافة إلى رئيس الوزراء»: and (not «وقوفها إلى جانب الأردن», «وقوف المملكة
                # إلى جانب الأردن»: an event's object; nor «الجانب الإثيوبي», the Ethiopian side)
                then, gap = True, [t for t in gap if not t.is_word]
            # (quotation marks around a name do not part it from the list: «الحزب و«قسد»», nor does the
            # group word before a quoted name: «حزب الله» وحركة «حماس»)
            glue_ok = all((not t.is_word and t.text in "،,") or t.text in QUOTES or t.norm == "و" or _is_glue(t)
                          or (k == len(gap) - 2 and gap[-1].text in QUOTES and _key(t) in _GROUP_HEADS)
                          for k, t in enumerate(gap)) or (
                self.tokens[np.first_token].text.startswith("و") and self._unknown_name(last, np)) or (
                len(gap) == 1 and np.coordinated and np.kinds[0] == "demonym" and gap[0].proclitics[:1] == "و")
            # («الولايات المتحدة والكيان الصهيوني»: the nisba's noun carries the «و»)
            unquoted = [t for t in gap if t.text not in QUOTES]
            joined = then or np.coordinated or any(t.text in "،," for t in gap) or (
                unquoted and unquoted[0].norm.startswith("و"))
            place_list = head.kinds[0] in ("capital", "country", "place")  # «زار الكويت والدوحة وجدة»
            if joined and glue_ok and len(gap) <= 4 and (np.prep in (head.prep, "", "جانب") or besides) \
                    and (not np.is_place or place_list):
                out.append(np)
                last = np
                chain_code = np.code
            elif not np.prep and not np.coordinated and all(t.is_word for t in gap) and len(gap) <= 3 \
                    and not any(_key(t) in _PREPS for t in gap) \
                    and not any(k in self.trigger_tokens or k in self.time_tokens  # (a time ends the phrase)
                                for k in range(last.last_token + 1, np.first_token)) \
                    and (gap or np.code in (None, chain_code)) \
                    and not (not gap and "person" in last.kinds and np.kinds[0] in ("group", "organisation")) \
                    and not (gap and np.kinds[0] == "demonym") and not self._unknown_name(last, np):
                # «نائب رئيس دولة الإمارات رئيس مجلس الوزراء …» (but a person's name ends his phrase: in
                # «اتهم … سليمان صويلو حزب العمال الكردستاني» the party is the object; and a nisba after another
                # noun opens a phrase of its own: «استدعت الخارجية الإيرانية السفيرين البريطاني والنرويجي»; and
                # so does a party after the name of a titled man the KB lacks: «دعا المندوب الأميركي ريتشارد
                # ميلز روسيا وتركيا إلى …»)
                last = np  # a complement inside the phrase («مدراء المخابرات لدول جوار العراق»)
            else:
                break
        # pair words: two phrases over one span
        out += [np for np in pool if np.first_token == head.first_token and np is not head and np not in out]
        return out

    def _owns_targets(self, np: NP) -> bool:
        """`np`, with «ل», right after a plain target noun («هدفاً للحزب», «مواقع لحزب الله»)."""
        k = np.first_token - 1
        return k >= 0 and self.tokens[k].is_word and _key(self.tokens[k]) in _TARGET_NOUNS \
            and not has_article(self.tokens[k]) and not self.tokens[k].enclitic

    def _owner_of_prep_noun(self, np: NP, preps: set[str]) -> bool:
        """`np` follows one of `preps` written as a word and one plain noun in construct with it
        («إزاء قرارات الرئيس», «بشأن تصريحات الوزير»)."""
        k = np.first_token
        if k < 2:
            return False
        noun, prep = self.tokens[k - 1], self.tokens[k - 2]
        return prep.is_word and not prep.proclitics.lstrip("وف") and _key(prep) in preps and noun.is_word \
            and not has_article(noun) and not noun.enclitic and not noun.proclitics and k - 1 not in self.trigger_tokens

    def _unknown_name(self, titled: NP, nxt: NP) -> bool:
        """«الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء …»: up to three plain words between a title
        with its nisba and the next phrase are the name of its holder, which the KB does not know."""
        between = range(titled.last_token + 1, nxt.first_token)
        return "agent" in titled.kinds and titled.kinds[-1] in ("demonym", "country") and 0 < len(between) <= 3 \
            and not any(k in self.trigger_tokens for k in between) \
            and all((t := self.tokens[k]).is_word and not t.text.startswith(("و", "ف", "ال")) and not t.proclitics
                    and _key(t) not in _PREPS
                    and t.norm not in _PARTICLES for k in between)

    def _between(self, trig: Trigger, hi: int, reach: int) -> list[NP]:
        # (quotes around a name take no reach: «وُقّع اليوم «اتفاق الرياض» بين الحكومة …»)
        reach += sum(1 for t in self.tokens[trig.last_token + 1:trig.last_token + reach] if t.text in QUOTES)
        for k in range(trig.last_token + 1, min(hi, trig.last_token + reach)):
            if not self.tokens[k].is_word and self.tokens[k].text in "،,؛;:":
                return []  # «اعترافها بدولة فلسطين، في خطوة منسقة بين العواصم الثلاث»: another phrase's
            if self.tokens[k].norm == _BETWEEN or _key(self.tokens[k]) == _BETWEEN:
                first = next((np for np in self.candidates if np.first_token == k + 1), None)
                if first is None and k + 2 < len(self.tokens) and self.tokens[k + 1].is_word:
                    # «بين وفدين سوداني وإثيوبي»: nisbas describing the noun after «بين» name the pair
                    first = next((np for np in self.candidates if np.first_token == k + 2
                                  and np.kinds[:1] == ("demonym",)), None)
                if first is None:
                    return []
                rest = [np for np in self.candidates if np.first_token > first.last_token and np.coordinated
                        and np.first_token - first.last_token <= 3]
                return [first] + rest[:1]
        return []

    def _first_in_zone(self, trig: Trigger, wanted: Callable[[NP], bool]) -> Optional[NP]:
        """The first coded phrase in the trigger's argument zone that `wanted` accepts."""
        hi = self._boundary_after(trig)
        return next((np for np in self.candidates if trig.last_token < np.first_token < hi and np.code and wanted(np)),
                    None)

    def post_in_zone(self, trig: Trigger, home: set) -> Optional[NP]:
        """«استدعاء القائم بالأعمال العراقي من أنقرة»: the foreign capital or state an envoy is posted in."""
        return self._first_in_zone(trig, lambda np: np.prep in ("من", "لدي", "في")
                                   and np.kinds[0] in ("capital", "country") and np.code not in home)

    def issuer_in_zone(self, trig: Trigger) -> Optional[NP]:
        """«دانت … التصريحات الصادرة عن السلطات التونسية»: who issued what the act is about."""
        def issued(np: NP) -> bool:
            k = np.first_token - 1 if prep_clitic(self.tokens[np.first_token]) else np.first_token - 2  # over «عن»
            return np.prep == "عن" and k >= 0 and _key(self.tokens[k]) in _ISSUED_BY
        return self._first_in_zone(trig, issued)

    def nationality_in_zone(self, trig: Trigger, exclude: set) -> Optional[NP]:
        """The first nisba («محتجزا إسرائيليا», «أسيرا فلسطينيا») in the trigger's zone."""
        return self._first_in_zone(trig, lambda np: np.kinds[:1] == ("demonym",) and np.code not in exclude)

    @cached_property
    def counted_nationals(self) -> list[NP]:
        """Phrases of counted people with a nationality: «ثلاثة جنود أميركيين», «عشرات العراقيين»,
        «سبعة من عناصر الشرطة الأفغانية» — the casualties a sentence reports."""
        out = []
        for np in self.candidates:
            # «أحد جنوده», «جنديين من جنوده»: a force whose owner is known counts too
            owned = np.kinds[:1] == ("agent",) and bool(self.tokens[np.last_token].enclitic)
            if not ("demonym" in np.kinds or owned) or not np.code:
                continue
            # (a date is no count: «استدعت أمس الاثنين السفير الأميركي»)
            window = [self.tokens[k] for k in range(max(0, np.first_token - _COUNT_REACH), np.first_token + 1)
                      if k not in self.time_tokens]
            dual = self.tokens[np.last_token].norm.endswith("يان")  # «جنديان أميركيان»
            person = (np.first_token > 0 and _key(self.tokens[np.first_token - 1]) in _PERSON_NOUNS) \
                or _key(self.tokens[np.first_token]) in _PERSON_NOUNS  # «جنديا أميركيا», «جنديين اسبانيين»
            if dual or person or any(is_count(t) or t.norm == "احد" for t in window):
                out.append(np)
        return out

    def protested_against(self, trig: Trigger) -> Optional[NP]:
        """The first party named after «على» or «ضد» in the sentence, after the trigger («تظاهر مئات
        في أثينا احتجاجا على الاتفاقية الأوروبية»), after «تنديدا ب», before whose embassy the crowd
        stands («أمام سفارة استونيا»), or whom it accuses («متهمين الجنود الأميركيين»)."""
        for markers in (_PROTESTED_MARKERS, _PROTESTED_BEFORE):
            against = [k for k in range(trig.last_token + 1, len(self.tokens))
                       if _key(self.tokens[k]) in markers or self.tokens[k].norm in markers
                       or (prep_clitic(self.tokens[k]) == "ب" and k > 0 and _key(self.tokens[k - 1]) in _DENOUNCING)]
            for np in self.candidates:
                if np.code and not np.is_place and any(k <= np.first_token <= k + _OBJECT_REACH for k in against):
                    return np  # «احتجاجا على قرار الاتحاد الأوروبي»: the party in what is protested
        return None

    def place_after(self, trig: Trigger) -> Optional[NP]:
        """The first place, capital or country named in the trigger's zone («غارات على مواقع قرب مطار دمشق»)."""
        hi = self._boundary_after(trig)
        for np in self.nps:
            if trig.last_token < np.first_token < hi and np.kinds[0] in ("place", "capital", "country") \
                    and not self._after_passive_marker(np):
                return np
        return None

    def _opens_complement(self, np: NP) -> bool:
        """`np` comes right after «أن/بأن/إن»: the subject of a clause said or promised."""
        k = np.first_token - 1
        return k >= 0 and _is_complementizer(self.tokens[k])

    def _actors_own_side(self, np: NP, actor_codes: set) -> bool:
        """A bare state of the actor's own, its side opening what it says, its capital qualifying a
        noun, or its voice («دعت الخارجية، على لسان المتحدث باسمها …، إلى …»)."""
        return np.code in actor_codes and (
            np.kinds in (("country",), ("demonym",)) or self._opens_complement(np)
            or (np.kinds == ("capital",) and self._genitive_of_plain_noun(np))
            or any(t.norm == "لسان" for t in self.tokens[max(0, np.first_token - 4):np.first_token]))

    def _titled_partner_of(self, np: NP, actors: list[NP]) -> bool:
        """«ودعت الممثلة العليا … موغيريني والمفوض الأوروبي لشؤون التوسيع يوهانس هان، … تركيا إلى»: a
        person of the subject's side, named after a title joined by «و» to the phrase before, is a
        second subject; one named right after the titled subject and where it sits («رئيس المجلس الأعلى
        للدولة في طرابلس خالد المشري») is the subject itself."""
        if "person" not in np.kinds or np.code not in {a.code for a in actors if a.code}:
            return False
        for a in actors:
            # «وزير الدولة المصري للإعلام آنذاك أسامة هيكل»: the title held then, and its holder
            between = range(a.last_token + 1, np.first_token)
            if a.kinds[0] == "agent" and a.code == np.code and any(self.tokens[k].norm in _THEN_WORDS for k in between) \
                    and all(self.tokens[k].norm in _THEN_WORDS or any(
                        c.first_token <= k <= c.last_token and not c.code and c.prep for c in self.candidates)
                        for k in between):
                return True
        before = max((c for c in self.candidates if c.last_token < np.first_token), key=lambda c: c.last_token, default=None)
        if before is not None and before.prep == "في" and (before.is_place or before.kinds[0] == "capital"):
            title = next((a for a in actors if a.kinds[0] == "agent" and a.last_token < before.first_token
                          and all(t.norm == "في" for t in self.tokens[a.last_token + 1:before.first_token])), None)
            if title is not None and title.code == np.code and before.last_token + 1 == np.first_token:
                return True
        if before is None or before.code != np.code:
            return False
        between = self.tokens[before.last_token + 1:np.first_token]
        return bool(between) and conjoined_word(between[0]) and all(t.is_word for t in between)

    def _genitive_of_plain_noun(self, np: NP) -> bool:
        """`np` follows a plain noun as its genitive («مطار صنعاء», «رد طهران»): no preposition, and the
        word before it is neither a trigger nor part of another phrase."""
        k = np.first_token - 1
        return not np.prep and k >= 0 and self.tokens[k].is_word and k not in self.trigger_tokens \
            and not any(c.first_token <= k <= c.last_token for c in self.candidates)

    def _object_suffix(self, trig: Trigger) -> Optional[str]:
        """The object pronoun a verb trigger carries on its one word («تدعوه» → «ه») or on the first
        word of a listed phrase («حمّله المسؤولية»), «» for none, None if the word is no listed form
        with a suffix."""
        forms = {normalize(f) for f in trig.entry.forms}
        readings = self._object_readings(trig)
        if not readings and trig.entry.pos == "verb" and trig.last_token > trig.first_token:
            # «حمّله المسؤولية»: a listed phrase whose first word carries the pronoun
            tok = self.tokens[trig.first_token]
            word = tok.norm[len(tok.proclitics):]
            forms = {normalize(f.split()[0]) for f in trig.entry.forms if " " in f}
            readings = [(word[:len(word) - len(suffix)], suffix) for suffix in _OBJECT_PRONOUNS if word.endswith(suffix)]
        # (a plural verb drops its alef before the pronoun: «أعدموهم» is «أعدموا» + «هم»)
        return next((suffix for stem, suffix in readings if stem in forms
                     or (stem.endswith("و") and stem + "ا" in forms)), None)

    def _dual_object(self, trig: Trigger) -> list[NP]:
        """«…بين الجزائر والمغرب، ودعتهما إلى الحوار»: «هما» on a verb is the last pair of
        parties joined by «و» before it."""
        word = self.tokens[trig.last_token].norm
        if trig.entry.pos != "verb" or trig.entry.frame == "passive" or len(word) < 6 or not word.endswith("هما"):
            return []
        before = [np for np in self.candidates if np.last_token < trig.first_token and np.code]
        if len(before) >= 2 and before[-1].span == before[-2].span and before[-1].code != before[-2].code:
            return before[-2:]  # «بين البلدين»: the two states the text is about
        second = next((np for np in reversed(before) if np.coordinated), None)
        if second is None:
            return []
        first = next((np for np in reversed(before) if np.last_token < second.first_token), None)
        if first is None or second.first_token - first.last_token > 2 or first.code == second.code:
            return []
        return [first, second]

    def _sentence_pair(self) -> list[NP]:
        """The first «بين X و Y» of the sentence."""
        for k, tok in enumerate(self.tokens):
            if tok.norm == _BETWEEN or _key(tok) == _BETWEEN:
                first = next((np for np in self.candidates if np.first_token == k + 1), None)
                if first is not None:
                    second = next((np for np in self.candidates if np.first_token > first.last_token
                                   and np.coordinated and np.first_token - first.last_token <= 3), None)
                    if second is not None:
                        return [first, second]
        return []

    def _location(self, trig: Trigger, lo: int, hi: int) -> Optional[NP]:
        best, best_dist = None, 99
        for np in self.nps:
            # «في البقاع اللبناني», «في مدينة هانوفر الألمانية»: a nisba tells the country of a place
            if np.prep != "في" or not (np.is_place or np.kinds[0] in ("country", "capital", "place") or (
                    np.kinds == ("demonym",) and self._is_definite_at(np.first_token))):
                continue  # (an indefinite nisba describes a thing: «النار في علم أميركي»)
            if np.first_token > trig.last_token:
                dist = np.first_token - trig.last_token
                if np.first_token >= hi:
                    continue
            else:
                dist = trig.first_token - np.last_token + 2
                if np.first_token < lo - 6:
                    continue
            if dist < best_dist:
                best, best_dist = np, dist
        return best
