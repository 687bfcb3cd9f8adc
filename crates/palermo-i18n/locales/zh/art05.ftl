# 《公约》第5条，参加有组织犯罪集团行为的刑事定罪：约定（第5条第1款(a)项(i)目）、积极参与（第5条第1款(a)项(ii)目）、组织（第5条第1款(b)项）。

## 第5条第1款(a)项(i)目：约定模式。
art05-agreement-yes = 为获得金钱或其他物质利益而与他人约定实施严重犯罪，且系故意所为：属第5条第1款(a)项(i)目的约定模式
art05-agreement-not-serious = 所约定实施的犯罪不是严重犯罪：不属第5条第1款(a)项(i)目的约定模式
art05-agreement-not-intentional = 并非故意所为：不属第5条第1款(a)项(i)目
art05-agreement-no-benefit = 该约定并非为了获得金钱或其他物质利益：不属第5条第1款(a)项(i)目
art05-agreement-undetermined = 该约定是否符合第5条第1款(a)项(i)目尚无定论：有一项要件未载明
# 用 art05-then 附加于约定说明之后的分句。
art05-overt-act-done = 已有为促进该项约定的实施的行为，符合某些国家法律的要求
art05-overt-act-not-done = 没有为促进该项约定的实施的行为，要求此种行为的国家（第5条第3款）将不予接受
art05-notified-content-unknown = { $state }已根据第5条第3款通知其法律对本罪附加的要求；通知内容未有记录
# `summary`：数据所概述的通知内容。
art05-notified = { $state }已根据第5条第3款作出通知：{ $summary }
# 同一说明中的两个分句。
art05-then = { $first }；{ $then }

## 第5条第1款(a)项(ii)目：积极参与模式。
art05-participation-criminal-activities = 明知该集团的目标或意图而积极参与有组织犯罪集团的犯罪活动：属第5条第1款(a)项(ii)目a的参与模式
art05-participation-other-activities = 明知该集团的目标且明知其参与将有助于实现该目标而积极参与该集团的其他活动：属第5条第1款(a)项(ii)目b
art05-participation-not-ocg = 该集团不是有组织犯罪集团（第2条(a)项），而第5条第1款(a)项(ii)目要求如此
art05-participation-aim-unknown = 当事人不知道该集团的目标或意图：不属第5条第1款(a)项(ii)目
art05-participation-contribution-unknown = 参与该集团的其他活动但不知其有助于实现犯罪目标，不属第5条第1款(a)项(ii)目b
art05-participation-not-intentional = 并非故意所为：不属第5条第1款(a)项(ii)目
art05-participation-undetermined = 该参与是否符合第5条第1款(a)项(ii)目尚无定论：有一项要件未载明

## 第5条第1款(b)项：组织、指挥、协助、教唆、便利或参谋。
art05-organizing-yes = 组织、指挥、协助、教唆、便利或参谋实施涉及有组织犯罪集团的严重犯罪：每一缔约国均须确立的犯罪（第5条第1款(b)项）
art05-organizing-not-serious = 所组织的犯罪不是严重犯罪：不属第5条第1款(b)项
art05-organizing-no-ocg = 不涉及有组织犯罪集团：不属第5条第1款(b)项
art05-organizing-not-intentional = 并非故意所为：不属第5条第1款(b)项
art05-organizing-undetermined = 该行为是否符合第5条第1款(b)项尚无定论：有一项要件未载明

## 第5条：犯罪。
art05-offence-no-conduct = 未载明第5条第1款所列的任何行为：不构成参加犯罪
art05-offence-organizing = 第5条第1款(b)项所指的参加有组织犯罪集团罪，每一缔约国均须确立
art05-offence-both-models = 该行为同时符合第5条第1款(a)项的两种模式，因此无论缔约国选择哪种模式，均构成犯罪
art05-offence-adopted-model = 该行为符合据以定性的国家的法律所采用的第5条第1款(a)项模式（案件中载明）
art05-offence-no = 不构成第5条所指的参加有组织犯罪集团罪
art05-offence-one-model = 该行为仅符合第5条第1款(a)项的一种模式；各缔约国可选择其中一种或两种，因此在该国是否构成犯罪，由其法律决定
art05-offence-undetermined = 该行为是否构成第5条所列犯罪尚无定论：有一项要件未载明
