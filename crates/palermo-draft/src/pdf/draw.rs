//! The laid-out pages written as a PDF with krilla: glyphs with the text
//! they stand for (so the text can be copied, searched and extracted),
//! fonts embedded as subsets, title and language in the metadata, and no
//! timestamp, so the same draft always gives the same bytes.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{Metadata, TextDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::SerializeSettings;

use super::error::PdfError;
use super::fonts::Loaded;
use super::layout::{Op, Pages, Rgb, GAP_BORDER, GAP_FILL, PAGE_HEIGHT, PAGE_WIDTH};
use crate::Document;

/// The PDF of `pages`.
pub(crate) fn render(doc: &Document, fonts: &Loaded, pages: &Pages) -> Result<Vec<u8>, PdfError> {
    let settings = SerializeSettings {
        // Nothing is tagged: an empty structure tree would only add bytes.
        enable_tagging: false,
        ..SerializeSettings::default()
    };
    let mut document = krilla::Document::new_with(settings);
    document.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .language(doc.lang.code().to_string())
            .creator("Palermo".to_string())
            .text_direction(if doc.rtl() {
                TextDirection::RightToLeft
            } else {
                TextDirection::LeftToRight
            }),
    );
    let Some(page_settings) = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT) else {
        return Err(PdfError::Pdf("invalid page size".to_string()));
    };
    for ops in pages {
        let mut page = document.start_page_with(page_settings.clone());
        let mut surface = page.surface();
        for op in ops {
            draw_op(&mut surface, fonts, op);
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| PdfError::Pdf(format!("{e:?}")))
}

fn color(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(c: Rgb) -> Fill {
    Fill {
        paint: color(c).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn draw_op(surface: &mut Surface, fonts: &Loaded, op: &Op) {
    match op {
        Op::Highlight {
            x,
            y,
            width,
            height,
        } => {
            let mut pb = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) {
                pb.push_rect(rect);
            }
            if let Some(path) = pb.finish() {
                surface.set_fill(Some(fill(GAP_FILL)));
                surface.set_stroke(Some(Stroke {
                    paint: color(GAP_BORDER).into(),
                    width: 0.6,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Op::Text {
            x,
            y,
            size,
            color: c,
            run,
        } => {
            let Some(face) = fonts.faces.get(run.face) else {
                return;
            };
            surface.set_fill(Some(fill(*c)));
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &run.glyphs,
                face.pdf.clone(),
                &run.text,
                *size,
                false,
            );
        }
    }
}
