# tip.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/tip.rs 中的 FindingSpec.description），按推理顺序排列。

spec-tip-art3-a-act = 贩运人口的第一个要素：招募、运送、转移、窝藏或接收人员。
spec-tip-art3-a-means = 第二个要素：一种手段（武力、胁迫、诱拐、欺诈、欺骗、滥用权力或滥用脆弱境况、给予报酬）；被害人为未满十八岁的儿童的，不要求手段（第3条(c)项至(d)项）。
spec-tip-art3-a-purpose = 第三个要素：剥削目的（所列清单为最低限度）。
spec-tip-art3-b-consent = 一旦使用了任何手段（或被害人为儿童），被害人的同意即不予考虑。
spec-tip-art5-offence = 依其要素描述的行为是否构成贩运人口（行为、手段或儿童被害人、目的、故意）？
