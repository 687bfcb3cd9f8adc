//! Diagnostics (of case files and data files) printed the way rustc and
//! cargo print theirs: the one line `error: FILE:LINE:COL: `field`: message`,
//! then the offending line of the file and a caret under the column.
//!
//! ```text
//! error: bad.toml:3:19: `request.requested_state`: unknown State code `KNE` (did you mean `KEN`?)
//!   |
//! 3 | requested_state = "KNE"
//!   |                   ^^^^^
//! ```
//!
//! Only errors are shown with their line; a warning stays one line. A
//! diagnostic without a column (a row of a data file) shows the line without
//! a caret; one whose line is not in the text (or without a text) is the
//! one line alone.

use std::borrow::Cow;

use palermo_refdata::{Diagnostic, Severity};

/// Spaces a tab is shown as (as rustc does).
const TAB: &str = "    ";

/// `d` as printed: its line, and for an error the line of `text` it points
/// at with a caret under the column.
pub fn render(d: &Diagnostic, text: Option<&str>) -> String {
    let head = d.to_string();
    let Some(text) = text.filter(|_| d.severity == Severity::Error) else {
        return head;
    };
    let Some(source) = d
        .line
        .checked_sub(1)
        .and_then(|i| text.split('\n').nth(i))
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
    else {
        return head;
    };
    let number = d.line.to_string();
    let pad = " ".repeat(number.len());
    let chars: Vec<char> = source.chars().collect();
    let shown = visible(&chars);
    let mut out = format!("{head}\n{pad} |\n{number} | {shown}");
    // The line may end in spaces; the gutter alone is the way rustc ends it.
    truncate_end(&mut out);
    if let Some(column) = d.column {
        let at = column.saturating_sub(1).min(chars.len());
        let indent = width(&visible(&chars[..at]));
        let token = &chars[at..at + token_len(&chars[at..])];
        let carets = width(&visible(token)).max(1);
        out.push_str(&format!(
            "\n{pad} | {}{}",
            " ".repeat(indent),
            "^".repeat(carets)
        ));
    }
    out
}

/// Every diagnostic of one file's `text`, as printed (see [`render`]).
pub fn render_all(diags: &[Diagnostic], text: &str) -> Vec<String> {
    diags.iter().map(|d| render(d, Some(text))).collect()
}

/// The characters as shown: a tab as four spaces, any other control
/// character as `�`, so the caret lines up with what the terminal draws.
fn visible(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.len());
    for &c in chars {
        match c {
            '\t' => s.push_str(TAB),
            c if c.is_control() => s.push('\u{fffd}'),
            c => s.push(c),
        }
    }
    s
}

/// Columns the text takes on a terminal (a CJK character takes two).
fn width(s: &str) -> usize {
    textwrap::core::display_width(s)
}

fn truncate_end(s: &mut String) {
    let end = s.trim_end().len();
    s.truncate(end);
}

/// How many characters the caret underlines from the column: a quoted
/// string with its quotes, a bracket alone, else the word up to a space or
/// a separator; 0 at the end of the line (one caret is still drawn).
fn token_len(rest: &[char]) -> usize {
    let Some(&first) = rest.first() else {
        return 0;
    };
    match first {
        '"' | '\'' => {
            let mut escaped = false;
            for (i, &c) in rest.iter().enumerate().skip(1) {
                if c == first && !escaped {
                    return i + 1;
                }
                escaped = first == '"' && c == '\\' && !escaped;
            }
            rest.len()
        }
        '[' | ']' | '{' | '}' | ',' | '=' | ':' => 1,
        _ => rest
            .iter()
            .position(|c| c.is_whitespace() || matches!(c, ',' | '[' | ']' | '{' | '}' | '=' | '"'))
            .unwrap_or(rest.len())
            .max(1),
    }
}

/// The texts diagnostics point into, by the file name they give, so that
/// the CLI can show an error with its line after reading.
#[derive(Default)]
pub struct Sources {
    files: Vec<(String, Cow<'static, str>)>,
}

impl Sources {
    /// Adds (or replaces) the text of `file`.
    pub fn add(&mut self, file: impl Into<String>, text: impl Into<Cow<'static, str>>) {
        let file = file.into();
        let text = text.into();
        match self.files.iter_mut().find(|(f, _)| *f == file) {
            Some(slot) => slot.1 = text,
            None => self.files.push((file, text)),
        }
    }

    /// The text of `file`, if known.
    pub fn get(&self, file: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|(f, _)| f == file)
            .map(|(_, t)| t.as_ref())
    }

    /// `d` as printed, with its line if the text of its file is known.
    pub fn render(&self, d: &Diagnostic) -> String {
        render(d, self.get(&d.file))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use palermo_refdata::Field;

    fn error(line: usize, column: Option<usize>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: "bad.toml".into(),
            line,
            column,
            field: Some(Field::Path("request.requested_state".into())),
            message: "unknown State code `KNE`".into(),
        }
    }

    const HEAD: &str = "error: bad.toml:3:19: `request.requested_state`: unknown State code `KNE`";

