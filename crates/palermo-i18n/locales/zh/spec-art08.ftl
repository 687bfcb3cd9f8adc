# art08.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art08.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art8-1-a-active-bribery = 直接或间接向公职人员许诺、提议给予或给予该公职人员不应有的好处，以使其在执行公务时作为或不作为（强制性）。
spec-art8-1-b-passive-bribery = 公职人员为同一目的直接或间接索取或接受不应有的好处（强制性）。
spec-art8-2-foreign-bribery = 涉及外国公职人员或国际公务员的同一行为：各国只须考虑将其规定为犯罪，因此由据以定性的国家的法律决定（与《联合国反腐败公约》不同）。
spec-art8-offence = 依其要素描述的行为是否构成第8条所述的腐败犯罪？

# 本模块未编码的各款（NOT_ENCODED）。
not-encoded-art8-3 = 作为共犯参与第8条所述犯罪的，也应规定为刑事犯罪：本版本不根据要素对此定性。
