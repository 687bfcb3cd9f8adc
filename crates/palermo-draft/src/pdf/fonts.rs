//! The faces the caller gives the writer ([`FontSet`]), and the choice of
//! the face each character is drawn in: the first face that has the
//! character, trying first the faces meant for its script and of the
//! wanted weight.

use std::fmt;
use std::sync::Arc;

use unicode_script::{Script as Ucd, UnicodeScript};

use super::error::PdfError;

/// The weight a face is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// The title, headings, field labels and emphasised wording.
    Bold,
}

impl Weight {
    /// "regular" or "bold".
    pub fn name(self) -> &'static str {
        match self {
            Weight::Regular => "regular",
            Weight::Bold => "bold",
        }
    }
}

/// The scripts a face is meant for (it may cover more: the writer falls
/// back to any face that has a character).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin, Cyrillic and Greek (English, French, Spanish, Russian).
    Latin,
    /// Arabic.
    Arabic,
    /// Chinese: ideographs and CJK punctuation.
    Chinese,
    /// Any other script (Hebrew, Armenian...): a fallback for user text.
    Other,
}

impl Script {
    /// The scripts a face can be meant for.
    pub const ALL: [Script; 4] = [
        Script::Latin,
        Script::Arabic,
        Script::Chinese,
        Script::Other,
    ];

    /// How messages name it ("Latin, Cyrillic and Greek").
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin, Cyrillic and Greek",
            Script::Arabic => "Arabic",
            Script::Chinese => "Chinese",
            Script::Other => "other scripts",
        }
    }
}

/// One font face: the font file's bytes, which face of the file (a
/// collection such as `NotoSansCJK-Regular.ttc` holds several), and what
/// the writer uses it for.
#[derive(Clone)]
pub struct FontFace {
    /// The family name ("Noto Sans").
    pub family: String,
    /// Where the bytes came from (a path), for messages and
    /// [`FontSet::describe`]; empty when unknown.
    pub source: String,
    /// The whole font file (TrueType, OpenType or a collection).
    pub data: Arc<Vec<u8>>,
    /// The face's index in the file (0 for a single-face file).
    pub index: u32,
    /// Regular or bold.
    pub weight: Weight,
    /// The scripts it is meant for; empty means none in particular (used
    /// only as a fallback).
    pub scripts: Vec<Script>,
}

impl FontFace {
    /// A face of `data`, for `weight` and `scripts`; `source` is left empty
    /// (see [`FontFace::with_source`]).
    pub fn new(
        family: impl Into<String>,
        data: Arc<Vec<u8>>,
        index: u32,
        weight: Weight,
        scripts: &[Script],
    ) -> Self {
        FontFace {
            family: family.into(),
            source: String::new(),
            data,
            index,
            weight,
            scripts: scripts.to_vec(),
        }
    }

    /// The same face, saying where its bytes came from.
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = source.into();
        self
    }

    /// "Noto Sans (bold)": how messages name the face.
    pub fn label(&self) -> String {
        format!("{} ({})", self.family, self.weight.name())
    }
}

impl fmt::Debug for FontFace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FontFace")
            .field("family", &self.family)
            .field("source", &self.source)
            .field("bytes", &self.data.len())
            .field("index", &self.index)
            .field("weight", &self.weight)
            .field("scripts", &self.scripts)
            .finish()
    }
}

/// The faces a PDF is written with, in order of preference.
#[derive(Clone, Debug, Default)]
pub struct FontSet {
    faces: Vec<FontFace>,
}

impl FontSet {
    /// An empty set.
    pub fn new() -> Self {
        FontSet::default()
    }

    /// Adds a face after those already there (tried after them).
    pub fn push(&mut self, face: FontFace) {
        self.faces.push(face);
    }

    /// The set with `face` added.
    pub fn with(mut self, face: FontFace) -> Self {
        self.push(face);
        self
    }

    /// The faces, in order of preference.
    pub fn faces(&self) -> &[FontFace] {
        &self.faces
    }

    /// Whether the set has no face.
    pub fn is_empty(&self) -> bool {
        self.faces.is_empty()
    }

    /// Whether some face is meant for `script` with `weight`.
    pub fn has(&self, script: Script, weight: Weight) -> bool {
        self.faces
            .iter()
            .any(|f| f.weight == weight && f.scripts.contains(&script))
    }

