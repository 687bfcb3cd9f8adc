# `palermo explain` (crates/palermo-cli/src/cmd_explain.rs): encabezados y etiquetas
# en torno a las descripciones de las constataciones (spec-*.ftl) y las preguntas.

explain-heading-findings = Constataciones que emite el motor (con [[offences]], los identificadores propios de un delito llevan #n):
explain-heading-questions = Preguntas de derecho interno (se responden en un caso bajo [domestic_law.<ISO3>]):
explain-provision-heading = { $provision }:
explain-asked-of-requested = dirigida al Estado requerido
explain-asked-of-requesting = dirigida al Estado requirente
explain-asked-of-offence-law = dirigida al Estado cuyo derecho califica el delito (véase --serious-crime-law)
explain-cited-asked-of = { $citation }; { $asked_of }
explain-true-means = true significa: { $meaning }
explain-not-encoded = no codificado
explain-no-finding = Ninguna constatación de esta versión examina { $provision }; `palermo explain` enumera las que existen.
explain-paragraphs-not-checked = (Los párrafos de { $article } no están codificados, por lo que no se comprueba si tiene un párrafo { $n }.)
explain-no-such-paragraph = no existe { $provision }: { $article } tiene { $count } párrafos
explain-no-numbered-paragraphs = no existe { $provision }: { $article } no tiene párrafos numerados (no hay párrafo { $n })
explain-unknown = `{ $what }` no es un identificador de constatación, ni un prefijo de identificador, ni una pregunta de derecho interno, ni una disposición (pruebe `art16.4.convention_as_basis`, `art16`, `16(5)(a)` o `questions`)
