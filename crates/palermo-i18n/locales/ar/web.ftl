## كلمات تطبيق الويب نفسه (الصفحات والاستمارات والتنقل).
## أما التقييم نفسه فيستخدم الفهارس الأخرى.

web-skip = الانتقال إلى المحتوى
web-nav-label = التنقل الرئيسي
web-nav-interview = الاستبيان
web-nav-matrix = المصفوفة
web-nav-registry = السجل
web-nav-stats = الإحصاءات
web-nav-login = تسجيل الدخول
web-logout = تسجيل الخروج
web-languages-label = اللغة
web-relang = عرض هذا الاستبيان باللغة:
web-footer = يطبّق Palermo اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحقة بها على الوقائع المقدَّمة. وهو لا يقدّم مشورة قانونية؛ وكل استنتاج يُشير إلى الحكم الذي يستند إليه.
web-back-home = العودة إلى الصفحة الرئيسية

web-home-title = هل يمكن أن تكون الاتفاقية أساسا لهذا الطلب؟
web-home-intro = أجب عن بضعة أسئلة بشأن طلب تعاون بين دولتين: يبيّن Palermo ما إذا كان يمكن أن تكون الاتفاقية أساسه القانوني، والأسباب، وما لا يزال ناقصا.
web-home-interview = بدء الاستبيان
web-home-matrix = مصفوفة الشمول بين الدول
web-home-registry = سجل طلبات السلطة التي تتبعها
web-home-provisions = الأحكام التي يطبّقها المحرك
web-home-offline = لا تُحمِّل هذه الصفحة أي شيء من خارج الخادم.

web-interview-title = الاستبيان
web-interview-intro = ابدأ بنوع التعاون والدولتين والتاريخ. ثم يطرح Palermo، سؤالا تلو الآخر، أسئلة عن الوقائع التي تتوقف عليها الإجابة؛ ويجوز الرد على أي سؤال بعبارة «لا أعرف».
web-field-kind = نوع التعاون
web-field-requesting = الدولة الطالبة
web-field-requested = الدولة متلقية الطلب
web-field-as-of = التاريخ الذي يُطبَّق القانون في تاريخه
web-begin = ابدأ
web-upload-title = أو المتابعة انطلاقا من ملف قضية
web-upload-label = ملف القضية (TOML أو JSON)
web-upload = تحميل
web-answer-so-far = الإجابة حتى الآن
web-why = السؤال مطروح بموجب
web-why-domestic = تترك الاتفاقية هذه المسألة للقانون الداخلي للدولة
web-yes = نعم
web-no = لا
web-answer = أجب
web-unknown = لا أعرف
web-show-result = اعرض الإجابة الآن
web-answered = ما تثبته القضية حتى الآن
web-none = لا يوجد
web-hint-states = اختر دولة واحدة أو أكثر (مع الضغط على المفتاح Ctrl أو Cmd)؛ ولا تختر أي دولة إن لم توجد أي دولة.
web-hint-penalty = الحد الأقصى للعقوبة المقررة قانونا، مثل 5y (خمس سنوات)، أو 18m (ثمانية عشر شهرا)، أو 4y6m (أربع سنوات وستة أشهر)، أو life (السجن المؤبد)، أو death (الإعدام)، أو fine (الغرامة)، أو none (لا عقوبة).
web-hint-any = ضع علامة على كل ما ينطبق؛ ولا تضع أي علامة إن لم ينطبق أي خيار.
web-hint-date-or-none = تاريخ (بالصيغة YYYY-MM-DD: السنة، الشهر، اليوم) أو «none» (لا يوجد).
web-hint-texts = افصل بين القيم المتعددة بفواصل.
web-next-title = الخطوات التالية
web-continue = متابعة الاستبيان
web-download-toml = تنزيل القضية (TOML)
web-download-json = تنزيل القضية (JSON)
web-export-markdown = تصدير المذكرة (Markdown)
web-export-json = تصدير التقييم (JSON)
web-save = الحفظ في السجل
web-unknown-count = { $n ->
    [zero] لم يُجَب عن أي سؤال بعبارة «لا أعرف».
    [one] أُجيب عن سؤال واحد بعبارة «لا أعرف».
    [two] أُجيب عن سؤالين بعبارة «لا أعرف».
    [few] أُجيب عن { $n } أسئلة بعبارة «لا أعرف».
    [many] أُجيب عن { $n } سؤالا بعبارة «لا أعرف».
   *[other] أُجيب عن { $n } سؤال بعبارة «لا أعرف».
}

