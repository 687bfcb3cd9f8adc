# Explicaciones comunes a todas las reglas (ctx.rs): conflicto entre los hechos indicados.

ctx-conflict = Conflicto: los hechos indicados se contradicen
ctx-conflict-see = Conflicto: los hechos indicados se contradicen (véase { $ids })
