# art23.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art23.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art23-a-witness-interference = 在涉及《公约》所涵盖犯罪的诉讼中，使用暴力、威胁或恐吓，或许诺、提议给予或给予不应有的好处，以诱使提供虚假证言或干扰证言或证据的提供（强制性）。
spec-art23-b-official-interference = 使用暴力、威胁或恐吓（而非贿赂）干扰审判或执法人员针对《公约》所涵盖犯罪执行公务（强制性）。
spec-art23-offence = 依其要素描述的行为是否构成第23条所述的妨害司法犯罪？
