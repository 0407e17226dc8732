//! From input to PDF bytes in three stages, with a chance to cancel between them.

use crate::world::BookletWorld;
use crate::{data, BookletError, BookletInput};
use chrono::Datelike;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicBool, Ordering};
use typst::diag::{SourceDiagnostic, Warned};
use typst::foundations::{Datetime, Label, Selector, Smart};
use typst::introspection::Introspector;
use typst::utils::PicoStr;
use typst::WorldExt;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// Where making a booklet stands. Typst typesets the whole document in one call, so progress is
/// coarse: the UI shows the stage and the share of the work done before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookletStage {
    /// Turning the profiles into the template's data and the photos to booklet size.
    Preparing,
    /// Laying out every page; most of the time goes here.
    Typesetting,
    /// Writing (and with PDF/A, checking) the PDF.
    WritingPdf,
}

impl BookletStage {
    /// The share of the work done when this stage starts, as measured on 300 profiles with
    /// photos (shrinking the photos is most of the preparing).
    pub fn fraction_done(self) -> f32 {
        match self {
            Self::Preparing => 0.0,
            Self::Typesetting => 0.3,
            Self::WritingPdf => 0.88,
        }
    }
}

/// The PDF and how its pages divide, so callers can tell what they got (and tests can check it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedBooklet {
    pub pdf: Vec<u8>,
    pub layout: BookletLayout,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookletLayout {
    pub pages: usize,
    pub cover_pages: usize,
    /// No contents page for a single profile.
    pub contents_pages: usize,
    /// The pages of each mentor's section, in the input's order; a long profile takes more than one.
    pub mentor_pages: Vec<usize>,
}

/// Labels the template puts on the first page of the contents and of every mentor's section.
const CONTENTS_LABEL: &str = "booklet-contents";
const MENTOR_LABEL: &str = "booklet-mentor";

/// Makes the booklet. `progress` hears each stage as it starts; setting `cancel` stops at the
/// next stage (or while the template still reads its files) with [`BookletError::Cancelled`].
pub fn render(
    input: &BookletInput,
    progress: &mut dyn FnMut(BookletStage),
    cancel: &AtomicBool,
) -> Result<RenderedBooklet, BookletError> {
    let outcome = render_stages(input, progress, cancel);
    // Typst memoises across compilations; a desktop app makes a booklet now and then, so the
    // memory goes back as soon as this one is done.
    typst::comemo::evict(0);
    outcome
}

fn render_stages(
    input: &BookletInput,
    progress: &mut dyn FnMut(BookletStage),
    cancel: &AtomicBool,
) -> Result<RenderedBooklet, BookletError> {
    let cancelled = || cancel.load(Ordering::Relaxed);
    if input.mentors.is_empty() {
        return Err(BookletError::NoMentors);
    }
    progress(BookletStage::Preparing);
    let files = data::template_files(input)?;
    let date = Datetime::from_ymd(
        input.date.year(),
        u8::try_from(input.date.month()).unwrap_or(1),
        u8::try_from(input.date.day()).unwrap_or(1),
    );
    let world = BookletWorld::new(files, date, cancel);
    if cancelled() {
        return Err(BookletError::Cancelled);
    }

    progress(BookletStage::Typesetting);
    let document = typeset(&world, cancel)?;
    // The finished document owns its pages; what typst memoised on the way to them is not
    // needed to write the PDF, and freeing it first keeps the peak memory down.
    typst::comemo::evict(0);
    if cancelled() {
        return Err(BookletError::Cancelled);
    }

    progress(BookletStage::WritingPdf);
    let layout = layout(&document);
    let standards = if input.pdf_a {
        PdfStandards::new(&[PdfStandard::A_2a]).map_err(|err| BookletError::Pdf(err.message().to_string()))?
    } else {
        PdfStandards::default()
    };
    let options = PdfOptions {
        creator: Smart::Custom(Some("Mentorpool".into())),
        timestamp: date.map(Timestamp::new_utc),
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|errors| BookletError::Pdf(describe(&world, &errors)))?;
    Ok(RenderedBooklet { pdf, layout })
}

