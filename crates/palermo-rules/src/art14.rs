//! UNTOC art. 14 — Disposal of confiscated proceeds of crime or property.

use palermo_cite::Provision;

use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength};

/// Art. 14(1)-(3) — disposal, return to victims and owners, sharing.
///
/// > (1) The confiscating State disposes of the property under its law.
/// > (2) Acting on another State's art. 13 request, it gives priority
/// > consideration, if requested and as far as its law permits, to returning
/// > the property so that victims can be compensated or property returned to
/// > its legitimate owners. (3) It may give special consideration to agreements
/// > on contributing the value to the UN account and to sharing it.
///
/// Pushes `art14.1.disposal`, `art14.2.return_priority` and `art14.3.sharing`.
pub fn disposal(ctx: &mut Ctx<'_>) {
    let (a, b) = (ctx.requesting, ctx.requested);
    let mut f = Finding::new(
        "art14.1.disposal",
        Provision::untoc(14).para(1),
        Outcome::Yes,
    );
    f.message = text!("{b} disposes of what it confiscates under its own law and procedures");
    ctx.push(f);

    let mut f = Finding::new(
        "art14.2.return_priority",
        Provision::untoc(14).para(2),
        Outcome::Undetermined,
    );
    match ctx.case.request.return_requested {
        None => {
            f.missing.push("request.return_requested".into());
            f.message = text!("Whether {a} asks for the property to be returned (to compensate victims or to its legitimate owners) is not given");
        }
        Some(false) => {
            f.outcome = Outcome::No;
            f.message = text!(
                "{a} does not ask for the property to be returned: art. 14(2) is not engaged"
            );
        }
        Some(true) => match ctx.domestic(b, "art14.2.return_permitted", &mut f) {
            Some(true) => {
                f.outcome = Outcome::Yes;
                f.strength = Some(Strength::ShallConsider);
                f.message = text!("{a} asks for the property's return and {b}'s law permits it (stated in the case): {b} gives priority consideration to returning it to {a} for victims or legitimate owners");
            }
            Some(false) => {
                f.outcome = Outcome::No;
                f.message = text!("{b}'s law does not permit the return (stated in the case)");
            }
            None => {
                f.outcome = Outcome::DependsOnDomesticLaw;
                f.message = text!("{a} asks for the property's return: {b} gives it priority consideration as far as its law permits");
            }
        },
    }
    ctx.push(f);

    let mut f = Finding::new(
        "art14.3.sharing",
        Provision::untoc(14).para(3),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Discretionary);
    f.message = "The requested State may agree to contribute the value to the UN account of art. 30(2)(c) and to intergovernmental bodies, or to share it with other States".into();
    ctx.push(f);
}
