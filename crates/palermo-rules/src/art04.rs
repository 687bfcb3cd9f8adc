//! UNTOC art. 4 — Protection of sovereignty.

use palermo_cite::Provision;

use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength};

/// Art. 4(2) — no State exercises, on another State's territory, jurisdiction
/// or functions that the other reserves to its own authorities. Attached to
/// every modality with action on foreign territory. Pushes `art4.2.sovereignty`.
pub fn sovereignty(ctx: &mut Ctx<'_>, what: &str) {
    let mut f = Finding::new(
        "art4.2.sovereignty",
        Provision::untoc(4).para(2),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Mandatory);
    f.message = text!(
        "{what} on {}'s territory only with its consent and within its law: the Convention authorises no State to exercise there functions reserved to that State's authorities",
        ctx.requested
    );
    ctx.push(f);
}
