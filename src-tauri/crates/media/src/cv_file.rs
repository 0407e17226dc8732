//! CV files: a PDF or a Word (.docx) document, recognised by content, never by extension.

use std::io::Cursor;

use crate::MediaError;

pub(crate) const MAX_CV_BYTES: usize = 10 * 1024 * 1024;
const MAX_NAME_CHARS: usize = 120;
/// An extension longer than this is not kept when a long name is shortened.
const MAX_KEPT_EXTENSION_CHARS: usize = 10;

const PDF_MAGIC: &[u8] = b"%PDF-";
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The parts every WordprocessingML package has; a plain ZIP, .xlsx or .pptx lacks one of them.
const DOCX_PARTS: [&str; 2] = ["[Content_Types].xml", "word/document.xml"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CvFileKind {
    Pdf,
    Docx,
}

impl CvFileKind {
    pub fn media_type(&self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }
    }

    /// The extension (without the dot) that matches the content, whatever the file was called.
    pub fn extension(&self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
        }
    }
}

/// Checks an uploaded CV: a usable name (see [`safe_file_name`]), at most 10 MiB, and a PDF or
/// DOCX by its bytes. The kind comes from the content only; the name's extension is ignored.
pub fn check_cv_file(file_name: &str, bytes: &[u8]) -> Result<CvFileKind, MediaError> {
    safe_file_name(file_name)?;
    if bytes.len() > MAX_CV_BYTES {
        return Err(MediaError::CvTooLarge { size: bytes.len() });
    }
    if bytes.starts_with(PDF_MAGIC) {
        Ok(CvFileKind::Pdf)
    } else if bytes.starts_with(ZIP_MAGIC) && is_docx(bytes) {
        Ok(CvFileKind::Docx)
    } else {
        Err(MediaError::UnsupportedCvType)
    }
}

/// Reads only the ZIP's central directory (names), decompressing nothing.
fn is_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .is_ok_and(|archive| DOCX_PARTS.iter().all(|part| archive.index_for_name(part).is_some()))
}

