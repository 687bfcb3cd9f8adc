# Firearms Protocol (FP), arts. 3 and 5: the offence of art. 5(1).

firearms-offence-yes = Illicit manufacturing of or trafficking in firearms, parts, components or ammunition, or tampering with their markings, intentionally (FP arts. 3, 5)
firearms-offence-no = Not an offence of FP art. 5(1)
firearms-offence-undetermined = Whether the conduct is an offence of FP art. 5(1) is not settled: an element is not given
