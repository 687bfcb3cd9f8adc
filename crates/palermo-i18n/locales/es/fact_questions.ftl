# Hechos que faltan, en forma de preguntas (fact_questions.rs). $offence: el
# número del delito en [[offences]], o 0 para el único delito del caso;
# $state: un Estado (su nombre y su código); $path: una ruta sin pregunta propia.

fq-unknown = ¿Cuál es el valor de `{ $path }`?
fq-max-penalty = ¿Cuál es la pena máxima prevista para { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} por el derecho del Estado { $state }?
fq-punishable-in = ¿Constituye delito la conducta { $offence ->
    [0] del delito
   *[other] del delito { $offence }
} con arreglo al derecho del Estado { $state }?
fq-punishable-when-committed = ¿Constituía delito la conducta { $offence ->
    [0] del delito
   *[other] del delito { $offence }
} con arreglo al derecho del Estado { $state } en el momento de su comisión?
fq-committed-in = ¿En qué Estados se cometió { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}?
fq-prepared-in = ¿En qué Estados se realizó una parte sustancial de la preparación, planificación, dirección o control { $offence ->
    [0] del delito
   *[other] del delito { $offence }
}?
fq-substantial-effects-in = ¿En qué Estados tuvo efectos sustanciales { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}?
fq-involves-group = ¿Participó el grupo en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}?
fq-convention-offences = ¿Es { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} un delito tipificado con arreglo a la Convención o a un Protocolo (arts. 5, 6, 8 y 23; Protocolo TP, art. 5; Protocolo TIM, art. 6; Protocolo AF, art. 5), o ninguno de ellos?
fq-el-predicate-punishable-in = ¿Constituye delito con arreglo al derecho del Estado { $state } el delito que generó el producto blanqueado en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}?
fq-el-intentional = ¿Se cometió { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} intencionalmente?
fq-el-tip-acts = ¿Qué actos comprende { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}: captación, transporte, traslado, acogida o recepción de personas?
fq-el-tip-means = ¿Qué medios se utilizaron en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} (fuerza u otras formas de coacción, rapto, fraude o engaño, abuso de poder o de una situación de vulnerabilidad, pagos a una persona que tenga autoridad sobre otra), si los hubo?
fq-el-tip-purposes = ¿Con qué fines de explotación se cometió { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}?
fq-el-victim-age = ¿Qué edad tenía la víctima { $offence ->
    [0] del delito
   *[other] del delito { $offence }
} en ese momento?
fq-el-procured-illegal-entry = ¿Facilitó { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} la entrada ilegal de una persona en un Estado del cual dicha persona no sea nacional ni residente permanente?
fq-el-smuggling-motive = ¿Por qué se cometió { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}: para obtener un beneficio económico u otro beneficio de orden material, por razones humanitarias, para ayudar a familiares, o por ninguno de esos motivos?
fq-el-firearms-conduct = ¿Comprende { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} la fabricación o el tráfico ilícitos de armas de fuego, o la alteración de sus marcas?
fq-el-participation-conduct = ¿Cómo participó la persona en el grupo en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}: acordando cometer un delito grave, participando activamente en sus actividades ilícitas o de otro tipo, u organizando, dirigiendo, ayudando o asesorando?
fq-el-object-crime-serious = ¿Es el delito acordado u organizado en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} un delito grave (pena máxima de al menos cuatro años)?
fq-el-agreement-benefit = ¿Tenía el acuerdo en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} el propósito de obtener un beneficio económico u otro beneficio de orden material?
fq-el-knew-group-aim = En { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}, ¿tenía la persona conocimiento de la finalidad y actividad delictiva general del grupo, o de su intención de cometer los delitos en cuestión?
fq-el-knew-contribution = En { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}, ¿sabía la persona que su participación en las demás actividades del grupo contribuiría al logro de su finalidad delictiva?
fq-el-laundering-conduct = ¿Qué conducta respecto de los bienes comprende { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}: conversión o transferencia, ocultación o disimulación, adquisición, posesión o utilización, o participación en tales conductas?
fq-el-knew-proceeds = En { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}, ¿sabía la persona que los bienes eran producto del delito (en caso de adquisición, posesión o utilización: en el momento de su recepción)?
fq-el-laundering-purpose = ¿Con qué propósito se convirtieron o transfirieron los bienes en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}: ocultar su origen ilícito, ayudar a un delincuente a eludir las consecuencias jurídicas de sus actos, o ninguno de ellos?
fq-el-predicate = ¿Qué delito generó el producto blanqueado en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}: un delito grave, un delito previsto en los arts. 5, 8 o 23, u otro?
fq-el-predicate-committed-in = ¿En qué Estado se cometió el delito que generó el producto blanqueado en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}?
fq-el-self-laundering = ¿Cometió también la persona que blanqueó el producto en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} el delito que lo generó?
fq-el-bribery = En { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}, ¿se prometió, ofreció o concedió el beneficio (soborno activo), o se solicitó o aceptó (soborno pasivo)?
fq-el-official = ¿Qué funcionario interviene en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}: un funcionario público nacional, un funcionario público extranjero o un funcionario internacional?
fq-el-undue-advantage = ¿Se prometió, ofreció, concedió, solicitó o aceptó un beneficio indebido en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}?
fq-el-official-act = ¿Tenía el beneficio en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} el fin de que el funcionario actuara o se abstuviera de actuar en el cumplimiento de sus funciones oficiales?
fq-el-obstruction-means = ¿Qué medios se utilizaron en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
}: fuerza física, amenazas, intimidación o un beneficio indebido?
fq-el-obstruction-aim = ¿Cuál era la finalidad { $offence ->
    [0] del delito
   *[other] del delito { $offence }
}: obtener un falso testimonio, obstaculizar un testimonio o la aportación de pruebas, u obstaculizar el cumplimiento de las funciones oficiales de un funcionario?
fq-el-proceeding-covered = ¿Se refieren el procedimiento, o las funciones del funcionario, obstaculizados en { $offence ->
    [0] el delito
   *[other] el delito { $offence }
} a delitos comprendidos en la Convención?
fq-group-members = ¿Cuántas personas integran el grupo?
fq-group-randomly-formed = ¿Se formó el grupo fortuitamente para la comisión inmediata de un delito?
fq-group-exists-for-period = ¿Existe el grupo durante cierto tiempo?
fq-group-acts-in-concert = ¿Actúan concertadamente los miembros del grupo?
fq-group-aims = ¿Cuál es la finalidad del grupo: cometer delitos graves, delitos tipificados con arreglo a la Convención, u otra?
fq-group-benefit = ¿Busca el grupo obtener un beneficio económico u otro beneficio de orden material?
fq-group-active-in = ¿En qué Estados realiza el grupo actividades delictivas?
fq-suspicion-transnational = ¿Tiene el Estado requirente motivos razonables para sospechar que el delito es de carácter transnacional (incluso que las víctimas, los testigos, el producto, los instrumentos o las pruebas se encuentran en el Estado requerido)?
fq-suspicion-organized-criminal-group = ¿Tiene el Estado requirente motivos razonables para sospechar que está involucrado un grupo delictivo organizado?
fq-request-requesting-state = ¿Qué Estado presenta la solicitud (el Estado requirente)?
fq-request-requested-state = ¿A qué Estado se dirige la solicitud (el Estado requerido)?
fq-request-kind = ¿Qué forma de cooperación se solicita?
fq-request-person-habitual-residence = Careciendo de nacionalidad el presunto delincuente, ¿en qué Estado tiene su residencia habitual (art. 15(2)(b))?
fq-request-confiscation-measure = ¿Se pide al Estado requerido que obtenga su propia orden de decomiso, que dé efecto a la orden del Estado requirente, o que identifique, localice, embargue preventivamente o incaute (art. 13(1)(a), 13(1)(b), 13(2))?
fq-request-property-in-requested-state = ¿Se encuentran los bienes que se han de decomisar en el territorio del Estado requerido (art. 13(1))?
fq-request-return-requested = ¿Pide el Estado requirente la devolución de los bienes decomisados, para indemnizar a las víctimas o restituirlos a sus propietarios legítimos (art. 14(2))?
fq-request-investigative-technique = ¿Qué técnica especial de investigación se solicita: entrega vigilada, vigilancia electrónica u otras formas de vigilancia, u operaciones encubiertas (art. 20(1))?
fq-other-base-in-force-between = ¿Vincula a ambos Estados la otra base jurídica n.º { $n } indicada en el caso?
fq-other-base-kinds = ¿Qué formas de cooperación prevé la otra base jurídica n.º { $n } indicada en el caso?
fq-other-base-covers-offence = ¿Alcanza al delito la otra base jurídica n.º { $n } indicada en el caso?
fq-request-treaty-in-force = ¿Está en vigor entre ambos Estados otro tratado relativo a este tipo de cooperación?
fq-request-agreed-to-apply-art18-9-29 = ¿Han convenido ambos Estados en aplicar el art. 18(9)-(29) en lugar de su tratado?
fq-request-measures = ¿Qué asistencia se solicita (art. 18(3))?
fq-request-person-located-in = ¿Dónde se encuentra { $extradition ->
    [true] la persona reclamada
   *[false] el presunto delincuente
}?
fq-request-person-nationalities = ¿Qué nacionalidades tiene { $extradition ->
    [true] la persona reclamada
   *[false] el presunto delincuente
}?
fq-request-sentence-enforcement = ¿Se solicita la extradición para hacer cumplir una condena ya impuesta?
fq-request-fiscal-aspects = ¿Entraña el delito también cuestiones tributarias?
fq-request-concerns-legal-person = ¿Se refieren las actuaciones a la responsabilidad de una persona jurídica (art. 18(2))?
fq-request-route-states = ¿Qué Estados atraviesa la entrega vigilada, desde el origen hasta el destino (art. 20(4))?
fq-request-route-consent = ¿Consiente el Estado { $state } en que la entrega vigilada atraviese su territorio (art. 20(4))?
fq-states-untoc-consent = ¿Cuándo depositó el Estado { $state } su instrumento de ratificación, aceptación, aprobación o adhesión a la Convención (o no ha depositado ninguno)?
fq-states-extradition-requires-treaty = ¿Supedita el Estado { $state } la extradición a la existencia de un tratado?
fq-states-convention-as-extradition-basis = ¿Notificó el Estado { $state } que considera la Convención como la base jurídica de la cooperación en materia de extradición (art. 16(5)(a))?
fq-states-central-authority = ¿Qué autoridad central ha designado el Estado { $state } para la asistencia judicial recíproca (art. 18(13))?
fq-states-languages = ¿Qué idiomas acepta el Estado { $state } para las solicitudes (art. 18(14))?
fq-states-within-competence = ¿Está la cuestión comprendida en la competencia declarada de la Parte { $state }?
fq-states-protocol = ¿Cuándo depositó el Estado { $state } su instrumento relativo al { $protocol } (o no ha depositado ninguno)?
fq-protocol-tip = Protocolo contra la trata de personas
fq-protocol-som = Protocolo contra el tráfico ilícito de migrantes
fq-protocol-firearms = Protocolo sobre armas de fuego