web-choice-untoc-art5 = المشاركة في جماعة إجرامية منظمة (المادة 5)
web-choice-untoc-art6 = غسل عائدات الجريمة (المادة 6)
web-choice-untoc-art8 = الفساد (المادة 8)
web-choice-untoc-art23 = عرقلة سير العدالة (المادة 23)
web-choice-tip-art5 = الاتجار بالأشخاص (بروتوكول الاتجار بالأشخاص، المادة 5)
web-choice-som-art6 = تهريب المهاجرين (بروتوكول تهريب المهاجرين، المادة 6)
web-choice-firearms-art5 = صنع الأسلحة النارية أو الاتجار بها بصورة غير مشروعة (بروتوكول الأسلحة النارية، المادة 5)
web-choice-serious-crime = جرائم خطيرة
web-choice-convention-offence = أفعال مجرمة وفقا للاتفاقية
web-choice-other = غير ذلك
web-choice-financial = منفعة مالية
web-choice-other-material = منفعة مادية أخرى
web-choice-none = لا منفعة
web-choice-political-ideological = غرض سياسي أو أيديولوجي
web-choice-taking-evidence = الحصول على أدلة أو أقوال أشخاص
web-choice-service-of-documents = تبليغ المستندات القضائية
web-choice-search-seizure-freezing = تنفيذ عمليات التفتيش والضبط والتجميد
web-choice-examining-objects-sites = فحص الأشياء والمواقع
web-choice-information-expert-evaluations = تقديم المعلومات والأدلة وتقييمات الخبراء
web-choice-documents-records = تقديم المستندات والسجلات، بما فيها السجلات المصرفية
web-choice-tracing-proceeds = التعرف على العائدات أو الممتلكات أو الأدوات أو اقتفاء أثرها
web-choice-voluntary-appearance = تيسير مثول الأشخاص طواعية
web-choice-domestic-order = استصدار أمر مصادرة خاص بها
web-choice-give-effect-to-order = إنفاذ أمر المصادرة الصادر عن الدولة الطالبة
web-choice-identify-trace-freeze = التعرف على الممتلكات واقتفاء أثرها وتجميدها أو ضبطها
web-choice-controlled-delivery = التسليم المراقب
web-choice-surveillance = المراقبة
web-choice-undercover = العمليات المستترة

web-kind-extradition = تسليم المجرمين
web-kind-mutual-legal-assistance = المساعدة القانونية المتبادلة
web-kind-confiscation = التعاون الدولي لأغراض المصادرة
web-kind-transfer-of-sentenced-persons = نقل الأشخاص المحكوم عليهم
web-kind-transfer-of-proceedings = نقل الإجراءات الجنائية
web-kind-joint-investigation = التحقيقات المشتركة
web-kind-special-investigative-techniques = أساليب التحري الخاصة
web-kind-law-enforcement-cooperation = التعاون في إنفاذ القانون

web-provision-intro = ما يقرره المحرك بموجب هذا الحكم، بعباراتنا، والقضايا النموذجية التي تختبره.
web-provision-findings = الاستنتاجات
web-provision-none = لا يستخلص المحرك أي استنتاج بموجب هذا الحكم ذاته؛ انظر الفقرات أدناه.
web-provision-not-encoded = فقرات لا يطبّقها المحرك
web-provision-examples = القضايا النموذجية التي تختبره
web-provision-no-examples = لا توجد بعد أي قضية نموذجية تختبره.

