# art19.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art19.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art19-consider-agreements = 第一句：两国应考虑缔结协定或安排，以建立联合侦查机构（仅为考虑义务，自《公约》在两国之间生效时起对其具有约束力）。
spec-art19-agreement = 联合侦查机构：根据两国之间的协定，或在无此类协定时逐案商定（第二句，一项许可）。
spec-art19-sovereignty = 充分尊重联合侦查所在国的主权。
spec-art19-legal-basis = 两国能否根据《公约》就该犯罪商定联合侦查（一项许可，而绝非义务）？
