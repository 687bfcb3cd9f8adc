# status.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/status.rs 中的 FindingSpec.description），按推理顺序排列。

spec-status-in-force-iso3 = 在评估日期，《公约》是否已对该国生效？生效日期为以下两个日期中较晚者：交存之日后第30天和2003年9月29日（第38条）；退约自秘书长收到通知之日起一年后生效（第40条）。数据中无交存日期的，结果为未定，而非否定；数据中于某一日期列为缔约方但无交存日期的国家，最迟自该日期后第30天起受约束（解释）。
spec-status-in-force-between = 在评估日期，《公约》是否对请求国和被请求国均已生效？这是任何形式合作的前提条件。
spec-status-protocol-in-force-iso3 = 议定书是否已对该国生效（依议定书本身关于生效的条款：交存之日后第30天与议定书生效日期中较晚者；只有《公约》缔约国方可成为议定书缔约方，第37条第2款）？
spec-status-protocol-in-force-between = 两国是否均为议定书缔约方？议定书所列犯罪仅在其缔约方之间视为根据《公约》确立的犯罪。
spec-status-temporal-earlier-conduct = 行为发生在《公约》于两国之间生效之前，《公约》是否仍可适用？《公约》没有时间效力条款；根据通行解读（解释），其合作条款属程序性质，相关事实是请求本身，因此答案为是，除非被请求国表示其法律偏离这一解读。
spec-status-temporal-dual-criminality-when-committed = 对于发生在生效之前的行为（引渡、司法协助、没收）：该行为在实施时是否根据两国法律均应受处罚？这是案件事实（offence.punishable_when_committed），不改变关于法律依据的答复。
