//! Mentor profiles: a person HR has taken into the mentor pool, and where they stand in it.

use crate::{DomainError, MentorId, PersonId};
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

/// What HR edits on a mentor profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct MentorInput {
    pub bio: String,
    pub expertise: Vec<String>,
    pub capacity: i64,
}

impl Default for MentorInput {
    fn default() -> Self {
        Self {
            bio: String::new(),
            expertise: Vec::new(),
            capacity: i64::from(DEFAULT_CAPACITY),
        }
    }
}

/// A mentor profile edit that passed the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidMentor {
    bio: String,
    expertise: Vec<String>,
    capacity: u8,
}

impl MentorInput {
    pub fn validate(self) -> Result<ValidMentor, DomainError> {
        let capacity = u8::try_from(self.capacity)
            .ok()
            .filter(|c| i64::from(*c) <= MAX_CAPACITY)
            .ok_or(DomainError::CapacityOutOfRange(self.capacity))?;
        let mut expertise: Vec<String> = Vec::with_capacity(self.expertise.len());
        for raw in &self.expertise {
            let tag = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            if tag.is_empty() {
                return Err(DomainError::EmptyExpertise);
            }
            // Tags differ only in case are the same tag; the first spelling wins.
            if !expertise.iter().any(|seen| seen.to_lowercase() == tag.to_lowercase()) {
                expertise.push(tag);
            }
        }
        Ok(ValidMentor {
            bio: self.bio.trim().to_string(),
            expertise,
            capacity,
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
    /// Where the lifecycle allows this mentor to go next, so the UI never guesses the rules.
    pub allowed_statuses: Vec<MentorStatus>,
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
