# 已载明的解释（docs/legal-method.md），各以其条目的标题表示：interp-<锚点>。
# 显示于备忘录的解释清单和答案的提示中；锚点为标识符，显示于标题旁。

caveat-interpretation-item = “{ $title }”（{ $anchor }）

interp-art13-6-deeming = 第13条第6款是一项视同规则
interp-benefit = 对经济利益或其他物质利益作广义理解（第2条(a)项）
interp-cooperation-within-scope = 联合调查在本公约的适用范围内进行（第19条）
interp-death-penalty = 死刑作为更重的刑罚（第2条(b)项）
interp-dispute-opt-out-record = 数据中无保留记录即视为无保留，适用于在数据日期之前受约束的国家（第35条第3款）
interp-dual-criminality = 两国共认犯罪以行为为准（第16条第1款）
interp-enforcement-and-prosecution = 执行判决的请求：首先适用第16条第12款，对尚未受审者适用第16条第10款
interp-eu-mutual-recognition = 欧洲联盟成员国之间：欧洲逮捕令和欧洲调查令
interp-fine-only = 仅处以罚金不构成严重犯罪（第2条(b)项）
interp-involves-group = 犯罪何时涉及有组织犯罪集团（第3条第1款）
interp-offence-law = 由哪国法律认定行为是否属于本公约所涵盖的犯罪（第5条、第6条和第8条）
interp-other-instruments-data = 参考数据中的其他文书：何时具有约束力以及涵盖范围
interp-party-without-deposit-date = 记录为缔约方但无交存日期的国家，自数据日期后30天起受约束
interp-preferred-instrument = 从业人员通常会使用的文书
interp-reciprocity-like-case = 针对部分声明的互惠（第16条第5款(a)项）
interp-serious-crime-law = 由哪国法律认定该犯罪是否属于严重犯罪（第3条第1款(b)项）
interp-smuggling-benefit = 出于人道主义原因或向家庭成员提供帮助不构成偷运（《偷运移民议定书》第3条(a)项和第6条）
interp-succession = 国家对本公约的继承
interp-temporal-application = 生效之前的行为
interp-territorial-jurisdiction = 请求国在没收方面的管辖权（第13条第1款）
interp-untoc-entry-into-force-later-of = 生效：交存后30天与2003年9月29日两者中较晚的日期
