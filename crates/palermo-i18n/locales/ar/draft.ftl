# الطلبات المُعدّة (crates/palermo-draft): العناوين، وعناوين الأقسام، والنص الثابت
# لكل قسم، وفقرات الأساس القانوني، والبنود، والعناصر الناقصة التي يكشفها فحص
# الاكتمال. تُدرج الوقائع التي يقدمها المستخدم كما كُتبت. انظر docs/translations.md.

## العناوين، عنوان لكل نوع من الطلبات.
draft-title-mla = طلب مساعدة قانونية متبادلة في مسألة جنائية
draft-title-extradition = طلب تسليم
draft-title-confiscation = طلب تعاون دولي لأغراض المصادرة

## حقول الترويسة.
draft-field-from = من
draft-field-to = إلى
draft-field-reference = مرجعنا
draft-field-date = التاريخ
draft-field-requesting = الدولة الطالبة
draft-field-requested = الدولة متلقية الطلب
draft-to-central-authority = { $authority }، السلطة المركزية للدولة متلقية الطلب، { $state } (الفقرة 13 من المادة 18)
draft-to-competent-authorities = السلطات المختصة في الدولة متلقية الطلب، { $state }

## عناوين الأقسام.
draft-h-basis = الأساس القانوني
draft-h-authority = السلطة مقدمة الطلب
draft-h-proceedings = موضوع الإجراءات وطبيعتها
draft-h-facts = ملخص الوقائع
draft-h-offences = الجرائم والعقوبات
draft-h-persons = الأشخاص المعنيون
draft-h-person-sought = الشخص المطلوب تسليمه
draft-h-assistance = المساعدة الملتمسة
draft-h-purpose = الغرض من الطلب
draft-h-property = الممتلكات المعنية
draft-h-order = أمر المصادرة
draft-h-warrant = أمر القبض أو الحكم
draft-h-additional = معلومات إضافية
draft-h-urgency = صفة الاستعجال
draft-h-provisional-arrest = الاحتجاز المؤقت
draft-h-clauses = السرية واستخدام المعلومات
draft-h-attachments = المرفقات
draft-h-notes = ملاحظات لمُعدّ المشروع (ليست جزءا من الطلب: تُحذف قبل الإرسال)

## عبارات الاستهلال والختام.
draft-opening-mla = تهدي الدولة الطالبة، { $requesting }، أطيب تحياتها إلى الدولة متلقية الطلب، { $requested }، وتلتمس مساعدتها في المسألة الجنائية المبيَّنة أدناه.
draft-opening-extradition = تطلب الدولة الطالبة، { $requesting }، من الدولة متلقية الطلب، { $requested }، تسليم الشخص المبيَّن أدناه بسبب الجرائم المبيَّنة في هذا الطلب.
draft-opening-confiscation = تطلب الدولة الطالبة، { $requesting }، من الدولة متلقية الطلب، { $requested }، التعاون لأغراض المصادرة في المسألة المبيَّنة أدناه.
draft-closing = تشكر الدولة الطالبة، { $requesting }، سلطات الدولة متلقية الطلب، { $requested }، على مساعدتها، وتبقى رهن إشارتها لتقديم أي معلومات إضافية قد تحتاج إليها لتنفيذ هذا الطلب.
draft-signature = عن السلطة الطالبة:

