# 相互竞合的法律依据（bases.rs）：案件材料所述可能约束两国的其他文书，与《公约》并列审视。

## 未注明具体名称的文书。
bases-name-bilateral = 该双边条约
bases-name-regional = 该区域公约
bases-name-uncac = 《联合国反腐败公约》
bases-name-drugs = 《1988年公约》
bases-name-budapest = 《布达佩斯公约》
bases-name-reciprocity = 互惠
bases-name-other = 该其他文书

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
