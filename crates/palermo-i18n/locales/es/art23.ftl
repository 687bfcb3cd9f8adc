# CDOT art. 23, penalización de la obstrucción de la justicia: injerencia en testimonios y pruebas (23(a)) y en las funciones de funcionarios de la justicia o de los servicios encargados de hacer cumplir la ley (23(b)).

## Art. 23(a) y (b).
art23-witness-yes = Uso de fuerza física, amenazas o intimidación, o de un beneficio indebido, para inducir a falso testimonio u obstaculizar la prestación de testimonio o la aportación de pruebas en un proceso en relación con delitos comprendidos en la Convención: un delito que todo Estado Parte debe tipificar (23(a))
art23-official-yes = Uso de fuerza física, amenazas o intimidación para obstaculizar el cumplimiento de las funciones oficiales de un funcionario de la justicia o de los servicios encargados de hacer cumplir la ley en relación con delitos comprendidos en la Convención: un delito que todo Estado Parte debe tipificar (23(b))
art23-official-bribe-only = Un beneficio indebido ofrecido a un funcionario no es un medio previsto en el art. 23(b), que exige fuerza física, amenazas o intimidación; el soborno de un funcionario corresponde al art. 8
art23-no-means = No se empleó ninguno de los medios que enumera el art. 23 (fuerza física, amenazas, intimidación o, para el art. 23(a), un beneficio indebido)
art23-not-covered = El proceso o las funciones no se refieren a delitos comprendidos en la Convención, como exige el art. 23
art23-not-intentional = No se realizó intencionalmente: fuera del art. 23
art23-witness-undetermined = No está resuelto si la conducta queda comprendida en el art. 23(a): no se indica un elemento
art23-official-undetermined = No está resuelto si la conducta queda comprendida en el art. 23(b): no se indica un elemento

## Art. 23: el delito.
art23-offence-yes = Obstrucción de la justicia, delito tipificado con arreglo al art. 23
art23-offence-no = No es un delito de obstrucción de la justicia con arreglo al art. 23
art23-offence-undetermined = No está resuelto si la conducta constituye un delito del art. 23: no se indica un elemento
