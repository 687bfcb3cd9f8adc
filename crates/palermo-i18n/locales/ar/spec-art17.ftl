# ما تختبره كل نتيجة من نتائج art17.rs: الأوصاف التي يعرضها `palermo explain`
# (FindingSpec.description في crates/palermo-rules/src/art17.rs)، بترتيب الاستدلال.

spec-art17-agreements = يجوز للدول أن تنظر في إبرام اتفاقات بشأن نقل الأشخاص المحكوم عليهم.
spec-art17-legal-basis = هل الاتفاقية أساس قانوني لنقل شخص محكوم عليه؟ أبدا: المادة 17 لا تفعل سوى الدعوة إلى إبرام اتفاقات.
