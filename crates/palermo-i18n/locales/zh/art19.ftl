# 《公约》第19条（联合调查）：各项结论的消息。

art19-consider-agreements-named = 请求国（{ $requesting }）和被请求国（{ $requested }）应考虑缔结协定或安排，使其主管当局可据以建立联合调查机构；案件材料显示，已有此类协定对两国具有约束力（《{ $name }》）
art19-consider-agreements-bound = 请求国（{ $requesting }）和被请求国（{ $requested }）应考虑缔结协定或安排，使其主管当局可据以建立联合调查机构；案件材料显示，已有此类协定对两国具有约束力（一项关于联合调查的协定）
art19-consider-agreements = 请求国（{ $requesting }）和被请求国（{ $requested }）应考虑缔结协定或安排，使其主管当局可据以建立联合调查机构（这是考虑缔结的义务，而非缔结的义务）
art19-consider-agreements-no = 否：《公约》在两国之间未生效，因此第19条对两国相互之间不具约束力
art19-consider-agreements-open = 未确定：《公约》是否在两国之间生效尚未确定
art19-agreement-named = 《{ $name }》对两国具有约束力：联合调查机构依该文书建立
art19-agreement-bound = 一项关于联合调查的协定对两国具有约束力：联合调查机构依该协定建立
art19-agreement-case-by-case = 两国之间没有专门协定的，可在个案基础上商定进行联合调查
art19-sovereignty = 所涉国家应确保在其领域内开展调查的国家（{ $state }）的主权受到充分尊重
art19-legal-basis-yes = 是，属于许可性规定：《公约》允许两国就这一《公约》所涵盖的犯罪商定进行联合调查（并无进行联合调查的义务）
art19-legal-basis-not-in-force = 否：《公约》在两国之间未生效
art19-legal-basis-not-covered = 否：该犯罪不属于《公约》所涵盖的犯罪
art19-legal-basis-open = 未确定：《公约》是否适用于此项调查尚未确定
art19-sovereignty-what = 联合调查
