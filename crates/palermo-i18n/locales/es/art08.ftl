# CDOT art. 8, penalización de la corrupción: soborno de funcionarios públicos nacionales (8(1)), de funcionarios públicos extranjeros o funcionarios internacionales (8(2)).

## Por qué la conducta no es soborno (argumento `reason`).
art08-reason-no-advantage = no se prometió, ofreció, concedió, solicitó ni aceptó ningún beneficio indebido
art08-reason-no-official-act = el beneficio no tenía por fin que el funcionario actuara o se abstuviera de actuar en el cumplimiento de sus funciones oficiales
art08-reason-not-intentional = no se realizó intencionalmente

## Art. 8(2): un funcionario público extranjero o un funcionario internacional (argumento `whom`).
art08-whom-foreign-official = un funcionario público extranjero
art08-whom-international-civil-servant = un funcionario internacional
art08-foreign-yes = Soborno en que interviene { $whom }: el art. 8(2) solo pide a los Estados que consideren la posibilidad de tipificarlo como delito, y el Estado que califica el delito lo ha hecho (indicado en el caso)
art08-not-bribery = No es soborno en el sentido del art. 8: { $reason }
art08-foreign-not-an-offence = Soborno en que interviene { $whom }: el art. 8(2) solo pide a los Estados que consideren la posibilidad de tipificarlo como delito, y el Estado que califica el delito no lo ha hecho (indicado en el caso)
art08-foreign-domestic-law = Soborno en que interviene { $whom }: a diferencia del soborno de funcionarios nacionales, el art. 8(2) solo pide a los Estados que consideren la posibilidad de tipificarlo como delito, por lo que determinar si lo es corresponde al derecho del Estado que califica el delito
art08-foreign-undetermined = Soborno en que interviene { $whom }, pero no se indica un elemento (beneficio indebido, acto oficial, intención); además, el art. 8(2) solo pide a los Estados que consideren la posibilidad de tipificarlo como delito

## Art. 8(1): soborno activo (8(1)(a)) y pasivo (8(1)(b)).
art08-active-yes = La promesa, el ofrecimiento o la concesión de un beneficio indebido a un funcionario público con el fin de que actúe o se abstenga de actuar en el cumplimiento de sus funciones oficiales: un delito que todo Estado Parte debe tipificar (8(1))
art08-passive-yes = La solicitud o aceptación por un funcionario público de un beneficio indebido con el fin de actuar o abstenerse de actuar en el cumplimiento de sus funciones oficiales: un delito que todo Estado Parte debe tipificar (8(1))
art08-not-bribery-8-1 = No es soborno en el sentido del art. 8(1): { $reason }
art08-official-missing = No se indica de qué Estado es el funcionario sobornado: el soborno de funcionarios nacionales es un delito obligatorio (8(1)); el de funcionarios extranjeros o internacionales, solo un delito cuya tipificación se ha de considerar (8(2))
art08-domestic-undetermined = No está resuelto si la conducta constituye soborno en el sentido del art. 8(1): no se indica un elemento

## Art. 8: el delito.
art08-offence-yes = Corrupción, delito tipificado con arreglo al art. 8
art08-offence-no = No es un delito de corrupción con arreglo al art. 8, según los hechos y las respuestas indicados
art08-offence-domestic-law = Si la conducta constituye un delito del art. 8 depende del derecho del Estado que califica el delito (art. 8(2))
art08-offence-undetermined = No está resuelto si la conducta constituye un delito del art. 8: no se indica un elemento
