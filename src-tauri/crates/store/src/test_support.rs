//! Fixtures the unit tests of several tables share.

use crate::{mentors, poll, screening};
use chrono::NaiveDate;
use mentorpool_domain::poll::{PollAnswer, PollAnswerInput, PollRoundInput};
use mentorpool_domain::profile::{CareerMove, CvEntry, CvEntryKind, MeetingFrequency, MeetingMode, MoveDirection};
use mentorpool_domain::screening::{ScreeningChecks, ScreeningDecision, ScreeningInput};
use mentorpool_domain::{MentorId, MentorInput, MentorStatus, PersonId};
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

/// Private text that must never reach a newcomer or a booklet.
pub const POLL_CANARY: &str = "CANARY-POLL-7f3a";
pub const SCREENING_CANARY: &str = "CANARY-SCREENING-91bc";

/// Takes `person` through HR's whole procedure with a canary in every private field: a poll
/// answer and a screening note. Then approved with a complete profile and `capacity` places.
pub fn approve_with_canaries(conn: &Connection, person: PersonId, capacity: i64) -> MentorId {
    let round = poll::open_round(
        conn,
        PollRoundInput {
            title: format!("Peiling {person}"),
            invitation: String::new(),
        },
        today(),
    )
    .unwrap();
    poll::invite(conn, round.id, &[person]).unwrap();
    let answer = PollAnswerInput {
        answer: PollAnswer::Interested,
        hours_per_month: Some(4),
        motivation: POLL_CANARY.into(),
        topics: POLL_CANARY.into(),
    };
    poll::record_answer(conn, round.id, person, answer, today()).unwrap();
    let id = mentors::get_by_person(conn, person).unwrap().unwrap().id;
    screening::save(conn, id, screening_that_approves(SCREENING_CANARY), today()).unwrap();
    mentors::edit(conn, id, complete_profile(capacity)).unwrap();
    mentors::set_status(conn, id, MentorStatus::Approved).unwrap();
    id
}
