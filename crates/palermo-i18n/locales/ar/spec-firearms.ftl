# ما تختبره كل نتيجة من نتائج firearms.rs: الأوصاف التي يعرضها `palermo explain`
# (FindingSpec.description في crates/palermo-rules/src/firearms.rs)، بترتيب الاستدلال.

spec-firearms-art5-offence = هل يشكل السلوك، الموصوف بعناصره، جرما بمقتضى المادة 5(1) من بروتوكول الأسلحة النارية (الصنع غير المشروع، الاتجار غير المشروع، تزوير علامات الوسم أو طمسها)؟
