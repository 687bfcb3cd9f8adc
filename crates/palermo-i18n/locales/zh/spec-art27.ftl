# art27.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art27.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art27-1-cooperation = 在符合各国法律和行政管理制度的情况下，密切进行执法合作，以打击《公约》所涵盖的犯罪。
spec-art27-2-basis = 在无协定的情况下，两国可考虑以《公约》作为直接执法合作的依据。
spec-art27-3-technology = 努力进行合作，以打击借助现代技术实施的有组织犯罪。
spec-art27-legal-basis = 《公约》能否作为就该犯罪进行执法合作的依据？
