# art18.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art18.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art18-1-first-limb = 第18条第一种情形：《公约》所涵盖的犯罪。
spec-art18-1-reasonable-suspicion-transnational = 请求国是否有合理理由怀疑该犯罪具有跨国性质（包括被害人、证人、犯罪所得、工具或证据位于被请求国）？
spec-art18-1-reasonable-suspicion-ocg = 请求国是否有合理理由怀疑涉及有组织犯罪集团？
spec-art18-1-second-limb = 第18条第二种情形：第3条第1款(a)项或(b)项所述犯罪，加上请求国有合理理由怀疑其具有跨国性质并涉及犯罪集团。
spec-art18-2-legal-persons = 就根据第10条可在请求国追究法人责任的犯罪进行的诉讼。
spec-art18-1-applies = 第18条是否适用：第一种情形、第二种情形或第18条第2款？
spec-art18-legal-basis = 《公约》能否作为本次司法协助请求的法律依据：在两国之间生效且第18条适用？
spec-art18-3-purposes = 所请求的协助是否属于第18条第3款(a)项至(h)项所列目的，或(i)项不违反被请求国法律的其他协助？
spec-art18-4-spontaneous-information = 可在事先未经请求的情况下传递信息；接收方应对其保密（第18条第5款）。
spec-art18-7-paragraphs-9-29 = 第9款至第29款是否适用于该请求（两国之间没有司法协助条约，或两国同意适用这些条款）？
spec-art18-7-treaty-governs = 由司法协助条约而非第9款至第29款规范程序。
spec-art18-8-bank-secrecy = 不得以银行保密为由拒绝提供协助，即使依据条约亦然。
spec-art18-9-may-decline-without-dual-criminality = 在第9款至第29款框架内：被请求国能否以不符合双重犯罪为由拒绝（任择性理由）？
spec-art18-10-transfer-of-detained-persons = 经本人同意并经两国商定，临时移送在押人员以便作证（第18条第10款至第12款）。
spec-art18-13-central-authority = 数据中是否载有被请求国的中心当局？
spec-art18-14-language = 数据中是否载有被请求国可接受的语文？
spec-art18-15-contents = 请求应载有的内容（第18条第15款(a)项至(f)项）；可要求提供补充资料（第18条第16款）。
spec-art18-17-applicable-law = 根据被请求国的本国法律执行，并在可能的情况下遵循请求书中列明的程序。
spec-art18-18-videoconference = 以电视会议方式进行听讯（任择性）。
spec-art18-19-use-limitation = 未经同意，请求国不得将所获材料用于其他诉讼（为被告人开脱罪责的信息除外）。
spec-art18-20-confidentiality = 请求的保密。
spec-art18-21-refusal-grounds = “小型条约”的四项拒绝理由；(c)项和(d)项是由被请求国法律决定的问题，适用于银行保密（第18条第8款）和财政事项（第18条第22款）以外的理由：基于后两者的障碍构成冲突。
spec-art18-22-fiscal-not-sole-ground = 不得仅以犯罪也被视为涉及财政事项为由拒绝。
spec-art18-23-reasons-for-refusal = 拒绝时应说明理由。
spec-art18-24-timeliness = 尽快执行请求；答复关于执行进展的询问。
spec-art18-25-postponement = 因妨碍正在进行的诉讼而暂缓提供协助（任择性）。
spec-art18-26-consult-before-refusal = 在拒绝或暂缓提供协助之前进行磋商，考虑附条件提供协助。
spec-art18-27-safe-conduct = 证人和鉴定人的安全保障；当事人在有机会离境后连续逗留十五天，安全保障即告终止。
spec-art18-28-costs = 一般费用由被请求国承担；特殊费用通过磋商确定。
spec-art18-29-government-records = 公众可以得到的政府记录必须提供；公众无法得到的可以提供。
spec-art18-30-agreements = 考虑缔结有助于实现第18条目的或加强其规定的协定（在《公约》未提供依据时报告）。
