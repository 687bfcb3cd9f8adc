//! UNTOC art. 4 — Protection of sovereignty.

use palermo_cite::Provision;
use palermo_i18n::{Arg, Msg};

use crate::catalogue::{FindingSpec, NotEncoded};
use crate::ctx::Ctx;
use crate::outcome::{Finding, Outcome, Strength};

/// The findings this module emits, in reasoning order (see
/// [`crate::catalogue`]); each description is in `locales/<lang>/spec-art04.ftl`.
pub const FINDINGS: &[FindingSpec] = &[FindingSpec {
    id: "art4.2.sovereignty",
    citation: Provision::untoc(4).para(2),
    description: "spec-art4-2-sovereignty",
}];

/// The paragraphs of the article(s) this module does not encode, each with
/// the message saying what it provides and why no finding tests it (in
/// `locales/<lang>/spec-art04.ftl`).
pub const NOT_ENCODED: &[NotEncoded] = &[(Provision::untoc(4).para(1), "not-encoded-art4-1")];

/// Art. 4(2) — no State exercises, on another State's territory, jurisdiction
/// or functions that the other reserves to its own authorities. Attached to
/// every modality with action on foreign territory. Pushes `art4.2.sovereignty`.
///
/// `what` is the action, a message of the calling rule's module that words
/// it as the subject of a sentence ("A joint investigation acts"); the
/// explanation continues "on the territory of the requested State (XAB)
/// only with its consent ...". Plain text is taken as written (transitional).
pub fn sovereignty(ctx: &mut Ctx<'_>, what: Msg) {
    let mut f = Finding::new(
        "art4.2.sovereignty",
        Provision::untoc(4).para(2),
        Outcome::Yes,
    );
    f.strength = Some(Strength::Mandatory);
    f.message = msg!(
        "art04-sovereignty",
        what = what,
        requested = Arg::Code(ctx.requested)
    );
    ctx.push(f);
}
