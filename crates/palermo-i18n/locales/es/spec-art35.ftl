# Lo que examina cada constatación de art35.rs: las descripciones que muestra `palermo explain`
# (FindingSpec.description en crates/palermo-rules/src/art35.rs), en el orden del razonamiento.

spec-art35-2-compulsory-settlement = ¿Puede cualquiera de los dos Estados someter por sí solo una controversia con el otro acerca de la Convención a arbitraje y, después, a la Corte Internacional de Justicia? No, si alguno de ellos hizo la reserva prevista en el art. 35(3): la reserva opera recíprocamente. Un Estado obligado antes de la fecha del registro de reservas de los datos y ausente de él no hizo ninguna; para un Estado que se adhirió después, el resultado es indeterminado salvo que el caso lo indique.
spec-tip-art15-2-compulsory-settlement = Para un caso de trata entre partes en el Protocolo TP: ¿puede cualquiera de los dos Estados someter por sí solo una controversia acerca del Protocolo a arbitraje y, después, a la Corte Internacional de Justicia? No, si alguno de ellos hizo la reserva prevista en el art. 15(3) de ese Protocolo (recíproca).
spec-som-art20-2-compulsory-settlement = Lo mismo para el Protocolo contra el tráfico ilícito de migrantes (art. 20(2)-(3) del Protocolo TIM).
spec-firearms-art16-2-compulsory-settlement = Lo mismo para el Protocolo sobre armas de fuego (art. 16(2)-(3) del Protocolo AF).

# Los párrafos que este módulo no codifica (NOT_ENCODED).
not-encoded-art35-1 = Los Estados procuran solucionar mediante la negociación las controversias relacionadas con la interpretación o aplicación de la Convención: sin constatación propia; se examina el art. 35(2).
not-encoded-art35-4 = Un Estado que haya hecho la reserva prevista en el art. 35(3) podrá retirarla en cualquier momento notificándolo al Secretario General: no se recoge un retiro posterior a la fecha del registro de los datos, como indica la constatación del art. 35(2).
