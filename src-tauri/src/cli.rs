//! `mentorpool [--data-dir DIR] <command>`: the same core as the window, for scripts and HR's
//! IT department.

use chrono::Local;
use clap::{Parser, Subcommand};
use mentorpool_store::{DataDir, StoreError};
use std::path::PathBuf;
use std::process::ExitCode;

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
}

pub fn execute(command: Command, data_dir: Option<PathBuf>) -> ExitCode {
    let outcome = match command {
        Command::Demo => demo(data_dir),
        Command::Check => check(data_dir),
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
