# 第18条（司法协助）：是否适用、法律依据以及第3至30款。

## 第18条第1款：两种情形；第18条第2款：法人
art18-suspected-transnational = 该犯罪具有跨国性质
art18-suspected-ocg = 该犯罪涉及有组织犯罪集团
art18-suspicion-conflict = 冲突：案件称请求缔约国{ $requesting }没有理由怀疑{ $what }（`{ $fact } = false`），但所给事实证实了这一点
art18-suspicion-stated-yes = 请求缔约国{ $requesting }有合理理由怀疑{ $what }（案件中已载明）
art18-suspicion-stated-no = 请求缔约国{ $requesting }没有合理理由怀疑{ $what }（案件中已载明）
art18-suspicion-established = 所给事实证实{ $what }，因此请求缔约国{ $requesting }有合理理由作此怀疑
art18-suspicion-missing = 未载明请求缔约国{ $requesting }是否有合理理由怀疑{ $what }
art18-first-limb-yes = 第一种情形：属于本公约所涵盖的犯罪（应提供最大程度的司法协助）
art18-first-limb-no = 不符合第一种情形：不属于本公约所涵盖的犯罪
art18-first-limb-unsettled = 第一种情形：该犯罪是否属于本公约所涵盖的犯罪尚未确定
art18-second-limb-yes = 第二种情形：属于第3条第1款(a)项或(b)项所述犯罪，且请求缔约国{ $requesting }有合理理由怀疑该犯罪具有跨国性质并涉及有组织犯罪集团
art18-second-limb-no = 不符合第二种情形：不存在第3条第1款(a)项或(b)项所述犯罪，或者对跨国性质或集团参与没有合理怀疑
art18-second-limb-conflict = 冲突：所述怀疑与所给事实相矛盾（第二种情形）
art18-second-limb-unsettled = 第二种情形：尚未确定
art18-legal-persons-yes = 诉讼涉及法人在请求缔约国{ $requesting }因第10条所述犯罪而承担的责任：应在被请求缔约国{ $requested }的法律和条约允许的最大范围内提供协助
art18-legal-persons-not-concerned = 诉讼不涉及法人的责任
art18-legal-persons-no-offence = 不存在法人可对其承担责任的第10条所述犯罪
art18-legal-persons-depends = 第18条第2款是否适用，取决于根据请求缔约国{ $requesting }的法律，法人是否可对该犯罪承担责任
art18-legal-persons-unsettled = 诉讼是否涉及法人因第10条所述犯罪而承担的责任尚未确定
art18-ground-first-limb = 第18条第1款第一种情形（本公约所涵盖的犯罪）
art18-ground-second-limb = 第18条第1款第二种情形（合理怀疑）
art18-ground-legal-persons = 第18条第2款（法人）
art18-applies-yes = 第18条适用，依据如下：{ $grounds }
art18-applies-not-in-force = 第18条不适用：本公约在两国之间尚未生效
art18-applies-no = 第18条不适用：既不符合第18条第1款的任何一种情形，也不符合第18条第2款
art18-applies-unsettled = 第18条是否适用尚未确定

## 答复：本公约是否构成该请求的法律依据？
art18-basis-yes-legal-persons = 是：第18条第2款适用，应在被请求缔约国{ $requested }的法律和条约允许的最大范围内提供协助
art18-basis-yes = 是：第18条第1款要求被请求缔约国{ $requested }提供协助；程序适用何种规则依第18条第7款确定
art18-basis-not-in-force = 否：本公约在两国之间尚未生效
art18-basis-no = 否：第18条不适用于该项（或各项）犯罪
art18-basis-undetermined = 未确定：缺少{ $n }项事实

