# Protocolo contra el tráfico ilícito de migrantes (Protocolo TIM), arts. 3, 5 y 6: la entrada ilegal, el beneficio, la situación de los migrantes y el delito.

## Protocolo TIM art. 3(a): la entrada ilegal.
som-entry-yes = La conducta facilitó la entrada ilegal de una persona en un Estado del cual dicha persona no es nacional ni residente permanente
som-entry-no = La conducta no facilitó la entrada ilegal de ninguna persona no nacional
som-entry-missing = No se indica si la conducta facilitó la entrada ilegal de una persona no nacional

## Protocolo TIM art. 3(a): un beneficio financiero u otro beneficio de orden material.
som-benefit-yes = Con el fin de obtener un beneficio financiero u otro beneficio de orden material
som-benefit-humanitarian = Ayuda prestada por razones humanitarias: sin el fin de obtener un beneficio de orden material, la conducta queda fuera del delito de tráfico ilícito
som-benefit-family = Ayuda prestada a familiares: sin el fin de obtener un beneficio de orden material, la conducta queda fuera del delito de tráfico ilícito
som-benefit-none = No se buscaba ningún beneficio financiero u otro beneficio de orden material
som-benefit-missing = No se indica si se buscaba un beneficio financiero u otro beneficio de orden material

## Protocolo TIM art. 5: los migrantes.
som-migrants-not-liable = Los migrantes objeto de tráfico no están sujetos a enjuiciamiento penal con arreglo al Protocolo por el hecho de haber sido objeto de él

## Protocolo TIM art. 6(1)(a): el delito.
som-offence-yes = Tráfico ilícito de migrantes: facilitar la entrada ilegal con el fin de obtener un beneficio de orden material, intencionalmente (Protocolo TIM arts. 3(a) y 6(1)(a))
som-offence-no = No es tráfico ilícito de migrantes en el sentido del Protocolo
som-offence-undetermined = No está resuelto si la conducta constituye tráfico ilícito de migrantes: no se indica un elemento
