//! The booklet as the template reads it: `/data.json` plus one virtual file per picture. Words are
//! translated and dates written out here, so the template only lays things out.

use crate::labels::{self, Labels};
use crate::{photos, BookletError, BookletInput};
use mentorpool_domain::{prose_language, BookletProfile, PublicProfile, UiLanguage};
use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct TemplateData<'a> {
    lang: &'static str,
    organisation: &'a str,
    title: &'a str,
    date: String,
    /// When the availability in every section holds.
    as_of: String,
    mentor_count: String,
    logo: Option<String>,
    introduction: &'a [String],
    labels: Labels,
    mentors: Vec<MentorData<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct MentorData<'a> {
    name: &'a str,
    initials: String,
    role: &'a str,
    department: &'a str,
    photo: Option<String>,
    /// The short profile in paragraphs, split where HR left a blank line.
    bio: Vec<String>,
    /// The language the mentor writes in (the profile and the CV's descriptions), which their
    /// hyphenation follows; the booklet's own when the text does not tell.
    written_lang: &'static str,
    expertise: &'a [String],
    topics: &'a [String],
    meeting: Option<String>,
    languages: Vec<String>,
    places_free: String,
    has_free_place: bool,
    career: Vec<CareerStep<'a>>,
    cv: Vec<CvGroup<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct CareerStep<'a> {
    year: Option<i32>,
    role: &'a str,
    department: &'a str,
    from_role: &'a str,
    from_department: &'a str,
    vertical: bool,
    direction: &'static str,
}

#[derive(Debug, Serialize)]
struct CvGroup<'a> {
    heading: &'static str,
    entries: Vec<CvLine<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct CvLine<'a> {
    years: String,
    title: &'a str,
    organisation: &'a str,
    description: &'a str,
}

/// The files the template reads, by absolute virtual path: `/data.json`, the logo and the photos.
pub(crate) fn template_files(input: &BookletInput) -> Result<Vec<(String, Vec<u8>)>, BookletError> {
    let language = input.language;
    let date = labels::long_date(input.date, language);
    let mut files = Vec::with_capacity(input.mentors.len() + 2);

    let logo = match &input.logo {
        Some(bytes) => {
            let path = format!("/logo.{}", image_extension(bytes).ok_or(BookletError::LogoFormat)?);
            files.push((path.clone(), bytes.clone()));
            Some(path)
        }
        None => None,
    };

    let photos = photos::for_booklet(input.mentors.iter().map(|m| m.photo.as_deref()).collect());
    let mut mentors = Vec::with_capacity(input.mentors.len());
    for (index, (mentor, photo)) in input.mentors.iter().zip(photos).enumerate() {
        let photo = photo.and_then(|bytes| {
            let path = format!("/photos/{index}.{}", image_extension(&bytes)?);
            files.push((path.clone(), bytes));
            Some(path)
        });
        mentors.push(mentor_data(mentor, photo, language));
    }

    let data = TemplateData {
        lang: language.as_str(),
        organisation: &input.organisation,
        title: &input.title,
        as_of: labels::as_of(&date, language),
        date,
        mentor_count: labels::mentor_count(input.mentors.len(), language),
        logo,
        introduction: &input.introduction,
        labels: labels::labels(language),
        mentors,
    };
    let json = serde_json::to_vec(&data).map_err(|err| BookletError::Template(err.to_string()))?;
    files.push(("/data.json".to_string(), json));
    Ok(files)
}

fn mentor_data(booklet: &BookletProfile, photo: Option<String>, language: UiLanguage) -> MentorData<'_> {
    let mentor = &booklet.profile;
    let cv = labels::CV_ORDER
        .iter()
        .map(|&kind| CvGroup {
            heading: labels::cv_group(kind, language),
            entries: mentor
                .cv
                .iter()
                .filter(|entry| entry.kind == kind)
                .map(|entry| CvLine {
                    years: labels::years(entry.from_year, entry.to_year, language),
                    title: &entry.title,
                    organisation: &entry.organisation,
                    description: &entry.description,
                })
                .collect(),
        })
        .filter(|group| !group.entries.is_empty())
        .collect();
    MentorData {
        name: &mentor.name,
        initials: initials(&mentor.name),
        role: &mentor.job_title,
        department: &mentor.department,
        photo,
        bio: paragraphs(&mentor.bio),
        written_lang: written_language(mentor).unwrap_or(language).as_str(),
        expertise: &mentor.expertise,
        topics: &mentor.topics,
        meeting: labels::meeting(mentor.meeting_mode, mentor.meeting_frequency, language),
        languages: mentor
            .languages
            .iter()
            .map(|code| labels::language_name(code.as_str(), language))
            .collect(),
        places_free: labels::places_free(mentor.places_available, booklet.capacity, language),
        has_free_place: mentor.places_available > 0,
        career: mentor
            .career_path
            .iter()
            .map(|step| CareerStep {
                year: step.year,
                role: &step.to_role,
                department: &step.to_department,
                from_role: &step.from_role,
                from_department: &step.from_department,
                vertical: step.direction == mentorpool_domain::profile::MoveDirection::Vertical,
                direction: labels::direction(step.direction, language),
            })
            .collect(),
        cv,
    }
}

