//! Missing facts as questions a practitioner can ask: the fact path
//! (`offence.max_penalty.KEN`) becomes "What is the statutory maximum …?",
//! as a message (`fq-*` in `locales/<lang>/fact_questions.ftl`).

use palermo_i18n::{Arg, Msg};
use palermo_refdata::StateCode;

/// The question that supplies the fact at `path`. A path the catalogue has
/// no question for is asked as "What is `<path>`?" (`fq-unknown`).
///
/// Offence questions take `offence`: the offence's number in
/// `[[offences]]`, or 0 for the case's only offence ("the offence"). The
/// person of `request.person_*` is the person sought in an extradition
/// request and the alleged offender otherwise (arts. 15(2)(b), 15(3)-(4)),
/// so those questions take the request's `kind`.
pub fn question_for(path: &str, kind: Option<crate::facts::RequestKind>) -> Msg {
    let unknown = || msg!("fq-unknown", path = Arg::text(path));
    let extradition = kind == Some(crate::facts::RequestKind::Extradition);
    let Some((prefix, rest)) = path.split_once('.') else {
        return unknown();
    };
    let offence: Option<u32> = if prefix == "offence" {
        Some(0)
    } else {
        prefix
            .strip_prefix("offences[")
            .and_then(|s| s.strip_suffix(']'))
            .and_then(|n| n.parse().ok())
            .filter(|&n| n > 0)
    };
    if let Some(offence) = offence {
        let with_state = |id: &'static str, s: &str| {
            Msg::new(id)
                .arg("offence", offence)
                .arg("state", state_arg(s))
        };
        if let Some(s) = rest.strip_prefix("max_penalty.") {
            return with_state("fq-max-penalty", s);
        }
        if let Some(s) = rest.strip_prefix("punishable_in.") {
            return with_state("fq-punishable-in", s);
        }
        if let Some(s) = rest.strip_prefix("punishable_when_committed.") {
            return with_state("fq-punishable-when-committed", s);
        }
        if let Some(field) = rest.strip_prefix("elements.") {
            return element_question(offence, field).unwrap_or_else(unknown);
        }
        let id = match rest {
            "committed_in" => "fq-committed-in",
            "prepared_in" => "fq-prepared-in",
            "substantial_effects_in" => "fq-substantial-effects-in",
            "involves_group" => "fq-involves-group",
            "convention_offences" => "fq-convention-offences",
            _ => return unknown(),
        };
        return Msg::new(id).arg("offence", offence);
    }
    match prefix {
        "group" => match rest {
            "members" => msg!("fq-group-members"),
            "randomly_formed" => msg!("fq-group-randomly-formed"),
            "exists_for_period" => msg!("fq-group-exists-for-period"),
            "acts_in_concert" => msg!("fq-group-acts-in-concert"),
            "aims" => msg!("fq-group-aims"),
            "benefit" => msg!("fq-group-benefit"),
            "active_in" => msg!("fq-group-active-in"),
            _ => unknown(),
        },
        "suspicion" => match rest {
            "transnational" => msg!("fq-suspicion-transnational"),
            "organized_criminal_group" => msg!("fq-suspicion-organized-criminal-group"),
            _ => unknown(),
        },
        "request" => match rest {
            // Only a partial assessment misses one of the two States.
            "requesting_state" => msg!("fq-request-requesting-state"),
            "requested_state" => msg!("fq-request-requested-state"),
            "kind" => msg!("fq-request-kind"),
            "treaty_in_force" => msg!("fq-request-treaty-in-force"),
            "person_habitual_residence" => msg!("fq-request-person-habitual-residence"),
            "confiscation_measure" => msg!("fq-request-confiscation-measure"),
            "property_in_requested_state" => msg!("fq-request-property-in-requested-state"),
            "return_requested" => msg!("fq-request-return-requested"),
            "investigative_technique" => msg!("fq-request-investigative-technique"),
            "agreed_to_apply_art18_9_29" => msg!("fq-request-agreed-to-apply-art18-9-29"),
            "measures" => msg!("fq-request-measures"),
            "person_located_in" => msg!("fq-request-person-located-in", extradition = extradition),
            "person_nationalities" => {
                msg!("fq-request-person-nationalities", extradition = extradition)
            }
            "sentence_enforcement" => msg!("fq-request-sentence-enforcement"),
            "fiscal_aspects" => msg!("fq-request-fiscal-aspects"),
            "concerns_legal_person" => msg!("fq-request-concerns-legal-person"),
            "route_states" => msg!("fq-request-route-states"),
            r => match r.strip_prefix("route_consent.") {
                Some(s) => msg!("fq-request-route-consent", state = state_arg(s)),
                None => unknown(),
            },
        },
        "states" => {
            let (state, field) = rest.split_once('.').unwrap_or((rest, ""));
            let id = match field {
                "untoc_consent" => "fq-states-untoc-consent",
                "extradition_requires_treaty" => "fq-states-extradition-requires-treaty",
                "convention_as_extradition_basis" => "fq-states-convention-as-extradition-basis",
                "central_authority" => "fq-states-central-authority",
                "languages" => "fq-states-languages",
                "within_competence" => "fq-states-within-competence",
                f => match f.strip_prefix("protocols.") {
                    Some(p) => {
                        let protocol: Arg = match p {
                            "tip" => msg!("fq-protocol-tip").into(),
                            "som" => msg!("fq-protocol-som").into(),
                            "firearms" => msg!("fq-protocol-firearms").into(),
                            other => Arg::text(other.to_uppercase()),
                        };
                        return msg!(
                            "fq-states-protocol",
                            state = state_arg(state),
                            protocol = protocol
                        );
                    }
                    None => return unknown(),
                },
            };
            Msg::new(id).arg("state", state_arg(state))
        }
        other => match other_base_number(other) {
            Some(n) => match rest {
                "in_force_between" => msg!("fq-other-base-in-force-between", n = n),
                "kinds" => msg!("fq-other-base-kinds", n = n),
                "covers_offence" => msg!("fq-other-base-covers-offence", n = n),
                _ => unknown(),
            },
            None => unknown(),
        },
    }
}

