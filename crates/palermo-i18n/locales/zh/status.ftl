# 条约状况（status.rs）：对某一国家以及在两国之间的生效（《公约》第36-38条和第40条；各项议定书关于生效的条款），以及生效之前的行为。

## 各项文书在消息中的名称。
status-instrument-untoc = 《公约》
status-instrument-tip = 《贩运人口议定书》
status-instrument-som = 《偷运移民议定书》
status-instrument-firearms = 《枪支议定书》

## 同一说明的两个部分。
status-then = { $first }；{ $then }

## 所记录的表示同意受约束的方式。
status-how-deposited = 交存其文书
status-how-ratified = 批准
status-how-accepted = 接受
status-how-approved = 核准
status-how-acceded = 加入
status-how-succeeded = 继承

## 对该国的生效日期如何根据交存日期确定。
status-rule-general = 总体生效日期为{ $general }
status-rule-later = 交存后第三十天与总体生效日期{ $general }中较晚者
status-rule-day = 交存后第三十天

status-deposit = { $state }于{ $deposit }{ $how } → 自{ $eif }起生效（{ $rule }）{ $succession ->
        [true] ；按保存人的记录，继承可自独立之日起提前生效
       *[false] {""}
    }；{ $in_force ->
        [true] 截至{ $date }有效
       *[false] 截至{ $date }尚未生效
    }
status-denounced = { $state }已退出《公约》（通知收到日期：{ $received }），自{ $effective }起生效：截至{ $date }已不再有效{ $protocol ->
        [true] （退出《公约》即不再是其各项议定书的缔约国，第40条第3款）
       *[false] {""}
    }
status-denunciation-pending = 该国退出《公约》（通知收到日期：{ $received }）仅自{ $effective }起生效

## 有记录但无交存日期的缔约国。
status-party-by = 根据截至{ $as_of }的数据，{ $state }为缔约国（见来源），但无交存日期：其交存日期不晚于{ $by }，因此{ $instrument }最迟自{ $latest }起对该国生效（{ $at_general ->
        [true] 即总体生效日期
       *[false] 即在该日交存后的第三十天
    }）
status-now-no-state = 截至{ $date }，该文书尚未对任何国家生效
status-now-denounced = 但该国已退出《公约》（通知收到日期：{ $received }），自{ $effective }起生效：截至{ $date }已不再有效{ $protocol ->
        [true] （退出《公约》即不再是其各项议定书的缔约国，第40条第3款）
       *[false] {""}
    }
status-now-in-force = 截至{ $date }有效
status-now-depends = 截至{ $date }是否已经生效取决于交存日期，而该日期没有记录：应在案件材料中提供

## 不是缔约国，或情况不明。
status-no-instrument = { $state }未交存任何文书：截至{ $date }不是缔约国
status-not-party-data = 根据截至{ $as_of }的数据，{ $state }不是缔约国：截至{ $date }不是缔约国
status-before-general = 截至{ $date }，{ $instrument }尚未对任何国家生效：其总体生效日期为{ $general }
status-unknown = { $state }：{ $why }；应在案件材料中提供交存日期（或说明未交存任何文书）
status-why-no-record = 参考数据中没有相关记录
status-why-no-deposit-date = 参考数据将该国记录为缔约国，但没有经核实的交存日期（数据：{ $file }，第{ $line }行）
status-why-later-deposit = 根据截至{ $as_of }的数据，该国不是缔约国，但此后的交存不会记录在该数据中
status-why-later-deposit-undated = 根据日期未记录的数据，该国不是缔约国，但此后的交存不会记录在该数据中

## 区域经济一体化组织（第2条(j)项、第36条第3-4款）；没有《公约》的议定书（第37条第2款）。
status-reio-within = 该事项属于其所声明的权限范围（案件材料所述）
status-reio-outside = 但该事项不属于其所声明的权限范围（案件材料所述）
status-reio-open = 作为区域经济一体化组织，其仅在所声明的权限范围内受约束，而案件材料未予确定
status-protocol-needs-convention = 但议定书仅对《公约》缔约国具有约束力，而《公约》对该国是否有效尚未确定

## 两国之间。
status-between-yes-since = 截至{ $date }，对{ $requesting }和{ $requested }均有效（两国之间自{ $since }起有效）
status-between-yes = 截至{ $date }，对{ $requesting }和{ $requested }均有效
status-between-no = 截至{ $date }，对{ $states }无效，因此《公约》不能适用于{ $requesting }与{ $requested }之间的合作
status-between-open = 截至{ $date }，《公约》是否对{ $requesting }和{ $requested }均有效尚未确定
status-protocol-pair-missing = 无法确定{ $instrument }在两国之间是否有效：请求所涉的一个国家未予说明
status-protocol-both = 截至{ $date }，{ $requesting }和{ $requested }均为{ $instrument }缔约国
status-protocol-not-both = 截至{ $date }，{ $requesting }和{ $requested }并非均为{ $instrument }缔约国：该议定书所确立的犯罪仅在其缔约国之间视为根据《公约》确立的犯罪
status-protocol-open = 截至{ $date }，{ $requesting }和{ $requested }是否均为{ $instrument }缔约国尚未确定

## 在两国之间生效之前的行为。
status-temporal-after = 该行为（{ $conduct }）发生在《公约》在两国之间生效（{ $since }）之后
status-temporal-reading = 《公约》没有关于时间效力的条款；根据通行解释，其关于合作的条款属于程序性规定，而条约不溯及既往原则（《维也纳条约法公约》第28条）涉及生效之前的行为，而此处相关的事实是请求，且请求是在生效之后提出的：《公约》可以适用
status-temporal-before-follows = 该行为（{ $conduct }）早于两国之间的生效日期（{ $since }）。{ status-temporal-reading }，且被请求缔约国{ $requested }采纳这一解释（案件材料所述）
status-temporal-before-departs = 该行为（{ $conduct }）早于两国之间的生效日期（{ $since }）。{ status-temporal-reading }（依此解释），但被请求缔约国{ $requested }的法律偏离这一解释（案件材料所述）：该国不就较早的行为根据《公约》开展合作
status-temporal-before-asked = 该行为（{ $conduct }）早于两国之间的生效日期（{ $since }）。{ status-temporal-reading }；仅需被请求缔约国{ $requested }说明其法律是否偏离这一解释
status-temporal-open = 该行为发生于{ $conduct }；是否早于两国之间的生效日期尚未确定

## 实施行为时的双重犯罪。
status-role-extradition = 双重犯罪是引渡的条件（第16条第1款）
status-role-mla = 被请求缔约国可以并非双重犯罪为由拒绝提供司法协助（第18条第9款）
status-role-confiscation = 被请求缔约国可以并非双重犯罪为由予以拒绝（第18条第9款，经由第13条第3款适用）
status-when-committed-yes = 该行为在实施时（{ $conduct }）根据{ $requesting }和{ $requested }的法律均应受处罚：合作并未使任何行为在事后成为犯罪；{ $role }
status-when-committed-no = 该行为在实施时（{ $conduct }）根据{ $states }的法律不应受处罚；{ $role }，至于事后设立的犯罪是否足够，由被请求缔约国的法律和条约决定
status-when-committed-open = 未说明该行为在实施时（{ $conduct }）根据{ $requesting }和{ $requested }的法律是否均应受处罚；{ $role }
