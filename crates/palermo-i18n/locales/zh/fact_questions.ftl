# 以问题形式列出的缺失事实（fact_questions.rs）。$offence：犯罪在 [[offences]]
# 中的编号，案件仅有一项犯罪时为 0；$state：国家（名称及代码）；$path：无对应问题的路径。

fq-unknown = `{ $path }`的值是什么？
fq-max-penalty = 根据{ $state }的法律，{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}的法定最高刑罚是什么？
fq-punishable-in = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}所涉行为根据{ $state }的法律是否构成犯罪？
fq-punishable-when-committed = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}所涉行为在实施时根据{ $state }的法律是否构成犯罪？
fq-committed-in = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}是在哪些国家实施的？
fq-prepared-in = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}的准备、计划、指挥或控制的实质性部分是在哪些国家进行的？
fq-substantial-effects-in = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}在哪些国家产生了重大影响？
fq-involves-group = 该集团是否参与了{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}？
fq-convention-offences = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}是否为根据《公约》或某项议定书确立的犯罪（第5、6、8、23条；《贩运人口议定书》第5条；《偷运移民议定书》第6条；《枪支议定书》第5条），抑或都不是？
fq-el-predicate-punishable-in = 产生{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中所清洗的所得的犯罪根据{ $state }的法律是否构成犯罪？
fq-el-intentional = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}是否系故意实施？
fq-el-tip-acts = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}涉及哪些行为：招募、运送、转移、窝藏或接收人员？
fq-el-tip-means = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中使用了哪些手段（武力或其他形式的胁迫、诱拐、欺诈或欺骗、滥用权力或滥用脆弱境况、向控制另一人的人给予报酬），如有？
fq-el-tip-purposes = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}是出于何种剥削目的实施的？
fq-el-victim-age = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}的被害人当时多大年龄？
fq-el-procured-illegal-entry = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}是否安排了某人非法进入其既非国民也非永久居民的国家？
fq-el-smuggling-motive = 实施{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}的动机是什么：为获得金钱或其他物质利益、出于人道主义原因、为帮助家人，还是均非如此？
fq-el-firearms-conduct = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}是否涉及非法制造或贩运枪支，或篡改枪支标识？
fq-el-participation-conduct = 在{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中，该人以何种方式参加该集团：同意实施严重犯罪、积极参与其犯罪活动或其他活动，还是组织、指挥、协助或参谋？
fq-el-object-crime-serious = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中所同意实施或组织的犯罪是否为严重犯罪（最高刑至少为四年）？
fq-el-agreement-benefit = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中的协议是否旨在获得金钱或其他物质利益？
fq-el-knew-group-aim = 在{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中，该人是否明知该集团的目的和一般犯罪活动，或明知其实施有关犯罪的意图？
fq-el-knew-contribution = 在{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中，该人是否知道其参与该集团的其他活动将有助于实现该集团的犯罪目标？
fq-el-laundering-conduct = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}涉及对财产的何种行为：转换或转移、隐瞒或掩饰、获取、占有或使用，还是参与此类行为？
fq-el-knew-proceeds = 在{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中，该人是否知道该财产为犯罪所得（就获取、占有或使用而言：在收取时）？
fq-el-laundering-purpose = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中转换或转移财产的目的为何：隐瞒其非法来源、协助犯罪人逃避其行为的法律后果，还是两者皆非？
fq-el-predicate = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中所清洗的所得来自何种犯罪：严重犯罪、第5条、第8条或第23条规定的犯罪，还是其他犯罪？
fq-el-predicate-committed-in = 产生{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中所清洗的所得的犯罪是在哪个国家实施的？
fq-el-self-laundering = 在{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中清洗所得的人是否也实施了产生该所得的犯罪？
fq-el-bribery = 在{ $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中，好处是被许诺给予、提议给予或实际给予（主动贿赂），还是被索取或接受（被动受贿）？
fq-el-official = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}涉及何种官员：本国公职人员、外国公职人员还是国际公务员？
fq-el-undue-advantage = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中是否许诺给予、提议给予、实际给予、索取或接受了不正当好处？
fq-el-official-act = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中的好处是否旨在使该官员在执行公务时作为或不作为？
fq-el-obstruction-means = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中使用了哪些手段：暴力、威胁、恐吓还是不正当好处？
fq-el-obstruction-aim = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}的目的为何：获取虚假证言、干扰作证或提供证据，还是干扰官员履行公务？
fq-el-proceeding-covered = { $offence ->
    [0] 该犯罪
   *[other] 犯罪{ $offence }
}中受到妨碍的诉讼或官员的职责是否涉及《公约》所涵盖的犯罪？
fq-group-members = 该集团由多少人组成？
fq-group-randomly-formed = 该集团是否为立即实施一项犯罪而随意组成？
fq-group-exists-for-period = 该集团是否存在了一段时间？
fq-group-acts-in-concert = 该集团成员是否一致行动？
fq-group-aims = 该集团的目的为何：实施严重犯罪、根据《公约》确立的犯罪，还是其他？
fq-group-benefit = 该集团是否谋求获得金钱或其他物质利益？
fq-group-active-in = 该集团在哪些国家从事犯罪活动？
fq-suspicion-transnational = 请求国是否有合理理由怀疑该犯罪具有跨国性质（包括被害人、证人、犯罪所得、犯罪工具或证据位于被请求国）？
fq-suspicion-organized-criminal-group = 请求国是否有合理理由怀疑有组织犯罪集团参与其中？
fq-request-requesting-state = 提出请求的是哪个国家（请求国）？
fq-request-requested-state = 请求是向哪个国家提出的（被请求国）？
fq-request-kind = 请求的是何种形式的合作？
fq-request-person-habitual-residence = 被指控罪犯无国籍的，其惯常居所在哪一国家（第15条第2款(b)项）？
fq-request-confiscation-measure = 是请求被请求国取得其本国的没收令、执行请求国的没收令，还是进行辨认、追查、冻结或扣押（第13条第1款(a)项、第13条第1款(b)项、第13条第2款）？
fq-request-property-in-requested-state = 拟没收的财产是否位于被请求国领域内（第13条第1款）？
fq-request-return-requested = 请求国是否要求返还被没收的财产，以便赔偿被害人或将其归还合法所有人（第14条第2款）？
fq-request-investigative-technique = 请求使用何种特殊侦查手段：控制下交付、电子或其他形式的监视，还是特工行动（第20条第1款）？
fq-other-base-in-force-between = 案件材料所列第{ $n }项其他法律依据是否对两国均有约束力？
fq-other-base-kinds = 案件材料所列第{ $n }项其他法律依据规定了哪些形式的合作？
fq-other-base-covers-offence = 案件材料所列第{ $n }项其他法律依据是否涵盖本犯罪？
fq-request-treaty-in-force = 两国之间是否有关于此类合作的其他条约生效？
fq-request-agreed-to-apply-art18-9-29 = 两国是否已商定适用第18条第9款至第29款以代替其条约？
fq-request-measures = 请求何种协助（第18条第3款）？
fq-request-person-located-in = { $extradition ->
    [true] 被请求引渡人
   *[false] 被指控罪犯
}位于何处？
fq-request-person-nationalities = { $extradition ->
    [true] 被请求引渡人
   *[false] 被指控罪犯
}具有哪些国籍？
fq-request-sentence-enforcement = 请求引渡是否为执行已判处的刑罚？
fq-request-fiscal-aspects = 该犯罪是否也涉及财政事项？
fq-request-concerns-legal-person = 该诉讼是否涉及法人的责任（第18条第2款）？
fq-request-route-states = 控制下交付从起点到目的地经过哪些国家（第20条第4款）？
fq-request-route-consent = { $state }是否同意控制下交付经过其领土（第20条第4款）？
fq-states-untoc-consent = { $state }何时交存了对《公约》的批准书、接受书、核准书或加入书（或者未交存任何文书）？
fq-states-extradition-requires-treaty = { $state }是否以订有条约为引渡条件？
fq-states-convention-as-extradition-basis = { $state }是否已通知其以《公约》作为引渡的法律依据（第16条第5款(a)项）？
fq-states-central-authority = { $state }指定了哪个中心当局负责司法协助（第18条第13款）？
fq-states-languages = { $state }接受以哪些语文提出请求（第18条第14款）？
fq-states-within-competence = 该事项是否属于{ $state }所声明的职权范围？
fq-states-protocol = { $state }何时交存了关于{ $protocol }的文书（或者未交存任何文书）？
fq-protocol-tip = 《贩运人口议定书》
fq-protocol-som = 《偷运移民议定书》
fq-protocol-firearms = 《枪支议定书》
