//! The mentor's public profile beyond the short bio: what they offer, how they like to meet,
//! their career path and CV, and whether the profile is complete enough to publish.

use crate::DomainError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingMode {
    InPerson,
    Online,
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingFrequency {
    Weekly,
    Fortnightly,
    Monthly,
    Quarterly,
}

/// Up the ladder, or sideways into other work: newcomers with a horizontal ambition look for
/// mentors who made such moves themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoveDirection {
    Vertical,
    Horizontal,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CvEntryKind {
    Position,
    Education,
    Achievement,
}

macro_rules! text_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
            pub fn parse(raw: &str) -> Option<Self> {
                [$(Self::$variant),+].into_iter().find(|v| v.as_str() == raw)
            }
        }
    };
}

text_enum!(MeetingMode { InPerson => "in_person", Online => "online", Either => "either" });
text_enum!(MeetingFrequency { Weekly => "weekly", Fortnightly => "fortnightly", Monthly => "monthly", Quarterly => "quarterly" });
text_enum!(MoveDirection { Vertical => "vertical", Horizontal => "horizontal" });
text_enum!(CvEntryKind { Position => "position", Education => "education", Achievement => "achievement" });

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CareerMove {
    #[serde(default)]
    pub year: Option<i32>,
    #[serde(default)]
    pub from_role: String,
    pub to_role: String,
    #[serde(default)]
    pub from_department: String,
    #[serde(default)]
    pub to_department: String,
    pub direction: MoveDirection,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CvEntry {
    pub kind: CvEntryKind,
    pub title: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub from_year: Option<i32>,
    #[serde(default)]
    pub to_year: Option<i32>,
    #[serde(default)]
    pub description: String,
}

const YEARS: std::ops::RangeInclusive<i32> = 1950..=2100;

fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl CareerMove {
    pub fn validate(self) -> Result<Self, DomainError> {
        let to_role = tidy(&self.to_role);
        if to_role.is_empty() {
            return Err(DomainError::CareerMoveWithoutRole);
        }
        if let Some(year) = self.year.filter(|y| !YEARS.contains(y)) {
            return Err(DomainError::ImplausibleYear(year));
        }
        Ok(Self {
            to_role,
            from_role: tidy(&self.from_role),
            from_department: tidy(&self.from_department),
            to_department: tidy(&self.to_department),
            ..self
        })
    }
}

impl CvEntry {
    pub fn validate(self) -> Result<Self, DomainError> {
        let title = tidy(&self.title);
        if title.is_empty() {
            return Err(DomainError::CvEntryWithoutTitle);
        }
        for year in [self.from_year, self.to_year].into_iter().flatten() {
            if !YEARS.contains(&year) {
                return Err(DomainError::ImplausibleYear(year));
            }
        }
        if let (Some(from), Some(to)) = (self.from_year, self.to_year) {
            if to < from {
                return Err(DomainError::CvEntryEndsBeforeStart);
            }
        }
        Ok(Self {
            title,
            organisation: tidy(&self.organisation),
            description: self.description.trim().to_string(),
            ..self
        })
    }
}

/// What a profile has, and what it still lacks before HR can publish it. Each item is a stable
/// key the UI translates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Completeness {
    pub percent: u8,
    /// Required items still missing; publishing waits for these.
    pub missing: Vec<String>,
    /// Items that make a profile better but are not required (a photo: some people prefer none).
    pub suggested: Vec<String>,
    pub publishable: bool,
}

/// The facts completeness is judged on, so the rule works the same for a list row and a full profile.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProfileFacts {
    pub bio_chars: usize,
    pub expertise: usize,
    pub topics: usize,
    pub languages: usize,
    pub has_meeting_preference: bool,
    pub career_moves: usize,
    pub cv_entries: usize,
    pub has_photo: bool,
}

/// A bio shorter than this says too little for a newcomer to choose on.
pub const MIN_BIO_CHARS: usize = 80;

