//! Requests drafted from an assessment: the content of an MLA, extradition
//! or confiscation request, the completeness check the Convention's own
//! provisions give (arts. 18(15)-(16), 16, 13(3)), and the writers that put
//! the draft into Markdown, HTML, DOCX and PDF.
//!
//! Pure: the caller reads the case, the data and the fonts, and writes the
//! bytes this crate returns.

#![deny(missing_docs)]

mod compose;
mod document;
mod docx;
mod elements;
mod html;
mod language;
mod markdown;
mod pdf;

pub use compose::{language_name, DraftKind, Drafted, Inputs};
pub use document::{Block, Document, Span};
pub use docx::{write_docx, DocxError};
pub use elements::{Element, Gap};
pub use html::write_html;
pub use language::{accepted, Accepted, LanguageChoice};
pub use markdown::write_markdown;
pub use pdf::{write_pdf, FontFace, FontSet, PdfError, Script, Weight};

use palermo_i18n::{Arg, Lang, Msg};
use palermo_refdata::StateCode;
use palermo_rules::facts::RequestKind;

/// Why a case cannot be drafted at all (as opposed to a draft with gaps).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The case gives no `request.kind`.
    NoKind,
    /// Palermo does not draft this kind.
    KindUnsupported(RequestKind),
    /// The case does not name both States.
    StatesMissing,
    /// No language was chosen and the record names none of the six.
    LanguageNeeded(StateCode),
}

impl DraftError {
    /// The error as a message.
    pub fn msg(&self) -> Msg {
        match self {
            DraftError::NoKind => Msg::new("draft-no-kind"),
            DraftError::KindUnsupported(k) => {
                Msg::new("draft-kind-unsupported").arg("kind", palermo_rules::answer::kind_term(*k))
            }
            DraftError::StatesMissing => Msg::new("draft-states-missing"),
            DraftError::LanguageNeeded(s) => {
                Msg::new("draft-language-needed").arg("state", Arg::State(*s))
            }
        }
    }
}

/// Drafts the request a case file asks for, from its assessment: the
/// [`draft`] of its facts and its `[draft]` table (empty when it has none),
/// with the names the case gives its own States.
pub fn draft_file(
    file: &palermo_case::CaseFile,
    assessment: &palermo_rules::Assessment,
    data: &palermo_refdata::RefData,
    lang: Option<Lang>,
) -> Result<Drafted, DraftError> {
    let names = palermo_render::case_names(&file.case);
    let empty = palermo_case::draft::DraftFacts::default();
    draft(
        Inputs {
            case: &file.case,
            draft: file.draft.as_ref().unwrap_or(&empty),
            assessment,
            data,
            names: &names,
        },
        lang,
    )
}

/// Drafts the request the case asks for, in `lang` if given, else in a
/// language the requested State accepts (art. 18(14)).
pub fn draft(i: Inputs<'_>, lang: Option<Lang>) -> Result<Drafted, DraftError> {
    let kind = i.case.request.kind.ok_or(DraftError::NoKind)?;
    let draft_kind = DraftKind::of(kind).ok_or(DraftError::KindUnsupported(kind))?;
    let (Some(requesting), Some(requested)) = (
        i.case.request.requesting_state,
        i.case.request.requested_state,
    ) else {
        return Err(DraftError::StatesMissing);
    };
    let language =
        language::choose(i.case, i.data, requested, lang).map_err(DraftError::LanguageNeeded)?;
    Ok(compose::compose(
        i, draft_kind, requesting, requested, language,
    ))
}

#[cfg(test)]
mod tests;
