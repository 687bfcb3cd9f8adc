## Слова самого веб-приложения (страницы, формы, навигация).
## Сама оценка использует другие каталоги.

web-skip = Перейти к содержанию
web-nav-label = Основная навигация
web-nav-interview = Опрос
web-nav-matrix = Матрица
web-nav-registry = Реестр
web-nav-stats = Статистика
web-nav-login = Войти
web-logout = Выйти
web-languages-label = Язык
web-relang = Показать этот опрос на языке:
web-footer = Palermo применяет к указанным фактам Конвенцию Организации Объединенных Наций против транснациональной организованной преступности и протоколы к ней. Это не юридическая консультация; каждый вывод содержит ссылку на соответствующее положение.
web-back-home = Вернуться на главную страницу

web-home-title = Может ли Конвенция служить основанием для этой просьбы?
web-home-intro = Ответьте на несколько вопросов о просьбе о сотрудничестве между двумя государствами: Palermo покажет, может ли Конвенция служить ее правовым основанием, почему и чего еще недостает.
web-home-interview = Начать опрос
web-home-matrix = Матрица охвата по государствам
web-home-registry = Реестр просьб вашего органа
web-home-provisions = Положения, которые применяет программа
web-home-offline = Эта страница не загружает ничего извне сервера.

web-interview-title = Опрос
web-interview-intro = Сначала укажите вид сотрудничества, оба государства и дату. Затем Palermo по очереди задает вопросы о фактах, от которых зависит ответ; на любой вопрос можно ответить «Не знаю».
web-field-kind = Вид сотрудничества
web-field-requesting = Запрашивающее государство
web-field-requested = Запрашиваемое государство
web-field-as-of = Дата, на которую применяется право
web-begin = Начать
web-upload-title = Или продолжить на основе файла дела
web-upload-label = Файл дела (TOML или JSON)
web-upload = Загрузить
web-answer-so-far = Ответ на данный момент
web-why = Вопрос задан на основании
web-why-domestic = Конвенция оставляет этот вопрос на усмотрение внутреннего законодательства государства
web-yes = Да
web-no = Нет
web-answer = Ответить
web-unknown = Не знаю
web-show-result = Показать ответ сейчас
web-answered = Что установлено по делу на данный момент
web-none = нет
web-hint-states = Выберите одно или несколько государств (удерживая клавишу Ctrl или Cmd); если таких государств нет, не выбирайте ни одного.
web-hint-penalty = Максимальное наказание, предусмотренное законом, например 5y (пять лет), 18m (восемнадцать месяцев), 4y6m (четыре года и шесть месяцев), life (пожизненное лишение свободы), death (смертная казнь), fine (штраф) или none (наказание не предусмотрено).
web-hint-any = Отметьте все подходящие варианты; если ни один не подходит, не отмечайте ни одного.
web-hint-date-or-none = Дата (в формате YYYY-MM-DD: год, месяц, день) или «none» (нет).
web-hint-texts = Разделяйте несколько значений запятыми.
web-next-title = Дальнейшие шаги
web-continue = Продолжить опрос
web-download-toml = Скачать дело (TOML)
web-download-json = Скачать дело (JSON)
web-export-markdown = Экспортировать записку (Markdown)
web-export-json = Экспортировать оценку (JSON)
web-save = Сохранить в реестре
web-unknown-count = { $n ->
    [1] На один вопрос дан ответ «Не знаю».
    [one] На { $n } вопрос дан ответ «Не знаю».
    [few] На { $n } вопроса дан ответ «Не знаю».
    [many] На { $n } вопросов дан ответ «Не знаю».
   *[other] На { $n } вопроса дан ответ «Не знаю».
}