web-matrix-title = مصفوفة الشمول
web-matrix-intro = تبيّن ما إذا كان يمكن أن تكون الاتفاقية الأساس القانوني بين كل زوج من دول منطقة ما، لنوع واحد من الجرائم ونوع واحد من التعاون، وفقا للسيناريو القياسي. وكل خانة تحيل إلى الشرح الكامل لذلك الزوج من الدول.
web-field-crime = نوع الجريمة
web-field-region = المنطقة
web-show = اعرض
web-matrix-caption = الصفوف: الدولة الطالبة؛ الأعمدة: الدولة متلقية الطلب. الأخضر: نعم؛ الأحمر: لا؛ الكهرماني: غير محسوم؛ الأزرق: يتوقف على القانون الداخلي؛ البنفسجي: تعارض في الوقائع.
web-matrix-table = البيانات نفسها في شكل جدول
web-matrix-table-caption = الصفوف: الدولة الطالبة؛ الأعمدة: الدولة متلقية الطلب.
web-requesting-requested = الدولة الطالبة \ الدولة متلقية الطلب
web-pair-scenario = السيناريو القياسي لهذا الزوج من الدول (الافتراضات مدرجة مع المصفوفة في الوثائق).
web-region-africa = أفريقيا
web-region-americas = الأمريكتان
web-region-asia = آسيا
web-region-europe = أوروبا
web-region-oceania = أوقيانوسيا

web-login-title = تسجيل الدخول
web-login-to-save = سجّل الدخول لحفظ هذا التقييم في سجل السلطة التي تتبعها.
web-field-user = اسم المستخدم
web-field-password = كلمة المرور
web-login = تسجيل الدخول
web-login-failed = اسم المستخدم أو كلمة المرور غير صحيحين.
web-registry-title = السجل
web-registry-of = طلبات سلطة الدولة { $state }، كما يطّلع عليها المستخدم { $user }.
web-registry-empty = لا يوجد طلب مطابق.
web-field-direction = الاتجاه
web-field-status = الحالة
web-field-counterpart = الدولة الأخرى (الرمز)
web-any = الكل
web-filter = تصفية
web-export-csv = التنزيل بصيغة CSV
web-field-reference = المرجع
web-field-states = الدول
web-field-start = تاريخ الإرسال أو الاستلام
web-field-basis = الأساس القانوني
web-field-basis-reference = الحكم أو المعاهدة أو القانون المستند إليه
web-field-date = تاريخ الإرسال أو الاستلام
web-field-notes = ملاحظات
web-field-assessment = التقييم المحفوظ مع الطلب
web-field-approved = الموافقة
web-direction-outgoing = صادر
web-direction-incoming = وارد
web-basis-convention = الاتفاقية
web-basis-treaty = معاهدة
web-basis-reciprocity = المعاملة بالمثل
web-basis-other-instrument = صك آخر
web-basis-domestic-law = القانون الداخلي
web-status-pending = قيد الانتظار
web-status-drafted = مُعَدّ في صيغة مشروع
web-status-sent = مُرسَل
web-status-received = مُستلَم
web-status-acknowledged = أُشعر باستلامه
web-status-executed = مُنفَّذ
web-status-partly-executed = مُنفَّذ جزئيا
web-status-refused = مرفوض
web-status-withdrawn = مسحوب
web-record-title = الطلب { $id }
web-timeline = التسلسل الزمني
web-timeline-empty = لم تُسجَّل أي خطوة بعد.
web-audit = سجل المراجعة
web-audit-when = التوقيت
web-audit-who = الفاعل
web-audit-what = الإجراء
web-audit-detail = التفاصيل
web-new-title = الحفظ في السجل
web-save-record = حفظ
web-stats-title = الإحصاءات
web-stats-summary = { $n ->
    [zero] لا توجد طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $n } طلبات
    [many] { $n } طلبا
   *[other] { $n } طلب
}؛ وعدد ما يستند منها إلى الاتفاقية أساسا قانونيا: { $convention }.
web-stats-by-year = حسب السنة
web-stats-undated = بلا تاريخ
web-stats-by-kind = حسب نوع التعاون
web-stats-by-counterpart = حسب الدولة الأخرى
web-stats-by-outcome = حسب النتيجة
web-stats-days = المدة حتى التنفيذ (بالأيام)
web-stats-days-figures = الوسيط: { $median } (بالأيام)؛ المئين التسعون: { $p90 } (بالأيام)؛ عدد الطلبات المحتسبة: { $n }.
web-stats-days-none = لا يوجد طلب منفَّذ سُجّل تاريخاه كلاهما.
web-stats-refusals = حالات الرفض
web-stats-refusal-figures = عدد الطلبات المرفوضة: { $refused }؛ ومنها ما استند إلى سبب تستبعده الاتفاقية: { $ruled_out }.
web-stats-ground = السبب
web-stats-provision = الحكم
web-chart-requests = الطلبات
web-chart-convention = المستندة إلى الاتفاقية أساسا قانونيا
web-chart-empty = لا توجد طلبات

