# كلمات سطر الأوامر نفسه: العناوين، وعناوين الأقسام، والتسميات، والنتائج،
# ودرجات الإلزام (crates/palermo-cli/src/render).

## العناوين بحسب نوع التعاون.
title-extradition = تسليم المجرمين: طلب مقدم من الدولة الطالبة { $requesting } إلى الدولة متلقية الطلب { $requested }
title-mutual-legal-assistance = المساعدة القانونية المتبادلة: طلب مقدم من الدولة الطالبة { $requesting } إلى الدولة متلقية الطلب { $requested }
title-confiscation = التعاون لأغراض المصادرة: طلب مقدم من الدولة الطالبة { $requesting } إلى الدولة متلقية الطلب { $requested }
title-transfer-of-sentenced-persons = نقل الأشخاص المحكوم عليهم بين الدولة الطالبة { $requesting } والدولة متلقية الطلب { $requested }
title-transfer-of-proceedings = نقل الإجراءات الجنائية من الدولة الطالبة { $requesting } إلى الدولة متلقية الطلب { $requested }
title-joint-investigation = تحقيق مشترك بين الدولة الطالبة { $requesting } والدولة متلقية الطلب { $requested }
title-special-investigative-techniques = أساليب التحري الخاصة: الدولة متلقية الطلب { $requested }، بناء على طلب الدولة الطالبة { $requesting }
title-law-enforcement-cooperation = التعاون في إنفاذ القانون بين الدولة الطالبة { $requesting } والدولة متلقية الطلب { $requested }
title-no-request = لا يوجد طلب: مدى شمول الاتفاقية للجرم
title-as-of = { $title }، بتاريخ { $date }
label-case = القضية: { $title }
label-question = السؤال: { $question }

## عناوين الأقسام.
heading-answer = الإجابة
heading-issue = المسألة
heading-short-answer = الإجابة الموجزة
heading-route = الخطوات الواجب اتباعها
heading-legal-basis = الأساس القانوني
heading-risks = المخاطر
heading-next-steps = الخطوات التالية
heading-checklist = القائمة المرجعية لصياغة الطلب
heading-treaty-points = نقاط ينبغي التحقق منها في المعاهدة
heading-caveats = تنبيهات
heading-why = الأسباب
heading-other-findings = استنتاجات أخرى منطبقة
heading-still-to-establish = ما زال يتعين إثباته (الأكثر حسما أولا)
heading-own-law = ما يحسمه قانون دولة { $state }
heading-interpretations = التفسيرات المعتمدة (انظر docs/legal-method.md)
heading-appendix = مرفق: التعليل

## تسميات داخل الأسطر.
label-source = المصدر: { $source }
label-missing = ناقص: { $facts }
label-interpretation = تفسير: { $anchor }
label-decisive = (يحسم الإجابة)
label-moot = (لا يحسم أي مسألة ذات أهمية هنا)
label-answer-as = تُقدَّم الإجابة في صورة { $field } = true/false
label-hidden = { $n ->
    [zero] لا توجد استنتاجات أخرى (المادة 35، الولاية القضائية للدول الأخرى) تُعرض مع --all.
    [one] يُعرض استنتاج آخر (المادة 35، الولاية القضائية للدول الأخرى) مع --all.
    [two] يُعرض استنتاجان آخران (المادة 35، الولاية القضائية للدول الأخرى) مع --all.
    [few] تُعرض { $n } استنتاجات أخرى (المادة 35، الولاية القضائية للدول الأخرى) مع --all.
    [many] يُعرض { $n } استنتاجا آخر (المادة 35، الولاية القضائية للدول الأخرى) مع --all.
   *[other] يُعرض { $n } استنتاج آخر (المادة 35، الولاية القضائية للدول الأخرى) مع --all.
}
label-moot-count = { $n ->
    [zero] لا توجد وقائع أخرى غير معروفة؛ ويذكر --format json جميع الوقائع.
    [one] واقعة أخرى غير معروفة لن تحسم أي مسألة ذات أهمية هنا؛ ويذكرها --format json.
    [two] واقعتان أخريان غير معروفتين لن تحسما أي مسألة ذات أهمية هنا؛ ويذكرهما --format json.
    [few] { $n } وقائع أخرى غير معروفة لن تحسم أي مسألة ذات أهمية هنا؛ ويذكرها --format json.
    [many] { $n } واقعة أخرى غير معروفة لن تحسم أي مسألة ذات أهمية هنا؛ ويذكرها --format json.
   *[other] { $n } واقعة أخرى غير معروفة لن تحسم أي مسألة ذات أهمية هنا؛ ويذكرها --format json.
}
label-footer = المحرك { $engine } · البيانات { $data } · لتكرار النتيجة: { $command }
label-stated-in-case = مذكور في القضية: { $path }
label-stated-domestic-law = مذكور في القضية: قانون دولة { $state } ({ $question } = { $answer })
label-data-source = البيانات: { $file }:{ $line } ({ $url }، محدَّثة حتى { $date })
# $period: a year or a month as the data gives it (2009, 2019-06).
label-data-source-period = البيانات: { $file }:{ $line } ({ $url }، محدَّثة حتى { $period })
label-data-source-undated = البيانات: { $file }:{ $line } ({ $url }، تاريخ التحديث غير مسجل)
label-data-summary = { $source }: { $summary }
label-favourable = في صالح الطلب
label-adverse = في غير صالح الطلب

## درجات الإلزام.
strength-mandatory = إلزامي
strength-mandatory-qualified = إلزامي في حدود القانون الداخلي
strength-prohibited-ground = سبب لا يجوز الرفض استنادا إليه
strength-shall-consider = مجرد واجب النظر في الأمر
strength-endeavour = التزام ببذل الجهود
strength-discretionary = اختياري
strength-no-obligation = رفض جائز
