from datetime import date

import pytest

from rasad.kb.lookup import lookup

CASES = [
    # (text, date, code, sector) — facts, not taken from any test article
    ("الكاظمي", "2018-01-01", "IRQ", "SPY"),
    ("مصطفى الكاظمي", "2021-05-20", "IRQ", "GOV"),
    ("نوري المالكي", "2008-06-01", "IRQ", "GOV"),
    ("رئيس جهاز المخابرات السعودي", "2021-05-20", "SAU", "SPY"),
    ("وزارة الدفاع الأمريكية", "2021-05-20", "USA", "MIL"),
    ("مجلس النواب العراقي", "2021-05-20", "IRQ", "LEG"),
    ("البيت الأبيض", "2021-05-20", "USA", "GOV"),
    ("الكرملين", "2021-05-20", "RUS", "GOV"),
    ("الإليزيه", "2021-05-20", "FRA", "GOV"),
    ("الرياض", "2021-05-20", "SAU", "GOV"),
    ("طهران", "2021-05-20", "IRN", "GOV"),
    ("الحوثيين", "2021-05-20", "YEM", "REB"),
    ("حزب الله", "2021-05-20", "LBN", "REB"),
    ("أبو مازن", "2015-01-01", "PSE", "GOV"),
    ("أردوغان", "2010-01-01", "TUR", "GOV"),
    ("الجيش الإسرائيلي", "2021-05-20", "ISR", "MIL"),
    ("الشرطة العراقية", "2021-05-20", "IRQ", "COP"),
    ("وزير خارجية إيران", "2021-05-20", "IRN", "GOV"),
    ("حركة طالبان", "2010-01-01", "AFG", "REB"),
    ("حركة طالبان", "2022-01-01", "AFG", "GOV"),
    ("حيدر العبادي", "2016-01-01", "IRQ", "GOV"),
    ("عادل عبد المهدي", "2019-06-01", "IRQ", "GOV"),
    ("محمد شياع السوداني", "2023-06-01", "IRQ", "GOV"),
    ("برهم صالح", "2020-06-01", "IRQ", "GOV"),
    ("محمد الحلبوسي", "2020-06-01", "IRQ", "LEG"),
    ("بشار الأسد", "2015-06-01", "SYR", "GOV"),
    ("حسن نصر الله", "2015-06-01", "LBN", "REB"),
    ("ميشال عون", "2018-06-01", "LBN", "GOV"),
    ("نبيه بري", "2015-06-01", "LBN", "LEG"),
    ("عبد الفتاح السيسي", "2016-06-01", "EGY", "GOV"),
    ("محمد مرسي", "2012-10-01", "EGY", "GOV"),
    ("حسني مبارك", "2005-06-01", "EGY", "GOV"),
    ("محمود عباس", "2015-06-01", "PSE", "GOV"),
    ("إسماعيل هنية", "2019-06-01", "PSE", "REB"),
    ("بنيامين نتنياهو", "2015-06-01", "ISR", "GOV"),
    ("نفتالي بينيت", "2021-10-01", "ISR", "GOV"),
    ("عادل الجبير", "2016-06-01", "SAU", "GOV"),
    ("فيصل بن فرحان", "2021-06-01", "SAU", "GOV"),
    ("تميم بن حمد", "2015-06-01", "QAT", "GOV"),
    ("حسن روحاني", "2015-06-01", "IRN", "GOV"),
    ("محمد جواد ظريف", "2016-06-01", "IRN", "GOV"),
    ("قاسم سليماني", "2018-06-01", "IRN", "MIL"),
    ("إبراهيم رئيسي", "2022-06-01", "IRN", "GOV"),
    ("رجب طيب أردوغان", "2016-06-01", "TUR", "GOV"),
    ("هاكان فيدان", "2015-06-01", "TUR", "SPY"),
    ("هاكان فيدان", "2024-06-01", "TUR", "GOV"),
    ("باراك أوباما", "2012-06-01", "USA", "GOV"),
    ("دونالد ترامب", "2018-06-01", "USA", "GOV"),
    ("جو بايدن", "2012-06-01", "USA", "GOV"),
    ("وليام بيرنز", "2022-06-01", "USA", "SPY"),
    ("فلاديمير بوتين", "2010-06-01", "RUS", "GOV"),
    ("سيرغي لافروف", "2015-06-01", "RUS", "GOV"),
    ("إيمانويل ماكرون", "2019-06-01", "FRA", "GOV"),
    ("خليفة حفتر", "2019-06-01", "LBY", "MIL"),
    ("قيس سعيد", "2021-06-01", "TUN", "GOV"),
    ("عبد المجيد تبون", "2021-06-01", "DZA", "GOV"),
    ("عمر البشير", "2015-06-01", "SDN", "GOV"),
    ("أبو بكر البغدادي", "2016-06-01", "IMG", "REB"),
    ("تنظيم الدولة الإسلامية في اليمن", "2016-06-01", "YEM", "REB"),  # a one-country branch is that country's
    ("ولاية سيناء", "2017-06-01", "EGY", "REB"),
    ("رئيس مجموعة الأزمات الدولية", "2015-06-01", "NGO", None),  # an NGO's head has no sector
    ("القيادة العامة للقوات المسلحة المصرية", "2020-01-01", "EGY", "MIL"),
    ("المستشار القضائي للحكومة الإسرائيلية", "2023-06-01", "ISR", "JUD"),
    ("النائب صلاح البردويل", "2008-06-01", "PSE", "LEG"),  # the title picks, of his roles then, his seat
    ("صلاح البردويل", "2008-06-01", "PSE", "REB"),
    ("عبد الملك الحوثي", "2018-06-01", "YEM", "REB"),
    ("عبد ربه منصور هادي", "2016-06-01", "YEM", "GOV"),
    ("وزير الخارجية الإيراني", "2016-06-01", "IRN", "GOV"),
    ("الجيش السوري", "2016-06-01", "SYR", "MIL"),
    ("الحكومة اللبنانية", "2016-06-01", "LBN", "GOV"),
    ("المخابرات الأردنية", "2016-06-01", "JOR", "SPY"),
    ("الخارجية الروسية", "2020-01-01", "RUS", "GOV"),  # the ministry named by its adjective alone
    ("الداخلية العراقية", "2020-01-01", "IRQ", "COP"),
    ("القيادة الفلسطينية", "2020-01-01", "PSE", "GOV"),  # a state's leadership
    ("الطيران الروسي", "2020-01-01", "RUS", "MIL"),  # a state's air force
    ("مسؤولين أتراكاً", "2020-01-01", "TUR", "GOV"),  # a listed broken plural in the accusative
    ("جندياً إسرائيلياً", "2020-01-01", "ISR", "MIL"),  # a one-word force in the accusative
    # an office the bare phrase names one state's of, another's when a state is named
    ("وزارة الخزانة", "2019-03-02", "USA", "GOV"),
    ("وزارة الخزانة البريطانية", "2019-03-02", "GBR", "GOV"),
    ("وزير الخزانة والمالية التركي", "2019-03-02", "TUR", "GOV"),
    ("مجلس العموم", "2019-03-02", "GBR", "LEG"),
    ("مجلس العموم الكندي", "2019-03-02", "CAN", "LEG"),
    ("بان كي مون", "2005-06-01", "KOR", "GOV"),
    ("هيئة تحرير الشام", "2024-12-20", "SYR", "GOV"),
    ("هيئة تحرير الشام", "2021-01-01", "SYR", "REB"),
    ("الباجي قائد السبسي", "2013-06-01", "TUN", "OPP"),
    ("جوزاف عون", "2025-06-01", "LBN", "GOV"),
    # world leaders, second part (eleventh session)
    ("نيكولاس مادورو", "2010-06-01", "VEN", "GOV"),
    ("خوان غوايدو", "2019-02-01", "VEN", "OPP"),
    ("كيم جونغ أون", "2018-06-12", "PRK", "GOV"),
    ("ألكسندر لوكاشينكو", "2020-08-20", "BLR", "GOV"),
    ("أسيمي غويتا", "2022-01-01", "MLI", "GOV"),
    ("عبد الرحمن تياني", "2023-08-01", "NER", "GOV"),
    ("فيكتور أوربان", "2015-01-01", "HUN", "GOV"),
    ("بول كاغامي", "2019-01-01", "RWA", "GOV"),
    # nisbas of two words agree in both («الكورية الجنوبية», «الكوريين الجنوبيين»)
    ("الكورية الجنوبية", "2024-12-04", "KOR", None),
    ("الجنود الكوريين الشماليين", "2024-12-04", "PRK", "MIL"),
    ("الحكومة الجنوب أفريقية", "2024-12-04", "ZAF", "GOV"),
    ("الحكومة في بنغلادش", "2024-12-23", "BGD", "GOV"),  # the spelling without «ي»
    ("الجيش البنغالي", "2024-08-05", "BGD", "MIL"),
    ("المبعوث الأرمني", "2022-01-14", "ARM", "GOV"),  # «أرمني» as well as «أرميني»
    ("المبعوثان الخاصان التركي", "2022-01-14", "TUR", "GOV"),
    ("البعثة الأممية", "2019-04-10", "UNO", "GOV"),
    ("جمهوريون", "2023-09-20", "USA", "OPP"),  # listed bare as well as with the article; out of the White House
    ("البابا فرنسيس", "2022-07-25", "VAT", "REL"),
    ("البابا ليو الرابع عشر", "2025-06-01", "VAT", "REL"),
    ("المسؤولة الأممية", "2019-04-10", "UNO", "GOV"),
    ("الهستدروت", "2023-03-27", "ISR", "LAB"),  # national labour federations
    ("الاتحاد المغربي للشغل", "2019-03-10", "MAR", "LAB"),
    ("الكونفدرالية العامة للعمل", "2023-03-07", "FRA", "LAB"),
    # (the union body led the opposition in the uprising against Bashir and the military council)
    ("تجمع المهنيين السودانيين", "2019-04-06", "SDN", "OPP"),
    ("تجمع المهنيين السودانيين", "2021-06-01", "SDN", "LAB"),
    ("الدفاعات السورية", "2018-09-18", "SYR", "MIL"),
    # a crowd, what it protests or stands before, then the town it is in (not the embassy's state)
    ("المتظاهرون أمام السفارة الفرنسية في نيامي", "2023-07-30", "NER", "CVL"),
    ("محتجو رفع الدعم عن المحروقات في الخرطوم", "2013-09-25", "SDN", "CVL"),
    ("الحرس الوطني الموريتاني", "2021-06-01", "MRT", "COP"),
    ("مؤسسات الدولة المصرية", "2018-01-20", "EGY", "GOV"),
    ("ممثلة العراق في واشنطن", "2004-01-15", "IRQ", "GOV"),  # a generic title of a state: its government's
    ("القوات البحرية الحوثية", "2023-11-19", "YEM", "REB"),  # a group's navy is the group's
    ("الرعايا السعوديون في لبنان", "2017-11-09", "SAU", None),  # nationals abroad: of the nisba's state
    ("العمالة الفلبينية في الكويت", "2018-02-12", "PHL", "LAB"),
    ("الائتلاف العراقي الموحد", "2005-06-01", "IRQ", "GOV"),
    ("تيار الحكمة", "2020-06-01", "IRQ", "OPP"),
    ("الحزب النيجري من أجل الديمقراطية والاشتراكية", "2018-06-01", "NER", "GOV"),
    ("الحزب النيجري من أجل الديمقراطية والاشتراكية", "2024-06-01", "NER", "PTY"),
    ("مستعمرون", "2023-02-27", "ISR", "CVL"),  # Israeli settlers, as Palestinian agencies name them
    ("فولكر بيرتس", "2023-06-08", "UNO", "GOV"),  # not Amir Peretz («بيرتس»)
    ("بعثة يونيتامس", "2022-03-01", "UNO", "GOV"),
    ("المفوضة السامية لحقوق الإنسان", "2019-09-27", "UNO", "GOV"),  # the title in the feminine
    ("مفوض الأمم المتحدة السامي لحقوق الإنسان", "2024-01-10", "UNO", "GOV"),
    ("كولومبيا البريطانية", "2023-09-18", "CAN", None),  # a Canadian province, not Colombia or Britain
    ("قادة الحراك", "2019-04-01", None, "OPP"),  # the leaders, activists and detainees of a protest movement
    ("معتقلي الحراك", "2017-06-01", None, "OPP"),
    ("عادل عبد المهدي", "2021-06-01", "IRQ", None),  # a year after he left office, with none since
    ("نائب قائد الجيش اللبناني", "2020-01-01", "LBN", "MIL"),  # «نائب» before an office is its deputy
    ("نائب مدير المخابرات المركزية الأمريكية", "2020-01-01", "USA", "SPY"),
    ("نائب حزب الله", "2019-01-01", "LBN", "LEG"),  # before a party, a member of parliament
    ("وزير الدفاع في الحكومة السودانية", "2022-06-01", "SDN", "MIL"),  # an office in the government keeps its sector
    ("لجنة الاستخبارات في البرلمان البريطاني", "2015-01-01", "GBR", "LEG"),  # a body in parliament takes its
    ("يونيفيل", "2024-10-15", "UNO", "MIL"),  # transliterated acronyms without the article
    ("أونروا", "2024-01-28", "UNO", "GOV"),
    ("قصر القصبة", "2022-06-01", "TUN", "GOV"),  # the Tunisian head of government's seat
    ("قصر باردو", "2021-07-26", "TUN", "LEG"),  # the Tunisian parliament's seat
    ("النشطاء", "2017-06-01", None, "CVL"),  # the broken plural of «ناشط», and the feminine
    ("الناشطة", "2017-06-01", None, "CVL"),
    ("مشيعون غاضبون", "2023-07-06", None, "CVL"),  # mourners at a funeral
    ("وزراء الخارجية العرب", "2019-10-12", "IGO", "GOV"),  # the Arab League's council of ministers
    ("النقابيين التونسيين", "2019-01-17", "TUN", "LAB"),  # trade unionists
    ("نقيب المحامين المصريين", "2022-06-01", "EGY", "LAB"),  # bar presidents and bar associations
    ("عميد المحامين التونسيين", "2024-05-14", "TUN", "LAB"),
    ("نقابة المحامين في بيروت", "2019-11-18", "LBN", "LAB"),
    ("حقوقيون مصريون", "2019-09-25", "EGY", "CVL"),  # rights activists
    ("منظومة الحكم", "2021-04-05", None, "GOV"),  # the ruling system: a body of the state in question
    ("عضو مجلس الشورى هدى نونو", "2007-01-01", "BHR", "LEG"),  # an uncoded title before a name is the name's
    ("الحركة الشعبية – قطاع الشمال", "2016-01-01", "SDN", "REB"),  # a dash in a name is no part of it
    ("الممثلة الخاصة بالإنابة للأمين العام", "2020-05-19", "UNO", "GOV"),  # nor is «acting» in a title
    ("صندوق 1MDB الماليزي", "2016-01-01", "MYS", "BUS"),  # Latin letters in a listed name match in any case
    ("تحالف دعم الشرعية", "2019-06-01", "SAU", "MIL"),  # the Saudi-led coalition in Yemen, not Egypt's 2013 alliance
    ("التحالف الوطني لدعم الشرعية", "2014-01-01", "EGY", "OPP"),  # which keeps its full name
    # foreign ministries by full official names that say whose they are
    ("وزارة الشؤون الخارجية والتعاون الأفريقي والمغاربة المقيمين بالخارج", "2021-08-25", "MAR", "GOV"),
    ("وزارة الخارجية والهجرة وشؤون المصريين بالخارج", "2024-09-01", "EGY", "GOV"),
    # the envoy after the state he is accredited to holds the title; the opposition's factions
    ("سفير الإمارات لدى الولايات المتحدة يوسف العتيبة", "2019-06-01", "ARE", "GOV"),
    ("الفصائل المعارضة في سوريا", "2018-07-01", "SYR", "REB"),
    ("القوى المعارضة في تونس", "2022-07-01", "TUN", "OPP"),
    # a title, its own adjective, then «ل» and the body it heads (and the city a body belongs to)
    ("المدير العام للأمن العام اللبناني", "2017-07-01", "LBN", "COP"),
    ("المدير العام لشرطة دبي", "2020-01-01", "ARE", "COP"),
    ("القوات الكردية في الحسكة", "2022-01-26", "SYR", "REB"),
    # a ministry named by its portfolio and its state's feminine nisba; crowds, residents and the displaced of a
    # place; a group's own council; riot police
    ("الدفاع الروسية", "2016-06-01", "RUS", "MIL"),
    ("الخزانة الأمريكية", "2019-06-01", "USA", "GOV"),
    ("التعليم السعودية", "2020-09-01", "SAU", "GOV"),
    ("السياحة التونسية", "2015-07-01", "TUN", "GOV"),
    ("النقل المصرية", "2019-03-01", "EGY", "GOV"),
    ("الدفاع الجوي السوري", "2016-06-01", "SYR", "MIL"),
    ("سكان غزة", "2021-05-15", "PSE", None),  # (residents named by their place: no sector)
    ("نازحو الموصل", "2017-03-01", "IRQ", "REF"),
    ("عمال المحلة الكبرى", "2008-04-06", "EGY", "LAB"),
    ("مجلس شورى حركة حماس", "2021-06-01", "PSE", "REB"),
    ("مجلس الشورى السعودي", "2021-06-01", "SAU", "LEG"),
    ("شرطة مكافحة الشغب التركية", "2013-06-01", "TUR", "COP"),
    # companies and media outlets (groups_companies_media.yaml)
    ("شركة أرامكو السعودية", "2019-09-14", "SAU", "BUS"),
    ("سوناطراك", "2013-01-17", "DZA", "BUS"),
    ("قناة الجزيرة", "2006-07-15", "QAT", "MED"),
    ("صحيفة هآرتس", "2020-06-01", "ISR", "MED"),
    # the South Caucasus, Central Asia, Afghanistan and the Sahel (sixty-fourth session)
    ("إدارة مسلمي القوقاز", "2012-06-01", "AZE", "REL"),
    ("وزير الخارجية عبد العزيز كاملوف", "2015-06-01", "UZB", "GOV"),
    ("المديرية الوطنية للأمن", "2015-06-01", "AFG", "SPY"),
    # a party in power is the government (CAMEO's GOV takes in governing parties), before it a party
    ("حزب العقد المدني", "2021-06-20", "ARM", "GOV"),
    ("حزب العقد المدني", "2016-06-01", "ARM", "OPP"),
    # «حزب» before a party's own name takes the party's years in government, as it does its years in opposition
    ("حزب الاتحاد الوطني الكردستاني", "2019-10-05", "IRQ", "GOV"),
    ("حزب القوات اللبنانية", "2013-06-01", "LBN", "OPP"),
    ("حزب الازدهار", "2021-06-21", "ETH", "GOV"),
    ("حزب العدالة والتنمية التركي", "2004-06-01", "TUR", "GOV"),
    ("حزب البعث العربي الاشتراكي", "2010-06-01", "SYR", "GOV"),
    ("قصر كولوبا", "2022-06-01", "MLI", "GOV"),
    ("أهالي أنديجان", "2005-05-14", "UZB", None),  # (its residents; the lookup tables give them no sector)
    # the Maghreb and the Sahel (sixty-eighth session): a peacekeeping mission's head is its civilian envoy; of two
    # people a name fits, the one whose written forms end as the text's does
    ("رئيسة بعثة المينورسو", "2015-03-01", "UNO", "GOV"),
    ("بعثة المينورسو", "2015-03-01", "UNO", "MIL"),
    ("محمد عيسى وزير الشؤون الدينية والأوقاف", "2016-03-01", "DZA", "GOV"),
    ("محمد العيسى", "2019-03-01", "SAU", "REL"),
    ("الاتحاد من أجل الجمهورية والديمقراطية", "2020-04-01", "MLI", "OPP"),
    ("الاتحاد من أجل الجمهورية", "2020-04-01", "MRT", "GOV"),
    ("عائلات ضحايا الإرهاب في الجزائر", "2005-09-20", "DZA", "CVL"),
    ("تنظيم القاعدة ببلاد المغرب الإسلامي", "2016-06-01", "IMG", "REB"),
    ("الملك حمد", "2011-03-16", "BHR", "GOV"),  # a ruler's title and first name, as a second mention writes it
    # Africa and Asia (table fresh106) and the Gulf (table fresh107): parties by their place in government, armed
    # groups, a company no longer read as the man who shares its family name
    ("الحركة الشعبية لتحرير أنغولا", "2010-01-01", "AGO", "GOV"),
    ("حزب العمل الشعبي السنغافوري", "2015-09-11", "SGP", "GOV"),
    ("جيش أراكان", "2020-01-01", "MMR", "REB"),
    ("مجموعة بن لادن السعودية", "2015-09-11", "SAU", "BUS"),
    ("وكالة الفضاء الإيرانية", "2019-01-15", "IRN", "GOV"),
    # the great powers, Europe and the Americas (table fresh104): Northern Ireland's parties by their place in its
    # executive, a family name two people bear told apart by the dates, striking students as students
    ("شين فين", "2008-06-01", "GBR", "GOV"),
    ("الجيش الجمهوري الأيرلندي", "2000-06-01", "GBR", "REB"),
    ("بيزلي", "2007-06-01", "GBR", "GOV"),
    ("بيزلي", "2020-05-01", "UNO", "GOV"),
    ("حزب فيانا فايل", "2012-06-01", "IRL", "OPP"),
    ("الطلبة المضربون في كيبيك", "2012-05-01", "CAN", "EDU"),
    # (session 89) Israel's air defences as its forces, the Qassam Brigades by their short name, parties of Africa's
    # Atlantic states by their dated place in government, and people of the Asia and Africa table (fresh110)
    ("منظومة القبة الحديدية", "2014-07-09", "ISR", "MIL"),
    ("التحالف الدولي الذي تقوده واشنطن", "2017-06-01", "USA", "MIL"),
    ("التحالف الذي تقوده الولايات المتحدة", "2019-12-29", "USA", "MIL"),
    ("القسام", "2014-07-09", "PSE", "REB"),
    ("الحزب الأفريقي لاستقلال غينيا والرأس الأخضر", "2015-01-15", "GNB", "GOV"),
    ("حزب المؤتمر المالاوي", "2021-06-01", "MWI", "GOV"),
    ("جانغ سونغ تيك", "2012-08-15", "PRK", "GOV"),
    ("المتطرفين اليهود", "2015-07-31", "ISR", "CVL"),  # in the Arabic press, as settlers are
    ("الفريق تلالي كامولي", "2014-08-31", "LSO", "MIL"),
]


