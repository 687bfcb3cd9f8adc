//! Missing facts as questions a practitioner can ask: the fact path
//! (`offence.max_penalty.KEN`) becomes "What is the statutory maximum …?".

/// The question that supplies the fact at `path`.
pub fn question_for(path: &str) -> String {
    let (prefix, rest) = match path.split_once('.') {
        Some(x) => x,
        None => return format!("What is `{path}`?"),
    };
    let offence = if prefix == "offence" {
        "the offence".to_string()
    } else if let Some(n) = prefix
        .strip_prefix("offences[")
        .and_then(|s| s.strip_suffix(']'))
    {
        format!("offence {n}")
    } else {
        String::new()
    };
    let tail = |p: &str| rest.strip_prefix(p).map(str::to_string);
    if !offence.is_empty() {
        if let Some(s) = tail("max_penalty.") {
            return format!(
                "What is the statutory maximum penalty for {offence} under the law of {s}?"
            );
        }
        if let Some(s) = tail("punishable_in.") {
            return format!("Is the conduct of {offence} an offence under the law of {s}?");
        }
        if let Some(s) = tail("punishable_when_committed.") {
            return format!(
                "Was the conduct of {offence} an offence under the law of {s} when it was committed?"
            );
        }
        if let Some(field) = tail("elements.") {
            return element_question(&offence, &field)
                .unwrap_or_else(|| format!("What is `{path}`?"));
        }
        return match rest {
            "committed_in" => format!("In which States was {offence} committed?"),
            "prepared_in" => format!("In which States did a substantial part of the preparation, planning, direction or control of {offence} take place?"),
            "substantial_effects_in" => format!("In which States did {offence} have substantial effects?"),
            "involves_group" => format!("Did the group take part in {offence}?"),
            "convention_offences" => format!("Is {offence} an offence established by the Convention or a Protocol (arts. 5, 6, 8, 23; TIP art. 5; SOM art. 6; FP art. 5), or none?"),
            _ => format!("What is `{path}`?"),
        };
    }
    match prefix {
        "group" => match rest {
            "members" => "How many persons does the group have?".into(),
            "randomly_formed" => "Was the group formed at random for the immediate commission of one offence?".into(),
            "exists_for_period" => "Has the group existed for a period of time?".into(),
            "acts_in_concert" => "Do the group's members act in concert?".into(),
            "aims" => "What does the group aim at: serious crimes, Convention offences, or other?".into(),
            "benefit" => "Does the group seek a financial or other material benefit?".into(),
            "active_in" => "In which States does the group engage in criminal activity?".into(),
            _ => format!("What is `{path}`?"),
        },
        "suspicion" => match rest {
            "transnational" => "Has the requesting State reasonable grounds to suspect the offence is transnational (incl. victims, witnesses, proceeds, instrumentalities or evidence in the requested State)?".into(),
            "organized_criminal_group" => "Has the requesting State reasonable grounds to suspect an organized criminal group is involved?".into(),
            _ => format!("What is `{path}`?"),
        },
        "request" => match rest {
            "treaty_in_force" => "Is another treaty for this kind of cooperation in force between the two States?".into(),
            "agreed_to_apply_art18_9_29" => "Have the two States agreed to apply art. 18(9)-(29) instead of their treaty?".into(),
            "measures" => "Which assistance is sought (art. 18(3))?".into(),
            "person_located_in" => "Where is the person sought located?".into(),
            "person_nationalities" => "What are the nationalities of the person sought?".into(),
            "sentence_enforcement" => "Is extradition sought to enforce a sentence already imposed?".into(),
            "fiscal_aspects" => "Does the offence also involve fiscal matters?".into(),
            "concerns_legal_person" => "Do the proceedings concern the liability of a legal person (art. 18(2))?".into(),
            "route_states" => "Which States does the controlled delivery cross, from origin to destination (art. 20(4))?".into(),
            r if r.starts_with("route_consent.") => format!("Does {} consent to the controlled delivery crossing its territory (art. 20(4))?", r.trim_start_matches("route_consent.")),
            _ => format!("What is `{path}`?"),
        },
        "states" => {
            let (state, field) = rest.split_once('.').unwrap_or((rest, ""));
            match field {
                "untoc_consent" => format!("When did {state} deposit its instrument of ratification, acceptance, approval or accession to the Convention (or has it none)?"),
                "extradition_requires_treaty" => format!("Does {state} make extradition conditional on the existence of a treaty?"),
                "convention_as_extradition_basis" => format!("Did {state} notify that it takes the Convention as the legal basis for extradition (art. 16(5)(a))?"),
                "central_authority" => format!("Which central authority has {state} designated for mutual legal assistance (art. 18(13))?"),
                "languages" => format!("Which languages does {state} accept for requests (art. 18(14))?"),
                "within_competence" => format!("Is the matter within {state}'s declared competence?"),
                f if f.starts_with("protocols.") => format!("When did {state} deposit its instrument for the {} Protocol (or has it none)?", f.trim_start_matches("protocols.").to_uppercase()),
                _ => format!("What is `{path}`?"),
            }
        }
        _ => format!("What is `{path}`?"),
    }
}