    /// One line per face: what it is used for, its family and its file, e.g.
    /// `Arabic, regular: Noto Naskh Arabic (/usr/share/fonts/.../NotoNaskhArabic-Regular.ttf)`.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        for face in &self.faces {
            let scripts = if face.scripts.is_empty() {
                "fallback".to_string()
            } else {
                face.scripts
                    .iter()
                    .map(|s| s.name())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            out.push_str(&format!(
                "{scripts}, {}: {}",
                face.weight.name(),
                face.family
            ));
            if !face.source.is_empty() {
                out.push_str(&format!(" ({}", face.source));
                if face.index != 0 {
                    out.push_str(&format!(", face {}", face.index));
                }
                out.push(')');
            }
            out.push('\n');
        }
        out
    }
}

/// A face parsed for shaping and for krilla, once per document.
pub(crate) struct LoadedFace<'a> {
    /// For shaping and glyph coverage.
    pub(crate) shaper: rustybuzz::Face<'a>,
    /// For embedding.
    pub(crate) pdf: krilla::text::Font,
    /// Font units per em, to scale the shaper's positions.
    pub(crate) units_per_em: f32,
    pub(crate) weight: Weight,
    pub(crate) scripts: &'a [Script],
    pub(crate) label: String,
}

/// The font set, parsed.
pub(crate) struct Loaded<'a> {
    pub(crate) faces: Vec<LoadedFace<'a>>,
}

/// What a character asks of the face choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A letter of a script: faces meant for it first.
    Letter(Script),
    /// Punctuation, digits, spaces, combining marks: the face of the
    /// character before when it has it (so a run does not split), else as
    /// Latin.
    Neutral,
    /// Invisible formatting characters (bidi marks, joiners): the shaper
    /// handles them in any face.
    Ignorable,
}

impl<'a> Loaded<'a> {
    /// Parses every face of `set`.
    pub(crate) fn new(set: &'a FontSet) -> Result<Self, PdfError> {
        if set.is_empty() {
            return Err(PdfError::NoFonts);
        }
        let mut faces = Vec::with_capacity(set.faces.len());
        for face in &set.faces {
            let bad = || PdfError::BadFont {
                font: if face.source.is_empty() {
                    face.label()
                } else {
                    format!("{} ({})", face.label(), face.source)
                },
            };
            let shaper = rustybuzz::Face::from_slice(&face.data, face.index).ok_or_else(bad)?;
            let pdf =
                krilla::text::Font::new(face.data.clone().into(), face.index).ok_or_else(bad)?;
            let units_per_em = shaper.units_per_em() as f32;
            if units_per_em <= 0.0 {
                return Err(bad());
            }
            faces.push(LoadedFace {
                shaper,
                pdf,
                units_per_em,
                weight: face.weight,
                scripts: &face.scripts,
                label: face.label(),
            });
        }
        Ok(Loaded { faces })
    }

    /// Whether face `i` has a glyph for `c`.
    pub(crate) fn covers(&self, i: usize, c: char) -> bool {
        self.faces
            .get(i)
            .and_then(|f| f.shaper.glyph_index(c))
            .is_some_and(|g| g.0 != 0)
    }

    /// Whether some face has `c`.
    pub(crate) fn any_covers(&self, c: char) -> bool {
        (0..self.faces.len()).any(|i| self.covers(i, c))
    }

    /// The faces' labels, for an error.
    pub(crate) fn labels(&self) -> Vec<String> {
        self.faces.iter().map(|f| f.label.clone()).collect()
    }

    /// The face to draw `c` in, with `weight`; `prev` is the face chosen
    /// for the character before, when it had the same weight. `None` when
    /// no face has it.
    pub(crate) fn pick(&self, c: char, weight: Weight, prev: Option<usize>) -> Option<usize> {
        let script = match classify(c) {
            Class::Ignorable => {
                return Some(prev.unwrap_or_else(|| self.first_of(Script::Latin, weight)))
            }
            Class::Neutral => {
                if let Some(p) = prev.filter(|&p| self.covers(p, c)) {
                    return Some(p);
                }
                Script::Latin
            }
            Class::Letter(s) => s,
        };
        let n = self.faces.len();
        let meant = |i: usize, w: Weight| {
            self.faces[i].weight == w && self.faces[i].scripts.contains(&script)
        };
        // The script's faces of the weight, then (for bold) its regular
        // faces, so a script keeps its own design; then any face of the
        // weight, then any face at all.
        let tiers: [&dyn Fn(usize) -> bool; 4] = [
            &|i| meant(i, weight),
            &|i| meant(i, Weight::Regular),
            &|i| self.faces[i].weight == weight,
            &|_| true,
        ];
        tiers
            .iter()
            .find_map(|tier| (0..n).find(|&i| tier(i) && self.covers(i, c)))
    }

