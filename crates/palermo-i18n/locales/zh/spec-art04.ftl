# art04.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art04.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art4-2-sovereignty = 在另一国领域内采取行动，须经该国同意并遵守其法律（适用于联合调查和特殊侦查手段）。

# 本模块未编码的各款（NOT_ENCODED）。
not-encoded-art4-1 = 各国在履行其根据《公约》所承担的义务时，应恪守各国主权平等和领土完整原则以及不干涉别国内政原则：这是支配《公约》适用的原则，在案件中没有独立的决定。
