//! Exporting the profile booklet: the store's public profiles in, a PDF file out. The CLI and the
//! window's export command both call this, so both make the same booklet.

use chrono::NaiveDate;
use mentorpool_booklet::{BookletError, BookletInput, BookletStage, RenderedBooklet};
use mentorpool_domain::orientation::booklet_introduction;
use mentorpool_domain::UiLanguage;
use mentorpool_media::MediaError;
use mentorpool_store::booklet_source::{self, BookletSelection};
use mentorpool_store::{people, settings, vocabulary, Connection, StoreError};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use thiserror::Error;

/// What HR asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookletRequest {
    pub selection: BookletSelection,
    pub language: UiLanguage,
    /// The cover's title; the language's default title when `None`.
    pub title: Option<String>,
    /// The organisation's name; the stored setting when `None`.
    pub organisation: Option<String>,
    pub logo: Option<Vec<u8>>,
    pub pdf_a: bool,
}

#[derive(Debug, Error)]
pub enum BookletExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Booklet(#[from] BookletError),
    #[error("there is no department called \"{name}\" (known: {known})")]
    UnknownDepartment { name: String, known: String },
    #[error("there is no expertise called \"{name}\" (known: {known})")]
    UnknownExpertise { name: String, known: String },
    #[error("cannot write the booklet into {}: {source}", folder.display())]
    FolderNotWritable { folder: PathBuf, source: io::Error },
    #[error("the logo is too large: {0}")]
    LogoTooLarge(MediaError),
    #[error("the logo is not a usable PNG or JPEG: {0}")]
    LogoFormat(MediaError),
}

impl BookletExportError {
    /// The stable code the UI translates.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Store(err) => err.code(),
            Self::Booklet(err) => err.code(),
            Self::UnknownDepartment { .. } => "booklet.unknown_department",
            Self::UnknownExpertise { .. } => "booklet.unknown_expertise",
            Self::FolderNotWritable { .. } => "booklet.folder_not_writable",
            Self::LogoTooLarge(_) => "booklet.logo_too_large",
            Self::LogoFormat(_) => "booklet.logo_format",
        }
    }
}

/// The logo HR picked, checked like a photo (PNG or JPEG by its content, within the size and
/// pixel limits) and then kept as it is: the cover's white box shows a transparent PNG as it
/// was meant.
pub fn checked_logo(bytes: Vec<u8>) -> Result<Vec<u8>, BookletExportError> {
    match mentorpool_media::prepare_photo(&bytes) {
        Ok(_) => Ok(bytes),
        Err(err @ (MediaError::PhotoTooLarge { .. } | MediaError::TooManyPixels)) => {
            Err(BookletExportError::LogoTooLarge(err))
        }
        Err(err) => Err(BookletExportError::LogoFormat(err)),
    }
}

/// Reads what the booklet shows, refusing a department or expertise nobody has.
pub fn booklet_input(
    conn: &Connection,
    request: BookletRequest,
    today: NaiveDate,
) -> Result<BookletInput, BookletExportError> {
    check_selection(conn, &request.selection)?;
    let organisation = match request.organisation {
        Some(name) => name,
        None => settings::get(conn, settings::ORGANISATION_NAME)?.unwrap_or_default(),
    };
    let mentors = booklet_source::booklet_profiles(conn, &request.selection)?;
    Ok(BookletInput {
        organisation,
        title: request
            .title
            .unwrap_or_else(|| mentorpool_booklet::default_title(request.language).to_string()),
        date: today,
        language: request.language,
        logo: request.logo,
        introduction: booklet_introduction(request.language),
        mentors,
        pdf_a: request.pdf_a,
    })
}

fn check_selection(conn: &Connection, selection: &BookletSelection) -> Result<(), BookletExportError> {
    let matches = |known: &[String], wanted: &str| known.iter().any(|name| name.eq_ignore_ascii_case(wanted.trim()));
    match selection {
        BookletSelection::Department(name) => {
            let known = people::departments(conn)?;
            if !matches(&known, name) {
                return Err(BookletExportError::UnknownDepartment {
                    name: name.clone(),
                    known: known.join(", "),
                });
            }
        }
        BookletSelection::Expertise(name) => {
            let known: Vec<String> = vocabulary::tags(conn)?.into_iter().map(|tag| tag.name).collect();
            if !matches(&known, name) {
                return Err(BookletExportError::UnknownExpertise {
                    name: name.clone(),
                    known: known.join(", "),
                });
            }
        }
        BookletSelection::All | BookletSelection::Mentors(_) => {}
    }
    Ok(())
}

