# كلمات مشتركة: الإحالات، نعم/لا. انظر docs/translations.md.
cite-untoc = الاتفاقية
cite-tip = بروتوكول الاتجار بالأشخاص
cite-som = بروتوكول تهريب المهاجرين
cite-firearms = بروتوكول الأسلحة النارية
cite-art = المادة
cite-arts = المواد
word-yes = نعم
word-no = لا