web-error-title = حدث خطأ
web-error-not-found = غير موجود
web-error-forbidden = غير مسموح به
web-error-no-page = لا توجد صفحة كهذه.
web-error-no-record = لا يوجد طلب كهذا في سجل السلطة التي تتبعها.
web-error-no-provision = لا يوجد حكم كهذا ضمن الأحكام التي يطبّقها المحرك.
web-error-no-crime = لا يوجد نوع جريمة كهذا.
web-error-pair = اختر نوع جريمة ونوع تعاون ودولتين مختلفتين.
web-error-role = لا يسمح لك دورك بهذا الإجراء.
web-error-csrf = انتهت صلاحية الاستمارة: أعد تحميل الصفحة وحاول مرة أخرى.
web-error-state = تعذّرت قراءة الاستبيان: ابدأ من جديد، أو حمّل ملف القضية.
web-error-start = اختر نوع التعاون والدولتين.
web-error-same-state = يجب أن تكون الدولة الطالبة مختلفة عن الدولة متلقية الطلب.
web-error-choose = اختر إجابة، أو «لا أعرف».
web-error-count = أدخل عددا صحيحا يساوي 1 أو يزيد عليه.
web-error-penalty = اكتب الحد الأقصى بإحدى الصيغ التالية: 5y (سنوات)، أو 18m (أشهر)، أو 4y6m، أو life (السجن المؤبد)، أو death (الإعدام)، أو fine (الغرامة)، أو none (لا عقوبة).
web-error-date = اكتب التاريخ بالصيغة YYYY-MM-DD (السنة، الشهر، اليوم).
web-error-text = اكتب إجابة، أو «لا أعرف».
web-error-upload = اختر ملف قضية (TOML أو JSON) لتحميله.
web-crime-cybercrime-illegal-access = الجريمة السيبرانية: الدخول غير المشروع إلى النظم الحاسوبية
web-crime-computer-fraud = الجريمة السيبرانية: الاحتيال المتصل بالحواسيب
web-crime-identity-theft = الجرائم المتصلة بالهوية
web-crime-trafficking-cultural-property = الاتجار بالممتلكات الثقافية
web-crime-wildlife-trafficking = الاتجار غير المشروع بأنواع الحيوانات والنباتات البرية المحمية
web-crime-illegal-logging = جرائم الغابات: قطع الأشجار غير القانوني والاتجار بالأخشاب
web-crime-illegal-fishing = الجرائم البيئية: صيد الأسماك غير القانوني
web-crime-illegal-mining = الجرائم البيئية: التعدين غير القانوني
web-crime-trafficking-precious-metals = الاتجار غير المشروع بالمعادن النفيسة
web-crime-piracy = القرصنة البحرية والسطو المسلح في البحر
web-crime-organ-trafficking = الاتجار بالأعضاء البشرية
web-crime-falsified-medicines = الأدوية المغشوشة والمزيفة
web-crime-match-fixing = التلاعب بنتائج المباريات والمراهنات غير القانونية أو غير النظامية
web-crime-kidnapping = الاختطاف
web-crime-counterfeit-goods = الاتجار بالسلع المقلدة
web-crime-cigarette-smuggling = تهريب السجائر
web-crime-drug-trafficking = الاتجار غير المشروع بالمخدرات
web-crime-participation-in-ocg = المشاركة في جماعة إجرامية منظمة
web-crime-money-laundering = غسل عائدات الجريمة
web-crime-corruption = الفساد المتصل بالموظفين العموميين
web-crime-obstruction-of-justice = عرقلة سير العدالة
web-crime-trafficking-in-persons = الاتجار بالأشخاص
web-crime-migrant-smuggling = تهريب المهاجرين
web-crime-firearms-trafficking = صنع الأسلحة النارية والاتجار بها بصورة غير مشروعة