/// `n` of `other_bases[n]` (1-based), the case's n-th other legal basis.
fn other_base_number(prefix: &str) -> Option<i64> {
    prefix
        .strip_prefix("other_bases[")?
        .strip_suffix(']')?
        .parse()
        .ok()
        .filter(|&n| n > 0)
}

/// A State of a fact path, named as every message names a State ("Kenya
/// (KEN)"), so that a question reads as the domestic-law questions beside it.
fn state_arg(s: &str) -> Arg {
    match s.parse::<StateCode>() {
        Ok(code) => Arg::State(code),
        Err(_) => Arg::text(s),
    }
}

/// The question for one element of `[offence.elements]`.
fn element_question(offence: u32, field: &str) -> Option<Msg> {
    if let Some(s) = field.strip_prefix("predicate_punishable_in.") {
        return Some(msg!(
            "fq-el-predicate-punishable-in",
            offence = offence,
            state = state_arg(s)
        ));
    }
    let id = match field {
        "intentional" => "fq-el-intentional",
        "tip_acts" => "fq-el-tip-acts",
        "tip_means" => "fq-el-tip-means",
        "tip_purposes" => "fq-el-tip-purposes",
        "victim_age" => "fq-el-victim-age",
        "procured_illegal_entry" => "fq-el-procured-illegal-entry",
        "smuggling_motive" => "fq-el-smuggling-motive",
        "firearms_conduct" => "fq-el-firearms-conduct",
        "participation_conduct" => "fq-el-participation-conduct",
        "object_crime_serious" => "fq-el-object-crime-serious",
        "agreement_benefit" => "fq-el-agreement-benefit",
        "knew_group_aim" => "fq-el-knew-group-aim",
        "knew_contribution" => "fq-el-knew-contribution",
        "laundering_conduct" => "fq-el-laundering-conduct",
        "knew_proceeds" => "fq-el-knew-proceeds",
        "laundering_purpose" => "fq-el-laundering-purpose",
        "predicate" => "fq-el-predicate",
        "predicate_committed_in" => "fq-el-predicate-committed-in",
        "self_laundering" => "fq-el-self-laundering",
        "bribery" => "fq-el-bribery",
        "official" => "fq-el-official",
        "undue_advantage" => "fq-el-undue-advantage",
        "official_act" => "fq-el-official-act",
        "obstruction_means" => "fq-el-obstruction-means",
        "obstruction_aim" => "fq-el-obstruction-aim",
        "proceeding_covered" => "fq-el-proceeding-covered",
        _ => return None,
    };
    Some(Msg::new(id).arg("offence", offence))
}

#[cfg(test)]
mod tests {
    use super::question_for;
    use crate::facts::RequestKind;
    use palermo_i18n::{Lang, Render};

    /// The person of `request.person_*` is the person sought only in an
    /// extradition request; in any other (and with no kind) the questions
    /// ask about the alleged offender, in every language.
    #[test]
    fn the_person_is_the_person_sought_only_in_extradition() {
        for path in ["request.person_located_in", "request.person_nationalities"] {
            let sought = question_for(path, Some(RequestKind::Extradition)).to_string();
            assert!(sought.contains("the person sought"), "{sought}");
            for kind in RequestKind::ALL.into_iter().map(Some).chain([None]) {
                if kind == Some(RequestKind::Extradition) {
                    continue;
                }
                let other = question_for(path, kind).to_string();
                assert!(other.contains("the alleged offender"), "{kind:?}: {other}");
            }
            for lang in Lang::ALL {
                let r = Render::new(lang);
                let a = r.msg(&question_for(path, Some(RequestKind::Extradition)));
                let b = r.msg(&question_for(
                    path,
                    Some(RequestKind::MutualLegalAssistance),
                ));
                assert_ne!(a, b, "{lang}: {path}");
            }
        }
    }
}
