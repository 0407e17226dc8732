//! The recruitment poll (peiling): HR asks experienced employees whether they would mentor as
//! a side task next to their regular job. Everything here is HR-only.

use crate::{DomainError, PersonId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PollRoundId(pub i64);

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PollRoundInput {
    pub title: String,
    pub invitation: String,
}

impl PollRoundInput {
    pub fn validate(self) -> Result<Self, DomainError> {
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        if title.is_empty() {
            return Err(DomainError::EmptyPollTitle);
        }
        Ok(Self {
            title,
            invitation: self.invitation.trim().to_string(),
        })
    }
}

/// A round with its counts, for the overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PollRound {
    pub id: PollRoundId,
    pub title: String,
    pub invitation: String,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub invited: usize,
    pub answered: usize,
    pub interested: usize,
    pub not_interested: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PollAnswer {
    Interested,
    NotInterested,
    NoAnswer,
}

impl PollAnswer {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Interested => "interested",
            Self::NotInterested => "not_interested",
            Self::NoAnswer => "no_answer",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Interested, Self::NotInterested, Self::NoAnswer]
            .into_iter()
            .find(|a| a.as_str() == raw)
    }
}

/// Who HR wants to invite. Every criterion is optional; all given ones must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct InviteeFilter {
    /// Years since the career started, at least.
    pub min_experience_years: Option<i32>,
    /// Years since the person joined the organisation, at least.
    pub min_years_in_organisation: Option<i32>,
    pub department: Option<String>,
    /// Leave out people who already have a mentor profile in any status.
    pub exclude_mentors: bool,
}

/// One invitee's answer as HR records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PollAnswerInput {
    pub answer: PollAnswer,
    #[serde(default)]
    pub hours_per_month: Option<i64>,
    #[serde(default)]
    pub motivation: String,
    #[serde(default)]
    pub topics: String,
}

/// The most hours a month anyone can give next to a regular job; more is a typo.
pub const MAX_HOURS_PER_MONTH: i64 = 40;

impl PollAnswerInput {
    pub fn validate(self) -> Result<Self, DomainError> {
        if let Some(hours) = self.hours_per_month {
            if !(0..=MAX_HOURS_PER_MONTH).contains(&hours) {
                return Err(DomainError::HoursOutOfRange(hours));
            }
        }
        Ok(Self {
            motivation: self.motivation.trim().to_string(),
            topics: self.topics.trim().to_string(),
            ..self
        })
    }
}

/// An invitee with their answer: HR-only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitee {
    pub person_id: PersonId,
    pub name: String,
    pub email: String,
    pub employee_number: String,
    pub department: String,
    pub job_title: String,
    pub answer: PollAnswer,
    pub hours_per_month: Option<i64>,
    pub motivation: String,
    pub topics: String,
    pub answered_on: Option<NaiveDate>,
}

/// Whole years from `since` to `today`; used for experience and years in the organisation.
pub fn whole_years(since: NaiveDate, today: NaiveDate) -> i32 {
    today
        .years_since(since)
        .map_or(0, |years| i32::try_from(years).unwrap_or(i32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_round_needs_a_title() {
        let err = PollRoundInput {
            title: "  ".into(),
            invitation: "x".into(),
        }
        .validate()
        .unwrap_err();
        assert_eq!(err.code(), "poll.empty_title");
    }

    #[test]
    fn hours_must_be_plausible() {
        let answer = |hours| PollAnswerInput {
            answer: PollAnswer::Interested,
            hours_per_month: Some(hours),
            motivation: String::new(),
            topics: String::new(),
        };
        assert!(answer(8).validate().is_ok());
        assert_eq!(answer(-1).validate().unwrap_err().code(), "poll.hours_out_of_range");
        assert_eq!(answer(41).validate().unwrap_err().code(), "poll.hours_out_of_range");
    }

    #[test]
    fn whole_years_count_completed_years_only() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(whole_years(d(2000, 6, 1), d(2026, 5, 31)), 25);
        assert_eq!(whole_years(d(2000, 6, 1), d(2026, 6, 1)), 26);
        assert_eq!(whole_years(d(2027, 1, 1), d(2026, 6, 1)), 0);
    }

    #[test]
    fn answers_use_snake_case_names() {
        assert_eq!(
            serde_json::to_string(&PollAnswer::NotInterested).unwrap(),
            "\"not_interested\""
        );
        assert_eq!(PollAnswer::parse("no_answer"), Some(PollAnswer::NoAnswer));
    }
}
