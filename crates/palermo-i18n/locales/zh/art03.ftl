# 《公约》第3条，适用范围：跨国性质（第3条第2款）、所涵盖的犯罪（第3条第1款），以及依各议定书第1条第3款的议定书所列犯罪。

## 第3条第2款(a)项：在一个以上国家实施。
art03-2a-no-place = 未载明任何实施地
art03-2a-one-state = 仅在一个国家实施（{ $state }）
art03-2a-several-states = 在一个以上国家实施（{ $states }）
art03-2a-missing = 未载明犯罪实施地

## 第3条第2款(b)项：准备、筹划、指挥或控制发生在另一国。
art03-2b-missing = 未载明犯罪的准备、筹划、指挥或控制发生于何地
art03-2b-yes = 其准备、筹划、指挥或控制的实质性部分发生在另一国（{ $states }）
art03-2b-no = 准备、筹划、指挥或控制的实质性部分均未发生在实施地以外的国家
art03-2b-committed-missing = 在{ $states }准备，但未载明实施地

## 第3条第2款(c)项：在一个以上国家从事犯罪活动的集团。
art03-2c-yes = 涉及在一个以上国家（{ $states }）从事犯罪活动的有组织犯罪集团
art03-2c-not-active = 未记载该集团在一个以上国家从事犯罪活动
art03-2c-not-involved = 该犯罪不涉及该集团
art03-2c-no-ocg = 不涉及有组织犯罪集团
art03-2c-undetermined = 是否涉及在一个以上国家从事犯罪活动的有组织犯罪集团，尚无定论

## 第3条第2款(d)项：对另一国有重大影响。
art03-2d-missing = 未载明犯罪在何地产生重大影响
art03-2d-yes = 对另一国（{ $states }）有重大影响
art03-2d-no = 对实施地以外的国家没有重大影响
art03-2d-committed-missing = 对{ $states }有重大影响，但未载明实施地

## 第3条第2款：跨国性质。
art03-transnational-by-cases = 经逐一分析各种可能，属跨国犯罪：未载明犯罪实施地，但每种可能均符合一项情形。若在一个以上国家实施：符合(a)项。若仅在一国实施：{ $states }中至少有一国（其准备、筹划、指挥或控制的实质性部分发生地(b)或受重大影响地(d)）是另一国（其他国家不必是缔约国）
art03-transnational-yes = 属跨国犯罪：符合{ $prongs }（符合一项即可；其他国家不必是缔约国）
art03-transnational-no = 不属跨国犯罪：不符合第3条第2款所列四项情形中的任何一项
art03-transnational-undetermined = 该犯罪是否属跨国犯罪尚无定论：根据所载事实不符合任何情形，而有些情形无法评估
# 第3条第2款的各项情形，见 art03-transnational-yes。
art03-prong-a = (a)项情形
art03-prong-b = (b)项情形
art03-prong-c = (c)项情形
art03-prong-d = (d)项情形

## 《公约》和各议定书所列犯罪，各附条文（列于 `offences`）。
art03-offence-untoc-art5 = 参加有组织犯罪集团（《公约》第5条）
art03-offence-untoc-art6 = 洗钱（《公约》第6条）
art03-offence-untoc-art8 = 腐败（《公约》第8条）
art03-offence-untoc-art23 = 妨碍司法（《公约》第23条）
art03-offence-tip-art5 = 贩运人口（《人口贩运议定书》第5条）
art03-offence-som-art6 = 偷运移民（《偷运移民议定书》第6条）
art03-offence-firearms-art5 = 非法制造和贩运枪支（《枪支议定书》第5条）
# 各议定书第1条第3款，使议定书所列犯罪成为根据《公约》确立的犯罪（`articles`：以下三项的列表）。
art03-via = 依据{ $articles }
art03-article-1-3-tip = 《人口贩运议定书》第1条第3款
art03-article-1-3-som = 《偷运移民议定书》第1条第3款
art03-article-1-3-firearms = 《枪支议定书》第1条第3款

## 议定书第1条第3款：议定书所列犯罪。
art03-protocol-yes = 议定书所列犯罪：{ $offences }；在该议定书缔约方之间应视为根据《公约》确立的犯罪（{ $via }），不论其最高刑为何
art03-protocol-no = 议定书所列犯罪：{ $offences }；仅在该议定书缔约方之间视为根据《公约》确立的犯罪（{ $via }），而两国并非均为其缔约方（或要件不满足）
art03-protocol-undetermined = 议定书所列犯罪：{ $offences }（{ $via }）；两国是否均为该议定书缔约方、要件是否满足，尚无定论

