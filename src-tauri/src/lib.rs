//! The Tauri shell: command-line parsing, the window, and IPC commands that only translate
//! between the UI and the core crates. No rule and no SQL lives here.

mod cli;
mod commands;
mod error;
mod focus_handover;
mod picked_file;
mod startup_message;
mod state;
mod window;

use clap::Parser;
use std::process::ExitCode;

pub use error::IpcError;

pub fn run() -> ExitCode {
    let args = cli::Args::parse();
    match args.command {
        Some(command) => cli::execute(command, args.data_dir),
        None => window::open(args.data_dir),
    }
}
