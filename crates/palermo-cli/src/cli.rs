//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use palermo_rules::facts::RequestKind;

/// Palermo: the UN Convention against Transnational Organized Crime as executable, explained law.
#[derive(Parser, Debug)]
#[command(
    name = "palermo",
    version,
    after_help = "Exit codes: 0 done; 1 --fail-on matched, a test expectation failed (or no case file was found), or data check found errors; 2 unreadable or refused input (a case, the data, arguments, rows to import)."
)]
pub struct Cli {
    /// Language of the output: ar, en, es, fr, ru or zh (the six UN languages).
    /// Default: PALERMO_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<palermo_i18n::Lang>,
    #[command(subcommand)]
    pub command: Command,
}

fn parse_lang(s: &str) -> Result<palermo_i18n::Lang, String> {
    palermo_i18n::Lang::parse(s)
        .ok_or_else(|| format!("`{s}` is not one of the six UN languages: ar, en, es, fr, ru, zh"))
}

/// A date `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse::<jiff::civil::Date>()
        .map_err(|_| format!("`{s}` is not a date: expected YYYY-MM-DD"))
}

/// What one `--kind` of `palermo matrix` asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindChoice {
    /// One kind of cooperation.
    One(RequestKind),
    /// `all`: every kind.
    All,
}

impl KindChoice {
    /// The kinds it stands for.
    pub fn kinds(self) -> Vec<RequestKind> {
        match self {
            KindChoice::One(k) => vec![k],
            KindChoice::All => RequestKind::ALL.to_vec(),
        }
    }
}

/// A kind of cooperation in the contract's spelling, `mla` for mutual legal
/// assistance, or `all`.
pub fn parse_kind(s: &str) -> Result<KindChoice, String> {
    match s {
        "all" => return Ok(KindChoice::All),
        "mla" => return Ok(KindChoice::One(RequestKind::MutualLegalAssistance)),
        _ => {}
    }
    RequestKind::ALL
        .into_iter()
        .find(|k| k.as_str() == s)
        .map(KindChoice::One)
        .ok_or_else(|| {
            // Clap says which value of which option; this says what it takes.
            let names: Vec<&str> = RequestKind::ALL.iter().map(|k| k.as_str()).collect();
            format!("expected one of {} or all", names.join(", "))
        })
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Assess a case file: can the Convention be the legal basis for the request?
    Assess(Deferred<AssessArgs>),
    /// Explain what a finding id, provision or domestic-law question tests.
    Explain(Deferred<ExplainArgs>),
    /// Check the `[expect]` tables of case files (a folder of legal test cases).
    ///
    /// Exit 1 if an expectation fails or no case file is found, 2 if a case cannot be read.
    Test(Deferred<TestArgs>),
    /// Work with the reference data.
    Data(Deferred<DataArgs>),
    /// List the crime catalogue, or show one crime type.
    Crimes(Deferred<CrimesArgs>),
    /// Where can the Convention carry cooperation? One case over every State
    /// (--vary), or every ordered pair of States under the standard scenario (--crime, --kind).
    Matrix(Deferred<MatrixArgs>),
    /// Studies across States from the data.
    Study(Deferred<StudyArgs>),
    /// Draft the request a case asks for (MLA, extradition, confiscation), with a completeness check.
    ///
    /// Exit 1 and no file when an element the Convention asks for is missing (unless
    /// --allow-incomplete); 2 when the case cannot be read or drafted.
    Draft(Deferred<DraftArgs>),
    /// Serve the HTTP API and the registry (SQLite file by default, or --db postgres://…).
    Serve(Deferred<crate::cli_registry::ServeArgs>),
    /// Create authorities, users and API tokens in the registry.
    Admin(Deferred<crate::cli_registry::AdminArgs>),
    /// Record, list, show, update, approve, export and import cooperation requests.
    Registry(Deferred<crate::cli_registry::RegistryArgs>),
    /// Statistics on the use of the Convention as a legal basis (rec. 79(a)).
    Stats(Deferred<crate::cli_registry::StatsArgs>),
    /// Check the registry's audit trail.
    Audit(Deferred<crate::cli_registry::AuditArgs>),
    /// Competent national authorities by State and function (central authorities for
    /// mutual legal assistance, art. 18(13), and others), each with its source.
    Authorities(Deferred<AuthoritiesArgs>),
    /// Full-text search over the provisions, the crime catalogue and its mandates, the
    /// penalties, the notifications and the competent authorities.
    Search(Deferred<SearchArgs>),
}

