# `palermo explain` (crates/palermo-cli/src/cmd_explain.rs): العناوين والتسميات
# المحيطة بأوصاف النتائج (spec-*.ftl) والأسئلة.

explain-heading-findings = النتائج التي يصدرها المحرك (مع [[offences]]، تحمل المعرفات الخاصة بكل جرم اللاحقة #n):
explain-heading-questions = أسئلة القانون الداخلي (يُجاب عنها في القضية تحت [domestic_law.<ISO3>]):
explain-provision-heading = { $provision }:
explain-asked-of-requested = موجه إلى الدولة متلقية الطلب
explain-asked-of-requesting = موجه إلى الدولة الطالبة
explain-asked-of-offence-law = موجه إلى الدولة التي يُكيِّف قانونها الجرم (انظر --serious-crime-law)
explain-cited-asked-of = { $citation }؛ { $asked_of }
explain-true-means = معنى true: { $meaning }
explain-not-encoded = غير مُرمَّز
explain-no-finding = لا تختبر أي نتيجة في هذه النسخة { $provision }؛ ويسرد الأمر `palermo explain` النتائج الموجودة.
explain-paragraphs-not-checked = (فقرات { $article } غير مُرمَّزة، ولذلك لا يُتحقق من وجود فقرة { $n } فيها.)
explain-no-such-paragraph = لا وجود لـ { $provision }: عدد فقرات { $article } هو { $count }
explain-no-numbered-paragraphs = لا وجود لـ { $provision }: ليست في { $article } فقرات مرقمة (لا توجد الفقرة { $n })
explain-unknown = `{ $what }` ليس معرف نتيجة، ولا بادئة معرف، ولا سؤالا من أسئلة القانون الداخلي، ولا حكما (جرّب `art16.4.convention_as_basis` أو `art16` أو `16(5)(a)` أو `questions`)