/// Lays out every page. A file read refused because of a cancel surfaces as a compile error,
/// which is reported as the cancel it is.
fn typeset(world: &BookletWorld<'_>, cancel: &AtomicBool) -> Result<PagedDocument, BookletError> {
    let Warned { output, .. } = typst::compile::<PagedDocument>(world);
    output.map_err(|errors| {
        if cancel.load(Ordering::Relaxed) {
            BookletError::Cancelled
        } else {
            BookletError::Template(describe(world, &errors))
        }
    })
}

/// Counts the pages of each part from where the template's labels landed.
fn layout(document: &PagedDocument) -> BookletLayout {
    let pages = document.pages().len();
    let introspector = document.introspector();
    let first_pages = |name: &str| -> Vec<usize> {
        Label::new(PicoStr::intern(name))
            .map(|label| introspector.query(&Selector::Label(label)))
            .unwrap_or_default()
            .iter()
            .filter_map(|marker| introspector.page(marker.location()?))
            .map(NonZeroUsize::get)
            .collect()
    };
    let mentor_starts = first_pages(MENTOR_LABEL);
    let first_mentor_page = mentor_starts.first().copied().unwrap_or(pages + 1);
    let contents_start = first_pages(CONTENTS_LABEL)
        .first()
        .copied()
        .unwrap_or(first_mentor_page);
    let section_ends = mentor_starts.iter().skip(1).copied().chain([pages + 1]);
    BookletLayout {
        pages,
        cover_pages: contents_start - 1,
        contents_pages: first_mentor_page - contents_start,
        mentor_pages: mentor_starts
            .iter()
            .zip(section_ends)
            .map(|(start, end)| end - start)
            .collect(),
    }
}

