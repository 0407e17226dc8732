//! Mentorpool's storage: where the data dir is, one way to open the database, append-only
//! migrations, and one module per table. Callers own the transaction: every function takes a
//! `&Connection`, and `write` runs one user action in one IMMEDIATE transaction.

pub mod booklet_source;
pub mod cards;
mod check;
pub mod choices;
mod connection;
mod data_dir;
mod error;
pub mod marks;
pub mod mentor_files;
mod mentor_profile;
pub mod mentors;
mod migrations;
mod network_fs;
#[cfg(test)]
mod newcomer_fixtures;
pub mod newcomers;
pub mod people;
pub mod poll;
pub mod public;
pub mod screening;
pub mod search;
pub mod settings;
pub mod suggestions;
#[cfg(test)]
mod test_support;
pub mod vocabulary;

pub use check::{check, CheckReport};
pub use connection::{is_empty, open, open_in_memory, write};
pub use data_dir::{default_data_dir, DataDir, DATABASE_FILE};
pub use error::StoreError;
pub use migrations::SCHEMA_VERSION;
pub use rusqlite::{Connection, Transaction};
