# Articles with no module of their own that this version does not encode
# (NOT_ENCODED in crates/palermo-rules/src/catalogue.rs; docs/legal-method.md).

not-encoded-art10 = Liability of legal persons (criminal, civil or administrative) for participation in serious crimes involving an organized criminal group and for the offences of arts. 5, 6, 8 and 23: reached only through art. 18(2) and its domestic-law question.
not-encoded-art28-31 = Collection, exchange and analysis of information on organized crime, training and technical assistance, implementation through economic development and technical assistance, and prevention: measures of each State, with no decision in a case.
not-encoded-art32-33 = The Conference of the Parties and the Secretariat: institutions of the Convention, with no decision in a case.
