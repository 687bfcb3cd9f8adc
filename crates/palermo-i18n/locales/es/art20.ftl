# CDOT, art. 20 (técnicas especiales de investigación): mensajes de las conclusiones.

art20-technique-missing = No se indica la técnica solicitada (entrega vigilada, vigilancia, operación encubierta)
art20-technique-controlled-delivery = la entrega vigilada
art20-technique-surveillance = la vigilancia electrónica o de otra índole
art20-technique-undercover = las operaciones encubiertas
art20-duty-controlled = el art. 20(1) lo obliga a permitir que sus autoridades competentes recurran a la entrega vigilada en su territorio, dentro de sus posibilidades y en las condiciones prescritas por su derecho interno
art20-duty-other = el art. 20(1) le permite autorizar, cuando lo considere apropiado, que sus autoridades competentes la utilicen en su territorio, en las condiciones prescritas por su derecho interno
art20-domestic-permitted = Los principios fundamentales del ordenamiento jurídico del Estado requerido ({ $state }) permiten { $technique } (según consta en el caso): { $duty }. Se trata de una obligación relativa a lo que su propio derecho permite, no de una obligación de ejecutar esta solicitud, sobre la que decide caso por caso (art. 20(3)) salvo que se aplique un acuerdo (art. 20(2))
art20-domestic-not-permitted = Los principios fundamentales del ordenamiento jurídico del Estado requerido ({ $state }) no permiten { $technique } (según consta en el caso): el art. 20(1) no exige nada de ese Estado al respecto, y la Convención no ofrece ningún otro fundamento para exigirlo
art20-domestic-open = Corresponde al derecho del Estado requerido ({ $state }) determinar si los principios fundamentales de su ordenamiento jurídico permiten { $technique }; en caso afirmativo, { $duty }. Se trata de una obligación relativa a lo que su propio derecho permite, no de una obligación de ejecutar esta solicitud, sobre la que decide caso por caso (art. 20(3)) salvo que se aplique un acuerdo (art. 20(2))
art20-agreement-binds = Un acuerdo sobre técnicas especiales de investigación vincula a ambos Estados: se aplica en estricta conformidad con sus disposiciones (art. 20(2))
art20-agreement-case-by-case = Sin acuerdo propio: los Estados deciden caso por caso y pueden tener en cuenta arreglos financieros y entendimientos relativos al ejercicio de jurisdicción (art. 20(3))
art20-legal-basis-yes = Sí, como facultad: la Convención permite recurrir a la técnica con el Estado requerido ({ $requested }) respecto de este delito comprendido en la Convención, en virtud de un acuerdo o caso por caso; no impone obligación alguna de dar curso a esta solicitud, y es el derecho del Estado requerido el que determina si la técnica está disponible en su territorio (art. 20(1))
art20-legal-basis-not-in-force = No: la Convención no está en vigor entre ambos Estados
art20-legal-basis-not-covered = No: el art. 20(2)-(3) se refiere a los delitos comprendidos en la Convención, y este no lo está
art20-legal-basis-open = Indeterminado: no está establecido si la Convención se aplica a esta investigación
art20-delivery-no-route = Con el consentimiento de cada Estado interesado, los bienes pueden ser interceptados y autorizados a proseguir intactos, o retirados o sustituidos total o parcialmente; como no se indica la ruta, no se designan los Estados cuyo consentimiento se requiere además del Estado requirente ({ $requesting }) y del Estado requerido ({ $requested }) (indíquese request.route_states)
art20-delivery-two-states = La ruta ({ $route }) no atraviesa ningún Estado distinto del Estado requirente ({ $requesting }) y del Estado requerido ({ $requested }): con su consentimiento, y por decisión adoptada caso por caso, los bienes pueden ser interceptados y autorizados a proseguir intactos, o retirados o sustituidos total o parcialmente
art20-delivery-all-consent = Todos los demás Estados de la ruta consienten ({ $states }, según consta en el caso): con el consentimiento también del Estado requirente ({ $requesting }) y del Estado requerido ({ $requested }), y por decisión adoptada caso por caso, los bienes pueden ser interceptados y autorizados a proseguir intactos, o retirados o sustituidos total o parcialmente
art20-delivery-refused = { $states ->
    [one] El Estado { $states }, situado en la ruta, no consiente (según consta en el caso): la entrega no puede atravesar su territorio según lo previsto; cada Estado interesado debe consentir
   *[other] Los Estados { $states }, situados en la ruta, no consienten (según consta en el caso): la entrega no puede atravesar su territorio según lo previsto; cada Estado interesado debe consentir
}
art20-delivery-open = La ruta ({ $route }) atraviesa { $states }, cuyo consentimiento se requiere y no consta; cada Estado interesado debe consentir antes de que los bienes puedan ser interceptados y autorizados a proseguir intactos, o retirados o sustituidos total o parcialmente
art20-sovereignty-what = La técnica se utiliza