## فقرات الأساس القانوني: ما خلص إليه التقييم بالضبط.
draft-basis-mla-convention = يُقدَّم هذا الطلب بموجب المادة 18 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، التي تُعدّ كل من الدولة الطالبة، { $requesting }، والدولة متلقية الطلب، { $requested }، طرفا فيها ({ $cite }).
draft-basis-mla-treaty = يُقدَّم هذا الطلب بموجب { $treaty }، والدولة الطالبة، { $requesting }، والدولة متلقية الطلب، { $requested }، ملزمتان بهذه المعاهدة؛ ووفقا للفقرة 7 من المادة 18 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، تُطبَّق أحكام هذه المعاهدة بدلا من الفقرات 9 إلى 29 من تلك المادة، في حين تظل سائر أحكام المادة 18 سارية ({ $cite }).
draft-basis-mla-treaty-agreed = يُقدَّم هذا الطلب بموجب المادة 18 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية: فقد اتفقت الدولة الطالبة، { $requesting }، والدولة متلقية الطلب، { $requested }، على تطبيق الفقرات 9 إلى 29 من تلك المادة بدلا من الأحكام المقابلة في { $treaty } (الفقرة 7 من المادة 18) ({ $cite }).
draft-basis-extradition-convention = يُقدَّم هذا الطلب بموجب اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية (الفقرة 4 من المادة 16)، التي تعتبرها الدولة متلقية الطلب، { $requested }، الأساس القانوني لتسليم المجرمين، وفقا للإشعار الذي قدمته بموجب الفقرة 5 (أ) من المادة 16 ({ $cite }).
draft-basis-extradition-convention-stated = يُقدَّم هذا الطلب بموجب اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية (الفقرة 4 من المادة 16)، التي تعتبرها الدولة متلقية الطلب، { $requested }، الأساس القانوني لتسليم المجرمين ({ $cite }).
draft-basis-extradition-treaty = يُقدَّم هذا الطلب بموجب { $treaty }. ووفقا للفقرة 3 من المادة 16 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، يُعتبر كل جرم تنطبق عليه تلك المادة مُدرجا، بوصفه جرما خاضعا للتسليم، في أي معاهدة لتسليم المجرمين قائمة بين الدول الأطراف ({ $cite }).
draft-basis-extradition-domestic = لا تجعل الدولة متلقية الطلب، { $requested }، تسليم المجرمين مشروطا بوجود معاهدة. ووفقا للفقرة 6 من المادة 16 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، تعترف بالجرائم التي تنطبق عليها تلك المادة بوصفها جرائم خاضعة للتسليم فيما بينها وبين الدولة الطالبة، { $requesting } ({ $cite }).
draft-basis-confiscation = يُقدَّم هذا الطلب بموجب المادة 13 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية ({ $cite })؛ ووفقا للفقرة 3 من تلك المادة، تنطبق عليه أحكام المادة 18، مع مراعاة ما يقتضيه اختلاف الحال.
draft-basis-confiscation-treaty = يُقدَّم هذا الطلب بموجب { $treaty } وبموجب المادة 13 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية ({ $cite })؛ ووفقا للفقرة 3 من تلك المادة، تنطبق عليه أحكام المادة 18، مع مراعاة ما يقتضيه اختلاف الحال.
draft-basis-other = يُقدَّم هذا الطلب بموجب { $treaty }.
draft-treaty-unnamed = المعاهدة السارية بين الدولتين

## المطلوب في طلب المصادرة، بحسب التدبير (الفقرتان 1 و2 من المادة 13).
draft-confiscation-domestic-order = يُرجى من الدولة متلقية الطلب، { $requested }، أن تحيل هذا الطلب إلى سلطاتها المختصة لاستصدار أمر مصادرة، وأن تضع ذلك الأمر موضع النفاذ إن صدر (الفقرة 1 (أ) من المادة 13).
draft-confiscation-give-effect = يُرجى من الدولة متلقية الطلب، { $requested }، أن تحيل أمر المصادرة الصادر عن محكمة في الدولة الطالبة، { $requesting }، إلى سلطاتها المختصة بهدف إنفاذه بالقدر المطلوب (الفقرة 1 (ب) من المادة 13).
draft-confiscation-freeze = يُرجى من الدولة متلقية الطلب، { $requested }، أن تتخذ تدابير للتعرف على عائدات الجرائم أو الممتلكات أو المعدات أو الأدوات الأخرى المبيَّنة أدناه واقتفاء أثرها وتجميدها أو ضبطها، بغرض مصادرتها في نهاية المطاف (الفقرة 2 من المادة 13).