@pytest.mark.parametrize("text,when,code,sector", CASES)
def test_lookup_with_dates(resolve, text, when, code, sector):
    results = resolve(text, date.fromisoformat(when))
    assert results, text
    assert (results[0]["code"], results[0]["sector"]) == (code, sector)


def test_nationals_named_with_the_place_they_are_in_are_theirs(resolve):
    assert resolve("المصريون العالقون في السودان", date(2023, 4, 24))[0]["code"] == "EGY"
    # (an unnamed body's place still names its state)
    assert resolve("النازحون إلى إقليم كردستان", date(2014, 8, 15))[0]["code"] == "IRQ"
    # fighters in construct with their region are its rebels
    assert (resolve("متمردو دارفور", date(2004, 4, 8))[0]["code"], resolve("متمردو دارفور", date(2004, 4, 8))[0]["sector"]) \
        == ("SDN", "REB")
    # (a governor of a part of a province, and a body «في» a state whose name begins with a word of direction)
    first = resolve("والي شمال دارفور", date(2010, 6, 1))[0]
    assert (first["code"], first["sector"]) == ("SDN", "GOV")
    first = resolve("المعارضة المسلحة في جنوب السودان", date(2014, 6, 1))[0]
    assert (first["code"], first["sector"]) == ("SSD", "REB")


def test_unknown_text_gives_empty_list(kb):
    assert lookup(kb, "كلام عادي لا أسماء فيه", date(2021, 1, 1)) == []


@pytest.mark.parametrize("text", ["رياض", "جيش"])
def test_a_name_listed_only_with_the_article_needs_it(resolve, text):
    assert not any(r["code"] == "SAU" for r in resolve(text, date(2021, 1, 1)))  # «رياض» is a first name


@pytest.mark.parametrize("adjective", ["السعودي", "السعودية", "السعوديين", "السعوديون"])
def test_demonym_forms_are_generated(resolve, adjective):
    results = resolve(f"الجيش {adjective}", date(2021, 1, 1))
    assert results[0]["code"] == "SAU"


def test_press_spelling_variants(resolve):
    assert resolve("الأميركية", date(2021, 1, 1))[0]["code"] == "USA"
    assert resolve("الأمريكية", date(2021, 1, 1))[0]["code"] == "USA"


@pytest.mark.parametrize("text", ["الكيان الصهيوني", "العدو الصهيوني", "غارة صهيونية"])
def test_zionist_names_israel_as_the_press_of_its_enemies_does(resolve, text):
    assert resolve(text, date(2024, 8, 1))[0]["code"] == "ISR"


@pytest.mark.parametrize("text", ["قوات الاحتلال", "الاحتلال الإسرائيلي"])
def test_the_occupation_names_the_israeli_forces(resolve, text):
    assert [(r["code"], r["sector"]) for r in resolve(text, date(2023, 1, 1))] == [("ISR", "MIL")]


def test_ambiguous_name_follows_the_states_the_document_names(tmp_path):
    """Two people share a family name and both hold office at the date: the document decides."""
    from rasad.coder.pipeline import Coder
    from rasad.kb.knowledge import KnowledgeBase, load_kb
    from rasad.schema import Document

    people = tmp_path / "people" / "twins.yaml"
    people.parent.mkdir()
    people.write_text("""
- id: test_omani
  names: [سالم الفلاني, الفلاني]
  roles: [{code: OMN, sector: GOV, office: Minister, start: 2015, end: null}]
- id: test_kuwaiti
  names: [خالد الفلاني, الفلاني]
  roles: [{code: KWT, sector: GOV, office: Minister, start: 2015, end: null}]
""", encoding="utf-8")
    base = load_kb([people], include_user=False)
    coder = Coder(kb=KnowledgeBase(base.entries), detector=None)
    for country, code in (("الكويت", "KWT"), ("سلطنة عمان", "OMN")):
        text = f"أعلنت {country} أمس موقفها. وزار الفلاني بغداد."
        visit = [e for e in coder.code(Document("a", text, "2021-01-01")) if e.event_type == "CONSULT"][0]
        assert visit.actor[0].entity.code == code


def test_hamza_alef_lam_is_part_of_the_word(resolve):
    """«الألماني»: the article before «ألماني», whose «أل» is not an article."""
    for text in ("وزير الخارجية الألماني", "الألمانية", "ألمانيا", "الألمان"):
        assert "DEU" in {r["code"] for r in resolve(text, None)}, text


def test_preposition_inside_a_name_does_not_block_segmentation(resolve):
    """«الأمين العام لمجلس التعاون» lists «لمجلس»; the word is still ل + «مجلس» elsewhere."""
    assert [r["code"] for r in resolve("القمة الحادية والأربعون لمجلس التعاون الخليجي", None)] == ["IGO"]


@pytest.mark.parametrize("text", ["السياسة الخارجية", "في شؤونها الداخلية", "تدخلات خارجية", "مناورات بحرية",
                                  "غرفة القيادة", "مقر القيادة العسكرية"])
def test_sector_words_used_as_adjectives_name_nobody(resolve, text):
    assert resolve(text, date(2020, 1, 1)) == []


def test_an_office_in_the_accusative_names_no_one_a_force_does(resolve):
    """«انتُخب رئيساً» is elected president (a predicate), «قتل جندياً» killed a soldier."""
    assert resolve("انتُخب رئيساً", date(2020, 1, 1)) == []
    assert [(r["code"], r["sector"]) for r in resolve("قتل جندياً", date(2020, 1, 1))] == [(None, "MIL")]


@pytest.mark.parametrize("text", ["أفاد مصدر أمني", "وأفاد البيان"])
def test_a_reporting_verb_is_not_an_acronym_it_spells_once_normalised(resolve, text):
    """«آفاد» (Turkey's disaster agency) loses its madda to normalisation and reads as «أفاد» (reported)."""
    assert resolve(text, date(2023, 2, 7)) == []
    assert resolve("هيئة آفاد", date(2023, 2, 7))[0]["code"] == "TUR"


def test_a_definite_word_is_not_a_name_written_without_the_article(resolve):
    """«الهادي» (an imam's epithet) is not «هادي» (Yemen's president); «الأسد» is written with it."""
    assert resolve("الهادي", date(2016, 1, 1)) == []
    assert resolve("هادي", date(2016, 1, 1))[0]["code"] == "YEM"
    assert resolve("الأسد", date(2016, 1, 1))[0]["code"] == "SYR"


def test_a_phrase_stops_before_a_skipped_token_and_a_shorter_one_matches():
    from rasad.kb.matcher import TokenTrie
    from rasad.text.tokens import tokenize

    trie = TokenTrie()
    trie.add_phrase("سحب", "noun")
    trie.add_phrase("سحب قواته", "phrase")
    tokens = tokenize("سحب قواته")
    assert trie.find_all(tokens) == [(0, 1, ["phrase"])]
    assert trie.find_all(tokens, skip={1}) == [(0, 0, ["noun"])]


def test_a_trie_knows_when_no_token_could_end_one_of_its_phrases():
    from rasad.kb.matcher import TokenTrie
    from rasad.text.tokens import tokenize

    trie = TokenTrie()
    trie.add_phrase("مايك بومبيو", "person")
    # («مايك» starts the phrase but cannot end it: nothing to try)
    assert not trie.may_end_in(t.keys for t in tokenize("قال مايك إن الاجتماع انتهى"))
    tokens = tokenize("قال مايك بومبيو إن الاجتماع انتهى")
    assert trie.may_end_in(t.keys for t in tokens) and trie.find_all(tokens) == [(1, 2, ["person"])]