/// The name to store and show for an uploaded file: the base name only (any `/` or `\` directory
/// part dropped), control characters removed, trimmed, and at most 120 characters (keeping a short
/// extension when shortened). Refuses a name that ends up empty, `.` or `..`.
pub fn safe_file_name(raw: &str) -> Result<String, MediaError> {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or(raw);
    let printable: String = base.chars().filter(|c| !c.is_control()).collect();
    let name = printable.trim();
    if name.is_empty() || name == "." || name == ".." {
        return Err(MediaError::EmptyName);
    }
    if name.chars().count() <= MAX_NAME_CHARS {
        return Ok(name.to_owned());
    }
    let extension = name
        .rfind('.')
        .map(|dot| &name[dot..])
        .filter(|extension| extension.chars().count() <= MAX_KEPT_EXTENSION_CHARS + 1)
        .unwrap_or("");
    let stem: String = name.chars().take(MAX_NAME_CHARS - extension.chars().count()).collect();
    Ok(format!("{}{extension}", stem.trim_end()))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use zip::write::SimpleFileOptions;

    use super::*;

    fn zip_with(names: &[&str]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        for name in names {
            writer.start_file(*name, options).unwrap();
            writer.write_all(b"<?xml version=\"1.0\"?><x/>").unwrap();
        }
        writer.finish().unwrap().into_inner()
    }

    fn docx() -> Vec<u8> {
        zip_with(&[
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/styles.xml",
        ])
    }

    fn code(result: Result<CvFileKind, MediaError>) -> &'static str {
        result.unwrap_err().code()
    }

    #[test]
    fn recognises_a_pdf_and_a_docx_by_content_not_by_name() {
        assert_eq!(
            check_cv_file("cv.pdf", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").unwrap(),
            CvFileKind::Pdf
        );
        assert_eq!(check_cv_file("cv.docx", &docx()).unwrap(), CvFileKind::Docx);
        assert_eq!(
            check_cv_file("cv.pdf", &docx()).unwrap(),
            CvFileKind::Docx,
            "the extension is not trusted"
        );
    }

    #[test]
    fn kinds_have_their_media_type_and_extension() {
        assert_eq!(CvFileKind::Pdf.media_type(), "application/pdf");
        assert_eq!(CvFileKind::Pdf.extension(), "pdf");
        assert_eq!(
            CvFileKind::Docx.media_type(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        );
        assert_eq!(CvFileKind::Docx.extension(), "docx");
    }

    #[test]
    fn refuses_other_zips_and_other_files() {
        let xlsx = zip_with(&["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"]);
        assert_eq!(code(check_cv_file("cv.docx", &xlsx)), "cv.unsupported_type");
        assert_eq!(
            code(check_cv_file("cv.docx", &zip_with(&["word/document.xml"]))),
            "cv.unsupported_type"
        );
        assert_eq!(
            code(check_cv_file("cv.docx", &zip_with(&["cv.txt"]))),
            "cv.unsupported_type"
        );
        let docx = docx();
        assert_eq!(
            code(check_cv_file("cv.docx", &docx[..docx.len() - 30])),
            "cv.unsupported_type",
            "truncated"
        );
        assert_eq!(
            code(check_cv_file("cv.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")),
            "cv.unsupported_type"
        );
        assert_eq!(code(check_cv_file("cv.pdf", b"%PD")), "cv.unsupported_type");
        assert_eq!(code(check_cv_file("cv.pdf", b"")), "cv.unsupported_type");
    }

    #[test]
    fn refuses_a_file_over_10_mib() {
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.resize(MAX_CV_BYTES, b' ');
        assert_eq!(
            check_cv_file("cv.pdf", &pdf).unwrap(),
            CvFileKind::Pdf,
            "exactly 10 MiB is allowed"
        );
        pdf.push(b' ');
        assert_eq!(code(check_cv_file("cv.pdf", &pdf)), "cv.too_large");
    }

    #[test]
    fn refuses_an_empty_name() {
        assert_eq!(code(check_cv_file("  ", b"%PDF-1.7")), "cv.empty_name");
    }

    #[test]
    fn safe_file_name_keeps_the_trimmed_base_name() {
        assert_eq!(safe_file_name("  cv Anna.pdf ").unwrap(), "cv Anna.pdf");
        assert_eq!(safe_file_name("/home/anna/Documents/cv.pdf").unwrap(), "cv.pdf");
        assert_eq!(safe_file_name(r"C:\Users\anna\cv.docx").unwrap(), "cv.docx");
        assert_eq!(safe_file_name("../../etc/passwd").unwrap(), "passwd");
        assert_eq!(safe_file_name("mixed\\dirs/ cv.pdf").unwrap(), "cv.pdf");
        assert_eq!(safe_file_name("cv\u{0}\n\u{1b}.pdf").unwrap(), "cv.pdf");
        assert_eq!(safe_file_name("Zoë Ñúñez.pdf").unwrap(), "Zoë Ñúñez.pdf");
    }

    #[test]
    fn safe_file_name_refuses_names_that_end_up_empty() {
        for raw in ["", "   ", "dir/", r"dir\", "a/ \t", "..", "a/.", "\u{0}\u{7}"] {
            assert_eq!(safe_file_name(raw).unwrap_err().code(), "cv.empty_name", "{raw:?}");
        }
    }

    #[test]
    fn safe_file_name_caps_at_120_characters_keeping_the_extension() {
        let exact = "é".repeat(116) + ".pdf";
        assert_eq!(safe_file_name(&exact).unwrap(), exact);

        let capped = safe_file_name(&("é".repeat(200) + ".pdf")).unwrap();
        assert_eq!(capped, "é".repeat(116) + ".pdf");

        let no_extension = safe_file_name(&"x".repeat(200)).unwrap();
        assert_eq!(no_extension, "x".repeat(120));

        let long_extension = safe_file_name(&("x".repeat(100) + "." + &"y".repeat(100))).unwrap();
        assert_eq!(long_extension.chars().count(), 120);
        assert!(long_extension.starts_with(&"x".repeat(100)));

        let space_before_cut = safe_file_name(&("a".repeat(115) + " " + &"b".repeat(50) + ".pdf")).unwrap();
        assert_eq!(space_before_cut, "a".repeat(115) + ".pdf");
    }
}
