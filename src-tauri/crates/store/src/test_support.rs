//! Fixtures the unit tests of several tables share.

use crate::{mentors, screening};
use chrono::NaiveDate;
use mentorpool_domain::profile::{CareerMove, CvEntry, CvEntryKind, MeetingFrequency, MeetingMode, MoveDirection};
use mentorpool_domain::screening::{ScreeningChecks, ScreeningDecision, ScreeningInput};
use mentorpool_domain::{MentorId, MentorInput, MentorStatus};
use rusqlite::Connection;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// A profile with everything publishing requires (the person still needs a language).
pub fn complete_profile(capacity: i64) -> MentorInput {
    MentorInput {
        bio: "Dertig jaar bij het waterschap, van peilbeheer tot beleid; ik help je de organisatie te leren kennen."
            .into(),
        expertise: vec!["Waterkwaliteit".into()],
        capacity,
        topics: vec!["Je weg vinden".into()],
        meeting_mode: Some(MeetingMode::InPerson),
        meeting_frequency: Some(MeetingFrequency::Monthly),
        career_path: vec![CareerMove {
            year: Some(2010),
            from_role: "Hydroloog".into(),
            to_role: "Beleidsadviseur".into(),
            from_department: "Watersystemen".into(),
            to_department: "Beleid".into(),
            direction: MoveDirection::Horizontal,
        }],
        cv: vec![CvEntry {
            kind: CvEntryKind::Position,
            title: "Beleidsadviseur".into(),
            organisation: "Waterschap".into(),
            from_year: Some(2010),
            to_year: None,
            description: String::new(),
        }],
    }
}

pub fn screening_that_approves(notes: &str) -> ScreeningInput {
    ScreeningInput {
        checks: ScreeningChecks {
            career_goals_met: Some(true),
            knows_organisation: Some(true),
            motivated: Some(true),
            has_time: Some(true),
            manager_agrees: Some(true),
        },
        notes: notes.into(),
        decision: Some(ScreeningDecision::Approve),
        decision_reason: format!("Goedgekeurd. {notes}"),
    }
}

/// Screens, completes and publishes a candidate, keeping the expertise it already had.
pub fn publish(conn: &Connection, id: MentorId) {
    screening::save(conn, id, screening_that_approves("Geschikt"), today()).unwrap();
    let current = mentors::get(conn, id).unwrap();
    let mut profile = complete_profile(i64::from(current.capacity));
    if !current.expertise.is_empty() {
        profile.expertise = current.expertise;
    }
    if current.bio.chars().count() >= mentorpool_domain::profile::MIN_BIO_CHARS {
        profile.bio = current.bio;
    }
    mentors::edit(conn, id, profile).unwrap();
    mentors::set_status(conn, id, MentorStatus::Approved).unwrap();
}