## الأقسام: النص الثابت المحيط بالوقائع التي يقدمها المستخدم.
draft-authority = الجهة مقدمة الطلب:
draft-contact = جهة الاتصال بشأن هذا الطلب:
draft-proceedings-conducted-by = الجهة التي تتولى الإجراءات:
draft-offence-law = بموجب قانون دولة { $state }:
draft-offence-penalty = العقوبة القصوى بموجب قانون دولة { $state }: { $penalty }.
draft-offence-penalty-data = العقوبة القصوى بموجب قانون دولة { $state }: { $record }.
draft-offence-dual-criminality = يُعاقب على السلوك بموجب القانون الداخلي لكلتا الدولتين (الفقرة 1 من المادة 16).
draft-offence-summary = السلوك:
draft-person-name = الاسم
draft-person-aliases = أسماء أخرى
draft-person-born = تاريخ الميلاد ومكانه
draft-person-nationality = الجنسية
draft-person-documents = وثائق الهوية
draft-person-location = مكان الوجود
draft-person-description = الأوصاف
draft-person-role = الصفة
draft-role-person_sought = الشخص المطلوب تسليمه
draft-role-suspect = مشتبه فيه أو متهم
draft-role-witness = شاهد
draft-role-victim = ضحية
draft-role-owner = مالك أو حائز لممتلكات أو سجلات
draft-role-other = شخص آخر معني
draft-person-located-in = يُعتقد أن الشخص المطلوب تسليمه موجود في إقليم الدولة { $state }.
draft-measures = تندرج المساعدة الملتمسة في نطاق الفقرة 3 من المادة 18 من الاتفاقية: { $measures }.
draft-procedure = تطلب السلطة الطالبة اتباع الإجراء التالي، ما لم يتعارض مع قانون الدولة متلقية الطلب، { $requested } (الفقرة 17 من المادة 18):
draft-property-description = الوصف
draft-property-location = المكان
draft-property-value = القيمة التقديرية
draft-order-issued-by = الجهة المُصدِرة
draft-order-date = التاريخ
draft-order-reference = الرقم المرجعي
draft-order-final = نهائي
draft-order-extent = نطاق التنفيذ المطلوب
draft-order-copy = تُرفق نسخة مقبولة قانونا من الأمر (الفقرة 3 (ب) من المادة 13).
draft-warrant-copy = تُرفق نسخة من أمر القبض أو الحكم.
draft-yes = نعم
draft-no = لا
draft-urgent = هذا الطلب عاجل، للأسباب التالية:
draft-provisional-arrest = إلى حين تقديم هذا الطلب، تطلب الدولة الطالبة، { $requesting }، من الدولة متلقية الطلب، { $requested }، أن تحتجز الشخص المطلوب تسليمه أو أن تتخذ تدابير مناسبة أخرى لضمان حضوره إجراءات التسليم (الفقرة 9 من المادة 16).
draft-clause-confidentiality = تطلب الدولة الطالبة، { $requesting }، من الدولة متلقية الطلب، { $requested }، أن تحافظ على سرية هذا الطلب ومضمونه، إلا بالقدر اللازم لتنفيذه، وأن تبلغها فورا إذا تعذّر عليها الامتثال لهذا الشرط (الفقرة 20 من المادة 18).
draft-clause-use-limitation = لن تنقل الدولة الطالبة، { $requesting }، المعلومات أو الأدلة المقدمة ردا على هذا الطلب ولن تستخدمها في تحقيقات أو ملاحقات أو إجراءات قضائية غير تلك المذكورة فيه، دون موافقة مسبقة من الدولة متلقية الطلب، { $requested } (الفقرة 19 من المادة 18).
draft-no-attachments = لا توجد.

