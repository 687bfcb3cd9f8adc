# CDOT, art. 19 (investigaciones conjuntas): mensajes de las conclusiones.

art19-consider-agreements-named = El Estado requirente ({ $requesting }) y el Estado requerido ({ $requested }) considerarán la posibilidad de celebrar acuerdos o arreglos en virtud de los cuales sus autoridades competentes puedan establecer órganos mixtos de investigación; según consta en el caso, ya los vincula uno («{ $name }»)
art19-consider-agreements-bound = El Estado requirente ({ $requesting }) y el Estado requerido ({ $requested }) considerarán la posibilidad de celebrar acuerdos o arreglos en virtud de los cuales sus autoridades competentes puedan establecer órganos mixtos de investigación; según consta en el caso, ya los vincula uno (un acuerdo sobre investigaciones conjuntas)
art19-consider-agreements = El Estado requirente ({ $requesting }) y el Estado requerido ({ $requested }) considerarán la posibilidad de celebrar acuerdos o arreglos en virtud de los cuales sus autoridades competentes puedan establecer órganos mixtos de investigación (obligación de considerar, no de celebrar)
art19-consider-agreements-no = No: la Convención no está en vigor entre ambos Estados, por lo que el art. 19 no los obliga entre sí
art19-consider-agreements-open = Indeterminado: no está establecido si la Convención está en vigor entre ambos Estados
art19-agreement-named = El acuerdo «{ $name }» vincula a ambos Estados: el órgano mixto de investigación se establece en virtud de ese instrumento
art19-agreement-bound = Un acuerdo sobre investigaciones conjuntas vincula a ambos Estados: el órgano mixto de investigación se establece en virtud de ese acuerdo
art19-agreement-case-by-case = A falta de un acuerdo propio, los Estados pueden concertar caso por caso la realización de una investigación conjunta
art19-sovereignty = Los Estados participantes velarán por que se respete plenamente la soberanía del Estado en cuyo territorio se efectúe la investigación ({ $state })
art19-legal-basis-yes = Sí, como facultad: la Convención permite a ambos Estados acordar una investigación conjunta respecto de este delito comprendido en la Convención (sin obligación de realizarla)
art19-legal-basis-not-in-force = No: la Convención no está en vigor entre ambos Estados
art19-legal-basis-not-covered = No: el delito no está comprendido en la Convención
art19-legal-basis-open = Indeterminado: no está establecido si la Convención se aplica a esta investigación
art19-sovereignty-what = Una investigación conjunta se lleva a cabo
