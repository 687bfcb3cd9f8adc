# Слова самой командной строки: заголовки, разделы, пометки, результаты и
# степень обязательности (crates/palermo-cli/src/render).

## Заголовки по видам сотрудничества.
title-extradition = Выдача: просьба запрашивающего государства { $requesting } к запрашиваемому государству { $requested }
title-mutual-legal-assistance = Взаимная правовая помощь: просьба запрашивающего государства { $requesting } к запрашиваемому государству { $requested }
title-confiscation = Сотрудничество в целях конфискации: просьба запрашивающего государства { $requesting } к запрашиваемому государству { $requested }
title-transfer-of-sentenced-persons = Передача осужденных лиц между запрашивающим государством { $requesting } и запрашиваемым государством { $requested }
title-transfer-of-proceedings = Передача уголовного производства из запрашивающего государства { $requesting } в запрашиваемое государство { $requested }
title-joint-investigation = Совместное расследование запрашивающего государства { $requesting } и запрашиваемого государства { $requested }
title-special-investigative-techniques = Специальные методы расследования: запрашиваемое государство { $requested } по просьбе запрашивающего государства { $requesting }
title-law-enforcement-cooperation = Сотрудничество между правоохранительными органами запрашивающего государства { $requesting } и запрашиваемого государства { $requested }
title-no-request = Без просьбы: охватывается ли преступление Конвенцией
title-as-of = { $title }, по состоянию на { $date }
label-case = Дело: { $title }
label-question = Вопрос: { $question }

## Заголовки разделов (в текстовом выводе — прописными буквами).
heading-answer = Ответ
heading-issue = Вопрос
heading-short-answer = Краткий ответ
heading-route = Порядок действий
heading-legal-basis = Правовое основание
heading-risks = Риски
heading-next-steps = Дальнейшие шаги
heading-checklist = Перечень сведений для составления просьбы
heading-treaty-points = Что проверить в договоре
heading-caveats = Предостережения
heading-why = Обоснование
heading-other-findings = Другие применимые выводы
heading-still-to-establish = Подлежит установлению (в порядке убывания значимости)
heading-own-law = Что решает законодательство государства { $state }
heading-interpretations = Использованные толкования (см. docs/legal-method.md)
heading-appendix = Приложение: ход рассуждений

## Пометки внутри строк.
label-source = источник: { $source }
label-missing = недостает: { $facts }
label-interpretation = толкование: { $anchor }
label-decisive = (определяет ответ)
label-moot = (здесь ни на что существенное не влияет)
label-answer-as = ответ в виде { $field } = true/false
label-hidden = { $n ->
    [1] Еще один вывод (ст. 35, юрисдикция других государств) показывается с --all.
    [one] Еще { $n } вывод (ст. 35, юрисдикция других государств) показывается с --all.
    [few] Еще { $n } вывода (ст. 35, юрисдикция других государств) показываются с --all.
    [many] Еще { $n } выводов (ст. 35, юрисдикция других государств) показываются с --all.
   *[other] Еще { $n } вывода (ст. 35, юрисдикция других государств) показываются с --all.
}
label-moot-count = { $n ->
    [1] Еще один неизвестный факт здесь ни на что существенное не повлияет; его приводит --format json.
    [one] Еще { $n } неизвестный факт здесь ни на что существенное не повлияет; его приводит --format json.
    [few] Еще { $n } неизвестных факта здесь ни на что существенное не повлияют; их приводит --format json.
    [many] Еще { $n } неизвестных фактов здесь ни на что существенное не повлияют; их приводит --format json.
   *[other] Еще { $n } неизвестного факта здесь ни на что существенное не повлияют; их приводит --format json.
}
label-footer = Программа { $engine } · данные { $data } · воспроизвести: { $command }
label-stated-in-case = указано в деле: { $path }
label-stated-domestic-law = указано в деле: законодательство государства { $state } ({ $question } = { $answer })
label-data-source = данные: { $file }:{ $line } ({ $url }, по состоянию на { $date })
# $period: a year or a month as the data gives it (2009, 2019-06).
label-data-source-period = данные: { $file }:{ $line } ({ $url }, по состоянию на { $period })
label-data-source-undated = данные: { $file }:{ $line } ({ $url }, дата не зарегистрирована)
label-data-summary = { $source }: { $summary }
label-favourable = в пользу просьбы
label-adverse = против просьбы

## Степень обязательности.
strength-mandatory = обязательно
strength-mandatory-qualified = обязательно в пределах, допускаемых внутренним законодательством
strength-prohibited-ground = основание, по которому отказ не допускается
strength-shall-consider = лишь обязанность рассмотреть возможность
strength-endeavour = обязательство прилагать усилия
strength-discretionary = факультативно
strength-no-obligation = допустимый отказ
