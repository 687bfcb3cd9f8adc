# 各项规则共用的说明（ctx.rs）：所提供的事实相互矛盾。

ctx-conflict = 冲突：所提供的事实相互矛盾
ctx-conflict-see = 冲突：所提供的事实相互矛盾（见{ $ids }）
