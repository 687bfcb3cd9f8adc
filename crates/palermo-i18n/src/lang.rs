//! The six official languages of the United Nations, and how one is chosen
//! from a flag, `PALERMO_LANG` or the locale.

/// One of the six UN languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Arabic (written right to left).
    Ar,
    /// English.
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Chinese (simplified, as the UN writes it).
    Zh,
}

impl Lang {
    /// Every language, in the order of their codes.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::En, Lang::Es, Lang::Fr, Lang::Ru, Lang::Zh];

    /// The two-letter code (`ar`, `en`, `es`, `fr`, `ru`, `zh`).
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    /// `rtl` for Arabic, `ltr` for the others (the HTML `dir` attribute).
    pub const fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's own name ("français"), for a language switch.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::En => "English",
            Lang::Es => "español",
            Lang::Fr => "français",
            Lang::Ru => "русский",
            Lang::Zh => "中文",
        }
    }

    /// Reads a code or a locale: `fr`, `fr-CH`, `fr_FR.UTF-8`, `zh-Hans`,
    /// `ZH`. `None` for any other language.
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language a command uses when no `--lang` is given: `PALERMO_LANG`,
    /// then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English. A
    /// locale in another language, or `C`/`POSIX`, gives English; an unknown
    /// `PALERMO_LANG` is an error the caller reports.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Result<Lang, String> {
        if let Some(v) = get("PALERMO_LANG").filter(|v| !v.is_empty()) {
            return Lang::parse(&v).ok_or(v);
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = get(var).filter(|v| !v.is_empty()) {
                // The first variable set decides, as in POSIX.
                return Ok(Lang::parse(&v).unwrap_or(Lang::En));
            }
        }
        Ok(Lang::En)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
