# Articles sans module propre que cette version ne code pas
# (NOT_ENCODED dans crates/palermo-rules/src/catalogue.rs ; docs/legal-method.md).

not-encoded-art10 = Responsabilité des personnes morales (pénale, civile ou administrative) pour participation à des infractions graves impliquant un groupe criminel organisé et pour les infractions visées aux art. 5, 6, 8 et 23 : atteinte uniquement par l'art. 18(2) et sa question de droit interne.
not-encoded-art28-31 = Collecte, échange et analyse d'informations sur la criminalité organisée, formation et assistance technique, application de la Convention par le développement économique et l'assistance technique, et prévention : mesures propres à chaque État, sans décision dans une affaire.
not-encoded-art32-33 = La Conférence des Parties et le Secrétariat : institutions de la Convention, sans décision dans une affaire.
