# Lo que examina cada constatación de art13.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art13.rs), en el orden del razonamiento.

spec-art13-1-covered-offence = ¿Está el delito comprendido en la Convención? La cooperación a efectos de decomiso solo alcanza a los delitos comprendidos; en otro caso, el Estado requerido puede denegarla (13(7)). No hay un supuesto más amplio como en los arts. 16(1) y 18(1).
spec-art13-1-requesting-jurisdiction = ¿Tiene el Estado requirente jurisdicción sobre el delito comprendido? La conducta en su territorio se la confiere (art. 15(1)(a), interpretación); en otro caso, decide su derecho.
spec-art13-property-in-requested-state = ¿Se encuentran el producto del delito, los bienes o los instrumentos en el territorio del Estado requerido?
spec-art13-1-a-domestic-order = El Estado requerido solicita a sus autoridades una orden de decomiso con arreglo a su propio derecho y le da cumplimiento (en la mayor medida posible).
spec-art13-1-b-give-effect-to-order = El Estado requerido da cumplimiento a la orden de decomiso del Estado requirente (o procede conforme al art. 13(1)(a), según disponga su derecho).
spec-art13-2-identify-trace-freeze = El Estado requerido identifica, localiza y embarga preventivamente o incauta los bienes con miras a su eventual decomiso (obligatorio).
spec-art13-measure = Qué medida del art. 13 se solicita (si no se indica, se presenta la obligación más débil).
spec-art13-6-treaty-basis = Para un Estado que supedita la cooperación a efectos de decomiso a la existencia de un tratado, la Convención constituye la base convencional necesaria y suficiente (regla de presunción: obligatorio, en los términos de una eventual declaración relativa al art. 13(6)).
spec-art13-legal-basis = ¿Puede la Convención ser la base jurídica de esta solicitud de decomiso: en vigor entre los Estados, un delito comprendido, la jurisdicción del Estado requirente, bienes en el Estado requerido?
spec-art13-3-contents = Lo que debe contener una solicitud de decomiso además de lo exigido en el art. 18(15), según la medida (13(3)(a)-(c)).
spec-art13-3-mla-rules-apply = El artículo 18 se aplica mutatis mutandis a las solicitudes de decomiso.
spec-art13-3-dual-criminality = En virtud del art. 13(3), art. 18(9): ¿puede el Estado requerido denegar la solicitud de decomiso porque la conducta no constituye delito con arreglo a su derecho?
spec-art13-3-fiscal-not-sole-ground = En virtud del art. 13(3): la denegación no puede fundarse únicamente en que el delito también entraña cuestiones tributarias.
spec-art13-4-applicable-law = Las medidas se adoptan y ejecutan con arreglo al derecho del Estado requerido, o a un tratado que lo vincule.
spec-art13-8-third-parties = Se protegen los derechos de terceros de buena fe.
spec-art13-9-agreements = Considerar la posibilidad de celebrar acuerdos para aumentar la eficacia de la cooperación a efectos de decomiso (se presenta cuando la Convención no ofrece base alguna).

# Los párrafos que este módulo no codifica (NOT_ENCODED).
not-encoded-art13-5 = Cada Estado proporciona al Secretario General copias de sus leyes y reglamentos destinados a dar aplicación al art. 13 y de cualquier enmienda ulterior: una obligación de información, sin decisión en un caso.
