//! What the PDF tests share: the machine's fonts (or the reason to skip),
//! and realistic drafts in English, French, Russian, Arabic and Chinese.

#![allow(dead_code)]

use std::sync::OnceLock;

use palermo_draft::{Block, Document, FontSet, Span};
use palermo_i18n::Lang;

/// Set (as CI does) to make a missing font or tool a failure, not a skip.
pub const REQUIRE: &str = "PALERMO_REQUIRE_FONTS";

/// The machine's fonts, found once per test binary; `None` (after a
/// notice) when there are none and `PALERMO_REQUIRE_FONTS` is not set.
pub fn fonts() -> Option<&'static FontSet> {
    static FONTS: OnceLock<Result<FontSet, String>> = OnceLock::new();
    match FONTS.get_or_init(|| palermo_fonts::find_fonts(&[]).map_err(|e| e.to_string())) {
        Ok(set) => Some(set),
        Err(e) if std::env::var_os(REQUIRE).is_some() => {
            panic!("{REQUIRE} is set and the fonts are missing: {e}")
        }
        Err(e) => {
            eprintln!("skipped (set {REQUIRE} to make this a failure): {e}");
            None
        }
    }
}

fn text(s: &str) -> Span {
    Span::Text(s.to_string())
}
fn strong(s: &str) -> Span {
    Span::Strong(s.to_string())
}
fn user(s: &str) -> Span {
    Span::User(s.to_string())
}
fn gap(s: &str) -> Span {
    Span::Gap(s.to_string())
}
fn heading(level: u8, s: &str) -> Block {
    Block::Heading {
        level,
        text: s.to_string(),
    }
}
fn field(label: &str, value: Vec<Span>) -> Block {
    Block::Field {
        label: label.to_string(),
        value,
    }
}

pub fn english() -> Document {
    Document {
        lang: Lang::En,
        title: "Request for mutual legal assistance".into(),
        blocks: vec![
            field("Requesting State", vec![text("Italy")]),
            field("Reference", vec![user("PM-2024/118")]),
            field("Date", vec![gap("[date of the request]")]),
            field("Witness", vec![user("محمد علي"), text(" (Mohamed Ali), born 1987")]),
            heading(1, "1. Authority conducting the investigation"),
            Block::Para(vec![
                text("The Public Prosecutor's Office of Palermo, acting under "),
                strong("article 18(13)"),
                text(" of the Convention, requests the assistance described below."),
            ]),
            heading(1, "2. Summary of the facts"),
            Block::Para(vec![
                text("The suspect, "),
                user("Mario Rossi"),
                text(", is alleged to have laundered the proceeds of trafficking through accounts held at "),
                user("Banque Ünïcode SA, Genève"),
                text(". The offences were committed between "),
                gap("[dates of the offences]"),
                text(" in Palermo and Marseille."),
            ]),
            heading(2, "2.1 Assistance requested"),
            Block::Item(vec![text("Bank records of the accounts named in annex A, from 1 January 2021.")]),
            Block::Item(vec![
                text("The testimony of "),
                gap("[name of the witness]"),
                text(", by video conference under article 18(18)."),
            ]),
            Block::Para(vec![
                text("The requested State is asked to keep this request confidential ("),
                strong("art. 18(20)"),
                text(")."),
            ]),
        ],
    }
}

pub fn french() -> Document {
    Document {
        lang: Lang::Fr,
        title: "Demande d'entraide judiciaire".into(),
        blocks: vec![
            field("État requérant", vec![text("Italie")]),
            field("Référence", vec![user("PM-2024/118")]),
            heading(1, "1. Autorité chargée de l'enquête"),
            Block::Para(vec![
                text("Le parquet de Palerme, agissant en vertu de l'"),
                strong("article 18, paragraphe 13"),
                text(", de la Convention, sollicite l'entraide décrite ci-après."),
            ]),
            heading(1, "2. Exposé des faits"),
            Block::Para(vec![
                text("Le suspect, "),
                user("Mario Rossi"),
                text(", aurait blanchi le produit de la traite des personnes au moyen de comptes ouverts à "),
                user("Genève"),
                text(". Les infractions ont été commises entre "),
                gap("[dates des infractions]"),
                text(" à Palerme et à Marseille."),
            ]),
            Block::Item(vec![text("Relevés bancaires des comptes désignés à l'annexe A.")]),
            Block::Item(vec![
                text("Audition de "),
                gap("[nom du témoin]"),
                text(" par vidéoconférence (art. 18, par. 18)."),
            ]),
        ],
    }
}