## صياغة الطلب (web/drafting.rs).
web-draft-open = صياغة الطلب
web-draft-title = صياغة الطلب
web-draft-intro = ما يحتاج إليه الطلب إضافةً إلى وقائع القضية. ويبيّن التحقق من الاكتمال كل عنصر تشترطه الاتفاقية ولا يزال ناقصا، مع الحكم الذي يشترطه؛ أما الوقائع التي تكتبها فتبقى كما كتبتها.
web-draft-unreadable = تعذّرت قراءة القضية:
web-draft-kind = يصوغ Palermo طلبات المساعدة القانونية المتبادلة وطلبات تسليم المجرمين وطلبات التعاون لأغراض المصادرة.
web-draft-requesting-authority = السلطة مقدمة الطلب
web-draft-contact = جهة الاتصال بشأن الطلب (الاسم والعنوان والهاتف والبريد الإلكتروني)
web-draft-reference = مرجعك
web-draft-addressee = الجهة الموجَّه إليها الطلب (اتركها فارغة لتوجيهه إلى السلطة المركزية المسجلة)
web-draft-proceedings = موضوع الإجراءات وطبيعتها
web-draft-conducting-authority = السلطة التي تتولى الإجراءات، ووظائفها
web-draft-facts = ملخص الوقائع
web-draft-assistance = المساعدة الملتمسة (في حالة التجميد: الإجراءات المطلوبة)
web-draft-procedure = إجراء معين يُراد اتباعه
web-draft-purpose = الغرض من الطلب
web-draft-additional = معلومات إضافية
web-draft-urgency = أسباب استعجال الطلب
web-draft-person-name = الشخص المطلوب: الاسم الكامل
web-draft-person-born = الشخص المطلوب: تاريخ الميلاد
web-draft-person-place = الشخص المطلوب: مكان الميلاد
web-draft-person-documents = الشخص المطلوب: وثائق الهوية
web-draft-person-location = الشخص المطلوب: مكان وجوده
web-draft-person-description = الشخص المطلوب: أوصافه
web-draft-warrant-by = أمر القبض أو الحكم القضائي: الجهة المُصدِرة
web-draft-warrant-date = أمر القبض أو الحكم القضائي: التاريخ
web-draft-warrant-reference = أمر القبض أو الحكم القضائي: الرقم
web-draft-property-description = الممتلكات: الوصف
web-draft-property-location = الممتلكات: مكان وجودها
web-draft-property-value = الممتلكات: القيمة التقديرية
web-draft-order-by = أمر المصادرة: الجهة المُصدِرة
web-draft-order-date = أمر المصادرة: التاريخ
web-draft-order-reference = أمر المصادرة: الرقم
web-draft-order-extent = أمر المصادرة: النطاق المطلوب لتنفيذه
web-draft-offence-law = النص القانوني الذي يجرّم السلوك بموجب قانون الدولة { $state }
web-draft-attachments = المرفقات (مرفق واحد في كل سطر)
web-draft-confidentiality = مطالبة الدولة متلقية الطلب بالحفاظ على سرية الطلب (المادة 18(20))
web-draft-use-limitation = التعهد بعدم استخدام المعلومات في إجراءات أخرى دون موافقة (المادة 18(19))
web-draft-provisional-arrest = طلب احتجاز الشخص ريثما يُقدَّم طلب التسليم (المادة 16(9))
web-draft-format = صيغة الملف
web-draft-language = لغة الطلب
web-draft-language-requested = لغة مقبولة لدى الدولة متلقية الطلب (المادة 18(14))
web-draft-make = التحقق والصياغة
web-draft-anyway = الصياغة مع الإشارة إلى النواقص
web-draft-language-none = لا يوجد في البيانات إشعار من { $state } بموجب المادة 18(14) يحدد إحدى اللغات الرسمية الست للأمم المتحدة: اختر لغة الطلب.

