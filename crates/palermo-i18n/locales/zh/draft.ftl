# 起草的请求书（crates/palermo-draft）：标题、各节标题、各节固定文字、法律依据段落、
# 条款以及完整性检查发现的缺漏。用户提供的事实按原文插入。见 docs/translations.md。

## 标题，每类请求一个。
draft-title-mla = 刑事事项司法协助请求书
draft-title-extradition = 引渡请求书
draft-title-confiscation = 没收事宜国际合作请求书

## 文头栏目。
draft-field-from = 发文机关
draft-field-to = 收文机关
draft-field-reference = 我方编号
draft-field-date = 日期
draft-field-requesting = 请求国
draft-field-requested = 被请求国
draft-to-central-authority = { $authority }，被请求国{ $state }的中心当局（第18条第13款）
draft-to-competent-authorities = 被请求国{ $state }的主管当局

## 各节标题。
draft-h-basis = 法律依据
draft-h-authority = 提出请求的当局
draft-h-proceedings = 程序的事由和性质
draft-h-facts = 事实概述
draft-h-offences = 犯罪和刑罚
draft-h-persons = 有关人员
draft-h-person-sought = 被请求引渡人
draft-h-assistance = 所请求的协助
draft-h-purpose = 请求的目的
draft-h-property = 有关财产
draft-h-order = 没收令
draft-h-warrant = 逮捕令或判决
draft-h-additional = 补充资料
draft-h-urgency = 紧急事由
draft-h-provisional-arrest = 临时羁押
draft-h-clauses = 保密和资料的使用
draft-h-attachments = 附件
draft-h-notes = 起草说明（不属于请求内容：发送前删除）

## 开头语和结束语。
draft-opening-mla = 请求国{ $requesting }向被请求国{ $requested }致意，并请其就下述刑事事项提供协助。
draft-opening-extradition = 请求国{ $requesting }请求被请求国{ $requested }就本请求书所列犯罪引渡下述人员。
draft-opening-confiscation = 请求国{ $requesting }请求被请求国{ $requested }就下述事项开展没收事宜合作。
draft-closing = 请求国{ $requesting }感谢被请求国{ $requested }有关当局提供的协助，并随时准备提供执行本请求可能需要的任何补充资料。
draft-signature = 代表请求当局：

## 法律依据段落：与评估所认定的内容完全一致。
draft-basis-mla-convention = 本请求系根据《联合国打击跨国有组织犯罪公约》第18条提出，请求国{ $requesting }和被请求国{ $requested }均为该公约缔约国（{ $cite }）。
draft-basis-mla-treaty = 本请求系根据{ $treaty }提出，该条约对请求国{ $requesting }和被请求国{ $requested }具有约束力；根据《联合国打击跨国有组织犯罪公约》第18条第7款，该条约的规定取代该条第9款至第29款，而第18条其余各款仍然适用（{ $cite }）。
draft-basis-mla-treaty-agreed = 本请求系根据《联合国打击跨国有组织犯罪公约》第18条提出：请求国{ $requesting }和被请求国{ $requested }已商定适用该条第9款至第29款，以取代{ $treaty }的相应规定（第18条第7款）（{ $cite }）。
draft-basis-extradition-convention = 本请求系根据《联合国打击跨国有组织犯罪公约》第16条第4款提出；被请求国{ $requested }已根据第16条第5款(a)项发出通知，将该公约作为引渡的法律依据（{ $cite }）。
draft-basis-extradition-convention-stated = 本请求系根据《联合国打击跨国有组织犯罪公约》第16条第4款提出；被请求国{ $requested }将该公约作为引渡的法律依据（{ $cite }）。
draft-basis-extradition-treaty = 本请求系根据{ $treaty }提出。根据《联合国打击跨国有组织犯罪公约》第16条第3款，该条所适用的各项犯罪均应视为缔约国之间现行的任何引渡条约中的可引渡的犯罪（{ $cite }）。
draft-basis-extradition-domestic = 被请求国{ $requested }不以订有条约为引渡条件。根据《联合国打击跨国有组织犯罪公约》第16条第6款，该国承认该条所适用的犯罪为其与请求国{ $requesting }之间可引渡的犯罪（{ $cite }）。
draft-basis-confiscation = 本请求系根据《联合国打击跨国有组织犯罪公约》第13条提出（{ $cite }）；根据该条第3款，第18条的规定经适当变通后适用于本请求。
draft-basis-confiscation-treaty = 本请求系根据{ $treaty }和《联合国打击跨国有组织犯罪公约》第13条提出（{ $cite }）；根据该条第3款，第18条的规定经适当变通后适用于本请求。
draft-basis-other = 本请求系根据{ $treaty }提出。
draft-treaty-unnamed = 两国之间现行有效的条约

