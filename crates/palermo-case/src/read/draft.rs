//! Reads the `[draft]` table: what a drafted request needs beyond the legal
//! facts. Same rules as the rest of the case: unknown keys, wrong types and
//! unknown States are errors with their line and field.

use super::Reader;
use crate::draft::{DraftFacts, Order, Person, PersonRole, Property};
use crate::node::Node;

const DRAFT: &[&str] = &[
    "reference",
    "date",
    "requesting_authority",
    "contact",
    "addressee",
    "proceedings",
    "conducting_authority",
    "facts",
    "assistance",
    "procedure",
    "purpose",
    "additional",
    "offence_law",
    "urgency",
    "provisional_arrest",
    "confidentiality",
    "use_limitation",
    "attachments",
    "persons",
    "property",
    "order",
    "warrant",
];
const PERSON: &[&str] = &[
    "role",
    "name",
    "aliases",
    "date_of_birth",
    "place_of_birth",
    "nationalities",
    "identity_documents",
    "location",
    "description",
];
const PROPERTY: &[&str] = &["description", "location", "value"];
const ORDER: &[&str] = &["issued_by", "date", "reference", "final", "extent"];

/// A string that says something: empty or blank text is an error, since a
/// blank would pass the completeness check while saying nothing.
fn text(r: &mut Reader<'_>, node: &Node, path: &str) -> Option<String> {
    let s = r.string(node, path)?;
    if s.trim().is_empty() {
        r.error(
            &node.span,
            path,
            "empty text: leave the key out when the fact is not known".into(),
        );
        return None;
    }
    Some(s)
}

pub(super) fn read_draft(r: &mut Reader<'_>, node: &Node) -> DraftFacts {
    let mut d = DraftFacts::default();
    let Some(t) = r.table(node, "draft", DRAFT) else {
        return d;
    };
    for e in t {
        let path = format!("draft.{}", e.key);
        let n = &e.node;
        match e.key.as_str() {
            "reference" => d.reference = text(r, n, &path),
            "date" => d.date = r.date(n, &path),
            "requesting_authority" => d.requesting_authority = text(r, n, &path),
            "contact" => d.contact = text(r, n, &path),
            "addressee" => d.addressee = text(r, n, &path),
            "proceedings" => d.proceedings = text(r, n, &path),
            "conducting_authority" => d.conducting_authority = text(r, n, &path),
            "facts" => d.facts = text(r, n, &path),
            "assistance" => d.assistance = text(r, n, &path),
            "procedure" => d.procedure = text(r, n, &path),
            "purpose" => d.purpose = text(r, n, &path),
            "additional" => d.additional = text(r, n, &path),
            "offence_law" => d.offence_law = r.state_map(n, &path, |r, n, p| text(r, n, p)),
            "urgency" => d.urgency = text(r, n, &path),
            "provisional_arrest" => d.provisional_arrest = r.boolean(n, &path),
            "confidentiality" => d.confidentiality = r.boolean(n, &path),
            "use_limitation" => d.use_limitation = r.boolean(n, &path),
            "attachments" => {
                if let Some(items) = r.array(n, &path, "an array of strings") {
                    for (i, item) in items.iter().enumerate() {
                        if let Some(s) = text(r, item, &format!("{path}[{i}]")) {
                            d.attachments.push(s);
                        }
                    }
                }
            }
            "persons" => {
                if let Some(items) = r.array(n, &path, "an array of tables ([[draft.persons]])") {
                    for (i, item) in items.iter().enumerate() {
                        if let Some(p) = read_person(r, item, &format!("{path}[{}]", i + 1)) {
                            d.persons.push(p);
                        }
                    }
                }
            }
            "property" => {
                if let Some(items) = r.array(n, &path, "an array of tables ([[draft.property]])") {
                    for (i, item) in items.iter().enumerate() {
                        let p = format!("{path}[{}]", i + 1);
                        let Some(t) = r.table(item, &p, PROPERTY) else {
                            continue;
                        };
                        let mut prop = Property::default();
                        for x in t {
                            let fp = format!("{p}.{}", x.key);
                            match x.key.as_str() {
                                "description" => prop.description = text(r, &x.node, &fp),
                                "location" => prop.location = text(r, &x.node, &fp),
                                "value" => prop.value = text(r, &x.node, &fp),
                                _ => {}
                            }
                        }
                        d.property.push(prop);
                    }
                }
            }
            "order" => d.order = read_order(r, n, &path),
            "warrant" => d.warrant = read_order(r, n, &path),
            _ => {}
        }
    }
    d
}

fn read_person(r: &mut Reader<'_>, node: &Node, path: &str) -> Option<Person> {
    let t = r.table(node, path, PERSON)?;
    let roles: Vec<(&str, PersonRole)> = PersonRole::ALL.iter().map(|k| (k.as_str(), *k)).collect();
    let mut role = None;
    let mut p = Person {
        role: PersonRole::Other,
        name: None,
        aliases: None,
        date_of_birth: None,
        place_of_birth: None,
        nationalities: Vec::new(),
        identity_documents: None,
        location: None,
        description: None,
    };
    for x in t {
        let fp = format!("{path}.{}", x.key);
        let n = &x.node;
        match x.key.as_str() {
            "role" => role = r.choice(n, &fp, &roles),
            "name" => p.name = text(r, n, &fp),
            "aliases" => p.aliases = text(r, n, &fp),
            "date_of_birth" => p.date_of_birth = text(r, n, &fp),
            "place_of_birth" => p.place_of_birth = text(r, n, &fp),
            "nationalities" => p.nationalities = r.states(n, &fp).unwrap_or_default(),
            "identity_documents" => p.identity_documents = text(r, n, &fp),
            "location" => p.location = text(r, n, &fp),
            "description" => p.description = text(r, n, &fp),
            _ => {}
        }
    }
    match role {
        Some(role) => p.role = role,
        None if !t.iter().any(|x| x.key == "role") => {
            let names: Vec<&str> = PersonRole::ALL.iter().map(|k| k.as_str()).collect();
            r.error(
                &node.span,
                &format!("{path}.role"),
                format!(
                    "missing: each person needs a role, one of: {}",
                    names.join(", ")
                ),
            );
            return None;
        }
        None => return None,
    }
    Some(p)
}

fn read_order(r: &mut Reader<'_>, node: &Node, path: &str) -> Option<Order> {
    let t = r.table(node, path, ORDER)?;
    let mut o = Order::default();
    for x in t {
        let fp = format!("{path}.{}", x.key);
        let n = &x.node;
        match x.key.as_str() {
            "issued_by" => o.issued_by = text(r, n, &fp),
            "date" => o.date = r.date(n, &fp),
            "reference" => o.reference = text(r, n, &fp),
            "final" => o.is_final = r.boolean(n, &fp),
            "extent" => o.extent = text(r, n, &fp),
            _ => {}
        }
    }
    Some(o)
}