/// The errors as a developer needs them: message, line in the template, and hints.
fn describe(world: &BookletWorld<'_>, errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|error| {
            let line = error.span.id().and_then(|id| {
                let range = world.range(error.span)?;
                let source = typst::World::source(world, id).ok()?;
                Some(source.lines().byte_to_line(range.start)? + 1)
            });
            let mut text = match line {
                Some(line) => format!("line {line}: {}", error.message),
                None => error.message.to_string(),
            };
            for hint in &error.hints {
                text.push_str(&format!(" (hint: {})", hint.v));
            }
            text
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;
    use mentorpool_domain::orientation::booklet_introduction;
    use mentorpool_domain::UiLanguage;
    use typst::layout::{Frame, FrameItem};

    fn no_cancel() -> AtomicBool {
        AtomicBool::new(false)
    }

    /// Every piece of text typst laid out, in page order.
    fn laid_out_text(input: &BookletInput) -> String {
        let cancel = no_cancel();
        let world = BookletWorld::new(data::template_files(input).unwrap(), None, &cancel);
        let document = typeset(&world, &cancel).unwrap();
        fn collect(frame: &Frame, text: &mut String) {
            for (_, item) in frame.items() {
                match item {
                    FrameItem::Group(group) => collect(&group.frame, text),
                    FrameItem::Text(run) => text.push_str(&run.text),
                    _ => {}
                }
            }
        }
        let mut text = String::new();
        for page in document.pages() {
            collect(&page.frame, &mut text);
            text.push('\n');
        }
        text
    }

    /// The template compiles with sample data (photos, a logo, short and long profiles) in both
    /// languages, so a typst upgrade that breaks it fails here.
    #[test]
    fn the_template_compiles_with_sample_data_in_both_languages() {
        for language in [UiLanguage::Nl, UiLanguage::En] {
            let mut input = sample::booklet(6);
            input.language = language;
            input.introduction = booklet_introduction(language);
            input.logo = Some(sample::portrait(99));
            input.mentors[0].photo = Some(sample::portrait(0));
            let booklet = render(&input, &mut |_| {}, &no_cancel()).unwrap();
            assert!(booklet.pdf.starts_with(b"%PDF-"));
            let layout = booklet.layout;
            assert_eq!((layout.cover_pages, layout.contents_pages), (1, 1), "{layout:?}");
            assert_eq!(layout.mentor_pages.len(), 6);
            assert!(layout.mentor_pages.iter().all(|&pages| pages >= 1), "{layout:?}");
            assert!(layout.mentor_pages[4] >= 2, "the long profile runs on: {layout:?}");
            assert_eq!(layout.pages, 2 + layout.mentor_pages.iter().sum::<usize>());
            let language_tag = format!("/Lang({})", language.as_str());
            assert!(
                booklet
                    .pdf
                    .windows(language_tag.len())
                    .any(|w| w == language_tag.as_bytes()),
                "the document language is {language_tag}"
            );
        }
    }

    #[test]
    fn a_single_profile_has_a_cover_but_no_contents() {
        let booklet = render(&sample::booklet(1), &mut |_| {}, &no_cancel()).unwrap();
        assert_eq!(
            booklet.layout,
            BookletLayout {
                pages: 2,
                cover_pages: 1,
                contents_pages: 0,
                mentor_pages: vec![1],
            }
        );
    }

    #[test]
    fn pdf_a_is_written_on_request() {
        let mut input = BookletInput {
            pdf_a: true,
            ..sample::booklet(2)
        };
        // typst checks conformance as it writes: a photo must pass that check too.
        input.mentors[0].photo = Some(sample::portrait(0));
        let pdf = render(&input, &mut |_| {}, &no_cancel()).unwrap().pdf;
        let marker = b"pdfaid:part";
        assert!(pdf.windows(marker.len()).any(|w| w == marker), "PDF/A identification");
    }

    #[test]
    fn profile_text_is_printed_literally_never_run_as_code() {
        let hostile = [
            "#import \"x\": *",
            "#panic(\"boom\")",
            "] [",
            "$x^2$",
            "@mentor-0",
            "<script>alert(1)</script>",
            "*vet* _schuin_ `code` = kop",
        ];
        let mut input = sample::booklet(2);
        input.mentors[0].profile.bio = hostile.join(" ");
        input.mentors[0].profile.name = "#set page(fill: red) Anna".into();
        input.mentors[1].profile.topics = vec!["#{ 1 + 1 }".into()];
        let text = laid_out_text(&input);
        for literal in hostile.iter().chain(&["#set page(fill: red) Anna", "#{ 1 + 1 }"]) {
            assert!(text.contains(literal), "{literal:?} is not printed as written:\n{text}");
        }
    }

    #[test]
    fn the_same_input_gives_the_same_bytes() {
        let input = sample::booklet(2);
        let first = render(&input, &mut |_| {}, &no_cancel()).unwrap();
        let second = render(&input, &mut |_| {}, &no_cancel()).unwrap();
        assert!(first.pdf == second.pdf, "output is deterministic");
    }

    #[test]
    fn cancelling_before_the_start_produces_nothing() {
        let cancel = AtomicBool::new(true);
        assert_eq!(
            render(&sample::booklet(1), &mut |_| {}, &cancel),
            Err(BookletError::Cancelled)
        );
    }

    #[test]
    fn a_booklet_without_mentors_is_refused() {
        let err = render(&sample::booklet(0), &mut |_| {}, &no_cancel()).unwrap_err();
        assert_eq!(err.code(), "booklet.no_mentors");
    }

    #[test]
    fn a_logo_that_is_no_picture_is_refused() {
        let input = BookletInput {
            logo: Some(b"%PDF-1.7".to_vec()),
            ..sample::booklet(1)
        };
        assert_eq!(render(&input, &mut |_| {}, &no_cancel()), Err(BookletError::LogoFormat));
    }

    #[test]
    fn progress_reports_every_stage_in_order() {
        let mut stages = Vec::new();
        render(&sample::booklet(2), &mut |stage| stages.push(stage), &no_cancel()).unwrap();
        assert_eq!(
            stages,
            [
                BookletStage::Preparing,
                BookletStage::Typesetting,
                BookletStage::WritingPdf
            ]
        );
    }
}
