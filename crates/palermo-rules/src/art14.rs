//! UNTOC art. 14 — Disposal of confiscated proceeds of crime or property.

use palermo_cite::Provision;
use palermo_i18n::Arg;

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
    f.message = msg!("art14-disposal", requested = Arg::Code(b));
    ctx.push(f);

    let mut f = Finding::new(
        "art14.2.return_priority",
        Provision::untoc(14).para(2),
        Outcome::Undetermined,
    );
    match ctx.case.request.return_requested {
        None => {
            f.missing.push("request.return_requested".into());
            f.message = msg!("art14-return-missing", requesting = Arg::Code(a));
        }
        Some(false) => {
            f.outcome = Outcome::No;
            f.message = msg!("art14-return-not-asked", requesting = Arg::Code(a));
        }
        Some(true) => match ctx.domestic(b, "art14.2.return_permitted", &mut f) {
            Some(true) => {
                f.outcome = Outcome::Yes;
                f.strength = Some(Strength::ShallConsider);
                f.message = msg!(
                    "art14-return-permitted",
                    requesting = Arg::Code(a),
                    requested = Arg::Code(b)
                );
            }
            Some(false) => {
                f.outcome = Outcome::No;
                f.message = msg!("art14-return-not-permitted", requested = Arg::Code(b));
            }
            None => {
                f.outcome = Outcome::DependsOnDomesticLaw;
                f.message = msg!(
                    "art14-return-depends",
                    requesting = Arg::Code(a),
                    requested = Arg::Code(b)
                );
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
    f.message = msg!("art14-sharing");
    ctx.push(f);
}