    #[test]
    fn an_error_is_shown_with_its_line_and_a_caret() {
        let text = "[request]\nkind = \"extradition\"\nrequested_state = \"KNE\"\n";
        assert_eq!(
            render(&error(3, Some(19)), Some(text)),
            format!("{HEAD}\n  |\n3 | requested_state = \"KNE\"\n  |                   ^^^^^")
        );
        // The same line with Windows line endings.
        assert_eq!(
            render(&error(3, Some(19)), Some(&text.replace('\n', "\r\n"))),
            render(&error(3, Some(19)), Some(text))
        );
    }

    #[test]
    fn the_caret_underlines_the_word_at_the_column() {
        let caret = |line: &str, column: usize| {
            let d = Diagnostic {
                line: 1,
                ..error(1, Some(column))
            };
            render(&d, Some(line)).lines().last().unwrap().to_string()
        };
        assert_eq!(caret("requested_stat = \"KEN\"", 1), "  | ^^^^^^^^^^^^^^");
        assert_eq!(caret("members = 1.5", 11), "  |           ^^^");
        assert_eq!(caret("as_of = 2024-02-30 # x", 9), "  |         ^^^^^^^^^^");
        assert_eq!(
            caret("a = [\"KEN\", \"X\\\"Y\"]", 13),
            "  |             ^^^^^^"
        );
        assert_eq!(caret("a = { QQQ = 1 }", 5), "  |     ^");
        assert_eq!(caret("a = { QQQ = 1 }", 7), "  |       ^^^");
        assert_eq!(caret("{\"colour\": \"red\"}", 2), "  |  ^^^^^^^^");
    }

    #[test]
    fn tabs_wide_and_control_characters_keep_the_caret_in_line() {
        let d = Diagnostic {
            line: 1,
            ..error(1, Some(6))
        };
        // A tab is four columns: the caret moves with it.
        assert_eq!(
            render(&d, Some("\ta = \"x\"")),
            format!("{}\n  |\n1 |     a = \"x\"\n  |         ^^^", d)
        );
        // Column 8 in characters: after two CJK characters (two columns each).
        let d = Diagnostic {
            line: 1,
            ..error(1, Some(8))
        };
        assert_eq!(
            render(&d, Some("name = \"名字\" x"))
                .lines()
                .last()
                .unwrap(),
            "  |        ^^^^^^"
        );
        let d = Diagnostic {
            line: 1,
            ..error(1, Some(5))
        };
        assert_eq!(
            render(&d, Some("é = \"ü\"")).lines().last().unwrap(),
            "  |     ^^^"
        );
        let shown = render(&d, Some("a\u{1b}[31m = x"));
        assert!(!shown.contains('\u{1b}'), "{shown:?}");
    }

    #[test]
    fn a_column_past_the_end_points_just_after_the_line() {
        let d = Diagnostic {
            line: 2,
            ..error(2, Some(9))
        };
        assert_eq!(
            render(&d, Some("as_of = 2024-05-01\n[request\n"))
                .lines()
                .skip(1)
                .collect::<Vec<_>>(),
            ["  |", "2 | [request", "  |         ^"]
        );
        let d = Diagnostic {
            line: 2,
            ..error(2, Some(99))
        };
        assert!(render(&d, Some("a = 1\n[request\n")).ends_with("\n  |         ^"));
    }

    #[test]
    fn a_line_outside_the_text_or_no_text_gives_the_one_line() {
        let d = error(3, Some(19));
        assert_eq!(render(&d, None), HEAD);
        assert_eq!(render(&d, Some("a = 1\n")), HEAD);
        let d = Diagnostic {
            line: 0,
            ..error(0, Some(1))
        };
        assert_eq!(render(&d, Some("a = 1\n")), d.to_string());
    }

    #[test]
    fn a_warning_stays_one_line_and_a_row_has_no_caret() {
        let text = "h\nKenya,KNE,x\n";
        let w = Diagnostic {
            severity: Severity::Warning,
            line: 2,
            ..error(2, Some(1))
        };
        assert_eq!(render(&w, Some(text)), w.to_string());
        let row = Diagnostic {
            file: "p.csv".into(),
            line: 2,
            column: None,
            field: Some(Field::Column("iso3166_alpha3".into())),
            ..error(2, None)
        };
        assert_eq!(
            render(&row, Some(text)),
            "error: p.csv:2: column `iso3166_alpha3`: unknown State code `KNE`\n  |\n2 | Kenya,KNE,x"
        );
        // Line numbers of several digits widen the gutter.
        let text = "x\n".repeat(120);
        let d = Diagnostic {
            line: 120,
            ..error(120, Some(1))
        };
        assert!(render(&d, Some(&text)).ends_with("\n    |\n120 | x\n    | ^"));
    }

    #[test]
    fn sources_find_the_text_by_file_name() {
        let mut s = Sources::default();
        s.add("bad.toml", "a\nb\nrequested_state = \"KNE\"\n");
        assert!(s.render(&error(3, Some(19))).ends_with("^^^^^"));
        s.add("bad.toml", String::from("only one line"));
        assert_eq!(s.render(&error(3, Some(19))), HEAD);
        assert_eq!(s.get("other.toml"), None);
    }
}
