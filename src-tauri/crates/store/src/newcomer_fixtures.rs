//! Fixtures the newcomer-side tests share: people, approved mentors and saved intakes.

use crate::test_support::{complete_profile, screening_that_approves, today};
use crate::{mentors, newcomers, people, screening};
use mentorpool_domain::matching::{Ambition, CareerPhase, Choice, Intake};
use mentorpool_domain::{MentorId, MentorStatus, PersonId, PersonInput};
use rusqlite::Connection;

/// Two sentences: enough for a choice.
pub const MOTIVATION: &str = "Ik wil breder kijken dan mijn eigen afdeling. Zij heeft die stap zelf gezet.";

pub fn person(conn: &Connection, name: &str) -> PersonId {
    person_managed_by(conn, name, None)
}

pub fn person_managed_by(conn: &Connection, name: &str, manager: Option<PersonId>) -> PersonId {
    let number = people::count(conn).unwrap() + 1;
    let input = PersonInput {
        name: name.into(),
        email: format!("p{number}@waterschap.nl"),
        employee_number: number.to_string(),
        department: "Beleid".into(),
        job_title: "Adviseur".into(),
        manager_id: manager,
        languages: vec!["nl".into()],
        ..PersonInput::default()
    };
    people::insert(conn, &input.validate(2026).unwrap()).unwrap()
}

/// A new person, screened and published with a complete profile and `capacity` places.
pub fn approved_mentor(conn: &Connection, name: &str, capacity: i64) -> MentorId {
    let id = person(conn, name);
    approve_as_mentor(conn, id, capacity)
}

/// Makes `person` an approved mentor with `capacity` places.
pub fn approve_as_mentor(conn: &Connection, person: PersonId, capacity: i64) -> MentorId {
    let id = mentors::create_candidate(conn, person).unwrap();
    screening::save(conn, id, screening_that_approves("Geschikt"), today()).unwrap();
    mentors::edit(conn, id, complete_profile(capacity)).unwrap();
    mentors::set_status(conn, id, MentorStatus::Approved).unwrap();
    id
}

pub fn intake() -> Intake {
    Intake {
        phase: CareerPhase::EarlyCareer,
        ambition: Ambition::Unsure,
        topics: vec![],
        preferred_language: None,
        meeting_mode: None,
        department: "Beleid".into(),
        manager_id: None,
        informal_mentor: None,
    }
}

/// A new person with `intake` saved.
pub fn newcomer_with(conn: &Connection, name: &str, intake: Intake) -> PersonId {
    let id = person(conn, name);
    newcomers::save_intake(conn, id, intake).unwrap();
    id
}

pub fn choice(first: MentorId, alternatives: &[MentorId]) -> Choice {
    Choice {
        first,
        alternatives: alternatives.to_vec(),
        motivation: MOTIVATION.into(),
        confirmed_manager_warning: false,
    }
}