## 第18条第3至8款：目的、主动提供资料、第18条第7款下的制度、银行保密
art18-regime-not-applicable = 第18条不适用于本请求，因此第9至29款不适用于本请求
art18-agreements = 各国应考虑缔结有助于实现司法协助目的或加强司法协助的协定
art18-purposes-missing = 未载明所请求的协助（第18条第3款所列目的）
art18-purposes-empty = { $field }中未列出任何协助
art18-purposes-other = 所请求的协助：{ $measures }；“其他”协助仅在不违反被请求缔约国{ $requested }本国法律的情况下才涵盖在内
art18-purposes-yes = 所请求的协助属于第18条第3款的范围：{ $measures }
art18-measure-taking-evidence = 向个人获取证据或陈述（第18条第3款(a)项）
art18-measure-service-of-documents = 送达司法文书（第18条第3款(b)项）
art18-measure-search-seizure-freezing = 执行搜查和扣押并实行冻结（第18条第3款(c)项）
art18-measure-examining-objects-sites = 检查物品和场所（第18条第3款(d)项）
art18-measure-information-expert-evaluations = 提供资料、物证以及专家评估（第18条第3款(e)项）
art18-measure-documents-records = 提供有关文件和记录（第18条第3款(f)项）
art18-measure-tracing-proceeds = 辨认或追查犯罪所得、财产、工具或其他物品（第18条第3款(g)项）
art18-measure-voluntary-appearance = 为有关人员自愿在请求缔约国出庭提供方便（第18条第3款(h)项）
art18-measure-other = 任何其他形式的协助（第18条第3款(i)项）
art18-spontaneous-information = 主管当局可在未经请求的情况下转递资料；接收方须遵守保密要求和使用限制，但开脱罪责的资料除外，且须事先通知（第18条第5款）
art18-their-treaty = 双方的司法协助条约
art18-regime-no-treaty = 两国之间没有司法协助条约：第9至29款适用于本请求
art18-regime-agreed = 两国已商定适用第9至29款以取代其条约
art18-regime-treaty = 两国受{ $treaty }约束，且未作其他约定：该条约的规定取代第9至29款（第1至8款仍然适用）
art18-regime-agreement-missing = 两国受{ $treaty }约束；未载明两国是否商定适用第9至29款以取代该条约
art18-regime-treaty-missing = 未载明两国之间是否有司法协助条约
art18-regime-if-applies = 如果第18条适用（尚未确定）：{ $regime }
art18-bank-secrecy-treaty = 被请求缔约国{ $requested }不得以银行保密为由拒绝提供协助，即使程序由{ $treaty }调整（第8款不属于第9至29款）
art18-bank-secrecy = 被请求缔约国{ $requested }不得以银行保密为由拒绝提供司法协助
art18-treaty-governs = 拒绝理由、形式、渠道、语文、费用及其他事项依照{ $treaty }，而非第9至29款；本公约仍规定有义务提供协助（第18条第1款），并禁止以银行保密为由拒绝（第18条第8款）

