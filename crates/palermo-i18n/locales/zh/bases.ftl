# 相互竞合的法律依据（bases.rs）：案件材料所述可能约束两国的其他文书，与《公约》并列审视。

## 未注明具体名称的文书。
bases-name-bilateral = 该双边条约
bases-name-regional = 该区域公约
bases-name-uncac = 《联合国反腐败公约》
bases-name-drugs = 《1988年公约》
bases-name-budapest = 《布达佩斯公约》
bases-name-reciprocity = 互惠
bases-name-other = 该其他文书
# 案件材料所指名的其他法律依据，按其类型；$name：案件材料所写的名称。
bases-named-bilateral = 双边条约《{ $name }》
bases-named-regional = 区域公约《{ $name }》
bases-named-other = 《{ $name }》

## 各类文书通常提供的内容。
bases-offers-bilateral = 按照条约本身的条件和拒绝理由开展合作
bases-offers-regional = 按照其自身条件在其缔约方之间开展合作
bases-offers-uncac = 就其确立的腐败犯罪提供引渡（《反腐败公约》第44条）和司法协助（《反腐败公约》第46条）
bases-offers-drugs = 就其第3条第1款所列的毒品贩运犯罪提供引渡（《1988年公约》第6条）和司法协助（其第7条）
bases-offers-budapest = 就计算机相关犯罪和电子证据提供引渡（《布达佩斯公约》第24条）和相互协助（其第25-34条），包括快速保全数据
bases-offers-reciprocity = 在两国法律允许无条约合作的情况下，基于国际礼让开展合作
bases-offers-other = 按照其自身条件开展合作

## 所请求的合作类型。
bases-kind-extradition = 引渡
bases-kind-mla = 司法协助
bases-kind-confiscation = 没收
bases-kind-transfer-sentenced = 被判刑人员的移交
bases-kind-transfer-proceedings = 刑事诉讼的移交
bases-kind-joint-investigation = 联合调查
bases-kind-special-techniques = 特殊侦查手段
bases-kind-law-enforcement = 执法合作

## 每项其他文书。
bases-other-yes = 本请求还可以依据{ $name }：该依据对两国均有约束力并涵盖本犯罪；其作用为：{ $offers }
bases-other-not-in-force = 根据案件材料，{ $name }并非对两国均有约束力
bases-other-kind = 根据案件材料，{ $name }未规定{ $kind }
bases-other-offence = 根据案件材料，{ $name }不涵盖本犯罪
bases-other-open = { $name }是否适用于本案尚未确定；其作用将为：{ $offers }

## 另一项条约适用时《公约》中仍然适用的内容。
bases-on-top-extradition = 如两国之间存在另一项引渡条约，第16条所适用的犯罪应视为该条约中的可引渡犯罪（第16条第3款），且《公约》关于财政事项、歧视和协商的规则仍然适用
bases-on-top-mla = 另一项条约规定的义务不受影响（第18条第6款）；如该条约规范有关程序（第18条第7款），《公约》规定的提供协助的义务（第18条第1款）和不得以银行保密为由拒绝协助的规定（第18条第8款）仍然适用
bases-on-top-confiscation = 第18条经适当变通后适用于没收请求（第13条第3款）：另一项条约规定的义务不受影响（第18条第6款），被请求缔约国依照其本国法律或对其有约束力的条约行事（第13条第4款），以订有条约为条件的缔约国应将《公约》视为充分的条约依据（第13条第6款）
bases-on-top-other = 《公约》的规定与该其他文书并行适用；每项请求均可依据其中任一文书

## 《公约》是否为唯一依据。
bases-only-yes = 在案件材料所述的各项法律依据中，《公约》是唯一可用于本请求的依据
bases-only-others = 其他法律依据也可用于本请求：{ $names }
bases-only-none = 《公约》和所述的其他法律依据均不能用于本请求
bases-only-open = 《公约》是否为唯一法律依据，取决于未提供的关于其他文书的事实

