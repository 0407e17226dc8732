//! A choice after it is submitted: what kind it is, how long it waits for HR, and the status
//! it has on a given day.

use super::ChoiceStatus;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// A submitted choice waits this many days for HR. Until then its first choice holds a place
/// of the mentor's capacity; after it, the place is free again, so an undecided choice never
/// blocks a mentor for good.
pub const CHOICE_VALID_DAYS: u32 = 30;

/// The last day a choice submitted on `submitted_on` is still open.
pub fn expires_on(submitted_on: NaiveDate) -> NaiveDate {
    submitted_on
        .checked_add_days(Days::new(u64::from(CHOICE_VALID_DAYS)))
        .unwrap_or(NaiveDate::MAX)
}

/// What the newcomer asks HR for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChoiceKind {
    /// A mentor from the pool: a first choice and up to two alternatives.
    Mentor,
    /// Make the informal mentor the newcomer already has a formal one.
    FormaliseInformal,
}

impl ChoiceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mentor => "mentor",
            Self::FormaliseInformal => "formalise_informal",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [Self::Mentor, Self::FormaliseInformal]
            .into_iter()
            .find(|kind| kind.as_str() == raw)
    }
}

impl ChoiceStatus {
    /// The status on `today`: a choice still submitted after `expires_on` has expired, even
    /// before a write has recorded it.
    pub fn effective(self, expires_on: NaiveDate, today: NaiveDate) -> Self {
        if self.is_open() && expires_on < today {
            Self::Expired
        } else {
            self
        }
    }

    /// The status as stored: its name, and the reason that goes with a decline.
    pub fn from_stored(name: &str, decline_reason: &str) -> Option<Self> {
        Some(match name {
            "submitted" => Self::Submitted,
            "approved" => Self::Approved,
            "declined" => Self::Declined {
                reason: decline_reason.to_string(),
            },
            "expired" => Self::Expired,
            "withdrawn" => Self::Withdrawn,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_choice_is_open_for_thirty_days_and_expires_the_day_after() {
        let submitted = day(2026, 11, 28);
        let last = expires_on(submitted);
        assert_eq!(last, day(2026, 12, 28));
        assert_eq!(ChoiceStatus::Submitted.effective(last, last), ChoiceStatus::Submitted);
        assert_eq!(
            ChoiceStatus::Submitted.effective(last, day(2026, 12, 29)),
            ChoiceStatus::Expired
        );
    }

    #[test]
    fn a_decided_choice_keeps_its_status_after_the_expiry_date() {
        let late = day(2027, 6, 1);
        for status in [
            ChoiceStatus::Approved,
            ChoiceStatus::Withdrawn,
            ChoiceStatus::Declined { reason: "Vol".into() },
        ] {
            assert_eq!(status.clone().effective(day(2026, 12, 28), late), status);
        }
    }

    #[test]
    fn stored_names_read_back_as_statuses_and_kinds() {
        for status in [
            ChoiceStatus::Submitted,
            ChoiceStatus::Approved,
            ChoiceStatus::Declined { reason: "Vol".into() },
            ChoiceStatus::Expired,
            ChoiceStatus::Withdrawn,
        ] {
            assert_eq!(ChoiceStatus::from_stored(status.as_str(), "Vol"), Some(status));
        }
        assert_eq!(ChoiceStatus::from_stored("pending", ""), None);
        for kind in [ChoiceKind::Mentor, ChoiceKind::FormaliseInformal] {
            assert_eq!(ChoiceKind::parse(kind.as_str()), Some(kind));
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }
}