web-choice-untoc-art5 = участие в организованной преступной группе (ст. 5)
web-choice-untoc-art6 = отмывание доходов от преступлений (ст. 6)
web-choice-untoc-art8 = коррупция (ст. 8)
web-choice-untoc-art23 = воспрепятствование осуществлению правосудия (ст. 23)
web-choice-tip-art5 = торговля людьми (ст. 5 Протокола о торговле людьми)
web-choice-som-art6 = незаконный ввоз мигрантов (ст. 6 Протокола против незаконного ввоза мигрантов)
web-choice-firearms-art5 = незаконное изготовление или оборот огнестрельного оружия (ст. 5 Протокола об огнестрельном оружии)
web-choice-serious-crime = серьезные преступления
web-choice-convention-offence = преступления, признанные таковыми в соответствии с Конвенцией
web-choice-other = иное
web-choice-financial = финансовая выгода
web-choice-other-material = иная материальная выгода
web-choice-none = никакой выгоды
web-choice-political-ideological = политическая или идеологическая цель
web-choice-taking-evidence = получение свидетельских показаний или заявлений
web-choice-service-of-documents = вручение судебных документов
web-choice-search-seizure-freezing = проведение обыска и выемки, а также ареста
web-choice-examining-objects-sites = осмотр объектов и участков местности
web-choice-information-expert-evaluations = предоставление информации, вещественных доказательств и оценок экспертов
web-choice-documents-records = предоставление документов и материалов, включая банковскую документацию
web-choice-tracing-proceeds = выявление или отслеживание доходов от преступлений, имущества или средств совершения преступлений
web-choice-voluntary-appearance = содействие добровольной явке лиц
web-choice-domestic-order = вынести собственное постановление о конфискации
web-choice-give-effect-to-order = исполнить постановление о конфискации запрашивающего государства
web-choice-identify-trace-freeze = выявить, отследить и арестовать или изъять
web-choice-controlled-delivery = контролируемая поставка
web-choice-surveillance = наблюдение
web-choice-undercover = агентурные операции

web-kind-extradition = Выдача
web-kind-mutual-legal-assistance = Взаимная правовая помощь
web-kind-confiscation = Международное сотрудничество в целях конфискации
web-kind-transfer-of-sentenced-persons = Передача осужденных лиц
web-kind-transfer-of-proceedings = Передача уголовного производства
web-kind-joint-investigation = Совместное расследование
web-kind-special-investigative-techniques = Специальные методы расследования
web-kind-law-enforcement-cooperation = Сотрудничество между правоохранительными органами

web-provision-intro = Что программа решает на основании этого положения (в нашем изложении) и примеры дел, на которых это проверяется.
web-provision-findings = Выводы
web-provision-none = Программа не делает выводов на основании самого этого положения; см. пункты ниже.
web-provision-not-encoded = Пункты, которые программа не применяет
web-provision-examples = Примеры дел, на которых оно проверяется
web-provision-no-examples = Примеров дел для его проверки пока нет.

web-matrix-title = Матрица охвата
web-matrix-intro = Может ли Конвенция служить правовым основанием в отношениях между каждой парой государств региона для одного вида преступления и одного вида сотрудничества в стандартном сценарии. Каждая клетка ведет к полному объяснению для этой пары.
web-field-crime = Вид преступления
web-field-region = Регион
web-show = Показать
web-matrix-caption = Строки: запрашивающее государство; столбцы: запрашиваемое государство. Зеленый: да; красный: нет; желтый: не определено; синий: зависит от внутреннего законодательства; фиолетовый: противоречие в фактах.
web-matrix-table = То же в виде таблицы
web-matrix-table-caption = Строки: запрашивающее государство; столбцы: запрашиваемое государство.
web-requesting-requested = Запрашивающее \ запрашиваемое
web-pair-scenario = Стандартный сценарий для этой пары (допущения перечислены вместе с матрицей в документации).
web-region-africa = Африка
web-region-americas = Америка
web-region-asia = Азия
web-region-europe = Европа
web-region-oceania = Океания

