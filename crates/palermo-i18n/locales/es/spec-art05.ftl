# Lo que examina cada constatación de art05.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art05.rs), en el orden del razonamiento.

spec-art5-1-a-i-agreement = Modelo del acuerdo: acordar intencionalmente con otra persona la comisión de un delito grave con un propósito relacionado con la obtención de un beneficio de orden material. Los Estados pueden exigir además un acto perpetrado en virtud del acuerdo o la participación de un grupo delictivo organizado (se citan las notificaciones hechas con arreglo al art. 5(3)).
spec-art5-1-a-ii-active-participation = Modelo de la participación: conociendo la finalidad o la intención del grupo, participar activamente en sus actividades ilícitas, o en sus otras actividades a sabiendas de que esa participación contribuirá al logro de la finalidad delictiva; el grupo debe ser un grupo delictivo organizado.
spec-art5-1-b-organizing = Organizar, dirigir, ayudar, incitar, facilitar o asesorar en aras de la comisión de un delito grave que entrañe la participación de un grupo delictivo organizado: obligatorio para todo Estado.
spec-art5-offence = ¿Constituye la conducta, descrita por sus elementos, un delito del art. 5? Los dos modelos del art. 5(1)(a), o el art. 5(1)(b), obligan a todo Estado; uno solo de los modelos depende del modelo que haya elegido el Estado cuyo derecho califica el delito.

# Los párrafos que este módulo no codifica (NOT_ENCODED).
not-encoded-art5-2 = El conocimiento, la intención, la finalidad, el propósito o el acuerdo podrán inferirse de circunstancias fácticas objetivas: una regla de prueba para los tribunales; el caso indica directamente los elementos de la conducta.
