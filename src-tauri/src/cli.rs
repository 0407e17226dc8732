//! `mentorpool [--data-dir DIR] <command>`: the same core as the window, for scripts and HR's
//! IT department.

use chrono::Local;
use clap::{Args as ClapArgs, Parser, Subcommand, ValueEnum};
use mentorpool_booklet::BookletError;
use mentorpool_domain::UiLanguage;
use mentorpool_exchange::booklet::{self as booklet_export, BookletExportError, BookletRequest};
use mentorpool_exchange::employees;
use mentorpool_exchange::{ExchangeError, Problem};
use mentorpool_store::booklet_source::BookletSelection;
use mentorpool_store::{settings, DataDir, StoreError};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

#[derive(Debug, Parser)]
#[command(
    name = "mentorpool",
    version,
    about = "Runs an organisation's mentoring programme, offline."
)]
pub struct Args {
    /// Folder that holds the database, instead of the OS application-data folder.
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load the demo organisation into an empty data dir.
    Demo,
    /// Check the database's integrity, foreign keys and schema version.
    Check,
    /// Import employees from the HR system's CSV export, matched by employee number. All or
    /// nothing: on any problem every problem is listed and nothing changes. People missing
    /// from the file are kept (HR can mark them as having left in the window).
    ImportEmployees {
        /// The CSV file: UTF-8 or Windows-1252, with `;`, `,` or tab between fields.
        file: PathBuf,
        /// Only show what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the profile booklet of the approved mentors as a PDF: a cover, the contents and
    /// one section per mentor, with public profile fields only.
    Booklet(BookletArgs),
}

#[derive(Debug, ClapArgs)]
pub struct BookletArgs {
    /// The PDF to write; an existing file is replaced only once the new one is complete.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// The booklet's language; the app's language when left out.
    #[arg(long, value_enum, value_name = "nl|en")]
    lang: Option<BookletLanguage>,
    /// Only the mentors of this department.
    #[arg(long, value_name = "NAME", conflicts_with = "expertise")]
    department: Option<String>,
    /// Only the mentors with this expertise.
    #[arg(long, value_name = "TAG")]
    expertise: Option<String>,
    /// The organisation's name on the cover, instead of the stored one.
    #[arg(long, value_name = "NAME")]
    organisation: Option<String>,
    /// The cover's title, instead of "Onze mentoren" / "Our mentors".
    #[arg(long)]
    title: Option<String>,
    /// Write PDF/A-2a, for archiving.
    #[arg(long)]
    pdf_a: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum BookletLanguage {
    Nl,
    En,
}

impl From<BookletLanguage> for UiLanguage {
    fn from(language: BookletLanguage) -> Self {
        match language {
            BookletLanguage::Nl => UiLanguage::Nl,
            BookletLanguage::En => UiLanguage::En,
        }
    }
}

pub fn execute(command: Command, data_dir: Option<PathBuf>) -> ExitCode {
    let outcome = match command {
        Command::Demo => demo(data_dir),
        Command::Check => check(data_dir),
        Command::ImportEmployees { file, dry_run } => import_employees(data_dir, &file, dry_run),
        Command::Booklet(args) => booklet(data_dir, args),
    };
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("mentorpool: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Locks and opens the data dir exactly as the window does.
pub fn open_data_dir(data_dir: Option<PathBuf>) -> Result<(DataDir, mentorpool_store::Connection), StoreError> {
    let path = match data_dir {
        Some(path) => path,
        None => mentorpool_store::default_data_dir()?,
    };
    let dir = DataDir::acquire(&path)?;
    let conn = mentorpool_store::open(&dir.database_path())?;
    Ok((dir, conn))
}

fn demo(data_dir: Option<PathBuf>) -> Result<bool, String> {
    let (dir, mut conn) = open_data_dir(data_dir).map_err(|e| e.to_string())?;
    match mentorpool_demo::load(&mut conn, Local::now().date_naive()) {
        Ok(summary) => {
            println!(
                "Loaded the demo organisation \"{}\" into {}: {} people, {} mentors.",
                mentorpool_demo::ORGANISATION_NAME,
                dir.path().display(),
                summary.people,
                summary.mentors
            );
            Ok(true)
        }
        Err(mentorpool_demo::DemoError::NotEmpty) => Err(format!(
            "{} already holds data; the demo organisation only goes into an empty data dir. Nothing was changed.",
            dir.path().display()
        )),
        Err(other) => Err(other.to_string()),
    }
}

fn check(data_dir: Option<PathBuf>) -> Result<bool, String> {
    let (_dir, conn) = open_data_dir(data_dir).map_err(|e| e.to_string())?;
    let report = mentorpool_store::check(&conn).map_err(|e| e.to_string())?;
    println!("{report}");
    Ok(report.is_healthy())
}

fn import_employees(data_dir: Option<PathBuf>, file: &Path, dry_run: bool) -> Result<bool, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    // A file that cannot be read, or lacks a required column, is refused before the data dir
    // is even opened.
    let proposal = match employees::read_employee_csv(&bytes) {
        Ok(proposal) => proposal,
        Err(err) => return refused(err),
    };
    if !proposal.problems.is_empty() {
        return refused(ExchangeError::Invalid(proposal.problems));
    }
    let (_dir, mut conn) = open_data_dir(data_dir).map_err(|e| e.to_string())?;
    let today = Local::now().date_naive();
    if dry_run {
        let preview = employees::preview(&conn, &bytes, &proposal.mapping, today).map_err(|e| e.to_string())?;
        if !preview.problems.is_empty() {
            return refused(ExchangeError::Invalid(preview.problems));
        }
        println!(
            "dry run: added {}, updated {}, unchanged {}",
            preview.to_add.len(),
            preview.to_update.len(),
            preview.unchanged
        );
        print_missing(preview.missing.len());
        return Ok(true);
    }
    match employees::apply(&mut conn, &bytes, &proposal.mapping, &[], today) {
        Ok(summary) => {
            println!(
                "added {}, updated {}, unchanged {}",
                summary.added, summary.updated, summary.unchanged
            );
            print_missing(summary.missing_kept);
            Ok(true)
        }
        Err(err) => refused(err),
    }
}

fn booklet(data_dir: Option<PathBuf>, options: BookletArgs) -> Result<bool, String> {
    let (_dir, conn) = open_data_dir(data_dir).map_err(|e| e.to_string())?;
    let language = match options.lang {
        Some(lang) => lang.into(),
        None => settings::get(&conn, settings::LANGUAGE)
            .map_err(|e| e.to_string())?
            .as_deref()
            .and_then(UiLanguage::parse)
            .unwrap_or(UiLanguage::Nl),
    };
    let selection = match (&options.department, &options.expertise) {
        (Some(department), _) => BookletSelection::Department(department.clone()),
        (None, Some(tag)) => BookletSelection::Expertise(tag.clone()),
        (None, None) => BookletSelection::All,
    };
    let request = BookletRequest {
        selection: selection.clone(),
        language,
        title: options.title,
        organisation: options.organisation,
        logo: None,
        pdf_a: options.pdf_a,
    };
    let refused = |err: BookletExportError| match err {
        BookletExportError::Booklet(BookletError::NoMentors) => match &selection {
            BookletSelection::Department(name) => {
                format!("there are no approved mentors in the department \"{name}\"; nothing was written")
            }
            BookletSelection::Expertise(tag) => {
                format!("there are no approved mentors with the expertise \"{tag}\"; nothing was written")
            }
            _ => "there are no approved mentors yet; nothing was written".to_string(),
        },
        other => format!("{other}; nothing was written"),
    };
    let input = booklet_export::booklet_input(&conn, request, Local::now().date_naive()).map_err(refused)?;
    let booklet =
        booklet_export::export(&input, &options.out, &mut |_| {}, &AtomicBool::new(false)).map_err(refused)?;
    let layout = &booklet.layout;
    println!(
        "Wrote {}: {} pages (cover {}, contents {}, mentors {} for {} mentors), {} KB",
        options.out.display(),
        layout.pages,
        layout.cover_pages,
        layout.contents_pages,
        layout.mentor_pages.iter().sum::<usize>(),
        layout.mentor_pages.len(),
        booklet.pdf.len().div_ceil(1024)
    );
    Ok(true)
}

/// Lists every problem with its line on stderr; anything else is one message.
fn refused(err: ExchangeError) -> Result<bool, String> {
    let problems: &[Problem] = err.problems();
    if problems.is_empty() {
        return Err(err.to_string());
    }
    for problem in problems {
        eprintln!("{problem}");
    }
    eprintln!("mentorpool: nothing was imported ({} problem(s))", problems.len());
    Ok(false)
}

fn print_missing(count: usize) {
    if count > 0 {
        println!("missing from the file: {count}, kept (mark people who left in the window)");
    }
}
