# Общие слова: ссылки, да/нет. См. docs/translations.md.
cite-untoc = КТОП
cite-tip = Протокол о торговле людьми
cite-som = Протокол о мигрантах
cite-firearms = Протокол об огнестрельном оружии
cite-art = ст.
cite-arts = ст.
word-yes = да
word-no = нет
