# Protocolo sobre armas de fuego (Protocolo AF), arts. 3 y 5: el delito del art. 5(1).

firearms-offence-yes = Fabricación o tráfico ilícitos de armas de fuego, sus piezas y componentes y municiones, o alteración de su marcación, cometidos intencionalmente (Protocolo AF arts. 3 y 5)
firearms-offence-no = No es un delito del art. 5(1) del Protocolo AF
firearms-offence-undetermined = No está resuelto si la conducta constituye un delito del art. 5(1) del Protocolo AF: no se indica un elemento
