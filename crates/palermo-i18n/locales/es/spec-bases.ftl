# Lo que examina cada constatación de bases.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/bases.rs), en el orden del razonamiento.

spec-bases-other-n = ¿Sirve a esta solicitud otro instrumento mencionado en el caso: que vincule a ambos Estados (según el caso), que prevea este tipo de cooperación y que abarque el delito? Nada se presume sobre otros instrumentos. Se cita la cláusula de la Convención sobre otros instrumentos para el tipo: 16(3) para la extradición, 18(6) para la asistencia y el decomiso, el artículo sobre acuerdos para los demás (17, 19, 20(2), 21, 27(2)).
spec-bases-on-top = Cuando otro tratado sirve, lo que de la Convención sigue aplicándose además (16(3) para la extradición; 18(6)-(8) para la asistencia; 18(6) por medio de los arts. 13(3), 13(4) y 13(6) para el decomiso).
spec-bases-convention-only = ¿Es la Convención, entre las bases que indica el caso, la única que sirve a esta solicitud?