pub fn russian() -> Document {
    Document {
        lang: Lang::Ru,
        title: "Просьба об оказании взаимной правовой помощи".into(),
        blocks: vec![
            field("Запрашивающее государство", vec![text("Италия")]),
            heading(1, "1. Изложение фактов"),
            Block::Para(vec![
                text("Подозреваемый "),
                user("Mario Rossi"),
                text(" предположительно отмывал доходы от торговли людьми через счета в банке "),
                gap("[название банка]"),
                text(" в соответствии со "),
                strong("статьей 18(15)"),
                text(" Конвенции."),
            ]),
            Block::Item(vec![text(
                "Выписки по банковским счетам за 2021–2023 годы.",
            )]),
        ],
    }
}

pub fn arabic() -> Document {
    Document {
        lang: Lang::Ar,
        title: "طلب المساعدة القانونية المتبادلة".into(),
        blocks: vec![
            field("الدولة الطالبة", vec![text("إيطاليا")]),
            field("المرجع", vec![user("PM-2024/118")]),
            heading(1, "١. السلطة التي تتولى التحقيق"),
            Block::Para(vec![
                text("تطلب النيابة العامة في باليرمو، عملاً بالمادة "),
                strong("art. 18(15)"),
                text(" من الاتفاقية، المساعدة المبينة أدناه."),
            ]),
            heading(1, "٢. ملخص الوقائع"),
            Block::Para(vec![
                text("يُدَّعى أن المشتبه فيه "),
                user("Mario Rossi"),
                text(" قد غسل عائدات الاتجار بالأشخاص من خلال حسابات مصرفية في جنيف بين عامي 2021 و2023، وذلك في "),
                gap("[تاريخ الجريمة]"),
                text("."),
            ]),
            Block::Item(vec![text("سجلات الحسابات المصرفية المذكورة في المرفق ألف.")]),
            Block::Item(vec![
                text("سماع شهادة "),
                gap("[اسم الشاهد]"),
                text(" عن طريق الائتمار بالفيديو."),
            ]),
        ],
    }
}

pub fn chinese() -> Document {
    Document {
        lang: Lang::Zh,
        title: "司法协助请求".into(),
        blocks: vec![
            field("请求国", vec![text("意大利")]),
            field("编号", vec![user("PM-2024/118")]),
            heading(1, "一、负责调查的机关"),
            Block::Para(vec![
                text("根据《联合国打击跨国有组织犯罪公约》"),
                strong("第十八条第十五款"),
                text("，巴勒莫检察院请求提供下述协助。"),
            ]),
            heading(1, "二、案件事实摘要"),
            Block::Para(vec![
                text("犯罪嫌疑人"),
                user("Mario Rossi"),
                text(
                    "涉嫌于2021年至2023年间通过在日内瓦开立的银行账户清洗贩运人口所得，犯罪日期为",
                ),
                gap("[犯罪日期]"),
                text("。"),
            ]),
            Block::Item(vec![text("附件甲所列账户的银行记录。")]),
            Block::Item(vec![
                text("通过视频会议听取"),
                gap("[证人姓名]"),
                text("的证词。"),
            ]),
        ],
    }
}

/// The five drafts, with a name for messages and files.
pub fn all() -> Vec<(&'static str, Document)> {
    vec![
        ("en", english()),
        ("fr", french()),
        ("ru", russian()),
        ("ar", arabic()),
        ("zh", chinese()),
    ]
}

/// `doc` with its paragraphs repeated to about `n` blocks.
pub fn long(mut doc: Document, n: usize) -> Document {
    let body = doc.blocks.clone();
    while doc.blocks.len() < n {
        doc.blocks.extend(body.iter().cloned());
    }
    doc
}

/// The number of pages of a PDF: the `/Count` of its page tree (krilla
/// writes one `/Type/Pages` node), 0 when there is none.
pub fn page_count(pdf: &[u8]) -> usize {
    let raw = String::from_utf8_lossy(pdf);
    let Some(at) = raw.find("/Type/Pages/Count ") else {
        return 0;
    };
    raw[at + "/Type/Pages/Count ".len()..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or(0)
}