## 没收请求按措施所请求的事项（第13条第1款和第2款）。
draft-confiscation-domestic-order = 请被请求国{ $requested }将本请求提交其主管当局，以便取得没收令，并在取得没收令时予以执行（第13条第1款(a)项）。
draft-confiscation-give-effect = 请被请求国{ $requested }将请求国{ $requesting }法院发出的没收令提交其主管当局，以便在所请求的范围内予以执行（第13条第1款(b)项）。
draft-confiscation-freeze = 请被请求国{ $requested }采取措施，辨认、追查和冻结或扣押下述犯罪所得、财产、设备或其他工具，以便最终予以没收（第13条第2款）。

## 各节：用户所提供事实前后的固定文字。
draft-authority = 提出请求的当局：
draft-contact = 本请求的联系方式：
draft-proceedings-conducted-by = 进行该程序的当局：
draft-offence-law = 根据{ $state }的法律：
draft-offence-penalty = 根据{ $state }的法律，最高刑罚为：{ $penalty }。
draft-offence-penalty-data = 根据{ $state }的法律，最高刑罚为：{ $record }。
draft-offence-dual-criminality = 根据两国的本国法律，该行为均构成犯罪（第16条第1款）。
draft-offence-summary = 有关行为：
draft-person-name = 姓名
draft-person-aliases = 别名
draft-person-born = 出生日期和地点
draft-person-nationality = 国籍
draft-person-documents = 身份证件
draft-person-location = 所在地
draft-person-description = 体貌特征
draft-person-role = 身份
draft-role-person_sought = 被请求引渡人
draft-role-suspect = 犯罪嫌疑人或被告人
draft-role-witness = 证人
draft-role-victim = 被害人
draft-role-owner = 财产或记录的所有人或持有人
draft-role-other = 其他有关人员
draft-person-located-in = 据信被请求引渡人位于{ $state }境内。
draft-measures = 所请求的协助属于《公约》第18条第3款的范围：{ $measures }。
draft-procedure = 请求当局请求遵循下列程序，但违反被请求国{ $requested }法律的除外（第18条第17款）：
draft-property-description = 说明
draft-property-location = 所在地
draft-property-value = 估计价值
draft-order-issued-by = 签发机关
draft-order-date = 日期
draft-order-reference = 编号
draft-order-final = 是否已发生法律效力
draft-order-extent = 请求执行的范围
draft-order-copy = 随附该没收令的法律上可接受的副本（第13条第3款(b)项）。
draft-warrant-copy = 随附逮捕令或判决的副本。
draft-yes = 是
draft-no = 否
draft-urgent = 本请求属紧急请求，理由如下：
draft-provisional-arrest = 在提交本请求之前，请求国{ $requesting }请被请求国{ $requested }将被请求引渡人羁押，或采取其他适当措施，以确保其在引渡程序中在场（第16条第9款）。
draft-clause-confidentiality = 请求国{ $requesting }请被请求国{ $requested }对本请求的事实和内容保密，但为执行本请求所必需的除外；如不能遵守这一要求，请立即通知请求国（第18条第20款）。
draft-clause-use-limitation = 未经被请求国{ $requested }事先同意，请求国{ $requesting }不会将为答复本请求而提供的资料或证据转递或用于本请求书所述以外的侦查、起诉或审判程序（第18条第19款）。
draft-no-attachments = 无。

## 起草说明。
draft-note-assessment = 评估结果：{ $headline }
draft-note-assessed = 于{ $date }使用引擎{ $engine }和参考数据{ $data }进行评估。
draft-note-language = 语文：{ $language }。{ $why }
draft-note-language-notified = { $state }接受以下列语文提出的请求：{ $languages }（该国根据第18条第14款发出的通知；出处：{ $source }，截至{ $as_of }）。
draft-note-language-notified-all = { $state }要求以下列每种语文提出请求：{ $languages }；请附送其他语文的译文（该国根据第18条第14款发出的通知；出处：{ $source }，截至{ $as_of }）。
draft-note-language-chosen = 语文由起草人选定；数据中没有{ $state }根据第18条第14款发出的通知。
draft-note-language-not-accepted = { $state }根据第18条第14款发出的通知中未列入该语文（{ $languages }）：请求须译成可接受的语文。
draft-note-central-authority = 数据中所载{ $state }的中心当局（出处：{ $source }，截至{ $as_of }）：{ $summary }
draft-note-notification = 数据中所载{ $state }根据第16条第5款(a)项发出的通知（出处：{ $source }，截至{ $as_of }）：{ $summary }
draft-note-penalty = 参考数据所载{ $state }法律规定的刑罚（出处：{ $source }，截至{ $as_of }）：{ $record }。
draft-note-gaps = { $n ->
   *[other] 缺少{ $n }项要素，已在文中标明：
}
draft-note-complete = 完整性检查表明，《公约》要求的各项要素均已具备。
draft-note-unrecorded = 未记录

