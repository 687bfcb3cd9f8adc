# som.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/som.rs 中的 FindingSpec.description），按推理顺序排列。

spec-som-art3-a-illegal-entry = 偷运要素：使并非某国国民或永久居民的人非法进入该国。
spec-som-art3-a-benefit = 偷运要素：为直接或间接获取金钱或其他物质利益（出于人道主义或家庭原因提供的帮助不在此列，见解释性说明）。
spec-som-art5-migrants-not-liable = 移民不因其为偷运行为的对象而根据本议定书受到刑事起诉。
spec-som-art6-offence = 依其要素描述的行为是否构成偷运移民？
