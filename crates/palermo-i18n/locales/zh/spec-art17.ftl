# art17.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art17.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art17-agreements = 各国可考虑订立关于移交被判刑人员的协定。
spec-art17-legal-basis = 《公约》是否为移交被判刑人员的法律依据？从来不是：第17条仅鼓励订立协定。