web-login-title = Вход
web-login-to-save = Войдите, чтобы сохранить эту оценку в реестре вашего органа.
web-field-user = Имя пользователя
web-field-password = Пароль
web-login = Войти
web-login-failed = Неверное имя пользователя или пароль.
web-registry-title = Реестр
web-registry-of = Просьбы органа государства { $state } в том виде, в каком их видит пользователь { $user }.
web-registry-empty = Подходящих просьб нет.
web-field-direction = Направление
web-field-status = Состояние
web-field-counterpart = Другое государство (код)
web-any = Любое
web-filter = Применить фильтр
web-export-csv = Скачать в формате CSV
web-field-reference = Номер
web-field-states = Государства
web-field-start = Направлена или получена
web-field-basis = Правовое основание
web-field-basis-reference = Положение, договор или закон, на который делается ссылка
web-field-date = Дата направления или получения
web-field-notes = Примечания
web-field-assessment = Прилагаемая оценка
web-field-approved = Утверждение
web-direction-outgoing = Исходящая
web-direction-incoming = Входящая
web-basis-convention = Конвенция
web-basis-treaty = Договор
web-basis-reciprocity = Взаимность
web-basis-other-instrument = Другой документ
web-basis-domestic-law = Внутреннее законодательство
web-status-pending = На рассмотрении
web-status-drafted = Подготовлена
web-status-sent = Направлена
web-status-received = Получена
web-status-acknowledged = Получение подтверждено
web-status-executed = Выполнена
web-status-partly-executed = Выполнена частично
web-status-refused = Отклонена
web-status-withdrawn = Отозвана
web-record-title = Просьба { $id }
web-timeline = Хронология
web-timeline-empty = Этапы пока не записаны.
web-audit = Журнал аудита
web-audit-when = Когда
web-audit-who = Кто
web-audit-what = Что
web-audit-detail = Подробности
web-new-title = Сохранить в реестре
web-save-record = Сохранить
web-stats-title = Статистика
web-stats-summary = { $n ->
    [1] Одна просьба
    [one] { $n } просьба
    [few] { $n } просьбы
    [many] { $n } просьб
   *[other] { $n } просьбы
}; из них с Конвенцией в качестве правового основания: { $convention }.
web-stats-by-year = По годам
web-stats-undated = без даты
web-stats-by-kind = По видам сотрудничества
web-stats-by-counterpart = По другому государству
web-stats-by-outcome = По результатам
web-stats-days = Срок выполнения (в днях)
web-stats-days-figures = Медиана: { $median } дн.; 90-й процентиль: { $p90 } дн.; учтено просьб: { $n }.
web-stats-days-none = Нет выполненных просьб, по которым зарегистрированы обе даты.
web-stats-refusals = Отказы
web-stats-refusal-figures = Отклонено просьб: { $refused }; из них со ссылкой на основание, которое Конвенция исключает: { $ruled_out }.
web-stats-ground = Основание
web-stats-provision = Положение
web-chart-requests = просьбы
web-chart-convention = с Конвенцией в качестве правового основания
web-chart-empty = Просьб нет

