# What each finding of art20.rs tests: the descriptions `palermo explain` shows
# (FindingSpec.description in crates/palermo-rules/src/art20.rs), in reasoning order.

spec-art20-1-domestic-use = Is the technique available in the requested State? If the basic principles of its legal system permit, it shall make controlled delivery available to its own authorities on its territory, within its possibilities and on its law's conditions (others: where it deems appropriate). A duty about its domestic law, not a duty to grant this request.
spec-art20-2-agreement = International use of special investigative techniques: under an agreement, or case by case (20(3)).
spec-art20-4-controlled-delivery = International controlled deliveries may, with the consent of the States concerned, intercept goods and let them continue, or remove or replace them. With the route given, every State on it other than the two must consent (request.route_consent); one not stated leaves it undetermined, a refusal gives no.
spec-art20-legal-basis = May special investigative techniques be used with the requested State for this offence under the Convention (a permission, never a duty to grant the request)?
