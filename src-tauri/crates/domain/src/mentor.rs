//! Mentor profiles: a person HR has taken into the mentor pool, and where they stand in it.

use crate::profile::{CareerMove, Completeness, CvEntry, MeetingFrequency, MeetingMode};
use crate::{DomainError, LanguageCode, MentorId, PersonId};
use serde::{Deserialize, Serialize};

/// How many mentees a mentor takes on unless HR says otherwise.
pub const DEFAULT_CAPACITY: u8 = 2;
/// More mentees than this next to a regular job is not mentoring any more.
pub const MAX_CAPACITY: i64 = 10;

/// Where a mentor stands in the pool. Only `Approved` mentors can ever be shown to newcomers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentorStatus {
    /// Interested, not yet screened and approved by HR.
    Candidate,
    Approved,
    /// Temporarily unavailable, on leave for instance; comes back as approved.
    Paused,
    /// No longer mentoring; can only start over as a candidate.
    Retired,
}

impl MentorStatus {
    pub const ALL: [MentorStatus; 4] = [Self::Candidate, Self::Approved, Self::Paused, Self::Retired];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Candidate => "candidate",
            Self::Approved => "approved",
            Self::Paused => "paused",
            Self::Retired => "retired",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == raw)
    }

    /// The lifecycle: candidate → approved → paused → approved again, or retired from any
    /// active state; a retired mentor starts over as a candidate and is screened again.
    pub fn can_become(self, to: Self) -> bool {
        use MentorStatus::*;
        self == to
            || matches!(
                (self, to),
                (Candidate, Approved)
                    | (Candidate, Retired)
                    | (Approved, Paused)
                    | (Approved, Retired)
                    | (Paused, Approved)
                    | (Paused, Retired)
                    | (Retired, Candidate)
            )
    }

    /// The statuses this one may move to, itself first, for pick lists.
    pub fn reachable(self) -> Vec<Self> {
        std::iter::once(self)
            .chain(Self::ALL.into_iter().filter(|&to| to != self && self.can_become(to)))
            .collect()
    }

    pub fn transition_to(self, to: Self) -> Result<Self, DomainError> {
        if self.can_become(to) {
            Ok(to)
        } else {
            Err(DomainError::InvalidStatusTransition {
                from: self.as_str(),
                to: to.as_str(),
            })
        }
    }
}

/// Newcomers skim; the UI suggests 600 characters, and past this a profile is a CV.
pub const MAX_BIO_CHARS: usize = 2000;

/// The whole profile HR edits; every save replaces every field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct MentorInput {
    pub bio: String,
    pub expertise: Vec<String>,
    pub capacity: i64,
    /// What the mentor offers to talk about, in their own words.
    pub topics: Vec<String>,
    pub meeting_mode: Option<MeetingMode>,
    pub meeting_frequency: Option<MeetingFrequency>,
    pub career_path: Vec<CareerMove>,
    pub cv: Vec<CvEntry>,
}

impl Default for MentorInput {
    fn default() -> Self {
        Self {
            bio: String::new(),
            expertise: Vec::new(),
            capacity: i64::from(DEFAULT_CAPACITY),
            topics: Vec::new(),
            meeting_mode: None,
            meeting_frequency: None,
            career_path: Vec::new(),
            cv: Vec::new(),
        }
    }
}

/// A mentor profile edit that passed the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidMentor {
    bio: String,
    expertise: Vec<String>,
    capacity: u8,
    topics: Vec<String>,
    meeting_mode: Option<MeetingMode>,
    meeting_frequency: Option<MeetingFrequency>,
    career_path: Vec<CareerMove>,
    cv: Vec<CvEntry>,
}

/// Trims, drops duplicates that differ only in case (the first spelling wins), refuses blanks.
fn tidy_list(raw: &[String], blank: DomainError) -> Result<Vec<String>, DomainError> {
    let mut items: Vec<String> = Vec::with_capacity(raw.len());
    for item in raw {
        let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
        if item.is_empty() {
            return Err(blank.clone());
        }
        if !items.iter().any(|seen| seen.to_lowercase() == item.to_lowercase()) {
            items.push(item);
        }
    }
    Ok(items)
}

impl MentorInput {
    pub fn validate(self) -> Result<ValidMentor, DomainError> {
        let capacity = u8::try_from(self.capacity)
            .ok()
            .filter(|c| i64::from(*c) <= MAX_CAPACITY)
            .ok_or(DomainError::CapacityOutOfRange(self.capacity))?;
        let bio = self.bio.trim().to_string();
        if bio.chars().count() > MAX_BIO_CHARS {
            return Err(DomainError::BioTooLong(MAX_BIO_CHARS));
        }
        Ok(ValidMentor {
            bio,
            expertise: tidy_list(&self.expertise, DomainError::EmptyExpertise)?,
            capacity,
            topics: tidy_list(&self.topics, DomainError::EmptyTopic)?,
            meeting_mode: self.meeting_mode,
            meeting_frequency: self.meeting_frequency,
            career_path: self
                .career_path
                .into_iter()
                .map(CareerMove::validate)
                .collect::<Result<_, _>>()?,
            cv: self.cv.into_iter().map(CvEntry::validate).collect::<Result<_, _>>()?,
        })
    }
}