## صفحة البحث (/search)
web-nav-search = البحث
web-home-search = البحث في الأحكام وأنواع الجرائم والعقوبات والإشعارات والسلطات
web-search-title = البحث
web-search-intro = بحث في النص الكامل للأحكام التي يطبّقها المحرك، وفهرس الجرائم وولاياته، والعقوبات الوطنية، والإشعارات، والسلطات المختصة المسجّلة. يجب أن تتطابق جميع الكلمات؛ «عبارة» بين علامتي تنصيص، و-كلمة للاستبعاد، وكلمة* للبادئة.
web-search-field-q = الكلمات
web-search-field-kind = نوع المُدخل
web-search-field-state = الدولة (رمز ISO 3166 الثلاثي)
web-search-state-hint = مثلاً KEN لكينيا أو ITA لإيطاليا.
web-search-any = الكل
web-search-submit = ابحث
web-search-results = { $n ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $n } نتائج
    [many] { $n } نتيجة
   *[other] { $n } نتيجة
}
web-search-more = { $n ->
    [one] نتيجة أخرى واحدة لم تُعرض: ضيّق البحث بعامل تصفية.
    [two] نتيجتان أخريان لم تُعرضا: ضيّق البحث بعامل تصفية.
    [few] { $n } نتائج أخرى لم تُعرض: ضيّق البحث بعامل تصفية.
   *[other] { $n } نتيجة أخرى لم تُعرض: ضيّق البحث بعامل تصفية.
}
web-search-none = لا توجد نتائج مطابقة. جرّب كلمات أقل أو أزل عامل تصفية.
web-search-english = النصوص التي يجري البحث فيها (ملخصاتنا وصفوف البيانات) باللغة الإنكليزية.
web-search-articles = المواد:
web-search-source = المصدر
web-search-as-of = بتاريخ
web-search-kind-provision = حكم
web-search-kind-crime = نوع الجريمة
web-search-kind-penalty = عقوبة
web-search-kind-notification = إشعار
web-search-kind-authority = سلطة مختصة
web-search-bad-kind = هذا النوع من المُدخلات غير موجود: اختر نوعاً من القائمة.
web-search-bad-state = لا توجد دولة مسجّلة بهذا الرمز: أدخل رمز ISO 3166 من ثلاثة أحرف، مثل KEN.
web-search-bad-crime = نوع الجريمة هذا غير موجود في الفهرس: اختر نوعاً من القائمة.
web-search-bad-query = تعذّرت قراءة الكلمات كعملية بحث: تحقّق من علامات التنصيص والرموز.
web-search-unavailable = البحث غير متاح حالياً.