## ملاحظات لمُعدّ المشروع.
draft-note-assessment = نتيجة التقييم: { $headline }
draft-note-assessed = أُجري التقييم في { $date } باستخدام المحرك { $engine } والبيانات المرجعية { $data }.
draft-note-language = اللغة: { $language }. { $why }
draft-note-language-notified = تقبل دولة { $state } الطلبات المقدمة باللغات التالية: { $languages } (إشعارها بموجب الفقرة 14 من المادة 18؛ المصدر: { $source }، محدَّث حتى { $as_of }).
draft-note-language-notified-all = تطلب دولة { $state } تقديم الطلبات بكل لغة من اللغات التالية: { $languages }؛ ويجب إرفاق ترجمات إلى اللغات الأخرى (إشعارها بموجب الفقرة 14 من المادة 18؛ المصدر: { $source }، محدَّث حتى { $as_of }).
draft-note-language-chosen = اختار مُعدّ المشروع اللغة؛ ولا يوجد في البيانات إشعار من دولة { $state } بموجب الفقرة 14 من المادة 18.
draft-note-language-not-accepted = لا تذكر دولة { $state } هذه اللغة في إشعارها بموجب الفقرة 14 من المادة 18 ({ $languages }): يلزم ترجمة الطلب إلى لغة مقبولة.
draft-note-central-authority = السلطة المركزية لدولة { $state } المسجلة في البيانات (المصدر: { $source }، محدَّث حتى { $as_of }): { $summary }
draft-note-notification = إشعار دولة { $state } بموجب الفقرة 5 (أ) من المادة 16، المسجل في البيانات (المصدر: { $source }، محدَّث حتى { $as_of }): { $summary }
draft-note-penalty = العقوبة المقررة في قانون دولة { $state } وفقا للبيانات المرجعية (المصدر: { $source }، محدَّث حتى { $as_of }): { $record }.
draft-note-gaps = { $n ->
    [zero] لا ينقص أي عنصر.
    [one] ينقص عنصر واحد، وهو مبيَّن في النص:
    [two] ينقص عنصران، وهما مبيَّنان في النص:
    [few] تنقص { $n } عناصر، وهي مبيَّنة في النص:
    [many] ينقص { $n } عنصرا، وهي مبيَّنة في النص:
   *[other] ينقص { $n } عنصر، وهي مبيَّنة في النص:
}
draft-note-complete = وجد فحص الاكتمال جميع العناصر التي تقتضيها الاتفاقية.
draft-note-unrecorded = غير مسجل