@pytest.mark.parametrize("table, code_floor, floor", [
    ("kb_lookup_fresh.jsonl", 0.98, 0.85), ("kb_lookup_fresh2.jsonl", 0.98, 0.95), ("kb_lookup_fresh3.jsonl", 0.98, 0.98),
    ("kb_lookup_fresh4.jsonl", 0.98, 0.98), ("kb_lookup_fresh5.jsonl", 0.98, 0.95),
    ("kb_lookup_fresh6.jsonl", 0.95, 0.95),  # not read: arrived at 0.900 / 0.850 with the twenty-fourth session's KB
    ("kb_lookup_fresh7.jsonl", 0.98, 0.98),  # arrived at 0.847 / 0.760 with the twenty-fifth session's starting KB
    ("kb_lookup_fresh8.jsonl", 0.95, 0.94),  # not read: arrived at 0.827 / 0.773 likewise
    ("kb_lookup_fresh9.jsonl", 0.98, 0.98),  # arrived at 0.913 / 0.820 with the session's new entries
    ("kb_lookup_fresh10.jsonl", 0.98, 0.98),  # arrived at 0.873 / 0.800 likewise; read since
    ("kb_lookup_fresh11.jsonl", 0.95, 0.94),  # not read: 0.867 / 0.840 with the twenty-fifth session's final KB
    ("kb_lookup_fresh12.jsonl", 0.96, 0.92),  # not read: 0.840 / 0.780 likewise
    ("kb_lookup_fresh13.jsonl", 0.94, 0.91),  # arrived at 0.827 / 0.707 with the twenty-sixth session's starting KB; read since
    ("kb_lookup_fresh14.jsonl", 0.95, 0.93),  # not read: arrived at 0.900 / 0.780 likewise
    ("kb_lookup_fresh15.jsonl", 0.94, 0.91),  # not read: arrived at 0.907 / 0.853 with the twenty-seventh session's starting KB
    ("kb_lookup_fresh16.jsonl", 0.96, 0.94),  # arrived at 0.933 / 0.847 likewise; read since
    ("kb_lookup_fresh17.jsonl", 0.96, 0.94),  # arrived at 0.933 / 0.840 likewise; read since
    ("kb_lookup_fresh18.jsonl", 0.93, 0.90),  # not read: arrived at 0.940 / 0.860 likewise
    ("kb_lookup_fresh19.jsonl", 0.96, 0.95),  # arrived at 0.920 / 0.867 with the twenty-eighth session's starting KB; read since
    ("kb_lookup_fresh20.jsonl", 0.91, 0.90),  # not read: arrived at 0.907 / 0.860 likewise
    ("kb_lookup_fresh21.jsonl", 0.94, 0.92),  # not read: arrived at 0.907 / 0.860 likewise
    ("kb_lookup_fresh22.jsonl", 0.96, 0.92),  # arrived at 0.927 / 0.833 likewise; read since
    ("kb_lookup_fresh23.jsonl", 0.96, 0.95),  # arrived at 0.927 / 0.847 with the twenty-ninth session's starting KB; read since
    ("kb_lookup_fresh24.jsonl", 0.95, 0.86),  # not read: arrived at 0.933 / 0.833 likewise
    ("kb_lookup_fresh25.jsonl", 0.90, 0.83),  # not read: arrived at 0.887 / 0.813 with the thirtieth session's starting KB
    ("kb_lookup_fresh26.jsonl", 0.96, 0.90),  # not read: arrived at 0.967 / 0.900 likewise (0.913 → 0.907 when a
    # lookup began to rank the head before a phrase under a preposition, which gained five rows on five other tables)
    ("kb_lookup_fresh27.jsonl", 0.96, 0.96),  # arrived at 0.953 / 0.913 with the thirty-first session's starting KB; read since
    ("kb_lookup_fresh28.jsonl", 0.97, 0.95),  # arrived at 0.927 / 0.867 likewise; read since
    ("kb_lookup_fresh29.jsonl", 0.96, 0.94),  # arrived at 0.893 / 0.840 likewise; read since
    ("kb_lookup_fresh30.jsonl", 0.97, 0.96),  # not read: arrived at 0.980 / 0.967 (the brief's ranks), likewise
    ("kb_lookup_fresh31.jsonl", 0.96, 0.93),  # not read: arrived at 0.967 / 0.940 (the brief's ranks; 0.927 with the
    # session's starting KB)
    ("kb_lookup_fresh32.jsonl", 0.99, 0.98),  # arrived at 0.940 / 0.860 (the brief's ranks) with the thirty-second
    ("kb_lookup_fresh33.jsonl", 0.99, 0.97),  # session's starting KB, 0.933 / 0.833 for fresh33; both read since
    ("kb_lookup_fresh34.jsonl", 0.98, 0.98),  # arrived at 0.873 / 0.867 likewise (the great powers); read since
    ("kb_lookup_fresh35.jsonl", 0.97, 0.90),  # not read: arrived at 0.953 / 0.867 likewise (Arab states, 2000-2013)
    ("kb_lookup_fresh36.jsonl", 0.95, 0.90),  # arrived at 0.927 / 0.833 with the thirty-third session's starting KB
    # (the whole region, 2014-2026, a third of second rank); read since
    ("kb_lookup_fresh37.jsonl", 0.92, 0.82),  # not read: arrived at 0.927 / 0.800 likewise, 0.933 / 0.833 with the
    # session's KB of its arrival (Arab states, Iran, Turkey, Israel, 2014-2026)
    ("kb_lookup_fresh38.jsonl", 0.98, 0.97),  # arrived at 0.947 / 0.887 with the thirty-fourth session's starting
    # KB (the region and the powers, 2000-2013); read since
    ("kb_lookup_fresh39.jsonl", 0.94, 0.86),  # not read: arrived at 0.947 / 0.860 likewise, 0.953 / 0.873 with the
    # session's KB of its arrival (the region and the powers, 2000-2026)
    ("kb_lookup_fresh40.jsonl", 0.92, 0.82),  # not read: arrived at 0.927 / 0.833 with the session's starting KB and
    # with that of its arrival alike
    ("kb_lookup_fresh41.jsonl", 0.98, 0.96),  # arrived at 0.893 / 0.793 with the fifty-eighth session's starting KB
    # (careers across sectors, 2000-2026); read since
    ("kb_lookup_fresh42.jsonl", 0.98, 0.95),  # arrived at 0.887 / 0.753 with the fifty-ninth session's starting KB
    # (second rank, careers across sectors, crowds named by place); read since
    ("kb_lookup_fresh43.jsonl", 0.98, 0.96),  # arrived at 0.920 / 0.833 with the sixtieth session's starting KB
    # (third rank, careers across sectors, seats, chambers, institutions); read since
    ("kb_lookup_fresh44.jsonl", 0.94, 0.88),  # arrived at 0.933 / 0.820 with the sixty-first session's starting KB
    # (well-known people, descriptions, organisations, companies and media); read since
    ("kb_lookup_fresh45.jsonl", 0.96, 0.86),  # not read: arrived at 0.953 / 0.840 with the sixty-fourth session's
    # starting KB and with that of its arrival alike (second and third rank, the Caucasus, the Sahel and the Horn);
    # 0.967 / 0.873 with the session's final KB (entries and the ruling-party convention from fresh46 and fresh47)
    ("kb_lookup_fresh46.jsonl", 0.97, 0.92),  # arrived at 0.920 / 0.813 with the sixty-fourth session's starting KB
    # (the South Caucasus, the Sahel, the Horn, Afghanistan, Pakistan and Central Asia); read since
    ("kb_lookup_fresh47.jsonl", 0.96, 0.82),  # arrived at 0.940 / 0.767 with the sixty-fourth session's starting KB
    # (the region's second rank, 2017-2026, a dozen ruling parties); read since
    ("kb_lookup_fresh48.jsonl", 0.98, 0.93),  # arrived at 0.967 / 0.880 with the sixty-fourth session's starting KB
    # (people of 2017-2026: ministers, commanders, envoys); read since
    ("kb_lookup_fresh49.jsonl", 0.90, 0.79),  # not read: arrived at 0.913 / 0.800 with the sixty-fourth session's
    # starting KB, 0.913 / 0.807 with its final KB (the region's people, bodies and organisations, 2017-2026)
    ("kb_lookup_fresh50.jsonl", 0.96, 0.88),  # arrived at 0.887 / 0.720 with the sixty-fifth session's starting KB
    # (the Maghreb, Egypt, Sudan, Libya and the Sahel: bodies, courts, media); read since
    ("kb_lookup_fresh51.jsonl", 0.98, 0.86),  # arrived at 0.900 / 0.700 with the sixty-fifth session's starting KB
    # (the Gulf, Iraq, the Levant, Iran, Turkey and Israel: second rank, crowds, bodies, parties in government);
    # read since
    ("kb_lookup_fresh52.jsonl", 0.97, 0.92),  # arrived at 0.927 / 0.800 with the sixty-fifth session's starting KB
    # (the region's first and second rank, descriptions, media and banks); read since
    ("kb_lookup_fresh53.jsonl", 0.88, 0.68),  # not read: arrived at 0.900 / 0.693 with the sixty-fifth session's
    # starting KB, 0.900 / 0.700 with the KB of its arrival (the Arab states' bodies, crowds and second rank)
    ("kb_lookup_fresh54.jsonl", 0.90, 0.82),  # arrived at 0.827 / 0.707 with the sixty-fifth session's starting KB
    # (the region's people, bodies, media and companies as a news analysis names them); read since
    ("kb_lookup_fresh55.jsonl", 0.95, 0.86),  # arrived at 0.933 / 0.780 with the sixty-sixth session's starting KB
    # (Iraq, Syria, Lebanon, Jordan, the Palestinians, Israel, Turkey and Iran); read since
    ("kb_lookup_fresh56.jsonl", 0.85, 0.69),  # not read: arrived at 0.867 / 0.713 with the sixty-sixth session's
    # starting KB and with that of its arrival (Egypt, Sudan, Libya, the Maghreb, the Gulf and Yemen)
    ("kb_lookup_fresh57.jsonl", 0.80, 0.67),  # not read: arrived at 0.820 / 0.687 with the sixty-sixth session's
    # starting KB, 0.827 / 0.693 with the KB of its arrival (the region and the great powers' officials)
    ("kb_lookup_fresh58.jsonl", 0.91, 0.82),  # arrived at 0.873 / 0.687 with the sixty-sixth session's starting KB
    # (the Levant, Egypt, Libya and the Gulf: crowds, forces and bodies of a place, titles without names); read since
    ("kb_lookup_fresh59.jsonl", 0.96, 0.90),  # arrived at 0.867 / 0.747 with the sixty-seventh session's starting KB
    # (North Africa, the Nile valley and the Sahel); read since
    ("kb_lookup_fresh60.jsonl", 0.84, 0.69),  # not read: arrived at 0.860 / 0.713 with the sixty-seventh session's
    # starting KB, 0.860 / 0.720 with the KB of its arrival (Iran, Turkey, Israel, the Kurds and Yemen)
    ("kb_lookup_fresh61.jsonl", 0.93, 0.82),  # arrived at 0.873 / 0.660 with the sixty-seventh session's starting KB
    # (the Gulf states, Yemen and Iraq); read since
    ("kb_lookup_fresh62.jsonl", 0.86, 0.76),  # not read: arrived at 0.867 / 0.767 with the sixty-seventh session's
    # starting KB, 0.873 / 0.780 with the KB of its arrival (the great powers and international bodies)
    ("kb_lookup_fresh63.jsonl", 0.79, 0.64),  # not read: arrived at 0.813 / 0.660 with the sixty-eighth session's
    # starting KB and the KB of its arrival (the Levant: Palestine, Jordan, Lebanon and Israel)
    ("kb_lookup_fresh64.jsonl", 0.95, 0.91),  # arrived at 0.820 / 0.700 with the sixty-eighth session's starting KB
    # (the Maghreb and the Sahel); read since
    ("kb_lookup_fresh65.jsonl", 0.85, 0.70),  # not read: arrived at 0.853 / 0.700 with the sixty-ninth session's
    # starting KB and the KB of its arrival (Iraq and Syria)
    ("kb_lookup_fresh66.jsonl", 0.95, 0.89),  # arrived at 0.820 / 0.673 with the sixty-ninth session's starting KB
    # (Egypt, Sudan and the Horn of Africa); read since
    ("kb_lookup_fresh67.jsonl", 0.93, 0.76),  # not read: arrived at 0.940 / 0.773 with the seventieth session's
    # starting KB and the KB of its arrival (the Gulf and Yemen)
    ("kb_lookup_fresh68.jsonl", 0.95, 0.90),  # arrived at 0.880 / 0.787 with the seventieth session's starting KB
    # (the great powers and international organisations); read since
    ("kb_lookup_fresh69.jsonl", 0.81, 0.69),  # not read: arrived at 0.813 / 0.693 with the seventy-first session's
    # starting KB and the KB of its arrival (the Levant, Israel and Palestine)
    ("kb_lookup_fresh70.jsonl", 0.91, 0.82),  # arrived at 0.767 / 0.580 with the seventy-first session's starting KB
    # (the Maghreb, Turkey and Iran); read since
    ("kb_lookup_fresh71.jsonl", 0.77, 0.61),  # not read: arrived at 0.780 / 0.620 with the seventy-second session's
    # starting KB and the KB of its arrival (Iraq, Syria and the Kurds)
    ("kb_lookup_fresh72.jsonl", 0.88, 0.76),  # arrived at 0.793 / 0.627 with the seventy-second session's starting KB
    # (Egypt, Sudan, Yemen and the Horn of Africa); read since
    ("kb_lookup_fresh73.jsonl", 0.87, 0.67),  # not read: arrived at 0.887 / 0.687 with the seventy-third session's
    # starting KB and the KB of its arrival (the Gulf and the Levant)
    ("kb_lookup_fresh74.jsonl", 0.96, 0.90),  # arrived at 0.900 / 0.813 with the seventy-third session's starting KB
    # (the great powers and the international bodies); read since
    ("kb_lookup_fresh75.jsonl", 0.80, 0.68),  # not read: arrived at 0.807 / 0.680 with the seventy-fourth session's
    # starting KB and the KB of its arrival (the Maghreb, Turkey and Iran)
    ("kb_lookup_fresh76.jsonl", 0.95, 0.81),  # arrived at 0.873 / 0.727 with the seventy-fourth session's starting KB
    # (Egypt, Sudan, Yemen and the Horn of Africa); read since
    ("kb_lookup_fresh77.jsonl", 0.80, 0.62),  # not read: arrived at 0.800 / 0.620 with the seventy-fifth session's
    # starting KB and the KB of its arrival (Iraq, Syria, Lebanon, Jordan and the Kurds)
    ("kb_lookup_fresh78.jsonl", 0.89, 0.86),  # arrived at 0.840 / 0.747 with the seventy-fifth session's starting KB
    # (the great powers and the international bodies as the Arab press names them); read since
    ("kb_lookup_fresh79.jsonl", 0.84, 0.69),  # not read: arrived at 0.847 / 0.693 with the seventy-sixth session's
    # starting KB and the KB of its arrival (the Gulf states, Yemen and Iran)
    ("kb_lookup_fresh80.jsonl", 0.88, 0.75),  # arrived at 0.753 / 0.560 with the seventy-sixth session's starting KB
    # (Egypt, Sudan, Libya and the Maghreb); read since
    ("kb_lookup_fresh81.jsonl", 0.82, 0.68),  # not read: arrived at 0.820 / 0.687 with the seventy-seventh session's
    # starting KB and the KB of its arrival (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh82.jsonl", 0.96, 0.92),  # arrived at 0.880 / 0.787 with the seventy-seventh session's starting KB
    # (Turkey, the Caucasus, Central and South Asia and Africa); read since
    ("kb_lookup_fresh83.jsonl", 0.85, 0.64),  # not read: arrived at 0.860 / 0.647 with the seventy-eighth session's
    # starting KB and the KB of its arrival (the Gulf, Yemen, Iran, Egypt and the Maghreb)
    ("kb_lookup_fresh84.jsonl", 0.95, 0.93),  # arrived at 0.867 / 0.747 with the seventy-eighth session's starting KB
    # (the great powers, Europe and the Americas); read since
    ("kb_lookup_fresh85.jsonl", 0.71, 0.55),  # not read: arrived at 0.713 / 0.553 with the seventy-ninth session's
    # starting KB and the KB of its arrival (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh86.jsonl", 0.98, 0.95),  # arrived at 0.960 / 0.793 with the seventy-ninth session's starting KB
    # (Turkey, Central and South Asia and Africa); read since
    ("kb_lookup_fresh87.jsonl", 0.82, 0.71),  # not read: arrived at 0.820 / 0.707 with the eightieth session's
    # starting KB and 0.820 / 0.713 with its final one (the Gulf, Yemen, Iran, Egypt and the Maghreb)
    ("kb_lookup_fresh88.jsonl", 0.98, 0.93),  # arrived at 0.920 / 0.807 with the eightieth session's starting KB
    # (the great powers, Europe and the Americas); read since
    ("kb_lookup_fresh89.jsonl", 0.80, 0.59),  # not read: arrived at 0.793 / 0.593 with the eighty-first session's
    # starting KB and 0.800 / 0.593 with its final one (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh90.jsonl", 0.97, 0.93),  # arrived at 0.907 / 0.753 with the eighty-first session's starting KB
    # (Turkey, Asia and Africa); read since
    ("kb_lookup_fresh91.jsonl", 0.83, 0.70),  # not read: arrived at 0.833 / 0.700 with the eighty-second session's
    # starting KB, and the same with its final one (the Gulf, Yemen, Iran, Egypt and the Maghreb)
    ("kb_lookup_fresh92.jsonl", 0.98, 0.96),  # arrived at 0.927 / 0.780 with the eighty-second session's starting KB
    # (the great powers, Europe and the Americas); read since
    ("kb_lookup_fresh93.jsonl", 0.83, 0.66),  # not read: arrived at 0.833 / 0.660 with the eighty-third session's
    # starting KB, and the same with its final one (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh94.jsonl", 0.95, 0.92),  # arrived at 0.907 / 0.693 with the eighty-third session's starting KB
    # (Turkey, Asia and Africa); read since
    ("kb_lookup_fresh95.jsonl", 0.80, 0.68),  # not read: arrived at 0.800 / 0.687 with the eighty-fourth session's
    # starting KB, and the same with its final one (the Gulf, Yemen, Iran, Egypt and the Maghreb)
    ("kb_lookup_fresh96.jsonl", 0.96, 0.89),  # arrived at 0.873 / 0.720 with the eighty-fourth session's starting KB
    # (the great powers, Europe and the Americas); read since
    ("kb_lookup_fresh97.jsonl", 0.78, 0.66),  # not read: arrived at 0.787 / 0.667 with the eighty-fifth session's
    # starting KB, and the same with its final one (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh98.jsonl", 0.91, 0.86),  # arrived at 0.853 / 0.680 with the eighty-fifth session's starting KB
    # (Turkey, South and East Asia, sub-Saharan Africa); read since
    ("kb_lookup_fresh99.jsonl", 0.80, 0.65),  # not read: arrived at 0.807 / 0.660 with the eighty-sixth session's
    # starting KB, and the same with its final one (the Gulf, Yemen, Iran, Egypt and the Maghreb)
    ("kb_lookup_fresh100.jsonl", 0.97, 0.89),  # arrived at 0.807 / 0.687 with the eighty-sixth session's starting KB
    # (the great powers, Europe, the Americas and international organisations); read since
    ("kb_lookup_fresh101.jsonl", 0.89, 0.68),  # not read: arrived at 0.893 / 0.687 with the eighty-seventh session's
    # starting KB, and the same with its final one (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh102.jsonl", 0.98, 0.92),  # arrived at 0.833 / 0.680 with the eighty-seventh session's starting KB
    # (Turkey, South and East Asia, sub-Saharan Africa); read since
    ("kb_lookup_fresh103.jsonl", 0.78, 0.52),  # not read: arrived at 0.780 / 0.527 with the eighty-seventh session's
    # starting KB, and the same with its final one (the Gulf, Yemen, Iran, Egypt and the Maghreb)
    ("kb_lookup_fresh104.jsonl", 0.98, 0.92),  # arrived at 0.793 / 0.653 with the eighty-seventh session's starting KB
    # (the great powers, Europe, the Americas and international organisations); read since
    ("kb_lookup_fresh105.jsonl", 0.83, 0.71),  # not read: arrived at 0.833 / 0.713 with the eighty-eighth session's
    # starting KB, and the same with its final one (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh106.jsonl", 0.99, 0.93),  # arrived at 0.853 / 0.700 with the eighty-eighth session's starting KB
    # (Turkey, South and East Asia, sub-Saharan Africa); read since
    ("kb_lookup_fresh107.jsonl", 0.96, 0.83),  # arrived at 0.813 / 0.607 with the eighty-eighth session's starting KB
    # (the Gulf, Yemen, Iran, Egypt and the Maghreb); read since
    ("kb_lookup_fresh108.jsonl", 0.81, 0.66),  # not read: arrived at 0.813 / 0.667 with the eighty-eighth session's
    # starting KB, and the same with its final one (the great powers, Europe, the Americas, international bodies)
    ("kb_lookup_fresh109.jsonl", 0.80, 0.63),  # not read: arrived at 0.807 / 0.620 with the eighty-ninth session's
    # starting KB, 0.807 / 0.640 with its final one (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh110.jsonl", 0.97, 0.91),  # arrived at 0.773 / 0.613 with the eighty-ninth session's starting KB
    # (Turkey, South and East Asia, sub-Saharan Africa); read since
    ("kb_lookup_fresh111.jsonl", 0.82, 0.68),  # not read: arrived at 0.827 / 0.687 with the ninetieth session's
    # starting KB (the Gulf, Yemen, Iran, Egypt, the Maghreb and Sudan)
    ("kb_lookup_fresh112.jsonl", 0.97, 0.91),  # arrived at 0.753 / 0.640 with the ninetieth session's starting KB
    # (the great powers, Europe, the Americas and international organisations); read since
    ("kb_lookup_fresh113.jsonl", 0.75, 0.63),  # not read: arrived at 0.760 / 0.640 with the ninetieth session's
    # starting KB (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh114.jsonl", 0.99, 0.88),  # arrived at 0.853 / 0.687 with the ninetieth session's starting KB
    # (Turkey, South and East Asia, sub-Saharan Africa); read since
    ("kb_lookup_fresh115.jsonl", 0.84, 0.62),  # not read: arrived at 0.847 / 0.627 with the ninety-first session's
    # starting KB, 0.860 / 0.653 with the KB of arrival (the Gulf, Yemen, Iran, Egypt, the Maghreb and Sudan)
    ("kb_lookup_fresh116.jsonl", 0.97, 0.93),  # arrived at 0.873 / 0.713 with the ninety-first session's starting KB
    # (the great powers, Europe, the Americas and international organisations); read since
    ("kb_lookup_fresh117.jsonl", 0.69, 0.54),  # not read: arrived at 0.700 / 0.560 with the ninety-first session's
    # starting KB (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh118.jsonl", 0.96, 0.90),  # arrived at 0.800 / 0.673 with the ninety-first session's starting KB
    # (Turkey, South and East Asia, sub-Saharan Africa); read since
    ("kb_lookup_fresh119.jsonl", 0.69, 0.53),  # not read: arrived at 0.713 / 0.553 with the ninety-second session's
    # starting KB (the Gulf, Yemen, Iran, Egypt, the Maghreb and Sudan; heavy on sport and culture)
    ("kb_lookup_fresh120.jsonl", 0.90, 0.80),  # arrived at 0.913 / 0.807 with the ninety-second session's starting KB
    # (the great powers, Europe, the Americas and international organisations); read since
    ("kb_lookup_fresh121.jsonl", 0.72, 0.55),  # not read: arrived at 0.740 / 0.573 with the ninety-second session's
    # starting KB, 0.740 / 0.600 with the KB of arrival (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh122.jsonl", 0.74, 0.57),  # arrived at 0.760 / 0.593 with the ninety-second session's starting KB,
    # 0.780 / 0.640 with the KB of arrival (Turkey, South and East Asia, sub-Saharan Africa); read since
    ("kb_lookup_fresh123.jsonl", 0.82, 0.62),  # not read: arrived at 0.847 / 0.640 with the ninety-third session's
    # starting KB (the Gulf, Yemen, Iran, Egypt, the Maghreb and Sudan)
    ("kb_lookup_fresh124.jsonl", 0.94, 0.92),  # arrived at 0.887 / 0.840 with the ninety-third session's starting KB
    # (the great powers, Europe, the Americas and international organisations); read since (0.967 / 0.947 after)
    ("kb_lookup_fresh125.jsonl", 0.68, 0.52),  # not read: arrived at 0.700 / 0.540 with the ninety-third session's
    # starting KB (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_fresh126.jsonl", 0.96, 0.96),  # arrived at 0.900 / 0.767 with the ninety-third session's starting KB
    # (Turkey, South and East Asia, sub-Saharan Africa); read since (0.987 / 0.987 after)
    ("kb_lookup_fresh127.jsonl", 0.93, 0.84),  # arrived at 0.807 / 0.620 with the ninety-fourth session's starting KB
    # (the Gulf, Yemen, Iran, Egypt, the Maghreb and Sudan); read since (0.953 / 0.860 after)
    ("kb_lookup_fresh128.jsonl", 0.89, 0.78),  # arrived at 0.913 / 0.800 with the ninety-fourth session's starting KB
    # (the great powers, Europe, the Americas and international organisations); kept unread until the session's end,
    # when its rows were shown by accident in a diff, after every KB change of the session: count it as read since
    ("kb_lookup_fresh129.jsonl", 0.88, 0.70),  # not read: arrived at 0.907 / 0.720 with the ninety-fourth session's
    # starting KB (the great powers, Europe, the Americas and international organisations; in place of 128)
    ("kb_lookup_fresh130.jsonl", 0.70, 0.64),  # not read: arrived at 0.620 / 0.527 with the ninety-fifth session's
    # starting KB, 0.720 / 0.653 with the KB of arrival (Israel, Palestine, Lebanon, Syria, Jordan and Iraq)
    ("kb_lookup_descriptions_dev1.jsonl", 0.96, 0.92),  # read: an audit of descriptions by a helper who read no
    # other table, arrived at 0.978 / 0.933 with the ninety-fifth session's KB of 4a2eb326
    ("kb_lookup_descriptions_dev2.jsonl", 0.95, 0.88),  # read: a second audit of descriptions (weapons and units,
    # forces named by mission, crowds), arrived at 0.950 / 0.860 with the ninety-sixth session's starting KB
    ("kb_lookup_descriptions_dev3.jsonl", 0.96, 0.94),  # read: a third audit of descriptions (relatives, nationals
    # abroad, delegations, two-state titles), arrived at 0.965 / 0.923 with the KB of 3162bb22
    ("kb_lookup_organisations_dev1.jsonl", 0.93, 0.92),  # read: an audit of organisations named by their own names,
    # arrived at 0.935 / 0.905 with the ninety-sixth session's starting KB
    ("kb_lookup_people_dev1.jsonl", 0.99, 0.99),  # read: an audit of people at a date (namesakes, changed roles),
    # arrived at 0.998 / 0.995 with the ninety-sixth session's starting KB
])
def test_helper_written_lookup_tables(resolve, table, code_floor, floor):
    """Tables of dated names and descriptions written by helpers who never saw the KB
    (`tests/data/kb_lookup_fresh*.jsonl`). Their sector conventions differ from rasad's in places
    (the first gives organisations no sector and defence ministers GOV; the second codes the PMF
    as rebels), so the floor on code and sector is lower than the floor on the code. The sixth,
    eighth, eleventh, twelfth, fourteenth, fifteenth, eighteenth, twentieth, twenty-first, twenty-fourth,
    twenty-fifth, twenty-sixth, thirtieth, thirty-first, thirty-fifth, thirty-seventh, thirty-ninth, fortieth,
    forty-fifth, forty-ninth, fifty-third, fifty-sixth, fifty-seventh, sixtieth, sixty-second, sixty-third,
    sixty-fifth, sixty-seventh, sixty-ninth, seventy-first, seventy-third, seventy-fifth, seventy-seventh and
    seventy-ninth, the odd-numbered tables from the eighty-first to the hundred-and-fifth, and the hundred-and-eighth,
    hundred-and-ninth and hundred-and-eleventh, the odd-numbered tables from the hundred-and-thirteenth to the
    hundred-and-twenty-fifth, and the hundred-and-twenty-ninth and hundred-and-thirtieth, are kept unread: their floors
    sit under their figures with the current KB."""
    import json
    from pathlib import Path

    rows = [json.loads(line) for line in
            (Path(__file__).parents[1] / "data" / table).read_text(encoding="utf-8").splitlines()]
    got = [resolve(r["text"], date.fromisoformat(r["date"]))[:1] for r in rows]
    code = sum(bool(g) and g[0]["code"] == r["code"] for g, r in zip(got, rows)) / len(rows)
    both = sum(bool(g) and (g[0]["code"], g[0]["sector"]) == (r["code"], r["sector"]) for g, r in zip(got, rows)) / len(rows)
    assert code >= code_floor and both >= floor, (code, both)