## 数据记录的两国之间的文书（bases_data.rs）。
bases-name-ece = 《欧洲引渡公约》（1957年）
bases-name-ecma = 《欧洲刑事司法协助公约》（1959年）
bases-name-eu = 欧洲联盟成员国之间的欧盟法
bases-offers-ece = 就两国法律均可处以至少一年剥夺自由的犯罪在其缔约方之间进行引渡（《欧洲引渡公约》第2条）
bases-offers-ecma = 在其缔约方之间提供最广泛的刑事司法协助（《欧洲刑事司法协助公约》第1条）
bases-offers-eu = 通过司法裁决的相互承认移交人员和获取证据
bases-data-yes = 根据数据，{ $name }对{ $a }（自{ $a_from }起）和{ $b }（自{ $b_from }起）具有约束力并涵盖本请求；其作用为：{ $offers }
bases-data-maybe = 根据数据，{ $name }对两国均有约束力；其是否涵盖本请求取决于：{ $condition }
bases-data-not-bound = 根据数据，{ $name }在该日期对{ $state }不具约束力：{ $reason }
bases-data-unknown = 无法从数据得知{ $name }在该日期是否对{ $state }具有约束力：{ $reason }
bases-data-eu-eaw = 两国均为欧洲联盟成员国（{ $a }自{ $a_from }起，{ $b }自{ $b_from }起）：两国之间以欧洲逮捕令（第2002/584/JHA号框架决定）取代引渡，因此实务人员会签发欧洲逮捕令，而不是提出引渡请求
bases-data-eu-eio = 两国均为欧洲联盟成员国（{ $a }自{ $a_from }起，{ $b }自{ $b_from }起）：两国之间以欧洲调查令（第2014/41/EU号指令）取代大部分司法协助，因此实务人员会签发欧洲调查令，而不是提出协助请求
bases-data-eu-before = 两国均为欧洲联盟成员国，但在该日期{ $tool }尚未在两国之间适用（自{ $date }起适用）
bases-data-eu-eio-not-bound = 两国均为欧洲联盟成员国，但欧洲调查令对{ $state }不具约束力（丹麦和爱尔兰不参加第2014/41/EU号指令）：适用司法协助条约
bases-data-eu-not-member = 根据数据，{ $state }在该日期不是欧洲联盟成员国：{ $reason }
bases-data-eu-unknown = 无法从数据得知{ $state }在该日期是否为欧洲联盟成员国：{ $reason }
bases-tool-eaw = 欧洲逮捕令
bases-tool-eio = 欧洲调查令
bases-cond-uncac = 该行为或洗钱所涉收益的来源犯罪是否为根据《反腐败公约》确立的腐败犯罪
bases-cond-drugs = 所洗收益是否来自《1988年公约》第3条第1款(a)项所列的毒品贩运犯罪
bases-cond-electronic = 该犯罪是否与计算机系统或数据有关，或请求是否寻求电子形式的证据（《布达佩斯公约》第25条第1款）
bases-cond-threshold = 两国法律是否均对该犯罪处以至少一年的剥夺自由（《欧洲引渡公约》第2条第1款）
bases-reason-not-yet = 其对该国于{ $date }生效
bases-reason-not-listed = 截至{ $list }的缔约方名单中没有该国
bases-reason-signatory = 截至{ $list }，该国已签署但尚未同意受其约束
bases-reason-withdrew = 该国已退出；其受约束的最后一日为{ $date }
bases-reason-after-list = 所查阅的名单反映截至{ $list }的情况，其后的同意不会列入
bases-reason-partial = 所查阅的名单不完整，其中没有该国
bases-reason-eif-unrecorded = 该国于{ $date }表示同意，但所查阅的来源未载明生效日期
bases-preferred = 实务人员通常会就本请求使用{ $name }：{ $why }
bases-why-eu = 在成员国之间，相互承认取代引渡和大部分协助请求
bases-why-regional = 对两国均有约束力的区域公约规范两国之间的此类请求，本公约的规定与之并行适用
bases-why-specific = 这是专为此类犯罪制定、在两国之间有效的公约