    /// The first face meant for `script` with `weight`, or else the first
    /// face (the set is never empty).
    fn first_of(&self, script: Script, weight: Weight) -> usize {
        self.faces
            .iter()
            .position(|f| f.weight == weight && f.scripts.contains(&script))
            .unwrap_or(0)
    }
}

/// How [`Loaded::pick`] treats `c`.
fn classify(c: char) -> Class {
    if is_ignorable(c) {
        return Class::Ignorable;
    }
    // CJK punctuation and full-width forms are "Common" to Unicode, but
    // only the Chinese face draws them as a Chinese reader expects.
    if matches!(u32::from(c), 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF) {
        return Class::Letter(Script::Chinese);
    }
    match c.script() {
        Ucd::Common | Ucd::Inherited | Ucd::Unknown => Class::Neutral,
        Ucd::Latin | Ucd::Cyrillic | Ucd::Greek => Class::Letter(Script::Latin),
        Ucd::Arabic => Class::Letter(Script::Arabic),
        Ucd::Han | Ucd::Bopomofo | Ucd::Hiragana | Ucd::Katakana => Class::Letter(Script::Chinese),
        _ => Class::Letter(Script::Other),
    }
}

/// Invisible formatting characters that fonts need not have: the shaper
/// uses them (joiners) or hides them (bidi marks).
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD | 0x034F | 0x061C | 0x180B..=0x180F | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFE00..=0xFE0F | 0xFEFF
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_script() {
        assert_eq!(classify('a'), Class::Letter(Script::Latin));
        assert_eq!(classify('Ж'), Class::Letter(Script::Latin));
        assert_eq!(classify('ب'), Class::Letter(Script::Arabic));
        assert_eq!(classify('条'), Class::Letter(Script::Chinese));
        assert_eq!(classify('《'), Class::Letter(Script::Chinese));
        assert_eq!(classify('，'), Class::Letter(Script::Chinese));
        assert_eq!(classify('א'), Class::Letter(Script::Other));
        assert_eq!(classify('1'), Class::Neutral);
        assert_eq!(classify(' '), Class::Neutral);
        assert_eq!(classify('،'), Class::Neutral);
        // Arabic vowel marks stay with the letter's face.
        assert_eq!(classify('\u{064E}'), Class::Neutral);
        assert_eq!(classify('\u{200F}'), Class::Ignorable);
        assert_eq!(classify('\u{200D}'), Class::Ignorable);
    }

    #[test]
    fn an_empty_set_is_an_error() {
        assert!(matches!(
            Loaded::new(&FontSet::new()),
            Err(PdfError::NoFonts)
        ));
    }

    #[test]
    fn bytes_that_are_no_font_are_an_error_naming_the_face() {
        let set = FontSet::new().with(
            FontFace::new(
                "Broken Sans",
                Arc::new(b"not a font".to_vec()),
                0,
                Weight::Regular,
                &[Script::Latin],
            )
            .with_source("/tmp/broken.ttf"),
        );
        let err = Loaded::new(&set).err();
        let Some(err) = err else {
            panic!("bad bytes were accepted")
        };
        let msg = err.to_string();
        assert!(
            msg.contains("Broken Sans (regular) (/tmp/broken.ttf)"),
            "{msg}"
        );
    }

    #[test]
    fn describe_names_script_weight_family_and_file() {
        let set = FontSet::new().with(
            FontFace::new(
                "Noto Sans CJK SC",
                Arc::new(Vec::new()),
                2,
                Weight::Bold,
                &[Script::Chinese],
            )
            .with_source("/fonts/NotoSansCJK-Bold.ttc"),
        );
        assert_eq!(
            set.describe(),
            "Chinese, bold: Noto Sans CJK SC (/fonts/NotoSansCJK-Bold.ttc, face 2)\n"
        );
        assert!(set.has(Script::Chinese, Weight::Bold));
        assert!(!set.has(Script::Chinese, Weight::Regular));
    }
}