def test_a_name_word_with_a_conjunction_and_the_article_or_a_state_after_bi_is_not_kept_whole(kb):
    # «البعثة المشتركة للاتحاد الأفريقي والأمم المتحدة» and «… باليمن» must not make «والأمم», «باليمن»
    # words, or the UN and Yemen are lost wherever «و» or «ب» is written on them
    from rasad.kb.knowledge import KnowledgeBase
    from rasad.kb.model import KBEntry, Role

    mission = KBEntry("m", "organisation", "Joint mission", "البعثة المشتركة", None,
                      ["البعثة المشتركة للاتحاد الأفريقي والأمم المتحدة", "مكتب البعثة باليمن", "مكتب باراك بالتيمور"],
                      [Role("UNO", "GOV", None, None, None)])
    both = KnowledgeBase([*kb.entries, mission])
    vocabulary = both.vocabulary()
    assert "والامم" not in vocabulary and "باليمن" not in vocabulary
    # «ب» before a word that is no state and that no name writes with the article: a name word
    assert "باراك" in vocabulary and "بالتيمور" in vocabulary
    found = {r["code"] for r in lookup(both, "الولايات المتحدة والاتحاد الأوروبي والأمم المتحدة", date(2021, 4, 7))}
    assert {"USA", "EUR", "UNO"} <= found
    assert lookup(both, "اجتماع باليمن", date(2021, 4, 7))[0]["code"] == "YEM"


def test_bi_and_the_article_on_a_word_names_write_with_it_is_no_name_word(kb):
    # a surname «بالشيخ» («سنية بالشيخ») or a body «… بالنجف» must not keep «بالشيخ», «بالنجف» whole, or the emir
    # in «اتصال بالشيخ تميم» and the city in «اجتماع بالنجف» are lost; the surname is still found by its whole form
    from rasad.kb.knowledge import KnowledgeBase
    from rasad.kb.model import KBEntry, Role

    people = [KBEntry("b", "person", "Sonia Belcheikh", "سنية بالشيخ", None, ["سنية بالشيخ"],
                      [Role("TUN", "GOV", None, None, None)]),
              KBEntry("n", "organisation", "Najaf office", "مكتب التنسيق بالنجف", None, ["مكتب التنسيق بالنجف"],
                      [Role("IRQ", "GOV", None, None, None)])]
    both = KnowledgeBase([*kb.entries, *people])
    assert "بالشيخ" not in both.vocabulary() and "بالنجف" not in both.vocabulary()
    when = date(2021, 1, 5)
    assert lookup(both, "اتصال بالشيخ تميم", when)[0]["code"] == "QAT"
    assert lookup(both, "اجتماع بالنجف", when)[0]["code"] == "IRQ"
    assert lookup(both, "الوزيرة سنية بالشيخ", when)[0]["code"] == "TUN"


@pytest.mark.parametrize("text, code, sector", [
    ("الحكومة المالية", "MLI", "GOV"), ("وزارة الخارجية المالية", "MLI", "GOV"), ("القوات المالية", "MLI", "MIL"),
    ("السلطات المالية", "MLI", "GOV"),
    # money's: a title, a financial body, the finance ministry itself
    ("المديرة المالية لشركة هواوي", "CHN", "BUS"), ("الشرطة المالية", None, "COP"), ("وزير المالية", None, "GOV"),
    ("أعلنت المالية السعودية", "SAU", "GOV"),
])
def test_almaliya_after_a_state_body_is_malian(resolve, text, code, sector):
    result = resolve(text, date(2023, 3, 1))[0]
    assert (result["code"], result["sector"]) == (code, sector)