web-error-title = Произошла ошибка
web-error-not-found = Не найдено
web-error-forbidden = Доступ запрещен
web-error-no-page = Такой страницы нет.
web-error-no-record = В реестре вашего органа нет такой просьбы.
web-error-no-provision = Такого положения нет среди тех, которые применяет программа.
web-error-no-crime = Такого вида преступления нет.
web-error-pair = Выберите вид преступления, вид сотрудничества и два разных государства.
web-error-role = Ваша роль не позволяет выполнить это действие.
web-error-csrf = Срок действия формы истек: обновите страницу и повторите попытку.
web-error-state = Не удалось восстановить опрос: начните заново или загрузите файл дела.
web-error-start = Выберите вид сотрудничества и оба государства.
web-error-same-state = Запрашивающее и запрашиваемое государства должны быть разными.
web-error-choose = Выберите ответ или «Не знаю».
web-error-count = Введите целое число не меньше 1.
web-error-penalty = Укажите максимальное наказание в виде 5y (годы), 18m (месяцы), 4y6m, life (пожизненное лишение свободы), death (смертная казнь), fine (штраф) или none (наказание не предусмотрено).
web-error-date = Укажите дату в формате YYYY-MM-DD (год, месяц, день).
web-error-text = Введите ответ или «Не знаю».
web-error-upload = Выберите файл дела (TOML или JSON) для загрузки.
web-crime-cybercrime-illegal-access = Киберпреступность: неправомерный доступ к компьютерным системам
web-crime-computer-fraud = Киберпреступность: мошенничество с использованием компьютеров
web-crime-identity-theft = Преступления, связанные с использованием личных данных
web-crime-trafficking-cultural-property = Незаконный оборот культурных ценностей
web-crime-wildlife-trafficking = Незаконный оборот охраняемых видов дикой фауны и флоры
web-crime-illegal-logging = Лесные преступления: незаконная вырубка леса и незаконный оборот древесины
web-crime-illegal-fishing = Экологические преступления: незаконный рыбный промысел
web-crime-illegal-mining = Экологические преступления: незаконная добыча полезных ископаемых
web-crime-trafficking-precious-metals = Незаконный оборот драгоценных металлов
web-crime-piracy = Морское пиратство и вооруженный разбой на море
web-crime-organ-trafficking = Незаконный оборот органов человека
web-crime-falsified-medicines = Фальсифицированные и мошеннические лекарственные средства
web-crime-match-fixing = Договорные матчи и незаконные или нерегулярные ставки
web-crime-kidnapping = Похищение людей
web-crime-counterfeit-goods = Торговля контрафактными товарами
web-crime-cigarette-smuggling = Контрабанда сигарет
web-crime-drug-trafficking = Незаконный оборот наркотиков
web-crime-participation-in-ocg = Участие в организованной преступной группе
web-crime-money-laundering = Отмывание доходов от преступлений
web-crime-corruption = Коррупция публичных должностных лиц
web-crime-obstruction-of-justice = Воспрепятствование осуществлению правосудия
web-crime-trafficking-in-persons = Торговля людьми
web-crime-migrant-smuggling = Незаконный ввоз мигрантов
web-crime-firearms-trafficking = Незаконное изготовление и оборот огнестрельного оружия

