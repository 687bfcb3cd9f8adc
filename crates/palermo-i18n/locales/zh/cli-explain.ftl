# `palermo explain`（crates/palermo-cli/src/cmd_explain.rs）：认定说明（spec-*.ftl）
# 和问题周围的标题与标签。

explain-heading-findings = 引擎作出的认定（使用 [[offences]] 时，按犯罪区分的标识带有 #n）：
explain-heading-questions = 国内法问题（在案件的 [domestic_law.<ISO3>] 下作答）：
explain-provision-heading = { $provision }：
explain-asked-of-requested = 向被请求国提出
explain-asked-of-requesting = 向请求国提出
explain-asked-of-offence-law = 向据以定性的国家提出（见 --serious-crime-law）
explain-cited-asked-of = { $citation }；{ $asked_of }
explain-true-means = true 表示：{ $meaning }
explain-not-encoded = 未编码
explain-no-finding = 本版本没有审查{ $provision }的认定；`palermo explain` 列出现有的认定。
explain-paragraphs-not-checked = （{ $article }的各款未编码，因此不检查其是否有第{ $n }款。）
explain-no-such-paragraph = 不存在{ $provision }：{ $article }共有{ $count }款
explain-no-numbered-paragraphs = 不存在{ $provision }：{ $article }没有编号的款（没有第{ $n }款）
explain-unknown = `{ $what }` 既不是认定标识、标识前缀、国内法问题，也不是条款（可尝试 `art16.4.convention_as_basis`、`art16`、`16(5)(a)` 或 `questions`）
