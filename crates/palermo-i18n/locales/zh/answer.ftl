# 中心当局据以采取行动的答案：结论、办理步骤、风险、核对清单、条约中应核查的要点和注意事项
# （crates/palermo-rules/src/answer.rs）。
# $requesting、$requested：请求所涉两国，前面始终加“请求国”“被请求国”；未载明国名时使用以下两个词语。

state-requesting-unknown = （未指明）
state-requested-unknown = （未指明）
treaty-unnamed = 该条约
treaty-title = { $name }
# 案件材料所指名的条约，用于本应写“该条约”之处：按案件材料的写法置于书名号内
# （两条消息仅在英文中不同）。
treaty-named = 《{ $name }》
treaty-named-with-the = 《{ $name }》

# 合作类别，用于“……之间{ $kind }的法律依据”（headline-no）。
kind-extradition = 引渡
kind-mutual-legal-assistance = 司法协助
kind-confiscation = 没收事宜国际合作
kind-transfer-of-sentenced-persons = 移交被判刑人员
kind-transfer-of-proceedings = 移交刑事诉讼
kind-joint-investigation = 联合调查
kind-special-investigative-techniques = 使用特殊侦查手段
kind-law-enforcement-cooperation = 执法合作

outcome-yes = 是
outcome-no = 否
outcome-undetermined = 未定
outcome-depends = 取决于国内法
outcome-conflict = 事实相互矛盾

