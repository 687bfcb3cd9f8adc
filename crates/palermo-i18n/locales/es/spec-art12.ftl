# Lo que examina cada constatación de art12.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art12.rs), en el orden del razonamiento.

spec-art12-6-bank-secrecy = Puede ordenarse la presentación o la incautación de documentos bancarios, financieros o comerciales; el secreto bancario no es motivo para negarse a actuar.

# Los párrafos que este módulo no codifica (NOT_ENCODED).
not-encoded-art12-1 = Cada Estado permite, en la mayor medida posible en su ordenamiento jurídico, el decomiso del producto de los delitos comprendidos en la Convención (o de bienes de valor equivalente) y de los instrumentos utilizados o destinados a utilizarse en su comisión: facultades propias del Estado, en las que se apoya la cooperación del art. 13; no se examina en un caso.
not-encoded-art12-2 = Cada Estado permite la identificación, la localización, el embargo preventivo o la incautación de esos elementos con miras a su eventual decomiso: facultades propias del Estado, en las que se apoya el art. 13(2); no se examina en un caso.
not-encoded-art12-3 = Producto del delito transformado o convertido en otros bienes: esos bienes quedan sujetos a las mismas medidas. No se examina en un caso.
not-encoded-art12-4 = Producto del delito mezclado con bienes adquiridos de fuentes lícitas: esos bienes pueden ser objeto de decomiso hasta el valor estimado del producto entremezclado. No se examina en un caso.
not-encoded-art12-5 = Los ingresos u otros beneficios derivados del producto del delito, de bienes en los que se haya transformado o convertido o de bienes con los que se haya entremezclado quedan sujetos a las mismas medidas. No se examina en un caso.
not-encoded-art12-7 = Los Estados pueden considerar la posibilidad de exigir a un delincuente que demuestre el origen lícito del presunto producto del delito o de otros bienes expuestos a decomiso, en la medida en que ello sea conforme con los principios de su derecho interno: una opción para el derecho de cada Estado, no examinada en un caso.
not-encoded-art12-8 = El artículo no se interpreta en perjuicio de los derechos de terceros de buena fe: para la cooperación a efectos de decomiso se examina en su lugar el art. 13(8).
not-encoded-art12-9 = Las medidas del artículo se definen y aplican de conformidad con el derecho interno de cada Estado: una reserva general, sin decisión propia.
