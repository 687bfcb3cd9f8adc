# التقييم في مجمله (assess.rs): السؤال المطروح، والدولتان، والإجابات لكل جرم،
# والنتائج الإجمالية.

## السؤال المطروح.
assess-question-extradition = هل يمكن أن تكون الاتفاقية الأساس القانوني لتسليم المجرمين من الدولة متلقية الطلب ({ $requested }) إلى الدولة الطالبة ({ $requesting })؟
assess-question-confiscation = هل يمكن أن تكون الاتفاقية الأساس القانوني للتعاون لأغراض المصادرة الذي تطلبه الدولة الطالبة ({ $requesting }) من الدولة متلقية الطلب ({ $requested })؟
assess-question-sentenced-persons = هل يمكن أن تكون الاتفاقية الأساس القانوني لنقل شخص محكوم عليه بين الدولة الطالبة ({ $requesting }) والدولة متلقية الطلب ({ $requested })؟
assess-question-joint-investigation = هل يمكن أن تكون الاتفاقية أساسا لتحقيق مشترك بين الدولة الطالبة ({ $requesting }) والدولة متلقية الطلب ({ $requested })؟
assess-question-special-techniques = هل يمكن أن تكون الاتفاقية أساسا لاستخدام أساليب التحري الخاصة مع الدولة متلقية الطلب ({ $requested }) بناء على طلب الدولة الطالبة ({ $requesting })؟
assess-question-transfer-of-proceedings = هل يمكن أن تكون الاتفاقية أساسا لنقل الإجراءات الجنائية من الدولة الطالبة ({ $requesting }) إلى الدولة متلقية الطلب ({ $requested })؟
assess-question-law-enforcement = هل يمكن أن تكون الاتفاقية أساسا للتعاون في إنفاذ القانون بين الدولة الطالبة ({ $requesting }) والدولة متلقية الطلب ({ $requested })؟
assess-question-mla = هل يمكن أن تكون الاتفاقية الأساس القانوني للمساعدة القانونية المتبادلة التي تطلبها الدولة الطالبة ({ $requesting }) من الدولة متلقية الطلب ({ $requested })؟
assess-question-no-request = هل الجرم مشمول بالاتفاقية (المادتان 2 و3)؟ لم يُقدَّم أي طلب، ومن ثم لا يُنظر في أي شكل من أشكال التعاون
assess-question-requesting-not-given = غير مذكورة
assess-question-requested-not-given = غير مذكورة

## الدولتان.
assess-state = { $state }
assess-requesting-not-given = الدولة الطالبة (غير مذكورة)
assess-requested-not-given = الدولة متلقية الطلب (غير مذكورة)
assess-the-requesting-state = الدولة الطالبة
assess-the-requested-state = الدولة متلقية الطلب

## طلب لم تُذكر فيه إحدى الدولتين.
assess-between-not-given = لا يمكن تحديد ما إذا كانت الاتفاقية نافذة بين الدولتين: { $paths ->
    [one] لم يُذكر الحقل { $paths }
    [two] لم يُذكر الحقلان { $paths }
   *[other] لم تُذكر الحقول { $paths }
}
assess-request-unnamed = غير محدد: لا يسمي الطلب { $states }، ومن ثم لا يمكن البت فيما إذا كانت الاتفاقية تنظمه

## لكل جرم، في طلب يشمل عدة جرائم.
assess-offence-yes = الجرم { $offence }: نعم، بالمسار نفسه المنطبق على الطلب ككل ({ $citation })
assess-offence-yes-by-cases = الجرم { $offence }: نعم، بالمسار نفسه المنطبق على الطلب ككل، وهو قائم أيًّا كان الجواب عن المسألة التي تتركها القضية مفتوحة (انظر الجواب)
assess-offence-not-in-force = الجرم { $offence }: لا، الاتفاقية ليست نافذة بين الدولتين
assess-offence-not-reached = الجرم { $offence }: لا، المادة لا تشمله ({ $id })
assess-offence-no-route = الجرم { $offence }: لا، لا يوجد مسار لهذا الطلب
assess-offence-conflict = الجرم { $offence }: تعارض، الوقائع المقدمة يناقض بعضها بعضا
assess-offence-open = الجرم { $offence }: غير محسوم ({ $n ->
    [one] تنقص واقعة واحدة
    [two] تنقص واقعتان
    [few] تنقص { $n } وقائع
   *[other] تنقص { $n } واقعة
})

## الطلب في مجمله.
assess-aggregate-yes = نعم بالنسبة إلى { $offences ->
    [one] الجرم
    [two] الجرمين
   *[other] الجرائم
} { $offences } من أصل { $n }
assess-aggregate-no = لا بالنسبة إلى جميع الجرائم البالغ عددها { $n }
assess-aggregate-open = غير محسوم بالنسبة إلى { $offences ->
    [one] الجرم
    [two] الجرمين
   *[other] الجرائم
} { $offences }؛ ولا يحسم أي جرم المسألة