/// Renders `input` and writes it to `out` atomically: a file that already exists there is only
/// replaced once the new booklet is complete, and a failed export leaves nothing behind.
pub fn export(
    input: &BookletInput,
    out: &Path,
    progress: &mut dyn FnMut(BookletStage),
    cancel: &AtomicBool,
) -> Result<RenderedBooklet, BookletExportError> {
    let folder = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let not_writable = |source: io::Error| BookletExportError::FolderNotWritable {
        folder: folder.clone(),
        source,
    };
    // Try the folder before the work, so an unwritable target fails at once, not after layout.
    let temp = TempFile::create_in(&folder, out).map_err(not_writable)?;
    let booklet = mentorpool_booklet::render(input, progress, cancel)?;
    temp.write_and_rename(&booklet.pdf, out).map_err(not_writable)?;
    Ok(booklet)
}

/// A hidden file next to the target that is removed unless it was renamed into place.
struct TempFile {
    path: PathBuf,
    file: Option<File>,
}

impl TempFile {
    fn create_in(folder: &Path, target: &Path) -> io::Result<Self> {
        let name = target
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let path = folder.join(format!(".{name}.{}.part", std::process::id()));
        let file = File::options().write(true).create_new(true).open(&path)?;
        Ok(Self { path, file: Some(file) })
    }

    fn write_and_rename(mut self, bytes: &[u8], target: &Path) -> io::Result<()> {
        if let Some(mut file) = self.file.take() {
            file.write_all(bytes)?;
            file.sync_all()?;
        }
        fs::rename(&self.path, target)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        // After a successful rename there is nothing left to remove; after a failure the partial
        // file goes. Either way there is nobody to tell if removing fails.
        let _ = fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_have_codes_the_ui_can_translate() {
        let unknown = BookletExportError::UnknownDepartment {
            name: "Ruimte".into(),
            known: "Beleid".into(),
        };
        assert_eq!(unknown.code(), "booklet.unknown_department");
        assert!(unknown.to_string().contains("Ruimte"), "{unknown}");
        assert_eq!(
            BookletExportError::from(BookletError::NoMentors).code(),
            "booklet.no_mentors"
        );
    }

    /// A 1×1 teal PNG.
    const PNG: [u8; 69] = [
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xde, 0x00, 0x00, 0x00,
        0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xe0, 0xcb, 0x2e, 0x06, 0x00, 0x01, 0x77, 0x00, 0xed, 0xe2,
        0xbf, 0x31, 0xc6, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
    ];

    #[test]
    fn a_logo_must_be_a_png_or_jpeg_and_stays_as_it_was() {
        assert_eq!(
            checked_logo(PNG.to_vec()).unwrap(),
            PNG,
            "the original bytes go on the cover"
        );
        let text = checked_logo(b"not a picture".to_vec()).unwrap_err();
        assert_eq!(text.code(), "booklet.logo_format");
        let huge = checked_logo(vec![0xff; 6 * 1024 * 1024]).unwrap_err();
        assert!(
            matches!(huge.code(), "booklet.logo_too_large" | "booklet.logo_format"),
            "{huge}"
        );
    }

    #[test]
    fn a_temp_file_is_renamed_into_place_or_removed() {
        let dir = std::env::temp_dir().join(format!("mentorpool-booklet-export-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let target = dir.join("boekje.pdf");
        fs::write(&target, b"old").unwrap();

        let abandoned = TempFile::create_in(&dir, &target).unwrap();
        drop(abandoned);
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1, "only the old booklet is left");
        assert_eq!(fs::read(&target).unwrap(), b"old");

        TempFile::create_in(&dir, &target)
            .unwrap()
            .write_and_rename(b"%PDF-new", &target)
            .unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"%PDF-new");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }
}
