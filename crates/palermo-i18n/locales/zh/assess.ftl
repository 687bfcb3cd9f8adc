# 整体评估（assess.rs）：所回答的问题、两国、逐项犯罪的答复和总体结果。

## 所回答的问题。
assess-question-extradition = 《公约》能否作为从被请求国（{ $requested }）向请求国（{ $requesting }）引渡的法律依据？
assess-question-confiscation = 《公约》能否作为请求国（{ $requesting }）请求被请求国（{ $requested }）开展没收合作的法律依据？
assess-question-sentenced-persons = 《公约》能否作为在请求国（{ $requesting }）与被请求国（{ $requested }）之间移交被判刑人员的法律依据？
assess-question-joint-investigation = 《公约》能否作为请求国（{ $requesting }）与被请求国（{ $requested }）进行联合调查的依据？
assess-question-special-techniques = 《公约》能否作为应请求国（{ $requesting }）请求与被请求国（{ $requested }）使用特殊侦查手段的依据？
assess-question-transfer-of-proceedings = 《公约》能否作为将刑事诉讼从请求国（{ $requesting }）移交被请求国（{ $requested }）的依据？
assess-question-law-enforcement = 《公约》能否作为请求国（{ $requesting }）与被请求国（{ $requested }）开展执法合作的依据？
assess-question-mla = 《公约》能否作为请求国（{ $requesting }）向被请求国（{ $requested }）请求司法协助的法律依据？
assess-question-no-request = 该犯罪是否属于《公约》所涵盖的犯罪（第2条和第3条）？未提供任何请求，因此不评估任何形式的合作
assess-question-requesting-not-given = 未提供
assess-question-requested-not-given = 未提供

## 两国。
assess-state = { $state }
assess-requesting-not-given = 请求国（未提供）
assess-requested-not-given = 被请求国（未提供）
assess-the-requesting-state = 请求国
assess-the-requested-state = 被请求国

## 未提供其中一国的请求。
assess-between-not-given = 无法确定《公约》是否在两国之间生效：未提供{ $paths }
assess-request-unnamed = 未确定：请求未指明{ $states }，因此无法确定《公约》是否适用于该请求

## 涉及多项犯罪的请求中的逐项犯罪。
assess-offence-yes = 犯罪{ $offence }：是，依据适用于整个请求的途径（{ $citation }）
assess-offence-yes-by-cases = 犯罪{ $offence }：是，依据适用于整个请求的途径；无论案情未说明的问题如何解决，该途径均成立（见答复）
assess-offence-not-in-force = 犯罪{ $offence }：否，《公约》在两国之间未生效
assess-offence-not-reached = 犯罪{ $offence }：否，该条不适用于该犯罪（{ $id }）
assess-offence-no-route = 犯罪{ $offence }：否，本项请求无可用途径
assess-offence-conflict = 犯罪{ $offence }：冲突，所提供的事实相互矛盾
assess-offence-open = 犯罪{ $offence }：尚未确定（缺少{ $n }项事实）

## 整个请求。
assess-aggregate-yes = 在{ $n }项犯罪中，对犯罪{ $offences }为是
assess-aggregate-no = 全部{ $n }项犯罪均为否
assess-aggregate-open = 对犯罪{ $offences }尚未确定；没有任何一项犯罪能够确定结论