## 缺漏：缺少什么，应补充什么。在草稿中该要素所在位置标明，并由完整性检查列出。
draft-gap = 【缺少：{ $what }】
gap-authority = 提出请求的当局：其名称（案件：draft.requesting_authority）
gap-contact = 被请求国联系请求当局的方式：姓名、地址、电话、电子邮件（案件：draft.contact）
gap-addressee = 被请求国的中心当局：数据中没有记录；请填写（案件：draft.addressee）
gap-proceedings = 侦查、起诉或审判程序的事由和性质（案件：draft.proceedings）
gap-conducting-authority = 进行侦查、起诉或审判程序的当局的名称和职能（案件：draft.conducting_authority）
gap-facts = 有关事实的概述（案件：draft.facts）
gap-assistance = 对所请求协助的说明（案件：draft.assistance）
gap-persons = 可能时，任何有关人员的身份、所在地和国籍（案件：[[draft.persons]]）
gap-purpose = 请求提供证据、资料或采取行动的目的（案件：draft.purpose）
gap-person-sought = 被请求引渡人的身份：全名及身份识别信息（案件：[[draft.persons]]，role = "person_sought"）
gap-person-location = 被请求引渡人的所在地（案件：request.person_located_in，或[[draft.persons]]中的location）
gap-offence-law = { $state }法律中将该行为规定为犯罪的条款（案件：draft.offence_law.{ $code }）
gap-penalty = { $state }法律规定的最高刑罚（案件：offence.max_penalty.{ $code }，或载有刑罚数据的犯罪类型）
gap-warrant = 本请求所依据的逮捕令或判决：签发法院、日期和编号（案件：[draft.warrant]）
gap-urgency = 临时羁押的紧急理由（案件：draft.urgency）
gap-basis = 法律依据：评估未确定《公约》可作为法律依据（{ $outcome }）；请写明所依据的条约或其他依据（案件：request.treaty_in_force和request.treaty_name，或[[other_bases]]）
gap-confiscation-measure = 请求的内容：被请求国发出没收令、执行请求国的没收令，或辨认、追查和冻结（案件：request.confiscation_measure）
gap-property = 对拟没收财产及其所在地的说明（案件：[[draft.property]]）
gap-order = 没收令：签发法院、日期和编号，并附法律上可接受的副本（案件：[draft.order]）
gap-order-extent = 请求执行没收令的范围（案件：draft.order.extent）
gap-actions = 对请求采取的行动的说明（案件：draft.assistance）

## 命令行中的完整性检查。
draft-check-heading = 草稿不完整：{ $n ->
   *[other] 缺少{ $n }项要素
}。
draft-check-item = { $what }（{ $cite }）
draft-check-advice = 请在案件的[draft]表中补充，或添加--allow-incomplete，以生成标明缺漏的草稿。
draft-check-advisory = 建议（非必需）：{ $what }（{ $cite }）
draft-written = 草稿已写入{ $path }。
draft-language-needed = 数据中没有{ $state }根据第18条第14款发出的、指明联合国六种正式语文之一的通知：请使用--lang选择草稿的语文。
draft-kind-unsupported = Palermo可起草司法协助、引渡和没收事宜国际合作请求书；本案件涉及的是另一种合作：{ $kind }。

## The addressee when the case names none.
draft-to-central-authority-of = { $state }根据第18条第13款指定的中心当局

## Language names, by ISO 639-1 code.
draft-lang-ar = 阿拉伯文
draft-lang-en = 英文
draft-lang-es = 西班牙文
draft-lang-fr = 法文
draft-lang-ru = 俄文
draft-lang-zh = 中文
draft-lang-hi = 印地文
draft-lang-lt = 立陶宛文
draft-lang-lv = 拉脱维亚文
draft-lang-mk = 马其顿文
draft-lang-sl = 斯洛文尼亚文
draft-lang-uk = 乌克兰文
draft-no-kind = 案卷未说明请求的内容：请填写 request.kind（mutual_legal_assistance、extradition 或 confiscation）。
draft-states-missing = 案卷未列明两个国家：请填写 request.requesting_state 和 request.requested_state。
