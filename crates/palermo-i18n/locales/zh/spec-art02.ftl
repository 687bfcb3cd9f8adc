# art02.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art02.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art2-b-serious-crime-iso3 = 根据该国法律，该行为是否构成严重犯罪，即可受到最高刑至少四年的剥夺自由或更严厉处罚（无期徒刑、死刑）的犯罪（恰好四年即可）？仅处罚金的不构成。实际判处的刑罚无关紧要。
spec-art2-c-structured-group = 该集团是否并非为了立即实施一项犯罪而随意组成？不要求其成员有正式规定的作用、成员资格具有连续性或者存在完善的组织结构。
spec-art2-a-three-or-more-persons = 有组织犯罪集团的第二个要素：由三人或多人组成。
spec-art2-a-exists-for-period = 第三个要素：该集团存在一定时期。
spec-art2-a-acts-in-concert = 第四个要素：其成员一致行动。
spec-art2-a-aims-at-serious-crime = 第五个要素：旨在实施一项或多项严重犯罪或根据《公约》确立的犯罪（依案件所述）。
spec-art2-a-material-benefit = 第六个要素：其行动是为了直接或间接获得金钱或其他物质利益（作广义理解；纯粹政治目的不在此列）。
spec-art2-a-organized-criminal-group = 有组织犯罪集团：六个要素均具备（有组织结构的集团、三人或多人、存在一定时期、一致行动、目的、利益）。