@pytest.mark.parametrize("text", ["منظمات إغاثة محلية ودولية", "منظمات حقوقية دولية ومحلية", "منظمة إنسانية دولية",
                                  "المنظمات الإغاثية الدولية"])
def test_international_relief_and_rights_organisations_named_as_a_class_are_ngos(resolve, text):
    assert resolve(text, date(2022, 1, 25))[0]["code"] == "NGO"


@pytest.mark.parametrize("text, code", [("الأراضي الفلسطينية", "PSE"), ("أراضي عراقية", "IRQ"), ("الأراضي اللبنانية", "LBN")])
def test_a_countrys_territory_is_a_place_of_it(resolve, text, code):
    result = resolve(text, date(2021, 5, 22))[0]
    assert (result["entity_text"], result["code"]) == (text, code)


@pytest.mark.parametrize("text, code", [("سلطات جبل طارق", "GBR"), ("مدينة سبتة", "ESP"), ("مليلية", "ESP"),
                                        ("جزيرة مايوت", "FRA"), ("جزر فوكلاند", "GBR")])
def test_an_overseas_territory_or_enclave_is_a_place_of_the_state_that_holds_it(resolve, text, code):
    assert resolve(text, date(2021, 5, 22))[0]["code"] == code


@pytest.mark.parametrize("text", ["المسجد الأقصى", "باحات المسجد الأقصى", "القدس الشرقية", "حي الشيخ جراح"])
def test_east_jerusalem_and_its_holy_sites_are_palestinian_places(resolve, text):
    # Jerusalem as a whole stays contested (no code); its occupied east and the Old City's sites are Palestine's
    assert resolve(text, date(2023, 4, 6))[0]["code"] == "PSE"
    assert not any(r.get("code") for r in resolve("مدينة القدس", date(2023, 4, 6)))


@pytest.mark.parametrize("text", ["لجنة الانتخابات المركزية", "مفوضية الانتخابات", "اللجنة العليا للانتخابات"])
def test_an_election_commission_named_by_its_function_is_a_state_body(resolve, text):
    result = resolve(text, date(2021, 5, 1))[0]
    assert (result["code"], result["sector"]) == (None, "GOV")


def test_a_nisba_after_a_quoted_body_names_its_state(resolve):
    result = resolve("«شرطة الأخلاق» الإيرانية", date(2022, 10, 17))[0]
    assert (result["code"], result["sector"]) == ("IRN", "COP")
    result = resolve("صحيفة «فرهيختكان» الإيرانية", date(2022, 10, 17))[0]  # and after a body's quoted name
    assert (result["code"], result["sector"]) == ("IRN", "MED")


@pytest.mark.parametrize("text, code, sector", [("نائب قائد فيلق القدس", "IRN", "MIL"),
                                                ("رئيس تحرير صحيفة «الأيام» البحرينية", "BHR", "MED"),
                                                ("عامل إقليم الحسيمة", "MAR", "GOV"),
                                                ("التربية الوطنية المغربية", "MAR", "GOV"),
                                                ("العلماء النوويون الإيرانيون", "IRN", "EDU"),
                                                ("الملحق العسكري الأمريكي", "USA", "MIL"),
                                                ("كاتب الدولة المغربي المكلف بالشؤون الخارجية", "MAR", "GOV"),
                                                ("جهاز الأمن الداخلي الإسرائيلي", "ISR", "SPY")])
def test_deputies_editors_governors_and_short_ministries_take_their_own_sector(resolve, text, code, sector):
    assert [(r["code"], r["sector"]) for r in resolve(text, date(2017, 6, 1))][:1] == [(code, sector)]


@pytest.mark.parametrize("text, when, code", [("جاسيندا أرديرن", "2020-03-15", "NZL"),
                                              ("ميلو ديوكانوفيتش", "2014-06-01", "MNE"),
                                              ("الرئيس البنمي خوسيه راوول مولينو", "2025-01-10", "PAN")])
def test_leaders_of_states_outside_the_region_are_their_governments(resolve, text, when, code):
    result = resolve(text, date.fromisoformat(when))[0]
    assert (result["code"], result["sector"]) == (code, "GOV")


@pytest.mark.parametrize("text, code", [("المحتجون في نامانغان", "UZB"), ("ضحايا الانفجار في بياليستوك", "POL"),
                                        ("المتظاهرون في كوتشابامبا", "BOL"), ("سكان تاونزفيل", "AUS")])
def test_towns_of_states_outside_the_region_name_their_state(resolve, text, code):
    assert resolve(text, date(2020, 1, 1))[0]["code"] == code


@pytest.mark.parametrize("text, when, code", [("تنظيم «فتح الإسلام»", "2007-06-01", "LBN"),
                                              ("القائد العسكري للحركة الوطنية لتحرير أزواد", "2012-04-01", "MLI"),
                                              ("حزب بيجاك", "2011-08-01", "IRN")])
def test_an_armed_groups_name_commander_or_party_is_the_groups(resolve, text, when, code):
    # (a group is no person: a title before it takes its sector, and a quoted name after «تنظيم» is its own)
    result = resolve(text, date.fromisoformat(when))[0]
    assert (result["code"], result["sector"]) == (code, "REB")


@pytest.mark.parametrize("text, code", [("أمين مجلس صيانة الدستور", "IRN"), ("أمين سر اللجنة التنفيذية لمنظمة التحرير", "PSE"),
                                        ("أمين مجلس الأمن الروسي", "RUS")])
def test_a_secretary_is_the_officer_of_the_body_after_the_title(resolve, text, code):
    result = resolve(text, date(2015, 6, 1))[0]
    assert (result["entity_text"], result["code"], result["office"]) == (text, code, "Secretary")


@pytest.mark.parametrize("text, code", [("وزير الري والموارد المائية السوداني", "SDN"),
                                        ("وزير الشؤون الخارجية والتعاون الدولي الصومالي", "SOM")])
def test_a_nisba_after_a_titles_portfolio_of_several_words_names_its_state(resolve, text, code):
    result = resolve(text, date(2021, 4, 7))
    assert len(result) == 1 and (result[0]["code"], result[0]["sector"]) == (code, "GOV")


def test_a_name_word_with_a_conjunction_is_not_kept_whole(kb, rules_coder):
    # «سانت فنسنت وجزر غرينادين» must not make «وجزر» a word, or «وجزر المالديف» loses its «و»
    assert "وجزر" not in kb.vocabulary() and "جزر" in kb.vocabulary()
    from rasad.coder.mentions import DocumentMemory
    from rasad.schema import Document

    doc = Document("d", "أرسلت الهند لقاحات إلى بوتان وجزر المالديف.", "2021-01-20")
    codes = [np.code for sent in rules_coder.sentences(doc)
             for np in rules_coder.mentions.find(sent.tokens, None, DocumentMemory())]
    assert codes == ["IND", "BTN", "MDV"]


@pytest.mark.parametrize("text, when, sector", [
    ("نوري المالكي", "2008-06-01", "GOV"),  # prime minister while he led the Dawa party
    ("نوري المالكي", "2017-06-01", "GOV"),  # vice-president
    ("سمير جعجع", "2012-06-01", "OPP"),  # the Lebanese Forces out of government
    ("سمير جعجع", "2017-06-01", "PTY"),  # and in it
    ("كير ستارمر", "2022-06-01", "OPP"),  # leader of the opposition, and an MP
    ("ميشال عون", "2006-12-01", "OPP"),  # the same in Lebanon
    ("كير ستارمر", "2025-01-15", "GOV"),
])
def test_an_office_outranks_a_seat_and_a_seat_outranks_a_party_role(resolve, text, when, sector):
    assert resolve(text, date.fromisoformat(when))[0]["sector"] == sector


@pytest.mark.parametrize("text", ["طلب الرئيس مساعدة المنظمة", "والشريف حسن بن زيد", "الصمام الميترالي"])
def test_common_words_are_not_the_rosters_family_names(resolve, text):
    # («مساعدية», «شريف حسن», «متريويلي» alone matched these; the roster keeps fuller names)
    assert not any(r["sector"] and r.get("identifier_text") in ("Mohamed Cherif Messaadia", "Sharif Hassan Sheikh Aden",
                                                               "Blaise Metreweli")
                   for r in resolve(text, date(2020, 1, 1)))


def test_a_one_word_name_that_starts_like_clitics_and_the_article_is_found(resolve):
    # «كالاس» (Kallas) kept whole by the segmenter is the name, not «ك» + «ال» + «اس»; «الهادي» stays no «هادي»
    assert resolve("قالت كالاس", date(2025, 6, 1))[0]["code"] == "EUR"
    assert not any(r["code"] == "YEM" for r in resolve("الهادي", date(2013, 6, 1)))


@pytest.mark.parametrize("text, when, code, sector", [
    ("محمدرضا عارف", "2025-03-01", "IRN", "GOV"),  # Persian spelling joins «محمد» to the second name
    ("عبدالفتاح السيسي", "2020-01-01", "EGY", "GOV"),  # «عبد» joined, listed apart
    ("عادل عبدالمهدي", "2019-06-01", "IRQ", "GOV"),
])
def test_a_persons_name_matches_joined_or_apart(resolve, text, when, code, sector):
    got = resolve(text, date.fromisoformat(when))
    assert got and (got[0]["code"], got[0]["sector"]) == (code, sector) and got[0]["entity_text"] == text


def test_spelling_variants_join_and_split_only_what_the_press_does():
    from rasad.kb.knowledge import spelling_variants

    assert spelling_variants("محمد جواد ظريف") == ["محمدجواد ظريف"]
    assert spelling_variants("عبدالله الثاني") == ["عبد الله الثاني"]
    assert spelling_variants("محمد بن سلمان") == []  # «بن» is no second given name
    assert spelling_variants("علي محمد رضا") == []  # only a first «محمد» joins


@pytest.mark.parametrize("text, when, code, sector", [
    ("وكالة الأنباء القطرية", "2017-05-24", "QAT", "MED"),  # a news agency composed with its state
    ("وكالة أنباء الإمارات", "2020-01-01", "ARE", "MED"),
    ("قصر تشانكايا", "2010-06-01", "TUR", "GOV"),  # a seat of power as metonym
    ("اليونيسف", "2020-06-01", "UNO", "GOV"),  # a UN agency with no sector of its own is GOV
    ("أرييه درعي", "2018-06-01", "ISR", "COP"),  # interior ministers are COP, Israel's too
])
def test_news_agencies_seats_and_sector_conventions(resolve, text, when, code, sector):
    got = resolve(text, date.fromisoformat(when))
    assert got and (got[0]["code"], got[0]["sector"]) == (code, sector), got


def test_long_after_every_role_a_person_has_no_sector_but_keeps_the_country(resolve):
    # Gül left the presidency in August 2014 and held no post after it
    assert (resolve("عبد الله غول", date(2017, 6, 1))[0]["code"], resolve("عبد الله غول", date(2017, 6, 1))[0]["sector"]) == ("TUR", None)
    # within half a year a missing next post is likelier: the last office stands
    assert resolve("عبد الله غول", date(2014, 12, 1))[0]["sector"] == "GOV"
    assert resolve("عبد الله غول", date(2015, 6, 1))[0]["sector"] is None
    # a role with no end covers any later date
    assert resolve("رجب طيب أردوغان", date(2025, 6, 1))[0]["sector"] == "GOV"


@pytest.mark.parametrize("text, when, code, sector", [
    ("جان كلود يونكر", "2010-06-01", "LUX", "GOV"),  # prime minister while he chaired the Eurogroup
    ("جان كلود يونكر", "2016-06-01", "EUR", "GOV"),
    ("حزب يش عتيد", "2024-06-01", "ISR", "OPP"),  # a party's years in opposition
    ("حزب يش عتيد", "2022-01-01", "ISR", "GOV"),  # and in government (CAMEO: governing parties)
    ("مجلس الأعيان الأردني", "2018-06-01", "JOR", "LEG"),
    ("وزيرة الجيوش الفرنسية", "2019-06-01", "FRA", "MIL"),
    ("اليونسكو", "2011-10-31", "UNO", "GOV"),
])
def test_a_state_office_outranks_an_international_post_and_party_periods(resolve, text, when, code, sector):
    got = resolve(text, date.fromisoformat(when))
    assert got and (got[0]["code"], got[0]["sector"]) == (code, sector), got


def _person(id_: str, name: str, start: date, end: date):
    from rasad.kb.model import KBEntry, Role

    return KBEntry(id_, "person", id_, name, None, [name], [Role("MAR", "GOV", "Minister", start, end)])


def test_a_family_name_that_is_a_word_names_the_one_office_holder_of_the_date():
    from rasad.kb.knowledge import KnowledgeBase

    # «حصاد» (harvest) is no name of its own: in running text it is a word; asked alone, it is a name
    two = KnowledgeBase([_person("p1", "سالم حصاد", date(2015, 1, 1), date(2018, 1, 1)),
                                _person("p2", "كريم حصاد", date(2017, 1, 1), date(2020, 1, 1))])
    assert lookup(two, "حصاد", date(2016, 1, 1))[0]["identifier_text"] == "p1"
    assert lookup(two, "حصاد", date(2019, 1, 1))[0]["identifier_text"] == "p2"
    assert lookup(two, "حصاد", date(2017, 6, 1)) == []  # both in office: nobody can tell which
    assert lookup(two, "حصاد", date(2022, 1, 1)) == []  # nobody in office
    assert not any(r["identifier_text"] == "p1" for r in lookup(two, "أعلن الوزير حصاد", date(2016, 1, 1)))
    # a family name written bare is not the same word with the article («الفارون», those who flee)
    assert lookup(two, "الحصاد", date(2016, 1, 1)) == []


def test_a_family_name_alone_prefers_the_office_holder_over_a_member_of_parliament():
    from rasad.kb.knowledge import KnowledgeBase
    from rasad.kb.model import KBEntry, Role

    mp = KBEntry("mp", "person", "mp", "نادية حصاد", None, ["نادية حصاد"], [Role("XKX", "LEG", "MP", date(2011, 1, 1), None)])
    both = KnowledgeBase([_person("minister", "سالم حصاد", date(2015, 1, 1), date(2018, 1, 1)), mp])
    assert lookup(both, "حصاد", date(2016, 1, 1))[0]["identifier_text"] == "minister"
    assert lookup(both, "حصاد", date(2019, 1, 1))[0]["identifier_text"] == "mp"  # nobody else holds a post


def test_one_name_lookup_answers_many_queries_as_single_lookups_do(kb, resolve):
    queries = [("الكاظمي", date(2018, 1, 1)), ("مصطفى الكاظمي", date(2021, 5, 20)), ("العثماني", date(2018, 6, 1)),
               ("كلام عادي", date(2021, 1, 1)), ("وزير الخارجية الأردني", None)]
    assert [resolve(t, d) for t, d in queries] == [lookup(kb, t, d) for t, d in queries]


def test_a_known_family_name_alone_resolves_at_its_date(resolve):
    result = resolve("العثماني", date(2018, 6, 1))[0]
    assert (result["code"], result["sector"], result["identifier_text"]) == ("MAR", "GOV", "Saadeddine Othmani")
    # a family name that begins «أل» is no article before a capital («ألباريس» is not «الباريس», Paris)
    result = resolve("ألباريس", date(2022, 6, 10))[0]
    assert (result["code"], result["identifier_text"]) == ("ESP", "José Manuel Albares")