/// What the mentor wrote in their own words, judged together: a short profile alone may not tell.
fn written_language(mentor: &PublicProfile) -> Option<UiLanguage> {
    let descriptions = mentor.cv.iter().map(|entry| entry.description.as_str());
    prose_language(
        &std::iter::once(mentor.bio.as_str())
            .chain(descriptions)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// Paragraphs are separated by a blank line; a single line break inside one becomes a space, so
/// justification is not broken by where HR happened to press Enter.
fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|paragraph| !paragraph.is_empty())
        .collect()
}

/// The first letters of the first and the last word: "Jan van der Berg" is "JB".
fn initials(name: &str) -> String {
    let mut words = name.split_whitespace();
    let first = words.next().and_then(|word| word.chars().next());
    let last = words.last().and_then(|word| word.chars().next());
    first.into_iter().chain(last).flat_map(char::to_uppercase).collect()
}

pub(crate) const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];
pub(crate) const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The file extension typst needs to read a picture, from its first bytes.
fn image_extension(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(JPEG_MAGIC) {
        Some("jpg")
    } else if bytes.starts_with(PNG_MAGIC) {
        Some("png")
    } else if is_svg(bytes) {
        Some("svg")
    } else {
        None
    }
}

fn is_svg(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    (head.starts_with("<?xml") || head.starts_with("<svg") || head.starts_with("<!--")) && head.contains("<svg")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_skip_the_dutch_particles() {
        assert_eq!(initials("Jan van der Berg"), "JB");
        assert_eq!(initials("Zoë Çelik"), "ZÇ");
        assert_eq!(initials("Madonna"), "M");
    }

    #[test]
    fn a_bio_is_split_into_paragraphs_at_blank_lines() {
        assert_eq!(paragraphs("Eén.\nNog één.\n\n\nTwee.  "), ["Eén. Nog één.", "Twee."]);
        assert_eq!(paragraphs("Windows.\r\n\r\nTwee."), ["Windows.", "Twee."]);
    }

    #[test]
    fn a_mentors_own_words_are_hyphenated_in_the_language_they_are_written_in() {
        let mut mentor = crate::sample::mentor(0);
        mentor.profile.cv.clear();
        mentor.profile.bio =
            "Ik begon hier als trainee en ben nu teamleider. Vraag me gerust hoe je de weg vindt.".into();
        assert_eq!(mentor_data(&mentor, None, UiLanguage::En).written_lang, "nl");
        mentor.profile.bio = "Omgevingswet.".into();
        assert_eq!(mentor_data(&mentor, None, UiLanguage::En).written_lang, "en");
        assert_eq!(mentor_data(&mentor, None, UiLanguage::Nl).written_lang, "nl");
        // The CV's descriptions tell when a short profile does not.
        mentor.profile.cv = crate::sample::mentor(4).profile.cv;
        mentor.profile.cv[0].description =
            "Verantwoordelijk voor de rapportage aan het bestuur en de planning van het team.".into();
        assert_eq!(mentor_data(&mentor, None, UiLanguage::En).written_lang, "nl");
    }

    #[test]
    fn pictures_are_recognised_by_their_first_bytes() {
        assert_eq!(image_extension(b"\xff\xd8\xff\xe0rest"), Some("jpg"));
        assert_eq!(image_extension(b"\x89PNG\r\n\x1a\nrest"), Some("png"));
        assert_eq!(
            image_extension(b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Some("svg")
        );
        assert_eq!(image_extension(b"%PDF-1.7"), None);
    }
}