## العناصر الناقصة: ما ينقص وما يجب تقديمه. تُبيَّن في المشروع في موضع العنصر،
## ويسردها فحص الاكتمال.
draft-gap = [ناقص: { $what }]
gap-authority = السلطة مقدمة الطلب: اسمها (في القضية: draft.requesting_authority)
gap-contact = كيفية اتصال الدولة متلقية الطلب بالسلطة الطالبة: الاسم والعنوان والهاتف والبريد الإلكتروني (في القضية: draft.contact)
gap-addressee = السلطة المركزية للدولة متلقية الطلب: لا توجد سلطة مسجلة في البيانات؛ يُرجى ذكرها (في القضية: draft.addressee)
gap-proceedings = موضوع التحقيق أو الملاحقة أو الإجراءات القضائية وطبيعتها (في القضية: draft.proceedings)
gap-conducting-authority = اسم الجهة التي تتولى التحقيق أو الملاحقة أو الإجراءات ووظائفها (في القضية: draft.conducting_authority)
gap-facts = ملخص للوقائع ذات الصلة (في القضية: draft.facts)
gap-assistance = وصف للمساعدة الملتمسة (في القضية: draft.assistance)
gap-persons = هوية أي شخص معني ومكان وجوده وجنسيته، حيثما أمكن (في القضية: [[draft.persons]])
gap-purpose = الغرض الذي تُلتمس من أجله الأدلة أو المعلومات أو الإجراءات (في القضية: draft.purpose)
gap-person-sought = هوية الشخص المطلوب تسليمه: الاسم الكامل وبيانات تحديد الهوية (في القضية: [[draft.persons]] مع role = "person_sought")
gap-person-location = مكان وجود الشخص المطلوب تسليمه (في القضية: request.person_located_in، أو location ضمن [[draft.persons]])
gap-offence-law = حكم قانون دولة { $state } الذي يجرّم السلوك (في القضية: draft.offence_law.{ $code })
gap-penalty = العقوبة القصوى بموجب قانون دولة { $state } (في القضية: offence.max_penalty.{ $code }، أو نوع جريمة تتوفر بشأنه بيانات عن العقوبة)
gap-warrant = أمر القبض أو الحكم الذي يستند إليه الطلب: المحكمة المُصدِرة والتاريخ والرقم (في القضية: [draft.warrant])
gap-urgency = أسباب استعجال الاحتجاز المؤقت (في القضية: draft.urgency)
gap-basis = أساس قانوني: لم يثبت التقييم أن الاتفاقية تشكل أساسا قانونيا ({ $outcome })؛ يُرجى ذكر المعاهدة أو الأساس الآخر المستند إليه (في القضية: request.treaty_in_force و request.treaty_name، أو [[other_bases]])
gap-confiscation-measure = المطلوب: أمر من الدولة متلقية الطلب، أو إنفاذ أمر الدولة الطالبة، أو التعرف على الممتلكات واقتفاء أثرها وتجميدها (في القضية: request.confiscation_measure)
gap-property = وصف للممتلكات المراد مصادرتها ومكان وجودها (في القضية: [[draft.property]])
gap-order = أمر المصادرة: المحكمة المُصدِرة والتاريخ والرقم، مع نسخة مقبولة قانونا (في القضية: [draft.order])
gap-order-extent = النطاق المطلوب لتنفيذ الأمر (في القضية: draft.order.extent)
gap-actions = وصف للإجراءات المطلوبة (في القضية: draft.assistance)

## فحص الاكتمال في سطر الأوامر.
draft-check-heading = المشروع غير مكتمل: { $n ->
    [zero] لا ينقص أي عنصر
    [one] ينقص عنصر واحد
    [two] ينقص عنصران
    [few] تنقص { $n } عناصر
    [many] ينقص { $n } عنصرا
   *[other] ينقص { $n } عنصر
}.
draft-check-item = { $what } ({ $cite })
draft-check-advice = يُرجى تقديمها في الجدول [draft] من القضية، أو إضافة --allow-incomplete لكتابة المشروع مع بيان العناصر الناقصة.
draft-check-advisory = موصى به (غير إلزامي): { $what } ({ $cite })
draft-written = كُتب المشروع في { $path }.
draft-language-needed = لا يوجد في البيانات إشعار من دولة { $state } بموجب الفقرة 14 من المادة 18 يحدد إحدى لغات الأمم المتحدة الرسمية الست: اختر لغة المشروع باستخدام --lang.
draft-kind-unsupported = يُعدّ Palermo طلبات المساعدة القانونية المتبادلة وتسليم المجرمين والتعاون لأغراض المصادرة؛ وهذه القضية تتعلق بنوع آخر من التعاون: { $kind }.

## The addressee when the case names none.
draft-to-central-authority-of = السلطة المركزية لدولة { $state } المعيّنة بموجب الفقرة 13 من المادة 18

## Language names, by ISO 639-1 code.
draft-lang-ar = العربية
draft-lang-en = الإنكليزية
draft-lang-es = الإسبانية
draft-lang-fr = الفرنسية
draft-lang-ru = الروسية
draft-lang-zh = الصينية
draft-lang-hi = الهندية
draft-lang-lt = الليتوانية
draft-lang-lv = اللاتفية
draft-lang-mk = المقدونية
draft-lang-sl = السلوفينية
draft-lang-uk = الأوكرانية
draft-no-kind = لا يبيّن الملف ما هو المطلوب: حدِّد request.kind (mutual_legal_assistance أو extradition أو confiscation).
draft-states-missing = لا يحدّد الملف الدولتين كلتيهما: حدِّد request.requesting_state و request.requested_state.
