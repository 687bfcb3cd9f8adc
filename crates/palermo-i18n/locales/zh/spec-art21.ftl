# art21.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art21.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art15-5-consultation = 数个国家就同一行为进行侦查或起诉：其主管当局应酌情相互磋商，以协调行动（由此引向第21条）。
spec-art21-domestic-procedure = 请求国能否根据其法律移交诉讼，被请求国能否根据其法律接管诉讼？《公约》未规定任何程序。
spec-art21-legal-basis = 两国是否应考虑相互移交就该《公约》所涵盖犯罪进行的诉讼（仅为考虑义务）？
