# CDOT, art. 21 (remisión de actuaciones penales) y consultas previstas en el
# art. 15(5): mensajes de las conclusiones.

art21-consultation = Los Estados { $states } investigan o enjuician la misma conducta: sus autoridades competentes celebran consultas, según proceda, a fin de coordinar sus medidas; la remisión de las actuaciones a uno de ellos (art. 21) es el paso siguiente natural
art21-consultation-one-state = Solo un Estado investiga la conducta: no procede ninguna coordinación con arreglo al art. 15(5)
art21-cannot-transfer = El Estado requirente ({ $state }) no puede remitir las actuaciones con arreglo a su derecho (según consta en el caso)
art21-cannot-take-over = El Estado requerido ({ $state }) no puede hacerse cargo de las actuaciones con arreglo a su derecho (según consta en el caso)
art21-procedure-yes = El Estado requirente ({ $requesting }) puede remitir las actuaciones y el Estado requerido ({ $requested }) puede hacerse cargo de ellas con arreglo a su derecho (según consta en el caso)
art21-procedure-open = La Convención no establece ningún procedimiento: corresponde a su derecho (y a cualquier tratado aplicable) determinar si el Estado requirente ({ $requesting }) puede remitir las actuaciones y el Estado requerido ({ $requested }) hacerse cargo de ellas
art21-legal-basis-yes = Sí, como obligación de considerar: el Estado requirente ({ $requesting }) y el Estado requerido ({ $requested }) considerarán la posibilidad de remitirse las actuaciones relativas a este delito comprendido en la Convención cuando ello obre en beneficio de la debida administración de justicia; la remisión misma requiere una base en su derecho
art21-legal-basis-not-in-force = No: la Convención no está en vigor entre ambos Estados
art21-legal-basis-not-covered = No: el art. 21 se refiere a los delitos comprendidos en la Convención, y este no lo está
art21-legal-basis-open = Indeterminado: no está establecido si la Convención se aplica a estas actuaciones
