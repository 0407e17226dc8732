//! The only fonts a booklet can use, compiled in: no system font is ever looked at, so a booklet
//! looks the same on every machine. Licences: `fonts/OFL-*.txt` (SIL Open Font License 1.1).

use std::sync::LazyLock;
use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

const FONT_FILES: [&[u8]; 5] = [
    include_bytes!("../fonts/SourceSans3-Regular.ttf"),
    include_bytes!("../fonts/SourceSans3-SemiBold.ttf"),
    include_bytes!("../fonts/SourceSans3-Bold.ttf"),
    include_bytes!("../fonts/SourceSerif4-Regular.ttf"),
    include_bytes!("../fonts/SourceSerif4-Italic.ttf"),
];

/// The parsed fonts and their book, built once per process.
pub(crate) struct EmbeddedFonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
}

pub(crate) static EMBEDDED_FONTS: LazyLock<EmbeddedFonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|file| Font::iter(Bytes::new(*file)))
        .collect();
    EmbeddedFonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_file_is_one_font_of_the_two_families() {
        assert_eq!(EMBEDDED_FONTS.fonts.len(), FONT_FILES.len());
        for family in ["source sans 3", "source serif 4"] {
            assert!(EMBEDDED_FONTS.book.contains_family(family), "{family} is missing");
        }
    }
}
