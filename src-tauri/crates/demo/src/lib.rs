//! A realistic, deterministic Dutch demo organisation for Mentorpool: a water board with ten
//! departments, a real management hierarchy and a mentor pool in every state (with complete
//! profiles, HR's screenings, this year's poll and running mentorships), so the app can be tried
//! and shown without real personnel data.
//!
//! [`generate`] is pure; [`load`] puts its result into an empty store in one transaction.

mod departments;
mod error;
mod featured;
mod generate;
mod load;
mod mentors;
mod names;
mod newcomers;
mod pool;
mod rng;

pub use error::DemoError;
pub use generate::{generate, DemoMentor, DemoOrganisation, DemoPerson, EMAIL_DOMAIN, ORGANISATION_NAME};
pub use load::{load, DemoSummary};
pub use pool::{DemoInvitee, DemoMentorship, DemoPoll, DemoScreening};