@pytest.mark.parametrize("text, when, code, sector", [
    ("الهمة", "2015-06-01", "MAR", "GOV"),  # a three-letter family name that is a word, asked alone
    ("حزب العمال البريطاني", "2017-06-01", "GBR", "OPP"),  # a party out of government is the opposition
    ("حزب العمال البريطاني", "2025-06-01", "GBR", "GOV"),  # and one in government is the government
    ("حنين زعبي", "2015-06-01", "ISR", "LEG"),  # a member of an opposition party sits in parliament
    ("المجلس الدستوري اللبناني", "2018-06-01", "LBN", "JUD"),
    ("قوات الدرك الأردني", "2014-06-01", "JOR", "COP"),  # gendarmeries are police
    ("قصر بسمان", "2019-06-01", "JOR", "GOV"),
    ("حزب يسرائيل بيتنا", "2024-06-01", "ISR", "OPP"),  # «حزب» before a party out of government
])
def test_conventions_the_independent_tables_share(resolve, text, when, code, sector):
    result = resolve(text, date.fromisoformat(when))[0]
    assert (result["code"], result["sector"]) == (code, sector), result


@pytest.mark.parametrize("text, code, sector", [
    ("رئيس جهاز الأمن الوطني العراقي", "IRQ", "SPY"),  # a generic head takes the body's sector
    ("رئيس المجلس الدستوري الفرنسي", "FRA", "JUD"),
    ("رئيس البرلمان العراقي", "IRQ", "LEG"),
    ("رئيس الوزراء العراقي", "IRQ", "GOV"),
    ("الشرطة في النجف", "IRQ", "COP"),  # a town after «في» names the state of a bare body
    ("قيادة العمليات المشتركة في بغداد", "IRQ", "MIL"),
    ("قوات الأمن في حلب", "SYR", "COP"),
    ("محافظ نينوى", "IRQ", "GOV"),  # a bare title in construct with a province or town is its state's
    ("رئيس بلدية إسطنبول", "TUR", "GOV"),
    ("شرطة دبي", "ARE", "COP"),  # a body a town has of its own, named after it
    ("شرطة نيويورك", "USA", "COP"),
    ("بلدية إسطنبول", "TUR", "GOV"),
    ("محكمة إسطنبول", "TUR", "JUD"),
    ("متظاهرو البصرة", "IRQ", "CVL"),  # a crowd in construct with where it is
    ("محتجو الحسيمة", "MAR", "CVL"),
    ("حمس الجزائرية", "DZA", "OPP"),  # a group followed by its own state's nisba is still the group
    ("السفير الإيراني لدى المملكة العربية السعودية", "IRN", "GOV"),  # the head before what «لدى» governs
    ("نائب وزير الداخلية العراقي", "IRQ", "COP"),  # a deputy minister takes the ministry's sector (not an MP's)
    ("نائب وزير النفط الإيراني", "IRN", "GOV"),
    ("مسلحون من حزب العمال الكردستاني", "TUR", "REB"),  # unnamed gunmen of a group are its fighters
    ("مسؤولون في حزب الله", "LBN", "REB"),  # officials or leaders in a group are of its sector, not a government's
    ("المفتي العام لسلطنة عمان", "OMN", "REL"),  # a title with «العام» before «لـ» + the state
    ("رئيس الأركان العامة للجيش التركي", "TUR", "MIL"),
])
def test_a_head_takes_the_bodys_sector_and_a_town_its_state(resolve, text, code, sector):
    result = resolve(text, date(2017, 6, 1))[0]
    assert (result["code"], result["sector"]) == (code, sector), result


def test_a_word_kept_whole_is_no_conjunction_and_article(resolve):
    # «والي» (a governor) is one word, not «و» + «ال» + «ي» nor «و» + «إلى»: it governs the capital after it
    result = resolve("والي الخرطوم", date(2015, 6, 1))[0]
    assert (result["entity_text"], result["code"], result["sector"]) == ("والي الخرطوم", "SDN", "GOV"), result


def test_a_word_with_the_article_is_no_foreign_name_spelled_anew(resolve):
    # «الأفريقي» and «أفورقي» share a consonant skeleton; only the name without the article is his
    assert resolve("الأفريقي", date(2017, 6, 1)) == []
    assert resolve("افورقى", date(2017, 6, 1))[0]["code"] == "ERI"


@pytest.mark.parametrize("text, code", [("وزير الخارجية الإيراني الأسبق", "IRN"), ("الرئيس الليبي المعزول", "LBY"),
                                        ("رئيسة الوزراء البريطانية السابقة", "GBR")])
def test_a_former_office_holder_named_by_the_office_and_its_state_is_of_the_elite(resolve, text, code):
    result = resolve(text, date(2013, 1, 1))[0]
    assert (result["entity_text"], result["code"], result["sector"]) == (text, code, "ELI")


def test_a_former_word_agreeing_with_the_body_qualifies_the_body_not_its_head(resolve):
    # the head of a dismissed government still heads it
    result = resolve("رئيس الحكومة الليبية المقالة", date(2014, 6, 1))[0]
    assert (result["code"], result["sector"]) == ("LBY", "GOV")


def test_a_former_title_before_a_name_gives_the_persons_role_on_the_day(resolve):
    # Bachelet, Chile's president until 2018, was the UN High Commissioner for Human Rights in 2019; the feminine
    # «السابقة» stands between the title and her name as «السابق» does
    result = resolve("الرئيسة التشيلية السابقة ميشيل باشليه", date(2019, 6, 1))[0]
    assert (result["identifier_text"], result["code"]) == ("Michelle Bachelet", "UNO")


def test_a_named_person_after_a_deposed_title_is_that_person(resolve):
    result = resolve("الرئيس المصري المعزول محمد مرسي", date(2014, 1, 1))[0]
    assert result["identifier_text"] == "Mohamed Morsi" and result["code"] == "EGY"


@pytest.mark.parametrize("text, code", [("دبلوماسي عراقي", "IRQ"), ("الدبلوماسي الإيراني", "IRN")])
def test_a_diplomat_of_a_state_is_of_its_government(resolve, text, code):
    result = resolve(text, date(2020, 1, 1))[0]
    assert (result["entity_text"], result["code"], result["sector"]) == (text, code, "GOV")


@pytest.mark.parametrize("text", ["الحل الدبلوماسي", "دبلوماسي غربي"])
def test_diplomatic_after_a_noun_or_a_diplomat_of_no_state_names_no_party(resolve, text):
    # «الدبلوماسي» is also the adjective "diplomatic"
    assert resolve(text, date(2020, 1, 1)) == []


@pytest.mark.parametrize("word", ["أفريقي", "دستوري", "غير دستوري", "استيراداً"])
def test_a_lone_arabic_word_is_no_foreign_name_with_its_vowels_moved(resolve, word):
    # «أفريقي» and «أفورقي», «دستوري» ("constitutional") and Netanyahu's spokesman «دوستري» share a skeleton, but the
    # long vowels stand elsewhere; a word with the accusative's tanween is no name
    assert resolve(word, date(2023, 6, 1)) == []


@pytest.mark.parametrize("word, code", [("برلوسكوني", "ITA"), ("باهنغا", "MLI"), ("كارديتش", "BIH")])
def test_a_lone_family_name_may_add_or_leave_out_long_vowels(resolve, word, code):
    assert resolve(word, date(2008, 6, 1))[0]["code"] == code


def _career(*roles):
    from rasad.kb.model import KBEntry, Role

    return KBEntry("p", "person", "p", "فلان", None, ["فلان"], [Role("TUR", s, "-", a, b) for s, a, b in roles])


def test_a_trade_held_alongside_a_seat_yields_to_it():
    magnate = _career(("BUS", None, None), ("LEG", date(2000, 1, 1), date(2011, 2, 1)))
    assert magnate.entity(date(2008, 6, 1)).sector == "LEG"
    assert magnate.entity(date(2015, 6, 1)).sector == "BUS"


def test_far_from_every_role_between_two_a_person_has_no_sector():
    # two terms in parliament with ten years of prison between them
    mp = _career(("LEG", date(1991, 10, 1), date(1994, 3, 1)), ("LEG", date(2011, 6, 1), date(2015, 6, 1)))
    assert mp.entity(date(2001, 6, 1)).sector is None
    assert mp.entity(date(2001, 6, 1)).code == "TUR"
    assert mp.entity(date(1994, 7, 1)).sector == "LEG"  # within half a year of a role it stands
    assert mp.entity(date(1995, 6, 1)).sector is None
    assert mp.entity(date(1990, 6, 1)).sector == "LEG"  # before the first role: nearest (no private life known)


@pytest.mark.parametrize("text", ["قضاء زاخو", "مبنى بلدية إسطنبول"])
def test_a_body_before_a_town_is_not_that_states_body(resolve, text):
    # «قضاء» is a district as much as the judiciary; a building of the municipality is a place
    assert all(r["entity_text"] != text for r in resolve(text, date(2020, 6, 1)))


@pytest.mark.parametrize("text, code, sector", [
    ("رجل الأعمال خميس الخنجر", "IRQ", "BUS"),  # a noun for one person, in apposition before a name
    ("الناشط عثمان كافالا", "TUR", "BUS"),
])
def test_a_singular_person_noun_before_a_name_is_that_person(resolve, text, code, sector):
    result = resolve(text, date(2013, 6, 1))[0]
    assert (result["entity_text"], result["code"], result["sector"]) == (text, code, sector), result


@pytest.mark.parametrize("text, code, sector", [
    ("وزيرة الأمن الداخلي الأمريكية", "USA", "COP"),  # listed only as «وزير الأمن الداخلي»
    ("مستشارة الأمن القومي الأمريكي", "USA", "GOV"),
])
def test_a_title_is_also_found_in_the_feminine(resolve, text, code, sector):
    result = resolve(text, date(2022, 6, 1))[0]
    assert (result["entity_text"], result["code"], result["sector"]) == (text, code, sector), result


def test_a_feminine_form_listed_on_its_own_is_not_named_twice():
    from rasad.kb.loader import with_feminine_titles
    from rasad.kb.model import KBEntry, Role

    def title(phrase):
        return KBEntry(f"agent:{phrase}", "agent", None, phrase, None, [phrase], [Role(None, "GOV", None, None, None)],
                       "-", agent_kind="title")
    out = with_feminine_titles([title("وزير الخارجية"), title("وزيرة الخارجية"), title("وزير الدفاع")])
    assert [e.names for e in out] == [["وزير الخارجية"], ["وزيرة الخارجية"], ["وزير الدفاع", "وزيرة الدفاع"]]


@pytest.mark.parametrize("text", ["دول الخليج", "دول الخليج العربية", "الدول الخليجية"])
def test_the_gulf_states_are_the_cooperation_councils_members(resolve, text):
    assert sorted(r["code"] for r in resolve(text, date(2021, 6, 1))) == ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"]
    assert resolve("حرب الخليج", date(2021, 6, 1)) == []  # the Gulf itself is no state


def test_a_post_at_an_ngo_yields_to_an_office_held_alongside_it():
    from rasad.kb.model import KBEntry, Role

    envoy = KBEntry("p", "person", "p", "فلان", None, ["فلان"], [
        Role("UNO", "GOV", "UN envoy", date(2004, 12, 1), date(2017, 12, 31)),
        Role("NGO", None, "head of a think tank", date(2005, 1, 1), date(2020, 10, 1))])
    assert envoy.entity(date(2010, 6, 1)).code == "UNO"
    assert envoy.entity(date(2019, 6, 1)).code == "NGO"


@pytest.mark.parametrize("text, code, sector", [
    ("العاصمة القطرية الدوحة", "QAT", "GOV"),  # the capital named, not the nisba describing it
    ("الممثل الأمريكي الخاص للشؤون الفلسطينية هادي عمرو", "USA", "GOV"),
])
def test_a_lone_nisba_yields_to_the_coded_thing_named_beside_it(resolve, text, code, sector):
    result = resolve(text, date(2023, 6, 14))[0]
    assert (result["code"], result["sector"]) == (code, sector), result
    assert result["entity_text"] not in ("القطرية", "الأمريكي")


def test_the_forces_of_a_gendarmerie_are_police(resolve):
    # «قوات» is a generic head: the forces of a security body have that body's sector
    assert [(r["code"], r["sector"]) for r in resolve("قوات الحرس الوطني التونسي", date(2018, 6, 1))][:1] == [("TUN", "COP")]
    assert [(r["code"], r["sector"]) for r in resolve("قوات الجيش اللبناني", date(2018, 6, 1))][:1] == [("LBN", "MIL")]


@pytest.mark.parametrize("text, when, code, sector", [
    ("تنظيم القاعدة في اليمن", date(2010, 6, 1), "YEM", "REB"),  # a local branch is its country's insurgents
    ("القاعدة في العراق", date(2005, 6, 1), "IRQ", "REB"),
    ("تنظيم القاعدة", date(2010, 6, 1), "IMG", "REB"),  # the central organisation stays international
    ("اللورد دانات", date(2012, 6, 1), "GBR", "LEG"),  # a retired general sitting in the Lords
    ("مجمع باب العزيزية", date(2011, 3, 20), "LBY", "GOV"),  # Gaddafi's compound as his seat
    ("هجمات حوثية", date(2022, 3, 27), "YEM", "REB"),  # the group's indefinite nisba
    ("قيادي حوثي", date(2022, 3, 27), "YEM", "REB"),
    ("مسؤول حمساوي", date(2022, 3, 27), "PSE", "REB"),
    ("عناصر داعشية", date(2022, 3, 27), "IMG", "REB"),
    ("الصدريين", date(2022, 3, 27), "IRQ", "PTY"),
    # Pakistan's parties, in and out of government
    ("حركة الإنصاف الباكستانية", date(2020, 1, 1), "PAK", "GOV"),
    ("حركة إنصاف", date(2023, 5, 10), "PAK", "OPP"),
    ("حزب الرابطة الإسلامية الباكستانية", date(2020, 1, 1), "PAK", "OPP"),
    ("حزب الشعب الباكستاني", date(2010, 1, 1), "PAK", "GOV"),
    ("محافظة حجة", date(2018, 1, 1), "YEM", None),
    # a chamber of commerce or industry is business; a minister of state for media is government
    ("رئيس غرفة صناعة أنقرة", date(2005, 6, 1), "TUR", "BUS"),
    ("وزير الدولة لشؤون الإعلام الأردني", date(2008, 6, 1), "JOR", "GOV"),
    ("المشور السعيد", date(2010, 6, 1), "MAR", "GOV"),
])
def test_branches_peers_and_seats(resolve, text, when, code, sector):
    assert [(r["code"], r["sector"]) for r in resolve(text, when)][:1] == [(code, sector)]


@pytest.mark.parametrize("text", ["رفضت مصر رفضاً باتاً أي محاولات لتهجير الفلسطينيين",
                                  "ويتضمن الاتفاق بنوداً لتقاسم الثروة",
                                  "قصفت طائرات مصرية مواقع في ولايتي كسلا والقضارف",
                                  "رفضت الحكومة المصرية تنفيذ الحكم بحجة ضرورة إجراء الانتخابات في موعد واحد"])
def test_common_words_are_no_place_or_foreign_name(resolve, text):
    # «باتاً» (categorically) is no Bata in Equatorial Guinea; «بنوداً» (clauses) no «ب» + Noda; «ولايتي» (the two
    # provinces of) no Ali Akbar Velayati; «بحجة» (on the pretext) no Yemen's Hajjah
    assert not {r["code"] for r in resolve(text, date(2022, 5, 1))} - {"EGY", "PSE", "SDN"}


def test_a_houthi_in_the_accusative_is_the_group(resolve):
    assert [(r["code"], r["sector"]) for r in resolve("أفرج التحالف عن 163 أسيراً حوثياً", date(2022, 5, 1))] == \
        [("YEM", "REB")]


def test_tripoli_is_lebanons_where_the_sentence_talks_of_lebanon(rules_coder):
    from rasad.schema import Document

    def codes_of(text):
        return {m.entity.code for e in rules_coder.code(Document("t", text, "2022-05-01"))
                for m in e.actor + e.recipient if m.entity.code}

    assert "LBY" not in codes_of("أعلن الجيش اللبناني فرض حظر التجول في مدينة طرابلس بعد اشتباكات دامية.")
    assert "LBY" in codes_of("وصل المبعوث الأممي إلى طرابلس.")  # alone, Libya's capital


