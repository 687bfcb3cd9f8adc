# firearms.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/firearms.rs 中的 FindingSpec.description），按推理顺序排列。

spec-firearms-art5-offence = 依其要素描述的行为是否构成《枪支议定书》第5条第1款所述犯罪（非法制造、非法贩运、伪造或涂改标识）？
