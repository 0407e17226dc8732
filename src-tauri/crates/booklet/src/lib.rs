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
use mentorpool_domain::{BookletProfile, UiLanguage};

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
    pub mentors: Vec<BookletProfile>,
    /// PDF/A-2a, for archiving, instead of a plain (still tagged) PDF.
    pub pdf_a: bool,
}