impl ValidMentor {
    pub fn bio(&self) -> &str {
        &self.bio
    }
    pub fn expertise(&self) -> &[String] {
        &self.expertise
    }
    pub fn capacity(&self) -> u8 {
        self.capacity
    }
    pub fn topics(&self) -> &[String] {
        &self.topics
    }
    pub fn meeting_mode(&self) -> Option<MeetingMode> {
        self.meeting_mode
    }
    pub fn meeting_frequency(&self) -> Option<MeetingFrequency> {
        self.meeting_frequency
    }
    pub fn career_path(&self) -> &[CareerMove] {
        &self.career_path
    }
    pub fn cv(&self) -> &[CvEntry] {
        &self.cv
    }
}

/// A mentor profile as stored, with the person's details the lists show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MentorProfile {
    pub id: MentorId,
    pub person_id: PersonId,
    pub name: String,
    pub email: String,
    pub department: String,
    pub job_title: String,
    pub status: MentorStatus,
    pub bio: String,
    pub expertise: Vec<String>,
    pub capacity: u8,
    /// Mentees in an active mentorship; capacity minus these is what newcomers can still take.
    pub active_mentees: u32,
    /// Where the lifecycle allows this mentor to go next, so the UI never guesses the rules.
    pub allowed_statuses: Vec<MentorStatus>,
    pub completeness: Completeness,
}

/// Everything HR sees and edits of one mentor: the list row plus the full profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MentorDetail {
    #[serde(flatten)]
    pub summary: MentorProfile,
    pub topics: Vec<String>,
    pub meeting_mode: Option<MeetingMode>,
    pub meeting_frequency: Option<MeetingFrequency>,
    pub career_path: Vec<CareerMove>,
    pub cv: Vec<CvEntry>,
    pub languages: Vec<LanguageCode>,
    pub has_photo: bool,
    pub cv_file_name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use MentorStatus::*;

    #[test]
    fn capacity_defaults_to_two() {
        assert_eq!(MentorInput::default().validate().unwrap().capacity(), 2);
    }

    #[test]
    fn capacity_outside_zero_to_ten_is_refused() {
        for capacity in [-1, 11, 300] {
            let err = MentorInput {
                capacity,
                ..MentorInput::default()
            }
            .validate()
            .unwrap_err();
            assert_eq!(err, DomainError::CapacityOutOfRange(capacity));
            assert_eq!(err.code(), "mentor.capacity_out_of_range");
        }
        for capacity in [0, 10] {
            assert!(MentorInput {
                capacity,
                ..MentorInput::default()
            }
            .validate()
            .is_ok());
        }
    }

    #[test]
    fn expertise_is_trimmed_and_deduplicated_ignoring_case() {
        let valid = MentorInput {
            expertise: vec![
                " Omgevingswet ".into(),
                "omgevingswet".into(),
                "Project  management".into(),
            ],
            ..MentorInput::default()
        }
        .validate()
        .unwrap();
        assert_eq!(valid.expertise(), ["Omgevingswet", "Project management"]);
    }

    #[test]
    fn an_empty_expertise_tag_is_refused() {
        let err = MentorInput {
            expertise: vec!["  ".into()],
            ..MentorInput::default()
        }
        .validate()
        .unwrap_err();
        assert_eq!(err, DomainError::EmptyExpertise);
    }

    #[test]
    fn the_lifecycle_allows_pausing_and_coming_back() {
        assert_eq!(Candidate.transition_to(Approved), Ok(Approved));
        assert_eq!(Approved.transition_to(Paused), Ok(Paused));
        assert_eq!(Paused.transition_to(Approved), Ok(Approved));
        assert_eq!(Approved.transition_to(Retired), Ok(Retired));
        assert_eq!(Retired.transition_to(Candidate), Ok(Candidate));
    }

    #[test]
    fn the_lifecycle_refuses_skipping_screening() {
        assert!(Candidate.transition_to(Paused).is_err());
        let err = Retired.transition_to(Approved).unwrap_err();
        assert_eq!(
            err,
            DomainError::InvalidStatusTransition {
                from: "retired",
                to: "approved"
            }
        );
        assert!(Paused.transition_to(Candidate).is_err());
    }

    #[test]
    fn reachable_lists_the_current_status_first() {
        assert_eq!(Approved.reachable(), [Approved, Paused, Retired]);
        assert_eq!(Retired.reachable(), [Retired, Candidate]);
    }

    #[test]
    fn status_round_trips_through_its_name() {
        for status in MentorStatus::ALL {
            assert_eq!(MentorStatus::parse(status.as_str()), Some(status));
            assert_eq!(
                serde_json::to_string(&status).unwrap(),
                format!("\"{}\"", status.as_str())
            );
        }
        assert_eq!(MentorStatus::parse("declined"), None);
    }
}