## 第18条第9至29款：没有条约时适用的规则
art18-dual-criminality-absent-assists = 该行为在被请求缔约国{ $requested }不构成犯罪：该国可以并非双重犯罪为由拒绝，但仍会提供协助（案件中已载明）
art18-dual-criminality-absent-declines = 该行为在被请求缔约国{ $requested }不构成犯罪：该国可以并非双重犯罪为由拒绝，且在此类情况下不提供协助（案件中已载明）
art18-dual-criminality-absent = 该行为在被请求缔约国{ $requested }不构成犯罪：该国可以并非双重犯罪为由拒绝，但仍可在其自行决定的范围内提供协助
art18-dual-criminality-present = 该行为在被请求缔约国{ $requested }构成犯罪：不得以并非双重犯罪为由拒绝
art18-dual-criminality-missing = 未载明该行为在被请求缔约国{ $requested }是否构成犯罪（如不构成，该国可拒绝，第18条第9款）
art18-detained-persons = 被羁押人员在自由表示知情同意且两国同意的情况下，可被移送作证；羁押、送还、不得要求引渡、羁押期折抵（第18条第11款）；未经其同意不得因先前行为被起诉（第18条第12款）
art18-central-authority-yes = 请求应送交被请求缔约国{ $requested }的中心当局：{ $authority }
art18-central-authority-missing = 没有被请求缔约国{ $requested }中心当局的记录；请求应送交该国指定的当局（如该国要求，通过外交渠道；紧急情况下，经双方同意，可通过国际刑警组织）
art18-language-stated = 以书面形式（或以能够生成书面记录的方式），使用被请求缔约国{ $requested }可接受的语文：{ $languages }
art18-language-notified = 以书面形式（或以能够生成书面记录的方式），使用被请求缔约国{ $requested }可接受的语文：{ $notification }
art18-language-missing = 没有被请求缔约国{ $requested }可接受语文的记录；请求须以书面形式、使用可接受的语文提出
art18-contents = 请求须载明：提出请求的当局；请求所涉的侦查、起诉或审判程序的事由和性质，以及进行该程序的当局；有关事实的概述（为送达司法文书提出的请求除外）；所请求的协助及希望遵循的特定程序；可能时，有关人员的身份、所在地和国籍；请求的目的。被请求缔约国可要求提供补充资料（第18条第16款）
art18-applicable-law = 依照被请求缔约国的本国法律执行，并在不违反该国法律的情况下，尽可能按照请求书中列明的程序执行
art18-videoconference = 如证人或鉴定人不可能或不宜到请求缔约国出庭，被请求缔约国可允许以电视会议方式听取在其境内的证人或鉴定人的证词
art18-use-limitation = 未经被请求缔约国事先同意，请求缔约国不得将所获资料转递或用于其他诉讼，但开脱罪责的材料经事先通知后除外
art18-confidentiality = 请求缔约国可要求对请求保密；如被请求缔约国不能遵守，须立即通知请求缔约国
art18-refusal-base = 被请求缔约国{ $requested }可在下列情况下拒绝：(a)请求不符合第18条的规定；或(b)执行请求可能损害其主权、安全、公共秩序或其他基本利益（由其自行判断）
art18-refusal-which-c = 其本国法律禁止其当局对在其管辖下的类似犯罪采取所请求的行动（第18条第21款(c)项）
art18-refusal-which-d = 同意请求将违反其有关司法协助的法律制度（第18条第21款(d)项）
art18-refusal-conflict-bank-secrecy = 冲突：案件称被请求缔约国{ $requested }的法律以银行保密为由不允许执行请求（{ $which }），但第18条第8款排除以此为由拒绝，第18条第21款(c)项或(d)项也不能以此为依据
art18-refusal-conflict-fiscal = 冲突：案件称被请求缔约国{ $requested }的法律因该犯罪涉及财政事项而不允许执行请求（{ $which }），但第18条第22款排除仅以此为由拒绝，第18条第21款(c)项或(d)项也不能以此为依据
art18-refusal-yes = { art18-refusal-base }；此外，其法律规定了银行保密或财政事项以外的理由（案件中已载明）：{ $which }
art18-refusal-no = { art18-refusal-base }；根据其法律，第18条第21款(c)项和(d)项所列理由不适用（案件中已载明）
art18-refusal-depends = { art18-refusal-base }；(c)项和(d)项取决于其法律，但仅限于银行保密（第18条第8款）和犯罪的财政性质（第18条第22款）以外的理由，任何国内法障碍均不得援引这两项理由
art18-reasons-for-refusal = 拒绝提供协助时应说明理由
art18-timeliness = 被请求缔约国应尽快执行请求，尽可能充分考虑请求缔约国提出的期限，并对合理的进展询问作出答复
art18-postponement = 如执行请求会妨碍被请求缔约国正在进行的侦查、起诉或审判程序，被请求缔约国可暂缓执行
art18-consult-before-refusal = 在根据第18条第21款拒绝或根据第18条第25款暂缓执行之前，被请求缔约国应与请求缔约国协商，以考虑是否可在附加条件的情况下提供协助
art18-safe-conduct = 同意前往请求缔约国的证人或鉴定人不得因其先前的行为在该国被起诉或羁押；在其有机会离开的连续15天之后，该项保护即告终止
art18-costs = 除另有协议外，执行请求的一般费用由被请求缔约国承担；需要支出巨额或特殊费用时，应通过协商确定
art18-government-records = 被请求缔约国应提供可供公众查阅的政府记录的副本，并可全部或部分地或按其认为适当的条件提供不供公众查阅的记录
