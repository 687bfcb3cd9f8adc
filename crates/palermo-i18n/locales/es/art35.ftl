# Solución de controversias (art35.rs): arbitraje obligatorio y Corte Internacional de Justicia entre los dos Estados (CDOT art. 35; Protocolo TP art. 15, Protocolo TIM art. 20, Protocolo AF art. 16).
art35-not-in-force = No: { $instrument } no está en vigor entre los dos Estados, por lo que { $article } no los obliga entre sí
art35-opted-out = No: { $states ->
        [one] { $states } formuló
       *[other] { $states } formularon
    } una reserva respecto de { $para2 } ({ $para3 }); la reserva opera en ambos sentidos, por lo que ninguno de los dos Estados puede someter unilateralmente al arbitraje o a la Corte Internacional de Justicia una controversia con el otro sobre { $instrument }. Sigue siendo posible la negociación ({ $para1 }), y toda remisión requiere el acuerdo de ambos. Un retiro posterior de la reserva ({ $para4 }) modificaría esta situación
art35-unknown = Indeterminado: no consta si { $states } { $states ->
        [one] formuló
       *[other] formularon
    } una reserva respecto de { $para2 } (el consentimiento en obligarse se manifestó después de la fecha de los datos, o los datos no tienen fecha)
art35-yes = Sí: ni { $requesting } ni { $requested } formuló la reserva prevista en { $para3 }. Toda controversia sobre { $instrument } que no pueda resolverse mediante negociación dentro de un plazo razonable se someterá a arbitraje a solicitud de cualquiera de ellos y, si en un plazo de seis meses no logran ponerse de acuerdo sobre la organización del arbitraje, podrá remitirse a la Corte Internacional de Justicia
art35-open = Indeterminado: no está resuelto si { $instrument } obliga a los dos Estados entre sí
