# Art. 14 (disposición del producto del delito o de los bienes decomisados): disposición, devolución, reparto.

art14-disposal = El Estado requerido, { $requested }, dispone de lo que decomisa de conformidad con su derecho interno y sus procedimientos
art14-return-missing = No se indica si el Estado requirente, { $requesting }, pide la devolución de los bienes (para indemnizar a las víctimas o devolverlos a sus propietarios legítimos)
art14-return-not-asked = El Estado requirente, { $requesting }, no pide la devolución de los bienes: el art. 14(2) no entra en juego
art14-return-permitted = El Estado requirente, { $requesting }, pide la devolución de los bienes y el derecho del Estado requerido, { $requested }, lo permite (según consta en el caso): el Estado requerido da consideración prioritaria a la devolución de los bienes al Estado requirente a fin de que este pueda indemnizar a las víctimas o devolverlos a sus propietarios legítimos
art14-return-not-permitted = El derecho del Estado requerido, { $requested }, no permite la devolución (según consta en el caso)
art14-return-depends = El Estado requirente, { $requesting }, pide la devolución de los bienes: el Estado requerido, { $requested }, le da consideración prioritaria en la medida en que lo permita su derecho interno
art14-sharing = El Estado requerido puede convenir en aportar el valor de los bienes a la cuenta de las Naciones Unidas prevista en el art. 30(2)(c) y a organismos intergubernamentales, o en repartirlo con otros Estados
