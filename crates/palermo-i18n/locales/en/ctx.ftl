# Explanations shared by every rule (ctx.rs): a conflict between the facts given.

ctx-conflict = Conflict: the facts given contradict each other
# $ids: the finding ids where the facts clash, as a list.
ctx-conflict-see = Conflict: the facts given contradict each other (see { $ids })
