//! Every fixed word the booklet prints, in Dutch and English. The template gets them in its data,
//! so it holds no language of its own.

use chrono::{Datelike, NaiveDate};
use mentorpool_domain::profile::{CvEntryKind, MeetingFrequency, MeetingMode, MoveDirection};
use mentorpool_domain::UiLanguage;
use serde::Serialize;

/// The headings and captions the template shows around the data.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Labels {
    pub contents: &'static str,
    pub introduction: &'static str,
    pub about: &'static str,
    pub expertise: &'static str,
    pub topics: &'static str,
    pub career_path: &'static str,
    pub cv: &'static str,
    pub languages: &'static str,
    pub meetings: &'static str,
    pub availability: &'static str,
    pub continued: &'static str,
    pub photo_of: &'static str,
    /// The logo's alternative text when the organisation has no name (PDF/A needs one).
    pub logo: &'static str,
    pub from: &'static str,
}

pub(crate) fn labels(language: UiLanguage) -> Labels {
    match language {
        UiLanguage::Nl => Labels {
            contents: "Inhoud",
            introduction: "Zo kies je een mentor",
            about: "Over mij",
            expertise: "Expertise",
            topics: "Waarover je met mij kunt praten",
            career_path: "Loopbaan",
            cv: "Curriculum vitae",
            languages: "Talen",
            meetings: "Afspreken",
            availability: "Beschikbaarheid",
            continued: "vervolg",
            photo_of: "Foto van",
            logo: "Logo",
            from: "van",
        },
        UiLanguage::En => Labels {
            contents: "Contents",
            introduction: "How to choose a mentor",
            about: "About me",
            expertise: "Expertise",
            topics: "What you can talk to me about",
            career_path: "Career path",
            cv: "Curriculum vitae",
            languages: "Languages",
            meetings: "Meeting",
            availability: "Availability",
            continued: "continued",
            photo_of: "Photo of",
            logo: "Logo",
            from: "from",
        },
    }
}

/// The title a booklet gets when HR gives none.
pub fn default_title(language: UiLanguage) -> &'static str {
    match language {
        UiLanguage::Nl => "Onze mentoren",
        UiLanguage::En => "Our mentors",
    }
}

/// "1 mentor", "32 mentoren".
pub(crate) fn mentor_count(count: usize, language: UiLanguage) -> String {
    match (language, count) {
        (_, 1) => "1 mentor".to_string(),
        (UiLanguage::Nl, n) => format!("{n} mentoren"),
        (UiLanguage::En, n) => format!("{n} mentors"),
    }
}

/// "3 december 2026" or "3 December 2026".
pub(crate) fn long_date(date: NaiveDate, language: UiLanguage) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let months = match language {
        UiLanguage::Nl => NL,
        UiLanguage::En => EN,
    };
    let month = months[date.month0() as usize];
    format!("{} {month} {}", date.day(), date.year())
}

/// How many places are free: "2 van 3 plaatsen vrij".
pub(crate) fn places_free(places_free: u32, capacity: u32, language: UiLanguage) -> String {
    match (language, places_free) {
        (UiLanguage::Nl, 0) => "Geen plaats vrij".to_string(),
        (UiLanguage::Nl, n) => format!("{n} van {capacity} plaatsen vrij"),
        (UiLanguage::En, 0) => "No places free".to_string(),
        (UiLanguage::En, n) => format!("{n} of {capacity} places free"),
    }
}

/// The day availability holds for: "per 1 maart 2026", "as of 1 March 2026".
pub(crate) fn as_of(date: &str, language: UiLanguage) -> String {
    match language {
        UiLanguage::Nl => format!("per {date}"),
        UiLanguage::En => format!("as of {date}"),
    }
}

