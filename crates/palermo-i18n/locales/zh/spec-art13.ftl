# art13.rs 各项认定所审查的内容：`palermo explain` 显示的说明
# （crates/palermo-rules/src/art13.rs 中的 FindingSpec.description），按推理顺序排列。

spec-art13-1-covered-offence = 该犯罪是否为《公约》所涵盖？没收事宜的合作仅及于所涵盖的犯罪；否则被请求国可以拒绝（第13条第7款）。不存在第16条第1款和第18条第1款那样更宽的情形。
spec-art13-1-requesting-jurisdiction = 请求国对所涵盖的犯罪是否拥有管辖权？在其领域内实施的行为使其拥有管辖权（第15条第1款(a)项，解释）；否则由其法律决定。
spec-art13-property-in-requested-state = 犯罪所得、财产或工具是否位于被请求国境内？
spec-art13-1-a-domestic-order = 被请求国根据本国法律向其主管当局申请没收令并予以执行（在最大可能范围内）。
spec-art13-1-b-give-effect-to-order = 被请求国执行请求国签发的没收令（或依其法律规定按第13条第1款(a)项办理）。
spec-art13-2-identify-trace-freeze = 被请求国辨认、追查和冻结或扣押财产，以便最终予以没收（强制性）。
spec-art13-measure = 所请求的是第13条的哪项措施（未载明的，报告较弱的义务）。
spec-art13-6-treaty-basis = 对于以订有条约为没收事宜合作条件的国家，《公约》即为必要而充分的条约依据（一项视同规则：强制性，以第13条第6款声明的条件为限）。
spec-art13-legal-basis = 《公约》能否作为本次没收请求的法律依据：在两国之间生效、所涵盖的犯罪、请求国的管辖权、位于被请求国的财产？
spec-art13-3-contents = 没收请求除第18条第15款所列事项外还应载有的内容，按措施区分（第13条第3款(a)项至(c)项）。
spec-art13-3-mla-rules-apply = 第18条经适当变通后适用于没收请求。
spec-art13-3-dual-criminality = 通过第13条第3款适用第18条第9款：被请求国能否以该行为根据其法律不构成犯罪为由拒绝没收请求？
spec-art13-3-fiscal-not-sole-ground = 通过第13条第3款：不得仅以犯罪也被视为涉及财政事项为由拒绝。
spec-art13-4-applicable-law = 各项措施应根据被请求国的法律或对其有约束力的条约作出决定并予以实施。
spec-art13-8-third-parties = 善意第三人的权利受到保护。
spec-art13-9-agreements = 考虑缔结协定，以增强没收事宜合作的有效性（在《公约》未提供依据时报告）。

# 本模块未编码的各款（NOT_ENCODED）。
not-encoded-art13-5 = 各国向秘书长提供其实施第13条的法律和法规以及这类法律和法规随后的任何修改的副本：这是报告义务，不涉及案件中的决定。