@pytest.mark.parametrize("text, when, code, sector", [
    # a court or a police force with «ب» before a town sits there
    ("محكمة الاستئناف بالدار البيضاء", "2019-04-05", "MAR", "JUD"),
    ("محكمة الجنايات بالمنيا", "2019-04-05", "EGY", "JUD"), ("الشرطة بالبصرة", "2019-04-05", "IRQ", "COP"),
    # officers belong to the force they serve in
    ("ضباط الأمن الوقائي في غزة", "2007-05-15", "PSE", "SPY"),
    ("ضابط في المخابرات المصرية", "2007-05-15", "EGY", "SPY"), ("ضباط الجيش العراقي", "2007-05-15", "IRQ", "MIL"),
])
def test_a_body_takes_its_state_from_where_it_sits_and_its_sector_from_its_force(resolve, text, when, code, sector):
    result = resolve(text, date.fromisoformat(when))[0]
    assert (result["code"], result["sector"]) == (code, sector)


def test_bi_before_a_capital_after_police_stays_the_capitals_state(resolve):
    # «ندد الأمن بالرياض»: a capital after «ب» is as often whom the act addresses, so it does not place the force
    assert [(r["code"], r["sector"]) for r in resolve("الشرطة بالرياض", date(2019, 4, 5))][:1] == [("SAU", "GOV")]


@pytest.mark.parametrize("text, code, sector", [("نازحو شمال قطاع غزة", "PSE", "REF"),
                                                ("سكان جنوب لبنان", "LBN", None),
                                                ("متظاهرو وسط بغداد", "IRQ", "CVL")])
def test_a_crowd_of_a_part_of_a_place_is_of_its_state(resolve, text, code, sector):
    result = resolve(text, date(2024, 1, 15))[0]
    assert (result["entity_text"], result["code"], result["sector"]) == (text, code, sector)


@pytest.mark.parametrize("text, code, sector", [("المضربون في جزيرة كورسيكا", "FRA", "LAB"),
                                                ("النازحون في مخيم الزعتري", "JOR", "REF"),
                                                ("المحتجون في مدينة البصرة", "IRQ", "CVL")])
def test_strikers_and_the_displaced_are_of_the_town_after_its_kind_of_place_like_a_crowd(resolve, text, code, sector):
    result = resolve(text, date(2019, 6, 1))[0]
    assert (result["code"], result["sector"]) == (code, sector)


@pytest.mark.parametrize("text, code", [("قوات الاحتلال", "ISR"), ("قوات الاحتلال الأمريكي", "USA"),
                                        ("الاحتلال التركي", "TUR")])
def test_the_occupation_is_israels_unless_another_state_is_named(resolve, text, code):
    assert resolve(text, date(2005, 6, 1))[0]["code"] == code


@pytest.mark.parametrize("when, sector", [("2023-06-01", "GOV"), ("2022-01-01", "OPP")])
def test_a_party_is_government_while_in_the_coalition_and_opposition_outside_it(resolve, when, sector):
    # United Torah Judaism: in Netanyahu's coalition from December 2022, in opposition under Bennett and Lapid
    assert resolve("يهدوت هتوراه", date.fromisoformat(when))[0]["sector"] == sector


@pytest.mark.parametrize("text, code", [("المعتصمون في دوار الداخلية بعمّان", "JOR"),
                                        ("المحتجون أمام مبنى بلدية إسطنبول", "TUR"),
                                        ("المتظاهرون في ميدان التحرير بالقاهرة", "EGY"),
                                        ("المحتجون في منطقة الرابية بعمّان", "JOR"),
                                        ("المحتجون في مدينة الحسيمة", "MAR"),
                                        ("المتظاهرون أمام مصرف لبنان", "LBN")])
def test_a_crowd_at_a_place_of_a_town_or_before_a_national_body_is_of_its_state(resolve, text, code):
    result = resolve(text, date(2019, 6, 1))[0]
    assert (result["code"], result["sector"]) == (code, "CVL")


def test_a_name_does_not_run_on_into_another_over_a_bare_title(resolve):
    # «سيزار أبي خليل وزير الطاقة» is the Lebanese minister, not «خليل الوزير» (Abu Jihad) over «خليل وزير»
    result = resolve("سيزار أبي خليل وزير الطاقة والمياه", date(2018, 6, 1))[0]
    assert (result["entity_text"], result["code"], result["sector"]) == ("سيزار أبي خليل", "LBN", "GOV")
    # and two names that share a word still make one person
    assert resolve("الشيخ تميم بن حمد", date(2018, 6, 1))[0]["entity_text"] == "الشيخ تميم بن حمد"


@pytest.mark.parametrize("text, when, code, sector", [
    ("مشيعو قاسم سليماني في طهران", "2020-01-06", "IRN", "CVL"),  # the mourners of a man are a crowd of his state
    ("المنسقة الخاصة للأمم المتحدة لشؤون لبنان", "2018-06-01", "UNO", "GOV"),  # the UN's, not Lebanon's
    ("رئيس المجلس العسكري الثوري في حلب", "2013-01-01", "SYR", "REB"),  # a rebel army's council
    ("ائتلاف النصر", "2018-05-12", "IRQ", "GOV"),  # the prime minister's list while he governs
    ("ائتلاف النصر", "2019-05-12", "IRQ", "PTY"),
])
def test_crowds_titles_and_lists_of_a_dated_role(resolve, text, when, code, sector):
    result = resolve(text, date.fromisoformat(when))[0]
    assert (result["code"], result["sector"]) == (code, sector)


@pytest.mark.parametrize("text, code, sector", [
    ("مجلس محافظة البصرة", "IRQ", "GOV"),  # a provincial council, named after its province
    ("أمير منطقة القصيم", "SAU", "GOV"),  # a Saudi region's governor
    ("قائد عمليات البصرة", "IRQ", "MIL"),  # an operations commander of a province
    ("النفط الكويتية", "KWT", "GOV"),  # a ministry named by its portfolio and a feminine nisba
    ("التموين المصرية", "EGY", "GOV"),
])
def test_bodies_and_titles_of_a_province_and_ministries_by_their_portfolio(resolve, text, code, sector):
    result = resolve(text, date(2016, 6, 1))[0]
    assert (result["code"], result["sector"]) == (code, sector)


@pytest.mark.parametrize("text, when, code, sector", [
    ("المدمرة البريطانية", "2024-01-10", "GBR", "MIL"),  # a warship and warplanes of a state are its forces
    ("مقاتلات إف-16 الأردنية", "2015-02-05", "JOR", "MIL"),
    ("المدعين الفيدراليين الأمريكيين", "2019-10-15", "USA", "JUD"),  # prosecutors
    # a deputy, no member of parliament
    ("نائب المدير العام للوكالة الدولية للطاقة الذرية", "2023-06-01", "UNO", "GOV"),
    ("معهد بروكينغز", "2014-06-01", "USA", "EDU"),  # a think tank is its country's research institution
    ("لجنة التحقيق الأممية بشأن سوريا", "2016-06-01", "UNO", "GOV"),
])
def test_forces_named_by_their_craft_prosecutors_deputies_and_think_tanks(resolve, text, when, code, sector):
    result = resolve(text, date.fromisoformat(when))[0]
    assert (result["code"], result["sector"]) == (code, sector)


def test_the_oil_of_a_state_is_no_ministry(resolve):
    assert resolve("النفط الكويتي", date(2016, 6, 1))[0]["sector"] is None


def test_the_bare_name_of_two_states_parties_is_the_turkish_one_without_context(resolve):
    # «حزب العدالة والتنمية» is Turkey's and Morocco's: the text's state tells which; alone, the Turkish one
    assert resolve("حزب العدالة والتنمية", date(2021, 11, 25))[0]["code"] == "TUR"


def test_the_shia_duo_is_a_lebanese_party_bloc():
    from datetime import date

    from rasad.kb.knowledge import load_kb
    from rasad.kb.lookup import NameLookup

    found = NameLookup(load_kb(include_user=False))("الثنائي الشيعي", date(2020, 9, 26))
    assert found and (found[0]["code"], found[0]["sector"]) == ("LBN", "GOV")  # (its ministers sat in Diab's cabinet)


def test_a_capital_after_in_is_the_place_of_those_named_not_its_government(resolve):
    first = resolve("ضحايا التفجيرين في كمبالا", date(2010, 7, 12))[0]
    assert (first["code"], first["sector"]) == ("UGA", None)
    first = resolve("المجمع الرئاسي في أنقرة", date(2018, 6, 1))[0]  # a seat of power named with its city
    assert (first["code"], first["sector"]) == ("TUR", "GOV")


@pytest.mark.parametrize("text, when, code", [("السلطان قابوس", "2015-01-01", "OMN"),
                                              ("السلطان هيثم", "2021-01-01", "OMN"),
                                              ("الشيخ نواف", "2021-01-01", "KWT"), ("الملك فهد", "2000-01-01", "SAU")])
def test_gulf_rulers_by_title_and_first_name(resolve, text, when, code):
    result = resolve(text, date.fromisoformat(when))[0]
    assert (result["code"], result["sector"]) == (code, "GOV")


def test_a_description_of_no_state_takes_the_state_of_its_place(resolve):
    """A crowd, the displaced or students «في/من/ب» the one place named are of its state, with their own sector."""
    for text, when, want in [("المتظاهرون المطالبون بالإصلاح في بانكوك", date(2020, 10, 16), ("THA", "CVL")),
                             ("النازحون من وادي سوات", date(2009, 5, 20), ("PAK", "REF")),
                             ("المحتجون في مدينة البصرة", date(2019, 10, 5), ("IRQ", "CVL")),
                             # (a capital after a place noun; the government they oppose is of the same state)
                             ("المتظاهرون في ساحات بيروت", date(2019, 10, 20), ("LBN", "CVL")),
                             ("المحتجون المطالبون بإسقاط الحكومة في الخرطوم", date(2019, 1, 10), ("SDN", "CVL"))]:
        assert (resolve(text, when)[0]["code"], resolve(text, when)[0]["sector"]) == want, text
    # (a body of a state of its own keeps it: the place only says where it is)
    first = resolve("السفارة الأمريكية في بغداد", date(2020, 1, 1))[0]
    assert first["code"] == "USA"


def test_a_patriarch_of_antioch_is_of_the_state_his_see_sits_in_not_of_antakya(resolve):
    first = resolve("بطريرك أنطاكية وسائر المشرق للروم الأرثوذكس", date(2016, 1, 1))[0]
    assert (first["code"], first["sector"]) == ("SYR", "REL")
    first = resolve("البطريرك الماروني", date(2016, 1, 1))[0]
    assert (first["code"], first["sector"]) == ("LBN", "REL")


def test_a_body_named_in_unknown_foreign_words_before_its_nisba_is_of_that_state(resolve):
    first = resolve("شركة إس كيه الكورية الجنوبية", date(2016, 1, 1))[0]
    assert (first["code"], first["sector"]) == ("KOR", "BUS")
    # (words with the article or a preposition are no foreign name: the crowd is named after them)
    first = resolve("مجموعة من المحتجين الإيرانيين", date(2016, 1, 1))[0]
    assert (first["code"], first["sector"]) == ("IRN", "CVL")


def test_a_human_rights_association_is_an_ngo_whatever_state_its_name_carries(resolve):
    for text in ("الرابطة الموريتانية لحقوق الإنسان", "شبكة حقوق الإنسان الأفغانية",
                 "الجمعية التونسية للدفاع عن حقوق الإنسان"):
        first = resolve(text, date(2016, 1, 1))[0]
        assert (first["code"], first["sector"]) == ("NGO", None), text
    # (a state's own council or commission for them is the state's)
    first = resolve("هيئة حقوق الإنسان السعودية", date(2016, 1, 1))[0]
    assert (first["code"], first["sector"]) == ("SAU", "GOV")


def test_a_trade_on_strike_is_labour_and_marchers_are_the_crowd_of_their_place(resolve):
    for text, want in (("المعلمون المضربون في ولاية تكساس", ("USA", "LAB")),
                       ("الممرضات المضربات في فرنسا", ("FRA", "LAB")),
                       ("المشاركون في مسيرة ضد الحرب في لندن", ("GBR", "CVL"))):
        first = resolve(text, date(2018, 4, 2))[0]
        assert (first["code"], first["sector"]) == want, text
    # (a trade not on strike keeps its own sector)
    first = resolve("المعلمون المغاربة", date(2018, 4, 2))[0]
    assert (first["code"], first["sector"]) == ("MAR", "EDU")


def test_victims_are_of_the_state_the_description_names_with_no_sector(resolve):
    first = resolve("ضحايا تفجير أكاديمية الشرطة في كابول", date(2017, 1, 1))[0]
    assert (first["code"], first["sector"]) == ("AFG", None)
    first = resolve("الشرطة في كابول", date(2017, 1, 1))[0]  # (the police themselves keep theirs)
    assert (first["code"], first["sector"]) == ("AFG", "COP")


def test_residents_worshippers_and_hostages_named_by_a_place_have_no_sector(resolve):
    for text, code in (("سكان مدينة حلب المحاصرون", "SYR"), ("المصلون في الجامع الأموي في دمشق", "SYR"),
                       ("المصلون في مسجد الإمام الصادق بالكويت", "KWT")):
        first = resolve(text, date(2016, 1, 1))[0]
        assert (first["code"], first["sector"]) == (code, None), text
    first = resolve("المتظاهرون في دمشق", date(2016, 1, 1))[0]  # (a crowd that acts is civil society)
    assert (first["code"], first["sector"]) == ("SYR", "CVL")


def test_the_governor_of_a_bank_named_by_its_state_is_that_states_central_banker(resolve):
    first = resolve("محافظ بنك تايلاند", date(2019, 6, 15))[0]
    assert (first["code"], first["sector"]) == ("THA", "GOV")


