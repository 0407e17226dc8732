//! The crate's one error type. `code()` is stable: the UI branches on it and translates it.

use crate::cv_file::MAX_CV_BYTES;
use crate::photo::{MAX_PHOTO_BYTES, MAX_PHOTO_SIDE};

#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error("the photo is not a JPEG or PNG image")]
    NotAnImage,
    #[error("the photo file is {size} bytes; the limit is {MAX_PHOTO_BYTES} bytes")]
    PhotoTooLarge { size: usize },
    #[error("the photo is larger than {MAX_PHOTO_SIDE}×{MAX_PHOTO_SIDE} px")]
    TooManyPixels,
    /// The decoder's reason is in the message (for the logs), not kept as a `source`.
    #[error("the photo cannot be read: {0}")]
    Unreadable(image::ImageError),
    #[error("the CV is not a PDF or Word (.docx) document")]
    UnsupportedCvType,
    #[error("the CV file is {size} bytes; the limit is {MAX_CV_BYTES} bytes")]
    CvTooLarge { size: usize },
    #[error("the file name is empty")]
    EmptyName,
}

impl MediaError {
    /// A stable code for the UI, e.g. `"photo.too_large_file"`.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotAnImage => "photo.not_an_image",
            Self::PhotoTooLarge { .. } => "photo.too_large_file",
            Self::TooManyPixels { .. } => "photo.too_many_pixels",
            Self::Unreadable(_) => "photo.unreadable",
            Self::UnsupportedCvType => "cv.unsupported_type",
            Self::CvTooLarge { .. } => "cv.too_large",
            Self::EmptyName => "cv.empty_name",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable() {
        let unreadable = MediaError::Unreadable(image::ImageError::IoError(std::io::ErrorKind::UnexpectedEof.into()));
        let all = [
            (MediaError::NotAnImage, "photo.not_an_image"),
            (MediaError::PhotoTooLarge { size: 1 }, "photo.too_large_file"),
            (MediaError::TooManyPixels, "photo.too_many_pixels"),
            (unreadable, "photo.unreadable"),
            (MediaError::UnsupportedCvType, "cv.unsupported_type"),
            (MediaError::CvTooLarge { size: 1 }, "cv.too_large"),
            (MediaError::EmptyName, "cv.empty_name"),
        ];
        for (error, code) in all {
            assert_eq!(error.code(), code, "{error}");
        }
    }
}
