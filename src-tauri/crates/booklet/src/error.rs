use thiserror::Error;

/// Why no booklet came out.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum BookletError {
    /// A booklet of nobody helps nobody; the caller says why the selection was empty.
    #[error("the booklet has no mentors: there are no approved mentors in the selection")]
    NoMentors,
    /// The logo HR picked is not a PNG, JPEG or SVG file.
    #[error("the logo is not a PNG, JPEG or SVG image")]
    LogoFormat,
    /// The caller asked to stop; nothing was produced.
    #[error("making the booklet was cancelled")]
    Cancelled,
    /// The template did not compile. Should never happen: a test compiles it with sample data.
    #[error("the booklet template failed: {0}")]
    Template(String),
    /// Writing the PDF failed (or a PDF/A rule was broken), after the layout succeeded.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

impl BookletError {
    /// The stable code the UI translates.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NoMentors => "booklet.no_mentors",
            Self::LogoFormat => "booklet.logo_format",
            Self::Cancelled => "booklet.cancelled",
            Self::Template(_) => "booklet.template",
            Self::Pdf(_) => "booklet.pdf",
        }
    }
}
