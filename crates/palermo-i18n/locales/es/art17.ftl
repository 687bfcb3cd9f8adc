# CDOT, art. 17 (traslado de personas condenadas): mensajes de las conclusiones.

art17-agreements = Los Estados pueden considerar la posibilidad de celebrar acuerdos sobre el traslado de personas condenadas por delitos comprendidos en la Convención, a fin de que cumplan su condena en su país
art17-legal-basis-no = No: el art. 17 solo invita a celebrar acuerdos; la Convención no es base jurídica para el traslado de una persona condenada; { $basis } (no debe confundirse con el art. 18(10), traslado temporal para prestar testimonio, ni con el art. 16(11)-(12))
art17-basis-named = la base es el acuerdo «{ $name }»
art17-basis-agreement = la base es el acuerdo de traslado que vincula a ambos Estados
art17-basis-none = ningún acuerdo de traslado vincula a ambos Estados: solo su derecho interno (o un acuerdo futuro) puede proporcionar una base
art17-basis-unknown = la base sería un acuerdo de traslado entre ambos Estados, o su derecho interno
