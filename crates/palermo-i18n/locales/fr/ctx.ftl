# Explications communes à toutes les règles (ctx.rs) : conflit entre les faits indiqués.

ctx-conflict = Conflit : les faits indiqués se contredisent
ctx-conflict-see = Conflit : les faits indiqués se contredisent (voir { $ids })
