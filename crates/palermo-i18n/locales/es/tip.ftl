# Protocolo sobre la trata de personas (Protocolo TP), arts. 3 y 5: el acto, los medios, el fin, el consentimiento y el delito.

## Protocolo TP art. 3(a): el acto.
tip-act-yes = Captación, transporte, traslado, acogida o recepción de una persona
tip-act-no = Ninguno de los actos del art. 3(a) del Protocolo TP
tip-act-missing = No se indica qué actos se realizaron (captación, transporte, traslado, acogida, recepción)

## Protocolo TP art. 3(a), (c): los medios, o una víctima niño (`age`: la edad de la víctima en años).
tip-means-child = La víctima era un niño ({ $age ->
    [one] { $age } año
   *[other] { $age } años
}): no se requiere ningún medio (Protocolo TP art. 3(c)-(d))
tip-means-yes = Se recurrió a uno de los medios del art. 3(a) del Protocolo TP (fuerza, coacción, rapto, fraude, engaño, abuso de poder o de una situación de vulnerabilidad, o pagos)
tip-means-no = La víctima era adulta y no se recurrió a ninguno de los medios del art. 3(a) del Protocolo TP
tip-means-none-age-missing = No se recurrió a ningún medio; no se indica si la víctima era menor de 18 años (en cuyo caso no se requiere ninguno)
tip-means-missing = No se indica si se recurrió a algún medio ni si la víctima era un niño

## Protocolo TP art. 3(a): el fin.
tip-purpose-yes = Con fines de explotación (explotación sexual, trabajos forzados, esclavitud, servidumbre, extracción de órganos u otros)
tip-purpose-no = Sin fines de explotación
tip-purpose-missing = No se indica el fin (la explotación)

## Protocolo TP art. 3(b): el consentimiento.
tip-consent-irrelevant = El consentimiento de la víctima a la explotación no se tiene en cuenta: se recurrió a un medio, o la víctima era un niño
tip-consent-given = La víctima dio su consentimiento; este solo deja de tenerse en cuenta si se recurrió a un medio (Protocolo TP art. 3(b)) o si la víctima era un niño

## Protocolo TP art. 5: el delito.
tip-offence-yes = Trata de personas: acto, medio (o víctima niño) y fin, cometidos intencionalmente (Protocolo TP arts. 3 y 5)
tip-offence-not-intentional = No es trata de personas: la conducta no fue intencional
tip-offence-element-absent = No es trata de personas: falta un elemento del art. 3(a) del Protocolo TP
tip-offence-undetermined = No está resuelto si la conducta constituye trata de personas: no se indica un elemento
