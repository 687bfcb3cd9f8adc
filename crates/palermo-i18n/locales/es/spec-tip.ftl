# Lo que examina cada constatación de tip.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/tip.rs), en el orden del razonamiento.

spec-tip-art3-a-act = Primer elemento de la trata: la captación, el transporte, el traslado, la acogida o la recepción de personas.
spec-tip-art3-a-means = Segundo elemento: un medio (fuerza, coacción, rapto, fraude, engaño, abuso de poder o de una situación de vulnerabilidad, pagos); no se requiere cuando la víctima es un niño menor de dieciocho años (3(c)-(d)).
spec-tip-art3-a-purpose = Tercer elemento: el fin de explotación (la lista es un mínimo).
spec-tip-art3-b-consent = El consentimiento de la víctima no se tendrá en cuenta cuando se haya recurrido a un medio (o la víctima sea un niño).
spec-tip-art5-offence = ¿Constituye la conducta, descrita por sus elementos, trata de personas (acto, medio o víctima menor, fin, intención)?
