# 第13条（为没收事宜进行的国际合作）：各项认定和答复。

## 第13条第1款：请求缔约国的管辖权
art13-jurisdiction-territory = 犯罪发生在请求缔约国{ $requesting }境内，该国对其拥有管辖权（第15条第1款(a)项）
art13-jurisdiction-stated-yes = 请求缔约国{ $requesting }对该犯罪拥有管辖权（案件中已载明）
art13-jurisdiction-stated-no = 请求缔约国{ $requesting }对该犯罪没有管辖权（案件中已载明）
art13-jurisdiction-place-missing = 未载明犯罪发生地；如果不在请求缔约国{ $requesting }境内，则由其本国法律决定其是否拥有管辖权
art13-jurisdiction-depends = 犯罪并非发生在请求缔约国{ $requesting }境内：其是否拥有管辖权（例如对其在国外的国民，第15条第2款）由其本国法律决定

## 第13条第1款和第2款：位于被请求缔约国的财产
art13-property-yes = 犯罪所得、财产或工具位于被请求缔约国{ $requested }境内
art13-property-no = 被请求缔约国{ $requested }境内没有可没收的财产：第13条涉及位于被请求缔约国境内的财产
art13-property-missing = 未载明犯罪所得、财产或工具是否位于被请求缔约国{ $requested }境内

## 第13条第1款(a)项、第1款(b)项和第2款：所请求的措施
art13-measure-domestic-order = 被请求缔约国{ $requested }在其本国法律制度的范围内尽最大可能将请求提交其主管当局，以便取得没收令并在取得没收令时予以执行
art13-measure-give-effect-yes = 被请求缔约国{ $requested }在其本国法律制度的范围内尽最大可能将请求缔约国的没收令提交其主管当局，以便予以执行；其法律允许这样做（案件中已载明）
art13-measure-give-effect-no = 被请求缔约国{ $requested }的法律不执行外国没收令（案件中已载明）：该国通过取得本国没收令的方式处理（第13条第1款(a)项）；义务依然存在
art13-measure-give-effect-depends = 被请求缔约国{ $requested }依照其法律制度的规定，将该没收令提交其主管当局予以执行，或取得本国没收令（第13条第1款(a)项）
art13-measure-freeze = 被请求缔约国{ $requested }依照其本国法律采取措施，辨认、追查和冻结或扣押财产，以便最终予以没收（第13条第4款）
art13-measure-missing = 未载明请求的内容（被请求缔约国的没收令、执行请求缔约国的没收令，或辨认、追查和冻结）；所报告的是较弱的义务

## 答复：本公约是否构成没收事宜合作的法律依据？
art13-strength-mandatory = 强制性义务
art13-strength-mandatory-qualified = 在国内法限度内的义务
art13-basis-yes = 是：被请求缔约国{ $requested }必须就该请求采取行动（{ $strength }）；不得以银行保密为由拒绝，且第18条适用于有关程序（第13条第3款）
art13-basis-not-in-force = 否：本公约在两国之间尚未生效
art13-basis-not-covered = 否：该犯罪不属于本公约所涵盖的犯罪，被请求缔约国{ $requested }可以此为由拒绝（第13条第7款）；不存在如引渡或司法协助那样更宽泛的第二种情形
art13-basis-no-property = 否：被请求缔约国境内没有可没收的财产
art13-basis-no-jurisdiction = 否：请求缔约国对该犯罪没有管辖权
art13-basis-undetermined = 未确定：缺少{ $n }项事实

## 第13条第6款：本公约作为条约依据
art13-treaty-in-force = 两国之间有条约约束：无需援引第13条第6款
art13-treaty-declared = 被请求缔约国{ $requested }已根据第13条第6款声明，本公约是没收事宜合作的条约依据，但须符合其声明所列条件（见出处）：在这些条件范围内，没有其他条约并不构成障碍
art13-treaty-required = 被请求缔约国{ $requested }以存在条约作为没收事宜合作的条件，而本公约即为该条约：本公约是必要而且充分的条约依据（第13条第6款；案件中已载明）
art13-treaty-not-required = 被请求缔约国{ $requested }不以存在条约作为没收事宜合作的条件：第13条第6款不适用
art13-treaty-either = 无论被请求缔约国{ $requested }是否以存在条约为条件，没有条约都不构成障碍：对于以此为条件的国家，本公约是必要而且充分的条约依据（第13条第6款）

## 经第13条第3款适用的第18条第9款：双重犯罪
art13-dual-criminality-absent = 该行为在被请求缔约国{ $requested }不构成犯罪：该国可以并非双重犯罪为由拒绝没收请求（第18条第9款，经第13条第3款适用），但仍可提供协助
art13-dual-criminality-present = 该行为在被请求缔约国{ $requested }构成犯罪：不得以并非双重犯罪为由拒绝（第18条第9款，经第13条第3款适用）
art13-dual-criminality-missing = 未载明该行为在被请求缔约国{ $requested }是否构成犯罪（如不构成，该国可拒绝：第18条第9款，经第13条第3款适用）

## 请求附带的事项
art13-agreements = 各国应考虑缔结协定，以增强没收事宜合作的有效性
art13-contents-domestic-order = 除第18条第15款所列事项外，请求还应载有对财产的说明和足够的事实陈述，以便被请求缔约国能够根据本国法律取得没收令（第13条第3款(a)项）
art13-contents-give-effect = 除第18条第15款所列事项外，请求还应载有法律上可接受的没收令副本、事实陈述以及关于请求执行没收令的范围的资料（第13条第3款(b)项）
art13-contents-freeze = 除第18条第15款所列事项外，请求还应载有事实陈述和对请求采取的行动的说明（第13条第3款(c)项）
art13-contents-missing = 除第18条第15款所列事项外，请求还应载有第13条第3款(a)项、(b)项或(c)项就所请求措施规定的内容
art13-mla-rules-apply = 第18条经适当变通后适用：中心当局、语文和形式、拒绝理由和协商（在第9至29款适用时）、拒绝的理由说明、费用、使用限制
art13-applicable-law = 有关措施依照被请求缔约国{ $requested }的本国法律和程序规则，或约束其与请求缔约国关系的条约作出决定和执行
art13-third-parties = 不得损害善意第三人的权利

## 第13条第1款和第7款：本公约所涵盖的犯罪
art13-covered-yes = 属于本公约所涵盖的犯罪：第13条适用于其犯罪所得和犯罪工具
art13-covered-no = 不属于本公约所涵盖的犯罪：被请求缔约国{ $requested }可拒绝没收事宜合作（第13条第7款）；第13条没有更宽泛的第二种情形
art13-covered-unsettled = 该犯罪是否属于本公约所涵盖的犯罪尚未确定
