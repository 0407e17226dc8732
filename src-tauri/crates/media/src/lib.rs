//! Mentorpool's uploaded files, checked by their content and never by their name: mentor photos
//! (JPEG/PNG, re-encoded to a small print-ready JPEG without metadata) and CV files (PDF/DOCX).

mod cv_file;
mod error;
mod photo;

pub use cv_file::{check_cv_file, safe_file_name, CvFileKind};
pub use error::MediaError;
pub use photo::{prepare_photo, Photo};