/// The question for one element of `[offence.elements]`.
fn element_question(offence: &str, field: &str) -> Option<String> {
    if let Some(s) = field.strip_prefix("predicate_punishable_in.") {
        return Some(format!(
            "Is the offence that produced the proceeds laundered in {offence} an offence under the law of {s}?"
        ));
    }
    let q = match field {
        "intentional" => format!("Was {offence} committed intentionally?"),
        "tip_acts" => format!("Which acts does {offence} involve: recruitment, transportation, transfer, harbouring or receipt of persons?"),
        "tip_means" => format!("Which means were used in {offence} (force or coercion, abduction, fraud or deception, abuse of power or vulnerability, payments to a person in control), if any?"),
        "tip_purposes" => format!("For what purpose of exploitation was {offence} committed?"),
        "victim_age" => format!("How old was the victim of {offence} at the time?"),
        "procured_illegal_entry" => format!("Did {offence} procure a person's illegal entry into a State of which the person is neither a national nor a permanent resident?"),
        "smuggling_motive" => format!("Why was {offence} committed: for a financial or other material benefit, for humanitarian reasons, to help family, or for none?"),
        "firearms_conduct" => format!("Does {offence} involve illicit manufacturing of or trafficking in firearms, or tampering with their markings?"),
        "participation_conduct" => format!("How did the person take part in the group in {offence}: agreeing to commit a serious crime, taking an active part in its criminal or other activities, or organizing, directing, aiding or counselling?"),
        "object_crime_serious" => format!("Is the crime agreed on or organized in {offence} a serious crime (a maximum of at least four years)?"),
        "agreement_benefit" => format!("Did the agreement in {offence} serve to obtain a financial or other material benefit?"),
        "knew_group_aim" => format!("In {offence}, did the person know the group's aim and general criminal activity, or its intention to commit the crimes in question?"),
        "knew_contribution" => format!("In {offence}, did the person know that taking part in the group's other activities would contribute to its criminal aim?"),
        "laundering_conduct" => format!("What did {offence} do with the property: convert or transfer it, conceal or disguise it, acquire, possess or use it, or take part in such conduct?"),
        "knew_proceeds" => format!("In {offence}, did the person know the property was proceeds of crime (for acquisition, possession or use: at receipt)?"),
        "laundering_purpose" => format!("Why was the property converted or transferred in {offence}: to conceal its illicit origin, to help an offender evade the consequences, or neither?"),
        "predicate" => format!("What offence produced the proceeds laundered in {offence}: a serious crime, an offence under art. 5, 8 or 23, or another?"),
        "predicate_committed_in" => format!("In which State was the offence that produced the proceeds laundered in {offence} committed?"),
        "self_laundering" => format!("Did the person who laundered the proceeds in {offence} also commit the offence that produced them?"),
        "bribery" => format!("In {offence}, was the advantage promised, offered or given (active), or solicited or accepted (passive)?"),
        "official" => format!("Whose official is involved in {offence}: a national public official, a foreign public official, or an international civil servant?"),
        "undue_advantage" => format!("Was an undue advantage promised, offered, given, solicited or accepted in {offence}?"),
        "official_act" => format!("Was the advantage in {offence} meant to make the official act or refrain from acting in the exercise of official duties?"),
        "obstruction_means" => format!("Which means were used in {offence}: physical force, threats, intimidation, or an undue advantage?"),
        "obstruction_aim" => format!("What did {offence} aim at: false testimony, interfering with testimony or evidence, or interfering with an official's duties?"),
        "proceeding_covered" => format!("Does the proceeding, or the official's duties, obstructed in {offence} concern offences covered by the Convention?"),
        _ => return None,
    };
    Some(q)
}