impl ProfileFacts {
    pub fn completeness(&self) -> Completeness {
        let required = [
            ("bio", self.bio_chars >= MIN_BIO_CHARS),
            ("expertise", self.expertise > 0),
            ("topics", self.topics > 0),
            ("languages", self.languages > 0),
            ("meeting", self.has_meeting_preference),
            ("career_path", self.career_moves > 0),
            ("cv", self.cv_entries > 0),
        ];
        let optional = [("photo", self.has_photo)];
        let absent = |items: &[(&str, bool)]| -> Vec<String> {
            items
                .iter()
                .filter(|(_, ok)| !ok)
                .map(|(key, _)| key.to_string())
                .collect()
        };
        let (missing, suggested) = (absent(&required), absent(&optional));
        let total = required.len() + optional.len();
        let filled = total - missing.len() - suggested.len();
        Completeness {
            percent: u8::try_from(filled * 100 / total).unwrap_or(100),
            publishable: missing.is_empty(),
            missing,
            suggested,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> ProfileFacts {
        ProfileFacts {
            bio_chars: 300,
            expertise: 2,
            topics: 2,
            languages: 1,
            has_meeting_preference: true,
            career_moves: 2,
            cv_entries: 3,
            has_photo: true,
        }
    }

    #[test]
    fn a_full_profile_is_publishable() {
        let c = full().completeness();
        assert_eq!((c.percent, c.publishable), (100, true));
        assert!(c.missing.is_empty() && c.suggested.is_empty());
    }

    #[test]
    fn a_photo_is_suggested_not_required() {
        let c = ProfileFacts {
            has_photo: false,
            ..full()
        }
        .completeness();
        assert!(c.publishable);
        assert_eq!(c.suggested, ["photo"]);
        assert!(c.percent < 100);
    }

    #[test]
    fn a_short_bio_and_no_career_path_block_publishing() {
        let c = ProfileFacts {
            bio_chars: 20,
            career_moves: 0,
            ..full()
        }
        .completeness();
        assert!(!c.publishable);
        assert_eq!(c.missing, ["bio", "career_path"]);
    }

    #[test]
    fn an_empty_profile_is_at_zero() {
        assert_eq!(ProfileFacts::default().completeness().percent, 0);
    }

    #[test]
    fn a_career_move_needs_the_new_role() {
        let mv = CareerMove {
            year: Some(2015),
            from_role: "Controller".into(),
            to_role: " ".into(),
            from_department: "Financiën".into(),
            to_department: "Beleid".into(),
            direction: MoveDirection::Horizontal,
        };
        assert_eq!(
            mv.clone().validate().unwrap_err().code(),
            "profile.career_move_without_role"
        );
        let ok = CareerMove {
            to_role: " Beleidsadviseur ".into(),
            ..mv
        }
        .validate()
        .unwrap();
        assert_eq!(ok.to_role, "Beleidsadviseur");
    }

    #[test]
    fn a_cv_entry_cannot_end_before_it_starts() {
        let entry = CvEntry {
            kind: CvEntryKind::Position,
            title: "Hydroloog".into(),
            organisation: "Waterschap".into(),
            from_year: Some(2010),
            to_year: Some(2008),
            description: String::new(),
        };
        assert_eq!(
            entry.validate().unwrap_err().code(),
            "profile.cv_entry_ends_before_start"
        );
    }

    #[test]
    fn enums_round_trip_through_their_names() {
        assert_eq!(
            MeetingMode::parse(MeetingMode::InPerson.as_str()),
            Some(MeetingMode::InPerson)
        );
        assert_eq!(
            serde_json::to_string(&MoveDirection::Horizontal).unwrap(),
            "\"horizontal\""
        );
        assert_eq!(CvEntryKind::parse("education"), Some(CvEntryKind::Education));
        assert_eq!(MeetingFrequency::parse("yearly"), None);
    }
}
