//! Mentorpool's domain: the types and rules of the mentoring programme, with no IO.
//!
//! Every rule the app enforces lives here or in the store, never in the UI.

mod email;
mod error;
mod ids;
mod language;
mod management;
pub mod matching;
pub mod mentor;
pub mod orientation;
pub mod person;
pub mod poll;
pub mod profile;
mod prose_language;
mod public_profile;
pub mod screening;
mod search;
mod ui_language;

pub use email::is_valid_email;
pub use error::DomainError;
pub use ids::{ChoiceId, MentorId, PersonId};
pub use language::LanguageCode;
pub use management::would_create_cycle;
pub use mentor::{MentorDetail, MentorInput, MentorProfile, MentorStatus, ValidMentor, DEFAULT_CAPACITY};
pub use person::{Person, PersonInput, ValidPerson};
pub use prose_language::prose_language;
pub use public_profile::{BookletProfile, PublicProfile};
pub use search::fold_for_search;
pub use ui_language::UiLanguage;

/// The application identifier; it names the data dir, so it never changes.
pub const APP_IDENTIFIER: &str = "nl.mentorpool.app";
