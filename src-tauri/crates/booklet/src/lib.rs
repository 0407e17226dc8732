//! The profile booklet (profielboekje): approved mentors' public profiles as a designed PDF, with a
//! cover, a contents page with real page numbers, links and bookmarks, and one section per
//! mentor. Typst does the typesetting, used as a library: the template is compiled in, the data
//! goes in as a JSON file it reads (never as generated markup, so no profile text can inject
//! code), and the fonts are embedded. Knows nothing of the database or of Tauri.

mod data;
mod error;
mod fonts;
mod labels;
mod photos;
mod render;
#[cfg(any(test, feature = "sample"))]
pub mod sample;
mod world;

pub use error::BookletError;
pub use labels::default_title;
pub use render::{render, BookletLayout, BookletStage, RenderedBooklet};

use chrono::NaiveDate;
use mentorpool_domain::profile::{CareerMove, CvEntry, MeetingFrequency, MeetingMode};
use mentorpool_domain::{LanguageCode, UiLanguage};

/// Everything one booklet shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookletInput {
    pub organisation: String,
    pub title: String,
    /// The day the booklet is made; availability is as of this day.
    pub date: NaiveDate,
    /// Every fixed word, the hyphenation and the PDF's document language follow this.
    pub language: UiLanguage,
    /// A PNG, JPEG or SVG file, shown on the cover.
    pub logo: Option<Vec<u8>>,
    /// Paragraphs on how to choose a mentor, for the cover
    /// (`mentorpool_domain::orientation::booklet_introduction`).
    pub introduction: Vec<String>,
    /// In the order the booklet shows them.
    pub mentors: Vec<BookletMentor>,
    /// PDF/A-2a, for archiving, instead of a plain (still tagged) PDF.
    pub pdf_a: bool,
}

/// One mentor's public profile: nothing HR keeps for itself belongs here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookletMentor {
    pub name: String,
    pub job_title: String,
    pub department: String,
    pub bio: String,
    pub expertise: Vec<String>,
    pub topics: Vec<String>,
    pub meeting_mode: Option<MeetingMode>,
    pub meeting_frequency: Option<MeetingFrequency>,
    pub career_path: Vec<CareerMove>,
    pub cv: Vec<CvEntry>,
    pub languages: Vec<LanguageCode>,
    /// Free places on the booklet's date, out of `capacity`.
    pub places_available: u32,
    pub capacity: u32,
    /// The stored photo (a JPEG of at most 600 px a side); without one the section shows the
    /// mentor's initials.
    pub photo: Option<Vec<u8>>,
}