## 结论：一句话的答案。
headline-undetermined = 尚未确定：{ $n ->
   *[other] 答案取决于{ $n }项事实
}。应首先查明：{ $first }
headline-undetermined-no-fact = 尚未确定：缺少答案所需的一项事实。
headline-conflict = 所载事实相互矛盾：请先更正案件内容，再依赖任何答案。
headline-depends = 答案取决于{ $state }的法律：{ $question }
headline-depends-no-question = 答案取决于国内法。
headline-covered-yes = 是：该犯罪属于《公约》所涵盖的犯罪。
headline-covered-no = 否：该犯罪不属于《公约》所涵盖的犯罪（“{ $reason }”）。
headline-no = 否：《公约》不能作为请求国{ $requesting }与被请求国{ $requested }之间{ $kind }的法律依据。{ $n ->
   *[other] 决定性结论
}：{ $reasons }。
headline-no-itself = { $reason }（{ $citation }）。
reason-with-citation = “{ $reason }”（{ $citation }）
headline-yes = 是：《公约》可以作为法律依据（{ $citation }）。
headline-extradition-convention = 是：请求国{ $requesting }可以《公约》为法律依据，请求被请求国{ $requested }引渡（{ $citation }）；被请求国可酌情决定。
headline-extradition-treaty = 是：请求国{ $requesting }与被请求国{ $requested }之间现行有效的引渡条约适用，且根据《公约》，该犯罪应视为该条约中的可引渡的犯罪（{ $citation }）。
headline-extradition-own-law = 是：被请求国{ $requested }依其本国法律进行引渡，而该法律须承认该犯罪为可引渡的犯罪（{ $citation }）；《公约》本身不是法律依据。
headline-extradition-treaty-or-convention = 是，无论请求国{ $requesting }与被请求国{ $requested }之间是否订有引渡条约（案情未说明）：如订有条约，该条约适用，且根据《公约》，该犯罪应视为该条约中的可引渡的犯罪（《公约》第16条第3款）；如未订有条约，请求国可以《公约》为法律依据请求引渡，被请求国可酌情决定（《公约》第16条第4款）。
headline-extradition-treaty-or-own-law = 是，无论请求国{ $requesting }与被请求国{ $requested }之间是否订有引渡条约（案情未说明）：如订有条约，该条约适用，且根据《公约》，该犯罪应视为该条约中的可引渡的犯罪（《公约》第16条第3款）；如未订有条约，被请求国依其本国法律进行引渡，而该法律须承认该犯罪为可引渡的犯罪（《公约》第16条第6款）。
headline-extradition-treaty-or-either = 是，无论请求国{ $requesting }与被请求国{ $requested }之间是否订有引渡条约（案情未说明）：如订有条约，该条约适用，且根据《公约》，该犯罪应视为该条约中的可引渡的犯罪（《公约》第16条第3款）；如未订有条约，视被请求国是否以订有条约为引渡条件而定，该国或可酌情以《公约》为法律依据（《公约》第16条第4款），或依其本国法律进行引渡，而该法律须承认该犯罪为可引渡的犯罪（《公约》第16条第6款）。
headline-extradition-convention-or-own-law = 是：如被请求国{ $requested }以订有条约为引渡条件，请求国{ $requesting }可以《公约》为法律依据请求其引渡，该国可酌情决定（《公约》第16条第4款）；否则，被请求国依其本国法律进行引渡，而该法律须承认该犯罪为可引渡的犯罪（《公约》第16条第6款）。
headline-extradition-barred = 根据所载事实，引渡将被拒绝：{ $bars }。在此情况下，《公约》不能凌驾于被请求国{ $requested }的法律之上。
headline-extradition-national-prosecute = 预计不会引渡：该人是被请求国{ $requested }的国民，而该国不引渡本国国民。经请求国{ $requesting }请求，被请求国有义务将该案提交其主管当局以便起诉，不得有任何不应有的延误（《公约》第16条第10款）。
headline-extradition-national-enforce = 预计不会引渡：该人是被请求国{ $requested }的国民，而该国不引渡本国国民。由于涉及执行判决，被请求国应在请求国{ $requesting }提出申请时，于其本国法律允许的情况下考虑执行该判决（《公约》第16条第12款）。
headline-mla-convention = 是：被请求国{ $requested }应根据《公约》第18条第9款至第29款，向请求国{ $requesting }提供最大程度的司法协助（《公约》第18条第1款）。
headline-mla-treaty = 是：被请求国{ $requested }应提供最大程度的司法协助；两国之间的司法协助条约适用于该请求（《公约》第18条第7款）。
headline-mla-bank-secrecy = 是：被请求国{ $requested }应提供协助，且不得以银行保密为由拒绝提供（《公约》第18条第8款）。
headline-mla-fiscal = 是：被请求国{ $requested }应提供协助，且不得仅以犯罪也被视为涉及财政事项为由拒绝提供（《公约》第18条第22款）。
headline-mla-refusal-ground = 《公约》是一项法律依据，但案件载明了被请求国{ $requested }的法律据以拒绝的理由：被请求国可以拒绝（《公约》第18条第21款），但须先与请求国{ $requesting }协商（第18条第26款）并说明拒绝理由（第18条第23款）。
headline-confiscation-yes = 是：被请求国{ $requested }应在其本国法律制度的范围内尽最大可能处理请求国{ $requesting }提出的没收请求（{ $citation }）。
headline-joint-investigation-yes = 是：请求国{ $requesting }与被请求国{ $requested }可根据《公约》，通过协定或在个案基础上设立联合侦查机构（{ $citation }）。
headline-special-techniques-yes = 是：请求国{ $requesting }与被请求国{ $requested }可根据协定或在个案基础上共同使用特殊侦查手段（{ $citation }）。
headline-transfer-of-proceedings-yes = 是：请求国{ $requesting }与被请求国{ $requested }应考虑相互移交诉讼（{ $citation }）；移交本身依照两国法律进行。
headline-law-enforcement-yes = 是：《公约》支持请求国{ $requesting }与被请求国{ $requested }之间的直接执法合作（{ $citation }）。
headline-transfer-of-sentenced-yes = 《公约》仅鼓励缔结关于移交被判刑人员的协定（{ $citation }）：移交需要其他依据。

