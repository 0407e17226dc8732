//! Critical screening of mentor candidates (Van der Sluis & Schreiner 2001): the ideal mentor
//! has largely achieved their own career goals, knows the organisation, is motivated, has time
//! next to the regular job, and their own manager agrees. HR-only.

use crate::DomainError;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ScreeningDecision {
    Approve,
    Decline,
    Postpone,
}

impl ScreeningDecision {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approve => "approve",
            Self::Decline => "decline",
            Self::Postpone => "postpone",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Approve, Self::Decline, Self::Postpone]
            .into_iter()
            .find(|d| d.as_str() == raw)
    }
}

/// The checklist; `None` means HR has not judged that point yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ScreeningChecks {
    /// Has largely achieved their own career goals and is not still chasing their own success.
    pub career_goals_met: Option<bool>,
    pub knows_organisation: Option<bool>,
    pub motivated: Option<bool>,
    pub has_time: Option<bool>,
    /// Their own manager knows about it and agrees.
    pub manager_agrees: Option<bool>,
}

impl ScreeningChecks {
    pub fn all_met(&self) -> bool {
        [
            self.career_goals_met,
            self.knows_organisation,
            self.motivated,
            self.has_time,
            self.manager_agrees,
        ]
        .iter()
        .all(|check| *check == Some(true))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ScreeningInput {
    pub checks: ScreeningChecks,
    pub notes: String,
    pub decision: Option<ScreeningDecision>,
    pub decision_reason: String,
}

impl ScreeningInput {
    /// A decision needs a reason HR can stand behind later; approving needs every check met,
    /// because the article asks HR to screen critically.
    pub fn validate(self) -> Result<Self, DomainError> {
        let reason = self.decision_reason.trim().to_string();
        if self.decision.is_some() && reason.is_empty() {
            return Err(DomainError::DecisionNeedsReason);
        }
        if self.decision == Some(ScreeningDecision::Approve) && !self.checks.all_met() {
            return Err(DomainError::ApprovalNeedsAllChecks);
        }
        Ok(Self {
            notes: self.notes.trim().to_string(),
            decision_reason: reason,
            ..self
        })
    }
}

/// A screening as stored: HR-only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Screening {
    pub checks: ScreeningChecks,
    pub notes: String,
    pub decision: Option<ScreeningDecision>,
    pub decision_reason: String,
    pub decided_on: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_yes() -> ScreeningChecks {
        ScreeningChecks {
            career_goals_met: Some(true),
            knows_organisation: Some(true),
            motivated: Some(true),
            has_time: Some(true),
            manager_agrees: Some(true),
        }
    }

    #[test]
    fn a_decision_needs_a_reason() {
        let input = ScreeningInput {
            decision: Some(ScreeningDecision::Postpone),
            ..Default::default()
        };
        assert_eq!(input.validate().unwrap_err().code(), "screening.decision_needs_reason");
    }

    #[test]
    fn approval_needs_every_check_met() {
        let mut checks = all_yes();
        checks.manager_agrees = Some(false);
        let input = ScreeningInput {
            checks,
            decision: Some(ScreeningDecision::Approve),
            decision_reason: "Sterke kandidaat".into(),
            ..Default::default()
        };
        assert_eq!(
            input.clone().validate().unwrap_err().code(),
            "screening.approval_needs_all_checks"
        );
        let ok = ScreeningInput {
            checks: all_yes(),
            ..input
        }
        .validate()
        .unwrap();
        assert_eq!(ok.decision, Some(ScreeningDecision::Approve));
    }

    #[test]
    fn notes_without_a_decision_are_fine() {
        let input = ScreeningInput {
            notes: "  Gesprek gepland  ".into(),
            ..Default::default()
        };
        assert_eq!(input.validate().unwrap().notes, "Gesprek gepland");
    }

    #[test]
    fn a_candidate_still_chasing_success_can_be_declined() {
        let mut checks = all_yes();
        checks.career_goals_met = Some(false);
        let input = ScreeningInput {
            checks,
            decision: Some(ScreeningDecision::Decline),
            decision_reason: "Nog volop bezig met de eigen carrière".into(),
            ..Default::default()
        };
        assert!(input.validate().is_ok());
    }
}
