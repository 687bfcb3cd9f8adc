# Art. 12 (decomiso e incautación): la facultad sobre documentos bancarios en que se apoya la cooperación del art. 13.

art12-bank-secrecy = Las autoridades del Estado requerido, { $requested }, pueden ordenar la presentación o la incautación de documentos bancarios, financieros o comerciales a efectos de la solicitud; no pueden negarse a actuar amparándose en el secreto bancario