/// A function of a competent authority (`mla`, `extradition`, ...).
/// A command's arguments, defined only when that command is the one run
/// or asked for help (clap's `Command::defer`): the command tree of every
/// command and its options took a one-shot `palermo assess` 350,000
/// instructions, for one command used. `palermo --help` still lists every
/// command with its description, which the variant's comment gives.
#[derive(Debug)]
pub struct Deferred<T>(pub T);

impl<T: Args> Args for Deferred<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args)
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(T::augment_args_for_update)
    }

    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Deferred)
    }

    fn from_arg_matches_mut(matches: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches_mut(matches).map(Deferred)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }

    fn update_from_arg_matches_mut(
        &mut self,
        matches: &mut clap::ArgMatches,
    ) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches_mut(matches)
    }
}

pub fn parse_function(s: &str) -> Result<palermo_refdata::AuthorityFunction, String> {
    palermo_refdata::AuthorityFunction::parse(s).ok_or_else(|| {
        format!(
            "expected one of {}",
            palermo_refdata::AuthorityFunction::expected()
        )
    })
}

#[derive(Args, Debug)]
pub struct AuthoritiesArgs {
    #[command(subcommand)]
    pub command: AuthoritiesCommand,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Text,
    Csv,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum AuthoritiesCommand {
    /// One State's authorities on record, each with function, languages, channels, contact,
    /// source and as-of date ("none on record" when the list has none).
    Show {
        /// ISO 3166-1 alpha-3 code.
        state: String,
        /// Only this function: mla, extradition, transfer_of_sentenced_persons, som_by_sea,
        /// firearms, cultural_property, asset_recovery.
        #[arg(long, value_name = "F", value_parser = parse_function)]
        function: Option<palermo_refdata::AuthorityFunction>,
        #[command(flatten)]
        data: DataOption,
    },
    /// Every authority on record.
    List {
        /// Only this function (as for `show`).
        #[arg(long, value_name = "F", value_parser = parse_function)]
        function: Option<palermo_refdata::AuthorityFunction>,
        /// Output format (csv: the columns of competent_authorities.csv).
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
        #[command(flatten)]
        data: DataOption,
    },
    /// Append authorities from a CSV with the columns of competent_authorities.csv.
    ///
    /// Each row is validated as the loader validates the file (also: a State of the folder,
    /// the name the folder gives it, a source not dated after today, no repeat of the
    /// folder's rows); the import is recorded in the folder's CHANGELOG.md.
    /// Nothing is written (exit 2) if a row fails.
    Import {
        /// The CSV to import.
        file: PathBuf,
        /// The data folder to import into (a copy of data/; the embedded data cannot be changed).
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        /// Check every row and say what would be imported, but write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// A kind of search hit.
pub fn parse_search_kind(s: &str) -> Result<palermo_search::Kind, String> {
    palermo_search::Kind::parse(s).ok_or_else(|| {
        let names: Vec<&str> = palermo_search::Kind::ALL
            .iter()
            .map(|k| k.as_str())
            .collect();
        format!("expected one of {}", names.join(", "))
    })
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// What to look for: words (every one must match; stems match, so `smuggle` finds
    /// `smuggling`), "a phrase" in quotes, -word to exclude, word* for a prefix.
    pub query: String,
    /// Only hits about this State (ISO 3166-1 alpha-3).
    #[arg(long, value_name = "ISO3")]
    pub state: Option<String>,
    /// Only hits about this article: a Convention article (`16`, `18(13)`) or a Protocol's
    /// (`SOM 8`, `TIP 5`, `FP 13`).
    #[arg(long, value_name = "N")]
    pub article: Option<String>,
    /// Only hits about this crime type (catalogue id).
    #[arg(long, value_name = "ID")]
    pub crime_type: Option<String>,
    /// Only hits of this kind: provision, crime, penalty, notification, authority.
    #[arg(long, value_name = "KIND", value_parser = parse_search_kind)]
    pub kind: Option<palermo_search::Kind>,
    /// How many hits to show (the counts by kind, State and article cover every hit).
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
    /// End standard error with one line of timings: documents, index build, query.
    #[arg(long)]
    pub stats: bool,
    #[command(flatten)]
    pub data: DataOption,
}

#[derive(Args, Debug)]
pub struct StudyArgs {
    #[command(subcommand)]
    pub study: StudyCommand,
}

#[derive(Subcommand, Debug)]
pub enum StudyCommand {
    /// Which crime types are "serious crime" (art. 2(b)) in which States, from the penalty data,
    /// by region and legal system, with what-ifs (--set).
    SeriousCrime(SeriousCrimeArgs),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum StudyFormat {
    Csv,
    Markdown,
    Svg,
}

#[derive(Args, Debug)]
pub struct SeriousCrimeArgs {
    /// Crime type (catalogue id), repeatable; default: every catalogue type.
    #[arg(long = "crime", value_name = "ID")]
    pub crimes: Vec<String>,
    /// What-if: a statutory maximum for a State and crime type, e.g. KEN:wildlife_trafficking=4y (repeatable).
    #[arg(long = "set", value_name = "ISO3:CRIME=PENALTY")]
    pub set: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StudyFormat::Csv)]
    pub format: StudyFormat,
    /// Write to FILE instead of standard output (replaced only if the command succeeds).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Read the penalties in force at this date (YYYY-MM-DD); default: today (UTC). A date after today gives a warning.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    #[command(flatten)]
    pub data: DataOption,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Vary {
    Requested,
    Requesting,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum MatrixFormat {
    Csv,
    Json,
    Markdown,
    Svg,
}

#[derive(Args, Debug)]
pub struct MatrixArgs {
    /// A case file (or `-` for standard input): keep its facts and vary one State (with --vary).
    pub case: Option<PathBuf>,
    /// Which State of the case to vary over every participant in the data.
    #[arg(long, value_enum, requires = "case")]
    pub vary: Option<Vary>,
    /// Crime type (catalogue id), repeatable; `all` for every catalogue type.
    #[arg(long = "crime", value_name = "ID")]
    pub crimes: Vec<String>,
    /// Kind of cooperation, repeatable: extradition, mutual_legal_assistance (or mla),
    /// confiscation, transfer_of_sentenced_persons, transfer_of_proceedings,
    /// joint_investigation, special_investigative_techniques, law_enforcement_cooperation,
    /// or `all`.
    #[arg(long = "kind", value_name = "KIND", value_parser = parse_kind)]
    pub kinds: Vec<KindChoice>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = MatrixFormat::Csv)]
    pub format: MatrixFormat,
    /// Write to FILE instead of standard output (replaced only if the command succeeds).
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Read treaty status and penalties at this date (YYYY-MM-DD); default: the case's, else today (UTC). A date after today gives a warning.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Worker threads for the coverage matrix (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// With --vary: whose statutory maximum decides "serious crime" (art. 3(1)(b)), as for `assess`.
    #[arg(long, value_enum, requires = "vary", default_value_t = SeriousCrimeLaw::Requesting)]
    pub serious_crime_law: SeriousCrimeLaw,
    /// Check every cell against the explained engine instead of printing the
    /// matrix: lists the cells that differ, exit 1 if any (run it after a data update).
    #[arg(long, conflicts_with_all = ["case", "vary", "output"])]
    pub verify: bool,
    #[command(flatten)]
    pub data: DataOption,
}

#[derive(Args, Debug)]
pub struct CrimesArgs {
    #[command(subcommand)]
    pub command: Option<CrimesCommand>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text, global = true)]
    pub format: ListFormat,
    #[command(flatten)]
    pub data: DataOption,
}