## Составление просьбы (web/drafting.rs).
web-draft-open = Составить просьбу
web-draft-title = Составить просьбу
web-draft-intro = Что должна содержать просьба помимо фактов дела. Проверка полноты называет каждый требуемый Конвенцией элемент, которого еще недостает, со ссылкой на соответствующее положение; введенные вами факты воспроизводятся без изменений.
web-draft-unreadable = Не удалось прочитать дело:
web-draft-kind = Palermo составляет просьбы о взаимной правовой помощи, о выдаче и о сотрудничестве в целях конфискации.
web-draft-requesting-authority = Орган, обращающийся с просьбой
web-draft-contact = Контактное лицо по просьбе (имя, адрес, телефон, электронная почта)
web-draft-reference = Ваш исходящий номер
web-draft-addressee = Адресат (оставьте пустым, чтобы указать центральный орган по имеющимся сведениям)
web-draft-proceedings = Существо вопроса и характер разбирательства
web-draft-conducting-authority = Орган, осуществляющий разбирательство, и его функции
web-draft-facts = Краткое изложение фактов
web-draft-assistance = Испрашиваемая помощь (для ареста имущества: запрашиваемые меры)
web-draft-procedure = Конкретная процедура, которую необходимо соблюсти
web-draft-purpose = Цель просьбы
web-draft-additional = Дополнительная информация
web-draft-urgency = Причины срочности просьбы
web-draft-person-name = Разыскиваемое лицо: полное имя
web-draft-person-born = Разыскиваемое лицо: дата рождения
web-draft-person-place = Разыскиваемое лицо: место рождения
web-draft-person-documents = Разыскиваемое лицо: документы, удостоверяющие личность
web-draft-person-location = Разыскиваемое лицо: местонахождение
web-draft-person-description = Разыскиваемое лицо: описание
web-draft-warrant-by = Ордер на арест или приговор: кем выдан или вынесен
web-draft-warrant-date = Ордер на арест или приговор: дата
web-draft-warrant-reference = Ордер на арест или приговор: номер
web-draft-property-description = Имущество: описание
web-draft-property-location = Имущество: местонахождение
web-draft-property-value = Имущество: оценочная стоимость
web-draft-order-by = Постановление о конфискации: кем вынесено
web-draft-order-date = Постановление о конфискации: дата
web-draft-order-reference = Постановление о конфискации: номер
web-draft-order-extent = Постановление о конфискации: пределы, в которых испрашивается исполнение
web-draft-offence-law = Норма закона государства { $state }, в силу которой деяние является преступлением
web-draft-attachments = Приложения (по одному на строку)
web-draft-confidentiality = Просить запрашиваемое государство сохранять конфиденциальность просьбы (ст. 18(20))
web-draft-use-limitation = Обязаться не использовать информацию в иных разбирательствах без согласия (ст. 18(19))
web-draft-provisional-arrest = Просить о взятии лица под стражу до получения просьбы о выдаче (ст. 16(9))
web-draft-format = Формат
web-draft-language = Язык просьбы
web-draft-language-requested = Язык, приемлемый для запрашиваемого государства (ст. 18(14))
web-draft-make = Проверить и составить
web-draft-anyway = Составить с пометками о недостающих сведениях
web-draft-language-none = Уведомление { $state } согласно ст. 18(14) с указанием одного из шести официальных языков ООН в данных отсутствует: выберите язык просьбы.

## Страница поиска (/search)
web-nav-search = Поиск
web-home-search = Поиск по положениям, видам преступлений, наказаниям, уведомлениям и органам
web-search-title = Поиск
web-search-intro = Полнотекстовый поиск по положениям, которые применяет программа, каталогу преступлений и его мандатам, национальным наказаниям, уведомлениям и зарегистрированным компетентным органам. Должны совпасть все слова; «фраза» в кавычках, -слово для исключения, слово* для префикса.
web-search-field-q = Слова
web-search-field-kind = Вид записи
web-search-field-state = Государство (код ISO 3166 alpha-3)
web-search-state-hint = Например, KEN для Кении или ITA для Италии.
web-search-any = Любой
web-search-submit = Искать
web-search-results = { $n ->
    [one] { $n } результат
    [few] { $n } результата
   *[other] { $n } результатов
}
web-search-more = { $n ->
    [one] Ещё { $n } результат не показан: уточните поиск фильтром.
    [few] Ещё { $n } результата не показаны: уточните поиск фильтром.
   *[other] Ещё { $n } результатов не показаны: уточните поиск фильтром.
}
web-search-none = Совпадений нет. Попробуйте меньше слов или уберите фильтр.
web-search-english = Тексты, по которым ведётся поиск (наши резюме и строки данных), на английском языке.
web-search-articles = Статьи:
web-search-source = источник
web-search-as-of = по состоянию на
web-search-kind-provision = Положение
web-search-kind-crime = Вид преступления
web-search-kind-penalty = Наказание
web-search-kind-notification = Уведомление
web-search-kind-authority = Компетентный орган
web-search-bad-kind = Такого вида записи нет: выберите его из списка.
web-search-bad-state = Государство с таким кодом не зарегистрировано: укажите трёхбуквенный код ISO 3166, например KEN.
web-search-bad-crime = Такого вида преступления нет в каталоге: выберите его из списка.
web-search-bad-query = Слова не удалось прочитать как запрос: проверьте кавычки и знаки.
web-search-unavailable = Поиск сейчас недоступен.
