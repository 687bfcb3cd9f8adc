//! A block's spans as one string with a style for each byte: the unit that
//! the bidirectional algorithm, line breaking and font fallback work on.

use crate::Span;

/// How a stretch of text is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Style {
    /// Drawn in a bold face (title, headings, labels, `Span::Strong`).
    pub(crate) bold: bool,
    /// A missing element (`Span::Gap`): dark red on a highlighted box.
    pub(crate) gap: bool,
}

/// A paragraph's text and the style of each of its bytes.
#[derive(Clone, Debug, Default)]
pub(crate) struct StyledText {
    pub(crate) text: String,
    /// One entry per byte of `text`.
    pub(crate) styles: Vec<Style>,
}

impl StyledText {
    /// Appends `s` in `style`, with tabs as spaces and without control
    /// characters other than line feeds (kept as line breaks).
    pub(crate) fn push(&mut self, s: &str, style: Style) {
        for c in s.chars() {
            let c = match c {
                '\t' => ' ',
                '\n' => '\n',
                c if c.is_control() => continue,
                // Line and paragraph separators break the line as `\n` does.
                '\u{2028}' | '\u{2029}' => '\n',
                c => c,
            };
            self.text.push(c);
            self.styles.extend(std::iter::repeat_n(style, c.len_utf8()));
        }
    }

    /// Appends the spans of a block, each in its style; `bold` for all
    /// (headings).
    pub(crate) fn push_spans(&mut self, spans: &[Span], bold: bool) {
        for span in spans {
            let style = match span {
                Span::Text(_) | Span::User(_) => Style { bold, gap: false },
                Span::Strong(_) => Style {
                    bold: true,
                    gap: false,
                },
                Span::Gap(_) => Style { bold, gap: true },
            };
            self.push(span.text(), style);
        }
    }

    /// Text of one style.
    pub(crate) fn plain(s: &str, style: Style) -> Self {
        let mut t = StyledText::default();
        t.push(s, style);
        t
    }

    /// The style at byte `i` (the default past the end).
    pub(crate) fn style_at(&self, i: usize) -> Style {
        self.styles.get(i).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_keep_their_style_byte_by_byte() {
        let mut t = StyledText::default();
        t.push_spans(
            &[
                Span::Text("a ".into()),
                Span::Strong("é".into()),
                Span::Gap("[x]".into()),
            ],
            false,
        );
        assert_eq!(t.text, "a é[x]");
        assert_eq!(t.styles.len(), t.text.len());
        assert!(!t.style_at(0).bold);
        assert!(t.style_at(2).bold && t.style_at(3).bold);
        assert!(t.style_at(4).gap && !t.style_at(4).bold);
    }

    #[test]
    fn tabs_become_spaces_and_controls_go() {
        let t = StyledText::plain("a\tb\r\nc\u{7}d\u{2028}e", Style::default());
        assert_eq!(t.text, "a b\ncd\ne");
    }
}