#[derive(Subcommand, Debug)]
pub enum CrimesCommand {
    /// Show one crime type in full.
    Show {
        /// Its id (`palermo crimes` lists them).
        id: String,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Args, Debug, Clone)]
pub struct DataOption {
    /// Use the reference data in DIR (a copy of the repository's data/ folder, all nine files) instead of the embedded snapshot.
    #[arg(long, value_name = "DIR", global = true)]
    pub data: Option<PathBuf>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Exit 1 when the answer is undetermined (or depends on domestic law, or conflicts).
    Undetermined,
    /// Exit 1 when the answer is no.
    No,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum SeriousCrimeLaw {
    Requesting,
    Requested,
    Both,
    Either,
}

impl SeriousCrimeLaw {
    /// The engine's option.
    pub fn engine(self) -> palermo_rules::facts::SeriousCrimeLaw {
        use palermo_rules::facts::SeriousCrimeLaw as E;
        match self {
            SeriousCrimeLaw::Requesting => E::Requesting,
            SeriousCrimeLaw::Requested => E::Requested,
            SeriousCrimeLaw::Both => E::Both,
            SeriousCrimeLaw::Either => E::Either,
        }
    }
}

#[derive(Args, Debug)]
pub struct AssessArgs {
    /// Case files (.toml or .json) or folders of them, or `-` to read one case from
    /// standard input (JSON if it starts with `{`, else TOML). Several cases with
    /// `--format json` give one assessment per line (JSON Lines).
    #[arg(required = true, value_name = "CASE")]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Read treaty status, notifications and penalties at this date (YYYY-MM-DD); overrides the case's `as_of`. Default: the case's, else today (UTC). A date after today is assessed with a warning.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Show every finding, also art. 35 (settlement of disputes) and the art. 15 grounds of States other than the two.
    #[arg(long)]
    pub all: bool,
    /// End standard error with one line of timings: cases, read, assess (the whole explained assessment: findings, answer and sensitivity; wall time, per case), render.
    #[arg(long)]
    pub stats: bool,
    /// Threads that read and assess a caseload (default: all cores); output stays in the files' order.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Whose statutory maximum decides "serious crime" for the art. 3(1)(b) scope test (an interpretation; see docs/legal-method.md).
    #[arg(long, value_enum, default_value_t = SeriousCrimeLaw::Requesting)]
    pub serious_crime_law: SeriousCrimeLaw,
    /// Exit 1 when the answer is undetermined, or no (all non-yes answers with `no`).
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    #[command(flatten)]
    pub data: DataOption,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum DraftFormat {
    /// Word (Office Open XML).
    Docx,
    /// PDF, fonts embedded (see README: fonts).
    Pdf,
    /// A standalone HTML page.
    Html,
    /// Markdown.
    Markdown,
}

impl DraftFormat {
    /// From a file name's extension.
    pub fn from_path(p: &std::path::Path) -> Option<DraftFormat> {
        match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "docx" => Some(DraftFormat::Docx),
            "pdf" => Some(DraftFormat::Pdf),
            "html" | "htm" => Some(DraftFormat::Html),
            "md" | "markdown" => Some(DraftFormat::Markdown),
            _ => None,
        }
    }
}

#[derive(Args, Debug)]
pub struct DraftArgs {
    /// The case file (.toml or .json), with a `[draft]` table for what the request needs beyond the facts (see docs/case-format.md), or `-` for standard input.
    #[arg(value_name = "CASE")]
    pub file: PathBuf,
    /// Output format. Default: from the --output file's extension, else markdown.
    #[arg(long, value_enum)]
    pub format: Option<DraftFormat>,
    /// Write the draft to FILE (required for docx and pdf). The file is written only when the draft is complete, or with --allow-incomplete.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write the draft even when elements are missing; they are marked visibly in it.
    #[arg(long)]
    pub allow_incomplete: bool,
    /// Assess at this date (YYYY-MM-DD); overrides the case's `as_of`.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Whose statutory maximum decides "serious crime" (as for `assess`).
    #[arg(long, value_enum, default_value_t = SeriousCrimeLaw::Requesting)]
    pub serious_crime_law: SeriousCrimeLaw,
    /// Also look for fonts in DIR (PDF), before the system's; PALERMO_FONT_DIR does the same.
    #[arg(long, value_name = "DIR")]
    pub font_dir: Vec<PathBuf>,
    /// Say which font file each script is set in (PDF).
    #[arg(long, short)]
    pub verbose: bool,
    #[command(flatten)]
    pub data: DataOption,
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// A finding id (`art16.4.convention_as_basis`, `art2.b.serious_crime.ITA`), an id prefix (`art16`), a provision (`16(5)(a)`, `UNTOC art. 3(2)`, `art16.5`), or `questions`. Without it, every finding and question is listed. A paragraph or article the Convention does not have is an error (exit 2).
    pub what: Option<String>,
}

#[derive(Args, Debug)]
pub struct TestArgs {
    /// Case files or folders (searched for .toml and .json files); `-` reads one case from standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub data: DataOption,
}

#[derive(Args, Debug)]
pub struct DataArgs {
    #[command(subcommand)]
    pub command: DataCommand,
}

#[derive(Subcommand, Debug)]
pub enum DataCommand {
    /// Validate the reference data (embedded, or --data DIR) and print every problem with file and line.
    ///
    /// Every row must be a record or an error (no row lost without a word), and no
    /// source_as_of may be after today. Exit 1 on any error.
    Check(DataOption),
    /// Print the snapshot id of the reference data.
    Snapshot(DataOption),
    /// Everything known about one State, with sources and as-of dates, and what is missing.
    Show {
        /// ISO 3166-1 alpha-3 code.
        state: String,
        #[command(flatten)]
        data: DataOption,
    },
    /// Coverage: parties with dates, notifications, penalty rows per crime type and region.
    Stats(DataOption),
    /// What changed between two data folders (for reviewing an update).
    Diff {
        /// The old folder.
        old: std::path::PathBuf,
        /// The new folder.
        new: std::path::PathBuf,
    },
    /// Import rows into a data folder, validated row by row.
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum ImportCommand {
    /// Append national penalty rows from a CSV with the columns of national_penalties.csv.
    ///
    /// Each row is validated (also: a State of the folder, the name the folder gives it, a
    /// source not dated after today, no clash with the folder's rows); the folder's
    /// CHANGELOG.md records the import. Nothing is written
    /// (exit 2) if a row fails.
    Penalties {
        /// The CSV to import.
        file: std::path::PathBuf,
        /// The data folder to import into (a copy of data/; the embedded data cannot be changed).
        #[arg(long, value_name = "DIR")]
        data: std::path::PathBuf,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_well_defined_though_its_arguments_are_deferred() {
        // clap checks a command's definition when it builds it; a deferred
        // command is built only when run, so build them all here.
        use clap::CommandFactory;
        Cli::command().debug_assert();
        let mut cli = Cli::command();
        cli.build();
        let assess = cli.find_subcommand("assess").unwrap();
        assert!(assess.get_arguments().any(|a| a.get_id() == "format"));
        assert!(
            assess.get_arguments().any(|a| a.get_id() == "lang"),
            "--lang is global"
        );
    }

    #[test]
    fn kinds_are_parsed_with_mla_and_all() {
        assert_eq!(
            parse_kind("extradition"),
            Ok(KindChoice::One(RequestKind::Extradition))
        );
        assert_eq!(parse_kind("mla"), parse_kind("mutual_legal_assistance"));
        assert_eq!(parse_kind("all").unwrap().kinds(), RequestKind::ALL);
        for k in RequestKind::ALL {
            assert_eq!(parse_kind(k.as_str()).unwrap().kinds(), [k]);
        }
        assert_eq!(
            parse_kind("bogus").unwrap_err(),
            "expected one of extradition, mutual_legal_assistance, confiscation, transfer_of_sentenced_persons, transfer_of_proceedings, joint_investigation, special_investigative_techniques, law_enforcement_cooperation or all"
        );
    }

    #[test]
    fn dates_are_parsed_or_refused_with_the_expected_form() {
        assert_eq!(parse_date("2024-02-29"), Ok(jiff::civil::date(2024, 2, 29)));
        assert_eq!(
            parse_date("2024-02-30").unwrap_err(),
            "`2024-02-30` is not a date: expected YYYY-MM-DD"
        );
    }

    #[test]
    fn matrix_and_study_take_typed_values() {
        let cli = Cli::try_parse_from([
            "palermo",
            "matrix",
            "--kind",
            "mla",
            "--kind",
            "all",
            "--as-of",
            "2024-05-01",
        ])
        .unwrap();
        let Command::Matrix(Deferred(m)) = cli.command else {
            panic!("not matrix")
        };
        assert_eq!(
            m.kinds,
            [
                KindChoice::One(RequestKind::MutualLegalAssistance),
                KindChoice::All
            ]
        );
        assert_eq!(m.as_of, Some(jiff::civil::date(2024, 5, 1)));
        let cli =
            Cli::try_parse_from(["palermo", "study", "serious-crime", "--as-of", "2024-05-01"])
                .unwrap();
        let Command::Study(Deferred(StudyArgs {
            study: StudyCommand::SeriousCrime(s),
        })) = cli.command
        else {
            panic!("not study")
        };
        assert_eq!(s.as_of, Some(jiff::civil::date(2024, 5, 1)));
        for args in [
            &["palermo", "matrix", "--kind", "bogus"][..],
            &["palermo", "matrix", "--as-of", "2024-13-01"],
            &["palermo", "study", "serious-crime", "--as-of", "tomorrow"],
        ] {
            let e = Cli::try_parse_from(args).unwrap_err();
            assert_eq!(e.kind(), clap::error::ErrorKind::ValueValidation, "{e}");
        }
    }
}