pub(crate) fn meeting(
    mode: Option<MeetingMode>,
    frequency: Option<MeetingFrequency>,
    language: UiLanguage,
) -> Option<String> {
    let mode = mode.map(|mode| match (language, mode) {
        (UiLanguage::Nl, MeetingMode::InPerson) => "Op locatie",
        (UiLanguage::Nl, MeetingMode::Online) => "Online",
        (UiLanguage::Nl, MeetingMode::Either) => "Op locatie of online",
        (UiLanguage::En, MeetingMode::InPerson) => "In person",
        (UiLanguage::En, MeetingMode::Online) => "Online",
        (UiLanguage::En, MeetingMode::Either) => "In person or online",
    });
    let frequency = frequency.map(|frequency| match (language, frequency) {
        (UiLanguage::Nl, MeetingFrequency::Weekly) => "elke week",
        (UiLanguage::Nl, MeetingFrequency::Fortnightly) => "om de week",
        (UiLanguage::Nl, MeetingFrequency::Monthly) => "elke maand",
        (UiLanguage::Nl, MeetingFrequency::Quarterly) => "elk kwartaal",
        (UiLanguage::En, MeetingFrequency::Weekly) => "every week",
        (UiLanguage::En, MeetingFrequency::Fortnightly) => "every two weeks",
        (UiLanguage::En, MeetingFrequency::Monthly) => "every month",
        (UiLanguage::En, MeetingFrequency::Quarterly) => "every quarter",
    });
    match (mode, frequency) {
        (Some(mode), Some(frequency)) => Some(format!("{mode}, {frequency}")),
        (Some(mode), None) => Some(mode.to_string()),
        (None, Some(frequency)) => Some(capitalised(frequency)),
        (None, None) => None,
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The marker next to a career move: up the ladder, or sideways into other work.
pub(crate) fn direction(direction: MoveDirection, language: UiLanguage) -> &'static str {
    match (language, direction) {
        (UiLanguage::Nl, MoveDirection::Vertical) => "Verticaal",
        (UiLanguage::Nl, MoveDirection::Horizontal) => "Horizontaal",
        (UiLanguage::En, MoveDirection::Vertical) => "Vertical",
        (UiLanguage::En, MoveDirection::Horizontal) => "Horizontal",
    }
}

/// The CV's groups, in the order the booklet shows them.
pub(crate) const CV_ORDER: [CvEntryKind; 3] = [CvEntryKind::Position, CvEntryKind::Education, CvEntryKind::Achievement];

pub(crate) fn cv_group(kind: CvEntryKind, language: UiLanguage) -> &'static str {
    match (language, kind) {
        (UiLanguage::Nl, CvEntryKind::Position) => "Functies",
        (UiLanguage::Nl, CvEntryKind::Education) => "Opleiding",
        (UiLanguage::Nl, CvEntryKind::Achievement) => "Wapenfeiten",
        (UiLanguage::En, CvEntryKind::Position) => "Positions",
        (UiLanguage::En, CvEntryKind::Education) => "Education",
        (UiLanguage::En, CvEntryKind::Achievement) => "Achievements",
    }
}

/// "2010–2018", "2010–now", "2018" or nothing.
pub(crate) fn years(from: Option<i32>, to: Option<i32>, language: UiLanguage) -> String {
    let now = match language {
        UiLanguage::Nl => "nu",
        UiLanguage::En => "now",
    };
    match (from, to) {
        (Some(from), Some(to)) if from == to => from.to_string(),
        (Some(from), Some(to)) => format!("{from}–{to}"),
        (Some(from), None) => format!("{from}–{now}"),
        (None, Some(to)) => to.to_string(),
        (None, None) => String::new(),
    }
}

/// A language's name in the booklet's language; an unknown code prints as itself.
pub(crate) fn language_name(code: &str, language: UiLanguage) -> String {
    const NAMES: [(&str, &str, &str); 16] = [
        ("nl", "Nederlands", "Dutch"),
        ("en", "Engels", "English"),
        ("de", "Duits", "German"),
        ("fr", "Frans", "French"),
        ("es", "Spaans", "Spanish"),
        ("it", "Italiaans", "Italian"),
        ("pt", "Portugees", "Portuguese"),
        ("pl", "Pools", "Polish"),
        ("tr", "Turks", "Turkish"),
        ("ar", "Arabisch", "Arabic"),
        ("fy", "Fries", "Frisian"),
        ("pap", "Papiaments", "Papiamento"),
        ("srn", "Sranantongo", "Sranan Tongo"),
        ("zh", "Chinees", "Chinese"),
        ("uk", "Oekraïens", "Ukrainian"),
        ("ro", "Roemeens", "Romanian"),
    ];
    NAMES
        .iter()
        .find(|(known, _, _)| *known == code)
        .map(|(_, dutch, english)| match language {
            UiLanguage::Nl => dutch.to_string(),
            UiLanguage::En => english.to_string(),
        })
        .unwrap_or_else(|| code.to_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out_in_the_booklet_language() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(long_date(date, UiLanguage::Nl), "1 maart 2026");
        assert_eq!(long_date(date, UiLanguage::En), "1 March 2026");
    }

    #[test]
    fn availability_says_how_many_places_are_free_and_when() {
        assert_eq!(places_free(2, 3, UiLanguage::Nl), "2 van 3 plaatsen vrij");
        assert_eq!(places_free(0, 2, UiLanguage::En), "No places free");
        assert_eq!(as_of("1 maart 2026", UiLanguage::Nl), "per 1 maart 2026");
    }

    #[test]
    fn meetings_and_years_read_as_phrases() {
        assert_eq!(
            meeting(
                Some(MeetingMode::Either),
                Some(MeetingFrequency::Monthly),
                UiLanguage::Nl
            )
            .as_deref(),
            Some("Op locatie of online, elke maand")
        );
        assert_eq!(
            meeting(None, Some(MeetingFrequency::Weekly), UiLanguage::En).as_deref(),
            Some("Every week")
        );
        assert_eq!(meeting(None, None, UiLanguage::En), None);
        assert_eq!(years(Some(2010), None, UiLanguage::Nl), "2010–nu");
        assert_eq!(years(Some(2010), Some(2010), UiLanguage::En), "2010");
    }

    #[test]
    fn known_languages_have_names_and_others_keep_their_code() {
        assert_eq!(language_name("en", UiLanguage::Nl), "Engels");
        assert_eq!(language_name("nl", UiLanguage::En), "Dutch");
        assert_eq!(language_name("xh", UiLanguage::En), "XH");
    }
}
