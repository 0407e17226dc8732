//! System tests: the store through its public API and the CLI as a user runs it.
// Test code panics on purpose when something unexpected happens; that is how a test fails.
#![allow(clippy::unwrap_used)]

mod booklet;
mod cli;
mod import;
mod schema;
mod validation;