## 办理步骤：《公约》规定的后续步骤。
route-establish = 查明：{ $question }
route-ask-domestic-law = 询问{ $state }的法律有何规定：{ $question }
route-other-basis = 寻找请求国{ $requesting }与被请求国{ $requested }之间的其他法律依据：双边或区域条约、互惠，或被请求国的本国法律。
route-extradition-send = 向被请求国{ $requested }发送引渡请求，援引{ $citation }作为法律依据。
route-extradition-send-treaty = 依请求国{ $requesting }与被请求国{ $requested }之间现行有效的引渡条约，向被请求国发送引渡请求；根据《公约》，该犯罪应视为该条约中的可引渡的犯罪（{ $citation }）。
route-extradition-send-by-cases = 查明请求国{ $requesting }与被请求国{ $requested }之间是否订有引渡条约。如订有，依该条约发送请求，第16条第3款将该犯罪纳入该条约；如未订有，向被请求国{ $requested }发送请求，援引{ $citation }作为法律依据。
route-extradition-send-by-cases-either = 查明请求国{ $requesting }与被请求国{ $requested }之间是否订有引渡条约。如订有，依该条约发送请求，第16条第3款将该犯罪纳入该条约；如未订有，向被请求国{ $requested }发送请求：该国如以订有条约为引渡条件，援引《公约》作为法律依据（第16条第4款），否则援引该国本国法律，而该法律须承认该犯罪为可引渡的犯罪（第16条第6款）。
route-extradition-send-convention-or-own-law = 向被请求国{ $requested }发送引渡请求：该国如以订有条约为引渡条件，援引《公约》作为法律依据（第16条第4款），否则援引该国本国法律，而该法律须承认该犯罪为可引渡的犯罪（第16条第6款）。
route-extradition-provisional-arrest = 如该人可能潜逃，应以情况紧急为由，请求在提出引渡请求之前将其拘留（第16条第9款）。
route-extradition-consultation = 在拒绝引渡之前，被请求国{ $requested }应酌情与请求国{ $requesting }磋商：应准备提供补充资料（第16条第16款）。
route-extradition-prosecute = 书面请求被请求国{ $requested }将该案提交其主管当局以便起诉，不得有任何不应有的延误（第16条第10款）。
route-extradition-send-evidence = 通过司法协助途径提供该起诉所需的证据；两国在程序和证据方面相互合作（第16条第10款和第18条）。
route-extradition-enforce-sentence = 向被请求国{ $requested }申请执行请求国{ $requesting }所判处的刑罚或其剩余部分（第16条第12款）。
route-extradition-conditional-surrender = 询问被请求国{ $requested }是否会以该人被遣返服刑为条件移交其国民；议定的条件即足以解除起诉义务（第16条第11款）。
route-mla-central-authority = 将请求提交被请求国{ $requested }的中心当局（第18条第13款）。
route-mla-language = 以被请求国{ $requested }能接受的语文拟写请求（第18条第14款）。
route-mla-urgent = 在紧急情况下，经两国同意，可在可能时通过国际刑事警察组织（INTERPOL）转递请求（第18条第13款），或以口头方式提出请求并立即以书面形式确认（第18条第14款）。
route-mla-preservation = 如证据可能灭失，应首先请求予以保全，必要时可在警方之间直接进行（第27条第1款）。
route-mla-confidentiality = 请求对该请求予以保密（第18条第20款），并说明证据的用途：未经同意，证据不得用于其他诉讼（第18条第19款）。
route-confiscation-freeze-first = 如财产可能被转移，应首先请求辨认、追查和冻结或扣押该财产（第13条第2款）。
route-confiscation-send = 发送载有第18条第15款和第13条第3款所要求内容的请求；被请求国{ $requested }依照其本国程序采取行动（第13条第4款）。
route-confiscation-return = 请求被请求国{ $requested }优先考虑将没收的犯罪所得或财产返还请求国{ $requesting }，以便其对被害人进行补偿，或者将这类犯罪所得或财产归还其合法所有人；被请求国在其本国法律许可的范围内这样做（第14条第2款）。
route-joint-investigation-agree = 与被请求国{ $requested }商定联合侦查机构（依据双方之间的协定，或在无此协定时逐案商定），并充分尊重该机构在其领土内运作的国家的主权（第19条）。
route-special-techniques-agree = 与被请求国{ $requested }商定该手段的使用方式（无协定时在个案基础上商定），包括任何财务安排（第20条第2款和第3款）。
route-transfer-of-proceedings = 与被请求国{ $requested }磋商哪一国更适合进行起诉，以利于正当司法（第21条）。
route-law-enforcement = 利用请求国{ $requesting }与被请求国{ $requested }主管当局之间的直接渠道（第27条第1款）。
route-transfer-of-sentenced = 寻找关于移交被判刑人员的双边或多边协定（第17条）。
route-preferred-instrument = { $preferred }（有文件记载的解读，而非《公约》的规定：docs/legal-method.md{ $anchor }）。

## 风险：拒绝理由和其他障碍。
risk-extradition-nationality = 国籍：如该人是被请求国{ $requested }的国民，而该国法律不允许引渡本国国民，引渡将被拒绝；届时被请求国有义务进行起诉（第16条第10款）。
risk-extradition-domestic-grounds = 引渡条件和拒绝理由由被请求国{ $requested }的本国法律规定：最低刑罚、政治犯罪、死刑、一事不再理、时效、证据标准（第16条第7款）。
risk-extradition-discrimination = 如有充分理由认为提出请求是为了以某人的性别、种族、宗教、国籍、族裔或政治观点为由对其进行起诉或处罚，可以拒绝引渡（第16条第14款）。
risk-mla-dual-criminality = 在不存在两国共认犯罪的情况下，被请求国{ $requested }可酌情拒绝提供协助（第18条第9款）。
risk-mla-stated-ground = 案件载明了被请求国{ $requested }的法律据以拒绝的理由（第18条第21款(c)项至(d)项）。
risk-mla-refusal-grounds = 如请求未按第18条提出，或执行请求可能损害被请求国的主权、安全、公共秩序或其他基本利益，可以拒绝提供协助（第18条第21款）。
risk-mla-postponement = 如协助会妨碍正在进行的侦查、起诉或审判程序，可以暂缓提供（第18条第25款）。