## 第3条第1款(a)项：根据《公约》确立的犯罪。
art03-own-stated = 根据《公约》确立的犯罪：{ $offences }
art03-classified-yes = 根据其要件认定为根据《公约》确立的犯罪：{ $offences }
art03-classified-no = 根据所载要件，该行为不构成所对照的任何《公约》犯罪（{ $offences }）
art03-classified-domestic-law = 该行为是否构成根据《公约》确立的犯罪（{ $offences }），取决于据以定性的国家的法律
art03-classified-undetermined = 该行为是否构成根据《公约》确立的犯罪（{ $offences }）尚无定论：有一项要件未载明
art03-own-not-given = 未载明该行为是否构成第5、6、8或23条所列犯罪
art03-own-not-stated = 未载明该行为构成第5、6、8或23条所列犯罪
art03-3-1-a-protocol-yes = 作为议定书所列犯罪，{ $offences }{ $via }符合第3条第1款(a)项：议定书所列犯罪应视为根据《公约》确立的犯罪，且两国均为该议定书缔约方
art03-3-1-a-protocol-no = 作为议定书所列犯罪，{ $offences }{ $via }仅在该议定书缔约方之间符合第3条第1款(a)项，而两国并非均为其缔约方（或要件不满足）
art03-3-1-a-protocol-undetermined = 作为议定书所列犯罪，如两国均为该议定书缔约方且要件满足，{ $offences }{ $via }即符合第3条第1款(a)项，但此点尚无定论
# 按决定性顺序排列的两项结论：议定书所列犯罪单独即可决定第3条第1款(a)项时列于前。
art03-protocol-then-own = { $protocol }。关于《公约》本身所列犯罪：{ $own }
art03-own-then-protocol = { $own }。{ $protocol }
# 案件所载的定性未得到所载要件的支持（`base`：该结论的说明）。
art03-label-contradicted = { $base }；但所载要件不满足{ $offences }的要件：请核查定性

## 第3条第1款(b)项：严重犯罪，依哪国法律。
art03-whose-absent = 据以对犯罪定性的国家（请求所涉国家之一未载明）
art03-whose-requesting = 请求国（{ $requesting }）
art03-whose-requested = 被请求国（{ $requested }）
art03-whose-both = { $requesting }和{ $requested }两国
art03-whose-either = { $requesting }或{ $requested }任一国
art03-serious-yes = 根据{ $whose }的法律属严重犯罪
art03-serious-no = 根据{ $whose }的法律不属严重犯罪
art03-serious-undetermined = 根据{ $whose }的法律是否属严重犯罪，尚无定论

## 第3条第1款：该犯罪属于所涵盖的类型。
art03-kind-a = (a)根据《公约》确立的犯罪
art03-kind-a-via = (a)根据《公约》确立的犯罪（{ $via }）
art03-kind-a-directly-and-via = (a)根据《公约》确立的犯罪（直接确立，并{ $via }）
art03-kind-b = (b)严重犯罪
art03-qualifying-yes = 该犯罪属于第3条第1款所涵盖的类型：{ $kinds }
art03-qualifying-no-protocol = 该犯罪不属于第3条第1款所涵盖的任何类型：不是《公约》所列犯罪（其议定书所列犯罪{ $via }仅在该议定书缔约方之间计入），也不是严重犯罪
art03-qualifying-no = 该犯罪既不是《公约》或议定书所列犯罪，也不是严重犯罪
art03-qualifying-undetermined = 该犯罪是否属于第3条第1款所涵盖的类型，尚无定论

## 第3条第1款：涉及有组织犯罪集团。
art03-involves-yes = 该有组织犯罪集团参与了本犯罪
art03-involves-no = 该集团未参与本犯罪
art03-involves-not-ocg = 所涉集团不是有组织犯罪集团
art03-involves-undetermined = 是否有有组织犯罪集团参与本犯罪，尚无定论

## 第3条第1款：本公约所涵盖的犯罪。
art03-scope-yes = 本公约所涵盖的犯罪：属于所涵盖的类型，具有跨国性质，且涉及有组织犯罪集团
art03-scope-no = 不是本公约所涵盖的犯罪：{ $reasons }
art03-scope-undetermined = 该犯罪是否为本公约所涵盖，尚无定论
# art03-scope-no 所列理由。
art03-scope-reason-kind = 不属于所涵盖的类型
art03-scope-reason-transnational = 不具有跨国性质
art03-scope-reason-ocg = 不涉及有组织犯罪集团
