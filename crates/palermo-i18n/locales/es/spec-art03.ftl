# Lo que examina cada constatación de art03.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art03.rs), en el orden del razonamiento.

spec-art3-1-protocol-offence = ¿Se trata de un delito tipificado con arreglo a un Protocolo, entre partes en ese Protocolo? Tales delitos cuentan cualquiera que sea su pena máxima (art. 1(3) del Protocolo TP, TIM o AF, junto con el art. 4 de ese Protocolo); el resultado se tiene en cuenta para el art. 3(1)(a).
spec-art3-1-a-convention-offence = ¿Constituye la conducta un delito tipificado con arreglo a la Convención, de los arts. 5, 6, 8 o 23 (indicado en el caso o calificado a partir de sus elementos), o un delito tipificado con arreglo a un Protocolo entre partes en ese Protocolo, que queda comprendido en el art. 3(1)(a) en virtud del art. 1(3) del Protocolo?
spec-art3-1-b-serious-crime = ¿Es un delito grave a efectos del ámbito de aplicación, con arreglo al derecho elegido mediante --serious-crime-law (por defecto, el del Estado requirente; interpretación)?
spec-art3-1-qualifying-offence = ¿Es el delito de los que abarca el art. 3(1): (a) un delito tipificado con arreglo a la Convención, (b) un delito grave, o un delito tipificado con arreglo a un Protocolo entre sus partes?
spec-art3-2-a = Supuesto (a): se comete en más de un Estado (cualesquiera Estados, no solo Partes).
spec-art3-2-b = Supuesto (b): se comete dentro de un solo Estado, pero una parte sustancial de su preparación, planificación, dirección o control se realiza en otro Estado.
spec-art3-2-c = Supuesto (c): se comete dentro de un solo Estado, pero entraña la participación de un grupo delictivo organizado que realiza actividades delictivas en más de un Estado (las actividades del grupo, no las de este delito).
spec-art3-2-d = Supuesto (d): se comete en un solo Estado, pero tiene efectos sustanciales en otro Estado.
spec-art3-2-transnational = De carácter transnacional: se cumple cualquiera de los cuatro supuestos.
spec-art3-1-involves-ocg = ¿Entraña el delito la participación de un grupo delictivo organizado (el grupo tomó parte en él, según afirma el caso, y es un grupo delictivo organizado)?
spec-art3-1-within-scope = Delito comprendido en la Convención: un delito del art. 3(1) de carácter transnacional que entraña la participación de un grupo delictivo organizado.
