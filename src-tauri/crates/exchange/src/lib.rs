//! Mentorpool's file exchange: reading the CSV files HR gets out of its HR system or Excel,
//! importing employees from them, and writing the profile booklet HR hands out (see [`booklet`]).
//! No Tauri here; the shell only passes bytes, paths and answers in.
//!
//! The employee import runs in three steps the UI shows one by one:
//! 1. [`employees::read_employee_csv`] reads the file and proposes a [`employees::ColumnMapping`];
//! 2. [`employees::preview`] lists every problem (with its line) and what would change;
//! 3. [`employees::apply`] applies the (possibly corrected) mapping and HR's decision for each
//!    person missing from the file, all or nothing, in one transaction.

pub mod booklet;
pub mod csv_file;
pub mod employees;
mod error;
pub mod poll_csv;
mod problem;

pub use error::ExchangeError;
pub use problem::{Problem, ProblemCode};