## 拟写请求核对清单。
check-mla-authority = 提出请求的当局。
check-mla-subject = 请求所涉及的侦查、起诉或审判程序的事由和性质，以及进行该项侦查、起诉或审判程序的当局的名称和职能。
check-mla-facts = 有关事实的概述（为送达司法文书提出的请求除外）。
check-mla-assistance = 对请求协助的事项和须遵循的任何特定程序的说明。
check-mla-identity = 可能时，任何有关人员的身份、所在地和国籍。
check-mla-purpose = 索取证据、资料或要求采取行动的目的。
check-mla-additional = 被请求国执行该请求所需的任何补充资料。
check-mla-language = 被请求国能接受的语文。
check-extradition-facts = 犯罪事实，包括时间和地点。
check-extradition-offences = 该人被指控或被定罪的犯罪，以及有关法律条文。
check-extradition-penalties = 两国规定的刑罚，以及该行为在两国均应受到处罚的证明。
check-extradition-person = 被请求引渡人的身份、体貌特征和所在地。
check-extradition-basis = 所援引的法律依据，以及有关条约或通知。
check-extradition-urgency = 是否紧急，以及是否请求予以拘留。
check-confiscation-property = 拟没收财产的说明、所在地，以及在相关情况下的估计价值。
check-confiscation-order = 没收令（或据以请求发出国内没收令的事实）。
check-confiscation-facts = 事实陈述，以及请求执行没收令的范围。
check-confiscation-mla = 司法协助请求应载明的内容（第18条第15款）。

## 适用条约中应核查的要点。
treaty-check-refusal-grounds = { $treaty }规定的拒绝理由。
treaty-check-fiscal = { $treaty }是否允许以犯罪的财政性质为由阻碍合作：《公约》不允许。
treaty-check-dual-criminality = { $treaty }是否要求两国共认犯罪，特别是对强制性措施而言。
treaty-check-channels = { $treaty }规定的渠道、语文和形式。

## 注意事项。
caveat-stated-in-case = 答案依据的是案件所载的{ $n ->
   *[other] 事实
}，而非参考数据：{ $facts }。
caveat-old-data = 答案依据的是截至{ $date }的参考数据（{ $file }），比{ $as_of }早一年以上：请核查此后有无变化。
caveat-interpretation = 答案依据的是已载明的{ $n ->
   *[other] 解释
}（docs/legal-method.md）：{ $anchors }。

# 关于由哪国法律认定“严重犯罪”的另一种已载明解读，且该解读会改变答案
# （docs/legal-method.md#serious-crime-law）；$option：给出该解读的命令行选项。
caveat-sensitivity-requesting = 按照另一种已载明的解读，即由请求国{ $requesting }的法律认定该犯罪是否属于严重犯罪（第2条(b)项），答案将为：{ $outcome }（{ $option }）。
caveat-sensitivity-requested = 按照另一种已载明的解读，即由被请求国{ $requested }的法律认定该犯罪是否属于严重犯罪（第2条(b)项），答案将为：{ $outcome }（{ $option }）。
caveat-sensitivity-both = 按照另一种已载明的解读，即该犯罪须依两国法律均属严重犯罪（第2条(b)项），答案将为：{ $outcome }（{ $option }）。
caveat-sensitivity-either = 按照另一种已载明的解读，即该犯罪依其中任一国的法律属于严重犯罪即可（第2条(b)项），答案将为：{ $outcome }（{ $option }）。
route-mla-treaty-channels = 通过{ $treaty }规定的渠道并按其规定的形式提交请求：第18条第9款至第29款不适用于该请求，但请求国{ $requesting }与被请求国{ $requested }可商定适用其中有助于合作的任何一款（第18条第7款）。
risk-mla-treaty-grounds = 拒绝或暂缓提供协助的理由以{ $treaty }的规定为准（第18条第7款）；银行保密仍不得作为拒绝理由（第18条第8款）。
treaty-check-fiscal-mla = { $treaty }是否允许以犯罪的财政性质为由拒绝协助：《公约》的相反规则（第18条第22款）仅在第18条第9款至第29款适用时具有约束力。
caveat-fact = { $question } — { $answer }
