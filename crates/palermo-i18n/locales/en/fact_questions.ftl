# Missing facts as questions (fact_questions.rs). $offence: the offence's
# number in [[offences]], or 0 for the case's only offence; $state: a State
# (its name with its code); $path: a fact path the catalogue has no question for.

fq-unknown = What is `{ $path }`?
fq-max-penalty = What is the statutory maximum penalty for { $offence ->
    [0] the offence
   *[other] offence { $offence }
} under the law of { $state }?
fq-punishable-in = Is the conduct of { $offence ->
    [0] the offence
   *[other] offence { $offence }
} an offence under the law of { $state }?
fq-punishable-when-committed = Was the conduct of { $offence ->
    [0] the offence
   *[other] offence { $offence }
} an offence under the law of { $state } when it was committed?
fq-committed-in = In which States was { $offence ->
    [0] the offence
   *[other] offence { $offence }
} committed?
fq-prepared-in = In which States did a substantial part of the preparation, planning, direction or control of { $offence ->
    [0] the offence
   *[other] offence { $offence }
} take place?
fq-substantial-effects-in = In which States did { $offence ->
    [0] the offence
   *[other] offence { $offence }
} have substantial effects?
fq-involves-group = Did the group take part in { $offence ->
    [0] the offence
   *[other] offence { $offence }
}?
fq-convention-offences = Is { $offence ->
    [0] the offence
   *[other] offence { $offence }
} an offence established by the Convention or a Protocol (arts. 5, 6, 8, 23; TIP art. 5; SOM art. 6; FP art. 5), or none?
fq-el-predicate-punishable-in = Is the offence that produced the proceeds laundered in { $offence ->
    [0] the offence
   *[other] offence { $offence }
} an offence under the law of { $state }?
fq-el-intentional = Was { $offence ->
    [0] the offence
   *[other] offence { $offence }
} committed intentionally?
fq-el-tip-acts = Which acts does { $offence ->
    [0] the offence
   *[other] offence { $offence }
} involve: recruitment, transportation, transfer, harbouring or receipt of persons?
fq-el-tip-means = Which means were used in { $offence ->
    [0] the offence
   *[other] offence { $offence }
} (force or coercion, abduction, fraud or deception, abuse of power or vulnerability, payments to a person in control), if any?
fq-el-tip-purposes = For what purpose of exploitation was { $offence ->
    [0] the offence
   *[other] offence { $offence }
} committed?
fq-el-victim-age = How old was the victim of { $offence ->
    [0] the offence
   *[other] offence { $offence }
} at the time?
fq-el-procured-illegal-entry = Did { $offence ->
    [0] the offence
   *[other] offence { $offence }
} procure a person's illegal entry into a State of which the person is neither a national nor a permanent resident?
fq-el-smuggling-motive = Why was { $offence ->
    [0] the offence
   *[other] offence { $offence }
} committed: for a financial or other material benefit, for humanitarian reasons, to help family, or for none?
fq-el-firearms-conduct = Does { $offence ->
    [0] the offence
   *[other] offence { $offence }
} involve illicit manufacturing of or trafficking in firearms, or tampering with their markings?
fq-el-participation-conduct = How did the person take part in the group in { $offence ->
    [0] the offence
   *[other] offence { $offence }
}: agreeing to commit a serious crime, taking an active part in its criminal or other activities, or organizing, directing, aiding or counselling?
fq-el-object-crime-serious = Is the crime agreed on or organized in { $offence ->
    [0] the offence
   *[other] offence { $offence }
} a serious crime (a maximum of at least four years)?
fq-el-agreement-benefit = Did the agreement in { $offence ->
    [0] the offence
   *[other] offence { $offence }
} serve to obtain a financial or other material benefit?
fq-el-knew-group-aim = In { $offence ->
    [0] the offence
   *[other] offence { $offence }
}, did the person know the group's aim and general criminal activity, or its intention to commit the crimes in question?
fq-el-knew-contribution = In { $offence ->
    [0] the offence
   *[other] offence { $offence }
}, did the person know that taking part in the group's other activities would contribute to its criminal aim?
fq-el-laundering-conduct = What did { $offence ->
    [0] the offence
   *[other] offence { $offence }
} do with the property: convert or transfer it, conceal or disguise it, acquire, possess or use it, or take part in such conduct?
fq-el-knew-proceeds = In { $offence ->
    [0] the offence
   *[other] offence { $offence }
}, did the person know the property was proceeds of crime (for acquisition, possession or use: at receipt)?
fq-el-laundering-purpose = Why was the property converted or transferred in { $offence ->
    [0] the offence
   *[other] offence { $offence }
}: to conceal its illicit origin, to help an offender evade the consequences, or neither?
fq-el-predicate = What offence produced the proceeds laundered in { $offence ->
    [0] the offence
   *[other] offence { $offence }
}: a serious crime, an offence under art. 5, 8 or 23, or another?
fq-el-predicate-committed-in = In which State was the offence that produced the proceeds laundered in { $offence ->
    [0] the offence
   *[other] offence { $offence }
} committed?
fq-el-self-laundering = Did the person who laundered the proceeds in { $offence ->
    [0] the offence
   *[other] offence { $offence }
} also commit the offence that produced them?
fq-el-bribery = In { $offence ->
    [0] the offence
   *[other] offence { $offence }
}, was the advantage promised, offered or given (active), or solicited or accepted (passive)?
fq-el-official = Whose official is involved in { $offence ->
    [0] the offence
   *[other] offence { $offence }
}: a national public official, a foreign public official, or an international civil servant?
fq-el-undue-advantage = Was an undue advantage promised, offered, given, solicited or accepted in { $offence ->
    [0] the offence
   *[other] offence { $offence }
}?
fq-el-official-act = Was the advantage in { $offence ->
    [0] the offence
   *[other] offence { $offence }
} meant to make the official act or refrain from acting in the exercise of official duties?
fq-el-obstruction-means = Which means were used in { $offence ->
    [0] the offence
   *[other] offence { $offence }
}: physical force, threats, intimidation, or an undue advantage?
fq-el-obstruction-aim = What did { $offence ->
    [0] the offence
   *[other] offence { $offence }
} aim at: false testimony, interfering with testimony or evidence, or interfering with an official's duties?
fq-el-proceeding-covered = Does the proceeding, or the official's duties, obstructed in { $offence ->
    [0] the offence
   *[other] offence { $offence }
} concern offences covered by the Convention?
fq-group-members = How many persons does the group have?
fq-group-randomly-formed = Was the group formed at random for the immediate commission of one offence?
fq-group-exists-for-period = Has the group existed for a period of time?
fq-group-acts-in-concert = Do the group's members act in concert?
fq-group-aims = What does the group aim at: serious crimes, Convention offences, or other?
fq-group-benefit = Does the group seek a financial or other material benefit?
fq-group-active-in = In which States does the group engage in criminal activity?
fq-suspicion-transnational = Has the requesting State reasonable grounds to suspect the offence is transnational (incl. victims, witnesses, proceeds, instrumentalities or evidence in the requested State)?
fq-suspicion-organized-criminal-group = Has the requesting State reasonable grounds to suspect an organized criminal group is involved?
fq-request-requesting-state = Which State makes the request (the requesting State)?
fq-request-requested-state = Which State is the request addressed to (the requested State)?
fq-request-kind = What kind of cooperation is requested?
fq-request-person-habitual-residence = The alleged offender having no nationality, in which State does he or she habitually reside (art. 15(2)(b))?
fq-request-confiscation-measure = Is the requested State asked to obtain its own confiscation order, to give effect to the requesting State's order, or to identify, trace, freeze or seize (art. 13(1)(a), 13(1)(b), 13(2))?
fq-request-property-in-requested-state = Is the property to be confiscated in the territory of the requested State (art. 13(1))?
fq-request-return-requested = Does the requesting State ask for the confiscated property back, to compensate the victims or return it to its legitimate owners (art. 14(2))?
fq-request-investigative-technique = Which special investigative technique is sought: controlled delivery, electronic or other surveillance, or undercover operations (art. 20(1))?
fq-other-base-in-force-between = Does the case's other legal basis no. { $n } bind both States?
fq-other-base-kinds = Which kinds of cooperation does the case's other legal basis no. { $n } provide for?
fq-other-base-covers-offence = Does the case's other legal basis no. { $n } reach this offence?
fq-request-treaty-in-force = Is another treaty for this kind of cooperation in force between the two States?
fq-request-agreed-to-apply-art18-9-29 = Have the two States agreed to apply art. 18(9)-(29) instead of their treaty?
fq-request-measures = Which assistance is sought (art. 18(3))?
fq-request-person-located-in = Where is { $extradition ->
    [true] the person sought
   *[false] the alleged offender
} located?
fq-request-person-nationalities = What are the nationalities of { $extradition ->
    [true] the person sought
   *[false] the alleged offender
}?
fq-request-sentence-enforcement = Is extradition sought to enforce a sentence already imposed?
fq-request-fiscal-aspects = Does the offence also involve fiscal matters?
fq-request-concerns-legal-person = Do the proceedings concern the liability of a legal person (art. 18(2))?
fq-request-route-states = Which States does the controlled delivery cross, from origin to destination (art. 20(4))?
fq-request-route-consent = Does { $state } consent to the controlled delivery crossing its territory (art. 20(4))?
fq-states-untoc-consent = When did { $state } deposit its instrument of ratification, acceptance, approval or accession to the Convention (or has it none)?
fq-states-extradition-requires-treaty = Does { $state } make extradition conditional on the existence of a treaty?
fq-states-convention-as-extradition-basis = Did { $state } notify that it takes the Convention as the legal basis for extradition (art. 16(5)(a))?
fq-states-central-authority = Which central authority has { $state } designated for mutual legal assistance (art. 18(13))?
fq-states-languages = Which languages does { $state } accept for requests (art. 18(14))?
fq-states-within-competence = Is the matter within the declared competence of { $state }?
fq-states-protocol = When did { $state } deposit its instrument for the { $protocol } (or has it none)?
fq-protocol-tip = Trafficking in Persons Protocol
fq-protocol-som = Migrant Smuggling Protocol
fq-protocol-firearms = Firearms Protocol
