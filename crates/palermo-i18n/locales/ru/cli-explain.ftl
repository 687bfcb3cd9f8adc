# `palermo explain` (crates/palermo-cli/src/cmd_explain.rs): заголовки и пометки
# вокруг описаний выводов (spec-*.ftl) и вопросов.

explain-heading-findings = Выводы, которые формирует механизм (при [[offences]] идентификаторы, относящиеся к отдельному преступлению, имеют суффикс #n):
explain-heading-questions = Вопросы внутреннего права (ответ дается в деле в разделе [domestic_law.<ISO3>]):
explain-provision-heading = { $provision }:
explain-asked-of-requested = адресован запрашиваемому государству
explain-asked-of-requesting = адресован запрашивающему государству
explain-asked-of-offence-law = адресован государству, квалифицирующему деяние (см. --serious-crime-law)
explain-cited-asked-of = { $citation }; { $asked_of }
explain-true-means = true означает: { $meaning }
explain-not-encoded = не кодируется
explain-no-finding = Ни один вывод этой версии не проверяет { $provision }; `palermo explain` перечисляет существующие выводы.
explain-paragraphs-not-checked = (Пункты { $article } не кодируются, поэтому наличие пункта { $n } не проверяется.)
explain-no-such-paragraph = { $provision } не существует: { $article } содержит пунктов: { $count }
explain-no-numbered-paragraphs = { $provision } не существует: { $article } не имеет нумерованных пунктов (пункта { $n } нет)
explain-unknown = `{ $what }` не является ни идентификатором вывода, ни префиксом идентификатора, ни вопросом внутреннего права, ни положением (попробуйте `art16.4.convention_as_basis`, `art16`, `16(5)(a)` или `questions`)
