# CDOT art. 4, protección de la soberanía: actuación en el territorio del Estado requerido (4(2)).

# `what`: la actuación, formulada por la regla que llama.
art04-sovereignty = { $what }: en el territorio del Estado requerido ({ $requested }), solo con su consentimiento y con arreglo a su derecho; la Convención no faculta a ningún Estado para ejercer allí funciones reservadas exclusivamente a las autoridades de ese Estado
