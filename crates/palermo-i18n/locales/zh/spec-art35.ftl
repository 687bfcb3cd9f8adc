# art35.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art35.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art35-2-compulsory-settlement = 两国中任何一国能否单方面将与另一国关于《公约》的争端提交仲裁，继而提交国际法院？如任何一国已根据第35条第3款作出保留，则不能：该保留具有对等效力。在数据所载保留记录日期之前即受约束且未列入该记录的国家，未作任何保留；其后加入的国家，除非案件另有载明，结果未定。
spec-tip-art15-2-compulsory-settlement = 对于《贩运人口议定书》缔约方之间的贩运案件：两国中任何一国能否单方面将关于该议定书的争端提交仲裁，继而提交国际法院？如任何一国已根据该议定书第15条第3款作出保留，则不能（对等效力）。
spec-som-art20-2-compulsory-settlement = 《偷运移民议定书》同样如此（该议定书第20条第2款至第3款）。
spec-firearms-art16-2-compulsory-settlement = 《枪支议定书》同样如此（该议定书第16条第2款至第3款）。

# 本模块未编码的各款（NOT_ENCODED）。
not-encoded-art35-1 = 各国应努力通过谈判解决与《公约》的解释或适用有关的争端：没有单独的认定；审查的是第35条第2款。
not-encoded-art35-4 = 根据第35条第3款作出保留的国家，可随时通知秘书长撤回该保留：数据所载记录日期之后的撤回未予反映，第35条第2款的认定对此加以说明。