@pytest.mark.parametrize("text, when, code, sector", [
    # what the crowd protests, behind «على», is no part of it; the crowd is of the place it is in, else of what
    # it protests
    ("المتظاهرون على قمة مجموعة العشرين في هامبورغ", "2017-07-07", "DEU", "CVL"),
    ("المحتجون على قرار الحكومة الفرنسية", "2019-01-01", "FRA", "CVL"),
    # the displaced, named first by where they lived or by their nationality
    ("السكان المشردون بفيضانات ولاية كيرالا", "2018-08-20", "IND", "REF"),
    ("السوريون الفارون من القصف", "2016-01-01", "SYR", "REF"),
    # people named first and then called victims are victims; families of victims and a body's men are not
    ("العمال ضحايا انفجار المصنع في دكا", "2013-04-24", "BGD", None),
    ("عائلات ضحايا الإرهاب في الجزائر", "2005-09-20", "DZA", "CVL"),
    ("قادة الحرس الثوري ضحايا الهجوم", "2009-10-18", "IRN", "MIL"),
    # a nisba on the opening word is the description's nationality, not the body named behind a preposition
    ("الناخبون البريطانيون في الاستفتاء على الخروج من الاتحاد الأوروبي", "2016-06-23", "GBR", None),
    # residents who fled are displaced; workers and those on strike (not on hunger strike) are labour
    ("سكان غوما الفارون من القتال", "2012-11-20", "COD", "REF"),
    ("الأطباء المضربون في مصر", "2014-01-01", "EGY", "LAB"),
    ("رجال الإطفاء البريطانيون المضربون", "2002-11-13", "GBR", "LAB"),
    ("الأسرى الفلسطينيون المضربون عن الطعام", "2012-05-01", "PSE", None),
    # voters are not the assembly they elect; besieged or stranded civilians are people an act struck
    ("الناخبون في انتخابات مجلس الأمة الكويتي", "2016-11-26", "KWT", None),
    ("المدنيون المحاصرون في حلب", "2016-06-01", "SYR", None),
    # victims are of the place the act struck, not of the state whose nisba or mission the act names
    ("ضحايا الغارات الإسرائيلية على غزة", "2014-07-20", "PSE", None),
    ("ضحايا تفجير القنصلية الإيطالية في القاهرة", "2015-07-11", "EGY", None),
    # a region right after a crowd or a force names whose it is
    ("المتمردون الشيشان", "2000-06-01", "RUS", "REB"),
    # aircraft, warships and their crews are a state's forces; civil aircraft and a merchant crew are not
    ("طاقم الطراد الروسي موسكفا", "2022-04-14", "RUS", "MIL"),
    ("طاقم السفينة التركية", "2014-06-01", "TUR", None),
    ("الطائرات المدنية الإيرانية", "2014-06-01", "IRN", None),
    # tourists and the kidnapped, named first or second, are people an act struck
    ("السياح الرهائن من هونغ كونغ في حافلة مانيلا", "2010-08-23", "CHN", None),
    # a body known only by the place or state its name holds is of the kind its head noun says
    ("قناة الرابعة العراقية", "2015-01-01", "IRQ", "MED"),
    ("بنك دبي الإسلامي", "2015-01-01", "ARE", "BUS"),
    ("هيئة تنمية الصادرات المصرية", "2015-01-01", "EGY", "GOV"),
    ("الفرقة الرابعة مشاة في حمص", "2015-01-01", "SYR", "MIL"),
    ("قاعدة عين الأسد", "2020-01-08", "IRQ", "MIL"),
    ("البحارة الإيرانيون المحتجزون في اليمن", "2016-01-01", "IRN", "MIL"),
    ("قصر الضيافة في بغداد", "2015-01-01", "IRQ", "GOV"),
    # and of the state its closing nisba names, not of the city its name holds
    ("شركة بوردو فارما الأمريكية", "2020-01-01", "USA", "BUS"),
    ("شركة دبي للاستثمار الأمريكية", "2020-01-01", "USA", "BUS"),
    # a journalist, broadcaster or academic named by trade and nisba; the trade word as an adjective is no party
    ("الصحفي المصري محمود حسين", "2017-01-01", "EGY", "MED"),
    ("الأكاديمي الأردني", "2015-01-01", "JOR", "EDU"),
    # passengers of a flight are not the airline
    ("ركاب رحلة الخطوط الجوية الإثيوبية 302", "2019-03-10", "ETH", None),
    # a governor or mayor of a province or town named with the word for it
    ("حاكم منطقة كورسك", "2024-08-10", "RUS", "GOV"),
    ("رئيس بلدية مدينة حلب", "2019-01-01", "SYR", "GOV"),
    ("عمدة مدينة نيويورك", "2019-01-01", "USA", "GOV"),
    # «الاحتلال» after a body's word names Israel, also inside a longer title
    ("قائد جيش الاحتلال", "2019-06-01", "ISR", "MIL"),
    ("المتحدث باسم جيش الاحتلال", "2019-06-01", "ISR", "MIL"),
    ("رئيس حكومة الاحتلال", "2019-06-01", "ISR", "GOV"),
    ("شرطة الاحتلال", "2019-06-01", "ISR", "COP"),
    # helicopters, drones, boats, missiles, armour, bulldozers and units that open a description are a state's forces
    ("المروحيات السورية", "2013-06-01", "SYR", "MIL"),
    ("الزوارق الإيرانية", "2019-06-01", "IRN", "MIL"),
    ("الجرافات الإسرائيلية", "2017-06-01", "ISR", "MIL"),
    ("الوحدات الخاصة العراقية", "2017-06-01", "IRQ", "MIL"),
    # members of parliament are legislators whatever party names them, but the opposition's are the opposition
    ("النواب الديمقراطيون في الكونغرس", "2019-06-01", "USA", "LEG"),
    # peacekeepers are the UN's where no state is named, not the host's; the coalition is its leader's
    ("قوات حفظ السلام في جنوب لبنان", "2012-06-01", "UNO", "MIL"),
    ("قوات حفظ السلام الروسية في أبخازيا", "2008-06-01", "RUS", "MIL"),
    ("قوات حفظ السلام الأفريقية في دارفور", "2005-06-01", "IGO", "MIL"),
    ("قوات التحالف في اليمن", "2018-06-01", "SAU", "MIL"),
    ("قوات التحالف في العراق", "2005-06-01", "USA", "MIL"),
    # a federal state's president; Iran's bare Supreme Leader; a Saudi region's emir; the highest Shia authority
    ("رئيس ولاية بونتلاند", "2015-06-01", "SOM", "GOV"),
    ("المرشد الأعلى للثورة الإسلامية", "2015-06-01", "IRN", "GOV"),
    ("أمير المنطقة الشرقية", "2015-06-01", "SAU", "GOV"),
    ("المرجع الشيعي الأعلى في العراق", "2015-06-01", "IRQ", "REL"),
    # a group's drones are the group's; Jerusalem's mayor is Israel's; Canterbury is English
    ("الطائرات المسيّرة الحوثية", "2022-06-01", "YEM", "REB"),
    ("رئيس بلدية القدس", "2010-06-01", "ISR", "GOV"),
    ("رئيس أساقفة كانتربري", "2012-06-01", "GBR", "REL"),
    # citizens, nationals abroad, civilians and pilgrims are people of a state, no civil society acting
    ("المواطنون الكويتيون في العراق", "2003-06-01", "KWT", None),
    ("الحجاج المصريون", "2015-09-24", "EGY", None),
    # relatives of victims, prisoners or the missing act as civilians; «أهالي» before a place are its residents
    ("ذوو الأسرى الفلسطينيين", "2015-06-01", "PSE", "CVL"),
    ("أهالي الرقة", "2017-06-01", "SYR", None),
    # a party named by a generic name another state's party bears is the party of the state named after «في»
    ("الحزب الديمقراطي الحاكم في إندونيسيا", "2011-06-01", "IDN", "GOV"),
    # a crowd that protests is civilians, whoever it is
    ("مزارعو الأهواز الغاضبون", "2021-07-20", "IRN", "CVL"),
    # a nisba before the phrase that names the crowd; a hunger strike is no labour dispute
    ("الإسرائيليون المحتجون", "2023-03-01", "ISR", "CVL"),
    ("المعتقلون الأتراك المضربون عن الطعام", "2000-12-01", "TUR", None),
    # a governor or president of an island or a Moroccan region named with the word for it
    ("حاكم جزيرة أنجوان", "2008-01-01", "COM", "GOV"),
    ("والي جهة الدار البيضاء الكبرى", "2016-01-01", "MAR", "GOV"),
    # «المالية» with a state's nisba is its finance ministry; after a definite noun it is an adjective
    ("المالية العراقية", "2016-06-01", "IRQ", "GOV"),
    ("السوق المالية السعودية", "2016-06-01", "SAU", "BUS"),
    # journalists' and judges' own bodies are of their trade
    ("نقابة الصحفيين اللبنانيين", "2020-06-01", "LBN", "MED"),
    ("نادي القضاة المصري", "2006-06-01", "EGY", "JUD"),
    # a state's mediators are its government's
    ("الوسيط المصري", "2023-06-01", "EGY", "GOV"),
    # teachers on strike are labour, students on strike students
    ("الأساتذة الجامعيون المضربون في مصر", "2019-09-15", "EGY", "LAB"),
    # detainees are people held, not whoever holds them; Lebanon's judicial investigator
    ("المعتقلون في سجون الحوثيين", "2020-06-01", "YEM", None),
    ("المحقق العدلي في انفجار مرفأ بيروت", "2021-06-01", "LBN", "JUD"),
    # a crowd for or against what it names after «ل» is of the place it is in
    ("المتظاهرون المؤيدون لفلسطين في لندن", "2023-11-01", "GBR", "CVL"),
    # of two places after «في», the first is where what it protests happens, the last where the crowd is
    ("المحتجون على الحرب في غزة في نيويورك", "2024-04-01", "USA", "CVL"),
    ("المتظاهرون المطالبون برحيل البشير", "2019-04-01", "SDN", "CVL"),
    # a description led by a phrase of no state is of the nisba among its opening words
    ("سائقو الشاحنات الفرنسيون المضربون", "2010-06-01", "FRA", "LAB"),
    # gunmen a description names are insurgents of the place they fight in
    ("المسلحون الانفصاليون في كشمير", "2019-06-01", "IND", "REB"),
    # what a relative clause names only describes the head
    ("الطائرات التركية التي قصفت دهوك", "2020-06-01", "TUR", "MIL"),
    # the Secretary-General's envoy is the UN's, not of the state he is sent to
    ("المبعوث الخاص للأمين العام إلى اليمن", "2019-06-01", "UNO", "GOV"),
    # the US Interior Department runs federal lands, not the police
    ("وزير الداخلية الأميركي رايان زينكي", "2017-06-01", "USA", "GOV"),
    ("وزير الداخلية البريطاني", "2017-06-01", "GBR", "COP"),
    # cardinals, bishops, priests, monks and nuns are clergy
    ("الكاردينال الفرنسي", "2015-06-01", "FRA", "REL"),
    ("الرهبان البوذيون في ميانمار", "2015-06-01", "MMR", "REL"),
    # a news agency's acronym asked about alone
    ("كونا", "2015-06-01", "KWT", "MED"),
    ("واس", "2015-06-01", "SAU", "MED"),
    # a minister of state security heads an intelligence service; a national security minister, the police
    ("وزير أمن الدولة الصيني", "2020-06-01", "CHN", "SPY"),
    ("وزير الأمن الوطني الإسرائيلي", "2023-06-01", "ISR", "COP"),
    # the Pope, a Druze community's spiritual head and separatists are titles and groups of their own
    ("بابا الفاتيكان", "2016-06-01", "VAT", "REL"),
    ("شيخ العقل في لبنان", "2016-06-01", "LBN", "REL"),
    ("الانفصاليون في إقليم دونباس", "2016-06-01", "UKR", "REB"),
    # a party that names its state keeps it where it is
    ("مستوطنو الضفة الغربية", "2019-06-01", "ISR", "CVL"),
])
def test_a_description_is_what_its_opening_words_name(resolve, text, when, code, sector):
    first = resolve(text, date.fromisoformat(when))[0]
    assert (first["code"], first["sector"]) == (code, sector)


def test_a_name_word_with_a_conjunction_before_hamza_matches_its_text(kb):
    # the tokenizer keys «وإدارة» by «إدارة» alone (so that «وإلى» is no «والي»): the name's word must be keyed so too
    from rasad.kb.knowledge import KnowledgeBase
    from rasad.kb.model import KBEntry, Role

    centre = KBEntry("c", "organisation", "Centre", "مركز", None, ["مركز الأمن وإدارة الأزمات"],
                     [Role("JOR", "GOV", None, None, None)])
    both = KnowledgeBase([*kb.entries, centre])
    for text in ("مركز الأمن وإدارة الأزمات", "مركز الأمن وادارة الأزمات"):
        assert [(r["code"], r["entity_text"]) for r in lookup(both, text, date(2020, 1, 1))][:1] == [("JOR", text)]


@pytest.mark.parametrize("word, stem", [
    ("عنه", "عن"), ("قاله", "قال"), ("فشن", "شن"), ("بولي", "ولي"), ("لبن", "بن"),
    ("نقده", "نقد"), ("قيامه", "قيام"), ("قربه", "قرب"), ("خارجه", "خارج"), ("عقاباً", "عقاب"), ("علمه", "علم"),
])
def test_no_name_in_the_kb_keeps_a_common_word_with_its_clitics_whole(resolve, word, stem):
    # a place like «مدينة بانه» or «الفشن» made «بأنه» and «فشن هجوماً» known words, which the segmenter then kept
    # whole: «ووصفت ما جرى بأنه …» and «فشن هجوماً» lost their readings
    from rasad.text.tokens import tokenize

    (token,) = tokenize(word, segmenter=resolve._segmenter)
    assert stem in token.stem_keys, (word, token.keys, token.stem_keys)


def test_a_lone_family_name_is_the_office_holder_of_the_day_not_one_of_unknown_years(kb):
    from rasad.kb.knowledge import KnowledgeBase
    from rasad.kb.model import KBEntry, Role

    minister = KBEntry("m", "person", "Minister", "سامي الفلاني", None, ["سامي الفلاني"],
                       [Role("EGY", "GOV", "Minister", date(2013, 7, 16), date(2014, 6, 17))])
    activist = KBEntry("a", "person", "Activist", "هاني الفلاني", None, ["هاني الفلاني"],
                       [Role("EGY", "OPP", "Spokesman in exile", None, None)])
    both = KnowledgeBase([*kb.entries, minister, activist])
    first = lookup(both, "الفلاني", date(2014, 1, 1))[0]
    assert (first["code"], first["sector"]) == ("EGY", "GOV")
    assert lookup(both, "الفلاني", date(2018, 1, 1)) and lookup(both, "الفلاني", date(2018, 1, 1))[0]["sector"] == "OPP"


@pytest.mark.parametrize("text", ["المؤتمر الصحفي", "المكتب الإعلامي للحكومة", "التعتيم الإعلامي"])
def test_a_trade_word_as_an_adjective_is_no_journalist(resolve, text):
    assert not [r for r in resolve(text, date(2020, 1, 1)) if r["sector"] == "MED"]


@pytest.mark.parametrize("text, when", [
    ("لجنتا مجلس النواب", "2022-05-01"),  # «جنتا», a Lebanese village, would take the dual «لجنتا» (ل + «جنتا»)
    ("قصفاً جوياً", "2020-01-01"),  # «جويا», another
    ("المدنيون هاربين من القصف", "2020-01-01"),  # «هاربين», Harbin
])
def test_no_place_takes_an_ordinary_word(resolve, text, when):
    assert not [r for r in resolve(text, date.fromisoformat(when)) if r["entity_text"] in ("جنتا", "لجنتا", "جوياً", "هاربين")]


def test_words_names_write_only_with_the_article_or_only_inside_them_are_told_apart(kb):
    # the segmenter keeps such a word whole only with its article when it is a preposition and a trigger word
    assert "بلقاء" in kb.article_words() and "بلقاء" in kb.vocabulary()
    assert "بغداد" not in kb.article_words() and "بحرين" in kb.article_words()
    assert [r["code"] for r in lookup(kb, "محافظة البلقاء", date(2015, 1, 1))][:1] == ["JOR"]
    # and the words that stand only inside the names of bodies («بمجلس»), not a title inside a person's name
    # («القائم بأعمال المرشد …») nor a word that opens or closes a name
    assert "بمجلس" in kb.inner_words() and "باعمال" not in kb.inner_words()
    assert not kb.inner_words() & {"مجلس", "بغداد", "بلقاء"}


@pytest.mark.parametrize("listed, written", [
    ("مكتب الرقابة الأمريكي", "مكتب الرقابة الأميركي"),
    ("مكتب الرقابة الأميركي", "مكتب الرقابة الأمريكي"),
])
def test_a_name_listed_with_one_spelling_of_american_matches_the_other(kb, listed, written):
    # the press writes «أمريكي» and «أميركي» alike; a name listed with one spelling was missed in the other
    from rasad.kb.knowledge import KnowledgeBase
    from rasad.kb.model import KBEntry, Role

    office = KBEntry("o", "organisation", "Office", listed, None, [listed], [Role("USA", "GOV", None, None, None)])
    both = KnowledgeBase([*kb.entries, office])
    assert [(r["code"], r["entity_text"]) for r in lookup(both, written, date(2020, 1, 1))][:1] == [("USA", written)]
